"""Filtering by rule kind and addressee (issue: rights, obligations, prohibitions)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from regsearch import QueryError
from regsearch.cli import main


def test_kind_filter_cites_a_unit_of_that_kind(opened_index):
    hits = opened_index.search("pengunduran diri", limit=10, kinds=["syarat"]).hits
    assert hits and all("syarat" in h.kinds for h in hits)
    keys = [(h.regulation.id, h.pasal) for h in hits]
    assert ("uu-10-2016", "7") in keys
    pasal7 = hits[keys.index(("uu-10-2016", "7"))]
    assert pasal7.citation.startswith("Pasal 7 ayat (2) huruf s")


def test_kind_and_subject_select_one_unit_with_both(opened_index):
    result = opened_index.search("", limit=50, kinds=["larangan"], subject="kepala daerah")
    assert result.hits
    for hit in result.hits:
        view = opened_index.show(f"{hit.regulation.type} {hit.regulation.number}/"
                                 f"{hit.regulation.year} Pasal {hit.pasal}")
        units = [a for a in view.ayat if a.number == hit.ayat]
        texts = " ".join(u.full_text for u in units)
        assert "dilarang" in texts
    subjects = " ".join(h.snippet for h in result.hits)
    assert "Gubernur" in subjects or "Bupati" in subjects


def test_kind_alone_lists_a_regulations_rules_in_document_order(opened_index):
    result = opened_index.search("", limit=100, kinds=["sanksi"], regulation="UU 8/2015")
    pasal = [int(h.pasal) for h in result.hits]
    assert pasal == sorted(pasal) and 191 in pasal and 53 in pasal
    assert all("sanksi" in h.kinds for h in result.hits)
    assert result.total == len(result.hits)


def test_unknown_kind_is_a_query_error(opened_index):
    with pytest.raises(QueryError, match="unknown kind"):
        opened_index.search("cuti", kinds=["kewajiban_x"])


def test_cli_kind_json_and_repeatable(corpus_index):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "izin", "--kind", "larangan", "--kind", "sanksi",
                                  "--index", str(corpus_index), "--json", "-n", "20"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)["hits"]
    assert hits and all({"larangan", "sanksi"} & set(h["kinds"]) for h in hits)


def test_show_json_marks_units_with_kind_and_subject(corpus_index):
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["show", "UU 10/2016 Pasal 7", "--index",
                                           str(corpus_index), "--json"]).output)
    ayat2 = data["ayat"][1]
    assert "syarat" in ayat2["kinds"]
    assert all("syarat" in item["kinds"] for item in ayat2["items"]
               if not item["text"].startswith("dihapus"))
    assert data["ayat"][0]["subject"]


# --------------------------------------------------------------------------------------
# kinds and addressees of real units of the bundled corpus (QA round 13)
# --------------------------------------------------------------------------------------

def _ayat(index, citation: str, number: str | None):
    return next(a for a in index.show(citation).ayat if a.number == number)


def test_tidak_dapat_diadakan_is_a_prohibition(opened_index):
    # "Perjanjian kerja untuk waktu tertentu tidak dapat diadakan untuk pekerjaan yang bersifat
    # tetap."
    assert _ayat(opened_index, "UU 13/2003 Pasal 59", "2").kinds == ("larangan",)
    siapapun = _ayat(opened_index, "UU 13/2003 Pasal 143", "1")  # "Siapapun tidak dapat …"
    assert siapapun.kinds == ("larangan",) and siapapun.subject == "Siapapun"
    assert _ayat(opened_index, "UU 13/2003 Pasal 58", "1").kinds == ("larangan",)


def test_tidak_dapat_in_a_subject_or_condition_is_no_prohibition(opened_index):
    # "Pekerja/buruh yang … dan tidak dapat melakukan pekerjaannya … dapat mengajukan …"
    assert opened_index.show("UU 13/2003 Pasal 172").ayat[0].kinds == ("kewenangan",)
    # "…, dan pekerja/buruh … tidak dapat menerima pemutusan hubungan kerja tersebut, maka …"
    assert opened_index.show("UU 13/2003 Pasal 171").ayat[0].kinds == ("kewenangan",)
    # "Dalam hal segala upaya telah dilakukan, tetapi pemutusan … tidak dapat dihindari, maka …"
    assert _ayat(opened_index, "UU 13/2003 Pasal 151", "2").kinds == ("kewajiban",)
    # "Tenaga kerja asing … yang masa kerjanya habis dan tidak dapat diperpanjang dapat
    # digantikan oleh tenaga kerja asing lainnya."
    assert _ayat(opened_index, "UU 13/2003 Pasal 42", "6").kinds == ("kewenangan",)


def test_a_decision_in_the_form_of_a_sanction_is_sanksi(opened_index):
    # UU 10/2016 Pasal I angka 34 (UU 1/2015 Pasal 135A): "Keputusan KPU Provinsi atau KPU
    # Kabupaten/Kota … dapat berupa sanksi administrasi pembatalan pasangan calon."
    assert _ayat(opened_index, "UU 10/2016 Pasal 135A", "5").kinds == ("sanksi",)
    # ayat (6) "Pasangan calon yang dikenai sanksi … dapat mengajukan upaya hukum …" grants an
    # option to appeal; the sanction is named in a relative clause (eval/kinds-dev.json)
    assert _ayat(opened_index, "UU 10/2016 Pasal 135A", "6").kinds == ("kewenangan",)


def test_a_worker_who_obtains_severance_pay_is_entitled(opened_index):
    # UU 13/2003 Pasal 161 ayat (3) "Pekerja/buruh yang mengalami pemutusan hubungan kerja …
    # memperoleh uang pesangon …" and Pasal 162 ayat (1) "… memperoleh uang penggantian hak …"
    for citation, number in (("UU 13/2003 Pasal 161", "3"), ("UU 13/2003 Pasal 162", "1")):
        unit = _ayat(opened_index, citation, number)
        assert unit.kinds == ("hak",) and unit.subject == "Pekerja/buruh", citation
    found = opened_index.search("uang pesangon", limit=100, kinds=["hak"],
                                subject="pekerja/buruh")
    assert {"161", "162"} <= {h.pasal for h in found.hits}


def test_addressee_after_a_leading_time_phrase(opened_index):
    # UU 13/2003 Pasal 140 ayat (1): "Sekurang-kurangnya dalam waktu 7 (tujuh) hari kerja
    # sebelum mogok kerja dilaksanakan, pekerja/buruh dan serikat pekerja/serikat buruh wajib
    # memberitahukan …"
    unit = _ayat(opened_index, "UU 13/2003 Pasal 140", "1")
    assert unit.kinds == ("kewajiban",)
    assert unit.subject == "pekerja/buruh dan serikat pekerja/serikat buruh"


def test_harus_in_an_embedded_question_is_content_not_a_duty(opened_index):
    # UU 13/2003 Pasal 140 ayat (2) huruf c, an item of what a notice contains: "alasan dan
    # sebab-sebab mengapa harus melakukan mogok kerja"
    item_c = _ayat(opened_index, "UU 13/2003 Pasal 140", "2").items[2]
    assert item_c.label == "c" and item_c.kinds == () and item_c.subject is None


def test_addressee_after_a_topic_with_a_reference(opened_index):
    # UU 13/2003 Pasal 168 ayat (3) "Pemutusan hubungan kerja sebagaimana dimaksud pada ayat (1)
    # pekerja/buruh yang bersangkutan berhak menerima …", Pasal 169 ayat (2) likewise
    for citation, number in (("UU 13/2003 Pasal 168", "3"), ("UU 13/2003 Pasal 169", "2")):
        unit = _ayat(opened_index, citation, number)
        assert unit.kinds == ("hak",) and unit.subject == "pekerja/buruh", citation
    found = opened_index.search("", limit=100, kinds=["hak"], subject="pekerja/buruh",
                                regulation="UU 13/2003")
    assert {"168", "169"} <= {h.pasal for h in found.hits}


def test_an_ocr_dot_does_not_hide_a_negation(opened_index):
    # UU 7/2017 Pasal 21 ayat (1), candidate requirements whose OCR'd lead-in absorbed huruf
    # a-l, among them "tidak p.ernah dipidana penjara …": no sanction is stated, so items m-o
    # ("bersedia bekerja penuh waktu …") inherit none
    unit = _ayat(opened_index, "UU 7/2017 Pasal 21", "1")
    assert "tidak p.ernah dipidana" in unit.text
    assert "sanksi" not in unit.kinds
    assert [i.label for i in unit.items] == ["m", "n", "o"]
    assert all("sanksi" not in i.kinds for i in unit.items)


def test_subject_one_word_of_a_slashed_addressee(opened_index):
    # UU 13/2003 names the worker "pekerja/buruh": --subject pekerja found only the few
    # units that say "pekerja" alone (3 rights of UU 13/2003), the field kept the pair whole
    by_word = opened_index.search("", limit=100, kinds=["hak"], subject="pekerja",
                                  regulation="UU 13/2003")
    by_pair = opened_index.search("", limit=100, kinds=["hak"], subject="pekerja/buruh",
                                  regulation="UU 13/2003")
    assert {"161", "162", "168", "169"} <= {h.pasal for h in by_word.hits}
    assert {h.pasal for h in by_pair.hits} <= {h.pasal for h in by_word.hits}
    # "buruh" alone answers as well; a word no addressee holds answers nothing
    assert "168" in {h.pasal for h in opened_index.search(
        "", limit=100, kinds=["hak"], subject="buruh", regulation="UU 13/2003").hits}


# --------------------------------------------------------------------------------------
# "tidak dapat" consequences and bars, passive grants (QA round 14)
# --------------------------------------------------------------------------------------

def test_no_appeal_and_dropping_out_are_consequences_not_prohibitions(opened_index):
    # "Terhadap putusan sebagaimana dimaksud pada ayat (4) tidak dapat dilakukan upaya hukum."
    # and ayat (10) "… bersifat final dan mengikat serta tidak dapat dilakukan upaya hukum …"
    for citation in ("Pasal 154 Lampiran UU 1/2015", "UU 10/2016 Pasal 154"):
        for number in ("5", "10"):
            assert _ayat(opened_index, citation, number).kinds == (), (citation, number)
    # UU 1/2015 Pasal 54 (5), (6) and 54A (1) as UU 10/2016 reworded them: "… dinyatakan gugur
    # dan tidak dapat mengikuti Pemilihan."
    for citation, number in (("UU 10/2016 Pasal 54", "5"), ("UU 10/2016 Pasal 54", "6"),
                             ("UU 10/2016 Pasal 54A", "1")):
        unit = _ayat(opened_index, citation, number)
        assert "dinyatakan gugur" in unit.text and unit.kinds == (), (citation, number)
    # ayat (7) "… Partai Politik atau gabungan Partai Politik tidak dapat mengusulkan calon
    # pengganti …" bars the parties
    seven = _ayat(opened_index, "UU 10/2016 Pasal 54", "7")
    assert seven.kinds == ("larangan",)
    assert seven.subject == "Partai Politik atau gabungan Partai Politik"


def test_tidak_dapat_bars_the_qa_found_missing(opened_index):
    # UU 22/2014 Pasal 25 ayat (6) "… tahapan pelaksanaan pemilihan dilanjutkan dan calon
    # gubernur, calon bupati, dan calon walikota yang berhalangan tetap tidak dapat diganti
    # serta dinyatakan gugur."
    assert _ayat(opened_index, "UU 22/2014 Pasal 25", "6").kinds == ("larangan",)
    # PERKA BAPETEN 3/2012 Pasal 6 ayat (5) "…, PNBP yang telah dibayarkan menjadi milik Negara
    # dan tidak dapat ditarik kembali oleh Wajib Bayar."
    pnbp = _ayat(opened_index, "PERKA BAPETEN 3/2012 Pasal 6", "5")
    assert pnbp.kinds == ("larangan",) and pnbp.subject == "Wajib Bayar"
    # UU 7/2017 Pasal 158 ayat (2) "… anggota yang tiersangkutan tidak dapat menjadi majelis
    # etik DKPP unhrk pelanggaran yang diadukan tersebut." (OCR "(21": until session 16 it was
    # read inside ayat (1))
    dkpp = _ayat(opened_index, "UU 7/2017 Pasal 158", "2")
    assert "tidak dapat menjadi majelis etik" in dkpp.text and dkpp.kinds == ("larangan",)


def test_severance_given_in_the_passive_is_the_workers_right(opened_index):
    # UU 13/2003 Pasal 162 ayat (2) "Bagi pekerja/buruh yang mengundurkan diri …, selain
    # menerima uang penggantian hak … diberikan uang pisah …", Pasal 158 ayat (4) likewise
    for citation, number in (("UU 13/2003 Pasal 162", "2"), ("UU 13/2003 Pasal 158", "4")):
        unit = _ayat(opened_index, citation, number)
        assert unit.kinds == ("hak",) and unit.subject == "pekerja/buruh", citation
    found = opened_index.search("uang pisah", limit=100, kinds=["hak"], subject="pekerja",
                                regulation="UU 13/2003")
    assert {"158", "162"} <= {h.pasal for h in found.hits}


# --------------------------------------------------------------------------------------
# the party of each kind, the subject of a rule's own clause (QA round 14, W5/W6/M3/W3)
# --------------------------------------------------------------------------------------

_SEVERANCE_ON_DISMISSAL = {"163", "164", "165", "167"}


def test_a_workers_right_beside_the_employers_power_is_the_workers(opened_index):
    # UU 13/2003 Pasal 163 (1), 164 (1), 165, 167 (1): "Pengusaha dapat melakukan pemutusan
    # hubungan kerja …, dengan ketentuan (maka) pekerja/buruh berhak atas uang pesangon …"
    employers = opened_index.search("", limit=200, kinds=["hak"], subject="pengusaha",
                                    regulation="UU 13/2003")
    assert not _SEVERANCE_ON_DISMISSAL & {h.pasal for h in employers.hits}
    assert "105" in {h.pasal for h in employers.hits}   # "Setiap pengusaha berhak …"
    workers = opened_index.search("", limit=200, kinds=["hak"], subject="pekerja/buruh",
                                  regulation="UU 13/2003")
    assert _SEVERANCE_ON_DISMISSAL <= {h.pasal for h in workers.hits}
    powers = opened_index.search("", limit=200, kinds=["kewenangan"], subject="pengusaha",
                                 regulation="UU 13/2003")
    assert _SEVERANCE_ON_DISMISSAL <= {h.pasal for h in powers.hits}
    # with no kind asked, either party answers
    anyone = opened_index.search("uang pesangon", limit=200, subject="pengusaha",
                                 regulation="UU 13/2003")
    assert "164" in {h.pasal for h in anyone.hits}
    unit = _ayat(opened_index, "UU 13/2003 Pasal 164", "1")
    assert unit.addressee("hak") == "pekerja/buruh" and unit.addressee("kewenangan") == "Pengusaha"


def test_show_marks_each_kind_with_its_party(corpus_index):
    runner = CliRunner()
    shown = runner.invoke(main, ["show", "UU 13/2003 Pasal 164", "--index", str(corpus_index)],
                          env={"NO_COLOR": "1"})
    assert shown.exit_code == 0, shown.output
    assert "[hak · pekerja/buruh; kewenangan · Pengusaha]" in shown.output
    data = json.loads(runner.invoke(main, ["show", "UU 13/2003 Pasal 164", "--index",
                                           str(corpus_index), "--json"]).output)
    assert data["ayat"][0]["addressees"] == {"hak": "pekerja/buruh", "kewenangan": "Pengusaha"}
    assert data["ayat"][1]["addressees"] == {}


def test_employer_duties_not_opening_the_sentence(opened_index):
    # UU 13/2003 Pasal 12 (2) "… diwajibkan bagi pengusaha …", 93 (2) "… tidak berlaku, dan
    # pengusaha wajib membayar upah apabila: …", 153 (2) "… batal demi hukum dan pengusaha wajib
    # …", 167 (5) "Dalam hal pengusaha tidak … maka pengusaha wajib memberikan …"
    found = opened_index.search("", limit=200, kinds=["kewajiban"], subject="pengusaha",
                                regulation="UU 13/2003")
    assert {"12", "93", "153", "167"} <= {h.pasal for h in found.hits}
    items = _ayat(opened_index, "UU 13/2003 Pasal 93", "2").items
    assert items and all(i.subject == "pengusaha" for i in items)   # from their lead-in


def test_qa_kinds_a_lawyer_would_label_otherwise(opened_index):
    # Pasal 158 (3) "… dapat memperoleh uang penggantian hak …": the worker's hak
    assert _ayat(opened_index, "UU 13/2003 Pasal 158", "3").kinds == ("hak",)
    # Pasal 167 (6) "… jaminan hari tua yang bersifat wajib …": no duty, no addressee "Hak";
    # "… tidak menghilangkan hak pekerja/buruh atas jaminan hari tua …" keeps the worker's
    # right (session 15: a saving clause is the named party's hak)
    six = _ayat(opened_index, "UU 13/2003 Pasal 167", "6")
    assert "kewajiban" not in six.kinds and six.subject != "Hak"
    assert six.kinds == ("hak",) and six.subject == "pekerja/buruh"
    # Pasal 66 (2) huruf b, under "… harus memenuhi syarat sebagai berikut:", is a syarat
    item_b = _ayat(opened_index, "UU 13/2003 Pasal 66", "2").items[1]
    assert item_b.label == "b" and item_b.kinds == ("syarat",)
    defined = opened_index.search("upah", limit=20, kinds=["definisi"])
    assert "66" not in {h.pasal for h in defined.hits if h.regulation.id == "uu-13-2003"}


def test_an_administrative_warning_is_found_as_a_sanction(opened_index):
    # PP 43/2006 Pasal 36 ayat (1) "… yang melanggar ketentuan sebagaimana dimaksud dalam Pasal
    # 12 ayat (1), … diberikan peringatan tertulis." and Pasal 37 (revocation after negligence)
    one = _ayat(opened_index, "PP 43/2006 Pasal 36", "1")
    assert one.kinds == ("sanksi",) and one.subject == "Pengusaha instalasi nuklir"
    found = opened_index.search("", limit=200, kinds=["sanksi"], regulation="PP 43/2006")
    assert {"36", "37"} <= {h.pasal for h in found.hits}


def test_the_voter_taking_a_bribe_is_a_sanction_addressed_to_the_voter(opened_index):
    # UU 10/2016 Pasal 187A ayat (2): "Pidana yang sama diterapkan kepada pemilih yang …
    # menerima pemberian atau janji …" had no kind, so --kind sanksi refused its own citation
    hits = opened_index.search("Pasal 187A ayat (2) UU 10/2016", kinds=["sanksi"]).hits
    assert hits and hits[0].citation.startswith("Pasal 187A ayat (2) UU 1/2015")
    view = opened_index.show("Pasal 187A UU 1/2015 sebagaimana diubah dengan UU 10/2016")
    second = [a for a in view.ayat if a.number == "2"][0]
    assert second.kinds == ("sanksi",) and second.subject == "pemilih"


def test_a_kind_no_unit_of_which_holds_the_words_says_so(opened_index):
    """QA round 6 (M3): "naskah akademik perda provinsi" --kind syarat listed syarat on
    fraksi, archives and lurah (they hold "provinsi") with no word that none holds the
    subject asked; --kind definisi already said so. Now a note names the words missing."""
    strike = opened_index.search("mogok kerja", kinds=["syarat"], limit=5)
    assert strike.hits and not any("mogok" in h.snippet.lower() for h in strike.hits)
    assert strike.missing == ("mogok in the syarat units listed (each holds other words of "
                              "the query, or is the syarat of a rule found; a syarat holding "
                              "mogok may rank lower or be missing)",)
    # a unit of the kind holding every word: no note
    held = opened_index.search("calon gubernur", kinds=["syarat"], limit=5)
    assert held.hits and held.missing == ()
    # a word held in another sense counts as held: "PHK" as "pemutusan hubungan kerja"
    assert opened_index.search("PHK", kinds=["larangan"], limit=5).missing == ()


def test_the_kind_note_is_printed_beside_the_hits(corpus_index):
    result = CliRunner().invoke(main, ["query", "mogok kerja", "--kind", "syarat", "-n", "2",
                                       "--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    assert "Not found: mogok in the syarat units listed" in result.stderr
    assert result.stdout.startswith("1. ")
