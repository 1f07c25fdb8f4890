"""Ayat split where the source does not mean one, and text that is no ayat read as one (session
20): a reference to several ayat read as a new ayat, page catchwords taken from a website read as
ayat and items, labels of consecutive ayat printed together or above their article's heading,
and a running head OCR garbled inside an item. Excerpts verbatim from the scale corpus
(``/tmp/uutexts/uu/<year>/<n>.md``; ``tests/fixtures/README.md`` for the fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regsearch import clean
from regsearch.parse import parse_pages

from .laws import law_text

FIXTURE = Path(__file__).parent / "fixtures" / "uu-22-2009-llaj-catchwords.md"

#: UU 1/1974 (Perkawinan), 1.md lines 40-43: Pasal 7.
PERKAWINAN_PASAL_7 = (
    'Pasal 7\n'
    '(1) Perkawinan hanya diizinkan jika pihak pria sudah mencapai umur 19 (sembilan belas) tahun dan pihak wanita sudah mencapai umur 16 (enam belas) tahun.\n'
    '(2) Dalam hal penyimpangan terhadap ayat (1) pasal ini dapat meminta dispensasi kepada Pengadilan atau Pejabat lain yang ditunjuk oleh kedua orang tua pihak pria maupun pihak wanita.\n'
    '(3) Ketentuan-ketentuan mengenai keadaan salah seorang atau kedua orang tua tersebut dalam Pasal 6 ayat (3) dan (4) Undang-undang ini, berlaku juga dalam hal permintaan dispensasi tersebut ayat (2) pasal ini dengan tidak mengurangi yang dimaksud dalam Pasal 6 ayat (6).\n'
)
#: UU 7/1983 (Pajak Penghasilan), 7.md lines 165-168: Pasal 16, whose ayat (3) follows a
#: reference and a comma printed for a full stop.
PPH_PASAL_16 = (
    'Pasal 16\n'
    '(1) Penghasilan kena pajak, sebagai dasar penerapan tarif bagi Wajib Pajak dalam negeri dalam suatu tahun pajak, dihitung dengan cara mengurangkan penghasilan sebagaimana dimaksud dalam Pasal 4 ayat (1), dengan pengurangan sebagaimana dimaksud dalam Pasal 6 ayat (1), Pasal 7 ayat (1), dan Pasal 9 ayat (1) huruf b, huruf c, dan huruf d.\n'
    '(2) Penghasilan kena pajak bagi Wajib Pajak dalam negeri tertentu sebagaimana dimaksud dalam Pasal 14 ayat (2), dihitung dengan menggunakan Norma Penghitungan sebagaimana dimaksud dalam Pasal 14 ayat (1), (3) Penghasilan kena pajak bagi Wajib Pajak luar negeri adalah jumlah penghasilan bruto yang diterima atau diperoleh.\n'
    'Pasal 17\n'
)
#: UU 20/2003 (Sisdiknas), 20.md lines 201-204 (Pasal 34) and 269-281 (Pasal 42-44).
SISDIKNAS_PASAL_34 = (
    'Pasal 34\n'
    '(1) (2) Setiap warga negara yang berusia 6 (enam) tahun dapat mengikuti program wajib belajar. Pemerintah dan Pemerintah Daerah menjamin terselenggaranya wajib belajar minimal pada jenjang pendidikan dasar tanpa memungut biaya.\n'
    '(3) Wajib belajar merupakan tanggung jawab negara yang diselenggarakan oleh lembaga pendidikan Pemerintah, Pemerintah Daerah, dan masyarakat.\n'
    '(4) Ketentuan mengenai wajib belajar sebagaimana dimaksud dalam ayat (1), ayat (2), dan ayat (3) diatur lebih lanjut dengan Peraturan Pemerintah.\n'
)
SISDIKNAS_PASAL_42_44 = (
    'Pasal 42\n'
    '(1) Pendidik harus memiliki kualifikasi minimum dan sertifikasi sesuai dengan jenjang kewenangan mengajar, sehat jasmani dan rohani, serta memiliki kemampuan untuk mewujudkan tujuan pendidikan nasional.\n'
    '(2) Pendidik untuk pendidikan formal pada jenjang pendidikan usia dini, pendidikan dasar, pendidikan menengah, dan pendidikan tinggi dihasilkan oleh perguruan tinggi yang terakreditasi.\n'
    '(3) Ketentuan mengenai kualifikasi pendidik sebagaimana dimaksud dalam ayat (1) dan ayat (2) diatur lebih lanjut dengan Peraturan Pemerintah.\n'
    '(1)\n'
    'Pasal 43\n'
    'Promosi dan penghargaan bagi pendidik dan tenaga kependidikan dilakukan berdasarkan latar belakang pendidikan, pengalaman, kemampuan, dan prestasi kerja dalam bidang pendidikan.\n'
    '(2) Sertifikasi pendidik diselenggarakan oleh perguruan tinggi yang memiliki program pengadaan tenaga kependidikan yang terakreditasi.\n'
    '(3) Ketentuan mengenai promosi, penghargaan, dan sertifikasi pendidik sebagaimana dimaksud dalam ayat (1) dan ayat (2) diatur lebih lanjut dengan Peraturan Pemerintah.\n'
    '(1)\n'
    'Pasal 44\n'
    'Pemerintah dan Pemerintah Daerah wajib membina dan mengembangkan tenaga kependidikan pada satuan pendidikan yang diselenggarakan oleh Pemerintah dan Pemerintah Daerah.\n'
    '(2) Penyelenggara pendidikan oleh masyarakat berkewajiban membina dan mengembangkan tenaga kependidikan pada satuan pendidikan yang diselenggarakannya.\n'
)
#: UU 27/2022 (Pelindungan Data Pribadi), 27.md lines 76-88 (Pasal 20 and 21, their headings
#: glued inside lines), after a "Pasal 19" heading (an edit: the excerpt starts the article
#: sequence there).
PDP_PASAL_20_21 = "Pasal 19\n" + (
    'Bagian Kedua Kewajiban Pengendali Data Pribadi Pasal 20 (1) Pengendali Data Pribadi wajib memiliki dasar pemrosesan Data Pribadi.\n'
    '(2) Dasar pernmsesan Data Pribadi sebagaimana dimaksud pada ayat (1) meliputi:\n'
    'a. persetujuan yang sah secara eksplisit dari Subjek Data Pribadi untuk 1 (sahr) atau beberapa tujuan tertentu yang telah disampait<an oleh Pengendali Data Pribadi kepada Subjek Data Pribadi;\n'
    'b. pemenuhan kewajiban perjanjian dalam hal Subjek Data Pribadi merupakan salah satu pihak atau untuk memenuhi permintaan Subjek Data Pribadi pada saat akan melalrukan pedanjian;\n'
    'c. pemenuhan kewajiban hukum dari Pengendali Data Pribadi sesuai dengan ketentuan peraturan perundang-undangan;\n'
    'd. pemenuhan pelindungan kepentingan vital Subjek Data Pribadi;\n'
    'e. pelaksanaan tugas dalam rangka kepentJngan umum, pelayanan publik, atau pelaksanaan . kewenangan Pengendali Data Pribadi berdasarkan peraturan perundang-undangan; dan/atau\n'
    'f. pemenuhan kepentingan yang sah lainnya dengan memperhatikan tujuan, kebututran, dan keseimbangan kepentingan Pengendali Data Pribadi dan hak Subjek Data Pribadi. Pasal 21 (1) Dalam hal pemrosesan Data Pribadi berdasarkan persetujuan sebagaimana dimaksud dalam Pasal 2O ayat (21 huruf a, Pengendali Data Pribadi wajib menyampaikan Informasi mengenai:\n'
    'a. legalitas dari pemrosesan Data Pribadi;\n'
    'b. tujuan pemrosesan Data Pribadi;\n'
    'c. ^jenis dan relevansi Data Pribadi ^yang akan diproses;\n'
    'd. ^jangka waktu retensi dokumen ^yang memuat Data Pribadi;\n'
    'e. rincian mengenai Informasi yang f. ^jangka waktu pemrosesan Data Pribadi; dan C. ^hak ^Subjek Data Pribadi. PRESIEIEN REPUBLIK INOONESIA (2) Dalam hal terdapat perubahan Informasi sebagaimana dimaksud pada ayat (1), Pengendali Data Pribadi wajib . ^memberitahukan ^kepada ^Subjek Data Pribadi ^sebelum terjadi perubahan Informasi. Pasa722 (1) Persetujuan pemrosesan Data Pribadi dilakukan melalui persetujuan tertulis atau terekam. (2) Persetqiuan sebagaimana dimaksud pada ayat (1) dapat disampaikan secara elektronik atau nonelektronik. (3) Persetqjuan sebagaimana dimaksud pada ayat (1) mempunyai kekuatan hukum yang sama.\n'
)


def _articles(number: int, year: int, title: str, body: str) -> dict:
    reg = parse_pages([law_text(number, year, title, body, "1 Januari " + str(year))],
                      path=f"uu/{year}/{number}.md", paged=False)
    return {article.pasal: article for article in reg.articles}, reg.anomalies


def test_a_reference_to_several_ayat_is_no_new_ayat():
    """QA round, session 20: "… dalam Pasal 6 ayat (3) dan (4) Undang-undang ini, berlaku …"
    was cut at "(4)": UU 1/1974 Pasal 7 had a phantom ayat (4) and its ayat (3) stopped at
    "Pasal 6 ayat (3) dan"."""
    articles, anomalies = _articles(1, 1974, "Perkawinan", PERKAWINAN_PASAL_7)
    ayat = articles["7"].ayat
    assert [a.number for a in ayat] == ["1", "2", "3"]
    assert "Pasal 6 ayat (3) dan (4) Undang-undang ini, berlaku juga" in ayat[2].text
    assert ayat[2].text.endswith("dimaksud dalam Pasal 6 ayat (6).")


def test_a_label_after_a_reference_and_a_comma_is_still_an_ayat():
    """"… Pasal 14 ayat (1), (3) Penghasilan kena pajak bagi Wajib Pajak luar negeri …": a
    comma alone is no sign of a list of references; ayat (3) stays."""
    articles, _ = _articles(7, 1983, "Pajak Penghasilan", PPH_PASAL_16)
    ayat = articles["16"].ayat
    assert [a.number for a in ayat] == ["1", "2", "3"]
    assert ayat[2].text.startswith("Penghasilan kena pajak bagi Wajib Pajak luar negeri")


@pytest.fixture(scope="module")
def llaj():
    return parse_pages([FIXTURE.read_text(encoding="utf-8")], path="uu/2009/22.md", paged=False)


def test_catchwords_are_no_ayat_and_no_definitions(llaj):
    """UU 22/2009 as taken from a website keeps the catchword of each page ("(2) Ketentuan...",
    "25. Penumpang...", "15. Parkir..."): Pasal 312 and 280 had an ayat (2) "Ketentuan..." /
    "Setiap..." and no ayat (1), and Pasal 1's definitions ran 14, 25, 15, …, 24, 35, 25."""
    articles = {a.pasal: a for a in llaj.articles}
    for pasal in ("280", "312"):
        assert [a.number for a in articles[pasal].ayat] == [None]
        assert "..." not in articles[pasal].text
    definitions = articles["1"].ayat[0].items
    assert [item.label for item in definitions] == [str(n) for n in range(1, 41)]
    assert definitions[14].text.startswith("Parkir adalah keadaan Kendaraan berhenti")
    assert not any(item.text.endswith("...") for item in definitions)
    codes = [a.code for a in llaj.anomalies]
    assert "ayat_gap" not in codes and "item_gap" not in codes


