"""Citations and their messages as the session-14 QA (qa-dev #7, #8, #9, #11, #12, #13) met
them, on the bundled corpus: a "jo." chain read alike with and without an index, "hrf." for
huruf, an issuer's name that holds one regulation with the Pasal asked, the version "Searched
as" names, the closest title offered for a short name, another issuer's regulation said whole,
and long text echoed short."""

from __future__ import annotations

import pytest

import regsearch
from regsearch.errors import NotFoundError, QueryError
from regsearch.models import RegulationRef
from regsearch.titles import issuer_written_out

from click.testing import CliRunner

from .test_cli import run

@pytest.fixture()
def runner():
    return CliRunner()


UU_1_2015 = RegulationRef("UU", "1", 2015)
UU_10_2016 = RegulationRef("UU", "10", 2016)


# --- 1. a "jo." chain: the library reads it as show and query do ------------------------------

def test_a_juncto_chain_is_read_as_amended_without_an_index(opened_index):
    """QA #7: parse_citation read the base law (the superseded text) where the CLI read the
    chain as amended by the newest law named."""
    chain = "Pasal 7 UU 1/2015 jo. UU 8/2015 jo. UU 10/2016"
    cite = regsearch.parse_citation(chain)
    assert (cite.ref, cite.pasal, cite.amended_by) == (UU_1_2015, "7", UU_10_2016)
    assert regsearch.parse_citations(chain) == [cite]
    # the same unit the index opens for it
    assert opened_index.show(chain).citation == (
        f"Pasal 7 UU 1/2015 sebagaimana diubah dengan {cite.amended_by.short}")


def test_a_juncto_of_laws_that_amend_none_cites_each_without_an_index_too():
    # UU 8/2015 was enacted before UU 10/2016: it cannot amend it (both amend UU 1/2015)
    assert len(regsearch.parse_citations("Pasal 7 UU 10/2016 jo. UU 8/2015")) == 2
    # a Pasal of each law read together is two units
    assert len(regsearch.parse_citations("Pasal 5 UU 13/2003 jo. Pasal 7 UU 12/2011")) == 2


def test_the_caller_may_say_which_regulations_amend_which():
    """An index knows that UU 48/2009 does not amend KUHAP (UU 8/1981); a caller may say so."""
    text = "Pasal 5 UU 8/1981 jo. UU 48/2009"
    assert regsearch.parse_citation(text).amended_by == RegulationRef("UU", "48", 2009)
    apart = regsearch.parse_citations(text, amends=lambda later, earlier: False)
    assert [(c.ref.short, c.amended_by) for c in apart] == [("UU 8/1981", None),
                                                            ("UU 48/2009", None)]


def test_parse_citation_refuses_text_naming_several_units():
    """QA #7: "Pasal 156 dan 157" returned Pasal 156 alone, unsaid."""
    with pytest.raises(QueryError, match=r"names 2 units \(Pasal 156 UU 13/2003, Pasal 157 UU "
                                         r"13/2003\); parse_citation reads one, parse_citations"):
        regsearch.parse_citation("Pasal 156 dan 157 UU 13/2003")
    with pytest.raises(QueryError, match="names 3 units"):
        regsearch.parse_citation("Pasal 156 s/d 158 UU 13/2003")
    listed = regsearch.parse_citations("Pasal 156 s/d 158 UU 13/2003")
    assert [c.pasal for c in listed if not c.implied] == ["156", "157", "158"]


# --- 2. "hrf." is huruf ----------------------------------------------------------------------

HRF = "Psl. 79 ayat (2) hrf. c UU No. 13 Thn 2003"


def test_hrf_is_huruf_in_query_and_show(opened_index):
    """QA #9: the query cited huruf c and also searched "hrf c" as words ("No article uses:
    hrf", a linked Pasal 84); show refused the words."""
    result = opened_index.search(HRF)
    assert [h.citation for h in result.hits] == ["Pasal 79 ayat (2) huruf c UU 13/2003"]
    assert result.unmatched == () and result.read_as is None
    view = opened_index.show(HRF)
    assert str(view.cited) == "Pasal 79 ayat (2) huruf c UU 13/2003"
    cite = regsearch.parse_citation("Pasal 79 ayat (2) hrf (c) UU 13/2003")
    assert (cite.ayat, cite.items) == ("2", ("c",))
    listed = opened_index.search("Pasal 79 ayat (2) hrf. b dan c UU 13/2003")
    assert [h.items for h in listed.hits] == [("b",), ("c",)]
    with pytest.raises(QueryError, match="'hrf' without its number or letter"):
        opened_index.show("Pasal 79 ayat (2) hrf UU 13/2003")


def test_hrf_through_the_cli(runner, corpus_index):
    shown = run(runner, "show", HRF, "--index", corpus_index)
    assert shown.exit_code == 0, shown.output
    assert "Cited: Pasal 79 ayat (2) huruf c UU 13/2003" in shown.stdout
    queried = run(runner, "query", HRF, "--index", corpus_index)
    assert queried.exit_code == 0 and "No article uses" not in queried.stderr


