"""Words as the rules compare them: folding, stopwords, crude stems, near-equal spellings, one-to-one coverage.

Shared by the ``partial``, ``names`` and ``quotes`` rules. Words are compared *folded*
(lower case, accents removed, curly apostrophes straight), so that "Álvarez" meets
"alvarez" and "Kazajistán" meets "Kazakhstan" through ``fuzzy_equal``.

The rules look at the same sentences, translations and words many times over (once per
pair, per neighbouring pair, per rule), so ``fold``, ``stem``, the difflib comparison of
``fuzzy_equal`` and the tokenisation behind ``words`` and ``folded_words`` are memoised per string
(``functools.lru_cache``: pure functions of their arguments; bounded, and emptied by the benchmarks between
timed runs). A text that words are only looked up in needs only its folded words (``folded_words``,
``covered_by_folded``), which cost a fraction of ``Word`` tuples.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from functools import cached_property, lru_cache
from itertools import accumulate, repeat
from operator import not_
from string import ascii_lowercase, digits
from typing import NamedTuple

FUZZY_RATIO = 0.8  # difflib ratio of two near-equal spellings
WORD_MEMO_SIZE = 1 << 16  # entries per memo of words: more than the distinct words of several long articles
TEXT_MEMO_SIZE = 1 << 14  # entries per memo of sentences: the sentences and translations of long articles (prepare's stay)

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
# ``WORD`` on an ASCII text, where a letter or digit is [A-Za-z0-9] and "’" cannot occur: the same matches, found
# in about 60% of the time (the engine tests a plain character range instead of a Unicode category)
ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*")
# ``WORD`` on a text without "_", where a letter or digit is any word character: the same matches, found faster
UNDERSCORELESS_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
WORD_PART_SEPARATOR = re.compile(r"[-'.]")

STOPWORDS = {
    "en": set(
        """a an the and or but nor so yet if then than that this these those there here of in on at by for
        with without from to into onto out over under up down off about above below after before between
        through during against among around as is are was were be been being am has have had having do does
        did doing will would shall should can could may might must it its it's itself he him his himself she
        her hers herself they them their theirs themselves we us our ours ourselves you your yours i me my
        mine who whom whose which what when where why how all any both each few more most other some such
        no not only own same too very just also even still s t don now one ones said says say told tell
        mr mrs ms according while because although though however whether since until unless per via
        being its new like well much many another every again already yet ever""".split()
    ),
    "es": set(
        """el la los las un una unos unas lo al del de en a ante bajo con contra desde durante entre hacia
        hasta mediante para por según sin sobre tras y e o u ni pero sino que como cuando donde porque
        aunque si no ya muy más menos tan tanto también sólo solo aún es son era eran fue fueron ser sido
        siendo está están estaba estaban estar ha han había habían haber he hemos se su sus le les me te nos
        os mi mis tu tus nuestro nuestra nuestros nuestras él ella ellos ellas usted ustedes yo tú este esta
        estos estas ese esa esos esas aquel aquella esto eso cual cuales quien quienes cuyo cuya todo toda
        todos todas otro otra otros otras mismo misma cada dijo dice afirmó señaló indicó explicó según
        sr sra así pues mientras bien hay uno dos muchos muchas mucho mucha algún alguna algunos algunas
        tiene tienen tenía puede pueden podría""".split()
    ),
}

SUFFIXES = {
    "en": ("ations", "ation", "ings", "ing", "ness", "ments", "ment", "ities", "ity", "ies", "ied", "ers",
           "er", "ed", "ly", "es", "s", "e"),
    "es": ("amientos", "imientos", "amiento", "imiento", "aciones", "ación", "acion", "mente", "idades",
           "idad", "ando", "iendo", "ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida", "ción",
           "cion", "ciones", "es", "os", "as", "s", "o", "a", "e"),
}
STEM_SUFFIXES = SUFFIXES["es"] + SUFFIXES["en"]  # both languages' suffixes, Spanish first (see ``stem``)


class Word(NamedTuple):
    """A word of a sentence: its offsets in the sentence, its folded form, whether it carries content.

    A named tuple rather than a frozen dataclass: a long article has a hundred thousand
    words, and a tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    folded: str
    content: bool


