"""Monotone sentence alignment of a translated version against the other version.

In the Bleualign family: one side is machine-translated into the other side's language,
every candidate bead is scored by chrF (``bilingo.score``), and a dynamic program picks
the best monotone sequence of beads. Unlike Bleualign and Vecalign, the 1-0 and 0-1
beads (content present in one version only) are first-class results: they are what
bilingo reports.

Beads: 1-1, 2-1, 1-2, 1-0, 0-1 (2-2 optional, off by default). Each bead earns a gain
proportional to the characters it covers (both sides, whitespace ignored):

* a skip (1-0 or 0-1) earns ``settings.skip_score`` per character;
* a match earns its similarity per character, less ``merge_penalty`` for 2-1 and 1-2.

So a 1-1 bead beats two skips exactly when its similarity exceeds ``skip_score``, and a
merge is used only when it beats the 1-1 bead plus a skip it replaces. The similarity in
the DP is chrF averaged over both directions (chrF2 alone is recall-heavy and lets a 2-1
bead swallow an extra sentence). Weighting by characters rather than sentences keeps a
short orphan from riding along in a merge for free. The similarity is nudged by anchors:
numbers and capitalised names found on both sides add a little, numbers that clash
subtract, and a length ratio far from 1 subtracts. The score *returned* for a bead is plain sentence chrF of the translation
against the other side (``bilingo.score.similarity``), what the rules' thresholds mean.

Weighting by characters has a cost: a long sentence matched weakly can outweigh a short one matched well
(a headline). After the DP, an orphan next to a 1-1 bead takes that bead's place when it translates the
bead's other sentence clearly better (``swap_margin``), or when the bead is weak and shares no long word across its
sides while the orphan shares one with the bead's other sentence; see ``_swap_for_the_better_neighbour``. Then a
matched bead takes in the orphans beside it that it translates (``_absorb_neighbouring_orphans``): the DP's
merges stop at two sentences against one, and translators sometimes cut one sentence in three. chrF need not rise
when the last piece joins (it adds unmatched n-grams with its matched ones), so a piece whose words are the other
side's, and not its own side's, joins too (``_words_translated_beside``). Where the paragraphs of both sides are
known, a weak bead is split in two orphans when one of its paragraphs translates nothing of the other version and
the other translates another paragraph (``_apart_across_paragraphs``): a paragraph added to one version next to a
sentence added to the other.

Search is restricted to a band: the full grid for short documents; for long ones a band
around a chain of confident 1-1 anchors (rare shared words, high chrF), widened where
the two sides' sentence counts drift apart, so the cost grows about linearly.

Cost: every 1-1 bead the DP can read is scored in one numpy pass (``_band_tables``), and
so are the merges' gates and upper bounds; the DP itself reads plain lists, and scores a
merge exactly only when its bound can beat the best move into that node so far.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bilingo.score import ChrfScorer, SingleLayout, chrf_many, single_layout

Bead = tuple[tuple[int, ...], tuple[int, ...], "float | None"]


@dataclass(frozen=True)
class LengthGap:
    """When an orphan fills what a matched bead's side lacks in length (``fills_length_gap``). Set on the eval,
    seeds 0-2 (only-in false positives 27, 30 and 28 fell by 7, 8 and 7, recall unchanged) and checked on the dev
    corpus's faithful articles and on sentences dropped from them (see ``fills_length_gap``)."""

    min_score: float = 0.3  # chrF the bead must have: a confident match
    short_before: float = 0.85  # without the orphan, the bead's side is at most this share of the expected length
    balanced_after: float = 1.15  # with it, within this factor of the expected length
    max_score_drop: float = 0.08  # the joined bead's chrF may fall this much (the orphan's words are its own)


@dataclass(frozen=True)
class AlignerParameters:
    """The aligner's internal constants (the thresholds users tune live in ``Settings``)."""

    merge_penalty: float = 0.08  # subtracted from a merge bead's similarity: merges need clear evidence
    number_bonus: float = 0.05  # both sides share a number
    number_clash_penalty: float = 0.10  # both sides have numbers, none shared
    name_bonus: float = 0.03  # both sides share a capitalised name
    length_penalty: float = 0.10  # per unit of |log length ratio| beyond the tolerance
    length_tolerance: float = math.log(1.6)
    merge_gate: float = 0.2  # a merge is scored only if each of its pieces reaches this chrF (either direction)
    allow_two_two: bool = False  # 2-2 beads let a one-sentence shift swallow an orphan
    combine: str = "mean"  # how chrF of both directions combine in the DP: "mean" or "min"
    weight: str = "chars"  # what a bead's gain is proportional to: "chars" or "sentences"
    swap_margin: float = 0.1  # chrF by which an orphan must beat a 1-1 bead beside it to take its place
    # chrF a matched bead must gain to take in orphans beside it: 0.03 cut false positives against 0.05 on the eval
    # at seeds 0, 1 and 2 with recall unchanged; 0.02 cost a dropped sentence in tests/test_coverage.py's edits
    absorb_margin: float = 0.03
    absorb_max_sentences: int = 3  # the most sentences a side of a bead grows to that way
    length_gap: LengthGap = LengthGap()  # when an orphan joins a bead for its length alone
    full_grid_cells: int = 2500  # below this many DP nodes, search the whole grid
    band_margin: int = 3  # sentences either side of the anchor path
    anchor_min_score: float = 0.45  # chrF a 1-1 anchor must reach
    anchor_candidates: int = 2  # other sentences scored per translated sentence when looking for anchors


