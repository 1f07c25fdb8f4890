"""Page numbers printed inside a line of text ("… kerja bersama. - 4 - 3. Perselisihan …") and
heading words and numbers OCR marked ("Pasal 59`", "pasal 48"), on verbatim excerpts of the
scale corpus (/tmp/uutexts/uu/<year>/<n>.md, line numbers given), framed as a law by
``tests.test_parse_rules.parse``."""

from __future__ import annotations

import re

import pytest

from regsearch import clean
from regsearch.parse import parse_pages
from tests.test_parse_rules import parse, pasal

# UU 2/2004 (PPHI), 2.md lines 18-22: Pasal 1 angka 1-4, the page number "- 4 -" between
# angka 2 and angka 3 on line 21.
UU_2_2004_PASAL_1 = (
'Pasal 1\n'
'Dalam Undang-undang ini yang dimaksud dengan :\n'
'1. Perselisihan Hubungan Industrial adalah perbedaan pendapat yang mengakibatkan __ pertentangan antara pengusaha atau gabungan pengusaha dengan pekerja/buruh atau serikat pekerja/serikat buruh karena adanya perselisihan mengenai hak, perselisihan kepentingan, perselisihan pemutusan hubungan kerja dan perselisihan __ antar serikat pekerja/serikat buruh dalam satu perusahaan.\n'
'2. Perselisihan hak adalah __ perselisihan yang timbul karena tidak dipenuhinya hak, akibat adanya perbedaan pelaksanaan atau penafsiran terhadap ketentuan peraturan perundang- undangan, perjanjian kerja, peraturan perusa-haan, atau perjanjian kerja bersama. - 4 - 3. Perselisihan kepentingan adalah perselisihan yang timbul dalam hubungan kerja karena tidak adanya kesesuaian pendapat mengenai pembuatan, dan/atau perubahan syarat- syarat kerja yang ditetapkan dalam perjanjian kerja, atau peraturan perusahaan, atau perjanjian kerja bersama.\n'
'4. Perselisihan pemutusan hubungan kerja adalah perselisihan yang timbul karena tidak adanya kesesuaian pendapat mengenai pengakhiran hubungan kerja yang dilakukan oleh salah satu pihak.\n')
# UU 2/2004 lines 205-210 (Pasal 39-42: "- 31 -" before Pasal 40 on line 208) and 365-366
# (Pasal 83: "- 52 -" between its ayat (1) and (2)).
UU_2_2004_PASAL_39_41 = (
'Pasal 39\n'
'(1) Hak ingkar terhadap arbiter yang diangkat oleh Ketua Pengadilan ditujukan kepada Ketua Pengadilan yang bersangkutan.\n'
'(2) Hak ingkar terhadap arbiter tunggal yang disepakati diajukan kepada arbiter yang bersangkutan.\n'
'(3) Hak ingkar terhadap anggota majelis arbiter yang disepakati diajukan kepada majelis arbiter yang bersangkutan. - 31 - Pasal 40 __ (1) Arbiter wajib menyelesaikan perselisihan hubungan industrial dalam waktu selambat-lambatnya 30 (tiga puluh) hari kerja sejak penandatanganan surat perjanjian penunjukan arbiter.\n'
'(2) Pemeriksaan atas perselisihan harus dimulai dalam waktu selambat-lambatnya 3 (tiga) hari kerja setelah penanda- tanganan surat perjanjian penunjukan arbiter.\n'
'(3) Atas kesepakatan para pihak, arbiter berwenang untuk memperpanjang jangka waktu penyelesaian perselisihan hubungan industrial 1 (satu) kali perpanjangan selambat- lambatnya 14 (empat belas) hari kerja. Pasal 41 __ Pemeriksaan perselisihan hubungan industrial oleh arbiter atau majelis arbiter dilakukan secara tertutup kecuali para pihak yang berselisih menghendaki lain. Pasal 42 __ Dalam sidang arbitrase, para pihak yang berselisih dapat diwakili oleh kuasanya dengan surat kuasa khusus. - 32 -\n')
UU_2_2004_PASAL_83 = (
'Pasal 83\n'
'(1) Pengajuan gugatan yang tidak dilampiri risalah penyelesaian melalui mediasi atau konsiliasi, maka hakim Pengadilan Hubungan Industrial wajib mengembalikan gugatan kepada pengugat. - 52 - (2) Hakim berkewajiban memeriksa isi gugatan dan bila terdapat kekurangan, hakim meminta penggugat untuk menyempurnakan gugatannya.\n')


