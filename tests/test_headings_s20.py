"""Headings of the 1950s-60s (Bagian numbered in Roman or Arabic digits, a title ending in a
comma) and amendment items OCR glued to a quoted heading, on verbatim excerpts of the scale
corpus (/tmp/uutexts/uu/<year>/<n>.md, line numbers given; long lines trimmed at "…")."""

from __future__ import annotations

from pathlib import Path

from regsearch.parse import parse_pages
from tests.test_parse_rules import parse, pasal

FIXTURES = Path(__file__).parent / "fixtures"


def test_bagian_numbered_in_digits_head_their_articles_and_a_comma_ends_a_title():
    """QA s20: UUPA's Pasal 20 and 41 were read as ayat of Pasal 19 and 40 ("Hak milik adalah
    hak turun-temurun" cited as Pasal 19 ayat (1)), every article stood under "Bagian 1." and
    each Bagian's heading ended the ayat before it."""
    text = (FIXTURES / "uu-5-1960-uupa-body.md").read_text(encoding="utf-8")
    reg = parse_pages([text], path="uu/1960/5.md", paged=False)
    assert [a.pasal for a in reg.articles][:58] == [str(n) for n in range(1, 59)]
    assert pasal(reg, "16").bab == "BAB II HAK-HAK ATAS TANAH, AIR DAN RUANG ANGKASA SERTA " \
                                   "PENDAFTARAN TANAH."
    assert pasal(reg, "16").bagian == "Bagian 1. Ketentuan-ketentuan umum."
    assert pasal(reg, "19").bagian == "Bagian II Pendaftaran tanah."
    assert pasal(reg, "20").bagian == pasal(reg, "21").bagian == "Bagian III Hak milik"
    assert pasal(reg, "41").bagian == "Bagian VI. Hak pakai"
    assert pasal(reg, "20").ayat[0].text.startswith("Hak milik adalah hak turun-menurun")
    assert pasal(reg, "29").bagian == "Bagian IV. Hak guna-usaha."
    assert pasal(reg, "35").bagian == "Bagian V. Hak guna-bangunan."
    assert pasal(reg, "19").text.endswith("dibebaskan dari pembayaran biaya-biaya tersebut.")
    assert "Bagian" not in pasal(reg, "21").text and "Bagian" not in pasal(reg, "27").text


def test_a_later_diktum_s_roman_articles_are_articles_of_their_own():
    """QA s20: UUPA's Diktum KEDUA (Ketentuan Konversi, Pasal I-IX), glued after Pasal 58, was
    read as 12 more ayat of Pasal 58 ("Pasal 58 ayat (1)" was conversion Pasal I ayat (1))."""
    text = (FIXTURES / "uu-5-1960-uupa-body.md").read_text(encoding="utf-8")
    reg = parse_pages([text], path="uu/1960/5.md", paged=False)
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    assert [a.pasal for a in reg.articles][58:] == romans
    assert pasal(reg, "58").text.endswith("serta diberi tafsiran yang sesuai dengan itu.")
    assert pasal(reg, "58").ayat[0].number is None and len(pasal(reg, "58").ayat) == 1
    konversi = pasal(reg, "I")
    assert konversi.bab == "KEDUA. KETENTUAN-KETENTUAN KONVERSI."
    assert konversi.ayat[0].text.startswith("Hak eigendom atas tanah yang ada pada mulai")
    assert pasal(reg, "V").text.startswith("Hak opstal dan hak erfpacht untuk perumahan")
    assert not any(a.code in ("pasal_gap", "pasal_out_of_order") for a in reg.anomalies)


def test_a_budget_law_naming_its_bagian_is_no_heading():
    """UU 1957/47 line 23's article opens "Bagian XIII (Kementerian Perburuhan) dari
    Anggaran …": text of its article, not a Bagian heading ("Bagian V A (…", 1957/37)."""
    body = ("Pasal 1.\nBagian XIII (Kementerian Perburuhan) dari Anggaran Republik Indonesia "
            "untuk tahun dinas 1954 ditetapkan seperti berikut:\n"
            "Pasal 2.\nBagian V A (Kementerian Pertanian) dari Anggaran Republik Indonesia untuk "
            "tahun dinas 1954 ditetapkan seperti berikut:\n")
    reg = parse(body)
    assert pasal(reg, "1").text.startswith("Bagian XIII (Kementerian Perburuhan)")
    assert pasal(reg, "2").text.startswith("Bagian V A (Kementerian Pertanian)")
    assert pasal(reg, "2").bagian is None


