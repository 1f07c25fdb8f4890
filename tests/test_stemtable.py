"""The stem table: what a build stemmed, kept beside the index so that a cold query need not
load Sastrawi — and a cache only: without it, or with a broken one, the answers are the same.

Real PDFs, real builds (in fresh processes where what a process has cached would hide what
the table does), real SQLite files."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import regsearch
from regsearch import analysis, stemtable

from .conftest import PDF, TEXT

FIRST = (PDF / "uu-13-2003-ketenagakerjaan.pdf", PDF / "uu-10-1997-ketenaganukliran.pdf")
ADDED = TEXT / "uu-22-2014-pilkada.txt"

#: Queries whose words (and synonyms, kind words) all have stems in the table.
QUERIES = ("pengunduran diri", "syarat pekerja mengundurkan diri", "sanksi pidana bahan nuklir",
           "mundur", "PHK pekerja", "apa kewajiban pengusaha", '"pemutusan hubungan kerja"')

#: Run in a fresh process: the hits of each query (as JSON) and whether Sastrawi was loaded.
SEARCH = r"""
import json, sys
import regsearch
queries = json.loads(sys.argv[2])
with regsearch.open_index(sys.argv[1]) as idx:
    hits = {q: [[h.citation, round(h.score, 6)] for h in idx.search(q, limit=10).hits]
            for q in queries}
print(json.dumps({"hits": hits, "sastrawi": "Sastrawi" in sys.modules}))
"""


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regsearch", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def _search_in_fresh_process(index_dir: Path, queries=QUERIES) -> dict:
    done = subprocess.run([sys.executable, "-c", SEARCH, str(index_dir), json.dumps(queries)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _table(index_dir: Path) -> dict[str, str]:
    conn = sqlite3.connect(index_dir / stemtable.FILENAME)
    try:
        return dict(conn.execute("SELECT word, stem FROM stems"))
    finally:
        conn.close()


def _stemmed_words(paths) -> set[str]:
    """The words of these files that the analyzer sends to Sastrawi."""
    from regsearch.index import _searchable_texts

    words = set()
    for path in paths:
        for text in _searchable_texts(regsearch.parse_file(path)):
            words.update(w.lower() for w, _, _ in analysis.tokenize(text))
    return {w for w in words if w not in analysis.STOPWORDS and analysis.needs_stemmer(w)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Two PDFs indexed by ``regsearch index`` in its own process (a fresh stem cache)."""
    base = tmp_path_factory.mktemp("stemtable")
    docs = base / "docs"
    docs.mkdir()
    for path in FIRST:
        shutil.copy(path, docs)
    done = _cli("index", docs, "--index", base / "ix")
    assert done.returncode == 0, done.stderr
    return base / "ix"


@pytest.fixture()
def index_copy(built, tmp_path) -> Path:
    copy = tmp_path / "ix"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture()
def fresh_cache(monkeypatch):
    """This process's stem cache and sources emptied, as in a new process."""
    monkeypatch.setattr(analysis, "_STEMS", {})
    monkeypatch.setattr(analysis, "_STEM_SOURCES", [])


def test_build_stores_the_stems_of_the_corpus_words(built):
    table = _table(built)
    words = _stemmed_words(FIRST)
    assert len(words) > 1000
    assert words <= table.keys(), sorted(words - table.keys())[:20]
    # the words queries analyse whatever the corpus holds (synonyms, kind words) too
    assert "mundur" in table and "mundur" not in words
    # only words that go to Sastrawi: protected words, numbers, citations are decided without
    assert not [w for w in table if not analysis.needs_stemmer(w)]
    sample = random.Random(7).sample(sorted(table), 300)
    assert {w: table[w] for w in sample} == {w: analysis._stem_uncached(w) for w in sample}


def test_cold_query_does_not_load_sastrawi_and_finds_the_same(built, index_copy):
    with_table = _search_in_fresh_process(built)
    assert with_table["sastrawi"] is False
    assert with_table["hits"]["pengunduran diri"][0][0].startswith("Pasal 162")
    (index_copy / stemtable.FILENAME).unlink()  # an index built before the table existed
    without = _search_in_fresh_process(index_copy)
    assert without["sastrawi"] is True
    assert with_table["hits"] == without["hits"]


def test_cli_query_reads_the_table(built, index_copy):
    (index_copy / stemtable.FILENAME).unlink()
    outputs = []
    for index_dir in (built, index_copy):
        done = _cli("query", "pengunduran diri", "--index", index_dir, "--json")
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    assert outputs[0]["hits"] and outputs[0] == outputs[1]


