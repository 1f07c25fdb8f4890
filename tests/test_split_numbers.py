"""Amendment instructions whose numbers OCR split in two: a quoted heading ("… sehingga Pasal 21
berbunyi sebagai berikut: Pasal 2 1 (1) …") and an item number ("… Perundang-undangan. 1 1. Di
antara Pasal 7l dan Pasal 72 disisipkan …"). Read joined only where the instruction makes it
certain: the heading is the article the instruction names, the item number is the next one
expected. Texts are verbatim excerpts of the scale corpus (uu-texts.tar.gz): uu/2019/15.md
lines 10, 23 (its end), 24-35 and 65-69; uu/2016/19.md lines 14 and 42-46; framed by
``tests.laws.law_text``."""

from __future__ import annotations

import regsearch
from regsearch.parse import parse_pages

from .laws import law_text

#: UU 15/2019 Pasal I's lead-in (15.md:10).
UU_15_2019_LEAD = (
    "Beberapa ketentuan dalam Undang-Undang Nomor 12 Tahun 2OIl tentang Pembentukan Peraturan"
    " Perundang- undangan (Lembaran Negara Republik Indonesia Tahun 2Oll Nomor 82, Tambahan "
    "Lembaran Negara Republik Indonesia Nomor 52341 diubah sebagai berikut:\n")
