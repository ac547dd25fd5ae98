"""The rules' shared word helpers (``bilingo.rules.words``) decide as their plain definitions do, on real news.

``fuzzy_equal`` and ``covered_flags`` are written for speed (cheap tests first, indexed
look-ups, memos); these tests hold them to the straightforward definitions they replace:
difflib's ratios for near-equal spellings, and one-to-one greedy coverage that scans the
reference in order (words whose neighbour matches too first), on words of real English/Spanish sentence pairs and their Apertium
translations.
"""

from __future__ import annotations

import difflib
import itertools

import pytest

from bilingo.rules.words import FUZZY_RATIO, covered_by_folded, covered_flags, folded_words, fuzzy_equal, fold, \
    parts_present, stem, words
from corpus_edits import apertium_translate, corpus_available, load_documents

pytestmark = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus-dev is absent")


@pytest.fixture(scope="module")
def sentence_pairs() -> list[tuple[str, str, str]]:
    """(English, Spanish, Apertium's English for the Spanish) of real wmt news sentences."""
    documents = load_documents("wmt-newstest-2008-2010", 4, max_sentences=30)
    english = [s for d in documents for s in d.en]
    spanish = [s for d in documents for s in d.es]
    return list(zip(english, spanish, apertium_translate(spanish)))


def difflib_fuzzy_equal(a: str, b: str) -> bool:
    if len(a) < 4 or len(b) < 4 or a.isdigit() or b.isdigit() or abs(len(a) - len(b)) > max(2, len(a) // 3):
        return False
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return matcher.quick_ratio() >= FUZZY_RATIO and matcher.ratio() >= FUZZY_RATIO


def greedy_covered_flags(checked, reference) -> list[bool]:
    """Each uncovered word takes the first free reference word matching it: exact with an equal content-word
    neighbour on the same side, then exact, then stem, then fuzzy."""
    covered = [not word.content for word in checked]
    available = [w.folded for w in reference]
    folded_reference = [w.folded for w in reference]
    for index, word in enumerate(checked):
        if covered[index]:
            continue
        for position, candidate in enumerate(available):
            if candidate != word.folded:
                continue
            before = index > 0 and checked[index - 1].content and position > 0 and \
                folded_reference[position - 1] == checked[index - 1].folded
            after = index + 1 < len(checked) and checked[index + 1].content and \
                position + 1 < len(reference) and folded_reference[position + 1] == checked[index + 1].folded
            if before or after:
                available[position] = None
                covered[index] = True
                break
    for matches in (lambda a, b: a == b, lambda a, b: stem(a) == stem(b), difflib_fuzzy_equal):
        for index, word in enumerate(checked):
            if covered[index]:
                continue
            for position, candidate in enumerate(available):
                if candidate is not None and matches(word.folded, candidate):
                    available[position] = None
                    covered[index] = True
                    break
    folded = {w.folded for w in reference}
    return [flag or parts_present(word, folded) for word, flag in zip(checked, covered)]


def test_fuzzy_equal_is_difflibs_ratio_on_real_words(sentence_pairs):
    vocabulary = sorted({w.folded for english, spanish, _ in sentence_pairs[:40]
                         for w in words(english, "en") + words(spanish, "es")})
    pairs = list(itertools.combinations(vocabulary, 2))
    decided = [fuzzy_equal(a, b) for a, b in pairs]
    assert decided == [difflib_fuzzy_equal(a, b) for a, b in pairs]
    assert 0 < sum(decided) < len(pairs)  # both answers occur: cognates and names meet, other words do not


def test_covered_flags_is_greedy_one_to_one_coverage(sentence_pairs):
    uncovered = 0
    for english, spanish, translation in sentence_pairs:
        checked = words(english, "en")
        reference = words(spanish, "es") + words(translation, "en")
        flags = covered_flags(checked, reference)
        assert flags == greedy_covered_flags(checked, reference), english
        uncovered += flags.count(False)
    assert uncovered > 0  # real translations leave some words uncovered: the comparison is not trivial


def test_a_repeated_word_is_covered_where_its_neighbour_matches_too():
    """The wmt sentence with "of Chelmsford Road in Brentwood" dropped (bench/results/eval.json) has one "Road",
    Shenfield's: the full sentence's first "Road", Chelmsford's, stays uncovered with the dropped words."""
    full = ("Carole Paulson, of Chelmsford Road in Brentwood, was involved in the accident on Friday afternoon on "
            "Shenfield Road in the town.")
    edited = "Carole Paulson, was involved in the accident on Friday afternoon on Shenfield Road in the town."
    checked = words(full, "en")
    flags = dict(((w.text, w.start), flag) for w, flag in zip(checked, covered_flags(checked, words(edited, "en"))))
    roads = [start for text, start in flags if text == "Road"]
    assert [flags["Road", start] for start in roads] == [False, True]
    assert flags["Chelmsford", full.index("Chelmsford")] is False
    assert flags["Shenfield", full.index("Shenfield")] is True
    # a neighbour that is a stopword is no context: "in" follows both roads
    checked = words("Chelmsford Road in Brentwood and Shenfield Road", "en")
    reference = words("Road in the town", "en")
    assert covered_flags(checked, reference)[1] is True  # first in order, as before


def test_folded_words_are_the_folded_forms_of_words(sentence_pairs):
    texts = [text for pair in sentence_pairs for text in pair]
    texts += ["Kazajistán’s co-op ⒈ İstanbul U.S.A. ﬁne ½", "d’Artagnan ALVAREZ 3.5 x_y"]
    for text in texts:
        for lang in ("en", "es"):
            assert folded_words(text) == tuple(w.folded for w in words(text, lang)), text


def test_words_fold_each_word_as_fold_does():
    for text in ["Kazajistán’s co-op ⒈ İstanbul U.S.A. ﬁne", "ALVAREZ and Álvarez, 3.5 per-cent"]:
        for word in words(text, "en"):
            assert word.folded == fold(word.text).strip("."), word
            assert text[word.start:word.end] == word.text


def test_covered_by_folded_stops_when_settled_and_else_is_covered_flags(sentence_pairs):
    steps = 0
    for english, spanish, translation in sentence_pairs:
        checked = words(english, "en")
        reference = words(spanish, "es") + words(translation, "en")
        folded = [w.folded for w in reference]
        full = covered_flags(checked, reference)
        assert covered_by_folded(checked, folded) == full
        seen = []

        def settled(flags):
            seen.append(list(flags))
            return len(seen) == 2  # stop after the exact matches

        early = covered_by_folded(checked, folded, settled)
        if len(seen) == 2:  # a step ran and was then declared enough: an earlier, smaller cover
            steps += 1
            assert early == seen[-1]
            assert all(flag <= final for flag, final in zip(early, full))  # steps only ever cover more
    assert steps > 0


def test_stem_strips_the_first_suffix_in_order_as_a_plain_scan_does(sentence_pairs):
    from bilingo.rules.words import STEM_SUFFIXES

    def plain_stem(folded: str) -> str:
        if folded.isdigit() or len(folded) <= 4:
            return folded
        for suffix in STEM_SUFFIXES:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
                folded = folded[: -len(suffix)]
                break
        return folded[:5]

    folded = {w.folded for pair in sentence_pairs for text in pair for w in words(text, "en")}
    folded |= {base + suffix for base in ("abcd", "abcde", "xy", "12345") for suffix in STEM_SUFFIXES}
    for word in folded:
        assert stem(word) == plain_stem(word), word
        assert stem(word)[:4] == word[:4]  # what _take_equal_stems relies on


def test_word_columns_are_the_fields_of_words(sentence_pairs):
    from bilingo.rules.words import word_columns
    texts = [text for pair in sentence_pairs for text in pair] + ["A b c-d it's I'm X 3 of the 5.5 ⒈ Ño"]
    for text in texts:
        for lang in ("en", "es", "fr"):
            assert list(zip(*word_columns(text, lang))) == [tuple(word) for word in words(text, lang)], text


@pytest.fixture(scope="module")
def opposite_phrases() -> dict[str, set[str]]:
    """Every phrase of the opposites' table, per language, lower-cased: the largest set a ``PhraseSet`` holds."""
    from bilingo.rules.opposites import OPPOSITES, expand

    return {lang: {phrase.lower() for languages in OPPOSITES.values() for phrases in languages[lang]
                   for phrase in expand(phrases)} for lang in ("en", "es")}


@pytest.mark.parametrize("ignore_case", [True, False])
def test_phrase_set_finds_what_the_expression_of_its_phrases_finds(sentence_pairs, opposite_phrases, ignore_case):
    """``PhraseSet`` replaces one regular expression of the phrases (``alternation``, bounded by anything but a word
    character or a hyphen) that took ``re`` a second to compile: on real sentences, their Apertium translations and
    the same sentences shouted, it finds the same phrases at the same places, searched from every position."""
    import re

    from aligned_builder import original_sentence_pairs
    from bilingo.rules.words import PhraseSet, alternation

    pairs = original_sentence_pairs()[::4]
    texts = {"en": [en for en, _ in pairs] + [pair[2] for pair in sentence_pairs],
             "es": [es for _, es in pairs] + [pair[1] for pair in sentence_pairs]}
    found = 0
    for lang, phrases in opposite_phrases.items():
        expression = re.compile(r"(?<![\w-])(?:" + alternation(phrases, space=r"\s+") + r")(?![\w-])",
                                re.IGNORECASE if ignore_case else 0)
        phrase_set = PhraseSet(phrases, ignore_case=ignore_case)
        for number, text in enumerate(texts[lang] + [text.upper() for text in texts[lang][:200]]):
            for position in range(len(text) + 1) if number % 10 == 0 else (0,):
                expected = expression.search(text, position)
                got = phrase_set.search(text, position)
                assert (got and (got.start(), got.end(), got.group())) == (
                    expected and (expected.start(), expected.end(), expected.group())), (text, position)
                found += expected is not None
            assert [match.span() for match in expression.finditer(text)] == [
                (match.start(), match.end()) for match in phrase_set.finditer(text)]
    assert found > 1000  # (the phrases are there to be found)


def test_phrase_set_takes_the_longest_phrase_whole_words_and_any_run_of_spaces():
    from bilingo.rules.words import PhraseSet

    phrases = PhraseSet({"no longer", "no longer accepting", "coal", "boys'", "% de contención"})
    spans = lambda text: [match.group() for match in phrases.finditer(text)]  # noqa: E731
    assert spans("It is No longer\n accepting patients") == ["No longer\n accepting"]
    assert spans("no longer accepting-ish") == ["no longer"]  # (a phrase never ends inside a word)
    assert spans("coal-fired, charcoal, coal.") == ["coal"]
    assert spans("the boys' team; boys'x") == ["boys'"]
    assert spans("un 90 % de contención, 90% de contención") == ["% de contención"]
    assert [match.start() for match in phrases.finditer("İstanbul no longer")] == [len("İstanbul ")]
    assert PhraseSet({"Coal"}, ignore_case=False).search("coal, Coal").start() == 6
    with pytest.raises(ValueError):
        PhraseSet({"Coal"})
    with pytest.raises(ValueError):
        PhraseSet({"no  longer"})
