"""Extraction: PDFs page by page, text files as one page, clear errors for bad files, both
backends, and the time/memory bounds that keep one hostile PDF from stopping a rebuild."""

import logging
import os
import time
import zlib

import pytest

import regsearch.extract as extract_module
from regsearch.errors import ExtractionError
from regsearch.extract import decode_text, extract, extract_many, normalise_page_text

from .conftest import PDF, TEXT
from .pdfs import assemble_pdf

SMALL = PDF / "uu-9-1997-pengesahan-traktat-sea-nwfz.pdf"    # 5 pages
BIG = PDF / "uu-13-2003-ketenagakerjaan.pdf"                # 94 pages: seconds with pypdf
SCAN = PDF / "pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf"


def test_pdf_pages_are_kept_in_order():
    doc = extract(PDF / "pojk-22-pojk01-2015-penyidikan.pdf")
    assert doc.paged and len(doc.pages) == 7
    assert "PENYIDIKAN TINDAK PIDANA" in doc.pages[0]
    assert "Pasal 2" in doc.pages[2]


def test_text_file_is_one_unpaged_page():
    doc = extract(TEXT / "uu-22-2014-pilkada.txt")
    assert not doc.paged and len(doc.pages) == 1
    assert "Pasal 72" in doc.pages[0]


