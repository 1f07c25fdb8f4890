"""The size of every file of the committed index, to tell a damaged index at open time.

Whoosh reads a segment's files lazily: a truncated posting file, an emptied stored-fields
file or a deleted column file is only noticed by the query that reaches the missing bytes,
as an exception that says nothing of the index (``ValueError: seek out of range``), and a
missing length column even goes unnoticed — scores silently change, and an update calls
every file "unchanged". So each commit records, beside the index, the name and size of
each file it committed (``write_manifest``), and opening the index compares them with the
files on disk (``check_intact``): a stat per file (~10 for the bundled corpus), against a
cold-query budget of 0.5 s. It catches files cut short, grown, emptied or removed; not bytes
overwritten in place (that would need reading every file, which the budget does not allow).

The manifest describes one generation of the index (the number of its table-of-contents
file, ``_regsearch_<n>.toc``). One that describes an earlier generation — a commit killed
between Whoosh's rename and this file's, or an index updated by a regsearch that predates
the manifest — is not checked against (and the next commit rewrites it), nor is one of
another ``FORMAT``; an index without a manifest is not checked at all. Its name starts like
Whoosh's TOC files, so that Whoosh removes it with them when an index is created anew over
an old one.

What only a commit leaves behind proves that an index was there, so its loss is damage, not
"no index": a manifest whose table of contents is gone (or that names a newer generation
than any on disk), or segment files without any table of contents (Whoosh would open such a
folder as empty, and an update would build a new index over it, losing every regulation it
held). A manifest that cannot be read as one (not JSON, no list of files) is damage too:
the check it exists for cannot be made, and an update would record the sizes of files it
never checked, hiding any damage for good.

Beside the manifest, each commit records the files and folders the index was built from
(``_regsearch_sources.json``: ``write_sources``, ``recorded_sources``), so that a message
about an index can give the command that rebuilds that index from its own files
(``rebuild_advice``), and ``regsearch index`` without PATH updates it from them. It is kept
apart from the manifest: a damaged manifest must not take the rebuild command with it. A
record that cannot be read (``sources_damage``: cut short, not JSON, another shape) is said
to be so, by name, wherever the record would have been used; it damages nothing else (no
query reads it), and the next commit writes it anew.

Standard library only (and ``models``): ``search`` imports it on every open.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
from collections.abc import Iterable
from pathlib import Path

from .errors import IndexError_
from .models import shown_path

#: Bump when the layout changes: a manifest of another format is ignored, then rewritten.
FORMAT = 1
#: Likewise for the record of the index's sources.
SOURCES_FORMAT = 1

#: The environment variable naming the index folder used when ``--index`` is not given.
INDEX_ENV = "REGSEARCH_INDEX"

log = logging.getLogger(__name__)


def default_index_dir() -> Path:
    """``$REGSEARCH_INDEX`` if set, else ``index/`` in the working directory."""
    return Path(os.environ.get(INDEX_ENV) or "index")


def manifest_path(index_dir: str | Path, indexname: str) -> Path:
    return Path(index_dir) / f"_{indexname}_manifest.json"


def _toc_name(indexname: str, generation: int) -> str:
    return f"_{indexname}_{generation}.toc"


def latest_generation(index_dir: str | Path, indexname: str) -> int:
    """The number of the newest table of contents in ``index_dir`` (as Whoosh finds it), or
    -1 when there is none."""
    pattern = re.compile(rf"^_{re.escape(indexname)}_([0-9]+)\.toc$")
    found = [int(m.group(1)) for name in os.listdir(index_dir) if (m := pattern.match(name))]
    return max(found, default=-1)


def write_manifest(index_dir: str | Path, indexname: str, generation: int,
                   segment_ids: Iterable[str]) -> None:
    """Record the files of the generation just committed: its table of contents and every
    file of its segments (``<segment id>.<ext>``). Called with the writer lock still held,
    so that no other commit interleaves; written to a temporary file and renamed, so that a
    reader sees a whole manifest or none. A failure is logged, not raised: the commit is
    done, and a manifest of an older generation is ignored by ``check_intact``."""
    index_dir = Path(index_dir)
    prefixes = tuple(f"{segment_id}." for segment_id in segment_ids)
    toc = _toc_name(indexname, generation)
    target = manifest_path(index_dir, indexname)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        names = sorted(name for name in os.listdir(index_dir)
                       if name == toc or (prefixes and name.startswith(prefixes)))
        files = {name: (index_dir / name).stat().st_size for name in names}
        temporary.write_text(json.dumps({"format": FORMAT, "generation": generation,
                                         "files": files}, indent=1), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.warning("%s: cannot record the index's files (%s); damage will not be detected "
                    "until the next update", index_dir, exc.strerror or exc)
        try:
            temporary.unlink()
        except OSError:
            pass


def segment_files(index_dir: str | Path, indexname: str) -> list[str]:
    """The names of the files of the index's segments in ``index_dir`` (``<indexname>_<segment
    id>.<ext>``, as Whoosh names them), sorted: what a committed index holds besides its table
    of contents and manifest. Not its lock file (``<indexname>_WRITELOCK``)."""
    pattern = re.compile(rf"^{re.escape(indexname)}_[0-9a-z]+\.[A-Za-z0-9_.]+$")
    return sorted(name for name in os.listdir(index_dir) if pattern.match(name))


def holds_index_files(index_dir: str | Path, indexname: str) -> bool:
    """Whether ``index_dir`` holds anything of an index: a table of contents, a manifest or
    segment files. False for a folder that does not exist or cannot be listed."""
    try:
        return (latest_generation(index_dir, indexname) >= 0
                or manifest_path(index_dir, indexname).exists()
                or bool(segment_files(index_dir, indexname)))
    except OSError:
        return False


class _Corrupt(Exception):
    """The manifest is there but is not one (``_read``)."""


def _record_bytes(path: Path) -> bytes | None:
    """The bytes of one of the index's records (manifest, sources); None when there is
    none; ``_Corrupt`` (with why) when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise _Corrupt("is a folder") from None
    except OSError as exc:
        raise _Corrupt(f"cannot be read: {exc.strerror or exc}") from None


