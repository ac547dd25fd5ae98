"""Similarity is sacrebleu's sentence chrF, and the aligner's fast scorer gives the same numbers."""

from __future__ import annotations

import pytest
import sacrebleu

from bilingo.score import ChrfScorer, similarity
from corpus_edits import apertium_translate, corpus_available, load_documents

pytestmark = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus-dev is absent")


@pytest.fixture(scope="module")
def news_pairs() -> tuple[list[str], list[str]]:
    """Spanish news sentences translated by Apertium, and their English originals."""
    documents = load_documents("wmt-newstest-2008-2010", 3, max_sentences=30)
    spanish = [s for d in documents for s in d.es]
    english = [s for d in documents for s in d.en]
    return apertium_translate(spanish), english


def sacrebleu_chrf(hypothesis: str, reference: str) -> float:
    return sacrebleu.sentence_chrf(hypothesis, [reference]).score / 100


def test_similarity_is_sentence_chrf_scaled_to_unit_interval(news_pairs):
    translated, english = news_pairs
    for hypothesis, reference in zip(translated[:20], english[:20]):
        assert similarity(hypothesis, reference) == pytest.approx(sacrebleu_chrf(hypothesis, reference), abs=1e-12)
        assert 0.0 <= similarity(hypothesis, reference) <= 1.0
    assert similarity(english[0], english[0]) == 1.0
    assert similarity("", english[0]) == 0.0


def test_similarity_equals_sacrebleu_exactly_on_news_sentences_and_their_clauses(news_pairs):
    """Bit for bit, so that rules comparing scores (partial's chrF gain) decide as sacrebleu would."""
    translated, english = news_pairs
    cases = [("", ""), ("", english[0]), (english[0], ""), ("a", "a"), ("ab", "b a"), ("  ", english[1])]
    for hypothesis, reference in zip(translated, english):
        comma = reference.find(",")
        cases += [(hypothesis, reference), (reference, hypothesis), (hypothesis, reference[: max(0, comma)]),
                  (hypothesis, reference[comma + 1 :]), (hypothesis[:7], reference)]
    for hypothesis, reference in cases:
        assert similarity(hypothesis, reference) == sacrebleu_chrf(hypothesis, reference), (hypothesis, reference)


def test_scorer_equals_sentence_chrf_on_single_and_joined_sentences(news_pairs):
    translated, english = news_pairs
    scorer = ChrfScorer(translated, english)
    count = min(len(translated), len(english)) - 1
    for i in range(0, count, 3):
        for j in (max(0, i - 1), i, min(count - 1, i + 2)):
            assert scorer.score((i,), (j,)) == pytest.approx(sacrebleu_chrf(translated[i], english[j]), abs=1e-12)
            joined_hypothesis = translated[i] + " " + translated[i + 1]
            assert scorer.score((i, i + 1), (j,)) == pytest.approx(
                sacrebleu_chrf(joined_hypothesis, english[j]), abs=1e-12
            )
            joined_reference = english[j] + " " + english[j + 1]
            assert scorer.score((i,), (j, j + 1)) == pytest.approx(
                sacrebleu_chrf(translated[i], joined_reference), abs=1e-12
            )


def test_reverse_direction_is_chrf_with_roles_exchanged(news_pairs):
    translated, english = news_pairs
    scorer = ChrfScorer(translated, english)
    forward, backward = scorer.both_directions((4,), (4,))
    assert forward == pytest.approx(sacrebleu_chrf(translated[4], english[4]), abs=1e-12)
    assert backward == pytest.approx(sacrebleu_chrf(english[4], translated[4]), abs=1e-12)


def test_translation_scores_higher_against_its_own_sentence_than_against_neighbours(news_pairs):
    translated, english = news_pairs
    scorer = ChrfScorer(translated, english)
    own = [scorer.score((i,), (i,)) for i in range(1, len(english) - 1)]
    neighbour = [max(scorer.score((i,), (i - 1,)), scorer.score((i,), (i + 1,))) for i in range(1, len(english) - 1)]
    wins = sum(o > n for o, n in zip(own, neighbour))
    assert wins / len(own) >= 0.9


