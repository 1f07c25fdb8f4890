"""Page furniture removal, hyphenation repair and line joining (pure string functions).

Regulation PDFs and their OCR'd text carry things that are not part of the law: running
heads ("PRESIDEN REPUBLIK INDONESIA", "SALINAN", "2022, No.569"), page numbers ("- 2 -"),
site watermarks (jdih…go.id, peraturan.go.id, hukumonline; on a line of their own or
inside one: ``remove_inline_watermarks``), and page-break continuation
markers that repeat the first words of the next page ("Pasal 4 . . .", "(2) Izin . . ."; where
a text taken from a website kept them inside its lines: ``remove_catchwords``).
This module strips them and turns the physical lines of a page into *logical* lines: one
line per structural unit (heading, ayat, list item, paragraph), with wrapped lines joined
and line-end hyphenation repaired, so the parser can classify each line on its own.

Everything here is pure: strings in, strings out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# --- furniture ------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^[-–—]?\s*\(?\d{1,4}\)?\s*[-–—]?$")
_PAGE_OF = re.compile(r"^(halaman|hal\.?)\s*\d+(\s*(dari|/)\s*\d+)?$", re.I)
_RUNNING_HEAD = re.compile(
    r"^(PRESIDEN|WAKIL PRESIDEN)\s+REPUBLIK\s+INDONESIA$|^SALINAN$|^(- ?)?\d{4},\s*No\.\s*\d+.*$"
    r"|^Distribusi\s+[IVX]+$|^NOMOR\s+\d+\s+TAHUN\s+\d{4}$|^PRESIDEN$|^REPUBLIK INDONESIA$")
# Running heads only when they sit in the first lines of a page (the title block repeats
# the same words on page 1 with meaning).
_HEAD_ONLY_AT_TOP = re.compile(r"^NOMOR\s+\d+\s+TAHUN\s+\d{4}$|^PRESIDEN$|^REPUBLIK INDONESIA$")
_WATERMARK = re.compile(
    r"(jdih\.|jdih\s*[a-z]*\.go\.id|peraturan\.go\.id|hukumonline|www\.|https?://|\.go\.id\b)", re.I)
#: One or two dots alone ("." under a page's last line, ". ." of a split catchword "2."): a
#: print artefact, glued to the text before it otherwise ("… kepada Kepala UPTD. ."). Three
#: are an ellipsis: drafting examples elide with "..." on a line of its own (UU 12/2011).
_DOTS_ONLY = re.compile(r"^\.(?:\s*\.)?$")
_CONTROL_CHARS = re.compile(r"[\x00-\x01\x03-\x08\x0b-\x1f\x7f]")
_CONTINUATION = re.compile(r"(\.\s?){3}\s*$|…\s*$")
_MAX_MARKER_LEN = 80


def clean_pages(pages: Sequence[str]) -> list[list[str]]:
    """Remove page furniture; return, per page, its remaining physical lines (stripped)."""
    cleaned = []
    last = len(pages) - 1
    for index, page in enumerate(pages):
        # the running head first: it is read with the page number under it, and a line too
        # short once that is gone would keep it ("(21 (1) PRESIDEN REPUBLIK INDONESIA -9-")
        lines = [remove_inline_page_numbers(remove_inline_running_heads(_normalise_spaces(line)))
                 for line in _MARKDOWN_LINK.sub(r"\1", page).splitlines()]
        lines = [line for line in lines if line]
        lines = _drop_furniture(lines, first_page=index == 0)
        lines = [kept for line in lines if (kept := remove_inline_watermarks(line))]
        lines = _drop_repeated_catchwords(lines)
        lines = [kept for line in lines if (kept := remove_catchwords(line))]
        if index < last:
            lines = _drop_continuation_marker(lines)
        cleaned.append(lines)
    return cleaned


_LETTER_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){2,}[A-Z](?![\w.])")


#: Emphasis marks a text converted to Markdown left around nothing or a punctuation mark ("…
#: Pancasila; __ b. manfaat;", "… pelatihan _._ Paragraf 2 …", "Ayat (2) Cukup jelas. __ Angka
#: 14": 2,600 in the scale corpus): not text, and they hid the unit boundary they stand at.
_BARE_EMPHASIS = re.compile(r"(?<!\S)__(?=\s|$)")
_EMPHASISED_MARK = re.compile(r"\s*(?<!\S)_([.,;:])_(?=\s|$)")
#: An article's heading in italics ("… Daerah. _Pasal 7_ Cukup jelas. _Pasal 8_ Cukup jelas.",
#: UU 6/1995's Penjelasan; "_Pasal 10A_ Ayat (1) …", UU 17/2006; 9 times in 3 files of the
#: scale corpus): the marks hid the heading, and its entry was read as the text of the one
#: before (UU 6/1995's Pasal 7-12 had no Penjelasan).
_EMPHASISED_HEADING = re.compile(r"(?<!\S)_(Pasal\s+\d{1,3}[A-Z]?(?:…|\.\.\.)?)_(?!\S)")
#: A Markdown link a text converted from a website kept ("sebagaimana dimaksud pada [ayat
#: (1)](/uu/1999/22/pasal-103/ayat-1)": 10 files of the scale corpus, 104 links in UU 22/1999):
#: the words are the law's, the target is the site's. Only a target that is a path or URL is
#: read as one, so no bracketed legal text followed by a bracket is taken for a link.
#: The words may wrap to the next line ("dalam [Pasal 2 ayat\n(1)](/uu/1999/22/pasal-2/ayat-1)").
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,600})\]\((?:/|https?://|#|\.\.?/)[^\s()]*\)")


def _normalise_spaces(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    line = line.replace("\x02", "-").replace("\u00ad", "-")
    line = _CONTROL_CHARS.sub(" ", line)
    line = _EMPHASISED_MARK.sub(r"\1", _BARE_EMPHASIS.sub("", line))
    if "_Pasal" in line:
        line = _EMPHASISED_HEADING.sub(r"\1", line)
    line = re.sub(r"[ \t]+", " ", line).strip()
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)  # "P E N J E L A S A N"


#: An ayat's label printed above its article's heading: "(1)", "Pasal 37", "Kurikulum … wajib
#: memuat :", …, "(2) …" (UU 20/2003 Pasal 37, 43, 68, 69 …; 46 times in 3 files of the
#: scale corpus). Dropped as a page number, it left the article's first ayat unnumbered
#: ("ayat (2) first, no ayat (1)"); ``_drop_furniture`` gives it to the line after the heading
#: when that has no label of its own and an ayat (2) follows before the next heading.
_LABEL_ONE = re.compile(r"^\(\s?[1l]\s?\)$")
_HEADING_AFTER_LABEL = re.compile(r"^Pasal\s+\d{1,3}[A-Z]?$")
_LABELLED = re.compile(r"^\(\s?[0-9lI]{1,3}[a-z]?\s?\)")
_AYAT_TWO = re.compile(r"^\(2\)\s")


def _drop_furniture(lines: list[str], *, first_page: bool) -> list[str]:
    kept = []
    for position, line in enumerate(lines):
        if _label_above_heading(lines, position):
            lines[position + 2] = f"(1) {lines[position + 2]}"
            continue
        if is_furniture(line, at_top=position < 4, first_page=first_page):
            continue
        kept.append(line)
    return kept


#: A page number printed inside a line, as texts that joined a page's lines into one keep it:
#: "- 4 -" between dashes, where the page ended ("… atau perjanjian kerja bersama. - 4 - 3.
#: Perselisihan kepentingan adalah …", "… yang bersangkutan. - 31 - Pasal 40 (1) Arbiter …",
#: UU 2/2004, 61 times; some 860 times in 80 files of the scale corpus). It stood between a
#: sentence and the unit that follows it, so the unit was not read (Pasal 40 merged into
#: Pasal 39), or it ended an ayat's text. Not after a digit: "tanggal 31 - 12 - 1953", "Nomor
#: 900 - 187 - Tahun 2004", "2 - 3 - 4" are numbers, and so are a budget table's.
_INLINE_PAGE_NUMBER = re.compile(r"(?:^|(?<=[^\d\s-])\s)-\s?\d{1,4}\s?-(?=\s|$)")


def remove_inline_page_numbers(line: str) -> str:
    """``line`` without the page numbers ("- 4 -") printed inside it (``_INLINE_PAGE_NUMBER``)."""
    if "-" not in line:
        return line
    return re.sub(r"\s{2,}", " ", _INLINE_PAGE_NUMBER.sub(" ", line)).strip()


def _label_above_heading(lines: list[str], position: int) -> bool:
    """Whether ``lines[position]`` is the label "(1)" of the first ayat of the article whose
    heading follows it (``_LABEL_ONE``)."""
    if not (_LABEL_ONE.match(lines[position]) and position + 2 < len(lines)
            and _HEADING_AFTER_LABEL.match(lines[position + 1])
            and not _LABELLED.match(lines[position + 2])):
        return False
    for line in lines[position + 3:]:
        if _HEADING_AFTER_LABEL.match(line):
            return False
        if _AYAT_TWO.match(line):
            return True
    return False


def is_furniture(line: str, *, at_top: bool = False, first_page: bool = False) -> bool:
    """True for a line that is page furniture rather than content."""
    if _PAGE_NUMBER.match(line) or _PAGE_OF.match(line) or _DOTS_ONLY.match(line):
        return True
    if _WATERMARK.search(line) and len(line) < _MAX_MARKER_LEN and not line.endswith((";", ":")):
        return True
    if _RUNNING_HEAD.match(line):
        if _HEAD_ONLY_AT_TOP.match(line):
            return at_top and not first_page
        if first_page and line.upper().startswith(("PRESIDEN", "WAKIL")):
            return False  # page 1 letterhead/issuer; handled by the metadata reader
        return True
    return False


#: A site's watermark printed inside a line of text, as copies taken from websites carry it:
#: its address, whole or cut short ("… Pasal 9 epkumham.go Pengadilan …", UU 5/1986, 77 times
#: in 4 files of the scale corpus; "bphn.go.id", "jdih.kemenkeu.go.id", "www.hukumonline.com"),
#: or the name of the body that published it ("… Pasal II ditjen Peraturan Perundang-undangan
#: Menambah …", 153 times in 14 files). It stood between a heading and its text ("Bagian
#: Kedua Kedudukan epkumham.go Pasal 4"), so the heading was not read. An address is taken only
#: between spaces (not "… di www.x.go.id." ending a sentence, not an e-mail address) and not
#: after a word that introduces one ("laman www.jdihn.go.id"): there it is the law's text.
_WEB_ADDRESS = re.compile(
    r"(?<![\w@/-])(?:https?://)?(?:www\.)?[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:go\.id|go|com|or\.id|co\.id|ac\.id|net|org)(?:/\S*)?(?=\s|$)"
    r"|(?<!\S)ditjen Peraturan Perundang-undangan(?=\s|$)")
_ADDRESS_INTRODUCED = re.compile(
    r"\b(?:laman|situs|website|web|alamat|portal|e-?mail|surel|pos-el)\s*:?\s*$", re.I)
#: What a watermark prints before the address: the page counter of a site's printout ("2 / 5
#: www.hukumonline.com"), and the name of its owner, whose initials the address holds
#: ("Lembaga Penjamin Simpanan - www.lps.go.id", UU 24/2004, 36 times): only those words, not
#: the capitalised text before them ("… Bank Lembaga Penjamin Simpanan - www.lps.go.id Gagal …").
_PAGE_COUNTER_BEFORE = re.compile(r"(?:^|(?<=\s))\d{1,3} / \d{1,3}\s+$")
_OWNER_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){1,6}-\s+$")
_WATERMARK_LOOKBEHIND = 120


def remove_inline_watermarks(line: str) -> str:
    """``line`` without the site watermarks printed inside it (``_WEB_ADDRESS``)."""
    if "." not in line and "ditjen" not in line:
        return line
    parts, position = [], 0
    for found in _WEB_ADDRESS.finditer(line):
        window = max(position, found.start() - _WATERMARK_LOOKBEHIND)
        if _ADDRESS_INTRODUCED.search(line, window, found.start()):
            continue
        start = _owner_start(line, found, window)
        counter = _PAGE_COUNTER_BEFORE.search(line, window, start)
        parts.append(line[position:counter.start() if counter else start])
        position = found.end()
    if not parts:
        return line
    parts.append(line[position:])
    return re.sub(r"\s{2,}", " ", "".join(parts)).strip()


def _owner_start(line: str, address: re.Match[str], window: int) -> int:
    """Where the owner's name printed before ``address`` starts ("Lembaga Penjamin Simpanan -
    www.lps.go.id": its initials are a label of the address), else where the address does."""
    owner = _OWNER_BEFORE.search(line, window, address.start())
    if owner is None:
        return address.start()
    host = re.sub(r"^https?://", "", address.group()).split("/")[0]
    labels = set(host.lower().split(".")) - {"www"}
    words = list(re.finditer(r"[A-Z][a-z]+", owner.group()))
    for first in range(len(words)):
        if "".join(word.group()[0] for word in words[first:]).lower() in labels:
            return owner.start() + words[first].start()
    return address.start()


