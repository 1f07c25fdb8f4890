"""The data regsearch passes between its layers: plain frozen dataclasses, stdlib only.

Parsing builds a ``Regulation`` tree (articles → ayat → list items); the rule-kind
classifier returns a copy of that tree with ``kinds``/``subject``/``addressees`` filled in;
the index stores what a hit needs; search returns ``Hit`` objects that no longer refer to Whoosh.
``to_dict()`` methods produce exactly the JSON shapes of DESIGN.md §4.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, overload

#: The rule kinds a unit can state (DESIGN §2 / §4), in display order.
KINDS: tuple[str, ...] = ("kewajiban", "syarat", "larangan", "hak", "kewenangan", "sanksi", "definisi")

#: Whether an article is still the text in force, as far as the index knows: ``current``
#: (nothing in the index replaces it), ``superseded`` (a later amendment in the index
#: reworded it), ``deleted`` (an amendment in the index repealed it: "Ketentuan Pasal 169
#: dihapus") or ``revoked`` (its whole regulation was revoked by one in the index).
STANDINGS: tuple[str, ...] = ("current", "superseded", "deleted", "revoked")

#: Canonical regulation type codes (DESIGN §3).
TYPE_CODES: tuple[str, ...] = (
    "UU", "PERPPU", "PP", "PERPRES", "KEPPRES", "PERMEN", "PKPU", "PERBAWASLU", "POJK",
    "PERKA", "PERBA", "KEPKA", "PERGUB", "PERDA", "PERBUP", "PERWALI", "SE",
)


@dataclass(frozen=True)
class RegulationRef:
    """The identity of a regulation: type code, leading number as printed, year — and, for
    a type many bodies issue, each numbering its own series, the issuer ("Bali": Pergub Bali
    1/2021 is not Pergub Jawa Barat 1/2021), as ``legal.issuer_name`` writes it."""

    type: str
    number: str
    year: int
    issuer: str = ""

    @property
    def short(self) -> str:
        """Short citation form, e.g. ``UU 10/2016``, ``PERGUB Bali 1/2021``."""
        issuer = f" {self.issuer}" if self.issuer else ""
        return f"{self.type}{issuer} {self.number}/{self.year}"

    @property
    def id(self) -> str:
        """Stable identifier used in the index and the JSON contract, e.g. ``uu-10-2016``,
        ``pergub-bali-1-2021``."""
        issuer = f"{'-'.join(self.issuer.lower().split())}-" if self.issuer else ""
        return f"{self.type.lower()}-{issuer}{self.number.lower()}-{self.year}"


@dataclass(frozen=True)
class Amends:
    """Marks an article quoted inside an amending regulation's ``Pasal I``.

    ``ref`` is the amended regulation, ``pasal`` the quoted article's number and ``via``
    the change item that quotes it ("Pasal I angka 1"; in an omnibus law its own article:
    "Pasal 81 angka 44"). ``ayat``: the ayat the change item
    replaces when it names and quotes only them ("Ketentuan Pasal 10 ayat (4) huruf b diubah"
    quoting ayat (4) alone): the article's other ayat stay as the amended text prints them.
    Empty when the quoted article is the whole Pasal.
    """

    ref: RegulationRef
    pasal: str
    via: str
    ayat: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        issuer = {"issuer": self.ref.issuer} if self.ref.issuer else {}
        return {"type": self.ref.type, "number": self.ref.number, "year": self.ref.year, **issuer,
                "pasal": self.pasal, "via": self.via, "ayat": list(self.ayat)}


@dataclass(frozen=True)
class Item:
    """A list item (huruf ``a.``, angka ``1.``, ``a)``, ``1)``) with its own nested items.

    ``subject`` is the addressee of its rule; ``addressees`` pairs each kind with its own
    when the unit states rules for different parties (see ``Ayat``).
    """

    label: str
    text: str
    items: tuple[Item, ...] = ()
    kinds: tuple[str, ...] = ()
    subject: str | None = None
    addressees: tuple[tuple[str, str], ...] = ()

    def addressee(self, kind: str) -> str | None:
        """Whom the unit's rule of ``kind`` addresses (see ``Ayat.addressee``)."""
        return dict(self.addressees).get(kind, self.subject)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "kinds": list(self.kinds),
                "subject": self.subject, "addressees": dict(self.addressees),
                "items": [i.to_dict() for i in self.items]}