def _read(index_dir: Path, indexname: str) -> dict | None:
    """The manifest of ``index_dir``: None when there is none, or it is of another
    ``FORMAT``; ``_Corrupt`` (with why) when it cannot be read as a manifest."""
    data = _record_bytes(manifest_path(index_dir, indexname))
    if data is None:
        return None
    manifest = _json(data)
    if not isinstance(manifest, dict) or "format" not in manifest:
        raise _Corrupt("is corrupt: not a record of the index's files")
    if manifest["format"] != FORMAT:
        if isinstance(manifest["format"], int) and not isinstance(manifest["format"], bool):
            return None  # another version's layout: not checked, rewritten by the next commit
        raise _Corrupt("is corrupt: not a record of the index's files")
    generation, files = manifest.get("generation"), manifest.get("files")
    if (not isinstance(generation, int) or isinstance(generation, bool) or generation < 0
            or not isinstance(files, dict)
            or not all(isinstance(name, str) and "/" not in name and name not in ("", ".", "..")
                       and isinstance(size, int) and not isinstance(size, bool)
                       for name, size in files.items())):
        raise _Corrupt("is corrupt: not a record of the index's files")
    return manifest


def _json(data: bytes) -> object:
    """The JSON value of a file's bytes; ``_Corrupt`` when they are none (nested past what
    the parser recurses through too: "[[[[…" is damage, not a crash)."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Corrupt("is corrupt: not JSON" if data.strip() else "is empty") from None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _damaged(index_dir: Path, indexname: str, problem: str) -> IndexError_:
    return IndexError_(f"the index in {index_dir} is damaged ({problem}); "
                       f"{rebuild_advice(index_dir, indexname)}")


def check_intact(index_dir: str | Path, indexname: str) -> None:
    """Raise ``IndexError_`` naming the first file of the index in ``index_dir`` whose size
    differs from what its commit recorded, or that is gone; the table of contents gone while
    the manifest or segment files remain; or a manifest that is no manifest (see the module
    docstring). Nothing is checked against a manifest of another generation or format, nor
    when there is none; a folder that does not exist or is no folder is left to the caller
    (which says "no index")."""
    index_dir = Path(index_dir)
    if not index_dir.is_dir():
        return  # no such folder, or not a folder: the caller opening it says so
    for attempt in range(2):
        # The manifest first: its table of contents stays until a newer one is written, so
        # the tables of contents listed next cannot all be older than it unless one is lost.
        try:
            manifest = _read(index_dir, indexname)
        except _Corrupt as corrupt:
            raise _damaged(index_dir, indexname,
                           f"{manifest_path(index_dir, indexname).name} {corrupt}") from None
        try:
            latest = latest_generation(index_dir, indexname)
        except OSError:
            return
        if manifest is None:
            if latest >= 0:
                return  # an index older than the manifest: nothing to compare
            try:
                segments = segment_files(index_dir, indexname)
            except OSError:
                return
            if not segments:
                return  # no index at all
            problem = (f"its table of contents _{indexname}_<n>.toc is missing, "
                       f"{len(segments):,} files of its segments remain")
        elif latest < manifest["generation"]:
            # A commit writes its table of contents before its manifest and removes it only
            # after writing a newer one: a manifest newer than every table of contents means
            # that it was removed (looked at twice: a listing may miss a file being renamed).
            problem = f"{_toc_name(indexname, manifest['generation'])} is missing"
        else:
            break
        if attempt:
            raise _damaged(index_dir, indexname, problem)
    assert manifest is not None   # (each pass returns, raises or breaks with one)
    if latest != manifest["generation"]:
        return  # the manifest of an earlier commit
    files = manifest["files"]
    generation = manifest["generation"]
    for name, size in files.items():
        try:
            actual = (index_dir / name).stat().st_size
        except FileNotFoundError:
            problem = f"{name} is missing"
        except OSError as exc:
            problem = f"{name} cannot be read: {exc.strerror or exc}"
        else:
            if actual == size:
                continue
            problem = f"{name} has {actual:,} bytes, {size:,} when written"
        # A commit may have landed while we looked (and removed this generation's files):
        # then this is no damage, and Whoosh opens the new generation.
        try:
            if latest_generation(index_dir, indexname) != generation:
                return
        except OSError:
            pass
        raise _damaged(index_dir, indexname, problem)


# ------------------------------------------------------------------ what the index is built from


def sources_path(index_dir: str | Path, indexname: str) -> Path:
    return Path(index_dir) / f"_{indexname}_sources.json"


def recorded_sources(index_dir: str | Path, indexname: str) -> list[str] | None:
    """The files and folders (absolute paths) the index in ``index_dir`` was built from, as
    its last commit recorded them; None when it records none (an index written before
    regsearch recorded them, or no index) or the record cannot be read
    (``sources_damage`` says why)."""
    try:
        return _read_sources(Path(index_dir), indexname)
    except _Corrupt:
        return None


def sources_damage(index_dir: str | Path, indexname: str) -> tuple[Path, str] | None:
    """Why the record of the index's sources cannot be read, as (its path, why: "is corrupt:
    not JSON"), or None when it can be or there is none. A record cut short, edited into
    something else or of a layout this regsearch does not know is said to be so: taken for
    no record, it was blamed on "an earlier regsearch"."""
    try:
        _read_sources(Path(index_dir), indexname)
    except _Corrupt as corrupt:
        return sources_path(index_dir, indexname), str(corrupt)
    return None


#: Why a record of the index's sources is not one (``sources_damage``).
_NOT_SOURCES = "is corrupt: not a list of absolute paths"


def _read_sources(index_dir: Path, indexname: str) -> list[str] | None:
    """``recorded_sources``, raising ``_Corrupt`` (with why) for a record that cannot be
    read: not JSON, another shape, a path that is not absolute (each commit records them
    absolute), another ``SOURCES_FORMAT``."""
    data = _record_bytes(sources_path(index_dir, indexname))
    if data is None:
        return None
    record = _json(data)
    if not isinstance(record, dict) or not _is_int(record.get("format")):
        raise _Corrupt(_NOT_SOURCES)
    if record["format"] != SOURCES_FORMAT:
        raise _Corrupt(f"is of format {record['format']}, which this regsearch does not read "
                       f"(format {SOURCES_FORMAT})")
    sources = record.get("sources")
    if not isinstance(sources, list) or not all(
            isinstance(path, str) and os.path.isabs(path) and "\x00" not in path
            for path in sources):
        raise _Corrupt(_NOT_SOURCES)
    return sources


def write_sources(index_dir: str | Path, indexname: str, sources: list[str]) -> bool:
    """Record the files and folders the index is built from (``recorded_sources``). Written
    like the manifest, with the writer lock held, whole or not at all; a failure is logged,
    not raised (the commit is done; messages then ask for the paths instead of naming
    them). Whether it was written."""
    target = sources_path(index_dir, indexname)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps({"format": SOURCES_FORMAT, "sources": sources},
                                        indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
        return True
    except OSError as exc:
        log.warning("%s: cannot record the paths the index is built from (%s)", index_dir,
                    exc.strerror or exc)
        try:
            temporary.unlink()
        except OSError:
            pass
        return False


def rebuild_command(index_dir: str | Path, indexname: str) -> str | None:
    """The exact command that rebuilds the index in ``index_dir`` from the files and folders
    it records (each shell-quoted; relative to the working directory when inside it), or
    None when it records none. ``--index`` is named unless ``index_dir`` is the default
    one: following "run `regsearch index --rebuild`" on a custom index filled it with the
    bundled corpus and lost the user's files (QA 20 #9). More than ``LISTED_SOURCES``: the
    command names none, reading those the index records."""
    sources = recorded_sources(index_dir, indexname)
    if sources is None:
        return None
    if len(sources) > LISTED_SOURCES:   # without PATH it reads the sources it records
        return " ".join(["regsearch index", *index_argument(index_dir), "--rebuild"])
    return " ".join(["regsearch index", *(_argument(shown_path(s)) for s in sources),
                     *index_argument(index_dir), "--rebuild"])


#: Up to this many recorded files and folders are written out in the rebuild command; beyond,
#: the command names none (``regsearch index`` without PATH reads those the index records),
#: and the advice says how many it reads: a command of 70 paths (an index of 70 files, QA
#: round 13) is no help to read or to copy.
LISTED_SOURCES = 4


def rebuild_advice(index_dir: str | Path, indexname: str) -> str:
    """What to run to rebuild the index in ``index_dir``, as the end of an error message:
    the exact command when the index records its sources, else the command with PATH for
    the user to fill in."""
    command = rebuild_command(index_dir, indexname)
    if command:
        sources = recorded_sources(index_dir, indexname) or []
        return (f"run `{command}`" if len(sources) <= LISTED_SOURCES else
                f"run `{command}` (it reads again the {len(sources)} files and folders the "
                "index records)")
    command = " ".join(["regsearch index PATH…", *index_argument(index_dir), "--rebuild"])
    advice = f"run `{command}` with the files and folders it was built from"
    damage = sources_damage(index_dir, indexname)
    return f"{advice} (its record of them, {damage[0]}, {damage[1]})" if damage else advice


def build_advice(index_dir: str | Path) -> str:
    """How to build an index where there is none, as the end of an error message: naming
    ``--index`` when ``index_dir`` is not the default (a bare `regsearch index` would build
    the default one, not this)."""
    option = index_argument(index_dir)
    if not option:
        return "build one with `regsearch index`"
    return f"build one with `regsearch index [PATH …] {' '.join(option)}`"


def index_argument(index_dir: str | Path) -> list[str]:
    """``["--index", DIR]`` (DIR shell-quoted) for a command line about the index in
    ``index_dir``, or nothing when it is the default folder (``default_index_dir``)."""
    if os.path.abspath(index_dir) == os.path.abspath(default_index_dir()):
        return []
    return ["--index", _argument(os.fspath(index_dir))]


def _argument(path: str) -> str:
    """A path as one argument of a shell command: quoted, and not read as an option."""
    return shlex.quote(f"./{path}" if path.startswith("-") else path)
