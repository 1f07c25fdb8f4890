"""An amending item that keeps an article and changes only its Penjelasan is no deletion.

UU 9/2004 angka 5, "Ketentuan Pasal 9 substansi tetap, penjelasan pasal dihapus sebagaimana
tercantum dalam penjelasan Pasal demi Pasal angka 5." (fixture: the scale corpus's
``uu/2004/9.md`` lines 1–40 and 240–263, verbatim), was read by its first verb, "dihapus",
as deleting Pasal 9 of UU 5/1986: ``show`` then said UU 9/2004 deleted it (QA round 11).
"""

from pathlib import Path

from regsearch import parse_file
from regsearch.index import deleted_articles, penjelasan_changes

FIXTURE = Path(__file__).parent / "fixtures" / "uu-9-2004-ptun-angka-1-5.md"


def test_substansi_tetap_keeps_the_article_and_gives_its_new_penjelasan():
    reg = parse_file(FIXTURE)
    assert (reg.id, reg.amends.id) == ("uu-9-2004", "uu-5-1986")
    [item] = [change for change in reg.changes if change.label == "5"]
    assert (item.action, item.targets) == ("diubah", ("9",))
    assert "Ketentuan Pasal 9 substansi tetap, penjelasan pasal dihapus" in item.instruction
    assert deleted_articles(reg) == {}
    # the Pasal demi Pasal entry "Angka 5 Pasal 9 Cukup jelas." is its Penjelasan now
    assert penjelasan_changes(reg)["uu-5-1986#9"][1:] == ["5", "Cukup jelas."]
    # and the items that reword articles with a quoted text still do
    assert [change.targets for change in reg.changes if change.label in {"1", "2"}] == [("2",), ("4",)]
    assert {a.amends.pasal for a in reg.articles if a.amends} >= {"2", "4", "6", "7"}


def test_check_says_the_item_changes_the_penjelasan_only():
    """QA round 12: `check` printed "angka 5 diubah: 9" as for a reworded article."""
    from regsearch.outline import outline
    assert "    angka 5 diubah: 9 (its Penjelasan only)" in outline(parse_file(FIXTURE)).splitlines()
