"""Parser checks against the bundled corpus (ground truth: eval/dev.json "structure").

Each corpus file is extracted and parsed once per session (module-scoped fixture)."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from regsearch.extract import extract
from regsearch.models import RegulationRef
from regsearch.parse import parse_pages

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def extract_text_layer(path: Path):
    """The PDF's own text layer: no OCR fallback, so the parser is tested on fixed input
    (extract() may OCR image-only pages when tesseract is installed)."""
    try:
        return extract(path, ocr=False)
    except TypeError:  # an extract() without the ocr switch never OCRs
        return extract(path)


@pytest.fixture(scope="module")
def parsed():
    cache = {}

    def get(relative: str):
        if relative not in cache:
            doc = extract_text_layer(CORPUS / relative)
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


def test_uu10_2016_item_56_glued_after_pasal_180_is_read(parsed):
    """The text prints item 56 at the end of Pasal 180 ayat (2), whose last words are missing
    from this copy: "… paling banyak Rp96.000.000,00 56. Di antara Pasal 182 dan Pasal 183
    disisipkan 2 (dua) pasal, …"."""
    reg = parsed(UU10)
    change = next(c for c in reg.changes if c.label == "56")
    assert change.targets == ("182A", "182B") and change.action == "disisipkan"
    assert change.instruction.startswith("56. Di antara Pasal 182 dan Pasal 183 disisipkan 2 (dua) pasal")
    assert article(reg, "182A", quoted=True)[0].amends.via == "Pasal I angka 56"
    assert ayat(article(reg, "180", quoted=True)[0], "2").text.endswith("paling banyak Rp96.000.000,00")
    assert not any(a.code == "change_label_missing" for a in reg.anomalies)


def test_uu8_2015_pasal53_and_191(parsed):
    reg = parsed(UU8)
    assert len(reg.changes) == 117
    assert article(reg, "53", quoted=True)[0].amends.via == "Pasal I angka 34"
    assert article(reg, "191", quoted=True)[0].amends.via == "Pasal I angka 108"
    assert article(reg, "162", quoted=True)[0].amends.via == "Pasal I angka 90"


def test_uu8_2015_item_90_glued_after_the_oath_of_pasal_161(parsed):
    """Line 832 ends Pasal 161 ayat (4)'s oath and starts item 90 on one line:
    '… nusa, dan bangsa." 90. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:'."""
    reg = parsed(UU8)
    [pasal161] = article(reg, "161", quoted=True)
    assert ayat(pasal161, "4").text.endswith('serta berbakti kepada masyarakat, nusa, dan bangsa."')
    assert pasal161.text.endswith('nusa, dan bangsa."')
    change = next(c for c in reg.changes if c.label == "90")
    assert change.instruction == "90. Ketentuan Pasal 162 diubah sehingga berbunyi sebagai berikut:"
    assert (change.action, change.targets) == ("diubah", ("162",))
    [pasal162] = article(reg, "162", quoted=True)
    assert pasal162.amends.via == "Pasal I angka 90" and [a.number for a in pasal162.ayat] == ["1", "2", "3"]
    pasal_one = article(reg, "I")[0]
    assert next(i for i in pasal_one.ayat[0].items if i.label == "90").text.startswith("Ketentuan Pasal 162")
    assert not [a for a in reg.anomalies if a.code == "change_label_missing"]


def test_uu8_2015_items_glued_after_dihapus_are_their_own_items(parsed):
    """The text prints "d. Dihapus. e. Berusia paling rendah 30 …" on one line (Pasal 7),
    likewise "a. Dihapus. b. Dihapus. c. …" (Pasal 5 ayat (3)) and "m. Dihapus. … q." (Pasal 20)."""
    reg = parsed(UU8)
    [pasal7] = article(reg, "7", quoted=True)
    [unit] = pasal7.ayat
    assert [i.label for i in unit.items] == list("abcdefghijklmnopqrstu")
    assert item(unit, "d").text == "Dihapus."
    assert item(unit, "e").text.startswith("Berusia paling rendah 30 (tiga puluh) tahun")
    five = ayat(article(reg, "5", quoted=True)[0], "3")
    assert [item(five, label).text for label in "ab"] == ["Dihapus.", "Dihapus."]
    assert item(five, "c").text.startswith("pengumuman pendaftaran pasangan")
    [twenty] = article(reg, "20", quoted=True)[0].ayat
    assert [item(twenty, label).text for label in "mnop"] == ["Dihapus."] * 4
    assert item(twenty, "q").text.startswith("menjaga dan mengamankan keutuhan kotak suara")
    assert "item_gap" not in {a.code for a in reg.anomalies}


