"""A Penjelasan glued to the closing in a plain-text copy is read, and what after the closing
formula is still not read is said (QA session 18 round 8, W1).

Before: 464 of the 1,014 scale-corpus UU texts that print "PENJELASAN ATAS" lost their whole
Penjelasan, silently: its reader skipped every line until one opening "UMUM", and in these
copies the heading is glued after the title on the head line ("… TENTANG PERKAWINAN
PENJELASAN UMUM :", UU 1/1974), printed before the head ("I. UMUM PENJELASAN ATAS …", UU
39/2008) or not printed at all ("… REPUBLIK INDONESIA. Berdasarkan …", UU 2/1970). Every
fixture is a verbatim excerpt of the scale corpus (tests/fixtures/README.md).
"""

from __future__ import annotations

from pathlib import Path

import regsearch
from regsearch.clean import split_glued

FIXTURES = Path(__file__).parent / "fixtures"


def parsed(name: str) -> regsearch.Regulation:
    return regsearch.parse_file(FIXTURES / name)


def codes(reg: regsearch.Regulation) -> set[str]:
    return {anomaly.code for anomaly in reg.anomalies}


def test_the_marriage_law_penjelasan_glued_to_its_gazette_line_is_read():
    """UU 1/1974: "… TAHUN 1974 NOMOR 1 PENJELASAN ATAS … NOMOR I TAHUN 1974 TENTANG
    PERKAWINAN PENJELASAN UMUM :" and "… ketentuan yang ada. PENJELASAN PASAL DEMI PASAL."."""
    reg = parsed("uu-1-1974-perkawinan-penjelasan.md")
    assert reg.penjelasan_umum.startswith("1. Bagi suatu Negara dan Bangsa seperti Indonesia")
    assert reg.penjelasan_umum.endswith("dengan sendirinya berlaku ketentuan yang ada.")
    by_pasal = {article.pasal: article for article in reg.articles}
    assert by_pasal["2"].penjelasan.startswith("Dengan perumusan pada Pasal 2 ayat (1) ini")
    grounds = by_pasal["39"].penjelasan   # the grounds for divorce every petition cites
    assert grounds.startswith("(1) Cukup jelas. (2) Alasan-alasan yang dapat dijadikan dasar")
    assert "pemabok, pemadat, penjudi" in grounds
    assert "meninggalkan yang lain selama 2 (dua) tahun" in grounds
    assert not {"penjelasan_unread", "closing_unread"} & codes(reg)


def test_a_general_part_printed_before_the_head_and_with_no_heading_is_read():
    """UU 39/2008: "… NOMOR 166 I. UMUM PENJELASAN ATAS … TENTANG KEMENTERIAN NEGARA
    Penyelenggara negara mempunyai …", then "II. PASAL DEMI PASAL Pasal 1 Cukup jelas. …"."""
    reg = parsed("uu-39-2008-kementerian-negara-penjelasan.md")
    assert reg.penjelasan_umum.startswith("Penyelenggara negara mempunyai peran yang penting")
    assert reg.penjelasan_umum.endswith("diharapkan akan terjadi pengurangan.")
    by_pasal = {article.pasal: article for article in reg.articles}
    assert by_pasal["2"].penjelasan == "Cukup jelas."
    assert by_pasal["3"].penjelasan.startswith('Yang dimaksud dengan "berada di bawah"')
    assert not {"penjelasan_unread", "closing_unread"} & codes(reg)


def test_a_general_part_right_after_the_title_sentence_is_read():
    """UU 2/1970 (the whole file): "… PEJABAT NEGERI WARGA NEGARA REPUBLIK INDONESIA.
    Berdasarkan Ketetapan …"; its Pasal demi Pasal is one "Cukup jelas." for all."""
    reg = parsed("uu-2-1970-penjelasan-cukup-jelas.md")
    assert reg.penjelasan_umum.startswith("Berdasarkan Ketetapan Majelis Permusyawaratan Rakyat")
    assert "penjelasan_unread" not in codes(reg)


