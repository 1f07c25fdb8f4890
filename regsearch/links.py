"""How a rule found lifts the sanctions that refer to it: which sanction refers to it most
closely (the ayat or huruf found, the article whole, only its other ayat), by what share of
the rule's score it rises, and at which of its units it is cited — its own words' unit, or
the one referring to the rule. Pure functions over stored payloads (``units``), used by
``search``'s rerank; no index access here."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence

from . import analysis
from .legal import ayat_referred, format_citation, huruf_referred, own_ayat_referred
from .models import AppliedBy
from .units import (_Unit, _amends, _any_version, _info, _number_key, _payload_kinds, _ref,
                    _units, referring)

#: Rerank: articles citing one of the CITED_DEPTH best answers, and the articles these answers
#: refer to, join with this share of its score.
CITING_FACTOR = 0.3
#: Rerank, when the query asks for a sanction: a sanction citing one of the rules found
#: (``_rules``) gets this share of that answer's score added to its own, so that the sanction of
#: the rule found ranks next to it. Measured on 26 sanction questions over the bundled corpus
#: (a rule, and the article sanctioning it by reference): the sanction in the top 3 for
#: 13 / 19 / 22 of them at 0.3 / 0.5 / 0.7; 0.5 because above it the sanctions of the weaker
#: answers (an unrelated law's rule in 4th or 5th place) overtake the rule found.
SANCTION_FACTOR = 0.5
#: The rules whose sanctions are lifted: of the first SANCTION_DEPTH answers, those scoring at
#: least SANCTION_SHARE of the best (``_rules``). Measured on the QA's sanction queries: the
#: first 5 missed rules found 6th–7th (UU 13/2003 Pasal 74 for "pidana pengusaha mempekerjakan
#: anak", Pasal 143 for "mogok kerja" --kind sanksi); 10 lifted the sanction of another law's
#: rule found 10th (UU 1/2015 Pasal 187A for "sanksi mogok kerja tidak sah"); without the
#: share, rules scoring under half the best lifted sanctions of other topics (UU 13/2003 Pasal
#: 190 in "sanksi petahana yang mengganti pejabat", UU 1/2015 Pasal 135A and 187A in "sanksi
#: pengusaha tidak memberi waktu istirahat dan cuti").
SANCTION_DEPTH = 8
SANCTION_SHARE = 0.5
#: The Pasal, the ayat and the huruf of a rule found that the unit cited of an article linked
#: to it is to refer to (``_target``).
_Target = tuple[str, "str | None", "str | None"]

def _cited(payload: dict, top: Container[str]) -> list[str]:
    """The answers in ``top`` (identities: identity → score, identity → ayat cited) the
    article ``payload`` cites."""
    return [answer for answer in payload.get("cites", ()) if answer in top]


def _sanctions_lifted(ranked: list[tuple[float, dict, str]], top: dict[str, float],
                      ayat: dict[str, frozenset[str]],
                      listed: frozenset[str] | set[str] = frozenset(),
                      huruf: Mapping[str, str] | None = None
                      ) -> list[tuple[float, dict, str]]:
    """The sanctions in ``ranked`` that cite one of the answers in ``top`` (identity → score),
    each with a share of the best such answer's score added; re-sorted. The share is
    SANCTION_FACTOR for the sanctions citing the answer most closely — the ayat it is cited
    for (``ayat``: identity → ayat, none for the whole article) where one does, else the
    article whole (not when the answer was found at an item of a list, ``listed``: ``_fit``)
    —, CITING_FACTOR for the others: UU 13/2003 Pasal 78 ayat (2) (overtime
    pay) is punished by Pasal 187, ayat (1) (overtime's conditions) by Pasal 188, which
    stays below (a sanction of a sibling ayat often punishes the same conduct otherwise:
    UU 1/2015 Pasal 135A, vote buying's administrative penalty, cites Pasal 73 ayat (2),
    187A its criminal one ayat (4)). A sanction among the answers is lifted too: left out,
    it ranked below the ones behind it that were lifted ("sanksi partai politik menerima
    imbalan pencalonan": Pasal 187B UU 1/2015, 5th, stayed under 187C, lifted to 3rd,
    though both punish the Pasal 47 found first). ``huruf``: identity → the huruf the answer
    was found at, when it was: a sanction naming that huruf is the closest, one naming only
    others of the list is not (UU 1/2015 Pasal 187 ayat (3), "Pasal 69 huruf g, …", for
    huruf g; Pasal 72 ayat (2), "Pasal 69 huruf i dan huruf j", is not)."""
    huruf = huruf or {}
    fits = [{answer: _fit(payload, answer, ayat[answer], answer in listed, huruf.get(answer))
             for answer in _cited(payload, top)}
            if "sanksi" in _payload_kinds(payload) else {} for _, payload, _ in ranked]
    best: dict[str, int] = {}
    for fit in fits:
        for answer, how in fit.items():
            best[answer] = max(how, best.get(answer, how))
    lifted = [(max((_lifted(score, top[answer], how == best[answer] >= 0,
                            how == best[answer] >= 1) for answer, how in fit.items()),
                   default=score),
               payload, identity) for (score, payload, identity), fit in zip(ranked, fits)]
    return sorted(lifted, key=lambda c: -c[0])


def _lifted(score: float, rule: float, closest: bool, naming: bool) -> float:
    """A sanction's score lifted by the rule it cites (scoring ``rule``): SANCTION_FACTOR of
    the rule's score added for the ``closest`` sanction, CITING_FACTOR for the others. The
    closest ``naming`` the ayat found or the article whole (not only its other ayat) also
    ranks at least just below the rule: a share alone left UU 13/2003 Pasal 185, the
    sanction of Pasal 68 found 1st, under Pasal 189, a sanction holding the words "pidana"
    and "pengusaha" but punishing no rule, for "pidana pengusaha mempekerjakan anak"."""
    if not closest:
        return score + CITING_FACTOR * rule
    lifted = score + SANCTION_FACTOR * rule
    return max(lifted, rule * _JUST_BELOW) if naming else lifted


#: The share of its rule's score that puts a sanction just below the rule (never above it).
_JUST_BELOW = 1 - 1e-9


def _fit(payload: dict, answer: str, ayat: frozenset[str], item: bool = False,
         huruf: str | None = None) -> int:
    """How closely the article ``payload`` cites the ayat ``ayat`` of the article ``answer``:
    2 one of them, 1 the article whole (or ``ayat`` is empty), 0 only its other ayat; -1 the
    article whole when the answer is one ``item`` of a list (never the closest): a sanction
    of the whole of
    UU 10/2016 Pasal 7 ("meloloskan calon … yang tidak memenuhi persyaratan sebagaimana
    dimaksud dalam Pasal 7", Pasal 180 ayat (2)) punishes the officials letting a candidate
    through, not what huruf t (a PNS resigns) asks of the candidate. An answer found at
    ``huruf`` (of ``ayat``, or of an article without ayat): a reference naming huruf of it
    is 2 naming that one, else 0 ("Pasal 69 huruf a, …, atau huruf f" for huruf k)."""
    pasal = answer.rpartition("#")[2]
    named = ayat_referred(payload["text"], pasal) if ayat else None
    if named is not None and not named & ayat:
        return 0
    items = huruf_referred(payload["text"], pasal) if huruf else None
    if items is not None:
        return 2 if huruf in items else 0
    if not ayat:
        return 1
    if named is None:
        return -1 if item else 1
    return 2


def _sanction_of_the_words(words: _Unit, linking: _Unit | None, typed: set[str],
                           asking: Mapping[str, str]) -> bool:
    """Whether a sanction linked to a rule found is cited at ``words``, the unit its own words
    pick, rather than at ``linking``, its unit referring to the rule: when ``words`` states a
    sanction and holds more of the words typed other than those asking for a kind, and more
    than half of them (one word shared is no answer: "sanksi merusak alat peraga kampanye"
    cites UU 1/2015 Pasal 72 at ayat (1), "… Pasal 69 huruf a sampai dengan huruf h …", not at
    ayat (2) huruf b, which says "Kampanye" but sanctions huruf i and j). UU 1/2015
    Pasal 187 ayat (1) punishes "Kampanye di luar jadwal", every word of "sanksi kampanye di
    luar jadwal"; its ayat (2) refers to Pasal 69 (huruf a–f), whose huruf k the words found,
    and says only "Kampanye": ayat (2) was cited, ayat (1) nowhere. A word asking for the
    sanction picks no unit over the reference (Pasal 187 ayat (6), "… Pasal 71", for "sanksi
    petahana yang mengganti pejabat": ayat (1) says "dipidana" as it does; UU 10/2016 Pasal
    135A ayat (1), "… Pasal 73 ayat (2)", not ayat (5) for saying "sanksi"). Nor does one
    word of two: UU 35/2014 Pasal 80 ayat (1) punishes "… Pasal 76C" (kekerasan terhadap
    anak), not its ayat (2), "Dalam hal Anak … luka berat", for "anak" alone."""
    if linking is None or "sanksi" not in words.kinds:
        return False
    content = typed - set(asking)
    held = len(content & (words.with_items | words.reads))
    return held > len(content & linking.with_items) and 2 * held > len(content)


def _ruled_ayat(unit: _Unit | None) -> frozenset[str]:
    """The ayat of an answer whose sanctions a query asks for: the one its unit found is in
    — or, when that unit is the article's own sanction of some of its ayat ("… melanggar
    ketentuan sebagaimana dimaksud pada ayat (2) dan ayat (3), petahana tersebut dikenai
    sanksi pembatalan …", UU 10/2016 Pasal 71 ayat (5)), those ayat: the other articles
    sanctioning them (Pasal 190, "Pasal 71 ayat (2)") are its closest."""
    if unit is None or unit.ayat is None:
        return frozenset()
    if "sanksi" in unit.kinds:
        own = own_ayat_referred(unit.text) - {unit.ayat}
        if own:
            return own
    return frozenset([unit.ayat])


def _why_linked(payload: dict, answered: dict[str, float], anchors: dict[str, dict],
                ayat: dict[str, frozenset[str]]) -> str:
    """"refers to Pasal 90 UU 13/2003": the best of the answers ``answered`` the article
    ``payload`` cites, naming its ayat referred to when none is one found."""
    anchor = max(_cited(payload, answered), key=answered.__getitem__)
    return "refers to " + _reference(payload, anchor, anchors[anchor],
                                     ayat.get(anchor, frozenset()))


def _reference(payload: dict, answer: str, anchor: dict, asked: frozenset[str]) -> str:
    """How the article ``payload`` refers to the article ``answer`` (its version ``anchor``):
    "Pasal 78 UU 13/2003", naming the ayat it refers to when none is one ``asked`` for
    ("Pasal 78 ayat (2) UU 13/2003" for a query about ayat (1); none asked: the Pasal whole)."""
    whole = _any_version(answer, anchor)
    pasal = answer.rpartition("#")[2]
    named = ayat_referred(payload["text"], pasal) if asked else None
    if named is None or named & asked or not whole.startswith(f"Pasal {pasal} "):
        return whole
    listed = " dan ".join(f"ayat ({a})" for a in sorted(named, key=_number_key))
    return whole.replace(f"Pasal {pasal} ", f"Pasal {pasal} {listed} ", 1)


def _best_answers(ranked: Sequence[tuple[float, dict, str]]
                  ) -> tuple[dict[str, float], dict[str, dict]]:
    """Each answer's best score and the version scoring it (its versions share an identity)."""
    top: dict[str, float] = {}
    anchors: dict[str, dict] = {}
    for score, payload, identity in ranked:
        if score > top.get(identity, 0.0):
            top[identity], anchors[identity] = score, payload
    return top, anchors


def _rules(ranked: Sequence[tuple[float, dict, str]]) -> list[tuple[float, dict, str]]:
    """The rules whose sanctions a query asking for one lifts: the answers among the first
    SANCTION_DEPTH scoring at least SANCTION_SHARE of the best, less the articles stating
    nothing but sanctions (they are answers, not rules another article sanctions: UU 13/2003
    Pasal 189, "Sanksi pidana … tidak menghilangkan kewajiban pengusaha …", took the place
    of Pasal 74, whose sanction is Pasal 183, in "pidana pengusaha mempekerjakan anak")."""
    best = ranked[0][0] if ranked else 0.0
    rules = [c for c in ranked[:SANCTION_DEPTH] if set(_payload_kinds(c[1])) != {"sanksi"}]
    return [c for c in rules if c[0] >= SANCTION_SHARE * best]


def _target(payload: dict, answered: dict[str, float], ayat: dict[str, frozenset[str]],
            huruf: Mapping[str, str] | None = None) -> _Target:
    """The Pasal, the ayat and the huruf the unit cited of ``payload`` is to refer to: of the
    answers ``answered`` (identity → score) it cites, the best scoring, and the ayat (and
    huruf, ``huruf``: identity → huruf) the query found of it."""
    anchor = max(_cited(payload, answered), key=answered.__getitem__)
    return (anchor.rpartition("#")[2], min(ayat.get(anchor, ()), key=_number_key, default=None),
            (huruf or {}).get(anchor))


def _referring(payload: dict, pasal: str, ayat: str | None = None, huruf: str | None = None
               ) -> Callable[[_Unit], bool]:
    """Whether a unit of ``payload`` refers to Pasal ``pasal`` at ayat ``ayat``
    (``units.referring``), and at huruf ``huruf`` when a unit names it: UU 1/2015 Pasal 187
    punishes a breach of Pasal 69 huruf g in ayat (3) ("Pasal 69 huruf g, huruf h, …"), not
    in ayat (2) ("Pasal 69 huruf a, …, atau huruf f"), which refers to Pasal 69 as well."""
    refers = referring(payload, pasal, ayat)
    if huruf is None:
        return refers

    def naming(unit: _Unit) -> bool:
        return refers(unit) and huruf in (huruf_referred(unit.text_with_items(), pasal) or ())
    return naming if any(naming(unit) for unit in _units(payload)) else refers


def applying(payload: dict, pasal: str, ayat: str | None = None) -> list[AppliedBy]:
    """How the article ``payload`` applies Pasal ``pasal`` of its law — its ayat ``ayat``,
    when one is cited — to a further case (its stored "applies": ``index._applied``), each
    cited at the ayat saying so ("Pasal 45 ayat (2) UU 23/2014"); none when it does not (UU
    40/2007 Pasal 88 applies Pasal 86 ayat (5) to (9) only: not ayat (2))."""
    reg = _info(payload["regulation"])
    return [AppliedBy(format_citation(_ref(reg), payload["pasal"], ayat=one["ayat"],
                                      amends=_amends(payload["amends"]), part=payload["part"]),
                      one["to"], one["mutatis_mutandis"])
            for one in payload.get("applies", ()) if pasal in one["pasal"]
            and (ayat is None or ayat in one.get("applied_ayat", {}).get(pasal, [ayat]))]


def _other_case_named(typed: frozenset[str] | set[str], answer: dict, answered: str,
                      payload: dict, identity: str) -> dict | None:
    """The application of the article ``payload`` (identity ``identity``) that applies the
    answer ``answer`` (identity ``answered``) to a case the query names — words ``typed`` that
    its case says and the answer does not ("kabupaten": UU 12/2011 Pasal 63 applies Pasal 57,
    on Raperda Provinsi, to "penyusunan Peraturan Daerah Kabupaten/Kota") —, or None: then
    the answer itself is what was asked, and the applying article is no better for it."""
    scope, _, pasal = answered.rpartition("#")
    if identity.rpartition("#")[0] != scope:
        return None
    own = _words(answer["text"])
    for one in payload.get("applies", ()):
        if pasal in one["pasal"] and typed & _words(one["to"]) - own:
            return one
    return None


def _words(text: str) -> set[str]:
    """The terms of ``text``, a pair written with "/" also as its two words: the analyzer
    keeps "Kabupaten/Kota" one term, and "kabupaten" is typed alone."""
    return set(analysis.analyze(text)) | set(analysis.analyze(text.replace("/", " ")))


def _applying_why(answer: dict, answered: str, one: dict) -> str:
    """"applies Pasal 57 UU 12/2011 mutatis mutandis to penyusunan Peraturan Daerah
    Kabupaten/Kota": why an applying article ranks next to the answer it applies."""
    how = "mutatis mutandis " if one["mutatis_mutandis"] else ""
    return f"applies {_any_version(answered, answer)} {how}to {one['to']}"
