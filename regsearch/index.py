"""The Whoosh index: schema, and building/updating it. The only module that writes an index.

One Whoosh document per article (``doctype=article``), one per Lampiran section
(``doctype=lampiran``) and one per regulation (``doctype=regulation``, the catalogue that
``list`` reads and incremental updates compare hashes against). Everything a hit or ``show``
needs is kept in the stored ``payload`` so that search never re-reads source files.
"""

from __future__ import annotations

import hashlib
import marshal
import multiprocessing
import os
import re
import shutil
from collections import deque
from functools import cache
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice, takewhile
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError
from whoosh.fields import UnknownFieldError
from whoosh.codec.whoosh3 import W3Codec
from whoosh.reading import SegmentReader
from whoosh.writing import CLEAR, MERGE_SMALL, LockError, PostingPool, SegmentWriter

from . import analysis, ocrwords, stemtable
from .documents import OCR_NUMBERS_APART, OCR_SKIPPED, parse_file
from .errors import IndexError_, RegsearchError
from .expand import harvest_abbreviations, query_vocabulary
from .extract import (OCR_INSTALL_HINT, OCR_OFF, OCR_READY, PDF_SUFFIXES, SUPPORTED_SUFFIXES,
                      die_with_parent, ocr_state)
from .legal import (applications, applied_pasal, identity_scope, internal_references,
                    parse_regulation_ref, version_key)
from .manifest import (check_intact, latest_generation, rebuild_advice, recorded_sources,
                       sources_damage, write_manifest, write_sources)
from .models import (GENERAL_EXPLANATION, Article, Ayat, Butir, ChangeItem, Item,
                     LampiranSection, Regulation, RegulationRef, shown_path)
from .schema import INDEX_NAME, make_schema
from .titles import declared_names


@dataclass
class BuildReport:
    """What ``build_index`` did: counts per outcome and the files that failed, with why.

    ``duplicates``: (file skipped, file indexed) for each file whose content is that of
    another file of the build or of the index under another path (a copy under another
    name): the regulation is indexed once. Not a failure: nothing is missing from the index,
    and a folder holding a stray copy ("uu-13-2003 (1).pdf") must not fail every update.

    ``warnings``: (path, message) for what was done but deserves a look: a regulation read
    with serious anomalies, a folder with no document, an index created among documents, and
    a file skipped because the regulation it holds (the same id: type, issuer, number, year)
    is indexed from another file — a copy that differs from it, the same law as PDF and as
    text. One file per regulation is indexed: the one the index holds already, else the first
    of the build (the paths in the order given, each folder in name order); the message
    names both files. Not a failure either: the regulation is in the index. Also a PDF
    indexed with pages OCR did not read (read again once OCR can run), and the record of the
    index's sources written anew because it could not be read (``manifest.sources_damage``).

    ``not_written``: why the index was left as it was (no index written, or an existing one
    not rebuilt) because there was nothing to index; None when it was written. A failure:
    nothing that was asked for was done.

    ``dropped``: (path, why) for each regulation removed because its file is gone — no
    longer on disk, or no longer found in the folder it was indexed from; each is in
    ``removed`` too. Named, so that nothing leaves the index unsaid.
    """

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    not_written: str | None = None
    articles: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and self.not_written is None


ProgressCallback = Callable[[int, int, str], None]


#: Notes that sit beside regulations in a folder and are not regulations themselves.
#: Skipped when walking a folder; still read when named explicitly.
FOLDER_NOTES = ("readme", "provenance", "license", "licence", "changelog")


#: Why a folder given to index adds nothing (a warning; the failure is having nothing at all).
NO_DOCUMENTS = "no PDF, .txt or .md file in this folder"


def source_paths(paths: str | os.PathLike | bytes | Iterable[str | os.PathLike | bytes]
                 ) -> list[Path]:
    """The paths to index, as a list: one path (str, bytes or ``Path``) or any iterable of
    them (read once, so a generator is fine).

    A str is one path, not the characters of one (iterated, "/" made the build index the
    whole file system); an empty path is refused rather than read as the working directory;
    anything else is an ``IndexError_`` naming what was given."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    elif not isinstance(paths, Iterable):
        raise IndexError_(f"paths to index must be a path or a list of paths, not "
                          f"{type(paths).__name__}")
    found = []
    for raw in paths:
        if not isinstance(raw, (str, bytes, os.PathLike)):
            raise IndexError_(f"paths to index must be paths (str or Path), not "
                              f"{type(raw).__name__}: {_shown(raw)}")
        text = os.fsdecode(raw)
        if not text:
            raise IndexError_("an empty path names no file or folder to index")
        found.append(Path(text))
    return found


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders into supported files; missing paths are failures.

    Each file comes once, however often it is named: in two overlapping folders, twice, or
    through a link (files are the same when their real paths are). In folders,
    README/PROVENANCE/LICENSE-style notes are skipped (see ``FOLDER_NOTES``).
    """
    collected = _collect([Path(p) for p in paths])
    return collected.files, collected.failures


@dataclass
class _Collected:
    files: list[Path]
    failures: list[tuple[str, str]]
    #: Folders given that hold no document at all.
    empty: list[Path]


def _collect(paths: list[Path]) -> _Collected:
    """``collect_files``, and the folders that held nothing to index."""
    collected = _Collected([], [], [])
    seen: set[str] = set()

    def add(path: Path) -> None:
        problem = _not_readable_as_file(path)
        if problem:
            if (str(path), problem) not in collected.failures:  # named twice, told once
                collected.failures.append((str(path), problem))
            return
        key = _path_key(path)
        if key not in seen:
            seen.add(key)
            collected.files.append(path)

    for path in paths:
        if path.is_dir():
            found, unlistable = _walk(path)
            collected.failures += unlistable
            if not found and not unlistable:
                collected.empty.append(path)
            for candidate in found:
                add(candidate)
        else:
            add(path)
    return collected


