"""The Indonesian analyzer: text → index terms. One definition, used at index AND query time.

Pure Python (the Whoosh adapter lives in ``index.py``). The steps:

1. tokenise, keeping legal tokens whole: "5A", "dan/atau", "18/POJK.03/2017", "Undang-Undang";
2. lowercase and drop a short curated stopword list — never the words that carry legal
   meaning (tidak, harus, dapat, wajib, dilarang, setiap, paling, sejak, apabila …);
3. stem with PySastrawi (cached), except protected terms it is known to over-stem
   (pemilu → milu, pemerintah → perintah, pengadilan → adil …: DESIGN §6) and the
   pe(N)- nouns that name an actor (pelapor stays pelapor; laporan → lapor); the affixed
   forms of a root that are another word get their own term (berdiri ≠ diri). A word the
   cache lacks is first asked of the registered stem sources (``add_stem_source``: the stem
   table an index build leaves beside the index, ``stemtable``), so that a query on an
   index whose build already stemmed its words need not load Sastrawi at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice

#: Words joined by "-", "/" or "." stay one token: "dan/atau", "5A", "18/POJK.03/2017".
TOKEN_PATTERN = r"\w+(?:[-/.]\w+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)

#: Function words and question words. Deliberately short: packaged Indonesian lists remove
#: tidak, harus, dapat, setiap, paling … which change the meaning of a legal sentence.
STOPWORDS: frozenset[str] = frozenset("""
    yang dan di ke dari pada untuk dengan dalam oleh atau ini itu tersebut sebagai serta bagi
    akan telah sudah para adalah ialah yaitu yakni secara terhadap antara atas kepada karena
    tentang juga
    apa apakah siapa siapakah bagaimana berapa kapan dimana mana mengapa kenapa kalau
    saja pun lah kah nya
""".split())

#: Words PySastrawi over-stems into a different legal concept; they are indexed as written.
#: Among them: "terdiri" (consists of) is not "diri" (self, as in mengundurkan diri), nor
#: "terdapat" (there is) the modal "dapat"; and the ter- nouns naming a party to a case
#: (terdakwa, terpidana, terhukum …) are not the act (dakwaan, pidana, hukum). "keputusan"
#: (a decision, the instrument) and "putusan" (a court's verdict) are not "pemutusan"
#: (termination, as in pemutusan hubungan kerja), which Sastrawi gives the same root.
#: Nor are the glossary's words that Sastrawi cuts to another, common one: "haki" (hak
#: kekayaan intelektual) to "hak", "kejagung" to "jagung", "kuhap" to "hap", "kepres" to
#: "pres": every query saying "hak" or "berhak" was also searched for "hak kekayaan
#: intelektual". ("hukuman" stays "hukum": kept whole, the word of old laws' "hukuman
#: kurungan" outranked the modern offences for "ancaman hukuman pengedar narkotika" — QA
#: round 16 —, though "hukum" queries are now searched for pidana too.)
PROTECTED: frozenset[str] = frozenset("""
    pemilu pemerintah pemerintahan pengadilan penyidikan penyidik penyelidikan penyelidik
    petahana berkala perdata pidana pejabat pegawai penjabat pendapatan penduduk perusahaan
    perseroan penyelenggara pemilih pemilihan perda perkara pengusaha pekerja
    bupati walikota gubernur
    terdiri terdapat
    terdakwa tersangka terpidana terhukum tertuduh terduga tergugat termohon terlapor
    tertanggung terperiksa
    keputusan putusan
    haki kejagung kuhap kepres
""".split())


#: The words of an addressee: "/" parts apart, so that "pekerja/buruh" answers to "pekerja"
#: (statutes name the worker so, and the subject filter compares whole words).
SUBJECT_TOKEN_PATTERN = r"\w+(?:[-.]\w+)*"
_SUBJECT_TOKEN_RE = re.compile(SUBJECT_TOKEN_PATTERN)


def subject_words(text: str) -> list[str]:
    """The lowercased words of an addressee or of a --subject asked for."""
    return [word for word in (m.group().strip("_").lower() for m in _SUBJECT_TOKEN_RE.finditer(text))
            if word]


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(word, start, end)`` for every token, with character offsets into ``text``;
    each word of an open compound joined by hyphens apart (``compound_parts``)."""
    for match in _TOKEN_RE.finditer(text):
        word = match.group().strip("_")
        if not word:
            continue
        start = match.start() + match.group().index(word)
        parts = compound_parts(word)
        if not parts:
            yield word, start, start + len(word)
        for begin, end in parts:
            yield word[begin:end], start + begin, start + end


