"""Lists printed inline, and the Pasal demi Pasal read ayat by ayat (session 21): an item
whose own list starts at its first word ("6. a. Jaksa …"), an article or a Penjelasan entry
that is a list from its first word ("Pasal 190 a. Selama …", "Pasal 2 a. Ruang lingkup …"),
an item whose label OCR printed inside the item before it with no item end ("… itu b. surat
…", "… Pajak, c. Surat …"), and "Cukup jelas" without its full stop before the next ayat's
or article's Penjelasan, or an article's heading with no full stop before it. Excerpts verbatim from the scale corpus (``/tmp/uutexts/uu/<year>/<n>.md``) in
the frame of ``tests/laws.py``."""

from __future__ import annotations

import pytest

from regsearch.legal import penjelasan_parts
from regsearch.parse import parse_pages

from .laws import law_text

#: UU 8/1981 (KUHAP), 8.md lines 13-18: BAB I and Pasal 1 (line 13 from its "BAB I"), to Pasal 3
#: (line 18 cut before "BAB IV").
KUHAP_PASAL_1_3 = (
    'BAB I KETENTUAN UMUM Pasal 1 Yang dimaksud dalam undang-undang ini dengan :\n'
    '1. Penyidik adalah pejabat polisi negara Republik Indonesia atau pejabat pegawai negeri sipil tertentu yang diberi wewenang khusus oleh undang- undang untuk melakukan penyidikan. 2. Penyidikan adalah serangkaian tindakan penyidik dalam hal dan menurut cara yang diatur dalam undang-undang ini untuk mencari serta mengumpulkan bukti yang dengan bukti itu membuat terang tentang tindak pidana yang terjadi dan guna menemukan tersangkanya. 3. Penyidik pembantu adalah pejabat kepolisian negara Republik Indonesia yang karena diberi wewenang tertentu dapat melakukan tugas penyidikan yang diatur dalam undang-undang ini. 4. Penyelidik adalah pejabat polisi negara Republik Indonesia yang diberi wewenang oleh undang-undang ini untuk melakukan penyelidikan. 5. Penyelidikan adalah serangkaian tindakan penyelidik untuk mencari dan menemukan suatu peristiwa yang diduga sebagai tindak pidana guna menentukan dapat atau tidaknya dilakukan penyidikan menurut cara yang diatur dalam undang-undang ini. 6. a. Jaksa adalah pejabat yang diberi wewenang oleh undang-undang ini untuk bertindak sebagai penuntut umum serta melaksanakan putusan pengadilan yang telah memperoleh kekuatan hukum tetap.\n'
    'b. Penuntut umum adalah jaksa yang diberi wewenang oleh undang- undang ini untuk melakukan penuntutan dan melaksanakan penetapan hakim. 7. Penuntutan adalah tindakan penuntut umum untuk melimpahkan perkara pidana ke pengadilan negeri yang berwenang dalam hal dan menurut cara yang diatur dalam undang-undang ini dengan permintaan supaya diperiksa dan diputus oleh hakim di sidang pengadilan. 8. Hakim adalah pejabat peradilan negara yang diberi wewenang oleh undang-undang untuk mengadili. 9. Mengadili adalah serangkaian tindakan hakim untuk menerima, memeriksa dan memutus perkara pidana berdasarkan asas bebas, jujur, dan tidak memihak di sidang pengadilan dalam hal dan menurut cara yang diatur dalam undang-undang ini. 10. Praperadilan adalah wewenang pengadilan negeri untuk memeriksa dan memutus menurut cara yang diatur dalam undang-undang ini, tentang:\n'
    'a. sah atau tidaknya suatu penangkapan dan atau penahanan atas permintaan tersangka atau keluarganya atau pihak lain atas kuasa tersangka;\n'
    'b. sah atau tidaknya penghentian penyidikan atau penghentian penuntutan atas permintaan demi tegaknya hukum dan keadilan;\n'
    'c. permintaan ganti kerugian atau rehabilitasi oleh tersangka atau keluarganya atau pihak lain atas kuasanya yang perkaranya tidak diajukan ke pengadilan. 11. Putusan pengadilan adalah pernyataan hakim yang diucapkan dalam sidang pengadilan terbuka, yang dapat berupa pemidanaan atau bebas atau lepas dari segala tuntutan hukum dalam hal serta menurut cara yang diatur dalam undang-undang ini. 12. Upaya hukum adalah hak terdakwa atau penuntut umum untuk tidak menerima putusan pengadilan yang berupa perlawanan atau banding atau kasasi atau hak terpidana untuk mengajukan permohonan peninjauan kembali dalam hal serta menurut cara yang diatur-dalam undang-undang ini. 13. Penasihat hukum adalah seorang yang memenuhi syarat yang ditentukan oleh atau berdasar undang-undang untuk memberi bantuan hukum. 14. Tersangka adalah seorang yang karena perbuatannya atau keadaannya, berdasarkan bukti permulaan patut diduga sebagai pelaku tindak pidana. 15. Terdakwa adalah seorang tersangka yang dituntut, diperiksa dan diadili di sidang pengadilan. 16. Penyitaan adalah serangkaian tindakan penyidik untuk mengambil alih dan atau menyimpan di bawah penguasaannya benda bergerak atau tidak bergerak, berwujud atau tidak berwujud untuk kepentingan pembuktian dalam penyidikan, penuntutan dan peradilan. 17. Penggeledahan rumah adalah tindakan penyidik untuk memasuki rumah tempat tinggal dan tempat tertutup lainnya untuk melakukan tindakan pemeriksaan dan atau penyitaan dan atau penangkapan dalam hal dan menurut cara yang diatur dalam undang-undang ini. 18. Penggeledahan badan adalah tindakan penyidik untuk mengadakan pemeriksaan badan dan atau pakaian tersangka untuk mencari benda yang didup keras ada pada badannya atau dibawanya serta, untuk disita. 19. Tertangkap tangan adalah tertangkapnya seorang pada waktu sedang melakukan tindak pidana, atau dengan segera sesudah beberapa saat tindak pidana itu dilakukan, atau sesaat kemudian diserukan oleh khalayak ramai sebagai orang yang melakukannya, atau apabila sesaat kemudian padanya ditemukan benda yang diduga keras telah dipergunakan untuk melakukan tindak pidana itu yang menunjukkan bahwa ia adalah pelakunya atau turut melakukan atau membantu melakukan tindak pidana itu. 20. Penangkapan adalah suatu tindakan penyidik berupa pengekangan sementara waktu kebebasan tersangka atau terdakwa apabila terdapat cukup bukti guna kepentingan penyidikan atau penuntutan dan atau peradilan dalam hal serta menurut cara yang diatur dalam undang- undang ini. 21. Penahanan adalah penempatan tersangka atau terdakwa di tempat tertentu oleh penyidik, atau penuntut umum atau hakim dengan penetapannya, dalam hal serta menurut cara yang diatur dalam undang- undang ini. 22. Ganti kerugian adalah hak seorang untuk mendapat pemenuhan atas tuntutannya yang berupa imbalan sejumlah uang karena ditangkap, ditahan, dituntut ataupun diadili tanpa alasan yang berdasarkan undang- undang atau karena kekeliruan mengenai orangnya atau hukum yang diterapkan menurut cara yang diatur dalam undang-undang ini. 23. Rehabilitasi adalah hak seorang untuk mendapat pemulihan haknya dalam kemampuan, kedudukan dan harkat serta martabatnya yang diberikan pada tingkat penyidikan, penuntutan atau peradilan karena ditangkap, ditahan, dituntut ataupun diadili tanpa alasan yang berdasarkan undang-undang atau karena kekeliruan mengenai orangnya atau hukum yang diterapkan menurut cara yang diatur dalam undang- undang ini. 24. Laporan adalah pemberitahuan yang disampaikan oleh seorang karena hak atau kewajiban berdasarkan undang-undang kepada pejabat yang berwenang tentang telah atau sedang atau diduga akan terjadinya peristiwa pidana. 25. Pengaduan adalah pemberitahuan disertai permintaan oleh pihak yang berkepentingan kepada pejabat yang berwenang untuk menindak menurut hukum seorang yang telah melakukan tindak pidana aduan yang merugikannya. 26. Saksi adalah orang yang dapat memberikan keterangan guna kepentingan penyidikan, penuntutan dan peradilan tentang suatu perkara pidana yang ia dengar sendiri, ia lihat sendiri dan ia alami sendiri. 27. Keterangan saksi adalah salah satu alat bukti dalam perkara pidana yang berupa keterangan dari saksi mengenai suatu peristiwa pidana yang ia dengar sendiri, ia lihat sendiri dan ia alami sendiri dengan menyebut alasan dari pengetahuannya itu. 28. Keterangan ahli adalah keterangan yang diberikan oleh seorang yang memiliki keahlian khusus tentang hal yang diperlukan untuk membuat terang suatu perkara pidana guna kepentingan pemeriksaan. 29. Keterangan anak adalah keterangan yang diberikan oleh seorang anak tentang hal yang diperlukan untuk membuat terang suatu perkara pidana guna kepentingan pemeriksaan dalam hal serta menurut cara yang diatur dalam undang-undang ini. 30. Keluarga adalah mereka yang mempunyai hubungan darah sampai derajat tertentu atau hubungan perkawinan dengan mereka yang terlibat dalam suatu proses pidana sebagaimana diatur dalam undang-undang ini. 31. Satu hari adalah dua puluh empat jam dan satu bulan adalah waktu tiga puluh hari. 32. Terpidana adalah seorang yang dipidana berdasarkan putusan pengadilan yang telah memperoleh kekuatan hukum tetap. BAB II RUANG LINGKUP BERLAKUNYA UNDANG-UNDANG Pasal 2 Undang-undang ini berlaku untuk melaksanakan tatacara peradilan dalam lingkungan peradilan umum pada semua tingkat peradilan. BAB III DASAR PERADILAN Pasal 3 Peradilan dilakukan menurut cara yang diatur dalam undang-undang ini.\n'
)
#: 8.md lines 146-152: Pasal 186 (line 146 from its heading, put on a line of its own) to Pasal 191
#: (line 152 cut before "Pasal 192").
KUHAP_PASAL_186_191 = (
    'Pasal 186\n'
    'Keterangan ahli ialah apa yang seorang ahli nyatakan di sidang pengadilan. Pasal 187 Surat sebagaimana tersebut pada Pasal 184 ayat (1) huruf c, dibuat atas sumpah jabatan atau dikuatkan dengan sumpah, adalah :\n'
    'a. berita acara dan surat lain dalam bentuk resmi yang dibuat oleh pejabat umum yang berwenang atau yang dibuat di hadapannya, yang memuat keterangan tentang kejadian atau keadaan yang didengar, dilihat atau yang dialaminya sendiri, disertai dengan alasan yang jelas dan tegas tentang keterangannya itu b. surat yang dibuat menurut ketentuan peraturan perundang-undangan atau surat yang dibuat oleh pejabat mengenai hal yang termasuk dalam tata laksana yang menjadi tanggung jawabnya dan yang diperuntukkan bagi pembuktian sesuatu hal atau sesuatu keadaan;\n'
    'c. surat keterangan dari seorang ahli yang memuat pendapat berdasarkan keahliannya mengenai sesuatu hal atau sesuatu keadaan yang diminta secara resmi dari padanya;\n'
    'd. surat lain yang hanya dapat berlaku jika ada hubungannya dengan isi dari alat pembuktian yang lain. Pasal 188 (1) Petunjuk adalah perbuatan, kejadian atau keadaan, yang karena persesuaiannya, baik antara yang satu dengan yang lain, maupun dengan tindak pidana itu sendiri, menandakan bahwa telah terjadi suatu tindak pidana dan siapa pelakunya. (2) Petunjuk sebagaimana dimaksud dalam ayat (1) hanya dapat diperoleh dari :\n'
    'a. keterangan saksi;\n'
    'b. surat;\n'
    'c. keterangan terdakwa. (3) Penilaian atas kekuatan pembuktian dari suatu petunjuk dalam setiap keadaan tertentu dilakukan oleh hakim dengan arif lagi bidjaksana setelah ia mengadakan pemeriksaan dengan penuh kecermatan dan kesaksamaan berdasarkan hati nuraninya. Pasal 189 (1) Keterangan terdakwa ialah apa yang terdakwa nyatakan di sidang tentang perbuatan yang ia lakukan atau yang ia ketahui sendiri atau alami sendiri. (2) Keterangan terdakwa yang diberikan di luar sidang dapat digunakan untuk membantu menemukan bukti di sidang, asalkan keterangan itu didukung oleh suatu alat bukti yang sah sepanjang mengenai hal yang didakwakan kepadanya. (3) Keterangan terdakwa hanya dapat digunakan terhadap dirinya sendiri. (4) Keterangan terdakwa saja tidak cukup untuk membuktikan bahwa ia bersalah melakukan perbuatan yang didakwakan kepadanya, melainkan harus disertai dengan alat bukti yang lain. Pasal 190 a. Selama pemeriksaan di sidang, jika terdakwa tidak ditahan, pengadilan dapat memerintahkan dengan surat penetapannya untuk menahan terdakwa apabila dipenuhi ketentuan Pasal 21 dan terdapat alasan cukup untuk itu. b. Dalam hal terdakwa ditahan, pengadilan dapat memerintahkan dengan surat penetapannya untuk membebaskan terdakwa, jika terdapat alasan cukup untuk itu dengan mengingat ketentuan Pasal 30. Pasal 191 (1) Jika pengadilan berpendapat bahwa dari hasil pemeriksaan di sidang, kesalahan terdakwa atas perbuatan yang didakwakan kepadanya tidak terbukti secara sah dan meyakinkan, maka terdakwa diputus bebas. (2) Jika pengadilan berpendapat bahwa perbuatan yang didakwakan kepada terdakwa terbukti, tetapi perbuatan itu tidak merupakan suatu tindak pidana, maka terdakwa diputus lepas dari segala tuntutan hukum. (3) Dalam hal sebagaimana dimaksud dalam ayat (1) dan ayat (2), terdakwa yang ada dalam status tahanan diperintahkan untuk dibebaskan seketika itu juga kecuali karena ada alasan lain yang sah, terdakwa perlu ditahan.\n'
)
#: 8.md line 208: the start of the Pasal demi Pasal, to the entry of Pasal 3.
KUHAP_PASAL_DEMI_PASAL = 'II. PENJELASAN PASAL DEMI PASAL. Pasal 1 Cukup jelas. Pasal 2 a. Ruang lingkup undang-undang ini mengikuti asas-asas yang dianut oleh hukum pidana Indonesia. b. Yang dimaksud dengan "peradilan umum" termasuk pengkhususannya sebagaimana tercantum dalam penjelasan Pasal 10 ayat (1) alinea terakhir Undang-undang Nomor 14 Tahun 1970. Pasal 3 Cukup jelas.\n'
#: UU 6/1983 (Ketentuan Umum dan Tata Cara Perpajakan), 6.md lines 148-154: Pasal 25 ayat (1)
#: and (2).
KUP_PASAL_25 = (
    'Pasal 25\n'
    '(1) Wajib Pajak dapat mengajukan keberatan kepada Direktur Jenderal Pajak atas suatu :\n'
    'a. Surat Pemberitaan;\n'
    'b. Surat Ketetapan Pajak, c. Surat Ketetapan Pajak Tambahan;\n'
    'd. Surat Keputusan Kelebihan Pembayaran;\n'
    'e. Pemotongan atau pemungutan oleh pihak ketiga berdasarkan ketentuan peraturan perundang-undangan perpajakan.\n'
    '(2) Keberatan diajukan secara tertulis dalam bahasa Indonesia dengan menyatakan alasan-alasan secara jelas.\n'
)
#: UU 40/1999 (Pers), 40.md line 161: the Penjelasan of Pasal 18.
PERS_PENJELASAN_PASAL_18 = (
    'Ayat (1) Cukup jelas Ayat (2) Dalam hal pelanggaran pidana yang dilakukan oleh perusahaan pers, maka perusahaan tersebut diwakili oleh penanggungjawab sebagaimana dimaksud dalam penjelasan Pasal 12. Ayat (3) Cukup jelas'
)

