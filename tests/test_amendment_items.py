"""Articles an amending law quotes, read apart when OCR glued them into the article quoted
before them: items whose numbers skip the ones OCR lost, the article quoted straight after
the lead-in, a heading glued after a sentence with its item lost, and an item number OCR
garbled before a glued heading. Texts are verbatim excerpts of the scale corpus
(uu-texts.tar.gz: uu/2022/13.md lines 8-19 and 50, uu/2020/11.md lines 2720-2721 and
2744-2748), framed by ``tests.laws.law_text``."""

from __future__ import annotations

import regsearch
from regsearch.models import RegulationRef
from regsearch.parse import parse_pages

from .laws import indexed, law_text

#: UU 13/2022 (Perubahan Kedua UU 12/2011), 13.md:8-19: OCR lost the numbers of items 1-3
#: and 8 and glued items 4, 5, 7 and 9 into the text before them; then Pasal II (13.md:50).
UU_13_2022_PASAL_I = (
    "Pasal I\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 12 Tahun 2Ol1 tentang Pembentukan "
    "Peraturan Perundang- undangan (kmbaran Negara Republik Indonesia Tahun 2O11 Nomor 82, "
    "Tambahan Lembaran Negara Republik Indonesia Nomor 5234) sebagaimana telah diubah "
    "dengan Undang-Undang Nomor 15 Tahun 2Ol9 tentang Perubahan atas Undang-Undang Nomor "
    "12 Tahun 2011 tenta-ng Pembentukan Peraturan Perundang-undangan (lembaran Negara "
    "Republik Indonesia Tahun 2019 Nomor 183, Tambahan Lembaran Negara Republik Indonesia "
    "Nomor 6398) diubah sebagai berikut: Pasal 9 (1) Dalam hal suatu Undang-Undang diduga "
    "bertentangan dengan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
    "pengujiannya dilakukan oleh Mahkamah Konstitusi. (2) Dalam hal suatu Peraturan "
    "Perundang-undangan di bawah Undang-Undang diduga bertentangan dengan Undang-Undang, "
    "pengujiannya dilakukan oleh Mahkamah Agung. (3) Penanganan pengujian terhadap "
    "Undang-Undang di Mahkamah Konstitusi sebagaimana dimaksud pada ayat (1) di lingkungan "
    "DPR dikoordinasikan oleh alat kelengkapan DPR yang membahas Rancangan Undang-Undang "
    "dengan melibatkan komisi yang membidangi hukum dan perundang- undangan. (4) Dalam hal "
    "alat kelengkapan DPR sebagaimana dimaksud pada ayat (3) sudah tidak ada pada saat "
    "Undang-Undang diuji di Mahkamah Konstitusi sebagaimana dimaksud pada ayat (1), komisi "
    "yang membidangi hukum dan perundang-undangan menjadi kuasa DPR. (5) Penanganan "
    "pengujian terhadap Undang-Undang di Mahkamah Konstitusi sebagaimana dimaksud pada "
    "ayat (1) dan penanganan pengujian Peraturan Perundang-undangan di bawah Undang-Undang "
    "di Mahkamah Agung sebagaimana dimaksud ^pada ayat (2) di lingkungan Pemerintah "
    "dilaksanakan oleh menteri atau kepala lembaga ^yang menyelenggarakan urusan "
    "pemerintahan di bidang Pembentukan Peraturan Perundang-undangan dan melibatkan "
    "menteri atau kepala lembaga terkait. (6) Ketentuan lebih lanjut mengenai penanganan "
    "pengujian sebagaimana dimaksud pada ayat (3) dan ayat (41 diatur dalam Peraturan DPR "
    "serta penanganan pengujian sebagaimana dimaksud pada ayat (5) diatur dalam Peraturan "
    "Presiden. Bagran Ketujuh Perencanaan Peraturan Perundang-undangan yang menggunakan "
    "Metode Omnibus 4. Di antara Pasal 42 dan Pasal 43 disisipkan I (satu) pasal, yakni "
    "Pasal 42A sehingga berbunyi sebagai berikut:\n"
    "Pasal 42A\n"
    "Penggunaan metode omnibus dalam penyusunan suatu Rancangan Peraturan "
    "Perundang-undangan harus ditetapkan dalam dokumen perencanaan. 5. Ketentuan ayat(21 "
    "Pasal 49 diubah sehingga berbunyi sebagai berikut: Pasal 49 (1) Rancangan "
    "Undang-Undang dari DPR disampaikan dengan surat pimpinan DPR kepada Presiden. (2) "
    "Presiden menugasi menteri yang mewakili untuk membahas Rancangan Undang-Undang "
    "disertai dengan daftar inventarisasi masalah bersama DPR dalam ^jangka waktu paling "
    "lama 60 (enam puluh) hari terhitung sejak surat pimpinan DPR diterima. (3) Menteri "
    "sebagaimana dimaksud pada ayat (2) persiapan pembahasan dengan menteri atau kepala "
    "lembaga yang menyelenggarakan urusan pemerintahan di bidang Pembentukan Peraturan "
    "Perundang-undangan. 6. Ketentuan Pasal 58 diubah sehingga berbunyi sebagai berikut:\n"
    "Pasal 58\n"
    ", ^pembulatan, dan ^pemantapan konsepsi Rancangan Peraturan Daerah Provinsi "
    "dikoordinasikan oleh menteri atau kepala lembaga yang menyelenggarakan urusan "
    "pemerintahan di bidang Pembentukan Peraturan Perundang- undangan.\n"
    "(1) (21 (2) Pengharmonisasian, pembulatan, dan pemantapan konsepsi Rancangan "
    "Peraturarr Daerah Provinsi sebagaimana dimaksud pada ayat (1) dilaksanakan oleh "
    "instansi vertikal kementerian atau lembaga yang menyelenggarakan urusan pemerintahan "
    "di bidang Pembentukan Peraturan Perundang- undangan. 7. Di antara ayat (1) dan ayat "
    "(2) Pasal 64 disisipkan 2 (dua) ayat, yakni ayat (1a) dan ayat (1b) sehingga Pasal 64 "
    "berbunyi sebagai berikut: Pasal 64 (1) ^Penrusunan ^Rancangan Peraturan Perundang- "
    "undangan dilakukan sesuai dengan teknik penJrusunan Peraturan Perundang-undangan. "
    "(1a) Penyusunan Rancangan Peraturan Perundang- undangan sebagaimana dimaksud pada "
    "ayat (l) dapat menggunakan metode omnibus. (lb) ^Metode omnibus sebagaimana dimalsud "
    "^pada ayat (1a) merupakan metode penJrusunan Peraturan Perundang-undangan dengan:\n"
    "a. memuat materi muatan baru;\n"
    "b. mengubah materi muatan yang memiliki keterkaitan dan/atau kebutuhan hukum yang "
    "diatur dalam berbagai Peraturan Perundang- undangan yang jenis dan hierarkinya sama; "
    "dan/atau\n"
    "c. mencabut Peraturan Perundang-undangan yang jenis dan hierarkinya sama, dengan "
    "menggabungkannya ke dalam satu Peraturan Pemndang-undangan untuk mencapai tqiuan "
    "tertentu. (2) ^Ketentuan ^mengenai ^teknik ^penyusunan ^Peraturan Perundang-undangan "
    "sebagaimana dimaksud pada ayat (1) tercantum dalam Lampiran II yang merupalan bagian "
    "tidak terpisahkan dari Undang- Undang ini.\n"
    "(3) ^Ketentuan ^mengenai ^perubahan terhadap teknik pen5rusunan Peraturan "
    "Perundang-undangan sebagaimana dimaksud pada ayat (2) diatur dengan Peraturan "
    "Presiden. PasalT2 (1) Rancangan Undang-Undang yang telah disetujui bersama oleh DPR "
    "dan Presiden disampaikan oleh pimpinan DPR kepada Presiden untuk disahkan menjadi "
    "Undang-Undang. (1a) Dalam hal Rancangan Undang-Undang yang telah disetujui bersama "
    "oleh DPR dan Presiden sebagaimana dimaksud pada ayat (1) masih terdapat kesalahan "
    "teknis penulisan, dilakukan perbaikan oleh pimpinan alat kelengkapan DPR yang "
    "membahas Rancangan Undang-Undang tersebut dan Pemerintah yang diwakili oleh "
    "kementerian yang membahas Rancangan Undang-Undang tersebut. (1b) Hasil perbaikan "
    "sebagaimana dimaksud pada ayat (1a) harus mendapatkan persetujuan dari pimpinan alat "
    "kelengkapan DPR yang membahas Rancangan Undang-Undang tersebut dan wakil dari "
    "Pemerintah yang membahas Rancangan Undang-Undang tersebut. (2) Perbaikan dan "
    "penyampaian Rancangan Undang- Undang sebagaimana dimaksud pada ayat (l) sampai dengan "
    "ayat (1b) dilakukan dalam ^jangka waktu paling lama 7 (tujuh) hari terhitung sejak "
    "tanggal persetujuan bersama. 9. Ketentuan Pasal 73 diubah sehingga berbunyi sebagai "
    "berikut: Pasal 73 (l) Dalam hal Rancangan Undang-Undang yang telah disampaikan oleh "
    "pimpinan DPR kepada Presiden sebagaimana dimaksud dalam Pasal 72 masih ditemukan "
    "kesala-han teknis ^penulisan, kementerian yang menyelenggarakan urusan pemerintahan "
    "di bidang kesekretariatan negara bersama dengan kementerian yang membahas Rancangan "
    "Undang- Undang tersebut melakukan perbaikan dengan melibatkan pimpinan alat "
    "kelengkapan DPR ^yang membahas Rancangan Undang-Undang tersebut.\n"
    "(2) Rancangan Undang-Undang sebagaimana dimaksud dalam Pasal 72 at^u Rancangan "
    "Undang-Undang sebagaimana dimaksud pa.da ayat (l) disahkan oleh Presiden dengan "
    "membubuhkan tanda tangan dalam jangka waktu paling lama 3O (dga puluh) hari terhitung "
    "sejak Rancangan Undang-Undang tersebut disetujui bersama oleh DPR dan Presiden. (3) "
    "Dalam hal Rancangan Undang-Undang sebagaimana dimaksud pada ayat (2) tidak "
    "ditandatangani oleh Presiden dalam waknr paling larna 30 (tiga puluh) hari terhitung "
    "sejak Rancangan Undang-Undang tersebut disetujui bersama, Rancangan Undang-Undang "
    "tersebut sah menjadi Undang-Undang dan wajib (4) Dalam hal sahnya Rancangan "
    "sebagaimana dimaksud pada ayat (3), kalimat pengesahannya berbunyi: Undang-Undang ini "
    "dinyatakan sah berdasarkan ketentuan Pasal 20 ayat (5) Undang-Undang Dasar Negara "
    "Republik Indonesia Tahun 1945. (5) IGlimat pengesahan yang berbunyi sebagaimana "
    "dimaksud pa.da ayat (a) harus dibubuhkan pada halaman terakhir Undang-Undang sebelum "
    "pengundangan naskah Undang-Undang ke dalam kmbaran Negara Republik Indonesia.\n"
    "Pasal II\n"
    "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n")