def _walk(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The document candidates under ``folder`` (sorted), and the sub-folders that could not
    be listed, each with why (``Path.rglob`` would skip those silently)."""
    found: list[Path] = []
    unlistable: list[tuple[str, str]] = []

    def report(exc: OSError) -> None:
        unlistable.append((str(exc.filename or folder),
                           f"cannot list folder ({exc.strerror or exc})"))

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs.sort()
        found += (Path(root) / name for name in names)
    return sorted(p for p in found if _looks_like_document(p)), unlistable


def _not_readable_as_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a document, or None when it is a regular file."""
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return "no such file (a link to a missing file)"
    if path.exists():
        return "not a regular file" if not path.is_dir() else "a folder inside a folder walk"
    return "no such file or folder"


def _looks_like_document(path: Path) -> bool:
    """A folder entry worth trying: a supported suffix, not a note, not a sub-folder."""
    return (path.suffix.lower() in SUPPORTED_SUFFIXES and not path.is_dir()
            and not path.stem.lower().startswith(FOLDER_NOTES))


def build_index(paths: str | os.PathLike | Iterable[str | os.PathLike], index_dir: str | Path,
                *, rebuild: bool = False, progress: ProgressCallback | None = None
                ) -> BuildReport:
    """Index regulation files (PDF, .txt, .md) and folders of them into ``index_dir``.

    ``paths`` is one path or a list of them (``source_paths``). Without ``rebuild`` an
    existing index is updated: files whose content hash is unchanged are skipped, changed
    files re-read, and the files the index holds that are gone — from an indexed folder, or
    from the disk wherever they were (a single file indexed, then deleted) — dropped, each
    named in ``BuildReport.dropped``. A file that cannot be read is reported in
    ``BuildReport.failed``; the others are still indexed. A file that failed is not read
    again until it changes, except a PDF that failed while OCR could not run, once OCR's
    state has changed (``extract.ocr_state``: OCR installed or switched on since).

    Each commit records the files and folders the index is built from
    (``manifest.recorded_sources``): the paths given, with those recorded before (not on a
    rebuild), less those gone from the disk. Messages about the index name them in the
    command that rebuilds it, and ``regsearch index`` without PATH reads them.

    Each regulation file is indexed once: a file named twice (overlapping folders, a link)
    is one file, and a copy of a file of the build or of the index under another name is
    skipped and reported in ``BuildReport.duplicates`` (a renamed or moved file replaces
    its old path). Each regulation is indexed from one file: another file holding the same
    one (a copy that differs, the same law as PDF and text) is skipped with a warning naming
    both (``BuildReport.warnings``). When nothing at all can be indexed — no document under
    the paths, or none readable — and there was no index, none is written (a mistyped folder
    must not leave an empty index that every query then searches); nor is an index rebuilt
    from nothing: ``BuildReport.not_written`` says so.

    Nothing is visible to readers until the final commit, which Whoosh publishes by renaming
    one table-of-contents file: a build killed at any moment leaves the previous index whole.
    The commit records the size of each file of the index (``manifest``), which an update
    or a query checks first, so that a damaged index is named as such, not misread; an
    update of a damaged index (a file cut short or gone, its table of contents lost while
    its manifest or segments remain, a manifest that is no manifest) stops with
    ``IndexError_`` and changes nothing: only ``rebuild`` starts anew over it. After
    it, the stems the build computed are added to the index's stem table (``stemtable``,
    written anew with a new index), which queries read instead of Sastrawi.

    Arguments of another type (``index_dir`` None, ``rebuild`` not a bool, ``progress`` not
    callable) are an ``IndexError_`` saying what was given, as is an ``index_dir`` that is a
    file. A new index written into a folder holding documents is a warning.
    """
    sources = source_paths(paths)
    index_dir = index_folder(index_dir)
    if not isinstance(rebuild, bool):
        raise IndexError_(f"rebuild must be True or False, not {type(rebuild).__name__}: "
                          f"{_shown(rebuild)}")
    if progress is not None and not callable(progress):
        raise IndexError_(f"progress must be a function (done, total, path) or None, not "
                          f"{type(progress).__name__}: {_shown(progress)}")
    if problem := _not_a_folder(index_dir):
        raise IndexError_(f"cannot write the index in {index_dir}: {problem}")
    if not rebuild:
        # What is left of a damaged index is no place for a new one (``_open_for_writing``),
        # even when there is nothing to add to it.
        check_intact(index_dir, INDEX_NAME)
    collected = _collect(sources)
    report = BuildReport(failed=list(collected.failures),
                         warnings=[(str(folder), NO_DOCUMENTS) for folder in collected.empty])
    existed = _holds_index(index_dir)
    if not collected.files and (rebuild or not existed):
        report.not_written = _left_as_it_was(index_dir, existed)
        return _as_shown(report)
    crowded = [] if existed else _documents_in(index_dir)
    created = _created_by_build(index_dir)
    replaced = _regulations_held(index_dir) if rebuild and existed else []
    ix = _open_for_writing(index_dir, rebuild=rebuild)
    ocr_now = cache(ocr_state)  # asked once per build, and only if a PDF failure needs it
    known, held = ({}, {}) if rebuild else _known_files(ix, ocr_now)
    plan = _plan(collected.files, known, sources, report)
    vanished = _vanished(sources, collected.files, known, set(plan.drop))
    going = {key for _, key, _ in plan.todo} | set(plan.drop) | set(vanished)
    holders = _holders({key: reg for key, reg in held.items() if key not in going}, report,
                       index_dir)
    staying = [key for key in known if key not in going]
    # The parsing workers start before the writer lock is taken, so that no process but
    # this one ever holds it (a killed build must not leave a child keeping the index locked);
    # then they parse while this process writes what they have finished.
    # A rebuild writes with today's schema: Whoosh pickles each field's analyzer with the
    # index, and the old one's would go on analysing as the code that made them did.
    schema = make_schema() if rebuild else ix.schema
    with stemtable.consulted(index_dir, enabled=bool(known)), \
            _parsing(plan.todo, schema) as results:
        writer = _lock_writer(ix, index_dir)
        writer.schema = schema   # what its commit records with the new segment
        writer.sources_to_record = lambda previous: _sources_to_record(
            previous, sources, staying, rebuild=rebuild)
        try:
            _write_results(writer, plan.todo, results, known, holders, report,
                           _Progress(progress, len(collected.files),
                                     len(collected.files) - len(plan.todo)), ocr_now)
            _drop_replaced(writer, plan.drop, known, report)
            _drop_vanished(writer, vanished, known, report)
        except BaseException:
            writer.cancel()
            raise
        if not (report.added or report.updated) and (rebuild or not existed):
            # Only failures and copies: no index rather than an empty one, and an index
            # rebuilt from nothing stays as it was.
            writer.cancel()
            if not existed:
                created.undo()
            report.not_written = _left_as_it_was(index_dir, existed)
            return _as_shown(report)
    if rebuild:
        # The old segments go in the same commit, leaving the one new segment (a merge type
        # overrides ``optimize``, which this call used to pass: there is nothing to optimise).
        writer.commit(mergetype=CLEAR)
        _name_replaced(replaced, report)
    else:
        writer.commit(mergetype=_merge_small_segments)
    if repaired := getattr(writer, "record_repaired", None):  # (Whoosh's own writer: none)
        report.warnings.append((str(index_dir), repaired))
    # The stems computed for this build (workers send theirs), for queries to look up
    # instead of loading Sastrawi: a cache, so written after the commit and never fatal. A new
    # index (rebuilt, first built, or replacing one of another schema version, whose
    # analyzer may have stemmed otherwise) gets a new table; an update adds to the table.
    stemtable.write_stems(index_dir, analysis.known_stems(), replace=rebuild or not known)
    if crowded:
        report.warnings.append((str(index_dir), CROWDED.format(
            count=len(crowded), s="s" if len(crowded) > 1 else "", example=crowded[0])))
    return _as_shown(report)


def _as_shown(report: BuildReport) -> BuildReport:
    """The report with each file of the build named as ``shown_path`` names it (relative to
    the working directory when inside it, else absolute), whichever way it was reached: as
    typed ("corp2/broken.pdf"), or from the record of an index updated without PATH, which
    holds absolute paths. One run named a failed file relative and the next, the same file
    absolute (QA 14 #13). ``removed`` keeps the index's keys; ``dropped`` is named so."""
    def named(path: str) -> str:
        return shown_path(os.path.abspath(path))

    def paths(listed: list[str]) -> list[str]:
        return [named(path) for path in listed]

    def with_why(listed: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(named(path), why) for path, why in listed]

    return replace(report, added=paths(report.added), updated=paths(report.updated),
                   unchanged=paths(report.unchanged), failed=with_why(report.failed),
                   warnings=with_why(report.warnings),
                   duplicates=[(named(copy), named(kept)) for copy, kept in report.duplicates])


#: Said when a new index is written into a folder that holds documents (``_documents_in``).
CROWDED = ("the index's files were written among the {count} document{s} this folder holds "
           "(such as {example}); an index is best kept in a folder of its own")


def index_folder(index_dir: object) -> Path:
    """``index_dir`` as a ``Path``: a str, bytes or ``Path`` naming a folder; anything else,
    or an empty path, is an ``IndexError_`` saying what was given."""
    if not isinstance(index_dir, (str, bytes, os.PathLike)):
        raise IndexError_(f"the index folder must be a path (str or Path), not "
                          f"{type(index_dir).__name__}: {_shown(index_dir)}")
    try:
        text = os.fsdecode(index_dir)
    except TypeError as exc:  # an os.PathLike whose __fspath__ returns something else
        raise IndexError_(f"the index folder must be a path (str or Path), not "
                          f"{type(index_dir).__name__}: {_shown(index_dir)}") from exc
    if not text:
        raise IndexError_("an empty path names no folder for the index")
    return Path(text)


def _not_a_folder(index_dir: Path) -> str | None:
    """Why no index can be written in ``index_dir`` because it, or a folder above it, is
    something else than a folder (a file, a link to nothing); None when it is a folder or
    can be made one."""
    for path in (index_dir, *index_dir.parents):
        if path.is_dir():
            return None
        if path.is_symlink() and not path.exists():
            where = "it" if path == index_dir else str(path)
            return f"{where} is a link to a missing folder"
        if path.exists():
            return ("it is a file, not a folder" if path == index_dir
                    else f"{path} is a file, not a folder")
    return None


def _documents_in(index_dir: Path) -> list[str]:
    """The names of the documents (PDF, .txt, .md; notes such as a README excepted) directly
    in ``index_dir``, sorted: a new index written there mixes its files with them."""
    return sorted(name for name in _listing(index_dir)
                  if _looks_like_document(index_dir / name))


def _left_as_it_was(index_dir: Path, existed: bool) -> str:
    if existed:
        return f"nothing to index; the index in {index_dir} was left as it was"
    return f"nothing to index; no index written to {index_dir}"


def _holds_index(index_dir: Path) -> bool:
    """Whether ``index_dir`` holds an index (readable or not): a table of contents."""
    try:
        return latest_generation(index_dir, INDEX_NAME) >= 0
    except OSError:  # no such folder, or not a folder (opening it for writing will say)
        return False


class _created_by_build:
    """What a build that writes nothing after all must remove: the index folder if it made
    it, else the files it added to it (and nothing the folder held before)."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        #: The folders ``mkdir(parents=True)`` will make, deepest first.
        self.made = list(takewhile(lambda folder: not folder.exists(),
                                   [index_dir, *index_dir.absolute().parents]))
        self.before = set(_listing(index_dir))

    def undo(self) -> None:
        for name in set(_listing(self.index_dir)) - self.before:
            path = self.index_dir / name
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                pass  # left behind: harmless, and no index without a table of contents
        for folder in self.made:
            try:
                folder.rmdir()
            except OSError:
                break


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


#: Segments an update may leave; past it, the smallest are merged (``_merge_small_segments``).
MAX_SEGMENTS = 4


def _merge_small_segments(writer, segments: list) -> list:
    """Whoosh's merge policy for an update (``mergetype``): the segments the new commit keeps.

    Every update writes a segment of its own, and each query pays for every segment (a term
    lookup, a matcher, a version check per identity): after six updates the full UU index
    answered ~1.4x slower. So a segment none of whose documents is alive (a file updated
    again, or removed) is dropped, which is free; Whoosh's ``MERGE_SMALL`` folds in the tiny
    ones; and beyond ``MAX_SEGMENTS`` the smallest are merged into the new segment, so the
    cost of a merge stays that of the few small segments, never of the big one."""
    alive = MERGE_SMALL(writer, [s for s in segments if s.doc_count() > 0])
    alive.sort(key=lambda s: s.doc_count_all())
    merged = alive[:max(0, len(alive) - MAX_SEGMENTS + 1)]
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return alive[len(merged):]


def _lock_writer(ix, index_dir: Path):
    try:
        return _BuildWriter(ix, limitmb=WRITER_LIMIT_MB,
                            codec=W3Codec(compression=POSTING_COMPRESSION), compound=False)
    except LockError as exc:
        raise IndexError_(f"{index_dir}: another regsearch process is writing this index; "
                          "try again when it has finished") from exc


#: Memory for postings before the writer sorts them into a temporary run file.
WRITER_LIMIT_MB = 256
#: zlib level of posting blocks (Whoosh's default is 3). 0: a query decodes each block it
#: reads without decompressing it first — ~0.4 s of the 200 benchmark queries' first pass —
#: for a larger index. Readers take either (the level is recorded in each block).
POSTING_COMPRESSION = 0
# Segments are written as separate files (``compound=False``), which queries map into memory
# (``storage._MappedStorage``): Whoosh opens a file inside a compound segment by copying it
# whole into a BytesIO (filedb/compound.py, BufferFile) — ~0.25 s of a cold query on the UU
# index and ~200 MB in every process that reads a few of its blocks.


class _BuildWriter(SegmentWriter):
    """Whoosh's ``SegmentWriter`` (what ``ix.writer()`` returns) with two costs of its commit
    cut, the index written being the same:

    * postings sorted into temporary runs are written and read back in chunks
      (``_ChunkedPostingPool``), not one pickle call per posting;
    * the postings writer asks for the length of the field of the document of every posting:
      the lengths are read once per field (``_FieldLengths``), not once per posting."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self.pool = _ChunkedPostingPool(self._tempstorage, self.newsegment,
                                        limitmb=kwargs.get("limitmb", 128))
        #: The files and folders to record as the index's sources, from those recorded
        #: (``_sources_to_record``); None: the record is left as it is.
        self.sources_to_record: Callable[[list[str] | None], list[str]] | None = None
        #: Said when the commit wrote anew a record that could not be read (``_commit_toc``).
        self.record_repaired: str | None = None

    def _commit_toc(self, segments: list) -> None:
        """Whoosh's commit (the new table of contents renamed into place, then the files no
        longer used removed), and the manifest of the files committed and the record of the
        index's sources, written while the writer lock is still held (``manifest``), so that
        no other build's sources are lost between reading the record and writing it."""
        super()._commit_toc(segments)
        folder = self.storage.folder
        write_manifest(folder, self.indexname, self.generation,
                       [segment.segment_id() for segment in segments])
        if self.sources_to_record is not None:
            previous = recorded_sources(folder, self.indexname)
            damage = sources_damage(folder, self.indexname) if previous is None else None
            sources = self.sources_to_record(previous)
            if write_sources(folder, self.indexname, sources) and damage:
                self.record_repaired = _repaired(damage, sources)

    def _flush_segment(self) -> None:  # SegmentWriter._flush_segment, lengths read once
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        postings = self.pool.iter_postings()
        self.fieldwriter.add_postings(self.schema, _FieldLengths(pdr, self.schema) if pdr else None,
                                      postings)
        self.fieldwriter.close()
        if pdr:
            pdr.close()