@dataclass(frozen=True)
class Ayat:
    """A numbered paragraph ``(1)``, ``(1a)``; ``number`` is None for an article without ayat.

    ``text`` is the ayat's own sentence (the lead-in when it has items); ``items`` its list.
    ``subject`` is the addressee of its (first) rule. A unit may state rules for different
    parties: "Pengusaha dapat melakukan pemutusan hubungan kerja …, dengan ketentuan
    pekerja/buruh berhak atas uang pesangon …" (UU 13/2003 Pasal 164) is the employer's
    kewenangan and the worker's hak; ``addressees`` then pairs each kind with its party
    (``(("hak", "pekerja/buruh"), ("kewenangan", "Pengusaha"))``), and is empty when
    ``subject`` addresses every kind.
    """

    number: str | None
    text: str
    items: tuple[Item, ...] = ()
    kinds: tuple[str, ...] = ()
    subject: str | None = None
    penjelasan: str | None = None
    addressees: tuple[tuple[str, str], ...] = ()

    def addressee(self, kind: str) -> str | None:
        """Whom the unit's rule of ``kind`` addresses: its own party, else ``subject``."""
        return dict(self.addressees).get(kind, self.subject)

    @property
    def full_text(self) -> str:
        """The ayat with its items, as one readable string."""
        return join_unit_text(self.text, self.items)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "text": self.text, "kinds": list(self.kinds),
                "subject": self.subject, "addressees": dict(self.addressees),
                "items": [i.to_dict() for i in self.items]}


def join_unit_text(text: str, items: tuple[Item, ...]) -> str:
    """Render a unit and its nested items as ``text a. … b. …`` (one line per item)."""
    lines = [text] if text else []
    for item in items:
        lines.append(join_unit_text(f"{item.label}. {item.text}", item.items))
    return "\n".join(lines)


@dataclass(frozen=True)
class Article:
    """One ``Pasal``: the unit that is indexed, cited and shown.

    ``part`` is ``"body"`` for the batang tubuh, ``"lampiran"`` for articles of a
    regulation carried in the Lampiran (Penetapan Perppu menjadi UU). ``amends`` is set for
    articles quoted inside ``Pasal I`` of an amending regulation (or inside an omnibus
    law's article amending another law).
    """

    pasal: str
    text: str
    ayat: tuple[Ayat, ...] = ()
    bab: str | None = None
    bagian: str | None = None
    paragraf: str | None = None
    page: int | None = None
    amends: Amends | None = None
    penjelasan: str | None = None
    part: str = "body"

    @property
    def kinds(self) -> tuple[str, ...]:
        """Union of the kinds of its ayat and items, in canonical order."""
        found: set[str] = set()

        def walk(units: tuple[Any, ...]) -> None:
            for unit in units:
                found.update(unit.kinds)
                walk(unit.items)

        walk(self.ayat)
        return tuple(k for k in KINDS if k in found)

    @property
    def headings(self) -> str:
        """BAB / Bagian / Paragraf headings joined, for the index's heading field."""
        return " ".join(h for h in (self.bab, self.bagian, self.paragraf) if h)


@dataclass(frozen=True)
class RevokedProvision:
    """An article (or some of its ayat) of another regulation that a closing provision
    revokes: "… ketentuan dalam: … l. Pasal 2 ayat (1), Pasal 3 … Undang-Undang Nomor 31 Tahun
    1999 … dicabut dan dinyatakan tidak berlaku" (UU 1/2023 Pasal 622 ayat (1)).

    ``regulation`` is the revoked article's regulation as written (its id is read at index
    time, as for ``Regulation.revokes``); ``ayat`` the ayat revoked, () for the whole article;
    ``by`` the revoking regulation's own Pasal. ``fits``: for a number OCR printed with a
    letter ("Pasal 2a ayat(21" between Pasal 27 and Pasal 30, UU 1/2023 Pasal 622 ayat (1)
    huruf r), ``pasal`` is as printed and ``fits`` the numbers it may be that its list's order
    allows ("28", "29"): the index takes the one the revoked law holds with ``ayat``, if only
    one does; () for a number read."""

    regulation: str
    pasal: str
    ayat: tuple[str, ...] = ()
    by: str = ""
    fits: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryIntoForce:
    """When a regulation says it takes effect, as its closing article words it (read, not yet
    used for ``standing``): "Undang-Undang ini mulai berlaku setelah 3 (tiga) tahun terhitung
    sejak tanggal diundangkan" (UU 1/2023 Pasal 624) is ``after`` (3, 0, 0) — years, months,
    days after promulgation; "… pada tanggal diundangkan" (0, 0, 0); "… pada tanggal 1
    Januari 2001" names its ``date``. ``date`` is ISO ("2026-01-02"): the date named, or the
    promulgation date read plus ``after``; None when neither is read."""

    pasal: str
    clause: str
    after: tuple[int, int, int] | None
    date: str | None


