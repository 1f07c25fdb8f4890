"""The matching and metric code of bench/quality.py, on hand-made hits; and the judgment
files, against the index of the bundled corpus."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import regsearch

from .bench_scripts import load_bench

ROOT = Path(__file__).resolve().parent.parent


Q = load_bench("quality")


def judg(type_, number, year, pasal, grade, aliases=()):
    return Q.Judgment.from_json({"type": type_, "number": number, "year": year, "pasal": pasal,
                                 "grade": grade,
                                 "aliases": [{"type": t, "number": n, "year": y}
                                             for t, n, y in aliases]})


def hit(type_, number, year, pasal, amends=None):
    return Q.make_ranked(type_, number, year, pasal, amends)


# d01 of eval/dev.json, shortened: the newest version, a sibling, and the original (Perppu).
UU10_7 = judg("UU", "10", 2016, "7", 2)
UU8_53 = judg("UU", "8", 2015, "53", 2)
UU1_7 = judg("UU", "1", 2015, "7", 1, aliases=[("PERPPU", "1", 2014)])
D01 = [UU10_7, UU8_53, UU1_7]

H_UU10_7 = hit("UU", "10", 2016, "7", amends=("UU", "1", 2015, "7"))
H_UU8_53 = hit("UU", "8", 2015, "53", amends=("UU", "1", 2015, "53"))
H_UU1_7 = hit("UU", "1", 2015, "7")
H_OTHER = hit("UU", "7", 2017, "1")


def test_identity_is_normalised():
    assert Q.identity("uu", " 7 ", "2017", "5a") == ("UU", "7", 2017, "5A")
    assert hit("UU", "10", 2016, "5a").own == hit("uu", "10", "2016", "5A").own


def test_perfect_ranking_scores_one():
    score = Q.score_query([H_UU10_7, H_UU8_53, H_UU1_7], D01)
    assert score.ndcg == pytest.approx(1.0)
    assert score.recall == 1.0 and score.rr == 1.0 and score.rr2 == 1.0


def test_empty_ranking_scores_zero():
    score = Q.score_query([], D01)
    assert (score.ndcg, score.recall, score.rr, score.rr2) == (0.0, 0.0, 0.0, 0.0)
    assert Q.score_query([H_OTHER] * 3, D01).ndcg == 0.0


def test_ndcg_uses_graded_gains_and_log_discount():
    # Only the grade-1 article, at rank 2: DCG = 1/log2(3); ideal = 3 + 3/log2(3) + 1/2.
    score = Q.score_query([H_OTHER, H_UU1_7], D01)
    ideal = 3 + 3 / math.log2(3) + 1 / 2
    assert score.ndcg == pytest.approx((1 / math.log2(3)) / ideal)
    assert score.recall == pytest.approx(1 / 3)
    assert score.rr == 0.5 and score.rr2 == 0.0


def test_only_top_k_counts():
    hits = [H_OTHER] * 10 + [H_UU10_7]
    assert Q.score_query(hits, D01).recall == 0.0


def test_direct_match_beats_amends_match():
    # UU 10/2016 Pasal 7 quotes UU 1/2015 Pasal 7; it is credited with its own judgment only.
    credit = Q.assign_credit([H_UU10_7], D01)
    assert credit == [0]
    # ... so the original, ranked after it, still earns its own grade-1 credit.
    assert Q.assign_credit([H_UU10_7, H_UU1_7], D01) == [0, 2]


def test_duplicate_gains_nothing_and_does_not_fall_back_to_amends():
    # The second copy of UU 10/2016 Pasal 7 must not collect UU 1/2015 Pasal 7 through amends.
    assert Q.assign_credit([H_UU10_7, H_UU10_7, H_UU1_7], D01) == [0, None, 2]
    score = Q.score_query([H_UU10_7, H_UU10_7], D01)
    assert score.recall == pytest.approx(1 / 3)


def test_amends_match_when_the_quoting_version_is_not_judged():
    # UU 8/2015 Pasal 7 is not judged here; it quotes UU 1/2015 Pasal 7, which is.
    h = hit("UU", "8", 2015, "7", amends=("UU", "1", 2015, "7"))
    assert Q.assign_credit([h], D01) == [2]
    # once claimed that way, the original itself is a duplicate (each judgment once)
    assert Q.assign_credit([h, H_UU1_7], D01) == [2, None]


def test_alias_matching():
    # The Perppu article reported under its own name matches the UU 1/2015 judgment.
    perppu = hit("PERPPU", "1", 2014, "7")
    assert Q.assign_credit([perppu], D01) == [2]
    # an amending article that names the Perppu as what it amends matches too
    quoting = hit("UU", "8", 2015, "7", amends=("PERPPU", "1", 2014, "7"))
    assert Q.assign_credit([quoting], D01) == [2]
    # the alias carries the judgment's pasal, not any pasal
    assert Q.assign_credit([hit("PERPPU", "1", 2014, "8")], D01) == [None]


def test_hit_without_pasal_matches_nothing():
    lampiran = Q.make_ranked("UU", "1", 2015, None)
    assert lampiran.identities == frozenset()
    assert Q.assign_credit([lampiran], D01) == [None]


def test_first_unclaimed_indirect_judgment_in_list_order():
    a = judg("UU", "1", 2015, "7", 1)
    b = judg("PERPPU", "1", 2014, "7", 1)
    h = hit("UU", "8", 2015, "7", amends=("UU", "1", 2015, "7"))
    p = hit("PERPPU", "1", 2014, "7", amends=None)
    # h matches a indirectly; p matches b directly.
    assert Q.assign_credit([h, p], [a, b]) == [0, 1]


def test_fts5_query_quotes_every_word():
    assert Q.fts5_query('PHK "AND" perundang-undangan (x') == \
        '"phk" OR "and" OR "perundang" OR "undangan" OR "x"'
    assert Q.fts5_query("  ") == ""


def test_check_targets_reports_each_miss():
    rows = [{"system": "regsearch", "ndcg": 0.81, "recall": 0.9, "mrr": 0.9},
            {"system": "a", "ndcg": 0.5}, {"system": "b", "ndcg": 0.7}]
    misses = Q.check_targets(rows)
    assert len(misses) == 1 and "ratio" in misses[0]          # 0.81 / 0.7 < 1.35
    rows[2]["ndcg"] = 0.6
    assert Q.check_targets(rows) == []


def test_dev_file_loads_with_aliases():
    queries = Q.load_queries()
    assert len(queries) == len(json.loads(Q.DEV.read_text(encoding="utf-8"))["queries"])
    d01 = next(q for q in queries if q.id == "d01")
    uu1 = next(j for j in d01.judgments if j.own == ("UU", "1", 2015, "7"))
    assert ("PERPPU", "1", 2014, "7") in uu1.identities


def test_indirect_credit_goes_to_first_unclaimed_judgment():
    a = judg("UU", "1", 2015, "7", 1, aliases=[("PERPPU", "1", 2014)])
    b = judg("PERPPU", "1", 2014, "7", 1)
    h = hit("UU", "8", 2015, "7", amends=("PERPPU", "1", 2014, "7"))
    # h matches a (through a's alias) and b (through its amends): a first, then b, then none.
    assert Q.assign_credit([h, h, h], [a, b]) == [0, 1, None]


def test_shared_parses_hands_over_results_and_restores(tmp_path):
    import regsearch.index as rindex

    original = rindex.parse_file
    path = tmp_path / "x.txt"
    sentinel = object()
    error = ValueError("boom")
    outcomes = {str(path.resolve()): sentinel, str((tmp_path / "bad.txt").resolve()): error}
    with Q.shared_parses(outcomes) as used:
        assert rindex.parse_file(path) is sentinel
        with pytest.raises(ValueError):
            rindex.parse_file(tmp_path / "bad.txt")
    assert used == [2]
    assert rindex.parse_file is original


def test_headroom_reorders_what_the_top_n_found():
    # The grade-2 article found at rank 12 counts for Recall@20 and, ideally reordered,
    # leads the top 10; the article never found caps the reordered nDCG below 1.
    ranked = [H_OTHER] * 11 + [H_UU10_7, H_UU1_7]
    query = Q.EvalQuery("dx", "pengunduran diri", "who must resign", tuple(D01))
    recall, ndcg = Q.headroom(lambda text, limit: ranked[:limit], [query], 20)
    assert recall == pytest.approx(2 / 3)
    assert ndcg == pytest.approx((3 + 1 / math.log2(3)) / (3 + 3 / math.log2(3) + 1 / 2))
    assert Q.headroom(lambda text, limit: ranked[:limit], [query], 10) == (0.0, 0.0)


#: Judged articles the parser does not produce: UU 8/2015 Pasal I angka 49 changes only the
#: Penjelasan of Pasal 71 ("Ketentuan Pasal 71 tetap, dengan perubahan penjelasan …"), and a
#: Penjelasan-only change becomes no quoted article.
NOT_PARSED = {"dev.json": {"UU 8/2015 Pasal 71"}, "heldout.json": set()}


@pytest.mark.parametrize("name", sorted(NOT_PARSED))
def test_every_judged_article_is_in_the_index(opened_index, name):
    """Each judgment names an article the bundled corpus has, in the part it says (the
    Perppu text in UU 1/2015's Lampiran, an article quoted by an amendment's Pasal I): a
    judgment the parser cannot produce would cap every system's score silently."""
    data = json.loads((ROOT / "eval" / name).read_text(encoding="utf-8"))
    assert len({q["id"] for q in data["queries"]}) == len(data["queries"]) >= 30
    absent = set()
    for query in data["queries"]:
        for judged in query["relevant"]:
            citation = f"{judged['type']} {judged['number']}/{judged['year']} Pasal {judged['pasal']}"
            try:
                view = opened_index.show(citation)
            except regsearch.QueryError:
                absent.add(citation)
                continue
            assert view.pasal == judged["pasal"], citation
            assert (view.amends is not None) == ("via" in judged), citation
            if judged.get("part") == "lampiran":
                assert view.citation.startswith(f"Pasal {judged['pasal']} Lampiran "), citation
    assert absent == NOT_PARSED[name]


