"""A definition whose defining part starts with the term it defines narrows that term to one
law's field (QA round 3 C3): "apa yang dimaksud dengan pelaku usaha" put UU 39/2009 Pasal 1
angka 7 as amended by UU 11/2020 ("Pelaku Usaha adalah Pelaku Usaha yang menjalankan
kegiatan usaha di KEK") above the general definition of UU 8/1999 Pasal 1 angka 3. Sentences
are verbatim from the scale corpus (uu/2020/11.md Pasal 150, uu/1999/8.md Pasal 1,
uu/2009/39.md Pasal 1)."""

from __future__ import annotations

import pytest

from regsearch import analysis
from regsearch.units import definition_grade, defines

PELAKU_USAHA = set(analysis.analyze("pelaku usaha"))
BADAN_USAHA = set(analysis.analyze("badan usaha"))

# UU 11/2020 Pasal 150 angka 1 (UU 39/2009 Pasal 1 as amended)
KEK_PELAKU = "Pelaku Usaha adalah Pelaku Usaha yang menjalankan kegiatan usaha di KEK."
KEK_BADAN = "Badan Usaha adalah badan usaha yang menyelenggarakan kegiatan usaha KEK."
# UU 8/1999 Pasal 1 angka 3
KONSUMEN_PELAKU = ("Pelaku usaha adalah setiap orang perseorangan atau badan usaha, baik yang "
                   "berbentuk badan hukum maupun bukan badan hukum yang didirikan dan "
                   "berkedudukan atau melakukan kegiatan dalam wilayah hukum negara Republik "
                   "Indonesia, baik sendiri maupun bersama-sama melalui perjanjian "
                   "penyelenggaraan kegiatan usaha dalam berbagai bidang ekonomi.")
# UU 39/2009 Pasal 1 angka 7 as first enacted: not circular
KEK_PELAKU_2009 = ("Pelaku Usaha adalah perusahaan yang berbentuk badan hukum, tidak berbadan "
                   "hukum atau usaha orang perseorangan yang melakukan kegiatan usaha di KEK.")


@pytest.mark.parametrize("text, terms", [(KEK_PELAKU, PELAKU_USAHA), (KEK_BADAN, BADAN_USAHA)])
def test_a_definition_repeating_its_term_defines_a_narrower_one(text, terms):
    assert defines(text, terms) == 1


@pytest.mark.parametrize("text", [KONSUMEN_PELAKU, KEK_PELAKU_2009])
def test_a_definition_saying_what_the_term_is_defines_it_exactly(text):
    assert defines(text, PELAKU_USAHA) == 2


def test_the_general_definition_is_graded_above_the_narrowing_one():
    def listed(text: str) -> dict:
        item = {"text": text, "kinds": ["definisi"], "items": []}
        return {"ayat": [{"text": "Dalam Undang-Undang ini yang dimaksud dengan:",
                          "kinds": [], "items": [item]}]}
    assert definition_grade(listed(KONSUMEN_PELAKU), PELAKU_USAHA) == (2, 1)
    assert definition_grade(listed(KEK_PELAKU), PELAKU_USAHA) == (1, 1)
