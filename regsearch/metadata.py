"""The title block and closing of a regulation: type, number, year, title, dates (parse layer).

``_read_metadata`` reads "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 11 TAHUN 2020 TENTANG CIPTA
KERJA" (OCR's damage included) into type/number/year/subject/issuer; ``_headless_metadata``
recovers them for a text whose title block is lost (from "PENJELASAN ATAS …" or the enacting
formula); a regulation whose number is never read is numbered after its file
(``_unknown_number``). Titles are cased as the regulation itself writes its words. From the
closing: where and when it was enacted and promulgated, the signer, the gazette, and when it
takes effect (``_entry_into_force``)."""

from __future__ import annotations

import calendar
import datetime
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .clean import Line
from .legal import MULTI_ISSUER_TYPES, TYPE_ALTERNATION, issuer_name, normalize_type, prp_number
from .models import Article, EntryIntoForce
from .numbering import _ocr_number, _TYPE_NAMES, _TYPE_RES, _year


# "NOMOR 11 TAHUN 2020". OCR: "NOMOR.19", "NOMOR __ 44", "NOMOR 10 . TAHUN", "22TAHUN1951"; the
# year may carry the digit confusions of a number ("2O2O", "2OI9"): ``_number_fields`` reads it.
_NUMBER = re.compile(
    r"\bNOMOR\s*[:.]?[\s_]*(?P<num>[0-9lIO]+(?:[A-Z](?!AH[UV]N))?(?:\s*/\s*[A-Z][A-Za-z.]*\s*[0-9]*)*"
    r"(?:\s*/\s*(?P<slashyear>\d{4}))?)(?P<prp>\s+PRPS?\b\.?)?"   # "NOMOR 44 PRP TAHUN 1960"
    r"(?:(?:\s*\.\s*|\s+|(?<=\d))TAH[UV]N\s*(?P<year>[0-9lIO]{4}))?",
    re.I)

_TENTANG = re.compile(r"\bTENTANG\b\s*(?P<subject>.+)", re.I | re.S)
# "DENGAN RAHMAT" ends the title even glued to the next word ("RAHMATTUHAN", OCR)
_HEAD_STOP = re.compile(r"\bDENGAN RAHMAT|\b(?:Menimbang|MENIMBANG|MEMUTUSKAN)\b")
_HEAD_END = re.compile(r"^(DENGAN RAHMAT|Menimbang|MEMUTUSKAN)", re.I)
_BARE_HEAD_END = re.compile(r"^(?:Menimbang|MEMUTUSKAN)\s*:?\s*$", re.I)
_ISSUER = re.compile(r"DENGAN RAHMAT TUHAN YANG MAHA ESA\s*,?\s*(?P<issuer>[A-Z][A-Z0-9 .'/&-]+?)\s*,",
                     re.S)

#: The year of a date or gazette as OCR prints it ("22 November 2OL7", "TAHUN 2OI7 NOMOR
#: 239": UU 16/2017, 41 dates and 11 gazettes of the UU texts), read by ``_year``.
PRINTED_YEAR = r"[0-9OIlL]{4}(?!\w)"
_PROMULGATED = re.compile(r"Diundangkan di\s+(?P<place>[A-Za-z .]+?)\s*,?\s*pada tanggal\s+"
                          rf"(?P<date>\d{{1,2}}\s*[A-Za-z]+\s*{PRINTED_YEAR})", re.I)
_GAZETTE = re.compile(
    r"\b(?P<name>LEMBARAN NEGARA|BERITA NEGARA|LEMBARAN DAERAH|BERITA DAERAH)\b(?P<rest>[A-Z ]*?)"
    rf"\s*TAHUN\s+(?P<year>{PRINTED_YEAR})\s*NOMOR\s*(?P<num>[0-9]+(?:/[A-Z0-9]+)?)", re.I)

_SMALL_WORDS = frozenset(
    "atas tentang dan di pada ke dari yang untuk dalam melalui menjadi bagi oleh dengan serta atau "
    "antara terhadap sebagai beserta of on the and for in to".split())


