"""A citation typed as a query, alone or with words beside it ("Pasal 156 UU 13/2003",
"sanksi Pasal 5 UU 13/2003", "Pasal 71 ayat (2) UU Pilkada" --kind sanksi): the units cited,
as hits, listed first; then what refers to them — the sanctions inside their own article,
the articles of the index referring to them that hold the words (searched by ``search``), the
sanctions referring to them that lack the words — each linked to the unit it refers to, with
notes saying what was not found.

The path, in ``search``'s order: ``_cited_entries`` reads what a citation names that the
index holds; alone, it is answered by ``_citation_result``, or with a kind or subject filter
by ``_filtered_cited``; beside words, ``_around_cited`` says where the words are searched (the
articles referring to the units cited) and ``_cited_first`` puts the units cited before what
the words found there. ``search`` decides whether a query is a citation and ranks the words.

This module reads the index only through ``Lookups``: the six questions it asks of
``RegulationIndex`` (which documents a query matches, their stored payloads, the standing of
a version, the versions a citation names, which regulation amends which, the terms a search
highlights), passed as functions. Why a record of functions rather than the index itself: a
newcomer sees here all that this path can ask, without the two thousand lines of
``RegulationIndex``; and a ``Protocol`` would have to spell out that class's private method
names. Whoosh is imported only to write the query "the articles referring to the units
cited", which ``search`` then searches within.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from whoosh.query import And, Not, Or, Query, Term

from . import analysis
from .citations import Citation, annex_heading, is_only_citation, parse_citations
from .errors import NotFoundError, QueryError
from .expand import kind_terms
from .legal import format_unit, own_ayat_referred, version_key
from .links import _cited, _fit, _reference, _referring
from .models import Hit, RegulationRef, SearchResult
from .queries import _WHOOSH_SYNTAX, _content_words, _listed
from .units import (UnitFilter, _Unit, _article_citation, _best_unit, butir_cited, _cited_unit,
                    _hit, _identity, _info, _missing_unit, _payload_kinds, _unnumbered_ayat,
                    _units, _version)

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Lookups:
    """What the citation path asks of the index (``RegulationIndex._lookups`` gathers it)."""

    #: Which documents a Whoosh query matches: a boolean array by document number.
    mask: Callable[[Query], np.ndarray]
    #: (document number, payload, identity) of the articles and Lampiran among documents.
    searchable: Callable[[Iterable[int]], Iterator[tuple[int, dict, str]]]
    #: Whether a version (at an ayat) is the text in force, and what replaced it.
    standing: Callable[[dict, str | None], tuple[str, str | None]]
    #: The documents a citation names, the one to list first (``NotFoundError`` if none).
    resolve: Callable[[Citation], list[tuple[int, dict]]]
    #: Whether the index holds the first regulation as an amendment of the second.
    amends_held: Callable[[RegulationRef, RegulationRef], bool]
    #: The terms of some words a snippet highlights, as a search for them would.
    highlighted: Callable[[str], set[str]]


@dataclass(frozen=True)
class _Cited:
    """What a query's citation leaves to do: the answer, or the words to search and where."""

    answer: SearchResult | None
    words: str
    filter_query: Query | None
    notes: tuple[str, ...] = ()
    within: str = ""   # " in UU 13/2003": the words are searched in the regulation cited
    #: The units cited, listed before the words' hits ("sanksi Pasal 5 UU 13/2003").
    lead: _Lead | None = None
    #: A Pasal cited of no regulation ("Pasal 40" of "pasal 40 kades berhenti"): its note,
    #: asking which, is written once the words found where they land.
    of_no_regulation: str = ""


