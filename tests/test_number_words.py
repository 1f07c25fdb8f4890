"""A number typed in digits is also searched as the statutes write it in words: older laws
give their periods only so (UU 5/1986 Pasal 55: "dalam tenggang waktu sembilan puluh hari";
Pasal 123 ayat (1): "empat belas hari"), and a query "banding dlm 14 hari" (QA round 11)
found the digits only where a later law printed them. Fixture: the scale corpus's copy of
UU 5/1986 (tests/fixtures/README.md)."""

import pytest

from regsearch.expand import number_in_words

from .laws import opened_fixtures

FIXTURE = "uu-5-1986-ptun-watermark-and-list-ayat.md"


@pytest.mark.parametrize("typed, words", [
    ("10", "sepuluh"), ("11", "sebelas"), ("14", "empat belas"), ("20", "dua puluh"),
    ("21", "dua puluh satu"), ("90", "sembilan puluh"), ("100", "seratus"),
    ("110", "seratus sepuluh"), ("120", "seratus dua puluh"), ("365", "tiga ratus enam puluh lima"),
    ("9", None),       # "9 (sembilan)": small numbers are printed beside their words anyway
    ("1000", None), ("2003", None), ("014", None), ("14a", None), ("hari", None),
])
def test_a_number_in_words(typed, words):
    assert number_in_words(typed) == words


@pytest.fixture(scope="module")
def ptun(tmp_path_factory):
    yield from opened_fixtures(tmp_path_factory.mktemp("ptun"), {"uu-5-1986.md": FIXTURE})


@pytest.mark.parametrize("query, first", [
    ("banding 14 hari", "Pasal 123 ayat (1) UU 5/1986"),   # 126 (1), "tiga puluh hari", before
    ("gugatan 90 hari", "Pasal 55 UU 5/1986"),             # 59 (3), "tiga puluh hari", before
])
def test_a_period_typed_in_digits_finds_it_written_in_words(ptun, query, first):
    assert ptun.search(query).hits[0].citation == first