def _read_metadata(lines: list[Line]) -> dict:
    head: list[str] = []
    for line in lines[:80]:
        # a stray "Menimbang :" line above the title (OCR, UU 15/2017) ends no head
        if _HEAD_END.match(line.text) and any(not _BARE_HEAD_END.match(text) for text in head):
            head.append(line.text)  # keep the issuer line that follows DENGAN RAHMAT
            break
        head.append(line.text)
    text = " ".join(head)
    upper_head = _mended_title(_title_part(text))
    meta: dict = {}
    number = _title_number(upper_head)
    if number:
        casing = _own_casing(lines)
        meta.update(_number_fields(number))
        prefix = upper_head[:number.start()]
        meta["type"], meta["printed_type"] = _type_from_prefix(prefix, casing)
        subject = _TENTANG.search(upper_head[number.end():])
        if subject:
            meta["subject"] = _title_case(subject.group("subject"), casing)
    issuer = _ISSUER.search(" ".join(l.text for l in lines[:120]))
    if issuer:
        meta["issuer"] = re.sub(r"\s+", " ", issuer.group("issuer")).strip()
    _compose_title(meta)
    if not (meta.get("type") and meta.get("number") and meta.get("year")):
        meta = _headless_metadata(lines, meta)
    if meta.get("type"):
        meta["issued_by"] = (issuer_name(meta["type"], meta.get("printed_type") or "")
                             or issuer_name(meta["type"], meta.get("issuer") or ""))
    return meta


#: "Menetapkan : UNDANG-UNDANG TENTANG HUKUM ACARA PIDANA." (the Menetapkan line once the
#: body glued after it is cut off): the subject the law enacts, ended by its full stop (not
#: that of "No. 3"; a watermark may follow it: "… TENGAH. ditjen Peraturan …", UU 6/1990).
_ENACTED_SUBJECT = re.compile(
    r"^Menetapkan\s*:?\s*(?P<type>[^:]{4,80}?)\s+TENTANG\s+(?P<subject>.+?)\s*"
    r"(?:\.\s+(?!\d)|\.?\s*$)", re.I)
#: "PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 8 TAHUN 1981 TENTANG HUKUM …",
#: anywhere in a line (glued after the closing formula: UU 8/1981).
_EXPLAINED_TITLE = re.compile(r"\bPENJELASAN\s+ATAS\s+(?P<head>.{4,120}?)\s+TENTANG\s+"
                              r"(?P<subject>\S+(?:\s+\S+){0,2})")


def _headless_metadata(lines: list[Line], meta: dict) -> dict:
    """``meta`` completed from what a text whose title block is missing still prints (old
    laws copied from their "Menimbang" on: UU 8/1981 KUHAP, UU 5/1990): the subject from the
    Menetapkan line, type, number and year from the heading of its own Penjelasan
    ("PENJELASAN ATAS UNDANG-UNDANG … NOMOR 8 TAHUN 1981 TENTANG …"), taken only when that
    heading explains the subject enacted (not a Perppu's Penjelasan the law annexes)."""
    meta = dict(meta)
    casing = _own_casing(lines)
    enacted = next((found for line in lines if (found := _ENACTED_SUBJECT.match(line.text))),
                   None)
    if enacted and not meta.get("subject"):
        meta["subject"] = _title_case(enacted.group("subject"), casing)
    explained = next((found for line in lines for found in _EXPLAINED_TITLE.finditer(line.text)
                      if _same_subject(found.group("subject"), meta.get("subject"))), None)
    number = _title_number(_mended_title(explained.group("head"))) if explained else None
    if number and not meta.get("number"):
        assert explained is not None   # the number was read from it
        meta.update(_number_fields(number))
        meta["type"], meta["printed_type"] = _type_from_prefix(
            _mended_title(explained.group("head"))[:number.start()], casing)
    _compose_title(meta)
    return meta


def _compose_title(meta: dict) -> None:
    """``meta["title"]`` as the title block prints it ("Undang-Undang Republik Indonesia Nomor
    9 Tahun 1985 tentang Perikanan"), or the subject alone when type or number is unread."""
    if meta.get("printed_type") and meta.get("subject") and meta.get("full_number"):
        meta["title"] = (f"{meta['printed_type']} Nomor {meta['full_number']} "
                         f"tentang {meta['subject']}")
    elif meta.get("subject"):
        meta["title"] = meta["subject"]