@pytest.mark.parametrize(("line", "cleaned"), [
    ("(2) Ketentuan...", ""),
    ("25. Penumpang...", ""),
    ("… sehari-hari. Pasal 2… Pasal 2. Bantuan penghidupan …",        # UU 4/1965
     "… sehari-hari. Pasal 2. Bantuan penghidupan …"),
    ("c. asas berkelanjutan; BAB IV...", "c. asas berkelanjutan;"),   # UU 22/2009
    ("a. tarif Penumpang untuk angkutan orang dalam trayek; dan (2) Tarif...",
     "a. tarif Penumpang untuk angkutan orang dalam trayek; dan"),
    ("pertolongan pertama pada kecelakaan. Ayat (3)... Huruf c Yang dimaksud dengan “ukuran” "
     "adalah dimensi utama", "pertolongan pertama pada kecelakaan. Huruf c Yang dimaksud dengan "
     "“ukuran” adalah dimensi utama"),
    # a drafting example's elisions (UU 12/2011, UU 10/2004) are text
    ("(2) Ketentuan mengenai... diatur dengan Peraturan Pemerintah.",
     "(2) Ketentuan mengenai... diatur dengan Peraturan Pemerintah."),
    ("a. Nomor... Tahun... (Lembaran Negara Republik Indonesia Tahun... Nomor...); b. Nomor... "
     "Tahun...", "a. Nomor... Tahun... (Lembaran Negara Republik Indonesia Tahun... Nomor...); "
     "b. Nomor... Tahun..."),
    ("BAB I … Pasal 1... BAB II... Pasal... BAB... (dan seterusnya)",
     "BAB I … Pasal 1... BAB II... Pasal... BAB... (dan seterusnya)"),
    ("3. dan seterusnya... ;", "3. dan seterusnya... ;"),
    # its page's first words follow with their label garbled (UU 4/2019 Pasal 45): the label stays
    ("(2) Bidan... SK No 004148 A (21 Bidan yang tidak melengkapi",
     "(2) Bidan... SK No 004148 A (21 Bidan yang tidak melengkapi"),
])
def test_catchwords_removed_where_printed(line, cleaned):
    assert clean.remove_catchwords(line) == cleaned


