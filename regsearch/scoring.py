"""BM25F over Whoosh's posting lists, computed with numpy: the fast path of ``search``.

Part of the search layer (with ``search`` and ``schema``, the only modules that read Whoosh).

Whoosh scores a query by walking every matching posting through a tree of Python matcher
objects: ~95 % of a query's time on the 37,000-article UU index (bench/speed.py). For plain
word queries — what people type — this module computes the same BM25F sums with numpy
instead: each posting list is decoded once into arrays (ids, term frequencies, and for
phrase fields the encoded positions), kept in a bounded cache for the searcher's lifetime,
and scored for all documents at once. Phrases are checked only for the best candidates,
from the positions already decoded.

Query syntax (quotes, OR, -exclusion, field:value) still goes through Whoosh's own parser
and collector in ``search``; this path covers the queries that have none.
"""

from __future__ import annotations

import pickle
import zlib
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, Or, Term
from whoosh.util.numeric import byte_to_length

from .analysis import in_order_within

#: Decoded postings kept per open searcher (ids + weights: ~16 bytes each, plus positions
#: for phrase fields): enough for the working vocabulary of a long session.
CACHE_POSTINGS = 3_000_000

#: At most this many candidates are checked for a phrase (a phrase whose words are all
#: common but rarely adjacent would otherwise mean reading positions everywhere).
CHECK_LIMIT = 5000
#: A score left by withdrawn bonuses (rounding) that means "nothing matched".
_NOTHING = 1e-9

_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True)
class PostingList:
    """One term's postings in one field, over the whole index (global document numbers).
    Documents deleted by an update may be among them: every use masks with ``alive``."""

    ids: np.ndarray            # sorted document numbers (int64)
    weights: np.ndarray        # term frequency in each document (float64)
    values: Sequence | None    # encoded positions, aligned with ids (phrase fields only)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def positions(self) -> Sequence:
        """``values`` of postings read with their positions (a phrase field's), which a
        phrase check decodes: never None there."""
        assert self.values is not None, "postings read without their positions"
        return self.values


_EMPTY = PostingList(np.empty(0, dtype=np.int64), np.empty(0), ())


@dataclass(frozen=True)
class WeightedTerm:
    """A term of a query in one field, with the weight of its BM25 score."""

    field: str
    text: str
    boost: float


@dataclass(frozen=True)
class PhraseBonus:
    """Extra score for documents where ``terms`` occur in order, at most ``slop`` apart:
    ``boost`` × the sum of their BM25 scores in ``field`` (as Whoosh scores a Phrase)."""

    field: str
    terms: tuple[str, ...]
    slop: int
    boost: float
    #: Only documents stating one of these kinds of rule (the ``kinds`` field) get it: a
    #: phrase holding a rule word ("syarat calon bupati") names that rule, and an article
    #: only mentioning it ("meneliti kelengkapan persyaratan … calon bupati") states none.
    kinds: tuple[str, ...] = ()
    #: Terms (in ``field``, at ``boost``) that score the same concept as written otherwise
    #: ("asn" for "aparatur sipil negara"): the bonus is only what the phrase adds above
    #: them, so that a document holds the concept at the better of its two scores.
    instead_of: tuple[str, ...] = ()
    #: When given, the phrase is scored as these terms would be, each occurring as often as
    #: the phrase does (the fewest of its words): "Aparatur Sipil Negara" weighs what "ASN"
    #: typed weighs, one term, not the sum of three common words.
    scored_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """A plain-word query as arrays can score it.

    ``groups``: one group of weighted field terms per query word, all summed (as Whoosh
    scores ``MultifieldParser``'s OR query). ``extras`` add their score where they match
    (kinds asked for, synonyms); ``phrases`` add theirs where the words occur in order.
    """

    groups: tuple[tuple[WeightedTerm, ...], ...]
    extras: tuple[WeightedTerm, ...] = ()
    phrases: tuple[PhraseBonus, ...] = ()


