"""Legal vocabulary shared by the parser, the index and the CLI: regulation type names, the
regulation a text names ("UU No. 13 Th. 2003"), citations as regsearch prints them, article
identities and versions. Reading the citations people type is ``citations``. Pure functions,
stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

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
#: Ministries by the short form of their name people type: run into the type
#: ("Permendagri", "Permenaker" — Per(aturan) Men(teri) (Te)na(ga) Ker(ja), the n shared)
#: or the ministry's own short name ("Kemendagri 1/2021"), or apart ("Permen Dagri",
#: "Permen Naker"). Each is the ministry as its regulations' titles name it ("Peraturan
#: Menteri Dalam Negeri …"). "Nakertrans": the labour ministry's name until 2014, whose
#: regulations are still cited.
_MINISTRY_OF_SHORT_FORM = {
    "dagri": "Dalam Negeri", "naker": "Ketenagakerjaan", "kes": "Kesehatan",
    "dikbud": "Pendidikan dan Kebudayaan",
    "dikbudristek": "Pendidikan Kebudayaan Riset dan Teknologi",
    "keu": "Keuangan", "hub": "Perhubungan",
    "pan": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "panrb": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "kumham": "Hukum dan Hak Asasi Manusia", "dag": "Perdagangan",
    "tan": "Pertanian", "kominfo": "Komunikasi dan Informatika",
    "lhk": "Lingkungan Hidup dan Kehutanan", "esdm": "Energi dan Sumber Daya Mineral",
    "sos": "Sosial", "pupr": "Pekerjaan Umum dan Perumahan Rakyat",
    "ag": "Agama", "ristekdikti": "Riset Teknologi dan Pendidikan Tinggi",
    "nakertrans": "Tenaga Kerja dan Transmigrasi", "perin": "Perindustrian",
    "kp": "Kelautan dan Perikanan",
}
#: A minister's regulation as people name it, with the ministry run in: "Permendagri",
#: "Kemendagri" (the ministry), and "Kemnaker", "Kemnakertrans" as the labour ministry
#: writes its own.
_MINISTRY_OF_ALIAS = {f"{prefix}{short}".replace("nn", "n"): ministry
                      for short, ministry in _MINISTRY_OF_SHORT_FORM.items()
                      for prefix in ("permen", "kemen")}
_MINISTRY_OF_ALIAS.update(kemnaker="Ketenagakerjaan", kemnakertrans="Tenaga Kerja dan Transmigrasi")
_TYPE_ALIASES.update(dict.fromkeys(_MINISTRY_OF_ALIAS, "PERMEN"))
#: Provinces people name by a short form that does not run together the beginnings of
#: their name's words, as "Jabar" does Jawa Barat's (``titles.issuer_in_title`` reads those).
_PROVINCE_OF_SHORT_FORM = {"babel": "Kepulauan Bangka Belitung", "kaltara": "Kalimantan Utara",
                           "sultra": "Sulawesi Tenggara", "yogya": "Yogyakarta",
                           "jogja": "Yogyakarta"}
#: The provinces, as their Pergub and Perda titles name them: what an issuer typed in short
#: ("Jabar", "NTB", "DKI") is written out as in a message (``titles.issuer_written_out``).
PROVINCES = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung",
    "Daerah Khusus Ibukota Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
    "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
    "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
    "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
    "Papua Selatan",
)
#: An agency's regulation named by its acronym: "Peraturan BAPETEN" is a Peraturan Badan.
_AGENCY_OF_ALIAS = {f"peraturan {acronym.lower()}": acronym
                    for acronym in ("BAPETEN", "BATAN", "BPOM", "BKN", "BNN", "BNPB", "BNPT", "BPS",
                                    "BSSN", "BPKP", "BMKG", "BRIN", "BPN", "BKPM", "BIG", "BIN")}
_TYPE_ALIASES.update(dict.fromkeys(_AGENCY_OF_ALIAS, "PERBA"))
_ISSUER_OF_ALIAS = {**_MINISTRY_OF_ALIAS, **_AGENCY_OF_ALIAS}


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


#: Every way a type is written ("Undang-Undang", "UU", "Perpu"), as a regex alternation.
TYPE_ALTERNATION = "|".join(
    [re.escape(n).replace(r"\ ", r"\s+") for n, _ in _TYPE_NAMES]
    + sorted({c.lower().replace(" ", r"\s+") for c in {*TYPE_CODES, *_TYPE_ALIASES}}, key=len,
             reverse=True)
)
#: The issuer or region some types name before the number: "PERKA BAPETEN 3/2012", "Pergub
#: Bali 1/2021", "Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 7 Tahun 2017" (up to six
#: words, none of them a number, "nomor", "tahun", "pasal" or another type). A year may follow
#: the number after a space alone, as typed in a hurry: "uu 13 2003". A law made from a Perppu
#: of 1959-1964 bears "Prp" (or "Prps") by its number ("Undang-Undang Nomor 44 Prp. Tahun 1960",
#: "No. 38 Prp tahun 1960"): a series of its own, apart from the year's other laws (UU 2 Prp
#: 1960 is Pergudangan, UU 2/1960 Perjanjian Bagi Hasil), so its number keeps it: "44/Prp"
#: (``prp_number``), cited "UU 44/Prp/1960".
_ISSUER_WORD = rf"(?!(?:no|nomor|tahun|th|thn|pasal|{TYPE_ALTERNATION})\b)[A-Za-z][A-Za-z.-]*"
REGULATION_PATTERN = re.compile(
    rf"\b(?P<type>{TYPE_ALTERNATION})(?P<issuer>(?:\s+{_ISSUER_WORD}){{0,6}}?)\s*(?:(?:no\.?|nomor)\s*:?)?\s*"
    rf"(?P<number>\d+[A-Za-z]?)(?P<prp>\s*/?\s*prps?\b\.?)?(?:/[A-Za-z.0-9]+)*?"
    rf"\s*(?:/|\s+(?:tahun|th\.?|thn\.?)\s*|\s+(?=(?:19|20)\d\d\b))(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
#: Types many bodies issue, each numbering its own: "Pergub 1/2021" of Bali is not Jawa Barat's.
MULTI_ISSUER_TYPES = frozenset({"PERMEN", "PERKA", "PERBA", "KEPKA", "PERGUB", "PERDA", "PERBUP",
                                "PERWALI", "SE"})
#: Words typed with an issuer that name none ("Pergub RI …"); the office and the level of
#: government typed ("Pergub Gubernur Bali", "Perda Kabupaten Semarang") are checked
#: against the title like the issuer's own words (``titles.issuer_in_title``).
_NO_ISSUER_WORDS = frozenset({"republik", "indonesia", "ri"})


def without_type_name(title: str) -> str:
    """A title without the type name it opens with ("Peraturan Gubernur Bali Nomor 1 …" →
    "Bali Nomor 1 …"): what follows is the issuer, then the number. A Peraturan Badan keeps
    "Badan": it is the issuer's name ("Badan Pengawas Obat dan Makanan")."""
    lowered = " ".join(title.lower().split()) + " "
    for long_name, _ in _TYPE_NAMES:
        if lowered.startswith(long_name + " "):
            cut = len(long_name) + 1 - (len("badan ") if long_name.endswith(" badan") else 0)
            return " ".join(title.split())[cut:]
    return title


