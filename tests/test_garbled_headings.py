"""A Pasal heading or an ayat label OCR garbled past what was read is recovered where the
sequence makes the reading certain (QA session 18 round 8, W2).

Before: "Pasal 10 0" (UU 1/2022 Pasal 100, the DAU/DBH sanction) was read as Pasal 99 ayat
(1)–(2); "Pasa722 (1) Persetujuan …" (UU 27/2022 Pasal 22, the form of consent) as Pasal 21
ayat (2) …; "l2l" (UU 27/2022 Pasal 4 ayat (2), the specific personal data) left its items in
ayat (1). Each is taken only as the number expected next; the glued heading only when an
ayat (1) follows. Fixtures: verbatim excerpts of the scale corpus (tests/fixtures/README.md).
"""

from __future__ import annotations

from pathlib import Path

import regsearch

FIXTURES = Path(__file__).parent / "fixtures"


def articles(name: str) -> tuple[regsearch.Regulation, dict[str, regsearch.Article]]:
    reg = regsearch.parse_file(FIXTURES / name)
    return reg, {article.pasal: article for article in reg.articles}


def messages(reg: regsearch.Regulation, code: str) -> list[str]:
    return [anomaly.message for anomaly in reg.anomalies if anomaly.code == code]


def test_a_heading_whose_number_ocr_split_is_the_expected_next_article():
    reg, by_pasal = articles("uu-1-2022-hkpd-pasal-99-101.md")
    assert list(by_pasal) == ["99", "100", "101"]
    assert by_pasal["100"].ayat[0].text.startswith("Pelanggaran terhadap ketentuan sebagaimana "
                                                   "dimaksud dalam Pasal 98 dan Pasal 99")
    assert [ayat.number for ayat in by_pasal["99"].ayat] == ["1", "2", "3", "4", "5", "6", "7"]
    assert "heading 'Pasal 10 0' read as Pasal 100" in messages(reg, "ocr_number_fixed")
    assert not messages(reg, "ayat_gap")


def test_a_heading_whose_l_ocr_glued_to_the_number_opens_the_expected_article():
    reg, by_pasal = articles("uu-27-2022-pdp-pasal-1-4-19-22.md")
    assert list(by_pasal)[-3:] == ["20", "21", "22"]
    consent = by_pasal["22"].ayat[0]
    assert consent.number == "1"
    assert consent.text.startswith("Persetujuan pemrosesan Data Pribadi dilakukan melalui "
                                   "persetujuan tertulis atau terekam.")
    assert [ayat.number for ayat in by_pasal["21"].ayat] == ["1", "2"]
    assert "heading 'Pasa722' read as Pasal 22" in messages(reg, "ocr_number_fixed")
    assert not [m for m in messages(reg, "pasal_gap") if "Pasal 22" in m or "Pasal 21" in m]


def test_an_ayat_label_with_both_brackets_read_as_l_is_the_next_ayat():
    reg, by_pasal = articles("uu-27-2022-pdp-pasal-1-4-19-22.md")
    first, second = by_pasal["4"].ayat[:2]
    assert [item.label for item in first.items] == ["a", "b"]
    assert second.number == "2"
    assert second.text.startswith("^Data ^Pribadi ^yang ^bersifat spesifik")
    biometric = next(item for item in second.items if item.label == "b")
    assert biometric.text == "data biometrik;"
    assert "Pasal 4: ayat label 'l2l' read as (2)" in messages(reg, "ocr_number_fixed")