@lru_cache(maxsize=WORD_MEMO_SIZE)
def fold(text: str) -> str:
    """Lower-case, without accents, curly apostrophes made straight: the form words are compared in."""
    if text.isascii():
        return text.lower()  # nothing to decompose or straighten: most English words
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str, lang: str) -> list[Word]:
    """The words of ``text`` in order; stopwords and one-letter words are not content."""
    return list(_words(text, lang))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _words(text: str, lang: str) -> tuple[Word, ...]:
    """The words of ``text``, built column by column (``word_columns``): a long article has a hundred thousand
    words, and ``map`` over C-level callables (``fold``'s memo, ``tuple.__new__``) spares a Python frame per word."""
    return tuple(map(_new_tuple, repeat(Word), zip(*word_columns(text, lang))))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def word_columns(text: str, lang: str) -> tuple[list[str], list[int], list[int], list[str], list[bool]]:
    """The fields of ``words(text, lang)`` as columns: texts, starts, ends, folded forms, content flags (lists
    shared with the memo: not to be changed). What a caller that needs only some fields of some words uses
    (``partial.shortest_stretch`` and partial's pair findings): building the ``Word`` tuples is about a third of the cost of ``words``."""
    stopwords = STOPWORDS.get(lang, STOPWORDS["en"])
    ascii_text = text.isascii()
    # split, not finditer: the words and the text between them as strings, no match object per word; a word's
    # offsets are the running sums of the lengths of the parts before it (about a fifth less time; a long
    # article's translations are split after translation)
    parts = _SPLITTERS[_word_pattern(text, ascii_text)].split(text)
    tokens = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # offsets[2k]: where word k starts, offsets[2k + 1]: where it ends
    wholes = _folded_tokens(text, tokens)
    if ascii_text:  # a token's folded form is the whole word: one look-up per word, in C
        foldeds = wholes
        contents = list(map(not_, map(_ASCII_NOT_CONTENT[lang if lang in STOPWORDS else "en"].__contains__,
                                      foldeds)))
    else:
        foldeds = [whole.strip(".") for whole in wholes]
        contents = [len(folded) > 1 and folded not in stopwords and whole not in stopwords
                    for folded, whole in zip(foldeds, wholes)]
    return tokens, offsets[0:-1:2], offsets[1::2], foldeds, contents


def _folded_tokens(text: str, tokens: list[str]) -> list[str]:
    """``fold`` of each of the ``tokens`` of ``text``; an ASCII text's are its tokens lowered (what ``fold`` does
    to them), without the memo's look-ups. A token begins and ends with a letter or digit (``WORD``), so only
    folding (a "⒈" becomes "1.") can put a full stop at its ends: an ASCII text's need no stripping."""
    return list(map(str.lower if text.isascii() else fold, tokens))


def holds_any(text: str, cues) -> bool:
    """Whether ``text``, lower-cased, holds one of ``cues``: substring tests that rule out a pattern at a fraction
    of its cost, before a rule runs it on a sentence (most hold none)."""
    return any(map(_lowered(text).__contains__, cues))  # (in C: no Python frame per cue)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _lowered(text: str) -> str:
    """``text.lower()``, memoised: the rules ask ``holds_any`` of each sentence some twenty times."""
    return text.lower()


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def folded_words(text: str) -> tuple[str, ...]:
    """The folded form of each word of ``text``: ``[w.folded for w in words(text, lang)]`` for any ``lang``.

    What a text that words are only looked up in needs (the reference of ``covered_by_folded``),
    at a fraction of the cost of ``words``: no offsets, no stopword test, no ``Word``.
    """
    if text.isascii():  # lowered before the tokens are found: the same tokens (``ASCII_WORD``), one ``lower``
        return tuple(ASCII_WORD.findall(text.lower()))
    return tuple(whole.strip(".") for whole in _folded_tokens(text, _word_pattern(text, False).findall(text)))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def gate_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (``folded_words``) and the noun of each English possessive ("church's":
    "church" too): what a rule's gate looks a sentence's words up in, so that "the church's roof" is read as "the
    church roof" is (the rules' patterns find "church" before its "'s" either way)."""
    words = folded_words(text)
    if "'" not in text and "’" not in text:
        return words  # (most sentences)
    return words + tuple(word[:-2] for word in words if word.endswith("'s"))