#: Words of an issuer's name that are no part of it for a type: the office the type already
#: names, the country, the level of government the type implies (a Perbup's Kabupaten).
#: A Perda keeps Kabupaten/Kota: Perda Kabupaten Bogor is not Perda Kota Bogor.
_NOT_OF_ISSUER = frozenset({"republik", "indonesia", "ri", "provinsi", "prov", "gubernur", "bupati",
                            "walikota", "wali", "kepala", "menteri", "peraturan", "keputusan"})
_LEVEL_OF_TYPE = {"PERBUP": frozenset({"kabupaten", "kab"}), "PERWALI": frozenset({"kota"})}
#: Words that name a kind of body, not one: "Peraturan Daerah Nomor 3 Tahun 2019" and
#: "Peraturan Kepala Badan Nomor 3 …" (as amendments name the regulation they amend) name
#: no issuer.
_GENERIC_ISSUER_WORDS = frozenset({"daerah", "badan", "kabupaten", "kab", "kota", "lembaga",
                                   "kementerian", "dinas"})
_JOINING_WORDS = frozenset({"dan", "atau", "serta"})
#: Issuers everyone names by an official short form ("Perka BAPETEN", "Pergub DKI Jakarta"):
#: the short form is their name in ids and citations.
_SHORT_ISSUERS = {
    "daerah khusus ibukota jakarta": "DKI Jakarta", "daerah istimewa yogyakarta": "DIY",
    "badan pengawas tenaga nuklir": "BAPETEN", "badan tenaga nuklir nasional": "BATAN",
    "badan pengawas obat dan makanan": "BPOM", "badan kepegawaian negara": "BKN",
    "badan narkotika nasional": "BNN", "badan nasional penanggulangan bencana": "BNPB",
    "badan nasional penanggulangan terorisme": "BNPT", "badan pusat statistik": "BPS",
    "badan siber dan sandi negara": "BSSN", "badan pengawasan keuangan dan pembangunan": "BPKP",
    "badan meteorologi klimatologi dan geofisika": "BMKG", "badan riset dan inovasi nasional": "BRIN",
    "badan pertanahan nasional": "BPN", "badan koordinasi penanaman modal": "BKPM",
    "badan informasi geospasial": "BIG", "badan intelijen negara": "BIN",
}
#: An official short form of one word typed is read as the name it stands for ("BAPETEN":
#: Badan Pengawas Tenaga Nuklir), as titles print it.
_NAME_OF_SHORT_ISSUER = {short.lower(): name for name, short in _SHORT_ISSUERS.items()
                         if " " not in short}
