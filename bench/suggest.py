#!/usr/bin/env python
"""How long "did you mean" takes, against Whoosh's own fuzzy term search, on one index.

    python bench/suggest.py INDEX_DIR [--words 30] [--seed 7]

Misspellings are made from the index's own words (alphabetic, 6+ letters, in 5+ articles,
picked with a fixed seed): one letter dropped or two neighbours swapped, kept only when the
result is no indexed word. For each, in the same process and on the same open index:

* ``regsearch``   — ``RegulationIndex._closest_word`` as search calls it: rapidfuzz compares
                    the word with the lexicon read once per searcher (its one-off read is
                    timed apart);
* ``whoosh``      — the method used until 2026-11-28: ``reader.terms_within(field, word, 2)``
                    (Whoosh walks its term dictionary with a Levenshtein automaton), then the
                    same ranking of the candidates;
* ``query``       — ``idx.search(misspelt word)`` end to end, suggestion included.

Prints the median and p95 of each in ms, the ratio of the medians, and how often both
methods suggest the same word.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regsearch  # noqa: E402
from regsearch import search as search_module  # noqa: E402


def misspellings(lexicon: list[str], reader, count: int, seed: int) -> list[str]:
    """``count`` misspelt forms of frequent indexed words that are no indexed word."""
    known = set(lexicon)
    pool = sorted(w for w in lexicon
                  if len(w) >= 6 and reader.doc_frequency("body_exact", w) >= 5)
    rng = random.Random(seed)
    rng.shuffle(pool)
    found: list[str] = []
    for word in pool:
        at = rng.randrange(1, len(word) - 2)
        typo = (word[:at] + word[at + 1:] if rng.random() < 0.5
                else word[:at] + word[at + 1] + word[at] + word[at + 2:])
        if typo not in known and typo not in found:
            found.append(typo)
        if len(found) == count:
            break
    return found


def whoosh_closest(reader, word: str) -> str | None:
    """The suggestion as regsearch made it before: Whoosh's fuzzy term search, same ranking."""
    from rapidfuzz.distance import DamerauLevenshtein

    candidates = [t.decode() if isinstance(t, bytes) else t
                  for t in reader.terms_within("body_exact", word, 2)]
    candidates = [c for c in candidates if c != word and c.isalpha()]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (DamerauLevenshtein.distance(word, c),
                                          -reader.doc_frequency("body_exact", c), c))


def timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - start) * 1000, result


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{name:<10} p50 {statistics.median(times):8.1f} ms   p95 {p95:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("--words", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    idx = regsearch.open_index(args.index)
    idx.search("upah")   # open the searcher, load the catalogue
    reader = idx._current_searcher().reader()
    lexicon_ms, lexicon = timed(idx._lexicon)
    typos = misspellings(lexicon, reader, args.words, args.seed)
    timed(search_module._closest_word, reader, "contoh", lexicon)   # rapidfuzz's import
    ours, theirs, queries, same = [], [], [], 0
    for typo in typos:
        ms, suggestion = timed(search_module._closest_word, reader, typo, lexicon)
        ours.append(ms)
        ms, baseline = timed(whoosh_closest, reader, typo)
        theirs.append(ms)
        same += suggestion == baseline
        ms, _ = timed(idx.search, typo)
        queries.append(ms)
    print(f"index {args.index}: {len(lexicon):,} words read in {lexicon_ms:.0f} ms (once per "
          f"searcher); {len(typos)} misspelt words")
    print(summary("regsearch", ours))
    print(summary("whoosh", theirs))
    print(summary("query", queries))
    print(f"whoosh / regsearch (medians): {statistics.median(theirs) / statistics.median(ours):.0f}x;"
          f" same suggestion for {same}/{len(typos)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
