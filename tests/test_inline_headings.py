"""Pasal headings OCR printed inside lines of text, and Penjelasan headings of inserted
articles ("Pasal 12 B"), on verbatim excerpts of the scale corpus (/tmp/uutexts/uu/<year>/<n>.md,
line numbers given; long lines trimmed at the "…" marks, nothing else changed)."""

from __future__ import annotations

import pytest

from regsearch.errors import NotFoundError
from tests.test_parse_rules import HEAD_PP, codes, parse

# UU 27/2022 (Pelindungan Data Pribadi) opens with an OCR'd "Pasal I"; its other headings run
# inline after a sentence end (line 9, trimmed), after a BAB title (line 24), after a stray
# "atau" (line 65) and with T for 7 ("Pasal 2T", line 92; "Pasal T2", line 190).
PDP_BODY = (
    "BAB I KETENTUAN UMUM\nPasal I\nDalam Undang-Undang ini yang dimaksud dengan:\n"
    "1. Data Pribadi adalah data tentang ora.ng perseorangan yang teridentifikasi atau dapat "
    "diidentifikasi secara tersendiri atau dikombinasi dengan informasi lainnya baik secara "
    "langsung maupun tidak langsung melalui sistem elektronik atau nonelektronik. 1 1. Pemerintah "
    "Pusat yang selanjutnya disebut Pemerintah adalah Presiden Republik Indonesia yang memegang "
    "kekuasaan pemerintahan Negara Republik Indonesia sebagaimana dimaksud dalam Undang- Undang "
    "Dasar Negara Republik Indonesia Tahun 1945. Pasal 2 (1) Undang-Undang ini berlaku untuk "
    "Setiap Orang, Badan Publik, dan Organisasi Internasional ^yang melakukan perbuatan hukum "
    "sebagaimana diatur dalam Undang-Undang ini:\n"
    "a. yang berada di wilayah hukum Negara Republik Indonesia; dan\n"
    "BAB II ASAS\nPasal 3\nUndang-Undang ini berasaskan :\n"
    "h. kerahasiaan.\n"
    "BAB III JENIS DATA PRIBADI Pasal 4 (l) Data Pribadi terdiri atas:\n"
    "a. Data Pribadi yang bersifat spesifik; dan\n")


def test_a_misread_pasal_one_does_not_hide_the_inline_headings_after_it():
    """QA qa3 W2: UU 27/2022 was read as 12 of its 76 articles ("UU PDP pasal 4" and "pasal 67"
    were errors): the misread "Pasal I" sent the body through the reader of quoted articles,
    which takes a heading only at a line start."""
    reg = parse(PDP_BODY)
    assert [(a.pasal, a.amends) for a in reg.articles] == [
        ("1", None), ("2", None), ("3", None), ("4", None)]
    first, second, _, fourth = reg.articles
    assert first.text.endswith("Tahun 1945.") and first.bab == "BAB I KETENTUAN UMUM"
    assert second.text.startswith("(1) Undang-Undang ini berlaku untuk Setiap Orang")
    assert fourth.bab == "BAB III JENIS DATA PRIBADI"
    assert fourth.text.startswith("(1) Data Pribadi terdiri atas:")
    assert "ocr_number_fixed" in codes(reg) and "pasal_gap" not in codes(reg)


