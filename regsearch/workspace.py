"""Where things live by default: the index directory and the bundled corpus.

Kept apart from ``search`` so that opening an index for a query never imports the
index-building code (PDF reading, parsing) unless the index has to be built first.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .errors import IndexError_
from .manifest import holds_index_files
from .schema import INDEX_NAME
from .search import RegulationIndex, open_index

INDEX_ENV = "REGSEARCH_INDEX"
CORPUS_ENV = "REGSEARCH_CORPUS"


def default_index_dir() -> Path:
    """``$REGSEARCH_INDEX`` if set, else ``index/`` in the working directory."""
    return Path(os.environ.get(INDEX_ENV) or "index")


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
