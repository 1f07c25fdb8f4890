"""Measure PDF extraction: pypdf against pypdfium2 (speed, word fidelity, Pasal headings),
the cost of reading each PDF in a bounded child process, and OCR.

Usage (from the repository root):

    python bench/extraction.py                 # backends + isolation overhead (~1 min)
    python bench/extraction.py --rounds 5      # more speed rounds
    python bench/extraction.py --ocr           # also OCR the bundled scan (s/page, headings)
    python bench/extraction.py --ocr --ocr-dpi 150 200 300 --ocr-threads
    python bench/extraction.py --ocr-layout 3 4 6   # Tesseract's layouts only (~2 min)

How the measures are made (so the numbers mean the same thing on a rerun):

* Speed: every bundled PDF (corpus/pdf/*.pdf) is read by each backend in this process,
  page by page, including opening and the page-text normalisation regsearch applies. The
  backends alternate within each round; pages/s is the median over rounds and the ratio is
  taken per round (same machine load) and then its median is reported.
* Word fidelity. Words are runs of letters, lowercased. The reference vocabulary V is every
  word of the clean texts in corpus/text/*.txt plus every word that *both* backends produce
  somewhere in the PDF corpus (an identical word from two independent extractors is taken
  as real; a word only one of them produces is not). Counted per backend:
  - ``unknown``: words of two letters or more not in V, per 1,000 words. Symmetric: a word
    broken by one backend but whole in the other costs the broken one its fragments and the
    whole one its (unshared) word, unless the clean texts know the word.
  - ``split``: two words separated by spaces on one line whose concatenation is a word
    (of V or of either backend's output for that file) while at least one part is not in
    V: "Konvens i", "Peme rintah", "pel anggaran". "di bidang" or "lembaga penjaminan"
    do not count (both parts are words).
  - ``glued``: an unknown word of 6+ letters that splits into two clean-text words of 3+
    letters each ("dalamhal"): the opposite failure, a missing space.
  - ``known``: occurrences of the split patterns reported in the issue.
* Pasal headings: lines that are exactly "Pasal N" (N arabic, optional letter); the sequence
  of each file is compared between backends.
* Isolation: ``extract(path)`` (child process, time and memory bounds) against
  ``extract(path, isolated=False)`` on a small PDF, per start method; and a whole-corpus
  pass serially in-process against ``extract_many`` with 1 and 2 workers.
* OCR (--ocr): the bundled 4-page scan read by ``extract(..., ocr=True)``; seconds per page,
  Pasal headings recovered (page 1 holds Pasal 1–2, page 4 the Penjelasan's), and the share
  of 3+-letter OCR words found in the clean-text vocabulary.
* OCR layout (--ocr-layout MODE…): 15 text pages of the corpus (``LAYOUT_PAGES``: ayat,
  angka and huruf hung left of their paragraphs) rendered at 300 dpi as images and read by
  Tesseract with each page-segmentation mode (``extract.OCR_CONFIG``). A page counts as in
  order when its line-initial markers — "(n)", "n.", "a.", "Pasal n" — are those of its
  text layer, in the same order; words: difflib's ratio of its lowercased word sequence to
  the text layer's. Seconds are Tesseract's, summed over the pages.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from regsearch import extract as ex  # noqa: E402

PDF_DIR = ROOT / "corpus" / "pdf"
TEXT_DIR = ROOT / "corpus" / "text"
SCAN = PDF_DIR / "pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf"
BACKENDS = {"pypdf": ex._pypdf_pages, "pypdfium2": ex._pdfium_pages}
KNOWN_SPLITS = ("konvens i", "mengena kan", "peme rintah", "at as", "pel anggaran")
WORD = re.compile(r"[^\W\d_]+")
PASAL = re.compile(r"(?m)^\s*Pasal\s+(\d+[A-Z]?)\s*$")
OCR_PASAL = re.compile(r"(?m)^\s*Pasal\s+([0-9lI]+)\s*$")


# --- speed -------------------------------------------------------------------------------

def speed(pdfs: list[Path], rounds: int) -> dict[str, list[str]]:
    """Time each backend over the corpus, alternating; return the last round's texts."""
    rates: dict[str, list[float]] = {name: [] for name in BACKENDS}
    ratios: list[float] = []
    texts: dict[str, dict[Path, tuple[str, ...]]] = {}
    with ex._quiet_pypdf():
        for r in range(rounds):
            order = list(BACKENDS) if r % 2 == 0 else list(reversed(BACKENDS))
            seconds = {}
            for name in order:
                started = time.perf_counter()
                texts[name] = {pdf: BACKENDS[name](pdf) for pdf in pdfs}
                seconds[name] = time.perf_counter() - started
            pages = sum(len(p) for p in texts["pypdf"].values())
            for name in BACKENDS:
                rates[name].append(pages / seconds[name])
            ratios.append(seconds["pypdf"] / seconds["pypdfium2"])
    pages = sum(len(p) for p in texts["pypdf"].values())
    print(f"\n## Speed: {len(pdfs)} PDFs, {pages} pages, {rounds} rounds (median)\n")
    print("| backend | pages/s | runs (pages/s) |\n|---|---:|---|")
    for name in BACKENDS:
        runs = ", ".join(f"{v:.0f}" for v in rates[name])
        print(f"| {name} | {statistics.median(rates[name]):.0f} | {runs} |")
    print(f"\npypdfium2 / pypdf speed ratio (per round, median): {statistics.median(ratios):.1f}x "
          f"(rounds: {', '.join(f'{v:.1f}' for v in ratios)})")
    return texts


