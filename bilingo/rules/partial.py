"""partial-only-in-en / partial-only-in-es: words of an aligned pair with no counterpart.

Sentence-level rules see a pair as "translated" when most of it matches; a dropped
clause or an added qualifier hides inside such a pair. This rule compares the pair word
by word, through the machine translation that the pipeline already made:

* **The untranslated side** (English, with ``translate_to = "en"``): each content word
  (not a stopword) is looked up among the words of the machine translation of the other
  side, and among that side's original words (names and numbers pass through MT
  unchanged). Words match when they are equal after case and accent folding, share a
  crude stem (``stem``: suffix stripping for English and Spanish, then a 5-letter
  prefix), or are near-identical strings (difflib ratio >= 0.8).
* **The translated side** (Spanish): Apertium gives no word alignment, so the check runs
  on the words of its translation (checked against the English original, as above), and
  a run of uncovered translation words is projected back onto the Spanish words by a
  monotone map: words that are identical in source and translation (names, numbers,
  cognates that Apertium leaves alone) are anchors, found with difflib's matching blocks,
  and positions in between are interpolated linearly. The span in the Spanish file is
  therefore approximate (within a word or two at either end), which the confidence
  reflects; the evidence quotes the translation words that were not covered.

Uncovered content words form a *run* when only stopwords and punctuation separate them.
A run is reported when it holds at least ``SHORT_RUN_WORDS`` content words, the checked
text is longer than its counterpart by most of the run's length (``Evidence.excess``,
against the document's own length ratio of checked text to counterpart, ``length_scale``:
machine translation runs longer than human text), and deleting the run raises the chrF
of the counterpart against the text (``Evidence.gain``: more for a shorter run, more on
the translated side, less the more of its length the counterpart lacks: ``gain_needed``); and when at most
half of it is found in the counterpart of a neighbouring pair
(translators move clauses across sentences; ``NEIGHBOUR_PAIRS``, now 0). A run must also
leave a word of its text found in the counterpart, a number aside (``_anchored_outside``): where only a time or a
number is found, the rest is the sentence in other words ("El salto inicial está programado para las 7:30 p. m." /
"Tip-off is set for 7:30 p.m."); and a run shorter than ``MIN_RUN_WORDS`` may not hold most of its sentence's content
words: "Home prices keep rising" / "Los precios de las viviendas siguen subiendo" ("the houses follow going up") is
the sentence in other words, not a part of it added (on one clause dropped from each dev document, 198 → 195 of 432
found from the Spanish, 247 → 245 of 414 from the English; 6 findings fewer on the faithful dev documents).

A run that is a whole last clause, from the sentence's last comma (or semicolon, colon, dash, parenthesis) to its end
(``whole_clause``), whose length the counterpart lacks whole (``MISSING_RUN_EXCESS``), needs a smaller gain
(``CLAUSE_GAIN``, with a smaller margin on the translated side): an editor's cut or a skipped line leaves such a
clause, while a paraphrase seldom lines up with the punctuation ("..., to whom the story was related" / "...,
que fue a quien le relató la historia"). On the last clause dropped from a sentence of each dev document, 448 → 460
of 846 found (197 → 199 from the Spanish, 251 → 261 from the English); nothing new on the faithful documents of
``bench/measure_rules.py``, in either mode, where a clause ending anywhere, or no margin, added two or three.

A number said in words on one side and in digits on the other ("mil doscientas personas" / "1,200 people") is said:
Apertium's words for it ("one thousand two hundred") are not the other side's, and the numbers rule compares the
values (``_number_words_said_in_digits``). So is a shorthand the other side spells out ("open 24/7" / "abierta las 24
horas, los 7 días de la semana", ``SHORTHANDS``), where every content word of the run spells it.

A pair of headings is not read: each desk writes its own headline in its own words, and a word one holds that the
other lacks is no clause dropped (``_headlines``).

A word Apertium does not know it leaves as it is ("se han percatado" → "have percatado"), so the English word it
stands for ("realize") looks uncovered and may join the run of a dropped clause, whose length then no longer stands
out. Where the translation kept such words (``untranslated_words``), a run that fails the length tests is tried
again without as many content words at its start or end (``_trimmed_runs``): on one clause dropped from the
Spanish of each dev document, 173 → 177 of 432 found, the faithful documents of flores, WMT and tico19 unchanged.

Limits: synonyms that Apertium does not produce (a translator's "declared" for "said")
look uncovered, which is why runs need several content words; paraphrase of a whole
clause is indistinguishable from omission plus addition. The ``gain`` signal is a
reference-based analogue of contrastive conditioning (Vamvas & Sennrich 2022).

**A dropped last item of a list** ("... at the high school, the public library and the county
fairgrounds." / "... en la escuela secundaria y la biblioteca pública."): a list's last item is often one or
two content words, too few for a run. It is reported (``_last_item_finding``) when a sentence closes on a
list, a comma within ``LIST_WINDOW_CHARS`` before a conjunction and at most three words after it (articles
and prepositions aside: ``LAST_ITEM``; "and lighting on the river trail"), and

* none of the item's content words is covered by the other side, while at least ``LAST_ITEM_MIN_COVERED``
  of the sentence's other content words are (``LAST_ITEM_MIN_HEAD_WORDS`` of them at least);
* the item names something: no number (the numbers rule's to report), no vague closing ("and so on", "and other
  kinds", or a bound, "or older": ``NOT_AN_ITEM``, ``VAGUE_ITEM_WORDS``), no hedge ("or at least nearby":
  ``HEDGES``), no half of an expression ("back and forth", "more or less": ``IDIOM_PAIRS``); an item with a name (a
  capitalised word but a language or a nationality, ``item_names``) only where the other version never names it
  (``_named_in_version``): where it does, the names rule reports the name missing, and where it does not, no other
  rule sees it go ("from Venezuela, Colombia, Honduras and Ecuador" / "de Venezuela, Colombia y Honduras");
* the other side does not close on a coordinated phrase of its own (a conjunction among its last eight
  words, or a slash: ``CLOSING_CONJUNCTION``), which is most likely the item in other words ("triumph and
  struggle" / "triunfo y lucha"), unless its last item is one the checked side holds earlier: the list is
  one item shorter there (``_closes_on_an_earlier_item``; a name MT keeps as it is, "Colombia", is that item when
  the checked side says it letter for letter, and so is a name MT turns, read in the other side's original:
  "Smith y Lee", which Apertium renders "Smith and Reads", against "Smith, Lee and Ortiz",
  ``_closes_on_an_earlier_name``).

On the translated side the item is looked for in the original (its span in the file, not projected) and in the
machine translation (the words checked). Measured on 361 faithful flores and WMT documents through Apertium: none
gets such a finding (a 60-character window let in 3, a 40-character one none); of 495 sentences whose closing
coordinated phrase was dropped on one side it finds 10%, and 11% of 184 lists shortened by one item (on the flores
lists of tests/test_rule_partial.py, 15 of 149 shortened, 21 since a named item is read; none of 200 untouched
documents gets a finding, nor any faithful document of the measurement set). Most of the rest are pairs of words
("X and Y", left out: translators recast them too often; with them 6 of the 361 documents got a finding), items the
names and numbers rules report, or items Apertium words differently from the other side. The eval is unchanged (it
makes no such edit).

**A son or a daughter dropped from a list of kin** ("survived by two daughters, a son and eight grandchildren" /
"dos hijas y ocho nietos"; ``_dropped_kin_finding``): two words, too few for a run, and seldom a list's last item.
Where one side names a kin of both genders (a son and a daughter, a brother and a sister, a grandson and a
granddaughter) and the other side names that kin in one gender only, the other gender's word is reported, its
count or article with it ("a son"). A word of either gender on the other side (English "children", Spanish's
masculine plural "hijos") may be any of them, and a kin the other side does not name at all is left to the other
readings. The dev corpus has no faithful pair that lists both genders of a kin (obituaries are not in it); the
faithful documents get no such finding.

**A person's death said on one side only** ("He was taken to University Hospital, where he died" / "Fue trasladado
al Hospital Universitario"; ``_dropped_death_finding``): one or two words, too few for a run, and the fact an editor
must not lose. A death is read plainly said ("died", "was killed", "pronounced dead", "murió", "perdió la vida"; not a
bill's "died in committee", the wind's "died down", nor "killed the bill"), and only where the other side's sentence
holds no word of a death, an injury or a survival, of a person or not, in either language: a death said another way
("sin vida", "víctimas mortales") is the same fact, and one turned into an injury is decision-mismatch's. Of the dev
corpus's faithful sentence pairs, 50 say a death in English and 42 in Spanish; none is read as dropped.

Model-based contrastive conditioning (``bilingo.rules.contrastive``): when the document
carries a ``scorer`` (the Marian backend), each reported run is re-scored: the other
side's text given this side's text with and without the run, under the translation
model. Its omission confidence goes into the evidence as ``contrastive`` and the
finding's confidence becomes the mean of the word-level confidence and that one. It
only re-weighs findings, never adds or removes one: with no real model weights here its
quality is unmeasured. Without a scorer (Apertium), or without a model for the
direction, nothing changes.

Same-language mode (two English versions): words of each side are checked against the
other side's words directly; the rule is named after the language of the side.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from operator import sub

from bilingo.findings import make_finding, pair_evidence, segment_span
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.contrastive import pair_run_omission_score
from bilingo.rules.names import DEMONYM
from bilingo.rules.numbers import COUNT_VALUES, SCALE_WORDS, _segment_mentions
from bilingo.rules.relations import dropped_kin, kin_genders
from bilingo.rules.words import TEXT_MEMO_SIZE, Word, covered_by_folded, fold, folded_words, fuzzy_equal, parts_present, stem, word_columns, words
from bilingo.score import ChrfScorer, similarity
from bilingo.settings import Settings

RULES_BY_LANG = {"en": "partial-only-in-en", "es": "partial-only-in-es"}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

# Thresholds tuned on corpus-dev (see tests/test_rule_partial.py and the module doc):
MIN_RUN_WORDS = 4  # content words in an uncovered run...
MIN_GAIN = 0.10  # ...whose deletion raises chrF (0-1 scale) by this much
SHORT_RUN_WORDS = 3  # a shorter run needs...
SHORT_RUN_GAIN = 0.15  # ...a larger gain
MIN_EXCESS = 0.7  # checked text longer than its counterpart by at least this share of the run
LONG_RUN_WORDS = 8  # a run this long (content words)...
LONG_RUN_EXCESS = 0.9  # ...whose whole length, nearly, the counterpart lacks...
LONG_RUN_GAIN = 0.07  # ...needs a smaller gain: the more words a run holds, the less its deletion moves chrF
MISSING_RUN_EXCESS = 1.0  # so does a run of MIN_RUN_WORDS whose whole length, or more, the counterpart lacks
LACKING_MORE_EXCESS = 1.4  # a run of MIN_RUN_WORDS whose counterpart lacks more than its length...
LACKING_MORE_GAIN = 0.04  # ...needs less still: it is part of a longer omission
CLAUSE_GAIN = 0.07  # so does a run that is a whole clause, of MIN_RUN_WORDS or SHORT_RUN_WORDS, the counterpart lacks
CLAUSE_MARGIN = 0.015
TRANSLATED_GAIN_MARGIN = 0.03  # the translated side is checked through noisier MT: it needs a larger gain
PRIOR_CHARS = 1000  # characters of counterpart text the document's length ratio is pulled toward 1 by (see
# ``length_scale``): about seven sentences, so a short document keeps the plain length comparison
NEIGHBOUR_PAIRS = 0


# --- the neighbourhood ----------------------------------------------------------------


class Vocabulary:
    """The words a text is checked against, indexed for exact, stem and fuzzy look-up."""

    def __init__(self, reference: list[Word]):
        self.folded = {w.folded for w in reference}
        self.stems = {stem(w.folded) for w in reference if w.content}
        self.long = [w.folded for w in reference if w.content and len(w.folded) >= 4]

    def covers(self, word: Word) -> bool:
        if word.folded in self.folded or stem(word.folded) in self.stems or parts_present(word, self.folded):
            return True
        return any(fuzzy_equal(word.folded, candidate) for candidate in self.long)


# --- runs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Consecutive uncovered content words (stopwords may sit between): first and last word index."""

    first: int
    last: int
    content_words: int
    clause: bool = False  # a whole clause, from the mark that opens it to the one that closes it (``whole_clause``)