DEFAULT_PARAMETERS = AlignerParameters()

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LONG_WORD = re.compile(r"\w{4,}")  # the words of 4+ characters (the same runs as ``\w+`` of that length)
# A capitalised word of 3+ letters, not at the start of the text or of a sentence. The capital comes first and
# the conditions on what precedes it are look-behinds past it, so the regex engine scans for capitals only
# (the same matches as "(?<![.!?¿¡\"“«]\s)(?<!^)\b[A-ZÁÉÍÓÚÑ]...", six times faster).
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ](?<!^.)(?<!\w.)(?<![.!?¿¡\"“«]\s.)[\wáéíóúñü'-]{2,}")


@dataclass(frozen=True)
class _Anchors:
    numbers: frozenset[str]
    names: frozenset[str]


_MEMO_SIZE = 2**14  # sentences: both sides of a long article, so ``prepare_alignment``'s work stays until ``align``


@dataclass(frozen=True)
class PreparedSide:
    """What ``align`` needs of the untranslated side, made before the translation exists
    (``prepare_alignment``): the layout of its n-grams and its rare words (``_rare_postings``)."""

    layout: SingleLayout | None
    rare_postings: dict[str, list[int]]


def prepare_alignment(other: list[str]) -> PreparedSide:
    """What ``align`` needs of the untranslated side ``other``, computed while the translator works (check.py
    runs it in its prepare thread and hands the result to ``align``); each sentence's anchors are memoised too."""
    for text in other:
        _anchors(text)
    return PreparedSide(single_layout(other) if other else None, _rare_postings(other))


@lru_cache(maxsize=_MEMO_SIZE)
def _long_words(text: str) -> frozenset[str]:
    """The lowercased words of 4+ characters of ``text``: what ``_anchor_chain`` looks for on the other side."""
    return frozenset(map(str.lower, _LONG_WORD.findall(text)))


def _rare_postings(other: list[str]) -> dict[str, list[int]]:
    """The rare words of ``other`` (in at most 3 of its sentences, ``_long_words``), each with the sentences
    holding it in order: all ``_anchor_chain`` asks of the untranslated side, so ``prepare_alignment`` makes it
    while the translator works."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j, text in enumerate(other):
        for word in _long_words(text):
            postings[word].append(j)
    return {word: found for word, found in postings.items() if len(found) <= 3}


def _without_separators(number: str) -> str:
    """A number's digits without its ``.`` and ``,`` (what ``re.sub(r"[.,]", "", number)`` gives, faster)."""
    return number.replace(".", "").replace(",", "")


@lru_cache(maxsize=_MEMO_SIZE)
def _anchors(text: str) -> _Anchors:
    numbers = frozenset(map(_without_separators, _NUMBER.findall(text)))
    names = frozenset(map(str.lower, _NAME.findall(text)))
    return _Anchors(numbers, names)


class _BeadScorer:
    """Scores candidate beads for the DP, memoized through ``ChrfScorer``."""

    def __init__(self, translated: list[str], other: list[str], parameters: AlignerParameters,
                 prepared: PreparedSide | None = None):
        self.chrf = ChrfScorer(translated, other, dense_codes=True,
                               other_layout=prepared.layout if prepared is not None else None)
        self.rare_postings = prepared.rare_postings if prepared is not None else None  # made when needed
        self.parameters = parameters
        self.translated_anchors = [_anchors(text) for text in translated]
        self.other_anchors = [_anchors(text) for text in other]
        # each sentence's characters but whitespace (what chrF counts): the scorer's streams have them already
        self.translated_lengths = self.chrf.lengths("translated")
        self.other_lengths = self.chrf.lengths("other")
        self._similarities: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}

    def dp_similarity(self, ti: tuple[int, ...], oi: tuple[int, ...]) -> float:
        """The DP's similarity of a bead (memoised: a 1-1 bead is asked for again by merges' detours)."""
        key = (ti, oi)
        found = self._similarities.get(key)
        if found is None:
            found = self._similarities[key] = self._with_anchors(ti, oi, *self.chrf.both_directions(ti, oi))
        return found

    def dp_similarity_bound(self, ti: tuple[int, ...], oi: tuple[int, ...]) -> float:
        """An upper bound of ``dp_similarity`` for a merge bead, from its parts' n-gram matches alone."""
        return self._with_anchors(ti, oi, *self.chrf.merge_bounds(ti, oi))

    def _with_anchors(self, ti: tuple[int, ...], oi: tuple[int, ...], forward: float, backward: float) -> float:
        """The DP's similarity from chrF's two directions and the anchors. A joined run's anchors are its parts':
        it has numbers (shares a number, a name) exactly when one of its parts does, and its length is theirs
        summed, so no joined sets are built (the DP asks this of hundreds of merges, each run once)."""
        p = self.parameters
        value = min(forward, backward) if p.combine == "min" else (forward + backward) / 2
        lefts = [self.translated_anchors[i] for i in ti]
        rights = [self.other_anchors[j] for j in oi]
        if any(left.numbers for left in lefts) and any(right.numbers for right in rights):
            shared = any(not left.numbers.isdisjoint(right.numbers) for left in lefts for right in rights)
            value += p.number_bonus if shared else -p.number_clash_penalty
        if any(not left.names.isdisjoint(right.names) for left in lefts for right in rights):
            value += p.name_bonus
        left_length = sum(self.translated_lengths[i] for i in ti)
        right_length = sum(self.other_lengths[j] for j in oi)
        if left_length and right_length:
            excess = abs(math.log(left_length / right_length)) - p.length_tolerance
            if excess > 0:
                value -= p.length_penalty * excess
        return value

    def with_anchors_many(self, forward: np.ndarray, backward: np.ndarray, left_length: np.ndarray,
                          right_length: np.ndarray, numbered: np.ndarray, share_numbers: np.ndarray,
                          share_names: np.ndarray) -> np.ndarray:
        """``_with_anchors`` of many beads at once, equal bit for bit: the same IEEE operations in the same order.

        ``numbered``: both sides have numbers; ``share_numbers``, ``share_names``: a number,
        a name is on both sides. The logarithm is ``math.log``'s, taken only for the few
        beads whose length ratio can pass the tolerance.
        """
        p = self.parameters
        value = np.minimum(forward, backward) if p.combine == "min" else (forward + backward) / 2
        value = np.where(numbered, value + np.where(share_numbers, p.number_bonus, -p.number_clash_penalty), value)
        value = np.where(share_names, value + p.name_bonus, value)
        measured = (left_length > 0) & (right_length > 0)
        ratio = left_length / np.where(measured, right_length, 1)
        limit = math.exp(p.length_tolerance) * (1 - 1e-6)  # a ratio within [1 / limit, limit] has no excess
        far = np.flatnonzero(measured & ((ratio > limit) | (ratio * limit < 1)))
        # the ratios are ``left / right`` as Python divides them (both lengths are exact in a float64); only the
        # logarithm is taken in Python, the rest is the same IEEE arithmetic in numpy
        log = math.log
        excess = np.array([abs(log(x)) for x in ratio[far].tolist()]) - p.length_tolerance
        value[far] = np.where(excess > 0, value[far] - p.length_penalty * excess, value[far])
        return value

    def worth_merging(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether every piece of a merge resembles the single sentence opposite.

        A piece is judged by the better of chrF's two directions (a half sentence has low
        recall against the whole but high precision). Merges failing this cannot be a split
        sentence, and skipping them avoids most of the cost of concatenation profiles.
        """
        gate = self.parameters.merge_gate
        both_directions = self.chrf.both_directions
        if i1 - i0 > 1:
            other = tuple(range(j0, j1))
            return all(max(both_directions((i,), other)) >= gate for i in range(i0, i1))
        return all(max(both_directions((i0,), (j,))) >= gate for j in range(j0, j1))


@dataclass(frozen=True)
class _BandTables:
    """What the DP needs of every bead with one translated sentence i in the band, as plain lists.

    Row i covers other sentences ``first[i]`` + k (k from 0): ``similarity[i][k]`` and
    ``score[i][k]`` are the 1-1 bead's ``dp_similarity`` and chrF, ``joined_bound[i][k]``
    the ``dp_similarity_bound`` of the 2-1 bead (i, i + 1; j) and ``split_bound[i][k]`` that
    of the 1-2 bead (i; j, j + 1), or -inf where the merge fails ``worth_merging`` (or its
    other part lies outside the cells scored, which the DP never asks for).
    """

    first: list[int]
    similarity: list[list[float]]
    score: list[list[float]]
    joined_bound: list[list[float]]
    split_bound: list[list[float]]


def _band_tables(scorer: _BeadScorer, low: list[int], high: list[int]) -> _BandTables:
    """Score every 1-1 bead the DP and its merge gates can ask for in one numpy pass, and from those the 2-1
    and 1-2 merges' gates and bounds.

    Merges' bounds and anchors follow from their parts': ``ChrfScorer.merge_bounds`` sums the
    parts' matches; a joined run shares a number or a name exactly when one of its parts
    does, and its length is their sum. Values equal ``dp_similarity`` and
    ``dp_similarity_bound`` bit for bit (``with_anchors_many``).
    """
    chrf, parameters = scorer.chrf, scorer.parameters
    n, m = len(chrf.translated), len(chrf.other)
    # Row i holds the cells (i, j) the DP's moves into rows i + 1 and i + 2 read: a 1-1 move needs
    # low[i] <= j <= high[i + 1] - 1; a 2-1 move into (i + 2, j + 1) reads (i, j) with j within row i's band,
    # and (i, j) as its second piece with low[i + 1] - 1 <= j within row i - 1's band; a 1-2 move reads
    # (i, j) and (i, j + 1) with j from low[i] and j + 1 <= high[i + 1] - 1. So no read falls outside.
    first = np.array([0] + [max(0, min(low[i], max(low[i - 1], low[i + 1] - 1))) for i in range(1, n)], dtype=np.int64)
    last = np.array([min(m - 1, max(high[i], high[i + 1] - 1)) for i in range(n)], dtype=np.int64)
    last = np.maximum(last, first - 1)  # an empty row stays empty
    cells = chrf.score_band({i: [span] for i, span in enumerate(zip(first.tolist(), last.tolist()))}, remember=False)
    rows, columns, matches = cells.rows, cells.columns, cells.matches
    row_start = np.concatenate(([0], np.cumsum(last - first + 1)))
    translated_length = np.array(scorer.translated_lengths, dtype=np.int64)
    other_length = np.array(scorer.other_lengths, dtype=np.int64)
    translated_numbered = np.array([bool(a.numbers) for a in scorer.translated_anchors])
    other_numbered = np.array([bool(a.numbers) for a in scorer.other_anchors])
    t_anchors, o_anchors = scorer.translated_anchors, scorer.other_anchors

    def sharing(attribute: str, both_have: np.ndarray) -> np.ndarray:
        """Whether the cells' sides share a number (a name): looked at only where both sides have one."""
        shared = np.zeros(len(rows), dtype=bool)
        where = np.flatnonzero(both_have)
        lefts = [getattr(anchors, attribute) for anchors in t_anchors]
        rights = [getattr(anchors, attribute) for anchors in o_anchors]
        shared[where] = [not lefts[i].isdisjoint(rights[j]) for i, j in zip(rows[where].tolist(), columns[where].tolist())]
        return shared

    translated_named = np.array([bool(a.names) for a in t_anchors])
    other_named = np.array([bool(a.names) for a in o_anchors])
    share_numbers = sharing("numbers", translated_numbered[rows] & other_numbered[columns])
    share_names = sharing("names", translated_named[rows] & other_named[columns])
    worth = np.maximum(cells.forward, cells.backward) >= parameters.merge_gate
    similarity = scorer.with_anchors_many(
        cells.forward, cells.backward, translated_length[rows], other_length[columns],
        translated_numbered[rows] & other_numbered[columns], share_numbers, share_names)

    translated_totals = chrf.run_totals("translated", np.arange(n), np.arange(n))
    other_totals = chrf.run_totals("other", np.arange(m), np.arange(m))

    def merge_bounds(cell, partner, valid, joined_side):
        """``dp_similarity_bound`` of the merges of cells ``cell`` and ``partner`` (-inf where not ``valid`` or
        either part fails the merge gate: only the others are computed)."""
        kept = np.flatnonzero(valid)
        kept = kept[worth[cell[kept]] & worth[partner[kept]]]
        cell, partner = cell[kept], partner[kept]
        i, j = rows[cell], columns[cell]
        if joined_side == "translated":
            i2, j2 = rows[partner], j
            hypothesis = chrf.run_totals("translated", i, i2)
            reference = other_totals[j]
            joined, part_totals = hypothesis, (translated_totals[i], translated_totals[i2])
            left_length, right_length = translated_length[i] + translated_length[i2], other_length[j]
            numbered = (translated_numbered[i] | translated_numbered[i2]) & other_numbered[j]
        else:
            i2, j2 = i, columns[partner]
            hypothesis = translated_totals[i]
            reference = chrf.run_totals("other", j, j2)
            joined, part_totals = reference, (other_totals[j], other_totals[j2])
            left_length, right_length = translated_length[i], other_length[j] + other_length[j2]
            numbered = translated_numbered[i] & (other_numbered[j] | other_numbered[j2])
        bound = np.minimum(np.minimum(matches[cell] + matches[partner] + joined - part_totals[0] - part_totals[1],
                                      hypothesis), reference)
        value = scorer.with_anchors_many(
            chrf_many(hypothesis, reference, bound), chrf_many(reference, hypothesis, bound), left_length,
            right_length, numbered, share_numbers[cell] | share_numbers[partner], share_names[cell] | share_names[partner])
        out = np.full(len(rows), -np.inf)
        out[cell] = value
        return out

    everything = np.arange(len(rows))
    has_next_row = rows < n - 1
    below = np.minimum(rows + 1, n - 1)
    joined_valid = has_next_row & (columns >= first[below]) & (columns <= last[below])
    joined_partner = row_start[below] + columns - first[below]
    joined_bound = merge_bounds(everything, np.where(joined_valid, joined_partner, 0), joined_valid, "translated")
    split_valid = columns < last[rows]
    split_bound = merge_bounds(everything, np.minimum(everything + 1, len(rows) - 1), split_valid, "other")

    bounds = row_start.tolist()

    def by_row(values: np.ndarray) -> list[list[float]]:
        flat = values.tolist()
        return [flat[begin:end] for begin, end in zip(bounds[:-1], bounds[1:])]

    return _BandTables(first.tolist(), by_row(similarity), by_row(cells.forward), by_row(joined_bound),
                       by_row(split_bound))