UU_13_2022 = law_text(13, 2022, "Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang "
                      "Pembentukan Peraturan Perundang-undangan", UU_13_2022_PASAL_I,
                      "16 Juni 2022")

#: UU 11/2020 Pasal 81 (amending UU 13/2003), 11.md:2720-2721 and 2744-2748: item 17, its
#: number OCR'd "t7" and printed after its instruction, glued after the quoted Pasal 61.
UU_11_2020_PASAL_81 = (
    "Pasal 81\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 13 Tahun 2OO3 tentang Ketenagakerjaan "
    "(Lembaran Negara Republik Indonesia Tahun 2OO3 Nomor 39, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 42791diubah sebagai berikut:\n"
    "16. Ketentuan t6 Ketentuan Pasal 6l diubah sehingga berbunyi sebagai berikut: Pasal "
    "61 (1) Perjanjian kerja berakhir apabila: a- pekerja/buruh meninggal dunia; \" b. "
    "berakhirnya ^jangka waktu perjanjian kerja;\n"
    "c. selesainya suatu pekerjaan tertentu;\n"
    "d. adanya putusan pengadilan danf atau putusan lembaga penyelesaian perselisihan "
    "hubungan industrial yang telah mempunyai kekuatan hukum tetap; atau\n"
    "e. adanya keadaan atau kejadian tertentu yang dicantumkan dalam perjanjian kerja, "
    "peraturan perusahaan, atau perjanjian kerja bersama yang dapat menyebabkan "
    "berakhirnya hubungan kerja. (2) Perjanjian kerja tidak berakhir karena meninggalnya "
    "pengusaha atau beralihnya hak atas perusahaan yang disebabkan penjualan, pewarisan, "
    "atau hibah. (3) Dalam hal terjadi pengalihan perusahaan, hak-hak pekerja/buruh "
    "menjadi tanggung jawab pengusaha baru, kecuali ditentukan lain dalam perjanjian "
    "pengalihan yang tidak mengurangi hak-hak pekerja/buruh. (4) Dalam hal pengusaha orang "
    "perseorangan meninggal dunia, ahli waris pengusaha dapat mengakhiri perjanjian kerja "
    "setelah merundingkan dengan pekerja/buruh. (5) Dalam hal pekerja/buruh meninggal "
    "dunia, ahli waris pekerja/buruh berhak mendapatkan hak-haknya sesuai dengan peraturan "
    "perundang-undangan atau hak-hak yang telah diatur dalam perjanjian kerja, peraturan "
    "perusahaan, atau perjanjian kerja bersama. Di antara Pasal 61 dan Pasal 62 disisipkan "
    "1 (satu) pasal, yakni Pasal 61A sehingga berbunyi sebagai berikut: t7 Pasal 61A (1) "
    "Dalam hal perjanjian kerja waktu tertentu berakhir sebagaimana dimaksud dalam Pasal "
    "61 ayat (1) huruf b dan huruf c, pengusaha wajib memberikan uang kompensasi kepada "
    "pekerja/ buruh. (21 Uang kompensasi sebagaimana dimaksud pada ayat (1) diberikan "
    "kepada pekerja/buruh sesuai dengan masa kerja pekerja/buruh di perusahaan yang "
    "bersangkutan. (3) Ketentuan lebih lanjut mengenai uang kompensasi diatur dalam "
    "Peraturan Pemerintah.\n"
    "18. Pasal 64 dihapus.\n")

