"""Similarity between a machine translation and the other side's text: sentence chrF.

bilingo compares ``translation`` (the MT of one version's sentence) with ``reference``
(the other version's sentence) by sacrebleu's sentence-level chrF (chrF2: character
n-grams up to 6, beta 2, whitespace ignored), scaled to [0, 1]. Character n-grams suit
Apertium's literal, often ungrammatical output: the content words and names survive.

``similarity`` scores one pair, from the n-gram profiles of its two texts (memoised for
the last few texts: the rules score one sentence against several variants of another).
The aligner needs thousands of scores per document,
including concatenations of two neighbouring sentences (2-1 and 1-2 beads), so
``ChrfScorer`` works on whole documents:

* each side's sentences, whitespace removed (as chrF does), are laid end to end in one
  stream, and every character n-gram of the stream is computed at once with numpy as an
  integer code (characters ranked in a shared alphabet, an n-gram packed in base
  alphabet size). The n-grams of a run of joined sentences are then simply the stream's
  n-grams inside the run's span: the parts' n-grams plus those crossing the join, with
  nothing re-extracted;
* a run's profile holds, per order, the set of its n-gram *occurrences*, each repeat of
  an n-gram numbered apart (``NumberedProfile``), so that sacrebleu's clipped match count is
  exactly the size of a C set intersection; the numbering is done for all orders at once
  by one numpy sort of the run's codes;
* the score is sacrebleu's own formula, with the same floating-point operations, so
  ``ChrfScorer`` equals ``sacrebleu.sentence_chrf`` exactly (tests/test_score.py checks it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sacrebleu.metrics import CHRF

_CHRF = CHRF()  # chrF2 with sacrebleu's defaults; part of the report's meaning, never tuned here
CHAR_ORDER = _CHRF.char_order
_FACTOR = _CHRF.beta**2
_LARGEST_CODE = 2**63 - 1  # n-gram codes are int64
TEXT_PROFILES_KEPT = 128  # a profile is tens of KiB: keep only the texts just scored


def similarity(hypothesis: str, reference: str) -> float:
    """Sentence chrF of ``hypothesis`` (a translation) against ``reference``, in [0, 1].

    Equal to ``sacrebleu.sentence_chrf(hypothesis, [reference]).score / 100`` (the same
    counts and arithmetic; tests/test_score.py checks it).
    """
    hypothesis_profile, reference_profile = text_profile(hypothesis), text_profile(reference)
    return chrf(hypothesis_profile.totals, reference_profile.totals, hypothesis_profile.matches(reference_profile))


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


@dataclass(frozen=True)
class NgramProfile:
    """The character n-grams of one text (``similarity``), ready to intersect.

    Per order n (index n-1): ``totals`` is the number of n-grams, ``distinct`` the set of
    distinct n-grams and ``repeated`` the count of each n-gram occurring more than once.
    sacrebleu's clipped match count, the sum over shared n-grams of ``min(count, count)``,
    is then one C set intersection plus a short loop over n-grams repeated on both sides
    (a handful of letters and letter pairs), not a loop over every n-gram.
    """

    totals: tuple[int, ...]
    distinct: tuple[frozenset, ...]
    repeated: tuple[dict, ...]

    @classmethod
    def of_ngrams(cls, ngrams_by_order: list[list]) -> "NgramProfile":
        distinct = tuple(map(frozenset, ngrams_by_order))
        repeated = tuple(
            {ngram: count for ngram, count in Counter(ngrams).items() if count > 1} if len(unique) < len(ngrams) else {}
            for ngrams, unique in zip(ngrams_by_order, distinct)
        )
        return cls(tuple(map(len, ngrams_by_order)), distinct, repeated)

    def matches(self, other: "NgramProfile") -> tuple[int, ...]:
        """Clipped match counts per order between this profile and ``other``."""
        matches = list(map(len, map(frozenset.intersection, self.distinct, other.distinct)))
        for order, (mine, theirs) in enumerate(zip(self.repeated, other.repeated)):
            if mine and theirs:
                for ngram in mine.keys() & theirs.keys():
                    matches[order] += min(mine[ngram], theirs[ngram]) - 1
        return tuple(matches)


@dataclass(frozen=True)
class NumberedProfile:
    """The character n-grams of a run of joined sentences, each repeat numbered apart (``ChrfScorer``).

    Per order n (index n-1): ``totals`` is the number of n-grams and ``occurrences`` the
    set of the n-gram *occurrences*: the first occurrence of n-gram g is g itself, its
    k-th repeat (k >= 1) is ``g + k * multiplier`` for the aligner's integer codes (above
    every code) or ``(g, k)`` for string n-grams. Two runs share exactly
    ``min(count, count)`` occurrences of each n-gram, so sacrebleu's clipped match count
    is the size of one C set intersection per order, with no Python loop: what the
    aligner's tens of thousands of comparisons need. (Numbering costs more to build than
    ``NgramProfile`` in pure Python, so one-off texts use that.)
    """

    totals: tuple[int, ...]
    occurrences: tuple[frozenset, ...]

    @classmethod
    def of_ngrams(cls, ngrams_by_order: list[list]) -> "NumberedProfile":
        return cls(tuple(map(len, ngrams_by_order)), tuple(map(numbered_occurrences, ngrams_by_order)))

    def matches(self, other: "NumberedProfile") -> tuple[int, ...]:
        """Clipped match counts per order between this profile and ``other``."""
        return tuple(map(len, map(frozenset.intersection, self.occurrences, other.occurrences)))


def numbered_occurrences(ngrams: list) -> frozenset:
    """The n-grams as a set with every repeat a distinct element: g, then (g, 1), (g, 2)..."""
    counts = Counter(ngrams)
    occurrences = set(counts)
    if len(counts) < len(ngrams):
        occurrences.update((ngram, repeat) for ngram, count in counts.items() if count > 1 for repeat in range(1, count))
    return frozenset(occurrences)


def numbered_codes(codes: np.ndarray, multiplier: int) -> np.ndarray:
    """``numbered_occurrences`` for integer codes, sorted: the k-th repeat of code c becomes ``c + k * multiplier``.

    Sorting puts repeats side by side; a repeat's number is its distance from the first
    of its run of equal codes.
    """
    ordered = np.sort(codes)
    if len(ordered) < 2:
        return ordered
    positions = np.arange(len(ordered))
    first_of_run = np.empty(len(ordered), dtype=bool)
    first_of_run[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first_of_run[1:])
    repeat = positions - np.maximum.accumulate(np.where(first_of_run, positions, 0))
    return ordered + repeat * multiplier


@lru_cache(maxsize=4096)
def ngram_totals(length: int) -> tuple[int, ...]:
    """Number of character n-grams per order of a whitespace-free text of ``length`` characters (memoised: the
    aligner asks for it tens of thousands of times per document, for a few hundred distinct lengths)."""
    return tuple(max(0, length - order + 1) for order in range(1, CHAR_ORDER + 1))


@lru_cache(maxsize=TEXT_PROFILES_KEPT)
def text_profile(text: str) -> NgramProfile:
    """The character n-gram profile of one text, whitespace removed as chrF removes it."""
    stripped = "".join(text.split())
    return NgramProfile.of_ngrams(
        [[stripped[p : p + order] for p in range(len(stripped) - order + 1)] for order in range(1, CHAR_ORDER + 1)]
    )


class _Stream:
    """One side's whitespace-free sentences end to end, with every character n-gram of the stream.

    ``codes[n-1][p]`` is the code of the n-gram starting at stream position p (None when
    the alphabet is too large for int64 codes; the n-grams are then string slices). A
    code packs the n-gram's character ranks (1 to base - 1) in base ``base``, so the
    codes of order n lie in [base**(n-1), base**n): the orders never share a code.
    """

    def __init__(self, texts: list[str]):
        stripped = ["".join(text.split()) for text in texts]
        self.starts = [0]
        for text in stripped:
            self.starts.append(self.starts[-1] + len(text))
        self.text = "".join(stripped)
        self.codes: list[np.ndarray] | None = None
        self.base = 0

    def ngrams(self, first: int, last: int, order: int) -> list:
        """The n-grams of order ``order`` of sentences ``first``..``last`` joined."""
        begin, end = self.starts[first], self.starts[last + 1]
        count = end - begin - order + 1
        if count <= 0:
            return []
        if self.codes is None:
            return [self.text[p : p + order] for p in range(begin, begin + count)]
        return self.codes[order - 1][begin : begin + count].tolist()

    def profile(self, first: int, last: int) -> NumberedProfile:
        """The n-gram profile of sentences ``first``..``last`` joined.

        With codes, every order's n-grams are numbered at once (``numbered_codes``, the
        repeat number multiplied by base**CHAR_ORDER, above every code) and, sorted,
        fall into one slice per order (orders never share a code). Without codes the
        string n-grams are numbered in Python.
        """
        if self.codes is None:
            return NumberedProfile.of_ngrams([self.ngrams(first, last, order) for order in range(1, CHAR_ORDER + 1)])
        begin, end = self.starts[first], self.starts[last + 1]
        totals = ngram_totals(end - begin)
        codes = np.concatenate([self.codes[order][begin : begin + total] for order, total in enumerate(totals)])
        numbered = numbered_codes(codes, self.base**CHAR_ORDER).tolist()
        occurrences = []
        start = 0
        for total in totals:
            occurrences.append(frozenset(numbered[start : start + total]))
            start += total
        return NumberedProfile(totals, tuple(occurrences))


def _encode(streams: list[_Stream]) -> None:
    """Give the streams n-gram codes over one shared alphabet.

    The streams are left as string slices if a numbered code (an n-gram's code plus its
    repeat number, at most the stream's length, times base**CHAR_ORDER) could pass
    int64: an alphabet of thousands of characters, or gigabytes of text.
    """
    characters = np.frombuffer("".join(stream.text for stream in streams).encode("utf-32-le"), dtype=np.uint32)
    alphabet, ranks = np.unique(characters, return_inverse=True)
    base = len(alphabet) + 1  # rank 0 is unused, so every code of one order is a distinct n-gram
    longest_run = max(len(stream.text) for stream in streams)
    if (longest_run + 1) * base**CHAR_ORDER > _LARGEST_CODE:  # a numbered code (see ``_Stream.profile``) must fit
        return
    ranks = ranks.astype(np.int64) + 1
    offset = 0
    for stream in streams:
        stream_ranks = ranks[offset : offset + len(stream.text)]
        offset += len(stream.text)
        codes = [stream_ranks]
        for order in range(2, CHAR_ORDER + 1):
            codes.append(codes[-1][:-1] * base + stream_ranks[order - 1 :])
        stream.codes = codes
        stream.base = base


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
        _encode(list(self._streams.values()))
        self._profiles: dict[tuple[str, int, int], NumberedProfile] = {}
        self._matches: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[int, ...]] = {}
        self._scores: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[float, float]] = {}

    def profile(self, side: str, indices: tuple[int, ...]) -> NumberedProfile:
        """The n-gram profile of the joined sentences ``indices`` of ``side`` ("translated" or "other")."""
        key = (side, indices[0], indices[-1])
        found = self._profiles.get(key)
        if found is None:
            found = self._profiles[key] = self._streams[side].profile(indices[0], indices[-1])
        return found

    def matches(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> tuple[int, ...]:
        """Clipped n-gram match counts per order (memoized)."""
        key = (translated_indices, other_indices)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = self.profile("translated", translated_indices).matches(
                self.profile("other", other_indices)
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

    def symmetric_score(self, translated_indices: tuple[int, ...], other_indices: tuple[int, ...]) -> float:
        """Mean of chrF in both directions: recall-heavy chrF2 alone forgives an extra sentence
        merged into the hypothesis, which would let a 2-1 bead swallow content present on one side only."""
        forward, backward = self.both_directions(translated_indices, other_indices)
        return (forward + backward) / 2