def test_a_budget_law_s_bagian_after_an_inline_heading_is_its_article_s_text():
    """UU 43/1958 line 8 (trimmed at "…"): "… rupiah). Pasal 2. Bagian XV. Bab II
    (Penerimaan) dari anggaran … ditetapkan sebagai berikut: BAB II (Penerimaan).": the text of
    Pasal 2, not a Bagian heading over it (the text was lost so)."""
    body = ("Pasal 1.\n15.22 Pengeluaran tak tersangka ................. p.m. Jumlah "
            "........... 477.399.000 (Empat ratus tujuh puluh tujuh juta tiga ratus sembilan "
            "puluh sembilan ribu rupiah). Pasal 2. Bagian XV. Bab II (Penerimaan) dari "
            "anggaran Republik Indonesia untuk tahun dinas 1955 mengenai Kementerian Pekerjaan "
            "Umum dan Tenaga ditetapkan sebagai berikut: BAB II (Penerimaan).\n")
    reg = parse(body)
    assert pasal(reg, "2").text.startswith("Bagian XV. Bab II (Penerimaan) dari anggaran")
    assert pasal(reg, "2").bagian is None


# UU 35/2014 (Perubahan atas UU 23/2002, Perlindungan Anak), 35.md lines 15-16 (the lead-in
# trimmed at "…"), 337-339, 346-358, 368-370 and 407-408: OCR glued item 62 after the title of
# the BAB XIA item 61 inserts, and the first words of Pasal 76A (its heading lost) after item
# 62's "berikut:"; Pasal 76F's heading is lost inside 76E.
UU_35_2014_PASAL_I = (
    "Pasal I\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak "
    "(Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 4235) diubah sebagai berikut: …\n"
    "60. Ketentuan Pasal 76 diubah sehingga berbunyi sebagai berikut:\n"
    "Pasal 76\n"
    "Komisi Perlindungan Anak Indonesia bertugas:\n"
    "f. melakukan kerja sama dengan lembaga yang dibentuk Masyarakat di bidang Perlindungan "
    "Anak; dan\n"
    "g. memberikan laporan kepada pihak berwajib tentang adanya dugaan pelanggaran terhadap "
    "Undang-Undang ini.\n"
    "61. Di antara BAB XI dan BAB XII disisipkan 1 (satu) bab, yakni BAB XIA, sehingga "
    "berbunyi sebagai berikut:\n"
    "BAB XIA LARANGAN 62. Di antara Pasal 76 dan Pasal 77 disisipkan 10 (sepuluh) pasal, yakni "
    "Pasal 76A, Pasal 76B, Pasal 76C, Pasal 76D, Pasal 76E, Pasal 76F, Pasal 76G, Pasal 76H, "
    "Pasal 76I, dan Pasal 76J sehingga berbunyi sebagai berikut: Setiap orang\n"
    "a. memperlakukan Anak secara diskriminatif yang mengakibatkan Anak mengalami kerugian, "
    "baik materiil maupun moril sehingga menghambat fungsi sosialnya; atau\n"
    "b. memperlakukan Anak Penyandang Disabilitas secara diskriminatif.\n"
    "Pasal 76B\n"
    "Setiap Orang dilarang menempatkan, membiarkan, melibatkan, menyuruh melibatkan Anak dalam "
    "situasi perlakuan salah dan penelantaran.\n"
    "Pasal 76G\n"
    "Setiap Orang dilarang menghalang-halangi Anak untuk menikmati budayanya sendiri, mengakui "
    "dan melaksanakan ajaran agamanya dan/atau menggunakan bahasanya sendiri tanpa mengabaikan "
    "akses pembangunan Masyarakat dan budaya.\n"
    "63. Ketentuan Pasal 77 diubah sehingga berbunyi sebagai berikut:\n"
    "Pasal 77\n"
    "Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 76A dipidana dengan "
    "pidana penjara paling lama 5 (lima) tahun dan/atau denda paling banyak Rp100.000.000,00 "
    "(seratus juta rupiah).\n"
    "Pasal II\n"
    "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n")


