"""regsearch: search Indonesian regulations article by article, with exact citations.

    import regsearch
    regsearch.build_index(["corpus/"], "index/")
    with regsearch.open_index("index/") as idx:
        for hit in idx.search("pengunduran diri", limit=5):
            print(hit.citation, hit.kinds)

Functions are imported on first use, so ``import regsearch`` stays cheap (no Whoosh, no
PDF library) and has no side effects.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (ExtractionError, IndexError_, NotFoundError, ParseError, QueryError,
                     RegsearchError)
from .models import (KINDS, STANDINGS, Amends, AppliedBy, Anomaly, Article, Ayat, Hit, Item,
                     Regulation, RegulationInfo, RegulationRef, RevokedAyat, SearchResult,
                     Source)

if TYPE_CHECKING:
    from .documents import parse_file
    from .index import BuildReport, build_index
    from .citations import Citation, parse_citation, parse_citations
    from .legal import format_citation
    from .results import ArticleView, CitedUnit, RegulationSummary
    from .search import RegulationIndex, open_index

_LAZY = {
    "parse_file": "documents",
    "build_index": "index", "BuildReport": "index",
    "open_index": "search", "RegulationIndex": "search",
    "ArticleView": "results", "CitedUnit": "results", "RegulationSummary": "results",
    "parse_citation": "citations", "parse_citations": "citations", "format_citation": "legal",
    "Citation": "citations",
}

__all__ = [
    "parse_file", "build_index", "open_index", "parse_citation", "parse_citations",
    "format_citation",
    "Regulation", "Article", "Ayat", "Item", "Amends", "AppliedBy", "Anomaly", "RegulationRef",
    "RegulationInfo", "Hit", "RevokedAyat", "SearchResult", "Source", "ArticleView", "CitedUnit",
    "RegulationSummary", "RegulationIndex", "BuildReport", "Citation", "KINDS", "STANDINGS",
    "RegsearchError", "ExtractionError", "ParseError", "IndexError_", "QueryError",
    "NotFoundError", "__version__",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _installed_version()
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regsearch' has no attribute {name!r}")


def __dir__() -> list[str]:
    """What a notebook's completion offers: the public names, lazy ones included."""
    return sorted(__all__)


def _installed_version() -> str:
    """The version pip installed (pyproject.toml is its one source), read on first use."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("regsearch")
    except PackageNotFoundError:    # run from a source tree that was never installed
        return "unknown"
