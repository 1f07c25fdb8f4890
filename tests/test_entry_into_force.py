"""When a regulation says it takes effect (read as data, not yet used for standing): its
closing article "… ini mulai berlaku …". Texts are verbatim excerpts of the scale corpus."""

from __future__ import annotations

import regsearch

from .laws import law_text
from .test_revocations import PASAL_622

# UU 11/2012 Pasal 108 and the closing formula glued after it (uu/2012/11.md lines 584-586,
# verbatim, line 586 cut before its Penjelasan)
UU_11_2012_END = """Pasal 108
Undang-Undang ini mulai berlaku setelah 2 (dua) tahun terhitung sejak tanggal diundangkan.
Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia. Disahkan di Jakarta pada tanggal 30 Juli 2012 PRESIDEN REPUBLIK INDONESIA, ttd. DR. H. SUSILO BAMBANG YUDHOYONO Diundangkan di Jakarta pada tanggal 30 Juli 2012 MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA, ttd. AMIR SYAMSUDIN LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2012 NOMOR 153
"""


def _parsed(tmp_path, text: str):
    (tmp_path / "law.md").write_text(text, encoding="utf-8")
    return regsearch.parse_file(tmp_path / "law.md")


def test_a_law_in_force_some_years_after_promulgation_is_dated(tmp_path):
    reg = _parsed(tmp_path, f"UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 11 TAHUN 2012\nTENTANG\n"
                  "SISTEM PERADILAN PIDANA ANAK\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
                  "MEMUTUSKAN:\nMenetapkan : UNDANG-UNDANG TENTANG SISTEM PERADILAN PIDANA "
                  f"ANAK.\n{UU_11_2012_END}")
    assert reg.in_force is not None
    assert (reg.in_force.pasal, reg.in_force.after, reg.in_force.date) == (
        "108", (2, 0, 0), "2014-07-30")
    assert reg.in_force.clause == ("Undang-Undang ini mulai berlaku setelah 2 (dua) tahun "
                                   "terhitung sejak tanggal diundangkan")


def test_the_kuhp_takes_effect_three_years_after_promulgation(tmp_path):
    # UU 1/2023 Pasal 624 (uu/2023/1.md): no promulgation date in this excerpt, so no date,
    # and Pasal 622's "Pada saat Undang-Undang ini mulai berlaku, ketentuan dalam: …" is a
    # transition, not the entry into force
    reg = _parsed(tmp_path, law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", PASAL_622,
                                     "2 Januari 2023"))
    assert (reg.in_force.pasal, reg.in_force.after, reg.in_force.date) == ("624", (3, 0, 0), None)


def test_a_law_in_force_on_a_date_it_names(tmp_path):
    # UU 27/2014 Pasal 33 (uu/2014/27.md lines 294-295), verbatim
    reg = _parsed(tmp_path, law_text(27, 2014, "Anggaran Pendapatan dan Belanja Negara Tahun "
                                     "Anggaran 2015", "Pasal 33\nUndang-Undang ini mulai "
                                     "berlaku pada tanggal 1 Januari 2015.\n", "15 Oktober 2014"))
    assert (reg.in_force.pasal, reg.in_force.after, reg.in_force.date) == (
        "33", None, "2015-01-01")
