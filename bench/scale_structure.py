#!/usr/bin/env python
"""How much of a large unseen corpus the parser turns into articles.

    python bench/scale_structure.py [SOURCE] [--baseline-ref REV] [--examples N]

SOURCE is a folder of regulation files or a .tar.gz of them (default: the scale corpus
``../shared/bench/uu-texts.tar.gz``, 1,535 UU texts from 1945 to 2023, unpacked to a
temporary folder). Every file is parsed (``regsearch.parse_file``, two processes) and the
script prints: files, files that raise ``RegsearchError``, documents with no article,
articles in all, the regulations revoked as a whole (as the index records them:
``index.revoked_ids`` of each file's ``revokes``), and the count of every anomaly code.

``--baseline-ref REV`` parses the same files with the code of git revision REV as well (a
temporary ``git worktree``), in the same run, and prints both columns, the files whose
article count changed (``--examples`` of them by name), and every revocation gained or lost,
by file, to be read one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "bench" / "uu-texts.tar.gz"
SUFFIXES = {".pdf", ".txt", ".md"}


def parse_one(path: str) -> dict:
    import regsearch
    from regsearch.index import revoked_ids

    try:
        reg = regsearch.parse_file(path)
    except regsearch.RegsearchError as exc:
        return {"error": type(exc).__name__}
    try:   # the articles of other laws revoked by name (since session 16)
        from regsearch.index import revoked_articles
        by_name = sorted(revoked_articles(reg))
    except ImportError:
        by_name = []
    return {"articles": len(reg.articles), "revokes": sorted(set(revoked_ids(reg.revokes))),
            "revokes_articles": by_name, **_applied(reg),
            # an OCR'd number ("Pasal 2a") the index chooses among fitting articles (session 17)
            "revokes_unsure": len(getattr(reg, "revokes_unsure", ())),
            "anomalies": dict(Counter(a.code for a in reg.anomalies))}


def _applied(reg) -> dict[str, int]:
    """How many articles apply others of their law to a further case ("… berlaku secara
    mutatis mutandis terhadap …", since session 17), and how many such links they make (one
    per article applied); nothing with code older than that."""
    try:
        from regsearch.index import _applied as applied, _numbers_by_scope, _amended_id
    except ImportError:
        return {}
    held = _numbers_by_scope(reg.articles)
    found = [applied(a, held.get(_amended_id(a), ())) for a in reg.articles]
    return {"applying": sum(1 for one in found if one),
            "applied": sum(len(x["pasal"]) for one in found for x in one),
            "mutatis": sum(1 for one in found if any(x["mutatis_mutandis"] for x in one))}


def scan(files: list[str]) -> dict[str, dict]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(zip(files, pool.map(parse_one, files, chunksize=16)))


def summary(results: dict[str, dict]) -> dict[str, int]:
    parsed = [r for r in results.values() if "error" not in r]
    anomalies: Counter = Counter()
    for r in parsed:
        anomalies.update(r["anomalies"])
    return {"files": len(results), "errors": len(results) - len(parsed),
            "no article": sum(1 for r in parsed if r["articles"] == 0),
            "articles": sum(r["articles"] for r in parsed),
            "revoked regulations": sum(len(r.get("revokes", ())) for r in parsed),
            "articles revoked by name": sum(len(r.get("revokes_articles", ())) for r in parsed),
            "files revoking articles by name": sum(1 for r in parsed if r.get("revokes_articles")),
            "articles applying others": sum(r.get("applying", 0) for r in parsed),
            "  of them mutatis mutandis": sum(r.get("mutatis", 0) for r in parsed),
            "articles linked as applied": sum(r.get("applied", 0) for r in parsed),
            "articles revoked by an OCR'd number": sum(r.get("revokes_unsure", 0) for r in parsed),
            **{f"anomaly {code}": n for code, n in sorted(anomalies.items())}}


def baseline(ref: str, files: list[str], workdir: Path) -> dict[str, dict]:
    """The same scan with the code of ``ref``, in a child process on a temporary worktree."""
    tree = workdir / "baseline"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), ref],
                   check=True)
    try:
        listing = workdir / "files.json"
        listing.write_text(json.dumps(files))
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--_child", str(listing)],
            check=True, capture_output=True, text=True, cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)})
        return json.loads(out.stdout)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                       check=False)


def source_files(source: Path, workdir: Path) -> list[str]:
    if source.is_file():
        with tarfile.open(source) as archive:
            archive.extractall(workdir / "texts", filter="data")
        source = workdir / "texts"
    return sorted(str(p) for p in source.rglob("*") if p.suffix.lower() in SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE,
                    help="a folder of regulation files or a .tar.gz of them "
                         f"(default {DEFAULT_SOURCE})")
    ap.add_argument("--baseline-ref", metavar="REV",
                    help="also parse with the code of git revision REV, same run, and compare")
    ap.add_argument("--examples", type=int, default=10,
                    help="how many changed files to name (default 10)")
    ap.add_argument("--_child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:   # baseline worker: scan the listed files, print JSON
        sys.path.insert(0, os.getcwd())
        print(json.dumps(scan(json.loads(args._child.read_text()))))
        return 0
    if not args.source.exists():
        print(f"{args.source} not found: give a folder or .tar.gz of regulation files",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        files = source_files(args.source, Path(tmp))
        current = scan(files)
        before = baseline(args.baseline_ref, files, Path(tmp)) if args.baseline_ref else None
    now = summary(current)
    if before is None:
        for key, value in now.items():
            print(f"{key:<36} {value:>8,}")
        return 0
    then = summary(before)
    print(f"{'':<36} {args.baseline_ref:>12} {'current':>12}")
    for key in sorted(set(now) | set(then), key=lambda k: (k.startswith("anomaly"), k)):
        print(f"{key:<36} {then.get(key, 0):>12,} {now.get(key, 0):>12,}")
    changed = [f for f in files if before[f].get("articles") != current[f].get("articles")]
    fewer = [f for f in changed if current[f].get("articles", 0) < before[f].get("articles", 0)]
    print(f"\nfiles whose article count changed: {len(changed)} ({len(fewer)} of them fewer)")
    changed = fewer + [f for f in changed if f not in fewer]   # the suspicious ones first
    for f in changed[:args.examples]:
        print(f"  {_short(f)}: {before[f].get('articles', before[f].get('error'))}"
              f" -> {current[f].get('articles', current[f].get('error'))}")
    print_revocation_changes(files, before, current)
    return 0


def _short(path: str) -> str:
    return str(Path(path).relative_to(Path(path).parents[2]))


def print_revocation_changes(files: list[str], before: dict[str, dict],
                             current: dict[str, dict]) -> None:
    """Every regulation a file revokes now and did not, or did and does not now: a wider
    reading of repeal clauses is judged by reading each of these."""
    changes = []
    for f in files:
        then, now = set(before[f].get("revokes", ())), set(current[f].get("revokes", ()))
        changes += [(f, "+", ref) for ref in sorted(now - then)]
        changes += [(f, "-", ref) for ref in sorted(then - now)]
    gained = sum(1 for change in changes if change[1] == "+")
    print(f"\nrevocations gained: {gained}, lost: {len(changes) - gained}")
    for f, sign, ref in changes:
        print(f"  {sign} {_short(f)} revokes {ref}")


if __name__ == "__main__":
    sys.exit(main())
