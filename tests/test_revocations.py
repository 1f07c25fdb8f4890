"""A repeal read by the parser reaches the index: the revoked law's articles are shown as
revoked, by the law that repeals it. Texts are verbatim excerpts of the scale corpus
(uu/1999/22.md and uu/2004/32.md of uu-texts.tar.gz), trimmed to a few articles."""

from __future__ import annotations

import regsearch
from regsearch.index import revoked_ids

from .laws import indexed, law_text

UU_22_1999 = law_text(22, 1999, "Pemerintahan Daerah", """BAB XI
DESA
Pasal 103
(1) Kepala Desa berhenti karena meninggal dunia.
(2) Pemberhentian Kepala Desa, sebagaimana dimaksud pada [ayat (1)](/uu/1999/22/pasal-103/ayat-1),
dilakukan oleh Bupati atas usul Badan Perwakilan Desa.
BAB XVI
KETENTUAN PENUTUP
Pasal 134
Undang-undang ini mulai berlaku pada tanggal diundangkan.
""", "7 Mei 1999")

UU_32_2004 = law_text(32, 2004, "Pemerintahan Daerah", """BAB XVI
KETENTUAN PENUTUP
Pasal 239
Pada saat berlakunya Undang-Undang ini, maka Undang-Undang Nomor 22 Tahun 1999 tentang
Pemerintahan Daerah dinyatakan tidak berlaku.
Pasal 240
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
""", "15 Oktober 2004")


def test_a_law_repealed_with_dinyatakan_tidak_berlaku_is_shown_revoked(tmp_path):
    index = indexed(tmp_path, {"uu-22-1999.md": UU_22_1999, "uu-32-2004.md": UU_32_2004})
    with regsearch.open_index(index) as idx:
        shown = idx.show("UU 22/1999 Pasal 103")
        assert (shown.standing, shown.replaced_by) == ("revoked", "UU 32/2004")
        assert "sebagaimana dimaksud pada ayat (1), dilakukan oleh Bupati" in shown.text
        assert "](" not in shown.text
        assert idx.show("UU 32/2004 Pasal 239").standing == "current"


def test_a_revoked_title_that_says_ketentuan_is_a_wholelaw_text():
    # UU 8/1974 Pasal 41 a. and UU 10/1997 Pasal 47: "Ketentuan-ketentuan Pokok …" is the
    # title of the law repealed, not a part of it
    assert revoked_ids([
        "Undang-undang Nomor 18 Tahun 1961 tentang Ketentuan-ketentuan Pokok Kepegawaian",
        "Undang-undang Nomor 31 Tahun 1964 tentang Ketentuan-ketentuan Pokok Tenaga Atom",
    ]) == ["uu-18-1961", "uu-31-1964"]
    # a part named before the law is no revocation of the law
    assert revoked_ids(
        ["ketentuan Pasal 17 Undang-undang Nomor 5 Tahun 1984 tentang Perindustrian"]) == []


# UU 31/1999 Pasal 2-4 (uu/1999/31.md lines 27-33), verbatim
UU_31_1999 = law_text(31, 1999, "Pemberantasan Tindak Pidana Korupsi", """Pasal 2
(1) Setiap orang yang secara melawan hukum melakukan perbuatan memperkaya diri sendiri atau orang lain atau suatu korporasi yang dapat merugikan keuangan negara atau perekonomian negara, dipidana penjara dengan penjara seumur hidup atau pidana penjara paling singkat 4 (empat) tahun dan paling lama 20 (dua puluh) tahun dan denda paling sedikit Rp. 200.000.000,00 (dua ratus juta rupiah) dan paling banyak Rp. 1.000.000.000,00 (satu milyar rupiah).
(2) Dalam hal tindak pidana korupsi sebagaimana dimaksud dalam ayat (1) dilakukan dalam keadaan tertentu, pidana mati dapat dijatuhkan.
Pasal 3
Setiap orang yang dengan tujuan menguntungkan diri sendiri atau orang lain atau suatu korporasi, menyalahgunakan kewenangan, kesempatan atau sarana yang ada padanya karena jabatan atau kedudukan yang dapat merugikan keuangan negara atau perekonomian negara, dipidana dengan pidana penjara seumur hidup atau pidana penjara paling singkat 1 (satu) tahun dan paling lama 20 (dua puluh) tahun dan atau denda paling sedikit Rp. 50.000.000,00 (lima puluh juta rupiah) dan paling banyak Rp. 1.000.000.000,00 (satu milyar rupiah).
Pasal 4
Pengembalian kerugian keuangan negara atau perekonomian negara tidak menghapuskan dipidananya pelaku tindak pidana sebagaimana dimaksud dalam Pasal 2 dan Pasal 3.
""", "16 Agustus 1999")

