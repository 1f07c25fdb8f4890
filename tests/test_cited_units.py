"""The unit a hit cites and the kinds it shows, on the real bundled corpus: an ayat's lead-in
and its list are one rule, and the kinds in brackets are those of what is cited."""

from __future__ import annotations

import re

import pytest

from regsearch.errors import NotFoundError, QueryError


def test_an_ayat_is_cited_with_its_items_when_they_hold_the_query_together(opened_index):
    # UU 10/2016 Pasal 70: ayat (1) says "kampanye" only; ayat (3) says "kampanye" in its
    # lead-in, "cuti" in item a ("menjalani cuti di luar tanggungan negara") and
    # "fasilitas" in item b ("dilarang menggunakan fasilitas …"): no one item says them all.
    hit = opened_index.search("cuti kampanye fasilitas", limit=1).hits[0]
    assert hit.citation == "Pasal 70 ayat (3) UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    assert "menjalani <b>cuti</b>" in hit.snippet and "<b>kampanye</b>" in hit.snippet
    assert "<b>fasilitas</b>" in hit.snippet


@pytest.mark.parametrize("query, item", [
    # the lead-in says "kampanye", item a "cuti" (session 10 cited the ayat whole)
    ("cuti kampanye", "Pasal 70 ayat (3) huruf a"),
    # Pasal 7 ayat (2): the lead-in names "Calon Bupati"; huruf g says "tidak pernah sebagai
    # terpidana … bagi mantan terpidana …" (QA s15 #8: the ayat was cited whole, the snippet
    # on huruf o, which repeats "Calon … Bupati")
    ("mantan terpidana calon bupati", "Pasal 7 ayat (2) huruf g"),
    # huruf s: "menyatakan secara tertulis pengunduran diri sebagai anggota … Dewan
    # Perwakilan Rakyat Daerah sejak ditetapkan sebagai pasangan calon …" (QA s15 #6)
    ("anggota dprd yg nyalon bupati harus mundur", "Pasal 7 ayat (2) huruf s"),
])
def test_an_item_read_with_its_lead_in_is_cited_as_the_item(opened_index, query, item):
    hit = opened_index.search(query, limit=1).hits[0]
    assert hit.citation == f"{item} UU 1/2015 sebagaimana diubah dengan UU 10/2016"
    # the snippet is the item's own text, not the ayat's window on another item
    ayat, label = re.search(r"ayat \((\w+)\) huruf (\w+)", item).groups()
    shown = opened_index.show(hit.citation)
    text = next(i.text for a in shown.ayat if a.number == ayat for i in a.items
                if i.label == label)
    assert hit.snippet.replace("<b>", "").replace("</b>", "").startswith(text[:40])


def test_an_item_holding_every_word_itself_is_cited_as_the_item(opened_index):
    hit = opened_index.search("menjalani cuti di luar tanggungan negara", limit=1).hits[0]
    assert hit.citation == ("Pasal 70 ayat (3) huruf a UU 1/2015 sebagaimana diubah dengan "
                            "UU 10/2016")
    assert hit.snippet.startswith("<b>menjalani cuti</b> di")   # the item alone, no lead-in


def test_the_kinds_shown_are_those_of_the_unit_cited(opened_index):
    result = opened_index.search("pengunduran diri", limit=10)
    huruf_s = next(h for h in result.hits if h.citation.startswith("Pasal 7 ayat (2) huruf s "))
    assert huruf_s.kinds == ("syarat",)          # ayat (1) of that Pasal states a right
    article = opened_index.show(huruf_s.citation)
    assert {"syarat", "hak"} <= set(article.kinds)
    lead_in = opened_index.search("cuti kampanye fasilitas", limit=1).hits[0]
    assert set(lead_in.kinds) == {"kewajiban", "larangan"}   # "harus …: b. dilarang …"
    item = opened_index.search("cuti kampanye", limit=1).hits[0]   # huruf a alone
    assert item.kinds == ("kewajiban",)