def _drop_continuation_marker(lines: list[str]) -> list[str]:
    """Drop the last line of a page when it only announces the next page ("Pasal 4 . . .")."""
    if lines and is_continuation_marker(lines[-1]):
        return lines[:-1]
    return lines


def is_continuation_marker(line: str) -> bool:
    """A short line ending in an ellipsis: the catchword that repeats the next page's start."""
    return bool(_CONTINUATION.search(line)) and len(line) <= _MAX_MARKER_LEN


def _drop_repeated_catchwords(lines: list[str]) -> list[str]:
    """Drop a catchword line anywhere when the next line starts with the same words: some
    PDFs put it at the top of the following page ("(2) Badan..." then "(2) Badan Pelaksana")."""
    kept = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        stem = _CONTINUATION.sub("", line).strip()
        if is_continuation_marker(line) and stem and following.startswith(stem):
            continue
        kept.append(line)
    return kept


#: A catchword: the label of the unit the next page starts with and its first words, then an
#: ellipsis glued to them ("(2) Ketentuan...", "25. Penumpang...", "Pasal 6...", "BAB IV...",
#: "Ayat (2)…"). A text taken from a website keeps it where the page ended: a line of its own,
#: or glued after the sentence that ended the page ("… Pemerintah Daerah. (5) Ketentuan...",
#: "… berkelanjutan; BAB IV...", "… sehari-hari. Pasal 2… Pasal 2. Bantuan …"): some 4,000
#: times in 340 files of the scale corpus (UU 22/2009: 190). Read as text it was an ayat, item
#: or article of its own ("(2) Ketentuan..." after ayat (2) of Pasal 312, no ayat (1) before).
#: Only at a line's start or after a sentence's end or a list item's "; dan" (kept), at most
#: three words, the dots glued to the last; and only where nothing follows, or the words it
#: repeats, or (after a sentence) the next unit ("… kecelakaan. Ayat (3)... Huruf c Yang …"):
#: a drafting example's "(2) Ketentuan mengenai... diatur dengan …", "b. Nomor... Tahun...",
#: "BAB I … Pasal 1... BAB II..." (UU 12/2011, UU 10/2004) is text. And where a catchword
#: stands before its page's first words with their label garbled ("(2) Bidan... SK No 004148 A
#: (21 Bidan yang …", UU 4/2019 Pasal 45), its label is that ayat's: kept.
_CATCHWORD_LABEL = (r"(?:\(\s?\d{1,3}[a-z]?\s?\)|\d{1,3}[a-z]?\.|[a-z]{1,2}\.|[a-z]\)|\d{1,3}\))"
                    r"(?:\s+[^\s.;:,()…]{1,30}){1,3}"
                    r"|(?:Pasal|Ayat|Angka|Huruf)\s+(?:\d{1,3}[A-Z]?|\(\d{1,3}[a-z]?\)|[a-z]|[IVXLC]+)"
                    r"|BAB\s+[IVXLC]+|Bagian\s+Ke[a-z]+|Paragraf\s+\d{1,3}")