def test_merge_bounds_are_at_least_the_joined_beads_chrf(news_pairs):
    """The aligner skips a merge whose bound cannot win, so the bound must never be below the real score."""
    translated, english = news_pairs
    scorer = ChrfScorer(translated, english)
    count = min(len(translated), len(english)) - 1
    for i in range(count):
        for j in (max(0, i - 1), i, min(count - 1, i + 1)):
            for ti, oi in (((i, i + 1), (j,)), ((i,), (j, j + 1))):
                bound_forward, bound_backward = scorer.merge_bounds(ti, oi)
                forward, backward = scorer.both_directions(ti, oi)
                assert bound_forward >= forward and bound_backward >= backward


def test_repeated_ngrams_are_clipped_as_sacrebleu_clips_them(news_pairs):
    """Repeats (letters, "ja ja ja", digit groups) are where clipping matters: each side matches at most its own count."""
    translated, english = news_pairs
    repetitive = ["ja ja ja ja ja", "ja ja", "1,000,000 and 1,000", "aaaa aaaa", "a", "", english[0], english[0] + " " + english[0]]
    scorer = ChrfScorer(repetitive, list(reversed(repetitive)))
    for i, hypothesis in enumerate(repetitive):
        for j, reference in enumerate(reversed(repetitive)):
            assert scorer.score((i,), (j,)) == sacrebleu_chrf(hypothesis, reference), (hypothesis, reference)
            assert similarity(hypothesis, reference) == sacrebleu_chrf(hypothesis, reference), (hypothesis, reference)


