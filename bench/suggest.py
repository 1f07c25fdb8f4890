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
methods suggest the same word; then how many of the misspelt queries got a suggestion at all
(a misspelling Sastrawi reads as an Indonesian word gets none).

``--real-words-from OTHER_INDEX`` also counts false alarms: words of another index (alphabetic,
6+ letters, in 2+ of its articles, picked with the seed) that occur nowhere in INDEX, each
searched in INDEX: how many get a "did you mean", and how many would with the dictionary check
switched off (an Indonesian word is corrected only to a word one edit away). Most such words
are real words the corpus never uses; a few are OCR errors of the other corpus ("dirnaksud"),
which a suggestion rightly corrects.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regsearch  # noqa: E402
from regsearch import search as search_module  # noqa: E402


def misspellings(lexicon: list[str], reader, count: int, seed: int) -> list[str]:
    """``count`` misspelt forms of frequent indexed words that are no indexed word."""
    return [typo for typo, _ in misspelt_pairs(lexicon, reader, count, seed)]


def misspelt_pairs(lexicon: list[str], reader, count: int, seed: int
                   ) -> list[tuple[str, str]]:
    """``misspellings``, each with the word it was made from (what a right suggestion says)."""
    known = set(lexicon)
    pool = sorted(w for w in lexicon
                  if len(w) >= 6 and reader.doc_frequency("body_exact", w) >= 5)
    rng = random.Random(seed)
    rng.shuffle(pool)
    found: list[tuple[str, str]] = []
    for word in pool:
        at = rng.randrange(1, len(word) - 2)
        typo = (word[:at] + word[at + 1:] if rng.random() < 0.5
                else word[:at] + word[at + 1] + word[at] + word[at + 2:])
        if typo not in known and typo not in (t for t, _ in found):
            found.append((typo, word))
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
    ap.add_argument("--real-words-from", type=Path, metavar="OTHER_INDEX")
    args = ap.parse_args(argv)

    idx = regsearch.open_index(args.index)
    idx.search("upah")   # open the searcher, load the catalogue
    reader = idx._current_searcher().reader()
    lexicon_ms, lexicon = timed(idx._lexicon)
    pairs = misspelt_pairs(lexicon, reader, args.words, args.seed)
    typos = [typo for typo, _ in pairs]
    timed(search_module._closest_word, reader, "contoh", lexicon)   # rapidfuzz's import
    ours, theirs, queries, same, suggested, right = [], [], [], 0, 0, 0
    for typo, meant in pairs:
        ms, suggestion = timed(search_module._closest_word, reader, typo, lexicon)
        ours.append(ms)
        ms, baseline = timed(whoosh_closest, reader, typo)
        theirs.append(ms)
        same += suggestion == baseline
        ms, result = timed(idx.search, typo)
        queries.append(ms)
        offered = said(result)
        suggested += offered is not None
        right += offered == meant
    print(f"index {args.index}: {len(lexicon):,} words read in {lexicon_ms:.0f} ms (once per "
          f"searcher); {len(typos)} misspelt words")
    print(summary("regsearch", ours))
    print(summary("whoosh", theirs))
    print(summary("query", queries))
    print(f"whoosh / regsearch (medians): {statistics.median(theirs) / statistics.median(ours):.0f}x;"
          f" same suggestion for {same}/{len(typos)}")
    print(f"misspelt queries with a suggestion or searched as corrected: {suggested}/"
          f"{len(typos)}; the word misspelt offered (precision): {right}/{suggested}")
    acronyms(idx, lexicon, args.words, args.seed)
    if args.real_words_from:
        false_alarms(idx, reader, lexicon, args.real_words_from, args.words, args.seed)
    return 0


#: Acronyms of local government a reader types (QA s15 #15, s16 C6: "LKPJ" got "did you
#: mean kpu?"); those the index uses or the glossary lists are left out where it does.
TYPED_ACRONYMS = ("LKPJ", "PTSP", "NPHD", "LAKIP", "SAKIP", "BPKAD", "TAPD", "PAD", "DAU",
                  "DAK", "SILPA", "KUA", "PPAS", "DPA", "RKPD", "SKPD")


def acronyms(idx, lexicon: list[str], count: int, seed: int) -> None:
    """Acronyms typed in capitals, searched alone: how many that the index never uses get a
    "did you mean" (each a false alarm: another acronym is another name, no typo of it);
    and, of acronyms the glossary lists that the index uses, misspelt (two neighbours
    swapped, the first letter kept), how many get the acronym meant."""
    from regsearch.glossary import GLOSSARY

    known = set(lexicon)
    thesaurus = idx._catalogue().thesaurus
    unused = [w for w in TYPED_ACRONYMS
              if w.lower() not in known and not thesaurus.expansions(w)]
    alarms = [(w, s) for w in unused if (s := said(idx.search(w)))]
    used = sorted({p for group in GLOSSARY for p in group if p.isalpha() and 3 <= len(p) <= 6
                   and p in known and not analysis_word(p)})
    rng = random.Random(seed)
    rng.shuffle(used)
    pairs = []
    for word in used[:count]:
        at = rng.randrange(1, len(word) - 1)
        typo = (word[:at] + word[at + 1] + word[at] + word[at + 2:]).upper()
        if typo.lower() not in known and not thesaurus.expansions(typo):
            pairs.append((typo, word))
    offered = [(said(idx.search(typo)), word) for typo, word in pairs]
    meant = [suggestion for suggestion, _ in offered if suggestion is not None]
    right = sum(suggestion == word for suggestion, word in offered)
    print(f"unused acronyms with a suggestion (false alarms): {len(alarms)}/{len(unused)} "
          f"{alarms}")
    print(f"misspelt acronyms with a suggestion: {len(meant)}/{len(pairs)}, the acronym meant: "
          f"{right}/{len(meant)}")


def said(result) -> str | None:
    """What a search of one word offered instead: its "did you mean", or the word it was
    searched as when surely a typo (then no suggestion is shown: it was corrected)."""
    return result.suggestion or result.read_as


def analysis_word(word: str) -> bool:
    """Whether ``word`` is a word of the language (no acronym)."""
    from regsearch import analysis

    return analysis.is_dictionary_word(word)


def false_alarms(idx, reader, lexicon: list[str], other: Path, count: int, seed: int) -> None:
    """Words of another index that this one lacks, searched: how many are "corrected" (now,
    and with the dictionary check of 2026-11-28 switched off). Most are real words the corpus
    never uses; some are OCR errors of the other corpus, which a suggestion rightly corrects."""
    from regsearch import analysis

    other_index = regsearch.open_index(other)
    other_reader = other_index._current_searcher().reader()
    known = set(lexicon)
    pool = sorted(w for w in other_index._lexicon() if len(w) >= 6 and w not in known
                  and other_reader.doc_frequency("body_exact", w) >= 2)
    random.Random(seed).shuffle(pool)
    words = pool[:count]
    now = sum(idx.search(word).suggestion is not None for word in words)
    with mock.patch.object(analysis, "is_dictionary_word", lambda word: False):
        before = sum(idx.search(word).suggestion is not None for word in words)
    print(f"real words of {other} absent from the index: {now}/{len(words)} get a suggestion "
          f"({before}/{len(words)} without the dictionary check)")
    other_index.close()


if __name__ == "__main__":
    sys.exit(main())
