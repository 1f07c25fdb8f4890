"""What ``RegulationIndex`` hands back besides hits: ``ArticleView`` (an article as ``show``
prints it), ``CitedUnit`` (the ayat or item a citation shown names) and ``RegulationSummary``
(one line of ``regsearch list``).

Plain frozen dataclasses with their ``to_dict`` (the ``--json`` contracts, DESIGN.md), kept
apart from the ranking that fills them; ``search`` imports them back, so
``regsearch.search.ArticleView`` and ``regsearch.ArticleView`` name these same classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .legal import penjelasan_parts
from .models import AppliedBy, Amends, Ayat, RegulationInfo, RevokedAyat, Source


@dataclass(frozen=True)
class RegulationSummary:
    """One line of ``regsearch list``."""

    info: RegulationInfo
    articles: int
    anomalies: int
    path: str
    #: The regulations in the index that amend this one ("UU 8/2015", …), oldest first, and
    #: the one that revokes it as a whole (None while in force, as far as the index knows).
    amended_by: tuple[str, ...] = ()
    revoked_by: str | None = None
    #: The file whatever the working directory (``path`` is as a person reads it: see Source).
    absolute_path: str = ""
    #: The last Pasal read when the text looked cut off there (no closing formula after the
    #: body: later articles are missing from the index); None for a text read to its end.
    cut_off_after: str | None = None
    #: Whether its type, number and year were read from its file's name, its text printing
    #: none (``metadata_from_file_name``: "uu/1986/5.md").
    named_by_file: bool = False

    @property
    def regulation(self) -> RegulationInfo:
        """``info`` under the name a ``Hit`` gives it (``hit.regulation.number``), so that
        code reading hits and the catalogue alike need not know two names."""
        return self.info

    def to_dict(self) -> dict[str, Any]:
        return {**self.info.to_dict(), "articles": self.articles, "anomalies": self.anomalies,
                "source": {"path": self.path, "absolute_path": self.absolute_path},
                "amended_by": list(self.amended_by), "revoked_by": self.revoked_by,
                "cut_off_after": self.cut_off_after, "named_by_file": self.named_by_file}


@dataclass(frozen=True)
class CitedUnit:
    """The ayat or item a citation shown names, as ``show --json`` gives it under "cited":
    ``citation`` ("Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016"),
    ``ayat`` its ayat number (None in an article without numbered ayat) and ``items`` the path
    of list labels below that ayat (("s",); () for the whole ayat). ``str()`` is the citation,
    which ``show`` opens again."""

    citation: str
    ayat: str | None = None
    items: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.citation

    def to_dict(self) -> dict[str, Any]:
        return {"citation": self.citation, "ayat": self.ayat, "items": list(self.items)}


@dataclass(frozen=True)
class ArticleView:
    """An article with all its parts, as ``show`` prints it."""

    regulation: RegulationInfo
    pasal: str
    amends: Amends | None
    citation: str
    kinds: tuple[str, ...]
    text: str
    source: Source
    ayat: tuple[Ayat, ...]
    penjelasan: str | None
    headings: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()
    #: As on ``Hit``: one of STANDINGS, and what replaced the article (None while current).
    standing: str = "current"
    replaced_by: str | None = None
    #: The ayat or item the citation shown names ("Pasal 7 ayat (2) huruf s …"), with its
    #: ayat number and item labels, as in ``show --json``; None when it names the whole
    #: article. ``str(view.cited)`` is its citation.
    cited: CitedUnit | None = None
    #: As on ``Hit``: why its labels may be misread, or None.
    caution: str | None = None
    #: The amendment whose Penjelasan ``penjelasan`` is, when one changed only the Penjelasan
    #: of this wording ("UU 8/2015 angka 49": "Pasal 71 tetap, dengan perubahan penjelasan");
    #: None when it is the article's own.
    penjelasan_by: str | None = None
    #: As on ``Hit``: the articles of its law applying it to a further case.
    applied_by: tuple[AppliedBy, ...] = ()
    #: As on ``Hit``: the ayat another law revoked by name while the article stays in force.
    revoked_ayat: RevokedAyat | None = None

    @property
    def cited_ayat(self) -> str | None:
        """``cited.ayat``, or None when the whole article is cited (kept for older callers)."""
        return self.cited.ayat if self.cited else None

    @property
    def cited_items(self) -> tuple[str, ...]:
        """``cited.items``, or () when the whole article is cited (kept for older callers)."""
        return self.cited.items if self.cited else ()

    @property
    def penjelasan_parts(self) -> list[tuple[int, str]]:
        """The Penjelasan one part per ayat, huruf and angka, with its depth (``legal``)."""
        return penjelasan_parts(self.penjelasan) if self.penjelasan else []

    def to_dict(self) -> dict[str, Any]:
        cited = self.cited.to_dict() if self.cited else None
        return {"regulation": self.regulation.to_dict(), "pasal": self.pasal,
                "amends": self.amends.to_dict() if self.amends else None,
                "citation": self.citation, "kinds": list(self.kinds), "text": self.text,
                "source": self.source.to_dict(), "ayat": [a.to_dict() for a in self.ayat],
                "penjelasan": self.penjelasan, "versions": list(self.versions),
                "standing": self.standing, "replaced_by": self.replaced_by, "cited": cited,
                "caution": self.caution, "penjelasan_by": self.penjelasan_by,
                "applied_by": [a.to_dict() for a in self.applied_by],
                "revoked_ayat": self.revoked_ayat.to_dict() if self.revoked_ayat else None}