def compound_parts(word: str) -> tuple[tuple[int, int], ...]:
    """Where each word of ``word`` stands in it, when it is an open compound that older
    statutes join with hyphens ("hak guna-bangunan", "lalu-lintas", "tanggung-jawab",
    "suami-isteri": UU 5/1960 writes every land right so) and people and newer statutes write
    apart ("hak guna bangunan"): such words are indexed and searched apart. () for any other
    token: a reduplication is one word ("anak-anak", "perundang-undangan", "semata-mata",
    "setinggi-tingginya": Sastrawi reads it, or its parts hold each other's root), as is a
    token with a part of under three letters or not of letters ("KTP-el", "DPR-GR", "5A")."""
    return _compound_parts(word.lower()) if "-" in word else ()


@lru_cache(maxsize=16384)
def _compound_parts(word: str) -> tuple[tuple[int, int], ...]:
    parts = word.split("-")
    if not all(len(part) >= 3 and part.isalpha() for part in parts) or "-" not in stem(word):
        return ()
    roots = [stem(part) for part in parts]
    for (one, other), (one_root, other_root) in zip(zip(parts, parts[1:]),
                                                    zip(roots, roots[1:])):
        if (one_root == other_root or one.endswith(other) or other.endswith(one)
                or one.startswith(other) or other.startswith(one)
                or one.endswith(other_root) or other.startswith(one_root)):
            return ()   # "semata-mata", "setinggi-tingginya", "utang-piutang", "sedikit-dikitnya"
    spans, start = [], 0
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return tuple(spans)


def normalize(word: str) -> str | None:
    """Map one token to its index term, or None when it is a stopword."""
    word = word.lower()
    if word in STOPWORDS:
        return None
    cached = _STEMS.get(word)
    return cached if cached is not None else stem(word)


#: Longer "words" (OCR debris, hostile input) are kept as they are: no Indonesian word is
#: this long, and Sastrawi's time grows with the length.
LONGEST_STEMMED = 40

#: word → stem. A plain dict rather than lru_cache so that index-building workers can hand
#: the stems they computed to the process that writes the index (``learn_stems``).
_STEMS: dict[str, str] = {}


#: Where ``stem`` looks, on a cache miss, before running Sastrawi: lookups word → stem, or
#: None for a word they do not know (``add_stem_source``).
StemSource = Callable[[str], "str | None"]
_STEM_SOURCES: list[StemSource] = []


def stem(word: str) -> str:
    """Stem a lowercase word; tokens with digits, '/', '.', or protected words stay whole.

    Cached: stemming dominates analysis time (~0.2 ms per uncached token) and legal text
    repeats the same few thousand words. A word not cached yet is asked of the stem sources
    (the stem table beside an open index) before Sastrawi runs.
    """
    cached = _STEMS.get(word)
    if cached is None:
        cached = _STEMS[word] = (_STEM_SOURCES and _from_sources(word)) or _stem_uncached(word)
    return cached


def needs_stemmer(word: str) -> bool:
    """Whether ``_stem_uncached`` runs Sastrawi on this lowercase word; the others (protected
    words, tokens with digits, '/' or '.', very long ones) are kept as they are."""
    return not (word in PROTECTED or len(word) > LONGEST_STEMMED
                or not (word.isalpha() or _is_hyphenated_word(word)))


def _stem_uncached(word: str) -> str:
    if not needs_stemmer(word):
        return word
    if _without_nya(word) in PROTECTED:                     # keputusannya: keputusan
        return _without_nya(word)
    # Hyphenated words go to Sastrawi whole: it reads reduplication ("perundang-undangan" →
    # "undang", "anak-anak" → "anak").
    root = _sastrawi().stem(word) or word
    return _agent_noun(word, root) or _affixed_sense(word, root)


#: Roots whose bare word and affixed forms are different words: the bare "diri" is "self"
#: (mengundurkan diri), its affixed forms "stand, establish" (berdiri, didirikan, pendirian);
#: the bare "dapat" is the modal "may", its affixed forms "obtain" (mendapat, didapat); the
#: bare "undang" is the statute (Undang-Undang, in nearly every article), its affixed forms
#: "promulgate" (diundangkan, pengundangan, mengundangkan: who publishes a regulation, and
#: where); the bare "bentuk" is the noun "form" ("dalam bentuk", "bentuk sanksi"), its
#: affixed forms "form, establish" (pembentukan Peraturan Daerah, membentuk, dibentuk: "…
#: dlm pembentukan perda" matched every election article saying "dalam bentuk"). The
#: affixed forms share a term of their own: the root marked with "_", which no token holds
#: (tokens are stripped of it) and which keeps the root inside, as the snippet and thesaurus
#: prefilter ``expand.may_stem_to`` expects of every term.
AFFIXED_SENSE: dict[str, str] = {"diri": "_diri", "dapat": "_dapat", "undang": "_undang",
                                 "bentuk": "_bentuk"}