def test_a_page_number_inside_a_line_does_not_hide_the_definition_after_it():
    """QA s21: UU 2/2004 Pasal 1 angka 3 ("Perselisihan kepentingan adalah …") was read as the
    end of angka 2, after its page number "- 4 -"; angka 7, 12, 15 and 20 likewise."""
    reg = parse(UU_2_2004_PASAL_1)
    items = pasal(reg, "1").ayat[0].items
    assert [i.label for i in items] == ["1", "2", "3", "4"]
    assert items[1].text.endswith("atau perjanjian kerja bersama.")
    assert items[2].text.startswith("Perselisihan kepentingan adalah perselisihan yang timbul")
    assert "- 4 -" not in pasal(reg, "1").text


def test_a_page_number_before_an_inline_heading_does_not_hide_the_article():
    """QA s21: UU 2/2004 Pasal 40 (the arbiter decides within 30 hari kerja), 45, 50, 51 and 54
    were text of the article before them: "… yang bersangkutan. - 31 - Pasal 40 __ (1) …"."""
    reg = parse(UU_2_2004_PASAL_39_41 + UU_2_2004_PASAL_83)
    assert [a.pasal for a in reg.articles] == ["39", "40", "41", "42", "83"]
    assert pasal(reg, "39").ayat[-1].text.endswith("kepada majelis arbiter yang bersangkutan.")
    assert pasal(reg, "40").ayat[0].text.startswith("Arbiter wajib menyelesaikan perselisihan "
                                                    "hubungan industrial dalam waktu")
    assert pasal(reg, "42").text.endswith("dengan surat kuasa khusus.")
    assert pasal(reg, "83").ayat[0].text.endswith("wajib mengembalikan gugatan kepada pengugat.")
    assert not any(re.search(r"- \d+ -", a.text) for a in reg.articles)


@pytest.mark.parametrize(("line", "cleaned"), [
    ("kerja bersama. - 4 - 3. Perselisihan kepentingan", "kerja bersama. 3. Perselisihan kepentingan"),
    ("kepada pengugat. - 52 - (2) Hakim", "kepada pengugat. (2) Hakim"),
    ("-2- Pasal 20, Pasal 21", "Pasal 20, Pasal 21"),                    # UU 2021/2 (line start)
    ("PRESIDEN REPUBLIK INDONESIA -29-", "PRESIDEN REPUBLIK INDONESIA"),
    # numbers, not page numbers: a date (UU 1954), a decree's number (UU 2007), a budget's
    ("ditagih sesudah tanggal 31 - 12 - 1953 oleh", "ditagih sesudah tanggal 31 - 12 - 1953 oleh"),
    ("Nomor 900 - 187 - Tahun 2004", "Nomor 900 - 187 - Tahun 2004"),
    ("Rp 31.751.221.945,00 - 19 - 16.3 Subsektor", "Rp 31.751.221.945,00 - 19 - 16.3 Subsektor"),
    ("denda Rp 500,- (lima ratus rupiah)", "denda Rp 500,- (lima ratus rupiah)"),
])
def test_page_numbers_inside_a_line_are_removed_and_numbers_kept(line, cleaned):
    assert clean.remove_inline_page_numbers(line) == cleaned


# UU 33/2014 (Jaminan Produk Halal), 33.md lines 317-320 (Pasal 58, "Pasal 59`" glued after it,
# Pasal 60).
UU_33_2014_PASAL_58_59 = (
'Pasal 58\n'
'Sertifikat Halal yang telah ditetapkan oleh MUI sebelum Undang-Undang ini berlaku dinyatakan tetap berlaku sampai jangka waktu Sertifikat Halal tersebut berakhir. Pasal 59` Sebelum BPJPH dibentuk, pengajuan permohonan atau perpanjangan Sertifikat Halal dilakukan sesuai dengan tata cara memperoleh Sertifikat Halal yang berlaku sebelum Undang-Undang ini diundangkan.\n'
'Pasal 60\n'
    'MUI tetap menjalankan tugasnya di bidang Sertifikasi Halal sampai dengan BPJPH dibentuk.\n')


def test_a_stray_mark_after_an_inline_heading_s_number_does_not_hide_the_article():
    """QA s21: UU 33/2014 Pasal 59 (Sertifikat Halal before BPJPH exists) was text of Pasal 58."""
    reg = parse(UU_33_2014_PASAL_58_59)
    assert [a.pasal for a in reg.articles] == ["58", "59", "60"]
    assert pasal(reg, "58").text.endswith("Sertifikat Halal tersebut berakhir.")
    assert pasal(reg, "59").text.startswith("Sebelum BPJPH dibentuk, pengajuan permohonan")


