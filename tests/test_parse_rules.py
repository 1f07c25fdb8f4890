"""One test per parsing rule, on small excerpts copied from the bundled corpus (trimmed)."""

from __future__ import annotations

import re

import pytest

from regsearch.errors import ParseError
from regsearch.models import RegulationRef
from regsearch.outline import outline
from regsearch.parse import NoTextLayerError, parse_pages

HEAD_PP = """PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 43 TAHUN 2006
TENTANG
PERIZINAN REAKTOR NUKLIR
DENGAN RAHMAT TUHAN YANG MAHA ESA
PRESIDEN REPUBLIK INDONESIA ,
Menimbang : bahwa untuk melaksanakan ketentuan Pasal 17 ayat (3)
Undang-Undang Nomor 10 Tahun 1997 tentang Ketenaganukliran;
MEMUTUSKAN :
Menetapkan : PERATURAN PEMERINTAH TENTANG PERIZINAN REAKTOR
NUKLIR.
"""

CLOSING_PP = """Agar setiap orang mengetahuinya, memerintahkan
pengundangan Peraturan Pemerintah ini dengan
penempatannya dalam Lembaran Negara Republik Indonesia.
Ditetapkan di Jakarta
pada tanggal 15 Desember 2006
PRESIDEN REPUBLIK INDONESIA,
ttd
DR. H. SUSILO BAMBANG YUDHOYONO
Diundangkan di Jakarta
pada tanggal 15 Desember 2006
MENTERI HUKUM DAN HAK ASASI MANUSIA
REPUBLIK INDONESIA,
ttd
HAMID AWALUDIN
LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2006 NOMOR 106
"""


def parse(body: str, *, head: str = HEAD_PP, closing: str = CLOSING_PP, tail: str = "", paged=False):
    return parse_pages([head + body + closing + tail], path="excerpt.txt", paged=paged)


def codes(reg) -> list[str]:
    return [a.code for a in reg.anomalies]


def pasal(reg, number, *, quoted=None):
    return next(a for a in reg.articles if a.pasal == number
                and (quoted is None or (a.amends is not None) == quoted))


# --- metadata -------------------------------------------------------------------------------

def test_metadata_from_title_block_and_closing():
    reg = parse("Pasal 1\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n")
    assert (reg.type, reg.number, reg.year, reg.full_number) == ("PP", "43", 2006, "43 Tahun 2006")
    assert reg.title == "Peraturan Pemerintah Republik Indonesia Nomor 43 Tahun 2006 tentang Perizinan Reaktor Nuklir"
    assert reg.issuer == "PRESIDEN REPUBLIK INDONESIA"
    assert reg.enacted == "Jakarta, 15 Desember 2006"
    assert reg.promulgated == "Jakarta, 15 Desember 2006"
    assert reg.gazette == "Lembaran Negara Republik Indonesia Tahun 2006 Nomor 106"
    assert codes(reg) == []


@pytest.mark.parametrize("title_block,expected", [
    ("PERATURAN OTORITAS JASA KEUANGAN\nNOMOR 7 /POJK.05/2014\nTENTANG\nPEMERIKSAAN LEMBAGA PENJAMINAN",
     ("POJK", "7", 2014, "7/POJK.05/2014")),
    ("PERATURAN KEPALA BADAN PENGAWAS TENAGA NUKLIR\nNOMOR 3 TAHUN 2012\nTENTANG\nPENATAUSAHAAN",
     ("PERKA", "3", 2012, "3 Tahun 2012")),
    ("PERATURAN GUBERNUR BALI\nNOMOR 1 TAHUN 2021\nTENTANG\nKELAS DAN NILAI JABATAN",
     ("PERGUB", "1", 2021, "1 Tahun 2021")),
    ("PERATURAN KOMISI PEMILIHAN UMUM\nNOMOR 8 TAHUN 2024\nTENTANG\nPENCALONAN",
     ("PKPU", "8", 2024, "8 Tahun 2024")),
    ("PERATURAN DAERAH KABUPATEN BADUNG\nNOMOR 2 TAHUN 2020\nTENTANG\nRETRIBUSI",
     ("PERDA", "2", 2020, "2 Tahun 2020")),
    ("PERATURAN BUPATI SLEMAN\nNOMOR 11 TAHUN 2019\nTENTANG\nPAJAK",
     ("PERBUP", "11", 2019, "11 Tahun 2019")),
    ("PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 1 TAHUN 2014\nTENTANG\nPEMILIHAN",
     ("PERPPU", "1", 2014, "1 Tahun 2014")),
    # a gazette notice printed above the title must not be read as the title's number (UU 13/2003)
    ("LEMBARAN NEGARA\nNo. 39,2003 TENAGA KERJA. (Penjelasan dalam Tambahan Lembaran Negara\n"
     "Republik Indonesia Nomor 4279)\nUNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 13 TAHUN 2003\nTENTANG\n"
     "KETENAGAKERJAAN", ("UU", "13", 2003, "13 Tahun 2003")),
])
def test_type_codes_and_numbers(title_block, expected):
    reg = parse("Pasal 1\nPeraturan ini mulai berlaku.\n", head=title_block + "\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
                "GUBERNUR BALI,\nMEMUTUSKAN:\nMenetapkan : PERATURAN.\n")
    assert (reg.type, reg.number, reg.year, reg.full_number) == expected


def test_title_is_in_readable_case():
    head = ("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 10 TAHUN 2016\nTENTANG\nPERUBAHAN KEDUA ATAS UNDANG-UNDANG "
            "NOMOR 1 TAHUN 2015 TENTANG PENETAPAN PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG NOMOR 1 TAHUN 2014 "
            "TENTANG PEMILIHAN GUBERNUR, BUPATI, DAN WALIKOTA MENJADI UNDANG-UNDANG\nDENGAN RAHMAT TUHAN YANG MAHA "
            "ESA\nPRESIDEN REPUBLIK INDONESIA,\nMEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG.\n")
    reg = parse("Pasal 1\nUndang-Undang ini mulai berlaku.\n", head=head)
    assert reg.title.endswith("tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan "
                              "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan "
                              "Gubernur, Bupati, dan Walikota menjadi Undang-Undang")
    head12 = head.replace("NOMOR 10 TAHUN 2016\nTENTANG\nPERUBAHAN KEDUA", "NOMOR 12 TAHUN 2011\nTENTANG\n"
                          "PEMBENTUKAN PERATURAN PERUNDANG-UNDANGAN\nX").split("\nX")[0] + "\nDENGAN RAHMAT TUHAN " \
        "YANG MAHA ESA\nMEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG.\n"
    assert parse("Pasal 1\nBerlaku.\n", head=head12).title.endswith("tentang Pembentukan Peraturan Perundang-undangan")


# --- hierarchy ------------------------------------------------------------------------------

def test_bab_bagian_paragraf_and_inserted_numbers():
    body = ("BAB IX\nKETENTUAN PIDANA\nPasal 40\nSetiap orang dipidana.\n"
            "BAB IXA\nKETENTUAN PERALIHAN\nBagian Kesatu\nUmum\nParagraf 1\nPerizinan Awal\n"
            "Pasal 41\n(1) Izin tetap berlaku.\n(1a) Izin yang sedang diproses diselesaikan.\n(2) Selesai.\n"
            "Pasal 41A\nPeraturan pelaksanaan ditetapkan.\n")
    body = "Pasal " + "\nX.\nPasal ".join(str(n) for n in range(1, 40)) + "\nX.\n" + body
    reg = parse(body)
    a41 = pasal(reg, "41")
    assert a41.bab == "BAB IXA KETENTUAN PERALIHAN"
    assert a41.bagian == "Bagian Kesatu Umum"
    assert a41.paragraf == "Paragraf 1 Perizinan Awal"
    assert [a.number for a in a41.ayat] == ["1", "1a", "2"]
    assert pasal(reg, "41A").bab == "BAB IXA KETENTUAN PERALIHAN"
    assert pasal(reg, "40").bab == "BAB IX KETENTUAN PIDANA"
    assert codes(reg) == []


def test_nested_items_reach_pasal_ayat_huruf_angka():
    body = ("Pasal 1\n(1) Pelaksanaan meliputi:\na. perizinan, yang terdiri atas:\n1. izin tapak;\n"
            "2. izin konstruksi, berupa:\na) dokumen desain; dan\nb) dokumen mutu, yang memuat:\n"
            "1) program jaminan mutu; dan\n2) laporan;\nb. inspeksi.\n(2) Ketentuan lebih lanjut diatur.\n")
    reg = parse(body)
    ayat1 = pasal(reg, "1").ayat[0]
    assert ayat1.text == "Pelaksanaan meliputi:"
    assert [i.label for i in ayat1.items] == ["a", "b"]
    huruf_a = ayat1.items[0]
    assert [i.label for i in huruf_a.items] == ["1", "2"]
    assert [i.label for i in huruf_a.items[1].items] == ["a", "b"]
    assert [i.text for i in huruf_a.items[1].items[1].items] == ["program jaminan mutu; dan", "laporan;"]
    assert pasal(reg, "1").text.splitlines()[:3] == ["(1) Pelaksanaan meliputi:",
                                                     "a. perizinan, yang terdiri atas:", "1. izin tapak;"]


def test_article_without_ayat_has_one_unnumbered_ayat():
    reg = parse("Pasal 1\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n")
    [only] = pasal(reg, "1").ayat
    assert only.number is None and only.text.startswith("Peraturan Pemerintah ini")


def test_cross_reference_on_its_own_line_is_not_an_article():
    body = ("Pasal 1\nKetentuan ini berlaku.\nPasal 2\n(1) Permohonan sebagaimana dimaksud dalam\nPasal 5\n"
            "ayat (1) diajukan kepada Kepala.\n(2) Permohonan diproses.\nPasal 3\nSelesai.\n")
    reg = parse(body)
    assert [a.pasal for a in reg.articles] == ["1", "2", "3"]
    assert "dimaksud dalam Pasal 5 ayat (1) diajukan" in pasal(reg, "2").text


def test_wrapped_cross_reference_that_fits_no_sequence_is_text():
    """POJK 11/2024: "… sebagaimana dimaksud dalam" / "Pasal 14 ayat (2) kepada OJK …"."""
    body = "Pasal 1\n(1) Pelapor menyampaikan laporan sebagaimana dimaksud dalam\nPasal 14 ayat (2) kepada OJK.\n"
    reg = parse(body)
    assert [a.pasal for a in reg.articles] == ["1"]


def test_ocr_noise_read_through_the_sequence():
    body = ("Pasal l\n(l) Satu.\n(2) Dua.\nPasal 2\nDua.\n" +
            "".join(f"Pasal {n}\nIsi.\n" for n in range(3, 170)) +
            "Pasal 17O\nIsi.\nPasal 171\nIsi.\n")
    reg = parse(body)
    numbers = [a.pasal for a in reg.articles]
    assert numbers[:2] == ["1", "2"] and numbers[-2:] == ["170", "171"]
    assert [a.number for a in pasal(reg, "1").ayat] == ["1", "2"]
    assert codes(reg).count("ocr_number_fixed") == 2


def test_inline_headings_in_ocr_text_are_recovered_by_sequence():
    """UU 7/2017 (OCR): headings glued inside lines, one misread ("Pasal L72" for 172)."""
    body = ("BAB II ASAS, PRINSIP, DAN TUJUAN Pasal 1 Pemilu dilaksanakan berdasarkan asas Langsung. "
            "Pasal 2 Dalam menyelenggarakan pemilu, penyelenggara pemilu harus melaksanakan Pemilu "
            "sebagaimana dimaksud dalam Pasal 1 Undang-Undang ini.\n" +
            "".join(f"Pasal {n}\nIsi.\n" for n in range(3, 12)) +
            "Menjadi Peserta Pemilu Pasal L2 Peserta Pemilu adalah partai politik. Pasal 13 (1) Partai "
            "Politik Peserta Pemilu merupakan partai politik.\n")
    reg = parse(body, closing="")
    assert [a.pasal for a in reg.articles] == [str(n) for n in range(1, 14)]
    assert pasal(reg, "2").text.endswith("dimaksud dalam Pasal 1 Undang-Undang ini.")
    assert pasal(reg, "1").bab == "BAB II ASAS, PRINSIP, DAN TUJUAN"
    assert pasal(reg, "12").text == "Peserta Pemilu adalah partai politik."
    assert {"heading_inline", "ocr_number_fixed", "truncated"} <= set(codes(reg))


def test_gaps_and_duplicates_are_reported():
    reg = parse("Pasal 1\nSatu.\nPasal 2\nDua.\nPasal 4\nEmpat.\nPasal 5\n(1) Lima.\n(3) Tiga.\n")
    assert "pasal_gap" in codes(reg)
    assert "ayat_gap" in codes(reg)


def test_glued_ayat_split_only_at_the_next_number():
    """UU 8/2015 Pasal 106: OCR lost words, "(3) KPU" continues ayat (2)'s line."""
    reg = parse("Pasal 1\n(1) Satu.\n(2) Berita Acara sebagaimana dimaksud pada (3) KPU wajib menjaga.\n"
                "(4) Sebagaimana dimaksud pada ayat (5) Undang-Undang.\n")
    assert [a.number for a in pasal(reg, "1").ayat] == ["1", "2", "3", "4"]


def labels(unit):
    return [i.label for i in unit.items]