def test_an_item_glued_after_the_bab_it_inserts_quotes_its_articles_under_that_bab():
    """QA s20: UU 35/2014's Pasal 76A-76F were filed "via Pasal I angka 61" (which inserts BAB
    XIA only), 76G-76J read as a lost item, and none stood under BAB XIA LARANGAN."""
    reg = parse(UU_35_2014_PASAL_I)
    quoted = [(a.pasal, a.amends.via, a.bab) for a in reg.articles if a.amends]
    assert quoted == [("76", "Pasal I angka 60", None),
                      ("76A", "Pasal I angka 62", "BAB XIA LARANGAN"),
                      ("76B", "Pasal I angka 62", "BAB XIA LARANGAN"),
                      ("76G", "Pasal I angka 62", "BAB XIA LARANGAN"),
                      ("77", "Pasal I angka 63", None)]
    assert pasal(reg, "76A", quoted=True).text.startswith(
        "Setiap orang\na. memperlakukan Anak secara diskriminatif")
    assert [c.label for c in reg.changes] == ["60", "61", "62", "63"]
    assert reg.changes[2].instruction.endswith("sehingga berbunyi sebagai berikut:")
    assert not any("lost item" in a.message for a in reg.anomalies)


# UU 11/2020 (Cipta Kerja), 11.md line 1994 (Pasal 55's lead-in, from "Pasal 55"; its item 1
# left out), line 2014 whole and 2015: OCR split item 11's number ("1 1.") and glued it after
# the end of the Pasal 78 item 10 quotes, its words shuffled ("Ketentuan Pasal berikut: 99 …").
CIPTA_KERJA_PASAL_55 = (
    "Pasal 55\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 22 Tahun 2OO9 tentang Lalu Lintas Angkutan "
    "Jalan (Lembaran Negara Republik Indonesia Tahun 2OO9 Nomor 96, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 5025) diubah sebagai berikut:\n"
    "10. Ketentuan Pasal 78 diubah sehingga berbunyi sebagai berikut: Pasal 78 (1) Pendidikan d"
    "an pelatihan mengemudi diselenggarakan oleh lembaga yang mendapat Perizinan Berusaha dari "
    "Pemerintah Pusat atau Pemerintah Daerah sesuai dengan norma, standar, prosedur, dan kriter"
    "ia yang ditetapkan oleh Pemerintah Pusat. (2) Ketentuan lebih lanjut mengenai Perizinan Be"
    "rusaha sebagaimana dimaksud pada ayat (1) diatur dalam Peraturan Pemerintah. 1 1. Ketentua"
    "n Pasal berikut: 99 diubah sehingga berbunyi sebagai Pasal 99 (1) Setiap rencana pembangun"
    "an pusat kegiatan, permukiman, dan infrastruktur yang akan menimbulkan gangguan Keamanan, "
    "Keselamatan, Ketertiban, dan Kelancaran Lalu Lintas dan Angkutan Jalan wajib dilakukan ana"
    "lisis mengenai dampak Lalu Lintas yang terintegrasi dengan analisis mengenai dampak lingku"
    "ngan hidup atau upaya pengelolaan lingkungan hidup dan upaya pemantauan lingkungan hidup s"
    "esuai dengan ketentuan peraturan perundang- undangan mengenai lingkungan hidup. (2) Ketent"
    "uan lebih lanjut mengenai dokumen analisis mengenai dampak lingkungan hidup atau upaya pen"
    "gelolaan lingkungan hidup dan upaya pemantauan lingkungan hidup yang telah mencakup analis"
    "is mengenai dampak lalu lintas sebagaimana dimaksud pada ayat (1) diatur dalam Peraturan P"
    "emerintah."
    "\n"
    "12. Pasal 100 dihapus\n")


