"""Regulations named by their title ("UU Ketenagakerjaan Pasal 156", "pesangon menurut UU
Ketenagakerjaan") and regulations named without a Pasal ("pesangon UU 13/2003", "UU
13/2003"): the pure reader on titles as the corpus prints them, then the real index."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from regsearch.cli import main
from regsearch.errors import NotFoundError, QueryError
from regsearch.expand import Thesaurus
from regsearch.models import RegulationRef
from regsearch.legal import issuer_name, issuers_named
from regsearch.titles import (TitleCatalogue, TitledRegulation, issuer_in_title,
                              issuer_part_of_title, names_a_type,
                              subject_names)

UU = "Undang-Undang Republik Indonesia"
#: Titles exactly as the bundled corpus holds them (``regsearch list``).
TITLES = [
    (RegulationRef("UU", "13", 2003), f"{UU} Nomor 13 Tahun 2003 tentang Ketenagakerjaan", False),
    (RegulationRef("UU", "7", 2017), f"{UU} Nomor 7 Tahun 2017 tentang Pemilihan Umum", False),
    (RegulationRef("UU", "22", 2014),
     f"{UU} Nomor 22 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota", True),
    (RegulationRef("UU", "1", 2015),
     f"{UU} Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang "
     "Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
     False),
    (RegulationRef("UU", "10", 2016),
     f"{UU} Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 "
     "tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang "
     "Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang", False),
    (RegulationRef("PERPRES", "74", 2012), "Peraturan Presiden Republik Indonesia Nomor 74 Tahun "
     "2012 tentang Pertanggungjawaban Kerugian Nuklir", False),
    (RegulationRef("POJK", "11", 2024), "Peraturan Otoritas Jasa Keuangan Republik Indonesia "
     "Nomor 11 Tahun 2024 tentang Perubahan Kedua atas Peraturan Otoritas Jasa Keuangan Nomor "
     "18/POJK.03/2017 tentang Pelaporan dan Permintaan Informasi Debitur melalui Sistem "
     "Layanan Informasi Keuangan", False),
]


@pytest.fixture(scope="module")
def titles():
    return TitleCatalogue(TitledRegulation(ref, title, revoked) for ref, title, revoked in TITLES)


@pytest.fixture(scope="module")
def phrasings():
    return Thesaurus().expansions


def test_a_title_names_its_regulation_an_amendment_the_one_it_amends():
    assert subject_names(*TITLES[0][:2]) == [(RegulationRef("UU", "13", 2003), "Ketenagakerjaan")]
    subject = "Pemilihan Gubernur, Bupati, dan Walikota"
    assert subject_names(*TITLES[3][:2]) == [(RegulationRef("UU", "1", 2015), subject),
                                              (RegulationRef("PERPPU", "1", 2014), subject)]
    # the second amendment of that act names what the act names
    assert subject_names(*TITLES[4][:2]) == subject_names(*TITLES[3][:2])
    assert subject_names(RegulationRef("UU", "1", 2000), "Undang-Undang Nomor 1") == []


@pytest.mark.parametrize("typed, read", [
    ("UU Ketenagakerjaan Pasal 156", "UU 13/2003 Pasal 156"),
    ("Pasal 156 Undang-Undang Ketenagakerjaan", "Pasal 156 UU 13/2003"),
    ("pesangon menurut uu ketenagakerjaan", "pesangon menurut UU 13/2003"),
    ("UU tentang Ketenagakerjaan", "UU 13/2003"),
    # through the abbreviation; the revoked UU 22/2014 has the same subject
    ("UU Pemilu Pasal 170", "UU 7/2017 Pasal 170"),
    ("Pasal 7 UU Pilkada", "Pasal 7 UU 1/2015"),
    ("Pasal 7 Perppu Pilkada", "Pasal 7 PERPPU 1/2014"),
    ("UU Pemilihan Gubernur, Bupati, dan Wali Kota", "UU 1/2015"),
    ("Perpres Pertanggungjawaban Kerugian Nuklir Pasal 4", "PERPRES 74/2012 Pasal 4"),
    # an amendment names the regulation it amends
    ("POJK Pelaporan dan Permintaan Informasi Debitur melalui Sistem Layanan Informasi "
     "Keuangan Pasal 2", "POJK 18/2017 Pasal 2"),
    # a regulation's own title after its number is the citation's, not words to search
    ("UU 13/2003 tentang Ketenagakerjaan pesangon", "UU 13/2003 pesangon"),
    ("Pasal 156 UU 13/2003, tentang Ketenagakerjaan", "Pasal 156 UU 13/2003"),
])
def test_a_regulation_named_by_its_title_is_read_as_its_number(titles, phrasings, typed, read):
    assert names_a_type(typed)
    assert titles.read(typed, phrasings) == read


@pytest.mark.parametrize("typed", [
    "apakah perda boleh memuat ketentuan pidana",     # no Perda of that subject
    "PP Ketenagakerjaan Pasal 156",                    # the subject is a UU's
    "UU Pemilihan Pasal 1",                            # part of a subject names nothing
    "UU 13/2003 tentang Pemilihan Umum",               # another regulation's title
    "hierarki peraturan perundang-undangan",
    "UU 13/2003 Pasal 156",
])
def test_words_no_title_holds_are_left_as_typed(titles, phrasings, typed):
    assert titles.read(typed, phrasings) == typed


def test_the_longest_name_and_the_newest_regulation_in_force_are_meant():
    law = "Undang-Undang Nomor {} Tahun {} tentang {}"
    catalogue = TitleCatalogue([
        TitledRegulation(RegulationRef("UU", "15", 1992), law.format(15, 1992, "Penerbangan"), True),
        TitledRegulation(RegulationRef("UU", "83", 1958), law.format(83, 1958, "Penerbangan")),
        TitledRegulation(RegulationRef("UU", "1", 2009), law.format(1, 2009, "Penerbangan")),
        TitledRegulation(RegulationRef("UU", "8", 2012), law.format(
            8, 2012, "Pemilihan Umum Anggota Dewan Perwakilan Rakyat")),
        TitledRegulation(RegulationRef("UU", "7", 2017), law.format(7, 2017, "Pemilihan Umum")),
    ])
    assert catalogue.read("UU Penerbangan Pasal 1") == "UU 1/2009 Pasal 1"
    assert catalogue.read("UU Pemilihan Umum Anggota Dewan Perwakilan Rakyat Pasal 5"
                          ) == "UU 8/2012 Pasal 5"
    assert catalogue.read("UU Pemilihan Umum anggota") == "UU 7/2017 anggota"


def test_a_type_without_a_number_is_what_makes_titles_worth_reading():
    assert not names_a_type("upah minimum") and not names_a_type("Pasal 7 UU 10/2016")
    assert names_a_type("UU 13/2003 tentang Ketenagakerjaan")


# ------------------------------------------------------------------ the real index
def test_a_citation_by_title_is_answered_and_says_how_it_was_read(opened_index):
    result = opened_index.search("UU Ketenagakerjaan Pasal 156")
    assert [h.citation for h in result.hits] == ["Pasal 156 UU 13/2003"]
    assert result.query == "UU Ketenagakerjaan Pasal 156"
    assert result.read_as == "UU 13/2003 Pasal 156"
    assert opened_index.show("UU Pemilu Pasal 170").citation == "Pasal 170 UU 7/2017"
    with pytest.raises(NotFoundError, match="'UU Kete' names no regulation the index holds"):
        opened_index.show("UU Kete Pasal 156")


def test_the_regulation_option_takes_a_title(opened_index):
    by_title = opened_index.search("pesangon", regulation="UU Ketenagakerjaan", limit=50)
    by_number = opened_index.search("pesangon", regulation="UU 13/2003", limit=50)
    assert by_title.hits and [h.citation for h in by_title.hits] == [
        h.citation for h in by_number.hits]
    with pytest.raises(NotFoundError, match="'UU Perikanan' names no regulation the index"):
        opened_index.search("pesangon", regulation="UU Perikanan")


def test_words_beside_a_regulation_are_searched_in_it(opened_index):
    everywhere = opened_index.search("sanksi", limit=50)
    assert {h.regulation.id for h in everywhere.hits} - {"uu-13-2003"}
    for typed in ("sanksi UU 13/2003", "sanksi menurut UU Ketenagakerjaan",
                  "UU 13/2003 tentang Ketenagakerjaan sanksi"):
        result = opened_index.search(typed, limit=50)
        assert result.hits and {h.regulation.id for h in result.hits} == {"uu-13-2003"}, typed
        assert result.read_as == "sanksi in UU 13/2003", typed
        assert result.total < everywhere.total


def test_a_regulation_named_alone_lists_its_articles_in_order(opened_index):
    held = {s.info.id: s.articles for s in opened_index.regulations()}
    result = opened_index.search("UU 13/2003", limit=3)
    assert [h.citation for h in result.hits] == [f"Pasal {n} UU 13/2003" for n in (1, 2, 3)]
    # its articles, then its Penjelasan Umum (a section document, listed last)
    assert result.total == held["uu-13-2003"] + 1
    everything = opened_index.search("UU 13/2003", limit=result.total)
    assert everything.hits[-1].citation == "Penjelasan Umum UU 13/2003"
    assert all(hit.pasal for hit in everything.hits[:-1])
    assert opened_index.search("UU Ketenagakerjaan", limit=3).hits == result.hits


def test_a_regulation_the_index_lacks_is_named(opened_index):
    result = opened_index.search("sanksi UU 99/2003")
    assert result.hits and result.read_as is None
    assert result.missing == ("UU 99/2003 is not in the index; `regsearch list` shows what is "
                              "(the other words were searched)",)
    with pytest.raises(NotFoundError, match="UU 99/2003 is not in the index"):
        opened_index.search("UU 99/2003")


def test_the_shell_says_how_a_title_was_read(corpus_index):
    out = CliRunner().invoke(main, ["query", "Pasal 7 UU Pilkada", "--index", str(corpus_index),
                                    "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    # a law named by its title is the text in force: as its newest amendment left it
    assert data["query"] == "Pasal 7 UU Pilkada"
    assert data["read_as"] == "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    assert [h["citation"] for h in data["hits"]] == [
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"]
    shown = CliRunner().invoke(main, ["query", "UU Ketenagakerjaan Pasal 156", "--index",
                                      str(corpus_index)])
    assert "Searched as: UU 13/2003 Pasal 156" in shown.stderr


@pytest.mark.parametrize("query, name", [("UU Perbankan Pasal 5", "UU Perbankan"),
                                         ("sanksi dalam perda Pasal 15", "perda")])
def test_a_pasal_of_a_title_the_index_lacks_is_no_word_search(opened_index, query, name):
    # it was searched as the words "undang-undang Perbankan Pasal 5" (UU 12/2011 came first)
    with pytest.raises(NotFoundError, match=f"'{name}' names no regulation the index holds"):
        opened_index.search(query)


def test_a_perppu_named_alone_is_found_in_the_act_enacting_it(opened_index):
    listed = opened_index.search("Perppu Pilkada", limit=300)
    assert listed.read_as == "PERPPU 1/2014"
    assert any(h.citation == "Pasal 7 Lampiran UU 1/2015" for h in listed.hits)
    assert opened_index.search("kampanye Perppu 1/2014").read_as == "kampanye in UU 1/2015"


def test_a_regulation_named_in_the_query_outside_the_filters_is_said(opened_index):
    with pytest.raises(NotFoundError, match="UU 13/2003, named in the query, is outside the "
                                            "filters given"):
        opened_index.search("pesangon UU 13/2003", type="PP")
    with pytest.raises(NotFoundError, match="Pasal 156 UU 13/2003 is outside the filters"):
        opened_index.search("UU Ketenagakerjaan Pasal 156", type="PP")


def test_the_query_reported_is_the_query_typed(opened_index):
    for typed in ("pesangon menurut UU 13/2003", "UU Ketenagakerjaan Pasal 156", "PHK"):
        assert opened_index.search(typed).query == typed


@pytest.mark.parametrize("typed, read", [
    ("UU Pilkada 2016 Pasal 7", "UU 10/2016 Pasal 7"),          # the amendment of that year
    ("UU Pilkada tahun 2014 Pasal 7", "UU 22/2014 Pasal 7"),     # the law it replaced
    # the version found is named: UU 10/2016 left Pasal 1 as UU 8/2015 worded it, beside UU
    # 1/2015's own Pasal 1 (QA s14 #11: "diubah dengan UU 10/2016" named a text it never made)
    ("UU Pilkada Pasal 1", "UU 1/2015 sebagaimana telah diubah terakhir dengan UU 10/2016 Pasal 1"),
    ("UU Pilkada Pasal 69", "UU 1/2015 sebagaimana diubah dengan UU 8/2015 Pasal 69"),
    ("UU Pilkada Pasal 7", "UU 1/2015 sebagaimana diubah dengan UU 10/2016 Pasal 7"),
])
def test_a_year_after_a_title_picks_the_regulation_of_that_year(opened_index, typed, read):
    assert opened_index.search(typed).read_as == read


def test_the_year_filter_picks_among_regulations_of_one_name(opened_index):
    assert opened_index.search("UU Pilkada Pasal 7", year=2014).read_as == "UU 22/2014 Pasal 7"


def test_a_year_no_regulation_of_that_name_has_is_not_read_away(opened_index):
    with pytest.raises(NotFoundError, match="'UU Pilkada 1999' names no regulation"):
        opened_index.search("UU Pilkada 1999 Pasal 7")


def test_an_abbreviation_that_includes_the_type_names_the_law(phrasings):
    catalogue = TitleCatalogue([TitledRegulation(
        RegulationRef("UU", "11", 2008), "Undang-Undang Republik Indonesia Nomor 11 Tahun 2008 "
        "tentang Informasi dan Transaksi Elektronik")])
    assert catalogue.read("UU ITE Pasal 27", phrasings) == "UU 11/2008 Pasal 27"   # "uu ite"


def test_a_pasal_asked_through_a_titled_regulation_option_is_the_text_in_force(opened_index):
    by_option = opened_index.search("Pasal 7 ayat (2) huruf g", regulation="UU Pilkada")
    in_query = opened_index.search("Pasal 7 ayat (2) huruf g UU Pilkada")
    assert [h.citation for h in by_option.hits] == [h.citation for h in in_query.hits] == [
        "Pasal 7 ayat (2) huruf g UU 1/2015 sebagaimana diubah dengan UU 10/2016"]
    by_year = opened_index.search("Pasal 7", regulation="UU Pilkada", year=2014)
    assert [h.citation for h in by_year.hits] == ["Pasal 7 UU 22/2014"]


def test_a_version_without_the_unit_cited_is_not_listed(opened_index):
    # the original Pasal 7 (Lampiran UU 1/2015) and UU 8/2015's have no ayat (2)
    hits = opened_index.search("Pasal 7 ayat (2) huruf g UU 1/2015").hits
    assert [h.citation for h in hits] == [
        "Pasal 7 ayat (2) huruf g UU 1/2015 sebagaimana diubah dengan UU 10/2016"]


@pytest.mark.parametrize("typed", ["sanksi dalam UU Pilkada sebagaimana telah diubah",
                                   "sanksi UU Pilkada yang telah diubah dengan UU 10/2016"])
def test_words_saying_a_law_was_amended_are_not_searched(opened_index, typed):
    assert opened_index.search(typed).read_as == "sanksi in UU 1/2015"


def test_an_amendment_written_after_a_title_is_not_added_twice(opened_index):
    result = opened_index.search("UU Pilkada sebagaimana diubah dengan UU 10/2016")
    assert result.read_as == "UU 1/2015 sebagaimana diubah dengan UU 10/2016"


@pytest.mark.parametrize("query, regulation", [
    ("dana kampanye menurut UU Pilkada", None),
    ("dana kampanye", "UU Pilkada"),
    ("dana kampanye UU 1/2015", None),
])
def test_words_in_one_law_list_its_text_in_force_before_superseded_wordings(
        opened_index, query, regulation):
    """"dana kampanye menurut UU Pilkada" listed Pasal 74 ayat (1) three times at the top (the
    2016 text, then the 2015 and 2014 wordings it replaced) before any other article: a query
    about one law asks what it says now. The older wordings follow, still listed."""
    hits = opened_index.search(query, limit=100, regulation=regulation).hits
    standings = [hit.standing for hit in hits]
    assert "superseded" in standings   # listed, not hidden
    first_older = standings.index("superseded")
    assert first_older >= 5 and set(standings[:first_older]) == {"current"}
    assert "current" not in standings[first_older:]   # all of them first (QA: not per page)
    assert [h.pasal for h in hits[:2]] == ["74", "75"]
    assert hits[0].regulation.id == "uu-10-2016"


def test_words_anywhere_keep_an_articles_versions_together(opened_index):
    """Without a law named the judges' view holds: an older wording is what a case from before
    the amendment turns on, so it stays beside the text in force."""
    hits = opened_index.search("dana kampanye", limit=5).hits
    assert [h.standing for h in hits[:3]] == ["current", "superseded", "superseded"]
    assert len({h.pasal for h in hits[:3]}) == 1


# --- the issuer a citation names (types many bodies issue) -----------------------------------

@pytest.mark.parametrize("issuer, title, printed", [
    ("Bali", "Peraturan Gubernur Bali Nomor 1 Tahun 2021 tentang Kelas Jabatan", True),
    ("Jawa Barat", "Peraturan Gubernur Bali Nomor 1 Tahun 2021 tentang Kelas Jabatan", False),
    ("Jabar", "Peraturan Gubernur Jawa Barat Nomor 1 Tahun 2021", True),
    ("NTB", "Peraturan Gubernur Nusa Tenggara Barat Nomor 3 Tahun 2021", True),
    ("BAPETEN", "Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 3 Tahun 2012", True),
    ("BPOM", "Peraturan Badan Pengawas Obat dan Makanan Nomor 1 Tahun 2020", True),
    # words after the number are the subject, not the issuer
    ("Jabar", "Peraturan Gubernur Bali Nomor 1 Tahun 2021 tentang Jabatan Barat", False),
    # the whole name, not a part of it
    ("Bal", "Peraturan Gubernur Bali Nomor 1 Tahun 2021", False),
    ("Jawa", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", False),
    ("Tengah", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", False),
    ("Jateng", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", True),
    ("Jab", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", False),
    ("Babel", "Peraturan Gubernur Kepulauan Bangka Belitung Nomor 2 Tahun 2020", True),
    ("Riau", "Peraturan Gubernur Kepulauan Riau Nomor 2 Tahun 2020", False),  # another province
    # QA: "Kepulauan" may be left out where what is left is no region of its own
    ("Bangka Belitung", "Peraturan Gubernur Kepulauan Bangka Belitung Nomor 2 Tahun 2020", True),
    ("Bangka", "Peraturan Gubernur Kepulauan Bangka Belitung Nomor 2 Tahun 2020", False),
    ("Mentawai", "Peraturan Bupati Kepulauan Mentawai Nomor 4 Tahun 2019", True),
    ("Kepri", "Peraturan Gubernur Kepulauan Riau Nomor 2 Tahun 2020", True),
    # QA: "Jab" is a cut-off "Jabar": a run of beginnings is initials or ends in a syllable
    ("Jab", "Peraturan Gubernur Jawa Barat Nomor 1 Tahun 2021", False),
    ("Jawab", "Peraturan Gubernur Jawa Barat Nomor 1 Tahun 2021", False),
    ("Kaltim", "Peraturan Gubernur Kalimantan Timur Nomor 3 Tahun 2020", True),
    ("Sumut", "Peraturan Gubernur Sumatera Utara Nomor 3 Tahun 2020", True),
    ("DIY", "Peraturan Gubernur Daerah Istimewa Yogyakarta Nomor 3 Tahun 2020", True),
    # the level of government or the country may be left out; typed, it must be the title's
    ("Provinsi Bali", "Peraturan Gubernur Bali Nomor 1 Tahun 2021", True),
    ("Semarang", "Peraturan Daerah Kota Semarang Nomor 3 Tahun 2019", True),
    ("Kab. Semarang", "Peraturan Daerah Kota Semarang Nomor 3 Tahun 2019", False),
    ("Kab. Semarang", "Peraturan Bupati Semarang Nomor 5 Tahun 2021", True),   # a Bupati's
    ("Kota Semarang", "Peraturan Wali Kota Semarang Nomor 5 Tahun 2021", True),
    ("Jakarta", "Peraturan Gubernur Daerah Khusus Ibukota Jakarta Nomor 1 Tahun 2021", True),
    ("DKI", "Peraturan Gubernur Daerah Khusus Ibukota Jakarta Nomor 1 Tahun 2021", True),
    # a ministry as people shorten it
    ("Naker", "Peraturan Menteri Ketenagakerjaan Republik Indonesia Nomor 1 Tahun 2021", True),
    ("Dagri", "Peraturan Menteri dalam Negeri Republik Indonesia Nomor 1 Tahun 2021", True),
    ("Negeri", "Peraturan Menteri dalam Negeri Republik Indonesia Nomor 1 Tahun 2021", False),
    ("Pendidikan Kebudayaan", "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 3", True),
])
def test_an_issuer_is_read_in_the_title_as_written_or_abbreviated(issuer, title, printed):
    assert issuer_in_title(issuer, title) is printed


@pytest.mark.parametrize("issuer, title, part", [
    ("Bal", "Peraturan Gubernur Bali Nomor 1 Tahun 2021", True),
    ("Jawa", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", True),
    ("Jawa Barat", "Peraturan Gubernur Jawa Tengah Nomor 1 Tahun 2021", False),
    ("Jakarta", "Peraturan Gubernur Bali Nomor 1 Tahun 2021", False),
    ("Jab", "Peraturan Gubernur Jawa Barat Nomor 1 Tahun 2021", True),   # suggested, not read
])
def test_an_issuer_typed_as_a_part_of_a_held_name_is_told(issuer, title, part):
    """What "did you mean" suggests: a held issuer whose name the one typed is a part of."""
    assert issuer_part_of_title(issuer, title) is part


def test_an_issuer_is_read_by_the_catalogue_only_when_its_whole_name_is_typed():
    """QA: "Jab" was read as Jawa Barat; "Bangka Belitung" was not read as Kepulauan Bangka
    Belitung. (Titles as the two provinces print them.)"""
    catalogue = TitleCatalogue([
        TitledRegulation(RegulationRef("PERGUB", "1", 2021, "Jawa Barat"),
                         "Peraturan Gubernur Jawa Barat Nomor 1 Tahun 2021 tentang Kelas Jabatan"),
        TitledRegulation(RegulationRef("PERGUB", "2", 2020, "Kepulauan Bangka Belitung"),
                         "Peraturan Gubernur Kepulauan Bangka Belitung Nomor 2 Tahun 2020 tentang "
                         "Kelas Jabatan"),
    ])
    assert catalogue.read("tunjangan Pergub Bangka Belitung") == (
        "tunjangan PERGUB Kepulauan Bangka Belitung 2/2020")
    assert catalogue.read("tunjangan Pergub Jabar") == "tunjangan PERGUB Jawa Barat 1/2021"
    assert catalogue.read("tunjangan Pergub Jab") == "tunjangan Pergub Jab"
    assert catalogue.unheld_issuers("tunjangan Pergub Jab") == [
        "the index holds no PERGUB of Jab (did you mean Pergub Jawa Barat?); the words were "
        "searched"]


def test_words_a_held_title_is_about_are_no_issuer(opened_index):
    """QA: "Pergub Kelas Jabatan" said "the index holds no PERGUB of Kelas Jabatan", though
    PERGUB Bali 1/2021 is "tentang … Kelas dan Nilai Jabatan di Lingkungan Pemerintah
    Provinsi Bali": the words say what a Pergub is about, and are searched."""
    result = opened_index.search("Pergub Kelas Jabatan", limit=3)
    assert result.missing == ()
    assert result.hits[0].regulation.id == "pergub-bali-1-2021"
    # a region a title names is no subject: an issuer not held is still said
    assert opened_index.search("jabatan Pergub Jawa Barat").missing == (
        "the index holds no PERGUB of Jawa Barat (it holds PERGUB of Bali); the words were "
        "searched",)


