"""Similarity between a machine translation and the other side's text: sentence chrF.

bilingo compares ``translation`` (the MT of one version's sentence) with ``reference``
(the other version's sentence) by sacrebleu's sentence-level chrF (chrF2: character
n-grams up to 6, beta 2, whitespace ignored), scaled to [0, 1]. Character n-grams suit
Apertium's literal, often ungrammatical output: the content words and names survive.

``similarity`` scores one pair. The aligner needs thousands of scores per document,
including concatenations of two neighbouring sentences (2-1 and 1-2 beads), so
``ChrfScorer`` works on whole documents (``similarity`` is a scorer of one sentence per
side):

* each side's sentences, whitespace removed (as chrF does), are laid end to end in one
  stream, and every character n-gram of the stream is computed at once with numpy as an
  integer code (characters ranked in a shared alphabet, an n-gram packed in base
  alphabet size; looked up in a table for a very large alphabet). The n-grams of a run
  of joined sentences are then simply the stream's n-grams inside the run's span: the
  parts' n-grams plus those crossing the join, with nothing re-extracted;
* a run's profile (``RunProfile``) is one sorted numpy array of its n-gram
  *occurrences*, each repeat of an n-gram numbered apart, so that sacrebleu's clipped
  match count is the number of entries two profiles share: one numpy merge of two sorted
  arrays, every order at once, instead of a Python loop over n-grams;
* the score is sacrebleu's own formula, with the same floating-point operations, so
  ``ChrfScorer`` equals ``sacrebleu.sentence_chrf`` exactly (tests/test_score.py checks it).

The aligner's scorer (``dense_codes=True``) numbers the distinct n-grams densely instead,
so that a plain array indexed by code can hold how often each n-gram occurs in one
sentence or run. ``score_band`` then scores thousands of 1-1 cells in one pass (one
gather and compare per row of the band, ``chrf_many`` for all cells), and a merge's
matches come from the same array (``_run_matches``): no sorted profile of the joined run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sacrebleu.metrics import CHRF

_CHRF = CHRF()  # chrF2 with sacrebleu's defaults; part of the report's meaning, never tuned here
CHAR_ORDER = _CHRF.char_order
_FACTOR = _CHRF.beta**2
_LARGEST_CODE = 2**63 - 1  # n-gram codes are int64
_DENSE_TABLE_LIMIT = 2**25  # largest table ``_encode_dense`` numbers n-grams in (int32: 128 MiB)


@lru_cache(maxsize=1 << 13)
def similarity(hypothesis: str, reference: str) -> float:
    """Sentence chrF of ``hypothesis`` (a translation) against ``reference``, in [0, 1].

    Equal to ``sacrebleu.sentence_chrf(hypothesis, [reference]).score / 100`` (the same
    counts and arithmetic; tests/test_score.py checks it). A one-sentence ``ChrfScorer``:
    its numpy n-grams cost less than pure-Python string n-grams even for one pair
    (measured: a pure-Python profile of memoised n-gram sets per text, matched by set
    intersection, took 2.4 times as long on partial's pairs, 200 characters on average).
    Memoised per pair (bounded; emptied by the benchmarks between timed runs): partial
    scores a text against its counterpart once per candidate run in it.
    """
    return ChrfScorer([hypothesis], [reference]).score((0,), (0,))


def chrf_both(hypothesis_totals: tuple[int, ...], reference_totals: tuple[int, ...],
              matches: tuple[int, ...]) -> tuple[float, float]:
    """chrF in [0, 1] with the first side as hypothesis, and with the roles exchanged, in one pass.

    The arithmetic of sacrebleu's ``CHRF._compute_f_score`` (effective-order averaging of
    precision and recall, then F-beta, then the /100 of ``similarity``), inlined: it is
    called tens of thousands of times per document. Exchanging the roles exchanges the
    precision and recall sums, each summed in the same order, so both numbers are exactly
    what sacrebleu computes for each direction.
    """
    precision_sum = recall_sum = 0.0
    effective_order = 0
    for hypothesis_total, reference_total, matched in zip(hypothesis_totals, reference_totals, matches):
        if hypothesis_total > 0 and reference_total > 0:
            precision_sum += matched / hypothesis_total
            recall_sum += matched / reference_total
            effective_order += 1
    if effective_order == 0:
        return 0.0, 0.0
    precision = precision_sum / effective_order
    recall = recall_sum / effective_order
    if not precision + recall:
        return 0.0, 0.0
    forward = (1 + _FACTOR) * precision * recall
    forward /= (_FACTOR * precision) + recall
    backward = (1 + _FACTOR) * recall * precision
    backward /= (_FACTOR * recall) + precision
    return 100 * forward / 100, 100 * backward / 100


def chrf_many(hypothesis_totals: np.ndarray, reference_totals: np.ndarray, matches: np.ndarray) -> np.ndarray:
    """``chrf_both``'s first number for many cells at once (arrays of shape (cells, orders)), equal bit for bit.

    The aligner scores thousands of 1-1 cells per document; one numpy pass replaces a Python
    call per cell. Every cell goes through the same IEEE operations in the same order as
    ``chrf_both``: integers below 2**53 convert to float exactly, an order that does not count
    adds 0.0 (which leaves a sum unchanged), and the sums run over the orders in turn.
    """
    effective = (hypothesis_totals > 0) & (reference_totals > 0)
    effective_order = effective.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision_terms = np.where(effective, matches / hypothesis_totals, 0.0)
        recall_terms = np.where(effective, matches / reference_totals, 0.0)
        precision_sum = np.zeros(len(matches))
        recall_sum = np.zeros(len(matches))
        for order in range(matches.shape[1]):
            precision_sum += precision_terms[:, order]
            recall_sum += recall_terms[:, order]
        precision = precision_sum / effective_order
        recall = recall_sum / effective_order
        score = (1 + _FACTOR) * precision * recall
        score /= (_FACTOR * precision) + recall
        score = 100 * score / 100
    return np.where((effective_order > 0) & (precision + recall != 0), score, 0.0)


@lru_cache(maxsize=4096)
def ngram_totals(length: int) -> tuple[int, ...]:
    """Number of character n-grams per order of a whitespace-free text of ``length`` characters (memoised: the
    aligner asks for it tens of thousands of times per document, for a few hundred distinct lengths)."""
    return tuple(max(0, length - order + 1) for order in range(1, CHAR_ORDER + 1))


def numbered_keys(codes: np.ndarray, repeat_base: int, narrow: bool = False) -> np.ndarray:
    """Each n-gram occurrence of ``codes`` as one distinct integer: ``code * repeat_base + k`` for its k-th
    repeat (k from 0, below ``repeat_base``), sorted.

    Sorting puts repeats side by side; a repeat's number is its distance from the first
    of its run of equal codes. Sorted codes numbered this way stay sorted.
    """
    if narrow:  # every code below 2**31 (dense codes): numpy sorts 32-bit integers several times faster
        ordered = np.sort(codes.astype(np.int32)).astype(np.int64)
    else:
        ordered = np.sort(codes)
    if len(ordered) < 2:
        return ordered * repeat_base
    positions = np.arange(len(ordered))
    first_of_run = np.empty(len(ordered), dtype=bool)
    first_of_run[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first_of_run[1:])
    repeat = positions - np.maximum.accumulate(np.where(first_of_run, positions, 0))
    return ordered * repeat_base + repeat


def shared_counts(keys: np.ndarray, other_keys: np.ndarray, order_bounds: np.ndarray) -> tuple[int, ...]:
    """How many keys two sorted arrays of distinct keys share, per order (order n's keys lie in
    ``[order_bounds[n - 1], order_bounds[n])``).

    The two arrays are merged (a stable sort of two sorted runs is one linear merge); a
    key held by both is then next to itself.
    """
    merged = np.concatenate((keys, other_keys))
    merged.sort(kind="stable")
    shared = merged[1:][merged[1:] == merged[:-1]]
    before = np.searchsorted(shared, order_bounds)  # shared keys below each order's first key
    return tuple((before[1:] - before[:-1]).tolist())


class _Stream:
    """One side's whitespace-free sentences end to end, with an integer code for every character n-gram.

    ``codes[n-1][p]`` is the code of the n-gram of order n starting at stream position p.
    Both sides share the codes (``_encode``), and the codes of order n all lie below those
    of order n + 1.
    """

    def __init__(self, texts: list[str]):
        stripped = ["".join(text.split()) for text in texts]
        self.starts = [0]
        for text in stripped:
            self.starts.append(self.starts[-1] + len(text))
        self.text = "".join(stripped)
        self.codes: list[np.ndarray] = []
        self.narrow = False  # every code below 2**31 (``_encode_dense`` makes sure)
        # set by ``number_singles`` (the aligner's scorer only): every sentence's sorted n-gram codes end to end and
        # their repeat numbers (a sentence's profile keys are ``codes * repeat_base + repeats``), where sentence s's
        # keys begin (key_starts[s]) and where each order's begin (order_starts[s]), and each sentence's distinct
        # codes with their counts
        self.numbered = False
        self.single_codes = self.single_repeats = self.key_starts = self.order_starts = self.order_totals = None
        self.distinct_codes = self.distinct_counts = self.distinct_starts = None
        self.flat_codes = self.flat_offsets = None  # ``codes`` end to end and where each order begins, when asked
        self.join_codes = self.join_offsets = None  # the n-grams across each join (``_join_codes``), when asked
        self.key_bounds = None  # ``key_starts`` as a list, when asked
        self.local_order_starts = None  # ``order_starts`` from each sentence's first key, when asked

    def number_singles(self, layout: SingleLayout | None = None) -> None:
        """Every single sentence's profile keys at once, laid end to end, as codes and repeat numbers
        (``single_codes``, ``single_repeats``: ``ChrfScorer.profile`` packs them with its repeat base).

        The same keys as ``profile(s, s)`` gives, built with a few whole-stream numpy passes
        and one in-place sort per sentence, instead of a dozen numpy calls per sentence: the
        aligner needs all of them (every sentence is in some 1-1 cell of the band). With this
        side's ``layout`` (``single_layout``, computed before the other side was known) the
        sorting and numbering are done already: one gather of the codes remains.
        """
        if layout is not None:
            self._number_singles_from(layout)
            return
        positions, totals, key_starts = _single_positions(self)
        all_codes = np.concatenate(self.codes) if self.codes else np.zeros(0, dtype=np.int64)
        codes = all_codes[positions]
        if self.narrow:
            codes = codes.astype(np.int32)  # numpy sorts 32-bit integers several times faster than 64-bit ones
        for begin, end in zip(key_starts[:-1].tolist(), key_starts[1:].tolist()):
            codes[begin:end].sort()
        self._number_sorted_singles(codes, totals, key_starts)

    def _number_sorted_singles(self, codes: np.ndarray, totals: np.ndarray, key_starts: np.ndarray) -> None:
        """``number_singles``' arrays from every sentence's n-gram codes end to end, each sentence's sorted, with
        their counts per sentence and order and where each sentence's begin (``_single_positions``).

        Every array but ``single_codes`` depends only on which sorted codes are equal, so
        ``single_layout`` numbers a stream encoded alone this way too.
        """
        count = len(codes)
        # comparisons and the running maximum in 32 bits where the codes and positions fit (numpy is faster there)
        positions = np.arange(count, dtype=np.int32 if count < 2**31 else np.int64)
        change = np.not_equal(codes[1:], codes[:-1])  # a new n-gram starts after each True
        codes = codes.astype(np.int64)
        first_of_run = np.ones(count, dtype=bool)
        first_of_run[1:] = change
        first_of_run[key_starts[:-1][key_starts[:-1] < count]] = True
        # each run of equal codes in a sentence is one distinct n-gram: where it starts, how long it is, and each
        # occurrence's repeat number (its distance from the run's start), from the runs' starts alone (a running
        # maximum and a cumulative sum of a bool array took three times as long)
        run_starts = np.flatnonzero(first_of_run)
        run_lengths = np.diff(run_starts, append=count)
        repeat = positions - np.repeat(run_starts.astype(positions.dtype), run_lengths)
        self.single_codes, self.single_repeats = codes, repeat.astype(np.int32)
        self.distinct_codes = codes[run_starts]
        self.distinct_counts = run_lengths.astype(np.int32)
        self.distinct_starts = np.searchsorted(run_starts, key_starts).tolist()  # every sentence starts a run
        self.numbered = True  # the keys themselves are made per sentence, when ``ChrfScorer.profile`` asks
        self.key_starts = key_starts
        self.order_totals = totals
        self.order_starts = np.concatenate((np.zeros((len(totals), 1), dtype=np.int64), np.cumsum(totals, axis=1)), axis=1)
        self.order_starts += key_starts[:-1, None]

    def _number_singles_from(self, layout: SingleLayout) -> None:
        """``number_singles`` from a layout of this stream's texts: the same arrays (see ``SingleLayout``)."""
        all_codes = np.concatenate(self.codes) if self.codes else np.zeros(0, dtype=np.int64)
        codes = all_codes[layout.gather]
        self.single_codes, self.single_repeats = codes, layout.repeats
        self.distinct_codes = codes[layout.distinct]
        self.distinct_counts, self.distinct_starts = layout.distinct_counts, layout.distinct_starts
        self.numbered = True
        self.key_starts, self.order_totals, self.order_starts = layout.key_starts, layout.order_totals, layout.order_starts

    def profile(self, first: int, last: int, repeat_base: int) -> RunProfile:
        """The n-gram profile of sentences ``first``..``last`` joined: its n-grams, every order at once, numbered."""
        begin, end = self.starts[first], self.starts[last + 1]
        totals = ngram_totals(end - begin)
        codes = np.concatenate([self.codes[order][begin : begin + total] for order, total in enumerate(totals)])
        return RunProfile(totals, numbered_keys(codes, repeat_base, narrow=self.narrow))