_SHORT_ISSUERS.update({short.lower(): short for short in _SHORT_ISSUERS.values()})
_ISSUER_NAME_END = re.compile(r"\b(?:nomor|no|tentang)\b", re.IGNORECASE)


def issuer_of_type_word(word: str) -> str:
    """The issuer a type word names by itself ("Permendagri": Dalam Negeri, "Peraturan
    BAPETEN": BAPETEN), or ""."""
    return _ISSUER_OF_ALIAS.get(" ".join(word.lower().split()), "")


def issuer_short_form(word: str) -> str:
    """The issuer's name a short form typed apart from the type stands for ("Naker":
    Ketenagakerjaan, "Dagri": Dalam Negeri, "Babel": Kepulauan Bangka Belitung, "BAPETEN":
    Badan Pengawas Tenaga Nuklir), or ``word``."""
    key = word.lower().strip(".")
    return (_MINISTRY_OF_SHORT_FORM.get(key) or _PROVINCE_OF_SHORT_FORM.get(key)
            or _NAME_OF_SHORT_ISSUER.get(key, "").title() or word)


def issuer_name(type_code: str, name: str) -> str:
    """The issuer of a regulation of a type many bodies issue, as its id and short citation
    write it: the words of ``name`` (a title, "Peraturan Gubernur Bali Nomor 1 …"; a
    signatory, "GUBERNUR BALI"; or the words typed after a type) between the type and the
    number, without the words that name no body ("Provinsi", the office), each capitalised
    ("Bali", "Dalam Negeri"; an agency cited by its acronym as that: "BAPETEN"). "" for a
    type one body issues, or when no issuer is written. One spelling for every source, so
    that the references between regulations meet the regulations they name."""
    if type_code not in MULTI_ISSUER_TYPES:
        return ""
    head = _ISSUER_NAME_END.split(without_type_name(f"{name} "), maxsplit=1)[0]
    dropped = _NOT_OF_ISSUER | _LEVEL_OF_TYPE.get(type_code, frozenset())
    words = [word for word in re.findall(r"[^\W_]+", head) if word.lower() not in dropped][:8]
    if all(word.lower() in _GENERIC_ISSUER_WORDS for word in words):
        return ""
    spelled = " ".join(words).lower()
    if spelled in _SHORT_ISSUERS:
        return _SHORT_ISSUERS[spelled]
    return " ".join(word.lower() if word.lower() in _JOINING_WORDS else word.capitalize()
                    for word in words)


def regulation_ref(match: re.Match[str]) -> RegulationRef | None:
    """The regulation a ``REGULATION_PATTERN`` match names (its issuer, as typed, read by
    ``issuer_name``); None when its type is no type."""
    code = normalize_type(match.group("type"))
    if code is None:
        return None
    number = prp_number(match.group("number").upper(), bool(match.group("prp")))
    return RegulationRef(code, number, int(match.group("year")),
                         issuer_name(code, _typed_issuer(match)))


