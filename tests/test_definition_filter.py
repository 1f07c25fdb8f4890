"""``--kind definisi`` with words: the definitions listed hold the words, or a note says that
none does (QA s14 lawyer, cosmetic: "pekerja harian lepas" listed "Siang hari adalah waktu
antara pukul 06.00 sampai dengan pukul 18.00" (UU 13/2003 Pasal 1 angka 27, by "hari") and the
nuclear laws' "Pihak ketiga adalah … pekerja instalasi nuklir …" (by "pekerja"))."""

from __future__ import annotations

from click.testing import CliRunner

from regsearch.cli import main


def test_no_definition_holding_the_words_is_said_not_filled_with_others(opened_index):
    result = opened_index.search("pekerja harian lepas", limit=10, kinds=["definisi"])
    assert not result.hits and result.total == 0
    assert result.missing == ("a definition holding pekerja harian lepas (no definition "
                              "within the filters holds them all)",)


def test_the_definitions_holding_the_words_are_kept(opened_index):
    # UU 13/2003 Pasal 1 angka 4 "Pemberi kerja adalah orang perseorangan, pengusaha, …";
    # "Hari adalah hari kerja." (UU 22/2014 Pasal 1 angka 16) holds only "kerja"
    result = opened_index.search("pemberi kerja", limit=10, kinds=["definisi"])
    assert [h.citation for h in result.hits] == ["Pasal 1 angka 4 UU 13/2003"]
    assert "Hari adalah hari kerja." not in [h.snippet for h in result.hits]
    one_word = opened_index.search("perusahaan", limit=10, kinds=["definisi"])
    assert one_word.hits[0].citation == "Pasal 1 angka 6 UU 13/2003"
    assert len(one_word.hits) >= 3 and not one_word.missing


def test_another_kind_asked_beside_definitions_is_not_held_to_the_words(opened_index):
    both = opened_index.search("pekerja harian lepas", limit=10, kinds=["definisi", "hak"])
    assert both.hits and all("hak" in hit.kinds for hit in both.hits)


def test_the_cli_says_no_definition_holds_the_words(corpus_index):
    out = CliRunner().invoke(main, ["query", "pekerja harian lepas", "--kind", "definisi",
                                    "--index", str(corpus_index)])
    assert out.exit_code == 0
    assert "Siang hari" not in out.output
    assert ("Not found: a definition holding pekerja harian lepas (no definition within the "
            "filters holds them all)") in out.output
