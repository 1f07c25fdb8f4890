#!/usr/bin/env python
"""Speed of regsearch at scale, with two baselines measured in the same run.

    python bench/speed.py                                  # full UU set (10+ min on 2 cores)
    python bench/speed.py --limit 100 --repeat 1           # quick check
    python bench/speed.py --json out.json                  # every figure, machine-readable

Measures (DESIGN §7):

* extraction pages/s of ``regsearch.extract.extract(path)`` on corpus/pdf/*.pdf (default
  settings: one isolated child per PDF); also in-process (``isolated=False``). Files that
  needed OCR are timed once and reported apart (Tesseract dominates their time).
* build: ``build_index([folder], dir, rebuild=True)`` over the UU texts, in a child process
  (wall, articles/s, index size, peak RSS of that child via ``os.wait4``); the baselines —
  plain Whoosh (StandardAnalyzer, one doc per article text) and SQLite FTS5 (unicode61) —
  are fed the SAME parsed articles (``parse_file`` once, in this process) and their build
  time EXCLUDES parsing (regsearch's includes it: it parses inside ``build_index``).
* warm query latency p50/p95 through ``open_index(dir).search(q, limit=10)`` over 200
  seeded queries generated from the corpus (terms, quoted phrases, filtered, citations);
  the baselines get the same text part (no filters; citations as plain words). Each system
  is timed in a fresh child process that holds only its index, as an application would:
  timed in this process, every query's garbage collection would also walk the millions of
  parsed-article objects the benchmark keeps for the baselines.
* cold ``regsearch query "pengunduran diri" --index DIR``: process start to exit, median of 5,
  on the bundled-corpus index and on the UU index, with regsearch's bytecode compiled first
  (as ``pip install`` or any earlier run leaves it; an editable install on a machine with
  PYTHONDONTWRITEBYTECODE=1 would otherwise recompile regsearch's modules on every run).
* incremental update: append a line to one UU text, time ``build_index([folder], dir)``
  (in this process: import time excluded); the median-size file and the largest, each
  ``--repeat`` times. The warm queries are timed on the freshly built index and again on
  the index these updates leave (more segments, documents deleted in the big one).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore", category=SyntaxWarning, module=r"whoosh\..*")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARBALL = ROOT.parent / "shared" / "bench" / "uu-texts.tar.gz"
N_QUERIES = 200
SEED = 20261127
COLD_QUERY = "pengunduran diri"
LAST_CHILD_CPU = [0.0]

TARGETS = {
    "build_s": ("full UU build wall", "<= 240 s", lambda v: v <= 240),
    "build_peak_mb": ("full UU build peak RSS", "<= 1024 MB", lambda v: v <= 1024),
    "warm_p50_ms": ("warm query p50, first pass (UU index)", "<= 20 ms", lambda v: v <= 20),
    "warm_p95_ms": ("warm query p95, first pass (UU index)", "<= 100 ms", lambda v: v <= 100),
    "cold_bundled_s": ("cold CLI query, bundled corpus", "<= 0.5 s", lambda v: v <= 0.5),
    "cold_uu_s": ("cold CLI query, UU index", "<= 1.0 s", lambda v: v <= 1.0),
    "update_s": ("one-file update (UU index)", "<= 3 s", lambda v: v <= 3),
    "warm_updated_p50_ms": ("  same p50, after the updates", "<= 20 ms", lambda v: v <= 20),
    "warm_updated_p95_ms": ("  same p95, after the updates", "<= 100 ms", lambda v: v <= 100),
}

STOP = set("""yang dan di ke dari dalam untuk dengan atau pada ini itu oleh sebagai adalah
tersebut dapat tidak akan lebih para serta bagi secara telah maka juga harus ada hal
sebagaimana dimaksud ayat pasal huruf angka undang nomor tahun atas setiap
bahwa dilakukan diatur lain paling antara sampai masing""".split())
WORD = re.compile(r"[a-z]{4,}")


# ----------------------------------------------------------------------------- helpers

def median(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_child(args: list[str], env=None) -> tuple[str, float, float]:
    """Run a child; return (stdout, wall seconds, peak RSS MB of that child alone).

    The child's CPU seconds (user + system) go to ``LAST_CHILD_CPU[0]``.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} failed ({proc.returncode}): {err.decode()[-2000:]}")
    LAST_CHILD_CPU[0] = usage.ru_utime + usage.ru_stime
    return out.decode(), wall, usage.ru_maxrss / 1024


