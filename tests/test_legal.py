"""Citations and regulation types (DESIGN §3, §4): regsearch.legal and regsearch.citations."""

import pytest

from regsearch.errors import QueryError
from regsearch.citations import looks_like_citation, parse_citation
from regsearch.legal import (format_citation, normalize_type, parse_regulation_ref,
                             penjelasan_parts)
from regsearch.models import Amends, RegulationRef


@pytest.mark.parametrize("text, expected", [
    ("UU 10/2016 Pasal 7", ("UU", "10", 2016, "7", None, None)),
    ("Pasal 7 UU Nomor 10 Tahun 2016", ("UU", "10", 2016, "7", None, None)),
    ("Pasal 7 ayat (2) huruf s UU 10/2016", ("UU", "10", 2016, "7", "2", "s")),
    ("POJK 7/2014 Pasal 3", ("POJK", "7", 2014, "3", None, None)),
    ("POJK 7/POJK.05/2014 Pasal 3", ("POJK", "7", 2014, "3", None, None)),
    ("PERBA 4/2024 Pasal 5", ("PERBA", "4", 2024, "5", None, None)),
    ("Undang-Undang Nomor 13 Tahun 2003 Pasal 156", ("UU", "13", 2003, "156", None, None)),
    ("Pasal 5A Peraturan Pemerintah Nomor 43 Tahun 2006", ("PP", "43", 2006, "5A", None, None)),
    ("pkpu 3/2022 pasal 12", ("PKPU", "3", 2022, "12", None, None)),
    ("UU No. 10 Th. 2016 Pasal 7", ("UU", "10", 2016, "7", None, None)),
    ("Pasal 7 UU Nomor 10 Thn 2016", ("UU", "10", 2016, "7", None, None)),
    ("PERKA BAPETEN 3/2012 Pasal 4", ("PERKA", "3", 2012, "4", None, None)),
    ("Pasal 2 Pergub Bali 1/2021", ("PERGUB", "1", 2021, "2", None, None)),
    ("Pasal 5 Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 7 Tahun 2017",
     ("PERKA", "7", 2017, "5", None, None)),
    ("Pasal 3 pp dan perda 5/2010", ("PERDA", "5", 2010, "3", None, None)),
    # typed in a hurry: the year after a space (QA: "names no regulation the index holds")
    ("pasal 156 uu 13 2003", ("UU", "13", 2003, "156", None, None)),
    ("pergub 1 2021 pasal 3", ("PERGUB", "1", 2021, "3", None, None)),
    # a minister's regulation with the ministry run in (it was searched as words)
    ("Permendagri 80/2015 Pasal 1", ("PERMEN", "80", 2015, "1", None, None)),
    ("Pasal 5 Permenaker Nomor 5 Tahun 2021", ("PERMEN", "5", 2021, "5", None, None)),
])
def test_parse_citation_forms(text, expected):
    cite = parse_citation(text)
    assert (cite.ref.type, cite.ref.number, cite.ref.year, cite.pasal, cite.ayat,
            cite.huruf) == expected


@pytest.mark.parametrize("text, issuer", [
    ("PERKA BAPETEN 3/2012 Pasal 4", "BAPETEN"),
    ("Pasal 5 Peraturan Kepala Badan Pengawas Tenaga Nuklir Nomor 7 Tahun 2017", "BAPETEN"),
    ("Pasal 2 Pergub Bali 1/2021", "Bali"),
    ("pergub 1 2021 pasal 3", ""),                             # none typed
    ("Permendagri 80/2015 Pasal 1", "Dalam Negeri"),           # the ministry run in
    ("Pasal 5 Permenaker Nomor 5 Tahun 2021", "Ketenagakerjaan"),
    ("Pasal 5 Permen Naker Nomor 5 Tahun 2021", "Ketenagakerjaan"),   # the ministry apart
    ("Permen Dagri 80/2015 Pasal 1", "Dalam Negeri"),
    ("Kemendagri 80/2015 Pasal 1", "Dalam Negeri"),                  # the ministry's own name
    ("Pasal 3 Permenakertrans Nomor 19 Tahun 2012", "Tenaga Kerja dan Transmigrasi"),
    ("UU RI 13/2003 Pasal 156", ""),                           # a type one body issues
    ("Peraturan BAPETEN Nomor 4 Tahun 2020 Pasal 2", "BAPETEN"),  # a Peraturan Badan
    ("Pasal 2 Peraturan Badan Pengawas Obat dan Makanan Nomor 1 Tahun 2020", "BPOM"),
])
def test_a_citation_reads_the_issuer_typed(text, issuer):
    assert parse_citation(text).ref.issuer == issuer