def test_the_issuer_named_is_read_for_types_many_bodies_issue():
    def named(text):
        return [(ref, typed) for _, ref, typed in issuers_named(text)]

    assert named("Pergub Jawa Barat 1/2021 Pasal 3") == [(RegulationRef("PERGUB", "1", 2021), "Jawa Barat")]
    # the level typed is kept: the title must have it too (Kota Semarang is not Kabupaten's)
    assert named("Peraturan Daerah Provinsi Bali Nomor 2 Tahun 2020") == [
        (RegulationRef("PERDA", "2", 2020), "Provinsi Bali")]
    assert named("Pergub RI Bali 1/2021") == [(RegulationRef("PERGUB", "1", 2021), "Bali")]
    assert named("UU RI 13/2003 Pasal 156") == []       # one issuer: nothing to tell apart
    assert named("Pergub 1/2021 Pasal 3") == [(RegulationRef("PERGUB", "1", 2021), "")]  # none typed


@pytest.mark.parametrize("type_code, name, issuer", [
    ("PERGUB", "Peraturan Gubernur Bali Nomor 1 Tahun 2021 tentang Kelas Jabatan", "Bali"),
    ("PERGUB", "GUBERNUR BALI", "Bali"),                     # the signatory
    ("PERGUB", "Peraturan Gubernur Provinsi Bali", "Bali"),
    ("PERGUB", "Peraturan Gubernur Daerah Khusus Ibukota Jakarta Nomor 1", "DKI Jakarta"),
    ("PERKA", "Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 3 Tahun 2012", "BAPETEN"),
    ("PERKA", "bapeten", "BAPETEN"),
    ("PERBA", "Peraturan Badan Pengawas Obat dan Makanan Nomor 1", "BPOM"),
    ("PERMEN", "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 80", "Dalam Negeri"),
    ("PERDA", "Peraturan Daerah Kabupaten Bogor Nomor 2", "Kabupaten Bogor"),  # not Kota Bogor's
    ("PERBUP", "Peraturan Bupati Kabupaten Badung Nomor 2", "Badung"),          # a Bupati's Kabupaten
    ("PERGUB", "Peraturan Gubernur Nomor 29 Tahun 2019", ""),                 # none written
    ("UU", "Undang-Undang Republik Indonesia Nomor 13", ""),                 # one issuer
])
def test_an_issuer_is_written_one_way_whatever_its_source(type_code, name, issuer):
    """The issuer in ids and citations: one spelling for a title, a signatory and what is
    typed, so that an amendment's reference meets the regulation it names."""
    assert issuer_name(type_code, name) == issuer