# UU 32/2014 (Kelautan), 32.md lines 243-250 and 252-253 (Pasal 47, "pasal 48" after its last
# sentence on line 250, Pasal 49).
UU_32_2014_PASAL_47_49 = (
'Pasal 47\n'
"Setiap orang yang melakukan pemanfaatan ruang Laut secara menetap di wiiayah perairan dan wilayah yurisdiksi wajib memiliki izin lokasi. Izin lokasi yang berada di wilayah pesisir dan pulau- pulau kecil dilakukan sesuai dengan ketentuan peraturan perundang-undan gan. Setiap orang yang melakukan pemanfaatan ruang Laut secara menetap di wilayah perairan dan wilayah y'urisdiksi yang tidak sesuai dengan izin yang diberilan dikenai sanksi administratif berupa:\n"
'a. peringatan tertulis;\n'
'b. penghentian sementara kegiatan;\n'
'c. penutupan lokasi;\n'
'd. pencabutan izin;\n'
'e. pembatalan bin; dan/atau\n'
'f. dendaadministratif. (4) Ke.tentuan mengenai izin lokasi di Laut yang berada di wilayah perairan dan wilayah yurisdiksi sebagaimana dimaksud pada ayat (1) dan tata cara pengenaan sanksi administratif sebagaimana dimaksud pada ayat (3) diatur dengan Peraturan ^pemerintah. pasal 48 Setiap orang yang melakukan pemanfaatan ruang Laut sesuai dengan rencana zonasi dapat diberi insentif sesuai dengan ketentuan peraturan p.ru.rd.rrg_rndan gan. ,.-{} * ,tss*t^ =li;\n'
'Pasal 49\n'
'Setiap orang yang melakukan pemanfaatan ruang Laut secara menetap yang tidak memiliki izin lokasi sebagaimana dimaksud dalam Pasal 47 ayat (1) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan pidana denda paling banyak Rp20.000.000.000,00 (dua puluh miliar rupiah). Bagian Kedua Peiindungan Lingkungan Laut\n')


def test_a_heading_ocr_printed_in_small_letters_after_a_sentence_is_an_article():
    """UU 32/2014 Pasal 48 (insentif for using the sea as zoned), 53, 54; UU 37/2014 Pasal 10,
    11 …: "… diatur dengan Peraturan ^pemerintah. pasal 48 Setiap orang …" was Pasal 47's text."""
    reg = parse(UU_32_2014_PASAL_47_49)
    assert [a.pasal for a in reg.articles] == ["47", "48", "49"]
    assert pasal(reg, "48").text.startswith("Setiap orang yang melakukan pemanfaatan ruang Laut "
                                            "sesuai dengan rencana zonasi dapat diberi insentif")
    assert "pasal 48" not in pasal(reg, "47").text


def test_a_small_pasal_naming_an_article_is_no_heading():
    """"… bertentangan dengan pasal 19 jo. pasal 33 Undang-undang Dasar …" (UU 23/1954): after an
    abbreviation's full stop, a cross-reference."""
    reg = parse("Pasal 32\nPeraturan ini bertentangan dengan pasal 19 jo. pasal 33 Undang-undang "
                "Dasar Sementara.\n")
    assert [a.pasal for a in reg.articles] == ["32"]