#: The end of 15.md:23 (item 2's instruction), then 15.md:24-35: the quoted Pasal 20, item 3
#: glued to the end of its ayat (6) with the heading it quotes split ("Pasal 2 1"), item 4.
UU_15_2019_ITEMS_2_3 = (
    "2. Ketentuan Pasal 20 diubah sehingga berbunyi sebagai berikut:\n"
    "Pasal 20\n"
    "(1) Penyusunan Prolegnas dilaksanakan oleh DPR, DPD, dan Pemerintah.\n"
    "(2) Prolegnas ditetapkan untuk jangka menengah dan tahunan berdasarkan skala prioritas "
    "pembentukan Rancangan Undang-Undang.\n"
    "(3) Penyusunan dan penetapan Prolegnas jangka menengah dilakukan pada awal masa "
    "keanggotaan DPR sebagai Prolegnas untuk jangka waktu 5 (lima) tahun.\n"
    "(4) Sebelum .\n"
    "(4) Sebelum men5rusun dan menetapkan Prolegnas jangka menengah sebagaimana dimaksud pada"
    " ayat (3), DPR, DPD, dan Pemerintah melakukan evaluasi terhadap Prolegnas jangka "
    "menengah masa keanggotaan DPR sebelumnya.\n"
    "(5) Prolegnas jangka menengah sebagaimana dimaksud pada ayat (3) dapat dievaluasi setiap"
    " akhir tahun bersamaan dengan penyusunan dan penetapan Prolegnas prioritas tahunan.\n"
    "(6) Penyusunan dan penetapan Prolegnas prioritas tahunan sebagai pelaksanaan Prolegnas "
    "^jangka menengah dilakukan setiap tahun sebelum penetapan Rancangan Undang-Undang "
    "tentang Anggaran Pendapatan dan Belanja Negara. 3. Ketentuan ayat (4) Pasal 21 diubah "
    "sehingga Pasal 21 berbunyi sebagai berikut: Pasal 2 1 (1) Penyusunan Prolegnas antara "
    "DPR dan Pemerintah dikoordinasikan oleh DPR melalui alat kelengkapan DPR yang khusus "
    "menangani bidang legislasi.\n"
    "(2) Penyusunan Prolegnas di lingkungan dikoordinasikan oleh alat kelengkapan DPR khusus "
    "menangani bidang legislasi. DPR yang (3) Penyusunan Prolegnas di lingkungan DPR "
    "sebagaimana dimaksud pada ayat (2) dilakukan dengan mempertimbangkan usulan dari fraksi,"
    " komisi, anggota DPR, DPD, dan/atau masyarakat.\n"
    "(4) Penyusunan Prolegnas di lingkungan Pemerintah dikoordinasikan oleh menteri atau "
    "kepala lembaga yang menyelenggarakan urusan pemerintahan di bidang Pembentukan Peraturan"
    " Perundang-undangan.\n"
    "(5) Ketentuan lebih lanjut mengenai tata cara pen5rusunan Prolegnas sebagaimana dimaksud"
    " pada ayat (1), ayat (21, dan ayat (3) diatur dengan Peraturan DPR.\n"
    "(6) Ketentuan lebih lanjut mengenai tata cara pen5rusunan Prolegnas di lingkungan "
    "Pemerintah sebagaimana dimaksud pada ayat (4) diatur dengan Peraturan Presiden. 4. "
    "Ketentuan ayat (2) Pasal 23 diubah sehingga Pasal 23 berbunyi sebagai berikut:\n"
)
#: 15.md:65-69: item 10 quotes Pasal 58; item 11, its number split ("1 1."), glued to the end of
#: its ayat (2); item 12 (items 1-9 left out).
UU_15_2019_ITEMS_10_12 = (
    "10. Ketentuan ayat (21 Pasal 58 diubah sehingga Pasal 58 berbunyi sebagai berikut:\n"
    "Pasal 58\n"
    "(1) Pengharmonisasian, pembulatan, dan pemantapan konsepsi Rancangan Peraturan Daerah "
    "Provinsi yang berasal dari DPRD Provinsi dikoordinasikan oleh alat kelengkapan DPRD "
    "Provinsi yang khusus menangani bidang legislasi.\n"
    "(2) Pengharmonisasian, pembulatan, dan pemantapan konsepsi Rancangan Peraturan Daerah "
    "Provinsi yang berasal dari Gubernur dilaksanakan oleh kementerian atau lembaga yang "
    "menyelenggarakan urusan pemerintahan di bidang Pembentukan Peraturan Perundang-undangan."
    " 1 1. Di antara Pasal 7l dan Pasal 72 disisipkan 1 (satu) pasal, yakni Pasal 71A "
    "sehingga berbunyi sebagai berikut: Pasal 71A Dalam hal pembahasan Rancangan Undang-"
    "Undang sebagaimana dimaksud dalam Pasal 65 ayat (1) telah memasuki pembahasan Daftar "
    "Inventarisasi Masalah pada periode masa keanggotaan DPR saat itu, hasil pembahasan "
    "Rancangan Undang-Undang tersebut disampaikan kepada DPR periode berikutrya dan "
    "berdasarkan kesepakatan DPR, Presiden, dan/atau DPD, Rancangan Undang-Undang tersebut "
    "dapat dimasukkan kembali ke dalam daftar Prolegnas ^jangka menengah dan/atau Prolegnas "
    "prioritas tahunan.\n"
    "12. Ketentuan Pasal 72 tetap, Penjelasan Pasal 72 diubah sebagaimana tercantum dalam "
    "penjelasan pasal demi pasal.\n"
)
#: UU 19/2016 Pasal I's lead-in (19.md:14).
UU_19_2016_LEAD = (
    "Beberapa ketentuan dalam Undang-Undang Nomor l1 Tahun 2008 tentang Informasi dan "
    "Transaksi Elektronik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58, Tambahan "
    "Lembaran Negara Republik Indonesia Nomor 4843) diubah sebagai berikut:\n")
