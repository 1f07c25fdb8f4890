"""Tests of the rule-kind classifier and subject extractor (regsearch.kinds).

Sentences are real provisions of the bundled corpus (the source is named in each case),
chosen outside the hand-labelled dev units where the corpus allows; a few come from the
wider UU collection (shared/bench/uu-texts) when the bundled corpus has no example of the
construction. The last tests run the dev evaluation of bench/kinds.py and assert the
targets of the issue.
"""

from __future__ import annotations

import time

import pytest

from regsearch.kinds import (annotate_article, annotate_regulation, classify, find_subject,
                             is_definition_article, normalize_subject)
from regsearch.models import KINDS, Article, Ayat, Item, Regulation

from .bench_scripts import load_bench


def kinds(text: str, **kw) -> set[str]:
    return set(classify(text, **kw))


# --------------------------------------------------------------------------------------
# kewajiban
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # UU 13/2003 Pasal 79 ayat (1)
    "Pengusaha wajib memberi waktu istirahat dan cuti kepada pekerja/buruh.",
    # UU 13/2003 Pasal 75 ayat (1)
    "Pemerintah berkewajiban melakukan upaya penanggulangan anak yang bekerja di luar "
    "hubungan kerja.",
    # POJK 11/2024 Pasal 15 ayat (5)
    "Pelapor wajib menatausahakan dokumen terkait penggunaan Informasi Debitur sebagaimana "
    "dimaksud pada ayat (4) untuk verifikasi penggunaan Informasi Debitur.",
    # UU 10/1997 Pasal 17 ayat (1): "wajib memiliki" followed by an exception
    "Setiap pemanfaatan tenaga nuklir wajib memiliki izin, kecuali dalam hal-hal tertentu yang "
    "diatur lebih lanjut dengan Peraturan Pemerintah.",
])
def test_kewajiban_active(text):
    assert kinds(text) == {"kewajiban"}


@pytest.mark.parametrize("text", [
    # UU 10/2016 Pasal I angka 7 (Pasal 21 ayat (3)): passive "wajib dilaporkan"
    "Pengangkatan dan pemberhentian anggota KPPS wajib dilaporkan kepada KPU Kabupaten/Kota.",
    # UU 12/2011 Pasal 103: passive "harus ditetapkan"
    "Peraturan pelaksanaan dari Undang-Undang ini harus ditetapkan paling lama 1 (satu) tahun "
    "terhitung sejak Undang-Undang ini diundangkan.",
    # POJK 7/POJK.05/2014 Pasal 8 ayat (6): "diwajibkan untuk"
    "Direksi Lembaga Penjaminan yang menolak dan/atau menghambat dilakukannya Pemeriksaan "
    "sebagaimana dimaksud ayat (1) diwajibkan untuk mengikuti penilaian kemampuan dan kepatutan.",
    # UU 13/2003 Pasal 15: "wajib memenuhi persyaratan" is an operational duty (convention 3)
    "Penyelenggara pelatihan kerja wajib memenuhi persyaratan:",
])
def test_kewajiban_passive_and_derived_forms(text):
    assert kinds(text) == {"kewajiban"}


def test_kewajiban_nominal_form():
    # wider UU corpus: "Kewajiban … meliputi"
    text = ("Kewajiban dan tanggung jawab Pemerintah sebagaimana dimaksud dalam Pasal 71, "
            "meliputi langkah implementasi yang efektif dalam bidang hukum, politik, ekonomi.")
    assert kinds(text) == {"kewajiban"}


@pytest.mark.parametrize("text, expected", [
    # PERKA BAPETEN 3/2012 Pasal 1 angka 8: "Wajib Bayar" names a party, not a duty
    ("Nomor Tagihan adalah nomor unik yang dibuat oleh Bendahara Penerimaan untuk masing-masing "
     "Wajib Bayar.", {"definisi"}),
    # UU 1/2015 (Perppu) Pasal 7 huruf m, as a bare item: "Wajib Pajak" is a noun
    ("memiliki Nomor Pokok Wajib Pajak dan memiliki laporan pajak pribadi;", set()),
    # "Urusan wajib" (UU pembentukan daerah): adjectival
    ("Urusan wajib yang menjadi kewenangan Pemerintah Daerah Kabupaten Sigi meliputi:", set()),
    # "secara wajib" (UU Perdagangan): adverbial
    ("SNI yang telah diberlakukan secara wajib; atau", set()),
])
def test_wajib_inside_noun_phrases_is_not_an_obligation(text, expected):
    assert kinds(text) == expected


def test_party_named_wajib_bayar_can_bear_an_obligation():
    # PERKA BAPETEN 3/2012 style: the name is masked, the operator after it still counts
    text = "Wajib Bayar wajib melunasi tagihan paling lambat 30 (tiga puluh) hari kalender."
    assert kinds(text) == {"kewajiban"}
    assert find_subject(text) == "Wajib Bayar"


# --------------------------------------------------------------------------------------
# negation of obligations; exemptions
# --------------------------------------------------------------------------------------

def test_tidak_wajib_exemption_is_hak():
    # wider UU corpus (an old traffic law): an exemption stated passively
    text = ("Kendaraan-kendaraan yang dalam persediaan pedagang atau berada di bengkel tidak "
            "wajib diuji.")
    assert "kewajiban" not in kinds(text)
    # UU 13/2003-style exemption of a protected party
    assert kinds("Pekerja/buruh tidak wajib bekerja pada hari-hari libur resmi.") == {"hak"}


def test_tidak_wajib_tetapi_wajib_is_kewajiban_only():
    # wider UU corpus (UU 31/2000 Desain Industri Pasal 44 ayat (2))
    text = ("Penerima Lisensi sebagaimana dimaksud dalam ayat (1) tidak wajib meneruskan "
            "pembayaran royalti kepada pemegang Hak Desain Industri yang haknya dibatalkan, tetapi "
            "wajib mengalihkan pembayaran royalti untuk sisa jangka waktu lisensi yang dimilikinya.")
    assert kinds(text) == {"kewajiban"}


def test_dapat_mewajibkan_is_a_power_not_yet_a_duty():
    # UU 13/2003 Pasal 27 ayat (1)
    text = ("Menteri dapat mewajibkan kepada perusahaan yang memenuhi persyaratan untuk "
            "melaksanakan program pemagangan.")
    assert kinds(text) == {"kewenangan"}


def test_harus_inside_a_trailing_condition_does_not_count():
    # UU 13/2003 Pasal 85 ayat (2)
    text = ("Pengusaha dapat mempekerjakan pekerja/buruh untuk bekerja pada hari-hari libur resmi "
            "apabila jenis dan sifat pekerjaan tersebut harus dilaksanakan atau dijalankan secara "
            "terus menerus atau pada keadaan lain berdasarkan kesepakatan antara pekerja/buruh "
            "dengan pengusaha.")
    assert kinds(text) == {"kewenangan"}


# --------------------------------------------------------------------------------------
# syarat
# --------------------------------------------------------------------------------------

UU13_P69_2 = ("Pengusaha yang mempekerjakan anak pada pekerjaan ringan sebagaimana dimaksud pada "
              "ayat (1) harus memenuhi persyaratan:")


def test_harus_memenuhi_persyaratan_is_syarat_not_kewajiban():
    assert kinds(UU13_P69_2) == {"syarat"}  # UU 13/2003 Pasal 69 ayat (2)


@pytest.mark.parametrize("item", [
    "izin tertulis dari orang tua atau wali;",          # huruf a
    "waktu kerja maksimum 3 (tiga) jam;",               # huruf c
    "dilakukan pada siang hari dan tidak mengganggu waktu sekolah;",  # huruf d
])
def test_items_inherit_syarat_from_lead_in(item):
    assert kinds(item, lead_in=UU13_P69_2) == {"syarat"}


def test_syarat_items_keep_syarat_despite_harus_wajib_sanksi_words():
    # UU 13/2003 Pasal 162 ayat (3) huruf c: "kewajibannya" inside a requirement
    lead = "Pekerja/buruh yang mengundurkan diri sebagaimana dimaksud dalam ayat (1) harus memenuhi syarat:"
    assert kinds("tetap melaksanakan kewajibannya sampai tanggal mulai pengunduran diri.",
                 lead_in=lead) == {"syarat"}
    # UU 10/2016 Pasal 7 ayat (2) huruf g: "tidak pernah sebagai terpidana" is a requirement
    lead10 = ("Calon Gubernur dan Calon Wakil Gubernur, Calon Bupati dan Calon Wakil Bupati, serta "
              "Calon Walikota dan Calon Wakil Walikota sebagaimana dimaksud pada ayat (1) harus "
              "memenuhi persyaratan sebagai berikut:")
    assert kinds("tidak pernah dijatuhi pidana penjara berdasarkan putusan pengadilan;",
                 lead_in=lead10) == {"syarat"}
    # the example, huruf t (a sibling of the labelled huruf s)
    item_t = ("menyatakan secara tertulis pengunduran diri sebagai anggota Tentara Nasional "
              "Indonesia, Kepolisian Negara Republik Indonesia, dan Pegawai Negeri Sipil serta "
              "Kepala Desa atau sebutan lain sejak ditetapkan sebagai pasangan calon peserta "
              "Pemilihan; dan")
    assert classify(item_t, lead_in=lead10) == ("syarat",)


def test_items_under_a_duty_to_meet_requirements_describe_them():
    # UU 6/2014 Pasal 33 (shared/bench/uu-texts uu/2014/6.md): "wajib memenuhi persyaratan"
    # is kewajiban (convention 3), and its items are requirements, not sanctions
    lead = "Calon Kepala Desa wajib memenuhi persyaratan:"
    assert kinds(lead) == {"kewajiban"}
    for item in ("tidak sedang menjalani hukuman pidana penjara;",
                 "tidak pernah dijatuhi pidana penjara berdasarkan putusan pengadilan yang telah "
                 "mempunyai kekuatan hukum tetap karena melakukan tindak pidana yang diancam "
                 "dengan pidana penjara paling singkat 5 (lima) tahun atau lebih;"):
        assert kinds(item, lead_in=lead) == {"kewajiban"}


