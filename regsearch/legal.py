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
_AYAT = re.compile(r"\bayat\s*\(?\s*(?P<ayat>\d+[a-z]?)\s*\)?", re.IGNORECASE)
#: The list labels below the ayat, outermost first: "huruf b angka 1", "angka 1 huruf a".
_ITEM = re.compile(r"\b(?:huruf\s+(?P<letter>[a-z]+\d?)|angka\s+(?P<number>\d+))\b",
                   re.IGNORECASE)


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

    Raises ``QueryError`` with an example when no regulation can be recognised.
    """
    if not isinstance(text, str):
        raise QueryError(f"a citation is text, like 'UU 10/2016 Pasal 7', not "
                         f"{type(text).__name__}")
    ref = parse_regulation_ref(text)
    if ref is None:
        raise QueryError(f"cannot read a regulation in {text!r}; "
                         "write it like 'UU 10/2016 Pasal 7' or 'Pasal 7 UU Nomor 10 Tahun 2016'")
    amended = _AMENDED_BY.search(text)
    amended_by = parse_regulation_ref(text[amended.end():]) if amended else None
    pasal = _PASAL.search(text)
    ayat = _AYAT.search(text)
    items = tuple((m.group("letter") or m.group("number")).lower() for m in _ITEM.finditer(text))
    lampiran = None
    if pasal is None:
        annex = _LAMPIRAN.match(_REG_SHORT.sub(" ", text))
        lampiran = " ".join(annex.group("label").split()).upper() if annex else None
    elif _LAMPIRAN_WORD.search(text):   # "Pasal 7 Lampiran UU 1/2015"
        lampiran = ""
    return Citation(
        ref,
        pasal.group("pasal").upper() if pasal else None,
        ayat.group("ayat").lower() if ayat else None,
        next((label for label in items if not label[0].isdigit()), None),
        amended_by,
        lampiran,
        items,
    )


def cited_pasals(text: str) -> list[str]:
    """Every Pasal a citation names, in order: "Pasal 156 dan Pasal 157", "Pasal 156, 157",
    "Pasal 156 sampai dengan 158" (a range of plain numbers: 156, 157, 158)."""
    found: list[str] = []
    for listed in _PASAL_LIST.finditer(text):
        body = listed.group()[len("pasal"):]
        for part in _LIST_PART.finditer(body):
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
    """True when ``text`` holds nothing but a citation ("Pasal 7 ayat (2) UU 10/2016",
    "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"), no words to search besides."""
    if not looks_like_citation(text):
        return False
    rest = _REG_SHORT.sub(" ", text)
    for pattern in (_PASAL_LIST, _AYAT, _ITEM, _LAMPIRAN_WORD, _CITATION_FILLER):
        rest = pattern.sub(" ", rest)
    return not rest.split()


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
