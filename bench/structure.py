"""Structure report for the bundled corpus: does the parser recover every article?

For each corpus file it prints the body Pasal count, first/last Pasal, whether the
sequence is complete and gap-free, whether it matches the ground truth in
``eval/dev.json`` ("structure": counts read off the documents themselves), the number of
amending change items, Lampiran articles, and anomalies; then the share of documents that
are complete. A scan without text layer and a truncated text are reported as such.

    python bench/structure.py [--verbose] [--ocr]

PDFs are read from their own text layer (``--ocr`` lets extract() OCR image-only pages
when tesseract is installed), so the report measures the parser on fixed input.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from regsearch.errors import ParseError  # noqa: E402
from regsearch.extract import extract  # noqa: E402
from regsearch.parse import NoTextLayerError, parse_pages  # noqa: E402

DEV = ROOT / "eval" / "dev.json"
CORPUS = ROOT / "corpus"


@dataclass
class Row:
    file: str
    ident: str
    count: int
    first: str
    last: str
    complete: bool
    truth: str
    changes: str
    lampiran: int
    anomalies: int
    status: str


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    global USE_OCR
    USE_OCR = "--ocr" in argv
    truth = {entry["file"]: entry for entry in json.loads(DEV.read_text())["structure"]}
    rows = [measure(path, truth.get(path.relative_to(CORPUS).as_posix()), verbose)
            for path in sorted(CORPUS.glob("*/*")) if path.suffix in {".pdf", ".txt"}]
    print_table(rows)
    complete = sum(r.complete for r in rows)
    matched = [r for r in rows if r.truth != "-"]
    agree = sum(r.truth.startswith("yes") for r in matched)
    print(f"\ncomplete and gap-free: {complete}/{len(rows)} documents ({complete / len(rows):.0%})")
    print(f"match dev.json structure: {agree}/{len(matched)} documents with ground truth")
    for row in rows:
        if not row.complete:
            print(f"  not complete: {row.file}: {row.status}")
    return 0


USE_OCR = False


def read(path: Path):
    try:
        return extract(path, ocr=USE_OCR)
    except TypeError:  # an extract() without the ocr switch never OCRs
        return extract(path)


def measure(path: Path, truth: dict | None, verbose: bool) -> Row:
    relative = path.relative_to(CORPUS).as_posix()
    doc = read(path)
    try:
        reg = parse_pages(doc.pages, path=doc.path, paged=doc.paged)
    except NoTextLayerError as error:
        return Row(relative, "-", 0, "-", "-", False, "-" if truth is None else "no", "-", 0,
                   len(error.anomalies), "no_text_layer (image-only scan, OCR needed)")
    except ParseError as error:
        return Row(relative, "-", 0, "-", "-", False, "no", "-", 0, 0, f"ParseError: {error}")
    body = [a.pasal for a in reg.articles if a.part == "body" and a.amends is None]
    lampiran = sum(1 for a in reg.articles if a.part == "lampiran")
    codes = {a.code for a in reg.anomalies}
    complete = bool(body) and is_gap_free(body) and not codes & {"truncated", "no_text_layer"}
    status = "ok" if complete else ", ".join(sorted(codes & {"truncated", "pasal_gap", "pasal_duplicate",
                                                             "pasal_out_of_order", "no_articles"})) or "gaps"
    if verbose:
        for anomaly in reg.anomalies:
            print(f"  {relative}: {anomaly.code}: {anomaly.message}")
    changes = str(len(reg.changes)) if reg.changes else "-"
    return Row(relative, reg.ref.short, len(body), body[0] if body else "-", body[-1] if body else "-",
               complete, compare(reg, body, truth), changes, lampiran, len(reg.anomalies), status)


def is_gap_free(numbers: list[str]) -> bool:
    """1, 2, 2A, 3 … or I, II: each number follows its predecessor."""
    if numbers[0] == "I":
        return numbers == ["I", "II", "III", "IV", "V"][:len(numbers)]
    previous = None
    for number in numbers:
        match = re.fullmatch(r"(\d+)([A-Z]?)", number)
        if not match:
            return False
        value, letter = int(match.group(1)), match.group(2)
        if previous is None:
            if (value, letter) != (1, ""):
                return False
        elif not (value == previous[0] + 1 and not letter or value == previous[0] and letter
                  and (letter == "A" if not previous[1] else ord(letter) == ord(previous[1]) + 1)):
            return False
        previous = (value, letter)
    return True


def compare(reg, body: list[str], truth: dict | None) -> str:
    if truth is None:
        return "-"
    problems = []
    if truth.get("body_pasal_count") is not None and truth["body_pasal_count"] != len(body):
        problems.append(f"count {len(body)}≠{truth['body_pasal_count']}")
    if truth.get("first_pasal") and body and truth["first_pasal"] != body[0]:
        problems.append(f"first {body[0]}≠{truth['first_pasal']}")
    last = str(truth.get("last_pasal", ""))
    if last and last.split()[0].isalnum() and " " not in last and body and last != body[-1]:
        problems.append(f"last {body[-1]}≠{last}")
    if " " in last:
        problems.append(f"truth: {last}")
    if "pasal_I_items_count" in truth and truth["pasal_I_items_count"] != len(reg.changes):
        problems.append(f"items {len(reg.changes)}≠{truth['pasal_I_items_count']}")
    for key, value in (("type", reg.type), ("number", reg.number), ("year", reg.year)):
        if key in truth and truth[key] != value:
            problems.append(f"{key} {value}≠{truth[key]}")
    if "full_number" in truth and truth["full_number"] != reg.full_number:
        problems.append(f"full_number {reg.full_number}≠{truth['full_number']}")
    return "yes" if not problems else "NO: " + "; ".join(problems)


def print_table(rows: list[Row]) -> None:
    header = ("file", "regulation", "pasal", "first", "last", "complete", "items", "lamp.", "anom.",
              "dev.json")
    table = [header] + [(r.file, r.ident, str(r.count), r.first, r.last, "yes" if r.complete else "NO",
                         r.changes, str(r.lampiran), str(r.anomalies), r.truth) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
