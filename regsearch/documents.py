"""One file → one annotated ``Regulation``: extract, parse, then tag rule kinds.

The I/O edge of the pipeline; ``parse`` and ``kinds`` stay pure.
"""

from __future__ import annotations

from pathlib import Path

from .extract import extract
from .kinds import annotate_regulation
from .models import Regulation
from .parse import parse_pages


def parse_file(path: str | Path) -> Regulation:
    """Read and parse a regulation file (PDF, .txt or .md) into its annotated structure.

    Raises ``ExtractionError`` when the file cannot be read and ``ParseError`` when no
    regulation structure can be recognised in it.
    """
    document = extract(path)
    regulation = parse_pages(document.pages, path=document.path, paged=document.paged)
    return annotate_regulation(regulation)