# UU 1/2023 (KUHP) Pasal 622 ayat (1) (uu/2023/1.md lines 8464-8674), verbatim but for the
# items a.-k. and m.-ab. left out; item l. and ac. as printed, OCR's "UndangUndang" included
PASAL_622 = """BAB XXXVII
KETENTUAN PENUTUP
Pasal 622
(1) Pada saat Undang-Undang ini mulai berlaku, ketentuan
dalam:
a. Undang-Undang Nomor 1 Tahun 1946 tentang
Peraturan Hukum Pidana (Berita Negara Republik
Indonesia II Nomor 9);
l. Pasal 2 ayat (1), Pasal 3, Pasal 5, Pasal 11, dan
Pasal 13 Undang-Undang Nomor 31 Tahun 1999
tentang Pemberantasan Tindak Pidana Korupsi
(kmbaran Negara Republik Indonesia Tahun 1999
Nomor 140, Tambahan Lembaran Negara Republik
Indonesia Nomor 3874) sebagaimana telah diubah
dengan Undang-Undang Nomor 20 Tahun 2001
tentang Perubahan atas Undang-Undang Nomor 31
Tahun 1999 tentang Pemberantasan Tindak Pidana
Korupsi (tembaran Negara Republik Indonesia
Tahun 2O01 Nomor 134, Tambahan Lembaran
Negara Republik Indonesia Nomor 4150);
m. Pasal 8, Pasal 9, dan Pasal 36 sampai dengan
Pasal 40 Undang-Undang Nomor 26 Tahun 2O00
tentang Pengadilan Hak Asasi Manusia (Lembaran
Negara Republik Indonesia Tahun 2O0O Nomor 2O8, Tambahan Iembaran Negara Republik
Indonesia Nomor 4026);
y. Pasal l2O ayat (1) dan Pasal 126 huruf e UndangUndang Nomor 6 Tahun 2O11 tentang
Keimigrasian (kmbaran Negara Republik Indonesia Tahun 2011 Nomor 52, Tambahan
kmbaran Negara Republik Indonesia Nomor 5216); dan
ac. Pasal 37, Pasal 38, Pasal 39, dan Pasal 41 UndangUndang Nomor 13 Tahun 2006 tentang Perlindungan
Saksi dan Korban (Lembaran Negara Republik
Indonesia Tahun 2006 Nomor 64, Tambahan
kmbaran Negara Republik Indonesia Nomor 4635),
dicabut dan dinyatakan tidak berlaku.
Pasal 624
Undang-Undang ini mulai berlaku setelah 3 (tiga) tahun terhitung sejak tanggal diundangkan.
"""
UU_1_2023 = law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", PASAL_622, "2 Januari 2023")


def test_articles_a_closing_provision_lists_are_read_one_by_one(tmp_path):
    (tmp_path / "uu-1-2023.md").write_text(UU_1_2023, encoding="utf-8")
    reg = regsearch.parse_file(tmp_path / "uu-1-2023.md")
    read = [(p.regulation.split(" tentang")[0], p.pasal, p.ayat, p.by)
            for p in reg.revokes_provisions]
    tipikor = "Undang-Undang Nomor 31 Tahun 1999"
    assert read[:5] == [(tipikor, "2", ("1",), "622"), (tipikor, "3", (), "622"),
                        (tipikor, "5", (), "622"), (tipikor, "11", (), "622"),
                        (tipikor, "13", (), "622")]
    # "sampai dengan" is a range; "2O00" is OCR's 2000
    assert [p for r, p, _, _ in read if r.endswith("26 Tahun 2000")] == [
        "8", "9", "36", "37", "38", "39", "40"]
    # "Pasal l2O ayat (1)" (OCR) is read; "Pasal 126 huruf e" is an item, no unit of the index
    assert [(p, a) for r, p, a, _ in read if r.endswith("6 Tahun 2011")] == [("120", ("1",))]
    # the last item, labelled "ac." after "z.", with OCR's "UndangUndang"
    assert [p for r, p, _, _ in read if r.endswith("13 Tahun 2006")] == ["37", "38", "39", "41"]
    # item a. is a whole law, under an introduction that says "ketentuan dalam": not a Pasal
    assert not [p for r, p, _, _ in read if r.endswith("1 Tahun 1946")]


def test_articles_another_law_revoked_by_name_are_shown_revoked(tmp_path):
    index = indexed(tmp_path, {"uu-31-1999.md": UU_31_1999, "uu-1-2023.md": UU_1_2023})
    with regsearch.open_index(index) as idx:
        shown = idx.show("Pasal 3 UU 31/1999")
        assert (shown.standing, shown.replaced_by) == ("revoked", "Pasal 622 UU 1/2023")
        assert shown.to_dict()["standing"] == "revoked"
        assert idx.show("Pasal 622 UU 1/2023").standing == "current"   # the citation opens
        # not named: still in force
        assert idx.show("Pasal 4 UU 31/1999").standing == "current"
        # only ayat (1) of Pasal 2 is named: that ayat is revoked, ayat (2) and the article not
        assert idx.show("Pasal 2 ayat (1) UU 31/1999").standing == "revoked"
        assert idx.show("Pasal 2 ayat (2) UU 31/1999").standing == "current"
        whole = idx.show("Pasal 2 UU 31/1999")
        assert whole.standing == "current"
        assert "ayat (1) of this article revoked by Pasal 622 UU 1/2023" in whole.caution
        hits = idx.search("menyalahgunakan kewenangan merugikan keuangan negara").hits
        pasal_3 = [h for h in hits if h.citation.startswith("Pasal 3 UU 31/1999")]
        assert pasal_3 and (pasal_3[0].standing, pasal_3[0].replaced_by) == (
            "revoked", "Pasal 622 UU 1/2023")
        # the revoked ayat is listed, marked, and sinks below the text in force (Pasal 4)
        memperkaya = idx.search("memperkaya diri sendiri merugikan keuangan negara").hits
        cited = [(h.citation, h.standing) for h in memperkaya]
        assert ("Pasal 2 ayat (1) UU 31/1999", "revoked") in cited
        assert cited.index(("Pasal 2 ayat (1) UU 31/1999", "revoked")) > cited.index(
            ("Pasal 4 UU 31/1999", "current"))