class _ChunkedPostingPool(PostingPool):
    """A ``PostingPool`` whose runs hold marshalled lists of postings (each posting a tuple
    of str, bytes, int, float and bytes or None, which marshal keeps as they are), each
    list preceded by its size in bytes."""

    CHUNK = 20_000

    def add_all(self, fieldname: str, items: list[tuple]) -> None:
        """``add`` for postings of one field whose size ``added`` will count."""
        self.fieldnames.add(fieldname)
        self.current.extend(items)

    def added(self, size: int) -> None:
        """Count the size of postings given to ``add_all``; save a run when over the limit."""
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()

    def _write_run(self, f, items) -> None:
        items = iter(items)
        while chunk := list(islice(items, self.CHUNK)):
            data = marshal.dumps(chunk)
            f.write(len(data).to_bytes(8, "little"))
            f.write(data)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while size := f.read(8):
                yield from marshal.loads(f.read(int.from_bytes(size, "little")))
        finally:
            f.close()
            self._remove_run(path)


class _FieldLengths:
    """``doc_field_length`` of a per-document reader, each field's lengths read at once.
    A field that is not scorable has no lengths (``add_document`` counts none for it)."""

    def __init__(self, reader, schema) -> None:
        self.reader = reader
        self.lengths: dict[str, list | None] = {
            name: None for name, field in schema.items() if field.scorable}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        if fieldname not in self.lengths:
            return default
        lengths = self.lengths[fieldname]
        if lengths is None:
            read = self.reader.doc_field_length
            lengths = self.lengths[fieldname] = [
                read(n, fieldname, default) for n in range(self.reader.doc_count_all())]
        return lengths[docnum]


@dataclass
class _Plan:
    """What a build does to the index's files: the files to read, as (path, path key, hash),
    and the path keys whose documents go because another path now holds their text."""

    todo: list[tuple[Path, str, str]] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)


def _plan(files: list[Path], known: Known, sources: list[Path], report: BuildReport) -> _Plan:
    """Which files to read: those new or changed since the last build, each content once.

    Unchanged files are counted; a file that failed before and has not changed is reported
    again without being re-read. Files of the same content (a copy under another name) are
    indexed once, under the path that holds it already — a file of this build indexed with
    this content, else a file of the index that still holds it, else the first in order —
    and the others are reported as duplicates (a duplicate that was indexed before, with the
    same text or another, loses its documents). A file of the index whose content now comes
    under another path, and that no longer holds it itself (moved or renamed), is dropped:
    the new path replaces it."""
    plan = _Plan()
    keyed = [(path, _path_key(path)) for path in files]
    present = {key for _, key in keyed}
    hashed: list[tuple[Path, str, str]] = []
    for path, key in keyed:
        try:
            hashed.append((path, key, _file_hash(path)))
        except OSError as exc:
            report.failed.append((str(path), f"cannot read file ({exc.strerror or exc})"))
    folders = _folder_keys(sources)
    elsewhere: dict[str, list[str]] = {}  # content hash → regulations indexed outside the build
    for key, (digest, failure) in known.items():
        if failure is None and key not in present:
            elsewhere.setdefault(digest, []).append(key)

    holder: dict[str, str] = {}   # content hash → the path key that holds it in the index
    for _, key, digest in hashed:
        if known.get(key, (None, None))[0] == digest:
            holder.setdefault(digest, key)
    for _, key, digest in hashed:
        if digest not in holder:
            for other in elsewhere.get(digest, ()):
                if _still_holds(other, digest, folders):
                    holder[digest] = other
                    break
        holder.setdefault(digest, key)

    named = {key: str(path) for path, key, _ in hashed}
    for path, key, digest in hashed:
        if holder[digest] != key:
            report.duplicates.append((str(path), named.get(holder[digest])
                                      or display_path(Path(holder[digest]))))
            if key in known:
                plan.drop.append(key)
            continue
        previous_hash, previous_failure = known.get(key, (None, None))
        if previous_hash != digest:
            plan.todo.append((path, key, digest))
        elif previous_failure:
            report.failed.append((str(path), f"{previous_failure} (unchanged since it failed)"))
        else:
            report.unchanged.append(str(path))
    for digest, keys in elsewhere.items():
        if digest in holder:
            plan.drop += [key for key in keys if key != holder[digest]]
    # Files the index holds first: re-read, one keeps its regulation against a new file
    # holding the same one (``_write_results``: the first written keeps it).
    plan.todo.sort(key=lambda task: task[1] not in known)
    return plan


def _still_holds(key: str, digest: str, folders: list[str]) -> bool:
    """Whether the file indexed under ``key`` (not part of this build) is still there with
    the content the index has of it: not in a folder of this build (where it would have been
    found), and its file unchanged."""
    if _under_any(key, folders):
        return False
    try:
        return _file_hash(Path(key)) == digest
    except OSError:
        return False


def _folder_keys(sources: list[Path]) -> list[str]:
    """The path keys of the folders given, under which a file not found is gone."""
    return [_path_key(path) for path in sources if path.is_dir()]


def _under_any(key: str, folders: list[str]) -> bool:
    return any(key.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def _drop_replaced(writer, keys: list[str], known: Known, report: BuildReport) -> None:
    """Remove the documents of files whose content another path now holds (``_plan``)."""
    for key in dict.fromkeys(keys):
        writer.delete_by_term("path_key", key)
        if known[key][1] is None:  # a regulation, not a remembered failure
            report.removed.append(key)


class _parsing:
    """Context manager: ``_parse_for_index`` over the files to read, in order, on up to two
    worker processes (started on entry), as an iterator of results.

    At most ``PARSE_AHEAD`` files are in flight: the results carry analysed documents, and
    workers that run ahead of the writer must not pile them up in its memory."""

    def __init__(self, todo: list[tuple[Path, str, str]], schema) -> None:
        self.todo = todo
        self.schema = schema
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Iterator[_Parsed]:
        workers = min(PARSE_WORKERS, os.cpu_count() or 1, len(self.todo))
        if workers <= 1:
            _set_worker_schema(self.schema)
            if self.todo:
                _stem_query_vocabulary()
            return (_parse_for_index(task) for task in self.todo)
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_start_worker,
                                        initargs=(self.schema, os.getpid()))
        # Submitting forks the workers: now, before the writer lock is taken.
        tasks = iter(self.todo)
        pending = deque(self.pool.submit(_parse_for_index, task)
                        for task in islice(tasks, PARSE_AHEAD))
        return self._in_order(self.pool, tasks, pending)

    @staticmethod
    def _in_order(pool: ProcessPoolExecutor, tasks: Iterator[tuple[Path, str, str]],
                  pending: deque[Future]) -> Iterator[_Parsed]:
        while pending:
            result = pending.popleft().result()
            for task in islice(tasks, 1):
                pending.append(pool.submit(_parse_for_index, task))
            yield result

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class _Progress:
    """Reports files done to the caller's callback (unchanged ones count as done at once)."""

    def __init__(self, callback: ProgressCallback | None, total: int, done: int) -> None:
        self.callback, self.total, self.done = callback, total, done

    def step(self, path: Path) -> None:
        self.done += 1
        if self.callback:
            self.callback(self.done, self.total, str(path))