def test_dilarang_item_under_requirement_list_is_larangan():
    lead = "Pekerjaan yang dapat diserahkan kepada perusahaan lain harus memenuhi syarat-syarat sebagai berikut:"
    assert kinds("dilarang dilakukan di luar lokasi perusahaan;", lead_in=lead) == {"larangan"}


@pytest.mark.parametrize("text", [
    # UU 10/2016 Pasal 57 (UU 1/2015 Pasal 57) ayat (1): "Untuk dapat X, harus Y"
    "Untuk dapat menggunakan hak memilih, warga negara Indonesia harus terdaftar sebagai Pemilih.",
    # POJK 11/2024 Pasal 3 ayat (1a)
    "Persyaratan sebagaimana dimaksud pada ayat (1) meliputi:",
    # UU 13/2003 Pasal 65 ayat (2)
    "Pekerjaan yang dapat diserahkan kepada perusahaan lain sebagaimana dimaksud pada ayat (1) "
    "harus memenuhi syarat-syarat sebagai berikut:",
    # wider UU corpus: "diberikan setelah memenuhi persyaratan"
    "Izin Menteri sebagaimana dimaksud pada ayat (1) huruf a diberikan setelah memenuhi "
    "persyaratan administrasi, keuangan, dan manajemen.",
])
def test_syarat_framings(text):
    assert kinds(text) == {"syarat"}


def test_power_with_condition_is_kewenangan_and_syarat():
    # PP 43/2006 Pasal 33 ayat (1)
    text = ("Pengusaha instalasi nuklir dapat melakukan modifikasi terhadap sistem, struktur, dan "
            "komponen reaktor nuklir setelah memenuhi persyaratan modifikasi.")
    assert kinds(text) == {"kewenangan", "syarat"}


def test_conditions_listed_under_a_power_are_syarat():
    # PP 43/2006 Pasal 15 ayat (1) huruf b
    lead = "Pemohon dapat mengajukan izin komisioning kepada Kepala BAPETEN apabila:"
    assert kinds(lead) == {"kewenangan", "syarat"}
    assert kinds("memiliki izin pemanfaatan bahan nuklir; dan", lead_in=lead) == {"syarat"}


def test_relative_yang_memenuhi_syarat_is_not_a_requirement_statement():
    # UU 10/2016 Pasal I angka 4 (Pasal 16 ayat (1))
    assert kinds("Anggota PPK sebanyak 5 (lima) orang yang memenuhi syarat berdasarkan "
                 "Undang-Undang.") == set()


# --------------------------------------------------------------------------------------
# larangan
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pengusaha dilarang mempekerjakan anak.",                                    # UU 13/2003 Ps 68
    "Perjanjian kerja yang dibuat oleh pengusaha dan pekerja/buruh tidak boleh bertentangan "
    "dengan perjanjian kerja bersama.",                                          # Ps 127 (1)
    "Pekerja/buruh dari perusahaan penyedia jasa pekerja/buruh tidak boleh digunakan oleh "
    "pemberi kerja untuk melaksanakan kegiatan pokok.",                          # Ps 66 (1), passive
])
def test_larangan(text):
    assert kinds(text) == {"larangan"}


def test_larangan_items_inherit_and_verb_initial_items_stay_larangan():
    # UU 13/2003 Pasal 144 (lead-in and huruf b)
    lead = ("Terhadap mogok kerja yang dilakukan sesuai dengan ketentuan sebagaimana dimaksud dalam "
            "Pasal 140, pengusaha dilarang:")
    assert kinds(lead) == {"larangan"}
    item_b = ("memberikan sanksi atau tindakan balasan dalam bentuk apapun kepada pekerja/buruh dan "
              "pengurus serikat pekerja/serikat buruh selama dan sesudah melakukan mogok kerja.")
    assert kinds(item_b, lead_in=lead) == {"larangan"}


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU Perseroan Terbatas): "tidak dilarang" permits nothing new
    "Saham yang diperoleh berdasarkan ketentuan sebagaimana dimaksud pada ayat (2), dalam jangka "
    "waktu 1 (satu) tahun setelah tanggal perolehan harus dialihkan kepada pihak lain yang tidak "
    "dilarang memiliki saham dalam Perseroan.",
])
def test_negated_or_relative_dilarang_is_not_larangan(text):
    assert "larangan" not in kinds(text)


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 48/2009 Pasal 31 ayat (2)): a denied power forbids
    "Hakim sebagaimana dimaksud pada ayat (1) tidak dapat merangkap jabatan, kecuali "
    "undang-undang menentukan lain.",
    # wider UU corpus (UU 25/2014 Pasal 43 ayat (2)): after a closed condition
    "Dalam hal pelaksanaan penahanan berat, Terhukum tidak dapat menerima tamu, tidak dapat "
    "dipekerjakan, dan menjalani penahanan tersebut pada tempat tertutup.",
    # UU 13/2003 Pasal 59 ayat (2): an agentless passive with its patient before it
    "Perjanjian kerja untuk waktu tertentu tidak dapat diadakan untuk pekerjaan yang bersifat "
    "tetap.",
    # wider UU corpus (UU 24/2003 Pasal 65): barred from a role ("dapat menjadi" alone is a
    # possibility)
    "Mahkamah Agung tidak dapat menjadi pihak dalam sengketa kewenangan lembaga negara yang "
    "kewenangannya diberikan oleh Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 pada "
    "Mahkamah Konstitusi.",
    # wider UU corpus (UU 23/2014 Pasal 307 ayat (4)): "dijadikan" takes a complement, not a
    # patient
    "Barang milik Daerah sebagaimana dimaksud pada ayat (1) dan ayat (3) tidak dapat dijadikan "
    "tanggungan atau digadaikan untuk mendapatkan pinjaman.",
    # wider UU corpus (UU 44/2009 Pasal 51): "yang … digunakan … dan tidak dapat …" with no
    # predicate after it: the relative clause closed before "dan"
    "Pendapatan Rumah Sakit publik yang dikelola Pemerintah dan Pemerintah Daerah digunakan "
    "seluruhnya secara langsung untuk biaya operasional Rumah Sakit dan tidak dapat dijadikan "
    "pendapatan negara atau Pemerintah Daerah.",
    # wider UU corpus (UU 17/2019 Pasal 7, OCR errors corrected): an agent is named after the
    # passive
    "Sumber Daya Air tidak dapat dimiliki dan/atau dikuasai oleh perseorangan, kelompok "
    "masyarakat, atau badan usaha.",
    # UU 10/2016 Pasal I angka 46 (UU 1/2015 Pasal 54 ayat (7)): the bar on the parties stands
    "Dalam hal salah satu calon dari pasangan calon meninggal dunia dalam jangka waktu 29 (dua "
    "puluh sembilan) Hari sebelum hari pemungutan suara, Partai Politik atau gabungan Partai "
    "Politik tidak dapat mengusulkan calon pengganti, dan salah satu calon dari pasangan calon "
    "yang tidak meninggal dunia ditetapkan sebagai pasangan calon Pemilihan.",
])
def test_tidak_dapat_as_main_predicate_is_larangan(text):
    assert kinds(text) == {"larangan"}


@pytest.mark.parametrize("text, subject", [
    # UU 22/2014 Pasal 25 ayat (6): the commas of a list of subjects ("calon gubernur, calon
    # bupati, dan calon walikota") are no clause boundaries, so the "Dalam hal …" closed
    # earlier does not reach the bar (QA 14)
    ("Dalam hal terjadi salah satu calon gubernur, calon bupati, dan calon walikota berhalangan "
     "tetap pada saat dimulainya penyampaian visi dan misi gubernur, bupati dan walikota sampai "
     "hari pemungutan suara dan masih terdapat 2 (dua) calon atau lebih, tahapan pelaksanaan "
     "pemilihan dilanjutkan dan calon gubernur, calon bupati, dan calon walikota yang "
     "berhalangan tetap tidak dapat diganti serta dinyatakan gugur.", None),
    # PERKA BAPETEN 3/2012 Pasal 6 ayat (5): "PNBP yang telah dibayarkan menjadi milik Negara
    # dan tidak dapat ditarik kembali oleh Wajib Bayar" ends the sentence, so it is no
    # relative clause; the agent bears the bar (QA 14)
    ("Apabila Wajib Bayar telah diberi kesempatan untuk mengikuti ujian atau pelatihan "
     "penyegaran pada kesempatan pertama berikutnya dan masih tidak dapat mengikuti ujian atau "
     "pelatihan penyegaran tersebut, PNBP yang telah dibayarkan menjadi milik Negara dan tidak "
     "dapat ditarik kembali oleh Wajib Bayar.", "Wajib Bayar"),
    # UU 7/2017 Pasal 158 ayat (2), its OCR errors corrected (QA 14): barred from a role
    ("Dalam hal anggota DKPP yang berasal dari anggota KPU atau Bawaslu diadukan melanggar kode "
     "etik penyelenggara Pemilu, anggota yang bersangkutan tidak dapat menjadi majelis etik DKPP "
     "untuk pelanggaran yang diadukan tersebut.", "anggota"),
    # wider UU corpus (UU 12/2008 Pasal 60 ayat (5)): the whole list is the addressee
    ("Apabila hasil penelitian berkas calon sebagaimana dimaksud pada ayat (4) tidak memenuhi "
     "syarat dan ditolak oleh KPU provinsi dan/atau KPU kabupaten/kota, partai politik, gabungan "
     "partai politik, atau calon perseorangan tidak dapat lagi mengajukan calon.",
     "partai politik, gabungan partai politik, atau calon perseorangan"),
])
def test_tidak_dapat_bars_and_their_addressees(text, subject):
    assert kinds(text) == {"larangan"}
    assert find_subject(text) == subject