def test_undecodable_bytes_are_replaced_not_fatal(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("UNDANG-UNDANG NOMOR 1 TAHUN 2020\nPasal 1\nKetentuan \xe9".encode("latin-1"))
    doc = extract(path)
    assert "Pasal 1" in doc.pages[0] and "\ufffd" in doc.pages[0]


def test_scan_reports_pages_without_text():
    doc = extract(SCAN, ocr=False)
    assert doc.empty_pages == (1, 2, 3, 4)


@pytest.mark.parametrize("name, content, reason", [
    ("empty.pdf", b"", "empty"),
    ("random.pdf", b"\x00\x01garbage" * 50, "not a readable PDF"),
    ("empty.txt", b"   \n", "empty"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_files_raise_one_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason) as info:
        extract(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_truncated_pdf_is_an_extraction_error_or_partial_text(tmp_path):
    data = (PDF / "perpres-74-2012-pertanggungjawaban-kerugian-nuklir.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        doc = extract(path)
    except ExtractionError as exc:
        assert "truncated.pdf" in str(exc)
    else:  # a backend may recover some pages; it must then still give pages of text
        assert all(isinstance(p, str) for p in doc.pages)


def test_pypdf_log_noise_is_silenced(caplog):
    noisy = PDF / "perka-bapeten-7-2017-perubahan-perka-7-2013.pdf"  # pypdf warns on its fonts
    with caplog.at_level(logging.DEBUG, logger="pypdf"):
        import pypdf

        for page in pypdf.PdfReader(noisy).pages:
            page.extract_text()
        assert any(r.name.startswith("pypdf") for r in caplog.records)  # the noise is real
        caplog.clear()
        logging.getLogger("regsearch").setLevel(logging.WARNING)
        extract(noisy, backend="pypdf")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_verbose_lets_pypdf_speak(caplog):
    noisy = PDF / "perka-bapeten-7-2017-perubahan-perka-7-2013.pdf"
    regsearch_logger = logging.getLogger("regsearch")
    regsearch_logger.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG, logger="pypdf"):
            extract(noisy, backend="pypdf")  # pypdf runs in a child; its records come back
    finally:
        regsearch_logger.setLevel(logging.NOTSET)
    assert any(r.name.startswith("pypdf") for r in caplog.records)


# --- backends ----------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["pypdfium2", "pypdf"])
def test_both_backends_give_the_same_page_shape(backend):
    doc = extract(PDF / "pojk-22-pojk01-2015-penyidikan.pdf", backend)
    assert len(doc.pages) == 7 and "Pasal 2" in doc.pages[2].splitlines()
    for page in doc.pages:
        assert "\r" not in page and "\x02" not in page and "\ufffe" not in page
        assert all(line == line.rstrip() for line in page.split("\n"))
        assert page == page.strip("\n")


def test_backends_find_the_same_pasal_headings():
    def headings(backend):
        doc = extract(PDF / "perpres-74-2012-pertanggungjawaban-kerugian-nuklir.pdf", backend)
        return [line for page in doc.pages for line in page.splitlines()
                if line.startswith("Pasal ") and line[6:].isdigit()]

    assert headings("pypdfium2") == headings("pypdf") == [f"Pasal {n}" for n in range(1, 10)]


def test_pdfium_line_end_hyphen_becomes_hyphen_and_newline():
    assert normalise_page_text("peraturan perundang\ufffeundangan yang\r\nberlaku \r\n") == \
        "peraturan perundang-\nundangan yang\nberlaku"
    assert normalise_page_text("pemerin\x02tah") == "pemerin-\ntah"
    doc = extract(BIG)  # PDFium marks "Undang-Undang" broken over a line on page 3
    assert "Undang-\nUndang Dasar" in doc.pages[2]


def test_default_backend_is_pdfium_and_unknown_backend_is_refused():
    assert extract_module.DEFAULT_BACKEND == "pypdfium2"
    with pytest.raises(ValueError, match="unknown PDF backend"):
        extract(SMALL, "poppler")


def test_pypdf_reads_what_pdfium_cannot_open(tmp_path):
    path = tmp_path / "junk-before-header.pdf"  # e.g. a download with a banner prepended
    path.write_bytes(b"x" * 1100 + SMALL.read_bytes())
    doc = extract(path)
    assert len(doc.pages) == 5 and "NOMOR 9 TAHUN 1997" in doc.pages[0]
    assert any("read with pypdf" in note for note in doc.notes)


def _encrypted(tmp_path, name, user_password):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=SMALL)
    writer.encrypt(user_password, owner_password="owner")  # RC4: no crypto library needed
    path = tmp_path / name
    writer.write(path)
    return path


@pytest.mark.parametrize("backend", ["pypdfium2", "pypdf"])
def test_encrypted_pdf_opens_with_empty_password_else_says_protected(tmp_path, backend):
    opened = extract(_encrypted(tmp_path, "open.pdf", ""), backend)
    assert "NOMOR 9 TAHUN 1997" in opened.pages[0]
    locked = _encrypted(tmp_path, "locked.pdf", "secret")
    with pytest.raises(ExtractionError, match="password-protected") as info:
        extract(locked, backend)
    assert str(info.value).startswith(str(locked))


# --- files that are not what they seem ----------------------------------------------------

@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_directory_and_fifo_fail_at_once(tmp_path, suffix):
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    with pytest.raises(ExtractionError, match="directory"):
        extract(folder)
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)  # opening it would block forever
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="not a regular file"):
        extract(fifo)
    assert time.monotonic() - started < 2
    with pytest.raises(ExtractionError, match="missing.* no such file or folder"):
        extract(tmp_path / f"missing{suffix}")   # said as `regsearch index` says it


def test_cp1252_text_is_decoded_without_loss(tmp_path):
    original = ("PERATURAN DAERAH\nPasal 1\nDalam Peraturan ini yang dimaksud dengan "
                "“Café” – naïve, résumé, Señor, façade.\n")
    path = tmp_path / "windows.txt"
    path.write_bytes(original.encode("cp1252"))
    doc = extract(path)
    assert doc.pages[0] == original
    assert any("cp1252" in note for note in doc.notes)
    # the five bytes cp1252 leaves undefined survive as themselves
    assert decode_text(b"\x81\x8d\x8f\x90\x9d caf\xe9 na\xefve r\xe9sum\xe9") == \
        ("\x81\x8d\x8f\x90\x9d café naïve résumé", "cp1252")


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "word-export.txt"
    path.write_bytes("Pasal 1\nKetentuan umum".encode("utf-16"))
    assert extract(path).pages[0] == "Pasal 1\nKetentuan umum"


# --- bounds: time and memory -------------------------------------------------------------

def _bomb_pdf(path, megabytes):
    """A one-page PDF whose content stream inflates to ``megabytes`` MB (Flate twice over,
    so the file is ~1 KB). Built from repeated full-flush deflate blocks: no need to
    compress the megabytes themselves."""
    text = b"BT /F1 12 Tf 72 720 Td (Pasal 1) Tj ET\n"
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(text) + deflate.flush(zlib.Z_FULL_FLUSH)
    spaces = b" " * (1 << 20)
    block = deflate.compress(spaces) + deflate.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(text)
    for _ in range(megabytes):
        checksum = zlib.adler32(spaces, checksum)
    inner = b"\x78\xda" + head + block * megabytes + deflate.flush() + checksum.to_bytes(4, "big")
    stream = zlib.compress(inner, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(stream)
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(assemble_pdf(objects))
    return path


def test_small_flate_pdf_is_read(tmp_path):
    doc = extract(_bomb_pdf(tmp_path / "tiny.pdf", 1))
    assert doc.pages == ("Pasal 1",)


def test_slow_pdf_is_stopped_at_the_timeout():
    started = time.monotonic()
    with pytest.raises(ExtractionError, match=r"took longer than 0.3 s; skipped") as info:
        extract(BIG, backend="pypdf", timeout=0.3)  # pypdf needs seconds for 94 pages
    assert time.monotonic() - started < 2.5
    assert str(info.value).startswith(str(BIG))


def test_timeout_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("REGSEARCH_EXTRACT_TIMEOUT", "0.3")
    with pytest.raises(ExtractionError, match="took longer than 0.3 s"):
        extract(BIG, backend="pypdf")


@pytest.mark.parametrize("backend", ["pypdfium2", "pypdf"])
def test_decompression_bomb_is_stopped_at_the_memory_limit(tmp_path, backend):
    bomb = _bomb_pdf(tmp_path / "bomb.pdf", 400)  # 400 MB of content stream, 1 KB of file
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="more than 150 MB") as info:
        extract(bomb, backend, memory_mb=150)
    assert time.monotonic() - started < 10
    assert str(info.value).startswith(str(bomb)) and "\n" not in str(info.value)


def test_memory_limit_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REGSEARCH_EXTRACT_MEMORY_MB", "150")
    with pytest.raises(ExtractionError, match="more than 150 MB"):
        extract(_bomb_pdf(tmp_path / "bomb.pdf", 400))


def test_extract_many_keeps_order_and_survives_bad_files(tmp_path):
    random_pdf = tmp_path / "random.pdf"
    random_pdf.write_bytes(os.urandom(2000))
    slow = _bomb_pdf(tmp_path / "slow.pdf", 400)  # seconds for PDFium: hits the timeout
    paths = [SMALL, slow, TEXT / "uu-22-2014-pilkada.txt", random_pdf, tmp_path / "missing.pdf",
             PDF / "pojk-22-pojk01-2015-penyidikan.pdf"]
    started = time.monotonic()
    results = list(extract_many(paths, workers=2, timeout=1.0))
    assert time.monotonic() - started < 8
    assert [path for path, _ in results] == [str(p) for p in paths]
    kinds = [type(result).__name__ for _, result in results]
    assert kinds == ["ExtractedDocument", "ExtractionError", "ExtractedDocument",
                     "ExtractionError", "ExtractionError", "ExtractedDocument"]
    assert "took longer than 1 s" in str(results[1][1])
    assert "not a readable PDF" in str(results[3][1])
    assert len(results[5][1].pages) == 7


def test_isolated_and_in_process_extraction_agree():
    assert extract(SMALL) == extract(SMALL, isolated=False)


def test_children_also_start_without_fork(monkeypatch):
    # what a multi-threaded caller gets: fork could copy a lock another thread holds
    monkeypatch.setenv("REGSEARCH_EXTRACT_START_METHOD", "forkserver")
    assert extract_module._start_method() == "forkserver"
    assert extract(SMALL) == extract(SMALL, isolated=False)


# --- OCR switched off or missing (the OCR itself: test_ocr.py) ---------------------------

def test_scan_without_ocr_names_the_file_and_the_extra(monkeypatch):
    monkeypatch.setattr(extract_module, "_ocr_problem", lambda: "pytesseract is not installed")
    with pytest.raises(ExtractionError) as info:
        extract(SCAN, isolated=False)
    message = str(info.value)
    assert message.startswith(f"{SCAN}: no text layer (scanned PDF); install OCR support with "
                              "pip install 'regsearch[ocr]' and Debian's tesseract-ocr "
                              "tesseract-ocr-ind")
    assert "\n" not in message


def _text_page_then_scan_page(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.append(SMALL, pages=[0])
    writer.append(SCAN, pages=[0])
    path = tmp_path / "mixed.pdf"
    writer.write(path)
    return path


def test_mixed_document_without_ocr_keeps_its_text_and_says_why_once(tmp_path, monkeypatch,
                                                                    caplog):
    """The pages left unread are the document's to say (``ocr_skipped_note``); the log line
    is a detail for --verbose. As a WARNING it was printed beside the index's own warning
    for the same cause, in another format (QA 14 #13)."""
    monkeypatch.setattr(extract_module, "_ocr_problem", lambda: "pytesseract is not installed")
    with caplog.at_level(logging.DEBUG, logger="regsearch"):
        doc = extract(_text_page_then_scan_page(tmp_path), isolated=False)
    assert doc.empty_pages == (2,) and "NOMOR 9 TAHUN 1997" in doc.pages[0]
    said = [r for r in caplog.records if "page 2 has no text layer" in r.getMessage()]
    assert [r.levelno for r in said] == [logging.INFO]
    assert "pip install 'regsearch[ocr]'" in said[0].getMessage()
    assert doc.ocr_skipped_note in doc.notes


def test_an_empty_path_is_named_as_such(tmp_path, monkeypatch):
    """QA 14 #13: ``parse_file("")`` said ": no such file or folder" (an empty name)."""
    import regsearch

    monkeypatch.chdir(tmp_path)  # "" is not read as the working directory either
    for read in (extract, regsearch.parse_file):
        with pytest.raises(ExtractionError) as raised:
            read("")
        assert str(raised.value) == "an empty path names no file to read"


def test_ocr_off_leaves_scanned_pages_empty(monkeypatch):
    monkeypatch.setenv("REGSEARCH_OCR", "off")
    doc = extract(SCAN)
    assert doc.empty_pages == (1, 2, 3, 4) and doc.ocr_pages == ()


def test_pages_left_unread_for_want_of_ocr_are_named_with_why(tmp_path, monkeypatch):
    """A partly scanned PDF read without OCR: which pages it skipped, and why, travel with the
    document, so that an index can read the file again once OCR runs (the warning alone was
    a log line, gone with the build)."""
    monkeypatch.setattr(extract_module, "_ocr_problem", lambda: "pytesseract is not installed")
    doc = extract(_text_page_then_scan_page(tmp_path), isolated=False)
    assert doc.ocr_skipped == (2,) and doc.ocr_problem == "pytesseract is not installed"
    assert doc.ocr_skipped_note == ("page 2 has no text layer and was not OCR'd "
                                    "(pytesseract is not installed)")
    assert doc.ocr_skipped_note in doc.notes


def test_pages_left_unread_with_ocr_off_are_named_too(tmp_path, monkeypatch):
    """Switched off, OCR reads nothing, but the pages it would have read are named (through
    the child process that reads the PDF): switched on later, an index has them to read."""
    monkeypatch.setenv("REGSEARCH_OCR", "off")
    doc = extract(_text_page_then_scan_page(tmp_path))
    assert doc.ocr_skipped == (2,) and doc.ocr_problem == "OCR is off"
    assert doc.ocr_skipped_note == "page 2 has no text layer and was not OCR'd (OCR is off)"
    assert extract(SCAN).ocr_skipped == (1, 2, 3, 4)
    # pages with a text layer are no pages OCR would read
    assert extract(SMALL).ocr_skipped == () and extract(SMALL).ocr_skipped_note is None


def _children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] not in "ZX":
                found.append(int(entry))
    return found


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in "ZX"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs Linux /proc")
def test_reader_child_dies_with_a_killed_parent(tmp_path):
    import signal
    import subprocess
    import sys

    bomb = _bomb_pdf(tmp_path / "bomb.pdf", 1000)  # ~15 s of PDFium work
    code = f"from regsearch.extract import extract; extract({str(bomb)!r}, timeout=60)"
    parent = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 10
        while not (children := _children(parent.pid)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert children, "the reader child never started"
        time.sleep(0.3)  # let it get past its start-up, into PDFium
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 1
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not any(_alive(c) for c in children)  # an orphan would hold the index lock


def test_ocr_render_size_is_bounded():
    a4 = (595.0, 842.0)
    assert extract_module._render_scale(a4, 300) == pytest.approx(300 / 72)
    poster = (14400.0, 14400.0)  # a 5 m page: 300 dpi would be 3.6 gigapixels
    scale = extract_module._render_scale(poster, 300)
    assert (poster[0] * scale) * (poster[1] * scale) <= extract_module._MAX_OCR_PIXELS * 1.001
    assert extract_module._render_dpi(64) == 150 and extract_module._render_dpi(300) == 300


def test_numbers_apart_are_told_from_numbered_paragraphs():
    """Verbatim from the corpus's Perpres 74/2012 page 5: read whole, each number on its
    paragraph's line; read by the automatic layout, the numbers in a run of their own."""
    layer = ("Pasal 5\n(1) Pertanggungjawaban kerugian nuklir sebagaimana dimaksud\n"
             "dalam Pasal 4 untuk setiap instalasi nuklir dilakukan melalui\n"
             "(2) Asuransi atau jaminan keuangan lainnya sebagaimana dimaksud")
    assert extract_module.numbers_apart(layer) == ()
    apart = "(3)\n\n(1)\n\n(2)\n\nPRESIDEN\nREPUBLIK INDONESIA\n(3) Ketentuan mengenai"
    assert extract_module.numbers_apart(apart) == ("(3)", "(1)", "(2)")
    assert extract_module.numbers_apart("(1)\n\n(2)\nPasal 5") == ()  # two: not a run
