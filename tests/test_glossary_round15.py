"""Words a QA round (session 21: a tax consultant, a union organiser) typed that found the
wrong articles or none: "SPT" (election articles; UU 6/1983 writes "Surat Pemberitahuan" and,
in a Penjelasan only, "untuk selanjutnya disebut SPT") and "union busting" ("No matching
articles"; UU 21/2000 Pasal 28 and 43: "menghalang-halangi atau memaksa pekerja/buruh").
"UU KUP pasal 7" and "UU Monopoli pasal 47", the laws' everyday names, were errors ("names no
regulation the index holds"). Texts: verbatim excerpts of uu/1983/6.md (lines 68-69, Pasal 6
(1) and Pasal 7), uu/2000/21.md (lines 130-136 and 188-190, Pasal 28 and 43) and uu/1999/5.md
(lines 262-263, Pasal 47 ayat (1)) of the scale corpus."""

import pytest

import regsearch

from .laws import indexed, law_text, opened

UU_6_1983 = law_text(6, 1983, "Ketentuan Umum dan Tata Cara Perpajakan", """Pasal 6
(1) Surat Pemberitahuan yang disampaikan langsung oleh Wajib Pajak ke Direktorat Jenderal Pajak harus diberi tanggal penerimaan oleh pejabat yang ditunjuk untuk itu, sedangkan untuk Surat Pemberitahuan Tahunan harus diberikan juga bukti penerimaan.
Pasal 7
Apabila Surat Pemberitahuan tidak disampaikan atau disampaikan tidak sesuai dengan batas waktu sebagaimana dimaksud dalam Pasal 3 ayat (3), dikenakan sanksi berupa denda administrasi sebesar Rp 10.000,- (sepuluh ribu rupiah).
""", "31 Desember 1983")

UU_21_2000 = law_text(21, 2000, "Serikat Pekerja/Serikat Buruh", """BAB VII PERLINDUNGAN HAK BERORGANISASI
Pasal 28
Siapapun dilarang menghalang-halangi atau memaksa pekerja/buruh untuk membentuk atau tidak membentuk, menjadi pengurus atau tidak menjadi pengurus, menjadi anggota atau tidak menjadi anggota dan/atau menjalankan atau tidak menjalankan kegiatan serikat pekerja/serikat buruh dengan cara :
a. melakukan pemutusan hubungan kerja, memberhentikan sementara, menurunkan jabatan, atau melakukan mutasi;
b. tidak membayar atau mengurangi upah pekerja/buruh;
c. melakukan intimidasi dalam bentuk apapun;
d. melakukan kampanye anti pembentukan serikat pekerja/serikat buruh.
Pasal 43
(1) Barang siapa yang menghalang-halangi atau memaksa pekerja/buruh sebagaimana dimaksud dalam Pasal 28, dikenakan sanksi pidana penjara paling singkat 1 (satu) tahun dan paling lama 5 (lima) tahun dan/atau denda paling sedikit Rp 100.000.000,00 (seratus juta rupiah) dan paling banyak Rp 500.000.000,00 (lima ratus juta rupiah).
(2) Tindak pidana sebagaimana dimaksud dalam ayat (1) merupakan tindak pidana kejahatan.
""", "4 Agustus 2000")


UU_5_1999 = law_text(5, 1999, "Larangan Praktek Monopoli dan Persaingan Usaha Tidak Sehat", """Pasal 47
(1) Komisi berwenang menjatuhkan sanksi berupa tindakan administratif terhadap pelaku usaha yang melanggar ketentuan Undang-undang ini.
""", "5 Maret 1999")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    yield from opened(tmp_path_factory.mktemp("round15"), {"uu-6-1983.md": UU_6_1983,
                                                         "uu-21-2000.md": UU_21_2000,
                                                         "uu-5-1999.md": UU_5_1999})


@pytest.mark.parametrize("query, read_as, first", [
    ("denda telat lapor SPT", "denda telat lapor surat pemberitahuan", "Pasal 7 UU 6/1983"),
    ("union busting", "menghalang-halangi atau memaksa pekerja/buruh", "Pasal 28 UU 21/2000"),
    ("union busting pidana", "menghalang-halangi atau memaksa pekerja/buruh pidana",
     "Pasal 43 ayat (1) UU 21/2000"),
])
def test_an_everyday_name_is_searched_as_the_statute_writes_it(index, query, read_as, first):
    result = index.search(query)
    assert result.read_as == read_as
    assert result.hits[0].citation == first


@pytest.mark.parametrize("typed, cited", [
    ("UU KUP pasal 7", "Pasal 7 UU 6/1983"), ("UU Monopoli pasal 47", "Pasal 47 UU 5/1999"),
    ("pasal 47 uu antimonopoli", "Pasal 47 UU 5/1999"),
])
def test_a_law_is_cited_by_its_everyday_name(index, typed, cited):
    assert index.show(typed).citation == cited


#: UU 11/2008 (ITE), uu/2008/11.md lines 136-138 and 207-208 verbatim: Pasal 27 ayat (1) and
#: its sanction, Pasal 45 ayat (1).
UU_11_2008 = law_text(11, 2008, "Informasi dan Transaksi Elektronik", """BAB VII PERBUATAN YANG DILARANG
Pasal 27
(1) Setiap Orang dengan sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan yang melanggar kesusilaan.
Pasal 45
(1) Setiap Orang yang memenuhi unsur sebagaimana dimaksud dalam Pasal 27 ayat (1), ayat (2), ayat (3), atau ayat (4) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling banyak Rp1.000.000.000,00 (satu miliar rupiah).
""", "21 April 2008")


def test_konten_asusila_is_searched_as_the_statute_writes_it(tmp_path):
    """QA round 16: "apa sanksi bagi penyebar konten asusila" found the Ormas sanctions of UU
    17/2013 (its "sanksi" alone matched); UU 11/2008 writes "muatan yang melanggar
    kesusilaan"."""
    with regsearch.open_index(indexed(tmp_path, {"uu-11-2008.md": UU_11_2008,
                                                 "uu-21-2000.md": UU_21_2000})) as idx:
        result = idx.search("apa sanksi bagi penyebar konten asusila", limit=2)
        assert "muatan yang melanggar kesusilaan" in (result.read_as or "")
        assert {h.pasal for h in result.hits} == {"27", "45"}