@pytest.mark.parametrize("citation", ["Pergub Jawa Barat 1/2021 Pasal 3",
                                      "Peraturan Gubernur Jawa Timur Nomor 29 Tahun 2019 Pasal 3"])
def test_a_citation_of_another_issuer_is_not_answered_with_the_one_held(opened_index, citation):
    """QA: "Pergub Jawa Barat 1/2021 Pasal 3" showed Bali's Pasal 3 (exit 0): the index tells
    regulations apart by type, number and year, so the issuer typed must be checked."""
    with pytest.raises(NotFoundError, match=r"of Jawa (Barat|Timur) is not in the index; it holds "
                                            r"PERGUB Bali (1/2021|29/2019), of another issuer$"):
        opened_index.show(citation)
    with pytest.raises(NotFoundError, match="is not in the index"):
        opened_index.search(citation)
    with pytest.raises(NotFoundError, match="is not in the index"):
        opened_index.search("jabatan", regulation=citation.rsplit(" Pasal", 1)[0])


def test_the_issuer_held_is_answered_named_or_abbreviated(opened_index):
    for citation in ("Pergub Bali 1/2021 Pasal 3", "Pergub 1/2021 Pasal 3",
                     "Peraturan Gubernur Provinsi Bali Nomor 1 Tahun 2021 Pasal 3"):
        assert opened_index.show(citation).pasal == "3", citation
    assert opened_index.show("Perka BAPETEN 3/2012 Pasal 5").pasal == "5"


