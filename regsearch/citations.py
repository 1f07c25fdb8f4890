"""Citations as people type them: "Pasal 7 ayat (2) huruf s UU 10/2016", "UU 13/2003 Pasal 156
sampai dengan 158", "huruf a dan huruf b Pasal 9 UU 10/2016", "Pasal 7 UU 1/2015 sebagaimana
telah diubah terakhir dengan UU 10/2016", read into the units they name (``parse_citations``),
and how a query tells a citation from words to search. Pure functions, stdlib only; the index
decides which of the units exist (``search``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .errors import QueryError
from .legal import REGULATION_PATTERN, TYPE_ALTERNATION, format_unit, regulation_ref
from .models import GENERAL_EXPLANATION, RegulationRef

#: "Pasal", as typed: "Pasal 7", "pasal7", "Pasal.7", "Psl. 7", "ps. 7", "Pasal no. 7", "Pasal ke-7".
_PASAL_WORD = r"\b(?:pasal|psl|ps)(?![a-z])\.?\s*(?:(?:no\.?|nomor|ke-?)\s*)?"
#: A Pasal number: "7", "54A", "54 A" (copied from a PDF), or a Roman one ("I" in an amendment).
#: (Roman only in capitals: "… dan II", never "dan civil".)
_NUMBER = r"(?:\d+(?:[A-Za-z]|\s(?-i:[A-Z])(?![\w/.]))?|(?-i:[IVXLC]+))\b"
_PASAL = re.compile(rf"{_PASAL_WORD}(?P<pasal>{_NUMBER})", re.IGNORECASE)
#: What lists two labels ("dan", ",", "jo.") or spans them ("sampai dengan", "s.d.", "s/d",
#: "hingga", "-").
_RANGE_WORD = r"\bsampai(?:\s+(?:dengan|dgn))?\b|\bhingga\b|\bs\.\s?d\b\.?|\bs/d\b\.?|\bsd\b\.?"
_JOINER = (rf"(?:,|;|&|\+|\bdan\s*/\s*atau\b|\bdan\b|\bserta\b|\batau\b|\bjuncto\b|\bjo\b\.?"
           rf"|{_RANGE_WORD}|-|–)")
_RANGE_JOINER = re.compile(rf"{_RANGE_WORD}|[-–]", re.IGNORECASE)
#: A Pasal and the ones listed after it: "Pasal 156, 157, dan Pasal 158", "Pasal 156 sampai
#: dengan 158", "Pasal 156 s.d. 158".
_PASAL_LIST = re.compile(rf"{_PASAL_WORD}{_NUMBER}(?:(?:\s*{_JOINER})+\s*"
                         rf"(?:{_PASAL_WORD})?{_NUMBER})*", re.IGNORECASE)
_LIST_PART = re.compile(rf"(?P<joiner>(?:\s*{_JOINER})+)?\s*(?:{_PASAL_WORD})?(?P<number>{_NUMBER})",
                        re.IGNORECASE)
#: The longest range "Pasal 10 sampai dengan Pasal N" is read as (more is a typing slip).
LONGEST_RANGE = 50

#: "… sebagaimana (telah) diubah (terakhir) dengan UU 10/2016", "… diubah oleh …", "… telah
#: beberapa kali diubah terakhir kali dengan …": the version an amendment made.
_AMENDED_BY = re.compile(r"\bdiubah(?:\s+(?:terakhir|kali|beberapa))*\s+(?:dengan|oleh)\s*$",
                         re.IGNORECASE)
#: "UU 10/2016 tentang Perubahan Kedua atas UU 1/2015": a regulation named in a title.
_TITLE = re.compile(r"\btentang\b", re.IGNORECASE)
_NAMED_IN_TITLE = re.compile(r"\b(?:atas|penetapan|pencabutan)\s*$", re.IGNORECASE)
#: "Lampiran LAMPIRAN I UU 12/2011", as regsearch cites an annex section.
_LAMPIRAN = re.compile(r"^\s*lampiran\b\s*(?P<label>.*?)\s*$", re.IGNORECASE)
_LAMPIRAN_WORD = re.compile(r"\blampiran\b", re.IGNORECASE)
#: The numbered points of an annex cited, as Pasal are listed: "butir 98" (UU 12/2011
#: Lampiran II), "angka 98, 99, dan 100", "butir 98 dan butir 99", "butir 98 sampai dengan 102".
_BUTIR_RUN = (rf"(?:butir|angka)\s+\d+\b(?:(?:\s*{_JOINER})+\s*"
              rf"(?:(?:butir|angka)\s+)?\d+\b)*")
_BUTIR_LIST = re.compile(rf"\b{_BUTIR_RUN}", re.IGNORECASE)
_BUTIR_PART = re.compile(rf"(?P<joiner>(?:\s*{_JOINER})+)?\s*(?:(?:butir|angka)\s+)?"
                         rf"(?P<number>\d+)\b", re.IGNORECASE)
#: What a citation may hold besides its references and labels.
_CITATION_FILLER = re.compile(r"\b(?:sebagaimana|telah|diubah|terakhir|kali|beberapa|dengan|oleh|dan|"
                              r"atau|serta|jo|juncto|yang|apa|apakah|isi|bunyi|menurut|lihat|ketentuan)\b"
                              r"|[\s,.;:()&/?!+]",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """A parsed citation: the regulation and, optionally, the Pasal / ayat / huruf.

    ``items`` is the path of list labels below the ayat, outermost first ("1", "a" for
    "angka 1 huruf a"; ``huruf`` is the first letter among them). ``amended_by`` names the
    amending regulation of "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016" (that
    version of the article); ``lampiran`` the label of the annex section cited instead of a
    Pasal ("LAMPIRAN I"), or "" for a Pasal of the annex ("Pasal 7 Lampiran UU 1/2015": an
    act enacting a Perppu prints its articles there, beside its own Pasal 1 and 2).
    """

    ref: RegulationRef
    pasal: str | None = None
    ayat: str | None = None
    huruf: str | None = None
    amended_by: RegulationRef | None = None
    lampiran: str | None = None
    items: tuple[str, ...] = ()
    #: Only implied by a range ("Pasal 54 sampai dengan Pasal 55" covers an inserted 54A if
    #: there is one), or of one of several regulations named as alternatives ("Pasal 3 PERGUB
    #: Bali 1/2021 atau PERGUB Bali 3/2021", as an issuer's name alone is read: whichever
    #: holds it): looked up, and skipped quietly when the regulation lacks it.
    implied: bool = False
    #: The numbered point of the annex section cited ("98" of "Lampiran II UU 12/2011 butir
    #: 98", "Lampiran II angka 98 UU 12/2011"), None for the section whole or a Pasal.
    butir: str | None = None


#: ``amends(later, earlier)``: whether one regulation amends another (``juncto_as_amended``).
Amends = Callable[[RegulationRef, RegulationRef], bool]


def parse_citation(text: str, *, amends: Amends | None = None) -> Citation:
    """Parse "UU 10/2016 Pasal 7", "Pasal 7 ayat (2) UU Nomor 10 Tahun 2016", "PERBA 4/2024 Pasal 5".

    One unit: text naming several ("Pasal 156 dan 157 UU 13/2003") is a ``QueryError``
    pointing to ``parse_citations``, which lists them all (answering the first would drop
    the others unsaid). A "jo." chain is read as ``parse_citations`` reads it. Raises
    ``QueryError`` with an example when no regulation can be recognised.
    """
    cites = parse_citations(text, amends=amends)
    if len(cites) > 1:   # (the inserted units a range may cover are not counted)
        named = [cite for cite in cites if not cite.implied] or cites
        shown = ", ".join(_named(cite) for cite in named[:3]) + (", …" if len(named) > 3 else "")
        raise QueryError(f"{_echo(text)} names {len(named)} units ({shown}); parse_citation "
                         "reads one, parse_citations lists them all")
    return cites[0]


def annex_heading(label: str) -> str:
    """An annex section's heading as a citation names it: "LAMPIRAN I" → "Lampiran I",
    "LAMPIRAN" → "Lampiran", "PENJELASAN UMUM" → "Penjelasan Umum"."""
    words = label.split()
    if words[:1] and words[0].upper() == "LAMPIRAN":
        return " ".join(["Lampiran", *words[1:]])
    if words and all(re.fullmatch(r"[A-Z]{2,}", word) and not re.fullmatch(r"[IVXLC]+", word)
                     for word in words):   # "PENJELASAN UMUM": a heading of its own
        return " ".join(word.capitalize() for word in words)
    return " ".join(["Lampiran", *words])


def _named(cite: Citation) -> str:
    """A citation as short words, for a message ("Pasal 156 UU 13/2003")."""
    unit = f"Pasal {cite.pasal}" if cite.pasal else annex_heading(cite.lampiran or "")
    point = f"butir {cite.butir}" if cite.butir else ""
    return " ".join(filter(None, (unit, format_unit(cite.ayat, cite.items), cite.ref.short,
                                  point)))


#: How much of a long text a message echoes (a 2,000-character paste is not repeated).
_ECHOED = 80


def _echo(text: str) -> str:
    """``text`` quoted for a message, cut to its first ``_ECHOED`` characters."""
    if len(text) <= _ECHOED:
        return repr(text)
    return f"{text[:_ECHOED]!r}… ({len(text):,} characters)"


def parse_citations(text: str, *, amends: Amends | None = None) -> list[Citation]:
    """Every unit a citation names, in the order written: "Pasal 156 dan 157 UU 13/2003" (two),
    "Pasal 7 ayat (2) huruf s dan huruf t UU 10/2016" (two huruf), "Pasal 7 ayat (1) dan (2)",
    "Pasal 7 UU 10/2016 dan UU 8/2015" (that Pasal of each), "Pasal 5 UU 13/2003 dan Pasal 7
    UU 10/2016". Informal "Pasal 7 (2)" is ayat (2).

    "jo." (juncto) between regulations is read as lawyers cite a law with its amendments:
    "Pasal 7 UU 1/2015 jo. UU 8/2015 jo. UU 10/2016" is one unit, Pasal 7 as the newest of
    them left it (``amended_by`` UU 10/2016, as "… sebagaimana telah diubah terakhir dengan
    UU 10/2016" reads), when each later regulation amends the first. ``amends(later,
    earlier)`` says which do (an index knows: ``RegulationIndex.show`` and ``search`` ask
    it); without it, the drafting convention decides: a regulation of the same type and
    issuer enacted later, written after "jo." with no Pasal of its own, amends the one
    before. Other regulations joined by "jo." (read together, amending none: "Pasal 7 UU
    10/2016 jo. UU 8/2015") are each cited.

    Raises ``QueryError`` with an example when no regulation can be recognised, and when a
    label lacks its number ("Pasal 7 ayat UU 10/2016"): answering the whole Pasal would hide
    that the ayat asked for was not read.
    """
    if isinstance(text, str):
        text = juncto_as_amended(amendments_written_out(text), amends or likely_amends)
    if not isinstance(text, str):
        raise QueryError(f"a citation is text, like 'UU 10/2016 Pasal 7', not "
                         f"{type(text).__name__}")
    segments = _segments(_general_explanation_read(text))
    if not segments:
        named = _TYPE_NAMED.search(text)
        if named:   # "Pasal 27 UU ITE": a name only the titles an index holds can read
            raise QueryError(
                f"{_echo(text)} names a regulation by its title or short name "
                f"({named.group().strip()!r}), which only an index reads: "
                "open_index(…).show() or .search(), or write its number, like "
                "'UU 10/2016 Pasal 7'")
        raise QueryError(f"cannot read a regulation in {_echo(text)}; "
                         "write it like 'UU 10/2016 Pasal 7' or 'Pasal 7 UU Nomor 10 Tahun 2016'")
    alternatives = _alternatives(text)
    cites = [replace(cite, implied=True) if n in alternatives else cite
             for n, (ref, amended_by, words) in enumerate(segments)
             for part in _annex_apart(words)    # "Pasal 7 dan Lampiran II UU 12/2011"
             for cite in _segment_citations(ref, amended_by, part)]
    return list(dict.fromkeys(cites))


#: What joins regulations named as alternatives: "PERGUB Bali 1/2021 atau PERGUB Bali 3/2021".
_OR_ALONE = re.compile(r"\s*\batau\b\s*", re.IGNORECASE)


def _alternatives(text: str) -> set[int]:
    """The positions (as ``_segments`` lists them) of the regulations ``text`` names as
    alternatives, joined by "atau" alone: each is cited where it holds the unit."""
    regs = _cited_regulations(text)
    joined = {n for n in range(len(regs) - 1)
              if _OR_ALONE.fullmatch(text[regs[n][3]:regs[n + 1][2]])}
    return joined | {n + 1 for n in joined}


#: "Pasal 7 s.d." with no number after it (or one that is no number: "s.d. M").
_UNENDED_RANGE = re.compile(rf"\s*(?:{_RANGE_WORD})(?!\s*(?:{_PASAL_WORD})?\d)"
                            rf"(?!\s*(?:{_PASAL_WORD})?(?-i:[IVXLC]+)\b)", re.IGNORECASE)
#: Where "… dan Lampiran II" starts a citation of its own beside a Pasal.
_ANNEX_APART = re.compile(rf"(?:\s*{_JOINER})+\s*(?=lampiran\b)", re.IGNORECASE)
_PASAL_APART = re.compile(rf"(?:\s*{_JOINER})+\s*(?={_PASAL_WORD}\d)", re.IGNORECASE)


def _annex_apart(words: str) -> list[str]:
    """A regulation's words with a Lampiran section cited beside a Pasal split apart: "Pasal 7
    dan Lampiran II", "Lampiran II dan Pasal 7" (but "Lampiran Pasal 7" is that annex's Pasal)."""
    parts = []
    for part in _ANNEX_APART.split(words):
        pasal = _PASAL_APART.search(part)
        if pasal and _LAMPIRAN.match(_without_joiners(part[:pasal.start()])):
            parts += [part[:pasal.start()], part[pasal.end():]]
        else:
            parts.append(part)
    return parts


def _segments(text: str) -> list[tuple[RegulationRef, RegulationRef | None, str]]:
    """Split a citation at its regulations: (regulation, the amendment named by "sebagaimana
    diubah dengan" — the last of a chain —, the Pasal/ayat words that go with it).

    Each regulation takes the words written right before it ("Pasal 7 UU 10/2016") or, when
    none are, those after it ("UU 10/2016 Pasal 7"); labels after a regulation that has its
    Pasal already are its own ("Pasal 7 UU 10/2016 ayat (2)"); words between two regulations
    that both need some are split at their last Pasal ("UU 13/2003 Pasal 5 dan Pasal 7 UU
    12/2011"); a regulation with none shares its neighbour's ("Pasal 7 UU 10/2016 dan UU
    8/2015"). A regulation named in a title ("… tentang Perubahan atas UU 1/2015") is not cited.
    """
    regs = _cited_regulations(text)
    if not regs:
        return []
    chunks = [text[:regs[0][2]]] + [text[regs[n][3]:regs[n + 1][2]] for n in range(len(regs) - 1)]
    chunks.append(text[regs[-1][3]:])
    words = [""] * len(regs)
    for n, chunk in enumerate(chunks):
        if _UNIT_WORD.search(chunk):
            _assign(chunk, n - 1, n, words, chunks)
    _lend_pasal(words)
    return [(ref, amended_by, words[n]) for n, (ref, amended_by, _, _) in enumerate(regs)]


def _assign(chunk: str, before: int, after: int, words: list[str], chunks: list[str]) -> None:
    """Give the words between regulation ``before`` and ``after`` to one or both (see
    ``_segments``); -1 and len(words) stand for the text's start and end."""
    if before < 0:
        words[after] = chunk
    elif after == len(words):
        words[before] += chunk
    elif words[before]:                   # it has its Pasal: a new Pasal goes with the next
        pasal = _PASAL.search(chunk)
        if pasal:
            words[before] += chunk[:pasal.start()]
            words[after] = chunk[pasal.start():]
        elif _UNIT_WORD.search(chunks[after + 1]):
            words[before] += chunk
        else:                             # labels right before a regulation are its own
            words[after] = chunk
    elif _UNIT_WORD.search(chunks[after + 1]):
        words[before] = chunk             # the next one has its words after it
    else:
        cut = _last_pasal_after_a_joiner(chunk)
        words[before], words[after] = (chunk[:cut], chunk[cut:]) if cut else (chunk, "")


def _lend_pasal(words: list[str]) -> None:
    """A regulation named without a Pasal of its own takes its nearest neighbour's ("Pasal 7
    UU 10/2016 dan UU 8/2015"), keeping the labels it has ("Pasal 7 ayat (1) UU 12/2011 dan
    ayat (2) UU 13/2003": ayat (2) of Pasal 7)."""
    for n, own in enumerate(words):
        if _PASAL.search(own) or _LAMPIRAN.match(_without_joiners(own)):
            continue   # a Lampiran section is cited as itself ("Lampiran I UU 12/2011")
        lent = next((w for w in [*reversed(words[:n]), *words[n + 1:]] if _PASAL.search(w)), "")
        if lent and _UNIT_WORD.search(own):
            words[n] = f"{list(_PASAL_LIST.finditer(lent))[-1].group()} {own}"
        elif not _UNIT_WORD.search(own):
            words[n] = lent


def _without_joiners(words: str) -> str:
    """``words`` without the joiners around them (" dan Lampiran I dan " -> "Lampiran I")."""
    joiners = rf"(?:\s*{_JOINER})*\s*"
    return re.sub(rf"^{joiners}|{joiners}$", "", words, flags=re.IGNORECASE)


def _last_pasal_after_a_joiner(chunk: str) -> int:
    """Where the last "Pasal" that follows a joiner starts in ``chunk`` (0 if none)."""
    starts = [m.start() for m in re.finditer(rf"{_JOINER}\s*(?={_PASAL_WORD}\d)", chunk,
                                             re.IGNORECASE)]
    if not starts:
        return 0
    pasal = re.search(_PASAL_WORD, chunk[starts[-1]:], re.IGNORECASE)
    assert pasal is not None   # (the joiner was found before one)
    return pasal.start() + starts[-1]


def cited_regulations(text: str) -> list[RegulationRef]:
    """The regulations a citation cites (amendments named after one, and regulations named in a
    title, are no others): one for "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016",
    two for "Pasal 7 UU 10/2016 dan UU 8/2015"."""
    return [ref for ref, _, _, _ in _cited_regulations(text)]


#: How lawyers shorten "sebagaimana telah diubah (terakhir) dengan" between two regulations:
#: "s.t.d.d." / "stdd" (and "s.t.d.t.d." / "stdtd" for "terakhir"), "sbgmn diubah dgn".
#: (Before a regulation by number or by name: "stdd UU Cipta Kerja" is read before the name.)
_BEFORE_A_REGULATION = rf"(?=\s*(?:{REGULATION_PATTERN.pattern}|\b(?:{TYPE_ALTERNATION})\b))"
#: Compiled on first need (~20 ms: the whole regulation pattern is inside), when the cheap
#: hint finds a short form at all: most queries hold none, and a cold query pays nothing.
_AMENDED_SHORT_HINT = re.compile(r"(?<![\w.])s\.?\s?t\.?\s?d", re.IGNORECASE)


@functools.cache
def _amended_short() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])s\.?\s?t\.?\s?d\.?\s?(?P<last>t\.?\s?)?d\b\.?"
                      + _BEFORE_A_REGULATION, re.IGNORECASE)


