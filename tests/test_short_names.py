"""Session-16 QA (qa2 W6, C4, C6) on how regulations' short names and a query's words are
read: "UU PTUN" (initials of Peradilan Tata Usaha Negara, which the glossary writes out as
the court, pengadilan …), "UU HKPD" (a letter once for consecutive words it begins), a short
name of several laws held (asked which, not "names no regulation"), an abbreviation beside
its own words ("daftar pemilih tetap DPT": the words once), and "did you mean" for an acronym
(only another acronym one edit away: "LKPJ" is no typo of "kpu"). On the bundled corpus and
verbatim excerpts of the scale corpus (tests/fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import regsearch
from regsearch.errors import NotFoundError
from regsearch.expand import expansions
from regsearch.legal import parse_regulation_ref
from regsearch.titles import TitleCatalogue, TitledRegulation, abbreviates

from .test_cli import run

FIXTURES = Path(__file__).parent / "fixtures"
#: Verbatim excerpts: UU 9/2004 (amends UU 5/1986, Peradilan Tata Usaha Negara) Pasal 53,
#: UU 1/2022 (HKPD) Pasal 2, UU 17/2003 (Keuangan Negara) Pasal 2, UU 39/2008 (Kementerian
#: Negara) Pasal 2–3.
EXCERPTS = ("uu-9-2004-peradilan-tun-pasal-53.md", "uu-1-2022-hkpd-pasal-2.md",
            "uu-17-2003-keuangan-negara-pasal-2.md", "uu-39-2008-kementerian-negara-pasal-2-3.md")

#: Titles as the scale corpus prints them (uu/2004/9.md, uu/2022/1.md, uu/2004/33.md, …).
TITLES = {
    "UU 9/2004": "Undang-Undang Republik Indonesia Nomor 9 Tahun 2004 tentang Perubahan atas "
                 "Undang-Undang Nomor 5 Tahun 1986 tentang Peradilan Tata Usaha Negara",
    "UU 51/2009": "Undang-Undang Republik Indonesia Nomor 51 Tahun 2009 tentang Perubahan "
                  "Kedua atas Undang-Undang Nomor 5 Tahun 1986 tentang Peradilan Tata Usaha "
                  "Negara",
    "UU 1/2022": "Undang-Undang Republik Indonesia Nomor 1 Tahun 2022 tentang Hubungan "
                 "Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
    "UU 33/2004": "Undang-Undang Republik Indonesia Nomor 33 Tahun 2004 tentang Perimbangan "
                  "Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
    "UU 7/1971": "Undang-Undang Nomor 7 Tahun 1971 tentang Ketentuan-Ketentuan Pokok Kearsipan",
    "UU 14/1970": "Undang-Undang Nomor 14 Tahun 1970 tentang Ketentuan-Ketentuan Pokok "
                  "Kekuasaan Kehakiman",
    "UU 17/2003": "Undang-Undang Republik Indonesia Nomor 17 Tahun 2003 tentang Keuangan Negara",
    "UU 39/2008": "Undang-Undang Republik Indonesia Nomor 39 Tahun 2008 tentang Kementerian "
                  "Negara",
    "UU 5/1962": "Undang-Undang Nomor 5 Tahun 1962 tentang Perusahaan Daerah",
    "UU 23/2014": "Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan "
                  "Daerah",
}
#: What each amends (``TitledRegulation.amends``), as the index reads it from Pasal I.
AMENDS = {"UU 9/2004": "UU 5/1986", "UU 51/2009": "UU 5/1986"}


def catalogue(*names: str) -> TitleCatalogue:
    return TitleCatalogue(
        TitledRegulation(parse_regulation_ref(name), TITLES[name],
                         amends=parse_regulation_ref(AMENDS[name]) if name in AMENDS else None)
        for name in names)


@pytest.fixture(scope="module")
def excerpts_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("names-s16")
    report = regsearch.build_index([FIXTURES / name for name in EXCERPTS], index_dir)
    assert len(report.added) == len(EXCERPTS), report
    return index_dir


# --- 1. "UU PTUN": the glossary's court (pengadilan) is the title's judicature (peradilan) ------

def test_initials_the_glossary_writes_out_as_a_noun_of_the_same_root_name_the_title():
    """qa2 W6: "UU PTUN pasal 53" was refused ("did you mean UU 5/1986 (Peradilan Tata Usaha
    Negara)?"): the glossary reads PTUN "pengadilan tata usaha negara", which kept it from
    being read as the title's initials. UU 5/1986 is held only through its amendments."""
    held = catalogue("UU 9/2004", "UU 51/2009")
    assert held.read("UU PTUN pasal 53", expansions) == (
        "UU 5/1986 sebagaimana diubah dengan UU 51/2009 pasal 53")
    # a meaning of other roots still keeps a word from a title: Perda is no Perusahaan Daerah
    assert catalogue("UU 23/2014", "UU 5/1962").read("UU Perda pasal 1", expansions) == (
        "UU Perda pasal 1")