def test_unreadable_citation_is_a_query_error_with_an_example():
    with pytest.raises(QueryError, match="UU 10/2016 Pasal 7"):
        parse_citation("pengunduran diri")


def test_citation_detection():
    assert looks_like_citation("UU 10/2016 Pasal 7")
    assert not looks_like_citation("pengunduran diri")
    assert not looks_like_citation("UU 10/2016")


@pytest.mark.parametrize("name, code", [
    ("Peraturan Pemerintah Pengganti Undang-Undang", "PERPPU"),
    ("Peraturan Pemerintah", "PP"),
    ("PERATURAN KEPALA BADAN PENGAWAS TENAGA NUKLIR", "PERKA"),
    ("Peraturan Otoritas Jasa Keuangan", "POJK"),
    ("Peraturan Gubernur Bali", "PERGUB"),
    ("Perpu", "PERPPU"),
    ("uu", "UU"),
])
def test_type_names_map_to_codes(name, code):
    assert normalize_type(name) == code


def test_format_citation_of_an_amended_article():
    amends = Amends(RegulationRef("UU", "1", 2015), "7", "Pasal I angka 1")
    text = format_citation(RegulationRef("UU", "10", 2016), "7", ayat="2", items=("s",),
                           amends=amends)
    assert text == "Pasal 7 ayat (2) huruf s UU 1/2015 sebagaimana diubah dengan UU 10/2016"


def test_format_citation_prints_numbers_as_angka():
    text = format_citation(RegulationRef("UU", "13", 2003), "156", ayat="2", items=("b", "1"))
    assert text == "Pasal 156 ayat (2) huruf b angka 1 UU 13/2003"


def test_internal_references_skip_other_regulations_and_self():
    from regsearch.legal import internal_references

    text = ("Setiap pekerja/buruh yang menggunakan hak waktu istirahat sebagaimana dimaksud "
            "dalam Pasal 79 ayat (2) huruf b, c, dan d, Pasal 80, dan Pasal 82 berhak")
    assert internal_references(text) == ["79", "80", "82"]
    other = "berdasarkan Pasal 5 ayat (1) Undang-Undang Dasar dan Pasal 7 Undang-Undang ini; Pasal 9"
    assert internal_references(other, own_pasal="9") == ["7"]


