"""Extraction: PDFs page by page, text files as one page, clear errors for bad files."""

import logging

import pytest

from regsearch.errors import ExtractionError
from regsearch.extract import extract

from .conftest import PDF, TEXT


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
    doc = extract(PDF / "pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf")
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
    else:  # pypdf may recover some pages; it must then still give pages of text
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
        extract(noisy)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_verbose_lets_pypdf_speak(caplog):
    noisy = PDF / "perka-bapeten-7-2017-perubahan-perka-7-2013.pdf"
    regsearch_logger = logging.getLogger("regsearch")
    regsearch_logger.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG, logger="pypdf"):
            extract(noisy)
    finally:
        regsearch_logger.setLevel(logging.NOTSET)
    assert any(r.name.startswith("pypdf") for r in caplog.records)
