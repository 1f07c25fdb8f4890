"""OCR-garbled words read as the word they stand for, when indexing: "Persetqiuan" is
indexed as persetujuan, "pemerintahar" as pemerintahan, "danlatau" as dan/atau.

A scanned statute's OCR misreads letters ("u" as "qi", "rn" for "m", "/" as "l", "n" as "r"),
and a word so garbled never matches a query ("persetujuan … tertulis" missed UU 27/2022
Pasal 22, whose ayat print "Persetqiuan"). ``repair`` maps such a token to the one frequent
word form of the statutes it is nearest to, only when all of these hold:

* the token is no known word: not a frequent form (``forms``), and not an Indonesian word
  as PySastrawi's root dictionary knows them (each of its parts, for "x-y" or "x/y");
* it has at least ``MIN_LENGTH`` letters (shorter words are abbreviations and names too
  often, and one edit rewrites a fifth of them);
* one frequent form is nearest (``nearest``, Levenshtein): one edit away and no other
  within two, or, from ``TWO_EDITS_FROM`` letters, the one nearest within two edits; that
  form occurs at least ``MIN_TARGET`` times in the statutes and ``MIN_RATIO`` times as often
  as the token itself (``forms`` counts both). A form ``MIN_RATIO`` times rarer than the
  nearest is no rival: "Fresiden" is presiden (8,247 times), though one edit from residen (32).

The frequent forms are project data: ``data/wordforms.txt``, made by
``bench/wordforms.py`` from the 1,535 UU texts of the scale corpus (each form with its count
there; the threshold is in that script). Only indexing repairs (``schema.CompoundTokenizer``
in Whoosh's "index" mode, ``document_terms`` for the units' terms): a
query's words are as typed — a word a person types is no OCR error, and a rare word they
mean (a name, a foreign word) must not become a frequent one; a misspelt query word gets
the "did you mean" of ``spelling``. Nor does a query read stored texts so again (the
positions of a unit's words, ``units._held_in_order``): that would cost it the repairs, and
the Sastrawi a query otherwise never loads (``stemtable``).

Measured (bench/README.md, session 20): 5,787 repairs in the 1,535 UU texts (2,906 distinct
tokens); of 100 drawn at random, 2 wrong ("pengaltitan", pengaktifan, read as pengalihan;
"erintah", a word's tail, as perintah). Session 21, rare rivals ignored: 7,359 repairs (3,558
distinct); of the 652 new, ~6 doubtful on reading ("penghadangan" as pengundangan,
"ke-anggaran" as pelanggaran, place names such as "Sindang" as sidang).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import islice

from . import analysis

#: Tokens shorter than this are never repaired.
MIN_LENGTH = 6
#: Tokens of at least this many letters may be two edits from the form they stand for.
TWO_EDITS_FROM = 11
#: The form repaired to is at least this many times as frequent in the statutes as the token.
MIN_RATIO = 20
#: The form repaired to occurs at least this many times in the statutes: two rarer forms (of a
#: treaty's English, of names) lie near each other by chance ("ecological" ~ biological,
#: 57; "cloning" ~ closing, 23; "Barong Tongkok" ~ tiongkok, 38).
MIN_TARGET = 100


@lru_cache(maxsize=1)
def forms() -> dict[str, int]:
    """The frequent word forms of the statutes and their counts (``data/wordforms.txt``)."""
    text = resources.files(__package__).joinpath("data/wordforms.txt").read_text("utf-8")
    counted = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, count = line.split()
            counted[form] = int(count)
    return counted


@lru_cache(maxsize=1)
def _by_length() -> dict[int, tuple[str, ...]]:
    grouped: dict[int, list[str]] = {}
    for form in forms():
        grouped.setdefault(len(form), []).append(form)
    return {length: tuple(group) for length, group in grouped.items()}


def shape_ok(word: str) -> bool:
    """Letters, or letters joined by "-" or "/", of at least ``MIN_LENGTH`` characters."""
    return (len(word) >= MIN_LENGTH
            and all(part.isalpha() for part in word.replace("/", "-").split("-")))


def repair(word: str) -> str | None:
    """The frequent form the lowercase token ``word`` stands for, or None (see the module).
    Every answer is kept (``_ANSWERS``: indexing asks it of every token of every field)."""
    try:
        return _ANSWERS[word]
    except KeyError:
        pass
    if not _ANSWERS and word in _prefilled():
        return None
    found = None
    if shape_ok(word) and (found := nearest(word, count=0)) is not None and _known(word):
        found = None
    if found is not None:
        # The word as printed is stemmed too, so that the stem table an index build writes
        # (``stemtable``) holds it: a query reads stored texts as printed (snippets,
        # ``units._held_in_order``) and would otherwise load Sastrawi for it.
        analysis.analyze(word)
    _ANSWERS[word] = found
    return found


#: token → the form it stands for, or None: the frequent forms, then each token asked.
_ANSWERS: dict[str, str | None] = {}


def _prefilled() -> dict[str, str | None]:
    if not _ANSWERS:
        _ANSWERS.update(dict.fromkeys(forms()))
    return _ANSWERS


def answers_since(position: int) -> tuple[int, dict[str, str | None]]:
    """The answers of ``repair`` found after the first ``position`` ones (the frequent forms
    aside), and the new position: an index-building worker hands them to the writer, as
    its stems (``analysis.stems_since``), so that the writer does not seek them again."""
    answers = _prefilled()
    start = max(position, len(forms()))
    return len(answers), dict(islice(answers.items(), start, None))


def learn_answers(answers: dict[str, str | None]) -> None:
    """Add answers of ``repair`` found in another process."""
    _prefilled().update(answers)


def nearest(word: str, count: int) -> str | None:
    """The form ``word`` (``count`` times in the statutes) stands for, or None: a word of
    under ``TWO_EDITS_FROM`` letters needs one form one edit away and no other within two
    ("tanggd" is tangga or tanggal, "posisf" posisi or positif, "market" maret or make); a
    longer one the one nearest form within two edits ("pemerintahar": pemerintahan, 1 edit,
    not pemerintah, 2). The form is at least ``MIN_TARGET`` and ``MIN_RATIO`` x ``count``
    times in the statutes."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    short = len(word) < TWO_EDITS_FROM
    near = [(form, distance) for form, distance, _ in
            process.extract(word, _candidates(len(word), 2), scorer=Levenshtein.distance,
                            score_cutoff=2, limit=3) if form != word]
    if not near:
        return None
    near.sort(key=lambda found: (found[1], -forms()[found[0]]))
    form, distance = near[0]
    # a form MIN_RATIO times rarer than the nearest is no rival reading ("Fresiden" is
    # presiden, 8,247 times in the statutes, not residen, 32)
    near = [found for found in near if found == near[0]
            or MIN_RATIO * forms()[found[0]] >= forms()[form]]
    if short and (len(near) > 1 or distance > 1):
        return None
    if not short and len(near) > 1 and near[1][1] == distance:
        return None
    if forms()[form] < max(MIN_TARGET, MIN_RATIO * count):
        return None
    return form


@lru_cache(maxsize=256)
def _candidates(length: int, edits: int) -> list[str]:
    by_length = _by_length()
    return [form for size in range(length - edits, length + edits + 1)
            for form in by_length.get(size, ())]


def document_terms(text: str) -> list[str]:
    """``analysis.analyze`` of a text as an index reads it: its OCR-garbled words repaired."""
    return analysis.analyze(text, read=repair)


def _known(word: str) -> bool:
    return all(analysis.is_dictionary_word(part) for part in word.replace("/", "-").split("-"))
