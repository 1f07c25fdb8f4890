"""Abbreviations a QA round (session 19: a village head, a PTUN litigator, a regional tax
officer) typed and got "No article uses: …" for: each is searched as its statutory
phrasing. Fixtures: verbatim excerpts of the scale corpus (tests/fixtures/README.md)."""

import pytest


from .laws import opened_fixtures

FILES = ("uu-6-2014-desa-pasal-44-45-54-118.md", "uu-1-2022-hkpd-pasal-40.md",
         "uu-5-1986-ptun-no-title-block.md")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    yield from opened_fixtures(tmp_path_factory.mktemp("round11"), {n: n for n in FILES})


@pytest.mark.parametrize("query, read_as, first", [
    ("musdes hal strategis", "musyawarah desa hal strategis", "Pasal 54 ayat (1) UU 6/2014"),
    ("sekdes gantikan kades diberhentikan sementara",
     "sekretaris desa gantikan kepala desa diberhentikan sementara", "Pasal 45 UU 6/2014"),
    ("NJOPTKP paling rendah 10 juta", "njop tidak kena pajak paling sedikit 10 juta",
     "Pasal 40 ayat (3) UU 1/2022"),
    ("pengertian KTUN", "pengertian keputusan tata usaha negara", "Pasal 1 angka 3 UU 5/1986"),
])
def test_an_abbreviation_is_searched_as_the_statute_writes_it(index, query, read_as, first):
    result = index.search(query)
    assert result.read_as == read_as
    assert result.hits[0].citation == first
