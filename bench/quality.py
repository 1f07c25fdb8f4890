#!/usr/bin/env python
"""Retrieval quality of regsearch against two baselines, on the judged queries of eval/dev.json.

    python bench/quality.py                  # summary table
    python bench/quality.py --per-query      # + nDCG of every query, top-5 of the worst ones
    python bench/quality.py --json out.json  # every figure, machine-readable
    python bench/quality.py --check          # exit 1 when a target below is missed
    python bench/quality.py --headroom       # + Recall@20/@40 and the nDCG of their best order

Systems (all three see the SAME parsed articles: ``regsearch.parse_file`` over
corpus/pdf/*.pdf and corpus/text/*.txt; a file that raises ``RegsearchError`` — the
image-only scan — is skipped and named):

* ``regsearch``      — ``regsearch.build_index`` into a temporary directory (or ``--index``),
                       ``open_index(...).search(query, limit=10)``.
* ``whoosh-default`` — Whoosh 2.7.4, one document per article, a single TEXT field with
                       Whoosh's default ``StandardAnalyzer`` holding the article text
                       (``Article.text``); ``QueryParser(group=OrGroup)``; the default BM25F.
* ``fts5``           — SQLite FTS5 from the stdlib, default ``unicode61`` tokenizer, the
                       same article text, ranked by ``bm25()``; the query is its words, each
                       double-quoted, joined with OR.

``--rich-baselines`` gives both baselines the regulation title, the BAB/Bagian/Paragraf
headings and the article's Penjelasan as well (one field, concatenated), i.e. the same raw
material regsearch indexes, to check that a gain is not only "regsearch sees more text".

Identities and matching
-----------------------
An identity is ``(type, number, year, pasal)`` (type upper-cased, number and pasal
stripped and upper-cased, year an int).

* A hit has its OWN identity (its regulation + pasal) and, when it is an article quoted in
  an amending regulation's Pasal I, an AMENDS identity (``amends.type/number/year/pasal``).
* A judgment has its OWN identity and one ALIAS identity per entry of ``aliases``
  (alias type/number/year + the judgment's pasal), e.g. UU 1/2015 Pasal 7 is also
  PERPPU 1/2014 Pasal 7.
* A judgment may name the law its article amends (``amends``: type/number/year), for an
  omnibus law that prints many articles under one number (UU 11/2020 "Pasal 78" amends
  several laws): a hit with the judgment's OWN identity amending another law (or none)
  then matches nothing.
* A hit matches a judgment DIRECTLY when the two OWN identities are equal, and
  INDIRECTLY when their identity sets intersect otherwise (hit own = alias, hit amends =
  judgment own, hit amends = alias).

Credit (one-to-one, in rank order):

1. If a hit matches some judgment directly, it may claim only that judgment: it is
   credited with it when nobody has claimed it yet, otherwise it gains nothing (a duplicate).
   It never falls back to an indirect match: "UU 10/2016 Pasal 7" quotes UU 1/2015 Pasal 7,
   but when UU 10/2016 Pasal 7 is itself judged it does not also collect UU 1/2015's grade.
2. Otherwise it is credited with the first still-unclaimed judgment (in the order of the
   judgment list) that it matches indirectly, or with nothing.
3. Each judgment is credited at most once, to the first hit that claims it.

Metrics (per query, then the mean over queries; k = 10)
------------------------------------------------------
* nDCG@10: DCG = sum over ranks i = 1..10 of (2^grade - 1) / log2(i + 1), grade being that
  of the judgment the hit is credited with (0 when none); divided by the ideal DCG of the
  query's judgment grades sorted descending (top 10).
* Recall@10: judgments credited within the top 10 (any grade) / number of judgments.
* MRR: 1 / rank of the first hit in the top 10 credited with any judgment (0 when none).
* MRR(g2): the same, counting only hits credited with a grade-2 judgment (secondary).
* Uncertainty: a bootstrap over the queries (10,000 resamples, seeded) gives the 95 %
  interval of regsearch's nDCG@10 and of its ratio to the better baseline, and the share of
  resamples where regsearch beats both baselines and where the ratio reaches its target. With
  30 queries, a change of a few thousandths is well inside these intervals.

Targets checked by ``--check`` (regsearch row): nDCG@10 >= 0.80 and >= 1.35 x the better
baseline's nDCG@10, Recall@10 >= 0.85, MRR >= 0.85.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
import tarfile
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev.json"
#: The scale corpus (1,535 UU texts) that eval/scale.json's files are taken from.
SCALE_ARCHIVE = ROOT.parent / "shared" / "bench" / "uu-texts.tar.gz"
K = 10

TARGETS = {"ndcg": 0.80, "ratio": 1.35, "recall": 0.85, "mrr": 0.85}

Identity = tuple[str, str, int, str]


# --------------------------------------------------------------------------- identities


def identity(type_: str, number: str | int, year: int | str, pasal: str | int) -> Identity:
    """Normalised ``(type, number, year, pasal)``: "uu", " 7 ", "2017", "5a" → UU/7/2017/5A."""
    return (str(type_).strip().upper(), str(number).strip().upper(), int(year),
            str(pasal).strip().upper())


@dataclass(frozen=True)
class Judgment:
    """One judged article of a query."""

    own: Identity
    grade: int
    aliases: tuple[Identity, ...] = ()
    #: An omnibus law prints many articles under one number ("Pasal 78" of UU 11/2020 amends
    #: several laws): the judgment's "amends" names the law its article amends, (type,
    #: number, year), and its own identity then matches only the article amending that law.
    amended_law: tuple[str, str, int] | None = None

    @property
    def identities(self) -> frozenset[Identity]:
        return frozenset((self.own, *self.aliases))

    def excludes(self, hit: Ranked) -> bool:
        """Whether ``hit`` carries this judgment's own identity but amends another law."""
        return (self.amended_law is not None and hit.own == self.own
                and (hit.amends is None or hit.amends[:3] != self.amended_law))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Judgment:
        pasal = data["pasal"]
        aliases = tuple(identity(a["type"], a["number"], a["year"], a.get("pasal", pasal))
                        for a in data.get("aliases", ()))
        amended = data.get("amends")
        amended_law = identity(amended["type"], amended["number"], amended["year"], "")[:3] \
            if amended else None
        return cls(identity(data["type"], data["number"], data["year"], pasal),
                   int(data["grade"]), aliases, amended_law)

    def label(self) -> str:
        t, n, y, p = self.own
        return f"{t} {n}/{y} Pasal {p} (g{self.grade})"