def test_an_article_joining_through_a_reference_says_which(opened_index):
    hits = opened_index.search("petahana", limit=20).hits
    linked = {h.citation: h.linked for h in hits if h.linked}
    # cited at ayat (6), the one that refers to Pasal 71 (the whole article was cited before)
    assert linked.get("Pasal 187 ayat (6) Lampiran UU 1/2015") == "refers to Pasal 71 UU 1/2015"
    assert all("petahana" in h.snippet.lower() for h in hits[:2]) and not hits[0].linked
    assert opened_index.search("petahana", limit=20).hits[5].to_dict()["linked"] == (
        hits[5].linked)


def test_only_articles_the_words_found_bring_in_what_they_refer_to(opened_index):
    hits = opened_index.search("waktu istirahat", limit=30).hits
    by = {h.citation: h.linked for h in hits}
    assert by["Pasal 80 UU 13/2003"] == "referred to by Pasal 84 UU 13/2003"
    assert by["Pasal 187 ayat (1) UU 13/2003"] == "refers to Pasal 79 UU 13/2003"
    # Pasal 187 (a sanction listing some twenty Pasal) joined through a link: what it lists
    # is not brought in after it
    assert not any(link and link.startswith("referred to by Pasal 187") for link in by.values())


def test_of_units_holding_the_same_stems_the_one_with_the_words_as_written_is_cited(opened_index):
    # ayat (1) of Pasal 162 says "mengundurkan diri", item a of ayat (3) "pengunduran diri";
    # Pasal 79 ayat (2) huruf d says "tahunannya", ayat (3) "istirahat tahunan"
    assert opened_index.search("pengunduran diri", limit=1).hits[0].citation == (
        "Pasal 162 ayat (3) huruf a UU 13/2003")
    assert opened_index.search("istirahat tahunan", limit=1).hits[0].citation == (
        "Pasal 79 ayat (3) UU 13/2003")


def test_a_pasal_an_amendment_deleted_is_said_deleted_when_its_law_is_not_held(opened_index):
    """QA: POJK 11/2024 says "Pasal 37A dihapus" of POJK 18/2017, which the index holds only
    through the articles its amendments quote: "has no Pasal 37A in the index" hid the deletion."""
    with pytest.raises(NotFoundError, match=r"^POJK 11/2024 deleted Pasal 37A POJK 18/2017 \(dihapus\)"):
        opened_index.show("POJK 18/2017 Pasal 37A")
    result = opened_index.search("POJK 18/2017 Pasal 37A dan Pasal 2")
    assert any("POJK 11/2024 deleted Pasal 37A" in note for note in result.missing)


def test_an_article_an_amendment_changed_in_one_ayat_stays_in_force(opened_index):
    """QA: PERKA 1/2013 changes only Pasal 10 ayat (4) huruf b of PERKA 3/2012; the original
    was "Superseded" and its ayat (1)-(3) (the first three billings) read as repealed."""
    original = opened_index.show("Perka 3/2012 Pasal 10")
    assert original.standing == "current" and len(original.ayat) == 4
    assert original.versions == ("Pasal 10 ayat (4) PERKA BAPETEN 3/2012 sebagaimana diubah dengan "
                                 "PERKA BAPETEN 1/2013",)
    changed = opened_index.show(original.versions[0])
    assert changed.amends.ayat == ("4",) and changed.standing == "current"
    assert changed.to_dict()["amends"]["ayat"] == ["4"]
    hits = opened_index.search("penagihan", regulation="Perka 3/2012", limit=3).hits
    assert "Pasal 10 ayat (1) PERKA BAPETEN 3/2012" in [hit.citation for hit in hits]


def test_a_pasal_of_a_law_held_only_through_its_amendments_says_which_are_held(opened_index):
    """QA: "PERGUB 29/2019 has no Pasal 2" read as if the Pergub were indexed; only the Pasal
    its amendment quotes are."""
    with pytest.raises(NotFoundError, match=r"^PERGUB Bali 29/2019 has no Pasal 2 in the index "
                                            r"\(PERGUB Bali 29/2019 itself is not; only the Pasal "
                                            r"PERGUB Bali 1/2021 amends: 3\)$"):
        opened_index.show("Pergub 29/2019 Pasal 2")
    with pytest.raises(NotFoundError, match=r"^UU 13/2003 has no Pasal 999 in the index$"):
        opened_index.show("UU 13/2003 Pasal 999")


