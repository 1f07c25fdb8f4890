"""File → pages of text. The only module that imports PDF and OCR libraries.

A PDF yields one string per page (so hits can cite a page); a ``.txt``/``.md`` file yields
one "page" with ``paged=False``. Failures become ``ExtractionError`` with a one-line reason
that starts with the path.

Three concerns live here, each behind one small set of functions:

- Backends. PDFium (``pypdfium2``) is the default: on the bundled corpus it is an order of
  magnitude faster than pypdf and splits fewer words (``bench/extraction.py`` measures
  both). pypdf is the fallback for files PDFium refuses (junk before the header, for
  instance) and can be asked for with ``backend="pypdf"``. Both produce the same shape: lines
  separated by ``\\n``, no trailing blanks, a line-end hyphen kept as ``"-\\n"`` for the
  cleaner to decide on (``Undang-`` + ``Undang`` stays hyphenated, ``pemerin-`` + ``tah`` is
  joined).
- Isolation. PDF parsers have had infinite loops and decompression bombs, and a rebuild
  reads hundreds of files, so each PDF is read in a child process under a time limit
  (renewed whenever an OCR page completes) and an address-space limit. A hostile file
  costs one ``ExtractionError``, not the rebuild. ``extract_many`` keeps a small pool of
  such children busy, which is how an index build uses both cores.
- OCR. Pages without a text layer (an image and almost no text) are rendered with PDFium
  and read by Tesseract (``pip install 'regsearch[ocr]'`` plus Debian's ``tesseract-ocr``
  and ``tesseract-ocr-ind``). It is on by default when installed, so scans get indexed;
  ``ocr=False`` or ``REGSEARCH_OCR=off`` turns it off.

Nothing heavy is imported at module import: PDF and OCR libraries load inside functions.
"""

from __future__ import annotations

import logging
import os
import re
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from .errors import ExtractionError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES

BACKENDS = ("pypdfium2", "pypdf")
DEFAULT_BACKEND = "pypdfium2"
#: Seconds one PDF may take without progress (opening + text layer; then each OCR page).
DEFAULT_TIMEOUT_S = 120.0
#: Address-space limit of the child that reads one PDF, in MB.
DEFAULT_MEMORY_MB = 2048
OCR_INSTALL_HINT = ("install OCR support with pip install 'regsearch[ocr]' "
                    "and Debian's tesseract-ocr tesseract-ocr-ind")
OCR_LANGUAGE = "ind"
#: Tesseract's page segmentation: mode 6, the page as one block of text read line by line.
#: The default (3, fully automatic) takes a regulation's hanging numbers — ayat "(1)", huruf
#: "a.", angka "1." — for a column of their own and prints them apart from their text, all
#: together at the top of the page: Pasal 5 of a scanned Perpres 74/2012 lost ayat (1)-(5)
#: (QA 14 #1). On 15 text pages of the corpus rendered as images, the numbers came out in
#: the text layer's order on 2 pages with mode 3, 9 with mode 4 (one column; it misordered
#: or dropped a column of angka) and 10 with mode 6, whose misses are misread characters
#: ("(3 ", "e." for "c."); Tesseract's time was 73 s, 72 s and 67 s for the 15 pages
#: (``bench/extraction.py --ocr-layout 3 4 6``).
#: Mode 6 reads an emblem as a few junk letters before the page's header.
OCR_CONFIG = "--psm 6"
#: Said for ``extract("")`` (an unset variable, an empty form field): it names nothing, and
#: ": no such file or folder" read as a message cut short (QA 14 #13).
EMPTY_PATH = "an empty path names no file to read"

log = logging.getLogger(__name__)

# Loggers whose levels a child process copies from its parent, so that "quiet unless
# --verbose" means the same thing on both sides of the process boundary.
_MIRRORED_LOGGERS = ("regsearch", "pypdf", "pypdfium2", "pytesseract", "PIL")
# PDFium marks a hyphen at a line end (and drops the line break) with one of these.
_PDFIUM_HYPHEN = re.compile("[\x02\ufffe]\r?\n?")
_MIN_TEXT_LETTERS = 20      # fewer letters than this on an image page: no real text layer
_MAX_OCR_PIXELS = 40_000_000  # an A3 page at 300 dpi is 17 M; more is not a document page
_WORKER_MAX_TASKS = 64      # recycle a child after this many files (bounds slow leaks)


