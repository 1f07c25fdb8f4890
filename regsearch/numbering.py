"""Numbers as OCR prints them, and regulations named in running text (part of the parse layer).

Shared by the readers of a regulation's parts (``metadata``, ``amendments``, ``revocations``,
``parse``): an article or ayat number read through OCR's confusions ("l0" → 10, "2OA" → 20A),
the numbers that may follow one, a year, the printed names of regulation types, and the first
regulation a sentence names ("Undang-Undang Nomor I1 Tahun 2OO8" → UU 11/2008). Kept apart so
that each reader imports them from below instead of from ``parse``."""

from __future__ import annotations

import re

from .legal import issuer_name, prp_number
from .models import RegulationRef


#: Printed names of regulation types (upper case, regex), most specific first.
_TYPE_NAMES: tuple[tuple[str, str], ...] = (
    ("PERPPU", r"PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG"),
    ("PP", r"PERATURAN PEMERINTAH"),
    ("UU", r"UNDANG-UNDANG"),
    ("PERPRES", r"PERATURAN PRESIDEN"),
    ("KEPPRES", r"KEPUTUSAN PRESIDEN"),
    ("PKPU", r"PERATURAN KOMISI PEMILIHAN UMUM"),
    ("PERBAWASLU", r"PERATURAN BADAN PENGAWAS PEMILIHAN UMUM"),
    ("POJK", r"PERATURAN OTORITAS JASA KEUANGAN"),
    ("PERMEN", r"PERATURAN MENTERI"),
    ("PERKA", r"PERATURAN KEPALA"),
    ("KEPKA", r"KEPUTUSAN KEPALA"),
    ("PERBA", r"PERATURAN BADAN"),
    ("PERGUB", r"PERATURAN GUBERNUR"),
    ("PERDA", r"PERATURAN DAERAH"),
    ("PERBUP", r"PERATURAN BUPATI"),
    ("PERWALI", r"PERATURAN WALI ?KOTA"),
    ("SE", r"SURAT EDARAN"),
)
_TYPE_RES = tuple((code, re.compile(rf"\b{name}\b")) for code, name in _TYPE_NAMES)
_MIXED_TYPE_RES = tuple((code, re.compile(rf"\b{name}\b", re.I)) for code, name in _TYPE_NAMES)

#: A year is read only when plausible once OCR-read ("2O2O" → 2020; "2O0g" is none).
_YEARS = range(1800, 2101)

# A regulation named in running text. Number and year may carry OCR confusions ("Nomor I1 Tahun
# 2OO8", "Nomor L2 Tahun 20ll"): `_named_ref` reads them; "Undang-undang" and "UNDANG-UNDANG
# REPUBLIK INDONESIA NOMOR" (a title) are the same name.
_NAMED_DIGIT = r"[0-9lIOL]"

_AMENDED_REF = re.compile(
    r"(?P<name>(?i:Undang-Undang)|Peraturan Pemerintah Pengganti Undang-Undang|Peraturan [A-Z][\w ]+?|"
    r"Keputusan [A-Z][\w ]+?)(?:\s+(?i:Republik\s+Indonesia))?\s+(?i:Nomor|No\.)\s*"
    # a law made from a Perppu: "Undang-undang No. 38 Prp tahun 1960" is UU 38/Prp/1960
    rf"(?P<num>{_NAMED_DIGIT}+[A-Z]?)(?P<prp>\s*/?\s*(?i:Prps?)\b\.?)?(?:/[A-Z][A-Z0-9.]*)?"
    r"(?:/(?P<slashyear>\d{4}))?"
    # a year as OCR may print it: "2oo2", "2Ol4" ("2OOg" stays unread: g is 8 in UU 19/2016's
    # "Nomor 11 Tahun 2O0g", 9 in UU 11/2020's "Nomor 30 Tahun 2OOg")
    rf"(?:\s+(?i:Tahun)\s+(?P<year>[0-9lIOLo]{{4}}))?")

#: What an omnibus article amends when OCR garbled the name: read, never guessed.
_UNKNOWN_REF = RegulationRef("UNKNOWN", "?", 0)


def _year(raw: str | None) -> int | None:
    """A printed year, its OCR confusions read ("2O2O", "2OI9", "2O2L"); None unless plausible."""
    digits = (raw or "").translate(_OCR_DIGITS).translate(_OCR_LOWER_DIGITS)
    return int(digits) if digits.isdigit() and int(digits) in _YEARS else None


def _first_ref(text: str) -> RegulationRef | None:
    for found in _AMENDED_REF.finditer(text):
        code = _type_code(found.group("name"))
        number_year = _named_number_year(found)
        if code and number_year:
            return RegulationRef(code, *number_year, issuer_name(code, found.group("name")))
    return None


def _named_number_year(found: re.Match[str]) -> tuple[str, int] | None:
    """Number and year of an `_AMENDED_REF` match, OCR confusions read (l/I/L → 1, O → 0);
    None without a year, or when either is not a number once read."""
    # a regulation's number has no letter: "Nomor lT Tahun 2008" is UU 17/2008 (T for 7)
    number = _ocr_number(re.sub(r"(?<=[0-9lIO])T$", "7", found.group("num")))
    year = _year(found.group("year") or found.group("slashyear"))
    if number is None or year is None:
        return None
    return prp_number(number, bool(found.group("prp"))), year


def _type_code(name: str) -> str | None:
    for code, pattern in _MIXED_TYPE_RES:
        if pattern.match(name.strip()):
            return code
    return None


_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "L": "1"})
_OCR_LOWER_DIGITS = str.maketrans({"i": "1", "o": "0"})  # what ``re.I`` lets [lIO] match
_OCR_DIGITS_LENIENT = str.maketrans({"l": "1", "I": "1", "O": "0", "L": "1", "S": "5", "t": "1"})


def _ocr_number(raw: str, *, lenient: bool = False) -> str | None:
    """Read an article/ayat number with OCR confusions (l/I/L → 1, O → 0; with ``lenient``
    also S → 5, t → 1, for numbers the sequence confirms); None if not a number."""
    raw = raw.strip()
    suffix = ""
    confusable = "lIOLSt" if lenient else "lIOL"
    if raw and raw[-1].isalpha() and raw[-1] not in confusable and len(raw) > 1:
        raw, suffix = raw[:-1], raw[-1]
    digits = raw.translate(_OCR_DIGITS_LENIENT if lenient else _OCR_DIGITS)
    if not digits.isdigit() or digits.startswith("0"):
        return None
    return f"{int(digits)}{suffix}"


def _pasal_key(number: str) -> tuple[int, str]:
    match = re.match(r"(\d+)([A-Z]*)", number)
    return (int(match.group(1)), match.group(2)) if match else (0, number)


def _expected_next(previous: str) -> set[str]:
    """Numbers that may follow ``previous``: n+1, an inserted nA, or the next letter."""
    match = re.match(r"^(\d+)([A-Za-z]?)$", previous or "")
    if not match:
        return set()
    base, letter = int(match.group(1)), match.group(2)
    upper = letter.isupper() or not letter
    following = {str(base + 1), f"{base}{'A' if upper else 'a'}"}
    if letter:
        following.add(f"{base}{chr(ord(letter) + 1)}")
    return following