# UU 11/2020 Pasal 42 (uu/2020/11.md line 1287 on): its opening, OCR marks and the year
# "2OOg" included, which no regulation name is read from — verbatim but for its gazette
# ("(Lembaran Negara … Tahun 2oo9 …)", which dates it: tests/test_omnibus.py), left out so
# that the name stays unread; item 1 trimmed to Pasal 3 (1)
UU_11_2020 = law_text(11, 2020, "Cipta Kerja", """Pasal 42
Beberapa ketentuan dalam ^Undang-Undang Nomor ^30 ^Tahun 2OOg tentang Ketenagalistrikan ^diubah ^sebagai berikut:
1. Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:
Pasal 3
(1) Penyediaan tenaga listrik dikuasai oleh negara yan.g penyelenggaraannya dilakukan oleh Pemerintah Pusat dan Pemerintah Daerah berlandaskan prinsip otonomi daerah sesuai dengan norma, standar, prosedur, dan kriteria yang ditetapkan oleh Pemerintah Pusat.
Pasal 43
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
""", "2 November 2020")


def test_a_citation_of_an_article_whose_amended_law_was_not_named_opens(tmp_path):
    with regsearch.open_index(indexed(tmp_path, {"uu-11-2020.md": UU_11_2020})) as idx:
        hit = idx.search("penyediaan tenaga listrik dikuasai negara").hits[0]
        assert hit.citation == "Pasal 3 ayat (1) UNKNOWN ?/0 sebagaimana diubah dengan UU 11/2020"
        assert (hit.amends.ref.type, hit.amends.ref.number, hit.amends.ref.year) == (
            "UNKNOWN", "?", 0)
        assert "Pasal 42 angka 1 UU 11/2020 amends could not be read" in hit.caution
        shown = idx.show(hit.citation)   # every citation printed opens
        assert (shown.pasal, str(shown.cited)) == ("3", hit.citation)
        assert "Penyediaan tenaga listrik dikuasai oleh negara" in shown.text
        assert "could not be read" in shown.caution


def test_a_text_is_cut_off_only_when_its_body_ends_unread(tmp_path):
    # UU 1/2023 of the scale corpus has no closing formula read ("truncated"), but its last
    # article, Pasal 624, puts it in force: the body is whole. Cut before Pasal 624, it is not.
    from regsearch.index import cut_off_after
    body = UU_1_2023[:UU_1_2023.index("Agar setiap orang")]
    (tmp_path / "whole.md").write_text(body, encoding="utf-8")
    (tmp_path / "cut.md").write_text(body[:body.index("Pasal 624")], encoding="utf-8")
    whole, cut = (regsearch.parse_file(tmp_path / name) for name in ("whole.md", "cut.md"))
    assert "truncated" in {a.code for a in whole.anomalies}
    assert cut_off_after(whole) is None
    assert "truncated" in {a.code for a in cut.anomalies}
    assert cut_off_after(cut) == "622"


# --- a law made from a Perppu: "Nomor 44 Prp. Tahun 1960" (session 16) ------------------------

UU_22_2001_PASAL_66 = law_text(22, 2001, "Minyak dan Gas Bumi", (
    "BAB XIV KETENTUAN PENUTUP\nPasal 66\n"
    "(1) Dengan berlakunya Undang-undang ini, dinyatakan tidak berlaku:\n"
    "a. Undang-Undang Nomor 44 Prp. Tahun 1960 tentang Pertambangan Minyak dan Gas Bumi "
    "(Lembaran Negara Tahun 1960 Nomor 133, Tambahan Lembaran Negara Nomor 2070);\n"
    "b. Undang-Undang Nomor 15 Tahun 1962 tentang Penetapan Peraturan Pemerintah Pengganti "
    "Undang-Undang Nomor 2 Tahun 1962 tentang Kewajiban Perusahaan Minyak Memenuhi Kebutuhan "
    "Dalam Negeri (Lembaran Negara Tahun 1962 Nomor 80, Tambahan Lembaran Negara Nomor 2505);\n"
), "23 November 2001")


