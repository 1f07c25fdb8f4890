"""Citations typed or shown: every citation regsearch prints opens that very document, and
one that names nothing says why (real bundled index)."""

import re

import pytest

from regsearch.errors import NotFoundError, QueryError
from regsearch.citations import parse_citation


COMMON_QUERIES = ("pengunduran diri", "syarat calon gubernur", "sanksi administratif",
                  "petahana", "izin reaktor nuklir", "pelapor SLIK", "hierarki peraturan",
                  "Dinas Kelautan dan Perikanan", "penjelasan umum", "lampiran")


def test_every_printed_citation_opens_its_own_document(opened_index):
    """The QA pass fed every hit's citation back to `show`: 90 of 2,651 failed, among them
    the citation the tool gives as "the text in force" (it opened the old text)."""
    seen = 0
    for query in COMMON_QUERIES:
        for hit in opened_index.search(query, limit=60).hits:
            view = opened_index.show(hit.citation)
            whole_article = re.sub(r" (?:ayat \(\w+\)|huruf \w+|angka \w+)", "", hit.citation)
            assert (view.citation, view.regulation.id, view.pasal, view.amends) == (
                whole_article, hit.regulation.id, hit.pasal, hit.amends), hit.citation
            seen += 1
    assert seen > 300


def test_the_text_in_force_named_by_a_superseded_version_opens_the_new_text(opened_index):
    old = opened_index.show("UU 1/2015 Pasal 7")
    assert old.standing == "superseded"
    new = opened_index.show(old.replaced_by)
    assert new.amends is not None and new.regulation.id == "uu-10-2016"
    assert new.standing == "current"


def test_an_inserted_article_is_found_under_the_regulation_it_was_inserted_into(opened_index):
    # Pasal 135A exists only as UU 10/2016 inserted it into UU 1/2015.
    view = opened_index.show("UU 1/2015 Pasal 135A")
    assert (view.regulation.id, view.pasal, view.amends.ref.short) == (
        "uu-10-2016", "135A", "UU 1/2015")
    # an amended regulation the index holds only through its amendment
    assert opened_index.show("Pasal 1 POJK 18/2017 sebagaimana diubah dengan POJK 11/2024"
                             ).regulation.id == "pojk-11-2024"


def test_an_article_of_the_annex_is_not_the_act_s_own_article_of_that_number(opened_index):
    # UU 1/2015 enacts Perppu 1/2014: its own Pasal 1, and the Perppu's Pasal 1 in its annex
    assert opened_index.show("Pasal 1 Lampiran UU 1/2015").citation == \
        "Pasal 1 Lampiran UU 1/2015"
    assert opened_index.show("UU 1/2015 Pasal 1").citation == "Pasal 1 UU 1/2015"


def test_an_annex_section_opens_by_its_label(opened_index):
    """The form printed before session 15 ("Lampiran LAMPIRAN II") still opens the section,
    now cited with the word once."""
    assert opened_index.show("Lampiran LAMPIRAN II UU 12/2011").citation == \
        "Lampiran II UU 12/2011"
    assert opened_index.show("Lampiran II UU 12/2011").citation == "Lampiran II UU 12/2011"
    with pytest.raises(QueryError, match=r"no Lampiran IV .*it has: Lampiran I, "):
        opened_index.show("Lampiran LAMPIRAN IV UU 12/2011")


@pytest.mark.parametrize("citation, reason", [
    ("UU 10/2016 Pasal 999", "UU 10/2016 has no Pasal 999"),
    ("UU 99/2099 Pasal 1", "UU 99/2099 is not in the index"),
    ("UU 10/2016 Pasal 7 ayat (9)", r"Pasal 7 .* has no ayat \(9\)"),
    ("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 13/2003", "UU 13/2003 amends no Pasal 7"),
    ("UU 10/2016 Pasal 7 ayat (2) huruf zz", r"has no ayat \(2\) huruf zz"),
    # inserted by UU 10/2016: the Perppu printed in the Lampiran never had it
    ("Pasal 22B Lampiran UU 1/2015", "the Lampiran of UU 1/2015 has no Pasal 22B"),
])
def test_a_citation_naming_nothing_says_why(opened_index, citation, reason):
    with pytest.raises(QueryError, match=reason):
        opened_index.show(citation)
    # typed as a query it is not searched as words either (that found 654 unrelated articles)
    with pytest.raises(QueryError, match=reason):
        opened_index.search(citation)


