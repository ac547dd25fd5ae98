"""decision-mismatch: who won said the other way ("The Spurs beat the Lakers 110-102" / "Los Spurs perdieron ante los
Lakers 110-102", "Ortiz defeated Sanders" / "Ortiz perdió ante Sanders").

A result is said in one verb, and a verb swapped in translation hands the game or the election to the other side
while the score and every name still match. A translation may also turn the sentence around ("the Spurs beat the
Lakers" / "los Lakers perdieron ante los Spurs"), which says the same: so a result counts only with its subject, the
name right before the verb, and a pair is reported only when one side says a subject won where the other says the
same subject lost.

Each side is read in its own language (the originals): won ("won", "beat", "defeated", "edged"; "ganó", "venció",
"derrotó", and an election: "was elected", "fue reelegida") or lost ("lost", "fell to", a passive: "was defeated";
"perdió", "cayó ante", "fue derrotado"), the subject being the capitalised words just before the verb or its auxiliary
("San Antonio FC lost", "Los Spurs vencieron", "South Africa have defeated"), or a name set off by commas after its
title ("El alguacil, Eddie Garza, perdió"). A result denied right before its verb is none ("El equipo no ganó el
partido" is a loss or a draw, "has never lost" says no result): negation-mismatch reads it where the other side says
the result. The rival named just after a verb that takes one is read too, with the
other result ("beat the Celtics": the Celtics lost; "perdieron 5-4 ante los Rangers": the Rangers won), so that "The
Lakers beat the Celtics" / "Los Celtics vencieron a los Lakers", both a win for their subject, is found, and the
sentence turned around still agrees. Two subjects are one when each one's last word has a partner among the other's
words, each word partnered once, those spelt alike first ("the Houston Astros" / "los Astros de Houston"; not "the Los
Angeles Angels" / "los Dodgers de Los Ángeles", whose "Ángeles" partners "Angeles", not "Angels"). One finding on the
translated side (the rewrite for two versions in one language), at the verb, naming both. With no name before the verb
(a pronoun, which Spanish drops, is none), a result is still read when a contest follows it ("The incumbent won
reelection" / "El titular perdió la reelección", "has won five straight games" / "ha perdido cinco partidos", "won its
home opener" / "perdió su primer partido", "won by 300 votes" / "perdió por 300 votos", "won by fewer than 300 votes",
a party's nomination: "won the Democratic nomination" / "Perdió la nominación demócrata", a case in court: "won their
case" / "perdieron el juicio", how the game ended: "won in overtime" / "perdió en tiempo extra", "en penales"): no
translation turns such a sentence around, so the contest stands for the subject (a party's member is no name: "The
Democrat won" / "El demócrata perdió", which Spanish writes in lower case); so does a result that names its contest in
its own words, a concession or a victory declared ("conceded the race" / "se declaró ganador", "declared victory" /
"reconoció su derrota"), and a passive election result with no agent after it ("The mayor was defeated" / "El alcalde
fue reelegido", "was ousted"; not "was defeated by the challenger", which a translation may turn around, nor "been
beaten", a beating). The dev corpus has no such sentence pair to measure it on.

Measured on the dev corpus: 20 sentence pairs say a result with a subject or a rival on both sides; none of them
gives one subject both a win and a loss; with the first Spanish verb swapped, 14 of 16 are found
(tests/test_rule_outcomes.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.words import fold, fuzzy_equal, holds_any
from bilingo.settings import Settings

RULE = "decision-mismatch"
TEXT_MEMO_SIZE = 1 << 14
WON, LOST = "won", "lost"
OUTCOME_WORDS = {
    "en": {WON: r"won|wins|beat|beats|beaten|defeated|defeats|edged|edges|routed|routs|downed|declared\s+victory|"
                r"(?:was|were|is|are|been|be|got)\s+(?:re-?)?elected",
           # (a passive, with its subject before the auxiliary: "Smith was defeated", not a win)
           LOST: r"(?:was|were|is|are|been|be|got)\s+(?:defeated|beaten|ousted|unseated)|"
                 r"lost|loses|fell\s+to|falls\s+to|conceded\s+(?:the\s+)?(?:race|election|primary|runoff|defeat)|"
                 # (alone, a candidate's concession: "conceded Tuesday night", "conceded shortly after 10 p.m."; not
                 # "conceded a goal", "conceded that")
                 r"conceded(?=\s*[.;]|\s*,\s+(?:saying|telling|calling)\b|\s+(?:late|early|shortly|hours|minutes|"
                 r"last|on|in\s+a|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"},
    "es": {WON: r"ganó|ganaron|venció|vencieron|derrotó|derrotaron|goleó|golearon|doblegó|doblegaron|"
                r"(?:ha|han|había|habían)\s+(?:ganado|vencido|derrotado)|"
                r"se\s+declar(?:ó|aron)\s+(?:ganador(?:a|es)?|vencedor(?:a|es)?)|"
                r"(?:declaró|declararon|se\s+adjudicó|se\s+adjudicaron)\s+(?:la\s+|su\s+)?victoria|"
                r"(?:fue|fueron|ha\s+sido|han\s+sido|resultó|resultaron)\s+(?:re)?(?:elegid|elect)[oa]s?",
           LOST: r"(?:fue|fueron|ha\s+sido|han\s+sido|resultó|resultaron)\s+(?:derrotad|vencid)[oa]s?|"
                 r"perdió|perdieron|cayó\s+ante|cayeron\s+ante|cayó\s+frente\s+a|cayeron\s+frente\s+a|"
                 r"(?:ha|han|había|habían)\s+perdido|(?:reconoció|reconocieron|aceptó|aceptaron|admitió|admitieron)\s+"
                 r"(?:su\s+|la\s+)?derrota|"
                 r"(?:concedió|concedieron)\s+(?:la\s+)?(?:victoria|derrota|elección|contienda)"},
}
# A result that names what was won or lost in its own words ("conceded the race", "se declaró ganador"): its own
# contest, with no name before it too
_RESULT_IN_ITSELF = re.compile(r"(?:race|election|primary|runoff|defeat|victory|conceded|elected|victoria|derrota|"
                               r"elección|contienda|ganador|ganadora|ganadores|vencedor|vencedora|vencedores|"
                               r"elegid[oa]s?|elect[oa]s?)$", re.IGNORECASE)
# (a Spanish sentence may open on its verb, its subject dropped: "Perdió la reelección")
_OUTCOME = {lang: re.compile("|".join(rf"(?P<{outcome}>\b(?:{words})\b)" for outcome, words in outcomes.items()),
                             re.IGNORECASE if lang == "es" else 0)
            for lang, outcomes in OUTCOME_WORDS.items()}
# The subject: capitalised words (a name, "San Antonio FC", "Los Spurs") ending right before the verb or its
# auxiliary ("South Africa have defeated")
_SUBJECT_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][\w'’&.-]*(?:\s+(?:de|del|la|los|the|of)?\s*[A-ZÁÉÍÓÚÑ0-9][\w'’&.-]*)*)"
                             r"(?:\s+(?:has|have|had))?\s+$")
# or a name set off by commas after its title ("El alguacil del condado, Eddie Garza, perdió la reelección")
_APPOSITION_BEFORE = re.compile(r",\s+([A-ZÁÉÍÓÚÑ][\w'’&.-]*(?:\s+(?:de|del|la|los)?\s*[A-ZÁÉÍÓÚÑ][\w'’&.-]*)*),"
                                r"(?:\s+(?:has|have|had|ha|han))?\s+$")
_ARTICLES = {"the", "el", "la", "los", "las"}
_PRONOUNS = {"he", "she", "they", "it", "we", "el", "ella", "ellos", "ellas", "nosotros"}
_NO_NAME = _PRONOUNS | _ARTICLES | {"democrat", "democrats", "republican", "republicans"}
# A passive election result with no agent after it is its subject's even unnamed ("The mayor was defeated" / "El
# alcalde fue reelegido"): only an agent ("was defeated by the challenger") lets a translation turn the sentence
# around. ("Beaten" is left out: "he had been beaten" is a beating; "vencido" also expired.)
_PASSIVE = re.compile(r"(?:was|were|is|are|been|be|got|fue|fueron|ha\s+sido|han\s+sido|resultó|resultaron)\s+"
                      r"(?:re-?elected|elected|defeated|ousted|unseated|(?:re)?elegid[oa]s?|(?:re)?elect[oa]s?|"
                      r"derrotad[oa]s?)$", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"\s+(?:by|por)\b", re.IGNORECASE)
# With no name before it, a result still has a subject when what was won or lost is a contest, not a rival ("The
# incumbent won reelection" / "El titular perdió la reelección", "won five straight games"): no translation turns
# such a sentence around, so a result with no subject ("won") is the contest's
_CONTEST_AFTER = {
    "en": re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\w-]+\s+){0,2}?(?:re-?election|elections?|"
                     r"race|seat|terms?|primary|runoff|nomination|title|championship|games?|match(?:es)?|series|"
                     r"(?:home\s+|season\s+)?openers?|"
                     r"finals?|"
                     r"tournament|lawsuit|appeal|(?<!in\s)case|bid|votes?|points|goals|runs|strokes)\b"
                     # (a margin of a few words: "won by fewer than 300 votes")
                     r"|\s+by\s+(?:[\w,.-]+\s+){0,4}?(?:votes?|points|goals|runs|strokes|percentage\s+points)\b"
                     # (or how the game ended: "won in overtime" / "perdió en tiempo extra")
                     r"|\s+(?:in\s+(?:double\s+|triple\s+|sudden-death\s+)?(?:overtime|extra\s+time)|"
                     r"in\s+(?:a\s+)?(?:penalty\s+)?shootout|on\s+penalties)\b"),
    "es": re.compile(r"\s+(?:(?:la|el|los|las|su|sus|un|una)\s+)?(?:[\w-]+\s+){0,2}?(?:reelección|elecciones|"
                     r"elección|carrera|contiendas?|escaño|mandatos?|per[ií]odos?|primarias|segunda\s+vuelta|título|"
                     r"campeonato|partidos?|serie|finales?|torneo|demanda|(?<!en\s)caso|juicio|pleito|apelación|"
                     r"candidatura|nominación|votos?|puntos|goles|carreras)\b"
                     r"|\s+por\s+(?:[\w,.-]+\s+){0,4}?(?:votos?|puntos|goles|carreras|puntos\s+porcentuales)\b"
                     r"|\s+(?:en\s+(?:(?:el|los)\s+)?(?:tiempo\s+(?:extra|suplementario|añadido)|(?:la\s+)?prórroga|"
                     r"(?:(?:la\s+)?tanda\s+de\s+)?(?:penales|penaltis|penaltys)|muerte\s+súbita))\b"),
}
# The rival of a win or a loss, the capitalised words just after the verb (a score may come between): "beat the
# Lakers", "lost 2-1 to El Paso Locomotive", "vencieron a los Lakers", "perdieron 5-4 ante los Rangers de Texas". The
# rival of a win lost it and the rival of a loss won it, which reads "the Lakers beat the Celtics" / "los Celtics
# vencieron a los Lakers" as well as the sentence turned around ("los Celtics perdieron ante los Lakers")
_SCORE = r"(?:\s+\d{1,3}\s*[-–]\s*\d{1,3})?"
_RIVAL_NAME = r"([A-ZÁÉÍÓÚÑ][\w'’&.-]*(?:\s+(?:(?:de|del|of)\s+)?[A-ZÁÉÍÓÚÑ][\w'’&.-]*)*)"


def _rival_after(preposition: str, articles: str) -> re.Pattern:
    return re.compile(_SCORE + preposition + _SCORE + rf"\s+(?:(?:{articles})\s+)?" + _RIVAL_NAME)


_SPANISH_PERFECT = ("ha", "han", "habia", "habian")
_RIVAL_AFTER = {  # the verbs that take a rival, folded, and what comes between them and the rival
    "en": {**dict.fromkeys(("beat", "beats", "beaten", "defeated", "defeats", "edged", "edges", "routed", "routs",
                            "downed"), _rival_after("", "the")),
           **dict.fromkeys(("lost", "loses"), _rival_after(r"\s+to", "the")),
           **dict.fromkeys(("fell to", "falls to"), _rival_after("", "the")),
           **dict.fromkeys((f"{auxiliary} {participle}"
                            for auxiliary in ("was", "were", "is", "are", "been", "be", "got")
                            for participle in ("defeated", "beaten", "ousted", "unseated")),
                           _rival_after(r"\s+by", "the"))},
    "es": {**dict.fromkeys(("gano", "ganaron", "vencio", "vencieron", "derroto", "derrotaron", "goleo", "golearon",
                            "doblego", "doblegaron", *(f"{auxiliary} {participle}" for auxiliary in _SPANISH_PERFECT
                                                       for participle in ("ganado", "vencido", "derrotado"))),
                           _rival_after(r"\s+(?:a|al)", "los|las|la|el")),
           **dict.fromkeys(("perdio", "perdieron", *(f"{auxiliary} perdido" for auxiliary in _SPANISH_PERFECT)),
                           _rival_after(r"\s+(?:ante|contra|frente\s+a)", "los|las|la|el")),
           **dict.fromkeys(("cayo ante", "cayeron ante", "cayo frente a", "cayeron frente a"),
                           _rival_after("", "los|las|la|el")),
           **dict.fromkeys((f"{auxiliary} {participle}{ending}"
                            for auxiliary in ("fue", "fueron", "ha sido", "han sido", "resulto", "resultaron")
                            for participle in ("derrotad", "vencid") for ending in ("o", "a", "os", "as")),
                           _rival_after(r"\s+por", "los|las|la|el"))},
}
_OTHER_OUTCOME = {WON: LOST, LOST: WON}
# A result denied right before its verb: no result said ("El equipo no ganó el partido" is the team that lost, or
# drew; "The Lakers have not lost at home")
_DENIED_BEFORE = {"en": re.compile(r"\b(?:not|never)\s+$|n['’]t\s+$", re.IGNORECASE),
                  "es": re.compile(r"\b(?:no|nunca|jam[aá]s)\s+(?:(?:se|lo|la|le)\s+)?$", re.IGNORECASE)}
_CUES = {"en": ("won", "wins", "beat", "defeat", "edge", "rout", "downed", "lost", "lose", "fell to", "falls to",
                "conceded", "victory", "elected", "ousted", "unseated"),
         "es": ("ganó", "ganaron", "ganado", "venc", "derrot", "gole", "dobleg", "perd", "cay", "declar", "victoria",
                "elegid", "electo", "electa")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def outcomes(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The results ``text`` says with a subject: ("<subject> won" or "<subject> lost", start, end) of each verb, the
    subject as written, articles aside ("Spurs won", "San Antonio FC lost"), and its rival's the other way, in text
    order ("Spurs won", "Lakers lost" for "The Spurs beat the Lakers")."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _OUTCOME[lang].finditer(text):
        if _DENIED_BEFORE[lang].search(text, max(0, match.start() - 20), match.start()):
            continue  # "no ganó las elecciones", "has never won": negation-mismatch's, which names the negation
        subject = (_SUBJECT_BEFORE.search(text, max(0, match.start() - 60), match.start())
                   or _APPOSITION_BEFORE.search(text, max(0, match.start() - 60), match.start()))
        if subject is not None and all(fold(word) in _NO_NAME for word in subject.group(1).split()):
            # "He won reelection" / "Ganó la reelección": Spanish drops the pronoun; "The Democrat won" / "El
            # demócrata perdió": Spanish writes a party's member in lower case
            subject = None
        words = [word for word in subject.group(1).split() if fold(word) not in _ARTICLES] if subject else []
        if words:
            found.append((f"{' '.join(words)} {match.lastgroup}", match.start(), match.end()))
        elif (_CONTEST_AFTER[lang].match(text, match.end()) or _RESULT_IN_ITSELF.search(match.group())
              or _PASSIVE.match(match.group()) and not _AGENT_AFTER.match(text, match.end())):
            found.append((match.lastgroup, match.start(), match.end()))  # (no subject: the contest's)
        rival = _RIVAL_AFTER[lang].get(" ".join(fold(match.group()).split()))
        rival = rival.match(text, match.end()) if rival is not None else None
        if rival is not None:
            name = rival.group(1).rstrip(".")  # (the sentence's stop: "fue derrotado por Jones.")
            found.append((f"{name} {_OTHER_OUTCOME[match.lastgroup]}", match.start(), match.end()))
    return tuple(found)


def prepare(version: Version, settings: Settings) -> None:
    """The results of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, outcomes)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, outcomes, changed, evidence_key="outcomes", confidence=0.7)