@dataclass(frozen=True)
class _Lead:
    """The units a query cites beside words to search, and how each is named."""

    entries: tuple[tuple[int, dict, Citation], ...]
    named: tuple[str, ...]
    #: The entries listed: those the kind and subject filters keep (all, without them).
    shown: tuple[tuple[int, dict, Citation], ...] | None = None
    #: Sanctions in the article cited of the ayat cited (``_sanctions_inside``), listed
    #: after the units cited: (payload, the ayat as cited, the ayat it refers to as cited).
    inside: tuple[tuple[dict, Citation, str], ...] = ()
    sanction: bool = False   # the words or the kind filter ask for a sanction
    filtered: bool = False   # filters bound what refers to the units cited
    filters: Query | None = None   # those filters
    wanted: UnitFilter = UnitFilter()   # the kind and subject filters among them

    @property
    def listed(self) -> tuple[tuple[int, dict, Citation], ...]:
        return self.entries if self.shown is None else self.shown


def _citation_hits(index: Lookups, text: str, filter_query: Query | None, limit: int
                   ) -> tuple[SearchResult | None, tuple[str, ...]]:
    """The articles a citation typed as a query names (within the filters), each cited
    at the ayat / huruf named, with what it names that the index lacks ("UU 10/2016 has
    no Pasal 8" in "Pasal 7 sampai dengan Pasal 9 UU 10/2016": an amendment amends some
    Pasal, not all). When it names nothing the index holds: a query that is nothing but
    the citation raises ``QueryError`` with the reason; one with other words returns
    None and the reasons ("sanksi pasal 999 UU 13/2003": its words are searched)."""
    entries, missing = _cited_entries(index, text, filter_query)
    if entries is None:
        return None, missing
    return _citation_result(index, text, entries, missing, limit), ()


def _cited_entries(index: Lookups, text: str, filter_query: Query | None, only: bool = False
                   ) -> tuple[list[tuple[int, dict, Citation]] | None, tuple[str, ...]]:
    """(document, payload, citation) of each unit a citation typed as a query names that
    the index holds within the filters, and what it names that the index lacks (see
    ``_citation_hits``). ``only``: the query holds nothing else to search (question
    words: "apa itu Pasal 999 UU 13/2003" is refused as "Pasal 999 UU 13/2003" is)."""
    found: list[tuple[int, dict, Citation]] = []
    seen: set[tuple[int, str | None, tuple[str, ...], str | None]] = set()
    missing: list[str] = []
    skipped: list[str] = []
    only = only or is_only_citation(text)
    try:
        cites = parse_citations(text, amends=index.amends_held)
    except QueryError as exc:
        if only:
            raise
        return None, (str(exc),)   # "sanksi Pasal 7 ayat UU 10/2016": the words, and why
    if not only and any(c.lampiran == "" and c.pasal is None for c in cites):
        return None, ()   # "lampiran UU 12/2011 teknik penyusunan": words to search there
    for cite in cites:   # "Pasal 156 dan Pasal 157": each, in order
        reason: str | None
        try:
            versions = index.resolve(cite)
        except NotFoundError as exc:
            versions, reason = [], str(exc)
        else:
            versions = _in_force_first(index, versions, cite)
            if (unnumbered := _unnumbered_ayat(versions, cite)) is not None:
                missing.append(unnumbered)   # "Pasal 45 ayat (3) UU ITE": the whole Pasal
                cite = replace(cite, ayat=None)
            reason = _missing_unit(versions, cite)
            # "Pasal 7 ayat (2) huruf g": only the versions that have it
            versions = [v for v in versions if _cited_unit(v[1], cite)] or versions
        if reason:   # an inserted 156A a range may cover, one of "X atau Y": unsaid
            (skipped if cite.implied else missing).append(reason)
            continue
        for docnum, payload in versions:
            for each in _each_ayat_holding(payload, cite):   # "Pasal 156 huruf c"
                # the butir of one annex section are one document: each is its own unit
                if (docnum, each.ayat, each.items, each.butir) not in seen:
                    seen.add((docnum, each.ayat, each.items, each.butir))
                    found.append((docnum, payload, each))
    if not found:
        missing = missing or skipped   # none of "X atau Y" holds it: each says why
        if only:
            raise NotFoundError("; ".join(missing))
        return None, tuple(missing)
    if filter_query is not None:
        allowed = index.mask(filter_query)
        outside = [entry for entry in found if not allowed[entry[0]]]
        found = [entry for entry in found if allowed[entry[0]]]
        missing += [f"{_article_citation(payload)} is outside the filters given"
                    for _, payload, _ in outside]
        if not found and only:
            raise NotFoundError("; ".join(missing))
    return found, tuple(missing)


