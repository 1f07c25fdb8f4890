"""Session-17 QA (qa5 W1, W2, C1, C2) on citations as people type them: a law cited by the
name it gives itself, with no type before it ("Pasal 603 KUHP", "KUHP pasal 622", "pasal 603
kitab undang-undang hukum pidana"); a Pasal beside a name that reads as nothing said so, not
silently searched as words; "psal"/"hurf"/"ayt" read as the unit words they misspell; a
number one digit off offered ("UU 12/20111": did you mean UU 12/2011?); a "jo." chain after a
law's title name read as after its number. On the bundled corpus and on verbatim excerpts of
the scale corpus framed by ``tests/laws.py``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import regsearch
from regsearch.citations import unit_words_respelled
from regsearch.errors import NotFoundError
from regsearch.legal import parse_regulation_ref
from regsearch.titles import TitleCatalogue, TitledRegulation, declared_names

from .laws import indexed, indexed_fixtures, law_text
from .test_cli import run

#: UU 1/2023 (KUHP) as the scale corpus prints it (uu/2023/1.md), verbatim: Pasal 603 (lines
#: 8138–8146, with its OCR "menrgikan"), Pasal 623 and 624 (lines 8885–8890).
KUHP_2023 = law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", """BAB XXXV
TINDAK PIDANA KHUSUS
Pasal 603
Setiap Orang yang secara melawan hukum melakukan
perbuatan memperkaya diri sendiri, orang lain, atau
Korporasi yang menrgikan keuangan negara atau
perekonomian negara, dipidana dengan pidana penjara
seumur hidup atau pidana penjara paling singkat 2 (dua)
tahun dan paling lama 20 (dua puluh) tahun dan pidana
denda paling sedikit kategori II dan paling banyak
kategori VI.

Pasal 623
Undang-Undang ini dapat disebut dengan KUHP.

