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


def similarity(hypothesis: str, reference: str) -> float:
    """Sentence chrF of ``hypothesis`` (a translation) against ``reference``, in [0, 1].

    Equal to ``sacrebleu.sentence_chrf(hypothesis, [reference]).score / 100`` (the same
    counts and arithmetic; tests/test_score.py checks it). A one-sentence ``ChrfScorer``:
    its numpy n-grams cost less than pure-Python string n-grams even for one pair.
    """
    return ChrfScorer([hypothesis], [reference]).score((0,), (0,))


def chrf(hypothesis_totals: tuple[int, ...], reference_totals: tuple[int, ...], matches: tuple[int, ...]) -> float:
    """chrF in [0, 1] from per-order n-gram counts and clipped matches.

    The arithmetic of sacrebleu's ``CHRF._compute_f_score`` (effective-order averaging of
    precision and recall, then F-beta, then the /100 of ``similarity``), inlined: it is
    called tens of thousands of times per document.
    """
    precision_sum = recall_sum = 0.0
    effective_order = 0
    for hypothesis_total, reference_total, matched in zip(hypothesis_totals, reference_totals, matches):
        if hypothesis_total > 0 and reference_total > 0:
            precision_sum += matched / hypothesis_total
            recall_sum += matched / reference_total
            effective_order += 1
    if effective_order == 0:
        return 0.0
    precision = precision_sum / effective_order
    recall = recall_sum / effective_order
    if not precision + recall:
        return 0.0
    score = (1 + _FACTOR) * precision * recall
    score /= (_FACTOR * precision) + recall
    return 100 * score / 100


@lru_cache(maxsize=4096)
def ngram_totals(length: int) -> tuple[int, ...]:
    """Number of character n-grams per order of a whitespace-free text of ``length`` characters (memoised: the
    aligner asks for it tens of thousands of times per document, for a few hundred distinct lengths)."""
    return tuple(max(0, length - order + 1) for order in range(1, CHAR_ORDER + 1))


def numbered_keys(codes: np.ndarray, repeat_base: int) -> np.ndarray:
    """Each n-gram occurrence of ``codes`` as one distinct integer: ``code * repeat_base + k`` for its k-th
    repeat (k from 0, below ``repeat_base``), sorted.

    Sorting puts repeats side by side; a repeat's number is its distance from the first
    of its run of equal codes. Sorted codes numbered this way stay sorted.
    """
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

    def profile(self, first: int, last: int, repeat_base: int) -> RunProfile:
        """The n-gram profile of sentences ``first``..``last`` joined: its n-grams, every order at once, numbered."""
        begin, end = self.starts[first], self.starts[last + 1]
        totals = ngram_totals(end - begin)
        codes = np.concatenate([self.codes[order][begin : begin + total] for order, total in enumerate(totals)])
        return RunProfile(totals, numbered_keys(codes, repeat_base))


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


def _repeat_base(streams: list[_Stream]) -> int:
    """More than any repeat number: no n-gram occurs in a run more often than the longest stream has characters."""
    return max(len(stream.text) for stream in streams) + 1


class ChrfScorer:
    """Memoized chrF between runs of ``translated`` sentences and runs of ``other`` sentences.

    ``translated[i]`` is the MT of sentence i of one version; ``other[j]`` is sentence j of
    the other version. ``score((i,), (j, j + 1))`` is exactly
    ``similarity(translated[i], other[j] + " " + other[j + 1])``. Index runs must be
    contiguous and increasing (what alignment beads are).
    """

    def __init__(self, translated: list[str], other: list[str]):
        self.translated = translated
        self.other = other
        self._streams = {"translated": _Stream(translated), "other": _Stream(other)}
        streams = list(self._streams.values())
        order_bounds = _encode(streams)
        self._repeat_base = _repeat_base(streams)
        self._key_bounds = np.array(order_bounds, dtype=np.int64) * self._repeat_base
        self._profiles: dict[tuple[str, int, int], RunProfile] = {}
        self._matches: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[int, ...]] = {}
        self._scores: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[float, float]] = {}

    def profile(self, side: str, indices: tuple[int, ...]) -> RunProfile:
        """The n-gram profile of the joined sentences ``indices`` of ``side`` ("translated" or "other")."""
        key = (side, indices[0], indices[-1])
        found = self._profiles.get(key)
        if found is None:
            found = self._profiles[key] = self._streams[side].profile(indices[0], indices[-1], self._repeat_base)
        return found

    def matches(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> tuple[int, ...]:
        """Clipped n-gram match counts per order (memoized)."""
        key = (translated_indices, other_indices)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = shared_counts(
                self.profile("translated", translated_indices).keys, self.profile("other", other_indices).keys,
                self._key_bounds,
            )
        return found

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
            found = self._scores[key] = (chrf(hypothesis, reference, matches), chrf(reference, hypothesis, matches))
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
        return chrf(hypothesis, reference, bound), chrf(reference, hypothesis, bound)

    def score(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> float:
        """chrF of the translation (hypothesis) against the other side (reference), in [0, 1]."""
        return self.both_directions(translated_indices, other_indices)[0]