def test_a_law_numbered_with_prp_is_revoked_by_its_number_and_year(tmp_path):
    """UU 22/2001 Pasal 66 ayat (1) (uu/2001/22.md lines 386-389, verbatim): "a. Undang-Undang
    Nomor 44 Prp. Tahun 1960 tentang Pertambangan Minyak dan Gas Bumi …" was no regulation
    (the "Prp." between number and year): the revocation of UU 44/Prp/1960 was lost. In the
    scale corpus, "Nomor N Prp(s) Tahun YYYY" is printed about 300 times."""
    (tmp_path / "uu-22-2001.md").write_text(UU_22_2001_PASAL_66, encoding="utf-8")
    reg = regsearch.parse_file(tmp_path / "uu-22-2001.md")
    assert revoked_ids(reg.revokes) == ["uu-44/prp-1960", "uu-15-1962"]
    # the regular law of that number and year is another law, not revoked (uu/2014/7.md
    # revokes "Undang-Undang Nomor 2 Prp Tahun 1960 tentang Pergudangan", not UU 2/1960)
    assert revoked_ids(["Undang-Undang Nomor 2 Prp Tahun 1960 tentang Pergudangan"]) == [
        "uu-2/prp-1960"]


# --- a law revoked whole takes with it the articles its amendments reworded ---------------------
# UU 28/2009 Pasal 157 ayat (1) (uu/2009/28.md lines 1023-1024), verbatim
UU_28_2009 = law_text(28, 2009, "Pajak Daerah dan Retribusi Daerah", """Pasal 157
(1) Rancangan Peraturan Daerah provinsi tentang Pajak dan Retribusi yang telah disetujui bersama oleh gubernur dan DPRD provinsi sebelum ditetapkan disampaikan kepada Menteri Dalam Negeri dan Menteri Keuangan paling lambat 3 (tiga) hari kerja terhitung sejak tanggal persetujuan dimaksud.
""", "15 September 2009")
# UU 11/2020 Pasal 114 angka 5 (uu/2020/11.md lines 3354 end, 3368-3370), verbatim but for the
# running head and the quoted article cut after its ayat (1)
UU_11_2020_PASAL_114 = law_text(11, 2020, "Cipta Kerja", """Pasal 114
Beberapa ketentuan dalam Undang-Undang Nomor 28 Tahun 2OO9 tentang Pajak Daerah dan Retribusi Daerah (Lembaran Negara Republik Indonesia Tahun 2OO9 Nomor 130, Tambahan Lembaran Negara Republik Indonesia Nomor 5049) diubah sebagai berikut:
5. Di antara Pasal 157 ayat (5) dan ayat (6) disisipkan 1 (satu) ayat, yakni ayat (5a) sehingga berbunyi sebagai berikut:
Pasal 157
(1) Rancangan Peraturan Daerah provinsi tentang Pajak dan Retribusi yang telah disetujui bersama oleh gubernur dan DPRD provinsi sebelum ditetapkan disampaikan kepada Menteri Dalam Negeri dan Menteri Keuangan paling lambat 3 (tiga) hari kerja terhitung sej ak tanggal persetujuan dimaksud.
Pasal 186
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
""", "2 November 2020")
# UU 1/2022 Pasal 189 ayat (1) huruf b (uu/2022/1.md lines 3782-3800, 3825), verbatim but for
# huruf a, c, d left out
UU_1_2022_PASAL_189 = law_text(1, 2022, "Hubungan Keuangan antara Pemerintah Pusat dan "
                               "Pemerintahan Daerah", """BAB XII
KETENTUAN PENUTUP
Pasal 189
(1) Pada saat Undang-Undang ini mulai berlaku:
b. Undang-Undang Nomor  28 Tahun 2009 tentang
Pajak Daerah dan Retribusi Daerah (Lembaran
Negara  Republik  Indonesia Tahun  2009  Nomor
130, Tambahan Lembaran  Negara  Republik
Indonesia Nomor 5049) sebagaimana telah
beberapa kali  diubah,  terakhir  dengan  Undang-
Undang Nomor 11 Tahun 2020 tentang Cipta
Kerja (Lembaran Negara Republik Indonesia
Tahun  2020  Nomor  245, Tambahan  Lembaran
Negara  Republik Indonesia Nomor 6573);
dicabut dan dinyatakan tidak berlaku.
Pasal 193
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
""", "5 Januari 2022")


def test_a_law_revoked_whole_takes_the_articles_its_amendments_reworded(tmp_path):
    """QA round 4: UU 1/2022 revokes UU 28/2009, yet "Pasal 157 UU 28/2009 sebagaimana diubah
    dengan UU 11/2020" showed as in force and ranked first for Perda questions: the amended
    text is a version of UU 28/2009's article, and goes with it."""
    index = indexed(tmp_path, {"uu-28-2009.md": UU_28_2009, "uu-11-2020.md": UU_11_2020_PASAL_114,
                               "uu-1-2022.md": UU_1_2022_PASAL_189})
    with regsearch.open_index(index) as idx:
        amended = idx.show("Pasal 157 UU 28/2009 sebagaimana diubah dengan UU 11/2020")
        assert (amended.standing, amended.replaced_by) == ("revoked", "UU 1/2022")
        assert idx.show("Pasal 157 UU 28/2009").standing == "revoked"
        hits = idx.search("rancangan peraturan daerah pajak retribusi disampaikan").hits
        assert {(h.citation, h.standing) for h in hits if h.pasal == "157"} == {
            ("Pasal 157 ayat (1) UU 28/2009 sebagaimana diubah dengan UU 11/2020", "revoked"),
            ("Pasal 157 ayat (1) UU 28/2009", "revoked")}
        assert idx.show("Pasal 114 UU 11/2020").standing == "current"   # the amending law lives