class PostingReader:
    """Numpy views of one Whoosh searcher's postings, field lengths and filters (cached)."""

    def __init__(self, searcher, *, B: float, K1: float,
                 cache_postings: int = CACHE_POSTINGS,
                 field_B: dict[str, float] | None = None) -> None:
        self.searcher = searcher
        self.B, self.K1 = B, K1
        self.field_B = dict(field_B or {})   # as Whoosh's BM25F(<field>_B=…)
        reader = searcher.reader()
        self._leaves = list(reader.leaf_readers())
        self.size = reader.doc_count_all()
        self._lengths: dict[str, np.ndarray] = {}
        self._cache: OrderedDict[tuple[str, str], PostingList] = OrderedDict()
        self._cached = 0
        self._capacity = cache_postings
        self._masks: dict[str, np.ndarray] = {}
        self._idf: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, tuple[str, ...], int], bool] = {}
        self._phrase_docs: dict[tuple[str, tuple[str, ...], int], np.ndarray] = {}
        self.alive = self._alive_mask()

    # ------------------------------------------------------------------ reading
    def _alive_mask(self) -> np.ndarray:
        alive = np.ones(self.size, dtype=bool)
        for leaf, offset in self._leaves:
            if leaf.has_deletions():   # after incremental updates, until the next merge
                count = leaf.doc_count_all()
                alive[offset:offset + count] = False
                alive[np.fromiter(leaf.all_doc_ids(), dtype=np.int64) + offset] = True
        return alive

    def lengths(self, field: str) -> np.ndarray:
        """Every document's length in ``field``, as Whoosh stores it (one byte, lossy)."""
        if field not in self._lengths:
            parts = [_leaf_lengths(leaf, field) for leaf, _ in self._leaves]
            self._lengths[field] = (np.concatenate(parts) if parts
                                    else np.zeros(0, dtype=np.float64))
        return self._lengths[field]

    def postings(self, field: str, term: str) -> PostingList:
        """``term``'s postings in ``field`` (an empty list when it occurs nowhere)."""
        key = (field, term)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        keep_values = self.searcher.schema[field].format.supports("positions")
        parts = [_leaf_postings(leaf, offset, field, term, keep_values)
                 for leaf, offset in self._leaves]
        parts = [p for p in parts if len(p)]
        if not parts:
            found = _EMPTY
        elif len(parts) == 1:
            found = parts[0]
        else:
            found = PostingList(np.concatenate([p.ids for p in parts]),
                                np.concatenate([p.weights for p in parts]),
                                BlockValues.joined([p.positions for p in parts])
                                if keep_values else None)
        self._remember(key, found)
        return found

    def _remember(self, key: tuple[str, str], postings: PostingList) -> None:
        self._cache[key] = postings
        self._cached += len(postings)
        while self._cached > self._capacity and len(self._cache) > 1:
            _, dropped = self._cache.popitem(last=False)
            self._cached -= len(dropped)

    def documents(self, **terms: str) -> np.ndarray:
        """Live documents holding every ``field=value`` term given (Whoosh's
        ``document_numbers`` walks the longest list in Python; this intersects arrays)."""
        found = None
        for field, value in terms.items():
            ids = self.postings(field, value).ids
            found = ids if found is None else np.intersect1d(found, ids, assume_unique=True)
        if found is None:
            return np.flatnonzero(self.alive)
        return found[self.alive[found]]

    def idf(self, field: str, term: str) -> float:
        """Whoosh's inverse document frequency of ``term`` in ``field`` (cached)."""
        key = (field, term)
        found = self._idf.get(key)
        if found is None:
            # Whoosh's formula takes the log of the document count: an emptied index has none.
            found = self._idf[key] = (self.searcher.idf(field, term)
                                      if self.searcher.doc_count() else 0.0)
        return found

    def mask(self, query) -> np.ndarray:
        """The documents matching a filter query, as a boolean array (cached per query)."""
        key = repr(query)
        found = self._masks.get(key)
        if found is None:
            found = self._mask_of(query)
            if len(self._masks) > 256:
                self._masks.clear()
            self._masks[key] = found
        return found

    def _mask_of(self, query) -> np.ndarray:
        if isinstance(query, Term):
            found = np.zeros(self.size, dtype=bool)
            found[self.postings(query.fieldname, query.text).ids] = True
            return found
        if isinstance(query, (And, Or)) and query.subqueries:
            masks = [self._mask_of(q) for q in query.subqueries]
            combine = np.logical_and if isinstance(query, And) else np.logical_or
            return combine.reduce(masks)
        found = np.zeros(self.size, dtype=bool)   # anything else: Whoosh evaluates it
        found[np.fromiter(self.searcher.docs_for_query(query), dtype=np.int64)] = True
        return found

    def most_matching(self, terms: Sequence[tuple[str, str]], allowed: np.ndarray | None,
                      depth: int) -> np.ndarray:
        """Up to ``depth`` live documents holding the most of ``terms`` (lower number first on
        a tie): e.g. the articles citing the most of a set of articles."""
        lists = [self.postings(field, text).ids for field, text in terms]
        ids = np.concatenate(lists) if lists else np.empty(0, dtype=np.int64)
        counts = np.bincount(ids, minlength=self.size)[:self.size]
        valid = self.alive if allowed is None else self.alive & allowed
        counts[~valid] = 0
        candidates = np.flatnonzero(counts)
        return _best(candidates, counts.astype(np.float64), depth)

    # ------------------------------------------------------------------ scoring
    def term_scores(self, term: WeightedTerm) -> tuple[np.ndarray, np.ndarray]:
        """(ids, boost × BM25) of one term in one field, exactly as Whoosh's BM25F (and
        boost × weight in an unscored field such as ``kinds``, as Whoosh does)."""
        postings = self.postings(term.field, term.text)
        searcher = self.searcher
        if not len(postings) or not searcher.schema[term.field].scorable:
            return postings.ids, term.boost * postings.weights
        idf = searcher.idf(term.field, term.text)
        average = searcher.avg_field_length(term.field) or 1
        lengths = self.lengths(term.field)[postings.ids]
        tf = postings.weights
        B = self.field_B.get(term.field, self.B)
        norm = self.K1 * ((1 - B) + B * lengths / average)
        return postings.ids, term.boost * idf * (tf * (self.K1 + 1)) / (tf + norm)

    def score(self, plan: Plan, allowed: np.ndarray | None, depth: int
              ) -> tuple[np.ndarray, np.ndarray, int]:
        """The ``depth`` best documents for ``plan`` among ``allowed`` ones, best first, as
        (document numbers, scores), and how many documents matched at all."""
        scores = np.zeros(self.size, dtype=np.float64)
        for group in plan.groups:
            for term in group:
                ids, values = self.term_scores(term)
                scores[ids] += values
        for term in plan.extras:
            ids, values = self.term_scores(term)
            scores[ids] += values
        # A phrase's bonus goes first to every document holding all its words (an upper
        # bound); candidates are then checked in order of that bound for the words in order,
        # losing the bonus where they fail, until no unchecked one can reach the top.
        provisional = []
        for phrase in plan.phrases:
            ids, bonus = self._all_terms(phrase)
            scores[ids] += bonus
            provisional.append((phrase, ids, bonus))
        valid = self.alive if allowed is None else self.alive & allowed
        scores[~valid] = 0.0
        candidates = np.flatnonzero(scores > 0)
        if provisional and len(candidates):
            return self._checked_best(candidates, scores, provisional, depth)
        best = _best(candidates, scores, depth)
        return best, scores[best], len(candidates)

    def scores_of(self, plan: Plan, docnums: Sequence[int]) -> dict[int, float]:
        """The score of each of ``docnums`` that ``plan`` matches (document number → score):
        a document found by other means ranked by the same words."""
        allowed = np.zeros(self.size, dtype=bool)
        allowed[list(docnums)] = True
        found, scores, _ = self.score(plan, allowed, len(docnums))
        return dict(zip(found.tolist(), scores.tolist()))

    def matched(self, plan: Plan, allowed: np.ndarray | None) -> np.ndarray:
        """Which live (and ``allowed``) documents ``plan`` matches at all, as a boolean array:
        the documents ``score`` counts, without scoring them."""
        found = np.zeros(self.size, dtype=bool)
        for term in (*(t for group in plan.groups for t in group), *plan.extras):
            found[self.postings(term.field, term.text).ids] = True
        for phrase in plan.phrases:   # a rewriting's words may be no term of the plan
            found[_holding_all([self.postings(phrase.field, w).ids for w in phrase.terms])] = True
        return found & (self.alive if allowed is None else self.alive & allowed)

    def _checked_best(self, candidates: np.ndarray, scores: np.ndarray, provisional: list,
                      depth: int) -> tuple[np.ndarray, np.ndarray, int]:
        """Exact top ``depth`` when phrase bonuses were granted provisionally (scores are
        upper bounds): check chunks of candidates, best bound first, until the ``depth``-th
        checked score beats every unchecked bound (or CHECK_LIMIT documents were checked)."""
        bound = _best(candidates, scores, min(len(candidates), CHECK_LIMIT))
        upper = scores[bound].copy()
        checked = 0
        while checked < len(bound):
            batch = bound[checked:checked + depth]
            for phrase, ids, bonus in provisional:
                self._withdraw_unless_phrase(phrase, ids, bonus, batch, scores)
            checked += len(batch)
            done = bound[:checked]
            kept = done[scores[done] > _NOTHING]
            if checked == len(bound) or (len(kept) >= depth and
                                         np.sort(scores[kept])[-depth] >= upper[checked]):
                break
        lost = checked - len(kept)
        best = _best(kept, scores, depth)
        return best, scores[best], len(candidates) - lost

    def holds_phrase(self, field: str, terms: Sequence[str], slop: int) -> bool:
        """Whether some live document holds ``terms`` in order, at most ``slop`` apart
        (remembered for the searcher's lifetime: the glossary's phrasings are asked of
        every query touching their group)."""
        key = (field, tuple(terms), slop)
        if key not in self._held:
            self._held[key] = self._holds_phrase(field, terms, slop)
        return self._held[key]

    def phrase_documents(self, field: str, phrases: Sequence[tuple[Sequence[str], int]]
                         ) -> np.ndarray:
        """The live documents holding one of ``phrases`` (terms, slop), the terms in order at
        most slop apart: where an abbreviation's sense stands, to weigh it against the
        query's other words (``shared``). Each phrase's are remembered, as ``holds_phrase``
        remembers."""
        found = [self._phrase_documents(field, tuple(terms), slop) for terms, slop in phrases]
        return np.unique(np.concatenate(found)) if found else _EMPTY.ids

    def _phrase_documents(self, field: str, terms: tuple[str, ...], slop: int) -> np.ndarray:
        key = (field, terms, slop)
        if key not in self._phrase_docs:
            postings = [self.postings(field, term) for term in terms]
            ids = _holding_all([each.ids for each in postings]) if postings else _EMPTY.ids
            ids = ids[self.alive[ids]]
            if len(postings) > 1:
                decode = self.searcher.schema[field].format.decode_positions
                ids = np.array([docnum for docnum in ids.tolist() if in_order_within(
                    [decode(each.positions[np.searchsorted(each.ids, docnum)])
                     for each in postings], slop)], dtype=np.int64)
            self._phrase_docs[key] = ids
        return self._phrase_docs[key]

    def shared(self, field: str, documents: np.ndarray, terms: Iterable[str]) -> float:
        """How much ``documents`` hold ``terms``: for each term, the documents holding it,
        weighted by its idf (a rare word shared says more than "syarat")."""
        return float(sum(self.idf(field, term) * len(np.intersect1d(
            documents, self.postings(field, term).ids, assume_unique=True)) for term in terms))

    def _holds_phrase(self, field: str, terms: Sequence[str], slop: int) -> bool:
        postings = [self.postings(field, term) for term in terms]
        ids = _holding_all([found.ids for found in postings])
        ids = ids[self.alive[ids]]
        decode = self.searcher.schema[field].format.decode_positions
        for docnum in ids.tolist():
            lists = [decode(found.positions[np.searchsorted(found.ids, docnum)])
                     for found in postings]
            if in_order_within(lists, slop):
                return True
        return False

    def _all_terms(self, phrase: PhraseBonus) -> tuple[np.ndarray, np.ndarray]:
        """Documents holding every word of ``phrase``, with the phrase's bonus for each."""
        per_term = [self.term_scores(WeightedTerm(phrase.field, t, phrase.boost))
                    for t in phrase.terms]
        ids = _holding_all([term_ids for term_ids, _ in per_term])
        if phrase.kinds:
            stating = np.unique(np.concatenate(
                [self.postings("kinds", kind).ids for kind in phrase.kinds]))
            ids = ids[np.isin(ids, stating, assume_unique=True)]
        bonus = np.zeros(len(ids))
        for term_ids, values in per_term:
            bonus += values[np.searchsorted(term_ids, ids)]
        if phrase.scored_as:
            bonus = self._scored_as(phrase, ids)
        if phrase.instead_of:
            bonus -= self._held_score(phrase.field, phrase.instead_of, ids, phrase.boost)
        return ids, np.maximum(bonus, 0.0)

    def _scored_as(self, phrase: PhraseBonus, ids: np.ndarray) -> np.ndarray:
        """BM25 of ``phrase.scored_as`` in ``ids``, each term as frequent there as the
        least frequent word of the phrase."""
        tf = np.full(len(ids), np.inf)
        for term in phrase.terms:
            postings = self.postings(phrase.field, term)
            tf = np.minimum(tf, postings.weights[np.searchsorted(postings.ids, ids)])
        average = self.searcher.avg_field_length(phrase.field) or 1
        B = self.field_B.get(phrase.field, self.B)
        norm = self.K1 * ((1 - B) + B * self.lengths(phrase.field)[ids] / average)
        saturated = tf * (self.K1 + 1) / (tf + norm)
        return sum(phrase.boost * self.idf(phrase.field, term) * saturated
                   for term in phrase.scored_as) + np.zeros(len(ids))

    def _held_score(self, field: str, terms: Sequence[str], ids: np.ndarray, boost: float
                    ) -> np.ndarray:
        """The score of ``terms`` in each of ``ids`` holding them all, else 0: the concept's
        other form ("pegawai negeri sipil"), not its words found apart."""
        per_term = [self.term_scores(WeightedTerm(field, term, boost)) for term in terms]
        holding = _holding_all([term_ids for term_ids, _ in per_term])
        held = np.isin(ids, holding, assume_unique=True)
        found = np.zeros(len(ids))
        for term_ids, values in per_term:
            found[held] += values[np.searchsorted(term_ids, ids[held])]
        return found

    def _withdraw_unless_phrase(self, phrase: PhraseBonus, ids: np.ndarray, bonus: np.ndarray,
                                docnums: np.ndarray, scores: np.ndarray) -> None:
        if not len(ids):
            return
        at = np.minimum(np.searchsorted(ids, docnums), len(ids) - 1)
        holding = ids[at] == docnums
        docs, bonus_at = docnums[holding], at[holding]
        if not len(docs):
            return
        # Each term's encoded positions for these documents (all hold every term).
        encoded = []
        for term in phrase.terms:
            postings = self.postings(phrase.field, term)
            encoded.append((postings.positions, np.searchsorted(postings.ids, docs).tolist()))
        decode = self.searcher.schema[phrase.field].format.decode_positions
        for k, docnum in enumerate(docs.tolist()):
            lists = [decode(values[where[k]]) for values, where in encoded]
            if not in_order_within(lists, phrase.slop):
                scores[docnum] -= bonus[bonus_at[k]]