def test_an_inline_heading_after_a_stray_conjunction_opening_ayat_one_is_read():
    """UU 27/2022 line 65: OCR left "… perusakan, dan/atau lalu lintas atau" before Pasal 18;
    UU 42/2008 line 20: "…; dan Pasal 4 (1) Pemilu …" (the list's last "dan")."""
    body = ("Pasal 17\n(l) Pemasangan alat pemroses atau pengolah data visual di tempat umum "
            "dan/atau pada fasilitas pelayanan publik dilakukan dengan ketentuan:\n"
            "c. tidak digunakan untuk seseorang. (2) Ketentuan sebagaimana dimaksud pada ayat (1) "
            "huruf b dan huruf c dikecualikan untuk pencegahan tindak pidana dan proses penegakan "
            "hukum sesuai dengan ketentuan peraturan perundang-undangan. perusakan, dan/atau lalu "
            "lintas atau Pasal 18 (1) Pemrosesan Data Pribadi dapat dilalrukan oleh 2 (dua) atau "
            "lebih Pengendali Data Pribadi.\n")
    reg = parse(body)
    assert [a.pasal for a in reg.articles] == ["17", "18"]
    assert reg.articles[1].text.startswith("(1) Pemrosesan Data Pribadi dapat dilalrukan")
    assert reg.articles[0].text.endswith("dan/atau lalu lintas atau")
    pemilu = parse("Pasal 3\nPemilu Presiden dan Wakil Presiden dilaksanakan dengan tahapan "
                   "penyelenggaraan meliputi:\nf. pemungutan dan penghitungan suara;\n"
                   "g. penetapan hasil Pemilu Presiden dan Wakil Presiden; dan Pasal 4 (1) Pemilu "
                   "Presiden dan Wakil Presiden diselenggarakan oleh KPU.\n")
    assert [a.pasal for a in pemilu.articles] == ["3", "4"]


@pytest.mark.parametrize("conjunction_text", [
    # the same line, had a Pasal been named since the sentence end: a list of references
    "proses penegakan hukum sebagaimana dimaksud dalam Pasal 16 atau Pasal 18 (1) Pemrosesan",
    # no ayat (1) opened after the number
    "proses penegakan hukum. perusakan, dan/atau lalu lintas atau Pasal 18 Pemrosesan",
    # not the next article
    "proses penegakan hukum. perusakan, dan/atau lalu lintas atau Pasal 29 (1) Pemrosesan",
])
def test_a_reference_after_a_conjunction_is_no_heading(conjunction_text):
    reg = parse("Pasal 17\n(1) Pemasangan alat pemroses dilakukan dengan ketentuan "
                f"{conjunction_text} Data Pribadi dapat dilalrukan oleh 2 (dua) atau lebih Pengendali Data Pribadi.\n")
    assert [a.pasal for a in reg.articles] == ["17"]


def test_a_t_for_seven_in_an_inline_heading_is_read_as_the_next_number():
    """UU 27/2022 line 92 "Pasal 2T" and line 190 "Pasal T2"; UU 40/2014, UU 22/2023 too."""
    body = ("Pasal 26\n(1) Pemrosesan Data Pribadi penyandang disabilitas diselenggarakan secara "
            "khusus. (3) Pemrosesan sebagaimana dimaksud pada ayat (2) wajib mendapat persetujuan "
            "dari penyandang disabilitas dan/atau wali penyandang disabilitas sesuai dengan "
            "ketentuan peraturan perundang-undangan. Pasal 2T Pengendali Data Pribadi wajib "
            "melakukan pemrosesan Data Pribadi secara terbatas dan spesifik, sah secara hukum.\n"
            "Pasal 71\n(5) Lamanya pidana penjara sebagaimspa dimaksud pada ayat (4) yang "
            "ditentukan oleh hakim, dicantumkan dalam putusan pengadilan. Pasal T2 (1) Dafam hal "
            "penyitaan dan pelelangan harta kekayaan atau pendapatan.\n")
    reg = parse(body)
    assert [a.pasal for a in reg.articles] == ["26", "27", "71", "72"]
    assert reg.articles[1].text.startswith("Pengendali Data Pribadi wajib melakukan")


def test_a_bab_heading_between_the_enacting_formula_and_pasal_one_is_cut_off():
    """UU 42/2008 line 16: "Menetapkan: UNDANG-UNDANG TENTANG … WAKIL PRESIDEN. BAB I KETENTUAN
    UMUM Pasal 1 Dalam …": Pasal 1 to 13 were lost (the body began at the next line heading)."""
    head = HEAD_PP.replace("Menetapkan : PERATURAN PEMERINTAH TENTANG PERIZINAN REAKTOR\nNUKLIR.\n",
                           "Menetapkan: UNDANG-UNDANG TENTANG PEMILIHAN UMUM PRESIDEN DAN WAKIL "
                           "PRESIDEN. BAB I KETENTUAN UMUM Pasal 1 Dalam Undang-Undang ini yang "
                           "dimaksud dengan:\n")
    reg = parse("1. Pemilihan Umum Presiden dan Wakil Presiden, selanjutnya disebut Pemilu.\n"
                "Pasal 2\nPemilu Presiden dan Wakil Presiden dilaksanakan secara efektif.\n",
                head=head)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert reg.articles[0].bab == "BAB I KETENTUAN UMUM"
    assert reg.articles[0].text.startswith("Dalam Undang-Undang ini yang dimaksud dengan:")