def test_words_that_mention_a_missing_citation_are_still_searched(opened_index):
    result = opened_index.search("sanksi pasal 999 UU 13/2003", limit=3)
    assert result.hits


def test_a_citation_query_cites_the_ayat_and_huruf_asked_for(opened_index):
    hit = opened_index.search("Pasal 7 ayat (2) huruf s UU 10/2016").hits[0]
    assert hit.ayat == "2"
    assert hit.citation.startswith("Pasal 7 ayat (2) huruf s ")
    assert "pengunduran diri" in hit.snippet


def test_filters_apply_to_a_citation_query(opened_index):
    assert opened_index.search("UU 10/2016 Pasal 7", type="UU").hits
    with pytest.raises(NotFoundError, match="is outside the filters given"):
        opened_index.search("UU 10/2016 Pasal 7", type="PP")


@pytest.mark.parametrize("query", ["cuti", "upah minimum", "sanksi"])
def test_the_count_of_matches_does_not_depend_on_how_many_are_shown(opened_index, query):
    """It was "1 of 5", "10 of 10", "20 of 20" for `cuti` at -n 1, 10, 30: the articles
    linked to the best answers were counted only as far as they were listed."""
    everything = opened_index.search(query, limit=1000)
    assert everything.total == len(everything.hits)
    for limit in (1, 10):
        assert opened_index.search(query, limit=limit).total == everything.total


def test_a_field_query_lists_only_articles_whose_field_holds_the_word(opened_index):
    hits = opened_index.search("penjelasan:kampanye", limit=50).hits
    assert hits
    for hit in hits:
        view = opened_index.show(hit.citation)
        assert re.search(r"kampanye", view.penjelasan or "", re.I), hit.citation


def test_typographic_quotes_make_a_phrase(opened_index):
    curly = opened_index.search("\u201cpengunduran diri\u201d", limit=5)
    straight = opened_index.search('"pengunduran diri"', limit=5)
    assert [h.citation for h in curly.hits] == [h.citation for h in straight.hits]
    assert curly.hits[0].score == straight.hits[0].score


def test_the_too_long_message_names_the_limit_exceeded(opened_index):
    with pytest.raises(QueryError, match=r"\(1001 characters\); ask with at most 1000 char"):
        opened_index.search("a" * 1001)
    with pytest.raises(QueryError, match=r"\(101 words\); ask with at most 100 words"):
        opened_index.search(" ".join(["upah"] * 101))


@pytest.mark.parametrize("query, pasals", [
    ("UU 13/2003 Pasal 156 dan Pasal 157", ["156", "157"]),     # 157 was dropped silently
    ("UU 13/2003 Pasal 156 dan 157", ["156", "157"]),
    ("UU 13/2003 Pasal 156, 157", ["156", "157"]),
    ("Pasal 156 sampai dengan Pasal 158 UU 13/2003", ["156", "157", "158"]),  # 157 was missing
    ("Pasal 156 s.d. 158 UU 13/2003", ["156", "157", "158"]),
])
def test_a_query_citing_several_pasal_lists_each(opened_index, query, pasals):
    assert [h.pasal for h in opened_index.search(query).hits] == pasals
    with pytest.raises(QueryError, match="several Pasal"):
        opened_index.show(query)


@pytest.mark.parametrize("citation", ["UU No. 13 Th. 2003 Pasal 156",
                                      "Pasal 156 Undang-Undang Nomor 13 Thn 2003"])
def test_everyday_spellings_of_a_citation(opened_index, citation):
    assert opened_index.show(citation).citation == "Pasal 156 UU 13/2003"


def test_a_regulation_filter_naming_no_regulation_says_so(opened_index):
    with pytest.raises(QueryError, match="UU 99/2099 is not in the index"):
        opened_index.search("upah", regulation="UU 99/2099")
    # one the index holds only through its amendment is a regulation it knows
    assert opened_index.search("informasi debitur", regulation="POJK 18/2017").hits