def _best(candidates: np.ndarray, scores: np.ndarray, depth: int) -> np.ndarray:
    """The ``depth`` highest-scoring candidates, best first (lower number first on a tie)."""
    if len(candidates) > depth:
        cut = np.argpartition(-scores[candidates], depth - 1)[:depth]
        candidates = candidates[cut]
    order = np.lexsort((candidates, -scores[candidates]))
    return candidates[order]


# ---------------------------------------------------------------------- Whoosh internals
# Whoosh 2.7.4 (pinned) keeps each block of 128 postings as one pickled tuple (ids as
# deltas, weights, encoded values); reading the tuple whole is ~10× faster than walking the
# matcher posting by posting. Other matcher types use the public API.


def _leaf_postings(leaf, offset: int, field: str, term: str, keep_values: bool
                   ) -> PostingList:
    try:
        matcher = leaf.postings(field, term)
    except Exception:  # whoosh raises TermNotFound (a KeyError) for unknown terms
        return _EMPTY
    if (isinstance(matcher, FilterMatcher) and matcher._exclude
            and isinstance(matcher.child, W3LeafMatcher)):
        # A segment with deleted documents (an update replaced some) wraps its postings in
        # a filter walked posting by posting (~2.5x a query's time after six updates of the
        # UU index). Its blocks are read as they are: the deleted documents they still hold
        # are dropped by every use of the postings (``alive``). Postings the filter already
        # skipped are deleted ones.
        matcher = matcher.child
    values: Sequence | None
    if isinstance(matcher, W3LeafMatcher):
        ids, weights, values = _read_blocks(matcher, keep_values)
    else:
        ids, weights, values = _read_one_by_one(matcher, keep_values)
    return PostingList(ids + offset, weights, values)