def test_uu8_2015_inline_angka_heading_starts_a_penjelasan_entry(parsed):
    """UU 8/2015's Penjelasan prints "Pasal 70 / Cukup jelas. Angka 49 Pasal 71 Ayat (1) Cukup
    jelas. Ayat (2) Dalam hal terjadi kekosongan jabatan …" (text line 1047) and "Pasal 28 /
    Cukup jelas. Angka 18 BAB V Dihapus." (line 989): the inline "Angka N" heading is the
    next change item's, and its text belongs to no earlier article."""
    reg = parsed(UU8)
    [seventy] = article(reg, "70", quoted=True)
    assert seventy.penjelasan == "Cukup jelas."
    [twenty_eight] = article(reg, "28", quoted=True)
    assert twenty_eight.penjelasan == "Cukup jelas."
    assert "penjelasan_unmatched" not in {a.code for a in reg.anomalies}


def test_uu8_2015_item_49_changes_only_the_penjelasan_of_pasal_71(parsed):
    """Item 49 (text line 528) reads "Ketentuan Pasal 71 tetap, dengan perubahan penjelasan
    Pasal 71 ayat (2) …": no text of Pasal 71 is quoted, so the change item carries the new
    Penjelasan that "Angka 49 Pasal 71" gives (line 1047)."""
    reg = parsed(UU8)
    change = next(c for c in reg.changes if c.label == "49")
    assert change.targets == ("71",)
    assert change.penjelasan == (
        "Ayat (1) Cukup jelas. Ayat (2) Dalam hal terjadi kekosongan jabatan, maka Gubernur, "
        "Bupati, dan Walikota menunjuk pejabat pelaksana tugas. Ayat (3) Cukup jelas. "
        "Ayat (4) Cukup jelas.")
    assert not [a for a in reg.articles if a.pasal == "71"]   # nothing quoted: no new text
    assert [c.label for c in reg.changes if c.penjelasan] == ["49"]


def test_uu10_2016_item_6_changes_only_the_penjelasan_of_pasal_20(parsed):
    """UU 10/2016 item 6 (text line 71): "Ketentuan Pasal 20 tetap, dengan perubahan
    penjelasan Pasal 20 huruf c …"; its Penjelasan explains huruf c anew under "Angka 6"."""
    reg = parsed(UU10)
    [change] = [c for c in reg.changes if c.penjelasan]
    assert (change.label, change.targets) == ("6", ("20",))
    assert change.penjelasan.startswith("Huruf a Cukup jelas. Huruf b Cukup jelas. Huruf c Yang "
                                        "dimaksud dengan “verifikasi dukungan calon perseorangan”")
    assert change.penjelasan.endswith("Huruf x Cukup jelas.")


def test_uu12_2011_definition_glued_without_a_full_stop_is_its_own_angka(parsed):
    """Text line 27: "14. Dewan Perwakilan Rakyat … Tahun 1945 15. Dewan Perwakilan Daerah yang
    selanjutnya disingkat DPD adalah …": angka 14 lost its full stop, and angka 15 (the next
    number, a capitalised term that "adalah" defines) is an item of its own."""
    reg = parsed("text/uu-12-2011-pembentukan-peraturan-perundang-undangan.txt")
    [definitions] = article(reg, "1")[0].ayat
    labels = [i.label for i in definitions.items]
    assert labels == [str(n) for n in range(1, 17)]
    assert item(definitions, "14").text.endswith("Negara Republik Indonesia Tahun 1945")
    assert item(definitions, "15").text.startswith("Dewan Perwakilan Daerah yang selanjutnya "
                                                   "disingkat DPD adalah")
    assert not [a for a in reg.anomalies if a.code == "item_gap"]


