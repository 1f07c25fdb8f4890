"""Questions about a law itself, asked of the law named (session 18, QA round 7 M5, N13, W1):
when it takes effect ("kapan KUHP baru berlaku", "kapan uu desa berlaku": the article saying
so comes first), and what it revokes ("KUHP baru mencabut pasal tipikor mana aja": its
revoking article, UU 1/2023 Pasal 622, first). "KUHP baru" is UU 1/2023, its "baru" no word
to search ("terdakwa baru pertama kali"), and "KUHP lama" (the Wetboek van Strafrecht) is not
UU 1/2023. Texts are verbatim excerpts of the scale corpus, framed by ``tests/laws.py`` or as
``tests/fixtures/README.md`` describes them."""

from __future__ import annotations

from pathlib import Path

import pytest

import regsearch
from regsearch.inforce import states_entry_into_force
from regsearch.queries import asks_entry_into_force

from .laws import indexed, law_text

FIXTURES = Path(__file__).parent / "fixtures"

#: UU 1/2023 (uu/2023/1.md), verbatim: Pasal 60 (lines 726-733), Pasal 70 ayat (1) to huruf e
#: (lines 838-850), Pasal 619 (lines 8443-8448, a transition), Pasal 623 and 624 (8885-8890).
KUHP_BODY = 'Pasal 60\n(1) Pidana penjara dan pidana tutupan bagi terpidana yang\nsudah berada di dalam tahanan mulai berlaku pada\nsaat putusan pengadilan telah memperoleh kekuatan\nhukum tetap.\n(2) Dalam hal terpidana tidak berada di dalam tahanan,\npidana sebagaimana dimaksud pada ayat (1) berlaku\npada saat putusan pengadilan mulai dilaksanakan.\n\nPasal 70\n(1) Dengan tetap mempertimbangkan ketentuan\nsebagaimana dimaksud dalam Pasal 51 sampai dengan\nPasal 54, pidana penjara sedapat mungkin tidak\ndijatuhkan jika ditemukan keadaan:\na. terdakwa adalah Anak;\nb. terdakwa berumur di atas 75 (tujuh puluh lima)\ntahun;\nc. terdakwa baru pertama kali melakukan Tindak\nPidana;\nd. kerugian dan penderitaan Korban tidak terlalu\nbesar;\ne. terdakwa telah membayar ganti rugi kepada Korban;\n\nPasal 619\nPada saat Undang-Undang ini mulai berlaku, pidana tutupan\ntetap dilaksanakan berdasarkan Undang-Undang Nomor 20\nTahun 1946 tentang Hukuman Tutupan sampai\ndibentuknya Undang-Undang mengenai pidana tutupan\nyang baru.\nPasal 623\nUndang-Undang ini dapat disebut dengan KUHP.\n\nPasal 624\nUndang-Undang ini mulai berlaku setelah 3 (tiga) tahun\nterhitung sejak tanggal diundangkan.\n'
#: UU 6/2014 (uu/2014/6.md lines 782-805), verbatim: Pasal 116 to 122, its closing provisions.
DESA_BODY = 'Pasal 116\n(1) Desa yang sudah ada sebelum Undang-Undang ini berlaku tetap diakui sebagai Desa.\n(2) Pemerintah Daerah Kabupaten/Kota menetapkan Peraturan Daerah tentang penetapan Desa dan Desa Adat di wilayahnya.\n(3) Penetapan Desa dan Desa Adat sebagaimana dimaksud pada ayat (2) paling lama 1 (satu) tahun sejak Undang-Undang ini diundangkan.\n(4) Paling lama 2 (dua) tahun sejak Undang-Undang ini berlaku, Pemerintah Daerah Kabupaten/Kota bersama Pemerintah Desa melakukan inventarisasi Aset Desa.\nPasal 117\nPenyelenggaraan Pemerintahan Desa yang sudah ada wajib menyesuaikannya dengan ketentuan dalam Undang-Undang ini.\nPasal 118\n(1) Masa jabatan Kepala Desa yang ada pada saat ini tetap berlaku sampai habis masa jabatannya.\n(2) Periodisasi masa jabatan Kepala Desa mengikuti ketentuan Undang-Undang ini.\n(3) Anggota Badan Permusyawaratan Desa yang ada pada saat ini tetap menjalankan tugas sampai habis masa keanggotaanya.\n(4) Periodisasi keanggotaan Badan Permusyawaratan Desa mengikuti ketentuan Undang-Undang ini.\n(5) Perangkat Desa yang tidak berstatus pegawai negeri sipil tetap melaksanakan tugas sampai habis masa tugasnya.\n(6) Perangkat Desa yang berstatus sebagai pegawai negeri sipil melaksanakan tugasnya sampai ditetapkan penempatannya yang diatur dengan Peraturan Pemerintah.\nBAB XVI KETENTUAN PENUTUP\nPasal 119\nSemua ketentuan peraturan perundang-undangan yang berkaitan secara langsung dengan Desa wajib mendasarkan dan menyesuaikan pengaturannya dengan ketentuan Undang-Undang ini.\nPasal 120\n(1) Semua peraturan pelaksanaan tentang Desa yang selama ini ada tetap berlaku sepanjang tidak bertentangan dengan Undang-Undang ini.\n(2) Peraturan Pemerintah sebagai peraturan pelaksanaan Undang-Undang ini harus ditetapkan paling lama 2 (dua) tahun terhitung sejak Undang- Undang ini diundangkan.\nPasal 121\nPada saat Undang-Undang ini mulai berlaku, Pasal 200 sampai dengan Pasal 216 Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 125, Tambahan Lembaran Negara Republik Indonesia Nomor 4437) sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua atas Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 59, Tambahan Lembaran Negara Republik Indonesia Nomor 4844) dicabut dan dinyatakan tidak berlaku.\nPasal 122\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.\n'