def test_a_list_of_pasal_followed_by_another_laws_name_is_all_that_laws():
    """UU 1/2023 Pasal 622 ayat (1) huruf l as read (tests/fixtures/uu-1-2023-kuhp-pasal-86-
    88-621-624.md lines 124-126, OCR kept): only Pasal 13 stands before the name of UU
    31/1999, but the list is all of it; the KUHP's own Pasal 2, 3, 5, 11 were linked as
    referred to by it (QA round 11: "korupsi dalam KUHP baru" listed KUHP Pasal 1-3)."""
    from regsearch.legal import internal_references

    text = ("Pasal 2 ayat (1), Pasal 3, Pasal 5, Pasal 11, dan\nPasal 13 Undang-Undang Nomor 31 "
            "Tahun 1999\ntentang Pemberantasan Tindak Pidana Korupsi")
    assert internal_references(text) == []
    assert internal_references("Pasal 82 ayat (2) dan Pasal 83 Undang-Undang ini") == ["82", "83"]
    # a list that ends before another law is named stays this law's
    assert internal_references("Pasal 5 dan Pasal 6; Pasal 7 Undang-Undang Nomor 2 Tahun 2000") \
        == ["5", "6"]
    # the same Pasal 622, uu/2023/1.md lines 8630 and 8699 (OCR kept): a law's name glued
    # ("UndangUndang"), and the old article a reference to which is now to this law's
    assert internal_references("x. Pasal 2 ayat(ll, Pasal 3, Pasal 4, dan Pasal 5 UndangUndang "
                               "Nomor 8 Tahun 2010 tentang Pencegahan") == ["2"]   # "(ll,": OCR
    assert internal_references("b. Pasal 3 pengacuannya diganti dengan Pasal 604;") == ["604"]
    # a list naming the regulation it is in, by a name of several words, is its own (the
    # sanction clause of a POJK in the form its drafters use; QA round 12)
    assert internal_references("Pelanggaran terhadap Pasal 8, Pasal 9, dan Pasal 10 Peraturan "
                               "Otoritas Jasa Keuangan ini dikenakan sanksi administratif") \
        == ["8", "9", "10"]
    assert internal_references("Pasal 5 Undang-Undang Dasar dan Pasal 7 Undang-Undang ini") == ["7"]
    # and one naming the law the article belongs to: UU 20/2001 inserts Pasal 38 B into UU
    # 31/1999 (uu/2001/20.md line 73, verbatim)
    from regsearch.models import RegulationRef
    inserted = ("Setiap orang yang didakwa melakukan salah satu tindak pidana korupsi sebagaimana "
                "dimaksud dalam Pasal 2, Pasal 3, Pasal 4, Pasal 13, Pasal 14, Pasal 15, dan "
                "Pasal 16 Undang-undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana "
                "Korupsi dan Pasal 5 sampai dengan Pasal 12 Undang-undang ini, wajib membuktikan")
    assert internal_references(inserted, "38B", RegulationRef("UU", "31", 1999)) == [
        "2", "3", "4", "13", "14", "15", "16", "5", "12"]
    assert internal_references(inserted, "38B", RegulationRef("UU", "20", 2001)) == ["5", "12"]
    # a range in the list (lines 8538-8539)
    assert internal_references("m. Pasal 8, Pasal 9, dan Pasal 36 sampai dengan\nPasal 40 "
                               "Undang-Undang Nomor 26 Tahun 2O00") == []


def test_internal_references_skip_the_pasal_a_text_says_do_not_apply():
    from regsearch.legal import internal_references

    # UU 1/2023 Pasal 411 ayat (3) and 412 ayat (3) as read (uu-texts uu/2023/1.md, OCR kept):
    # the complaint rules of Pasal 25, 26 and 30 are excluded, not referred to (QA round 8 M1)
    for text in ("Terhadap pengaduan sebagaimana dimaksud pada ayal l2l tidak berlaku ketentuan "
                 "sebagaimana dimaksud dalam Pasal 25, Pasal 26, dan Pasal 30.",
                 "Terhadap pengaduan sebagaimana dimaksud pada ayat(2)tidak berlaku ketentuan "
                 "Pasal 25, Pasal 26, dan Pasal 30."):
        assert internal_references(text) == []
    # UU 6/1989 (uu-texts uu/1989/6.md line 227), then a constructed sentence: the exclusion
    # ends with its sentence, and a reference after it counts again
    text = ("Terhadap permintaan paten yang tidak diumumkan, tidak berlaku ketentuan sebagaimana "
            "dimaksud dalam Pasal 48 dan Pasal 49. Permintaan sebagaimana dimaksud dalam Pasal 47")
    assert internal_references(text) == ["47"]


