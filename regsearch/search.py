"""Queries, citations and the catalogue, answered from a Whoosh index.

``open_index(dir)`` returns a ``RegulationIndex`` that keeps one searcher open across
queries (reopened, never ``refresh()``-ed, when the index changed: DESIGN §6) and turns
Whoosh results into plain ``Hit``/``ArticleView`` objects (``models``, ``results``) before
returning them.

This module ranks and answers citations; what of a ranked article is shown (the unit cited,
snippet, ``Hit``) is ``units``, the checks of a query's text and filters are ``queries``, and
what words typed beside a citation list (the units cited, then what refers to them) is
``cited``; what the query's words are read as — a word no article uses as its one phrasing
the articles hold, an abbreviation as its sense, "did you mean" — is ``reading``, over
``spelling`` (whether the index holds a word typed, the word a misspelt one is nearest to);
the ``--kind``/``--subject`` filters as Whoosh queries are ``filters``, and the
memory-mapped reading of the index's files ``storage``.
"""

from __future__ import annotations

import functools
import os
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from whoosh import scoring
from whoosh.index import EmptyIndexError
from whoosh.query import And, AndNot, Not, Or, Query, Term

from . import analysis
from .scoring import PhraseBonus, Plan, PostingReader, WeightedTerm
from .errors import IndexError_, NotFoundError, QueryError
from .expand import Thesaurus, answers_asked, kind_terms, number_in_words, query_kinds
from .schema import INDEX_NAME, SCHEMA_VERSION
from .citations import (Citation, amendments_written_out, annex_heading, cited_regulations,
                        first_pasal, is_only_citation, juncto_as_amended, looks_like_citation,
                        names_a_pasal, names_units_only, only_citation_words, parse_citations,
                        unit_words_respelled, units_without_pasal, without_citation)
from .titles import (TitleCatalogue, TitledRegulation, issuer_in_title, issuer_part_of_title,
                     issuer_written_out, named_type, names_a_type, unread_name)
from .legal import (MULTI_ISSUER_TYPES, REGULATION_PATTERN, format_unit, identity_scope,
                    issuers_named, normalize_type, parse_regulation_ref,
                    regulation_ref, version_key)
from .cited import (Lookups, _Cited, _Lead, _ayat_holding, _around_cited, _cited_entries,
                    _cited_first, _citation_hits, _citation_result, _filtered_cited,
                    _named_citation)
from .inforce import (NO_FORCE_FACTOR, _family, _moved_below, _out_of_force, _revoker,
                      _standing_factor, _version_standing, _words_held,
                      states_entry_into_force, states_revocation)
from .links import (CITING_FACTOR, _Target, _best_answers, _cited, _fit, _referring,
                    _ruled_ayat, _rules, _sanction_of_the_words, _sanctions_lifted, _target,
                    _applying_why, _other_case_named, _why_linked, _words, applying,
                    _JUST_BELOW)
from .models import (GENERAL_EXPLANATION, KINDS, AppliedBy, Amends, Hit, RegulationInfo,
                     RegulationRef, RevokedAyat, SearchResult, Source, shown_path)
from .queries import (_WHOOSH_SYNTAX, _alternatives, _checked_filters, _clean_query,
                      _content_words, _described, _listed, _no_such_title, _quoted,
                      asks_entry_into_force, asks_revocations, spelled_out)
from .units import (_amends, _annex_label, _any_version, _article_citation, as_typed, _ayat,
                    butir_citation, _best_ayat, _best_unit, _best_unit_coverage, _caution,
                    _cited_unit, defined_alternatives, definition_grade, explained_definition,
                    _hit, _identity, _info,
                    _item_has_kind, _listing_order, _missing_unit, _number_key, _pasal_number,
                    _payload_kinds, _ref, _ref_of_id, _regulation_order, _short_of_id, _Unit,
                    UnitFilter, _unnumbered_ayat, _version,
                    _version_citation, _WORD)
from .filters import _subject_phrasings, _unit_filters, _without
from .reading import PARAPHRASE_SLOP, QueryReader, _phrase_in_body
from .storage import _MappedStorage
from .results import ArticleView, CitedUnit, RegulationSummary

if TYPE_CHECKING:
    import numpy as np

#: Field weights: the article text decides; its BAB/Bagian headings add context;
#: the Penjelasan explains but does not rule, so it weighs least (an article's, and the
#: Penjelasan Umum of a regulation, a section document of its own).
#: (The regulation's title is not searched: it repeats on every article and, measured,
#: moved nDCG by 0.001 while costing a sixth of query time.)
FIELD_BOOSTS = {"body": 1.0, "body_exact": 0.6, "headings": 0.6, "penjelasan": 0.3,
                "penjelasan_umum": 0.3}
#: Bonus weight of the query's words appearing together, in order, within a few words.
PHRASE_BOOST = 1.5
PHRASE_SLOP = 3
#: Weight of another phrasing of a query concept (synonym, abbreviation) against the words typed.
EXPANSION_BOOST = 0.5
#: Weight of the other form of an abbreviation a regulation of the index defines ("Aparatur
#: Sipil Negara yang selanjutnya disingkat ASN"): the same term, not a synonym's share.
DEFINED_BOOST = 1.0
#: Weight of an article stating the kind of rule the query asks for ("syarat …", "sanksi …"),
#: inside Whoosh's score; the rerank's KIND_FACTOR acts on top. Measured: removing this term
#: costs nDCG@10 0.003 and MRR 0.004 on eval/dev.json, so both stay.
KIND_BOOST = 1.0
#: Rerank: up to this share more score for one ayat/item holding all the query's words.
UNIT_FACTOR = 1.0
#: Rerank: this share more score for an article stating the kind of rule asked for.
KIND_FACTOR = 0.3
#: Rerank: a definitions-only article (Ketentuan Umum) keeps this share unless the query asks
#: for a definition: people search for the rules, and the definitions are one `show` away.
DEFINITION_FACTOR = 0.6
#: Rerank: articles citing one of the CITED_DEPTH best answers, and the articles these answers
#: refer to, join with CITING_FACTOR of its score (``links``).
CITED_DEPTH = 5
#: Rerank: the article right after one of the CITED_DEPTH best answers, in the same BAB,
#: gets this share of that answer's score added (a rule is continued, qualified or
#: sanctioned in the next Pasal: "Pasal 171 … sebagaimana dimaksud" after Pasal 170).
NEXT_FACTOR = 0.1
#: How many of the best scored articles are reranked.
RERANK_DEPTH = 40
#: At most this many articles holding a definition and the words of one asked for are
#: read to find the definition itself (a corpus defines a term in a few regulations).
DEFINITIONS_READ = 200
#: Versions of an article scoring at least this share of its best version are listed with it.
CHAIN_SHARE = 0.5
#: BM25F parameters. B < 0.75 softens the length penalty: a long article (a list of
#: 21 requirements) is not less relevant for being thorough.
BM25_B = 0.75
BM25_K1 = 1.2
#: B of a field only a few documents fill: Whoosh averages a field's length over every
#: document, so a regulation's Penjelasan Umum (thousands of words in 12 of 1,150) was
#: "150 times the average" and scored next to nothing; unnormalised, it weighs as its words.
FIELD_B = {"penjelasan_umum": 0.0}
_QUOTED = re.compile(r'"([^"]*)"')
#: "… tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang
#: … menjadi Undang-Undang": an act that enacts a Perppu, printed as its Lampiran.
_ENACTS = re.compile(r"\bpenetapan\s+(?P<enacted>.+?)\s+menjadi\s+undang", re.IGNORECASE | re.S)
#: "cuti NOT izin" means cuti without izin (as "cuti -izin"); Whoosh's OR grouping read it as
#: "cuti, or anything without izin" (1,106 of 1,122 articles).
_NOT_AFTER_A_WORD = re.compile(r"(?<!\bAND)(?<!\bOR)(?<!\bNOT)(?<=[^\s(])\s+NOT\s+(?=\S)")
_FIELD_USE = re.compile(r'(?:^|[\s(])[-+]?(?P<field>\w+):(?P<word>\S*)')
#: An excluded word, phrase or group: "-pidana", '-"hak pilih"', "-(pidana OR penjara)".
_EXCLUSION = re.compile(r'(?<!\S)-(?:"[^"]*"|\([^)]*\)|\S+)')
#: A query that only excludes ("-pidana", "NOT pidana"): nothing to rank by.
_ONLY_EXCLUDED = re.compile(r'(?:\s*(?:(?:AND|OR)\s+)?(?:-|\bNOT\s+)(?:"[^"]*"|\S+))+\s*')
#: A word restricted to one field ("penjelasan:kampanye").
_FIELDED = re.compile(r'(?:^|[\s(])[-+]?\w+:\S')


#: The query's word score of each of some documents (document number → score; a document the
#: words do not match is left out).
Scorer = Callable[[Sequence[int]], dict[int, float]]
#: Documents (document number, payload, identity) as (score, payload, identity), scored by the
#: query's words and reranked as the candidates the words found are.
SanctionScorer = Callable[[list[tuple[int, dict, str]]], list[tuple[float, dict, str]]]


@dataclass(frozen=True)
class SanctionAsked:
    """What lifting the sanctions of the answers needs from a query asking for one: its word
    scores of the sanctions its words missed, and the unit it cites of an answer."""

    scored: SanctionScorer
    unit_cited: Callable[[dict], _Unit | None]

#: Document types that are hits; the others (catalogue, remembered failures) never are.
SEARCHABLE_DOCTYPES = frozenset({"article", "lampiran"})
_SEARCHABLE = Or([Term("doctype", t) for t in sorted(SEARCHABLE_DOCTYPES)])


#: An agency's regulations were "Peraturan Kepala" (its head's) before many became "Peraturan
#: Badan" (BAPETEN since 2019): one typed as the other is pointed to it.
_HEAD_AND_BODY = {"PERKA": "PERBA", "PERBA": "PERKA"}
_TYPE_NAME = {"PERKA": "Peraturan Kepala", "PERBA": "Peraturan Badan"}


@dataclass(frozen=True)
class _Catalogue:
    thesaurus: Thesaurus
    revoked: dict[str, str]   # regulation id → the regulation revoking it ("UU 7/2017")
    revoker_ids: dict[str, str]   # regulation id → the id of the regulation revoking it
    # article identity → (version key of the amendment deleting it, that amendment)
    deleted: dict[str, tuple[str, str]]
    # article identity → (version key, amendment) rewording it in a text no one could read
    reworded: dict[str, tuple[str, str]]
    # article identity → (version key, amendment, item label, Penjelasan) of each amendment
    # changing only its Penjelasan, oldest first
    explained: dict[str, list[tuple[str, str, str, str]]]
    titled: tuple[TitledRegulation, ...]   # for names like "UU Ketenagakerjaan"
    # article identity → (version key of the revocation, the revoking article "Pasal 622 UU
    # 1/2023", the ayat it revokes or () for the whole article)
    revoked_articles: dict[str, tuple[str, str, tuple[str, ...]]]
    # regulation id → the last Pasal read of a text cut off after it ("226": UU 7/2017)
    cut_off: dict[str, str]
    # regulation id → its file, for one whose type, number and year only its file's name gave
    named_by_file: dict[str, str]
    # the term of a word → the "/" pairs holding it ("janda" → ("janda/duda",))
    pairs: dict[str, tuple[str, ...]]


_Method = TypeVar("_Method", bound=Callable[..., Any])


def _one_snapshot(method: _Method) -> _Method:
    """Run a public method of ``RegulationIndex`` on one version of the index: whether another
    process has committed is checked once, on entry, and the searcher is then kept to the end.
    A search looks the index up a dozen times; were the searcher swapped between two of them,
    document numbers of one version would be read in another (and each check lists the
    index folder)."""
    @functools.wraps(method)
    def on_one_snapshot(self, *args, **kwargs):
        if self._closed:
            raise IndexError_(f"the index in {self.index_dir} was closed; open it again")
        if not self._pins:
            self._current_searcher()
        self._pins += 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._pins -= 1
    return on_one_snapshot  # type: ignore[return-value]  # same signature, by functools.wraps


def open_index(index_dir: str | Path) -> RegulationIndex:
    """Open an index built by ``build_index``; raises ``IndexError_`` if missing or damaged."""
    if not isinstance(index_dir, (str, os.PathLike)):
        raise IndexError_(f"an index is opened from its folder's path, like 'index/', not "
                          f"{type(index_dir).__name__}")
    return RegulationIndex(Path(index_dir))