@pytest.fixture(scope="module")
def effect_index(tmp_path_factory) -> Path:
    return indexed(tmp_path_factory.mktemp("taking-effect"), {
        "uu-1-2023.md": law_text(1, 2023, "Kitab Undang-Undang Hukum Pidana", KUHP_BODY,
                                 "2 Januari 2023"),
        "uu-6-2014.md": law_text(6, 2014, "Desa", DESA_BODY, "15 Januari 2014")})


@pytest.mark.parametrize("question, first", [
    ("kapan KUHP baru berlaku", "Pasal 624 UU 1/2023"),
    ("KUHP baru mulai berlaku", "Pasal 624 UU 1/2023"),
    ("kapan uu desa berlaku", "Pasal 122 UU 6/2014"),
    ("UU Desa mulai berlaku sejak kapan", "Pasal 122 UU 6/2014"),
    ("kapan berlakunya UU 6/2014", "Pasal 122 UU 6/2014"),
])
def test_the_article_saying_when_a_law_takes_effect_comes_first(effect_index, question, first):
    """Before: "terdakwa baru pertama kali" (70(1)(c)), Pasal 619 "Pada saat Undang-Undang ini
    mulai berlaku, …" or Pasal 116 "sebelum Undang-Undang ini berlaku" came first."""
    with regsearch.open_index(effect_index) as idx:
        found = idx.search(question)
    assert found.hits[0].citation == first, [h.citation for h in found.hits]


def test_baru_after_a_name_is_part_of_it_and_lama_is_another_law(effect_index):
    with regsearch.open_index(effect_index) as idx:
        new = idx.search("kapan KUHP baru berlaku")
        assert new.read_as == "kapan berlaku in UU 1/2023"
        assert not any("<b>baru</b>" in h.snippet for h in new.hits)   # 70(1)(c) was first
        # the old KUHP (Wetboek van Strafrecht) is not the one the index holds
        old = idx.search("kuhp lama pidana tutupan")
        assert "UU 1/2023" not in (old.read_as or "")


def test_a_question_about_something_in_the_law_is_no_entry_into_force_question(effect_index):
    """"kapan pidana penjara mulai berlaku" asks about Pasal 60, not the law's Pasal 624."""
    with regsearch.open_index(effect_index) as idx:
        found = idx.search("kapan pidana penjara mulai berlaku KUHP")
    assert found.hits[0].citation.startswith("Pasal 60 ")
    assert not asks_entry_into_force("pidana penjara mulai berlaku")
    assert asks_entry_into_force("kapan mulai berlaku") and not asks_entry_into_force("kapan")


def test_only_the_closing_sentence_states_entry_into_force():
    def payload(text: str, amends: object = None) -> dict:
        return {"part": "body", "amends": amends, "text": text}
    assert states_entry_into_force(payload("Undang-Undang ini mulai berlaku setelah 3 (tiga) "
                                           "tahun terhitung sejak tanggal diundangkan."))
    assert states_entry_into_force(payload("Peraturan Pemerintah Pengganti Undang-Undang ini "
                                           "mulai berlaku pada tanggal diundangkan."))
    assert not states_entry_into_force(payload("Pada saat Undang-Undang ini mulai berlaku, "
                                               "pidana tutupan tetap dilaksanakan"))
    assert not states_entry_into_force(payload("(1) Desa yang sudah ada sebelum Undang-Undang "
                                               "ini mulai berlaku tetap diakui sebagai Desa."))
    # quoted by an amendment: the amended law's article, not the amendment's closing one
    assert not states_entry_into_force(payload("Undang-Undang ini mulai berlaku pada tanggal "
                                               "diundangkan.", amends={"type": "UU"}))


@pytest.fixture(scope="module")
def revoking_index(tmp_path_factory) -> Path:
    text = (FIXTURES / "uu-1-2023-kuhp-pasal-86-88-621-624.md").read_text(encoding="utf-8")
    return indexed(tmp_path_factory.mktemp("revoking"), {"uu-1-2023.md": text})


@pytest.mark.parametrize("question", ["KUHP baru mencabut pasal tipikor mana aja",
                                      "pasal tipikor yang dicabut KUHP",
                                      "UU 1/2023 mencabut apa saja"])
def test_what_a_law_revokes_is_answered_by_its_revoking_article(revoking_index, question):
    """qa6 W1: Pasal 622 ayat (1), a list of 29 laws and articles revoked (item l. the Tipikor
    articles), ranked below the short "pencabutan hak" articles (87, 88) the words found."""
    with regsearch.open_index(revoking_index) as idx:
        found = idx.search(question)
    assert found.hits[0].citation.startswith("Pasal 622 ayat (1) "), [
        h.citation for h in found.hits]


def test_a_revoking_article_answers_only_when_it_holds_the_other_words(revoking_index):
    with regsearch.open_index(revoking_index) as idx:
        found = idx.search("pencabutan hak jabatan KUHP")    # the sanction: no verb asking
        assert found.hits[0].citation.startswith(("Pasal 86", "Pasal 87", "Pasal 88"))
        found = idx.search("KUHP mencabut hak jabatan")       # 622 holds no "jabatan"
        assert not found.hits[0].citation.startswith("Pasal 622")