@dataclass(frozen=True)
class Ranked:
    """What the metrics need of one hit: its own identity, its amends identity, a label."""

    own: Identity | None
    amends: Identity | None = None
    citation: str = ""

    @property
    def identities(self) -> frozenset[Identity]:
        return frozenset(i for i in (self.own, self.amends) if i is not None)


def make_ranked(type_: str, number: str, year: int, pasal: str | None,
                amends: tuple[str, str, int, str] | None = None, citation: str = "") -> Ranked:
    """A ``Ranked`` from plain fields; ``pasal`` None (e.g. a Lampiran section) matches nothing."""
    own = identity(type_, number, year, pasal) if pasal not in (None, "") else None
    amended = identity(*amends) if amends and amends[3] not in (None, "") else None
    return Ranked(own, amended, citation)


# --------------------------------------------------------------------------- credit & metrics


def assign_credit(hits: Sequence[Ranked], judgments: Sequence[Judgment],
                  k: int = K) -> list[int | None]:
    """Index of the judgment each of the top ``k`` hits is credited with (None: no credit).

    The rule is the module docstring's: a direct match binds a hit to that judgment only;
    otherwise the first unclaimed indirect match; every judgment is credited at most once.
    """
    claimed: set[int] = set()
    credit: list[int | None] = []
    for hit in hits[:k]:
        chosen: int | None = None
        direct = [j for j, judg in enumerate(judgments)
                  if hit.own is not None and hit.own == judg.own and not judg.excludes(hit)]
        if direct:
            free = [j for j in direct if j not in claimed]
            chosen = free[0] if free else None
        else:
            ids = hit.identities
            for j, judg in enumerate(judgments):
                if j not in claimed and ids & judg.identities and not judg.excludes(hit):
                    chosen = j
                    break
        if chosen is not None:
            claimed.add(chosen)
        credit.append(chosen)
    return credit