_AMENDED_SPELLING = re.compile(r"\b(?P<as>sbg|sbgm|sbgmn|sbgmna|sbgmana)\b\.?"
                               r"(?=\s+(?:telah\s+)?diubah\b)"
                               r"|\b(?<=diubah\s)(?P<with>dgn|dg|dng)\b\.?",
                               re.IGNORECASE)
#: "diubah UU 11/2020", the "dengan" left out before the amending regulation.
@functools.cache
def _amended_bare() -> re.Pattern[str]:
    return re.compile(r"\bdiubah(?P<then>(?:\s+(?:terakhir|kali|beberapa))*)\s*"
                      + _BEFORE_A_REGULATION, re.IGNORECASE)


#: "UU 31/1999 jo. 20/2001": the second number of the same type, its type left out.
_JUNCTO_BARE = re.compile(r"(?P<joiner>\b(?:jo\b\.?|juncto\b)\s*)(?P<number>\d+[A-Za-z]?\s*/\s*"
                          r"(?:19|20)\d\d)\b")


def amendments_written_out(text: str) -> str:
    """``text`` with the short forms of an amendment between regulations written out as
    the citation reader knows them: "Pasal 5 UU 31/1999 stdd UU 20/2001" (also "s.t.d.d.",
    "sebagaimana diubah dgn", "diubah UU 20/2001") → "… sebagaimana telah diubah dengan UU
    20/2001", and "UU 31/1999 jo. 20/2001" → "UU 31/1999 jo. UU 20/2001" (the type of the
    regulation before it). Other text is left as it is."""
    written = text if not _AMENDED_SHORT_HINT.search(text) else _amended_short().sub(
        lambda m: "sebagaimana telah diubah terakhir dengan" if m.group("last")
        else "sebagaimana telah diubah dengan", text)
    written = _AMENDED_SPELLING.sub(lambda m: "sebagaimana" if m.group("as") else "dengan",
                                    written)
    if _PASAL.search(text) or REGULATION_PATTERN.search(text):   # not "diubah peraturan lain"
        if "diubah" in written.lower():
            written = _amended_bare().sub(lambda m: f"diubah{m.group('then')} dengan ",
                                          written)
        written = _JUNCTO_BARE.sub(lambda m: _typed_like_before(written, m), written)
    return text if written == text else written   # the same object: callers ask "changed?"


