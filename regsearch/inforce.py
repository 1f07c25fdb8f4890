"""Which texts are still in force, and where those no longer in force rank (layer 6, beside
``links``): pure functions over an article's payload, its identity ("uu-13-2003#156") and the
version keys and revocations the index's catalogue records. ``RegulationIndex`` gathers that
state (``_standing``, ``_standings``, ``_in_force_ahead``) and calls these; they hold the
rules: an older wording sinks less than a deleted or revoked text, a law revoked whole takes
the articles its amendments reworded with it, and a text no longer in force never ranks above
the best text in force of its family holding the words it holds (ordering, never hiding)."""

from __future__ import annotations

import re

from . import analysis
from .units import _unit_term_lists

#: The sentence by which a regulation takes effect, its name its subject ("Undang-Undang ini
#: mulai berlaku setelah 3 (tiga) tahun …", UU 1/2023 Pasal 624; "Peraturan Pemerintah ini
#: mulai berlaku pada tanggal diundangkan"): not "Pada saat Undang-Undang ini mulai berlaku,
#: …", a transition, nor "… sebelum Undang-Undang ini mulai berlaku".
_TAKES_EFFECT = re.compile(r"(?:^|[.;:]\s|\n)\s*(?:\(\d+\)\s*)?(?:[A-Z][\w-]*\s+){1,5}ini\s+"
                           r"mulai\s+berlaku\b(?!\s*,)")

#: A superseded version of an amended article keeps this share of its score: an older wording
#: of an article still in force (its new wording is listed beside it).
SUPERSEDED_FACTOR = 0.7
#: A text with no force left keeps this share: an article a later amendment deleted ("Pasal
#: 161 dihapus"), or any article of a revoked regulation. Nothing of it applies any more, and
#: its old words still hold the query's (the sixteen PHK articles Cipta Kerja deleted repeat
#: "uang pesangon … uang penggantian hak" each): it sinks below the text in force that
#: answers, listed still, never hidden. Measured on 15 labour / regional-government queries of
#: 40 scale-corpus UU (deleted or revoked texts above the first in force, top 10): 17 at 0.7,
#: 6 at 0.25, 3 at 0.2 and 0 at 0.15; but at 0.2 an in-force answer's deleted neighbours (the
#: outsourcing Pasal 64–65 Cipta Kerja deleted) fall below unrelated articles. dev/held-out:
#: unchanged at every value tried.
NO_FORCE_FACTOR = 0.25


def _standing_factor(version: str, newest: str, deletion: str, rewording: str) -> float:
    """The share of its score an article version keeps for its standing (as ``_standing``
    reads it): deleted by a later amendment and not inserted again since, none in force
    (NO_FORCE_FACTOR); an older wording of an article still in force, SUPERSEDED_FACTOR."""
    return {"deleted": NO_FORCE_FACTOR, "superseded": SUPERSEDED_FACTOR}.get(
        _version_standing(version, newest, deletion, rewording), 1.0)


def _version_standing(version: str, newest: str, deletion: str, rewording: str) -> str:
    """"deleted", "superseded" or "current": an article version's standing from the version
    keys of its newest wording, of the amendment deleting it and of the one rewording it."""
    if version < deletion and newest < deletion:
        return "deleted"
    if version < max(newest, deletion, rewording):
        return "superseded"
    return "current"


#: The standings of texts no longer in force at all (a superseded wording's article lives on).
NO_FORCE = frozenset({"deleted", "revoked"})


def _out_of_force(standings: list[str], identities: list[str]) -> list[bool]:
    """Which ranked texts answer for nothing in force: deleted and revoked ones, and an
    older wording listed before any wording of its article in force (a wording listed
    after its article in force is already where ``_versions_together`` puts it)."""
    current: set[str] = set()
    gone = []
    for standing, identity in zip(standings, identities):
        if standing == "current":
            current.add(identity)
        gone.append(standing in NO_FORCE
                    or (standing == "superseded" and identity not in current))
    return gone


