"""What ``build_index`` and ``regsearch index`` make of what they are given: one path or many,
overlapping folders, links and copies of a file, folders with nothing to index, a damaged
index, the index a query falls back to, and where a hit says its file is.

Small real regulations (three-article UU texts) and real Whoosh indexes in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import regsearch
from regsearch import IndexError_, RegsearchError
from regsearch.cli import main
from regsearch.extract import ocr_available
from regsearch.manifest import manifest_path
from regsearch.schema import INDEX_NAME

from .conftest import PDF
from .pdfs import scanned_copy

SUBJECTS = {5: "pengelolaan sampah", 6: "perlindungan mata air", 7: "penataan pasar rakyat"}


def regulation_text(number: int, year: int = 2020) -> str:
    """A small but complete UU: title, preamble, three Pasal (kewajiban, larangan, sanksi)."""
    subject = SUBJECTS[number]
    return f"""UNDANG-UNDANG REPUBLIK INDONESIA
NOMOR {number} TAHUN {year}
TENTANG
{subject.upper()}

DENGAN RAHMAT TUHAN YANG MAHA ESA
PRESIDEN REPUBLIK INDONESIA,

Menimbang : bahwa perlu mengatur {subject};

MEMUTUSKAN:
Menetapkan : UNDANG-UNDANG TENTANG {subject.upper()}.

BAB I
KETENTUAN UMUM

Pasal 1
Setiap penyelenggara {subject} wajib melaporkan kegiatannya kepada Menteri.

Pasal 2
(1) Penyelenggara {subject} dilarang memungut biaya tambahan.
(2) Penyelenggara yang melanggar ketentuan sebagaimana dimaksud pada ayat (1) dikenai sanksi
administratif.

Pasal 3
Undang-Undang ini mulai berlaku pada tanggal diundangkan.

