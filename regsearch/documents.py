"""One file → one annotated ``Regulation``: extract, parse, then tag rule kinds.

The I/O edge of the pipeline; ``parse`` and ``kinds`` stay pure.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ExtractionError
from .extract import extract
from .kinds import annotate_regulation
from .models import Regulation
from .parse import parse_pages


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
    return annotate_regulation(regulation)
