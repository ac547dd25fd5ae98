"""name-mismatch: a US party changed ("Rep. Ana Ruiz, a Republican" / "la representante Ana Ruiz, demócrata").

A politician's party is said in a word ("Republican", "Democrat", "GOP"; "republicana", "demócrata"), and a word
swapped in translation makes a Republican a Democrat. The names rule does not see it (the party is no name of a
person, and "Democratic" is no name either); chrF barely moves.

Each side of an aligned pair is read in its own language (the originals, not the translation: both words are
unambiguous in their language). When both sides name a party and share none, the pair's party changed: one
finding on the translated side (the rewrite for two versions in one language), at its first party word, naming
both. A party one side names and the other does not ("the Republican-led House" / "la Cámara") says nothing.
AP's party letter after a lawmaker's name counts too ("Rep. Trent Ashby, R-Lufkin", "Sen. John Cornyn (R-Texas)",
"Mayor Adrian Fenty (D)"; a lone "(R)" only after a name: "the reproduction number (R)" is no party).
"Democratic Republic of the Congo" / "República Democrática del Congo" names no US party on the Spanish side
("democrática" is an adjective there), so it is not compared.

Measured on the 11,650 faithful sentence pairs of the dev corpus: 50 name a party on both sides, none differs
(tests/test_rule_parties.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import (flagged_side, make_finding, pair_evidence, pairs_saying, prepare_sentences,
                              segment_span, side_name)
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

RULE = "name-mismatch"
TEXT_MEMO_SIZE = 1 << 14
REPUBLICAN, DEMOCRAT = "Republican", "Democrat"
PARTY_WORDS = {
    "en": {"republican": REPUBLICAN, "republicans": REPUBLICAN, "gop": REPUBLICAN,
           "democrat": DEMOCRAT, "democrats": DEMOCRAT, "democratic": DEMOCRAT},
    "es": {"republicano": REPUBLICAN, "republicana": REPUBLICAN, "republicanos": REPUBLICAN,
           "republicanas": REPUBLICAN, "gop": REPUBLICAN, "demócrata": DEMOCRAT, "demócratas": DEMOCRAT,
           "democrata": DEMOCRAT, "democratas": DEMOCRAT},
}
_PARTY = {lang: re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)  # ("GOP-led" too)
          for lang, words in PARTY_WORDS.items()}
_CUES = {"en": ("republican", "gop", "democrat"), "es": ("republican", "gop", "demócrata", "democrata")}


# AP's party and home after a lawmaker's name, in both languages' copy: "Rep. Trent Ashby, R-Lufkin", "(D-Texas)",
# "(R)"; the letter is the party
_PARTY_ABBREVIATION = re.compile(r"(?:(?<=, )|(?<=\())(?P<letter>[RD])(?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?=[,)]|$|\s)|(?=\)))")
_ABBREVIATED = {"R": REPUBLICAN, "D": DEMOCRAT}
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s\($")  # "(R)" alone only after a name: "Fenty (D)", not "number (R)"


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def parties(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The US parties ``text`` names: (party, start, end) of each party word or abbreviation ("R-Lufkin"), in text
    order."""
    lang = "es" if lang == "es" else "en"
    found = [(_ABBREVIATED[match.group("letter")], match.start(), match.end())
             for match in _PARTY_ABBREVIATION.finditer(text) if len(match.group()) > 1
             or _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())] if ("R" in text or "D" in text) else []
    if holds_any(text, _CUES[lang]):
        found += [(PARTY_WORDS[lang][match.group().lower()], match.start(), match.end())
                  for match in _PARTY[lang].finditer(text)]
    return tuple(sorted(found, key=lambda party: party[1]))


def prepare(version: Version, settings: Settings) -> None:
    """The parties of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, parties)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    flagged, other = flagged_side(aligned)
    findings = []
    for pair, said in pairs_saying(aligned, settings, parties, (other, flagged)):
        named = {side: {found[0] for _, found in said[side]} for side in said}
        if named[flagged].isdisjoint(named[other]):
            findings.append(_finding(aligned, pair, flagged, said[flagged][0], named, settings))
    return findings


def _finding(aligned: AlignedDocument, pair: AlignedPair, side: str, first: tuple[int, tuple[str, int, int]],
             named: dict[str, set[str]], settings: Settings) -> Finding:
    version = aligned.version(side)
    other = aligned.other(side)
    index, (_, begin, end) = first
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    mine, theirs = " and ".join(sorted(named[side])), " and ".join(sorted(named[other]))
    message = f"party {theirs} in {side_name(aligned, other)} but {mine} in {side_name(aligned, side)}"
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
        "parties": sorted(named[side]), "counterpart_parties": sorted(named[other]), "confidence": 0.8}
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(side, getattr(pair, side))
    return make_finding(RULE, version.source, start, stop, message, lang=version.lang, score=0.8,
                        evidence=evidence, settings=settings)
