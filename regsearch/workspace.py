"""Where things live by default: the index directory and the bundled corpus.

Kept apart from ``search`` so that opening an index for a query never imports the
index-building code (PDF reading, parsing) unless the index has to be built first.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .errors import IndexError_
from .manifest import (INDEX_ENV, default_index_dir, holds_index_files, index_argument,
                       recorded_sources, sources_damage)
from .models import shown_path
from .schema import INDEX_NAME
from .search import RegulationIndex, open_index

__all__ = ["INDEX_ENV", "CORPUS_ENV", "default_index_dir", "bundled_corpus_dir",
           "open_or_build", "paths_to_index"]

CORPUS_ENV = "REGSEARCH_CORPUS"


def bundled_corpus_dir() -> Path:
    """The regulations shipped with regsearch.

    ``$REGSEARCH_CORPUS`` if set; else ``corpus/`` beside the package (a checkout or an
    editable install); else ``corpus/`` in the working directory.
    """
    if os.environ.get(CORPUS_ENV):
        return Path(os.environ[CORPUS_ENV])
    beside_package = Path(__file__).resolve().parent.parent / "corpus"
    if beside_package.is_dir():
        return beside_package
    return Path("corpus")


def open_or_build(index_dir: Path, *, build_if_missing: bool,
                  on_build: Callable[[Path, Path], object] | None = None) -> RegulationIndex:
    """Open ``index_dir``; when it holds no index and ``build_if_missing``, build it from the
    bundled corpus first (``on_build(index_dir, corpus)`` is told before it starts, and
    must return the progress callback to use, or None).

    Only the implicit default is built so (``./index``: no ``--index``, no
    ``$REGSEARCH_INDEX``), as the README's first run promises. A folder the user named —
    with ``--index``, whose callers pass ``build_if_missing=False``, or in
    ``$REGSEARCH_INDEX`` — must already hold an index: a mistyped name would otherwise be
    filled with the bundled corpus, and every answer come from it."""
    try:
        return open_index(index_dir)
    except IndexError_:
        if not build_if_missing or _has_index(index_dir):
            raise
        if os.environ.get(INDEX_ENV):
            raise IndexError_(f"no index in {index_dir} (named by ${INDEX_ENV}); build one "
                              f"there with `regsearch index [PATH…]`, or correct ${INDEX_ENV}"
                              ) from None
    corpus = bundled_corpus_dir()
    if not corpus.is_dir():
        raise IndexError_(f"no index in {index_dir} and no bundled corpus at {corpus} to build "
                          f"one from; run `regsearch index PATH…` or set ${CORPUS_ENV}")
    progress = on_build(index_dir, corpus) if on_build else None
    from .index import build_index  # deferred: only a first run pays for the indexing code

    report = build_index([corpus], index_dir, progress=progress)  # type: ignore[arg-type]
    if report.not_written:
        raise IndexError_(f"no index in {index_dir}, and the bundled corpus at {corpus} "
                          "holds nothing that could be indexed")
    return open_index(index_dir)


def _has_index(index_dir: Path) -> bool:
    """True when the directory holds anything of an index — a table of contents, its
    manifest, segment files — so that a failure to open it means damage, never a reason to
    build the bundled corpus over what is left of it."""
    return holds_index_files(index_dir, INDEX_NAME)


def paths_to_index(index_dir: Path, *, rebuild: bool = False) -> tuple[list[Path], str | None]:
    """What `regsearch index` reads when it is given no PATH, and a line saying so when that
    is not the bundled corpus (None when it is).

    The files and folders the index in ``index_dir`` records it is built from
    (``manifest.recorded_sources``), those still on disk: an update or a rebuild of an index
    built from the user's own folder reads that folder again. Reading the bundled corpus
    instead filled such an index with it, and a rebuild lost the user's files (QA 20 #9).
    A folder holding no index: the bundled corpus (the first run).

    An index that records nothing (written by a regsearch before the record), or whose
    record cannot be read (cut short, edited into something else: ``sources_damage``), is
    taken as built from the bundled corpus when every file it holds is in it: reading it
    again loses nothing, and the index is said to be updated from it. When it holds other
    files, or cannot be read, ``IndexError_`` names the damaged record, or the earlier
    regsearch, and asks for the paths: guessing would fill it with the bundled corpus, or
    rebuild it without the user's files, and its folders cannot be told from its files (a
    file added to one would never be found). Its next update records what it is built
    from. When none of the files and folders it records still exists (moved, renamed, a
    drive not mounted), ``IndexError_`` says so and asks where they are now: an update from
    nothing would drop every regulation as gone, or do nothing and exit 0."""
    corpus = bundled_corpus_dir()
    recorded = recorded_sources(index_dir, INDEX_NAME)
    if recorded is None:
        if not _has_index(index_dir):
            return [corpus], None
        damage = sources_damage(index_dir, INDEX_NAME)
        _check_built_from(index_dir, corpus, rebuild, damage)
        if damage is None:
            return [corpus], None
        doing = "rebuilding" if rebuild else "updating"
        return [corpus], (f"{doing} {index_dir} from the bundled corpus, which holds every file "
                          f"it indexes ({damage[0].name} {damage[1]})")
    present = [Path(path) for path in recorded if os.path.exists(path)]
    if [str(path) for path in present] == [str(corpus.resolve())] == recorded:
        return present, None
    gone = [path for path in recorded if not os.path.exists(path)]
    if not present:
        _nothing_to_read(index_dir, gone, rebuild)
    doing = "rebuilding" if rebuild else "updating"
    named = ", ".join(shown_path(str(path)) for path in present)
    note = f"{doing} {index_dir} from the files and folders it is built from: {named}"
    if gone:
        note += (f" ({', '.join(map(shown_path, gone))} no longer "
                 f"exist{'s' if len(gone) == 1 else ''})")
    return present, note


def _nothing_to_read(index_dir: Path, gone: list[str], rebuild: bool) -> None:
    """Raise ``IndexError_``: none of the files and folders the index is built from exists.

    An update went on from nothing, said "0 unchanged" and exited 0 (QA 14 #13), or dropped
    every regulation as gone when the folder had only moved (renamed, a drive not mounted).
    Nothing is read and the index stays as it is; the user names where the files are now."""
    doing = "rebuild" if rebuild else "update"
    what = (f"the files and folders it is built from no longer exist "
            f"({', '.join(map(shown_path, gone))})" if gone
            else "it records no files or folders to read")
    command = " ".join(["regsearch index PATH…", *index_argument(index_dir),
                        *(["--rebuild"] if rebuild else [])])
    raise IndexError_(f"nothing to {doing} the index in {index_dir} from: {what}; the index "
                      f"is left as it was; name where they are now: `{command}`")


def _record_damaged(index_dir: Path, damage: tuple[Path, str]) -> str:
    """"the record of the files and folders the index in ix is built from,
    ix/_regsearch_sources.json, is corrupt: not JSON"."""
    record, why = damage
    return (f"the record of the files and folders the index in {index_dir} is built from, "
            f"{record}, {why}")


def _check_built_from(index_dir: Path, corpus: Path, rebuild: bool,
                      damage: tuple[Path, str] | None) -> None:
    """Raise ``IndexError_`` unless every file of the index in ``index_dir`` (which records
    no sources it can read: ``damage`` says why, None when it records none) is in the
    bundled corpus ``corpus``."""
    from .index import indexed_files  # deferred: the indexing code, for `regsearch index` only

    folder = str(corpus.resolve()).rstrip(os.sep) + os.sep
    elsewhere = [path for path in indexed_files(index_dir) if not path.startswith(folder)]
    if not elsewhere:
        return
    command = " ".join(["regsearch index PATH…", *index_argument(index_dir),
                        *(["--rebuild"] if rebuild else [])])
    outside = f"holds files outside the bundled corpus (such as {shown_path(elsewhere[0])})"
    if damage:
        raise IndexError_(f"{_record_damaged(index_dir, damage)}, and the index {outside}; "
                          f"name them once to record them anew: `{command}`")
    raise IndexError_(f"the index in {index_dir} {outside} and does not record the files and "
                      f"folders it is built from (it was written by an earlier regsearch); "
                      f"name them once: `{command}`")
