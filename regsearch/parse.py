"""Text of a regulation → ``Regulation`` tree (pure: strings in, dataclasses out).

The document is read in four steps:

1. ``clean`` removes page furniture and yields logical lines (one per unit) with pages.
2. The lines are split into zones: head (judul, pembukaan), body (batang tubuh), closing
   (penutup), penjelasan and lampiran. A Lampiran that is itself a complete regulation
   (Penetapan Perppu menjadi UU) is parsed as articles with ``part="lampiran"``.
3. The body is cut into articles at ``Pasal N`` headings that pass a sequence check (a
   heading must fit the expected next number, or stand alone between sentences), so a
   cross-reference wrapped onto its own line is not taken for an article. Amending
   regulations (``Pasal I``/``Pasal II``) get their change items read and every quoted
   article becomes an ``Article`` with ``amends`` set; so does an Arabic-numbered article of
   an omnibus law whose lead-in changes another named law ("Pasal 81 Beberapa ketentuan
   dalam Undang-Undang Nomor 13 Tahun 2003 … diubah sebagai berikut:"): its quoted headings
   do not cut the body.
4. Articles are split into ayat and nested list items; the Penjelasan is attached.

The readers of self-contained parts live in modules of their own, below this one: the title
block and closing (``metadata``), the change items of an amending article (``amendments``),
what the closing provisions revoke (``revocations``), with the heading patterns and the raw
article (``headings``) and OCR-tolerant numbers and named regulations (``numbering``) they share.

How the parts are represented (what the index and the CLI rely on):

- Body articles have ``part="body"``. In an amending regulation the body is ``Pasal I`` and
  ``Pasal II``; ``Pasal I``'s text is its lead-in plus the numbered instructions (one
  ``Item`` per change item, label "1", "2" …), never the quoted text. Each quoted article
  is an ``Article`` of its own (``pasal`` = the quoted number, ``part="body"``, ``amends``
  = ``Amends(ref, pasal, via="Pasal I angka N")``; ``via="Pasal I"`` when Pasal I has one
  unnumbered instruction). ``Regulation.changes`` lists every change item. An item printed
  on the line that ends the quoted text before it ('… dan bangsa." 90. Ketentuan Pasal 162
  diubah …') is split off when it carries the next expected number and reads as an
  instruction; an item whose number is truly lost is inferred (``change_label_missing``).
- An omnibus law (UU 11/2020 Cipta Kerja) keeps its own articles and numbers; an article of
  it that amends another law is read as ``Pasal I`` is: its text is its lead-in plus one
  ``Item`` per change item, its quoted articles have ``amends = Amends(that law, pasal,
  via="Pasal 81 angka 44")`` (the first law its lead-in names: "… sebagaimana telah diubah
  dengan …" names later ones), and its ``ChangeItem``s carry that law in ``ref``
  (``Regulation.amends`` stays None: an omnibus amends many). A law only named ("…
  sebagaimana dimaksud dalam Undang-Undang Nomor …") changes nothing. The omnibus
  Penjelasan ("Pasal 81 / Angka 44 / Pasal 156 …") is read item by item under each own
  article (``_OmnibusPenjelasan``) and attached to the quoted articles by ``Amends.via``.
- A Lampiran that is a whole regulation (UU 1/2015 → Perppu 1/2014) gives articles with
  ``part="lampiran"`` (the Perppu's own numbers) with its Penjelasan attached; its
  Penjelasan Umum becomes a ``LampiranSection("PENJELASAN UMUM", …)``. A Perppu that
  amends a law (UU 16/2017 → Perppu 2/2017, ``Pasal I`` … ``Pasal II``) is read as an
  amending body is, with ``part="lampiran"``: its quoted articles amend that law, and its
  change items and that law become the act's ``changes`` and ``amends`` (the act makes the
  Perppu's changes law) when its own body amends nothing. Any other
  Lampiran text is kept in ``Regulation.lampiran`` sections ("LAMPIRAN I", "LAMPIRAN II")
  and never yields articles.
- Penjelasan: "I. UMUM" → ``Regulation.penjelasan_umum``; "Pasal N" entries →
  ``Article.penjelasan`` (whole entry, e.g. "Ayat (1) Cukup jelas. Ayat (2) …") and, split
  at "Ayat (n)", ``Ayat.penjelasan``. In an amending regulation entries are keyed by
  "Angka N" + "Pasal X" (with or without a "Pasal I" heading before the first) and go to
  the quoted article (an "Angka N" entry without a Pasal
  line goes to that item's articles); an "Angka N" heading printed inside the entry before
  it ("Cukup jelas. Angka 49 Pasal 71 Ayat (1) …") starts its own entry when N is the next
  item's number. An item that keeps an article and changes its Penjelasan only ("Ketentuan
  Pasal 71 tetap, dengan perubahan penjelasan Pasal 71 ayat (2) …") quotes no article: its
  entry goes to ``ChangeItem.penjelasan``.
- ``Article.page`` is the page of the heading (None for plain text); ``Article.text`` has
  each ayat and item on its own line; ``kinds``/``subject`` are left empty.
- A document whose every page is empty raises ``NoTextLayerError`` (a ``ParseError``)
  carrying one ``no_text_layer`` anomaly per page.

Anomaly codes (``Regulation.anomalies``; stable, snake_case):

- ``no_text_layer``       a page (or the whole document) has no text: a scan without OCR.
- ``metadata_missing``    type, number or year could not be read from the title block: the
                          regulation is type ``UNKNOWN``, year 0, numbered after its file and
                          text ("uu-2020-11-5d41a2"), so no two such files share an id.
- ``metadata_from_file_name``  the title block gives no type, number or year but the file's
                          name does ("uu-5-1986.md", "uu/1986/5.md"): the regulation is
                          indexed under it, and its hits say so (a file may be misnamed).
- ``no_articles``         no ``Pasal`` heading was found in the body.
- ``pasal_gap``           article numbers skip (Pasal 5 followed by Pasal 7).
- ``pasal_duplicate``     the same article number appears twice in one part.
- ``pasal_out_of_order``  an article number lower than its predecessor.
- ``ocr_number_fixed``    an OCR-damaged number was read by the sequence ("Pasal l" → 1).
- ``revocation_unread``   a closing provision revokes articles of another law by name that
                          could not be read ("Pasal 2a ayat(21", OCR's "Pasal 28 ayat (2)"):
                          those articles are not marked revoked.
- ``heading_inline``      a ``Pasal`` heading was recovered from inside a line of text.
- ``ayat_gap``            ayat numbers skip or repeat inside an article.
- ``item_gap``            list item labels skip or repeat inside one list (huruf d followed by f).
- ``definition_labels_read`` an article of definitions printed without (all) its numbers: its
                          "X adalah …" definitions were read as angka 1, 2 … in order
                          (``_lost_definition_labels``); where the text lost some, the gap to
                          the next number read is an ``item_gap``.
- ``change_label_missing`` an amending item has no printed number; its label is inferred.
- ``change_item_gap``     amending item numbers skip.
- ``change_labels_apart`` OCR printed the amending law's item numbers apart from their items,
                          inside the text of the article quoted before them ("(5) Dalam 50. 51.
                          … 62."): they were dropped from that text; the items read after it
                          get their numbers from the sequence (``change_label_missing``).
- ``change_text_missing`` an amending item rewords or inserts an article ("… diubah sehingga
                          berbunyi sebagai berikut:") but no quoted text follows it (OCR lost
                          it): the change item names the article, no new version is read.
- ``amended_unknown``     an amending ``Pasal I`` (or omnibus article) quotes articles but the
                          regulation it amends could not be read (they are filed under
                          ``UNKNOWN ?/0``).
- ``unplaced_text``       body text before the first article that belongs to no article.
- ``penjelasan_unmatched`` a Penjelasan entry names an article that was not found.
- ``truncated``           the body is followed by no closing formula, Penjelasan or Lampiran:
                          the text stops mid-document (cut off).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .amendments import (_amended_ref, _ChangeReader, _letter_readings, _omnibus_ref, _partial,
                         _quoted_by_instruction, _strip_label)
from .clean import BAGIAN_NUMBER, GLUED_STRUCTURE, Line, clean_pages, logical_lines
from .errors import ParseError
from .headings import (_ENDS_SENTENCE, _MAX_INLINE_GAP, _PASAL_HEADING, _PASAL_ROMAN, _RawArticle,
                       _squash, _structural_heading)
from .metadata import (PRINTED_YEAR, _entry_into_force, _gazette, _match_date, _NUMBER, _number_fields,
                       _PROMULGATED, _completed_by_file, _read_metadata, _signer,
                       _unknown_number)
from .models import (GENERAL_EXPLANATION, Anomaly, Article, Ayat, Butir, ChangeItem, Item,
                     LampiranSection, Regulation, RegulationRef, RevokedProvision)
from .numbering import (_expected_next, _NAMED_DIGIT, _OCR_DIGITS, _ocr_number, _pasal_key,
                        _UNKNOWN_REF)
from .revocations import _provision_revocations, _revocations

__all__ = ["parse_pages", "NoTextLayerError"]


class NoTextLayerError(ParseError):
    """Every page is empty: an image-only scan. ``anomalies`` has one entry per page."""

    def __init__(self, message: str, anomalies: tuple[Anomaly, ...]) -> None:
        super().__init__(message)
        self.anomalies = anomalies


# --- zones --------------------------------------------------------------------------------

_MENETAPKAN = re.compile(r"^Menetapkan\s*:?", re.I)
_MEMUTUSKAN = re.compile(r"^\s*MEMUTUSKAN\s*:?\s*$")
_CLOSING = re.compile(r"^(Agar\s+(?:supaya\s+)?setiap\s+orang\s+(?:dapat\s+)?mengetahui\s?n\s?y\s?a\s?,?\s+"
                      r"memerintahkan|Ditetapkan di\s+[A-Z]"
                      r"|Disahkan di\s+[A-Z])")
_PENJELASAN_HEAD = re.compile(r"^PENJELASAN\b(?!\s+(Pasal|pasal))")
_LAMPIRAN_HEAD = re.compile(r"^LAMPIRAN\b(?:\s+[IVX]+\b)?(?=\s*[:A-Z]|\s*$)")
_FRAME_START = re.compile(
    r"^(DENGAN RAHMAT|MEMUTUSKAN|Menetapkan\b|(?:UNDANG-UNDANG|PERATURAN|KEPUTUSAN)\b[A-Z ,-]*\bNOMOR\b)")
_TLN = re.compile(r"^TAMBAHAN (LEMBARAN|BERITA)\b")
#: What a closing holds besides text: the formula, dates, signatures, gazette notices, the
#: copy's certification ("Salinan sesuai dengan aslinya …") and the printer's note.
_CLOSING_PART = re.compile(r"^(?:Agar\b|Disahkan\b|Ditetapkan\b|Diundangkan\b|LEMBARAN\b|TAMBAHAN\b"
                           r"|BERITA\b|ttd|Salinan\b|SALINAN\b|CATATAN\b|Kutipan\b|No\.\s?\d)")
#: Characters of text in a closing beyond which a Penjelasan (or more) went unread there.
_CLOSING_PROSE = 200
#: A Penjelasan after the closing formula that ``_PENJELASAN_HEAD`` misses: its head glued
#: inside a line, with OCR's spelling ("PENJEI,ASAN ATAS", "PENJELASANATAS") or without ATAS
#: ("… NOMOR 172 PENJELASAN UNDANG-UNDANG …", UU 44/1999), or lost, the line opening its
#: general part or its Pasal demi Pasal.
_PENJELASAN_AFTER_CLOSING = re.compile(
    r"(?:(?<=\s)|^)(?:I\s)?PENJE\S{1,3}ASAN\s*(?:ATAS\s+)?(?:UNDANG|PERATURAN|RANCANGAN)"
    r"|^(?:[IVX]+\.\s*)?(?:UMUM\b|PASAL DEMI PASAL\b)")
_ENACTED = re.compile(r"(?:Ditetapkan|Disahkan) di\s+(?P<place>[A-Za-z .]+?)\s*,?\s*pada tanggal\s+"
                      rf"(?P<date>\d{{1,2}}\s*[A-Za-z]+\s*{PRINTED_YEAR})", re.I)

# --- headings -----------------------------------------------------------------------------

_GLUED_ROMAN = re.compile(
    r"(?:(?<=[.;:])|(?<=[.;:][\"”]))\s+(?:Pasal|PASAL)\s+(?P<num>[IVX]+)\.?(?:\s+(?=[A-Z\"“])|\s*$)")
#: A later Diktum of an old law glued before the first article of a series of its own ("…
#: diberi tafsiran yang sesuai dengan itu. KEDUA. KETENTUAN-KETENTUAN KONVERSI. Pasal I.", UU
#: 5/1960 after Pasal 58): Pasal I, II … under it are articles of their own, not ayat of the
#: last article of the Diktum before.
_DIKTUM_SERIES = re.compile(
    r"(?<=[.;:])\s+(?P<head>(?:KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM)\s*[.:]?(?:\s+[A-Z][A-Z ,/-]+\.)?)"
    r"\s+Pasal\s+I\.?(?=\s|$)")
_DIKTUM_HEAD = re.compile(r"^(?:KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM)\s*[.:]?(?:\s+[A-Z][A-Z ,/-]+\.)?$")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: The first label of a list that starts at a unit's first word: "(2) a. Penetapan …" (an
#: ayat), "… undang-undang ini. 6. a. Jaksa adalah …" (an item, UU 8/1981 Pasal 1), "Pasal 190
#: a. Selama pemeriksaan …" (an article; its Penjelasan "Pasal 2 a. Ruang lingkup …"). Not a
#: row of bare labels ("8. 9. 10.").
_FIRST_ITEM_AFTER_AYAT = r"(?:a|1)[.)]\s+[A-Z]"
# "… efisien. Pasal 4 Penyelenggaraan …": a heading glued inside OCR text. OCR may damage the
# word ("Paragraf 1 Umum Pasai 7 (1) …", "Pasa1", "PasaI"), put a mark after it ("… Presiden.
# Pasal, 147 Tanda bukti …") or space the digits ("Pengawasan Pasal 1 1 Pengawasan …": UU
# 11/2020's own Pasal 7, 147 and 11), or glue a stray mark to the number ("… tersebut berakhir.
# Pasal 59` Sebelum BPJPH dibentuk …", UU 33/2014; "Pasal 231` (1) Pemerintah …", UU 11/2006):
# such a heading is taken only as the next number. OCR may read its capital as a small letter
# ("… peraturan perundang-undangan. pasal 11 Ketentuan lebih lanjut …", UU 37/2014; 51 times
# after a sentence in the scale corpus, 18 of them in the body of 6 laws): such a heading is
# taken only after a sentence's end (``_SENTENCE_BEFORE``), where "pasal" opens no sentence.
_INLINE_PASAL = re.compile(
    r"\b(?P<word>Pasal|Pasai|Pasa1|PasaI|pasal)(?P<mark>[,.]?)\s+"
    r"(?P<num>[0-9lILOSt][0-9lILOS]{0,2}[A-Z]?|T[0-9lIO]{1,2}|\d(?: \d){1,2})(?P<stray>[`´']?)\.?"
    r"(?=\s+[_^*'\"\-]*\s*(?P<rest>[A-Z(])|\s*$"
    # an article that is a list from its first word, taken as the expected number only
    rf"|\s+(?P<list>{_FIRST_ITEM_AFTER_AYAT}))")
#: A sentence's end before an inline heading, not an abbreviation's full stop ("… bertentangan
#: dengan pasal 19 jo. pasal 33 Undang-undang Dasar Sementara …", UU 23/1954).
_SENTENCE_BEFORE = re.compile(r"(?<!\bjo)(?<!\byo)(?<!\bNo)(?<!\bno)[.;:]\s*$")
#: A heading OCR garbled past what ``_PASAL_HEADING`` and ``_INLINE_PASAL`` read: its number
#: split ("Pasal 10 0" alone on its line, UU 1/2022 Pasal 100), or the word's "l" read as a
#: digit and glued to the number ("… Informasi. Pasa722 (1) Persetujuan …", UU 27/2022 Pasal
#: 22). Taken only as the law's expected next number, the glued one only opening ayat (1).
_SPLIT_NUMBER_HEADING = re.compile(r"^Pasal\s+(?P<num>\d{1,2} \d{1,2})\s*\.?$")
_GLUED_NUMBER_HEADING = re.compile(
    r"\bPasa[7lI1](?P<num>\d{1,3})(?=\s+\(\s?[1l]\s?\)\s+[\^_*]*[A-Z])")
# What may precede such a heading: the line start, a sentence end, or a capitalised word
# (a BAB/Bagian title); never "dalam"/"pada"/"dan", which introduce cross-references.
_BEFORE_INLINE = re.compile(r"(?:^|[.;:]\s*|\b[A-Z][\w,'’-]*\s+)$")
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
_CROSS_REFERENCE_WORDS = frozenset(
    "dalam pada dan atau serta dengan menurut berdasarkan terhadap sampai ketentuan di ke dari oleh "
    "tentang yaitu yakni maksud dimaksud diatur sesuai lihat tersebut mengenai melalui hingga "
    "sebagaimana bahwa bunyi berbunyi".split())
#: "…; dan Pasal 4 (1) Pemilu …" (UU 42/2008), "… lalu lintas atau Pasal 18 (1) Pemrosesan …"
#: (UU 27/2022): OCR left a list's or a line's last conjunction before the next heading. Such a
#: heading is taken only as the next number opening its ayat (1) with a capital, and only
#: when no "Pasal" is named since the last sentence end (not "Pasal 17 dan Pasal 18 …").
_CONJUNCTION_BEFORE = re.compile(r"[.;:][^.;:]{0,80}\b(?:dan|atau|serta)\s*$")
_OPENS_AYAT_ONE = re.compile(r"\s*\(\s?[1l]\s?\)\s+[A-Z]")
_LOOKBEHIND = 200  # characters before an inline heading that decide whether it is one
_NESTED_HEADING = re.compile(
    rf"(?<=\S)\s+(?=(?:Bagian\s+(?:{BAGIAN_NUMBER})|Paragraf\s+\d+)\.?\s+[A-Z])")
#: A BAB/Bagian/Paragraf title that ends in a comma before its article's heading ("… biaya-biaya
#: tersebut. Bagian III Hak milik, Pasal 20.", "… ayat (2). Bagian VI. Hak pakai, Pasal 41.":
#: UU 5/1960): the comma does not make "Pasal 20" a cross-reference.
_TITLE_COMMA_BEFORE = re.compile(
    rf"(?:^|[.;:]\s+)(?:BAB\s+[IVXLC]+[A-Z]?|Bagian\s+(?:{BAGIAN_NUMBER})|Paragraf\s+\d+[A-Z]?)"
    r"\.?\s+[A-Z][^.;:]{0,150},\s*$")

# --- units --------------------------------------------------------------------------------

_AYAT = re.compile(r"^\(\s?(?P<num>[0-9lI]{1,3}[a-z]?)\s?\)\s*(?P<text>.*)$")
#: An ayat label OCR printed without its closing bracket, or with it read as a 1 or an l
#: ("(21 Pemutusan …" for "(2)"), before a capital: at the start of a line, or glued after
#: the end of a sentence. Read only as the ayat the sequence expects (``_ocr_ayat_reading``).
_OCR_AYAT_START = re.compile(r"^\((?P<num>[0-9lI]{1,3})\s+(?=[A-Z])")
_GLUED_OCR_AYAT = re.compile(r"(?<=[.;:])\s\((?P<num>[0-9lI]{1,3})\s+(?=[A-Z])")
#: An ayat label both of whose brackets OCR read as an "l" ("… bersifat umum. l2l ^Data
#: Pribadi …", UU 27/2022 Pasal 4 ayat (2)): read only as the ayat expected next.
_LL_AYAT = re.compile(r"(?:^|(?<=[.;:])\s)[lI](?P<num>\d{1,2})[lI1]\s+(?=\^?[A-Z])")
_HURUF_DOT = re.compile(r"^(?P<label>[a-z](?:[a-z]|\d)?)\.\s+(?P<text>.*)$")
_ANGKA_DOT = re.compile(r"^(?P<label>\d{1,3}[a-z]?)\.\s+(?P<text>.*)$")
_HURUF_PAREN = re.compile(r"^(?P<label>[a-z])\)\s+(?P<text>.*)$")
_ANGKA_PAREN = re.compile(r"^(?P<label>\d{1,3})\)\s+(?P<text>.*)$")
_ITEM_STYLES = (("huruf", _HURUF_DOT), ("angka", _ANGKA_DOT), ("huruf)", _HURUF_PAREN),
                ("angka)", _ANGKA_PAREN))
_LABEL_CLOSE = {"huruf": ".", "angka": ".", "huruf)": ")", "angka)": ")"}
_LABEL_WORD = {"huruf": "huruf", "angka": "angka", "huruf)": "huruf", "angka)": "angka"}
_FIRST_LABELS = (("huruf", "a"), ("angka", "1"), ("huruf)", "a"), ("angka)", "1"))
#: Words shortened with a dot that ends no list item ("No. 5", "hlm. 3", "Rp. 1.000").
_ABBREVIATIONS = frozenset("no nos hlm hal jl jln rp kab kec kel prov dr drs ir prof hj sdr bpk tbk vol "
                           "art jo dkk".split())

# --- amending -----------------------------------------------------------------------------

#: What a Pasal I lead-in of an amending or enacting law says ("… diubah", "… berbunyi …").
_CHANGE_WORD = re.compile(
    r"\b(?:diubah|disisipkan|disisipi|dihapus|ditambah|ditambahkan|dicabut|berbunyi)\b", re.I)
#: An omnibus law's own heading glued before its next amendment, its digits as OCR prints
#: them: "… rupiah). Pasal 1 1 1 Beberapa ketentuan dalam …", "Pasal 4T Beberapa …", "Bagian
#: Kedua Koperasi Pasai 86 Beberapa …" (an i for the l). A quoted
#: article never starts so: the lead-in names the heading an article of the omnibus.
_OWN_AMENDING_HEADING = re.compile(
    r"\bPas[ai][l1i]\s+(?P<num>[0-9lIOT](?:\s?[0-9lIOT]){0,2})\s+"
    r"(?=(?:Untuk\s[^.;:]{0,300}?,\s*)?[Bb]eberapa\s+ketentuan\s+dalam\b)")
#: An omnibus law's own heading, its digits spaced by OCR, glued after the title of the BAB or
#: Bagian it opens: "Bagian Kesembilan Wajib Daftar Perusahaan Pasal 1 16 Undang-Undang …",
#: "BAB VII DUKUNGAN RISET DAN INOVASI Pasal 1 19 Untuk …" (taken only as the next number).
_OWN_HEADING_AFTER_TITLE = re.compile(
    r"^(?:BAB|Bagian)\s[^.;:]{0,200}?\s(?P<heading>Pas[ai][l1i]\s+(?P<num>[0-9lIO](?: ?[0-9lIO]){1,2}))\s+"
    r"(?=[A-Z])")
_OCR_T = str.maketrans({"T": "7"})

# --- penjelasan ---------------------------------------------------------------------------

_UMUM = re.compile(r"^(I\.\s*)?UMUM\b\s*(?P<text>.*)$")
#: The Penjelasan Umum's heading glued after the title on the head line ("… TENTANG PERKAWINAN
#: PENJELASAN UMUM :", "… DAERAH I. PENJELASAN UMUM 1. Dasar …", "… DAERAH UMUM Negara …":
#: UU 1/1974, 32/2004, 33/2004); a bare "UMUM" only before a sentence (titles end "PEMILIHAN UMUM").
_GLUED_UMUM = re.compile(r"(?:^|\s)_?(?:(?:[IA1]\.\s*)?PENJELASAN\s+UMUM|[IA1]\.\s*UMUM|Umum|"
                         r"UMUM(?=\s*[.:]|\s+(?:[A-Z][a-z]|\d{1,2}\.\s|\()))\b_?\s*[.:]?(?:\s+|$)")
#: Where the text starts after the title in capitals when no heading is printed ("… TENTANG
#: KEMENTERIAN NEGARA Penyelenggara negara mempunyai …", UU 39/2008; "… REPUBLIK INDONESIA.
#: Berdasarkan Ketetapan …", UU 2/1970).
_PROSE_AFTER_TITLE = re.compile(
    r"\b(?:TENTANG|[Tt]entang)\b[^a-z]*?(?:\s(?=[A-Z][a-z]+(?:-[a-z]+)*,?\s+[a-z])"
    r"|(?<=[A-Z]\.)\s+(?=[A-Z][a-z]+\s))")
#: A line of text, not of a heading in capitals.
_PROSE = re.compile(r"[a-z]{3,}\s+[a-z]{2,}")
_PASAL_DEMI_PASAL = re.compile(
    r"^([IVX]+\.\s*)?(?:PENJELASAN\s+)?PASAL DEMI PASAL\b[\s.:]*(?P<text>.*)$", re.I)
_PENJ_PASAL = re.compile(rf"^Pasal\s+(?P<num>{_NAMED_DIGIT}+\s?[A-Z]?|[IVX]+)\b\.?\s*(?P<text>.*)$")
_PENJ_ANGKA = re.compile(r"^Angka\s+(?P<num>\d+)\b\.?\s*(?P<text>.*)$")
_PENJ_AYAT_SPLIT = re.compile(r"(?:^|\s)Ayat\s+\((?P<num>[0-9lI]{1,3}[a-z]?)\)\s*")


# ===========================================================================================
# public API
# ===========================================================================================

def parse_pages(pages: Sequence[str], *, path: str, paged: bool = True) -> Regulation:
    """Parse the pages of one regulation into a ``Regulation`` tree.

    ``pages`` are raw page texts (one string for a plain-text file, ``paged=False``).
    Raises ``ParseError`` only when nothing of a regulation can be recognised
    (``NoTextLayerError`` when every page is empty).
    """
    if not pages:
        raise NoTextLayerError(f"{path}: the document has no pages", ())
    page_anomalies = _empty_page_anomalies(pages, paged)
    if len(page_anomalies) == len(pages):
        raise NoTextLayerError(f"{path}: no text layer on any page (image-only scan; OCR needed)",
                               page_anomalies)
    lines = logical_lines(clean_pages(pages))
    builder = _Builder(path=path, paged=paged)
    builder.anomalies.extend(page_anomalies)
    return builder.build(lines, page_count=len(pages) if paged else None)


def _empty_page_anomalies(pages: Sequence[str], paged: bool) -> tuple[Anomaly, ...]:
    return tuple(Anomaly("no_text_layer", "page has no text (image-only scan?)", i if paged else None)
                 for i, page in enumerate(pages, 1) if not page.strip())


# ===========================================================================================
# the builder: one parse, with its anomaly list
# ===========================================================================================

@dataclass
class _Zones:
    head: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    penjelasan: list[Line] = field(default_factory=list)
    lampiran: list[Line] = field(default_factory=list)
    closed: bool = False


@dataclass
class _Annexed:
    """What a Lampiran gives: the articles of a regulation printed in it, its sections of
    text and, for an amending regulation, its change items and the law they change."""
    articles: list[Article] = field(default_factory=list)
    sections: list[LampiranSection] = field(default_factory=list)
    changes: list[ChangeItem] = field(default_factory=list)
    amended: RegulationRef | None = None


class _Builder:
    """Holds what one parse accumulates (anomalies), so helpers stay small."""

    def __init__(self, *, path: str, paged: bool) -> None:
        self.path = path
        self.paged = paged
        self.anomalies: list[Anomaly] = []
        self.number: str | None = None

    def note(self, code: str, message: str, page: int | None = None) -> None:
        self.anomalies.append(Anomaly(code, message, page if self.paged else None))

    # -- top level -------------------------------------------------------------------------

    def build(self, lines: list[Line], *, page_count: int | None) -> Regulation:
        lines = _split_enacting_line(lines)
        printed = _read_metadata(lines)
        meta = _completed_by_file(self.path, printed)
        if meta is not printed:
            self.note("metadata_from_file_name",
                      f"type, number or year not found in the title block: read as "
                      f"{meta['type']} {meta['number']}/{meta['year']} from the file's name "
                      f"({self.path}); check it against the text")
        self.number = meta.get("number")
        zones = _split_zones(lines, meta.get("number"), meta.get("year"))
        articles, changes, amended = self._body_articles(zones.body, meta)
        if not printed.get("type") and not articles:   # (a file's name is no regulation)
            raise ParseError(f"{self.path}: no regulation found (no title block and no Pasal)")
        known = bool(meta.get("type") and meta.get("number") and meta.get("year"))
        if not known:
            self.note("metadata_missing", "type, number or year not found in the title block "
                      "(indexed as UNKNOWN: citations of it will not resolve)")
        if not zones.closed:
            self.note("truncated", "no closing formula (Agar setiap orang …/Ditetapkan di …) "
                                   "after the body: the text looks cut off")
        quoted = {a.pasal for a in articles if a.amends is not None}
        deleted = {t for c in changes for t in c.targets if t not in quoted}
        umum, articles, changes = self._attach_penjelasan(
            zones.penjelasan, articles, amending=bool(changes), deleted=deleted, changes=changes)
        self._check_after_closing(zones, umum, articles, changes)
        annexed = self._lampiran(zones.lampiran)
        articles = articles + annexed.articles
        sections = annexed.sections
        if annexed.changes and amended is None and not changes:
            # the act enacts an amending Perppu (UU 16/2017): it makes the Perppu's changes law
            amended, changes = annexed.amended, annexed.changes
        self._check_first_ayat(articles)
        closing_text = " ".join(line.text for line in zones.closing)
        by_name = self._revoked_by_name(articles)
        promulgated = _match_date(_PROMULGATED, closing_text)
        return Regulation(
            type=meta["type"] if known else "UNKNOWN",
            number=meta["number"] if known else _unknown_number(self.path, lines),
            year=meta["year"] if known else 0, title=meta.get("title") or "", path=self.path,
            full_number=meta.get("full_number"), issuer=meta.get("issuer") or _signer(closing_text),
            issued_by=meta.get("issued_by", "") if known else "",
            enacted=_match_date(_ENACTED, closing_text), promulgated=promulgated,
            in_force=_entry_into_force(articles, promulgated, meta["year"] if known else 0),
            gazette=_gazette(closing_text), articles=tuple(articles), amends=amended,
            changes=tuple(changes), revokes=_revocations(articles),
            revokes_provisions=tuple(p for p in by_name if not p.fits),
            revokes_unsure=tuple(p for p in by_name if p.fits), penjelasan_umum=umum,
            penjelasan_umum_page=zones.penjelasan[0].page if umum and self.paged else None,
            lampiran=tuple(sections), anomalies=tuple(self.anomalies), page_count=page_count)

    def _check_after_closing(self, zones: _Zones, umum: str | None, articles: list[Article],
                             changes: list[ChangeItem]) -> None:
        """Say so when text after the closing formula went unread, rather than drop it
        silently (a search or ``show`` would else report the regulation has no Penjelasan):
        text left among the closing's lines (``closing_unread``: a Penjelasan whose head was
        not found), or a Penjelasan of which nothing was read as its general part or placed
        on an article (``penjelasan_unread``)."""
        unread = [line for line in zones.closing
                  if not _CLOSING_PART.match(line.text) and _PROSE.search(line.text)]
        if sum(len(line.text) for line in unread) > _CLOSING_PROSE:
            self.note("closing_unread", f"{len(unread)} line(s) of text after the closing formula "
                      f"read as neither Penjelasan nor Lampiran: {unread[0].text[:60]!r}",
                      unread[0].page)
        if not zones.penjelasan or umum or any(a.penjelasan for a in articles) \
                or any(c.penjelasan for c in changes):
            return
        first = zones.penjelasan[0]
        self.note("penjelasan_unread", f"{len(zones.penjelasan)} line(s) of Penjelasan after the "
                  f"closing formula, none read as its general part or placed on an article: "
                  f"{first.text[:60]!r}", first.page)

    def _check_first_ayat(self, articles: list[Article]) -> None:
        """Report an article whose first numbered ayat is not (1) ("Perseroan wajib memiliki
        modal dasar Perseroan (3) Besaran …": UU 11/2020's UU 40/2007 Pasal 32, whose labels
        (1) and (2) OCR printed above the heading): text is lost or mislabelled there, and a
        hit on it says so. Not an amendment's ayat quoted alone ("Ketentuan Pasal 10 ayat (4)
        diubah …", ``Amends.ayat``), which start where the change does."""
        for article in articles:
            numbers = [ayat.number for ayat in article.ayat if ayat.number]
            if article.amends and article.amends.ayat or not numbers \
                    or numbers[0] in ("1", "1a", "1A"):
                continue
            self.note("ayat_gap", f"Pasal {article.pasal}: ayat ({numbers[0]}) first, no ayat (1)",
                      article.page)

    def _revoked_by_name(self, articles: list[Article]) -> tuple[RevokedProvision, ...]:
        """The articles of other laws the closing provisions revoke by name, noting each named
        that could not be read (``revocation_unread``): it stays marked in force."""
        unread: list[str] = []
        found = _provision_revocations(articles, unread)
        for named in dict.fromkeys(unread):
            fits = [p for p in found if p.fits and named.startswith(f"Pasal {p.pasal} ")]
            self.note("revocation_unread", f"a closing provision revokes {named!r}, which "
                      + ("could not be read as articles: not marked revoked" if not fits else
                         f"may be Pasal {' or '.join(fits[0].fits)}: the index marks the one "
                         f"that law holds with ayat ({', '.join(fits[0].ayat)}), if only one"),
                      None)
        return found

    # -- body --------------------------------------------------------------------------------

    def _body_articles(self, body: list[Line], meta: dict, *, part: str = "body"
                       ) -> tuple[list[Article], list[ChangeItem], RegulationRef | None]:
        raw = self._segment(body, part=part)
        if not raw:
            self.note("no_articles", f"no Pasal heading found in the {part}")
            return [], [], None
        if _PASAL_ROMAN.match(raw[0].pasal):
            return self._amending(raw, meta, part=part)
        self._check_sequence([a.pasal for a in raw], [a.page for a in raw], part=part)
        articles: list[Article] = []
        changes: list[ChangeItem] = []
        text = "\n".join(line.text for line in body)   # where a garbled name is read again
        for article in raw:
            amended = _omnibus_ref(article.lines, meta.get("year"), text)
            if amended is None:
                articles.append(self._article(article, part=part))
                continue
            own, quoted, items = self._changing_article(article, amended, part=part)
            articles += [own, *quoted]
            changes += items
        return articles, changes, None

    def _segment(self, body: list[Line], *, part: str) -> list[_RawArticle]:
        """Cut body lines into articles at accepted ``Pasal`` headings, tracking BAB/Bagian."""
        segmenter = _Segmenter(self, body)
        articles = segmenter.run()
        meaningful = [l for l in segmenter.unplaced if len(l.text) > 40 and not l.text.isupper()]
        if meaningful:
            self.note("unplaced_text", f"{len(meaningful)} line(s) before the first Pasal of the {part}: "
                                       f"{meaningful[0].text[:60]!r}", meaningful[0].page)
        if segmenter.inline:
            shown = ", ".join(segmenter.inline[:8])
            self.note("heading_inline", f"{len(segmenter.inline)} Pasal heading(s) recovered from inside "
                                        f"lines of text (Pasal {shown}{' …' if len(segmenter.inline) > 8 else ''})")
        return articles

    def note_ocr(self, raw: str, number: str, page: int | None) -> None:
        if raw != number:
            self.note("ocr_number_fixed", f"heading 'Pasal {raw}' read as Pasal {number}", page)

    def _check_sequence(self, numbers: list[str], pages: list[int | None], *, part: str) -> None:
        seen: set[str] = set()
        for previous, current, page in zip([None, *numbers], numbers, pages):
            if current in seen:
                self.note("pasal_duplicate", f"Pasal {current} appears twice in the {part}", page)
                continue
            seen.add(current)
            expected = _expected_next(previous) if previous else {"1"}
            if previous and _PASAL_ROMAN.match(current):   # a Diktum's own series (UU 5/1960)
                expected = {(_next_roman(previous) or "") if _PASAL_ROMAN.match(previous) else "I"}
            if current in expected:
                continue
            if previous and _pasal_key(current) < _pasal_key(previous):
                self.note("pasal_out_of_order", f"Pasal {current} after Pasal {previous} ({part})", page)
            else:
                self.note("pasal_gap", f"Pasal {current} after Pasal {previous or '(start)'} ({part})", page)

    def _article(self, raw: _RawArticle, *, part: str) -> Article:
        lines = _drop_repeated_heading(raw.lines, raw.pasal)
        ayat = self._units(lines, raw.pasal, raw.page)
        return Article(pasal=raw.pasal, text=_render(ayat), ayat=ayat, bab=raw.bab,
                       bagian=raw.bagian, paragraf=raw.paragraf,
                       page=raw.page if self.paged else None, amends=raw.amends, part=part)

    # -- ayat and items ----------------------------------------------------------------------

    def _units(self, lines: list[str], pasal: str, page: int | None) -> tuple[Ayat, ...]:
        """Split an article's lines into ayat, each with its nested list items."""
        builders: list[_AyatBuilder] = []
        queue = list(lines)
        while queue:
            text = queue.pop(0)
            together = _labels_then_sentences(text, _next_ayat(builders))
            if len(together) > 1:
                text, queue[:0] = together[0], together[1:]
            ayat = _AYAT.match(text)
            if ayat is None:
                text = self._ocr_ayat_label(text, builders[-1].number if builders else None, pasal)
                ayat = _AYAT.match(text)
            current = _ayat_number(ayat) if ayat else (builders[-1].number if builders else None)
            head, *rest = (_split_glued_ayat(text, current) if current is not None
                           else _split_unnumbered_lead(text))
            if rest:
                rest[0] = self._ocr_ayat_label(rest[0], current, pasal)
                queue[:0] = rest
                text, ayat = head, _AYAT.match(head)
            if ayat:
                if builders and _repeats_ayat_start(builders[-1], _ayat_number(ayat),
                                                    ayat.group("text")):
                    builders.pop()
                builders.append(_AyatBuilder(_ayat_number(ayat), []))
                lead = _without_repeated_start(ayat)
                # "(2) a. Penetapan …": an ayat that is a list from its first word
                builders[-1].add_line(lead, lead=not re.match(_FIRST_ITEM_AFTER_AYAT, lead))
                continue
            if not builders:
                builders.append(_AyatBuilder(None, []))
            builders[-1].add_line(text)
        if len(builders) == 1:
            self._read_lost_definition_labels(builders[0], pasal, page)
        self._check_ayat(builders, pasal, page)
        for unit in builders:
            where = f"Pasal {pasal}" + (f" ayat ({unit.number})" if unit.number else "")
            self._check_items(unit.items, where, page)
        return tuple(b.build() for b in builders)

    def _read_lost_definition_labels(self, unit: _AyatBuilder, pasal: str,
                                     page: int | None) -> None:
        """Number the definitions of an article whose numbers OCR partly lost
        (``_lost_definition_labels``), and say so."""
        read = _lost_definition_labels(unit)
        if read is None:
            return
        count, certain = read
        how = ("the numbers left confirm them" if certain else
               "the text lost some before the next number read: check them")
        self.note("definition_labels_read", f"Pasal {pasal}: angka 1-{count}, definitions printed "
                                            f"without (all) their numbers, read in order ({how})", page)

    def _ocr_ayat_label(self, text: str, current: str | None, pasal: str) -> str:
        """``text`` with the ayat label it opens with as printed ("(2) …"), when OCR read its
        closing bracket as a digit or a letter ("(21 Pemutusan hubungan kerja …" after ayat
        (1): UU 11/2020 Pasal 81 angka 40, the quoted Pasal 153) and the ayat expected next
        is what it reads as (``_ocr_ayat_reading``); else ``text`` as it is."""
        found = _OCR_AYAT_START.match(text) or _LL_AYAT.match(text)
        number = _ocr_ayat_reading(found.group("num"), current) if found else None
        if found and found.re is _LL_AYAT and number != found.group("num"):
            number = None   # "l21" after (1) is no (2)
        if number is None:
            return text
        assert found is not None   # the number was read from it
        self.note("ocr_number_fixed", f"Pasal {pasal}: ayat label {found.group().strip()!r} "
                                      f"read as ({number})")
        return f"({number}) {text[found.end():].lstrip()}"

    def _check_ayat(self, builders: list[_AyatBuilder], pasal: str, page: int | None) -> None:
        numbers = [b.number for b in builders if b.number]
        previous = None
        for number in numbers:
            if previous is not None and number not in _expected_next(previous) and number != previous + "a":
                self.note("ayat_gap", f"Pasal {pasal}: ayat ({number}) after ({previous})", page)
            previous = number

    def _check_items(self, items: list[_ItemBuilder], where: str, page: int | None) -> None:
        """Report list labels out of sequence (d. followed by f.), in every list of a unit."""
        for previous, item in zip(items, items[1:]):
            if item.label not in _next_labels(previous.label):
                self.note("item_gap", f"{where}: {_LABEL_WORD[item.style]} {item.label} after "
                                      f"{_LABEL_WORD[previous.style]} {previous.label}", page)
        for item in items:
            self._check_items(item.children, f"{where} {_LABEL_WORD[item.style]} {item.label}", page)

    # -- amending regulations ----------------------------------------------------------------

    def _amending(self, raw: list[_RawArticle], meta: dict, *, part: str = "body"
                  ) -> tuple[list[Article], list[ChangeItem], RegulationRef | None]:
        articles: list[Article] = []
        changes: list[ChangeItem] = []
        amended: RegulationRef | None = None
        for body_article in raw:
            if body_article.pasal == "I":
                amended = _amended_ref(body_article.lines, meta)
                plain = None if amended or any(_PASAL_ROMAN.match(a.pasal) for a in raw[1:]) \
                    else self._misread_pasal_one(body_article)
                if plain:
                    articles.extend(plain)
                    continue
                pasal_one, quoted, changes = self._pasal_one(body_article, amended, part=part)
                if amended is None and quoted:
                    self.note("amended_unknown", f"Pasal I quotes {len(quoted)} article(s) but the "
                              "regulation it amends could not be read (indexed under UNKNOWN: they "
                              "will not join that regulation's versions)", body_article.page)
                articles.append(pasal_one)
                articles.extend(quoted)
            else:
                articles.append(self._article(body_article, part=part))
        return articles, changes, amended

    def _misread_pasal_one(self, raw: _RawArticle) -> list[Article] | None:
        """A lone "Pasal I" whose lead-in names no change, in a law whose title names no
        regulation either, is an OCR'd "Pasal 1" (UU 17/2017, UU 41/1999, UU 27/2022): it and
        the articles after it are the law's own, not quoted ones. None when it is not (an
        amendment; UU 8/1952 numbers Pasal I, Pasal II …)."""
        noted = len(self.anomalies)
        reader = _ChangeReader(self, raw, None)
        for text, page in zip(raw.lines, raw.line_pages):
            reader.feed(text, page)
        following = reader.finish()
        del self.anomalies[noted:]  # what a reader of change items notes is not about this law
        if not following or _CHANGE_WORD.search(" ".join(reader.lead)):
            return None
        self.note_ocr("I", "1", raw.page)
        articles = self._segment_as_pasal_one(raw)
        self._check_sequence([a.pasal for a in articles], [a.page for a in articles], part="body")
        return [self._article(a, part="body") for a in articles]

    def _segment_as_pasal_one(self, raw: _RawArticle) -> list[_RawArticle]:
        """The lines of a misread "Pasal I" cut again as a plain body under "Pasal 1": the
        reader of quoted articles takes a heading only at a line start, while the law's own
        headings may run inline with BAB titles and sentences ("… Tahun 1945. Pasal 2 (1)
        Undang-Undang ini …", UU 27/2022), which only the body's segmenter reads."""
        assert raw.page is not None   # a body article: its heading line's page (_Segmenter)
        lines = [Line("Pasal 1", raw.page),
                 *(Line(text, page) for text, page in zip(raw.lines, raw.line_pages))]
        articles = self._segment(lines, part="body")
        for article in articles:
            if article.bab is None and article.bagian is None and article.paragraf is None:
                article.bab, article.bagian, article.paragraf = raw.bab, raw.bagian, raw.paragraf
            else:
                break
        return articles

    def _pasal_one(self, raw: _RawArticle, amended: RegulationRef | None, *, part: str = "body"
                   ) -> tuple[Article, list[Article], list[ChangeItem]]:
        return self._read_changes(_ChangeReader(self, raw, amended), raw, part=part)

    def _changing_article(self, raw: _RawArticle, amended: RegulationRef, *, part: str
                          ) -> tuple[Article, list[Article], list[ChangeItem]]:
        """An omnibus law's article amending another law (UU 11/2020 Pasal 81 → UU 13/2003),
        read as a ``Pasal I`` is: it keeps its own number and lead-in with one item per change;
        the articles it quotes amend that law, ``via`` "Pasal 81 angka 44"; its change items
        carry the law (``ChangeItem.ref``), as an omnibus amends many."""
        reader = _ChangeReader(self, raw, amended, via=f"Pasal {raw.pasal}", omnibus=True)
        own, quoted, changes = self._read_changes(reader, raw, part=part)
        if amended == _UNKNOWN_REF and quoted:
            self.note("amended_unknown", f"Pasal {raw.pasal} quotes {len(quoted)} article(s) of a "
                      "regulation whose name could not be read (indexed under UNKNOWN: they will "
                      "not join that regulation's versions)", raw.page)
        return own, quoted, changes

    def _read_changes(self, reader: _ChangeReader, raw: _RawArticle, *, part: str
                      ) -> tuple[Article, list[Article], list[ChangeItem]]:
        """The amending article (its lead-in, one item per change), the articles it quotes and
        its change items, read line by line."""
        for text, page in zip(raw.lines, raw.line_pages):
            reader.feed(text, page)
        quoted = [_partial(self._article(a, part=part), reader.changes) for a in reader.finish()]
        lead = " ".join(reader.lead).strip()
        items = tuple(Item(c.label, _strip_label(c.instruction, c.label)) for c in reader.changes if c.label)
        ayat = (Ayat(None, lead, items),)
        article = Article(pasal=raw.pasal, text=_render(ayat), ayat=ayat, bab=raw.bab,
                          bagian=raw.bagian, paragraf=raw.paragraf,
                          page=raw.page if self.paged else None, part=part)
        return article, quoted, reader.changes

    # -- penjelasan --------------------------------------------------------------------------

    def _attach_penjelasan(self, zone: list[Line], articles: list[Article], *, amending: bool,
                           deleted: AbstractSet[str] = frozenset(),
                           changes: list[ChangeItem] | None = None
                           ) -> tuple[str | None, list[Article], list[ChangeItem]]:
        """The Penjelasan Umum, ``articles`` with their Pasal demi Pasal entries, and
        ``changes`` with the new Penjelasan of each item that changes only an article's
        Penjelasan (``ChangeItem.penjelasan``)."""
        changes = list(changes or [])
        if not zone:
            return None, articles, changes
        pasal_one = any(a.pasal == "I" and a.amends is None for a in articles)
        umum, entries = _read_penjelasan(zone, pasal_one=pasal_one,
                                         omnibus=_OmnibusOutline.of(articles))
        if not entries:
            return umum, articles, changes
        return umum, *self._apply_penjelasan(entries, articles, amending=amending,
                                             deleted=deleted, changes=changes)

    def _apply_penjelasan(self, entries: list[tuple[str | None, str, str]], articles: list[Article],
                          *, amending: bool, deleted: AbstractSet[str],
                          changes: list[ChangeItem]) -> tuple[list[Article], list[ChangeItem]]:
        by_key: dict[tuple[str | None, str], str] = {}
        for angka, pasal, text in entries:
            key = (angka, pasal)
            by_key[key] = f"{by_key[key]} {text}".strip() if key in by_key else text
        result = []
        used: set[tuple[str | None, str]] = set()
        quoted = {(a.amends.via, a.pasal) for a in articles if a.amends is not None}
        changes = [_with_changed_penjelasan(c, by_key, quoted, used) for c in changes]
        for article in articles:
            found = _penjelasan_key(article, by_key, amending)
            if found is None:
                result.append(article)
                continue
            used.add(found)
            result.append(_with_penjelasan(article, by_key[found]))
        # (pasal, angka): the order of the leftovers must not depend on set iteration order
        for key in sorted(by_key.keys() - used,
                          key=lambda k: (_pasal_key(k[1]), _pasal_key(k[0] or ""))):
            if key[1] == "?":
                continue  # "Angka 11 Cukup jelas." for an item that quotes no article
            if key[1] in deleted:
                continue  # "Pasal 159 Dihapus." explains a deleted article: nothing to attach to
            if key[1] not in {"I", "II"} or not amending:
                label = (f"{key[0]} Pasal {key[1]}" if key[0] and key[0].startswith("Pasal ")
                         else f"Angka {key[0]} Pasal {key[1]}" if key[0] else f"Pasal {key[1]}")
                self.note("penjelasan_unmatched", f"Penjelasan of {label} matches no article")
        return result, changes

    # -- lampiran ----------------------------------------------------------------------------

    def _lampiran(self, zone: list[Line]) -> _Annexed:
        """The Lampiran: the articles of a regulation printed in it (a Perppu enacted as UU)
        with, when that one amends a law (``Pasal I`` … ``Pasal II``), its change items and
        the law it amends; else its text in sections."""
        if not zone:
            return _Annexed()
        embedded = _embedded_regulation(zone)
        if embedded is None:
            return _Annexed(sections=self._sections(zone))
        preamble, sub = embedded
        # its Menetapkan names it by its title ("… TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR
        # 17 TAHUN 2OI3 …"): the law it amends when OCR garbled the name in Pasal I's lead-in
        named = next((line.text for line in zone if _MENETAPKAN.match(line.text)), "")
        articles, changes, amended = self._body_articles(
            sub.body, {"subject": _MENETAPKAN.sub("", named, count=1)}, part="lampiran")
        quoted = {a.pasal for a in articles if a.amends is not None}
        deleted = {t for c in changes for t in c.targets if t not in quoted}
        umum, articles, changes = self._attach_penjelasan(
            sub.penjelasan, articles, amending=bool(changes), deleted=deleted, changes=changes)
        sections = self._sections(preamble) if preamble else []
        if umum:
            page = sub.penjelasan[0].page if self.paged else None
            sections.append(LampiranSection(GENERAL_EXPLANATION, umum, page))
        return _Annexed(articles, sections, changes, amended)

    def _sections(self, zone: list[Line]) -> list[LampiranSection]:
        sections = _lampiran_sections(zone, self.number)
        if self.paged:
            return sections
        return [replace(s, page=None, butir=tuple(replace(b, page=None) for b in s.butir))
                for s in sections]


