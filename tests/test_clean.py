"""Page furniture, hyphenation and line joining, on excerpts copied from the bundled corpus."""

from __future__ import annotations

import pytest

from regsearch.clean import (clean_pages, is_furniture, join_hyphenated, keeps_hyphen, logical_lines,
                             repair_inline_hyphens, split_glued)


@pytest.mark.parametrize("line", [
    "- 2 -", "-2-", "-  27  -", "12", "SALINAN", "2022, No.569", "2022, No.569 -2-",
    "https://jdih.ojk.go.id/", "www.hukumonline.com", "jdih.bapeten.go.id", "Distribusi II",
    ".", ". .",   # dots alone: "… kepada Kepala UPTD. ." in Pergub Bali 3/2021 Pasal 14 (QA F18)
])
def test_page_furniture_is_recognised(line):
    assert is_furniture(line, at_top=True)


@pytest.mark.parametrize("line", [
    "Pasal 12", "(2) Izin sebagaimana dimaksud pada ayat (1) diberikan",
    "...", "....",   # an ellipsis eliding a drafting example's text (UU 12/2011 Lampiran II)
    "PRESIDEN REPUBLIK INDONESIA,",  # the issuer / signer line keeps its comma
    "a. Lembaran Negara Republik Indonesia;",
])
def test_content_is_not_furniture(line):
    assert not is_furniture(line, at_top=True)


def test_a_running_head_ocr_garbled_inside_a_line_is_removed():
    """UU 11/2020: "… berbunyi sebagai FRESIDEH REPUEL|K INDONESIA Pasal 157 (1) …" hid the
    quoted Pasal 157's heading from the amendment reader."""
    from regsearch.clean import remove_inline_running_heads
    line = ("45. Ketentuan Pasal berikut: 157 diubah sehingga berbunyi sebagai FRESIDEH REPUEL|K "
            "INDONESIA Pasal 157 (1) Komponen upah")
    assert remove_inline_running_heads(line) == ("45. Ketentuan Pasal berikut: 157 diubah sehingga "
                                                 "berbunyi sebagai Pasal 157 (1) Komponen upah")
    signed = "Ditetapkan di Jakarta pada tanggal 2 November 2020 PRESIDEN REPUBLIK INDONESIA, ttd."
    assert remove_inline_running_heads(signed) == signed


def test_running_head_on_later_pages_is_removed_but_not_the_signature():
    pages = ["UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 10 TAHUN 1997",
             "PRESIDEN\nREPUBLIK INDONESIA\n- 6 -\n(2) Badan Pelaksana sebagaimana dimaksud",
             "Disahkan di Jakarta\npada tanggal 10 April 1997\nPRESIDEN REPUBLIK INDONESIA,\nttd"]
    cleaned = clean_pages(pages)
    assert cleaned[1] == ["(2) Badan Pelaksana sebagaimana dimaksud"]
    assert "PRESIDEN REPUBLIK INDONESIA," in cleaned[2]


def test_page_break_continuation_markers_are_dropped():
    """PP 43/2006 ends a page with the first words of the next one."""
    pages = ["Pasal 6\n (1) Badan Pelaksana … wajib\nmemiliki izin dari Kepala BAPETEN.\n(2) Izin . . .",
             "-  6  -\n(2) Izin sebagaimana dimaksud pada ayat (1) diberikan\nsecara bertahap, meliputi:",
             "Pasal 4  . . .\nDistribusi II"]
    cleaned = clean_pages(pages)
    assert cleaned[0][-1] == "memiliki izin dari Kepala BAPETEN."
    assert cleaned[1][0].startswith("(2) Izin sebagaimana")
    # on the last page nothing follows, so nothing is dropped as a catchword
    assert cleaned[2] == ["Pasal 4 . . ."]


def test_catchword_repeated_at_the_top_of_the_next_page_is_dropped():
    """UU 10/1997 prints "(2) Badan..." after the running head of the next page."""
    cleaned = clean_pages(["x", "PRESIDEN\nREPUBLIK INDONESIA\n- 6 -\n(2) Badan...\n"
                                "(2) Badan Pelaksana sebagaimana dimaksud pada ayat (1) dapat"])
    assert cleaned[1] == ["(2) Badan Pelaksana sebagaimana dimaksud pada ayat (1) dapat"]


@pytest.mark.parametrize("left,right,joined", [
    ("penyelenggara-", "an pemilihan", "penyelenggaraan pemilihan"),
    ("Undang-", "Undang Nomor 10", "Undang-Undang Nomor 10"),
    ("Peraturan Perundang-", "undangan", "Peraturan Perundang-undangan"),
    ("masing-", "masing", "masing-masing"),
    ("sebaik-", "baiknya", "sebaik-baiknya"),
])
def test_line_end_hyphenation(left, right, joined):
    assert join_hyphenated(left, right) == joined


def test_real_hyphenated_words_keep_their_hyphen():
    assert keeps_hyphen("Undang", "Undang")
    assert keeps_hyphen("perundang", "undangan")
    assert not keeps_hyphen("pelaksa", "naan")