def test_labels_printed_together_go_to_their_sentences():
    """UU 20/2003 Pasal 34: "(1) (2) Setiap warga negara … wajib belajar. Pemerintah dan
    Pemerintah Daerah menjamin …" was an empty ayat (1) and an ayat (2) of both sentences."""
    articles, _ = _articles(20, 2003, "Sistem Pendidikan Nasional", SISDIKNAS_PASAL_34)
    ayat = articles["34"].ayat
    assert [a.number for a in ayat] == ["1", "2", "3", "4"]
    assert ayat[0].text == ("Setiap warga negara yang berusia 6 (enam) tahun dapat mengikuti "
                            "program wajib belajar.")
    assert ayat[1].text.startswith("Pemerintah dan Pemerintah Daerah menjamin terselenggaranya")


def test_a_label_printed_above_the_heading_is_the_first_ayat_s():
    """UU 20/2003 prints ayat (1)'s label on the line above "Pasal 43" (and 44, 68, 69 …): it was
    dropped as a page number, and Pasal 43 began with an unnumbered text ("ayat (2) first, no
    ayat (1)")."""
    articles, anomalies = _articles(20, 2003, "Sistem Pendidikan Nasional", SISDIKNAS_PASAL_42_44)
    for pasal, first in (("43", "Promosi dan penghargaan bagi pendidik"),
                         ("44", "Pemerintah dan Pemerintah Daerah wajib membina")):
        ayat = articles[pasal].ayat
        assert [a.number for a in ayat][:2] == ["1", "2"]
        assert ayat[0].text.startswith(first)
    assert [a.number for a in articles["42"].ayat] == ["1", "2", "3"]
    assert not [a for a in anomalies if a.code == "ayat_gap"]


