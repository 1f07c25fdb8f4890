"""OCR of pages without a text layer, for real: Tesseract (``ind``) on the bundled scan.

Skipped only when Tesseract or pytesseract is absent (``pip install 'regsearch[ocr]'`` and
Debian's ``tesseract-ocr tesseract-ocr-ind``; CI installs them). The missing-OCR error and
``ocr=False`` are tested in test_extract.py, where they run everywhere.
"""

import re

import pytest

from regsearch.extract import extract, ocr_available

from .conftest import PDF

SCAN = PDF / "pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf"
TEXT_PDF = PDF / "uu-9-1997-pengesahan-traktat-sea-nwfz.pdf"

pytestmark = pytest.mark.skipif(
    not ocr_available(),
    reason="OCR not installed: pip install 'regsearch[ocr]' and apt-get install "
           "tesseract-ocr tesseract-ocr-ind")


def pasal_headings(page: str) -> list[str]:
    return re.findall(r"(?m)^Pasal (\d+)$", page)


@pytest.fixture(scope="module")
def scanned():
    """The 4-page scan read once (OCR is on by default when installed), with its progress."""
    progress = []
    doc = extract(SCAN, on_page=lambda done, total: progress.append((done, total)))
    return doc, progress


def test_every_scanned_page_is_read_by_ocr(scanned):
    doc, progress = scanned
    assert doc.ocr_pages == (1, 2, 3, 4) and doc.empty_pages == ()
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert any("OCR" in note for note in doc.notes)


def test_article_headings_are_recovered(scanned):
    doc, _ = scanned
    assert pasal_headings(doc.pages[0]) == ["1", "2"]   # the body: Pasal 1 and Pasal 2
    assert pasal_headings(doc.pages[3]) == ["1", "2"]   # the Penjelasan, Pasal demi Pasal


def test_ocr_text_reads_as_the_regulation(scanned):
    doc, _ = scanned
    first = doc.pages[0]
    for phrase in ("PERATURAN PEMERINTAH REPUBLIK INDONESIA", "NOMOR 46 TAHUN 2009",
                   "BATAS PERTANGGUNGJAWABAN KERUGIAN NUKLIR", "Mengingat", "MEMUTUSKAN"):
        assert phrase in first
    assert "PENJELASAN" in doc.pages[2]
    assert all("\r" not in page for page in doc.pages)


def test_only_pages_without_text_are_ocrd(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.append(TEXT_PDF, pages=[0])
    writer.append(SCAN, pages=[3])  # the short last page of the scan: quick to read
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    doc = extract(mixed)
    assert doc.ocr_pages == (2,)
    assert doc.pages[0] == extract(TEXT_PDF).pages[0]
    assert pasal_headings(doc.pages[1]) == ["1", "2"]


def test_ocr_can_be_switched_off():
    doc = extract(SCAN, ocr=False)
    assert doc.ocr_pages == () and doc.empty_pages == (1, 2, 3, 4)
