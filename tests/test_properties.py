"""Property tests: whatever a user types or a file contains, regsearch answers or raises its
own one-line error, never another exception.

(a) The query path — ``RegulationIndex.search``, ``show`` and the filters — on a small real
    index, with any string: open quotes, lone operators, wildcards, field prefixes,
    parentheses, 10,000 characters, control characters, emoji, right-to-left text,
    stopwords only.
(b) The parser — ``parse_pages`` then ``annotate_regulation`` — on text built from real
    corpus lines shuffled, cut mid-line and mixed with headings, numbering, page furniture
    and garbage.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import regsearch
from regsearch import ParseError, QueryError, RegsearchError, Regulation, SearchResult
from regsearch.kinds import annotate_regulation
from regsearch.citations import parse_citation
from regsearch.legal import parse_regulation_ref
from regsearch.models import KINDS
from regsearch.parse import parse_pages

from .conftest import TEXT



def with_module_fixture(max_examples: int) -> settings:
    """Settings for a property that uses a module-scoped fixture (built once, read only)."""
    return settings(max_examples=max_examples, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


SOURCES = [TEXT / "uu-22-2014-pilkada.txt",
           TEXT / "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt"]


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("property-index")
    report = regsearch.build_index(SOURCES, index_dir)
    assert report.ok and len(report.added) == 2, report
    with regsearch.open_index(index_dir) as idx:
        yield idx


def one_line_error(exc: RegsearchError) -> None:
    message = str(exc)
    assert message.strip(), f"{type(exc).__name__} with an empty message"
    assert "\n" not in message and "\r" not in message, message


# --------------------------------------------------------------------------------------------
# (a) the query path


# What people (and cats on keyboards) type: query syntax, in and out of balance.
SYNTAX = ['"', "'", "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "and", "or", "not", "*", "?",
          ":", "(", ")", "[", "]", "{", "}", "-", "+", "^", "~", "~2", "^3", "\\", "/", "TO",
          "title:", "body:", "headings:", "penjelasan:", "kinds:", "pasal:", "payload:",
          "nosuchfield:", "body:*", "*:*", "[a TO]", "{1 TO 9}", "''", '""', "<", ">", "=",
          "&", "|", "!", "%", "#", "@", "$", ";", ",", ".", "…", "–", "—"]
WORDS = ["pengunduran", "diri", "calon", "gubernur", "bupati", "walikota", "syarat", "wajib",
         "dilarang", "sanksi", "pidana", "Pasal", "ayat", "huruf", "UU", "10/2016", "22/2014",
         "Nomor", "Tahun", "Undang-Undang", "7", "(2)", "s", "Perppu", "KPU", "DPRD"]
STOPWORDS = ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "atau", "ini",
             "itu", "dalam", "oleh", "adalah", "sebagaimana", "dimaksud"]
ODD = ["\x00", "\x07", "\x1b[31m", "\t", "\n", "\r\n", "\u200b", "\u200e", "\u202e", "\ufeff",
       "\ufffd", "🙂", "🇮🇩", "👩‍⚖️", "مرحبا بالعالم", "שלום", "中文", "e\u0301", "ß", "İ", "ﬁ",
       "Ⅻ", "٣", "𝐏𝐚𝐬𝐚𝐥", "\U0010ffff"]

token = st.one_of(st.sampled_from(SYNTAX), st.sampled_from(WORDS), st.sampled_from(STOPWORDS),
                  st.sampled_from(ODD), st.text(max_size=12))
queries = st.one_of(
    st.text(max_size=200),
    st.lists(token, max_size=25).map(" ".join),
    st.lists(token, max_size=25).map("".join),
    st.lists(st.sampled_from(STOPWORDS), min_size=1, max_size=8).map(" ".join),
)

LONG = [
    "a " * 5000,                                   # 10,000 characters, 5,000 words
    "pengunduran diri " * 588,
    '"' * 10_000,
    "(" * 5000 + ")" * 5000,
    "(" * 10_000,
    "NOT " * 2500,
    "x" * 10_000,                                  # one 10,000-letter word
    "🙂" * 10_000,
    "*" * 10_000,
    "title:" * 1600,
    # a pasted page of a real law: 10,000 characters, quotes, parentheses, hyphens
    (TEXT / "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt").read_text(
        encoding="utf-8")[20_000:30_000],
]


def answers_or_refuses(call) -> None:
    try:
        result = call()
    except RegsearchError as exc:
        one_line_error(exc)
    else:
        assert isinstance(result, SearchResult)
        assert result.total >= len(result.hits)


@with_module_fixture(300)
@given(text=queries, limit=st.integers(min_value=1, max_value=30))
@example(text='"pengunduran diri', limit=10)
@example(text="AND", limit=10)
@example(text="OR OR OR", limit=10)
@example(text="NOT", limit=10)
@example(text="title:", limit=10)
@example(text="*", limit=10)
@example(text="?", limit=10)
@example(text="(((", limit=10)
@example(text=")", limit=10)
@example(text="yang dan di", limit=10)
@example(text="\x00\x01\x02", limit=10)
@example(text="UU 10/2016 Pasal", limit=10)
@example(text="UU 10/2016 Pasal 7", limit=10)
@example(text="UU 99/2099 Pasal 1", limit=10)
@example(text="-calon", limit=10)
@example(text="*:*", limit=10)
@example(text="NOT huruf", limit=10)
def test_any_query_is_answered_or_refused(small_index, text, limit):
    answers_or_refuses(lambda: small_index.search(text, limit))


@pytest.mark.parametrize("text", LONG, ids=lambda t: f"{t[:8]!r}x{len(t)}")
def test_long_queries_are_answered_or_refused(small_index, text):
    answers_or_refuses(lambda: small_index.search(text, 10))


@pytest.mark.parametrize("text", ["-calon sanksi OR NOT pidana", "sanksi OR NOT huruf"])
def test_query_matching_catalogue_documents_gives_articles(small_index, text):
    """Found by the properties: the per-regulation catalogue documents matched '*:*' and
    'NOT x' (KeyError 'identity') once ranked queries dropped their doctype filter. ('*:*'
    and 'NOT x' alone are refused now: a wildcard, a query that only excludes.)"""
    result = small_index.search(text, 10)
    # articles, or sections (a Penjelasan Umum without "huruf" matches "NOT huruf"): never a
    # catalogue document
    assert result.hits and all(hit.pasal or hit.citation.startswith(("Lampiran ",
                                                                     "Penjelasan Umum "))
                               for hit in result.hits)
    for refused in ("*:*", "NOT huruf"):
        with pytest.raises(QueryError):
            small_index.search(refused, 10)


@with_module_fixture(200)
@given(text=st.one_of(st.just(""), queries),
       limit=st.one_of(st.integers(min_value=-3, max_value=50), st.just(10**12)),
       type_=st.one_of(st.none(), st.text(max_size=20),
                       st.sampled_from(["UU", "uu", "PP", "Peraturan Pemerintah", "Perpu", "POJK",
                                        "XYZ", ""])),
       year=st.one_of(st.none(), st.sampled_from([2014, 2016, 0, -1]),
                      st.integers(min_value=-10**20, max_value=10**20)),
       regulation=st.one_of(st.none(), st.sampled_from(["UU 10/2016", "UU 22/2014", "UU 1/2015",
                                                        "UU 99/2099", "10/2016", "UU", ""]),
                            st.text(max_size=30), st.lists(token, max_size=6).map(" ".join)),
       kinds=st.lists(st.one_of(st.sampled_from(KINDS), st.text(max_size=10)), max_size=4),
       subject=st.one_of(st.none(), st.text(max_size=30), st.lists(token, max_size=6).map(" ".join),
                         st.sampled_from(["kepala daerah", "Calon", "KPU", "setiap orang", "",
                                          "yang", '"', "*"])))
@example(text="", limit=10, type_=None, year=None, regulation=None, kinds=["syarat"], subject=None)
@example(text="", limit=10, type_=None, year=None, regulation="UU 10/2016", kinds=[],
         subject="kepala daerah")
@example(text="calon", limit=0, type_=None, year=None, regulation=None, kinds=[], subject=None)
@example(text="calon", limit=10, type_="nope", year=None, regulation=None, kinds=[],
         subject=None)
@example(text="calon", limit=10, type_=None, year=None, regulation="nope", kinds=["nope"],
         subject=None)
def test_any_filter_is_applied_or_refused(small_index, text, limit, type_, year, regulation,
                                          kinds, subject):
    answers_or_refuses(lambda: small_index.search(text, limit, type=type_, year=year,
                                                  regulation=regulation, kinds=kinds,
                                                  subject=subject))


TYPES = ["UU", "Undang-Undang", "PP", "Perppu", "Peraturan Pemerintah Pengganti Undang-Undang",
         "POJK", "PERGUB", "Perda", "uu", "Keputusan Presiden", "SE"]
numbers = st.one_of(st.integers(min_value=0, max_value=10**6).map(str),
                    st.sampled_from(["1", "7", "10", "22", "7A", "I", "II", "l", "O", "00",
                                     "9" * 40, "1/POJK.05"]))
years = st.one_of(st.sampled_from(["2014", "2016", "2015", "0000", "9999", "99"]),
                  st.integers(min_value=0, max_value=10**5).map(str))
citation_part = st.one_of(
    st.builds(lambda t, n, y: f"{t} {n}/{y}", st.sampled_from(TYPES), numbers, years),
    st.builds(lambda t, n, y: f"{t} Nomor {n} Tahun {y}", st.sampled_from(TYPES), numbers, years),
    st.builds(lambda n: f"Pasal {n}", numbers),
    st.builds(lambda n: f"ayat ({n})", numbers),
    st.builds(lambda n: f"ayat {n}", numbers),
    st.builds(lambda h: f"huruf {h}", st.text(max_size=2)),
    st.sampled_from(["Pasal", "ayat", "huruf", "angka", "sebagaimana diubah dengan", "Lampiran",
                     "jo.", "Penjelasan", "Nomor", "Tahun", "/"]),
    st.sampled_from(SYNTAX + ODD),
    st.text(max_size=10),
)
citations = st.lists(citation_part, min_size=0, max_size=6).map(" ".join)


@with_module_fixture(150)
@given(citation=citations)
@example(citation="UU 10/2016 Pasal 7")
@example(citation="UU 10/2016 Pasal 7 ayat (2) huruf s")
@example(citation="UU 10/2016")
@example(citation="UU 10/2016 Pasal 999")
@example(citation="UU 0/0000 Pasal 0")
@example(citation="UU 99999999999999999999/2016 Pasal 1")
@example(citation="Pasal 7 UU Nomor 10 Tahun 2016")
@example(citation="")
@example(citation="UU 22/2014 Pasal " + "9" * 5000)
def test_any_citation_is_shown_or_refused(small_index, citation):
    try:
        view = small_index.show(citation)
    except RegsearchError as exc:
        one_line_error(exc)
    else:
        assert isinstance(view, regsearch.ArticleView) and view.pasal
    # the same string as a query (a citation is answered directly)
    answers_or_refuses(lambda: small_index.search(citation, 5))


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(citations, st.text(max_size=100)))
def test_citation_parsing_returns_or_refuses(text):
    ref = parse_regulation_ref(text)
    assert ref is None or isinstance(ref, regsearch.RegulationRef)
    try:
        cite = parse_citation(text)
    except RegsearchError as exc:
        one_line_error(exc)
    else:
        assert cite.ref == ref


# --------------------------------------------------------------------------------------------
# (b) the parser


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for name in ("uu-22-2014-pilkada.txt", "uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt",
                 "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt"):
        lines += [line for line in (TEXT / name).read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return lines


CORPUS_LINES = _corpus_lines()
HEAD = ["UNDANG-UNDANG REPUBLIK INDONESIA", "NOMOR 10 TAHUN 2016", "TENTANG",
        "PERUBAHAN KEDUA ATAS UNDANG-UNDANG NOMOR 1 TAHUN 2015",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA", "PRESIDEN REPUBLIK INDONESIA,", "Menimbang :",
        "Mengingat :", "MEMUTUSKAN:", "Menetapkan :", "PERATURAN PEMERINTAH", "PERATURAN DAERAH",
        "PERATURAN OTORITAS JASA KEUANGAN", "NOMOR 22/POJK.01/2015", "NOMOR", "TAHUN"]
TAIL = ["Agar setiap orang mengetahuinya, memerintahkan pengundangan", "Disahkan di Jakarta",
        "pada tanggal 1 Juli 2016", "Ditetapkan di Jakarta", "Diundangkan di Jakarta",
        "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2016 NOMOR 130", "PENJELASAN", "ATAS",
        "I. UMUM", "II. PASAL DEMI PASAL", "Cukup jelas.", "Angka 1", "LAMPIRAN", "LAMPIRAN II",
        "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5898", "Pasal I", "Pasal II",
        "Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:",
        "Di antara Pasal 7 dan Pasal 8 disisipkan 1 (satu) pasal, yakni Pasal 7A",
        "Pasal 9 dihapus.", "1. Ketentuan ayat (2) diubah"]
FURNITURE = ["- 3 -", "3", "- 12 -", "Halaman 3 dari 10", "hal. 4", "SALINAN", "PRESIDEN",
             "REPUBLIK INDONESIA", "2016, No.130", "www.peraturan.go.id", "jdih.kpu.go.id",
             "Pasal 4 . . .", "(2) Izin . . .", "…", ". . ."]
roman = st.sampled_from(["I", "II", "III", "IV", "V", "IX", "X", "XIV", "XL", "C", "IIII", "VX"])
heading = st.one_of(
    st.builds(lambda n, s: f"Pasal {n}{s}", st.integers(0, 400),
              st.sampled_from(["", "A", "B", ".", " A"])),
    st.builds(lambda n: f"Pasal {n}", roman),
    st.sampled_from(["Pasal", "Pasal l", "Pasal O", "Pasai 3", "Pasa1 4", "PASAL 5", "Pasal 1O"]),
    st.builds(lambda n, t: f"({n}) {t}", st.one_of(st.integers(0, 30).map(str),
                                                    st.sampled_from(["l", "1a", "", " "])),
              st.sampled_from(CORPUS_LINES)),
    st.builds(lambda c, t: f"{c}. {t}", st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
              st.sampled_from(CORPUS_LINES)),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(0, 120), st.sampled_from(CORPUS_LINES)),
    st.builds(lambda c: f"{c})", st.sampled_from(["a", "b", "1", "2", "z"])),
    st.builds(lambda n, t: f"BAB {n} {t}".rstrip(), roman, st.sampled_from(["", "KETENTUAN UMUM",
                                                                           "SANKSI"])),
    st.builds(lambda n: f"BAB {n}", roman),
    st.sampled_from(["Bagian Kesatu", "Bagian Kedua Syarat", "Paragraf 1", "Paragraf 2A",
                     "Ayat (1)", "Ayat (2)", "Pasal 7", "Pasal 7A"]),
)
fragment = st.one_of(
    st.sampled_from(CORPUS_LINES),
    st.builds(lambda line, cut: line[: cut % (len(line) + 1)], st.sampled_from(CORPUS_LINES),
              st.integers(0, 400)),                      # cut mid-line
    st.builds(lambda line, cut: line[cut % (len(line) + 1):], st.sampled_from(CORPUS_LINES),
              st.integers(0, 400)),
    heading,
    st.sampled_from(HEAD + TAIL + FURNITURE),
    st.text(max_size=40),                                 # garbage
    st.sampled_from(ODD + SYNTAX),
)
page = st.lists(fragment, max_size=40).map("\n".join)


@st.composite
def documents(draw):
    """Pages of real-looking text: a random head, a random body, maybe a random tail."""
    paged = draw(st.booleans())
    head = draw(st.lists(st.sampled_from(HEAD), max_size=8))
    body = draw(st.lists(page, min_size=1, max_size=5))
    tail = draw(st.lists(st.sampled_from(TAIL + FURNITURE), max_size=8))
    pages = ["\n".join(head) + "\n" + body[0], *body[1:]]
    pages[-1] += "\n" + "\n".join(tail)
    if not paged:
        pages = ["\n".join(pages)]
    return pages, paged


def parses_or_refuses(pages, paged) -> None:
    try:
        regulation = parse_pages(pages, path="x.txt", paged=paged)
    except ParseError as exc:
        one_line_error(exc)
        return
    assert isinstance(regulation, Regulation)
    annotated = annotate_regulation(regulation)
    assert isinstance(annotated, Regulation)
    assert len(annotated.articles) == len(regulation.articles)


@settings(max_examples=250, deadline=None)
@given(document=documents())
def test_parser_returns_a_regulation_or_a_parse_error(document):
    parses_or_refuses(*document)


@settings(max_examples=250, deadline=None)
@given(lines=st.lists(st.sampled_from(CORPUS_LINES), min_size=1, max_size=200),
       cuts=st.lists(st.integers(0, 200), max_size=10), paged=st.booleans(),
       random=st.randoms(use_true_random=False))
def test_shuffled_real_lines_parse_or_refuse(lines, cuts, paged, random):
    """Real lines of a real law in a random order, split into pages at random places."""
    random.shuffle(lines)
    bounds = sorted({c % (len(lines) + 1) for c in cuts} | {0, len(lines)})
    pages = ["\n".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])] or [""]
    parses_or_refuses(pages if paged else ["\n".join(pages)], paged)


@settings(max_examples=200, deadline=None)
@given(pages=st.lists(st.text(max_size=300), max_size=6), paged=st.booleans())
@example(pages=[], paged=True)
@example(pages=[""], paged=False)
@example(pages=["   \n\t"], paged=True)
@example(pages=["Pasal 1"], paged=True)
@example(pages=["Pasal I"], paged=True)
@example(pages=["UNDANG-UNDANG\nNOMOR 1 TAHUN 2020"], paged=False)
@example(pages=["(1)"], paged=False)
@example(pages=["Pasal 1\n(1)\na.\nb."], paged=False)
@example(pages=["PENJELASAN\nPasal 1"], paged=True)
@example(pages=["LAMPIRAN\nPasal 1"], paged=True)
def test_any_text_parses_or_refuses(pages, paged):
    parses_or_refuses(pages, paged)


def test_every_real_corpus_file_still_parses():
    """The generators' source lines come from files that parse (sanity of the fixture)."""
    for path in SOURCES:
        pages = [path.read_text(encoding="utf-8")]
        assert parse_pages(pages, path=str(path), paged=False).articles


