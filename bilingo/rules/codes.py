"""number-mismatch: a code's number changed ("rated an EF-2" / "clasificado como EF-3", "backed up on I-35" / "en la
I-45", "COVID-19" / "COVID-18").

A tornado's rating, an interstate, a virus, a mask (N95), a fighter jet: the number in a code of capitals and digits is
a fact like any other, but the number rule leaves codes out (their digits are no quantity: "F-16" is no sixteen), so a
code's digits changed in translation went unseen.

Each side of an aligned pair is read in its own language: a code is a run of letters with a capital, then a hyphen or
nothing, then one to four digits ("EF-2", "I-35", "N95", "SARS-CoV-2"'s "CoV-2"), read as its letters in capitals and
its number ("EF-2" and "EF2" are one). When both sides give a code of the same letters, and each side a number for
them more often than the other (counted: one of two "COVID-19" made "COVID-20" is a change), the code changed: one
finding on the translated side, at the code that changed, naming both.
Codes of other letters ("COVID-19" / "SARS-CoV-2") are not compared, nor a code one side leaves out. A letter grade
(a school's or a restaurant's rating: "an A rating", "a grade of C", "una calificación de B") is a code of its own,
"grade-A", compared the same way.

Measured on the faithful sentence pairs of the dev corpus: 570 give a code on both sides (COVID-19, ACE-2, N-95,
RATG-13...), none with other digits; with the first Spanish code's number changed, 540 are found (the others give
the code in other letters on the English side, "ACE2" / "ECA2") (tests/test_rule_codes.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.numbers import RULE
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.7

# letters with a capital, then a hyphen (or nothing after a capital), then the digits; not inside a longer word or
# number ("H1N1", "3.5", "A-1-B" are no code of this kind)
_CODE = re.compile(r"(?<![\w-])([A-Za-z]*[A-Z][A-Za-z]*)(?:-|(?<=[A-Z]))(\d{1,4})(?![\w-]|[.,]\d)")
_CODE_GATE = re.compile(r"[A-Z][A-Za-z]*-?\d")  # (what every code holds, searched faster)


# A letter grade (a school's or a restaurant's rating, "an A rating", "una calificación de B"), read as the code
# "grade-A", so that one letter put for another is a code changed
_GRADE = {
    "en": re.compile(r"\b(?:an?\s+)?\"?(?P<grade>[A-F])[+-]?\"?\s+(?:letter\s+)?(?:rating|grade)\b|"
                     r"\b(?:rating|grade)\s+of\s+(?:an?\s+)?\"?(?P<of>[A-F])\b(?![-'’]\w)"),
    "es": re.compile(r"\b(?:calificaci[oó]n|nota)\s+(?:de\s+)?[\"“«]?(?P<grade>[A-F])\b(?![-'’]\w)"),
}
_GRADE_CUES = {"en": ("rating", "grade"), "es": ("calificaci", "nota ")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def codes(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The codes ``text`` gives: ("LETTERS-number", start, end) of each, in text order; a letter grade as
    "grade-A"."""
    lang = "es" if lang == "es" else "en"
    found = []
    if _CODE_GATE.search(text):
        found += [(f"{match.group(1).upper()}-{int(match.group(2))}", match.start(), match.end())
                  for match in _CODE.finditer(text)]
    if holds_any(text, _GRADE_CUES[lang]):
        found += [(f"grade-{match.group(match.lastgroup)}", match.start(), match.end())
                  for match in _GRADE[lang].finditer(text)]
    return tuple(sorted(found, key=lambda code: code[1]))


def _letters(code: str) -> str:
    return code.rpartition("-")[0]


def changed(codes_here: Counter, codes_there: Counter) -> bool:
    """Whether, for letters both sides give a code of, each side gives a number more often than the other (counted:
    "COVID-19 ... COVID-19" against "COVID-19 ... COVID-20" changed one of them)."""
    surplus_here = {_letters(code) for code in codes_here - codes_there}
    surplus_there = {_letters(code) for code in codes_there - codes_here}
    return not surplus_here.isdisjoint(surplus_there)


def prepare(version: Version, settings: Settings) -> None:
    """The codes every sentence gives, read while the translator works."""
    prepare_sentences(version, settings, RULE, codes)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, codes, changed, evidence_key="codes", confidence=CONFIDENCE)