# ----------------------------------------------------------------------------- child modes

def _workers_cpu() -> float:
    """CPU seconds (user + sys) of this process's finished children: build_index's parse
    workers, once the build has returned."""
    t = os.times()
    return t.children_user + t.children_system


def child_build(folder: str, index_dir: str) -> None:
    import regsearch
    t0, c0, w0 = time.perf_counter(), time.process_time(), _workers_cpu()
    report = regsearch.build_index([folder], index_dir, rebuild=True)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"wall": wall, "cpu": cpu, "cpu_workers": _workers_cpu() - w0,
                      "articles": report.articles,
                      "files": len(report.added),
                      "failed": len(report.failed), "warnings": len(report.warnings)}))


# ----------------------------------------------------------------------------- phases

def prepare_texts(tarball: Path, tmp: Path, limit: int | None) -> Path:
    src = tmp / "extracted"
    with tarfile.open(tarball) as tar:
        tar.extractall(src, filter="data")
    files = sorted(p for p in src.rglob("*") if p.is_file() and p.suffix in {".md", ".txt"})
    if limit:
        folder = tmp / "texts"
        for p in files[:limit]:
            dest = folder / p.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, dest)
        return folder
    return src


def bench_extraction(repeat: int) -> dict:
    from regsearch.errors import RegsearchError
    from regsearch.extract import extract
    pdfs = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
    plain, ocr_files = [], {}
    pages_total = 0
    for p in pdfs:  # first pass also tells which files need OCR
        t0 = time.perf_counter()
        try:
            doc = extract(p)
        except RegsearchError as exc:
            ocr_files[p.name] = {"error": str(exc)[:200], "s": time.perf_counter() - t0}
            continue
        dt = time.perf_counter() - t0
        if doc.ocr_pages:
            ocr_files[p.name] = {"pages": len(doc.pages), "ocr_pages": len(doc.ocr_pages), "s": dt}
        else:
            plain.append((p, len(doc.pages)))
            pages_total += len(doc.pages)
    out = {"files": len(plain), "pages": pages_total, "ocr_files": ocr_files}
    for label, kw in (("isolated", {}), ("in_process", {"isolated": False})):
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for p, _n in plain:
                extract(p, **kw)
            runs.append(time.perf_counter() - t0)
        out[f"{label}_s"] = median(runs)
        out[f"{label}_pages_per_s"] = pages_total / median(runs)
    return out


def parse_articles(folder: Path):
    from regsearch import parse_file
    from regsearch.errors import RegsearchError
    regs, failed = [], 0
    t0 = time.perf_counter()
    for p in sorted(x for x in folder.rglob("*") if x.is_file()):
        try:
            regs.append(parse_file(p))
        except RegsearchError:
            failed += 1
    return regs, failed, time.perf_counter() - t0


def bench_regsearch_build(folder: Path, tmp: Path, repeat: int) -> tuple[dict, Path]:
    runs = []
    for i in range(repeat):
        index_dir = tmp / f"rs-index-{i}"
        out, wall, rss = run_child([sys.executable, __file__, "--_child-build", str(folder),
                                    str(index_dir)])
        info = json.loads(out.strip().splitlines()[-1])
        info.update(process_wall=wall, peak_mb=rss, size=dir_size(index_dir))
        runs.append(info)
        log(f"regsearch build {i + 1}/{repeat}: {info['wall']:.1f} s ({info['cpu']:.1f} s CPU"
            f" writer + {info['cpu_workers']:.1f} s parse workers),"
            f" {info['articles']} articles,"
            f" {rss:.0f} MB peak")
        if i < repeat - 1:
            shutil.rmtree(index_dir)
    last = runs[-1]
    wall = median([r["wall"] for r in runs])
    return {"wall_s": wall, "cpu_s": median([r["cpu"] for r in runs]),
            "cpu_workers_s": median([r["cpu_workers"] for r in runs]),
            "process_wall_s": median([r["process_wall"] for r in runs]),
            "articles": last["articles"], "files": last["files"], "failed": last["failed"],
            "articles_per_s": last["articles"] / wall, "size_bytes": last["size"],
            "peak_mb": max(r["peak_mb"] for r in runs),
            "runs": runs}, tmp / f"rs-index-{repeat - 1}"


