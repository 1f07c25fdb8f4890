"""Articles applied to a further case by another article of their law ("… berlaku secara
mutatis mutandis terhadap …", "… berlaku juga bagi …"), read as a link from each article
applied (QA round 4, N8).

The texts: UU 12/2011 (corpus/text/uu-12-2011-pembentukan-peraturan-perundang-undangan.txt)
line 295, Pasal 63: "Ketentuan mengenai penyusunan Peraturan Daerah Provinsi sebagaimana
dimaksud dalam Pasal 56 sampai dengan Pasal 62 berlaku secara mutatis mutandis terhadap
penyusunan Peraturan Daerah Kabupaten/Kota."; line 1334 (Lampiran II, an example): "a.
Ketentuan sebagaimana dimaksud dalam Pasal 5 sampai dengan Pasal 12 berlaku juga bagi calon
hakim, kecuali Pasal 7 ayat (1)."; UU 10/2016 (corpus/text/uu-10-2016-…txt) line 231, Pasal
54B as it inserts it into UU 1/2015: "Ketentuan mengenai meninggalnya pasangan calon … sebagaimana
dimaksud dalam Pasal 54 dan Pasal 54A berlaku secara mutatis mutandis terhadap pasangan calon
… dalam Pemilihan 1 (satu) pasangan calon."
"""

from __future__ import annotations

import json

from click.testing import CliRunner

import regsearch

from regsearch import AppliedBy
from regsearch.cli import main
from regsearch.legal import Application, applications, applied_pasal

from .laws import indexed, law_text

PASAL_63 = ("Ketentuan mengenai penyusunan Peraturan Daerah Provinsi sebagaimana dimaksud dalam "
            "Pasal 56 sampai dengan Pasal 62 berlaku secara mutatis mutandis terhadap penyusunan "
            "Peraturan Daerah Kabupaten/Kota.")
KABUPATEN = "penyusunan Peraturan Daerah Kabupaten/Kota"
BY_63 = AppliedBy("Pasal 63 UU 12/2011", KABUPATEN, True)


def test_a_range_applied_mutatis_mutandis_is_read_with_its_case():
    assert applications(PASAL_63, "63") == [Application((("56", "62"),), KABUPATEN, True)]
    applied = applied_pasal(applications(PASAL_63, "63")[0])
    assert applied == ["56", "57", "58", "59", "60", "61", "62"]


def test_a_range_holds_the_articles_inserted_in_it_but_not_those_beside_it():
    one = applications(PASAL_63, "63")[0]
    assert applied_pasal(one, ["55", "56", "58A", "62", "62A", "63"]) == [
        "56", "57", "58", "58A", "59", "60", "61", "62"]


def test_berlaku_juga_bagi_applies_too_and_an_exception_whole_is_left_out():
    # UU 30/2002 Pasal 37 (/tmp/uutexts/uu/2002/30.md line 257), verbatim
    kpk = ("Ketentuan sebagaimana dimaksud dalam Pasal 36 berlaku juga untuk Tim Penasihat dan "
           "pegawai yang bertugas pada Komisi Pemberantasan Korupsi.")
    assert applications(kpk, "37") == [Application(
        (("36", "36"),), "Tim Penasihat dan pegawai yang bertugas pada Komisi Pemberantasan "
        "Korupsi", False)]
    # UU 12/2011 Lampiran II line 1334: an ayat excepted leaves its Pasal applied
    example = ("Ketentuan sebagaimana dimaksud dalam Pasal 5 sampai dengan Pasal 12 berlaku juga "
               "bagi calon hakim, kecuali Pasal 7 ayat (1).")
    assert "7" in applied_pasal(applications(example)[0])
    whole = example.replace("Pasal 7 ayat (1)", "Pasal 7")
    assert applied_pasal(applications(whole)[0]) == ["5", "6", "8", "9", "10", "11", "12"]