def test_inline_broken_hyphens_from_ocr_are_rejoined():
    assert repair_inline_hyphens("perubahan atas Undang- Undang Nomor 1") == "perubahan atas Undang-Undang Nomor 1"
    assert repair_inline_hyphens("pengundangan Undang -undang ini") == "pengundangan Undang-undang ini"
    assert repair_inline_hyphens("dan/atau badan swasta") == "dan/atau badan swasta"


def test_wrapped_lines_are_joined_and_units_start_new_lines():
    page = ("Pasal 7\n"
            " (1) Izin sebagaimana dimaksud dalam Pasal 6 diberikan\n"
            "setelah Badan Pelaksana memenuhi persyaratan\n"
            "administrasi dan teknis.\n"
            "(2) Persyaratan administrasi sebagaimana dimaksud pada\n"
            "ayat (1) meliputi:\n"
            " a. bukti pembentukan Badan Pelaksana; dan\n"
            "b. izin atau persyaratan lain sesuai peraturan perundang-undangan.")
    texts = [line.text for line in logical_lines(clean_pages([page]))]
    assert texts == [
        "Pasal 7",
        "(1) Izin sebagaimana dimaksud dalam Pasal 6 diberikan setelah Badan Pelaksana memenuhi "
        "persyaratan administrasi dan teknis.",
        "(2) Persyaratan administrasi sebagaimana dimaksud pada ayat (1) meliputi:",
        "a. bukti pembentukan Badan Pelaksana; dan",
        "b. izin atau persyaratan lain sesuai peraturan perundang-undangan.",
    ]


def test_wrapped_ayat_reference_is_not_a_new_ayat():
    """PP 43/2006 Pasal 4: "… sebagaimana dimaksud pada ayat" / "(1) huruf a, …"."""
    page = ("(2) Reaktor daya komersial sebagaimana dimaksud pada ayat\n"
            "(1) huruf a, hanya dibangun berdasarkan teknologi teruji.")
    texts = [line.text for line in logical_lines(clean_pages([page]))]
    assert texts == ["(2) Reaktor daya komersial sebagaimana dimaksud pada ayat (1) huruf a, "
                     "hanya dibangun berdasarkan teknologi teruji."]


def test_logical_lines_remember_their_page():
    lines = logical_lines(clean_pages(["Pasal 1\nSatu kalimat yang", "- 2 -\nberlanjut.\nPasal 2"]))
    assert [(l.text, l.page) for l in lines] == [("Pasal 1", 1), ("Satu kalimat yang berlanjut.", 1),
                                                 ("Pasal 2", 2)]


def test_glued_ocr_units_are_split():
    """OCR text files glue the closing, the gazette and the Penjelasan onto one line."""
    line = ("Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini. "
            "Disahkan di Jakarta pada tanggal 1 Juli 2016 PRESIDEN REPUBLIK INDONESIA, ttd. JOKO WIDODO "
            "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2016 NOMOR 130 PENJELASAN ATAS UNDANG-UNDANG")
    assert [part[:20] for part in split_glued(line)] == [
        "Agar setiap orang me", "Disahkan di Jakarta ", "LEMBARAN NEGARA REPU", "PENJELASAN ATAS UNDA"]


def test_glued_penjelasan_entries_are_split():
    assert split_glued("Cukup jelas. Angka 3") == ["Cukup jelas.", "Angka 3"]
    assert split_glued("(1) Penyusunan Prolegnas dilaksanakan oleh DPR. (2) Prolegnas ditetapkan") == [
        "(1) Penyusunan Prolegnas dilaksanakan oleh DPR.", "(2) Prolegnas ditetapkan"]


def test_gazette_number_ends_a_document_and_the_next_title_starts_a_line():
    line = "Cukup jelas. TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5656 PERATURAN PEMERINTAH PENGGANTI"
    assert split_glued(line) == ["Cukup jelas.", "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5656",
                                 "PERATURAN PEMERINTAH PENGGANTI"]


def test_letter_spaced_headings_and_control_characters():
    cleaned = clean_pages(["P E N J E L A S A N\nI.  U M U M\nPemerintah.\x01 (2) Prolegnas"])
    assert cleaned[0] == ["PENJELASAN", "I. UMUM", "Pemerintah. (2) Prolegnas"]


def test_running_head_glued_inside_an_ocr_line_is_removed():
    line = ("penyelenggaraan pemilu yang diatur dengan peraturan KPU. PRES I DEN REPUELIK INDONESIA "
            "Pasal 171 (1) seseorang yang sedang menjabat")
    assert split_glued(line) == ["penyelenggaraan pemilu yang diatur dengan peraturan KPU. "
                                 "Pasal 171 (1) seseorang yang sedang menjabat"]