def _in_force_first(index: Lookups, versions: list[tuple[int, dict]], cite: Citation
                    ) -> list[tuple[int, dict]]:
    """The versions of an article a law's number cites, the text in force first ("pasal 32
    uu 40/2007": as UU 11/2020 amended it, then the 2007 wording, superseded; the others newest
    first), as words searched in one law list them. A citation naming a version ("…
    sebagaimana diubah dengan UU 11/2020", "UU 8/2015 Pasal 7", an amendment's own quote)
    keeps it first; so does ``show``, which opens what the citation names."""
    if cite.amended_by is not None or not versions or versions[0][1]["amends"] is not None:
        return versions
    current = [v for v in versions if index.standing(v[1], None)[0] == "current"]
    if not current or current[0] is versions[0]:
        return versions
    rest = sorted((v for v in versions if v not in current),
                  key=lambda v: version_key(tuple(v[1]["version"])), reverse=True)
    return current + rest


def _citation_result(index: Lookups, text: str, entries: list[tuple[int, dict, Citation]],
                     missing: tuple[str, ...], limit: int,
                     terms: set[str] | frozenset[str] = frozenset()) -> SearchResult:
    """The units cited, in the order cited, as hits (``terms`` highlighted)."""
    hits = [replace(butir_cited(_hit(rank, 0.0, payload, _cited_unit(payload, one), set(terms),
                                     index.standing(payload, one.ayat)), payload, one.butir),
                    cited=True)
            for rank, (_, payload, one) in enumerate(entries[:limit], 1)]
    return SearchResult(text, len(entries), tuple(hits), missing=tuple(missing))


def _around_cited(index: Lookups, words: str, entries: list[tuple[int, dict, Citation]],
                  missing: tuple[str, ...], filter_query: Query | None,
                  wanted: UnitFilter = UnitFilter()) -> _Cited:
    """Words typed beside a citation the index answers ("sanksi Pasal 5 UU 13/2003"):
    the units cited are listed first, and the words are searched in the articles that
    refer to them (Pasal 190, which sanctions Pasal 5), where a statute states the
    consequences, sanctions and exceptions of a rule without repeating its words. Words
    asking for a sanction search only the referring articles that state one: "sanksi
    Pasal 156 UU 13/2003" is not answered by Pasal 160 for saying "tindak pidana" (UU
    13/2003 sanctions no breach of Pasal 156; ``_cited_first`` says so). A sanction is
    asked for by a word or by the kind filter; the units cited that the kind or subject
    filters leave out are not listed, but still searched around (``_listed_cited``)."""
    sanction = "sanksi" in {*kind_terms(words).values(), *wanted.kinds}
    around = _referring_to(entries, filter_query, sanction)
    lead, left_out = _lead(index, entries, filter_query, wanted, sanction)
    missing += tuple(f"{_left_out_by(unit, wanted)}; the articles referring to it were "
                     "searched" for unit in left_out)
    return _Cited(None, words, around, missing, lead=lead)


def _lead(index: Lookups, entries: list[tuple[int, dict, Citation]], filter_query: Query | None,
          wanted: UnitFilter, sanction: bool) -> tuple[_Lead, list[str]]:
    """The units cited as listed before what refers to them (``_Lead``), and the name of
    each the kind and subject filters leave out."""
    first: dict[Citation, dict] = {}   # each unit's version listed first (in force)
    for _, payload, cite in entries:
        first.setdefault(cite, payload)
    named = list(dict.fromkeys(_named_citation(cite, payload)
                               for cite, payload in first.items()))
    shown, left_out = _listed_cited(index, entries, filter_query, wanted)
    inside = tuple(_sanctions_inside(entries, wanted)) if sanction else ()
    lead = _Lead(tuple(entries), tuple(named), tuple(shown), inside, sanction,
                 filter_query is not None, filter_query, wanted)
    return lead, list(dict.fromkeys(_named_citation(cite, first[cite])
                                    for _, _, cite in left_out))