def test_ayat_referred_reads_the_ayat_a_reference_names():
    from regsearch.legal import ayat_referred

    # UU 13/2003 Pasal 185 ayat (1), verbatim
    text = ("Barang siapa melanggar ketentuan sebagaimana dimaksud dalam Pasal 42 ayat (1) dan "
            "ayat (2), Pasal 68, Pasal 69 ayat (2), Pasal 80, Pasal 82, Pasal 90 ayat (1), "
            "Pasal 143, dan Pasal 160 ayat (4) dan ayat (7), dikenakan sanksi pidana penjara")
    assert ayat_referred(text, "42") == {"1", "2"}
    assert ayat_referred(text, "160") == {"4", "7"}
    assert ayat_referred(text, "90") == {"1"}
    assert ayat_referred(text, "68") is None      # the whole Pasal
    assert ayat_referred(text, "99") is None      # not referred to
    assert ayat_referred("Pasal 69 huruf a, huruf b", "69") is None   # by huruf only
    other = "Pasal 5 ayat (1) Undang-Undang Dasar dan Pasal 5 ayat (3) Undang-Undang ini"
    assert ayat_referred(other, "5") == {"3"}
    # a range gives each ayat, as an article's own references already did (UU 40/2007 Pasal
    # 88 ayat (4) writes them one by one; "sampai dengan" was read as its first ayat alone)
    ranged = "sebagaimana dimaksud dalam Pasal 86 ayat (5) sampai dengan ayat (9) berlaku"
    assert ayat_referred(ranged, "86") == {"5", "6", "7", "8", "9"}
    assert ayat_referred("dalam Pasal 86 ayat (5) sampai dengan Pasal 90", "86") == {"5"}


def test_huruf_referred_reads_the_huruf_a_reference_names():
    from regsearch.legal import huruf_referred

    # UU 1/2015 (Lampiran) Pasal 187 ayat (2) and Pasal 72 ayat (1) and (2), verbatim
    ayat_2 = ("Setiap orang yang dengan sengaja melanggar ketentuan larangan pelaksanaan "
              "Kampanye sebagaimana dimaksud dalam Pasal 69 huruf a, huruf b, huruf c, huruf d, "
              "huruf e, atau huruf f dipidana dengan pidana penjara")
    assert huruf_referred(ayat_2, "69") == set("abcdef")
    ranged = ("Pelanggaran atas ketentuan larangan sebagaimana dimaksud dalam Pasal 69 huruf a "
              "sampai dengan huruf h merupakan tindak pidana")
    assert huruf_referred(ranged, "69") == set("abcdefgh")
    assert huruf_referred("sebagaimana dimaksud dalam Pasal 69 huruf i dan huruf j, dikenai "
                          "sanksi:", "69") == {"i", "j"}
    # UU 13/2003 Pasal 185 ayat (1): the Pasal whole, an ayat without huruf, another Pasal
    whole = "Pasal 68, Pasal 69 ayat (2), Pasal 80, dikenakan sanksi pidana penjara"
    assert huruf_referred(whole, "68") is None
    assert huruf_referred(whole, "69") is None
    assert huruf_referred(whole, "99") is None
    assert huruf_referred("Pasal 7 ayat (2) huruf t dan Pasal 8", "7") == {"t"}


def test_identity_scope_keeps_unnamed_amended_regulations_apart():
    from regsearch.legal import identity_scope

    assert identity_scope("uu-10-2016", "uu-1-2015") == "uu-1-2015"   # a version of UU 1/2015's
    assert identity_scope("uu-13-2003", None) == "uu-13-2003"
    # "Undang-undang Darurat No. 13 tahun 1952" is no regulation type the parser names
    assert identity_scope("uu-26-1953", "unknown-?-0") != identity_scope("uu-27-1953", "unknown-?-0")