Pasal 624
Undang-Undang ini mulai berlaku setelah 3 (tiga) tahun
terhitung sejak tanggal diundangkan.
""", "2 Januari 2023")
#: UU 8/1981 (Hukum Acara Pidana) as the scale corpus prints it (uu/1981/8.md, line 207,
#: one line there), verbatim: Pasal 285 and 286. Its title says "Hukum Acara Pidana": only
#: the name Pasal 285 gives it is "Kitab Undang-undang …", whose initials are KUHAP.
KUHAP_1981 = law_text(8, 1981, "Hukum Acara Pidana", """BAB XXII
KETENTUAN PENUTUP
Pasal 285
Undang-undang ini disebut Kitab Undang-undang Hukum Acara Pidana.
Pasal 286
Undang-undang ini mulai berlaku pada tanggal diundangkan.
""", "31 Desember 1981")


@pytest.fixture(scope="module")
def codes_index(tmp_path_factory) -> Path:
    return indexed(tmp_path_factory.mktemp("codes-s17"),
                   {"uu-1-2023.md": KUHP_2023, "uu-8-1981.md": KUHAP_1981})


# --- W1. a law cited by the name it gives itself -----------------------------------------------

def test_the_names_a_law_gives_itself_are_read_from_its_own_ayat():
    assert declared_names([
        "Undang-Undang ini dapat disebut dengan KUHP.",                     # uu/2023/1.md:8886
        "Undang-undang ini disebut Kitab Undang-undang Hukum Acara Pidana.",  # uu/1981/8.md:207
        # uu/1961/…-style closing formula: a name after its type
        'Undang-undang ini dapat disebut "Undang-undang Pos" dan mulai berlaku pada tanggal '
        "yang akan ditetapkan dengan Peraturan Pemerintah",
    ]) == ["KUHP", "Kitab Undang-undang Hukum Acara Pidana", "Undang-undang Pos"]
    # what an article says a thing of the law is called is no name of it (uu/1981/2.md:62)
    assert declared_names([
        "Standar-standar induk untuk satuan-satuan dasar sebagaimana dimaksud dalam Pasal 3 "
        "Undang-undang ini disebut Standar Nasional yang ditetapkan dengan Peraturan "
        "Pemerintah."]) == []
    # nor, from "Undang-undang ini" on (the same ayat cut there), words that say what a thing
    # is called
    assert declared_names(["Undang-undang ini disebut Standar Nasional yang ditetapkan "
                           "dengan Peraturan Pemerintah."]) == []


def test_a_code_is_read_by_its_initials_and_its_whole_title_without_the_type():
    held = TitleCatalogue([TitledRegulation(
        parse_regulation_ref("UU 1/2023"), "Undang-Undang Republik Indonesia Nomor 1 Tahun "
        "2023 tentang Kitab Undang-Undang Hukum Pidana")])
    assert held.read("Pasal 603 KUHP") == "Pasal 603 UU 1/2023"
    assert held.read("KUHP pasal 622") == "UU 1/2023 pasal 622"
    assert held.read("pasal 603 kitab undang-undang hukum pidana") == "pasal 603 UU 1/2023"
    assert held.read("pasal 603 K.U.H.P.") == "pasal 603 UU 1/2023."
    # after its type the name is read as before, once
    assert held.read("UU KUHP Pasal 603") == "UU 1/2023 Pasal 603"
    # a title that is no law's name gives no name without its type ("pemerintahan daerah")
    local = TitleCatalogue([TitledRegulation(
        parse_regulation_ref("UU 23/2014"), "Undang-Undang Republik Indonesia Nomor 23 Tahun "
        "2014 tentang Pemerintahan Daerah")])
    assert local.read("pasal 1 pemerintahan daerah") == "pasal 1 pemerintahan daerah"


def test_a_name_a_law_gives_itself_after_its_type_is_read_as_its_subject():
    """UU 13/1961 is "tentang Ketentuan-Ketentuan Pokok Kepolisian Negara"; its Pasal 19
    (uu/1961/13.md:47, verbatim) names it "UNDANG-UNDANG POKOK KEPOLISIAN NEGARA"."""
    names = declared_names(['Undang-undang ini dapat disebut "UNDANG-UNDANG POKOK KEPOLISIAN '
                            'NEGARA" dan mulai berlaku, pada hari diundangkan.'])
    held = TitleCatalogue([TitledRegulation(
        parse_regulation_ref("UU 13/1961"), "Undang-Undang Republik Indonesia Nomor 13 Tahun "
        "1961 tentang Ketentuan-Ketentuan Pokok Kepolisian Negara", names=tuple(names))])
    assert held.read("UU Pokok Kepolisian Negara pasal 19") == "UU 13/1961 pasal 19"
    assert held.read("UU Ketentuan-Ketentuan Pokok Kepolisian Negara pasal 19") == (
        "UU 13/1961 pasal 19")


def test_a_name_declared_in_a_closing_diktum_printed_into_an_article_is_read(tmp_path):
    """QA round 13: "UU Pokok Agraria" was "Not found … did you mean UU 5/1960?" though the
    law names itself so: the naming sentence ends an ayat that starts with other sentences."""
    assert declared_names(["Hal-hal yang bersangkutan dengan ketentuan dalam huruf A diatas "
                           "diatur lebih lanjut dengan Peraturan Pemerintah. KELIMA. "
                           "Undang-undang ini dapat disebut Undang-undang Pokok Agraria dan "
                           "mulai berlaku pada tanggal diundangkan."]) == [
        "Undang-undang Pokok Agraria"]
    # uu/1960/5.md, lines 1-185 verbatim: its Diktum KELIMA is printed into Pasal IX
    with regsearch.open_index(indexed_fixtures(tmp_path, {
            "uu-5-1960.md": "uu-5-1960-uupa-body.md"})) as idx:
        found = idx.search("UU Pokok Agraria pasal IX")
        assert [h.citation for h in found.hits] == ["Pasal IX UU 5/1960"]
        assert found.read_as == "UU 5/1960 pasal IX"


def test_pasal_cited_by_a_codes_own_name_answers_that_article(codes_index):
    """qa5 W1: "Pasal 603 KUHP" answered Pasal 623 and Pasal 43B UU 31/1999 as words."""
    with regsearch.open_index(codes_index) as idx:
        for typed in ("Pasal 603 KUHP", "KUHP pasal 603",
                      "pasal 603 kitab undang-undang hukum pidana"):
            found = idx.search(typed)
            assert [h.citation for h in found.hits] == ["Pasal 603 UU 1/2023"], typed
            assert "UU 1/2023" in (found.read_as or ""), typed
        assert idx.show("Pasal 603 KUHP").citation == "Pasal 603 UU 1/2023"


def test_a_codes_own_name_away_from_the_pasal_of_another_law_cites_nothing(codes_index):
    """qa6 #1: "pasal 2 uu 31/1999 dicabut kuhp" added Pasal 2 UU 1/2023, and "pasal 5 uu
    tipikor dicabut kuhp" answered Pasal 5 UU 1/2023: the KUHP read as the law the Pasal was
    cited of. A name without its type names the law cited only beside a Pasal, or alone with
    no other law named."""
    held = TitleCatalogue([TitledRegulation(
        parse_regulation_ref("UU 1/2023"), "Undang-Undang Republik Indonesia Nomor 1 Tahun "
        "2023 tentang Kitab Undang-Undang Hukum Pidana", names=("KUHP",))])
    for question in ("pasal 2 uu 31/1999 dicabut kuhp", "pasal 5 uu tipikor dicabut kuhp",
                     "apakah pasal 2 masih berlaku setelah kuhp"):
        assert held.read(question) == question
    assert held.read("Pasal 2 ayat (1) huruf a dan b KUHP") == "Pasal 2 ayat (1) huruf a dan b UU 1/2023"
    assert held.read("pencemaran nama baik kuhp") == "pencemaran nama baik UU 1/2023"
    with regsearch.open_index(codes_index) as idx:
        assert idx.search("Pasal 603 ayat (1) KUHP").hits[0].citation.endswith("UU 1/2023")
        assert idx.search("Pasal 285 dan Pasal 603 KUHP").hits[-1].citation == \
            "Pasal 603 UU 1/2023"
        alone = idx.search("memperkaya diri kuhp")     # no other law named: the KUHP's words
        assert alone.hits and all(h.regulation.id == "uu-1-2023" for h in alone.hits)


def test_a_codes_own_name_held_as_a_word_of_the_question_is_no_code_the_index_lacks(
        codes_index):
    """s18 (qa6 N1): in "ketentuan pasal 5 dan pasal 13 tipikor dicabut kuhp" the KUHP is a
    word of the question (the Pasal are the Tipikor law's); it was then taken for a code the
    index lacks: "'kuhp' names no regulation the index holds", though it holds UU 1/2023."""
    with regsearch.open_index(codes_index) as idx:
        for question in ("ketentuan pasal 5 dan pasal 13 tipikor dicabut kuhp",
                         "pasal 5 tipikor dicabut kuhp"):
            found = idx.search(question)
            assert any(note.startswith("Pasal 5 of which regulation?")
                       for note in found.missing), question
            assert "Pasal 5 UU 1/2023" not in [h.citation for h in found.hits]


def test_a_name_only_the_law_itself_gives_is_read(codes_index):
    """UU 8/1981 is "tentang Hukum Acara Pidana": KUHAP is the initials of the name its Pasal
    285 gives it, recorded at indexing."""
    with regsearch.open_index(codes_index) as idx:
        assert [h.citation for h in idx.search("Pasal 286 KUHAP").hits] == ["Pasal 286 UU 8/1981"]
        assert idx.show("KUHAP Pasal 285").citation == "Pasal 285 UU 8/1981"


def test_a_code_the_index_does_not_hold_is_said_so(opened_index):
    """The bundled corpus holds no KUHP, KUHAP nor KUHPerdata: a Pasal of one is an error
    naming it (as "UU Perbankan Pasal 5" is), never other articles searched as words."""
    for typed in ("Pasal 603 KUHP", "Pasal 1365 KUHPerdata"):
        with pytest.raises(NotFoundError, match=f"'{typed.split()[-1]}' names no regulation"):
            opened_index.search(typed)
    with pytest.raises(NotFoundError, match="'KUHAP' names no regulation"):
        opened_index.show("Pasal 77 KUHAP")
    with pytest.raises(NotFoundError, match="'KUHAP' names no regulation"):
        opened_index.search("penahanan", regulation="KUHAP")
    # two words the glossary writes out as a law's name, named as typed
    with pytest.raises(NotFoundError, match="'UUD 1945' names no regulation"):
        opened_index.search("pasal 28 UUD 1945")
    with pytest.raises(NotFoundError, match="'KUHPerdata' names no regulation"):
        opened_index.search("sanksi pasal 5 KUHPerdata")


def test_a_pasal_beside_words_naming_no_regulation_is_said_so(opened_index, corpus_index):
    """A Pasal with no regulation read beside it: the words are searched, and the JSON and
    the CLI say that the Pasal cited none (before: nothing said)."""
    found = opened_index.search("pasal 603 xyzabc")
    note = next(note for note in found.missing
                if note.startswith("Pasal 603 of which regulation? None the index holds"))
    # its example names a regulation the index holds (qa6: it was always UU 13/2003)
    example = re.search(r"like 'Pasal 603 (?P<short>[^']+)'", note).group("short")
    assert example in {s.regulation.ref.short for s in opened_index.regulations()}
    result = run(CliRunner(), "query", "pasal 603 xyzabc", "--index", corpus_index)
    assert "Not found: Pasal 603 of which regulation?" in result.output
    # a draft ("RUU": rancangan undang-undang) is no regulation's name: a note, no error
    assert any(note.startswith("Pasal 5 of which regulation?")
               for note in opened_index.search("pasal 5 ruu").missing)


def test_the_example_of_a_pasal_of_no_regulation_is_the_law_the_words_land_in(opened_index):
    """s18 (qa6 N7): the example was always the same law held ("like 'Pasal 40 UU 13/2003'"
    for a question on village heads); now the law the words found holding a Pasal of that
    number: the reactor licensing PP for "izin reaktor nuklir"."""
    found = opened_index.search("pasal 34 izin reaktor nuklir")
    assert found.hits[0].regulation.id == "pp-43-2006"
    assert found.missing[0].startswith("Pasal 34 of which regulation? None the index holds is "
                                       "named (write it by its number, like 'Pasal 34 PP "
                                       "43/2006',")
    labour = opened_index.search("pasal 82 istirahat melahirkan")
    assert "like 'Pasal 82 UU 13/2003'" in labour.missing[0]


def test_a_pasal_of_no_regulation_beside_tentang_and_words_is_the_same_note(opened_index):
    """s18 (qa6 N7): "Pasal 603 tentang korupsi" was a usage error ("names no regulation: add
    one"), its words read as a title though no regulation was named."""
    found = opened_index.search("Pasal 7 tentang pengunduran diri calon")
    assert found.hits
    assert found.missing[0].startswith("Pasal 7 of which regulation?")
    # a title after a regulation named stays its title ("… tentang Pemilihan Umum")
    assert opened_index.search("Pasal 7 UU 7/2017 tentang Pemilihan Umum").hits[0].citation == (
        "Pasal 7 UU 7/2017")


# --- W2 / C2. unit words misspelt, a number one digit off ---------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("psal 7 uu 12/2011", "pasal 7 uu 12/2011"),
    ("pasl 7 UU 12/2011", "pasal 7 UU 12/2011"),
    ("Pasal 7 ayat (2) hurf g UU 10/2016", "Pasal 7 ayat (2) huruf g UU 10/2016"),
    ("Pasal 7 ayt 2 UU 10/2016", "Pasal 7 ayat 2 UU 10/2016"),
    # no label after it, no regulation named, or a word of its own: left as typed
    ("psal pilkada UU 10/2016", "psal pilkada UU 10/2016"),
    ("psal 7 upah", "psal 7 upah"),
    ("asal 2 UU 10/2016", "asal 2 UU 10/2016"),
    ("ayah 2 UU 10/2016", "ayah 2 UU 10/2016"),
])
def test_unit_words_typed_with_a_slip_are_read_before_their_label(typed, read):
    assert unit_words_respelled(typed) == read


