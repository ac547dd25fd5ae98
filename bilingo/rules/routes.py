"""name-mismatch: a route turned around ("flights from Houston to Dallas" / "vuelos de Dallas a Houston", "moved
from El Paso to Albuquerque" / "trasladado desde Albuquerque hasta El Paso").

Where a bus runs, where a prisoner was moved, which way a storm tracks: the two places of a route both stay in a
translation that turns it around, so the name rule finds each of them and sees nothing.

Each side of an aligned pair is read in its own language: "from A to B" in English, "de A a B", "desde A hasta B"
(or "hacia") in Spanish, A and B runs of capitalised words. A route is its two names, compared without case or
accents, a name spelt nearly alike being one ("Louisiana" / "Luisiana"), and so are two forms of a place of the names
rule's table ("the United States" / "Estados Unidos", "Moscow" / "Moscú"). When each side says a route whose reverse
the other says, and not the route itself, the route turned: one finding on the translated side, at the route, naming
both. Two routes that name other places ("from Washington to New
York" / "de Washington a Nueva York") are not compared: the name rule reads the places.

Measured on the faithful sentence pairs of the dev corpus: 12 say a route on both sides, none turned; with the first
Spanish route turned around, 10 of 11 are found (7 before the table's forms were one place; the eleventh names a
person where the English names a country) (tests/test_rule_routes.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.directions import RULE
from bilingo.rules.names import place_forms
from bilingo.rules.words import fold, fuzzy_equal
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.7

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}"
_ROUTE = {"en": re.compile(rf"\bfrom\s+(?:the\s+)?(?P<origin>{_NAME})\s+to\s+(?:the\s+)?(?P<destination>{_NAME})"),
          "es": re.compile(rf"\b(?:de|desde)\s+(?P<origin>{_NAME})\s+(?:a|hasta|hacia)\s+(?P<destination>{_NAME})")}
_CUES = {"en": " to ", "es": (" a ", " hasta ", " hacia ")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def routes(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The routes ``text`` says: ("A to B", start, end) of each, its names as written."""
    lang = "es" if lang == "es" else "en"
    cues = _CUES[lang]
    if not any(cue in text for cue in ((cues,) if isinstance(cues, str) else cues)):
        return ()  # (most sentences)
    found = []
    for match in _ROUTE[lang].finditer(text):
        destination = match.group("destination").rstrip(".")  # (a sentence's full stop; "St. Louis" keeps its own)
        found.append((f"{match.group('origin')} to {destination}", match.start(), match.start("destination")
                      + len(destination)))
    return tuple(found)


def _folded(route: str) -> tuple[str, str]:
    """A route's two places, each folded, or as its group of the names rule's table where it has one ("Estados
    Unidos" / "the United States", "Moscú" / "Moscow")."""
    origin, _, destination = route.partition(" to ")
    return _place_key(origin), _place_key(destination)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _place_key(place: str) -> str:
    forms = place_forms(place)
    return " ".join(forms[0]) if forms else fold(place)


def _same_place(name: str, other: str) -> bool:
    """One place in two languages: the same name, or one spelt nearly alike ("Louisiana" / "Luisiana")."""
    return name == other or fuzzy_equal(name, other)


def changed(routes_here: Counter, routes_there: Counter) -> bool:
    """Whether each side says a route whose reverse the other says, and not the route itself."""
    there = [_folded(route) for route in routes_there]
    for origin, destination in map(_folded, routes_here):
        if _same_place(origin, destination):
            continue
        said = any(_same_place(origin, a) and _same_place(destination, b) for a, b in there)
        if not said and any(_same_place(origin, b) and _same_place(destination, a) for a, b in there):
            return True
    return False


def prepare(version: Version, settings: Settings) -> None:
    """The routes every sentence says, read while the translator works."""
    prepare_sentences(version, settings, RULE, routes)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, routes, changed, evidence_key="routes", confidence=CONFIDENCE)