#: UU 8/1981 (KUHAP), 8.md line 107: Pasal 123-125 (cut before "Pasal 126"), and line 132: Pasal
#: 173-174 (cut before "Pasal 175"); each first heading put on a line of its own. Two excerpts
#: of two lines each.
KUHAP_PASAL_123_125_173_174 = [
    'Pasal 123\n',
    '(1) Tersangka, keluarga atau penasihat hukum dapat mengajukan keberatan atas penahanan atau jenis penahanan tersangka kepada penyidik yang melakukan penahanan itu. (2) Untuk itu penyidik dapat mengabulkan permintaan tersebut dengan mempertimbangkan tentang perlu atau tidaknya tersangka itu tetap ditahan atau tetap ada dalam jenis penahanan tertentu. (3) Apabila dalam waktu tiga hari permintaan tersebut belum dikabulkan oleh penyidik, tersangka, keluarga atau penasihat hukum dapat mengajukan hal itu kepada atasan penyidik. (4) Untuk itu atasan penyidik dapat mengabulkan permintaan tersebut dengan mempertimbangkan tentang perlu atau tidaknya tersangka itu tetap ditahan atau tetap ada dalam jenis tahanan tertentu. (5) Penyidik atau atasan penyidik sebagaimana dimaksud dalam ayat tersebut di atas dapat mengabulkan pennintaan dengan atau tanpa syarat. Pasal 124 Dalam hal apakah sesuatu penahanan sah atau tidak sah menurut hukum, tersangka, keluarga atau penasihat hukum dapat mengajukan hal itu kepada pengadilan negeri setempat untuk diadakan praperadilan guna memperoleh putusan apakah penahanan atas diri tersangka tersebut sah atau tidak sah menurut undang-undang ini. Pasal 125 Dalam hal penyidik melakukan penggeledahan rumah terlebih dahulu menunjukkan tanda pengenalnya kepada tersangka atau keluarganya, selanjutnya berlaku ketentuan sebagaimana dimaksud dalam Pasal 33 dan Pasal 34.\n',
    'Pasal 173\n',
    "Hakim ketua sidang dapat mendengar keterangan saksi mengenai hal tertentu tanpa hadirnya terdakwa, untuk itu ia minta terdakwa ke luar dari ruang sidang akan tetapi sesudah itu pemeriksaan perkara tidak boleh diteruskan sebelum kepada terdakwa diberitahukan semua hal pada waktu ia tidak hadir. Pasal 174 (1) Apabila keterangan saksi di sidang disangka palsu, hakim ketua sidang memperingatkan dengan sungguh-sungguh kepadanya supaya memberikan keterangan yang sebenarnya dan mengemukakan ancaman pidana yang dapat dikenakan kepadanya apabila ia tetap memberikan keterangan palsu. (2) Apabila saksi tetap pada keterangannya itu, hakim ketua sidang karena jabatannya atau atas permintaan penuntut umum'atau terdakwa dapat memberi perintah supaya saksi itu ditahan untuk selanjutnya dituntut perkara dengan dakwaan sumpah palsu. (3) Dalam hal yang demikian oleh panitera segera dibuat berita acara pememeriksaan sidang yang memuat keterangan saksi dengan menyebutkan alasan persangkaan, bahwa keterangan saksi itu adalah palsu dan berita acara tersebut ditandatangani oleh hakim ketua sidang serta panitera dan segera diserahkan kapada penuntut umum untuk diselesaikan menurut ketentuan undang-undang ini. (4) Jika perlu hakim ketua sidang menangguhkan sidang dalam perkara semula sampai pemeriksaan perkara pidana terhadap saksi itu selesai.\n",
]
#: 8.md lines 208 and 211: the entries of Pasal 123-125 and Pasal 173-174 in the Pasal demi Pasal.
KUHAP_PENJELASAN_123_125_173_174 = [
    'Pasal 123 Ayat (1) Atas penahanan tersangka oleh penyidik maka tersangka, keluarga atau penasihat hukumnya dapat menyatakan keberatannya terhadap penahanan tersebut kepada penyidik, maupun kepada instansi yang bersangkutan, dengan disertai alasannya. Ayat (2) Cukup jelas. Ayat (3) Cukup jelas. Ayat (4) Cukup jelas. Ayat (5) Cukup jelas. Pasal 124 Cukup jelas Pasal 125 Pasal ini untuk menghindari tindakan sewenang-wenang yang dilakukan terhadap seorang.\n',
    'Pasal 173 Apabila menurut pendapat hakim seorang saksi itu akan merasa tertekan atau tidak bebas dalam memberikan keterangan apabila terdakwa hadir di sidang, maka untuk menjaga hal yang tidak diinginkan hakim dapat menyuruh terdakwa ke luar untuk sementara dari persidangan selama hakim mengajukan pertanyaan kepada saksi Pasal 174 Cukup jelas.\n',
]

