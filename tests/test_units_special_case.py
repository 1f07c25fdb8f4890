"""A special case's ayat ("Khusus untuk …", "Khusus tarif … atas …") is cited only when the
query asks for the case; otherwise the article's general rule is (``units._general_rule``).

Verbatim from UU 1/2022 (HKPD, /tmp/uutexts/uu/2022/1.md of the scale corpus), Pasal 10 and
Pasal 58, whitespace and OCR splits ("Bermo tor", "perse n") normalised.
"""

from __future__ import annotations

import pytest

from regsearch import analysis
from regsearch.units import _best_unit

_PASAL_10 = [
    ("Tarif PKB ditetapkan sebagai berikut:", [
        "untuk kepemilikan dan/atau penguasaan Kendaraan Bermotor pertama, ditetapkan paling "
        "tinggi 1,2% (satu koma dua persen); dan",
        "untuk kepemilikan dan/atau penguasaan Kendaraan Bermotor kedua dan seterusnya, dapat "
        "ditetapkan secara progresif paling tinggi sebesar 6% (enam persen)."]),
    ("Khusus untuk Daerah yang setingkat dengan Daerah provinsi yang tidak terbagi dalam "
     "Daerah kabupaten/kota otonom, tarif PKB ditetapkan sebagai berikut:", [
        "untuk kepemilikan dan/atau penguasaan Kendaraan Bermotor pertama paling tinggi "
        "sebesar 2% (dua persen); dan",
        "untuk kepemilikan dan/atau penguasaan Kendaraan Bermotor kedua dan seterusnya, dapat "
        "ditetapkan secara progresif paling tinggi sebesar 10% (sepuluh persen)."]),
    ("Tarif PKB atas kepemilikan dan/atau penguasaan Kendaraan Bermotor yang digunakan untuk "
     "angkutan umum, angkutan karyawan, angkutan sekolah, ambulans, pemadam kebakaran, sosial "
     "keagamaan, lembaga sosial dan keagamaan, Pemerintah, dan Pemerintah Daerah, ditetapkan "
     "paling tinggi 0,5% (nol koma lima persen).", []),
]
_PASAL_58 = [
    ("Tarif PBJT ditetapkan paling tinggi sebesar 10% (sepuluh persen).", []),
    ("Khusus tarif PBJT atas jasa hiburan pada diskotek, karaoke, kelab malam, bar, dan mandi "
     "uap/spa ditetapkan paling rendah 40% (empat puluh persen) dan paling tinggi 75% (tujuh "
     "puluh lima persen).", []),
]


def _unit(text: str, items: list[str], label: str | None = None) -> dict:
    return {"text": text, "terms": analysis.analyze(text), "kinds": [], "subject": None,
            "label": label, "items": [_unit(item, [], chr(ord("a") + at))
                                      for at, item in enumerate(items)]}


def _payload(ayat: list[tuple[str, list[str]]]) -> dict:
    return {"text": " ".join(text for text, _ in ayat),
            "ayat": [{**_unit(text, items), "number": str(at)}
                     for at, (text, items) in enumerate(ayat, start=1)]}


def _cited(ayat: list[tuple[str, list[str]]], query: str,
           synonyms: set[str] = frozenset()) -> tuple[str | None, tuple[str, ...]]:
    typed = set(analysis.analyze(query))
    unit = _best_unit(_payload(ayat), typed, typed | set(synonyms))
    return unit.ayat, unit.path


@pytest.mark.parametrize("query, cited", [
    # "provinsi" is held by ayat (2) only in its condition: the general tariff, 10(1)(a)
    ("tarif pajak kendaraan bermotor provinsi paling tinggi berapa", ("1", ("a",))),
    ("tarif PKB kendaraan bermotor provinsi pertama", ("1", ("a",))),
    # two words of the condition name the case asked
    ("tarif PKB provinsi tidak terbagi kabupaten kota", ("2", ())),
    ("kendaraan bermotor pertama provinsi tidak terbagi", ("2", ("a",))),
])
def test_a_special_case_is_cited_only_when_its_condition_is_asked(query, cited):
    assert _cited(_PASAL_10, query) == cited


def test_without_the_rule_the_special_case_is_cited_alone():
    """With no general ayat holding the words (ayat (2) alone, numbered 1 here), the special
    one is still cited."""
    assert _cited(_PASAL_10[1:2], "tarif pajak kendaraan bermotor provinsi paling tinggi") \
        == ("1", ("a",))


def test_a_synonym_word_held_by_the_case_does_not_choose_it():
    """PBJT's long form (pajak barang dan jasa tertentu) lends "jasa", held by ayat (2)'s
    "jasa hiburan": the words typed are held by ayat (1) as well, the general 10%."""
    assert _cited(_PASAL_58, "tarif PBJT makanan minuman",
                  {"pajak", "barang", "jasa", "tentu"}) == ("1", ())


def test_a_word_only_the_case_holds_asks_for_it():
    assert _cited(_PASAL_58, "tarif PBJT hiburan diskotek") == ("2", ())