def test_scorer_with_a_large_alphabet_looks_up_ngrams_and_gives_the_same_scores(news_pairs):
    """Thousands of distinct characters (CJK) cannot be packed into int64 codes: the n-grams are looked up."""
    translated, english = news_pairs
    wide = "".join(chr(0x4E00 + k) for k in range(2000))
    other = [english[0] + " " + wide[:1000] + wide[:10], english[1] + " " + wide[1000:]]
    scorer = ChrfScorer(translated[:2], other)
    bounds = (scorer._key_bounds // scorer._repeat_base).tolist()
    assert bounds[2] != bounds[1] ** 2  # the codes of order 2 do not fill [base, base**2): looked up, not packed
    for i in range(2):
        for j in range(2):
            assert scorer.score((i,), (j,)) == sacrebleu_chrf(translated[i], other[j])
            assert scorer.score((i,), (j,)) == scorer.score((i,), (j,))
    assert scorer.score((0, 1), (0,)) == sacrebleu_chrf(translated[0] + " " + translated[1], other[0])
    assert scorer.score((1,), (0, 1)) == sacrebleu_chrf(translated[1], other[0] + " " + other[1])


def test_scorer_packs_ngrams_of_a_news_alphabet(news_pairs):
    """The usual case: a few dozen characters, n-grams packed by character rank (order 1 holds codes 1..base-1)."""
    translated, english = news_pairs
    scorer = ChrfScorer(translated, english)
    bounds = (scorer._key_bounds // scorer._repeat_base).tolist()
    base = bounds[1]
    assert bounds == [base**order for order in range(7)] and 20 < base < 200


def dense_and_packed_cases(news_pairs):
    """Sentence lists that stress the dense codes: news, repeats and empty sentences, a wide (CJK) alphabet."""
    translated, english = news_pairs
    wide = "".join(chr(0x4E00 + k) for k in range(2000))
    repetitive = ["ja ja ja ja ja", "ja ja", "", "a", "1,000,000 and 1,000", "aaaa aaaa", english[0]]
    return [
        (translated, english),
        (repetitive, list(reversed(repetitive)) + ["aa"]),
        (translated[:3] + [wide[:900]], [english[0] + " " + wide[:1000] + wide[:10], english[1] + " " + wide[1000:], ""]),
    ]


@pytest.mark.parametrize("table_limit", [2**25, 16])  # 16: every order past the first numbered by a sort instead
def test_dense_scorer_scores_the_band_and_merges_as_the_packed_scorer(news_pairs, monkeypatch, table_limit):
    """The aligner's scorer (dense codes, ``score_band``, merges from the count array) gives the same counts."""
    import bilingo.score

    monkeypatch.setattr(bilingo.score, "_DENSE_TABLE_LIMIT", table_limit)
    for translated, other in dense_and_packed_cases(news_pairs):
        packed, dense = ChrfScorer(translated, other), ChrfScorer(translated, other, dense_codes=True)
        n, m = len(translated), len(other)
        cells = {i: [(max(0, i - 3), min(m - 1, i + 3))] for i in range(n)}
        cells[0].append((m - 1, m - 1))
        band = dense.score_band(cells)
        for k, (i, j) in enumerate(zip(band.rows.tolist(), band.columns.tolist())):
            assert dense.matches((i,), (j,)) == packed.matches((i,), (j,)) == tuple(band.matches[k].tolist())
            assert (band.forward[k], band.backward[k]) == packed.both_directions((i,), (j,))
        for i in range(n - 1):
            for j in range(max(0, i - 4), min(m - 1, i + 4)):
                assert dense.both_directions((i, i + 1), (j,)) == packed.both_directions((i, i + 1), (j,))
                assert dense.both_directions((j % n,), (j, j + 1)) == packed.both_directions((j % n,), (j, j + 1))
        if n > 2:
            assert dense.both_directions((0, 1, 2), (0,)) == packed.both_directions((0, 1, 2), (0,))


@pytest.mark.parametrize("table_limit", [2**25, 16])
def test_a_side_laid_out_alone_numbers_its_sentences_as_the_joint_codes_do(news_pairs, monkeypatch, table_limit):
    """``single_layout`` sees the untranslated side only; ``number_singles`` from its layout makes the same
    arrays as sorting the joint codes, and the scorer the same counts."""
    import numpy as np

    import bilingo.score
    from bilingo.score import single_layout

    monkeypatch.setattr(bilingo.score, "_DENSE_TABLE_LIMIT", table_limit)
    for translated, other in dense_and_packed_cases(news_pairs) + [(["a b", "  "], ["", "x", "ÿ€"])]:
        plain = ChrfScorer(translated, other, dense_codes=True)
        laid_out = ChrfScorer(translated, other, dense_codes=True, other_layout=single_layout(other))
        cells = {i: [(0, len(other) - 1)] for i in range(len(translated))}
        first, second = plain.score_band(cells), laid_out.score_band(cells)
        assert np.array_equal(first.matches, second.matches)
        streams = plain._streams["other"], laid_out._streams["other"]
        for name in ("single_codes", "single_repeats", "distinct_codes", "distinct_counts",
                     "key_starts", "order_totals", "order_starts"):
            assert np.array_equal(getattr(streams[0], name), getattr(streams[1], name)), name
        assert streams[0].distinct_starts == streams[1].distinct_starts


def test_both_directions_at_once_equal_the_roles_exchanged_bit_for_bit(news_pairs):
    """``chrf_both``'s second number (the roles exchanged, in the same pass) against its first with hypothesis and
    reference exchanged, on real pairs' counts and on edge counts."""
    from bilingo.score import chrf_both

    cases = [((0,) * 6, (5,) * 6, (0,) * 6), ((3, 2, 1, 0, 0, 0), (4, 3, 2, 1, 0, 0), (1, 1, 0, 0, 0, 0)),
             ((7, 6, 5, 4, 3, 2), (7, 6, 5, 4, 3, 2), (0,) * 6)]
    for translation, other in list(zip(*news_pairs))[:40]:
        scorer = ChrfScorer([translation], [other])
        cases.append((scorer.totals("translated", (0,)), scorer.totals("other", (0,)), scorer.matches((0,), (0,))))
    for hypothesis, reference, matches in cases:
        assert chrf_both(hypothesis, reference, matches)[1] == chrf_both(reference, hypothesis, matches)[0]
