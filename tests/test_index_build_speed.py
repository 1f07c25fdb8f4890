"""The fast build path writes exactly the index Whoosh's own path writes.

``build_index`` analyses documents in its worker processes (``index._prepare``) and adds them
with ``index._add_prepared``, through a ``SegmentWriter`` whose sorting pool writes marshalled
runs and whose commit reads field lengths once (``index._BuildWriter``). These tests build the
bundled texts (two of them amending laws, which take the plain path) that way and through
``writer.add_document`` on a plain ``ix.writer()``, and compare every term's postings and
term statistics, every stored document and every field length."""

from __future__ import annotations

import hashlib
import warnings

import pytest

import regsearch
from regsearch import index as rindex

from .conftest import TEXT


def _fingerprint(index_dir) -> dict[str, object]:
    """What a search can see of an index, hashed part by part."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index_dir), indexname="regsearch")
    with ix.reader() as reader:
        docs = reader.doc_count_all()
        stored = hashlib.sha256()
        for docnum in range(docs):
            stored.update(repr(reader.stored_fields(docnum)).encode())
        lengths = hashlib.sha256()
        for name in sorted(ix.schema.scorable_names()):
            lengths.update(repr((name, reader.field_length(name),
                                 [reader.doc_field_length(n, name) for n in range(docs)])
                                ).encode())
        postings = hashlib.sha256()
        count = 0
        for name, text in reader.all_terms():
            info = reader.term_info(name, text)
            postings.update(repr((name, text, info.weight(), info.doc_frequency(),
                                  info.min_length(), info.max_length(), info.max_weight(),
                                  info.min_id(), info.max_id())).encode())
            matcher = reader.postings(name, text)
            while matcher.is_active():
                postings.update(repr((matcher.id(), matcher.weight(), matcher.value())).encode())
                count += 1
                matcher.next()
        return {"documents": docs, "segments": len(ix._segments()), "postings": count,
                "stored": stored.hexdigest(), "lengths": lengths.hexdigest(),
                "terms": postings.hexdigest()}


def _build(folder, index_dir) -> regsearch.BuildReport:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return regsearch.build_index([folder], index_dir, rebuild=True)


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """The bundled texts, and a small file that is no regulation (a remembered failure)."""
    import shutil

    folder = tmp_path_factory.mktemp("texts")
    for path in TEXT.glob("*.txt"):
        shutil.copy(path, folder)
    (folder / "catatan-rapat.txt").write_text("Catatan rapat tanpa judul.\n")
    return folder


def _plain_whoosh(patch: pytest.MonkeyPatch) -> None:
    """Index through Whoosh's own ``add_document`` and ``ix.writer()``."""
    patch.setattr(rindex, "_preparable", lambda schema: False)
    patch.setattr(rindex, "_lock_writer",
                  lambda ix, index_dir: ix.writer(limitmb=rindex.WRITER_LIMIT_MB))


@pytest.fixture(scope="module")
def reference(texts, tmp_path_factory):
    """The texts indexed the plain Whoosh way."""
    patch = pytest.MonkeyPatch()
    _plain_whoosh(patch)
    try:
        index_dir = tmp_path_factory.mktemp("reference")
        report = _build(texts, index_dir)
    finally:
        patch.undo()
    assert len(report.added) == 6 and len(report.failed) == 1
    return _fingerprint(index_dir), report.articles


@pytest.mark.parametrize("limit_mb, ahead", [
    (rindex.WRITER_LIMIT_MB, rindex.PARSE_AHEAD),  # as shipped: postings sorted in memory
    (0.02, 1),  # one file at a time; > 128 runs on disk, which Whoosh merges into runs first
])
def test_fast_build_writes_the_same_index(texts, reference, tmp_path, monkeypatch,
                                          limit_mb, ahead):
    monkeypatch.setattr(rindex, "WRITER_LIMIT_MB", limit_mb)
    monkeypatch.setattr(rindex, "PARSE_AHEAD", ahead)
    report = _build(texts, tmp_path / "ix")
    expected, articles = reference
    assert report.articles == articles and len(report.failed) == 1
    assert _fingerprint(tmp_path / "ix") == expected


