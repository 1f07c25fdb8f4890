"""An abbreviation defined without "yang" ("Kartu Tanda Penduduk Elektronik, selanjutnya
disingkat KTP-el": 331 of the definitions in the UU texts write no "yang") or with a hyphen in
its short form (KTP-el, PBB-P2, UKL-UPL) is harvested like "… yang selanjutnya disingkat KPU".
Unharvested, "e-KTP seumur hidup" found the glossary's two phrasings of e-KTP in the index
("kartu tanda penduduk elektronik", "ktp-el"), read it as neither, and ranked the penal code's
"pidana penjara seumur hidup" above UU 24/2013 Pasal 64 ayat (7). Texts are verbatim excerpts
of uu/2013/24.md and uu/2023/1.md of the scale corpus, trimmed to a few articles."""

from __future__ import annotations

import pytest

from regsearch.expand import Thesaurus, harvest_abbreviations
from regsearch.reading import _one_term_once

from .laws import law_text, opened

UU_24_2013 = law_text(24, 2013, "Administrasi Kependudukan", """BAB I KETENTUAN UMUM
Pasal 1
Dalam Undang-Undang ini yang dimaksud dengan:
14. Kartu Tanda Penduduk Elektronik, selanjutnya disingkat KTP-el, adalah Kartu Tanda Penduduk yang dilengkapi cip yang merupakan identitas resmi penduduk sebagai bukti diri yang diterbitkan oleh Instansi Pelaksana.
BAB II DOKUMEN KEPENDUDUKAN
Pasal 64
(1) KTP-el mencantumkan gambar lambang Garuda Pancasila dan peta wilayah Negara Kesatuan Republik Indonesia, memuat elemen data penduduk, yaitu NIK, nama, tempat tanggal lahir, laki-laki atau perempuan, agama, status perkawinan, golongan darah, alamat, pekerjaan, kewarganegaraan, pas foto, masa berlaku, tempat dan tanggal dikeluarkan KTP-el, dan tandatangan pemilik KTP-el.
(6) Dalam KTP-el sebagaimana dimaksud pada ayat (1) tersimpan cip yang memuat rekaman elektronik data perseorangan.
(7) KTP-el untuk:
a. Warga Negara Indonesia masa berlakunya seumur hidup; dan
b. Orang Asing masa berlakunya disesuaikan dengan masa berlaku Izin Tinggal Tetap.
""", "24 Desember 2013")

UU_1_2023 = law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", """BAB III PEMIDANAAN
Pasal 68
(1) Pidana penjara dijatuhkan untuk seumur hidup atau untuk waktu tertentu.
(3) Dalam hal terdapat pilihan antara pidana mati dan pidana penjara seumur hidup atau terdapat pemberatan pidana atas Tindak Pidana yang dijatuhi pidana penjara 15 (lima belas) tahun, pidana penjara untuk waktu tertentu dapat dijatuhkan untuk waktu 20 (dua puluh) tahun berturut turut.
Pasal 69
(1) Jika narapidana yang menjalani pidana penjara seumur hidup telah menjalani pidana penjara paling singkat 15 (lima belas) tahun, pidana penjara seumur hidup dapat diubah menjadi pidana penjara 20 (dua puluh) tahun dengan Keputusan Presiden setelah mendapatkan pertimbangan Mahkamah Agung.
""", "2 Januari 2023")


def test_a_definition_without_yang_and_a_hyphenated_short_form_are_harvested():
    units = ["Kartu Tanda Penduduk Elektronik, selanjutnya disingkat KTP-el, adalah Kartu "
             "Tanda Penduduk yang dilengkapi cip",
             "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan yang selanjutnya disingkat "
             "PBB-P2 adalah Pajak Bumi dan Bangunan",
             # an ordinary word defined stays unharvested, with or without "yang"
             "Pemilihan Gubernur, selanjutnya disebut Pemilihan adalah pelaksanaan"]
    assert harvest_abbreviations(units) == {
        "ktp-el": "Kartu Tanda Penduduk Elektronik",
        "pbb-p2": "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan"}


def test_the_two_forms_of_a_defined_abbreviation_are_one_phrasing():
    thesaurus = Thesaurus({"ktp-el": {"Kartu Tanda Penduduk Elektronik"}})
    both = {("kartu", "tanda", "duduk", "elektronik"): ["kartu", "tanda", "penduduk",
                                                         "elektronik"],
            ("ktp-el",): ["ktp-el"]}
    assert list(_one_term_once(both, thesaurus)) == [("kartu", "tanda", "duduk", "elektronik")]
    # two phrasings no definition joins stay two (the word is left to the expansions)
    assert len(_one_term_once(both, Thesaurus())) == 2


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    yield from opened(tmp_path_factory.mktemp("ktp"), {"uu-24-2013.md": UU_24_2013,
                                                     "uu-1-2023.md": UU_1_2023})


def test_an_everyday_name_of_a_defined_abbreviation_is_read_as_it(population):
    result = population.search("e-KTP seumur hidup", limit=3)
    assert result.read_as == "kartu tanda penduduk elektronik seumur hidup"
    assert result.hits[0].citation == "Pasal 64 ayat (7) huruf a UU 24/2013", [
        h.citation for h in result.hits]
