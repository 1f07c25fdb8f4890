"""An article whose ayat do not start at (1) says so (QA rounds 3 and 4: UU 40/2007 Pasal 32
as UU 11/2020 amends it read "Perseroan wajib memiliki modal dasar Perseroan (3) Besaran …",
ayat (2) lost with no caution)."""

from __future__ import annotations

import regsearch
from regsearch.parse import parse_pages

# /tmp/uutexts/uu/2020/11.md: line 1's title, line 3060 from "Pasal 109" (the amended law named),
# lines 3075-3078 verbatim (3078 cut after the quoted Pasal 32). OCR printed the labels "(1)"
# and "(2)" ("(21") on a line above the heading, and ayat (2) as "(3)".
CIPTA_KERJA_PASAL_109 = (
    "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 11 TAHUN 2O2O TENTANG CIPTA KERJA\n"
    "DENGAN RAHMAT TUHAN YANG MAHA ESA\n"
    "Pasal 109\n"
    "Beberapa ketentuan dalam Undang-Undang Nomor 40 Tahun 2OO7 tentang Perseroan Terbatas "
    "(Lembaran Negara Republik Indonesia Tahun 2OO7 Nomor 40, Tambahan Lembaran Negara Republik "
    "Indonesia Nomor 47561diubah sebagai berikut:\n"
    "3. Ketentuan . 3 Ketentuan Pasal 32 diubah sehingga berbunyi sebagai berikut:\n"
    "(1) (21\n"
    "Pasal 32\n"
    "Perseroan wajib memiliki modal dasar Perseroan (3) Besaran modal dasar Perseroan "
    "sebagaimana dimaksud pada ayat (1) ditentukan berdasarkan keputusan pendiri Perseroan. "
    "Ketentuan lebih lanjut mengenai modal dasar Perseroan diatur dalam Peraturan Pemerintah.\n")

GAP = "Pasal 32: ayat (3) first, no ayat (1)"


def quoted_pasal_32(reg):
    [article] = [a for a in reg.articles if a.pasal == "32" and a.amends is not None]
    return article


def test_a_label_glued_inside_an_unnumbered_opening_is_read_and_the_gap_noted():
    reg = parse_pages([CIPTA_KERJA_PASAL_109], path="uu-11-2020.md", paged=False)
    article = quoted_pasal_32(reg)
    assert (article.amends.ref.number, article.amends.ref.year) == ("40", 2007)
    assert [(a.number, a.text[:30]) for a in article.ayat] == [
        (None, "Perseroan wajib memiliki modal"), ("3", "Besaran modal dasar Perseroan ")]
    assert [a.message for a in reg.anomalies if a.code == "ayat_gap"] == [GAP]


def test_an_article_starting_at_ayat_2_is_noted_but_not_a_quoted_ayat_alone():
    """UU 11/2020 11.md:1374-1375 quotes "(2) Ganti rugi …" for "Pasal 32" (its heading lost);
    an amendment replacing one ayat quotes it alone on purpose ("Ketentuan Pasal 10 ayat (4)
    …", PERKA BAPETEN 1/2013): no gap there."""
    lines = CIPTA_KERJA_PASAL_109.split("\n")
    text = "\n".join(lines[:6] + [
        "Pasal 32", "(2) Ganti rugi hak atas tanah atau kompensasi sebagaimana dimaksud dalam "
        "Pasal 30 dibebankan kepada peme gan g P erizrnan Beru saha untuk ke giatan penyediaan "
        "tenaga listrik.", ""])
    reg = parse_pages([text], path="uu-11-2020.md", paged=False)
    assert [a.message for a in reg.anomalies if a.code == "ayat_gap"] == [
        "Pasal 32: ayat (2) first, no ayat (1)"]
    one_ayat = text.replace("3. Ketentuan . 3 Ketentuan Pasal 32 diubah",
                            "3. Ketentuan Pasal 32 ayat (2) diubah")
    reg = parse_pages([one_ayat], path="uu-11-2020.md", paged=False)
    assert quoted_pasal_32(reg).amends.ayat == ("2",)
    assert not [a for a in reg.anomalies if a.code == "ayat_gap"]


def test_a_hit_on_the_article_carries_the_caution(tmp_path):
    (tmp_path / "uu-11-2020.md").write_text(CIPTA_KERJA_PASAL_109, encoding="utf-8")
    regsearch.build_index(tmp_path, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as index:
        hits = index.search("modal dasar Perseroan", limit=5).hits
    [hit] = [h for h in hits if h.pasal == "32"]
    assert "its labels read out of sequence (ayat (3) first, no ayat (1))" in (hit.caution or "")
