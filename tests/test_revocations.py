"""A repeal read by the parser reaches the index: the revoked law's articles are shown as
revoked, by the law that repeals it. Texts are verbatim excerpts of the scale corpus
(uu/1999/22.md and uu/2004/32.md of uu-texts.tar.gz), trimmed to a few articles."""

from __future__ import annotations

import regsearch
from regsearch.index import revoked_ids

CLOSING = """Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-undang ini dengan
penempatannya dalam Lembaran Negara Republik Indonesia.
Disahkan di Jakarta
pada tanggal {date}
"""


def _law(number: int, year: int, title: str, body: str, date: str) -> str:
    return (f"UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR {number} TAHUN {year}\nTENTANG\n"
            f"{title.upper()}\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\n"
            f"MEMUTUSKAN:\nMenetapkan : UNDANG-UNDANG TENTANG {title.upper()}.\n"
            + body + CLOSING.format(date=date))


UU_22_1999 = _law(22, 1999, "Pemerintahan Daerah", """BAB XI
DESA
Pasal 103
(1) Kepala Desa berhenti karena meninggal dunia.
(2) Pemberhentian Kepala Desa, sebagaimana dimaksud pada [ayat (1)](/uu/1999/22/pasal-103/ayat-1),
dilakukan oleh Bupati atas usul Badan Perwakilan Desa.
BAB XVI
KETENTUAN PENUTUP
Pasal 134
Undang-undang ini mulai berlaku pada tanggal diundangkan.
""", "7 Mei 1999")

UU_32_2004 = _law(32, 2004, "Pemerintahan Daerah", """BAB XVI
KETENTUAN PENUTUP
Pasal 239
Pada saat berlakunya Undang-Undang ini, maka Undang-Undang Nomor 22 Tahun 1999 tentang
Pemerintahan Daerah dinyatakan tidak berlaku.
Pasal 240
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
""", "15 Oktober 2004")


def test_a_law_repealed_with_dinyatakan_tidak_berlaku_is_shown_revoked(tmp_path):
    (tmp_path / "uu-22-1999.md").write_text(UU_22_1999, encoding="utf-8")
    (tmp_path / "uu-32-2004.md").write_text(UU_32_2004, encoding="utf-8")
    regsearch.build_index(tmp_path, tmp_path / "ix")
    with regsearch.open_index(tmp_path / "ix") as idx:
        shown = idx.show("UU 22/1999 Pasal 103")
        assert (shown.standing, shown.replaced_by) == ("revoked", "UU 32/2004")
        assert "sebagaimana dimaksud pada ayat (1), dilakukan oleh Bupati" in shown.text
        assert "](" not in shown.text
        assert idx.show("UU 32/2004 Pasal 239").standing == "current"


def test_a_revoked_title_that_says_ketentuan_is_a_whole_law():
    # UU 8/1974 Pasal 41 a. and UU 10/1997 Pasal 47: "Ketentuan-ketentuan Pokok …" is the
    # title of the law repealed, not a part of it
    assert revoked_ids([
        "Undang-undang Nomor 18 Tahun 1961 tentang Ketentuan-ketentuan Pokok Kepegawaian",
        "Undang-undang Nomor 31 Tahun 1964 tentang Ketentuan-ketentuan Pokok Tenaga Atom",
    ]) == ["uu-18-1961", "uu-31-1964"]
    # a part named before the law is no revocation of the law
    assert revoked_ids(
        ["ketentuan Pasal 17 Undang-undang Nomor 5 Tahun 1984 tentang Perindustrian"]) == []


# --- a law made from a Perppu: "Nomor 44 Prp. Tahun 1960" (session 16) ------------------------

UU_22_2001_PASAL_66 = _law(22, 2001, "Minyak dan Gas Bumi", (
    "BAB XIV KETENTUAN PENUTUP\nPasal 66\n"
    "(1) Dengan berlakunya Undang-undang ini, dinyatakan tidak berlaku:\n"
    "a. Undang-Undang Nomor 44 Prp. Tahun 1960 tentang Pertambangan Minyak dan Gas Bumi "
    "(Lembaran Negara Tahun 1960 Nomor 133, Tambahan Lembaran Negara Nomor 2070);\n"
    "b. Undang-Undang Nomor 15 Tahun 1962 tentang Penetapan Peraturan Pemerintah Pengganti "
    "Undang-Undang Nomor 2 Tahun 1962 tentang Kewajiban Perusahaan Minyak Memenuhi Kebutuhan "
    "Dalam Negeri (Lembaran Negara Tahun 1962 Nomor 80, Tambahan Lembaran Negara Nomor 2505);\n"
), "23 November 2001")


def test_a_law_numbered_with_prp_is_revoked_by_its_number_and_year(tmp_path):
    """UU 22/2001 Pasal 66 ayat (1) (uu/2001/22.md lines 386-389, verbatim): "a. Undang-Undang
    Nomor 44 Prp. Tahun 1960 tentang Pertambangan Minyak dan Gas Bumi …" was no regulation
    (the "Prp." between number and year): the revocation of UU 44/Prp/1960 was lost. In the
    scale corpus, "Nomor N Prp(s) Tahun YYYY" is printed about 300 times."""
    (tmp_path / "uu-22-2001.md").write_text(UU_22_2001_PASAL_66, encoding="utf-8")
    reg = regsearch.parse_file(tmp_path / "uu-22-2001.md")
    assert revoked_ids(reg.revokes) == ["uu-44/prp-1960", "uu-15-1962"]
    # the regular law of that number and year is another law, not revoked (uu/2014/7.md
    # revokes "Undang-Undang Nomor 2 Prp Tahun 1960 tentang Pergudangan", not UU 2/1960)
    assert revoked_ids(["Undang-Undang Nomor 2 Prp Tahun 1960 tentang Pergudangan"]) == [
        "uu-2/prp-1960"]