def test_the_case_applied_to_ends_with_its_sentence():
    # UU 12/1997 Pasal I, /tmp/uutexts/uu/1997/12.md lines 163-164 (its Pasal 43E, and the
    # next change item, as the article's text holds them), the list of Pasal shortened
    text = ("Ketentuan sebagaimana dimaksud dalam Pasal 3, Pasal 4, Pasal 5, Pasal 46 dan Pasal "
            "47 berlaku pula terhadap pemilik hak sebagaimana dimaksud dalam Pasal 43C.\n14. "
            "Ketentuan Pasal 45 diubah, sehingga Pasal 45 berbunyi sebagai berikut:")
    assert [(a.spans, a.to) for a in applications(text, "43E")] == [(
        (("3", "3"), ("4", "4"), ("5", "5"), ("46", "46"), ("47", "47")),
        "pemilik hak sebagaimana dimaksud dalam Pasal 43C")]


def test_a_case_listed_after_a_colon_is_read_without_it():
    # UU 23/2006 Pasal 35, /tmp/uutexts/uu/2006/23.md lines 217-219, as the article's text
    # holds them: the note read "applied to : a. perkawinan …" (QA round 8)
    text = ("Pencatatan perkawinan sebagaimana dimaksud dalam Pasal 34 berlaku pula bagi: a. "
            "perkawinan yang ditetapkan oleh Pengadilan; dan b. perkawinan Warga Negara Asing "
            "yang dilakukan di Indonesia atas permintaan Warga Negara Asing yang bersangkutan.")
    [found] = applications(text, "35")
    assert found.spans == (("34", "34"),)
    assert found.to.startswith("a. perkawinan yang ditetapkan oleh Pengadilan; dan b. ")


def test_what_is_no_application_to_another_case():
    # its own article's ayat (/tmp/uutexts/uu/1997/31.md line 796, UU 31/1997): none
    assert applications("(4) Ketentuan sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat "
                        "(3) berlaku juga bagi Oditur dan Panitera.") == []
    # a treaty's article (/tmp/uutexts/uu/2009/21.md line 297, UU 21/2009 Pasal 32)
    assert applications("Pasal 297 ayat (3), dari Konvensi berlaku juga untuk Persetujuan "
                        "ini", "32") == []
    # a plain "berlaku bagi" says whom the rule binds (/tmp/uutexts/uu/1953/7.md line 264)
    assert applications("(2) Ketentuan-ketentuan dalam Pasal 68, 69 ayat 3 dan 71 berlaku bagi "
                        "Ketua panitia tersebut.") == []
    # the Pasal named after the case is no Pasal applied (/tmp/uutexts/uu/2023/1.md lines
    # 6642-6644, KUHP Pasal 484, its lines joined): only Pasal 481
    kuhp = ("Ketentuan sebagaimana dimaksud dalam Pasal 481 berlaku juga bagi Tindak Pidana "
            "sebagaimana dimaksud dalam Pasal 482 dan Pasal 483.")
    assert [one.spans for one in applications(kuhp, "484")] == [(("481", "481"),)]


def test_each_article_of_the_range_is_shown_applied_and_none_beside_it(opened_index):
    for pasal in ("56", "60", "62"):
        assert opened_index.show(f"UU 12/2011 Pasal {pasal}").applied_by == (BY_63,)
    for pasal in ("55", "63", "64"):
        assert opened_index.show(f"UU 12/2011 Pasal {pasal}").applied_by == ()


def test_the_provinsi_hit_of_a_kabupaten_question_names_the_applying_article(opened_index):
    hits = opened_index.search("naskah akademik raperda kabupaten", limit=5).hits
    provinsi = [h for h in hits if h.regulation.id == "uu-12-2011" and h.pasal in {"56", "57"}]
    assert provinsi and all(h.applied_by == (BY_63,) for h in provinsi)
    assert str(BY_63) == ("applied mutatis mutandis to penyusunan Peraturan Daerah "
                          "Kabupaten/Kota by Pasal 63 UU 12/2011")