def whoosh_build(texts: list[str], index_dir: Path):
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import NUMERIC, TEXT, Schema
    from whoosh.index import create_in
    index_dir.mkdir(parents=True, exist_ok=True)
    schema = Schema(n=NUMERIC(stored=True, unique=True), text=TEXT(analyzer=StandardAnalyzer()))
    ix = create_in(str(index_dir), schema)
    with ix.writer() as writer:
        for n, text in enumerate(texts):
            writer.add_document(n=n, text=text)
    return ix


def fts5_build(texts: list[str], path: Path):
    con = sqlite3.connect(str(path))
    con.execute("CREATE VIRTUAL TABLE articles USING fts5(text)")
    con.executemany("INSERT INTO articles(rowid, text) VALUES (?, ?)", enumerate(texts))
    con.commit()
    return con


def bench_baseline_builds(texts: list[str], tmp: Path, repeat: int) -> dict:
    out = {}
    for name, build, target in (("whoosh", whoosh_build, "wh-index"),
                                ("fts5", fts5_build, "fts.db")):
        runs = []
        for i in range(repeat):
            path = tmp / f"{target}-{i}"
            t0 = time.perf_counter()
            handle = build(texts, path)
            runs.append(time.perf_counter() - t0)
            size = dir_size(path) if path.is_dir() else path.stat().st_size
            if name == "fts5":
                handle.close()
            if i < repeat - 1:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        out[name] = {"wall_s": median(runs), "articles_per_s": len(texts) / median(runs),
                     "size_bytes": size, "path": str(path)}
        log(f"{name} build: {median(runs):.1f} s")
    return out


def make_queries(regs) -> list[dict]:
    """200 seeded queries: 70 term queries, 40 phrases, 50 filtered, 40 citations."""
    rng = random.Random(SEED)
    arts = [(r, a) for r in regs for a in r.articles if len(a.text) > 80]
    df = Counter()
    for _r, a in arts:
        df.update(set(w for w in WORD.findall(a.text.lower()) if w not in STOP))
    n = len(arts)
    # "frequent legal terms": in at least 0.2% of articles but not in more than 20%
    common = {w for w, c in df.items() if max(3, n * 0.002) <= c <= n * 0.2}
    queries = []

    def terms(a, k):
        words = [w for w in dict.fromkeys(WORD.findall(a.text.lower())) if w in common]
        if len(words) < k:
            return None
        return " ".join(rng.sample(words, k))

    def phrase(a):
        toks = re.findall(r"[a-z]+", a.text.lower())
        pairs = [(x, y) for x, y in zip(toks, toks[1:])
                 if x in common and y in common]
        return f'"{" ".join(rng.choice(pairs))}"' if pairs else None

    plan = [("terms", 70), ("phrase", 40), ("filtered", 50), ("citation", 40)]
    for kind, count in plan:
        made = 0
        while made < count:
            reg, art = rng.choice(arts)
            q = {"kind": kind, "type": None, "year": None}
            if kind == "terms":
                q["text"] = terms(art, rng.choice((1, 2, 2, 3)))
            elif kind == "phrase":
                q["text"] = phrase(art)
            elif kind == "filtered":
                q["text"] = terms(art, rng.choice((1, 2)))
                if rng.random() < 0.5:
                    q["type"] = "UU"
                else:
                    q["year"] = reg.year
                    q["type"] = "UU" if rng.random() < 0.5 else None
            elif reg.type != "UNKNOWN" and reg.number != "?":  # a citation names a known law
                q["text"] = f"{reg.type} {reg.number}/{reg.year} Pasal {art.pasal}"
            if q.get("text"):
                queries.append(q)
                made += 1
    return queries


def bench_warm(index_dir: Path, query_file: Path, repeat: int) -> dict:
    """``child_warm`` in a fresh process (see the module docstring)."""
    out, _wall, rss = run_child([sys.executable, __file__, "--_child-warm", str(index_dir),
                                 str(query_file), str(repeat)])
    return json.loads(out) | {"peak_mb": rss}


def segment_count(index_dir: Path) -> int:
    from whoosh import index as whoosh_index
    return len(whoosh_index.open_dir(str(index_dir), indexname="regsearch")._segments())


