"""The exceptions regsearch raises: one base class, so callers can catch everything at once."""


class RegsearchError(Exception):
    """Base class of every error regsearch raises on purpose; ``str(e)`` is one clear line."""


class ExtractionError(RegsearchError):
    """A file could not be turned into text (unreadable, not a PDF, encrypted, scanned …)."""


class ParseError(RegsearchError):
    """Text was read but no regulation structure could be recovered from it."""


class IndexError_(RegsearchError):
    """The index is missing, damaged, locked by another writer, or cannot be written."""


class QueryError(RegsearchError):
    """A query or citation that cannot be understood."""


class NotFoundError(QueryError):
    """A citation or filter naming what the index does not hold: a regulation, a Pasal, an
    ayat, a Lampiran. Understood, but answered by nothing (the CLI exits 1, not 2)."""