class RegulationIndex:
    """A read-only handle on an index: ``search``, ``show`` and ``regulations``.

    Use it as a context manager (or call ``close()``) to release the open searcher.
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        # A file cut short or gone would fail (or silently skew) some later query: the sizes
        # the last commit recorded are checked first, a stat per file.
        from .manifest import build_advice, check_intact, rebuild_advice
        check_intact(index_dir, INDEX_NAME)
        try:
            self._ix = _MappedStorage(str(index_dir), readonly=True).open_index(INDEX_NAME)
        except (EmptyIndexError, FileNotFoundError) as exc:
            raise IndexError_(f"no index in {index_dir}; {build_advice(index_dir)}") from exc
        except Exception as exc:  # whoosh raises many types on a damaged directory
            raise IndexError_(f"the index in {index_dir} is damaged ({type(exc).__name__}); "
                              f"{rebuild_advice(index_dir, INDEX_NAME)}") from exc
        if f"schema_v{SCHEMA_VERSION}" not in self._ix.schema.names():
            raise IndexError_(f"the index in {index_dir} was built by another version of "
                              f"regsearch; {rebuild_advice(index_dir, INDEX_NAME)}")
        self._searcher = None
        self._postings: PostingReader | None = None
        self._catalogue_cache: tuple[object, _Catalogue] | None = None
        # the reading of a query's words: spelling, one-phrasing words, senses (through a
        # proxy: a reference back to the index would keep it alive past its last user, and
        # with it its stem table, ``stemtable.attach``)
        index = weakref.proxy(self)
        self._words = QueryReader(lambda: index._current_searcher(),
                                  lambda: index._posting_reader(),
                                  lambda: index._catalogue().thesaurus,
                                  lambda: index._catalogue().pairs)
        self._titles_cache: tuple[object, TitleCatalogue] | None = None
        self._newest_cache: tuple[object, dict[str, str]] | None = None
        self._pairs_cache: tuple[object, dict[str, tuple[str, ...]]] | None = None
        self._pins = 0  # public calls running (``_one_snapshot``)
        self._closed = False
        from . import stemtable  # stems the build computed: a query need not load Sastrawi
        stemtable.attach(self, index_dir)

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Release the open files; the handle answers no more calls."""
        self._closed = True
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def __enter__(self) -> RegulationIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _current_searcher(self):
        """The open searcher, reopened when another process has committed since (checked
        once per public call: see ``_one_snapshot``)."""
        if self._searcher is not None and not self._pins and not self._searcher.up_to_date():
            self._searcher.close()
            self._searcher = None
            self._postings = None
        if self._searcher is None:
            try:
                self._searcher = self._ix.searcher(
                    weighting=scoring.BM25F(B=BM25_B, K1=BM25_K1,
                                            **{f"{f}_B": b for f, b in FIELD_B.items()}))
            except Exception as exc:  # missing or corrupt segment files
                from .manifest import rebuild_advice
                raise IndexError_(f"the index in {self.index_dir} is damaged "
                                  f"({type(exc).__name__}); "
                                  f"{rebuild_advice(self.index_dir, INDEX_NAME)}") from exc
        return self._searcher

    def _posting_reader(self) -> PostingReader:
        """Numpy views of the open searcher's postings (rebuilt with the searcher)."""
        searcher = self._current_searcher()
        if self._postings is None or self._postings.searcher is not searcher:
            self._postings = PostingReader(searcher, B=BM25_B, K1=BM25_K1, field_B=FIELD_B)
        return self._postings

    # ------------------------------------------------------------------ catalogue
    @_one_snapshot
    def regulations(self) -> list[RegulationSummary]:
        """Every regulation in the index, ordered by type, year and number, with the ones in
        the index that amend or revoke it."""
        searcher = self._current_searcher()
        payloads = [fields["payload"] for fields in searcher.documents(doctype="regulation")]
        amenders: dict[str, list[RegulationInfo]] = {}
        for payload in payloads:
            for amended in filter(None, [payload.get("amends"), *payload.get("also_amends", ())]):
                amenders.setdefault(amended, []).append(_info(payload["regulation"]))
        revoked = self._catalogue().revoked
        summaries = []
        for payload in payloads:
            info = _info(payload["regulation"])
            amended_by = sorted(amenders.get(info.id, ()), key=_regulation_order)
            summaries.append(RegulationSummary(
                info, payload["articles"], len(payload["anomalies"]), shown_path(payload["path"]),
                tuple(_ref(a).short for a in amended_by), revoked.get(info.id),
                os.path.abspath(payload["path"]), payload.get("cut_off_after"),
                info.id in self._catalogue().named_by_file))
        return sorted(summaries, key=lambda s: _regulation_order(s.info))

    # ------------------------------------------------------------------ search
    @_one_snapshot
    def search(self, text: str = "", limit: int = 10, *, type: str | None = None,
               year: int | None = None, regulation: str | None = None,
               kinds: Sequence[str] = (), subject: str | None = None) -> SearchResult:
        """Find the articles that answer ``text``, best first.

        Filters: ``type`` (a DESIGN §3 code or long name), ``year``, ``regulation``
        ("UU 10/2016": its own articles and those it amends or that amend it), ``kinds``
        (any of them) and ``subject`` (words of the addressee). ``kinds`` and ``subject`` say
        what is listed, not which rules the words find: those bring in the articles citing
        them that pass ("upah minimum", kinds=["sanksi"]: UU 13/2003 Pasal 185, which
        sanctions Pasal 90). With no text but a filter, lists the matching articles in
        document order.
        """
        typed = _clean_query(text)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise QueryError(f"the number of hits must be a whole number of at least 1, not "
                             f"{limit!r}")
        kinds = _checked_filters(type, year, regulation, kinds, subject)
        written = self._issuers_written(self._titles().unglued(typed))   # "UUPK": "UU PK"
        regulation = self._issuers_written(regulation) if regulation else regulation
        # "UU Pilkada": as a filter the law (its amendments are in it); for "Pasal 7" the text
        # in force, as the name means it in a query
        in_force = self._numbered(regulation, year) if regulation else None
        typed_regulation = regulation
        regulation = self._numbered(regulation, year, in_force=False) if regulation else None
        filters = self._filters(type, year, regulation, kinds, subject, typed_regulation)
        # "UU Ketenagakerjaan" → "UU 13/2003"; "stdd UU Cipta Kerja" read before the name is,
        # so that the name is not also read as the text its newest amendment left
        text = self._numbered(amendments_written_out(self._words.unaccented(written)), year)
        text = self._juncto_read(text)   # "UU 1/2015 jo. UU 10/2016", "stdd": as amended
        text = unit_words_respelled(text, self._words.unheld)   # "psal 7 UU 12/2011": Pasal 7 cited
        result = self._answer(text, limit, list(filters), in_force, kinds, subject)
        if names_a_type(text):   # "jabatan Pergub Jawa Barat": no such Pergub held, said so
            notes = (self._titles().unheld_issuers(text) or self._unread_names(text)
                     or self._titles().unfit_titles(   # "UU 23/2014 tentang upah"
                         written, self._catalogue().thesaurus.expansions))
            result = replace(result, missing=(*result.missing, *notes))
        if not result.total and filters and not self._posting_reader().mask(And(filters)).any():
            raise NotFoundError(f"no article in the index matches the filters given ("
                                f"{_described(type, year, regulation, kinds, subject)}); "
                                "`regsearch list` shows what is indexed")
        if text != written:   # (the issuer of the one regulation held, written in, is no news)
            as_found = _as_found(text, result.hits) if is_only_citation(text) else text
            result = replace(result, read_as=result.read_as or as_found)
        return replace(result, query=typed,
                       hits=tuple(self._with_applying(self._cautioned(h)) for h in result.hits))

    def _with_applying(self, hit: Hit) -> Hit:
        """``hit`` with the articles applying it to a further case (``_applied_by``)."""
        if hit.pasal is None:
            return hit
        scope = identity_scope(hit.regulation.id, hit.amends.ref.id if hit.amends else None)
        applied = self._applied_by(f"{scope}#{hit.pasal}", hit.ayat)
        return replace(hit, applied_by=applied) if applied else hit

    def _applied_by(self, identity: str, ayat: str | None = None) -> tuple[AppliedBy, ...]:
        """The articles in force applying the article ``identity`` to a further case ("…
        sebagaimana dimaksud dalam Pasal 56 sampai dengan Pasal 62 berlaku secara mutatis
        mutandis terhadap penyusunan Peraturan Daerah Kabupaten/Kota"): a kabupaten question
        finds the Provinsi article, which never says that it binds the kabupaten too."""
        postings = self._posting_reader()
        if "applies" not in postings.searcher.schema:
            return ()
        docnums = [int(d) for d in postings.postings("applies", identity).ids
                   if postings.alive[d]]
        pasal = identity.rpartition("#")[2]
        return tuple(dict.fromkeys(
            one for _, payload, _ in self._searchable(docnums)
            if self._standing(payload)[0] == "current"
            for one in applying(payload, pasal, ayat)))

    def _cautioned(self, hit: Hit) -> Hit:
        """``hit`` with what the index knows of its article beyond its labels: its text cut
        off, its amended law's name unread, some of its ayat revoked by another law
        (``revoked_ayat``; said in ``caution`` too while the hit is current)."""
        notes = [self._cut_off_note(hit.regulation.id), self._named_by_file_note(hit.regulation),
                 _unread_amended(hit.amends, hit.regulation)]
        revoked = None
        if hit.pasal is not None:
            scope = identity_scope(hit.regulation.id, hit.amends.ref.id if hit.amends else None)
            revoked = self._revoked_ayat(f"{scope}#{hit.pasal}", hit.ayat,
                                         lambda: self._hit_numbered(hit, f"{scope}#{hit.pasal}"))
            if revoked is not None and hit.standing == "current":
                notes.append(revoked.note)
        if not any(notes) and revoked is None:
            return hit
        return replace(hit, caution=_joined(hit.caution, *notes), revoked_ayat=revoked)

    def _hit_numbered(self, hit: Hit, identity: str) -> bool:
        """Whether the article version of ``hit`` prints ayat numbers (the version of its
        regulation among those of ``identity``)."""
        searcher = self._current_searcher()
        for docnum in searcher.document_numbers(identity=identity):
            payload = searcher.stored_fields(docnum)["payload"]
            if payload["regulation"]["id"] == hit.regulation.id and payload["pasal"] == hit.pasal:
                return _numbered(payload)
        return True

    def _named_by_file_note(self, regulation: RegulationInfo) -> str | None:
        """"UU 5/1986 is so named by its file (uu/1986/5.md): its text prints no type, number
        or year, …" for a regulation whose identity only its file's name gave
        (``metadata_from_file_name``), else None: a misnamed file would misname every
        citation of it."""
        path = self._catalogue().named_by_file.get(regulation.id)
        if path is None:
            return None
        return (f"{_ref(regulation).short} is so named by its file ({path}): its text prints no "
                "type, number or year, so check them in the source")

    def _cut_off_note(self, regulation_id: str) -> str | None:
        """"the text of UU 7/2017 in the index is cut off after Pasal 226" for a regulation
        whose text looked cut off when indexed (``index.cut_off_after``), else None."""
        last = self._catalogue().cut_off.get(regulation_id)
        if last is None:
            return None
        return (f"the text of {_short_of_id(regulation_id)} in the index is cut off after "
                f"Pasal {last} (later articles missing)")

    def _revoked_ayat(self, identity: str, cited_ayat: str | None,
                      numbered: Callable[[], bool]) -> RevokedAyat | None:
        """The ayat of an article in force that another law revoked by name ("ayat (1) and (3)
        … by Pasal 622 UU 1/2023"), when no version in the index rewords it since; whether
        ``cited_ayat`` (None: the whole article) holds them, and whether the article prints
        ayat numbers (``numbered``, asked only then: UU 19/2016's Pasal 45 of UU 11/2008
        prints none). None for an article no law revoked some ayat of."""
        revocation = self._catalogue().revoked_articles.get(identity)
        if revocation is None or not revocation[2] \
                or self._newest_versions({identity})[identity] >= revocation[0]:
            return None
        ayat = tuple(revocation[2])
        return RevokedAyat(ayat, revocation[1], cited_ayat is None or cited_ayat in ayat,
                           numbered())

    def _answer(self, text: str, limit: int, filters: list[Query], regulation: str | None,
                kinds: Sequence[str], subject: str | None) -> SearchResult:
        """``search`` once the filters are read and regulations named by title numbered."""
        wanted = UnitFilter(frozenset(kinds), _subject_phrasings(subject) if subject else ())
        if not text:
            if not filters:
                raise QueryError("empty query: give words to search for, or a filter such as "
                                 "--kind or --regulation (kinds=, regulation= in Python)")
            return self._list_filtered([*filters, _SEARCHABLE], limit, wanted)
        filter_query = And(filters) if filters else None
        unit_filters = _unit_filters(kinds, subject) if wanted else []
        cited = self._cited(text, regulation, filter_query, limit, wanted, unit_filters)
        if cited.answer is not None:
            return cited.answer
        text, filter_query = cited.words, cited.filter_query
        anchoring = _Anchoring(lead=cited.lead)
        if cited.lead is None and wanted:   # "upah minimum" --kind sanksi: Pasal 90 → 185
            anchoring = _Anchoring(wider=_without(filter_query, unit_filters), widened=True)
        self._check_fields(text)
        if _ONLY_EXCLUDED.fullmatch(text):
            raise QueryError(f"{_quoted(text)} only excludes: add a word to search for, like "
                             f"'sanksi {text}' (or list by a filter: --kind, --regulation)")
        _refuse_nothing_to_search(text)
        # A query about one law ("dana kampanye menurut UU Pilkada", --regulation) asks what
        # it says now: its superseded wordings follow the text in force instead of beside it.
        in_force_first = bool(cited.within) or regulation is not None
        spelled = spelled_out(text)   # "yg tdk ikutkan": "yang tidak ikutkan"
        suggestion, unmatched, misspelt = self._words.suggest(spelled)
        if _WHOOSH_SYNTAX.search(text) or text.count('"') % 2:
            result = self._ranked_syntax(spelled, self._parse(spelled), filter_query, limit,
                                         wanted, in_force_first, anchoring)
            result = replace(result, query=text,
                             read_as=spelled if spelled != text else result.read_as)
        else:
            # "uang pesagon": a typo no article holds, with one close word that articles do,
            # is searched as corrected (the other words alone answered something else)
            searched = suggestion if misspelt and suggestion else spelled
            read_as, undecided = self._words.read_as(searched)
            read_as = read_as or (searched if misspelt or searched != text else None)
            result = self._ranked_plain(read_as or text, filter_query, limit, wanted,
                                        in_force_first, anchoring)
            result = replace(result, query=text, read_as=(
                f"{read_as or text} ({undecided})" if undecided else read_as))
            suggestion = None if misspelt else suggestion   # searched, not only suggested
        if cited.within:   # "Searched as: sanksi in UU 13/2003"
            result = replace(result, read_as=f"{result.read_as or text}{cited.within}")
        notes = cited.notes + ((self._of_which_regulation(cited.of_no_regulation, result),)
                               if cited.of_no_regulation else ())
        result = replace(result, suggestion=suggestion, unmatched=unmatched,
                         missing=(*notes, *result.missing))
        if cited.lead:   # "sanksi Pasal 5 UU 13/2003": Pasal 5, then what refers to it
            result = _cited_first(self._lookups(), cited.lead, result, limit)
        return result

    def _cited(self, text: str, regulation: str | None, filter_query: Query | None,
               limit: int, wanted: UnitFilter, unit_filters: Sequence[Query] = ()) -> _Cited:
        """A query as a citation: answered directly when it names what the index holds;
        otherwise the words left to search, and where ("sanksi Pasal 999 UU 13/2003":
        "sanksi", in UU 13/2003 when the index holds it, with a note saying why).
        ``unit_filters``: the kind and subject ones among ``filter_query``: beside words they
        say what is listed, not which units the words are searched around ("sanksi Pasal 90
        UU 13/2003" --kind sanksi: Pasal 90, a prohibition, is not listed; Pasal 185, its
        sanction, is)."""
        named = parse_regulation_ref(regulation) if regulation else None
        unnamed = names_a_pasal(text) and not cited_regulations(text)
        name = unread_name(text) if unnamed else None
        if name:   # "UU Perbankan Pasal 5" with no such title: no citation, nor words to search
            raise NotFoundError(_no_such_title(name, *self._titles().offer(name)))
        code = (self._titles().unheld_code(text, self._catalogue().thesaurus.expansions)
                if unnamed and named is None else None)
        if code:   # "Pasal 1365 KUHPerdata", a code the index does not hold
            raise NotFoundError(_no_such_title(code))
        if names_units_only(text):
            if named is None:
                raise QueryError(f"{_quoted(text)} names no regulation: add one, like "
                                 f"\"{text.rstrip('?!. ')} UU 10/2016\", or give the regulation filter")
            cited = f"{text} {regulation}"
            found: SearchResult | None
            if unit_filters:   # "Pasal 71 ayat (2)" --regulation "UU 10/2016" --kind sanksi
                entries, lacking = _cited_entries(
                    self._lookups(), cited, _without(filter_query, list(unit_filters)), only=True)
                found = _filtered_cited(self._lookups(), entries or [], lacking, filter_query,
                                        wanted, limit)
            else:
                found, _ = _citation_hits(self._lookups(), cited, filter_query, limit)
            assert found is not None   # a citation alone naming nothing held has raised
            return _Cited(replace(found, query=text), text, filter_query)
        not_found: tuple[str, ...] = ()
        if named is not None and names_a_pasal(text) and not cited_regulations(text):
            text = f"{text} {regulation}"   # "sanksi Pasal 71 ayat (2)" --regulation UU 10/2016
        if looks_like_citation(text):
            words = _words_beside(text)
            around = (_without(filter_query, list(unit_filters)) if words or unit_filters
                      else filter_query)
            entries, not_found = _cited_entries(self._lookups(), text, around, only=not words)
            if entries and words:   # "sanksi Pasal 5 UU 13/2003"
                return _around_cited(self._lookups(), words, entries, not_found, filter_query,
                                     wanted)
            if entries and unit_filters:   # "Pasal 71 ayat (2) UU Pilkada" --kind sanksi
                return _Cited(_filtered_cited(self._lookups(), entries, not_found, filter_query,
                                              wanted, limit), text, filter_query)
            if entries:
                return _Cited(_citation_result(self._lookups(), text, entries, not_found, limit),
                              text, filter_query)
        refs = cited_regulations(text)
        if not refs and unnamed and named is None:   # "pasal 603 xyz": no citation read
            return _Cited(None, text, filter_query, of_no_regulation=first_pasal(text) or "")
        if not refs:
            return _Cited(None, text, filter_query)
        return self._beside_regulations(text, refs, regulation, filter_query, limit, wanted,
                                        not_found)

    def _of_which_regulation(self, pasal: str, found: SearchResult) -> str:
        """The note for a Pasal cited of no regulation, its example the law the words landed
        in ("pasal 40 kades berhenti": like 'Pasal 40 UU 6/2014', the Desa law's articles
        found), else one the index holds: never the same unrelated law whatever was asked."""
        held = [titled.ref for titled in self._catalogue().titled]   # as `regsearch list`
        landed = [ref for ref in (hit.amends.ref if hit.amends else _ref(hit.regulation)
                                  for hit in found.hits) if ref in held]
        # the laws holding a Pasal of that number: those the words landed in first
        holding = {_ref_of_id(identity.partition("#")[0]) for _, _, identity in self._searchable(
            self._posting_reader().mask(Term("pasal", pasal.split()[-1])).nonzero()[0].tolist())}
        example = next((ref for ref in landed if ref in holding), None) or next(
            (ref for ref in held if ref in holding), None) or (landed or held[-1:] or [
                RegulationRef("UU", "13", 2003)])[0]
        return (f"{pasal} of which regulation? None the index holds is named (write it by its "
                f"number, like '{pasal} {example.short}', or give --regulation); the words were "
                "searched everywhere")

    def _beside_regulations(self, text: str, refs: list[RegulationRef], regulation: str | None,
                            filter_query: Query | None, limit: int, wanted: UnitFilter,
                            not_found: tuple[str, ...]) -> _Cited:
        """Words beside the regulations a query names but no unit of them it could answer
        ("pesangon UU 13/2003", "sanksi Pasal 999 UU 13/2003"): searched in the regulations
        the index holds (unless --regulation says where), with a note for each one it lacks;
        regulations named alone ("UU 13/2003") list their articles in order."""
        held, reasons = [], list(not_found)
        for ref in dict.fromkeys(refs):
            try:
                held.append(self._held_as(ref))
            except NotFoundError as exc:
                if not not_found:   # a Pasal's reason already names its regulation
                    reasons.append(str(exc))
        words = _words_beside(text)   # "apa UU 13/2003": no words, the regulation listed
        loose = units_without_pasal(text)   # "ayat (2) UU 13/2003": of no Pasal
        if loose and not words:
            raise _no_pasal(text, loose, refs[0])
        reasons += [f"{label} names no Pasal and was left out" for label in loose]
        within = Or([self._of_regulation(ref) for ref in held])
        if held and filter_query is not None and not self._posting_reader().mask(
                And([filter_query, within])).any():
            named = " and ".join(ref.short for ref in held)
            raise NotFoundError(f"{named}, named in the query, {'are' if len(held) > 1 else 'is'} "
                                "outside the filters given")
        if not words:   # "UU 13/2003": what it holds
            if not held:
                raise NotFoundError("; ".join(reasons))
            filters = [q for q in (filter_query, within, _SEARCHABLE) if q is not None]
            listed = self._list_filtered(filters, limit, wanted)
            return _Cited(replace(listed, query=text, missing=tuple(reasons)), text, filter_query)
        searched_in = ""
        if held and regulation is None:
            filter_query = And([q for q in (filter_query, within) if q is not None])
            searched_in = f" in {' and '.join(ref.short for ref in held)}"
        notes = tuple(f"{reason} (the other words were searched{searched_in})"
                      for reason in reasons)
        return _Cited(None, words, filter_query, notes, searched_in)

    def _numbered(self, text: str, year: int | None = None, in_force: bool = True) -> str:
        """``text`` with each regulation named by type and title written as its number ("UU
        Ketenagakerjaan" → "UU 13/2003", "UU Pemilu" → "UU 7/2017") and a regulation's own
        title after its number left out ("UU 13/2003 tentang Ketenagakerjaan pesangon" →
        "UU 13/2003 pesangon"); the titles are only read when the text could name one.
        ``year`` and ``in_force``: as ``TitleCatalogue.read``."""
        if not (names_a_type(text) or self._titles().bare_named(text)):   # "Pasal 603 KUHP"
            return text
        return self._titles().read(text, self._catalogue().thesaurus.expansions, year, in_force)

    def _juncto_read(self, text: str) -> str:
        """``text`` with "UU 1/2015 jo. UU 8/2015 jo. UU 10/2016" read as the law as the newest
        amendment named left it (``citations.juncto_as_amended``), when the index says they
        amend it; the short forms of "sebagaimana telah diubah dengan" ("stdd", "diubah dgn")
        written out first (``citations.amendments_written_out``)."""
        text = amendments_written_out(text)
        if not re.search(r"\bjo\b|\bjuncto\b", text, re.IGNORECASE):
            return text
        return juncto_as_amended(text, self._amends_held)

    def _unread_names(self, text: str) -> list[str]:
        """A note for a regulation named by words no title holds whole but some held title
        fits ("sanksi UU Nuklir": did you mean UU 10/1997 (Ketenaganukliran)?), whose words
        were searched everywhere instead; [] when no held title fits the words, and for the
        types many bodies issue, whose words after the type name an issuer or are words to
        search ("Pergub sampah": ``TitleCatalogue.unheld_issuers``)."""
        name = unread_name(text)
        if not name or named_type(name) in MULTI_ISSUER_TYPES:
            return []
        closest, several = self._titles().offer(name)
        if not closest:
            return []
        if several:   # "sanksi UU KN": Keuangan Negara or Kementerian Negara
            return [f"{_quoted(name)} is the short name of several regulations the index "
                    f"holds ({_alternatives(closest)}: which one?); the words were searched"]
        return [f"{_quoted(name)} names no regulation the index holds (did you mean "
                f"{_alternatives(closest)}?); the words were searched"]

    def _amends_held(self, later: RegulationRef, earlier: RegulationRef) -> bool:
        """Whether the index holds ``later`` as an amendment of ``earlier`` (what a "jo."
        chain is read by, here and in ``parse_citations``)."""
        return any(t.ref == later and (t.amends == earlier or earlier in t.also_amends)
                   for t in self._catalogue().titled)

    def _titles(self) -> TitleCatalogue:
        """The names of the regulations in the index, read once per searcher."""
        searcher = self._current_searcher()
        if self._titles_cache is None or self._titles_cache[0] is not searcher:
            self._titles_cache = (searcher, TitleCatalogue(self._catalogue().titled))
        return self._titles_cache[1]

    def _check_fields(self, text: str) -> None:
        """A field query names one of the searchable fields and a word: "body:" alone was
        searched as the word "body" ("Did you mean: kode?"), and "pasal:7" reached an
        internal field of every regulation."""
        for match in _FIELD_USE.finditer(text):
            field = match.group("field").lower()
            if field not in self._ix.schema.names() and (
                    not match.group("word") or not field.isalpha()):
                continue   # "catatan: upah" is two words, "10:00" a time
            if field not in FIELD_BOOSTS:   # "pasal:7" (internal), "title:cuti" (none such)
                raise QueryError(f"'{match.group('field')}:' is not a field you can search; "
                                 "use body:, headings: or penjelasan: (or the "
                                 "options --kind, --regulation, --type, --year)")
            if not match.group("word"):
                raise QueryError(f"'{match.group('field')}:' needs a word after it, like "
                                 f"{field}:kampanye (no space)")

    def _filters(self, type_: str | None, year: int | None, regulation: str | None,
                 kinds: Sequence[str], subject: str | None, typed_regulation: str | None = None
                 ) -> list[Query]:
        # Catalogue documents carry no searchable text, so a ranked query needs no doctype
        # filter (computing one costs a pass over every document of the index).
        filters: list[Query] = []
        if type_:
            code = normalize_type(type_)
            if code is None:
                raise QueryError(f"unknown regulation type {type_!r}; use a code such as UU, PP, "
                                 "PERPRES, PKPU, POJK, PERGUB, PERDA")
            filters.append(Term("type", code))
        if year is not None:
            filters.append(Term("year", str(year)))
        if regulation:
            ref = self._filter_regulation(regulation, typed_regulation or regulation)
            filters.append(self._of_regulation(ref))
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise QueryError(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
        return filters + _unit_filters(kinds, subject)

    def _issuers_written(self, text: str) -> str:
        """``text`` with each regulation of a type many bodies issue written with its issuer
        as the index holds it ("Pergub 1/2021" → "Pergub Bali 1/2021", "Perka Badan Pengawas
        Tenaga Nuklir 3/2012" → "Perka BAPETEN 3/2012"), so that the rest of ``search`` reads
        one regulation. An issuer typed that is none the index holds for that number is
        ``NotFoundError`` ("Pergub Jawa Barat 1/2021" when it holds Bali's, never answered
        with Bali's text); a number several issuers hold, typed without the issuer or with
        one naming several, is ``QueryError``, asking which."""
        for match, ref, typed in reversed(issuers_named(text)):
            held = self._issuers_holding(ref)
            if not held:
                continue
            fits = [(r, title) for r, title in held if not typed or _issued_by(typed, r, title)]
            if not fits:
                raise NotFoundError(_other_issuers(ref, typed, held))
            if len(fits) > 1:   # "Pasal 3 Perbup 5/2021 sebagaimana diubah dengan Perbup 12/2022"
                fits = self._amended_by_one_named(text, match, fits) or fits
            if len(fits) > 1:
                raise QueryError(_which_issuer(match, [r for r, _ in fits]))
            start, end = match.span("issuer")
            text = f"{text[:start]} {fits[0][0].issuer}{text[end:]}"
        return text

    def _amended_by_one_named(self, text: str, match: re.Match[str],
                              fits: list[tuple[RegulationRef, str]]
                              ) -> list[tuple[RegulationRef, str]]:
        """Of the regulations ``match`` may name, the one that another regulation named in
        ``text`` amends ("… sebagaimana diubah dengan Perbup 12/2022": only Semarang's Perbup
        5/2021 is amended by a Perbup 12/2022); [] unless exactly one."""
        named = [regulation_ref(other) for other in REGULATION_PATTERN.finditer(text)
                 if other.start() != match.start()]
        amended = {titled.amends for titled in self._catalogue().titled for ref in named
                   if ref and titled.amends and _same_number(titled.ref, ref)
                   and (not ref.issuer or titled.ref.issuer == ref.issuer)}
        settled = [fit for fit in fits if fit[0] in amended]
        return settled if len(settled) == 1 else []

    def _issuers_holding(self, ref: RegulationRef) -> list[tuple[RegulationRef, str]]:
        """The regulations of ``ref``'s type, number and year the index holds, whatever their
        issuer (itself, or only through an amendment of it), each with the title naming its
        issuer (an amendment's own title for the regulation it amends)."""
        found: dict[RegulationRef, str] = {}
        for titled in self._catalogue().titled:
            for held in (titled.ref, titled.amends):
                if held and _same_number(held, ref):
                    found.setdefault(held, titled.title)
        return list(found.items())

    def _held_as(self, ref: RegulationRef) -> RegulationRef:
        """The regulation the index holds for ``ref``: itself, or for a Perppu the act that
        enacts it and prints it as its Lampiran; ``NotFoundError`` when neither."""
        enacting = self._enacted_by(ref)
        if enacting is not None:   # "Perppu 1/2014": the Lampiran of UU 1/2015
            return enacting
        self._require_regulation(ref)   # a mistyped filter is no empty answer
        return ref

    def _filter_regulation(self, regulation: str, typed: str) -> RegulationRef:
        """The one regulation a --regulation filter names (``regulation``: as ``typed``, its
        names written as numbers), held by the index (a Perppu by the act that enacts it and
        prints it as its Lampiran); a Pasal or a second regulation in it is refused rather
        than dropped."""
        ref = parse_regulation_ref(regulation)
        if ref is None and names_a_type(regulation):
            raise NotFoundError(_no_such_title(regulation, *self._titles().offer(regulation)))
        code = self._titles().unheld_code(regulation, self._catalogue().thesaurus.expansions)
        if ref is None and code:   # --regulation KUHAP, with no KUHAP held
            raise NotFoundError(_no_such_title(code))
        if ref is None:
            raise QueryError(f"cannot read the regulation {regulation!r}; write it like "
                             "'UU 10/2016' (or by its title, like 'UU Ketenagakerjaan')")
        named = cited_regulations(regulation)
        if len(named) > 1:
            if typed != regulation:   # "Pergub Bali": its two Pergub
                listed = ", ".join(ref.short for ref in named)
                raise QueryError(f"the regulation filter names one regulation; {typed!r} names "
                                 f"{len(named)} ({listed}): give one, like '{named[0].short}'")
            raise QueryError(f"the regulation filter names one regulation, like 'UU 10/2016', not "
                             f"{regulation!r}")
        if without_citation(regulation) or looks_like_citation(regulation):
            raise QueryError(f"the regulation filter names a regulation, like 'UU 10/2016', not "
                             f"{regulation!r}; a Pasal is asked by typing its citation as the "
                             "query")
        return self._held_as(ref)

    def _parse(self, text: str) -> Query:
        """A query written with query syntax, as Whoosh's parser reads it (taken literally:
        no phrase or synonym bonuses)."""
        from whoosh import qparser  # only queries written with syntax need it (~20 ms import)

        parser = qparser.MultifieldParser(list(FIELD_BOOSTS), self._ix.schema,
                                          fieldboosts=FIELD_BOOSTS,
                                          group=qparser.OrGroup.factory(0.9))
        parser.add_plugin(qparser.PlusMinusPlugin())
        parser.remove_plugin_class(qparser.WildcardPlugin)
        try:
            return parser.parse(_NOT_AFTER_A_WORD.sub(" -", text))
        except Exception as exc:  # whoosh's parser raises assorted errors on odd syntax
            raise QueryError(f"cannot understand the query {_quoted(text)} ({exc})") from exc

    def _plan(self, text: str) -> Plan:
        """Words and "quoted phrases" as the scorer runs them: each word in every text field
        (stemmed; as typed in ``body_exact``); each quoted phrase, in order, in every field.
        Without quotes, bonuses for the words appearing together, for the kind of rule
        asked for, and for other phrasings of the same legal concept; with quotes the
        query is taken literally."""
        quoted = _QUOTED.findall(text)
        groups: list[tuple[WeightedTerm, ...]] = []
        seen: set[tuple[str, str]] = set()
        searched = _without_asking_words(_QUOTED.sub(" ", text))
        for word, _, _ in analysis.tokenize(searched):
            terms = _field_terms(word)
            # A word repeated (or two forms of one stem) counts once, as in Whoosh.
            groups.append(tuple(t for t in terms if (t.field, t.text) not in seen))
            seen.update((t.field, t.text) for t in terms)
        phrases = []
        for phrase in quoted:
            in_field = _field_phrases(phrase)
            slop = _phrase_in_body(phrase)[1]
            groups += [(WeightedTerm(f, words[0], FIELD_BOOSTS[f]),)
                       for f, words in in_field.items() if len(words) == 1]
            phrases += [PhraseBonus(f, words, 1 if f == "body_exact" else slop, FIELD_BOOSTS[f])
                        for f, words in in_field.items() if len(words) > 1]
        if quoted:
            return Plan(tuple(g for g in groups if g), (), tuple(phrases))
        stems = tuple(t.text for g in groups for t in g if t.field == "body")
        words = tuple(t.text for g in groups for t in g if t.field == "body_exact")
        # the words together name the rule asked only where an article states one of its kind
        asking = kind_terms(searched)
        asked = _kinds_named(stems, asking)
        if len(stems) > 1:
            phrases += [PhraseBonus("body", stems, PHRASE_SLOP, PHRASE_BOOST, asked),
                        PhraseBonus("body_exact", words, 1, PHRASE_BOOST, asked)]
        extras = [WeightedTerm("kinds", kind, KIND_BOOST) for kind in query_kinds(text)]
        # a pair holding a word typed is another phrasing of it, at the better of the two
        # scores where an article writes both ("buruh" beside "pekerja/buruh"): not the
        # word counted twice against the query's other words
        phrases += [PhraseBonus("body", (pair,), 0, EXPANSION_BOOST, instead_of=(stem,))
                    for stem, pair in self._pairs_written(stems) if pair not in stems]
        # a number typed in digits is also the words older laws give it ("90" hari:
        # "sembilan puluh"), at the better of the two where a law prints both ("10 (sepuluh)")
        phrases += [PhraseBonus("body", tuple(analysis.analyze(said)), 1, EXPANSION_BOOST,
                                instead_of=(stem,))
                    for stem in stems if (said := number_in_words(stem))]
        thesaurus = self._catalogue().thesaurus
        postings = self._posting_reader()
        # an abbreviation defined by a regulation: its other form is the same term
        defined = {_phrase_in_body(other)[0]: (typed, other)
                   for typed, other in thesaurus.defined(searched)}
        for alternative in thesaurus.expansions(searched):
            alt_terms, slop = _phrase_in_body(" ".join(alternative))
            if alt_terms in defined:
                phrases += _defined_bonuses(*defined[alt_terms])
            elif len(alt_terms) == 1:
                extras.append(WeightedTerm("body", alt_terms[0], EXPANSION_BOOST))
            elif alt_terms:
                if not postings.holds_phrase("body", alt_terms, slop):   # a paraphrase
                    slop += PARAPHRASE_SLOP
                phrases.append(PhraseBonus("body", alt_terms, slop, EXPANSION_BOOST))
        # The query in other words, its words together: the paraphrase's share of the bonus
        # the typed words get together.
        # (in full where the other words are a defined abbreviation's: the same query)
        phrases += [PhraseBonus("body", rewritten, PHRASE_SLOP,
                                PHRASE_BOOST * (DEFINED_BOOST if _holds_any(rewritten, defined)
                                                else EXPANSION_BOOST),
                                _kinds_named(rewritten, asking))
                    for rewritten in thesaurus.rewritings(searched)]
        return Plan(tuple(g for g in groups if g), tuple(extras), tuple(phrases))

    def _pairs_written(self, stems: Sequence[str]) -> list[tuple[str, str]]:
        """The "/" pairs holding a word of ``stems`` where the statutes write that word mostly
        in them: "pekerja" (alone in 16 articles of the bundled corpus, in "pekerja/buruh" in
        84), "janda" (only in "Janda/Duda"); not "bupati" (alone in 211, "Bupati/Walikota" in
        33), whose pairs would only add the other office's articles."""
        searcher = self._current_searcher()
        if self._pairs_cache is None or self._pairs_cache[0] is not searcher:
            self._pairs_cache = (searcher, {})
        known = self._pairs_cache[1]   # stem → the pairs searched for it, per searcher
        for stem in set(stems) - known.keys():
            pairs = self._catalogue().pairs.get(stem, ())
            reader = searcher.reader()
            known[stem] = pairs if pairs and (
                sum(reader.doc_frequency("body", pair) for pair in pairs)
                > reader.doc_frequency("body", stem)) else ()
        return [(stem, pair) for stem in dict.fromkeys(stems) for pair in known[stem]]

    def _catalogue(self) -> _Catalogue:
        """What the regulations in the index say about each other (abbreviations they
        define, regulations they revoke, articles they delete), read once per searcher.
        (An index built before 2026-11-28 has no deletions recorded until rebuilt.)"""
        searcher = self._current_searcher()
        if self._catalogue_cache is None or self._catalogue_cache[0] is not searcher:
            abbreviations: dict[str, set[str]] = {}
            revoked: dict[str, str] = {}
            revoker_ids: dict[str, str] = {}
            deleted: dict[str, tuple[str, str]] = {}
            reworded: dict[str, tuple[str, str]] = {}
            explained: dict[str, list[tuple[str, str, str, str]]] = {}
            articles: dict[str, tuple[str, str, tuple[str, ...]]] = {}
            cut_off: dict[str, str] = {}
            named_by_file: dict[str, str] = {}
            pairs: dict[str, set[str]] = {}
            unsure: list[tuple[list[str], str, str, tuple[str, ...]]] = []
            infos: list[RegulationInfo] = []
            names: list[tuple[str, ...]] = []
            amended: list[str | None] = []
            amended_too: list[tuple[str, ...]] = []
            for fields in searcher.documents(doctype="regulation"):
                payload = fields["payload"]
                infos.append(_info(payload["regulation"]))
                amended.append(payload.get("amends"))
                names.append(tuple(payload.get("names", ())))   # (an index before 2026-11-29: none)
                amended_too.append(tuple(payload.get("also_amends", ())))
                for short, full in payload.get("abbreviations", {}).items():
                    abbreviations.setdefault(short, set()).add(full)
                by = _ref(infos[-1]).short
                if payload.get("cut_off_after"):
                    cut_off[infos[-1].id] = payload["cut_off_after"]
                for pair, terms in payload.get("pairs", {}).items():
                    for term in terms:
                        pairs.setdefault(term, set()).add(pair)
                if any(anomaly["code"] == "metadata_from_file_name"
                       for anomaly in payload.get("anomalies", ())):
                    named_by_file[infos[-1].id] = payload["path"]
                for regulation_id in payload.get("revokes", ()):
                    revoked[regulation_id] = by
                    revoker_ids[regulation_id] = infos[-1].id
                for identity, version in payload.get("deletes", {}).items():
                    deleted[identity] = max((version, by), deleted.get(identity, ("", "")))
                for identity, (version, pasal, ayat) in payload.get("revokes_articles",
                                                                     {}).items():
                    articles[identity] = max((version, f"Pasal {pasal} {by}", tuple(ayat)),
                                             articles.get(identity, ("", "", ())))
                unsure += [(identities, version, f"Pasal {pasal} {by}", tuple(ayat))
                           for identities, version, pasal, ayat in payload.get(
                               "revokes_unsure", ())]
                for identity, version in payload.get("rewords_unread", {}).items():
                    reworded[identity] = max((version, by), reworded.get(identity, ("", "")))
                for identity, (version, label, text) in payload.get("explains", {}).items():
                    explained.setdefault(identity, []).append((version, by, label, text))
            titled = tuple(TitledRegulation(_ref(info), info.title, info.id in revoked,
                                            _ref_of_id(amends) if amends else None,
                                            tuple(_ref_of_id(other) for other in others), named)
                           for info, amends, others, named in zip(infos, amended, amended_too,
                                                                  names))
            for changes in explained.values():
                changes.sort()   # oldest first
            for identities, version, by, ayat in unsure:
                self._add_fitting(articles, identities, (version, by, ayat))
            self._catalogue_cache = (searcher, _Catalogue(Thesaurus(abbreviations),
                                                             revoked, revoker_ids,
                                                             deleted, reworded,
                                                             explained, titled, articles,
                                                             cut_off, named_by_file,
                                                             {term: tuple(sorted(held))
                                                              for term, held in pairs.items()}))
        return self._catalogue_cache[1]

    def _add_fitting(self, articles: dict[str, tuple[str, str, tuple[str, ...]]],
                     identities: list[str], revocation: tuple[str, str, tuple[str, ...]]
                     ) -> None:
        """Record ``revocation`` of the one article of ``identities`` (the numbers an OCR'd
        "Pasal 2a" may be: UU 11/2008 Pasal 28, 29) that the index holds, in a version older
        than the revocation, with every ayat it names ("ayat(21": Pasal 28 has ayat (2),
        Pasal 29 none); nothing when none or several do."""
        searcher = self._current_searcher()
        fitting = []
        for identity in identities:
            for docnum in searcher.document_numbers(identity=identity):
                payload = searcher.stored_fields(docnum)["payload"]
                numbers = {unit["number"] for unit in payload["ayat"]}
                if version_key(tuple(payload["version"])) < revocation[0] \
                        and set(revocation[2]) <= numbers:
                    fitting.append(identity)
                    break
        if len(fitting) == 1:
            known = articles.get(fitting[0])
            if known is None or known[:2] != revocation[:2]:
                articles[fitting[0]] = max(revocation, known or ("", "", ()))
            elif known[2]:   # more ayat of it revoked by the same article
                articles[fitting[0]] = (*known[:2], tuple(sorted(
                    set(known[2]) | set(revocation[2]), key=lambda a: (len(a), a))))

    def _ranked_plain(self, text: str, filter_query: Query | None, limit: int,
                      wanted: UnitFilter, in_force_first: bool = False,
                      anchoring: _Anchoring | None = None) -> SearchResult:
        """Plain words: scored with numpy over the posting lists (``scoring``)."""
        plan = self._plan(text)
        postings = self._posting_reader()
        allowed = postings.mask(filter_query) if filter_query else None
        docnums, scores, total = postings.score(plan, allowed, max(limit * 3, RERANK_DEPTH))
        candidates = self._candidates(zip(docnums.tolist(), scores.tolist()))
        terms = {t.text for t in _plan_terms(plan) if t.field == "body"}
        anchoring = anchoring or _Anchoring()
        wider = allowed
        if anchoring.widened:
            wider = postings.mask(anchoring.wider) if anchoring.wider is not None else None
            found, found_scores, _ = postings.score(plan, wider, RERANK_DEPTH)
            anchoring = self._answered(anchoring, zip(found.tolist(), found_scores.tolist()),
                                       text)
        conduct = _conduct_sanctioned(text) if anchoring.lead is None else None
        if conduct:   # "sanksi kekerasan terhadap anak": the rules on kekerasan terhadap anak
            found, found_scores, _ = postings.score(self._plan(conduct), wider, RERANK_DEPTH)
            rules = self._stating_most(self._answered(
                anchoring, zip(found.tolist(), found_scores.tolist()), conduct).answers, conduct)
            if rules:
                anchoring = replace(anchoring, answers=rules, rescaled=True)
        return self._finish(text, candidates, total, terms, filter_query, limit, wanted,
                            matched=lambda: postings.matched(plan, allowed),
                            in_force_first=in_force_first,
                            scored=functools.partial(postings.scores_of, plan),
                            anchoring=anchoring)

    def _stating_most(self, answers: Sequence[tuple[float, dict, str]] | None, conduct: str
                      ) -> tuple[tuple[float, dict, str], ...]:
        """The ``answers`` with an ayat or item holding more than half the terms of
        ``conduct`` (as ``links._sanction_of_the_words`` counts a unit's words): only a rule
        stating the conduct asked is one whose sanction the query wants. "pidana advokat
        palsu": UU 18/2003 articles saying only "Advokat" (no unit says "palsu") were raised
        above the offence; "sanksi pencemaran nama baik ITE", UU 11/2008 Pasal 23 ayat (2),
        whose "nama" and "baik" are a domain name's and good faith's (QA round 16)."""
        each = dict.fromkeys(analysis.analyze(conduct), 1.0)   # terms counted, not weighed
        forms = self._defined_forms(conduct)
        return tuple(answer for answer in answers or ()
                     if _best_unit_coverage(answer[1], each, forms) > 0.5)

    def _answered(self, anchoring: _Anchoring, scored: Iterable[tuple[int, float]], text: str
                  ) -> _Anchoring:
        """``anchoring`` with its answers: the best of the documents its words ``scored``
        within its wider filters, reranked as the candidates are."""
        answers = self._rerank(self._candidates(scored), text)[0]
        return replace(anchoring, answers=tuple(answers))

    def _candidates(self, scored: Iterable[tuple[int, float]]
                    ) -> list[tuple[float, dict, str]]:
        """(score, payload, identity) of the scored documents that are articles or Lampiran."""
        scores = dict(scored)
        return [(scores[docnum], payload, identity)
                for docnum, payload, identity in self._searchable(scores)]

    def _ranked_syntax(self, text: str, query: Query, filter_query: Query | None, limit: int,
                       wanted: UnitFilter, in_force_first: bool = False,
                       anchoring: _Anchoring | None = None) -> SearchResult:
        """Queries written with syntax (quotes, OR, -word, field:value): Whoosh runs them."""
        searcher = self._current_searcher()
        try:
            results = searcher.search(query, filter=filter_query,
                                      limit=max(limit * 3, RERANK_DEPTH))
        except Exception as exc:
            raise QueryError(f"cannot run the query {_quoted(text)} ({exc})") from exc
        excluded = _excluded(query)
        # Whoosh 2.7.4 lets "-word" through when asked for as many results as it has
        # documents (its collector for "all of them" skips the AndNot): enforced here again.
        without_excluded = self._linkable(None, excluded) if excluded else None
        # Query syntax can reach any field ("*:*", "NOT x"): keep only articles and Lampiran.
        candidates = [(r.score, dict(r["payload"]), r["identity"]) for r in results
                      if r["doctype"] in SEARCHABLE_DOCTYPES
                      and (without_excluded is None or without_excluded[r.docnum])]
        # The count: exact, whatever the limit (Whoosh's estimate ignored "-word" and counted
        # every OR branch apart); when more matched than were scored, Whoosh counts them.
        scored_all = results.scored_length() < max(limit * 3, RERANK_DEPTH)
        total = len(candidates) if scored_all else len(results)
        # the excluded words are no words asked for (coverage, the kind asked, the unit cited)
        asked = " ".join(_EXCLUSION.sub(" ", _NOT_AFTER_A_WORD.sub(" -", text)).split())
        anchoring = anchoring or _Anchoring()
        if anchoring.widened and not _FIELDED.search(text):   # (a field named links nothing)
            wider = searcher.search(query, filter=anchoring.wider, limit=RERANK_DEPTH)
            anchoring = self._answered(anchoring, (
                (r.docnum, r.score) for r in wider
                if without_excluded is None or without_excluded[r.docnum]), asked)
        result = self._finish(asked, candidates, total, _query_terms(query), filter_query,
                              limit, wanted, excluded=excluded, linked=not _FIELDED.search(text),
                              in_force_first=in_force_first,
                              scored=lambda docnums: _query_scores(searcher, query, docnums),
                              anchoring=anchoring)
        return replace(result, query=text)

    def _finish(self, text: str, candidates: list[tuple[float, dict, str]], total: int,
                terms: set[str], filter_query: Query | None, limit: int,
                wanted: UnitFilter, excluded: Sequence[Query] = (), linked: bool = True,
                matched: Callable[[], np.ndarray] | None = None,
                in_force_first: bool = False, scored: Scorer | None = None,
                anchoring: _Anchoring | None = None) -> SearchResult:
        """Rerank the candidates, bring in the articles linked to the best by a reference
        (within the filters, never one holding what the query excludes; none when the query
        names a field: "penjelasan:kampanye" asks for that field to hold the word), cite the
        best unit. ``in_force_first``: the texts no longer in force follow all the ones that
        are (a query about one law). ``scored``: the query's word scores of some documents
        (the sanctions citing an answer are ranked as if the words had found them).
        ``anchoring``: the answers the articles citing them hang on, when not the best
        candidates (``_Anchoring``). A sanction is asked for by a word ("pidana") or by the
        kind filter."""
        typed = set(analysis.analyze(text))
        written = frozenset(_WORD.findall(text.lower()))
        asking = kind_terms(text)
        senses = self._senses(text)
        together = _said_together(text)
        asked_answers = answers_asked(text)   # "kapan": the unit stating a time is cited
        hits: list[Hit] = []
        ranked, *pages = self._rerank(candidates, text)
        if "definisi" in wanted.kinds:   # "upah --kind definisi" asks what "pengertian upah" does
            asking.setdefault("definisi", "definisi")
        links: dict[tuple[str, str], str] = {}   # (identity, version) → why it was brought in
        if "definisi" in asking.values():   # "pengertian upah": the definition of upah first
            defining = self._defining_articles(
                defined_alternatives(typed - set(asking), senses),
                self._linkable(filter_query, excluded), links)
            ranked, pages = _first(defining, ranked, pages)
        if in_force_first:   # "kapan UU Desa berlaku", "KUHP mencabut pasal apa saja"
            ranked, pages = _first(self._closing_asked(text, self._linkable(filter_query,
                                                                            excluded)),
                                   ranked, pages)
        anchoring = anchoring or _Anchoring()
        # (identity, version) → the Pasal, and the ayat, its unit cited is to refer to
        targets: dict[tuple[str, str], _Target] = {}
        if linked:
            linkable = self._linkable(filter_query, excluded)
            sanctions = (SanctionAsked(
                functools.partial(self._word_scored, text=text, scored=scored),
                lambda payload: _best_unit(payload, typed, terms, None, written, asking, senses))
                if scored and "sanksi" in {*asking.values(), *wanted.kinds} else None)
            answers = anchoring.answers
            if answers and anchoring.rescaled:
                answers = _on_the_scale_of(answers, ranked)
                ranked = _rules_raised(ranked, answers)
            ranked, citing = self._add_citing_articles(ranked, linkable, links, sanctions,
                                                       answers, targets)
            ranked, referred = self._add_referred_articles(ranked, linkable, links)
            ranked, applying = self._add_applying_articles(ranked, linkable, links,
                                                           _words(text) - set(asking))
            ranked, in_force = self._with_wording_in_force(ranked, linkable)
            total += _unmatched(citing + referred + applying + in_force, matched)
            listed = {(identity, _version(payload)) for _, payload, identity in ranked}
            pages = [[item for item in page if (item[2], _version(item[1])) not in listed]
                     for page in pages]
        if anchoring.lead is not None:   # "sanksi Pasal 160 ayat (4)": 185 before 190
            ranked, pages = _closest_first(anchoring.lead, ranked, pages, targets)
        ordered = [item for page in (ranked, *pages) for item in _versions_together(page)]
        ordered = self._in_force_ahead(ordered, text)
        if in_force_first:   # each group's scores read in its order, and are its own
            current, older = self._in_force_apart(ordered)
            ranked = _scores_descending(current) + _scores_descending(older)
        else:
            ranked = _scores_descending(ordered)
        # "pekerja harian lepas" --kind definisi: a definition listed holds the words
        defined = (defined_alternatives(typed - set(asking), senses)
                   if "definisi" in wanted.kinds else [])
        found_units: list[_Unit] = []   # the units listed for their own words (not by a link)
        for score, payload, identity in ranked:
            key = (identity, _version(payload))
            unit = _best_unit(payload, typed, terms, wanted, written, asking, senses, together,
                              answers=asked_answers)
            if key in targets and unit is not None:
                referring_unit = _best_unit(payload, typed, terms, wanted, written, asking,
                                            senses, together, prefer=_referring(
                                                payload, *targets[key]), answers=asked_answers)
                if _sanction_of_the_words(unit, referring_unit, typed, asking):
                    links.pop(key, None)   # the words found the unit cited, not the reference
                else:
                    unit = referring_unit
            # the article has the kind and the subject, but not in one unit; or the unit is
            # a definition of something else
            if unit is None or not _holds_defined(unit, wanted, defined):
                total -= 1
                continue
            hits.append(_hit(len(hits) + 1, score, payload, unit, terms,
                             self._standing(payload, unit.ayat), linked=links.get(key)))
            if key not in links:
                found_units.append(unit)
            if len(hits) == limit:
                break
        missing: tuple[str, ...] = ((_no_definition(text, typed - set(asking)),)
                                    if defined and not hits and ranked else ())
        if hits and not defined and wanted.kinds:
            lacking = _words_no_unit_holds(found_units, typed - set(asking), senses)
            missing += (_none_of_the_kind(text, lacking, wanted.kinds),) if lacking else ()
        return SearchResult(text, max(total, len(hits)), tuple(hits), missing=missing)

    def _with_wording_in_force(self, ranked: list[tuple[float, dict, str]],
                               allowed: np.ndarray | None
                               ) -> tuple[list[tuple[float, dict, str]], list[int]]:
        """``ranked`` with the newest wording of each article found only in an older one,
        at that one's score (``_versions_together`` then puts it first in the chain): the
        words may be the old text's alone ("hakim ad hoc pengadilan tata usaha negara": UU
        5/1986 Pasal 135 as first enacted names the court, the version in force since UU
        51/2009 does not, and ranked nowhere), and a lawyer cites the article in force with
        its history. Within the filters; nothing for an article deleted or revoked. With the
        document numbers of those added."""
        held = {(identity, _version(payload)) for _, payload, identity in ranked}
        best: dict[str, float] = {}
        for score, payload, identity in ranked:
            best.setdefault(identity, score)   # each article's best-ranked version
        added: list[tuple[float, dict, str]] = []
        docnums: list[int] = []
        newest_of = self._newest_versions(set(best))
        for identity, score in best.items():
            newest = newest_of[identity]
            if not newest or (identity, newest) in held:
                continue
            found = self._posting_reader().documents(identity_version=f"{identity}@{newest}")
            if len(found) and (allowed is None or allowed[int(found[0])]):
                payload = self._current_searcher().stored_fields(int(found[0]))["payload"]
                if self._standing(payload)[0] == "current":
                    added.append((score, payload, identity))
                    docnums.append(int(found[0]))
        return (sorted(ranked + added, key=lambda c: -c[0]) if added else ranked), docnums

    def _in_force_apart(self, ranked: list[tuple[float, dict, str]]
                        ) -> tuple[list[tuple[float, dict, str]], list[tuple[float, dict, str]]]:
        """The texts in force, and the superseded, deleted and revoked ones, each in its
        order: a query about one law lists all of the first before any of the second (listed
        still, never hidden)."""
        current = [self._standing(item[1])[0] == "current" for item in ranked]
        return ([item for item, now in zip(ranked, current) if now],
                [item for item, now in zip(ranked, current) if not now])

    def _in_force_ahead(self, ranked: list[tuple[float, dict, str]], text: str
                        ) -> list[tuple[float, dict, str]]:
        """``ranked`` with each text no longer in force (``_out_of_force``) moved to just
        below the first text in force of its regulation family (the law as amended, or the
        law revoking it) that holds every query word it holds: the law in force answers the
        same words, and a short repealed article ("Pasal 163 … uang penggantian hak", deleted
        by UU 11/2020) kept outranking the article in force that governs them even at
        NO_FORCE_FACTOR of its score. Ordering only: a text with no such article in force
        stays where it is."""
        standings = self._standings(ranked)
        gone = _out_of_force(standings, [identity for _, _, identity in ranked])
        if not any(gone):
            return ranked
        revokers = self._catalogue().revoker_ids
        families = [_family(payload, identity, revokers) for _, payload, identity in ranked]
        asked = {family for family, is_gone in zip(families, gone) if is_gone}
        searched = _without_asking_words(text)
        words = set(analysis.analyze(searched))
        # a defined abbreviation's other form holds the words typed ("PNS": pegawai negeri sipil)
        forms = self._defined_forms(searched)
        looked_for = words.union(*(other for _, other in forms))
        held = [as_typed(_words_held(payload, looked_for), forms) & words
                if family in asked else frozenset()
                for (_, payload, _), family in zip(ranked, families)]
        in_force = [standing == "current" for standing in standings]
        return _moved_below(ranked, gone, in_force, families, held)

    def _defined_forms(self, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        """(typed, other) terms of each abbreviation a regulation defines that ``text`` holds
        in one of its forms (``Thesaurus.defined``)."""
        return [(frozenset(analysis.analyze(typed)), frozenset(analysis.analyze(other)))
                for typed, other in self._catalogue().thesaurus.defined(text)]

    def _standings(self, ranked: list[tuple[float, dict, str]]) -> list[str]:
        """Each ranked text's standing as ``_standing`` reads it for the article whole, read
        from the catalogue and the term index at once (no stored document is loaded)."""
        catalogue = self._catalogue()
        newest = self._newest_versions({identity for _, _, identity in ranked})
        return ["revoked" if _revoker(catalogue.revoked, payload, identity)
                else "current" if payload["pasal"] is None
                else _version_standing(version_key(tuple(payload["version"])), newest[identity],
                                       catalogue.deleted.get(identity, ("",))[0],
                                       catalogue.reworded.get(identity, ("",))[0])
                for _, payload, identity in ranked]

    def _rerank(self, candidates: list[tuple[float, dict, str]], text: str
                ) -> list[list[tuple[float, dict, str]]]:
        """The candidates reranked (``_adjusted``) in pages of RERANK_DEPTH, in the order of
        Whoosh's scores, each page best first; on the first, the Pasal after each of the best
        answers is lifted. Paged so that asking for more hits adds hits below the ones shown
        before, never above: reranking one deeper pool put a candidate from beyond the first
        RERANK_DEPTH among the first ten."""
        pages = [candidates[start:start + RERANK_DEPTH]
                 for start in range(0, len(candidates), RERANK_DEPTH)] or [[]]
        adjusted = [self._adjusted(page, text) for page in pages]
        adjusted[0] = _next_articles_lifted(adjusted[0])
        return [sorted(page, key=lambda c: -c[0]) for page in adjusted]

    def _adjusted(self, candidates: list[tuple[float, dict, str]], text: str
                  ) -> list[tuple[float, dict, str]]:
        """Adjust Whoosh's article scores with what BM25 cannot see:

        - one ayat or item holding the query's words together beats the same words spread
          over a long article (legal answers live in one unit);
        - an article stating the kind of rule the query asks for ("syarat …") rises, and one that
          only defines terms sinks unless a definition is asked for;
        - versions a later amendment in the index replaced or deleted ("Ketentuan Pasal 169
          dihapus"), and regulations another one revokes, sink — they stay listed, never hidden.
        """
        if not candidates:
            return []
        newest = self._newest_versions({identity for _, _, identity in candidates})
        catalogue = self._catalogue()
        revoked = catalogue.revoked
        searched = _without_asking_words(text)
        weights = self._term_weights(analysis.analyze(searched))
        forms = self._defined_forms(searched)
        wanted_kinds = set(query_kinds(text))
        adjusted = []
        for score, payload, identity in candidates:
            score *= 1 + UNIT_FACTOR * _best_unit_coverage(payload, weights, forms)
            kinds = set(_payload_kinds(payload))
            if wanted_kinds & kinds:
                score *= 1 + KIND_FACTOR
            if kinds == {"definisi"} and "definisi" not in wanted_kinds:
                score *= DEFINITION_FACTOR
            score *= _standing_factor(version_key(tuple(payload["version"])), newest[identity],
                                      catalogue.deleted.get(identity, ("",))[0],
                                      catalogue.reworded.get(identity, ("",))[0])
            if _revoker(revoked, payload, identity) \
                    or self._revoked_article(payload, _best_ayat(payload, weights)):
                score *= NO_FORCE_FACTOR
            adjusted.append((score, payload, identity))
        return adjusted

    def _linkable(self, filter_query: Query | None, excluded: Sequence[Query]
                  ) -> np.ndarray | None:
        """The documents a linked article may be: those the filters allow, less those holding
        what the query excludes ("-nuklir"); None for all."""
        postings = self._posting_reader()
        allowed = postings.mask(filter_query) if filter_query else None
        for part in excluded:
            allowed = ~postings.mask(part) if allowed is None else allowed & ~postings.mask(part)
        return allowed

    def _add_citing_articles(self, ranked: list[tuple[float, dict, str]],
                             allowed: np.ndarray | None, links: dict[tuple[str, str], str],
                             sanctions: SanctionAsked | None = None,
                             answers: Sequence[tuple[float, dict, str]] | None = None,
                             targets: dict[tuple[str, str], _Target] | None = None
                             ) -> tuple[list[tuple[float, dict, str]], list[int]]:
        """Bring in the articles that refer to the best answers ("… sebagaimana dimaksud
        dalam Pasal 82 berhak mendapat upah penuh"): they state the consequences, rights and
        sanctions of the rule found, often without repeating its words. Each gets a share
        of the score of the best answer it cites; articles already found keep their own.
        Every version of a citing article that cites the answer joins (as the referred
        articles' do): taking the first one found brought a superseded wording and left out
        the one in force. Returns the ranking and the document numbers added; ``links``
        says which answer brought each in.

        ``sanctions`` (given when the query asks for sanksi: it scores documents by the
        query's words and says which ayat of an answer it cites): a sanction citing one of
        the best answers gets SANCTION_FACTOR × its score added to its own
        (``_sanctions_lifted``). It is the answer: a statute sanctions a rule from another article
        ("Barang siapa melanggar ketentuan … Pasal 90 ayat (1) dikenakan sanksi pidana …"),
        and its own words rarely repeat the rule's, so it scored below the rule, below
        sanctions of other rules and, often, below the RERANK_DEPTH candidates the words
        found: then it is fetched and scored by the words as if they had found it.

        ``answers``: more of the best answers than the best of ``ranked``: the words' answers
        outside a kind or subject filter (which ``allowed`` still applies to what joins).
        ``targets`` gets, for each article joining, the Pasal and ayat it is cited for
        referring to (its unit cited is one that does)."""
        found = [ranked] if answers is None else [ranked, list(answers)]
        top, anchors = _best_answers([c for best in found for c in best[:CITED_DEPTH]])
        if not top:
            return ranked, []
        targets = {} if targets is None else targets
        fetched: list[tuple[int, dict, str]] = []
        ruled = top
        ayat: dict[str, frozenset[str]] = {identity: frozenset() for identity in top}
        huruf: dict[str, str] = {}   # identity → the huruf of the answer a query found
        if sanctions is not None:
            ruled, ruling = _best_answers([c for best in found for c in _rules(best)])
            anchors = {**ruling, **anchors}
            fetched = self._citing(ruled, allowed, {(c[2], _version(c[1])) for c in ranked},
                                   sanctions_only=True)
            units = {identity: sanctions.unit_cited(anchor) for identity, anchor in anchors.items()}
            ayat = {identity: _ruled_ayat(unit) for identity, unit in units.items()}
            listed = {identity for identity, unit in units.items() if unit and unit.path}
            huruf = {identity: unit.path[0] for identity, unit in units.items()
                     if unit and unit.path and unit.path[0].isalpha()}
            ranked = _sanctions_lifted(ranked + sanctions.scored(fetched), ruled, ayat, listed,
                                       huruf)
            for _, payload, identity in ranked:   # a sanction the words found cites a rule found
                if "sanksi" in _payload_kinds(payload) and _cited(payload, ruled):
                    targets[(identity, _version(payload))] = _target(payload, ruled, ayat, huruf)
                    links[(identity, _version(payload))] = _why_linked(payload, ruled, anchors,
                                                                      ayat)
        added = self._citing(top, allowed, {(c[2], _version(c[1])) for c in ranked})
        for answered, joining in ((ruled, fetched), (top, added)):
            for _, payload, identity in joining:
                targets[(identity, _version(payload))] = _target(payload, answered, ayat, huruf)
                links[(identity, _version(payload))] = _why_linked(payload, answered, anchors,
                                                                  ayat)
        joined = fetched + added
        shared = [(CITING_FACTOR * max(top[i] for i in _cited(payload, top)), payload, identity)
                  for _, payload, identity in added]
        return (sorted(ranked + shared, key=lambda c: -c[0]),
                [docnum for docnum, _, _ in joined])

    def _citing(self, top: dict[str, float], allowed: np.ndarray | None,
                found: set[tuple[str, str]], sanctions_only: bool = False
                ) -> list[tuple[int, dict, str]]:
        """(document number, payload, identity) of the articles citing the most of the
        answers ``top`` (at most CITED_DEPTH × 4; only sanctions if ``sanctions_only``:
        other citing articles do not crowd them out), less those ``found`` already
        ((identity, version)): a sanction less only its versions found — another version
        found by the words may punish another rule (UU 23/2002 Pasal 80 punished "kekerasan
        … terhadap anak" itself; as UU 35/2014 rewords it, it punishes Pasal 76C, and was
        left out for the old one) —, any other article less every version of an article
        found (a wording citing an answer would lead the one the words found, as the
        wording in force does: PERKA 3/2012 Pasal 10 ayat (4) as PERKA 1/2013 rewords it)."""
        if sanctions_only:
            kind = self._posting_reader().mask(Term("kinds", "sanksi"))
            allowed = kind if allowed is None else allowed & kind
        citing = self._posting_reader().most_matching(
            [("cites", identity) for identity in top], allowed, CITED_DEPTH * 4)
        found_identities = {identity for identity, _ in found}
        return [(docnum, payload, identity)
                for docnum, payload, identity in self._searchable(citing.tolist())
                if (((identity, _version(payload)) not in found) if sanctions_only
                    else identity not in found_identities) and _cited(payload, top)]

    def _word_scored(self, found: list[tuple[int, dict, str]], text: str, scored: Scorer
                     ) -> list[tuple[float, dict, str]]:
        """``found`` (document number, payload, identity) scored by the query's words and
        reranked (``_adjusted``) as the candidates the words found are: 0 where none occurs."""
        if not found:
            return []
        scores = scored([docnum for docnum, _, _ in found])
        return self._adjusted([(scores.get(docnum, 0.0), payload, identity)
                               for docnum, payload, identity in found], text)

    def _senses(self, text: str) -> tuple[tuple[frozenset[str], ...], ...]:
        """Each word of the query as the term sets that say it: its own term and each of its
        synonyms' and abbreviations' phrasings ("PNS": {pns}, {pegawai, negeri, sipil};
        "mundur": {mundur}, {undur, diri}, {henti} …), for choosing the unit to cite."""
        thesaurus = self._catalogue().thesaurus
        senses = []
        for word, _, _ in analysis.tokenize(text):
            term = analysis.normalize(word)
            if term:
                said = [frozenset(analysis.analyze(" ".join(other)))
                        for other in thesaurus.expansions(word)]
                senses.append((frozenset([term]), *(s for s in said if s)))
        return tuple(senses)

    def _defining_articles(self, alternatives: Sequence[set[str]], allowed: np.ndarray | None,
                           notes: dict[tuple[str, str], str] | None = None
                           ) -> list[tuple[int, dict, str]]:
        """The articles (every version) defining the terms of one of ``alternatives`` (the
        words asked about, then in other senses: "perda" as {"peraturan", "daerah"}) —
        "Upah adalah …" for {"upah"} —, each with its tier: those defining exactly them above
        those whose term starts with them (``units.defines``), and at each grade an entry of
        a definitions list above a sentence elsewhere (``units.definition_grade``). A
        definitions article is long and lists its term among thirty others, so BM25 ranks it
        far below the articles that use the word."""
        alternatives = [terms for terms in alternatives if terms]
        if not alternatives:
            return []
        postings = self._posting_reader()
        holding = postings.mask(Or([And([Term("kinds", "definisi"),
                                         *(Term("body", term) for term in sorted(terms))])
                                    for terms in alternatives]))
        if allowed is not None:
            holding = holding & allowed
        graded = []
        for _, payload, identity in self._searchable(
                holding.nonzero()[0][:DEFINITIONS_READ].tolist()):
            exact, listed = max(definition_grade(payload, terms) for terms in alternatives)
            if exact:   # tiers: exactly and listed 3, exactly 2, by its start and listed 1, 0
                graded.append((2 * (exact - 1) + listed, payload, identity))
        return graded + self._explaining_articles(alternatives, allowed, graded,
                                                  {} if notes is None else notes)

    def _explaining_articles(self, alternatives: Sequence[set[str]], allowed: np.ndarray | None,
                             defining: list[tuple[int, dict, str]],
                             notes: dict[tuple[str, str], str]) -> list[tuple[int, dict, str]]:
        """The articles (tier 0, after the definitions) whose Penjelasan says what the words
        asked mean ("Yang dimaksud dengan "gratifikasi" dalam ayat ini adalah …": UU 20/2001
        defines it nowhere else; "pengertian gratifikasi" listed the KPK's reporting duties
        first, QA round 11), each with that sentence in ``notes`` (what the hit shows as the
        reason it leads)."""
        dimaksud = set(analysis.analyze("dimaksud"))
        holding = self._posting_reader().mask(Or([
            And([Term("penjelasan", term) for term in sorted(terms | dimaksud)])
            for terms in alternatives]))
        if allowed is not None:
            holding = holding & allowed
        listed = {(identity, _version(payload)) for _, payload, identity in defining}
        explaining = []
        for _, payload, identity in self._searchable(
                holding.nonzero()[0][:DEFINITIONS_READ].tolist()):
            key = (identity, _version(payload))
            said = next(filter(None, (explained_definition(payload, terms)
                                      for terms in alternatives)), None)
            if key not in listed and said:
                explaining.append((0, payload, identity))
                notes[key] = f"its Penjelasan says what it means: {said}"
        return explaining

    def _closing_asked(self, text: str, allowed: np.ndarray | None
                       ) -> list[tuple[int, dict, str]]:
        """The articles (tier 0) among ``allowed``, the law a query is about, that a question
        about the law itself asks for: when it takes effect (``asks_entry_into_force``: its
        "Undang-Undang ini mulai berlaku …"), or what it revokes (``asks_revocations``: its
        articles revoking, holding the other words). None when no law is named (``None``)."""
        if allowed is None:
            return []
        if asks_entry_into_force(text):
            said, states = "mulai berlaku", states_entry_into_force
        elif asks_revocations(text):
            said = "dicabut dinyatakan berlaku"
            other = set(analysis.analyze(text)) - set(analysis.analyze("dicabut"))
            states = functools.partial(states_revocation, words=other)
        else:
            return []
        held = self._posting_reader().mask(And([Term("body", term) for term in
                                                analysis.analyze(said)])) & allowed
        return [(0, payload, identity) for _, payload, identity
                in self._searchable(held.nonzero()[0].tolist()) if states(payload)]

    def _searchable(self, docnums: Iterable[int]) -> Iterator[tuple[int, dict, str]]:
        """(document number, payload, identity) of the articles and Lampiran among
        ``docnums``, in their order."""
        searcher = self._current_searcher()
        for docnum in docnums:
            fields = searcher.stored_fields(docnum)
            if fields["doctype"] in SEARCHABLE_DOCTYPES:
                yield docnum, dict(fields["payload"]), fields["identity"]

    def _term_weights(self, terms: list[str]) -> dict[str, float]:
        """Inverse document frequency of each query term in article text (rare words count more)."""
        idf = self._posting_reader().idf
        return {t: idf("body", t) for t in set(terms)}

    def _add_referred_articles(self, ranked: list[tuple[float, dict, str]],
                               allowed: np.ndarray | None, links: dict[tuple[str, str], str]
                               ) -> tuple[list[tuple[float, dict, str]], list[int]]:
        """Bring in the articles the best answers refer to ("… berhak atas uang penggantian
        hak sesuai ketentuan Pasal 156 ayat (4)"): the rule found leaves its details there,
        in words of their own. The mirror of ``_add_citing_articles``, with the same depth
        and share; an article the words found too keeps the better of its own score and that
        share (``_referral_raised``)."""
        referred: dict[str, float] = {}
        referrer: dict[str, dict] = {}   # the best answer referring to each
        found_by_words = [c for c in ranked if (c[2], _version(c[1])) not in links]
        for score, payload, _ in found_by_words[:CITED_DEPTH]:
            for identity in payload.get("cites", ()):
                if score > referred.get(identity, 0.0):
                    referred[identity], referrer[identity] = score, payload
        ranked = self._referral_raised(ranked, referred, referrer, links)
        for _, _, identity in ranked:
            referred.pop(identity, None)
        if not referred:
            return ranked, []
        postings = self._posting_reader()
        found = postings.most_matching([("identity", identity) for identity in referred],
                                       allowed, CITED_DEPTH * 4)
        linked = [(docnum, payload, identity) for docnum, payload, identity
                  in self._searchable(found.tolist()) if identity in referred]
        added = [(CITING_FACTOR * referred[identity], payload, identity)
                 for _, payload, identity in linked]
        for _, payload, identity in linked:
            links[(identity, _version(payload))] = (
                f"referred to by {_any_version(_identity(referrer[identity]), referrer[identity])}")
        return sorted(ranked + added, key=lambda c: -c[0]), [docnum for docnum, _, _ in linked]

    @staticmethod
    def _referral_raised(ranked: list[tuple[float, dict, str]], referred: dict[str, float],
                         referrer: dict[str, dict], links: dict[tuple[str, str], str]
                         ) -> list[tuple[float, dict, str]]:
        """``ranked`` with each article a best answer refers to scored at least the share a
        referred article joins with (CITING_FACTOR × the answer's score), re-sorted: found
        by the words too, far below, it kept its own score and lost the place it would have
        had as a referred article (UU 13/2003 Pasal 59, PKWT, to which the outsourcing
        articles 65 and 66 refer: 3rd for "alih daya" as a referred article, 39th once a
        repaired OCR word let the words find it)."""
        raised = [(max(score, CITING_FACTOR * referred.get(identity, 0.0)), payload, identity)
                  for score, payload, identity in ranked]
        for (before, payload, identity), (after, _, _) in zip(ranked, raised):
            if after > before and (identity, _version(payload)) not in links:
                answer = referrer[identity]
                links[(identity, _version(payload))] = (
                    f"referred to by {_any_version(_identity(answer), answer)}")
        return sorted(raised, key=lambda c: -c[0]) if raised != ranked else ranked

    def _add_applying_articles(self, ranked: list[tuple[float, dict, str]],
                               allowed: np.ndarray | None, links: dict[tuple[str, str], str],
                               typed: set[str]) -> tuple[list[tuple[float, dict, str]], list[int]]:
        """Rank just below one of the CITED_DEPTH best answers the article in force applying
        it to a further case that the query names (``_other_case_named``): "naskah akademik
        raperda kabupaten" finds UU 12/2011 Pasal 57, on Raperda Provinsi, and Pasal 63, which
        applies it "secara mutatis mutandis terhadap penyusunan Peraturan Daerah
        Kabupaten/Kota", comes next (it ranked below 20). An applying article scoring more
        keeps its own score. Returns the ranking and the document numbers added."""
        found = [c for c in ranked if (c[2], _version(c[1])) not in links][:CITED_DEPTH]
        postings = self._posting_reader()
        if not found or "applies" not in postings.searcher.schema:
            return ranked, []
        applying = postings.most_matching([("applies", c[2]) for c in found], allowed,
                                          CITED_DEPTH * 4)
        lifted: dict[tuple[str, str], tuple[int, tuple[float, dict, str]]] = {}
        why: dict[tuple[str, str], str] = {}
        for docnum, payload, identity in self._searchable(applying.tolist()):
            if self._standing(payload)[0] != "current":
                continue
            key = (identity, _version(payload))
            for score, answer, answered in found:
                one = _other_case_named(typed, answer, answered, payload, identity)
                if one and score * _JUST_BELOW > lifted.get(key, (0, (0.0,)))[1][0]:
                    lifted[key] = (docnum, (score * _JUST_BELOW, payload, identity))
                    why[key] = _applying_why(answer, answered, one)
        # an applying article already scoring more keeps its place and its own reason
        kept = [c for c in ranked if lifted.get((c[2], _version(c[1])), (0, (0.0,)))[1][0]
                <= c[0]]
        listed = {(c[2], _version(c[1])) for c in kept}
        before = {(c[2], _version(c[1])) for c in ranked}
        rising = [key for key in lifted if key not in listed]
        links.update((key, why[key]) for key in rising)
        return (sorted(kept + [lifted[key][1] for key in rising], key=lambda c: -c[0]),
                [lifted[key][0] for key in rising if key not in before])

    def _newest_versions(self, identities: set[str]) -> dict[str, str]:
        """The newest version key of each article identity, read from the term index (no
        stored documents are loaded), kept per searcher: a query reads them for its
        candidates twice (the rerank's standing factors, the order of texts in force)."""
        searcher = self._current_searcher()
        if self._newest_cache is None or self._newest_cache[0] is not searcher:
            self._newest_cache = (searcher, {})
        known = self._newest_cache[1]
        reader = searcher.reader()
        for identity in identities - known.keys():
            if reader.doc_frequency("identity", identity) < 2:  # 4× cheaper than the prefix
                known[identity] = ""   # one version: nothing can supersede it
                continue
            known[identity] = max(self._version_keys(identity), default="")
        return {identity: known[identity] for identity in identities}

    def _list_filtered(self, filters: list[Query], limit: int, wanted: UnitFilter
                       ) -> SearchResult:
        """All articles matching the filters, in document order (no text to rank by)."""
        searcher = self._current_searcher()
        results = searcher.search(And(filters), limit=None)
        found = _listing_order([(r["doc_id"], dict(r["payload"])) for r in results])
        matches = [(payload, unit) for _, payload in found
                   if (unit := _best_unit(payload, set(), set(), wanted)) is not None]
        hits = tuple(_hit(rank, 0.0, payload, unit, set(), self._standing(payload, unit.ayat))
                     for rank, (payload, unit) in enumerate(matches[:limit], 1))
        return SearchResult("", len(matches), hits)

    # ------------------------------------------------------------------ citations
    def _lookups(self) -> Lookups:
        """What the citation path (``cited``) reads of the index, as this index's functions."""
        return Lookups(mask=lambda query: self._posting_reader().mask(query),
                       searchable=self._searchable, standing=self._standing,
                       resolve=self._resolve_citation, amends_held=self._amends_held,
                       highlighted=self._highlighted)

    def _highlighted(self, words: str) -> set[str]:
        """The terms of ``words`` a snippet highlights, as a search for them would."""
        if _WHOOSH_SYNTAX.search(words) or words.count('"') % 2:
            return _query_terms(self._parse(words))
        return {t.text for t in _plan_terms(self._plan(words)) if t.field == "body"}

    @_one_snapshot
    def show(self, citation: str) -> ArticleView:
        """The article a citation names ("UU 10/2016 Pasal 7", "UU Ketenagakerjaan Pasal 156"),
        with its ayat and Penjelasan."""
        written = (amendments_written_out(self._issuers_written(self._titles().unglued(citation)))
                   if isinstance(citation, str) else citation)
        numbered = (self._juncto_read(self._numbered(written)) if isinstance(citation, str)
                    else citation)
        if numbered is written and isinstance(citation, str) and names_a_type(citation) \
                and not cited_regulations(citation):
            name = unread_name(citation) or citation
            raise NotFoundError(_no_such_title(name, *self._titles().offer(name)))
        if isinstance(numbered, str):   # "Pasal 7 ayat (2) hurf g UU 10/2016": huruf g
            numbered = unit_words_respelled(numbered, self._words.unheld)
            code = (self._titles().unheld_code(numbered, self._catalogue().thesaurus.expansions)
                    if names_a_pasal(numbered) and not cited_regulations(numbered) else None)
            if code:   # "Pasal 77 KUHAP" with no KUHAP held
                raise NotFoundError(_no_such_title(code))
        cites = self._held_alternatives(parse_citations(numbered, amends=self._amends_held))
        words = _words_beside(numbered) if isinstance(numbered, str) else ""
        if words:   # "sanksi Pasal 5 UU 13/2003": said, not dropped
            command = (f": regsearch query {_quoted(citation)}" if len(citation) <= 80 else
                       " (regsearch query)")
            raise QueryError(f"{_quoted(citation)} holds words beside the citation "
                             f"({_shortened(words)}); show opens a citation alone, and a "
                             f"query searches the words around it{command}")
        loose = units_without_pasal(numbered) if isinstance(numbered, str) else []
        if loose and all(cite.pasal is None for cite in cites):   # "ayat (2) UU 13/2003"
            raise _no_pasal(citation, loose, cites[0].ref)
        one_pasal = len({c.pasal for c in cites}) == 1
        if len(cites) > 1 and len({c.ref for c in cites}) > 1 and one_pasal:   # "Pergub Bali"
            named = " and ".join(dict.fromkeys(c.ref.short for c in cites))
            raise QueryError(f"{_quoted(citation)} names Pasal {cites[0].pasal} of {named}; "
                             f"show one, like '{self._example_in_force(cites)}'")
        if len(cites) > 1:
            several = "Pasal" if len({(c.ref, c.pasal) for c in cites}) > 1 else "units"
            raise QueryError(f"{_quoted(citation)} names several {several}; show one at a time (a "
                             "query lists them all: regsearch query \"UU 13/2003 Pasal 156 dan "
                             "Pasal 157\")")
        cite = cites[0]
        found = self._resolve_citation(cite)
        if cite.pasal is None and len(found) > 1:   # "Lampiran UU 12/2011": I and II
            raise _several_sections(citation, found)
        if cite.butir is not None:   # "Lampiran II UU 12/2011 butir 98"
            return self._butir_view(found[0][1], cite.butir)
        unnumbered = _unnumbered_ayat(found, cite)
        if unnumbered is not None:
            cite = replace(cite, ayat=None)
        missing = _missing_unit(found, cite)
        if missing:
            raise NotFoundError(missing)
        # the first version holding the unit cited ("… ayat (2b)" an amendment added)
        payload, unit = next(((p, u) for _, p in found if (u := _cited_unit(p, cite))),
                             (found[0][1], None))
        _refuse_an_item_of_several_ayat(citation, payload, cite)
        view = self._view(payload, unit.ayat if unit else None,
                          as_of=_version_of(cite.amended_by) if cite.amended_by else None)
        if unnumbered is not None:
            view = replace(view, caution="; ".join(filter(None, (view.caution, unnumbered))))
        if unit is None:
            return view
        return replace(view, cited=CitedUnit(_hit(1, 0.0, payload, unit, set()).citation,
                                             unit.ayat, tuple(unit.path)))

    def _butir_view(self, payload: dict, number: str) -> ArticleView:
        """The butir of an annex section alone, under its headings and at its page, cited
        as search cites it ("Lampiran II UU 12/2011 butir 98")."""
        section = _article_citation(payload)
        butir = payload.get("butir") or []
        if not butir:
            raise NotFoundError(f"{section} has no numbered butir regsearch could read: "
                                f"show '{section}' whole")
        one = next((b for b in butir if b["number"] == number), None)
        if one is None:
            raise NotFoundError(f"{section} has no butir {number} in the text read (it numbers "
                                f"butir {butir[0]['number']}–{butir[-1]['number']}"
                                f"{_butir_gaps(butir)})")
        view = self._view(payload)
        return replace(view, citation=butir_citation(payload, number), text=one["text"],
                       headings=tuple(filter(None, one["heading"].split(" › "))),
                       source=replace(view.source, page=one["page"] or view.source.page))

    def _held_alternatives(self, cites: list[Citation]) -> list[Citation]:
        """``cites`` less those of regulations named as alternatives that lack the unit
        cited ("Pergub Bali Pasal 3": Pasal 3 of PERGUB Bali 1/2021 atau 3/2021, and only
        1/2021 has one, so that one is shown); ``NotFoundError`` when none has it."""
        if len(cites) < 2 or not any(cite.implied for cite in cites):
            return cites
        reasons = {cite: self._lacks(cite) for cite in cites if cite.implied}
        held = [cite for cite in cites if not reasons.get(cite)]
        if not held:
            raise NotFoundError("; ".join(dict.fromkeys(reasons.values())))
        return held

    def _lacks(self, cite: Citation) -> str:
        """Why the index does not answer ``cite`` ("PERGUB Bali 3/2021 has no Pasal 3 in the
        index"), or "" when it does."""
        try:
            return _missing_unit(self._resolve_citation(cite), cite) or ""
        except NotFoundError as exc:
            return str(exc)

    def _example_in_force(self, cites: list[Citation]) -> str:
        """Of several citations of one Pasal, one to offer that ``show`` opens as the text in
        force ("Pasal 7 UU 1/2015 sebagaimana diubah dengan UU 10/2016", never the superseded
        "UU 1/2015 Pasal 7"): the first current one, else what replaced the first superseded."""
        replacing = None
        for cite in cites:
            try:
                found = self._resolve_citation(cite)
            except NotFoundError:
                continue
            standing, replaced_by = self._standing(found[0][1])
            if standing == "current":
                return _article_citation(found[0][1])
            if standing == "superseded" and replacing is None:
                replacing = replaced_by
        return replacing or f"{cites[0].ref.short} Pasal {cites[0].pasal}"

    def _resolve_citation(self, cite: Citation) -> list[tuple[int, dict]]:
        """The documents a citation names, the one to show first: "UU 10/2016 Pasal 7" (the
        article as UU 10/2016 quotes it), "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU
        10/2016" (the same version, as regsearch cites it), "UU 1/2015 Pasal 7" (the original;
        an article only an amendment inserted, "Pasal 135A", in its newest version), "Lampiran
        LAMPIRAN I UU 12/2011". Every citation regsearch prints resolves to its document."""
        postings = self._posting_reader()
        if cite.pasal is None:
            if cite.lampiran is not None:
                return self._resolve_lampiran(cite)
            raise QueryError(f"'{cite.ref.short}' names no Pasal; write it like "
                             f"'{cite.ref.short} Pasal 1' (a query lists its articles: "
                             f"regsearch query \"{cite.ref.short}\")")
        if cite.amended_by is not None:
            found = postings.documents(doctype="article", reg_id=cite.amended_by.id,
                                       amended_id=cite.ref.id, pasal=cite.pasal)
            if len(found):
                return self._payloads(found)
            self._require_regulation(cite.amended_by)
            if len(postings.documents(reg_id=cite.amended_by.id, amended_id=cite.ref.id)):
                return self._in_force_at(replace(cite, amended_by=None), cite.amended_by)
            self._raise_if_deleted(cite.amended_by, cite.pasal)
            raise NotFoundError(f"{cite.amended_by.short} amends no Pasal {cite.pasal} of "
                                f"{cite.ref.short} in the index")
        own = self._payloads(postings.documents(doctype="article", reg_id=cite.ref.id,
                                                pasal=cite.pasal))
        # The regulation's own body first, then quoted or annexed articles (the annex first
        # when the citation says "Lampiran").
        first = "lampiran" if cite.lampiran is not None else "body"
        own.sort(key=lambda item: (item[1]["amends"] is not None, item[1]["part"] != first,
                                   item[0]))
        if cite.lampiran is not None:   # "Pasal 22B Lampiran UU 1/2015": that text only
            own = [item for item in own if item[1]["part"] == "lampiran"]
            if own:
                return own
            self._require_regulation(cite.ref)
            raise NotFoundError(f"the Lampiran of {cite.ref.short} has no Pasal {cite.pasal} "
                                "in the index")
        if own and self._is_omnibus(cite.ref) and all(p["amends"] for _, p in own):
            # "UU 11/2020 Pasal 80" is its own Pasal 80, not another law's it amends
            quoted = "; ".join(_article_citation(p) for _, p in own[:3])
            raise NotFoundError(f"{cite.ref.short} has no Pasal {cite.pasal} of its own in the "
                                f"index; it amends other laws' Pasal {cite.pasal}: {quoted}")
        # Then the versions amendments made of it, newest first.
        amended = self._payloads(postings.documents(doctype="article", amended_id=cite.ref.id,
                                                    pasal=cite.pasal))
        amended.sort(key=lambda item: version_key(tuple(item[1]["version"])), reverse=True)
        if own or amended:
            return own + amended
        enacting = self._enacted_by(cite.ref)
        if enacting is not None:   # "Pasal 7 Perppu 1/2014": printed in UU 1/2015's Lampiran
            return self._resolve_citation(replace(cite, ref=enacting, lampiran=""))
        self._require_regulation(cite.ref)
        if not self._is_omnibus(cite.ref):   # an omnibus's own Pasal N is none it deleted
            self._raise_if_deleted(cite.ref, cite.pasal)
        self._raise_if_deleted_from(cite.ref, cite.pasal)
        raise NotFoundError(f"{cite.ref.short} has no Pasal {cite.pasal} in the index"
                            + self._only_amended(cite.ref) + self._beyond_cut(cite))

    def _beyond_cut(self, cite: Citation) -> str:
        """" (the text of UU 7/2017 in the index is cut off after Pasal 226)" when the Pasal
        cited lies beyond the end of a text cut off; empty otherwise."""
        last = self._catalogue().cut_off.get(cite.ref.id)
        if last is None or cite.pasal is None or _number_key(cite.pasal) <= _number_key(last):
            return ""
        return f" (the text of {cite.ref.short} in the index is cut off after Pasal {last})"

    def _only_amended(self, ref: RegulationRef) -> str:
        """What to add when ``ref`` itself is not in the index, only the articles its
        amendments quote: " (PERGUB 29/2019 itself is not; only the Pasal PERGUB 1/2021
        amends: 3)". Empty when the index holds it."""
        postings = self._posting_reader()
        if len(postings.documents(doctype="regulation", reg_id=ref.id)):
            return ""
        quoted = self._payloads(postings.documents(doctype="article", amended_id=ref.id))
        if not quoted:
            return ""
        amenders = sorted({_info(p["regulation"]).id: _ref(_info(p["regulation"])).short
                           for _, p in quoted}.values())
        numbers = sorted({p["pasal"] for _, p in quoted}, key=_number_key)
        shown = ", ".join(numbers[:12]) + (" …" if len(numbers) > 12 else "")
        return (f" ({ref.short} itself is not; only the Pasal {' and '.join(amenders)} "
                f"{'amend' if len(amenders) > 1 else 'amends'}: {shown})")

    def _is_omnibus(self, ref: RegulationRef) -> bool:
        """Whether ``ref`` amends other laws from its own articles (UU 11/2020)."""
        return any(titled.ref == ref and titled.also_amends for titled in self._catalogue().titled)

    def _raise_if_deleted(self, amendment: RegulationRef, pasal: str) -> None:
        """"UU 8/2015 Pasal 37" when UU 8/2015 says "Ketentuan Pasal 37 dihapus": it has no
        such Pasal, but the reader needs to know it deleted the one of the law it amends."""
        for identity, (_, by) in self._catalogue().deleted.items():
            scope, _, number = identity.rpartition("#")
            if number == pasal and by == amendment.short:
                original = f"Pasal {pasal} {_short_of_id(scope)}"
                if not self._current_searcher().reader().doc_frequency("identity", identity):
                    raise NotFoundError(f"{amendment.short} deleted {original} (dihapus); the "
                                        "text it deleted is not in the index")
                raise NotFoundError(f"{amendment.short} deleted {original} (dihapus); "
                                    f"`regsearch show \"{original}\"` shows the text it deleted")

    def _raise_if_deleted_from(self, ref: RegulationRef, pasal: str) -> None:
        """"POJK 18/2017 Pasal 37A" when only its amendment is in the index and says "Pasal 37A
        dihapus": the Pasal is gone, which "has no Pasal 37A in the index" would not say."""
        for identity, (_, by) in self._catalogue().deleted.items():
            scope, _, number = identity.rpartition("#")
            if number == pasal and _short_of_id(scope) == ref.short:
                raise NotFoundError(f"{by} deleted Pasal {pasal} {ref.short} (dihapus); the text "
                                    f"it deleted is not in the index ({ref.short} itself is not)")

    def _enacted_by(self, ref: RegulationRef) -> RegulationRef | None:
        """The act in the index that enacts ``ref`` and prints it as its Lampiran ("UU 1/2015
        tentang Penetapan Perppu 1/2014 … menjadi Undang-Undang"), when ``ref`` itself is not
        in the index; None otherwise."""
        postings = self._posting_reader()
        if len(postings.documents(doctype="regulation", reg_id=ref.id)):
            return None
        for regulation in self._catalogue().titled:   # read once per searcher
            enacts = _ENACTS.search(regulation.title)
            if enacts and parse_regulation_ref(enacts.group("enacted")) == ref:
                return regulation.ref
        return None

    def _in_force_at(self, cite: Citation, amendment: RegulationRef) -> list[tuple[int, dict]]:
        """The versions of a cited article no newer than ``amendment``, newest first: "Pasal 1
        POJK 18/2017 sebagaimana telah diubah terakhir dengan POJK 64/2020" names the
        regulation's last amendment, which need not have touched Pasal 1 (then the text in
        force is the one before it)."""
        limit = _version_of(amendment)
        found = [item for item in self._resolve_citation(cite)
                 if version_key(tuple(item[1]["version"])) <= limit]
        found.sort(key=lambda item: version_key(tuple(item[1]["version"])), reverse=True)
        if not found:
            raise NotFoundError(f"{amendment.short} amends no Pasal {cite.pasal} of "
                                f"{cite.ref.short} in the index")
        return found

    def _resolve_lampiran(self, cite: Citation) -> list[tuple[int, dict]]:
        """The annex sections of a regulation with the label cited ("LAMPIRAN I"); for a bare
        "Lampiran UU 1/2015", the section headed "LAMPIRAN" alone (as regsearch cites it),
        else all of them ("Lampiran UU 12/2011": LAMPIRAN I and II)."""
        sections = self._payloads(self._posting_reader().documents(doctype="lampiran",
                                                                   reg_id=cite.ref.id))
        if _annex_label(cite.lampiran or "") == GENERAL_EXPLANATION:
            found = _general_explanations(sections, annexed=cite.lampiran != GENERAL_EXPLANATION)
            if found:
                return found
            enacting = None if sections else self._enacted_by(cite.ref)
            if enacting is not None:   # "Penjelasan Umum Perppu 1/2014": UU 1/2015 prints it
                return self._resolve_lampiran(
                    replace(cite, ref=enacting, lampiran=f"LAMPIRAN {GENERAL_EXPLANATION}"))
        annexes = [item for item in sections if item[1]["part"] != "penjelasan"]
        sections = annexes if cite.lampiran != GENERAL_EXPLANATION else sections
        heading = cite.lampiran or "LAMPIRAN"
        exact = [item for item in sections   # "LAMPIRAN", as printed: that section alone
                 if (item[1].get("label") or "").upper() == heading]
        wanted = _annex_label(cite.lampiran or "")
        found = exact or [item for item in sections
                          if not wanted or _annex_label(item[1].get("label") or "") == wanted]
        if found:
            return found
        self._require_regulation(cite.ref)
        labels = ", ".join(dict.fromkeys(annex_heading(item[1].get("label") or "")
                                         for item in sections))
        named = annex_heading(cite.lampiran or "")
        raise NotFoundError(f"{cite.ref.short} has no {named} in the index"
                            + (f" (it has: {labels})" if labels else ""))

    def _require_regulation(self, ref: RegulationRef) -> None:
        """Raise the error a user needs when ``ref`` is nowhere in the index."""
        if not self._holds(ref):
            sibling = replace(ref, type=_HEAD_AND_BODY.get(ref.type, ref.type))
            held = ([sibling] if self._holds(sibling) else
                    [r for r, _ in self._issuers_holding(sibling)] if not ref.issuer else [])
            if sibling != ref and held:   # "Perba BAPETEN 3/2012"
                raise NotFoundError(f"{ref.short} is not in the index; it holds "
                                    f"{' and '.join(r.short for r in held)}, a "
                                    f"{_TYPE_NAME[sibling.type]} of that number: did you mean it?")
            raise NotFoundError(f"{ref.short} is not in the index; `regsearch list` shows what is")

    def _of_regulation(self, ref: RegulationRef) -> Query:
        """A regulation's own articles and those it amends or that amend it (--regulation);
        for one the index holds only through its amendments, all of theirs (PERKA BAPETEN
        7/2013, whose Lampiran I and III PERKA BAPETEN 7/2017 replaces)."""
        postings = self._posting_reader()
        terms = [Term("reg_id", ref.id), Term("amended_id", ref.id)]
        if not len(postings.documents(doctype="regulation", reg_id=ref.id)):
            terms += [Term("reg_id", titled.ref.id) for titled in self._catalogue().titled
                      if titled.amends == ref]
        return Or(terms)

    def _holds(self, ref: RegulationRef) -> bool:
        """Whether the index holds ``ref``: itself, articles quoted from it, or a regulation
        amending it (PERKA BAPETEN 7/2017 replaces Lampiran I of 7/2013)."""
        postings = self._posting_reader()
        return bool(len(postings.documents(doctype="regulation", reg_id=ref.id))
                    or len(postings.documents(amended_id=ref.id))
                    or any(titled.amends == ref for titled in self._catalogue().titled))

    def _payloads(self, docnums: np.ndarray) -> list[tuple[int, dict]]:
        searcher = self._current_searcher()
        return [(n, searcher.stored_fields(n)["payload"]) for n in docnums.tolist()]

    def _view(self, payload: dict, cited_ayat: str | None = None,
              as_of: str | None = None) -> ArticleView:
        """The article of ``payload``; its standing is that of ``cited_ayat`` when one is cited
        (an ayat a partial amendment replaced is superseded, the others not); its Penjelasan
        as the amendments up to ``as_of`` (a version key; None: all) left it."""
        reg = _info(payload["regulation"])
        amends = _amends(payload["amends"])
        ayat = tuple(_ayat(a) for a in payload["ayat"])
        kinds = tuple(k for k in KINDS if any(k in a.kinds or _item_has_kind(a.items, k)
                                              for a in ayat))
        citation = _article_citation(payload)
        headings = tuple(h for h in (payload.get("bab"), payload.get("bagian"),
                                     payload.get("paragraf")) if h)
        penjelasan, penjelasan_by = self._penjelasan_in_force(payload, as_of)
        revoked = None if payload["pasal"] is None else self._revoked_ayat(
            _identity(payload), cited_ayat, lambda: _numbered(payload))
        return ArticleView(reg, payload["pasal"], amends, citation, kinds, payload["text"],
                           Source(**payload["source"]), ayat, penjelasan, headings,
                           self._other_versions(payload), *self._standing(payload, cited_ayat),
                           caution=_joined(_caution(payload), revoked.note if revoked else None,
                                           self._cut_off_note(payload["regulation"]["id"]),
                                           self._named_by_file_note(
                                               _info(payload["regulation"])),
                                           _unread_amended(_amends(payload["amends"]),
                                                           _info(payload["regulation"]))),
                           penjelasan_by=penjelasan_by, revoked_ayat=revoked,
                           applied_by=(() if payload["pasal"] is None
                                       else self._applied_by(_identity(payload), cited_ayat)))

    def _penjelasan_in_force(self, payload: dict, as_of: str | None
                             ) -> tuple[str | None, str | None]:
        """The Penjelasan of this wording of an article, and the amendment it comes from: the
        newest that an amendment gave while this wording was in force (after it, before the
        next wording) and no newer than ``as_of`` — UU 8/2015 kept Pasal 71 of UU 1/2015 and
        changed its Penjelasan: "Pasal 71 UU 1/2015 sebagaimana diubah dengan UU 8/2015" —;
        without ``as_of``, only for the wording in force (an older one cited as itself keeps
        its own); else the article's own (and None)."""
        identity = _identity(payload) if payload["pasal"] else None
        changes = self._catalogue().explained.get(identity or "", [])
        if not changes or identity is None:
            return payload["penjelasan"], None
        version = version_key(tuple(payload["version"]))
        newer = [v for v in self._version_keys(identity) if v > version]
        if as_of is None and newer:
            return payload["penjelasan"], None
        in_force = [change for change in changes if version < change[0]
                    and (not newer or change[0] < min(newer))
                    and (as_of is None or change[0] <= as_of)]
        if not in_force:
            return payload["penjelasan"], None
        _, by, label, text = in_force[-1]
        return text, f"{by} angka {label}" if label else by

    def _version_keys(self, identity: str) -> list[str]:
        """The version keys of every wording of an article in the index."""
        reader = self._current_searcher().reader()
        terms = [term.decode() if isinstance(term, bytes) else term
                 for term in reader.expand_prefix("identity_version", identity + "@")]
        return [term.rsplit("@", 1)[1] for term in terms]

    def _other_versions(self, payload: dict) -> tuple[str, ...]:
        """Citations of the same article's other versions in the index (amendment chain)."""
        reg = payload["regulation"]
        searcher = self._current_searcher()
        versions = []
        for docnum in searcher.document_numbers(identity=_identity(payload)):
            other = searcher.stored_fields(docnum)["payload"]
            if other["regulation"]["id"] == reg["id"] and other["pasal"] == payload["pasal"]:
                continue
            versions.append((tuple(other["version"]), _version_citation(other)))
        return tuple(c for _, c in sorted(versions))

    def _standing(self, payload: dict, ayat: str | None = None) -> tuple[str, str | None]:
        """Whether an article (or Lampiran section) is still the text in force as far as the
        index knows, and what replaced it: its regulation revoked (by which), the article
        deleted by a later amendment (which), or reworded by one (the newest version's
        citation). A lawyer must not cite a repealed text unawares; ranking only sinks it."""
        catalogue = self._catalogue()
        if payload["pasal"] is None:
            revoker = catalogue.revoked.get(payload["regulation"]["id"])
            return ("revoked", revoker) if revoker else ("current", None)
        revoker = _revoker(catalogue.revoked, payload, _identity(payload))
        if revoker:
            return "revoked", revoker
        revoking = self._revoked_article(payload, ayat)
        if revoking:
            return "revoked", revoking
        identity = _identity(payload)
        version = version_key(tuple(payload["version"]))
        deletion, deleted_by = catalogue.deleted.get(identity, ("", ""))
        newest = self._newest_versions({identity})[identity]
        if version < deletion and newest < deletion:   # not re-inserted since
            return "deleted", deleted_by
        rewording, reworded_by = catalogue.reworded.get(identity, ("", ""))
        if version < rewording and newest < rewording:   # its new wording was not read
            return "superseded", (f"{reworded_by} (its new wording is not in the index: the "
                                  "text read lost it)")
        if version < newest:
            found = self._posting_reader().documents(identity_version=f"{identity}@{newest}")
            if len(found):
                payload = self._current_searcher().stored_fields(int(found[0]))["payload"]
                return "superseded", _article_citation(payload)
        replacing = self._replacing_ayat(payload, identity, ayat) if ayat else None
        if replacing:   # PERKA 1/2013 replaced ayat (4) of Pasal 10 only
            return "superseded", replacing
        return "current", None

    def _revoked_article(self, payload: dict, ayat: str | None = None) -> str | None:
        """The article revoking this one by name ("Pasal 622 UU 1/2023" revokes "Pasal 2 ayat
        (1), Pasal 3 … UU 31/1999"), when this version predates it and no later one in the
        index replaced it; for an article of which only some ayat were revoked, when ``ayat``
        is one of them, or the whole article is asked for and every ayat of it is."""
        if payload["pasal"] is None:
            return None
        identity = _identity(payload)
        revocation = self._catalogue().revoked_articles.get(identity)
        if revocation is None:
            return None
        when, by, ayat_revoked = revocation
        version = version_key(tuple(payload["version"]))
        if not (version < when and self._newest_versions({identity})[identity] < when):
            return None
        own = {unit["number"] for unit in payload["ayat"]}
        if not ayat_revoked or (ayat in ayat_revoked if ayat else own <= set(ayat_revoked)):
            return by
        return None

    def _replacing_ayat(self, payload: dict, identity: str, ayat: str) -> str | None:
        """The citation of a newer version that replaced this ``ayat`` alone ("Pasal 10 ayat
        (4) PERKA BAPETEN 3/2012 sebagaimana diubah dengan PERKA BAPETEN 1/2013"), or None."""
        searcher = self._current_searcher()
        if searcher.reader().doc_frequency("identity", identity) < 2:
            return None
        version = version_key(tuple(payload["version"]))
        for docnum in searcher.document_numbers(identity=identity):
            other = searcher.stored_fields(docnum)["payload"]
            if (ayat in ((other.get("amends") or {}).get("ayat") or ())
                    and version_key(tuple(other["version"])) > version):
                return _version_citation(other)
        return None


# ---------------------------------------------------------------------- hits and snippets


#: Whether a phrase holding a rule word gets its bonus only in articles of that kind.
KIND_PHRASES = True


def _kinds_named(stems: Sequence[str], asking: dict[str, str]) -> tuple[str, ...]:
    """The kinds of rule the words ``stems`` name by a rule word of the query (``asking``:
    ``kind_terms``, term → kind: "syarat", "dilarang", "sanksi" …); () when they name none."""
    if not KIND_PHRASES:
        return ()
    return tuple(dict.fromkeys(kind for term, kind in asking.items() if term in stems))


#: Whoosh's operators, as its parser reads them (in capitals).
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def _refuse_nothing_to_search(text: str) -> None:
    """A ``QueryError`` (unreadable as a question, as an only-excluding query is) for a query
    holding no word to search: only words regsearch ignores ("dan", "apa": function and
    question words, named so the user knows why), or only operators and punctuation
    ("NOT", "?"). Searched, either answered nothing without saying why."""
    words = [word for word, _, _ in analysis.tokenize(text) if word not in _OPERATORS]
    if any(word.lower() not in analysis.STOPWORDS for word in words):
        return
    if words:
        ignored = ", ".join(dict.fromkeys(word.lower() for word in words))
        raise QueryError(f"{_quoted(text)} holds only words regsearch ignores ({ignored}: "
                         "function and question words); add the words that say what to find")
    raise QueryError(f"{_quoted(text)} holds no word to search for; type the words that say "
                     "what to find")


@dataclass(frozen=True)
class _Anchoring:
    """The answers the articles citing them hang on (``_add_citing_articles``), when they are
    not the best the words found within every filter."""

    #: The filters less the kind and subject ones, and whether they are in use: the words'
    #: answers are found there ("upah minimum" --kind sanksi: Pasal 90, the rule, whose
    #: sanction Pasal 185 the kind filter keeps).
    wider: Query | None = None
    widened: bool = False
    answers: tuple[tuple[float, dict, str], ...] | None = None   # found there, best first
    #: The answers are another query's (the conduct a sanction asked for punishes,
    #: ``_conduct_sanctioned``): their scores are put on the scale of the query's own.
    rescaled: bool = False
    #: The units a query cites: what refers to them is ranked by how closely (its ayat).
    lead: _Lead | None = None


def _butir_gaps(butir: list[dict]) -> str:
    """", none read for 152" — the numbers of a section's sequence the text read lacks."""
    held = {int(b["number"]) for b in butir}
    missing = [str(n) for n in range(int(butir[0]["number"]), int(butir[-1]["number"]))
               if n not in held]
    return f"; none read for {', '.join(missing)}" if missing else ""


def _several_sections(text: str, found: list[tuple[int, dict]]) -> QueryError:
    """The error of ``show`` for a citation naming several annex sections ("Lampiran UU
    12/2011": Lampiran I and II): which, rather than the first unsaid."""
    named = [_article_citation(payload) for _, payload in found]
    return QueryError(f"{_quoted(text)} names {len(named)} sections ({_listed(named, 'and')}); "
                      f"show one at a time, like '{named[0]}' (a query lists them all: "
                      f"regsearch query {_quoted(text)})")


def _general_explanations(sections: list[tuple[int, dict]], *, annexed: bool
                          ) -> list[tuple[int, dict]]:
    """Of a regulation's sections, its own Penjelasan Umum ("Penjelasan Umum UU 13/2003"), or
    with ``annexed`` that of the Perppu its Lampiran prints ("Penjelasan Umum Lampiran UU
    1/2015"). Without its own (an index built before it was indexed), "Penjelasan Umum UU
    1/2015" opens the annexed one, as it did then."""
    def headed(item: tuple[int, dict]) -> bool:
        return (item[1].get("label") or "").upper() == GENERAL_EXPLANATION
    annexes = [item for item in sections if headed(item) and item[1]["part"] != "penjelasan"]
    if annexed:
        return annexes
    return [item for item in sections if headed(item) and item[1]["part"] == "penjelasan"] \
        or annexes


def _words_beside(text: str) -> str:
    """The words a query holds beside its citation ("sanksi Pasal 5 UU 13/2003": "sanksi"),
    or "" when they are only words regsearch ignores or a citation is read with ("apa UU
    13/2003", "apa itu Pasal 5 …", "bunyi Pasal 5 …"): the citation is then the whole
    question."""
    words = without_citation(text)
    if only_citation_words(words) or all(
            word in _OPERATORS or word.lower() in analysis.STOPWORDS
            for word, _, _ in analysis.tokenize(words)):
        return ""
    return words


def _no_pasal(text: str, loose: list[str], ref: RegulationRef) -> QueryError:
    """The error of a citation naming an ayat or item but no Pasal ("ayat (2) UU 13/2003")."""
    return QueryError(f"{_quoted(text)} names {_listed(loose, 'and')} but no Pasal; write the "
                      f"Pasal, like 'Pasal 5 {loose[0]} {ref.short}'")


def _shortened(words: str, width: int = 80) -> str:
    """Words echoed in a message, cut after ``width`` characters."""
    return words if len(words) <= width else words[:width].rstrip() + " …"


@functools.cache
def _as_amended() -> re.Pattern[str]:
    """"UU 1/2015 sebagaimana diubah dengan UU 10/2016", as a name read as the text in force
    (compiled on first need: ~10 ms, and only a name read as its amendment asks for it)."""
    return re.compile(rf"(?P<base>{REGULATION_PATTERN.pattern})\s+sebagaimana diubah dengan\s+"
                      rf"(?P<by>{REGULATION_PATTERN.pattern.replace('?P<', '?P<by_')})",
                      re.IGNORECASE)


@functools.cache
def _named_as_alternatives() -> re.Pattern[str]:
    """"PERGUB Bali 1/2021 atau PERGUB Bali 3/2021 …", as an issuer's name alone is read
    (compiled on first need, as ``_as_amended``)."""
    return re.compile(rf"{REGULATION_PATTERN.pattern}(?:\s+atau\s+"
                      rf"{REGULATION_PATTERN.pattern.replace('?P<', '?P<more_')})+",
                      re.IGNORECASE)


def _as_found(text: str, hits: Sequence[Hit]) -> str:
    """A citation read from names (``text``) as what the index answered with ``hits``, for
    "Searched as": of regulations named as alternatives, those holding the units found
    ("Pergub Bali Pasal 3": PERGUB Bali 1/2021); and the text in force of a name as the
    amendment that made it ("Pasal 69 UU Pilkada" is Pasal 69 as UU 8/2015 left it: UU
    10/2016, the law's newest amendment, did not change it), or, when the units cited
    stand as several amendments left them, "sebagaimana telah diubah terakhir dengan"."""
    holding = {ref.short for hit in hits   # (the regulation an amendment quotes holds it too)
               for ref in (hit.regulation.ref, hit.amends.ref if hit.amends else None) if ref}

    def held_only(match: re.Match[str]) -> str:
        named = [m.group() for m in REGULATION_PATTERN.finditer(match.group())
                 if (ref := regulation_ref(m)) is not None and ref.short in holding]
        return (" dan " if len(named) > 1 else "").join(named) or match.group()

    def found_version(match: re.Match[str]) -> str:
        base = parse_regulation_ref(match.group("base"))
        versions = {hit.regulation.ref.short if hit.amends else "" for hit in hits
                    if hit.standing == "current" and base in (
                        hit.amends.ref if hit.amends else None, hit.regulation.ref)}
        made = next(iter(versions)) if len(versions) == 1 else ""
        typed_by = parse_regulation_ref(match.group("by")) or base
        if made and (typed_by is None or made != typed_by.short):
            return f"{match.group('base')} sebagaimana diubah dengan {made}"
        if made:
            return match.group()
        return f"{match.group('base')} sebagaimana telah diubah terakhir dengan {match.group('by')}"

    if "atau" in text.lower():
        text = _named_as_alternatives().sub(held_only, text)
    return _as_amended().sub(found_version, text) if "diubah" in text.lower() else text


def _refuse_an_item_of_several_ayat(typed: str, payload: dict, cite: Citation) -> None:
    """A ``QueryError`` for ``show`` of an item named without its ayat that several ayat
    hold ("Pasal 156 huruf c UU 13/2003": ayat (2), (3) and (4) each have one), naming
    them; a query lists each instead."""
    ayat = _ayat_holding(payload, cite)
    if ayat:
        example = _named_citation(replace(cite, ayat=ayat[0]))
        raise QueryError(f"{typed!r} names {format_unit(None, cite.items)} of "
                         f"{_article_citation(payload)}, which ayat "
                         f"{_listed([f'({a})' for a in ayat], 'and')} each have; show one, "
                         f"like '{example}'")


def _unmatched(linked: list[int], matched: Callable[[], np.ndarray] | None) -> int:
    """How many of the ``linked`` documents the query's words did not match (those it matched
    are counted already, even when they ranked too low to be candidates): all, unless
    ``matched`` says which documents matched."""
    if matched is None or not linked:
        return len(linked)
    mask = matched()
    return sum(1 for docnum in linked if not mask[docnum])


def _unread_amended(amends: Amends | None, regulation: RegulationInfo) -> str | None:
    """What a citation's "UNKNOWN ?/0" stands for: an article quoted by an amendment (an
    omnibus law's "Pasal 42 angka 20") of a regulation whose name OCR garbled, so it joins
    none of that regulation's versions; or an article of a regulation whose own number the
    text never gives (a copy starting at its recitals, UU 5/1986 in the scale corpus): no
    amendment or revocation can be matched to it, so "current" is only as far as it knows.
    None for any other article."""
    if regulation.type == "UNKNOWN":
        title = f" ({regulation.title})" if regulation.title else ""
        return (f"the type, number and year of this regulation{title} could not be read from "
                "its text (indexed as UNKNOWN): the index cannot tell whether a later law "
                "amended or revoked it")
    if amends is None or amends.ref.type != "UNKNOWN":
        return None
    return (f"the name of the regulation {amends.via} {_ref(regulation).short} amends could "
            "not be read (the citation names it UNKNOWN ?/0): check it in the source")


def _numbered(payload: dict) -> bool:
    """Whether an article prints ayat numbers (one unit without a number: it prints none)."""
    return any(unit["number"] is not None for unit in payload["ayat"])


def _joined(*cautions: str | None) -> str | None:
    """Cautions said one after the other ("…; …"), None when there is none."""
    said = [caution for caution in cautions if caution]
    return "; ".join(said) if said else None


def _defined_bonuses(typed: str, other: str) -> list[PhraseBonus]:
    """The other form of a defined abbreviation scored as the form typed is, in the
    article text stemmed and as written, at the better of the two forms' scores."""
    bonuses = []
    for field in ("body", "body_exact"):
        typed_terms, other_terms = _field_phrases(typed)[field], _field_phrases(other)[field]
        slop = _phrase_in_body(other)[1] if field == "body" else 1
        bonuses.append(PhraseBonus(field, other_terms, slop, DEFINED_BOOST * FIELD_BOOSTS[field],
                                   instead_of=typed_terms, scored_as=typed_terms))
    return bonuses


def _holds_any(terms: Sequence[str], phrasings: Iterable[Sequence[str]]) -> bool:
    """Whether ``terms`` hold one of ``phrasings`` (terms in a row)."""
    return any(tuple(terms[i:i + len(p)]) == tuple(p)
               for p in phrasings if p for i in range(len(terms) - len(p) + 1))


def _next_articles_lifted(adjusted: list[tuple[float, dict, str]]
                          ) -> list[tuple[float, dict, str]]:
    """Each version of the Pasal following one of the CITED_DEPTH best answers (same
    regulation, same BAB) gets NEXT_FACTOR × that answer's score added."""
    anchors: dict[str, tuple[float, str | None]] = {}
    for score, payload, identity in sorted(adjusted, key=lambda c: -c[0]):
        if len(anchors) == CITED_DEPTH:
            break
        anchors.setdefault(identity, (score, payload.get("bab")))
    following: dict[tuple[str, int], tuple[float, str | None]] = {}
    for identity, (score, bab) in anchors.items():
        number = _pasal_number(identity)
        if number is not None:
            spot = (number[0], number[1] + 1)
            if spot not in following or following[spot][0] < score:
                following[spot] = (score, bab)
    lifted = []
    for score, payload, identity in adjusted:
        number = _pasal_number(identity)
        anchor = following.get(number) if number is not None else None
        if anchor is not None and identity not in anchors and anchor[1] == payload.get("bab"):
            score += NEXT_FACTOR * anchor[0]
        lifted.append((score, payload, identity))
    return lifted


def _said_together(text: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The term sequences the unit cited should hold in order, each with its slop: every
    "quoted phrase" (adjacent), else the query's words (as the phrase bonus takes them)."""
    quoted = [tuple(analysis.analyze(phrase)) for phrase in _QUOTED.findall(text)]
    if quoted:
        return tuple((terms, 1) for terms in quoted if len(terms) > 1)
    terms = tuple(analysis.analyze(_without_asking_words(text)))
    return ((terms, PHRASE_SLOP),) if len(terms) > 1 else ()


#: Words asking whether something is allowed ("apakah perda boleh memuat ketentuan pidana",
#: "mendagri bisa batalkan perda"): the question, not words of a rule. Rare in statutes, they
#: drew the few articles that say them ("boleh" in 16 of 1,151 bundled articles).
_PERMISSION_ASKED = frozenset({"boleh", "bolehkah", "bisa", "bisakah"})
#: A permission word after these states a prohibition ("tidak boleh"): a word of the rule.
_NEGATIONS = frozenset({"tidak", "tak", "bukan", "belum"})


def _without_asking_words(text: str) -> str:
    """``text`` without the words that only ask — for a definition ("apa yang dimaksud dengan
    peserta pemilu": "peserta pemilu"; "sebagaimana dimaksud" is in every other article) or
    whether something is allowed ("boleh", "bisa", not negated) — unless nothing else is
    left."""
    asking = {term for term, kind in kind_terms(text).items() if kind == "definisi"}
    words = [word for word, _, _ in analysis.tokenize(text)]
    kept = [word for before, word in zip(["", *words], words)
            if analysis.normalize(word) not in asking
            and not (word.lower() in _PERMISSION_ASKED and before.lower() not in _NEGATIONS)]
    if len(kept) == len(words):
        return text
    return " ".join(kept) if any(analysis.normalize(word) for word in kept) else text


def _conduct_sanctioned(text: str) -> str | None:
    """The conduct a query asking for its sanction describes: the query less its sanction
    words ("sanksi kekerasan terhadap anak": "kekerasan terhadap anak"), when two terms or
    more are left; else None. The rule punishing it is found by those words (UU 23/2002 Pasal
    76C, "Setiap Orang dilarang … melakukan … Kekerasan terhadap Anak", is 1st for them), not
    by the whole query, whose phrase binds "sanksi" to the conduct (76C fell to 16th, and its
    sanction, Pasal 80, which names only "Pasal 76C", was never lifted)."""
    sanction = {term for term, kind in kind_terms(text).items() if kind == "sanksi"}
    if not sanction:
        return None
    kept = [word for word, _, _ in analysis.tokenize(_without_asking_words(text))
            if analysis.normalize(word) not in sanction]
    return " ".join(kept) if len(analysis.analyze(" ".join(kept))) >= 2 else None


def _on_the_scale_of(answers: Sequence[tuple[float, dict, str]],
                     ranked: Sequence[tuple[float, dict, str]]
                     ) -> tuple[tuple[float, dict, str], ...]:
    """``answers`` scaled so that the best scores just below the best of ``ranked`` (below,
    so that a sanction lifted just below its rule stays above the next rule)."""
    if not answers or not ranked or answers[0][0] <= 0:
        return tuple(answers)
    factor = ranked[0][0] * _BELOW_THE_BEST / answers[0][0]
    return tuple((score * factor, payload, identity) for score, payload, identity in answers)


#: The share of the best score of a query that the best of other answers gets
#: (``_on_the_scale_of``): below a sanction's ``links._JUST_BELOW`` its rule.
_BELOW_THE_BEST = 1 - 1e-6


def _rules_raised(ranked: list[tuple[float, dict, str]],
                  answers: Sequence[tuple[float, dict, str]]) -> list[tuple[float, dict, str]]:
    """``ranked`` with each rule among the conduct's ``answers`` (``_rules``) at its score
    there where that is the better: the rule on the conduct asked is an answer too, and the
    sanction naming it ranks just below it (``_sanctions_lifted``), never above."""
    raised = {(identity, _version(payload)): score for score, payload, identity in _rules(answers)}
    return sorted(((max(score, raised.get((identity, _version(payload)), 0.0)), payload, identity)
                   for score, payload, identity in ranked), key=lambda c: -c[0])


def _field_terms(word: str) -> list[WeightedTerm]:
    """One query word in each searched field: stemmed, and as typed in ``body_exact``
    (none for a stopword)."""
    stem = analysis.normalize(word)
    if stem is None:
        return []
    return [WeightedTerm(field, word.lower() if field == "body_exact" else stem, boost)
            for field, boost in FIELD_BOOSTS.items()]


def _field_phrases(phrase: str) -> dict[str, tuple[str, ...]]:
    """A quoted phrase's words in each searched field, as that field's analyzer sees them."""
    per_word = [_field_terms(word) for word, _, _ in analysis.tokenize(phrase)]
    return {field: tuple(t.text for terms in per_word for t in terms if t.field == field)
            for field in FIELD_BOOSTS if any(per_word)}


def _version_of(amendment: RegulationRef) -> str:
    """The version key an amendment's wordings carry (as ``_in_force_at`` compares them)."""
    number = int(amendment.number) if amendment.number.isdigit() else 10 ** 7
    return version_key((amendment.year, 1, number))








def _excluded(query: Query) -> list[Query]:
    """The parts a query written with syntax excludes: ``b`` of "a -b" (Whoosh's ``AndNot``)
    and what a NOT negates."""
    if isinstance(query, AndNot):
        return [query.b, *_excluded(query.a)]
    if isinstance(query, Not):
        return [query.query]
    return [part for child in query.children() for part in _excluded(child)]


def _scores_descending(ranked: list[tuple[float, dict, str]]) -> list[tuple[float, dict, str]]:
    """The ranking with no score above the one before it: a later page's best can score more
    than an earlier page's last (it ranks below because it was reranked with its own page),
    and a listing's scores must read in its order."""
    shown, ceiling = [], float("inf")
    for score, payload, identity in ranked:
        ceiling = min(ceiling, score)
        shown.append((ceiling, payload, identity))
    return shown


def _first(leading: list[tuple[int, dict, str]], ranked: list[tuple[float, dict, str]],
           pages: list[list[tuple[float, dict, str]]]
           ) -> tuple[list[tuple[float, dict, str]], list[list[tuple[float, dict, str]]]]:
    """``leading`` (tier, payload, identity) ahead of the first page ``ranked``, each scored
    the page's best times (1 + its tier) plus its own score there (0 when it was not on it):
    a higher tier leads whatever the words scored, and within a tier the words decide. Taken
    out of the later ``pages``."""
    if not leading:
        return ranked, pages
    keys = {(identity, _version(payload)) for _, payload, identity in leading}
    own = {(identity, _version(payload)): score for score, payload, identity in ranked}
    best = ranked[0][0] if ranked else 1.0
    lead = [(best * (1 + tier) + own.get((identity, _version(payload)), 0.0), payload, identity)
            for tier, payload, identity in leading]
    rest = [c for c in ranked if (c[2], _version(c[1])) not in keys]
    pages = [[c for c in page if (c[2], _version(c[1])) not in keys] for page in pages]
    return lead + rest, pages


def _holds_defined(unit: _Unit, wanted: UnitFilter, defined: Sequence[set[str]]) -> bool:
    """Whether ``unit``, listed for a kind filter asking for definitions, holds the words
    asked (each, or one of its other senses: ``defined`` from ``defined_alternatives``):
    a definition holding none of them ("Siang hari adalah waktu antara pukul 06.00 …" for
    "pekerja harian lepas", by "hari") matches nothing but the kind. A unit listed for
    another kind asked, or with no words asked, holds them."""
    if not defined or set(unit.kinds) & wanted.kinds != {"definisi"}:
        return True
    return any(terms <= unit.terms for terms in defined)


def _no_definition(text: str, defined: set[str]) -> str:
    """The note that no definition holds the words asked (the kind filter let nothing else
    through): said, as a citation the index lacks is, rather than nothing listed."""
    words = _content_words(text) or text
    return (f"a definition holding {words} (no definition within the filters holds "
            f"{'them all' if len(defined) > 1 else 'it'})")


def _words_no_unit_holds(units: Sequence[_Unit], asked: set[str],
                         senses: Sequence[Sequence[frozenset[str]]]) -> set[str]:
    """The terms of ``asked`` that no unit of ``units`` holds (its lead-ins and items
    counted), in any of the word's senses ("PHK" held as "pemutusan hubungan kerja")."""
    held = [unit.terms | unit.with_items | unit.context for unit in units]
    lacking = set()
    for term in asked:
        said = [frozenset([term])] + [sense for word in senses if term in word[0]
                                      for sense in word[1:]]
        if not any(sense <= terms for sense in said for terms in held):
            lacking.add(term)
    return lacking


def _none_of_the_kind(text: str, lacking: set[str], kinds: frozenset[str]) -> str:
    """The note that no unit listed of the kinds asked holds some words of the query ("naskah
    akademik perda provinsi" --kind syarat listed syarat holding only "provinsi"), said as a
    definition none holds is: else a list of other rules reads as the answer. It speaks of
    the units listed, not of the index: a unit holding them may rank below the limit."""
    words = " ".join(dict.fromkeys(word for word, _, _ in analysis.tokenize(text)
                                   if analysis.normalize(word) in lacking))
    kind = "/".join(sorted(kinds))
    return (f"{words} in the {kind} units listed (each holds other words of the query, or "
            f"is the {kind} of a rule found; a {kind} holding {words} may rank lower or be "
            "missing)")


def _query_scores(searcher, query: Query, docnums: Sequence[int]) -> dict[int, float]:
    """Whoosh's score of each of ``docnums`` the query (written with syntax) matches."""
    results = searcher.search(query, filter=set(docnums), limit=len(docnums))
    return {hit.docnum: hit.score for hit in results}


def _closest_first(lead: _Lead, ranked: list[tuple[float, dict, str]],
                   pages: list[list[tuple[float, dict, str]]],
                   targets: dict[tuple[str, str], _Target]
                   ) -> tuple[list[tuple[float, dict, str]], list[list[tuple[float, dict, str]]]]:
    """The articles referring to the units a query cites, those referring to the ayat cited
    (or to the Pasal whole) above those referring only to its other ayat, each scored its
    page's best times its closeness (``_fit``) plus its own: "sanksi Pasal 160 ayat (4) UU
    13/2003" asks for Pasal 185 ("… Pasal 160 ayat (4) dan ayat (7) …"), not first for Pasal
    190 ("… Pasal 160 ayat (1) dan ayat (2) …"), whatever the words score. ``targets`` gets the
    unit each is cited for referring to."""
    cited: dict[str, list[str | None]] = {}   # identity → the ayat cited of it (None: whole)
    for _, payload, cite in lead.entries:
        cited.setdefault(_identity(payload), []).append(cite.ayat)
    best = max((score for score, _, _ in ranked), default=1.0)

    def closest(item: tuple[float, dict, str]) -> tuple[float, dict, str]:
        score, payload, identity = item
        fits = {(answer, ayat): _fit(payload, answer, frozenset([ayat]) if ayat else frozenset())
                for answer in _cited(payload, cited) for ayat in cited[answer]}
        if not fits:
            return item
        answer, ayat = max(fits, key=fits.__getitem__)
        targets[(identity, _version(payload))] = (answer.rpartition("#")[2], ayat, None)
        return best * fits[answer, ayat] + score, payload, identity

    def page_closest(page: list[tuple[float, dict, str]]) -> list[tuple[float, dict, str]]:
        return sorted(map(closest, page), key=lambda c: -c[0])

    return page_closest(ranked), [page_closest(page) for page in pages]


def _versions_together(ranked: list[tuple[float, dict, str]]) -> list[tuple[float, dict, str]]:
    """Each article's versions (its amendment chain) together, newest first, where the best
    of them ranks: a lawyer reads the article in force with its history, and the older
    wording is still what a case from before the amendment turns on. An older version
    scoring under CHAIN_SHARE of the best stays where its own score puts it; the newest
    version always leads its chain."""
    def version(item: tuple[float, dict, str]) -> str:
        return version_key(tuple(item[1]["version"]))

    best: dict[str, float] = {}
    newest: dict[str, tuple[float, dict, str]] = {}
    for item in ranked:
        best.setdefault(item[2], item[0])
        if item[2] not in newest or version(item) > version(newest[item[2]]):
            newest[item[2]] = item
    chains: dict[str, list[tuple[float, dict, str]]] = {}
    for position, item in enumerate(ranked):
        score, _, identity = item
        joins = score >= CHAIN_SHARE * best[identity] or item is newest[identity]
        chains.setdefault(identity if joins else f"{identity} {position}", []).append(item)
    # A version ranks by its chain's best score, and shows that score (scores stay ordered).
    return [(chain[0][0], payload, identity) for chain in chains.values()
            for _, payload, identity in sorted(chain, key=version, reverse=True)]


def _plan_terms(plan: Plan) -> Iterator[WeightedTerm]:
    """Every field term of a plan (the words, the extras, the phrases' words)."""
    for group in plan.groups:
        yield from group
    yield from plan.extras
    for phrase in plan.phrases:
        yield from (WeightedTerm(phrase.field, t, phrase.boost) for t in phrase.terms)


def _query_terms(query: Query) -> set[str]:
    """Analysed words of the query's positive body terms (what snippets highlight)."""
    terms = set()
    for fieldname, value in query.iter_all_terms(phrases=True):
        if fieldname == "body":
            terms.add(value.decode() if isinstance(value, bytes) else value)
    return terms


# ---------------------------------------------------------------------- payload helpers


def _issued_by(typed: str, held: RegulationRef, title: str) -> bool:
    """Whether the issuer typed names the one of a regulation held, as its title prints it
    or as its citation writes it ("Pergub Jabar" for Jawa Barat's; "Pergub Jawa" for none)."""
    return issuer_in_title(typed, title) or issuer_in_title(typed, held.issuer)


def _other_issuers(ref: RegulationRef, typed: str,
                   held: list[tuple[RegulationRef, str]]) -> str:
    """Why a regulation typed with an issuer the index does not hold for its number is not
    answered: what it holds, and the one whose name the issuer typed is a part of, if one
    ("Pergub Jawa 1/2021": did you mean PERGUB Jawa Tengah 1/2021?)."""
    listed = ", ".join(r.short if r.issuer else f"{r.short} ({_quoted(title)})"
                       for r, title in held)
    meant = [r.short for r, title in held
             if issuer_part_of_title(typed, title) or issuer_part_of_title(typed, r.issuer)]
    if meant:
        return (f"{ref.short} of {typed} is not in the index; it holds {listed}: did you mean "
                f"{' or '.join(meant)}?")
    others = "another issuer" if len(held) == 1 else "other issuers"
    return (f"{ref.short} of {issuer_written_out(typed)} is not in the index; it holds "
            f"{listed}, of {others}")


def _which_issuer(match: re.Match[str], fits: list[RegulationRef]) -> str:
    """The question a regulation typed without its issuer (or with a part of several
    issuers' names) asks when the index holds it of several: each one held, as it would be
    typed with its issuer ("write 'Pergub Bali 1/2021' or 'Pergub DKI Jakarta 1/2021'")."""
    start, end = (position - match.start() for position in match.span("issuer"))
    typed = match.group()
    written = [f"'{typed[:start]} {ref.issuer}{typed[end:]}'" for ref in fits if ref.issuer]
    asked = f": write {_listed(written, 'or')}" if written else ""
    return (f"{_quoted(typed)} names {len(fits)} regulations in the index "
            f"({', '.join(ref.short for ref in fits)}); name the issuer{asked}")


def _same_number(one: RegulationRef, other: RegulationRef) -> bool:
    """The same type, number and year, whatever the issuer."""
    return (one.type, one.number, one.year) == (other.type, other.number, other.year)