def align(
    translated: list[str],
    other: list[str],
    settings,
    parameters: AlignerParameters = DEFAULT_PARAMETERS,
    prepared: PreparedSide | None = None,
    paragraphs: tuple[Sequence[int], Sequence[int]] | None = None,
) -> list[Bead]:
    """Align ``translated`` (MT of one version's sentences) with ``other`` (the other version's).

    ``prepared`` is ``prepare_alignment(other)`` when it was made ahead (the same beads, sooner).
    ``paragraphs`` is, when known, the paragraph of each sentence of both sides (``Segment.block``): a weak bead
    across paragraphs that are each other's counterpart by none of their confident beads is split
    (``_apart_across_paragraphs``).

    Returns beads in document order, ``(translated_indices, other_indices, score)``. Every
    index of both sides appears in exactly one bead. ``score`` is the sentence chrF in
    [0, 1] of the joined translation against the joined other sentences for matches,
    ``None`` for skips (1-0, 0-1).
    """
    n, m = len(translated), len(other)
    if n == 0 or m == 0:
        return [((i,), (), None) for i in range(n)] + [((), (j,), None) for j in range(m)]
    scorer = _BeadScorer(translated, other, parameters, prepared)
    low, high = _band(scorer, n, m, parameters)
    tables = _band_tables(scorer, low, high)
    skip = settings.skip_score
    penalty = parameters.merge_penalty
    two_two = parameters.allow_two_two
    if parameters.weight == "chars":
        translated_weight = [max(1, length) for length in scorer.translated_lengths]
        other_weight = [max(1, length) for length in scorer.other_lengths]
    else:
        translated_weight = [1] * n
        other_weight = [1] * m
    # cumulative weights: the weight of translated[pi:i] is translated_before[i] - translated_before[pi]
    translated_before = [0, *itertools.accumulate(translated_weight)]
    other_before = [0, *itertools.accumulate(other_weight)]
    dp_similarity = scorer.dp_similarity
    first, similarity, joined_bound, split_bound = tables.first, tables.similarity, tables.joined_bound, tables.split_bound

    # best[i][j - low[i]]: the best total gain of a path from (0, 0) to node (i, j). Moves are tried in
    # the order 1-0, 0-1, 1-1, then merges; a later move wins only with a strictly greater total.
    best: list[list[float]] = []
    back: list[list[tuple[int, int]]] = []
    minus_infinity = float("-inf")
    for i in range(n + 1):
        row_low, row_high = low[i], high[i]
        row_best = [minus_infinity] * (row_high - row_low + 1)
        row_back = [(0, 0)] * (row_high - row_low + 1)
        if i:
            up, up_low, up_high = best[i - 1], low[i - 1], high[i - 1]
            up_weight = translated_weight[i - 1]
            up_first, up_similarity, up_split = first[i - 1], similarity[i - 1], split_bound[i - 1]
        else:
            up, up_low, up_high, up_weight = [], 1, 0, 0  # no row above: an empty range
        if i >= 2:
            two_up, two_up_low, two_up_high = best[i - 2], low[i - 2], high[i - 2]
            two_up_first, two_up_joined = first[i - 2], joined_bound[i - 2]
            joined_weight = translated_weight[i - 2] + up_weight
        else:
            two_up_low, two_up_high = 1, 0
        for j in range(row_low, row_high + 1):
            if i == 0 and j == 0:
                row_best[0] = 0.0
                continue
            top, top_move = minus_infinity, (0, 0)
            if up_low <= j <= up_high:  # 1-0: translated i - 1 alone
                previous = up[j - up_low]
                if previous != minus_infinity:
                    top, top_move = previous + skip * up_weight, (1, 0)
            if j > row_low:  # 0-1: other j - 1 alone
                previous = row_best[j - 1 - row_low]
                if previous != minus_infinity:
                    total = previous + skip * other_weight[j - 1]
                    if total > top:
                        top, top_move = total, (0, 1)
            if up_low <= j - 1 <= up_high:  # 1-1
                previous = up[j - 1 - up_low]
                if previous != minus_infinity:
                    total = previous + up_similarity[j - 1 - up_first] * (up_weight + other_weight[j - 1])
                    if total > top:
                        top, top_move = total, (1, 1)
            # merges: skipped when they fail worth_merging (bound -inf), or when even their upper bound
            # cannot beat the best move so far (a margin for rounding); otherwise scored exactly
            if two_up_low <= j - 1 <= two_up_high:  # 2-1: translated i - 2 and i - 1 joined
                previous = two_up[j - 1 - two_up_low]
                bound = two_up_joined[j - 1 - two_up_first]
                if previous != minus_infinity and bound != minus_infinity:
                    weight = joined_weight + other_weight[j - 1]
                    if previous + (bound - penalty) * weight >= top - 1e-9 * weight:
                        total = previous + (dp_similarity((i - 2, i - 1), (j - 1,)) - penalty) * weight
                        if total > top:
                            top, top_move = total, (2, 1)
            if up_low <= j - 2 <= up_high:  # 1-2: other j - 2 and j - 1 joined
                previous = up[j - 2 - up_low]
                bound = up_split[j - 2 - up_first]
                if previous != minus_infinity and bound != minus_infinity:
                    weight = up_weight + other_weight[j - 2] + other_weight[j - 1]
                    if previous + (bound - penalty) * weight >= top - 1e-9 * weight:
                        total = previous + (dp_similarity((i - 1,), (j - 2, j - 1)) - penalty) * weight
                        if total > top:
                            top, top_move = total, (1, 2)
            if two_two and i >= 2 and j >= 2 and low[i - 2] <= j - 2 <= high[i - 2]:
                top, top_move = _two_two(scorer, best, low, i, j, top, top_move, translated_before, other_before,
                                         penalty)
            row_best[j - row_low] = top
            row_back[j - row_low] = top_move
        best.append(row_best)
        back.append(row_back)

    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = back[i][j - low[i]]
        ti, oi = tuple(range(i - a, i)), tuple(range(j - b, j))
        if a == 1 and b == 1:
            score = tables.score[i - 1][j - 1 - tables.first[i - 1]]
        else:
            score = scorer.chrf.score(ti, oi) if a and b else None
        beads.append((ti, oi, score))
        i, j = i - a, j - b
    beads.reverse()
    beads = _swap_for_the_better_neighbour(beads, scorer, parameters.swap_margin)
    if paragraphs is not None:
        beads = _apart_across_paragraphs(beads, *paragraphs, settings.low_similarity_threshold)
    return _absorb_neighbouring_orphans(beads, scorer, parameters)