def test_a_citation_of_an_amended_version_names_the_amendment():
    cite = parse_citation("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert (cite.ref.short, cite.pasal, cite.amended_by.short) == ("UU 1/2015", "7", "UU 10/2016")
    later = parse_citation("Pasal 1 POJK 18/2017 sebagaimana telah diubah terakhir dengan "
                           "POJK 11/2024")
    assert (later.ref.short, later.amended_by.short) == ("POJK 18/2017", "POJK 11/2024")
    assert parse_citation("UU 10/2016 Pasal 7").amended_by is None


def test_a_citation_of_an_annex_section_names_its_label():
    cite = parse_citation("Lampiran LAMPIRAN I UU 12/2011")
    assert (cite.ref.short, cite.pasal, cite.lampiran) == ("UU 12/2011", None, "LAMPIRAN I")
    assert parse_citation("UU 12/2011 Pasal 1").lampiran is None


def test_only_a_citation_versus_words_that_mention_one():
    from regsearch.citations import is_only_citation

    assert is_only_citation("Pasal 7 ayat (2) huruf s UU 10/2016")
    assert is_only_citation("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert not is_only_citation("sanksi pasal 5 UU 13/2003")
    assert not is_only_citation("UU 13/2003")


@pytest.mark.parametrize("text, expected", [
    ("Pasal 7 ayat (2) huruf s dan huruf t UU 10/2016", [("7", "2", ("s",)), ("7", "2", ("t",))]),
    ("Pasal 7 ayat (1), (2), dan (3) UU 10/2016",
     [("7", "1", ()), ("7", "2", ()), ("7", "3", ())]),
    ("Pasal 7 ayat (1) s.d. ayat (3) UU 10/2016",
     [("7", "1", ()), ("7", "2", ()), ("7", "3", ())]),
    ("Pasal 7 ayat (2) huruf a sampai dengan huruf c UU 10/2016",
     [("7", "2", ("a",)), ("7", "2", ("b",)), ("7", "2", ("c",))]),
    ("Pasal 1 angka 1 huruf a UU 10/2016", [("1", None, ("1", "a"))]),
    ("Pasal 1 huruf b angka 1 dan angka 2 UU 10/2016", [("1", None, ("b", "1")), ("1", None, ("b", "2"))]),
    ("Pasal 156 ayat (1) dan Pasal 157 ayat (2) UU 13/2003", [("156", "1", ()), ("157", "2", ())]),
    ("Pasal 156 sampai dengan 158 UU 13/2003", [("156", None, ()), ("157", None, ()), ("158", None, ())]),
    ("Pasal 7 (2) UU 10/2016", [("7", "2", ())]),
])
def test_parse_citations_lists_every_unit(text, expected):
    from regsearch.citations import parse_citations

    assert [(c.pasal, c.ayat, c.items) for c in parse_citations(text) if not c.implied] == expected


def test_parse_citations_reads_each_regulation_named():
    from regsearch.citations import parse_citations

    shared = parse_citations("Pasal 7 UU 10/2016 dan UU 8/2015")
    assert [(c.ref.short, c.pasal) for c in shared] == [("UU 10/2016", "7"), ("UU 8/2015", "7")]
    each = parse_citations("UU 13/2003 Pasal 156 dan UU 10/2016 Pasal 7")
    assert [(c.ref.short, c.pasal) for c in each] == [("UU 13/2003", "156"), ("UU 10/2016", "7")]
    amended = parse_citations("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    assert [(c.ref.short, c.amended_by.short) for c in amended] == [("UU 1/2015", "UU 10/2016")]


@pytest.mark.parametrize("text", ["Pasal 7 ayat UU 10/2016", "UU 10/2016 Pasal 7 ayat (2) huruf"])
def test_a_label_without_its_number_is_a_query_error(text):
    from regsearch.citations import is_only_citation

    with pytest.raises(QueryError, match="without its number or letter"):
        parse_citation(text)
    assert is_only_citation(text)   # so a query says so instead of searching the words


def _read(text: str) -> list[str]:
    from regsearch.citations import parse_citations

    return [" ".join(filter(None, [c.ref.short, c.pasal, c.ayat and f"({c.ayat})", *c.items,
                                   c.amended_by and f"by {c.amended_by.short}",
                                   c.lampiran is not None and "Lampiran"]))
            for c in parse_citations(text) if not c.implied]   # implied: tested below


@pytest.mark.parametrize("text, expected", [
    # each regulation keeps the Pasal written beside it, whichever side (QA round 3)
    ("Pasal 5 UU 13/2003 dan UU 12/2011 Pasal 7", ["UU 13/2003 5", "UU 12/2011 7"]),
    ("UU 13/2003 Pasal 5 dan Pasal 7 UU 12/2011", ["UU 13/2003 5", "UU 12/2011 7"]),
    ("Pasal 7 UU 12/2011 dan UU 13/2003 Pasal 5", ["UU 12/2011 7", "UU 13/2003 5"]),
    ("Pasal 7 ayat (1) UU 12/2011 dan ayat (2) UU 13/2003",
     ["UU 12/2011 7 (1)", "UU 13/2003 7 (2)"]),
    ("Pasal 7 UU 10/2016 ayat (2)", ["UU 10/2016 7 (2)"]),
    ("Lampiran UU 1/2015 Pasal 7", ["UU 1/2015 7 Lampiran"]),
    ("Pasal 7 Lampiran UU 1/2015 dan Pasal 8", ["UU 1/2015 7 Lampiran", "UU 1/2015 8 Lampiran"]),
    # joiners people write
    ("Pasal 156 dan/atau 157 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157"]),
    ("Pasal 156 jo. 157 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157"]),
    ("Pasal 156 s/d Pasal 158 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157", "UU 13/2003 158"]),
    ("Pasal 156 hingga 158 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157", "UU 13/2003 158"]),
    ("Pasal 156 ayat (1) s/d (3) UU 13/2003",
     ["UU 13/2003 156 (1)", "UU 13/2003 156 (2)", "UU 13/2003 156 (3)"]),
    ("Pasal 54A sampai dengan Pasal 54C UU 10/2016",
     ["UU 10/2016 54A", "UU 10/2016 54B", "UU 10/2016 54C"]),
    # labels as typed or pasted
    ("Pasal 54 A UU 10/2016", ["UU 10/2016 54A"]),
    ("psl 7 UU 10/2016", ["UU 10/2016 7"]),
    ("pasal7 UU 10/2016", ["UU 10/2016 7"]),
    ("UU 13/2003 ps. 156", ["UU 13/2003 156"]),
    ("Pasal 10 huruf b dan b1 UU 10/2016", ["UU 10/2016 10 b", "UU 10/2016 10 b1"]),
    ("Pasal 156 ayat (2) huruf a dan (3) UU 13/2003", ["UU 13/2003 156 (2) a", "UU 13/2003 156 (3)"]),
    ("Pasal 7 ayat (2) butir s UU 10/2016", ["UU 10/2016 7 (2) s"]),
    # a title names a regulation it does not cite; amendments in a chain: the last is in force
    ("Pasal 7 UU No. 10 Tahun 2016 tentang Perubahan Kedua atas UU No. 1 Tahun 2015",
     ["UU 10/2016 7"]),
    ("Pasal 7 UU 1/2015 sebagaimana telah diubah dengan UU 8/2015 sebagaimana telah diubah "
     "dengan UU 10/2016", ["UU 1/2015 7 by UU 10/2016"]),
    ("Pasal 7 UU 1/2015 sebagaimana diubah oleh UU 10/2016", ["UU 1/2015 7 by UU 10/2016"]),
])
def test_citations_as_people_write_them(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, message", [
    ("Pasal 1 sampai dengan Pasal 60 UU 13/2003", "spans more than 50"),
    ("Pasal 158 sampai dengan 156 UU 13/2003", "runs backwards"),
    ("Pasal 7 ayat (2) huruf d sampai dengan huruf a UU 10/2016", "runs backwards"),
])
def test_a_range_that_is_a_typing_slip_is_refused(text, message):
    """They were read as their two ends, dropping what lies between."""
    with pytest.raises(QueryError, match=message):
        parse_citation(text)