@pytest.mark.parametrize("text", [
    # UU 1/2015 (Perppu) Pasal 154 ayat (5): no appeal lies. An impersonal passive whose
    # patient follows the verb says what the decision is not open to; nothing is forbidden
    # to anyone (QA 14; this unit was read as larangan before)
    "Terhadap putusan sebagaimana dimaksud pada ayat (4) tidak dapat dilakukan upaya hukum.",
    # UU 1/2015 (Perppu) Pasal 154 ayat (10)
    "Putusan Mahkamah Agung Republik Indonesia sebagaimana dimaksud pada ayat (9) bersifat "
    "final dan mengikat serta tidak dapat dilakukan upaya hukum lain.",
    # wider UU corpus (UU 8/2010 Pasal 79 ayat (5))
    "Penetapan perampasan sebagaimana dimaksud pada ayat (4) tidak dapat dimohonkan upaya "
    "hukum.",
    # UU 10/2016 Pasal I angka 46 (UU 1/2015 Pasal 54 ayat (5)): after "dinyatakan gugur" the
    # "tidak dapat" states what follows from that status (QA 14)
    "Dalam hal Partai Politik atau gabungan Partai Politik tidak mengusulkan pasangan calon "
    "pengganti sebagaimana dimaksud pada ayat (1) dan ayat (2), dinyatakan gugur dan tidak "
    "dapat mengikuti Pemilihan.",
    # UU 10/2016 Pasal I angka 47 (UU 1/2015 Pasal 54A ayat (1))
    "Dalam hal pasangan calon perseorangan meninggal dunia terhitung sejak ditetapkan sebagai "
    "pasangan calon sampai dengan hari pemungutan suara, pasangan calon dinyatakan gugur serta "
    "tidak dapat mengikuti Pemilihan.",
])
def test_tidak_dapat_stating_a_consequence_is_not_larangan(text):
    assert "larangan" not in kinds(text)


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 32/2004 Pasal 52 ayat (1)): immunity protects the subject
    "Anggota DPRD tidak dapat dituntut dihadapan pengadilan karena pernyataan, pertanyaan "
    "dan/atau pendapat yang dikemukakan secara lisan ataupun tertulis dalam rapat DPRD.",
    # wider UU corpus (UU 32/2004 Pasal 26 ayat (3)): a coordinated member of a condition
    "Wakil kepala daerah menggantikan kepala daerah sampai habis masa jabatannya apabila kepala "
    "daerah meninggal dunia, berhenti, diberhentikan, atau tidak dapat melakukan kewajibannya "
    "selama 6 (enam) bulan secara terus menerus dalam masa jabatannya.",
    # wider UU corpus (UU 20/2002 Pasal 9 ayat (6)): the condition closes after it
    "Apabila dalam batas waktu yang ditetapkan, pemegang izin prinsip atau Izin Usaha Penyediaan "
    "Tenaga Listrik tidak dapat merealisasikan kegiatan usahanya, izin prinsip atau Izin Usaha "
    "Penyediaan Tenaga Listrik dimaksud dinyatakan tidak berlaku lagi.",
    # UU 1/2015 (Perppu) Pasal 120 ayat (1): inside "Dalam hal …"
    "Dalam hal sebagian atau seluruh wilayah Pemilihan terjadi kerusuhan, gangguan keamanan, "
    "bencana alam, atau gangguan lainnya yang mengakibatkan sebagian tahapan penyelenggaraan "
    "Pemilihan tidak dapat dilaksanakan maka dilakukan Pemilihan lanjutan.",
    # UU 1/2015 (Perppu) Pasal 43 ayat (4): relative "yang tidak dapat diterima"
    "Dalam hal calon perseorangan mengundurkan diri dengan alasan yang tidak dapat diterima "
    "setelah pendaftaran pada KPU Provinsi atau KPU Kabupaten/Kota, yang bersangkutan dikenai "
    "sanksi administratif berupa denda.",
    # UU 8/2015 Pasal I (UU 1/2015 Pasal 174 ayat (1)): a list of subjects inside "Dalam hal"
    "Dalam hal Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil "
    "Walikota tidak dapat menjalankan tugas karena alasan sebagaimana dimaksud dalam Pasal 173 "
    "ayat (1), Presiden menetapkan Penjabat Gubernur.",
    # wider UU corpus (UU 15/1985 Pasal 10): a relative clause whose predicate follows
    "Untuk melaksanakan pekerjaan-pekerjaan usaha penyediaan tenaga listrik sebagaimana "
    "dimaksud dalam Pasal 6 ayat (2) yang belum atau tidak dapat dilaksanakan sendiri, Pemegang "
    "Kuasa Usaha Ketenagalistrikan dapat bekerja-sama dengan badan usaha lain setelah mendapat "
    "persetujuan Menteri.",
])
def test_tidak_dapat_as_impossibility_or_condition_is_not_larangan(text):
    assert "larangan" not in kinds(text)


def test_tidak_dapat_in_a_list_item_is_a_ground_not_a_prohibition():
    # UU 7/2017 Pasal 74 huruf c under "… diberhentikan … apabila:"-style lead-in
    lead = "Anggota Bawaslu diberhentikan dengan tidak hormat apabila:"
    assert "larangan" not in kinds("tidak dapat melaksanakan tugas dan kewajiban tanpa alasan "
                                   "yang sah;", lead_in=lead)


def test_negated_dipidana_read_across_an_ocr_dot():
    # UU 7/2017 Pasal 21 ayat (1) huruf l as OCR'd (corpus/text/uu-7-2017-pemilihan-umum.txt)
    text = ("tidak p.ernah dipidana penjara berdasarkan putusan. pengadilan yang telah memperoleh "
            "kekuatan hukum tetap karena melakukan tindak pidana yang diancam dengan pidana "
            "penjara S (lima) tahun atau iebit;")
    assert "sanksi" not in kinds(text)


def test_relative_pihak_yang_dilarang_inside_penal_clause_is_sanksi_only():
    # UU 1/2015 (Perppu) Pasal 187 ayat (6)
    text = ("Setiap orang yang dengan sengaja menerima atau memberi dana Kampanye dari atau kepada "
            "pihak yang dilarang sebagaimana dimaksud dalam Pasal 76 ayat (1) dan/atau tidak "
            "memenuhi kewajiban sebagaimana dimaksud dalam Pasal 71, dipidana dengan pidana "
            "penjara paling singkat 4 (empat) bulan.")
    assert kinds(text) == {"sanksi"}
    assert find_subject(text) == "Setiap orang"


# --------------------------------------------------------------------------------------
# hak
# --------------------------------------------------------------------------------------

def test_hak_forms_and_inheritance():
    # UU 13/2003 Pasal 104 ayat (1)
    assert kinds("Setiap pekerja/buruh berhak membentuk dan menjadi anggota serikat "
                 "pekerja/serikat buruh.") == {"hak"}
    # UU 13/2003 Pasal 86 ayat (1) and huruf b
    lead = "Setiap pekerja/buruh mempunyai hak untuk memperoleh perlindungan atas:"
    assert kinds(lead) == {"hak"}
    assert kinds("moral dan kesusilaan; dan", lead_in=lead) == {"hak"}
    assert find_subject("moral dan kesusilaan; dan", lead_in=lead) == "Setiap pekerja/buruh"


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 23/2014 Pasal 146 ayat (4))
    "Anggota DPRD provinsi yang diberhentikan sementara tetap mendapatkan hak keuangan tertentu.",
    # wider UU corpus (UU 34/2004 Pasal 41 ayat (1))
    "Setiap prajurit memperoleh kesempatan untuk mengembangkan kemampuannya melalui pendidikan "
    "dan penugasan, dengan mempertimbangkan kepentingan TNI serta memenuhi persyaratan yang "
    "ditentukan.",
])
def test_a_party_receiving_a_benefit_is_entitled(text):
    assert kinds(text) == {"hak"}


@pytest.mark.parametrize("text, expected", [
    # UU 13/2003 Pasal 25 ayat (1): obtaining a licence is what a duty asks for
    ("Pemagangan yang dilakukan di luar wilayah Indonesia wajib mendapat izin dari Menteri atau "
     "pejabat yang ditunjuk.", {"kewajiban"}),
    # wider UU corpus (UU 13/2006 Pasal 29): a procedure named, no entitlement stated
    ("Tata cara memperoleh perlindungan sebagaimana dimaksud dalam Pasal 5 sebagai berikut:",
     set()),
    # wider UU corpus (UU 14/2015 Pasal 26 ayat (7)): a coordinated verb shares "dapat"
    ("Untuk menurunkan biaya penerbitan SBN dan memastikan ketersediaan pembiayaan melalui "
     "utang, Pemerintah dapat menerima jaminan penerbitan utang dari lembaga yang dapat "
     "menjalankan fungsi penjaminan, dan/atau menerima fasilitas dalam bentuk dukungan "
     "pembiayaan.", {"kewenangan"}),
    # UU 1/2015 (Perppu) Pasal 47 ayat (1): a prohibited receipt
    ("Partai Politik atau gabungan Partai Politik dilarang menerima imbalan dalam bentuk apapun "
     "pada proses pencalonan Gubernur, Bupati, dan Walikota.", {"larangan"}),
])
def test_receiving_what_is_no_benefit_or_under_another_operator_is_no_right(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, subject", [
    # UU 13/2003 Pasal 162 ayat (2) (QA 14): the party is named by "Bagi …"
    ("Bagi pekerja/buruh yang mengundurkan diri atas kemauan sendiri, yang tugas dan fungsinya "
     "tidak mewakili kepentingan pengusaha secara langsung, selain menerima uang penggantian hak "
     "sesuai ketentuan Pasal 156 ayat (4) diberikan uang pisah yang besarnya dan "
     "pelaksanaannya diatur dalam perjanjian kerja, peraturan perusahaan atau perjanjian kerja "
     "bersama.", "pekerja/buruh"),
    # UU 1/2015 (Perppu) Pasal 49 ayat (4): the list after the condition receives it
    ("Apabila hasil penelitian sebagaimana dimaksud ayat (3) dinyatakan tidak memenuhi syarat, "
     "Partai Politik, gabungan Partai Politik, atau calon perseorangan diberi kesempatan untuk "
     "melengkapi dan/atau memperbaiki persyaratan pencalonan paling lama 3 (tiga) hari sejak "
     "pemberitahuan hasil penelitian persyaratan oleh KPU Provinsi.",
     "Partai Politik, gabungan Partai Politik, atau calon perseorangan"),
    # wider UU corpus (UU 12/1959 Pasal 4 ayat (1)): "Kepada X diberikan …"
    ("Kepada Perdana Menteri diberikan tunjangan-jabatan sejumlah Rp. 1.500,- (seribu lima ratus "
     "rupiah) sebulan.", "Perdana Menteri"),
    # wider UU corpus (UU 14/2005 Pasal 15 ayat (2)): the subject receives it
    ("Guru yang diangkat oleh satuan pendidikan yang diselenggarakan oleh Pemerintah atau "
     "pemerintah daerah diberi gaji sesuai dengan peraturan perundang-undangan.", "Guru"),
])
def test_a_benefit_given_to_a_party_is_its_right(text, subject):
    assert kinds(text) == {"hak"}
    assert find_subject(text) == subject