def _spoil(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(b"\x00garbage, not a database" * 100)
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 3])
    elif how == "zeroed pages":
        data = bytearray(path.read_bytes())
        data[4096:] = bytes(len(data) - 4096)
        path.write_bytes(bytes(data))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "no tables":
        path.unlink()
        sqlite3.connect(path).close()
    elif how == "another format":  # e.g. written by a later regsearch
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE meta SET value = 'x' WHERE key = 'format'")
            conn.execute("UPDATE stems SET stem = 'wrong'")
        conn.close()
    elif how == "a folder":
        path.unlink()
        path.mkdir()
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["garbage", "truncated", "zeroed pages", "empty", "no tables",
                                 "another format", "a folder"])
def test_broken_table_means_sastrawi_and_the_same_hits(index_copy, fresh_cache, monkeypatch,
                                                        how):
    queries = QUERIES[:4]
    expected = _hits(index_copy, queries)
    monkeypatch.setattr(analysis, "_STEMS", {})
    assert analysis._STEM_SOURCES == []  # the first index's table went with it
    _spoil(index_copy / stemtable.FILENAME, how)
    stemmed = []
    real = analysis._stem_uncached
    monkeypatch.setattr(analysis, "_stem_uncached",
                        lambda w: (stemmed.append(w) if analysis.needs_stemmer(w) else None)
                        or real(w))
    assert _hits(index_copy, queries) == expected
    assert "pengunduran" in stemmed  # the table was not used: Sastrawi computed the stems


def _hits(index_dir: Path, queries) -> list:
    with regsearch.open_index(index_dir) as idx:
        return [idx.search(q, limit=10).hits for q in queries]


def test_intact_table_answers_without_sastrawi(index_copy, fresh_cache, monkeypatch):
    def no_sastrawi(word):
        assert not analysis.needs_stemmer(word), f"Sastrawi asked for {word!r}"
        return word

    monkeypatch.setattr(analysis, "_stem_uncached", no_sastrawi)
    with regsearch.open_index(index_copy) as idx:
        assert [idx.search(q, limit=10).hits for q in QUERIES]


def test_sources_go_with_the_index(index_copy, fresh_cache):
    idx = regsearch.open_index(index_copy)
    assert len(analysis._STEM_SOURCES) == 1
    idx.close()
    del idx
    assert analysis._STEM_SOURCES == []