def test_labels_without_a_regulation_are_recognised():
    from regsearch.citations import names_units_only, without_citation

    assert names_units_only("Pasal 7 ayat (2)")
    assert not names_units_only("Pasal 7 UU 10/2016")
    assert not names_units_only("pasal karet")
    assert without_citation("sanksi Pasal 7 ayat (2) UU 99/2099") == "sanksi"


@pytest.mark.parametrize("text, expected", [
    # QA round 4: a short title ends at the next regulation it does not name as amended
    ("Pasal 7 UU 12/2011 tentang Pembentukan Peraturan Perundang-undangan dan UU 13/2003 Pasal 5",
     ["UU 12/2011 7", "UU 13/2003 5"]),
    ("PASAL 156 S.D. 158 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157", "UU 13/2003 158"]),
    ("Pasal 65 ayat (2a) s.d. (2b) UU 10/2016", ["UU 10/2016 65 (2a)", "UU 10/2016 65 (2b)"]),
    ("Pasal 65 ayat (1) sampai dengan ayat (2b) UU 10/2016",
     ["UU 10/2016 65 (1)", "UU 10/2016 65 (2)", "UU 10/2016 65 (2a)", "UU 10/2016 65 (2b)"]),
    ("Pasal 54 s.d. 54C UU 10/2016", ["UU 10/2016 54", "UU 10/2016 54A", "UU 10/2016 54B",
                                      "UU 10/2016 54C"]),
    ("Pasal I s.d. III UU 10/2016", ["UU 10/2016 I", "UU 10/2016 II", "UU 10/2016 III"]),
    ("Pasal 10 huruf b1 s.d. b3 UU 10/2016",
     ["UU 10/2016 10 b1", "UU 10/2016 10 b2", "UU 10/2016 10 b3"]),
    ("huruf a dan huruf b Pasal 9 UU 10/2016", ["UU 10/2016 9 a", "UU 10/2016 9 b"]),
    ("huruf s ayat (2) Pasal 7 UU 10/2016", ["UU 10/2016 7 (2) s"]),
    ("Pasal 156 dan atau 157 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157"]),
    ("Pasal 156 sampai dgn 157 UU 13/2003", ["UU 13/2003 156", "UU 13/2003 157"]),
    ("Pasal 7 ayat (2) huruf (s) UU 10/2016", ["UU 10/2016 7 (2) s"]),
    ("Lampiran I UU 12/2011 dan Pasal 7 UU 13/2003", ["UU 12/2011 Lampiran", "UU 13/2003 7"]),
])
def test_more_citations_as_people_write_them(text, expected):
    """Without the labels a range only implies (see the next test)."""
    from regsearch.citations import parse_citations

    explicit = [c for c in parse_citations(text) if not c.implied]
    assert _read_cites(explicit) == expected