# UU 19/2016 (Perubahan atas UU 11/2008, ITE), 19.md lines 1-2, 11-14 (title block, Pasal I's
# lead-in) and 61-67 (item 8, its instruction lost by OCR: Pasal 45, 45A and, glued after 45A's
# last sentence on line 65, "pasal 458"; Pasal II).
UU_19_2016_ANGKA_8 = (
    ' UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 19 TAHUN 2016 TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR I1 TAHUN 2OO8 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK\n'
    'DENGAN RAHMAT TUHAN YANG MAHA ESA\n'
    'MEMUTUSKAN:\n'
    ' Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG- UNDANG NOMOR 11 TAHUN 2OO8 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK,\n'
    'Pasal I\n'
    'Beberapa ketentuan dalam Undang-Undang Nomor l1 Tahun 2008 tentang Informasi dan Transaksi Elektronik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4843) diubah sebagai berikut:\n'
    '(7a) (8) 8. Ketentuan .\n'
    'Pasal 45\n'
    'Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan yang melanggar kesusilaan sebagaimana dimaksud dalam Pasal 27 ayat (ll dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp 1.000.000.000,00 (satu miliar rupiah). Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan perjudian sebagaimana dimaLsud dalam Pasal 27 ayat (2) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp1.000.000.000,00 (satu miliar rupiah). Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan penghinaan dan/atau pencemaran nama baik sebagaimana dimaksud dalam Pasal 27 ayat (3) dipidana dengan pidana penjara paling lama 4 (empat) tahun dan/atau denda paling banyak Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah). Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan pemerasan dan/atau pengancaman sebagaimana dimaksud dalam Pasal 27 ayat (4) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp 1.000.000.000,00 (satu miliar rupiah). dan dan (1) (21 (3) (4) (5) Ketentuan _t2 Ketentuan sebagaimana dimaksud pada ayat (3) merupakan delik aduan.\n'
    'Pasal 45A\n'
    'Setiap Orang yang dengan sengaja dan tanpa hak menyebarkan berita bohong dan menyesatkan yang mengakibatkan kerugian konsumen dalam Transaksi Elektronik sebagaimana dimaksud dalam Pasal 28 ayat (1) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp 1.000. 000.000,00 (satu miliar rupiah). Setiap Orang yang dengan sengaja dan tanpa hak menyebarkan informasi yang ditujukan untuk menimbulkan rasa kebencian atau permusuhan individu dan/atau kelompok masyarakat tertentu berdasarkan atas suku, agama, ras, dan antargolongan (SARA) sebagaimana dimaksud dalam Pasal 28 ayat (21 dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp 1. 000.O00. 000,00 (satu miliar rupiah). pasal 458 Setiap Orang yang dengan sengaja dan tanpa hak mengirimkan Informasi Elektronik dan/atau Dokumen Elektronik yang berisi ancaman kekerasan atau menakut-nakuti yang ditujukan secara pribadi sebagaimana dimaksud dalam Pasal 29 dipidana dengan pidana penjara paling lama 4 (empat) tahun dan/atau denda paling banyak Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah).\n'
    'Pasal II\n'
    'Undang-Undang ini mulai berlaku pada tanggal diundangkan. (s) (1) (21 Agar Disahkan di Jakarta pada tanggal 25 November 2016 ttd JOKO WIDODO Diundangkan di Jakarta pada tan[gal 25 November 2016 MENTERI HUKUM DAN HAKASASI MANUSIA REPUBLIK INDONESIA, ttd YASONNA H. LAOLY LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2016 NOMOR 251 qD PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 19 TAHUN 2016 TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR 11 TAHUN 2OO8 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK I. UMUM Bahwa kemerdekaan menyatakan pikiran dan kebebasan berpendapat serta hak memperoleh informasi melalui penggunaan dan pemanfaatan Teknologi Informasi dan komunikasi ditqiukan untuk memajukan kesejahteraan umum, dan mencerdaskan kehidupan bangsa serta memberikan rasa aman, keadilan, dan kepastian hukum bagi pengguna dan Penyelenggara Sistem Elektronik. Dalam kehidupan bermasyarakat, berbangsa, dan bernegara, hak dan kebebasan melalui penggunaan dan pemanfaatan Teknologi Informasi tersebut dilakukan dengan mempertimbangkan pembatasan yang ditetapkan dengan undang-undang dengan maksud semata-mata untuk menjamin pengakuan serta penghormatan atas hak dan kebebasan orang lain dan untuk memenuhi tuntutan yang adil sesuai dengan pertimbangan moral, nilai-nilai agama, keamanan, dan ketertiban umum dalam suatu masyarakat demokratis. Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (UU ITE) adalah undang-undang pertama di bidang Teknologi Informasi dan Transaksi Elektronik sebagai produk legislasi yang sangat dibutuhkan dan telah menjadi pionir yang meletakkan dasar pengaturan di bidang pemanfaatan Teknologi Informasi dan Transaksi Elektronik. Akan tetapi, dalam kenyataannya, perjalanan implementasi dari UU ITE mengalami persoalan-persoalan. Pertama, terhadap Undang-Undang ini telah diajukan beberapa kali uji materiil di Mahkamah Konstitusi dengan Putusan Mahkamah Konstitusi Nomor 50 / PUU-VI / 2008, Nomor 2 I PUU -VII I ^2009, ^Nomor ^S / ^PUU-UII / ^20 ^I ^O, dan Nomor 20IPUU-X.IV /2016. Berdasarkan PRES IDEI{ REPUBLIK INDONESIA Berdasarkan Putusan Mahkamah Konstitusi Nomor SO/PUU-VII2OOS dan Nomor 2/PUU-VII|2OO9, tindak pidana penghinaan dan pencemaran nama baik dalam bidang Informasi Elektronik dan Transaksi Elektronik bukan semata-mata sebagai tindak pidana umum, melainkan sebagai delik aduan. Penegasan mengenai delik aduan dimaksudkan agar selaras dengan asas\'kepastian hukum dan rasa keadilan masyarakat. Berdasarkan Putusan Mahkamah Konstitusi Nomor s/PUU-Vfil I 2OLO, Mahkamah Konstitusi berpendapat bahwa kegiatan dan kewenangan penyadapan merupakan hal yang sangat sensitif karena di satu sisi merupakan pembatasan hak asasi manusia, tetapi di sisi lain memiliki aspek kepentingan hukum. Oleh karena itu, pengaturan (regutation) mengenai legalitas penyadapan harus dibentuk dan diformulasikan secara tepat sesuai dengan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945. Di samping itu, Mahkamah berpendapat bahwa karena penyadapan merupakan pelanggaran atas hak asasi manusia sebagaimana ditegaskan dalam Pasal 28J ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, sangat wajar dan sudah sepatutnya jika negara ingin menyimpangi hak privasi warga negara tersebut, negara harrrslah menyimpanginya dalam bentuk undang-undang dan bukan dalam bentuk peraturan pemerintah. Selain itu, berdasarkan Putusan Mahkamah Konstitusi Nomor 20lPUU-xrv l2oL6, Mahkamah Konstitusi berpendapat bahwa untuk mencegah terjadinya perbedaan penafsiran terhadap Pasal 5 ayat (1) dan ayat (21 UU ITE, Mahkamah menegaskan bahwa setiap intersepsi harus dilakukan secara sah, terlebih lagi dalam rangka penegakan hukum. Oleh karena itu, Mahkamah dalam amar putusannya menambahkan kata atau frasa "khususnya" terhadap frasa "Informasi Elektronik dan/atau Dokumen Elektronik". Agar tidak terjadi penafsiran bahwa putusan tersebut akan mempersempit makna atau arti yang terdapat di dalam Pasal 5 ayat (1) dan ayat (2) UU ITE, untuk memberikan kepastian hukum keberadaan Informasi Elektronik dan/atau Dokumen Elektronik sebagai alat bukti perlu dipertegas kembali dalam Penjelasan Pasal 5 UU ITE. Kedua, ketentuan mengenai penggeledahan, penyitaan, penangkapan, dan penahanan yang diatur dalam UU ITE menimbulkan permasalahln bagi penyidik karena tindak pidana di bidang Teknologi Informasi dan Transaksi Elektronik begitu cepat dan pelaku dapat dengan mudah mengaburkan perbuatan atau alat bukti kejahatan. Ketiga, karakteristik virtualitas ruang siber memungkinkan konten ilegal seperti Informasi dan/atau Dokumen Elektronik yang memiliki muatan yang melanggar kesusilaan, perjudian, penghinaan atau pencemaran nama baik, pemerasan dan/atau pengancaman, penyebaran berita bohong dan menyesatkan sehingga mengakibatkan kerugian konsumen dalam Transaksi Elektronik, serta perbuatan menyebarkan kebencian atau permusuhan berdasarkan suku, agama, ras, dan golongan, dan pengiriman ancaman kekerasan atau menakut-nakuti yang ditujukan secara pribadi dapat diakses, didistribusikan, ditransmisikan, disalin, disimpan untuk didiseminasi kembali dari mana saja dan kapan saja. Dalam rangka melindungi kepentingan umum dari segala jenis gangguan sebagai akibat penyalahgunaan Informasi Elektronik dan Transaksi Elektronik, diperlukan penegasan peran Pemerintah dalam mencegah penyebarluasan konten ilegal dengan melakukan tindakan pemutusan akses terhadap Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan yang melanggar hukum agar tidak dapat diakses dari yurisdiksi Indonesia serta dibutuhkan kewenangan bagi penyidik untuk meminta informasi yang terdapat dalam Penyelenggara Sistem Elektronik untuk kepentingan penegakan hukum tindak pidana di bidang Teknologi Informasi dan Transaksi Elektronik. Keempat, penggunaan setiap informasi melalui media atau Sistem Elektronik yang menyangkut data pribadi seseorang harus dilakukan atas persetujuan Orang yang bersangkutan. Untuk itu, dibutuhkan jaminan pemenuhan perlindungan diri pribadi dengan mewajibkan setiap Penyelenggara Sistem Elektronik untuk menghapus Informasi Elektronik dan/atau Dokumen Elektronik yang tidak relevan yang berada di bawah kendalinya atas permintaan Orang yang bersangkutan berdasarkan penetapan pengadilan. Berdasarkan pertimbangan tersebut, perlu membentuk Undang- Undang tentang Perubahan atas Undang-Undang Nomor 1l Tahun 2008 tentang Informasi dan Transaksi Elektronik yang menegaskan kembali ketentuan keberadaan Informasi Elektronik dan/atau Dokumen Elektronik dalam Penjelasan Pasal 5, menambah ketentuan kewajiban penghapusan Informasi Elektronik dan/atau Dokumen Elektronik yang tidak relevan dalam Pasal 26, mengubah ketentuan Pasal 31 ayat (41 mengenai pendelegasian penJrusunan tata cara intersepsi ke dalam unding-unilang, menambah peran Pemerintah dalam melakukan pencegahan penyebarluasan dan penggunaan Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan yang dilarang dalam Pasal 40, mengubah beberapa ketentuan mengenai penyidikan yang terkait dengan dugaah tindak pidana di bidang Teknologi Informasi dan Transaksi Elektronik dahm Pasal 43, dan menambah penjelasan Pasal 27 ayat (1), ayat (3), dan ayat (4) agar lebih harmonis dengan sistem hukum pidana materiil yang diatur di Indonesia. Pasal I Angka 1 Pasal 1 Cukup ^jelas. Angka2 Pasal 5 Ayat (1) Bahwa keberadaan Informasi Elektronik dan/atau Dokumen Elektronik mengikat dan diakui sebagai alat bukti yang sah untuk memberikan kepastian hukum terhadap Penyelenggaraan Sistem Elektronik dan Transaksi Elektronik, terutama dalam pembuktian dan hal yang berkaitan dengan perbuatan hukum yang dilakukan melalui Sistem Elektronik. Ayat (2) Khusus untuk Informasi Elektronik dan/atau Dokumen Elektronik berupa hasil intersepsi atau penyadapan atau perekaman yang merupakan b"gian dari penyadapan harus dilakukan dalam rangka penegakan hukum atas permintaan kepolisian, kejaksaan, dan/atau institusi lainnya yang kewenangannya ditetapkan berdasarkan undang-undang. Ayat (3) Cukup ^jelas. Ayat (4) Hurufa Surat yang menurut undang-undang harus dibuat tertulis meliputi tetapi tidak terbatas pada surat berharga, surat yang berharga, dan surat yang digunakan dalam proses penegakan hukum acara perdata, pidana, dan administrasi negara. Huruf b Cukup ^jelas. Angka 3 Angka 3 Pasal 26 Ayat (l) Dalam pemanfaatan Teknologi Informasi, perlindungan data pribadi merupakan salah satu bagian dari hak pribadi (piuacg nqfus). Hak pribadi mengandung pengertian sebagai berikut:\n')