# ===========================================================================================
# cutting a body into articles
# ===========================================================================================

class _Segmenter:
    """Walks body lines, opening an article at each accepted ``Pasal`` heading and keeping the
    current BAB / Bagian / Paragraf (with their titles on the following lines).

    Inside an omnibus article that amends another law (``_omnibus_ref``) the headings of the
    articles it quotes are text of that article, as ``Pasal I``'s are: only the law's own next
    number, not named by the instruction before it, cuts the body; BAB/Bagian lines there are
    held until it is known whether they head the next own article or are quoted."""

    def __init__(self, builder: _Builder, body: list[Line]) -> None:
        self.builder = builder
        self.queue = list(body)
        self.articles: list[_RawArticle] = []
        self.headings: dict[str, str | None] = {"bab": None, "bagian": None, "paragraf": None}
        self.title_kind: str | None = None
        self.previous_text = ""
        self.unplaced: list[Line] = []
        self.inline: list[str] = []
        self.roman_mode = False
        self.diktum_series = False
        self.forced: str | None = None
        self.held: list[Line] = []
        self._omnibus: tuple[int, int, bool] = (-1, -1, False)

    def run(self) -> list[_RawArticle]:
        index = 0
        while index < len(self.queue):
            line = self.queue[index]
            following = self.queue[index + 1].text if index + 1 < len(self.queue) else ""
            pieces = self._split_roman(line) if self.roman_mode or self.diktum_series \
                else self._split_inline(line)
            if pieces:
                self.queue[index:index + 1] = pieces
                continue
            self._take(line, following)
            index += 1
        self._release_held(as_structure=False)
        return self.articles

    def _take(self, line: Line, following: str) -> None:
        text = line.text
        number = self._heading_number(text, following, line.page)
        if self.held and (number is not None or not self._holds(text)):
            self._release_held(as_structure=number is not None)
        if number is None and self._amending_other() and self._holds(text):
            self.held.append(line)
        elif number is not None:
            if not self.articles and _PASAL_ROMAN.match(number):
                self.roman_mode = True
            self.articles.append(_RawArticle(number, line.page, **self._heading_fields()))
            self.title_kind = None
        elif not self._structure(text):
            self._append(line)
        self.previous_text = text

    def _append(self, line: Line) -> None:
        self.title_kind = None
        if self.articles:
            self.articles[-1].lines.append(line.text)
            self.articles[-1].line_pages.append(line.page)
        elif line.text and not _MENETAPKAN.match(line.text):
            self.unplaced.append(line)

    def _structure(self, text: str) -> bool:
        """Read a BAB/Bagian/Paragraf heading or a line of its title; False for other text."""
        if (structural := None if self.roman_mode else _structural_heading(text)):
            self._enter_heading(*structural, text)
        elif self.diktum_series and _DIKTUM_HEAD.match(text):
            self._enter_heading("bab", text.strip(), text)
            self.title_kind = None
        elif self.title_kind and _looks_like_title(text, self.title_kind):
            self.headings[self.title_kind] = f"{self.headings[self.title_kind]} {text}".strip()
        else:
            return False
        return True

    def _amending_other(self) -> bool:
        """Whether the current article is an omnibus article amending another law (cached
        per article and count of lead lines read: the lead is its first three lines)."""
        if not self.articles or self.roman_mode:
            return False
        article = self.articles[-1]
        key = (id(article), min(len(article.lines), 3))
        if self._omnibus[:2] != key:
            self._omnibus = (*key, _omnibus_ref(article.lines) is not None)
        return self._omnibus[2]

    def _holds(self, text: str) -> bool:
        """Whether a line of an omnibus article is held: a BAB/Bagian/Paragraf heading, or a
        title line after one."""
        if _structural_heading(text):
            return True
        kind = _structural_heading(self.held[-1].text) if self.held else None
        return kind is not None and _looks_like_title(text, kind[0])

    def _release_held(self, *, as_structure: bool) -> None:
        """Held heading lines: the next own article's BAB/Bagian (``as_structure``), else
        text the omnibus article quotes ("BAB XA …" a change item inserts)."""
        held, self.held = self.held, []
        for line in held:
            if not (as_structure and self._structure(line.text)):
                self._append(line)

    def _heading_fields(self) -> dict:
        return {"bab": self.headings["bab"], "bagian": self.headings["bagian"],
                "paragraf": self.headings["paragraf"]}

    def _enter_heading(self, kind: str, label: str, text: str) -> None:
        self.headings[kind] = label
        if kind == "bab":
            self.headings["bagian"] = self.headings["paragraf"] = None
        elif kind == "bagian":
            self.headings["paragraf"] = None
        self.title_kind = None if _has_title(text) else kind

    def _heading_number(self, text: str, following: str, page: int) -> str | None:
        """The article number if this line is a real ``Pasal`` heading, else None."""
        match = _PASAL_HEADING.match(text)
        if not match:
            return self._split_number(text, page)
        raw_number = match.group("num").replace(" ", "")
        if self.forced is not None and raw_number == self.forced:
            self.forced = None
            return raw_number
        if self.diktum_series:   # only the series' next Roman number
            return raw_number if raw_number == _next_roman(self.articles[-1].pasal) else None
        if _PASAL_ROMAN.match(raw_number) and (self.roman_mode or not self.articles):
            if self.roman_mode or raw_number == "I":
                return raw_number
        if self.roman_mode:
            return None  # inside an amending body only Roman headings cut the body
        if self._amending_other():
            return self._own_heading(raw_number, page, following)
        number = _ocr_number(raw_number)
        if number is None:
            return None
        if number in self._expected():
            self.builder.note_ocr(raw_number, number, page)
            return number
        previous = self.previous_text
        clean_break = (not previous or _ENDS_SENTENCE.search(previous) or _structural_heading(previous)
                       or previous.isupper() or self.title_kind is not None)
        if clean_break and not _starts_lowercase(following) and raw_number == number:
            return number
        return number if self._opens_after_lost_headings(raw_number, number, following) else None

    def _split_number(self, text: str, page: int) -> str | None:
        """A heading whose number OCR split ("Pasal 10 0"): the expected next number only,
        outside an article amending another law (there "Pasal 3 1" may be a quoted one)."""
        found = _SPLIT_NUMBER_HEADING.match(text)
        if not found or self.roman_mode or self._amending_other():
            return None
        number = found.group("num").replace(" ", "")
        if number not in self._expected():
            return None
        self.builder.note("ocr_number_fixed", f"heading {text.strip()!r} read as Pasal {number}",
                          page)
        return number

    def _opens_after_lost_headings(self, raw_number: str, number: str, following: str) -> bool:
        """A heading alone on its line, a few numbers past the last article (OCR lost the ones
        between), whose next line opens ayat (1) with a capital, after text that does not end
        a sentence: "(1) (2t Faragraf 4 Sumber Daya Alam Nonkonvensional" / "Pasal 23" /
        "Pengelolaan …" is not one, "… Paragraf 3 Sumber Daya Pesisir …" / "Pasal 22" / "(1)
        Pemerintah …" is (UU 32/2014, Pasal 21 lost). A reference wrapped there goes on "ayat
        (1) …"."""
        if raw_number != number or not number.isdigit() or not self.articles \
                or not self.articles[-1].pasal.isdigit():
            return False
        last = int(self.articles[-1].pasal)
        ahead = last < int(number) <= last + _MAX_INLINE_GAP
        return ahead and bool(_OPENS_AYAT_ONE.match(following))

    def _own_heading(self, raw_number: str, page: int, following: str) -> str | None:
        """Inside an omnibus article: the law's own next number, unless the instruction just
        before names it (then it is a quoted article of the amended law)."""
        number = self._own_number(_ocr_number(raw_number), " ".join(self.articles[-1].lines[-2:]),
                                  following)
        if number is not None:
            self.builder.note_ocr(raw_number, number, page)
        return number

    def _own_number(self, number: str | None, before: str, after: str) -> str | None:
        """``number`` if it is the omnibus law's own next article: the expected number not
        quoted by the instruction before it, or one a few further on (OCR lost the headings
        between) that opens the next amendment ("Pasal 42 Beberapa ketentuan dalam …"): a
        quoted article never starts so."""
        if number is None or _quoted_by_instruction(number, before):
            return None
        if number in self._expected():
            return number
        last = self.articles[-1].pasal
        ahead = number.isdigit() and last.isdigit() and 0 < int(number) - int(last) <= _MAX_INLINE_GAP
        return number if ahead and _omnibus_ref([after]) is not None else None

    def _expected(self) -> set[str]:
        return _expected_next(self.articles[-1].pasal) if self.articles else {"1"}

    def _split_inline(self, line: Line) -> list[Line] | None:
        """Split a line at a ``Pasal N`` heading printed inside it (OCR text glues headings to
        the text around them). Only a number that fits the sequence, after a sentence end or
        a heading title and before a capitalised word, is taken. A BAB/Bagian line that also
        carries the next level ("Bagian Keempat … Paragraf 1 Umum") is split too."""
        if _structural_heading(line.text):
            nested = _NESTED_HEADING.search(line.text)
            if nested:
                return [Line(line.text[:nested.start()].strip(), line.page),
                        Line(line.text[nested.start():].strip(), line.page)]
        own = self._own_amending_heading(line)
        if own:
            return own
        for found in _INLINE_PASAL.finditer(line.text):
            if found.start() == 0 and _PASAL_HEADING.match(line.text):
                return None
            if found.group("word") == "pasal":
                if not _SENTENCE_BEFORE.search(line.text, max(0, found.start() - 20), found.start()):
                    continue
            elif not self._heading_may_follow(line.text, found.start()) \
                    and not self._after_conjunction(line.text, found):
                continue
            raw = found.group("num").replace(" ", "")
            damaged = found.group("word") not in ("Pasal", "pasal") or bool(found.group("mark")) \
                or bool(found.group("stray")) or raw != found.group("num") or "T" in raw \
                or bool(found.group("list"))
            number = self._inline_number(raw, line.text[:found.start()],
                                         line.text[found.end():], strict=damaged)
            if number is None:
                continue
            before = line.text[:found.start()].strip()
            after = line.text[found.end():].strip()
            if not before and not after and not damaged:
                return None
            self.inline.append(number)
            self.forced = number
            self._note_damaged(found, number, line.page)
            return [Line(part, line.page)
                    for part in (*_cut_glued_structure(before), f"Pasal {number}", after) if part]
        return self._split_glued_number(line) or self._diktum_series(line)

    def _diktum_series(self, line: Line) -> list[Line] | None:
        """Split a line at a later Diktum glued before a series of Roman-numbered articles
        (``_DIKTUM_SERIES``), after the law's Arabic-numbered ones: the Diktum heads them as a
        BAB does, and only the series' next number cuts the body after it."""
        found = _DIKTUM_SERIES.search(line.text)
        if not found or not self.articles or not self.articles[-1].pasal[:1].isdigit() \
                or self._amending_other():
            return None
        self.diktum_series = True
        self.forced = "I"
        self.inline.append("I")
        return [Line(part, line.page) for part in
                (line.text[:found.start()].strip(), found.group("head").strip(), "Pasal I") if part]

    def _split_glued_number(self, line: Line) -> list[Line] | None:
        """Split a line at a heading whose "l" OCR glued to the number as a digit
        (``_GLUED_NUMBER_HEADING``), when that number is the expected next one."""
        for found in _GLUED_NUMBER_HEADING.finditer(line.text):
            number = found.group("num")
            if number not in self._expected() or self._amending_other() \
                    or not self._heading_may_follow(line.text, found.start()):
                continue
            before, after = line.text[:found.start()].strip(), line.text[found.end():].strip()
            self.inline.append(number)
            self.forced = number
            self.builder.note("ocr_number_fixed", f"heading {found.group()!r} read as Pasal "
                              f"{number}", line.page)
            return [Line(part, line.page) for part in (before, f"Pasal {number}", after) if part]
        return None

    def _note_damaged(self, found: re.Match[str], number: str, page: int) -> None:
        """Say how an inline heading OCR damaged was read ("Pasal 1 1", "Pasai 7", "Pasal,
        147"), as a heading whose digits OCR misread is."""
        printed = found.group(0).rstrip(". ")
        if printed != f"Pasal {number}" and printed != f"Pasal {found.group('num')}":
            self.builder.note("ocr_number_fixed", f"heading {printed!r} read as Pasal {number}",
                              page)
        else:
            self.builder.note_ocr(found.group("num"), number, page)

    def _split_roman(self, line: Line) -> list[Line] | None:
        """In an amending body, split a line at the next Roman heading glued after the end of
        a sentence ("… sejak Undang-Undang ini diundangkan. PASAL II Undang-Undang ini mulai
        berlaku …", UU 45/2009): else Pasal II is text of the last article Pasal I quotes."""
        following = _next_roman(self.articles[-1].pasal) if self.articles else None
        if not following:
            return None
        for found in _GLUED_ROMAN.finditer(line.text):
            if found.group("num") == following:
                before, after = line.text[:found.start()].strip(), line.text[found.end():].strip()
                self.inline.append(following)
                return [Line(text, line.page) for text in (before, f"Pasal {following}", after)]
        return None

    def _own_amending_heading(self, line: Line) -> list[Line] | None:
        """Split a line at an omnibus law's own heading glued before its next amendment
        (``_OWN_AMENDING_HEADING``), when the number, OCR read, comes after the last article
        and the lead-in names a law: the heading OCR spaced or garbled ("Pasal 1 1 1") would
        otherwise leave the rest of the law inside the article before it, quoting it."""
        for found in _OWN_AMENDING_HEADING.finditer(line.text):
            raw = re.sub(r"\s", "", found.group("num"))
            number = _ocr_number(raw.translate(_OCR_T), lenient=True)
            last = self.articles[-1].pasal if self.articles else None
            if number is None or last is None or _pasal_key(number) <= _pasal_key(last) \
                    or _omnibus_ref([line.text[found.end():]]) is None:
                continue
            before, after = line.text[:found.start()].strip(), line.text[found.end():].strip()
            self.inline.append(number)
            self.forced = number
            self.builder.note_ocr(raw, number, line.page)
            return [Line(text, line.page) for text in (before, f"Pasal {number}", after) if text]
        return self._own_heading_after_title(line)

    def _own_heading_after_title(self, line: Line) -> list[Line] | None:
        """Split a line at the omnibus law's own next heading, spaced by OCR, glued after the
        title of the BAB/Bagian it opens (``_OWN_HEADING_AFTER_TITLE``), inside an article
        that amends another law: else the own article that follows (a revocation, an
        introduction) was read as text of the last article that law quotes."""
        found = _OWN_HEADING_AFTER_TITLE.match(line.text)
        if not found or not self._amending_other():
            return None
        raw = found.group("num").replace(" ", "")
        number = _ocr_number(raw)
        if number is None or number not in self._expected() \
                or _quoted_by_instruction(number, " ".join(self.articles[-1].lines[-2:])):
            return None
        before, after = line.text[:found.start("heading")].strip(), line.text[found.end():].strip()
        self.inline.append(number)
        self.forced = number
        self.builder.note_ocr(raw, number, line.page)
        return [Line(text, line.page) for text in (before, f"Pasal {number}", after) if text]

    @staticmethod
    def _heading_may_follow(text: str, end: int) -> bool:
        """A line start, a sentence end or a title word may precede an inline heading at
        ``text[end:]``; a word that introduces a cross-reference ("dalam Pasal 5") may not.

        Only the last ``_LOOKBEHIND`` characters are searched: both patterns end at ``end``
        and need the last word only, and a line of thousands of "Pasal N" (OCR garbage, a
        hostile file) would otherwise cost quadratic time (minutes)."""
        start = max(0, end - _LOOKBEHIND)
        if _BEFORE_INLINE.search(text, start, end) or _TITLE_COMMA_BEFORE.search(text, start, end):
            return True
        word = _PREVIOUS_WORD.search(text, start, end)
        return word is not None and word.group(1).lower() not in _CROSS_REFERENCE_WORDS \
            and not text[start:end].rstrip().endswith((",", "/", "-"))

    def _after_conjunction(self, text: str, found: re.Match[str]) -> bool:
        """Whether the inline heading ``found``, after a conjunction (``_CONJUNCTION_BEFORE``),
        is the law's next article (``_inline_number``) opening its ayat (1)."""
        start = max(0, found.start() - _LOOKBEHIND)
        conjunction = _CONJUNCTION_BEFORE.search(text, start, found.start())
        if not conjunction or "Pasal" in conjunction.group(0) or self._amending_other() \
                or not _OPENS_AYAT_ONE.match(text, found.end()):
            return False
        raw = found.group("num").replace(" ", "")
        return self._inline_number(raw, text[:found.start()], text[found.end():]) is not None

    def _inline_number(self, raw: str, before: str, after: str, *, strict: bool = False
                       ) -> str | None:
        """The number of an inline heading if it is the law's next article (``strict``: a
        heading whose word or spacing OCR damaged is taken as the expected number only; a
        "T" is an OCR'd 7: "Pasal 2T", "Pasal T2", UU 27/2022)."""
        number = _ocr_number(raw.translate(_OCR_T), lenient=True)
        if number is None:
            return None
        expected = self._expected()
        if strict and number not in expected:
            return None
        if self._amending_other():   # only the own next number, not a quoted one
            return self._own_number(number, before or " ".join(self.articles[-1].lines[-2:]),
                                    after)
        if number in expected:
            return number
        if raw.isdigit() and self.articles and self.articles[-1].pasal.isdigit():
            last = int(self.articles[-1].pasal)
            if last < int(number) <= last + _MAX_INLINE_GAP:
                return number
        return None


