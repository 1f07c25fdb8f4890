"""File → pages of text. The only module that imports PDF libraries.

A PDF yields one string per page (so hits can cite a page); a ``.txt``/``.md`` file yields
one "page" with ``paged=False``. Failures become ``ExtractionError`` with a one-line reason.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from .errors import ExtractionError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES


@dataclass(frozen=True)
class ExtractedDocument:
    """The raw text of one file. ``paged`` is False for plain text (no page numbers)."""

    path: str
    pages: tuple[str, ...]
    paged: bool

    @property
    def empty_pages(self) -> tuple[int, ...]:
        """1-based numbers of pages that carry no text at all (scans, blank pages)."""
        return tuple(i for i, page in enumerate(self.pages, 1) if not page.strip())


def extract(path: str | Path) -> ExtractedDocument:
    """Read a PDF, text or markdown file into pages of text.

    Raises ``ExtractionError`` (never a library exception) when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return ExtractedDocument(str(path), (_read_text(path),), paged=False)
    if suffix in PDF_SUFFIXES:
        return ExtractedDocument(str(path), _read_pdf(path), paged=True)
    raise ExtractionError(f"{path}: unsupported file type '{suffix or '(none)'}' "
                          f"(expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))})")


def _read_text(path: Path) -> str:
    """UTF-8 with undecodable bytes replaced: a stray byte must not lose a whole law."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    text = data.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise ExtractionError(f"{path}: file is empty")
    return text


def _read_pdf(path: Path) -> tuple[str, ...]:
    import pypdf  # deferred: keeps PDF code off the query path
    from pypdf.errors import PdfReadError

    try:
        if path.stat().st_size == 0:
            raise ExtractionError(f"{path}: file is empty")
        with _quiet_pypdf():
            reader = pypdf.PdfReader(str(path))
            if reader.is_encrypted and not _decrypt_with_empty_password(reader):
                raise ExtractionError(f"{path}: PDF is password-protected")
            return tuple(_page_text(page) for page in reader.pages)
    except ExtractionError:
        raise
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, AssertionError, RecursionError) as exc:
        raise ExtractionError(f"{path}: not a readable PDF ({_short(exc)})") from exc


def _decrypt_with_empty_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises assorted errors (missing crypto backend, bad key …)
        return False


def _page_text(page) -> str:
    try:
        return page.extract_text() or ""
    except Exception:  # one damaged page must not lose the document; it shows as empty
        return ""


class _quiet_pypdf:
    """Silence pypdf's logger and warnings (it complains about every odd xref) unless the
    ``regsearch`` logger is at DEBUG, which is what ``--verbose`` sets."""

    def __enter__(self) -> None:
        self._logger = logging.getLogger("pypdf")
        self._level = self._logger.level
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        if not logging.getLogger("regsearch").isEnabledFor(logging.DEBUG):
            self._logger.setLevel(logging.CRITICAL + 1)
            warnings.simplefilter("ignore")

    def __exit__(self, *exc: object) -> None:
        self._logger.setLevel(self._level)
        self._warnings.__exit__(*exc)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
