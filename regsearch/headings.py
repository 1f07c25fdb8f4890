"""The headings that cut a body into articles, and the raw article they open (parse layer).

``Pasal N`` (as OCR may print it: "Pasai 7", "Pasa1 l0"), BAB / Bagian / Paragraf with their
titles, and ``_RawArticle``: an article's lines as cut from the body, before ayat and items
are read. Shared by ``parse`` (which cuts the body) and ``amendments`` (which cuts the
articles an amending law quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import BAGIAN_NUMBER
from .models import Amends


_OCR_DIGIT = r"[0-9lIO]"
_PASAL_HEADING = re.compile(rf"^(?:Pasal|PASAL|Pasai|Pasa1)\s+(?P<num>{_OCR_DIGIT}*[0-9l]{_OCR_DIGIT}*\s?[A-Z]?|[IVX]+)\s*\.?$")
_PASAL_ROMAN = re.compile(r"^[IVX]+$")

#: How far past the last number read a heading (or change item) found inside a line may be:
#: OCR loses a few, never more.
_MAX_INLINE_GAP = 4

_BAB = re.compile(r"^BAB\s+(?P<num>[IVXLC]+[A-Z]?)\b\.?\s*(?P<title>.*)$")
_BAGIAN = re.compile(rf"^Bagian\s+(?P<num>{BAGIAN_NUMBER})\b\.?\s*(?P<title>.*)$")
_PARAGRAF = re.compile(r"^Paragraf\s+(?P<num>\d+[A-Z]?)\b\s*(?P<title>.*)$")
_ENDS_SENTENCE = re.compile(r"[.;:]\s*[\"”']?\s*$")


@dataclass
class _RawArticle:
    """An article's lines as cut from the body, with where it stands (BAB/Bagian/Paragraf)
    and, for an article an amending law quotes, what it amends."""

    pasal: str
    page: int | None
    lines: list[str] = field(default_factory=list)
    line_pages: list[int] = field(default_factory=list)
    bab: str | None = None
    bagian: str | None = None
    paragraf: str | None = None
    amends: Amends | None = None


def _structural_heading(text: str) -> tuple[str, str] | None:
    """("bab" | "bagian" | "paragraf", its label) when ``text`` opens such a heading."""
    for kind, pattern in (("bab", _BAB), ("bagian", _BAGIAN), ("paragraf", _PARAGRAF)):
        found = pattern.match(text)
        if found:
            label = text.strip().rstrip(",").rstrip()
            if kind == "bab":
                label = f"BAB {found.group('num')} {found.group('title')}".strip()
            return kind, label
    return None


def _squash(parts: list[str]) -> str:
    """Lines joined as one text, runs of spaces made one."""
    return re.sub(r"\s+", " ", " ".join(parts)).strip()