# --- 3. an issuer's name: the one regulation holding the Pasal --------------------------------

def test_an_issuer_named_opens_the_one_regulation_holding_the_pasal(opened_index):
    """QA #8: "Pergub Bali Pasal 3" said two regulations have a Pasal 3; only PERGUB Bali 1/2021
    (amending 29/2019) does."""
    view = opened_index.show("Pergub Bali Pasal 3")
    assert view.citation == ("Pasal 3 PERGUB Bali 29/2019 sebagaimana diubah dengan PERGUB Bali "
                             "1/2021")
    result = opened_index.search("Pergub Bali Pasal 3")
    assert [h.citation for h in result.hits] == [view.citation]
    assert result.missing == () and result.read_as == "PERGUB Bali 1/2021 Pasal 3"
    # of 2019: the two Pergub Bali 2021 amend, each held only through its amendment
    of_2019 = opened_index.search("Pergub Bali 2019 Pasal 3")
    assert [h.citation for h in of_2019.hits] == [view.citation]
    assert of_2019.missing == () and of_2019.read_as == "PERGUB Bali 29/2019 Pasal 3"
    around = opened_index.search("Pergub Bali tentang UPTD Pasal 14")
    assert around.missing == ()   # was "PERGUB Bali 1/2021 has no Pasal 14 in the index"
    assert around.hits[0].citation.startswith("Pasal 14 PERGUB Bali 59/2019")


def test_an_issuer_named_for_a_pasal_none_holds_says_so_for_each(opened_index):
    message = ("PERGUB Bali 1/2021 has no Pasal 4 in the index; PERGUB Bali 3/2021 has no Pasal "
               "4 in the index")
    assert _refused_alike(opened_index, "Pergub Bali Pasal 4", NotFoundError) == message


def test_an_issuer_named_through_the_cli(runner, corpus_index):
    shown = run(runner, "show", "Pergub Bali Pasal 3", "--index", corpus_index)
    assert shown.exit_code == 0, shown.output
    assert "Pasal 3 PERGUB Bali 29/2019" in shown.stdout
    queried = run(runner, "query", "Pergub Bali tentang UPTD Pasal 14", "--index", corpus_index)
    assert queried.exit_code == 0 and "Not found" not in queried.stderr


# --- 4. "Searched as" names the version searched ----------------------------------------------

