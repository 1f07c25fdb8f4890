"""A compact, human-checkable text outline of a parsed ``Regulation``.

One line per heading and article (with its ayat and item counts), the change items of an
amending regulation, the Lampiran sections, and the anomalies. The golden files under
``tests/golden/`` are outlines checked by reading the documents, so a parser change that
moves an article, loses an ayat or invents a heading shows up as a readable diff.
"""

from __future__ import annotations

import re

from .models import Article, ChangeItem, Regulation


def outline(reg: Regulation) -> str:
    """Render the regulation's structure as plain text (stable, diff-friendly)."""
    lines = _header(reg)
    lines += _articles(reg, "body")
    if any(a.part == "lampiran" for a in reg.articles):
        lines.append("")
        lines.append("[lampiran articles]")
        lines += _articles(reg, "lampiran")
    if reg.lampiran:
        lines.append("")
        lines.append("[lampiran sections]")
        lines += [f"{s.label} (page {s.page}): {len(s.text)} chars" for s in reg.lampiran]
    lines.append("")
    lines.append(f"[anomalies: {len(reg.anomalies)}]")
    lines += [f"{a.code}{f' (page {a.page})' if a.page else ''}: {a.message}" for a in reg.anomalies]
    return "\n".join(lines) + "\n"


def _header(reg: Regulation) -> list[str]:
    counts = {part: sum(1 for a in reg.articles if a.part == part and a.amends is None)
              for part in ("body", "lampiran")}
    quoted = sum(1 for a in reg.articles if a.amends is not None)
    explained = sum(1 for a in reg.articles if a.penjelasan)
    return [
        f"# {reg.ref.short} — {reg.title}",
        f"type: {reg.type} | number: {reg.number} | full_number: {reg.full_number} | year: {reg.year}",
        f"issuer: {reg.issuer}",
        f"enacted: {reg.enacted} | promulgated: {reg.promulgated}",
        f"gazette: {reg.gazette}",
        f"amends: {reg.amends.short if reg.amends else None} | changes: {len(reg.changes)} | "
        f"revokes: {list(reg.revokes)}",
        f"penjelasan_umum: {'yes' if reg.penjelasan_umum else 'no'} | articles with penjelasan: {explained}",
        f"articles: body {counts['body']}, quoted {quoted}, lampiran {counts['lampiran']} | "
        f"lampiran sections: {len(reg.lampiran)} | pages: {reg.page_count}",
        "",
        "[body]",
    ]


def _articles(reg: Regulation, part: str) -> list[str]:
    lines: list[str] = []
    current: tuple[str | None, str | None, str | None] = (None, None, None)
    for article in (a for a in reg.articles if a.part == part):
        headings = (article.bab, article.bagian, article.paragraf)
        if article.amends is None and headings != current:
            lines += _heading_lines(current, headings)
            current = headings
        indent = "    " if article.amends is not None else "  "
        lines.append(indent + _article_line(article))
        if article.pasal == "I" and reg.changes and article.amends is None and part == "body":
            lines += [f"    angka {c.label or '-'} {c.action}: {_changed(c)}"
                      + (" (its Penjelasan only)" if c.penjelasan is not None else "")
                      for c in reg.changes]
    return lines


#: A part of a regulation named by an instruction that changes no Pasal ("BAB V dihapus.",
#: "Lampiran I dan Lampiran II diubah", "… disisipkan 1 (satu) bab, yakni BAB VA").
_UNIT = re.compile(r"\b(?:BAB|Bab)\s+[IVXLC]+[A-Z]?\b|\bLampiran\s+[IVXLC]+\b|"
                   r"\bBagian\s+(?:Ke[a-z]+|Pertama)(?:\s+[A-Z]\b)?|\bParagraf\s+\d+[A-Z]?\b")
#: "Di antara BAB V dan BAB VI": the places around an insertion, not what is inserted.
_BETWEEN = re.compile(r"\bDi\s*antara\s+\S+\s+\S+(?:\s+[A-Z]\b)?\s+dan\s+\S+\s+\S+", re.I)
#: Where an instruction stops naming what it changes ("… sehingga …", "… sebagaimana
#: tercantum dalam Lampiran …", "… dalam Peraturan …").
_UNIT_END = re.compile(r"\b(?:sehingga|sebagaimana|dalam|yang)\b")


def _changed(change: ChangeItem) -> str:
    """What a change item changes: its Pasal numbers, else the BAB, Bagian, Paragraf or
    Lampiran its instruction names before "sehingga"/"sebagaimana"/"dalam"/"yang" ("18. BAB V
    dihapus." → "BAB V"), else "-"."""
    if change.targets:
        return ", ".join(change.targets)
    named = _UNIT_END.split(_BETWEEN.sub(" ", change.instruction), maxsplit=1)[0]
    units: list[str] = []
    for found in _UNIT.finditer(named):
        unit = re.sub(r"^Bab\b", "BAB", re.sub(r"\s+", " ", found.group(0)))
        if unit not in units:
            units.append(unit)
    return ", ".join(units) or "-"


def _heading_lines(previous: tuple, current: tuple) -> list[str]:
    lines = []
    for depth, (old, new) in enumerate(zip(previous, current)):
        if new != old and new:
            lines.append(" " * depth + new)
    return lines


def _article_line(article: Article) -> str:
    numbered = [a for a in article.ayat if a.number]
    items = sum(len(a.items) for a in article.ayat)
    parts = [f"Pasal {article.pasal}"]
    if article.amends is not None:
        parts.append(f"<- {article.amends.ref.short} via {article.amends.via}")
    labels = ",".join(a.number or "" for a in numbered)
    parts.append(f"ayat={len(numbered)}" + (f" ({labels})" if numbered else ""))
    parts.append(f"items={items}")
    if article.page is not None:
        parts.append(f"p.{article.page}")
    if article.penjelasan:
        parts.append("[penjelasan]")
    return "  ".join(parts)