#: Where the encoded positions start in a block's pickle: the MARK of the values tuple and
#: the ``_codecs.encode`` that protocol 2 uses to rebuild each bytes value (blocks of ≤ 3
#: postings have no MARK: they are read whole).
_VALUES_START = b"(c_codecs\nencode\n"
#: Pickle opcodes closing a block cut before its values: TUPLE2 (ids, weights), STOP.
_PAIR_AND_STOP = b"\x86."


def _read_blocks(matcher, keep_values: bool
                 ) -> tuple[np.ndarray, np.ndarray, BlockValues | None]:
    ids, weights, blocks, start = [], [], [], 0
    while matcher.is_active():
        block_ids, block_weights, values = _block_data(matcher, keep_values)
        count = len(block_ids)
        ids.append(np.cumsum(np.array(block_ids, dtype=np.int64)))
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:
            weights.append(np.array(block_weights, dtype=np.float64))
        if keep_values:
            blocks.append((start, values))
        start += count
        matcher._next_block()
    if not ids:  # every posting was of a deleted document (skipped by the filter)
        return _EMPTY.ids, _EMPTY.weights, BlockValues([], 0) if keep_values else None
    return (np.concatenate(ids), np.concatenate(weights),
            BlockValues(blocks, start) if keep_values else None)