_CATCHWORD = re.compile(
    rf"(?:^|(?:(?<=[.;:])|(?<=\bCukup jelas)|(?<=;\sdan)|(?<=;\satau)|(?<=;\sdan/atau))\s+)"
    rf"(?P<words>{_CATCHWORD_LABEL})(?:\.\.\.|…)(?=\s|$)")
_NEXT_UNIT = re.compile(
    r"\s*(?:Pasal\s+\d|Ayat\s+\(|Huruf\s+[a-z]\b|Angka\s+\d|BAB\s+[IVXLC]|Bagian\s+Ke|Paragraf\s+\d"
    r"|\(\d{1,3}[a-z]?\)\s|[a-z]\.\s|\d{1,3}\.\s)(?![^.…]{0,40}(?:\.\.\.|…))")


def remove_catchwords(line: str) -> str:
    """``line`` without the catchwords printed in it (``_CATCHWORD``)."""
    if "..." not in line and "…" not in line:
        return line

    def drop(found: re.Match[str]) -> str:
        before, rest = line[:found.start()].rstrip(), line[found.end():]
        if before.endswith(("...", "…")):
            return found.group()   # a chain of elisions: a drafting example
        if not rest.strip() or rest.lstrip().startswith(found.group("words")):
            return " " if before else ""
        if before and _NEXT_UNIT.match(rest):
            return " "
        return found.group()

    return re.sub(r"\s{2,}", " ", _CATCHWORD.sub(drop, line)).strip()


