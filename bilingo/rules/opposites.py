"""decision-mismatch: an event or a condition said the other way ("The bridge will reopen Friday" / "El puente
permanecerá cerrado el viernes", "hired 200 workers" / "despidió a 200 trabajadores", "found alive" / "hallado
muerto", "Masks are required" / "El uso de mascarilla es opcional").

One verb turned into its opposite reverses the story while every name and number still matches, as a decision
reversed does (``bilingo.rules.decisions``); chrF barely moves. This module reads, on each side of an aligned pair
in its own language, the words of a few pairs of opposites that news reports often: a rise or a fall, an opening or
a closing, hiring or laying off, alive or dead, support or opposition, an arrest or a release. When, for one pair
of opposites, each side says one more often than the other, the event changed: one finding on the translated side,
at the word that changed, naming both.

What is left out, measured on the dev corpus:

* negations are not read: "no one has died" / "nadie ha muerto" and "None … died" / "ni murió" read the same
  without them, and reading them gave more false findings than it found;
* a rise or a fall right before a number is ``bilingo.rules.quantities``' ("fell 12%" / "subió un 12 %" is a
  number-mismatch), and "declined" is as often "refused" ("declined to comment");
* words used as adjectives ("increasing demand" / "una creciente demanda") and nouns whose counterpart is
  ambiguous ("a fall": autumn; "a la baja": downward);
* "before" and "after" (3 faithful pairs in 462 said them otherwise), and "allowed" / "banned" (a negation away
  from each other: "will not be permitted" / "estarán prohibidos");
* nouns that are also verbs' forms ("house arrest", "a rose").

Besides events, a few conditions that a story states and a translator may turn: required or optional, legal or
illegal, public or private, minimum or maximum, full-time or part-time, online or in person, free or paid,
temporary or permanent, a majority or a minority.

On the 11,650 faithful sentence pairs of the dev corpus, 874 say one of these pairs of opposites on both sides, none
the other way; with the first Spanish word turned into its opposite, 511 of 561 are found
(tests/test_rule_opposites.py). A warning, as decisions are.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.decisions import RULE
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14


def _forms(stem: str, endings: str) -> str:
    return rf"{stem}(?:{endings})"


_AR_VERB = r"ó|aron|a|an|ará|arán|ado|ada|ados|adas|aba|aban|aría|arían"  # "contrató", "contratará", "contratado"
# each pair of opposites: its two kinds, and the words that say each, in each language
OPPOSITES = {
    ("rose", "fell"): {  # (verbs and nouns: "an increase" / "un aumento")
        "en": (r"rose|risen|rises|increased|increases|increase|grew|grown|grows|climbed|climbs|jumped|"
               r"soared|soars|surged|went\s+up|goes\s+up|gone\s+up|rise|hike|hikes",
               r"fell|fallen|falls|decreased|decreases|decrease|dropped|drops|plunged|plummeted|"
               r"shrank|shrunk|went\s+down|goes\s+down|gone\s+down|cut|cuts|reduction|reductions"),
        "es": (r"subió|subieron|sube|suben|subirá|subirán|aumentó|aumentaron|aumenta|aumentan|aumentará|aumentarán|"
               r"creció|crecieron|crece|crecen|crecerá|se\s+disparó|se\s+dispararon|aumentos?|incrementos?|"
               r"(?<!al )alzas?|subida|(?:ha|han|había|habían)\s+(?:crecido|aumentado|subido)",
               r"bajó|bajaron|(?<!a la )baja|bajan|bajará|bajarán|cayó|cayeron|cae|caen|caerá|disminuyó|disminuyeron|"
               r"disminuye|disminuyen|disminuirá|descendió|descendieron|desciende|se\s+desplomó|se\s+desplomaron|"
               r"decreció|se\s+redujo|se\s+redujeron|se\s+reduce|disminución|disminuciones|reducción|reducciones|recortes?|"
               r"(?:ha|han|había|habían)\s+(?:disminuido|bajado|caído|descendido)"),
    },
    ("opened", "closed"): {
        "en": (r"opened|opens|reopened|reopens|reopen|reopening|will\s+open|to\s+open|remains?\s+open|remained\s+open|"
               r"stays?\s+open",
               r"closed|closes|shut|shuts|shut\s+down|will\s+close|to\s+close|remains?\s+closed|remained\s+closed|"
               r"stays?\s+closed"),
        "es": (r"abrió|abrieron|abre|abren|abrirá|abrirán|reabrió|reabrieron|reabre|reabren|reabrirá|reabrirán|"
               r"abiert[oa]s?",
               r"cerró|cerraron|cierra|cierran|cerrará|cerrarán|cerrad[oa]s?"),
    },
    ("hired", "laid off"): {
        "en": (r"hired|hires|hire|hiring", r"laid\s+off|lays\s+off|lay\s+off|layoffs?"),
        "es": (_forms("contrat", _AR_VERB),
               r"despidió|despidieron|despide|despiden|despedirá|despedirán|despid[oa]s?|despedid[oa]s?"),
    },
    ("alive", "dead"): {
        "en": (r"alive|survived|survives|survivors?", r"dead|died|dies|killed"),
        "es": (r"viv[oa]s?|con\s+vida|sobrevivió|sobrevivieron|sobrevive|sobrevivientes?|supervivientes?",
               r"muert[oa]s?|murió|murieron|muere|mueren|fallecid[oa]s?|falleció|fallecieron|sin\s+vida"),
    },
    ("supports", "opposes"): {
        "en": (r"supports|supported|support", r"opposes|opposed|oppose|opposing"),
        "es": (r"apoya|apoyan|apoyó|apoyaron|apoyará|respalda|respaldan|respaldó|respaldaron",
               r"se\s+opone|se\s+oponen|se\s+opuso|se\s+opusieron|se\s+opondrá|en\s+contra"),
    },
    ("arrested", "released"): {
        "en": (r"arrested|arrests|detained|detains|jailed", r"released|releases|freed|frees"),
        "es": (_forms("arrest", _AR_VERB) + r"|detuvo|detuvieron|detiene|detienen|detenid[oa]s?|encarcelad[oa]s?",
               _forms("liber", _AR_VERB) + r"|puest[oa]s?\s+en\s+libertad|soltó|soltaron"),
    },
    # conditions of a service, a job, a rule or a place
    ("required", "optional"): {
        "en": (r"required|mandatory|compulsory", r"optional"),
        "es": (r"obligatori[oa]s?", r"opcional(?:es)?|optativ[oa]s?"),
    },
    ("legal", "illegal"): {
        "en": (r"legal|lawful|legally", r"illegal|unlawful|illegally"),
        "es": (r"legal(?:es)?|legalmente|lícit[oa]s?", r"ilegal(?:es)?|ilegalmente|ilícit[oa]s?"),
    },
    ("public", "private"): {"en": (r"public", r"private"), "es": (r"públic[oa]s?", r"privad[oa]s?")},
    ("minimum", "maximum"): {"en": (r"minimum", r"maximum"), "es": (r"mínim[oa]s?", r"máxim[oa]s?")},
    ("full-time", "part-time"): {
        "en": (r"full-time|full\s+time", r"part-time|part\s+time"),
        "es": (r"tiempo\s+completo|jornada\s+completa",
               r"medio\s+tiempo|tiempo\s+parcial|media\s+jornada|jornada\s+parcial"),
    },
    ("online", "in person"): {
        "en": (r"online|virtual|virtually|remotely", r"in\s+person|in-person"),
        "es": (r"en\s+línea|virtual(?:es|mente)?|a\s+distancia|remot[oa]s?", r"en\s+persona|presencial(?:es|mente)?"),
    },
    ("free", "paid"): {
        "en": (r"free\s+of\s+charge|for\s+free|free", r"paid"),
        "es": (r"gratis|gratuit[oa]s?|sin\s+costo", r"pagad[oa]s?|de\s+pago"),
    },
    ("temporary", "permanent"): {
        "en": (r"temporary|temporarily", r"permanent|permanently"),
        "es": (r"temporal(?:es|mente)?|provisional(?:es|mente)?",
               r"permanente(?:s|mente)?|definitiv[oa]s?|definitivamente"),
    },
    ("majority", "minority"): {"en": (r"majority", r"minority"), "es": (r"mayoría", r"minoría")},
}
OPPOSITE = {kind: other for kinds in OPPOSITES for kind, other in (kinds, kinds[::-1])}
_GROUP = {kind: f"k{number}" for number, kind in enumerate(OPPOSITE)}  # a kind's regex group name
_KIND = {group: kind for kind, group in _GROUP.items()}
_WORDS = {lang: re.compile("|".join(rf"(?P<{_GROUP[kind]}>\b(?:{words})\b)"
                                    for kinds, languages in OPPOSITES.items()
                                    for kind, words in zip(kinds, languages[lang])), re.IGNORECASE)
          for lang in ("en", "es")}
_NUMBER_AFTER = re.compile(r"\W+(?:\w+\W+){0,2}?[$€£]?\d")  # "fell 12%", "rose by 3", "subió un 12 %", "cayó a $2"
_CHANGES = frozenset({"rose", "fell"})
# what each language's words hold, lower-cased: a sentence holding none (most) is done
_CUES = {"en": ("rose", "risen", "rises", "increas", "grew", "grow", "climb", "jump", "soar", "surg", "went", "goes",
                "gone", "fell", "fall", "decreas", "drop", "plung", "plummet", "shr", "open", "clos", "shut", "hir",
                "laid", "lay", "alive", "surviv", "dead", "died", "dies", "killed", "support", "oppos", "arrest",
                "detain", "jail", "releas", "freed", "frees", "rise", "hike", "cut", "reduc", "declin", "requir",
                "mandator", "compulsor", "optional", "legal", "lawful", "public", "privat", "minimum", "maximum",
                "time", "online", "virtual", "remote", "person", "free", "paid", "temporar", "permanent", "majority",
                "minority"),
         "es": ("sub", "aument", "crec", "dispar", "baj", "cay", "cae", "dismin", "desc", "desplom", "decrec", "reduj",
                "reduc", "abr", "abiert", "cerr", "cierr", "contrat", "despid", "desped", "viv", "muert", "muri",
                "muer", "fallec", "sin vida", "apoy", "respald", "opon", "opus", "en contra", "arrest", "detuv",
                "detien", "deten", "encarcel", "liber", "libertad", "solt", "increment", "alza", "recorte", "caída",
                "obligatori", "opcional", "optativ", "legal", "lícit", "públic", "privad", "mínim", "máxim", "jornada",
                "tiempo", "línea", "virtual", "distancia", "remot", "persona", "presencial", "gratis", "gratuit",
                "sin costo", "pagad", "de pago", "temporal", "provisional", "permanente", "definitiv", "mayoría",
                "minoría")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def events(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The words of opposites ``text`` says: (kind, start, end) of each, in text order; a rise or a fall right before
    a number is left to the number's rule."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _WORDS[lang].finditer(text):
        kind = _KIND[match.lastgroup]
        if kind in _CHANGES and _NUMBER_AFTER.match(text, match.end()):
            continue
        found.append((kind, match.start(), match.end()))
    return tuple(found)


def prepare(version: Version, settings: Settings) -> None:
    """The events of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, events)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, events, changed, evidence_key="events", confidence=0.7,
                             opposites=OPPOSITE)


def changed(said: Counter, other_said: Counter) -> bool:
    """Whether, for one pair of opposites, each side says one more often than the other ("reopen" against
    "cerrado")."""
    surplus, other_surplus = said - other_said, other_said - said
    return any(OPPOSITE[kind] in other_surplus for kind in surplus)