KUHAP_PENJELASAN_HEAD = ("PENJELASAN\nATAS\nUNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 8 TAHUN 1981\n"
                         "TENTANG\nHUKUM ACARA PIDANA\nI. UMUM\n")


def _items(unit) -> list[str]:
    """The labels of a unit's list, each with its own list: "6[a,b]"."""
    return [item.label + (f"[{','.join(_items(item))}]" if item.items else "") for item in unit.items]


@pytest.fixture(scope="module")
def kuhap():
    text = law_text(8, 1981, "Hukum Acara Pidana", KUHAP_PASAL_1_3 + KUHAP_PASAL_186_191,
                    "31 Desember 1981")
    text += KUHAP_PENJELASAN_HEAD + KUHAP_PASAL_DEMI_PASAL
    reg = parse_pages([text], path="uu/1981/8.md", paged=False)
    return {article.pasal: article for article in reg.articles}, reg


def test_an_item_whose_list_starts_at_its_first_word(kuhap):
    """"… undang-undang ini. 6. a. Jaksa adalah … b. Penuntut umum …": angka 6 was not split
    (a label before a label read as a row of bare labels), so angka 6-32 were read inside angka
    5 and 10 huruf c; "Praperadilan" (angka 10) could not be cited."""
    articles, reg = kuhap
    definitions = articles["1"].ayat[0]
    assert _items(definitions) == ["1", "2", "3", "4", "5", "6[a,b]", "7", "8", "9", "10[a,b,c]",
                                   *map(str, range(11, 33))]
    angka = {item.label: item for item in definitions.items}
    assert angka["5"].text.endswith("menurut cara yang diatur dalam undang-undang ini.")
    assert angka["6"].text == ""
    assert angka["6"].items[0].text.startswith("Jaksa adalah pejabat yang diberi wewenang")
    assert angka["6"].items[1].text.startswith("Penuntut umum adalah jaksa")
    assert angka["7"].text.startswith("Penuntutan adalah tindakan penuntut umum")
    assert angka["10"].text.startswith("Praperadilan adalah wewenang pengadilan negeri")
    assert angka["10"].items[2].text.endswith("yang perkaranya tidak diajukan ke pengadilan.")
    assert angka["11"].text.startswith("Putusan pengadilan adalah pernyataan hakim")
    assert angka["32"].text.startswith("Terpidana adalah seorang yang dipidana")
    assert "item_gap" not in {a.code for a in reg.anomalies}


