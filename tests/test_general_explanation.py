"""A regulation's Penjelasan Umum as a section show opens and search finds, and the Lampiran
sections a bare or a worded annex citation names (QA session 15 round 2: W3, M3, M4).

Before: only UU 1/2015's Penjelasan Umum (that of the Perppu its Lampiran prints) was a
section; "Penjelasan Umum UU 13/2003" said "has no Penjelasan Umum" though `check` read one,
and its words ("8 (delapan) konvensi dasar International Labour Organization (ILO)") were
not searchable. All texts below are the bundled corpus's.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from regsearch.errors import NotFoundError, QueryError

from .test_cli import run


@pytest.mark.parametrize("regulation, page, opening", [
    ("UU 13/2003", 61, "Pembangunan ketenagakerjaan sebagai bagian integral"),
    ("UU 10/1997", 18, "Pembangunan nasional bertujuan untuk memajukan kesejahteraan"),
    ("PP 43/2006", 28, "Salah satu pendayagunaan teknologi nuklir"),
    ("UU 12/2011", None, "Undang-Undang tentang Pembentukan Peraturan Perundang-undang"),
    ("UU 22/2014", None, "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
    ("UU 10/2016", None, "Ketentuan Pasal 18 ayat (4) Undang-Undang Dasar"),
])
def test_every_penjelasan_umum_the_parse_reads_is_shown(opened_index, regulation, page, opening):
    shown = opened_index.show(f"Penjelasan Umum {regulation}")
    assert shown.citation == f"Penjelasan Umum {regulation}"
    assert shown.text.startswith(opening)
    assert shown.source.page == page   # a PDF's: the page its Penjelasan starts on


def test_a_regulation_whose_text_has_no_penjelasan_says_so(opened_index):
    """The bundled UU 7/2017 text stops before its Penjelasan (`check`: penjelasan_umum: no)."""
    with pytest.raises(NotFoundError, match=r"^UU 7/2017 has no Penjelasan Umum in the index$"):
        opened_index.show("Penjelasan Umum UU 7/2017")


def test_the_words_of_a_penjelasan_umum_are_searched(opened_index):
    """UU 13/2003's Penjelasan Umum: "… hak asasi manusia di tempat kerja dikenal melalui 8
    (delapan) konvensi dasar International Labour Organization (ILO)"; no article says so.
    (It weighs as an article's Penjelasan does: "hak asasi manusia di tempat kerja konvensi
    dasar ILO" ranks it 13th, below articles holding "hak asasi manusia".)"""
    hits = opened_index.search("konvensi dasar International Labour Organization",
                               limit=3).hits
    assert "Penjelasan Umum UU 13/2003" in [hit.citation for hit in hits]
    found = next(hit for hit in hits if hit.citation == "Penjelasan Umum UU 13/2003")
    assert found.pasal is None and "konvensi dasar" in found.snippet.replace("<b>", "").replace(
        "</b>", "").lower()
    within = opened_index.search("Penjelasan Umum UU 13/2003 konvensi ILO", limit=1).hits
    assert [hit.citation for hit in within] == ["Penjelasan Umum UU 13/2003"]


def test_an_acts_own_penjelasan_umum_and_its_annexed_perppus_are_two(opened_index):
    """UU 1/2015 enacts Perppu 1/2014 and prints it as its Lampiran, Penjelasan and all: its
    own Penjelasan Umum ends "… perlu ditetapkan menjadi Undang-Undang."; the Perppu's ends
    "… tidak dapat dilakukan upaya hukum lain.". A Perppu's is cited as its articles are."""
    own = opened_index.show("Penjelasan Umum UU 1/2015")
    annexed = opened_index.show("Penjelasan Umum Lampiran UU 1/2015")
    assert own.citation == "Penjelasan Umum UU 1/2015"
    assert annexed.citation == "Penjelasan Umum Lampiran UU 1/2015"
    assert own.text.endswith("perlu ditetapkan menjadi Undang-Undang.")
    assert annexed.text.endswith("tidak dapat dilakukan upaya hukum lain.")
    assert opened_index.show("Penjelasan Umum Perppu 1/2014").citation == annexed.citation
    searched = opened_index.search("Penjelasan Umum Lampiran UU 1/2015")
    assert [hit.citation for hit in searched.hits] == ["Penjelasan Umum Lampiran UU 1/2015"]


def test_a_bare_lampiran_of_several_sections_says_which_exist(opened_index, corpus_index):
    """QA M3: show "Lampiran UU 12/2011" opened Lampiran I of two without a word."""
    with pytest.raises(QueryError, match=r"names 2 sections \(Lampiran I UU 12/2011 and "
                                         r"Lampiran II UU 12/2011\); show one at a time"):
        opened_index.show("Lampiran UU 12/2011")
    shown = run(CliRunner(), "show", "Lampiran UU 12/2011", "--index", corpus_index,
                env={"NO_COLOR": "1"})
    assert shown.exit_code != 0 and "Lampiran II UU 12/2011" in shown.stderr
    # a query lists them, and never the Penjelasan Umum, which is no Lampiran
    listed = opened_index.search("Lampiran UU 12/2011", limit=5)
    assert [hit.citation for hit in listed.hits] == ["Lampiran I UU 12/2011",
                                                     "Lampiran II UU 12/2011"]
    # one section headed "LAMPIRAN" is still that section alone
    assert opened_index.show("Lampiran UU 1/2015").citation == "Lampiran UU 1/2015"


def test_words_beside_a_lampiran_citation_are_looked_for_in_the_section(opened_index):
    """QA M4: Lampiran I UU 12/2011 is headed "TEKNIK PENYUSUNAN NASKAH AKADEMIK …", yet
    "naskah akademik" beside it was reported "Not found … in Lampiran I"."""
    result = opened_index.search("Lampiran I UU 12/2011 naskah akademik", limit=3)
    assert result.missing == ()
    assert result.hits[0].citation == "Lampiran I UU 12/2011"
    assert "<b>NASKAH AKADEMIK</b>" in result.hits[0].snippet
    # words the section lacks are still said to be missing
    absent = opened_index.search("Lampiran I UU 12/2011 reaktor nuklir", limit=3)
    assert absent.missing and absent.missing[0].startswith(
        "reaktor nuklir in Lampiran I UU 12/2011 or an article referring to it")