def _left_out_by(unit: str, wanted: UnitFilter) -> str:
    """Why a unit cited is not listed, when only the kind or subject filters leave it out
    (the others were applied when the citation was read): "Pasal 90 UU 13/2003 is not of
    the kind asked (sanksi)" says what a user can act on; "outside the filters" read as
    an error (QA round 3)."""
    if wanted.kinds and not wanted.subjects:
        return f"{unit} is not of the kind asked ({', '.join(sorted(wanted.kinds))})"
    if wanted.subjects and not wanted.kinds:
        return f"{unit} is not addressed to the subject asked ({' '.join(wanted.subjects[0])})"
    return f"{unit} is outside the filters given"


def _filtered_cited(index: Lookups, entries: list[tuple[int, dict, Citation]],
                    missing: tuple[str, ...], filter_query: Query | None,
                    wanted: UnitFilter, limit: int) -> SearchResult:
    """A citation alone with a kind or subject filter: the units cited that the filters
    keep, each judged as cited (Pasal 71 ayat (2) UU 10/2016, a prohibition, is no
    sanction because its ayat (5) is one); and, asked for sanctions, the sanctions of
    the units cited, as "sanksi Pasal 71 ayat (2) UU Pilkada" lists them: in their own
    article (ayat (5)), then the articles referring to them (Pasal 190), closest first.
    With nothing to list: a note when sanctions were asked for (that none refers to the
    units is the answer), else ``NotFoundError`` naming the units left out."""
    sanction = "sanksi" in wanted.kinds
    lead, left_out = _lead(index, entries, filter_query, wanted, sanction)
    searched = "; the articles referring to it were searched" if sanction else ""
    missing += tuple(f"{_left_out_by(unit, wanted)}{searched}" for unit in left_out)
    referring = _sanctions_referring(index, lead) if sanction else []
    it = "it" if len(lead.named) == 1 else "them"
    named = _listed(list(lead.named), "and")
    if not (lead.listed or lead.inside or referring):
        if not sanction:
            raise NotFoundError("; ".join(missing))
        missing += (f"a sanction for {named} (no article the filters keep that refers to "
                    f"{it} states one)",)
    hits = _lead_hits(index, lead, set(), limit)
    reasons = _referred_by(index, lead)
    hits += tuple(_hit(len(hits) + n, 0.0, payload, unit, set(),
                       index.standing(payload, unit.ayat),
                       linked=reasons.get(_article_citation(payload)))
                  for n, (payload, unit) in enumerate(
                      referring[:max(limit - len(hits), 0)], 1))
    return SearchResult("", len(lead.listed) + len(lead.inside) + len(referring), hits,
                        missing=missing, read_as=(f"{named}, then the sanctions referring "
                                                  f"to {it}" if sanction else None))


