"""A word the statutes write inside a "/" pair ("pekerja/buruh", "RT/RW", "Janda/Duda") is
found there when typed alone (session 19, QA round 11: "janda" had no hit and "Did you mean:
tanda?"; "pekerja" found none of UU 13/2003's articles, which write "pekerja/buruh").

The tokenizer keeps a pair one term (DESIGN §6: legal tokens whole); each regulation records
the pairs its articles write (``index.word_pairs``), and search adds a word's pairs as another
phrasing of it where the statutes write that word mostly in them."""

import re

import pytest

from regsearch.analysis import pair_parts


@pytest.mark.parametrize("token, parts", [
    ("pekerja/buruh", ["pekerja", "buruh"]),
    ("Gubernur/Bupati/Walikota", ["Gubernur", "Bupati", "Walikota"]),
    ("dan/atau", ["dan", "atau"]),          # parts, but stopwords: analysed to nothing
    ("18/POJK.03/2017", []),                # a number, not a pair of words
    ("1/2015", []),
    ("pekerja", []),
    ("5A", []),
])
def test_the_words_of_a_pair(token, parts):
    assert pair_parts(token) == parts


def test_a_word_written_only_in_a_pair_is_found_and_not_corrected(opened_index):
    """"RT/RW": UU 1/2015 (Lampiran) Pasal 58 ayat (2) updates the voter list "berdasarkan
    perbaikan dari RT/RW"; "rw" alone is in no article."""
    result = opened_index.search("rw", limit=20)
    assert result.unmatched == () and result.suggestion is None
    assert any(re.search(r"\bRT/RW\b", hit.snippet) for hit in result.hits)
    assert "Pasal 58 ayat (2) Lampiran UU 1/2015" in [hit.citation for hit in result.hits]


def test_a_word_written_mostly_in_a_pair_finds_the_articles_of_the_pair(opened_index):
    """UU 13/2003 writes "pekerja/buruh" (84 articles of the bundled corpus), "pekerja" alone
    in few; the nuclear regulations write "pekerja" alone."""
    alone = opened_index.search('"pekerja"', limit=200)     # quoted: the word as written
    found = opened_index.search("pekerja", limit=200)
    assert found.total > alone.total + 40
    # Pasal 163 ayat (1) writes the worker as "pekerja/buruh": found, the pair highlighted
    [hit] = [h for h in found.hits[:10] if h.citation == "Pasal 163 ayat (1) UU 13/2003"]
    assert "<b>pekerja/buruh</b>" in hit.snippet


def test_a_common_word_does_not_bring_its_pairs(opened_index):
    """"bupati" is written alone in most articles that name the office ("Bupati/Walikota"
    would only add the other office's articles); "pekerja" mostly in "pekerja/buruh"."""
    assert opened_index._pairs_written(["bupati"]) == []
    assert ("pekerja", "pekerja/buruh") in opened_index._pairs_written(["pekerja"])