#: The words a citation labels its units with, and what follows each where it labels one:
#: a number after "pasal" and "ayat", a letter after "huruf".
_UNIT_WORD_BEFORE = {"pasal": re.compile(r"\.?\s*\d"),
                     "ayat": re.compile(r"\.?\s*[(\[]?\s*\d"),
                     "huruf": re.compile(r"\.?\s*\(?[a-z]\)?(?!\w)", re.IGNORECASE)}
_SHORT_WORD = re.compile(r"\b[A-Za-z]{3,6}\b")
#: Words of their own one slip from a unit word ("asal 2": the origin; "sayat": to slice).
_NO_SLIP = frozenset({"asal", "sayat"})


@functools.cache
def _regulation_named() -> re.Pattern[str]:
    """A regulation named in a text, by number or by its type ("UU 12/2011", "UU Pilkada");
    compiled on first need (~8 ms), when a word is one slip from a unit word."""
    return re.compile(rf"{REGULATION_PATTERN.pattern}|\b(?:{TYPE_ALTERNATION})\b",
                      re.IGNORECASE)


def unit_words_respelled(text: str, unheld: Callable[[str], bool] = lambda word: False
                         ) -> str:
    """``text`` with "pasal", "ayat" and "huruf" typed with a letter left out, one too many
    or two swapped ("psal 7", "pasl 7", "ayt (2)", "hurf g") written right where its label
    follows and a regulation is named, so that the citation is read as the one meant (the
    spelling fix of words to search came after the citation was read, and searched "7" as
    a word); also with a letter replaced ("pasel 7", "hurup g") when ``unheld(word)`` says
    no regulation holds the word typed ("ayah 2", "pasar 5" are words). Other text is left
    as it is (the same object)."""
    slips = [m for m in _SHORT_WORD.finditer(text) if any(
        _one_slip(m.group().lower(), word) or _replaced(m.group().lower(), word)
        for word in _UNIT_WORD_BEFORE)]
    if not slips or not _regulation_named().search(text):
        return text

    def respelled(match: re.Match[str]) -> str:
        typed = match.group().lower()
        if typed in _NO_SLIP:
            return match.group()
        for word, label in _UNIT_WORD_BEFORE.items():
            if label.match(text, match.end()) and (_one_slip(typed, word) or _replaced(
                    typed, word) and unheld(typed)):
                return word
        return match.group()

    written = _SHORT_WORD.sub(respelled, text)
    return text if written == text else written


