"""A law's frame around verbatim article excerpts, for tests that index a few laws: the
heading the parser reads the regulation from and the closing formula that ends its body."""

from __future__ import annotations

from pathlib import Path

import regsearch

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
