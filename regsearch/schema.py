"""The Whoosh schema and its Indonesian analyzer adapter.

Kept apart from ``index`` (which writes) so that opening an index for a query — which
unpickles the schema and so imports this module — does not import the PDF, parsing and
tagging code. ``analysis`` holds the rules; this module only plugs them into Whoosh.
"""

from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from . import analysis, ocrwords

INDEX_NAME = "regsearch"
#: Bump when the schema or the analyzer changes: older indexes are then rebuilt, not misread.
#: 11: a regulation of a type many bodies issue carries its issuer in its id.
#: 12: an omnibus law's articles amending other laws are stored as their versions, with the
#: deletions they make (an index of UU 11/2020 held them as its own articles).
#: 13: an addressee's words split at "/" ("pekerja/buruh" answers --subject pekerja); titles
#: keep the acronyms and capitals of the regulation's own prose; rule kinds read anew.
#: 14: rule kinds read anew ("tidak dapat" consequences are no larangan, a list of subjects
#: is no clause boundary, benefits "diberikan" to a party are its hak).
#: 15: each unit stores the party of each of its kinds when they differ ("addressees": the
#: worker's hak beside the employer's kewenangan) and the subjects field holds them; rule
#: kinds and subjects read anew (a rule's own clause, "X adalah Y" designations).
#: 16: rule kinds read anew: written warnings and administrative actions for a breach are
#: sanksi, saving clauses ("tidak menghilangkan hak X") X's hak/kewajiban, a genus of extent
#: ("adalah jangka waktu …") defines.
#: 17: the analyzer keeps promulgation ("mengundangkan", "diundangkan") apart from the
#: statute ("undang-undang"): both stemmed to "undang"; a closing provision's "… dinyatakan
#: tidak berlaku" without "dicabut" revokes the law it names; a reading caution goes to the
#: article of that number holding the labels it names (UU 11/2020 quotes many Pasal 24).
#: 18: each regulation's Penjelasan Umum is a section document, its text in a field of its own
#: (``penjelasan_umum``): cited "Penjelasan Umum UU 13/2003", opened by show, searched.
#: 19: articles of other laws revoked by name in a closing provision ("revokes_articles") and
#: the last Pasal of a text cut off ("cut_off_after") stored per regulation; Pasal headings
#: printed inside a line, OCR'd ayat labels ("(21"), Prp numbers ("44/Prp") and the
#: Penjelasan of inserted articles ("Pasal 12 B") read; a penalty applied to another party
#: is sanksi.
#: 20: an annex's numbered butir (UU 12/2011 Lampiran II, the drafting manual) are stored with
#: the section, each citable ("Lampiran II UU 12/2011 butir 98"); a list label OCR printed
#: with letters ("1O.", "ll.") read as the number the list expects.
#: 21: the articles an article applies to a further case ("… berlaku secara mutatis mutandis
#: terhadap …") stored with it ("applies"), to be found from the articles applied; the
#: articles a closing provision revokes under a number OCR garbled ("revokes_unsure"), the
#: names a law gives itself ("names": "KUHP"), old laws' titles read from their Penjelasan.
#: 22: the affixed forms of "bentuk" (pembentukan, membentuk, dibentuk) a term apart from
#: the noun "bentuk" (form), as "diri", "dapat" and "undang" are.
#: 23: kinds of items under "wajib memenuhi persyaratan:" and of "dapat menjabat …"; a Pasal
#: the text says does not apply ("tidak berlaku ketentuan Pasal 25 …") no reference; a case
#: applied to read without its colon; definitions whose angka OCR partly lost numbered.
#: 24: a regulation whose text prints no type, number or year is named by its file's name
#: when that gives them ("uu/1986/5.md": UU 5/1986, amended by UU 9/2004 and 51/2009); each
#: regulation stores the "/" pairs its articles write ("pairs": "janda/duda"), searched for
#: a word of them; site watermarks inside a line ("Pasal 9 epkumham.go …") and ayat opening
#: with their list ("(2) a. …") read.
#: 25: abbreviations defined without "yang" ("…, selanjutnya disingkat KTP-el") and short
#: forms with hyphens (PBB-P2, UKL-UPL) harvested; page catchwords ("(2) Ketentuan...") and
#: garbled running heads dropped; "ayat (3) dan (4)" no new ayat; labels printed together
#: ("(1) (2) A. B.") or above the heading given to their sentences; an open compound older
#: statutes join with hyphens ("hak guna-bangunan", "lalu-lintas") indexed as its words.
#: 26: OCR-garbled words indexed as the frequent word form they stand for ("Persetqiuan" as
#: persetujuan, "danlatau" as dan/atau: ``ocrwords``, data/wordforms.txt).
#: 27: an OCR'd word one edit from a frequent form and from a form MIN_RATIO times rarer is
#: repaired to the frequent one ("Fresiden"); a law's name declared in the last sentences of
#: an ayat read ("… KELIMA. Undang-undang ini dapat disebut Undang-undang Pokok Agraria");
#: "haki", "kejagung", "kuhap", "kepres" not stemmed (to hak, jagung, hap, pres); a
#: stored unit's terms hold a "/" pair's parts ("pekerja/buruh": pekerja, buruh).
SCHEMA_VERSION = 27


