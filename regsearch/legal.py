"""Legal vocabulary shared by the parser, the index and the CLI: regulation type names and
citations (parsing what people type, formatting what we print). Pure functions, stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import QueryError
from .models import TYPE_CODES, Amends, RegulationRef

# Long names and common spellings → DESIGN §3 codes. Longest names first, so that
# "Peraturan Pemerintah Pengganti Undang-Undang" wins over "Peraturan Pemerintah".
_TYPE_NAMES: tuple[tuple[str, str], ...] = (
    ("peraturan pemerintah pengganti undang-undang", "PERPPU"),
    ("peraturan pemerintah pengganti undang undang", "PERPPU"),
    ("peraturan otoritas jasa keuangan", "POJK"),
    ("peraturan komisi pemilihan umum", "PKPU"),
    ("peraturan badan pengawas pemilihan umum", "PERBAWASLU"),
    ("peraturan bawaslu", "PERBAWASLU"),
    ("peraturan kepala", "PERKA"),
    ("keputusan kepala", "KEPKA"),
    ("peraturan badan", "PERBA"),
    ("peraturan pemerintah", "PP"),
    ("peraturan presiden", "PERPRES"),
    ("keputusan presiden", "KEPPRES"),
    ("peraturan menteri", "PERMEN"),
    ("peraturan gubernur", "PERGUB"),
    ("peraturan bupati", "PERBUP"),
    ("peraturan walikota", "PERWALI"),
    ("peraturan wali kota", "PERWALI"),
    ("peraturan daerah", "PERDA"),
    ("surat edaran", "SE"),
    ("undang-undang", "UU"),
    ("undang undang", "UU"),
)
_TYPE_ALIASES: dict[str, str] = {
    "perpu": "PERPPU", "kepres": "KEPPRES", "perwal": "PERWALI", "perka": "PERKA",
    "perkaba": "PERKA", "perban": "PERBA", "pergub": "PERGUB", "perbup": "PERBUP",
    "permen": "PERMEN", "pkpu": "PKPU", "perbawaslu": "PERBAWASLU", "pojk": "POJK",
}


def normalize_type(name: str) -> str | None:
    """Map a type code, alias or long name ("Peraturan Pemerintah", "Perpu") to its code."""
    key = " ".join(name.lower().replace("–", "-").split())
    if key.upper() in TYPE_CODES:
        return key.upper()
    if key in _TYPE_ALIASES:
        return _TYPE_ALIASES[key]
    for long_name, code in _TYPE_NAMES:
        if key.startswith(long_name):
            return code
    return None


_TYPE_ALTERNATION = "|".join(
    [re.escape(n).replace(r"\ ", r"\s+") for n, _ in _TYPE_NAMES]
    + sorted({c.lower() for c in TYPE_CODES} | set(_TYPE_ALIASES), key=len, reverse=True)
)
#: The issuer or region some types name before the number: "PERKA BAPETEN 3/2012", "Pergub
#: Bali 1/2021", "Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 7 Tahun 2017" (up to six
#: words, none of them a number, "nomor", "tahun", "pasal" or another type).
_ISSUER_WORD = rf"(?!(?:no|nomor|tahun|th|thn|pasal|{_TYPE_ALTERNATION})\b)[A-Za-z][A-Za-z.-]*"
_REG_SHORT = re.compile(
    rf"\b(?P<type>{_TYPE_ALTERNATION})(?:\s+{_ISSUER_WORD}){{0,6}}?\s*(?:no\.?|nomor)?\s*"
    rf"(?P<number>\d+[A-Za-z]?)(?:/[A-Za-z.0-9]+)*?\s*(?:/|\s+(?:tahun|th\.?|thn\.?)\s*)"
    rf"(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_PASAL = re.compile(r"\bpasal\s+(?P<pasal>\d+[A-Za-z]?|[IVXLC]+)\b", re.IGNORECASE)
#: A Pasal and the ones listed after it: "Pasal 156, 157, dan Pasal 158", "Pasal 156 sampai
#: dengan 158", "Pasal 156 s.d. 158".
_NUMBER = r"(?:\d+[A-Za-z]?|[IVXLC]+)\b"
_LISTED_NUMBER = r"(?:\d+[A-Za-z]?|(?-i:[IVXLC]+))\b"   # "… dan II", never "dan civil"
_JOINER = r"(?:,|\bdan\b|\bserta\b|\batau\b|\bsampai(?:\s+dengan)?\b|\bs\.\s?d\.?|\bsd\b|-|–)"
_PASAL_LIST = re.compile(rf"\bpasal\s+{_NUMBER}(?:\s*{_JOINER}\s*(?:\s*,?\s*(?:dan|serta)\s+)?"
                         rf"(?:pasal\s+)?{_LISTED_NUMBER})*", re.IGNORECASE)
_LIST_PART = re.compile(rf"(?P<joiner>{_JOINER})?\s*(?:pasal\s+)?(?P<number>{_NUMBER})",
                        re.IGNORECASE)
#: The longest range "Pasal 10 sampai dengan Pasal N" is read as (more is a typing slip).
LONGEST_RANGE = 50

#: "… sebagaimana (telah) diubah (terakhir) dengan UU 10/2016": the version an amendment made.
_AMENDED_BY = re.compile(r"\bdiubah\s+(?:terakhir\s+)?dengan\b", re.IGNORECASE)
#: "Lampiran LAMPIRAN I UU 12/2011", as regsearch cites an annex section.
_LAMPIRAN = re.compile(r"^\s*lampiran\b\s*(?P<label>.*?)\s*$", re.IGNORECASE)
_LAMPIRAN_WORD = re.compile(r"\blampiran\b", re.IGNORECASE)
#: What a citation may hold besides its references and labels.
_CITATION_FILLER = re.compile(r"\b(?:sebagaimana|telah|diubah|terakhir|dengan|dan)\b|[\s,.;:()]",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """A parsed citation: the regulation and, optionally, the Pasal / ayat / huruf.

    ``items`` is the path of list labels below the ayat, outermost first ("1", "a" for
    "angka 1 huruf a"; ``huruf`` is the first letter among them). ``amended_by`` names the
    amending regulation of "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016" (that
    version of the article); ``lampiran`` the label of the annex section cited instead of a
    Pasal ("LAMPIRAN I"), or "" for a Pasal of the annex ("Pasal 7 Lampiran UU 1/2015": an
    act enacting a Perppu prints its articles there, beside its own Pasal 1 and 2).
    """

    ref: RegulationRef
    pasal: str | None = None
    ayat: str | None = None
    huruf: str | None = None
    amended_by: RegulationRef | None = None
    lampiran: str | None = None
    items: tuple[str, ...] = ()


def parse_regulation_ref(text: str) -> RegulationRef | None:
    """Find "UU 10/2016", "Undang-Undang Nomor 10 Tahun 2016", "POJK 7/POJK.05/2014" in text."""
    match = _REG_SHORT.search(text)
    if not match:
        return None
    code = normalize_type(match.group("type"))
    if code is None:
        return None
    return RegulationRef(code, match.group("number").upper(), int(match.group("year")))


def parse_citation(text: str) -> Citation:
    """Parse "UU 10/2016 Pasal 7", "Pasal 7 ayat (2) UU Nomor 10 Tahun 2016", "PERBA 4/2024 Pasal 5".

    The first unit cited when the text names several (``parse_citations`` lists them all).
    Raises ``QueryError`` with an example when no regulation can be recognised.
    """
    return parse_citations(text)[0]


def parse_citations(text: str) -> list[Citation]:
    """Every unit a citation names, in the order written: "Pasal 156 dan 157 UU 13/2003" (two),
    "Pasal 7 ayat (2) huruf s dan huruf t UU 10/2016" (two huruf), "Pasal 7 ayat (1) dan (2)",
    "Pasal 7 UU 10/2016 dan UU 8/2015" (that Pasal of each), "Pasal 5 UU 13/2003 dan Pasal 7
    UU 10/2016". Informal "Pasal 7 (2)" is ayat (2).

    Raises ``QueryError`` with an example when no regulation can be recognised, and when a
    label lacks its number ("Pasal 7 ayat UU 10/2016"): answering the whole Pasal would hide
    that the ayat asked for was not read.
    """
    if not isinstance(text, str):
        raise QueryError(f"a citation is text, like 'UU 10/2016 Pasal 7', not "
                         f"{type(text).__name__}")
    segments = _segments(text)
    if not segments:
        raise QueryError(f"cannot read a regulation in {text!r}; "
                         "write it like 'UU 10/2016 Pasal 7' or 'Pasal 7 UU Nomor 10 Tahun 2016'")
    cites: list[Citation] = []
    for ref, amended_by, words in segments:
        for cite in _segment_citations(ref, amended_by, words):
            if cite not in cites:
                cites.append(cite)
    return cites


def _segments(text: str) -> list[tuple[RegulationRef, RegulationRef | None, str]]:
    """Split a citation at its regulations: (regulation, the amendment named by "sebagaimana
    diubah dengan", the Pasal/ayat words that go with it). The words stand before each
    regulation ("Pasal 7 UU 10/2016") or after it ("UU 10/2016 Pasal 7"), whichever the text
    starts with; a regulation with none shares its neighbour's ("Pasal 7 UU 10/2016 dan UU
    8/2015")."""
    refs: list[tuple[RegulationRef, int, int]] = []          # (ref, start, end)
    amendments: dict[int, RegulationRef] = {}                 # index in refs -> amended_by
    for match in _REG_SHORT.finditer(text):
        code = normalize_type(match.group("type"))
        if code is None:
            continue
        ref = RegulationRef(code, match.group("number").upper(), int(match.group("year")))
        between = text[refs[-1][2]:match.start()] if refs else ""
        if refs and _AMENDED_BY.search(between) and len(refs) - 1 not in amendments:
            amendments[len(refs) - 1] = ref
            refs.append((ref, match.start(), match.end()))   # consumed, not a segment
            continue
        refs.append((ref, match.start(), match.end()))
    if not refs:
        return []
    primary = [i for i in range(len(refs)) if i - 1 not in amendments]
    words_first = bool(_UNIT_WORD.search(text[:refs[0][1]]))

    def end_of(i: int) -> int:   # the end of a regulation and of the amendment named after it
        return refs[i + 1][2] if i in amendments else refs[i][2]

    segments = []
    for n, i in enumerate(primary):
        if words_first:
            start = end_of(primary[n - 1]) if n else 0
            words = text[start:refs[i][1]]
        else:
            end = refs[primary[n + 1]][1] if n + 1 < len(primary) else len(text)
            words = text[end_of(i):end]
        segments.append([refs[i][0], amendments.get(i), words])
    for n, segment in enumerate(segments):   # a regulation named with no Pasal of its own
        if not _UNIT_WORD.search(segment[2]):
            nearest_first = [s[2] for s in reversed(segments[:n])] + [s[2] for s in segments[n + 1:]]
            segment[2] = next((w for w in nearest_first if _UNIT_WORD.search(w)), segment[2])
    return [tuple(segment) for segment in segments]


def _segment_citations(ref: RegulationRef, amended_by: RegulationRef | None,
                       words: str) -> list[Citation]:
    """The citations of one regulation's words: each Pasal listed, each ayat / item below it."""
    pasal_lists = list(_PASAL_LIST.finditer(words))
    if not pasal_lists:
        annex = _LAMPIRAN.match(words)
        lampiran = " ".join(annex.group("label").split()).upper() if annex else None
        return [Citation(ref, None, amended_by=amended_by, lampiran=lampiran)]
    lampiran = "" if _LAMPIRAN_WORD.search(words) else None   # "Pasal 7 Lampiran UU 1/2015"
    cites = []
    for n, listed in enumerate(pasal_lists):
        pasals = _listed_pasals(listed.group())
        end = pasal_lists[n + 1].start() if n + 1 < len(pasal_lists) else len(words)
        units = _cited_units(words[listed.end():end])
        for pasal in pasals[:-1]:
            cites.append(Citation(ref, pasal, amended_by=amended_by, lampiran=lampiran))
        for ayat, items in units or [(None, ())]:   # the units below the last Pasal listed
            cites.append(Citation(ref, pasals[-1], ayat, _first_letter(items), amended_by,
                                  lampiran, items))
    return cites


def _first_letter(items: tuple[str, ...]) -> str | None:
    return next((label for label in items if not label[0].isdigit()), None)


#: The words a citation names its units with ("Pasal 7 ayat (2) huruf s", "Pasal 7 (2)",
#: "huruf a, b, dan c"); a joiner before a label lists it beside the one before.
_UNIT_TOKEN = re.compile(
    r"\bayat\s*\(?\s*(?P<ayat>\d+[a-z]?)\b\s*\)?"
    r"|\((?P<paren>\d+[a-z]?)\)"
    r"|\bhuruf\s+(?!(?:dan|serta|atau|sampai|sd)\b)(?P<huruf>[a-z]+\d?)\b"
    r"|\bangka\s+(?P<angka>\d+)\b"
    rf"|(?P<join>{_JOINER})"
    r"|\b(?P<dangling>ayat|huruf|angka)\b"
    r"|(?<![\w(])(?P<bare>[a-z]{1,2}|\d+[a-z]?)\b(?![\w)])",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(r"\b(?:pasal|lampiran)\b", re.IGNORECASE)


def _cited_units(words: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """The (ayat, item path) units named after a Pasal, in order: "ayat (1) dan ayat (2)",
    "ayat (2) huruf s dan huruf t", "huruf a sampai dengan huruf d", "angka 1 huruf a".
    A label after a joiner is a sibling of the last one of its kind; any other label is
    nested below it. Ranges are read for plain numbers and single letters."""
    units: list[tuple[str | None, tuple[str, ...]]] = []
    last_kind: str | None = None
    joiner: str | None = None
    for token in _UNIT_TOKEN.finditer(words):
        kind = token.lastgroup
        if kind == "join":
            joiner = token.group().lower() if joiner is None else joiner + " " + token.group()
            continue
        if kind == "dangling":
            raise QueryError(f"'{token.group()}' without its number or letter; write it like "
                             "'Pasal 7 ayat (2) huruf s UU 10/2016'")
        label = token.group(kind).lower()
        if kind == "paren":        # "Pasal 7 (2)", "ayat (1) dan (2)"
            if last_kind not in (None, "ayat"):
                break
            kind = "ayat"
        elif kind == "bare":       # "huruf a, b, dan c", "ayat (1), 2"
            if joiner is None or last_kind is None:
                break
            kind = last_kind
        sibling = joiner is not None and kind == last_kind
        for each in _range_to(units, kind, label, joiner):
            _add_unit(units, kind, each, sibling)
        last_kind, joiner = kind, None
    return units


def _add_unit(units: list[tuple[str | None, tuple[str, ...]]], kind: str, label: str,
              sibling: bool) -> None:
    """Add the unit a label names: a new ayat; an item beside the last one ("huruf s dan
    huruf t"); or an item one level below the last unit, which it replaces ("ayat (2) huruf
    s": the citation is the item, not the ayat around it)."""
    if kind == "ayat":
        units.append((label, ()))
        return
    ayat, items = units[-1] if units else (None, ())
    if sibling and items:
        units.append((ayat, items[:-1] + (label,)))
        return
    if units:
        units.pop()
    units.append((ayat, items + (label,)))


def _range_to(units, kind: str, label: str, joiner: str | None) -> list[str]:
    """``label``, preceded by the labels a range ("sampai dengan", "s.d.", "-") skips."""
    if not joiner or not units or not re.search(r"sampai|s\.?\s?d|^-|^–", joiner):
        return [label]
    ayat, items = units[-1]
    previous = ayat if kind == "ayat" else (items[-1] if items else None)
    if previous is None:
        return [label]
    if previous.isdigit() and label.isdigit() and 0 < int(label) - int(previous) <= LONGEST_RANGE:
        return [str(n) for n in range(int(previous) + 1, int(label) + 1)]
    if len(previous) == len(label) == 1 and previous.isalpha() and label.isalpha() \
            and previous < label:
        return [chr(c) for c in range(ord(previous) + 1, ord(label) + 1)]
    return [label]


def _listed_pasals(listed: str) -> list[str]:
    """The Pasal of one list: "Pasal 156, 157, dan Pasal 158", "Pasal 156 sampai dengan 158"
    (a range of plain numbers: 156, 157, 158)."""
    found: list[str] = []
    for part in _LIST_PART.finditer(listed[len("pasal"):]):
        number, joiner = part.group("number").upper(), (part.group("joiner") or "").lower()
        ranged = joiner.startswith(("sampai", "s", "-", "–")) and joiner != "serta"
        if ranged and found and found[-1].isdigit() and number.isdigit() and \
                0 < int(number) - int(found[-1]) <= LONGEST_RANGE:
            found += [str(n) for n in range(int(found[-1]) + 1, int(number))]
        found.append(number)
    return list(dict.fromkeys(found))


def looks_like_citation(text: str) -> bool:
    """True when a query is a citation ("UU 10/2016 Pasal 7") rather than words to search."""
    return bool(_REG_SHORT.search(text) and _PASAL.search(text))


def is_only_citation(text: str) -> bool:
    """True when ``text`` holds nothing but a citation ("Pasal 7 ayat (2) huruf s UU 10/2016",
    "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016", "Pasal 7 ayat UU 10/2016" with
    its label half-written), no words to search besides."""
    if not looks_like_citation(text):
        return False
    rest = _PASAL_LIST.sub(" ", _REG_SHORT.sub(" ", text))
    rest = _LAMPIRAN_WORD.sub(" ", _unit_words_removed(rest))
    return not _CITATION_FILLER.sub(" ", rest).split()


def _unit_words_removed(text: str) -> str:
    """``text`` without the ayat / huruf / angka labels ``_cited_units`` reads."""
    pieces, start, joined = [], 0, False
    for token in _UNIT_TOKEN.finditer(text):
        if token.lastgroup == "bare" and not joined:
            joined = False
            continue
        pieces.append(text[start:token.start()])
        start = token.end()
        joined = token.lastgroup == "join"
    pieces.append(text[start:])
    return " ".join(pieces)


def format_citation(ref: RegulationRef, pasal: str | None, *, ayat: str | None = None,
                    items: Sequence[str] = (), amends: Amends | None = None,
                    part: str = "body") -> str:
    """Short-form citation: "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016".

    ``items`` is the path of list labels below the ayat, outermost first ("s", or "b", "1"):
    letters print as ``huruf``, numbers as ``angka``.
    """
    parts = []
    if pasal:
        parts.append(f"Pasal {pasal}")
    if ayat or items:
        parts.append(format_unit(ayat, items))
    if amends is not None:
        parts.append(f"{amends.ref.short} sebagaimana diubah dengan {ref.short}")
    elif part == "lampiran":
        parts.append(f"Lampiran {ref.short}")
    else:
        parts.append(ref.short)
    return " ".join(parts)


def format_unit(ayat: str | None, items: Sequence[str] = ()) -> str:
    """The part of a citation below the Pasal: "ayat (2) huruf s", "angka 1 huruf a"."""
    parts = [f"ayat ({ayat})"] if ayat else []
    parts += [f"{'angka' if label[:1].isdigit() else 'huruf'} {label}" for label in items]
    return " ".join(parts)


def identity_scope(regulation_id: str, amended_id: str | None) -> str:
    """The regulation an article's identity (``<scope>#<pasal>``) belongs to: the one it
    amends for an article quoted in an amendment's Pasal I (it is a version of that
    article), else its own. An amended regulation the parser could not name ("Undang-undang
    Darurat No. 3, tahun 1951" is type UNKNOWN) scopes to the quoting regulation instead:
    one shared "unknown-?-0" would make unrelated laws' articles versions of each other."""
    if not amended_id:
        return regulation_id
    if amended_id.startswith("unknown-"):
        return f"{regulation_id}~amended"
    return amended_id


def version_key(version: tuple[int, int, int]) -> str:
    """A version of an article — (year, 1 if quoted by an amendment else 0, number of the
    regulation carrying it) — as a string that sorts like the tuple: newer is greater."""
    year, amending, number = version
    return f"{year:04d}{amending}{number:08d}"


_INTERNAL_REFERENCE = re.compile(r"\bPasal\s+(?P<pasal>\d+[A-Z]?)\b")
_REFERENCE_DETAIL = re.compile(r"^(?:\s*(?:ayat\s*\(\w+\)|huruf\s+\w+|angka\s+\w+|dan|atau|,))*\s*")
_OTHER_REGULATION = re.compile(
    r"^(?:Undang|Peraturan|Keputusan|UU|Perpu|Perppu)\b(?![-\w]*\s+ini\b)", re.IGNORECASE)


def internal_references(text: str, own_pasal: str | None = None) -> list[str]:
    """Pasal numbers that ``text`` refers to in the same regulation ("sebagaimana dimaksud
    dalam Pasal 82 ayat (2)"), in order, without repeats; a reference followed by the name of
    another regulation ("Pasal 5 Undang-Undang Nomor …") is not one of them ("Pasal 5
    Undang-Undang ini" is)."""
    found: list[str] = []
    for match in _INTERNAL_REFERENCE.finditer(text):
        following = text[match.end():match.end() + 80]
        following = following[_REFERENCE_DETAIL.match(following).end():]
        if _OTHER_REGULATION.match(following):
            continue
        pasal = match.group("pasal")
        if pasal != own_pasal and pasal not in found:
            found.append(pasal)
    return found