def test_an_inserted_article_s_heading_ocr_printed_small_with_8_for_b_is_that_article():
    """QA s21: UU 19/2016 Pasal 45B (threats sent electronically, Rp750 juta) was text of the
    quoted Pasal 45A: after 45A the item's next article is 45B, which "pasal 458" reads as."""
    reg = parse_pages([UU_19_2016_ANGKA_8], path="uu/2016/19.md", paged=False)
    quoted = [a.pasal for a in reg.articles if a.amends is not None]
    assert quoted == ["45", "45A", "45B"]
    assert pasal(reg, "45A").text.endswith("(satu miliar rupiah).")
    assert pasal(reg, "45B").text.startswith("Setiap Orang yang dengan sengaja dan tanpa hak "
                                             "mengirimkan Informasi Elektronik")
    assert pasal(reg, "45B").amends.ref.number == "11"



# UU 6/1995 (Pembentukan Kotamadya Kendari), 6.md lines 39-79 (Pasal 6-12) and the Penjelasan's
# lines 109-110 (Pasal 6, then "_Pasal 7_ Cukup jelas. _Pasal 8_ …" to "_Pasal 12_" on one line).
UU_6_1995_PASAL_6_12 = (
    'Pasal 6\n'
    '(1) Wilayah Kotamadya Daerah Tingkat II Kendari mempunyai batas-batas sebagai berikut :\n'
    'a. Sebelah utara berbatasab dengan Kecamatan Soropia dan Kecamatan Sampara Kabupaten Daerah Tingkat II Kendari;\n'
    'b. Sebelah timur berbatasan dengan Laut Banda;\n'
    'c. Sebelah selatan berbatasan dengan Kecamatan Moramo dan Kecamatan Konda Kabupaten Daerah Tingkat II Kendari;\n'
    'd. Sebelah barat berbatasan dengan Kecamatan Tanomeeto Kabupaten Daerah Tingkat II Kendari.\n'
    '(2) Batas wilayah sebagaimana dimaksud dalam ayat (1) dituangkan dalam peta yang merupakan bagian yang tidak terpisahkan dari Undang-undang ini.\n'
    '(3) Penentuan batas wilayah Kotamadya Daerah Tingkat II Kendari secara pasti di lapangan sebagaimana dimaksud dalam ayat (1) ditetapkan oleh Menteri Dalam Negeri.\n'
    'BAB III PEMERINTAH DAERAH DAN PERANGKAT WILAYAH/DAERAH\n'
    'Pasal 7\n'
    'Untuk memimpin jalannya pemerintahan di Kotamadya Daerah Tingkat II Kendari, dipilih dan diangkat seorang Walikotamadya Kepala daerah Tingkat II sesuai dengan peraturan perundang-undangan yang berlaku.\n'
    'Pasal 8\n'
    'Dengan terbentuknya Kotamadya Daerah Tingkat II Kendari, dibentuk Dewan Perwakilan Rakyat Daerah Tingkat II sesuai dengan peraturan perundang-undangan yang berlaku.\n'
    'Pasal 9\n'
    'Untuk kelengkapan perangkat pemerintahan di Kotamadya Daerah Tingkat II Kendari, dibentuk Sekretariat Wilayah/Daerah Tingkat II, Sekretariat Dewan Perwakilan Rakyat Daerah Tingkat II, Dinas-dinas Daerah, dan Instansi lainnya sesuai dengan peraturan perundang-undangan yang berlaku. BAB IV…\n'
    'BAB IV URUSAN RUMAH TANGGA DAERAH\n'
    'Pasal 10\n'
    '(1) Pada saat terbentuknya Kotamadya Daerah Tingkat II Kendari, diserahkan sebagian urusan-urusan pemerintahan sebagai kewenangan yang meliputi:\n'
    'a. Pengaturan dan penyelenggaraan kewenangan untuk mewujudkan ketentraman dan ketertiban kehidupan masyarakat di daerah yang bersangkutan;\n'
    'b. Kesehatan;\n'
    'c. Pendidikan, Pengajaran, dan Kebudayaan;\n'
    'd. Pertanian Tanaman Pangan;\n'
    'e. Pekerjaan Umum;\n'
    'f. Tata Kota dan Pertamanan;\n'
    'g. Kebersihan;\n'
    'h. Pendapatan;\n'
    'i. Lalu Lintas dan Angkutan Jalan;\n'
    'j. Pemadam Kebakaran;\n'
    'k. Perikanan;\n'
    'l. Pariwisata;\n'
    'm.Perindustrian;\n'
    'n. Sosial.\n'
    '(2) Penambahan atau pengurangan urusan sebagaimana dimaksud dalam ayat (1) diatur sesuai dengan peraturan perundang-undangan yang berlaku.\n'
    'BAB V KETENTUAN PERALIHAN\n'
    'Pasal 11\n'
    'Pada saat terbentuknya Kotamadya Daerah Tingkat II Kendari, Penjabat Walikotamadya Kepala Daerah Tingkat II Kendari untuk pertama kalinya diangkat dan ditetapkan oleh menteri Dalam Negeri atas usul Gubernur Kepala Daerah Tingkat I Sulawesi Tenggara.\n'
    'Pasal 12\n'
    '(1) Anggota-anggota Dewan Perwakilan rakyat daerah Kotamadya Daerah Tingkat II Kendari terdiri dari:\n'
    'a. Anggota-anggota yang diangkat dari wakil-wakil Organisasi Peserta Pemilihan Umum dengan memperhatikan perimbangan suara hasil Pemilihan Umum Tahun 1992 yang dilaksanakan di daerah tersebut;\n'
    'b. Anggota yang diangkat dari golongan karya ABRI.\n'
    '(2) Tata cara, pengangkatan, dan jumlah anggota Dewan Perwakilan Rakyat Daerah Kotamadya Daerah Tingkat II Kendari sebagaimana dimaksud dalam ayat (1) untuk pertama kalinya ditetapkan oleh Menteri Dalam Negeri. Pasal 13…\n')