# ===========================================================================================
# helpers: zones
# ===========================================================================================

def _split_zones(lines: list[Line], number: str | None, year: int | None) -> _Zones:
    """Assign every line after ``Menetapkan`` to body, closing, penjelasan or lampiran.

    After a gazette notice (``TAMBAHAN LEMBARAN NEGARA … NOMOR n``) the text is held back:
    it becomes Lampiran only when a Lampiran header or a new regulation frame follows (the
    Perppu printed after UU 1/2015); a stray footer ("Kutipan : …") stays with the closing."""
    zones = _Zones()
    start = _body_start(lines)
    zones.head = lines[:start]
    zone = "body"
    pending: list[Line] = []
    for line in lines[start:]:
        text = line.text
        if zone == "after":
            if _LAMPIRAN_HEAD.match(text) or _FRAME_START.match(text):
                zones.lampiran.extend(pending)
                pending, zone = [], "lampiran"
            elif _PENJELASAN_HEAD.match(text):
                zones.closing.extend(pending)
                pending, zone = [], "penjelasan"
            else:
                pending.append(line)
                continue
        elif zone == "body" and _CLOSING.match(text):
            zone = "closing"
            zones.closed = True
        elif zone == "body" and (_PENJELASAN_HEAD.match(text) or _LAMPIRAN_HEAD.match(text)) \
                and _NUMBER.search(text) and _names_regulation(text, number, year):
            # no closing formula printed (or lost), but this regulation's Penjelasan/Lampiran
            # follows: the body ended here and the text is not cut off
            zone = "penjelasan" if _PENJELASAN_HEAD.match(text) else "lampiran"
            zones.closed = True
        elif zone == "closing" and _PENJELASAN_HEAD.match(text):
            zone = "penjelasan"
        elif zone == "closing" and (found := _PENJELASAN_AFTER_CLOSING.search(text)):
            # "… NOMOR 196 I PENJEI,ASAN ATAS …" (UU 27/2022), or its head lost and "I. UMUM"
            # (UU 23/2006) or "PASAL DEMI PASAL" (UU 23/1999) the first line read of it
            if found.start():
                zones.closing.append(Line(text[:found.start()].rstrip(), line.page))
                line = Line(text[found.start():], line.page)
            zone = "penjelasan"
        elif zone in {"closing", "penjelasan"} and _LAMPIRAN_HEAD.match(text):
            zone = "lampiran"
        elif zone == "lampiran" and _PENJELASAN_HEAD.match(text) and not zones.penjelasan \
                and _names_regulation(text, number, year):
            zone = "penjelasan"
        elif zone in {"penjelasan", "closing"} and _TLN.match(text):
            getattr(zones, zone).append(line)
            zone = "after"
            continue
        getattr(zones, zone).append(line)
    zones.closing.extend(pending)
    return zones