def prp_number(number: str, prp: bool) -> str:
    """The number of a law made from a Perppu of 1959-1964, printed "Nomor 44 Prp. Tahun
    1960": "44/Prp", apart from the regular law numbered 44 that year (see
    ``REGULATION_PATTERN``); ``number`` itself when no "Prp" is printed by it."""
    return f"{number}/Prp" if prp else number


def _typed_issuer(match: re.Match[str]) -> str:
    """The issuer's words a ``REGULATION_PATTERN`` match holds: after the type, or in it
    ("Permendagri": Dalam Negeri)."""
    typed_type = " ".join(match.group("type").lower().split())
    named = issuer_of_type_word(typed_type)
    if named and not match.group("issuer").strip():
        return named
    if typed_type.endswith(" badan") and match.group("issuer").strip():
        # "Peraturan Badan Pengawas Obat …": the Badan is the issuer's name
        return f"Badan {match.group('issuer')}"
    return issuer_short_form(match.group("issuer").strip())   # "Permen Naker 1/2021"


def issuers_named(text: str) -> list[tuple[re.Match[str], RegulationRef, str]]:
    """Each regulation of a type many bodies issue that ``text`` names: its match, the
    regulation without its issuer, and the issuer's words as typed ("Pergub Jabar 1/2021" →
    PERGUB 1/2021, "Jabar"; "" when none is typed)."""
    named = []
    for match in REGULATION_PATTERN.finditer(text):
        code = normalize_type(match.group("type"))
        if code in MULTI_ISSUER_TYPES:
            words = [word for word in _typed_issuer(match).split()
                     if word.lower().strip(".") not in _NO_ISSUER_WORDS]
            ref = RegulationRef(code, match.group("number").upper(), int(match.group("year")))
            named.append((match, ref, " ".join(words)))
    return named


def parse_regulation_ref(text: str) -> RegulationRef | None:
    """Find "UU 10/2016", "Undang-Undang Nomor 10 Tahun 2016", "POJK 7/POJK.05/2014",
    "Pergub Bali 1/2021" in text."""
    match = REGULATION_PATTERN.search(text)
    return regulation_ref(match) if match else None


def format_citation(ref: RegulationRef, pasal: str | None, *, ayat: str | None = None,
                    items: Sequence[str] = (), amends: Amends | None = None,
                    part: str = "body") -> str:
    """Short-form citation: "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016".

    ``items`` is the path of list labels below the ayat, outermost first ("s", or "b", "1"):
    letters print as ``huruf``, numbers as ``angka``.
    """
    if not isinstance(ref, RegulationRef):
        raise QueryError(f"a citation is formatted from a RegulationRef, like RegulationRef('UU', "
                         f"'10', 2016), not {type(ref).__name__} (parse_citation reads text)")
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
_REFERENCE_DETAIL = re.compile(r"^(?:\s*(?:ayat\s*\(\w+\)|huruf\s+\w+|angka\s+\w+|dan|atau|,"
                               r"|(?:sampai\s+dengan|s\.?\s?d\.?)(?=\s*ayat\s*\()))*\s*")
_OTHER_REGULATION = re.compile(
    r"^(?:Undang(?:-?\s?Undang)?|Peraturan|Keputusan|Penetapan\s+Presiden|UU|Perpu|Perppu)\b"
    # "… Undang-Undang ini", "… Peraturan Otoritas Jasa Keuangan ini": its own, named so
    r"(?![-\w]*\s+(?:(?!(?:nomor|no|pasal|dan|atau|serta|tentang|yang)\b)[a-z][-\w]*\s+){0,6}"
    r"ini\b)"
    # "Pasal 2 ayat (1) pengacuannya diganti dengan Pasal 603" (UU 1/2023 Pasal 622): the
    # article of the law named before, whose references are now to this one's Pasal 603
    r"|^pengacuannya\b", re.IGNORECASE)


#: "… tidak berlaku ketentuan Pasal 25, Pasal 26, dan Pasal 30" (UU 1/2023 Pasal 411 ayat (3)):
#: the Pasal listed up to the clause's end (or a "kecuali" restoring some) are excluded.
_EXCLUSION = re.compile(r"\btidak\s+berlaku\s+ketentuan\b[^.;]*?(?=,?\s*kecuali\b|[.;]|$)",
                        re.IGNORECASE)


