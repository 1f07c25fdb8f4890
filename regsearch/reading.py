"""What a query's words are read as, against one open index, before it is ranked.

``QueryReader`` answers, for ``RegulationIndex.search``: whether the index holds a word (as
typed, stemmed, or in a "/" pair); a word no article uses that has exactly one phrasing the
articles hold ("PHK" → "pemutusan hubungan kerja", "pekerja kontrak" → "perjanjian kerja
waktu tertentu": ``read_as``), an abbreviation with several senses read as the one the other
words choose (``sense``), and "did you mean" for a misspelt word (``suggest``). It ranks
nothing: ``search`` does, with the words as read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import analysis
from .expand import Thesaurus
from .legal import normalize_type
from .queries import _WHOOSH_SYNTAX, _plain_letters
from .scoring import PostingReader
from .spelling import (_acronym_typed, _closest_word, _occurs, _plain_word_reach,
                       _standard_verb, _written_beside)

if TYPE_CHECKING:
    import numpy as np

#: More words allowed between the words of a synonym's phrasing that no article holds word
#: for word: the glossary paraphrases ("istirahat sebelum dan sesudah melahirkan"), the
#: statute puts words between ("istirahat selama 1,5 (satu setengah) bulan sebelum saatnya
#: melahirkan anak dan 1,5 (satu setengah) bulan sesudah melahirkan").
PARAPHRASE_SLOP = 10
#: How far an abbreviation's sense must lead the next, by how its articles hold the query's
#: other words, to be chosen ("pendirian PT": perseroan, well ahead of pengadilan tinggi).
SENSE_LEAD = 2.0
#: Words longer than this get no "did you mean" (no legal word is; the lookup costs seconds).
MAX_SUGGESTED_WORD = 30
#: Nor do words shorter than this: two edits turn "BI" or "MK" into any short word.
MIN_SUGGESTED_WORD = 4


class QueryReader:
    """The reading of a query's words against the index a ``RegulationIndex`` has open: its
    current searcher, posting reader, thesaurus and "/" pairs, each asked for when needed
    (the index may be reopened between queries)."""

    def __init__(self, searcher: Callable[[], Any], postings: Callable[[], PostingReader],
                 thesaurus: Callable[[], Thesaurus],
                 pairs: Callable[[], Mapping[str, tuple[str, ...]]]) -> None:
        self._searcher = searcher
        self._postings = postings
        self._thesaurus = thesaurus
        self._pairs = pairs
        self._lexicon_cache: tuple[object, list[str]] | None = None

    def unheld(self, word: str) -> bool:
        """Whether no article holds ``word`` (as typed or as its stem): a misspelling, when
        it is one letter off a unit word before its label ("pasel 7")."""
        return not self.held(self._searcher().reader(), word)

    def held(self, reader, word: str, *, anywhere: bool = False) -> bool:
        """Whether some article holds ``word`` (``spelling._occurs``), also as a word of a
        "/" pair ("janda" of UU 5/2014's "Janda/Duda": it was "Did you mean: tanda?")."""
        return (_occurs(reader, word, anywhere=anywhere)
                or analysis.normalize(word) in self._pairs())

    def unaccented(self, text: str) -> str:
        """``text`` with each accented word no article holds written without its accents
        ("pémilih" → "pemilih": Indonesian writes none, a keyboard or autocorrect may), as
        the reader sees in "Searched as"; a word the index holds accented ("Kafé") stays."""
        if text.isascii():
            return text
        reader = self._searcher().reader()

        def plain(match: re.Match) -> str:
            word = match.group()
            return word if self.held(reader, word) else _plain_letters(word)

        return re.sub(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*", plain, text)

    def read_as(self, text: str) -> tuple[str | None, str]:
        """The query with each word that occurs nowhere in the index, but has exactly one
        other phrasing that does, replaced by it ("PHK" → "pemutusan hubungan kerja": the
        corpus writes it out); None when no word is. Such a word would otherwise score
        nothing, and its phrasing only a synonym's share. A word with several phrasings
        ("mundur": "pengunduran diri", "berhenti") is left to the expansions. An
        abbreviation with several senses (``glossary.SENSES``) is read as the one the other
        words choose (``sense``); second, what it could mean when they do not tell ("" when
        every abbreviation was read)."""
        if '"' in text:   # quoted words are taken as written
            return None, ""
        original, text = text, self.phrase_read_as(text) or text
        reader = self._searcher().reader()
        thesaurus = self._thesaurus()
        tokens = [word for word, _, _ in analysis.tokenize(text)]
        words: list[str] = []
        undecided: list[str] = []
        changed = False
        for at, word in enumerate(tokens):
            senses = thesaurus.senses(word)
            phrasing, unsure = self.sense(tokens, at, senses) if senses else (None, "")
            # (a regulation type's name is read as a reference to one: "Perwali Denpasar")
            phrasings = {} if (phrasing or unsure or self.held(reader, word)
                               or normalize_type(word)) else _one_term_once(
                self.held_phrasings(thesaurus.expansions(word)), thesaurus)
            if len(phrasings) == 1:
                phrasing = next(iter(phrasings.values()))
            undecided += [unsure] if unsure else []
            if phrasing is not None:
                # "daftar pemilih tetap DPT": the words once (QA s15 C4)
                if not _written_beside(tokens, at, phrasing):
                    words.extend(_overlap_dropped(tokens, at, phrasing))
                changed = True
            else:
                words.append(word)
        return (" ".join(words) if changed or text != original else None), "; ".join(undecided)

    def sense(self, tokens: Sequence[str], at: int, senses: Sequence[Sequence[str]]
               ) -> tuple[Sequence[str] | None, str]:
        """What the abbreviation ``tokens[at]`` stands for here: the words of the sense to
        search it as, or None to keep it as typed; and, when the query does not tell, a note
        naming the senses. A sense the index lacks is dropped; the abbreviation itself is a
        candidate where articles write it ("PT PLN (Persero)"); among the candidates, the
        one whose articles hold the query's other words most often (each weighted by its
        idf) is chosen when it leads the others by ``SENSE_LEAD``, or when it is the only
        one. The typed word among the leaders is kept (its articles are searched, and the
        senses as weaker alternatives); the note is given when two senses lead. Each sense
        is searched as its first spelling the index holds (the glossary lists the statute's
        own first: "BUM Desa", as UU 6/2014 writes it, before "badan usaha milik desa",
        which other laws' lists hold)."""
        postings = self._postings()
        held: dict[str, np.ndarray] = {}   # the spelling to search → where the sense stands
        for spellings in senses:
            spelled = next((spelling for spelling in spellings
                            if len(self.phrase_documents(spelling))), None)
            if spelled is not None:
                held[spelled] = self.phrase_documents(*spellings)
        if not held:
            return None, ""
        word = tokens[at]
        term = analysis.normalize(word)
        typed = postings.documents(body=term) if term else None
        if typed is not None and len(typed):
            held[word.lower()] = typed
        others = {t for place, token in enumerate(tokens) if place != at
                  and (t := analysis.normalize(token)) and not t.isdigit()}
        weighed = {name: postings.shared("body", docs, others) for name, docs in held.items()}
        best = max(weighed.values())
        contenders = [name for name, weight in weighed.items()
                      if weight * SENSE_LEAD >= best or not best]
        senses_left = [name for name in contenders if name != word.lower()]
        if len(contenders) == 1:
            return (senses_left[0].split() if senses_left else None), ""
        if len(senses_left) == 1:   # "dana DAU": written as typed, or its one sense
            return None, ""
        return None, (f"{word}: {', '.join(senses_left[:-1])} or {senses_left[-1]}? the "
                      "other words do not tell which; write it out")

    def phrase_documents(self, *phrasings: str) -> np.ndarray:
        """The articles holding one of ``phrasings``, its words in order as search reads
        them."""
        phrases = [_phrase_in_body(phrasing) for phrasing in phrasings]
        return self._postings().phrase_documents(
            "body", [(terms, slop) for terms, slop in phrases if terms])

    def held_phrasings(self, alternatives: Iterable[Sequence[str]], wider: int = 0
                        ) -> dict[tuple[str, ...], Sequence[str]]:
        """The ``alternatives`` some article holds, its words together and in order (``wider``
        more words apart), by their terms (the first of those differing only by stopwords:
        "perjanjian kerja untuk waktu tertentu"). Each word held somewhere is not enough:
        "pekerja kontrak" is no phrasing of PKWT the articles use, though both its words are
        common."""
        postings = self._postings()
        held: dict[tuple[str, ...], Sequence[str]] = {}
        for alternative in alternatives:
            terms, slop = _phrase_in_body(" ".join(alternative))
            if (terms and terms not in held
                    and postings.holds_phrase("body", terms, slop + wider)):
                held[terms] = alternative
        return held

    def phrase_read_as(self, text: str) -> str | None:
        """The query with each everyday phrasing of several words that no article holds
        together ("pekerja kontrak", "karyawan tetap": each word is common alone) replaced by
        the one statutory phrasing of its group the articles do hold ("perjanjian kerja waktu
        tertentu"); None when none is. Searched as typed, its words found every article
        saying "pekerja" or "kontrak" (a reactor's contract) and the phrasing only a synonym's
        share. Phrasings that differ only by stopwords ("perjanjian kerja untuk waktu
        tertentu") count as one."""
        postings = self._postings()

        def held(phrasing: str, wider: int = 0) -> tuple[str, ...] | None:
            terms, slop = _phrase_in_body(phrasing)
            return (terms if terms and postings.holds_phrase("body", terms, slop + wider)
                    else None)

        for phrasing, typed, others in self._thesaurus().phrasings_typed(text):
            if held(phrasing):
                continue
            # the group's last wording of the same terms: groups list the statutes' own last
            statutory = {terms: other for other in others if (terms := held(other))}
            if not statutory:   # none word for word: the one a statute paraphrases, if one
                statutory = {terms: other for other in others
                             if (terms := held(other, PARAPHRASE_SLOP))}
            if len(statutory) == 1:
                return _replaced_terms(text, typed, next(iter(statutory.values())))
        return None

    def suggest(self, text: str) -> tuple[str | None, tuple[str, ...], bool]:
        """"Did you mean": the query with each word that occurs nowhere in the index replaced
        by the closest word that does (edit distance ≤ 2; ≤ 1 for an Indonesian word, and for
        an acronym typed in capitals only another acronym: ``_acronym_typed``), or None;
        the words that occur nowhere and have no such replacement nor another phrasing (the
        user learns that the regulations word it otherwise: "blockchain"); and whether every
        word replaced is a misspelling, no word of the language ("pesagon"; "pemecatan" is a
        word, and "pemecahan" another one: only suggested). A word only the headings or a
        Penjelasan hold occurs ("ilegal" was "Did you mean: legal?")."""
        if '"' in text or _WHOOSH_SYNTAX.search(text):  # query syntax: taken as written
            return None, (), False
        reader = self._searcher().reader()
        thesaurus = self._thesaurus()
        words, changed, unmatched, misspelt = [], False, [], True
        phrased = thesaurus.phrased(text)   # "count" of "quick count" is no typo of "court"
        tokens = [word for word, _, _ in analysis.tokenize(text)]
        for word in tokens:
            lowered = word.lower()
            term = analysis.normalize(word)
            # A word of the synonym lists or a harvested abbreviation is no misspelling
            # even where the corpus never writes it ("PHK", "mundur"); it is accounted for
            # where an article says it in other words.
            listed = bool(thesaurus.expansions(word)) or term in phrased
            known = (term is None or not term.isalpha() or self.held(reader, word, anywhere=True)
                     or (listed and self.said_otherwise(phrased.get(term, word))))
            # Nor is the name of a regulation type ("perka", "pergub": no "perda?").
            named_type = normalize_type(word) is not None
            replacement = None
            if not (known or listed or named_type) and (standard := _standard_verb(reader,
                                                                                lowered)):
                replacement = standard   # "batalin": "batalkan", searched as written out
            elif (not (known or listed or named_type)
                    and MIN_SUGGESTED_WORD <= len(lowered) <= MAX_SUGGESTED_WORD):
                # A word of the language is corrected only to one a single edit away ("sapai"
                # → "sampai"), not to any two edits away ("menjelang" was "menjalani?").
                in_dictionary = analysis.is_dictionary_word(word)
                acronym = _acronym_typed(word, tokens)
                reach = 1 if in_dictionary or acronym else _plain_word_reach(word)
                replacement = _closest_word(reader, lowered, self.lexicon(), reach)
                if acronym and replacement and not thesaurus.expansions(replacement):
                    replacement = None   # "LKPJ" is no typo of "kpu", nor "NPHD" of "dprd"
                if in_dictionary and replacement and analysis.same_root(lowered, replacement):
                    replacement = None   # "penyebar" is no typo of "menyebar"
                # searched as corrected only when surely a typo: one edit, and neither a word
                # of the language nor a name ("Denpasar" is not "mendasar", two edits away)
                misspelt &= replacement is None or (
                    not in_dictionary and not word[:1].isupper()
                    and _closest_word(reader, lowered, [replacement], 1) is not None)
            if not known and replacement is None and lowered not in unmatched:
                unmatched.append(lowered)
            changed |= replacement is not None
            words.append(replacement or lowered)
        return (" ".join(words) if changed else None), tuple(unmatched), changed and misspelt

    def said_otherwise(self, phrasing: str) -> bool:
        """Whether some article holds ``phrasing`` or one of its other phrasings, the words of
        each in order, as search reads them (a paraphrase with ``PARAPHRASE_SLOP`` more):
        "caleg" is accounted for by UU 7/2017 Pasal 184 ayat (1), "ambang batas parlemen" not
        by the articles that say only "batas"."""
        alternatives = [phrasing.split(), *self._thesaurus().expansions(phrasing)]
        return bool(self.held_phrasings(alternatives, PARAPHRASE_SLOP))

    def lexicon(self) -> list[str]:
        """The words of the article texts as written (alphabetic ones), read once per
        searcher: the candidates of "did you mean". Reading them costs ~0.2 s on the
        37,000-article UU index, where Whoosh's own fuzzy walk of its term dictionary
        (``terms_within``) took a median 1.3 s per misspelt word (bench/suggest.py)."""
        searcher = self._searcher()
        if self._lexicon_cache is None or self._lexicon_cache[0] is not searcher:
            words = (term.decode() if isinstance(term, bytes) else term
                     for term in searcher.reader().lexicon("body_exact"))
            self._lexicon_cache = (searcher, [word for word in words if word.isalpha()])
        return self._lexicon_cache[1]


def _phrase_in_body(text: str) -> tuple[tuple[str, ...], int]:
    """A phrase's terms in the stemmed fields, and the slop that matches it where it stands
    as written: their analyzer drops stopwords but not their positions ("… pekerjaan kepada
    perusahaan lain" indexes kerja at 4 and perusahaan at 6), so "pemilihan gubernur bupati
    dan walikota" needs 2 between bupati and walikota (with 1 it never matched)."""
    terms: list[str] = []
    skipped = widest = 0
    for word, _, _ in analysis.tokenize(text):
        term = analysis.normalize(word)
        if not term:
            skipped += 1
            continue
        if terms:
            widest = max(widest, skipped)
        terms.append(term)
        skipped = 0
    return tuple(terms), 1 + widest


def _replaced_terms(text: str, terms: Sequence[str], replacement: str) -> str:
    """``text`` with the words whose analysed terms are ``terms`` (contiguous but for
    stopwords) replaced by ``replacement``; ``text`` when they are not found."""
    words = [(word, analysis.normalize(word)) for word, _, _ in analysis.tokenize(text)]
    for start in range(len(words)):
        found: list[str] = []
        end = start
        while end < len(words) and len(found) < len(terms):
            term = words[end][1]
            if term and term != terms[len(found)]:
                break
            found += [term] if term else []
            end += 1
        if found == list(terms) and words[start][1]:
            before, after = [w for w, _ in words[:start]], [w for w, _ in words[end:]]
            said = _overlap_dropped([*before, "", *after], len(before), replacement.split())
            return " ".join([*before, *said, *after])
    return text


def _one_term_once(phrasings: dict[tuple[str, ...], Sequence[str]], thesaurus: Thesaurus
                   ) -> dict[tuple[str, ...], Sequence[str]]:
    """``phrasings`` (by their terms, as ``QueryReader.held_phrasings`` gives them) with the forms of one
    abbreviation a regulation defines counted once ("Kartu Tanda Penduduk Elektronik,
    selanjutnya disingkat KTP-el": "e-KTP" has one phrasing in the index written two ways,
    which search scores as one term: ``Thesaurus.defined``). The first of them is kept."""
    kept = dict(phrasings)
    for terms, words in phrasings.items():
        if terms in kept:
            for _, other in thesaurus.defined(" ".join(words)):
                other_terms, _ = _phrase_in_body(other)
                if other_terms != terms:
                    kept.pop(other_terms, None)
    return kept


def _overlap_dropped(tokens: Sequence[str], at: int, phrasing: Sequence[str]) -> list[str]:
    """``phrasing``, which stands for ``tokens[at]``, less the words it shares with the words
    typed right beside it: its last words when the next typed words begin with them ("tilang
    pelanggaran lalu lintas": "bukti" + "pelanggaran lalu lintas", not "bukti pelanggaran
    pelanggaran …"), its first when the words typed before end with them."""
    def same(one: str, other: str) -> bool:
        return one.lower() == other.lower() or analysis.normalize(one) == analysis.normalize(
            other) is not None

    words = list(phrasing)
    after, before = tokens[at + 1:], tokens[:at]
    tail = max((size for size in range(1, len(words)) if len(after) >= size
                and all(same(a, b) for a, b in zip(words[-size:], after[:size]))), default=0)
    words = words[:len(words) - tail]
    head = max((size for size in range(1, len(words)) if len(before) >= size
                and all(same(a, b) for a, b in zip(words[:size], before[-size:]))), default=0)
    return words[head:]
