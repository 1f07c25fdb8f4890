"""The Whoosh index: schema, and building/updating it. The only module that writes an index.

One Whoosh document per article (``doctype=article``), one per Lampiran section
(``doctype=lampiran``) and one per regulation (``doctype=regulation``, the catalogue that
``list`` reads and incremental updates compare hashes against). Everything a hit or ``show``
needs is kept in the stored ``payload`` so that search never re-reads source files.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError
from whoosh.writing import CLEAR, LockError

from . import analysis
from .documents import parse_file
from .errors import IndexError_, RegsearchError
from .expand import harvest_abbreviations
from .extract import SUPPORTED_SUFFIXES
from .legal import internal_references, parse_regulation_ref, version_key
from .models import Article, Item, LampiranSection, Regulation
from .schema import INDEX_NAME, make_schema


@dataclass
class BuildReport:
    """What ``build_index`` did: counts per outcome and the files that failed, with why."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    articles: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


ProgressCallback = Callable[[int, int, str], None]


#: Notes that sit beside regulations in a folder and are not regulations themselves.
#: Skipped when walking a folder; still read when named explicitly.
FOLDER_NOTES = ("readme", "provenance", "license", "licence", "changelog")


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders into supported files (sorted); missing paths are failures.

    In folders, README/PROVENANCE/LICENSE-style notes are skipped (see ``FOLDER_NOTES``).
    """
    files: list[Path] = []
    failures: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unlistable = _walk(path)
            failures += unlistable
            for candidate in found:
                problem = _not_readable_as_file(candidate)
                if problem:
                    failures.append((str(candidate), problem))
                else:
                    files.append(candidate)
        else:
            problem = _not_readable_as_file(path)
            if problem:
                failures.append((str(path), problem))
            else:
                files.append(path)
    return files, failures


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


def build_index(paths: Sequence[str | Path], index_dir: str | Path, *, rebuild: bool = False,
                progress: ProgressCallback | None = None) -> BuildReport:
    """Index regulation files (PDF, .txt, .md) and folders of them into ``index_dir``.

    Without ``rebuild`` an existing index is updated: files whose content hash is unchanged
    are skipped, changed files re-read, files gone from an indexed folder dropped. A file
    that cannot be read is reported in ``BuildReport.failed``; the others are still indexed.

    Nothing is visible to readers until the final commit, which Whoosh publishes by renaming
    one table-of-contents file: a build killed at any moment leaves the previous index whole.
    """
    index_dir = Path(index_dir)
    files, failures = collect_files(paths)
    report = BuildReport(failed=list(failures))
    ix = _open_for_writing(index_dir, rebuild=rebuild)
    known = {} if rebuild else _known_files(ix)
    todo = _changed_files(files, known, report)
    # The parsing workers start before the writer lock is taken, so that no process but
    # this one ever holds it (a killed build must not leave a child keeping the index locked);
    # then they parse while this process writes what they have finished.
    with _parsing(todo) as results:
        writer = _lock_writer(ix, index_dir)
        try:
            _write_results(writer, todo, results, known, report,
                           _Progress(progress, len(files), len(files) - len(todo)))
            _drop_vanished(writer, paths, files, known, report)
        except BaseException:
            writer.cancel()
            raise
    if rebuild:
        writer.commit(mergetype=CLEAR, optimize=True)  # the old segments go in the same commit
    else:
        writer.commit()
    return report


def _lock_writer(ix, index_dir: Path):
    try:
        return ix.writer(limitmb=256)
    except LockError as exc:
        raise IndexError_(f"{index_dir}: another regsearch process is writing this index; "
                          "try again when it has finished") from exc


def _changed_files(files: list[Path], known: Known, report: BuildReport
                   ) -> list[tuple[Path, str, str]]:
    """(path, path key, hash) of the files to read: new or changed since the last build.

    Unchanged files are counted; a file that failed before and has not changed is reported
    again without being re-read."""
    todo = []
    for path in files:
        key = _path_key(path)
        try:
            digest = _file_hash(path)
        except OSError as exc:
            report.failed.append((str(path), f"cannot read file ({exc.strerror or exc})"))
            continue
        previous_hash, previous_failure = known.get(key, (None, None))
        if previous_hash != digest:
            todo.append((path, key, digest))
        elif previous_failure:
            report.failed.append((str(path), f"{previous_failure} (unchanged since it failed)"))
        else:
            report.unchanged.append(str(path))
    return todo


class _parsing:
    """Context manager: ``_parse_for_index`` over the files to read, in order, on up to two
    worker processes (started on entry), as an iterator of results."""

    def __init__(self, todo: list[tuple[Path, str, str]]) -> None:
        self.paths = [path for path, _, _ in todo]
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Iterator[tuple[Regulation | str, dict[str, str]]]:
        workers = min(PARSE_WORKERS, os.cpu_count() or 1, len(self.paths))
        if workers <= 1:
            return (_parse_for_index(path) for path in self.paths)
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        return self.pool.map(_parse_for_index, self.paths)

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


def _write_results(writer, todo: list[tuple[Path, str, str]],
                   results: Iterable[tuple[Regulation | str, dict[str, str]]], known: Known,
                   report: BuildReport, progress: _Progress) -> None:
    """Write each regulation as its parse arrives; amending regulations wait for the end,
    when the headings of every article they may quote are known (``_inherit_headings``)."""
    headings: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
    amending: list[tuple[str, str, Regulation]] = []
    for (path, key, digest), (outcome, stems) in zip(todo, results):
        progress.step(path)
        analysis.learn_stems(stems)
        if isinstance(outcome, str):
            report.failed.append((str(path), outcome))
            _remember_failure(writer, key, digest, outcome, known)
            continue
        (report.updated if key in known else report.added).append(str(path))
        headings.update(_headings_of(outcome))
        if outcome.amends is not None:
            amending.append((key, digest, outcome))
        else:
            _write_regulation(writer, key, digest, outcome, known, report)
    for key, digest, regulation in amending:
        _write_regulation(writer, key, digest, _inherit_headings(regulation, headings), known,
                          report)
    if progress.callback and not todo and progress.total:
        progress.callback(progress.total, progress.total, "")


#: Worker processes that parse while the main process writes (the machines have 2 cores).
PARSE_WORKERS = 2

_worker_stem_position = 0


def _parse_for_index(path: Path) -> tuple[Regulation | str, dict[str, str]]:
    """Parse one file and stem all its words: (regulation or failure reason, new stems)."""
    global _worker_stem_position
    try:
        regulation: Regulation | str = parse_file(path)
        for text in _searchable_texts(regulation):
            analysis.analyze(text)
    except RegsearchError as exc:
        regulation = _reason(exc, path)
    except Exception as exc:  # a parser bug must cost one file, not the whole build
        regulation = f"unexpected error while reading ({type(exc).__name__}: {exc})"
    _worker_stem_position, stems = analysis.stems_since(_worker_stem_position)
    return regulation, stems


def _searchable_texts(reg: Regulation) -> Iterator[str]:
    for article in reg.articles:
        yield article.text
        yield article.headings
        yield article.penjelasan or ""
    for section in reg.lampiran:
        yield section.text


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


def _remember_failure(writer, key: str, digest: str, reason: str, known: Known) -> None:
    """Record a file that could not be read, with its hash, so that the next update reports
    it without reading it again until it changes."""
    if key in known:
        writer.delete_by_term("path_key", key)
    writer.add_document(doc_id=f"failure|{key}", doctype="failure", path_key=key,
                        file_hash=digest, payload={"reason": reason})


def _write_regulation(writer, key: str, digest: str, regulation: Regulation, known: Known,
                      report: BuildReport) -> None:
    if key in known:
        writer.delete_by_term("path_key", key)
    for doc in documents_for(regulation, path_key=key, file_hash=digest):
        writer.add_document(**doc)
    report.articles += len(regulation.articles)
    for anomaly in regulation.anomalies:
        if anomaly.code in WARN_ANOMALIES:
            report.warnings.append((regulation.path, anomaly.message))


#: Anomalies serious enough to mention while indexing (the rest show in ``check``/``list``).
WARN_ANOMALIES = frozenset({"no_text_layer", "no_structure", "no_articles"})


def _drop_vanished(writer, paths: Sequence[str | Path], files: list[Path],
                   known: Known, report: BuildReport) -> None:
    """Remove documents of files that were in an indexed folder and are gone now."""
    present = {_path_key(f) for f in files}
    folders = [_path_key(Path(p)) for p in paths if Path(p).is_dir()]
    for key in known:
        if key not in present and any(key.startswith(folder + os.sep) for folder in folders):
            writer.delete_by_term("path_key", key)
            if known[key][1] is None:  # a regulation, not a remembered failure
                report.removed.append(key)


def _reason(exc: RegsearchError, path: Path) -> str:
    """The error text without the path prefix (the caller prints the path)."""
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def _open_for_writing(index_dir: Path, *, rebuild: bool):
    """The index to write to: the existing one, or a new empty one where there is none.

    An index of an older schema is replaced (it could not be searched correctly anyway);
    a damaged one only with ``rebuild``, so that nothing is thrown away unasked.
    """
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        try:
            ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        except EmptyIndexError:
            pass  # no index yet
        except Exception as exc:  # whoosh raises many types on a damaged directory
            if not rebuild:
                raise IndexError_(f"the index in {index_dir} is damaged ({type(exc).__name__}); "
                                  "run `regsearch index --rebuild`") from exc
        else:
            if _schema_matches(ix):
                return ix
        # create_in removes only this index's own files (a README beside them stays).
        return whoosh_index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
    except OSError as exc:
        raise IndexError_(f"{index_dir}: cannot write the index ({exc.strerror or exc})") from exc


def _schema_matches(ix) -> bool:
    return set(ix.schema.names()) == set(make_schema().names())


#: path key → (content hash, failure reason or None) of every file the index knows.
Known = dict[str, tuple[str, "str | None"]]


def _known_files(ix) -> Known:
    """What the index holds of each file: its hash, and why it failed if it did."""
    with ix.searcher() as searcher:
        known: Known = {fields["path_key"]: (fields["file_hash"], None)
                        for fields in searcher.documents(doctype="regulation")}
        for fields in searcher.documents(doctype="failure"):
            known[fields["path_key"]] = (fields["file_hash"], fields["payload"]["reason"])
        return known


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
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd()))
    except ValueError:
        return str(resolved)


# --------------------------------------------------------------------------- documents


def documents_for(reg: Regulation, *, path_key: str, file_hash: str) -> Iterator[dict[str, Any]]:
    """The Whoosh documents for one regulation: its catalogue entry, articles and Lampiran."""
    shown_path = display_path(Path(path_key))
    info = reg.info().to_dict()
    file_tag = hashlib.sha1(path_key.encode()).hexdigest()[:8]
    common = {"reg_id": reg.id, "type": reg.type, "year": str(reg.year), "path_key": path_key,
              "file_hash": file_hash}
    yield {**common, "doc_id": f"{reg.id}|{file_tag}", "doctype": "regulation",
           "payload": {"regulation": info, "path": shown_path, "articles": len(reg.articles),
                       "anomalies": [a.to_dict() for a in reg.anomalies],
                       "amends": reg.amends.id if reg.amends else None,
                       "full_number": reg.full_number,
                       "revokes": revoked_ids(reg.revokes),
                       "abbreviations": harvest_abbreviations(_unit_texts(reg))}}
    for position, article in enumerate(reg.articles):
        yield _article_document(reg, article, f"{reg.id}|{file_tag}|{position}", common, info,
                                shown_path)
    for position, section in enumerate(reg.lampiran):
        yield _lampiran_document(reg, section, f"{reg.id}|{file_tag}|lampiran|{position}",
                                 common, info, shown_path)


def _article_document(reg: Regulation, article: Article, doc_id: str, common: dict[str, Any],
                      info: dict[str, Any], shown_path: str) -> dict[str, Any]:
    amended = article.amends.ref if article.amends else None
    identity_reg = amended.id if amended else reg.id
    version = (reg.year, 1 if article.amends else 0, _int_or_zero(reg.number))
    subjects = sorted({s for s in _unit_subjects(article) if s})
    cites = [f"{identity_reg}#{pasal}" for pasal in internal_references(article.text, article.pasal)]
    return {
        **common,
        "doc_id": doc_id,
        "doctype": "article",
        "amended_id": amended.id if amended else "",
        "pasal": article.pasal,
        "identity": f"{identity_reg}#{article.pasal}",
        "identity_version": f"{identity_reg}#{article.pasal}@{version_key(version)}",
        "cites": ",".join(cites),
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
            "source": {"path": shown_path, "page": article.page},
            "version": version,
            "cites": cites,
        },
    }


def _lampiran_document(reg: Regulation, section: LampiranSection, doc_id: str,
                       common: dict[str, Any], info: dict[str, Any],
                       shown_path: str) -> dict[str, Any]:
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
            "source": {"path": shown_path, "page": section.page},
            "version": (reg.year, 0, _int_or_zero(reg.number)),
        },
    }


def _with_terms(unit: dict[str, Any]) -> dict[str, Any]:
    """A stored ayat/item with the analysed terms of its text (and of its items, nested),
    so that ranking and snippets at query time never re-run the stemmer."""
    return unit | {"terms": sorted(set(analysis.analyze(unit["text"]))),
                   "items": [_with_terms(item) for item in unit["items"]]}


def revoked_ids(revocations: Sequence[str]) -> list[str]:
    """Ids of regulations revoked as a whole ("UU 22/2014 … dicabut dan dinyatakan tidak
    berlaku"); a revocation of some of a regulation's provisions does not count."""
    ids = []
    for text in revocations:
        ref = parse_regulation_ref(text)
        if ref and not _PARTIAL_REVOCATION.search(text[:text.lower().find(ref.type.lower())]):
            ids.append(ref.id)
    return ids


_PARTIAL_REVOCATION = re.compile(r"\b(ketentuan|pasal|sepanjang|kecuali)\b", re.IGNORECASE)


def _unit_texts(reg: Regulation) -> Iterator[str]:
    """The text of every ayat and list item of every article."""
    def walk(items: Sequence[Item]) -> Iterator[str]:
        for item in items:
            yield item.text
            yield from walk(item.items)

    for article in reg.articles:
        for ayat in article.ayat:
            yield ayat.text
            yield from walk(ayat.items)


def _unit_subjects(article: Article) -> Iterator[str]:
    def walk(units: Sequence[Item]) -> Iterator[str]:
        for unit in units:
            if unit.subject:
                yield unit.subject
            yield from walk(unit.items)

    for ayat in article.ayat:
        if ayat.subject:
            yield ayat.subject
        yield from walk(ayat.items)


def _int_or_zero(text: str) -> int:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else 0
