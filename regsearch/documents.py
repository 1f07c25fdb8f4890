"""One file → one annotated ``Regulation``: extract, parse, then tag rule kinds.

The I/O edge of the pipeline; ``parse`` and ``kinds`` stay pure. It adds the one anomaly
that only the reading of the file knows:

- ``ocr_skipped``  pages without a text layer were not OCR'd (OCR switched off, or unable
                   to run: "page 6 has no text layer and was not OCR'd (pytesseract is not
                   installed)"); its page is the first of them. An index reads such a file
                   again once OCR's state changed (``index``), as it does a scan that failed.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .errors import ExtractionError
from .extract import extract
from .kinds import annotate_regulation
from .models import Anomaly, Regulation
from .parse import parse_pages

#: The anomaly of a PDF some of whose pages were not OCR'd (see the module docstring).
OCR_SKIPPED = "ocr_skipped"


def parse_file(path: str | Path) -> Regulation:
    """Read and parse a regulation file (PDF, .txt or .md) into its annotated structure.

    Raises ``ExtractionError`` when the file cannot be read and ``ParseError`` when no
    regulation structure can be recognised in it.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ExtractionError(f"a file to parse is a path, like 'corpus/text/uu-13-2003.txt', "
                              f"not {type(path).__name__}")
    if not str(path).strip():   # it read ": no such file or folder"
        raise ExtractionError("a file to parse is a path, like 'corpus/text/uu-13-2003.txt', "
                              "not an empty name")
    document = extract(path)
    regulation = parse_pages(document.pages, path=document.path, paged=document.paged)
    if document.ocr_skipped_note:
        skipped = Anomaly(OCR_SKIPPED, document.ocr_skipped_note, document.ocr_skipped[0])
        regulation = replace(regulation, anomalies=regulation.anomalies + (skipped,))
    return annotate_regulation(regulation)
