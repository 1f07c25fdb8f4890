"""The numpy scorer (regsearch/scoring.py) against Whoosh itself, on the bundled corpus.

The fast path must rank exactly as Whoosh's BM25F would score the same query — same
documents, same scores — so that speed costs no quality. Whoosh is the reference here,
run on the same index.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from whoosh.query import And, Or, Phrase, Term

import regsearch
from regsearch import scoring
from regsearch.analysis import in_order_within
from regsearch.scoring import PostingReader, _read_one_by_one
from regsearch.search import _plan_terms

from .conftest import TEXT

ROOT = Path(__file__).resolve().parent.parent
DEV_QUERIES = [q["query"] for q in json.loads((ROOT / "eval" / "dev.json").read_text())["queries"]]


def _whoosh_equivalent(plan):
    """The plan as one Whoosh query: every weighted term, every phrase with its boost (a
    phrase bound to kinds of rule scored only in documents stating one: ``And`` with a kind
    term weighing nothing, as Whoosh 2.7.4's ``Require`` matched documents without it)."""
    parts = [Term(t.field, t.text, boost=t.boost) for group in plan.groups for t in group]
    parts += [Term(t.field, t.text, boost=t.boost) for t in plan.extras]
    for p in plan.phrases:
        phrase = Phrase(p.field, list(p.terms), slop=p.slop, boost=p.boost)
        parts.append(And([phrase, Or([Term("kinds", kind, boost=0.0) for kind in p.kinds])])
                     if p.kinds else phrase)
    return Or(parts)


def _whoosh_top(opened_index, plan, depth):
    searcher = opened_index._current_searcher()
    results = searcher.search(_whoosh_equivalent(plan), limit=depth)
    return [(r.docnum, r.score) for r in results], results


@pytest.mark.parametrize("text", DEV_QUERIES + ['"pengunduran diri"', '"upah minimum" pekerja',
                                                '"calon gubernur" "calon bupati"'])
def test_scores_equal_whoosh_bm25f(opened_index, text):
    # (a defined abbreviation's other form, scored as the form typed, has no Whoosh query:
    # checked apart, test_a_defined_forms_bonus_is_the_better_of_the_two_forms)
    plan = _without_defined_forms(opened_index._plan(text))
    want, _ = _whoosh_top(opened_index, plan, 40)
    docnums, scores, total = opened_index._posting_reader().score(plan, None, 40)
    got = list(zip(docnums.tolist(), scores.tolist()))
    assert [d for d, _ in got] == [d for d, _ in want] or _same_up_to_ties(got, want)
    assert np.allclose([s for _, s in got], [s for _, s in want], rtol=1e-9, atol=1e-9)
    assert total >= len(got)


def _without_defined_forms(plan):
    """The plan less what Whoosh has no query for: a defined form scored as the form typed,
    and a "/" pair scored at the better of it and the word typed (``instead_of``:
    tests/test_word_pairs.py)."""
    return replace(plan, phrases=tuple(p for p in plan.phrases
                                       if not p.scored_as and not p.instead_of))


def test_a_defined_forms_bonus_is_the_better_of_the_two_forms(opened_index):
    """POJK 22/2015 and 11/2024 define "Otoritas Jasa Keuangan yang selanjutnya disingkat
    OJK": an article writing the full form gets what "OJK" typed scores at most (one term's
    BM25 ceiling, idf × (K1 + 1)); one writing "OJK" only gets nothing more; none loses."""
    plan = opened_index._plan("siapa penyidik OJK")
    defined = [p for p in plan.phrases if p.scored_as]
    assert {(p.field, p.terms, p.scored_as) for p in defined} == {
        ("body", ("otoritas", "jasa", "uang"), ("ojk",)),
        ("body_exact", ("otoritas", "jasa", "keuangan"), ("ojk",))}
    reader = opened_index._posting_reader()
    size = reader.size
    ids, with_forms, _ = reader.score(plan, None, size)
    without = dict(zip(*(a.tolist() for a in reader.score(
        _without_defined_forms(plan), None, size)[:2])))
    extra = {d: s - without.get(d, 0.0) for d, s in zip(ids.tolist(), with_forms.tolist())}
    assert min(extra.values()) >= -1e-9
    short = set(reader.postings("body", "ojk").ids.tolist())
    full = set(reader.postings("body", "otoritas").ids.tolist())
    ceiling = sum(p.boost * reader.idf(p.field, "ojk") * (reader.K1 + 1) for p in defined)
    gained = [d for d in full - short if extra.get(d, 0.0) > 1e-9]
    assert gained and all(extra[d] <= ceiling for d in gained)
    assert all(extra.get(d, 0.0) < 1e-9 for d in short - full)


def _same_up_to_ties(got, want):
    """Equal scores may come in another order only among documents tied on the score."""
    return sorted((round(s, 9), d) for d, s in got) == sorted((round(s, 9), d) for d, s in want)


def test_quoted_phrase_matches_whoosh_parser(opened_index):
    """A quoted phrase is the parser's phrase in every field; the count is exact."""
    searcher = opened_index._current_searcher()
    whoosh = searcher.search(opened_index._parse('"pengunduran diri"'), limit=None)
    docnums, scores, total = opened_index._posting_reader().score(
        opened_index._plan('"pengunduran diri"'), None, 100)
    assert total == len(whoosh) > 5
    assert sorted(docnums.tolist()) == sorted(r.docnum for r in whoosh)
    assert np.allclose(sorted(scores), sorted(r.score for r in whoosh))


def test_filters_restrict_the_scored_documents(opened_index):
    from whoosh.query import And
    postings = opened_index._posting_reader()
    only_uu_2003 = And([Term("type", "UU"), Term("year", "2003")])
    allowed = postings.mask(only_uu_2003)
    docnums, _, total = postings.score(opened_index._plan("upah lembur"), allowed, 50)
    searcher = opened_index._current_searcher()
    assert len(docnums) and all(searcher.stored_fields(d)["reg_id"] == "uu-13-2003"
                                for d in docnums.tolist())
    unfiltered = postings.score(opened_index._plan("upah lembur"), None, 50)[2]
    assert total < unfiltered


def test_block_decoding_equals_walking_the_matcher(opened_index):
    """The fast block reader (Whoosh internals) and the public matcher API agree."""
    reader = opened_index._current_searcher().reader()
    postings = opened_index._posting_reader()
    for field, term in [("body", "calon"), ("body_exact", "pengunduran"), ("body", "upah"),
                        ("headings", "syarat"), ("kinds", "sanksi")]:
        fast = postings.postings(field, term)
        ids, weights, values = _read_one_by_one(reader.postings(field, term),
                                                fast.values is not None)
        assert len(fast) > 0
        assert fast.ids.tolist() == ids.tolist()
        assert fast.weights.tolist() == weights.tolist()
        assert (fast.values is None) == (values is None)
        if values is not None:
            assert tuple(fast.values) == tuple(values)
            assert fast.values[-1] == values[-1] and fast.values[3:6] == list(values[3:6])


def test_positions_are_decoded_only_for_the_blocks_asked_for(opened_index):
    """Scoring reads a block's ids and weights without its positions (``_block_data``);
    a phrase check decodes the positions of the one block it reaches."""
    postings = PostingReader(opened_index._current_searcher(), B=0.75, K1=1.2)
    values = postings.postings("body", "calon").values
    assert len(values._blocks) >= 3
    assert all(isinstance(block, bytes) for block in values._blocks[:-1])
    values[130]  # in the second block (128 postings each)
    decoded = [not isinstance(block, bytes) for block in values._blocks[:-1]]
    assert decoded[:2] == [False, True] and sum(decoded) == 1


def test_unknown_term_scores_nothing(opened_index):
    postings = opened_index._posting_reader()
    assert len(postings.postings("body", "zzzqqq")) == 0
    docnums, _, total = postings.score(opened_index._plan("zzzqqq"), None, 10)
    assert total == 0 and len(docnums) == 0


def test_posting_cache_is_bounded(opened_index):
    searcher = opened_index._current_searcher()
    small = PostingReader(searcher, B=0.75, K1=1.2, cache_postings=500)
    for term in ("calon", "upah", "pekerja", "sanksi", "pidana"):
        small.postings("body", term)
    assert small._cached <= 500 or len(small._cache) == 1


def test_in_order_within():
    assert in_order_within([[3], [4]], 1)
    assert not in_order_within([[4], [3]], 1)            # order matters
    assert in_order_within([[1, 10], [12], [14]], 2)     # the second start works
    assert not in_order_within([[1], [5]], 3)            # too far apart
    assert in_order_within([[1], [4]], 3)


def test_plan_terms_cover_words_extras_and_phrases(opened_index):
    plan = opened_index._plan("sanksi PHK")
    body_terms = {t.text for t in _plan_terms(plan) if t.field == "body"}
    assert {"sanksi", "phk"} <= body_terms and "putus" in body_terms   # PHK spelled out
    assert any(t.field == "kinds" and t.text == "sanksi" for t in plan.extras)


def test_snippet_prefilter_never_skips_a_word_that_stems_to_a_term(corpus_dir):
    """Snippets stem only words containing a query term's core (stemming is the cold
    query's biggest cost); over the corpus vocabulary no ASCII word is wrongly skipped."""
    from regsearch import analysis
    from regsearch.expand import may_stem_to, term_cores

    words = {w.lower() for path in sorted((corpus_dir / "text").iterdir())
             if path.suffix in {".txt", ".md"}
             for w, _, _ in analysis.tokenize(path.read_text(errors="ignore"))}
    assert len(words) > 3000
    skipped = [w for w in words if w.isascii() and (stem := analysis.normalize(w))
               and not may_stem_to(w, term_cores({stem}))]
    assert skipped == []


def test_postings_of_a_segment_with_deleted_documents(tmp_path, monkeypatch):
    """After an update, a segment holds deleted documents and Whoosh filters its postings;
    the block reader reads past the filter and ``alive`` drops them: the same live postings
    as Whoosh's matcher, and the same search answers as walking the filter."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("uu-22-2014-pilkada.txt", "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt"):
        shutil.copy(TEXT / name, docs)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    with (docs / "uu-22-2014-pilkada.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nCatatan.\n")
    assert len(regsearch.build_index([docs], index_dir).updated) == 1
    with regsearch.open_index(index_dir) as idx:
        searcher = idx._current_searcher()
        assert any(leaf.has_deletions() for leaf, _ in searcher.reader().leaf_readers())
        postings = idx._posting_reader()
        for field, term in [("body", "calon"), ("body_exact", "gubernur"), ("kinds", "sanksi")]:
            fast = postings.postings(field, term)
            live = postings.alive[fast.ids]
            expected = [(offset + docnum, weight) for leaf, offset in searcher.reader().leaf_readers()
                        for docnum, weight in zip(*_read_one_by_one(
                            leaf.postings(field, term), False)[:2])]
            assert list(zip(fast.ids[live].tolist(), fast.weights[live].tolist())) == expected
        fast_hits = [(h.citation, h.score) for h in idx.search("calon gubernur mundur").hits]
    # The same search when the filter is walked posting by posting (the public matcher API).
    monkeypatch.setattr(scoring, "FilterMatcher", type("NotAFilter", (), {}))
    with regsearch.open_index(index_dir) as idx:
        slow_hits = [(h.citation, h.score) for h in idx.search("calon gubernur mundur").hits]
    assert fast_hits == slow_hits and fast_hits