def test_an_article_that_is_a_list_from_its_first_word(kuhap):
    """"… alat bukti yang lain. Pasal 190 a. Selama pemeriksaan …": the heading before a list
    label was not split, so Pasal 190 was read as text of Pasal 189 ayat (4)."""
    articles, reg = kuhap
    assert list(articles) == ["1", "2", "3", "186", "187", "188", "189", "190", "191"]
    assert articles["189"].ayat[-1].text.endswith("melainkan harus disertai dengan alat bukti "
                                                  "yang lain.")
    pasal_190 = articles["190"].ayat[0]
    assert _items(pasal_190) == ["a", "b"]
    assert pasal_190.items[0].text.startswith("Selama pemeriksaan di sidang, jika terdakwa tidak")
    assert pasal_190.items[1].text.endswith("dengan mengingat ketentuan Pasal 30.")


def test_a_penjelasan_entry_that_is_a_list_from_its_first_word(kuhap):
    """"Pasal 1 Cukup jelas. Pasal 2 a. Ruang lingkup …": Pasal 2's Penjelasan was read as the
    end of Pasal 1's."""
    articles, _ = kuhap
    assert articles["1"].penjelasan == "Cukup jelas."
    assert articles["2"].penjelasan.startswith("a. Ruang lingkup undang-undang ini mengikuti")
    assert articles["3"].penjelasan == "Cukup jelas."


