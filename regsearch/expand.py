"""Query expansion: synonyms and abbreviations of Indonesian legal language. Pure functions.

Two sources, one mechanism:

- ``BASE_SYNONYMS``: a curated list of groups of equivalent phrasings that the analyzer
  cannot conflate (mundur ↔ pengunduran diri; PHK ↔ pemutusan hubungan kerja; the
  institutions everyone abbreviates: KPU, Bawaslu, DPRD, TNI, Polri, OJK, BAPETEN …), and
  ``glossary.GLOSSARY``: 384 more groups of everyday words, abbreviations and loanwords with
  their statutory phrasing (pkwt, outsourcing, pltn, quick count, uji materi …), and
  ``glossary.SENSES``: abbreviations with several senses, each sense a group of its own
  (bpd, pt …; search chooses the sense per query).
- abbreviations each regulation defines in its own text ("Komisi Pemilihan Umum yang
  selanjutnya disingkat KPU adalah …"), harvested at index time by ``harvest_abbreviations``.

(``BASE_RELATED`` holds groups of related, not equivalent, phrasings: kepala daerah, gubernur,
bupati, walikota.)

``expansions`` finds the groups a query touches (comparing analysed terms, so inflected
forms match) and returns the other phrasings, which search adds as weaker alternatives;
``rewritings`` returns the whole query with a phrasing replaced by each of the others (not
for related groups), whose words search rewards where they stand together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from . import analysis
from .glossary import GLOSSARY, SENSES, sense_groups

#: Groups of phrasings with the same legal meaning. Matching is on analysed terms, so one
#: inflection per word is enough ("pengunduran diri" also matches "mengundurkan diri").
BASE_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("mundur", "pengunduran diri", "berhenti"),
    ("pilkada", "pemilihan gubernur bupati dan walikota", "pemilihan kepala daerah"),
    ("pemilu", "pemilihan umum"),
    ("phk", "pemutusan hubungan kerja"),
    ("pns", "pegawai negeri sipil"),
    ("asn", "aparatur sipil negara"),
    ("tni", "tentara nasional indonesia"),
    ("polri", "kepolisian negara republik indonesia"),
    ("kpu", "komisi pemilihan umum"),
    ("bawaslu", "badan pengawas pemilihan umum"),
    ("dpr", "dewan perwakilan rakyat"),
    ("dprd", "dewan perwakilan rakyat daerah"),
    ("dpd", "dewan perwakilan daerah"),
    ("mpr", "majelis permusyawaratan rakyat"),
    ("ojk", "otoritas jasa keuangan"),
    ("bapeten", "badan pengawas tenaga nuklir"),
    ("bumn", "badan usaha milik negara"),
    ("bumd", "badan usaha milik daerah"),
    ("pnbp", "penerimaan negara bukan pajak"),
    ("slik", "sistem layanan informasi keuangan"),
    ("uptd", "unit pelaksana teknis daerah"),
    ("perda", "peraturan daerah"),
    ("perppu", "peraturan pemerintah pengganti undang-undang"),
    ("gaji", "upah"),
    ("karyawan", "pekerja"),
    ("buruh", "pekerja"),
    ("majikan", "pengusaha"),
    ("hukuman", "pidana", "sanksi"),
    ("petahana", "incumbent"),
    ("kedaluwarsa", "daluwarsa", "kadaluarsa"),
)

#: Groups of phrasings that a rule often names together without meaning the same thing (a
#: rule on the kepala daerah binds the Gubernur, the Bupati and the Walikota alike): expanded
#: as synonyms are, but never put in place of the query's words ("syarat calon bupati" is
#: another question than "syarat calon gubernur"; see ``Thesaurus.rewritings``).
BASE_RELATED: tuple[tuple[str, ...], ...] = (
    ("kepala daerah", "gubernur", "bupati", "walikota"),
)

#: "Komisi Pemilihan Umum yang selanjutnya disingkat KPU", and without "yang" ("Kartu Tanda
#: Penduduk Elektronik, selanjutnya disingkat KTP-el": a quarter of the definitions in the UU
#: texts); a short form may join parts with hyphens (KTP-el, PBB-P2, UKL-UPL).
_ABBREVIATION = re.compile(
    r"^(?P<full>[^.;:]{3,160}?)[\s,]*\b(?:yang\s+)?selanjutnya\s+(?:disingkat|disebut)"
    r"(?:\s+dengan)?\s+(?P<short>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\b",
)


def harvest_abbreviations(units: Iterable[str]) -> dict[str, str]:
    """Abbreviations a regulation defines: ``{"kpu": "Komisi Pemilihan Umum", …}``.

    Only short forms written as acronyms (two or more capitals or digits: KPU, DKPP, OJK) are
    taken; "… yang selanjutnya disebut Pemilihan" defines an ordinary word, which expanding
    would only add noise to.
    """
    found: dict[str, str] = {}
    for text in units:
        match = _ABBREVIATION.search(" ".join(text.split()))
        if not match:
            continue
        full = match.group("full").strip(" ,")
        if len(full.split()) <= 12 and sum(c.isupper() for c in match.group("short")) >= 2:
            found.setdefault(match.group("short").lower(), full)
    return found


class Thesaurus:
    """The synonym groups and a catalogue's abbreviations, for many queries.

    An index of every UU defines a few thousand abbreviations; stemming all their words
    would cost a cold query a second. A group is analysed only when one of its words could
    stem to a term of a query (it contains the term's core, see ``may_stem_to``), and then
    remembered."""

    def __init__(self, abbreviations: Mapping[str, Iterable[str]] = {}) -> None:
        self._groups = [*BASE_RELATED, *BASE_SYNONYMS, *GLOSSARY, *sense_groups(),
                        *((short, *fulls) for short, fulls in abbreviations.items())]
        self._related = len(BASE_RELATED)   # the first groups only relate, never rephrase
        # the last groups are the abbreviations the indexed regulations define
        self._defined = len(self._groups) - len(abbreviations)
        self._words = [" ".join(group).lower() for group in self._groups]
        self._analysed: dict[int, list[tuple[str, list[str]]]] = {}
        self._by_core: dict[str, tuple[int, ...]] = {}
        self._senses: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] | None = None

    def senses(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The senses of an abbreviation that stands for several things (``SENSES``: "pt"
        → perseroan terbatas, perguruan tinggi, pengadilan tinggi), each its spellings; ()
        for any other word."""
        if self._senses is None:
            self._senses = {tuple(analysis.analyze(short)): senses for short, senses in SENSES}
        terms = tuple(analysis.analyze(word))
        return self._senses.get(terms, ()) if terms else ()   # (a stopword is none)

    def _members(self, number: int) -> list[tuple[str, list[str]]]:
        if number not in self._analysed:
            self._analysed[number] = [(member, analysis.analyze(member))
                                      for member in self._groups[number]]
        return self._analysed[number]

    def _holding_core(self, core: str) -> tuple[int, ...]:
        """The groups whose words contain ``core`` (``may_stem_to``), remembered: a query
        asks the thesaurus several times about the same terms (expansions, rewritings, the
        phrasings typed, each word's senses)."""
        found = self._by_core.get(core)
        if found is None:
            found = self._by_core[core] = tuple(number for number, words in enumerate(self._words)
                                                if core in words)
        return found

    def _touched(self, terms: list[str]) -> Iterator[tuple[int, list[tuple[str, list[str]]]]]:
        """(number, analysed members) of every group one of whose phrasings ``terms`` holds."""
        numbers: set[int] = set()
        for core in term_cores(set(terms)):
            numbers.update(self._holding_core(core))
        for number in sorted(numbers):
            members = self._members(number)
            if any(_contains(terms, member_terms) for _, member_terms in members
                   if member_terms):
                yield number, members

    def expansions(self, text: str) -> list[list[str]]:
        """Other phrasings of the parts of ``text`` that a group covers: word lists (as
        written, not yet analysed), never the query's own phrasing."""
        terms = analysis.analyze(text)
        alternatives: list[list[str]] = []
        seen = {tuple(terms)}
        for _, members in self._touched(terms):
            for member, member_terms in members:
                if (member_terms and not _contains(terms, member_terms)
                        and tuple(member_terms) not in seen):
                    seen.add(tuple(member_terms))
                    alternatives.append(member.split())
        return alternatives

    def defined(self, text: str) -> list[tuple[str, str]]:
        """(form typed, other form) of each abbreviation an indexed regulation defines that
        ``text`` holds, short or full ("asn" → "Aparatur Sipil Negara", and back): the same
        term written two ways in the same statute ("Aparatur Sipil Negara yang selanjutnya
        disingkat ASN"), not a related word. Only an abbreviation whose every definition
        reads alike: "PT" is a Perseroan Terbatas in one law, a Pengadilan Tinggi in
        another, and neither is the same term as "pt" typed."""
        terms = analysis.analyze(text)
        found: list[tuple[str, str]] = []
        for number, members in self._touched(terms):
            if number < self._defined or len({tuple(t) for _, t in members[1:]}) != 1:
                continue
            (short, short_terms), (full, full_terms) = members[:2]
            if not short_terms or not full_terms:
                continue
            if _contains(terms, short_terms) and not _contains(terms, full_terms):
                found.append((short, full))
            elif _contains(terms, full_terms) and not _contains(terms, short_terms):
                found.append((full, short))
        return found

    def phrased(self, text: str) -> dict[str, str]:
        """The terms of ``text`` inside a phrasing of several words that a group holds, each
        with that phrasing ("count" → "quick count"): such a word is accounted for by its
        phrase, though alone no article has it."""
        terms = analysis.analyze(text)
        return {term: member
                for _, members in self._touched(terms) for member, member_terms in members
                if len(member_terms) > 1 and _contains(terms, member_terms)
                for term in member_terms}

    def phrasings_typed(self, text: str) -> Iterator[tuple[str, list[str], list[str]]]:
        """(phrasing, its terms, the other phrasings as written) for each phrasing of several
        words that ``text`` holds ("pekerja kontrak" → ["pkwt", "buruh kontrak", …,
        "perjanjian kerja waktu tertentu"]); related groups (``BASE_RELATED``) give none."""
        terms = analysis.analyze(text)
        for number, members in self._touched(terms):
            if number < self._related:
                continue
            for phrasing, typed in members:
                if len(typed) > 1 and _contains(terms, typed):
                    yield phrasing, typed, [member for member, other in members
                                            if other and other != typed]

    def rewritings(self, text: str) -> list[tuple[str, ...]]:
        """The whole query said in other words: its analysed terms with a phrasing a synonym
        group covers replaced by each other phrasing of the group ("mundur dari jabatan" →
        ``undur diri jabat``, ``henti jabat``), so that search can reward an article holding
        the paraphrase together ("… harus mengundurkan diri dari jabatannya") as it rewards
        the typed words together. Only for queries of more words than the replaced phrase;
        related groups (``BASE_RELATED``) give none."""
        terms = analysis.analyze(text)
        found: list[tuple[str, ...]] = []
        for number, members in self._touched(terms):
            if number < self._related:
                continue
            if sum(_contains(terms, typed) for _, typed in members if typed) > 1:
                continue   # "pemungutan suara ulang PSU": said both ways already
            for _, typed in members:
                for start in _positions(terms, typed):
                    for _, other in members:
                        rewritten = (*terms[:start], *other, *terms[start + len(typed):])
                        if (other and other != typed and len(rewritten) > len(other)
                                and rewritten not in found):
                            found.append(rewritten)
        return found


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
#: The smallest number typed in digits that is also searched in words: "1"–"9" are printed
#: beside their words in every modern statute ("1 (satu)") and would only add noise.
_FIRST_IN_WORDS = 10


def number_in_words(term: str) -> str | None:
    """A number typed in digits as a statute writes it in words ("14" → "empat belas", "90"
    → "sembilan puluh", "120" → "seratus dua puluh"): older laws give periods only so (UU
    5/1986 Pasal 123: "dalam tenggang waktu empat belas hari"; QA round 11: "banding dlm 14
    hari"). None for other terms, numbers under ``_FIRST_IN_WORDS`` or over 999."""
    if not term.isdigit() or term.startswith("0") or not _FIRST_IN_WORDS <= int(term) <= 999:
        return None
    return _in_words(int(term))


def _in_words(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    said = ["seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"] if hundreds else []
    if tens == 1:
        said.append({0: "sepuluh", 1: "sebelas"}.get(units, f"{_UNITS[units]} belas"))
    else:
        if tens:
            said.append(f"{_UNITS[tens]} puluh")
        if units:
            said.append(_UNITS[units])
    return " ".join(said)


def term_cores(terms: set[str]) -> tuple[str, ...]:
    """What a word must contain to stem to one of ``terms``: the term without its first
    letter (Indonesian prefixes may change it: putus → pemutusan, tulis → menulis)."""
    return tuple(t[1:] if len(t) >= 3 else t for t in terms)


def may_stem_to(word: str, cores: tuple[str, ...]) -> bool:
    """A cheap test before stemming ``word`` (lowercase): uncached stemming costs ~0.2 ms."""
    return any(core in word for core in cores)


def expansions(text: str, abbreviations: Mapping[str, Iterable[str]] = {}
               ) -> list[list[str]]:
    """Other phrasings of the parts of ``text`` that a synonym group or abbreviation covers.

    Returns word lists (as written, not yet analysed), never the query's own phrasing.
    (One-off use; search keeps a ``Thesaurus`` per index.)
    """
    return Thesaurus(abbreviations).expansions(text)


def _contains(sequence: list[str], part: list[str]) -> bool:
    """True when ``part`` occurs contiguously in ``sequence``."""
    return next(_positions(sequence, part), None) is not None


def _positions(sequence: list[str], part: list[str]) -> Iterator[int]:
    """Where ``part`` starts in ``sequence`` (contiguous occurrences)."""
    n = len(part)
    if n:
        yield from (i for i in range(len(sequence) - n + 1) if sequence[i:i + n] == part)


#: Words in a query that ask for a kind of rule ("apa sanksi bagi …", "syarat calon …").
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "syarat": ("syarat", "persyaratan"),
    "sanksi": ("sanksi", "pidana", "dipidana", "denda", "hukuman"),
    "larangan": ("larangan", "dilarang"),
    "kewajiban": ("wajib", "kewajiban", "diwajibkan"),
    "hak": ("hak", "berhak"),
    "kewenangan": ("wewenang", "kewenangan", "berwenang"),
    "definisi": ("definisi", "pengertian", "arti", "dimaksud"),
}


def query_vocabulary() -> list[str]:
    """The words queries analyse whatever the corpus holds: the synonym groups', the
    glossary's and the kind words. An index build stems them too, so that its stem table
    (``stemtable``) spares a query Sastrawi even for those the corpus lacks ("mundur")."""
    return [word for phrasings in (*BASE_RELATED, *BASE_SYNONYMS, *GLOSSARY, *sense_groups(),
                                   *_KIND_WORDS.values())
            for phrasing in phrasings for word in phrasing.split()]


def query_kinds(text: str) -> tuple[str, ...]:
    """The rule kinds a query asks about, judged by its words (compared as analysed terms)."""
    return tuple(dict.fromkeys(kind_terms(text).values()))


def kind_terms(text: str) -> dict[str, str]:
    """Each term of the query that asks for a kind of rule, with that kind ("sanksi pidana
    upah": {"sanksi": "sanksi", "pidana": "sanksi"}), in the order of ``_KIND_WORDS``; a
    question asking what something is ("apa itu mogok kerja", "mogok kerja itu apa") asks
    for a definition in function words only, and is keyed "apa itu". A sanction word after
    "pernah" or "sedang" states someone's record, not a sanction asked for ("syarat calon
    … tidak pernah dipidana": the candidate never convicted, a requirement)."""
    terms = set(analysis.analyze(text)) - _records(text)
    found = {term: kind for kind, words in _KIND_WORDS.items()
             for term in (analysis.normalize(w) for w in words) if term in terms}
    if _WHAT_IS.search(text) and "definisi" not in found.values():
        found["apa itu"] = "definisi"
    return found


def answers_asked(text: str) -> frozenset[str]:
    """What a question asks the answer to state: "waktu", a time limit or a period ("kapan",
    "berapa lama", "berapa hari", "jangka waktu", "batas waktu"), or "jumlah", an amount
    ("berapa" of anything else: "berapa denda …"); empty for other queries."""
    if _TIME_ASKED.search(text):
        return frozenset({"waktu"})
    return frozenset({"jumlah"}) if _AMOUNT_ASKED.search(text) else frozenset()


_TIME_ASKED = re.compile(
    r"\b(?:kapan|berapa\s+(?:lama|hari|minggu|bulan|tahun|jam)|(?:jangka|batas|tenggang)\s+"
    r"waktu|tenggat|paling\s+lambat)\b", re.IGNORECASE)
_AMOUNT_ASKED = re.compile(r"\b(?:berapa|brp)\b", re.IGNORECASE)


#: Words after which a sanction word says what befell someone ("pernah dipidana", "sedang
#: menjalani pidana" is not caught: only the word right after).
_RECORD_WORDS = frozenset({"pernah", "sedang"})


def _records(text: str) -> set[str]:
    """The sanction terms of ``text`` that only state a record ("pernah dipidana"), unless
    the query also uses them otherwise ("sanksi pidana … pernah dipidana")."""
    words = [word for word, _, _ in analysis.tokenize(text)]
    sanction = {analysis.normalize(word) for word in _KIND_WORDS["sanksi"]}
    recorded: set[str] = set()
    other: set[str] = set()
    for before, word in zip(["", *words], words):
        term = analysis.normalize(word)
        if term is not None and term in sanction:   # (a stopword is no sanction term)
            (recorded if before.lower() in _RECORD_WORDS else other).add(term)
    return recorded - other


#: "apa itu X", "apakah X itu?", "X itu apa": what is X.
_WHAT_IS = re.compile(r"^\s*apa(?:kah)?\s+itu\b|\bitu\s+apa(?:kah)?\s*\??\s*$|"
                      r"^\s*apakah\s+\w[\w\s/-]*?\s+itu\s*\??\s*$", re.IGNORECASE)
