"""quote-mismatch: quoted speech missing, truncated or attributed differently on one side.

Quotes are attributed words; a dropped or shortened quote misrepresents the speaker.
For each aligned pair this rule finds the quotations on both sides and compares them
in one language: the untranslated side's quotes against the quotes found in the
machine translation of the other side (Apertium keeps quotation marks), so that both
are in English with ``translate_to = "en"``.

**Quotations** (``find_quotes``): text between “ ”, « », or straight double quotes, in
the text of a pair's segments joined (so a quote may run over several sentences of the
pair). Single quotes (‘ ’) are nested quotes or apostrophes and are not top-level
quotations. An opening mark with no closing one in the pair runs to the end of the pair
(a quote continuing into the next sentence), a closing mark with no opening one starts
at the beginning of the pair. Quotes of fewer than ``MIN_QUOTE_WORDS`` words (scare
quotes, titles: "talk down") are ignored: translators drop or add those marks freely.
Spanish em-dash dialogue is not treated as quotation.

**Matching**: quotes of the two sides are paired greedily by chrF (``bilingo.score.similarity``)
when it reaches ``MIN_MATCH``. Then:

* a quote with no quote at all on the other side of its pair, nor in the pairs just
  before and after → "quoted only in English" (reported on the side that has it), unless
  it reads as a title (a short quote with no punctuation inside) that the other side sets
  without marks, in its words or in Title Case (``_named_unquoted``);
* a matched quote whose counterpart has less than ``TRUNCATED_RATIO`` of its words, at
  least ``MIN_MISSING_WORDS`` fewer, and ``MIN_DROPPED_WORDS`` words the other side's pair does
  not hold (content words only in a machine translation, which adds "to the" where a person
  writes nothing) → "truncated" (reported on the shorter quote);
* a matched quote whose speaker (a name right before or after the quote, outside it)
  is not named on the other side, where the other side's quote has a different speaker
  → "attributed to X in English but Y in Spanish" (reported on the translated side). A pair's sole quote on each
  side is matched for this whatever its chrF ("We will not back down" / "No vamos a retroceder", which Apertium
  renders "We do not go to retreat"), and a name spelled otherwise ("Klitchko" / "Klitschko") is the same speaker;
* quoted or not, words given to another of the pair's people: each side names one speaker (a name with its speech
  verb), they differ, and each side names the other's speaker too → "said by X in English but by Y in Spanish"
  (``_swapped_speaker``, reported on the translated side's speaker).

Offsets: on the untranslated side, the quote itself. On the translated side, quotes are
compared through the translation; the i-th quote of the translation is mapped to the
i-th quote of the original when both have as many quotes (the usual case), otherwise to
the nearest one by relative position.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from bilingo.findings import make_finding, pair_evidence, segment_span
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.names import equivalent_forms, extract_names
from bilingo.rules.words import STOPWORDS, covered_flags, fold, similar_spelling, words
from bilingo.score import ChrfScorer, similarity
from bilingo.settings import Settings

RULE = "quote-mismatch"
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

MIN_QUOTE_WORDS = 4  # shorter quotations are ignored
MIN_MISSING_QUOTE_WORDS = 6  # a quotation reported as missing is at least this long (titles, scare quotes are shorter)
MIN_DROPPED_WORDS = 5  # a truncation drops words that the other side has nowhere in its pair
MIN_MATCH = 0.25  # chrF (0-1) for two quotes to be the same quotation
TRUNCATED_RATIO = 0.65  # words of the shorter quote against the longer, both in one language
MIN_MISSING_WORDS = 4
SPEAKER_WINDOW = 60  # characters before or after a quote where its speaker is named
NEIGHBOUR_PAIRS = 1
MAX_TITLE_WORDS = 12  # a quotation this short, with no punctuation inside, may be a title (``_named_unquoted``)
_INSIDE_PUNCTUATION = re.compile(r"[.,;:!?¿¡…]\s*\S")  # punctuation followed by more of the quote
_TITLE_CASE_RUN = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with|at|from|by)\s+)*[A-Z][\w'’-]*){2,}"
)
TEXT_MEMO_SIZE = 1 << 12  # pair texts whose speaker names are memoised
MT_WORD_INFLATION = 1.1  # Apertium's English has about this many words per word of a human translation

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“"}
CLOSERS = {"”", "»"}
QUOTATION_MARK = re.compile("[" + "".join(sorted(set(OPEN_CLOSE) | CLOSERS)) + "]")
ANY_QUOTATION = re.compile(r"[“”«»„\"]|(?:^|\s)['‘]|['’](?:\s|[.,;:]|$)")


@dataclass(frozen=True)
class Quote:
    """A quotation inside the joined text of a pair's segments; offsets exclude the marks."""

    text: str
    start: int
    end: int
    segment: int  # index of the segment (of the version) where the quote starts
    words: int