def uncovered_runs(checked: list[Word], covered: list[bool]) -> list[Run]:
    """Maximal runs of uncovered content words, bridging stopwords but not covered content words."""
    runs: list[Run] = []
    first = last = None
    count = 0
    for index, (word, is_covered) in enumerate(zip(checked, covered)):
        if not word.content:
            continue
        if not is_covered:
            if first is None:
                first = index
            last, count = index, count + 1
        elif first is not None:
            runs.append(Run(first, last, count))
            first, count = None, 0
    if first is not None:
        runs.append(Run(first, last, count))
    return runs


@dataclass(frozen=True)
class Evidence:
    """The two length-based signals that separate an omission from a paraphrase.

    ``excess``: how much longer the checked text is than its counterpart (both in the
    same language), as a share of the run's length: about 1 when the run is simply
    missing on the other side, about 0 when the other side says the same thing in other
    words. ``gain``: how much the chrF of the counterpart against the checked text rises
    when the run, with the stopwords that lead into it, is deleted from the checked text
    (a reference-based analogue of contrastive conditioning). A dropped clause takes its
    function words with it ("y que según fuentes de ..."): deleting only from the first
    content word on leaves "and that according to" behind, which the counterpart lacks
    too, and on corpus-dev hid such clauses under the gain threshold.
    """

    excess: float
    gain: float


def length_excess(checked_text: str, counterpart_text: str, begin: int, end: int, scale: float = 1.0) -> float:
    """``Evidence.excess`` for the run at [begin, end) of ``checked_text``, against the length the checked
    text would have if it said what its counterpart says: ``scale`` times the counterpart's (``length_scale``)."""
    return (len(checked_text) - scale * len(counterpart_text)) / max(1, end - begin)


def leading_stopwords_start(checked: list[Word], run: Run) -> int:
    """Index of the first of the stopwords that lead into ``run``: the word after the content word before it
    (covered, since runs are maximal), or the sentence's first word."""
    first = run.first
    while first > 0 and not checked[first - 1].content:
        first -= 1
    return first


def run_evidence(checked_text: str, counterpart_text: str, begin: int, end: int,
                 deleted_from: int | None = None, scale: float = 1.0) -> Evidence:
    """``Evidence`` for the run at [begin, end) of ``checked_text``; the gain deletes from ``deleted_from``
    (where the stopwords leading into the run begin) when given, from ``begin`` otherwise."""
    without = checked_text[: begin if deleted_from is None else deleted_from] + checked_text[end:]
    gain = similarity(counterpart_text, without) - similarity(counterpart_text, checked_text)
    return Evidence(length_excess(checked_text, counterpart_text, begin, end, scale), gain)


def is_omission(run: Run, evidence: Evidence, margin: float = 0.0) -> bool:
    """The decision, tuned on corpus-dev: a run whose length the counterpart lacks (``MIN_EXCESS``), whose deletion
    raises the chrF by ``gain_needed``.

    ``margin`` raises every gain threshold (``TRANSLATED_GAIN_MARGIN`` for runs found in a translation).
    """
    if evidence.excess < MIN_EXCESS:
        return False
    needed = gain_needed(run, evidence)
    if needed == CLAUSE_GAIN and run.clause:
        margin = min(margin, CLAUSE_MARGIN)
    return needed is not None and evidence.gain >= needed + margin


def gain_needed(run: Run, evidence: Evidence) -> float | None:
    """The chrF gain that makes ``run`` an omission, or None when it is too short for one: a long run with a
    clear gain, a shorter one with a large one, and less the more of its length the counterpart lacks.

    A run of ``LONG_RUN_WORDS`` or more whose length the counterpart lacks nearly whole (``LONG_RUN_EXCESS``) needs
    ``LONG_RUN_GAIN`` (half a sentence dropped: "..., recent examples of his work including the portraits on the new
    $5 and $100 bills" raised the chrF by 0.127 only, against 0.13 on the translated side). So does a run of
    ``MIN_RUN_WORDS`` or more that the counterpart lacks all of (``MISSING_RUN_EXCESS``: "Years of abuse by her
    stepfather led a woman to kill herself, a court has been told" against "Un tribunal ha oído", a gain of 0.095),
    and a run whose counterpart lacks more than its length (``LACKING_MORE_EXCESS``) is the part of a longer
    omission whose other words were matched elsewhere in the sentence: it needs ``LACKING_MORE_GAIN`` ("two doors
    down on West Scott Avenue", 0.071). On one clause dropped from each dev document, 177 → 198 of 432 found from
    the Spanish, 212 → 247 of 414 from the English, with no new finding on the faithful documents of flores, WMT
    and tico19 (in both modes of ``bench/measure_rules.py``; at an excess of 1.3, two).
    """
    if run.content_words >= MIN_RUN_WORDS and evidence.excess >= LACKING_MORE_EXCESS:
        return LACKING_MORE_GAIN
    if run.clause and run.content_words >= SHORT_RUN_WORDS and evidence.excess >= MISSING_RUN_EXCESS:
        return CLAUSE_GAIN
    if ((run.content_words >= LONG_RUN_WORDS and evidence.excess >= LONG_RUN_EXCESS)
            or (run.content_words >= MIN_RUN_WORDS and evidence.excess >= MISSING_RUN_EXCESS)):
        return LONG_RUN_GAIN
    if run.content_words >= MIN_RUN_WORDS:
        return MIN_GAIN
    return SHORT_RUN_GAIN if run.content_words >= SHORT_RUN_WORDS else None