@dataclass(frozen=True)
class ChangeItem:
    """One numbered item of an amending regulation's ``Pasal I`` (or of an omnibus law's
    article that amends another law: "Pasal 81 … 47. Pasal 158 dihapus.").

    ``action`` is one of diubah / disisipkan / dihapus / ditambahkan (or None when the
    instruction could not be read); ``targets`` the Pasal numbers it changes. ``ref``: the
    regulation it changes when that is not ``Regulation.amends`` — an omnibus law amends
    dozens from its Arabic-numbered articles, each item the law its article names; None in
    a ``Pasal I`` amendment (its one amended regulation is ``Regulation.amends``).
    ``text_missing``: the item rewords or inserts its articles but no quoted text of them
    was read (OCR lost it; anomaly ``change_text_missing``).
    ``penjelasan``: for an item that keeps an article's text and changes only its
    Penjelasan ("49. Ketentuan Pasal 71 tetap, dengan perubahan penjelasan Pasal 71 ayat
    (2) …"; "Penjelasan Pasal 72 diubah sebagaimana tercantum dalam penjelasan"), the new
    Penjelasan of that article as the amending law's Pasal demi Pasal prints it ("Ayat (1)
    Cukup jelas. Ayat (2) …"); None otherwise. The amending law quotes no text of the
    article, so no ``Article`` of it carries this.
    """

    label: str
    instruction: str
    action: str | None
    targets: tuple[str, ...] = ()
    ref: RegulationRef | None = None
    text_missing: bool = False
    penjelasan: str | None = None


@dataclass(frozen=True)
class Anomaly:
    """Something the parser noticed and could not fully resolve (self-diagnosis)."""

    code: str
    message: str
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "page": self.page}


#: The heading of a Penjelasan Umum kept as a section: a regulation's own (indexed as part
#: "penjelasan") and that of a Perppu its enacting act prints as its Lampiran (UU 1/2015).
GENERAL_EXPLANATION = "PENJELASAN UMUM"


@dataclass(frozen=True)
class Butir:
    """A numbered point of a Lampiran that is a manual (UU 12/2011 Lampiran II, "butir 98"):
    drafters cite these, not the annex whole. ``heading`` is the chapter and section it sits
    under ("BAB I KERANGKA PERATURAN PERUNDANG-UNDANGAN › A. JUDUL"), "" when none is read."""

    number: str
    text: str
    heading: str = ""
    page: int | None = None


@dataclass(frozen=True)
class LampiranSection:
    """A Lampiran (annex) kept apart from the body: searchable, never taken for articles.
    ``butir`` are its numbered points when it is a manual numbering them in one sequence
    (``parse`` reads them only then), else ()."""

    label: str
    text: str
    page: int | None = None
    butir: tuple[Butir, ...] = ()