def test_the_ayat_a_partial_amendment_replaced_is_superseded_where_it_is_cited(opened_index):
    """QA 17: "Perka 3/2012 Pasal 10 ayat (4)" and a hit in it read as current, though PERKA
    1/2013 replaced that ayat; its other ayat stay current."""
    replaced = "Pasal 10 ayat (4) PERKA BAPETEN 3/2012 sebagaimana diubah dengan PERKA BAPETEN 1/2013"
    shown = opened_index.show("Perka 3/2012 Pasal 10 ayat (4)")
    assert (shown.standing, shown.replaced_by) == ("superseded", replaced)
    assert opened_index.show("Perka 3/2012 Pasal 10 ayat (2)").standing == "current"
    hit = opened_index.search("tidak menerbitkan izin menyelenggarakan ujian pelatihan penyegaran",
                              limit=1).hits[0]
    assert hit.citation == "Pasal 10 ayat (4) huruf b PERKA BAPETEN 3/2012"
    assert (hit.standing, hit.replaced_by) == ("superseded", replaced)


@pytest.mark.parametrize("citation, cited, item", [
    # a lone letter after "(2)" is its huruf, as "Pasal 156 (2) huruf c" (QA 20 #12)
    ("Ps. 156 (2) c UU 13/2003", "Pasal 156 ayat (2) huruf c UU 13/2003",
     "masa kerja 2 (dua) tahun atau lebih tetapi kurang dari 3 (tiga) tahun, 3 (tiga) bulan upah;"),
    ("pasal 7 (2) t UU 10/2016",
     "Pasal 7 ayat (2) huruf t UU 1/2015 sebagaimana diubah dengan UU 10/2016",
     "menyatakan secara tertulis pengunduran diri sebagai anggota Tentara Nasional Indonesia"),
])
def test_a_lone_letter_after_an_ayat_is_its_huruf(opened_index, citation, cited, item):
    view = opened_index.show(citation)
    assert str(view.cited) == cited
    [ayat] = [a for a in view.ayat if a.number == "2"]
    [letter] = [i for i in ayat.items if i.label == cited.split("huruf ")[1][0]]
    assert letter.text.startswith(item)
    assert [h.citation for h in opened_index.search(citation).hits] == [cited]


def test_two_letters_after_an_ayat_are_a_word_not_a_huruf(opened_index):
    hits = opened_index.search("Pasal 156 (2) di UU 13/2003").hits
    assert [h.citation for h in hits] == ["Pasal 156 ayat (2) UU 13/2003"]


def test_an_ayat_without_its_pasal_is_not_dropped_unsaid(opened_index):
    # it named the whole law: 193 articles listed, the ayat asked for ignored (QA 20 #12)
    with pytest.raises(QueryError, match=r"names ayat \(2\) but no Pasal"):
        opened_index.search("ayat (2) UU 13/2003")
    with pytest.raises(QueryError, match="names huruf c but no Pasal"):
        opened_index.search("huruf c UU 13/2003")
    result = opened_index.search("pesangon ayat (2) UU 13/2003", limit=3)
    assert result.missing == ("ayat (2) names no Pasal and was left out (the other words were "
                              "searched in UU 13/2003)",)
    assert result.hits and all(h.regulation.id == "uu-13-2003" for h in result.hits)