def _absorb_neighbouring_orphans(beads: list[Bead], scorer: _BeadScorer, parameters: AlignerParameters) -> list[Bead]:
    """Join to a matched bead the orphan sentences right before or after it whose text the match translates.

    The DP's merges stop at two sentences against one: a sentence a translator cut in three ("...maybe even
    more...love her and will miss her..." / "... La amo y la extrañaré. Espero que...") left two orphans beside
    a weak 1-1 bead. A run of orphans of one side next to a bead is joined to it when the joined bead's chrF is at
    least ``margin`` above the bead's own (the best such run, tried whole: one orphan alone may add too little),
    or when the other side of the bead translates every orphan of the run word for word
    (``_words_translated_beside``); text that is not a translation of the other side lowers chrF (recall when it
    joins the reference, precision when it joins the translation) and has its own words, so a sentence present
    in one version only stays an orphan. A single orphan also joins when it fills the length the bead's side
    lacks (``fills_length_gap``): a free translation of a sentence joined to its neighbour ("...the 50s and 60s.
    From there we get bigger inspirations." / "...los años 50 y 60; de ahí sacamos muchas referencias"), whose
    words neither chrF nor ``_words_translated_beside`` see. A bead grows to ``absorb_max_sentences`` sentences on
    a side at most.
    """
    margin, max_sentences = parameters.absorb_margin, parameters.absorb_max_sentences
    repaired = list(beads)
    ratio = translation_length_ratio(beads, scorer, parameters.length_gap.min_score)
    position = 0
    while position < len(repaired):
        translated, other, score = repaired[position]
        if not translated or not other or score is None:
            position += 1
            continue
        best = None  # (joined score, first bead, last bead, joined translated, joined other)
        for step in (1, -1):
            for side in (0, 1):
                run: list[int] = []
                neighbour = position + step
                while 0 <= neighbour < len(repaired) and repaired[neighbour][side] and not repaired[neighbour][1 - side]:
                    run.append(neighbour)
                    joined = [list(translated), list(other)]
                    for index in run:
                        joined[side] = (joined[side] + list(repaired[index][side]) if step == 1
                                        else list(repaired[index][side]) + joined[side])
                    if len(joined[side]) > max_sentences:
                        break
                    joined_score = scorer.chrf.score(tuple(joined[0]), tuple(joined[1]))
                    taken = joined_score >= score + margin or all(
                        _words_translated_beside(scorer, repaired[position], side, repaired[index][side])
                        for index in run) or (len(run) == 1 and fills_length_gap(
                            scorer, repaired[position], side, repaired[run[0]][side], ratio, joined_score,
                            parameters.length_gap))
                    if taken and (best is None or joined_score > best[0]):
                        best = (joined_score, min(position, neighbour), max(position, neighbour), *map(tuple, joined))
                    neighbour += step
        if best is None:
            position += 1
            continue
        joined_score, first, last, joined_translated, joined_other = best
        repaired[first : last + 1] = [(joined_translated, joined_other, joined_score)]
        position = first
    return repaired


