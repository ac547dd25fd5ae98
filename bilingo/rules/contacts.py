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

The links of HTML, Markdown and Word files (``SourceDocument.links``: ``<a href>``, ``[text](url)``, by reference,
autolinks, a document's hyperlinks) are where a reader who clicks goes, and their text says nothing of it ("the CDC's
guidance" / "las recomendaciones" linked to who.int). A link belongs to the sentence its text starts in; in a pair
whose text gave no finding, the links of both sides are compared by site, e-mail address and telephone, each of its
kind as the addresses of the text are, and a document's file by its numbers ("heat-plan-2026.pdf" /
"heat-plan-2025.pdf", the rest of the address the same). A site is its name: a subdomain, a path, a country's ending
("amazon.com.mx") and "x.com" for "twitter.com" are no change, since a Spanish edition links the Spanish page of the
same site. A relative address (the edition's own pages, under their Spanish slugs), a shortened one and an archived
copy say nothing of where they lead and are not compared; a redirect (Outlook's safe links, which an editor pastes
from an e-mail) is read as the address it wraps. No faithful corpus of linked bilingual pages was at hand:
the fixture ``two-files/heat-links`` holds the changes an edition makes on purpose, and they stay quiet.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from bilingo.findings import (compared_pairs, flagged_side, pairs_saying, prepare_sentences, side_name, span_finding,
                              words_finding)
from bilingo.model import AlignedDocument, Finding, Link, Version
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
# (Instagram's handles hold dots, never at their end: "@anagil.news"; a sentence's full stop after one is no part of it)
_HANDLE = re.compile(r"(?<![\w@./])@([A-Za-z0-9_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\w@])")
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


# --- links: where a reader who clicks goes ----------------------------------------------------------------------

# services whose addresses say nothing of where they lead: shorteners, archives (an archived copy of a page is the
# page) and DOI's resolver (a paper's DOI and its publisher's page are one paper)
_SHORTENERS = frozenset({"bit.ly", "t.co", "tinyurl.com", "ow.ly", "buff.ly", "goo.gl", "trib.al", "lnkd.in", "dlvr.it",
                         "is.gd", "shorturl.at", "rebrand.ly", "cutt.ly", "tiny.cc", "bitly.com", "archive.org",
                         "archive.ph", "archive.today", "doi.org"})
_SITE_ALIASES = {"x.com": "twitter", "youtu.be": "youtube", "fb.com": "facebook", "fb.me": "facebook",
                 "instagr.am": "instagram", "wa.me": "whatsapp"}
# services that wrap the address a link leads to in their own, with the parameters that hold it: an e-mail client's
# safe links (what an editor pastes from Outlook), a search engine's and a social network's redirects
_REDIRECTS = {"safelinks.protection.outlook.com": ("url",), "google.com": ("q", "url"), "l.facebook.com": ("u",),
              "lm.facebook.com": ("u",), "l.instagram.com": ("u",)}
# a country's second level ("gob.mx", "co.uk"): the site is the label before it
_SECOND_LEVELS = frozenset({"com", "gob", "gov", "org", "net", "edu", "co", "ac", "nom", "mil"})
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|pptx?)$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _site(address: str) -> str:
    """The site a web address is on, as ``_web_address`` reads its host, by its name: without subdomains and ending
    ("espanol.cdc.gov" and "www.cdc.gov" are "cdc"; "amazon.com.mx" is "amazon", a country's edition; "sat.gob.mx"
    is "sat")."""
    labels = _web_address(address).partition("/")[0].split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS and len(labels[-1]) == 2 else 2
    site = ".".join(labels[-keep:])
    return _SITE_ALIASES.get(site, site).partition(".")[0]


def unwrapped(target: str) -> str:
    """The address a link leads to: the one a redirect wraps (``_REDIRECTS``), or the link's own."""
    try:
        parsed = urlsplit(target.strip())
        host = (parsed.hostname or "").lower()
    except ValueError:  # (a malformed address: "http://[oops")
        return target
    for service, parameters in _REDIRECTS.items():
        if host == service or host.endswith("." + service):
            query = parse_qs(parsed.query)
            wrapped = next((query[name][0] for name in parameters if query.get(name)), "")
            if wrapped.lower().startswith(("http://", "https://", "mailto:")):
                return wrapped
    return target


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def link_address(target: str) -> str | None:
    """What a link's address is compared as: "site:cdc" (``_site``), "email:help@city.org" or "phone:5551234567";
    None for a link within the page's own site (a relative address: a Spanish edition links its own pages), a
    shortened or archived one, and anything else. A redirect is read as the address it wraps (``unwrapped``)."""
    lowered = unwrapped(target).strip().lower()
    if lowered.startswith("mailto:"):
        address = lowered.removeprefix("mailto:").partition("?")[0].strip()
        return f"email:{address}" if "@" in address else None
    if lowered.startswith("tel:"):
        digits = "".join(_DIGITS.findall(lowered))
        return f"phone:{digits[-10:]}" if len(digits) >= 7 else None
    if not lowered.startswith(("http://", "https://", "//")):
        return None
    host = _web_address(lowered.removeprefix("//")).partition("/")[0]
    if "." not in host or any(host == shortener or host.endswith("." + shortener) for shortener in _SHORTENERS):
        return None
    return f"site:{_site(host)}"


