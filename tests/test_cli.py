"""The CLI through click's CliRunner, against the real bundled corpus index."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from regsearch.cli import main

from .conftest import PDF, TEXT


@pytest.fixture()
def runner():
    return CliRunner()


def run(runner, *args, **kwargs):
    kwargs.setdefault("prog_name", "regsearch")      # as messages name it (not "main")
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def test_query_json_contract(runner, corpus_index):
    result = run(runner, "query", "pengunduran diri", "--index", corpus_index, "--json", "-n", "5")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"] == "pengunduran diri" and data["total"] >= 5
    hit = data["hits"][0]
    assert set(hit) == {"rank", "score", "regulation", "pasal", "ayat", "amends", "citation",
                        "kinds", "snippet", "source", "standing", "replaced_by", "items",
                        "linked", "caution", "cited", "applied_by", "revoked_ayat"}
    assert hit["revoked_ayat"] is None   # no law revoked ayat of it by name
    assert set(hit["regulation"]) == {"id", "type", "number", "year", "title"}
    assert isinstance(hit["regulation"]["year"], int)
    assert set(hit["source"]) == {"path", "page", "absolute_path"}
    assert hit["cited"] is False     # found by its words, scored
    amended = [h for h in data["hits"] if h["amends"]]
    assert amended and set(amended[0]["amends"]) == {"type", "number", "year", "pasal", "via", "ayat"}


def test_query_human_output_has_citation_score_and_highlight(runner, corpus_index):
    result = run(runner, "query", "pengunduran diri", "--index", corpus_index, "-n", "3",
                 color=True)
    assert result.exit_code == 0
    assert "1. Pasal" in result.output and "score" in result.output
    assert "\x1b[" in result.output  # highlighted in a terminal


def test_show_json_contract(runner, corpus_index):
    result = run(runner, "show", "UU 10/2016 Pasal 7", "--index", corpus_index, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"regulation", "pasal", "amends", "citation", "kinds", "text", "source", "ayat",
            "penjelasan", "versions", "standing", "replaced_by", "cited", "caution",
            "penjelasan_by", "revoked_ayat"} <= set(data)
    assert data["cited"] is None     # the whole article
    assert data["pasal"] == "7" and data["amends"]["via"] == "Pasal I angka 1"
    assert data["standing"] == "current" and data["replaced_by"] is None
    ayat2 = data["ayat"][1]
    assert ayat2["number"] == "2"
    assert {"number", "text", "kinds", "subject", "addressees", "items"} <= set(ayat2)
    assert {"label", "text", "kinds", "subject", "addressees", "items"} <= set(ayat2["items"][0])
    labels = [i["label"] for i in ayat2["items"]]
    assert labels[0] == "a" and labels[-1] == "u"
    assert "pengunduran diri" in ayat2["items"][18]["text"]  # huruf s


def test_an_issuer_is_in_the_json_of_types_many_bodies_issue(runner, corpus_index):
    """A Pergub's regulation block and amends carry its issuer (an extension); its id names it."""
    result = run(runner, "show", "Pergub 1/2021 Pasal 3", "--index", corpus_index, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["regulation"]["id"] == "pergub-bali-1-2021"
    assert data["regulation"]["issuer"] == data["amends"]["issuer"] == "Bali"
    assert data["citation"] == "Pasal 3 PERGUB Bali 29/2019 sebagaimana diubah dengan PERGUB Bali 1/2021"
    listed = json.loads(run(runner, "list", "--index", corpus_index, "--json").output)
    perka = next(d for d in listed if d["id"] == "perka-bapeten-3-2012")
    assert perka["issuer"] == "BAPETEN" and perka["amended_by"] == ["PERKA BAPETEN 1/2013"]


def test_show_human_output(runner, corpus_index):
    result = run(runner, "show", "Pasal 7 UU Nomor 10 Tahun 2016", "--index", corpus_index)
    assert result.exit_code == 0
    assert "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016" in result.output
    assert "s. menyatakan secara tertulis pengunduran diri" in result.output
    lines = result.output.splitlines()
    explained = lines.index("Penjelasan:")   # one line per ayat and huruf explained
    assert lines[explained + 1:explained + 4] == ["  Ayat (1) Cukup jelas.", "  Ayat (2)",
                                                  "    Huruf a Cukup jelas."]


def test_texts_no_longer_in_force_say_so_and_what_replaced_them(runner, corpus_index):
    shown = run(runner, "show", "UU 1/2015 Pasal 169", "--index", corpus_index)
    assert shown.exit_code == 0
    assert shown.output.splitlines()[1] == "Deleted (dihapus) by UU 8/2015"
    found = run(runner, "query", "persyaratan calon wakil gubernur", "--index", corpus_index,
                "--regulation", "UU 1/2015", "-n", "300")   # all in force first, then these
    lines = found.output.splitlines()

    def line_after(citation: str) -> str:
        return next(lines[i + 1].strip() for i, line in enumerate(lines)
                    if line.split(". ", 1)[-1].startswith(citation + "  ["))

    assert line_after("Pasal 169 Lampiran UU 1/2015") == "Deleted (dihapus) by UU 8/2015"
    assert line_after("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 8/2015") == (
        "Superseded: the text in force is Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert line_after("Pasal 7 ayat (2) UU 1/2015 sebagaimana diubah dengan UU 10/2016"
                      ).startswith("Undang-Undang Republik Indonesia Nomor 10 Tahun 2016")


def test_list_json_contract(runner, corpus_index):
    result = run(runner, "list", "--index", corpus_index, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    entry = next(d for d in data if d["id"] == "uu-13-2003")
    assert set(entry) == {"id", "type", "number", "year", "title", "articles", "anomalies",
                          "source", "amended_by", "revoked_by", "cut_off_after", "named_by_file"}
    assert entry["cut_off_after"] is None and entry["named_by_file"] is False
    assert set(entry["source"]) == {"path", "absolute_path"}
    assert entry["articles"] >= 193
    assert (entry["amended_by"], entry["revoked_by"]) == ([], None)
    pilkada = {d["id"]: d for d in data if d["id"] in {"uu-1-2015", "uu-22-2014"}}
    assert pilkada["uu-1-2015"]["amended_by"] == ["UU 8/2015", "UU 10/2016"]
    assert pilkada["uu-22-2014"]["revoked_by"] == "UU 1/2015"
    shown = run(runner, "list", "--index", corpus_index).output
    assert "    Revoked (dicabut) by UU 1/2015" in shown.splitlines()


def test_unknown_citation_is_one_line_and_nonzero(runner, corpus_index):
    result = run(runner, "show", "UU 99/2020 Pasal 1", "--index", corpus_index)
    assert result.exit_code == 1      # a failed lookup, not a usage error (it was 2)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    unreadable = run(runner, "show", "pengunduran diri", "--index", corpus_index)
    assert unreadable.exit_code == 2 and "write it like" in unreadable.stderr


def test_missing_explicit_index_is_an_error(runner, tmp_path):
    result = run(runner, "query", "cuti", "--index", tmp_path / "nothing")
    assert result.exit_code == 1
    assert "regsearch index" in result.stderr


def test_index_reports_bad_files_and_indexes_the_rest(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(TEXT / "uu-22-2014-pilkada.txt", folder)
    shutil.copy(PDF / "pojk-22-pojk01-2015-penyidikan.pdf", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (folder / "empty.pdf").write_bytes(b"")
    index_dir = tmp_path / "ix"
    result = run(runner, "index", folder, "--index", index_dir)
    assert result.exit_code == 1
    assert "broken.pdf" in result.stderr and "empty.pdf" in result.stderr
    assert "2 added" in result.stderr and "2 failed" in result.stderr
    listed = json.loads(run(runner, "list", "--index", index_dir, "--json").output)
    assert {d["id"] for d in listed} == {"uu-22-2014", "pojk-22-2015"}
    again = run(runner, "index", folder, "--index", index_dir)
    assert "2 unchanged" in again.stderr


def test_first_query_builds_the_default_index(runner, tmp_path, monkeypatch):
    # ./index, the implicit default: a folder named in $REGSEARCH_INDEX is never built so
    # (tests/test_index_inputs.py).
    monkeypatch.delenv("REGSEARCH_INDEX", raising=False)
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(TEXT / "uu-22-2014-pilkada.txt", corpus)
    monkeypatch.setenv("REGSEARCH_CORPUS", str(corpus))
    result = run(runner, "query", "calon gubernur", "--json")
    assert result.exit_code == 0, result.stderr
    assert "building it from" in result.stderr
    assert json.loads(result.stdout)["hits"][0]["regulation"]["id"] == "uu-22-2014"


def test_query_without_text_or_filter_is_a_usage_error(runner, corpus_index):
    result = run(runner, "query", "--index", corpus_index)
    assert result.exit_code == 2 and "empty query" in result.stderr


def test_help_teaches_the_query_language(runner):
    result = run(runner, "query", "--help")
    assert '"pengunduran diri"' in result.output and "-pidana" in result.output


def test_check_prints_outline_and_anomalies(runner, tmp_path):
    result = run(runner, "check", PDF / "pojk-22-pojk01-2015-penyidikan.pdf")
    assert result.exit_code == 0
    assert "POJK 22/2015" in result.output and "Pasal 14" in result.output
    assert "BAB I KETENTUAN UMUM" in result.output
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    result = run(runner, "check", bad)
    assert result.exit_code == 1 and "broken.pdf" in result.stderr
    result = run(runner, "check", tmp_path)   # was "unsupported file type '(none)'"
    assert result.exit_code == 1 and "a folder; name the files in it" in result.stderr


def test_misspelt_query_is_searched_as_corrected_and_says_so(runner, corpus_index):
    result = run(runner, "query", "pengundran diri", "--index", corpus_index, "--json", "-n", "1")
    assert result.exit_code == 0
    assert "Searched as: pengunduran diri" in result.stderr and "Did you mean" not in result.stderr
    found = json.loads(result.stdout)
    assert (found["read_as"], found["suggestion"]) == ("pengunduran diri", None)


def test_a_word_of_the_language_no_article_holds_gets_did_you_mean(runner, corpus_index):
    result = run(runner, "query", "pemecatan karyawan", "--index", corpus_index, "--json")
    assert result.exit_code == 0
    assert "Did you mean: pemecahan karyawan?" in result.stderr
    assert json.loads(result.stdout)["suggestion"] == "pemecahan karyawan"


def test_a_word_no_article_uses_is_searched_as_its_phrasing(runner, corpus_index):
    result = run(runner, "query", "PHK", "--index", corpus_index, "--json", "-n", "3")
    assert result.exit_code == 0
    assert "Searched as: pemutusan hubungan kerja" in result.stderr
    assert "Did you mean" not in result.stderr   # was "ppk?": PHK is no misspelling
    found = json.loads(result.stdout)
    assert found["query"] == "PHK" and found["read_as"] == "pemutusan hubungan kerja"
    assert found["unmatched"] == []


def test_words_no_article_uses_are_named(runner, corpus_index):
    result = run(runner, "query", "syarat blockchain", "--index", corpus_index, "-n", "3")
    assert result.exit_code == 0 and "1. Pasal" in result.stdout   # "syarat" still finds
    assert ("No article uses: blockchain (the regulations may word it otherwise)"
            in result.stderr.splitlines())
    nothing = run(runner, "query", "THR", "--index", corpus_index, "--json")
    assert json.loads(nothing.stdout)["unmatched"] == ["thr"]
    assert "Did you mean" not in nothing.stderr
    # "BI checking" was such a query ("bi", "checking"; once "Did you mean: b checking?"):
    # its glossary phrasing "sistem informasi debitur" is now found with words between
    # (POJK 18/2017: "Sistem Layanan Informasi Keuangan … Informasi Debitur")
    read = run(runner, "query", "BI checking", "--index", corpus_index, "--json")
    assert (json.loads(read.stdout)["unmatched"], json.loads(read.stdout)["read_as"]) == (
        [], "sistem informasi debitur")
    assert "Did you mean" not in read.stderr


def test_no_color_turns_styling_off(runner, corpus_index, monkeypatch):
    styled = runner.invoke(main, ["query", "upah minimum", "-n", "1", "--index",
                                  str(corpus_index)], color=True)
    assert "\x1b[" in styled.output
    monkeypatch.setenv("NO_COLOR", "1")
    plain = runner.invoke(main, ["query", "upah minimum", "-n", "1", "--index",
                                 str(corpus_index)], color=True)
    assert plain.exit_code == 0 and "Upah minimum" in plain.output, plain.output
    assert "\x1b[" not in plain.output, repr(plain.output)


def test_list_counts_read_as_words(runner, tmp_path):
    """One anomaly is "1 anomaly". (The bundled corpus had one regulation with a single
    anomaly, the PP 46/2009 scan, whose Menimbang OCR read apart from its label; read line by
    line it has none, so the count comes from UU 12/2011 cut off after Pasal 2: 'truncated'.)"""
    text = (TEXT / "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt").read_text(
        encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "uu-12-2011.txt").write_text(text[:text.index("\nPasal 3\n") + 1], encoding="utf-8")
    assert runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")]
                         ).exit_code == 0
    result = run(runner, "list", "--index", str(tmp_path / "ix"))
    assert "2 articles, 1 anomaly —" in result.output and "1 anomalies" not in result.output


def test_an_item_without_kinds_shows_its_addressee_alone(runner, corpus_index):
    result = run(runner, "show", "UU 10/2016 Pasal 7", "--index", str(corpus_index))
    assert "dihapus;  [Calon Gubernur" in result.output and "[ ·" not in result.output


def test_a_regulation_type_gets_no_did_you_mean(runner, corpus_index):
    result = run(runner, "query", "perka", "--index", corpus_index, "-n", "1")
    assert "Did you mean" not in result.stderr     # it was "perda?"
    assert "No article uses: perka" in result.stderr


def test_a_full_disk_is_said_as_such_not_as_a_bug(corpus_index):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "regsearch", "query", "upah minimum",
                               "--index", str(corpus_index)], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == "regsearch: error: No space left on device"


def test_a_cited_unit_the_index_lacks_is_named_on_stderr(runner, corpus_index):
    result = run(runner, "query", "Pasal 7 sampai dengan Pasal 9 UU 10/2016", "--index",
                 corpus_index)
    assert result.exit_code == 0
    assert "Not found: UU 10/2016 has no Pasal 8 in the index" in result.stderr
    assert "2 of 2 matching shown" in result.stdout


def test_a_long_list_of_units_not_found_is_summed_up(runner, corpus_index):
    result = run(runner, "query", "Pasal I s.d. XXI UU 10/2016", "--index", corpus_index)
    assert result.exit_code == 0
    assert result.stderr.count("Not found:") == 4
    assert "Not found: 16 more (--json lists them)" in result.stderr
    data = json.loads(run(runner, "query", "Pasal I s.d. XXI UU 10/2016", "--index",
                          corpus_index, "--json").stdout)
    assert len(data["missing"]) == 19


@pytest.mark.parametrize("args", [["-v", "list"], ["list", "-v"], ["list", "--verbose"]])
def test_verbose_before_or_after_the_command(runner, corpus_index, args):
    """`-v` was accepted only before the command ("No such option: -v" after it)."""
    import logging

    logger, root = logging.getLogger("regsearch"), logging.getLogger()
    before = logger.level, root.level
    try:
        result = run(runner, *args, "--index", corpus_index)
        assert result.exit_code == 0, result.output
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(before[0])
        root.setLevel(before[1])


@pytest.mark.parametrize("args, line", [
    (["query", "kampanye", "--year", "abc"],
     "regsearch: error: --year: 'abc' is not a valid integer (regsearch query --help)"),
    (["query", "kampanye", "-n", "0"],
     "regsearch: error: -n: 0 is not in the range x>=1 (regsearch query --help)"),
    (["query", "kampanye", "--kind", "foo"],
     "regsearch: error: --kind: 'foo' is not one of 'kewajiban', 'syarat', 'larangan', 'hak', "
     "'kewenangan', 'sanksi', 'definisi' (regsearch query --help)"),
    (["check"], "regsearch: error: missing argument 'PATHS...' (regsearch check --help)"),
    (["list", "--jsno"],
     "regsearch: error: no such option '--jsno'; did you mean '--json'? (regsearch list --help)"),
    (["--bogus"], "regsearch: error: no such option '--bogus'; did you mean '--verbose'? "
                  "(regsearch --help)"),
    (["show", "UU 10/2016 Pasal 7", "extra"],
     "regsearch: error: got unexpected extra argument (extra) (regsearch show --help)"),
    (["index", ""], "regsearch: error: PATHS: an empty path names no file or folder to index "
                    "(regsearch index --help)"),
])
def test_a_usage_error_is_one_line_and_exit_2(runner, args, line):
    """It was click's four lines: "Usage: …", "Try …", a blank line, "Error: Invalid value…"."""
    result = run(runner, *args)
    assert result.exit_code == 2
    assert result.stderr == line + "\n"
    assert result.stdout == ""


def test_a_mistyped_command_is_one_line_with_its_suggestion(runner):
    result = run(runner, "qurey", "kampanye")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("regsearch: error: no such command 'qurey'")
    assert result.stderr.endswith(" (regsearch --help)\n")
    if hasattr(click.exceptions, "NoSuchCommand"):   # click >= 8.4 suggests commands
        assert "; did you mean 'query'?" in result.stderr


def test_a_usage_error_shows_what_was_typed_on_one_line(runner):
    result = run(runner, "query", "kampanye", "--year", "20\n16")
    assert result.exit_code == 2
    assert result.stderr == ("regsearch: error: --year: '20\\n16' is not a valid integer "
                             "(regsearch query --help)\n")


@pytest.mark.parametrize("args", [[], ["--help"], ["-h"]])
def test_regsearch_alone_or_help_prints_the_help(runner, args):
    result = run(runner, *args)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: regsearch [OPTIONS] COMMAND")
    assert "Commands:" in result.stdout and result.stderr == ""


def test_kind_is_case_insensitive_like_type(runner, corpus_index):
    upper = run(runner, "query", "--kind", "SANKSI", "--kind", "Syarat", "-n", "5", "--index",
                corpus_index, "--json")
    lower = run(runner, "query", "--kind", "sanksi", "--kind", "syarat", "-n", "5", "--index",
                corpus_index, "--json")
    assert upper.exit_code == 0, upper.stderr
    assert upper.stdout == lower.stdout
    hits = json.loads(upper.stdout)["hits"]
    assert hits and all({"sanksi", "syarat"} & set(hit["kinds"]) for hit in hits)


def test_output_cut_short_by_its_reader_ends_quietly(corpus_index):
    """`regsearch … | head -1` was exit 1 (click's handling of a broken pipe). The output here
    (~150 kB) is larger than a pipe holds, so regsearch is still writing when head is gone."""
    command = (f"{shlex.quote(sys.executable)} -m regsearch query calon -n 500 --index "
               f"{shlex.quote(str(corpus_index))} | head -1; exit ${{PIPESTATUS[0]}}")
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert done.returncode == 141, done.stderr       # 128 + SIGPIPE, as `yes | head -1`
    assert done.stdout.startswith("1. Pasal") and done.stdout.count("\n") == 1
    assert done.stderr == ""         # no message, no "Exception ignored … BrokenPipeError"


def test_check_says_what_a_document_does_not_state_without_python_none(runner):
    result = run(runner, "check", TEXT / "uu-1-2015-penetapan-perppu-1-2014-pilkada.txt")
    assert result.exit_code == 0, result.stderr
    header = result.stdout.split("\n\n")[0]
    assert "None" not in header and "[" not in header, header
    lines = header.splitlines()
    assert "amends: — | changes: 0 | revokes: Undang-Undang Nomor 22 Tahun 2014 tentang " \
           "Pemilihan Gubernur, Bupati, dan Walikota" in lines      # was ['Undang-Undang …']
    assert lines[-1].endswith(" | pages: —")          # a text file has no pages (was None)
    assert "\n[body]\n" in result.stdout and "[anomalies: " in result.stdout


def test_index_in_a_pipe_prints_no_bare_progress_label(runner, tmp_path):
    """Off a terminal click's progress bar is its label alone: a bare "Indexing" line."""
    index_dir = tmp_path / "ix"
    result = run(runner, "index", TEXT / "uu-22-2014-pilkada.txt", "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    [line] = result.stderr.splitlines()       # the summary alone
    assert line.startswith(f"{index_dir}: 1 added, 0 updated, 0 removed, 0 unchanged, 0 failed")


def test_show_marks_the_unit_a_citation_names(runner, corpus_index):
    citation = "UU 10/2016 Pasal 7 ayat (2) huruf s"
    data = json.loads(run(runner, "show", citation, "--index", corpus_index, "--json").output)
    assert data["cited"] == {"citation": "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah "
                                         "dengan UU 10/2016", "ayat": "2", "items": ["s"]}
    shown = run(runner, "show", citation, "--index", corpus_index, env={"NO_COLOR": "1"}).output
    marked = [line for line in shown.splitlines() if line.startswith("▶ ")]
    assert len(marked) == 1 and marked[0].lstrip("▶ ").startswith("s. menyatakan secara tertulis")
    assert f"Cited: {data['cited']['citation']}" in shown
    whole_ayat = run(runner, "show", "UU 13/2003 Pasal 156 ayat (2)", "--index", corpus_index,
                     env={"NO_COLOR": "1"}).output
    marked = [line for line in whole_ayat.splitlines() if line.startswith("▶ ")]
    assert marked[0].startswith("▶ (2) Perhitungan uang pesangon") and len(marked) == 10


def test_a_linked_hit_says_why_it_is_listed(runner, corpus_index):
    shown = run(runner, "query", "petahana", "-n", "8", "--index", corpus_index,
                env={"NO_COLOR": "1"}).output
    assert "   Linked: refers to Pasal 71 UU 1/2015" in shown


def test_show_prints_the_text_of_a_lampiran_section(runner, corpus_index):
    shown = run(runner, "show", "Lampiran LAMPIRAN I UU 12/2011", "--index", corpus_index,
                env={"NO_COLOR": "1"}).output
    assert "TEKNIK PENYUSUNAN NASKAH AKADEMIK" in shown and len(shown) > 5000


def test_a_query_starting_with_a_minus_is_told_where_it_goes(runner, corpus_index):
    result = run(runner, "query", "-pidana sanksi", "--index", corpus_index)
    assert result.exit_code == 2
    assert result.stderr == ("regsearch: error: no such option '-p': a query starting with '-' "
                             "goes last, after '--' (options before it), like: regsearch query "
                             "-n 5 -- '-pidana sanksi'\n")
    as_told = run(runner, "query", "-n", "5", "--index", corpus_index, "--", "-pidana sanksi")
    assert as_told.exit_code == 0 and "1. Pasal" in as_told.output


def test_show_says_an_amendment_replaces_some_ayat_only(runner, corpus_index):
    result = run(runner, "show", "Pasal 10 ayat (4) PERKA 3/2012 sebagaimana diubah dengan PERKA 1/2013",
                 "--index", corpus_index)
    assert result.exit_code == 0
    assert ("Replaces ayat (4) only: the other ayat stand as in Pasal 10 PERKA BAPETEN 3/2012"
            in result.output)


def test_a_hit_whose_labels_read_out_of_sequence_says_so(runner, corpus_index):
    """QA: OCR'd UU 7/2017 Pasal 182 was cited down to "huruf e" (its items run together,
    labels lost) with nothing to tell it from a clean text."""
    result = run(runner, "query", "pengunduran diri", "--kind", "syarat", "--index", corpus_index,
                 "--json", "-n", "10")
    hits = json.loads(result.stdout)["hits"]
    noisy = [h for h in hits if h["regulation"]["id"] == "uu-7-2017" and h["pasal"] == "182"]
    assert noisy and noisy[0]["caution"].startswith("its labels read out of sequence (huruf e after")
    assert all(h["caution"] is None for h in hits if h["regulation"]["id"] == "uu-13-2003")
    shown = run(runner, "show", "UU 7/2017 Pasal 182", "--index", corpus_index)
    assert shown.output.splitlines()[1].startswith("Caution: its labels read out of sequence")


def test_an_error_under_json_is_json_too(runner, corpus_index):
    """QA: `show … --json | python -c "json.load(sys.stdin)"` crashed on an empty stdout; the
    error stays one line on stderr with its exit code, and stdout says it as JSON."""
    for args, code in ((["show", "UU 13/2003 Pasal 999"], 1), (["query", ""], 2),
                       (["query", "kampanye", "--regulation", "UU 99/2099"], 1)):
        result = run(runner, *args, "--index", corpus_index, "--json")
        assert result.exit_code == code, args
        assert json.loads(result.stdout) == {"error": result.stderr.strip()[len("regsearch: error: "):],
                                             "exit": code}
        assert len(result.stderr.strip().splitlines()) == 1


def test_the_unit_cited_is_the_same_object_in_python_and_in_json(runner, corpus_index,
                                                                    opened_index):
    # Python had a str where show --json has {"citation", "ayat", "items"} (QA 20 #15)
    import regsearch

    citation = "Pasal 7 ayat (2) huruf s UU 10/2016"
    data = json.loads(run(runner, "show", citation, "--index", corpus_index, "--json").output)
    view = opened_index.show(citation)
    assert isinstance(view.cited, regsearch.CitedUnit)
    assert view.cited.to_dict() == data["cited"] == {
        "citation": "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016",
        "ayat": "2", "items": ["s"]}
    assert (view.cited.ayat, view.cited.items) == ("2", ("s",))
    assert str(view.cited) == data["cited"]["citation"]        # opens again with show
    assert (view.cited_ayat, view.cited_items) == ("2", ("s",))   # the older names stay
    assert opened_index.show(str(view.cited)).cited == view.cited
    assert opened_index.show("UU 10/2016 Pasal 7").cited is None


def test_an_annex_section_has_no_ayat_as_the_contract_says(runner, corpus_index):
    # README's JSON contract: a Lampiran section is no article; its text is "text"
    result = run(runner, "show", "Lampiran I UU 12/2011", "--index", corpus_index, "--json")
    data = json.loads(result.output)
    assert data["pasal"] is None and data["ayat"] == []
    assert data["text"].startswith("LAMPIRAN I UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 12 TAHUN 2011")
    readme = (TEXT.parent.parent / "README.md").read_text(encoding="utf-8")
    assert 'is no article and has `"ayat": []`' in readme


def test_words_beside_a_citation_say_where_they_were_searched(runner, corpus_index):
    """QA: "sanksi Pasal 156 UU 13/2003" printed Pasal 156 alone, "sanksi" dropped unsaid."""
    result = run(runner, "query", "sanksi Pasal 5 UU 13/2003", "--index", corpus_index)
    assert result.exit_code == 0
    assert ("Searched as: Pasal 5 UU 13/2003, then sanksi in the articles referring to it"
            in result.stderr)
    assert result.stdout.startswith("1. Pasal 5 UU 13/2003\n")
    assert "2. Pasal 190 ayat (1) UU 13/2003  [sanksi]" in result.stdout
    assert "Linked: refers to Pasal 5 UU 13/2003" in result.stdout
    data = json.loads(run(runner, "query", "blockchain Pasal 156 UU 13/2003", "--index",
                          corpus_index, "--json").stdout)
    assert [h["citation"] for h in data["hits"]] == ["Pasal 156 UU 13/2003"]
    assert data["missing"][0].startswith("blockchain in Pasal 156 UU 13/2003 or an article")


def test_a_text_cut_off_says_so_in_list_errors_and_hits(runner, corpus_index):
    # corpus/text/uu-7-2017-pemilihan-umum.txt stops after Pasal 226 (of 573) with no closing
    # formula: `check` calls it truncated, and list, a citation beyond it and its hits say so
    data = json.loads(run(runner, "list", "--index", corpus_index, "--json").output)
    assert next(d for d in data if d["id"] == "uu-7-2017")["cut_off_after"] == "226"
    shown = run(runner, "list", "--index", corpus_index).output.splitlines()
    at = shown.index(next(line for line in shown if line.startswith("UU 7/2017 ")))
    assert "Text cut off after Pasal 226" in shown[at + 2]
    missing = run(runner, "show", "Pasal 280 UU 7/2017", "--index", corpus_index)
    assert missing.exit_code == 1
    assert "has no Pasal 280 in the index (the text of UU 7/2017 in the index is cut off after " \
           "Pasal 226)" in missing.output
    # a Pasal before the cut that is missing is no news of the cut
    assert "cut off" not in run(runner, "show", "Pasal 999 UU 13/2003", "--index",
                                corpus_index).output
    hits = json.loads(run(runner, "query", "kampanye pemilu peserta", "-n", "3", "--index",
                          corpus_index, "--json").output)["hits"]
    seven = [h for h in hits if h["regulation"]["id"] == "uu-7-2017"]
    assert seven and all("cut off after Pasal 226" in h["caution"] for h in seven)
    others = [h for h in hits if h["regulation"]["id"] != "uu-7-2017"]
    assert all("cut off" not in (h["caution"] or "") for h in others)