def test_in_process_build_writes_the_same_index(texts, reference, tmp_path, monkeypatch):
    monkeypatch.setattr(rindex, "PARSE_WORKERS", 1)
    _build(texts, tmp_path / "ix")
    assert _fingerprint(tmp_path / "ix") == reference[0]


def test_prepare_matches_add_document_field_by_field():
    """One document with every kind of field value ``documents_for`` produces, and boosts."""
    from whoosh.fields import UnknownFieldError

    from regsearch.schema import make_schema

    schema = make_schema()
    fields = {"doc_id": "x|1", "doctype": "article", "body": "Calon wajib mundur; calon",
              "body_exact": "Calon wajib mundur; calon", "headings": "", "penjelasan": None,
              "cites": "a#1,a#2", "kinds": "syarat,hak", "subjects": "Calon\nKPU",
              "payload": {"text": "x"}, "_body_boost": 2}
    document, size = rindex._prepare(schema, fields)
    names = [name for name, *_ in document]
    assert names == sorted(n for n, v in fields.items() if v is not None and n[0] != "_")
    body = dict((name, (postings, length)) for name, postings, length, *_ in document)["body"]
    expected = [(t, w * 2.0, v) for t, _, w, v in schema["body"].index(fields["body"])]
    assert body == (expected, 4)  # "calon" twice, "wajib", "mundur"
    assert size > 0
    with pytest.raises(UnknownFieldError):
        rindex._prepare(schema, {"no_such_field": "x"})


def _updated_twice(texts, tmp_path) -> dict[str, object]:
    """Three files indexed (one no regulation), then one of them changed and the others
    added (an update that deletes, adds and merges segments), then another one removed."""
    import shutil

    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    names = sorted(p.name for p in texts.iterdir())
    for name in names[:3]:
        shutil.copy(texts / name, folder)
    index_dir = tmp_path / "ix"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        regsearch.build_index([folder], index_dir)
        with open(folder / names[1], "a") as handle:
            handle.write("\nPasal 999\nCatatan tambahan.\n")
        for name in names[3:]:
            shutil.copy(texts / name, folder)
        regsearch.build_index([folder], index_dir)
        (folder / names[2]).unlink()
        report = regsearch.build_index([folder], index_dir)
    assert report.removed and not report.added
    return _fingerprint(index_dir)


def test_updates_write_the_same_index(texts, tmp_path, monkeypatch):
    import shutil

    fast = _updated_twice(texts, tmp_path)  # the same paths both times: they are indexed
    shutil.rmtree(tmp_path / "docs")
    shutil.rmtree(tmp_path / "ix")
    _plain_whoosh(monkeypatch)
    assert fast == _updated_twice(texts, tmp_path)


def test_segments_are_separate_files_and_compound_ones_still_read(tmp_path, monkeypatch):
    """Segments are written as separate files, which queries map into memory; an index
    written with compound segments (regsearch before 2026-11-28) answers the same."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("uu-22-2014-pilkada.txt", "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt"):
        (docs / name).write_bytes((TEXT / name).read_bytes())
    separate, compound = tmp_path / "separate", tmp_path / "compound"
    assert regsearch.build_index([docs], separate).ok
    writer = rindex._BuildWriter
    monkeypatch.setattr(rindex, "_BuildWriter",
                        lambda ix, **kwargs: writer(ix, **(kwargs | {"compound": True})))
    assert regsearch.build_index([docs], compound).ok
    monkeypatch.undo()
    assert not list(separate.glob("*.seg")) and list(separate.glob("*.pst"))
    assert list(compound.glob("*.seg")) and not list(compound.glob("*.pst"))

    def answers(index_dir):
        with regsearch.open_index(index_dir) as idx:
            return [[(h.citation, round(h.score, 6)) for h in idx.search(q).hits]
                    for q in ("calon gubernur", '"peraturan daerah"', "sanksi OR pidana")]

    assert answers(separate) == answers(compound) and all(answers(separate))