def _document(target: str) -> tuple[str, tuple[str, ...]] | None:
    """A link to a document file ("…/budget-2024.pdf") as (its address with each number a "#", its numbers)."""
    address = _web_address(unwrapped(target).strip().partition("?")[0].partition("#")[0].lower().removeprefix("//"))
    if not _DOCUMENT.search(address) or link_address(target) is None:
        return None
    return _DIGITS.sub("#", address), tuple(_DIGITS.findall(address))


def _differing_links(links: list[Link], other_links: list[Link]) -> list[tuple[Link, Link]]:
    """Each link of one side that goes somewhere the other side's links do not, with the other side's link of that
    kind that does the same, one of each kind: another site, e-mail address or telephone; or the same document of
    another year or number ("budget-2024.pdf" / "budget-2023.pdf")."""
    found = []
    for kind in ("site", "email", "phone"):
        said = Counter(address for link in links if (address := link_address(link.target)) and _kind(address) == kind)
        other_said = Counter(address for link in other_links
                             if (address := link_address(link.target)) and _kind(address) == kind)
        differing = _differing(said, other_said)
        if differing is not None:
            mine, theirs = differing
            found.append((next(link for link in links if link_address(link.target) == mine),
                          next(link for link in other_links if link_address(link.target) == theirs)))
    documents = [(link, document) for link in links if (document := _document(link.target))]
    other_documents = [(link, document) for link in other_links if (document := _document(link.target))]
    for link, (shape, numbers) in documents:
        if any(other_shape == shape and other_numbers == numbers for _, (other_shape, other_numbers) in
               other_documents):
            continue
        other_link = next((other_link for other_link, (other_shape, _) in other_documents if other_shape == shape),
                          None)
        if other_link is not None:
            found.append((link, other_link))
            break
    return found


def _links_by_segment(version: Version) -> dict[int, list[Link]]:
    """The links whose text starts in each segment (a link belongs to the sentence it is read in)."""
    links = version.source.links
    if not links:
        return {}
    starts = [link.start for link in links]
    found = {}
    for index, segment in enumerate(version.segments):
        first, last = bisect_left(starts, segment.start), bisect_left(starts, segment.end)
        if last > first:
            found[index] = links[first:last]
    return found


def _link_findings(aligned: AlignedDocument, settings: Settings, flagged: str, other: str,
                   reported: set[int]) -> list[Finding]:
    """A link of a pair that goes somewhere else on one side (``_differing_links``), in the pairs not ``reported``
    for an address of their text."""
    links = {side: _links_by_segment(aligned.version(side)) for side in (flagged, other)}
    if not links[flagged] or not links[other]:
        return []  # (most documents: plain text, or links on one side only)
    findings = []
    for pair in compared_pairs(aligned, settings):
        if id(pair) in reported:
            continue
        said = {side: [link for index in getattr(pair, side) for link in links[side].get(index, ())]
                for side in (flagged, other)}
        if not said[flagged] or not said[other]:
            continue
        for mine, theirs in _differing_links(said[flagged], said[other]):
            message = (f"link to {theirs.target!r} in {side_name(aligned, other)} but to {mine.target!r} in "
                       f"{side_name(aligned, flagged)}")
            findings.append(span_finding(aligned, pair, flagged, mine.start, mine.end, RULE, message, CONFIDENCE,
                                         settings, links=[link.target for link in said[flagged]],
                                         counterpart_links=[link.target for link in said[other]]))
    return findings


def prepare(version: Version, settings: Settings) -> None:
    """The addresses every sentence gives, read while the translator works."""
    prepare_sentences(version, settings, RULE, contacts)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    flagged, other = flagged_side(aligned)
    findings = []
    reported: set[int] = set()
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
        reported.add(id(pair))
    return findings + _link_findings(aligned, settings, flagged, other, reported)