@pytest.mark.parametrize("typed, read_as, regulations", [
    ("nilai jabatan Pergub Bali", "nilai jabatan in PERGUB Bali 1/2021 and PERGUB Bali 3/2021",
     {"pergub-bali-1-2021", "pergub-bali-3-2021"}),
    ("UPTD Pergub Bali 2021", "UPTD in PERGUB Bali 1/2021 and PERGUB Bali 3/2021",
     {"pergub-bali-1-2021", "pergub-bali-3-2021"}),
    # the Pergub of 2019 are held only through the 2021 amendments of them, which are Bali's
    ("UPTD Pergub Bali tahun 2019", "UPTD in PERGUB Bali 29/2019 and PERGUB Bali 59/2019",
     {"pergub-bali-3-2021"}),
])
def test_a_type_named_by_its_issuer_searches_that_issuers_regulations(opened_index, typed, read_as,
                                                                      regulations):
    """QA: "nilai jabatan Pergub Bali" was searched as words everywhere (732 hits)."""
    result = opened_index.search(typed, limit=20)
    assert result.read_as == read_as
    assert result.hits and {h.regulation.id for h in result.hits} <= regulations


def test_words_after_a_type_that_name_no_issuer_are_words(opened_index):
    result = opened_index.search("Pergub jabatan", limit=5)
    assert "1/2021" not in (result.read_as or "")