@dataclass
class _Side:
    """A pair's side, joined: text, where each segment starts in it, the segment indices."""

    text: str
    starts: list[int]
    indices: tuple[int, ...]

    def locate(self, offset: int) -> tuple[int, int]:
        """(segment index, offset inside that segment) of a joined-text offset."""
        slot = max(i for i, start in enumerate(self.starts) if start <= offset)
        return self.indices[slot], offset - self.starts[slot]


def _join(texts: list[str], indices: tuple[int, ...]) -> _Side:
    starts, parts, position = [], [], 0
    for text in texts:
        starts.append(position)
        parts.append(text)
        position += len(text) + 1
    return _Side(" ".join(parts), starts, indices)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """[start, end) of each top-level quotation of ``text`` (marks excluded); see the module doc.

    Scans from quotation mark to quotation mark (``QUOTATION_MARK``): other characters
    neither open nor close a quote.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    while (mark := QUOTATION_MARK.search(text, position)) is not None:
        position = mark.start()
        char = text[position]
        opens = char in OPEN_CLOSE and not (char == '"' and _is_closing_straight(text, position))
        if char == "“" and position and text.count("“", 0, position) > text.count("”", 0, position):
            opens = False  # “ used as a closer after „
        if opens:
            closers = [OPEN_CLOSE[char]] + (["»", "”"] if char in "“«" else [])
            found = [i for i in (text.find(c, position + 1) for c in closers) if i != -1]
            end = min(found) if found else len(text)
            spans.append((position + 1, end))
            position = end + 1
            continue
        if char in CLOSERS:  # a closing mark with no opening one: the quote began before the pair
            spans.append((spans[-1][1] + 1 if spans else 0, position))
        position += 1
    return [(a, b) for a, b in spans if b > a]


def _is_closing_straight(text: str, position: int) -> bool:
    """A straight quote preceded by a word character and followed by space/punctuation closes."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?") and not after.isalnum()


def quotes_of(side: _Side, min_words: int = MIN_QUOTE_WORDS) -> list[Quote]:
    quotes = []
    for start, end in find_quotes(side.text):
        body = side.text[start:end]
        stripped_start = start + len(body) - len(body.lstrip())
        stripped_end = end - (len(body) - len(body.rstrip()))
        words = len(re.findall(r"\w+", body))
        if words >= min_words and body.strip():
            segment, _ = side.locate(stripped_start)
            quotes.append(Quote(side.text[stripped_start:stripped_end], stripped_start, stripped_end, segment, words))
    return quotes