#: "… HUKUM PIDANA. Pasal 1. Ancaman …": the first article printed on the Menetapkan line.
#: "Pasal I" only when it ends the line: the article of an act enacting or amending another,
#: read as a body of its own, would swallow the quoted articles glued after it on the line,
#: which are read one by one when it stays with the Menetapkan line.
#: "… PERIKANAN. PASAL I Beberapa ketentuan dalam … diubah sebagai berikut :" (UU 19/2000, UU
#: 12/2016; "PASAL I Mengubah beberapa ketentuan …", UU 11/1994) is one too: its lead-in, a
#: change, ends the line, and nothing is glued after it (but OCR's stray list labels of the
#: Menimbang: "… diubah sebagai berikut: d. e.", the Perppu in UU 16/2017's Lampiran).
#: The BAB I heading may come between: "… WAKIL PRESIDEN. BAB I KETENTUAN UMUM Pasal 1 Dalam …"
#: (UU 42/2008): it is cut off with the heading, and so is its first Bagian ("… NEGARA. BAB I
#: KETENTUAN UMUM Bagian Pertama Pengertian Pasal 1 Dalam …", UU 5/1986 5.md:11). The title's
#: full stop may be missing before a BAB I or Pasal 1 that opens a sentence ("… TENTANG
#: TELEKOMUNIKASI BAB I KETENTUAN UMUM Pasal 1 Dalam …", UU 3/1989 3.md; "… TAHUN 1997/1998
#: Pasal 1 Dalam …", UU 6/1997).
_FIRST_PASAL_INLINE = re.compile(
    r"(?:(?<=[.)…])\s*|(?<=[A-Z0-9])\s+(?=BAB\s+I\s+[A-Z]|Pasal\s+1\s+(?:\d+\.\s+)?[A-Z]))"
    r"(?P<bab>BAB\s+I\s+[A-Z][A-Z ,/&-]{0,80}?\s+"
    r"(?P<bagian>Bagian\s+Pertama\s+[A-Z][\w ,/&-]{0,80}?\s+)?(?=Pasal\s+1\b))?"
    r"(?:(?P<heading>Pasal\s+1)\b\.?(?:\s+(?=\S)|\s*$)"
    r"|(?P<roman>(?:Pasal|PASAL)\s+I)\.?(?:\s*$|\s+(?=[A-Z])(?=[^:]*\b(?i:diubah|mengubah|"
    r"disisipkan|dihapus|ditambah(?:kan)?)\b[^:]*:(?:\s+[a-z]\.)*\s*$)))")