def _replaced(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter (not the first) replaced ("pasel")."""
    return len(typed) == len(word) and typed[0] == word[0] and sum(
        a != b for a, b in zip(typed, word)) == 1


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter left out, one added, or two adjacent
    letters swapped ("psal", "pasall", "apsal" of "pasal"); not a letter replaced ("ayah" is
    a word of its own)."""
    if len(typed) == len(word) - 1:
        return any(word[:at] + word[at + 1:] == typed for at in range(len(word)))
    if len(typed) == len(word) + 1:
        return any(typed[:at] + typed[at + 1:] == word for at in range(len(typed)))
    return len(typed) == len(word) and typed != word and any(
        typed == word[:at] + word[at + 1] + word[at] + word[at + 2:]
        for at in range(len(word) - 1))


def _typed_like_before(text: str, match: re.Match) -> str:
    """A bare "jo. 20/2001" with the type (and issuer) of the regulation named before it."""
    before = [ref for found in REGULATION_PATTERN.finditer(text, 0, match.start())
              if (ref := regulation_ref(found)) is not None]
    if not before:
        return match.group()
    typed = before[-1].short.rsplit(" ", 1)[0]   # "UU", "PERGUB Bali"
    return f"{match.group('joiner')}{typed} {match.group('number')}"


#: A type followed by words, no number: "UU ITE", "Undang-Undang Ketenagakerjaan".
_TYPE_NAMED = re.compile(rf"\b(?:{TYPE_ALTERNATION})\s+(?!(?:no|nomor|tahun)\b)[a-z][\w-]*",
                         re.IGNORECASE)
#: What joins the regulations of "UU 1/2015 jo. UU 8/2015 jo. UU 10/2016".
_JUNCTO_ALONE = re.compile(r"\s*,?\s*(?:\bjo\b\.?|\bjuncto\b)\s*", re.IGNORECASE)


def juncto_as_amended(text: str, amends: Callable[[RegulationRef, RegulationRef], bool]) -> str:
    """``text`` with each chain "UU 1/2015 jo. UU 8/2015 jo. UU 10/2016" whose later
    regulations all amend the first written as lawyers mean it, the law as the newest of them
    left it: "UU 1/2015 sebagaimana telah diubah terakhir dengan UU 10/2016". ``amends(later,
    earlier)`` says whether one amends the other (the index knows, this module does not). A
    "jo." between regulations that do not amend one another ("UU 8/1981 jo. UU 48/2009", two
    laws read together) is left as written: each is cited."""
    found = [(match, ref) for match in REGULATION_PATTERN.finditer(text)
             if (ref := regulation_ref(match)) is not None]
    pieces, start, n = [], 0, 0
    while n < len(found):
        base_match, base = found[n]
        chain = [found[n]]
        for match, ref in found[n + 1:]:
            if not (_JUNCTO_ALONE.fullmatch(text[chain[-1][0].end():match.start()])
                    and amends(ref, base)):
                break
            chain.append((match, ref))
        if len(chain) > 1:
            newest = max(chain[1:], key=lambda entry: _enactment_order(entry[1]))
            pieces += [text[start:base_match.end()],
                       f" sebagaimana telah diubah terakhir dengan {newest[0].group()}"]
            start = chain[-1][0].end()
        n += len(chain)
    return "".join(pieces) + text[start:] if pieces else text


def likely_amends(later: RegulationRef, earlier: RegulationRef) -> bool:
    """Whether ``later`` amends ``earlier`` as far as a citation alone tells (no index to
    ask): it is of the same type and issuer and enacted after it, as each amendment of a
    law is ("UU 1/2015 jo. UU 8/2015 jo. UU 10/2016")."""
    return ((later.type, later.issuer) == (earlier.type, earlier.issuer)
            and _enactment_order(later) > _enactment_order(earlier))


def _enactment_order(ref: RegulationRef) -> tuple[int, int]:
    """Year, then number: the order amendments of one law were made in."""
    digits = re.match(r"\d+", ref.number)
    return ref.year or 0, int(digits.group()) if digits else 0


#: How a citation prints a regulation whose name the parser could not read — an omnibus law
#: quoting articles of a law it names in words OCR garbled ("Pasal 29 UNKNOWN ?/0 sebagaimana
#: diubah dengan UU 11/2020"), or a regulation whose own number its text never gives, numbered
#: after its file ("Pasal 17 UNKNOWN uu-1986-5-9d6d5a/0") —, read back so that ``show`` opens
#: what a hit cites.
UNREAD_NAME = re.compile(r"\bUNKNOWN (?:\?|(?P<file>[a-z0-9][a-z0-9-]*))/0(?![\w/])")
UNREAD_REF = RegulationRef("UNKNOWN", "?", 0)


def _unread_ref(match: re.Match[str]) -> RegulationRef:
    """The regulation an ``UNREAD_NAME`` stands for."""
    return RegulationRef("UNKNOWN", match.group("file"), 0) if match.group("file") else UNREAD_REF


def _cited_regulations(text: str) -> list[tuple[RegulationRef, RegulationRef | None, int, int]]:
    """The regulations a citation cites, in order: (regulation, the last amendment named
    after it, start, end of both). Amendments ("sebagaimana diubah dengan X sebagaimana telah
    diubah dengan Y": Y, the text in force) and regulations named in a title are folded in."""
    found: list[list] = []
    matches = sorted([*REGULATION_PATTERN.finditer(text), *UNREAD_NAME.finditer(text)],
                     key=lambda m: m.start())
    for match in matches:
        ref = _unread_ref(match) if match.re is UNREAD_NAME else regulation_ref(match)
        if ref is None:
            continue
        between = text[found[-1][3]:match.start()] if found else ""
        if found and _AMENDED_BY.search(between):
            found[-1][1], found[-1][3] = ref, match.end()
        elif found and _TITLE.search(between) and _NAMED_IN_TITLE.search(between):
            found[-1][3] = match.end()     # "UU 10/2016 tentang Perubahan atas UU 1/2015"
        else:
            found.append([ref, None, match.start(), match.end()])
    return [tuple(entry) for entry in found]


def _segment_citations(ref: RegulationRef, amended_by: RegulationRef | None,
                       words: str) -> list[Citation]:
    """The citations of one regulation's words: each Pasal listed, each ayat / item below it."""
    pasal_lists = list(_PASAL_LIST.finditer(words))
    if not pasal_lists:
        point = _BUTIR_LIST.search(words)
        annex = _LAMPIRAN.match(_without_joiners(_annex_words(words, point)))
        lampiran = " ".join(annex.group("label").split()).upper() if annex else None
        points = _listed_butir(point.group()) if point and annex else [None]
        return [Citation(ref, None, amended_by=amended_by, lampiran=lampiran, butir=number)
                for number in points]
    lampiran = "" if _LAMPIRAN_WORD.search(words) else None   # "Pasal 7 Lampiran UU 1/2015"
    cites = []
    # "huruf a dan huruf b Pasal 9", as amendments write: labels before the first Pasal
    ahead = words[:pasal_lists[0].start()]
    for n, listed in enumerate(pasal_lists):
        before = _cited_units(_outermost_first(ahead))
        ahead = ""
        pasals = _listed_pasals(listed.group())
        if _UNENDED_RANGE.match(words, listed.end()):
            raise QueryError(f"the range from Pasal {pasals[-1]} has no end that can be read; "
                             "write it like 'Pasal 7 sampai dengan Pasal 9'")
        end = pasal_lists[n + 1].start() if n + 1 < len(pasal_lists) else len(words)
        between = words[listed.end():end]
        if n + 1 < len(pasal_lists):   # "huruf a Pasal 9 dan huruf b Pasal 10"
            between, ahead = _split_before_next(between)
        units = _cited_units(between, after_pasal=True)   # below the last Pasal listed
        for position, pasal in enumerate(pasals):
            own = units if position == len(pasals) - 1 else []
            if position == 0:
                own = before + own
            for ayat, items in own or [(None, ())]:
                cites.append(_citation(ref, pasal, ayat, items, amended_by, lampiran))
    return cites


def _annex_words(words: str, point: re.Match[str] | None) -> str:
    """The words naming an annex section beside the butir cited in it: "Lampiran II" of
    "butir 98 Lampiran II" and of "Lampiran II butir 98 singkatan" (words searched after it)."""
    if point is None:
        return words
    before = words[:point.start()]
    return before if _LAMPIRAN_WORD.search(before) else words[point.end():]


def _split_before_next(between: str) -> tuple[str, str]:
    """The labels between two Pasal: those of the first, and those written before the second
    after the last joiner ("ayat (2) dan | huruf b" of "Pasal 9 ayat (2) dan huruf b Pasal 10")."""
    joiners = list(re.finditer(rf"(?:{_JOINER})\s*(?=(?:ayat|huruf|hrf|angka|butir|poin)\b)",
                               between,
                               re.IGNORECASE))
    if not joiners:
        return between, ""
    return between[:joiners[-1].start()], between[joiners[-1].end():]


def _citation(ref: RegulationRef, pasal: str, ayat: str | None, items: tuple[str, ...],
              amended_by: RegulationRef | None, lampiran: str | None) -> Citation:
    labels = (pasal, ayat, *items)
    return Citation(ref, str(pasal), ayat and str(ayat), _first_letter(items), amended_by,
                    lampiran, tuple(str(label) for label in items),
                    any(isinstance(label, _Implied) for label in labels))


def _outermost_first(labels: str) -> str:
    """Labels written before their Pasal, innermost first ("huruf s ayat (2)"), in the order
    ``_cited_units`` reads them ("ayat (2) huruf s")."""
    ayat = re.search(r"\bayat\b", labels, re.IGNORECASE)
    if ayat is None or not _UNIT_TOKEN.search(labels[:ayat.start()]):
        return labels
    return labels[ayat.start():] + " " + labels[:ayat.start()]


def _first_letter(items: tuple[str, ...]) -> str | None:
    return next((str(label) for label in items if not label[0].isdigit()), None)


#: The words a citation names its units with ("Pasal 7 ayat (2) huruf s", "hrf. s", "Pasal 7 (2)",
#: "huruf a, b, dan c"); a joiner before a label lists it beside the one before.
_UNIT_TOKEN = re.compile(
    r"\bayat\s*(?:ke-?\s*)?[(\[]?\s*(?P<ayat>\d+[a-z]?)\b\s*[)\]]?"
    r"|\((?P<paren>\d+[a-z]?)\)"
    r"|\b(?:huruf|hrf\.?)\s*\((?P<huruf_paren>[a-z]+\d?)\)"
    r"|\b(?:huruf|hrf\.?|butir|poin)\s+(?!(?:dan|serta|atau|sampai|sd|hingga)\b)"
    r"(?P<huruf>[a-z]+\d?)\b"
    r"|\b(?:angka|butir|poin)\s+(?P<angka>\d+)\b"
    rf"|(?P<join>{_JOINER})"
    r"|\b(?P<dangling>ayat|huruf|hrf|angka|butir|poin)\b"
    r"|(?<![\w(])(?P<bare>[a-z]{1,2}\d?|\d+[a-z]?)\b(?![\w)])",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(rf"{_PASAL_WORD}|\b(?:lampiran|ayat|huruf|hrf|angka|butir|poin)\b",
                        re.IGNORECASE)


def _cited_units(words: str, after_pasal: bool = False
                 ) -> list[tuple[str | None, tuple[str, ...]]]:
    """The (ayat, item path) units named after a Pasal, in order: "ayat (1) dan ayat (2)",
    "ayat (2) huruf s dan huruf t", "huruf a sampai dengan huruf d", "angka 1 huruf a".
    A label after a joiner is a sibling of the last one of its kind; any other label is
    nested below it. Ranges are read for plain numbers and single letters. ``after_pasal``:
    ``words`` follow the Pasal number right away, so that a lone letter first is its huruf
    ("Pasal 5 c")."""
    units: list[tuple[str | None, tuple[str, ...]]] = []
    last_kind: str | None = None
    joiner: str | None = None
    for token in _UNIT_TOKEN.finditer(words):
        kind = token.lastgroup
        assert kind is not None   # (each alternative of _UNIT_TOKEN is a named group)
        if kind == "join":
            joiner = token.group().lower() if joiner is None else joiner + " " + token.group()
            continue
        if kind == "dangling":
            raise QueryError(f"'{token.group()}' without its number or letter; write it like "
                             "'Pasal 7 ayat (2) huruf s UU 10/2016'")
        label = token.group(kind).lower()
        if kind == "huruf_paren":  # "huruf (s)"
            kind = "huruf"
        if kind == "paren":        # "Pasal 7 (2)", "ayat (1) dan (2)", "huruf a dan (3)"
            if last_kind not in (None, "ayat") and joiner is None:
                break
            kind = "ayat"
        elif kind == "bare":       # "huruf a, b, dan c", "ayat (1), 2"
            if _is_lone_huruf(label, last_kind, joiner,   # "Ps. 156 (2) c", "Pasal 5 c"
                              after_pasal and not units):
                kind = "huruf"
            elif joiner is None or last_kind is None:
                break
            else:
                kind = last_kind
        sibling = joiner is not None and kind == last_kind
        for each in _range_to(units, kind, label, joiner):
            _add_unit(units, kind, each, sibling)
        last_kind, joiner = kind, None
    return units


def _is_lone_huruf(label: str, last_kind: str | None, joiner: str | None,
                   after_pasal: bool = False) -> bool:
    """Whether a bare label is the huruf of the ayat just named, or of the Pasal whose number
    it follows (``after_pasal``, no label between): one letter right after it, with no
    joiner ("Pasal 156 (2) c", "pasal 7 ayat (2) t", "Pasal 5 c"), as people shorten "huruf
    c". (Two letters there are a word: "Pasal 7 (2) di UU 10/2016"; a capital after the
    number is an inserted Pasal: "Pasal 54 A".)"""
    if joiner is not None or len(label) != 1 or not label.isalpha():
        return False
    return last_kind == "ayat" or (after_pasal and last_kind is None)


def _add_unit(units: list[tuple[str | None, tuple[str, ...]]], kind: str, label: str,
              sibling: bool) -> None:
    """Add the unit a label names: a new ayat; an item beside the last one ("huruf s dan
    huruf t"); or an item one level below the last unit, which it replaces ("ayat (2) huruf
    s": the citation is the item, not the ayat around it)."""
    if kind == "ayat":
        units.append((label, ()))
        return
    ayat, items = units[-1] if units else (None, ())
    if sibling and items:
        units.append((ayat, items[:-1] + (label,)))
        return
    if units:
        units.pop()
    units.append((ayat, items + (label,)))


def _range_to(units, kind: str, label: str, joiner: str | None) -> list[str]:
    """``label``, preceded by the labels a range ("sampai dengan", "s.d.", "-") skips."""
    if not joiner or not units or not _RANGE_JOINER.search(joiner):
        return [label]
    ayat, items = units[-1]
    previous = ayat if kind == "ayat" else (items[-1] if items else None)
    return _span(previous, label, kind)[1:] if previous is not None else [label]


class _Implied(str):
    """A label a range implies without naming it, which the regulation may lack: "ayat (1)
    sampai dengan ayat (2b)" covers (1), (2), (2a), (2b) and also (1a) if an amendment inserted
    one. A citation holding such a label is looked up, and skipped quietly when absent."""


#: How many inserted units ("54A" … "54H") a range is taken to cover after each number.
INSERTED_UNITS = 8
_LABEL = re.compile(r"(?P<number>\d+)(?P<letter>[a-z]?)|(?P<prefix>[a-z])(?P<suffix>\d*)",
                    re.IGNORECASE)


def _span(first: str, last: str, what: str) -> list[str]:
    """The labels from ``first`` to ``last``, both included: numbers (156 … 158), letters
    (a … d; b1 … b3), Roman numbers (I … III), and the inserted units between numbers
    ("54" … "54D" = 54, 54A … 54D; "(1)" … "(2b)" = (1), (2), (2a), (2b) and, implied, (1a)
    …). A range that runs backwards or spans more than LONGEST_RANGE numbers or letters is a
    QueryError: a typing slip, not a request for 1,000 articles."""
    if _is_roman(first) and _is_roman(last):
        low_value, high_value = _roman_value(first), _roman_value(last)
        if low_value is None or high_value is None:
            raise _unreadable_range(first, last, what)
        low, high = _checked([low_value, high_value], first, last, what)
        return [_roman(value) for value in range(low, high + 1)]
    if first.isalpha() and last.isalpha():   # "a" … "d", "x" … "bb"
        if first.lower() not in _LETTERS or last.lower() not in _LETTERS:
            raise _unreadable_range(first, last, what)
        low, high = _checked([_LETTERS.index(first.lower()), _LETTERS.index(last.lower())],
                             first, last, what)
        return list(_LETTERS[low:high + 1])
    start, end = _LABEL.fullmatch(first), _LABEL.fullmatch(last)
    if start is None or end is None or bool(start["number"]) != bool(end["number"]):
        raise _unreadable_range(first, last, what)
    if not start["number"]:                  # "b1" … "b3"
        if not (start["suffix"] and end["suffix"] and start["prefix"] == end["prefix"]):
            raise _unreadable_range(first, last, what)
        numbers = _checked([int(start["suffix"]), int(end["suffix"])], first, last, what)
        return [f"{start['prefix']}{n}" for n in range(numbers[0], numbers[1] + 1)]
    low, high = _checked([int(start["number"]), int(end["number"])], first, last, what)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if what == "Pasal" else "abcdefghijklmnopqrstuvwxyz"
    from_letter, to_letter = start["letter"], end["letter"]
    if low == high:
        _checked([_letter_index(letters, from_letter), _letter_index(letters, to_letter)],
                 first, last, what)
    labels: list[str] = []
    for number in range(low, high + 1):
        begin = from_letter if number == low else ""          # the range may start at 54A
        if not begin:
            labels.append(str(number))
        stop = to_letter if number == high else letters[INSERTED_UNITS - 1]
        for index in range(_letter_index(letters, begin) if begin else 0,
                           _letter_index(letters, stop) + 1 if stop else 0):
            label = f"{number}{letters[index]}"
            labels.append(label if number == high or label == first else _Implied(label))
    return labels


def _letter_index(letters: str, letter: str) -> int:
    return letters.lower().index(letter.lower()) if letter else -1


#: List labels in order: a … z, then aa, bb … zz as the drafting rules continue them.
_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz") + tuple(c * 2 for c in "abcdefghijklmnopqrstuvwxyz")
_ROMAN_DIGITS = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5),
                 ("IV", 4), ("I", 1))