def test_a_penjelasan_not_read_is_an_anomaly():
    """UU 16/1954 (the whole file): its one paragraph of Penjelasan follows a title holding
    "No. 141", which no reading of a title in capitals passes: `check` says so."""
    reg = parsed("uu-16-1954-penjelasan-unread.md")
    assert reg.penjelasan_umum is None
    unread = [a for a in reg.anomalies if a.code == "penjelasan_unread"]
    assert len(unread) == 1
    assert "'PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 16 TA'" in unread[0].message


def test_text_left_in_the_closing_is_an_anomaly():
    """UU 9/1974 (the whole file): a list item of its Penjelasan Umum ("a. azas bahwa tindak
    pidana …") is printed between the closing and "I. UMUM:", with no head: the rest is read
    as Penjelasan, that line is said."""
    reg = parsed("uu-9-1974-ekstradisi-malaysia.md")
    unread = [a for a in reg.anomalies if a.code == "closing_unread"]
    assert len(unread) == 1
    assert "'a. azas bahwa tindak pidana yang bersangkutan merupakan tind'" in unread[0].message


def test_pasal_demi_pasal_glued_after_a_sentence_starts_a_line():
    """In capitals wherever it is glued; in title case only after a sentence (UU 4/1996's
    "… dengan Penjelasan Umum serta Penjelasan Pasal demi Pasal." is text)."""
    assert split_glued("ketentuan yang ada. PENJELASAN PASAL DEMI PASAL.") == [
        "ketentuan yang ada.", "PENJELASAN PASAL DEMI PASAL."]
    assert split_glued("Perundang-undangan PASAL DEMI PASAL Pasal 1 Cukup jelas") == [
        "Perundang-undangan", "PASAL DEMI PASAL Pasal 1 Cukup jelas"]
    assert split_glued("Uang. II. Pasal Demi Pasal Pasal 1 Cukup jelas.") == [
        "Uang.", "II. Pasal Demi Pasal Pasal 1 Cukup jelas."]
    prose = "dilengkapi pula dengan Penjelasan Umum serta Penjelasan Pasal demi Pasal."
    assert split_glued(prose) == [prose]


def test_pasal_headings_run_together_in_one_line_are_read_apart():
    """UU 23/2006's Penjelasan (uu-texts uu/2006/23.md lines 623 and 632, verbatim pieces)
    runs its entries together on one line: each article's explanation was filed under the
    article before (QA round 10: Pasal 46 held Pasal 47's definition of "pengangkatan
    anak"). Only the next number is cut, after a sentence (a page number between allowed);
    a reference ("Lihat Penjelasan Pasal 3.") is not."""
    from regsearch.parse import _split_inline_pasal

    assert _split_inline_pasal(
        "Pasal 2 Cukup jelas. Pasal 3 Persyaratan yang dimaksud adalah sesuai dengan peraturan "
        "pelaksanaan Undang-Undang ini. Pasal 4 Lihat Penjelasan Pasal 3.", "1") == [
        "Pasal 2 Cukup jelas.",
        "Pasal 3 Persyaratan yang dimaksud adalah sesuai dengan peraturan pelaksanaan "
        "Undang-Undang ini.",
        "Pasal 4 Lihat Penjelasan Pasal 3."]
    assert _split_inline_pasal(
        "Pasal 46 Cukup jelas. - 17 - Pasal 47 Ayat (1) Yang dimaksud dengan “pengangkatan "
        "anak”", "45") == ["Pasal 46 Cukup jelas.",   # the page number between: dropped
                           "Pasal 47 Ayat (1) Yang dimaksud dengan “pengangkatan anak”"]
    # not the next number: text (a Pasal 9 after Pasal 46 is a reference, whatever precedes it)
    assert _split_inline_pasal("Pasal 46 Cukup jelas. Pasal 9 Undang-Undang ini.", "45") == [
        "Pasal 46 Cukup jelas. Pasal 9 Undang-Undang ini."]