#: "… mulai berlaku pada hari diundangkan. Agar supaya setiap orang dapat mengetahuinya, …"
_CLOSING_INLINE = re.compile(r"(?<=[.;])\s+(?=Agar\s+(?:supaya\s+)?setiap\s+orang\s+"
                             r"(?:dapat\s+)?mengetahui)")


def _split_enacting_line(lines: list[Line]) -> list[Line]:
    """Older statutes (1950s–60s) and some plain-text copies run the enacting formula, the
    body and the closing formula together: "Menetapkan : UNDANG-UNDANG TENTANG … PIDANA.
    Pasal 1. Ancaman … diundangkan. Agar supaya setiap orang dapat mengetahuinya, …". The
    body starts after the Menetapkan line and ends at the closing formula, so such a line is
    cut before its "Pasal 1", and the first line after it holding the closing formula is cut
    before it (the headings glued between are split as the body is read)."""
    for index, line in enumerate(lines):
        if _MENETAPKAN.match(line.text):
            found = _FIRST_PASAL_INLINE.search(line.text)
            if found is None:
                return lines[:index + 1] + _split_closing(lines[index + 1:])
            rest = line.text[found.end():].strip()
            bab = _first_headings(found, line.page)
            body = (bab + [Line(found.group("heading") or found.group("roman"), line.page)]
                    + ([Line(rest, line.page)] if rest else []) + lines[index + 1:])
            return (lines[:index] + [Line(line.text[:found.start()].strip(), line.page)]
                    + _split_closing(body))
    return lines


def _first_headings(found: re.Match[str], page: int) -> list[Line]:
    """The BAB I heading (and its first Bagian) printed before Pasal 1 on the Menetapkan
    line, each on a line of its own, as the body prints them."""
    if not found.group("bab"):
        return []
    bagian = found.group("bagian")
    bab = found.group("bab")[:found.start("bagian") - found.start("bab")] if bagian \
        else found.group("bab")
    return [Line(text.strip(), page) for text in (bab, bagian) if text]


def _split_closing(body: list[Line]) -> list[Line]:
    """The body lines with the first closing formula printed inside a line put on a line of
    its own (none is cut when a line starts with one first)."""
    for index, line in enumerate(body):
        if _CLOSING.match(line.text):
            return body
        found = _CLOSING_INLINE.search(line.text)
        if found:
            return (body[:index] + [Line(line.text[:found.start()].strip(), line.page),
                                    Line(line.text[found.end():].strip(), line.page)]
                    + body[index + 1:])
    return body


def _body_start(lines: list[Line]) -> int:
    """Index of the first body line: after ``Menetapkan`` (and the title it names). When OCR
    lost the body's own "Menetapkan" but a Pasal follows "MEMUTUSKAN" before the first one
    found, that one is a Lampiran's (UU 13/2022 prints templates of regulations): the body
    starts after MEMUTUSKAN."""
    decided = next((i for i, line in enumerate(lines) if _MEMUTUSKAN.match(line.text)), None)
    for index, line in enumerate(lines):
        if _MENETAPKAN.match(line.text):
            if decided is not None and decided < index and any(
                    _PASAL_HEADING.match(between.text) for between in lines[decided + 1:index]):
                return decided + 1
            return index + 1
    for index, line in enumerate(lines):
        if _PASAL_HEADING.match(line.text):
            return index
    return 0


def _names_regulation(text: str, number: str | None, year: int | None) -> bool:
    found = _NUMBER.search(text)
    if not found or number is None:
        return True
    fields = _number_fields(found)
    return fields["number"] == number and (year is None or fields["year"] in (None, year))


def _header_names(text: str, number: str | None) -> bool:
    found = re.search(r"\bNOMOR\b\s*(\S*)", text)
    if not found:
        return True
    printed = re.match(r"[0-9lIO]+", found.group(1))
    if not printed:
        return False  # "NOMOR … TAHUN …": a template
    return number is None or _ocr_number(printed.group(0)) == number


def _embedded_regulation(zone: list[Line]) -> tuple[list[Line], _Zones] | None:
    """A Lampiran that is a whole regulation (a Perppu enacted as UU): its zones, else None.

    It must have a ``Menetapkan`` followed by a run of at least five sequential articles
    from Pasal 1, so the example fragments in UU 12/2011 Lampiran II do not qualify; or, a
    Perppu that amends a law (UU 16/2017 enacting Perppu 2/2017, which amends UU 17/2013;
    UU 2/2015, UU 10/2015 …), by a ``Pasal I`` that opens its body (on the Menetapkan line
    or after it) followed by a ``Pasal II``."""
    for index, line in enumerate(zone):
        if not _MENETAPKAN.match(line.text):
            continue
        sub = _split_zones(_split_enacting_line(zone[index:]), None, None)
        headings = [m.group("num") for l in sub.body if (m := _PASAL_HEADING.match(l.text))]
        run = 0
        for heading in headings:
            if _ocr_number(heading) == str(run + 1):
                run += 1
        if run >= 5 or headings[:1] == ["I"] and "II" in headings and _amends_named(sub.body, line):
            return zone[:index], sub
    return None


def _amends_named(body: list[Line], menetapkan: Line) -> bool:
    """Whether the Pasal I opening ``body`` (or the title its Menetapkan names) names the
    regulation it amends by number: the form of an amending law UU 10/2004 Lampiran prints
    ("Beberapa ketentuan dalam Undang-Undang Nomor ... Tahun... tentang... diubah …") does
    not."""
    lead = [l.text for l in body[1:4]]
    return _amended_ref(lead, {"subject": _MENETAPKAN.sub("", menetapkan.text, count=1)}) is not None


def _lampiran_sections(zone: list[Line], number: str | None) -> list[LampiranSection]:
    """Split a Lampiran at its "LAMPIRAN I/II …" headers. A header naming another number, or
    a placeholder ("NOMOR … TAHUN …", an example in UU 12/2011), does not start a section."""
    sections: list[LampiranSection] = []
    lines: list[Line] = []
    label, page = "LAMPIRAN", zone[0].page if zone else None
    for line in zone:
        head = _LAMPIRAN_HEAD.match(line.text)
        if head and not _header_names(line.text, number):
            head = None
        if head and lines:
            sections.append(_lampiran_section(label, lines, page))
            lines = []
        if head:
            label, page = head.group(0).strip(), line.page
        lines.append(line)
    if lines:
        sections.append(_lampiran_section(label, lines, page))
    return sections


def _lampiran_section(label: str, lines: list[Line], page: int | None) -> LampiranSection:
    """One annex section, with the butir it numbers when it is a manual (``read_butir``)."""
    text = " ".join(line.text for line in lines)
    starts, at = [], 0
    for line in lines:   # where each line starts in ``text``: a butir's page
        starts.append(at)
        at += len(line.text) + 1
    butir = tuple(replace(one, page=lines[bisect_right(starts, offset) - 1].page)
                  for offset, one in read_butir(text))
    return LampiranSection(label, text, page, butir)


# -- butir: the numbered points of an annex that is a manual ---------------------------------

#: A butir number where one may start: not inside "B.1.", "3.1", "(1)" or "Nomor 12/2011",
#: and followed by a capital (or a quote) as a sentence is, or by the first item of its list
#: (UU 10/2004 Lampiran: "148. a. Setiap Undang-Undang perlu diberi penjelasan").
_BUTIR_NUMBER = re.compile(r"(?<![\w.,/()\-])(\d{1,3})\.\s+(?=[A-Z\u201c\"'(]|a\.\s)")
#: Fewer butir than this in one sequence are a list, not a manual's numbering (UU 12/2011
#: Lampiran I numbers its 8 parts, then again its 8 chapters: which is which is unsure).
_BUTIR_MINIMUM = 20
#: How a butir of a manual ends: as a sentence (the items of a list of names, UU 35/2009's
#: narcotics, do not: "Fentanil : 1-fenetil-4-N-propionilanilinopiperidina").
_SENTENCE_END = re.compile(r"[.;:]\W*$")
#: Numbers skipped in a row before the sequence is taken to have ended.
_BUTIR_GAP = 3
#: What closes the text before a butir as the heading of the part it opens: "BAB I
#: KERANGKA …", "A. JUDUL", "B.1. Frasa Dengan Rahmat Tuhan Yang Maha Esa".
_BUTIR_HEADING = re.compile(
    r"(?:^|\s)(?P<bab>BAB\s+(?P<roman>[IVXL]+)\s+[A-Z][^a-z.;:]*?)?\s*"
    r"(?P<sub>(?<![\w.])[A-Z](?:\.\d+)*\.\s+[A-Z](?:(?!\bBAB\s+[IVXL]+\b)[^.;:])*?)?\s*$")


def read_butir(text: str) -> list[tuple[int, Butir]]:
    """The butir of an annex that numbers its points 1, 2, 3 … through all its chapters (UU
    12/2011 Lampiran II, 284 of them). A number is a butir only where the sequence expects
    it: butir often start mid-line ("… (PROLEGDA) 6. Pada nama …") and the examples inside
    one restart at 1, so every "1." is a possible start; the one whose run, each next number
    at its nearest occurrence after the last, reaches furthest is the numbering (on a tie the
    later: a table of contents "1. Frasa … 5. Diktum" precedes it). The pass back from the
    last number, each at its last occurrence before the next, must agree; where it does not
    the reading is unsure and no butir are read; so too when a second long numbering runs
    apart from it, or when its points are not sentences (a list of names). Each butir comes
    with its offset in ``text`` (the caller turns it into a page)."""
    found: dict[int, list[int]] = {}
    for match in _BUTIR_NUMBER.finditer(text):
        found.setdefault(int(match.group(1)), []).append(match.start())
    runs = [_butir_run(found, start) for start in found.get(1, [])]
    chain = max(reversed(runs), key=len, default=[])   # the longest; on a tie the later
    if len(chain) < _BUTIR_MINIMUM or _butir_run_back(found, chain) != chain \
            or _another_numbering(runs, chain):
        return []
    butir = _butir_texts(text, chain)
    said = sum(bool(_SENTENCE_END.search(one.text)) for _, one in butir)
    return butir if 2 * said >= len(butir) else []   # a list of names: no points to cite


def _another_numbering(runs: list[list[tuple[int, int]]], chain: list[tuple[int, int]]) -> bool:
    """Whether a second long numbering runs apart from ``chain``: a list numbered anew in each
    part (UU 35/2009's narcotics, numbered in each Golongan), whose "butir 43" names no one
    item. A run from an example's "1." joins the numbering within a few numbers."""
    held = set(chain)
    return any(len(set(run) - held) >= _BUTIR_MINIMUM for run in runs)


def _butir_run(found: dict[int, list[int]], start: int) -> list[tuple[int, int]]:
    """(number, offset) of the butir from a "1." at ``start``: each next number at its first
    occurrence after the last, a few numbers skipped at most (one the source lost)."""
    run, number, at, missed = [(1, start)], 2, start, 0
    while missed < _BUTIR_GAP:
        offsets = found.get(number, [])
        index = bisect_right(offsets, at)
        if index < len(offsets):
            at = offsets[index]
            run.append((number, at))
            missed = 0
        else:
            missed += 1
        number += 1
    return run