UU_11_2020 = law_text(11, 2020, "Cipta Kerja", UU_11_2020_PASAL_81, "2 November 2020")


def read(text: str) -> regsearch.Regulation:
    return parse_pages([text], path="excerpt.md", paged=False)


def quoted(reg: regsearch.Regulation) -> list[tuple[str, str]]:
    return [(a.pasal, a.amends.via) for a in reg.articles if a.amends]


def article(reg: regsearch.Regulation, number: str) -> regsearch.Article:
    return next(a for a in reg.articles if a.pasal == number)


def test_items_whose_numbers_skip_the_ones_ocr_lost_still_quote_their_articles():
    """"… dokumen perencanaan. 5. Ketentuan ayat(21 Pasal 49 diubah sehingga berbunyi sebagai
    berikut: Pasal 49 (1) …" after item 4, with 1-3 lost: only the next number was taken, so
    the new Pasal 49, 64 and 73 of UU 12/2011 were read as text of the article before (Pasal
    64 inside the quoted Pasal 58)."""
    reg = read(UU_13_2022)
    assert [q for q in quoted(reg) if q[0] in {"42A", "49", "58", "64", "73"}] == [
        ("42A", "Pasal I angka 4"), ("49", "Pasal I angka 5"), ("58", "Pasal I angka 6"),
        ("64", "Pasal I angka 7"), ("73", "Pasal I angka 9")]
    assert "Pasal 64" not in article(reg, "58").text
    assert article(reg, "64").ayat[1].text.startswith("Penyusunan Rancangan Peraturan Perundang-")
    assert article(reg, "73").text.startswith("(1) Dalam hal Rancangan Undang-Undang yang telah "
                                              "disampaikan oleh pimpinan DPR kepada Presiden")
    assert [c.label for c in reg.changes][-6:] == ["4", "5", "6", "7", "8", "9"]