def bench_warm_baselines(base: dict, query_file: Path, repeat: int) -> dict:
    """``child_warm_baselines`` in a fresh process."""
    out, _wall, _rss = run_child([sys.executable, __file__, "--_child-warm-baselines",
                                  base["whoosh"]["path"], base["fts5"]["path"],
                                  str(query_file), str(repeat)])
    return json.loads(out)


def child_warm(index_dir: str, query_file: str, repeat: str) -> None:
    print(json.dumps(warm_latency(Path(index_dir), json.loads(Path(query_file).read_text()),
                                  int(repeat))))


def child_warm_baselines(whoosh_path: str, fts_path: str, query_file: str, repeat: str) -> None:
    base = {"whoosh": {"path": whoosh_path}, "fts5": {"path": fts_path}}
    print(json.dumps(warm_latency_baselines(base, json.loads(Path(query_file).read_text()),
                                            int(repeat))))


def warm_latency(index_dir: Path, queries, repeat: int) -> dict:
    """Latency through the API on one open index. The first pass meets most query terms for
    the first time (their posting lists are decoded then, and cached for the next passes):
    it is reported apart, and it is the figure compared with the target."""
    import regsearch
    lat, by_kind, errors, cpu, first = [], {}, 0, [], []
    with regsearch.open_index(index_dir) as idx:
        for q in queries[:10]:  # warm-up (first searcher use, caches)
            try:
                idx.search(q["text"], limit=10, type=q["type"], year=q["year"])
            except Exception:
                pass
        for run in range(repeat):
            for q in queries:
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    idx.search(q["text"], limit=10, type=q["type"], year=q["year"])
                except Exception:
                    errors += 1
                dt = (time.perf_counter() - t0) * 1000
                cpu.append((time.process_time() - c0) * 1000)
                lat.append(dt)
                if run == 0:
                    first.append(dt)
                by_kind.setdefault(q["kind"], []).append(dt)
    return summarize(lat, by_kind) | {"errors": errors, "cpu_p50_ms": pct(cpu, 50),
                                      "cpu_p95_ms": pct(cpu, 95),
                                      "first_p50_ms": pct(first, 50),
                                      "first_p95_ms": pct(first, 95)}


def summarize(lat, by_kind) -> dict:
    return {"p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95), "max_ms": max(lat),
            "by_kind": {k: {"p50_ms": pct(v, 50), "p95_ms": pct(v, 95)}
                        for k, v in by_kind.items()}}


def warm_latency_baselines(base: dict, queries, repeat: int) -> dict:
    from whoosh.index import open_dir
    from whoosh.qparser import OrGroup, QueryParser
    out = {}
    ix = open_dir(base["whoosh"]["path"])
    searcher = ix.searcher()
    parser = QueryParser("text", ix.schema, group=OrGroup)
    con = sqlite3.connect(base["fts5"]["path"])

    def wh(text):
        return [h["n"] for h in searcher.search(parser.parse(text), limit=10)]

    def ft(text):
        if text.startswith('"'):
            match = text
        else:
            match = " OR ".join(f'"{w}"' for w in re.findall(r"\w+", text.lower()))
        return con.execute("SELECT rowid FROM articles WHERE articles MATCH ? "
                           "ORDER BY bm25(articles) LIMIT 10", (match,)).fetchall()

    for name, fn in (("whoosh", wh), ("fts5", ft)):
        for q in queries[:10]:
            fn(q["text"])
        lat, by_kind = [], {}
        for _ in range(repeat):
            for q in queries:
                t0 = time.perf_counter()
                fn(q["text"])
                dt = (time.perf_counter() - t0) * 1000
                lat.append(dt)
                by_kind.setdefault(q["kind"], []).append(dt)
        out[name] = summarize(lat, by_kind)
    searcher.close()
    con.close()
    return out


def regsearch_cmd() -> list[str]:
    script = Path(sys.executable).parent / "regsearch"
    return [str(script)] if script.exists() else [sys.executable, "-m", "regsearch"]


def compile_bytecode() -> dict:
    """Compile regsearch's modules to ``__pycache__`` (what pip does at install time), so
    that cold runs measure starting regsearch, not compiling it. Returns what was there."""
    import compileall
    import regsearch
    package = Path(regsearch.__file__).parent
    existed = sum(1 for _ in package.glob("__pycache__/*.pyc"))
    compileall.compile_dir(str(package), quiet=1)
    return {"package": str(package), "pyc_before": existed,
            "pyc_after": sum(1 for _ in package.glob("__pycache__/*.pyc"))}