# --- hyphenation --------------------------------------------------------------------------

# \b: tried once per word, not at every letter of it (a 100,000-letter "word" of OCR
# garbage or letter-spaced capitals took minutes otherwise); the matches are the same.
_INLINE_BROKEN_HYPHEN = re.compile(r"\b(\w+)(?:- | -)(\w+)")


def join_hyphenated(left: str, right: str) -> str:
    """Join a word broken at a line end ("perun-" + "dangan") without gluing real
    hyphenated words ("Undang-" + "Undang", "perundang-" + "undangan", "masing-" + "masing")."""
    fragment = re.search(r"(\w+)-$", left)
    head = fragment.group(1) if fragment else ""
    first_word = re.match(r"\w+", right)
    tail = first_word.group(0) if first_word else ""
    if keeps_hyphen(head, tail):
        return left + right
    return left[:-1] + right


def keeps_hyphen(head: str, tail: str) -> bool:
    """Is ``head-tail`` a real hyphenated word rather than one word split at a line end?"""
    if not head or not tail:
        return True
    if tail[0].isupper() or tail[0].isdigit() or head[-1].isdigit():
        return True
    if head.isupper() and len(head) > 1:
        return True  # acronyms: "e-KTP", "PNS-"
    low_head, low_tail = head.lower(), tail.lower()
    return any(low_head.endswith(low_tail[:size]) for size in range(3, len(low_tail) + 1))


