"""The numbered butir of a Lampiran that is a manual (UU 12/2011 Lampiran II, bundled): read
in one sequence, cited alone ("Lampiran II UU 12/2011 butir 98"), and named by search hits."""

from __future__ import annotations

import pytest

from regsearch.citations import parse_citations
from regsearch.documents import parse_file
from regsearch.errors import NotFoundError, QueryError
from regsearch.parse import parse_pages, read_butir

from .conftest import TEXT

UU_12_2011 = TEXT / "uu-12-2011-pembentukan-peraturan-perundang-undangan.txt"


@pytest.fixture(scope="module")
def manual():
    return {section.label: section for section in parse_file(UU_12_2011).lampiran}


def test_lampiran_ii_butir_are_read_in_order_with_the_one_the_source_lost(manual):
    numbers = [int(b.number) for b in manual["LAMPIRAN II"].butir]
    # 1 … 284; the text bundled prints no "152." (its words run on in butir 151)
    assert numbers == [n for n in range(1, 285) if n != 152]


def test_examples_restarting_at_one_stay_in_their_butir(manual):
    butir = {b.number: b for b in manual["LAMPIRAN II"].butir}
    # the table of contents "1. Frasa Dengan Rahmat … 5. Diktum" precedes butir 1
    assert butir["1"].text.startswith("Kerangka Peraturan Perundang-undangan terdiri atas:")
    # butir 5 starts mid-line after butir 4's example title; 6 after "(PROLEGDA)"
    assert butir["5"].text.startswith("Judul Peraturan Perundang-undangan tidak boleh ditambah")
    assert butir["6"].text.startswith("Pada nama Peraturan Perundang-undangan perubahan")
    assert butir["98"].text.startswith("Ketentuan umum berisi:")
    assert butir["230"].text.startswith("Perubahan Peraturan Perundang-undangan dilakukan dengan")
    # the last ends where BAB IV (the forms of a draft, no butir) begins
    assert butir["284"].text.endswith("di atas kertas F4.")


def test_each_butir_carries_its_chapter_and_part_not_the_next_heading(manual):
    butir = {b.number: b for b in manual["LAMPIRAN II"].butir}
    assert butir["1"].heading == "BAB I KERANGKA PERATURAN PERUNDANG-UNDANGAN"
    assert butir["2"].heading.endswith("› A. JUDUL")
    assert butir["15"].heading.endswith("› B.1. Frasa Dengan Rahmat Tuhan Yang Maha Esa")
    assert butir["98"].heading.endswith("› C.1. Ketentuan Umum")
    assert butir["200"].heading == "BAB II HAL-HAL KHUSUS › A. PENDELEGASIAN KEWENANGAN"
    # "A. JUDUL" closes butir 1's text: it heads butir 2, it is no words of butir 1
    assert butir["1"].text.endswith("F. Lampiran (jika diperlukan).")
    # an example ending in "BAB I KETENTUAN UMUM" (butir 97's) is no new chapter
    assert all(not b.heading.startswith("BAB I KETENTUAN") for b in butir.values())


def test_a_short_numbered_list_is_no_manual(manual):
    # Lampiran I numbers 2 points, then the 8 parts of a Naskah Akademik from 1 again
    assert manual["LAMPIRAN I"].butir == ()
    assert read_butir("1. Judul 2. Kata Pengantar 3. Daftar Isi") == []


def test_parts_printed_without_their_letter_are_read_from_the_table_of_contents(manual):
    """BAB III prints "BAB III RAGAM BAHASA … BAHASA PERATURAN PERUNDANG – UNDANGAN 242." and
    "( merger ) PILIHAN KATA ATAU ISTILAH 255.", its letters lost; its table of contents
    lists "A. BAHASA PERATURAN PERUNDANG–UNDANGAN B. PILIHAN KATA ATAU ISTILAH C. TEKNIK
    PENGACUAN" (session 17: every butir of BAB III carried only the BAB heading)."""
    butir = {b.number: b for b in manual["LAMPIRAN II"].butir}
    bab = "BAB III RAGAM BAHASA PERATURAN PERUNDANG - UNDANGAN"
    assert butir["242"].heading == f"{bab} › A. BAHASA PERATURAN PERUNDANG–UNDANGAN"
    assert butir["254"].heading == butir["242"].heading
    assert butir["255"].heading == f"{bab} › B. PILIHAN KATA ATAU ISTILAH"
    assert butir["271"].heading == f"{bab} › C. TEKNIK PENGACUAN"
    # the heading closing a butir is no words of it
    assert butir["254"].text.endswith("2. penggabungan ( merger )")
    assert butir["270"].text.endswith("kurang dari 1 cm.")


def test_butir_pages_follow_the_pages_of_a_paged_source():
    lines = UU_12_2011.read_text(encoding="utf-8").splitlines()
    pages = ["\n".join(lines[at:at + 40]) for at in range(0, len(lines), 40)]
    reg = parse_pages(pages, path=str(UU_12_2011), paged=True)
    butir = [section for section in reg.lampiran if section.label == "LAMPIRAN II"][0].butir
    assert len(butir) == 283
    read = [b.page for b in butir]
    assert read == sorted(read) and read[0] < read[-1]
    # butir 98 is printed on the page holding "98. Ketentuan umum berisi"
    page = next(b.page for b in butir if b.number == "98")
    assert "98. Ketentuan umum berisi" in " ".join(pages[page - 1].split())


