"""The Indonesian analyzer: the same terms at index and query time."""

from regsearch import analysis
from regsearch.analysis import STOPWORDS, analyze, normalize, tokenize


def test_legal_tokens_stay_whole():
    words = [w for w, _, _ in tokenize("Pasal 5A dan/atau 18/POJK.03/2017 ayat (1a)")]
    assert words == ["Pasal", "5A", "dan/atau", "18/POJK.03/2017", "ayat", "1a"]


def test_offsets_point_into_the_text():
    text = "Calon Gubernur wajib mundur"
    for word, start, end in tokenize(text):
        assert text[start:end] == word


def test_inflections_of_one_legal_concept_conflate():
    assert len({normalize(w) for w in ("pengunduran", "mengundurkan", "diundurkan")}) == 1
    assert normalize("kewajiban") == normalize("wajib")
    assert normalize("dilarang") == normalize("larangan")


def test_protected_terms_are_not_overstemmed():
    assert normalize("pemilu") == "pemilu"
    assert normalize("pemerintah") != normalize("perintah")
    assert normalize("pengadilan") != normalize("adil")
    assert normalize("terdiri") != normalize("diri")        # consists of, not self
    assert normalize("terpidana") != normalize("pidana")    # the convict, not the crime
    assert normalize("keputusan") != normalize("pemutusan") == normalize("memutuskan")
    assert normalize("keputusannya") == normalize("keputusan")


def test_affixed_forms_of_a_closed_compound_conflate():
    # Sastrawi's dictionary lacked "beritahu", "tandatangan", "tanggungjawab": each form stayed whole
    assert len({normalize(w) for w in ("pemberitahuan", "memberitahukan", "diberitahukan")}) == 1
    assert normalize("ditandatangani") == normalize("penandatanganan")
    assert normalize("pertanggungjawaban") == normalize("bertanggungjawab")
    assert analysis.is_dictionary_word("dipertanggungjawabkan")


def test_a_root_whose_affixed_forms_are_another_word_keeps_the_two_apart():
    assert normalize("dirinya") == normalize("diri")        # self
    assert normalize("berdiri") == normalize("didirikan") == normalize("pendirian")   # establish
    assert normalize("berdiri") != normalize("diri")
    assert normalize("mendapatkan") == normalize("didapat") != normalize("dapat")     # obtain / may
    assert normalize("sedapat-dapatnya") == normalize("dapat")   # a reduplication: the modal


def test_promulgating_is_not_the_statute():
    # "mengundangkan" (to promulgate) and "Undang-Undang" (the statute, in nearly every
    # article) shared Sastrawi's root "undang"
    statute = {normalize(w) for w in ("Undang-Undang", "undang", "perundang-undangan",
                                      "Undang-Undangnya", "perundangan", "undangan")}
    promulgate = {normalize(w) for w in ("mengundangkan", "diundangkan", "pengundangan",
                                         "diundangkannya")}
    assert len(statute) == len(promulgate) == 1 and statute != promulgate


def test_forming_a_law_is_not_the_form_of_a_thing(opened_index):
    """Session 17: "partisipasi masyarakat dlm pembentukan perda" matched every election
    article saying "dalam bentuk" ("… dapat dilakukan dalam bentuk pengawasan …")."""
    forming = {normalize(w) for w in ("pembentukan", "membentuk", "dibentuk", "terbentuk",
                                      "pembentukannya")}
    form = {normalize(w) for w in ("bentuk", "bentuknya", "bentuk-bentuk", "berbentuk")}
    assert len(forming) == len(form) == 1 and forming != form
    assert normalize("pembentuk") == "pembentuk"          # the actor keeps its own term
    hit = next(h for h in opened_index.search("partisipasi masyarakat dalam pembentukan perda",
                                              limit=10).hits if h.pasal == "131")
    assert hit.ayat == "1"     # not ayat (2), for its "dalam bentuk"


def test_an_actor_noun_keeps_its_own_term():
    # pe(N)- nouns name who acts; verbs and pe(N)-...-an nouns of the root name the act
    assert normalize("pelapor") != normalize("laporan")
    assert normalize("pelaporan") == normalize("laporan") == normalize("melaporkan")
    assert normalize("pendapat") != normalize("dapat")      # opinion, not the modal "may"
    assert normalize("pendiri") != normalize("diri")
    assert normalize("peserta") != normalize("serta")
    assert normalize("Pelapornya") == normalize("pelapor")
    assert normalize("penerima") != normalize("terima")     # the nasal replaced the t
    assert normalize("perundang-undangan") == normalize("undang")   # reduplication stays


def test_words_with_legal_meaning_are_never_stopwords():
    for word in ("tidak", "harus", "dapat", "wajib", "dilarang", "setiap", "paling", "sejak",
                 "apabila", "bukan", "belum"):
        assert word not in STOPWORDS
        assert normalize(word)


def test_question_words_are_dropped():
    assert analyze("apa sanksi bagi calon") == [normalize("sanksi"), normalize("calon")]


def test_dictionary_words_are_told_from_misspellings():
    # Sastrawi's root dictionary: an affixed form of a root is a word, a typo is not
    assert analysis.is_dictionary_word("menjelang") and analysis.is_dictionary_word("Pencalonan")
    assert not analysis.is_dictionary_word("pengundran")
    assert not analysis.is_dictionary_word("PHK")          # abbreviations are no dictionary words
    assert not analysis.is_dictionary_word("5A")
