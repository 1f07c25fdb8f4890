"""A law's short name glued to "UU" that the glossary knows is also read as the glossary's
name of it: "UUPA" is the Undang-Undang Pokok Agraria (UU 5/1960, "Peraturan Dasar
Pokok-Pokok Agraria") to a land lawyer. Split as "UU PA" only, its initials fitted
"Perlindungan Anak", and "UUPA pasal 20" was searched as UU 23/2002 Pasal 20 (QA round 13);
read as the agrarian law only, "Pasal 76C UUPA" — a child-protection worker's name for UU
23/2002 — was an error (QA round 14). With both laws indexed the name is either, and the Pasal
or the words tell which. Texts are verbatim excerpts of uu/1960/5.md and uu/2002/23.md of the
scale corpus."""

from __future__ import annotations

import pytest

import regsearch

from .laws import indexed, law_text, opened

UU_5_1960 = law_text(5, 1960, "Peraturan Dasar Pokok-Pokok Agraria", """BAB II HAK-HAK ATAS TANAH, AIR DAN RUANG ANGKASA SERTA PENDAFTARAN TANAH
Pasal 16
(1) Hak-hak atas tanah sebagai yang dimaksud dalam pasal 4 ayat (1) ialah:
a. hak milik, b. hak guna-usaha, c. hak guna-bangunan, d. hak pakai, e. hak sewa, f. hak membuka tanah, g. hak memungut-hasil hutan.
Pasal 17
(1) Dengan mengingat ketentuan dalam pasal 7 maka untuk mencapai tujuan yang dimaksud dalam pasal 2 ayat (3) diatur luas maksimum dan/atau minimum tanah yang boleh dipunyai dengan sesuatu hak tersebut dalam pasal 16 oleh satu keluarga atau badan hukum.
""", "24 September 1960")

UU_23_2002 = law_text(23, 2002, "Perlindungan Anak", """Pasal 16
Setiap anak berhak memperoleh perlindungan dari sasaran penganiayaan, penyiksaan, atau penjatuhan hukuman yang tidak manusiawi.
Pasal 20
Negara, pemerintah, masyarakat, keluarga, dan orang tua berkewajiban dan bertanggung jawab terhadap penyelenggaraan perlindungan anak.
""", "22 Oktober 2002")


@pytest.fixture(scope="module")
def land_and_children(tmp_path_factory):
    yield from opened(tmp_path_factory.mktemp("uupa"), {"uu-5-1960.md": UU_5_1960,
                                                      "uu-23-2002.md": UU_23_2002})


def test_uupa_is_either_law_and_the_pasal_tells_which(land_and_children):
    assert land_and_children.show("UUPA Pasal 17").regulation.number == "5"    # only UU 5/1960
    assert land_and_children.show("UUPA Pasal 20").regulation.number == "23"   # only UU 23/2002
    result = land_and_children.search("UUPA pasal 16", limit=3)
    assert result.read_as == "UU 5/1960 dan UU 23/2002 pasal 16"
    assert sorted(h.citation for h in result.hits) == ["Pasal 16 UU 23/2002",
                                                       "Pasal 16 UU 5/1960"]


@pytest.mark.parametrize("held, number", [(UU_5_1960, "5"), (UU_23_2002, "23")])
def test_uupa_is_the_one_law_of_either_name_indexed(tmp_path, held, number):
    index = indexed(tmp_path, {f"uu-{number}.md": held})
    with regsearch.open_index(index) as idx:
        assert idx.show("UUPA Pasal 16").regulation.number == number