class IndonesianFilter(Filter):
    """Whoosh adapter for ``analysis.normalize`` (module-level: the schema is pickled)."""

    def __call__(self, tokens):
        for token in tokens:
            term = analysis.normalize(token.text)
            if term is None:
                continue
            token.text = term
            yield token


class CompoundTokenizer(RegexTokenizer):
    """``analysis.TOKEN_PATTERN``'s tokens, an open compound joined by hyphens ("hak
    guna-bangunan") as its words, each a position of its own (``analysis.compound_parts``):
    the tokens ``analysis.tokenize`` gives queries and units. When indexing (Whoosh's "index"
    mode), an OCR-garbled word is first read as the word it stands for ("Persetqiuan":
    persetujuan, ``ocrwords.repair``); a query's words are read as typed."""

    def __init__(self) -> None:
        super().__init__(analysis.TOKEN_PATTERN)

    def __call__(self, value, positions=False, chars=False, **kwargs):
        added = 0   # positions the compounds split so far took
        indexing = kwargs.get("mode") == "index"
        for token in super().__call__(value, positions=positions, chars=chars, **kwargs):
            text = token.text
            word = text.strip("_")
            lead = text.index(word) if word else 0
            if indexing and (meant := ocrwords.repair(word.lower())):
                token.text = word = meant   # an OCR-garbled word indexed as the word it is
            parts = analysis.compound_parts(word) if "-" in word else ()
            if not parts:
                if positions:
                    token.pos += added
                yield token
                continue
            first_pos = token.pos + added if positions else 0
            first_char = token.startchar + lead if chars else 0
            for number, (begin, end) in enumerate(parts):
                token.text = word[begin:end]
                if positions:
                    token.pos = first_pos + number
                if chars:
                    token.startchar, token.endchar = first_char + begin, first_char + end
                yield token
            added += len(parts) - 1


def indonesian_analyzer():
    """The analyzer stored in the schema; ``analysis`` holds the rules it applies."""
    return CompoundTokenizer() | IndonesianFilter()


def exact_analyzer():
    """Surface forms (lowercased, unstemmed): a query word found as typed outranks a mere
    stem match ("pengunduran diri" over "mengundurkan diri")."""
    return (CompoundTokenizer() | LowercaseFilter()
            | StopFilter(stoplist=analysis.STOPWORDS, minsize=1))


def _subject_analyzer():
    return RegexTokenizer(analysis.SUBJECT_TOKEN_PATTERN) | LowercaseFilter()


def make_schema() -> Schema:
    text = indonesian_analyzer()
    return Schema(
        doc_id=ID(stored=True, unique=True),
        doctype=ID(stored=True),
        reg_id=ID(stored=True),
        amended_id=ID(stored=True),   # the amended regulation, for --regulation filters
        type=ID(stored=True),
        year=ID(stored=True),
        pasal=ID(stored=True),
        identity=ID(stored=True),     # same article across an amendment chain
        identity_version=ID,          # "<identity>@<sortable version>": newest found by prefix
        cites=KEYWORD(commas=True),   # identities of the articles of the same law it refers to
        applies=KEYWORD(commas=True),   # identities of those it applies to a further case
        path_key=ID(stored=True),
        file_hash=ID(stored=True),
        headings=TEXT(analyzer=text),
        body=TEXT(analyzer=text, phrase=True),
        body_exact=TEXT(analyzer=exact_analyzer(), phrase=True),
        penjelasan=TEXT(analyzer=text),
        # a regulation's own Penjelasan Umum (its section document's only text), a field of its
        # own: in "penjelasan" its length moved every article's Penjelasan score
        penjelasan_umum=TEXT(analyzer=text),
        kinds=KEYWORD(commas=True, lowercase=True, stored=True),
        subjects=TEXT(analyzer=_subject_analyzer(), phrase=True),
        payload=STORED,
        # A marker field: an index written by another schema version lacks it (and is rebuilt).
        **{f"schema_v{SCHEMA_VERSION}": STORED},
    )
