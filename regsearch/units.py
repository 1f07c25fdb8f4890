"""A stored article as search reads it: its ayat and items (units), the unit a hit cites,
snippets, and the ``Hit`` built from it.

The index stores each article's structure as a JSON payload (``index._payload``); ranking
(``search``) decides which articles answer, and this module decides what of each is shown:
the unit holding the query's words together, its kinds, a snippet around them, the citation.
Pure functions over payloads: no Whoosh, no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from . import analysis
from .citations import Citation, annex_heading
from .expand import may_stem_to, term_cores
from .legal import (MULTI_ISSUER_TYPES, ayat_referred, format_citation, format_unit,
                    identity_scope, internal_references, issuer_name, own_ayat_referred,
                    version_key)
from .models import (KINDS, Amends, Ayat, Hit, Item, RegulationInfo, RegulationRef, Source)

_WORD = re.compile(r"\w+")


SNIPPET_CHARS = 260


def _identity(payload: dict) -> str:
    """An article's identity across its versions: the regulation it belongs to (the amended
    one, for an article quoted by an amendment) and its number, as the index stores it."""
    if "identity" in payload:
        return payload["identity"]
    amended = _amends(payload["amends"])
    amended_id = amended.ref.id if amended else None
    return f"{identity_scope(payload['regulation']['id'], amended_id)}#{payload['pasal']}"


def _article_citation(payload: dict) -> str:
    """The citation of a stored article (or Lampiran section) as a whole (no ayat)."""
    reg = _info(payload["regulation"])
    if payload["pasal"] is None:
        return _lampiran_citation(payload, reg)
    return format_citation(_ref(reg), payload["pasal"], amends=_amends(payload["amends"]),
                           part=payload["part"])


def _version_citation(payload: dict) -> str:
    """How another version of an article is listed: as a whole, or by the one ayat it
    replaces ("Pasal 10 ayat (4) PERKA BAPETEN 3/2012 sebagaimana diubah dengan PERKA BAPETEN
    1/2013")."""
    amends = _amends(payload["amends"])
    if amends is None or len(amends.ayat) != 1:
        return _article_citation(payload)
    return format_citation(_ref(_info(payload["regulation"])), payload["pasal"],
                           ayat=amends.ayat[0], amends=amends, part=payload["part"])


def _lampiran_citation(payload: dict, reg: RegulationInfo) -> str:
    """An annex section cited by its own heading, the word "Lampiran" once: "Lampiran I UU
    12/2011" (heading "LAMPIRAN I"), "Lampiran UU 1/2015", "Lampiran (2) UU 1/2015" (a second
    section headed "LAMPIRAN"); a section headed otherwise by its heading. ``citations``
    reads these and the forms printed before ("Lampiran LAMPIRAN I UU 12/2011", "Lampiran
    PENJELASAN UMUM UU 1/2015"). A regulation's own Penjelasan Umum
    (part "penjelasan") is "Penjelasan Umum UU 13/2003"; the one a Lampiran prints (an enacted
    Perppu's) is "Penjelasan Umum Lampiran UU 1/2015", as its articles are "Pasal 7 Lampiran
    UU 1/2015"."""
    heading = annex_heading(payload.get("label") or "")
    annexed = payload["part"] == "lampiran" and not heading.startswith("Lampiran")
    return f"{heading}{' Lampiran' if annexed else ''} {reg.ref.short}"


def butir_citation(payload: dict, number: str) -> str:
    """A butir of an annex section: "Lampiran II UU 12/2011 butir 98" (``citations`` reads
    it, and "Lampiran II angka 98 UU 12/2011", as drafters write it)."""
    return f"{_lampiran_citation(payload, _info(payload['regulation']))} butir {number}"


def butir_cited(hit: Hit, payload: dict, number: str | None) -> Hit:
    """``hit`` on an annex section narrowed to the butir a citation names ("Lampiran II UU
    12/2011 butir 98" as a query); the section whole when it numbers no such butir."""
    butir = next((b for b in payload.get("butir") or () if b["number"] == number), None)
    if butir is None:
        return hit
    return replace(hit, citation=butir_citation(payload, butir["number"]),
                   snippet=make_snippet(butir["text"], set()))


def _butir_holding(payload: dict, terms: set[str]) -> dict | None:
    """The butir of an annex section holding most of the query's ``terms`` (the first on a
    tie); None when the section numbers none or none holds any."""
    best, most = None, 0
    for butir in payload.get("butir") or ():
        held = len(terms.intersection(butir["terms"]))
        if held > most:
            best, most = butir, held
    return best


def _annex_label(label: str) -> str:
    """An annex label as compared: "LAMPIRAN I", "Lampiran I" and "I" are one section."""
    words = label.upper().split()
    return " ".join(words[1:] if words[:1] == ["LAMPIRAN"] else words)


def _hit(rank: int, score: float, payload: dict, unit: _Unit | None, terms: set[str],
         standing: tuple[str, str | None] = ("current", None), linked: str | None = None) -> Hit:
    reg = _info(payload["regulation"])
    amends = _amends(payload["amends"])
    unit = unit or _Unit(None, (), payload["text"], (), None)
    citation = format_citation(_ref(reg), payload["pasal"], ayat=unit.ayat, items=unit.path,
                               amends=amends, part=payload["part"])
    if payload["pasal"] is None:
        citation = _lampiran_citation(payload, reg)
        butir = _butir_holding(payload, terms)
        if butir is not None:   # "Lampiran II UU 12/2011 butir 98": the point the words are in
            citation = butir_citation(payload, butir["number"])
            unit = replace(unit, text=butir["text"])
    # the kinds of what is cited: those of huruf s, not of every ayat of Pasal 7
    kinds = unit.kinds_with_items()
    if kinds is None:
        kinds = _payload_kinds(payload)
    return Hit(rank, score, reg, payload["pasal"], unit.ayat, amends, citation,
               kinds, make_snippet(unit.text, terms),
               Source(**payload["source"]), *standing, items=unit.path, linked=linked,
               caution=_caution(payload))


def _caution(payload: dict) -> str | None:
    """What to check before citing a label of this article: the numbering the parser found
    out of sequence in it ("Pasal 182: huruf e after huruf c" where OCR lost huruf d)."""
    found = payload.get("anomalies") or ()
    if not found:
        return None
    first = re.sub(r"^Pasal \w+:?\s*", "", found[0])   # "ayat (1): huruf d after huruf b"
    more = f", and {len(found) - 1} more" if len(found) > 1 else ""
    return (f"its labels read out of sequence ({first}{more}): the text read may have lost "
            "or misread some (OCR), so check the labels cited against the source")


@dataclass(frozen=True)
class _Unit:
    """An ayat or list item of a stored article, as search looks at it."""

    ayat: str | None
    path: tuple[str, ...]
    text: str
    kinds: tuple[str, ...]
    subject: str | None
    terms: frozenset[str] = frozenset()   # analysed at index time (query time stays cheap)
    #: ``terms`` and those of the items below it: an ayat's lead-in and its list say one rule
    #: ("selama masa kampanye harus: a. menjalani cuti …").
    with_items: frozenset[str] = frozenset()
    #: The stored ayat or item (None for the whole article): its text and kinds with its
    #: items are read from it only for the unit cited.
    stored: dict | None = field(default=None, compare=False, repr=False)
    #: Each kind's own party when the unit's kinds address different ones (models.Ayat).
    addressees: tuple[tuple[str, str], ...] = ()
    #: The terms of the lead-ins above an item (its ayat's, its huruf's): an item is read
    #: with them ("… harus memenuhi persyaratan …: g. tidak pernah sebagai terpidana …").
    context: frozenset[str] = frozenset()
    #: Set on the unit cited (``_best_unit``): the terms it holds beyond its own words, by
    #: the ayat it refers to and the actors its verbs name (``_referred_terms``,
    #: ``_agents_acting``), so that a reader comparing units counts them alike.
    reads: frozenset[str] = field(default=frozenset(), compare=False)
    #: The terms the unit (with its lead-ins) holds only inside the condition of a special
    #: case ("Khusus untuk Daerah … provinsi yang tidak terbagi …, tarif PKB …"):
    #: ``_general_rule``.
    conditional: frozenset[str] = frozenset()
    #: Whether the unit or a lead-in above it opens a special case (``_SPECIAL``).
    special: bool = False

    def parties(self, kinds: frozenset[str] = frozenset()) -> list[str]:
        """Whom the unit's rules of ``kinds`` address (every party it names without)."""
        by_kind = dict(self.addressees)
        if kinds:
            found = [by_kind.get(kind, self.subject) for kind in self.kinds if kind in kinds]
        else:
            found = [self.subject, *by_kind.values()]
        return [party for party in found if party]

    def text_with_items(self) -> str:
        """The unit's text followed by its items' ("… harus: a. menjalani cuti …; b. …")."""
        def items(unit: dict) -> Iterator[str]:
            for item in unit["items"]:
                yield f"{item['label']}. {item['text']}"
                yield from items(item)
        return " ".join([self.text, *items(self.stored)]) if self.stored else self.text

    def kinds_with_items(self) -> tuple[str, ...] | None:
        """The kinds the unit and its items state; None for the whole article."""
        if self.stored is None:
            return None
        found: set[str] = set()

        def walk(unit: dict) -> None:
            found.update(unit["kinds"])
            for item in unit["items"]:
                walk(item)
        walk(self.stored)
        return tuple(k for k in KINDS if k in found)


@dataclass(frozen=True)
class UnitFilter:
    """The unit-level part of a query: kinds of rule and addressees asked for."""

    kinds: frozenset[str] = frozenset()
    subjects: tuple[tuple[str, ...], ...] = ()   # lowercased word sequences, any may match

    def __bool__(self) -> bool:
        return bool(self.kinds or self.subjects)

    def accepts(self, unit: _Unit) -> bool:
        """Whether the unit states a kind asked, addressed to a subject asked: with both, the
        party of that kind ("--kind hak --subject pengusaha" leaves out "Pengusaha dapat
        melakukan pemutusan hubungan kerja …, dengan ketentuan pekerja/buruh berhak …")."""
        if self.kinds and not self.kinds.intersection(unit.kinds):
            return False
        if self.subjects:
            return any(_contains_words(words, list(s)) for party in unit.parties(self.kinds)
                       for words in [analysis.subject_words(party)] for s in self.subjects)
        return True


def _contains_words(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _cited_unit(payload: dict, cite: Citation) -> _Unit | None:
    """The ayat, or the list item inside it, a citation names; None when it names neither,
    or names one the article lacks (``_missing_unit`` tells)."""
    if cite.ayat is None and not cite.items:
        return None
    return next((unit for unit in _units(payload)
                 if (cite.ayat is None or unit.ayat == cite.ayat)
                 and tuple(label.lower() for label in unit.path) == cite.items), None)


def _missing_unit(found: list[tuple[int, dict]], cite: Citation) -> str | None:
    """Why no version in ``found`` has the ayat / item cited ("Pasal 7 UU 10/2016 has no
    ayat (9)"), or None when one has (or none is cited)."""
    if cite.butir is not None and not any(b["number"] == cite.butir for _, payload in found
                                          for b in payload.get("butir") or ()):
        return f"{_article_citation(found[0][1])} has no butir {cite.butir} in the text read"
    if (cite.ayat is None and not cite.items) or any(
            _cited_unit(payload, cite) is not None for _, payload in found):
        return None
    return f"{_article_citation(found[0][1])} has no {format_unit(cite.ayat, cite.items)}"


def _unnumbered_ayat(found: list[tuple[int, dict]], cite: Citation) -> str | None:
    """When ``cite`` names an ayat of an article whose text as read numbers none in any
    version (a source that lost "(1)", "(2)" …: UU 19/2016's Pasal 45 is one block of
    sentences), what to say beside the whole article shown instead: refusing with "has no
    ayat (3)" read as if the ayat did not exist. None otherwise."""
    if cite.ayat is None or not found or any(
            ayat["number"] is not None for _, payload in found for ayat in payload["ayat"]):
        return None
    return (f"{_article_citation(found[0][1])}: the text read has no numbered ayat, so ayat "
            f"({cite.ayat}) cannot be told apart; showing the whole article")


def _units(payload: dict) -> list[_Unit]:
    """Every ayat and list item of an article, in reading order."""
    def walk(unit: dict, number: str | None, path: tuple[str, ...], context: frozenset[str],
             above: tuple[frozenset[str], frozenset[str]], special: bool) -> list[_Unit]:
        terms = frozenset(unit["terms"])
        condition = _condition_terms(unit["text"], terms)
        special = special or bool(_SPECIAL.match(unit["text"]))
        ruled_above, condition_above = above
        below = [one for item in unit["items"]
                 for one in walk(item, number, path + (item["label"],), context | terms,
                                 (ruled_above | (terms - condition),
                                  condition_above | condition), special)]
        with_items = terms.union(*(one.terms for one in below))
        conditional = ((condition | condition_above) - ruled_above
                       - (with_items - condition))
        return [_Unit(number, path, unit["text"], tuple(unit["kinds"]), unit["subject"], terms,
                      with_items, unit, tuple(unit.get("addressees", {}).items()), context,
                      conditional=conditional, special=special), *below]

    return [one for ayat in payload["ayat"]
            for one in walk(ayat, ayat["number"], (), frozenset(), (frozenset(), frozenset()),
                            False)]


#: A unit opening a special case of its article's rule: "Khusus tarif PBJT atas jasa hiburan
#: … ditetapkan paling rendah 40%" (UU 1/2022 Pasal 58 ayat (2), after ayat (1)'s 10%).
_SPECIAL = re.compile(r"\s*(?:Khusus|Dikecualikan\s+dari)\b", re.IGNORECASE)
#: A special case's condition opening a unit, up to the comma before its rule: "Khusus untuk
#: Daerah yang setingkat dengan Daerah provinsi yang tidak terbagi dalam Daerah kabupaten/kota
#: otonom, tarif PKB ditetapkan …" (UU 1/2022 Pasal 10 ayat (2)). Not "Dalam hal …,": its
#: condition is what the rule is about, the event the question names ("data breach" asks UU
#: 27/2022 Pasal 46 ayat (1), "Dalam hal terjadi kegagalan Pelindungan Data Pribadi, …").
_CONDITION = re.compile(r"\s*(?:Khusus\s+(?:untuk|bagi)|Dikecualikan\s+dari)\b"
                        r"[^,;:]*,", re.IGNORECASE)


def _condition_terms(text: str, terms: frozenset[str]) -> frozenset[str]:
    """The ``terms`` of ``text`` said only in the special-case condition it opens with
    (``_CONDITION``); none when it opens with none."""
    found = _CONDITION.match(text)
    if not found:
        return frozenset()
    return terms.intersection(analysis.analyze(found.group())).difference(
        analysis.analyze(text[found.end():]))


def _general_rule(best: _Unit, units: Sequence[_Unit], typed: set[str],
                  reads: Mapping[int, frozenset[str]],
                  senses: Sequence[Sequence[frozenset[str]]]) -> _Unit:
    """The unit to cite instead of ``best`` when ``best`` states a special case (``_SPECIAL``)
    that the words typed do not ask for: the first unit outside any special case, of those
    holding most words typed (with its items and lead-ins, then by itself with its lead-ins:
    an item of ayat (1) before ayat (1) whole), that holds every word typed ``best`` holds
    outside its condition and says every word of the query it says (``senses``), not by
    holding ``best`` (a lead-in above it). A drafter states the rule, then its cases: "tarif
    pajak kendaraan bermotor provinsi paling tinggi" asks the tariff of UU 1/2022 Pasal 10
    ayat (1) huruf a (1.2%), not of ayat (2) huruf a, "Khusus untuk Daerah … provinsi yang
    tidak terbagi …" (DKI, 2%), which held "provinsi" only in its condition; "tarif PBJT
    makanan minuman" asks Pasal 58 ayat (1), not ayat (2), "Khusus tarif PBJT atas jasa
    hiburan …", chosen for the "jasa" of PBJT's long form. A case is asked for by a word only
    it holds outside its condition ("tarif PBJT hiburan") or by two of its condition ("tarif
    PKB provinsi yang tidak terbagi"). ``best`` itself otherwise."""
    if not best.special or len(typed & best.conditional) >= 2:
        return best

    def holds(unit: _Unit) -> tuple[set[str], set[int]]:
        held = (reads.get(id(unit), unit.with_items) | unit.context) - best.conditional
        return typed & held, {at for at, word in enumerate(senses)
                              if any(sense <= held for sense in word)}

    asked, said = holds(best)
    if not asked and not said:   # chosen for its synonyms' words alone: nothing to compare
        return best
    general = [(len(held), len(typed & (unit.terms | unit.context)), -at, unit)
               for at, unit in enumerate(units) if not unit.special
               and not (unit.ayat == best.ayat and best.path[:len(unit.path)] == unit.path)
               for held, says in [holds(unit)] if asked <= held and said <= says]
    return max(general, key=lambda found: found[:3])[3] if general else best


def _best_unit_coverage(payload: dict, weights: dict[str, float],
                        forms: Sequence[tuple[frozenset[str], frozenset[str]]] = ()) -> float:
    """Share (0–1, idf-weighted) of the query's terms found together in one ayat or item
    (a term typed also where the unit holds its other ``forms``: ``as_typed``)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    return max((sum(weights[t] for t in weights.keys() & as_typed(frozenset(unit_terms), forms))
                / total for unit_terms in _unit_term_lists(payload["ayat"])), default=0.0)


def as_typed(held: frozenset[str], forms: Sequence[tuple[frozenset[str], frozenset[str]]]
             ) -> frozenset[str]:
    """``held`` with the terms of each form typed whose other form it holds (``forms``:
    (typed, other) terms of an abbreviation a regulation defines): "PNS" holds pegawai
    negeri sipil, the same term as the statute writes it."""
    return held.union(*(typed for typed, other in forms if other <= held))


def _best_ayat(payload: dict, weights: dict[str, float]) -> str | None:
    """The number of the ayat holding most of the query's weight (with its items), which a
    hit on the article would cite; None when no ayat holds any (or none is numbered)."""
    best, number = 0.0, None
    for unit in payload["ayat"]:
        terms = set(unit["terms"]).union(*_unit_term_lists(unit["items"]))
        share = sum(weights[t] for t in weights.keys() & terms)
        if share > best:
            best, number = share, unit["number"]
    return number


def _pasal_number(identity: str) -> tuple[str, int] | None:
    """(regulation scope, number) of an article identity "uu-1-2015#53"; None for "7A"."""
    scope, _, pasal = identity.rpartition("#")
    return (scope, int(pasal)) if pasal.isdigit() else None


def _unit_term_lists(units: list[dict]) -> Iterator[list[str]]:
    """The analysed terms of every ayat and item, straight from the payload (the rerank
    reads them for ~60 articles per query: no objects built)."""
    for unit in units:
        yield unit["terms"]
        yield from _unit_term_lists(unit["items"])


#: Where a definition's term ends: "Upah adalah …", "Komisi Pemilihan Umum yang
#: selanjutnya disingkat KPU adalah …", "Pekerja/buruh, adalah …"; and its short name.
_DEFINED_TERM_END = re.compile(r",?\s+(?:adalah|yang\s+selanjutnya|yang\s+dimaksud)\b",
                               re.IGNORECASE)
#: A term's other name in brackets: "Penutupan perusahaan (lock out) adalah …".
_ALIAS = re.compile(r"\(([^()]+)\)")
#: Where a sentence ends and the next, capitalised, begins.
_NEXT_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
#: The lead-in of a definitions list (Ketentuan Umum): "Dalam Undang-Undang ini yang
#: dimaksud dengan:", "Dalam Peraturan ini, yang dimaksud dengan:".
_LIST_LEAD_IN = re.compile(r"\byang\s+dimaksud\s+dengan\s*:?\s*$", re.IGNORECASE)
_SHORT_NAME = re.compile(
    r"\byang\s+selanjutnya\s+(?:disingkat|disebut)(?:\s+dengan)?\s+(.+?),?\s+adalah\b",
    re.IGNORECASE)


def defines(unit_text: str, terms: set[str]) -> int:
    """How well the definition ``unit_text`` defines ``terms`` (analysed): 2 when its term,
    its short name or its other name in brackets, is exactly those ("Upah adalah …" for
    {"upah}; "… yang selanjutnya disingkat KPU adalah …" for {"kpu"}; "Penutupan perusahaan
    (lock out) adalah …" for {"lock", "out"}), 1 when its term starts with them ("Kampanye Pemilu
    adalah …" for {"kampanye"}), else 0 ("Pekerja/buruh adalah setiap orang yang bekerja
    dengan menerima upah …" holds upah but defines something else). Each sentence is read
    apart: a scanned list can glue the next entry to one ("… di luar negeri. Peserta Pemilu
    adalah …")."""
    if not terms or _LIST_LEAD_IN.search(unit_text):
        return 0   # "Dalam Undang-Undang ini yang dimaksud dengan:" defines the items below it
    return max(_defines_sentence(sentence, terms)
               for sentence in _NEXT_SENTENCE.split(unit_text))


def _defines_sentence(sentence: str, terms: set[str]) -> int:
    """``defines`` for one sentence."""
    end = _DEFINED_TERM_END.search(sentence)
    if not end:
        return 0
    term = sentence[:end.start()]
    named = analysis.analyze(_ALIAS.sub(" ", term))
    short = _SHORT_NAME.search(sentence)
    names = [named, *(analysis.analyze(alias) for alias in _ALIAS.findall(term)),
             *([analysis.analyze(short.group(1))] if short else [])]
    if any(set(name) == terms for name in names):
        return 1 if _narrows(sentence[end.start():], named) else 2
    return int(set(analysis.analyze(term)[:len(terms)]) == terms)


#: Where a definition's defining part starts: "… adalah", "… adalah:".
_DEFINIENS = re.compile(r"\badalah\b\s*:?", re.IGNORECASE)


def _narrows(rest: str, named: list[str]) -> bool:
    """Whether the definition's defining part (after "adalah" in ``rest``) starts with the
    term defined (``named``, analysed): "Pelaku Usaha adalah Pelaku Usaha yang menjalankan
    kegiatan usaha di KEK" (UU 39/2009 Pasal 1 angka 7 as amended by UU 11/2020) defines the
    term only for one law's field, a narrower term, as "Kampanye Pemilu adalah …" is for
    "kampanye": graded as that is, below a definition saying what the term is."""
    found = _DEFINIENS.search(rest)
    return bool(found and named
                and analysis.analyze(rest[found.end():])[:len(named)] == named)


def defined_alternatives(defined: set[str], senses: Sequence[Sequence[frozenset[str]]]
                         ) -> list[set[str]]:
    """The terms asked to be defined, then with one word in each of its other senses
    ("pengertian perda": {"perda"}, {"peraturan", "daerah"}): a statute defines the thing
    in its own words ("Peraturan Daerah Provinsi adalah …"), not in the query's."""
    alternatives = [set(defined)]
    for word in senses:
        own = word[0]
        if own <= defined:
            alternatives += [(defined - own) | sense for sense in word[1:]
                             if (defined - own) | sense not in alternatives]
    return alternatives


#: "Yang dimaksud dengan "gratifikasi" dalam ayat ini adalah …" (UU 20/2001, the Penjelasan
#: of Pasal 12B ayat (1)): a term the body uses that only the Penjelasan defines.
_EXPLAINED_TERM = re.compile(r"\byang\s+dimaksud\s+dengan\s+[\"“”']?(?P<term>[^\"“”'.;:,()]{1,80}?)"
                             r"[\"“”']?\s+(?:dalam|pada|adalah|ialah|yaitu|yakni|merupakan)\b",
                             re.IGNORECASE)


#: The longest part of a Penjelasan's definition quoted in a hit's note.
_EXPLANATION_QUOTED = 160


def explained_definition(payload: dict, terms: set[str]) -> str | None:
    """The sentence of the article's Penjelasan saying what exactly ``terms`` mean ("Yang
    dimaksud dengan "gratifikasi" dalam ayat ini adalah pemberian dalam arti luas, …",
    clipped), None when it says none: where the body defines nothing, a lawyer asking
    "pengertian gratifikasi" wants that article, and that sentence."""
    texts = [payload.get("penjelasan") or "",
             *(ayat.get("penjelasan") or "" for ayat in payload["ayat"])]
    for text in texts:
        for found in _EXPLAINED_TERM.finditer(text):
            if set(analysis.analyze(found.group("term"))) == terms:
                said = re.split(r"(?<=\.)\s", text[found.start():], maxsplit=1)[0]
                return (said if len(said) <= _EXPLANATION_QUOTED   # clipped at a word
                        else said[:_EXPLANATION_QUOTED].rsplit(" ", 1)[0].rstrip(",;") + " …")
    return None


def definition_grade(payload: dict, terms: set[str]) -> tuple[int, int]:
    """How well the article ``payload`` defines ``terms``: the best ``defines`` grade of its
    definitions, and 1 when that definition is an item of a definitions list ("Dalam
    Undang-Undang ini yang dimaksud dengan: … 14. Perjanjian kerja adalah …"). A lawyer asking
    what a word means wants the Ketentuan Umum's entry before a sentence elsewhere that says
    what a case of it is ("perjanjian kerja … sebagaimana dimaksud pada huruf a adalah
    perjanjian kerja untuk waktu tertentu")."""
    best = (0, 0)
    for ayat in payload["ayat"]:
        listed = bool(_LIST_LEAD_IN.search(ayat["text"]))
        for unit, in_list in [(ayat, False), *((item, listed) for item in ayat["items"])]:
            if "definisi" in unit["kinds"]:
                best = max(best, (defines(unit["text"], terms), int(in_list)))
    return best if best[0] else (0, 0)


def _best_unit(payload: dict, typed: set[str], terms: set[str],
               wanted: UnitFilter | None = None, written: frozenset[str] = frozenset(),
               kind_terms: Mapping[str, str] | None = None,
               senses: Sequence[Sequence[frozenset[str]]] = (),
               together: Sequence[tuple[tuple[str, ...], int]] = (),
               prefer: Callable[[_Unit], bool] | None = None,
               answers: frozenset[str] = frozenset()) -> _Unit | None:
    """The ayat or item to cite: among the units the filter accepts, the one holding most of
    the words typed — with its items, then by itself, then as ``written`` (lower case, not
    just the same stem: "pengunduran diri" over "mengundurkan diri") —, then most of the
    query's other terms (synonyms); the first on a tie. An item is read with the lead-ins
    above it (``_Unit.context``), and of units holding as many words, the one holding them
    on one path (lead-in and item) is cited: "mantan terpidana calon bupati" cites Pasal 7
    ayat (2) huruf g, whose lead-in names "Calon Bupati", not the ayat whole (its list holds
    the same words, spread); "cuti kampanye fasilitas" cites Pasal 70 ayat (3), whose
    items a and b each hold one word. A unit of the kind
    a word of the query asks for (``kind_terms``: term → kind) holds that word: "sanksi
    partai politik menerima imbalan" cites the ayat fining the party ("dikenakan denda"),
    not the one before it that says how its taking a reward is proven; and of units holding
    as many of the words typed, the one stating the kind asked is cited: "pidana
    mempekerjakan anak" cites UU 13/2003 Pasal 183 ayat (1), the penalty, not ayat (2),
    which says "Tindak pidana … merupakan tindak pidana kejahatan" (the words typed are
    counted as written less the stopwords: "… pada …" typed chose ayat (2) for its "pada").
    Asked for a definition ("pengertian upah"), the item defining the other words comes
    first. Before the synonyms' terms are counted, the query's words said in any of their
    ``senses`` are (``search._senses``): "PNS mundur" cites huruf t ("pengunduran diri
    sebagai … Pegawai Negeri Sipil"), which says both, not its ayat, whose list holds more
    synonyms' terms.
    Among units holding as many words typed, the one holding the term sequences
    ``together`` (each with its slop: a quoted phrase, the query's words) in order: "waktu
    tidak tertentu" is said in Pasal 59 ayat (7), while ayat (2) holds its words as "waktu
    tertentu tidak dapat". A lead-in ending in ":" ("Pengusaha adalah:") is shown with its
    list, which says what it only announces.
    Among units holding as many words typed, one stating what a question asks (``answers``,
    ``expand.answers_asked``: a time, an amount) is cited: "RUPS tahunan kapan" cites UU
    40/2007 Pasal 78 ayat (2), "RUPS tahunan wajib diadakan dalam jangka waktu paling lambat 6
    (enam) bulan …", not ayat (1), "RUPS terdiri atas RUPS tahunan dan RUPS lainnya".
    A unit stating a special case ("Khusus …") the words do not ask for gives way to the
    general rule holding them (``_general_rule``).
    ``prefer``: only the units it accepts are weighed, when the filter passes any (an article
    linked for referring to an answer is cited at the unit that refers to it: UU 1/2015 Pasal
    187 punishes a breach of Pasal 71 in ayat (6), not in ayat (1), which also says "pidana").

    None when a filter is given and no unit passes it (the article is then not a hit)."""
    wanted = wanted or UnitFilter()
    every = _units(payload)
    units = [u for u in every if wanted.accepts(u)]
    if wanted and not units:
        return None
    preferred = [u for u in units if prefer(u)] if prefer is not None else []
    units = preferred or units
    best = units[0] if wanted or preferred else _Unit(None, (), payload["text"], (), None)
    if not typed and not terms:   # a listing by filters: the first unit they accept
        return best
    best_score = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    defined = (defined_alternatives(typed - set(kind_terms or ()), senses)
               if "definisi" in (kind_terms or {}).values() else [])
    written = written - analysis.STOPWORDS   # "pada" typed picks no unit for saying "pada"
    ayat = {u.ayat: u for u in every if not u.path and u.ayat is not None}
    agents = actor_nouns(typed)
    reads: dict[int, frozenset[str]] = {}
    scores: dict[int, tuple] = {}
    for unit in units:
        stated = {term for term, kind in (kind_terms or {}).items() if kind in unit.kinds}
        own = unit.with_items | _agents_acting(agents, unit.text) if agents else unit.with_items
        reads[id(unit)] = read = own | _referred_terms(unit, typed, own, ayat)
        score = (max(defines(unit.text, terms) for terms in defined)
                 if defined and "definisi" in unit.kinds else 0,
                 len(typed & (read | unit.context | stated)),
                 len(typed & (unit.terms | unit.context | stated)),
                 int(bool(stated)),   # states a kind asked
                 int(_states_answer(unit.text, answers)),   # a time or amount asked
                 _held_in_order(unit, together),
                 _said(senses, unit.with_items), _said(senses, unit.terms),
                 len(written.intersection(_WORD.findall(unit.text.lower()))) if written else 0,
                 len(terms & unit.with_items), len(terms & unit.terms))
        scores[id(unit)] = score
        if score > best_score:
            best, best_score = unit, score
    best = _general_rule(best, units, typed, reads, senses)
    best_score = scores.get(id(best), best_score)
    best = replace(best, reads=frozenset(reads.get(id(best), frozenset()) - best.with_items))
    if best_score[1] > best_score[2] or best_score[6] > best_score[7] \
            or best_score[9] > best_score[10] or best.text.rstrip().endswith(":"):
        best = replace(best, text=best.text_with_items())   # the snippet shows the item matched
    return best


def _states_answer(text: str, answers: frozenset[str]) -> bool:
    """Whether a unit's ``text`` states what a question asks (``answers``): a period in the
    statutes' way ("3 (tiga) bulan", "paling lambat", "dalam jangka waktu"), an amount
    ("Rp100.000.000,00", "10 (sepuluh) orang", "2% (dua persen)")."""
    return any(_ANSWER_STATED[kind].search(text) for kind in answers)


_ANSWER_STATED = {
    "waktu": re.compile(r"\b\d+\s*\([^)]{1,40}\)\s*(?:hari|minggu|bulan|tahun|jam)\b"
                        r"|\b(?:paling\s+(?:lambat|lama)|selambat-lambatnya|jangka\s+waktu)\b",
                        re.IGNORECASE),
    "jumlah": re.compile(r"\bRp\.?\s?\d|\b\d+(?:[.,]\d+)?\s*(?:\([^)]{1,60}\)|%|persen)",
                         re.IGNORECASE),
}


def _referred_terms(unit: _Unit, typed: set[str], own: frozenset[str],
                   ayat: Mapping[str, _Unit]) -> frozenset[str]:
    """The terms of the ayat of its own article that ``unit`` refers to ("Pidana yang sama
    diterapkan kepada pemilih yang … menerima pemberian atau janji sebagaimana dimaksud pada
    ayat (1)", UU 10/2016 Pasal 187A ayat (2), says the act of ayat (1) by reference), when the
    unit adds a word typed that the ayat it refers to lacks ("penerima" there): it then answers
    the question that ayat answers and more. A unit adding nothing ("Ketentuan lebih lanjut
    mengenai … sebagaimana dimaksud pada ayat (1) dan ayat (2) diatur …") inherits nothing, so
    words spread over ayat (1) and (2) do not make it the one cited. Only for a rule of a
    kind the ayat referred to states too (187A: both sanksi): Pasal 71 ayat (5), the sanction
    of a breach of ayat (3) by a "petahana", is not what "petahana pakai program pemerintah
    daerah untuk kampanye" asks; ayat (3), the prohibition, is."""
    if unit.ayat is None or "ayat" not in unit.text:
        return frozenset()
    referred = [ayat[number] for number in sorted(own_ayat_referred(unit.text) - {unit.ayat})
                if number in ayat and set(unit.kinds) & set(ayat[number].kinds)]
    held = frozenset().union(*(one.with_items for one in referred))
    return held if typed & own - held else frozenset()


def actor_nouns(typed: set[str]) -> dict[str, str]:
    """The pe(N)- actor nouns among the terms ``typed`` ("penerima", "pelapor": the analyzer
    keeps them apart from their root's other words), keyed by what follows "pe" ("nerima"),
    which their meN- verb writes after "me" ("menerima"). No word the analyzer keeps for a
    sense of its own (``PROTECTED``: "pemerintah" is not who "memerintahkan", "penduduk" not
    who "menduduki")."""
    return {term[2:]: term for term in typed if term.startswith("pe") and len(term) > 5
            and term not in analysis.PROTECTED}


def _agents_acting(agents: Mapping[str, str], text: str) -> frozenset[str]:
    """The actor nouns ``agents`` (``actor_nouns``) whose meN- verb ``text`` writes
    ("menerima", "melaporkan"): the unit says what that actor does, so for choosing the unit
    to cite it holds the noun ("penerima uang politik" cites the ayat punishing the voter who
    "menerima", not the one before it). Only meN- verbs: "disertai" says nothing of a
    "peserta"."""
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if word.startswith("me"):
            found.update(term for tail, term in agents.items() if word[2:].startswith(tail))
    return frozenset(found)


def referring(payload: dict, pasal: str, ayat: str | None = None) -> Callable[[_Unit], bool]:
    """Whether a unit of the article ``payload`` (with its items) refers to Pasal ``pasal`` of
    its own regulation, naming ayat ``ayat`` or the Pasal whole ("… sebagaimana dimaksud
    dalam Pasal 160 ayat (4) dan ayat (7) …" refers to ayat (4), not to ayat (1)); when no
    unit of it names that ayat, whether it refers to the Pasal at all."""
    def refers(unit: _Unit, exactly: bool = True) -> bool:
        text = unit.text_with_items()
        if pasal not in internal_references(text):
            return False
        named = ayat_referred(text, pasal) if ayat is not None and exactly else None
        return named is None or ayat in named
    if ayat is None or any(refers(unit) for unit in _units(payload)):
        return refers
    return functools.partial(refers, exactly=False)


def _held_in_order(unit: _Unit, together: Sequence[tuple[tuple[str, ...], int]]) -> int:
    """How many of the term sequences ``together`` the unit's own text holds in order, each
    term at most its slop after the previous."""
    held = [(terms, slop) for terms, slop in together if unit.terms.issuperset(terms)]
    if not held:   # most units lack a word: no need to read their text again
        return 0
    positions: dict[str, list[int]] = {}
    for at, term in enumerate(analysis.analyze(unit.text)):
        positions.setdefault(term, []).append(at)
    # A term the unit holds only as an OCR-garbled word its stored terms read as another
    # (``ocrwords``) is not placed: reading the text so again would cost a query the repair.
    return sum(all(term in positions for term in terms)
               and analysis.in_order_within([positions[term] for term in terms], slop)
               for terms, slop in held)


def _said(senses: Sequence[Sequence[frozenset[str]]], terms: frozenset[str]) -> int:
    """How many of the query's words ``terms`` says, in any of their senses."""
    return sum(any(sense <= terms for sense in word) for word in senses)


def make_snippet(text: str, terms: set[str], width: int = SNIPPET_CHARS) -> str:
    """The text around the matched words, matched words wrapped in ``<b>…</b>``: the window
    that shows the most different words matched, the first such. A long ayat often names
    its subject early and says what was asked at its end ("Perjanjian kerja untuk waktu
    tertentu yang tidak memenuhi … maka demi hukum menjadi perjanjian kerja waktu tidak
    tertentu")."""
    text = " ".join(text.split())
    cores = term_cores(terms)
    matched = [(start, end, term) for word, start, end in analysis.tokenize(text)
               if may_stem_to(word.lower(), cores) and (term := analysis.normalize(word)) in terms]
    if not matched:
        return text[:width] + ("…" if len(text) > width else "")
    spans = [(start, end) for start, end, _ in matched]
    anchor = max(range(len(matched)), key=lambda i: (_shown_terms(matched, i, width), -i))
    start = max(0, spans[anchor][0] - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    if end < len(text):
        end = (text.rfind(" ", start, end) if text.rfind(" ", start, end) > spans[anchor][1]
               else end)
    return (("… " if start else "") + _highlight(text, spans, start, end)
            + (" …" if end < len(text) else ""))


def _shown_terms(matched: list[tuple[int, int, str]], anchor: int, width: int) -> int:
    """How many different terms a snippet anchored at match ``anchor`` would show."""
    start = matched[anchor][0] - width // 3
    return len({term for s, e, term in matched if s >= start and e <= start + width})


def _highlight(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """Wrap spans in <b>; neighbouring spans separated only by spaces share one tag."""
    merged: list[list[int]] = []
    for s, e in spans:
        if s < start or e > end:
            continue
        if merged and not text[merged[-1][1]:s].strip():
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out, cursor = [], start
    for s, e in merged:
        out.append(text[cursor:s] + "<b>" + text[s:e] + "</b>")
        cursor = e
    out.append(text[cursor:end])
    return "".join(out)


def _version(payload: dict) -> str:
    return version_key(tuple(payload["version"]))


def _info(data: dict) -> RegulationInfo:
    return RegulationInfo(data["id"], data["type"], data["number"], data["year"], data["title"],
                          data.get("issuer", ""))


def _any_version(identity: str, payload: dict) -> str:
    """An article cited whatever its version ("Pasal 7 UU 1/2015": a reference within a law
    is to the article, not to one amendment's text of it)."""
    scope, _, pasal = identity.rpartition("#")
    if "~" in scope or not pasal:
        return _article_citation(payload)
    return f"Pasal {pasal} {_short_of_id(scope)}"


def _short_of_id(regulation_id: str) -> str:
    """"uu-1-2015" → "UU 1/2015", "pergub-bali-1-2021" → "PERGUB Bali 1/2021"."""
    return _ref_of_id(regulation_id).short


def _ref_of_id(regulation_id: str) -> RegulationRef:
    """The regulation of an id: type-number-year, with the issuer between type and number
    for a type many bodies issue (``RegulationRef.id``)."""
    type_, _, rest = regulation_id.partition("-")
    number, _, year = rest.rpartition("-")
    issuer = ""
    if type_.upper() in MULTI_ISSUER_TYPES and "-" in number:
        issuer, _, number = number.rpartition("-")
        issuer = issuer_name(type_.upper(), issuer.replace("-", " "))
    # a regulation never numbered keeps its file's name as written ("UNKNOWN uu-1986-5-…/0")
    number = number if type_.upper() == "UNKNOWN" else number.upper()
    return RegulationRef(type_.upper(), number, int(year) if year.isdigit() else 0, issuer)


def _ref(info: RegulationInfo) -> RegulationRef:
    return info.ref


def _amends(data: dict | None) -> Amends | None:
    if not data:
        return None
    ref = RegulationRef(data["type"], data["number"], data["year"], data.get("issuer", ""))
    return Amends(ref, data["pasal"], data["via"], tuple(data.get("ayat", ())))


def _item(data: dict) -> Item:
    return Item(data["label"], data["text"], tuple(_item(i) for i in data["items"]),
                tuple(data["kinds"]), data["subject"],
                tuple(data.get("addressees", {}).items()))


def _ayat(data: dict) -> Ayat:
    return Ayat(data["number"], data["text"], tuple(_item(i) for i in data["items"]),
                tuple(data["kinds"]), data["subject"], data.get("penjelasan"),
                tuple(data.get("addressees", {}).items()))


def _item_has_kind(items: tuple[Item, ...], kind: str) -> bool:
    return any(kind in i.kinds or _item_has_kind(i.items, kind) for i in items)


def _payload_kinds(payload: dict) -> tuple[str, ...]:
    found = set()

    def walk(units: list[dict]) -> None:
        for unit in units:
            found.update(unit["kinds"])
            walk(unit["items"])

    walk(payload["ayat"])
    return tuple(k for k in KINDS if k in found)


def _regulation_order(info: RegulationInfo) -> tuple[str, int, tuple[int, str]]:
    return info.type, info.year, _number_key(info.number)


def _document_order(doc_id: str) -> tuple[str, int, int]:
    """Sort key of a document id "<reg>|<file>|[lampiran|]<position>": the articles, the
    Lampiran sections, then the Penjelasan Umum ("<reg>|<file>|penjelasan")."""
    parts = doc_id.split("|")
    part = 2 if parts[-1] == "penjelasan" else 1 if "lampiran" in parts else 0
    return (parts[0], part, int(parts[-1]) if parts[-1].isdigit() else 0)


def _listing_order(found: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Articles (doc id, payload) as a regulation lists them: each regulation's articles by
    Pasal number ("292A" after 292), each article's versions together, newest first. The
    document order alone put an amending law's versions before Pasal 1 ("uu-11-2020|…" sorts
    before "uu-23-2014|…"): a reader paging through UU 23/2014 met Cipta Kerja first. Parts of
    a regulation (its body, a Lampiran) keep the order they first appear in; an article not
    numbered in Arabic ("Pasal II" of an amendment, a Lampiran section) keeps its place."""
    by_document = sorted(found, key=lambda item: _document_order(item[0]))
    scopes: dict[str, int] = {}
    first_place: dict[str, int] = {}
    for place, (_, payload) in enumerate(by_document):
        scope, _, _ = _identity(payload).rpartition("#")
        scopes.setdefault(scope, len(scopes))
        first_place.setdefault(_identity(payload), place)

    def key(item: tuple[str, dict]) -> tuple[int, tuple[int, int, str]]:
        identity = _identity(item[1])
        scope, _, pasal = identity.rpartition("#")
        numbered = re.fullmatch(r"(\d+)([A-Z]*)", pasal)
        if numbered:
            return scopes[scope], (0, int(numbered.group(1)), numbered.group(2))
        return scopes[scope], (1, first_place[identity], "")

    newest_first = sorted(by_document, key=lambda item: _version(item[1]), reverse=True)
    return sorted(newest_first, key=key)


def _number_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits.group()) if digits else 0, number)