def run_confidence(run: Run, evidence: Evidence) -> float:
    """How sure, in [0, 1]: 0.5 at the thresholds, rising with the chrF gain and the run's length."""
    threshold = gain_needed(run, evidence)
    if threshold is None:
        threshold = SHORT_RUN_GAIN
    score = 0.5 + 2.5 * (evidence.gain - threshold) + 0.03 * (run.content_words - MIN_RUN_WORDS)
    score += 0.1 * min(1.0, max(0.0, evidence.excess - MIN_EXCESS))
    return max(0.0, min(1.0, score))


def may_hold_omission(checked_text: str, counterpart_text: str, scale: float = 1.0) -> bool:
    """Whether a run of ``checked_text`` can pass ``is_omission``'s length-excess test at all: only if the text
    is longer than its counterpart (the excess of even a one-character run is below ``MIN_EXCESS`` otherwise)."""
    return len(checked_text) - scale * len(counterpart_text) >= MIN_EXCESS


def may_hold_candidate_run(checked: list[Word], covered: list[bool], checked_text: str, counterpart_text: str,
                           scale: float = 1.0) -> bool:
    """Whether the uncovered runs of ``checked`` under ``covered``, or under any flags that cover more words,
    can hold a run that ``candidate_runs`` keeps: lets ``covered_flags`` stop early (on most texts, after the
    exact matches), an exact test.

    A kept run has ``SHORT_RUN_WORDS`` content words or more, and its length excess (a
    positive excess divided by the run's length in characters) reaches ``MIN_EXCESS``.
    Covering more words only splits and shortens runs, and each kept run holds
    ``SHORT_RUN_WORDS`` consecutive uncovered content words that are uncovered and
    consecutive here too, and no longer than the run: so if no such stretch passes the
    excess test, no run can.
    """
    recent: list[Word] = []  # the uncovered content words since the last covered one
    for word, is_covered in zip(checked, covered):
        if not word.content:
            continue
        if is_covered:
            recent = []
            continue
        recent.append(word)
        if len(recent) >= SHORT_RUN_WORDS:
            first = recent[-SHORT_RUN_WORDS]
            if length_excess(checked_text, counterpart_text, first.start, word.end, scale) >= MIN_EXCESS:
                return True
    return False


def _settled_test(checked: list[Word], checked_text: str, counterpart_text: str, scale: float):
    """``not may_hold_candidate_run(checked, covered, ...)`` as a function of ``covered``, for a text that passes
    ``may_hold_omission``, which ``covered_by_folded`` calls up to three times per text. ``candidate_runs``
    builds the same function from its two parts (``_passing_stretches``, then ``_settled_by``), because it
    also uses the stretches on their own; this whole form is what the tests hold against
    ``may_hold_candidate_run``.

    The stretches of ``SHORT_RUN_WORDS`` consecutive content words are listed once, shortest
    first. A text that passes ``may_hold_omission`` has a positive length excess numerator,
    so a longer stretch never has a larger excess: the first stretch that fails the excess
    test settles it (every later one fails too), and one before it whose words are all
    uncovered is a run that may pass: so the passing stretches are found once, and each
    call only looks for one with no covered word. The same answer as ``may_hold_candidate_run``,
    without a pass over every word per call.
    """
    _, starts, ends, _, contents = _columns(checked)
    return _settled_by(_passing_stretches(starts, ends, contents, checked_text, counterpart_text, scale))


def _columns(checked: list[Word]) -> tuple[tuple, ...]:
    """The fields of ``checked`` as columns, as ``word_columns`` gives them (text, start, end, folded, content)."""
    return tuple(zip(*checked)) if checked else ((),) * len(Word._fields)


def _settled_by(passing: list[list[int]]):
    """``_settled_test`` of the text whose ``_passing_stretches`` are ``passing``."""

    def settled(covered: list[bool]) -> bool:
        for stretch in passing:
            if not any(map(covered.__getitem__, stretch)):
                return False
        return True

    return settled


def _passing_stretches(starts, ends, contents, checked_text: str, counterpart_text: str,
                       scale: float) -> list[list[int]]:
    """The stretches of ``SHORT_RUN_WORDS`` consecutive content words of ``checked_text`` (their indices) that pass
    the length excess test, shortest first: what ``_settled_test`` looks at (see there). From the words' columns
    (``word_columns``: start, end, content), so that a text settled without look-ups needs no ``Word``."""
    content = list(compress(range(len(contents)), contents))
    stretches = sorted((ends[content[k + SHORT_RUN_WORDS - 1]] - starts[content[k]],
                        content[k : k + SHORT_RUN_WORDS]) for k in range(len(content) - SHORT_RUN_WORDS + 1))
    passing = []  # the stretches that pass the excess test, found once: a prefix of ``stretches``
    for _, stretch in stretches:
        if length_excess(checked_text, counterpart_text, starts[stretch[0]], ends[stretch[-1]],
                         scale) < MIN_EXCESS:
            break
        passing.append(stretch)
    return passing


def _settled_by_equal_words(foldeds, contents, reference: list[str], passing: list[list[int]]) -> bool:
    """Whether ``covered_by_folded``'s first step (``_take_equal_words``) is sure to cover a word of each of the
    ``passing`` stretches, which settles ``candidate_runs`` (no run to keep): an exact test, from word counts
    alone, that spares most texts the look-ups. From the words' columns (folded, content).

    That step gives each uncovered content word of ``checked`` a free equal reference word
    while one is left, and only words of the same spelling take them: a word whose spelling
    the reference holds at least as often as ``checked``'s content words do is covered
    whatever the order. (Other words may be covered too: then the look-ups decide.)
    """
    content = list(compress(foldeds, contents))
    for stretch in passing:  # (a word or two of the first stretches decide most texts: counted in C, by ``count``)
        for index in stretch:
            folded = foldeds[index]
            if content.count(folded) <= reference.count(folded):  # (a content word counts once at least: so > 0)
                break
        else:
            return False
    return True


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def shortest_stretch(text: str, lang: str) -> int | None:
    """The length in characters of the shortest stretch of ``SHORT_RUN_WORDS`` consecutive content words of
    ``text`` (stopwords between them count in), or ``None`` when it has fewer content words.

    ``may_hold_candidate_run`` with no word covered, for any length excess: the excess of
    a stretch is a positive number divided by its length, largest for the shortest one,
    so if the shortest stretch fails the excess test, every run does (an exact test, made
    before the reference's words are looked up; about two thirds of the texts that pass
    ``may_hold_omission`` stop here). Memoised per text: ``prepare`` finds the sentences'.
    """
    _, starts, ends, _, contents = word_columns(text, lang)  # no ``Word`` tuples for a text that may stop here
    content_starts = list(compress(starts, contents))
    if len(content_starts) < SHORT_RUN_WORDS:
        return None
    content_ends = list(compress(ends, contents))[SHORT_RUN_WORDS - 1 :]
    return min(map(sub, content_ends, content_starts))


def candidate_runs(checked: list[Word], checked_text: str, reference: list[str],
                   counterpart_text: str, scale: float = 1.0,
                   passing: list[list[int]] | None = None, untranslated: int = 0) -> list[tuple[Run, Evidence]]:
    """The uncovered runs of ``checked`` (the words of ``checked_text``) that may be omissions, with their evidence.

    ``reference`` holds the folded words the run is looked for in; ``counterpart_text`` is the
    other side in the language of ``checked_text``. Runs that fail the length tests of
    ``is_omission`` (too few content words, too little length excess) whatever their
    chrF gain are left out before the gain, the costly signal, is computed; a text no
    longer than its counterpart has none (``may_hold_omission``). ``scale``: see ``length_scale``.
    ``passing``: the text's ``_passing_stretches``, from a caller that found them and found the
    text not settled by ``_settled_by_equal_words`` (``_pair_findings``). ``untranslated``: how many words the
    machine translation of the counterpart left in the source language (``untranslated_words``); each may be the
    translation of a content word at either end of a run, so a run that fails the length tests is tried again
    without up to that many of them ("reported to be enriched uranium, was seized" against "... material, was
    decomisado yesterday": "seized" is "decomisado").
    """
    if not may_hold_omission(checked_text, counterpart_text, scale):
        return []

    if passing is None:  # (else the caller found them, and its text not settled by ``_settled_by_equal_words``)
        _, starts, ends, foldeds, contents = _columns(checked)
        passing = _passing_stretches(starts, ends, contents, checked_text, counterpart_text, scale)
        if _settled_by_equal_words(foldeds, contents, reference, passing):
            return []  # (what covered_by_folded would find after its first step, below: most texts)
    settled = _settled_by(passing)
    covered = covered_by_folded(checked, reference, settled)
    if settled(covered):
        return []  # no run can pass the length tests below (most texts: covered_by_folded stopped on it)
    kept = []  # (run, begin, end, where its deletion begins)
    for whole in uncovered_runs(checked, covered):
        for run in _trimmed_runs(checked, whole, untranslated):
            begin, end = checked[run.first].start, checked[run.last].end
            if (run.content_words < SHORT_RUN_WORDS
                    or length_excess(checked_text, counterpart_text, begin, end, scale) < MIN_EXCESS):
                continue
            if not _anchored_outside(checked, covered, whole):
                continue
            deleted_from = checked[leading_stopwords_start(checked, run)].start
            if whole_clause(checked_text, deleted_from, end):
                run = replace(run, clause=True)
            kept.append((run, begin, end, deleted_from))
            break
    return [(run, evidence) for (run, *_), evidence in zip(kept, _runs_evidence(checked_text, counterpart_text,
                                                                                 kept, scale))]