def test_a_label_printed_inside_the_item_before_it_with_no_item_end(kuhap):
    """"… tentang keterangannya itu b. surat yang dibuat menurut …" then "c. surat keterangan
    …" (Pasal 187): huruf b was read inside huruf a; the gap to huruf c confirms it."""
    articles, _ = kuhap
    pasal_187 = articles["187"].ayat[0]
    assert _items(pasal_187) == ["a", "b", "c", "d"]
    assert pasal_187.items[0].text.endswith("disertai dengan alasan yang jelas dan tegas tentang "
                                            "keterangannya itu")
    assert pasal_187.items[1].text.startswith("surat yang dibuat menurut ketentuan peraturan "
                                              "perundang-undangan")


def test_a_label_printed_after_a_comma_inside_the_item_before_it():
    """"b. Surat Ketetapan Pajak, c. Surat Ketetapan Pajak Tambahan;" then "d. …" (UU 6/1983
    Pasal 25 ayat (1)): huruf b and c were one item."""
    text = law_text(6, 1983, "Ketentuan Umum dan Tata Cara Perpajakan", KUP_PASAL_25,
                    "31 Desember 1983")
    ayat = parse_pages([text], path="uu/1983/6.md", paged=False).articles[0].ayat[0]
    assert [(item.label, item.text) for item in ayat.items[1:3]] == [
        ("b", "Surat Ketetapan Pajak,"), ("c", "Surat Ketetapan Pajak Tambahan;")]
    assert _items(ayat) == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize("text", [
    # UU 14/2001 Pasal 28 ayat (2): OCR printed huruf b's label a line early, in huruf a's
    # text; b's own text follows a's end ("; salinan sah dokumen …"): where b starts is unknown
    "(2) Direktorat Jenderal dapat meminta agar Permohonan yang diajukan dengan menggunakan Hak Prioritas tersebut dilengkapi:\n"
    "a. salinan sah surat-surat yang berkaitan dengan hasil b. pemeriksaan substantif yang dilakukan terhadap permohonan Paten yang pertama kali di luar negeri; salinan sah dokumen Paten yang telah diberikan sehubungan dengan permohonan Paten yang pertama kali di luar negeri;\n"
    "c. salinan sah keputusan mengenai penolakan atas permohonan Paten yang pertama kali di luar negeri bilamana permohonan Paten tersebut ditolak;\n",
    # a reference to a huruf is no label
    "(2) Permohonan dilengkapi dengan:\n"
    "a. dokumen sebagaimana dimaksud dalam huruf b. dan surat lainnya;\n"
    "c. surat keterangan.\n",
])
def test_a_skipped_label_not_read_where_its_place_is_unsure(text):
    law = law_text(14, 2001, "Paten", "Pasal 1\n(1) Undang-undang ini berlaku.\n" + text,
                   "1 Agustus 2001")
    ayat = parse_pages([law], path="uu/2001/14.md", paged=False).articles[0].ayat[1]
    assert [item.label for item in ayat.items] == ["a", "c"]


