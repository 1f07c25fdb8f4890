"""A law's frame around verbatim article excerpts, for tests that index a few laws: the
heading the parser reads the regulation from and the closing formula that ends its body."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import regsearch

FIXTURES = Path(__file__).parent / "fixtures"

CLOSING = """Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan
penempatannya dalam Lembaran Negara Republik Indonesia.
Disahkan di Jakarta
pada tanggal {date}
"""


def law_text(number: int, year: int, title: str, body: str, date: str) -> str:
    """UU ``number``/``year`` on ``title`` holding ``body`` (its articles), as a source reads."""
    return (f"UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR {number} TAHUN {year}\nTENTANG\n"
            f"{title.upper()}\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\n"
            f"MEMUTUSKAN:\nMenetapkan : UNDANG-UNDANG TENTANG {title.upper()}.\n"
            + body + CLOSING.format(date=date))


def indexed(folder: Path, laws: dict[str, str]) -> Path:
    """An index of ``laws`` (file name → text) written into ``folder``, as a user indexes a
    folder of texts; returns the index directory."""
    for name, text in laws.items():
        (folder / name).write_text(text, encoding="utf-8")
    regsearch.build_index(folder, folder / "ix")
    return folder / "ix"


def opened(folder: Path, laws: dict[str, str]) -> Iterator[regsearch.RegulationIndex]:
    """``indexed``, opened: a module fixture's body (``yield from``)."""
    with regsearch.open_index(indexed(folder, laws)) as index:
        yield index


def indexed_fixtures(folder: Path, files: dict[str, str]) -> Path:
    """An index of fixture files (name in ``folder`` → file of tests/fixtures) copied into
    ``folder``: the name a file is filed under may be what names it ("uu-5-1986.md" for a
    copy that prints no number); returns the index directory."""
    for name, fixture in files.items():
        shutil.copy(FIXTURES / fixture, folder / name)
    regsearch.build_index(folder, folder / "ix")
    return folder / "ix"


def opened_fixtures(folder: Path, files: dict[str, str]) -> Iterator[regsearch.RegulationIndex]:
    """``indexed_fixtures``, opened: a module fixture's body (``yield from``)."""
    with regsearch.open_index(indexed_fixtures(folder, files)) as index:
        yield index
