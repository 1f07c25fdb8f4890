"""The Python API against the real bundled corpus (pypdf, parser, Whoosh, no mocks)."""

from __future__ import annotations

import pytest

import regsearch
from regsearch import QueryError, RegsearchError

from .conftest import PDF, TEXT


def test_public_surface_is_declared():
    for name in regsearch.__all__:
        assert getattr(regsearch, name) is not None


def test_parse_file_returns_a_typed_regulation():
    reg = regsearch.parse_file(TEXT / "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt")
    assert (reg.type, reg.number, reg.year) == ("UU", "10", 2016)
    assert "Perubahan Kedua" in reg.title
    quoted = {a.pasal: a for a in reg.articles if a.amends}
    assert quoted["7"].amends.via == "Pasal I angka 1"
    assert quoted["7"].amends.ref == regsearch.RegulationRef("UU", "1", 2015)


def test_a_pdf_saved_under_a_text_name_is_read_as_the_pdf_it_is(tmp_path):
    # a download saved as "perpres.txt" was decoded as text: "no regulation found (no title
    # block and no Pasal)" (QA 20 #14); its content says what it is
    from regsearch.extract import extract

    original = PDF / "uu-9-1997-pengesahan-traktat-sea-nwfz.pdf"
    renamed = tmp_path / "perpres.txt"
    renamed.write_bytes(original.read_bytes())
    reg, pdf = regsearch.parse_file(renamed), regsearch.parse_file(original)
    assert (reg.type, reg.number, reg.year) == ("UU", "9", 1997)
    assert [(a.pasal, a.text, a.page) for a in reg.articles] == [
        (a.pasal, a.text, a.page) for a in pdf.articles]
    assert extract(renamed).notes[0] == "a PDF named .txt: read as a PDF"


def test_pdf_articles_carry_their_page():
    reg = regsearch.parse_file(PDF / "pojk-22-pojk01-2015-penyidikan.pdf")
    pasal2 = next(a for a in reg.articles if a.pasal == "2")
    assert pasal2.page == 3


def _key(hit):
    return (hit.regulation.id, hit.pasal)


def test_headline_query_finds_the_resignation_rules(opened_index):
    result = opened_index.search("pengunduran diri", limit=10)
    top10 = [_key(h) for h in result.hits]
    assert ("uu-10-2016", "7") in top10[:5]
    assert ("uu-8-2015", "53") in top10
    assert ("uu-8-2015", "191") in top10
    by_key = {_key(h): h for h in result.hits}
    assert by_key[("uu-10-2016", "7")].amends.via == "Pasal I angka 1"
    assert by_key[("uu-8-2015", "53")].amends.ref.id == "uu-1-2015"
    assert result.total >= len(result.hits)