def _roman(value: int) -> str:
    numeral = ""
    for digits, worth in _ROMAN_DIGITS:
        count, value = divmod(value, worth)
        numeral += digits * count
    return numeral


def _roman_value(numeral: str) -> int | None:
    """The value of a Roman number as written in a statute ("XXI"), None for a malformed one
    ("IIII")."""
    value = rest = 0
    for digits, worth in _ROMAN_DIGITS:
        while numeral.startswith(digits, rest):
            value, rest = value + worth, rest + len(digits)
    return value if rest == len(numeral) and value and _roman(value) == numeral else None


def _unreadable_range(first: str, last: str, what: str) -> QueryError:
    return QueryError(f"cannot read the range {what} {first} to {last}; list them instead "
                      f"({what} {first}, …, {last})")


def _checked(bounds: list[int], first: str, last: str, what: str) -> list[int]:
    """The two ends of a range, refused when it runs backwards or is too long."""
    if bounds[1] < bounds[0]:
        raise QueryError(f"the range {what} {first} to {last} runs backwards; write it "
                         f"{what} {last} sampai dengan {first}")
    if bounds[1] - bounds[0] > LONGEST_RANGE:
        raise QueryError(f"the range {what} {first} to {last} spans more than {LONGEST_RANGE}; "
                         "cite fewer at a time")
    return bounds