def test_an_article_quoted_right_after_the_lead_in_is_an_item_whose_instruction_ocr_lost():
    """"… diubah sebagai berikut: Pasal 9 (1) Dalam hal suatu Undang-Undang diduga …": the new
    Pasal 9 was read as the lead-in of Pasal I. Its item's number is unknown (angka 2, the
    Penjelasan says): it amends via Pasal I alone."""
    reg = read(UU_13_2022)
    assert quoted(reg)[0] == ("9", "Pasal I")
    assert article(reg, "9").ayat[0].text.startswith("Dalam hal suatu Undang-Undang diduga "
                                                     "bertentangan")
    assert [a.number for a in article(reg, "9").ayat] == ["1", "2", "3", "4", "5", "6"]
    lead = article(reg, "I").ayat[0].text
    assert lead.endswith("diubah sebagai berikut:") and "Mahkamah" not in lead
    assert any(a.code == "change_label_missing" and "Pasal 9" in a.message
               for a in reg.anomalies)


def test_a_heading_glued_after_a_sentence_opens_the_article_of_an_item_ocr_lost():
    """"… diatur dengan Peraturan Presiden. PasalT2 (1) Rancangan Undang-Undang …": item 8
    lost, its Pasal 72 (a T for the 7, no space) was read as text of the quoted Pasal 64."""
    reg = read(UU_13_2022)
    assert ("72", "Pasal I angka 8") in quoted(reg)
    assert article(reg, "64").text.endswith("diatur dengan Peraturan Presiden.")
    assert [a.number for a in article(reg, "72").ayat] == ["1", "1a", "1b", "2"]