@dataclass(frozen=True)
class RunProfile:
    """The character n-grams of a run of joined sentences (``ChrfScorer``), as sorted distinct integers.

    ``totals`` counts the n-grams per order. ``keys`` holds every n-gram *occurrence*,
    each repeat numbered apart (``numbered_keys``): two runs share exactly
    ``min(count, count)`` keys of each n-gram, so sacrebleu's clipped match count is the
    number of keys they share (``shared_counts``), found by merging two sorted arrays in
    numpy rather than by a Python loop.
    """

    totals: tuple[int, ...]
    keys: np.ndarray


@dataclass(frozen=True)
class OneToOneScores:
    """1-1 cells scored at once (``ChrfScorer.score_band``): cell k pairs translated ``rows[k]`` with other
    ``columns[k]``; ``matches[k]`` are its clipped matches per order, ``forward[k]`` and ``backward[k]`` its
    ``both_directions``."""

    rows: np.ndarray
    columns: np.ndarray
    matches: np.ndarray
    forward: np.ndarray
    backward: np.ndarray


def _encode(streams: list[_Stream]) -> list[int]:
    """Give the streams n-gram codes shared by both; returns where each order's codes begin (and where the last
    ones end).

    Codes pack an n-gram's characters, ranked in the streams' alphabet, in base alphabet
    size + 1 (rank 0 unused, so order n fills [base**(n-1), base**n)); n-grams are looked
    up in a table instead when a numbered key (code times the longest stream, see
    ``numbered_keys``) could pass int64: an alphabet of hundreds of characters.
    """
    characters = np.frombuffer("".join(stream.text for stream in streams).encode("utf-32-le"), dtype=np.uint32)
    alphabet, ranks = np.unique(characters, return_inverse=True)
    base = len(alphabet) + 1
    if base**CHAR_ORDER * _repeat_base(streams) > _LARGEST_CODE:
        return _encode_by_lookup(streams)
    ranks = ranks.astype(np.int64) + 1
    offset = 0
    for stream in streams:
        stream_ranks = ranks[offset : offset + len(stream.text)]
        offset += len(stream.text)
        codes = [stream_ranks]
        for order in range(2, CHAR_ORDER + 1):
            codes.append(codes[-1][:-1] * base + stream_ranks[order - 1 :])
        stream.codes = codes
    return [base**order for order in range(CHAR_ORDER + 1)]


