"""untranslated: a sentence, or a run of words inside one, in the wrong language for its side.

Two checks per segment of each version (English or Spanish):

1. **The sentence.** What is left of the sentence once the exceptions below are masked
   is identified with ``bilingo.langid.identify``; at least ``MIN_WORDS`` words in the
   other side's language, with more function words of that language than of the
   side's own, make a finding over the whole segment. On the translated
   side the machine translation is a second witness: a sentence the translator handed
   back (nearly) unchanged (*passthrough*, character similarity ≥
   ``PASSTHROUGH_RATIO``) was not in the language it was translated from. Passthrough
   alone flags a sentence only with ``MIN_WORDS`` unmasked lowercase words, so that a
   line of names (which MT also copies) is not reported. A version written wholly in the other language (two
   files named for English and Spanish that both hold the English: ``check`` reads the second as the Spanish version
   left untranslated; every sentence the language stage identified is in the other language) needs only
   ``MIN_WORDS_IN_A_VERSION_LEFT_UNTRANSLATED``: "Applications are due Friday." leaves three words once its day's
   name is masked.
2. **A run inside the sentence.** The unmasked words are scanned in windows of
   ``WINDOW`` words; windows identified as the wrong language merge into runs, and a
   run of at least ``MIN_WORDS`` words holding at least one function word of the wrong
   language and none of the right one, and confirmed by a second witness, is a finding
   over the run ("an English clause left in a Spanish sentence"). The witness is the
   MT on the translated side (at least ``RUN_PASSTHROUGH`` of the run's words come back
   unchanged) and two distinct wrong-language function words on the other side.

Exceptions (masked before identification): capitalised words other than the first
word of the sentence (names, titles such as "The Walking Dead"), quoted stretches
whose words are all capitalised (titles), URLs, e-mail addresses, hashtags and
@handles, and ``ALLOWED_PHRASES``, loanwords that Spanish newsrooms keep in English
(and Spanish words English keeps). Italics are not seen: the data model keeps no
markup, so an italic English title in lower case can still be reported.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache
from itertools import groupby, repeat
from operator import itemgetter
from typing import NamedTuple

from bilingo.findings import make_finding, segment_span
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.words import TEXT_MEMO_SIZE, alternation
from bilingo.settings import Settings

RULE = "untranslated"
MIN_WORDS = 4
# a version written wholly in the other language (a file named for Spanish that holds the English): its sentences
# need only this many words
MIN_WORDS_IN_A_VERSION_LEFT_UNTRANSLATED = 2
WINDOW = 5
PASSTHROUGH_RATIO = 0.9
RUN_PASSTHROUGH = 0.6  # share of a run's words the translator must have left unchanged
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

ALLOWED_PHRASES = {
    "es": (
        "online", "software", "hardware", "marketing", "show", "shows", "reality show", "fake news", "black friday",
        "cyber monday", "streaming", "podcast", "e-mail", "email", "smartphone", "startup", "start-up", "hashtag",
        "influencer", "influencers", "selfie", "blog", "web", "wifi", "wi-fi", "app", "apps", "chat", "fitness",
        "look", "hobby", "rock", "jazz", "pop", "hip hop", "rap", "reggae", "gay", "sexy", "ok", "okay",
        "best seller", "bestseller", "thriller", "spoiler", "trailer", "casting", "ranking", "rating", "premium",
        "big data", "cloud", "crowdfunding", "coworking", "lobby", "fast food", "food truck", "brunch",
        "happy hour", "home office", "home run", "check-in", "check in", "fair play", "jet lag", "leggings",
        "copyright", "spam", "tweet", "tuit", "like", "likes", "fan", "fans", "gol", "sprint", "game", "gamer",
        "e-commerce", "dumping", "holding", "lockdown", "impeachment", "swing states", "swing state",
        "in vitro", "in vivo", "in situ", "de facto", "per se", "status quo", "ad hoc", "vice versa",
    ),
    "en": (
        "fiesta", "siesta", "plaza", "bodega", "barrio", "junta", "salsa", "tapas", "burrito", "taco", "tacos",
        "señor", "señora", "compañero", "macho", "patio", "amigo", "amigos", "hasta la vista", "pronto",
        "quinceañera", "piñata", "el niño", "la niña", "latino", "latina", "latinx", "latine", "chicano",
        "in vitro", "in vivo", "in situ", "de facto", "per se", "status quo", "ad hoc", "vice versa",
    ),
}

FUNCTION_WORDS = {
    "en": {
        "the", "of", "and", "to", "is", "are", "was", "were", "that", "with", "for", "this", "it", "we", "they",
        "you", "have", "has", "be", "been", "not", "on", "in", "by", "from", "which", "who", "would", "will",
        "should", "their", "our", "there", "what", "but", "or", "do", "does", "an", "at", "as", "he", "she",
    },
    "es": {
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "son", "un", "una", "por", "para", "con",
        "se", "su", "sus", "lo", "al", "como", "pero", "más", "este", "esta", "fue", "ha", "han", "muy", "ya",
        "sobre", "entre", "cuando", "también", "sin", "desde", "hay", "nos", "les", "le",
    },
}

BOTH_FUNCTION_WORDS = FUNCTION_WORDS["en"] | FUNCTION_WORDS["es"]
# The function words of one language that are not function words of the other ("a" is both)
ONLY_FUNCTION_WORDS = {"en": FUNCTION_WORDS["en"] - FUNCTION_WORDS["es"], "es": FUNCTION_WORDS["es"] - FUNCTION_WORDS["en"]}
# Each allowed phrase as a whole-word pattern, compiled once; a phrase is searched only in texts that contain it.
ALLOWED_PATTERNS = {
    lang: tuple((phrase, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")) for phrase in phrases)
    for lang, phrases in ALLOWED_PHRASES.items()
}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MASKED = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[#@]\w+",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"(?<!\w)[\"“«‘']([^\"”»’']{2,120})[\"”»’'](?!\w)")  # not the apostrophe of "I'm"


class Word(NamedTuple):
    """A word of a sentence and whether it is masked. A named tuple rather than a frozen dataclass: every word of
    both versions is built, and a tuple is built several times faster. ``lowered``: the text in lower case, made
    once per word (the function-word tests of several steps read it)."""

    text: str
    start: int
    end: int
    masked: bool
    lowered: str


# Whether any allowed phrase of a language occurs as a whole word, in one search: most sentences hold none, and
# then the phrases' own patterns (``ALLOWED_PATTERNS``, which find every occurrence) need not be tried one by one.
ANY_ALLOWED_PHRASE = {lang: re.compile(rf"(?<!\w){alternation(phrases)}(?!\w)")
                      for lang, phrases in ALLOWED_PHRASES.items()}
# What each alternative of ``_MASKED`` needs in the text, lower-cased: a URL scheme, "www.", "@" or "#".
_MASKED_NEEDS = ("://", "www.", "@", "#")


def words_of(text: str, lang: str, counterpart: str = "") -> list[Word]:
    """The words of a sentence, each marked ``masked`` when it is an exception (see the module doc).

    ``counterpart`` is the other version's aligned text: a quoted stretch written the same
    there is a title both versions keep in its original language ("Diario de un poeta
    recién casado" in the English text too), not a slip; unless the whole sentence is the
    counterpart's copy.
    """
    masked_spans = _masked_spans(text, lang, counterpart)
    matches = list(_WORD.finditer(text))
    tokens = list(map(_MATCH_TEXT, matches))
    # capitalised: any word but the first whose first letter is upper case; the first only when all upper case
    masked = [token[0].isupper() for token in tokens]
    if tokens and masked[0]:
        masked[0] = tokens[0].isupper()
    starts, ends = list(map(_MATCH_START, matches)), list(map(_MATCH_END, matches))
    if masked_spans:
        masked = [flag or any(a <= start and end <= b for a, b in masked_spans)
                  for flag, start, end in zip(masked, starts, ends)]
    return list(map(_new_tuple, repeat(Word), zip(tokens, starts, ends, masked, map(str.lower, tokens))))


def quoted_stretches(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """The quoted stretches of ``text`` that ``words_of`` masks or may mask: each one's span, and ``None`` when it
    is masked whatever the counterpart says (its words all capitalised or function words: a title), else the
    stretch as it is looked for in the counterpart (two words or more, lower case, padded with spaces). The one
    place that says which quotes count, for ``_masked_spans``, ``may_keep_quote`` and ``_quoting_analysis``."""
    stretches: list[tuple[tuple[int, int], str | None]] = []
    for match in _QUOTED.finditer(text):
        inner = _WORD.findall(match.group(1))
        if inner and all(w[0].isupper() or w.lower() in BOTH_FUNCTION_WORDS for w in inner):
            stretches.append((match.span(), None))
        elif len(inner) >= 2:
            stretches.append((match.span(), f" {' '.join(inner).lower()} "))
    return stretches


def kept_words(text: str, counterpart: str) -> str:
    """The words of ``counterpart`` as a quoted stretch is looked for in them (lower case, one space apart), or
    ``""`` when ``counterpart`` is a copy of ``text``: a quote in a sentence left untranslated was left, not kept."""
    kept = " ".join(_WORD.findall(counterpart.lower()))
    return "" if kept == " ".join(_WORD.findall(text.lower())) else kept


def may_keep_quote(text: str) -> bool:
    """Whether the words ``words_of`` finds in ``text`` may depend on its counterpart: only a quoted stretch of two
    words or more, not all capitalised, is looked for there (``quoted_stretches``)."""
    return any(stretch is not None for _, stretch in quoted_stretches(text))


class Analysis(NamedTuple):
    """What the two checks need of a sentence's words, none of it from the translation (see ``analyse``)."""

    free: list[Word]  # the unmasked words
    wrong_function: int  # unmasked function words of the other language only
    right_function: int  # unmasked function words of the sentence's language only
    clause_runs: tuple[list[list[Word]], list[list[Word]]]  # the runs ``_run_findings`` looks into, untranslated
    # side first, then translated side (``_may_hold_wrong_clause``)


def analyse(words: list[Word], lang: str) -> Analysis:
    """The translation-independent part of both checks on a sentence of ``lang`` with ``words`` (``words_of``)."""
    wrong = "es" if lang == "en" else "en"
    free = [w for w in words if not w.masked]
    lowered = [w.lowered for w in free]
    wrong_function = sum(map(ONLY_FUNCTION_WORDS[wrong].__contains__, lowered))
    right_function = sum(map(ONLY_FUNCTION_WORDS[lang].__contains__, lowered))
    runs = [run for run in _unmasked_runs(words) if len(run) >= MIN_WORDS]
    clause_runs = tuple([run for run in runs if _may_hold_wrong_clause(run, lang, wrong, translated)]
                        for translated in (False, True))
    return Analysis(free, wrong_function, right_function, clause_runs)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def sentence_analysis(text: str, lang: str) -> Analysis | None:
    """``analyse`` of the words of ``text``, memoised per sentence so that ``prepare`` can do it while the
    translator works; ``None`` where the words may depend on the counterpart (``may_keep_quote``: rare), which
    only the alignment gives."""
    if may_keep_quote(text):
        return None
    return analyse(words_of(text, lang), lang)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _quoting_analysis(text: str, lang: str) -> tuple[Analysis, tuple[str, ...]]:
    """For a sentence whose words may depend on its counterpart (``sentence_analysis`` is ``None``): its analysis
    when the counterpart keeps none of its quoted stretches (the words of ``words_of(text, lang)``), and those
    stretches as ``_masked_spans`` looks them up in the counterpart (lower case, padded with spaces). Memoised, so
    that ``prepare`` makes it: ``check`` then only looks the stretches up (``_counterpart_keeps``)."""
    stretches = [stretch for _, stretch in quoted_stretches(text) if stretch is not None]
    return analyse(words_of(text, lang), lang), tuple(stretches)


def _counterpart_keeps(text: str, counterpart: str, stretches: tuple[str, ...]) -> bool:
    """Whether ``counterpart`` keeps one of the quoted ``stretches`` of ``text``, as ``_masked_spans`` tells it: when
    it keeps none, the words of ``text`` are those without a counterpart (an exact test)."""
    kept = kept_words(text, counterpart)
    if not kept:
        return False  # (``_masked_spans`` keeps nothing then)
    padded = f" {kept} "
    return any(stretch in padded for stretch in stretches)


def prepare(version: Version, settings: Settings) -> None:
    """The per-sentence analyses of ``check`` that need no translation (see ``bilingo.check.prepare_checks``): the
    words and their function-word counts, and, for a version that will be translated, the side of the
    passthrough test that is the sentence's. Memoised, so that ``check`` finds them done."""
    if RULE in settings.disabled_rules or version.lang not in LANGUAGE_NAMES:
        return
    translated = version.lang != settings.translate_to
    for segment in version.segments:
        if sentence_analysis(segment.text, version.lang) is None:
            _quoting_analysis(segment.text, version.lang)
        if translated:
            _passthrough_profile(segment.text)


_MATCH_TEXT, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end
_new_tuple = tuple.__new__  # what ``Word(...)`` calls, without the Python-level ``__new__`` around it


def _masked_spans(text: str, lang: str, counterpart: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose words are exceptions: URLs, addresses, hashtags and handles, quoted titles,
    allowed phrases (see ``words_of``). Only whether a word lies inside one matters, not their order.

    Cheap exact tests skip the searches that cannot match: ``_MASKED`` needs one of
    ``_MASKED_NEEDS`` (its pattern ignores case), and the allowed phrases are searched one
    by one only where ``ANY_ALLOWED_PHRASE`` finds one.
    """
    lowered = text.lower()
    may_be_masked = any(needed in lowered for needed in _MASKED_NEEDS)
    masked_spans = [m.span() for m in _MASKED.finditer(text)] if may_be_masked else []
    padded_kept = None
    for span, stretch in quoted_stretches(text):
        if stretch is None:
            masked_spans.append(span)
            continue
        if padded_kept is None:
            kept = kept_words(text, counterpart)
            padded_kept = f" {kept} " if kept else ""
        if padded_kept and stretch in padded_kept:
            masked_spans.append(span)
    if lang in ANY_ALLOWED_PHRASE and ANY_ALLOWED_PHRASE[lang].search(lowered):
        for phrase, pattern in ALLOWED_PATTERNS[lang]:
            if phrase in lowered:
                masked_spans.extend(match.span() for match in pattern.finditer(lowered))
    return masked_spans


def _identify(text: str) -> str:
    from bilingo.langid import identify  # imported late: loading the model is paid only when the rule runs

    return identify(text)


def passthrough_ratio(text: str, translation: str) -> float:
    """How much of ``text`` the translator returned unchanged (1.0: identical, case and spacing aside)."""
    a, b = _passthrough_texts(text, translation)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio()


def may_reach_passthrough(text: str, translation: str) -> bool:
    """Whether ``passthrough_ratio`` can reach ``PASSTHROUGH_RATIO``: an exact test, far cheaper than the ratio
    and than identifying the sentence's language, which on most translated sentences it makes unnecessary.

    The ratio counts the characters of difflib's matching blocks, which are among the
    characters the two texts share counted with repetition (``SequenceMatcher.quick_ratio``,
    an upper bound of the ratio, computed here with ``Counter`` in C rather than in a
    Python loop), first bounded itself from the counts of ``_TELLING_CHARS``; about 1% of
    Apertium's translations pass.
    """
    a, counts_a = _passthrough_profile(text)
    b, counts_b = _passthrough_profile(translation)
    if not a or not b:
        return False
    # first a bound of that bound from a few letters' counts, the rest counted as if it all matched
    shared = sum(map(min, counts_a, counts_b)) + min(len(a) - sum(counts_a), len(b) - sum(counts_b))
    if 2.0 * shared / (len(a) + len(b)) < PASSTHROUGH_RATIO:
        return False
    shared = sum((Counter(a) & Counter(b)).values())
    return 2.0 * shared / (len(a) + len(b)) >= PASSTHROUGH_RATIO


_TELLING_CHARS = "aeioulnhtwy"  # letters whose counts differ most between Spanish and English text


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _passthrough_profile(text: str) -> tuple[str, list[int]]:
    """``text`` as ``passthrough_ratio`` compares it, and its counts of ``_TELLING_CHARS``: memoised, so that the
    sentence's side is made by ``prepare``."""
    normalised = " ".join(text.lower().split())
    return normalised, [normalised.count(char) for char in _TELLING_CHARS]


def _passthrough_texts(text: str, translation: str) -> tuple[str, str]:
    """The two texts ``passthrough_ratio`` compares: lower case, spacing normalised."""
    return " ".join(text.lower().split()), " ".join(translation.lower().split())


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    findings: list[Finding] = []
    for side in ("left", "right"):
        version = aligned.version(side)
        if version.lang not in LANGUAGE_NAMES:
            continue
        wrong = "es" if version.lang == "en" else "en"
        min_words = MIN_WORDS_IN_A_VERSION_LEFT_UNTRANSLATED if _written_in(version, wrong) else MIN_WORDS
        counterparts = _counterpart_indices(aligned, side)
        for index, segment in enumerate(version.segments):
            translation = aligned.translations[index] if side == aligned.translated_side and index < len(
                aligned.translations) else None
            analysis = sentence_analysis(segment.text, version.lang)
            if analysis is None:  # a quoted stretch may be the counterpart's: the words depend on it
                counterpart = _counterpart_text(aligned, side, index, counterparts)
                analysis, stretches = _quoting_analysis(segment.text, version.lang)
                if _counterpart_keeps(segment.text, counterpart, stretches):
                    analysis = analyse(words_of(segment.text, version.lang, counterpart), version.lang)
            finding = _sentence_finding(aligned, side, index, analysis, wrong, translation, counterparts, settings,
                                        min_words)
            if finding is not None:
                findings.append(finding)
            else:
                findings.extend(_run_findings(aligned, side, index, analysis, wrong, translation, counterparts,
                                              settings))
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


def _written_in(version: Version, wrong: str) -> bool:
    """Whether every sentence of ``version`` whose language was identified (``Segment.lang``, the language stage's)
    is in the ``wrong`` language: two files named for English and Spanish that both hold English ("Applications are
    due Friday." in ``notice.es.txt``), where every sentence, however short, was left untranslated."""
    identified = [segment.lang for segment in version.segments if segment.lang in LANGUAGE_NAMES]
    return bool(identified) and all(lang == wrong for lang in identified)


def _counterpart_indices(aligned: AlignedDocument, side: str) -> dict[int, tuple[int, ...]]:
    other = aligned.other(side)
    mapping: dict[int, tuple[int, ...]] = {}
    for pair in aligned.pairs:
        for index in getattr(pair, side):
            mapping[index] = getattr(pair, other)
    return mapping


def _counterpart_text(aligned, side, index, counterparts) -> str:
    other = aligned.version(aligned.other(side))
    return " ".join(other.segments[i].text for i in counterparts.get(index, ()))


def _sentence_finding(aligned, side, index, analysis, wrong, translation, counterparts, settings,
                      min_words: int = MIN_WORDS) -> Finding | None:
    """A finding over the whole segment when it is in the ``wrong`` language (see the module doc).

    A passthrough needs a translation and a sentence not identified as its own language:
    where neither is possible the two cheaper tests decide alone, before the costlier
    ones (language identification, the similarity to the translation) are run. Where
    only a passthrough could make a finding (no more wrong-language function words than
    right ones), ``may_reach_passthrough`` rules most sentences out before either is run.
    """
    version = aligned.version(side)
    segment = version.segments[index]
    free = analysis.free
    if len(free) < min_words:
        return None
    wrong_function, right_function = analysis.wrong_function, analysis.right_function
    if wrong_function <= right_function and (translation is None or not may_reach_passthrough(segment.text, translation)):
        return None  # only a passthrough could make a finding, and there is none (see the two last tests below)
    identified = _identify(" ".join(w.text for w in free))
    may_pass_through = translation is not None and identified != version.lang
    if (identified != wrong or wrong_function <= right_function) and not may_pass_through:
        return None
    ratio = passthrough_ratio(segment.text, translation) if translation is not None else None
    passthrough = ratio is not None and ratio >= PASSTHROUGH_RATIO and identified != version.lang
    if identified != wrong and not passthrough:
        return None
    if wrong_function <= right_function and not passthrough:  # "Kitesurfing, golf y ruleta."
        return None
    reasons = []
    if identified == wrong:
        reasons.append(f"identified as {LANGUAGE_NAMES[wrong]}")
    if passthrough:
        reasons.append(f"machine translation returned it unchanged ({ratio:.0%} identical)")
    message = (f"Sentence in {LANGUAGE_NAMES[wrong]} in the {LANGUAGE_NAMES[version.lang]} version "
               f"({'; '.join(reasons)})")
    return _finding(aligned, side, index, 0, len(segment.text), message, identified, ratio, translation,
                    counterparts, settings)


def _run_findings(aligned, side, index, analysis, wrong, translation, counterparts, settings) -> list[Finding]:
    version = aligned.version(side)
    findings = []
    for run in analysis.clause_runs[translation is not None]:  # runs that may hold a clause, as _may_hold_wrong_clause
        flagged = [False] * len(run)
        for begin in range(0, max(1, len(run) - WINDOW + 1)):
            window = run[begin : begin + WINDOW]
            if _identify(" ".join(w.text for w in window)) == wrong:
                for offset in range(begin, begin + len(window)):
                    flagged[offset] = True
        for stretch in _true_stretches(flagged):
            selected = _trim(run[stretch[0] : stretch[1]], version.lang, translation)
            lowered = {w.lowered for w in selected}
            if (len(selected) < MIN_WORDS or not lowered & FUNCTION_WORDS[wrong]
                    or lowered & FUNCTION_WORDS[version.lang] - FUNCTION_WORDS[wrong]):
                continue
            # a second witness: the translator left the words as they were, or (on the side
            # nobody translated) two function words of the wrong language
            if translation is not None:
                if _kept_fraction(selected, translation) < RUN_PASSTHROUGH:
                    continue
            elif len(lowered & FUNCTION_WORDS[wrong]) < 2:
                continue
            start, end = selected[0].start, selected[-1].end
            message = (f"{len(selected)} words in {LANGUAGE_NAMES[wrong]} inside a "
                       f"{LANGUAGE_NAMES[version.lang]} sentence")
            findings.append(_finding(aligned, side, index, start, end, message, wrong, None, translation,
                                     counterparts, settings))
    return findings


def _may_hold_wrong_clause(run: list[Word], lang: str, wrong: str, translated: bool) -> bool:
    """Whether any stretch of ``run`` could pass the word tests of ``_run_findings``; if not, its windows
    need no language identification.

    A reported stretch has ``MIN_WORDS`` words or more, a function word of the wrong
    language (two distinct ones where nothing was translated) and no function word of
    ``lang`` alone: it lies inside one piece of the run between two such words.
    """
    own_only = ONLY_FUNCTION_WORDS[lang]  # ``wrong`` is the other language
    needed = 1 if translated else 2
    run_lowered = [word.lowered for word in run]
    if len(FUNCTION_WORDS[wrong].intersection(run_lowered)) < needed:
        return False  # the pieces hold no more of them than the whole run: most runs
    pieces: list[list[str]] = [[]]
    for lowered in run_lowered:
        if lowered in own_only:
            pieces.append([])
        else:
            pieces[-1].append(lowered)
    return any(len(piece) >= MIN_WORDS and len(set(piece) & FUNCTION_WORDS[wrong]) >= needed for piece in pieces)


def _trim(words: list[Word], lang: str, translation: str | None) -> list[Word]:
    """Drop words at either end of a flagged stretch that belong to the sentence's own language.

    A window that is mostly English also covers the Spanish words around the English
    clause; at the ends, words the MT translated (or, without MT, the side's own function
    words) are the sentence's, not the clause's.
    """
    kept = _translation_words(translation) if translation is not None else None

    def own(word: Word) -> bool:
        if kept is not None:
            return word.lowered not in kept
        return word.lowered in FUNCTION_WORDS[lang]

    begin, end = 0, len(words)
    while begin < end and own(words[begin]):
        begin += 1
    while end > begin and own(words[end - 1]):
        end -= 1
    return words[begin:end]


def _kept_fraction(words: list[Word], translation: str) -> float:
    """The share of ``words`` that appear unchanged in the machine translation."""
    kept = _translation_words(translation)
    return sum(w.lowered in kept for w in words) / len(words)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _translation_words(translation: str) -> frozenset[str]:
    """The words of a machine translation, in lower case: what ``_trim`` and ``_kept_fraction`` look words up in."""
    return frozenset(token.lower() for token in _WORD.findall(translation))


def _unmasked_runs(words: list[Word]) -> list[list[Word]]:
    """The maximal runs of consecutive unmasked words."""
    return [list(run) for masked, run in groupby(words, key=_MASKED_FIELD) if not masked]


_MASKED_FIELD = itemgetter(3)  # ``Word.masked``, read in C


def _true_stretches(flags: list[bool]) -> list[tuple[int, int]]:
    stretches, begin = [], None
    for position, flag in enumerate(flags + [False]):
        if flag and begin is None:
            begin = position
        elif not flag and begin is not None:
            stretches.append((begin, position))
            begin = None
    return stretches


def _finding(aligned, side, index, begin, end, message, identified, ratio, translation, counterparts,
             settings) -> Finding:
    version = aligned.version(side)
    other_version = aligned.version(aligned.other(side))
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    other_indices = counterparts.get(index, ())
    evidence: dict = {
        "side": side,
        "input": version.path,
        "segments": [index],
        "identified": identified,
        "counterpart": " ".join(other_version.segments[i].text for i in other_indices),
        "counterpart_segments": list(other_indices),
    }
    if translation is not None:
        evidence["translation"] = translation
    if ratio is not None:
        evidence["passthrough"] = round(ratio, 4)
    return make_finding(RULE, version.source, start, stop, message, lang=version.lang, evidence=evidence,
                        settings=settings)