def _butir_run_back(found: dict[int, list[int]], chain: list[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """The same numbers read from the last back: each at its last occurrence before the next.
    An example numbered as a butir is, between two butir, moves one of the two readings."""
    run, before = [], chain[-1][1] + 1
    for number, _ in reversed(chain):
        offsets = found[number]
        before = offsets[bisect_left(offsets, before) - 1]
        run.append((number, before))
    return run[::-1]


def _butir_texts(text: str, chain: list[tuple[int, int]]) -> list[tuple[int, Butir]]:
    """Each butir's text, less the heading closing it that opens the next part (kept as
    the next butir's ``heading``); the last ends where the next BAB begins (UU 12/2011
    Lampiran II: BAB IV, the forms of a draft, numbers no butir)."""
    butir: list[tuple[int, Butir]] = []
    heads = ("", "")
    parts = _contents_parts(text[:chain[0][1]])
    _, heads = _closing_heading(text[:chain[0][1]], heads)   # "BAB I …" before butir 1
    ends = [offset for _, offset in chain[1:]] + [len(text)]
    for (number, offset), end in zip(chain, ends):
        body = text[offset:end]
        if end == len(text):
            body = body[:_next_bab(body, heads[0])]
        own, following = (_closing_heading(body, heads, parts) if end < len(text)
                          else (body, heads))
        butir.append((offset, Butir(str(number), _without_number(own),
                                    " › ".join(filter(None, heads)))))
        heads = following
    return butir


def _closing_heading(body: str, heads: tuple[str, str],
                     parts: Sequence[tuple[re.Pattern[str], str]] = ()
                     ) -> tuple[str, tuple[str, str]]:
    """``body`` less the heading that closes it, and the (BAB, part) headings in force after
    it. A "BAB" counts only as the chapter after the current one: a butir's example may
    end in "BAB I KETENTUAN UMUM". A part the text prints without its letter ("… ( merger )
    PILIHAN KATA ATAU ISTILAH 255.", UU 12/2011 Lampiran II BAB III) is read where the
    table of contents lists it (``parts``, ``_contents_parts``), with its letter."""
    match = _BUTIR_HEADING.search(body)
    if match is None or not match.group(0).strip():
        return _unlettered_part(body, heads, parts)
    bab, sub = heads
    if match.group("bab"):
        current = bab.split()[1] if len(bab.split()) > 1 else ""
        if match.group("roman") != (_roman_next(current) if current else "I"):
            return body, heads
        bab, sub = " ".join(match.group("bab").split()), ""
        if not match.group("sub"):   # "BAB III RAGAM … BAHASA PERATURAN …": its first part
            rest, (_, part) = _unlettered_part(bab, (bab, ""), parts)
            if part and rest.strip() != f"BAB {match.group('roman')}":
                bab, sub = rest.strip(), part
    if match.group("sub"):
        sub = " ".join(match.group("sub").split())
    return body[:match.start()], (bab, sub)


#: A part heading a manual's table of contents lists in capitals: "A. BAHASA PERATURAN
#: PERUNDANG–UNDANGAN B. PILIHAN KATA ATAU ISTILAH C. TEKNIK PENGACUAN BAB IV …".
_CONTENTS_PART = re.compile(
    r"(?<![\w.])(?P<letter>[A-Z])\.\s+(?P<title>[A-Z][A-Z/&()–-]*(?:[ ,]+(?![A-Z]\.\s)"
    r"(?!BAB\b)[A-Z][A-Z/&()–-]*)+)")


def _contents_parts(contents: str) -> list[tuple[re.Pattern[str], str]]:
    """The part headings of two words or more that the table of contents before butir 1
    lists, each as a pattern of its title as the text may print it (spaced dashes: "PERUNDANG
    – UNDANGAN") at the end of a butir, and the heading with its letter."""
    parts = []
    for found in _CONTENTS_PART.finditer(contents):
        title = re.sub(r"\s*[–—-]\s*", "–", found.group("title"))
        title = " ".join(title.split()).strip(" ,")
        words = [re.escape(word) for word in re.split(r"[ –]", title) if word]
        pattern = re.compile(r"(?:^|\s)" + r"(?:\s+|\s*[–—-]\s*)".join(words) + r"\s*$")
        parts.append((pattern, f"{found.group('letter')}. {title}"))
    return parts


def _unlettered_part(body: str, heads: tuple[str, str],
                     parts: Sequence[tuple[re.Pattern[str], str]]
                     ) -> tuple[str, tuple[str, str]]:
    """``body`` less a part heading the table of contents lists that closes it without its
    letter, and the headings in force after it (``heads`` when none closes it)."""
    for pattern, heading in parts:
        found = pattern.search(body)
        if found:
            return body[:found.start()], (heads[0], heading)
    return body, heads


def _without_number(text: str) -> str:
    return " ".join(_BUTIR_NUMBER.sub("", text, count=1).split())


def _next_bab(body: str, bab: str) -> int:
    """Where the chapter after ``bab`` ("BAB III …": "BAB IV") starts in ``body``."""
    roman = bab.split()[1] if len(bab.split()) > 1 else ""
    following = _roman_next(roman)
    match = re.search(rf"\bBAB\s+{following}\s+[A-Z]{{2}}", body) if following else None
    return match.start() if match else len(body)


def _roman_next(roman: str) -> str:
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    return numerals[numerals.index(roman) + 1] if roman in numerals[:-1] else ""


# ===========================================================================================
# helpers: headings and numbers
# ===========================================================================================


def _next_roman(number: str) -> str | None:
    """"II" after "I" (the articles of an amending law run I, II, III …); None past XII."""
    return _ROMANS[_ROMANS.index(number) + 1] if number in _ROMANS[:-1] else None


def _cut_glued_structure(text: str) -> tuple[str, ...]:
    """``text`` before an inline heading, with the BAB/Bagian/Paragraf heading glued after its
    last sentence cut off (``clean.GLUED_STRUCTURE``): it heads the article that follows,
    not the one before."""
    found = None if _structural_heading(text) else GLUED_STRUCTURE.search(text)
    if found is None:
        return (text,)
    return text[:found.start()].strip(), text[found.end():].strip()


def _has_title(text: str) -> bool:
    found = _structural_heading(text)
    if not found:
        return False
    return len(found[1].split()) > 2


def _looks_like_title(text: str, kind: str) -> bool:
    if _AYAT.match(text) or _ANGKA_DOT.match(text) or _HURUF_DOT.match(text):
        return False
    if kind == "bab":
        return text.upper() == text
    return len(text) < 150 and not _ENDS_SENTENCE.search(text)


def _starts_lowercase(text: str) -> bool:
    return bool(text) and text[0].islower() and not _HURUF_DOT.match(text) and not _HURUF_PAREN.match(text)


# ===========================================================================================
# helpers: units
# ===========================================================================================

@dataclass
class _ItemBuilder:
    label: str
    style: str
    text: list[str]
    children: list[_ItemBuilder] = field(default_factory=list)

    def build(self) -> Item:
        return Item(self.label, _squash(self.text), tuple(c.build() for c in self.children))


@dataclass
class _AyatBuilder:
    """Collects an ayat's lead-in and its nested items (a. → 1. → a) → 1))."""

    number: str | None
    text: list[str]
    items: list[_ItemBuilder] = field(default_factory=list)
    stack: list[_ItemBuilder] = field(default_factory=list)

    def add_line(self, text: str, *, lead: bool = False) -> None:
        """Add one logical line (``lead``: the ayat's opening line, text even if it starts
        like a label). A list item glued on the same line after the end of the one before
        ("d. Dihapus. e. Berusia …", "…; dan/atau g. kegiatan …", "… mencakup: a. untuk …")
        is split off and added as an item of its own (see ``_glued_item``)."""
        if lead:
            self.text.append(text)
        else:
            self._add(text)
        target = self.stack[-1].text if self.stack else self.text
        piece = target[-1]
        cut = _glued_item(piece, self._expected_labels())
        if cut is None:
            return
        target[-1] = piece[:cut].rstrip()
        self.add_line(_spaced_label(piece[cut:]))

    def _expected_labels(self) -> list[tuple[str, str, bool]]:
        """(label, style, first) of the items that may come next: the next label of every
        list being read, or (``first``) the first label of a new list under the unit read."""
        expected = [(label, entry.style, False) for entry in self.stack
                    for label in _next_labels(entry.label)]
        if not (self.stack[-1].children if self.stack else self.items):
            used = {entry.style for entry in self.stack}
            expected += [(label, style, True) for style, label in _FIRST_LABELS if style not in used]
        return expected

    def _add(self, text: str) -> None:
        item = _match_item(_ocr_label_read(text, self._expected_labels()))
        if item is None:
            target = self.stack[-1].text if self.stack else self.text
            target.append(text)
            return
        style, label, body = item
        new = _ItemBuilder(label, style, [body])
        styles = [entry.style for entry in self.stack]
        if style in styles:
            del self.stack[styles.index(style):]
        siblings = self.stack[-1].children if self.stack else self.items
        if siblings:
            _split_skipped_label(siblings, new)
        siblings.append(new)
        self.stack.append(new)
        # "6. a. Jaksa adalah …  b. Penuntut umum …" (UU 8/1981 Pasal 1): an item whose list
        # starts at its first word; its own text is empty
        nested = _match_item(body) if re.match(_FIRST_ITEM_AFTER_AYAT, body) else None
        if nested and nested[0] not in styles and nested[0] != style:
            new.text = []
            self._add(body)

    def build(self) -> Ayat:
        return Ayat(self.number, _squash(self.text), tuple(i.build() for i in self.items))


#: Labels of consecutive ayat printed together before their text: "(1) (2) Setiap warga
#: negara … wajib belajar. Pemerintah dan Pemerintah Daerah menjamin …" (UU 20/2003 Pasal 34;
#: 37 lines of the scale corpus print as many sentences as labels after them).
_LABELS_TOGETHER = re.compile(r"^(?P<labels>(?:\(\d{1,2}\)\s+){2,})(?=[A-Z])(?P<text>.*)$")
#: The end of a sentence: a full stop after a word of three small letters or a bracket, then
#: a capital ("… wajib belajar. Pemerintah …"; not "Rp. 5", "No. 3", "Ir. Soekarno").
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{3}\.)|(?<=\)\.))\s+(?=[A-Z])")


#: A sentence as printed, not OCR's debris: a capitalised word, words of letters (no running
#: head read as "REpuJLTIt,'*oSf; *=r,o - L28 Dulungan …", UU 7/2017 Pasal 183), a full stop.
_PLAIN_SENTENCE = re.compile(r"^[A-Z][a-z]+(?:[\s,;:()/\-]+[\w\-/.,]+)*\.$")


def _next_ayat(builders: list[_AyatBuilder]) -> int | None:
    """The ayat an article read so far expects next: 1 before any text, n + 1 after ayat (n);
    None after text without a label (the labels that follow may be its own)."""
    if not builders:
        return 1
    number = builders[-1].number
    return int(number) + 1 if number is not None and number.isdigit() else None


def _labels_then_sentences(line: str, expected: int | None) -> list[str]:
    """A line of consecutive ayat labels printed together before their text, as one line per
    ayat when the first is the ayat ``expected`` next and the text holds as many sentences as
    there are labels (each ayat one sentence, in order: ``_LABELS_TOGETHER``); else the line as
    it is (which sentence ends which ayat is not known; the first labels stay empty ayat). Not
    after text without a label: "Dalam rangka … kebijakan ekonomi Kelautan. Kebijakan ekonomi
    Kelautan sebagaimana dimaksud pada ayat (1) … (1) (2) (3) Basis pembangunan ekonomi …" (UU
    32/2014 Pasal 15) printed the labels of the sentences before them there."""
    found = _LABELS_TOGETHER.match(line)
    if found is None or expected is None:
        return [line]
    numbers = [int(n) for n in re.findall(r"\d+", found.group("labels"))]
    if numbers[0] != expected or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return [line]
    sentences = _SENTENCE_BREAK.split(found.group("text"))
    if len(sentences) != len(numbers) or not all(map(_PLAIN_SENTENCE.match, sentences)):
        return [line]
    return [f"({number}) {sentence.strip()}" for number, sentence in zip(numbers, sentences)]


def _ayat_number(found: re.Match[str]) -> str:
    """"(1a)" → "1a", OCR "(l)" → "1"."""
    raw = found.group("num")
    suffix = raw[-1] if len(raw) > 1 and raw[-1].islower() and raw[-1] != "l" else ""
    number = _ocr_number(raw[:-1] if suffix else raw)
    return f"{number}{suffix}" if number else raw


def _drop_repeated_heading(lines: list[str], pasal: str) -> list[str]:
    """A heading repeated at the top of the next page ("Pasal 171 (1) seseorang …") is not text."""
    if lines:
        repeated = re.match(rf"^Pasal\s+{re.escape(pasal)}\b\s*", lines[0])
        if repeated:
            rest = lines[0][repeated.end():]
            return ([rest] if rest else []) + lines[1:]
    return lines


#: The first item of a list an ayat opens with, its label printed right after the ayat's
#: ("… telah lewat waktunya. (2) a. Penetapan sebagaimana …", UU 5/1986 Pasal 62).


#: A reference to several ayat ends before a label: "… dalam Pasal 6 ayat (3) dan (4)
#: Undang-undang ini …" (UU 1/1974 Pasal 7), "… ayat (1), (2), (3) dan (4) Undang-Undang Dasar
#: …": the label after the conjunction is one more ayat referred to (29 times in 23 files of
#: the scale corpus), never a new ayat. A comma alone is no such sign: "… Pasal 14 ayat (1), (3)
#: Penghasilan kena pajak …" (UU 7/1983 Pasal 16) is ayat (3) after a comma printed for a stop.
_REFERENCE_LIST_BEFORE = re.compile(
    r"\b(?:[Aa]yat|Pasal\s+\d+[A-Z]?)\s*\(\s?\d{1,3}[a-z]?\s?\)(?:\s*,\s*\(\s?\d{1,3}[a-z]?\s?\))*,?"
    r"\s+(?:dan/atau|dan|atau|serta|sampai\s+dengan|s\.d\.?|s/d|hingga)$")


def _refers_before(text: str, position: int) -> bool:
    """Whether the text before ``position`` ends a reference to several ayat
    (``_REFERENCE_LIST_BEFORE``); only its last 200 characters are read."""
    return bool(_REFERENCE_LIST_BEFORE.search(text, max(0, position - 200), position))


def _split_glued_ayat(text: str, number: str | None) -> list[str]:
    """Split an ayat line where OCR lost the text between two ayat ("… dimaksud pada (3) KPU
    …"): only at the next number in sequence, before a capital, not after the word "ayat" nor
    a conjunction ending a reference to several ayat ("ayat (3) dan (4) Undang-undang ini",
    ``_REFERENCE_LIST_BEFORE``);
    after the end of a sentence also before the first label of a list that ayat opens with
    ("… telah lewat waktunya. (2) a. Penetapan …", ``_FIRST_ITEM_AFTER_AYAT``: UU 5/1986
    Pasal 62, whose ayat (2) and (3) were read as items of (1)); also where its closing
    bracket OCR read as a digit or a letter, after the end of a sentence ("… belum dapat
    dipastikan. (21 Pemutusan …", ``_ocr_ayat_reading``)."""
    if number is None or not number.isdigit():
        return [text]
    following = str(int(number) + 1)
    found = next((label for label in re.finditer(rf"(?<!ayat)\s\({following}\)\s+(?=[A-Z])", text)
                  if not _refers_before(text, label.start())), None)
    if not found:
        found = re.search(rf"(?<=[.;:])\s\({following}\)\s+(?={_FIRST_ITEM_AFTER_AYAT})", text)
    if not found:
        found = next((glued for glued in _GLUED_OCR_AYAT.finditer(text)
                      if _ocr_ayat_reading(glued.group("num"), number) == following), None)
    if not found:
        found = next((ll for ll in _LL_AYAT.finditer(text, 1) if ll.group("num") == following),
                     None)
    if not found:
        return [text]
    return [text[:found.start()].strip(), text[found.start():].strip()]


#: A label glued inside an article's unnumbered opening, before a capital: "… modal dasar
#: Perseroan (3) Besaran modal dasar …" (UU 11/2020, 11.md:3078). Not a reference ("ayat (3)",
#: "Pasal 4 (2)"), not (1), which may open an inline list ("terdiri atas: (1) Menteri; (2) …").
_GLUED_LATER_AYAT = re.compile(r"(?<![Aa]yat)(?<!\d)\s\((?P<num>[2-9]|1\d)\)\s+(?=[A-Z][a-z])")


def _split_unnumbered_lead(text: str) -> list[str]:
    """The opening text of an article before any ayat, split before an ayat label glued
    inside it (``_GLUED_LATER_AYAT``), unless a "(1)" before it makes it an inline list. The
    label shows that the text before it lost its own: the ayat are read out of sequence and
    noted (``_check_ayat``), where they were one unnumbered text before."""
    found = next((label for label in _GLUED_LATER_AYAT.finditer(text)
                  if not _refers_before(text, label.start())), None)
    if found is None or "(1)" in text[:found.start()]:
        return [text]
    return [text[:found.start()].strip(), text[found.start():].strip()]


#: The lead-in of an article of definitions: "Dalam Undang-Undang ini yang dimaksud dengan:".
_DEFINITIONS_LEAD = re.compile(
    r"^Dalam\s[^.:;]{0,80}?\bini\s*,?\s+yang\s+dimaksud\s+dengan\b\s*:?\s*", re.I)
#: Where a definition starts after the end of the one before (not after a number's dot, "5."):
#: its number if printed, a column of numbers OCR printed apart, its first word printed twice
#: around its number (``_REPEATED_DEFINITION_START``), then a capitalised term and "adalah".
_DEFINITION_START = re.compile(
    r"(?<=[.;])(?<!\s\d\.)(?<!\s\d\d\.)(?<!\s[lI]\.)\s+"
    r"(?=(?:[0-9lI]{1,2}\.?\s+)*(?:[A-Z][\w-]*(?:\s+\d{1,2})?\s+\d{1,2}\.\s+)?"
    r"[A-Z][^.;:]{0,160}?\sadalah\s)")
#: Numbers OCR printed apart from their definitions, as a run: "1 2 3 4 5. ", "10 11 12. 13 l4 15.".
_STRAY_NUMBERS = re.compile(r"^(?:[0-9lI]{1,2}\.?\s+){2,}")
_TRAILING_NUMBERS = re.compile(r"(?<=[.;])(?:\s+[0-9lI]{1,2}\.?)+\s*$")
#: A definition's own number: "5. Musyawarah Desa …", or its first word printed twice around
#: it where a page breaks ("Musyawarah 5. Musyawarah Desa …", "Pemberdayaan 2 12. Pemberdayaan").
_DEFINITION_LABEL = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?=[A-Z])")
_REPEATED_DEFINITION_START = re.compile(
    r"^(?P<word>[A-Z][\w-]*)(?:\s+\d{1,2})?\s+(?P<num>\d{1,2})\.\s+(?=(?P=word)\b)")


def _lost_definition_labels(unit: _AyatBuilder) -> tuple[int, bool] | None:
    """An article of definitions whose numbers OCR partly lost, read as numbered items: the
    definitions left in its lead-in ("Dalam Undang-Undang ini yang dimaksud dengan Desa adalah
    … Pemerintahan Desa adalah … 1 2 3 4 5. Musyawarah 5. Musyawarah Desa … adalah …", UU
    11/2020 Pasal 117, 11.md:3423) are cut where each next "X adalah …" starts, and become
    angka 1, 2 … in order. The numbers that survive anchor them: each must be its definition's
    place, and the definitions must fill the places before the first item read ("12.
    Pemberdayaan …"), when one is: then the reading is certain. Fewer definitions than places
    (the text lost some, UU 11/2020 Pasal 109) are numbered from the lead-in on, and the gap
    before the first item read is noted as every item gap is (a caution on the article). None
    when the article is no such list; else (definitions read, whether they fill the places)."""
    first = unit.items[0] if unit.items else None
    if unit.number is not None or (first is not None and (
            first.style != "angka" or not first.label.isdigit() or int(first.label) < 2)):
        return None
    text = _squash(unit.text)
    lead = _DEFINITIONS_LEAD.match(text)
    if lead is None:
        return None
    entries = _definition_entries(text[lead.end():])
    if entries is None or len(entries) < 2:
        return None
    if any(number is not None and number != place
           for place, (number, _) in enumerate(entries, start=1)):
        return None
    places = int(first.label) - 1 if first is not None else None
    if places is None and all(number is None for number, _ in entries):
        return None   # no number survives: nothing says the list lost none
    if places is not None and len(entries) > places:
        return None
    unit.text = [text[:lead.end()].strip()]
    unit.items[:0] = [_ItemBuilder(str(place), "angka", [definition])
                      for place, (_, definition) in enumerate(entries, start=1)]
    return len(entries), places is None or len(entries) == places