def test_an_issuer_named_for_one_pasal_of_several_regulations_asks_which(opened_index):
    # both of Bali's Pergub have a Pasal II: which is asked
    with pytest.raises(QueryError, match="names Pasal II of PERGUB Bali 1/2021 and PERGUB Bali "
                                         "3/2021; show one"):
        opened_index.show("Pergub Bali Pasal II")
    # the office is the type's, not the issuer's (it was "of Gubernur Bali is not in the index")
    assert opened_index.show("Pergub Gubernur Bali 1/2021 Pasal 3").pasal == "3"


def test_a_minister_named_in_the_type_is_the_issuer_checked(opened_index):
    """"Permendagri 80/2015" is the Minister of Home Affairs' PERMEN 80/2015, not any PERMEN."""
    with pytest.raises(NotFoundError, match=r"^PERMEN Dalam Negeri 80/2015 is not in the index"):
        opened_index.show("Permendagri 80/2015 Pasal 1")


def test_an_agency_regulation_typed_as_its_other_type_is_pointed_to(opened_index):
    """BAPETEN's regulations were Peraturan Kepala (PERKA) before Peraturan Badan (PERBA)."""
    with pytest.raises(NotFoundError, match=r"PERBA BAPETEN 3/2012 is not in the index; it holds "
                                            r"PERKA BAPETEN 3/2012, a Peraturan Kepala"):
        opened_index.show("Perba BAPETEN 3/2012 Pasal 5")
    with pytest.raises(NotFoundError, match=r"PERBA BAPETEN 3/2012 is not in the index; it holds "
                                            r"PERKA BAPETEN 3/2012"):
        opened_index.show("Peraturan BAPETEN 3/2012 Pasal 5")   # it was "cannot read a regulation"
    with pytest.raises(NotFoundError, match=r"PERBA 3/2012 is not in the index; it holds PERKA "
                                            r"BAPETEN 3/2012, a Peraturan Kepala"):
        opened_index.show("Perba 3/2012 Pasal 5")   # without the issuer too