def _write_results(writer, todo: list[tuple[Path, str, str]], results: Iterable[_Parsed],
                   known: Known, holders: dict[str, _Held], report: BuildReport,
                   progress: _Progress, ocr_now: Callable[[], str]) -> None:
    """Write each regulation as its parse arrives; amending regulations wait for the end,
    when the headings of every article they may quote are known (``_inherit_headings``).

    One file per regulation: a file whose regulation another file holds — one of the index
    that stays (``holders``), or one written before it in this build — is skipped, with a
    warning naming both (``BuildReport.warnings``), and what the index held of it goes.
    Two regulations whose type, number or year could not be read (UNKNOWN) are never the
    same one (``_unread``)."""
    headings: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
    amending: list[tuple[str, str, Regulation]] = []
    for (path, key, digest), (outcome, stems, repairs) in zip(todo, results):
        progress.step(path)
        analysis.learn_stems(stems)
        ocrwords.learn_answers(repairs)
        if isinstance(outcome, str):
            report.failed.append((str(path), outcome))
            _remember_failure(writer, key, digest, outcome, known, ocr_now)
            continue
        reg = (_Held(outcome.reg_id, outcome.label, outcome.title, key, str(path))
               if isinstance(outcome, _Prepared) else
               _Held(outcome.id, outcome.ref.short, outcome.title, key, str(path)))
        holder = holders.setdefault(reg.id, reg)
        if holder is not reg and not _unread(reg.id):
            report.warnings.append((str(path), _held_elsewhere(reg, holder)))
            if key in known:  # what the index held of this file is no longer its text
                writer.delete_by_term("path_key", key)
                if known[key][1] is None:
                    report.removed.append(key)
            continue
        (report.updated if key in known else report.added).append(str(path))
        if isinstance(outcome, _Prepared):
            headings.update(outcome.headings)
            _write_prepared(writer, key, outcome, known, report)
            continue
        headings.update(_headings_of(outcome))
        if _quotes_others(outcome):
            amending.append((key, digest, outcome))
        else:
            _write_regulation(writer, key, digest, outcome, known, report, ocr_now)
    for key, digest, regulation in amending:
        _write_regulation(writer, key, digest, _inherit_headings(regulation, headings), known,
                          report, ocr_now)
    if progress.callback and not todo and progress.total:
        progress.callback(progress.total, progress.total, "")


#: Worker processes that parse while the main process writes (the machines have 2 cores).
PARSE_WORKERS = 2
#: Files handed to the workers ahead of the one the writer waits for.
PARSE_AHEAD = 16

_worker_stem_position = 0
_worker_repair_position = 0
_worker_schema = None


def _start_worker(schema, parent: int) -> None:
    """A parse worker dies with the build that started it: killed with ``kill -9``, the
    build would otherwise leave its workers waiting on their queue forever."""
    die_with_parent()
    if os.getppid() != parent:  # the build died before the request took effect
        os._exit(1)
    _set_worker_schema(schema)
    _stem_query_vocabulary()


def _stem_query_vocabulary() -> None:
    """Stem the words every query may analyse, corpus or not (``expand.query_vocabulary``):
    they reach the writer with the first file's stems, and the stem table with them."""
    analysis.analyze(" ".join(query_vocabulary()))


def _set_worker_schema(schema) -> None:
    global _worker_schema
    _worker_schema = schema


@dataclass
class _Prepared:
    """A regulation read by a worker, with its documents already analysed (``_prepare``):
    what the writer needs of it, and nothing else (the ``Regulation`` is not sent back)."""

    path: str
    reg_id: str
    label: str
    title: str
    articles: int
    warnings: list[str]
    headings: dict[tuple[str, str], tuple[str | None, str | None, str | None]]
    documents: list[_PreparedDocument]


#: (regulation, prepared documents, or failure reason), the stems and OCR repairs the worker learnt.
_Parsed = tuple["Regulation | _Prepared | str", dict[str, str], dict[str, "str | None"]]


def _parse_for_index(task: tuple[Path, str, str]) -> _Parsed:
    """Parse one file and analyse it: a regulation that needs nothing from the others is
    returned as its analysed documents (``_Prepared``), ready for the writer; an amending one
    (its quoted articles inherit headings from the regulations it amends, known only at the
    end) as the ``Regulation``, its words stemmed so that the writer finds them cached; a
    file that cannot be read as the reason. Also returns the stems learnt since the last
    file, for the writer's cache, and the OCR repairs (``ocrwords.answers_since``)."""
    global _worker_stem_position, _worker_repair_position
    path, key, digest = task
    outcome: Regulation | _Prepared | str
    try:
        regulation = parse_file(path)
        if not _writes_alone(regulation, _worker_schema):
            for text in _searchable_texts(regulation):
                ocrwords.document_terms(text)
        outcome = regulation
    except RegsearchError as exc:
        outcome = _reason(exc, path)
    except Exception as exc:  # a parser bug must cost one file, not the whole build
        outcome = f"unexpected error while reading ({type(exc).__name__}: {exc})"
    if isinstance(outcome, Regulation) and _writes_alone(outcome, _worker_schema):
        memo: dict = {}
        outcome = _Prepared(
            path=outcome.path, reg_id=outcome.id, label=outcome.ref.short,
            title=outcome.title, articles=len(outcome.articles),
            warnings=_warnings_of(outcome),
            headings=_headings_of(outcome),
            documents=[_prepare(_worker_schema, doc, memo)
                       for doc in documents_for(outcome, path_key=key, file_hash=digest)])
    _worker_stem_position, stems = analysis.stems_since(_worker_stem_position)
    _worker_repair_position, repairs = ocrwords.answers_since(_worker_repair_position)
    return outcome, stems, repairs


def _writes_alone(regulation: Regulation, schema) -> bool:
    """Whether a worker can analyse this regulation's documents: it amends no other one
    (whose headings it would inherit) and the schema needs nothing ``_prepare`` omits."""
    return not _quotes_others(regulation) and schema is not None and _preparable(schema)


def _quotes_others(regulation: Regulation) -> bool:
    """Whether the regulation quotes articles of others (a Pasal I amendment, or an omnibus
    law, whose ``amends`` is None but whose quoted articles each name the law they amend):
    its articles inherit those laws' headings, known only at the end of a build."""
    return regulation.amends is not None or any(a.amends for a in regulation.articles)


def _searchable_texts(reg: Regulation) -> Iterator[str]:
    for article in reg.articles:
        yield article.text
        yield article.headings
        yield article.penjelasan or ""
    for section in reg.lampiran:
        yield section.text
    yield reg.penjelasan_umum or ""   # indexed as a section of its own


def _headings_of(reg: Regulation) -> dict[tuple[str, str], tuple[str | None, str | None,
                                                                  str | None]]:
    return {(reg.id, a.pasal): (a.bab, a.bagian, a.paragraf) for a in reg.articles
            if a.amends is None and a.headings}


def _inherit_headings(reg: Regulation, headings: dict[tuple[str, str], tuple]) -> Regulation:
    """Give articles quoted in an amendment the BAB/Bagian/Paragraf of the article they
    replace, when the amended regulation is read in the same build: an amending law quotes
    the new text without its headings, yet the article still sits in that chapter
    ("BAB III PERSYARATAN CALON"), which is what a reader — and the ranking — needs."""
    articles = tuple(
        replace(a, bab=found[0], bagian=found[1], paragraf=found[2])
        if a.amends and not a.headings
        and (found := headings.get((a.amends.ref.id, a.amends.pasal))) else a
        for a in reg.articles)
    return replace(reg, articles=articles)


def _unread(reg_id: str) -> bool:
    """Whether a regulation is one whose identity could not be read (type UNKNOWN): sharing
    an id with another is no sign of being the same regulation ("UNKNOWN ?/0" from earlier
    builds; the parser now names each after its file)."""
    return reg_id.startswith("unknown-")


def _held_elsewhere(reg: _Held, holder: _Held) -> str:
    """Why the file of ``reg`` is skipped: ``holder``'s file holds the same regulation."""
    said = f"{reg.label} is already indexed from {holder.shown}; this file is skipped"
    if _plain(reg.title) != _plain(holder.title):
        return (f"{said}, though its title differs ({_clipped(reg.title)} / "
                f"{_clipped(holder.title)}): regsearch tells regulations apart by type, "
                f"issuer, number and year only ({reg.id})")
    return f"{said} (one file per regulation: remove one of them to choose)"


def _plain(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.casefold()))