def _sanctions_referring(index: Lookups, lead: _Lead, found: Iterable[str] = ()
                         ) -> list[tuple[dict, _Unit]]:
    """Every sanction the lead's filters keep in an article referring to the units cited,
    less the articles ``found`` (whole citations), each at its unit referring to them:
    those naming the ayat cited first (``_fit``), then the text in force, then in the
    index's order. Asked for the sanction of a unit cited, these are the answer whether
    or not they repeat the query's words: UU 11/2020's Pasal 185 ayat (1) ("… Pasal 156
    ayat (1), atau Pasal 160 ayat (4) dikenai sanksi pidana …") sanctions Pasal 156 UU
    13/2003 without saying "pesangon"."""
    cited: dict[str, list[str | None]] = {}   # identity → the ayat cited (None: whole)
    for _, payload, cite in lead.entries:
        cited.setdefault(_identity(payload), []).append(cite.ayat)
    query = _referring_to(lead.entries, lead.filters, sanction=True)
    sanctions = UnitFilter(frozenset(["sanksi"]), lead.wanted.subjects)
    skip, ordered = set(found), []
    docnums = index.mask(query).nonzero()[0].tolist()
    for docnum, payload, _ in index.searchable(docnums):
        fits = {(answer, ayat): _fit(payload, answer, frozenset([ayat] if ayat else []))
                for answer in _cited(payload, cited) for ayat in cited[answer]}
        if not fits or _article_citation(payload) in skip:
            continue
        answer, ayat = max(fits, key=fits.__getitem__)
        unit = _best_unit(payload, set(), set(), sanctions,
                          prefer=_referring(payload, answer.rpartition("#")[2], ayat))
        if unit is not None:
            standing = index.standing(payload, unit.ayat)[0]
            ordered.append(((-fits[answer, ayat], standing != "current", docnum),
                            payload, unit))
    return [(payload, unit) for _, payload, unit in sorted(ordered, key=lambda o: o[0])]


def _lead_hits(index: Lookups, lead: _Lead, terms: set[str], limit: int) -> tuple[Hit, ...]:
    """The units cited that are listed, then the sanctions inside their articles."""
    cited = _citation_result(index, "", list(lead.listed), (), limit, terms)
    inside = tuple(_hit(len(cited.hits) + n, 0.0, payload, _cited_unit(payload, cite),
                        set(terms), index.standing(payload, cite.ayat),
                        linked=f"refers to {refers}")
                   for n, (payload, cite, refers) in enumerate(
                       lead.inside[:max(limit - len(cited.hits), 0)], 1))
    return cited.hits + inside


def _listed_cited(index: Lookups, entries: list[tuple[int, dict, Citation]],
                  filter_query: Query | None, wanted: UnitFilter
                  ) -> tuple[list[tuple[int, dict, Citation]],
                             list[tuple[int, dict, Citation]]]:
    """The units cited that the filters keep (an ayat or item cited: of a kind and
    subject asked, as ``wanted`` reads one unit), and those they leave out."""
    if filter_query is None:
        return list(entries), []
    allowed = index.mask(filter_query)
    kept: list[tuple[int, dict, Citation]] = []
    left_out: list[tuple[int, dict, Citation]] = []
    for entry in entries:
        unit = _cited_unit(entry[1], entry[2])
        passes = allowed[entry[0]] and (unit is None or not wanted or wanted.accepts(unit))
        (kept if passes else left_out).append(entry)
    return kept, left_out


