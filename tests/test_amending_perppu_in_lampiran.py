"""An act enacting an amending Perppu prints the Perppu in its Lampiran: "Pasal I Beberapa
ketentuan dalam Undang-Undang Nomor 17 Tahun 2013 … diubah sebagai berikut: … Ketentuan
Pasal 63 dihapus. …" (UU 16/2017 enacting Perppu 2/2017 on Organisasi Kemasyarakatan; the
whole scale-corpus file ``uu/2017/16.md`` verbatim, and UU 17/2013 Pasal 59–68 from
``uu/2013/17.md``: tests/fixtures/README.md). Until session 21 only a Lampiran numbering its
articles from Pasal 1 (UU 1/2015) was read: this one gave 0 articles and no amendment, so UU
17/2013 Pasal 63–80 (the court dissolution route, Pasal 68–72) stood as in force (QA)."""

from __future__ import annotations

from pathlib import Path

import pytest

import regsearch
from regsearch.index import deleted_articles
from regsearch.parse import parse_pages

from .laws import opened_fixtures

FIXTURES = Path(__file__).parent / "fixtures"
ENACTING = "uu-16-2017-ormas-perppu-in-lampiran.md"
AMENDED = "uu-17-2013-ormas-pasal-59-68.md"


@pytest.fixture(scope="module")
def enacting():
    return parse_pages([(FIXTURES / ENACTING).read_text(encoding="utf-8")],
                       path="uu/2017/16.md", paged=False)


def test_the_perppu_in_the_lampiran_amends_the_law_it_names(enacting):
    assert enacting.amends.short == "UU 17/2013"
    quoted = {a.pasal: a for a in enacting.articles if a.amends is not None}
    assert set(quoted) >= {"1", "59", "60", "61", "62", "80A", "82A", "83A"}
    assert all(a.part == "lampiran" for a in quoted.values())
    assert quoted["62"].amends.via == "Pasal I angka 5"      # "diubatr" (OCR) is diubah
    assert quoted["59"].ayat[0].text == "Ormas dilarang:"
    own = [a.pasal for a in enacting.articles if a.amends is None]
    assert own == ["1", "2", "I", "II"]   # the act's Pasal 1-2, the Perppu's Pasal I-II


def test_deletions_glued_after_a_quoted_article_are_read_one_by_one(enacting):
    # "… pencabutan status badan hukum. Ketentuan Pasal 63 dihapus. … Ketentuan Pasal 68
    # dihapus. 6. 7. 8. 9. 10. 11." and items 12-23 (Pasal 69-80)
    deleted = {c.targets[0]: c.label for c in enacting.changes if c.action == "dihapus"}
    assert deleted["63"] == "6" and deleted["68"] == "11" and deleted["69"] == "12"
    assert {str(n) for n in range(63, 81)} - {"73"} <= set(deleted)   # "Pasal T3": OCR
    assert set(deleted_articles(enacting)) >= {f"uu-17-2013#{n}" for n in (63, 68, 70, 80)}


@pytest.fixture(scope="module")
def ormas(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ormas")
    yield from opened_fixtures(folder, {"uu-16-2017.md": ENACTING, "uu-17-2013.md": AMENDED})


def test_deleted_articles_sink_and_the_amended_wording_is_in_force(ormas):
    view = ormas.show("UU 17/2013 Pasal 68")
    assert view.standing == "deleted"
    old = ormas.show("UU 17/2013 Pasal 59")
    assert old.standing != "current"
    hits = ormas.search("pembubaran ormas", limit=10).hits
    current = [h for h in hits if h.standing == "current"]
    assert current and all("UU 16/2017" in h.citation for h in current)
    assert all(h.standing == "deleted" for h in hits if h.pasal in {"68", "70"}
               and "UU 16/2017" not in h.citation)


#: UU 10/2004 Lampiran (``uu/2004/10.md`` lines 875–880, verbatim): the form of an amending
#: law, which names no regulation ("Undang–Undang Nomor ... Tahun..."): no Perppu to read.
FORM = """MEMUTUSKAN:
 Menetapkan :
Pasal I
Beberapa ketentuan dalam Undang–Undang Nomor ... Tahun... tentang... (Lembaran Negara Republik Indonesia Tahun... Nomor..., Tambahan Lembaran Negara Republik Indonesia Nomor... ), diubah sebagai berikut :
1. Ketentuan Pasal ... ( bunyi rumusan tergantung keperluan ), dan seterusnya.
Pasal II"""


def test_the_form_of_an_amending_law_in_a_lampiran_is_no_amendment():
    from .laws import law_text
    body = "Pasal 1\nPeraturan Perundang-undangan dibentuk berdasarkan asas.\n"
    text = law_text(10, 2004, "Pembentukan Peraturan Perundang-undangan", body, "22 Juni 2004")
    text += ("LAMPIRAN UNDANG–UNDANG REPUBLIK INDONESIA NOMOR 10 TAHUN 2004 TENTANG PEMBENTUKAN "
             "PERATURAN PERUNDANG–UNDANGAN\n" + FORM)
    reg = parse_pages([text], path="uu/2004/10.md", paged=False)
    assert [a.pasal for a in reg.articles] == ["1"]
    assert reg.amends is None and not reg.changes


def test_dates_and_gazette_with_ocr_years_are_read(enacting):
    # "Disahkan di Jakarta pada tanggal 22 November 2OL7 … Diundangkan … 22 November 2Ol7 …
    # LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2OI7 NOMOR 239" (all blank until session 21)
    assert enacting.enacted == "Jakarta, 22 November 2017"
    assert enacting.promulgated == "Jakarta, 22 November 2017"
    assert enacting.gazette == "Lembaran Negara Republik Indonesia Tahun 2017 Nomor 239"


@pytest.mark.parametrize(("closing", "promulgated"), [
    ("Diundangkan di Jakarta pada tanggal 7 Agustus 2104", None),   # UU 19/2014: OCR, not 2014
    ("Diundangkan di Jakarta pada tanggal 29 Mei 2Ol7 MENTERI", "Jakarta, 29 Mei 2017"),
])
def test_a_printed_year_is_read_only_when_plausible(closing, promulgated):
    from regsearch.metadata import _match_date, _PROMULGATED
    assert _match_date(_PROMULGATED, closing) == promulgated