def _listed_pasals(listed: str) -> list[str]:
    """The Pasal of one list: "Pasal 156, 157, dan Pasal 158", "Pasal 156 sampai dengan 158"
    (a range: 156, 157, 158), "Pasal 54A s.d. 54C"."""
    found: list[str] = []
    opening = re.match(_PASAL_WORD, listed, re.IGNORECASE)
    assert opening is not None   # (a _PASAL_LIST match opens with one)
    listed = listed[opening.end():]
    for part in _LIST_PART.finditer(listed):
        number = re.sub(r"\s", "", part.group("number")).upper()
        joiner = part.group("joiner") or ""
        if found and _RANGE_JOINER.search(joiner):
            found += _span(found[-1], number, "Pasal")[1:]
        else:
            found.append(number)
    return list(dict.fromkeys(found))


def _listed_butir(listed: str) -> list[str | None]:
    """The butir of one list, as ``_listed_pasals`` reads Pasal: "butir 98 dan 99", "angka
    98, 99, dan 100", "butir 98 sampai dengan 102" (98 … 102; a butir has no inserted ones)."""
    found: list[str | None] = []
    for part in _BUTIR_PART.finditer(listed):
        number, joiner = part.group("number"), part.group("joiner") or ""
        if found and _RANGE_JOINER.search(joiner):
            first = str(found[-1])
            low, high = _checked([int(first), int(number)], first, number, "butir")
            found += [str(n) for n in range(low + 1, high + 1)]
        else:
            found.append(number)
    return list(dict.fromkeys(found))