def internal_references(text: str, own_pasal: str | None = None,
                        own: RegulationRef | None = None) -> list[str]:
    """Pasal numbers that ``text`` refers to in the same regulation ("sebagaimana dimaksud
    dalam Pasal 82 ayat (2)"), in order, without repeats; a reference followed by the name of
    another regulation ("Pasal 5 Undang-Undang Nomor …") is not one of them ("Pasal 5
    Undang-Undang ini" is, and one naming ``own``, the regulation the text is an article of:
    UU 20/2001 inserts into UU 31/1999 a Pasal 38B citing "Pasal 2, Pasal 3, … Undang-Undang
    Nomor 31 Tahun 1999"). Nor is a Pasal the text says does not apply ("… tidak berlaku
    ketentuan Pasal 25, Pasal 26, dan Pasal 30"): linked, it would be read as governing."""
    found: list[str] = []
    excluded = [m.span() for m in _EXCLUSION.finditer(text)]
    for match in _INTERNAL_REFERENCE.finditer(text):
        if any(start <= match.start() < end for start, end in excluded):
            continue
        end = _after_listed(text, match)
        if _OTHER_REGULATION.match(text[end:end + 80]) and not _names(text[end:end + 120], own):
            continue
        pasal = match.group("pasal")
        if pasal != own_pasal and pasal not in found:
            found.append(pasal)
    return found


def _names(text: str, own: RegulationRef | None) -> bool:
    """Whether ``text`` opens with the name of ``own`` ("Undang-Undang Nomor 31 Tahun 1999 …")."""
    if own is None:
        return False
    named = REGULATION_PATTERN.match(text)
    ref = regulation_ref(named) if named else None
    return ref is not None and (ref.type, ref.number, ref.year) == (own.type, own.number, own.year)


_THROUGH = re.compile(r"(?:sampai\s+dengan|s\.?\s?d\.?|hingga)\s+(?=Pasal\b)", re.IGNORECASE)


def _after_listed(text: str, match: re.Match[str]) -> int:
    """Where the list a Pasal reference opens or continues ends: past its ayat/huruf
    details and the Pasal listed after it ("Pasal 2, Pasal 3, …, dan Pasal 13 Undang-Undang
    Nomor 31 Tahun 1999": each of them is UU 31/1999's, which only the last is followed by;
    UU 1/2023 Pasal 622 linked its own Pasal 2–12 as referred to)."""
    at = match.end()
    while True:
        detail = _REFERENCE_DETAIL.match(text[at:at + 80])   # (matches always: all optional)
        at += detail.end() if detail else 0
        through = _THROUGH.match(text, at)    # "Pasal 36 sampai dengan Pasal 40 Undang-…"
        listed = _INTERNAL_REFERENCE.match(text, through.end() if through else at)
        if listed is None:
            return at
        at = listed.end()


def ayat_referred(text: str, pasal: str) -> frozenset[str] | None:
    """The ayat of Pasal ``pasal`` (same regulation) that ``text`` refers to ("… dalam Pasal 79
    ayat (1) dan ayat (2), Pasal 85 …": {"1", "2"} for "79"); None when a reference names
    the Pasal whole ("… Pasal 74, dikenakan …") or by its huruf only, or none names it."""
    named: set[str] = set()
    for detail in _reference_details(text, pasal, _REFERENCE_DETAIL, 80):
        ayat = _ayat_numbers(_OWN_AYAT.finditer(detail))
        if not ayat:
            return None
        named.update(ayat)
    return frozenset(named) or None


def _reference_details(text: str, pasal: str, detail: re.Pattern[str], width: int
                       ) -> Iterator[str]:
    """What follows each reference in ``text`` to Pasal ``pasal`` of the same regulation
    (its ayat, huruf …, as ``detail`` reads them within ``width`` characters); references
    followed by another regulation's name are not ones."""
    for match in _INTERNAL_REFERENCE.finditer(text):
        if match.group("pasal") != pasal:
            continue
        following = text[match.end():match.end() + width]
        read = detail.match(following)
        if read is not None and not _OTHER_REGULATION.match(following[read.end():].lstrip()):
            yield read.group()


#: A reference's ayat and huruf ("ayat (2) huruf a, huruf b, atau huruf f", "huruf a sampai
#: dengan huruf h"), read after its Pasal.
_HURUF_DETAIL = re.compile(r"^(?:\s*(?:ayat\s*\(\w+\)|huruf\s+[a-z]{1,2}\b|dan/atau|dan|atau"
                           r"|sampai\s+dengan|s\.\s?d\.|,))*")
