"""Bad files never stop ``regsearch index``: each is named on stderr with its reason, the
others are still indexed, the exit code is 1, and nothing prints a traceback.

Real files made here (a cut PDF, random bytes, encrypted PDFs, a FIFO, a cp1252 text …),
indexed through the real CLI (click's CliRunner, and real ``python -m regsearch``
processes). The extraction bounds themselves are tested in test_extract.py; here they are
tested end to end, through ``regsearch index``.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from regsearch.cli import main

from .conftest import PDF, TEXT
from .pdfs import assemble_pdf
from .test_extract import _bomb_pdf

GOOD_TEXT = TEXT / "uu-22-2014-pilkada.txt"
GOOD_PDF = PDF / "pojk-22-pojk01-2015-penyidikan.pdf"
SMALL_PDF = PDF / "uu-9-1997-pengesahan-traktat-sea-nwfz.pdf"   # 5 pages

#: A small regulation with accented letters, saved by a Windows editor (cp1252).
CP1252_REGULATION = """\
UNDANG-UNDANG REPUBLIK INDONESIA
NOMOR 5 TAHUN 2019
TENTANG
KAFÉ DAN RESTORAN

DENGAN RAHMAT TUHAN YANG MAHA ESA

PRESIDEN REPUBLIK INDONESIA,

MEMUTUSKAN:
Menetapkan: UNDANG-UNDANG TENTANG KAFÉ DAN RESTORAN.

BAB I
KETENTUAN UMUM

Pasal 1
Dalam Undang-Undang ini yang dimaksud dengan Kafé adalah tempat usaha milik Herr Schröder
yang menyajikan crème brûlée.

Pasal 2
(1) Setiap pengelola kafé wajib memiliki izin usaha.
(2) Izin sebagaimana dimaksud pada ayat (1) diberikan oleh Bupati.

Disahkan di Jakarta
pada tanggal 1 Januari 2019
"""

#: A regulation in a folder whose name ends in .pdf (a folder, so it is walked).
NESTED_REGULATION = """\
PERATURAN DAERAH KABUPATEN CONTOH
NOMOR 3 TAHUN 2020
TENTANG
PASAR RAKYAT

MEMUTUSKAN:

Pasal 1
Pasar rakyat dikelola oleh Pemerintah Daerah.

Pasal 2
Pedagang wajib menjaga kebersihan pasar.

Ditetapkan di Contoh
pada tanggal 2 Maret 2020
"""


#: The readable page of a PDF whose second page is damaged.
DAMAGED_PAGE_REGULATION = """\
PERATURAN BUPATI CONTOH
NOMOR 4 TAHUN 2021
TENTANG
JAM OPERASIONAL PASAR
MEMUTUSKAN:
Pasal 1
Pasar rakyat dibuka setiap hari pukul 05.00 sampai dengan pukul 17.00.
Pasal 2
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
Ditetapkan di Contoh
pada tanggal 5 April 2021
"""


def text_pdf(path: Path, *pages: list[str], damaged_page: bool = False) -> Path:
    """A minimal, valid PDF with one page per list of lines (Helvetica text layer); no
    lists: a PDF without pages. ``damaged_page`` adds a last page that no reader can load
    (the page tree lists itself as its own kid)."""
    def escape(line: str) -> bytes:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        content = b"BT /F1 11 Tf 56 800 Td 14 TL " + b" ".join(
            b"(" + escape(line) + b") Tj T*" for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                       % len(objects))
        kids.append(b"%d 0 R" % len(objects))
    if damaged_page:
        kids.append(b"2 0 R")
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    path.write_bytes(assemble_pdf(objects))
    return path


def encrypted_pdf(source: Path, path: Path, user_password: str) -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=source)
    writer.encrypt(user_password=user_password, owner_password="x")
    writer.write(path)
    return path


def run(*args, env: dict | None = None):
    """The CLI in this process; an exception escaping it is kept in ``result.exception``."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def run_process(*args, env: dict | None = None, prefix: list[str] | None = None, timeout=120):
    command = [*(prefix or []), sys.executable, "-m", "regsearch", *[str(a) for a in args]]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, errors="backslashreplace")