UU_6_1995_PENJELASAN = (
    "PENJELASAN\nATAS\nUNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 6 TAHUN 1995\nI. UMUM\nCukup jelas.\n"
    "II. PASAL DEMI PASAL\n"
    'Pasal 6\n'
    'Ayat (1) Cukup jelas. Ayat (2) Peta sebagaimana dimaksud dalam ayat ini adalah peta wilayah Kotamadya Daerah Tingkat II Kendari dalam bentuk lapiran Undang-undang ini. Pulau Bungkutoko yang terletak di Teluk Kendari yang tergambar dalam peta, merupakan bagian wilayah Kecamatan Poasia Kotamadya Daerah Tingkat II Kendari. Ayat (3) Penentuan batas wilayah secara pasti antara Kotamadya Daerah Tingkat II Kendari dengan Kabupaten Daerah Tingkat II Kendari ditetapkan oleh Menteri Dalam Negeri setelah mempertimbangkan usul dan saran Gubernur Kepala Daerah Tingkat I Sulawesi Tenggara yang didasarkan atas hasil penelitian, pengukuran, dan pematokan di lapangan. _Pasal 7_ Cukup jelas. _Pasal 8_ Cukup jelas. _Pasal 9_ Pembentukan Dinas-dinas Daerah dan Instansi lainnya harus disesuaikan dengan kebutuhan dan kemampuan Daerah. _Pasal 10…_ _Pasal 10_ Ayat (1) Yang dimaksud dengan kewenangan pangkal dalam Pasal ini adalah sebagian urusan pemerintahan yang diserahkan kepada Daerah Otonom, yang dilaksanakan berdasarkan potensi, kemampuan, dan masa depan Kotamadya Daerah Tingkat II Kendari, dalam rangka pengembangan dan kemajuan wilayah. Adapun perincian fungsi-fungsi kewenangan pangkal dari urusan-urusan pemerintahan yang diserahkan tersebut adalah sama dengan perincian fungsi-fungsi yang telah ditetapkan dalam peraturan perundang-undangan yang berlaku. Ayat (2) Cukup jelas. _Pasal 11_ Pada saat terbentuknya Kotamadya Daerah Tingkat II Kendari, pengangkatan Kepala Daerah belum dapat dilakukan melalui pemilihan sesuai dengan tata cara dan ketentuan peraturan perundang-undangan yang berlaku. Oleh karena itu untuk pertama kali Penjabat Walikotamadya Kepala Daerah Tingkat aII Kendari diangkat dan ditetapkan oleh Menteri Dalam Negeri atas usul Gubernur Kepala Daerah Tingkat I Sulawesi Tenggara sampai dengan dilantiknya Walikotamadya Kepala Daerah Tingkat II hasil pemilihan Dewan Perwakilan Rakyat Daerah Kotamadya Daerah Tingkat II Kendari. _Pasal 12_ Ayat (1) Huruf a Yang dimaksud dengan memperhatikan perimbangan suara hasil Pemilihan Umum Tahun 1992 ialah pada prinsipnya dalam menetapkan anggota-anggota Dewan Perwakilan Rakyat Daerah Tingkat II tersebut, berpedoman kepada perimbangan suara hasil Pemilihan Umum dan dijiwai oleh semangat kebersamaan serta kekeluargaan dalam rangka demokrasi Pancasila. Huruf b… Huruf b Cukup jelas. Ayat (2) Cukup jelas.\n')