def test_a_letter_replaced_is_read_only_in_a_word_no_regulation_holds():
    assert unit_words_respelled("pasel 7 UU 12/2011", lambda word: True) == "pasal 7 UU 12/2011"
    assert unit_words_respelled("Pasal 7 ayat (2) hurup g UU 10/2016", lambda word: True) == (
        "Pasal 7 ayat (2) huruf g UU 10/2016")
    assert unit_words_respelled("pasar 7 UU 12/2011", lambda word: False) == "pasar 7 UU 12/2011"
    # the first letter is never the one replaced ("basal" is no "pasal")
    assert unit_words_respelled("basal 7 UU 12/2011", lambda word: True) == "basal 7 UU 12/2011"


@pytest.mark.parametrize("typed", ["psal 7 uu 12/2011", "pasel 7 uu 12/2011"])
def test_a_misspelt_pasal_cites_the_article(opened_index, typed):
    """qa5 W2: "psal 7 uu 12/2011" searched "7" as a word (Pasal 8 ayat (1) first) under a
    "Searched as" that looked like the citation; "pasel", a word no article holds, too."""
    found = opened_index.search(typed)
    assert [h.citation for h in found.hits] == ["Pasal 7 UU 12/2011"]


def test_a_word_the_corpus_holds_is_not_taken_for_a_misspelt_pasal(opened_index):
    """"pasar" (market) is a word of the bundled corpus ("harga pasar", corpus/text/uu-8-2015-
    perubahan-uu-1-2015-pilkada.txt:538; "Pengelolaan Area Pasar", uu-12-2011-…:966): never
    read as "pasal" however close."""
    found = opened_index.search("pasar 7 uu 12/2011")
    assert found.read_as == "pasar 7 in UU 12/2011"   # words searched, no citation read
    # Pasal 7 may rank among the words' answers only as one of them refers to it
    assert all(h.linked and h.linked.startswith("referred to by ") for h in found.hits
               if h.citation == "Pasal 7 UU 12/2011")