def _same_subject(explained: str, subject: str | None) -> bool:
    """Whether the first words a Penjelasan heading names after TENTANG ("NARKOTIKA UMUM
    Peraturan", its UMUM heading and text glued after) begin as the subject enacted does
    ("Narkotika"): any, when no subject was read."""
    if not subject:
        return True
    words = [re.sub(r"\W", "", word.casefold()) for word in explained.split()]
    own = [re.sub(r"\W", "", word.casefold()) for word in subject.split()]
    shared = min(len(words), len(own))
    return words[:shared] == own[:shared]


def _unknown_number(path: str, lines: list[Line]) -> str:
    """The number of a regulation whose own could not be read: its file's name and a digest
    of its text ("uu-2020-11-5d41a2"), so that two such files are two regulations, never one
    ``UNKNOWN ?/0`` (the index took every one after the first for a copy of it, and their
    articles would have been versions of one another). The digest keeps apart files of one
    name in two folders; a name without a letter ("11.md") is prefixed with its folders until
    it has one: uu/2020/11.md reads "uu-2020-11", as uu-2020-11.md does."""
    parts = _path_parts(path)
    words: list[str] = []
    for part in reversed(parts):
        slug = re.sub(r"[\W_]+", "-", part.casefold()).strip("-")
        if slug:
            words.insert(0, slug)
        if any(ch.isalpha() for ch in slug):
            break
    text = "\n".join(line.text for line in lines).encode("utf-8", "surrogatepass")
    return "-".join(words + [hashlib.sha256(text).hexdigest()[:6]])


def _path_parts(path: str) -> list[str]:
    """The folders and name of a file's path, the name without its suffix (.md, .pdf)."""
    parts = [part for part in re.split(r"[\\/]+", path) if part]
    if parts:
        parts[-1] = re.sub(r"(?<=.)\.[^.]*$", "", parts[-1])
    return parts


#: A file named for the regulation it holds: "uu-5-1986.pdf", "UU_No_5_Tahun_1986.md", "pp 43
#: 2006 perizinan reaktor.txt", "uu/1986/5.md" (a bare number in its type's and year's
#: folders): its type, then its number and year in either order.
_FILE_NAMED = re.compile(rf"\b(?P<type>{TYPE_ALTERNATION})\s+(?:(?:no|nomor)\s+)?(?P<first>\d{{1,4}})"
                         rf"\s+(?:(?:tahun|th|thn)\s+)?(?P<second>\d{{1,4}})\b", re.I)


def _completed_by_file(path: str, meta: dict) -> dict:
    """``meta`` with type, number and year from the file's name (``_named_by_file``) when the
    text gave not all three, its title composed anew; ``meta`` itself when the name gives
    none. Its subject stays the one the text enacts ("Peradilan Tata Usaha Negara")."""
    if meta.get("type") and meta.get("number") and meta.get("year"):
        return meta
    named = _named_by_file(path)
    if not named:
        return meta
    meta = {**meta, **named, "issued_by": ""}
    meta.pop("title", None)
    _compose_title(meta)
    return meta


def _named_by_file(path: str) -> dict:
    """Type, number and year as the file's name gives them, for a text that prints none (a
    copy starting at its recitals: UU 5/1986 in the scale corpus, "uu/1986/5.md"): {} unless
    the name holds a type followed by a number and a year that cannot be mistaken for each
    other. The file name alone is read first, then with its folders, as ``_unknown_number``
    names such a file; the caller says where the identity came from (an anomaly), since a
    file may be misnamed."""
    parts = _path_parts(path)
    for depth in range(1, min(3, len(parts)) + 1):
        words = re.sub(r"[\W_]+", " ", " ".join(parts[-depth:])).strip()
        found = _FILE_NAMED.search(words)
        if found:
            return _file_number_year(found)
    return {}