def changed(said: Counter, other_said: Counter) -> bool:
    """Whether one side says a subject won where the other says that subject lost (a surplus of each), the subject
    spelt alike or nearly ("Sydney" / "Sidney", "Brazil" / "Brasil")."""
    surplus, other_surplus = said - other_said, other_said - said
    for kind in surplus:
        subject, outcome = _subject_and_outcome(kind)
        for other_kind in other_surplus:
            other_subject, other_outcome = _subject_and_outcome(other_kind)
            if other_outcome != outcome and (_same_subject(subject, other_subject)
                                             or not subject and not other_subject):
                return True
    return False


def _subject_and_outcome(kind: str) -> tuple[tuple[str, ...], str]:
    """(("houston", "astros"), "won") of "Houston Astros won": the subject's words, folded, connectors aside, and
    the outcome."""
    words = kind.split()
    return tuple(fold(word) for word in words[:-1] if fold(word) not in _CONNECTORS), words[-1]


_CONNECTORS = {"de", "del", "of", "the", "la", "los"}


def _same_subject(subject: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two subjects name one team or person: each one's last word has a partner among the other's words
    ("the Houston Astros" / "los Astros de Houston"), spelt alike or nearly ("Sydney" / "Sidney"), each word partnered
    once, those spelt alike first. One shared word is not enough: "the Los Angeles Angels" and "los Dodgers de Los
    Ángeles" share a city, whose "Angeles" is then no partner for "Angels"."""
    if not subject or not other:
        return False
    unpartnered, other_unpartnered = list(subject), list(other)
    partners = {}
    for alike in (str.__eq__, _same_word):
        for index, word in enumerate(unpartnered):
            partner = next((position for position, other_word in enumerate(other_unpartnered)
                            if other_word is not None and word is not None and alike(word, other_word)), None)
            if partner is not None:
                partners[index] = partner
                unpartnered[index], other_unpartnered[partner] = None, None
    return len(subject) - 1 in partners and len(other) - 1 in partners.values()


def _same_word(word: str, other: str) -> bool:
    return word == other or fuzzy_equal(word, other) or (len(word) >= 4 and word[:4] == other[:4])