def _system(name, ndcgs):
    return Q.SystemScore(name, {f"q{i}": Q.QueryScore(v, 0.0, 0.0, 0.0)
                                for i, v in enumerate(ndcgs)})


def test_bootstrap_intervals_hold_the_mean_and_widen_with_disagreement():
    ours = _system("regsearch", [0.9, 0.5, 0.8, 0.7, 1.0, 0.6])
    flat = _system("regsearch", [0.75] * 6)
    base = _system("fts5", [0.5, 0.5, 0.6, 0.4, 0.6, 0.4])
    other = _system("whoosh", [0.4] * 6)
    spread = Q.bootstrap([ours, base, other], resamples=2000)
    assert spread.ndcg[0] < 0.75 < spread.ndcg[1]             # the mean of ours
    assert spread.ratio[0] < 0.75 / 0.5 < spread.ratio[1]
    assert spread.beats == 1.0                                # above fts5 on every query
    assert 0.0 < spread.meets_ratio < 1.0
    assert Q.bootstrap([ours, base, other], resamples=2000) == spread    # seeded
    still = Q.bootstrap([flat, other, other], resamples=2000)
    assert still.ndcg == (0.75, 0.75) and still.meets_ratio == 1.0   # 0.75 / 0.4 everywhere


# --------------------------------------------------------------------------- judged corpus