def translation_length_ratio(beads: list[Bead], scorer: _BeadScorer, min_score: float) -> float:
    """Characters of the translated side per character of the other side, over the document's 1-1 beads of chrF
    ``min_score`` or more: how much longer the translation runs (Apertium's English is wordy), 1.0 without any."""
    translated = other = 0
    for ti, oi, score in beads:
        if len(ti) == 1 and len(oi) == 1 and score is not None and score >= min_score:
            translated += scorer.translated_lengths[ti[0]]
            other += scorer.other_lengths[oi[0]]
    return translated / other if translated and other else 1.0


def fills_length_gap(scorer: _BeadScorer, bead: Bead, side: int, orphan: tuple[int, ...], ratio: float,
                     joined_score: float, gap: LengthGap) -> bool:
    """Whether ``orphan`` (sentences of ``side``: 0 translated, 1 other) is the part of a confident match ``bead``
    that the bead's own sentences of that side lack: without it that side is clearly short of the length the other
    side predicts (``ratio``, ``translation_length_ratio``), with it the lengths agree, and the joined bead's chrF
    (``joined_score``) stays about the bead's own.

    Translators join two sentences in one (a ";", a ", and") and translate the second freely: "From there we get
    bigger inspirations" for "de ahí sacamos muchas referencias". Its words are not the other side's, but its
    length is what that side holds over its own (Gale and Church aligned by length alone). A sentence dropped
    from one version leaves its neighbours' lengths in agreement, so it stays an orphan: on the dev corpus's
    faithful articles, written as two files, this left 8 of 46 only-in findings, and lost 1 of 786 sentences
    dropped from one side.
    """
    score = bead[2]
    if score is None or score < gap.min_score or joined_score < score - gap.max_score_drop:
        return False
    lengths = (scorer.translated_lengths, scorer.other_lengths)
    own = sum(lengths[side][i] for i in bead[side])
    opposite = sum(lengths[1 - side][i] for i in bead[1 - side])
    expected = opposite * ratio if side == 0 else opposite / ratio
    if not own or not expected:
        return False
    added = sum(lengths[side][i] for i in orphan)
    balanced = abs(math.log((own + added) / expected)) <= math.log(gap.balanced_after)
    return own / expected <= gap.short_before and balanced