def _word_pattern(text: str, ascii_text: bool) -> re.Pattern:
    """The fastest pattern that finds in ``text`` exactly what ``WORD`` finds."""
    if ascii_text:
        return ASCII_WORD
    return UNDERSCORELESS_WORD if "_" not in text else WORD


# what is not content among an ASCII text's folded tokens: the stopwords and the one-letter tokens, which are
# [a-z0-9] (``ASCII_WORD``, lowered)
_ASCII_NOT_CONTENT = {lang: frozenset(stopwords).union(ascii_lowercase + digits)
                      for lang, stopwords in STOPWORDS.items()}
# each word pattern, captured: its ``split`` gives the words and the text around them (no group of its own inside)
_SPLITTERS = {pattern: re.compile(f"({pattern.pattern})") for pattern in (WORD, ASCII_WORD, UNDERSCORELESS_WORD)}
assert all(pattern.groups == 0 for pattern in _SPLITTERS), "a word pattern captures nothing itself"
_new_tuple = tuple.__new__  # what ``Word(...)`` calls, without the Python-level ``__new__`` around it


@lru_cache(maxsize=WORD_MEMO_SIZE)
def stem(folded: str) -> str:
    """A crude stem: strip one inflectional/derivational suffix, keep at most 5 letters.

    Shared between English and Spanish so that cognates ("information"/"informacion",
    "president"/"presidente") meet: both languages' suffixes are tried, in the order of
    ``STEM_SUFFIXES`` (the first that the word ends with and that leaves 4 letters is stripped).
    Found by looking up the word's last letters of each suffix length (``_SUFFIX_RANKS``: a
    few dictionary look-ups instead of fifty ``endswith``) and taking the suffix first in that order.

    A stem always starts with the word's first 4 letters (or is the whole word), which
    ``_take_equal_stems`` relies on.
    """
    size = len(folded)
    if size <= 4 or folded.isdigit():
        return folded
    best = None
    for length in _SUFFIX_LENGTHS:
        if size - length < 4:
            break
        rank = _SUFFIX_RANKS.get(folded[-length:])
        if rank is not None and (best is None or rank < best[0]):
            best = rank, length
    if best is not None:
        return folded[: min(5, size - best[1])]
    return folded[:5]


_SUFFIX_RANKS: dict[str, int] = {}  # each suffix of ``STEM_SUFFIXES``: its first place in that order
for _rank, _suffix in enumerate(STEM_SUFFIXES):
    _SUFFIX_RANKS.setdefault(_suffix, _rank)
_SUFFIX_LENGTHS = sorted({len(suffix) for suffix in STEM_SUFFIXES})  # shortest first: longer ones need longer words


def fuzzy_equal(a: str, b: str) -> bool:
    """Near-identical spellings: "Kazakhstan" ~ "kazajistan", "Nassar" ~ "nassa"."""
    return may_be_fuzzy_equal(a, b) and similar_spelling(a, b)


def may_be_fuzzy_equal(a: str, b: str) -> bool:
    """The cheap tests of ``fuzzy_equal``: two words, not numbers, of comparable lengths."""
    if not may_be_fuzzy(a) or not may_be_fuzzy(b):
        return False
    return abs(len(a) - len(b)) <= fuzzy_length_slack(a)


def may_be_fuzzy(word: str) -> bool:
    """Whether ``word`` can be ``fuzzy_equal`` to anything: four letters or more, not a number."""
    return len(word) >= 4 and not word.isdigit()