def _definition_entries(text: str) -> list[tuple[int | None, str]] | None:
    """The definitions of ``text`` in order, each with its number where one is printed
    before it; None when a piece defines nothing (the text is no list of definitions)."""
    entries: list[tuple[int | None, str]] = []
    for piece in _DEFINITION_START.split(text):
        piece = _TRAILING_NUMBERS.sub("", _STRAY_NUMBERS.sub("", piece.strip()))
        label = _REPEATED_DEFINITION_START.match(piece) or _DEFINITION_LABEL.match(piece)
        number = int(label.group("num")) if label else None
        piece = piece[label.end():] if label else piece
        if not re.search(r"\sadalah\s", piece):
            return None
        entries.append((number, piece.strip()))
    return entries


def _repeats_ayat_start(previous: _AyatBuilder, number: str, text: str) -> bool:
    """Whether ayat ``number`` opening with ``text`` is the ayat ``previous`` began again: the
    same number, and all ``previous`` read (no list item) the first words of ``text`` ("(5)
    Dalam" where a page ends, then "(5) Dalam hal pengadilan …" where the next begins: UU
    11/2020, 11.md:2854-2867; "(2) Asesmen ." then "(2) Asesmen sebagaimana …", UU 23/2022
    Pasal 19). A page break printed its start twice; it is one ayat."""
    head = _squash(previous.text).rstrip(" .,;:")   # "(2) Asesmen ." above "(2) Asesmen …"
    return (previous.number == number and not previous.items and bool(head)
            and (text == head or text.startswith(head + " ")))


def _without_repeated_start(ayat: re.Match[str]) -> str:
    """An ayat's text without its first words and label printed twice on one line ("(2)
    Selain (2) Selain pidana pokok …", UU 11/2019 Pasal 93; "(2) Tindak (2) Tindak pidana
    …", UU 11/2020 Pasal 81 angka 63, the quoted Pasal 185), as ``_repeats_ayat_start``
    reads them on two."""
    text = ayat.group("text")
    label = re.escape(ayat.group("num"))
    again = re.match(rf"^(?P<head>[^()]{{1,40}}?)\s+\(\s?{label}\s?\)\s+(?=(?P=head)\b)", text)
    return text[again.end():] if again else text


def _ocr_ayat_reading(printed: str, current: str | None) -> str | None:
    """The ayat an OCR'd label without its closing bracket ("(21", "(1l", "(3") numbers, when
    that is the one expected after ``current`` (None: before the first, so "1"): as printed
    ("(3" after (2), the bracket lost), or without a last character that is OCR's reading of
    the bracket ("(21" after (1) is (2), "(1l" is (1)); None when neither reading is the
    expected one: "(21" after (20) is (21), and after (4) no ayat at all."""
    if current is not None and not current.isdigit():
        return None
    expected = str(int(current) + 1) if current else "1"
    if _ocr_number(printed) == expected:
        return expected
    if len(printed) > 1 and printed[-1] in "1lI" and _ocr_number(printed[:-1]) == expected:
        return expected
    return None


def _glued_item(text: str, expected: list[tuple[str, str, bool]]) -> int | None:
    """Where an item glued inside ``text`` starts, or None. Only an expected label counts (the
    next label of a list being read: "e." after item d, "7." after item 6), after an item end
    ("Dihapus. e.", "; e.", "; dan/atau e.", ": e.") and before text ("e. Berusia"); the first
    label of a new list ("a.", "1.") only after a lead-in's colon ("mencakup: a. untuk").
    So "huruf a. dan …", "No. 5. …", a decimal or a row of bare numbers ("1. 2. 3.") stay."""
    cut = None
    for label, style, first in expected:
        pattern = _glued_pattern(label, _LABEL_CLOSE[style], first)
        for found in pattern.finditer(text):
            if found.group("end") == "." and _ends_with_abbreviation(text[:found.start("end")]):
                continue
            if cut is None or found.start("label") < cut:
                cut = found.start("label")
            break
        if style == "angka" and not first:
            unpunctuated = _unpunctuated_number(text, label)
            if unpunctuated is not None and (cut is None or unpunctuated < cut):
                cut = unpunctuated
    return cut


_INNER_ITEM_END = re.compile(r";\s+(?!(?:dan|atau|dan/atau)\s*$)\S")


def _split_skipped_label(siblings: list[_ItemBuilder], new: _ItemBuilder) -> None:
    """When ``new`` skips one label of its list (c after a), split the item before it at that
    label printed inside it with no item end before it, or a comma: "… tentang keterangannya
    itu b. surat yang dibuat …" then "c. surat keterangan …" (UU 8/1981 Pasal 187), "b. Surat
    Ketetapan Pajak, c. Surat Ketetapan Pajak Tambahan;" then "d. …" (UU 6/1983 Pasal 25).
    The gap confirms the label; only one such place, not after a word that owns a number
    ("huruf b. …"), in an item with no list of its own, and with no item end inside the
    text it splits off (``_INNER_ITEM_END``)."""
    previous = siblings[-1]
    if previous.style != new.style or previous.children or not previous.text \
            or new.label in _next_labels(previous.label):
        return
    skipped = [label for label in _next_labels(previous.label) if new.label in _next_labels(label)]
    if len(skipped) != 1:
        return
    text = previous.text[-1]
    pattern = (rf"(?<=[^\W\d_]|,)\s+(?P<label>{_printed_label(skipped[0])})"
               rf"{re.escape(_LABEL_CLOSE[new.style])}\s+(?=[^\W\d_])")
    found = [match for match in re.finditer(pattern, text)
             if (word := _PREVIOUS_WORD.search(text[max(0, match.start() - 40):match.start()]))
             is None or word.group(1).lower() not in _NUMBER_OWNERS]
    # an item end inside the text after it: OCR printed the label a line early in a column
    # ("a. salinan sah surat-surat yang berkaitan dengan hasil b. pemeriksaan substantif …
    # di luar negeri; salinan sah dokumen Paten …", UU 14/2001 Pasal 28): where b starts
    # is not known
    if len(found) != 1 or _INNER_ITEM_END.search(text, found[0].end()):
        return
    previous.text[-1] = text[:found[0].start()].rstrip()
    siblings.append(_ItemBuilder(skipped[0], new.style, [text[found[0].end():].strip()]))


#: A numbered item glued on with no item end before it (the PDF lost the full stop): "…
#: Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 15. Dewan Perwakilan Daerah yang
#: selanjutnya disingkat DPD adalah …" (UU 12/2011 Pasal 1 angka 14). The label must be the
#: list's next number and be followed by a capitalised word; ``_unpunctuated_number`` says
#: what else.
_UNPUNCTUATED_ITEM = r"(?<=[^\W_])\s+(?P<label>{label})\.\s+(?=[A-Z][a-z])"
#: A word after which a number is a reference or an amount, not a label ("angka 15.",
#: "Nomor 15.", "Rp 15.").
_NUMBER_OWNERS = frozenset("angka butir nomor no pasal ayat huruf bab bagian paragraf tahun rp "
                           "sebanyak sejumlah sebesar banyak".split())
#: How far into a glued definition its "adalah" (or "yaitu") may come.
_DEFINIENS_REACH = 250


def _unpunctuated_number(text: str, label: str) -> int | None:
    """Where the numbered item ``label`` starts inside ``text`` when it follows the item before
    with no full stop or semicolon ("… Tahun 1945 15. Dewan Perwakilan Daerah …"), or None.
    Read only as the next number of the list (``label`` the one expected), after a word that
    does not own a number ("angka 15.", "Nomor 15." are references), before a capitalised
    word; in a list of definitions (the text before it defines: "… adalah …") the glued part
    must define too ("Dewan Perwakilan Daerah … adalah …")."""
    if not label.isdigit():
        return None   # an inserted "6a" is too rare to be guessed without its full stop
    for found in re.finditer(_UNPUNCTUATED_ITEM.format(label=re.escape(label)), text):
        before = _PREVIOUS_WORD.search(text[max(0, found.start() - 40):found.start()])
        if before and before.group(1).lower() in _NUMBER_OWNERS:
            continue
        defines = re.search(r"\b(?:adalah|yaitu|merupakan)\b", text[:found.start()])
        after = text[found.end():found.end() + _DEFINIENS_REACH]
        if defines and not re.search(r"\b(?:adalah|yaitu|merupakan)\b", after):
            continue
        return found.start("label")
    return None


#: A label with no text after it ("k. l. m.", "8. 9. 10."): a row of labels whose text was lost.
_BARE_LABEL = r"(?:[a-z]{1,2}\d?|\d{1,3}[a-z]?)[.)](?:\s|$)"


@lru_cache(maxsize=None)
def _glued_pattern(label: str, close: str, first: bool) -> re.Pattern[str]:
    ends = r"(?P<end>:)\s+" if first else r"(?:;\s*(?:dan/atau|dan|atau)\s+|(?P<end>[.;:])\s+)"
    return re.compile(rf"{ends}(?P<label>{_printed_label(label)}){re.escape(close)}"
                      rf"(?:\s+|(?=[^\W\d_]{{2}}))"
                      rf"(?:(?=[^\W\d_]|[\"“‘'])(?!{_BARE_LABEL})|(?={_FIRST_ITEM_AFTER_AYAT}))")


def _printed_label(label: str) -> str:
    """A list label as OCR may print it: a number of two digits or more with an "O" for its
    0 or an "l"/"I" for its 1 ("1O." for 10, UU 12/2011 Pasal 1 as UU 15/2019 words it); a
    one-digit number or a letter as written ("l." is huruf l)."""
    if len(label) < 2 or not label.isdigit():
        return re.escape(label)
    return "".join(_OCR_LABEL_DIGIT.get(digit, digit) for digit in label)


#: The digits OCR prints as letters in a list label (``_OCR_DIGITS`` reads them back).
_OCR_LABEL_DIGIT = {"1": "[1lI]", "0": "[0O]"}
#: A numeric label at a line's start with OCR letters in it: "1O. Program Legislasi Daerah",
#: "ll. Naskah Akademik" (two characters at least: "l." is huruf l).
_OCR_ITEM_LABEL = re.compile(r"^([0-9lI][0-9OlI]+)(?=[.)]\s)")


def _ocr_label_read(text: str, expected: list[tuple[str, str, bool]]) -> str:
    """``text`` with an OCR'd numeric label at its start written in digits when that is the
    label a list expects next ("1O." after item 9 is 10.), else as it is."""
    found = _OCR_ITEM_LABEL.match(text)
    if found is None:
        return text
    label = found.group(1).translate(_OCR_DIGITS)
    if label == found.group(1) or not any(label == wanted for wanted, _, _ in expected):
        return text
    return label + text[found.end():]


def _ends_with_abbreviation(text: str) -> bool:
    """ "… Lembaran Negara No" (before "No. 5. …"): a dot that ends no item."""
    word = re.search(r"([^\W\d_]+)$", text)
    return word is not None and word.group(1).lower() in _ABBREVIATIONS


def _spaced_label(text: str) -> str:
    """ "b.reaktor …" → "b. reaktor …" (a PDF lost the space after a glued label)."""
    return re.sub(r"^(\w{1,3}[.)])(?=\S)", r"\1 ", text)


def _next_labels(label: str) -> set[str]:
    """Labels that may follow ``label`` in its list: the next letter or number, or an
    inserted one ("b" → "c", "b1"; "b1" → "b2", "c"; "z" → "aa"; "6" → "7", "6a")."""
    if label[:1].isdigit():
        return {number.lower() for number in _expected_next(label)}
    found = re.fullmatch(r"([a-z])(\1?)(\d*)", label)
    if not found:
        return set()
    letter, doubled, inserted = found.groups()
    following = "aa" if letter == "z" else chr(ord(letter) + 1) * (2 if doubled else 1)
    return {following, f"{letter}{doubled}{int(inserted) + 1 if inserted else 1}"}


def _match_item(text: str) -> tuple[str, str, str] | None:
    for style, pattern in _ITEM_STYLES:
        found = pattern.match(text)
        if found:
            return style, found.group("label"), found.group("text")
    return None


def _render(ayat: tuple[Ayat, ...]) -> str:
    """Article text: each ayat and item on its own line."""
    blocks = []
    for unit in ayat:
        head = f"({unit.number}) {unit.text}".rstrip() if unit.number else unit.text
        blocks.append(_render_items(head, unit.items))
    return "\n".join(b for b in blocks if b).strip()


def _render_items(head: str, items: tuple[Item, ...]) -> str:
    lines = [head] if head else []
    for item in items:
        lines.append(_render_items(f"{item.label}. {item.text}", item.items))
    return "\n".join(lines)


# ===========================================================================================
# helpers: penjelasan
# ===========================================================================================

def _read_penjelasan(zone: list[Line], *, pasal_one: bool = False,
                     omnibus: _OmnibusOutline | None = None
                     ) -> tuple[str | None, list[tuple[str | None, str, str]]]:
    """Split a Penjelasan into its general part and (angka, pasal, text) entries. In a law
    whose body is Pasal I, II (``pasal_one``) the entries before "Pasal II" explain Pasal I's
    items ("Angka N") even when no "Pasal I" heading is printed, or it is glued to the first
    ("… PASAL DEMI PASAL Pasal I Angka 1", UU 39/2007): else every "Angka N" after the first
    stayed in the text of the entry before it. An omnibus law's (``omnibus``) is read by
    ``_OmnibusPenjelasan``."""
    reader = _OmnibusPenjelasan(omnibus) if omnibus else None
    umum: list[str] = []
    entries: list[tuple[str | None, str, list[str]]] = []
    state = "head"
    angka: str | None = None
    last_number: str | None = None
    for line in zone:
        text = line.text
        if state == "head" or state == "umum" and not umum and _PENJELASAN_HEAD.match(text):
            # the head after "I. UMUM" ("… NOMOR 166 I. UMUM PENJELASAN ATAS …", UU 39/2008)
            state, text = _after_penjelasan_head(text, first=line is zone[0] or state == "umum")
            if not text:
                continue
        elif state == "umum" and (found := _UMUM.match(text)):
            text = found.group("text")   # after a preamble ("… PERKOPERASIAN. Dengan …")
        elif state == "umum" and _penjelasan_starts(text):
            state = "pasal"   # no "PASAL DEMI PASAL" printed before "Pasal 1"
        demi = _PASAL_DEMI_PASAL.match(text)
        if demi:
            state = "pasal"
            text = demi.group("text")   # "II. PASAL DEMI PASAL Pasal I Angka 1"
            if not text:
                continue
        if state == "umum":
            umum.append(text)
            continue
        if _TLN.match(text):
            break
        if reader is not None:
            reader.feed(text)
            continue
        past_pasal_one = bool(last_number and last_number != "I"
                              and _PASAL_ROMAN.match(last_number))
        in_pasal_one = last_number == "I" or (
            (angka is not None or pasal_one) and not past_pasal_one)
        pieces = (_split_inline_angka(text, angka) if in_pasal_one
                  else _split_inline_pasal(text, last_number))
        for piece in pieces:
            angka, last_number = _read_penjelasan_piece(piece, entries, angka, last_number,
                                                        in_pasal_one)
    if reader is not None:   # an own article that amends explains nothing ("Pasal 17 Angka 1")
        entries = [entry for entry in reader.entries if entry[2]]
    return (_squash(umum) or None), [(a, p, _squash(t)) for a, p, t in entries]


def _after_penjelasan_head(text: str, *, first: bool) -> tuple[str, str]:
    """The state a line of the Penjelasan's head leads to, and the text it holds for it.

    The head (PENJELASAN ATAS … TENTANG <title in capitals>) ends at "I. UMUM"; a plain-text
    copy may glue that heading, or with none the text itself, after the title ("… TENTANG
    PERKAWINAN PENJELASAN UMUM : …", UU 1/1974; "… KEMENTERIAN NEGARA Penyelenggara negara
    …", UU 39/2008), or print the Pasal demi Pasal with no general part ("… TENTANG
    PERINDUSTRIAN" then "Pasal 1", UU 5/1984): else all that followed was skipped as head."""
    found = _UMUM.match(text)
    if found:
        return "umum", found.group("text")
    if _PASAL_DEMI_PASAL.match(text) or _penjelasan_starts(text):
        return "pasal", text
    if not first:
        return ("umum", text) if _PROSE.search(text) else ("head", "")
    glued = _GLUED_UMUM.search(text)
    if glued and not _PROSE.search(text, 0, glued.start()):
        return "umum", text[glued.end():]
    prose = _PROSE_AFTER_TITLE.search(text)
    return ("umum", text[prose.end():]) if prose else ("head", "")


def _penjelasan_starts(text: str) -> bool:
    """Does ``text`` open a Pasal demi Pasal: "Pasal 1 Cukup jelas.", or a heading alone on its
    line ("Pasal 4" after a general part that swallowed Pasal 1–3, UU 27/2022)?"""
    found = _PENJ_PASAL.match(text)
    return bool(found and (not found.group("text") or found.group("num") in ("1", "l", "I")
                and re.match(r"Cukup jelas|Ayat|Huruf|Angka|Yang dimaksud", found.group("text"))))


