"""Session-15 QA round 2 (W1, C5) on texts no longer in force and on a regulation listed alone.

A deleted article ("Pasal 100 dihapus", UU 8/2015 on the Perppu in the Lampiran of UU 1/2015)
has no force left: it sinks below the text in force that answers, harder than an older
wording of a living article, and stays listed. A regulation alone lists its articles by Pasal
number with each article's versions together. On the bundled corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import regsearch
from regsearch.inforce import (NO_FORCE_FACTOR, SUPERSEDED_FACTOR, _family, _moved_below,
                               _standing_factor)


def test_no_force_sinks_harder_than_an_older_wording():
    deleted = _standing_factor("2014", newest="2014", deletion="2015", rewording="")
    older = _standing_factor("2014", newest="2015", deletion="", rewording="")
    reinserted = _standing_factor("2014", newest="2016", deletion="2015", rewording="")
    assert deleted == NO_FORCE_FACTOR < older == SUPERSEDED_FACTOR < 1.0
    assert reinserted == SUPERSEDED_FACTOR     # deleted, then inserted again: a living article
    assert _standing_factor("2016", newest="2016", deletion="2015", rewording="") == 1.0


def test_deleted_articles_follow_the_text_in_force_and_stay_listed(opened_index):
    # Pasal 100 and 102 (Lampiran UU 1/2015, rekapitulasi di PPS) were deleted by UU 8/2015;
    # with the ×0.7 of an older wording they ranked #3 and #4, above the amended 115–119;
    # now #32 and #33 (the first page of candidates is 40 deep).
    found = opened_index.search("rekapitulasi penghitungan suara di PPS", limit=40)
    standings = [h.standing for h in found.hits]
    first_deleted = standings.index("deleted")
    assert first_deleted >= 10 and standings[:first_deleted].count("current") >= 3
    deleted = {h.pasal for h in found.hits if h.standing == "deleted"}
    assert {"100", "102"} <= deleted          # listed still, never hidden


def test_revoked_law_follows_the_law_in_force(opened_index):
    # UU 22/2014 is revoked by UU 1/2015; "uji publik" is in both it and UU 7/2017 (in force)
    found = opened_index.search("uji publik bakal calon", limit=10)
    standings = [h.standing for h in found.hits]
    assert "current" in standings[:3]
    assert "revoked" in standings


def test_a_regulation_alone_lists_its_articles_by_number_versions_together(opened_index):
    listed = opened_index.search("UU 1/2015", limit=1000).hits
    lampiran = [h for h in listed if h.pasal is not None
                and ("Lampiran" in h.citation or h.amends is not None)]
    numbers = [_number(h.pasal) for h in lampiran]
    assert numbers == sorted(numbers)                      # Pasal order, amendments included
    assert [h.pasal for h in listed[:2]] == ["1", "2"]     # the act's own Pasal 1 and 2 first
    seven = [h.citation for h in listed if h.pasal == "7"][-3:]
    assert seven == ["Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016",
                     "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015",
                     "Pasal 7 Lampiran UU 1/2015"]         # newest first, side by side
    positions = [i for i, h in enumerate(listed) if h.pasal == "7"][-3:]
    assert positions == list(range(positions[0], positions[0] + 3))


def _number(pasal: str) -> tuple[int, str]:
    digits = pasal.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits), pasal[len(digits):]



# Session 16: a text no longer in force never ranks above the best text in force of its own
# regulation family holding every query word it holds. UU 11/2020 Pasal 81 (the verbatim
# excerpt tests/fixtures/uu-11-2020-cipta-kerja-pasal-80-85.md) rewords UU 13/2003 Pasal 156
# and deletes Pasal 161–169; "uang penggantian hak" ranked the deleted 161–168 (short,
# every word in one ayat) #1–#7 even at NO_FORCE_FACTOR, Pasal 156 as amended 8th.

@pytest.fixture(scope="module")
def amended_labour_law(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("cipta-kerja-in-force")
    for source in (Path(__file__).parent / "fixtures" / "uu-11-2020-cipta-kerja-pasal-80-85.md",
                   corpus_dir / "pdf" / "uu-13-2003-ketenagakerjaan.pdf"):
        shutil.copy(source, folder / source.name)
    regsearch.build_index([folder], folder / "index")
    with regsearch.open_index(folder / "index") as index:
        yield index


def test_deleted_articles_follow_the_article_in_force_holding_their_words(amended_labour_law):
    hits = amended_labour_law.search("uang penggantian hak", limit=10).hits
    assert (hits[0].citation, hits[0].standing) == (
        "Pasal 156 ayat (1) UU 13/2003 sebagaimana diubah dengan UU 11/2020", "current")
    assert hits[1].citation == "Pasal 156 ayat (1) UU 13/2003"   # its older wording with it
    deleted = [h.pasal for h in hits if h.standing == "deleted"]
    assert {"162", "163", "165", "167"} <= set(deleted)   # listed still, never hidden
    assert [h.standing for h in hits[2:]] == ["deleted"] * len(hits[2:])


def test_repealed_texts_keep_their_order_below_the_answer_in_force():
    ranked = [(9.0, {}, "a#1"), (8.0, {}, "a#2"), (7.0, {}, "a#3"), (6.0, {}, "a#3"),
              (5.0, {}, "b#1")]
    gone = [True, True, False, False, True]
    in_force = [False, False, True, False, True]   # a#3's older wording follows it
    families = ["a", "a", "a", "a", "b"]
    held = [frozenset("x"), frozenset("xy"), frozenset("xy"), frozenset("xy"), frozenset("x")]
    order = [item[2] for item in _moved_below(ranked, gone, in_force, families, held)]
    assert order == ["a#3", "a#3", "a#1", "a#2", "b#1"]
    held[2] = held[3] = frozenset("x")   # a#2 holds a word the law in force lacks: it stays
    order = [item[2] for item in _moved_below(ranked, gone, in_force, families, held)]
    assert order == ["a#2", "a#3", "a#3", "a#1", "b#1"]
    in_force[4] = False
    ranked.insert(0, (10.0, {}, "a#4"))   # the best in force of the family already leads:
    for column, first in ((gone, False), (in_force, True), (families, "a"),
                          (held, frozenset("xy"))):
        column.insert(0, first)
    order = [item[2] for item in _moved_below(ranked, gone, in_force, families, held)]
    assert order == ["a#4", "a#1", "a#2", "a#3", "a#3", "b#1"]   # nothing moves


def test_the_family_of_a_text_is_the_law_in_force_that_answers_for_it():
    revokers = {"uu-22-1999": "uu-32-2004", "uu-32-2004": "uu-23-2014", "uu-28-2009": "uu-1-2022"}
    # a revoked law's article: the last law revoking it in turn
    assert _family({"regulation": {"id": "uu-22-1999"}}, "uu-22-1999#103", revokers) == \
        "uu-23-2014"
    # an amendment's wording of an article of a law since revoked (UU 11/2020 rewording UU
    # 28/2009 Pasal 157, which UU 1/2022 revoked): the revoking law too
    assert _family({"regulation": {"id": "uu-11-2020"}}, "uu-28-2009#157", revokers) == \
        "uu-1-2022"
    # a law in force: the law its article belongs to, whichever law worded it
    assert _family({"regulation": {"id": "uu-11-2020"}}, "uu-13-2003#156", revokers) == \
        "uu-13-2003"


def test_a_law_cited_by_its_number_lists_its_text_in_force_first(opened_index):
    """s18 (qa6 N9): "pasal 32 uu 40/2007" listed the 2007 wording ("paling sedikit Rp
    50.000.000", superseded) first, the version UU 11/2020 made second. Here Pasal 7 of the
    Perppu in the Lampiran of UU 1/2015, which UU 8/2015 and UU 10/2016 reworded."""
    found = opened_index.search("Pasal 7 UU 1/2015")
    assert [h.citation for h in found.hits] == [
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016",
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015",
        "Pasal 7 Lampiran UU 1/2015"]
    assert [h.standing for h in found.hits] == ["current", "superseded", "superseded"]
    # a version named is listed first; show opens what the citation names
    named = opened_index.search("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015")
    assert named.hits[0].citation == "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015"
    assert opened_index.search("UU 8/2015 Pasal 7").hits[0].citation == (
        "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015")
    assert opened_index.show("Pasal 7 UU 1/2015").citation == "Pasal 7 Lampiran UU 1/2015"