def fuzzy_length_slack(word: str) -> int:
    """How much longer or shorter than ``word`` a word ``fuzzy_equal`` to it may be."""
    return max(2, len(word) // 3)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def similar_spelling(a: str, b: str) -> bool:
    """Whether two folded words are spelled nearly alike: difflib's ratio reaches ``FUZZY_RATIO`` (memoised; the
    length and letter tests of ``may_be_fuzzy_equal`` and of the callers' bounds come first, being cheaper)."""
    if 2.0 * _shared_letters(a, b) / (len(a) + len(b)) < FUZZY_RATIO:
        return False  # difflib's quick_ratio, the same number, without building a SequenceMatcher
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= FUZZY_RATIO


def _shared_letters(a: str, b: str) -> int:
    """Letters ``a`` and ``b`` have in common, counted with repetition (what ``SequenceMatcher.quick_ratio``
    counts): most pairs of different words fail on this alone."""
    counts_a, counts_b = _letter_counts(a), _letter_counts(b)
    return sum(min(count, counts_b[letter]) for letter, count in counts_a.items() if letter in counts_b)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _letter_counts(word: str) -> Counter:
    return Counter(word)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _letter_set(word: str) -> int:
    """The distinct letters of ``word`` as a bit set (bit ``ord(letter)``), for a cheap exact upper bound of
    ``_shared_letters``: two words share at most the length of one less the letters it has and the other lacks."""
    return sum({1 << ord(letter) for letter in word})  # distinct powers of two: their sum is their union


def parts_present(word: Word, folded: set[str]) -> bool:
    """"Jean-Pierre" ~ "jean pierre": every part of a hyphenated word is present."""
    parts = [part for part in WORD_PART_SEPARATOR.split(word.folded) if part]
    return len(parts) > 1 and all(part in folded for part in parts)


def covered_flags(checked: list[Word], reference: list[Word]) -> list[bool]:
    """For each word of ``checked``: covered by a word of ``reference`` (or not content).

    Matching is one to one, so that "president" mentioned twice is covered twice only if
    the reference says it twice: exact matches whose neighbouring word matches too first
    (``_take_equal_words``), then other exact matches, then stems, then fuzzy spellings,
    each consuming the first reference word still free that it matches; then hyphen parts
    (which consume nothing).
    """
    return covered_by_folded(checked, [w.folded for w in reference])


def covered_by_folded(checked: list[Word], reference: list[str], settled=None) -> list[bool]:
    """``covered_flags`` against the folded forms of the reference's words (all that it looks at; see
    ``folded_words``), and able to stop early.

    Each step only covers more words, so a caller that needs to know only whether some
    words stay uncovered can stop early: ``settled``, when given, is called with the
    flags so far before each step, and once it returns true the remaining steps are
    skipped and those flags returned as they are (words they leave uncovered may still
    be covered by a later step; a caller passes ``settled`` only when that cannot matter
    to it). Steps are skipped too once every word is covered, which changes nothing.
    """
    covered = [not word.content for word in checked]
    if all(covered) or (settled is not None and settled(covered)):
        return covered
    available: list[str | None] = list(reference)
    _take_equal_words(checked, covered, available)
    if all(covered) or (settled is not None and settled(covered)):
        return covered
    _take_equal_stems(checked, covered, available)
    if all(covered) or (settled is not None and settled(covered)):
        return covered
    _take_near_spellings(checked, covered, available)
    folded_set = None
    for index, word in enumerate(checked):
        if not covered[index] and _PART_SEPARATOR_CHARS.intersection(word.folded):
            if folded_set is None:
                folded_set = set(reference)
            if parts_present(word, folded_set):
                covered[index] = True
    return covered


def _take_near_spellings(checked: list[Word], covered: list[bool], available: list[str | None]) -> None:
    """Cover each uncovered word of ``checked``, in order, by the first free reference word ``fuzzy_equal`` to it.

    ``fuzzy_equal``'s cheap tests taken apart: reference words that can match nothing are
    left out once, not once per pair, and each candidate's length and letter set are
    found once. Before difflib, ``_shared_letters`` is bounded from above by the letter
    sets (each letter of one word that the other lacks takes at least one away): nearly
    every candidate fails quick_ratio on that bound alone, so ``similar_spelling`` would
    reject it too.
    """
    searched = [(index, word.folded) for index, word in enumerate(checked)
                if not covered[index] and may_be_fuzzy(word.folded)]
    lengths = set()  # the lengths a candidate may have to be compared with some searched word at all
    for _, folded in searched:
        slack = fuzzy_length_slack(folded)
        lengths.update(range(len(folded) - slack, len(folded) + slack + 1))
    fuzzy = [(position, candidate, len(candidate), _letter_set(candidate))
             for position, candidate in enumerate(available)
             if candidate is not None and len(candidate) in lengths and may_be_fuzzy(candidate)]
    if not fuzzy:
        return
    for index, folded in searched:
        size, slack, letters = len(folded), fuzzy_length_slack(folded), _letter_set(folded)
        for position, candidate, length, other_letters in fuzzy:
            if abs(size - length) > slack:
                continue
            shared = min(size - (letters & ~other_letters).bit_count(), length - (other_letters & ~letters).bit_count())
            if 2.0 * shared / (size + length) < FUZZY_RATIO:
                continue  # so ``similar_spelling``'s first test fails too
            if available[position] is not None and similar_spelling(folded, candidate):
                available[position] = None
                covered[index] = True
                break


_PART_SEPARATOR_CHARS = frozenset("-'.")  # what ``WORD_PART_SEPARATOR`` splits on: a word without one has one part


def _take_equal_stems(checked: list[Word], covered: list[bool], available: list[str | None]) -> None:
    """Cover each uncovered word of ``checked``, in order, by the first free reference word with the same ``stem``.

    ``available`` holds the reference words still free (``None`` once consumed); both
    lists are updated in place. Free positions are indexed by stem once, and only for the
    stems of uncovered words, so the cost is linear rather than checked × reference.
    """
    uncovered = [index for index, flag in enumerate(covered) if not flag]
    if not uncovered:
        return
    folded = [checked[index].folded for index in uncovered]
    wanted_stems = list(map(stem, folded))
    wanted = set(wanted_stems)
    # a stem begins with its word's first 4 letters (see ``stem``): only candidates that begin as a wanted word
    # begins can have a wanted stem, so the others' stems are never computed
    prefixes = {word[:4] for word in folded}
    free: dict[str, list[int]] = {}
    for position in range(len(available) - 1, -1, -1):  # reversed: each list pops its first position last
        candidate = available[position]
        if candidate is not None:
            if candidate[:4] not in prefixes:
                continue
            candidate_stem = stem(candidate)
            if candidate_stem in wanted:
                free.setdefault(candidate_stem, []).append(position)
    if not free:
        return
    for index, wanted_stem in zip(uncovered, wanted_stems):
        positions = free.get(wanted_stem)
        if positions:
            available[positions.pop()] = None
            covered[index] = True


def _take_equal_words(checked: list[Word], covered: list[bool], available: list[str | None]) -> None:
    """Cover each uncovered content word of ``checked`` by a free equal reference word with an equal neighbour
    (in context), then by any free equal reference word, from one index of the reference.

    In context first: a word that occurs twice in ``checked`` but once in the reference
    ("Chelmsford Road ... Shenfield Road" against "Shenfield Road") is covered where its
    neighbour matches too, not at its first occurrence: taken in order, the first "Road"
    would use up the reference's only one and leave the "Road" that is really there
    uncovered, splitting or misplacing a run of uncovered words.

    The positions of each reference word that some uncovered word of ``checked`` equals
    are listed once, in order, and serve both steps (the first free one of a list is the
    first free equal word); words that equal no reference word are never looked at again.
    The same words are covered, by the same reference words, as the two steps in turn.
    """
    wanted = {word.folded for word, flag in zip(checked, covered) if not flag}.intersection(available)
    if not wanted:
        return
    positions: dict[str, list[int]] = {}
    for position in [position for position, candidate in enumerate(available) if candidate in wanted]:
        positions.setdefault(available[position], []).append(position)
    found = [index for index, flag in enumerate(covered) if not flag and checked[index].folded in positions]
    last_word, last = len(checked) - 1, len(available) - 1
    original = list(available)  # neighbours are compared in the reference as it was, consumed or not
    for index in found:  # in context: a content word with an equal neighbour beside it
        # only a content word is telling context: "in", "the" neighbour any word
        before = checked[index - 1].folded if index > 0 and checked[index - 1].content else None
        after = checked[index + 1].folded if index < last_word and checked[index + 1].content else None
        if before is None and after is None:
            continue
        for position in positions[checked[index].folded]:
            if available[position] is None:
                continue
            if ((before is not None and position > 0 and original[position - 1] == before)
                    or (after is not None and position < last and original[position + 1] == after)):
                available[position] = None
                covered[index] = True
                break
    for index in found:  # then any equal word still free
        if covered[index]:
            continue
        for position in positions[checked[index].folded]:
            if available[position] is not None:
                available[position] = None
                covered[index] = True
                break


def alternation(phrases, space: str = " ") -> str:
    """A regular expression matching exactly ``phrases``, factored as a trie ("app" and "apps" share "app"): the
    ``re`` engine tries the alternatives of a plain alternation one after another at every position. ``space`` is
    what a space of a phrase matches (``r"\\s+"``: any run of spaces)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict) -> str:
        branches = [(space if char == " " else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)



class PhraseMatch(NamedTuple):
    """Where ``PhraseSet.search`` found a phrase: the parts of a ``re.Match`` the rules read."""

    string: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.string[self.begin:self.finish]


# a phrase's or a text's tokens: a run of word characters and hyphens, a run of spaces, or any other one character
_PHRASE_TOKEN = re.compile(r"([\w-]+)|(\s+)|(.)", re.DOTALL)
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_PLAIN_WORDS = re.compile(r"[\w-]+(?: [\w-]+)*")


class PhraseSet:
    r"""Finds a set of phrases in a text as ``re.compile(r"(?<![\w-])(?:" + alternation(phrases, space=r"\s+") +
    r")(?![\w-])", re.IGNORECASE).search`` would (without ``re.IGNORECASE`` when ``ignore_case`` is false):
    leftmost first, the longest phrase there, a space of a phrase matching any run of spaces, neither end inside a
    word. With ``ignore_case``, the phrases are written in lower case.

    For tables of thousands of phrases: ``re`` took about a second to compile the opposites' expression, and a
    tenth of a second more for the other tables, at every start of bilingo; a trie of their tokens, walked from each
    word's start, takes a fraction of that to build and finds the same phrases."""

    def __init__(self, phrases, ignore_case: bool = True):
        self._trie: dict = {}
        self._ignore_case = ignore_case
        for phrase in phrases:
            if phrase != " ".join(phrase.split()) or (ignore_case and phrase != phrase.lower()):
                raise ValueError(f"not a{' lower-case' if ignore_case else ''} phrase with single spaces: {phrase!r}")
            node = self._trie
            for token in _tokens(phrase):
                node = node.setdefault(token, {})
            node[None] = None  # (a phrase ends here)

    def finditer(self, text: str):
        """Each phrase in ``text``, none overlapping, as ``re``'s ``finditer`` gives them."""
        position = 0
        while (match := self.search(text, position)) is not None:
            yield match
            position = match.end()

    def search(self, text: str, position: int = 0) -> PhraseMatch | None:
        """The first phrase in ``text`` from ``position`` (the text before it still counts as ``re``'s lookbehind
        does), or ``None``."""
        lowered = text.lower() if self._ignore_case else text
        if len(lowered) != len(text):  # ("İ" lowers to two characters: keep every offset)
            lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        trie = self._trie
        for first in self._first_words.finditer(lowered, position):
            node = trie[first.group()]
            longest = None
            end = first.end()
            while node is not None:
                if None in node and not _WORD_OR_HYPHEN.match(lowered, end):
                    longest = end
                token = _PHRASE_TOKEN.match(lowered, end)
                if token is None:
                    break
                node = node.get(" " if token.lastindex == 2 else token.group())
                end = token.end()
            if longest is not None:
                return PhraseMatch(text, first.start(), longest)
        return None

    @cached_property
    def _first_words(self) -> re.Pattern:
        """Where a phrase may start: one of the phrases' first tokens, whole (compiled at the first search: a few
        thousand words take ``re`` tens of milliseconds, and the engine skips every other word faster than Python
        looks each one up)."""
        runs = [token for token in self._trie if _PLAIN_WORDS.fullmatch(token)]
        others = [token for token in self._trie if not _PLAIN_WORDS.fullmatch(token)]
        first = rf"(?:{alternation(runs)})(?![\w-])" if runs else "(?!)"
        if others:
            first += "|" + "|".join(map(re.escape, others))
        return re.compile(rf"(?<![\w-])(?:{first})")


def _tokens(text: str) -> list[str]:
    """``text``'s tokens, a run of spaces as one space."""
    if _PLAIN_WORDS.fullmatch(text):  # (most phrases: words one space apart)
        return [token for word in text.split(" ") for token in (" ", word)][1:]
    return [" " if match.lastindex == 2 else match.group() for match in _PHRASE_TOKEN.finditer(text)]


# English verbs whose past, participle or short "-ing" form the crude stem does not bring back to their base, each
# form and its base: the two sides of a pair often say a verb in different tenses ("It is not known" / Apertium's "It
# knows" for "Se sabe", "may have fled" / "fled"), and the negation, tense and certainty rules look for a side's verb
# among the other side's words
IRREGULAR_ENGLISH = {form: base for base, forms in {
    "sue": "sued sues suing",  # (a regular verb whose crude stem, "su", is too short to be brought back)
    "know": "knew known knows", "see": "saw seen sees seeing", "take": "took taken", "give": "gave given",
    "show": "showed shown shows", "do": "did done does doing", "go": "went gone goes going", "write": "wrote written",
    "make": "made", "find": "found", "get": "got gotten gets getting", "hold": "held", "tell": "told",
    "say": "said says saying", "think": "thought", "bring": "brought", "buy": "bought", "keep": "kept",
    "leave": "left", "lose": "lost", "meet": "met", "pay": "paid paying", "send": "sent", "spend": "spent",
    "build": "built", "feel": "felt", "lead": "led leading", "mean": "meant", "run": "ran running",
    "sit": "sat sitting", "stand": "stood", "understand": "understood", "win": "won winning", "begin": "began begun",
    "break": "broke broken", "choose": "chose chosen", "drive": "drove driven", "eat": "ate eaten",
    "fall": "fell fallen", "fly": "flew flown", "forget": "forgot forgotten", "grow": "grew grown",
    "rise": "rose risen", "speak": "spoke spoken", "steal": "stole stolen", "throw": "threw thrown",
    "wear": "wore worn", "become": "became", "come": "came", "hear": "heard", "hide": "hid hidden", "sell": "sold",
    "teach": "taught", "catch": "caught", "fight": "fought", "seek": "sought", "strike": "struck stricken",
    "shoot": "shot", "draw": "drew drawn", "blow": "blew blown", "withdraw": "withdrew withdrawn",
    "ride": "rode ridden", "shake": "shook shaken", "freeze": "froze frozen", "forbid": "forbade forbidden",
    "flee": "fled flees fleeing", "have": "has had", "let": "lets letting", "put": "puts putting",
    "set": "sets setting", "cut": "cuts cutting",
}.items() for form in (base, *forms.split())}
