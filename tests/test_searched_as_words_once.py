""""Searched as" says each word once: a word read as its statutory phrasing drops the words of
the phrasing the query types right beside it (QA round 14: "tilang pelanggaran lalu lintas" was
searched as "bukti pelanggaran pelanggaran lalu lintas", "kebocoran data pribadi notifikasi" as
"kegagalan pelindungan data pribadi pribadi notifikasi")."""

from __future__ import annotations

import pytest

from regsearch import analysis
from regsearch.reading import _overlap_dropped, _replaced_terms


@pytest.mark.parametrize("typed, at, phrasing, said", [
    ("tilang pelanggaran lalu lintas", 0, "bukti pelanggaran", "bukti"),
    ("denda pelanggaran tilang", 2, "bukti pelanggaran", "bukti pelanggaran"),   # not beside
    ("bukti tilang", 1, "bukti pelanggaran", "pelanggaran"),
    ("phk sepihak", 0, "pemutusan hubungan kerja", "pemutusan hubungan kerja"),
    # a form of the same term beside counts as said (search reads both as "langgar")
    ("tilang melanggar", 0, "bukti pelanggaran", "bukti"),
    ("tilang lalu lintas", 0, "bukti pelanggaran", "bukti pelanggaran"),
])
def test_the_phrasing_less_the_words_typed_beside(typed, at, phrasing, said):
    assert _overlap_dropped(typed.split(), at, phrasing.split()) == said.split()


def test_a_phrase_replaced_does_not_repeat_the_word_after_it():
    typed = "kebocoran data pribadi notifikasi"
    assert _replaced_terms(typed, tuple(analysis.analyze("kebocoran data")),
                           "kegagalan pelindungan data pribadi") == (
        "kegagalan pelindungan data pribadi notifikasi")
