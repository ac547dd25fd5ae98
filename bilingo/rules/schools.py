"""name-mismatch: a school said as another level of school ("a new elementary school" / "una nueva escuela
secundaria", "the high school" / "la escuela primaria", "a middle school" / "una universidad").

School board and shooting stories name the school; a level changed in translation sends Spanish-speaking parents to
the wrong building while every name and number still matches. Three levels are told apart: elementary (primary),
secondary (middle and high school: US Spanish-language copy writes "escuela secundaria" for either, and
"preparatoria" or "escuela intermedia"), and college or university ("community college" is "colegio comunitario",
which is not read: "colegio" is a school of any level in most of the Spanish-speaking world).

Each side of an aligned pair is read in its own language. When each side says a level more often than the other,
the school changed: one finding on the translated side, at the words that changed, naming both. A side that says no
level where the other does ("the school" / "la secundaria Lincoln") says nothing. The people of a school say its
level too ("elementary school students" / "estudiantes de secundaria"), and so does the Spanish adjective ("a high
school student" / "un estudiante universitario"). Measured on the 11,650 faithful sentence pairs of the dev corpus:
134 name a level on both sides, none another; the first Spanish level turned, 131 of 134 are found
(tests/test_rule_schools.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.opposites import expand
from bilingo.rules.words import alternation, fold, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
# each level and its words ("{a,b}" expands as in ``opposites.expand``); "primaria" and "secundaria" alone are
# also primaries (elections) and side effects: read after "escuela" (and "secundaria" after "la" or "una"), after
# another level ("escuelas primarias y secundarias", "primary and secondary schools") or after the people of a school
# ("estudiantes de secundaria", "una maestra de primaria"); "escuelas superiores" are a university in Spain and a high
# school in Puerto Rico, and are not read
_WHO_IS_AT = "{estudiante,estudiantes,alumno,alumna,alumnos,alumnas,maestro,maestra,maestros,maestras}"
LEVELS = {
    "elementary school": {
        "en": "elementary school{,s}|elementary|primary school{,s}|grade school{,s}|{primary,elementary} and",
        "es": "escuela{,s} primaria{,s}|escuela{,s} elemental{,es}|y primaria{,s}|" + _WHO_IS_AT + " de primaria",
    },
    "secondary school": {
        "en": "middle school{,s}|junior high{, school,schools}|high school{,s}|secondary school{,s}",
        "es": "escuela{,s} secundaria{,s}|escuela{,s} intermedia{,s}|escuela{,s} preparatoria{,s}|"
              "preparatoria{,s}|{la,una} secundaria|y {secundaria,secundarias,preparatoria,preparatorias}|"
              + _WHO_IS_AT + " de secundaria",
    },
    # (the adjective too: "un estudiante universitario", a college student)
    "university": {"en": "universit{y,ies}|college{,s}", "es": "universidad{,es}|universitari{o,a,os,as}"},
}
_LEVEL_OF = {lang: {fold(phrase): level for level, words in LEVELS.items() for phrase in expand(words[lang])}
             for lang in ("en", "es")}
_PHRASES = {lang: re.compile(r"(?<![\w-])(?:" + alternation({phrase for phrase in phrases}, space=r"\s+")
                             + r")(?![\w-])", re.IGNORECASE)
            for lang, phrases in _LEVEL_OF.items()}
_GATE = {lang: frozenset(max(phrase.split(), key=len) for phrase in phrases) for lang, phrases in _LEVEL_OF.items()}
# "Electoral College" and "College of Cardinals" are no school; nor is "college football" a level said of a school
_NO_SCHOOL = re.compile(r"electoral\s+college|college\s+of\s+cardinals|college\s+(?:football|basketball|sports)",
                        re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def levels(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The levels of school ``text`` names: (level, start, end) of each phrase, in text order."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    taken = [(match.start(), match.end()) for match in _NO_SCHOOL.finditer(text)] if lang == "en" else []
    return tuple((_LEVEL_OF[lang][fold(" ".join(match.group().split()))], match.start(), match.end())
                 for match in _PHRASES[lang].finditer(text)
                 if not any(start <= match.start() < end for start, end in taken))


def prepare(version: Version, settings: Settings) -> None:
    """The levels of school of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, levels)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, levels, changed, evidence_key="levels", confidence=0.6)


# whether each side says a level more often than the other
changed = each_says_more