def test_a_first_bagian_between_the_enacting_formula_and_pasal_one_is_cut_off_too():
    """UU 5/1986 line 11 (its head trimmed) and line 12 (trimmed): "… TATA USAHA NEGARA. BAB I
    KETENTUAN UMUM Bagian Pertama Pengertian Pasal 1 Dalam …": no Pasal was read at all (the
    file failed "no regulation found"; every later heading is inline after it)."""
    head = HEAD_PP.replace("Menetapkan : PERATURAN PEMERINTAH TENTANG PERIZINAN REAKTOR\nNUKLIR.\n",
                           "Menetapkan : UNDANG-UNDANG TENTANG PERADILAN TATA USAHA NEGARA. BAB I "
                           "KETENTUAN UMUM Bagian Pertama Pengertian Pasal 1 Dalam Undang-undang "
                           "ini yang dimaksud dengan :\n")
    reg = parse("1. Tata Usaha Negara adalah Administrasi Negara yang melaksanakan fungsi untuk "
                "menyelenggarakan urusan pemerintahan baik di pusat maupun di daerah;\n"
                "Pasal 2\nTidak termasuk dalam pengertian Keputusan Tata Usaha Negara menurut "
                "Undang- undang ini :\n", head=head)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    first = reg.articles[0]
    assert (first.bab, first.bagian) == ("BAB I KETENTUAN UMUM", "Bagian Pertama Pengertian")
    assert first.text.startswith("Dalam Undang-undang ini yang dimaksud dengan :")


@pytest.mark.parametrize("menetapkan, first_bab", [
    # UU 3/1989 3.md (the Menetapkan line, its head trimmed): no full stop after the title
    ("Menetapkan : UNDANG-UNDANG TENTANG TELEKOMUNIKASI BAB I KETENTUAN UMUM Pasal 1 Dalam "
     "Undang-undang ini yang dimaksud dengan :", "BAB I KETENTUAN UMUM"),
    # UU 6/1997 6.md line 10 (trimmed): nor before Pasal 1 itself
    ("Menetapkan: UNDANG-UNDANG TENTANG ANGGARAN PENDAPATAN DAN BELANJA NEGARA TAHUN 1997/1998 "
     "Pasal 1 Dalam Undang-undang ini yang dimaksud dengan:", None),
])
def test_pasal_one_on_a_menetapkan_line_without_the_titles_full_stop(menetapkan, first_bab):
    """Both files failed "no regulation found" (no Pasal read; their titles unprinted)."""
    head = HEAD_PP.replace("Menetapkan : PERATURAN PEMERINTAH TENTANG PERIZINAN REAKTOR\nNUKLIR.\n",
                           menetapkan + "\n")
    reg = parse("1. Telekomunikasi adalah setiap pemancaran, pengiriman dan atau penerimaan;\n"
                "Pasal 2\nTelekomunikasi dikuasai oleh negara.\n", head=head)
    assert [a.pasal for a in reg.articles] == ["1", "2"]
    assert reg.articles[0].bab == first_bab
    assert reg.articles[0].text.startswith("Dalam Undang-undang ini yang dimaksud dengan")