def test_uu_ptun_cites_the_article_of_the_law_held_through_its_amendment(excerpts_index):
    with regsearch.open_index(excerpts_index) as idx:
        found = idx.search("UU PTUN pasal 53")
    assert found.read_as == "UU 5/1986 sebagaimana diubah dengan UU 9/2004 pasal 53"
    assert [h.citation for h in found.hits] == [
        "Pasal 53 UU 5/1986 sebagaimana diubah dengan UU 9/2004"]


# --- 2. "UU HKPD": a letter once for consecutive words it begins ------------------------------

@pytest.mark.parametrize("word, subject, strict, loose", [
    # h k [antara] p p [dan] p d: "antara" skipped, the run of P written once
    ("HKPD", "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", False, True),
    ("PKPD", "Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", False,
     True),
    ("HKPPPD", "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", True, True),
    # a run written once, never a letter left out elsewhere
    ("PDP", "Penagihan Pajak dengan Surat Paksa", False, False),
    ("KPD", "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", False, False),
    # two letters are too few to read so loosely
    ("PD", "Pemerintah Pusat dan Pemerintahan Daerah", False, False),
])
def test_initials_may_write_a_letter_once_for_a_run_of_words(word, subject, strict, loose):
    assert abbreviates(word, subject) is strict
    assert abbreviates(word, subject, loose=True) is loose


def test_a_run_written_once_is_read_only_where_no_title_has_the_initials_whole():
    """qa2 W6: "UU HKPD pasal 1" was refused with no suggestion."""
    assert catalogue("UU 1/2022").read("UU HKPD pasal 1") == "UU 1/2022 pasal 1"
    assert catalogue("UU 1/2022").read("UU 1/2022 tentang HKPD pasal 1") == "UU 1/2022 pasal 1"
    # KPK: the initials of Ketentuan-Ketentuan Pokok Kearsipan whole, before Kekuasaan
    # Kehakiman's k p k k with its run of K written once
    assert catalogue("UU 7/1971", "UU 14/1970").read("UU KPK pasal 1") == "UU 7/1971 pasal 1"
    assert catalogue("UU 14/1970").read("UU KPK pasal 1") == "UU 14/1970 pasal 1"


def test_uu_hkpd_cites_the_article(excerpts_index):
    with regsearch.open_index(excerpts_index) as idx:
        found = idx.search("UU HKPD pasal 2")
    assert [h.citation for h in found.hits] == ["Pasal 2 UU 1/2022"]


# --- 3. a short name of several: asked which --------------------------------------------------

def test_a_short_name_of_several_is_offered_as_such():
    held = catalogue("UU 17/2003", "UU 39/2008")
    assert held.offer("UU KN") == (["UU 17/2003 (Keuangan Negara)",
                                    "UU 39/2008 (Kementerian Negara)"], True)
    # a name words fit inside titles is a suggestion, not a short name of each
    assert held.offer("UU Keuangan") == (["UU 17/2003 (Keuangan Negara)"], False)


def test_an_ambiguous_short_name_is_asked_about_not_said_to_name_none(excerpts_index):
    """qa2: "UU KN pasal 2" said "'UU KN' names no regulation the index holds: did you mean
    …", though KN shortens two titles held."""
    runner = CliRunner()
    shown = run(runner, "query", "UU KN pasal 2", "--index", excerpts_index,
                env={"NO_COLOR": "1"})
    assert shown.exit_code == 1
    assert shown.stderr == (
        "regsearch: error: 'UU KN' is the short name of several regulations the index holds; "
        "which one? UU 17/2003 (Keuangan Negara) or UU 39/2008 (Kementerian Negara) (name it "
        "by its number, or by the whole subject of its title)\n")
    with regsearch.open_index(excerpts_index) as idx:
        with pytest.raises(NotFoundError, match="short name of several"):
            idx.show("UU KN Pasal 2")
        noted = idx.search("kedudukan UU KN")   # words beside it: searched, the name noted
    assert noted.missing == (
        "'UU KN' is the short name of several regulations the index holds (UU 17/2003 "
        "(Keuangan Negara) or UU 39/2008 (Kementerian Negara): which one?); the words were "
        "searched",)