def test_items_glued_after_a_deleted_item_are_split():
    """UU 8/2015 Pasal 7: "d. Dihapus. e. Berusia …" is two items; Pasal 5 ayat (3) and
    Pasal 20 glue several deleted items before a live one."""
    body = ("Pasal 1\nCalon adalah yang memenuhi persyaratan sebagai berikut:\n"
            "a. bertakwa kepada Tuhan Yang Maha Esa;\nb. setia kepada Pancasila;\n"
            "c. berpendidikan paling rendah sekolah lanjutan tingkat atas atau sederajat;\n"
            "d. Dihapus. e. Berusia paling rendah 30 (tiga puluh) tahun untuk Calon Gubernur;\n"
            "f. mampu secara jasmani dan rohani.\n"
            "Pasal 2\n(1) Pemilihan dilaksanakan.\n(2) Tahapan penyelenggaraan meliputi:\n"
            "a. Dihapus. b. Dihapus. c. pengumuman pendaftaran pasangan calon;\n"
            "d. pendaftaran pasangan calon.\n"
            "Pasal 3\nKPPS bertugas:\na. mengumumkan daftar pemilih tetap di TPS;\n"
            "b. Dihapus. c. Dihapus. d. menjaga keutuhan kotak suara setelah penghitungan suara;\n"
            "e. melaksanakan tugas lain.\n")
    reg = parse(body)
    [seven] = pasal(reg, "1").ayat
    assert labels(seven) == list("abcdef")
    assert seven.items[3].text == "Dihapus."
    assert seven.items[4].text.startswith("Berusia paling rendah 30 (tiga puluh) tahun")
    three = pasal(reg, "2").ayat[1]
    assert [(i.label, i.text[:10]) for i in three.items] == [
        ("a", "Dihapus."), ("b", "Dihapus."), ("c", "pengumuman"), ("d", "pendaftara")]
    assert labels(pasal(reg, "3").ayat[0]) == list("abcde")
    assert "item_gap" not in codes(reg)


def test_items_glued_after_a_semicolon_a_full_stop_or_a_colon_are_split():
    """UU 12/2011: "… dan/atau e. pemenuhan …", Pasal 1 "… memaksa. 5. Peraturan …",
    Pasal 23 ayat (2) "… mencakup: a. untuk …"; PP 43/2006 "; dan b.reaktor" (no space)."""
    body = ("Pasal 1\nDalam Undang-Undang ini yang dimaksud dengan:\n1. Undang-Undang adalah satu.\n"
            "2. Peraturan Pemerintah Pengganti Undang-Undang adalah dua yang memaksa. "
            "3. Peraturan Pemerintah adalah tiga.\n"
            "Pasal 2\n(1) Materi muatan berisi:\na. pengaturan lebih lanjut;\nb. pengesahan perjanjian;\n"
            "c. tindak lanjut atas putusan Mahkamah Konstitusi; dan/atau d. pemenuhan kebutuhan hukum.\n"
            "(2) Dalam keadaan tertentu, DPR dapat mengajukan Rancangan mencakup:  a. untuk mengatasi "
            "keadaan luar biasa; dan\nb. keadaan tertentu lainnya.\n"
            "Pasal 3\nIzin diberikan untuk:\na. reaktor nuklir nonkomersial; dan b.reaktor nuklir komersial.\n"
            "Pasal 4\nPerizinan terdiri atas:\na. izin tapak, yang meliputi: 1. evaluasi tapak; "
            "2. pembangunan; b. izin konstruksi.\n")
    reg = parse(body)
    definitions = pasal(reg, "1").ayat[0]
    assert labels(definitions) == ["1", "2", "3"]
    assert definitions.items[1].text.endswith("yang memaksa.")
    one, two = pasal(reg, "2").ayat
    assert labels(one) == list("abcd") and one.items[2].text.endswith("; dan/atau")
    assert one.items[3].text == "pemenuhan kebutuhan hukum."
    assert two.text.endswith("mencakup:") and labels(two) == ["a", "b"]
    assert [i.text for i in pasal(reg, "3").ayat[0].items] == ["reaktor nuklir nonkomersial; dan",
                                                              "reaktor nuklir komersial."]
    [tapak, konstruksi] = pasal(reg, "4").ayat[0].items
    assert tapak.text == "izin tapak, yang meliputi:" and labels(tapak) == ["1", "2"]
    assert konstruksi.label == "b"


@pytest.mark.parametrize("line", [
    "b. sebagaimana dimaksud pada huruf c. dan huruf d. ditetapkan;",     # a reference
    "b. dilaksanakan sesuai Pasal 5 huruf c. Ketentuan ini berlaku;",     # no item end before
    "b. Dihapus. d. Berusia paling rendah 30 (tiga puluh) tahun;",       # not the next label
    "b. Warga . c. d. e. h.",                                             # a row of bare labels
    "b. dibayar kepada negara. c.q. Menteri Keuangan;",                   # "c.q." is no label
    "2. diumumkan dalam Lembaran Negara No. 3. Tambahan Lembaran Negara;",  # an abbreviation
    "2. bernilai paling sedikit 2.5. 3.5 persen dari nilai kontrak;",     # decimals
])
def test_no_split_inside_item_text(line):
    first = "1." if line[0].isdigit() else "a."
    reg = parse(f"Pasal 1\nPenyelenggara berwenang:\n{first} menetapkan jadwal;\n{line}\n")
    unit = pasal(reg, "1").ayat[0]
    assert labels(unit) == [first[0], line[0]]
    assert unit.items[1].text == line[3:]


def test_rows_of_numbers_in_an_item_stay_text():
    """UU 7/2017 (OCR): "… sudah pernah kawin. 27. 28. 29." and "1. 2." table cells."""
    reg = parse("Pasal 1\nDalam Undang-Undang ini yang dimaksud dengan:\n"
                "1. Pemilih adalah warga negara yang sudah pernah kawin. 2. 3. 4.\n"
                "2. Pemilu adalah sarana kedaulatan rakyat.\n")
    unit = pasal(reg, "1").ayat[0]
    assert labels(unit) == ["1", "2"] and unit.items[0].text.endswith("kawin. 2. 3. 4.")


def test_item_labels_out_of_sequence_are_reported():
    reg = parse("Pasal 1\n(1) Izin meliputi:\na. izin tapak;\nb. izin konstruksi, berupa:\n1. desain;\n"
                "3. mutu;\nd. izin operasi.\n(2) Inserted items are in sequence:\na. satu;\nb. dua;\n"
                "b1. dua a;\nc. tiga, yaitu:\n6. enam;\n6a. enam a;\n7. tujuh.\n")
    gaps = [a.message for a in reg.anomalies if a.code == "item_gap"]
    assert gaps == ["Pasal 1 ayat (1): huruf d after huruf b",
                    "Pasal 1 ayat (1) huruf b: angka 3 after angka 1"]


def test_no_regulation_raises_parse_error():
    with pytest.raises(ParseError):
        parse_pages(["Ini hanya catatan rapat tanpa nomor.\nTidak ada pasal."], path="note.txt", paged=False)


def test_scan_raises_no_text_layer_with_one_anomaly_per_page():
    with pytest.raises(NoTextLayerError) as caught:
        parse_pages(["", " \n", ""], path="scan.pdf")
    assert [(a.code, a.page) for a in caught.value.anomalies] == [("no_text_layer", 1), ("no_text_layer", 2),
                                                                  ("no_text_layer", 3)]


def test_empty_page_inside_a_text_pdf_is_an_anomaly_and_pages_are_cited():
    reg = parse_pages([HEAD_PP + "Pasal 1\nSatu.\n", "", "Pasal 2\nDua.\n" + CLOSING_PP], path="x.pdf")
    assert ("no_text_layer", 2) in [(a.code, a.page) for a in reg.anomalies]
    assert [(a.pasal, a.page) for a in reg.articles] == [("1", 1), ("2", 3)]


def test_revocation_is_recorded():
    reg = parse("Pasal 1\nPada saat Peraturan ini mulai berlaku, Undang-Undang Nomor 22 Tahun 2014 tentang "
                "Pemilihan Gubernur, Bupati, dan Walikota (Lembaran Negara Republik Indonesia Tahun 2014 Nomor "
                "243) dicabut dan dinyatakan tidak berlaku.\n")
    assert reg.revokes == ("Undang-Undang Nomor 22 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota",)


def test_revocation_of_articles_revokes_no_regulation():
    # UU 6/2014 Pasal 121: only Pasal 200-216 of UU 32/2004 are revoked, not the law
    reg = parse("Pasal 1\nPada saat Peraturan ini mulai berlaku, Pasal 200 sampai dengan Pasal 216 Undang-Undang "
                "Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2004 "
                "Nomor 125) sebagaimana telah diubah dengan Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan "
                "Kedua atas Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara "
                "Republik Indonesia Tahun 2008 Nomor 59) dicabut dan dinyatakan tidak berlaku.\n"
                "Pasal 2\nPada saat Peraturan ini mulai berlaku semua ketentuan mengenai tugas dan wewenang "
                "penyelenggara dalam Undang-Undang Nomor 15 Tahun 2011 tentang Penyelenggara Pemilihan Umum "
                "dicabut dan dinyatakan tidak berlaku.\n")
    assert reg.revokes == ()


def test_every_item_of_a_revocation_list_is_read_and_articles_are_left_out():
    # UU 23/2014 Pasal 409: a. and b. are whole laws, c. and d. only articles of a law
    reg = parse("Pasal 1\nPada saat Peraturan ini mulai berlaku:\n"
                "a. Undang-Undang Nomor 5 Tahun 1962 tentang Perusahaan Daerah (Lembaran Negara Republik "
                "Indonesia Tahun 1962 Nomor 10, Tambahan Lembaran Negara Republik Indonesia Nomor 2387);\n"
                "b. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik "
                "Indonesia Tahun 2004 Nomor 125) sebagaimana telah diubah beberapa kali terakhir dengan "
                "Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua Atas Undang-Undang Nomor 32 Tahun 2004 "
                "tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 59);\n"
                "c. Pasal 157, Pasal 158 ayat (2) sampai dengan ayat (9), dan Pasal 159 Undang-Undang Nomor 28 "
                "Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah (Lembaran Negara Republik Indonesia Tahun "
                "2009 Nomor 130); dan\n"
                "d. Pasal 1 angka 4, Pasal 314 sampai dengan Pasal 412 Undang-Undang Nomor 17 Tahun 2014 tentang "
                "Majelis Permusyawaratan Rakyat (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 182), "
                "dicabut dan dinyatakan tidak berlaku.\n")
    # the amendment of a revoked law goes with it (its title names the law)
    assert reg.revokes == ("Undang-Undang Nomor 5 Tahun 1962 tentang Perusahaan Daerah",
                           "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah",
                           "Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua Atas Undang-Undang Nomor 32 "
                           "Tahun 2004 tentang Pemerintahan Daerah")


def test_revocation_list_of_provisions_and_list_items_with_their_own_verb():
    # "ketentuan yang mengatur mengenai … dalam: a. UU …; b. UU …, dicabut": parts of each law;
    # items that say "tetap berlaku" are not revoked; an omnibus amending law is not revoked with the law
    reg = parse("Pasal 1\nPada saat Peraturan ini mulai berlaku, ketentuan yang mengatur mengenai Provinsi "
                "Kalimantan Timur dalam:\n"
                "a. Undang-Undang Nomor 25 Tahun 1956 tentang Pembentukan Daerah Otonom (Lembaran Negara Tahun "
                "1956 Nomor 65); dan\n"
                "b. Undang-Undang Nomor 21 Tahun 1958 tentang Pembentukan Daerah Swatantra (Lembaran Negara Tahun "
                "1958 Nomor 62), dicabut dan dinyatakan tidak berlaku.\n"
                "Pasal 2\nPada saat Peraturan ini mulai berlaku:\n"
                "a. Peraturan Pemerintah Nomor 3 Tahun 2001 tentang Pajak dinyatakan tetap berlaku;\n"
                "b. Undang-Undang Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah (Lembaran Negara "
                "Republik Indonesia Tahun 2009 Nomor 130) sebagaimana telah beberapa kali diubah, terakhir dengan "
                "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja (Lembaran Negara Republik Indonesia Tahun "
                "2020 Nomor 245), dicabut dan dinyatakan tidak berlaku.\n")
    assert reg.revokes == ("Undang-Undang Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah",)


# Older laws repeal with the bare "… dinyatakan tidak berlaku [lagi]" (no "dicabut"); the
# excerpts below are verbatim from the scale corpus (uu/<year>/<number>.md of
# uu-texts.tar.gz), trimmed where marked "…".

UU_32_2004_PASAL_239 = ("Pada saat berlakunya Undang-Undang ini, maka Undang-Undang Nomor 22 "
                        "Tahun 1999 tentang Pemerintahan Daerah dinyatakan tidak berlaku.")


def test_bare_repeal_in_the_closing_provisions_is_a_revocation():
    # UU 32/2004 Pasal 239 (BAB XVI KETENTUAN PENUTUP): UU 22/1999 was shown as in force
    reg = parse(f"BAB XVI\nKETENTUAN PENUTUP\nPasal 239\n{UU_32_2004_PASAL_239}\n"
                "Pasal 240\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n")
    assert reg.revokes == ("Undang-Undang Nomor 22 Tahun 1999 tentang Pemerintahan Daerah",)