def bench_cold(index_dir: Path, times: int = 5) -> dict:
    walls, cpus = [], []
    for _ in range(times):
        _out, wall, _rss = run_child(regsearch_cmd() + ["query", COLD_QUERY, "--index",
                                                        str(index_dir)])
        walls.append(wall)
        cpus.append(LAST_CHILD_CPU[0])
    # import-only floor: python + `import regsearch.cli`
    floor = []
    for _ in range(times):
        _o, wall, _r = run_child([sys.executable, "-c", "import regsearch.cli"])
        floor.append(wall)
    return {"median_s": median(walls), "runs": walls, "cpu_median_s": median(cpus),
            "import_cli_s": median(floor)}


def bench_update(folder: Path, index_dir: Path, repeat: int) -> dict:
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
    out = {}
    for label, target in (("median_file", files[len(files) // 2]), ("largest_file", files[-1])):
        out[label] = _update_one(folder, index_dir, target, repeat) | {"files_scanned": len(files)}
    out["median_s"] = out["median_file"]["median_s"]
    return out


def _update_one(folder: Path, index_dir: Path, target: Path, repeat: int) -> dict:
    import regsearch
    runs = []
    for i in range(repeat):
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(f"\nCatatan pengukuran kecepatan {i}.\n")
        t0 = time.perf_counter()
        report = regsearch.build_index([folder], index_dir)
        runs.append(time.perf_counter() - t0)
        if len(report.updated) != 1:
            log(f"warning: update touched {len(report.updated)} files, expected 1")
    return {"median_s": median(runs), "runs": runs, "file": str(target.relative_to(folder)),
            "bytes": target.stat().st_size}


# ----------------------------------------------------------------------------- report

def fmt_mb(b):
    return f"{b / 2**20:.1f} MB"


def print_report(r: dict) -> None:
    p = print
    p()
    scope = f"limit {r['limit']}" if r["limit"] else "full set"
    p(f"regsearch speed — {r['texts']} UU texts ({scope}),"
      f" repeat {r['repeat']}, python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    p(f"load average (1/5/15 min) at start {tuple(round(x, 1) for x in r['loadavg_start'])},"
      f" at end {tuple(round(x, 1) for x in r['loadavg_end'])}: CPU seconds are printed beside"
      f" wall times because a busy box inflates wall time")
    e = r.get("extraction")
    if e:
        p()
        p(f"Extraction: {e['files']} text-layer PDFs, {e['pages']} pages")
        p(f"  extract(path) default (isolated child per PDF): {e['isolated_s']:.2f} s = "
          f"{e['isolated_pages_per_s']:.0f} pages/s")
        p(f"  extract(path, isolated=False):                  {e['in_process_s']:.2f} s = "
          f"{e['in_process_pages_per_s']:.0f} pages/s")
        for name, info in e["ocr_files"].items():
            p(f"  apart (OCR/unreadable, timed once): {name}: {info}")
    b, base = r["build"], r["baseline_build"]
    p()
    p(f"Build over {b['files']} files ({b['failed']} failed), {b['articles']} articles "
      f"(parse_file alone: {r['parse_s']:.1f} s for {r['parsed_articles']} articles)")
    p(f"  {'system':<22}{'wall s':>9}{'art/s':>9}{'size':>12}{'peak RSS':>11}{'vs regsearch':>14}")
    p(f"  {'regsearch (incl parse)':<22}{b['wall_s']:>9.1f}{b['articles_per_s']:>9.0f}"
      f"{fmt_mb(b['size_bytes']):>12}{b['peak_mb']:>8.0f} MB{'1.00x':>14}")
    for name in ("whoosh", "fts5"):
        x = base[name]
        p(f"  {name + ' (excl parse)':<22}{x['wall_s']:>9.1f}{x['articles_per_s']:>9.0f}"
          f"{fmt_mb(x['size_bytes']):>12}{'—':>11}{b['wall_s'] / x['wall_s']:>13.1f}x")
    cpu = b["cpu_s"] + b.get("cpu_workers_s", 0)
    p(f"  regsearch build CPU (user+sys): writer process {b['cpu_s']:.1f} s + parse workers"
      f" {b.get('cpu_workers_s', 0):.1f} s = {cpu:.1f} s ="
      f" {b['articles'] / cpu:.0f} articles per CPU-second")
    p(f"  (regsearch child process incl. interpreter start: {b['process_wall_s']:.1f} s;"
      f" 'vs regsearch' = regsearch wall / baseline wall)")
    w, wb = r["warm"], r["warm_baselines"]
    p()
    p(f"Warm queries: {r['n_queries']} seeded queries x {r['repeat']}, each system in a fresh"
      f" process (regsearch errors: {w['errors']}; its process peak {w['peak_mb']:.0f} MB)")
    p(f"  {'system':<12}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}   by kind p50/p95 ms")
    for name, x in (("regsearch", w), ("whoosh", wb["whoosh"]), ("fts5", wb["fts5"])):
        kinds = "  ".join(f"{k} {v['p50_ms']:.1f}/{v['p95_ms']:.1f}"
                          for k, v in x["by_kind"].items())
        p(f"  {name:<12}{x['p50_ms']:>9.2f}{x['p95_ms']:>9.2f}{x['max_ms']:>9.1f}   {kinds}")
    p(f"  regsearch first pass (terms met for the first time): p50 {w['first_p50_ms']:.2f} ms,"
      f" p95 {w['first_p95_ms']:.2f} ms")
    p(f"  regsearch CPU time per query: p50 {w['cpu_p50_ms']:.2f} ms, p95 {w['cpu_p95_ms']:.2f} ms")
    p(f"  ratios regsearch/whoosh p50 {w['p50_ms'] / wb['whoosh']['p50_ms']:.1f}x "
      f"p95 {w['p95_ms'] / wb['whoosh']['p95_ms']:.1f}x; regsearch/fts5 p50 "
      f"{w['p50_ms'] / wb['fts5']['p50_ms']:.0f}x p95 {w['p95_ms'] / wb['fts5']['p95_ms']:.0f}x")
    c1, c2 = r["cold_bundled"], r["cold_uu"]
    p()
    p(f"Cold `regsearch query \"{COLD_QUERY}\" --index DIR` (median of 5):")
    p(f"  bundled corpus: {c1['median_s']:.2f} s (CPU {c1['cpu_median_s']:.2f} s)"
      f"   runs {[round(x, 2) for x in c1['runs']]}")
    p(f"  UU index:       {c2['median_s']:.2f} s (CPU {c2['cpu_median_s']:.2f} s)"
      f"   runs {[round(x, 2) for x in c2['runs']]}")
    p(f"  floor `python -c 'import regsearch.cli'`: {c1['import_cli_s']:.2f} s")
    bc = r.get("bytecode", {})
    p(f"  regsearch bytecode compiled first ({bc.get('pyc_before')} .pyc files before,"
      f" {bc.get('pyc_after')} after)")
    p()
    for label in ("median_file", "largest_file"):
        u = r["update"][label]
        p(f"One-file update, {label.replace('_', '-')} ({u['file']}, {u['bytes'] // 1024} KB;"
          f" {u['files_scanned']} files hashed): {u['median_s']:.2f} s"
          f"   runs {[round(x, 2) for x in u['runs']]}")
    wu = r["warm_updated"]
    p(f"Warm queries again after these {2 * r['repeat']} updates ({wu['segments']} segments):"
      f" first pass p50 {wu['first_p50_ms']:.2f} ms, p95 {wu['first_p95_ms']:.2f} ms;"
      f" all passes p50 {wu['p50_ms']:.2f} ms, p95 {wu['p95_ms']:.2f} ms")
    p()
    full = not r["limit"]
    note = "" if full else " (NOTE: --limit run; build/warm/cold-UU targets apply to the full set)"
    p(f"Targets{note}:")
    p(f"  {'what':<32}{'figure':>12}  {'target':<12}{'':4}")
    for key, (label, target, ok) in TARGETS.items():
        v = r["figures"][key]
        unit = "MB" if key.endswith("_mb") else "ms" if key.endswith("_ms") else "s"
        p(f"  {label:<32}{v:>9.2f} {unit:<2}  {target:<12}{'ok' if ok(v) else 'MISSED'}"
          + ("" if ok(v) else f" by {v - float(target.split()[1]):.2f} {unit}"))


# ----------------------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tarball", nargs="?", default=str(DEFAULT_TARBALL))
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts (sorted paths)")
    ap.add_argument("--repeat", type=int, default=3, help="repeats (median reported)")
    ap.add_argument("--json", type=Path, help="write every figure here")
    ap.add_argument("--skip-extraction", action="store_true")
    ap.add_argument("--_child-build", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--_child-warm", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--_child-warm-baselines", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    for mode, child in ((args._child_build, child_build), (args._child_warm, child_warm),
                        (args._child_warm_baselines, child_warm_baselines)):
        if mode:
            child(*mode)
            return

    import regsearch
    from regsearch.index import build_index

    r: dict = {"limit": args.limit, "repeat": args.repeat, "tarball": args.tarball}

    def checkpoint(phase: str) -> None:  # partial figures survive an interrupted run
        if args.json:
            r["completed_phase"] = phase
            args.json.write_text(json.dumps(r, indent=1, ensure_ascii=False, default=str))

    with tempfile.TemporaryDirectory(prefix="regsearch-speed-") as tmpname:
        tmp = Path(tmpname)
        folder = prepare_texts(Path(args.tarball), tmp, args.limit)
        r["texts"] = sum(1 for p in folder.rglob("*") if p.is_file())
        log(f"{r['texts']} texts in {folder}")

        r["loadavg_start"] = os.getloadavg()
        log(f"regsearch build (child process); load average {r['loadavg_start']}")
        r["build"], uu_index = bench_regsearch_build(folder, tmp, args.repeat)
        checkpoint("build")

        log("bundled-corpus index (REGSEARCH_OCR=off) and cold queries")
        bundled = tmp / "bundled-index"
        old = os.environ.get("REGSEARCH_OCR")
        os.environ["REGSEARCH_OCR"] = "off"
        t0 = time.perf_counter()
        rep = build_index([ROOT / "corpus" / "pdf", ROOT / "corpus" / "text"], bundled,
                          rebuild=True)
        r["bundled_build"] = {"wall_s": time.perf_counter() - t0, "articles": rep.articles,
                              "failed": len(rep.failed)}
        if old is None:
            del os.environ["REGSEARCH_OCR"]
        else:
            os.environ["REGSEARCH_OCR"] = old
        r["bytecode"] = compile_bytecode()
        r["cold_bundled"] = bench_cold(bundled)
        r["cold_uu"] = bench_cold(uu_index)
        checkpoint("cold")

        log("parsing for baselines")
        regs, _failed, r["parse_s"] = parse_articles(folder)
        texts = [a.text for reg in regs for a in reg.articles]
        r["parsed_articles"] = len(texts)
        r["baseline_build"] = bench_baseline_builds(texts, tmp, args.repeat)
        checkpoint("baseline_build")

        queries = make_queries(regs)
        r["n_queries"] = len(queries)
        r["queries"] = queries
        log("warm queries")
        query_file = tmp / "warm-queries.json"
        query_file.write_text(json.dumps(queries, ensure_ascii=False))
        r["warm"] = bench_warm(uu_index, query_file, args.repeat)
        r["warm_baselines"] = bench_warm_baselines(r["baseline_build"], query_file, args.repeat)
        checkpoint("warm")

        log("one-file update")
        r["update"] = bench_update(folder, uu_index, args.repeat)
        checkpoint("update")
        log("warm queries on the updated index")
        r["warm_updated"] = bench_warm(uu_index, query_file, args.repeat)
        r["warm_updated"]["segments"] = segment_count(uu_index)
        checkpoint("warm_updated")

        if not args.skip_extraction:
            log("extraction")
            r["extraction"] = bench_extraction(args.repeat)
            checkpoint("extraction")
        r["loadavg_end"] = os.getloadavg()

    r["figures"] = {
        "build_s": r["build"]["wall_s"], "build_peak_mb": r["build"]["peak_mb"],
        "warm_p50_ms": r["warm"]["first_p50_ms"], "warm_p95_ms": r["warm"]["first_p95_ms"],
        "cold_bundled_s": r["cold_bundled"]["median_s"], "cold_uu_s": r["cold_uu"]["median_s"],
        "update_s": r["update"]["median_s"],
        "warm_updated_p50_ms": r["warm_updated"]["first_p50_ms"],
        "warm_updated_p95_ms": r["warm_updated"]["first_p95_ms"],
    }
    r["regsearch_version"] = getattr(regsearch, "__version__", None)
    if args.json:
        args.json.write_text(json.dumps(r, indent=1, ensure_ascii=False, default=str))
    print_report(r)


if __name__ == "__main__":
    main()
