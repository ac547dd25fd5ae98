"""number-mismatch: a multiple said as another ("more than double" / "casi el triple", "doubled" / "se triplicó").

A multiple is often said without a number ("double", "tripled", "el doble", "se cuadruplicó"), so
``bilingo.rules.numbers`` has no digits to compare, and a count in words alone ("three times" / "tres veces") is
never reported there. This module reads the multiples of each side of an aligned pair in its own language: the
words of doubling, tripling and quadrupling, and "twice", "N times" / "N veces" (before "more", "as", "larger"... or
not: "tres veces más", "three times as many"). When each side says a multiple more often than the other, the pair's
multiple changed: one finding on the translated side, at the word that changed, naming both.

Half is read as a multiple too ("half", "halved", "la mitad": "twice its asking price" / "la mitad de su precio"), not
"medio" or "media" ("media hora" is a measure). A word that is part of a compound is no multiple: "double-digit",
"triple-A", "doble-clic". Only a count in words of times is read ("twice", "three times", "dos veces"), which is as
often the times something happened ("was arrested twice" / "fue arrestado dos veces") as a multiple: both sides then say
the same count, and a side that says it otherwise ("en dos ocasiones") says no multiple, which is no finding. A count
before a period ("twice a day" / "tres veces al día") is how often, compared by the number rule, not a multiple.

Measured on the 11,650 faithful sentence pairs of the dev corpus (tests/test_rule_numbers.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.numbers import RULE
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
HALF, TWICE, THRICE, FOURFOLD, FIVEFOLD, TENFOLD = "half", "double", "triple", "quadruple", "fivefold", "tenfold"
MULTIPLE_WORDS = {
    "en": {
        HALF: r"half|halved|halves|halving",
        TWICE: r"double|doubled|doubles|doubling|twice|two\s+times",
        THRICE: r"triple|tripled|triples|tripling|thrice|three\s+times|threefold",
        FOURFOLD: r"quadruple|quadrupled|quadruples|quadrupling|four\s+times|fourfold",
        FIVEFOLD: r"five\s+times|fivefold",
        TENFOLD: r"ten\s+times|tenfold",
    },
    "es": {
        HALF: r"mitad",
        TWICE: r"doble|dupli(?:c(?:ó|aron|a|an|ar|ado|ada|ados|adas|ará|arán|aría|arían)|que|quen)|dos\s+veces",
        THRICE: r"triple|tripli(?:c(?:ó|aron|a|an|ar|ado|ada|ados|adas|ará|arán|aría|arían)|que|quen)|tres\s+veces",
        FOURFOLD: r"cuádruple|cuadrupli(?:c(?:ó|aron|a|an|ar|ado|ada|ados|adas|ará|arán|aría|arían)|que|quen)|"
                  r"cuatro\s+veces",
        FIVEFOLD: r"cinco\s+veces|quíntuple|quintuplic(?:ó|aron|a|an|ar|ado|ada|ados|adas)",
        TENFOLD: r"diez\s+veces|décuplo",
    },
}
# a count of times before a period is how often ("twice a day" / "tres veces al día"), which the number rule compares
_RATE_AFTER = {"en": r"(?!\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|night|hour|minute|season|term)\b)",
               "es": r"(?!\s+(?:al|a\s+la|por|por\s+la|cada)\s+(?:día|semana|mes|año|noche|hora|minuto|temporada)\b)"}
# (no word glued to it by a hyphen: "double-digit", "triple-A", "doble-clic")
_MULTIPLE = {lang: re.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{words})(?![\w-]){_RATE_AFTER[lang]})"
                                       for kind, words in kinds.items()), re.IGNORECASE)
             for lang, kinds in MULTIPLE_WORDS.items()}
_CUES = {"en": ("half", "halv", "doubl", "twice", "tripl", "thrice", "threefold", "quadrupl", "fourfold", "fivefold",
                "tenfold", " times"),
         "es": ("mitad", "doble", "duplic", "dupliqu", "triple", "triplic", "tripliqu", "veces", "cuádruple",
                "cuadruplic", "cuadrupliqu", "quíntuple", "quintuplic", "décuplo")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def multiples(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The multiples ``text`` says: (multiple, start, end) of each, in text order."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _MULTIPLE[lang].finditer(text))


def prepare(version: Version, settings: Settings) -> None:
    """The multiples of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, multiples)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, multiples, changed, evidence_key="multiples", confidence=0.8)


# whether each side says a multiple more often than the other
changed = each_says_more