def test_an_article_applied_by_an_amendment_is_linked_to_its_text_in_force(opened_index):
    """UU 10/2016 inserts Pasal 54B into UU 1/2015; the Pasal 54 it applies is UU 1/2015's,
    in every version (its identity spans the amendment chain)."""
    by_54b = AppliedBy("Pasal 54B UU 1/2015 sebagaimana diubah dengan UU 10/2016",
                       "pasangan calon atau salah satu calon dari pasangan calon dalam "
                       "Pemilihan 1 (satu) pasangan calon", True)
    assert opened_index.show("UU 1/2015 Pasal 54").applied_by == (by_54b,)
    assert opened_index.show("UU 10/2016 Pasal 54A").applied_by == (by_54b,)
    assert opened_index.show("UU 10/2016 Pasal 54C").applied_by == ()


def test_show_and_query_print_the_link_and_json_carries_it(corpus_index):
    runner = CliRunner()
    shown = runner.invoke(main, ["show", "UU 12/2011 Pasal 79", "--index", str(corpus_index)])
    assert shown.exit_code == 0, shown.output
    assert ("Linked: applied mutatis mutandis to penetapan Peraturan Daerah Kabupaten/Kota by "
            "Pasal 80 UU 12/2011") in shown.output
    found = runner.invoke(main, ["query", "naskah akademik raperda kabupaten", "-n", "5",
                                 "--index", str(corpus_index)])
    assert f"   Linked: {BY_63}" in found.output
    data = json.loads(runner.invoke(main, ["query", "naskah akademik raperda kabupaten", "-n",
                                           "5", "--index", str(corpus_index), "--json"]).stdout)
    applied = [h["applied_by"] for h in data["hits"] if h["pasal"] in {"56", "57"}]
    assert applied and all(a == [{"citation": "Pasal 63 UU 12/2011", "to": KABUPATEN,
                                  "mutatis_mutandis": True}] for a in applied)
    # UU 12/2011 applies Pasal 24-29 (Pasal 31), 32-38 (40), 56-62 (63), 75-76 (77), 78-79 (80)
    applied_12_2011 = {str(n) for n in [*range(24, 30), *range(32, 39), *range(56, 63),
                                        75, 76, 78, 79]}
    assert all(bool(h["applied_by"]) == (h["pasal"] in applied_12_2011) for h in data["hits"]
               if h["regulation"]["id"] == "uu-12-2011")
    assert any(h["pasal"] not in applied_12_2011 for h in data["hits"])   # (Pasal 44)
    view = json.loads(runner.invoke(main, ["show", "UU 12/2011 Pasal 63", "--index",
                                           str(corpus_index), "--json"]).stdout)
    assert view["applied_by"] == []


def _ranked(index, query: str, limit: int = 10) -> list[tuple[str, str | None]]:
    """Each hit as "Pasal 57 UU 12/2011" (its ayat left out) and why it is linked."""
    return [(f"Pasal {h.pasal} {h.regulation.type} {h.regulation.number}/{h.regulation.year}",
             h.linked) for h in index.search(query, limit=limit).hits]


def test_a_question_naming_the_other_case_ranks_the_applying_article_next(opened_index):
    """Before the lift Pasal 63 ranked 29th for the first question, below the Provinsi
    articles it applies; Pasal 80 ranked 2nd for the second by its own words ("bupati"),
    and said why it was there; it now ranks 1st (below)."""
    ranked = _ranked(opened_index, "naskah akademik raperda kabupaten")
    first = next(i for i, (cited, _) in enumerate(ranked)
                 if cited in {"Pasal 56 UU 12/2011", "Pasal 57 UU 12/2011"})
    assert ranked[first + 1] == ("Pasal 63 UU 12/2011", "applies Pasal 57 UU 12/2011 mutatis "
                                 f"mutandis to {KABUPATEN}")
    # Session 19: "kabupaten" also finds the "Kabupaten/Kota" Pasal 80 writes (tests/
    # test_word_pairs.py), so Pasal 80 ranks first by its own words, the Provinsi article it
    # applies next.
    ranked = _ranked(opened_index, "penetapan raperda kabupaten oleh bupati")
    assert [cited for cited, _ in ranked[:2]] == ["Pasal 80 UU 12/2011", "Pasal 79 UU 12/2011"]