@pytest.mark.parametrize("typed", ["Lampiran II UU 12/2011 butir 98",
                                   "Lampiran II angka 98 UU 12/2011",
                                   "butir 98 Lampiran II UU 12/2011",
                                   "UU 12/2011 Lampiran II butir 98"])
def test_a_butir_is_cited_as_drafters_write_it(typed):
    (cite,) = parse_citations(typed)
    assert (cite.lampiran, cite.butir, cite.pasal) == ("II", "98", None)


def test_show_opens_one_butir_under_its_headings(opened_index):
    view = opened_index.show("Lampiran II angka 98 UU 12/2011")
    assert view.citation == "Lampiran II UU 12/2011 butir 98"
    assert view.text.startswith("Ketentuan umum berisi: a. batasan pengertian atau definisi;")
    assert "99." not in view.text and len(view.text) < 2_500
    assert view.headings == ("BAB I KERANGKA PERATURAN PERUNDANG-UNDANGAN",
                             "C.1. Ketentuan Umum")
    assert opened_index.show(view.citation).text == view.text   # its citation opens it again
    whole = opened_index.show("Lampiran II UU 12/2011")
    assert whole.citation == "Lampiran II UU 12/2011" and len(whole.text) > 100_000


def test_a_butir_not_read_says_which_are(opened_index):
    with pytest.raises(NotFoundError, match=r"no butir 152 .*1–284; none read for 152"):
        opened_index.show("Lampiran II UU 12/2011 butir 152")
    with pytest.raises(NotFoundError, match=r"Lampiran I UU 12/2011 has no numbered butir"):
        opened_index.show("Lampiran I UU 12/2011 butir 3")


def test_a_hit_in_the_manual_cites_the_butir_holding_the_words(opened_index):
    result = opened_index.search("jenis huruf Bookman Old Style", limit=3)
    top = result.hits[0]
    assert top.citation == "Lampiran II UU 12/2011 butir 284"
    assert "Bookman Old Style" in top.snippet and top.ayat is None


def test_a_butir_typed_as_a_query_is_answered_by_it(opened_index):
    result = opened_index.search("Lampiran II UU 12/2011 butir 98")
    assert [hit.citation for hit in result.hits] == ["Lampiran II UU 12/2011 butir 98"]
    assert result.hits[0].snippet.startswith("Ketentuan umum berisi")


def test_words_after_a_butir_are_searched_not_read_as_the_annex_label():
    (cite,) = parse_citations("Lampiran II UU 12/2011 butir 98 singkatan")
    assert (cite.lampiran, cite.butir) == ("II", "98")


def test_a_butir_the_text_lacks_is_said_missing_by_a_query(opened_index):
    with pytest.raises(NotFoundError, match=r"Lampiran II UU 12/2011 has no butir 999"):
        opened_index.search("Lampiran II UU 12/2011 butir 999")


@pytest.mark.parametrize("typed, numbers", [
    ("Lampiran II UU 12/2011 butir 98 dan 99", ["98", "99"]),
    ("Lampiran II UU 12/2011 butir 98 dan butir 99", ["98", "99"]),
    ("UU 12/2011 Lampiran II butir 98 sampai dengan 102", ["98", "99", "100", "101", "102"]),
    ("Lampiran II angka 98, 99, dan 100 UU 12/2011", ["98", "99", "100"]),
    ("butir 98 s.d. butir 100 Lampiran II UU 12/2011", ["98", "99", "100"]),
])
def test_a_list_or_range_of_butir_is_read_as_lists_of_pasal_are(typed, numbers):
    """Session 17: "butir 98 dan 99" was read as butir 98 alone, the others dropped unsaid."""
    cites = parse_citations(typed)
    assert [(c.lampiran, c.butir, c.pasal) for c in cites] == [("II", n, None) for n in numbers]


def test_a_range_of_butir_too_long_or_backwards_is_refused():
    with pytest.raises(QueryError, match="runs backwards"):
        parse_citations("Lampiran II UU 12/2011 butir 102 sampai dengan 98")
    with pytest.raises(QueryError, match="spans more than"):
        parse_citations("Lampiran II UU 12/2011 butir 1 sampai dengan 284")


def test_butir_listed_in_a_query_are_each_a_hit_and_one_missing_is_said(opened_index, manual):
    result = opened_index.search("Lampiran II UU 12/2011 butir 98 dan 99")
    assert [hit.citation for hit in result.hits] == ["Lampiran II UU 12/2011 butir 98",
                                                     "Lampiran II UU 12/2011 butir 99"]
    assert result.hits[1].snippet.startswith(
        next(b for b in manual["LAMPIRAN II"].butir if b.number == "99").text[:30])
    # 152 is never printed in the bundled text: 151 and 153 are listed, 152 said missing
    result = opened_index.search("Lampiran II UU 12/2011 butir 151 sampai dengan 153")
    assert [hit.citation.rsplit(" ", 1)[1] for hit in result.hits] == ["151", "153"]
    assert any("has no butir 152" in reason for reason in result.missing)
    with pytest.raises(QueryError, match="names several units"):
        opened_index.show("Lampiran II UU 12/2011 butir 98 dan 99")