_HURUF_NAMED = re.compile(r"huruf\s+([a-z]{1,2})\b(?:\s*(?:sampai\s+dengan|s\.\s?d\.)\s*"
                          r"huruf\s+([a-z])\b)?")


def huruf_referred(text: str, pasal: str) -> frozenset[str] | None:
    """The huruf of Pasal ``pasal`` (same regulation) that ``text`` refers to, of whichever
    ayat it names ("… dalam Pasal 69 huruf a, huruf b, … atau huruf f dipidana …", UU 1/2015
    Pasal 187 ayat (2): {"a", …, "f"}; "Pasal 69 huruf a sampai dengan huruf h": a to h);
    None when a reference names the Pasal, or an ayat of it, without huruf, or none names
    it."""
    named: set[str] = set()
    for detail in _reference_details(text, pasal, _HURUF_DETAIL, 200):
        huruf = _HURUF_NAMED.findall(detail)
        if not huruf:
            return None
        for first, last in huruf:
            named.add(first)
            if last and len(first) == 1 and first < last:
                named.update(chr(c) for c in range(ord(first) + 1, ord(last) + 1))
    return frozenset(named) or None


#: An ayat named with no Pasal before it: the unit's own article ("sebagaimana dimaksud pada
#: ayat (2) dan ayat (3)"), with a range's end ("ayat (1) sampai dengan ayat (3)").
_OWN_AYAT = re.compile(
    r"ayat\s*\((\w+)\)(?:\s*(?:sampai\s+dengan|s\.?\s?d\.?)\s*ayat\s*\((\d+)\))?")


def own_ayat_referred(text: str) -> frozenset[str]:
    """The ayat of its own article that ``text`` refers to ("Dalam hal … petahana melanggar
    ketentuan sebagaimana dimaksud pada ayat (2) dan ayat (3), petahana tersebut dikenai
    sanksi pembatalan …", UU 10/2016 Pasal 71 ayat (5): {"2", "3"}): a statute often states
    an article's sanction in a later ayat of it. Ayat named after a Pasal ("dalam Pasal 79
    ayat (1)") are another article's and left out; a numbered range gives each ayat."""
    spans = []
    for match in _INTERNAL_REFERENCE.finditer(text):
        detail = _REFERENCE_DETAIL.match(text[match.end():])
        assert detail is not None   # (it matches an empty detail)
        spans.append((match.start(), match.end() + detail.end()))
    return frozenset(_ayat_numbers(
        match for match in _OWN_AYAT.finditer(text)
        if not any(start <= match.start() < end for start, end in spans)))


def _ayat_numbers(matches: Iterable[re.Match[str]]) -> list[str]:
    """The ayat ``_OWN_AYAT`` matches name, in order: each, and a numbered range's every ayat
    ("ayat (5) sampai dengan ayat (9)": 5 … 9)."""
    named: list[str] = []
    for match in matches:
        first, last = match.groups()
        named.append(first)
        if last and first.isdigit() and int(first) < int(last) <= int(first) + 20:
            named += [str(n) for n in range(int(first) + 1, int(last) + 1)]
    return list(dict.fromkeys(named))


#: Where a Penjelasan's part for an ayat, huruf or angka starts: its capitalised header
#: ("Ayat (2)", "Huruf a", "Angka 3") after the end of a sentence, at the start, or right
#: after another header ("Ayat (2) Huruf a Cukup jelas.") or "Cukup jelas" without its full
#: stop. References are lowercase.
_PENJELASAN_HEADER = re.compile(r"(?:Ayat\s+\(\w+\)|Huruf\s+[a-z]{1,2}|Angka\s+\d+[a-z]?)(?=\s|$)")


