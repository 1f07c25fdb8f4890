"""Old laws copied from their "Menimbang" on, without the title block: their identity and
title are read from what the text still prints (session 17; they were indexed apart under
their file's name, ``unknown-uu-1985-9-…``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import regsearch
from regsearch.parse import parse_pages

# /tmp/uutexts/uu/1985/9.md (UU 9/1985 Perikanan), verbatim: line 1 (cut), line 5, the end of
# line 6, line 7, and line 44 from its last sentence (cut).
PERIKANAN = (
    "a. bahwa perairan yang merupakan bagian terbesar wilayah Negara Republik Indonesia dan "
    "Zona Ekonomi Eksklusif Indonesia mengandung sumber daya ikan yang sangat potensial;\n"
    "Mengingat:\n"
    " Pasal 5 ayat (1), Pasal 20 ayat (1), dan Pasal 33 Undang-Undang Dasar 1945; Dengan "
    "persetujuan DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA MEMUTUSKAN: Menetapkan : "
    "UNDANG-UNDANG TENTANG PERIKANAN. BAB I KETENTUAN UMUM Pasal 1 Dalam Undang-undang ini "
    "yang dimaksud dengan:\n"
    "1. Perikanan adalah semua kegiatan yang berhubungan dengan pengelolaan dan pemanfaatan "
    "sumber daya ikan;\n"
    "e. Ketentuan mengenai perikanan dalam Territoriale Zee en Maritieme Kringen Ordonnantie "
    "(Staatsblad Tahun 1939 Nomor 442), kecuali ketentuan-ketentuan yang menyangkut acara "
    "pelaksanaan penegakan hukum di laut; dengan segala perubahannya, dinyatakan tidak berlaku "
    "lagi. PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 9 TAHUN 1985 TENTANG "
    "PERIKANAN UMUM Tanah air Indonesia yang sebagian besar terdiri dari perairan, mengandung "
    "sumber daya ikan yang sangat tinggi tingkat kesuburannya\n")


def codes(reg) -> set[str]:
    return {a.code for a in reg.anomalies}


def test_a_law_without_title_block_is_named_by_its_penjelasan_and_menetapkan_line():
    reg = parse_pages([PERIKANAN], path="uu/1985/9.md", paged=False)
    assert (reg.id, reg.full_number) == ("uu-9-1985", "9 Tahun 1985")
    assert reg.title == "Undang-Undang Republik Indonesia Nomor 9 Tahun 1985 tentang Perikanan"
    assert "metadata_missing" not in codes(reg)
    assert reg.articles[0].pasal == "1"


def test_without_a_penjelasan_heading_only_the_subject_is_read():
    """UU 27/2000 (/tmp/uutexts/uu/2000/27.md line 14) prints no Penjelasan: its subject
    is its title; number and year stay unread (the file's name numbers it)."""
    text = PERIKANAN[:PERIKANAN.index("PENJELASAN ATAS")].replace(
        "UNDANG-UNDANG TENTANG PERIKANAN. BAB I",
        "UNDANG-UNDANG TENTANG PEMBENTUKAN PRO-PINSI KEPULAUAN BANGKA BELITUNG. BAB I… BAB I")
    reg = parse_pages([text], path="salinan.md", paged=False)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)
    assert reg.title == "Pembentukan Pro-pinsi Kepulauan Bangka Belitung"
    # the file's name, where it gives them, numbers it (and says so)
    reg = parse_pages([text], path="uu/2000/27.md", paged=False)
    assert (reg.id, reg.title) == ("uu-27-2000", "Undang-Undang Nomor 27 Tahun 2000 tentang "
                                   "Pembentukan Pro-pinsi Kepulauan Bangka Belitung")
    assert "metadata_missing" not in codes(reg) and "metadata_from_file_name" in codes(reg)