@pytest.mark.parametrize("text, expected", [
    # UU 13/2003 Pasal 83: under "harus" the grant is the duty of whoever gives it
    ("Pekerja/buruh perempuan yang anaknya masih menyusu harus diberi kesempatan sepatutnya "
     "untuk menyusui anaknya jika hal itu harus dilakukan selama waktu kerja.", {"kewajiban"}),
    # wider UU corpus (UU 13/1965 Pasal 44 ayat (2)): a step of a procedure, in a time clause
    ("Pemecatan ini dilakukan setelah yang bersangkutan diberi kesempatan secukupnya untuk "
     "membela diri di hadapan Mahkamah Agung.", set()),
    # wider UU corpus (UU 7/1959, Penjelasan): a denied grant
    ("Korban-korban, demikian pula keluarga, yang menjadi anggota pejuang kemerdekaan, tidak "
     "diberi tunjangan.", set()),
])
def test_grants_under_another_operator_or_in_a_procedure_are_no_right(text, expected):
    assert kinds(text) == expected


def test_pihak_yang_tidak_berhak_adds_nothing():
    assert kinds("Informasi Debitur dilarang diberikan kepada pihak yang tidak berhak.") == {"larangan"}


# --------------------------------------------------------------------------------------
# kewenangan, and "dapat" as mere possibility
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # POJK 22/POJK.01/2015 Pasal 4 ayat (1)
    "Penyidik OJK sebagaimana yang dimaksud dalam Pasal 3 huruf a berwenang melakukan tindakan "
    "Penyidikan sesuai ketentuan yang diatur dalam Undang-Undang Nomor 8 Tahun 1981.",
    # POJK 22/POJK.01/2015 Pasal 9: a private actor's option
    "Setiap pihak dapat menyampaikan laporan dan/atau informasi mengenai dugaan Tindak Pidana di "
    "Sektor Jasa Keuangan kepada OJK.",
    # UU 1/2015 (Perppu) Pasal 64-style passive with a named agent
    "Kampanye sebagaimana dimaksud pada ayat (1) dilaksanakan oleh Partai Politik dan/atau "
    "pasangan calon dan dapat difasilitasi oleh KPU Provinsi.",
])
def test_kewenangan(text):
    assert kinds(text) == {"kewenangan"}


def test_dapat_colon_lead_in_offers_options():
    lead = "Dalam hal terjadi pelanggaran, Kepala BAPETEN dapat:"
    assert kinds(lead) == {"kewenangan"}
    assert kinds("menghentikan sementara kegiatan;", lead_in=lead) == {"kewenangan"}


def test_delegation_glued_before_a_lead_in_by_a_damaged_parse():
    # only the last sentence decides whether a unit delegates
    text = ("Tata cara pelaksanaan diatur lebih lanjut dengan Peraturan Pemerintah. Dalam rangka "
            "menyelenggarakan tugas di bidang proses pidana, Kepolisian berwenang untuk:")
    assert kinds(text) == {"kewenangan"}
    assert kinds("Ketentuan lebih lanjut mengenai tata cara penagihan diatur dengan Peraturan "
                 "Kepala.") == set()


def test_berwenang_lead_in_items_inherit():
    lead = "Inspektur sebagaimana dimaksud dalam Pasal 38 ayat (2) berwenang:"  # PP 43/2006 Ps 35
    item = ("memasuki kawasan dan reaktor nuklir selama pembangunan, pengoperasian, dan "
            "dekomisioning reaktor nuklir;")
    assert kinds(item, lead_in=lead) == {"kewenangan"}
    assert find_subject(item, lead_in=lead) == "Inspektur"


@pytest.mark.parametrize("text", [
    # UU 1/2015 (Perppu) Pasal 162 ayat (1): agentless passive = possibility
    "Gubernur sebagaimana dimaksud dalam Pasal 161 ayat (1) memegang jabatan selama 5 (lima) "
    "tahun terhitung sejak tanggal pelantikan dan sesudahnya dapat dipilih kembali dalam jabatan "
    "yang sama hanya untuk 1 (satu) kali masa jabatan.",
    # UU 13/2003 Pasal 175 ayat (2): "dapat diberikan dalam bentuk" (no agent)
    "Penghargaan sebagaimana dimaksud dalam ayat (1) dapat diberikan dalam bentuk piagam, uang, "
    "dan/atau bentuk lainnya.",
    # POJK 7/POJK.05/2014 Pasal 4 ayat (4): causal "dapat menyebabkan" after "bahwa"
    "Ketentuan ayat (2) dikecualikan apabila diduga bahwa penyampaian Surat Pemberitahuan "
    "Pemeriksaan dapat menyebabkan tindakan mengaburkan keadaan yang sebenarnya.",
    # UU 12/2011 Pasal 43 ayat (2): "dapat berasal"
    "Rancangan Undang-Undang yang berasal dari DPR sebagaimana dimaksud pada ayat (1) dapat "
    "berasal dari DPD.",
    # wider UU corpus: "tidak dapat", "yang dapat"
    "Pembatalan Paten sebagaimana dimaksud pada ayat (1) tidak dapat dilakukan jika penerima "
    "Lisensi tidak memberikan persetujuan secara tertulis.",
    # UU 13/2003-style: persidangan "dapat dilanjutkan tanpa dihadiri oleh" (agent of another verb)
    "Dalam hal terbanding tidak hadir pada persidangan tanpa alasan yang dapat "
    "dipertanggungjawabkan, persidangan dapat dilanjutkan tanpa dihadiri oleh terbanding.",
    # UU 6/2014 Pasal 39 ayat (2) (uu-texts uu/2014/6.md): a term limit, not a power
    "Kepala Desa sebagaimana dimaksud pada ayat (1) dapat menjabat paling banyak 3 (tiga) kali "
    "masa jabatan secara berturut-turut atau tidak secara berturut-turut.",
])
def test_dapat_as_possibility_is_not_kewenangan(text):
    assert "kewenangan" not in kinds(text)


@pytest.mark.parametrize("text, expected", [
    # wider UU corpus: sentence-initial "Yang …" clefts state the rule (no antecedent)
    ("Yang dapat diangkat menjadi anggota Direksi adalah orang perseorangan yang cakap "
     "melakukan perbuatan hukum.", {"syarat"}),           # UU Perseroan Terbatas: eligibility
    ("Yang berhak menerima pensiun anak tersebut adalah anak yang belum berusia 25 (dua puluh "
     "lima) tahun.", {"hak"}),
    ("Yang tidak boleh didengar keterangannya sebagai saksi sebagaimana dimaksud dalam Pasal 54 "
     "adalah:", {"larangan"}),
    # ... while a relative "yang" after a noun still modifies it
    ("Pemilih yang berhak memberikan suara di TPS meliputi:", set()),
])
def test_cleft_yang_versus_relative_yang(text, expected):
    assert kinds(text) == expected


def test_pejabat_yang_berwenang_is_a_noun_phrase():
    text = ("fotokopi ijazah yang telah dilegalisir oleh pihak yang berwenang, sebagai bukti "
            "pemenuhan syarat calon;")
    assert "kewenangan" not in kinds(text)


def test_reported_content_items_are_not_powers():
    # PERKA BAPETEN 3/2012 Pasal 5 huruf d (the PERKA 3/2012 twin of a labelled PERKA 1/2013 item)
    lead = ("Bendahara Penerimaan melakukan Penagihan PNBP kepada Wajib Bayar setelah diterbitkannya "
            "surat pemberitahuan hasil penilaian persyaratan yang menyatakan:")
    item = "Wajib Bayar dapat mengikuti pelatihan penyegaran sebagaimana dimaksud dalam Pasal 2 ayat (2) huruf f."
    assert kinds(item, lead_in=lead) == set()


def test_bahwa_complement_reports_a_right_without_granting_it():
    text = ("Dalam hal Permohonan diajukan oleh bukan Pendesain, Permohonan harus disertai pernyataan "
            "yang dilengkapi dengan bukti yang cukup bahwa Pemohon berhak atas Desain Industri.")
    assert kinds(text) == {"kewajiban"}


# --------------------------------------------------------------------------------------
# sanksi
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # UU 13/2003 Pasal 95 ayat (1): "dapat dikenakan denda" is a sanction, not a power
    "Pelanggaran yang dilakukan oleh pekerja/buruh karena kesengajaan atau kelalaiannya dapat "
    "dikenakan denda.",
    # UU 8/2015 Pasal 73 ayat (2)-style: "dapat dikenai sanksi … oleh KPU Provinsi"
    "Calon yang terbukti melakukan pelanggaran sebagaimana dimaksud pada ayat (1) berdasarkan "
    "putusan Bawaslu Provinsi dapat dikenai sanksi administrasi pembatalan sebagai pasangan calon "
    "oleh KPU Provinsi atau KPU Kabupaten/Kota.",
    # wider UU corpus: "berwenang mengenakan sanksi" is sanksi only
    "Badan Pengawas berwenang mengenakan sanksi administratif atas pelanggaran terhadap Pasal 24 "
    "dan Pasal 36.",
    # UU 10/1997 Pasal 42 ayat (1)
    "Barangsiapa melakukan perbuatan yang bertentangan dengan ketentuan sebagaimana dimaksud dalam "
    "Pasal 19 ayat (1) dipidana dengan pidana penjara paling lama 10 (sepuluh) tahun.",
    # PP 43/2006 Pasal 36 ayat (4): revocation of a licence after a breach
    "Apabila pengusaha instalasi nuklir tetap tidak mematuhi peringatan pembekuan izin sebagaimana "
    "dimaksud pada ayat (3), Kepala BAPETEN mencabut izin.",
    # UU 13/2003 Pasal 190 ayat (1), with the pypdf split "mengena kan"
    "Menteri atau pejabat yang ditunjuk mengena kan sanksi administratif atas pelanggaran "
    "ketentuan-ketentuan sebagaimana diatur dalam Pasal 5.",
])
def test_sanksi(text):
    assert kinds(text) == {"sanksi"}


