"""name-mismatch: what a bio or a profile says of a person changed: a degree ("a master's degree" / "una
licenciatura"), a student's year ("a senior at UCLA" / "estudiante de primer año"), where the person was born or
grew up ("born in Guadalajara" / "creció en Guadalajara"), a prize won or only a finalist's or nominee's ("won a
Pulitzer" / "fue finalista del Pulitzer").

Author bios and profiles are written once in each language and drift apart: each fact is one word, which a
translator or an editor changes while every name and number still matches. Each side of an aligned pair is read in
its own language; the kinds of one fact contradict one another (a bachelor's degree is no master's), and when each
side says one kind more often than the other and the other side a kind it contradicts, the fact changed: one finding
on the translated side, at the words that changed, naming both. A side that says none ("studied journalism" /
"tiene una maestría") says nothing.

Left out, being as often something else: "bachillerato" (a high-school diploma in Spain and Mexico, a bachelor's
degree elsewhere), "senior" and "freshman" alone (a senior official, a freshman senator; a student's year set off by
commas, ending a sentence or before a player's position is read: "Ramirez, a sophomore, scored", "senior guard Ana
Ruiz"), "master" alone, "último año" alone (last year). Measured on the 11,650 faithful sentence pairs of the dev corpus
(tests/test_rule_credentials.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, opposite_said_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.opposites import expand
from bilingo.rules.words import alternation, fold, folded_words, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
_YEARS_ES = "{estudiante,estudiantes,alumno,alumna,alumnos,alumnas,jugador,jugadora,jugadores,jugadoras} de"
# a student's year said alone in an apposition or at a sentence's end ("Ramirez, a sophomore, scored twice"), or before
# a player's position ("senior guard Ana Ruiz"; not "center": "the senior center" is a place)
_POSITIONS = ("{guard,forward,quarterback,pitcher,catcher,linebacker,receiver,wide receiver,running back,"
              "point guard,striker,midfielder,defender,goalkeeper,outfielder,infielder,setter,hitter,wrestler,swimmer,"
              "runner}")


def _year_of_school(year: str, plural: str) -> str:
    """The English phrases of a student's year ("a senior at", "high school senior", "senior year")."""
    return (f"{{a,is a,was a}} {year} at|{{high school,college,university}} {year}|{year} {{year,student,students}}|"
            f"{plural} at|{{a,is a,was a}} {year},|{{a,is a,was a}} {year}.|{year} {_POSITIONS}")


# each fact: its kinds, each with its phrases in both languages ("{a,b}" expands as in ``opposites.expand``)
FACTS = {
    "degree": {
        "associate degree": {"en": "associate degree{,s}|associate{',’}s degree{,s}|associate of {arts,science}",
                             "es": "título de asociado|grado asociado|título técnico"},
        "bachelor's degree": {"en": "bachelor{',’}s{, degree}|bachelors degree|bachelor{',’}s degrees|bachelor of "
                                    "{arts,science,fine arts}|undergraduate degree",
                              "es": "licenciatura{,s}|título universitario|grado universitario"},
        "master's degree": {"en": "master{',’}s{, degree}|masters degree|master{',’}s degrees|master of {arts,science,"
                                  "business administration,fine arts,public health,public policy,education}|MBA",
                            "es": "maestría{,s}|máster|magíster|MBA"},
        "doctorate": {"en": "doctorate{,s}|doctoral degree|Ph.D.|PhD", "es": "doctorado{,s}|Ph.D.|PhD"},
    },
    "year of school": {
        "first-year student": {"en": _year_of_school("freshman", "freshmen"),
                               "es": f"{_YEARS_ES} primer año|cursa{{,ba}} {{el,su}} primer año"},
        "second-year student": {"en": _year_of_school("sophomore", "sophomores"),
                                "es": f"{_YEARS_ES} segundo año|cursa{{,ba}} {{el,su}} segundo año"},
        "third-year student": {"en": _year_of_school("junior", "juniors"),
                               "es": f"{_YEARS_ES} tercer año|cursa{{,ba}} {{el,su}} tercer año"},
        "final-year student": {"en": _year_of_school("senior", "seniors"),
                               "es": f"{_YEARS_ES} {{cuarto,último}} año|cursa{{,ba}} {{el,su}} {{cuarto,último}} año"},
    },
    "origin": {
        "born": {"en": "born in|native of|a native of",
                 "es": "nació en|nacid{o,a,os,as} en|originari{o,a,os,as} de|oriund{o,a,os,as} de|natural de"},
        "grew up": {"en": "grew up in|raised in|grown up in", "es": "creció en|criad{o,a,os,as} en|crecieron en"},
    },
    "prize": {
        "won": {"en": "won|wins|winner of|winners of|recipient of|awarded", "es": "ganó|ganaron|ganador{,a,es,as} "
                "de{,l}|galardonad{o,a,os,as} con|recibió el premio|le otorgaron"},
        "finalist": {"en": "finalist{,s}", "es": "finalista{,s}"},
        "nominated": {"en": "nominated for|nominee{,s} for|nomination for",
                      "es": "nominad{o,a,os,as} {a,al,para}|nominación {a,al}"},
    },
}
KIND_OF = {lang: {fold(phrase): kind for kinds in FACTS.values() for kind, phrases in kinds.items()
                  for phrase in expand(phrases[lang])} for lang in ("en", "es")}
OPPOSITE = {kind: frozenset(other for other in kinds if other != kind) for kinds in FACTS.values() for kind in kinds}
_PHRASES = {lang: re.compile(r"(?<![\w-])(?:" + alternation(
    {phrase.lower() for kinds in FACTS.values() for phrases in kinds.values() for phrase in expand(phrases[lang])},
    space=r"\s+") + r")(?![\w-])", re.IGNORECASE) for lang in ("en", "es")}
# the longest word of each phrase, folded: a sentence holding none of them (most) says no fact
_GATE = {lang: frozenset(max(folded_words(phrase), key=len) for phrase in phrases)
         for lang, phrases in KIND_OF.items()}
# a prize's word read only where the sentence names a prize (or an award's name: "an Emmy", "a Pulitzer")
# (or an award's category: "won best picture" / "fue nominada a mejor película")
_PRIZE_CUE = re.compile(r"\b(?:prize|award|emmy|pulitzer|grammy|oscar|tony|peabody|fellowship|medal|trophy|premio|"
                        r"galardón|medalla|beca|trofeo)s?\b|\bbest\s+(?:picture|film|actor|actress|director|album|song|"
                        r"new\s+artist|documentary)\b|\bmejor\s+(?:película|actor|actriz|director|directora|álbum|"
                        r"canción|nuevo\s+artista|documental)\b", re.IGNORECASE)
_PRIZE_KINDS = frozenset(FACTS["prize"])


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def credentials(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The facts of a person ``text`` says: (kind, start, end) of each phrase, in text order."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    found = [(KIND_OF[lang][fold(" ".join(match.group().split()))], match.start(), match.end())
             for match in _PHRASES[lang].finditer(text)]
    if any(kind in _PRIZE_KINDS for kind, _, _ in found) and not _PRIZE_CUE.search(text):
        found = [item for item in found if item[0] not in _PRIZE_KINDS]  # "won the election": no prize
    return tuple(found)


def prepare(version: Version, settings: Settings) -> None:
    """The facts of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, credentials)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, credentials, changed, evidence_key="credentials",
                             confidence=0.6, opposites=OPPOSITE)


# whether one side says a kind more often than the other and the other side one it contradicts
changed = opposite_said_more(OPPOSITE)