def _file_number_year(found: re.Match[str]) -> dict:
    """The fields of a ``_FILE_NAMED`` match whose one number is a year and other is not."""
    first, second = found.group("first"), found.group("second")
    years = [raw for raw in (first, second) if len(raw) == 4 and _year(raw)]
    if len(years) != 1:
        return {}
    year = int(years[0])
    number = str(int(second if years[0] == first else first))
    code = normalize_type(found.group("type"))
    if code is None or code in MULTI_ISSUER_TYPES:   # "pergub-1-2021": whose? the name says not
        return {}
    printed = next(name for own, name in _TYPE_NAMES if own == code)
    return {"type": code, "number": number, "year": year, "full_number": f"{number} Tahun {year}",
            "printed_type": _title_case(printed.replace(" ?", " "))}


def _title_part(head: str) -> str:
    """The head up to "DENGAN RAHMAT"/"Menimbang": the title. An OCR'd page may print a stray
    "Menimbang" above the title ("Menimbang Menimbang UNDANG-UNDANG … NOMOR 15 TAHUN 2019"):
    a part too short to be a title is skipped."""
    parts = _HEAD_STOP.split(head)
    return next((part for part in parts if len(part.strip()) >= 20), parts[0])


#: How a title's type and number may be printed or OCR'd, each with its usual form. They mend
#: only the title's own name and number: the part before TENTANG, never the regulation its
#: subject names ("… TENTANG PERUBAHAN UNDANG-UNDANG No. 3 TAHUN 1946"), and within the
#: first ``_TITLE_NAME_SPAN`` characters, never a preamble read as the head of a text whose
#: title is missing ("… Menetapkan … UNDANG-UNDANG UNTUK MENGUBAH UNDANG-UNDANG No. 27 …").
_TITLE_MENDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "UNDANG UNDANG", "UNDANG - UNDANG", "UNDANG – UNDANG", "UNDANG‐UNDANG" (U+2010),
    # "UNDANG.UNDANG"
    (re.compile(r"\bUNDANG(?:\s*[-\u2010-\u2015.]\s*|\s+)UNDANG\b"), "UNDANG-UNDANG"),
    # "UNDANG- REPUBLIK INDONESIA" (joined by ``clean`` as "UNDANG-REPUBLIK"), "UNDANG REPUBLIK
    # INDONESIA": the first UNDANG- lost
    (re.compile(r"(?<![\w\u2010-\u2015-])UNDANG(?:-\s*|\s+)(?=REPUBLIK\s+INDONESIA\b)"),
     "UNDANG-UNDANG "),
    # "NOM0R 7"; "UNDANG-UNDANGNOMOR 6" (glued); "NO. 11", "No. 16" (older titles)
    (re.compile(r"\bNOM0R\b"), "NOMOR"),
    (re.compile(r"(?<=[A-Z])NOMOR(?=\s*[0-9lIO])"), " NOMOR"),
    (re.compile(r"\bN[Oo]\s?\.\s*(?=[0-9lIO]+\s*TAH[UV]N\b)"), "NOMOR "),
    # "UNDANG-UNDANG REPUBLIK INDONESIA 13 TAHUN 1982": NOMOR lost
    (re.compile(r"(?<=\bREPUBLIK INDONESIA )(?=[0-9lIO]{1,4}\s*TAH[UV]N\b)"), "NOMOR "),
    # "TAHUN ^2017", "UNDANG-UNDANG ^REPUBLIK": a caret OCR puts before words
    (re.compile(r"\^"), ""),
)
_TITLE_SUBJECT = re.compile(r"\bTENTANG\b")
_TITLE_NAME_SPAN = 200


def _mended_title(title: str) -> str:
    """The title with the OCR damage and spellings of ``_TITLE_MENDS`` read as usual."""
    subject = _TITLE_SUBJECT.search(title, 0, _TITLE_NAME_SPAN)
    end = subject.start() if subject else min(len(title), _TITLE_NAME_SPAN)
    name, rest = title[:end], title[end:]
    for pattern, usual in _TITLE_MENDS:
        name = pattern.sub(usual, name)
    return name + rest


def _title_number(head: str) -> re.Match[str] | None:
    """The ``NOMOR …`` of the title: preceded by a type name and carrying a year (a gazette
    notice printed above the title, "Tambahan Lembaran Negara Nomor 4279", is skipped)."""
    for found in _NUMBER.finditer(head):
        if _year(found.group("year") or found.group("slashyear")) is None:
            continue
        before = head[max(0, found.start() - 160):found.start()]
        if any(pattern.search(before) for _, pattern in _TYPE_RES) and "TAMBAHAN" not in before[-60:]:
            return found
    return None