Disahkan di Jakarta
pada tanggal 1 Januari {year}
"""


def write_regulation(folder: Path, number: int, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"uu-{number}-2020.txt")
    path.write_text(regulation_text(number), encoding="utf-8")
    return path


def docs_with(tmp_path: Path, *numbers: int, name: str = "docs") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        write_regulation(folder, number)
    return folder


def ids(index_dir: Path) -> list[str]:
    """The regulation ids in the index, a copy indexed twice listed twice."""
    with regsearch.open_index(index_dir) as idx:
        return sorted(s.info.id for s in idx.regulations())


def citations(index_dir: Path, text: str = "penyelenggara wajib melaporkan") -> list[str]:
    with regsearch.open_index(index_dir) as idx:
        return [hit.citation for hit in idx.search(text, limit=50).hits]


def cli(*args: object, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


# ------------------------------------------------------------------ 1. one path, or many


def test_one_path_given_as_a_string_is_one_path(tmp_path, monkeypatch):
    """It used to be iterated character by character ("d", "o", "c", "s"; "/" the whole
    file system)."""
    docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    report = regsearch.build_index("docs", "ix")
    assert report.ok and report.added == [os.path.join("docs", "uu-5-2020.txt")]
    again = regsearch.build_index(Path("docs"), "ix")
    assert again.ok and len(again.unchanged) == 1
    assert ids(Path("ix")) == ["uu-5-2020"]


def test_one_path_given_as_bytes_is_one_path(tmp_path):
    docs = docs_with(tmp_path, 5)
    report = regsearch.build_index(os.fsencode(docs), tmp_path / "ix")
    assert report.ok and len(report.added) == 1


@pytest.mark.parametrize("paths", [42, None, 3.5, [42], ["docs", None], [["docs"]]],
                         ids=["int", "None", "float", "list of int", "None inside", "nested"])
def test_paths_of_another_kind_are_a_clear_error(tmp_path, monkeypatch, paths):
    docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegsearchError, match="path") as raised:
        regsearch.build_index(paths, "ix")
    assert not isinstance(raised.value, TypeError)
    assert "\n" not in str(raised.value)
    assert not Path("ix").exists()


def test_paths_from_a_generator_are_read_once(tmp_path):
    """The paths were iterated twice (files, then the folders whose vanished files to drop):
    a generator was empty the second time and nothing was dropped."""
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    (docs / "uu-6-2020.txt").unlink()
    report = regsearch.build_index((p for p in [docs]), index_dir)
    assert len(report.removed) == 1 and ids(index_dir) == ["uu-5-2020"]


@pytest.mark.parametrize("paths", ["", [""], ["docs", ""]])
def test_an_empty_path_is_an_error_not_the_working_directory(tmp_path, monkeypatch, paths):
    docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegsearchError, match="empty path"):
        regsearch.build_index(paths, "ix")
    assert not Path("ix").exists()


def test_cli_empty_path_is_a_usage_error(tmp_path, monkeypatch):
    docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    result = cli("index", "", "--index", "ix")
    assert result.exit_code == 2 and "empty path" in result.stderr, result.stderr
    assert not Path("ix").exists()


def test_an_empty_index_path_is_an_error(tmp_path, monkeypatch):
    docs = docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegsearchError, match="empty path"):
        regsearch.build_index([docs], "")
    assert not list(tmp_path.glob("*.toc"))


class _NotAPath:
    def __fspath__(self):
        return 3


@pytest.mark.parametrize("index_dir", [None, 3, ["ix"], _NotAPath()],
                         ids=["None", "int", "list", "fspath not a path"])
def test_an_index_folder_of_another_kind_is_a_clear_error(tmp_path, monkeypatch, index_dir):
    """``build_index(["corpus"], None)`` raised TypeError from os.fspath."""
    docs = docs_with(tmp_path, 5)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(IndexError_, match="the index folder must be a path") as raised:
        regsearch.build_index([docs], index_dir)
    assert "\n" not in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_the_index_folder_may_be_given_as_bytes(tmp_path):
    docs = docs_with(tmp_path, 5)
    assert regsearch.build_index([docs], os.fsencode(tmp_path / "ix")).ok
    assert ids(tmp_path / "ix") == ["uu-5-2020"]


@pytest.mark.parametrize("rebuild", ["no", "", 1, 0, None, [True]])
def test_rebuild_must_be_a_bool(tmp_path, rebuild):
    """``rebuild="no"`` was taken as true: the index was rebuilt from the paths given."""
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    with pytest.raises(IndexError_, match="rebuild must be True or False, not "):
        regsearch.build_index([docs / "uu-5-2020.txt"], index_dir, rebuild=rebuild)
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    assert regsearch.build_index([docs / "uu-5-2020.txt"], index_dir, rebuild=True).ok
    assert ids(index_dir) == ["uu-5-2020"]


@pytest.mark.parametrize("progress", [3, "bar", [print]])
def test_progress_must_be_callable(tmp_path, progress):
    """A progress that is no function raised TypeError half-way through the build."""
    docs = docs_with(tmp_path, 5)
    with pytest.raises(IndexError_, match="progress must be a function"):
        regsearch.build_index([docs], tmp_path / "ix", progress=progress)
    assert not (tmp_path / "ix").exists()


def test_an_index_path_that_is_a_file_says_so(tmp_path):
    """It said "notadir: cannot write the index (File exists)"."""
    docs = docs_with(tmp_path, 5)
    not_a_dir = tmp_path / "notadir"
    not_a_dir.write_text("mine", encoding="utf-8")
    result = cli("index", docs, "--index", not_a_dir)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.stderr
    assert f"cannot write the index in {not_a_dir}: it is a file, not a folder" \
        in result.stderr
    with pytest.raises(IndexError_, match=f"{not_a_dir} is a file, not a folder"):
        regsearch.build_index([docs], not_a_dir / "sub")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(IndexError_, match="it is a link to a missing folder"):
        regsearch.build_index([docs], tmp_path / "dangling")
    assert not_a_dir.read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "nowhere").exists()


def test_a_new_index_among_the_documents_is_a_warning(tmp_path):
    docs = docs_with(tmp_path, 5, 6)
    (docs / "README.md").write_text("Catatan.", encoding="utf-8")
    result = cli("index", docs, "--index", docs)
    assert result.exit_code == 0, result.stderr
    assert (f"warning: {docs}: the index's files were written among the 2 documents this "
            "folder holds (such as uu-5-2020.txt); an index is best kept in a folder of its "
            "own") in result.stderr
    assert ids(docs) == ["uu-5-2020", "uu-6-2020"]
    again = cli("index", docs, "--index", docs)  # said once, when the index is made
    assert again.exit_code == 0 and "warning" not in again.stderr, again.stderr
    beside_a_note = tmp_path / "ix"
    beside_a_note.mkdir()
    (beside_a_note / "README.md").write_text("Indeks.", encoding="utf-8")
    report = regsearch.build_index([docs], beside_a_note)
    assert report.ok and not report.warnings


# ------------------------------------------------------------------ 2. each file once


def test_overlapping_paths_index_each_file_once(tmp_path):
    """`regsearch index corpus corpus/pdf` said "36 added" for 21 files, each hit twice."""
    docs = docs_with(tmp_path, 5)
    sub = docs_with(docs, 6, name="sub")
    index_dir = tmp_path / "ix"
    report = regsearch.build_index([docs, sub, sub / "uu-6-2020.txt", docs], index_dir)
    assert report.ok and len(report.added) == 2 and not report.duplicates
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    assert citations(index_dir).count("Pasal 1 UU 5/2020") == 1
    again = regsearch.build_index([sub, docs], index_dir)
    assert (len(again.added), len(again.unchanged)) == (0, 2)
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]


def test_cli_counts_each_file_once(tmp_path):
    docs = docs_with(tmp_path, 5)
    sub = docs_with(docs, 6, name="sub")
    result = cli("index", docs, sub, docs / "uu-5-2020.txt", "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert "2 added" in result.stderr and "duplicate" not in result.stderr


def test_a_link_to_an_indexed_file_is_the_same_file(tmp_path):
    docs = docs_with(tmp_path, 5)
    (docs / "tautan.txt").symlink_to(docs / "uu-5-2020.txt")
    (tmp_path / "elsewhere.txt").symlink_to(docs / "uu-5-2020.txt")
    index_dir = tmp_path / "ix"
    report = regsearch.build_index([docs, tmp_path / "elsewhere.txt"], index_dir)
    assert report.ok and len(report.added) == 1 and not report.duplicates
    assert ids(index_dir) == ["uu-5-2020"]
    again = regsearch.build_index([docs], index_dir)
    assert len(again.unchanged) == 1 and ids(index_dir) == ["uu-5-2020"]


def test_a_copy_under_another_name_is_skipped_and_named(tmp_path):
    docs = docs_with(tmp_path, 5, 6)
    copy = docs / "zz-salinan.txt"
    shutil.copy(docs / "uu-5-2020.txt", copy)
    index_dir = tmp_path / "ix"
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and len(report.added) == 2
    assert report.duplicates == [(str(copy), str(docs / "uu-5-2020.txt"))]
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    again = regsearch.build_index([docs], index_dir)  # an update keeps one copy too
    assert again.duplicates == report.duplicates and len(again.unchanged) == 2
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    assert citations(index_dir).count("Pasal 1 UU 5/2020") == 1


def test_cli_names_both_paths_of_a_copy_and_exits_0(tmp_path):
    docs = docs_with(tmp_path, 5)
    shutil.copy(docs / "uu-5-2020.txt", docs / "zz-salinan.txt")
    result = cli("index", docs, "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "zz-salinan.txt" in line)
    assert "uu-5-2020.txt" in line and "same content" in line
    assert "1 added" in result.stderr and "1 duplicate skipped" in result.stderr


def test_a_copy_of_a_file_already_indexed_is_skipped(tmp_path):
    original = write_regulation(tmp_path / "docs", 5)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([original], index_dir).ok
    copy = write_regulation(tmp_path / "unduhan", 5, "salinan.txt")
    report = regsearch.build_index([copy.parent], index_dir)
    assert report.ok and not report.added
    [(skipped, kept)] = report.duplicates
    assert skipped == str(copy) and Path(kept).resolve() == original.resolve()
    assert ids(index_dir) == ["uu-5-2020"]


def test_a_renamed_file_replaces_its_old_name(tmp_path):
    docs = docs_with(tmp_path, 5)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    renamed = docs / "uu-5-2020-pengelolaan-sampah.txt"
    (docs / "uu-5-2020.txt").rename(renamed)
    report = regsearch.build_index([docs], index_dir)
    assert (len(report.added), len(report.removed), report.duplicates) == (1, 1, [])
    assert ids(index_dir) == ["uu-5-2020"]
    with regsearch.open_index(index_dir) as idx:
        assert Path(idx.show("UU 5/2020 Pasal 1").source.path).resolve() == renamed.resolve()


def test_a_file_moved_out_of_its_folder_replaces_its_old_place(tmp_path):
    original = write_regulation(tmp_path / "docs", 5)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([original], index_dir).ok
    moved = tmp_path / "arsip" / "uu-5-2020.txt"
    moved.parent.mkdir()
    original.rename(moved)
    report = regsearch.build_index([moved], index_dir)
    assert ids(index_dir) == ["uu-5-2020"]
    assert report.ok and not report.duplicates and len(report.removed) == 1
    with regsearch.open_index(index_dir) as idx:
        assert Path(idx.show("UU 5/2020 Pasal 1").source.path).resolve() == moved.resolve()


def test_a_file_rewritten_as_a_copy_of_another_loses_its_old_text(tmp_path):
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    shutil.copy(docs / "uu-5-2020.txt", docs / "uu-6-2020.txt")
    report = regsearch.build_index([docs], index_dir)
    assert ids(index_dir) == ["uu-5-2020"]
    assert report.duplicates == [(str(docs / "uu-6-2020.txt"), str(docs / "uu-5-2020.txt"))]


# ------------------------------------------------------------------ 3. nothing to index


def test_an_empty_folder_is_named_and_no_index_is_made(tmp_path):
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "README.md").write_text("Catatan.", encoding="utf-8")  # a note, not a regulation
    index_dir = tmp_path / "ix"
    report = regsearch.build_index([empty], index_dir)
    assert not report.ok and report.not_written and not index_dir.exists()
    result = cli("index", empty, "--index", index_dir)
    assert result.exit_code == 1
    assert any(str(empty) in line and "no PDF, .txt or .md file" in line
               for line in result.stderr.splitlines()), result.stderr
    assert "no index written" in result.stderr
    assert not index_dir.exists()


def test_a_missing_folder_makes_no_index(tmp_path):
    index_dir = tmp_path / "ix"
    result = cli("index", tmp_path / "tidak-ada", "--index", index_dir)
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    assert "no index written" in result.stderr
    assert not index_dir.exists()


def test_files_that_all_fail_make_no_index(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (bad / "catatan.txt").write_text("Daftar belanja: beras, minyak, gula.", encoding="utf-8")
    existing = tmp_path / "existing"
    existing.mkdir()  # a folder that was there before keeps what it held
    (existing / "keep.txt").write_text("mine", encoding="utf-8")
    for index_dir in (tmp_path / "ix", existing):
        report = regsearch.build_index([bad], index_dir)
        with pytest.raises(IndexError_, match="no index"):
            regsearch.open_index(index_dir)
        assert len(report.failed) == 2 and not report.ok and report.not_written
    assert not (tmp_path / "ix").exists()
    assert [p.name for p in existing.iterdir()] == ["keep.txt"]


def test_an_empty_folder_beside_an_index_is_a_warning(tmp_path):
    docs = docs_with(tmp_path, 5)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    empty = tmp_path / "kosong"
    empty.mkdir()
    result = cli("index", empty, "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert f"warning: {empty}: no PDF, .txt or .md file" in result.stderr
    assert ids(index_dir) == ["uu-5-2020"]


def test_a_rebuild_from_nothing_leaves_the_index_as_it_was(tmp_path):
    """A mistyped folder with --rebuild emptied the index."""
    docs = docs_with(tmp_path, 5)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    result = cli("index", tmp_path / "dcos", "--rebuild", "--index", index_dir)
    assert result.exit_code == 1 and "left as it was" in result.stderr, result.stderr
    assert ids(index_dir) == ["uu-5-2020"]


def test_a_rebuild_names_the_regulations_it_leaves_out(tmp_path):
    """QA: "regsearch index FILE --rebuild" on an index of 21 regulations kept one and said
    "0 removed"."""
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    kept = sorted(docs.iterdir())[0]
    result = cli("index", kept, "--rebuild", "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert "1 added, 0 updated, 1 removed" in result.stdout + result.stderr
    assert "dropped" in result.stderr and "not among the paths of the rebuild" in result.stderr
    again = regsearch.build_index([docs], index_dir, rebuild=True)   # all back: none named
    assert (len(again.added), again.removed) == (2, [])


# ------------------------------------------------------------------ 4. a damaged index


@pytest.fixture()
def built(tmp_path) -> tuple[Path, Path]:
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    return docs, index_dir


def _damage(index_dir: Path, how: str) -> str:
    """Damage one file of the index as QA did; returns its name."""
    pattern = {"truncated postings": "*.pst", "emptied stored fields": "*_stored.col",
               "deleted length column": "*._body_len.col", "truncated toc": "*.toc"}[how]
    target = sorted(index_dir.glob(pattern))[0]
    if how == "deleted length column":
        target.unlink()
    elif how == "emptied stored fields":
        target.write_bytes(b"")
    else:
        os.truncate(target, target.stat().st_size // 2)
    return target.name


@pytest.mark.parametrize("how", ["truncated postings", "emptied stored fields",
                                 "deleted length column", "truncated toc"])
def test_a_damaged_index_file_is_named_in_one_clear_line(built, how):
    docs, index_dir = built
    name = _damage(index_dir, how)
    with pytest.raises(IndexError_, match=rf"the index in .* is damaged \({name} .*--rebuild"):
        regsearch.open_index(index_dir)
    queried = cli("query", "penyelenggara", "--index", index_dir)
    assert queried.exit_code == 1 and "internal error" not in queried.stderr
    assert queried.stderr.count("\n") == 1 and name in queried.stderr, queried.stderr
    updated = cli("index", docs, "--index", index_dir)  # said "2 unchanged" on a lost column
    assert updated.exit_code == 1 and "unchanged" not in updated.stderr
    assert name in updated.stderr and "--rebuild" in updated.stderr
    rebuilt = cli("index", docs, "--index", index_dir, "--rebuild")
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    assert "Pasal 1 UU 6/2020" in citations(index_dir)


def test_an_index_without_manifest_opens_and_gets_one_at_the_next_update(built):
    docs, index_dir = built
    manifest = manifest_path(index_dir, INDEX_NAME)
    assert manifest.is_file()
    manifest.unlink()  # as an index built before the manifest existed
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    write_regulation(docs, 7)
    assert regsearch.build_index([docs], index_dir).ok
    assert manifest.is_file()
    _damage(index_dir, "truncated postings")
    with pytest.raises(IndexError_, match="damaged"):
        regsearch.open_index(index_dir)


def test_a_manifest_of_an_older_commit_is_not_checked_against(built):
    """A commit killed between Whoosh's rename and the manifest's leaves the manifest of
    the generation before: the index is whole, and must open."""
    docs, index_dir = built
    manifest = manifest_path(index_dir, INDEX_NAME)
    stale = manifest.read_bytes()
    write_regulation(docs, 7)
    assert regsearch.build_index([docs], index_dir).ok
    manifest.write_bytes(stale)
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020", "uu-7-2020"]


# ------------------------------------------------------------------ 5. which index a query opens


def test_a_missing_index_named_by_the_environment_is_an_error(tmp_path, monkeypatch):
    """A mistyped $REGSEARCH_INDEX was silently filled with the bundled corpus."""
    monkeypatch.setenv("REGSEARCH_INDEX", str(tmp_path / "indeks-salah-ketik"))
    monkeypatch.setenv("REGSEARCH_CORPUS", str(docs_with(tmp_path, 5)))
    result = cli("query", "penyelenggara")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "REGSEARCH_INDEX" in result.stderr and "indeks-salah-ketik" in result.stderr
    assert not (tmp_path / "indeks-salah-ketik").exists()


def test_the_implicit_default_index_is_built_on_first_use(tmp_path, monkeypatch):
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    monkeypatch.setenv("REGSEARCH_CORPUS", str(docs_with(tmp_path, 5)))
    monkeypatch.chdir(tmp_path)
    result = cli("query", "penyelenggara", "--json")
    assert result.exit_code == 0, result.stderr
    assert "building it from" in result.stderr and (tmp_path / "index").is_dir()
    assert json.loads(result.stdout)["hits"][0]["regulation"]["id"] == "uu-5-2020"


# ------------------------------------------------------------------ 6. where a hit's file is


def test_source_paths_resolve_from_any_working_directory(tmp_path, monkeypatch):
    work = tmp_path / "kerja"
    original = write_regulation(work / "corp", 5)
    monkeypatch.chdir(work)
    assert regsearch.build_index(["corp"], "ix").ok
    with regsearch.open_index("ix") as idx:  # shown relative to where it runs, as README
        assert idx.search("penyelenggara sampah").hits[0].source.path == os.path.join(
            "corp", "uu-5-2020.txt")
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with regsearch.open_index(work / "ix") as idx:
        hit = idx.search("penyelenggara sampah").hits[0]
        assert Path(hit.source.path).resolve() == original.resolve()
        assert Path(idx.show("UU 5/2020 Pasal 2").source.path).resolve() == original.resolve()
        [summary] = idx.regulations()
        assert Path(summary.path).resolve() == original.resolve()
    found = json.loads(cli("query", "penyelenggara sampah", "--index", work / "ix",
                           "--json").stdout)
    assert Path(found["hits"][0]["source"]["path"]).resolve() == original.resolve()


def test_a_regulation_whose_number_cannot_be_read_is_a_warning(tmp_path):
    """It was indexed as UNKNOWN ?/0 without a word (QA: UU 15/2019, whose text opens with a
    repeated "Menimbang"): its citations, and those of what it amends, never resolve."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tanpa-nomor.txt").write_text(
        "MEMUTUSKAN:\nMenetapkan: PERATURAN TENTANG SESUATU.\nBAB I\nKETENTUAN UMUM\nPasal 1\n"
        "Setiap orang wajib mematuhi peraturan ini.\nPasal 2\n"
        "Peraturan ini mulai berlaku pada tanggal diundangkan.\n", encoding="utf-8")
    result = cli("index", docs, "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert ("tanpa-nomor.txt: type, number or year not found in the title block (indexed as "
            "UNKNOWN: citations of it will not resolve)") in result.stderr


def test_an_amendment_whose_amended_law_cannot_be_read_is_a_warning(tmp_path):
    """Its quoted articles are filed under UNKNOWN ?/0 and never join the law's versions: say so."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "perubahan.txt").write_text(
        "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 19 TAHUN 2016\nTENTANG\nPERUBAHAN ATAS SESUATU\n"
        "MEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG TENTANG PERUBAHAN.\nPasal I\n"
        "Beberapa ketentuan diubah sebagai berikut:\n1. Ketentuan Pasal 26 diubah sehingga berbunyi "
        "sebagai berikut:\nPasal 26\nSetiap orang berhak atas data pribadinya.\nPasal II\n"
        "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n", encoding="utf-8")
    result = cli("index", docs, "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert "perubahan.txt: Pasal I quotes 1 article(s) but the regulation it amends could not be read" \
        in result.stderr


def unreadable_text(subject: str) -> str:
    """A UU text whose title block is lost (OCR): no type, number or year to read."""
    return ("MEMUTUSKAN:\nMenetapkan: UNDANG-UNDANG TENTANG " + subject.upper() + ".\nBAB I\n"
            f"KETENTUAN UMUM\nPasal 1\nSetiap penyelenggara {subject} wajib melapor.\nPasal 2\n"
            "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n")


def test_regulations_whose_number_cannot_be_read_are_not_copies_of_one_another(tmp_path):
    """QA: 100 OCR'd UU texts, several of them UNKNOWN ?/0, all one regulation to the index:
    "uu-2020-11.md: UNKNOWN ?/0 is already indexed from uu-1946-11.md; this file is skipped"
    (UU 11/2020 Cipta Kerja lost, and not counted as failed). Each is its own regulation,
    named after its file — also where files are named by number in year folders
    (arsip/2020/11.md). (Names that give a type, number and year name the regulation: the
    next test.)"""
    docs = tmp_path / "docs"
    files = {docs / "arsip-1946-11.md": "bea meterai", docs / "arsip-2020-11.md": "cipta kerja",
             docs / "arsip" / "1946" / "11.md": "pengeluaran uang",
             docs / "arsip" / "2020" / "11.md": "penanaman modal"}
    for path, subject in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(unreadable_text(subject), encoding="utf-8")
    result = cli("index", docs, "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert "already indexed" not in result.stderr and "indexed twice" not in result.stderr
    assert result.stderr.count("type, number or year not found in the title block") == 4
    with regsearch.open_index(tmp_path / "ix") as idx:
        held = {s.path: s.info for s in idx.regulations()}
    assert sorted(Path(path).resolve() for path in held) == sorted(p.resolve() for p in files)
    assert len({info.id for info in held.values()}) == 4
    assert sorted(info.number[:-7] for info in held.values()) == [   # name, then a digest
        "arsip-1946-11", "arsip-1946-11", "arsip-2020-11", "arsip-2020-11"]
    assert all(info.type == "UNKNOWN" and info.year == 0 and info.id == f"unknown-{info.number}-0"
               for info in held.values())
    listed = json.loads(cli("list", "--index", tmp_path / "ix", "--json").stdout)
    assert sorted(d["id"] for d in listed) == sorted(info.id for info in held.values())
    assert all(d["articles"] == 2 for d in listed)
    shown = cli("list", "--index", tmp_path / "ix")
    assert shown.exit_code == 0 and shown.output.count("UNKNOWN arsip-2020-11-") == 2
    # every file's articles are its own, none a version of another's
    with regsearch.open_index(tmp_path / "ix") as idx:
        for subject in files.values():
            hits = idx.search(f"penyelenggara {subject} wajib melapor", limit=50).hits
            assert len({hit.citation for hit in hits}) == len(hits) == 4
    # indexing again (nothing changed, or one file changed) skips none of them either
    again = cli("index", docs, "--index", tmp_path / "ix")
    assert again.exit_code == 0 and "already indexed" not in again.stderr
    (docs / "arsip" / "2020" / "11.md").write_text(unreadable_text("penanaman modal asing"),
                                                    encoding="utf-8")
    again = cli("index", docs, "--index", tmp_path / "ix")
    assert again.exit_code == 0 and "already indexed" not in again.stderr
    assert "indexed twice" not in again.stderr
    assert len(ids(tmp_path / "ix")) == 4


def test_a_regulation_named_by_its_files_name_is_said_so_while_indexing(tmp_path):
    """Session 19: a text that prints no type, number or year, in a file whose name gives them
    (uu/2020/11.md, as the scale corpus files UU 11/2020), is indexed as that regulation with
    a warning naming the file; a second file naming the same one is a copy, as for any two
    files of one regulation."""
    docs = tmp_path / "docs"
    files = {docs / "uu" / "2020" / "11.md": "cipta kerja", docs / "uu-11-2020.md": "bea meterai"}
    for path, subject in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(unreadable_text(subject), encoding="utf-8")
    result = cli("index", docs / "uu", "--index", tmp_path / "ix")
    assert result.exit_code == 0, result.stderr
    assert ("type, number or year not found in the title block: read as UU 11/2020 from the "
            f"file's name ({docs / 'uu' / '2020' / '11.md'}); check it against the text") \
        in result.stderr
    with regsearch.open_index(tmp_path / "ix") as idx:
        [held] = idx.regulations()
        assert (held.info.id, held.info.title) == ("uu-11-2020", "Undang-Undang Nomor 11 Tahun "
                                                   "2020 tentang Cipta Kerja")
    again = cli("index", docs, "--index", tmp_path / "ix")
    assert again.exit_code == 0
    assert "UU 11/2020 is already indexed from" in again.stderr and "title differs" in again.stderr


# ------------------------------------------------------------------ 7. a scan that failed for want of OCR

SCAN = PDF / "pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf"

#: ``regsearch`` as a user without pytesseract runs it. ``sys.modules[name] = None`` is how
#: Python itself marks a module as not importable (``import`` raises ModuleNotFoundError, and
#: ``importlib.util.find_spec`` returns None): the extract layer, its forked workers and the
#: index's check of OCR's state all see the package missing, with nothing of regsearch
#: replaced. A fresh process per run, as on the command line (OCR's check is cached).
WITHOUT_PYTESSERACT = ("import sys; sys.modules['pytesseract'] = None; "
                       "from regsearch.cli import main; main(prog_name='regsearch')")

needs_ocr = pytest.mark.skipif(not ocr_available(), reason="OCR not installed: pip install "
                               "'regsearch[ocr]' and tesseract-ocr tesseract-ocr-ind")


def run_regsearch(*args: object, without_pytesseract: bool = False,
                  env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    command = ([sys.executable, "-c", WITHOUT_PYTESSERACT] if without_pytesseract
               else [sys.executable, "-m", "regsearch"])
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def scan_folder(tmp_path: Path) -> Path:
    """The bundled scan (PP 46/2009, 4 image-only pages) beside one text regulation."""
    docs = docs_with(tmp_path, 5)
    shutil.copy(SCAN, docs / SCAN.name)
    return docs


@needs_ocr
def test_a_scan_that_failed_without_pytesseract_is_read_once_it_is_installed(tmp_path):
    """QA 20 #8: after `pip install 'regsearch[ocr]'`, as the failure said to, the update
    still reported "(pytesseract is not installed) (unchanged since it failed)"; only
    --rebuild read the scan."""
    docs, index_dir = scan_folder(tmp_path), tmp_path / "ix"
    scan = docs / SCAN.name
    first = run_regsearch("index", docs, "--index", index_dir, without_pytesseract=True)
    assert first.returncode == 1, first.stderr
    assert (f"{scan}: no text layer (scanned PDF); install OCR support with pip install "
            "'regsearch[ocr]'") in first.stderr
    assert "(pytesseract is not installed)" in first.stderr and "1 failed" in first.stderr
    # still without it: told again, from the index, without reading the scan again
    again = run_regsearch("index", docs, "--index", index_dir, without_pytesseract=True)
    assert again.returncode == 1
    assert "(pytesseract is not installed) (unchanged since it failed)" in again.stderr
    assert "0 updated" in again.stderr and "0 articles read" in again.stderr
    # installed now: the scan is read (OCR'd) by a plain update
    installed = run_regsearch("index", docs, "--index", index_dir)
    assert installed.returncode == 0, installed.stderr
    assert "not installed" not in installed.stderr
    assert "1 updated" in installed.stderr and "0 failed" in installed.stderr
    assert ids(index_dir) == ["pp-46-2009", "uu-5-2020"]
    with regsearch.open_index(index_dir) as idx:
        assert Path(idx.show("PP 46/2009 Pasal 1").source.path).resolve() == scan.resolve()
    # and is an unchanged file from then on
    settled = run_regsearch("index", docs, "--index", index_dir)
    assert settled.returncode == 0 and "2 unchanged" in settled.stderr, settled.stderr


@needs_ocr
def test_a_scan_that_failed_with_ocr_off_is_read_once_it_is_on(tmp_path, monkeypatch):
    """The same through REGSEARCH_OCR=off, the switch users have: a PDF's failure depends
    on OCR's state, which the index records with it."""
    docs, index_dir = scan_folder(tmp_path), tmp_path / "ix"
    scan = docs / SCAN.name
    monkeypatch.setenv("REGSEARCH_OCR", "off")
    report = regsearch.build_index([docs], index_dir)
    assert [(path, "OCR needed" in why) for path, why in report.failed] == [(str(scan), True)]
    report = regsearch.build_index([docs], index_dir)
    [(path, why)] = report.failed
    assert why.endswith("(unchanged since it failed)") and not report.updated
    monkeypatch.delenv("REGSEARCH_OCR")
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and report.updated == [str(scan)] and report.articles == 2
    assert ids(index_dir) == ["pp-46-2009", "uu-5-2020"]


#: Perpres 74/2012 (bundled, 8 pages with a text layer), its page 6 scanned: Pasal 6 and 7.
PARTLY_SCANNED = PDF / "perpres-74-2012-pertanggungjawaban-kerugian-nuklir.pdf"


def partly_scanned_folder(tmp_path: Path) -> Path:
    """Perpres 74/2012 with page 6 (Pasal 6 and Pasal 7) replaced by an image of itself,
    beside one text regulation: a regulation partly scanned, as JDIH sites publish some."""
    docs = docs_with(tmp_path, 5)
    scanned_copy(PARTLY_SCANNED, {6}, docs / "perpres-74-2012.pdf")
    return docs


def pasal_held(index_dir: Path, citation: str) -> bool:
    with regsearch.open_index(index_dir) as idx:
        try:
            idx.show(citation)
        except RegsearchError:
            return False
        return True


@needs_ocr
def test_a_partly_scanned_pdf_indexed_without_pytesseract_is_read_whole_once_it_is_installed(
        tmp_path):
    """QA: indexed while OCR was missing, a PDF with some scanned pages kept its text pages
    and lost the rest (here Pasal 6 and 7); once OCR was installed, every update called it
    "unchanged", and only --rebuild read the scanned page."""
    docs, index_dir = partly_scanned_folder(tmp_path), tmp_path / "ix"
    pdf = docs / "perpres-74-2012.pdf"
    first = run_regsearch("index", docs, "--index", index_dir, without_pytesseract=True)
    assert first.returncode == 0, first.stderr
    assert (f"regsearch: warning: {pdf}: page 6 has no text layer and was not OCR'd "
            "(pytesseract is not installed); install OCR support with pip install "
            "'regsearch[ocr]' and Debian's tesseract-ocr tesseract-ocr-ind: an update of the "
            "index reads the file again once OCR is able to run\n") in first.stderr
    assert "page has no text" not in first.stderr  # said once, with why
    # and in one line, not also as the extract layer's log line (QA 14 #13)
    assert sum("page 6" in line for line in first.stderr.splitlines()) == 1, first.stderr
    assert "regsearch.extract" not in first.stderr
    assert "2 added" in first.stderr and "10 articles read" in first.stderr  # 7 + UU 5/2020's 3
    assert pasal_held(index_dir, "Perpres 74/2012 Pasal 5")
    assert not pasal_held(index_dir, "Perpres 74/2012 Pasal 7")
    # still without it: unchanged, not read again
    again = run_regsearch("index", docs, "--index", index_dir, without_pytesseract=True)
    assert again.returncode == 0 and "2 unchanged" in again.stderr, again.stderr
    assert "0 articles read" in again.stderr
    # installed now: a plain update reads the file again, and OCR reads page 6
    installed = run_regsearch("index", docs, "--index", index_dir)
    assert installed.returncode == 0, installed.stderr
    assert "0 added, 1 updated" in installed.stderr and "9 articles read" in installed.stderr
    assert "warning" not in installed.stderr
    with regsearch.open_index(index_dir) as idx:
        for pasal in ("6", "7"):
            assert idx.show(f"Perpres 74/2012 Pasal {pasal}").source.page == 6
    # and is an unchanged file from then on
    settled = run_regsearch("index", docs, "--index", index_dir)
    assert settled.returncode == 0 and "2 unchanged" in settled.stderr, settled.stderr


@needs_ocr
def test_a_partly_scanned_pdf_indexed_with_ocr_off_is_read_whole_once_it_is_on(
        tmp_path, monkeypatch):
    docs, index_dir = partly_scanned_folder(tmp_path), tmp_path / "ix"
    pdf = docs / "perpres-74-2012.pdf"
    monkeypatch.setenv("REGSEARCH_OCR", "off")
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and report.articles == 7 + 3  # and UU 5/2020's
    assert (str(pdf), "page 6 has no text layer and was not OCR'd (OCR is off); an update of "
            "the index reads the file again once OCR is switched on") in report.warnings
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and not report.updated and len(report.unchanged) == 2
    monkeypatch.delenv("REGSEARCH_OCR")
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and report.updated == [str(pdf)] and report.articles == 9
    assert pasal_held(index_dir, "Perpres 74/2012 Pasal 7")
    assert not regsearch.build_index([docs], index_dir).updated


def test_a_pdf_indexed_before_the_ocr_state_was_recorded_is_read_again_once(
        tmp_path, monkeypatch):
    """An index written by a regsearch that did not record what OCR skipped: a PDF of it with
    pages without text may hold such pages, and is read once, to record it."""
    from whoosh import index as whoosh_index

    from regsearch.documents import parse_file
    from regsearch.index import _file_hash, _path_key, documents_for

    monkeypatch.setenv("REGSEARCH_OCR", "off")
    docs, index_dir = partly_scanned_folder(tmp_path), tmp_path / "ix"
    pdf = docs / "perpres-74-2012.pdf"
    assert regsearch.build_index([docs / "uu-5-2020.txt"], index_dir).ok
    writer = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME).writer()
    for document in documents_for(parse_file(pdf), path_key=_path_key(pdf),
                                  file_hash=_file_hash(pdf)):
        if document["doctype"] == "regulation":
            assert document["payload"].pop("ocr") == "off"  # as that regsearch wrote it
        writer.add_document(**document)
    writer.commit()
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and report.updated == [str(pdf)]
    assert not regsearch.build_index([docs], index_dir).updated


