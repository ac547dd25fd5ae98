"""name-mismatch: a name misspelt in one place of a version that spells it right elsewhere ("Gov. Greg Abbott" /
"el gobernador Greg Abbot", where the Spanish writes "Abbott" in its other paragraphs).

The names rule takes a near-equal spelling for the same name, as it must: translators transliterate ("Gaddafi" /
"Gadafi", "Zelensky" / "Zelenski"). But a version that writes a name one way in most places and one letter off in
another has a slip, whatever its conventions, and a misspelt name is the correction a newsroom prints most often.

A name here is a capitalised word of five letters or more that does not open its sentence. In each aligned pair, a
word of one side that the other side's counterpart writes with one letter more, less, changed or swapped ("Abbot" /
"Abbott", "Smyth" / "Smith") is a misspelling when the word's own version writes the other spelling elsewhere, at
least as often, and, on the translated side, when the machine translation passed the word on unchanged (a
translated name, "Brasil" / "Brazil", is a translation, not a slip). A plural or a place's adjective is no other
spelling ("los Kennedy" / "the Kennedys", "América" / "American", "Israel" / "Israeli").

Measured on the 443 faithful documents of the dev corpus first written in English or Spanish
(``bench/measure_rules.py``): eleven findings, each a name the corpus's translators misspelt ("Frazatta" for
"Frazetta", "Panrcas" for "Pancras", "Nintento" for "Nintendo", "Frederico" for "Federico"); a version that writes
its own spelling more often ("Shangai" seven times, "Shanghai" once) is left alone (tests/test_rule_spellings.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import compared_pairs, make_finding, pair_evidence, segment_span, side_name
from bilingo.model import AlignedDocument, Finding
from bilingo.rules.words import fold
from bilingo.settings import Settings

RULE = "name-mismatch"
CONFIDENCE = 0.7
MIN_NAME_LETTERS = 5
_NAME = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüA-Z]{%d,}(?![\w-])" % (MIN_NAME_LETTERS - 1))
_SENTENCE_OPENING = re.compile(r"^[\W\d_]*$")  # only punctuation, quotes or digits before the word


@lru_cache(maxsize=1 << 14)
def names_in(text: str) -> tuple[tuple[str, int, int], ...]:
    """The capitalised words of ``text`` that do not open it: (word, start, end)."""
    return tuple((match.group(), match.start(), match.end()) for match in _NAME.finditer(text)
                 if not _SENTENCE_OPENING.match(text, 0, match.start()))


@lru_cache(maxsize=1 << 14)
def _folded_names(text: str) -> dict[str, str]:
    """``names_in(text)``'s words by their folded form."""
    return {fold(word): word for word, _, _ in names_in(text)}


@lru_cache(maxsize=1 << 14)
def _spellings(text: str) -> tuple[str, ...]:
    """The folded capitalised words of ``text``, the one opening it included ("Abbott thanked them.")."""
    return tuple(fold(match.group()) for match in _NAME.finditer(text))


def one_letter_apart(word: str, other: str) -> bool:
    """Whether ``word`` becomes ``other`` by one letter added, dropped, changed, or two neighbours swapped."""
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        different = [position for position, (a, b) in enumerate(zip(word, other)) if a != b]
        return len(different) == 1 or (len(different) == 2 and different[1] == different[0] + 1
                                       and word[different[0]] == other[different[1]]
                                       and word[different[1]] == other[different[0]])
    shorter, longer = sorted((word, other), key=len)
    return any(longer[:position] + longer[position + 1:] == shorter for position in range(len(longer)))


def _another_form(word: str, other: str) -> bool:
    """Whether two words one letter apart are two forms of one name: a plural ("Kennedys"), or the adjective of a
    place ("American", "Israeli", "Honduran": a place's name with an "n" or an "i" at its end)."""
    shorter, longer = sorted((word, other), key=len)
    if longer in (shorter + "s", shorter + "es"):
        return True
    if longer[:-1] == shorter and longer[-1] in "ni":
        return True  # "America" / "American", "Israel" / "Israeli"
    return len(word) == len(other) and word[:-1] == other[:-1] and "n" in (word[-1], other[-1])  # "Honduran"


def prepare_spellings(version) -> None:
    """Each sentence's names and spellings, read while the translator works (``names.prepare`` calls it)."""
    for segment in version.segments:
        _folded_names(segment.text)
        _spellings(segment.text)


def misspellings(aligned: AlignedDocument, settings: Settings, reported: set = frozenset()) -> list[Finding]:
    """The misspelt names of ``aligned``, one finding per pair at most, none in the pairs ``reported`` ((left, right)
    indices of the pairs the names rule reported already: "Moderna Museet" / "Modern Museet" is a changed name
    there). Called by ``names.check``."""
    # (a name opening a sentence is still spelt: "Abbott thanked them."; a sentence left in the other language is
    # not the version's spelling: "Afganistán" in an English version's untranslated sentence)
    spelt = {side: Counter(word for segment in aligned.version(side).segments
                           if segment.lang in (aligned.version(side).lang, "und") for word in _spellings(segment.text))
             for side in ("left", "right")}
    findings = []
    for pair in compared_pairs(aligned, settings):
        if (pair.left, pair.right) in reported:
            continue
        for side in ("left", "right"):
            other = aligned.other(side)
            finding = _misspelt_in(aligned, pair, side, other, spelt, settings)
            if finding is not None:
                findings.append(finding)
                break  # one finding per pair
    return findings


def _misspelt_in(aligned: AlignedDocument, pair, side: str, other: str, spelt: dict[str, Counter],
                 settings: Settings) -> Finding | None:
    """The finding on the first word of ``side`` in ``pair`` that its counterpart spells one letter otherwise, in
    the way the side's own version spells it elsewhere."""
    version = aligned.version(side)
    other_version = aligned.version(other)
    counterpart = {}
    for index in getattr(pair, other):
        counterpart.update(_folded_names(other_version.segments[index].text))
    if not counterpart:
        return None
    for index in getattr(pair, side):
        text = version.segments[index].text
        for word, begin, end in names_in(text):
            folded = fold(word)
            if folded in counterpart or folded in spelt[other]:
                continue
            # (the version's usual spelling: one it writes at least as often as this one; "Shangai" seven times and
            # "Shanghai" once is a choice)
            right = next((written for name, written in counterpart.items() if one_letter_apart(folded, name)
                          and not _another_form(folded, name) and spelt[side][name] >= spelt[side][folded]), None)
            if right is None or (side == aligned.translated_side
                                 and folded not in fold(aligned.translation_of(side, getattr(pair, side)))):
                continue
            start, stop = segment_span(version.source, version.segments[index], begin, end)
            message = (f"{word!r} in {side_name(aligned, side)}, which spells it {right!r} elsewhere, as "
                       f"{side_name(aligned, other)} does")
            evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
                "spelling": right, "confidence": CONFIDENCE}
            if aligned.translated_side is not None:
                evidence["translation"] = aligned.translation_of(aligned.translated_side,
                                                                 getattr(pair, aligned.translated_side))
            return make_finding(RULE, version.source, start, stop, message, lang=version.lang, score=CONFIDENCE,
                                evidence=evidence, settings=settings)
    return None