def test_a_question_about_the_case_applied_itself_lifts_nothing(opened_index):
    """"raperda provinsi": the Provinsi articles are the answer; Pasal 63 adds nothing the
    query asks for (its case's words, "kabupaten/kota", are not typed)."""
    ranked = _ranked(opened_index, "naskah akademik raperda provinsi")
    assert ranked[0][0] == "Pasal 57 UU 12/2011"
    assert not any(linked and linked.startswith("applies") for _, linked in ranked)


#: UU 40/2007 (Perseroan Terbatas), uu/2007/40.md lines 531-549, verbatim: Pasal 86 to 88.
#: Pasal 88 ayat (4) applies "Pasal 86 ayat (5), ayat (6), ayat (7), ayat (8), dan ayat (9)"
#: mutatis mutandis: the quorum of a third RUPS, not what Pasal 86 ayat (1)-(4) say.
PT_86_88 = law_text(40, 2007, "Perseroan Terbatas", """Pasal 86
(1) RUPS dapat dilangsungkan jika dalam RUPS lebih dari 1/2 (satu perdua) bagian dari jumlah seluruh saham dengan hak suara hadir atau diwakili, kecuali Undang- Undang dan/atau anggaran dasar menentukan jumlah kuorum yang lebih besar.
(2) Dalam hal kuorum sebagaimana dimaksud pada ayat (1) tidak tercapai, dapat diadakan pemanggilan RUPS kedua.
(3) Dalam pemanggilan RUPS kedua harus disebutkan bahwa RUPS pertama telah dilangsungkan dan tidak mencapai kuorum.
(4) RUPS kedua sebagaimana dimaksud pada ayat (2) sah dan berhak mengambil keputusan jika dalam RUPS paling sedikit 1/3 (satu pertiga) bagian dari jumlah seluruh saham dengan hak suara hadir atau diwakili, kecuali anggaran dasar menentukan jumlah kuorum yang lebih besar.
(5) Dalam hal kuorum RUPS kedua sebagaimana dimaksud pada ayat (4) tidak tercapai, Perseroan dapat memohon kepada ketua pengadilan negeri yang daerah hukumnya meliputi tempat kedudukan Perseroan atas permohonan Perseroan agar ditetapkan kuorum untuk RUPS ketiga.
(6) Pemanggilan RUPS ketiga harus menyebutkan bahwa RUPS kedua telah dilangsungkan dan tidak mencapai kuorum dan RUPS ketiga akan dilangsungkan dengan kuorum yang telah ditetapkan oleh ketua pengadilan negeri.
(7) Penetapan ketua pengadilan negeri mengenai kuorum RUPS sebagaimana dimaksud pada ayat (5) bersifat final dan mempunyai kekuatan hukum tetap .
(8) Pemanggilan RUPS kedua dan ketiga dilakukan dalam jangka waktu paling lambat 7 (tujuh) hari sebelum RUPS kedua atau ketiga dilangsungkan.
(9) RUPS kedua dan ketiga dilangsungkan dalam jangka waktu paling cepat 10 (sepuluh) hari dan paling lambat 21 (dua puluh satu) hari setelah RUPS yang mendahuluinya dilangsungkan.
Pasal 87
(1) Keputusan RUPS diambil berdasarkan musyawarah untuk mufakat.
(2) Dalam hal keputusan berdasarkan musyawarah untuk mufakat sebagaimana dimaksud pada ayat (1) tidak tercapai, keputusan adalah sah jika disetujui lebih dari 1/2 (satu perdua) bagian dari jumlah suara yang dikeluarkan kecuali Undang-Undang dan/atau anggaran dasar menentukan bahwa keputusan adalah sah jika disetujui oleh jumlah suara setuju yang lebih besar.
Pasal 88
(1) RUPS untuk mengubah anggaran dasar dapat dilangsungkan jika dalam rapat paling sedikit 2/3 (dua pertiga) bagian dari jumlah seluruh saham dengan hak suara hadir atau diwakili dalam RUPS dan keputusan adalah sah jika disetujui paling sedikit 2/3 (dua pertiga) bagian dari jumlah suara yang dikeluarkan, kecuali anggaran dasar menentukan kuorum kehadiran dan/atau ketentuan tentang pengambilan keputusan RUPS yang lebih besar.
(2) Dalam hal kuorum kehadiran sebagaimana dimaksud pada ayat (1) tidak tercapai, dapat diselenggarakan RUPS kedua.
(3) RUPS kedua sebagaimana dimaksud pada ayat (2) sah dan berhak mengambil keputusan jika dalam rapat paling sedikit 3/5 (tiga perlima) bagian dari jumlah seluruh saham dengan hak suara hadir atau diwakili dalam RUPS dan keputusan adalah sah jika disetujui paling sedikit 2/3 (dua pertiga) bagian dari jumlah suara yang dikeluarkan, kecuali anggaran dasar menentukan kuorum kehadiran dan/atau ketentuan tentang pengambilan keputusan RUPS yang lebih besar.
(4) Ketentuan sebagaimana dimaksud dalam Pasal 86 ayat (5), ayat (6), ayat (7), ayat (8), dan ayat (9) mutatis mutandis berlaku bagi RUPS sebagaimana dimaksud pada ayat (1).
(5) Ketentuan sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat (3) mengenai kuorum kehadiran dan ketentuan tentang persyaratan pengambilan keputusan RUPS berlaku juga bagi Perseroan Terbuka sepanjang tidak diatur lain dalam peraturan perundang-undangan di bidang pasar modal.
""", "16 Agustus 2007")


