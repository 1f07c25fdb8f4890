"""Measure the rule-kind classifier against hand-labelled units (eval/kinds-dev.json).

Usage (from the repository root):

    python bench/kinds.py                      # per-kind table + misclassified units
    python bench/kinds.py --check              # exit 1 when a target is missed
    python bench/kinds.py --mode in-situ       # parse each document, annotate, look units up
    python bench/kinds.py --mode both --check  # both tables; exit 1 if either misses a target
    python bench/kinds.py --data other.json    # another labelled set in the same format

Two ways of feeding the classifier:

* ``units`` (default): each unit is classified from its own ``text`` and ``lead_in`` fields,
  exactly as labelled. Context not carried by the unit (BAB headings) is not used, so the
  Ketentuan Pidana rule is measured only through its wording.
* ``in-situ``: the unit's document is extracted and parsed (``regsearch.parse.parse_pages``),
  the regulation is annotated with ``annotate_regulation``, and the unit is located by pasal /
  ayat / item (amended articles by the quoted pasal, UU 1/2015 units in the Lampiran Perppu);
  the kinds the annotator assigned there are compared. Units that cannot be located are
  counted and listed, and scored from their own fields instead.

Targets (the issue): precision ≥ 0.90 and recall ≥ 0.85 for kewajiban, larangan, hak,
sanksi, syarat and definisi; ≥ 0.80 (both) for kewenangan.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from regsearch.kinds import classify, find_subject, normalize_subject  # noqa: E402
from regsearch.models import KINDS  # noqa: E402

DEFAULT_DATA = ROOT / "eval" / "kinds-dev.json"
TARGETS: dict[str, tuple[float, float]] = {
    "kewajiban": (0.90, 0.85), "syarat": (0.90, 0.85), "larangan": (0.90, 0.85),
    "hak": (0.90, 0.85), "kewenangan": (0.80, 0.80), "sanksi": (0.90, 0.85),
    "definisi": (0.90, 0.85),
}


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    scores: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    errors: list[tuple[dict[str, Any], tuple[str, ...]]] = field(default_factory=list)
    units: int = 0
    exact: int = 0
    located: int | None = None
    unlocated: list[str] = field(default_factory=list)
    text_mismatch: list[str] = field(default_factory=list)
    subject_hits: int = 0
    subject_total: int = 0

    def add(self, unit: dict[str, Any], got: tuple[str, ...], subject: str | None) -> None:
        expected = {k for k in unit["kinds"] if k != "none"}
        self.units += 1
        for kind in KINDS:
            score = self.scores[kind]
            if kind in got and kind in expected:
                score.tp += 1
            elif kind in got:
                score.fp += 1
            elif kind in expected:
                score.fn += 1
        if set(got) == expected:
            self.exact += 1
        else:
            self.errors.append((unit, got))
        if unit.get("subject"):
            self.subject_total += 1
            self.subject_hits += _subject_agrees(unit["subject"], subject)

    def missed_targets(self) -> list[str]:
        missed = []
        for kind, (p_min, r_min) in TARGETS.items():
            s = self.scores[kind]
            if s.support and (s.precision < p_min or s.recall < r_min):
                missed.append(kind)
        return missed


def _subject_agrees(expected: str, got: str | None) -> bool:
    """Loose agreement: the normalised forms share their first word or one contains the other."""
    if not got:
        return False
    e, g = normalize_subject(expected), normalize_subject(got)
    return e in g or g in e or e.split()[:1] == g.split()[:1]


# --------------------------------------------------------------------------------------
# Scoring from the units' own fields
# --------------------------------------------------------------------------------------

def classify_unit(unit: dict[str, Any]) -> tuple[tuple[str, ...], str | None]:
    """Kinds and subject of a unit from its text and lead-in only."""
    lead_in = unit.get("lead_in") or None
    is_def = unit.get("pasal") == "1" and bool(lead_in) and "dimaksud dengan" in lead_in
    kinds = classify(unit["text"], lead_in=lead_in, is_definition_article=is_def)
    return kinds, find_subject(unit["text"], lead_in=lead_in)


def evaluate_units(units: Iterable[dict[str, Any]]) -> Report:
    report = Report()
    for unit in units:
        report.add(unit, *classify_unit(unit))
    return report


# --------------------------------------------------------------------------------------
# Scoring in situ (parse the document, annotate it, find the unit)
# --------------------------------------------------------------------------------------

def evaluate_in_situ(units: list[dict[str, Any]]) -> Report:
    """Annotate each unit's parsed document and compare the kinds assigned there."""
    from regsearch.kinds import annotate_regulation

    report = Report(located=0)
    cache: dict[str, Any] = {}
    for unit in units:
        reg = cache.get(unit["doc"]["file"])
        if reg is None:
            reg = cache[unit["doc"]["file"]] = annotate_regulation(_parse(unit["doc"]["file"]))
        found = _locate(reg, unit)
        if found is None:
            report.unlocated.append(unit["id"])
            report.add(unit, *classify_unit(unit))
            continue
        report.located += 1
        if not _same_text(unit["text"], found.text):
            report.text_mismatch.append(unit["id"])
        report.add(unit, tuple(found.kinds), found.subject)
    return report