#: 19.md:42-46: item 5, after the Penjelasan-only change of Pasal 27, quotes Pasal 31 under a
#: split heading ("Pasal 3 1 (l) …"); item 6 quotes Pasal 40.
UU_19_2016_ITEM_5 = (
    "5. Ketentuan Pasal 27 tetap dengan perubahan penjelasan ayat (1), ayat (3), dan ayat (4)"
    " sehingga penjelasan Pasal 27 menjadi sebagaimana ditetapkan dalam penjelasan pasal demi"
    " pasal Undang-Undang ini. Ketentuan ayat (3) dan ayat (4) Pasal 31 diubah sehingga Pasal"
    " 31 berbunyi sebagai berikut: Pasal 3 1 (l) Setiap Orang dengan sengaja dan tanpa hak "
    "atau melawan hukum melakukan intersepsi atau penyadapan atas Informasi Elektronik "
    "dan/atau Dokumen Elektronik dalam suatu Komputer dan/atau Sistem Elektronik tertentu "
    "milik Orang lain. (21 Setiap Orang dengan sengaja dan tanpa hak atau melawan hukum "
    "melakukan intersepsi atas transmisi Informasi Elektronik dan/atau Dokumen Elektronik "
    "yang tidak bersifat publik dari, ke, dan di dalam suatu Komputer dan/atau Sistem "
    "Elektronik tertentu milik Orang lain, baik yang tidak menyebabkan perubahan apa pun "
    "maupun yang menyebabkan adanya perubahan, penghilangan, dan/atau penghentian Informasi "
    "Elektronik dan/atau Dokumen Elektronik yang sedang ditransmisikan.\n"
    "(3) Ketentuan .\n"
    "6. Di antara ayat (2) dan ayat (3) Pasal 4O disisipkan 2 (dua) ayat, yakni ayat (2al dan"
    " ayat (2b); ketentuan ayat (6) Pasal 40 diubah; serta penjelasan ayat (1) pasal 4O "
    "diubah sehingga Pasal 4O berbunyi sebagai berikut:\n"
    "Pasal 40\n"
    "(1) Pemerintah memfasilitasi pemanfaatan Teknologi Informasi dan Transaksi Elektronik "
    "sesuai dengan ketentuan peraturan perundang-undangan. (21 Pemerintah melindungi "
    "kepentingan umum dari segala jenis gangguan sebagai akibat penyalahgunaan Informasi "
    "Elektronik dan Transaksi Elektronik yang mengganggu ketertiban umum, sesuai dengan "
    "ketentuan peraturan perundang- undangan.\n"
)

TITLE_15_2019 = ("Perubahan atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
                 "Perundang-undangan")
TITLE_19_2016 = ("Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi "
                 "Elektronik")
PASAL_II = "Pasal II\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n"


def read(number: int, year: int, title: str, *parts: str) -> regsearch.Regulation:
    text = law_text(number, year, title, "Pasal I\n" + "".join(parts) + PASAL_II, "1 Januari 2020")
    return parse_pages([text], path="excerpt.md", paged=False)


def quoted(reg: regsearch.Regulation) -> list[tuple[str, str]]:
    return [(a.pasal, a.amends.via) for a in reg.articles if a.amends]


def article(reg: regsearch.Regulation, number: str) -> regsearch.Article:
    return next(a for a in reg.articles if a.pasal == number and a.amends)


def test_a_quoted_heading_split_by_ocr_is_the_article_the_instruction_names():
    """QA round 9 W1: "… Negara. 3. Ketentuan ayat (4) Pasal 21 diubah sehingga Pasal 21
    berbunyi sebagai berikut: Pasal 2 1 (1) Penyusunan …" — the new Pasal 21 of UU 12/2011 was
    read as ayat of Pasal 20 (its 21(4) cited as "Pasal 20 ayat (4)"), item 3 lost."""
    reg = read(15, 2019, TITLE_15_2019, UU_15_2019_LEAD, UU_15_2019_ITEMS_2_3)
    assert quoted(reg) == [("20", "Pasal I angka 2"), ("21", "Pasal I angka 3")]
    assert [(c.label, c.targets) for c in reg.changes] == [
        ("2", ("20",)), ("3", ("21",)), ("4", ("23",))]
    pasal_20, pasal_21 = article(reg, "20"), article(reg, "21")
    assert [a.number for a in pasal_20.ayat] == ["1", "2", "3", "4", "5", "6"]
    assert pasal_20.ayat[-1].text.endswith("Anggaran Pendapatan dan Belanja Negara.")
    assert [a.number for a in pasal_21.ayat] == ["1", "2", "3", "4", "5", "6"]
    assert pasal_21.ayat[3].text.startswith("Penyusunan Prolegnas di lingkungan Pemerintah "
                                            "dikoordinasikan oleh menteri atau kepala lembaga")
    assert "change_item_gap" not in {a.code for a in reg.anomalies}