# UU 20/2001, lines 16-17, 19, 47-48, 58-61, 82-83 of the body (trimmed) and 103-104 of its
# Penjelasan: the Penjelasan of the articles Pasal I angka 3 inserts runs on one line,
# "Cukup jelas" without its full stop, the inserted numbers spaced ("Pasal 12 B").
TIPIKOR_BODY = (
    "Pasal I\nBeberapa ketentuan dan penjelasan pasal dalam Undang-undang Nomor 31 Tahun 1999 "
    "tentang Pemberantasan Tindak Pidana Korupsi diubah sebagai berikut:\n"
    "2. Ketentuan Pasal 5, Pasal 6, Pasal 7, Pasal 8, Pasal 9, Pasal 10, Pasal 11, dan Pasal 12, "
    "rumusannya diubah dengan tidak mengacu pasal-pasal dalam Kitab Undang-undang Hukum Pidana "
    "tetapi langsung menyebutkan unsur-unsur yang terdapat dalam masing-masing pasal Kitab "
    "Undang-undang Hukum Pidana yang diacu, sehingga berbunyi sebagai berikut:\n"
    "Pasal 12\nDipidana dengan pidana penjara seumur hidup atau pidana penjara paling singkat 4 "
    "(empat) tahun dan paling lama 20 (dua puluh) tahun:\n"
    "i. pegawai negeri atau penyelenggara negara baik langsung maupun tidak langsung dengan "
    "sengaja turut serta dalam pemborongan, pengadaan, atau persewaan.\n"
    "3. Di antara Pasal 12 dan Pasal 13 disisipkan 3 (tiga) pasal baru yakni Pasal 12 A, Pasal 12 "
    "B, dan Pasal 12 C, yang berbunyi sebagai berikut: \u201cPasal 12 A (1) Ketentuan mengenai "
    "pidana penjara dan pidana denda sebagaimana dimaksud dalam Pasal 5, Pasal 6, Pasal 7, Pasal "
    "8, Pasal 9, Pasal 10, Pasal 11 dan Pasal 12 tidak berlaku bagi tindak pidana korupsi yang "
    "nilainya kurang dari Rp 5.000.000,00 (lima juta rupiah).\n"
    "(2) Bagi pelaku tindak pidana korupsi yang nilainya kurang dari Rp 5.000.000,00 (lima juta "
    "rupiah) sebagaimana dimaksud dalam ayat (1) dipidana dengan pidana penjara paling lama 3 "
    "(tiga) tahun dan pidana denda paling banyak Rp 50.000.000,00 (lima puluh juta rupiah). "
    "Pasal 12 B (1) Setiap gratifikasi kepada pegawai negeri atau penyelenggara negara dianggap "
    "pemberian suap, apabila berhubungan dengan jabatannya dan yang berlawanan dengan kewajiban "
    "atau tugasnya, dengan ketentuan sebagai berikut:\n"
    "a. yang nilainya Rp 10.000.000,00 (sepuluh juta rupiah) atau lebih, pembuktian bahwa "
    "gratifikasi tersebut bukan merupakan suap dilakukan oleh penerima gratifikasi;\n"
    "(2) Pidana bagi pegawai negeri atau penyelenggara negara sebagaimana dimaksud dalam ayat (1) "
    "adalah pidana penjara seumur hidup. Pasal 12 C (1) Ketentuan sebagaimana dimaksud dalam "
    "Pasal 12 B ayat (1) tidak berlaku, jika penerima melaporkan gratifikasi yang diterimanya "
    "kepada Komisi Pemberantasan Tindak Pidana Korupsi.\u201d\n"
    "Pasal II\nUndang-undang ini mulai berlaku pada tanggal diundangkan.\n")
TIPIKOR_PENJELASAN = (
    "PENJELASAN\nATAS\nUNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 43 TAHUN 2006\nI. UMUM\n"
    "Tindak pidana korupsi yang selama ini terjadi secara meluas.\nII. PASAL DEMI PASAL\n"
    "Pasal I\nAngka 2\nPasal 12\n"
    "Huruf a Cukup jelas Huruf i Cukup jelas Angka 3 Pasal 12 A Cukup jelas Pasal 12 B Ayat (1) "
    "Yang dimaksud dengan \"gratifikasi\" dalam ayat ini adalah pemberian dalam arti luas, yakni "
    "meliputi pemberian uang, barang, rabat (discount), komisi, pinjaman tanpa bunga, tiket "
    "perjalanan, fasilitas penginapan, perjalanan wisata, pengobatan cuma-cuma, dan fasilitas "
    "lainnya. Ayat (2) Cukup jelas Pasal 12 C Cukup jelas\nPasal II\nCukup\n")