def test_bare_repeal_opening_a_list_or_naming_the_law_after_it():
    # UU 22/1999 Pasal 131 (with the Markdown links its source carries) and UU 34/1999 Pasal 37
    reg = parse("Pasal 131\n"
                "Pada saat berlakunya undang-undang ini, dinyatakan tidak berlaku lagi :\n"
                "a. [Undang-undang Nomor 5 Tahun 1974 tentang Pokok-pokok\n"
                "Pemerintahan Di Daerah](/uu/1974/5) (Lembaran Negara Tahun 1974 Nomor 38,\n"
                "Tambahan Lembaran Negara Nomor 3037);\n"
                "b. [Undang-undang Nomor 5 Tahun 1979 tentang Pemerintahan Desa](/uu/1979/5)\n"
                "(Lembaran Negara Tahun 1979 Nomor 56, Tambahan Lembaran\nNegara Nomor 3153).\n"
                "Pasal 132\nPada saat berlakunya Undang-undang ini, dinyatakan tidak berlaku lagi "
                "Undang-undang Nomor 11 Tahun 1990 tentang Susunan Pemerintahan Daerah Khusus "
                "Ibukota Negara Republik Indonesia Jakarta (Lembaran Negara Republik Indonesia "
                "Tahun 1990 Nomor 84, Tambahan Lembaran Negara Nomor 3430).\n")
    assert reg.revokes == (
        "Undang-undang Nomor 5 Tahun 1974 tentang Pokok-pokok Pemerintahan Di Daerah",
        "Undang-undang Nomor 5 Tahun 1979 tentang Pemerintahan Desa",
        "Undang-undang Nomor 11 Tahun 1990 tentang Susunan Pemerintahan Daerah Khusus "
        "Ibukota Negara Republik Indonesia Jakarta")


def test_two_laws_named_in_one_breath_are_both_revoked():
    # UU 16/1997 Pasal 40
    reg = parse("Pasal 40\nPada saat mulai berlakunya Undang-undang ini, maka Undang-undang "
                "Nomor 6 Tahun 1960 tentang Sensus dan Undang-undang Nomor 7 Tahun 1960 tentang "
                "Statistik dinyatakan tidak berlaku.\n")
    assert reg.revokes == ("Undang-undang Nomor 6 Tahun 1960 tentang Sensus",
                           "Undang-undang Nomor 7 Tahun 1960 tentang Statistik")


@pytest.mark.parametrize("sentence", [
    # UU 29/2004: one article of the law
    "Dengan disahkannya Undang-undang ini maka Pasal 54 Undang-undang Nomor 23 Tahun 1992 "
    "tentang Kesehatan yang berkaitan dengan dokter dan dokter gigi, dinyatakan tidak berlaku "
    "lagi.",
    # UU 14/1985 Pasal 81: the law only as far as it concerns the Mahkamah Agung
    "Pada saat mulai berlakunya Undang-undang ini, Undang-undang Nomor 13 Tahun 1965 tentang "
    "Pengadilan Dalam Lingkungan Peradilan Umum dan Mahkamah Agung sepanjang mengenai "
    "ketentuan tentang Mahkamah Agung dinyatakan tidak berlaku.",
    # UU 42/2014: implementing rules, and only where they conflict
    "Pada saat Undang-Undang ini mulai berlaku, ketentuan peraturan perundang-undangan yang "
    "merupakan peraturan pelaksanaan dari Undang-Undang Nomor 17 Tahun 2014 tentang Majelis "
    "Permusyawaratan Rakyat, Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan "
    "Perwakilan Rakyat Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 182, "
    "Tambahan Lembaran Negara Republik Indonesia Nomor 5568) dinyatakan tidak berlaku "
    "sepanjang bertentangan dengan Undang-Undang ini.",
    # UU 14/1985 consideration d (put in an article here): a repeal reported, not made
    "bahwa selain itu, dengan Undang-undang Nomor 6 Tahun 1969, Undang- undang Nomor 13 Tahun "
    "1965 telah dinyatakan tidak berlaku, tetapi saat tidak berlakunya ditetapkan pada saat "
    "undang-undang yang menggantikannya mulai berlaku;",
    # UU 16/1997 Pasal 39: "tetap berlaku"
    "Semua peraturan pelaksanaan Undang-undang Nomor 6 Tahun 1960 tentang Sensus dan "
    "Undang-undang Nomor 7 Tahun 1960 tentang Statistik dinyatakan tetap berlaku sepanjang "
    "tidak bertentangan atau belum diganti dengan yang baru berdasarkan Undang-undang ini.",
])
def test_bare_phrase_that_repeals_no_whole_law(sentence):
    assert parse(f"Pasal 1\n{sentence}\n").revokes == ()


def test_bare_phrase_outside_the_closing_provisions_is_no_revocation():
    # the UU 32/2004 Pasal 239 sentence, moved to the first of five articles under BAB I
    # KETENTUAN UMUM: there the phrase is a rule's effect, not the law's repeal clause
    later = "".join(f"Pasal {n}\nKetentuan lebih lanjut diatur dengan Peraturan Pemerintah.\n"
                    for n in range(2, 6))
    body = f"BAB I\nKETENTUAN UMUM\nPasal 1\n{UU_32_2004_PASAL_239}\n{later}"
    assert parse(body).revokes == ()
    # "dicabut dan dinyatakan tidak berlaku" is a repeal wherever it stands
    assert parse(body.replace("dinyatakan", "dicabut dan dinyatakan")).revokes == (
        "Undang-Undang Nomor 22 Tahun 1999 tentang Pemerintahan Daerah",)


def test_a_title_saying_berlakunya_does_not_end_the_revoked_list():
    # UU 13/2003 Pasal 192 angka 13-15: "Perubahan Berlakunya" is a title, not an item's verb
    reg = parse("Pasal 192\nPada saat mulai berlakunya Undang-undang ini, maka:\n"
                "13. Undang-undang Nomor 25 Tahun 1997 tentang Ketenagakerjaan (Lembaran Negara "
                "Tahun 1997 Nomor 73, Tambahan Lembaran Negara Nomor 3702);\n"
                "14. Undang-undang Nomor 11 Tahun 1998 tentang Perubahan Berlakunya Undang-undang "
                "Nomor 25 Tahun 1997 tentang Ketenagakerjaan (Lembaran Negara 1998 Nomor 184, "
                "Tambahan Lembaran Negara Nomor 3791);\n"
                "15. Undang-undang Nomor 28 Tahun 2000 tentang Penetapan Peraturan Pemerintah "
                "Pengganti Undang-undang Nomor 3 Tahun 2000 … (Lembaran Negara Tahun 2000 Nomor "
                "240, Tambahan Lembaran Negara Nomor 4042), dinyatakan tidak berlaku.\n")
    assert [name.split(" tentang")[0] for name in reg.revokes] == [
        "Undang-undang Nomor 25 Tahun 1997", "Undang-undang Nomor 11 Tahun 1998",
        "Undang-undang Nomor 28 Tahun 2000"]


# --- penjelasan -----------------------------------------------------------------------------

PENJELASAN = """PENJELASAN
ATAS
PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 43 TAHUN 2006
I. UMUM
Salah satu pendayagunaan teknologi nuklir adalah pemanfaatan reaktor nuklir.
II. PASAL DEMI PASAL
Pasal 1
Cukup jelas.
Pasal 2
Ayat (1)
Yang dimaksud dengan "reaktor daya" adalah reaktor untuk listrik.
Ayat (2)
Cukup jelas.
TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 4668
"""


def test_penjelasan_attached_to_article_and_ayat():
    reg = parse("Pasal 1\nSatu.\nPasal 2\n(1) Reaktor daya.\n(2) Reaktor nondaya.\n", tail=PENJELASAN)
    assert reg.penjelasan_umum == "Salah satu pendayagunaan teknologi nuklir adalah pemanfaatan reaktor nuklir."
    assert pasal(reg, "1").penjelasan == "Cukup jelas."
    two = pasal(reg, "2")
    assert two.ayat[0].penjelasan.startswith('Yang dimaksud dengan "reaktor daya"')
    assert two.ayat[1].penjelasan == "Cukup jelas."
    assert [a.pasal for a in reg.articles] == ["1", "2"]  # Penjelasan headings are not articles


# --- amending regulations -------------------------------------------------------------------

HEAD_UU10 = """UNDANG-UNDANG REPUBLIK INDONESIA
NOMOR 10 TAHUN 2016
TENTANG
PERUBAHAN KEDUA ATAS UNDANG-UNDANG NOMOR 1 TAHUN 2015 TENTANG PENETAPAN PERATURAN PEMERINTAH PENGGANTI
UNDANG-UNDANG NOMOR 1 TAHUN 2014 TENTANG PEMILIHAN GUBERNUR, BUPATI, DAN WALIKOTA MENJADI UNDANG-UNDANG
DENGAN RAHMAT TUHAN YANG MAHA ESA PRESIDEN REPUBLIK INDONESIA,
MEMUTUSKAN:
Menetapkan: UNDANG-UNDANG TENTANG PERUBAHAN KEDUA ATAS UNDANG-UNDANG NOMOR 1 TAHUN 2015.
"""

BODY_UU10 = """Pasal I
Beberapa ketentuan dalam Lampiran Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 23) diubah sebagai berikut:
1. Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:
Pasal 7
(1) Setiap warga negara berhak memperoleh kesempatan yang sama untuk mencalonkan diri.
(2) Calon Gubernur dan Calon Wakil Gubernur harus memenuhi persyaratan sebagai berikut:
a. bertakwa kepada Tuhan Yang Maha Esa;
s. menyatakan secara tertulis pengunduran diri sebagai anggota Dewan Perwakilan Rakyat sejak ditetapkan sebagai pasangan calon peserta Pemilihan; dan
t. menyatakan secara tertulis pengunduran diri sebagai anggota Tentara Nasional Indonesia.
2. Ketentuan Pasal 9 dihapus.
3. Di antara Pasal 178 dan Pasal 179 disisipkan 3 (tiga) pasal, yakni Pasal 178A sampai dengan Pasal 178C yang berbunyi sebagai berikut:
Pasal 178A
Setiap orang dipidana.
Pasal 178B
Setiap orang dipidana.
Pasal 178C
Setiap orang dipidana.
4. Ketentuan Pasal 180 diubah sehingga berbunyi sebagai berikut:
Pasal 180
(1) Setiap orang yang menghilangkan hak seseorang dipidana.
(2) Setiap orang yang karena jabatannya dipidana.
Pasal 182A
Setiap orang yang menghalang-halangi seseorang dipidana.
Pasal 182B
Seorang majikan yang tidak memberikan kesempatan dipidana.
6. Ketentuan Pasal 201 diubah sehingga berbunyi sebagai berikut:
Pasal 201
(1) Pemungutan suara serentak dilaksanakan pada tahun 2015.
Pasal II
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
"""

PENJELASAN_UU10 = """PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 10 TAHUN 2016
I. UMUM Ketentuan Pasal 18 ayat (4) Undang-Undang Dasar menyebutkan pemilihan secara demokratis.
II. PASAL DEMI PASAL
Pasal I
Angka 1
Pasal 7
Ayat (1) Cukup jelas. Ayat (2) Huruf a Cukup jelas.
Angka 2
Pasal 9
Dihapus.
Pasal II
Cukup jelas. TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5898
"""


@pytest.fixture(scope="module")
def uu10():
    return parse(BODY_UU10, head=HEAD_UU10, tail=PENJELASAN_UU10)


def test_amending_body_is_pasal_I_and_II(uu10):
    assert [a.pasal for a in uu10.articles if a.amends is None] == ["I", "II"]
    assert uu10.amends == RegulationRef("UU", "1", 2015)
    assert uu10.is_amending


def test_quoted_article_is_its_own_article_with_amends(uu10):
    seven = pasal(uu10, "7", quoted=True)
    assert seven.amends.ref == RegulationRef("UU", "1", 2015)
    assert (seven.amends.pasal, seven.amends.via) == ("7", "Pasal I angka 1")
    huruf_s = next(i for i in seven.ayat[1].items if i.label == "s")
    assert "pengunduran diri" in huruf_s.text
    pasal_one = pasal(uu10, "I")
    assert "Ketentuan Pasal 7 diubah" in pasal_one.text and "pengunduran diri" not in pasal_one.text


def test_change_items_actions_and_targets(uu10):
    changes = {c.label: c for c in uu10.changes}
    assert (changes["1"].action, changes["1"].targets) == ("diubah", ("7",))
    assert (changes["2"].action, changes["2"].targets) == ("dihapus", ("9",))
    assert (changes["3"].action, changes["3"].targets) == ("disisipkan", ("178A", "178B", "178C"))
    assert [a.amends.via for a in uu10.articles if a.pasal.startswith("178")] == ["Pasal I angka 3"] * 3


def test_lost_item_label_is_inferred_and_reported(uu10):
    """A quoted Pasal 182A after item 4's Pasal 180 with no item of its own (item 5's line lost,
    e.g. by OCR): it is read as item 5 and reported."""
    changes = {c.label: c for c in uu10.changes}
    assert changes["5"].targets == ("182A", "182B") and changes["5"].action == "disisipkan"
    assert pasal(uu10, "182B").amends.via == "Pasal I angka 5"
    assert pasal(uu10, "201").amends.via == "Pasal I angka 6"
    assert "change_label_missing" in codes(uu10)


def test_amending_penjelasan_is_keyed_by_angka(uu10):
    seven = pasal(uu10, "7", quoted=True)
    assert seven.penjelasan.startswith("Ayat (1) Cukup jelas.")
    assert seven.ayat[0].penjelasan == "Cukup jelas."
    assert pasal(uu10, "II").penjelasan == "Cukup jelas."
    assert "penjelasan_unmatched" not in codes(uu10)  # Pasal 9 was deleted: nothing to attach