def test_the_penjelasan_of_another_subject_does_not_name_the_law():
    """A law enacting a Perppu carries the Perppu's Penjelasan ("PENJELASAN ATAS PERATURAN
    PEMERINTAH PENGGANTI UNDANG-UNDANG … TENTANG CIPTA KERJA"): not its own identity."""
    text = PERIKANAN.replace("UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 9 TAHUN 1985 TENTANG "
                             "PERIKANAN UMUM",
                             "PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG REPUBLIK INDONESIA "
                             "NOMOR 2 TAHUN 2022 TENTANG CIPTA KERJA I. UMUM")
    reg = parse_pages([text], path="perikanan.md", paged=False)
    assert reg.type == "UNKNOWN" and "metadata_missing" in codes(reg)
    assert reg.title == "Perikanan"


def test_a_hit_of_a_regulation_whose_number_was_never_read_says_so(tmp_path):
    """qa6 #5: UU 5/1986, whose copy starts at its recitals (no number anywhere), was indexed
    as "UNKNOWN ?/0" and its original text answered "menyuap hakim" first as if in force: no
    amendment (UU 9/2004, 51/2009) can be matched to a regulation with no number. (Filed
    under a name that gives none: see the next test for one that does.)"""
    fixture = Path(__file__).parent / "fixtures" / "uu-5-1986-ptun-no-title-block.md"
    shutil.copy(fixture, tmp_path / "salinan-ptun.md")
    regsearch.build_index(tmp_path, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as idx:
        hit = idx.search("keputusan tata usaha negara penetapan tertulis").hits[0]
        assert hit.regulation.type == "UNKNOWN" and hit.standing == "current"
        assert "could not be read from its text (indexed as UNKNOWN): the index cannot tell " \
            "whether a later law amended or revoked it" in hit.caution
        # its citation, "Pasal 1 angka 3 UNKNOWN salinan-ptun-…/0", opens what it cites (qa6:
        # "names no regulation"), in show and typed as a query
        assert hit.citation.startswith("Pasal 1 angka 3 UNKNOWN salinan-ptun-")
        assert "UNKNOWN SALINAN-PTUN" not in hit.caution   # its name as cited, not upper-cased
        assert idx.show(hit.citation).cited.citation == hit.citation
        again = idx.search(hit.citation).hits
        assert [(h.citation, h.cited) for h in again] == [(hit.citation, True)]


def test_a_regulation_whose_text_prints_no_number_is_named_by_its_file(tmp_path):
    """Session 19: the same copy of UU 5/1986 filed as "uu-5-1986.md" (the scale corpus files
    it as uu/1986/5.md) is UU 5/1986 — so UU 51/2009, which rewords its Pasal 1, is its
    amendment and the reworded definition is the one in force — and every hit of it says
    where its name came from."""
    fixtures = Path(__file__).parent / "fixtures"
    shutil.copy(fixtures / "uu-5-1986-ptun-no-title-block.md", tmp_path / "uu-5-1986.md")
    shutil.copy(fixtures / "uu-51-2009-ptun-pasal-1.md", tmp_path / "uu-51-2009.md")
    regsearch.build_index(tmp_path, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as idx:
        listed = {s.info.id: s for s in idx.regulations()}
        assert listed["uu-5-1986"].info.title == ("Undang-Undang Nomor 5 Tahun 1986 tentang "
                                                  "Peradilan Tata Usaha Negara")
        assert listed["uu-5-1986"].amended_by == ("UU 51/2009",)
        assert (listed["uu-5-1986"].named_by_file, listed["uu-51-2009"].named_by_file) == \
            (True, False)
        hits = idx.search("keputusan tata usaha negara penetapan tertulis").hits
        assert hits[0].citation == ("Pasal 1 angka 9 UU 5/1986 sebagaimana diubah dengan "
                                    "UU 51/2009")
        original = next(h for h in hits if h.regulation.id == "uu-5-1986")
        assert original.standing == "superseded"
        assert (f"UU 5/1986 is so named by its file ({tmp_path / 'uu-5-1986.md'}): its text "
                "prints no type, number or year, so check them in the source") in original.caution
        assert "so named by its file" not in (hits[0].caution or "")   # UU 51/2009 prints its own
        # show says it too (QA round 12: only hits did)
        assert "UU 5/1986 is so named by its file" in idx.show("Pasal 1 UU 5/1986").caution
