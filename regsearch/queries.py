"""What a query's text and filters may be, checked before anything is searched: one clear
``QueryError`` for what no search could answer (wildcards, absurd lengths, filters of the
wrong type); the messages that quote a query, name its filters or list names; and how its
text is read before it is searched (the words a search reads, Whoosh syntax)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from . import analysis
from .errors import QueryError


#: Longer queries are refused with a clear message (Whoosh's parser slows down on them).
MAX_QUERY_WORDS = 100


MAX_QUERY_CHARS = 1000


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


#: Typographic quotes (as word processors and phones type them) read as the ASCII quote.
_CURLY_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                               "\u00ab": '"', "\u00bb": '"', "\u2033": '"'})


def _no_such_title(name: str, closest: Sequence[str] = (), several: bool = False) -> str:
    """What to say of a regulation named by a title (or year) no regulation in the index has;
    ``closest``: the held ones it may mean ("UU Nuklir": UU 10/1997 (Ketenaganukliran));
    ``several``: each of them is one the name is a short name of ("UU KN": Keuangan Negara,
    Kementerian Negara), so it is asked which, not said to name none."""
    if several:
        return (f"{_quoted(name)} is the short name of several regulations the index holds; "
                f"which one? {_alternatives(closest)} (name it by its number, or by the whole "
                "subject of its title)")
    if closest:
        return (f"{_quoted(name)} names no regulation the index holds: did you mean "
                f"{_alternatives(closest)}? (name one by its number, or by the whole subject "
                "of its title, as `regsearch list` shows it)")
    return (f"{_quoted(name)} names no regulation the index holds; write its number ('UU "
            "13/2003 Pasal 156') or the whole subject of its title, as `regsearch list` shows "
            "it ('UU Ketenagakerjaan Pasal 156')")


def _alternatives(names: Sequence[str]) -> str:
    """"a, b or c"."""
    return f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]


def _listed(items: list[str], joining: str) -> str:
    """"a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joining} {items[-1]}"


def _described(type_: str | None, year: int | None, regulation: str | None,
               kinds: Sequence[str], subject: str | None) -> str:
    """The filters of a search as a user gave them: "type PERDA, year 2099"."""
    given = [("type", type_), ("year", year), ("regulation", regulation),
             ("kind", " or ".join(kinds) or None), ("subject", subject)]
    def shown(value: object) -> str:   # quoted only when it would not read on one line
        plain = isinstance(value, str) and value == " ".join(value.split()) and value
        return str(value) if plain or not isinstance(value, str) else _quoted(value)

    return ", ".join(f"{name} {shown(value)}" for name, value in given if value is not None)


def _checked_filters(type_: object, year: object, regulation: object, kinds: object,
                     subject: object) -> tuple[str, ...]:
    """Refuse filters of the wrong type with a ``QueryError`` saying what is expected (a
    number for a type would fail deep inside, a text year match nothing); the kinds asked as
    a tuple ("sanksi" alone is one kind, not six letters)."""
    for name, value, example in (("type", type_, "'UU'"), ("regulation", regulation, "'UU 13/2003'"),
                                 ("subject", subject, "'kepala daerah'")):
        if value is not None and not isinstance(value, str):
            raise QueryError(f"the {name} filter is text, like {example}, not "
                             f"{type(value).__name__}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise QueryError(f"the year filter is a whole number, like 2016, not {year!r}")
    if kinds is None or isinstance(kinds, str):
        return () if kinds is None else (kinds,)
    if not isinstance(kinds, Iterable):
        raise QueryError(f"kinds are a list of names like ['sanksi'], not {kinds!r}")
    asked = tuple(kinds)
    if not all(isinstance(kind, str) for kind in asked):
        raise QueryError(f"kinds are a list of names like ['sanksi'], not {asked!r}")
    return asked


def _clean_query(text: str) -> str:
    """The query with control characters and runs of spaces folded, typographic quotes made
    ASCII (a phrase pasted as “pengunduran diri” is a phrase), full-width letters read
    plainly ("ｋａｍｐａｎｙｅ"); refused when it has more words or characters than any question
    needs (Whoosh's cost grows with every word) or holds a wildcard ("kampa*")."""
    if text is not None and not isinstance(text, str):
        raise QueryError(f"a query is text, not {type(text).__name__}")
    text = unicodedata.normalize("NFKC", text or "").translate(_CURLY_QUOTES)
    text = " ".join(_CONTROL.sub(" ", text).split())
    wildcard = _WILDCARD.search(text)
    if wildcard:
        raise QueryError(f"regsearch has no wildcards ({wildcard.group()!r}); type whole words: "
                         "they match whatever their affixes ('kampanye' also finds "
                         "'berkampanye')")
    words = len(text.split())
    if words > MAX_QUERY_WORDS:
        raise QueryError(f"the query is too long ({words} words); ask with at most "
                         f"{MAX_QUERY_WORDS} words")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(text)} characters); ask with at most "
                         f"{MAX_QUERY_CHARS} characters")
    return text


#: Chat spellings of everyday words, as people type them into a search box; no statute
#: writes them. "tdk" is the negation "tidak", which changes what a rule says.
INFORMAL_SPELLINGS: dict[str, str] = {
    "yg": "yang", "tdk": "tidak", "gak": "tidak", "ga": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "dgn": "dengan", "utk": "untuk", "krn": "karena", "dlm": "dalam",
    "kpd": "kepada", "thd": "terhadap", "tsb": "tersebut", "sbg": "sebagai", "hrs": "harus",
    "dpt": "dapat", "blm": "belum", "sdh": "sudah", "udah": "sudah", "ttg": "tentang",
    "spy": "supaya", "kalo": "kalau", "gmn": "bagaimana", "gimana": "bagaimana",
    "bgmn": "bagaimana", "org": "orang", "sm": "sama", "bs": "bisa", "pny": "punya",
    "brp": "berapa", "brapa": "berapa", "knp": "kenapa", "bbrp": "beberapa", "jg": "juga",
    "aja": "saja", "doang": "saja",
    # office shorthand and slang for running as a candidate
    "kab": "kabupaten", "prov": "provinsi", "kec": "kecamatan", "kel": "kelurahan",
    "nyalon": "mencalonkan diri", "nyaleg": "menjadi caleg",
}
_INFORMAL = re.compile(r"(?<![\w/.-])(" + "|".join(INFORMAL_SPELLINGS) + r")(?![\w/.-])",
                       re.IGNORECASE)