def test_an_omnibus_item_glued_with_its_dot_after_quoted_text_is_read():
    """QA s20: Cipta Kerja's new UU 22/2009 Pasal 99 was read inside the Pasal 78 of item 10,
    the old Pasal 99 shown as in force (no item 11)."""
    reg = parse(CIPTA_KERJA_PASAL_55)
    quoted = [(a.pasal, a.amends.via) for a in reg.articles if a.amends]
    assert quoted == [("78", "Pasal 55 angka 10"), ("99", "Pasal 55 angka 11")]
    assert pasal(reg, "78", quoted=True).text.endswith("diatur dalam Peraturan Pemerintah.")
    assert pasal(reg, "99", quoted=True).text.startswith("(1) Setiap rencana pembangunan pusat")
    assert [c.label for c in reg.changes][-2:] == ["11", "12"]


def test_a_quoted_heading_ocr_printed_in_lower_case_after_its_instruction_is_read():
    """QA s20: Cipta Kerja's new UU 32/2009 Pasal 24 ("3 Ketentuan Pasal 24 diubah sehingga
    berbunyi sebagai berikut: pasal 24 (1) Dokumen Amdal …", 11.md line 437, trimmed at "…")
    was read inside the amended Pasal 20 before it."""
    body = (
        "Pasal 22\n"
        "Beberapa ketentuan dalam Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan "
        "Pengelolaan Lingkungan Hidup (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 140, "
        "Tambahan Lembaran Negara Republik Indonesia Nomor 5059) diubah sebagai berikut:\n"
        "2. Ketentuan Pasal 20 diubah sehingga berbunyi sebagai berikut:\n"
        "Pasal 20\n"
        "(1) Penentuan terjadinya pencemaran lingkungan hidup diukur melalui baku mutu "
        "lingkungan hidup. … (4) Ketentuan lebih lanjut mengenai baku mutu lingkungan hidup "
        "sebagaimana dimaksud pada ayat (2) diatur dalam Peraturan pemerintah. 3 Ketentuan "
        "Pasal 24 diubah sehingga berbunyi sebagai berikut: pasal 24 (1) Dokumen Amdal "
        "merupakan dasar uji kelayakan lingkungan hidup untuk rencana usaha dan/atau kegiatan.\n")
    reg = parse(body)
    quoted = [(a.pasal, a.amends.via) for a in reg.articles if a.amends]
    assert quoted == [("20", "Pasal 22 angka 2"), ("24", "Pasal 22 angka 3")]
    assert pasal(reg, "20", quoted=True).text.endswith("diatur dalam Peraturan pemerintah.")
    assert pasal(reg, "24", quoted=True).text.startswith("(1) Dokumen Amdal merupakan dasar")


# UU 11/2020 (Cipta Kerja), 11.md line 72 ("Pasal 17"), line 73 up to its "diubah sebagai
# berikut:" (the items 1-14 after it left out) and lines 174-186: OCR glued item 16's
# instruction, its number lost ("f. 76"), mid-sentence at the end of a line of the Pasal 25
# item 15 quotes.
CIPTA_KERJA_PASAL_17 = (
    "Pasal 17\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 26 Tahun 2OO7 tentang Penataan Ruang "
    "(Lembaran Negara Republik Indonesia Tahun 2OO7 Nomor 68, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 4725lrdiubah sebagai berikut:\n"
    "15. Ketentuan Pasal 25 diubah sehingga berbunyi sebagai berikut: Pasal 25 (1) Penyusunan"
    " rencana tata ruang wilayah kabupaten mengacu pada:\n"
    "a. Rencana Tata Ruang Wilayah Nasional dan rencana tata ruang wilayah provinsi;\n"
    "b. pedoman dan petunjuk pelaksanaan bidang penataan ruang; dan\n"
    "c. rencana pembangunan jangka panjang daerah. (2) Pen5rusunan rencana tata ruang wilayah"
    " kabupaten harus memperhatikan:\n"
    "a. perkembangan permasalahan provinsi dan hasil pengkajian implikasi penataan rlrang kab"
    "upaten;\n"
    "b. upaya pemerataan pembangunan dan pertumbuhan ekonomi kabupaten;\n"
    "c. keselarasan aspirasi pembangunan kabupaten;\n"
    "d. daya dukung dan daya tampung lingkungan hidup;\n"
    "e. rencana pembangunan jangka panjang daerah; dan rencana tata ruang berbatasan. wilayah"
    " kabupaten yang Ketentuan Pasal 26 diubah sehingga berbunyi sebagai berikut:\n"
    "f. 76\n"
    "Pasal 26\n"
    "Pasal 26 (1) Rencana tata ruang wilayah kabupaten memuat:\n"
    "a. tujuan, kebijakan, dan strategi penataan rutang wilayah kabupaten;\n"
)


