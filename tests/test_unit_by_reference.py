"""The unit a hit cites reads an ayat with the ayat of its own article it refers to, and a
pe(N)- actor noun typed with the meN- verb a unit writes (``units._best_unit``), on the real
bundled corpus.

corpus/text/uu-10-2016-perubahan-kedua-uu-1-2015-pilkada.txt, Pasal 187A (as UU 10/2016
Pasal I angka 73 inserts it into UU 1/2015):
"(1) Setiap orang yang dengan sengaja melakukan perbuatan melawan hukum menjanjikan atau
memberikan uang atau materi lainnya sebagai imbalan kepada warga negara Indonesia … untuk
mempengaruhi Pemilih agar … memilih calon tertentu, … dipidana dengan pidana penjara …
(2) Pidana yang sama diterapkan kepada pemilih yang dengan sengaja melakukan perbuatan melawan
hukum menerima pemberian atau janji sebagaimana dimaksud pada ayat (1)."
Pasal 71 (as UU 10/2016 Pasal I angka 27 words it): "(3) Gubernur atau Wakil Gubernur, … dilarang
menggunakan kewenangan, program, dan kegiatan yang menguntungkan atau merugikan salah satu
pasangan calon … (5) Dalam hal Gubernur … selaku petahana melanggar ketentuan sebagaimana
dimaksud pada ayat (2) dan ayat (3), petahana tersebut dikenai sanksi pembatalan sebagai calon …"
"""

from __future__ import annotations

import pytest

from regsearch.units import _agents_acting, actor_nouns


def _cited(result, pasal: str) -> list[str | None]:
    """The ayat cited by each hit on UU 1/2015 Pasal ``pasal`` as UU 10/2016 words it."""
    return [h.ayat for h in result.hits if h.pasal == pasal and h.regulation.id == "uu-10-2016"]


@pytest.mark.parametrize("question", [
    # the receiver: "penerima" is who "menerima"; ayat (2) holds the money of ayat (1)
    "penerima uang politik uang dipidana juga?",
    # ayat (1) holds pemilih, uang, calon and pidana; ayat (2) pemilih, terima, pidana and,
    # by its reference, ayat (1)'s uang and calon
    "pemilih yang terima uang dari calon kena pidana",
])
def test_the_receivers_penalty_is_cited_at_the_ayat_that_states_it(opened_index, question):
    result = opened_index.search(question, limit=5)
    assert _cited(result, "187A")[:1] == ["2"], [h.citation for h in result.hits]


def test_a_sanction_referring_to_a_prohibition_is_not_cited_for_the_prohibition(opened_index):
    """Pasal 71 ayat (5) names the "petahana" and refers to ayat (3), but it is the sanction of
    a breach; no sanction is asked, so the prohibition, ayat (3), is cited."""
    result = opened_index.search("petahana pakai program pemerintah daerah untuk kampanye",
                                 limit=5)
    assert _cited(result, "71")[:1] == ["3"], [h.citation for h in result.hits]


def test_a_sanction_asked_reads_the_rule_it_refers_to(opened_index):
    """Asked for the sanction, ayat (5) (petahana, sanksi, and ayat (2)'s penggantian pejabat
    by reference) is the unit cited."""
    result = opened_index.search("petahana ganti pejabat sanksinya apa", limit=5)
    assert _cited(result, "71")[:1] == ["5"], [h.citation for h in result.hits]


# --- the readings themselves, on verbatim units ------------------------------------------

#: UU 10/2016 Pasal 187A ayat (2) (corpus/text/uu-10-2016-…-pilkada.txt, line 582).
_RECEIVER = ("Pidana yang sama diterapkan kepada pemilih yang dengan sengaja melakukan perbuatan "
             "melawan hukum menerima pemberian atau janji sebagaimana dimaksud pada ayat (1).")
#: UU 10/2016 Pasal 41 ayat (3) (corpus/text/uu-10-2016-…-pilkada.txt, line 163), shortened.
_SUPPORT = ("Dukungan sebagaimana dimaksud pada ayat (1) dan ayat (2) dibuat dalam bentuk surat "
            "dukungan yang disertai dengan fotokopi Kartu Tanda Penduduk Elektronik")


def test_an_actor_noun_is_held_where_its_men_verb_is_written():
    assert _agents_acting(actor_nouns({"penerima", "uang"}), _RECEIVER) == {"penerima"}


def test_no_actor_noun_is_held_by_another_prefix_or_a_word_kept_apart():
    # "disertai" is no act of a "peserta"; "pemerintah" and "penduduk" (kept apart by the
    # analyzer) are not who "memerintahkan" or "menduduki"
    assert _agents_acting(actor_nouns({"peserta"}), _SUPPORT) == frozenset()
    assert actor_nouns({"pemerintah", "penduduk"}) == {}
