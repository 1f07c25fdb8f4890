"""The words a query is typed in, read against the index: whether some article holds a word
(``_occurs``), the written form of a colloquial verb (``_standard_verb``), whether a word was
typed as an acronym or an abbreviation's phrasing is already written beside it, and the word of
the index a misspelt one is nearest to (``_closest_word``, the "did you mean").

``RegulationIndex`` decides when to correct a word and what to say; these only read. ``reader``
is a Whoosh index reader (anything with ``doc_frequency(field, term)``): Whoosh itself is not
imported here.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import analysis

#: The longest word typed in capitals read as an acronym ("LKPJ", "RPJMD"), whose "did you
#: mean" may only be another acronym one edit away (``_acronym_typed``).
MAX_ACRONYM = 6
#: A word in small letters shorter than this is corrected only to a word one edit away, even
#: when it is no Indonesian word: two edits rewrite a third of it, and what is typed so is
#: mostly English or slang ("money" → "mode", "black" → "baik", "medsos" → "medis",
#: "online" → "paline"), no typo. Measured on 2-edit typos of short words: such a suggestion
#: was right about half the time (bench/README.md, session 16).
MIN_TWO_EDIT_WORD = 7


#: The stemmed fields besides "body" a query searches: a word only they hold is still found.
_EXPLAINING_FIELDS = ("headings", "penjelasan", "penjelasan_umum")


def _occurs(reader, word: str, *, anywhere: bool = False) -> bool:
    """Whether some article holds ``word``, as typed or as its stem (a stopword: no); with
    ``anywhere``, also its headings or Penjelasan ("ilegal" is written only in UU 19/2016's
    Penjelasan Umum: found there, it is no word to correct)."""
    term = analysis.normalize(word)
    if term is None:
        return False
    if reader.doc_frequency("body", term) or reader.doc_frequency("body_exact", word.lower()):
        return True
    return anywhere and any(reader.doc_frequency(field, term) for field in _EXPLAINING_FIELDS)


def _standard_verb(reader, word: str) -> str | None:
    """The written form of a colloquial verb no article holds, whose "-in" stands for
    "-kan" or "-i" ("batalin" → "batalkan", "umumin" → "umumkan", "datangin" → "datangi")
    and whose bare nasal "ng-"/"ny-" for "meng-"/"meny-" ("ngadu" → "mengadu", "ngurusin" →
    "mengurusi"; it was corrected to the name "ngada"): the first of them the articles hold;
    None for any other word."""
    if len(word) < 5 or not word.isalpha():
        return None
    bases = [word, "me" + word] if word.startswith(("ng", "ny")) else [word]
    for base in bases:
        if len(base) >= 6 and base.endswith("in"):
            found = next((written for suffix in ("kan", "i")
                          if _occurs(reader, written := base[:-2] + suffix)), None)
            if found:
                return found
        elif base != word and _occurs(reader, base):
            return base
    return None


def _written_beside(tokens: Sequence[str], at: int, phrasing: Sequence[str]) -> bool:
    """Whether the query already writes ``phrasing`` out, word for word, outside the word at
    ``at`` that stands for it ("daftar pemilih tetap DPT"): the abbreviation then adds nothing,
    and written out again it would read "daftar pemilih tetap daftar pemilih tetap"."""
    wanted = [word.lower() for word in phrasing]
    others = [word.lower() for place, word in enumerate(tokens) if place != at]
    size = len(wanted)
    return size > 0 and any(others[start:start + size] == wanted
                            for start in range(len(others) - size + 1))


def _acronym_typed(word: str, tokens: Sequence[str]) -> bool:
    """Whether ``word`` was typed as an acronym: in capitals, ``MAX_ACRONYM`` letters at
    most, in a query not all typed in capitals ("SYARAT CALON" is shouted, not initials).
    Each letter of an acronym stands for a word, so another acronym a letter or two away
    is another name ("LKPJ", "kpu"), no typo of it."""
    words = [token for token in tokens if token.isalpha()]
    return (word.isalpha() and word.isupper() and len(word) <= MAX_ACRONYM
            and (len(words) == 1 or not all(token.isupper() for token in words)))


def _plain_word_reach(word: str) -> int:
    """How many edits may correct ``word``, no word of the language: one for a short word in
    small letters (see ``MIN_TWO_EDIT_WORD``), two otherwise (capitals are acronyms, read
    apart)."""
    return 1 if len(word) < MIN_TWO_EDIT_WORD and not word.isupper() else 2


def _closest_word(reader, word: str, lexicon: Sequence[str], reach: int = 2) -> str | None:
    """The word of ``lexicon`` nearest to ``word`` (Damerau–Levenshtein ≤ ``reach``; the more
    frequent in the index on a tie). rapidfuzz compares it with every word in C (~10 ms for
    the 26,000 words of the UU index; lazily imported: only a misspelt query pays its
    ~30 ms). A word two edits away begins with the same letter: a first letter is seldom
    mistyped, and two edits including it reach unrelated words ("perusda": berusia,
    "Sekwan": dewan)."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    found = process.extract(word, lexicon, scorer=DamerauLevenshtein.distance,
                            score_cutoff=reach, limit=None)
    candidates = [(distance, candidate) for candidate, distance, _ in found
                  if candidate != word and (distance < 2 or candidate[:1] == word[:1])]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], -reader.doc_frequency("body_exact", c[1]),
                                          c[1]))[1]