def test_an_excluded_word_stays_out_however_many_hits_are_asked(opened_index):
    """Whoosh 2.7.4 skips "-word" when asked for as many results as it holds documents:
    "sanksi -pidana" then led with POJK 22/2015 Pasal 13, which says "ketentuan pidana"."""
    few = opened_index.search("sanksi -pidana", limit=10)
    many = opened_index.search("sanksi -pidana", limit=2000)
    assert [h.citation for h in many.hits[:10]] == [h.citation for h in few.hits]
    assert many.total == few.total == len(many.hits)
    for hit in many.hits:   # the word, not "terpidana" (Penjelasan Umum UU 10/2016 has it)
        assert not re.search(r"\bpidana\b", opened_index.show(hit.citation).text.lower()), \
            hit.citation


def test_two_annex_sections_with_one_heading_have_citations_of_their_own(opened_index):
    """UU 1/2015 prints two sections headed "LAMPIRAN"; both were cited "Lampiran LAMPIRAN
    UU 1/2015" and `show` opened only the first."""
    sections = [h for h in opened_index.search("pemilihan", limit=1000).hits
                if h.pasal is None and h.regulation.id == "uu-1-2015"]
    citations = [h.citation for h in sections]
    assert "Lampiran (2) UU 1/2015" in citations
    assert len(citations) == len(set(citations))
    texts = {opened_index.show(c).text for c in citations}
    assert len(texts) == len(citations)


@pytest.mark.parametrize("query, units", [
    # "huruf s dan huruf t" was an error ("has no ayat (2) huruf s huruf t")
    ("Pasal 7 ayat (2) huruf s dan huruf t UU 10/2016", [("2", "s"), ("2", "t")]),
    ("Pasal 7 ayat (2) huruf s, t, dan u UU 10/2016", [("2", "s"), ("2", "t"), ("2", "u")]),
    ("Pasal 7 ayat (2) huruf r sampai dengan huruf t UU 10/2016",
     [("2", "r"), ("2", "s"), ("2", "t")]),
    # "ayat (1) dan ayat (2)" gave ayat (1) alone
    ("Pasal 7 ayat (1) dan ayat (2) UU 10/2016", [("1", None), ("2", None)]),
    ("Pasal 7 ayat (1) dan (2) UU 10/2016", [("1", None), ("2", None)]),
    ("UU 10/2016 Pasal 7 ayat (1) dan ayat (2) huruf s", [("1", None), ("2", "s")]),
    ("Pasal 7 (2) UU 10/2016", [("2", None)]),      # informal: was the whole Pasal, silently
])
def test_a_query_citing_several_units_cites_each(opened_index, query, units):
    hits = opened_index.search(query).hits
    assert all(h.citation.endswith(" UU 1/2015 sebagaimana diubah dengan UU 10/2016")
               for h in hits)
    assert [(h.ayat, h.items[0] if h.items else None) for h in hits] == units
    for hit in hits:   # each opens, and at the unit it names
        view = opened_index.show(hit.citation)
        assert (view.regulation.id, view.pasal) == (hit.regulation.id, hit.pasal)
    if len(units) > 1:
        with pytest.raises(QueryError, match="several units"):
            opened_index.show(query)
    else:
        assert opened_index.show(query).pasal == "7"


def test_a_pasal_of_two_regulations_lists_both(opened_index):
    """"Pasal 7 UU 10/2016 dan UU 8/2015" dropped UU 8/2015."""
    hits = opened_index.search("Pasal 7 UU 10/2016 dan UU 8/2015").hits
    assert [h.citation for h in hits] == ["Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016",
                                          "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015"]
    two = opened_index.search("Pasal 156 UU 13/2003 dan Pasal 7 UU 10/2016").hits
    assert [h.pasal for h in two] == ["156", "7"]


@pytest.mark.parametrize("citation", ["Pasal 7 ayat UU 10/2016", "UU 10/2016 Pasal 7 huruf"])
def test_a_half_written_citation_is_refused_not_answered_as_the_whole_pasal(opened_index,
                                                                            citation):
    for ask in (opened_index.show, opened_index.search):
        with pytest.raises(QueryError, match="without its number or letter"):
            ask(citation)


@pytest.mark.parametrize("query", ["body:", "penjelasan: kampanye", "-headings: upah"])
def test_a_field_without_its_word_says_so(opened_index, query):
    """"body:" was searched as the word "body" and answered "Did you mean: kode?"."""
    with pytest.raises(QueryError, match="needs a word after it"):
        opened_index.search(query)
    assert opened_index.search("catatan: upah").hits   # a colon after any other word is fine


