"""The stem table: the analyzer's word → stem, persisted beside the index.

Building an index stems every word of the corpus (``analysis.stem``, PySastrawi behind a
cache). A query needs the stems of a few words — its own and their synonyms — nearly all of
which the build already computed; yet a fresh ``regsearch query`` process would import
PySastrawi, load its 30,000-word dictionary and run its rules to compute them again
(~50 ms of a ~0.5 s cold query). So the build writes what it stemmed to ``stems.sqlite`` in
the index directory (``write_stems``), and an open index registers the table as a stem
source of ``analysis`` (``attach``): a word missing from the process's cache is looked up
there (one indexed SELECT) before Sastrawi runs.

The table is only a cache of ``analysis._stem_uncached``, a pure function, so it does not
change an answer: a word it lacks, or a table that is missing (an index built by an older
regsearch), unreadable, corrupt or of another format, just means Sastrawi computes the
stem, as before. Only words that ``_stem_uncached`` would send to Sastrawi are stored
(``analysis.needs_stemmer``): a stored stem is Sastrawi's answer for the word, whatever
the protected words or length limit (a word that becomes protected is no longer asked; one
that stops being protected was never stored). The table never imports Sastrawi.

It lives and dies with the index: a new index (``--rebuild``, or one replacing an index of
another schema version, whose analyzer may have differed) gets a new table, and updates add
their words to it; so its stems are those the index's own terms were made with. (The one
case where it answers otherwise than Sastrawi would today: PySastrawi upgraded without a
rebuild. Then the table agrees with the index's terms, which is what a query needs.)

Layout: ``stems(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID`` and
``meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)`` holding the format.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from . import analysis

if TYPE_CHECKING:
    import sqlite3

FILENAME = "stems.sqlite"
#: Bump when the layout changes: a table of another format is ignored, then rewritten.
FORMAT = "1"

log = logging.getLogger(__name__)


def table_path(index_dir: str | Path) -> Path:
    return Path(index_dir) / FILENAME


# --------------------------------------------------------------------------------- writing


def write_stems(index_dir: str | Path, stems: Mapping[str, str], *,
                replace: bool = False) -> int:
    """Store ``stems`` (word → stem, as ``analysis.stem`` computed them) in the index's table.

    With ``replace`` (a full build) the table is written anew beside the old one and renamed
    over it; otherwise the words are added to the existing table (words it holds already keep
    their stem: the same one), in one transaction. A missing table is started with these
    words; one that cannot be read or is of another format is replaced. Either way a reader
    sees the old table or the new one, never a mix, and a crash leaves no wrong entry.

    The table is a cache: a failure to write it (read-only folder, full disk …) is logged
    and does not fail the build. Returns the number of words offered to the table (those
    that need Sastrawi), 0 when it could not be written.
    """
    stems = dict(stems)  # a snapshot (one C-level copy), should another thread be stemming
    needs_stemmer = analysis.needs_stemmer
    # In key order: SQLite fills the B-tree's pages in one pass.
    rows = [(word, stems[word]) for word in sorted(stems)
            if stems[word] and needs_stemmer(word)]
    path = table_path(index_dir)
    if not rows and not replace:
        return 0
    import sqlite3

    try:
        if not replace:
            try:
                _add(path, rows)
                return len(rows)
            except (sqlite3.Error, _Unusable) as exc:
                log.debug("stem table %s not updated in place (%s): rewriting it", path, exc)
        _write_new(path, rows)
        return len(rows)
    except (sqlite3.Error, OSError) as exc:
        log.debug("could not write the stem table %s: %s", path, exc)
        return 0


class _Unusable(Exception):
    """The existing table is of another format."""


def _add(path: Path, rows: list[tuple[str, str]]) -> None:
    import sqlite3

    # mode=rw: a missing file is an error here (the caller writes a new table), not an
    # empty database created without the tables.
    conn = sqlite3.connect(f"{Path(os.path.abspath(path)).as_uri()}?mode=rw", uri=True, timeout=10)
    try:
        _check(conn)
        with conn:  # one transaction
            conn.executemany("INSERT OR IGNORE INTO stems (word, stem) VALUES (?, ?)", rows)
    finally:
        conn.close()


def _write_new(path: Path, rows: list[tuple[str, str]]) -> None:
    import sqlite3

    # A name Whoosh's clean-up of old segments never matches (it skips dot files), created
    # with the permissions of the index's other files (umask), unlike mkstemp's 0600.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        conn = sqlite3.connect(temp)
        try:
            # A private file until the rename: no journal needed; flushed once below.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE stems (word TEXT PRIMARY KEY, stem TEXT NOT NULL)"
                         " WITHOUT ROWID")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                             [("format", FORMAT)])
            conn.executemany("INSERT OR REPLACE INTO stems (word, stem) VALUES (?, ?)", rows)
            conn.commit()
        finally:
            conn.close()
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)  # the rename must not publish a file whose pages are not on disk
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _check(conn: sqlite3.Connection) -> None:
    """Raise ``_Unusable`` unless the table is of this format."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if meta.get("format") != FORMAT:
        raise _Unusable(f"format {meta.get('format')!r}, not {FORMAT!r}")