def test_the_amended_law_shows_each_article_an_item_quotes(tmp_path):
    """Through the index: UU 12/2011 Pasal 64 as UU 13/2022 left it (it was not indexed)."""
    with regsearch.open_index(indexed(tmp_path, {"uu-13-2022.md": UU_13_2022})) as index:
        shown = index.show("Pasal 64 UU 12/2011 sebagaimana diubah dengan UU 13/2022")
        assert shown.amends.via == "Pasal I angka 7"
        assert "metode omnibus" in shown.text and "Pasal 72" not in shown.text


def test_an_item_number_ocr_garbled_before_a_glued_heading_is_dropped():
    """"… perjanjian kerja bersama. Di antara Pasal 61 dan Pasal 62 disisipkan 1 (satu) pasal,
    yakni Pasal 61A sehingga berbunyi sebagai berikut: t7 Pasal 61A (1) …": only a number in
    digits was dropped there, so the new Pasal 61A of UU 13/2003 (compensation at the end of a
    fixed-term contract) was read as ayat (5) of the quoted Pasal 61."""
    reg = read(UU_11_2020)
    assert quoted(reg) == [("61", "Pasal 81 angka 16"), ("61A", "Pasal 81 angka 17")]
    assert article(reg, "61").text.endswith("perjanjian kerja, peraturan perusahaan, atau "
                                            "perjanjian kerja bersama.")
    inserted = article(reg, "61A")
    assert inserted.amends.ref == RegulationRef("UU", "13", 2003)
    assert inserted.ayat[0].text.startswith("Dalam hal perjanjian kerja waktu tertentu berakhir")