def _encode_by_lookup(streams: list[_Stream]) -> list[int]:
    """``_encode`` for a large alphabet: each distinct n-gram of an order gets the next code of that order's range."""
    tables: list[dict[str, int]] = [{} for _ in range(CHAR_ORDER)]
    local = [
        [[table.setdefault(stream.text[p : p + order], len(table)) for p in range(len(stream.text) - order + 1)]
         for order, table in zip(range(1, CHAR_ORDER + 1), tables)]
        for stream in streams
    ]
    bounds = [1]
    for table in tables:
        bounds.append(bounds[-1] + len(table))
    # at most 6 codes per character times the characters: past int64 only beyond a billion characters,
    # which no input reaches (``bilingo.read.MAX_BYTES`` is 20 MiB)
    assert bounds[-1] * _repeat_base(streams) <= _LARGEST_CODE
    for stream, codes in zip(streams, local):
        stream.codes = [np.array(order_codes, dtype=np.int64) + bound for order_codes, bound in zip(codes, bounds)]
    return bounds


def _encode_dense(streams: list[_Stream]) -> list[int]:
    """``_encode`` with dense codes: the distinct n-grams of order n get consecutive codes, ``[bounds[n - 1],
    bounds[n])``. Returns the bounds.

    Dense codes let ``ChrfScorer.score_band`` count shared n-grams in a plain array
    indexed by code. An n-gram of order n is identified by the code of its first n - 1
    characters and its last character; a table over those pairs (or, past a few million
    pairs, a sort) numbers the distinct ones. Streams are laid end to end: the few
    n-grams across the seam get codes too, unused.
    """
    characters = np.frombuffer("".join(stream.text for stream in streams).encode("utf-32-le"), dtype=np.uint32)
    seen = np.zeros(int(characters.max()) + 1 if len(characters) else 0, dtype=bool)
    seen[characters] = True
    ranks = (np.cumsum(seen) - 1)[characters]
    alphabet = int(seen.sum())
    codes, distinct = [ranks], [alphabet]
    for order in range(2, CHAR_ORDER + 1):
        pairs = codes[-1][:-1] * alphabet + ranks[order - 1 :]
        width = distinct[-1] * alphabet
        if width <= _DENSE_TABLE_LIMIT:
            seen = np.zeros(width, dtype=bool)
            seen[pairs] = True
            present = np.flatnonzero(seen)
            table = np.empty(width, dtype=np.int32)  # only the entries at ``present`` are ever read
            table[present] = np.arange(len(present), dtype=np.int32)
            codes.append(table[pairs].astype(np.int64))
            distinct.append(len(present))
        else:
            present, inverse = np.unique(pairs, return_inverse=True)
            codes.append(inverse.astype(np.int64).ravel())
            distinct.append(len(present))
    bounds = [0]
    for count in distinct:
        bounds.append(bounds[-1] + count)
    for stream in streams:
        stream.narrow = bounds[-1] <= 2**31
    offset = 0
    for stream in streams:
        stream.codes = [order_codes[offset : offset + max(0, len(stream.text) - order)] + bound
                        for order, (order_codes, bound) in enumerate(zip(codes, bounds))]
        offset += len(stream.text)
    return bounds