#: Affixed forms that keep the bare word's sense: the statute's nouns ("perundangan", and
#: "undangan", the tail of a "perundang-undangan" broken at a line end), and "berbentuk"
#: ("in the form of": "berbentuk badan hukum").
BARE_SENSE: frozenset[str] = frozenset({"undangan", "perundangan", "berbentuk"})


def _affixed_sense(word: str, root: str) -> str:
    """``root``, or its ``AFFIXED_SENSE`` term when ``word`` is more than the bare root. A
    reduplication ("undang-undang", "perundang-undangan") is the bare word's sense."""
    base = _without_nya(word)
    if (root in AFFIXED_SENSE and base != root and base not in BARE_SENSE
            and not _is_hyphenated_word(base)):
        return AFFIXED_SENSE[root]
    return root


def _without_nya(word: str) -> str:
    """``word`` without the enclitic "-nya" (its, the): keputusannya → keputusan."""
    return word[:-3] if word.endswith("nya") else word


def _agent_noun(word: str, root: str) -> str | None:
    """``word`` without a trailing "-nya" when it is a pe(N)- noun stemmed by its prefix alone.

    Such nouns name the actor (pelapor, pemohon, pengawas, pemegang, peserta, pendiri) while
    the verbs and the pe(N)-…-an nouns of the same root name the act (melapor, laporan,
    pelaporan). Legal rules are addressed to actors, so conflating them matches "pelapor" with
    every "laporan" and, where the root is a common word, worse: pendapat → dapat (the modal),
    pendiri → diri (pengunduran diri), peserta → serta, pengawal → awal. A noun with a suffix
    (pe-…-an) keeps Sastrawi's root: its tail then differs from the root's.
    """
    base = _without_nya(word)
    if not (base.startswith("pe") and base.isalpha()) or root in (word, base) or len(root) < 3:
        return None
    # Only a prefix went: the root is the base's tail, up to the first letter, which the
    # nasal of meN-/peN- replaces (penerima ← terima, pemantau ← pantau).
    return base if base.endswith(root[1:]) else None


def _from_sources(word: str) -> str | None:
    if not needs_stemmer(word):
        return None
    for lookup in tuple(_STEM_SOURCES):
        found = lookup(word)
        if found:
            return found
    return None


def add_stem_source(lookup: StemSource) -> None:
    """Have ``stem`` ask ``lookup`` for words it has not cached, before running Sastrawi.

    A source is a cache of this module's own pure function word → stem (``_stem_uncached``),
    such as the stem table an index build writes (``stemtable``): it returns that function's
    value, or None for a word it does not know (then Sastrawi runs, as without it), and never
    raises. Because every source answers the same function, sources are process-wide and
    shared by every open index: a word found in another index's table gets the stem it would
    have got here. Only words that would go to Sastrawi (``needs_stemmer``) are asked.
    """
    _STEM_SOURCES.append(lookup)


def remove_stem_source(lookup: StemSource) -> None:
    """Undo ``add_stem_source`` (nothing happens for a lookup that was not added)."""
    try:
        _STEM_SOURCES.remove(lookup)
    except ValueError:
        pass


def known_stems() -> Mapping[str, str]:
    """Every stem this process knows (cached here or learnt from workers), word → stem."""
    return _STEMS


def stems_since(position: int) -> tuple[int, dict[str, str]]:
    """The stems cached after the first ``position`` ones, and the new position."""
    stems = dict(islice(_STEMS.items(), position, None))
    return position + len(stems), stems


def learn_stems(stems: dict[str, str]) -> None:
    """Add stems computed elsewhere (another process) to this process's cache."""
    _STEMS.update(stems)


def analyze(text: str, *, read: Callable[[str], str | None] | None = None) -> list[str]:
    """The index terms of ``text``, in order (stopwords dropped); ``read`` gives the word a
    lowercase token stands for, or None for the token itself (``ocrwords.document_terms``:
    an OCR-garbled word read as the word it stands for, as an index holds it).

    ``tokenize`` then ``normalize`` for each word, written out: it runs over every unit of
    every article when an index is built."""
    terms = []
    stems = _STEMS
    for token in _TOKEN_RE.findall(text):
        token = token.strip("_").lower()
        if read is not None:
            token = read(token) or token
        parts = compound_parts(token) if "-" in token else ()
        for word in ([token[begin:end] for begin, end in parts] if parts else (token,)):
            if word and word not in STOPWORDS:
                term = stems.get(word)
                if term is None:
                    term = stem(word)
                if term:
                    terms.append(term)
    return terms