def _same_text(labelled: str, parsed: str) -> bool:
    """Whether the located unit is the labelled one: most of the labelled words are there.

    The labelled text had extraction damage repaired by hand, so equality is too strict."""
    want = set(normalize_subject(labelled).split())
    got = set(normalize_subject(parsed).split())
    return bool(want) and len(want & got) / len(want) >= 0.6


def _parse(filename: str) -> Any:
    from regsearch.extract import extract
    from regsearch.parse import parse_pages

    for folder in ("corpus/pdf", "corpus/text"):
        path = ROOT / folder / filename
        if path.exists():
            doc = extract(path)
            return parse_pages(doc.pages, path=str(path), paged=doc.paged)
    raise FileNotFoundError(filename)


def _norm_label(label: str | None) -> str:
    return (label or "").strip().rstrip(".)").lstrip("(").lower()


def _locate(reg: Any, unit: dict[str, Any]) -> Any:
    """The Ayat or Item the unit names, or None."""
    for article in _candidate_articles(reg, unit):
        ayat = _find_ayat(article, unit.get("ayat"))
        if ayat is None:
            continue
        if not unit.get("item"):
            return ayat
        node: Any = ayat
        for label in str(unit["item"]).split("."):
            node = next((i for i in node.items if _norm_label(i.label) == label.lower()), None)
            if node is None:
                break
        if node is not None:
            return node
    return None


def _candidate_articles(reg: Any, unit: dict[str, Any]) -> list[Any]:
    pasal = str(unit["pasal"])
    arts = [a for a in reg.articles if str(a.pasal) == pasal]
    if unit.get("annex"):
        arts = [a for a in arts if getattr(a, "part", "body") == "lampiran"] or arts
    elif unit.get("via"):
        via = unit["via"].lower().replace(" ", "")
        with_via = [a for a in arts if a.amends is not None
                    and a.amends.via.lower().replace(" ", "") == via]
        arts = with_via or [a for a in arts if a.amends is not None] or arts
    else:
        body = [a for a in arts if getattr(a, "part", "body") == "body" and a.amends is None]
        arts = body or arts
    return arts


def _find_ayat(article: Any, number: str | None) -> Any:
    if number is None:
        return article.ayat[0] if len(article.ayat) == 1 or article.ayat and \
            article.ayat[0].number is None else None
    return next((a for a in article.ayat if _norm_label(a.number) == str(number).lower()), None)


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

def format_report(report: Report) -> str:
    lines = [f"{'kind':<11} {'support':>7} {'TP':>4} {'FP':>4} {'FN':>4} "
             f"{'precision':>9} {'recall':>7}  target(P/R)"]
    for kind in KINDS:
        s = report.scores[kind]
        p_min, r_min = TARGETS[kind]
        flag = "" if kind not in report.missed_targets() else "  MISSED"
        lines.append(f"{kind:<11} {s.support:>7} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
                     f"{s.precision:>9.3f} {s.recall:>7.3f}  {p_min:.2f}/{r_min:.2f}{flag}")
    lines.append(f"units: {report.units}, exact label-set match: {report.exact} "
                 f"({report.exact / max(report.units, 1):.1%})")
    if report.located is not None:
        lines.append(f"located in situ: {report.located}/{report.units}"
                     + (f" (not located, scored from fields: {', '.join(report.unlocated)})"
                        if report.unlocated else ""))
        if report.text_mismatch:
            lines.append(f"located but text differs from the label (check the parse): "
                         f"{', '.join(report.text_mismatch)}")
    if report.subject_total:
        lines.append(f"subject agreement (loose, informational): "
                     f"{report.subject_hits}/{report.subject_total}")
    if report.errors:
        lines.append("")
        lines.append("misclassified units:")
        for unit, got in report.errors:
            expected = ",".join(unit["kinds"])
            text = " ".join(unit["text"].split())[:90]
            got_text = ",".join(got) or "none"
            lines.append(f"  {unit['id']}  expected={expected:<22} got={got_text:<22} "
                         f"{text}")
    return "\n".join(lines)


def load_units(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["units"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mode", choices=("units", "in-situ", "both"), default="units")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    units = load_units(args.data)
    modes = ("units", "in-situ") if args.mode == "both" else (args.mode,)
    missed: list[str] = []
    for mode in modes:
        report = evaluate_in_situ(units) if mode == "in-situ" else evaluate_units(units)
        print(f"# {args.data.name} — mode: {mode}")
        print(format_report(report))
        print()
        missed += [f"{kind} ({mode})" for kind in report.missed_targets()]
    if args.check and missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
