"""A journalist's words for corruption law (QA round 6, session 17), on verbatim excerpts of
the scale corpus (tests/fixtures/README.md): "suap" is written by the statutes as the act
("memberi atau menjanjikan sesuatu kepada pegawai negeri"), "SP3" as "surat perintah
penghentian penyidikan", a whistleblower as the "pelapor" (UU 31/2014's Penjelasan:
"Pelapor (whistle-blower)"). Before, each was a word no article uses: "suap" found nothing,
"SP3" was searched as typed, "whistleblower" was named unmatched."""

from __future__ import annotations

import pytest


from .laws import opened_fixtures

EXCERPTS = ("uu-20-2001-tipikor-pasal-5.md", "uu-30-2002-kpk-pasal-15-40.md")


@pytest.fixture(scope="module")
def corruption_index(tmp_path_factory):
    yield from opened_fixtures(tmp_path_factory.mktemp("corruption"), {n: n for n in EXCERPTS})


@pytest.mark.parametrize("query, read_as, first", [
    ("suap", "memberi atau menjanjikan sesuatu",
     "Pasal 5 ayat (1) huruf a UU 31/1999 sebagaimana diubah dengan UU 20/2001"),
    ("whistleblower tipikor dilindungi", "pelapor tindak pidana korupsi dilindungi",
     "Pasal 15 huruf a UU 30/2002"),
])
def test_a_journalists_word_finds_the_statutes_phrasing(corruption_index, query, read_as, first):
    found = corruption_index.search(query)
    assert found.hits[0].citation == first
    assert found.read_as == read_as
    assert not found.unmatched


def test_sp3_is_searched_as_the_warrant_it_stands_for(corruption_index):
    found = corruption_index.search("SP3")
    assert found.read_as == "surat perintah penghentian penyidikan"
    assert [h.citation for h in found.hits][:1] == ["Pasal 40 UU 30/2002"]
    asked = corruption_index.search("KPK boleh SP3 gak")
    assert "surat perintah penghentian penyidikan" in (asked.read_as or "")
    assert asked.hits[0].citation == "Pasal 40 UU 30/2002"