# UU 1/2023 Pasal 622 ayat (1) huruf r (uu/2023/1.md lines 8582-8596), verbatim
ITEM_R = """r. Pasal 27 ayat (1), Pasal 27 ayat (3), Pasal 2a ayat(21,
Pasal 30, Pasal 31 ayat (1), Pasal 31 ayat (21,
Pasal 36, Pasal 45 ayat (1), Pasal 45 ayat (3),
Pasal 45A ayat (21, Pasal 46, Pasal 47, dan Pasal 51
ayat (2) Undang-Undang Nomor 11 Tahun 2008
tentang Informasi dan Transaksi Elektronik
(Lembaran Negara Republik Indonesia Tahun 2OO8
Nomor 58, Tambahan lrmbaran Negara Republik
Indonesia Nomor 4843) sebagaimana telah diubah
dengan Undang-Undang Nomor 19 Tahun 2016
tentang Perubahan atas Undang-Undang Nomor 11
Tahun 2008 tentang Informasi dan Transaksi
Elektronik (Lembaran Negara Republik Indonesia
Tahun 2O16 Nomor 251, Tambahan Lembaran
Negara Republik Indonesia Nomor 5952);
"""


def test_articles_named_for_revocation_that_cannot_be_read_are_noted(tmp_path):
    """QA round 4 N2: KUHP Pasal 622 ayat (1) huruf r names ITE "Pasal 2a ayat(21" (OCR's
    "Pasal 28 ayat (2)"); it was dropped without a word, and Pasal 28 stayed in force. The
    parse alone cannot read the number: it says so (and which numbers fit; the index marks
    the one it holds, tests below) (uu/2023/1.md lines 8582-8596, verbatim)."""
    body = PASAL_622.replace("dicabut dan dinyatakan tidak berlaku.",
                             ITEM_R + "dicabut dan dinyatakan tidak berlaku.")
    (tmp_path / "uu-1-2023.md").write_text(
        law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", body, "2 Januari 2023"),
        encoding="utf-8")
    reg = regsearch.parse_file(tmp_path / "uu-1-2023.md")
    ite = [(p.pasal, p.ayat) for p in reg.revokes_provisions if "11 Tahun 2008" in p.regulation]
    assert ("27", ("3",)) in ite and ("45A", ("2",)) in ite and ("36", ()) in ite
    assert not [p for p, _ in ite if p.startswith("2") and len(p) == 2 and p != "27"]
    unread = [a.message for a in reg.anomalies if a.code == "revocation_unread"]
    assert len(unread) == 1 and "'Pasal 2a Undang-Undang Nomor 11 Tahun 2008" in unread[0]


# UU 1/2023 Pasal 622 ayat (1) items v. and w. (uu/2023/1.md lines 8612-8628), verbatim
ITEMS_V_W = """v. Pasal 192, Pasal 194, dart Pasal 195 Undang-Undang
Nomor 36 Tahun 2009 tentang Kesehatan (l,embaran
Negara Republik Indonesia Tahun 2009 Nomor 144,
Tambahan kmbaran Negara Republik Indonesia
Nomor 5063) sebagaimana telah diubah dengan
Undang-Undang Nomor 11 Tahun 2O2O tentang
Cipta Kerja (Lembaran Negara Republik Indonesia
Tahun 2020 Nomor 245, Tambahan l€mbaran
Negara Republik Indonesia Nomor 6573);
w. Pasal 11 1 sampai dengan Pasal 126 Undang-Undang
Nomor 35 Tahun 2O09 tentang Narkotika (kmbaran
Negara Republik Indonesia Tahun 2009 Nomor 143,
Tambahan Lembaran Negara Republik Indonesia
Tahun 2009 Nomor 5062) sebagaimana telah diubah
dengan Undang-Undang Nomor 11 Tahun 2O20
tentang Cipta Kerja (Lembaran Negara Republik
Indonesia Tahun 2020 Nomor 245, Tambahan
Lembaran Negara Republik Indonesia Nomor 6573);
"""


def _kuhp_with(items: str, tmp_path):
    body = PASAL_622.replace("y. Pasal l2O", items + "y. Pasal l2O")
    (tmp_path / "uu-1-2023.md").write_text(
        law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", body, "2 Januari 2023"),
        encoding="utf-8")
    return regsearch.parse_file(tmp_path / "uu-1-2023.md")