@dataclass(frozen=True)
class ExtractedDocument:
    """The raw text of one file. ``paged`` is False for plain text (no page numbers).

    ``ocr_pages`` lists the 1-based pages whose text came from OCR (less reliable), and
    ``notes`` says what else happened on the way (fallback backend, cp1252 decoding …).
    ``ocr_skipped`` lists the pages without a text layer (an image, almost no text) that were
    not OCR'd, and ``ocr_problem`` why (OCR off, or unable to run): read again once OCR
    can run, the file gives more text, which is why an index records it
    (``ocr_skipped_note``).
    """

    path: str
    pages: tuple[str, ...]
    paged: bool
    ocr_pages: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    ocr_skipped: tuple[int, ...] = ()
    ocr_problem: str | None = None

    @property
    def empty_pages(self) -> tuple[int, ...]:
        """1-based numbers of pages that carry no text at all (scans, blank pages)."""
        return tuple(i for i, page in enumerate(self.pages, 1) if not page.strip())

    @property
    def ocr_skipped_note(self) -> str | None:
        """"page 2 has no text layer and was not OCR'd (pytesseract is not installed)", or
        None when no page was skipped."""
        if not self.ocr_skipped:
            return None
        return _skipped_note(self.ocr_skipped, self.ocr_problem or "OCR could not run")

    @property
    def ocr_numbers_apart(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """(page, numbers) for each OCR'd page where Tesseract printed a run of ayat, angka
        or huruf numbers on lines of their own (``numbers_apart``): their paragraphs follow
        unnumbered, so the parser merges or loses ayat without noticing (QA 14 #1)."""
        found = ((number, numbers_apart(self.pages[number - 1])) for number in self.ocr_pages)
        return tuple((number, run) for number, run in found if run)


class _PdfText(NamedTuple):
    """What reading a PDF gives besides its path: ``ExtractedDocument``'s fields, as a
    child process sends them."""

    pages: tuple[str, ...]
    ocr_pages: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    ocr_skipped: tuple[int, ...] = ()
    ocr_problem: str | None = None

    def document(self, path: Path) -> ExtractedDocument:
        return ExtractedDocument(str(path), self.pages, paged=True, ocr_pages=self.ocr_pages,
                                 notes=self.notes, ocr_skipped=self.ocr_skipped,
                                 ocr_problem=self.ocr_problem)


_Result = ExtractedDocument | ExtractionError
OnPage = Callable[[int, int], None]
OnFilePage = Callable[[str, int, int], None]


def extract(path: str | Path, backend: str | None = None, *, ocr: bool | None = None,
            on_page: OnPage | None = None, timeout: float | None = None,
            memory_mb: int | None = None, isolated: bool = True) -> ExtractedDocument:
    """Read a PDF, text or markdown file into pages of text.

    ``backend``: ``"pypdfium2"`` (default) or ``"pypdf"``. ``ocr``: None = OCR pages without
    a text layer when Tesseract is installed (``REGSEARCH_OCR=off`` disables), True = require
    it, False = never. ``on_page(done, total)`` reports OCR progress. ``timeout`` (seconds
    without progress, ``REGSEARCH_EXTRACT_TIMEOUT``) and ``memory_mb``
    (``REGSEARCH_EXTRACT_MEMORY_MB``) bound the child process that reads a PDF; 0 means no
    limit. ``isolated=False`` reads in this process, without those bounds.

    Raises ``ExtractionError`` (never a library exception) when the file cannot be read.
    """
    settings = _Settings.resolve(backend, ocr, timeout, memory_mb)
    if isinstance(path, (str, bytes)) and not path:  # Path("") would be ".": never here
        raise ExtractionError(EMPTY_PATH)
    if not os.path.lexists(path):
        raise ExtractionError(f"{path}: no such file or folder")
    if not isolated or not _is_pdf(Path(path)):
        return _extract_here(Path(path), settings, on_page)
    callback = (lambda _path, done, total: on_page(done, total)) if on_page else None
    [(_, result)] = list(_run_pool([path], 1, settings, callback))
    if isinstance(result, ExtractionError):
        raise result
    return result


def extract_many(paths: Iterable[str | Path], workers: int = 2, *, backend: str | None = None,
                 ocr: bool | None = None, on_page: OnFilePage | None = None,
                 timeout: float | None = None, memory_mb: int | None = None,
                 ) -> Iterator[tuple[str, ExtractedDocument | ExtractionError]]:
    """Extract many files with ``workers`` child processes; yield ``(path, result)`` in
    input order, where ``result`` is an ``ExtractedDocument`` or the ``ExtractionError``
    for that file (errors are yielded, not raised, so one bad file never stops a rebuild).

    Same options and bounds as ``extract``; ``on_page(path, done, total)`` reports OCR.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    settings = _Settings.resolve(backend, ocr, timeout, memory_mb)
    yield from _run_pool(list(paths), workers, settings, on_page)


def ocr_available() -> bool:
    """Can this machine OCR (pytesseract importable, tesseract with the ``ind`` language)?"""
    return _ocr_problem() is None


#: ``ocr_state()`` when a page without text would be OCR'd.
OCR_READY = "ready"


def ocr_state() -> str:
    """What reading a page without text layer depends on outside the PDF, in one line:
    ``OCR_READY``, ``"off"`` (``REGSEARCH_OCR=off``), or the mode and why OCR cannot run
    ("auto: pytesseract is not installed"). An index records it with a PDF that failed, and
    reads the file again once it differs: installing OCR support must be enough to get a scan
    indexed (QA 20 #8).

    Not ``ocr_available()``: importing pytesseract costs 0.3 s, which every update of an
    index holding such a failure would pay. This looks for the package without importing
    it, for the program OCR runs (``tesseract_command``: on ``PATH``, or where the caller
    set pytesseract's ``tesseract_cmd``), and asks that program for its languages (~40 ms)
    only when both are there. Not cached: an update must see what was installed since."""
    import importlib.util
    import shutil
    import subprocess

    mode = _ocr_mode(None)
    if mode == "off":
        return "off"
    try:
        found = importlib.util.find_spec("pytesseract") is not None
    except (ImportError, ValueError):  # a broken install, or blocked (sys.modules entry None)
        found = False
    if not found:
        return f"{mode}: pytesseract is not installed"
    command = tesseract_command()
    program = shutil.which(command)
    if program is None:
        if command == DEFAULT_TESSERACT:
            return f"{mode}: the tesseract program is not installed"
        return f"{mode}: no tesseract program at {command} (pytesseract's tesseract_cmd)"
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True,
                                timeout=30)
    except (OSError, subprocess.SubprocessError):
        return f"{mode}: the tesseract program does not run"
    # "List of available languages in …:" then one per line (older versions: on stderr)
    languages = (listed.stdout or listed.stderr).split()
    if OCR_LANGUAGE not in languages:
        return f"{mode}: tesseract has no '{OCR_LANGUAGE}' language data"
    return OCR_READY


#: The program pytesseract runs unless told otherwise (``pytesseract.tesseract_cmd``).
DEFAULT_TESSERACT = "tesseract"


def tesseract_command() -> str:
    """The Tesseract program OCR runs: what the caller set in pytesseract's
    ``pytesseract.pytesseract.tesseract_cmd`` (a Tesseract outside ``PATH``), else
    ``tesseract``. Read without importing pytesseract: a caller who set it has imported it."""
    import sys

    module = getattr(sys.modules.get("pytesseract"), "pytesseract", None)
    command = getattr(module, "tesseract_cmd", None)
    try:
        command = os.fspath(command) if command is not None else None
    except TypeError:
        command = None
    return command if isinstance(command, str) and command else DEFAULT_TESSERACT


# --- settings ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Settings:
    """Everything a child needs to extract a file, resolved once from arguments and env."""

    backend: str
    ocr: str                     # "auto" | "on" | "off"
    timeout: float | None        # None: no limit
    memory_mb: int | None        # None: no limit
    ocr_dpi: int | None = None   # None: chosen per page from the scan's resolution
    log_levels: dict[str, int] = field(default_factory=dict)
    #: The Tesseract the caller set (``tesseract_command``), for a child started without
    #: fork, whose pytesseract would run ``tesseract`` again.
    tesseract: str = DEFAULT_TESSERACT

    @classmethod
    def resolve(cls, backend: str | None, ocr: bool | None, timeout: float | None,
                memory_mb: int | None) -> _Settings:
        backend = backend or DEFAULT_BACKEND
        if backend not in BACKENDS:
            raise ValueError(f"unknown PDF backend {backend!r} "
                             f"(expected one of {', '.join(BACKENDS)})")
        return cls(backend=backend, ocr=_ocr_mode(ocr),
                   timeout=_limit(timeout, "REGSEARCH_EXTRACT_TIMEOUT", DEFAULT_TIMEOUT_S, float),
                   memory_mb=_limit(memory_mb, "REGSEARCH_EXTRACT_MEMORY_MB",
                                    DEFAULT_MEMORY_MB, int),
                   ocr_dpi=_limit(None, "REGSEARCH_OCR_DPI", 0, int),
                   log_levels={name: logging.getLogger(name).getEffectiveLevel()
                               for name in _MIRRORED_LOGGERS},
                   tesseract=tesseract_command())


def _ocr_mode(ocr: bool | None) -> str:
    if ocr is not None:
        return "on" if ocr else "off"
    value = os.environ.get("REGSEARCH_OCR", "auto").strip().lower()
    if value in {"0", "off", "no", "false"}:
        return "off"
    return "on" if value in {"1", "on", "yes", "true", "required"} else "auto"


def _limit(value, env: str, default, kind):
    """An explicit value wins, then the environment, then the default; 0 or less = none."""
    if value is None:
        raw = os.environ.get(env, "").strip()
        try:
            value = kind(raw) if raw else default
        except ValueError:
            log.warning("ignoring %s=%r (not a number); using %s", env, raw, default)
            value = default
    return value if value and value > 0 else None


# --- dispatch ----------------------------------------------------------------------------

def _is_pdf(path: Path) -> bool:
    """A PDF by its name, or a PDF saved under a text name ("perpres.txt", as a browser or a
    colleague may save a download): read as what its content is, not as its name says."""
    suffix = path.suffix.lower()
    return suffix in PDF_SUFFIXES or suffix in TEXT_SUFFIXES and _starts_as_pdf(path)


#: How every PDF file starts (ISO 32000: the header line "%PDF-1.7").
PDF_MAGIC = b"%PDF-"


def _starts_as_pdf(path: Path) -> bool:
    """Whether a regular file starts with the PDF header (never opens a FIFO: it would block)."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as handle:
            return handle.read(len(PDF_MAGIC)) == PDF_MAGIC
    except OSError:
        return False


def _extract_here(path: Path, settings: _Settings,
                  on_page: OnPage | None = None) -> ExtractedDocument:
    """Extract in this process (text files always; PDFs inside a child or when not isolated)."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ExtractionError(f"{path}: a folder; name the files in it ({path}/*.pdf), or "
                              f"index it whole with `regsearch index {path}`")
    if suffix not in SUPPORTED_SUFFIXES:
        raise ExtractionError(f"{path}: unsupported file type '{suffix or '(none)'}' "
                              f"(expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    _check_regular_file(path)
    if suffix in TEXT_SUFFIXES and not _starts_as_pdf(path):
        text, notes = _read_text(path)
        return ExtractedDocument(str(path), (text,), paged=False, notes=notes)
    return _read_pdf(path, settings, on_page).document(path)


def _check_regular_file(path: Path) -> None:
    """Refuse what is not a non-empty regular file before opening it: a FIFO would block
    ``open`` forever and a directory fails with a confusing library error."""
    import stat

    try:
        mode = path.stat()
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode.st_mode):
        raise ExtractionError(f"{path}: cannot read file (it is a directory)")
    if not stat.S_ISREG(mode.st_mode):
        raise ExtractionError(f"{path}: cannot read file "
                              "(not a regular file: a FIFO, socket or device)")
    if mode.st_size == 0:
        raise ExtractionError(f"{path}: file is empty")


# --- text files --------------------------------------------------------------------------

def _read_text(path: Path) -> tuple[str, tuple[str, ...]]:
    """Decode a text file, preferring UTF-8; see ``decode_text``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    text, encoding = decode_text(data)
    if not text.strip():
        raise ExtractionError(f"{path}: file is empty")
    notes: tuple[str, ...] = ()
    if encoding == "cp1252":
        notes = ("not UTF-8: decoded as Windows-1252 (cp1252); every byte kept",)
        log.info("%s: %s", path, notes[0])
    return text, notes


# cp1252 over latin-1: latin-1 decodes every byte, then the 27 printable cp1252 characters
# replace their C1 controls; the 5 bytes cp1252 leaves undefined stay as they were. Lossless.
_CP1252_OVER_LATIN1 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                       if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM); fall back to cp1252 when UTF-8 fails
    *many* times. Returns ``(text, encoding)``.

    A stray invalid byte in a UTF-8 file stays a visible U+FFFD (one bad byte must not
    re-decode a whole law); a Windows-1252 export, where every accented letter is invalid
    UTF-8, is decoded as cp1252 instead of losing all of them.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    good_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad >= 3 and bad > good_multibyte:
        return data.decode("latin-1").translate(_CP1252_OVER_LATIN1), "cp1252"
    return text, "utf-8"


# --- PDF: text layer ---------------------------------------------------------------------

def _read_pdf(path: Path, settings: _Settings, on_page: OnPage | None) -> _PdfText:
    """Text layer from the chosen backend, then OCR for pages that have none. The pages
    that needed OCR and did not get it (switched off, or unable to run) are named, with
    why, even when OCR is off: switched on later, it has them to read."""
    pages, notes = _text_layer(path, settings.backend)
    if path.suffix.lower() not in PDF_SUFFIXES:   # "perpres.txt", a PDF by its content
        notes = (f"a PDF named {path.suffix}: read as a PDF",) + notes
    candidates = _pages_needing_ocr(path, pages)
    if not candidates:
        return _PdfText(pages, notes=notes)
    problem = OCR_OFF if settings.ocr == "off" else _ocr_problem()
    if problem:
        note = (_skipped_note(candidates, problem) if problem == OCR_OFF
                else _without_ocr(path, pages, candidates, settings, problem))
        return _PdfText(pages, notes=notes + (note,), ocr_skipped=candidates,
                        ocr_problem=problem)
    pages = _ocr_pages(path, pages, candidates, settings.ocr_dpi, on_page)
    note = f"OCR ({OCR_LANGUAGE}) read {_pages(candidates)}"
    return _PdfText(pages, candidates, notes + (note,))


#: A line that is nothing but an ayat, angka or huruf number: "(3)", "(2a)", "12.", "b.".
_BARE_NUMBER = re.compile(r"\(\d{1,3}[a-z]?\)|\d{1,3}\.|[a-z]\.")
#: This many bare numbers in a row (blank lines aside) were printed apart from their text.
_NUMBERS_APART = 3


def numbers_apart(page: str) -> tuple[str, ...]:
    """The longest run of lines that are bare numbers ("(3)", "(1)", "(2)" …, blank lines
    between them aside), if it has at least ``_NUMBERS_APART``; else ().

    A regulation hangs its ayat and list numbers left of their paragraphs; an OCR layout
    that takes them for a column prints them together, away from the text they number. A
    text layer puts each number on its paragraph's first line, so such runs do not occur."""
    best: list[str] = []
    run: list[str] = []
    for line in page.split("\n"):
        line = line.strip()
        if not line:
            continue
        run = run + [line] if _BARE_NUMBER.fullmatch(line) else []
        if len(run) > len(best):
            best = run
    return tuple(best) if len(best) >= _NUMBERS_APART else ()


def _text_layer(path: Path, backend: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Pages from PDFium, falling back to pypdf for files PDFium cannot open; or pypdf only."""
    if backend == "pypdf":
        return _pypdf_pages(path), ()
    try:
        return _pdfium_pages(path), ()
    except _PdfiumOpenError as pdfium_error:
        if pdfium_error.password:
            raise ExtractionError(f"{path}: PDF is password-protected") from None
        try:
            pages = _pypdf_pages(path)
        except ExtractionError as pypdf_error:
            reason = str(pypdf_error).removeprefix(f"{path}: ")
            raise ExtractionError(f"{path}: {reason}; PDFium: {pdfium_error}") from None
        log.info("%s: PDFium could not open it (%s); read with pypdf", path, pdfium_error)
        return pages, (f"read with pypdf (PDFium: {pdfium_error})",)


class _PdfiumOpenError(Exception):
    def __init__(self, message: str, password: bool) -> None:
        super().__init__(message)
        self.password = password


def _pdfium_pages(path: Path) -> tuple[str, ...]:
    pdf = _pdfium_open(path)
    try:
        return tuple(_pdfium_page_text(pdf, i) for i in range(len(pdf)))
    finally:
        pdf.close()


def _pdfium_open(path: Path):
    """Open with PDFium, which tries the empty user password by itself."""
    import pypdfium2 as pdfium  # deferred, like every PDF import: keeps the query path light
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        password = getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD
        reason = re.search(r"PDFium: ([^)]*)", str(exc))
        raise _PdfiumOpenError(reason.group(1) if reason else _short(exc), password) from exc


def _pdfium_page_text(pdf, index: int) -> str:
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError:  # one damaged page must not lose the document
        return ""
    try:
        textpage = page.get_textpage()
        try:
            return normalise_page_text(textpage.get_text_range())
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        return ""
    finally:
        page.close()


def _pypdf_pages(path: Path) -> tuple[str, ...]:
    import pypdf  # deferred: keeps PDF code off the query path
    from pypdf.errors import PdfReadError

    try:
        with _quiet_pypdf():
            reader = pypdf.PdfReader(str(path))
            if reader.is_encrypted and not _decrypt_with_empty_password(reader):
                raise ExtractionError(f"{path}: PDF is password-protected")
            return tuple(normalise_page_text(_pypdf_page_text(page)) for page in reader.pages)
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


def _pypdf_page_text(page) -> str:
    try:
        return page.extract_text() or ""
    except Exception:  # one damaged page must not lose the document; it shows as empty
        return ""


def normalise_page_text(text: str) -> str:
    """One page shape for every backend: ``\\n`` line ends, no trailing blanks, no blank
    lines at either end, and a line-end hyphen written as ``"-\\n"``.

    PDFium replaces a line-end hyphen by a marker (``\\x02``, or U+FFFE in recent builds) and
    drops the line break; whether the hyphen is a compound's (``Undang-Undang``) or a word
    break (``pemerin-tah``) is the cleaner's call, so the hyphen and the break are restored.
    """
    text = _PDFIUM_HYPHEN.sub("-\n", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\xad", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


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

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._logger.setLevel(self._level)
        self._warnings.__exit__(exc_type, exc, traceback)


# --- PDF: OCR ----------------------------------------------------------------------------

def _pages_needing_ocr(path: Path, pages: tuple[str, ...]) -> tuple[int, ...]:
    """1-based pages with (almost) no text but an image: scanned pages. Blank pages and
    pages that are only a ruled line are not worth seconds of OCR each."""
    thin = [i for i, text in enumerate(pages, 1) if _letters(text) < _MIN_TEXT_LETTERS]
    if not thin:
        return ()
    try:
        pdf = _pdfium_open(path)
    except _PdfiumOpenError:  # read by pypdf: PDFium cannot render it either
        return ()
    try:
        return tuple(i for i in thin if _image_dpi(pdf, i - 1) is not None)
    finally:
        pdf.close()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _image_dpi(pdf, index: int) -> float | None:
    """The highest resolution of the images on a page (0.0 if unknown), None if it has none."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        page = pdf[index]
    except pdfium.PdfiumError:  # a damaged page (read as empty) cannot be rendered either
        return None
    try:
        best = None
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
            try:
                dpi = float(image.get_metadata().horizontal_dpi)
            except Exception:
                dpi = 0.0
            best = max(best or 0.0, dpi)
        return best
    except pdfium.PdfiumError:
        return None
    finally:
        page.close()


def _render_dpi(native_dpi: float | None) -> int:
    """Render at twice the scan's own resolution, between 150 and 300 dpi.

    Upscaling a low-resolution scan further only enlarges its blur: the bundled 64-dpi scan
    kept every Pasal heading at 140–150 dpi and lost some at 152–155, 175 and 190–240
    ("Fasal 1"), and 300 dpi took 2.5× as long (``bench/extraction.py --ocr --ocr-dpi …``).
    A scan of 150 dpi or more is read at 300 dpi, Tesseract's usual sweet spot.
    """
    if not native_dpi:
        return 300
    return int(min(300, max(150, round(native_dpi * 2))))


def _render_scale(size_pt: tuple[float, float], dpi: int) -> float:
    """Points → pixels at ``dpi``, shrunk so that a hostile or poster-sized page (a 5 m
    MediaBox) renders to at most ``_MAX_OCR_PIXELS`` instead of exhausting memory."""
    scale = dpi / 72
    area = max(1.0, size_pt[0] * size_pt[1])
    return min(scale, (_MAX_OCR_PIXELS / area) ** 0.5)


def _ocr_problem() -> str | None:
    """Why OCR cannot run here (None if it can), with the Tesseract pytesseract is set to run
    (``tesseract_command``)."""
    try:
        import pytesseract
    except ImportError:
        return "pytesseract is not installed"
    del pytesseract  # importable: ``tesseract_command`` reads the program it is set to run
    return _tesseract_problem(tesseract_command())


@lru_cache(maxsize=8)
def _tesseract_problem(command: str) -> str | None:
    """Why the Tesseract ``command`` cannot OCR (None if it can). Cached per command: asks
    the program once."""
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except Exception:  # TesseractNotFoundError, or a broken install
        if command == DEFAULT_TESSERACT:
            return "the tesseract program is not installed"
        return f"no tesseract program at {command} (pytesseract's tesseract_cmd)"
    if OCR_LANGUAGE not in languages:
        return f"tesseract has no '{OCR_LANGUAGE}' language data"
    return None


def _without_ocr(path: Path, pages: tuple[str, ...], candidates: tuple[int, ...],
                 settings: _Settings, problem: str) -> str:
    """No OCR here: fail when it was required or when nothing would be left, else warn."""
    if settings.ocr == "on" or len(candidates) == len(pages):
        raise ExtractionError(f"{path}: no text layer (scanned PDF); {OCR_INSTALL_HINT} "
                              f"({problem})")
    note = _skipped_note(candidates, problem)
    # INFO, not WARNING: the note travels with the document (``ocr_skipped_note``), and
    # whoever reads it says so once — an index build warned twice, in two formats, for
    # one cause (QA 14 #13). ``--verbose`` still shows this line.
    log.info("%s: %s; %s", path, note, OCR_INSTALL_HINT)
    return note


#: Why pages were not OCR'd when OCR was switched off (``ocr=False``, ``REGSEARCH_OCR=off``).
OCR_OFF = "OCR is off"


def _skipped_note(pages: tuple[int, ...], problem: str) -> str:
    verbs = "has no text layer and was" if len(pages) == 1 else "have no text layer and were"
    return f"{_pages(pages)} {verbs} not OCR'd ({problem})"


def _ocr_pages(path: Path, pages: tuple[str, ...], candidates: tuple[int, ...],
               fixed_dpi: int | None, on_page: OnPage | None) -> tuple[str, ...]:
    """Replace the text of ``candidates`` by Tesseract's reading of the rendered page."""
    pdf = _pdfium_open(path)
    result = list(pages)
    try:
        with _single_threaded_tesseract():
            for done, number in enumerate(candidates, 1):
                started = time.perf_counter()
                result[number - 1] = _ocr_page(pdf, number - 1, fixed_dpi)
                log.info("%s: OCR page %d (%d/%d) in %.1f s", path, number, done,
                         len(candidates), time.perf_counter() - started)
                if on_page:
                    on_page(done, len(candidates))
    except ExtractionError:
        raise
    except Exception as exc:  # tesseract failures surface as assorted errors
        raise ExtractionError(f"{path}: OCR failed ({_short(exc)})") from exc
    finally:
        pdf.close()
    return tuple(result)


def _ocr_page(pdf, index: int, fixed_dpi: int | None) -> str:
    import pytesseract

    dpi = fixed_dpi or _render_dpi(_image_dpi(pdf, index))
    page = pdf[index]
    try:
        image = page.render(scale=_render_scale(page.get_size(), dpi), grayscale=True).to_pil()
    finally:
        page.close()
    return normalise_page_text(pytesseract.image_to_string(image, lang=OCR_LANGUAGE,
                                                           config=OCR_CONFIG))


class _single_threaded_tesseract:
    """Tesseract's OpenMP threads oversubscribe a small machine: on 2 cores one page took
    ~9 s with its default threads and ~2 s with one (bench/extraction.py --ocr). Parallelism
    comes from ``extract_many``'s processes instead. A value the user set is respected."""

    def __enter__(self) -> None:
        self._saved = os.environ.get("OMP_THREAD_LIMIT")
        if self._saved is None:
            os.environ["OMP_THREAD_LIMIT"] = "1"

    def __exit__(self, *exc: object) -> None:
        if self._saved is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)


def _pages(numbers: tuple[int, ...]) -> str:
    """(2,) → "page 2"; (1, 2, 3, 7) → "pages 1-3, 7"."""
    return f"page{'s' if len(numbers) > 1 else ''} {_ranges(numbers)}"


def _ranges(numbers: Iterable[int]) -> str:
    """(1, 2, 3, 7) → "1-3, 7"."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


# --- isolation: child processes with time and memory bounds -----------------------------

def _run_pool(paths: list, workers: int, settings: _Settings,
              on_page: OnFilePage | None) -> Iterator[tuple[str, _Result]]:
    """Yield ``(path, result)`` in input order; PDFs go to child processes, the rest is
    read here. Workers are started only if there is a PDF to read."""
    results: dict[int, ExtractedDocument | ExtractionError] = {}
    jobs: deque[tuple[int, Path]] = deque()
    for index, raw in enumerate(paths):
        path = Path(raw)
        if _is_pdf(path):
            try:
                _check_regular_file(path)
                jobs.append((index, path))
            except ExtractionError as exc:
                results[index] = exc
        else:
            results[index] = _capture(partial(_extract_here, path, settings))
    pool = _Pool(min(workers, len(jobs)), settings, on_page) if jobs else None
    try:
        for index, raw in enumerate(paths):
            while index not in results:
                assert pool is not None
                pool.step(jobs, results, lookahead=index + 4 * pool.size)
            yield str(raw), results.pop(index)
    finally:
        if pool:
            pool.close()


def _capture(read: Callable[[], ExtractedDocument]) -> ExtractedDocument | ExtractionError:
    try:
        return read()
    except ExtractionError as exc:
        return exc


class _Pool:
    """A few child processes, each reading one PDF at a time; hung or crashed children are
    killed and replaced. (``concurrent.futures`` cannot kill one hung task, and a crashed
    child breaks its whole pool.)"""

    def __init__(self, size: int, settings: _Settings, on_page: OnFilePage | None) -> None:
        import multiprocessing

        self.size = size
        self.settings = settings
        self.on_page = on_page
        self.context = multiprocessing.get_context(_start_method())
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []

    def step(self, jobs: deque, results: dict, lookahead: int) -> None:
        """Hand out jobs to idle workers, then wait for one message or deadline."""
        while jobs and jobs[0][0] < lookahead and len(self.busy) < self.size:
            index, path = jobs.popleft()
            self.busy.append(self._start(index, path))
        self._wait(results)

    def _start(self, index: int, path: Path) -> _Worker:
        """Give a job to an idle child, or to a new one if there is none (or it died idle)."""
        while self.idle:
            worker = self.idle.pop()
            try:
                worker.submit(index, path, self.settings.timeout)
                return worker
            except OSError:
                worker.stop(kill=True)
        worker = _Worker(self.context, self.settings)
        worker.submit(index, path, self.settings.timeout)
        return worker

    def _wait(self, results: dict) -> None:
        from multiprocessing.connection import wait

        deadlines = [w.deadline for w in self.busy if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        for conn in wait([w.conn for w in self.busy], timeout):
            worker = next(w for w in self.busy if w.conn is conn)
            self._receive(worker, results)
        now = time.monotonic()
        for worker in [w for w in self.busy if w.deadline is not None and w.deadline <= now]:
            seconds = self.settings.timeout
            self._finish(worker, results, ExtractionError(
                f"{worker.path}: extraction took longer than {seconds:g} s; skipped"), kill=True)

    def _receive(self, worker: _Worker, results: dict) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._finish(worker, results, ExtractionError(worker.death_reason()), kill=True)
            return
        kind = message[0]
        if kind == "log":
            _replay(message[1])
        elif kind == "progress":
            worker.renew(self.settings.timeout)
            if self.on_page:
                self.on_page(str(worker.path), message[1], message[2])
        elif kind == "done":
            self._finish(worker, results, message[1].document(worker.path))
        elif kind == "memory":
            self._finish(worker, results, ExtractionError(
                f"{worker.path}: extraction used more than {self.settings.memory_mb} MB "
                f"of memory; skipped"), kill=True)
        else:  # "error"
            self._finish(worker, results, ExtractionError(message[1]))

    def _finish(self, worker: _Worker, results: dict, result, kill: bool = False) -> None:
        results[worker.index] = result
        self.busy.remove(worker)
        worker.index = worker.path = worker.deadline = None
        if kill or worker.tasks >= _WORKER_MAX_TASKS:
            worker.stop(kill=kill)
        else:
            self.idle.append(worker)

    def close(self) -> None:
        for worker in self.idle:
            worker.stop(kill=False)
        for worker in self.busy:  # the caller stopped early: nothing to wait for
            worker.stop(kill=True)
        self.idle, self.busy = [], []


def _start_method() -> str:
    """``fork`` when this process has a single thread: the cheapest start and no re-import of
    ``__main__`` (bench/extraction.py measures the per-file cost of each method). With other
    threads alive, fork can copy a lock held by one of them, so ``forkserver`` (or ``spawn``)
    is used then; those re-import the main module, which needs the usual ``__main__`` guard."""
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    override = os.environ.get("REGSEARCH_EXTRACT_START_METHOD")
    if override in methods:
        return override
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class _Worker:
    """The parent's handle on one child process and the job it is doing."""

    def __init__(self, context, settings: _Settings) -> None:
        self.conn, child_conn = context.Pipe()
        forked_from = os.getpid() if context.get_start_method() == "fork" else None
        self.process = context.Process(target=_child_main,
                                       args=(child_conn, settings, forked_from),
                                       name="regsearch-extract", daemon=True)
        self.process.start()
        child_conn.close()
        self.settings = settings
        self.tasks = 0
        self.index: int | None = None
        self.path: Path | None = None
        self.deadline: float | None = None

    def submit(self, index: int, path: Path, timeout: float | None) -> None:
        self.index, self.path, self.tasks = index, path, self.tasks + 1
        self.renew(timeout)
        self.conn.send(str(path))

    def renew(self, timeout: float | None) -> None:
        self.deadline = time.monotonic() + timeout if timeout else None

    def death_reason(self) -> str:
        """Why the child vanished mid-job, as one line for the user."""
        import signal

        self.process.join(timeout=5)
        code = self.process.exitcode
        how = (f"signal {signal.Signals(-code).name}" if code is not None and code < 0
               else f"exit code {code}")
        limit = (f"; more than {self.settings.memory_mb} MB of memory, or a PDF library crash"
                 if self.settings.memory_mb else "; a PDF library crash")
        return f"{self.path}: extraction process died ({how}{limit}); skipped"

    def stop(self, kill: bool) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _child_main(conn, settings: _Settings, forked_from: int | None) -> None:
    """Entry point of a child: set it up, then read PDFs until told to stop. Each message
    to the parent names its kind: progress, log, done, error, memory."""
    _prepare_child(conn, settings, forked_from)
    while True:
        try:
            raw = conn.recv()
        except (EOFError, OSError):
            return
        if raw is None:
            return
        path = Path(raw)
        try:
            text = _read_pdf(path, settings,
                             lambda done, total: conn.send(("progress", done, total)))
            conn.send(("done", text))
        except ExtractionError as exc:
            conn.send(("error", str(exc)))
        except MemoryError:
            conn.send(("memory",))
            return  # the heap may be in a bad state: let the parent start a fresh child
        except Exception as exc:  # a library bug must still give one line, not a traceback
            reason = f"{type(exc).__name__}: {_short(exc)}"
            conn.send(("error", f"{path}: not a readable PDF ({reason})"))


def _prepare_child(conn, settings: _Settings, forked_from: int | None) -> None:
    """Die with the parent, drop what fork copied from it, bound memory, route logging."""
    die_with_parent()
    if forked_from is not None:
        if os.getppid() != forked_from:  # the parent died before we could ask to follow it
            os._exit(1)
        _close_inherited_files(keep=conn.fileno())
    _limit_memory(settings.memory_mb)
    _mirror_logging(conn, settings.log_levels)
    if settings.tesseract != tesseract_command():  # started without fork: set it again
        try:
            import pytesseract
        except ImportError:
            pass
        else:
            pytesseract.pytesseract.tesseract_cmd = settings.tesseract
    if settings.log_levels.get("regsearch", logging.WARNING) > logging.DEBUG:
        import faulthandler

        faulthandler.disable()  # an abort at the memory limit is reported as one line


def die_with_parent() -> None:
    """Ask Linux to kill this child process when its parent dies (even by SIGKILL): an orphan
    would keep reading a hostile PDF, and keep the parent's files open, for nobody. (Also
    used by the index build's parse workers.)"""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe's EOF still ends an idle child
        pass


def _close_inherited_files(keep: int) -> None:
    """Close every descriptor fork copied from the parent except stdio and our pipe. A
    copied descriptor keeps the parent's resources alive: an index writer's lock file
    (``flock`` belongs to the open file, not the process), the parent's end of our own pipe
    (so the child would never see EOF), a server's listening socket."""
    try:
        descriptors = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in descriptors:
        if fd > 2 and fd != keep:
            try:
                os.close(fd)
            except OSError:
                pass


def _limit_memory(memory_mb: int | None) -> None:
    """Cap the child's address space at what it has now plus ``memory_mb``; allocations past
    it fail (MemoryError in Python, a crash in C) instead of the kernel's OOM killer taking
    the whole build. "Plus": a forked child starts with its parent's mappings (a big index
    writer, say), which the budget for reading one PDF should not have to include."""
    if not memory_mb:
        return
    try:
        import resource
    except ImportError:  # not on this platform: the time limit still applies
        return
    limit = _address_space() + memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space() -> int:
    """Bytes of address space this process uses now (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _PipeHandler(logging.Handler):
    """Sends a child's log records to the parent, which replays them through its loggers."""

    def __init__(self, conn) -> None:
        super().__init__()
        self.conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        try:
            record.msg, record.args = record.getMessage(), None
            record.exc_info = record.exc_text = None
            self.conn.send(("log", record))
        except Exception:
            self.handleError(record)


def _mirror_logging(conn, levels: dict[str, int]) -> None:
    """Route every record of the child to the parent, and only there: handlers inherited
    through fork would print a second copy."""
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            logger.handlers.clear()
    root = logging.getLogger()
    root.handlers[:] = [_PipeHandler(conn)]
    root.setLevel(levels.get("regsearch", logging.WARNING))
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(True)


def _replay(record: logging.LogRecord) -> None:
    logger = logging.getLogger(record.name)
    if logger.isEnabledFor(record.levelno):
        logger.handle(record)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]