def test_uu1_2015_lampiran_is_the_perppu(parsed):
    reg = parsed(UU1)
    body = [a.pasal for a in reg.articles if a.part == "body"]
    lampiran = [a.pasal for a in reg.articles if a.part == "lampiran"]
    assert body == ["1", "2"]
    assert lampiran == [str(n) for n in range(1, 207)]
    assert article(reg, "7", part="lampiran")[0].penjelasan


@pytest.mark.parametrize("relative,revokes", [
    # Perppu 1/2014 Pasal 205 (enacted by UU 1/2015): the whole of UU 22/2014
    (UU1, ("Undang-Undang Nomor 22 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota",)),
    ("text/uu-12-2011-pembentukan-peraturan-perundang-undangan.txt",
     ("Undang-Undang Nomor 10 Tahun 2004 tentang Pembentukan Peraturan Perundang-undangan",)),
    # Pasal 70 revokes "semua ketentuan mengenai tugas, wewenang dan kewajiban … dalam UU 15/2011":
    # provisions of that law, not the law
    ("text/uu-22-2014-pilkada.txt", ()),
    # Pasal 47: "… Undang-undang Nomor 31 Tahun 1964 tentang Ketentuan-ketentuan Pokok Tenaga
    # Atom dinyatakan tidak berlaku lagi." (the bare phrase, in the closing provisions)
    ("pdf/uu-10-1997-ketenaganukliran.pdf",
     ("Undang-undang Nomor 31 Tahun 1964 tentang Ketentuan-ketentuan Pokok Tenaga Atom",)),
])
def test_revocations_of_whole_regulations(parsed, relative, revokes):
    assert parsed(relative).revokes == revokes


def test_every_law_a_long_repeal_list_names_is_revoked(parsed):
    # UU 13/2003 Pasal 192 angka 1-15 "…, dinyatakan tidak berlaku.": the six Ordonansi carry
    # no number a citation could name; angka 14's title "Perubahan Berlakunya …" is no verb
    # of its own, so the list does not stop there
    from regsearch.index import revoked_ids
    assert revoked_ids(parsed("pdf/uu-13-2003-ketenagakerjaan.pdf").revokes) == [
        "uu-1-1951", "uu-21-1954", "uu-3-1958", "uu-8-1961", "uu-14-1969", "uu-25-1997",
        "uu-11-1998", "uu-28-2000"]


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


# --- golden outlines ------------------------------------------------------------------------

GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS_FILES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*")
                      if p.suffix in {".pdf", ".txt"})


def golden_outline(parsed, relative: str) -> str:
    from regsearch.outline import outline
    from regsearch.parse import NoTextLayerError
    try:
        return outline(parsed(relative))
    except NoTextLayerError as error:
        return "NoTextLayerError\n" + "".join(f"{a.code} (page {a.page}): {a.message}\n"
                                              for a in error.anomalies)


@pytest.mark.parametrize("relative", CORPUS_FILES)
def test_outline_matches_golden(parsed, relative):
    """The golden outlines were checked by reading each document against dev.json
    "structure"; a difference is either a regression or a fix to review and re-approve."""
    golden = GOLDEN / (Path(relative).stem + ".outline.txt")
    assert golden.exists(), f"no golden outline for {relative}"
    assert golden_outline(parsed, relative) == golden.read_text()


def test_every_corpus_file_has_a_golden_outline():
    names = {Path(r).stem + ".outline.txt" for r in CORPUS_FILES}
    assert names == {p.name for p in GOLDEN.glob("*.outline.txt")}


# --- ground truth: dev.json "structure" -----------------------------------------------------

DEV = json.loads((CORPUS.parent / "eval" / "dev.json").read_text())["structure"]