def _repeat_base(streams: list[_Stream]) -> int:
    """More than any repeat number: no n-gram occurs in a run more often than the longest stream has characters."""
    return max(len(stream.text) for stream in streams) + 1


def _flat_codes(stream: _Stream) -> tuple[np.ndarray, list[int]]:
    """``stream``'s codes of every order end to end, and where each order begins (made once, when asked)."""
    if stream.flat_codes is None:
        stream.flat_codes = np.concatenate(stream.codes) if stream.codes else np.zeros(0, dtype=np.int64)
        stream.flat_offsets = np.concatenate(([0], np.cumsum([len(codes) for codes in stream.codes]))).tolist()
    return stream.flat_codes, stream.flat_offsets


def _join_codes(stream: _Stream) -> tuple[np.ndarray, list[int]]:
    """The codes of the n-grams across each join of two neighbouring sentences, for all joins at once: those of
    the join after sentence s are ``codes[offsets[s] : offsets[s + 1]]``.

    An n-gram of order o across the join starts d characters before it (1 <= d < o) and
    must lie within the two sentences. A merge is a run of two sentences, so this is all
    ``_run_matches`` needs for the n-grams across its join: one slice instead of a few
    ranges built per merge.
    """
    flat_codes, flat_offsets = _flat_codes(stream)
    starts = np.asarray(stream.starts, dtype=np.int64)
    joins, begins, ends = starts[1:-1], starts[:-2], starts[2:]
    shifts = [(order, back) for order in range(2, CHAR_ORDER + 1) for back in range(order - 1, 0, -1)]
    order = np.array([o for o, _ in shifts], dtype=np.int64)
    back = np.array([d for _, d in shifts], dtype=np.int64)
    first = joins[:, None] - back[None, :]  # (joins, shifts): where each n-gram across the join starts
    valid = (first >= begins[:, None]) & (first + order[None, :] <= ends[:, None])
    positions = first + np.array(flat_offsets, dtype=np.int64)[order - 1][None, :]
    offsets = np.concatenate(([0], np.cumsum(valid.sum(axis=1)))).tolist()
    return flat_codes[positions[valid]], offsets