@dataclass(frozen=True)
class _OmnibusOutline:
    """What an omnibus Penjelasan is read against: the law's own article numbers in order,
    and for each of its items (``Amends.via``, "Pasal 17 angka 3") the articles it quotes."""

    own: tuple[str, ...]
    quoted: dict[str, frozenset[str]]

    @classmethod
    def of(cls, articles: list[Article]) -> _OmnibusOutline | None:
        """The outline of an omnibus body, None for any other (Pasal I amends one law)."""
        vias = [a.amends.via for a in articles if a.amends is not None and a.part == "body"]
        if not vias or any(via.split(" angka ")[0] == "Pasal I" for via in vias):
            return None
        quoted: dict[str, set[str]] = {}
        for article in articles:
            if article.amends is not None and article.part == "body":
                quoted.setdefault(article.amends.via, set()).add(article.pasal)
        own = tuple(a.pasal for a in articles if a.amends is None and a.part == "body")
        return cls(own, {via: frozenset(numbers) for via, numbers in quoted.items()})

    def amending(self, pasal: str) -> bool:
        prefix = f"Pasal {pasal}"
        return any(via == prefix or via.startswith(f"{prefix} angka ") for via in self.quoted)


#: Where a heading may be glued inside a line of an omnibus Penjelasan: "Cukup jelas Pasal 18
#: Angka 1", "Cukup ^jelas. Angka 6 Pasal 1 1 Cukup ^jelas Angka 7" (digits OCR spaced).
_OMNIBUS_PENJ_CUT = re.compile(
    r"(?<=\S)\s+(?=(?:Angka\s+\d{1,3}|Pas[ai][l1]\s+[0-9lIOT](?:\s?[0-9lIOT]){0,3}[A-Z]?)\b)")
_OMNIBUS_PENJ_ANGKA = re.compile(r"^Angka\s+(?P<num>\d(?:\s?\d){0,2})\b\.?\s*(?P<text>.*)$")
_OMNIBUS_PENJ_PASAL = re.compile(
    r"^Pas[ai][l1]\s+(?P<num>[0-9lIOT](?:\s?[0-9lIOT]){0,3}[A-Z]?)\b\.?\s*(?P<text>.*)$")


class _OmnibusPenjelasan:
    """Reads an omnibus law's Pasal demi Pasal (UU 11/2020): its own articles' entries
    ("Pasal 16 Cukup jelas."), and under each own article that amends a law its items ("Pasal
    17 Angka 1 Pasal 1 Cukup jelas Angka 2 Pasal 6 …"), each explaining the articles that item
    quotes: those entries are keyed by the item ("Pasal 17 angka 1", as ``Amends.via``), so
    that UU 26/2007's Pasal 6 gets its Penjelasan and the omnibus's own Pasal 6 keeps its own
    (the entries of every "Pasal 6" were run together under the own article).

    A "Pasal N" is the omnibus's own heading when N is its next own number and no item just
    named it; within an item a "Pasal N" is a quoted article's; "Angka N" is the next item."""

    def __init__(self, outline: _OmnibusOutline) -> None:
        self.outline = outline
        self.entries: list[tuple[str | None, str, list[str]]] = []
        self.own: str | None = None        # the own article being explained
        self.amending = False              # … and whether it amends a law
        self.angka: int | None = None      # the item of it being explained
        self.after_angka = False           # an "Angka N" heading was the last thing read

    def feed(self, text: str) -> None:
        """Read one line (or the rest of one): a heading at its start, then its text up to the
        next heading glued inside it, which is read in turn."""
        text = text.strip()
        if not text or self._heading_at_start(text):
            return
        cut = self._first_cut(text)
        head, tail = (text, "") if cut is None else (text[:cut].strip(), text[cut:])
        if self.entries and head:
            self.entries[-1][2].append(head)
            self.after_angka = False
        if tail:
            self.feed(tail)

    def _heading_at_start(self, text: str) -> bool:
        """Read an "Angka N" or "Pasal N" heading starting ``text`` and the rest after it."""
        angka = self._angka(text)
        if angka is not None:
            self.angka, self.after_angka = angka[0], True
            self.feed(angka[1])
            return True
        found = _OMNIBUS_PENJ_PASAL.match(text)
        number = self._number(found) if found else None
        kind = self._kind(number, found.group("text")) if found and number else None
        if kind is None:
            return False
        assert found is not None and number is not None   # kind was read from them
        self._open(number, quoted=kind == "quoted")
        self.feed(found.group("text"))
        return True

    def _angka(self, text: str) -> tuple[int, str] | None:
        """The next item's heading starting ``text`` and the text after it ("Angka 7"; "Angka
        1 1" for 11, its digits OCR spaced), or None."""
        found = _OMNIBUS_PENJ_ANGKA.match(text) if self.amending else None
        if not found:
            return None
        expected = (self.angka or 0) + 1
        spaced = found.group("num").replace(" ", "")
        if int(spaced) == expected:
            return expected, found.group("text")
        digits = re.match(r"\d+", found.group("num"))
        assert digits is not None   # "num" opens with a digit
        first = digits.group(0)
        if int(first) == expected:
            return expected, text[found.start("num") + len(first):]
        return None

    def _first_cut(self, text: str) -> int | None:
        """Where the first heading glued inside ``text`` starts: after a word that introduces
        no cross-reference ("Cukup jelas Angka 7", "Dihapus Angka 36 Pasal T4"; not "dalam
        Pasal 6")."""
        for found in _OMNIBUS_PENJ_CUT.finditer(text):
            word = _PREVIOUS_WORD.search(text, max(0, found.start() - 40), found.start())
            if word and word.group(1).lower() in _CROSS_REFERENCE_WORDS \
                    or text[:found.start()].rstrip().endswith((",", "/", "-")):
                continue
            if self._is_heading(text[found.end():]):
                return found.start()
        return None

    def _own_ahead(self) -> tuple[str, ...]:
        """The omnibus's next own numbers (the next, and two more: OCR may lose a heading)."""
        own = self.outline.own
        index = own.index(self.own) + 1 if self.own in own else 0
        return own[index:index + 3]

    @staticmethod
    def _number(found: re.Match[str]) -> str | None:
        return _ocr_number(found.group("num").replace(" ", "").replace("T", "7"))

    def _kind(self, number: str, rest: str) -> str | None:
        """What a "Pasal N" heading opens: the omnibus's own article ("own"; "Pasal 18 Angka
        1" opens one that amends a law), an article the current item quotes ("quoted"), or
        None (a cross-reference)."""
        ahead = self._own_ahead()
        if number in ahead and re.match(r"Angka\s+1\b(?!\s?\d)", rest):
            return "own"
        if self.after_angka:
            return "quoted"
        if self.amending and self.angka:
            own_next = ahead and number == ahead[0] and number not in self._item_quotes()
            return "own" if own_next else "quoted"
        return "own" if number in ahead else None

    def _is_heading(self, text: str) -> bool:
        """Whether ``text`` (cut from a line) starts with a heading, not a cross-reference."""
        if _OMNIBUS_PENJ_ANGKA.match(text):
            return self._angka(text) is not None
        found = _OMNIBUS_PENJ_PASAL.match(text)
        number = self._number(found) if found else None
        kind = self._kind(number, found.group("text")) if found and number else None
        return kind == "own" or (kind == "quoted" and (self.after_angka
                                                       or number in self._item_quotes()))

    def _item_quotes(self) -> frozenset[str]:
        return self.outline.quoted.get(self._via(), frozenset()) if self.angka else frozenset()

    def _via(self) -> str:
        return f"Pasal {self.own} angka {self.angka}"

    def _open(self, number: str, *, quoted: bool) -> None:
        self.after_angka = False
        if quoted:   # "Pasal 468" for the 46B the item quotes, as the body reads its heading
            quotes = self._item_quotes()
            if number not in quotes:
                number = next((read for read in _letter_readings(number) if read in quotes), number)
            self.entries.append((self._via(), number, []))
        else:
            self.own, self.angka = number, None
            self.amending = self.outline.amending(number)
            self.entries.append((None, number, []))


def _read_penjelasan_piece(text: str, entries: list[tuple[str | None, str, list[str]]],
                           angka: str | None, last_number: str | None, in_pasal_one: bool
                           ) -> tuple[str | None, str | None]:
    """Read one line (or inline part) of Pasal demi Pasal into ``entries``: an "Angka N"
    heading of an amending law's Pasal I (its change items are numbered upwards: a lower or
    equal N is an angka the entry explains), a "Pasal N" heading, or text of the entry
    before. Returns the change item (angka) and the Pasal now being explained."""
    angka_match = _PENJ_ANGKA.match(text) if in_pasal_one else None
    if angka_match and angka and angka.isdigit() and int(angka_match.group("num")) <= int(angka):
        angka_match = None   # "Angka 8 Pasal 11 Ayat (1) Huruf a Angka 1 … Angka 2 …": its items
    if angka_match:
        angka, rest = angka_match.group("num"), angka_match.group("text")
        heading = _PENJ_PASAL.match(rest) if rest else None
        if heading and heading.group("num") and _accept_penjelasan_heading(heading, None):
            return _read_penjelasan_piece(rest, entries, angka, last_number, in_pasal_one)
        entries.append((angka, "?", [rest] if rest else []))
        return angka, last_number
    pasal = _PENJ_PASAL.match(text)
    if pasal and _accept_penjelasan_heading(pasal, last_number):
        number = pasal.group("num").replace(" ", "")
        number = number if _PASAL_ROMAN.match(number) else (_ocr_number(number) or number)
        if number == "I" and _PENJ_ANGKA.match(pasal.group("text")):   # "Pasal I Angka 1"
            return _read_penjelasan_piece(pasal.group("text"), entries, None, "I", True)
        if number == "I" and not in_pasal_one and last_number is None:
            number = "1"   # "PASAL DEMI PASAL Pasal I Cukup jelas. Pasal 2 …" (UU 4/2017): OCR
        if number == "II":
            angka = None
        entries.append((angka, number, [pasal.group("text")] if pasal.group("text") else []))
        return angka, number
    if entries:
        entries[-1][2].append(text)
    return angka, last_number


#: An amending law's change-item heading printed inside the text of the entry before it
#: ("Pasal 70 Cukup jelas. Angka 49 Pasal 71 Ayat (1) …", "Cukup jelas. Angka 18 BAB V
#: Dihapus."): after a sentence, before the Pasal or BAB it explains, or ending the line.
_INLINE_ANGKA = re.compile(r"(?<=[.:;])\s+(?=Angka\s+(?P<num>\d+)\s*(?:$|Pasal\s+\d|BAB\s+[IVXLC]+\b))")


def _split_inline_angka(text: str, angka: str | None) -> list[str]:
    """``text`` cut before each inline "Angka N" heading that carries the next change-item
    number (N = the current one + 1, then + 1 again): "Angka 2" inside the explanation of
    "Angka 1 Pasal 1" that defines terms is an item of Pasal 1 unless it is next in the
    sequence and introduces a Pasal or BAB."""
    expected = int(angka) + 1 if angka and angka.isdigit() else 1
    pieces: list[str] = []
    start = 0
    for found in _INLINE_ANGKA.finditer(text):
        if int(found.group("num")) != expected:
            continue
        pieces.append(text[start:found.start()])
        start, expected = found.end(), expected + 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


#: A "Pasal N" heading of the Pasal demi Pasal inside a line, after a sentence: "… Cukup
#: jelas. Pasal 47 Yang dimaksud dengan …" (a copy that runs entries together, UU 23/2006,
#: UU 27/2022); a cross-reference stands after "dalam"/"pada", not after a full stop.
_PENJELASAN_INLINE_PASAL = re.compile(
    # (or after "Cukup jelas", or before it or "Ayat (1)", without a full stop: "… Cukup jelas
    # Pasal 125 Pasal ini …", "… perbuatan pengadilan Pasal 30 Cukup jelas.", UU 8/1981)
    r"(?:(?<=[.;:])|(?<=\bCukup jelas)|(?=\s+Pasal\s+\d+[A-Z]?\s+(?:Cukup\s+jelas|Ayat\s+\(1\))))"
    r"(?:\s+-\s*\d+\s*-)?\s+(?P<head>Pasal\s+(?P<num>\d+[A-Z]?))\s+"
    # (or its explanation a list: "… Cukup jelas. Pasal 2 a. Ruang lingkup …", UU 8/1981)
    rf"(?=[A-Z(]|{_FIRST_ITEM_AFTER_AYAT})"
    r"(?!Undang|UU\b|Peraturan|Kitab)")   # (a page number "- 17 -" may stand before it)


def _split_inline_pasal(text: str, last_number: str | None) -> list[str]:
    """``text`` cut before each inline "Pasal N" heading (``_PENJELASAN_INLINE_PASAL``) that
    carries the next article's number (after the entry being read, or the one the line opens
    with, then after that one): else its explanation was filed under the article before
    ("Pasal 46 UU 23/2006" held Pasal 47's definition of "pengangkatan anak")."""
    opening = _PENJ_PASAL.match(text)
    digits = re.match(r"\d+", opening.group("num")) if opening else None   # "2 C(ukup)"
    current = digits.group() if digits else last_number
    if not current or not current.isdigit() or text.count("Pasal") < 1 + bool(opening):
        return [text]
    expected = int(current) + 1
    pieces: list[str] = []
    start = 0
    for found in _PENJELASAN_INLINE_PASAL.finditer(text):
        if found.group("num") != str(expected):
            continue
        pieces.append(text[start:found.start()])
        start, expected = found.start("head"), expected + 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


#: A change item that changes an article's Penjelasan ("… tetap, dengan perubahan
#: penjelasan Pasal 71 ayat (2)", "Penjelasan Pasal 72 diubah sebagaimana tercantum …").
_CHANGES_PENJELASAN = re.compile(r"\bpenjelasan\s+Pasal\b", re.I)


def _with_changed_penjelasan(change: ChangeItem, by_key: dict[tuple[str | None, str], str],
                             quoted: set[tuple[str, str]], used: set[tuple[str | None, str]]
                             ) -> ChangeItem:
    """``change`` with the new Penjelasan of the one article it keeps unquoted and changes
    the Penjelasan of ("49. Ketentuan Pasal 71 tetap, dengan perubahan penjelasan Pasal 71
    ayat (2)" + "Angka 49 Pasal 71 Ayat (1) Cukup jelas. Ayat (2) …"); the key it used is
    added to ``used``. An item quoting the article ("… dan penjelasan Pasal 12 diubah,
    sehingga Pasal 12 berbunyi …") gives the quoted article its Penjelasan instead."""
    if (change.ref is not None or change.action == "dihapus" or len(change.targets) != 1
            or not _CHANGES_PENJELASAN.search(change.instruction)):
        return change
    pasal = change.targets[0]
    if any(number == pasal and via.endswith((f" angka {change.label}", "Pasal I"))
           for via, number in quoted):
        return change
    for key in ((change.label, pasal), (None, pasal)):
        if key in by_key:
            used.add(key)
            return replace(change, penjelasan=by_key[key])
    return change


def _accept_penjelasan_heading(found: re.Match[str], last: str | None) -> bool:
    """A Penjelasan heading is "Pasal N" alone or followed by its explanation; a wrapped
    cross-reference ("Pasal 5 ayat (1) …") or a number going backwards is text."""
    rest = found.group("text")
    # (an explanation of ayat printed as its label alone: "Pasal 46 (1) Yang dimaksud …")
    # (or as a list: "Pasal 2 a. Ruang lingkup …", UU 8/1981)
    if rest and not re.match(
            r"(Cukup jelas|Ayat|Huruf|Angka|Yang dimaksud|[A-Z]|\(\w{1,2}\)\s+[A-Z])", rest) \
            and not re.match(_FIRST_ITEM_AFTER_AYAT, rest):
        return False
    number = found.group("num").replace(" ", "")
    if rest and last and not _PASAL_ROMAN.match(number) and not _PASAL_ROMAN.match(last):
        ours = _ocr_number(number)
        return ours is not None and _pasal_key(ours) > _pasal_key(last)
    return True


def _penjelasan_key(article: Article, by_key: dict, amending: bool) -> tuple[str | None, str] | None:
    if article.amends is not None:
        if article.amends.via.split(" angka ")[0] != "Pasal I":
            # an omnibus item ("Pasal 17 angka 3")
            key: tuple[str | None, str] = (article.amends.via, article.pasal)
            if key in by_key:
                return key
            # the item's number read otherwise in the body (OCR): the own article's one entry
            own = article.amends.via.split(" angka ")[0]
            matches = [k for k in by_key if k[1] == article.pasal and k[0]
                       and k[0].split(" angka ")[0] == own]
            return matches[0] if len(matches) == 1 else None
        angka = article.amends.via.rsplit(" ", 1)[-1]
        for key in ((angka, article.pasal), (None, article.pasal), (angka, "?")):
            if key in by_key:
                return key
        matches = [k for k in by_key if k[1] == article.pasal and k[0] is not None]
        return matches[0] if len(matches) == 1 else None
    if amending:
        key = (None, article.pasal)
        return key if key in by_key else None
    key = (None, article.pasal)
    return key if key in by_key else None


def _with_penjelasan(article: Article, text: str) -> Article:
    per_ayat = _split_penjelasan_ayat(text)
    ayat = tuple(
        Ayat(a.number, a.text, a.items, a.kinds, a.subject, per_ayat.get(a.number or "", a.penjelasan))
        for a in article.ayat)
    return Article(article.pasal, article.text, ayat, article.bab, article.bagian, article.paragraf,
                   article.page, article.amends, text, article.part)


def _split_penjelasan_ayat(text: str) -> dict[str, str]:
    parts = list(_PENJ_AYAT_SPLIT.finditer(text))
    result: dict[str, str] = {}
    for index, found in enumerate(parts):
        end = parts[index + 1].start() if index + 1 < len(parts) else len(text)
        number = _ocr_number(found.group("num").rstrip("abcdefghij")) or found.group("num")
        suffix = found.group("num")[-1] if found.group("num")[-1].islower() else ""
        result[f"{number}{suffix}"] = text[found.end():end].strip()
    return result