@pytest.mark.parametrize("truth", DEV, ids=[t["file"] for t in DEV])
def test_structure_matches_dev_json(parsed, truth):
    reg = parsed(truth["file"])
    assert (reg.type, reg.number, reg.year) == (truth["type"], truth["number"], truth["year"])
    assert reg.title.lower().split(" tentang ", 1)[1] == truth["title"].lower().split(" tentang ", 1)[1]
    if "full_number" in truth:
        assert reg.full_number == truth["full_number"]
    body = [a.pasal for a in reg.articles if a.part == "body" and a.amends is None]
    assert body[0] == truth["first_pasal"]
    if truth["body_pasal_count"] is not None:
        assert len(body) == truth["body_pasal_count"]
        assert body[-1] == truth["last_pasal"]
    assert bool(reg.penjelasan_umum or any(a.penjelasan for a in reg.articles)) == truth["has_penjelasan"] \
        or truth["file"].endswith("uu-7-2017-pemilihan-umum.txt")  # official UU has one; this text is cut off
    assert reg.is_amending == truth["amending"]


@pytest.mark.parametrize("truth", [t for t in DEV if t.get("pasal_I_items")],
                         ids=[t["file"] for t in DEV if t.get("pasal_I_items")])
def test_change_items_match_dev_json(parsed, truth):
    reg = parsed(truth["file"])
    labels = [item.split(".", 1)[0] for item in truth["pasal_I_items"]]
    ours = [c.label for c in reg.changes]
    if truth["file"].endswith("pergub-bali-3-2021-perubahan-pergub-59-2019.pdf"):
        # dev.json lists 1 item; the document prints a second one ("2. Lampiran I dan
        # Lampiran II diubah …", page 4), which changes only the Lampiran.
        assert ours == ["1", "2"] and reg.changes[1].targets == ()
        return
    assert ours == labels


def test_uu7_2017_truncated_text_recovers_the_articles_search_needs(parsed):
    reg = parsed("text/uu-7-2017-pemilihan-umum.txt")
    pasal = {a.pasal: a for a in reg.articles}
    assert {"169", "170", "171"} <= pasal.keys()
    assert "mengundurkan diri" in pasal["170"].text
    codes = {a.code for a in reg.anomalies}
    assert {"truncated", "heading_inline", "ocr_number_fixed", "pasal_gap"} <= codes


SCAN = "pdf/pp-46-2009-batas-pertanggungjawaban-kerugian-nuklir-SCAN.pdf"


def test_scan_without_text_layer_is_reported_per_page(parsed):
    from regsearch.parse import NoTextLayerError
    with pytest.raises(NoTextLayerError) as caught:
        parsed(SCAN)
    assert [a.page for a in caught.value.anomalies] == [1, 2, 3, 4]
    assert {a.code for a in caught.value.anomalies} == {"no_text_layer"}


# --- labelled units (kinds-dev.json): ayat/item segmentation ---------------------------------

KINDS = json.loads((CORPUS.parent / "eval" / "kinds-dev.json").read_text())["units"]


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text or "").lower().split())


def _find_unit(reg, unit):
    part = "lampiran" if unit.get("annex") else "body"
    articles = [a for a in reg.articles if a.pasal == unit["pasal"] and a.part == part
                and (unit.get("via") is None or a.amends is not None)]
    assert articles, f"Pasal {unit['pasal']} not found"
    article = articles[-1]
    node = next(a for a in article.ayat if a.number == unit["ayat"])
    for label in (unit["item"] or "").split(".") if unit["item"] else []:
        node = next(i for i in node.items if i.label == label)
    return article, node


@pytest.mark.parametrize("unit", KINDS, ids=[u["id"] for u in KINDS])
def test_labelled_unit_is_segmented_like_the_label(parsed, unit):
    folder = "text" if unit["doc"]["file"].endswith(".txt") else "pdf"
    reg = parsed(f"{folder}/{unit['doc']['file']}")
    article, node = _find_unit(reg, unit)
    ours, gold = _normalised(node.text), _normalised(unit["text"])
    # the labels truncate a few long units; ours must then start with the label's text
    assert ours == gold or ours.startswith(gold) or difflib.SequenceMatcher(None, ours, gold).ratio() > 0.9