@pytest.mark.parametrize("text, punished", [
    # UU 10/2016 Pasal 187A ayat (2): the vote buyer's penalty applied to the voter who takes
    ("Pidana yang sama diterapkan kepada pemilih yang dengan sengaja melakukan perbuatan melawan "
     "hukum menerima pemberian atau janji sebagaimana dimaksud pada ayat (1).", "pemilih"),
    # UU 35/2014 Pasal 81 ayat (2)
    ("Ketentuan pidana sebagaimana dimaksud pada ayat (1) berlaku pula bagi Setiap Orang yang "
     "dengan sengaja melakukan tipu muslihat, serangkaian kebohongan, atau membujuk Anak "
     "melakukan persetubuhan dengannya atau dengan orang lain.", "Setiap Orang"),
    # UU 13/2018 Pasal 8: an administrative sanction extended
    ("Pengenaan sanksi administratif sebagaimana dimaksud dalam Pasal 7 berlaku juga bagi "
     "produsen Karya Rekam yang tidak melaksanakan ketentuan sebagaimana dimaksud dalam Pasal 5.",
     "produsen Karya Rekam"),
    # UU 4/1953 Pasal 11 (old spelling)
    ("Ketentuan-ketentuan pidana jang berlaku bagi apoteker, berlaku pula terhadap pemegang izin, "
     "jika ia melanggar peraturan-peraturan jang berlaku baginya.", "pemegang izin"),
])
def test_a_penalty_applied_to_another_party_is_sanksi_for_that_party(text, punished):
    assert kinds(text) == {"sanksi"}
    assert find_subject(text) == punished


@pytest.mark.parametrize("text", [
    # UU 1/2023 (KUHP) Pasal 5: the reach of the penal law, no penalty
    "Ketentuan pidana dalam Undang-Undang berlaku bagi Setiap Orang di luar wilayah Negara "
    "Kesatuan Republik Indonesia yang melakukan Tindak Pidana terhadap kepentingan Negara "
    "Kesatuan Republik Indonesia yang berhubungan dengan:",
    # UU 30/2002 Pasal 38 ayat (1): criminal procedure extended, no penalty
    "Segala kewenangan yang berkaitan dengan penyelidikan, penyidikan, dan penuntutan yang diatur "
    "dalam Undang-Undang Nomor 8 Tahun 1981 tentang Hukum Acara Pidana berlaku juga bagi "
    "penyelidik, penyidik, dan penuntut umum pada Komisi Pemberantasan Korupsi.",
])
def test_penal_law_extended_without_a_penalty_is_not_sanksi(text):
    assert "sanksi" not in kinds(text)


def test_sanction_list_items_inherit():
    lead = "Sanksi administratif sebagaimana dimaksud dalam ayat (1) berupa:"  # UU 13/2003 Ps 190 (2)
    assert kinds(lead) == {"sanksi"}
    for item in ("teguran;", "pembekuan kegiatan usaha;", "pencabutan ijin."):
        assert kinds(item, lead_in=lead) == {"sanksi"}


def test_revocation_item_after_breach_in_lead_in():
    lead = ("Apabila dalam jangka waktu sebagaimana dimaksud pada ayat (3) Wajib Bayar tidak "
            "melakukan pembayaran maka:")   # PERKA BAPETEN 3/2012 Pasal 10 ayat (4)
    assert kinds("BAPETEN mencabut izin yang telah diterbitkan;", lead_in=lead) == {"sanksi"}


def test_penal_heading_makes_penalty_wording_sanksi():
    text = "Selain pidana sebagaimana dimaksud pada ayat (1), dapat dijatuhkan pidana tambahan."
    assert "sanksi" in kinds(text, heading="BAB XVI KETENTUAN PIDANA")
    assert kinds("Pidana tambahan berupa perampasan barang.", heading=None) == set()
    assert kinds("Pidana tambahan berupa perampasan barang.",
                 heading="BAB XVI KETENTUAN PIDANA") == {"sanksi"}


def test_penalty_stated_with_a_copula_is_sanksi_not_definisi():
    # wider UU corpus (UU Tindak Pidana Korupsi-style corporate penalty)
    text = ("Pidana pokok yang dijatuhkan terhadap korporasi adalah pidana denda, dengan ketentuan "
            "maksimum pidana denda ditambah 1/3 (satu per tiga).")
    assert kinds(text) == {"sanksi"}


@pytest.mark.parametrize("text", [
    # UU 12/2011 Pasal 102: repeal
    "Pada saat Undang-Undang ini mulai berlaku, Undang-Undang Nomor 10 Tahun 2004 tentang "
    "Pembentukan Peraturan Perundang-undangan dicabut dan dinyatakan tidak berlaku.",
    # UU 13/2003 Pasal 190 ayat (3): delegation naming sanctions
    "Ketentuan mengenai sanksi administratif sebagaimana dimaksud dalam ayat (1) dan ayat (2) "
    "diatur lebih lanjut oleh Menteri.",
    # commencement
    "Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.",
    # composition
    "Susunan keanggotaan KPPS terdiri atas seorang ketua merangkap anggota dan anggota.",
    # a deleted unit
    "dihapus;",
    # wider UU corpus: "tidak dikenai sanksi"
    "Peneliti yang telah melaksanakan penelitian sesuai dengan metodologi ilmiah tidak dikenai sanksi.",
])
def test_none(text):
    assert kinds(text) == set()


# --------------------------------------------------------------------------------------
# definisi
# --------------------------------------------------------------------------------------

PP43_P1 = "Dalam Peraturan Pemerintah ini yang dimaksud dengan:"


def test_ketentuan_umum_lead_in_and_items_are_definisi():
    assert classify(PP43_P1, is_definition_article=True) == ("definisi",)
    item = ("Reaktor nondaya adalah reaktor nuklir yang memanfaatkan neutron untuk keperluan "
            "penelitian atau pembuatan isotop.")  # PP 43/2006 Pasal 1 angka 4
    assert classify(item, lead_in=PP43_P1, is_definition_article=True) == ("definisi",)
    assert classify(item, lead_in=PP43_P1) == ("definisi",)


def test_operator_words_inside_a_definition_do_not_count():
    # UU 10/1997 Pasal 1 angka 5 ("dapat"), POJK 22/2015 Pasal 3 huruf b ("diberi wewenang")
    lead = "Dalam Undang-undang ini yang dimaksud dengan:"
    assert classify("bahan nuklir adalah bahan yang dapat menghasilkan reaksi pembelahan "
                    "berantai.", lead_in=lead) == ("definisi",)
    assert classify("Pemeriksa adalah pegawai OJK yang diberi wewenang untuk melakukan "
                    "Pemeriksaan.") == ("definisi",)


def test_nested_definition_item():
    # UU 13/2003 Pasal 1 angka 5 huruf a: lead-in "Pengusaha adalah:"
    assert classify("orang perseorangan, persekutuan, atau badan hukum yang menjalankan suatu "
                    "perusahaan milik sendiri;", lead_in="Pengusaha adalah:",
                    lead_in_kinds=("definisi",), is_definition_article=True) == ("definisi",)


def test_definitional_provision_outside_ketentuan_umum():
    # UU 12/2011 Pasal 96 ayat (3)
    assert classify("Masyarakat sebagaimana dimaksud pada ayat (1) adalah orang perseorangan atau "
                    "kelompok orang yang mempunyai kepentingan atas substansi Rancangan Peraturan "
                    "Perundang-undangan.") == ("definisi",)


@pytest.mark.parametrize("text", [
    # PERKA BAPETEN 3/2012 Pasal 6 ayat (1): a list lead-in, not a definition
    "Mekanisme Penagihan PNBP sebagaimana dimaksud dalam Pasal 5 adalah sebagai berikut:",
    # an amount is not a definition
    "Saldo Anggaran Lebih sampai dengan akhir Tahun Anggaran 2011 adalah sebesar Rp90.538.415.576.",
    # PERKA BAPETEN 3/2012 Pasal 2 ayat (1): where the tariff is set, not what it is (QA F19)
    "Jenis dan tarif atas PNBP yang berlaku di BAPETEN adalah sebagaimana diatur dalam Peraturan "
    "Pemerintah Nomor 27 Tahun 2009 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak.",
    "Besaran iuran adalah sesuai dengan ketentuan peraturan perundang-undangan.",
])
def test_copula_that_is_not_a_definition(text):
    assert "definisi" not in kinds(text)


# --------------------------------------------------------------------------------------
# multi-label, order, subjects
# --------------------------------------------------------------------------------------

def test_two_operators_give_two_kinds_in_canonical_order():
    text = ("Pengusaha dilarang membayar upah lebih rendah dari upah minimum dan wajib "
            "melaksanakan penangguhan sesuai ketentuan.")
    assert classify(text) == ("kewajiban", "larangan")
    assert all(k in KINDS for k in classify(text))