_CLAUSE_OPENERS = ",;:(—–"
_CLAUSE_CLOSERS = ",.;:!?)—–\"”»'’"


def whole_clause(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` (a run with the stopwords that lead into it) is a whole clause: it follows a comma,
    a semicolon, a colon, a dash or an opening parenthesis, and the sentence ends or another such mark comes right
    after it (", which then migrates to humans through mosquitos."). A clause dropped whole is what an editor's cut
    or a translator's skipped line leaves, while a paraphrase seldom lines up with the punctuation."""
    before, after = text[:begin].rstrip(), text[end:].strip()
    return bool(before) and before[-1] in _CLAUSE_OPENERS and all(char in _CLAUSE_CLOSERS for char in after)


def _trimmed_runs(checked: list[Word], run: Run, untranslated: int):
    """``run``, then, up to ``untranslated`` times, the run without the content word at its start or at its end (the
    shorter ones after the longer): the runs ``candidate_runs`` tries, the first that passes its length tests kept."""
    yield run
    runs = [run]
    for _ in range(untranslated):
        shorter = []
        for longer in runs:
            if longer.content_words <= SHORT_RUN_WORDS:
                continue
            contents = [i for i in range(longer.first, longer.last + 1) if checked[i].content]
            shorter += [Run(contents[1], longer.last, longer.content_words - 1),
                        Run(longer.first, contents[-2], longer.content_words - 1)]
        yield from shorter
        runs = shorter


_LONGER_WORD = re.compile(r"[^\W\d_]{4,}")


def untranslated_words(translation: str, source: str, checked_text: str) -> int:
    """How many words a machine translation left as they were in its source: lower-case words of four letters or
    more found in both (Apertium passes the words it does not know: "decomisado", "percatado"), less those that the
    text it is compared with holds too (the two languages spell them alike: "hospital", "material")."""
    source_words = set(filter(str.islower, _LONGER_WORD.findall(source)))
    if not source_words:
        return 0
    checked_words = set(_LONGER_WORD.findall(checked_text.lower()))
    return sum(1 for word in _LONGER_WORD.findall(translation) if word in source_words and word not in checked_words)


def _anchored_outside(checked: list[Word], covered: list[bool], run: Run) -> bool:
    """Whether a word of the text outside ``run`` is found in the counterpart, a number aside: a clause is left out
    of a sentence whose other words were translated. Where only a number or a time is found ("El salto inicial
    está programado para las 7:30 p. m." / "Tip-off is set for 7:30 p.m."), the rest is the same sentence in other
    words, not a part the other side lacks."""
    return any(is_covered and word.content and not word.folded[:1].isdigit()
               for index, (word, is_covered) in enumerate(zip(checked, covered))
               if not run.first <= index <= run.last)


def _runs_evidence(checked_text: str, counterpart_text: str, runs: list[tuple[Run, int, int, int]],
                   scale: float) -> list[Evidence]:
    """``run_evidence`` of each of ``runs`` (run, begin, end, deleted_from) of ``checked_text``, the same numbers.

    The chrF of the counterpart against the text and against the text without each run
    come from one ``ChrfScorer`` (its ``score((0,), (j,))`` is exactly ``similarity`` of
    the two texts: the same integer n-gram counts and arithmetic), which costs about a
    quarter less than a scorer per pair (``similarity``) for the usual one run per text.
    Texts with no character but whitespace go through ``run_evidence``, as before.
    """
    withouts = [checked_text[:deleted_from] + checked_text[end:] for _, _, end, deleted_from in runs]
    if not runs or not counterpart_text.strip() or not checked_text.strip() or not all(map(str.strip, withouts)):
        return [run_evidence(checked_text, counterpart_text, begin, end, deleted_from, scale)
                for _, begin, end, deleted_from in runs]
    scorer = ChrfScorer([counterpart_text], [checked_text] + withouts)
    whole = scorer.score((0,), (0,))
    return [Evidence(length_excess(checked_text, counterpart_text, begin, end, scale),
                     scorer.score((0,), (number,)) - whole)
            for number, (_, begin, end, _) in enumerate(runs, start=1)]


# --- acronyms spelled out ------------------------------------------------------------

ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{2,6})?(?![\w-])")


def expands_acronym(run_words: list[Word], other_texts: list[str], source_words: list[Word] = ()) -> bool:
    """Whether the run spells out an acronym of the other side ("International Air Transport Association"
    for "IATA", "reaction in chain of the polymerase" for "PCR"): translators expand or contract
    acronyms freely, so the run's words are there, in initials.

    The initials of the run's content words, or of its ``source_words`` (the original words
    of a run found in machine translation), must hold all the acronym's letters but one
    (both of a two-letter one), and the run must be at most four content words longer than
    the acronym has letters.
    """
    initials: dict[str, int] = {}
    for group in (run_words, source_words):
        counts: dict[str, int] = {}
        for word in group:
            if word.content:
                counts[word.folded[:1]] = counts.get(word.folded[:1], 0) + 1
        for char, count in counts.items():
            initials[char] = max(initials.get(char, 0), count)
    content = sum(1 for word in run_words if word.content)
    for acronym in {m.group(0) for text in other_texts for m in ACRONYM.finditer(text)}:
        letters: dict[str, int] = {}
        for char in fold(acronym):
            if char.isalpha():
                letters[char] = letters.get(char, 0) + 1
        size = sum(letters.values())
        covered = sum(min(count, initials.get(char, 0)) for char, count in letters.items())
        if covered >= max(2, size - 1) and content <= size + 4:
            return True
    return False


# Shorthand a translator spells out, and the words that spell it in either language (folded): "open 24/7" / "abierta
# las 24 horas, los 7 días de la semana"
SHORTHANDS = {
    re.compile(r"(?<![\d/])24\s?[/-]\s?7(?![\d/])"): frozenset(
        "24 7 seven siete hours horas hour hora days dias day dia week weeks semana semanas around clock reloj"
        .split()),
}


def spells_out_a_shorthand(run_words: list[Word], other_texts: list[str]) -> bool:
    """Whether every content word of the run spells out a shorthand of the other side (``SHORTHANDS``)."""
    content = {word.folded for word in run_words if word.content}
    return bool(content) and any(content <= words and any(pattern.search(text) for text in other_texts)
                                 for pattern, words in SHORTHANDS.items())


# The words a vote's tally is said in when spelled out ("passed 60-40" / "aprobada por 60 votos contra 40", "by 60
# votes to 40"), folded, besides its two numbers
TALLY_WORDS = frozenset(map(fold, "vote votes voto votos favor against contra approved aprobada aprobado aprobo "
                                  "passed rejected rechazada rechazado margin margen".split()))


def spells_out_a_tally(run_words: list[Word], texts: list[str], other_texts: list[str], langs: tuple[str, str]) -> bool:
    """Whether every content word of the run spells out a vote's tally that both sides give, the same two numbers
    on each ("passed 60-40" / "aprobada por 60 votos contra 40"): the tally in other words, not a clause added (one
    given in the other order is ``number-mismatch``'s)."""
    from bilingo.rules.quantities import scores  # (it imports the numbers rule, as this module does)

    tallies = [{frozenset(numbers) for text in side_texts for numbers, _, _ in scores(text, lang)}
               for side_texts, lang in ((texts, langs[0]), (other_texts, langs[1]))]
    shared = tallies[0] & tallies[1]
    content = {word.folded for word in run_words if word.content}
    return bool(content) and any(content <= TALLY_WORDS | numbers for numbers in shared)


# --- projection of translation words onto source words ------------------------------


def project(source: list[Word], translation: list[Word], first: int, last: int) -> tuple[int, int]:
    """Source word indices [a, b] that translation words [first, last] most likely come from.

    Monotone piecewise-linear map through anchors (identical folded words in both); see
    the module doc. Falls back to proportional position when there are no anchors.
    """
    anchors = [(0, 0)]
    def keys(sequence: list[Word], side: str) -> list[str]:
        # only content words anchor: "a", "de", "la" exist in both languages and mean nothing
        return [w.folded if w.content and len(w.folded) > 2 else f"\0{side}{i}" for i, w in enumerate(sequence)]

    matcher = difflib.SequenceMatcher(a=keys(translation, "t"), b=keys(source, "s"), autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            anchors.append((block.a + offset + 1, block.b + offset + 1))  # 1-based inside, 0 = before start
    anchors.append((len(translation) + 1, len(source) + 1))

    def to_source(position: float) -> float:
        for (t0, s0), (t1, s1) in zip(anchors, anchors[1:]):
            if t0 <= position <= t1:
                if t1 == t0:
                    return float(s0)
                return s0 + (position - t0) * (s1 - s0) / (t1 - t0)
        return position * (len(source) + 1) / (len(translation) + 1)

    begin = to_source(first + 1 - 0.5) - 1 + 0.5
    end = to_source(last + 1 + 0.5) - 1 - 0.5
    a = max(0, min(len(source) - 1, round(begin)))
    b = max(a, min(len(source) - 1, round(end)))
    return a, b


def trim(source: list[Word], a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b] so that it starts and ends on a content word (when it holds one)."""
    while a < b and not source[a].content:
        a += 1
    while b > a and not source[b].content:
        b -= 1
    return a, b


# --- a dropped last item -------------------------------------------------------------

_ITEM_WORD = r"[\w'’-]+"
_ITEM_LEAD = {  # articles, possessives and prepositions: an item's words are counted after them
    "en": r"(?:(?:the|a|an|its|his|her|their|our|of|in|on|at|to|for|with)\s+)*",
    "es": r"(?:(?:el|la|los|las|lo|un|una|unos|unas|su|sus|del|de|en|a|al|con|por|para)\s+)*",
}
_CONJUNCTION = {"en": r"(?:and|or)", "es": r"(?:y|e|o|u)"}


def _closing_item(lang: str, most_words: int) -> re.Pattern:
    """A sentence closing on a conjunction and at most ``most_words`` words besides ``_ITEM_LEAD``'s, then its
    closing marks (groups "conjunction", and "item": from the item's first word to its last)."""
    return re.compile(rf"(?:,\s*|\s)(?P<conjunction>{_CONJUNCTION[lang]})\s+(?P<item>{_ITEM_LEAD[lang]}{_ITEM_WORD}"
                      rf"(?:\s+{_ITEM_LEAD[lang]}{_ITEM_WORD}){{0,{most_words - 1}}})[.!?\"”’»)]*\s*$")


# The last item looked for: at most three words besides articles and prepositions (with four, idioms got in).
LAST_ITEM = {lang: _closing_item(lang, 3) for lang in ("en", "es")}
# The other side's last item, compared with the checked side's earlier items (``_closes_on_an_earlier_item``).
OTHER_LAST_ITEM = {lang: _closing_item(lang, 4) for lang in ("en", "es")}
# How a sentence closes on a coordinated phrase of its own: a conjunction among its last eight words, or a slash
# ("water/marsh areas"). (Not a comma: a list that lost its last item keeps its commas, "A, B and C" / "A, B".)
_CLOSING_COORDINATION = r"|(?:^|\s)\S+/\S+(?:\s+\S+){0,7}\s*$"
CLOSING_CONJUNCTION = {
    "en": re.compile(r"(?:^|[\s,;])(?:and|or|nor|as well as)\s+(?:\S+\s+){0,7}\S+\s*$" + _CLOSING_COORDINATION),
    "es": re.compile(r"(?:^|[\s,;])(?:y|e|o|u|ni|como)\s+(?:\S+\s+){0,7}\S+\s*$" + _CLOSING_COORDINATION),
}
# Closing words that end a sentence without naming another item ("and nothing else", "and so on", "y demás").
NOT_AN_ITEM = frozenset({
    "nothing", "else", "so", "on", "forth", "like", "more", "others", "vice", "versa", "less", "otherwise",
    "elsewhere", "beyond", "etc", "nada", "mas", "otros", "otras", "demas", "viceversa", "menos", "sucesivamente",
    "etcetera", "similares",
    # a bound, not an item ("65 years or older")
    "older", "younger", "above", "over", "under",
})
# An item holding one of these is a vague closing ("and other kinds", "y de otros tipos"), not a named item.
VAGUE_ITEM_WORDS = frozenset({"other", "others", "otro", "otra", "otros", "otras", "demas"})
# Pairs joined by a conjunction that make one expression, not two items ("back and forth", "de arriba abajo"
# aside): the word before the conjunction and the item's first word.
IDIOM_PAIRS = frozenset({("back", "forth"), ("to", "fro"), ("up", "down"), ("on", "off"), ("in", "out"),
                         ("now", "then"), ("here", "there"), ("more", "less"), ("ida", "vuelta"), ("mas", "menos")})
# How a closing phrase that hedges, corrects or approximates, rather than adds an item, begins ("or at least
# nearby", "or somewhere in that vicinity", "o incluso").
HEDGES = ("at least", "even ", "perhaps", "maybe", "possibly", "not ", "somewhere", "something", "anything",
          "around ", "about ", "close to", "thereabouts", "al menos", "por lo menos", "incluso", "quizas", "quiza ",
          "tal vez", "no ", "ni siquiera", "algo ", "alrededor", "cerca ", "mas o menos")
LIST_WINDOW_CHARS = 40  # a comma this close before the conjunction: a list of three items or more ("A, B and C")
LAST_ITEM_MIN_COVERED = 0.5  # share of the sentence's other content words the other side covers
LAST_ITEM_MIN_HEAD_WORDS = 3  # content words before the item: a short sentence tells too little
LAST_ITEM_CONFIDENCE = 0.6
KIN_CONFIDENCE = 0.6  # a family member dropped from a list (``_dropped_kin_finding``)
DEATH_CONFIDENCE = 0.7  # a death said on one side only (``_dropped_death_finding``)


def last_item_uncovered(checked: list[Word], covered: list[bool], item_start: int) -> bool:
    """Whether the item beginning at character ``item_start`` of the checked text is missing from the other side:
    none of its content words covered, and at least ``LAST_ITEM_MIN_COVERED`` of the content words before it."""
    if all(word.folded in NOT_AN_ITEM for word in checked if word.content and word.start >= item_start):
        return False
    item = [flag for word, flag in zip(checked, covered) if word.content and word.start >= item_start]
    before = [flag for word, flag in zip(checked, covered) if word.content and word.start < item_start]
    return (bool(item) and not any(item) and len(before) >= LAST_ITEM_MIN_HEAD_WORDS
            and sum(before) >= LAST_ITEM_MIN_COVERED * len(before))


def _closes_on_an_earlier_item(counterpart: str, checked_head: str, lang: str, untranslated: frozenset[str]) -> bool:
    """Whether ``counterpart`` (the other side in ``lang``, the language checked) closes on a last item that the
    checked side holds before its own last item (every content word of it): the list is one item shorter there
    ("tutoring, classes and help" / "tutoring, classes, help and English classes"), not its last item said in
    other words. ``untranslated``: the folded words of the other side's original when ``counterpart`` is its
    machine translation; an item holding one of them (a word MT left as it was) is not judged."""
    item = OTHER_LAST_ITEM[lang].search(counterpart)
    if item is None:
        return False
    counterpart_words = words(counterpart, lang)
    item_words = [word for word in counterpart_words if word.content and word.start >= item.start("item")]
    head_words = list(folded_words(checked_head))
    if any(word.folded in untranslated and not (word.text[:1].isupper() and word.folded in head_words)
           for word in item_words):
        # a word MT left as it was ("toser"), which may match any look-alike ("those"); a name the checked side
        # says letter for letter ("Venezuela y Colombia") is itself
        return False
    covered = covered_by_folded(counterpart_words, head_words)
    flags = [flag for word, flag in zip(counterpart_words, covered)
             if word.content and word.start >= item.start("item")]
    return bool(flags) and all(flags)


def _closes_on_an_earlier_name(other_original: str, other_lang: str, checked_head: str) -> bool:
    """Whether the other side's original closes on a name that the checked side holds before its own last item,
    letter for letter: "Smith y Lee" against "Smith, Lee and Ortiz" is the list one name shorter, though its machine
    translation says "Smith and Reads" (``_closes_on_an_earlier_item`` reads that translation)."""
    item = OTHER_LAST_ITEM[other_lang].search(other_original)
    if item is None:
        return False
    item_words = [word for word in words(other_original, other_lang)
                  if word.content and word.start >= item.start("item")]
    head_words = set(folded_words(checked_head))
    return bool(item_words) and all(word.text[:1].isupper() and word.folded in head_words for word in item_words)


def _names_an_item(original: list[Word], item_start: int) -> bool:
    """Whether the closing phrase beginning at ``item_start`` names an item: not a vague closing ("and other
    kinds"), not a hedge ("or at least nearby"), not one half of an expression ("back and forth", "further and
    further", "more or less")."""
    item = [word for word in original if word.start >= item_start]
    before = [word for word in original if word.end <= item_start]
    if not item or any(word.folded in VAGUE_ITEM_WORDS for word in item):
        return False
    if " ".join(word.folded for word in item).startswith(HEDGES):
        return False
    first = next((word.folded for word in item if word.content), item[0].folded)
    if len(before) >= 2:  # (before[-1] is the conjunction)
        previous = before[-2].folded
        if previous == first or (previous, first) in IDIOM_PAIRS:
            return False
    return True


def _numbers(original: list[Word], item_start: int) -> bool:
    """Whether one of the content words of the item beginning at ``item_start`` holds a digit: the numbers rule's to
    report."""
    return any(any(map(str.isdigit, word.text)) for word in original if word.content and word.start >= item_start)


def item_names(original: list[Word], item_start: int) -> list[Word]:
    """The capitalised content words of the item beginning at ``item_start``, a language or a nationality aside
    ("English, Spanish and Portuguese": English capitalises them, Spanish does not, and the names rule does not
    compare them)."""
    return [word for word in original if word.content and word.start >= item_start
            and word.text[:1].isupper() and not DEMONYM.search(word.folded)]


def _named_in_version(aligned: AlignedDocument, side: str, names: list[Word]) -> bool:
    """Whether the version on ``side`` names one of ``names`` anywhere, in its original words or in its machine
    translation, letter for letter or nearly (``fuzzy_equal``: "Kazakhstan" / "Kazajistán"). A name it does hold is
    the names rule's to report where a pair lacks it; one it never names is a list's last item dropped."""
    version = aligned.version(side)
    texts = [segment.text for segment in version.segments]
    if side == aligned.translated_side:
        texts += aligned.translations
    wanted = {name.folded for name in names}
    for text in texts:
        for folded in folded_words(text):
            if folded in wanted or any(fuzzy_equal(folded, name) for name in wanted):
                return True
    return False


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def closing_list_item(text: str, lang: str) -> tuple[int, int, int, int] | None:
    """Where the last item of the list ``text`` closes on lies: (the comma or space before its conjunction, the
    conjunction, the item's first word, its end), as character offsets; None when ``text`` does not close on a list (``LAST_ITEM`` after a comma within
    ``LIST_WINDOW_CHARS``: "X and Y" is not a list) or its item is no named item (``_numbers``,
    ``_names_an_item``, on these original words). Memoised: ``prepare`` finds the sentences' while the translator
    works."""
    pattern = LAST_ITEM.get(lang)
    if pattern is None or not text.endswith(_CLOSING_MARKS):
        return None
    item = pattern.search(text)
    if item is None:
        return None
    if "," not in text[max(0, item.start() - LIST_WINDOW_CHARS) : item.start() + 1]:
        return None  # "X and Y", not a list: translators recast a pair of words more often than they drop one
    original = words(text, lang)
    if _numbers(original, item.start("item")):  # (the original's)
        return None  # the numbers rule's to report
    if not _names_an_item(original, item.start("item")):
        return None
    return item.start(), item.start("conjunction"), item.start("item"), item.end("item")


_CLOSING_MARKS = tuple(".!?\"”’»)")


def _last_item_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, rule: str,
                       settings: Settings) -> Finding | None:
    """A dropped last item in the last sentence of ``side`` of ``pair`` (see the module doc), or None.

    The item is looked for in the original sentence (its span in the file) and, on the translated side, in
    its machine translation too, whose words are the ones checked against the other side.
    """
    version = aligned.version(side)
    index = getattr(pair, side)[-1]  # the sentence the end of the other side faces
    text = version.segments[index].text
    item = closing_list_item(text, version.lang)
    if item is None:
        return None
    other = aligned.other(side)
    other_indices = getattr(pair, other)
    closing = CLOSING_CONJUNCTION.get(aligned.version(other).lang)
    if closing is None:
        return None
    other_closes = closing.search(_side_text(aligned, other, other_indices)) is not None
    translated = side == aligned.translated_side
    if translated:
        checked_lang = aligned.version(other).lang
        checked_text = aligned.translations[index]
        checked_pattern = LAST_ITEM.get(checked_lang)
        checked_item = checked_pattern.search(checked_text) if checked_pattern is not None else None
        if checked_item is None:
            return None
        checked_item_start, checked_head_end = checked_item.start("item"), checked_item.start()
    else:
        checked_lang, checked_text = version.lang, text
        checked_head_end, _, checked_item_start, _ = item
    checked = words(checked_text, checked_lang)
    item_indices = [i for i, word in enumerate(checked) if word.content and word.start >= checked_item_start]

    def item_covered(flags: list[bool]) -> bool:  # coverage only grows: once an item word is covered, stop
        return any(flags[i] for i in item_indices)

    covered = covered_by_folded(checked, _reference_folded(aligned, pair, side), item_covered)
    if not last_item_uncovered(checked, covered, checked_item_start):
        return None
    names = item_names(words(text, version.lang), item[2])  # (the original's: "inglés", not "English")
    if names and _named_in_version(aligned, other, names):
        # the names rule's to report, and what MT mangles most ("Cabo da Roca": "Cape gives Rock")
        return None
    # the other side's words that its machine translation may have kept as they were
    untranslated = (frozenset(folded_words(_side_text(aligned, other, other_indices)))
                    if aligned.translated_side == other else frozenset())
    head = checked_text[:checked_head_end]
    if other_closes and not (
            _closes_on_an_earlier_item(_counterpart(aligned, pair, side), head, checked_lang, untranslated)
            or (untranslated and _closes_on_an_earlier_name(_side_text(aligned, other, other_indices),
                                                            aligned.version(other).lang, head))):
        return None  # the other side closes on a coordinated phrase of its own: most likely the item in other words
    _, begin, _, end = item
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    other_name = LANGUAGE_NAMES.get(aligned.version(other).lang, aligned.version(other).path)
    if aligned.translated_side is None:
        other_name = aligned.version(other).path
    flagged = text[begin:end]
    evidence = pair_evidence(aligned, side, getattr(pair, side), other_indices)
    evidence.update({
        "confidence": LAST_ITEM_CONFIDENCE,
        "kind": "last item",
        "uncovered_words": [checked[i].text for i in item_indices],
    })
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(aligned.translated_side,
                                                         getattr(pair, aligned.translated_side))
    message = f"“{_shorten(flagged)}” (the last item) has no counterpart in the aligned {other_name} sentence"
    return make_finding(rule, version.source, start, stop, message, lang=version.lang, score=LAST_ITEM_CONFIDENCE,
                        evidence=evidence, settings=settings)


def _dropped_kin_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, rule: str,
                         settings: Settings) -> Finding | None:
    """A son or a daughter (a brother or a sister, a grandson or a granddaughter) that ``side`` lists beside one of
    the other gender and the other side leaves out, naming the rest ("two daughters, a son and eight grandchildren"
    / "dos hijas y ocho nietos"): two words, too few for a run, and no list's last item. Each side is read in its own
    language (``bilingo.rules.relations.dropped_kin``)."""
    version, other = aligned.version(side), aligned.other(side)
    said = [(index, item) for index in getattr(pair, side)
            for item in kin_genders(version.segments[index].text, version.lang)]
    if not said:
        return None
    other_version = aligned.version(other)
    other_said = [(index, item) for index in getattr(pair, other)
                  for item in kin_genders(other_version.segments[index].text, other_version.lang)]
    dropped = dropped_kin(tuple(item for _, item in said), tuple(item for _, item in other_said))
    if dropped is None:
        return None
    index = next(index for index, item in said if item == dropped)
    listed = ", ".join(f"“{other_version.segments[other_index].text[item[2]:item[3]]}”"
                       for other_index, item in other_said if item[0] == dropped[0])
    return _words_finding(aligned, pair, side, rule, settings, (index, dropped[2], dropped[3]), "family member",
                          KIN_CONFIDENCE, f"lists {listed} only")


def _words_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, rule: str, settings: Settings,
                   span: tuple[int, int, int], kind: str, confidence: float, what_the_other_says: str) -> Finding:
    """The finding of a few words of ``side`` (``span``: segment, start, end in its text) that the other side's
    sentence leaves out, the message closing on what that sentence says instead."""
    version, other_version = aligned.version(side), aligned.version(aligned.other(side))
    index, begin, end = span
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    other_name = LANGUAGE_NAMES.get(other_version.lang, other_version.path)
    if aligned.translated_side is None:
        other_name = other_version.path
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, aligned.other(side)))
    evidence.update({"confidence": confidence, "kind": kind})
    flagged = version.segments[index].text[begin:end]
    message = f"“{flagged}” has no counterpart in the aligned {other_name} sentence, which {what_the_other_says}"
    return make_finding(rule, version.source, start, stop, message, lang=version.lang, score=confidence,
                        evidence=evidence, settings=settings)


# A person's death, said plainly ("where he died", "was killed", "murió", "perdió la vida"); not a bill's ("died in
# committee"), the wind's ("died down"), a species' ("died out"), nor a plan killed ("killed the bill")
_DEATH_SAID = {
    "en": re.compile(r"\b(?:died(?!\s+(?:out|down|off|away|in\s+(?:the\s+)?(?:committee|Senate|House|Assembly|"
                     r"Legislature)))|(?:was|were|been|being)\s+(?:shot\s+and\s+|fatally\s+\w+\s+and\s+)?killed|"
                     r"shot\s+and\s+killed|killed\s+in\s+(?:a|an|the)\b|drowned|passed\s+away|"
                     r"(?:found|pronounced|declared)\s+dead|fatally\s+(?:shot|injured|wounded|struck|stabbed|hurt)|"
                     r"lost\s+(?:his|her|their)\s+li(?:fe|ves))\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:murió|murieron|falleció|fallecieron|perdió\s+la\s+vida|perdieron\s+la\s+vida|"
                     r"(?:fue|fueron)\s+(?:asesinad|abatid)[oa]s?|se\s+ahog(?:ó|aron)|"
                     r"(?:hallad|encontrad|declarad)[oa]s?\s+(?:muert[oa]s?|sin\s+vida))\b"
                     r"(?!\s+en\s+(?:el\s+|la\s+)?(?:comité|Senado|Cámara|Asamblea))", re.IGNORECASE),
}
# Any word of a death, an injury or a survival, of a person or not, in either language: a side holding one says the
# death another way ("sin vida", "víctima mortal", "cadáver") or changed it (injured, alive, found safe:
# decision-mismatch's)
_DEATH_OR_HARM_WORDS = re.compile(
    r"die|dead|death|kill|fatal|perish|drown|murder|slain|li(?:fe|ves)\b|passed\s+away|homicid|bod(?:y|ies)|remains|"
    r"deceased|casualt|injur|hurt|wound|surviv|alive|rescu|muer|muri|fallec|mortal|letal|sin\s+vida|la\s+vida|"
    r"cadáver|cuerpo|restos|difunt|asesin|mat(?:ó|aron|ado|ada)\b|ahog|suicid|deceso|occis|caíd|fenec|sucumb|"
    r"sepult|funeral|velorio|luto|fulminante|herid|lesion|sobreviv|viv[oa]s?\b|con\s+vida|rescat|ilesa|ileso|"
    r"safe|unharm|unscath|a\s+salvo",
    re.IGNORECASE)


def _dropped_death_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, rule: str,
                           settings: Settings) -> Finding | None:
    """A person's death that ``side`` says and the other side's sentence leaves out ("He was taken to University
    Hospital, where he died" / "Fue trasladado al Hospital Universitario"): one or two words, too few for a run, and
    the fact an editor must not lose. Read only where the other side holds no word of a death, an injury or a
    survival at all, in either language (a death said another way, or changed into an injury, which
    decision-mismatch reports)."""
    version, other_version = aligned.version(side), aligned.version(aligned.other(side))
    reading = _DEATH_SAID.get(version.lang)
    if reading is None:
        return None
    said = next(((index, match) for index in getattr(pair, side)
                 if (match := reading.search(version.segments[index].text)) is not None), None)
    if said is None or any(_DEATH_OR_HARM_WORDS.search(other_version.segments[index].text)
                           for index in getattr(pair, aligned.other(side))):
        return None
    index, match = said
    return _words_finding(aligned, pair, side, rule, settings, (index, match.start(), match.end()), "death",
                          DEATH_CONFIDENCE, "says no death")


# --- the rule -------------------------------------------------------------------------


def _rule(aligned: AlignedDocument, side: str) -> str:
    lang = aligned.version(side).lang
    if lang not in RULES_BY_LANG:
        lang = "es" if aligned.version(aligned.other(side)).lang == "en" else "en"
    return RULES_BY_LANG[lang]


def _counted(pair: AlignedPair, settings: Settings) -> bool:
    return pair.is_match and (pair.score is None or pair.score >= settings.match_threshold)


def _headlines(aligned: AlignedDocument, pair: AlignedPair) -> bool:
    """Whether both sides of a pair are headings: each desk writes its own headline in its own words ("ties record
    low as arctic front moves in" / "iguala su temperatura mínima récord con la llegada de un frente ártico"), so a
    word of one not in the other is no clause dropped; the other rules still read them."""
    return all(aligned.version(side).segments[index].kind == "heading"
               for side in ("left", "right") for index in getattr(pair, side))


def _side_text(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> str:
    segments = aligned.version(side).segments
    if len(indices) == 1:
        return segments[indices[0]].text  # most pairs: what the join of one text gives, without a generator
    return " ".join(segments[i].text for i in indices)


def _reference_words(aligned: AlignedDocument, pair: AlignedPair, side: str) -> list[Word]:
    """What the words of ``side`` are checked against: the other side, original and translated."""
    other = aligned.other(side)
    indices = getattr(pair, other)
    reference = words(_side_text(aligned, other, indices), aligned.version(other).lang)
    if aligned.translated_side == other:
        reference += words(aligned.translation_of(other, indices), aligned.version(side).lang)
    return reference


def _reference_folded(aligned: AlignedDocument, pair: AlignedPair, side: str) -> list[str]:
    """The folded forms of ``_reference_words``: all that ``candidate_runs`` looks at, and cheaper to find."""
    other = aligned.other(side)
    indices = getattr(pair, other)
    reference = list(folded_words(_side_text(aligned, other, indices)))
    if aligned.translated_side == other:
        reference += folded_words(aligned.translation_of(other, indices))
    return reference


def _checked_text(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> str:
    """What is checked on ``side``: its text, or its machine translation when it is the translated side."""
    if side == aligned.translated_side:
        if len(indices) == 1:
            return aligned.translations[indices[0]]  # (as ``_side_text``)
        return " ".join(aligned.translations[i] for i in indices)
    return _side_text(aligned, side, indices)


def _counterpart(aligned: AlignedDocument, pair: AlignedPair, side: str) -> str:
    """The other side of ``pair`` in the language of what is checked on ``side``."""
    other = aligned.other(side)
    indices = getattr(pair, other)
    if aligned.translated_side == other:
        return aligned.translation_of(other, indices)
    return _side_text(aligned, other, indices)


def pair_texts(aligned: AlignedDocument, pair: AlignedPair) -> dict[str, str]:
    """What is checked on each side of ``pair`` (``_checked_text``), joined once: each side's is also the other
    side's counterpart (``_counterpart``: ``translation_of`` joins the same texts), and ``length_scale`` and
    ``_pair_findings`` both read them."""
    return {side: _checked_text(aligned, side, getattr(pair, side)) for side in ("left", "right")}


def length_scale(aligned: AlignedDocument, counted: list[AlignedPair], side: str,
                 texts: list[dict[str, str]] | None = None) -> float:
    """How many characters of checked text on ``side`` say what one character of counterpart says, in this
    document: the ratio of their lengths over its counted pairs, pulled toward 1 by ``PRIOR_CHARS``.

    The length excess compares a human text with a machine translation, and Apertium's
    English of Spanish news runs longer than the English it translates ("In this moment of
    the party" for "at this point"): pooled over the documents of ``bilingo eval``, the
    English original is 0.90 times as long as Apertium's English of the Spanish, and that
    translation 1.11 times the English original, with documents spread between 0.78 and
    0.99 (10th and 90th percentiles) on the English side. Compared as if equal, a
    translation's own verbosity looked like added words on the translated side (most of
    ``partial-only-in-es``'s false positives) and hid omissions on the other. Measured per
    document, the ratio follows the translator, the direction and the translator of the
    article; the prior keeps a short document, whose few pairs would measure their own
    omissions, near the plain comparison. ``texts``: the ``pair_texts`` of ``counted``, when already joined.
    """
    if texts is None:
        texts = [pair_texts(aligned, pair) for pair in counted]
    other = aligned.other(side)
    checked_chars = counterpart_chars = 0
    for pair, text in zip(counted, texts):
        if getattr(pair, side) and getattr(pair, other):
            checked_chars += len(text[side])
            counterpart_chars += len(text[other])
    return (checked_chars + PRIOR_CHARS) / (counterpart_chars + PRIOR_CHARS)


def prepare(version: Version, settings: Settings) -> None:
    """The per-sentence analyses of ``check`` that need no translation, run while the translator works (see
    ``bilingo.check.prepare_checks``) and memoised in ``bilingo.rules.words``, so that ``check`` finds them done:
    the folded words of every sentence (what the other side's words are looked up in), the list each closes
    on (``closing_list_item``), and the words of the sentences checked as written, those of a version in the
    language translations are made into (the other version's sentences are checked through their translation)."""
    if all(rule in settings.disabled_rules for rule in RULES_BY_LANG.values()):
        return
    checked_as_written = version.lang == settings.translate_to
    for segment in version.segments:
        folded_words(segment.text)
        closing_list_item(segment.text, version.lang)
        kin_genders(segment.text, version.lang)
        if checked_as_written:
            shortest_stretch(segment.text, version.lang)
            words(segment.text, version.lang)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    rules = {side: _rule(aligned, side) for side in ("left", "right")}
    if all(rule in settings.disabled_rules for rule in rules.values()):
        return []
    counted = [pair for pair in aligned.pairs if _counted(pair, settings) and not _headlines(aligned, pair)]
    texts = [pair_texts(aligned, pair) for pair in counted]
    scales = {side: length_scale(aligned, counted, side, texts) for side in ("left", "right")
              if rules[side] not in settings.disabled_rules}
    findings: list[Finding] = []
    for position, (pair, text) in enumerate(zip(counted, texts)):
        neighbours = counted[max(0, position - NEIGHBOUR_PAIRS) : position] + counted[position + 1 : position + 1
                                                                                      + NEIGHBOUR_PAIRS]
        for side in ("left", "right"):
            if rules[side] in settings.disabled_rules:
                continue
            found = []
            if may_hold_omission(text[side], text[aligned.other(side)], scales[side]):
                # (else neither can any of its sentences, each no longer than their join: about half the pairs)
                found = _pair_findings(aligned, pair, neighbours, side, rules[side], settings, scales[side],
                                       text[aligned.other(side)])
            last = aligned.version(side).segments[getattr(pair, side)[-1]]
            if not any(finding.start >= last.start for finding in found):
                item = _last_item_finding(aligned, pair, side, rules[side], settings)
                if item is not None:
                    found.append(item)
            if not found and (kin := _dropped_kin_finding(aligned, pair, side, rules[side], settings)) is not None:
                found.append(kin)
            if not found and (death := _dropped_death_finding(aligned, pair, side, rules[side], settings)):
                found.append(death)
            findings.extend(found)
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


def _pair_findings(aligned, pair, neighbours, side, rule, settings, scale=1.0, counterpart=None) -> list[Finding]:
    """The findings on ``side`` of ``pair``; ``counterpart``: ``_counterpart`` of it, when already joined."""
    version = aligned.version(side)
    other = aligned.other(side)
    translated = side == aligned.translated_side
    # the counterpart, in the language of what is checked (for the length and chrF signals)
    other_indices = getattr(pair, other)
    if counterpart is None:
        counterpart = _counterpart(aligned, pair, side)
    reference = neighbourhood = None  # words are looked up only for a text that may hold an omission
    findings = []
    for index in getattr(pair, side):
        segment = version.segments[index]
        checked_text = aligned.translations[index] if translated else segment.text
        if not may_hold_omission(checked_text, counterpart, scale):
            continue  # no run can pass the length test, so no words are needed (about half the texts)
        checked_lang = aligned.version(other).lang if translated else version.lang
        stretch = shortest_stretch(checked_text, checked_lang)
        if stretch is None or length_excess(checked_text, counterpart, 0, stretch, scale) < MIN_EXCESS:
            continue  # not even with every word uncovered could a run pass the length test: no look-ups needed
        if reference is None:
            reference = _reference_folded(aligned, pair, side)
            # none without neighbours (``NEIGHBOUR_PAIRS`` is 0): an empty vocabulary would cover no word, so it
            # would set no run aside (a run holds a content word at least)
            if neighbours:
                neighbourhood = Vocabulary([w for n in neighbours for w in _reference_words(aligned, n, side)])
        # ``candidate_runs``'s first tests, on the words' columns: most texts stop here, with no ``Word`` built
        _, starts, ends, foldeds, contents = word_columns(checked_text, checked_lang)
        passing = _passing_stretches(starts, ends, contents, checked_text, counterpart, scale)
        if _settled_by_equal_words(foldeds, contents, reference, passing):
            continue
        said_in_digits = _number_words_said_in_digits(aligned, pair, side, index, foldeds)
        checked = words(checked_text, checked_lang)
        untranslated = (untranslated_words(counterpart, _side_text(aligned, other, other_indices), checked_text)
                        if aligned.translated_side == other else 0)
        for run, evidence in candidate_runs(checked, checked_text, [*reference, *said_in_digits], counterpart, scale,
                                            passing, untranslated):
            if not is_omission(run, evidence, TRANSLATED_GAIN_MARGIN if translated else 0.0):
                continue
            if run.content_words < MIN_RUN_WORDS and 2 * run.content_words > sum(w.content for w in checked):
                continue  # most of a short sentence: the sentence in other words, not a part of it added
            run_words = [w for w in checked[run.first : run.last + 1] if w.content]
            if neighbourhood is not None and sum(neighbourhood.covers(w) for w in run_words) >= len(run_words) / 2:
                continue  # the clause moved into a neighbouring sentence
            confidence = run_confidence(run, evidence)
            if translated:
                source_words = words(segment.text, version.lang)
                a, b = trim(source_words, *project(source_words, checked, run.first, run.last))
                begin, end = source_words[a].start, source_words[b].end
                confidence *= 0.9  # the span is projected, not observed
                source_run = [w for w in source_words[a : b + 1] if w.content]
            else:
                begin, end = checked[run.first].start, checked[run.last].end
                source_run = []
            if expands_acronym(run_words, [_side_text(aligned, other, other_indices), counterpart], source_run):
                continue  # "reacción en cadena de la polimerasa" for "PCR": spelled out, not added
            if spells_out_a_shorthand(run_words, [_side_text(aligned, other, other_indices), counterpart]):
                continue  # "las 24 horas, los 7 días de la semana" for "24/7"
            if spells_out_a_tally(run_words, [segment.text], [_side_text(aligned, other, other_indices)],
                                  (version.lang, aligned.version(other).lang)):
                continue  # "por 60 votos contra 40" for "60-40"
            contrastive = pair_run_omission_score(aligned, pair, side, index, begin, end)
            if contrastive is not None:
                confidence = (confidence + contrastive) / 2  # see the module doc
            findings.append(_finding(aligned, pair, side, rule, index, begin, end, checked, run, confidence,
                                     evidence, translated, settings, contrastive))
    return findings


# the words of a number in words, in either language (folded: Apertium may leave a Spanish one as it is), the words
# that join them ("two hundred and fifty", "treinta y cinco"), and those that alone are an article more often
_NUMBER_WORDS = frozenset(map(fold, (*COUNT_VALUES, *SCALE_WORDS)))
_NUMBER_JOINERS = frozenset(("and", "y"))
_ARTICLE_NUMBER_WORDS = frozenset(("one", "un", "una", "uno", "half", "media", "medio"))


def _number_words_said_in_digits(aligned: AlignedDocument, pair: AlignedPair, side: str, index: int,
                                 foldeds: list[str]) -> list[str]:
    """The words among ``foldeds`` (the checked text's) of each number that sentence ``index`` of ``side`` says in
    words and the other side writes in digits ("mil doscientas personas" / "1,200 people"): the same number, though
    its words ("one thousand two hundred", "two thousand quinientas" as Apertium leaves it) are not the other side's.
    The n-th run of number words of the checked text is taken for the n-th number in words of the sentence, where
    both hold as many; nothing otherwise, nor for any other text (nearly all). The numbers rule compares the values."""
    version, other = aligned.version(side), aligned.version(aligned.other(side))
    in_words = [mention for mention in _segment_mentions(version.segments[index].text, version.lang, index)
                if mention.kind == "word"]
    if not in_words:
        return []
    in_digits = {value for other_index in getattr(pair, aligned.other(side))
                 for mention in _segment_mentions(other.segments[other_index].text, other.lang, other_index)
                 if mention.strong for value in mention.values}
    if all(mention.values.isdisjoint(in_digits) for mention in in_words):
        return []
    runs: list[list[str]] = []
    joinable = False
    for folded in foldeds:
        if folded in _NUMBER_WORDS:
            if joinable:
                runs[-1].append(folded)
            else:
                runs.append([folded])
            joinable = True
        elif not (joinable and folded in _NUMBER_JOINERS):
            joinable = False
    runs = [run for run in runs if not set(run) <= _ARTICLE_NUMBER_WORDS]
    if len(runs) != len(in_words):
        return []
    return [folded for run, mention in zip(runs, in_words) if not mention.values.isdisjoint(in_digits)
            for folded in run]


def _finding(aligned, pair, side, rule, index, begin, end, checked, run, confidence, signals, translated, settings,
             contrastive=None):
    version = aligned.version(side)
    other = aligned.other(side)
    segment = version.segments[index]
    start, stop = segment_span(version.source, segment, begin, end)
    other_indices = getattr(pair, other)
    counterpart = _side_text(aligned, other, other_indices)
    other_name = LANGUAGE_NAMES.get(aligned.version(other).lang, aligned.version(other).path)
    if aligned.translated_side is None:
        other_name = aligned.version(other).path
    flagged = segment.text[begin:end]
    message = f"“{_shorten(flagged)}” has no counterpart in the aligned {other_name} sentence"
    evidence: dict = {
        "side": side,
        "input": version.path,
        "segments": list(getattr(pair, side)),
        "counterpart": counterpart,
        "counterpart_segments": list(other_indices),
        "confidence": round(confidence, 3),
        "length_excess": round(signals.excess, 3),
        "chrf_gain": round(signals.gain, 3),
        "uncovered_words": [w.text for w in checked[run.first : run.last + 1] if w.content],
    }
    if contrastive is not None:
        evidence["contrastive"] = round(contrastive, 3)
    if aligned.translated_side is not None:
        translated_side = aligned.translated_side  # not ``translated``: that flag says whether *this* side is
        evidence["translation"] = aligned.translation_of(translated_side, getattr(pair, translated_side))
    if translated:
        evidence["uncovered_translation"] = aligned.translations[index][
            checked[run.first].start : checked[run.last].end]
        evidence["span"] = "projected from the machine translation; approximate"
    return make_finding(rule, version.source, start, stop, message, lang=version.lang, score=confidence,
                        evidence=evidence, settings=settings)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