# --------------------------------------------------------------------------------------------
# hostile text: parsing has no time bound of its own, so its cost must stay linear. Each of
# these took from 12 s to over 15 minutes before (quadratic regexes, rescans of a growing
# line; measured before 69da0ed); each takes well under a second now.

TITLE = "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 1 TAHUN 2020\nTENTANG\nUJI\nMEMUTUSKAN:\nPasal 1\n"
HOSTILE = {
    "thousands of inline Pasal headings": TITLE + "Pasal 1 " * 10_000,            # 111 s
    "capitalised words before no Nomor": TITLE + "Undang-Undang Peraturan Keputusan " * 3000
    + "dicabut dan dinyatakan tidak berlaku",                                        # 36 s
    "letter-spaced capitals": TITLE + "A " * 30_000,                                # 15 s
    "one 300,000-letter word": TITLE + "x" * 300_000,                               # > 15 min
    "a paragraph of 8,000 lines": TITLE + "\n".join(
        ["kata demi kata dalam satu kalimat yang panjang"] * 8000),                  # 48 s
    "8,000 lines in capitals": TITLE + "Isi.\n" + "\n".join(
        ["KATA DEMI KATA DALAM SATU KALIMAT YANG PANJANG"] * 8000),                  # 80 s
    "capitals after TAMBAHAN": TITLE + "Isi.\nTAMBAHAN LEMBARAN\n" + "\n".join(
        ["KATA DEMI KATA DALAM SATU KALIMAT YANG PANJANG"] * 8000),                  # 90 s
    "8,000 ayat numbers": TITLE + "\n".join(f"({i}) x" for i in range(1, 8000)),    # 12 s
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_parses_in_linear_time(text):
    import time

    started = time.monotonic()
    parses_or_refuses([text], paged=False)
    assert time.monotonic() - started < 5