def test_a_list_with_a_unit_the_index_lacks_shows_the_rest_and_names_it(opened_index):
    """UU 10/2016 amends Pasal 7 and 9, not 8: the whole list was an error."""
    result = opened_index.search("Pasal 7 sampai dengan Pasal 9 UU 10/2016")
    assert [h.pasal for h in result.hits] == ["7", "9"]
    assert result.missing == ("UU 10/2016 has no Pasal 8 in the index",)
    assert result.to_dict()["missing"] == list(result.missing)


def test_a_citation_query_shows_as_many_hits_as_asked(opened_index):
    result = opened_index.search("Pasal 156 s.d. 158 UU 13/2003", limit=1)
    assert [h.pasal for h in result.hits] == ["156"] and result.total == 3


def test_an_annex_citation_typed_as_a_query_is_answered(opened_index):
    hits = opened_index.search("Lampiran LAMPIRAN I UU 12/2011").hits
    assert [h.citation for h in hits] == ["Lampiran I UU 12/2011"]


def test_a_pasal_without_its_regulation(opened_index):
    with pytest.raises(QueryError, match="names no regulation"):
        opened_index.search("Pasal 7 ayat (2)")
    hits = opened_index.search("Pasal 7 ayat (2)", regulation="UU 10/2016").hits
    assert [h.citation for h in hits] == ["Pasal 7 ayat (2) UU 1/2015 sebagaimana diubah dengan "
                                          "UU 10/2016"]


def test_words_beside_a_citation_naming_nothing_are_searched_without_it(opened_index):
    result = opened_index.search("syarat Pasal 7 UU 99/2099", limit=5)
    assert result.missing and "UU 99/2099 is not in the index" in result.missing[0]
    assert result.read_as is None          # was "Pasal 7 undang-undang 99/2099 syarat"
    assert [h.citation for h in result.hits] == [
        h.citation for h in opened_index.search("syarat", limit=5).hits]