def gain(grade: int) -> float:
    return float(2 ** grade - 1)


def dcg(grades: Iterable[int]) -> float:
    return sum(gain(g) / math.log2(rank + 1) for rank, g in enumerate(grades, 1))


@dataclass(frozen=True)
class QueryScore:
    ndcg: float
    recall: float
    rr: float
    rr2: float
    credit: tuple[int | None, ...] = ()


def score_query(hits: Sequence[Ranked], judgments: Sequence[Judgment], k: int = K) -> QueryScore:
    """nDCG@k, Recall@k, reciprocal rank (any grade, grade 2) of one ranked list."""
    credit = assign_credit(hits, judgments, k)
    grades = [judgments[c].grade if c is not None else 0 for c in credit]
    ideal = dcg(sorted((j.grade for j in judgments), reverse=True)[:k])
    ndcg = dcg(grades) / ideal if ideal > 0 else 0.0
    found = sum(1 for c in credit if c is not None)
    recall = found / len(judgments) if judgments else 0.0
    rr = next((1.0 / r for r, c in enumerate(credit, 1) if c is not None), 0.0)
    rr2 = next((1.0 / r for r, c in enumerate(credit, 1)
                if c is not None and judgments[c].grade >= 2), 0.0)
    return QueryScore(ndcg, recall, rr, rr2, tuple(credit))


@dataclass
class SystemScore:
    name: str
    per_query: dict[str, QueryScore] = field(default_factory=dict)
    seconds: float = 0.0

    def mean(self, attr: str) -> float:
        values = [getattr(s, attr) for s in self.per_query.values()]
        return sum(values) / len(values) if values else 0.0


# --------------------------------------------------------------------------- the eval set


@dataclass(frozen=True)
class EvalQuery:
    id: str
    text: str
    need: str
    judgments: tuple[Judgment, ...]


def load_queries(path: Path = DEV) -> list[EvalQuery]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [EvalQuery(q["id"], q["query"], q.get("need", ""),
                      tuple(Judgment.from_json(r) for r in q["relevant"]))
            for q in data["queries"]]


# --------------------------------------------------------------------------- corpus


def corpus_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / "corpus" / "pdf").glob("*.pdf")) + \
        sorted((root / "corpus" / "text").glob("*.txt"))


def judged_files(judgments: Path, corpus_root: Path | None, workdir: Path) -> list[Path]:
    """The files a judgment file was judged over: the bundled corpus, unless the file lists
    its own ("files": paths inside the scale corpus, e.g. "uu/2011/12.md", as
    eval/scale.json does). Those are read from ``corpus_root`` (the unpacked scale corpus)
    or else unpacked from ``SCALE_ARCHIVE`` into ``workdir`` — only the members listed."""
    listed = json.loads(judgments.read_text(encoding="utf-8")).get("files")
    if not listed:
        return corpus_files()
    if corpus_root is None:
        if not SCALE_ARCHIVE.is_file():
            raise SystemExit(f"{judgments} is judged over files of the scale corpus: give "
                             f"--corpus-root DIR (the unpacked {SCALE_ARCHIVE.name})")
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        with tarfile.open(SCALE_ARCHIVE) as archive:
            archive.extractall(workdir, members=[archive.getmember(m) for m in listed], **safe)
        corpus_root = workdir
    missing = [m for m in listed if not (corpus_root / m).is_file()]
    if missing:
        raise SystemExit(f"{corpus_root} lacks {len(missing)} judged files, e.g. {missing[0]}")
    return [corpus_root / m for m in listed]