@dataclass(frozen=True)
class Regulation:
    """A parsed regulation: metadata, articles, and what the parser could not place."""

    type: str
    number: str
    year: int
    title: str
    path: str
    full_number: str | None = None
    issuer: str | None = None
    #: The body whose series the number belongs to, for a type many bodies issue ("Bali"
    #: for a Pergub Bali): ``RegulationRef.issuer``; "" for the others.
    issued_by: str = ""
    enacted: str | None = None
    promulgated: str | None = None
    gazette: str | None = None
    articles: tuple[Article, ...] = ()
    #: The regulation a ``Pasal I`` amendment changes. None for an omnibus law, which amends
    #: many from its own articles: each of its ``changes`` (and quoted articles) names one.
    amends: RegulationRef | None = None
    changes: tuple[ChangeItem, ...] = ()
    revokes: tuple[str, ...] = ()
    #: Articles of other regulations its closing provisions revoke one by one.
    revokes_provisions: tuple[RevokedProvision, ...] = ()
    #: Articles revoked by a number OCR printed with a letter ("Pasal 2a"): each with the
    #: numbers it may be (``RevokedProvision.fits``), which the index chooses from.
    revokes_unsure: tuple[RevokedProvision, ...] = ()
    #: When it says it takes effect (its closing article), None when no article says so.
    in_force: EntryIntoForce | None = None
    penjelasan_umum: str | None = None
    #: The page its Penjelasan Umum starts on (a PDF's; None for a text file), where ``show``
    #: points a reader of the section indexed from it.
    penjelasan_umum_page: int | None = None
    lampiran: tuple[LampiranSection, ...] = ()
    anomalies: tuple[Anomaly, ...] = ()
    page_count: int | None = None

    @property
    def ref(self) -> RegulationRef:
        return RegulationRef(self.type, self.number, self.year, self.issued_by)

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def is_amending(self) -> bool:
        return bool(self.changes)

    def info(self) -> RegulationInfo:
        return RegulationInfo(self.id, self.type, self.number, self.year, self.title,
                              self.issued_by)


@dataclass(frozen=True)
class RegulationInfo:
    """The regulation block of the JSON contract (``issuer`` only for a type many bodies
    issue: an extension of DESIGN §4)."""

    id: str
    type: str
    number: str
    year: int
    title: str
    issuer: str = ""

    @property
    def ref(self) -> RegulationRef:
        return RegulationRef(self.type, self.number, self.year, self.issuer)

    def to_dict(self) -> dict[str, Any]:
        issuer = {"issuer": self.issuer} if self.issuer else {}
        return {"id": self.id, "type": self.type, "number": self.number, "year": self.year,
                **issuer, "title": self.title}


def shown_path(path: str) -> str:
    """A file's path as a user reads it: relative to the working directory when the file is
    inside it ("corpus/text/uu-10-2016-….txt", as typed from the checkout), else absolute.

    The index stores absolute paths, which resolve from anywhere; a path relative to where
    it was built would name the wrong file (or none) from another directory. A relative
    path (as an index built by an earlier regsearch stored) is returned as it is."""
    if not os.path.isabs(path):
        return path
    try:
        cwd = os.getcwd()
    except OSError:  # the working directory was removed
        return path
    if cwd == os.sep:  # everything is under /: absolute reads better
        return path
    cwd += os.sep
    return path[len(cwd):] if path.startswith(cwd) and len(path) > len(cwd) else path


@dataclass(frozen=True)
class Source:
    """Where an article is: its file (``shown_path``: stored absolute, given relative to the
    working directory when inside it, as a person reads it) and its page (None for a text
    file). ``absolute_path`` is the same file whatever the working directory: what code that
    stores or compares paths keys on (``path`` of one hit differs between two directories)."""

    path: str
    page: int | None = None
    absolute_path: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "absolute_path", os.path.abspath(self.path))
        object.__setattr__(self, "path", shown_path(self.path))

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "page": self.page, "absolute_path": self.absolute_path}


@dataclass(frozen=True)
class AppliedBy:
    """An article of the same law applying the one found to a further case: "Pasal 63 UU
    12/2011" applies Pasal 56–62 (Perda Provinsi) "secara mutatis mutandis terhadap
    penyusunan Peraturan Daerah Kabupaten/Kota". ``to``: that case, as the law writes it;
    ``mutatis_mutandis``: said so (else "berlaku juga/pula bagi …")."""

    citation: str
    to: str
    mutatis_mutandis: bool = True

    def __str__(self) -> str:
        how = "mutatis mutandis " if self.mutatis_mutandis else ""
        return f"applied {how}to {self.to} by {self.citation}"

    def to_dict(self) -> dict[str, Any]:
        return {"citation": self.citation, "to": self.to,
                "mutatis_mutandis": self.mutatis_mutandis}


