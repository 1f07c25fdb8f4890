"""Shared fixtures: the bundled corpus, and one index of it built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEXT = CORPUS / "text"
PDF = CORPUS / "pdf"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """The whole bundled corpus indexed once (the real pipeline: pypdf, parser, Whoosh)."""
    from regsearch import build_index

    index_dir = tmp_path_factory.mktemp("corpus-index")
    report = build_index([CORPUS], index_dir)
    # Every bundled file yields a regulation (the scan through OCR when tesseract is installed).
    assert len(report.added) >= 20, report
    return index_dir


@pytest.fixture(scope="session")
def opened_index(corpus_index):
    from regsearch import open_index

    with open_index(corpus_index) as idx:
        yield idx


@pytest.fixture(autouse=True)
def _styling_not_turned_off_by_the_caller(monkeypatch):
    """The tests of styled output set NO_COLOR themselves; a NO_COLOR the shell running the
    suite exports must not decide them."""
    monkeypatch.delenv("NO_COLOR", raising=False)
