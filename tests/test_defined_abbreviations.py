"""An abbreviation a regulation defines ("Pegawai Negeri Sipil yang selanjutnya disingkat PNS")
is the same term as its full form: a query typing either form finds the articles written in
the other at the typed form's weight, not a synonym's share (QA round 3 W5: once UU 5/2014
was indexed, "pegawai negeri sipil diberhentikan" ranked its articles, which write "PNS",
48th and beyond, below the revoked UU 8/1974). Texts are verbatim excerpts of the scale
corpus (uu/2014/5.md, uu/1974/8.md and uu/2014/23.md of uu-texts.tar.gz), trimmed to a few articles."""

from __future__ import annotations

import pytest

import regsearch
from regsearch.expand import Thesaurus
from regsearch.units import as_typed

from .laws import indexed, law_text

UU_8_1974 = law_text(8, 1974, "Pokok-Pokok Kepegawaian", """Pasal 23
(1) Pegawai Negeri Sipil dapat diberhentikan dengan hormat, karena :
a. Permintaan sendiri ;
b. telah mencapai usia pensiun ;
c. adanya penyederhanaan organisasi Pemerintah ;
d. tidak cakap jasmani atau rohani sehingga tidak dapat menjalankan kewajiban sebagai PegawatNegeri Sipil.
(2) Pegawai Negeri Sipil yang meninggal dunia dengan sendirinya dianggap diberhentikan dengan hormat.
(3) Pegawai Negeri Sipil dapat diberhentikan tidak dengan hormat, karena :
a. melanggar Sumpah/Janji Pegawai Negeri Sipil, Sumpah/Janji Jabatan Negeri atau Peraturan Disiplin Pegawai Negeri Sipil;
b. dihukum penjara, berdasarkan keputusan pengadilan yang sudah mempunyai kekuatan hukum yang tetap karena dengan sengaja melakukan sesuatu tindak pidana kejahatan yang diancam dengan hukuman penjara setingg-tingginya 4 (empat) tahun atau diancam dengan hukuman yang lebih berat.
(4) Pegawai Negeri Sipil diberhentikan tidak dengan hormat, karena :
a. dihukum penjara atau kurungan, berdasarkan keputusan pengadilan yang sudah mempunyai kekuatan hukum yang tetap karena melakukan sesuatu tindak pidana kejahatan jabatan atau tindak pidana kejahatan yang ada hubungannya dengan jabatan ;
b. ternyata melakukan penyelewengan terhadap Ideologi Negara Pancasila, Undang-Undang Dasar 1945, atau terlibat dalam kegiatan yang menentang Negara dan atau Pemerintah.
""", "6 Nopember 1974")

UU_5_2014 = law_text(5, 2014, "Aparatur Sipil Negara", """BAB I KETENTUAN UMUM
Pasal 1
Dalam Undang-Undang ini yang dimaksud dengan:
1. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah profesi bagi pegawai negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah.
3. Pegawai Negeri Sipil yang selanjutnya disingkat PNS adalah warga negara Indonesia yang memenuhi syarat tertentu, diangkat sebagai Pegawai ASN secara tetap oleh pejabat pembina kepegawaian untuk menduduki jabatan pemerintahan.
BAB X PEMBERHENTIAN
Pasal 87
(1) PNS diberhentikan dengan hormat karena:
a. meninggal dunia;
b. atas permintaan sendiri;
c. mencapai batas usia pensiun;
d. perampingan organisasi atau kebijakan pemerintah yang mengakibatkan pensiun dini; atau e. tidak cakap jasmani dan/atau rohani sehingga tidak dapat menjalankan tugas dan kewajiban.
(2) PNS dapat diberhentikan dengan hormat atau tidak diberhentikan karena dihukum penjara berdasarkan putusan pengadilan yang telah memiliki kekuatan hukum tetap karena melakukan tindak pidana dengan hukuman pidana penjara paling singkat 2 (dua) tahun dan pidana yang dilakukan tidak berencana.
(3) PNS diberhentikan dengan hormat tidak atas permintaan sendiri karena melakukan pelanggaran disiplin PNS tingkat berat.
(4) PNS diberhentikan tidak dengan hormat karena:
a. melakukan penyelewengan terhadap Pancasila dan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
b. dihukum penjara atau kurungan berdasarkan putusan pengadilan yang telah memiliki kekuatan hukum tetap karena melakukan tindak pidana kejahatan jabatan atau tindak pidana kejahatan yang ada hubungannya dengan jabatan dan/atau pidana umum;
c. menjadi anggota dan/atau pengurus partai politik; atau
d. dihukum penjara berdasarkan putusan pengadilan yang telah memiliki kekuatan hukum tetap karena melakukan tindak pidana dengan pidana penjara paling singkat 2 (dua) tahun dan pidana yang dilakukan dengan berencana.
BAB XIV KETENTUAN PENUTUP
Pasal 136
Pada saat Undang-Undang ini mulai berlaku, Undang- Undang Nomor 8 Tahun 1974 tentang Pokok-Pokok Kepegawaian (Lembaran Negara Republik lndonesia Tahun 1974 Nomor 55, Tambahan Lembaran Negara Republik lndonesia Nomor 3041), dicabut dan dinyatakan tidak berlaku.
""", "15 Januari 2014")

