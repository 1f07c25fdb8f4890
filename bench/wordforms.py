#!/usr/bin/env python
"""Write regsearch/data/wordforms.txt: the frequent word forms of the statutes, which
``regsearch.ocrwords`` repairs OCR-garbled tokens to.

    python bench/wordforms.py /tmp/uutexts [--out regsearch/data/wordforms.txt]

Reads the 1,535 UU texts (``uu/<year>/<n>.md``; ``bench/README.md`` says where they come
from), takes every token of ``analysis.TOKEN_PATTERN`` made of letters (or of letters joined
by "-" or "/": "undang-undang", "dan/atau"), lowercased, and counts its occurrences and the
files holding it. A form is frequent when it occurs at least MIN_COUNT times in at least
MIN_FILES files: below that, the list fills with names and with OCR debris repeated in one
scan. OCR errors that recur across scans still reach it ("danlatau": 69 in 18 files,
"persetqiuan" 11 in 6): a form that is no Indonesian word (PySastrawi's dictionary) and that
``ocrwords.nearest`` reads as a form LEFT_OUT_RATIO times as frequent, of the same first
letter, is left out (and printed), so that the index repairs it like any rarer garble. Not
so the forms of old spelling and foreign words, which are real words printed tens of times
in many files: "republic" (406, ~ republik x73), "sistim" (229, ~ sistem x22), "perobahan"
(51, x125), "muladi" (a name, 24 ~ mulai x148), "promes" (35 ~ proses x74); "number" (23 ~
sumber x292) and "nampak" are another word than their neighbour, whose first letter differs.
Each line: form and count.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from regsearch import analysis, ocrwords  # noqa: E402

MIN_COUNT = 20
MIN_FILES = 5
LEFT_OUT_RATIO = 200


def count(root: Path) -> tuple[Counter, Counter, int]:
    counts: Counter = Counter()
    files: Counter = Counter()
    paths = sorted((root / "uu").glob("*/*.md"))
    for path in paths:
        seen = set()
        for token in analysis._TOKEN_RE.findall(path.read_text("utf-8", errors="replace")):
            word = token.strip("_").lower()
            if word and all(part.isalpha() for part in word.replace("/", "-").split("-")):
                counts[word] += 1
                seen.add(word)
        files.update(seen)
    return counts, files, len(paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "regsearch" / "data" / "wordforms.txt")
    args = parser.parse_args()
    counts, files, read = count(args.root)
    frequent = {word: n for word, n in counts.items() if n >= MIN_COUNT and files[word] >= MIN_FILES}
    ocrwords.forms.cache_clear()
    ocrwords._by_length.cache_clear()
    ocrwords._candidates.cache_clear()
    ocrwords._ANSWERS.clear()
    ocrwords.forms = lambda: frequent          # nearest() reads the forms being made
    garbled = {word: target for word in sorted(frequent)
               if len(word) >= ocrwords.MIN_LENGTH and not ocrwords._known(word)
               and (target := ocrwords.nearest(word, frequent[word]))
               and target[0] == word[0] and frequent[target] >= LEFT_OUT_RATIO * frequent[word]}
    for word, target in garbled.items():
        print(f"left out {word} ({frequent[word]}) ~ {target} ({frequent[target]})")
    kept = sorted((word for word in frequent if word not in garbled),
                  key=lambda word: (-frequent[word], word))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# bench/wordforms.py: tokens of {read} UU texts occurring >= {MIN_COUNT} "
                  f"times in >= {MIN_FILES} files, less {len(garbled)} OCR errors; form count\n")
        for word in kept:
            out.write(f"{word} {frequent[word]}\n")
    print(f"{len(kept)} forms ({len(garbled)} left out) from {read} files -> {args.out}")


if __name__ == "__main__":
    main()