def _judgments(tmp_path, **extra):
    path = tmp_path / "judged.json"
    path.write_text(json.dumps({"queries": [], **extra}), encoding="utf-8")
    return path


def test_a_judgment_file_without_files_is_judged_over_the_bundled_corpus(tmp_path):
    files = Q.judged_files(_judgments(tmp_path), None, tmp_path)
    assert files == Q.corpus_files()
    assert any(f.name.startswith("uu-13-2003") for f in files)


def test_listed_files_are_read_from_the_corpus_root_in_their_order(tmp_path):
    root = tmp_path / "uutexts"
    for member in ("uu/2011/12.md", "uu/2003/13.md"):
        (root / member).parent.mkdir(parents=True, exist_ok=True)
        (root / member).write_text("UNDANG-UNDANG", encoding="utf-8")
    listed = _judgments(tmp_path, files=["uu/2011/12.md", "uu/2003/13.md"])
    assert Q.judged_files(listed, root, tmp_path) == [root / "uu/2011/12.md",
                                                       root / "uu/2003/13.md"]
    (root / "uu/2003/13.md").unlink()
    with pytest.raises(SystemExit, match="lacks 1 judged files, e.g. uu/2003/13.md"):
        Q.judged_files(listed, root, tmp_path)


def test_listed_files_are_unpacked_from_the_archive_alone(tmp_path, monkeypatch):
    import tarfile

    source = tmp_path / "src"
    for member in ("uu/2011/12.md", "uu/2003/13.md"):
        (source / member).parent.mkdir(parents=True, exist_ok=True)
        (source / member).write_text(member, encoding="utf-8")
    archive = tmp_path / "uu-texts.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(source / "uu", arcname="uu")
    monkeypatch.setattr(Q, "SCALE_ARCHIVE", archive)
    work = tmp_path / "work"
    work.mkdir()
    files = Q.judged_files(_judgments(tmp_path, files=["uu/2003/13.md"]), None, work)
    assert [f.read_text(encoding="utf-8") for f in files] == ["uu/2003/13.md"]
    assert not (work / "uu/2011/12.md").exists()           # only the members listed
    monkeypatch.setattr(Q, "SCALE_ARCHIVE", tmp_path / "gone.tar.gz")
    with pytest.raises(SystemExit, match="--corpus-root"):
        Q.judged_files(_judgments(tmp_path, files=["uu/2003/13.md"]), None, work)


