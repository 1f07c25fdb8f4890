"""Two extensions of the JSON contract (README "JSON contract"), from QA session 15:

- ``source.path`` is as a person reads it, relative to the working directory when the file is
  inside it (DESIGN §4's example, "corpus/text/…", run from the checkout), so it differs
  between two directories; ``source.absolute_path`` names the same file from any of them.
- A unit the query cites is answered by its citation, not scored: ``"cited": true`` says why
  its ``score`` is 0.0 while it ranks first.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from regsearch.cli import main

from .conftest import ROOT


def _json(*args: object) -> object:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)   # (notes such as "Searched as:" are on stderr)


def _sources(corpus_index) -> list[dict]:
    """The ``source`` blocks of one query, one show and one list, from the working directory."""
    found = _json("query", "uang pesangon", "-n", "3", "--index", corpus_index, "--json")
    shown = _json("show", "UU 13/2003 Pasal 156", "--index", corpus_index, "--json")
    listed = _json("list", "--index", corpus_index, "--json")
    return ([hit["source"] for hit in found["hits"]] + [shown["source"]]
            + [entry["source"] for entry in listed])


def test_absolute_path_is_the_same_from_two_working_directories(corpus_index, tmp_path,
                                                                 monkeypatch):
    monkeypatch.chdir(ROOT)
    inside = _sources(corpus_index)
    monkeypatch.chdir(tmp_path)
    outside = _sources(corpus_index)
    assert [s["absolute_path"] for s in inside] == [s["absolute_path"] for s in outside]
    assert all(os.path.isabs(s["absolute_path"]) and os.path.isfile(s["absolute_path"])
               for s in inside)
    # path: relative from the checkout (as DESIGN's example), absolute from elsewhere
    assert all(s["path"].startswith("corpus" + os.sep) for s in inside)
    assert [s["path"] for s in outside] == [s["absolute_path"] for s in outside]
    assert all(os.path.abspath(os.path.join(ROOT, s["path"])) == s["absolute_path"]
               for s in inside)


def test_the_python_hit_is_the_json_hit_from_the_same_directory(corpus_index, monkeypatch):
    import regsearch

    monkeypatch.chdir(ROOT)
    found = _json("query", "uang pesangon", "-n", "3", "--index", corpus_index, "--json")
    with regsearch.open_index(corpus_index) as idx:
        hits = idx.search("uang pesangon", limit=3).hits
        assert [hit.to_dict() for hit in hits] == found["hits"]
        assert hits[0].source.absolute_path == found["hits"][0]["source"]["absolute_path"]
        [summary] = [s for s in idx.regulations() if s.info.id == "uu-13-2003"]
        assert summary.absolute_path == os.path.join(ROOT, "corpus", "pdf",
                                                     "uu-13-2003-ketenagakerjaan.pdf")


def test_a_cited_unit_says_it_was_answered_by_its_citation(corpus_index):
    """QA #18: rank 1 had score 0.0 above a hit scored 14.58, with nothing saying why."""
    found = _json("query", "UU 10/2016 Pasal 7 sanksi", "--index", corpus_index, "--json")
    first, second = found["hits"][:2]
    assert first["citation"] == "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    assert (first["rank"], first["score"], first["cited"]) == (1, 0.0, True)
    assert second["cited"] is False and second["score"] > 0


@pytest.mark.parametrize("query, cited", [
    ("Pasal 156 dan 157 UU 13/2003", [True, True]),    # a citation alone: each unit named
    ("sanksi Pasal 5 UU 13/2003", [True, False]),      # then Pasal 190, found by the words
    ("uang pesangon", [False, False]),                 # words only
    ("UU 13/2003", [False, False]),                    # its articles listed in order
])
def test_cited_is_true_only_for_the_units_a_query_cites(opened_index, query, cited):
    hits = opened_index.search(query, limit=2).hits
    assert [hit.cited for hit in hits] == cited
    assert all(hit.score == 0.0 for hit in hits if hit.cited)