def _revoker(revoked: dict[str, str], payload: dict, identity: str) -> str | None:
    """The regulation revoking the law a text belongs to: its own regulation's, or, for an
    article an amendment quotes, the amended law's (UU 28/2009 revoked by UU 1/2022 takes
    with it the articles UU 11/2020 reworded in it: they are versions of its articles)."""
    return revoked.get(payload["regulation"]["id"]) or revoked.get(identity.partition("#")[0])


def _family(payload: dict, identity: str, revokers: dict[str, str]) -> str:
    """The regulation whose texts in force answer for an article: the last of the laws
    revoking its regulation in turn (UU 22/1999 → UU 32/2004 → UU 23/2014), else the
    regulation the article belongs to (an amended article's identity names the law it
    amends, "uu-13-2003#156", whichever law worded it)."""
    regulation = payload["regulation"]["id"]
    scope = identity.partition("#")[0]
    if regulation not in revokers and scope in revokers:
        regulation = scope   # an amendment's wording of an article of a law since revoked
    if regulation not in revokers:
        return scope or regulation
    seen = {regulation}
    while regulation in revokers and revokers[regulation] not in seen:
        regulation = revokers[regulation]
        seen.add(regulation)
    return regulation


def _words_held(payload: dict, words: set[str]) -> frozenset[str]:
    """The query's ``words`` an article (any of its units) or annex section holds."""
    if payload["pasal"] is None:
        return frozenset(words & set(analysis.analyze(payload["text"])))
    return frozenset(term for terms in _unit_term_lists(payload["ayat"])
                     for term in terms if term in words)


def _moved_below(ranked: list[tuple[float, dict, str]], gone: list[bool], in_force: list[bool],
                 families: list[str], held: list[frozenset[str]]
                 ) -> list[tuple[float, dict, str]]:
    """``ranked`` with each item ``gone`` (answering for nothing in force) moved to just
    below the first item ``in_force`` of its family holding every word it holds (and below
    that item's older wordings listed with it), when that item ranks below it; the moved
    keep their order."""
    after: dict[int, list[int]] = {}
    moved = set()
    for position, is_gone in enumerate(gone):
        if not is_gone:
            continue
        anchor = next((other for other in range(len(ranked))
                       if in_force[other] and families[other] == families[position]
                       and held[position] <= held[other]), None)
        if anchor is not None and anchor > position:
            while (anchor + 1 < len(ranked) and ranked[anchor + 1][2] == ranked[anchor][2]
                   and not gone[anchor + 1]):
                anchor += 1   # the answer's older wordings stay with it
            after.setdefault(anchor, []).append(position)
            moved.add(position)
    return [ranked[i] for position in range(len(ranked)) if position not in moved
            for i in (position, *after.get(position, ()))]

#: The formula by which a law revokes a law or some of its articles ("… dicabut dan dinyatakan
#: tidak berlaku", UU 1/2023 Pasal 622 ayat (1), UU 6/2014 Pasal 121).
_REVOKES = re.compile(r"\bdicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku\b", re.IGNORECASE)


def states_entry_into_force(payload: dict) -> bool:
    """Whether an article says when its own regulation takes effect (the closing "Undang-Undang
    ini mulai berlaku …"): the answer to "kapan UU Desa berlaku". An article an amendment
    quotes is the amended law's, never the one saying so."""
    return (payload.get("part") == "body" and not payload.get("amends")
            and bool(_TAKES_EFFECT.search(payload.get("text") or "")))


def states_revocation(payload: dict, words: set[str]) -> bool:
    """Whether an article of a law's own body revokes ("… dicabut dan dinyatakan tidak
    berlaku") and holds the query's other ``words`` (``analysis`` terms): the answer to "KUHP
    baru mencabut pasal tipikor mana aja", UU 1/2023 Pasal 622, a list so long that the words
    rank it far below the short articles holding them."""
    return (payload.get("part") == "body" and not payload.get("amends")
            and bool(_REVOKES.search(payload.get("text") or ""))
            and _words_held(payload, words) == words)