def test_hits_are_ranked_and_cited(opened_index):
    hits = opened_index.search("pengunduran diri", limit=5).hits
    assert [h.rank for h in hits] == [1, 2, 3, 4, 5]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    pasal7 = next(h for h in hits if _key(h) == ("uu-10-2016", "7"))
    assert pasal7.citation.startswith("Pasal 7 ayat (2) huruf")
    assert pasal7.citation.endswith("UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert pasal7.ayat == "2"
    assert "<b>pengunduran diri</b>" in pasal7.snippet


def test_filters_restrict_hits(opened_index):
    hits = opened_index.search("sanksi administratif", limit=10, type="POJK").hits
    assert hits and all(h.regulation.type == "POJK" for h in hits)
    hits = opened_index.search("upah", limit=10, year=2003).hits
    assert hits and all(h.regulation.year == 2003 for h in hits)
    hits = opened_index.search("calon", limit=20, regulation="UU 10/2016").hits
    assert hits and all(h.regulation.id == "uu-10-2016" for h in hits)


def test_show_resolves_citation_forms(opened_index):
    view = opened_index.show("UU 10/2016 Pasal 7")
    assert view.pasal == "7" and view.amends is not None
    assert [a.number for a in view.ayat] == ["1", "2"]
    assert len(view.ayat[1].items) == 21  # huruf a … u
    same = opened_index.show("Pasal 7 UU Nomor 10 Tahun 2016")
    assert same.text == view.text
    assert opened_index.show("POJK 7/2014 Pasal 3").regulation.id == "pojk-7-2014"


def test_show_says_whether_the_article_is_still_in_force(opened_index):
    current = opened_index.show("UU 10/2016 Pasal 7")
    assert (current.standing, current.replaced_by) == ("current", None)
    # the Perppu text (Lampiran UU 1/2015), reworded by UU 8/2015 and again by UU 10/2016
    older = opened_index.show("UU 1/2015 Pasal 7")
    assert older.standing == "superseded" and older.replaced_by == current.citation
    # "97. Ketentuan Pasal 169 dihapus." (UU 8/2015 Pasal I)
    deleted = opened_index.show("UU 1/2015 Pasal 169")
    assert (deleted.standing, deleted.replaced_by) == ("deleted", "UU 8/2015")
    # Perppu 1/2014 (enacted by UU 1/2015) revokes UU 22/2014 as a whole
    revoked = opened_index.show("UU 22/2014 Pasal 3")
    assert (revoked.standing, revoked.replaced_by) == ("revoked", "UU 1/2015")
    assert {v.standing for v in (current, older, deleted, revoked)} <= set(regsearch.STANDINGS)


def test_hits_carry_the_standing_of_their_article(opened_index):
    hits = opened_index.search("cuti kampanye", limit=10).hits
    chain = {h.regulation.id: h for h in hits if h.pasal == "70"
             and (h.amends.ref.id if h.amends else h.regulation.id) == "uu-1-2015"}
    assert chain["uu-10-2016"].standing == "current"
    newest = "Pasal 70 UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    assert chain["uu-8-2015"].replaced_by == chain["uu-1-2015"].replaced_by == newest
    assert chain["uu-8-2015"].standing == chain["uu-1-2015"].standing == "superseded"
    cited = opened_index.search("UU 1/2015 Pasal 169").hits
    assert [(h.standing, h.replaced_by) for h in cited] == [("deleted", "UU 8/2015")]


def test_laws_enacting_unnamed_regulations_do_not_share_articles(tmp_path):
    """Two 1953 acts each enact an emergency law ("Undang-undang Darurat No. …", a type the
    parser does not name): their quoted Pasal 1 are no versions of each other."""
    from .test_parse_rules import OLD_STYLE_UU

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, subject in (("26", "uang perak lama"), ("27", "bea meterai")):
        text = OLD_STYLE_UU.replace("NOMOR 11 TAHUN 1951", f"NOMOR {number} TAHUN 1953").replace(
            "WASHINGTON. Pasal 1. Perjanjian",
            f"WASHINGTON.\nPasal I\nPeraturan-peraturan yang termaktub dalam Undang-undang "
            f"Darurat tentang {subject} ditetapkan sebagai undang-undang yang berbunyi sebagai "
            f"berikut.\nPasal 1\nPerjanjian tentang {subject}").replace(
            "disahkan. Pasal 2. Undang-undang", "disahkan.\nPasal 2\nUndang-undang")
        (corpus / f"uu-{number}-1953.md").write_text(text, encoding="utf-8")
    regsearch.build_index([corpus], tmp_path / "index")
    with regsearch.open_index(tmp_path / "index") as index:
        for number in ("26", "27"):
            view = index.show(f"UU {number}/1953 Pasal 1")
            assert view.amends is not None and view.amends.ref.type == "UNKNOWN"
            assert (view.versions, view.standing) == ((), "current")


def test_show_reports_missing_articles_clearly(opened_index):
    with pytest.raises(QueryError, match="UU 99/2020 is not in the index"):
        opened_index.show("UU 99/2020 Pasal 1")
    with pytest.raises(QueryError, match="no Pasal 999"):
        opened_index.show("UU 13/2003 Pasal 999")


def test_a_catalogue_line_names_its_regulation_as_a_hit_does(opened_index):
    """QA round 6: `s.regulation.number` failed on a catalogue line (it was `s.info`)."""
    hit = opened_index.search("upah minimum").hits[0]
    line = next(s for s in opened_index.regulations() if s.info.id == hit.regulation.id)
    assert line.regulation == hit.regulation == line.info


def test_catalogue_lists_every_good_document(opened_index):
    ids = {s.info.id for s in opened_index.regulations()}
    assert {"uu-10-2016", "uu-8-2015", "uu-1-2015", "uu-13-2003", "pojk-7-2014",
            "perka-bapeten-3-2012", "pergub-bali-3-2021"} <= ids


@pytest.mark.parametrize("text", ['"pengunduran', "AND", "OR OR", "(", "*", "-", "a" * 10000,
                                  "cuti\x00\x07 hamil", "🙂 cuti"])
def test_odd_queries_answer_or_fail_cleanly(opened_index, text):
    try:
        opened_index.search(text)
    except RegsearchError as exc:
        assert "\n" not in str(exc)


def test_empty_query_without_filters_is_a_query_error(opened_index):
    with pytest.raises(QueryError, match="empty query"):
        opened_index.search("   ")


def test_overlong_queries_are_refused_in_one_short_line(opened_index):
    for text in ("x" * 10_000, "kata " * 500):
        with pytest.raises(QueryError, match="too long") as info:
            opened_index.search(text)
        assert len(str(info.value)) < 200


def test_an_index_whose_files_were_all_removed_answers_nothing(tmp_path):
    """Its document count is 0: Whoosh's idf took the log of it ("math domain error")."""
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = next(TEXT.glob("uu-12-2011-*.txt"))
    shutil.copy(source, corpus / source.name)
    regsearch.build_index([corpus], tmp_path / "index")
    (corpus / source.name).unlink()
    assert len(regsearch.build_index([corpus], tmp_path / "index").removed) == 1
    with regsearch.open_index(tmp_path / "index") as index:
        for query in ("peraturan perundang-undangan", '"undang-undang" OR perda'):
            assert index.search(query).hits == ()
        assert index.regulations() == []
        with pytest.raises(QueryError, match="not in the index"):
            index.show("UU 12/2011 Pasal 1")


@pytest.mark.parametrize("call", [
    lambda index: index.search("upah", limit=None),
    lambda index: index.search("upah", limit="10"),
    lambda index: index.search(b"upah"),
    lambda index: index.show(None),
    lambda index: index.show(7),
])
def test_wrong_argument_types_are_query_errors(opened_index, call):
    with pytest.raises(QueryError):
        call(opened_index)


def test_a_closed_index_answers_no_more(corpus_index):
    index = regsearch.open_index(corpus_index)
    assert index.search("upah minimum").hits
    index.close()
    with pytest.raises(RegsearchError, match="closed"):
        index.search("upah minimum")
    with regsearch.open_index(corpus_index) as again:   # others are not affected
        assert again.search("upah minimum").hits


def test_the_version_and_the_lazy_names_are_discoverable():
    from importlib.metadata import version

    assert regsearch.__version__ == version("regsearch")
    listed = dir(regsearch)
    assert {"open_index", "build_index", "parse_citation", "__version__"} <= set(listed)
    assert not {"import_module", "TYPE_CHECKING", "Any", "annotations"} & set(listed)