def speakers(side: _Side, quote: Quote, lang: str) -> set[str]:
    """Folded words of names within ``SPEAKER_WINDOW`` characters before or after ``quote``, outside quotes."""
    found: set[str] = set()
    for start, end, distinctive in _speaker_names(side.text, lang):
        near_after = 0 <= start - quote.end <= SPEAKER_WINDOW
        near_before = 0 <= quote.start - end <= SPEAKER_WINDOW
        if near_after or near_before:
            found.update(distinctive)
    return found


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _speaker_names(text: str, lang: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(start, end, distinctive words) of the names of ``text`` that may be speakers: outside quotes, and not a
    place or organisation of the table. Memoised: each quote of a pair looks for its speaker in the same text."""
    quoted = find_quotes(text)
    return tuple((name.start, name.end, tuple(name.distinctive)) for name in extract_names(text, lang)
                 if not any(a <= name.start < b for a, b in quoted) and not equivalent_forms(name))


# --- the rule -------------------------------------------------------------------------


def _counted(pair: AlignedPair, settings: Settings) -> bool:
    return pair.is_match and (pair.score is None or pair.score >= settings.match_threshold)


def _compared_texts(aligned: AlignedDocument, pair: AlignedPair, side: str) -> list[str]:
    """The texts of the pair's side in the comparison language: original texts, or their machine translation."""
    indices = getattr(pair, side)
    if side == aligned.translated_side:
        return [aligned.translations[i] for i in indices]
    segments = aligned.version(side).segments
    return [segments[i].text for i in indices]


def _all_compared_texts(aligned: AlignedDocument, side: str) -> list[str]:
    """Every text of a side in the comparison language, by segment index (see ``_compared_texts``)."""
    if side == aligned.translated_side:
        return aligned.translations
    return [segment.text for segment in aligned.version(side).segments]


def _marked(texts: list[str]) -> set[int]:
    """Indices of the texts that hold a quotation mark (``QUOTATION_MARK``): one search over them all joined
    by line breaks, as few sentences hold one, instead of a search per sentence."""
    ends = list(accumulate(len(text) + 1 for text in texts))
    return {bisect_right(ends, mark.start()) for mark in QUOTATION_MARK.finditer("\n".join(texts))}


def _compared_side(aligned: AlignedDocument, pair: AlignedPair, side: str) -> _Side:
    """The pair's side in the comparison language, joined (see ``_compared_texts``)."""
    return _join(_compared_texts(aligned, pair, side), getattr(pair, side))


def _original_side(aligned: AlignedDocument, pair: AlignedPair, side: str) -> _Side:
    indices = getattr(pair, side)
    return _join([aligned.version(side).segments[i].text for i in indices], indices)


def prepare(version: Version, settings: Settings) -> None:
    """Speaker names of the sentences of ``version`` that hold a quotation, found while the translator runs
    (``check.prepare_checks``): ``check`` looks for a quote's speaker in its pair's text, which is the
    sentence itself in the usual one-to-one pair. Only a version compared as written (in the language
    translated to) has its speakers read; the other side's are read in its translation."""
    if RULE in settings.disabled_rules or version.lang != settings.translate_to:
        return
    for segment in version.segments:
        text = segment.text
        if QUOTATION_MARK.search(text) is not None and quotes_of(_join([text], (0,))):
            _speaker_names(text, version.lang)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    counted = [pair for pair in aligned.pairs if _counted(pair, settings)]
    # quotations start or end at a quotation mark (``find_quotes``): the sides of a pair with no mark in any of
    # its texts hold none, and are neither joined nor searched
    marked = {side: _marked(_all_compared_texts(aligned, side)) for side in ("left", "right")}
    compared: list[dict[str, _Side] | None] = [None] * len(counted)
    quotes: list[dict[str, list[Quote]]] = [_NO_QUOTES] * len(counted)
    for position, pair in enumerate(counted):
        if not (marked["left"].isdisjoint(pair.left) and marked["right"].isdisjoint(pair.right)):
            compared[position] = {side: _compared_side(aligned, pair, side) for side in ("left", "right")}
            quotes[position] = {side: quotes_of(compared[position][side]) for side in ("left", "right")}
    scores = _QuoteScores([q["left"] for q in quotes if q["right"]], [q["right"] for q in quotes if q["left"]])
    findings: list[Finding] = []
    for position, pair in enumerate(counted):
        left, right = quotes[position]["left"], quotes[position]["right"]
        if not left and not right:
            continue  # no quotation on either side: nothing missing, nothing to compare
        neighbours = range(max(0, position - NEIGHBOUR_PAIRS), min(len(counted), position + NEIGHBOUR_PAIRS + 1))
        matches, unmatched_left, unmatched_right = _match(left, right, scores.similarity)
        for side, unmatched in (("left", unmatched_left), ("right", unmatched_right)):
            missing = [quote for quote in unmatched if quote.words >= MIN_MISSING_QUOTE_WORDS]
            other = aligned.other(side)
            # the texts one by one: a mark of ``ANY_QUOTATION`` is in their join exactly when it is in one of
            # them (its edges, ``^``, ``$`` or a space, are the join's spaces)
            if not missing or any(_quotes_something(text) for n in neighbours
                                  for text in _compared_texts(aligned, counted[n], other)):
                continue  # the other side quotes something here: a reworded quote, not a missing one
            for quote in missing:
                if _named_unquoted(quote, compared[position][other].text):
                    continue
                findings.append(_finding(aligned, pair, side, quote, None, "missing", compared[position], settings))
        for left_quote, right_quote, score in matches:
            findings.extend(_compare(aligned, pair, left_quote, right_quote, score, compared[position], settings))
        if not matches and len(left) == len(right) == 1:
            # one quotation on each side, reworded past ``MIN_MATCH`` ("We will not back down" / "No vamos a
            # retroceder": "We do not go to retreat"): the same quotation, whose speaker is still compared; its
            # length is not (a loose rendering holds few of its words)
            findings.extend(_attribution(aligned, pair, left[0], right[0], compared[position], settings))
    reported = {finding.start for finding in findings}
    for pair in counted:
        swapped = _swapped_speaker(aligned, pair, settings)
        if swapped is not None and swapped.start not in reported:
            findings.append(swapped)
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


SWAPPED_SPEAKER_CONFIDENCE = 0.7


def _swapped_speaker(aligned: AlignedDocument, pair: AlignedPair, settings: Settings) -> Finding | None:
    """Words given to another of the pair's people: "Mayor Ana Smith said ..., as Governor Luis Jones watched"
    against "El gobernador Luis Jones dijo ..., mientras la alcaldesa Ana Smith observaba", quoted or not. Each side
    names one speaker (a name with a speech verb, ``pronouns.find_people``), they differ, and each side names the
    other side's speaker too: the same people, the words moved. Reported on the translated side's speaker. (No
    finding on the 11,650 faithful dev-corpus pairs; 43 of 52 corpus pairs with the speaker and another person named
    on both sides are found with the two names swapped in Spanish: tests/test_rule_quotes.py.)"""
    from bilingo.findings import side_name, words_finding
    from bilingo.rules.pronouns import find_people, names_a_speaker

    if not all(names_a_speaker(aligned.version(side), getattr(pair, side)) for side in ("left", "right")):
        return None  # (most pairs)
    people = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        surnames: set[str] = set()
        people[side] = [(index, person) for index in getattr(pair, side)
                        for person in find_people(version.segments[index].text, version.lang, index, surnames)]
    speakers = {side: {person.key for _, person in people[side] if person.speaker} for side in people}
    if len(speakers["left"]) != 1 or len(speakers["right"]) != 1 or speakers["left"] == speakers["right"]:
        return None  # (most pairs)
    named = {side: {person.key for _, person in people[side]} for side in people}
    if not (speakers["left"] <= named["right"] and speakers["right"] <= named["left"]):
        return None
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    index, person = next((index, person) for index, person in people[flagged] if person.speaker)
    (speaker,), (other_speaker,) = speakers[flagged], speakers[other]
    message = (f"said by {other_speaker} in {side_name(aligned, other)} but by {speaker} in "
               f"{side_name(aligned, flagged)}")
    return words_finding(aligned, pair, flagged, index, person.start, person.end, RULE, message,
                         SWAPPED_SPEAKER_CONFIDENCE, settings)


_NO_QUOTES: dict[str, list[Quote]] = {"left": [], "right": []}  # read only


def _quotes_something(text: str) -> bool:
    """Any quotation mark, single quotes included (some Spanish desks quote with '…')."""
    return ANY_QUOTATION.search(text) is not None


class _QuoteScores:
    """chrF of any left quote against any right quote of a document, from one ``ChrfScorer`` of them all.

    Equal to ``similarity`` of the two texts (``ChrfScorer`` reproduces sacrebleu's counts
    and arithmetic for any batch), without a scorer built per pair of quotes.
    """

    def __init__(self, left: list[list[Quote]], right: list[list[Quote]]):
        self.left = {text: i for i, text in enumerate(dict.fromkeys(q.text for quotes in left for q in quotes))}
        self.right = {text: j for j, text in enumerate(dict.fromkeys(q.text for quotes in right for q in quotes))}
        self.scorer = ChrfScorer(list(self.left), list(self.right)) if self.left and self.right else None

    def similarity(self, left: str, right: str) -> float:
        return self.scorer.score((self.left[left],), (self.right[right],))


def _match(left: list[Quote], right: list[Quote], score=similarity):
    """Greedy one-to-one pairing by chrF (``score`` of two texts), best first."""
    scored = sorted(((score(a.text, b.text), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
                    reverse=True)
    used_left, used_right, matches = set(), set(), []
    for score, i, j in scored:
        if score < MIN_MATCH or i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        matches.append((left[i], right[j], score))
    unmatched_left = [q for i, q in enumerate(left) if i not in used_left]
    unmatched_right = [q for j, q in enumerate(right) if j not in used_right]
    return matches, unmatched_left, unmatched_right


def _compare(aligned, pair, left_quote: Quote, right_quote: Quote, score: float, sides, settings) -> list[Finding]:
    findings = []
    def length(quote: Quote, side: str) -> float:
        return quote.words / MT_WORD_INFLATION if side == aligned.translated_side else quote.words

    shorter, longer = sorted(((left_quote, "left"), (right_quote, "right")), key=lambda item: length(*item))
    if (length(*shorter) < TRUNCATED_RATIO * length(*longer)
            and length(*longer) - length(*shorter) >= MIN_MISSING_WORDS
            and _dropped_words(longer[0], sides[shorter[1]].text,
                               machine_translated=longer[1] == aligned.translated_side) >= MIN_DROPPED_WORDS):
        findings.append(_finding(aligned, pair, shorter[1], shorter[0], longer[0], "truncated", sides, settings))
    return findings + _attribution(aligned, pair, left_quote, right_quote, sides, settings)


def _attribution(aligned, pair, left_quote: Quote, right_quote: Quote, sides, settings) -> list[Finding]:
    """"attributed to X in English but Y in Spanish": each side names a speaker of the quote, none named on the
    other side."""
    findings = []
    lang_of = {side: aligned.version(aligned.other(side)).lang if side == aligned.translated_side
               else aligned.version(side).lang for side in ("left", "right")}
    speaker = {"left": speakers(sides["left"], left_quote, lang_of["left"])}
    # the right side's speakers matter only where the left side names one
    speaker["right"] = speakers(sides["right"], right_quote, lang_of["right"]) if speaker["left"] else set()
    if (speaker["left"] and speaker["right"] and not speaker["left"] & speaker["right"]
            and not _spelled_otherwise(speaker["left"], speaker["right"])):
        whole = {side: set(re.findall(r"\w+", sides[side].text.lower())) for side in ("left", "right")}
        if aligned.translated_side is not None:  # names MT translated as words ("Rosa Delgado": "Pink Thin")
            translated = aligned.translated_side
            whole[translated] |= set(re.findall(r"\w+", fold(_original_side(aligned, pair, translated).text)))
        if not speaker["left"] & whole["right"] and not speaker["right"] & whole["left"]:
            flagged = aligned.translated_side or "right"
            quote = right_quote if flagged == "right" else left_quote
            other = left_quote if flagged == "right" else right_quote
            findings.append(_finding(aligned, pair, flagged, quote, other, "attribution", sides, settings,
                                     speakers=speaker))
    return findings


def _spelled_otherwise(one: set[str], other: set[str]) -> bool:
    """Whether two speakers' names are one name spelled otherwise ("Klitchko" / "Klitschko"): each word of the
    shorter has a word spelled nearly alike in the longer. The spelling rule reports those."""
    shorter, longer = sorted((one, other), key=len)
    return all(any(similar_spelling(word, candidate) for candidate in longer) for word in shorter)


def _named_unquoted(quote: Quote, other_text: str) -> bool:
    """Whether ``quote`` reads as a title (no punctuation inside it, at most ``MAX_TITLE_WORDS`` words) that
    the other side's pair text sets without quotation marks: Spanish quotes the title of a film or a race
    result («El reino de la calavera de cristal», «No Terminó la primera carrera») where English sets it in
    Title Case ("The Kingdom Of The Crystal Skull", "a Did Not Finish"), which machine translation does not
    reproduce word for word. The other side must hold the quote's content words, or a Title Case run of three
    capitalised words or more (small words between them allowed: "Kingdom of the Crystal Skull") that either
    capitalises a function word ("Of", "The", "Not"), which a name seldom does, or shares a content word with
    the quote ("Indiana Jones"): a person's name beside a dropped quote does neither."""
    if quote.words > MAX_TITLE_WORDS or _INSIDE_PUNCTUATION.search(quote.text) is not None:
        return False
    quote_words = words(quote.text, "en")
    if all(covered_flags(quote_words, words(other_text, "en"))):
        return True
    for run in _TITLE_CASE_RUN.finditer(other_text):
        capitalised = [word for word in run.group().split() if word[:1].isupper()]
        if (any(word.lower() in STOPWORDS["en"] for word in capitalised[1:])
                or any(covered and word.content
                       for word, covered in zip(quote_words, covered_flags(quote_words, words(run.group(), "en"))))):
            return True
    return False


def _dropped_words(longer: Quote, other_text: str, machine_translated: bool = False) -> int:
    """Words of the longer quote found nowhere in the other side's pair text (dropped, not merely unquoted).

    Every word of a quote as written counts, function words included: "and they should do that" is what a
    truncated quote loses. In a machine translation only content words do: Apertium adds "to the" and "no to
    the" where a person would write neither ("Esto ayuda a los propietarios" is "This helps to the owners").
    """
    checked = [word if machine_translated else word._replace(content=True) for word in words(longer.text, "en")]
    if machine_translated:
        checked = [word for word in checked if word.content]
    covered = covered_flags(checked, words(other_text, "en"))
    return sum(1 for is_covered in covered if not is_covered)


def _side_name(aligned: AlignedDocument, side: str) -> str:
    if aligned.translated_side is None:
        return aligned.version(side).path
    lang = aligned.version(side).lang
    return LANGUAGE_NAMES.get(lang, lang)


def _original_span(aligned, pair, side: str, quote: Quote, sides) -> tuple[int, int, int]:
    """(segment index, start, end) in the original segment text of a quote found in ``sides[side]``."""
    if side != aligned.translated_side:
        segment, begin = sides[side].locate(quote.start)
        return segment, begin, begin + (quote.end - quote.start)
    original = _original_side(aligned, pair, side)
    translated_quotes = quotes_of(sides[side], 1)
    original_quotes = quotes_of(original, 1) or [Quote(original.text, 0, len(original.text), original.indices[0], 0)]
    position = translated_quotes.index(quote) if quote in translated_quotes else 0
    if len(original_quotes) == len(translated_quotes):
        chosen = original_quotes[position]
    else:
        relative = quote.start / max(1, len(sides[side].text))
        chosen = min(original_quotes, key=lambda q: abs(q.start / max(1, len(original.text)) - relative))
    segment, begin = original.locate(chosen.start)
    end = begin + (chosen.end - chosen.start)
    segment_text = aligned.version(side).segments[segment].text
    return segment, begin, min(end, len(segment_text))


def _finding(aligned, pair, side, quote: Quote, counterpart: Quote | None, kind: str, sides, settings,
             speakers: dict | None = None) -> Finding:
    version = aligned.version(side)
    other = aligned.other(side)
    segment_index, begin, end = _original_span(aligned, pair, side, quote, sides)
    segment = version.segments[segment_index]
    start, stop = segment_span(version.source, segment, begin, end)
    here, there = _side_name(aligned, side), _side_name(aligned, other)
    shown = _shorten(segment.text[begin:end])
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
        "kind": kind,
        "quote_words": quote.words,
    }
    if aligned.translated_side is not None:
        translated = aligned.translated_side
        evidence["translation"] = aligned.translation_of(translated, getattr(pair, translated))
    if kind == "missing":
        message = f"“{shown}” is quoted in {here} but the aligned {there} text has no quotation"
        confidence = 0.6
    elif kind == "truncated":
        evidence.update(counterpart_quote=counterpart.text, counterpart_words=counterpart.words)
        message = (f"quote truncated in {here}: {quote.words} words against {counterpart.words} in {there}"
                   f" (“{_shorten(counterpart.text)}”)")
        confidence = min(1.0, 0.5 + (1 - quote.words / counterpart.words) / 2)
    else:
        evidence.update(counterpart_quote=counterpart.text, speakers={k: sorted(v) for k, v in speakers.items()})
        message = (f"quote attributed to {', '.join(sorted(speakers[side]))} in {here}"
                   f" but to {', '.join(sorted(speakers[other]))} in {there}")
        confidence = 0.6
    evidence["confidence"] = round(confidence, 3)
    return make_finding(RULE, version.source, start, stop, message, lang=version.lang, score=confidence,
                        evidence=evidence, settings=settings)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
