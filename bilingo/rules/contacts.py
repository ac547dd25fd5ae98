"""contact-mismatch: a web address, an e-mail address or a social handle that differs between the versions
("visit austintexas.gov/library" / "visite austintexas.gov/parks", "help@city.org" / "info@city.org",
"@eastsidevotes" / "@eastsidevota").

A story's contact details are where a reader acts on it: the form to fill in, the address to write to, the account to
follow. One changed in translation sends one audience somewhere else, while the sentence around it, its names and
its numbers all still match: chrF barely moves, and no other rule reads an address.

Each side of an aligned pair is read as written (an address is no word to translate): web addresses (with a scheme,
"www.", or a domain of the common endings and its path: "austintexas.gov/library"), e-mail addresses and @handles,
each of its kind. An address is compared without what a Spanish edition changes on purpose: the case of its host,
the scheme, "www.", a trailing slash or full stop, and a language's mark in its host or path ("espanol.cdc.gov",
"irs.gov/es/payments", "?lang=es"), and a US agency's Spanish site is its English one ("CuidadoDeSalud.gov" is
"HealthCare.gov", ``SPANISH_EDITIONS``); a handle without a language's word ("@CDCespanol" is "@CDC"), and one whose
remainder holds the other's ("@CDCgov" and "@CDC") is the same account. When both sides give an address of one
kind and each side one the other does not, the address changed: one finding on the translated side, naming both.
An address one side leaves out is not compared (the coverage rules read what a side lacks), nor a hashtag, which a
campaign translates ("#VoteEarly" / "#VotaTemprano").

Measured on the faithful sentence pairs of the dev corpus: 17 give an address on both sides (a tinyurl, the CDC's
pages, a cisa.gov page ending a sentence, "OpenOffice.org" / "Openoffice.org"), none another; with an "x" put at the
start of the first Spanish one's host, all 17 are found (tests/test_rule_contacts.py).
A Spanish edition's own slug ("austintexas.gov/library" / "austintexas.gov/biblioteca") is reported: the editor checks
that the page exists, and suppresses the finding where it does.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import flagged_side, pairs_saying, prepare_sentences, side_name, words_finding
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.settings import Settings

RULE = "contact-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.7

_DOMAIN_ENDINGS = "com|org|gov|net|edu|us|mx|es|info|io|tv|co|news|app"
_WEB = re.compile(
    r"(?<![\w@.-])(?:https?://[^\s<>()\"'“”«»]+"
    # (a bare domain's ending in lower case: "Authorization.US" is two sentences run together)
    rf"|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?-i:{_DOMAIN_ENDINGS})(?![\w-])(?:/[^\s<>()\"'“”«»]*)?)",
    re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@./])@([A-Za-z0-9_]{2,30})\b")
_CUES = ("@", ".com", ".org", ".gov", ".net", ".edu", ".us", ".mx", ".es", ".info", ".io", ".tv", ".co", ".news",
         ".app", "http", "www.")
_TRAILING = ".,;:!?)]}'\"”»"

# what a Spanish edition writes in an address to send its readers to the same page in their language
_LANGUAGE_HOST_PARTS = frozenset({"es", "en", "espanol", "spanish", "english", "esp", "sp"})
_LANGUAGE_PATH_PARTS = frozenset({"es", "en", "es-us", "en-us", "es-mx", "es-es", "espanol", "spanish", "english",
                                  "esp", "sp", "spa", "eng"})
# the Spanish sites of US agencies a story sends its readers to, each under its own name ("HealthCare.gov" /
# "CuidadoDeSalud.gov"): read as the English site's
SPANISH_EDITIONS = {
    "cuidadodesalud.gov": "healthcare.gov",
    "listo.gov": "ready.gov",
    "gobiernousa.gov": "usa.gov",
    "consumidor.ftc.gov": "consumer.ftc.gov",
    "reportefraude.ftc.gov": "reportfraud.ftc.gov",
    "robodeidentidad.gov": "identitytheft.gov",
    "alertaenlinea.gov": "onguardonline.gov",
    "vacunas.gov": "vaccines.gov",
    "salud.nih.gov": "nih.gov",
    "espanol.smokefree.gov": "smokefree.gov",
}
_LANGUAGE_QUERY = re.compile(r"[?&](?:lang|language|idioma|locale|hl)=[\w-]+", re.IGNORECASE)
_LANGUAGE_HANDLE_WORDS = re.compile(r"en_?espa[nñ]ol|espa[nñ]ol|spanish|_es$|latino", re.IGNORECASE)


def _web_address(address: str) -> str:
    """A web address as two editions of one page would share it: host in lower case, no scheme, no "www.", no
    language's mark in host, path or query, no trailing slash."""
    address = _LANGUAGE_QUERY.sub("", address.rstrip(_TRAILING))
    address = re.sub(r"^https?://", "", address, flags=re.IGNORECASE)
    host, _, path = address.partition("/")
    host_parts = [part for part in host.lower().split(".") if part != "www"]
    host_parts = SPANISH_EDITIONS.get(".".join(host_parts), ".".join(host_parts)).split(".")
    if len(host_parts) > 2:
        host_parts = [part for part in host_parts[:-2] if part not in _LANGUAGE_HOST_PARTS] + host_parts[-2:]
    path_parts = [part for part in path.split("/") if part and part.lower() not in _LANGUAGE_PATH_PARTS]
    return "/".join([".".join(host_parts), *path_parts]).rstrip("/")