def test_a_garbled_running_head_inside_an_item_is_dropped():
    """UU 27/2022 Pasal 21 ayat (1) huruf e ended "… Subjek Data Pribadi. PRESIEIEN REPUBLIK
    INOONESIA": the running head as OCR garbled it."""
    articles, _ = _articles(27, 2022, "Pelindungan Data Pribadi", PDP_PASAL_20_21)
    ayat = articles["21"].ayat
    assert [a.number for a in ayat] == ["1", "2"]
    assert ayat[0].items[-1].text.endswith("^hak ^Subjek Data Pribadi.")
    assert not any("NESIA" in a.text for a in articles.values())


@pytest.mark.parametrize(("line", "cleaned"), [
    ("… Subjek Data Pribadi. PRESIEIEN REPUBLIK INOONESIA (2) Dalam hal terdapat perubahan",
     "… Subjek Data Pribadi. (2) Dalam hal terdapat perubahan"),
    ("… dalam Pasal 4 ayat (2). FRESTDEN REPUBUK INDONESIA -393- (3) Ketentuan lebih lanjut",
     "… dalam Pasal 4 ayat (2). (3) Ketentuan lebih lanjut"),
    # the title and the issuer keep their words
    ("MEMUTUSKAN: Menetapkan: PERATURAN PRESIDEN REPUBLIK INDONESIA TENTANG KEMENTERIAN",
     "MEMUTUSKAN: Menetapkan: PERATURAN PRESIDEN REPUBLIK INDONESIA TENTANG KEMENTERIAN"),
    ("Disahkan di Jakarta pada tanggal 1 Januari 2020 PRESIDEN REPUBLIK INDONESIA, ttd",
     "Disahkan di Jakarta pada tanggal 1 Januari 2020 PRESIDEN REPUBLIK INDONESIA, ttd"),
    ("… diatur oleh ANGGOTA DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA sebagaimana …",
     "… diatur oleh ANGGOTA DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA sebagaimana …"),
])
def test_garbled_running_heads_inside_lines(line, cleaned):
    assert clean.remove_inline_running_heads(line) == cleaned