def penjelasan_parts(text: str) -> list[tuple[int, str]]:
    """A Penjelasan as one part per ayat, huruf and angka it explains, each with its depth
    (0 for an ayat, or for a huruf of an article without ayat; 1 for a huruf under an ayat):
    "Ayat (1) Cukup jelas. Ayat (2) Huruf a Cukup jelas. Huruf b …" → (0, "Ayat (1) Cukup
    jelas."), (0, "Ayat (2)"), (1, "Huruf a Cukup jelas."), (1, "Huruf b …"). A text
    without such headers is one part."""
    cuts = [0]
    for header in _PENJELASAN_HEADER.finditer(text):
        before = text[cuts[-1]:header.start()].strip()
        # ("Ayat (1) Cukup jelas Ayat (2) …": the formula ends a part without its full stop,
        # UU 40/1999 Pasal 18)
        if header.start() and (re.search(r"(?:[.;:]|\bCukup jelas)$", before)
                               or _PENJELASAN_HEADER.fullmatch(before)):
            cuts.append(header.start())
    parts = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)])]
    depth_of_items = 0
    shaped = []
    for part in filter(None, parts):
        is_ayat = part.startswith("Ayat")
        depth_of_items = 1 if is_ayat else depth_of_items
        shaped.append((0 if is_ayat or not _PENJELASAN_HEADER.match(part) else depth_of_items, part))
    return shaped


class Application(NamedTuple):
    """A provision making other articles of its law apply to a further case: "Ketentuan …
    sebagaimana dimaksud dalam Pasal 56 sampai dengan Pasal 62 berlaku secara mutatis
    mutandis terhadap penyusunan Peraturan Daerah Kabupaten/Kota" (UU 12/2011 Pasal 63).
    ``spans``: the Pasal applied, each (first, last) of a range ("56", "62") or (n, n) alone;
    ``to``: the case they are applied to, as written; ``mutatis``: said "mutatis mutandis"
    (else "berlaku juga/pula bagi …"); ``excepted``: Pasal named whole after "kecuali"."""

    spans: tuple[tuple[str, str], ...]
    to: str
    mutatis: bool
    excepted: frozenset[str] = frozenset()
    #: The ayat named of a Pasal applied alone ("Pasal 86 ayat (5) sampai dengan ayat (9)
    #: berlaku secara mutatis mutandis …", UU 40/2007 Pasal 88): (pasal, ayat) pairs; a
    #: Pasal not listed here is applied whole.
    ayat: tuple[tuple[str, tuple[str, ...]], ...] = ()


#: The verb applying provisions to another case: "berlaku (secara) mutatis mutandis terhadap",
#: "mutatis mutandis berlaku bagi", "berlaku juga/pula untuk", "diberlakukan … terhadap". A
#: plain "berlaku bagi" is not one: it states whom the rule binds ("Ketentuan … berlaku bagi
#: Pegawai Negeri Sipil"), not a further case.
_APPLYING = re.compile(
    r"\b(?:(?:di)?berlaku(?:kan)?\s+(?:(?P<also>pula|juga)\s+)?(?:secara\s+)?"
    r"(?P<mutatis>_?mutatis[\s-]+mutandis_?\s+)?"
    r"|(?P<before>_?mutatis[\s-]+mutandis_?)\s+(?:di)?berlaku(?:kan)?\s+(?:(?:pula|juga)\s+)?)"
    r"(?:bagi|terhadap|untuk|kepada)\b", re.IGNORECASE)
#: Where the applying sentence begins and ends inside a unit's text (an amendment's next
#: change item, "… Pasal 43C.\n14. Ketentuan Pasal 45 diubah …", begins with a number).
_SENTENCE_END = re.compile(r"(?:[.;:](?=\s+[A-Z0-9(\"“])|[.;:]?$)")
#: A Pasal applied, or a range of them; older laws write "pasal 6 ayat 2" in lower case.
_PASAL_SPAN = re.compile(r"\b[Pp]asal\s+(?P<first>\d+[A-Z]?)\b(?:\s+(?:sampai\s+dengan|s\.\s?d\.|"
                         r"s/d|hingga)\s+(?:[Pp]asal\s+)?(?P<last>\d+[A-Z]?)\b)?")
_EXCEPT = re.compile(r"\bkecuali\b", re.IGNORECASE)
#: A code or treaty named after a Pasal: "Pasal 12 Kitab Undang-undang Hukum Pidana berlaku
#: bagi …" (UU 6/1954), "Pasal 297 ayat (3), dari Konvensi berlaku juga untuk …" (UU 21/2009).
_OTHER_CODE = re.compile(r"^(?:dari\s+)?(?:Kitab|KUH|Konvensi)\b", re.IGNORECASE)