def _clipped(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _remember_failure(writer, key: str, digest: str, reason: str, known: Known,
                      ocr_now: Callable[[], str]) -> None:
    """Record a file that could not be read, with its hash, so that the next update reports
    it without reading it again until it changes; a PDF's also with OCR's state, so that it
    is read again once that changed (``_may_read_otherwise``)."""
    if key in known:
        writer.delete_by_term("path_key", key)
    failure = {"reason": reason}
    if os.path.splitext(key)[1].lower() in PDF_SUFFIXES:
        failure["ocr"] = ocr_now()
    writer.add_document(doc_id=f"failure|{key}", doctype="failure", path_key=key,
                        file_hash=digest, payload=failure)


def _write_regulation(writer, key: str, digest: str, regulation: Regulation, known: Known,
                      report: BuildReport, ocr_now: Callable[[], str]) -> None:
    if key in known:
        writer.delete_by_term("path_key", key)
    for doc in documents_for(regulation, path_key=key, file_hash=digest, ocr_now=ocr_now):
        writer.add_document(**doc)
    report.articles += len(regulation.articles)
    report.warnings += [(regulation.path, message) for message in _warnings_of(regulation)]


def _write_prepared(writer, key: str, prepared: _Prepared, known: Known,
                    report: BuildReport) -> None:
    """``_write_regulation`` for a regulation whose documents a worker analysed."""
    if key in known:
        writer.delete_by_term("path_key", key)
    for document in prepared.documents:
        _add_prepared(writer, document)
    report.articles += prepared.articles
    report.warnings += [(prepared.path, message) for message in prepared.warnings]


# ------------------------------------------------------------- documents analysed by workers
#
# ``SegmentWriter.add_document`` (Whoosh 2.7.4) analyses every field of a document in the
# process that writes, which made the writer the bottleneck of a build. ``_prepare`` does that
# part of ``add_document`` in a worker — the same field objects, the same calls, the same
# order — and ``_add_prepared`` the rest in the writer, so the index holds exactly what
# ``add_document`` would have written (tests/test_index_build_speed.py compares the two).

#: A document as ``_prepare`` hands it to the writer: its fields, each as (name, postings as
#: (term bytes, weight, value bytes), length, stored value or None, column value or None),
#: and the size ``PostingPool.add`` would count for its postings.
_PreparedDocument = tuple[list[tuple[str, list[tuple[bytes, float, "bytes | None"]], int, Any,
                                     Any]], int]


def _preparable(schema) -> bool:
    """``_prepare`` leaves out spelling words and term vectors: a schema using them is
    written through ``add_document``."""
    return not any(field.separate_spelling() or field.vector for _, field in schema.items())


def _prepare(schema, fields: dict[str, Any], memo: dict | None = None) -> _PreparedDocument:
    """What ``SegmentWriter.add_document(**fields)`` derives from the fields, computed
    without the writer. ``memo`` keeps the postings of values already analysed for another
    document of the same regulation (its type, year, path, headings … repeat)."""
    memo = {} if memo is None else memo
    for name in fields:
        if not name.startswith("_") and name not in schema:
            raise UnknownFieldError(f"No field named {name!r} in {schema}")
    docboost = float(fields["_boost"]) if "_boost" in fields else 1.0
    prepared = []
    size = 0
    for name in sorted(name for name in fields if not name.startswith("_")):
        value = fields[name]
        if value is None:
            continue
        field = schema[name]
        postings: list = []
        length = 0
        if field.indexed:
            boost_key = f"_{name}_boost"
            boost = float(fields[boost_key]) if boost_key in fields else docboost
            key = (name, value, boost) if isinstance(value, str) else None
            if key in memo:
                postings, length, field_size = memo[key]
            else:
                field_size = 0
                for tbytes, freq, weight, vbytes in field.index(value):
                    if field.scorable:
                        length += freq
                    postings.append((tbytes, weight * boost, vbytes))
                    # PostingPool.add's estimate of the posting's size
                    field_size += 150 + len(name) + 2 * len(tbytes) + len(vbytes or b"")
                if key is not None:
                    memo[key] = postings, length, field_size
            size += field_size
        custom = fields.get(f"_stored_{name}", value)
        stored = custom if field.stored else None
        column = (field.to_column_value(custom)
                  if field.column_type and custom is not None else None)
        prepared.append((name, postings, length, stored, column))
    return prepared, size


def _add_prepared(writer, document: _PreparedDocument) -> None:
    """The writer's part of ``SegmentWriter.add_document`` for a prepared document."""
    writer._check_state()
    fields, size = document
    docnum = writer.docnum
    perdoc = writer.perdocwriter
    pool = writer.pool
    schema = writer.schema
    perdoc.start_doc(docnum)
    for name, postings, length, stored, column in fields:
        field = schema[name]
        if postings:
            pool.add_all(name, [(name, tbytes, docnum, weight, vbytes)
                                for tbytes, weight, vbytes in postings])
        perdoc.add_field(name, field, stored, length)
        if column is not None:
            perdoc.add_column_value(name, field.column_type, column)
    perdoc.finish_doc()
    pool.added(size)
    writer._added = True
    writer.docnum += 1


#: Anomalies serious enough to mention while indexing (the rest show in ``check``/``list``).
WARN_ANOMALIES = frozenset({"no_text_layer", "no_structure", "no_articles", "metadata_missing",
                            "metadata_from_file_name", "amended_unknown", OCR_SKIPPED,
                            OCR_NUMBERS_APART})


def _warnings_of(reg: Regulation) -> list[str]:
    """What to say of a regulation while indexing it (``WARN_ANOMALIES``). Pages not OCR'd
    are said once, with what reads them (the same pages' "page has no text" said nothing
    of why, nor of what to do)."""
    skipped = any(anomaly.code == OCR_SKIPPED for anomaly in reg.anomalies)
    said = []
    for anomaly in reg.anomalies:
        if anomaly.code not in WARN_ANOMALIES or skipped and anomaly.code == "no_text_layer":
            continue
        message = anomaly.message
        if anomaly.code == OCR_SKIPPED:  # the only line said of it (extract logs at INFO)
            if message.endswith(f"({OCR_OFF})"):
                message += ("; an update of the index reads the file again once OCR is "
                            "switched on")
            else:
                message += (f"; {OCR_INSTALL_HINT}: an update of the index reads the file "
                            "again once OCR is able to run")
        said.append(message)
    return said


#: Why a file's regulation leaves the index (``BuildReport.dropped``).
NO_LONGER_EXISTS = "the file no longer exists"
NO_LONGER_IN_FOLDER = "the file is no longer found in the folder indexed"


def _vanished(sources: list[Path], files: list[Path], known: Known, dropped: set[str]
              ) -> dict[str, str]:
    """The path keys of the files the index holds that are gone, each with why (those
    ``_drop_replaced`` removes excepted): no longer a file on disk, wherever it was indexed
    from — a regulation indexed from a single file stayed after the file was deleted, and
    its hits cited a path that no longer existed (QA 20 #10) — or no longer found in a
    folder of this build. A stat per file the index holds outside the build's files (none
    when an update names the paths the index is built from)."""
    present = {_path_key(f) for f in files}
    folders = _folder_keys(sources)
    gone: dict[str, str] = {}
    for key in known:
        if key in present or key in dropped:
            continue
        if not _may_exist(key):
            gone[key] = NO_LONGER_EXISTS
        elif _under_any(key, folders):
            gone[key] = NO_LONGER_IN_FOLDER
    return gone


def _may_exist(key: str) -> bool:
    """Whether the file of a path key may still be on disk: it is a file, or its key, with
    the backslash escapes of a name that is not UTF-8 (``_path_key``), names no file as
    such and so cannot be said to be gone."""
    return os.path.isfile(key) or "\\" in key


def _regulations_held(index_dir: Path) -> list[str]:
    """The files of the regulations an index holds before it is rebuilt (none when it cannot
    be read: a damaged index is what a rebuild is for)."""
    try:
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME, readonly=True)
        with ix.searcher() as searcher:
            return sorted({fields["path_key"]
                           for fields in searcher.documents(doctype="regulation")})
    except Exception:  # whoosh raises many types on a damaged directory
        return []


def _name_replaced(replaced: list[str], report: BuildReport) -> None:
    """Count and name the regulations a rebuild left out (``regsearch index FILE --rebuild``
    on an index of 21 regulations keeps one): "0 removed" hid them."""
    rebuilt = {_path_key(Path(path)) for path in (*report.added, *report.updated)}
    for key in replaced:
        if key not in rebuilt:
            report.removed.append(key)
            report.dropped.append((shown_path(key), "not among the paths of the rebuild"))


def _drop_vanished(writer, vanished: dict[str, str], known: Known, report: BuildReport
                   ) -> None:
    """Remove the documents of files that are gone (``_vanished``), naming each regulation
    removed."""
    for key, why in vanished.items():
        writer.delete_by_term("path_key", key)
        if known[key][1] is None:  # a regulation, not a remembered failure
            report.removed.append(key)
            report.dropped.append((shown_path(key), why))


def _repaired(damage: tuple[Path, str], sources: list[str]) -> str:
    """Said of a record of the index's sources that could not be read (``damage``: its path
    and why), written anew with ``sources``: an update names only some paths, and the files
    the index holds outside them are recorded one by one, without the folders they were
    found in (a file added to one of those is not found until it is named again)."""
    record, why = damage
    shown = [shown_path(path) for path in sources]
    listed = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
    was = why.replace("is ", "was ", 1) if why.startswith("is ") else why
    return (f"the record of the files and folders this index is built from, {record}, {was}; "
            f"written anew, it records {listed or 'nothing'}")


def _sources_to_record(previous: list[str] | None, given: list[Path], staying: list[str], *,
                       rebuild: bool) -> list[str]:
    """The files and folders the index is built from after this commit
    (``manifest.write_sources``; ``previous`` is what the index recorded, read with the
    writer lock held): those recorded before (not on a rebuild) and the paths of this build;
    for an index that recorded none (written by an earlier regsearch, or its record lost),
    each file it keeps outside them (``staying``), so that a rebuild from the record loses
    nothing. Paths no longer on disk go (their files were dropped: ``_vanished``), and so do
    paths inside a folder of the record."""
    candidates = [] if rebuild else list(previous or ())
    candidates += [_path_key(path) for path in given]
    if previous is None and not rebuild:
        candidates += staying
    entries = [path for path in dict.fromkeys(candidates)
               if os.path.exists(path) or "\\" in path]
    folders = [path for path in entries if os.path.isdir(path)]
    return [path for path in entries if not _under_any(path, folders)]


def indexed_files(index_dir: str | Path) -> list[str]:
    """The files (absolute paths) the index in ``index_dir`` holds, those that failed
    included; ``IndexError_`` when it is damaged or cannot be read. For an index that
    records no sources (``workspace.paths_to_index``)."""
    index_dir = index_folder(index_dir)
    check_intact(index_dir, INDEX_NAME)
    try:
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME, readonly=True)
        with ix.searcher() as searcher:
            return sorted({fields["path_key"] for doctype in ("regulation", "failure")
                           for fields in searcher.documents(doctype=doctype)})
    except Exception as exc:  # whoosh raises many types on a damaged directory
        raise IndexError_(f"the index in {index_dir} is damaged ({type(exc).__name__}); "
                          f"{rebuild_advice(index_dir, INDEX_NAME)}") from exc


def _reason(exc: RegsearchError, path: Path) -> str:
    """The error text without the path prefix (the caller prints the path)."""
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def _open_for_writing(index_dir: Path, *, rebuild: bool):
    """The index to write to: the existing one, or a new empty one where there is none.

    An index of an older schema is replaced (it could not be searched correctly anyway);
    a damaged one only with ``rebuild``, so that nothing is thrown away unasked: an update
    of a damaged index gives the message a query gives, not an automatic rebuild, since an
    update names only some of the files the index holds (the others would be lost) and a
    file missing from the index reads as "unchanged" (the files' sizes are checked first,
    ``manifest.check_intact``).
    """
    if not rebuild:
        check_intact(index_dir, INDEX_NAME)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        try:
            ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        except EmptyIndexError:
            pass  # no index yet
        except Exception as exc:  # whoosh raises many types on a damaged directory
            if not rebuild:
                raise IndexError_(f"the index in {index_dir} is damaged ({type(exc).__name__}); "
                                  f"{rebuild_advice(index_dir, INDEX_NAME)}") from exc
        else:
            if _schema_matches(ix):
                return ix
        # create_in removes only this index's own files (a README beside them stays).
        return whoosh_index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
    except OSError as exc:
        problem = _not_a_folder(index_dir)  # made a file since the check in ``build_index``
        raise IndexError_(f"cannot write the index in {index_dir}: {problem}" if problem else
                          f"{index_dir}: cannot write the index ({exc.strerror or exc})"
                          ) from exc