def shown_path(path: Path) -> str:
    """A corpus path as the report names it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class BaselineDoc:
    ranked: Ranked
    text: str


def parse_corpus(files: Sequence[Path], *, rich: bool
                 ) -> tuple[list[BaselineDoc], list[tuple[str, str]], dict[str, Any]]:
    """Every article of every readable file as a baseline document; the skipped files; and
    the parse outcome per resolved path (a ``Regulation`` or the ``RegsearchError`` raised),
    which ``shared_parses`` hands to regsearch's own index build."""
    import regsearch

    docs: list[BaselineDoc] = []
    skipped: list[tuple[str, str]] = []
    outcomes: dict[str, Any] = {}
    for path in files:
        try:
            reg = regsearch.parse_file(path)
        except regsearch.RegsearchError as exc:
            outcomes[str(path.resolve())] = exc
            reason = str(exc).splitlines()[0]
            for prefix in (f"{path}: ", f"{path.resolve()}: "):
                reason = reason.removeprefix(prefix)
            skipped.append((shown_path(path), reason[:160]))
            continue
        outcomes[str(path.resolve())] = reg
        for art in reg.articles:
            amends = None
            if art.amends is not None:
                ref = art.amends.ref
                amends = (ref.type, ref.number, ref.year, art.amends.pasal)
            text = art.text
            if rich:
                text = "\n".join(t for t in (reg.title, art.headings, art.text, art.penjelasan or "")
                                 if t)
            cite = f"{reg.type} {reg.number}/{reg.year} Pasal {art.pasal}"
            if amends:
                cite += f" (→ {amends[0]} {amends[1]}/{amends[2]} Pasal {amends[3]})"
            if art.part != "body":
                cite += f" [{art.part}]"
            docs.append(BaselineDoc(make_ranked(reg.type, reg.number, reg.year, art.pasal,
                                                amends, cite), text))
    return docs, skipped, outcomes


@contextmanager
def shared_parses(outcomes: dict[str, Any]) -> Iterator[list[int]]:
    """Let ``regsearch.build_index`` reuse the harness's parse results instead of parsing
    every file a second time: the index then holds the very same ``Regulation`` objects the
    baselines were built from (and the run takes half the parsing time). It patches the
    ``parse_file`` name that ``regsearch.index`` calls, for the duration of the block only; if
    that name is gone the build simply parses again. Yields [hits] (how often it was used)."""
    import regsearch.index as rindex

    used = [0]
    original = getattr(rindex, "parse_file", None)
    if original is None:
        yield used
        return

    def parse_file(path, *args, **kwargs):
        outcome = outcomes.get(str(Path(path).resolve())) if not (args or kwargs) else None
        if outcome is None:
            return original(path, *args, **kwargs)
        used[0] += 1
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    rindex.parse_file = parse_file
    try:
        yield used
    finally:
        rindex.parse_file = original


# --------------------------------------------------------------------------- systems

#: ``search(query, limit)`` → hits, best first.
Searcher = Callable[[str, int], list[Ranked]]
#: How deep the per-query report looks for a judged article that missed the top 10.
DEEP = 200


def whoosh_default(docs: Sequence[BaselineDoc]) -> tuple[Searcher, Callable[[], None]]:
    """Whoosh 2.7.4 defaults: StandardAnalyzer, OrGroup query parser, BM25F, in RAM."""
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import NUMERIC, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.qparser import OrGroup, QueryParser

    schema = Schema(n=NUMERIC(stored=True, unique=True), text=TEXT(analyzer=StandardAnalyzer()))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for n, doc in enumerate(docs):
            writer.add_document(n=n, text=doc.text)
    searcher = ix.searcher()
    parser = QueryParser("text", ix.schema, group=OrGroup)

    def search(query: str, limit: int = K) -> list[Ranked]:
        results = searcher.search(parser.parse(query), limit=limit)
        return [docs[r["n"]].ranked for r in results]

    return search, searcher.close


FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts5_query(text: str) -> str:
    """The query's words, each double-quoted (no FTS5 syntax can leak in), OR-ed."""
    return " OR ".join(f'"{w}"' for w in FTS_TOKEN.findall(text.lower()))