@pytest.mark.parametrize("text, subject", [
    ("Pengusaha wajib memberi waktu istirahat dan cuti kepada pekerja/buruh.", "Pengusaha"),
    ("Penyidik OJK sebagaimana dimaksud dalam Pasal 3 huruf b berwenang melakukan tindakan "
     "Penyidikan.", "Penyidik OJK"),
    ("Dalam masa percobaan kerja sebagaimana dimaksud pada ayat (1), pengusaha dilarang membayar "
     "upah di bawah upah minimum yang berlaku.", "pengusaha"),
    ("Menteri Dalam Negeri atas nama Presiden dapat mengangkat kembali Penjabat Bupati.",
     "Menteri Dalam Negeri"),   # "Dalam" inside a proper name does not cut it
    ("Salinan asli polis asuransi sebagaimana dimaksud pada ayat (2) wajib disampaikan oleh "
     "pengusaha instalasi nuklir pengirim kepada Kepala BAPETEN.",
     "pengusaha instalasi nuklir pengirim"),
    ("Barang siapa melanggar ketentuan sebagaimana dimaksud dalam Pasal 74, dikenakan sanksi "
     "pidana penjara paling singkat 2 (dua) tahun.", "Barang siapa"),
    ("Barangsiapa melakukan perbuatan yang bertentangan dengan ketentuan dipidana dengan pidana "
     "denda.", "Barangsiapa"),
    ("Pengangkatan dan pemberhentian anggota KPPS wajib dilaporkan kepada KPU Kabupaten/Kota.",
     None),  # passive without a named agent: the bearer is implied, not printed
    ("Dalam Peraturan Pemerintah ini yang dimaksud dengan:", None),
    ("Pemeriksa adalah pegawai OJK yang diberi wewenang untuk melakukan Pemeriksaan.", None),
    ("Dalam hal calon perseorangan mengundurkan diri setelah penetapan, yang bersangkutan "
     "dikenai sanksi administratif.", "calon perseorangan"),   # anaphor resolved
    # wider UU corpus (UU Perkoperasian): the agent of a nominalised act bears the duty
    ("Pembubaran koperasi yang akan dilakukan oleh pejabat harus diberitahukan lebih dahulu "
     "kepada koperasi yang bersangkutan.", "pejabat"),
])
def test_find_subject(text, subject):
    assert find_subject(text) == subject


def test_normalize_subject():
    assert normalize_subject("KPU Kabupaten/Kota") == "kpu kabupaten kota"
    assert normalize_subject("  Setiap   orang, ") == "setiap orang"
    assert normalize_subject("Pekerja/buruh perempuan") == "pekerja buruh perempuan"
    assert "kpu provinsi" in normalize_subject("Ketua KPU Provinsi")


# --------------------------------------------------------------------------------------
# two parties in one unit, the subject of a rule's own clause (QA round 14, W5/W6/M3/W3)
# --------------------------------------------------------------------------------------

# UU 13/2003 Pasal 164 ayat (1), Pasal 163 ayat (1) and Pasal 167 ayat (1), as extracted
UU13_P164_1 = ("Pengusaha dapat melakukan pemutusan hubungan kerja terhadap pekerja/buruh karena "
               "perusahaan tutup yang disebabkan perusahaan mengalami kerugian secara terus "
               "menerus selama 2 (dua) tahun, atau keadaan memaksa (force majeur), dengan "
               "ketentuan pekerja/buruh berhak atas uang pesangon sebesar 1 (satu) kali ketentuan "
               "Pasal 156 ayat (2) uang penghargaan masa kerja sebesar 1 (satu) kali ketentuan "
               "Pasal 156 ayat (3) dan uang penggantian hak sesuai ketentuan Pasal 156 ayat (4).")
UU13_P163_1 = ("Pengusaha dapat melakukan pemutusan hubungan kerja terhadap pekerja/buruh dalam "
               "hal terjadi perubahan status, penggabungan, peleburan, atau perubahan kepemilikan "
               "perusahaan dan pekerja/ buruh tidak bersedia melanjutkan hubungan kerja, maka "
               "pekerja/buruh berhak atas uang pesangon sebesar 1 (satu) kali sesuai ketentuan "
               "Pasal 156 ayat (2), uang perhargaan masa kerja 1 (satu) kali ketentuan Pasal 156 "
               "ayat (3) dan uang penggantian hak sesuai ketentuan dalam Pasal 156 ayat (4).")
UU13_P167_1 = ("Pengusaha dapat melakukan pemutusan hubungan kerja terhadap pekerja/buruh karena "
               "memasuki usia pensiun dan apabila pengusaha telah mengikutkan pekerja/buruh pada "
               "program pensiun yang iurannya dibayar penuh oleh pengusaha, maka pekerja/buruh "
               "tidak berhak mendapatkan uang pesangon sesuai ketentuan Pasal 156 ayat (2), uang "
               "penghargaan masa kerja sesuai ketentuan Pasal 156 ayat (3), tetapi tetap berhak "
               "atas uang penggantian hak sesuai ketentuan Pasal 156 ayat (4).")


def _one_ayat(text: str) -> Ayat:
    return annotate_article(Article(pasal="1", text="", ayat=(Ayat("1", text),))).ayat[0]


@pytest.mark.parametrize("text", [UU13_P164_1, UU13_P163_1, UU13_P167_1])
def test_a_unit_with_two_parties_gives_each_kind_its_own(text):
    # "dengan ketentuan …", "maka …" open the worker's clause; in Pasal 167 (1) "…, tetapi
    # tetap berhak …" names no one and shares the worker of the clause before it
    ayat = _one_ayat(text)
    assert ayat.kinds == ("hak", "kewenangan")
    assert ayat.subject == "Pengusaha"
    assert ayat.addressee("kewenangan") == "Pengusaha"
    assert ayat.addressee("hak") == "pekerja/buruh"
    assert ayat.to_dict()["addressees"] == {"hak": "pekerja/buruh", "kewenangan": "Pengusaha"}


def test_one_party_for_every_kind_keeps_no_pairs():
    # UU 13/2003 Pasal 79 ayat (1); UU 1/2015 Pasal 40 ayat (4) names the same parties twice
    ayat = _one_ayat("Pengusaha wajib memberi waktu istirahat dan cuti kepada pekerja/buruh.")
    assert ayat.addressees == () and ayat.addressee("kewajiban") == "Pengusaha"
    assert ayat.to_dict()["addressees"] == {}
    two = _one_ayat("Pengusaha dilarang membayar upah lebih rendah dari upah minimum dan wajib "
                    "melaksanakan penangguhan sesuai ketentuan.")
    assert two.kinds == ("kewajiban", "larangan") and two.addressees == ()


@pytest.mark.parametrize("text, subject", [
    # UU 13/2003 Pasal 93 ayat (2): a clause with a verb, then ", dan pengusaha wajib"
    ("Ketentuan sebagaimana dimaksud pada ayat (1) tidak berlaku, dan pengusaha wajib membayar "
     "upah apabila:", "pengusaha"),
    # UU 13/2003 Pasal 153 ayat (2): a status declared, then "dan pengusaha wajib"
    ("Pemutusan hubungan kerja yang dilakukan dengan alasan sebagaimana dimaksud dalam ayat (1) "
     "batal demi hukum dan pengusaha wajib mempekerjakan kembali pekerja/buruh yang "
     "bersangkutan.", "pengusaha"),
    # UU 13/2003 Pasal 167 ayat (5): a condition without a comma, closed by "maka"
    ("Dalam hal pengusaha tidak mengikutsertakan pekerja/buruh yang mengalami pemutusan hubungan "
     "kerja karena usia pensiun pada program pensiun maka pengusaha wajib memberikan kepada "
     "pekerja/buruh uang pesangon sebesar 2 (dua) kali ketentuan Pasal 156 ayat (2).",
     "pengusaha"),
    # UU 13/2003 Pasal 12 ayat (2): a duty laid in the passive "bagi" a party
    ("Peningkatan dan/atau pengembangan kompetensi sebagaimana dimaksud pada ayat (1) diwajibkan "
     "bagi pengusaha yang memenuhi persyaratan yang diatur dengan Keputusan Menteri.",
     "pengusaha"),
    # UU 13/2003 Pasal 157 ayat (3): "…, dengan ketentuan tidak boleh kurang …" names no one
    ("Dalam hal upah pekerja/buruh dibayarkan atas dasar perhitungan satuan hasil, "
     "potongan/borongan atau komisi, maka penghasilan sehari adalah sama dengan pendapatan "
     "rata-rata per hari selama 12 (dua belas) bulan terakhir, dengan ketentuan tidak boleh "
     "kurang dari ketentuan upah minimum provinsi atau kabupaten/kota.", "penghasilan sehari"),
])
def test_the_subject_of_the_rules_own_clause(text, subject):
    assert find_subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # UU 10/2016 Pasal 7 ayat (2) lead-in: ", serta" ends a list of subjects, no new clause
    ("Calon Gubernur dan Calon Wakil Gubernur, Calon Bupati dan Calon Wakil Bupati, serta Calon "
     "Walikota dan Calon Wakil Walikota sebagaimana dimaksud pada ayat (1) harus memenuhi "
     "persyaratan sebagai berikut:",
     "Calon Gubernur dan Calon Wakil Gubernur, Calon Bupati dan Calon Wakil Bupati, serta Calon "
     "Walikota dan Calon Wakil Walikota"),
    # UU 1/2015 Pasal 98 ayat (8): "sesuai dengan ketentuan" is no "dengan ketentuan" clause
    ("Dalam hal terdapat proses penghitungan suara yang tidak sesuai dengan ketentuan peraturan "
     "perundang-undangan, saksi calon yang hadir dapat mengajukan keberatan kepada KPPS.",
     "saksi calon"),
    # UU 8/2015 Pasal I (UU 1/2015 Pasal 174 ayat (3)): a list of subjects in a condition
    ("Dalam hal Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil "
     "Walikota berasal dari perseorangan tidak dapat menjalankan tugas karena alasan "
     "sebagaimana dimaksud dalam Pasal 173 ayat (1), dilakukan pengisian jabatan melalui Dewan "
     "Perwakilan Rakyat Daerah yang calonnya berasal dari partai politik atau gabungan partai "
     "politik yang memiliki kursi di Dewan Perwakilan Rakyat Daerah paling sedikit 20% (dua "
     "puluh persen) dari jumlah kursi atau memiliki paling sedikit 25% (dua puluh lima persen) "
     "dari perolehan suara dapat mengajukan pasangan calon.", None),
])
def test_commas_of_a_list_open_no_clause(text, subject):
    assert find_subject(text) == subject