# UU 15/2013 (APBN-P 2013; scale corpus uu/2013/15.md, lines 1, 18-22, 30-32, 45-47, 60-62,
# 68-70, 75-77, 87-89, 93-97, 143-144, 146-148, 174-176; each quoted article cut after its
# first line, the Penjelasan entries of Angka 2-7 and the middle of Pasal 11's left out): an
# item that changes only a Penjelasan, whose new text explains "Angka 1" and "Angka 2" of
# Pasal 11 ayat (1) huruf a.
HEAD_UU15_2013 = """UNDANG-UNDANG REPUBLIK INDONESIA
NOMOR 15 TAHUN 2013
TENTANG
PERUBAHAN ATAS UNDANG-UNDANG NOMOR 19 TAHUN 2012 TENTANG ANGGARAN PENDAPATAN DAN BELANJA NEGARA TAHUN ANGGARAN 2013
DENGAN RAHMAT TUHAN YANG MAHA ESA PRESIDEN REPUBLIK INDONESIA,
MEMUTUSKAN:
Menetapkan: UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR 19 TAHUN 2012.
"""

BODY_UU15_2013 = """Pasal I
Beberapa ketentuan dalam Undang-Undang Nomor 19 Tahun 2012 tentang Anggaran Pendapatan dan Belanja Negara Tahun Anggaran 2013 (Lembaran Negara Republik Indonesia Tahun 2012 Nomor 228, Tambahan Lembaran Negara Republik Indonesia Nomor 5361) diubah sebagai berikut:
1. Ketentuan ayat (2), ayat (3), ayat (4), dan ayat (5) Pasal 3 diubah, sehingga Pasal 3 berbunyi sebagai berikut:
Pasal 3
(1) Anggaran Pendapatan Negara Tahun Anggaran 2013 diperoleh dari sumber-sumber:
2. Ketentuan ayat (2), ayat (3), dan penjelasan ayat (4) Pasal 4 diubah, sehingga Pasal 4 berbunyi sebagai berikut:
Pasal 4
(1) Penerimaan Perpajakan sebagaimana dimaksud dalam Pasal 3 ayat (2) terdiri atas:
3. Ketentuan ayat (2), ayat (3), ayat (5), ayat (6), dan penjelasan ayat (7) Pasal 5 diubah, sehingga Pasal 5 berbunyi sebagai berikut:
Pasal 5
(1) PNBP sebagaimana dimaksud dalam Pasal 3 ayat (3) terdiri atas:
4. Ketentuan ayat (2), ayat (3), dan ayat (4) Pasal 6 diubah, sehingga Pasal 6 berbunyi sebagai berikut:
Pasal 6
(1) Anggaran Belanja Negara Tahun Anggaran 2013 terdiri atas:
5. Ketentuan ayat (2) Pasal 7 diubah, sehingga Pasal 7 berbunyi sebagai berikut:
Pasal 7
(1) Anggaran Belanja Pemerintah Pusat sebagaimana dimaksud dalam Pasal 6 ayat (2) dikelompokkan atas:
6. Ketentuan ayat (1) sampai dengan ayat (8) Pasal 8 diubah, sehingga Pasal 8 berbunyi sebagai berikut:
Pasal 8
(1) Subsidi bahan bakar minyak (BBM) jenis tertentu dan bahan bakar gas cair ( _liquefied petroleum gas_ /LPG tabung 3 (tiga) kilogram dan _liquefied_ _gas_ _for_ _vehicle_ /LGV) Tahun Anggaran 2013 diperkirakan sebesar Rp199.850.000.000.000,00 (seratus sembilan puluh sembilan triliun delapan ratus lima puluh miliar rupiah).
7. Ketentuan huruf b ayat (1) Pasal 9 diubah, sehingga Pasal 9 berbunyi sebagai berikut:
Pasal 9
(1) Untuk kelancaran upaya penanggulangan lumpur Sidoarjo, alokasi dana pada Badan Penanggulangan Lumpur Sidoarjo (BPLS) Tahun Anggaran 2013, dapat digunakan untuk:
8. Ketentuan Pasal 11 tetap dengan perubahan penjelasan Pasal 11 ayat (1) huruf a angka 2 sehingga penjelasan Pasal 11 menjadi sebagaimana ditetapkan dalam penjelasan pasal demi pasal undang-undang ini.
9. Ketentuan ayat (2) dan ayat (3) Pasal 13 diubah, sehingga Pasal 13 berbunyi sebagai berikut:
Pasal 13
(1) Anggaran Transfer ke Daerah sebagaimana dimaksud dalam Pasal 6 ayat (3) terdiri atas:
a. dana perimbangan; dan
b. dana otonomi khusus dan penyesuaian.
Pasal II
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
"""

PENJELASAN_UU15_2013 = """PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 15 TAHUN 2013
I. UMUM Anggaran Pendapatan dan Belanja Negara.
II. PASAL DEMI PASAL
Pasal I
Angka 1
Pasal 3
Cukup jelas. Angka 8
Pasal 11
Ayat (1) Huruf a Angka 1 Cukup jelas. Angka 2 Yang dimaksud dengan “hasil optimalisasi” adalah hasil lebih atau sisa dana yang diperoleh setelah pelaksanaan dan/atau penandatanganan kontrak dari suatu kegiatan yang target sasarannya telah dicapai. Ayat (6) Cukup jelas. Angka 9
Pasal 13
Ayat (1) Cukup jelas.
Pasal II
Cukup jelas.
"""


def test_an_item_changing_only_a_penjelasan_carries_it_with_the_angka_it_explains():
    """"Angka 2 Yang dimaksud …" after "Angka 8 / Pasal 11" (clean puts it on a line of its
    own) is an angka of Pasal 11 ayat (1) huruf a, not change item 2: change items are
    numbered upwards. Item 8 quotes no article; its Penjelasan is the whole entry."""
    reg = parse(BODY_UU15_2013, head=HEAD_UU15_2013, tail=PENJELASAN_UU15_2013)
    changes = {c.label: c for c in reg.changes}
    assert changes["8"].targets == ("11",)
    assert changes["8"].penjelasan == (
        "Ayat (1) Huruf a Angka 1 Cukup jelas. Angka 2 Yang dimaksud dengan “hasil optimalisasi” "
        "adalah hasil lebih atau sisa dana yang diperoleh setelah pelaksanaan dan/atau "
        "penandatanganan kontrak dari suatu kegiatan yang target sasarannya telah dicapai. "
        "Ayat (6) Cukup jelas.")
    assert changes["9"].penjelasan is None   # it quotes Pasal 13: the article has it
    assert pasal(reg, "13", quoted=True).penjelasan == "Ayat (1) Cukup jelas."
    assert "penjelasan_unmatched" not in codes(reg)


def test_quoted_article_without_heading_line():
    """PERKA BAPETEN 1/2013: the new text follows the instruction without a "Pasal 5" line."""
    body = ("Pasal I\nBeberapa ketentuan dalam Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 3 Tahun 2012 "
            "tentang Penatausahaan diubah sebagai berikut:\n1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai\n"
            "berikut:\nBendahara Penerimaan melakukan Penagihan PNBP setelah diterbitkannya surat yang menyatakan:\n"
            "a. permohonan dinyatakan lengkap;\nb. dihapus;\n2. Ketentuan Pasal 6 diubah sehingga berbunyi sebagai "
            "berikut:\n(1) Mekanisme Penagihan PNBP adalah sebagai berikut:\na. Wajib Bayar wajib membayar;\n"
            "Pasal II\nPeraturan ini mulai berlaku.\n")
    reg = parse(body)
    five, six = pasal(reg, "5", quoted=True), pasal(reg, "6", quoted=True)
    assert five.amends.ref == RegulationRef("PERKA", "3", 2012, "BAPETEN")
    assert five.ayat[0].text.startswith("Bendahara Penerimaan") and len(five.ayat[0].items) == 2
    assert six.amends.via == "Pasal I angka 2" and six.ayat[0].number == "1"


def test_unnumbered_pasal_I_instruction():
    """PERGUB Bali 1/2021: one instruction in the lead-in, then the quoted Pasal 3."""
    body = ("Pasal I\nKetentuan Pasal 3 Peraturan Gubernur Bali Nomor 29 Tahun 2019 tentang Kelas dan Nilai "
            "Jabatan diubah sebagai berikut :\nPasal 3\n(1) Kelas dan Nilai Jabatan digunakan.\n"
            "Pasal II\nPeraturan Gubernur ini mulai berlaku.\n")
    reg = parse(body)
    three = pasal(reg, "3", quoted=True)
    assert three.amends.ref == RegulationRef("PERGUB", "29", 2019, "Bali") and three.amends.via == "Pasal I"
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [("", "diubah", ("3",))]


PASAL_I_LEAD = ("Pasal I\nBeberapa ketentuan dalam Undang-Undang Nomor 1 Tahun 2015 tentang Pemilihan "
                "Gubernur diubah sebagai berikut:\n")


def test_change_item_glued_after_the_closing_quote_is_its_own_item():
    """UU 8/2015 prints the end of Pasal 161's oath and the next instruction on one line:
    '… nusa, dan bangsa." 90. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:'."""
    body = (PASAL_I_LEAD + "1. Ketentuan Pasal 161 diubah sehingga berbunyi sebagai berikut:\nPasal 161\n"
            "(1) Gubernur dilantik dengan mengucapkan sumpah/janji.\n"
            '(2) Sumpah/janji Gubernur adalah sebagai berikut: "Demi Allah (Tuhan), saya bersumpah/berjanji '
            'akan berbakti kepada masyarakat, nusa, dan bangsa." 2. Ketentuan Pasal 162 diubah sehingga '
            "berbunyi sebagai berikut:\nPasal 162\n(1) Gubernur memegang jabatan selama 5 (lima) tahun.\n"
            "3. Ketentuan Pasal 163 diubah sehingga berbunyi sebagai berikut:\nPasal 163\n"
            "Gubernur dilantik oleh Presiden.\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [
        ("1", "diubah", ("161",)), ("2", "diubah", ("162",)), ("3", "diubah", ("163",))]
    assert reg.changes[1].instruction == "2. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:"
    oath = pasal(reg, "161", quoted=True).ayat[1]
    assert oath.text.endswith('nusa, dan bangsa."')
    assert pasal(reg, "162", quoted=True).amends.via == "Pasal I angka 2"
    assert "Ketentuan Pasal 162 diubah" in pasal(reg, "I").ayat[0].items[1].text
    assert "change_label_missing" not in codes(reg)


def test_several_instructions_glued_after_the_end_of_an_amended_text():
    """Insertions and deletions are split off too, one after the other, after a full stop
    and after a sentence cut short (UU 10/2016: '… paling banyak Rp96.000.000,00 56. Di
    antara Pasal 182 dan Pasal 183 disisipkan …')."""
    body = (PASAL_I_LEAD + "1. Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:\nPasal 7\n"
            "Setiap orang dipidana dengan denda paling banyak Rp96.000.000,00 2. Di antara Pasal 7 dan "
            "Pasal 8 disisipkan 1 (satu) pasal, yakni Pasal 7A sehingga berbunyi sebagai berikut:\nPasal 7A\n"
            "Calon wajib mundur. 3. Ketentuan Pasal 9 dihapus. 4. BAB V dihapus. 5. Pasal 10 dihapus.\n"
            "Pasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [
        ("1", "diubah", ("7",)), ("2", "disisipkan", ("7A",)), ("3", "dihapus", ("9",)),
        ("4", "dihapus", ()), ("5", "dihapus", ("10",))]
    assert pasal(reg, "7", quoted=True).text.endswith("paling banyak Rp96.000.000,00")
    assert pasal(reg, "7A", quoted=True).text == "Calon wajib mundur."
    assert pasal(reg, "7A", quoted=True).amends.via == "Pasal I angka 2"
    assert "change_label_missing" not in codes(reg)
    assert "angka 4 dihapus: BAB V" in outline(reg)