def test_a_text_file_that_failed_is_not_read_again_until_it_changes(tmp_path):
    """Only a PDF's reading depends on anything outside the file (OCR)."""
    docs = docs_with(tmp_path, 5)
    (docs / "catatan-rapat.txt").write_text("Notulen rapat tanggal 3 Maret.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    first = regsearch.build_index([docs], index_dir)
    assert [Path(path).name for path, _ in first.failed] == ["catatan-rapat.txt"]
    again = regsearch.build_index([docs], index_dir)
    [(_, why)] = again.failed
    assert why.endswith("(unchanged since it failed)") and not again.updated


def test_a_failed_file_is_named_the_same_way_by_every_run(tmp_path, monkeypatch):
    """QA 14 #13: the first run named it as typed ("docs/catatan-rapat.txt"), an update
    without PATH (read from the record, which holds absolute paths) by its absolute path.
    Every run names the files of its report as ``shown_path`` does: relative to the working
    directory when inside it, else absolute."""
    docs = docs_with(tmp_path, 5)
    (docs / "catatan-rapat.txt").write_text("Notulen rapat tanggal 3 Maret.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    named = os.path.join("docs", "catatan-rapat.txt")
    runs = [cli("index", "docs", "--index", "ix"), cli("index", "--index", "ix"),
            cli("index", docs, "--index", "ix"), cli("index", "./docs/", "--index", "ix")]
    for run in runs:
        assert run.exit_code == 1
        [line] = [line for line in run.stderr.splitlines() if "catatan-rapat" in line]
        assert line.startswith(f"regsearch: {named}: no regulation found"), line
    report = regsearch.build_index([docs], "ix")  # the Python API: the same names
    assert [path for path, _ in report.failed] == [named]
    assert report.unchanged == [os.path.join("docs", "uu-5-2020.txt")]


# ------------------------------------------------------------------ 8. files that are gone


def test_a_regulation_whose_single_file_is_deleted_is_dropped_and_named(tmp_path):
    """QA 20 #10: indexed from one file, then the file deleted, the regulation stayed in the
    index for good (only --rebuild removed it) and its hits cited a path that no longer
    existed. Any update drops it now, naming the file."""
    docs = docs_with(tmp_path, 5)
    solo = write_regulation(tmp_path / "unduhan", 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    assert regsearch.build_index([solo], index_dir).ok
    assert ids(index_dir) == ["uu-5-2020", "uu-6-2020"]
    solo.unlink()
    report = regsearch.build_index([docs], index_dir)  # an update naming other paths
    assert report.ok and report.unchanged == [str(docs / "uu-5-2020.txt")]
    assert report.removed == [str(solo.resolve())]
    assert report.dropped == [(str(solo.resolve()), "the file no longer exists")]
    assert ids(index_dir) == ["uu-5-2020"]
    assert "Pasal 1 UU 6/2020" not in citations(index_dir)
    nothing_left = regsearch.build_index([docs], index_dir)
    assert nothing_left.ok and not nothing_left.removed and not nothing_left.dropped


def test_cli_names_each_file_dropped_and_counts_it(tmp_path):
    docs = docs_with(tmp_path, 5)
    solos = [write_regulation(tmp_path / "unduhan", n) for n in (6, 7)]
    index_dir = tmp_path / "ix"
    assert cli("index", docs, *solos, "--index", index_dir).exit_code == 0
    for solo in solos:
        solo.unlink()
    # Naming the deleted file itself: it is no such file (a failure), and its regulation goes.
    result = cli("index", solos[0], "--index", index_dir)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"regsearch: {solos[0]}: no such file or folder" in lines
    for solo in solos:
        assert f"regsearch: dropped {solo.resolve()}: the file no longer exists" in lines
    assert "0 added, 0 updated, 2 removed, 0 unchanged, 1 failed" in lines[-1]
    assert ids(index_dir) == ["uu-5-2020"]


def test_a_file_gone_from_an_indexed_folder_is_named_too(tmp_path):
    docs = docs_with(tmp_path, 5, 6)
    index_dir = tmp_path / "ix"
    assert regsearch.build_index([docs], index_dir).ok
    (docs / "uu-6-2020.txt").unlink()
    report = regsearch.build_index([docs], index_dir)
    assert report.dropped == [(str((docs / "uu-6-2020.txt").resolve()),
                               "the file no longer exists")]
    assert ids(index_dir) == ["uu-5-2020"]


def test_a_failure_of_a_file_that_is_gone_is_forgotten(tmp_path):
    """Nothing of it was in the index: it goes without a line, and is not counted removed."""
    docs = docs_with(tmp_path, 5)
    notes = tmp_path / "catatan.txt"
    notes.write_text("Notulen rapat tanggal 3 Maret.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    assert len(regsearch.build_index([docs, notes], index_dir).failed) == 1
    notes.unlink()
    report = regsearch.build_index([docs], index_dir)
    assert report.ok and not report.removed and not report.dropped
    write_regulation(tmp_path, 6, "catatan.txt")  # the same path, now a regulation: read
    assert regsearch.build_index([notes], index_dir).added == [str(notes)]


def test_a_rebuild_takes_todays_analyzers(tmp_path):
    """Whoosh pickles each field's analyzer with the index: a rebuild that kept the old
    schema (same field names, same SCHEMA_VERSION) went on analysing as the code that made
    it had — a change to the analyzer measured on a rebuilt index measured nothing."""
    from whoosh import index as whoosh_index
    from whoosh.analysis import StandardAnalyzer

    from regsearch.schema import make_schema
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(PDF.parent / "text" / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", docs)
    regsearch.build_index(docs, tmp_path / "ix")
    stale = make_schema()
    stale["body"].analyzer = StandardAnalyzer()    # what an older build would have pickled
    whoosh_index.create_in(str(tmp_path / "ix"), stale, indexname=INDEX_NAME)
    regsearch.build_index(docs, tmp_path / "ix", rebuild=True)
    body = whoosh_index.open_dir(str(tmp_path / "ix"), indexname=INDEX_NAME).schema["body"]
    assert [token.text for token in body.analyzer("Pasangan calon mengundurkan diri")] == \
        ["pasang", "calon", "undur", "diri"]