def no_traceback(result) -> None:
    """Nothing escaped the CLI, and no traceback was printed."""
    if isinstance(result, subprocess.CompletedProcess):
        output = result.stdout + result.stderr
    else:
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            f"{type(result.exception).__name__}: {result.exception}"
        output = result.output + result.stderr
    assert "Traceback" not in output, output


def failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.startswith("regsearch: ") and not line.startswith("regsearch: warning:")]


def failed_count(stderr: str) -> int:
    match = re.search(r"(\d+) failed", stderr)
    assert match, stderr
    return int(match.group(1))


def listed(index_dir: Path) -> dict[str, list[str]]:
    """id → the source paths of ``regsearch list --json``."""
    result = run("list", "--index", index_dir, "--json")
    assert result.exit_code == 0, result.stderr
    by_id: dict[str, list[str]] = {}
    for entry in json.loads(result.stdout):
        by_id.setdefault(entry["id"], []).append(entry["source"]["path"])
    return by_id


# --------------------------------------------------------------------------------------------
# one folder of good and bad files, indexed once


# file name → what stderr must say about it
BAD_FILES = {
    "zero.pdf": "file is empty",
    "truncated.pdf": "not a readable PDF",
    "random.pdf": "not a readable PDF",
    "locked.pdf": "PDF is password-protected",
    "shopping-list.pdf": "no regulation found",
    "no-pages.pdf": "the document has no pages",
}
#: A file name with a line break and a terminal escape sequence (random bytes inside).
CONTROL_NAME = "line\nbreak\x1b[31m.pdf"
#: Not regular files (a FIFO would block a reader forever).
NOT_REGULAR = {
    "fifo.pdf": "not a regular file",
    "dangling.pdf": "no such file",
}
#: id → file name of every document that must be indexed.
GOOD = {
    "uu-22-2014": GOOD_TEXT.name,
    "pojk-22-2015": GOOD_PDF.name,
    "uu-9-1997": "open-encrypted.pdf",         # encrypted; the empty user password opens it
    "uu-5-2019": "windows-1252.txt",
    "perda-kabupaten-contoh-3-2020": "bundle.pdf/pasar-rakyat.txt",  # a folder named *.pdf is a folder
    "perbup-contoh-4-2021": "damaged-page.pdf",    # its one readable page is kept
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad-inputs") / "docs"
    folder.mkdir()
    shutil.copy(GOOD_TEXT, folder)
    shutil.copy(GOOD_PDF, folder)
    (folder / "zero.pdf").write_bytes(b"")
    data = GOOD_PDF.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "random.pdf").write_bytes(random.Random(7).randbytes(5000))
    (folder / CONTROL_NAME).write_bytes(random.Random(8).randbytes(500))
    encrypted_pdf(SMALL_PDF, folder / "open-encrypted.pdf", "")
    encrypted_pdf(GOOD_PDF, folder / "locked.pdf", "secret")
    text_pdf(folder / "shopping-list.pdf",
             ["Daftar belanja hari Sabtu", "beras 5 kg, telur 1 kg, minyak goreng 2 liter",
              "sabun cuci, gula pasir, kopi bubuk"])
    text_pdf(folder / "no-pages.pdf")
    text_pdf(folder / "damaged-page.pdf", DAMAGED_PAGE_REGULATION.splitlines(), damaged_page=True)
    (folder / "windows-1252.txt").write_bytes(CP1252_REGULATION.encode("cp1252"))
    (folder / "bundle.pdf").mkdir()
    (folder / "bundle.pdf" / "pasar-rakyat.txt").write_text(NESTED_REGULATION, encoding="utf-8")
    os.mkfifo(folder / "fifo.pdf")
    (folder / "dangling.pdf").symlink_to(folder / "gone.pdf")
    return folder