#: The chat "or not?" of a yes/no question: a negation ending the question ("pergub bisa
#: memuat sanksi pidana gak?") or right after the permission asked ("bisa ga DPRD memecat
#: bupati"). It asks; it negates nothing, so it is left out rather than read as "tidak".
_CHAT_NO = r"(?:gak|ga|nggak|ngga|enggak)"
_TAG_ENDING = re.compile(rf"\s+{_CHAT_NO}(\s*\?*\s*)$")
_TAG_AFTER_ASKING = re.compile(rf"\b(bisa|boleh|bisakah|bolehkah)\s+{_CHAT_NO}\b")


def _without_tag_question(part: str) -> str:
    """``part`` without the chat "or not" of a yes/no question (lower case only: "GA" is an
    acronym), unless it is all there is."""
    untagged = _TAG_AFTER_ASKING.sub(r"\1", _TAG_ENDING.sub(r"\1", part))
    return untagged if untagged.strip(" ?") else part


#: A reduplication written with a 2, as chat does: "bagi2" is "bagi-bagi".
_REDUPLICATED = re.compile(r"(?<![\w/.-])([a-z]{3,})2(?![\w/.-])", re.IGNORECASE)


def spelled_out(text: str) -> str:
    """``text`` with chat spellings written out ("yg tdk ikutkan" → "yang tidak ikutkan",
    "bagi2" → "bagi-bagi"; a yes/no question's "… gak?" left out), outside "quoted phrases"
    (taken as written). A word typed in
    capitals is an acronym, not chat: "DPT" is the Daftar Pemilih Tetap (the glossary's),
    "dpt" is "dapat"."""
    parts = re.split(r'("[^"]*")', text)
    return "".join(part if part.startswith('"') else
                   _REDUPLICATED.sub(_doubled,
                                     _INFORMAL.sub(_written_out, _without_tag_question(part)))
                   for part in parts)


def _doubled(match: re.Match[str]) -> str:
    """"bagi2" → "bagi-bagi"; a prefixed word repeats its root ("berturut2" → "berturut-turut",
    "beramai2" → "beramai-ramai"), as the stemmer finds it at the word's end."""
    word = match.group(1)
    if word.isupper():
        return match.group(0)
    root = analysis.stem(word.lower())
    repeated = root if root != word.lower() and word.lower().endswith(root) else word
    return f"{word}-{repeated}"


def _written_out(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if word.isupper() else INFORMAL_SPELLINGS[word.lower()]


#: Syntax beyond words and "quoted phrases": such queries are run by Whoosh's own parser.
_WHOOSH_SYNTAX = re.compile(r'\b(?:AND|OR|NOT)\b|(?:^|\s)[-+]\S|\S:\S|[()]')


#: A wildcard: "kampa*", "kamp?nye", "*:*" (a question mark ending a word ends a question).
_WILDCARD = re.compile(r"\S*\*\S*|\w+\?\w+")


def _plain_letters(text: str) -> str:
    """``text`` without the accents on its letters ("pémilih" → "pemilih")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                 if not unicodedata.combining(c)))


def _quoted(text: str, width: int = 80) -> str:
    """A query quoted in a message, shortened so that the message stays one readable line."""
    return repr(text if len(text) <= width else text[:width] + "…")


def _content_words(text: str) -> str:
    """The words of ``text`` a search reads, as typed: no function or question words, no
    punctuation ("apa sanksinya kalau melanggar ?": "sanksinya melanggar"); ``text`` itself
    when it has none."""
    words = [word for word, _, _ in analysis.tokenize(text) if analysis.normalize(word)]
    return " ".join(words) if words else text


#: The words of a question asking when a law takes effect, once the law named was read out of
#: it ("kapan KUHP baru berlaku", "UU Desa mulai berlaku sejak kapan": "kapan berlaku", "mulai
#: berlaku sejak kapan"). A word of anything else ("kapan cuti mulai berlaku") asks about that.
_TAKING_EFFECT_ASKED = frozenset("""
    kapan mulai berlaku berlakunya diberlakukan sejak tanggal tgl berapa apakah sudah resmi
""".split())


def asks_entry_into_force(words: str) -> bool:
    """Whether ``words`` (a query's words beside the law it names) ask only when that law
    takes effect: a form of "berlaku" with nothing but the other words of such a question."""
    typed = re.findall(r"\w+", words.lower())
    return (any(word.startswith(("berlaku", "diberlaku")) for word in typed)
            and set(typed) <= _TAKING_EFFECT_ASKED)


#: A verb asking what a law revokes ("KUHP baru mencabut pasal tipikor mana aja", "apa saja
#: yang dicabut UU Desa"); not "pencabutan", the noun of a sanction ("pencabutan hak").
_REVOKING_ASKED = re.compile(r"\b(?:di|men)?cabut(?:nya)?\b", re.IGNORECASE)


def asks_revocations(words: str) -> bool:
    """Whether ``words`` (a query's words beside the law it names) ask what that law revokes."""
    return bool(_REVOKING_ASKED.search(words))