# --------------------------------------------------------------------------------- reading


class StemTable:
    """Read access to one index's table, for ``analysis.add_stem_source``.

    Nothing is opened until a word is looked up. Lookups may come from any thread (one
    connection behind a lock) and from a process forked after it was opened (a build's parse
    workers): the child opens its own connection behind its own lock, since an SQLite
    connection must not cross a fork (nor a lock another thread of the parent may hold).
    Any failure — no table, not a database, corrupt pages, another format — turns the table
    off for good: ``lookup`` then answers None and Sastrawi computes the stems.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(os.path.abspath(path))  # the working directory may change
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = os.getpid()
        self._off = False

    def lookup(self, word: str) -> str | None:
        """The stem stored for ``word``, or None when the table does not hold it."""
        if self._off:
            return None
        self._after_fork()
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = self._connect()
                row = self._conn.execute("SELECT stem FROM stems WHERE word = ?",
                                         (word,)).fetchone()
            except Exception as exc:  # sqlite3 errors, _Unusable, a missing file …
                self._turn_off(exc)
                return None
            finally:
                if self._off:   # closed while we read (``close``): we close it
                    self._close_locked()
        stem = row[0] if row else None
        return stem if isinstance(stem, str) and stem else None

    def _after_fork(self) -> None:
        """In a forked child, forget the parent's connection and lock: the connection is
        dropped, not closed (closing it in the child could disturb the parent's locks)."""
        if self._pid != os.getpid():
            self._lock, self._conn, self._pid = threading.Lock(), None, os.getpid()

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():  # an index built before the table existed
            raise FileNotFoundError(f"no {FILENAME}")
        import sqlite3

        # Read-only: a missing table is an error, never a new empty file.
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        try:
            _check(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _turn_off(self, exc: BaseException) -> None:
        log.debug("stem table %s not used (%s: %s)", self.path, type(exc).__name__, exc)
        self._off = True
        self._close_locked()

    def close(self) -> None:
        """Stop answering and close the connection, now or, when a lookup is reading, as
        that lookup ends. Never waits for the lock: ``close`` runs from the finalizer of
        the index that attached the table (``attach``), which the garbage collector may run
        in the middle of a lookup on this very thread — waiting there deadlocked a build's
        parse worker that collected a copy of an index its parent had let go."""
        self._after_fork()
        self._off = True
        if self._lock.acquire(blocking=False):
            try:
                self._close_locked()
            finally:
                self._lock.release()

    def _close_locked(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None


@contextmanager
def consulted(index_dir: str | Path, *, enabled: bool = True) -> Iterator[None]:
    """Within the block, ``analysis`` looks stems up in the table of ``index_dir`` (an update
    stems mostly words the index's own build stemmed already: UU 11/2020, 1.3 MB, re-read in
    the UU index needs ~1.5 s of Sastrawi without it). Parse workers forked inside inherit it."""
    if not enabled:
        yield
        return
    table = StemTable(table_path(index_dir))
    analysis.add_stem_source(table.lookup)
    try:
        yield
    finally:
        _detach(table)


def attach(owner: object, index_dir: str | Path) -> StemTable:
    """Register the stem table of ``index_dir`` with ``analysis`` for as long as ``owner``
    (the open ``RegulationIndex``) lives; then the source is removed and the table closed.

    Sources are process-wide (``analysis.add_stem_source``): while several indexes are open,
    a word is looked up in each table in turn, which is harmless since every table caches
    the same function."""
    table = StemTable(table_path(index_dir))
    analysis.add_stem_source(table.lookup)
    weakref.finalize(owner, _detach, table)
    return table


def _detach(table: StemTable) -> None:
    analysis.remove_stem_source(table.lookup)
    table.close()
