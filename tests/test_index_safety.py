"""The index is a working tool: killed rebuilds, concurrent writers and damage never leave
it broken or unexplained. Real processes, real kill -9, real Whoosh files."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import regsearch
import regsearch.manifest
import regsearch.workspace
from regsearch import IndexError_
from regsearch.cli import main

from .conftest import CORPUS, TEXT


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "regsearch", *args]


def _folder_of(tmp_path, *names: str):
    """A folder holding copies of the named bundled texts."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in names:
        shutil.copy(TEXT / name, docs)
    return docs


@pytest.fixture()
def small_index(tmp_path):
    """Two Pilkada texts indexed: the 'previous' index that must survive."""
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt",
                      "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt")
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    return index_dir


def _ids(index_dir) -> set[str]:
    with regsearch.open_index(index_dir) as idx:
        return {s.info.id for s in idx.regulations()}


@pytest.mark.parametrize("delay", [1.0, 3.0])
def test_rebuild_killed_mid_way_leaves_previous_index_whole(small_index, delay):
    before = _ids(small_index)
    proc = subprocess.Popen(_cli("index", str(CORPUS), "--rebuild", "--index", str(small_index)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    assert proc.poll() is None, "the rebuild finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _processes_mentioning(str(small_index)) == [], "workers outlived the killed build"
    assert _ids(small_index) == before
    with regsearch.open_index(small_index) as idx:
        assert idx.search("calon gubernur").hits
    # and the next update works on top of the leftovers
    assert regsearch.build_index([TEXT / "uu-22-2014-pilkada.txt"], small_index).ok


def _processes_mentioning(text: str, wait: float = 5.0) -> list[int]:
    """Live processes whose command line contains ``text``, after up to ``wait`` seconds
    for dying ones to go (Linux /proc)."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if text.encode() in cmdline.read_bytes():
                    status = (cmdline.parent / "stat").read_text().split(") ")[-1][0]
                    if status != "Z":
                        found.append(int(cmdline.parent.name))
            except OSError:  # the process ended while we looked
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_queries_during_a_rebuild_get_consistent_answers(small_index):
    proc = subprocess.Popen(_cli("index", str(TEXT), "--rebuild", "--index", str(small_index)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    answers = 0
    try:
        with regsearch.open_index(small_index) as idx:
            while proc.poll() is None:
                result = idx.search("calon gubernur", limit=5)
                assert result.hits and all(h.regulation.id for h in result.hits)
                answers += 1
    finally:
        proc.wait()
    assert proc.returncode == 0 and answers > 0
    assert "uu-7-2017" in _ids(small_index)  # the rebuild landed


def test_second_writer_gets_a_clear_message(small_index):
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(small_index), indexname="regsearch")
    writer = ix.writer()  # another process would hold this lock
    try:
        with pytest.raises(IndexError_, match="another regsearch process is writing"):
            regsearch.build_index([TEXT / "uu-22-2014-pilkada.txt"], small_index)
    finally:
        writer.cancel()
    assert _ids(small_index)  # untouched


def test_damaged_index_suggests_rebuild(small_index):
    for toc in small_index.glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    with pytest.raises(IndexError_, match="--rebuild"):
        regsearch.open_index(small_index)
    result = CliRunner().invoke(main, ["query", "cuti", "--index", str(small_index)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "--rebuild" in result.stderr
    updated = CliRunner().invoke(main, ["index", str(TEXT / "uu-22-2014-pilkada.txt"),
                                        "--index", str(small_index)])
    assert updated.exit_code == 1 and "--rebuild" in updated.stderr
    rebuilt = CliRunner().invoke(main, ["index", str(TEXT / "uu-22-2014-pilkada.txt"),
                                        "--index", str(small_index), "--rebuild"])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert _ids(small_index) == {"uu-22-2014"}


def test_incremental_update_adds_changes_and_removes(tmp_path):
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt",
                      "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt")
    index_dir = tmp_path / "ix"
    first = regsearch.build_index([docs], index_dir)
    assert (len(first.added), len(first.unchanged)) == (2, 0)

    (docs / "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt").unlink()
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", docs)
    changed = docs / "uu-22-2014-pilkada.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = regsearch.build_index([docs], index_dir)
    assert (len(second.added), len(second.updated), len(second.removed),
            len(second.unchanged)) == (1, 1, 1, 0)
    assert _ids(index_dir) == {"uu-22-2014", "uu-8-2015"}
    with regsearch.open_index(index_dir) as idx:  # no duplicates of the updated file
        hits = idx.search("UU 22/2014 Pasal 1").hits
        assert len([h for h in hits if h.regulation.id == "uu-22-2014"]) == 1


def _segments(index_dir) -> list[tuple[str, int, int]]:
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index_dir), indexname="regsearch")
    return [(s.segment_id(), s.doc_count_all(), s.doc_count()) for s in ix._segments()]


def test_repeated_updates_leave_few_segments_and_no_dead_ones(tmp_path):
    """Each update writes a segment; one whose documents were all replaced is dropped (with
    its files) and the small ones are merged, so queries never pay for a growing pile."""
    from regsearch.index import MAX_SEGMENTS

    names = ["uu-22-2014-pilkada.txt", "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt",
             "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"]
    docs = _folder_of(tmp_path, *names)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    articles = sum(alive for _, _, alive in _segments(index_dir))
    for round_ in range(2 * MAX_SEGMENTS):
        changed = docs / names[round_ % 2]
        changed.write_text(changed.read_text(encoding="utf-8") + f"\nCatatan{round_}.\n",
                           encoding="utf-8")
        assert len(regsearch.build_index([docs], index_dir).updated) == 1
        segments = _segments(index_dir)
        assert all(alive > 0 for _, _, alive in segments), segments
        assert len(segments) <= MAX_SEGMENTS, segments
    assert sum(alive for _, _, alive in segments) == articles
    on_disk = {p.name.split(".")[0] for p in index_dir.glob("regsearch_*.*")}
    assert on_disk == {segment_id for segment_id, _, _ in segments}
    with regsearch.open_index(index_dir) as idx:
        assert [h.regulation.id for h in idx.search(f"catatan{2 * MAX_SEGMENTS - 1}").hits][:1] \
            == ["uu-12-2011"]
        assert [h.citation for h in idx.search("UU 22/2014 Pasal 7").hits][:1] \
            == ["Pasal 7 UU 22/2014"]


def test_cli_index_prints_what_it_did(tmp_path):
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    runner = CliRunner()
    first = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert first.exit_code == 0 and "1 added" in first.stderr
    listed = json.loads(runner.invoke(main, ["list", "--index", str(tmp_path / "ix"),
                                             "--json"]).output)
    assert [d["id"] for d in listed] == ["uu-22-2014"]


def test_failed_files_are_remembered_until_they_change(tmp_path):
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    bad = docs / "notes.txt"
    bad.write_text("Daftar belanja: beras, minyak, gula.", encoding="utf-8")
    index_dir = tmp_path / "ix"
    first = regsearch.build_index([docs], index_dir)
    assert [p for p, _ in first.failed] == [str(bad)]
    second = regsearch.build_index([docs], index_dir)
    assert second.failed and "unchanged since it failed" in second.failed[0][1]
    assert len(second.unchanged) == 1 and not second.added
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", bad)  # now a regulation
    third = regsearch.build_index([docs], index_dir)
    assert not third.failed and third.updated == [str(bad)]
    bad.unlink()
    fourth = regsearch.build_index([docs], index_dir)
    assert len(fourth.removed) == 1 and _ids(index_dir) == {"uu-22-2014"}


def test_index_of_another_schema_version_asks_for_a_rebuild(small_index, monkeypatch):
    import regsearch.search as search_module

    monkeypatch.setattr(search_module, "SCHEMA_VERSION", 999)
    with pytest.raises(IndexError_, match="another version of regsearch.*--rebuild"):
        regsearch.open_index(small_index)


def test_one_search_reads_one_version_of_the_index(small_index, tmp_path, monkeypatch):
    """A commit landing while a search runs is seen by the next call, not half-way through
    this one (document numbers of one version must not be read in another)."""
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(TEXT / "uu-7-2017-pemilihan-umum.txt", extra)
    with regsearch.open_index(small_index) as idx:
        seen = []
        rerank = type(idx)._rerank

        def rerank_while_a_commit_lands(self, candidates, text):
            seen.append(self._current_searcher())
            assert regsearch.build_index([extra], small_index).ok  # another writer commits
            seen.append(self._current_searcher())
            return rerank(self, candidates, text)

        monkeypatch.setattr(type(idx), "_rerank", rerank_while_a_commit_lands)
        assert idx.search("calon gubernur").hits
        monkeypatch.setattr(type(idx), "_rerank", rerank)
        assert seen[0] is seen[1]
        assert "uu-7-2017" in {s.info.id for s in idx.regulations()}
        assert idx._current_searcher() is not seen[0]


def test_size_check_during_commits_never_reports_damage(small_index, tmp_path):
    """A reader may check the sizes the last commit recorded while another commit removes
    that commit's files: that is a newer index, not a damaged one (``manifest.check_intact``
    looks again at which commit is the newest before it says "damaged")."""
    from regsearch.manifest import check_intact
    from regsearch.schema import INDEX_NAME

    docs = tmp_path / "docs"
    script = (
        "import sys, regsearch\n"
        "from pathlib import Path\n"
        "docs, index = Path(sys.argv[1]), sys.argv[2]\n"
        "for round_ in range(6):\n"
        "    for f in sorted(docs.glob('*.txt')):\n"
        "        f.write_text(f.read_text(encoding='utf-8') + f'\\nCatatan{round_}.\\n',\n"
        "                     encoding='utf-8')\n"
        "        assert regsearch.build_index([docs], index).ok\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(docs), str(small_index)],
                            stderr=subprocess.PIPE)
    checks = 0
    try:
        while proc.poll() is None:
            check_intact(small_index, INDEX_NAME)
            checks += 1
    finally:
        _, stderr = proc.communicate()
    assert proc.returncode == 0, stderr.decode()
    assert checks > 100
    check_intact(small_index, INDEX_NAME)
    assert _ids(small_index) == {"uu-22-2014", "uu-10-2016"}


# ------------------------------------------------------------- what is left of a damaged index


def _state(index_dir) -> dict[str, bytes]:
    """Every file of the folder with its content: to show that nothing was changed."""
    return {p.name: p.read_bytes() for p in sorted(index_dir.iterdir()) if p.is_file()}


def _invoke(*args) -> "object":
    return CliRunner().invoke(main, [str(a) for a in args])


def test_an_index_whose_table_of_contents_is_gone_is_damaged_not_replaced(small_index):
    """QA: with its _regsearch_<n>.toc removed, an update built a new index over the rest
    (21 regulations became 1) and exited 0; queries said "no index …; build one with
    `regsearch index`", the very command that discarded it."""
    [toc] = small_index.glob("_regsearch_*.toc")
    toc.unlink()
    before = _state(small_index)
    one = TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"
    # The command that rebuilds this index from its own folder (QA 20 #9: the bare
    # `regsearch index --rebuild` filled a custom index with the bundled corpus).
    rebuild = f"run `regsearch index {small_index.parent / 'docs'} --index {small_index} --rebuild`"
    with pytest.raises(IndexError_, match=rf"the index in .* is damaged \({toc.name} is "
                                          rf"missing\); {re.escape(rebuild)}$"):
        regsearch.build_index([one], small_index)
    with pytest.raises(IndexError_, match=rf"damaged \({toc.name} is missing"):
        regsearch.open_index(small_index)
    for command in (["index", one], ["list"], ["query", "cuti"], ["show", "UU 22/2014 Pasal 7"]):
        result = _invoke(*command, "--index", small_index)
        assert result.exit_code == 1, (command, result.stderr)
        assert "is damaged" in result.stderr and "--rebuild" in result.stderr, result.stderr
        assert "no index" not in result.stderr and "added" not in result.stderr
    # An update naming nothing to index says the same (it said "no index written").
    result = _invoke("index", small_index.parent / "tidak-ada", "--index", small_index)
    assert result.exit_code == 1 and "is damaged" in result.stderr, result.stderr
    assert _state(small_index) == before  # nothing written, nothing removed
    rebuilt = _invoke("index", one, "--rebuild", "--index", small_index)
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert _ids(small_index) == {"uu-8-2015"}
    assert {p.name.split(".")[0] for p in small_index.glob("regsearch_*.*")} == {
        segment_id for segment_id, _, _ in _segments(small_index)}  # the old segments went


def test_segments_left_without_table_of_contents_or_manifest_are_damage(small_index):
    for name in ["_regsearch_manifest.json", *(p.name for p in small_index.glob("*.toc"))]:
        (small_index / name).unlink()
    before = _state(small_index)
    with pytest.raises(IndexError_, match=r"damaged \(its table of contents "
                                          r"_regsearch_<n>\.toc is missing, \d+ files"):
        regsearch.build_index([TEXT / "uu-22-2014-pilkada.txt"], small_index)
    result = _invoke("list", "--index", small_index)
    assert result.exit_code == 1 and "is damaged" in result.stderr, result.stderr
    assert _state(small_index) == before


@pytest.mark.parametrize("content", [b"garbage\n", b"", b"[1, 2]", b'{"format": 1}',
                                     b'{"format": 1, "generation": "1", "files": {}}',
                                     b'{"format": "1", "generation": 1, "files": {}}',
                                     b'{"format": 1, "generation": 1, "files": {"x": "big"}}',
                                     b"[" * 100_000],
                         ids=["garbage", "empty", "a list", "no files", "generation text",
                              "format text", "size text", "nested past the JSON parser"])
def test_a_manifest_that_is_no_manifest_is_damage(small_index, content):
    """A garbage _regsearch_manifest.json was taken as "no manifest": queries and updates
    went on unchecked, and an update then recorded the sizes of files it never checked."""
    manifest = small_index / "_regsearch_manifest.json"
    manifest.write_bytes(content)
    before = _state(small_index)
    with pytest.raises(IndexError_, match=r"the index in .* is damaged \(_regsearch_manifest"
                                          r"\.json is (corrupt|empty).*\); run `regsearch "
                                          rf"index {small_index.parent / 'docs'} --index "
                                          rf"{small_index} --rebuild`"):
        regsearch.open_index(small_index)
    updated = _invoke("index", TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt",
                      "--index", small_index)
    assert updated.exit_code == 1 and "_regsearch_manifest.json is" in updated.stderr
    assert _state(small_index) == before
    listed = _invoke("list", "--index", small_index)
    assert listed.exit_code == 1 and listed.stderr.count("\n") == 1, listed.stderr
    rebuilt = regsearch.build_index([TEXT / "uu-22-2014-pilkada.txt"], small_index,
                                    rebuild=True)
    assert rebuilt.ok and _ids(small_index) == {"uu-22-2014"}
    assert json.loads(manifest.read_text(encoding="utf-8"))["format"] == 1


def test_a_manifest_of_another_format_is_not_damage(small_index):
    """A later regsearch may record its files otherwise: not checked, rewritten."""
    manifest = small_index / "_regsearch_manifest.json"
    manifest.write_text(json.dumps({"format": 2, "whatever": []}), encoding="utf-8")
    assert _ids(small_index) == {"uu-22-2014", "uu-10-2016"}
    assert regsearch.build_index([TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"],
                                 small_index).ok
    assert json.loads(manifest.read_text(encoding="utf-8"))["format"] == 1


def test_the_default_index_damaged_is_not_rebuilt_from_the_bundled_corpus(tmp_path,
                                                                           monkeypatch):
    """``./index`` is built from the bundled corpus when it holds no index: what is left of
    a damaged one is no empty folder."""
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    monkeypatch.setenv("REGSEARCH_CORPUS", str(_folder_of(tmp_path, "uu-22-2014-pilkada.txt")))
    monkeypatch.chdir(tmp_path)
    assert regsearch.build_index([TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"],
                                 "index").ok
    for toc in (tmp_path / "index").glob("*.toc"):
        toc.unlink()
    before = _state(tmp_path / "index")
    result = CliRunner().invoke(main, ["query", "cuti"])
    assert result.exit_code == 1 and "is damaged" in result.stderr, result.stderr
    assert "building" not in result.stderr
    assert _state(tmp_path / "index") == before


# ------------------------------------------------------------- one file per regulation


def test_the_same_law_from_two_files_is_indexed_once_and_the_skipped_file_named(tmp_path):
    """QA: a copy of UU 8/2015 with one more newline went in beside it: every hit twice,
    `list` said "amended by UU 8/2015, UU 8/2015"."""
    docs = _folder_of(tmp_path, "uu-1-2015-penetapan-perppu-1-2014-pilkada.txt",
                      "uu-8-2015-perubahan-uu-1-2015-pilkada.txt")
    original = docs / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"
    copy = docs / "zz-uu-8-2015-salinan.txt"
    copy.write_text(original.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and len(report.added) == 2 and not report.duplicates
    assert str(copy) not in report.added
    [(path, message)] = [w for w in report.warnings if "already indexed" in w[1]]
    assert path == str(copy) and "UU 8/2015 is already indexed from" in message
    assert str(original) in message and "skipped" in message
    with regsearch.open_index(index_dir) as idx:
        summaries = idx.regulations()
        assert sorted(s.info.id for s in summaries) == ["uu-1-2015", "uu-8-2015"]
        [amended] = [s for s in summaries if s.info.id == "uu-1-2015"]
        assert list(amended.amended_by) == ["UU 8/2015"]
        citations = [h.citation for h in idx.search("pemilihan gubernur", limit=50).hits]
        assert len(citations) == len(set(citations))
    listed = _invoke("list", "--json", "--index", index_dir)
    ids = [entry["id"] for entry in json.loads(listed.stdout)]
    assert sorted(ids) == ["uu-1-2015", "uu-8-2015"], ids
    cli = _invoke("index", docs, "--index", index_dir)  # told again at each update
    assert cli.exit_code == 0, cli.stderr
    assert f"warning: {copy}: UU 8/2015 is already indexed from {original}" in cli.stderr
    original.unlink()  # the kept file gone: the other one takes its place
    after = regsearch.build_index([docs], index_dir)
    assert after.added == [str(copy)] and len(after.removed) == 1
    assert not [w for w in after.warnings if "already indexed" in w[1]]
    assert sorted(_ids(index_dir)) == ["uu-1-2015", "uu-8-2015"]


def test_the_file_already_indexed_keeps_its_regulation(tmp_path):
    """The new file is skipped even when it comes first and the indexed one changed too."""
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    indexed = docs / "uu-22-2014-pilkada.txt"
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    indexed.write_text(indexed.read_text(encoding="utf-8") + "\nCatatan.\n", encoding="utf-8")
    newcomer = docs / "a-uu-22-2014.txt"  # first in name order
    shutil.copy(TEXT / "uu-22-2014-pilkada.txt", newcomer)
    report = regsearch.build_index([docs], index_dir)
    assert report.updated == [str(indexed)] and not report.added
    assert [(p, str(indexed) in m) for p, m in report.warnings] == [(str(newcomer), True)]
    with regsearch.open_index(index_dir) as idx:
        [summary] = idx.regulations()
        assert Path(summary.path).resolve() == indexed.resolve()


def test_a_new_build_keeps_the_first_file_given(tmp_path):
    pdf_like = tmp_path / "b" / "uu-22-2014.txt"
    other = tmp_path / "a" / "uu-22-2014-lain.txt"
    for path in (pdf_like, other):
        path.parent.mkdir()
        shutil.copy(TEXT / "uu-22-2014-pilkada.txt", path)
    other.write_text(other.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report = regsearch.build_index([pdf_like, other], tmp_path / "ix")
    assert report.added == [str(pdf_like)]
    assert [p for p, _ in report.warnings] == [str(other)]
    report = regsearch.build_index([other, pdf_like], tmp_path / "iy")
    assert report.added == [str(other)]


def test_a_file_rewritten_as_another_indexed_regulation_loses_its_old_entry(tmp_path):
    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt",
                      "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt")
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    rewritten = docs / "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt"
    rewritten.write_text((TEXT / "uu-22-2014-pilkada.txt").read_text(encoding="utf-8") + "\n",
                         encoding="utf-8")
    report = regsearch.build_index([docs], index_dir)
    assert report.removed == [str(rewritten.resolve())] and not report.updated
    assert [p for p, _ in report.warnings] == [str(rewritten)]
    assert _ids(index_dir) == {"uu-22-2014"}


def test_regional_regulations_sharing_a_number_are_both_indexed_and_told_apart(tmp_path):
    """Pergub Bali 1/2021 and a Pergub DKI 1/2021: each governor numbers its own series, so
    both are indexed (the second was skipped as a copy: ids were type-number-year), each
    with its issuer in its id and citation; a citation without the issuer asks which."""
    bali = CORPUS / "pdf" / "pergub-bali-1-2021-perubahan-pergub-29-2019.pdf"
    dki = tmp_path / "pergub-dki-1-2021.txt"
    dki.write_text("""PERATURAN GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA
NOMOR 1 TAHUN 2021
TENTANG
PENGELOLAAN SAMPAH RUMAH TANGGA

DENGAN RAHMAT TUHAN YANG MAHA ESA
GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA,

Menimbang : bahwa perlu mengatur pengelolaan sampah rumah tangga;

MEMUTUSKAN:
Menetapkan : PERATURAN GUBERNUR TENTANG PENGELOLAAN SAMPAH RUMAH TANGGA.

Pasal 1
Setiap pengelola kawasan wajib memilah sampah rumah tangga.

Pasal 2
Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.

Ditetapkan di Jakarta
pada tanggal 4 Januari 2021
""", encoding="utf-8")
    result = _invoke("index", bali, dki, "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert "already indexed" not in result.stderr and "2 added" in result.stderr
    assert _ids(tmp_path / "ix") == {"pergub-bali-1-2021", "pergub-dki-jakarta-1-2021"}
    with regsearch.open_index(tmp_path / "ix") as ix:
        jakarta = ix.show("Pergub DKI Jakarta 1/2021 Pasal 1")
        assert "memilah sampah" in jakarta.text
        assert jakarta.citation == "Pasal 1 PERGUB DKI Jakarta 1/2021"
        assert "Nilai Jabatan" in ix.show("Peraturan Gubernur Bali Nomor 1 Tahun 2021 Pasal 3").text
        with pytest.raises(regsearch.QueryError, match=r"names 2 regulations in the index .*"
                                                       r"name the issuer"):
            ix.show("Pergub 1/2021 Pasal 1")
        with pytest.raises(regsearch.QueryError, match="names 2 regulations"):
            ix.search("sampah Pergub 1/2021")
        hits = ix.search("memilah sampah", regulation="Pergub Jakarta 1/2021").hits
        assert hits and {h.regulation.id for h in hits} == {"pergub-dki-jakarta-1-2021"}


def test_an_index_holding_a_regulation_twice_says_so(tmp_path):
    """An index written before builds kept one file per regulation (its documents added here
    as that build added them) is told of at each update."""
    from whoosh import index as whoosh_index

    from regsearch.documents import parse_file
    from regsearch.index import _file_hash, _path_key, documents_for

    docs = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    twin = tmp_path / "twin" / "uu-22-2014.txt"
    twin.parent.mkdir()
    twin.write_text((TEXT / "uu-22-2014-pilkada.txt").read_text(encoding="utf-8") + "\n",
                    encoding="utf-8")
    writer = whoosh_index.open_dir(str(index_dir), indexname="regsearch").writer()
    for document in documents_for(parse_file(twin), path_key=_path_key(twin),
                                  file_hash=_file_hash(twin)):
        writer.add_document(**document)
    writer.commit()
    report = regsearch.build_index([docs], index_dir)
    assert report.ok
    [(path, message)] = [w for w in report.warnings if "indexed twice" in w[1]]
    assert "UU 22/2014 is indexed twice" in message
    named = {path, message.split("from this file and from ")[1].split(";")[0]}
    assert {Path(p).resolve() for p in named} == {twin.resolve(),
                                                 (docs / "uu-22-2014-pilkada.txt").resolve()}


def test_a_file_of_the_regulation_gone_from_disk_gives_way_to_a_new_one(tmp_path):
    """The indexed file was deleted (outside the folders of this build): the new file of the
    same law replaces it, as a moved file replaces its old path, instead of being skipped
    for a file that is no more."""
    old = tmp_path / "lama" / "uu-22-2014.txt"
    old.parent.mkdir()
    shutil.copy(TEXT / "uu-22-2014-pilkada.txt", old)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([old], index_dir).ok
    old.unlink()
    new = tmp_path / "baru" / "uu-22-2014-pilkada.txt"
    new.parent.mkdir()
    new.write_text((TEXT / "uu-22-2014-pilkada.txt").read_text(encoding="utf-8") + "\n",
                   encoding="utf-8")
    report = regsearch.build_index([new], index_dir)
    assert report.ok and report.added == [str(new)] and report.removed == [str(old.resolve())]
    assert not report.warnings
    with regsearch.open_index(index_dir) as idx:
        [summary] = idx.regulations()
        assert Path(summary.path).resolve() == new.resolve()


# ------------------------------------------------------------- the paths an index is built from


def _damage_postings(index_dir) -> str:
    target = max(index_dir.glob("regsearch_*.pst"), key=lambda p: p.stat().st_size)
    os.truncate(target, 1000)
    return target.name


@pytest.fixture()
def own_index(tmp_path, monkeypatch):
    """QA 20 #9 as it happened: an index built with --index from the user's own folder (a
    space in its name), and a 'bundled corpus' ($REGSEARCH_CORPUS) that is something else."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    bundled = _folder_of(tmp_path, "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt")
    monkeypatch.setenv("REGSEARCH_CORPUS", str(bundled))
    own = tmp_path / "peraturan saya"
    own.mkdir()
    shutil.copy(TEXT / "uu-22-2014-pilkada.txt", own)
    result = _invoke("index", own, "--index", "ix2")
    assert result.exit_code == 0, result.stderr
    return own, tmp_path / "ix2"


def test_the_damage_message_gives_the_command_that_rebuilds_this_index(own_index):
    """It said "run `regsearch index --rebuild`": run as told, with --index added, it filled
    the user's index with the bundled corpus, and their regulations were gone."""
    own, index_dir = own_index
    name = _damage_postings(index_dir)
    command = "regsearch index 'peraturan saya' --index ix2 --rebuild"
    queried = _invoke("query", "pilkada", "--index", "ix2")
    assert queried.exit_code == 1
    assert queried.stderr == (f"regsearch: error: the index in ix2 is damaged ({name} has "
                              f"1,000 bytes, {_written_size(index_dir, name):,} when written); "
                              f"run `{command}`\n")
    with pytest.raises(IndexError_, match=re.escape(f"run `{command}`")):
        regsearch.open_index("ix2")
    # The command, as a shell would split it, does what it says.
    rebuilt = _invoke(*shlex.split(command)[1:])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert _ids(index_dir) == {"uu-22-2014"}


def _written_size(index_dir, name: str) -> int:
    return json.loads((index_dir / "_regsearch_manifest.json").read_text())["files"][name]


def test_a_rebuild_without_path_reads_the_index_s_own_files(own_index):
    own, index_dir = own_index
    _damage_postings(index_dir)
    rebuilt = _invoke("index", "--rebuild", "--index", "ix2")
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert ("regsearch: rebuilding ix2 from the files and folders it is built from: "
            "peraturan saya\n") in rebuilt.stderr
    assert _ids(index_dir) == {"uu-22-2014"}  # not UU 12/2011, the 'bundled corpus'


def test_an_update_without_path_reads_the_index_s_own_files(own_index, tmp_path):
    own, index_dir = own_index
    solo = tmp_path / "unduhan" / "uu-8-2015.txt"
    solo.parent.mkdir()
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", solo)
    assert _invoke("index", solo, "--index", "ix2").exit_code == 0
    shutil.copy(TEXT / "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt", own)
    updated = _invoke("index", "--index", "ix2")
    assert updated.exit_code == 0, updated.stderr
    assert "1 added, 0 updated, 0 removed, 2 unchanged" in updated.stderr
    assert _ids(index_dir) == {"uu-22-2014", "uu-8-2015", "uu-10-2016"}
    # the damage message names both sources, in the order they were given
    _damage_postings(index_dir)
    queried = _invoke("query", "pilkada", "--index", "ix2")
    assert queried.stderr.endswith(
        "run `regsearch index 'peraturan saya' unduhan/uu-8-2015.txt --index ix2 --rebuild`\n")


def test_an_index_whose_folders_are_all_gone_is_not_updated_from_nothing(own_index, tmp_path):
    """QA 14 #13: with every file and folder of its record gone (moved, renamed, a drive not
    mounted), an update said "updating … from: nothing that still exists", dropped every
    regulation or counted "0 unchanged", and exited 0. One line now, exit 1, the index as it
    was; named where they are now, the files are read from there."""
    own, index_dir = own_index
    moved = tmp_path / "dipindah"
    own.rename(moved)
    before = _state(index_dir)
    for rebuild, doing in (([], "update"), (["--rebuild"], "rebuild")):
        refused = _invoke("index", *rebuild, "--index", "ix2")
        assert refused.exit_code == 1
        assert refused.stderr == (
            f"regsearch: error: nothing to {doing} the index in ix2 from: the files and "
            "folders it is built from no longer exist (peraturan saya); the index is left as "
            "it was; name where they are now: "
            f"`regsearch index PATH… --index ix2{' --rebuild' * bool(rebuild)}`\n")
    with pytest.raises(IndexError_, match="nothing to update the index in ix2 from"):
        regsearch.workspace.paths_to_index(Path("ix2"))
    assert _state(index_dir) == before and _ids(index_dir) == {"uu-22-2014"}
    assert _invoke("index", moved, "--index", "ix2").exit_code == 0
    assert _ids(index_dir) == {"uu-22-2014"}
    assert _invoke("index", "--index", "ix2").exit_code == 0  # recorded where it is now


def test_the_record_keeps_each_path_once_and_forgets_what_is_gone(own_index, tmp_path):
    own, index_dir = own_index
    inside = own / "uu-22-2014-pilkada.txt"
    solo = tmp_path / "uu-8-2015.txt"
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", solo)
    assert regsearch.build_index([inside, solo, tmp_path / "tidak-ada"], "ix2").failed
    assert regsearch.manifest.recorded_sources(index_dir, "regsearch") == [
        str(own.resolve()), str(solo.resolve())]
    solo.unlink()
    report = regsearch.build_index([own], "ix2")
    assert report.dropped == [(solo.name, "the file no longer exists")]
    assert regsearch.manifest.recorded_sources(index_dir, "regsearch") == [str(own.resolve())]


def test_an_index_that_records_no_paths_asks_for_them_once(own_index, tmp_path):
    """An index written before the record (simulated by deleting it) holding the user's
    files: without PATH, neither update nor rebuild guesses the bundled corpus."""
    own, index_dir = own_index
    solo = tmp_path / "uu-8-2015.txt"
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", solo)
    assert regsearch.build_index([solo], "ix2").ok
    (index_dir / "_regsearch_sources.json").unlink()
    before = _state(index_dir)
    for rebuild in ([], ["--rebuild"]):
        refused = _invoke("index", *rebuild, "--index", "ix2")
        assert refused.exit_code == 1 and refused.stderr.count("\n") == 1, refused.stderr
        assert "holds files outside the bundled corpus (such as " in refused.stderr
        assert (f"name them once: `regsearch index PATH… --index ix2{' --rebuild' * bool(rebuild)}`"
                in refused.stderr)
    assert _state(index_dir) == before
    # Named once, the paths are recorded with each file the index holds outside them.
    assert _invoke("index", own, "--index", "ix2").exit_code == 0
    assert regsearch.manifest.recorded_sources(index_dir, "regsearch") == [
        str(own.resolve()), str(solo.resolve())]


def test_an_index_of_the_bundled_corpus_that_records_no_paths_is_updated_from_it(
        tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bundled = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    monkeypatch.setenv("REGSEARCH_CORPUS", str(bundled))
    assert _invoke("index", "--index", "ix").exit_code == 0
    (tmp_path / "ix" / "_regsearch_sources.json").unlink()
    updated = _invoke("index", "--index", "ix")
    assert updated.exit_code == 0 and updated.stderr.count("\n") == 1, updated.stderr
    assert "1 unchanged" in updated.stderr


#: Records of an index's sources that are none, each as it may come about: cut short (a copy
#: or a sync interrupted), edited by hand into something else, emptied, a newer layout.
DAMAGED_RECORDS = {
    "cut short": (b'{\n "format": 1,\n "sources": [\n  "/home/', "is corrupt: not JSON"),
    "emptied": (b"", "is empty"),
    "nested past the JSON parser": (b"[" * 100_000, "is corrupt: not JSON"),
    "a list": (b'["/srv/peraturan"]', "is corrupt: not a list of absolute paths"),
    "paths as one string": (b'{"format": 1, "sources": "/srv/peraturan"}',
                            "is corrupt: not a list of absolute paths"),
    "a relative path": (b'{"format": 1, "sources": ["peraturan"]}',
                        "is corrupt: not a list of absolute paths"),
    "format true": (b'{"format": true, "sources": ["/srv/peraturan"]}',
                    "is corrupt: not a list of absolute paths"),
    "another format": (b'{"format": 2, "sources": ["/srv/peraturan"]}',
                       "is of format 2, which this regsearch does not read (format 1)"),
}


@pytest.mark.parametrize("content, why", DAMAGED_RECORDS.values(), ids=DAMAGED_RECORDS)
def test_a_damaged_record_of_the_sources_is_named_and_an_update_without_path_refused(
        own_index, content, why):
    """QA: a truncated _regsearch_sources.json was read as no record, and `regsearch index`
    said the index "was written by an earlier regsearch"; one nested past the JSON parser
    was an internal error. Its files outside the bundled corpus, the index cannot be
    updated from what it records: the record is named, with why, and the command."""
    own, index_dir = own_index
    record = index_dir / "_regsearch_sources.json"
    record.write_bytes(content)
    before = _state(index_dir)
    for rebuild in ("", " --rebuild"):
        refused = _invoke("index", *rebuild.split(), "--index", "ix2")
        assert refused.exit_code == 1, refused.stderr
        assert refused.stderr == (
            "regsearch: error: the record of the files and folders the index in ix2 is built "
            f"from, ix2/_regsearch_sources.json, {why}, and the index holds files outside the "
            "bundled corpus (such as peraturan saya/uu-22-2014-pilkada.txt); name them once "
            f"to record them anew: `regsearch index PATH… --index ix2{rebuild}`\n")
    assert _state(index_dir) == before
    # Queries do not need it, and say nothing of it. (Words the text holds: "pilkada", which
    # UU 22/2014 writes out only as "pemilihan gubernur, bupati, dan walikota", is now read as
    # that, and says so.)
    queried = _invoke("query", "pemilihan gubernur", "-n", "1", "--index", "ix2")
    assert queried.exit_code == 0 and queried.stderr == "", queried.stderr


def test_the_command_named_writes_the_record_anew_and_says_so(own_index, tmp_path):
    own, index_dir = own_index
    solo = tmp_path / "uu-8-2015.txt"
    shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", solo)
    assert _invoke("index", solo, "--index", "ix2").exit_code == 0
    record = index_dir / "_regsearch_sources.json"
    record.write_bytes(record.read_bytes()[:30])
    # Naming one of the paths: the files the index holds outside it are recorded one by one.
    named = _invoke("index", own, "--index", "ix2")
    assert named.exit_code == 0, named.stderr
    assert named.stderr.splitlines() == [
        "regsearch: warning: ix2: the record of the files and folders this index is built "
        "from, ix2/_regsearch_sources.json, was corrupt: not JSON; written anew, it records "
        "peraturan saya, uu-8-2015.txt",
        "ix2: 0 added, 0 updated, 0 removed, 1 unchanged, 0 failed; 0 articles read"]
    assert regsearch.manifest.recorded_sources(index_dir, "regsearch") == [
        str(own.resolve()), str(solo.resolve())]
    # Read again, the record serves an update without PATH, and the next commit says nothing.
    updated = _invoke("index", "--index", "ix2")
    assert updated.exit_code == 0 and "warning" not in updated.stderr, updated.stderr
    assert _ids(index_dir) == {"uu-22-2014", "uu-8-2015"}


def test_an_index_of_the_bundled_corpus_with_a_damaged_record_is_updated_from_it(
        tmp_path, monkeypatch):
    """Every file it holds is in the bundled corpus: reading the corpus again loses nothing,
    and the first run's `regsearch index` keeps working; it is said, and the record mended."""
    monkeypatch.chdir(tmp_path)
    bundled = _folder_of(tmp_path, "uu-22-2014-pilkada.txt")
    monkeypatch.setenv("REGSEARCH_CORPUS", str(bundled))
    assert _invoke("index", "--index", "ix").exit_code == 0
    record = tmp_path / "ix" / "_regsearch_sources.json"
    for doing, rebuild in (("updating", []), ("rebuilding", ["--rebuild"])):
        record.write_bytes(b'{"format": 1, "sources": ["/home/')
        updated = _invoke("index", *rebuild, "--index", "ix")
        assert updated.exit_code == 0, updated.stderr
        assert updated.stderr.splitlines()[:2] == [
            f"regsearch: {doing} ix from the bundled corpus, which holds every file it indexes "
            "(_regsearch_sources.json is corrupt: not JSON)",
            "regsearch: warning: ix: the record of the files and folders this index is built "
            "from, ix/_regsearch_sources.json, was corrupt: not JSON; written anew, it records "
            "docs"]
        assert regsearch.manifest.recorded_sources("ix", "regsearch") == [str(bundled)]
    assert _ids(tmp_path / "ix") == {"uu-22-2014"}


def test_the_damage_message_says_the_record_of_the_sources_is_damaged_too(own_index):
    own, index_dir = own_index
    name = _damage_postings(index_dir)
    (index_dir / "_regsearch_sources.json").write_bytes(b"[1, 2]")
    queried = _invoke("query", "pilkada", "--index", "ix2")
    assert queried.exit_code == 1
    assert queried.stderr == (
        f"regsearch: error: the index in ix2 is damaged ({name} has 1,000 bytes, "
        f"{_written_size(index_dir, name):,} when written); run `regsearch index PATH… "
        "--index ix2 --rebuild` with the files and folders it was built from (its record of "
        "them, ix2/_regsearch_sources.json, is corrupt: not a list of absolute paths)\n")
    rebuilt = _invoke("index", own, "--index", "ix2", "--rebuild")
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert regsearch.manifest.recorded_sources(index_dir, "regsearch") == [str(own.resolve())]


def test_no_index_names_the_index_folder_to_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    with pytest.raises(IndexError_, match=r"^no index in ix 2; build one with "
                                          r"`regsearch index \[PATH …\] --index 'ix 2'`$"):
        regsearch.open_index("ix 2")
    with pytest.raises(IndexError_, match=r"^no index in index; build one with "
                                          r"`regsearch index`$"):
        regsearch.open_index("index")


def test_the_rebuild_advice_for_many_sources_names_none(tmp_path):
    """QA round 13: an index of 70 files asked to be rebuilt with a command of 70 paths. Beyond
    LISTED_SOURCES the command names none — `regsearch index` without PATH reads the files and
    folders the index records — and says how many it reads; run as told, it rebuilds them."""
    names = ["uu-1-2015-penetapan-perppu-1-2014-pilkada.txt", "uu-22-2014-pilkada.txt",
             "uu-8-2015-perubahan-uu-1-2015-pilkada.txt",
             "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt",
             "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt"]
    files = []
    for name in names:
        shutil.copy(TEXT / name, tmp_path / name)
        files.append(tmp_path / name)
    index_dir = tmp_path / "ix"
    assert len(files) > regsearch.manifest.LISTED_SOURCES
    assert regsearch.build_index(files, index_dir).ok
    advice = regsearch.manifest.rebuild_advice(index_dir, "regsearch")
    command = f"regsearch index --index {index_dir} --rebuild"
    assert advice == (f"run `{command}` (it reads again the {len(files)} files and folders "
                      "the index records)")
    before = _ids(index_dir)
    rebuilt = _invoke(*shlex.split(command)[1:])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert _ids(index_dir) == before and len(before) == len(files)