@pytest.mark.parametrize("line", [
    # not the next item's number
    '"… nusa, dan bangsa." 5. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:',
    # the quoted text's own list item: no change verb, no instruction ending
    "Ketentuan yang diatur sebagai berikut: 2. Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.",
    # an instruction word, but the line does not end the way an instruction does
    "Hal ini berlaku: 2. Ketentuan Pasal 5 diubah oleh undang-undang lain.",
])
def test_numbers_inside_an_amended_text_are_not_taken_for_instructions(line):
    body = (PASAL_I_LEAD + "1. Ketentuan Pasal 161 diubah sehingga berbunyi sebagai berikut:\nPasal 161\n"
            f"{line}\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert [c.label for c in reg.changes] == ["1"]
    assert pasal(reg, "161", quoted=True).text == line


def test_outline_names_the_bab_or_lampiran_an_instruction_changes():
    """A change item that names no Pasal ("18. BAB V dihapus.") shows what it changes."""
    body = (PASAL_I_LEAD + "1. BAB V dihapus.\n2. Ketentuan Pasal 37 dihapus.\n"
            "3. Di antara BAB VI dan BAB VII disisipkan 1 (satu) bab, yakni BAB VIA sehingga berbunyi "
            "sebagai berikut:\n4. Lampiran I dan Lampiran II diubah, sebagaimana tercantum dalam Lampiran "
            "yang merupakan bagian tidak terpisahkan dari Undang-Undang ini.\n"
            "5. Ketentuan huruf b dihapus.\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    text = outline(parse(body))
    assert "angka 1 dihapus: BAB V\n" in text
    assert "angka 2 dihapus: 37\n" in text
    assert "angka 3 disisipkan: BAB VIA\n" in text
    assert "angka 4 diubah: Lampiran I, Lampiran II\n" in text
    assert "angka 5 dihapus: -\n" in text


# --- lampiran -------------------------------------------------------------------------------

def test_lampiran_is_kept_apart_and_its_example_pasal_are_not_articles():
    """UU 12/2011 Lampiran II is full of example "Pasal" headings."""
    tail = ("LAMPIRAN II\nUNDANG-UNDANG REPUBLIK INDONESIA NOMOR 43 TAHUN 2006\nTEKNIK PENYUSUNAN\n"
            "Contoh:\nMEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG TENTANG...\nPasal 1\nContoh pasal.\nPasal 2\n"
            "Contoh lagi.\nLAMPIRAN I\nUNDANG-UNDANG REPUBLIK INDONESIA NOMOR ... TAHUN...\n196. Nama lampiran.\n")
    reg = parse("Pasal 1\nSatu.\nPasal 2\nDua.\n", tail=tail)
    assert [(a.pasal, a.part) for a in reg.articles] == [("1", "body"), ("2", "body")]
    assert [s.label for s in reg.lampiran] == ["LAMPIRAN II"]
    assert "Contoh pasal." in reg.lampiran[0].text and "196. Nama lampiran." in reg.lampiran[0].text


def test_lampiran_that_is_a_whole_regulation_gives_lampiran_articles():
    """UU 1/2015 enacts Perppu 1/2014, printed after its Penjelasan as the Lampiran."""
    head = ("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 1 TAHUN 2015\nTENTANG\nPENETAPAN PERATURAN PEMERINTAH "
            "PENGGANTI UNDANG-UNDANG NOMOR 1 TAHUN 2014\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMEMUTUSKAN:\n"
            "Menetapkan: UNDANG-UNDANG.\n")
    perppu_body = "".join(f"Pasal {n}\nKetentuan {n}.\n" for n in range(1, 7))
    tail = ("PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2015\nI. UMUM Penetapan.\n"
            "II. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nCukup jelas.\n"
            "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5656\n"
            "PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2014\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nMenimbang:\na. bahwa perlu;\n"
            "LAMPIRAN UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2015\nMEMUTUSKAN:\n"
            "Menetapkan: PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG.\nBAB I\nKETENTUAN UMUM\n" + perppu_body +
            "Agar setiap orang mengetahuinya, memerintahkan pengundangan.\nDitetapkan di Jakarta pada tanggal "
            "2 Oktober 2014\nPENJELASAN ATAS PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG REPUBLIK INDONESIA "
            "NOMOR 1 TAHUN 2014\nI. UMUM Untuk menjamin.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\n"
            "Pasal 6\nYang dimaksud dengan enam.\n")
    reg = parse("Pasal 1\nPerppu ditetapkan menjadi Undang-Undang.\nPasal 2\nMulai berlaku.\n", head=head,
                closing="Agar setiap orang mengetahuinya, memerintahkan pengundangan.\nDisahkan di Jakarta pada "
                        "tanggal 2 Februari 2015\nLEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2015 NOMOR 23\n", tail=tail)
    assert [a.pasal for a in reg.articles if a.part == "body"] == ["1", "2"]
    lampiran = [a for a in reg.articles if a.part == "lampiran"]
    assert [a.pasal for a in lampiran] == ["1", "2", "3", "4", "5", "6"]
    assert lampiran[0].bab == "BAB I KETENTUAN UMUM"
    assert lampiran[5].penjelasan == "Yang dimaksud dengan enam."
    assert reg.penjelasan_umum == "Penetapan."  # the Perppu's own Umum stays with the Lampiran
    body_one = next(a for a in reg.articles if a.pasal == "1" and a.part == "body")
    assert body_one.penjelasan == "Cukup jelas."


def test_outline_lists_structure_and_anomalies(uu10):
    text = outline(uu10)
    assert "Pasal 7  <- UU 1/2015 via Pasal I angka 1  ayat=2 (1,2)" in text
    assert "angka 3 disisipkan: 178A, 178B, 178C" in text
    assert "change_label_missing" in text


# UU 11/1951 as the plain-text copies of 1950s statutes print it: the enacting formula, the
# body and the closing formula run together on one line (the scale corpus of bench/: 248 of
# its 1,535 UU texts gave no article before 2026-11-28).
OLD_STYLE_UU = (
    "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 11 TAHUN 1951 TENTANG PENGESAHAN PERJANJIAN "
    "PINJAMAN PERTAMA REPUBLIK INDONESIA DENGAN EXPORT- IMPORT BANK OF WASHINGTON Presiden "
    "Republik Indonesia,\nMenimbang :\n bahwa tiap-tiap perjanjian yang dibuat dengan "
    "Export-Import Bank of Washington masih harus mendapat pengesahan lebih dahulu dari Dewan "
    "perwakilan Rakyat;\nMengingat :\n pasal 118 ayat I Undang-undang Dasar Sementara Republik "
    "Indonesia; Dengan persetujuan Dewan perwakilan Rakyat Republik Indonesia; Memutuskan :\n"
    "Menetapkan : UNDANG-UNDANG TENTANG PENGESAHAN PERJANJIAN PINJAMAN PERTAMA REPUBLIK "
    "INDONESIA DENGAN EXPORT-IMPORT BANK OF WASHINGTON. Pasal 1. Perjanjian yang dibuat oleh "
    "Pemerintah Republik Indonesia dengan Export-Import Bank of Washington tertanggal 12 "
    "Januari 1951 yang disertakan sebagai lampiran ini, dengan ini disahkan. Pasal 2. "
    "Undang-undang ini mulai berlaku pada hari diundangkan. Agar supaya setiap orang dapat "
    "mengetahuinya, memerintahkan pengundangan Undang-undang ini dengan penempatan dalam "
    "Lembaran Negara Republik Indonesia. Disahkan di Jakarta pada tanggal 10 Juli 1951. "
    "WAKIL PRESIDEN REPUBLIK INDONESIA, MOHAMMAD HATTA\n")


def test_articles_printed_on_the_enacting_line_are_found():
    reg = parse_pages([OLD_STYLE_UU], path="uu-11-1951.md", paged=False)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert reg.articles[0].text.startswith("Perjanjian yang dibuat oleh Pemerintah")
    assert reg.articles[0].text.endswith("dengan ini disahkan.")
    # the closing formula ("Agar supaya setiap orang dapat mengetahuinya") ends the body
    assert reg.articles[1].text == "Undang-undang ini mulai berlaku pada hari diundangkan."
    assert not {"no_articles", "truncated"} & {a.code for a in reg.anomalies}
    assert reg.enacted == "Jakarta, 10 Juli 1951"
    # UU 19/1964: the line ends with the heading ("… KEHAKIMAN. BAB I. KETENTUAN UMUM. Pasal 1.")
    wrapped = OLD_STYLE_UU.replace("WASHINGTON. Pasal 1. Perjanjian", "WASHINGTON. Pasal 1.\nPerjanjian")
    reg = parse_pages([wrapped], path="uu-11-1951.md", paged=False)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert reg.articles[0].text.startswith("Perjanjian yang dibuat oleh Pemerintah")


@pytest.mark.parametrize("heading", [
    "Pasal 1… Pasal 1.\n",     # UU 12/1964: a catchword, then the heading ending the line
    "Pasal I.\n(1) ",          # UU 8/1952: Roman numbering, the heading ending the line
])
def test_a_heading_ending_the_enacting_line_opens_the_body(heading):
    text = OLD_STYLE_UU.replace("WASHINGTON. Pasal 1. Perjanjian", f"WASHINGTON. {heading}Perjanjian")
    reg = parse_pages([text], path="uu.md", paged=False)
    assert reg.articles and reg.articles[0].pasal == heading.split("\n")[0].split()[-1].rstrip(".")
    assert "Perjanjian yang dibuat oleh Pemerintah" in reg.articles[0].text[:50]


def test_the_old_closing_formula_keeps_the_penjelasan_out_of_the_body():
    """"Agar supaya setiap orang dapat mengetahuinya" (1950s–60s wording) ends the body: the
    Penjelasan's "Pasal 2. Cukup jelas." were read as articles (UU 4/1968: 26 for its 14)."""
    text = OLD_STYLE_UU + ("PENJELASAN ATAS UNDANG-UNDANG NOMOR 11 TAHUN 1951\nUMUM\nPinjaman itu "
                           "perlu disahkan.\nPASAL DEMI PASAL\nPasal 1. Cukup jelas. Pasal 2. Cukup jelas.\n")
    reg = parse_pages([text], path="uu-11-1951.md", paged=False)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert "pasal_duplicate" not in {a.code for a in reg.anomalies}


def test_quoted_articles_glued_after_an_enacting_pasal_i_are_read_one_by_one():
    """UU 70/1958 enacts an emergency law: "… SEBAGAI UNDANG- UNDANG. Pasal I. Peraturan-
    peraturan yang termaktub dalam Undang-undang Darurat … berbunyi sebagai berikut:" ends
    the Menetapkan line and the quoted articles follow glued together: they stay separate
    articles (cutting the line at "Pasal I" made them one article of 38)."""
    text = OLD_STYLE_UU.replace(
        "WASHINGTON. Pasal 1. Perjanjian",
        "WASHINGTON. Pasal I. Peraturan-peraturan yang termaktub dalam Undang-undang Darurat "
        "No.2 tahun 1958 ditetapkan sebagai Undang-undang dengan perubahan-perubahan, sehingga "
        "berbunyi sebagai berikut:\nBAB I KETENTUAN UMUM Pasal 1. Perjanjian")
    reg = parse_pages([text], path="uu-70-1958.md", paged=False)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert reg.articles[1].text == "Undang-undang ini mulai berlaku pada hari diundangkan."
    assert not {"no_articles", "truncated"} & {a.code for a in reg.anomalies}


# --- the amended regulation, read through OCR damage (UU texts of the scale corpus) ----------

@pytest.mark.parametrize("named, expected", [
    ("Undang-Undang Nomor l1 Tahun 2008", RegulationRef("UU", "11", 2008)),     # UU 19/2016 (ITE)
    ("Undang-Undang Nomor 30 Tahun 2OO2", RegulationRef("UU", "30", 2002)),     # UU 19/2019 (KPK)
    ("Undang-Undang Nomor L2 Tahun 20ll", RegulationRef("UU", "12", 2011)),     # UU 15/2019
    ("Undang-undang Nomor 23 Tahun 1999", RegulationRef("UU", "23", 1999)),     # UU 3/2004
])
def test_the_amended_regulation_is_read_through_ocr_confusions(named, expected):
    """Its articles were filed under UNKNOWN ?/0: "UU ITE Pasal 26" gave the 2008 wording as
    the one in force, since the 2016 wording never joined it."""
    body = (f"Pasal I\nBeberapa ketentuan dalam {named} tentang Sesuatu diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 26 diubah sehingga berbunyi sebagai berikut:\nPasal 26\n"
            "Setiap orang berhak atas data pribadinya.\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert pasal(reg, "26", quoted=True).amends.ref == expected
    assert "amended_unknown" not in codes(reg)


def test_an_ocr_number_that_reads_as_no_year_is_not_taken():
    """"Tahun 2O0g": g is not a digit; the title, read next, names the law instead."""
    body = ("Pasal I\nBeberapa ketentuan dalam Undang-Undang Nomor 11 Tahun 2O0g tentang Sesuatu diubah "
            "sebagai berikut:\n1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\nPasal 5\n"
            "Informasi elektronik adalah alat bukti.\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    head = HEAD_PP.replace("PERIZINAN REAKTOR NUKLIR", "PERUBAHAN ATAS UNDANG-UNDANG NOMOR I1 TAHUN 2OO8 "
                                                       "TENTANG INFORMASI")
    assert pasal(parse(body, head=head), "5", quoted=True).amends.ref == RegulationRef("UU", "11", 2008)


def test_unread_amended_regulation_is_an_anomaly():
    body = ("Pasal I\nBeberapa ketentuan diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\nPasal 5\n"
            "Informasi elektronik adalah alat bukti.\nPasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert pasal(reg, "5", quoted=True).amends.ref == RegulationRef("UNKNOWN", "?", 0)
    assert "amended_unknown" in codes(reg)


def test_pasal_one_read_as_roman_in_a_ratification_is_pasal_one():
    """UU 17/2017 (ratifying a WTO protocol): OCR printed "Pasal I"; it was taken for an
    amending law whose Pasal 2 was an article of UNKNOWN ?/0."""
    body = ("Pasal I\nMengesahkan Protocol Amending the Marrakesh Agreement (Protokol Perubahan "
            "Persetujuan Marrakesh) yang salinan naskah aslinya terlampir.\nPasal 2\n"
            "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n")
    reg = parse(body)
    assert [(a.pasal, a.amends) for a in reg.articles] == [("1", None), ("2", None)]
    assert reg.changes == () and "ocr_number_fixed" in codes(reg)
    assert reg.articles[0].text.startswith("Mengesahkan Protocol")
    # UU 27/2022 (Pelindungan Data Pribadi): OCR lost Pasal 2 as well; its articles were quoted
    reg = parse("Pasal I\nDalam Undang-Undang ini yang dimaksud dengan:\n1. Data Pribadi adalah data.\n"
                "Pasal 3\nPelindungan Data Pribadi dilaksanakan berdasarkan asas pelindungan.\n")
    assert [(a.pasal, a.amends) for a in reg.articles] == [("1", None), ("3", None)]
    assert {"ocr_number_fixed", "pasal_gap"} <= set(codes(reg)) and "amended_unknown" not in codes(reg)


@pytest.mark.parametrize("head_line, number", [
    ("Menimbang Menimbang PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006", "43"),
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 2TAHVN 2006", "2"),
    ("Menimbang :\nMenimbang :\nPERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006", "43"),  # UU 15/2017
    # the year read through OCR confusions, as a number is (UU 11/2020 "TAHUN 2O2O", UU 20/2019
    # "2OI9", UU 6/2021 "2O2L")
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2OO6", "43"),
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43TAHUN2006", "43"),        # UU 22/1951, 25/1953
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR.43 TAHUN 2006", "43"),      # UU 19/2008
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR __ 43 TAHUN 2006", "43"),   # UU 44/2009
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 . TAHUN 2006", "43"),    # UU 10/2009
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN ^2006", "43"),     # UU 4/2019
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOM0R 43 TAHUN 2006", "43"),      # UU 7/1947
    ("PERATURAN PEMERINTAHNOMOR 43 TAHUN 2006", "43"),                           # UU 6/1947
    ("PERATURAN PEMERINTAH NO. 43 TAHUN 2006", "43"),                            # UU 11/1946
    ("PERATURAN PEMERINTAH No. 43 TAHUN 2006", "43"),                            # UU 16/1950
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\n43 TAHUN 2006", "43"),            # UU 13/1982
])
def test_title_number_read_through_ocr_damage(head_line, number):
    """UU 15/2019 opens with a stray "Menimbang Menimbang" before its title; UU 2/2022 prints
    "NOMOR 2TAHVN 2022"; UU 11/2020 (Cipta Kerja) "TAHUN 2O2O": all were indexed as UNKNOWN ?/0
    (and then skipped as copies of one another)."""
    head = HEAD_PP.replace("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006", head_line)
    reg = parse("Pasal 1\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert (reg.type, reg.number, reg.year, reg.full_number) == ("PP", number, 2006, f"{number} Tahun 2006")
    assert "metadata_missing" not in codes(reg)


HEAD_UU = HEAD_PP.replace("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006",
                          "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 25 TAHUN 2007")


@pytest.mark.parametrize("title_line", [
    "UNDANG UNDANG REPUBLIK INDONESIA",         # UU 25/2007, UU 11/2006, UU 4/1997
    "UNDANG - UNDANG REPUBLIK INDONESIA",       # UU 30/1999
    "UNDANG – UNDANG REPUBLIK INDONESIA",       # UU 40/2009 (en dash)
    "UNDANG\u2010UNDANG REPUBLIK INDONESIA",    # UU 68/1958 (Unicode hyphen)
    "UNDANG.UNDANG REPUBLIK INDONESIA",         # UU 32/2014
    "UNDANG- REPUBLIK INDONESIA",               # UU 26/1958, UU 7/1982: the first UNDANG- lost
    "UNDANG REPUBLIK INDONESIA",                # UU 26/2022
    "UNDANG-UNDANG ^REPUBLIK INDONESIA",        # UU 5/2017
    "UNDANG-UNDANG REPUBLIK INDONESIA UNDANG- REPUBLIK INDONESIA",   # printed twice
])
def test_undang_undang_read_through_spelling_and_ocr(title_line):
    """A UU title whose "UNDANG-UNDANG" is printed or OCR'd otherwise: the type was not
    found, the law became UNKNOWN ?/0 (UU 25/2007 Penanaman Modal was skipped at index time
    as a copy of another such file)."""
    head = HEAD_UU.replace("UNDANG-UNDANG REPUBLIK INDONESIA", title_line)
    reg = parse("Pasal 1\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert (reg.type, reg.number, reg.year) == ("UU", "25", 2007)
    assert reg.title == "Undang-Undang Republik Indonesia Nomor 25 Tahun 2007 tentang Perizinan Reaktor Nuklir"
    assert "metadata_missing" not in codes(reg)


def test_a_title_ends_at_dengan_rahmat_glued_to_the_next_word():
    """"DENGAN RAHMATTUHAN YANG MAHA ESA" (OCR, UU 40/2014) ended no title: its subject ran on
    into the preamble ("… tentang Perasuransian dengan Rahmattuhanyang Maha Esa …")."""
    head = HEAD_UU.replace("DENGAN RAHMAT TUHAN", "DENGAN RAHMATTUHAN")
    reg = parse("Pasal 1\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert reg.title == "Undang-Undang Republik Indonesia Nomor 25 Tahun 2007 tentang Perizinan Reaktor Nuklir"


def test_the_cipta_kerja_title_is_read():
    """UU 11/2020 as OCR'd: a stray "Menimbang" above the title and the year "2O2O"."""
    head = ("Menimbang Menimbang UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 11 TAHUN 2O2O TENTANG "
            "CIPTA KERJA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\n"
            "a. bahwa untuk mewujudkan tujuan pembentukan Pemerintah Negara Indonesia;\n"
            "MEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG TENTANG CIPTA KERJA.\n")
    reg = parse("Pasal 1\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert (reg.id, reg.full_number) == ("uu-11-2020", "11 Tahun 2020")
    assert reg.title == "Undang-Undang Republik Indonesia Nomor 11 Tahun 2020 tentang Cipta Kerja"


def test_a_perppu_title_spelt_without_hyphen_stays_a_perppu():
    head = HEAD_PP.replace("PERATURAN PEMERINTAH REPUBLIK INDONESIA",
                           "PERATURAN PEMERINTAH PENGGANTI UNDANG UNDANG REPUBLIK INDONESIA")
    reg = parse("Pasal 1\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert (reg.type, reg.number, reg.year) == ("PERPPU", "43", 2006)


@pytest.mark.parametrize("title_line", [
    "PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2O0g",   # "g" is no digit
    "PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 9O06",   # no plausible year
])
def test_a_year_that_does_not_read_as_one_is_not_taken(title_line):
    head = HEAD_PP.replace("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006", title_line)
    reg = parse("Pasal 1\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)


def test_a_nomor_followed_by_no_number_is_no_title_number():
    """"NOMOR INDUK": ``_NUMBER`` ignores case, so "I" reads as an OCR'd 1 and "nduk" as
    the rest: no number, and no crash."""
    head = HEAD_PP.replace("NOMOR 43 TAHUN 2006\nTENTANG\nPERIZINAN REAKTOR NUKLIR",
                           "TENTANG\nNOMOR INDUK KEPENDUDUKAN nomor induk tahun 2006")
    reg = parse("Pasal 1\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)


def test_the_number_of_a_regulation_the_title_names_is_not_the_title_number():
    """The mended spellings ("No. 3") are read in the title's own name and number only: not
    in its subject, nor in a preamble read as the head of a text that lost its title (UU
    12/1949: "… Menetapkan … UNDANG-UNDANG UNTUK MENGUBAH UNDANG-UNDANG No. 27 TAHUN 1948")."""
    head = HEAD_UU.replace("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 25 TAHUN 2007\nTENTANG\n"
                           "PERIZINAN REAKTOR NUKLIR",
                           "UNDANG-UNDANG NMONOR 6 TAHUN 1947\nTENTANG\n"
                           "PERUBAHAN UNDANG-UNDANG No. 3 TAHUN 1946")
    reg = parse("Pasal 1\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n", head=head)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)
    preamble = ("bahwa perlu diadakan beberapa perubahan dalam Undang-Undang tentang susunan Dewan "
                "Perwakilan Rakyat dan pemilihan anggauta-anggautanya terutama berhubung dengan "
                "keadaan pada waktu sekarang untuk mempercepat penyelenggaraannya;\n"
                "Mengingat : pasal 5 ayat 1 Undang-Undang Dasar;\n"
                "Menetapkan Peraturan sebagai berikut: UNDANG-UNDANG UNTUK MENGUBAH "
                "UNDANG-UNDANG No. 27 TAHUN 1948 TENTANG SUSUNAN DEWAN PERWAKILAN RAKYAT.\n")
    body = preamble + "Pasal 1\nUndang-undang ini mulai berlaku.\n"
    reg = parse_pages([body], path="salinan.md", paged=False)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)
    # its file's name numbers it, never the law its preamble names
    reg = parse_pages([body], path="uu/1949/12.md", paged=False)
    assert reg.id == "uu-12-1949" and "metadata_missing" not in codes(reg)
    assert "metadata_from_file_name" in codes(reg)


@pytest.mark.parametrize("path, name", [
    ("/data/arsip-2020-11.md", "arsip-2020-11"),
    ("/data/arsip/2020/11.md", "arsip-2020-11"),    # a bare number is named with its folders
    ("arsip\\2020\\11.pdf", "arsip-2020-11"),
    ("pergub-1-2021.md", "pergub-1-2021"),   # whose Pergub? the name does not say
    ("Tanpa Nomor (salinan).txt", "tanpa-nomor-salinan"),
    ("11.md", "11"),
    ("", ""),
])
def test_a_regulation_whose_identity_cannot_be_read_is_named_after_its_file(path, name):
    """Every such file was UNKNOWN ?/0, one id for all: the index kept the first and skipped
    the others as its copies (UU 11/2020 lost as a copy of UU 11/1946), and their articles
    would have been versions of one another. Its number is its file's name and a digest of
    its text, which keeps apart two files of one name in two folders."""
    text = ("MEMUTUSKAN:\nMenetapkan: PERATURAN TENTANG SESUATU.\nPasal 1\n"
            "Setiap orang wajib mematuhi peraturan ini.\n")
    reg = parse_pages([text], path=path, paged=False)
    assert (reg.type, reg.year) == ("UNKNOWN", 0)
    assert re.fullmatch(rf"{re.escape(name)}-?[0-9a-f]{{6}}", reg.number)
    assert reg.number.startswith(name) and reg.id == f"unknown-{reg.number}-0"
    [missing] = [a for a in reg.anomalies if a.code == "metadata_missing"]
    assert missing.message == ("type, number or year not found in the title block (indexed as "
                               "UNKNOWN: citations of it will not resolve)")
    assert parse_pages([text], path=path, paged=False).id == reg.id          # stable
    other = parse_pages([text.replace("mematuhi", "menaati")], path=path, paged=False)
    assert other.id != reg.id                                                # another text


@pytest.mark.parametrize("path, identity", [
    ("/data/uu/1986/5.md", "uu-5-1986"),             # the scale corpus's folders
    ("uu-5-1986.md", "uu-5-1986"),
    ("UU_No_5_Tahun_1986_PTUN.pdf", "uu-5-1986"),
    ("Peraturan Pemerintah Nomor 43 Tahun 2006.txt", "pp-43-2006"),
    ("perpu-1-2014 pilkada.md", "perppu-1-2014"),
    ("uu-10-2016-perubahan-kedua-uu-1-2015.txt", "uu-10-2016"),   # the first it names
    ("uu/2000/2000.md", None),       # which is the year?
    ("/data/2020/11.md", None),      # no type
    ("pergub-1-2021.md", None),      # whose Pergub?
])
def test_a_regulation_whose_text_prints_no_number_is_named_by_its_file(path, identity):
    """A copy starting at its recitals (UU 5/1986 in the scale corpus) was indexed as
    UNKNOWN, so its amendments joined nothing; a file name that gives type, number and year
    unmistakably names it, with an anomaly saying so (a file may be misnamed)."""
    text = ("MEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG TENTANG PERADILAN TATA USAHA NEGARA.\n"
            "Pasal 1\nSetiap orang wajib mematuhi peraturan ini.\n")
    reg = parse_pages([text], path=path, paged=False)
    if identity is None:
        assert reg.type == "UNKNOWN" and "metadata_from_file_name" not in codes(reg)
        return
    assert reg.id == identity and "metadata_missing" not in codes(reg)
    [named] = [a for a in reg.anomalies if a.code == "metadata_from_file_name"]
    assert path in named.message and f"{reg.number}/{reg.year}" in named.message
    assert reg.title.endswith(f"Nomor {reg.number} Tahun {reg.year} tentang Peradilan Tata "
                              "Usaha Negara")
    # a title block, where there is one, wins over the file's name
    titled = parse_pages(["PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006\n"
                          "TENTANG\nPERIZINAN REAKTOR NUKLIR\n" + text], path=path, paged=False)
    assert titled.id == "pp-43-2006" and "metadata_from_file_name" not in codes(titled)


# --- an amendment that replaces some ayat of an article (PERKA BAPETEN 1/2013) -------------

PERKA_PASAL_10 = ("Pasal I\nBeberapa ketentuan dalam Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 3 "
                  "Tahun 2012 tentang Penatausahaan diubah sebagai berikut:\n"
                  "1. Ketentuan Pasal 10 ayat (4) huruf b diubah sehingga berbunyi sebagai berikut:\n"
                  "Pasal 10\n(4) Apabila Wajib Bayar tidak melakukan pembayaran maka:\n"
                  "a. BAPETEN mengirimkannya sebagai piutang negara;\nb. BAPETEN akan mencabut izin.\n"
                  "Pasal II\nPeraturan ini mulai berlaku.\n")


def test_a_change_naming_an_ayat_and_quoting_only_it_replaces_that_ayat():
    """QA: the whole Pasal 10 PERKA 3/2012 was taken as replaced by a text holding only its ayat
    (4): ayat (1)-(3), the first three billings, read as repealed."""
    ten = pasal(parse(PERKA_PASAL_10), "10", quoted=True)
    assert ten.amends.ayat == ("4",) and [a.number for a in ten.ayat] == ["4"]


@pytest.mark.parametrize("instruction", [
    "1. Ketentuan Pasal 10 ayat (4) diubah sehingga Pasal 10 berbunyi sebagai berikut:",
    "1. Pasal 10 ayat (4) dan Pasal 11 diubah, sehingga keseluruhan Pasal 10 berbunyi:",
    "1. Ketentuan Pasal 10 diubah sehingga berbunyi sebagai berikut:",
])
def test_a_change_restating_the_whole_article_replaces_it_whole(instruction):
    body = PERKA_PASAL_10.replace(
        "1. Ketentuan Pasal 10 ayat (4) huruf b diubah sehingga berbunyi sebagai berikut:", instruction)
    assert pasal(parse(body), "10", quoted=True).amends.ayat == ()


def test_a_body_without_its_menetapkan_starts_after_memutuskan():
    """UU 13/2022: OCR lost "Menetapkan:" before the title; the first one left is in a template
    its Lampiran prints, so the whole law was read as that template's one Pasal."""
    text = ("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 13 TAHUN 2022\nTENTANG\nPERUBAHAN KEDUA ATAS "
            "UNDANG-UNDANG NOMOR 12 TAHUN 2011\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMEMUTUSKAN:\n"
            "UNDANG-UNDANG TENTANG PERUBAHAN KEDUA.\nPasal I\nBeberapa ketentuan dalam Undang-Undang "
            "Nomor 12 Tahun 2011 diubah sebagai berikut:\n1. Ketentuan Pasal 58 diubah sehingga "
            "berbunyi sebagai berikut:\nPasal 58\nPengharmonisan dilakukan oleh menteri.\nPasal II\n"
            "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n" + CLOSING_PP +
            "LAMPIRAN\nMenetapkan: PERATURAN ... TENTANG ...\nPasal 1\n(Materi pokok yang diatur)\n")
    reg = parse_pages([text], path="uu-13-2022.md", paged=False)
    assert reg.amends == RegulationRef("UU", "12", 2011)
    assert [(a.pasal, a.amends is not None) for a in reg.articles[:3]] == [
        ("I", False), ("58", True), ("II", False)]


def test_own_headings_ocr_damaged_inside_lines_are_read_as_the_next_number():
    """UU 11/2020 (scale corpus, lines 30-60 and 3574, trimmed) lost its own Pasal 7, 11 and
    147: "Pasai 7" (an i for the l), "Pasal 1 1" (digits spaced), "Pasal, 147" (a comma) were
    not read as headings, so Pasal 7 became the title of Paragraf 1 and 11 and 147 text of the
    article before. Each is the next number, so each is read; a Paragraf glued after the
    sentence that ends the article before heads the next one."""
    body = ("BAB III PENINGKATAN EKOSISTEM INVESTASI DAN KEGIATAN BERUSAHA\n"
            "Bagian Kesatu Umum Pasal 6 Peningkatan ekosistem investasi dan kegiatan berusaha "
            "sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a meliputi:\n"
            "a. penerapan Perizinan Berusaha berbasis risiko;\n"
            "b. penyederhanaan persyaratan investasi.\n"
            "Bagian Kedua Penerapan Perizinan Berusaha Berbasis Risiko Paragraf 1 Umum Pasai 7 (1) "
            "Perizinan Berusaha berbasis risiko sebagaimana dimaksud dalam Pasal 6 huruf a "
            "dilakukan "
            "berdasarkan penetapan tingkat risiko dan peringkat skala usaha kegiatan usaha. (2) "
            "Penetapan tingkat risiko diperoleh berdasarkan penilaian tingkat bahaya.\n"
            "Pasal 8\nIsi.\nPasal 9\nIsi.\n"
            "Pasal 10 (1) Perrzinan Berusaha untuk kegiatan usaha berisiko tinggi sebagaimana "
            "dimaksud "
            "dalam Pasal 7 ayat (7) huruf c berupa pemberian izin. (2) Izin merupakan persetujuan "
            "Pemerintah Pusat. Paragraf 5 Pengawasan Pasal 1 1 Pengawasan terhadap setiap kegiatan "
            "usaha dilakukan dengan pengaturan frekuensi pelaksanaan berdasarkan tingkat risiko "
            "sebagaimana dimaksud dalam Pasal 7 ayat (7) dan mempertimbangkan tingkat kepatuhan "
            "Pelaku Usaha. Paragraf 6 Peraturan Pelaksanaan Pasal 12 Ketentuan lebih lanjut "
            "mengenar "
            "Perizinan Berusaha berbasis risiko sebagaimana dimaksud dalam Pasal 7, Pasal 8, Pasal "
            "9, "
            "dan Pasal 1O, serta tata cara pengawasan sebagaimana dimaksud dalam Pasal 11 diatur "
            "dalam Peraturan Pemerintah.\n"
            "Pasal 13\n(5) Ketentuan lebih lanjut mengenai penggunaan tanah pada ruang atas tanah "
            "sebagaimana dimaksud pada ayat (1), ayat (2), ayat (31, dan ayat (4) diatur dalam "
            "Peraturan Presiden. Pasal, 14 Tanda bukti hak atas tanah, hak milik atas satuan rumah "
            "susun, hak pengelolaan, dan hak tanggungan dapat berbentuk elektronik.\n")
    reg = parse("Pasal 5\nIsi.\n" + body)
    assert [a.pasal for a in reg.articles] == [str(n) for n in range(5, 15)]
    seven = pasal(reg, "7")
    assert seven.paragraf == "Paragraf 1 Umum"
    assert seven.bagian == "Bagian Kedua Penerapan Perizinan Berusaha Berbasis Risiko"
    assert [a.number for a in seven.ayat] == ["1", "2"]
    assert pasal(reg, "10").text.endswith("Pemerintah Pusat.")       # Paragraf 5 is not its text
    assert pasal(reg, "11").text.startswith("Pengawasan terhadap setiap kegiatan usaha")
    assert pasal(reg, "11").paragraf == "Paragraf 5 Pengawasan"
    assert pasal(reg, "12").paragraf == "Paragraf 6 Peraturan Pelaksanaan"
    assert pasal(reg, "13").text.endswith("diatur dalam Peraturan Presiden.")
    assert pasal(reg, "14").text.startswith("Tanda bukti hak atas tanah")
    fixed = [a.message for a in reg.anomalies if a.code == "ocr_number_fixed"]
    assert fixed == ["heading 'Pasai 7' read as Pasal 7", "heading 'Pasal 1 1' read as Pasal 11",
                     "heading 'Pasal, 14' read as Pasal 14"]


@pytest.mark.parametrize("line", [
    # not the next number (Pasal 6 was last): a cross-reference OCR damaged stays text
    "Isi. Pasai 9 Penjelasan lain.",
    "Isi. Pasal 1 2 Penjelasan lain.",
    "Isi. Pasal, 40 Penjelasan lain.",
])
def test_a_damaged_heading_that_is_not_the_next_number_is_text(line):
    reg = parse(f"Pasal 5\nIsi.\nPasal 6\n{line}\n")
    assert [a.pasal for a in reg.articles] == ["5", "6"]
    assert pasal(reg, "6").text == line


# --- amending laws as older texts print them (scale corpus, /tmp/uutexts; trimmed) ------------

def uu_head(number: int, year: int, subject: str) -> str:
    return (f"UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR {number} TAHUN {year}\nTENTANG\n{subject}\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\n"
            "Menimbang : bahwa perlu mengubah undang-undang;\nMEMUTUSKAN :\n")


def test_a_pasal_i_printed_on_the_enacting_line_opens_the_amendment():
    """UU 45/2009 (Perikanan) prints "… TENTANG PERIKANAN. PASAL I Beberapa ketentuan …
    diubah sebagai berikut:" on its Menetapkan line: no "Pasal I" was read, so none of its 46
    change items was, and every article of UU 31/2004 it quotes was read as its own (27
    pasal_gap). Its "PASAL II" is glued after the last quoted sentence."""
    body = ("Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG- UNDANG NOMOR 31 TAHUN 2004 "
            "TENTANG PERIKANAN. PASAL I Beberapa ketentuan dalam Undang-Undang Nomor 31 Tahun 2004 "
            "tentang Perikanan (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 118, Tambahan "
            "Lembaran Negara Republik Indonesia Nomor 4433) diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 2 diubah sehingga Pasal 2 berbunyi sebagai berikut:\nPasal 2\n"
            "Pengelolaan perikanan dilakukan berdasarkan asas:\na. manfaat;\nb. keadilan.\n"
            "2. Di antara Pasal 110 dan Pasal 111 disisipkan 1 (satu) pasal yakni Pasal 110A, yang "
            "berbunyi sebagai berikut:\nPasal 110A\nSemua Peraturan Pemerintah yang diamanatkan "
            "untuk "
            "melaksanakan ketentuan Undang-Undang ini harus ditetapkan paling lama 1 (satu) tahun "
            "sejak Undang- Undang ini diundangkan. PASAL II Undang-Undang ini mulai berlaku pada "
            "tanggal diundangkan.\n")
    reg = parse(body, head=uu_head(45, 2009, "PERUBAHAN ATAS UNDANG-UNDANG NOMOR 31 TAHUN 2004 "
                                              "TENTANG PERIKANAN"))
    assert reg.amends == RegulationRef("UU", "31", 2004)
    assert [(a.pasal, a.amends.via if a.amends else None) for a in reg.articles] == [
        ("I", None), ("2", "Pasal I angka 1"), ("110A", "Pasal I angka 2"), ("II", None)]
    lead = pasal(reg, "I").ayat[0].text
    assert lead.startswith("Beberapa ketentuan dalam Undang-Undang Nomor 31")
    assert pasal(reg, "110A").text.endswith("sejak Undang-Undang ini diundangkan.")
    assert pasal(reg, "II").text == "Undang-Undang ini mulai berlaku pada tanggal diundangkan."
    assert not {"unplaced_text", "pasal_gap"} & set(codes(reg))


def test_quoted_text_opened_on_the_instruction_line_is_read_article_by_article():
    """UU 19/2000 (and the tax laws of 1994–2000) print the quoted text in quotes from the
    instruction's own line ("… berikut : "Pasal 1 Dalam …"), and the next item after the
    closing quote ("… hari kalender." 2. Ketentuan Pasal 2 …"): read as one item whose text
    ran to the end of the law (UU 16/2000: 1 change read of 42)."""
    body = ("Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR 19 TAHUN 1997 "
            "TENTANG PENAGIHAN PAJAK DENGAN SURAT PAKSA. PASAL I Beberapa ketentuan dalam "
            "Undang-undang "
            "Nomor 19 Tahun 1997 tentang Penagihan Pajak dengan Surat Paksa (Lembaran Negara "
            "Republik "
            "Indonesia Tahun 1997 Nomor 42, Tambahan Lembaran Negara Nomor 3686) diubah sebagai "
            "berikut :\n"
            "1. Ketentuan Pasal 1 diubah, sehingga keseluruhan Pasal 1 berbunyi sebagai berikut : "
            "\"Pasal 1 Dalam Undang-undang ini, yang dimaksud dengan :\n"
            "1. Pajak adalah semua jenis pajak yang dipungut oleh Pemerintah Pusat.\n"
            "2. Hari adalah hari kalender.\" 2. Ketentuan Pasal 2 ayat (3) diubah, sehingga "
            "keseluruhan "
            "Pasal 2 berbunyi sebagai berikut : \"Pasal 2 (1) Menteri berwenang menunjuk Pejabat "
            "untuk "
            "penagihan pajak pusat.\n"
            "(2) Kepala Daerah berwenang menunjuk Pejabat untuk penagihan pajak daerah.\"\n"
            "PASAL II\nUndang-undang ini mulai berlaku pada tanggal 1 Januari 2001.\n")
    reg = parse(body, head=uu_head(19, 2000, "PERUBAHAN ATAS UNDANG-UNDANG NOMOR 19 TAHUN 1997"))
    assert reg.amends == RegulationRef("UU", "19", 1997)
    assert [(c.label, c.targets) for c in reg.changes] == [("1", ("1",)), ("2", ("2",))]
    one, two = pasal(reg, "1", quoted=True), pasal(reg, "2", quoted=True)
    assert one.ayat[0].text == "Dalam Undang-undang ini, yang dimaksud dengan :"
    assert [i.text for i in one.ayat[0].items] == [
        "Pajak adalah semua jenis pajak yang dipungut oleh Pemerintah Pusat.",
        "Hari adalah hari kalender."]                  # the closing quote is not the article's
    assert [a.number for a in two.ayat] == ["1", "2"] and two.amends.via == "Pasal I angka 2"
    assert two.text.endswith("penagihan pajak daerah.")
    assert reg.changes[1].instruction.endswith("berbunyi sebagai berikut :")


def test_instructions_opening_with_their_verb_or_an_older_word_are_items():
    """UU 11/1994: "9. Menambah ketentuan baru di antara Pasal 5 dan Pasal 6 yang dijadikan
    Pasal 5A …" (after a page's catchword "Pasal 2…"); UU 10/1994: "1. Ketentuan Pasal 1
    disempurnakan, sehingga …"; "diganti dengan ketentuan yang berbunyi" (59 items in the scale
    corpus). None of them was read as an item; a quoted list item that starts with the verb
    but changes nothing ("5. Menambah jenis barang …") is not one."""
    body = ("Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR 8 TAHUN 1983. "
            "PASAL I Mengubah beberapa ketentuan dalam Undang-undang Nomor 8 Tahun 1983 tentang "
            "Pajak "
            "Pertambahan Nilai, sebagai berikut :\n"
            "1. Ketentuan Pasal 1 disempurnakan, sehingga berbunyi sebagai berikut : \"Pasal 1 "
            "Pajak "
            "dikenakan atas penyerahan barang.\" 2. Ketentuan Pasal 2 ayat (2) diubah, sehingga "
            "Pasal 2 "
            "seluruhnya menjadi berbunyi sebagai berikut: \"Pasal 2… \"Pasal 2 (1) Dalam hal Harga "
            "Jual "
            "dipengaruhi oleh hubungan istimewa, maka Harga Jual dihitung atas harga wajar.\n"
            "(2) Hubungan istimewa dianggap ada apabila:\n"
            "5. Menambah jenis barang yang penjualannya dikecualikan dari lelang.\" 3. Menambah "
            "ketentuan baru di antara Pasal 5 dan Pasal 6 yang dijadikan Pasal 5A dalam BAB III "
            "tentang Objek Pajak, yang berbunyi sebagai berikut : \"Pasal 5A Pajak atas penyerahan "
            "Barang Kena Pajak yang dikembalikan dapat dikurangkan.\"\n"
            "4. Ketentuan Pasal 8 ayat (7) diganti dengan ketentuan yang berbunyi sebagai berikut "
            ":\n"
            "\"(7) Tarif pajak ditetapkan dengan Peraturan Pemerintah.\"\n"
            "PASAL II\nUndang-undang ini mulai berlaku pada tanggal 1 Januari 1995.\n")
    reg = parse(body, head=uu_head(11, 1994, "PERUBAHAN ATAS UNDANG-UNDANG NOMOR 8 TAHUN 1983"))
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [
        ("1", "diubah", ("1",)), ("2", "diubah", ("2",)), ("3", "ditambahkan", ("5A",)),
        ("4", "diubah", ("8",))]
    assert [(a.pasal, a.amends.via) for a in reg.articles if a.amends] == [
        ("1", "Pasal I angka 1"), ("2", "Pasal I angka 2"), ("5A", "Pasal I angka 3"),
        ("8", "Pasal I angka 4")]
    assert pasal(reg, "2", quoted=True).text.startswith("(1) Dalam hal Harga Jual")
    assert "5. Menambah jenis barang" in pasal(reg, "2", quoted=True).text
    assert pasal(reg, "8", quoted=True).ayat[0].number == "7"


def test_an_article_an_item_inserts_read_through_an_apostrophe_for_its_letter():
    """UU 2/2022 angka 44 prints Pasal 62A as "Pasal 624'" glued after the BAB it inserts (and
    61A as "614'"): it was filed as Pasal 624 of UU 38/2004."""
    body = ("Pasal I\nBeberapa ketentuan dalam Undang-Undang Nomor 38 Tahun 2004 tentang Jalan "
            "diubah "
            "sebagai berikut:\n"
            "1. Di antara Bab VII dan Bab VIII disisipkan 1 (satu) bab, yakni Bab VIIA sehingga "
            "Bab VIIA "
            "berbunyi sebagai berikut: BAB VIIA PEI{YIDIKAN Pasal 624' (1) Selain pejabat penyidik "
            "Kepolisian Negara Republik Indonesia, pegawai negeri sipil tertentu diberi wewenang "
            "khusus "
            "sebagai penyidik. (21 Penyidik pegawai negeri sipil sebagaimana dimaksud pada ayat "
            "(1) "
            "berwenang:\na. melakukan pemeriksaan atas kebenaran laporan;\n"
            "Pasal II\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n")
    reg = parse(body)
    assert [(c.label, c.targets) for c in reg.changes] == [("1", ("62A",))]
    inserted = pasal(reg, "62A", quoted=True)
    assert inserted.amends.ref == RegulationRef("UU", "38", 2004)
    assert inserted.text.startswith("(1) Selain pejabat penyidik")
    assert not [a for a in reg.articles if "624" in a.pasal]


def test_articles_inserted_with_letters_ocr_printed_as_digits_are_the_named_ones():
    """UU 10/2011 angka 34 names "Pasal 730" for 73D and again for 73G: the quoted 73G was
    read as a lost item 35, and the real item 35 ("Ketentuan Pasal 76 dihapus.") was lost."""
    inserted = "".join(f"Pasal 73{letter}\nIsi {letter}.\n" for letter in "ABCDEF")
    body = ("Pasal I\nBeberapa ketentuan dalam Undang-Undang Nomor 32 Tahun 1997 tentang "
            "Perdagangan "
            "Berjangka Komoditi diubah sebagai berikut:\n"
            "34. Di antara Pasal 73 dan Pasal 74 disisipkan 7 (tujuh) pasal, yakni Pasal 73A, "
            "Pasal "
            "73B, Pasal 73C, Pasal 730, Pasal 73E, Pasal 73F, dan Pasal 730 sehingga berbunyi "
            "sebagai "
            f"berikut:\n{inserted.replace('Pasal 73B', 'Pasal 738')}Pasal 73G\nSetiap Pihak yang "
            "tidak "
            "melaporkan setiap transaksi dikenai sanksi.\n35. Ketentuan Pasal 76 dihapus.\n"
            "Pasal II\nUndang-Undang ini mulai berlaku.\n")
    reg = parse(body)
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [
        ("34", "disisipkan", tuple(f"73{letter}" for letter in "ABCDEFG")),
        ("35", "dihapus", ("76",))]
    assert [a.pasal for a in reg.articles if a.amends] == [f"73{letter}" for letter in "ABCDEFG"]
    assert "change_label_missing" not in codes(reg)


def test_an_amending_penjelasan_whose_pasal_i_is_glued_or_missing_is_read_by_angka():
    """UU 39/2007 (Cukai; scale corpus uu/2007/39.md lines 446-452, trimmed) prints "… II. PASAL
    DEMI PASAL Pasal I Angka 1" on one line: the "Pasal I Angka 1" was dropped, so no "Angka N"
    was read as an item and each stayed in the text of the entry before it ("Cukup jelas.
    Angka 2 Pasal 2 …" was Pasal 1's Penjelasan; 45 of 58 entries ended with "Angka N"). The
    same with no "Pasal I" heading at all."""
    body = ("Pasal I\nBeberapa ketentuan dalam Undang-Undang Nomor 11 Tahun 1995 tentang Cukai "
            "diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 1 diubah sehingga berbunyi sebagai berikut:\nPasal 1\n"
            "Dalam undang-undang ini yang dimaksud dengan cukai adalah pungutan negara.\n"
            "2. Ketentuan Pasal 2 diubah sehingga berbunyi sebagai berikut:\nPasal 2\n"
            "(1) Barang-barang tertentu dikenai cukai.\n(2) Barang kena cukai ditetapkan.\n"
            "3. Di antara Pasal 3 dan Pasal 4 disisipkan 1 (satu) pasal, yakni Pasal 3A yang "
            "berbunyi sebagai berikut:\nPasal 3A\nDokumen cukai dapat berbentuk data elektronik.\n"
            "Pasal II\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n")
    penjelasan = ("PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 39 TAHUN 2007\n"
                  "I. UMUM Cukai perlu diubah.\nh. pengaturan tentang bagi hasil dari cukai hasil "
                  "tembakau kepada pemerintah daerah. II. PASAL DEMI PASAL Pasal I Angka 1\n"
                  "Pasal 1\nCukup jelas. Angka 2 Pasal 2 Ayat (1) Huruf a Cukup jelas. Ayat (2) "
                  "Cukup jelas. "
                  "Angka 3\nPasal 3A\nCukup jelas.\nPasal II\nCukup jelas.\n")
    head = uu_head(39, 2007, "PERUBAHAN ATAS UNDANG-UNDANG NOMOR 11 TAHUN 1995 TENTANG CUKAI")
    for tail in (penjelasan, penjelasan.replace("Pasal I Angka 1\n", "Angka 1\n")):
        reg = parse(body, head=head, tail=tail)
        assert pasal(reg, "1", quoted=True).penjelasan == "Cukup jelas."
        two = pasal(reg, "2", quoted=True)
        assert two.penjelasan == "Ayat (1) Huruf a Cukup jelas. Ayat (2) Cukup jelas."
        assert two.ayat[1].penjelasan == "Cukup jelas."
        assert pasal(reg, "3A", quoted=True).penjelasan == "Cukup jelas."
        assert pasal(reg, "II").penjelasan == "Cukup jelas."
        assert "penjelasan_unmatched" not in codes(reg)


def test_markdown_links_of_a_converted_text_are_not_in_the_article():
    # UU 22/1999 Pasal 103 ayat (2) (scale corpus uu/1999/22.md; ayat (1) trimmed)
    reg = parse("Pasal 103\n(1) Kepala Desa berhenti karena meninggal dunia.\n"
                "(2) Pemberhentian Kepala Desa, sebagaimana dimaksud pada "
                "[ayat (1)](/uu/1999/22/pasal-103/ayat-1), dilakukan oleh Bupati atas usul Badan "
                "Perwakilan Desa.\n")
    assert pasal(reg, "103").ayat[1].text == (
        "Pemberhentian Kepala Desa, sebagaimana dimaksud pada ayat (1), dilakukan oleh Bupati "
        "atas usul Badan Perwakilan Desa.")


UU_20_1964_HEAD = (   # uu/1964/20.md lines 1, 9 and 10, verbatim
    'UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 20 TAHUN '
    '1964 TENTANG PERUBAHAN DAN TAMBAHAN UNDANG-UNDANG NO. 38 PRP. TAHUN 1960, TENTANG '
    'PENGGUNAAN DAN PENETAPAN LUAS TANAH UNTUK TANAMAN-TANAMAN TERTENTU PRESIDEN REPUBLIK '
    'INDONESIA,\n'
    'MEMUTUSKAN :\n'
    'Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN DAN TAMBAHAN UNDANG-UNDANG NO. 38 PRP '
    'TAHUN 1960 TENTANG PENGGUNAAN DAN PENETAPAN LUAS TANAH UNTUK TANAMAN-TANAMAN '
    'TERTENTU. Pasal I… Pasal I. Pasal 1 ayat 3 Undang-undang No. 38 Prp tahun 1960 '
    '(Lembaran-Negara tahun 1960 No. 120) diubah hingga berbunyi sebagai berikut:\n'
)

UU_20_1964_LINE_11 = (   # the quoted ayat, verbatim
    '(3) Berhubung dengan ketentuan tersebut pada ayat (1) pasal ini, maka dengan '
    'tidak mengurangi kemungkinan diselenggarakannya bentuk- bentuk pengusahaan '
    'pengesahan tanah lainnya, mengenai tanah-tanah yang diusahakan atas dasar '
    'perjanjian sewa-menyewa dan harus disediakan untuk tanaman-tanaman tertentu, '
    'oleh Menteri Agraria setelah mendengar Menteri Pertanian, ditetapkan jumlah sewa '
    'tanah yang layak bagi kaum tani. Pasal II. Pasal 2 Undang-undang No. 38 Prp '
    'tahun 1960 (Lembaran- Negara tahun 1960 No. 120) diubah dan ditambah sehingga '
    'berbunyi sebagai berikut:\n'
)


def test_an_amended_law_numbered_with_prp_is_read_by_its_number_and_year():
    """UU 20/1964 amends "Undang-undang No. 38 Prp tahun 1960" (its title and Pasal I): the
    "No." and the "Prp" between number and year left the law unread (``amended_unknown``),
    so the article it rewords was filed under UNKNOWN instead of UU 38/Prp/1960's Pasal 1."""
    reg = parse(UU_20_1964_LINE_11, head=UU_20_1964_HEAD)
    assert reg.amends == RegulationRef("UU", "38/Prp", 1960)
    assert pasal(reg, "1", quoted=True).amends.ref == RegulationRef("UU", "38/Prp", 1960)
    assert "amended_unknown" not in codes(reg)


def test_a_law_made_from_a_perppu_is_numbered_in_its_own_series():
    """The title of a law made from a Perppu prints "NOMOR 44 PRP TAHUN 1960" (the name of
    uu/2001/22.md line 388 set as a title: the scale corpus holds no such law itself); it was
    read with no year, so no number: its id is "uu-44/prp-1960", as references name it."""
    reg = parse("Pasal 1\nIsi.\n", head=(
        "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 44 PRP TAHUN 1960\nTENTANG\n"
        "PERTAMBANGAN MINYAK DAN GAS BUMI\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
        "PRESIDEN REPUBLIK INDONESIA,\nMEMUTUSKAN:\nMenetapkan : UNDANG-UNDANG TENTANG "
        "PERTAMBANGAN MINYAK DAN GAS BUMI.\n"))
    assert (reg.id, reg.full_number) == ("uu-44/prp-1960", "44 Prp Tahun 1960")


def test_a_list_label_ocr_printed_with_letters_is_read_as_the_number_expected():
    """QA round 4: UU 15/2019 Pasal 1 (amending UU 12/2011; uu/2019/15.md line 17, verbatim):
    "1O." and "ll." were no labels, so Prolegda was cited as angka 9 and Naskah Akademik
    (angka 11) was lost. Read only as the next number of the list; "l." stays huruf l."""
    body = ("Pasal 1\nDalam Peraturan Pemerintah ini yang dimaksud dengan:\n"
            "9. Program Legislasi Nasional yang selanjutnya disebut Prolegnas adalah instrumen "
            "perencanaan program pembentukan Undang-Undang yang disusun secara terencana, "
            "terpadu, dan sistematis. 1O. Program Legislasi Daerah yang selanjutnya disebut "
            "Prolegda adalah instrumen perencanaan program pembentukan Peraturan Daerah Provinsi "
            "atau Peraturan Daerah KabupatenlKota. yang disusun secara terencana, terpadu, dan "
            "sistematis. ll.Naskah Akademik adalah naskah hasil penelitian atau pengkajian hukum "
            "dan hasil penelitian lainnya terhadap suatu masalah tertentu yang dapat "
            "dipertanggungjawabkan secara ilmiah.\n"
            "12. Pengundangan adalah penempatan Peraturan Perundang-undangan dalam Lembaran "
            "Negara Republik Indonesia.\n")
    items = parse(body).articles[0].ayat[0].items
    assert [item.label for item in items] == ["9", "10", "11", "12"]
    assert items[1].text.startswith("Program Legislasi Daerah yang selanjutnya disebut Prolegda")
    assert items[2].text.startswith("Naskah Akademik adalah")
