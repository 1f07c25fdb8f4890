"""Regulations of types many bodies issue, several issuers sharing a number: Perda of Kota
and Kabupaten Semarang both 3/2019, Perbup of Semarang and Kendal both 5/2021, Permen of two
ministries both 1/2021 (synthetic texts, ``tests/fixtures/regional/README.md``), and BAPETEN's
regulations of the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import regsearch
from regsearch.errors import NotFoundError, QueryError
from regsearch.parse import parse_pages

REGIONAL = Path(__file__).resolve().parent / "fixtures" / "regional"


@pytest.fixture(scope="module")
def regional(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("regional") / "ix"
    report = regsearch.build_index([REGIONAL], index_dir)
    assert report.ok and not report.duplicates
    with regsearch.open_index(index_dir) as ix:
        yield ix


def test_every_issuers_regulation_is_indexed_under_its_own_id(regional):
    ids = {s.info.id for s in regional.regulations()}
    assert {"perda-kabupaten-semarang-3-2019", "perda-kota-semarang-3-2019",
            "perbup-semarang-5-2021", "perbup-kendal-5-2021",
            "permen-ketenagakerjaan-1-2021", "permen-dalam-negeri-1-2021"} <= ids


def test_an_amendment_naming_no_region_amends_its_own_issuers_regulation(regional):
    """QA: "Perubahan atas Peraturan Daerah Nomor 3 Tahun 2019" read "Daerah" as the issuer,
    so Kabupaten Semarang's Perda stayed "current" (and another region's could supersede it)."""
    original = regional.show("Perda Kabupaten Semarang 3/2019 Pasal 2")
    assert original.standing == "superseded"
    assert original.replaced_by == ("Pasal 2 PERDA Kabupaten Semarang 3/2019 sebagaimana diubah "
                                    "dengan PERDA Kabupaten Semarang 8/2022")
    assert regional.show("Perda Kota Semarang 3/2019 Pasal 2").standing == "current"
    listed = {s.info.id: s.amended_by for s in regional.regulations()}
    assert listed["perda-kabupaten-semarang-3-2019"] == ("PERDA Kabupaten Semarang 8/2022",)
    assert listed["perda-kota-semarang-3-2019"] == ()


@pytest.mark.parametrize("citation, text", [
    ("Perda Kabupaten Semarang 3/2019 Pasal 2", "laporan keuangan"),
    ("Perda Kab. Semarang 3/2019 Pasal 2", "laporan keuangan"),
    ("Peraturan Daerah Kabupaten Semarang Nomor 3 Tahun 2019 Pasal 2", "laporan keuangan"),
    ("Perda Kota Semarang 3/2019 Pasal 2", "angkutan umum"),
    ("Perbup Semarang Nomor: 5 Tahun 2021 Pasal 3", "TPP"),   # "Nomor:" as titles print it
])
def test_the_level_of_government_typed_tells_kota_from_kabupaten(regional, citation, text):
    """QA: "Kota" and "Kab." were dropped from the issuer typed, so no citation reached either."""
    assert text in regional.show(citation).text


def test_a_number_several_issuers_hold_asks_which(regional):
    with pytest.raises(QueryError, match=r"names 2 regulations in the index \(PERDA Kabupaten "
                                         r"Semarang 3/2019, PERDA Kota Semarang 3/2019\); name the"):
        regional.show("Perda Semarang 3/2019 Pasal 2")
    # … unless an amendment named with it settles which
    shown = regional.show("Pasal 3 Perbup 5/2021 sebagaimana diubah dengan Perbup 12/2022")
    assert shown.citation == "Pasal 3 PERBUP Semarang 5/2021 sebagaimana diubah dengan PERBUP Semarang 12/2022"


def test_an_issuer_not_held_names_every_one_held(regional):
    with pytest.raises(NotFoundError, match=r"PERBUP 5/2021 of Boyolali is not in the index; it holds "
                                            r"PERBUP Kendal 5/2021, PERBUP Semarang 5/2021"):
        regional.show("Perbup Boyolali 5/2021 Pasal 3")
    with pytest.raises(NotFoundError, match="of Kab. Semarang is not in the index"):
        regional.show("Perwali Kab. Semarang 5/2021 Pasal 2")   # a Wali Kota's is the Kota's


@pytest.mark.parametrize("typed, read_as", [
    ("upah minimum Permenaker", "upah minimum in PERMEN Ketenagakerjaan 1/2021"),
    ("tarif Perwali Kota Semarang", "tarif in PERWALI Semarang 5/2021"),
    ("TPP Perbup Kab. Semarang", "TPP in PERBUP Semarang 5/2021 and PERBUP Semarang 12/2022"),
])
def test_a_type_with_its_issuer_scopes_a_word_search_as_a_citation_would(regional, typed, read_as):
    """QA: these forms were searched as words everywhere, though citations read them."""
    assert regional.search(typed).read_as == read_as


def test_a_minister_in_the_type_picks_that_ministrys_permen(regional):
    assert "upah minimum" in regional.show("Permenaker 1/2021 Pasal 2").text
    assert "arsip dinamis" in regional.show("Permendagri 1/2021 Pasal 2").text


def test_a_regulation_without_pasal_is_an_error_with_an_example_of_its_own(regional):
    with pytest.raises(QueryError, match=r"write it like 'PERBUP Semarang 5/2021 Pasal 1'"):
        regional.show("Perbup Semarang 5/2021")


# --- BAPETEN, in the bundled corpus -----------------------------------------------------------

def test_a_regulation_held_only_through_its_amendment_is_searched_in_it(opened_index):
    """QA: "… Perka BAPETEN 7/2013" said it is not in the index, though PERKA BAPETEN 7/2017
    replaces its Lampiran I and III; its Lampiran citations now carry the issuer."""
    result = opened_index.search("nilai batas radioaktivitas Perka BAPETEN 7/2013")
    assert not result.missing
    assert result.hits[0].citation == "Lampiran I PERKA BAPETEN 7/2017"
    assert not opened_index.search("piutang menurut Perka BAPETEN tahun 2013").missing


# --- an issuer typed is a held one's whole name ------------------------------------------------
# (the regional fixtures hold PERGUB 1/2021 of Jawa Tengah and of DKI Jakarta)

def test_a_part_of_an_issuers_name_is_suggested_not_answered(regional):
    """QA: "Pergub Jawa 1/2021" showed Jawa Tengah's Pergub, the only Jawa one held, though
    Jawa Barat and Jawa Timur issue theirs too."""
    with pytest.raises(NotFoundError, match=r"^PERGUB 1/2021 of Jawa is not in the index; it holds "
                                            r"PERGUB DKI Jakarta 1/2021, PERGUB Jawa Tengah "
                                            r"1/2021: did you mean PERGUB Jawa Tengah 1/2021\?$"):
        regional.show("Pergub Jawa 1/2021 Pasal 2")
    with pytest.raises(NotFoundError, match="did you mean PERGUB Jawa Tengah 1/2021"):
        regional.search("biaya Pergub Jawa 1/2021")
    with pytest.raises(NotFoundError, match=r"of Jawa Barat is not in the index; .*, of other "
                                            r"issuers$"):
        regional.show("Pergub Jawa Barat 1/2021 Pasal 2")


@pytest.mark.parametrize("citation, text", [
    ("Pergub Jawa Tengah 1/2021 Pasal 2", "tidak dipungut biaya"),
    ("Pergub Jateng 1/2021 Pasal 2", "tidak dipungut biaya"),        # its beginnings run together
    ("Pergub Provinsi Jawa Tengah 1/2021 Pasal 2", "tidak dipungut biaya"),
    ("Pergub DKI Jakarta 1/2021 Pasal 2", "memilah sampah"),
    ("Pergub Jakarta 1/2021 Pasal 2", "memilah sampah"),            # its status left out
    ("Pergub DKI 1/2021 Pasal 2", "memilah sampah"),                # the one DKI
])
def test_a_held_issuer_is_read_by_its_whole_name_or_its_short_forms(regional, citation, text):
    assert text in regional.show(citation).text


@pytest.mark.parametrize("citation, text", [
    ("Permen Naker 1/2021 Pasal 2", "upah minimum"),
    ("Kemnaker 1/2021 Pasal 2", "upah minimum"),
    ("Permen Dagri 1/2021 Pasal 2", "arsip dinamis"),
    ("Kemendagri 1/2021 Pasal 2", "arsip dinamis"),
    ("Pasal 2 Permen Dalam Negeri Nomor 1 Tahun 2021", "arsip dinamis"),
])
def test_a_ministry_is_read_in_the_forms_people_type(regional, citation, text):
    """QA: "Permen Naker", "Permen Dagri" were issuers no title held, "Kemendagri 1/2021" no
    regulation at all."""
    assert text in regional.show(citation).text


@pytest.mark.parametrize("citation, written", [
    ("Pergub 1/2021 Pasal 2", ["Pergub DKI Jakarta 1/2021", "Pergub Jawa Tengah 1/2021"]),
    ("Pasal 2 Peraturan Daerah Nomor 3 Tahun 2019",
     ["Peraturan Daerah Kabupaten Semarang Nomor 3 Tahun 2019",
      "Peraturan Daerah Kota Semarang Nomor 3 Tahun 2019"]),
    ("Perda Semarang 3/2019 Pasal 2", ["Perda Kabupaten Semarang 3/2019",
                                       "Perda Kota Semarang 3/2019"]),
])
def test_a_number_several_issuers_hold_lists_each_as_typed_with_its_issuer(regional, citation,
                                                                           written):
    """QA: the question named only the first one held, as regsearch cites it."""
    with pytest.raises(QueryError) as asked:
        regional.show(citation)
    assert str(asked.value).endswith("name the issuer: write " + " or ".join(f"'{w}'" for w in written))
    for each in written:   # each suggestion is a citation that answers
        assert regional.show(f"{each} Pasal 2").pasal == "2"


def test_a_type_named_by_an_issuer_not_held_says_so_before_its_words_are_searched(regional):
    """QA: "jabatan Pergub Jawa Barat" was searched as words without a word on why."""
    result = regional.search("sampah Pergub Jawa Barat")
    assert result.missing == ("the index holds no PERGUB of Jawa Barat (it holds PERGUB of DKI "
                              "Jakarta and Jawa Tengah); the words were searched",)
    assert result.hits   # the words were searched
    assert regional.search("sampah Pergub Jawa").missing == (
        "the index holds no PERGUB of Jawa (did you mean Pergub Jawa Tengah?); the words were "
        "searched",)
    assert regional.search("arsip Permenkes").missing == (
        "the index holds no PERMEN of Kesehatan (it holds PERMEN of Ketenagakerjaan and Dalam "
        "Negeri); the words were searched",)
    # words in lower case after a type are words to search, unless a part of an issuer held
    assert not regional.search("Pergub sampah").missing
    assert not regional.search("sampah Pergub Jakarta").missing   # held: searched in it
    # an abbreviation the glossary knows says what a Perda is about, not who issued it (QA 15)
    assert not regional.search("kepala daerah tidak menetapkan perda APBD").missing


def test_a_fragment_of_bali_is_not_bali(opened_index):
    with pytest.raises(NotFoundError, match=r"of Bal is not in the index; it holds PERGUB Bali "
                                            r"1/2021: did you mean PERGUB Bali 1/2021\?"):
        opened_index.show("Pergub Bal 1/2021 Pasal 1")
    result = opened_index.search("jabatan Pergub Jawa Barat")
    assert result.missing == ("the index holds no PERGUB of Jawa Barat (it holds PERGUB of Bali); "
                              "the words were searched",)


# --- a title printed in capitals, read in the regulation's own casing ---------------------------

def test_a_ministry_named_in_a_title_in_capitals_keeps_its_official_case(regional):
    """QA: "MENTERI DALAM NEGERI" was printed "Menteri dalam Negeri" ("dalam" is a small
    word), though the text writes "Peraturan Menteri Dalam Negeri" in its own prose."""
    titles = {s.info.id: s.info.title for s in regional.regulations()}
    assert titles["permen-dalam-negeri-1-2021"] == (
        "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2021 tentang "
        "Pengelolaan Arsip Dinamis di Lingkungan Kementerian Dalam Negeri")
    # a small word of a title cited in prose ("… tentang Perubahan Atas …") stays small
    assert titles["perbup-semarang-12-2022"].startswith(
        "Peraturan Bupati Semarang Nomor 12 Tahun 2022 tentang Perubahan atas Peraturan Bupati")


def test_an_acronym_in_a_title_in_capitals_stays_one():
    """QA: an acronym of a title in capitals was title-cased ("Tpp"); the regulation's prose
    writes it in capitals ("… yang selanjutnya disingkat TPP adalah …")."""
    text = (REGIONAL / "perbup-semarang-5-2021.txt").read_text(encoding="utf-8").replace(
        "TATA CARA PEMBERIAN TAMBAHAN PENGHASILAN PEGAWAI APARATUR SIPIL NEGARA DI LINGKUNGAN "
        "PEMERINTAH KABUPATEN SEMARANG\nDENGAN", "PEMBERIAN TPP BAGI PEGAWAI\nDENGAN", 1)
    regulation = parse_pages([text], path="perbup-semarang-5-2021.txt", paged=False)
    assert regulation.title == "Peraturan Bupati Semarang Nomor 5 Tahun 2021 tentang Pemberian TPP bagi Pegawai"