def _number_fields(match: re.Match[str]) -> dict:
    raw = re.sub(r"\s+", "", match.group("num"))
    digits = re.match(r"[0-9lIO]+", raw)  # none for "nomor induk" (``_NUMBER`` ignores case)
    leading = (_ocr_number(digits.group(0)) if digits else None) or raw
    year = _year(match.group("year") or match.group("slashyear"))
    if "/" in raw:
        full = raw
    else:
        full = f"{leading} Tahun {year}" if year else leading
    if match.group("prp"):   # a law made from a Perppu, numbered in a series of its own
        full = full.replace(" Tahun", " Prp Tahun", 1)
    return {"number": prp_number(leading, bool(match.group("prp"))), "year": year,
            "full_number": full}


def _type_from_prefix(prefix: str, casing: _OwnCasing | None = None
                      ) -> tuple[str | None, str | None]:
    """The type code whose printed name ends closest to NOMOR, and the printed name (in
    ``casing``, as ``_title_case``)."""
    best: tuple[int, int, str] | None = None  # (end, -start, code): latest end, then longest name
    for code, pattern in _TYPE_RES:
        for found in pattern.finditer(prefix):
            candidate = (found.end(), -found.start(), code)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None, None
    printed = re.sub(r"\([^)]*\)", "", prefix[-best[1]:]).strip(" ,")
    return best[2], _title_case(printed, casing)


@dataclass(frozen=True)
class _OwnCasing:
    """How a regulation's own running text writes words its title block prints in capitals:
    the acronyms it keeps in capitals ("TPP diberikan kepada Pegawai"), and the small words
    it capitalises inside a name, with the word after them ("Menteri Dalam Negeri")."""

    acronyms: frozenset[str] = frozenset()
    capitalised: frozenset[tuple[str, str]] = frozenset()


_OWN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S")


def _own_casing(lines: Sequence[Line]) -> _OwnCasing:
    """The casing a text's running prose gives its words (``_OwnCasing``): a word in
    capitals inside prose (``_between_prose``), never written otherwise, is an acronym
    ("TPP"); a small
    word capitalised inside a sentence, between capitalised words, and never in lower case
    there, is part of a name ("Peraturan Menteri Dalam Negeri tentang …"), unless it is in a
    title cited ("… tentang Perubahan Atas …": titles are cited with every word
    capitalised). Lines in capitals (the title block, headings, running headers) say
    nothing."""
    upper: set[str] = set()
    otherwise: set[str] = set()
    capitalised: set[tuple[str, str]] = set()
    small: set[tuple[str, str]] = set()
    in_title = False   # after "tentang", up to the end of the sentence
    for line in lines:
        tokens = _OWN_WORD.findall(line.text)
        for at, token in enumerate(tokens):
            in_title = (in_title or token.lower() == "tentang") and token not in ".;:"
            if not token[:1].isalpha():
                continue
            before = tokens[at - 1] if at else ""
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            if not token.isupper():
                otherwise.add(token.lower())
                if token.lower() in _NAME_SMALL_WORDS and after.istitle():
                    if token.islower():
                        small.add((token, after.lower()))
                    elif token.istitle() and before.istitle() and not in_title:
                        capitalised.add((token.lower(), after.lower()))
            elif len(token) > 1 and _between_prose(before, after):
                upper.add(token.lower())
    return _OwnCasing(frozenset(upper - otherwise), frozenset(capitalised - small))


#: The small words a name may capitalise ("Menteri Dalam Negeri"): Indonesian ones.
_NAME_SMALL_WORDS = _SMALL_WORDS - {"of", "on", "the", "and", "for", "in", "to"}


def _between_prose(before: str, after: str) -> bool:
    """Whether a word in capitals stands inside running prose: between two words, neither
    in capitals and one in lower case ("disingkat TPP adalah", "Bagian II dari"); not a
    signatory's name after "ttd" (signed), nor a heading glued to a line."""
    words = (before, after)
    return (all(word.isalpha() and not word.isupper() for word in words)
            and any(word.islower() for word in words) and before.lower() != "ttd")