def _cited_first(index: Lookups, lead: _Lead, found: SearchResult, limit: int) -> SearchResult:
    """The units a query cites that the filters keep, its words highlighted, the
    sanctions of an ayat cited inside its article (``_sanctions_inside``), then
    ``found``: the articles referring to them that hold the words (``_around_cited``),
    each linked to what it refers to; and a note when none of them is listed."""
    words = _content_words(found.query)   # "apa sanksinya kalau melanggar ?": "sanksinya …"
    terms = index.highlighted(found.read_as or words)
    listed = _lead_hits(index, lead, set(terms), limit)
    shown = len(listed)
    referring = _referred_by(index, lead)
    around = tuple(replace(hit, rank=shown + n, linked=referring.get(_whole(hit)) or hit.linked)
                   for n, hit in enumerate(found.hits[:max(limit - shown, 0)], 1))
    # the sanctions referring to the units cited that lack the words follow those holding
    # them (counted when every one holding them is on this page: else it is full); not
    # when the words are a Whoosh query, whose terms ("-nuklir", "penjelasan:…") all bind
    unworded = (_sanctions_referring(index, lead, map(_whole, found.hits))
                if lead.sanction and len(found.hits) == found.total
                and not _WHOOSH_SYNTAX.search(found.query) else [])
    around += tuple(_hit(shown + len(around) + n, 0.0, payload, unit, set(terms),
                         index.standing(payload, unit.ayat),
                         linked=referring.get(_article_citation(payload)))
                    for n, (payload, unit) in enumerate(
                        unworded[:max(limit - shown - len(around), 0)], 1))
    it = "it" if len(lead.named) == 1 else "them"
    named = _listed(list(lead.named), "and")
    missing = found.missing
    regulations = " ".join(dict.fromkeys(c.ref.short for _, _, c in lead.entries))
    unasked = " ".join(w for w in words.split() if not kind_terms(w))   # "pesangon"
    if not found.total and unworded:   # no word beside the kind asked: nothing missing
        missing += ((f"{unasked} in a sanction referring to {named} (those referring to "
                     f"{it} are listed without it)",) if unasked else ())
    elif not found.total and lead.sanction and not lead.inside and not any(
            "sanksi" in _payload_kinds(payload) for _, payload, _ in lead.entries):
        where = "the filters keep" if lead.filtered else "in the index"
        missing += (f"a sanction for {named} (no article {where} that refers to {it} "
                    f"states one; '{words} {regulations}' searches the whole regulation)",)
    elif not found.total and not any(_holds_terms(payload, terms)
                                     for _, payload, _ in lead.entries):
        missing += (f"{words} in {named} or an article referring to {it} "
                    f"('{words} {regulations}' searches the whole regulation)",)
    elif not found.total and not shown:   # the filters left out the units cited too
        missing += (f"an article referring to {named} within the filters given",)
    return replace(found, total=shown + found.total + len(unworded),
                   hits=listed + around, missing=missing,
                   read_as=(f"{named}, then {_content_words(found.read_as or '') or words} "
                            f"in the articles referring to {it}"))


def _referred_by(index: Lookups, lead: _Lead) -> dict[str, str]:
    """Why each article referring to a unit cited is listed ("refers to Pasal 5 UU
    13/2003"), by its whole citation; naming the ayat it refers to when none is the ayat
    cited ("sanksi Pasal 78 ayat (1) UU 13/2003": Pasal 187 "refers to Pasal 78 ayat (2)
    UU 13/2003")."""
    cited: dict[str, tuple[dict, frozenset[str]]] = {}   # identity → the ayat cited
    for _, payload, cite in lead.entries:   # of ayat (1) and (2) cited, either is close
        earlier = cited.get(_identity(payload), (payload, frozenset()))[1]
        ayat = frozenset() if cite.ayat is None else frozenset([cite.ayat])
        whole = not ayat or (_identity(payload) in cited and not earlier)
        cited[_identity(payload)] = (payload, frozenset() if whole else earlier | ayat)
    mask = index.mask(Or([Term("cites", i) for i in cited]))
    reasons = {}
    for _, payload, _ in index.searchable(mask.nonzero()[0].tolist()):
        named = [_reference(payload, identity, *cited[identity]) for identity in cited
                 if identity in payload.get("cites", ())]
        reasons[_article_citation(payload)] = f"refers to {_listed(named, 'and')}"
    return reasons


def _referring_to(entries: Sequence[tuple[int, dict, Citation]], filter_query: Query | None,
                  sanction: bool) -> Query:
    """The articles (within ``filter_query``) referring to the articles of the units cited,
    other than those articles; only those stating a sanction when one is asked for."""
    identities = list(dict.fromkeys(_identity(payload) for _, payload, _ in entries))
    referring = [Or([Term("cites", identity) for identity in identities]),
                 Not(Or([Term("identity", identity) for identity in identities]))]
    if sanction:
        referring.append(Term("kinds", "sanksi"))
    return And([q for q in (filter_query, *referring) if q is not None])