def test_cukup_jelas_without_its_full_stop_ends_an_ayat_s_penjelasan():
    """"Ayat (1) Cukup jelas Ayat (2) Dalam hal …" (UU 40/1999 Pasal 18) was shown as one part:
    ayat (1)'s Penjelasan seemed to carry ayat (2)'s."""
    assert penjelasan_parts(PERS_PENJELASAN_PASAL_18) == [
        (0, "Ayat (1) Cukup jelas"),
        (0, "Ayat (2) Dalam hal pelanggaran pidana yang dilakukan oleh perusahaan pers, maka "
            "perusahaan tersebut diwakili oleh penanggungjawab sebagaimana dimaksud dalam "
            "penjelasan Pasal 12."),
        (0, "Ayat (3) Cukup jelas")]


@pytest.mark.parametrize(("body", "penjelasan", "expected"), [
    (KUHAP_PASAL_123_125_173_174[:2], KUHAP_PENJELASAN_123_125_173_174[0],
     {"124": "Cukup jelas",
      "125": "Pasal ini untuk menghindari tindakan sewenang-wenang yang dilakukan terhadap seorang."}),
    (KUHAP_PASAL_123_125_173_174[2:], KUHAP_PENJELASAN_123_125_173_174[1],
     {"174": "Cukup jelas."}),
])
def test_a_penjelasan_heading_with_no_full_stop_before_it(body, penjelasan, expected):
    """"… Pasal 124 Cukup jelas Pasal 125 Pasal ini untuk …" and "… pertanyaan kepada saksi
    Pasal 174 Cukup jelas." (UU 8/1981): the next article's heading after "Cukup jelas", or
    before "Cukup jelas" or "Ayat (1)", without a full stop, was read as text of the entry
    before it (Pasal 125 and 174 had no Penjelasan, 124 had 125's)."""
    text = law_text(8, 1981, "Hukum Acara Pidana", "".join(body), "31 Desember 1981")
    text += KUHAP_PENJELASAN_HEAD + "II. PASAL DEMI PASAL.\n" + penjelasan
    articles = {a.pasal: a for a in parse_pages([text], path="uu/1981/8.md", paged=False).articles}
    assert {pasal: articles[pasal].penjelasan for pasal in expected} == expected