UU_23_2014 = law_text(23, 2014, "Pemerintahan Daerah", """Pasal 205
(1) Susunan organisasi dan tata kerja sekretariat DPRD kabupaten/kota ditetapkan dengan Perda Kabupaten/Kota sesuai dengan ketentuan peraturan perundang-undangan.
(2) Sekretariat DPRD kabupaten/kota sebagaimana dimaksud dalam Pasal 204 ayat (1) dipimpin oleh seorang sekretaris DPRD kabupaten/kota yang diangkat dan diberhentikan dengan keputusan bupati/wali kota atas persetujuan pimpinan DPRD kabupaten/kota.
(3) Sekretaris DPRD kabupaten/kota dan pegawai sekretariat DPRD kabupaten/kota berasal dari pegawai negeri sipil.
""", "30 September 2014")


@pytest.fixture(scope="module")
def civil_service(tmp_path_factory):
    index = indexed(tmp_path_factory.mktemp("asn"), {
        "uu-8-1974.md": UU_8_1974, "uu-5-2014.md": UU_5_2014, "uu-23-2014.md": UU_23_2014})
    with regsearch.open_index(index) as idx:
        yield idx


def test_the_defined_form_of_either_form_typed():
    thesaurus = Thesaurus({"asn": {"Aparatur Sipil Negara"}, "pns": {"Pegawai Negeri Sipil"}})
    assert thesaurus.defined("asn tidak netral") == [("asn", "Aparatur Sipil Negara")]
    assert thesaurus.defined("pegawai negeri sipil diberhentikan") == [
        ("Pegawai Negeri Sipil", "pns")]
    assert thesaurus.defined("aparatur sipil negara asn") == []   # both typed: nothing to add


def test_an_abbreviation_defined_two_ways_or_only_listed_is_no_defined_form():
    # "PT": a Perseroan Terbatas (UU 40/2007), a Pengadilan Tinggi elsewhere
    ambiguous = Thesaurus({"pt": {"Perseroan Terbatas", "Pengadilan Tinggi"}})
    assert ambiguous.defined("pt didirikan") == []
    # the curated synonym groups stay synonyms (their phrasings keep EXPANSION_BOOST)
    assert Thesaurus().defined("phk sepihak") == []
    assert Thesaurus().defined("asn tidak netral") == []


def test_a_unit_holding_the_other_form_holds_the_typed_form():
    forms = [(frozenset({"pegawai", "negeri", "sipil"}), frozenset({"pns"}))]
    assert as_typed(frozenset({"pns", "henti"}), forms) == {
        "pns", "henti", "pegawai", "negeri", "sipil"}
    assert as_typed(frozenset({"pegawai", "henti"}), forms) == {"pegawai", "henti"}


@pytest.mark.parametrize("query", ["pegawai negeri sipil diberhentikan tidak dengan hormat",
                                   "pns diberhentikan tidak dengan hormat",
                                   "pegawai negeri sipil diberhentikan"])
def test_either_form_typed_finds_the_law_in_force_that_writes_the_other(civil_service, query):
    hits = civil_service.search(query, limit=5).hits
    first = hits[0].citation
    assert first.startswith("Pasal 87 ") and first.endswith("UU 5/2014"), [
        h.citation for h in hits]
    revoked = next(h for h in hits if "UU 8/1974" in h.citation)
    assert revoked.standing == "revoked"