def test_a_party_that_may_obtain_a_benefit_is_entitled():
    # UU 13/2003 Pasal 158 ayat (3): hak, not kewenangan (QA M3)
    text = ("Pekerja/buruh yang diputus hubungan kerjanya berdasarkan alasan sebagaimana "
            "dimaksud pada ayat (1), dapat memperoleh uang penggantian hak sebagai dimaksud "
            "dalam Pasal 156 ayat (4).")
    assert kinds(text) == {"hak"} and find_subject(text) == "Pekerja/buruh"
    # wider UU corpus (UU 13/1962 Pasal 6 ayat (1)): "dapat menerima" permits accepting
    assert kinds("Bank dapat menerima uang dari pihak ketiga sebagai deposito.") == {"kewenangan"}


def test_wajib_as_a_quality_is_no_duty():
    # UU 13/2003 Pasal 167 ayat (6): "jaminan hari tua yang bersifat wajib" (QA M3)
    text = ("Hak atas manfaat pensiun sebagaimana yang dimaksud dalam ayat (1), ayat (2), ayat "
            "(3), dan ayat (4) tidak menghilangkan hak pekerja/buruh atas jaminan hari tua yang "
            "bersifat wajib sesuai dengan peraturan perundang-undangan yang berlaku.")
    assert "kewajiban" not in kinds(text)
    # … and a saving clause: the worker keeps that right (session 15; it was "no kind, no
    # subject" before, when saving clauses were not read)
    assert kinds(text) == {"hak"} and find_subject(text) == "pekerja/buruh"


def test_an_item_stating_part_of_a_requirement_is_no_definition():
    # UU 13/2003 Pasal 66 ayat (2) huruf b under "… harus memenuhi syarat sebagai berikut:"
    lead = ("Penyedia jasa pekerja/buruh untuk kegiatan jasa penunjang atau kegiatan yang tidak "
            "berhubungan langsung dengan proses produksi harus memenuhi syarat sebagai berikut:")
    item = ("perjanjian kerja yang berlaku dalam hubungan kerja sebagaimana dimaksud pada huruf a "
            "adalah perjanjian kerja untuk waktu tertentu yang memenuhi persyaratan sebagaimana "
            "dimaksud dalam Pasal 59 dan/atau perjanjian kerja waktu tidak tertentu yang dibuat "
            "secara tertulis dan ditandatangani oleh kedua belah pihak;")
    assert classify(item, lead_in=lead) == ("syarat",)
    assert classify(item) == ("definisi",)    # alone it reads as one


@pytest.mark.parametrize("text", [
    # UU 13/2003 Pasal 142 ayat (1): a qualification
    "Mogok kerja yang dilakukan tidak memenuhi ketentuan sebagaimana dimaksud dalam Pasal 139 dan "
    "Pasal 140 adalah mogok kerja tidak sah.",
    # UU 12/2011 Pasal 86 ayat (1): which regulations the Lembaran Daerah holds (QA M5)
    "Peraturan Perundang-undangan yang diundangkan dalam Lembaran Daerah adalah Peraturan Daerah "
    "Provinsi dan Peraturan Daerah Kabupaten/Kota.",
    # UU 22/2014 Pasal 24 ayat (2): a designation
    "Penyelenggara dan penanggungjawab penyampaian visi dan misi adalah Panlih.",
    # wider UU corpus (UU 20/2000 Pasal I angka 6, Pasal 9 ayat (1) huruf a of UU 21/1997):
    # when a tax falls due
    "jual beli adalah sejak tanggal dibuat dan ditandatanganinya akta;",
    # wider UU corpus (UU 28/2007 Pasal I angka 4, Pasal 3 ayat (8) of UU 6/1983): an
    # exemption, no term
    "Dikecualikan dari kewajiban sebagaimana dimaksud pada ayat (1) adalah Wajib Pajak Pajak "
    "Penghasilan tertentu yang diatur dengan atau berdasarkan Peraturan Menteri Keuangan.",
])
def test_a_copula_that_names_or_classes_is_no_definition(text):
    assert "definisi" not in kinds(text)


@pytest.mark.parametrize("text", [
    # UU 1/2015 Pasal 156 ayat (1): a description after the genus
    "Perselisihan hasil Pemilihan adalah perselisihan antara KPU Provinsi dan/atau KPU "
    "Kabupaten/Kota dan peserta Pemilihan mengenai penetapan perolehan suara hasil Pemilihan.",
    # wider UU corpus (UU 13/1968 Pasal 2 huruf a): a quoted term is defined
    '"Bank" adalah Bank Indonesia;',
    # wider UU corpus (UU 20/1952 Pasal 2 ayat (1)): the list describes
    "Masa kerja yang dihitung untuk menentukan pensiun ialah waktu mulai bekerja :",
])
def test_a_copula_with_a_description_is_still_a_definition(text):
    assert kinds(text) == {"definisi"}


# --------------------------------------------------------------------------------------
# annotate_article / annotate_regulation
# --------------------------------------------------------------------------------------

def _article_p69() -> Article:
    return Article(pasal="69", text="", bab="BAB X PERLINDUNGAN, PENGUPAHAN, DAN KESEJAHTERAAN",
                   ayat=(
                       Ayat("1", "Ketentuan sebagaimana dimaksud dalam Pasal 68 dapat dikecualikan "
                                 "bagi anak yang berumur antara 13 (tiga belas) tahun sampai dengan "
                                 "15 (lima belas) tahun."),
                       Ayat("2", UU13_P69_2, items=(
                           Item("a", "izin tertulis dari orang tua atau wali;"),
                           Item("b", "perjanjian kerja antara pengusaha dengan orang tua atau wali;"),
                       )),
                   ))


def test_annotate_article_fills_ayat_and_items_and_returns_a_copy():
    article = _article_p69()
    annotated = annotate_article(article)
    assert article.ayat[1].kinds == ()            # the input is untouched (frozen copies)
    assert annotated.ayat[0].kinds == ()
    assert annotated.ayat[1].kinds == ("syarat",)
    assert [i.kinds for i in annotated.ayat[1].items] == [("syarat",), ("syarat",)]
    assert annotated.ayat[1].subject == "Pengusaha"
    assert annotated.ayat[1].items[0].subject == "Pengusaha"  # inherited from the lead-in
    assert annotated.kinds == ("syarat",)


def test_annotate_nested_items_and_definition_article():
    p1 = Article(pasal="1", text="", bab="BAB I KETENTUAN UMUM", ayat=(
        Ayat(None, "Dalam Undang-undang ini yang dimaksud dengan:", items=(
            Item("1", "Ketenagakerjaan adalah segala hal yang berhubungan dengan tenaga kerja."),
            Item("5", "Pengusaha adalah:", items=(
                Item("a", "orang perseorangan, persekutuan, atau badan hukum yang menjalankan "
                          "suatu perusahaan milik sendiri;"),
            )),
        )),
    ))
    assert is_definition_article(p1)
    out = annotate_article(p1)
    assert out.ayat[0].kinds == ("definisi",)
    assert out.ayat[0].items[1].items[0].kinds == ("definisi",)
    assert out.ayat[0].items[1].items[0].subject is None


def test_annotate_uses_penal_heading_and_nested_inheritance():
    art = Article(pasal="190", text="", bab="BAB XVI KETENTUAN PIDANA DAN SANKSI ADMINISTRATIF",
                  ayat=(Ayat("2", "Sanksi administratif sebagaimana dimaksud dalam ayat (1) berupa:",
                             items=(Item("a", "teguran;"), Item("h", "pencabutan ijin."))),
                        Ayat("3", "Pidana tambahan berupa perampasan barang.")))
    out = annotate_article(art)
    assert [i.kinds for i in out.ayat[0].items] == [("sanksi",), ("sanksi",)]
    assert out.ayat[1].kinds == ("sanksi",)


def test_annotate_regulation_annotates_every_article():
    reg = Regulation(type="UU", number="13", year=2003, title="Ketenagakerjaan", path="x",
                     articles=(_article_p69(), Article(pasal="68", text="", ayat=(
                         Ayat(None, "Pengusaha dilarang mempekerjakan anak."),))))
    out = annotate_regulation(reg)
    assert [a.kinds for a in out.articles] == [("syarat",), ("larangan",)]
    assert reg.articles[1].ayat[0].kinds == ()


def test_classify_is_fast_enough_for_indexing():
    texts = [UU13_P69_2, "Pengusaha dilarang mempekerjakan anak.", "teguran;",
             "Setiap pihak dapat menyampaikan laporan dan/atau informasi kepada OJK."] * 500
    start = time.perf_counter()
    for text in texts:
        classify(text, lead_in=UU13_P69_2)
        find_subject(text)
    assert time.perf_counter() - start < 5.0  # ~2,000 units; typically well under a second


# --------------------------------------------------------------------------------------
# the dev evaluation (bench/kinds.py) and its targets
# --------------------------------------------------------------------------------------

def _bench():
    return load_bench("kinds")


def test_dev_targets_are_met():
    bench = _bench()
    report = bench.evaluate_units(bench.load_units(bench.DEFAULT_DATA))
    assert report.units == 80
    assert report.missed_targets() == [], bench.format_report(report)


def test_dev_targets_are_met_in_situ():
    """The same units found in the parsed documents and annotated by annotate_regulation."""
    pytest.importorskip("regsearch.parse")
    bench = _bench()
    report = bench.evaluate_in_situ(bench.load_units(bench.DEFAULT_DATA))
    assert report.located >= 76, report.unlocated     # the parser finds (nearly) every unit
    assert not report.text_mismatch
    assert report.missed_targets() == [], bench.format_report(report)


def test_dev_check_fails_when_the_classifier_is_broken(monkeypatch):
    bench = _bench()
    monkeypatch.setattr(bench, "classify", lambda text, **kw: ("kewajiban",))
    report = bench.evaluate_units(bench.load_units(bench.DEFAULT_DATA))
    assert "kewajiban" in report.missed_targets()  # precision collapses
    assert "hak" in report.missed_targets()        # recall collapses


def test_bench_check_exit_code(monkeypatch, capsys):
    bench = _bench()
    assert bench.main(["--check"]) == 0
    monkeypatch.setattr(bench, "classify", lambda text, **kw: ())
    assert bench.main(["--check"]) == 1
    assert "targets missed" in capsys.readouterr().err