def test_searched_as_names_the_amendment_that_made_the_version_found(opened_index):
    """QA #11: "Searched as: Pasal 69 UU 1/2015 sebagaimana diubah dengan UU 10/2016", though
    the hit is UU 8/2015's wording: UU 10/2016 did not change Pasal 69."""
    result = opened_index.search("pidana pasal 69 uu pilkada")
    assert result.hits[0].citation == "Pasal 69 UU 1/2015 sebagaimana diubah dengan UU 8/2015"
    assert result.read_as.startswith("Pasal 69 UU 1/2015 sebagaimana diubah dengan UU 8/2015, "
                                     "then pidana")
    # a Pasal UU 10/2016 did change keeps its name
    assert opened_index.search("sanksi Pasal 7 UU Pilkada").read_as.startswith(
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016, then")
    # units two amendments left: the law as last amended, which is true of both
    both = opened_index.search("Pasal 7 dan 69 UU Pilkada")
    assert both.read_as == ("Pasal 7 dan 69 UU 1/2015 sebagaimana telah diubah terakhir dengan "
                            "UU 10/2016")


def test_searched_as_through_the_cli(runner, corpus_index):
    result = run(runner, "query", "pidana pasal 69 uu pilkada", "--index", corpus_index)
    assert "Searched as: Pasal 69 UU 1/2015 sebagaimana diubah dengan UU 8/2015" in result.stderr
    assert "UU 10/2016" not in result.stderr


# --- 5. a short name: the closest title held is offered ---------------------------------------

@pytest.mark.parametrize("citation, meant", [
    ("UU Nuklir pasal 34", "did you mean UU 10/1997 (Ketenaganukliran) or UU 9/1997"),
    ("Perpres Kerugian Nuklir Pasal 4",
     "did you mean PERPRES 74/2012 (Pertanggungjawaban Kerugian Nuklir)?"),
    # SLIK: Sistem Layanan Informasi Keuangan, held through POJK 11/2024's amendment of it
    ("POJK SLIK Pasal 15", "did you mean POJK 18/2017 (Pelaporan dan Permintaan Informasi "),
    # the question's words after the name (qa6: "pasal 5 uu tipikor dicabut kuhp" offered none)
    ("pasal 34 UU Nuklir masih berlaku",
     "did you mean UU 10/1997 (Ketenaganukliran) or UU 9/1997"),
])
def test_a_name_no_title_holds_offers_the_closest_held(opened_index, citation, meant):
    """QA #12: the example offered was an unrelated law ('UU Ketenagakerjaan Pasal 156')."""
    with pytest.raises(NotFoundError, match="names no regulation the index holds") as shown:
        opened_index.show(citation)
    assert meant in str(shown.value)
    with pytest.raises(NotFoundError) as searched:
        opened_index.search(citation)
    assert meant in str(searched.value)


@pytest.mark.parametrize("question", [
    "pasal 34 UU Nuklir masih berlaku", "pasal 34 UU Nuklir sudah dicabut",
    "apakah pasal 34 UU Nuklir masih berlaku setelah pemilu"])
def test_a_name_no_title_holds_ends_where_the_question_goes_on(opened_index, question):
    """s18 (qa6 N1): "pasal 5 uu tipikor dicabut kuhp" was an error naming 'uu tipikor dicabut
    kuhp' as the regulation: the verbs and particles after a name say what the question asks
    of the law, they are no words of its name."""
    with pytest.raises(NotFoundError) as searched:
        opened_index.search(question)
    assert str(searched.value).startswith("'UU Nuklir' names no regulation the index holds: "
                                          "did you mean UU 10/1997 (Ketenaganukliran)")
    # the type alone is no name: the words after it are said whole
    with pytest.raises(NotFoundError, match="'UU yang mengatur nuklir' names no regulation"):
        opened_index.search("pasal 34 UU yang mengatur nuklir")


def test_words_beside_a_name_no_title_holds_say_which_title_fits(opened_index):
    """The words are searched everywhere (as before); the note says which law may be meant."""
    result = opened_index.search("sanksi UU Nuklir")
    assert result.missing == ("'UU Nuklir' names no regulation the index holds (did you mean "
                              "UU 10/1997 (Ketenaganukliran) or UU 9/1997 (Pengesahan Treaty on "
                              "the Southeast Asia Nuclear Weapon Free …)?); the words were "
                              "searched",)
    # a name no held title fits, or a type alone, is no note
    assert opened_index.search("sanksi UU Perbankan").missing == ()
    assert opened_index.search("syarat calon menurut UU").missing == ()


def test_a_name_nothing_held_fits_keeps_the_example(opened_index):
    with pytest.raises(NotFoundError, match="write its number") as raised:
        opened_index.show("UU Perbankan Pasal 5")
    assert "did you mean" not in str(raised.value)


def test_the_closest_title_through_the_cli(runner, corpus_index):
    result = run(runner, "show", "UU Nuklir pasal 34", "--index", corpus_index)
    assert result.exit_code == 1
    assert "did you mean UU 10/1997 (Ketenaganukliran)" in result.stderr


# --- 6. another issuer's regulation, said whole ------------------------------------------------

@pytest.mark.parametrize("typed, name", [("Jabar", "Jawa Barat"), ("NTB", "Nusa Tenggara Barat"),
                                         ("DKI", "DKI Jakarta"), ("Prov. Jabar", "Jawa Barat"),
                                         ("Kab. Semarang", "Kab. Semarang"), ("Jawa", "Jawa")])
def test_an_issuer_typed_short_is_written_out(typed, name):
    assert issuer_written_out(typed) == name


def test_another_issuers_regulation_is_said_whole(opened_index, runner, corpus_index):
    """QA #13: "… it holds PERGUB Bali 1/2021: another issuer's" read as cut off, and echoed
    "Jabar"."""
    expected = ("PERGUB 1/2021 of Jawa Barat is not in the index; it holds PERGUB Bali 1/2021, "
                "of another issuer")
    with pytest.raises(NotFoundError) as raised:
        opened_index.show("Pergub Jabar 1/2021 Pasal 1")
    assert str(raised.value) == expected
    result = run(runner, "show", "Pergub Jabar 1/2021 Pasal 1", "--index", corpus_index)
    assert result.exit_code == 1 and result.stderr == f"regsearch: error: {expected}\n"


# --- 7. long text echoed short; small messages ------------------------------------------------

def test_a_long_citation_is_not_echoed_whole(opened_index):
    """QA #13: ix.show("x" * 2000) echoed the 2,000 characters."""
    with pytest.raises(QueryError) as raised:
        opened_index.show("x" * 2000)
    assert len(str(raised.value)) < 250 and "(2,000 characters)" in str(raised.value)
    with pytest.raises(QueryError) as words:
        opened_index.show("UU 13/2003 Pasal 5 " + "kata " * 400)
    assert len(str(words.value)) < 400
    with pytest.raises(NotFoundError) as name:
        opened_index.show("UU " + "Perbankan " * 100 + "Pasal 5")
    assert len(str(name.value)) < 400


def test_an_ayat_without_its_pasal_is_named_by_show_as_by_search(opened_index):
    message = ("'ayat (2) UU 13/2003' names ayat (2) but no Pasal; write the Pasal, like "
               "'Pasal 5 ayat (2) UU 13/2003'")
    assert _refused_alike(opened_index, "ayat (2) UU 13/2003", QueryError) == message


def _refused_alike(index, text: str, error: type[Exception]) -> str:
    """The message ``show`` and ``search`` both refuse ``text`` with (they must agree)."""
    with pytest.raises(error) as shown:
        index.show(text)
    with pytest.raises(error) as searched:
        index.search(text)
    assert str(shown.value) == str(searched.value)
    return str(shown.value)