def _title_case(text: str, casing: _OwnCasing | None = None) -> str:
    """Upper-case title text → readable case ("Perubahan Kedua atas Undang-Undang …"), each
    acronym and small word in a name as the regulation's own text writes it (``casing``:
    "Tambahan Penghasilan Pegawai (TPP)", "Menteri Dalam Negeri")."""
    casing = casing or _OwnCasing()
    text = re.sub(r"\s+", " ", text).strip().rstrip(".")
    words = text.split(" ")
    rendered = []
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        core = word.strip("(\"“”),;:").lower()
        if word.isupper() and core in casing.acronyms:
            rendered.append(word)
        elif word.isupper() and (core, following.strip("(\"“”),;:")) in casing.capitalised:
            rendered.append(word.capitalize())
        else:
            rendered.append(_title_word(word, first=position == 0))
    return " ".join(rendered)


#: A Roman number as a title prints it ("Bagian III", "Kabinet Pembangunan VI"): kept in
#: capitals. Only I, V, X, L, C, well formed, so that no word is one ("DI", "CIVIL").
_ROMAN_NUMBER = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _title_word(word: str, *, first: bool) -> str:
    if any(ch.isdigit() for ch in word) or not word.isupper() and not word.isalpha():
        if not word.isupper():
            return word
    if "-" in word:
        parts = word.split("-")
        rendered = [_title_word(parts[0], first=first)]
        for part in parts[1:]:
            same = part.lower() == parts[0].lower()
            rendered.append(part.capitalize() if same else part.lower())
        return "-".join(rendered)
    opening = re.match(r"^[(\"“]*", word)
    assert opening is not None   # "*": it matches at least the empty string
    prefix = opening.group(0)
    core = word[len(prefix):]
    lowered = core.lower()
    if lowered.rstrip(",;:)") in _SMALL_WORDS and not first:
        return prefix + lowered
    if _ROMAN_NUMBER.fullmatch(core.rstrip(",;:)\"”")):   # "Bagian III", never "Iii"
        return word
    if any(ch.isdigit() for ch in core):
        return word
    return prefix + lowered[:1].upper() + lowered[1:]