def _block_data(matcher, keep_values: bool) -> tuple[tuple, object, tuple | bytes]:
    """A block's ids, weights and values — the values as the block's raw pickle when they
    can be left for later (``BlockValues``).

    Decoding a block's positions is ~94 % of decoding the block: protocol 2 pickles each
    bytes value as a call to ``_codecs.encode``. Scoring needs only ids and weights, and a
    phrase check the positions of a few documents; so the pickle is cut before its values
    and read as (ids, weights), and the values are decoded only for a block a phrase check
    reaches. A block that does not have the expected shape is read whole."""
    raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    if matcher._compression:
        raw = zlib.decompress(raw)
    cut = raw.find(_VALUES_START) if keep_values else -1
    if cut > 0:
        try:
            block_ids, block_weights = pickle.loads(raw[:cut] + _PAIR_AND_STOP)
        except Exception:  # not the layout expected: read it whole below
            block_ids = None
        if block_ids is not None and len(block_ids) == matcher._blocklength:
            return block_ids, block_weights, raw
    block_ids, block_weights, values = pickle.loads(raw)
    return block_ids, block_weights, values


class BlockValues(Sequence):
    """The encoded positions of one term's postings, aligned with its ids, decoded one block
    at a time on first use (``_block_data``). Blocks are ``(first index, values)`` where
    values are either decoded (a tuple) or the block's raw pickle."""

    def __init__(self, blocks: list[tuple[int, tuple | bytes]], length: int) -> None:
        self._starts = [first for first, _ in blocks]
        self._blocks = [values for _, values in blocks]
        self._length = length

    @classmethod
    def joined(cls, parts: Sequence[Sequence]) -> BlockValues:
        """The values of several segments' postings, one after the other."""
        blocks, start = [], 0
        for part in parts:
            if isinstance(part, BlockValues):
                blocks += [(start + first, values)
                           for first, values in zip(part._starts, part._blocks)]
            else:
                blocks.append((start, tuple(part)))
            start += len(part)
        return cls(blocks, start)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        block = bisect_right(self._starts, index) - 1
        values = self._blocks[block]
        if isinstance(values, bytes):
            values = self._blocks[block] = pickle.loads(values)[2]
        return values[index - self._starts[block]]


def _read_one_by_one(matcher, keep_values: bool
                     ) -> tuple[np.ndarray, np.ndarray, tuple | None]:
    ids, weights, values = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if keep_values:
            values.append(matcher.value())
        matcher.next()
    return (np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64),
            tuple(values) if keep_values else None)


def _leaf_lengths(leaf, field: str) -> np.ndarray:
    """One segment's field lengths, decoded from Whoosh's one-byte length column."""
    count = leaf.doc_count_all()
    encoded = np.zeros(count, dtype=np.uint8)
    column = leaf._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    if column is not None:
        raw = column._dbfile.get(column._basepos, min(column._count, count))
        encoded[:len(raw)] = np.frombuffer(raw, dtype=np.uint8)
    return _BYTE_TO_LENGTH[encoded]


def _holding_all(id_lists: list[np.ndarray]) -> np.ndarray:
    """The documents in every one of ``id_lists`` (sorted, unique ids)."""
    ids = id_lists[0]
    for other in id_lists[1:]:
        ids = np.intersect1d(ids, other, assume_unique=True)
    return ids
