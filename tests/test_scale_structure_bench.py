"""bench/scale_structure.py on a tiny folder: the counts it prints are those of the parser."""

from __future__ import annotations

import shutil

from .bench_scripts import load_bench
from .test_parse_rules import OLD_STYLE_UU


def test_counts_files_errors_and_articles(tmp_path, capsys):
    (tmp_path / "uu-11-1951.md").write_text(OLD_STYLE_UU, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Catatan rapat tanpa nomor.\n", encoding="utf-8")
    assert load_bench("scale_structure").main([str(tmp_path)]) == 0
    printed = dict(line.rsplit(None, 1) for line in capsys.readouterr().out.splitlines())
    assert printed["files"] == "2" and printed["errors"] == "1"
    assert printed["articles"] == "2" and printed["no article"] == "0"


def test_counts_the_articles_applying_others_and_those_applied(tmp_path, capsys):
    """UU 12/2011 applies Pasal 24-29 (by Pasal 31), 32-38 (40), 56-62 (63), 75-76 (77) and
    78-79 (80) to a further case, each "secara mutatis mutandis": 5 articles, 24 applied."""
    from .conftest import ROOT

    shutil.copy(ROOT / "corpus" / "text" / "uu-12-2011-pembentukan-peraturan-perundang-"
                "undangan.txt", tmp_path)
    assert load_bench("scale_structure").main([str(tmp_path)]) == 0
    printed = dict(line.rsplit(None, 1) for line in capsys.readouterr().out.splitlines())
    assert printed["articles applying others"] == "5"
    assert printed["  of them mutatis mutandis"] == "5"
    assert printed["articles linked as applied"] == "24"