def _is_roman(number: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", number))


def looks_like_citation(text: str) -> bool:
    """True when a query is a citation ("UU 10/2016 Pasal 7", "Lampiran I UU 12/2011") rather
    than words to search."""
    text = _general_explanation_read(text)
    return bool((REGULATION_PATTERN.search(text) or UNREAD_NAME.search(text))
                and (_PASAL.search(text) or _LAMPIRAN.match(text)))


def is_only_citation(text: str) -> bool:
    """True when ``text`` holds nothing but a citation ("Pasal 7 ayat (2) huruf s UU 10/2016",
    "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016", "Pasal 7 ayat UU 10/2016" with
    its label half-written, "Lampiran I UU 12/2011"), no words to search besides."""
    text = _general_explanation_read(text)
    if not looks_like_citation(text):
        return False
    if not _PASAL.search(text):        # "Lampiran I UU 12/2011", not "Lampiran UU 7/2017 formulir"
        return bool(_ANNEX_LABEL.fullmatch(REGULATION_PATTERN.sub(" ", text).strip()))
    return _nothing_but_labels(UNREAD_NAME.sub(" ", REGULATION_PATTERN.sub(" ", text)))


#: "Penjelasan Umum UU 13/2003": the regulation's own Penjelasan Umum, a section headed
#: "PENJELASAN UMUM" (as regsearch cites it), when the regulation follows at once;
#: "Penjelasan Umum Lampiran UU 1/2015": that of the Perppu its Lampiran prints.
_GENERAL_EXPLANATION = re.compile(r"\s*penjelasan\s+umum\s+(?P<annex>lampiran\s+)?(?=\S)",
                                  re.IGNORECASE)


def _general_explanation_read(text: str) -> str:
    """``text`` with "Penjelasan Umum <regulation>" written as the section citation it is,
    "Lampiran PENJELASAN UMUM <regulation>" ("Penjelasan Umum Lampiran <regulation>":
    "Lampiran LAMPIRAN PENJELASAN UMUM <regulation>", the annexed one), words after the
    regulation kept (searched in that section); any other text as it is ("penjelasan umum
    kampanye UU 1/2015" holds words to search in the regulation)."""
    found = _GENERAL_EXPLANATION.match(text) if isinstance(text, str) else None
    if found is None:
        return text
    rest = text[found.end():].strip().rstrip(".?!").strip()
    regulation = REGULATION_PATTERN.match(rest)
    after = rest[regulation.end():] if regulation else ""
    if regulation is None or _PASAL.search(after) or _LAMPIRAN_WORD.search(after):
        return text   # "Penjelasan Umum UU 13/2003 konvensi ILO": words searched in it
    heading = f"LAMPIRAN {GENERAL_EXPLANATION}" if found.group("annex") else GENERAL_EXPLANATION
    return f"Lampiran {heading} {rest}"


_ANNEX_LABEL = re.compile(r"lampiran(?:\s+(?:lampiran\s+)?(?:[IVXLC]+|\d+)?(?:\s*\(\d+\))?)?\s*[.?!]?",
                          re.IGNORECASE)


def only_citation_words(words: str) -> bool:
    """True when ``words`` (what a query holds beside its citation) are only words a
    citation is read with ("apa isi", "bunyi", "lihat ketentuan"): nothing to search."""
    return not _CITATION_FILLER.sub(" ", words).split()


def names_a_pasal(text: str) -> bool:
    """True when ``text`` names a Pasal ("Pasal 5", "psl 5")."""
    return bool(_PASAL.search(text))


def first_pasal(text: str) -> str | None:
    """The first Pasal ``text`` names, as cited ("psl 5" → "Pasal 5"), or None."""
    found = _PASAL.search(text)
    return "Pasal " + re.sub(r"\s", "", found.group("pasal")) if found else None


#: An ayat, huruf or angka as a citation names it below its Pasal ("ayat (2)", "huruf c").
_UNIT_LABEL = re.compile(r"\bayat\s*(?:ke-?\s*)?[(\[]?\s*\d+[a-z]?\b\s*[)\]]?"
                         r"|\b(?:huruf|hrf\.?|butir|poin)\s*\(?[a-z]\)?(?!\w)"
                         r"|\b(?:angka|butir|poin)\s+\d+\b",
                         re.IGNORECASE)


def units_without_pasal(text: str) -> list[str]:
    """The ayat / huruf / angka ``text`` names when it names no Pasal ("ayat (2) UU 13/2003":
    ["ayat (2)"]): they cite nothing, and must not be dropped unsaid (the regulation alone
    would list all its articles). [] when a Pasal or a Lampiran is named."""
    if _PASAL.search(text) or _LAMPIRAN_WORD.search(text):
        return []
    return [" ".join(match.group().split()) for match in _UNIT_LABEL.finditer(text)]


def names_units_only(text: str) -> bool:
    """True when ``text`` names Pasal / ayat / huruf but no regulation ("Pasal 7 ayat (2)").
    With no regulation named, words after "tentang" are no title's but the question's
    ("Pasal 603 tentang korupsi": words to search beside a Pasal of no law named)."""
    return (bool(_PASAL.search(text)) and not REGULATION_PATTERN.search(text)
            and _nothing_but_labels(text, titled=False))


def without_citation(text: str) -> str:
    """``text`` less its regulations, Pasal and labelled units, and the word introducing
    them: the words a query holds besides a citation ("sanksi Pasal 7 UU 99/2099" ->
    "sanksi", "pesangon menurut UU 13/2003" -> "pesangon"), with the words that joined
    two of them ("sanksi UU 13/2003 dan UU 7/2017" -> "sanksi"); "" for a citation alone
    ("Lampiran UU 23/2014": the word is the annex cited, not one to search)."""
    if is_only_citation(text):
        return ""
    text = _general_explanation_read(text)
    cut = "\x00"
    named = UNREAD_NAME.sub(cut, REGULATION_PATTERN.sub(cut, _INTRODUCING.sub(" ", text)))
    rest = _PASAL_LIST.sub(_PASAL_CUT, named)
    rest = _annexes_cut(_labels_after_pasal_cut(rest)).replace(_PASAL_CUT, cut)
    rest = _LABELLED_UNIT.sub(cut, rest)
    rest = _AMENDED_SAID.sub(cut, rest)
    rest = _JOINED_CUTS.sub(cut, rest)
    return " ".join(rest.replace(cut, " ").split())


def _labels_after_pasal_cut(text: str) -> str:
    """``text`` (its Pasal lists cut to ``_PASAL_CUT``) without the ayat / item labels each
    Pasal names right after it, as ``_cited_units`` reads them: "huruf a, b, dan c", "(2) c",
    "c" (but the "dan" of "Pasal 5 dan upah" is no label's)."""
    pieces, position = [], 0
    for marker in re.finditer(_PASAL_CUT, text):
        if marker.start() < position:
            continue
        pieces.append(text[position:marker.end()])
        position = _label_run_end(text, marker.end())
    return "".join(pieces) + text[position:]


#: An annex cited beside a cut (a regulation, a Pasal): "Lampiran II", "Lampiran LAMPIRAN
#: I", "Lampiran PENJELASAN UMUM" (its label as regsearch prints it), and, after a Pasal, the
#: word alone ("Pasal 7 Lampiran UU 1/2015").
_ANNEX_CITED = re.compile(
    rf"(?:^|(?<=[\x00\x01]))(?P<joiners>(?:\s*{_JOINER})*)\s*"
    rf"(?:{_BUTIR_RUN}\s+)?lampiran\b"   # "butir 98 (dan 99) Lampiran II UU 12/2011"
    r"(?P<label>\s+(?:lampiran\s+)?(?:[IVXLC]+\b|\d+\b|(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})*\b))"
    rf"(?:\s*\(\d+\))?)?(?:\s+{_BUTIR_RUN})?"   # "Lampiran II angka 98, 99 UU …"
    rf"(?=(?:\s*{_JOINER})*\s*[\x00\x01])", re.IGNORECASE)


def _annexes_cut(text: str) -> str:
    """``text`` (its regulations and Pasal lists cut) without the annexes cited beside them
    (``_ANNEX_CITED``); "lampiran" typed before a regulation without a label is a word to
    search ("lampiran UU 12/2011 teknik penyusunan")."""
    def cut(annex: re.Match[str]) -> str:
        after_pasal = text[:annex.start()].endswith(_PASAL_CUT)
        if annex.group("label") or after_pasal:
            return annex.group("joiners") + _PASAL_CUT
        return annex.group()

    return _ANNEX_CITED.sub(cut, text)


def _label_run_end(text: str, start: int) -> int:
    """Where the labels written from ``start`` (right after a Pasal) end: the end of the
    last label of an unbroken run of labels and joiners."""
    end = reached = start
    last_kind, joined = None, False
    for token in _UNIT_TOKEN.finditer(text, start):
        if text[reached:token.start()].strip():
            break
        reached, kind = token.end(), token.lastgroup
        assert kind is not None   # (each alternative of _UNIT_TOKEN is a named group)
        if kind == "join":
            joined = True
            continue
        lone = _is_lone_huruf(token.group(kind), last_kind, None, end == start)
        if kind == "dangling" or kind == "bare" and not (joined and last_kind or lone):
            break
        end, joined = token.end(), False
        last_kind = "ayat" if kind in ("ayat", "paren") else kind
    return end


#: "menurut UU 13/2003", "sesuai dengan Pasal 7 …", "… sebagaimana diubah dengan UU 10/2016":
#: what says where, not what, is asked.
_INTRODUCING = re.compile(rf"\b(?:menurut|berdasarkan|sesuai(?:\s+dengan)?|dalam|di|pada"
                          rf"|(?:yang\s+|sebagaimana\s+)?(?:telah\s+)?(?:beberapa\s+kali\s+)?"
                          rf"diubah(?:\s+(?:terakhir|kali|beberapa))*\s+(?:dengan|oleh))\s+"
                          rf"(?=(?:{_PASAL_WORD}\d|{REGULATION_PATTERN.pattern}))", re.IGNORECASE)
#: "UU 1/2015 sebagaimana telah diubah" with no amendment named: said of the regulation.
_AMENDED_SAID = re.compile(r"(?<=\x00)\s*(?:yang\s+|sebagaimana\s+)?(?:telah\s+)?"
                           r"(?:beberapa\s+kali\s+)?diubah(?:\s+(?:terakhir|kali))*\b",
                           re.IGNORECASE)
#: What joined two parts of a citation, once they are cut out.
_JOINED_CUTS = re.compile(rf"\x00(?:\s*{_JOINER})+\s*(?=\x00)", re.IGNORECASE)
_LABELLED_UNIT = re.compile(rf"\b{_BUTIR_RUN}"   # "butir 98 dan 99", as parse_citations reads
                            r"|\bayat\s*\(?\s*\d+[a-z]?\b\s*\)?|\(\d+[a-z]?\)"
                            r"|\b(?:huruf|hrf\.?|butir|poin|angka)\s+[a-z0-9]+\b", re.IGNORECASE)


#: A regulation's title after its number ("UU 13/2003 tentang Ketenagakerjaan"), up to the
#: next Pasal or the end: part of the citation, not words to search.
_TITLE_WORDS = re.compile(rf"\btentang\b.*?(?=(?:\s+(?:dan|serta))?\s*{_PASAL_WORD}\d|$)",
                          re.IGNORECASE | re.S)


#: Where a Pasal list stood, once cut out (a lone letter right after it is its huruf).
_PASAL_CUT = "\x01"


def _nothing_but_labels(text: str, titled: bool = True) -> bool:
    """Whether ``text`` holds nothing but Pasal and unit labels, and (``titled``) a title
    after "tentang"."""
    rest = _PASAL_LIST.sub(f" {_PASAL_CUT}", _TITLE_WORDS.sub(" ", text) if titled else text)
    rest = _LAMPIRAN_WORD.sub(" ", _unit_words_removed(rest)).replace(_PASAL_CUT, " ")
    return not _CITATION_FILLER.sub(" ", rest).split()


def _unit_words_removed(text: str) -> str:
    """``text`` without the ayat / huruf / angka labels ``_cited_units`` reads."""
    pieces, start, last_kind, joined = [], 0, None, False
    for token in _UNIT_TOKEN.finditer(text):
        kind = token.lastgroup
        after_pasal = text[:token.start()].rstrip().endswith(_PASAL_CUT)
        if after_pasal:   # a Pasal's own labels start afresh
            last_kind = None
        if kind == "bare" and not joined and not _is_lone_huruf(
                token.group(kind), last_kind, None, after_pasal):
            last_kind = None
            continue
        pieces.append(text[start:token.start()])
        start = token.end()
        joined = kind == "join"
        if not joined:
            last_kind = "ayat" if kind in ("ayat", "paren") else kind
    pieces.append(text[start:])
    return " ".join(pieces)