@pytest.fixture(scope="module")
def indexed(bad_folder, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("bad-inputs-index")
    first = run("index", bad_folder, "--index", index_dir)
    again = run("index", bad_folder, "--index", index_dir)  # an update: bad files are retried
    return SimpleNamespace(folder=bad_folder, index_dir=index_dir, first=first, again=again,
                           listed=listed(index_dir))


def test_index_exits_1_and_never_prints_a_traceback(indexed):
    for result in (indexed.first, indexed.again):
        no_traceback(result)
        assert result.exit_code == 1, result.stderr


def test_every_failure_is_one_line_and_counted(indexed):
    lines = failure_lines(indexed.first.stderr)
    assert len(lines) == failed_count(indexed.first.stderr)
    named = {line.split(": ")[1] for line in lines}
    assert named >= {str(indexed.folder / name) for name in BAD_FILES}
    assert not named & {str(indexed.folder / name) for name in GOOD.values()}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_named_with_its_reason(indexed, name):
    path = indexed.folder / name
    lines = [line for line in failure_lines(indexed.first.stderr)
             if line.startswith(f"regsearch: {path}: ")]
    assert len(lines) == 1, indexed.first.stderr
    assert re.search(BAD_FILES[name], lines[0]), lines[0]


@pytest.mark.parametrize("name", sorted(NOT_REGULAR))
def test_file_that_is_not_a_regular_file_is_named(indexed, name):
    path = indexed.folder / name
    lines = [line for line in failure_lines(indexed.first.stderr)
             if line.startswith(f"regsearch: {path}: ")]
    assert len(lines) == 1 and re.search(NOT_REGULAR[name], lines[0]), indexed.first.stderr


@pytest.mark.parametrize("name", sorted(NOT_REGULAR))
def test_file_that_is_not_a_regular_file_named_explicitly(tmp_path, bad_folder, name):
    """Named on the command line beside a good file: the good one is indexed."""
    result = run("index", bad_folder / name, GOOD_TEXT, "--index", tmp_path / "ix")
    no_traceback(result)
    assert result.exit_code == 1
    assert set(listed(tmp_path / "ix")) == {"uu-22-2014"}
    [line] = failure_lines(result.stderr)
    assert line.startswith(f"regsearch: {bad_folder / name}: ")
    assert re.search(NOT_REGULAR[name], line), line


def test_every_good_document_is_listed(indexed):
    for reg_id, name in GOOD.items():
        assert reg_id in indexed.listed, f"{name} was lost: {indexed.listed}"
        assert any(path.endswith(name) for path in indexed.listed[reg_id])
    assert f"{len(GOOD)} added" in indexed.first.stderr


def test_update_names_the_failures_again_and_keeps_the_good(indexed):
    again = failure_lines(indexed.again.stderr)
    assert len(again) == len(failure_lines(indexed.first.stderr))
    for line in failure_lines(indexed.first.stderr):  # the same reason (and maybe a remark)
        assert any(other.startswith(line) for other in again), (line, again)
    assert f"0 added, 0 updated, 0 removed, {len(GOOD)} unchanged" in indexed.again.stderr


def test_file_name_with_control_characters_stays_on_one_line(indexed):
    shown = f"regsearch: {indexed.folder}/line\\nbreak\\x1b[31m.pdf: not a readable PDF"
    assert any(line.startswith(shown) for line in failure_lines(indexed.first.stderr)), \
        indexed.first.stderr
    assert "\x1b" not in indexed.first.stderr


def test_not_a_regulation_says_so(indexed):
    [line] = [line for line in failure_lines(indexed.first.stderr) if "shopping-list" in line]
    assert line.endswith("no regulation found (no title block and no Pasal)")


def test_encrypted_pdf_with_empty_password_is_indexed_whole(indexed):
    result = run("show", "UU 9/1997 Pasal 1", "--index", indexed.index_dir, "--json")
    assert result.exit_code == 0, result.stderr
    view = json.loads(result.stdout)
    assert view["source"]["path"].endswith("open-encrypted.pdf") and view["source"]["page"]


def test_pdf_with_a_damaged_page_keeps_its_readable_pages(indexed):
    result = run("show", "PERBUP 4/2021 Pasal 1", "--index", indexed.index_dir, "--json")
    assert result.exit_code == 0, result.stderr
    view = json.loads(result.stdout)
    assert view["source"] == {"path": view["source"]["path"], "page": 1,
                              "absolute_path": view["source"]["path"]}   # (outside the cwd)
    assert "pukul 05.00" in view["text"]


def test_cp1252_text_keeps_every_character(indexed):
    result = run("show", "UU 5/2019 Pasal 1", "--index", indexed.index_dir, "--json")
    assert result.exit_code == 0, result.stderr
    view = json.loads(result.stdout)
    for word in ("Kafé", "Schröder", "crème brûlée"):
        assert word in view["text"]
    assert "\ufffd" not in view["text"]
    assert view["regulation"]["title"].endswith("tentang Kafé dan Restoran")
    query = run("query", "kafé", "--index", indexed.index_dir, "--json")
    assert query.exit_code == 0
    assert {hit["regulation"]["id"] for hit in json.loads(query.stdout)["hits"]} == {"uu-5-2019"}


# --------------------------------------------------------------------------------------------
# the per-file time and memory bound, end to end


@pytest.fixture()
def folder_with_bomb(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(GOOD_TEXT, folder)
    shutil.copy(GOOD_PDF, folder)
    _bomb_pdf(folder / "bomb.pdf", 1000)  # a 1 KB file whose page inflates to 1 GB
    return folder


def test_pdf_over_the_memory_bound_is_skipped_in_a_real_process(folder_with_bomb, tmp_path):
    result = run_process("index", folder_with_bomb, "--index", tmp_path / "ix",
                         env={"REGSEARCH_EXTRACT_MEMORY_MB": "150"})
    no_traceback(result)
    assert result.returncode == 1, result.stderr
    [line] = failure_lines(result.stderr)
    assert line.startswith(f"regsearch: {folder_with_bomb / 'bomb.pdf'}: ")
    assert "more than 150 MB" in line and line.endswith("skipped")
    assert set(listed(tmp_path / "ix")) == {"uu-22-2014", "pojk-22-2015"}


def test_pdf_over_the_time_bound_is_skipped(folder_with_bomb, tmp_path):
    # unbounded, PDFium needs ~8 s for the bomb; the good PDF takes a fraction of a second
    result = run("index", folder_with_bomb, "--index", tmp_path / "ix",
                 env={"REGSEARCH_EXTRACT_TIMEOUT": "1.5", "REGSEARCH_EXTRACT_MEMORY_MB": "0"})
    no_traceback(result)
    assert result.exit_code == 1, result.stderr
    [line] = failure_lines(result.stderr)
    assert line == (f"regsearch: {folder_with_bomb / 'bomb.pdf'}: "
                    "extraction took longer than 1.5 s; skipped")
    assert set(listed(tmp_path / "ix")) == {"uu-22-2014", "pojk-22-2015"}


# --------------------------------------------------------------------------------------------
# unreadable files and folders (as root nothing is unreadable: run the CLI as nobody)


def _unprivileged() -> list[str] | None:
    """A command prefix under which chmod 000 makes a file unreadable, or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import regsearch.cli"],
                           capture_output=True)
    return prefix if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def unreadable_run():
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("cannot run the CLI as an unprivileged user here")
    base = Path(tempfile.mkdtemp(prefix="regsearch-unreadable-"))
    try:
        base.chmod(0o755)
        folder = base / "docs"
        folder.mkdir()
        shutil.copy(GOOD_TEXT, folder)
        shutil.copy(GOOD_PDF, folder)
        (folder / "secret.txt").write_text(NESTED_REGULATION, encoding="utf-8")
        closed = folder / "closed"
        closed.mkdir()
        shutil.copy(TEXT / "uu-8-2015-perubahan-uu-1-2015-pilkada.txt", closed)
        explicit = base / "explicit-secret.txt"
        explicit.write_text(CP1252_REGULATION, encoding="utf-8")
        for path in (folder, *folder.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
        for path in (folder / "secret.txt", closed, explicit):
            path.chmod(0)
        index_dir = base / "ix"
        index_dir.mkdir()
        index_dir.chmod(0o777)
        result = run_process("index", folder, explicit, "--index", index_dir, prefix=prefix)
        yield SimpleNamespace(folder=folder, explicit=explicit, closed=closed,
                              index_dir=index_dir, result=result)
    finally:
        for path in base.rglob("*"):
            if not path.is_symlink():
                path.chmod(stat.S_IRWXU)
        shutil.rmtree(base, ignore_errors=True)


def test_unreadable_files_are_named_and_the_rest_indexed(unreadable_run):
    result = unreadable_run.result
    no_traceback(result)
    # 1, not 2: a path that cannot be read is a failed file, not a usage error
    assert result.returncode == 1, result.stderr
    lines = failure_lines(result.stderr)
    for path in (unreadable_run.folder / "secret.txt", unreadable_run.explicit):
        assert f"regsearch: {path}: cannot read file (Permission denied)" in lines, result.stderr
    assert {"uu-22-2014", "pojk-22-2015"} <= set(listed(unreadable_run.index_dir))


def test_unreadable_subfolder_is_named(unreadable_run):
    lines = failure_lines(unreadable_run.result.stderr)
    assert any(line.startswith(f"regsearch: {unreadable_run.closed}") for line in lines), \
        unreadable_run.result.stderr


# --------------------------------------------------------------------------------------------
# file names that are not UTF-8 (a Windows zip unpacked on Linux)


@pytest.fixture(scope="module")
def odd_names_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("odd-names")
    folder = base / "docs"
    folder.mkdir()
    shutil.copy(GOOD_TEXT, folder)
    latin1_name = os.fsdecode(b"peraturan-caf\xe9.txt")  # a surrogate escape in Python
    (folder / latin1_name).write_bytes(CP1252_REGULATION.encode("cp1252"))
    result = run_process("index", folder, "--index", base / "ix")
    return SimpleNamespace(folder=folder, index_dir=base / "ix", result=result)


def test_file_name_that_is_not_utf8_never_prints_a_traceback(odd_names_run):
    result = odd_names_run.result
    no_traceback(result)
    assert result.returncode in (0, 1)
    assert all(line.startswith("regsearch: ") for line in failure_lines(result.stderr))


def test_file_name_that_is_not_utf8_is_indexed_with_the_others(odd_names_run):
    assert odd_names_run.result.returncode == 0, odd_names_run.result.stderr
    found = listed(odd_names_run.index_dir)
    assert set(found) == {"uu-22-2014", "uu-5-2019"}
    assert found["uu-5-2019"][0].endswith("peraturan-caf\\xe9.txt")  # the byte, escaped


# --------------------------------------------------------------------------------------------
# the CLI's last resort


@pytest.mark.parametrize("error", [RuntimeError("boom\nsecond line"), KeyError("identity")])
def test_unexpected_error_is_one_line_not_a_traceback(tmp_path, monkeypatch, error):
    import regsearch.index

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(regsearch.index, "build_index", broken)
    result = run("index", GOOD_TEXT, "--index", tmp_path / "ix")
    no_traceback(result)
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()[-1:]
    assert line.startswith(f"regsearch: internal error: {type(error).__name__}")
    assert "second line" not in result.stderr


def test_closed_output_pipe_is_not_an_internal_error(tmp_path, monkeypatch):
    import regsearch.index

    def broken(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(regsearch.index, "build_index", broken)
    result = run("index", GOOD_TEXT, "--index", tmp_path / "ix")
    assert result.exit_code == 141 and "internal error" not in result.stderr   # 128 + SIGPIPE