def _schema_matches(ix) -> bool:
    return set(ix.schema.names()) == set(make_schema().names())


#: path key → (content hash, failure reason or None) of every file the index knows.
Known = dict[str, tuple[str, "str | None"]]


@dataclass(frozen=True)
class _Held:
    """A regulation as the index (or this build) holds it: its id, short citation and
    title, and the file it is read from (its path key, and its path as the report names
    it)."""

    id: str
    label: str
    title: str
    key: str
    shown: str


def _known_files(ix, ocr_now: Callable[[], str]) -> tuple[Known, dict[str, _Held]]:
    """What the index holds of each file: its hash, and why it failed if it did; and the
    regulation each file that did not fail holds. A failure that may read otherwise now
    (``_may_read_otherwise``) is given no hash, so that the file is read again."""
    with ix.searcher() as searcher:
        known: Known = {}
        held: dict[str, _Held] = {}
        for fields in searcher.documents(doctype="regulation"):
            key = fields["path_key"]
            # Indexed twice under one path (a file and a link to it, before builds read
            # each file once): no hash, so that it is read again and written once.
            again = key in known or _skipped_pages_may_read(key, fields["payload"], ocr_now)
            known[key] = ("", None) if again else (fields["file_hash"], None)
            info = fields["payload"]["regulation"]
            held[key] = _Held(info["id"], f"{info['type']} {info['number']}/{info['year']}",
                              info["title"], key, shown_path(key))
        for fields in searcher.documents(doctype="failure"):
            key, payload = fields["path_key"], fields["payload"]
            digest = "" if _may_read_otherwise(key, payload, ocr_now) else fields["file_hash"]
            known[key] = (digest, payload["reason"])
        return known, held


def _may_read_otherwise(key: str, failure: dict[str, Any], ocr_now: Callable[[], str]) -> bool:
    """Whether a file that failed may be read otherwise now though it has not changed: a PDF
    that failed while OCR could not run (not installed, switched off …), now that OCR's state
    differs (``extract.ocr_state``). Installing OCR support, as the failure said to, must be
    enough: the scan was reported "unchanged since it failed" with its stale reason until
    ``--rebuild`` (QA 20 #8). A PDF that failed while OCR was ready failed for itself; one
    recorded without the state (by an earlier regsearch) is read again once, to record it."""
    if os.path.splitext(key)[1].lower() not in PDF_SUFFIXES:
        return False
    return _ocr_changed(failure.get("ocr"), ocr_now)


def _ocr_changed(then: str | None, ocr_now: Callable[[], str]) -> bool:
    """Whether OCR may read now what it did not read then (``then``: OCR's state recorded,
    None when unknown): it was not ready, and its state changed (or is unknown)."""
    return then != OCR_READY and (then is None or then != ocr_now())


def _skipped_pages_may_read(key: str, payload: dict[str, Any], ocr_now: Callable[[], str]
                            ) -> bool:
    """Whether a PDF indexed with pages OCR did not read (``documents.OCR_SKIPPED``: a
    partly scanned regulation, indexed while OCR was missing or off) may be read whole
    now: OCR's state changed since (``_ocr_changed``). Its text pages indexed, it was
    "unchanged" for good, the scanned pages' articles missing until ``--rebuild``. A PDF
    indexed by a regsearch that did not record OCR's state is read again once when it has
    pages without text."""
    if "ocr" in payload:
        return payload["ocr"] is not None and _ocr_changed(payload["ocr"], ocr_now)
    return (os.path.splitext(key)[1].lower() in PDF_SUFFIXES
            and any(anomaly.get("code") == "no_text_layer"
                    for anomaly in payload.get("anomalies", ())))


def _holders(staying: dict[str, _Held], report: BuildReport, index_dir: Path
             ) -> dict[str, _Held]:
    """regulation id → the file that holds it, for the files of the index this build leaves
    as they are (``staying``): another file of the build holding one of them is skipped
    (``_write_results``). An index written before builds kept one file per regulation may
    hold one twice: said, not repaired (neither file is re-read). The files gone from the
    disk are not among them (``_vanished``): a file of the build holding the regulation of
    one replaces it, as a moved file replaces its old path."""
    holders: dict[str, _Held] = {}
    for key in sorted(staying):
        reg = staying[key]
        if reg.id in holders:
            if _unread(reg.id):
                continue
            report.warnings.append((reg.shown, (
                f"{reg.label} is indexed twice, from this file and from "
                f"{holders[reg.id].shown}; every hit of it is listed twice until one of them "
                f"is removed or the index is rebuilt ({rebuild_advice(index_dir, INDEX_NAME)})"
            )))
        else:
            holders[reg.id] = reg
    return holders


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _path_key(path: Path) -> str:
    """The absolute path as the index keys it. A file name that is not valid UTF-8 keeps its
    odd bytes as backslash escapes (Whoosh stores UTF-8 text)."""
    return os.fsencode(path.resolve()).decode("utf-8", "backslashreplace")


def display_path(path: Path) -> str:
    """Path as users want to read it: relative to the working directory when inside it."""
    return shown_path(str(path.resolve()))


# --------------------------------------------------------------------------- documents


def documents_for(reg: Regulation, *, path_key: str, file_hash: str,
                  ocr_now: Callable[[], str] = ocr_state) -> Iterator[dict[str, Any]]:
    """The Whoosh documents for one regulation: its catalogue entry, articles and Lampiran.

    The file's path is stored absolute (its path key), which resolves from any working
    directory; ``models.Source`` shows it relative to the working directory of the reader.
    (Stored relative to where the build ran, "corp/pdf/…" named no file from elsewhere.)
    A PDF's entry records OCR's state (``ocr_now()``) when pages of it were not OCR'd, else
    None (``_skipped_pages_may_read``)."""
    stored_path = path_key
    info = reg.info().to_dict()
    abbreviations = harvest_abbreviations(_unit_texts(reg))
    # A query's thesaurus analyses the short forms, which may not be tokens of the text
    # ("RAPWP" of "RAPWP-3-K"): stemmed here, they reach the stem table with the rest.
    analysis.analyze(" ".join(abbreviations))
    file_tag = hashlib.sha1(path_key.encode()).hexdigest()[:8]
    common = {"reg_id": reg.id, "type": reg.type, "year": str(reg.year), "path_key": path_key,
              "file_hash": file_hash}
    yield {**common, "doc_id": f"{reg.id}|{file_tag}", "doctype": "regulation",
           "payload": {"regulation": info, "path": stored_path, "articles": len(reg.articles),
                       "anomalies": [a.to_dict() for a in reg.anomalies],
                       "amends": reg.amends.id if reg.amends else None,
                       # an omnibus amends many laws from its own articles (UU 11/2020 Pasal 81)
                       "also_amends": sorted({change.ref.id for change in reg.changes
                                              if change.ref and change.ref != reg.amends
                                              and change.ref.type != "UNKNOWN"}),
                       "full_number": reg.full_number,
                       "revokes": revoked_ids(reg.revokes),
                       "deletes": deleted_articles(reg),
                       "revokes_articles": revoked_articles(reg),
                       "revokes_unsure": revoked_unsure(reg),
                       "cut_off_after": cut_off_after(reg),
                       "rewords_unread": reworded_unread(reg),
                       "explains": penjelasan_changes(reg),
                       "abbreviations": abbreviations,
                       # "Undang-Undang ini dapat disebut dengan KUHP." (its body's, not the
                       # examples Lampiran II of UU 12/2011 gives of such an article)
                       "names": declared_names(_unit_texts(reg, body_only=True)),
                       "pairs": word_pairs(reg),
                       **_ocr_record(reg, ocr_now)}}
    # An act printing another regulation's articles in its Lampiran (UU 1/2015 enacting Perppu
    # 1/2014) is amended in those articles: its own Pasal 1 ("… ditetapkan menjadi
    # Undang-Undang") is no version of the annexed Pasal 1 (definitions) that UU 8/2015 amends.
    enacting = any(article.part == "lampiran" for article in reg.articles)
    noted = _anomalies_by_pasal(reg)
    shared = _shared_numbers(reg.articles)
    held = _numbers_by_scope(reg.articles)
    for position, article in enumerate(reg.articles):
        anomalies = noted.get(article.pasal, ())
        if article.pasal in shared:   # UU 11/2020 quotes a Pasal 24 of many laws: its own only
            anomalies = tuple(a for a in anomalies if _shows_gap(article, a))
        yield _article_document(reg, article, f"{reg.id}|{file_tag}|{position}", common, info,
                                stored_path, own_scope=enacting and article.part == "body",
                                anomalies=anomalies, held=held.get(_amended_id(article), ()))
    for position, (section, label) in enumerate(zip(reg.lampiran,
                                                    _distinct_labels(reg.lampiran))):
        yield _lampiran_document(reg, replace(section, label=label),
                                 f"{reg.id}|{file_tag}|lampiran|{position}", common, info,
                                 stored_path)
    if reg.penjelasan_umum:   # "Penjelasan Umum UU 13/2003": cited and searched as a section
        yield _general_explanation_document(reg, f"{reg.id}|{file_tag}|penjelasan", common, info,
                                            stored_path)


def _ocr_record(reg: Regulation, ocr_now: Callable[[], str]) -> dict[str, str | None]:
    """``{"ocr": state}`` for a PDF (paged): OCR's state when it read the file with pages it
    did not OCR, None when it missed none; nothing for a text file, which OCR never reads."""
    if reg.page_count is None:
        return {}
    skipped = any(anomaly.code == OCR_SKIPPED for anomaly in reg.anomalies)
    return {"ocr": ocr_now() if skipped else None}


