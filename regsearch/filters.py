"""The ``--kind`` and ``--subject`` filters as Whoosh queries: a unit's kinds of rule, and
the addressee a rule names in any of its phrasings ("kepala daerah" also means Gubernur,
Bupati, Walikota), as the index holds them for an article; and a query's filters less those
(``_without``), for what they must not narrow: the answers the words find ("upah minimum"
--kind sanksi: Pasal 90, whose sanction Pasal 185 the kind filter keeps) and the units a
citation names.

``RegulationIndex`` combines them with the other filters (type, year, regulation)."""

from __future__ import annotations

from collections.abc import Sequence

from whoosh.query import And, Or, Phrase, Query, Term

from . import analysis
from .errors import QueryError
from .expand import expansions


def _subject_phrasings(subject: str) -> tuple[tuple[str, ...], ...]:
    """``subject`` and what it abbreviates or groups ("kepala daerah" also means Gubernur,
    Bupati, Walikota; "KPU" Komisi Pemilihan Umum), as lowercased word sequences."""
    phrasings = []
    for words in [subject.split()] + expansions(subject):
        lowered = tuple(analysis.subject_words(" ".join(words)))
        if lowered and lowered not in phrasings:
            phrasings.append(lowered)
    if not phrasings:
        raise QueryError(f"the subject filter {subject!r} has no words to match")
    return tuple(phrasings)


def _unit_filters(kinds: Sequence[str], subject: str | None) -> list[Query]:
    """The filters on what a unit states and to whom (``--kind``, ``--subject``), as the
    index holds them for an article (any of its units)."""
    filters: list[Query] = [Or([Term("kinds", k) for k in kinds])] if kinds else []
    return filters + ([_subject_filter(subject)] if subject else [])


def _without(query: Query | None, parts: list[Query]) -> Query | None:
    """``query`` less ``parts`` wherever an ``And`` of it holds one (None when nothing is
    left): the filters of a query without its kind and subject ones."""
    if query is None or query in parts:
        return None
    if not isinstance(query, And):
        return query
    kept = [q for q in (_without(sub, parts) for sub in query.subqueries) if q is not None]
    return And(kept) if len(kept) > 1 else (kept[0] if kept else None)


def _subject_filter(subject: str) -> Query:
    """Articles with a rule addressed to ``subject`` (any of its phrasings)."""
    return Or([Phrase("subjects", list(words)) if len(words) > 1
               else Term("subjects", words[0]) for words in _subject_phrasings(subject)])