@dataclass(frozen=True)
class RevokedAyat:
    """Ayat of an article still in force that another law revoked by name: UU 1/2023 Pasal 622
    revokes ayat (1) and (3) of Pasal 45 UU 11/2008 as UU 19/2016 worded it, and ayat (2) and
    the rest stay in force. ``within`` says whether the text cited holds them (the whole
    article, or one of them, rather than another ayat); ``numbered`` whether the article
    prints ayat numbers that tell them apart — UU 19/2016's Pasal 45 prints none (OCR lost
    them), so words found in it may be in a revoked ayat, and no one can say which."""

    ayat: tuple[str, ...]
    by: str
    within: bool
    numbered: bool

    @property
    def note(self) -> str:
        """"ayat (1) and (3) of this article revoked by Pasal 622 UU 1/2023": the ``caution``
        a hit or article in force says it with."""
        named = [f"({number})" for number in self.ayat]
        listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
        return f"ayat {listed} of this article revoked by {self.by}"

    def to_dict(self) -> dict[str, Any]:
        return {"ayat": list(self.ayat), "by": self.by, "within": self.within,
                "numbered": self.numbered}


@dataclass(frozen=True)
class Hit:
    """One search result, fully detached from the index (safe after the searcher closes)."""

    rank: int
    score: float
    regulation: RegulationInfo
    pasal: str | None
    ayat: str | None
    amends: Amends | None
    citation: str
    kinds: tuple[str, ...]
    snippet: str
    source: Source
    #: One of STANDINGS; ``replaced_by`` names what replaced it (the newer version's
    #: citation, or the amending/revoking regulation), None while it is current.
    standing: str = "current"
    replaced_by: str | None = None
    #: The list labels below ``ayat`` of the unit cited, outermost first ("s"; "b", "1"):
    #: "huruf s" and "huruf t" of one ayat are two hits that differ here.
    items: tuple[str, ...] = ()
    #: Why an article that joined through a reference is listed ("refers to Pasal 82 UU
    #: 13/2003", "referred to by …": one of the best answers); None for one the words found.
    linked: str | None = None
    #: Why the ayat/item labels of this article may be misread (the parser found them out
    #: of sequence: OCR lost or garbled some); None when they read in order.
    caution: str | None = None
    #: True for a unit the query cites ("UU 10/2016 Pasal 7"): answered by its citation, not
    #: scored (``score`` 0.0), listed first in the order cited. Sort by ``rank``, not score.
    cited: bool = False
    #: The articles of its law applying this one to a further case (``AppliedBy``), in force.
    applied_by: tuple[AppliedBy, ...] = ()
    #: The ayat of this article another law revoked by name while the rest stays in force
    #: (``RevokedAyat``), whatever the unit cited; None when none are.
    revoked_ayat: RevokedAyat | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "score": round(self.score, 4),
                "regulation": self.regulation.to_dict(), "pasal": self.pasal, "ayat": self.ayat,
                "amends": self.amends.to_dict() if self.amends else None,
                "citation": self.citation, "kinds": list(self.kinds), "snippet": self.snippet,
                "source": self.source.to_dict(), "standing": self.standing,
                "replaced_by": self.replaced_by, "items": list(self.items),
                "linked": self.linked, "caution": self.caution, "cited": self.cited,
                "applied_by": [a.to_dict() for a in self.applied_by],
                "revoked_ayat": self.revoked_ayat.to_dict() if self.revoked_ayat else None}


@dataclass(frozen=True)
class SearchResult:
    """What a query returns: the hits shown and how many matched in all.

    ``suggestion``: the query with misspelt words corrected ("did you mean"), or None.
    ``read_as``: the query as it was searched when a word it uses occurs nowhere in the
    index but its only other phrasing does ("PHK" → "pemutusan hubungan kerja"), or None.
    ``unmatched``: words of the query that no article uses and that nothing above accounts
    for (no suggestion, no other phrasing that an article holds): "blockchain" — the
    regulations word it otherwise.
    ``missing``: what a citation in the query names that the index lacks ("UU 10/2016 has no
    Pasal 8"), listed beside the units it holds; or, when it holds none of them and the query
    has other words, why those words were searched instead.
    """

    query: str
    total: int
    hits: tuple[Hit, ...] = field(default_factory=tuple)
    suggestion: str | None = None
    read_as: str | None = None
    unmatched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    @overload
    def __getitem__(self, position: int) -> Hit: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[Hit, ...]: ...

    def __getitem__(self, position: int | slice) -> Hit | tuple[Hit, ...]:
        """``result[0]``: the best hit, as ``result.hits[0]``; ``result[:3]`` the first three."""
        return self.hits[position]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total,
                "hits": [h.to_dict() for h in self.hits], "suggestion": self.suggestion,
                "read_as": self.read_as, "unmatched": list(self.unmatched),
                "missing": list(self.missing)}