# Long words of an orphan the match's other side must have (and its own side lack), and half of them at least.
# Two, not three: a short second piece of a split sentence ("He likes to use a plate camera." beside "... con una
# cámara de placa") has no three; on the eval, seeds 0-2, two only-in-en false positives fewer each, recall unchanged.
ORPHAN_WORDS_TRANSLATED = 2


def _words_translated_beside(scorer: _BeadScorer, bead: Bead, side: int, orphan: tuple[int, ...]) -> bool:
    """Whether the match ``bead`` translates the orphan sentences ``orphan`` of ``side`` (0: translated, 1: other),
    word for word: at least half of the orphan's long words, and ``ORPHAN_WORDS_TRANSLATED`` of them, are in the
    bead's other side and not in the bead's own sentences of that side.

    chrF cannot tell when the orphan is part of a sentence a translator cut in three: joined, it
    adds about as many matched n-grams as unmatched ones, and the bead's score barely moves
    ("Obviously, it cannot run infinite directions and ways like bees do." beside "...y no en
    infinitas direcciones y maneras como las abejas"). A sentence that is in one version only
    has its own words, not the neighbouring translation's.
    """
    texts = (scorer.chrf.translated, scorer.chrf.other)
    orphan_words = frozenset().union(*(_long_words(texts[side][i]) for i in orphan))
    own = frozenset().union(*(_long_words(texts[side][i]) for i in bead[side]))
    opposite = frozenset().union(*(_long_words(texts[1 - side][i]) for i in bead[1 - side]))
    translated_there = (orphan_words - own) & opposite
    return len(translated_there) >= max(ORPHAN_WORDS_TRANSLATED, len(orphan_words) / 2)


