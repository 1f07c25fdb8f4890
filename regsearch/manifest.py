"""The size of every file of the committed index, to tell a damaged index at open time.

Whoosh reads a segment's files lazily: a truncated posting file, an emptied stored-fields
file or a deleted column file is only noticed by the query that reaches the missing bytes,
as an exception that says nothing of the index (``ValueError: seek out of range``), and a
missing length column even goes unnoticed — scores silently change, and an update calls
every file "unchanged". So each commit records, beside the index, the name and size of
each file it committed (``write_manifest``), and opening the index compares them with the
files on disk (``check_intact``): a stat per file (~10 for the bundled corpus), against a
cold-query budget of 0.5 s. It catches files cut short, grown, emptied or removed; not bytes
overwritten in place (that would need reading every file, which the budget does not allow).

The manifest describes one generation of the index (the number of its table-of-contents
file, ``_regsearch_<n>.toc``). One that describes another generation — a commit killed
between Whoosh's rename and this file's, or an index updated by a regsearch that predates
the manifest — is not checked against (and the next commit rewrites it); an index without
a manifest is not checked at all. Its name starts like Whoosh's TOC files, so that Whoosh
removes it with them when an index is created anew over an old one.

Standard library only: ``search`` imports it on every open.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from .errors import IndexError_

#: Bump when the layout changes: a manifest of another format is ignored, then rewritten.
FORMAT = 1

log = logging.getLogger(__name__)


def manifest_path(index_dir: str | Path, indexname: str) -> Path:
    return Path(index_dir) / f"_{indexname}_manifest.json"


def _toc_name(indexname: str, generation: int) -> str:
    return f"_{indexname}_{generation}.toc"


def latest_generation(index_dir: str | Path, indexname: str) -> int:
    """The number of the newest table of contents in ``index_dir`` (as Whoosh finds it), or
    -1 when there is none."""
    pattern = re.compile(rf"^_{re.escape(indexname)}_([0-9]+)\.toc$")
    found = [int(m.group(1)) for name in os.listdir(index_dir) if (m := pattern.match(name))]
    return max(found, default=-1)


def write_manifest(index_dir: str | Path, indexname: str, generation: int,
                   segment_ids: Iterable[str]) -> None:
    """Record the files of the generation just committed: its table of contents and every
    file of its segments (``<segment id>.<ext>``). Called with the writer lock still held,
    so that no other commit interleaves; written to a temporary file and renamed, so that a
    reader sees a whole manifest or none. A failure is logged, not raised: the commit is
    done, and a manifest of an older generation is ignored by ``check_intact``."""
    index_dir = Path(index_dir)
    prefixes = tuple(f"{segment_id}." for segment_id in segment_ids)
    toc = _toc_name(indexname, generation)
    target = manifest_path(index_dir, indexname)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        names = sorted(name for name in os.listdir(index_dir)
                       if name == toc or (prefixes and name.startswith(prefixes)))
        files = {name: (index_dir / name).stat().st_size for name in names}
        temporary.write_text(json.dumps({"format": FORMAT, "generation": generation,
                                         "files": files}, indent=1), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.warning("%s: cannot record the index's files (%s); damage will not be detected "
                    "until the next update", index_dir, exc.strerror or exc)
        try:
            temporary.unlink()
        except OSError:
            pass


def check_intact(index_dir: str | Path, indexname: str) -> None:
    """Raise ``IndexError_`` naming the first file of the index in ``index_dir`` whose size
    differs from what its commit recorded, or that is gone. Nothing is checked when there is
    no readable manifest of the newest generation (see the module docstring)."""
    index_dir = Path(index_dir)
    try:
        manifest = json.loads(manifest_path(index_dir, indexname).read_text(encoding="utf-8"))
        generation = manifest["generation"]
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, dict):
            return
        if latest_generation(index_dir, indexname) != generation:
            return  # the manifest of an earlier commit
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return  # no manifest (an index older than it), or none readable: nothing to compare
    for name, size in files.items():
        try:
            actual = (index_dir / name).stat().st_size
        except FileNotFoundError:
            problem = f"{name} is missing"
        except OSError as exc:
            problem = f"{name} cannot be read: {exc.strerror or exc}"
        else:
            if actual == size:
                continue
            problem = f"{name} has {actual:,} bytes, {size:,} when written"
        # A commit may have landed while we looked (and removed this generation's files):
        # then this is no damage, and Whoosh opens the new generation.
        try:
            if latest_generation(index_dir, indexname) != generation:
                return
        except OSError:
            pass
        raise IndexError_(f"the index in {index_dir} is damaged ({problem}); "
                          "run `regsearch index --rebuild`")
