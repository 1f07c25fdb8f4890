"""Headings of the 1950s-60s (Bagian numbered in Roman or Arabic digits, a title ending in a
comma) and amendment items OCR glued to a quoted heading, on verbatim excerpts of the scale
corpus (/tmp/uutexts/uu/<year>/<n>.md, line numbers given; long lines trimmed at "…")."""

from __future__ import annotations

from pathlib import Path

from regsearch.parse import parse_pages
from tests.test_parse_rules import parse, pasal

FIXTURES = Path(__file__).parent / "fixtures"


def test_bagian_numbered_in_digits_head_their_articles_and_a_comma_ends_a_title():
    """QA s20: UUPA's Pasal 20 and 41 were read as ayat of Pasal 19 and 40 ("Hak milik adalah
    hak turun-temurun" cited as Pasal 19 ayat (1)), every article stood under "Bagian 1." and
    each Bagian's heading ended the ayat before it."""
    text = (FIXTURES / "uu-5-1960-uupa-pasal-1-41.md").read_text(encoding="utf-8")
    reg = parse_pages([text], path="uu/1960/5.md", paged=False)
    assert [a.pasal for a in reg.articles] == [str(n) for n in range(1, 42)]
    assert pasal(reg, "16").bab == "BAB II HAK-HAK ATAS TANAH, AIR DAN RUANG ANGKASA SERTA " \
                                   "PENDAFTARAN TANAH."
    assert pasal(reg, "16").bagian == "Bagian 1. Ketentuan-ketentuan umum."
    assert pasal(reg, "19").bagian == "Bagian II Pendaftaran tanah."
    assert pasal(reg, "20").bagian == pasal(reg, "21").bagian == "Bagian III Hak milik"
    assert pasal(reg, "41").bagian == "Bagian VI. Hak pakai"
    assert pasal(reg, "20").ayat[0].text.startswith("Hak milik adalah hak turun-menurun")
    assert pasal(reg, "29").bagian == "Bagian IV. Hak guna-usaha."
    assert pasal(reg, "35").bagian == "Bagian V. Hak guna-bangunan."
    assert pasal(reg, "19").text.endswith("dibebaskan dari pembayaran biaya-biaya tersebut.")
    assert "Bagian" not in pasal(reg, "21").text and "Bagian" not in pasal(reg, "27").text


def test_a_budget_law_naming_its_bagian_is_no_heading():
    """UU 1957/47 line 23's article opens "Bagian XIII (Kementerian Perburuhan) dari
    Anggaran …": text of its article, not a Bagian heading ("Bagian V A (…", 1957/37)."""
    body = ("Pasal 1.\nBagian XIII (Kementerian Perburuhan) dari Anggaran Republik Indonesia "
            "untuk tahun dinas 1954 ditetapkan seperti berikut:\n"
            "Pasal 2.\nBagian V A (Kementerian Pertanian) dari Anggaran Republik Indonesia untuk "
            "tahun dinas 1954 ditetapkan seperti berikut:\n")
    reg = parse(body)
    assert pasal(reg, "1").text.startswith("Bagian XIII (Kementerian Perburuhan)")
    assert pasal(reg, "2").text.startswith("Bagian V A (Kementerian Pertanian)")
    assert pasal(reg, "2").bagian is None