# --------------------------------------------------------------------------------------
# Session 15: administrative sanctions, saving clauses, definitions by a genus
# --------------------------------------------------------------------------------------

# PP 43/2006 Pasal 36 ayat (1) (bundled corpus, as extracted)
PP43_P36_1 = ("Pengusaha instalasi nuklir yang melanggar ketentuan sebagaimana dimaksud dalam "
              "Pasal 12 ayat (1), Pasal 14 ayat (2) dan ayat (3), Pasal 17 ayat (2) dan ayat (3), atau "
              "Pasal 21 ayat (3) diberikan peringatan tertulis.")


def test_a_written_warning_for_a_breach_is_a_sanction():
    assert kinds(PP43_P36_1) == {"sanksi"}
    assert find_subject(PP43_P36_1) == "Pengusaha instalasi nuklir"
    # wider UU corpus (UU 17/2013 Pasal 62 ayat (4)): imposing the next warning is a
    # sanction, not also a power (convention 7)
    assert kinds("Dalam hal Ormas tidak mematuhi peringatan tertulis kedua dalam jangka waktu "
                 "sebagaimana dimaksud pada ayat (2), Pemerintah atau Pemerintah Daerah dapat "
                 "menjatuhkan peringatan tertulis ketiga.") == {"sanksi"}


@pytest.mark.parametrize("text, expected", [
    # UU 13/2003 Pasal 161 ayat (1) (bundled): the warnings are a step before the dismissal
    ("Dalam hal pekerja/buruh melakukan pelanggaran ketentuan yang diatur dalam perjanjian kerja, "
     "peraturan perusahaan atau perjanjian kerja bersama, pengusaha dapat melakukan pemutusan "
     "hubungan kerja, setelah kepada pekerja/buruh yang bersangkutan diberikan surat peringatan "
     "pertama, kedua, dan ketiga secara berturut-turut.", {"kewenangan"}),
    # wider UU corpus (UU 5/1997 Pasal 57 ayat (2)): a caution to a witness, no breach
    ("Pada saat pemeriksaan di sidang pengadilan akan dimulai, hakim memberi peringatan terlebih "
     "dahulu kepada saksi dan/atau orang lain yang bersangkutan dengan perkara tindak pidana "
     "psikotropika, untuk tidak menyebut identitas pelapor, sebagaimana dimaksud pada ayat (1).",
     set()),
    # wider UU corpus (UU 11/2020 Pasal 81, UU 13/2003 Pasal 154A ayat (1) huruf k as
    # amended): a ground of dismissal
    ("pekerja/buruh melakukan pelanggaran ketentuan yang diatur dalam perjanjian kerja, peraturan "
     "perusahaan, atau perjanjian kerja bersama dan sebelumnya telah diberikan surat peringatan "
     "pertama, kedua, dan ketiga secara berturut-turut;", set()),
])
def test_a_warning_that_is_no_sanction(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 5/1997 Pasal 51 ayat (1)), abridged: a power to sanction
    "Dalam rangka pengawasan, Menteri berwenang mengambil tindakan administratif terhadap pabrik "
    "obat, pedagang besar farmasi, … apotek, rumah sakit, …",
    # … and what that power may impose (ayat (2))
    "Tindakan administratif sebagaimana dimaksud pada ayat (1), dapat berupa:",
    # wider UU corpus (UU 21/2008 Pasal 56), abridged
    "Bank Indonesia menetapkan sanksi administratif kepada Bank Syariah atau UUS, …, yang "
    "menghalangi dan/atau tidak melaksanakan Prinsip Syariah dalam menjalankan usaha atau "
    "tugasnya atau tidak memenuhi kewajibannya sebagaimana ditentukan dalam Undang-Undang ini.",
    # PP 43/2006 Pasal 37 (bundled): revocation after negligence
    "Kepala BAPETEN mencabut izin komisioning, izin operasi atau izin operasi gabungan jika "
    "pengusaha instalasi nuklir yang karena kelalaian atau kesengajaannya menimbulkan kecelakaan "
    "nuklir setelah diadakan penilaian oleh Kepala BAPETEN.",
    # wider UU corpus (UU 18/2004 Pasal 25 ayat (5)): revocation for failing a named provision
    "Setiap perusahaan perkebunan yang telah memperoleh izin usaha perkebunan tetapi tidak "
    "menerapkan analisis mengenai dampak lingkungan hidup atau upaya pengelolaan lingkungan hidup "
    "dan upaya pemantauan lingkungan hidup sebagaimana dimaksud dalam ayat (3) dicabut izin "
    "usahanya.",
])
def test_administrative_sanctions_in_other_words(text):
    assert kinds(text) == {"sanksi"}


@pytest.mark.parametrize("text, expected", [
    # wider UU corpus (UU 10/2008 Pasal 124 ayat (4)), abridged: a recommendation
    ("Dalam hal Bawaslu menerima laporan dugaan pelanggaran administratif terhadap ketentuan "
     "pelaksanaan kampanye Pemilu oleh anggota KPU, …, dan pegawai sekretariat KPU "
     "kabupaten/kota, maka Bawaslu memberikan rekomendasi kepada KPU untuk memberikan sanksi.",
     set()),
    # wider UU corpus (UU 17/2014 Pasal 74 ayat (5)): a power to request one
    ("DPR dapat meminta Presiden untuk memberikan sanksi administratif kepada pejabat negara atau "
     "pejabat pemerintah yang tidak melaksanakan atau mengabaikan rekomendasi DPR.",
     {"kewenangan"}),
    # wider UU corpus (UU 20/2014 Pasal 25 ayat (2)): the revoked certificate is the subject's
    ("Pelaku Usaha yang tidak memiliki sertifikat atau memiliki sertifikat sebagaimana dimaksud "
     "pada ayat (1) tetapi habis masa berlakunya, dibekukan sementara, atau dicabut dilarang:",
     {"larangan"}),
    # wider UU corpus (UU 6/1984 Pasal 21): delegated law-making, no sanction
    ("Peraturan Pemerintah sebagai pelaksanaan Undang-undang ini dapat menetapkan pidana yang "
     "tidak melebihi pidana yang ditetapkan dalam Undang-undang ini.", {"kewenangan"}),
])
def test_sanction_words_that_impose_no_sanction(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected, party", [
    # UU 22/2014 Pasal 25 ayat (5) (bundled)
    ("Pendaftaran calon gubernur, calon bupati, dan calon walikota sebagaimana dimaksud pada "
     "ayat (3), tidak menghilangkan hak calon gubernur, calon bupati, dan calon walikota yang "
     "sudah memenuhi syarat.", "hak", "calon gubernur, calon bupati, dan calon walikota"),
    # wider UU corpus (UU 4/1979 Pasal 10 ayat (2))
    ("Pencabutan kuasa asuh dalam ayat (1) tidak menghapuskan kewajiban orang tua yang "
     "bersangkutan untuk membiayai, sesuai dengan kemampuannya, penghidupan, pemeliharaan, dan "
     "pendidikan anaknya.", "kewajiban", "orang tua"),
    # wider UU corpus (UU 1/2016 Pasal 30): the party ends before the next one saved
    ("Penggabungan, peleburan, pemisahan, dan pengambilalihan Lembaga Penjamin tidak mengurangi "
     "hak Penerima Jaminan dan kewajiban Terjamin.", "hak", "Penerima Jaminan"),
])
def test_a_saving_clause_keeps_a_named_partys_right_or_duty(text, expected, party):
    assert kinds(text) == {expected} and find_subject(text) == party


@pytest.mark.parametrize("text, lead_in", [
    # wider UU corpus (UU 25/1956 Pasal 39 ayat (2)): "dengan tidak mengurangi haknya" opens
    # a proviso, and names nobody
    ("Biaya untuk tindakan yang dimaksud dalam ayat 1 di atas ditanggung oleh Kementerian "
     "Pertanian, dengan tidak mengurangi haknya untuk meminta kembali biaya itu dari daerah yang "
     "menerima bantuan.", None),
    # wider UU corpus (UU 17/2019 Pasal 46 ayat (1) huruf a): a principle in a list
    ("tidak mengganggu, tidak mengesampingkan, dan tidak meniadakan hak rakyat atas Air;",
     "Penggunaan Sumber Daya Air untuk kebutuhan usaha diselenggarakan dengan memperhatikan "
     "prinsip:"),
])
def test_no_saving_clause(text, lead_in):
    assert "hak" not in classify(text, lead_in=lead_in)


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 14/1965 Pasal 31 ayat (1)) and UU 28/2009 Pasal 82 ayat (1)
    "Modal koperasi adalah keseluruhan aktiva serta pasiva koperasi.",
    "Tahun Pajak adalah jangka waktu 1 (satu) tahun kalender.",
    # wider UU corpus (UU 1/2023 Pasal 176, 184, 185; UU 6/1996 Pasal 5 ayat (6))
    "Anak Buah Kapal adalah Awak Kapal selain Nakhoda.",
    "Bulan adalah waktu 30 (tiga puluh) Hari.",
    "Garis pangkal biasa sebagaimana dimaksud dalam ayat (2) adalah garis air rendah sepanjang "
    "pantai.",
])
def test_a_genus_of_extent_defines(text):
    assert kinds(text) == {"definisi"}


@pytest.mark.parametrize("text", [
    # wider UU corpus (UU 7/1992 Pasal 34 ayat (3), UU 5/1974 Pasal 17 ayat (2), UU 24/2011
    # Pasal 7 ayat (1), UU 10/2008 Pasal 24 ayat (1)): a class or a status, no definition
    "Tahun buku bank adalah tahun takwim.",
    "Kepala Daerah adalah Pejabat Negara.",
    "BPJS sebagaimana dimaksud dalam Pasal 5 adalah badan hukum publik berdasarkan Undang-Undang "
    "ini.",
    "Daerah pemilihan anggota DPRD provinsi adalah kabupaten/kota atau gabungan kabupaten/kota.",
])
def test_a_class_or_status_is_still_no_definition(text):
    assert "definisi" not in kinds(text)
