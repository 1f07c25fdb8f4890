"""The index is a working tool: killed rebuilds, concurrent writers and damage never leave
it broken or unexplained. Real processes, real kill -9, real Whoosh files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import regsearch
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
