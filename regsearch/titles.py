"""Regulations named by their subject, as people write them: "UU Ketenagakerjaan Pasal 156",
"pesangon menurut UU Ketenagakerjaan", "UU Pemilu" (through the abbreviation), "Perpres
Pertanggungjawaban Kerugian Nuklir". A name is the type followed by the whole subject of a
title ("Undang-Undang … tentang Ketenagakerjaan"); ``read_titles`` writes each such name as
the number it stands for, so the rest of regsearch reads a citation or a filter. Pure
functions, stdlib only; the index supplies the titles it holds (``search``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .glossary import GLOSSARY, SENSES, sense_groups
from .legal import (MULTI_ISSUER_TYPES, PROVINCES, REGULATION_PATTERN, TYPE_ALTERNATION,
                    issuer_name, issuer_of_type_word, issuer_short_form, normalize_type,
                    parse_regulation_ref, regulation_ref, without_type_name)
from .models import RegulationRef

#: "… tentang Perubahan (Kedua) atas <regulation> tentang X": an amendment; X names the
#: regulation it amends. "… tentang Penetapan <Perppu> tentang X menjadi Undang-Undang": X
#: names both the act and the Perppu it enacts.
_AMENDMENT = re.compile(r"^perubahan\b[^,]*?\batas\b", re.IGNORECASE)
_ENACTMENT = re.compile(r"^penetapan\b", re.IGNORECASE)
#: Title words naming another regulation: "tentang Perubahan atas …", "tentang Pencabutan …".
_NAMES_ANOTHER = re.compile(r"tentang\s+(?:perubahan|penetapan|pencabutan)\b", re.IGNORECASE)
_INTO_LAW = re.compile(r"\s+menjadi\s+undang[\s-]*undang\s*$", re.IGNORECASE)
_TENTANG = re.compile(r"\btentang\b", re.IGNORECASE)
#: A year written after a name: "UU Penerbangan 1992", "… Tahun 1992", "…, th. 1992".
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:(?:tahun|th|thn)\.?\s*)?(?P<year>(?:1[89]|20)\d\d)\b",
                         re.IGNORECASE)
#: "KUHP baru", "UU Desa yang baru": the name as it stands now (the one it means alone);
#: "KUHP lama": an older law of that name (the Wetboek van Strafrecht), never the newest.
_AGE_AFTER = re.compile(r"\s+(?:yang\s+)?(?P<age>baru|lama)\b", re.IGNORECASE)
#: An amendment named after a name already: "UU Pilkada sebagaimana diubah dengan UU 10/2016",
#: "UU Pilkada jo. UU 8/2015 jo. UU 10/2016" (the chain read as the number's is).
_AMENDED_AFTER = re.compile(r"\s*(?:(?:yang\s+|sebagaimana\s+)?(?:telah\s+)?diubah\b"
                            r"|,?\s*(?:jo\b|juncto\b))", re.IGNORECASE)
#: A title right after a regulation's number: "UU 13/2003 tentang …", "UU 13/2003, tentang …".
_TITLE_AFTER = re.compile(r"\s*,?\s*tentang\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
#: A type written where a name may follow: "UU", "Undang-Undang", "Perpres" (not "UU 13/2003").
_TYPE_WORD = re.compile(rf"\b(?P<type>{TYPE_ALTERNATION})\b(?:\s+tentang\b)?", re.IGNORECASE)
#: Words that end an issuer typed after a type ("Pergub Bali tentang …", "Pergub Bali pasal 3").
_NOT_ISSUER = frozenset({"tentang", "pasal", "nomor", "no", "tahun", "ayat", "huruf", "dan",
                         "atau", "yang", "di", "ke", "dari", "untuk", "sebagaimana"})
#: How many issuers a note on an issuer not held names (``TitleCatalogue.unheld_issuers``).
_ISSUERS_LISTED = 8
#: The most words a name may take in a query (the longest subjects run to ~25 words).
_LONGEST_NAME = 40
#: The longest short name read (``abbreviates``): "Minerba", "Pemda", "KUHAP".
_LONGEST_ABBREVIATION = 8


@dataclass(frozen=True)
class TitledRegulation:
    """A regulation as the index knows it, for naming: its title and standing."""

    ref: RegulationRef
    title: str
    revoked: bool = False
    #: The regulation its Pasal I amends, when it is an amendment.
    amends: RegulationRef | None = None
    #: The laws an omnibus amends from its own articles (UU 11/2020: UU 13/2003, …).
    also_amends: tuple[RegulationRef, ...] = ()
    #: The names it gives itself ("KUHP": ``declared_names``).
    names: tuple[str, ...] = ()


#: A regulation naming itself, a whole ayat: "Undang-Undang ini dapat disebut dengan KUHP."
#: (UU 1/2023 Pasal 623), "Undang-undang ini disebut Kitab Undang-undang Hukum Acara Pidana."
#: (UU 8/1981 Pasal 285), "Undang-undang ini dapat disebut "Undang-undang Pos" dan mulai
#: berlaku …" (as ~110 laws of 1950–2000 end).
_SELF_NAMED = re.compile(
    rf"(?:{TYPE_ALTERNATION})\s+ini\s+(?:dapat\s+)?disebut(?:\s+dengan)?\s+(?:sebagai\s+)?"
    r"(?P<name>[^.;]{2,160}?)[\s\"”]*(?:,?\s*dan\s+(?:mulai\s+)?berlaku\b.*)?[.;]?",
    re.IGNORECASE | re.S)
#: The most names a regulation is taken to give itself.
_DECLARED = 3


def declared_names(texts: Iterable[str]) -> list[str]:
    """The names a regulation gives itself in an ayat of its own ("Undang-Undang ini dapat
    disebut dengan KUHP."), that a name may be: an acronym ("KUHP"), or words naming a
    regulation ("Kitab Undang-undang Hukum Acara Pidana", "Undang-undang Pos"). Other words
    so said ("… disebut Standar Nasional yang ditetapkan …") are none."""
    found: list[str] = []
    for text in texts:
        said = _self_naming_sentence(" ".join(text.split()))
        name = re.sub(r"[\"“”]", "", said.group("name")).strip(" ,:'") if said else ""
        acronym = re.fullmatch(r"[A-Z][A-Za-z]{1,11}", name) and sum(
            c.isupper() for c in name) >= 2
        if name and (acronym or _a_laws_name(name)) and name not in found:
            found.append(name)
    return found[:_DECLARED]


def _self_naming_sentence(text: str) -> re.Match[str] | None:
    """The ayat's self-naming sentence: the whole ayat, or its last sentences where an old
    law's closing Diktum was printed into the article before it ("… diatur lebih lanjut
    dengan Peraturan Pemerintah. KELIMA. Undang-undang ini dapat disebut Undang-undang Pokok
    Agraria dan mulai berlaku …", UU 5/1960)."""
    starts = [0, *(m.end() for m in _SENTENCE_START.finditer(text))]
    return next((said for start in starts if (said := _SELF_NAMED.fullmatch(text, start))),
                None)


#: Where a sentence of an ayat starts: after a full stop, at a capital letter.
_SENTENCE_START = re.compile(r"[.;]\s+(?=[A-Z])")


def _a_laws_name(words: str) -> bool:
    """Whether ``words`` are a law's name: its type written out first, or after "Kitab" (a
    code: "Kitab Undang-undang Hukum Acara Pidana"; "Undang-undang Pos"), with no clause ("…
    disebut Standar Nasional yang ditetapkan dengan Peraturan Pemerintah" says what a thing
    is called). A draft ("rancangan undang-undang") is none."""
    code = re.match(r"\s*(?:kitab\s+)?", words, re.IGNORECASE)
    typed = _TYPE_WORD.match(words, code.end() if code else 0)
    return bool(typed and _names_a_law(typed.group()) and not re.search(r"\byang\b", words,
                                                                        re.IGNORECASE))


def issuer_in_title(issuer: str, title: str) -> bool:
    """Whether the issuer a citation names is the one a title prints between its type and its
    number, whole: each word typed is a word of the name, or the beginnings of consecutive
    words run together ("Jabar" = Jawa Barat, "NTB" = Nusa Tenggara Barat, "BAPETEN" = Badan
    Pengawas Tenaga Nuklir), or a short form people use for it ("Dagri" = Dalam Negeri), and
    together they spell every word of the name. Words that tell the level of government or
    the country ("Provinsi", "Kabupaten", "Kota", "Daerah Khusus Ibukota", "Republik
    Indonesia") may be left out, but when typed must be the title's (a Bupati's is a
    Kabupaten's). A part of a name is none: "Bal" is not Bali, "Jawa" not Jawa Tengah."""
    typed = tuple(_typed_issuer_words(issuer))
    held = _held_issuer_words(title)
    if not typed or all(optional for _, optional in held):
        return False
    status = _status_words(held)
    # a special status names one province: "DKI" is Jakarta, "Daerah Istimewa" Yogyakarta
    return _spells(typed, tuple(held)) or bool(status) and _spells(
        typed, tuple((word, at not in status) for at, (word, _) in enumerate(held)))


def issuer_written_out(issuer: str) -> str:
    """The province an issuer typed in short names, written out for a message ("Jabar":
    Jawa Barat, "NTB": Nusa Tenggara Barat, "DKI": DKI Jakarta, as citations write it), read
    as ``issuer_in_title`` reads it; ``issuer`` as typed when it names no province, or
    several."""
    named = [province for province in PROVINCES
             if issuer_in_title(issuer, f"Peraturan Gubernur {province}")]
    return issuer_name("PERGUB", named[0]) if len(named) == 1 else issuer


def issuer_part_of_title(issuer: str, title: str) -> bool:
    """Whether each word of the issuer typed is a word of the title's issuer, or the
    beginning of one or of consecutive ones run together ("Jawa" of Jawa Tengah, "Bal" of
    Bali): the held issuers a mistyped one may mean, to suggest, never to answer."""
    typed = _typed_issuer_words(issuer)
    held = [word for word, _ in _held_issuer_words(title)]
    return bool(typed) and all(_begins_words(word, held) for word in typed)


#: The level of government an office in a title implies ("Peraturan Bupati Semarang" is
#: Kabupaten Semarang's, "Peraturan Wali Kota Semarang" Kota Semarang's).
_LEVEL_OF_OFFICE = {"gubernur": "provinsi", "bupati": "kabupaten", "walikota": "kota",
                    "wali kota": "kota"}
#: Words of an issuer's name that may be left out: its level of government, the country,
#: a province's special status ("Daerah Khusus Ibukota Jakarta" is Jakarta).
_OPTIONAL_ISSUER_WORDS = frozenset({"provinsi", "kabupaten", "kota", "republik", "indonesia"})
_STATUS_PHRASES = (("daerah", "khusus", "ibukota"), ("daerah", "khusus", "ibu", "kota"),
                   ("daerah", "istimewa"), ("daerah", "khusus"))
#: Words typed with an issuer that are no part of its name: the office the type names
#: ("Pergub Gubernur Bali"), the country.
_OFFICE_WORDS = frozenset({"gubernur", "bupati", "walikota", "wali", "menteri", "kepala",
                           "republik", "indonesia", "ri"})
#: Short forms of the level typed ("Kab. Semarang", "Prov. Bali").
_LEVEL_SHORT = {"kab": "kabupaten", "prov": "provinsi", "pemprov": "provinsi",
                "pemkab": "kabupaten", "pemkot": "kota"}


def _typed_issuer_words(issuer: str) -> list[str]:
    """The words of an issuer typed, lower case, its short forms written out ("Kab." →
    kabupaten, "Dagri" → dalam negeri), without office words and "dan"."""
    words = []
    for word in _WORD.findall(issuer.lower()):
        word = _LEVEL_SHORT.get(word, word)
        if word in _OFFICE_WORDS or word in _JOINING:
            continue
        words += _WORD.findall(issuer_short_form(word).lower()) or [word]
    return [word for word in words if word not in _JOINING]


def _held_issuer_words(title: str) -> list[tuple[str, bool]]:
    """The issuer a title prints between its type and its number (or an issuer's name
    alone), as (word, may be left out): the level its office implies first ("Peraturan
    Bupati Semarang": kabupaten, semarang)."""
    head = " ".join(re.split(r"\b(?:nomor|no|tentang)\b", title, maxsplit=1,
                             flags=re.IGNORECASE)[0].split())
    lowered = " ".join(_WORD.findall(head.lower()))
    levels = [level for office, level in _LEVEL_OF_OFFICE.items()
              if re.search(rf"\b{office}\b", lowered)]
    words = [w.lower() for w in _WORD.findall(without_type_name(head))]
    optional = [word in _OPTIONAL_ISSUER_WORDS or word in _OFFICE_WORDS for word in words]
    held = [(level, True) for level in dict.fromkeys(levels) if level not in words]
    held += list(zip(words, optional))
    status = _status_words(held) | _archipelago_word(held)
    return [(word, optional or at in status) for at, (word, optional) in enumerate(held)]


#: "Kepulauan" may be left out of a name it begins ("Bangka Belitung" is Kepulauan Bangka
#: Belitung, "Mentawai" Kepulauan Mentawai), unless what is left is a region's name of its
#: own: Riau is a province beside Kepulauan Riau.
_ARCHIPELAGO = "kepulauan"
_NAMED_APART = frozenset({("riau",)})


def _archipelago_word(held: list[tuple[str, bool]]) -> set[int]:
    """The position of the "Kepulauan" a held issuer's name may go without (``_ARCHIPELAGO``)."""
    named = [(at, word) for at, (word, optional) in enumerate(held) if not optional]
    if len(named) < 2 or named[0][1] != _ARCHIPELAGO:
        return set()
    return set() if tuple(word for _, word in named[1:]) in _NAMED_APART else {named[0][0]}


def _status_words(held: list[tuple[str, bool]]) -> set[int]:
    """The positions of the words of a province's special status in a held issuer
    ("daerah khusus ibukota" of Jakarta's)."""
    words = [word for word, _ in held]
    found: set[int] = set()
    for phrase in _STATUS_PHRASES:
        for start in range(len(words) - len(phrase) + 1):
            if tuple(words[start:start + len(phrase)]) == phrase:
                found.update(range(start, start + len(phrase)))
    return found


def _spells(typed: tuple[str, ...], held: tuple[tuple[str, bool], ...]) -> bool:
    """Whether the words typed spell the held name whole, in order (see ``issuer_in_title``)."""

    @functools.cache
    def from_(t: int, h: int) -> bool:
        if h < len(held) and (held[h][1] or held[h][0] in _JOINING) and from_(t, h + 1):
            return True   # a word that may be left out, left out
        if t == len(typed) or h == len(held):
            return t == len(typed) and h == len(held)
        if typed[t] == held[h][0] and from_(t + 1, h + 1):
            return True
        return any(from_(t + 1, end) for end in _abbreviation_ends(typed[t], held, h))

    return from_(0, 0)


def _abbreviation_ends(word: str, held: tuple[tuple[str, bool], ...], start: int) -> list[int]:
    """Where the held words that ``word`` abbreviates from ``start`` end: the beginnings of
    two or more consecutive words run together ("jabar": jawa barat; "bpom": badan pengawas
    obat [dan] makanan, a joining word skipped), either each word's initial ("ntb", "dki")
    or ending in a syllable of the last word ("jateng", "kaltim", "sumut", "kepri"): "jab"
    is a cut-off "jabar", not Jawa Barat."""
    ends = []

    def spans(rest: str, position: int, sizes: tuple[int, ...]) -> None:
        if not rest:
            if len(sizes) >= 2 and (sizes[-1] >= 2 or max(sizes) == 1):
                ends.append(position)
            return
        if position >= len(held):
            return
        candidate = held[position][0]
        if candidate in _JOINING:
            spans(rest, position + 1, sizes)
            return
        for size in range(min(len(candidate), len(rest)), 0, -1):
            if rest.startswith(candidate[:size]):
                spans(rest[size:], position + 1, sizes + (size,))

    spans(word, start, ())
    return ends


#: Words an abbreviation skips ("BPOM": Badan Pengawas Obat dan Makanan).
_JOINING = frozenset({"dan", "serta", "atau"})


def _begins_words(word: str, title_words: list[str]) -> bool:
    """``word`` is a title word, or begins one, or prefixes of consecutive title words run
    together."""
    if word in title_words:
        return True
    title_words = [w for w in title_words if w not in _JOINING]

    def spans(rest: str, position: int) -> bool:
        if not rest:
            return True
        if position >= len(title_words):
            return False
        candidate = title_words[position]
        return any(rest.startswith(candidate[:size]) and spans(rest[size:], position + 1)
                   for size in range(min(len(candidate), len(rest)), 0, -1))

    return any(spans(word, start) for start in range(len(title_words))
               if title_words[start][:1] == word[:1])


def names_a_type(text: str) -> bool:
    """True when ``text`` may name a regulation by its title: a type written without a
    number after it ("UU Ketenagakerjaan"), or a number followed by "tentang" (its title)."""
    numbered = [m.span() for m in REGULATION_PATTERN.finditer(text)]
    return (any(_TITLE_AFTER.match(text, end) for _, end in numbered)
            or any(not any(a <= m.start() < b for a, b in numbered)
                   for m in _TYPE_WORD.finditer(text)))


#: A short name glued to "UU": "UUPK", "uuite" (never "UUD", the Constitution).
_GLUED_UU = re.compile(r"\buu(?!d\b)(?P<name>[a-z][a-z0-9]{1,5})\b", re.IGNORECASE)
#: Where a name typed before a Pasal ends: "UU Perbankan Pasal 5".
_NAME_END = re.compile(r"\s*\b(?:pasal|psl|ps|ayat|huruf|hrf|angka)\b|\s*$", re.IGNORECASE)


#: Words that say what a question asks of a law, never a word of the name it is given: the
#: question words, the particles of time and aspect, the verbs of a law's life. A name typed
#: with no title held for it ends before them ("uu tipikor" in "pasal 5 uu tipikor dicabut
#: kuhp", "pasal 2 uu tipikor masih berlaku setelah kuhp"). Titles are nominal ("Pencabutan",
#: "Perubahan"): of ~1,500 UU titles only some of the 1950s hold one of these.
_NOT_OF_A_NAME = frozenset("""
    apa apakah siapa bagaimana gimana berapa kapan mengapa kenapa mana
    masih sudah telah belum pernah setelah sesudah sebelum sejak kini sekarang lagi
    berlaku diberlakukan memberlakukan mulai dicabut mencabut diubah mengubah diganti
    mengganti menggantikan dihapus menghapus dibatalkan membatalkan menurut
    yang itu ini tersebut tidak bukan saja aja gak ga nggak
""".split())


def unread_name(text: str) -> str | None:
    """The first type written without a number, with the words after it up to a Pasal
    ("UU Perbankan" in "UU Perbankan Pasal 5") or a word no name holds (``_NOT_OF_A_NAME``):
    a name ``read`` found no title for."""
    numbered = [m.span() for m in REGULATION_PATTERN.finditer(text)]
    for match in _TYPE_WORD.finditer(text):
        if not any(a <= match.start() < b for a, b in numbered):
            end = _NAME_END.search(text, match.end())
            assert end is not None   # (it matches the end of the text)
            stop = next((w.start() for w in _WORD.finditer(text, match.end(), end.start())
                         if w.group().lower() in _NOT_OF_A_NAME), end.start())
            # the type alone is no name: "uu yang mengatur pemilu" is said whole
            stop = end.start() if not text[match.end():stop].strip() else stop
            return " ".join(text[match.start():stop].split())
    return None


def named_type(name: str) -> str | None:
    """The type code a name opens with ("Peraturan Gubernur Kelas Jabatan": PERGUB), or None."""
    typed = _TYPE_WORD.match(name.strip())
    return normalize_type(typed.group("type")) if typed else None


def subject_names(ref: RegulationRef, title: str) -> list[tuple[RegulationRef, str]]:
    """The (regulation, subject) pairs a title gives: "UU 13/2003 … tentang Ketenagakerjaan"
    names UU 13/2003 "Ketenagakerjaan"; "Penetapan Perppu 1/2014 tentang X menjadi
    Undang-Undang" names the act and the Perppu X; an amendment (or an act enacting an
    amending Perppu) names what the title of the regulation it amends names (which the index
    may hold only through it)."""
    found = _TENTANG.search(title)
    if not found:
        return []
    subject = _INTO_LAW.sub("", title[found.end():].strip())
    amended = _AMENDMENT.match(subject)
    if not (amended or _ENACTMENT.match(subject)):
        return [(ref, subject)]
    inner = _TENTANG.search(subject)
    named = parse_regulation_ref(subject[:inner.start()]) if inner else None
    if named is None:
        return []
    names = subject_names(named, subject)
    if amended or not names or names[0][0] != named:
        return names   # an act enacting a Perppu that amends a law amends it too
    return [(ref, names[0][1]), *names]


def _key(text: str) -> str:
    """A subject as compared: its letters and digits, lower case, without spaces or
    punctuation ("Wali Kota" = "Walikota", "Perundang-undangan" = "Perundang undangan")."""
    return "".join(_WORD.findall(text.lower()))


class TitleCatalogue:
    """The names of the regulations an index holds, by type and subject."""

    def __init__(self, regulations: Iterable[TitledRegulation]) -> None:
        regulations = list(regulations)
        #: Each type's regulations, for a name by issuer ("Pergub Bali").
        self._of_type: dict[str, list[TitledRegulation]] = {}
        for regulation in regulations:
            self._of_type.setdefault(regulation.ref.type, []).append(regulation)
        by_name: dict[tuple[str, str], dict[RegulationRef, bool]] = {}
        #: Each type's subjects as a title writes them, by key (what a short name shortens).
        self._subject_texts: dict[str, dict[str, str]] = {}
        for regulation in regulations:
            for ref, subject in subject_names(regulation.ref, regulation.title):
                key = _key(subject)
                if key:
                    self._subject_texts.setdefault(ref.type, {}).setdefault(key, subject)
                    refs = by_name.setdefault((ref.type, key), {})
                    refs[ref] = refs.get(ref, False) or (regulation.revoked and ref == regulation.ref)
        bare = self._names_given(regulations, by_name)
        #: (type, subject key) → regulations so named, the one a name means first: in force
        #: before revoked, then newest.
        self._named: dict[tuple[str, str], tuple[RegulationRef, ...]] = {
            name: tuple(sorted(refs, key=lambda r: (not refs[r], *_order(r)), reverse=True))
            for name, refs in by_name.items()}
        #: Each regulation's title, whole.
        self._titles: dict[RegulationRef, str] = {r.ref: r.title for r in regulations}
        #: Each regulation's own title, after "tentang" (an amendment's too).
        self._own: dict[RegulationRef, str] = {}
        for regulation in regulations:
            own = _TENTANG.search(regulation.title)
            if own:
                self._own[regulation.ref] = _key(regulation.title[own.end():])
        #: (type, subject key) → every regulation whose own title gives the name, amendments
        #: included ("UU Pilkada 2016": UU 10/2016 amends the law so named).
        self._carriers: dict[tuple[str, str], set[RegulationRef]] = {}
        #: The newest amendment in the index of each regulation amended.
        self._latest_amendment: dict[RegulationRef, RegulationRef] = {}
        for regulation in regulations:
            for ref, subject in subject_names(regulation.ref, regulation.title):
                if ref.type == regulation.ref.type:
                    self._carriers.setdefault((ref.type, _key(subject)), set()).add(regulation.ref)
            for base in filter(None, (regulation.amends, *regulation.also_amends)):
                newest = self._latest_amendment.get(base)
                if newest is None or _order(regulation.ref) > _order(newest):
                    self._latest_amendment[base] = regulation.ref
        #: The words of each title's subjects, less the regions named (``_about``).
        self._subject_words = tuple(dict.fromkeys(_subject_words(r.title) for r in regulations))
        #: The subjects of each type, sorted: what a query's words may begin.
        self._subjects_by_type: dict[str, list[str]] = {}
        for type_code, key in sorted(self._named):
            self._subjects_by_type.setdefault(type_code, []).append(key)
        #: A name typed without its type, by key ("kuhp", "kitabundangundanghukumpidana"):
        #: the (type, subject key) of ``_named`` it names, when it names one only.
        self._bare: dict[str, tuple[str, str]] = {
            key: next(iter(names)) for key, names in bare.items()
            if len(names) == 1 and next(iter(names)) in self._named}

    def _names_given(self, regulations: list[TitledRegulation],
                     by_name: dict[tuple[str, str], dict[RegulationRef, bool]]
                     ) -> dict[str, set[tuple[str, str]]]:
        """The names a regulation goes by without its type, by key, each with the (type,
        subject key) it names: a subject that is itself a regulation's name ("Kitab
        Undang-Undang Hukum Pidana", and its initials "KUHP"), and the names a regulation
        gives itself (``TitledRegulation.names``: "KUHP"; "Kitab Undang-undang Hukum Acara
        Pidana", KUHAP, of UU 8/1981 "tentang Hukum Acara Pidana"). A name it gives itself
        after its type ("Undang-undang Pos") is added to ``by_name`` as a subject."""
        bare: dict[str, set[tuple[str, str]]] = {}
        for regulation in regulations:
            subjects = subject_names(regulation.ref, regulation.title)
            for ref, subject in subjects:
                if _a_laws_name(subject):   # "Kitab Undang-Undang Hukum Pidana"
                    for key in _bare_keys(subject):
                        bare.setdefault(key, set()).add((ref.type, _key(subject)))
            own = next((_key(s) for r, s in subjects if r == regulation.ref), "")
            for name in regulation.names:
                typed = _TYPE_WORD.match(name)
                if typed is None:   # "KUHP": the regulation's own subject, by another name
                    for key in _bare_keys(name) if own else ():
                        bare.setdefault(key, set()).add((regulation.ref.type, own))
                    continue
                alias = _TENTANG.sub("", name[typed.end():], count=1).strip()
                if normalize_type(typed.group("type")) == regulation.ref.type and _key(alias):
                    self._subject_texts.setdefault(regulation.ref.type, {}).setdefault(
                        _key(alias), alias)
                    refs = by_name.setdefault((regulation.ref.type, _key(alias)), {})
                    refs[regulation.ref] = refs.get(regulation.ref, False) or regulation.revoked
        return bare

    def bare_named(self, text: str) -> bool:
        """Whether ``text`` names a regulation held without its type ("Pasal 603 KUHP")."""
        return bool(self._bare) and self._bare_read(text, None, False) != text

    def unheld_code(self, text: str, phrasings: Callable[[str], Sequence[Sequence[str]]]
                    ) -> str | None:
        """The first word of ``text`` (not after a type), or two words, that other phrasings
        write out as a regulation's name ("KUHPerdata": kitab undang-undang hukum perdata;
        "UUD 1945"), as typed: a regulation named that the index does not hold (``read``
        wrote those it holds as their number). None when no words are."""
        def named(words: str) -> bool:
            return any(_a_laws_name(" ".join(p)) for p in phrasings(words))

        numbered = [m.span() for m in REGULATION_PATTERN.finditer(text)]
        words = list(_WORD.finditer(text))
        for at, word in enumerate(words):
            if word.group().isdigit() or any(a <= word.start() < b for a, b in numbered) \
                    or _TYPE_WORD.fullmatch(word.group()) or _AFTER_TYPE.search(
                        text, max(0, word.start() - 60), word.start()):
                continue
            if self._bare_at(text, words, at, numbered):
                # a name the index holds ("dicabut kuhp", a word of the question: ``read``
                # left it there) is no code the index lacks
                continue
            if named(word.group()):   # "KUHPerdata"
                return word.group()
            pair = words[at + 1] if at + 1 < len(words) else None
            # "UUD 1945", "KUH Perdata": the two together, not the second alone
            if pair and named(text[word.start():pair.end()]) and not named(pair.group()):
                return text[word.start():pair.end()]
        return None

    def _bare_read(self, text: str, year: int | None, in_force: bool) -> str:
        """``text`` with each name of ``_bare`` written as the number it stands for, as
        ``read`` writes a name after its type ("Pasal 603 KUHP" → "Pasal 603 UU 1/2023");
        one right after a type or "tentang" is left to ``read`` ("UU KUHP")."""
        words = list(_WORD.finditer(text))
        numbered = [m.span() for m in REGULATION_PATTERN.finditer(text)]
        pieces, start, at = [], 0, 0
        while at < len(words):
            found = self._bare_at(text, words, at, numbered)
            end = words[at + found[0] - 1].end() if found else 0
            if found and not _bare_name_cites(text, words[at].start(), end):
                found = None
            chosen = self._chosen(text, end, found[1], year, in_force) if found else None
            if chosen is None:
                at += 1
                continue
            pieces += [text[start:words[at].start()], chosen[1]]
            start = chosen[0]
            while at < len(words) and words[at].start() < start:
                at += 1
        return "".join(pieces) + text[start:]

    def _bare_at(self, text: str, words: list[re.Match[str]], at: int,
                 numbered: list[tuple[int, int]]) -> tuple[int, tuple[str, str]] | None:
        """How many words from ``at`` spell a name of ``_bare`` (the most), and what it
        names; None when none does, or the words follow a type or "tentang"."""
        first = words[at].start()
        if any(a <= first < b for a, b in numbered) or _AFTER_TYPE.search(
                text, max(0, first - 60), first):
            return None
        key = ""
        spelled = None
        for count, word in enumerate(words[at:at + _LONGEST_BARE], start=1):
            if count > 1 and not _BARE_GAP.fullmatch(text, words[at + count - 2].end(),
                                                     word.start()):
                break
            key += word.group().lower()
            if key in self._bare:
                spelled = (count, self._bare[key])
        return spelled

    def read(self, text: str, phrasings: Callable[[str], Sequence[Sequence[str]]] = lambda w: (),
             year: int | None = None, in_force: bool = True) -> str:
        """``text`` with each regulation named by type and subject written as its number
        ("UU Ketenagakerjaan Pasal 156" → "UU 13/2003 Pasal 156") and a regulation's own title
        after its number left out ("UU 13/2003 tentang Ketenagakerjaan pesangon" → "UU 13/2003
        pesangon": the words to search are those after the title).

        ``phrasings(word)`` gives other phrasings of a word (abbreviations: "pemilu" →
        "pemilihan umum"). A name is the whole subject, the longest that fits. A year after
        it ("UU Penerbangan 1992", "… tahun 1992"), or else ``year``, picks the regulation
        of that name from that year, an amendment of it included; without one the name
        means the one in force and newest, and (``in_force``) as its newest amendment in the
        index left it ("UU Pilkada" → "UU 1/2015 sebagaimana diubah dengan UU 10/2016": the
        text in force, as a lawyer means by the name). A type followed by words no title
        holds, or by a year no regulation of that name has, is left as it is.
        """
        text = self._bare_read(text, year, in_force) if self._bare else text
        numbered = list(REGULATION_PATTERN.finditer(text))
        pieces, start = [], 0
        for match in sorted([*numbered, *_TYPE_WORD.finditer(text)], key=lambda m: m.start()):
            if match.start() < start:
                continue
            if match.re is REGULATION_PATTERN:
                title_end = self._own_title_end(text, match, phrasings)
                if title_end is not None:
                    pieces.append(text[start:match.end()])
                    start = title_end
                continue
            if any(n.start() <= match.start() < n.end() for n in numbered):
                continue
            code = normalize_type(match.group("type"))
            found = (self._name_after(text, match.end(), code, phrasings, match.group("type"))
                     if code else None)
            chosen = self._chosen(text, *found, year, in_force) if found else None
            if chosen is None and code in MULTI_ISSUER_TYPES:   # "Pergub Bali", "Permenaker"
                chosen = self._of_issuer(text, match.end(), code, year,
                                         issuer_of_type_word(match.group("type")))
            if chosen is not None:
                pieces += [text[start:match.start()], chosen[1]]
                start = chosen[0]
        pieces.append(text[start:])
        return "".join(pieces)

    def _chosen(self, text: str, end: int, key: tuple[str, str], year: int | None,
                in_force: bool) -> tuple[int, str] | None:
        """Where the name (with a year typed after it) ends, and the regulation it means,
        as written in its place; None when a year typed after it matches none."""
        typed = _YEAR_AFTER.match(text, end)
        aged = None if typed else _AGE_AFTER.match(text, end)
        if aged and aged.group("age").lower() == "lama":   # "KUHP lama": not the newest
            older = self._named[key][1:]
            return (aged.end(), older[0].short) if older else None
        end = aged.end() if aged else end   # "KUHP baru": the newest, as the name alone
        wanted = int(typed.group("year")) if typed else year
        if wanted is not None:
            of_year = sorted((r for r in {*self._named[key], *self._carriers.get(key, ())}
                              if r.year == wanted), key=_order, reverse=True)
            if of_year:
                return (typed.end() if typed else end), of_year[0].short
            if typed:
                return None
        ref = self._named[key][0]
        amendment = self._latest_amendment.get(ref) if in_force else None
        if amendment is None or _AMENDED_AFTER.match(text, end):   # "… sebagaimana diubah …"
            return end, ref.short
        return end, f"{ref.short} sebagaimana diubah dengan {amendment.short}"

    def _of_issuer(self, text: str, position: int, type_code: str, year: int | None,
                   named_in_type: str = "") -> tuple[int, str] | None:
        """A type many bodies issue named by its issuer ("nilai jabatan Pergub Bali",
        "upah minimum Permenaker": ``named_in_type``): where the issuer's words end, and every
        regulation of that type and issuer the index holds ("PERGUB Bali 1/2021 atau PERGUB
        Bali 3/2021": any of them, so that "Pergub Bali Pasal 3" cites the one holding a Pasal
        3, ``citations.parse_citations``), of ``year`` if given; the most words that name
        one. None when the words after the type name no issuer held."""
        if named_in_type:
            return self._issued_by(text, named_in_type, position, type_code, year)
        words: list[re.Match[str]] = []
        for word in _WORD.finditer(text, position):
            if word.group().lower() in _NOT_ISSUER or word.group().isdigit() or len(words) == 4:
                break
            words.append(word)
        if not words or text[position:words[0].start()].strip(" \t\n,:"):
            return None
        for count in range(len(words), 0, -1):
            issuer = text[words[0].start():words[count - 1].end()]
            found = self._issued_by(text, issuer, words[count - 1].end(), type_code, year)
            if found:
                return found
        return None

    def unglued(self, text: str) -> str:
        """``text`` with a law's short name typed glued to "UU" ("UUPK pasal 62", "uu ite" is
        already apart) written apart ("UU PK pasal 62") where the name apart is one the
        catalogue reads or asks about; other words starting "uu" stay ("UUD" is the
        Constitution, no UU). Before, "uupk" was taken for a typo of "iupk". A glued name the
        glossary knows is also read as the glossary's names of it: "UUPA" is the Pokok
        Agraria law (UU 5/1960) to a land lawyer, the Perlindungan Anak law ("UU PA") to a
        child-protection worker; with both indexed it is read as either ("… atau …"), and
        the Pasal or the words asked tell which."""
        def apart(match: re.Match[str]) -> str:
            name = f"UU {match.group('name').upper()}"
            initialled = self.read(name) != name
            glossary = next((other for other in (f"UU {n}" for n in
                                                 _glossary_names(match.group()))
                             if self.read(other) != other), None)
            if glossary and initialled and self.read(glossary) != self.read(name):
                return f"{glossary} atau {name}"   # "UUPA": Pokok Agraria or Perlindungan Anak
            if glossary:
                return glossary
            if initialled or self.offer(name)[1]:
                return name
            return match.group()

        return _GLUED_UU.sub(apart, text) if _GLUED_UU.search(text) else text

    def closest(self, name: str) -> list[str]:
        """The regulations a name no title holds may mean, to suggest (``offer``)."""
        return self.offer(name)[0]

    def offer(self, name: str) -> tuple[list[str], bool]:
        """The regulations a name no title holds may mean, closest first, to suggest (never
        to answer: a part of a title is no name): those of its type whose subject holds
        each word typed — as a word, inside one ("Nuklir" of Ketenaganukliran), or as the
        initials or beginnings of consecutive ones ("SLIK": Sistem Layanan Informasi
        Keuangan) —, those whose subject has the fewest words besides first (a short name
        means a short title: "UU Nuklir" is Ketenaganukliran before a treaty on nuclear
        weapons), then words as typed before words found inside others; each as "UU 10/1997
        (Ketenaganukliran)". [] when none fits. And whether the name is a short name of each
        of several (``abbreviates``: "UU KN", Keuangan Negara and Kementerian Negara), all
        then listed: a name to ask about, not a mistyped one."""
        code = named_type(name)
        if code is None:
            return [], False
        typed = _TYPE_WORD.match(name.strip())
        assert typed is not None   # (named_type matched it)
        rest = name.strip()[typed.end():]
        numbered = _NUMBER_TYPED.search(rest)
        if numbered and not _WORD.sub("", _NUMBER_TYPED.sub("", rest)).strip(" ,.:()"):
            return self._one_digit_off(code, numbered), False   # "UU 12/20111": UU 12/2011
        words = [w for w in _WORD.findall(rest.lower())
                 if not w.isdigit() and w not in _NOT_ISSUER]
        if not words:
            return [], False
        shortened = self._abbreviated(words[0], code, lambda w: ()) if len(words) == 1 else []
        if shortened:   # "UU P3": each subject so shortened, as a name reads it
            several = len(shortened) > 1
            return [f"{self._named[(code, key)][0].short} ({_shortened(subject)})"
                    for key, subject in shortened[:_LISTED if several else _SUGGESTED]], several
        # The words a name runs on into ("uu tipikor dicabut kuhp": the question's own words
        # after the name) fit no subject: the longest run of its first words that does.
        for count in range(len(words), 0, -1):
            if count == 1 and len(words) > 1:
                shortened = self._abbreviated(words[0], code, lambda w: ())
                if shortened:
                    return [f"{self._named[(code, key)][0].short} ({_shortened(subject)})"
                            for key, subject in shortened[:_LISTED]], len(shortened) > 1
            chosen = self._fitting(code, words[:count])
            if chosen:
                return chosen, False
        return [], False

    def _fitting(self, code: str, words: list[str]) -> list[str]:
        """The regulations of type ``code`` whose subject holds each of ``words`` (``offer``),
        closest first, as "UU 10/1997 (Ketenaganukliran)"."""
        fits: dict[RegulationRef, tuple[tuple[int, int, tuple[int, int]], str]] = {}
        for regulation in self._of_type.get(code, ()):
            for ref, subject in subject_names(regulation.ref, regulation.title):
                subject_words = [w.lower() for w in _WORD.findall(subject)]
                found = [_word_fit(word, subject_words) for word in words]
                if ref.type == code and all(found):
                    rank = (len(subject_words) - len(found), -sum(fit == 2 for fit in found),
                            _order(ref))
                    fits.setdefault(ref, (rank, subject))
        chosen = sorted(fits.items(), key=lambda item: item[1][0])[:_SUGGESTED]
        return [f"{ref.short} ({_shortened(subject)})" for ref, (_, subject) in chosen]

    def _one_digit_off(self, type_code: str, typed: re.Match[str]) -> list[str]:
        """The regulation of ``type_code`` held whose number and year are those typed with
        one digit added, left out or replaced ("UU 12/20111", "UU 10/216"), as an offer;
        [] unless exactly one is (a guess among several is none)."""
        number = f"{typed.group('number')}/{typed.group('year')}"
        near = [r.ref for r in self._of_type.get(type_code, ())
                if _one_edit(number, f"{r.ref.number}/{r.ref.year}")]
        if len(near) != 1:
            return []
        subject = next((subject for ref, subject in subject_names(near[0], self._titles[near[0]])
                        if ref == near[0]), "")
        return [f"{near[0].short} ({_shortened(subject)})" if subject else near[0].short]

    def unheld_issuers(self, text: str) -> list[str]:
        """Why each type many bodies issue named by an issuer without a number ("jabatan
        Pergub Jawa Barat") names none of the regulations held, for a query that searches its
        words instead: the index holds no regulation of that type and issuer; what it holds
        of the type; and the held issuer whose name the one typed is a part of, if one
        ("Pergub Jawa": did you mean Pergub Jawa Tengah?). The issuer typed is the words
        after the type written with a capital ("Jawa Barat"), or the ministry in the type
        ("Permenkes"); words in lower case ("pergub jabatan") are words to search, noted
        only when they are a part of an issuer held ("pergub jawa"), and so are words that
        one title held gives as what it is about ("Pergub Kelas Jabatan": PERGUB Bali 1/2021
        is "tentang … Kelas dan Nilai Jabatan …"). ``text`` as ``read`` left it: a type
        whose words name a regulation held is its number there."""
        numbered = [m.span() for m in REGULATION_PATTERN.finditer(text)]
        notes = []
        for match in _TYPE_WORD.finditer(text):
            code = normalize_type(match.group("type"))
            if code not in MULTI_ISSUER_TYPES or any(a <= match.start() < b for a, b in numbered):
                continue
            issuer = issuer_of_type_word(match.group("type"))
            if not issuer:   # "Pergub Kelas Jabatan": what a Pergub held is about, no issuer
                issuer = _issuer_typed_after(text, match.end())
                issuer = "" if self._about(issuer) or _glossary_word(issuer) else issuer
            if not issuer or self._held_of(code, issuer):
                continue
            note = self._not_held(code, match.group("type"), issuer)
            if issuer[:1].isupper() or "did you mean" in note:   # "pergub jabatan": words
                notes.append(note)
        return notes

    def _about(self, words: str) -> bool:
        """Whether each of ``words`` is a word of what one title held is about (its subject,
        less the region it names: "… Pemerintah Provinsi Bali" says where, not what)."""
        typed = {word.lower() for word in _WORD.findall(words)}
        return bool(typed) and any(typed <= subject for subject in self._subject_words)

    def _held_of(self, type_code: str, issuer: str) -> list[TitledRegulation]:
        """The regulations of ``type_code`` the index holds whose issuer is ``issuer``."""
        return [r for r in self._of_type.get(type_code, ())
                if issuer_in_title(issuer, r.title) or issuer_in_title(issuer, r.ref.issuer)]

    def _not_held(self, type_code: str, typed_type: str, issuer: str) -> str:
        """The note for an issuer of ``type_code`` the index holds nothing of."""
        held = self._of_type.get(type_code, ())
        issuers = list(dict.fromkeys(r.ref.issuer for r in held if r.ref.issuer))
        meant = [name for name in issuers if issuer_part_of_title(issuer, name)
                 or any(issuer_part_of_title(issuer, r.title) for r in held if r.ref.issuer == name)]
        note = f"the index holds no {type_code} of {issuer}"
        if meant:
            named = " or ".join(f"{typed_type} {m}" for m in meant)
            return note + f" (did you mean {named}?); the words were searched"
        if not issuers:
            return note + f" (it holds no {type_code}); the words were searched"
        more = len(issuers) - _ISSUERS_LISTED
        shown = (", ".join(issuers[:-1]) + f" and {issuers[-1]}" if len(issuers) > 1 else issuers[0]
                 ) if more <= 0 else ", ".join(issuers[:_ISSUERS_LISTED]) + f" and {more} more"
        return note + f" (it holds {type_code} of {shown}); the words were searched"

    def _issued_by(self, text: str, issuer: str, end: int, type_code: str, year: int | None
                   ) -> tuple[int, str] | None:
        """The regulations of ``type_code`` that ``issuer`` issued, of the year typed at
        ``end`` ("Pergub Bali 2021") or else of ``year``, as ``_of_issuer`` writes them."""
        typed = _YEAR_AFTER.match(text, end)
        wanted = int(typed.group("year")) if typed else year
        issued = [r for r in self._of_type.get(type_code, ())
                  if issuer_in_title(issuer, r.title) or issuer_in_title(issuer, r.ref.issuer)]
        own = {r.ref for r in issued}
        # the regulations they amend are the issuer's too ("Pergub Bali 2019": 29/2019)
        amended = {r.amends for r in issued if r.amends and r.amends.type == type_code}
        held = sorted(own if wanted is None else
                      {ref for ref in own | amended if ref.year == wanted}, key=_order)
        if not held:
            return None
        return (typed.end() if typed else end), " atau ".join(ref.short for ref in held)

    def _own_title_end(self, text: str, numbered: re.Match,
                       phrasings: Callable[[str], Sequence[Sequence[str]]] = lambda w: ()
                       ) -> int | None:
        """Where the regulation's own title written after its number ends ("UU 13/2003
        tentang Ketenagakerjaan"; "UU 23/2014 tentang pemda", its words phrased or shortened
        as a name after its type may be: ``_name_after``), or None when no title or another
        one follows."""
        tentang = _TITLE_AFTER.match(text, numbered.end())
        ref = regulation_ref(numbered)
        if tentang is None or ref is None or not self._own.get(ref):
            return None
        own = self._own[ref]
        words = list(_WORD.finditer(text, tentang.end()))[:_LONGEST_NAME]
        if words and any(_key(subject) == own and abbreviates(words[0].group(), subject, True)
                         for _, subject in subject_names(ref, self._titles[ref])):
            return words[0].end()   # "tentang pemda", "tentang AP"
        spelled = [count for count, key in _spelled(words, phrasings, [own]) if key == own]
        return words[max(spelled) - 1].end() if spelled else None

    def unfit_titles(self, typed: str,
                     phrasings: Callable[[str], Sequence[Sequence[str]]] = lambda w: ()
                     ) -> list[str]:
        """A note for each regulation typed by its number with "tentang" and words after it
        that are not its title ("UU 23/2014 tentang ketenagakerjaan": its title is
        Pemerintahan Daerah), so that a reader knows they were not read as its name: searched
        in it, or, before a Pasal, left out. Words naming another regulation ("tentang
        Perubahan atas UU 1/2015") are a title ``citations`` reads."""
        notes = []
        for numbered in REGULATION_PATTERN.finditer(typed):
            ref = regulation_ref(numbered)
            if ref is None:   # no regulation: no title to hold
                continue
            title = self._titles.get(ref)
            after = _TITLE_AFTER.match(typed, numbered.end())
            tentang = _TENTANG.search(title) if title else None
            if not (title and after and tentang) or self._own_title_end(
                    typed, numbered, phrasings) is not None:
                continue
            end = _NAME_END.search(typed, after.end())
            assert end is not None   # (it matches the end of the text)
            words = typed[after.start():end.start()].strip(" ,")
            if REGULATION_PATTERN.search(words) or _NAMES_ANOTHER.match(words):
                continue
            # before a Pasal the words were no words to search, only a wrong title
            searched = "" if end.group().strip() else "; its words were searched in it"
            own = title[tentang.end():]
            notes.append(f"'{_shortened(words)}' is not the title of {ref.short} "
                         f"({_shortened(own)}){searched}")
        return notes

    def _name_after(self, text: str, position: int, type_code: str,
                    phrasings: Callable[[str], Sequence[Sequence[str]]], typed_type: str = ""
                    ) -> tuple[int, tuple[str, str]] | None:
        """Where the longest subject of ``type_code`` written from ``position`` ends, and the
        name's key in ``_named``."""
        subjects = self._subjects_by_type.get(type_code)
        if not subjects:
            return None
        words = list(_WORD.finditer(text, position))[:_LONGEST_NAME]
        if not words or text[position:words[0].start()].strip(" \t\n,:"):
            return None
        best: tuple[int, str] | None = None
        for count, key in _spelled(words, phrasings, subjects, typed_type):
            if (type_code, key) in self._named and (best is None or count > best[0]):
                best = (count, key)
        if best is None:
            shortened = self._abbreviated(words[0].group(), type_code, phrasings)
            return (words[0].end(), (type_code, shortened[0][0])) if len(shortened) == 1 else None
        return words[best[0] - 1].end(), (type_code, best[1])

    def _abbreviated(self, word: str, type_code: str,
                     phrasings: Callable[[str], Sequence[Sequence[str]]]
                     ) -> list[tuple[str, str]]:
        """(key, subject) of the subjects of ``type_code`` that ``word`` is a short name of
        (``abbreviates``: "AP" Administrasi Pemerintahan, "P3"), each once: one is the name
        read, several a name to ask about ("P3" is Pembentukan Peraturan Perundang-undangan
        and Penyelesaian Perselisihan Perburuhan). None for a word the glossary or a
        regulation's abbreviations give a meaning ("Perda": peraturan daerah, never the title
        Perusahaan Daerah), unless that meaning is the subject, its nouns of the same roots
        ("PTUN": pengadilan tata usaha negara, the title Peradilan Tata Usaha Negara: both
        adil). An abbreviation the glossary gives several senses may also be initials no
        sense fits: "UU KIP" is Keterbukaan Informasi Publik, though "KIP" alone is the
        Komisi Informasi Pusat or Aceh's election commission (``glossary.SENSES``)."""
        if len(word) > _LONGEST_ABBREVIATION:
            return []
        meanings = phrasings(word)
        subjects = self._subject_texts.get(type_code, {}).items()
        for loose in (False, True):   # initials whole first, a letter for a run only then
            initialled = [(key, subject) for key, subject in subjects
                          if abbreviates(word, subject, loose)]
            fits = [(key, subject) for key, subject in initialled
                    if not meanings or any(_same_nouns(m, subject) for m in meanings)]
            if fits or (initialled and word.lower() in _several_senses()):
                return fits or initialled
        return []


#: Where a title's subject names a region, up to the end of that subject ("… di
#: Lingkungan Pemerintah Provinsi Bali", "Pembentukan Kabupaten Pesisir Barat di …").
_REGION_NAMED = re.compile(r"\b(?:provinsi|propinsi|kabupaten|kota|daerah\s+(?:istimewa|khusus))"
                           r"\b.*?(?=\btentang\b|$)", re.IGNORECASE | re.S)


def _subject_words(title: str) -> frozenset[str]:
    """The words of what a title is about: after each "tentang" (an amendment's title holds
    the amended one's), less the regions it names."""
    found = _TENTANG.search(title)
    if not found:
        return frozenset()
    subject = _REGION_NAMED.sub(" ", title[found.end():])
    return frozenset(word.lower() for word in _WORD.findall(subject)
                     if not word.isdigit() and word.lower() not in _NOT_ISSUER)


def _issuer_typed_after(text: str, position: int) -> str:
    """The issuer typed after a type at ``position``: the words from there written with a
    capital ("Jawa Barat" of "Pergub Jawa Barat sampah"), or, when the
    first is in lower case, every word up to one that names none ("tentang", a number);
    at most four."""
    words: list[re.Match[str]] = []
    for word in _WORD.finditer(text, position):
        lowered = word.group().lower()
        if lowered in _NOT_ISSUER or word.group().isdigit() or len(words) == 4:
            break
        if words and words[0].group()[:1].isupper() and not word.group()[:1].isupper():
            break
        words.append(word)
    if not words or text[position:words[0].start()].strip(" \t\n,:"):
        return ""
    return text[words[0].start():words[-1].end()]


def _spelled(words: list[re.Match], phrasings: Callable[[str], Sequence[Sequence[str]]],
             subjects: list[str], typed_type: str = "") -> Iterable[tuple[int, str]]:
    """(number of words, what they spell) for the ways the first words can be read — each
    word as written or as another phrasing of it (the first also with the type before it:
    "UU ITE" is one abbreviation) — that begin some subject."""
    spelled: list[tuple[int, str]] = [(0, "")]
    while spelled:
        count, key = spelled.pop()
        if count:
            yield count, key
        if count == len(words):
            continue
        word = words[count].group()
        ways = [word, *(" ".join(p) for p in phrasings(word))]
        if count == 0 and typed_type:
            ways += [" ".join(p) for p in phrasings(f"{typed_type} {word}")]
        for way in dict.fromkeys(nominal for way in ways for nominal in _nominalised(way)):
            longer = key + _key(way)
            if _begins_one(subjects, longer):
                spelled.append((count + 1, longer))


#: The most words of a phrasing ``_nominalised`` varies (2 ** n ways).
_NOMINALISED_WORDS = 4


def _nominalised(phrasing: str) -> list[str]:
    """``phrasing`` as written, and with the nouns its words form with "-an", as titles name
    a field ("pemerintah daerah", the glossary's "Pemda", is the title "Pemerintahan
    Daerah"): each word as written or with "an" after it."""
    words = phrasing.split()
    if len(words) > _NOMINALISED_WORDS:
        return [phrasing]
    ways = [""]
    for word in words:
        ways = [f"{way} {form}".strip() for way in ways
                for form in ((word,) if word.lower().endswith("an") else (word, word + "an"))]
    return ways


#: The most words a name without its type takes ("Kitab Undang-Undang Hukum Acara Pidana").
_LONGEST_BARE = 10
#: What may stand between the words of a name without its type ("K.U.H.P.", "Undang-Undang").
_BARE_GAP = re.compile(r"[\s.-]*")
#: A type or "tentang" right before a position: a name there is ``read``'s.
_AFTER_TYPE = re.compile(rf"\b(?:{TYPE_ALTERNATION}|tentang)\W*$", re.IGNORECASE)


#: A Pasal cited right before a name ("Pasal 603 KUHP", "pasal 2 ayat (1) huruf a dan b KUHP")
#: or right after it ("KUHP pasal 622"): the units and joiners of a citation only between.
_CITED_UNITS = r"(?:ayat|huruf|hrf|angka|butir|dan|atau|sampai|dengan|s\.?d|ke|[a-z]|\d+[a-z]?)"
_CITED_BEFORE = re.compile(rf"\b(?:pasal|psl|ps)\.?\s*\d+[a-z]?\b(?:[\s,.()\[\]-]*"
                           rf"{_CITED_UNITS}\b)*[\s,.()\[\]-]*$", re.IGNORECASE)
_CITED_AFTER = re.compile(r"[\s,]*(?:pasal|psl|ps)\.?\s*\d", re.IGNORECASE)
_PASAL_ANYWHERE = re.compile(r"\b(?:pasal|psl|ps)\.?\s*\d", re.IGNORECASE)


def _bare_name_cites(text: str, start: int, end: int) -> bool:
    """Whether a name typed without its type at ``start``–``end`` ("KUHP") names the
    regulation the query is about: beside a Pasal it cites ("Pasal 603 KUHP", "KUHP pasal
    622"), or with no other regulation named and no Pasal cited elsewhere ("pencemaran nama
    baik KUHP"). In "pasal 5 uu tipikor dicabut kuhp" the Pasal is another law's: the name
    is then words of the question, not the regulation cited."""
    if _CITED_BEFORE.search(text[max(0, start - 80):start]) or _CITED_AFTER.match(text, end):
        return True
    rest = text[:start] + " " + text[end:]
    return not (_PASAL_ANYWHERE.search(rest) or REGULATION_PATTERN.search(rest)
                or _TYPE_WORD.search(rest))


def _names_a_law(words: str) -> bool:
    """Whether ``words`` hold a type's name written out ("Kitab Undang-Undang Hukum Pidana",
    "Undang-undang Pos"): a regulation's name, not only its subject ("UU" in a subject is
    no name)."""
    return any(re.search(r"[\s-]", typed.group("type")) for typed in _TYPE_WORD.finditer(words))


def _initials(subject: str) -> str:
    """The initials of a subject's words, as ``abbreviates`` reads them ("Kitab Undang-Undang
    Hukum Pidana": kuhp)."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", subject.lower())
    return "".join(word[0] for word in words if word not in _SKIPPED_IN_SHORT)


def _bare_keys(name: str) -> list[str]:
    """The keys a name without its type is typed by: the name, and the initials of one
    naming a regulation ("Kitab Undang-Undang Hukum Pidana": KUHP), three letters at least."""
    initials = _initials(name) if _a_laws_name(name) else ""
    return [key for key in (_key(name), initials) if len(key) >= _LOOSE_LETTERS]


#: A number and year typed after a type that no regulation held has ("12/20111", "10 216").
_NUMBER_TYPED = re.compile(r"(?:\b(?:nomor|no)\.?\s*)?(?P<number>\d+)\s*(?:/|\s+(?:tahun|th|thn)"
                           r"\.?\s*|\s+)(?P<year>\d+)\b", re.IGNORECASE)


def _one_edit(typed: str, held: str) -> bool:
    """Whether ``typed`` is ``held`` with one character added, left out or replaced."""
    if typed == held or abs(len(typed) - len(held)) > 1:
        return False
    if len(typed) == len(held):
        return sum(a != b for a, b in zip(typed, held)) == 1
    longer, shorter = (typed, held) if len(typed) > len(held) else (held, typed)
    return any(longer[:at] + longer[at + 1:] == shorter for at in range(len(longer)))


#: How many regulations a name no title holds is offered (``TitleCatalogue.closest``).
_SUGGESTED = 3
#: How many a short name of several is listed with (``TitleCatalogue.offer``).
_LISTED = 10
#: The most of a long subject a suggestion prints.
_SUBJECT_SHOWN = 60


def _word_fit(word: str, subject_words: list[str]) -> int:
    """How a word typed fits a subject: 2 as one of its words, 1 inside one of them
    ("nuklir" of "ketenaganukliran", four letters at least) or as the beginnings of
    consecutive ones ("slik", three at least), 0 not at all."""
    if word in subject_words:
        return 2
    if len(word) >= 4 and any(word in subject_word for subject_word in subject_words):
        return 1
    return int(len(word) >= 3 and _begins_words(word, subject_words))


@functools.cache
def _several_senses() -> frozenset[str]:
    """The abbreviations the glossary gives several senses ("kip", "pt", "bpd")."""
    return frozenset(short for short, _ in SENSES)


@functools.cache
def _glossary_words() -> frozenset[str]:
    """The one-word phrasings of the glossary ("apbd", "rtrw", "pnbp"), its abbreviations
    with several senses among them ("bumdes", "bpd")."""
    return frozenset(phrasing for group in (*GLOSSARY, *sense_groups()) for phrasing in group
                     if " " not in phrasing)


def _glossary_names(glued: str) -> list[str]:
    """The other phrasings the glossary gives a short name glued to "UU" ("uupa": "uu
    agraria", …, "peraturan dasar pokok-pokok agraria", UU 5/1960's subject), without a
    leading "uu"/"undang-undang"; [] for a word it does not know."""
    return [re.sub(r"^(?:uu|undang-undang)\s+", "", phrasing)
            for group in GLOSSARY if glued.lower() in group
            for phrasing in group if phrasing != glued.lower()]


def _glossary_word(words: str) -> bool:
    """Whether ``words`` is one word the glossary knows: what a "Perda APBD" is about (the
    budget), not an issuer no Perda held comes from."""
    return words.lower() in _glossary_words()


def _shortened(subject: str) -> str:
    """A subject as a suggestion prints it: cut at a word after ``_SUBJECT_SHOWN``
    characters."""
    subject = " ".join(_INTO_LAW.sub("", subject).split())
    if len(subject) <= _SUBJECT_SHOWN:
        return subject
    return subject[:_SUBJECT_SHOWN].rsplit(" ", 1)[0] + " …"


#: The affixes that make a noun of a root ("peng-adil-an", "per-adil-an", "ke-uang-an"),
#: as ``_same_nouns`` strips them.
_NOUN_PREFIX = re.compile(r"^(?:peng|peny|pem|pen|per|pe|ke)(?=[a-z]{3})")


def _noun_root(word: str) -> str:
    """A noun with the affixes that make it of a root left out ("pengadilan", "peradilan":
    adil), roughly: only to compare two nouns (``_same_nouns``)."""
    word = word.lower()
    if word.endswith("an") and len(word) > 5:
        word = word[:-2]
    return _NOUN_PREFIX.sub("", word)


def _same_nouns(phrasing: Sequence[str] | str, subject: str) -> bool:
    """Whether a phrasing is ``subject`` word for word, each word the same or a noun of the
    same root ("pengadilan tata usaha negara", "Peradilan Tata Usaha Negara"; not "peraturan
    daerah", "Perusahaan Daerah")."""
    typed = _WORD.findall(phrasing if isinstance(phrasing, str) else " ".join(phrasing))
    held = _WORD.findall(subject)
    return len(typed) == len(held) and all(
        a.lower() == b.lower() or _noun_root(a) == _noun_root(b) for a, b in zip(typed, held))


def _begins_one(sorted_keys: list[str], beginning: str) -> bool:
    at = bisect.bisect_left(sorted_keys, beginning)
    return at < len(sorted_keys) and sorted_keys[at].startswith(beginning)


def _order(ref: RegulationRef) -> tuple[int, int]:
    """Older first: by year, then number."""
    digits = re.match(r"\d+", ref.number)
    return ref.year, int(digits.group()) if digits else 0


#: A letter written once for each of several words it begins: "P3" is P, P, P
#: (Pembentukan Peraturan Perundang-undangan), "K3" K, K, K.
_REPEATED_INITIAL = re.compile(r"([a-z])([2-9])")
#: The words of a subject an abbreviation may skip ("ITE": Informasi dan Transaksi Elektronik;
#: "HKPD": Hubungan Keuangan antara …).
_SKIPPED_IN_SHORT = frozenset({"dan", "serta", "atau", "di", "ke", "dari", "yang", "untuk",
                               "atas", "tentang", "antara", "bagi", "pada", "terhadap", "oleh"})
#: Initials that write a letter once for consecutive words it begins (``abbreviates``,
#: ``loose``): at least this many letters.
_LOOSE_LETTERS = 3


def abbreviates(word: str, subject: str, loose: bool = False) -> bool:
    """Whether ``word`` is a short name of the whole ``subject``, as people shorten a law's
    title: the initials of its words ("AP": Administrasi Pemerintahan; "P3", a letter with
    the number of words it begins: Pembentukan Peraturan Perundang-undangan; joining words
    skipped, a hyphenated word one word), or the beginnings of each of its words run
    together, ending in a syllable of the last ("Pemda": PEMerintahan DAerah), never a part
    of a subject ("Pemda" is no Pemerintahan Daerah Khusus …). Two words at least.

    ``loose``: also initials that write a letter once for consecutive words it begins, as
    usage does ("HKPD": Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah,
    h k p p p d; "PKPD", Perimbangan Keuangan …), three letters at least: a weaker fit,
    read only where no subject fits whole (``TitleCatalogue._abbreviated``)."""
    typed = _REPEATED_INITIAL.sub(lambda m: m.group(1) * int(m.group(2)), word.lower())
    words = [w for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", subject.lower())
             if w not in _SKIPPED_IN_SHORT]
    if len(words) < 2 or not typed.isalpha() or len(typed) < 2:
        return False
    initials = "".join(w[0] for w in words)
    if typed == initials:
        return True
    if loose:
        return _initials_run_together(typed, initials)

    @functools.cache
    def spans(rest: str, at: int, last: int) -> bool:
        if at == len(words):
            return not rest and last >= 2
        candidate = words[at].replace("-", "")
        return any(rest.startswith(candidate[:size]) and spans(rest[size:], at + 1, size)
                   for size in range(min(len(candidate), len(rest)), 0, -1))

    return spans(typed, 0, 0)


def _initials_run_together(typed: str, initials: str) -> bool:
    """Whether ``typed`` is ``initials`` with a run of the same letter written once
    (``abbreviates``, ``loose``): "hkpd" of h k p p p d, ``_LOOSE_LETTERS`` letters at least."""
    if len(typed) < _LOOSE_LETTERS:
        return False
    runs = [(letter, len(run.group())) for run in re.finditer(r"(.)\1*", initials)
            for letter in run.group()[:1]]
    pattern = "".join(re.escape(letter) if size == 1 else
                      f"(?:{re.escape(letter)}|{re.escape(letter * size)})"
                      for letter, size in runs)
    return re.fullmatch(pattern, typed) is not None
