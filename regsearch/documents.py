"""One file → one annotated ``Regulation``: extract, parse, then tag rule kinds.

The I/O edge of the pipeline; ``parse`` and ``kinds`` stay pure. It adds the one anomaly
that only the reading of the file knows:

- ``ocr_skipped``  pages without a text layer were not OCR'd (OCR switched off, or unable
                   to run: "page 6 has no text layer and was not OCR'd (pytesseract is not
                   installed)"); its page is the first of them. An index reads such a file
                   again once OCR's state changed (``index``), as it does a scan that failed.
- ``ocr_numbers_apart`` OCR printed a run of ayat or list numbers on lines of their own, away
                   from their paragraphs ("(1) (2) (3) (4) (5)" at the top of the page): the
                   parser cannot tell which paragraph each numbers, so the page's ayat and
                   items may be merged or missing (``extract.numbers_apart``); one per page.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .errors import ExtractionError
from .extract import ExtractedDocument, extract
from .kinds import annotate_regulation
from .models import Anomaly, Regulation
from .parse import parse_pages

#: The anomaly of a PDF some of whose pages were not OCR'd (see the module docstring).
OCR_SKIPPED = "ocr_skipped"
#: The anomaly of an OCR'd page whose numbers were read apart from their text (ditto).
OCR_NUMBERS_APART = "ocr_numbers_apart"


def parse_file(path: str | Path) -> Regulation:
    """Read and parse a regulation file (PDF, .txt or .md) into its annotated structure.

    Raises ``ExtractionError`` when the file cannot be read and ``ParseError`` when no
    regulation structure can be recognised in it.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ExtractionError(f"a file to parse is a path, like 'corpus/text/uu-13-2003.txt', "
                              f"not {type(path).__name__}")
    document = extract(path)
    regulation = parse_pages(document.pages, path=document.path, paged=document.paged)
    found = _reading_anomalies(document)
    if found:
        regulation = replace(regulation, anomalies=regulation.anomalies + found)
    return annotate_regulation(regulation)


def _reading_anomalies(document: ExtractedDocument) -> tuple[Anomaly, ...]:
    """What the reading of the file knows and the parser cannot (see the module docstring)."""
    found = []
    if document.ocr_skipped_note:
        found.append(Anomaly(OCR_SKIPPED, document.ocr_skipped_note, document.ocr_skipped[0]))
    for page, numbers in document.ocr_numbers_apart:
        shown = " ".join(numbers[:6]) + (" …" if len(numbers) > 6 else "")
        found.append(Anomaly(OCR_NUMBERS_APART, (
            f"page {page}: OCR read {len(numbers)} numbers apart from their text ({shown}); "
            "the ayat and items of this page may be merged or missing"), page))
    return tuple(found)
