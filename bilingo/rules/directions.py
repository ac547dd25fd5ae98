"""name-mismatch: a compass direction changed ("the West Side" / "el lado este", "North Carolina" / "Carolina del
Sur", "the northbound lanes" / "los carriles en dirección sur").

Local news locates everything by direction (the East Side, Northside ISD, the southbound lanes of I-35), and a
direction flipped in translation sends readers to the wrong side of town. The names rule does not see it: it finds
a name by any of its words, and "Westside Library" is found by "Library".

The English sentence of an aligned pair is compared with the machine translation of its Spanish counterpart, both
in English (or, for two English versions, the two sentences as written). Each side's directions are read as
compass terms ("north", "southwest", "Eastside", "westbound", "North-West" are north, southwest, east, west and
northwest). When each side names a direction the other does not (a compound and its parts are one: "northeast" is
"north and east"), the pair's direction changed: one finding, on the
translated side (the rewrite for two English versions), at the Spanish direction word where one is found, naming
both.

Only where translations are made into English (the default ``translate_to``). The Spanish side's directions
are those of its translation and of its original: Apertium renders "el lado este" as "the side this", as
Spanish "este" is also "this", so in the original "este" counts only after "al", "del", "lado"...
"Middle East", "Near East", "Far East", "Oriente Medio" and "Lejano Oriente" are regions, not directions
(Apertium renders "Oriente Medio" as "Half West"). A direction one side names and the other does not ("East
Asia" / "Asia") says nothing. The Midwest is west ("Medio Oeste" holds "oeste"), and the Americas named by a
direction are read in the Spanish original, as Apertium leaves "Sudamérica" and "Norteamérica" as they are ("across
North America" / "en Sudamérica").

Measured on the 11,650 faithful sentence pairs of the dev corpus (flores, WMT, tico19) through Apertium: no
finding (tests/test_rule_directions.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import compared_pairs, make_finding, pair_evidence, segment_span, side_name
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

RULE = "name-mismatch"
TEXT_MEMO_SIZE = 1 << 14

# A compass term: north, south, east, west and their compounds ("northeast", "North-West", "south west"), with
# "-ern", "-erly", "-side", "-ward(s)" or "-bound" ("Eastside", "westbound"); not a region named after one
_DIRECTION = re.compile(
    r"(?<![\w-])(?<!middle )(?<!near )(?<!far )(?:mid-?(?=west))?"  # (the Midwest is west: "Medio Oeste")
    r"(?:(?P<north_south>north|south)(?:[\s-]?(?P<east_west_after>east|west))?|(?P<east_west>east|west))"
    r"(?:ern|erly|side|wards?|bound)?(?!\w)",  # (a hyphen may follow: "South-Korea")
    re.IGNORECASE,
)
# The directions a Spanish sentence says, as the English terms: Apertium renders "el lado este" as "the side this"
# ("este" is also "this"), so they are read in the original too. "este" only after words that make it a direction
# ("al este", "lado este"); "Oriente Medio" and "Lejano Oriente" are regions
SPANISH_DIRECTIONS = {
    "norte": "north", "sur": "south", "este": "east", "oeste": "west", "noreste": "northeast",
    "nordeste": "northeast", "noroeste": "northwest", "sureste": "southeast", "sudeste": "southeast",
    "suroeste": "southwest", "sudoeste": "southwest", "oriente": "east", "oriental": "east", "orientales": "east",
    "poniente": "west", "occidental": "west", "occidentales": "west", "septentrional": "north",
    "meridional": "south", "norteño": "north", "norteña": "north", "norteños": "north", "norteñas": "north",
    "sureño": "south", "sureña": "south", "sureños": "south", "sureñas": "south",
    # (the continents named by a direction: "Sudamérica" is left as it is by Apertium)
    "sudamérica": "south", "suramérica": "south", "norteamérica": "north", "sudamericano": "south",
    "sudamericana": "south", "sudamericanos": "south", "sudamericanas": "south", "suramericano": "south",
    "suramericana": "south", "suramericanos": "south", "suramericanas": "south",
}
_SPANISH_DIRECTION = re.compile(
    r"(?<![\w-])(?:(?<!medio )(?<!lejano )(?<!próximo )oriente(?! medio| próximo)|"
    + "|".join(word for word in sorted(SPANISH_DIRECTIONS, key=len, reverse=True) if word not in ("este", "oriente"))
    + r"|(?<=\bal )este|(?<=\bdel )este|(?<=\blado )este|(?<=\bzona )este|(?<=\bhacia el )este"
    r"|(?<=\brumbo al )este)(?![\w-])",
    re.IGNORECASE,
)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def spanish_directions(text: str) -> frozenset[str]:
    """The compass terms a Spanish text names, in English: {"east"} for "al este de la ciudad"."""
    if not holds_any(text, ("nor", "sur", "sud", "este", "oeste", "orient", "ponient", "occident", "septentrional",
                            "meridional")):
        return frozenset()  # (most sentences)
    return frozenset(SPANISH_DIRECTIONS[match.group().lower()] for match in _SPANISH_DIRECTION.finditer(text))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def directions(text: str) -> frozenset[str]:
    """The compass terms an English text names: {"north", "southwest", ...}."""
    if not holds_any(text, ("north", "south", "east", "west")):
        return frozenset()  # (most sentences)
    found = set()
    for match in _DIRECTION.finditer(text):
        if match.group("north_south"):
            found.add(match.group("north_south").lower() + (match.group("east_west_after") or "").lower())
        else:
            found.add(match.group("east_west").lower())
    return frozenset(found)


def prepare(version: Version, settings: Settings) -> None:
    """The directions of every English sentence, read while the translator works."""
    if RULE in settings.disabled_rules or version.lang not in ("en", "es"):
        return
    read = directions if version.lang == "en" else spanish_directions
    for segment in version.segments:
        read(segment.text)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    translated = aligned.translated_side
    if translated is None:
        if aligned.left.lang != "en":
            return []
        flagged, other = "right", "left"
    else:
        flagged, other = translated, aligned.other(translated)
        if aligned.version(other).lang != "en":
            return []  # translations into Spanish: its "este" is also "this" (see the module doc)
    findings = []
    for pair in compared_pairs(aligned, settings):
        english = directions(" ".join(aligned.version(other).segments[i].text for i in getattr(pair, other)))
        if not english:
            continue  # (most pairs)
        if translated is None:
            said = directions(" ".join(aligned.version(flagged).segments[i].text for i in getattr(pair, flagged)))
        else:
            said = directions(aligned.translation_of(flagged, getattr(pair, flagged)))
            if aligned.version(flagged).lang == "es":
                said |= spanish_directions(" ".join(aligned.version(flagged).segments[i].text
                                                    for i in getattr(pair, flagged)))
        if said and _unsaid(english, said) and _unsaid(said, english):
            findings.append(_finding(aligned, pair, flagged, english, said, settings))
    return findings


def _direction_of(word: str, lang: str) -> str | None:
    """The compass term a direction word says: "sur" is south, "Westside" west."""
    spanish = SPANISH_DIRECTIONS.get(word.lower()) if lang == "es" else None
    return spanish or next(iter(directions(word)), None)


def _unsaid(directions_here: frozenset[str], there: frozenset[str]) -> set[str]:
    """The directions of one side that the other does not say, a compound and its parts being one ("northeast" and
    "north and east", "north" within "northwest"). A pair reports when each side keeps one: "East and West Texas"
    against "el este y el sur de Texas" leaves west on one side and south on the other, though both say east."""
    parts = {direction: {direction[:5], direction[5:]} if direction[5:] else {direction}
             for direction in directions_here | there}
    said_there = set().union(*(parts[direction] for direction in there)) if there else set()
    return {direction for direction in directions_here
            if direction not in there and not parts[direction] <= said_there
            and not any(direction in parts[other] for other in there)}


def _finding(aligned: AlignedDocument, pair: AlignedPair, side: str, english: frozenset[str], said: frozenset[str],
             settings: Settings) -> Finding:
    """The finding on ``side`` of ``pair``: at its first direction word where one is found, else its sentence."""
    version = aligned.version(side)
    other = aligned.other(side)
    indices = getattr(pair, side)
    patterns = (_SPANISH_DIRECTION, _DIRECTION) if version.lang == "es" else (_DIRECTION,)
    changed = _unsaid(said, english)
    index, begin, end = indices[0], 0, len(version.segments[indices[0]].text)
    found = False
    # the first word of a direction the other side does not say ("el este y el sur": "sur"), else the first at all
    for wanted in (changed, None):
        for pattern in patterns:  # (in Spanish, a place named in English, "Eastside", after the Spanish words)
            for candidate in indices:
                for match in pattern.finditer(version.segments[candidate].text):
                    if wanted is None or _direction_of(match.group(), version.lang) in wanted:
                        index, begin, end, found = candidate, match.start(), match.end(), True
                        break
                if found:
                    break
            if found:
                break
        if found:
            break
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    theirs, mine = ", ".join(sorted(english)), ", ".join(sorted(said))
    here, there = side_name(aligned, side), side_name(aligned, other)
    if aligned.translated_side is None:
        message = f"direction {theirs} in {there} but {mine} in {here}"
    else:
        message = f"direction {theirs} in {there} but {mine} in {here} (by its translation)"
    evidence = pair_evidence(aligned, side, indices, getattr(pair, other)) | {
        "directions": sorted(said), "counterpart_directions": sorted(english), "confidence": 0.7}
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(side, indices)
    return make_finding(RULE, version.source, start, stop, message, lang=version.lang, score=0.7,
                        evidence=evidence, settings=settings)