def test_ocr_garbled_glue_and_split_numbers_of_a_revoked_list_are_read(tmp_path):
    """OCR printed "dan" as "dart" between two articles of a list ("Pasal 194, dart Pasal 195")
    and split 111 as "11 1" before "sampai dengan Pasal 126": both items were left unread
    (``revocation_unread``), the Kesehatan and Narkotika articles stayed in force."""
    reg = _kuhp_with(ITEMS_V_W, tmp_path)
    read = {}
    for p in reg.revokes_provisions:
        read.setdefault(p.regulation.split(" tentang")[0], []).append(p.pasal)
    assert read["Undang-Undang Nomor 36 Tahun 2009"] == ["192", "194", "195"]
    assert read["Undang-Undang Nomor 35 Tahun 2009"] == [str(n) for n in range(111, 127)]
    assert not [a for a in reg.anomalies if a.code == "revocation_unread"]


def test_a_split_number_that_does_not_fit_its_list_stays_unread(tmp_path):
    # the same item, its end made 105: "11 1" read as 111 would run backwards
    reg = _kuhp_with(ITEMS_V_W.replace("sampai dengan Pasal 126", "sampai dengan Pasal 105"),
                     tmp_path)
    assert not [p for p in reg.revokes_provisions if "35 Tahun 2009" in p.regulation]
    unread = [a.message for a in reg.anomalies if a.code == "revocation_unread"]
    assert len(unread) == 1 and "Pasal 11 1 sampai dengan Pasal 105" in unread[0]


def test_a_range_of_ayat_revoked_by_name_is_read_ayat_by_ayat(tmp_path):
    """UU 23/2014 Pasal 409 huruf c and d (uu/2014/23.md lines 2676, 2679-2680, verbatim): "Pasal 158 ayat
    (2) sampai dengan ayat (9)" left the whole item unread (``revocation_unread``), Pasal 157
    and 159 of UU 28/2009 with it."""
    (tmp_path / "uu-23-2014.md").write_text(law_text(23, 2014, "Pemerintahan Daerah", (
        "BAB XXVII\nKETENTUAN PENUTUP\nPasal 409\n"
        "Pada saat Undang-Undang ini mulai berlaku:\n"
        "c. Pasal 157, Pasal 158 ayat (2) sampai dengan ayat (9), dan Pasal 159 Undang-Undang "
        "Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah (Lembaran Negara "
        "Republik Indonesia Tahun 2009 Nomor 130, Tambahan Lembaran Negara Republik Indonesia "
        "Nomor 5049); dan\n"
        "d. Pasal 1 angka 4, Pasal 314 sampai dengan Pasal 412, Pasal 418 sampai dengan Pasal "
        "421 Undang-Undang Nomor 17 Tahun 2014 tentang Majelis Permusyawaratan Rakyat, Dewan "
        "Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah "
        "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 182, Tambahan Lembaran Negara "
        "Republik Indonesia Nomor 5568), dicabut dan dinyatakan tidak berlaku.\n"),
        "30 September 2014"), encoding="utf-8")
    reg = regsearch.parse_file(tmp_path / "uu-23-2014.md")
    assert [(p.pasal, p.ayat) for p in reg.revokes_provisions
            if "28 Tahun 2009" in p.regulation] == [
        ("157", ()), ("158", ("2", "3", "4", "5", "6", "7", "8", "9")), ("159", ())]
    assert not [a for a in reg.anomalies if a.code == "revocation_unread"]


