"""An article found only in an older wording is listed with the wording in force first.

UU 5/1986 Pasal 135 as first enacted lets the Ketua Pengadilan appoint an ad hoc judge to a
panel for cases needing special expertise; UU 51/2009 angka 31 rewords it (the conditions
for appointing one) in words the question does not use. The new wording matched nothing and
was never listed: the old one came alone, marked superseded, below other articles (QA round
12: "hakim ad hoc pengadilan tata usaha negara"). Fixtures: the scale corpus's UU 5/1986
and UU 51/2009 lines 1-17 and 264-266, verbatim (tests/fixtures/README.md)."""

import pytest


from .laws import opened_fixtures

QUESTION = "ketua pengadilan menunjuk hakim anggota majelis perkara yang memerlukan keahlian khusus"


@pytest.fixture(scope="module")
def ptun(tmp_path_factory):
    yield from opened_fixtures(tmp_path_factory.mktemp("ptun"), {
        "uu-5-1986.md": "uu-5-1986-ptun-watermark-and-list-ayat.md",
        "uu-51-2009.md": "uu-51-2009-ptun-angka-31.md"})


def test_the_wording_in_force_leads_the_old_one_its_words_found(ptun):
    hits = ptun.search(QUESTION, limit=5).hits
    assert [(h.citation, h.standing) for h in hits[:2]] == [
        ("Pasal 135 ayat (1) UU 5/1986 sebagaimana diubah dengan UU 51/2009", "current"),
        ("Pasal 135 ayat (1) UU 5/1986", "superseded")]
    assert hits[1].replaced_by == "Pasal 135 UU 5/1986 sebagaimana diubah dengan UU 51/2009"


def test_a_filter_excluding_the_wording_in_force_keeps_it_out(ptun):
    """--year 1986: the 2009 wording is outside what was asked for."""
    found = ptun.search(QUESTION, limit=5, year=1986).hits
    assert found[0].citation == "Pasal 135 ayat (1) UU 5/1986"
    assert not any("UU 51/2009" in h.citation for h in found)