def test_the_ayat_named_of_a_pasal_applied_are_all_it_applies(tmp_path):
    """qa6 #7: Pasal 86 ayat (2) (a second RUPS) was shown "applied mutatis mutandis … by
    Pasal 88 ayat (4) UU 40/2007", which applies Pasal 86 ayat (5) to (9) only."""
    rule = applications("Ketentuan sebagaimana dimaksud dalam Pasal 86 ayat (5), ayat (6), "
                        "ayat (7), ayat (8), dan ayat (9) mutatis mutandis berlaku bagi RUPS "
                        "sebagaimana dimaksud pada ayat (1).", "88")
    assert rule[0].ayat == (("86", ("5", "6", "7", "8", "9")),)
    assert applications("Ketentuan Pasal 86 ayat (5) sampai dengan ayat (9) dan Pasal 87 "
                        "berlaku juga bagi RUPS.", "88")[0].ayat == (
        ("86", ("5", "6", "7", "8", "9")),)
    with regsearch.open_index(indexed(tmp_path, {"uu-40-2007.md": PT_86_88})) as idx:
        second = idx.search("pemanggilan RUPS kedua kuorum tidak tercapai").hits
        by_ayat = {hit.ayat: hit.applied_by for hit in second if hit.pasal == "86"}
        assert by_ayat.get("2") == (), by_ayat
        third = idx.search("kuorum RUPS ketiga ditetapkan ketua pengadilan negeri").hits[0]
        assert third.pasal == "86" and third.ayat in {"5", "6", "7", "8", "9"}
        assert [str(a) for a in third.applied_by] == [
            "applied mutatis mutandis to RUPS sebagaimana dimaksud pada ayat (1) by Pasal 88 "
            "ayat (4) UU 40/2007"]
        assert idx.show("Pasal 86 ayat (2) UU 40/2007").applied_by == ()
        assert len(idx.show("Pasal 86 UU 40/2007").applied_by) == 1   # the article whole