def test_a_short_name_glued_to_uu_is_read_apart(opened_index, excerpts_index):
    """QA round 3 W3: "UUPK pasal 62" was searched as the words "iupk pasal 62" (a mining
    permit); lawyers glue a law's short name to "UU"."""
    hit = opened_index.search("UUP3 pasal 7").hits[0]
    assert hit.citation == "Pasal 7 UU 12/2011"
    assert opened_index.show("uup3 Pasal 7").citation == "Pasal 7 UU 12/2011"
    with regsearch.open_index(excerpts_index) as idx:   # apart, a name to ask about
        with pytest.raises(NotFoundError, match="'UU KN' is the short name of several"):
            idx.search("UUKN pasal 2")
    held = catalogue("UU 17/2003", "UU 39/2008")
    assert held.unglued("UUD 1945 pasal 5") == "UUD 1945 pasal 5"   # the Constitution
    assert held.unglued("uupadat karya") == "uupadat karya"   # no name apart: left


# --- 4. an abbreviation beside its own words ---------------------------------------------------

def test_an_abbreviation_written_out_beside_it_is_not_added_again(opened_index, corpus_index):
    """qa2 C4: "daftar pemilih tetap DPT" was searched as "daftar pemilih tetap daftar pemilih
    tetap" (JSON read_as too)."""
    assert opened_index.search("daftar pemilih tetap DPT").read_as == "daftar pemilih tetap"
    # alone, or beside other words, DPT is still written out
    assert opened_index.search("jumlah DPT").read_as == "jumlah daftar pemilih tetap"
    data = run(CliRunner(), "query", "DPT daftar pemilih tetap", "--json", "--index",
               corpus_index).stdout
    assert '"read_as": "daftar pemilih tetap"' in data


# --- 5. "did you mean" for an acronym ----------------------------------------------------------

@pytest.mark.parametrize("query", ["LKPJ", "PTSP", "NPHD", "LAKIP", "BPKAD"])
def test_an_acronym_the_index_never_uses_gets_no_unrelated_suggestion(opened_index, query):
    """qa2 C6: "LKPJ" → "Did you mean: kpu?", "PTSP" → "pps", "NPHD" → "dprd"."""
    found = opened_index.search(query)
    assert found.suggestion is None and found.read_as is None
    assert found.unmatched == (query.lower(),)


def test_a_misspelt_acronym_still_gets_the_acronym_meant(opened_index):
    assert opened_index.search("hak DRPD").suggestion == "hak dprd"


def test_two_edits_keep_the_first_letter(opened_index):
    """qa QA #15: "Sekwan" → "did you mean dewan" (s→d and a letter dropped)."""
    assert opened_index.search("Sekwan").suggestion is None
    assert opened_index.search("pesagon").suggestion == "pesangon"   # one edit


def test_perusda_is_the_statutes_perusahaan_daerah(opened_index, excerpts_index):
    """qa2 C6: "BUMD perusda" → "Did you mean: bumd berusia?". The bundled corpus never says
    "perusahaan daerah": no suggestion; UU 17/2003 Pasal 2 huruf g does."""
    assert expansions("perusda") == [["perusahaan", "daerah"]]
    assert opened_index.search("BUMD perusda").suggestion is None
    with regsearch.open_index(excerpts_index) as idx:
        found = idx.search("perusda")
    assert found.read_as == "perusahaan daerah"
    assert found.hits[0].citation == "Pasal 2 huruf g UU 17/2003"


def test_md3_is_the_law_on_the_four_bodies(tmp_path):
    """QA round 9: "UU MD3" (UU 17/2014, on the MPR, DPR, DPD and DPRD: its title lists them,
    its initials do not spell it) ran over every law; "UU MD3 pasal 224" was an error. The
    excerpt also shows Pasal 224 under its own heading, "Paragraf 6 Hak Imunitas", which the
    source glues after Pasal 223's last sentence."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "uu-17-2014.md").write_bytes(
        (FIXTURES / "uu-17-2014-md3-pasal-223-224.md").read_bytes())
    regsearch.build_index(source, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as idx:
        assert idx.search("UU MD3 pasal 224").hits[0].citation == "Pasal 224 UU 17/2014"
        shown = idx.show("Pasal 224 UU 17/2014")
        assert "Paragraf 6 Hak Imunitas" in shown.headings
        before = idx.show("Pasal 223 UU 17/2014")
        assert "Paragraf 6" not in before.text and "Paragraf 6 Hak Imunitas" not in before.headings