def test_a_penjelasan_an_amendment_changed_is_shown_as_of_that_amendment(opened_index):
    # UU 8/2015 Pasal I angka 49: "Ketentuan Pasal 71 tetap, dengan perubahan penjelasan
    # Pasal 71 ayat (2)"; its Penjelasan: "Ayat (2) Dalam hal terjadi kekosongan jabatan, maka
    # Gubernur, Bupati, dan Walikota menunjuk pejabat pelaksana tugas." The article as UU
    # 8/2015 left it showed the 2014 elucidation ("Pengisian jabatan hanya dapat dilakukan
    # untuk mengisi kekosongan jabatan").
    amended = opened_index.show("Pasal 71 UU 1/2015 sebagaimana diubah dengan UU 8/2015")
    assert amended.citation == "Pasal 71 Lampiran UU 1/2015"
    assert amended.penjelasan_by == "UU 8/2015 angka 49"
    assert "menunjuk pejabat pelaksana tugas" in amended.penjelasan
    assert "Pengisian jabatan hanya dapat" not in amended.penjelasan
    assert amended.to_dict()["penjelasan_by"] == "UU 8/2015 angka 49"
    # the original cited as itself keeps its own; UU 10/2016's wording has its own
    original = opened_index.show("Pasal 71 Lampiran UU 1/2015")
    assert original.penjelasan_by is None and "Pengisian jabatan hanya dapat" in original.penjelasan
    newest = opened_index.show("Pasal 71 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert newest.penjelasan_by is None and "mutasi dalam jabatan" in newest.penjelasan


def test_the_unit_cited_says_each_word_of_the_query_in_any_of_its_senses(opened_index):
    # "PNS mundur": UU 10/2016 Pasal 7 ayat (2) huruf t says "pengunduran diri sebagai …
    # Pegawai Negeri Sipil" — both words, in their other phrasings. The whole ayat (2) was
    # cited (its list holds more of the synonyms' terms), its snippet huruf p ("berhenti").
    hit = next(h for h in opened_index.search("PNS mundur", limit=10).hits
               if h.regulation.id == "uu-10-2016" and h.pasal == "7")
    assert (hit.ayat, hit.items) == ("2", ("t",))
    assert "Pegawai Negeri Sipil" in hit.snippet


@pytest.mark.parametrize("query", ['"waktu tidak tertentu"', "perjanjian kerja waktu tidak tertentu",
                                   "karyawan tetap"])   # the last searched as the statutory phrase
def test_the_unit_cited_holds_the_words_in_the_order_asked(opened_index, query):
    # UU 13/2003 Pasal 59: ayat (2) holds the same words as "waktu tertentu tidak dapat
    # diadakan"; ayat (7) says "demi hukum menjadi perjanjian kerja waktu tidak tertentu"
    cited = {hit.pasal: hit.ayat for hit in opened_index.search(query, limit=10).hits
             if hit.regulation.id == "uu-13-2003"}
    assert cited["59"] == "7"


def test_a_lead_in_cited_is_shown_with_its_list(opened_index):
    # UU 13/2003 Pasal 1 angka 5 "Pengusaha adalah:" says what a pengusaha is in huruf a-c
    hit = opened_index.search("pengertian pengusaha", limit=1).hits[0]
    assert (hit.pasal, hit.items) == ("1", ("5",))
    assert "adalah: a. orang perseorangan" in hit.snippet


def test_the_snippet_shows_the_window_with_most_words_matched():
    from regsearch.units import make_snippet
    # UU 13/2003 Pasal 59 ayat (7), lengthened as an ayat with a long list of references is
    text = ("Perjanjian kerja untuk waktu tertentu yang tidak memenuhi ketentuan sebagaimana "
            "dimaksud dalam ayat (1), ayat (2), ayat (4), ayat (5), dan ayat (6) " * 3
            + "maka demi hukum menjadi perjanjian kerja waktu tidak tertentu.")
    snippet = make_snippet(text, {"janji", "kerja", "waktu", "tidak", "tentu", "hukum"}, 120)
    assert "<b>hukum</b>" in snippet and snippet.startswith("… ")
    assert make_snippet("upah adalah hak", {"upah"}).startswith("<b>upah</b>")  # first on a tie


@pytest.mark.parametrize("query", ["pidana mempekerjakan anak",
                                   "pidana mempekerjakan anak pada pekerjaan terburuk"])
def test_of_units_holding_the_words_alike_the_one_stating_the_sanction_asked_is_cited(
        opened_index, query):
    # UU 13/2003 Pasal 183: ayat (1) "Barang siapa melanggar ketentuan sebagaimana dimaksud
    # dalam Pasal 74, dikenakan sanksi pidana penjara …", ayat (2) "Tindak pidana sebagaimana
    # dimaksud pada ayat (1) merupakan tindak pidana kejahatan." Both say "pidana"; ayat (2)
    # was cited for also saying "pada", a stopword typed.
    hit = next(h for h in opened_index.search(query, limit=10).hits if h.pasal == "183")
    assert (hit.ayat, hit.kinds) == ("1", ("sanksi",))
