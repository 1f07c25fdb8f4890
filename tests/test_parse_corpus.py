"""Parser checks against the bundled corpus (ground truth: ../shared/eval/dev.json "structure").

Each corpus file is extracted and parsed once per session (module-scoped fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regsearch.extract import extract
from regsearch.models import RegulationRef
from regsearch.parse import parse_pages

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def parsed():
    cache = {}

    def get(relative: str):
        if relative not in cache:
            doc = extract(CORPUS / relative)
            cache[relative] = parse_pages(doc.pages, path=doc.path, paged=doc.paged)
        return cache[relative]
    return get


def article(reg, pasal, *, part="body", quoted=None):
    found = [a for a in reg.articles if a.pasal == pasal and a.part == part
             and (quoted is None or (a.amends is not None) == quoted)]
    assert found, f"Pasal {pasal} ({part}) not found"
    return found


def ayat(art, number):
    return next(a for a in art.ayat if a.number == number)


def item(unit, label):
    return next(i for i in unit.items if i.label == label)


UU10 = "text/uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt"
UU8 = "text/uu-8-2015-perubahan-uu-1-2015-pilkada.txt"
UU1 = "text/uu-1-2015-penetapan-perppu-1-2014-pilkada.txt"


def test_uu10_2016_pasal7_quoted_with_resignation_items(parsed):
    reg = parsed(UU10)
    assert (reg.type, reg.number, reg.year) == ("UU", "10", 2016)
    assert reg.amends == RegulationRef("UU", "1", 2015)
    [pasal7] = article(reg, "7", quoted=True)
    assert pasal7.amends.ref == RegulationRef("UU", "1", 2015)
    assert pasal7.amends.via == "Pasal I angka 1"
    two = ayat(pasal7, "2")
    assert "pengunduran diri" in item(two, "s").text
    assert "pengunduran diri" in item(two, "t").text
    assert two.text.endswith("sebagai berikut:")


def test_uu10_2016_body_is_pasal_I_and_II_with_67_changes(parsed):
    reg = parsed(UU10)
    body = [a.pasal for a in reg.articles if a.amends is None]
    assert body == ["I", "II"]
    assert len(reg.changes) == 67
    assert [c.label for c in reg.changes] == [str(n) for n in range(1, 68)]
    pasal_one = article(reg, "I")[0]
    assert "Ketentuan Pasal 7 diubah" in pasal_one.text
    assert "bertakwa kepada Tuhan" not in pasal_one.text  # quoted text lives in Pasal 7


def test_uu10_2016_lost_item_56_is_inferred(parsed):
    reg = parsed(UU10)
    change = next(c for c in reg.changes if c.label == "56")
    assert change.targets == ("182A", "182B")
    assert article(reg, "182A", quoted=True)[0].amends.via == "Pasal I angka 56"
    assert any(a.code == "change_label_missing" for a in reg.anomalies)


def test_uu8_2015_pasal53_and_191(parsed):
    reg = parsed(UU8)
    assert len(reg.changes) == 117
    assert article(reg, "53", quoted=True)[0].amends.via == "Pasal I angka 34"
    assert article(reg, "191", quoted=True)[0].amends.via == "Pasal I angka 108"
    assert article(reg, "162", quoted=True)[0].amends.via == "Pasal I angka 90"


def test_uu1_2015_lampiran_is_the_perppu(parsed):
    reg = parsed(UU1)
    body = [a.pasal for a in reg.articles if a.part == "body"]
    lampiran = [a.pasal for a in reg.articles if a.part == "lampiran"]
    assert body == ["1", "2"]
    assert lampiran == [str(n) for n in range(1, 207)]
    assert article(reg, "7", part="lampiran")[0].penjelasan


@pytest.mark.parametrize("relative,count", [
    ("pdf/uu-13-2003-ketenagakerjaan.pdf", 193),
    ("pdf/uu-10-1997-ketenaganukliran.pdf", 48),
    ("pdf/pp-43-2006-perizinan-reaktor-nuklir.pdf", 39),
    ("text/uu-12-2011-pembentukan-peraturan-perundang-undangan.txt", 104),
    ("text/uu-22-2014-pilkada.txt", 72),
])
def test_body_article_sequence_is_complete(parsed, relative, count):
    reg = parsed(relative)
    assert [a.pasal for a in reg.articles if a.part == "body"] == [str(n) for n in range(1, count + 1)]