def _swap_for_the_better_neighbour(beads: list[Bead], scorer: _BeadScorer, margin: float) -> list[Bead]:
    """Re-pair a 1-1 bead's sentence with the orphan beside it when that orphan translates it clearly better.

    The DP's gain grows with the characters a bead covers, so a long sentence matched weakly can outweigh a short
    one matched well: a Spanish headline went to the English article's long first sentence (chrF 0.21) and left
    its own English headline (0.39) an orphan. When a 1-0 or 0-1 bead stands next to a 1-1 bead and pairs with
    the 1-1 bead's sentence on the other side at least ``margin`` better, the two trade places; the order of
    both versions stays as it was.
    """
    repaired = list(beads)
    position = 0
    while position < len(repaired):
        translated, other, score = repaired[position]
        if len(translated) != 1 or len(other) != 1 or score is None:
            position += 1
            continue
        for neighbour in (position - 1, position + 1):
            if not 0 <= neighbour < len(repaired):
                continue
            orphan_translated, orphan_other, _ = repaired[neighbour]
            if orphan_translated and not orphan_other and len(orphan_translated) == 1:
                candidate = (orphan_translated, other)
                left_alone = (translated, ())
            elif orphan_other and not orphan_translated and len(orphan_other) == 1:
                candidate = (translated, orphan_other)
                left_alone = ((), other)
            else:
                continue
            better = scorer.chrf.score(*candidate)
            if better >= score + margin or _shares_what_the_bead_lacks(scorer, (translated, other), candidate, score):
                pair = (*candidate, better)
                alone = (*left_alone, None)
                repaired[min(position, neighbour)], repaired[max(position, neighbour)] = (
                    (pair, alone) if neighbour < position else (alone, pair))
                position = max(position, neighbour)
                break
        position += 1
    return repaired


CONFIDENT_BEAD = 0.35  # chrF from which a 1-1 bead ties its two paragraphs together


def _apart_across_paragraphs(beads: list[Bead], translated_paragraphs: Sequence[int],
                             other_paragraphs: Sequence[int], weak: float) -> list[Bead]:
    """Split a weak 1-1 bead (chrF under ``weak``, the low-similarity threshold) when one of its two paragraphs is
    tied to none of the other version's paragraphs by a confident bead (``CONFIDENT_BEAD``) and the other is tied,
    but to another paragraph.

    Two orphans in a row, one in each version, make a 1-1 bead whenever their chrF beats the skip score (0.06), so
    a paragraph added in English only and a sentence added to a Spanish paragraph became one low-similarity pair
    ("The budget also sets aside $2.5 million for road repairs." / "La audiencia se transmitirá en vivo en el sitio
    web del condado.", chrF 0.14). Paragraphs tell them apart: the Spanish sentence's paragraph translates the
    English paragraph before it, and the English one translates nothing.
    """
    ties: set[tuple[int, int]] = set()
    for translated, other, score in beads:
        if score is not None and score >= CONFIDENT_BEAD:
            ties.update((translated_paragraphs[i], other_paragraphs[j]) for i in translated for j in other)
    tied_translated = {translated for translated, _ in ties}
    tied_other = {other for _, other in ties}
    apart: list[Bead] = []
    for bead in beads:
        translated, other, score = bead
        if len(translated) == 1 and len(other) == 1 and score is not None and score < weak:
            translated_paragraph, other_paragraph = translated_paragraphs[translated[0]], other_paragraphs[other[0]]
            if (translated_paragraph in tied_translated) != (other_paragraph in tied_other):
                apart += [(translated, (), None), ((), other, None)]
                continue
        apart.append(bead)
    return apart


WEAK_BEAD = 0.2  # chrF under which a 1-1 bead's sentences may have nothing in common


def _shares_what_the_bead_lacks(scorer: _BeadScorer, bead: tuple, candidate: tuple, score: float) -> bool:
    """Whether a weak 1-1 bead (chrF under ``WEAK_BEAD``) shares no long word across its sides while the orphan beside
    it shares one with the bead's other sentence: chrF on a few words can prefer a longer sentence that says
    something else ("Pets are welcome." / "No se admiten mascotas.", Apertium's "They do not admit pets.", scored
    under "The cause of the fire is under investigation."), where the word the two say ("pets") tells."""
    if score >= WEAK_BEAD:
        return False
    texts = (scorer.chrf.translated, scorer.chrf.other)

    def shared(pair: tuple) -> frozenset[str]:
        return (frozenset().union(*(_long_words(texts[0][i]) for i in pair[0]))
                & frozenset().union(*(_long_words(texts[1][i]) for i in pair[1])))
    return not shared(bead) and bool(shared(candidate))