def applications(text: str, own_pasal: str | None = None) -> list[Application]:
    """The provisions of ``text`` (one ayat or article) applying other Pasal of the same law
    to a further case (``Application``); the Pasal are those named before the verb, not
    followed by another law's name ("Pasal 5 Undang-Undang Nomor …") and not ``own_pasal``.
    An ayat applying its own article's other ayat ("sebagaimana dimaksud pada ayat (1)
    berlaku juga bagi …") names no Pasal and is none: the article holds them already."""
    found = []
    for verb in _APPLYING.finditer(text):
        if not (verb.group("also") or verb.group("mutatis") or verb.group("before")):
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, verb.start())
                     if m.end() < verb.start()), default=0)
        spans, ayat = _spans(text[start:verb.start()], own_pasal)
        if not spans:
            continue
        end = _SENTENCE_END.search(text, verb.end())
        to = text[verb.end():end.start() if end else len(text)].strip(" ,_:")  # "bagi: a. …"
        found.append(Application(tuple(spans), to, not verb.group("also") or
                                 bool(verb.group("mutatis")), _excepted(to), tuple(ayat)))
    return found


def _spans(head: str, own_pasal: str | None
           ) -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, ...]]]]:
    """The Pasal of this law ``head`` names, each as a (first, last) range; and the ayat
    named of a Pasal named alone, when only some are ("Pasal 86 ayat (5) sampai dengan ayat
    (9)"): a Pasal also named without ayat is applied whole."""
    spans: list[tuple[str, str]] = []
    ayat: dict[str, list[str]] = {}
    whole: set[str] = set()
    for match in _PASAL_SPAN.finditer(head):
        following = head[match.end():match.end() + 80]
        detail = _REFERENCE_DETAIL.match(following)
        named = _ayat_numbers(_OWN_AYAT.finditer(detail.group())) if detail else []
        following = following[detail.end():] if detail else following
        if _OTHER_REGULATION.match(following) or _OTHER_CODE.match(following):
            continue
        first, last = match.group("first"), match.group("last") or match.group("first")
        if first == own_pasal:
            continue
        if (first, last) not in spans:
            spans.append((first, last))
        if named and first == last:
            ayat.setdefault(first, []).extend(named)
        else:
            whole.add(first)
    return spans, [(pasal, tuple(dict.fromkeys(numbers))) for pasal, numbers in ayat.items()
                   if pasal not in whole]


def _excepted(to: str) -> frozenset[str]:
    """The Pasal a "kecuali Pasal 7" after the case applied to leaves out whole (one whose ayat
    is named, "kecuali Pasal 7 ayat (1)", still applies in its other ayat)."""
    split = _EXCEPT.search(to)
    if split is None:
        return frozenset()
    tail = to[split.end():]
    return frozenset(m.group("first") for m in _PASAL_SPAN.finditer(tail)
                     if not m.group("last") and not re.match(r"\s*ayat", tail[m.end():]))


#: A range applied longer than this is no list of articles read right ("Pasal 1 sampai dengan
#: Pasal 2000" of an OCR'd number): left out.
_LONGEST_APPLIED = 200


def applied_pasal(application: Application, held: Sequence[str] = ()) -> list[str]:
    """The Pasal ``application`` applies, each range written out: its plain numbers, and the
    inserted articles ``held`` (the Pasal of the same law beside it, "54A") that fall inside
    it ("Pasal 54 dan Pasal 54A"; "Pasal 56 sampai dengan Pasal 62" holds a "58A" inserted);
    less those ``excepted`` whole."""
    found: list[str] = []
    for first, last in application.spans:
        low, high = _pasal_key(first), _pasal_key(last)
        if high < low or high[0] - low[0] > _LONGEST_APPLIED:
            continue
        plain = [str(n) for n in range(low[0], high[0] + 1) if low <= (n, "") <= high]
        inside = [p for p in held if low <= _pasal_key(p) <= high]
        found += [p for p in sorted({first, last, *plain, *inside}, key=_pasal_key)
                  if p not in found]
    return [p for p in found if p not in application.excepted]


def _pasal_key(pasal: str) -> tuple[int, str]:
    """"54A" → (54, "A"): an inserted article sorts after the one it follows."""
    digits = re.match(r"\d+", pasal)
    return (int(digits.group()) if digits else 0, pasal[digits.end():] if digits else pasal)