#: A list's first label whose dot OCR read as a hyphen, after the colon that opens the list
#: ("… dengan alasan: a- berhalangan masuk kerja …", UU 11/2020 Pasal 81 angka 40, the quoted
#: Pasal 153; 16 times in the scale corpus): no broken word ("aberhalangan") but huruf a.
_HYPHEN_FOR_LABEL_DOT = re.compile(r"(?<=:)(\s+)a-\s(?=[a-z]{2})")


def repair_inline_hyphens(text: str) -> str:
    """OCR text often keeps a wrapped hyphen as "Undang- Undang": rejoin it."""
    def fix(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        return f"{head}-{tail}" if keeps_hyphen(head, tail) else head + tail
    return _INLINE_BROKEN_HYPHEN.sub(fix, _HYPHEN_FOR_LABEL_DOT.sub(r"\1a. ", text))


# --- logical lines ------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """One logical line of a document and the 1-based page where it starts."""

    text: str
    page: int


_PASAL_WORD = r"Pasal\s+[0-9lIO][0-9lIO]*\s?[A-Z]?|Pasal\s+[IVX]+"
_STARTS_UNIT = re.compile(
    r"^(?:"
    rf"(?:{_PASAL_WORD})\s*$"                 # a bare Pasal heading
    r"|Pasal\s+\d{1,2} \d{1,2}\s*$"            # its number split by OCR ("Pasal 10 0")
    r"|Pasal\s+\S+(?:\s[A-Z](?![A-Za-z]))?\s+(?:Cukup jelas|Ayat|Huruf|Angka)\b"
    #                                          ^ Penjelasan: heading ("Pasal 12 B") + text
    r"|BAB\s+[IVXLC]+[A-Z]?\b"
    r"|Bagian\s+Ke\w+\b|Paragraf\s+\d+\b"
    r"|\(\s?[0-9lI]{1,3}[a-z]?\s?\)"          # ayat (1), (1a), OCR (l)
    r"|[a-z]{1,2}[0-9]?\.\s"                  # huruf a. / aa. / b1.
    r"|\d{1,3}[a-z]?\.\s"                     # angka 1. / 6c.
    r"|[a-z]\)\s|\d{1,3}\)\s"                # a) 1)
    r"|Menimbang\b|Mengingat\b|Memperhatikan\b|MEMUTUSKAN|Menetapkan\b|DENGAN RAHMAT"
    r"|Dengan Persetujuan|Agar setiap orang|Ditetapkan di|Disahkan di|Diundangkan di"
    r"|PENJELASAN\b|LAMPIRAN\b|I\.\s*UMUM|II\.\s*PASAL DEMI PASAL|UMUM\s*$|PASAL DEMI PASAL"
    r"|(?:[IVX]{1,3}\.\s*)?(?:Penjelasan\s+)?Pasal [Dd]emi [Pp]asal\b"
    r"|Ayat\s+\(|Huruf\s+[a-z]|Angka\s+\d|Cukup jelas"
    r"|TAMBAHAN LEMBARAN|LEMBARAN (NEGARA|DAERAH)|BERITA (NEGARA|DAERAH)"
    r"|ttd\.?|Salinan sesuai|[A-Z][A-Z .,'/()-]+,$"
    r")")
_ENDS_SENTENCE = re.compile(r"[.;:]\s*$")
_UPPER_LINE = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")


def starts_unit(text: str) -> bool:
    """Does this physical line begin a new structural unit (never a continuation)?"""
    return bool(_STARTS_UNIT.match(text))


#: A Bagian's number: "Kesatu", "Pertama", or as laws of the 1950s-60s print it, a Roman or
#: Arabic number before a titled word ("Bagian III Hak milik", "Bagian IV. Hak guna-usaha.",
#: "Bagian 1. Keanggautaan.": UU 5/1960, 14/1965), its title ending the line (or the text
#: searched) with no sentence in it; a budget law's "Bagian XIII (Kementerian Perburuhan)
#: dari Anggaran …", "Bagian V A (…" or "Bagian XV. Bab II (Penerimaan) dari anggaran …
#: ditetapkan sebagai berikut: …" (UU 43/1958) is text, not a heading.
BAGIAN_NUMBER = (r"(?:Ke[a-z]+|Pertama)(?:\s+[A-Z][a-z]+)?"
                 r"|(?:[IVXLC]+|\d{1,2})(?=\.?\s+[A-Z][\w-][^.;:()]{0,150}[.,]?\s*$)")
#: A BAB/Bagian/Paragraf heading glued after a line's last sentence: it heads the Pasal that
#: follows, on the next line ("… tentang tata tertib. Paragraf 6 Hak Imunitas", UU 17/2014
#: before Pasal 224) or inline ("… berisiko tinggi. Paragraf 2 Perizinan Berusaha … Pasal 8
#: (1)": ``parse`` cuts it there).
#: Its title may end in a full stop or a comma, as older laws print it ("… tersebut. Bagian III
#: Hak milik, Pasal 20.", "… ayat (2). BAB VII. PENGAWASAN.": UU 5/1960, 5/1962), when it
#: reads as a title: a BAB's in capitals, a Bagian's or Paragraf's short, neither naming a
#: Pasal ("… sebagai Undang-undang. BAB II PEMBENTUKAN, BATAS WILAYAH, DAN IBUKOTA Pasal 2
#: Dengan Undang-undang ini dibentuk … Maluku." is a heading and its article's sentence).
_TITLE_NO_PASAL = r"(?:(?!Pasal\s+\d)[^.;:])"
GLUED_STRUCTURE = re.compile(
    rf"(?<=[.;:])\s+(?=(?:BAB\s+[IVXLC]+[A-Z]?|Bagian\s+(?:{BAGIAN_NUMBER})|Paragraf\s+\d+[A-Z]?)"
    r"\.?\s+[A-Z][^.;:]{0,200}$"
    rf"|BAB\s+[IVXLC]+[A-Z]?\.?\s+[A-Z](?:(?!Pasal\s+\d)[^a-z.;:]){{0,200}}[.,]\s*$"
    rf"|(?:Bagian\s+(?:{BAGIAN_NUMBER})|Paragraf\s+\d+[A-Z]?)\.?\s+[A-Z]{_TITLE_NO_PASAL}{{0,100}}[.,]\s*$)")
_PASAL_LINE = re.compile(r"^Pasal\s+\d+[A-Z]?\s*$")


def logical_lines(pages: Sequence[Sequence[str]]) -> list[Line]:
    """Join wrapped physical lines into logical lines, page by page and across pages; a
    heading glued to the end of the line before a Pasal heading starts its own line."""
    return _headings_cut_off(_joined_lines(pages))


def _headings_cut_off(lines: list[Line]) -> list[Line]:
    """``lines`` with each heading glued after the last sentence of a line that a "Pasal N"
    line follows cut off into a line of its own (``GLUED_STRUCTURE``)."""
    result: list[Line] = []
    for line, following in zip(lines, [*lines[1:], None]):
        found = (GLUED_STRUCTURE.search(line.text)
                 if following is not None and _PASAL_LINE.match(following.text) else None)
        if found:
            result += [Line(line.text[:found.start()], line.page),
                       Line(line.text[found.end():], line.page)]
        else:
            result.append(line)
    return result


def _joined_lines(pages: Sequence[Sequence[str]]) -> list[Line]:
    """Wrapped physical lines joined into logical lines (``logical_lines``)."""
    result: list[Line] = []
    # Whether result[-1] has no lowercase and some uppercase letter (``_UPPER_LINE``), kept up
    # to date as lines are joined: rescanning a growing line at every join cost time
    # quadratic in its length (a block of 16,000 lines in capitals took most of a minute).
    no_lower = has_upper = False
    for page_no, lines in enumerate(pages, 1):
        for raw in (part for line in lines for part in split_glued(line)):
            text = repair_inline_hyphens(raw)
            text_no_lower, text_has_upper = not _LOWER.search(text), bool(_UPPER.search(text))
            if result and _continues(result[-1].text, text, previous_upper=no_lower and has_upper):
                result[-1] = Line(_join(result[-1].text, text), result[-1].page)
                no_lower, has_upper = no_lower and text_no_lower, has_upper or text_has_upper
            else:
                result.append(Line(text, page_no))
                no_lower, has_upper = text_no_lower, text_has_upper
    return result


_LOWER = re.compile(r"[a-z]")
_UPPER = re.compile(r"[A-Z]")


_GAZETTE_NUMBER_LINE = re.compile(r"^(TAMBAHAN |LEMBARAN |BERITA )[A-Z ]*NOMOR\s+\d+\s*$")
_ENDS_WITH_UNIT_WORD = re.compile(r"\b(ayat|huruf|angka|Pasal|butir)\s*$")


#: How much of the end of a logical line the end-anchored patterns look at. They need its
#: last word only; searching the whole line cost time quadratic in a paragraph's length
#: (a paragraph of 8,000 wrapped lines took a minute).
_TAIL = 200
#: A gazette notice line ("TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5588") is short;
#: matching the pattern against a long block in capitals backtracks through all of it.
_MAX_GAZETTE_LINE = 500


def _continues(previous: str, text: str, *, previous_upper: bool | None = None) -> bool:
    """Does ``text`` continue the logical line ``previous``? ``previous_upper``: whether
    ``previous`` matches ``_UPPER_LINE``, when the caller knows it already."""
    tail_start = max(0, len(previous) - _TAIL)
    if previous_upper is None:
        previous_upper = bool(_UPPER_LINE.match(previous))
    if len(previous) <= _MAX_GAZETTE_LINE and _GAZETTE_NUMBER_LINE.match(previous):
        return False  # a gazette notice ends a document; what follows is a new one
    if _ENDS_WITH_UNIT_WORD.search(previous, tail_start):
        return True  # "… pada ayat" + "(1) huruf a …": a wrapped cross-reference
    if starts_unit(text):
        return False
    if previous.endswith(":") and text[:1].isupper():
        return False  # "… berbunyi sebagai berikut:" then the quoted text
    if previous_upper and not _UPPER_LINE.match(text):
        return False  # a heading title in capitals, then body text
    if re.match(rf"^(?:{_PASAL_WORD})\s*$", previous) or re.match(r"^(BAB|Bagian|Paragraf)\b", previous):
        return False  # the line after a heading is its title or its first sentence
    if _UPPER_LINE.match(text) and _ENDS_SENTENCE.search(previous, tail_start):
        return False
    return True


def _join(left: str, right: str) -> str:
    if left.endswith("-") and not left.endswith(" -"):
        return join_hyphenated(left, right)
    return f"{left} {right}"


# --- glued lines (OCR plain text) ---------------------------------------------------------

_GLUED_BREAKS = re.compile(
    r"\s+(?=(?:Agar setiap orang mengetahuinya|Disahkan di |Ditetapkan di |Diundangkan di "
    r"|(?<!TAMBAHAN )LEMBARAN NEGARA REPUBLIK|(?<!TAMBAHAN )BERITA NEGARA REPUBLIK|TAMBAHAN LEMBARAN NEGARA"
    r"|TAMBAHAN BERITA"
    r"|LEMBARAN DAERAH|BERITA DAERAH|PENJELASAN\s+ATAS|I\.\s*UMUM\b|II\.\s*PASAL DEMI PASAL"
    r"|LAMPIRAN(?:\s+[IVX]+)?\s+(?:UNDANG|PERATURAN|KEPUTUSAN|:)|DENGAN RAHMAT TUHAN"
    r"|MEMUTUSKAN\s*:|Menetapkan\s*:))")
#: The Pasal demi Pasal heading glued after the Penjelasan Umum's last sentence ("… ketentuan
#: yang ada. PENJELASAN PASAL DEMI PASAL.", UU 1/1974; "… sanksi. PASAL DEMI PASAL", UU
#: 33/2004; "… Pencucian Uang. II. Pasal Demi Pasal Pasal 1 Cukup jelas.", UU 15/2002): in
#: capitals anywhere ("… Perundang-undangan PASAL DEMI PASAL Pasal 1", UU 11/1990), else only
#: after a sentence ("… dilengkapi pula dengan Penjelasan Umum serta Penjelasan Pasal demi
#: Pasal.", UU 4/1996, is text).
_GLUED_PASAL_DEMI_PASAL = re.compile(
    r"(?<![A-Z]\.)(?<!PENJELASAN)\s+(?=(?:[IVX]{1,3}\.\s*)?(?:PENJELASAN\s+)?PASAL DEMI PASAL\b)"
    r"|(?<=[.:;])(?<![A-Z]\.)\s+(?=(?:[IVX]{1,3}\.\s*)?(?:Penjelasan\s+)?Pasal [Dd]emi [Pp]asal\b)")
# A regulation title printed right after the gazette number that ends the previous one.
_AFTER_TLN = re.compile(r"((?:TAMBAHAN LEMBARAN NEGARA|TAMBAHAN BERITA NEGARA)[A-Z ]*?NOMOR\s+\d+)\s+(?=\S)")
# OCR text glues ayat together: "… Perundang-undangan. (2) Undang-Undang Dasar …".
_GLUED_AYAT = re.compile(r"(?<=[.;:\"”])\s+(?=\(\d{1,2}[a-z]?\)\s+[A-Z])")
#: After a sentence end, or after "Cukup jelas" printed without its full stop ("… Huruf i
#: Cukup jelas Angka 3 Pasal 12 A Cukup jelas Pasal 12 B Ayat (1) …", UU 20/2001); the
#: number of an inserted article may be spaced ("Pasal 12 B").
_PENJELASAN_BREAKS = re.compile(
    r"(?:(?<=[.:;])|(?<=\bCukup jelas))\s+"
    r"(?=Angka\s+\d+\s+Pasal\s+\d"
    r"|(?:Angka\s+\d+[A-Za-z]?|Pasal\s+\d+(?:\s?[A-Z](?![A-Za-z]))?|Pasal\s+[IVX]+)"
    r"(?:\s*$|\s+(?:Cukup jelas|Ayat\s+\(|Huruf\s+[a-z]|Angka\s+\d|Yang dimaksud)))")


# The running head glued inside an OCR line ("… PRES I DEN REPUELIK INDONESIA Pasal 171 …"); not
# the title ("PERATURAN PRESIDEN REPUBLIK INDONESIA"), the issuer line ("…,") or "… dan PRESIDEN …".
_INLINE_RUNNING_HEAD = re.compile(
    r"(?<!KEPUTUSAN )(?<!PERATURAN )(?<!INSTRUKSI )(?<!WAKIL )(?<!dan )(?<!DAN )(?<!ESA )"
    r"\b(?:P\s?R\s?E\s?S\s?I\s?D\s?E\s?N\s+R\s?E\s?P\s?U\s?[BE]\s?L\s?I\s?[KX]\s+I\s?N\s?[DO]\s?[O0]\s?N\s?E\s?S\s?I\s?A"
    # as OCR garbles it: "FRESIDEH REPUEL|K INDONESIA", "PRESIDEN REPUBUK TNDONESIA"
    r"|[PF]RESIDE[NH]\s+REPU[A-Z|]{2,5}\s+[IT]NDONESIA)\b"
    r"(?!\s*,)(?!\s*ttd)"
    # with the page number printed under it ("… PRESIDEN REPUBLIK INDONESIA -560- (5) Dalam …")
    r"(?:\s+[-–—]\s?\d{1,4}\s?[-–—](?=\s|$))?")


#: The running head as OCR garbled it further, letters read as others or two for one
#: ("PRESIEIEN REPUBLIK INOONESIA" inside UU 27/2022 Pasal 21 ayat (1); "FRESTDEN REPUBUK
#: INDONESIA", "PRESIOEN REPLIBLIK INDONESIA", "FRESIEEN REPUEUK INDONE5IA": 45 times in 16 files
#: of the scale corpus): three words in capitals, each within two letters' edit of the head's
#: (``_near``), in the places ``_INLINE_RUNNING_HEAD`` takes it.
_GARBLED_RUNNING_HEAD = re.compile(
    r"(?<!KEPUTUSAN )(?<!PERATURAN )(?<!INSTRUKSI )(?<!WAKIL )(?<!dan )(?<!DAN )(?<!ESA )"
    r"\b(?P<words>[A-Z][A-Z0-9|]{5,9}\s+[A-Z][A-Z0-9|]{5,9}\s+[A-Z][A-Z0-9|]{5,10})(?![\w|])"
    r"(?!\s*,)(?!\s*ttd)"
    r"(?:\s+[-–—]\s?\d{1,4}\s?[-–—](?=\s|$))?")
_HEAD_WORDS = ("PRESIDEN", "REPUBLIK", "INDONESIA")


def _near(word: str, target: str, most: int = 2) -> bool:
    """Whether ``word`` is within ``most`` edits (insert, delete, replace) of ``target``."""
    if abs(len(word) - len(target)) > most:
        return False
    row = list(range(len(target) + 1))
    for i, letter in enumerate(word, 1):
        previous, row[0] = row[0], i
        for j, wanted in enumerate(target, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (letter != wanted))
    return row[-1] <= most


def _garbled_head(found: re.Match[str]) -> str:
    words = found.group("words").split()
    if all(_near(word, target) for word, target in zip(words, _HEAD_WORDS)):
        return " "
    return found.group()


def remove_inline_running_heads(line: str) -> str:
    """Drop a running head glued inside a longer line of OCR text, as printed or garbled."""
    if len(line) < 40:
        return line
    line = _INLINE_RUNNING_HEAD.sub(" ", line)
    if "NESIA" in line or "NES" in line:
        line = _GARBLED_RUNNING_HEAD.sub(_garbled_head, line)
    return re.sub(r"\s{2,}", " ", line).strip()


def split_glued(line: str) -> list[str]:
    """Split an OCR line where several units were glued together ("… Cukup jelas. Angka 3",
    "… LEMBARAN NEGARA … PENJELASAN ATAS …") so each starts its own line."""
    line = remove_inline_running_heads(line)
    line = _AFTER_TLN.sub(r"\1\n", line)
    line = _GLUED_BREAKS.sub("\n", line)
    line = _GLUED_PASAL_DEMI_PASAL.sub("\n", line)
    line = _PENJELASAN_BREAKS.sub("\n", line)
    line = _GLUED_AYAT.sub("\n", line)
    return [part.strip() for part in line.split("\n") if part.strip()]