def _two_two(scorer: _BeadScorer, best: list[list[float]], low: list[int], i: int, j: int, top: float,
             top_move: tuple[int, int], translated_before: list[int], other_before: list[int],
             penalty: float) -> tuple[float, tuple[int, int]]:
    """The 2-2 move into node (i, j) (``allow_two_two``), when it beats ``top``: the generic, lazily scored path."""
    previous = best[i - 2][j - 2 - low[i - 2]]
    if previous == float("-inf") or not scorer.worth_merging(i - 2, i, j - 2, j):
        return top, top_move
    ti, oi = (i - 2, i - 1), (j - 2, j - 1)
    weight = translated_before[i] - translated_before[i - 2] + other_before[j] - other_before[j - 2]
    if previous + (scorer.dp_similarity_bound(ti, oi) - penalty) * weight < top - 1e-9 * weight:
        return top, top_move
    total = previous + (scorer.dp_similarity(ti, oi) - penalty) * weight
    return (total, (2, 2)) if total > top else (top, top_move)


def _band(scorer: _BeadScorer, n: int, m: int, parameters: AlignerParameters) -> tuple[list[int], list[int]]:
    """For each translated position i (0..n), the range [low[i], high[i]] of other positions searched.

    Both bounds are non-decreasing, low[0] = 0, high[n] = m, and high[i] >= low[i + 1], so
    a monotone path from (0, 0) to (n, m) always exists inside the band.
    """
    if (n + 1) * (m + 1) <= parameters.full_grid_cells:
        return [0] * (n + 1), [m] * (n + 1)
    chain = [(0, 0)] + _anchor_chain(scorer, n, m, parameters) + [(n, m)]
    low, high = [m] * (n + 1), [0] * (n + 1)
    for (i0, j0), (i1, j1) in zip(chain, chain[1:]):
        width = parameters.band_margin + abs((i1 - i0) - (j1 - j0))
        for i in range(i0, i1 + 1):
            if i1 == i0:
                below, above = j0, j1
            else:
                below = above = j0 + (j1 - j0) * (i - i0) / (i1 - i0)
            low[i] = min(low[i], max(0, int(below - width)))
            high[i] = max(high[i], min(m, int(math.ceil(above + width))))
    for i in range(n - 1, -1, -1):  # low must not decrease
        low[i] = min(low[i], low[i + 1])
    for i in range(1, n + 1):  # high must not decrease
        high[i] = max(high[i], high[i - 1])
    for i in range(n):  # consecutive rows must overlap
        high[i] = max(high[i], low[i + 1])
    low[0], high[n] = 0, m
    return low, high


def _anchor_chain(scorer: _BeadScorer, n: int, m: int, parameters: AlignerParameters) -> list[tuple[int, int]]:
    """Confident 1-1 pairs in increasing order on both sides (a longest increasing chain).

    Candidates share a rare word (at most 3 sentences of the other side contain it); of
    those sharing the most such words (at most ``anchor_candidates``, the nearest to the
    diagonal where more tie), each translated sentence keeps its best candidate if its
    chrF reaches ``anchor_min_score`` and it is also the best translated sentence for
    that candidate.
    """
    postings = scorer.rare_postings if scorer.rare_postings is not None else _rare_postings(scorer.chrf.other)
    candidates_of: dict[int, list[int]] = {}
    for i, text in enumerate(scorer.chrf.translated):
        shared_words: dict[int, int] = {}  # counted as ``Counter.update`` would (same order), without a Counter per row
        for word in _long_words(text):
            found = postings.get(word)
            if found:
                for j in found:
                    shared_words[j] = shared_words.get(j, 0) + 1
        # chrF only for the candidates sharing the most rare words (scoring every one was most of the band's cost)
        most = max(shared_words.values(), default=0)
        tied = [j for j, count in shared_words.items() if count == most]
        if len(tied) > parameters.anchor_candidates:  # nearest the diagonal first, whatever the order of the words
            tied.sort(key=lambda j: (abs(j * n - i * m), j))
        candidates_of[i] = tied[: parameters.anchor_candidates]
    # every candidate scored in one pass, read back in the order asked (no memo: a merge bound may ask a cell
    # again, and gets the same score recomputed)
    asked = {i: [(j, j) for j in candidates] for i, candidates in candidates_of.items() if candidates}
    cells = scorer.chrf.score_band(asked, remember=False)
    scores = iter(cells.forward.tolist() if cells is not None else ())
    best_for_translated: dict[int, tuple[float, int]] = {}
    for i, candidates in asked.items():
        score, j = max([(next(scores), j) for j, _ in candidates])
        if score >= parameters.anchor_min_score:
            best_for_translated[i] = (score, j)
    best_for_other: dict[int, tuple[float, int]] = {}
    for i, (score, j) in best_for_translated.items():
        if j not in best_for_other or score > best_for_other[j][0]:
            best_for_other[j] = (score, i)
    pairs = sorted((i, j) for j, (score, i) in best_for_other.items())
    return _longest_increasing_chain(pairs)


def _longest_increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by i, distinct i) with strictly increasing j."""
    import bisect

    tails: list[int] = []  # tails[k]: smallest j ending a chain of length k + 1
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k] = j
            tail_index[k] = index
        previous[index] = tail_index[k - 1] if k else -1
    chain: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]