@pytest.mark.parametrize("line, cleaned", [
    # UU 10/2016 Penjelasan (bundled corpus): an empty emphasis before the next Huruf
    ("sebutan lain. __ Huruf d Cukup jelas.", "sebutan lain. Huruf d Cukup jelas."),
    # UU 22/2014 Pasal 4 (bundled corpus): an emphasised full stop
    ("bekerja sama dengan lembaga penegak hukum _._", "bekerja sama dengan lembaga penegak hukum."),
    # UU 39/2007 Penjelasan (scale corpus): it hid the next item's heading, now a line of its own
    ("Ayat (3) Cukup jelas. __ Angka 14", "Ayat (3) Cukup jelas.\nAngka 14"),
    # emphasised words and a form's blank stay
    ("antara lain _push up_ , _sit up_ , dan lari", "antara lain _push up_ , _sit up_ , dan lari"),
    ("Nomor ___ Tahun ___", "Nomor ___ Tahun ___"),
])
def test_markdown_emphasis_around_nothing_is_not_text(line, cleaned):
    assert [line.text for line in logical_lines(clean_pages([line]))] == cleaned.split("\n")


def test_markdown_links_keep_their_words_and_drop_their_target():
    # UU 22/1999 (scale corpus uu/1999/22.md, verbatim): the link's words wrap to the next line
    cleaned = clean_pages(["dilakukan oleh Panitia Pemilihan, sebagaimana dimaksud pada [ayat\n"
                           "(1)](/uu/1999/22/pasal-35/ayat-1), diajukan kepada DPRD untuk "
                           "ditetapkan\n"
                           "(2) Pemberhentian Kepala Desa, sebagaimana dimaksud pada [ayat (1)]"
                           "(/uu/1999/22/pasal-103/ayat-1), dilakukan oleh Bupati"])
    assert cleaned[0] == ["dilakukan oleh Panitia Pemilihan, sebagaimana dimaksud pada ayat",
                          "(1), diajukan kepada DPRD untuk ditetapkan",
                          "(2) Pemberhentian Kepala Desa, sebagaimana dimaksud pada ayat (1), "
                          "dilakukan oleh Bupati"]
    # brackets of the law's own text, not followed by a path or URL, stay
    text = "Nilai [a] (dalam rupiah) dan [b](c) tetap"
    assert clean_pages([text])[0] == [text]


def test_the_page_number_under_a_running_head_goes_with_it():
    """UU 11/2020 (11.md:2867): "63. FRESIDEN REPUBUK TNDONESIA -560- (5) Dalam hal …": the
    "-560-" stayed in the quoted Pasal 160 ayat (5) and between an item's number and its text.
    A number between dashes with no running head before it is left alone."""
    from regsearch.clean import remove_inline_running_heads
    line = ("63. FRESIDEN REPUBUK TNDONESIA -560- (5) Dalam hal pengadilan memutuskan perkara "
            "pidana sebelum masa 6 (enam) bulan berakhir")
    assert remove_inline_running_heads(line) == (
        "63. (5) Dalam hal pengadilan memutuskan perkara pidana sebelum masa 6 (enam) bulan "
        "berakhir")
    dated = "Keputusan tanggal 8 - 11 - 1946 No. 1 tentang penetapan yang berlaku bagi daerah"
    assert remove_inline_running_heads(dated) == dated


def test_a_first_list_label_with_a_hyphen_for_its_dot_is_a_label():
    """UU 11/2020 Pasal 81 angka 40 (11.md:2790): "… dengan alasan: a- berhalangan masuk kerja
    …" was joined as a broken word ("aberhalangan"), and huruf a was lost."""
    assert repair_inline_hyphens(
        "kepada pekerja/buruh dengan alasan: a- berhalangan masuk kerja karena sakit") == (
        "kepada pekerja/buruh dengan alasan: a. berhalangan masuk kerja karena sakit")
    # no colon before it: a word broken at a hyphen, joined as before
    assert repair_inline_hyphens("bagi a- nak") == "bagi anak"


def test_a_heading_glued_after_the_last_sentence_before_a_pasal_is_its_own_line():
    # UU 17/2014 (MD3), uu-texts uu/2014/17.md lines 1196-1197 (the ayat shortened): the
    # Paragraf heading printed at the end of Pasal 223's last ayat heads Pasal 224 (QA round 9:
    # "hak imunitas anggota dpr" missed Pasal 224, whose heading was Pasal 223's text)
    pages = [["(2) Ketentuan mengenai tata cara membela diri sebagaimana dimaksud pada ayat (1) "
              "diatur dalam peraturan DPR tentang tata tertib. Paragraf 6 Hak Imunitas",
              "Pasal 224"]]
    assert [line.text for line in logical_lines(pages)] == [
        "(2) Ketentuan mengenai tata cara membela diri sebagaimana dimaksud pada ayat (1) "
        "diatur dalam peraturan DPR tentang tata tertib.", "Paragraf 6 Hak Imunitas", "Pasal 224"]
    # not before another line: a heading's words inside running text stay where they are
    pages = [["… tentang tata tertib. Paragraf 6 Hak Imunitas", "(3) Anggota DPR …"]]
    assert len(logical_lines(pages)) == 2