# --- word fidelity -----------------------------------------------------------------------

def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def clean_vocabulary() -> set[str]:
    vocab: set[str] = set()
    for path in sorted(TEXT_DIR.glob("*.txt")):
        vocab.update(words(path.read_text(encoding="utf-8")))
    return vocab


def split_pairs(text: str, joinable: set[str], vocab: set[str]) -> list[str]:
    """Adjacent words on one line, separated by spaces only, that join into a known word
    while one part is not a word of the reference vocabulary."""
    found = []
    for line in text.split("\n"):
        spans = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(line)]
        for (a, _, a_end), (b, b_start, _) in zip(spans, spans[1:]):
            gap = line[a_end:b_start]
            if gap.strip(" ") or not gap:
                continue
            joined = a + b
            if len(joined) >= 4 and joined in joinable and (a not in vocab or b not in vocab):
                found.append(f"{a} {b}")
    return found


def glued_words(tokens: list[str], vocab: set[str], clean: set[str]) -> list[str]:
    found = []
    for t in tokens:
        if len(t) >= 6 and t not in vocab and any(
                t[:i] in clean and t[i:] in clean for i in range(3, len(t) - 2)):
            found.append(t)
    return found


def fidelity(texts: dict[str, dict[Path, tuple[str, ...]]]) -> None:
    clean = clean_vocabulary()
    per_backend = {name: {pdf: "\n".join(pages) for pdf, pages in docs.items()}
                   for name, docs in texts.items()}
    corpus_words = {name: set(w for t in docs.values() for w in words(t))
                    for name, docs in per_backend.items()}
    vocab = clean | set.intersection(*corpus_words.values())
    rows = {}
    examples: dict[str, Counter] = {}
    unknown_examples: dict[str, Counter] = {}
    for name, docs in per_backend.items():
        tokens = unknown = split = glued = known = 0
        ex_split: Counter = Counter()
        ex_unknown: Counter = Counter()
        for pdf, text in docs.items():
            toks = [w for w in words(text) if len(w) >= 2]
            joinable = vocab | set().union(*(words(per_backend[b][pdf]) for b in per_backend))
            tokens += len(toks)
            unknown += sum(w not in vocab for w in toks)
            ex_unknown.update(w for w in toks if w not in vocab)
            pairs = split_pairs(text, joinable, vocab)
            split += len(pairs)
            ex_split.update(pairs)
            glued += len(glued_words(toks, vocab, clean))
            low = " ".join(text.lower().split())
            known += sum(low.count(k) for k in KNOWN_SPLITS)
        rows[name] = (tokens, unknown, split, glued, known)
        examples[name] = ex_split
        unknown_examples[name] = ex_unknown
    print(f"\n## Word fidelity (vocabulary: {len(clean)} clean-text words + "
          f"{len(vocab) - len(clean)} words both backends produce)\n")
    print("| backend | words | unknown | unknown/1k | split pairs | glued | known splits |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (tokens, unknown, split, glued, known) in rows.items():
        print(f"| {name} | {tokens} | {unknown} | {1000 * unknown / tokens:.1f} | {split} | "
              f"{glued} | {known} |")
    for name, counter in examples.items():
        common = ", ".join(f"'{k}'×{v}" for k, v in counter.most_common(8)) or "none"
        print(f"\n{name} most frequent split pairs: {common}")
        common = ", ".join(f"'{k}'×{v}" for k, v in unknown_examples[name].most_common(12))
        print(f"{name} most frequent unknown words: {common or 'none'}")


def headings(texts: dict[str, dict[Path, tuple[str, ...]]]) -> None:
    print("\n## Pasal headings (lines that are exactly 'Pasal N')\n")
    print("| file | pypdf | pypdfium2 | same sequence |\n|---|---:|---:|---|")
    totals = Counter()
    for pdf in texts["pypdf"]:
        seqs = {name: PASAL.findall("\n".join(docs[pdf])) for name, docs in texts.items()}
        same = seqs["pypdf"] == seqs["pypdfium2"]
        totals["pypdf"] += len(seqs["pypdf"])
        totals["pypdfium2"] += len(seqs["pypdfium2"])
        totals["same"] += same
        if not same:
            only_a = sorted(set(seqs["pypdf"]) - set(seqs["pypdfium2"]))
            only_b = sorted(set(seqs["pypdfium2"]) - set(seqs["pypdf"]))
            note = f"no (only pypdf: {only_a}; only pypdfium2: {only_b})"
        else:
            note = "yes"
        print(f"| {pdf.name[:45]} | {len(seqs['pypdf'])} | {len(seqs['pypdfium2'])} | {note} |")
    print(f"| total | {totals['pypdf']} | {totals['pypdfium2']} | "
          f"{totals['same']}/{len(texts['pypdf'])} files identical |")


# --- isolation overhead -------------------------------------------------------------------

def _median_seconds(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def isolation(pdfs: list[Path], repeat: int) -> None:
    small = PDF_DIR / "uu-9-1997-pengesahan-traktat-sea-nwfz.pdf"
    print(f"\n## Isolation overhead (median of {repeat}; {small.name}, 5 pages)\n")
    here = _median_seconds(lambda: ex.extract(small, ocr=False, isolated=False), repeat)
    print("| how | s/file | overhead |\n|---|---:|---:|")
    print(f"| in-process (isolated=False) | {here:.3f} | - |")
    saved = os.environ.get("REGSEARCH_EXTRACT_START_METHOD")
    try:
        for method in ("fork", "forkserver", "spawn"):
            os.environ["REGSEARCH_EXTRACT_START_METHOD"] = method
            ex.extract(small, ocr=False)  # a forkserver starts once per parent: not per file
            took = _median_seconds(lambda: ex.extract(small, ocr=False), repeat)
            print(f"| child process, {method} | {took:.3f} | {1000 * (took - here):+.0f} ms |")
    finally:
        if saved is None:
            os.environ.pop("REGSEARCH_EXTRACT_START_METHOD", None)
        else:
            os.environ["REGSEARCH_EXTRACT_START_METHOD"] = saved
    print(f"\nWhole corpus ({len(pdfs)} PDFs, OCR off; default start method "
          f"'{ex._start_method()}'; median of 3):\n")
    serial = _median_seconds(lambda: [ex.extract(p, ocr=False, isolated=False) for p in pdfs], 3)
    print("| how | seconds | vs in-process |\n|---|---:|---:|")
    print(f"| in-process loop | {serial:.2f} | 1.00 |")
    print(f"| extract() per file | "
          f"{(t := _median_seconds(lambda: [ex.extract(p, ocr=False) for p in pdfs], 3)):.2f} | "
          f"{t / serial:.2f} |")
    for workers in (1, 2):
        took = _median_seconds(lambda: list(ex.extract_many(pdfs, workers=workers, ocr=False)), 3)
        print(f"| extract_many(workers={workers}) | {took:.2f} | {took / serial:.2f} |")


# --- OCR ---------------------------------------------------------------------------------

def ocr(dpis: list[str], threads: bool) -> None:
    if not ex.ocr_available():
        print("\n## OCR: skipped (pytesseract or tesseract-ocr-ind not installed)")
        return
    clean = clean_vocabulary()
    print(f"\n## OCR of {SCAN.name} (4 pages, 64-dpi images)\n")
    print("| render dpi | tesseract threads | s/page | Pasal headings (page: numbers) | "
          "words in vocabulary |\n|---|---|---:|---|---:|")
    runs = [(dpi, "1") for dpi in dpis]
    if threads:
        runs.append(("300", str(os.cpu_count())))
    for dpi, omp in runs:
        env = {"REGSEARCH_OCR_DPI": "" if dpi == "auto" else dpi, "OMP_THREAD_LIMIT": omp}
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            started = time.perf_counter()
            doc = ex.extract(SCAN, ocr=True)
            per_page = (time.perf_counter() - started) / len(doc.pages)
        finally:
            for k, v in saved.items():
                os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
        found = "; ".join(f"{i}: {','.join(OCR_PASAL.findall(p))}" for i, p in
                          enumerate(doc.pages, 1) if OCR_PASAL.search(p))
        toks = [w for w in words("\n".join(doc.pages)) if len(w) >= 3]
        share = sum(w in clean for w in toks) / max(1, len(toks))
        label = f"auto ({ex._render_dpi(64)})" if dpi == "auto" else dpi
        print(f"| {label} | {omp} | {per_page:.1f} | {found} | {share:.3f} |")


#: (file stem, 1-based pages) read by --ocr-layout: text pages with hanging numbers.
LAYOUT_PAGES = (("perpres-74-2012-pertanggungjawaban-kerugian-nuklir", (1, 2, 3, 4, 5, 6)),
                ("uu-10-1997-ketenaganukliran", (3, 8, 15)),
                ("pp-43-2006-perizinan-reaktor-nuklir", (4, 10)),
                ("pojk-22-pojk01-2015-penyidikan", (3, 6)),
                ("pergub-bali-1-2021-perubahan-pergub-29-2019", (2,)),
                ("perka-bapeten-3-2012-penatausahaan-pnbp", (3,)))
LINE_MARKER = re.compile(r"(?m)^\s*(\(\d+\)|[a-z]\.|\d+\.|Pasal \d+)")


def ocr_layout(modes: list[str]) -> None:
    """Each Tesseract page-segmentation mode on text pages rendered as images."""
    import difflib

    if not ex.ocr_available():
        print("\n## OCR layout: skipped (pytesseract or tesseract-ocr-ind not installed)")
        return
    totals = {mode: [0.0, 0, 0, 0.0] for mode in modes}   # seconds, in order, pages, words
    saved = ex.OCR_CONFIG
    try:
        with ex._single_threaded_tesseract():
            for stem, numbers in LAYOUT_PAGES:
                path = PDF_DIR / f"{stem}.pdf"
                layer = ex.extract(path, ocr=False).pages
                pdf = ex._pdfium_open(path)
                try:
                    for number in numbers:
                        want = layer[number - 1]
                        for mode in modes:
                            ex.OCR_CONFIG = f"--psm {mode}"
                            started = time.perf_counter()
                            got = ex._ocr_page(pdf, number - 1, 300)
                            total = totals[mode]
                            total[0] += time.perf_counter() - started
                            total[1] += LINE_MARKER.findall(got) == LINE_MARKER.findall(want)
                            total[2] += 1
                            total[3] += difflib.SequenceMatcher(
                                None, words(want), words(got), autojunk=False).ratio()
                finally:
                    pdf.close()
    finally:
        ex.OCR_CONFIG = saved
    print(f"\n## OCR layout: {sum(len(n) for _, n in LAYOUT_PAGES)} text pages as 300-dpi "
          f"images (regsearch uses {saved!r})\n")
    print("| --psm | seconds | markers in order | word similarity |\n|---|---:|---:|---:|")
    for mode, (seconds, in_order, pages, similarity) in totals.items():
        print(f"| {mode} | {seconds:.1f} | {in_order}/{pages} | {similarity / pages:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds (median)")
    parser.add_argument("--repeat", type=int, default=7, help="repeats per isolation timing")
    parser.add_argument("--no-isolation", action="store_true", help="skip the process timings")
    parser.add_argument("--ocr", action="store_true", help="also OCR the bundled scan")
    parser.add_argument("--ocr-dpi", nargs="+", default=["auto"],
                        help="render resolutions to try ('auto' = regsearch's choice)")
    parser.add_argument("--ocr-threads", action="store_true",
                        help="add a 300-dpi run with one tesseract thread per core")
    parser.add_argument("--ocr-layout", nargs="+", metavar="MODE", default=[],
                        help="compare Tesseract page-segmentation modes (--psm) on text pages "
                             "rendered as images, then stop")
    args = parser.parse_args()
    if args.ocr_layout:
        ocr_layout(args.ocr_layout)
        return
    pdfs = sorted(PDF_DIR.glob("*.pdf"))
    texts = speed(pdfs, args.rounds)
    fidelity(texts)
    headings(texts)
    if not args.no_isolation:
        isolation(pdfs, args.repeat)
    if args.ocr:
        ocr(args.ocr_dpi, args.ocr_threads)


if __name__ == "__main__":
    main()