def test_lookups_from_many_threads(index_copy):
    table = stemtable.StemTable(index_copy / stemtable.FILENAME)
    stored = _table(index_copy)
    words = sorted(stored)[:2000]
    errors = []

    def look(offset: int) -> None:
        for word in words[offset::4]:
            if table.lookup(word) != stored[word]:
                errors.append(word)

    threads = [threading.Thread(target=look, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert table.lookup("kata-yang-tidak-ada") is None
    table.close()
    assert table.lookup(words[0]) is None


def test_a_forked_child_opens_its_own_connection(index_copy):
    import os

    table = stemtable.StemTable(index_copy / stemtable.FILENAME)
    stored = _table(index_copy)
    word = sorted(stored)[0]
    assert table.lookup(word) == stored[word]  # the parent's connection is open
    parent_connection = table._conn
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answers from a connection of its own, then leaves
        ok = (table.lookup(word) == stored[word] and table._conn is not parent_connection)
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.close(write)
    assert os.read(read, 1) == b"1"
    os.waitpid(pid, 0)
    assert table._conn is parent_connection and table.lookup(word) == stored[word]
    table.close()


def _finishes(work, seconds: float = 10.0) -> bool:
    """Whether ``work`` returns within ``seconds`` (run on a daemon thread: a deadlock
    fails the test instead of hanging the suite)."""
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()


def test_closing_a_table_in_the_middle_of_its_own_lookup_does_not_deadlock(index_copy):
    """The garbage collector runs an index's finalizer (``attach``: close its table) on
    whatever thread allocates, which may be inside that table's own lookup, holding its
    lock. A build's parse worker hung so: it collected a copy of an index its parent had
    let go while looking a stem up in that index's table (session 20)."""
    table = stemtable.StemTable(index_copy / stemtable.FILENAME)
    stored = _table(index_copy)
    word = sorted(stored)[0]
    assert table.lookup(word) == stored[word]

    def finalizer_inside_a_lookup() -> None:
        with table._lock:   # where lookup stands when the collector interrupts it
            table.close()

    assert _finishes(finalizer_inside_a_lookup), "close() waited for its own thread's lock"
    assert table.lookup(word) is None


def test_a_table_closed_while_another_thread_reads_is_closed_by_that_reader(index_copy):
    table = stemtable.StemTable(index_copy / stemtable.FILENAME)
    stored = _table(index_copy)
    word = sorted(stored)[0]
    assert table.lookup(word) == stored[word]   # the connection is open
    in_query, closed = threading.Event(), threading.Event()

    def pause() -> int:   # SQLite calls it while the lookup's query runs
        in_query.set()
        closed.wait(10)
        return 0

    table._conn.set_progress_handler(pause, 1)
    found: list[str | None] = []
    reader = threading.Thread(target=lambda: found.append(table.lookup(word)))
    reader.start()
    assert in_query.wait(10)
    assert _finishes(table.close, 5), "close() waited for a lookup in progress"
    assert table.lookup(word) is None   # closed: answers nothing from now on
    closed.set()
    reader.join(10)
    assert found == [stored[word]]   # the read in progress finished …
    assert table._conn is None       # … and closed the connection on its way out


def test_update_adds_the_new_files_words(index_copy, tmp_path):
    before = _table(index_copy)
    new_words = _stemmed_words([ADDED]) - before.keys()
    assert len(new_words) > 100
    done = _cli("index", ADDED, "--index", index_copy)  # a fresh process: a fresh cache
    assert done.returncode == 0, done.stderr
    after = _table(index_copy)
    assert new_words <= after.keys()
    assert before.items() <= after.items()  # added to, not replaced
    hits = _search_in_fresh_process(index_copy, ["pengunduran diri", "calon gubernur"])
    assert hits["sastrawi"] is False and hits["hits"]["calon gubernur"]


def test_update_of_an_index_without_table_starts_one(index_copy):
    (index_copy / stemtable.FILENAME).unlink()
    done = _cli("index", ADDED, "--index", index_copy)
    assert done.returncode == 0, done.stderr
    assert _stemmed_words([ADDED]) <= _table(index_copy).keys()


def _put_wrong_stem(index_dir: Path, word: str) -> None:
    conn = sqlite3.connect(index_dir / stemtable.FILENAME)
    with conn:
        conn.execute("UPDATE stems SET stem = 'salah' WHERE word = ?", (word,))
    conn.close()


@pytest.mark.parametrize("rebuild", [True, False])
def test_a_new_index_gets_a_new_table(index_copy, rebuild):
    """A table left from an index another analyzer may have made (another schema version
    makes ``build_index`` start a new index even without ``rebuild``) is not kept."""
    _put_wrong_stem(index_copy, "pengunduran")
    if not rebuild:  # the index files go, the table stays: as for another schema version
        for path in index_copy.iterdir():
            if path.name != stemtable.FILENAME:
                path.unlink()
    assert regsearch.build_index([ADDED], index_copy, rebuild=rebuild).ok
    assert _table(index_copy)["pengunduran"] == "undur"


def test_a_table_that_cannot_be_written_does_not_fail_the_build(tmp_path):
    index_dir = tmp_path / "ix"
    (index_dir / stemtable.FILENAME).mkdir(parents=True)  # in the way of the table
    report = regsearch.build_index([ADDED], index_dir, rebuild=True)
    assert report.ok and report.added
    assert not [p.name for p in index_dir.iterdir() if p.name.startswith(".stems")]
    with regsearch.open_index(index_dir) as idx:
        assert idx.search("calon gubernur").hits


def test_build_while_an_index_is_open_in_the_process(built, tmp_path):
    """Parse workers are forked from a process whose open index has a SQLite connection:
    they must open their own, and the new table must be right."""
    with regsearch.open_index(built) as idx:
        assert idx.search("pengunduran diri").hits
        docs = tmp_path / "docs"
        docs.mkdir()
        for name in ("uu-22-2014-pilkada.txt", "uu-8-2015-perubahan-uu-1-2015-pilkada.txt"):
            shutil.copy(TEXT / name, docs)
        assert regsearch.build_index([docs], tmp_path / "ix2", rebuild=True).ok
        assert idx.search("mengundurkan diri").hits
    table = _table(tmp_path / "ix2")
    sample = random.Random(3).sample(sorted(table), 100)
    assert {w: table[w] for w in sample} == {w: analysis._stem_uncached(w) for w in sample}


def test_an_update_looks_up_the_stems_the_index_knows(index_copy, tmp_path, fresh_cache,
                                                      monkeypatch):
    """Re-reading a changed file stems its words from the table, not with Sastrawi (the
    1.3 MB UU 11/2020 spent ~1.5 s in Sastrawi without it)."""
    changed = tmp_path / ADDED.name
    shutil.copy(ADDED, changed)
    assert _cli("index", changed, "--index", index_copy).returncode == 0
    with changed.open("a", encoding="utf-8") as handle:
        handle.write("\nPekerja yang mengundurkan diri berhak atas uang penggantian hak.\n")
    stemmed = []
    sastrawi = analysis._sastrawi

    class Counting:
        def stem(self, word):
            stemmed.append(word)
            return sastrawi().stem(word)

    monkeypatch.setattr(analysis, "_sastrawi", Counting)
    report = regsearch.build_index([changed], index_copy)
    assert len(report.updated) == 1 and not report.failed
    assert stemmed == []
    assert not analysis._STEM_SOURCES  # the table was consulted for the update only