def _match_date(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    if not found:
        return None
    date = found.group("date")
    year = _year(date[-4:])
    if year is None:
        return None
    return re.sub(r"\s+", " ", f"{found.group('place').strip()}, {date[:-4]}{year}")


_SIGNER = re.compile(r"(?:Ditetapkan|Disahkan) di\s+[A-Za-z .]+?\s*,?\s*pada tanggal\s+\d{1,2}\s*[A-Za-z]+\s*"
                     rf"{PRINTED_YEAR}\s*(?P<office>[A-Z][A-Z .'/-]+?)\s*,")

#: "… ini mulai berlaku" and what follows it, in the article putting a regulation in force.
_TAKES_EFFECT = re.compile(r"\b(?:Undang[\s-]*undang|Peraturan|Keputusan|Instruksi)(?:\s+[\w-]+){0,4}"
                           r"\s+ini\s+mulai\s+berlaku\b", re.I)
#: "… setelah 3 (tiga) tahun terhitung sejak tanggal diundangkan" (UU 1/2023 Pasal 624),
#: "1 (satu) tahun terhitung sejak tanggal diundangkan".
_EFFECT_AFTER = re.compile(
    r"^\s*(?:setelah\s+|pada\s+)?(?P<n>\d{1,3})\s*(?:\([a-z ]+\)\s*)?(?P<unit>tahun|bulan|hari)"
    r"\s+(?:terhitung\s+)?(?:sejak|setelah)\s+(?:(?:hari|tanggal)\s+)*"
    r"(?:diundangkan|pengundangan)", re.I)
#: "… pada tanggal diundangkan", "pada hari diundangkan", "sejak tanggal diundangkan", "pada
#: hari pengundangannya", "pada hari diumumkan" (and "… dan berlaku surut …" after it).
_EFFECT_AT_PROMULGATION = re.compile(
    r"^\s*(?:pada|sejak)\s+(?:(?:hari|tanggal)\s+){1,2}(?:diundangkan|pengundangan|diumumkan)",
    re.I)
#: "… pada tanggal 1 Januari 2001": a date of its own.
_EFFECT_ON = re.compile(r"^\s*(?:pada|sejak)\s+(?:tanggal\s+)?(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})\b")
_MONTHS = ("januari februari maret april mei juni juli agustus september oktober november "
           "desember").split()


def _entry_into_force(articles: list[Article], promulgated: str | None, year: int
                      ) -> EntryIntoForce | None:
    """When the regulation says it takes effect: the last article of its body saying
    "Undang-Undang ini mulai berlaku …", read when it names the promulgation, a time after
    it, or a date (else its clause with ``after`` and ``date`` None: "pada hari yang akan
    ditetapkan dalam Peraturan Pemerintah"). A promulgation date read in another year than
    the regulation's ("14 Juni 1985" for UU 12/1965: OCR) dates nothing."""
    for article in reversed(articles):
        if article.part != "body" or article.amends is not None:
            continue
        # not "Pada saat Undang-Undang ini mulai berlaku, semua peraturan …" (a transition)
        found = next((m for m in reversed(list(_TAKES_EFFECT.finditer(article.text)))
                      if not re.match(r"\s*,", article.text[m.end():])), None)
        if found is None:
            continue
        start = article.text.rfind("\n", 0, found.start()) + 1
        rest = article.text[found.end():]
        clause = re.sub(r"\s+", " ", article.text[start:found.end()]
                        + re.split(r"\.(?:\s|$)|\n", rest, maxsplit=1)[0]).strip()
        # a closing formula the parser left glued to the last article ("… diundangkan.
        # Agar setiap orang … Diundangkan di Jakarta pada tanggal 2 Januari 2023 …")
        day = _iso_date((promulgated or _match_date(_PROMULGATED, rest) or "").rpartition(
            ", ")[2])
        after, date = _effect_of(rest, day if day and day[:4] == str(year) else None)
        return EntryIntoForce(article.pasal, clause, after, date)
    return None


def _effect_of(rest: str, promulgated: str | None
               ) -> tuple[tuple[int, int, int] | None, str | None]:
    """(years, months, days after promulgation, ISO date) of what follows "mulai berlaku",
    ``promulgated`` an ISO date or None."""
    named = _EFFECT_ON.match(rest)
    if named:
        return None, _iso_date(named.group("date"))
    later = _EFFECT_AFTER.match(rest)
    if later:
        n = int(later.group("n"))
        after = {"tahun": (n, 0, 0), "bulan": (0, n, 0), "hari": (0, 0, n)}[
            later.group("unit").lower()]
    elif _EFFECT_AT_PROMULGATION.match(rest):
        after = (0, 0, 0)
    else:
        return None, None
    return after, _date_after(promulgated, after) if promulgated else None


def _iso_date(text: str) -> str | None:
    """"2 Januari 2023" as "2023-01-02"; None when it is no date."""
    parts = text.split()
    if len(parts) != 3 or parts[1].lower() not in _MONTHS or not parts[0].isdigit() \
            or not parts[2].isdigit():
        return None
    try:
        return datetime.date(int(parts[2]), _MONTHS.index(parts[1].lower()) + 1,
                             int(parts[0])).isoformat()
    except ValueError:
        return None


def _date_after(start: str, after: tuple[int, int, int]) -> str:
    """ISO ``start`` plus years, months (the day kept, or the month's last) and days."""
    day = datetime.date.fromisoformat(start)
    months = day.month - 1 + after[0] * 12 + after[1]
    year, month = day.year + months // 12, months % 12 + 1
    last = calendar.monthrange(year, month)[1]
    moved = datetime.date(year, month, min(day.day, last))
    return (moved + datetime.timedelta(days=after[2])).isoformat()


def _signer(closing: str) -> str | None:
    """The office that signs ("PRESIDEN REPUBLIK INDONESIA,"): the issuer when the
    title block does not print it."""
    found = _SIGNER.search(closing)
    return re.sub(r"\s+", " ", found.group("office")).strip() if found else None


def _gazette(text: str) -> str | None:
    found = _GAZETTE.search(text)
    if not found:
        return None
    name = _title_case(f"{found.group('name')}{found.group('rest')}".strip())
    year = _year(found.group("year"))
    return f"{name} Tahun {year} Nomor {found.group('num')}" if year else None