def _handle(name: str) -> str:
    """A handle without its language's word ("CDCespanol" is "cdc"), in lower case."""
    core = _LANGUAGE_HANDLE_WORDS.sub("", name)
    return (core or name).lower()


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def contacts(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The addresses ``text`` gives: ("web:…", "email:…" or "handle:…" as compared, start, end), in text order."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return ()  # (most sentences)
    found = []
    emails = [(match.start(), match.end()) for match in _EMAIL.finditer(text)]
    for start, end in emails:
        address = text[start:end].rstrip(_TRAILING)
        found.append((f"email:{address.lower()}", start, start + len(address)))
    for match in _WEB.finditer(text):
        if any(start <= match.start() < end for start, end in emails):
            continue  # (an e-mail address's domain)
        address = match.group().rstrip(_TRAILING)
        if "." not in address.partition("/")[0].removeprefix("http:").removeprefix("https:") and "//" not in address:
            continue
        found.append((f"web:{_web_address(address)}", match.start(), match.start() + len(address)))
    for match in _HANDLE.finditer(text):
        if any(start <= match.start() < end for start, end in emails):
            continue
        found.append((f"handle:{_handle(match.group(1))}", match.start(), match.end()))
    return tuple(sorted(found, key=lambda item: item[1]))


_KIND_NAMES = {"web": "web address", "email": "e-mail address", "handle": "handle"}


def _kind(address: str) -> str:
    return address.partition(":")[0]


def _same_handle(one: str, other: str) -> bool:
    """Two handles of one account: one's remainder holds the other's ("cdcgov" and "cdc")."""
    one, other = one.partition(":")[2], other.partition(":")[2]
    return one in other or other in one


def _differing(said: Counter, other_said: Counter) -> tuple[str, str] | None:
    """An address of a kind both sides give that one side gives and the other does not, with the other side's of that
    kind it does not give (handles of one account aside); None when the two give the same."""
    surplus, other_surplus = said - other_said, other_said - said
    for address in surplus:
        for other in other_surplus:
            if _kind(address) != _kind(other):
                continue
            if _kind(address) == "handle" and _same_handle(address, other):
                continue
            return address, other
    return None


def prepare(version: Version, settings: Settings) -> None:
    """The addresses every sentence gives, read while the translator works."""
    prepare_sentences(version, settings, RULE, contacts)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    flagged, other = flagged_side(aligned)
    findings = []
    for pair, said in pairs_saying(aligned, settings, contacts, (other, flagged)):
        kinds = {side: Counter(found[0] for _, found in said[side]) for side in said}
        differing = _differing(kinds[flagged], kinds[other])
        if differing is None:
            continue
        mine, theirs = differing
        index, (_, start, end) = next(item for item in said[flagged] if item[1][0] == mine)
        other_index, (_, other_start, other_end) = next(item for item in said[other] if item[1][0] == theirs)
        word = aligned.version(flagged).segments[index].text[start:end]
        other_word = aligned.version(other).segments[other_index].text[other_start:other_end]
        message = (f"{_KIND_NAMES[_kind(mine)]} {other_word!r} in {side_name(aligned, other)} but {word!r} in "
                   f"{side_name(aligned, flagged)}")
        findings.append(words_finding(aligned, pair, flagged, index, start, end, RULE, message, CONFIDENCE, settings,
                                      contacts=sorted(kinds[flagged].elements()),
                                      counterpart_contacts=sorted(kinds[other].elements())))
    return findings