def test_an_amendment_that_left_the_pasal_alone_names_the_text_in_force(opened_index):
    """"sebagaimana telah diubah terakhir dengan" names a regulation's last amendment, which
    need not have touched the Pasal: UU 10/2016 left UU 1/2015 Pasal 1 as UU 8/2015 wrote it."""
    view = opened_index.show("Pasal 1 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert view.citation == "Pasal 1 UU 1/2015 sebagaimana diubah dengan UU 8/2015"
    chain = ("Pasal 7 UU 1/2015 sebagaimana telah diubah dengan UU 8/2015 sebagaimana telah "
             "diubah dengan UU 10/2016")
    assert opened_index.show(chain).citation == ("Pasal 7 UU 1/2015 sebagaimana diubah dengan "
                                                 "UU 10/2016")


@pytest.mark.parametrize("query", ["pasal:7", "doctype:article", "identity:x"])
def test_internal_fields_are_not_query_fields(opened_index, query):
    with pytest.raises(QueryError, match="not a field you can search"):
        opened_index.search(query)


def test_a_perppu_is_found_in_the_act_that_enacted_it(opened_index):
    """Perppu 1/2014 is not in the index by itself: UU 1/2015 ("Penetapan Perppu 1/2014 …
    menjadi Undang-Undang") prints it as its Lampiran. It was "PERPPU 1/2014 is not in the
    index"."""
    assert opened_index.show("Pasal 7 Perppu 1/2014").citation == "Pasal 7 Lampiran UU 1/2015"
    hits = opened_index.search("Perppu No. 1 Tahun 2014 Pasal 7").hits
    assert [h.citation for h in hits] == ["Pasal 7 Lampiran UU 1/2015"]
    with pytest.raises(QueryError, match="the Lampiran of UU 1/2015 has no Pasal 999"):
        opened_index.show("Pasal 999 Perppu 1/2014")
    with pytest.raises(QueryError, match="PP 99/2099 is not in the index"):
        opened_index.show("Pasal 7 PP 99/2099")


def test_a_range_lists_the_inserted_articles_it_covers(opened_index):
    result = opened_index.search("Pasal 54 sampai dengan Pasal 55 UU 10/2016")
    assert [h.pasal for h in result.hits] == ["54", "54A", "54B", "54C", "54D"]
    assert result.missing == ("UU 10/2016 has no Pasal 55 in the index",)   # not 54E … 54H
    ayat = opened_index.search("Pasal 65 ayat (1) sampai dengan ayat (2b) UU 10/2016").hits
    assert [h.ayat for h in ayat] == ["1", "2", "2a", "2b"]


def test_the_option_names_the_regulation_not_more_units(opened_index):
    hits = opened_index.search("Pasal 7", regulation="UU 10/2016").hits
    assert [h.pasal for h in hits] == ["7"]
    with pytest.raises(QueryError, match="the regulation filter names a regulation"):
        opened_index.search("Pasal 7", regulation="UU 10/2016 Pasal 9")   # not dropped silently
    with pytest.raises(QueryError, match='like "Pasal 7 UU 10/2016"'):
        opened_index.search("Pasal 7?")


def test_not_between_words_excludes_like_a_minus(opened_index):
    """"cuti NOT izin" matched 1,106 of 1,122 articles: Whoosh's OR grouping read it as
    "cuti, or anything without izin"."""
    minus = opened_index.search("cuti -izin", limit=100)
    written = opened_index.search("cuti NOT izin", limit=100)
    assert written.total == minus.total < 100
    assert [h.citation for h in written.hits] == [h.citation for h in minus.hits]
    assert opened_index.search("cuti AND NOT izin", limit=100).total == minus.total


def test_an_enacting_act_s_own_article_is_no_version_of_the_annexed_one(opened_index):
    """UU 1/2015's own Pasal 1 ("Perppu 1/2014 … ditetapkan menjadi Undang-Undang") shared
    its identity with the annexed Perppu's Pasal 1 (definitions), so it was "Superseded" by
    the definitions UU 8/2015 rewrote."""
    own = opened_index.show("Pasal 1 UU 1/2015")
    assert "ditetapkan menjadi Undang-Undang" in own.text
    assert own.standing == "current" and not own.versions
    annexed = opened_index.show("Pasal 1 Lampiran UU 1/2015")
    assert annexed.standing == "superseded"
    assert "Pasal 1 UU 1/2015 sebagaimana diubah dengan UU 8/2015" in annexed.versions


def test_words_beside_a_citation_to_a_held_regulation_are_searched_in_it(opened_index):
    result = opened_index.search("sanksi pasal 999 UU 13/2003", limit=5)
    assert result.missing == ("UU 13/2003 has no Pasal 999 in the index (the other words were "
                              "searched in UU 13/2003)",)
    assert result.hits and all(h.regulation.id == "uu-13-2003" for h in result.hits)
    annex = opened_index.search("lampiran UU 12/2011 teknik penyusunan", limit=5).hits
    assert annex and all(h.regulation.id == "uu-12-2011" for h in annex)
    assert annex[0].pasal is not None   # searched as words, not the Lampiran sections listed


@pytest.mark.parametrize("citation, printed", [
    # as printed before session 15, and as printed now
    ("Lampiran PENJELASAN UMUM UU 1/2015", "Penjelasan Umum UU 1/2015"),
    ("Penjelasan Umum UU 1/2015", "Penjelasan Umum UU 1/2015"),
    ("Penjelasan Umum Lampiran UU 1/2015", "Penjelasan Umum Lampiran UU 1/2015"),
    ("Lampiran LAMPIRAN UU 1/2015", "Lampiran UU 1/2015"),
    ("Lampiran UU 1/2015", "Lampiran UU 1/2015"),
    ("Lampiran LAMPIRAN (2) UU 1/2015", "Lampiran (2) UU 1/2015"),
    ("Lampiran (2) UU 1/2015", "Lampiran (2) UU 1/2015")])
def test_an_annex_section_typed_as_printed_is_that_section_alone(opened_index, citation, printed):
    result = opened_index.search(citation)
    assert [h.citation for h in result.hits] == [printed]
    assert (result.read_as, result.missing) == (None, ())   # no "then Lampiran in …" notes
    assert opened_index.show(citation).citation == printed


@pytest.mark.parametrize("query, cited, missing", [
    ("Pasal 7 dan Lampiran III UU 12/2011", ["Pasal 7 UU 12/2011"],
     ("UU 12/2011 has no Lampiran III in the index (it has: Lampiran I, Lampiran II)",)),
    ("Lampiran II dan Pasal 7 UU 12/2011",
     ["Lampiran II UU 12/2011", "Pasal 7 UU 12/2011"], ()),
    ("huruf a Pasal 9 dan huruf b Pasal 10 UU 10/2016",
     ["Pasal 9 huruf a UU 1/2015 sebagaimana diubah dengan UU 10/2016",
      "Pasal 10 huruf b UU 1/2015 sebagaimana diubah dengan UU 10/2016"], ()),
])
def test_annexes_and_labels_beside_other_citations(opened_index, query, cited, missing):
    result = opened_index.search(query)
    assert [h.citation for h in result.hits] == cited and result.missing == missing


def test_words_beside_citations_of_two_regulations_are_searched_in_both(opened_index):
    result = opened_index.search("sanksi Pasal 999 UU 13/2003 dan UU 7/2017", limit=20)
    assert len(result.missing) == 2
    assert result.read_as == "sanksi in UU 13/2003 and UU 7/2017"
    assert {h.regulation.id for h in result.hits} == {"uu-13-2003", "uu-7-2017"}
    one = opened_index.search("sanksi Pasal 999 UU 13/2003", limit=5)
    assert one.read_as == "sanksi in UU 13/2003"


@pytest.mark.parametrize("query, reason", [
    ("Pasal 999 UU 13/2003 tentang Ketenagakerjaan", "UU 13/2003 has no Pasal 999"),
    ("ketentuan Pasal 999 UU 13/2003", "UU 13/2003 has no Pasal 999"),
    ("Pasal 7 s.d. UU 10/2016", "has no end that can be read"),
    ("Pasal I s.d. M UU 10/2016", "has no end that can be read"),
])
def test_a_title_or_a_cut_range_is_still_only_a_citation(opened_index, query, reason):
    with pytest.raises(QueryError, match=reason):
        opened_index.search(query)


def test_a_cited_article_the_filters_leave_out_is_named(opened_index):
    with pytest.raises(NotFoundError) as raised:   # nothing else asked: an error, exit 1
        opened_index.search("Pasal 7 UU 10/2016", regulation="UU 13/2003")
    assert str(raised.value) == ("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016 is "
                                 "outside the filters given")
    partly = opened_index.search("Pasal 7 UU 10/2016 dan Pasal 156 UU 13/2003",
                                 regulation="UU 13/2003")
    assert [h.citation for h in partly.hits] == ["Pasal 156 UU 13/2003"]
    assert partly.missing == ("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016 is "
                              "outside the filters given",)


@pytest.mark.parametrize("citation, cited", [
    # "jo." as lawyers write it: the law as its amendments left it (QA 20 #11)
    ("Pasal 7 ayat (2) huruf s UU No. 1 Tahun 2015 jo. UU No. 10 Tahun 2016",
     "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU 1/2015 jo. UU 8/2015 jo. UU 10/2016",
     "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU 1/2015 jo. UU 8/2015", "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015"),
])
def test_a_law_cited_juncto_its_amendments_is_the_text_they_left(opened_index, citation, cited):
    view = opened_index.show(citation)
    assert (str(view.cited) if view.cited else view.citation) == cited
    assert [h.citation for h in opened_index.search(citation).hits] == [cited]


@pytest.mark.parametrize("citation, cited", [
    # the short forms of "sebagaimana telah diubah dengan" in legal memos (QA round 3, M1):
    # before, the superseded original came first and "stdd" was searched as a word
    ("Pasal 7 UU 1/2015 stdd UU 10/2016", "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU 1/2015 s.t.d.d. UU 8/2015",
     "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015"),
    ("Pasal 7 ayat (2) huruf s UU 1/2015 s.t.d.t.d. UU 10/2016",
     "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU 1/2015 sbgmn diubah dgn UU 10/2016",
     "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU 1/2015 diubah UU 10/2016", "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    # "jo." with the second number only: the type of the first
    ("Pasal 7 UU 1/2015 jo. 10/2016", "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ("Pasal 7 UU Pilkada stdd UU 10/2016", "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
])
def test_amendments_written_short_are_the_text_they_left(opened_index, citation, cited):
    view = opened_index.show(citation)
    assert (str(view.cited) if view.cited else view.citation) == cited
    assert [h.citation for h in opened_index.search(citation).hits] == [cited]


def test_an_amendment_written_short_before_a_name_is_read_once(opened_index):
    # QA round 4 C3: "pasal 156 UU Naker stdd UU Cipta Kerja" was "Searched as: … UU 13/2003
    # sebagaimana diubah dengan UU 11/2020 sebagaimana telah diubah dengan UU 11/2020" (the
    # name read as the text its newest amendment left, then "stdd" read after it)
    result = opened_index.search("Pasal 7 UU Pilkada stdd UU Pilkada 2015")
    assert result.read_as == "Pasal 7 UU 1/2015 sebagaimana telah diubah dengan UU 8/2015"
    assert [h.citation for h in result.hits] == [
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015"]


@pytest.mark.parametrize("text", ["sanksi stdd", "sbg pekerja", "jo. 10 orang",
                                  "pekerja diubah statusnya",
                                  "perda dapat diubah peraturan daerah lain"])
def test_short_amendment_words_elsewhere_are_left_as_written(text):
    from regsearch.citations import amendments_written_out

    assert amendments_written_out(text) is text


def test_a_juncto_of_laws_that_do_not_amend_each_other_cites_each(opened_index):
    # UU 10/2016 and UU 8/2015 both amend UU 1/2015, not one another: two texts named
    with pytest.raises(QueryError) as raised:
        opened_index.show("Pasal 7 UU 10/2016 jo. UU 8/2015")
    # the example offered is the text in force, which opens, never the superseded original
    example = re.search(r"like '([^']+)'", str(raised.value)).group(1)
    assert example == "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    assert opened_index.show(example).standing == "current"
    assert len(opened_index.search("Pasal 7 UU 10/2016 jo. UU 8/2015").hits) == 2


# --- a letter right after a Pasal; an item several ayat hold ----------------------------------
# (UU 13/2003 Pasal 4 has no ayat: "Pembangunan ketenagakerjaan bertujuan: a. … c. memberikan
# perlindungan kepada tenaga kerja dalam mewujudkan kesejahteraan; dan …"; Pasal 156 has a
# huruf c in each of ayat (2), (3) and (4); Pasal 5 has no list.)

@pytest.mark.parametrize("text, expected", [
    ("Pasal 4 c UU 13/2003", [("4", None, ("c",))]),
    ("UU 13/2003 psl 4 c", [("4", None, ("c",))]),
    ("Pasal 4 a s.d. c UU 13/2003",
     [("4", None, ("a",)), ("4", None, ("b",)), ("4", None, ("c",))]),
    ("Pasal 54 A UU 10/2016", [("54A", None, ())]),            # a capital: an inserted Pasal
    ("Pasal 7 di UU 10/2016", [("7", None, ())]),              # two letters: a word
])
def test_a_lone_letter_right_after_a_pasal_is_its_huruf(text, expected):
    """QA: "Pasal 5 c" answered the whole Pasal 5, the "c" dropped unsaid."""
    from regsearch.citations import parse_citations

    assert [(c.pasal, c.ayat, c.items) for c in parse_citations(text)] == expected


def test_a_huruf_after_a_pasal_without_ayat_is_cited_or_said_missing(opened_index):
    for typed in ("Pasal 4 c UU 13/2003", "Ps 4 huruf c UU 13/2003", "UU 13/2003 psl 4 c"):
        result = opened_index.search(typed)
        assert [h.citation for h in result.hits] == ["Pasal 4 huruf c UU 13/2003"], typed
        assert "perlindungan kepada tenaga kerja" in result.hits[0].snippet
    with pytest.raises(QueryError, match="Pasal 5 UU 13/2003 has no huruf c"):
        opened_index.search("Pasal 5 c UU 13/2003")


def test_an_item_named_without_its_ayat_that_several_ayat_hold_is_cited_in_each(opened_index):
    """QA: "Pasal 156 huruf c" answered ayat (2) huruf c alone, as if (3) and (4) had none."""
    hits = opened_index.search("Pasal 156 huruf c UU 13/2003").hits
    assert [h.citation for h in hits] == [f"Pasal 156 ayat ({n}) huruf c UU 13/2003"
                                          for n in (2, 3, 4)]
    with pytest.raises(QueryError, match=r"huruf c of Pasal 156 UU 13/2003, which ayat \(2\), "
                                         r"\(3\) and \(4\) each have; show one, like "
                                         r"'Pasal 156 ayat \(2\) huruf c UU 13/2003'"):
        opened_index.show("Pasal 156 huruf c UU 13/2003")
    assert opened_index.show("Pasal 4 huruf c UU 13/2003").cited.items == ("c",)


# --- words beside a citation the index answers ------------------------------------------------

def test_words_beside_a_cited_article_are_searched_in_the_articles_referring_to_it(opened_index):
    """QA: "sanksi Pasal 156 UU 13/2003" answered Pasal 156 and dropped "sanksi" unsaid. UU
    13/2003 Pasal 190 ayat (1): "Menteri atau pejabat yang ditunjuk mengenakan sanksi
    administratif atas pelanggaran ketentuan-ketentuan sebagaimana diatur dalam Pasal 5, …"."""
    result = opened_index.search("sanksi Pasal 5 UU 13/2003")
    assert [h.citation for h in result.hits] == ["Pasal 5 UU 13/2003",
                                                 "Pasal 190 ayat (1) UU 13/2003"]
    assert result.hits[1].linked == "refers to Pasal 5 UU 13/2003"
    assert "<b>sanksi</b>" in result.hits[1].snippet
    assert result.read_as == "Pasal 5 UU 13/2003, then sanksi in the articles referring to it"
    assert result.total == 2 and not result.missing


def test_the_cited_article_comes_first_with_the_words_highlighted(opened_index):
    result = opened_index.search("pesangon Pasal 156 UU 13/2003", limit=50)
    first, *referring = result.hits
    assert first.citation == "Pasal 156 UU 13/2003" and first.score == 0.0
    assert "<b>uang pesangon</b>" in first.snippet
    assert len(referring) == result.total - 1 >= 5
    for hit in referring:   # each says Pasal 156 and the word (Pasal 163, 165, 166, 167 …)
        assert hit.linked == "refers to Pasal 156 UU 13/2003"
        text = opened_index.show(re.sub(r" (?:ayat \(\w+\)|huruf \w+)", "", hit.citation)).text
        assert "Pasal 156" in text and "pesangon" in text


def test_words_neither_the_cited_article_nor_those_referring_to_it_hold_are_said(opened_index):
    result = opened_index.search("blockchain Pasal 156 UU 13/2003")
    assert [h.citation for h in result.hits] == ["Pasal 156 UU 13/2003"]
    assert result.missing == ("blockchain in Pasal 156 UU 13/2003 or an article referring to it "
                              "('blockchain UU 13/2003' searches the whole regulation)",)


@pytest.mark.parametrize("query", ["apa itu Pasal 156 UU 13/2003", "isi Pasal 156 UU 13/2003",
                                   "Pasal 156 UU 13/2003?"])
def test_question_words_beside_a_citation_ask_for_it(opened_index, query):
    result = opened_index.search(query)
    assert [h.citation for h in result.hits] == ["Pasal 156 UU 13/2003"]
    assert result.read_as is None and not result.missing


def test_question_words_beside_a_citation_naming_nothing_say_why(opened_index):
    with pytest.raises(NotFoundError, match="UU 13/2003 has no Pasal 999"):
        opened_index.search("apa itu Pasal 999 UU 13/2003")


def test_show_refuses_words_beside_its_citation_instead_of_dropping_them(opened_index):
    with pytest.raises(QueryError, match=r"holds words beside the citation \(sanksi\); show "
                                         r"opens a citation alone"):
        opened_index.show("sanksi Pasal 5 UU 13/2003")
    # question words, and the regulation's own title, are part of asking for it
    for citation in ("apa itu Pasal 5 UU 13/2003", "Pasal 5 UU 13/2003 tentang Ketenagakerjaan"):
        assert opened_index.show(citation).citation == "Pasal 5 UU 13/2003"


def test_a_citation_by_name_without_an_index_says_an_index_reads_names():
    # QA round 4 C6: "cannot read a regulation … write it like 'UU 10/2016 Pasal 7'" read as
    # if "UU ITE" were mistyped; short names and titles are read by an index
    with pytest.raises(QueryError, match=r"names a regulation by its title or short name "
                                         r"\('UU ITE'\), which only an index reads"):
        parse_citation("Pasal 27 ayat (3) UU ITE")
    with pytest.raises(QueryError, match="^cannot read a regulation in 'Pasal 5 sanksi'"):
        parse_citation("Pasal 5 sanksi")
