"""bench/scale_structure.py on a tiny folder: the counts it prints are those of the parser."""

from __future__ import annotations

from .bench_scripts import load_bench
from .test_parse_rules import OLD_STYLE_UU


def test_counts_files_errors_and_articles(tmp_path, capsys):
    (tmp_path / "uu-11-1951.md").write_text(OLD_STYLE_UU, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Catatan rapat tanpa nomor.\n", encoding="utf-8")
    assert load_bench("scale_structure").main([str(tmp_path)]) == 0
    printed = dict(line.rsplit(None, 1) for line in capsys.readouterr().out.splitlines())
    assert printed["files"] == "2" and printed["errors"] == "1"
    assert printed["articles"] == "2" and printed["no article"] == "0"