class ChrfScorer:
    """Memoized chrF between runs of ``translated`` sentences and runs of ``other`` sentences.

    ``translated[i]`` is the MT of sentence i of one version; ``other[j]`` is sentence j of
    the other version. ``score((i,), (j, j + 1))`` is exactly
    ``similarity(translated[i], other[j] + " " + other[j + 1])``. Index runs must be
    contiguous and increasing (what alignment beads are).
    """

    def __init__(self, translated: list[str], other: list[str], dense_codes: bool = False,
                 other_layout: SingleLayout | None = None):
        self.translated = translated
        self.other = other
        self._streams = {"translated": _Stream(translated), "other": _Stream(other)}
        streams = list(self._streams.values())
        order_bounds = _encode_dense(streams) if dense_codes else _encode(streams)
        self._dense_codes = dense_codes
        self._other_layout = other_layout  # ``other``'s ``SingleLayout``, when prepared (``score_band``)
        self._repeat_base = _repeat_base(streams)
        self._key_bounds = np.array(order_bounds, dtype=np.int64) * self._repeat_base
        self._profiles: dict[tuple[str, int, int], RunProfile] = {}
        self._counts: np.ndarray | None = None  # the count array of ``score_band`` and ``_run_matches``
        self._matches: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[int, ...]] = {}
        self._scores: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[float, float]] = {}

    def profile(self, side: str, indices: tuple[int, ...]) -> RunProfile:
        """The n-gram profile of the joined sentences ``indices`` of ``side`` ("translated" or "other")."""
        stream = self._streams[side]
        if len(indices) == 1 and stream.numbered:
            begin, end = stream.key_starts[indices[0]], stream.key_starts[indices[0] + 1]
            keys = stream.single_codes[begin:end] * self._repeat_base + stream.single_repeats[begin:end]
            return RunProfile(self.totals(side, indices), keys)
        key = (side, indices[0], indices[-1])
        found = self._profiles.get(key)
        if found is None:
            found = self._profiles[key] = self._streams[side].profile(indices[0], indices[-1], self._repeat_base)
        return found

    def score_band(self, cells: dict[int, list[tuple[int, int]]], remember: bool = True) -> OneToOneScores | None:
        """Score many 1-1 cells at once: ``cells[i]`` lists ranges ``(first, last)`` of other sentences to score
        translated sentence ``i`` against. Returns the cells in that order (``OneToOneScores``), and
        with ``remember`` also memoises each cell as ``matches`` and ``both_directions`` would.

        Needs dense codes (``dense_codes=True``). A count array indexed by n-gram code holds
        how often each n-gram occurs in sentence i; an occurrence of the other sentence
        numbered k (its k-th repeat, from 0) is matched exactly when i has more than k of
        it, so the clipped match counts of a whole row come from one gather and compare,
        and chrF of every cell from one ``chrf_many``. The counts, hence the scores, are
        those of ``matches``.
        """
        assert self._dense_codes, "score_band needs a ChrfScorer built with dense_codes=True"
        translated, other = self._streams["translated"], self._streams["other"]
        for stream, layout in ((translated, None), (other, self._other_layout)):
            if not stream.numbered:
                stream.number_singles(layout)
        distinct_codes, counts, distinct_starts = translated.distinct_codes, translated.distinct_counts, translated.distinct_starts
        other_codes, other_repeats, other_starts = other.single_codes, other.single_repeats, other.key_starts
        if self._counts is None:
            self._counts = np.zeros(int(self._key_bounds[-1] // self._repeat_base), dtype=np.int32)
        held = self._counts  # n-gram code -> occurrences in the sentence or run at hand; all 0 between uses
        cells = {i: [(first, last) for first, last in ranges if first <= last] for i, ranges in cells.items()}
        spans = [(i, first, last) for i, ranges in cells.items() for first, last in ranges]
        if not spans:
            return None
        span_rows, firsts, lasts = (np.array(values, dtype=np.int64) for values in zip(*spans))
        begins, ends = other_starts[firsts], other_starts[lasts + 1]
        span_starts = np.concatenate(([0], np.cumsum(ends - begins)))
        # whether each queried occurrence matches, as bytes (numpy writes a comparison's bools several times faster
        # than it casts them to integers), and one False after them (see below)
        hits = np.zeros(int(span_starts[-1]) + 1, dtype=bool)
        position = 0
        row_bounds, other_bounds, greater = distinct_starts, other_starts.tolist(), np.greater
        for i, ranges in cells.items():
            row_codes = distinct_codes[row_bounds[i] : row_bounds[i + 1]]
            held[row_codes] = counts[row_bounds[i] : row_bounds[i + 1]]
            for first, last in ranges:
                begin, end = other_bounds[first], other_bounds[last + 1]
                greater(held.take(other_codes[begin:end]), other_repeats[begin:end], out=hits[position : position + end - begin])
                position += end - begin
            held[row_codes] = 0
        widths = lasts - firsts + 1
        row = np.repeat(span_rows, widths)
        offset_in_span = np.arange(int(widths.sum())) - np.repeat(np.cumsum(widths) - widths, widths)
        column = np.repeat(firsts, widths) + offset_in_span
        hypothesis, reference = translated.order_totals[row], other.order_totals[column]
        # the cells' occurrences lie end to end in ``hits``, each cell's orders in turn: the matches of an order are
        # the hits summed from where it starts to where the next begins (the last up to the closing False). An
        # order with no n-gram starts where the next does, and ``reduceat`` then gives the element there: 0 instead
        order_begins = other.order_starts[column][:, :-1] + np.repeat(span_starts[:-1] - begins, widths)[:, None]
        summed = np.add.reduceat(hits.view(np.uint8), order_begins.ravel(), dtype=np.int32).reshape(order_begins.shape)
        matches = np.where(reference > 0, summed, 0).astype(np.int64)
        forward = chrf_many(hypothesis, reference, matches)
        backward = chrf_many(reference, hypothesis, matches)
        if remember:
            for i, j, counts, scores in zip(row.tolist(), column.tolist(), matches.tolist(),
                                            zip(forward.tolist(), backward.tolist())):
                self._matches[(i,), (j,)] = tuple(counts)
                self._scores[(i,), (j,)] = scores
        return OneToOneScores(row, column, matches, forward, backward)

    def matches(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> tuple[int, ...]:
        """Clipped n-gram match counts per order (memoized)."""
        key = (translated_indices, other_indices)
        found = self._matches.get(key)
        if found is None and self._counts is not None and len(other_indices) == 1:
            found = self._matches[key] = self._run_matches("translated", translated_indices, "other", other_indices[0])
        elif found is None and self._counts is not None and len(translated_indices) == 1:
            found = self._matches[key] = self._run_matches("other", other_indices, "translated", translated_indices[0])
        if found is None:
            found = self._matches[key] = shared_counts(
                self.profile("translated", translated_indices).keys, self.profile("other", other_indices).keys,
                self._key_bounds,
            )
        return found

    def _run_matches(self, run_side: str, run: tuple[int, ...], single_side: str, single: int) -> tuple[int, ...]:
        """``matches`` of a run of joined sentences against one sentence of the other side, without the run's
        sorted profile (after ``score_band``, dense codes).

        Clipped matches are symmetric, so the run's n-gram counts go in the count array
        (its sentences' counts plus the n-grams across each join) and the single sentence's
        numbered occurrences are looked up there, as in ``score_band``. The sentences of a
        run have their distinct codes side by side, so they are added in one ``np.add.at``
        (which counts a code twice when both hold it); the DP asks this of hundreds of merges,
        each a few microseconds of numpy calls, so fewer calls is what makes it cheaper.
        """
        stream, counts = self._streams[run_side], self._counts
        bounds = stream.distinct_starts
        run_codes = stream.distinct_codes[bounds[run[0]] : bounds[run[-1] + 1]]
        np.add.at(counts, run_codes, stream.distinct_counts[bounds[run[0]] : bounds[run[-1] + 1]])
        across = self._across_codes(stream, run)
        np.add.at(counts, across, 1)
        other = self._streams[single_side]
        if other.local_order_starts is None:
            other.local_order_starts = other.order_starts - other.key_starts[:-1, None]
            other.key_bounds = other.key_starts.tolist()
        first, last = other.key_bounds[single], other.key_bounds[single + 1]
        hits = np.flatnonzero(np.greater(counts.take(other.single_codes[first:last]), other.single_repeats[first:last]))
        shared = np.searchsorted(hits, other.local_order_starts[single]).tolist()  # the hits before each order's first
        counts[run_codes] = 0
        counts[across] = 0
        return tuple([after - before for before, after in zip(shared, shared[1:])])

    def _across_codes(self, stream: _Stream, run: tuple[int, ...]) -> np.ndarray:
        """The codes of a run's n-grams that start in one of its sentences and end in a later one (with repeats),
        gathered at once from the stream's codes laid end to end (for a run of two, from ``_join_codes``)."""
        if len(run) == 2:
            if stream.join_codes is None:
                stream.join_codes, stream.join_offsets = _join_codes(stream)
            return stream.join_codes[stream.join_offsets[run[0]] : stream.join_offsets[run[0] + 1]]
        flat_codes, flat_offsets = _flat_codes(stream)
        begin, end = stream.starts[run[0]], stream.starts[run[-1] + 1]
        joins = stream.starts[run[0] + 1 : run[-1] + 1]
        positions = []
        for order in range(2, CHAR_ORDER + 1):
            offset = flat_offsets[order - 1]
            starts = set()  # a position can cross two joins (a sentence shorter than the order between them)
            for join in joins:
                starts.update(range(max(begin, join - order + 1), min(join - 1, end - order) + 1))
            positions += [offset + start for start in sorted(starts)]
        return flat_codes[positions]

    def lengths(self, side: str) -> list[int]:
        """Each sentence's length without whitespace (the characters chrF counts) on ``side``."""
        starts = self._streams[side].starts
        return [end - begin for begin, end in zip(starts, starts[1:])]

    def run_totals(self, side: str, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        """``totals`` of many runs at once: row k counts the n-grams of sentences ``first[k]``..``last[k]`` joined."""
        starts = np.asarray(self._streams[side].starts, dtype=np.int64)
        lengths = starts[last + 1] - starts[first]
        return np.maximum(0, lengths[:, None] - np.arange(CHAR_ORDER)[None, :])

    def totals(self, side: str, indices: tuple[int, ...]) -> tuple[int, ...]:
        """Number of n-grams per order of the joined sentences ``indices`` of ``side`` (no profile needed)."""
        starts = self._streams[side].starts
        return ngram_totals(starts[indices[-1] + 1] - starts[indices[0]])

    def both_directions(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> tuple[float, float]:
        """chrF with the translation as hypothesis, and chrF with the roles exchanged."""
        key = (translated_indices, other_indices)
        found = self._scores.get(key)
        if found is None:
            hypothesis = self.totals("translated", translated_indices)
            reference = self.totals("other", other_indices)
            matches = self.matches(translated_indices, other_indices)
            found = self._scores[key] = chrf_both(hypothesis, reference, matches)
        return found

    def merge_bounds(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> tuple[float, float]:
        """Upper bounds of ``both_directions`` for a bead with two sentences on one side, from its parts alone.

        If sentence A and B are joined against C, each n-gram's clipped match
        ``min(a + b + x, c)`` is at most ``min(a, c) + min(b, c) + x``, x counting the
        n-grams that cross the join; so the joined run's matches are at most the sum of
        the parts' matches plus the crossing n-grams, and chrF rises with matches. The
        aligner uses this to skip merges that cannot win without building the joined
        run's profile.
        """
        hypothesis = self.totals("translated", translated_indices)
        reference = self.totals("other", other_indices)
        if len(translated_indices) == 2:
            parts = [((i,), other_indices) for i in translated_indices]
            joined, part_totals = hypothesis, [self.totals("translated", (i,)) for i in translated_indices]
        else:
            parts = [(translated_indices, (j,)) for j in other_indices]
            joined, part_totals = reference, [self.totals("other", (j,)) for j in other_indices]
        first, second = (self.matches(*part) for part in parts)
        bound = tuple(
            min(m1 + m2 + total - t1 - t2, h, r)
            for m1, m2, total, t1, t2, h, r in zip(first, second, joined, *part_totals, hypothesis, reference)
        )
        return chrf_both(hypothesis, reference, bound)

    def score(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> float:
        """chrF of the translation (hypothesis) against the other side (reference), in [0, 1]."""
        return self.both_directions(translated_indices, other_indices)[0]


@dataclass(frozen=True)
class SingleLayout:
    """Where ``_Stream.number_singles`` puts each n-gram occurrence of one side's sentences, and how it numbers
    them, computed from that side alone (``single_layout``).

    The layout depends only on which n-grams are equal and how their codes order, not on
    the codes themselves: the codes of ``_encode_dense`` order n-grams by order, then by
    their characters' code points, whatever n-grams the other side brings, and so do the
    codes of this side encoded alone. So the aligner can lay out the untranslated side
    while the translator works; afterwards ``number_singles`` only gathers the joint codes
    (``gather``: positions in the stream's codes, orders end to end) and keeps the rest.
    """

    gather: np.ndarray
    repeats: np.ndarray
    distinct: np.ndarray  # positions in ``gather`` of each sentence's distinct n-grams (the last of each run)
    distinct_counts: np.ndarray
    distinct_starts: list[int]
    key_starts: np.ndarray
    order_totals: np.ndarray
    order_starts: np.ndarray



def single_layout(texts: list[str]) -> SingleLayout:
    """The ``SingleLayout`` of ``texts`` (one side's sentences, not empty): their stream encoded alone, each
    sentence's n-grams ordered by a stable argsort (which says where each sorted occurrence came from: ``gather``)
    instead of ``number_singles``' sort, then numbered as ``number_singles`` numbers them.

    The aligner makes it for the untranslated side while the translator works
    (``bilingo.align.prepare_alignment``) and hands it to ``ChrfScorer(other_layout=...)``."""
    stream = _Stream(texts)
    _encode_dense([stream])
    positions, totals, key_starts = _single_positions(stream)
    all_codes = np.concatenate(stream.codes)
    local = all_codes[positions]
    gather = np.empty_like(positions)
    for begin, end in zip(key_starts[:-1].tolist(), key_starts[1:].tolist()):
        gather[begin:end] = positions[begin:end][np.argsort(local[begin:end], kind="stable")]
    stream._number_sorted_singles(all_codes[gather], totals, key_starts)
    distinct = np.cumsum(stream.distinct_counts, dtype=np.int64) - 1  # each run of equal codes ends there
    return SingleLayout(gather, stream.single_repeats, distinct, stream.distinct_counts, stream.distinct_starts,
                        stream.key_starts, stream.order_totals, stream.order_starts)


def _single_positions(stream: _Stream) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where every single sentence's n-grams lie in ``stream``'s codes end to end (``np.concatenate(stream.codes)``),
    sentence after sentence and each sentence's orders in turn; with their counts per sentence and order (an array
    of shape (sentences, orders)) and where each sentence's begin among the positions (and the last one ends).

    What ``number_singles`` gathers the codes by, and ``single_layout`` its ``gather`` from."""
    starts = np.array(stream.starts, dtype=np.int64)
    lengths = starts[1:] - starts[:-1]
    totals = np.maximum(0, lengths[:, None] - np.arange(CHAR_ORDER)[None, :])  # (sentences, orders)
    order_offsets = np.concatenate(([0], np.cumsum([len(codes) for codes in stream.codes])))[:-1]
    flat_totals = totals.ravel()
    segment_starts = np.concatenate(([0], np.cumsum(flat_totals)))
    first_code = (starts[:-1, None] + order_offsets[None, :]).ravel()  # where each (sentence, order) segment reads
    positions = np.repeat(first_code - segment_starts[:-1], flat_totals) + np.arange(int(segment_starts[-1]))
    return positions, totals, segment_starts[::CHAR_ORDER]