#: A pair or series of words a statute writes joined by "/" ("Bupati/Walikota",
#: "pekerja/buruh", "Janda/Duda"): letters only, so "18/POJK.03/2017" and "1/2015" are not.
_WORD_PAIR = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)+")


def pair_parts(word: str) -> list[str]:
    """The words of a "/" pair ("Bupati/Walikota" → Bupati, Walikota), [] for any other
    token. A statute writes the pair as one token, the index holds it so; a person types one
    of its words (a query for "pekerja" found none of UU 13/2003's 800 "pekerja/buruh",
    "janda" none of UU 5/2014's "Janda/Duda"): search adds the pairs holding a word typed."""
    return word.split("/") if _WORD_PAIR.fullmatch(word) else []


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is an Indonesian word as PySastrawi knows them: its stem is one of the
    ~30,000 roots of Sastrawi's own dictionary ("menjelang" → jelang). Tells a real word the
    corpus never uses from a misspelling ("pengundran" has no root), so that only the latter
    gets a "did you mean". Abbreviations and foreign words are no dictionary words."""
    lowered = word.lower()
    if not lowered.isalpha() or len(lowered) > LONGEST_STEMMED:
        return False
    return _root_dictionary(_sastrawi()).contains(_sastrawi().stem(lowered))


def same_root(word: str, other: str) -> bool:
    """Whether two words are affixed forms of one root: another form of the word typed, no
    correction of it. A pe(N)- actor noun and its meN- verb ("perusak", "merusak": Sastrawi
    stems the first to "usak"), or one Sastrawi root ("penyebar", "menyebar": sebar)."""
    word, other = word.lower(), other.lower()
    if word[2:] == other[2:] and {word[:2], other[:2]} == {"pe", "me"}:
        return True
    stemmer = _sastrawi()
    return stemmer.stem(word) == stemmer.stem(other)


def _is_hyphenated_word(word: str) -> bool:
    return "-" in word and all(part.isalpha() for part in word.split("-"))


#: Compounds written apart alone and closed up inside an affix: "bertanggung jawab" but
#: "pertanggungjawaban", "beri tahu" but "diberitahukan", "tanda tangan" but "ditandatangani".
#: PySastrawi's dictionary lacks the closed roots, so it left every such form as written
#: ("pemberitahuan" never met "memberitahukan"); their roots are added to it. The closed
#: forms now share a term (tanggungjawab) apart from the open words (tanggung, jawab): making
#: the two spellings synonyms was measured and dropped (bench/README.md, session 7).
COMPOUNDS: tuple[str, ...] = (
    "tanggung jawab", "beri tahu", "tanda tangan", "kerja sama", "tindak lanjut", "ambil alih",
    "ikut serta", "sebar luas", "jual beli", "pindah tangan", "salah guna", "warga negara",
    "tenaga kerja", "tenaga listrik", "kereta api", "daya guna", "hasil guna", "bagi hasil",
    "budi daya", "aneka ragam", "tata negara", "gotong royong", "lipat ganda", "serah terima",
    "uji coba", "alih fungsi", "campur tangan", "pindah buku", "palang merah", "bandar udara",
    "wira usaha", "sumber daya",
)


@lru_cache(maxsize=1)
def _sastrawi():
    """The PySastrawi stemmer, built on first use (its dictionary loads in ~40 ms), its
    dictionary completed with the closed roots of ``COMPOUNDS``."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    _root_dictionary(stemmer).add_words(compound.replace(" ", "") for compound in COMPOUNDS)
    return stemmer


def _root_dictionary(stemmer):
    """Sastrawi's root dictionary: its CachedStemmer keeps the Stemmer that holds it
    (PySastrawi is pinned, 1.2.1)."""
    return stemmer.delegatedStemmer.get_dictionary()


def in_order_within(positions: Sequence[Sequence[int]], slop: int) -> bool:
    """True when one position can be picked from each list, increasing, each at most
    ``slop`` after the previous: the terms occur in order, close together."""
    reachable = set(positions[0])
    for following in positions[1:]:
        reachable = {p for p in following if any(0 < p - q <= slop for q in reachable)}
        if not reachable:
            return False
    return bool(reachable)
