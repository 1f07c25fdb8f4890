"""OCR of pages without a text layer, for real: Tesseract (``ind``) on the bundled scan.

Skipped only when Tesseract or pytesseract is absent (``pip install 'regsearch[ocr]'`` and
Debian's ``tesseract-ocr tesseract-ocr-ind``; CI installs them). The missing-OCR error and
``ocr=False`` are tested in test_extract.py, where they run everywhere.
"""

import re
import shutil

import pytest

import regsearch
import regsearch.extract as extract_module
from regsearch.extract import OCR_READY, extract, ocr_available, ocr_state

from .conftest import PDF
from .pdfs import scanned_copy

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


PERPRES_74 = PDF / "perpres-74-2012-pertanggungjawaban-kerugian-nuklir.pdf"


@pytest.fixture(scope="module")
def perpres_page_5_scanned(tmp_path_factory):
    """Perpres 74/2012 with page 5 (the end of Pasal 4, Pasal 5 ayat (1)-(5)) an image of
    itself at 200 dpi (QA 14 #1): hanging ayat numbers, each left of its paragraph."""
    return scanned_copy(PERPRES_74, {5}, tmp_path_factory.mktemp("scan") / "perpres-74.pdf")


def test_hanging_ayat_numbers_are_read_beside_their_text(perpres_page_5_scanned):
    """Tesseract's automatic layout printed "(3) (1) (2) (3) (4) (5)" as one column at the
    top of the page, away from their paragraphs; Pasal 5 then held ayat (6) alone."""
    doc = extract(perpres_page_5_scanned)
    assert doc.ocr_pages == (5,)
    page = doc.pages[4]
    markers = re.findall(r"(?m)^(\(\d\)|Pasal \d+)", page)
    assert markers == ["(3)", "Pasal 5", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    assert "(4) Salinan asli polis asuransi atau dokumen jaminan keuangan" in page


def test_the_scanned_page_parses_as_the_text_layer_does(perpres_page_5_scanned):
    scanned = regsearch.parse_file(perpres_page_5_scanned)
    original = regsearch.parse_file(PERPRES_74)

    def outline(reg):
        return [(a.pasal, [ayat.number for ayat in a.ayat]) for a in reg.articles]

    assert outline(scanned) == outline(original)
    assert [a.code for a in scanned.anomalies] == [a.code for a in original.anomalies] == []
    [pasal_5] = [a for a in scanned.articles if a.pasal == "5"]
    assert [ayat.number for ayat in pasal_5.ayat] == ["1", "2", "3", "4", "5", "6"]
    assert "komisioning" in pasal_5.ayat[3].text


def test_numbers_read_apart_from_their_text_are_an_anomaly(perpres_page_5_scanned,
                                                            monkeypatch):
    """Should a page still be read with its numbers apart — Tesseract's automatic layout
    (``--psm 3``) reads this page so — the regulation says so (``regsearch check`` and
    ``list`` show it, an index build warns): it had 0 anomalies while Pasal 5 held ayat (6)
    alone (QA 14 #1)."""
    monkeypatch.setattr(extract_module, "OCR_CONFIG", "--psm 3")
    monkeypatch.setenv("REGSEARCH_EXTRACT_START_METHOD", "fork")  # the child sees the patch
    reg = regsearch.parse_file(perpres_page_5_scanned)
    [pasal_5] = [a for a in reg.articles if a.pasal == "5"]
    assert [ayat.number for ayat in pasal_5.ayat] != ["1", "2", "3", "4", "5", "6"]
    apart = [a for a in reg.anomalies if a.code == "ocr_numbers_apart"]
    assert [(a.page, a.message) for a in apart] == [(5, (
        "page 5: OCR read 6 numbers apart from their text ((3) (1) (2) (3) (4) (5)); the "
        "ayat and items of this page may be merged or missing"))]


def test_ocr_can_be_switched_off():
    doc = extract(SCAN, ocr=False)
    assert doc.ocr_pages == () and doc.empty_pages == (1, 2, 3, 4)


@pytest.fixture()
def tesseract_outside_path(tmp_path, monkeypatch):
    """A PATH without Tesseract (as for a user who installed it elsewhere), and the program
    itself, for pytesseract's ``tesseract_cmd``."""
    program = shutil.which("tesseract")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.delenv("REGSEARCH_OCR", raising=False)
    return program


def test_ocr_state_honours_the_tesseract_pytesseract_is_set_to_run(tesseract_outside_path,
                                                                     tmp_path, monkeypatch):
    """QA: a user who set pytesseract.pytesseract.tesseract_cmd to a Tesseract outside PATH
    was told OCR is missing, and the scans the index holds as failures were never read."""
    import pytesseract

    assert ocr_state() == "auto: the tesseract program is not installed"
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", tesseract_outside_path)
    assert ocr_state() == OCR_READY and ocr_available()
    # and the other way round: set to a program that is not there, OCR cannot run
    missing = tmp_path / "opt" / "tesseract"
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(missing))
    assert ocr_state() == f"auto: no tesseract program at {missing} (pytesseract's tesseract_cmd)"
    assert not ocr_available()


def test_a_reader_started_without_fork_runs_the_tesseract_set(tesseract_outside_path,
                                                              tmp_path, monkeypatch):
    """A PDF is read in a child process; one spawned (a caller with threads) imports
    pytesseract anew, which would run `tesseract` from PATH again, not the one set."""
    import pypdf
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", tesseract_outside_path)
    monkeypatch.setenv("REGSEARCH_EXTRACT_START_METHOD", "spawn")
    writer = pypdf.PdfWriter()
    writer.append(TEXT_PDF, pages=[0])
    writer.append(SCAN, pages=[3])
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    doc = extract(mixed)
    assert doc.ocr_pages == (2,) and doc.ocr_skipped == ()
    assert pasal_headings(doc.pages[1]) == ["1", "2"]