def _read_cites(cites) -> list[str]:
    return [" ".join(filter(None, [c.ref.short, c.pasal, c.ayat and f"({c.ayat})", *c.items,
                                   c.lampiran is not None and "Lampiran"])) for c in cites]


def test_a_range_also_covers_the_units_inserted_in_it():
    """"Pasal 54 sampai dengan Pasal 55" of an amended law covers 54A … 54D: such labels are
    implied (looked up, skipped quietly when absent)."""
    from regsearch.citations import parse_citations

    cites = parse_citations("Pasal 54 sampai dengan Pasal 55 UU 10/2016")
    assert [(c.pasal, c.implied) for c in cites][:3] == [("54", False), ("54A", True),
                                                        ("54B", True)]
    assert cites[-1].pasal == "55" and not cites[-1].implied
    assert all(type(c.pasal) is str for c in cites)


@pytest.mark.parametrize("text, only", [
    ("Lampiran I UU 12/2011", True), ("Lampiran UU 12/2011", True),
    ("Lampiran UU 7/2017 formulir", False), ("apa isi Pasal 999 UU 13/2003?", True),
])
def test_what_counts_as_nothing_but_a_citation(text, only):
    from regsearch.citations import is_only_citation

    assert is_only_citation(text) is only


@pytest.mark.parametrize("text, expected", [
    # QA round 5
    ("huruf a Pasal 9 dan Pasal 10 UU 10/2016", ["UU 10/2016 9 a", "UU 10/2016 10"]),
    ("ayat (2) Pasal 7 dan Pasal 8 UU 13/2003", ["UU 13/2003 7 (2)", "UU 13/2003 8"]),
    ("Pasal 7 dan Lampiran II UU 12/2011", ["UU 12/2011 7", "UU 12/2011 Lampiran"]),
    ("Pasal.7 UU 10/2016", ["UU 10/2016 7"]),
    ("Pasal ke-7 UU 10/2016", ["UU 10/2016 7"]),
    ("Pasal no. 7 UU 10/2016", ["UU 10/2016 7"]),
    ("Pasal 7 ayat [2] UU 10/2016", ["UU 10/2016 7 (2)"]),
    ("Pasal 7 ayat ke-2 UU 10/2016", ["UU 10/2016 7 (2)"]),
])
def test_yet_more_citations_as_people_write_them(text, expected):
    from regsearch.citations import parse_citations

    assert _read_cites([c for c in parse_citations(text) if not c.implied]) == expected