# --- ayat revoked by name in an article printed without ayat numbers --------------------------
# UU 11/2008 Pasal 45 (uu/2008/11.md lines 207-210), verbatim
UU_11_2008_PASAL_45 = law_text(11, 2008, "Informasi dan Transaksi Elektronik", (
    'Pasal 45\n(1) Setiap Orang yang memenuhi unsur sebagaimana dimaksud dalam Pasal 27 ayat '
    '(1), ayat (2), ayat (3), atau ayat (4) dipidana dengan pidana penjara paling lama 6 '
    '(enam) tahun dan/atau denda paling banyak Rp1.000.000.000,00 (satu miliar rupiah).\n(2) '
    'Setiap Orang yang memenuhi unsur sebagaimana dimaksud dalam Pasal 28 ayat (1) atau ayat '
    '(2) dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau denda paling '
    'banyak Rp1.000.000.000,00 (satu miliar rupiah).\n(3) Setiap Orang yang memenuhi unsur '
    'sebagaimana dimaksud dalam Pasal 29 dipidana dengan pidana penjara paling lama 12 (dua '
    'belas) tahun dan/atau denda paling banyak Rp2.000.000.000,00 (dua miliar rupiah).\n'
), "21 April 2008")
# UU 19/2016 Pasal I opening, Pasal 45 and Pasal II (uu/2016/19.md lines 13-14, 62-63, 66),
# verbatim: OCR lost the ayat numbers of Pasal 45 ("(1) (21 (3) (4) (5)" glued near its end)
UU_19_2016_PASAL_45 = law_text(19, 2016, "Perubahan atas Undang-Undang Nomor 11 Tahun 2008 "
                               "tentang Informasi dan Transaksi Elektronik", (
    "Pasal I\n"
    'Beberapa ketentuan dalam Undang-Undang Nomor l1 Tahun 2008 tentang Informasi dan '
    'Transaksi Elektronik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58, Tambahan '
    'Lembaran Negara Republik Indonesia Nomor 4843) diubah sebagai berikut:\n'
    "Pasal 45\n"
    'Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau '
    'mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen '
    'Elektronik yang memiliki muatan yang melanggar kesusilaan sebagaimana dimaksud dalam '
    'Pasal 27 ayat (ll dipidana dengan pidana penjara paling lama 6 (enam) tahun dan/atau '
    'denda paling banyak Rp 1.000.000.000,00 (satu miliar rupiah). Setiap Orang yang dengan '
    'sengaja dan tanpa hak mendistribusikan dan/atau mentransmisikan dan/atau membuat dapat '
    'diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan '
    'perjudian sebagaimana dimaLsud dalam Pasal 27 ayat (2) dipidana dengan pidana penjara '
    'paling lama 6 (enam) tahun dan/atau denda paling banyak Rp1.000.000.000,00 (satu miliar '
    'rupiah). Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau '
    'mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen '
    'Elektronik yang memiliki muatan penghinaan dan/atau pencemaran nama baik sebagaimana '
    'dimaksud dalam Pasal 27 ayat (3) dipidana dengan pidana penjara paling lama 4 (empat) '
    'tahun dan/atau denda paling banyak Rp750.000.000,00 (tujuh ratus lima puluh juta '
    'rupiah). Setiap Orang yang dengan sengaja dan tanpa hak mendistribusikan dan/atau '
    'mentransmisikan dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen '
    'Elektronik yang memiliki muatan pemerasan dan/atau pengancaman sebagaimana dimaksud '
    'dalam Pasal 27 ayat (4) dipidana dengan pidana penjara paling lama 6 (enam) tahun '
    'dan/atau denda paling banyak Rp 1.000.000.000,00 (satu miliar rupiah). dan dan (1) (21 '
    '(3) (4) (5) Ketentuan _t2 Ketentuan sebagaimana dimaksud pada ayat (3) merupakan delik '
    'aduan.\n'
    "Pasal II\n"
    "Undang-Undang ini mulai berlaku pada tanggal diundangkan.\n"
), "25 November 2016")


def test_ayat_revoked_in_an_article_printed_without_ayat_numbers_are_data(tmp_path):
    """The KUHP revokes ayat (1) and (3) of ITE Pasal 45 as UU 19/2016 worded it, a text OCR
    left without ayat numbers: a hit on it was "current" with only a caution (prose). The hit
    and ``show`` now say which ayat, by what, that the text cited holds them and that it
    prints no numbers telling them apart (``revoked_ayat``); standing stays current."""
    kuhp = law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana",
                    PASAL_622.replace("y. Pasal l2O", ITEM_R + "y. Pasal l2O"), "2 Januari 2023")
    index = indexed(tmp_path, {"uu-11-2008.md": UU_11_2008_PASAL_45,
                               "uu-19-2016.md": UU_19_2016_PASAL_45, "uu-1-2023.md": kuhp})
    amended = "Pasal 45 UU 11/2008 sebagaimana diubah dengan UU 19/2016"
    expected = {"ayat": ["1", "3"], "by": "Pasal 622 UU 1/2023", "within": True,
                "numbered": False}
    with regsearch.open_index(index) as idx:
        hits = idx.search("muatan penghinaan pencemaran nama baik").hits
        hit = next(h for h in hits if h.citation == amended)
        assert (hit.standing, hit.ayat) == ("current", None)
        assert hit.to_dict()["revoked_ayat"] == expected
        assert "ayat (1) and (3) of this article revoked by Pasal 622 UU 1/2023" in hit.caution
        shown = idx.show(amended)
        assert shown.standing == "current" and shown.to_dict()["revoked_ayat"] == expected
        assert shown.revoked_ayat == hit.revoked_ayat
        # the 2008 wording (numbered ayat) is superseded, whatever ayat were revoked since
        assert idx.show("Pasal 45 ayat (2) UU 11/2008").standing == "superseded"
        # an article no law revoked any ayat of says so with null
        assert idx.show("Pasal 622 UU 1/2023").to_dict()["revoked_ayat"] is None


def test_the_text_output_says_a_text_holding_revoked_ayat_is_in_force_only_in_part(tmp_path):
    from click.testing import CliRunner

    from regsearch.cli import main
    kuhp = law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana",
                    PASAL_622.replace("y. Pasal l2O", ITEM_R + "y. Pasal l2O"), "2 Januari 2023")
    index = indexed(tmp_path, {"uu-19-2016.md": UU_19_2016_PASAL_45, "uu-1-2023.md": kuhp})
    shown = CliRunner().invoke(main, ["show", "Pasal 45 UU 11/2008 sebagaimana diubah dengan "
                                      "UU 19/2016", "--index", str(index)]).output
    assert ("In force in part: ayat (1) and (3) revoked by Pasal 622 UU 1/2023 (this text "
            "prints no ayat numbers: the words shown may be in them)") in shown
    assert "Caution: ayat (1) and (3)" not in shown   # said once
    found = CliRunner().invoke(main, ["query", "muatan perjudian", "--index", str(index)]).output
    assert "In force in part: ayat (1) and (3) revoked by Pasal 622 UU 1/2023" in found