def test_a_split_heading_the_instruction_does_not_name_is_not_read():
    """Never a guess: the same text with item 3 naming Pasal 22 (altered) — "Pasal 2 1" might
    be 21 or a garbled 22, so no article is read from it."""
    altered = UU_15_2019_ITEMS_2_3.replace("ayat (4) Pasal 21 diubah sehingga Pasal 21",
                                           "ayat (4) Pasal 22 diubah sehingga Pasal 22")
    assert altered != UU_15_2019_ITEMS_2_3
    reg = read(15, 2019, TITLE_15_2019, UU_15_2019_LEAD, altered)
    assert {pasal for pasal, _ in quoted(reg)} <= {"20", "22"}
    assert "21" not in {a.pasal for a in reg.articles}


def test_a_split_item_number_is_read_as_the_next_item():
    """QA round 9 W1: "… Perundang-undangan. 1 1. Di antara Pasal 7l dan Pasal 72 disisipkan 1
    (satu) pasal, yakni Pasal 71A …" — item 11 was read as text of ayat (2) of the quoted Pasal
    58, and `show "Pasal 71A UU 12/2011"` said it does not exist."""
    reg = read(15, 2019, TITLE_15_2019, UU_15_2019_LEAD, UU_15_2019_ITEMS_10_12)
    assert quoted(reg) == [("58", "Pasal I angka 10"), ("71A", "Pasal I angka 11")]
    assert [(c.label, c.action, c.targets) for c in reg.changes] == [
        ("10", "diubah", ("58",)), ("11", "disisipkan", ("71A",)), ("12", "diubah", ("72",))]
    assert article(reg, "58").ayat[1].text.endswith("di bidang Pembentukan Peraturan "
                                                    "Perundang-undangan.")
    assert article(reg, "71A").text.startswith("Dalam hal pembahasan Rancangan Undang-Undang "
                                               "sebagaimana dimaksud dalam Pasal 65 ayat (1)")


def test_a_split_number_that_is_not_the_next_item_stays_text():
    """Never a guess: after item 10, "1 2." (altered from "1 1.") skips item 11 — it may be
    anything, so it stays where it is printed, in the quoted Pasal 58."""
    altered = UU_15_2019_ITEMS_10_12.replace("Perundang-undangan. 1 1. Di antara",
                                             "Perundang-undangan. 1 2. Di antara")
    assert altered != UU_15_2019_ITEMS_10_12
    reg = read(15, 2019, TITLE_15_2019, UU_15_2019_LEAD, altered)
    assert "71A" not in {pasal for pasal, _ in quoted(reg)}
    assert "1 2. Di antara Pasal 7l" in article(reg, "58").text


def test_ite_pasal_31_quoted_under_a_split_heading_is_amended():
    """QA round 8 W2: UU 19/2016 item 5 ("… Pasal 31 berbunyi sebagai berikut: Pasal 3 1 (l)
    …") was read as text of the article before it: Pasal 31 of UU 11/2008 showed its 2008
    text as current, with no "amended by UU 19/2016"."""
    reg = read(19, 2016, TITLE_19_2016, UU_19_2016_LEAD, UU_19_2016_ITEM_5)
    assert quoted(reg) == [("31", "Pasal I angka 5"), ("40", "Pasal I angka 6")]
    pasal_31 = article(reg, "31")
    assert pasal_31.amends.ref.id == "uu-11-2008"
    assert pasal_31.ayat[0].text.startswith("Setiap Orang dengan sengaja dan tanpa hak atau "
                                            "melawan hukum melakukan intersepsi atau penyadapan")
    assert "Pasal 3 1" not in pasal_31.text
    assert [c.label for c in reg.changes] == ["5", "6"]