def test_an_instruction_glued_mid_sentence_before_the_heading_it_names_is_an_item():
    """QA s20: Cipta Kerja's new UU 26/2007 Pasal 26 was read inside the Pasal 25 before it
    (ending "… wilayah kabupaten yang Ketentuan Pasal 26 diubah …"), the old one in force."""
    reg = parse(CIPTA_KERJA_PASAL_17)
    quoted = [(a.pasal, a.amends.via) for a in reg.articles if a.amends]
    assert quoted == [("25", "Pasal 17 angka 15"), ("26", "Pasal 17 angka 16")]
    assert "Ketentuan Pasal 26" not in pasal(reg, "25", quoted=True).text
    assert pasal(reg, "26", quoted=True).text.startswith("(1) Rencana tata ruang wilayah kabupaten")
    assert reg.changes[-1].targets == ("26",) and reg.changes[-1].action == "diubah"
    assert any(a.code == "change_label_missing" and "angka 16" in a.message for a in reg.anomalies)



# UU 10/2011 (Perubahan atas UU 32/1997, Perdagangan Berjangka Komoditi), 10.md lines 9-10
# and 48-58: item 5's quoted text glued after its "berikut:", its heading garbled ("PasalS"
# for Pasal 5).
UU_10_2011_ANGKA_4_6 = (
    "Pasal I\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 32 Tahun 1997 tentang Perdagangan Berjang"
    "ka Komoditi (Lembaran Negara Republik Indonesia Tahun 1997 Nomor 93, Tambahan Lembaran"
    " Negara Republik Indonesia Nomor 3720) diubah sebagai beri.kut:\n"
    "4. Ketentuan Pasal 4 ayat (1) dan ayat (3) diubah sehingga Pasal 4 berbunyi sebagai be"
    "rikut:\n"
    "Pasal 4\n"
    "(1) Pengaturan, pengembangan, pembinaan, dan pengawasan sehari-hari kegiatan Perdagang"
    "an Berjangka dilakukan oleh Bappebti.\n"
    "(2) Bappebti berada di bawah dan bertanggung jawab kepada Menteri.\n"
    "(3) Susunan dan kedudukan organisasi Bappebti diatur dengan Peraturan Presiden.\n"
    "..\n"
    "5. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut: PasalS Pengaturan, peng"
    "embangan, pembinaan, dan pengawasan sebagai.mana dimaksud dalam Pasal 4 ayat (1), dila"
    "kukan dengan tu; uan:\n"
    "a. mewujudkan kegiatan Perdagangan Berjangka yang teratur, wajar, efisien, efektif, da"
    "n transparan serta dalam suasana persaingan yang sehat;\n"
    "b. melindungi kepentingan semua Pihak dalam Perdagangan Berjangka; dan\n"
    "c. mewujudkan kegiatan Perdagangan Berjangka sebagai sarana pengelolaan risiko harga d"
    "an pembentukan harga yang transparan.\n"
    "6. Ketentuan Pasal 6 cliubah sehingga berbunyi sebagai berikut\n"
    "Pasal II\n"
    "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n")