def fts5_default(docs: Sequence[BaselineDoc]) -> tuple[Searcher, Callable[[], None]]:
    """SQLite FTS5: unicode61 tokenizer (the default), bm25() ranking."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE articles USING fts5(text)")
    con.executemany("INSERT INTO articles(rowid, text) VALUES (?, ?)",
                    ((n, d.text) for n, d in enumerate(docs)))
    con.commit()

    def search(query: str, limit: int = K) -> list[Ranked]:
        match = fts5_query(query)
        if not match:
            return []
        rows = con.execute("SELECT rowid FROM articles WHERE articles MATCH ? "
                           "ORDER BY bm25(articles) LIMIT ?", (match, limit)).fetchall()
        return [docs[r[0]].ranked for r in rows]

    return search, con.close


def regsearch_system(files: Sequence[Path], index_dir: Path | None, rebuild: bool,
                     outcomes: dict[str, Any]
                     ) -> tuple[Searcher, Callable[[], None], list[tuple[str, str]], int, int]:
    """regsearch's searcher over an index of ``files``; also the failures of the build, the
    number of articles in the index and how many files came from the shared parses."""
    import regsearch

    tmp = None
    if index_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="regsearch-quality-")
        index_dir = Path(tmp.name)
    with shared_parses(outcomes) as used:
        report = regsearch.build_index(list(files), index_dir, rebuild=rebuild)
    idx = regsearch.open_index(index_dir)
    indexed = sum(r.articles for r in idx.regulations())

    def search(query: str, limit: int = K) -> list[Ranked]:
        result = idx.search(query, limit=limit)
        out = []
        for hit in result.hits:
            reg = hit.regulation
            amends = None
            if hit.amends is not None:
                ref = hit.amends.ref
                amends = (ref.type, ref.number, ref.year, hit.amends.pasal)
            out.append(make_ranked(reg.type, reg.number, reg.year, hit.pasal, amends,
                                   hit.citation))
        return out

    def close() -> None:
        idx.close()
        if tmp is not None:
            tmp.cleanup()

    return search, close, list(report.failed), indexed, used[0]


def run_system(name: str, search: Searcher, queries: Sequence[EvalQuery]
               ) -> tuple[SystemScore, dict[str, list[Ranked]]]:
    score = SystemScore(name)
    runs: dict[str, list[Ranked]] = {}
    start = time.perf_counter()
    for q in queries:
        hits = search(q.text, K)[:K]
        runs[q.id] = hits
        score.per_query[q.id] = score_query(hits, q.judgments)
    score.seconds = time.perf_counter() - start
    return score, runs


# --------------------------------------------------------------------------- coverage


def headroom(search: Searcher, queries: Sequence[EvalQuery], depth: int) -> tuple[float, float]:
    """Recall@``depth``, and the mean nDCG@10 of the best reordering of each query's top
    ``depth`` (the judged articles found there, best grades first): how much of a system's
    gap is the order of what it finds rather than what it misses."""
    recall = ndcg = 0.0
    for q in queries:
        credit = assign_credit(search(q.text, depth)[:depth], q.judgments, depth)
        found = sorted((q.judgments[c].grade for c in credit if c is not None), reverse=True)
        recall += len(found) / len(q.judgments) if q.judgments else 0.0
        ideal = dcg(sorted((j.grade for j in q.judgments), reverse=True)[:K])
        ndcg += dcg(found[:K]) / ideal if ideal > 0 else 0.0
    return recall / len(queries), ndcg / len(queries)


def coverage(docs: Sequence[BaselineDoc], queries: Sequence[EvalQuery]) -> dict[str, list[int]]:
    """Per query, indexes of judgments whose article the parser did not produce at all.

    Strict on purpose (a diagnostic, not a metric): some parsed article must carry the
    judgment's own or alias identity as ITS OWN identity; an amending regulation quoting the
    article does not count as the article being there.
    """
    by_own: dict[Identity, list[Ranked]] = {}
    for d in docs:
        if d.ranked.own is not None:
            by_own.setdefault(d.ranked.own, []).append(d.ranked)

    def produced(judg: Judgment) -> bool:
        return any(not judg.excludes(r) for i in judg.identities for r in by_own.get(i, ()))

    return {q.id: [j for j, judg in enumerate(q.judgments) if not produced(judg)]
            for q in queries}


# --------------------------------------------------------------------------- report


def summary_rows(systems: Sequence[SystemScore]) -> list[dict[str, Any]]:
    return [{"system": s.name, "ndcg": s.mean("ndcg"), "recall": s.mean("recall"),
             "mrr": s.mean("rr"), "mrr_g2": s.mean("rr2"), "seconds": s.seconds}
            for s in systems]


def check_targets(rows: Sequence[dict[str, Any]]) -> list[str]:
    ours = rows[0]
    best_baseline = max(r["ndcg"] for r in rows[1:])
    ratio = ours["ndcg"] / best_baseline if best_baseline else math.inf
    misses = []
    if ours["ndcg"] < TARGETS["ndcg"]:
        misses.append(f"nDCG@10 {ours['ndcg']:.3f} < {TARGETS['ndcg']}")
    if ratio < TARGETS["ratio"]:
        misses.append(f"nDCG ratio {ratio:.2f}x < {TARGETS['ratio']}x the better baseline")
    if ours["recall"] < TARGETS["recall"]:
        misses.append(f"Recall@10 {ours['recall']:.3f} < {TARGETS['recall']}")
    if ours["mrr"] < TARGETS["mrr"]:
        misses.append(f"MRR {ours['mrr']:.3f} < {TARGETS['mrr']}")
    return misses


RESAMPLES = 10_000


@dataclass(frozen=True)
class Uncertainty:
    """How much the figures owe to which queries were judged: a bootstrap over the queries
    (each resample draws as many queries as there are, with replacement, for every system
    alike). ``ndcg`` is the 95 % interval of regsearch's nDCG@10, ``ratio`` that of its ratio
    to the better baseline (the better one in each resample); ``beats`` the share of resamples
    where regsearch is above both baselines, ``meets_ratio`` where the ratio reaches the
    target."""

    ndcg: tuple[float, float]
    ratio: tuple[float, float]
    beats: float
    meets_ratio: float


def bootstrap(systems: Sequence[SystemScore], resamples: int = RESAMPLES,
              seed: int = 0) -> Uncertainty:
    """``Uncertainty`` of the first system's nDCG@10 against the others (seeded: the same
    per-query scores always give the same intervals)."""
    import numpy as np

    ids = list(systems[0].per_query)
    values = np.array([[s.per_query[i].ndcg for i in ids] for s in systems])
    draws = np.random.default_rng(seed).integers(0, len(ids), size=(resamples, len(ids)))
    means = values[:, draws].mean(axis=2)                 # systems × resamples
    ours, best = means[0], means[1:].max(axis=0)
    ratio = np.divide(ours, best, out=np.full_like(ours, np.inf), where=best > 0)

    def interval(sample: np.ndarray) -> tuple[float, float]:
        low, high = np.percentile(sample, [2.5, 97.5])
        return float(low), float(high)

    return Uncertainty(interval(ours), interval(ratio), float((ours > best).mean()),
                       float((ratio >= TARGETS["ratio"]).mean()))


def print_uncertainty(spread: Uncertainty, n_queries: int) -> None:
    print(f"depending on which {n_queries} queries (bootstrap, {RESAMPLES:,} resamples): regsearch "
          f"nDCG@10 95% {spread.ndcg[0]:.3f}-{spread.ndcg[1]:.3f}, ratio "
          f"{spread.ratio[0]:.2f}-{spread.ratio[1]:.2f}x; above both baselines in "
          f"{spread.beats:.1%} of resamples, ratio >= {TARGETS['ratio']}x in "
          f"{spread.meets_ratio:.1%}")


def print_table(rows: Sequence[dict[str, Any]], n_queries: int) -> float:
    best_baseline = max(r["ndcg"] for r in rows[1:])
    ratio = rows[0]["ndcg"] / best_baseline if best_baseline else math.inf
    print(f"\n{n_queries} queries, k={K}")
    print(f"{'system':<16}{'nDCG@10':>9}{'Recall@10':>11}{'MRR':>8}{'MRR(g2)':>9}{'query s':>9}")
    for r in rows:
        print(f"{r['system']:<16}{r['ndcg']:>9.3f}{r['recall']:>11.3f}{r['mrr']:>8.3f}"
              f"{r['mrr_g2']:>9.3f}{r['seconds']:>9.2f}")
    better = max(rows[1:], key=lambda r: r["ndcg"])["system"]
    print(f"regsearch nDCG@10 / better baseline ({better}): {ratio:.2f}x")
    return ratio


def first_rank(hits: Sequence[Ranked], judgment: Judgment) -> int | None:
    """Rank of the judged article itself: the first hit whose OWN identity is the judgment's
    own or an alias (a diagnostic: an amending version quoting it does not count)."""
    return next((r for r, h in enumerate(hits, 1)
                 if h.own in judgment.identities and not judgment.excludes(h)), None)


def credit_mark(hit: Ranked, judgments: Sequence[Judgment], credit: int | None) -> str:
    """'= judgment' for a direct match, '~ judgment' for one through amends/aliases, '-'."""
    if credit is None:
        return "-"
    judgment = judgments[credit]
    return f"{'=' if hit.own == judgment.own else '~'} {judgment.label()}"


def print_per_query(queries: Sequence[EvalQuery], systems: Sequence[SystemScore],
                    runs: dict[str, dict[str, list[Ranked]]], missing: dict[str, list[int]],
                    worst: int, searchers: dict[str, Searcher]) -> None:
    names = [s.name for s in systems]
    id_width = max(len(q.id) for q in queries) + 1
    print("\nper query nDCG@10 (R@10 and RR of regsearch; 'absent' = judged articles the "
          "parser did not produce)")
    print(f"{'id':<{id_width}}{'query':<46}" + "".join(f"{n[:14]:>15}" for n in names)
          + f"{'R@10':>7}{'RR':>6}  absent")
    for q in queries:
        cells = "".join(f"{s.per_query[q.id].ndcg:>15.3f}" for s in systems)
        own = systems[0].per_query[q.id]
        print(f"{q.id:<{id_width}}{q.text[:45]:<46}{cells}{own.recall:>7.2f}{own.rr:>6.2f}  "
              f"{len(missing[q.id]) or ''}")
    ordered = sorted(queries, key=lambda q: (systems[0].per_query[q.id].ndcg, q.id))[:worst]
    print(f"\nregsearch's {len(ordered)} worst queries: its top 5 ('=' judgment credited directly, "
          "'~' through amends/alias), "
          f"then each missed judgment with its rank (to {DEEP}) in every system")
    for q in ordered:
        s = systems[0].per_query[q.id]
        print(f"\n{q.id} {q.text!r}  nDCG {s.ndcg:.3f}  R@10 {s.recall:.2f}  RR {s.rr:.2f}")
        top = runs[names[0]][q.id][:5]
        if not top:
            print("  (no hits)")
        for rank, (hit, c) in enumerate(zip(top, s.credit), 1):
            print(f"  {rank}. {hit.citation or hit.own}   {credit_mark(hit, q.judgments, c)}")
        credited = {c for c in s.credit if c is not None}
        deep = {name: searchers[name](q.text, DEEP) for name in names}
        for j, judg in enumerate(q.judgments):
            if j in credited:
                continue
            if j in missing[q.id]:
                print(f"     missed {judg.label()}: NOT IN PARSED CORPUS")
                continue
            ranks = ", ".join(f"{name} {first_rank(deep[name], judg) or '-'}" for name in names)
            print(f"     missed {judg.label()}: rank {ranks}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-query", action="store_true", help="per-query nDCG and worst queries")
    ap.add_argument("--worst", type=int, default=6, help="how many worst queries to detail")
    ap.add_argument("--json", metavar="PATH", help="write every figure to PATH")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--index", metavar="DIR", type=Path,
                    help="build/update regsearch's index here instead of a temp dir")
    ap.add_argument("--rebuild", action="store_true", help="rebuild --index DIR from scratch")
    ap.add_argument("--rich-baselines", action="store_true",
                    help="baselines also index title, headings and Penjelasan")
    ap.add_argument("--dev", type=Path, default=DEV,
                    help="judgment file (default eval/dev.json; eval/heldout.json measures "
                         "only; eval/scale.json is judged over 52 UU texts of the scale corpus)")
    ap.add_argument("--corpus-root", metavar="DIR", type=Path,
                    help="the unpacked scale corpus, for a judgment file that lists its files "
                         "(default: unpack them from ../shared/bench/uu-texts.tar.gz)")
    ap.add_argument("--headroom", action="store_true",
                    help="also Recall@20/@40 and the nDCG@10 of the best reordering of them")
    args = ap.parse_args(argv)

    warnings.filterwarnings("ignore", category=SyntaxWarning, module="whoosh")
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="whoosh")
    started = time.perf_counter()
    queries = load_queries(args.dev)
    unpacked = tempfile.TemporaryDirectory(prefix="regsearch-quality-corpus-")
    files = judged_files(args.dev, args.corpus_root, Path(unpacked.name))

    t0 = time.perf_counter()
    docs, skipped, outcomes = parse_corpus(files, rich=args.rich_baselines)
    parse_s = time.perf_counter() - t0
    for path, reason in skipped:
        print(f"skipped {path}: {reason}")
    t0 = time.perf_counter()
    rs_search, rs_close, rs_failed, indexed, shared = regsearch_system(
        files, args.index, args.rebuild, outcomes)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    wh_search, wh_close = whoosh_default(docs)
    ft_search, ft_close = fts5_default(docs)
    base_s = time.perf_counter() - t0
    print(f"corpus: {len(files)} files, {len(files) - len(skipped)} parsed, {len(docs)} articles "
          f"(parse {parse_s:.1f}s); regsearch index: {indexed} articles, {build_s:.1f}s "
          f"({shared} files from the shared parse, {len(rs_failed)} failed); baselines "
          f"{base_s:.1f}s over {'title+headings+text+penjelasan' if args.rich_baselines else 'article text'}")
    if indexed != len(docs):
        print(f"WARNING: regsearch's index holds {indexed} articles but the parser now gives "
              f"{len(docs)}: a reused --index is stale (run with --rebuild)", file=sys.stderr)

    systems: list[SystemScore] = []
    runs: dict[str, dict[str, list[Ranked]]] = {}
    searchers = {"regsearch": rs_search, "whoosh-default": wh_search, "fts5": ft_search}
    try:
        for name, search in searchers.items():
            score, run = run_system(name, search, queries)
            systems.append(score)
            runs[name] = run
        missing = coverage(docs, queries)
        n_missing = sum(len(v) for v in missing.values())
        n_judg = sum(len(q.judgments) for q in queries)
        rows = summary_rows(systems)
        ratio = print_table(rows, len(queries))
        spread = bootstrap(systems)
        print_uncertainty(spread, len(queries))
        print(f"judged articles present in the parsed corpus: {n_judg - n_missing}/{n_judg}")
        if args.headroom:
            print("\nheadroom: Recall@N, and nDCG@10 if the top N were ideally reordered")
            for name, search in searchers.items():
                cells = [f"N={n}: Recall {r:.3f}, reordered nDCG@10 {g:.3f}"
                         for n in (20, 40) for r, g in [headroom(search, queries, n)]]
                print(f"  {name:<16}" + "   ".join(cells))
        if args.per_query:
            print_per_query(queries, systems, runs, missing, args.worst, searchers)
    finally:
        rs_close(), wh_close(), ft_close()
        unpacked.cleanup()
    misses = check_targets(rows)
    print(f"\ntargets (regsearch): nDCG@10 >= {TARGETS['ndcg']}, >= {TARGETS['ratio']}x better "
          f"baseline, Recall@10 >= {TARGETS['recall']}, MRR >= {TARGETS['mrr']}: "
          + ("all met" if not misses else "MISSED: " + "; ".join(misses)))
    print(f"total {time.perf_counter() - started:.1f}s")

    if args.json:
        payload = {
            "k": K, "queries": len(queries), "articles": len(docs),
            "skipped_files": [{"path": p, "reason": r} for p, r in skipped],
            "rich_baselines": args.rich_baselines,
            "summary": rows, "ratio_vs_better_baseline": ratio,
            "bootstrap": {"resamples": RESAMPLES, "ndcg_95": spread.ndcg,
                          "ratio_95": spread.ratio, "share_above_baselines": spread.beats,
                          "share_meeting_ratio": spread.meets_ratio},
            "targets": TARGETS, "missed_targets": misses,
            "absent_judgments": {qid: [q.judgments[j].label() for j in js]
                                      for q in queries for qid, js in [(q.id, missing[q.id])]
                                      if js},
            "per_query": {
                q.id: {"query": q.text, **{
                    s.name: {"ndcg": s.per_query[q.id].ndcg, "recall": s.per_query[q.id].recall,
                             "rr": s.per_query[q.id].rr, "rr_g2": s.per_query[q.id].rr2,
                             "hits": [{"citation": h.citation,
                                       "credit": credit_mark(h, q.judgments, c)}
                                      for h, c in zip(runs[s.name][q.id],
                                                      s.per_query[q.id].credit)]}
                    for s in systems}}
                for q in queries},
        }
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return 1 if args.check and misses else 0


if __name__ == "__main__":
    sys.exit(main())