def test_an_article_s_heading_in_italics_heads_its_penjelasan():
    """UU 6/1995's Penjelasan prints "… di lapangan. _Pasal 7_ Cukup jelas. _Pasal 8_ Cukup
    jelas. _Pasal 9_ Pembentukan …": the entries of Pasal 7-12 were read as the end of Pasal 6's."""
    reg = parse(UU_6_1995_PASAL_6_12, tail=UU_6_1995_PENJELASAN)
    assert [a.pasal for a in reg.articles] == [str(n) for n in range(6, 13)]
    assert pasal(reg, "6").penjelasan.endswith("pengukuran, dan pematokan di lapangan.")
    assert pasal(reg, "7").penjelasan == pasal(reg, "8").penjelasan == "Cukup jelas."
    assert pasal(reg, "9").penjelasan.startswith("Pembentukan Dinas-dinas Daerah")
    assert pasal(reg, "12").penjelasan.endswith("Ayat (2) Cukup jelas.")
    assert not any("_" in a.penjelasan for a in reg.articles)


# UU 1/2018 (Kepalangmerahan), 1.md lines 82-85: a page's end and the next page's top, the
# running head with the page number under it between two "Pasal 17".
UU_1_2018_PAGE_9 = (
    'Pasal 17\n'
    '(21 (1) PRES I DEN REPUBLIK INDONESIA -9-\n'
    'Pasal 17\n'
    '(1) Lambang palang merah sebagai Tanda Pengenal digunakan sebagai tanda:\n')


def test_a_running_head_goes_with_the_page_number_under_it():
    """Dropping "-9-" first left "(21 (1) PRES I DEN REPUBLIK INDONESIA", too short a line to
    be searched for a running head: Pasal 17 was read twice."""
    lines = [line.text for line in clean.logical_lines(clean.clean_pages([UU_1_2018_PAGE_9]))]
    assert lines == ["Pasal 17", "(21 (1)", "Pasal 17",
                     "(1) Lambang palang merah sebagai Tanda Pengenal digunakan sebagai tanda:"]