def test_quoted_text_glued_after_its_instruction_opens_the_article_it_names():
    """UU 10/2011's new Pasal 5 lead ("Pengaturan, pengembangan, pembinaan, dan pengawasan
    … dilakukan dengan tujuan:") was text of item 5's instruction (Pasal I), the article
    its list only; "PasalS", the garbled heading, is no text of it."""
    reg = parse(UU_10_2011_ANGKA_4_6)
    assert [(a.pasal, a.amends.via) for a in reg.articles if a.amends] == [
        ("4", "Pasal I angka 4"), ("5", "Pasal I angka 5")]
    quoted = pasal(reg, "5", quoted=True)
    assert quoted.text.startswith("Pengaturan, pengembangan, pembinaan, dan pengawasan")
    assert [item.label for item in quoted.ayat[0].items] == ["a", "b", "c"]
    assert reg.changes[1].instruction == "5. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:"



def test_a_bab_whose_title_ends_in_a_full_stop_is_cut_from_the_ayat_before_it():
    """UU 5/1962 line 76, and the start of line 77 (trimmed at "…"): "BAB VII. PENGAWASAN." and
    "BAB VIII. …" ended the ayat before them, Pasal 19 and 20 stood under BAB VI. (The
    excerpt's Pasal 18-20 are read as 1-3: a body's sequence starts at 1.)"""
    body = ("Pasal 18.\n(4) Kepala Daerah termaksud pada ayat (3) mengambil keputusan dengan "
            "memperhatikan pendapat-pendapat termaksud. BAB VII. PENGAWASAN. Pasal 19. Direksi "
            "berada di bawah pengawasan Kepala Daerah/pemegang saham/saham prioritet atau badan "
            "yang ditunjuknya. BAB VIII. TANGGUNG-JAWAB DAN TUNTUTAN GANTI RUGI PEGAWAI. Pasal 20.\n"
            "(1) Semua pegawai Perusahaan Daerah, termasuk anggota Direksi dalam kedudukan selaku "
            "demikian, …\n")
    reg = parse(body.replace("Pasal 18.", "Pasal 1.").replace("Pasal 19.", "Pasal 2.")
                .replace("Pasal 20.", "Pasal 3."))
    first, second, third = reg.articles
    assert first.text.endswith("memperhatikan pendapat-pendapat termaksud.")
    assert second.bab == "BAB VII PENGAWASAN." and second.text.endswith("yang ditunjuknya.")
    assert third.bab == "BAB VIII TANGGUNG-JAWAB DAN TUNTUTAN GANTI RUGI PEGAWAI."


def test_a_sentence_after_a_glued_bab_title_is_no_part_of_the_title():
    """UU 6/1990 lines 13 and 15 (trimmed at "…"; "Penjelasan Pasal 2" is read as a heading,
    so the real one is not): "… sebagai Undang-undang. BAB II PEMBENTUKAN, BATAS
    WILAYAH, DAN IBUKOTA Pasal 2 Dengan Undang-undang ini dibentuk … Maluku." is no BAB title
    ending in a full stop: the sentence stays text."""
    body = ("Pasal 1\nDalam Undang-undang ini yang dimaksud dengan:\n"
            "2. Wilayah adalah \"Wilayah\" sebagaimana dimaksud dalam Pasal 1 huruf g, atau "
            "\"wilayah\" sebagaimana dimaksud dalam Penjelasan Pasal 2 Undang-undang Nomor 5 Tahun "
            "1974 tentang Pokok-pokok Pemerintahan Di Daerah;\n"
            "4. Kabupaten Daerah Tingkat II Maluku Utara adalah sebagaimana dimaksud dalam "
            "Undang-undang Nomor 60 Tahun 1958 …, sebagai Undang-undang. BAB II PEMBENTUKAN, "
            "BATAS WILAYAH, DAN IBUKOTA Pasal 2 Dengan Undang-undang ini dibentuk Kabupaten Daerah "
            "Tingkat II Halmahera Tengah dalam wilayah Propinsi Daerah Tingkat I Maluku. Pasal 3 "
            "Wilayah Kabupaten Daerah Tingkat II Halmahera Tengah terdiri dari wilayah "
            "Kecamatan-kecamatan sebagai berikut:\n")
    reg = parse(body)
    assert "Dengan Undang-undang ini dibentuk Kabupaten" in " ".join(a.text for a in reg.articles)