def test_show_reads_a_misspelt_huruf(opened_index):
    """qa5 C2: `show "Pasal 7 ayat (2) hurf g UU 10/2016"` said it held words beside it."""
    view = opened_index.show("Pasal 7 ayat (2) hurf g UU 10/2016")
    assert view.cited_ayat == "2" and view.cited_items == ("g",)


@pytest.mark.parametrize("typed, meant", [("Pasal 7 UU 12/20111", "UU 12/2011"),
                                          ("Pasal 7 UU 10/216", "UU 10/2016")])
def test_a_number_one_digit_off_the_one_held_is_offered(opened_index, typed, meant):
    """qa5 C2: both said "names no regulation the index holds", offering nothing."""
    for answer in (opened_index.search, opened_index.show):
        with pytest.raises(NotFoundError, match=f"did you mean {meant}"):
            answer(typed)


def test_a_number_near_several_held_is_offered_none():
    titled = [TitledRegulation(parse_regulation_ref(ref), f"Undang-Undang Nomor {n} Tahun "
                               f"{y} tentang {subject}")
              for ref, n, y, subject in (("UU 10/2016", 10, 2016, "Pilkada"),
                                         ("UU 10/2011", 10, 2011, "Lain"))]
    assert TitleCatalogue(titled).offer("UU 10/2012") == ([], False)
    assert TitleCatalogue(titled).offer("UU 10/20166") == (["UU 10/2016 (Pilkada)"], False)


# --- C1. a "jo." chain after a title name -------------------------------------------------------

def test_a_juncto_chain_after_a_title_name_reads_as_after_the_number(opened_index):
    """qa5 C1: "pasal 201 uu pilkada jo uu 8/2015 jo uu 10/2016" was read "… UU 1/2015
    sebagaimana diubah dengan UU 10/2016 jo uu 8/2015 jo uu 10/2016", citing two versions."""
    by_name = opened_index.search("pasal 201 uu pilkada jo uu 8/2015 jo uu 10/2016")
    by_number = opened_index.search("pasal 201 uu 1/2015 jo uu 8/2015 jo uu 10/2016")
    assert [h.citation for h in by_name.hits] == [h.citation for h in by_number.hits]
    assert len(by_name.hits) == 1
    assert by_name.read_as.count("10/2016") == 1 and "jo" not in by_name.read_as
