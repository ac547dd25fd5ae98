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

Search is restricted to a band: the full grid for short documents; for long ones a band
around a chain of confident 1-1 anchors (rare shared words, high chrF), widened where
the two sides' sentence counts drift apart, so the cost grows about linearly.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from bilingo.score import ChrfScorer

Bead = tuple[tuple[int, ...], tuple[int, ...], "float | None"]


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
    full_grid_cells: int = 2500  # below this many DP nodes, search the whole grid
    band_margin: int = 3  # sentences either side of the anchor path
    anchor_min_score: float = 0.45  # chrF a 1-1 anchor must reach
    anchor_candidates: int = 2  # other sentences scored per translated sentence when looking for anchors


DEFAULT_PARAMETERS = AlignerParameters()

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\w+")
_NAME = re.compile(r"(?<![.!?¿¡\"“«]\s)(?<!^)\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]{2,}")


@dataclass(frozen=True)
class _Anchors:
    numbers: frozenset[str]
    names: frozenset[str]
    length: int


def _anchors(text: str) -> _Anchors:
    numbers = frozenset(re.sub(r"[.,]", "", match) for match in _NUMBER.findall(text))
    names = frozenset(match.lower() for match in _NAME.findall(text))
    return _Anchors(numbers, names, len("".join(text.split())))


def _merge_anchors(parts: list[_Anchors]) -> _Anchors:
    return _Anchors(
        frozenset().union(*(p.numbers for p in parts)),
        frozenset().union(*(p.names for p in parts)),
        sum(p.length for p in parts),
    )


class _BeadScorer:
    """Scores candidate beads for the DP, memoized through ``ChrfScorer``."""

    def __init__(self, translated: list[str], other: list[str], parameters: AlignerParameters):
        self.chrf = ChrfScorer(translated, other, dense_codes=True)
        self.parameters = parameters
        self.translated_anchors = [_anchors(text) for text in translated]
        self.other_anchors = [_anchors(text) for text in other]
        self._joined_anchors: dict[tuple[str, tuple[int, ...]], _Anchors] = {}
        self._similarities: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}

    def _run_anchors(self, side: str, indices: tuple[int, ...]) -> _Anchors:
        singles = self.translated_anchors if side == "translated" else self.other_anchors
        if len(indices) == 1:
            return singles[indices[0]]
        key = (side, indices)
        found = self._joined_anchors.get(key)
        if found is None:
            found = self._joined_anchors[key] = _merge_anchors([singles[i] for i in indices])
        return found

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
        p = self.parameters
        value = min(forward, backward) if p.combine == "min" else (forward + backward) / 2
        left = self._run_anchors("translated", ti)
        right = self._run_anchors("other", oi)
        if left.numbers and right.numbers:
            value += p.number_bonus if left.numbers & right.numbers else -p.number_clash_penalty
        if left.names & right.names:
            value += p.name_bonus
        if left.length and right.length:
            excess = abs(math.log(left.length / right.length)) - p.length_tolerance
            if excess > 0:
                value -= p.length_penalty * excess
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


def align(
    translated: list[str],
    other: list[str],
    settings,
    parameters: AlignerParameters = DEFAULT_PARAMETERS,
) -> list[Bead]:
    """Align ``translated`` (MT of one version's sentences) with ``other`` (the other version's).

    Returns beads in document order, ``(translated_indices, other_indices, score)``. Every
    index of both sides appears in exactly one bead. ``score`` is the sentence chrF in
    [0, 1] of the joined translation against the joined other sentences for matches,
    ``None`` for skips (1-0, 0-1).
    """
    n, m = len(translated), len(other)
    if n == 0 or m == 0:
        return [((i,), (), None) for i in range(n)] + [((), (j,), None) for j in range(m)]
    scorer = _BeadScorer(translated, other, parameters)
    low, high = _band(scorer, n, m, parameters)
    # the 1-1 cells the DP and its merge gates ask for (a column either side of the band), scored in one pass
    scorer.chrf.score_band({i: [(max(0, low[i] - 1), min(m - 1, high[i + 1] + 1))] for i in range(n)})
    skip = settings.skip_score
    penalty = parameters.merge_penalty
    merge_moves = [(2, 1), (1, 2)] + ([(2, 2)] if parameters.allow_two_two else [])
    if parameters.weight == "chars":
        translated_weight = [max(1, a.length) for a in scorer.translated_anchors]
        other_weight = [max(1, a.length) for a in scorer.other_anchors]
    else:
        translated_weight = [1] * n
        other_weight = [1] * m
    # cumulative weights: the weight of translated[pi:i] is translated_before[i] - translated_before[pi]
    translated_before = [0, *itertools.accumulate(translated_weight)]
    other_before = [0, *itertools.accumulate(other_weight)]
    dp_similarity = scorer.dp_similarity

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
        else:
            up, up_low, up_high, up_weight = [], 1, 0, 0  # no row above: an empty range
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
                    total = previous + dp_similarity((i - 1,), (j - 1,)) * (up_weight + other_weight[j - 1])
                    if total > top:
                        top, top_move = total, (1, 1)
            for a, b in merge_moves:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or not low[pi] <= pj <= high[pi]:
                    continue
                previous = best[pi][pj - low[pi]]
                if previous == minus_infinity or not scorer.worth_merging(pi, i, pj, j):
                    continue
                ti, oi = tuple(range(pi, i)), tuple(range(pj, j))
                weight = translated_before[i] - translated_before[pi] + other_before[j] - other_before[pj]
                if previous + (scorer.dp_similarity_bound(ti, oi) - penalty) * weight < top - 1e-9 * weight:
                    continue  # even its upper bound cannot beat the best move so far (a margin for rounding)
                total = previous + (dp_similarity(ti, oi) - penalty) * weight
                if total > top:
                    top, top_move = total, (a, b)
            row_best[j - row_low] = top
            row_back[j - row_low] = top_move
        best.append(row_best)
        back.append(row_back)

    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = back[i][j - low[i]]
        ti, oi = tuple(range(i - a, i)), tuple(range(j - b, j))
        score = scorer.chrf.score(ti, oi) if a and b else None
        beads.append((ti, oi, score))
        i, j = i - a, j - b
    beads.reverse()
    return beads


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
    those sharing the most such words (at most ``anchor_candidates``), each translated
    sentence keeps its best candidate if its chrF reaches ``anchor_min_score``
    and it is also the best translated sentence for that candidate.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for j, text in enumerate(scorer.chrf.other):
        for word in {w.lower() for w in _WORD.findall(text) if len(w) >= 4}:
            postings[word].append(j)
    candidates_of: dict[int, list[int]] = {}
    for i, text in enumerate(scorer.chrf.translated):
        shared_words: Counter[int] = Counter()
        for word in {w.lower() for w in _WORD.findall(text) if len(w) >= 4}:
            found = postings.get(word)
            if found and len(found) <= 3:
                shared_words.update(found)
        # chrF only for the candidates sharing the most rare words (scoring every one was most of the band's cost)
        most = max(shared_words.values(), default=0)
        candidates_of[i] = [j for j, count in shared_words.items() if count == most][: parameters.anchor_candidates]
    scorer.chrf.score_band({i: [(j, j) for j in candidates] for i, candidates in candidates_of.items() if candidates})
    best_for_translated: dict[int, tuple[float, int]] = {}
    for i, candidates in candidates_of.items():
        scored = [(scorer.chrf.score((i,), (j,)), j) for j in candidates]
        if scored:
            score, j = max(scored)
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