def test_a_regulation_filter_naming_several_lists_them(opened_index):
    with pytest.raises(QueryError, match=r"'Pergub Bali' names 2 \(PERGUB Bali 1/2021, PERGUB Bali "
                                         r"3/2021\): give one"):
        opened_index.search("jabatan", regulation="Pergub Bali")


def test_a_roman_number_in_a_title_in_capitals_stays_one():
    """QA: "BAGIAN III" was title-cased "Bagian Iii". The opening of UU 40/1954, verbatim from
    the scale corpus (uu/1954/40.md)."""
    from regsearch.parse import parse_pages

    text = ("UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 40 TAHUN 1954 TENTANG PENETAPAN BAGIAN III "
            "(KEMENTRIAN DALAM NEGERI) DARI ANGGARAN REPUBLIK INDONESIA UNTUK TAHUN-TAHUN DINAS "
            "1952 DAN 1953\nMengingat :\n pasal 113 Undang-undang Dasar Sementara Republik "
            "Indonesia; Dengan persetujuan Dewan Perwakilan Rakyat;\nMEMUTUSKAN :\nPasal 1\n"
            "Bagian III (Kementerian Dalam Negeri) dari anggaran Republik Indonesia untuk tahun "
            "dinas 1952 ditetapkan seperti berikut:")
    title = parse_pages([text], path="uu-40-1954.md", paged=False).title
    assert "tentang Penetapan Bagian III (Kementrian" in title


@pytest.mark.parametrize("printed, cased", [
    ("KABINET PEMBANGUNAN VI", "Kabinet Pembangunan VI"),
    ("DAERAH TINGKAT I DAN DAERAH TINGKAT II", "Daerah Tingkat I dan Daerah Tingkat II"),
    ("BAHAN GALIAN GOLONGAN C", "Bahan Galian Golongan C"),
    ("BAGIAN XIV,", "Bagian XIV,"),
    # words of the letters of Roman numbers that are no well-formed number stay words
    ("HUKUM CIVIL DI INDONESIA", "Hukum Civil di Indonesia"),
    ("LIL MIX", "Lil Mix"),
])
def test_title_casing_keeps_roman_numbers_upper(printed, cased):
    from regsearch.metadata import _title_case

    assert _title_case(printed) == cased
