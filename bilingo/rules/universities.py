"""name-mismatch: a university put for another ("Arizona State University" / "la Universidad de Arizona",
"California State University, Fullerton" / "la Universidad de California en Fullerton", "Texas A&M University" /
"la Universidad de Texas").

US states run two or three public universities under one place name: the University of Arizona and Arizona State
University, the University of Texas and Texas A&M, the University of California and California State University,
each with campuses in several cities. Translated word by word, one turns into the other ("Arizona State University"
is "la Universidad Estatal de Arizona", not "la Universidad de Arizona"), and a bio, a study or a game is credited to
another school. The names rule does not see it: every word of the name is found on the other side.

Each side of an aligned pair is read in its own language (the originals), and each university it names is read as
(place, kind, campus): the place a US state or one capitalised word ("Houston", "Oxford"; Spanish names of states,
"Pensilvania", "Nuevo México", are brought to English), the kind "state" ("Arizona State University", "Universidad
Estatal de Arizona", "Penn State", "Cal State"), "A&M" ("Texas A&M") or the place's university ("University of
Arizona", "Arizona University", "Universidad de Arizona"), with the campus named after it ("at Austin", ", Los
Angeles", "en El Paso") as part of the name. Where a university of one side has no counterpart of the same place and
kind on the other, and the other names one of the same place and another kind, the university changed: one finding
on the translated side (the rewrite for two versions in one language), naming both. Another campus ("Los Angeles" /
"Berkeley") is another city, which ``bilingo.rules.names`` reports. A few universities known by their initials ("UTSA",
"UTEP", "UCLA", "ASU": ``ACRONYMS``) are read as their names. A university one side names and the other leaves
out says nothing; a place written otherwise in each language ("Moscow" / "Moscú") is not compared.

Measured on the 11,650 faithful sentence pairs of the dev corpus: 60 name a university on both sides, none another;
with the first Spanish one turned into the other kind of its place ("Universidad de X" / "Universidad Estatal de X"),
53 of 60 are found (tests/test_rule_universities.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bilingo.findings import compared_pairs, make_finding, pair_evidence, segment_span, side_name
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.places import ES_STATE_NAMES, SPANISH_STATE_NAMES, US_STATES
from bilingo.rules.words import fold
from bilingo.settings import Settings

RULE = "name-mismatch"
TEXT_MEMO_SIZE = 1 << 14

# the states' Spanish names brought to English to be compared, and "Penn" of "Penn State University"
SPANISH_STATES = {**SPANISH_STATE_NAMES, "penn": "pennsylvania"}

_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
# (words that open a sentence or close a school's name, not a place: "Even Berkeley", "Pittsburgh School of")
_NOT_PLACE = (r"(?!(?:The|A|An|El|La|Los|Las|Una?|Even|Former|New|State|University|Universidad|School|College|"
              r"Medical|Law|Hospital|Center|Centre)\b)")
_PLACE_EN = (rf"(?P<place>{'|'.join(sorted(US_STATES, key=len, reverse=True))}|"
             rf"{_NOT_PLACE}{_WORD}(?:\s+{_NOT_PLACE}{_WORD})?)")
_PLACE_ES = (rf"(?P<place>{'|'.join(sorted(US_STATES + ES_STATE_NAMES, key=len, reverse=True))}|"
             rf"{_NOT_PLACE}{_WORD}(?:\s+{_NOT_PLACE}{_WORD})?)")
_CAMPUS = rf"(?P<campus>{_WORD}(?:\s+{_WORD}){{0,2}})"
_AFTER_EN = rf"(?:(?:,|\s+at|\s+-|\s+–)\s+{_CAMPUS})?"
_AFTER_ES = rf"(?:(?:,|\s+en|\s+-|\s+–)\s+{_CAMPUS})?"
# A university known by its initials, written alike in both languages: (place, kind, campus)
ACRONYMS = {"UTSA": ("texas", "university", "san antonio"), "UTEP": ("texas", "university", "el paso"),
            "UTRGV": ("texas", "university", "rio grande valley"), "UCLA": ("california", "university", "los angeles"),
            "UNLV": ("nevada", "university", "las vegas"), "ASU": ("arizona", "state", None)}
_ACRONYM = rf"\b(?P<acronym>{'|'.join(ACRONYMS)})\b"
# Each language's ways of naming a university, tried in turn; where two overlap, the one that starts first (then
# the longer) is the name
_UNIVERSITIES = {
    "en": [re.compile(pattern) for pattern in (
        r"\bPenn\s+State\b(?P<penn>)",
        rf"\bCal\s+State(?:\s+University)?(?P<cal>)(?:,?\s+{_CAMPUS})?",
        rf"\b{_PLACE_EN}\s+(?:(?P<state>State)|(?P<am>A&M))\s+University\b{_AFTER_EN}",
        rf"\b{_PLACE_EN}\s+(?P<am>A&M)\b",
        rf"\b(?P<state>State)\s+University\s+of\s+{_PLACE_EN}\b{_AFTER_EN}",  # ("SUNY")
        rf"\bUniversity\s+of\s+{_PLACE_EN}(?:\s+(?P<am>A&M))?\b{_AFTER_EN}",
        rf"\b{_PLACE_EN}\s+University\b{_AFTER_EN}",
        _ACRONYM,
    )],
    "es": [re.compile(pattern) for pattern in (
        rf"\bUniversidad\s+(?P<state>Estatal|del\s+Estado)\s+(?:de\s+)?{_PLACE_ES}(?:\s+(?P<am>A&M))?\b{_AFTER_ES}",
        rf"\bUniversidad\s+(?:de\s+|del\s+)?{_PLACE_ES}(?:\s+(?P<am>A&M)|\s+(?P<state>State))?\b{_AFTER_ES}",
        r"\bPenn\s+State\b(?P<penn>)",
        rf"\bCal\s+State(?P<cal>)(?:,?\s+{_CAMPUS})?",
        rf"\b{_PLACE_ES}\s+(?P<am>A&M)\b",
        _ACRONYM,
    )],
}


class University(NamedTuple):
    """A university a sentence names, as (place, kind, campus) in English folded words, and where."""

    place: str
    kind: str  # "state", "a&m" or "university"
    campus: str | None
    segment: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def universities(text: str, lang: str) -> tuple[tuple[str, str, str | None, int, int], ...]:
    """The universities ``text`` names: (place, kind, campus, start, end) of each, in text order."""
    if ("Univers" not in text and "State" not in text and "A&M" not in text
            and ("U" not in text or not any(acronym in text for acronym in ACRONYMS))):
        return ()  # (most sentences)
    lang = "es" if lang == "es" else "en"
    matches = sorted((match for pattern in _UNIVERSITIES[lang] for match in pattern.finditer(text)),
                     key=lambda match: (match.start(), -match.end()))
    found, taken = [], 0
    for match in matches:
        if match.start() < taken:
            continue  # (a shorter reading of a name already read)
        taken = match.end()
        groups = match.groupdict()
        if groups.get("acronym"):
            found.append((*ACRONYMS[groups["acronym"]], match.start(), match.end()))
            continue
        if groups.get("penn") is not None:
            place, kind = "pennsylvania", "state"
        elif groups.get("cal") is not None:
            place, kind = "california", "state"
        else:
            place = _english_place(groups["place"])
            kind = "state" if groups.get("state") else "a&m" if groups.get("am") else "university"
        campus = fold(groups["campus"]) if groups.get("campus") else None
        found.append((place, kind, campus, match.start(), match.end()))
    return tuple(found)


def _english_place(place: str) -> str:
    """A place as English writes it, folded: "Nuevo México" is "new mexico", "Penn" (State) "pennsylvania"."""
    folded = " ".join(fold(place).split())
    return SPANISH_STATES.get(folded, folded)


def prepare(version: Version, settings: Settings) -> None:
    """The universities of every sentence, read while the translator works."""
    if RULE in settings.disabled_rules:
        return
    for segment in version.segments:
        universities(segment.text, version.lang)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    findings = []
    for pair in compared_pairs(aligned, settings):
        mine, theirs = _named(aligned, pair, flagged), _named(aligned, pair, other)
        if not mine or not theirs:
            continue  # (most pairs)
        for university, counterpart in _changed(mine, theirs):
            findings.append(_finding(aligned, pair, flagged, university, counterpart, settings))
    return findings


def _named(aligned: AlignedDocument, pair: AlignedPair, side: str) -> list[University]:
    version = aligned.version(side)
    return [University(place, kind, campus, index, start, end, version.segments[index].text[start:end])
            for index in getattr(pair, side)
            for place, kind, campus, start, end in universities(version.segments[index].text, version.lang)]


def _same(university: University, other: University) -> bool:
    """The same school: place and kind alike (another campus is another city, which the names rule reports)."""
    return university.place == other.place and university.kind == other.kind


def _changed(mine: list[University], theirs: list[University]) -> list[tuple[University, University]]:
    """(a university of ``mine``, the one of ``theirs`` it stands for) for each of ``mine`` that no university of
    ``theirs`` is, where ``theirs`` names another of the same place that none of ``mine`` is."""
    unmatched_mine = [university for university in mine if not any(_same(university, other) for other in theirs)]
    unmatched_theirs = [other for other in theirs if not any(_same(university, other) for university in mine)]
    changed = []
    for university in unmatched_mine:
        counterpart = next((other for other in unmatched_theirs if other.place == university.place), None)
        if counterpart is not None:
            changed.append((university, counterpart))
            unmatched_theirs.remove(counterpart)
    return changed


def _finding(aligned: AlignedDocument, pair: AlignedPair, side: str, university: University, counterpart: University,
             settings: Settings) -> Finding:
    version = aligned.version(side)
    other = aligned.other(side)
    start, end = segment_span(version.source, version.segments[university.segment], university.start, university.end)
    here, there = side_name(aligned, side), side_name(aligned, other)
    if side == "left":
        message = f"{university.text} in {here} but {counterpart.text} in {there}: another university"
    else:
        message = f"{counterpart.text} in {there} but {university.text} in {here}: another university"
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
        "university": list(university[:3]), "counterpart_university": list(counterpart[:3]),
        "counterpart_text": counterpart.text, "confidence": 0.7}
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(side, getattr(pair, side))
    return make_finding(RULE, version.source, start, end, message, lang=version.lang, score=0.7, evidence=evidence,
                        settings=settings)