def test_roman_and_doubled_letter_ranges():
    from regsearch.citations import parse_citations

    romans = [c.pasal for c in parse_citations("Pasal I s.d. XXI UU 10/2016")]
    assert romans[:4] == ["I", "II", "III", "IV"] and romans[-2:] == ["XX", "XXI"]  # crashed
    letters = [c.items[0] for c in parse_citations("Pasal 7 ayat (2) huruf y s.d. aa UU 10/2016")]
    assert letters == ["y", "z", "aa"]


@pytest.mark.parametrize("text", ["Pasal 7 huruf a s.d. b1 UU 10/2016", "Pasal 1 s.d. II UU 10/2016",
                                  "Pasal I s.d. IIII UU 10/2016"])
def test_a_range_that_cannot_be_read_says_so(text):
    """These kept their two ends and dropped what lies between, silently."""
    with pytest.raises(QueryError, match="cannot read the range"):
        parse_citation(text)


def test_a_penjelasan_reads_one_part_per_ayat_and_huruf():
    """QA F18: a Penjelasan printed as one paragraph ("Ayat (1) Cukup jelas. Ayat (2) Huruf a …")."""
    text = ("Ayat (1) Cukup jelas. Ayat (2) Huruf a Cukup jelas. Huruf b Yang dimaksud dengan "
            "“tercela” antara lain judi, sebagaimana dimaksud pada huruf a. Huruf j Huruf k Dihapus. "
            "Ayat (3) Cukup jelas.")
    assert penjelasan_parts(text) == [
        (0, "Ayat (1) Cukup jelas."), (0, "Ayat (2)"), (1, "Huruf a Cukup jelas."),
        (1, "Huruf b Yang dimaksud dengan “tercela” antara lain judi, sebagaimana dimaksud pada "
            "huruf a."),
        (1, "Huruf j"), (1, "Huruf k Dihapus."), (0, "Ayat (3) Cukup jelas.")]
    assert penjelasan_parts("Huruf a Cukup jelas. Huruf b Cukup jelas.") == [
        (0, "Huruf a Cukup jelas."), (0, "Huruf b Cukup jelas.")]
    assert penjelasan_parts("Cukup jelas.") == [(0, "Cukup jelas.")]


@pytest.mark.parametrize("text, number, year", [
    # uu/2001/22.md line 388; uu/1964/20.md (its title); "No. 5 Prp 1960" as typed
    ("Undang-Undang Nomor 44 Prp. Tahun 1960 tentang Pertambangan Minyak dan Gas Bumi", "44", 1960),
    ("Undang-undang No. 38 Prp tahun 1960 tentang Perubahan", "38", 1960),
    ("Undang-Undang Nomor 25 Prps Tahun 1960", "25", 1960),
    ("UU 44/Prp/1960", "44", 1960),
    ("uu no. 5 prp 1960", "5", 1960),
])
def test_a_law_made_from_a_perppu_is_named_by_its_number_in_its_own_series(text, number, year):
    """A law made from a Perppu of 1959-1964 bears "Prp" by its number, and those numbers are a
    series of their own: "Undang-Undang Nomor 2 Prp Tahun 1960 tentang Pergudangan" (revoked
    by UU 7/2014, uu/2014/7.md) is not UU 2/1960 (Perjanjian Bagi Hasil, uu/1960/2.md), nor
    UU 4 Prp 1960 (Perairan Indonesia) UU 4/1960 (a treaty with Malaya). It was read as no
    regulation at all ("/Prp/" only as the number alone, UU 44/1960)."""
    ref = parse_regulation_ref(text)
    assert ref == RegulationRef("UU", f"{number}/Prp", year)
    assert ref.short == f"UU {number}/Prp/{year}" and parse_regulation_ref(ref.short) == ref
    assert ref != parse_regulation_ref(f"Undang-Undang Nomor {number} Tahun {year}")