#: UU 11/2020 Pasal 150 (amending UU 39/2009), 11.md:3583-3617: items 6 and 7 printed without
#: their numbers, item 7's instruction glued after the quoted Pasal 8A's last words "Pasal 8.".
UU_11_2020_PASAL_150 = law_text(11, 2020, "Cipta Kerja", (
    "Pasal 150\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 39 Tahun 2OO9 tentang Kawasan Ekonomi "
    "Khusus (Lembaran Negara Republik Indonesia Tahun 2OO9 Nomor 147, Tambahan Lembaran "
    "Negara Republik Indonesia Nomor 5066) diubah menjadi sebagai berikut:\n"
    "1. Ketentuan . C 1 Ketentuan Pasal 1 angka 4, angka 5, angka 6, dan angka 7 diubah "
    "sehingga Pasal 1 berbunyi sebagai berikut:\n"
    "Pasal 1\n"
    "Dalam Undang-Undang ini yang dimaksud dengan:\n"
    "1. Kawasan Ekonomi Khusus yang selanjutnya disebut KEK adalah kawasan dengan batas "
    "tertentu dalam wilayah hukum Negara Kesatuan Republik Indonesia yang ditetapkan untuk "
    "menyelenggarakan fungsi perekonomian dan memperoleh fasilitas tertentu. 2. Zona "
    "adalah area di dalam KEK dengan batas tertentu yang pemanfaatannya sesuai dengan "
    "peruntukannya. 3. Dewan Nasional adalah dewan yang dibentuk di tingkat nasional untuk "
    "menyelenggarakan KEK. 4. Dewan Kawasan adalah dewan yang dibentuk di tingkat provinsi "
    "atau lebih dari satu provinsi, untuk membantu Dewan Nasional dalam penyelenggaraan "
    "KEK. 5. Administrator adalah unit kerja yang bertugas menyelenggarakan Perizinan "
    "Berusaha, perizinarr lainnya, pelayanan, dan pengawasan di KEK. 6. Badan Usaha adalah "
    "badan usaha yang menyelenggarakan kegiatan usaha KEK. 7. Pelaku Usaha adalah Pelaku "
    "Usaha yang menjalankan kegiatan usaha di KEK. 2 Ketentuan Pasal 3 diubah sehingga "
    "berbunyi sebagai berikut: Pasal 3 (1) Kegiatan usaha di KEK terdiri atas:\n"
    "a. produksi dan pengolahan;\n"
    "b. logistik dan distribusi;\n"
    "c. pengembanganteknologi;\n"
    "d. pariwisata;\n"
    "e. pendidikan;\n"
    "f. kesehatan;\n"
    "g. energi; dan/atau\n"
    "h. ekonomi lain. (21 Pelaksanaan kegiatan usaha pendidikan sebagaimana dimaksud pada "
    "ayat (1) huruf e hanya dapat dilakukan berdasarkan persetujuan yang diberikan oleh "
    "Pemerintah Pusat. (3) Pelaksanaan kegiatan usaha kesehatan sebagaimana dimaksud pada "
    "ayat (1) huruf f dilakukan sesuai dengan persyaratan yang ditetapkan oleh Pemerintah "
    "Pusat. (41 Kegiatan ekonomi lain sebagaimana dimaksud pada ayat (1) huruf h "
    "ditetapkan oleh Dewan Nasional. (5) Di dalam KEK dapat dibangun fasilitas pendukung "
    "dan perumahan bagi pekerja. (6) Pelaksanaan kegiatan usaha sebagaimana dimaksud pada "
    "ayat (1) dilakukan sesuai dengan zonasi di KEK. (71 Di dalam KEK disediakan lokasi "
    "untuk usaha mikro, kecil, menengah, dan koperasi, baik sebagai Pelaku Usaha maupun "
    "sebagai pendukung kegiatan perusahaan yang berada di dalam KEK. 3 Ketentuan Pasal 4 "
    "diubah sehingga berbunyi sebagai berikut: Pasal 4 Lokasi yang dapat diusulkan untuk "
    "menjadi KEK memenuhi kriteria:\n"
    "a. sesuai dengan Rencana Tata Ruang Wilayah dan tidak berpotensi mengganggu kawasan "
    "lindung;\n"
    "b. mempunyai batas yang jelas; dan\n"
    "c. lahan c lahan yang diusulkan menjadi KEK paling sedikit 50% (lima puluh persen) "
    "dari yang direncanakan telah dikuasai sebagian atau seluruhnya. 4 Ketentuan Pasal 5 "
    "diubah sehingga berbunyi sebagai berikut: Pasal 5 (1) Pembentukan KEK diusulkan "
    "kepada Dewan Nasional oleh:\n"
    "a. Badan Usaha; atau\n"
    "b. Pemerintah Daerah. (21 Badan Usaha sebagaimana dimaksud pada ayat (1) huruf a "
    "terdiri atas:\n"
    "a. badan usaha milik negara;\n"
    "b. badan usaha milik daerah;\n"
    "c. koperasi;\n"
    "d. badan usaha swasta berbentuk perseroan terbatas; atau\n"
    "e. badan usaha patungan atau konsorsium. (3) Pemerintah Daerah sebagaimana dimaksud "
    "pada ayat (1) huruf b terdiri atas:\n"
    "a. Pemerintah Daerah provinsi; atau\n"
    "b. PemerintahDaerahkabupaten/kota. Ketentuan Pasal 6 diubah sehingga berbunyi sebagai "
    "berikut: Pasal 6 (1) Usulan sebagaimana dimaksud dalam Pasal 5 ayat (1) harus "
    "memenuhi kriteria sebagaimana dimaksud dalam Pasal 4. 5 (2) Usulan 6 (21 Usulan "
    "sebagaimana dimaksud pada ayat (1) dilengkapi persyaratan paling sedikit:\n"
    "a. peta lokasi pengembangan serta luas area yang diusulkan yang terpisah dari "
    "permukiman penduduk;\n"
    "b. rencana tata rLrang KEK yang diusulkan dilengkapi dengan pengaturan zonasi;\n"
    "c. rencana dan sumber pembiayaan;\n"
    "d. persetujuanLingkungan;\n"
    "e. hasil studi kelayakan ekonomi dan finansial;\n"
    "f. jangka waktu suatu KEK dan rencana strategis; dan\n"
    "g. penguasaan lahan yang dikuasai paling sedikit 5Oo/o (lima puluh persen) dari yang "
    "direncanakan. Di antara Pasal 8 dan Pasal 9 disisipkan 1 (satu) pasal, yakni Pasal 8A "
    "sehingga berbunyi sebagai berikut: Pasal 8A Pemerintah Pusat dan Pemerintah Daerah "
    "wajib mendukung KEK yang telah ditetapkan sebagaimana dimaksud dalam Pasal 7 dan "
    "Pasal 8. Ketentuan Pasal 10 diubah sehingga berbunyi sebagai berikut:\n"
    "Pasal 10\n"
    "Setelah KEK ditetapkan:\n"), "2 November 2020")


def test_a_number_an_article_names_is_no_item_number():
    """"… sebagaimana dimaksud dalam Pasal 7 dan Pasal 8. Ketentuan Pasal 10 diubah sehingga
    berbunyi sebagai berikut:" is no item 8 (item 6 was read last; item 7 is the one printed
    without its number): the quoted Pasal 8A keeps its last words, Pasal 10 is item 7's."""
    reg = read(UU_11_2020_PASAL_150)
    assert ("8A", "Pasal 150 angka 6") in quoted(reg) and ("10", "Pasal 150 angka 7") in quoted(reg)
    assert "sebagaimana dimaksud dalam Pasal 7 dan Pasal 8." in article(reg, "8A").text
