"""A site watermark printed inside the text between a heading and its words, and an ayat
whose first words are a list's first label glued after the sentence before: UU 5/1986
(Peradilan Tata Usaha Negara) as the scale corpus prints it (/tmp/uutexts/uu/1986/5.md, the
whole file verbatim: tests/fixtures/README.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import regsearch
from regsearch import clean
from regsearch.parse import parse_pages

FIXTURE = Path(__file__).parent / "fixtures" / "uu-5-1986-ptun-watermark-and-list-ayat.md"


@pytest.fixture(scope="module")
def ptun():
    return parse_pages([FIXTURE.read_text(encoding="utf-8")], path="uu/1986/5.md", paged=False)


def test_a_watermark_between_a_heading_and_its_text_does_not_lose_the_heading(ptun):
    """Session 19: "… banding. Pasal 9 epkumham.go Pengadilan …" (line 30) and "… Pasal 138
    epkumham.go Panitera …" (line 129) were read as text of Pasal 8 huruf b and Pasal 137, and
    "Bagian Kedua Kedudukan epkumham.go Pasal 4" (line 26) lost its Bagian (Pasal 4 stood under
    Bagian Pertama); "… Mahkamah Agung. epkumham.go Bagian Ketiga Sekretaris Pasal 40" (line 72)
    lost Bagian Ketiga."""
    articles = {a.pasal: a for a in ptun.articles}
    assert [a.pasal for a in ptun.articles] == [str(n) for n in range(1, 144)]   # the copy stops in Pasal 143
    assert articles["9"].text == "Pengadilan Tata Usaha Negara dibentuk dengan Keputusan Presiden."
    assert articles["8"].ayat[0].items[-1].text == ("Pengadilan Tinggi Tata Usaha Negara, yang "
                                                    "merupakan pengadilan tingkat banding.")
    assert articles["138"].text.startswith("Panitera, Wakil Panitera, Panitera Muda, dan Panitera "
                                           "Pengganti bertugas membantu Hakim")
    assert articles["137"].text.endswith("Panitera Muda, dan Panitera Pengganti.")
    assert articles["4"].bagian == "Bagian Kedua Kedudukan"
    assert articles["40"].bagian == "Bagian Ketiga Sekretaris"
    assert not any("epkumham" in a.text for a in ptun.articles)
    assert "pasal_gap" not in {a.code for a in ptun.anomalies}


@pytest.mark.parametrize(("line", "cleaned"), [
    ("Bagian Kedua Kedudukan epkumham.go Pasal 4 Peradilan",
     "Bagian Kedua Kedudukan Pasal 4 Peradilan"),
    # UU 24/2004: the owner's name goes with its address, not the word before it
    ("… menjadi Bank Lembaga Penjamin Simpanan - www.lps.go.id Gagal yang …",
     "… menjadi Bank Gagal yang …"),
    ("… sebesar Rp. 132 juta 4 / 5 www.hukumonline.com yang disebabkan …",   # UU 1968
     "… sebesar Rp. 132 juta yang disebabkan …"),
    ("Pasal II ditjen Peraturan Perundang-undangan Menambah 3 (tiga) pasal",
     "Pasal II Menambah 3 (tiga) pasal"),
    # the law's own words: an address it names, one that ends a sentence, an e-mail address
    ("diumumkan melalui laman www.jdihn.go.id dan media massa",
     "diumumkan melalui laman www.jdihn.go.id dan media massa"),
    ("dapat diakses di www.bpk.go.id.", "dapat diakses di www.bpk.go.id."),
    ("surat elektronik pengaduan@ojk.go.id setiap hari", "surat elektronik pengaduan@ojk.go.id setiap hari"),
])
def test_site_watermarks_inside_a_line_are_removed_and_addresses_of_the_text_kept(line, cleaned):
    assert clean.remove_inline_watermarks(line) == cleaned


def test_an_ayat_opening_with_a_list_glued_after_a_sentence_is_its_own_ayat(ptun):
    """Session 19: Pasal 62 "… e.gugatan diajukan sebelum waktunya atau telah lewat waktunya.
    (2) a. Penetapan …; b. Pemanggilan … Ketua Pengadilan. (3) a. Terhadap penetapan …"
    (lines 91–93) was read as ayat (1), (4), (5), (6): ayat (2) and (3) were items of (1)."""
    pasal = next(a for a in ptun.articles if a.pasal == "62")
    assert [u.number for u in pasal.ayat] == ["1", "2", "3", "4", "5", "6"]
    assert [i.label for i in pasal.ayat[0].items] == ["a", "b", "c", "d", "e"]
    assert pasal.ayat[0].items[-1].text == "gugatan diajukan sebelum waktunya atau telah lewat waktunya."
    for unit in pasal.ayat[1:3]:
        assert unit.text == "" and [i.label for i in unit.items] == ["a", "b"]
    assert pasal.ayat[1].items[0].text.startswith("Penetapan sebagimana dimaksud dalam ayat (1) diucapkan")
    assert pasal.ayat[2].items[0].text.startswith("Terhadap penetapan sebgaimana dimaksud dalam ayat (1)")
    assert "\n(3)\na. Terhadap penetapan" in pasal.text
    codes = {(a.code, a.message) for a in ptun.anomalies}
    assert not any("Pasal 62" in message for _, message in codes)


def test_hits_cite_what_is_read_apart(tmp_path):
    """What a reader sees: the fourteen days to oppose the penetapan are Pasal 62 ayat (3)
    huruf a (they were cited as "Pasal 62 ayat (1) huruf b")."""
    shutil.copy(FIXTURE, tmp_path / "uu-5-1986.md")
    regsearch.build_index(tmp_path, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as idx:
        hit = idx.search('"perlawanan kepada Pengadilan dalam tenggang waktu empat belas hari"').hits[0]
        assert hit.citation == "Pasal 62 ayat (3) huruf a UU 5/1986"
        hit = idx.search('"Pengadilan Tata Usaha Negara dibentuk dengan Keputusan Presiden"').hits[0]
        assert hit.citation == "Pasal 9 UU 5/1986"