def test_the_penjelasan_of_inserted_articles_is_not_glued_to_the_article_before():
    """QA qa3 M2: the definition of gratifikasi (Penjelasan of Pasal 12B UU 20/2001) was read as
    part of Pasal 12's: "Pasal 12B … sebagaimana diubah dengan UU 20/2001" had none."""
    reg = parse(TIPIKOR_BODY, tail=TIPIKOR_PENJELASAN)
    penjelasan = {a.pasal: a.penjelasan for a in reg.articles if a.amends is not None}
    assert penjelasan["12"] == "Huruf a Cukup jelas Huruf i Cukup jelas"
    assert penjelasan["12A"] == "Cukup jelas"
    assert penjelasan["12B"].startswith('Ayat (1) Yang dimaksud dengan "gratifikasi"')
    assert penjelasan["12B"].endswith("Ayat (2) Cukup jelas")
    assert penjelasan["12C"] == "Cukup jelas"


# --- citing an ayat of an article whose text numbers none ---------------------------------
# (UU 13/2003 Pasal 5 has no ayat: "Setiap tenaga kerja memiliki kesempatan yang sama tanpa
# diskriminasi untuk memperoleh pekerjaan.")

def test_an_ayat_of_an_article_read_without_numbered_ayat_shows_the_whole_article(opened_index):
    """QA qa3 M5: "Pasal 45 ayat (3) UU ITE" was refused "has no ayat (3)": the source of UU
    19/2016 lost the ayat numbers, and the error read as if the ayat did not exist."""
    view = opened_index.show("Pasal 5 ayat (2) UU 13/2003")
    assert view.citation == "Pasal 5 UU 13/2003" and view.cited is None
    assert "the text read has no numbered ayat" in view.caution
    assert "showing the whole article" in view.caution
    result = opened_index.search("Pasal 5 ayat (2) UU 13/2003")
    assert [h.citation for h in result.hits] == ["Pasal 5 UU 13/2003"]
    assert result.missing == ("Pasal 5 UU 13/2003: the text read has no numbered ayat, so ayat "
                              "(2) cannot be told apart; showing the whole article",)
    # an article that numbers its ayat still says the one cited is not there
    with pytest.raises(NotFoundError, match=r"Pasal 156 UU 13/2003 has no ayat \(9\)"):
        opened_index.show("Pasal 156 ayat (9) UU 13/2003")


def test_a_heading_alone_on_its_line_after_lost_headings_opens_ayat_one():
    """UU 32/2014 lines 124-128 (line 125 trimmed): Pasal 21 ("Pasal 2 I") and the Paragraf
    title's line start were damaged; "Pasal 22" alone on its line, then "(1) Pemerintah …",
    was text of Pasal 20 (no sentence end before it, and 22 is not the next number)."""
    body = ("Pasal 20\n(1) Pemerintah mengembangkan dan memanfaatkan energi terbarukan yang berasal "
            "dari Laut dan ditetapkan dalam kebijakan energi nasional. Pasal 2 I Pemerintah "
            "mengatur dan menjamin pemanfaatan sumber daya mineral yang berasal dari Laut.\n"
            "(1) (2\\ Paragraf 3 Sumber Daya Pesisir dan Pulau-Pulau Kecil\nPasal 22\n"
            "(1) Pemerintah dan Pemerintah Daerah sesuai dengan kewenangannya bertanggung jawab "
            "mengelola dan memanfaatkan sumber daya pesisir dan pulau-pulau kecil.\n")
    reg = parse(body)
    assert [a.pasal for a in reg.articles] == ["20", "22"]
    assert reg.articles[1].text.startswith("(1) Pemerintah dan Pemerintah Daerah")
    # a cross-reference wrapped onto its own line goes on with "ayat (1)", not "(1) Capital"
    reg = parse("Pasal 1\nKetentuan ini berlaku.\nPasal 2\n(1) Permohonan sebagaimana dimaksud dalam\n"
                "Pasal 4\nayat (1) diajukan kepada Kepala.\n(2) Permohonan diproses.\n")
    assert [a.pasal for a in reg.articles] == ["1", "2"]