def test_an_omnibus_judgment_naming_the_law_amended_matches_only_that_version():
    # UU 11/2020 prints "Pasal 78" twice: amending UU 13/2003 (overtime) and another law.
    judged = Q.Judgment.from_json({"type": "UU", "number": "11", "year": 2020, "pasal": "78",
                                   "grade": 2,
                                   "amends": {"type": "UU", "number": "13", "year": 2003}})
    other_law = hit("UU", "11", 2020, "78", ("UU", "41", 1999, "78"))
    labour = hit("UU", "11", 2020, "78", ("UU", "13", 2003, "78"))
    assert Q.assign_credit([other_law, labour], [judged]) == [None, 0]
    assert Q.first_rank([other_law, labour], judged) == 2
    unrestricted = judg("UU", "11", 2020, "78", 2)
    assert Q.assign_credit([other_law, labour], [unrestricted]) == [0, None]


def test_the_scale_judgments_are_well_formed_and_new():
    """eval/scale.json (judged over 52 UU texts of the scale corpus, which the project does
    not ship: `bench/quality.py --dev eval/scale.json` reads them) — its form only."""
    data = json.loads((ROOT / "eval" / "scale.json").read_text(encoding="utf-8"))
    queries = Q.load_queries(ROOT / "eval" / "scale.json")
    assert len(queries) == 30 and len({q.id for q in queries}) == 30
    assert all(member.startswith("uu/") and member.endswith(".md") for member in data["files"])
    assert all(j.grade in (1, 2) for q in queries for j in q.judgments)
    assert all(any(j.grade == 2 for j in q.judgments) for q in queries)
    others = {q.text.lower() for name in ("dev.json", "heldout.json")
              for q in Q.load_queries(ROOT / "eval" / name)}
    assert not others & {q.text.lower() for q in queries}
    omnibus = [j for q in queries for j in q.judgments if j.own[:3] == ("UU", "11", 2020)]
    assert omnibus and all(j.amended_law is not None for j in omnibus)