def _distinct_labels(sections: Sequence[LampiranSection]) -> list[str]:
    """The sections' labels, a repeated one numbered from its second use ("LAMPIRAN",
    "LAMPIRAN (2)"), so that each section's citation names it alone."""
    seen: dict[str, int] = {}
    labels = []
    for section in sections:
        label = section.label or ""
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})".strip())
    return labels


#: The article an anomaly's message is about: "Pasal 170 ayat (1): huruf d after huruf b".
_ANOMALY_PASAL = re.compile(r"^Pasal (?P<pasal>\w+)(?::| ayat )")


def _anomalies_by_pasal(reg: Regulation) -> dict[str, tuple[str, ...]]:
    """The parser's anomalies about each article's own numbering (ayat and list labels out
    of sequence), by Pasal: a hit there may cite a misread label ("huruf b angka 11" where OCR
    lost huruf c), and says so."""
    found: dict[str, list[str]] = {}
    for anomaly in reg.anomalies:
        about = _ANOMALY_PASAL.match(anomaly.message)
        if about and anomaly.code in ("ayat_gap", "item_gap"):
            found.setdefault(about.group("pasal"), []).append(anomaly.message)
    return {pasal: tuple(messages) for pasal, messages in found.items()}


def _shared_numbers(articles: Sequence[Article]) -> set[str]:
    """The Pasal numbers several articles of one file bear (an amendment's quoted articles
    beside its own, an omnibus quoting the Pasal 24 of several laws)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for article in articles:
        (shared if article.pasal in seen else seen).add(article.pasal)
    return shared


#: The two labels an ayat_gap / item_gap anomaly names: "ayat (3) after (1)", "huruf e after
#: huruf c".
_GAP_PAIR = re.compile(r"(?:ayat \((?P<ayat>\w+)\) after \((?P<ayat_before>\w+)\)"
                       r"|ayat \((?P<first>\w+)\) first, no ayat \(1\)"
                       r"|\w+ (?P<item>\w+) after \w+ (?P<item_before>\w+))$")


def _shows_gap(article: Article, anomaly: str) -> bool:
    """Whether ``article`` holds the two labels an anomaly of its Pasal number names, one
    right after the other: the anomaly is about it, not about another article of that
    number in the same file (whose caution sat above an article without ayat)."""
    gap = _GAP_PAIR.search(anomaly)
    if gap is None:
        return True
    if gap.group("first"):   # "ayat (3) first, no ayat (1)": the first it numbers
        return [ayat.number for ayat in article.ayat if ayat.number][:1] == [gap.group("first")]
    if gap.group("ayat"):
        numbers = [ayat.number for ayat in article.ayat]
        return (gap.group("ayat_before"), gap.group("ayat")) in zip(numbers, numbers[1:])
    pair = (gap.group("item_before"), gap.group("item"))
    lists = [ayat.items for ayat in article.ayat]
    while lists:
        items = lists.pop()
        labels = [item.label for item in items]
        if pair in zip(labels, labels[1:]):
            return True
        lists += [item.items for item in items]
    return False


def _article_document(reg: Regulation, article: Article, doc_id: str, common: dict[str, Any],
                      info: dict[str, Any], stored_path: str, own_scope: bool = False,
                      anomalies: Sequence[str] = (), held: Sequence[str] = ()
                      ) -> dict[str, Any]:
    """One article's index document. ``own_scope``: the article's identity is its act's own,
    apart from the annexed articles that amendments of the act amend; ``anomalies``: what the
    parser found out of sequence in it; ``held``: the Pasal of its law beside it (the
    articles a range it applies holds, ``_applied``)."""
    amended = article.amends.ref if article.amends else None
    identity_reg = f"{reg.id}~act" if own_scope else identity_scope(reg.id, amended.id if amended
                                                                     else None)
    version = (reg.year, 1 if article.amends else 0, _int_or_zero(reg.number))
    subjects = sorted({s for s in _unit_subjects(article) if s})
    cites = [f"{identity_reg}#{pasal}" for pasal in internal_references(
        article.text, article.pasal, amended or RegulationRef(reg.type, reg.number, reg.year))]
    applied = _applied(article, held)
    return {
        **common,
        "doc_id": doc_id,
        "doctype": "article",
        "amended_id": amended.id if amended else "",
        "pasal": article.pasal,
        "identity": f"{identity_reg}#{article.pasal}",
        # A version replacing some ayat only is no newer text of the whole article: it is
        # listed with its versions, but the one it amends stays the text in force.
        "identity_version": "" if article.amends and article.amends.ayat
        else f"{identity_reg}#{article.pasal}@{version_key(version)}",
        "cites": ",".join(cites),
        # the articles it applies to a further case ("… berlaku secara mutatis mutandis …")
        "applies": ",".join(dict.fromkeys(f"{identity_reg}#{pasal}" for one in applied
                                          for pasal in one["pasal"])),
        "headings": article.headings,
        "body": article.text,
        "body_exact": article.text,
        "penjelasan": article.penjelasan or "",
        "kinds": ",".join(article.kinds),
        "subjects": "\n".join(subjects),
        "payload": {
            "regulation": info,
            "pasal": article.pasal,
            "part": article.part,
            "amends": article.amends.to_dict() if article.amends else None,
            "text": article.text,
            "bab": article.bab, "bagian": article.bagian, "paragraf": article.paragraf,
            "ayat": [_with_terms(a.to_dict() | {"penjelasan": a.penjelasan})
                     for a in article.ayat],
            "penjelasan": article.penjelasan,
            "source": {"path": stored_path, "page": article.page},
            "version": version,
            "cites": cites,
            "applies": applied,
            "identity": f"{identity_reg}#{article.pasal}",
            "anomalies": list(anomalies),
        },
    }


def _applied(article: Article, held: Sequence[str]) -> list[dict[str, Any]]:
    """What ``article`` applies to a further case, per ayat (``legal.applications``): the Pasal
    applied (ranges written out against ``held``), the case, and whether "mutatis mutandis"
    — UU 12/2011 Pasal 63 applies Pasal 56 to 62 (Perda Provinsi) to Perda Kabupaten/Kota, and
    a kabupaten question finds Pasal 57, which never says so."""
    applied = []
    for ayat in article.ayat:
        for one in applications(ayat.full_text, article.pasal):
            pasal = applied_pasal(one, held)
            if pasal:
                applied.append({"ayat": ayat.number, "pasal": pasal, "to": " ".join(one.to.split()),
                                "mutatis_mutandis": one.mutatis,
                                # "Pasal 86 ayat (5) sampai dengan ayat (9)": those ayat only
                                "applied_ayat": {p: list(a) for p, a in one.ayat if p in pasal}})
    return applied


def _amended_id(article: Article) -> str:
    """The regulation whose Pasal ``article`` numbers: the amended one, or "" for its own."""
    return article.amends.ref.id if article.amends else ""


def _numbers_by_scope(articles: Sequence[Article]) -> dict[str, list[str]]:
    """The Pasal numbers of ``articles`` by the regulation they number (``_amended_id``)."""
    held: dict[str, list[str]] = {}
    for article in articles:
        held.setdefault(_amended_id(article), []).append(article.pasal)
    return held


def _lampiran_document(reg: Regulation, section: LampiranSection, doc_id: str,
                       common: dict[str, Any], info: dict[str, Any],
                       stored_path: str) -> dict[str, Any]:
    return {
        **common,
        "doc_id": doc_id,
        "doctype": "lampiran",
        "pasal": "",
        "identity": doc_id,
        "body": section.text,
        "body_exact": section.text,
        "payload": {
            "regulation": info, "pasal": None, "part": "lampiran", "amends": None,
            "label": section.label, "text": section.text, "ayat": [], "penjelasan": None,
            "source": {"path": stored_path, "page": section.page},
            "version": (reg.year, 0, _int_or_zero(reg.number)),
            "butir": [_butir_unit(one) for one in section.butir],
        },
    }


def _butir_unit(butir: Butir) -> dict[str, Any]:
    """A butir as stored: shown alone when cited ("Lampiran II UU 12/2011 butir 98"), and its
    analysed terms tell a hit on its annex which butir holds the words."""
    return {"number": butir.number, "text": butir.text, "heading": butir.heading,
            "page": butir.page, "terms": sorted(set(ocrwords.document_terms(butir.text)))}


def _general_explanation_document(reg: Regulation, doc_id: str, common: dict[str, Any],
                                  info: dict[str, Any], stored_path: str) -> dict[str, Any]:
    """The regulation's own Penjelasan Umum as a section document, headed "PENJELASAN UMUM"
    as the annexed one of an enacted Perppu is (UU 1/2015), but of ``part`` "penjelasan": a
    citation tells the two apart ("Penjelasan Umum UU 1/2015", "Penjelasan Umum Lampiran UU
    1/2015"), and a bare "Lampiran UU X" never opens it. Its words are searchable: it states
    a law's purpose in words its articles do not repeat (UU 13/2003's "konvensi dasar ILO"),
    in the field of the Penjelasan."""
    section = LampiranSection(GENERAL_EXPLANATION, reg.penjelasan_umum or "",
                              reg.penjelasan_umum_page)
    document = _lampiran_document(reg, section, doc_id, common, info, stored_path)
    document["payload"]["part"] = "penjelasan"
    # weighed as the Penjelasan of an article is: it explains, it does not rule, so it
    # weighs least (search.FIELD_BOOSTS); in "body" it outranked articles (dev d20, d28).
    # A field of its own: in "penjelasan" its length moved every article's Penjelasan score.
    document["penjelasan_umum"] = document.pop("body")
    document.pop("body_exact")
    return document


def _with_terms(unit: dict[str, Any]) -> dict[str, Any]:
    """A stored ayat/item with the analysed terms of its text (and of its items, nested),
    so that ranking and snippets at query time never re-run the stemmer. A "/" pair also
    holds its parts: UU 13/2003 Pasal 79 ayat (2) huruf c, "cuti tahunan … setelah
    pekerja/buruh …", holds "pekerja" for the unit coverage of "pekerja berhak cuti
    tahunan", as the article does for its score (``scoring``'s pairs)."""
    terms = set(ocrwords.document_terms(unit["text"]))
    terms |= {part for term in terms if "/" in term
              for part in analysis.analyze(term.replace("/", " "))}
    return unit | {"terms": sorted(terms), "items": [_with_terms(item) for item in unit["items"]]}


