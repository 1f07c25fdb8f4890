"""Amending articles: their change items and the articles they quote (parse layer).

``_ChangeReader`` reads an amending law's ``Pasal I`` (or an omnibus law's own article that
amends another law, UU 11/2020 Pasal 81) line by line: the numbered instructions ("44.
Ketentuan Pasal 156 diubah sehingga berbunyi sebagai berikut:") become ``ChangeItem``s and the
articles they quote become raw articles with ``Amends`` set. Also here: which law a lead-in
amends (``_amended_ref``, ``_omnibus_ref``), what an instruction targets and does
(``_change_targets``, ``_change_action``), and whether a heading inside an omnibus article is a
quoted one (``_quoted_by_instruction``). The anomalies go to the parse's list (``_Notes``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from .headings import (_ENDS_SENTENCE, _MAX_INLINE_GAP, _PASAL_HEADING, _PASAL_ROMAN, _RawArticle,
                       _squash, _structural_heading)
from .legal import MULTI_ISSUER_TYPES, issuer_name
from .models import Amends, Article, ChangeItem, RegulationRef
from .numbering import (_AMENDED_REF, _expected_next, _first_ref, _OCR_DIGITS, _ocr_number,
                        _pasal_key, _type_code, _UNKNOWN_REF, _year)


#: ("diganti", "disempurnakan", "dirubah": older amending laws' words for a rewording, UU
#: 10/1994 "1. Ketentuan Pasal 1 disempurnakan, sehingga berbunyi sebagai berikut :")
_CHANGE_VERBS = re.compile(r"\b(diubah|disisipkan|dihapus|ditambah(?:kan)?|dicabut|tetap|diganti|"
                           r"disempurnakan|dirubah)\b", re.I)
_INSTRUCTION_VERBS = re.compile(r"\b(diubah|disisipkan|dihapus|ditambah(?:kan)?|mengubah|menyisipkan|"
                                r"menghapus|menambah(?:kan)?)\b", re.I)
_CHANGE_ITEM = re.compile(r"^(?P<label>\d{1,3})\.\s+(?P<text>.+)$")
_INSTRUCTION_START = re.compile(
    r"^(Ketentuan|Di\s*antara|Pasal|BAB|Bab|Bagian|Paragraf|Penjelasan|Lampiran|Judul|Setelah|"
    r"Menambah(?:kan)?|Mengubah|Menghapus|Diantara|Ayat|Huruf|Angka|Sebelum|Menyisipkan|Dalam)\b")
#: An instruction that opens with its verb, as older amending laws print them ("9. Menambah
#: ketentuan baru di antara Pasal 5 dan Pasal 6 yang dijadikan Pasal 5A …", "Menambah 4 (empat)
#: ketentuan baru …", "Mengubah judul Bab IV …", UU 11/1994): the verb and, a few words on, what
#: it changes ("5. Menambah jenis barang …" in a quoted list changes nothing).
_VERB_FIRST = re.compile(
    r"^(?:Menambah(?:kan)?|Mengubah|Menyisipkan|Menghapus)\s+(?:\S+\s+){0,3}?"
    r"(?i:ketentuan|pasal|bab|ayat|huruf|angka|bagian|paragraf|penjelasan|judul)\b")
# `… nusa, dan bangsa." 90. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:` — the next
# change item printed on the line that ends the quoted text before it (UU 8/2015 angka 90).
_GLUED_CHANGE = re.compile(r"(?<=\S)\s+(?P<label>\d{1,3})\.\s+(?=\S)")
#: A word a number a change item's label might be mistaken for completes ("… sebagaimana
#: dimaksud dalam Pasal 7 dan Pasal 8. Ketentuan Pasal 10 diubah …", UU 11/2020 Pasal 150).
_NAMES_NUMBER = re.compile(r"\b(?:Pasal|ayat|angka|huruf|butir|Nomor|Tahun|Bab)\s*$", re.I)
_INSTRUCTION_END = re.compile(r"(?:berikut\s*:|dihapus\s*\.)\s*$", re.I)
_GLUED_VERBS = re.compile(r"\b(?:diubah|disisipkan|dihapus|ditambah(?:kan)?|diganti|disempurnakan|"
                          r"dirubah)\b", re.I)
_PASAL_REF = re.compile(r"\bPasal\s+(\d+[A-Z]?)\b")
_PASAL_RANGE = re.compile(r"\bPasal\s+(\d+)([A-Z])\s+sampai dengan\s+Pasal\s+(\d+)([A-Z])\b")
# ("Di antara Pasal 7 dan 8 disisipkan …": OCR or the drafter dropped the second "Pasal")
_BETWEEN = re.compile(r"\bDi\s*antara\s+Pasal\s+(\d+[A-Z]?)\s+dan\s+(?:Pasal\s+)?(\d+[A-Z]?)", re.I)

#: The lead-in of an omnibus law's article that amends another law (UU 11/2020 Pasal 81:
#: "Beberapa ketentuan dalam Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (…)
#: diubah sebagai berikut:"; "Ketentuan Pasal 7 dalam Undang-Undang Nomor … diubah sehingga
#: berbunyi sebagai berikut:"). A mere mention ("… sebagaimana dimaksud dalam Undang-Undang
#: Nomor …") does not start so, "Ketentuan dalam Undang-Undang ini" names no other law (a
#: number must follow; OCR may lose "Nomor": "Undang-Undang 3 Tahun 2Ol4", Pasal 44), and
#: "sebagaimana telah diubah dengan" is no instruction. OCR may print the heading twice with a
#: stray mark ("Pasal 20 . 1 Pasal 20 Beberapa …"); a purpose may come first ("Untuk memberikan
#: kemudahan …, beberapa ketentuan dalam …", Pasal 27); "Ketentuan Pasal 15 Undang-Undang
#: Nomor 2 Tahun 2OO2 … diubah sehingga berbunyi …" names the law without "dalam" (Pasal 75),
#: "Ketentuan dalam Pasal 9 Undang-Undang Nomor 21 Tahun 2OO8 …" with it before the Pasal (79).
_OMNIBUS_LEAD = re.compile(
    r"^[\W\d]{0,8}(?:Pasal\s+\d+\s+)?(?:Untuk\s[^.;:]{0,300}?,\s*)?"
    r"(?:(?:Beberapa\s+ketentuan|Ketentuan(?:\s+(?:Pasal|ayat|huruf|angka)\b[^.;:]{0,120}?)?)\s+"
    r"(?:dalam|pada)|Ketentuan\s+(?:dalam\s+)?Pasal\s+\d+[A-Z]?)\s+"
    r"(?=(?:Undang|Peraturan|Keputusan)\b[\w\s-]{0,80}?\b(?:Nomor\b|\d))", re.I)
#: (No word boundary before the verb: OCR glues it to the gazette number, "Nomor 42791diubah".)
_OMNIBUS_VERB = re.compile(
    r"(?:diubah|disisipkan|ditambah(?:kan)?)(?:\s+(?:menjadi|sehingga|dan|serta|berbunyi|sebagai|"
    r"berikut))*\s*:|\bdihapus\s*\.?\s*$", re.I)

#: A change instruction without its number glued after the end of a sentence (a word's, not
#: an item label's: "10. Ketentuan Pasal 14 …" keeps its number): a deletion ("…
#: bersangkutan. Pasal 161 dihapus."), or "Ketentuan Pasal 185 diubah … berikut:".
_GLUED_UNLABELLED = re.compile(
    r"(?:(?<=[^\W\d_)][.;])|(?<=dihapus))\s+(?=(?:Ketentuan\s+)?Pasal\s+\d[0-9OlI]*[A-Z]?\s+dihapus\b"
    r"|Ketentuan\s+Pasal\b[^.]{0,200}?\bdiubah\b[^.]{0,80}?\b(?:berikut|sebagai)\b)")
#: In an omnibus article's OCR'd text, also an item whose number lost its dot ("…
#: Pemerintah. 4 Ketentuan Pasal 153 berikut: diubah …", 278 times in UU 11/2020) and an
#: insertion ("… pajak. Di antara Pasal 153 dan Pasal 154 disisipkan 10 (sepuluh) pasal, yakni
#: … sehingga berbunyi sebagai berikut:"; "… ditambah 1 (satu) pasal …"), a change of a
#: Penjelasan ("Pasal 10 dihapus Penjelasan Pasal 14 diubah …"); its number may keep its dot
#: while the quoted text after the instruction ends the line ("… Peraturan Pemerintah. 1 1.
#: Ketentuan Pasal berikut: 99 diubah sehingga berbunyi sebagai Pasal 99 (1) …", Pasal 55).
_GLUED_OMNIBUS_ITEM = re.compile(
    r"(?:(?<=[^\W\d_)][.;])|(?<=dihapus))\s+(?=(?:\d{1,3}\.?\s+)?(?:Pasal\s+\d[0-9OlI]*[A-Z]?\s+dihapus\b"
    r"|Ketentuan\s+Pasal\b[^.]{0,200}?\bdiubah\b[^.]{0,80}?\b(?:berikut|sebagai)\b"
    r"|Di\s*antara\s+Pasal\b[^.]{0,400}?\b(?:disisipkan|ditambah(?:kan)?)\b[^.]{0,400}?\b(?:berikut|sebagai)\b"
    r"|Penjelasan\s+Pasal\s+\d+[A-Z]?\s+diubah\b))")
#: An item that changes an article's Penjelasan only, glued after a deletion ("5. Pasal 10
#: dihapus Penjelasan Pasal 14 diubah sebagaimana tercantum dalam penjelasan."): no deletion
#: of Pasal 14, which it names.
_PENJELASAN_CHANGED = re.compile(r"^Penjelasan\s+Pasal\s+\d+[A-Z]?\s+diubah\b.{0,80}\b[Pp]enjelasan\s*\.?$")
#: An item number printed without its dot before an instruction ("4 Ketentuan Pasal 153 …").
_UNDOTTED_LABEL = re.compile(r"^(?P<label>\d{1,3})\s+(?P<instruction>(?:Ketentuan|Di\s*antara|Pasal\s+\d)\b.*)$")
#: The year of the gazette a law was published in, named after it ("(Lembaran Negara Republik
#: Indonesia Tahun 2Ol3 Nomor 130 …)").
_GAZETTE_YEAR = re.compile(r"Lembaran\s+Negara\s+Republik\s+Indonesia\s+Tahun\s+(?P<year>[0-9lIOo]{4})")
#: A quoted heading glued after the end of a sentence ("… Pemerintah. Pasal 88D (1) …"), or
#: after ayat labels OCR put before it ("(1) (2) Pasal 88C Gubernur wajib …").
_GLUED_AFTER_SENTENCE = re.compile(
    r"(?:(?<=[.;)])|(?<=[.;)][\"”]))\s+[\"“]?(?P<heading>Pasal\s+(?P<num>\d+(?:\s?[A-Z](?=\s))?))"
    r"\s+(?=[(A-Z])")
#: The heading of an article an item quotes, glued after the end of a sentence of the article
#: quoted before it, its item's instruction lost (OCR), as its first ayat opens it ("…
#: diatur dengan Peraturan Presiden. PasalT2 (1) Rancangan Undang-Undang …", UU 13/2022 Pasal
#: I angka 8: a T for the 7, the space lost): ``_ChangeReader._lost_item_glued``.
_LOST_ITEM_HEADING = re.compile(
    r"(?<=[.;])(?P<space>\s+)(?P<heading>Pasal\s*(?P<num>(?=[0-9lIOT]*\d)[0-9lIOT]{1,4}[A-Z]?))"
    r"\s+(?=\(\s?1\s?\)\s+[A-Z])")
#: The heading of the next article an item inserts, glued after a sentence of the one before,
#: as OCR printed it: its capital read as a small letter, its letter as a digit ("… Rp
#: 1.000.000.000,00 (satu miliar rupiah). pasal 458 Setiap Orang …", UU 19/2016 Pasal I angka
#: 8 after the quoted Pasal 45A: Pasal 45B). ``_ChangeReader._ocr_target_read`` reads it only
#: as an article the item is expected to quote next (``_item_expects``).
_GLUED_OCR_TARGET = re.compile(
    r"(?<=[.;)])(?P<space>\s+)(?P<word>[Pp]asal)\s+(?P<num>\d{1,4})(?=\s+[(A-Z])")
#: A quoted heading whose number OCR may have misread: a T for a 7 ("Pasal TT", "Pasal 2T"),
#: an inserted article's letter as a digit ("Pasal 1538" for 153B, "Pasal 468" for 46B), its
#: digits spaced ("sebagai Pasal 1 1 1 (1) …", "Pasal 1 16A").
_OCR_HEADING = re.compile(r"\bPasal\s+(?P<num>[0-9lIOT](?: ?[0-9lIOT]){0,3}[A-Z]?)(?=\s+[(A-Z])")
#: The letter of an inserted article ("153B", "153I") as OCR may print it: a digit ("Pasal 730"
#: for 73D and for 73G in UU 10/2011's "… Pasal 73C, Pasal 730, Pasal 73E, Pasal 73F, dan Pasal
#: 730"); read so only where the sequence of letters asks for that letter.
_DIGIT_FOR_LETTER = {"8": "B", "1": "I", "0": "DGOQ", "6": "G", "4": "A"}
#: "Pasal 624' (1) …" (UU 2/2022, Pasal 62A; "Pasal 614'" for 61A): an A OCR read as a 4 and a
#: stray apostrophe, in the text of a change item.
_APOSTROPHE_A = re.compile(r"\b(Pasal\s+\d+)4'(?=[\s(]|$)")
#: "Pasai 6 (1) Penataan ruang …" (UU 11/2020 Pasal 17 angka 2): the word as OCR damages it.
_DAMAGED_PASAL = re.compile(r"\bPas(?:ai|a1|aI)(?=\s+[0-9lIO]*\d)")
#: "5. Ketentuan Pasal 62 diubatr sehingga berbunyi …" (the Perppu in UU 16/2017's Lampiran):
#: the verb with its h OCR'd "tr", as OCR prints "daeratr", "jumlatr", "Pemerintatr".
_DAMAGED_DIUBAH = re.compile(r"\bdiubatr\b")
#: An item that inserts a BAB, Bagian or Paragraf ("Di antara Pasal 46 dan Pasal 47
#: disisipkan 1 (satu) Bagian yakni Bagian Ketujuh …"), and the heading of the first article
#: under it glued after its title ("Bagian Ketujuh Jaminan Kehilangan Pekerjaan Pasal 46A (1) …").
_INSERTS_STRUCTURE = re.compile(r"\b(?:disisipkan|ditambah(?:kan)?)\s+(?:\d+\s*\(\s*\w+\s*\)\s*)?"
                                r"(?:bab|bagian|paragraf)\b", re.I)
#: An item that inserts articles ("Di antara Pasal 76 dan Pasal 77 disisipkan 10 (sepuluh)
#: pasal …"), not an ayat of one ("… disisipkan 1 (satu) ayat …").
_INSERTS_ARTICLES = re.compile(r"\b(?:disisipkan|ditambah(?:kan)?)\s+(?:\d+\s*\(\s*\w+\s*\)\s*)?"
                               r"pasal\b", re.I)
_STRUCTURE_THEN_PASAL = re.compile(r"^(?:BAB|Bab|Bagian|Paragraf)\s[^.;:]{0,300}?\s(?=Pasal\s)")
_HEADING_HERE = re.compile(
    r"(?P<heading>Pasal\s+(?P<num>[0-9lIO]*[0-9][0-9lIO]*(?:\s?[A-Z](?=\s))?))\s+(?=[(A-Z])")
#: The next numbered item glued after a deletion: "3. Pasal 103 dihapus 4. Ketentuan Pasal …".
_NUMBERED_AFTER_DELETION = re.compile(
    r"(?<=dihapus)\.?\s+(?=\d{1,3}\s*\.?\s+(?:Ketentuan|Pasal\s+\d|Di\s*antara)\b)")
#: An instruction followed by its own item number, moved there by OCR ("Ketentuan Pasal 188
#: diubah sehingga berbunyi sebagai berikut: 66").
_TRAILING_LABEL = re.compile(r"^(?P<instruction>(?:Ketentuan|Di\s*antara)\b.*?berikut\s*:)\s*"
                             r"(?P<label>\d{1,3})$")
#: An instruction that announces the text it quotes ("… sebagai berikut:", or "… berbunyi
#: sebagai" when OCR moved "berikut:" before the number).
_AWAITS_TEXT = re.compile(r"(?:berikut\s*:|berbunyi\s+sebagai)\s*$")
#: A line of ayat labels alone, OCR'd apart from their text ("(1) (21", "(1) (2t _ (3)").
_STRAY_AYAT_LABELS = re.compile(r"^(?:\(\s?[0-9lI]{1,2}[a-z]?\s?[)1t]?\s*_?\s*)+$")
#: A deletion as a line of its own once split off ("Pasal 161 dihapus.", OCR digits "1O1").
_DELETION_ALONE = re.compile(r"^Pasal\s+\d[0-9OlI]*[A-Z]?\s+dihapus\.?$")
#: "… sebagai berikut: Pasal 13 (1) Pelatihan …": a quoted heading printed on the line of the
#: instruction that quotes it, or at the start of the quoted text's first line (OCR'd omnibus
#: texts run them together; a Pasal I amendment prints them apart and is read as printed).
#: "… berbunyi sebagai Pasal 151 (1) …" when OCR moved "berikut:" before the number; "…
#: berbunyi sebagai 5 Pasal 153 Ketentuan …" with the next item's number OCR moved between
#: (dropped: that item is then read without it), OCR'd as it may be ("… sebagai berikut: t7
#: Pasal 61A (1) …", UU 11/2020 Pasal 81 angka 17; "… sebagai 4t Pasal 170 (1) …").
_GLUED_QUOTED = re.compile(r"(?:(?:(?<=berikut:)|(?<=berikut :)|(?<=sebagai))\s*"
                           r"(?:(?=[0-9lIOt]{0,2}\d)[0-9lIOt]{1,3}\s+)?|^\s*)"
                           r"(?P<heading>Pasal\s+"
                           r"(?P<num>\d+[A-Z]?))\s+(?=[(A-Z])")
#: The quoted text of an instruction opened on its line, in quotes or not ("… sebagai berikut :
#: "Pasal 1 Dalam …", "… berikut: Pasal 2A (1) …"; "Pasal 1 A" spaced), and a quoted heading
#: starting a line of its text ("Pasal 2 (1) Menteri …"): ``_ChangeReader._quote_opened``.
#: A page's catchword may come first ("… berikut: "Pasal 2… "Pasal 2 (1) …", UU 11/1994).
#: OCR may split a heading's number in two ("… Pasal 21 berbunyi sebagai berikut: Pasal 2 1 (1)
#: …", UU 15/2019; "Pasal 3 1 (l) …", UU 19/2016): read joined only where the instruction names
#: that article (``_ChangeReader._quote_opened``, ``_ChangeReader._awaits``).
_QUOTED_NUMBER = r"(?=[0-9lIO]*[0-9])[0-9lIO]+(?: [0-9](?=\s))?(?:\s?[A-Z](?![A-Za-z]))?"
_QUOTE_OPENED = re.compile(
    rf"(?<=berikut)(?P<colon>\s*:)\s*(?:[\"“”](?P<ayat>(?=\(\d{{1,3}}[a-z]?\)))|"
    rf"[\"“”]?\s*(?:Pasal\s+{_QUOTED_NUMBER}\s?(?:…|\.\.\.)\s*[\"“”]?)?"
    rf"(?=Pasal\s+(?P<num>{_QUOTED_NUMBER})\s+[(\"“A-Z]|(?P<bab>BAB\s+[IVXLC]+[A-Z]?\b)))")
#: The closing quote of a quoted text ("… hari kalender."), not part of the article.
_CLOSING_QUOTE = re.compile(r"(?<=[.;:!?)])\s*[\"”]\s*$")
_LEADING_QUOTED = re.compile(rf"^\s*[\"“”]?(?P<heading>Pasal\s+(?P<num>{_QUOTED_NUMBER}))\s+"
                             r"(?=[(\"“A-Z])")
#: How far back a heading of an omnibus article is looked for the instruction that quotes it.
_QUOTING_WINDOW = 300
#: An item number OCR split in two ("1 1. Di antara …"), opening a line or after a sentence's end
#: (``_ChangeReader._split_label_joined``).
_SPLIT_LABEL = re.compile(r"(?:^|(?<=[.;:]\s))(?P<tens>[1-9]) (?P<ones>\d)\.\s+(?=\S)")
#: The amending law's own item numbers OCR read in a column apart from their items, inside the
#: text of the article quoted before them (``_ChangeReader._without_stray_labels``): a run of
#: bare numbers ending a line ("(5) Dalam 50. 51. … 62."), and one opening a line before an
#: ayat label ("63. (5) Dalam hal …").
_STRAY_LABEL_RUN = re.compile(r"(?:^|(?<=\s))(?P<run>(?:\d{1,3}\.\s+)+\d{1,3}\.)\s*$")
_DELETION_BEFORE_RUN = re.compile(r"\bPasal\s+\d+[A-Z]?\s+dihapus\.\s*$")
_STRAY_LABEL_LEAD = re.compile(r"^(?P<label>\d{1,3})\.\s+(?=\(\s?[0-9lI]{1,3}[a-z]?\s?\)\s)")
#: An unnumbered instruction OCR glued, mid-sentence, at the end of a line of the article
#: quoted before it ("e. … rencana tata ruang berbatasan. wilayah kabupaten yang Ketentuan
#: Pasal 26 diubah sehingga berbunyi sebagai berikut:" / "f. 76" / "Pasal 26", UU 11/2020
#: Pasal 17): read as the next item when the heading of the article it names follows.
_INSTRUCTION_ENDING_LINE = re.compile(
    r"\s(?P<instruction>Ketentuan\s+Pasal\s+(?P<num>\d+[A-Z]?)\s+diubah\s+sehingga\s+berbunyi\s+"
    r"sebagai\s+berikut\s*:)\s*$")
#: A quoted heading OCR printed in lower case right after the instruction announcing it ("3
#: Ketentuan Pasal 24 diubah sehingga berbunyi sebagai berikut: pasal 24 (1) Dokumen Amdal …",
#: UU 11/2020 Pasal 22 angka 3): no cross-reference stands there.
_LOWERCASE_QUOTED = re.compile(r"(?<=berikut)(?P<colon>\s*:\s*)pasal(?=\s+\d+[A-Z]?\s+[(A-Z])")
#: The next item glued after the title of the BAB/Bagian/Paragraf an item inserts ("61. Di
#: antara BAB XI dan BAB XII disisipkan 1 (satu) bab, yakni BAB XIA, …" / "BAB XIA LARANGAN 62.
#: Di antara Pasal 76 dan Pasal 77 disisipkan …", UU 35/2014): the heading ends there.
_ITEM_AFTER_HEADING = re.compile(
    r"^(?:BAB|Bab|Bagian|Paragraf)\s[^.;:]{0,200}?\s(?P<label>\d{1,3})\.\s+(?=(?:Ketentuan|Di\s*antara)\b)")
#: Quoted text OCR glued after the instruction announcing it, its heading lost ("62. Di antara
#: Pasal 76 dan Pasal 77 disisipkan 10 (sepuluh) pasal, yakni Pasal 76A, … sehingga berbunyi
#: sebagai berikut: Setiap orang" / "a. memperlakukan Anak …", UU 35/2014 Pasal 76A).
#: The heading OCR garbled before such text ("… berikut: PasalS Pengaturan …", "PasalSl (1)
#: Pialang …": UU 10/2011 Pasal 5 and 51), dropped.
_GARBLED_HEADING = re.compile(r"^Pasal[0-9lIOS]{1,3}[A-Z]?\s+(?=[(A-Z])")
_TEXT_AFTER_INSTRUCTION = re.compile(r"\bberikut\s*:\s+(?=[A-Z][a-z])(?!Pasal\b)")


class _Notes(Protocol):
    """Where a reader records what it could not read cleanly (the parse's anomaly list)."""

    def note(self, code: str, message: str, page: int | None = None) -> None: ...


class _ChangeReader:
    """Reads ``Pasal I`` line by line: change items, and the articles they quote.

    ``via`` names the amending article in ``Amends.via`` and the anomalies ("Pasal I"; an
    omnibus law's own "Pasal 81"). ``omnibus``: the article is one of an omnibus law, whose
    change items each carry the law they amend (``ChangeItem.ref``) and whose OCR'd text
    runs a quoted heading into the instruction before it ("… berikut: Pasal 13 (1) …")."""

    def __init__(self, builder: _Notes, raw: _RawArticle, amended: RegulationRef | None, *,
                 via: str = "Pasal I", omnibus: bool = False) -> None:
        self.builder = builder
        self.raw = raw
        self.amended = amended or _UNKNOWN_REF
        self.via = via
        self.omnibus = omnibus
        self.item_ref = self.amended if omnibus else None
        self.lead: list[str] = []
        self.changes: list[ChangeItem] = []
        self.quoted: list[_RawArticle] = []
        self.current_targets: list[str] = []
        self.open_quote: _RawArticle | None = None
        self.previous_text = ""
        self.inferred = False
        self.quote_marked = False
        self.stray_next: int | None = None
        self.page = raw.page
        #: The BAB/Bagian/Paragraf an item inserts, as it quotes it ("BAB XIA LARANGAN"): it heads
        #: the articles quoted after it by that item and the inserting items that follow
        #: (``_start_change``), as the amended law will print them.
        self.inserted_heading: tuple[str, str] | None = None

    def feed(self, text: str, page: int) -> None:
        """Read one line; change items glued onto it are read as lines of their own, with
        their number or (OCR lost it) without: "… bersangkutan. Pasal 161 dihapus. Pasal 162
        dihapus. … Ketentuan Pasal 185 diubah sehingga berbunyi sebagai berikut: …" (UU
        11/2020 Pasal 81, after the quoted Pasal 160)."""
        text = _DAMAGED_PASAL.sub("Pasal", _APOSTROPHE_A.sub(r"\1A", text))
        text = _DAMAGED_DIUBAH.sub("diubah", text)
        text = _LOWERCASE_QUOTED.sub(r"\g<colon>Pasal", text)
        text = self._split_label_joined(text)
        heading = _ITEM_AFTER_HEADING.match(text)
        if heading and self.changes and int(heading.group("label")) == self._last_label() + 1:
            self.feed(text[:heading.start("label")].strip(), page)
            self.feed(text[heading.start("label"):], page)
            return
        opened = None if self.omnibus else self._quote_opened(text)
        if opened is not None:
            self.feed(text[:opened.end("colon")], page)
            if not self.changes and opened.group("num"):
                self._infer_first_change(_read_heading_number(opened.group("num")))
            self.quote_marked = bool(re.search(r"[\"“”]", opened.group()))
            self.feed(text[opened.end():], page)
            return
        glued = _GLUED_OMNIBUS_ITEM if self.omnibus else _GLUED_UNLABELLED
        if self.changes and (glued.search(text) or _NUMBERED_AFTER_DELETION.search(text)):
            for piece in _NUMBERED_AFTER_DELETION.split(text):
                for part in glued.split(piece):
                    if part.strip():
                        self._feed_numbered(self._deletion_without_labels(part.strip()), page)
            return
        self._feed_numbered(text, page)

    def _deletion_without_labels(self, text: str) -> str:
        """A deletion glued after quoted text without the run of item numbers OCR printed
        after it, apart from their items ("… pencabutan status badan hukum. Ketentuan Pasal 63
        dihapus. … Ketentuan Pasal 68 dihapus. 6. 7. 8. 9. 10. 11.", the Perppu in UU 16/2017's
        Lampiran): the deletions are read one by one, numbered by the sequence."""
        run = _STRAY_LABEL_RUN.search(text)
        if run is None or not _DELETION_BEFORE_RUN.search(text[:run.start()]):
            return text
        self.builder.note("change_labels_apart", f"{self.via} angka {run.group('run').strip()} "
                          f"printed apart from their items, after them")
        return text[:run.start()].rstrip()

    def _split_label_joined(self, text: str) -> str:
        """A line with the next item's number split in two by OCR ("… Perundang-undangan. 1 1.
        Di antara Pasal 7l dan Pasal 72 disisipkan 1 (satu) pasal, yakni Pasal 71A …", UU
        15/2019 after angka 10) as printed whole ("11. Di antara …"): only the number that
        follows the last item read, opening a line or a sentence, before an instruction."""
        expected = self._last_label() + 1
        for found in _SPLIT_LABEL.finditer(text):
            body = text[found.end():]
            if int(found.group("tens") + found.group("ones")) == expected \
                    and _INSTRUCTION_START.match(body) and _CHANGE_VERBS.search(body[:400]):
                return f"{text[:found.start()]}{expected}.{text[found.end('ones') + 1:]}"
        return text

    def _feed_numbered(self, text: str, page: int) -> None:
        cuts = self._glued_changes(text)
        if not cuts:
            self._feed_line(text, page)
            return
        for begin, end in zip([0, *cuts], [*cuts, len(text)]):
            self._feed_line(text[begin:end].strip(), page)

    def _quote_opened(self, text: str) -> re.Match[str] | None:
        """Where the quoted text of an instruction opens on the instruction's own line, as
        amending laws of the 1990s and 2000s print it ("1. Ketentuan Pasal 1 diubah, sehingga
        keseluruhan Pasal 1 berbunyi sebagai berikut : "Pasal 1 Dalam …", UU 19/2000; the next
        item glued after the closing quote: "… hari kalender." 2. Ketentuan Pasal 2 … berikut :
        "Pasal 2 (1) …"): after "berikut :", at the heading of an article the instruction names
        (or, naming none, the item being read names). None elsewhere."""
        found = _QUOTE_OPENED.search(text)
        if found is None:
            return None
        if found.group("bab"):   # "2. Judul BAB II diubah … berikut : "BAB II NOMOR POKOK …""
            return found if re.search(r"\bBAB\b", text[:found.start()], re.I) else None
        named = _change_targets(text[:found.start()])
        if found.group("ayat") is not None:   # "… ayat (7) diganti … berikut : "(7) Tarif …"
            return found if named or self.current_targets else None
        number = _ocr_number(found.group("num").replace(" ", ""))
        if number and not named and not _split_digits(found.group("num")) \
                and self._lead_quotes_lost_item(text[:found.start()]):
            return found   # ``feed`` reads the lead-in, then infers the item
        return found if number in named or (not named and number in self.current_targets) else None

    def _lead_quotes_lost_item(self, before: str) -> bool:
        """Whether a heading glued after "berikut:" follows the lead-in of the amending
        article itself ("Beberapa ketentuan dalam Undang-Undang … diubah sebagai berikut:
        Pasal 9 (1) …", UU 13/2022 Pasal I): OCR lost the instruction of the first items, and
        the article is the text of one of them. A lead-in quoting one article names it."""
        lead = " ".join([*self.lead, before])
        return not self.changes and bool(re.search(r"\bBeberapa\s+ketentuan\b", lead, re.I)
                                         and _AMENDED_REF.search(lead))

    def _infer_first_change(self, number: str) -> None:
        """An item, its number unknown, for the article quoted right after the lead-in
        (``_lead_quotes_lost_item``): its text is read as an amendment, ``via`` the amending
        article alone."""
        self.builder.note("change_label_missing", f"Pasal {number} follows the lead-in of "
                          f"{self.via}: read as an item whose instruction OCR lost")
        action = "disisipkan" if number[-1].isalpha() else "diubah"
        self.changes.append(ChangeItem("", "", action, (number,), self.item_ref))
        self.current_targets = [number]

    def _unquoted(self, text: str) -> str:
        """A line of quoted text without the closing quote of a text the instruction opened
        with one ("… hari kalender."", UU 19/2000); a quote the article itself opens and
        closes ("… berikut: "Demi Allah … bangsa."") stays."""
        if self.quote_marked and len(re.findall(r"[\"“”]", text)) % 2:
            return _CLOSING_QUOTE.sub("", text)
        return text

    def _feed_line(self, text: str, page: int) -> None:
        if self.omnibus:
            text = _OCR_HEADING.sub(self._target_read, text)
        else:
            text = _LOST_ITEM_HEADING.sub(self._lost_item_read, text)
            text = _GLUED_OCR_TARGET.sub(self._ocr_target_read, text)
        glued = (self._under_inserted_structure(text) or _GLUED_QUOTED.search(text)
                 or self._next_target_glued(text)) if self.omnibus \
            else (_LEADING_QUOTED.match(text) or self._under_inserted_structure(text)
                  or self._next_target_glued(text) or self._lost_item_glued(text))
        if glued and (glued.start() > 0 or self._awaits(_read_heading_number(glued.group("num")))):
            for piece in (text[:glued.start()], _joined_heading(glued.group("heading"))):
                if piece.strip():
                    self._read_line(piece.strip(), page)
            if text[glued.end():].strip():
                self.feed(text[glued.end():].strip(), page)   # items glued after it too
            return
        self._read_line(text, page)

    def _target_read(self, found: re.Match[str]) -> str:
        """A heading as the article the current item names or inserts next, when OCR's
        reading of it is that article and the heading as printed is not (``_OCR_HEADING``):
        spaced digits ("… berbunyi sebagai Pasal 1 1 1 (1) …"), a T for a 7 ("7. …
        Ketentuan Pasal 77 diubah sehingga berbunyi sebagai berikut: Pasal TT (1) …"), a letter
        as a digit ("… Pemerintah. Pasal 1538 (1) …" in the item inserting Pasal 153A-153J;
        "Pasal 468" after the quoted Pasal 46A)."""
        raw = found.group("num")
        number = _ocr_number(raw.replace(" ", "").replace("T", "7"))
        readings = [number, *_letter_readings(number)] if number else []
        if not readings or readings == [raw]:
            return found.group()   # a plain number: nothing to read
        window = found.string[max(0, found.start() - _QUOTING_WINDOW):found.start()]
        expected = {*self._item_expects(), *_change_targets(window)}
        if raw in expected:
            return found.group()
        read = next((reading for reading in readings if reading in expected), None)
        return f"Pasal {read}" if read else found.group()

    def _item_expects(self) -> set[str]:
        """The articles the current item may quote next: those it names, and the next letter
        after the article it inserted last ("Pasal 46B" after "Pasal 46A", when the item
        inserts a Bagian and names no article)."""
        expects = set(self.current_targets)
        if self.quoted and _quoted_via(self.quoted[-1]) == self._via_of_current():
            following = _next_letter(self.quoted[-1].pasal)
            if following:
                expects.add(following)
        return expects

    def _under_inserted_structure(self, text: str) -> re.Match[str] | None:
        """The first article under a BAB/Bagian the current item inserts, its heading glued
        after the title (``_STRUCTURE_THEN_PASAL``): the item names no article to await."""
        if not self.changes or self.open_quote is not None \
                or not _INSERTS_STRUCTURE.search(self.changes[-1].instruction):
            return None
        title = _STRUCTURE_THEN_PASAL.match(text)
        return _HEADING_HERE.match(text, title.end()) if title else None

    def _next_target_glued(self, text: str) -> re.Match[str] | None:
        """The heading of the next article the current item inserts, glued after the end of
        a sentence of the one before ("… diatur dalam Peraturan Pemerintah. Pasal 88D (1)
        Upah minimum …": UU 11/2020 inserts Pasal 88A–88E in one item, on one line)."""
        opened = self.open_quote.pasal if self.open_quote is not None else None
        for found in _GLUED_AFTER_SENTENCE.finditer(text):
            number = found.group("num").replace(" ", "")
            done = {q.pasal for q in self.quoted if _quoted_via(q) == self._via_of_current()}
            if number in self._item_expects() and number != opened and number not in done:
                return found
        return None

    def _ocr_target_read(self, found: re.Match[str]) -> str:
        """A heading ``_GLUED_OCR_TARGET`` finds, as the article the current item is expected
        to quote next when OCR's reading of it is that article ("pasal 458" → "Pasal 45B"
        after the quoted Pasal 45A); else as printed."""
        number, word = found.group("num"), found.group("word")
        readings = ([number] if word == "pasal" else []) + _letter_readings(number)
        done = {q.pasal for q in self.quoted if _quoted_via(q) == self._via_of_current()}
        expected = self._item_expects() - done
        if not readings or (word == "Pasal" and number in expected):
            return found.group()
        read = next((reading for reading in readings if reading in expected), None)
        return f"{found.group('space')}Pasal {read}" if read else found.group()

    def _lost_item_read(self, found: re.Match[str]) -> str:
        """A heading ``_LOST_ITEM_HEADING`` finds, its number read ("PasalT2" → "Pasal 72")
        when it may open the next item's article (``_follows_quoted``); else as printed."""
        number = _ocr_number(found.group("num").replace("T", "7"))
        if number is None or not self._follows_quoted(number):
            return found.group()
        return f"{found.group('space')}Pasal {number} "

    def _lost_item_glued(self, text: str) -> re.Match[str] | None:
        """The heading of an article quoted by an item whose instruction OCR lost, glued
        after the end of a sentence of the article quoted before it and opening with ayat (1)
        (``_LOST_ITEM_HEADING``): ``_open_quoted`` infers the lost item."""
        for found in _LOST_ITEM_HEADING.finditer(text):
            if self._follows_quoted(found.group("num")):
                return found
        return None

    def _follows_quoted(self, number: str) -> bool:
        """Whether ``number`` may be the article a later item quotes: past the article quoted
        now (an amending law's items follow the amended law's order) and not the current
        item's (``_next_target_glued`` reads those)."""
        quote = self.open_quote
        if quote is None or not quote.lines or number in self.current_targets:
            return False
        done = {q.pasal for q in self.quoted}
        return number not in done and _pasal_key(number) > _pasal_key(quote.pasal)

    def _via_of_current(self) -> str:
        """The change item quoting now, as a quoted article's ``via`` names it."""
        label = self.changes[-1].label if self.changes else ""
        return f"{self.via} angka {label}" if label else self.via

    def _awaits(self, number: str) -> bool:
        """Whether a heading printed at the start of a line opens (or repeats) a quoted
        article: the current item names it, or it is the quoted article just opened."""
        if self.open_quote is not None and not self.open_quote.lines:
            return self.open_quote.pasal == number
        return number in self.current_targets

    def _read_line(self, text: str, page: int) -> None:
        self.page = page
        text = self._label_as_printed(text)
        if self._is_change_item(text):
            item = _CHANGE_ITEM.match(text)
            assert item is not None   # _is_change_item matched it
            glued = None if self.omnibus else _TEXT_AFTER_INSTRUCTION.search(text)
            self._start_change(item.group("label"), text[:glued.end()].strip() if glued else text)
            if glued and self.current_targets:
                rest = _GARBLED_HEADING.sub("", text[glued.end():].strip())
                self._open_quoted(self.current_targets[0], implicit=True).lines.append(rest)
        elif self._is_unlabelled_instruction(text):
            label = str(self._last_label() + 1)
            self.builder.note("change_label_missing", f"{self.via} item without a number read as "
                                                      f"angka {label}: {text[:60]!r}")
            self._start_change(label, f"{label}. {text}")
        elif (number := self._quoted_heading(text)) is not None:
            self._open_quoted(number)
        elif self.open_quote is not None:
            text = self._without_stray_labels(text)
            if text:
                self.open_quote.lines.append(self._unquoted(text))
        elif (self.changes and self.changes[-1].instruction.rstrip().endswith(":")
              and self.current_targets and not _structural_heading(text)):
            self._open_quoted(self.current_targets[0], implicit=True).lines.append(text)
        elif self.changes:
            last = self.changes[-1]
            self.changes[-1] = replace(last, instruction=f"{last.instruction} {text}")
            heading = _structural_heading(text)
            if heading and _INSERTS_STRUCTURE.search(last.instruction):
                self.inserted_heading = heading
        elif self._lead_quotes():
            self._change_from_lead()
            self._open_quoted(self.current_targets[0], implicit=True).lines.append(text)
        else:
            self.lead.append(text)
        self.previous_text = text

    def _without_stray_labels(self, text: str) -> str:
        """A line of quoted text without the amending law's item numbers OCR printed in it,
        apart from their items (UU 11/2020 Pasal 81, 11.md:2854-2867: the quoted Pasal 160
        ends "(5) Dalam 50. 51. … 62." and goes on "63. … (5) Dalam hal …", the items 50-63
        following without their numbers): a run of bare numbers continuing the items read
        (50 after item 49) that ends the line, and the next item's number opening a line
        before an ayat label (no list item of the article opens so, ``_STRAY_LABEL_LEAD``).
        Their items are read later, numbered by the sequence (``change_label_missing``)."""
        assert self.open_quote is not None   # called for a line of the open quoted article
        expected = self.stray_next or self._last_label() + 1
        run = _STRAY_LABEL_RUN.search(text)
        numbers = [int(number) for number in re.findall(r"\d+", run.group("run"))] if run else []
        if run and numbers and numbers == list(range(expected, expected + len(numbers))):
            self.builder.note("change_labels_apart", f"{self.via} angka {numbers[0]}-{numbers[-1]} "
                              f"printed apart from their items, in Pasal {self.open_quote.pasal}")
            text, expected = text[:run.start()].rstrip(), numbers[-1] + 1
            self.stray_next = expected
        lead = _STRAY_LABEL_LEAD.match(text)
        if lead and int(lead.group("label")) == expected:
            self.builder.note("change_labels_apart", f"{self.via} angka {expected} printed apart "
                              f"from its item, in Pasal {self.open_quote.pasal}")
            text, self.stray_next = text[lead.end():], None
        return text

    def _lead_quotes(self) -> bool:
        """Whether an unnumbered lead-in is one instruction quoting the text that follows it
        without a heading ("Pasal I. Pasal 1 ayat 3 Undang-undang No. 38 Prp tahun 1960 …
        diubah hingga berbunyi sebagai berikut:" and "(3) Berhubung …", UU 20/1964): it
        changes one article and ends announcing its text."""
        lead = " ".join(self.lead)
        return bool(_AWAITS_TEXT.search(lead) and _INSTRUCTION_VERBS.search(lead)
                    and len(_change_targets(lead)) == 1)

    def finish(self) -> list[_RawArticle]:
        if not self.changes and _INSTRUCTION_VERBS.search(" ".join(self.lead)):
            # a Pasal I that is one unnumbered instruction ("Mengubah Lampiran I … sehingga …")
            self._change_from_lead()
        labels = [int(c.label) for c in self.changes if c.label.isdigit()]
        for previous, current in zip(labels, labels[1:]):
            if current != previous + 1:
                self.builder.note("change_item_gap", f"{self.via} angka {current} after angka {previous}")
        self._note_unquoted()
        return self.quoted

    def _note_unquoted(self) -> None:
        """Say which items reword an article but quote no text for it ("11. Ketentuan Pasal 49
        diubah sehingga berbunyi sebagai berikut:" and then item 12: UU 11/2020 as OCR'd
        lost the new Pasal 49): that article is amended, though no new version can be read."""
        quoting = {_quoted_via(q) for q in self.quoted}
        for number, change in enumerate(self.changes):
            via = f"{self.via} angka {change.label}" if change.label else self.via
            if change.action in ("diubah", "disisipkan") and change.targets and via not in quoting \
                    and _AWAITS_TEXT.search(change.instruction):
                named = ", ".join(f"Pasal {t}" for t in change.targets)
                self.builder.note("change_text_missing", f"{via} {change.action} {named} "
                                  f"{self.amended.short} but quotes no text for it")
                self.changes[number] = replace(change, text_missing=True)

    def _last_label(self) -> int:
        """Number of the last change item (0 before the first or for an unnumbered one)."""
        label = self.changes[-1].label if self.changes else ""
        return int(label) if label.isdigit() else 0

    def _is_change_item(self, text: str) -> bool:
        match = _CHANGE_ITEM.match(text)
        if not match:
            return False
        expected = self._last_label() + 1
        label = int(match.group("label"))
        body = match.group("text")
        instruction_like = bool(_INSTRUCTION_START.match(body) and _CHANGE_VERBS.search(body)
                                or _VERB_FIRST.match(body))
        if label == expected and instruction_like:
            return True
        # a jump is accepted only when the line is unmistakably an instruction
        return instruction_like and label > expected and bool(_AWAITS_TEXT.search(body)
                                                              or re.search(r"dihapus\.?\s*$", body))

    def _glued_changes(self, text: str) -> list[int]:
        """Where the next change items start when they are printed on the same line as the end
        of the text before them (``… nusa, dan bangsa." 90. Ketentuan Pasal 162 diubah sehingga
        berbunyi sebagai berikut:``). Only the next expected label is taken (the one after the
        item this line opens, if it opens one; then the one after that; a few further on when
        OCR lost the ones between and the piece ends as an instruction), followed by an
        instruction (Ketentuan/Di antara/Pasal/BAB … with a change verb before the next
        numbered piece), on a line that ends the way an instruction ends ("… berikut:",
        "… dihapus."): a numbered item of the quoted text stays where it is. One pass over
        the line: a hostile line of thousands of numbers costs linear time."""
        if not _INSTRUCTION_END.search(text[-40:]):
            return []
        own = _CHANGE_ITEM.match(text)
        last = int(own.group("label")) if own and self._is_change_item(text) else self._last_label()
        numbered = list(_GLUED_CHANGE.finditer(text))
        verbs = [found.start() for found in _GLUED_VERBS.finditer(text)]
        cuts: list[int] = []
        for index, found in enumerate(numbered):
            label = int(found.group("label"))
            if not last < label <= last + _lost_items_allowed(last):
                continue
            if not _INSTRUCTION_START.match(text[found.end():found.end() + 20]):
                continue
            boundary = numbered[index + 1].start() if index + 1 < len(numbered) else len(text)
            if label > last + 1 and not _ends_instruction(text[found.end():boundary]):
                continue
            if _NAMES_NUMBER.search(text, 0, found.start("label")):
                continue   # "… dalam Pasal 7 dan Pasal 8. Ketentuan Pasal 10 …": no item 8
            verb = bisect_left(verbs, found.end())
            verb_first = _VERB_FIRST.match(text[found.end():])
            if verb < len(verbs) and verbs[verb] < boundary or verb_first:
                cuts.append(found.start("label"))
                last = label
        return cuts

    def _label_as_printed(self, text: str) -> str:
        """An instruction whose number OCR printed after it ("Ketentuan Pasal 188 diubah
        sehingga berbunyi sebagai berikut: 66", UU 11/2020 Pasal 81) or without its dot ("4
        Ketentuan Pasal 153 berikut: diubah …") as an item is printed ("66. Ketentuan …"), when
        that number is the next item's or a few further on (OCR lost the ones between: "…
        diubah sebagai berikut: Ketentuan Pasal 6 diubah … Pemerintah. 3 Ketentuan Pasal
        berikut: 14 …"): else the heading after it was read as text of the article before."""
        last = self._last_label()
        for moved in (_TRAILING_LABEL.match(text), _UNDOTTED_LABEL.match(text)):
            if not moved or not self.changes or not last < int(moved.group("label")) <= last + _MAX_INLINE_GAP:
                continue
            # ("7 Ketentuan Pasal 17 diubah … berikut: 6": the 6 is the item before's, moved)
            instruction = re.sub(r"(?<=:)\s*\d{1,3}$", "", moved.group("instruction"))
            if self._is_unlabelled_instruction(instruction):
                return f"{moved.group('label')}. {instruction}"
        return text

    def _is_unlabelled_instruction(self, text: str) -> bool:
        if not self.changes or _CHANGE_ITEM.match(text):
            return False
        if _DELETION_ALONE.match(text) or _PENJELASAN_CHANGED.match(text):   # "Pasal 161 dihapus."
            return True
        return bool(re.match(r"^(Ketentuan\s+(Pasal|ayat|huruf|angka)|Di\s*antara\s+Pasal)", text)
                    and _CHANGE_VERBS.search(text)
                    # "… berbunyi sebagai" when OCR moved "berikut:" before the number
                    and re.search(r"(berikut\s*:|dihapus\.|berbunyi\s+sebagai)\s*$", text))

    def _start_change(self, label: str, text: str) -> None:
        instruction = text.strip()
        targets = _change_targets(instruction)
        self.changes.append(ChangeItem(label, instruction, _change_action(instruction),
                                       tuple(targets), self.item_ref))
        self.current_targets = list(targets)
        if not _INSERTS_ARTICLES.search(instruction):
            self.inserted_heading = None
        self.open_quote = None
        self.inferred = False
        self.quote_marked = False
        self.stray_next = None

    def _quoted_heading(self, text: str) -> str | None:
        match = _PASAL_HEADING.match(text)
        if not match or _PASAL_ROMAN.match(match.group("num")):
            return None
        printed = match.group("num").replace(" ", "")
        # "Pasal 153I" the item names is no OCR'd 1531
        number = printed if printed in self.current_targets else _ocr_number(printed)
        if number is None:
            return None
        if number not in self.current_targets:   # "Pasal 368" of an item inserting 36A-36E
            number = next((read for read in _letter_readings(number) if read in self._item_expects()),
                          number)
        if "T" in number and number not in self.current_targets:
            number = self._t_for_seven(number)
        if self.open_quote is None or number in self.current_targets:
            return number
        if self._instruction_glued_before(number):
            return number
        prev = self.previous_text
        return number if (_ENDS_SENTENCE.search(prev) or not prev) else None

    def _instruction_glued_before(self, number: str) -> bool:
        """Whether one of the last two lines of the open quoted article ends with the
        instruction that quotes ``number`` (``_INSTRUCTION_ENDING_LINE``): it is cut from that
        text and read as the next item, its number lost, once an item's number was read."""
        assert self.open_quote is not None
        lines = self.open_quote.lines
        if self._last_label() == 0:   # no number read yet to count the lost one from
            return False
        for index in range(len(lines) - 1, max(-1, len(lines) - 3), -1):
            found = _INSTRUCTION_ENDING_LINE.search(lines[index])
            if found and found.group("num") == number:
                lines[index] = lines[index][:found.start()].rstrip()
                label = str(self._last_label() + 1)
                self.builder.note("change_label_missing", f"{self.via} item without a number, "
                                  f"glued into the text of Pasal {self.open_quote.pasal}, read as "
                                  f"angka {label}: {found.group('instruction')[:60]!r}")
                self._start_change(label, f"{label}. {found.group('instruction')}")
                return True
        return False

    def _t_for_seven(self, number: str) -> str:
        """"Pasal 2T" printed on its own line as Pasal 27 when the item names 27 ("5 Ketentuan
        Pasal 27 diubah sehingga berbunyi sebagai berikut:", UU 11/2020 Pasal 36 amending UU
        41/1999), as ``_target_read`` reads one glued into a line; else as printed."""
        read = _ocr_number(number.replace("T", "7"))
        return read if read in self.current_targets else number

    def _open_quoted(self, number: str, *, implicit: bool = False) -> _RawArticle:
        """Open (or reopen) the quoted article ``number``; the one open now."""
        if self.open_quote is not None and self.open_quote.pasal == number \
                and all(_STRAY_AYAT_LABELS.match(line) for line in self.open_quote.lines):
            # the heading printed twice ("Pasal 58" above "Pasal 58 (1) …", OCR; "Pasal 3"
            # above "Pasal 3 Anggaran …", UU 12/2016), or after the ayat labels of a column
            # OCR read first ("(1) (21" above "Pasal 32")
            self.open_quote.lines.clear()
            self.open_quote.line_pages.clear()
            return self.open_quote
        if not self.changes:
            self._change_from_lead()
        inserting = bool(_INSERTS_STRUCTURE.search(self.changes[-1].instruction))
        if self.inferred and self.quoted and number in _expected_next(self.quoted[-1].pasal):
            self._extend_current(number)
        elif inserting and (not self.current_targets or number in self._item_expects()):
            # the articles under a Bagian the item inserts (46A, 46B …): it names none
            self._extend_current(number)
        elif self.current_targets and number not in self.current_targets and not implicit:
            already = {q.pasal for q in self.quoted if q.amends and q.amends.via.endswith(f" {self.changes[-1].label}")}
            if already:  # the item's own articles are done: a lost item label (OCR)
                self._infer_missing_change(number)
        elif not self.current_targets:
            self.current_targets = [number]
        amends = Amends(self.amended, number, self._via_of_current())
        self.open_quote = _RawArticle(number, self.page, amends=amends)
        if self.inserted_heading is not None:
            kind, label = self.inserted_heading
            setattr(self.open_quote, kind, label)
        self.quoted.append(self.open_quote)
        return self.open_quote

    def _change_from_lead(self) -> None:
        """Pasal I without numbered items: its lead-in is the one instruction
        ("Ketentuan Pasal 3 … diubah sebagai berikut:")."""
        instruction = _squash(self.lead)
        self.changes.append(ChangeItem("", instruction, _change_action(instruction),
                                       tuple(_change_targets(instruction)), self.item_ref))
        self.current_targets = list(self.changes[-1].targets)

    def _infer_missing_change(self, number: str) -> None:
        label = str(self._last_label() + 1)
        action = "disisipkan" if number[-1].isalpha() else "diubah"
        self.builder.note("change_label_missing",
                          f"Pasal {number} follows {self.via} angka {self.changes[-1].label} but is not "
                          f"one of its targets: read as a lost item, angka {label}")
        self.changes.append(ChangeItem(label, "", action, (number,), self.item_ref))
        self.current_targets = [number]
        self.inferred = True

    def _extend_current(self, number: str) -> None:
        if number in self.current_targets:
            return
        last = self.changes[-1]
        self.changes[-1] = replace(last, targets=(*last.targets, number))
        self.current_targets.append(number)


def _lost_items_allowed(last: int) -> int:
    """How far past the last item read a glued item's number may be (1: none lost): a few
    before the first item read (UU 13/2022 Pasal I: angka 4 after the lead-in, 1-3 lost),
    one lost after it (UU 15/2019 Pasal I: angka 4 after angka 2) — a number further on,
    glued after quoted text, is rather that text's own."""
    return _MAX_INLINE_GAP if last == 0 else 2


def _ends_instruction(piece: str) -> bool:
    """Whether a numbered piece of a line ends as only an instruction does ("… sebagai
    berikut:", "… dihapus."): the proof asked of an item whose number skips the ones OCR lost
    before it (UU 13/2022 Pasal I, its angka 1-3 lost: "… Metode Omnibus 4. Di antara Pasal 42
    dan Pasal 43 disisipkan I (satu) pasal, … sehingga berbunyi sebagai berikut:"), as
    ``_ChangeReader._is_change_item`` asks it of one opening a line."""
    return bool(_AWAITS_TEXT.search(piece.rstrip()) or re.search(r"dihapus\.?\s*$", piece))


def _split_digits(printed: str) -> bool:
    """Whether a quoted heading's number is printed split in two ("Pasal 2 1", OCR)."""
    return bool(re.search(r"\d \d", printed))


def _joined_heading(heading: str) -> str:
    """A quoted heading whose number OCR split ("Pasal 2 1") as printed whole ("Pasal 21"),
    for a heading the instruction names (``_ChangeReader._feed_line`` reads only those so);
    any other heading as printed."""
    return re.sub(r"(?<=\d) (?=\d)", "", heading) if _split_digits(heading) else heading


def _read_heading_number(printed: str) -> str:
    """A quoted heading's number as OCR printed it, read ("l0" → 10, "2OA" → 20A, "1 A" → 1A);
    as printed when it reads as no number."""
    return _ocr_number(printed.replace(" ", "")) or printed


def _partial(article: Article, changes: list[ChangeItem]) -> Article:
    """A quoted article whose change item names some of its ayat and quotes only those
    ("4. Ketentuan Pasal 10 ayat (4) huruf b diubah sehingga berbunyi …" quoting ayat (4); or
    one ayat named and an unnumbered text quoted): marked as changing them (``Amends.ayat``),
    so that the article's other ayat are not taken for repealed. "… ayat (3) diubah sehingga
    Pasal 162 berbunyi …" restates the whole Pasal."""
    amends = article.amends
    label = _via_angka(amends.via) if amends else ""
    change = next((c for c in changes if c.label == label and label), None)
    if amends is None or change is None or change.action != "diubah":
        return article
    named = _NAMED_AYAT.search(change.instruction)
    whole = re.search(rf"\bkeseluruhan\b|\bPasal\s+{re.escape(article.pasal)}\s+berbunyi",
                      change.instruction, re.IGNORECASE)
    if not named or named.group("pasal") != article.pasal or whole:
        return article
    replaced = re.findall(r"\(([0-9]+[a-z]?)\)", named.group("ayat"))
    quoted = [a.number for a in article.ayat]
    if quoted == [None] and len(replaced) == 1:   # "… ayat (5) diubah …: Organisasi pers …"
        quoted = replaced
    if not quoted or None in quoted or not set(quoted) <= set(replaced):
        return article
    numbers = tuple(number for number in quoted if number is not None)   # all, checked above
    return replace(article, amends=replace(amends, ayat=numbers))


def _quoted_via(raw: _RawArticle) -> str:
    """The change item a quoted article comes from: every quoted article has its ``amends``
    (``_ChangeReader._open_quoted``), which its type, shared with the body's, cannot say."""
    assert raw.amends is not None
    return raw.amends.via


def _via_angka(via: str) -> str:
    """The change item's number in ``Amends.via`` ("Pasal 81 angka 44" → "44"; "" for an
    amending article of one unnumbered instruction: "Pasal I", "Pasal 81")."""
    return via.rpartition(" angka ")[2] if " angka " in via else ""


#: "Ketentuan Pasal 10 ayat (4) huruf b", "Pasal 41 ayat (1) dan ayat (2)": the ayat named.
_NAMED_AYAT = re.compile(r"\bPasal\s+(?P<pasal>\d+[A-Z]?)\s+(?P<ayat>ayat\s*\([0-9]+[a-z]?\)"
                         r"(?:[^()]*?(?:,|dan|serta)\s*ayat\s*\([0-9]+[a-z]?\))*)")


def _amended_ref(lines: list[str], meta: dict) -> RegulationRef | None:
    """The regulation an amending ``Pasal I`` changes: named in its lead-in, else the title."""
    lead = " ".join(lines[:3])
    lead = re.split(r"\bdiubah\b", lead)[0]
    for source in (lead, meta.get("subject") or ""):
        ref = _first_ref(source)
        if ref and ref.type in MULTI_ISSUER_TYPES and not ref.issuer and ref.type == meta.get("type"):
            # "Peraturan Gubernur Nomor 29 Tahun 2019" amended by a Pergub: the same governor's
            return replace(ref, issuer=meta.get("issued_by", ""))
        if ref:
            return ref
    return None


def _omnibus_ref(lines: Sequence[str], own_year: int | None = None, text: str = ""
                 ) -> RegulationRef | None:
    """The regulation an article of an Arabic-numbered body amends, when its lead-in says it
    changes provisions of another named regulation (an omnibus law: UU 11/2020 Pasal 81
    amends UU 13/2003): the first one named, as in a Pasal I lead-in ("… sebagaimana telah
    diubah dengan …" names later ones). ``_UNKNOWN_REF`` when OCR garbled the name; None when
    the article is no such amendment (its text is its own)."""
    # a caret OCR puts before words ("^diubah"); "Undang- Undang" as OCR splits it
    lead = re.sub(r"(?i:Undang)\s*-\s*(?=(?i:Undang))", "Undang-", " ".join(lines[:3]).replace("^", ""))
    # "Undang Nomor 23" (its "Undang-" lost); "Undang-Undang 6 Tahun 2017" (its "Nomor" lost)
    lead = re.sub(r"(?<![-\w])Undang\s+(?=Nomor\b)", "Undang-Undang ", lead)
    lead = re.sub(r"(?i:Undang-Undang)\s+(?=[0-9lIO]{1,4}\s+Tahun\b)", "Undang-Undang Nomor ", lead)
    found = _OMNIBUS_LEAD.match(lead)
    if not found or not _OMNIBUS_VERB.search(lead, found.end()):
        return None
    named = re.split(r"\bdiubah\b", lead[found.end():])[0]
    ref = (_first_ref(named) or _gazette_dated(named) or _dated_elsewhere(named, text, own_year)
           or _UNKNOWN_REF)
    if own_year and ref.year > own_year:
        # "Nomor 18 Tahun 2073": a law the omnibus amends is older than it; its gazette
        # ("Lembaran Negara Republik Indonesia Tahun 2Ol3 Nomor 130") gives its year
        gazette = _GAZETTE_YEAR.search(named)
        year = _year(gazette.group("year")) if gazette else None
        ref = replace(ref, year=year) if year and year <= own_year else _UNKNOWN_REF
    return ref


#: The year printed after a name's number ("Nomor ^30 ^Tahun 2OOg"), read or not.
_PRINTED_YEAR = re.compile(r"\s+(?i:Tahun)\s+(?P<year>\S{4})(?!\S)")


def _gazette_dated(named: str) -> RegulationRef | None:
    """The regulation a lead-in names with a year OCR garbled past reading, dated by the
    gazette it names after it, where each digit still printed agrees with that year: "Undang-
    Undang Nomor 30 Tahun 2OOg tentang Ketenagalistrikan (Lembaran Negara Republik
    Indonesia Tahun 2oo9 Nomor 133 …)" is UU 30/2009 (UU 11/2020 Pasal 42; a "g" is an 8 or
    a 9, so the name alone was left UNKNOWN)."""
    found = _AMENDED_REF.search(named)
    printed = _PRINTED_YEAR.match(named, found.end()) if found else None
    gazette = _GAZETTE_YEAR.search(named, found.end()) if found else None
    year = _year(gazette.group("year")) if gazette else None
    if found is None or printed is None or year is None:
        return None
    digits = printed.group("year").translate(_OCR_DIGITS).replace("o", "0")
    if any(ch.isdigit() and ch != own for ch, own in zip(digits, str(year))):
        return None   # "Tahun 2013 … Lembaran Negara … Tahun 2014": another law's gazette
    code = _type_code(found.group("name"))
    number = _ocr_number(found.group("num"))
    return RegulationRef(code, number, year, issuer_name(code, found.group("name"))) \
        if code and number else None


def _dated_elsewhere(named: str, text: str, own_year: int | None) -> RegulationRef | None:
    """The regulation a lead-in names with a year OCR garbled past reading ("Undang-Undang
    Nomor 22 Tahun 2or9 tentang Sistem Budi Daya pertanian Berkelanjutan (… Tahun 2org …)",
    UU 11/2020 Pasal 31: its gazette garbled too), dated where ``text`` (the regulation's
    body) names the same number and subject with a year read ("… Nomor 22 Tahun 2Ol9 tentang
    Sistem Budi Daya Pertanian Berkelanjutan", in the list of laws another of its articles
    amends), no later than ``own_year``; None when no such mention, or two years, are read."""
    found = _AMENDED_REF.search(named)
    if found is None:
        return None
    subject = re.search(r"\btentang\s+(?P<words>[^(,;]+)", named[found.end():])
    words = re.findall(r"[^\W\d_]+", subject.group("words")) if subject else []
    code = _type_code(found.group("name"))
    number = _ocr_number(found.group("num"))
    if not (code and number and len(words) >= 2):
        return None
    said = r"\W+".join(map(re.escape, words))
    mention = re.compile(rf"\bNomor\s+{re.escape(number)}\s+Tahun\s+(?P<year>\S{{4}})\s+"
                         rf"tentang\s+{said}", re.IGNORECASE)
    years = {year for other in mention.finditer(text) if (year := _year(other.group("year")))
             and (own_year is None or year <= own_year)}
    if len(years) != 1:
        return None
    return RegulationRef(code, number, years.pop(), issuer_name(code, found.group("name")))


def _quoted_by_instruction(number: str, before: str) -> bool:
    """Whether a ``Pasal N`` heading inside an omnibus article is a quoted one: the text just
    before it is an instruction naming N ("44. Ketentuan Pasal 156 diubah sehingga berbunyi
    sebagai berikut:"; OCR may misread the number, "Pasal i9", or shuffle the words:
    "Ketentuan Pasal berikut: 153 diubah …"), or ends as one does ("… berikut:" and at most a
    stray "(1)"): the law's own next article follows quoted text, never an instruction."""
    window = before[-_QUOTING_WINDOW:]
    if _AWAITING_QUOTE.search(window):
        return True
    digits = "".join(_OCR_DIGIT_CLASS.get(ch, re.escape(ch)) for ch in number)
    return bool(re.search(rf"(?<![\w]){digits}(?!\w)", window) and _GLUED_VERBS.search(window)
                and re.search(r"\b(?:berikut|berbunyi)\b", window))


#: How OCR prints the digits of a number in running text ("Pasal i9", "Pasal 2O").
_OCR_DIGIT_CLASS = {"1": "[1lIi]", "0": "[0Oo]"}
#: An instruction still waiting for the text it quotes: "… sebagai berikut:" (a stray "(1)").
_AWAITING_QUOTE = re.compile(r"\bberikut\s*:\s*(?:\(\s*\d+\s*\)\s*)?$")


def _strip_label(instruction: str, label: str) -> str:
    return re.sub(rf"^{re.escape(label)}\.\s*", "", instruction)


def _change_targets(instruction: str) -> list[str]:
    # "Ketentuan Pasal berikut: 14 diubah …": OCR moved "berikut:" before the number;
    # "Pasal 1O1 dihapus": its digits as OCR prints them
    text = re.sub(r"\bPasal\s+berikut\s*:\s*(?=\d)", "Pasal ", instruction)
    text = re.sub(r"\bpasal\s+(?=\d)", "Pasal ", text)   # "…, dan pasal 82C sehingga …"
    # "Pasal 38 A, Pasal 38 B, dan Pasal 38 C" (UU 20/2001): an inserted article's letter spaced
    text = re.sub(r"\b(Pasal\s+\d+)\s([A-Z])\b(?![\w-])", r"\1\2", text)
    text = re.sub(r"\b(Pasal\s+)(\d[0-9OlI]*[OlI][0-9OlI]*)\b",
                  lambda found: found.group(1) + found.group(2).translate(_OCR_DIGITS), text)
    between = _BETWEEN.search(text)
    if between:
        text = text[:between.start()] + text[between.end():]
    targets: list[str] = []
    for found in _PASAL_RANGE.finditer(text):
        base, first, last = found.group(1), found.group(2), found.group(4)
        targets.extend(f"{base}{chr(c)}" for c in range(ord(first), ord(last) + 1))
    for found in _PASAL_REF.finditer(text):
        targets.append(found.group(1))
    if re.search(r"\bdisisipkan\b", text, re.I):
        targets = _inserted_in_order(targets)
    seen: list[str] = []
    for target in targets:
        if target not in seen:
            seen.append(target)
    return seen


def _inserted_in_order(targets: list[str]) -> list[str]:
    """The articles one item inserts run in letter order ("yakni Pasal 153A, Pasal 1528, Pasal
    153C, …, Pasal 153H, Pasal 1531, dan Pasal 153J"): a number after one of them that OCR
    read its letter of as a digit is the next letter (153I), and so is one between two
    letters one apart (OCR garbled more than the letter: 1528 between 153A and 153C)."""
    read = list(targets)
    for index in range(1, len(read)):
        following = _next_letter(read[index - 1])
        after = read[index + 1] if index + 1 < len(read) else ""
        if following and (following in _letter_readings(read[index])
                          or (not read[index][-1].isalpha() and _next_letter(following) == after)):
            read[index] = following
    return read


def _letter_readings(number: str) -> list[str]:
    """An all-digit number read with its last digit as the letter OCR may have taken it
    from ("1538" → "153B"); none for a number that cannot be so read."""
    if number.isdigit() and len(number) > 1 and number[-1] in _DIGIT_FOR_LETTER:
        return [number[:-1] + letter for letter in _DIGIT_FOR_LETTER[number[-1]]]
    return []


def _next_letter(number: str) -> str | None:
    """"153C" after "153B"; None after a number without a letter, or after Z."""
    found = re.fullmatch(r"(\d+)([A-Y])", number)
    return f"{found.group(1)}{chr(ord(found.group(2)) + 1)}" if found else None


#: "Ketentuan Pasal 9 substansi tetap, penjelasan pasal dihapus …" (UU 9/2004 angka 5) keeps
#: the article and changes its Penjelasan only, as "tetap, dengan perubahan" does: read before
#: the "dihapus" that follows, it deleted Pasal 9 of UU 5/1986 (QA round 11).
_ACTION_WORDS = re.compile(r"\b(substansi(?:nya)?\s+tetap|disisipkan|menyisipkan|ditambah(?:kan)?|"
                           r"menambah(?:kan)?|diubah|mengubah|dihapus|menghapus|"
                           r"tetap, dengan perubahan|diganti|disempurnakan|dirubah)\b", re.I)
_ACTIONS = {"disisipkan": "disisipkan", "menyisipkan": "disisipkan", "ditambah": "ditambahkan",
            "ditambahkan": "ditambahkan", "menambah": "ditambahkan", "menambahkan": "ditambahkan",
            "diubah": "diubah", "mengubah": "diubah", "dihapus": "dihapus", "menghapus": "dihapus",
            "tetap, dengan perubahan": "diubah", "diganti": "diubah", "disempurnakan": "diubah",
            "dirubah": "diubah"}


def _change_action(instruction: str) -> str | None:
    """The first change verb of the instruction ("… Pasal 1 diubah, serta … disisipkan" → diubah)."""
    found = _ACTION_WORDS.search(instruction)
    if found and found.group(1).lower().startswith("substansi"):
        return "diubah"
    return _ACTIONS[found.group(1).lower()] if found else None
