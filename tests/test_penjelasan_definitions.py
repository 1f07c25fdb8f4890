"""A term only a Penjelasan defines is answered by the article it explains.

UU 20/2001 inserts Pasal 12B into UU 31/1999 ("Setiap gratifikasi kepada pegawai negeri …
dianggap pemberian suap …"); what "gratifikasi" is, its Penjelasan of ayat (1) says: "Yang
dimaksud dengan "gratifikasi" dalam ayat ini adalah pemberian dalam arti luas …". No article
defines it, so "pengertian gratifikasi" listed UU 30/2002's reporting duties first and Pasal
12B 4th (QA round 11). Fixtures: the scale corpus's uu/2001/20.md, whole and verbatim, and
uu/2002/30.md's BAB III (tests/fixtures/README.md)."""

import pytest

from .laws import opened_fixtures


@pytest.fixture(scope="module")
def tipikor(tmp_path_factory):
    yield from opened_fixtures(tmp_path_factory.mktemp("tipikor"), {
        "uu-20-2001.md": "uu-20-2001-tipikor.md",
        "uu-30-2002.md": "uu-30-2002-kpk-pasal-16-18.md"})   # the KPK's gratifikasi duties


@pytest.mark.parametrize("query, first", [
    ("pengertian gratifikasi", "Pasal 12B ayat (1) UU 31/1999 sebagaimana diubah dengan UU 20/2001"),
    ("apa yang dimaksud dengan gratifikasi",
     "Pasal 12B ayat (1) UU 31/1999 sebagaimana diubah dengan UU 20/2001"),
])
def test_the_article_whose_penjelasan_defines_the_term_comes_first(tipikor, query, first):
    hit = tipikor.search(query).hits[0]
    assert hit.citation == first
    assert hit.linked == ('its Penjelasan says what it means: Yang dimaksud dengan "gratifikasi" '
                          'dalam ayat ini adalah pemberian dalam arti luas, yakni meliputi '
                          'pemberian uang, barang, rabat (discount), komisi, pinjaman …')


def test_a_penjelasan_using_the_word_otherwise_defines_nothing(tipikor):
    """"gratifikasi" named in a Penjelasan that defines something else is no definition."""
    from regsearch.units import explained_definition
    payload = {"penjelasan": 'Yang dimaksud dengan "pemberian" dalam ayat ini adalah gratifikasi.',
               "ayat": []}
    assert explained_definition(payload, {"gratifikasi"}) is None
    assert explained_definition(payload, {"beri"}) == payload["penjelasan"]