def _sanctions_inside(entries: Sequence[tuple[int, dict, Citation]], wanted: UnitFilter
                      ) -> Iterator[tuple[dict, Citation, str]]:
    """The ayat of each article cited at an ayat that sanction a breach of that ayat
    ("sebagaimana dimaksud pada ayat (2) dan ayat (3)", ``own_ayat_referred``), each once
    and accepted by ``wanted``: UU 10/2016 Pasal 71 ayat (5) cancels the candidacy of a
    petahana who breaches ayat (2), the sanction of "melanggar Pasal 71 ayat (2)". Other
    articles referring to the ayat are found by the index; this one refers from inside."""
    cited = {(_identity(payload), _version(payload), cite.ayat) for _, payload, cite in entries}
    seen: set[tuple[str, str, str | None]] = set()
    for _, payload, cite in entries:
        if cite.ayat is None:
            continue
        for unit in _units(payload):
            key = (_identity(payload), _version(payload), unit.ayat)
            if (unit.path or key in cited or key in seen or "sanksi" not in unit.kinds
                    or cite.ayat not in own_ayat_referred(unit.text)
                    or (wanted and not wanted.accepts(unit))):
                continue
            seen.add(key)
            yield payload, replace(cite, ayat=unit.ayat, items=()), _named_citation(cite)


def _holds_terms(payload: dict, terms: set[str]) -> bool:
    """Whether a unit cited holds any of ``terms``: one of its ayat or items, or an annex
    section's text ("Lampiran I UU 12/2011 naskah akademik": its heading says so), which is
    stored without analysed units and is analysed here, only when the words are in doubt."""
    if payload["pasal"] is None:
        return bool(terms & set(analysis.analyze(payload["text"])))
    return any(terms & unit.terms for unit in _units(payload))


def _named_citation(cite: Citation, payload: dict | None = None) -> str:
    """A unit cited as typed, read ("Pasal 156 ayat (2) UU 13/2003", "Pasal 7 UU 1/2015
    sebagaimana diubah dengan UU 10/2016"); with ``payload``, the version found, named by
    the amendment that made it ("pidana Pasal 69 UU Pilkada": UU 8/2015, not the newest
    amendment of the law, UU 10/2016, which left Pasal 69 alone)."""
    unit = format_unit(cite.ayat, cite.items)
    amended = f"sebagaimana diubah dengan {cite.amended_by.short}" if cite.amended_by else ""
    if cite.amended_by is not None and payload is not None:   # (then ``amended`` is said)
        made = _info(payload["regulation"]).ref.short if payload.get("amends") else None
        amended = (f"sebagaimana diubah dengan {made}" if made else
                   f"sebagaimana telah diubah terakhir dengan {cite.amended_by.short}")
    return " ".join(part for part in (f"Pasal {cite.pasal}" if cite.pasal else
                                      annex_heading(cite.lampiran or ""),
                                      unit, cite.ref.short, amended) if part)


def _each_ayat_holding(payload: dict, cite: Citation) -> list[Citation]:
    """``cite``, or, when it names an item without its ayat and several ayat of the article
    hold one so labelled ("Pasal 156 huruf c": ayat (2), (3) and (4) each have a huruf c),
    one citation of each: picking the first would answer a question not asked."""
    return [replace(cite, ayat=ayat) for ayat in _ayat_holding(payload, cite)] or [cite]


def _ayat_holding(payload: dict, cite: Citation) -> list[str]:
    """The ayat holding the item ``cite`` names without its ayat, when more than one does."""
    if cite.ayat is not None or not cite.items:
        return []
    ayat = list(dict.fromkeys(unit.ayat for unit in _units(payload)
                              if tuple(label.lower() for label in unit.path) == cite.items))
    numbered = [label for label in ayat if label is not None]
    # an item so labelled outside any ayat too (None): none
    return numbered if len(numbered) > 1 and len(numbered) == len(ayat) else []


def _whole(hit: Hit) -> str:
    """A hit's citation without the ayat and items it cites: the article's."""
    unit = format_unit(hit.ayat, hit.items)
    return hit.citation.replace(f" {unit} ", " ", 1) if unit else hit.citation