def test_an_ayat_in_force_beside_a_revoked_one_is_told_apart(tmp_path):
    """Pasal 2 UU 31/1999 prints its ayat numbers: ayat (2) cited is not revoked (``within``
    false), the whole article holds the revoked ayat (1)."""
    index = indexed(tmp_path, {"uu-31-1999.md": UU_31_1999, "uu-1-2023.md": UU_1_2023})
    with regsearch.open_index(index) as idx:
        other = idx.show("Pasal 2 ayat (2) UU 31/1999").revoked_ayat
        assert (other.ayat, other.within, other.numbered) == (("1",), False, True)
        whole = idx.show("Pasal 2 UU 31/1999").revoked_ayat
        assert (whole.ayat, whole.by, whole.within, whole.numbered) == (
            ("1",), "Pasal 622 UU 1/2023", True, True)
        assert idx.show("Pasal 3 UU 31/1999").revoked_ayat is None   # revoked whole



# --- an article revoked by a number OCR printed with a letter -----------------------------------
# UU 11/2008 Pasal 28 and 29 (uu/2008/11.md lines 142-146), verbatim
ITE_PASAL_28 = 'Pasal 28\n(1) Setiap Orang dengan sengaja dan tanpa hak menyebarkan berita bohong dan menyesatkan yang mengakibatkan kerugian konsumen dalam Transaksi Elektronik.\n(2) Setiap Orang dengan sengaja dan tanpa hak menyebarkan informasi yang ditujukan untuk menimbulkan rasa kebencian atau permusuhan individu dan/atau kelompok masyarakat tertentu berdasarkan atas suku, agama, ras, dan antargolongan (SARA).\n'
ITE_PASAL_29 = 'Pasal 29\nSetiap Orang dengan sengaja dan tanpa hak mengirimkan Informasi Elektronik dan/atau Dokumen Elektronik yang berisi ancaman kekerasan atau menakut-nakuti yang ditujukan secara pribadi.\n'


def _kuhp_item_r() -> str:
    return law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana",
                    PASAL_622.replace("y. Pasal l2O", ITEM_R + "y. Pasal l2O"), "2 Januari 2023")


def test_an_article_ocr_numbered_with_a_letter_is_revoked_when_one_article_fits(tmp_path):
    """KUHP Pasal 622 ayat (1) huruf r names ITE "Pasal 2a ayat(21" between Pasal 27 and
    Pasal 30: Pasal 28 or 29 by the list's order, and of the two only Pasal 28 has an ayat (2)
    (Pasal 29 prints none). It stayed in force (QA round 4 N2); the index now marks Pasal 28
    ayat (2) revoked, and Pasal 28 ayat (1) and Pasal 29 not."""
    ite = law_text(11, 2008, "Informasi dan Transaksi Elektronik", ITE_PASAL_28 + ITE_PASAL_29,
                   "21 April 2008")
    index = indexed(tmp_path, {"uu-11-2008.md": ite, "uu-1-2023.md": _kuhp_item_r()})
    with regsearch.open_index(index) as idx:
        shown = idx.show("Pasal 28 ayat (2) UU 11/2008")
        assert (shown.standing, shown.replaced_by) == ("revoked", "Pasal 622 UU 1/2023")
        assert idx.show("Pasal 28 ayat (1) UU 11/2008").standing == "current"
        assert idx.show("Pasal 28 UU 11/2008").revoked_ayat.ayat == ("2",)
        assert idx.show("Pasal 29 UU 11/2008").standing == "current"
        hits = idx.search("kebencian permusuhan suku agama ras antargolongan").hits
        assert [(h.citation, h.standing) for h in hits][0] == (
            "Pasal 28 ayat (2) UU 11/2008", "revoked")


def test_no_article_is_revoked_when_none_fits(tmp_path):
    # without Pasal 28 in the index, Pasal 29 (no ayat (2)) is not taken for it
    ite = law_text(11, 2008, "Informasi dan Transaksi Elektronik", ITE_PASAL_29, "21 April 2008")
    index = indexed(tmp_path, {"uu-11-2008.md": ite, "uu-1-2023.md": _kuhp_item_r()})
    with regsearch.open_index(index) as idx:
        assert idx.show("Pasal 29 UU 11/2008").standing == "current"
    # the parse says what it may be
    reg = regsearch.parse_file(tmp_path / "uu-1-2023.md")
    assert [(p.pasal, p.fits, p.ayat) for p in reg.revokes_unsure] == [
        ("2a", ("28", "29"), ("2",))]
    unread = [a.message for a in reg.anomalies if a.code == "revocation_unread"]
    assert len(unread) == 1 and "may be Pasal 28 or 29" in unread[0]