def revoked_ids(revocations: Sequence[str]) -> list[str]:
    """Ids of regulations revoked as a whole ("UU 22/2014 … dicabut dan dinyatakan tidak
    berlaku"); a revocation of some of a regulation's provisions does not count."""
    ids = []
    for text in revocations:
        # the law is named before its title, and its title is no part of it: "UU 18/1961
        # tentang Ketentuan-ketentuan Pokok Kepegawaian" is a whole law, and "UU Nomor 25
        # Prps Tahun 1960 tentang Perobahan Peraturan Presiden Nomor 13 Tahun 1960" is not
        # Perpres 13/1960
        name = re.split(r"\s+tentang\s", text, maxsplit=1, flags=re.IGNORECASE)[0]
        ref = parse_regulation_ref(name)
        named = _REGULATION_WORD.search(name)
        if ref and not _PARTIAL_REVOCATION.search(name[:named.start() if named else 0]):
            ids.append(ref.id)
    return ids


def cut_off_after(reg: Regulation) -> str | None:
    """The last Pasal of the body read when the text looks cut off (anomaly ``truncated``:
    no closing formula after it, as UU 7/2017 of the scale corpus stops at Pasal 226 of 573),
    so that ``list``, a citation beyond it and its hits can say the rest is missing; None for
    a text read to its end."""
    if not any(anomaly.code == "truncated" for anomaly in reg.anomalies):
        return None
    own = [article for article in reg.articles
           if article.part == "body" and article.amends is None]
    if not own or _BODY_ENDED.search(own[-1].text):
        return None   # the body's end was read after all (UU 1/2023 Pasal 624, old laws)
    return own[-1].pasal


#: Words of a body's end found in its last article when ``truncated`` was noted: its entry
#: into force ("… ini mulai berlaku pada tanggal diundangkan", UU 1/2023 Pasal 624), or a
#: closing formula or Penjelasan the parser did not tell apart, glued to it (1950s laws: "…
#: Diundangkan pada tanggal 31 Desember 1954 MENTERI KEHAKIMAN …").
_BODY_ENDED = re.compile(r"\bini\s+mulai\s+berlaku\s+(?:pada|sejak|setelah|terhitung)\b|"
                         r"\bdiundangkan\s+(?:di|pada)\b|\bdiumumkan\b|\bpengundangan\b|"
                         r"\bditetapkan\s+di\b|\bLEMBARAN\s+NEGARA\s+NOMOR\b|"
                         r"\b(?:sudah|cukup)\s+jelas\b|\bmemerlukan\s+penjelasan\b", re.I)


def revoked_articles(reg: Regulation) -> dict[str, tuple[str, str, list[str]]]:
    """The articles of other regulations ``reg`` revokes one by one (``revokes_provisions``), as
    ``{identity: (version key of the revocation, revoking Pasal, ayat revoked or [] for the
    whole article)}``: every version older than the revocation is no longer in force (one
    quoted by a later amendment, as UU 1/2024 rewords UU 11/2008 Pasal 27 after UU 1/2023
    revoked it, is). An identity names the law's own articles and its amendments' versions."""
    found: dict[str, tuple[str, str, list[str]]] = {}
    version = _amendment_version(reg)
    for provision in reg.revokes_provisions:
        name = re.split(r"\s+tentang\s", provision.regulation, maxsplit=1, flags=re.I)[0]
        ref = parse_regulation_ref(name)
        if ref is None or ref.id == reg.id:
            continue
        identity = f"{ref.id}#{provision.pasal}"
        _, by, ayat = found.get(identity, (version, provision.by, None))
        whole = not provision.ayat or ayat == []
        found[identity] = (version, by, [] if whole else sorted(
            set(ayat or ()) | set(provision.ayat), key=lambda a: (len(a), a)))
    return found


def revoked_unsure(reg: Regulation) -> list[tuple[list[str], str, str, list[str]]]:
    """The articles ``reg`` revokes by a number OCR printed with a letter ("Pasal 2a ayat(21"
    of UU 11/2008, UU 1/2023 Pasal 622), as ``[(identities it may be ("uu-11-2008#28",
    "…#29"), version key of the revocation, revoking Pasal, ayat named)]``: the search
    catalogue marks the one article of them the index holds with those ayat, if only one."""
    found = []
    version = _amendment_version(reg)
    for provision in reg.revokes_unsure:
        name = re.split(r"\s+tentang\s", provision.regulation, maxsplit=1, flags=re.I)[0]
        ref = parse_regulation_ref(name)
        if ref is not None and ref.id != reg.id:
            found.append(([f"{ref.id}#{pasal}" for pasal in provision.fits], version,
                          provision.by, list(provision.ayat)))
    return found


def _changed_articles(reg: Regulation
                      ) -> Iterator[tuple[ChangeItem, tuple[RegulationRef, str], str]]:
    """(change item, (the regulation it changes, Pasal), identity) for each article each item
    of an amending regulation names. Each item changes the regulation it names (an omnibus law's
    items: "Pasal 81 … 47. Pasal 158 dihapus." UU 13/2003 Pasal 158), else ``reg.amends``;
    one whose name OCR garbled (``UNKNOWN``) changes nothing identifiable."""
    for change in reg.changes:
        amended = change.ref or reg.amends
        if amended is not None and amended.type != "UNKNOWN":
            scope = identity_scope(reg.id, amended.id)
            for pasal in change.targets:
                yield change, (amended, pasal), f"{scope}#{pasal}"


def _amendment_version(reg: Regulation) -> str:
    """The version key the wordings an amending regulation gives carry."""
    return version_key((reg.year, 1, _int_or_zero(reg.number)))


def deleted_articles(reg: Regulation) -> dict[str, str]:
    """The articles an amending regulation deletes ("97. Ketentuan Pasal 169 dihapus."), as
    ``{identity: version key of the deletion}``: every version older than the deletion is no
    longer in force. An item deleting only an ayat quotes the article anew, and is no deletion
    of the article."""
    quoted = {(article.amends.ref, article.amends.pasal) for article in reg.articles
              if article.amends is not None}
    version = _amendment_version(reg)
    return {identity: version for change, article, identity in _changed_articles(reg)
            if change.action == "dihapus" and article not in quoted}


def penjelasan_changes(reg: Regulation) -> dict[str, list[str]]:
    """The Penjelasan an amending regulation gives articles whose text it keeps
    (``ChangeItem.penjelasan``: "49. Ketentuan Pasal 71 tetap, dengan perubahan penjelasan
    Pasal 71 ayat (2)"), as ``{identity: [version key, item label, Penjelasan]}``."""
    version = _amendment_version(reg)
    return {identity: [version, change.label, change.penjelasan]
            for change, _, identity in _changed_articles(reg) if change.penjelasan}


def reworded_unread(reg: Regulation) -> dict[str, str]:
    """The articles an amending regulation rewords without a quoted text the parser could
    read (``ChangeItem.text_missing``: "11. Ketentuan Pasal 49 diubah sehingga berbunyi
    sebagai berikut:" and OCR lost the rest), as ``{identity: version key}``: the older
    versions are no longer in force, though no newer one is in the index."""
    version = _amendment_version(reg)
    return {identity: version for change, _, identity in _changed_articles(reg)
            if change.text_missing and change.action == "diubah"}


_REGULATION_WORD = re.compile(r"\b(?:Undang-Undang|Peraturan|Keputusan|Instruksi|Penetapan|"
                              r"UU|PP|Perppu|Perpres|Keppres)\b", re.IGNORECASE)
_PARTIAL_REVOCATION = re.compile(r"\b(ketentuan|pasal|sepanjang|kecuali)\b", re.IGNORECASE)


def word_pairs(reg: Regulation) -> dict[str, list[str]]:
    """The index terms of the "/" pairs the regulation's articles write, each with the terms
    of its words ("janda/duda": janda, duda; ``analysis.pair_parts``), so that search can
    add a pair for a word of it typed alone (and need not stem its words at query time)."""
    written = {token for text in _unit_texts(reg) if "/" in text
               for token, _, _ in analysis.tokenize(text) if analysis.pair_parts(token)}
    pairs = {term: token for token in written if (term := analysis.normalize(token))}
    parts = {pair: [term for word in analysis.pair_parts(token)
                    for term in analysis.analyze(word) if term != pair]
             for pair, token in pairs.items()}
    return {pair: parts[pair] for pair in sorted(parts) if parts[pair]}   # not "dan/atau"


def _unit_texts(reg: Regulation, body_only: bool = False) -> Iterator[str]:
    """The text of every ayat and list item of every article (``body_only``: of the
    batang tubuh, no Lampiran)."""
    def walk(items: Sequence[Item]) -> Iterator[str]:
        for item in items:
            yield item.text
            yield from walk(item.items)

    for article in reg.articles:
        if body_only and article.part != "body":
            continue
        for ayat in article.ayat:
            yield ayat.text
            yield from walk(ayat.items)


def _unit_subjects(article: Article) -> Iterator[str]:
    """Every party a unit of the article addresses: its subject and each kind's own."""
    def walk(units: Sequence[Item | Ayat]) -> Iterator[str]:
        for unit in units:
            if unit.subject:
                yield unit.subject
            yield from (party for _, party in unit.addressees)
            yield from walk(unit.items)

    yield from walk(article.ayat)


def _int_or_zero(text: str) -> int:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else 0
