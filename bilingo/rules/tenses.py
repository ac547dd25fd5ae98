"""tense-mismatch: an event still to come on one side and done on the other ("The council will vote on the budget
Tuesday" / "El concejo votó el presupuesto el martes").

A preview translated as a report (or a report as a preview) tells readers a vote was taken, a school closed or a
road opened that has not, while every name and number still match. The time words are
``bilingo.rules.quantities``' ("last week" / "la próxima semana"); this rule reads the verbs.

Each side is read in its own language for its *future* verbs ("will vote", "won't reopen", "is going to close", "'ll
be approved", "is set to vote", "are scheduled to open", "plans to sue", "expects to finish", a schedule in the
present with its day, its date or its month: "reopens Monday", "opens June 1", "begins in January";
"votará", "se reunirán", "será aprobado", "va a cerrar", and a plan said as a verb: "planea demandar", "prevé
construir", "tiene previsto abrir")
with their predicates (the verb, or past "be" / "ser", "estar", the word it says: "approved", "aprobado"; and, for a
verb of an event of decision-mismatch's table, ``opposites.events``, that event, which the other side may say in the
past in words no translation brings back to the verb: "will lay off" / "despidió", Apertium's "dismissed"; and an event
held, "will be held", against Apertium's "made" for "se realizó" and "celebrated" for "se celebró", and an event
scheduled, "The hearing is scheduled for Tuesday", "está programada para el martes", whose predicate is its being held,
unless its sentence says an event held already: "is set for Nov. 5, and early voting was held"). A pair is
reported when one side says a predicate in the future and the other side, read in the language compared (its machine
translation, or itself), says that predicate in the past ("voted", "was approved", "has closed"; "votó", "fue aprobado",
"ha cerrado") and says nothing of a time to come (read in its translation where it has one, and in its own future
verbs): no future verb, no conditional or modal ("would", "could", "may" in lower case, not the month, "podría",
"debería"), no word of plans or of the
calendar ahead ("scheduled", "expected", "next", "tomorrow", "próximo", "mañana", "prevé"), no "if" or "when" ("si",
"cuando"), which a faithful translation uses to say the future its own way; but an "until", a "when" or an "announced"
that the side with the future says too is that sentence's own ("will close the park until the storm passes" / "cerró el
parque hasta que pase la tormenta"), and "due to" a cause is no plan ("closed due to repairs" / "cerrará debido a
reparaciones"; "due to reopen" is one), nor is a plan, a proposal or the future said as a noun ("will approve the plan"
/ "aprobó el plan" had been unseen; "plans to", "proposed to", "in the future" are a time ahead). One finding per pair,
on the future verb. A Spanish side with a verb after "que" in the imperfect subjunctive, or a future spelt without its
accent ("dicen que Obama ganara"), which Apertium renders in the past, is left alone, and so is a state in the
present subjunctive after "que" ("dudan que el proyecto esté terminado": Apertium's "was ended").

Measured on the 6,569 faithful sentence pairs of the dev corpus first written in English or Spanish: no finding.
Of the pairs of it that say a future on both sides, the English future turned into the past ("will vote" ->
"voted") is found in 29%, the Spanish one turned into the preterite ("votará" -> "votó") in 22%
(tests/test_rule_tenses.py): the others keep another future, a condition or a time ahead in the pair, which leaves
it alone, or say the verb in other words than the translation. A warning: the rule wants to be sure rather than
complete.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bilingo.findings import one_sided_findings, prepare_sentences, side_name, side_texts, words_finding
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.opposites import events
from bilingo.rules.words import IRREGULAR_ENGLISH, fold, holds_any
from bilingo.settings import Settings

RULE = "tense-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.6

# the verbs of a schedule that news says in the present with the day it falls on ("reopens Monday")
_SCHEDULED = "(?:re)?(?:opens|closes|starts|begins|ends|meets|resumes|returns)"
_FUTURE = {
    "en": re.compile(
        r"(?:\b(?:will|shall)|['’]ll|\bwon['’]t)\s+(?:(?:not|also|still|likely|soon|then|now|first|only|probably|never|"
        r"again|finally|be|have|been|get|[a-z]{3,}ly)\s+)*(?P<verb>[a-z]+)"
        # (and a plan or a schedule in the present: "is set to vote", "are scheduled to open", "plans to sue",
        # "expects to finish")
        # ("foresees to", "has foreseen to": Apertium's words for "prevé", "tiene previsto")
        r"|\b(?:(?:is|are|am)\s+(?:going|set|scheduled|slated|poised|expected)|expects?|plans?|intends?|"
        r"foresees?|(?:has|have)\s+foreseen)\s+to\s+"
        r"(?:(?:be|get)\s+)?(?P<going>[a-z]+)"
        # (and an event scheduled, whose predicate is its being held: "The hearing is scheduled for Tuesday" against
        # "se realizó", which Apertium renders "made", as for "will be held")
        r"|\b(?:is|are)\s+(?:scheduled|set|slated|planned)\s+(?P<held>for)\b"
        # (and a schedule said in the present with its day or its date, as news writes it: "The museum reopens
        # Monday", "The pool opens June 1")
        rf"|\b(?P<scheduled>{_SCHEDULED})\s+(?:on\s+)?"
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|"
        # (or its month: "The trial begins in January")
        r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b",
        re.IGNORECASE,
    ),
    # the future ("votará", "se reunirán", "cerraremos") and "ir a" with an infinitive ("va a cerrar")
    "es": re.compile(
        r"\b(?P<verb>[a-záéíóúñ]{2,}(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos))\b"
        r"|\b(?:va|van|vamos|voy)\s+a\s+(?P<going>[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|le|les|los|las)?)\b"
        # (and a plan said as a verb, as in English: "planea demandar", "tiene previsto abrir")
        r"|\b(?:planea|planean|pretende|pretenden|prevé|prevén|tienen?\s+(?:previsto|planeado))\s+"
        r"(?P<planned>[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|le|les|los|las)?)\b"
        # (and an event scheduled, as in English: "La audiencia está programada para el martes")
        r"|\b(?:está|están)\s+(?:programad[oa]s?|previst[oa]s?|pautad[oa]s?)\s+(?P<held>para)\b",
        re.IGNORECASE,
    ),
}
_CUES = {"en": ("will", "ll ", "shall", "won't", "won’t", "going to", "set to", "scheduled to", "slated to",
                "poised to", "expected to", "expects to", "expect to", "plans to", "plan to",
                "intends to", "intend to", "foresee", "foreseen to", "opens", "closes", "starts", "begins", "ends",
                "meets", "resumes", "returns", "scheduled for", "set for", "slated for", "planned for"),
         "es": ("rá", "rán", "remos", "va a", "van a", "vamos a", "voy a", "planea", "pretende", "prevé", "prevén",
                "previsto", "planeado", "programad", "prevista", "pautad")}
# futures of "be" and "have" whose predicate is the word after them ("será aprobado", "estarán abiertas")
_AUXILIARY_FUTURES = frozenset({"sera", "seran", "estara", "estaran", "habra", "habran", "seremos", "estaremos"})
# what a past verb is not preceded by: a present or an infinitive passive ("is imposed", "must be organised"), a verb
# the participle completes ("to see affected", "remains closed")
_NOT_BEFORE_PAST = frozenset({"is", "are", "am", "be", "being", "to", "will", "would", "can", "could", "may", "might",
                              "must", "should", "shall", "ll", "it's", "that's", "see", "get", "gets", "become",
                              "becomes", "remain", "remains", "seem", "seems", "look", "looks", "stay", "stays", "keep",
                              "keeps", "feel", "feels"})
_ENGLISH_IRREGULAR_PASTS = frozenset(
    "was were had did said went made took came saw got gave found told became left felt brought began kept held "
    "wrote stood heard let meant met ran paid sat spoke led grew lost fell sent built understood drew broke spent "
    "rose drove bought wore chose sought threw caught dealt won fought shot struck sold closed "
    "sued laid".split())  # (a regular past too short for the "-ed" test; "laid": "laid off")
_SPANISH_PAST = re.compile(
    r"\b[a-záéíóúñ]{2,}(?:ó|ió|aron|ieron)\b"
    r"|\b(?:ha|han|había|habían|fue|fueron)\s+(?:sido\s+)?[a-záéíóúñ]{2,}(?:ado|ido|ada|ida)s?\b",
    re.IGNORECASE,
)
# a time to come said without a future verb: a modal or a conditional, plans, the calendar ahead, a condition
_TIME_AHEAD = {
    "en": re.compile(
        # ("may" in lower case: "May" is as often the month, "in May")
        r"\b(?:will|shall|won['’]t|would|going\s+to|could|might|(?-i:may)|should|must|scheduled|expected|expects?|"
        # (plans, wishes and proposals as verbs: "plans to", "wants to"; "the plan", "the proposed budget", "the
        # planning commission", "the future site" are things a past verb can be said of)
        r"(?:plans?|planned|planning|intends?|intended|hopes?|hoped|hoping|wants?|wanted|aims?|aimed|proposes?|"
        r"proposed)\s+to|planned\s+for|set\s+to|slated|upcoming|next|tomorrow|soon|later|"
        r"in\s+the\s+(?:near\s+)?future|"
        # ("due to arrive" is ahead, "due to repairs" a cause: only a few verbs after "due to" make it a time)
        r"due(?!\s+to\s+(?!(?:be|begin|start|open|close|arrive|take|end|finish|expire|resume|return|launch|vote|"
        r"meet|hold|complete|reopen|release|receive|go|come|make|run|face|appear|land|leave|hit|reach|decide|rule|"
        r"announce|report|testify|graduate|retire)\b))|"
        # ("foresees": Apertium's word for "prevé")
        r"forthcoming|if|when|whenever|until|unless|announced|pledged?|forese(?:e|es|en)|foresaw|"
        r"promised?|vowed?)\b|['’]ll\b|['’]d\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:[a-záéíóúñ]{2,}(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos|aría|ería|iría|arían|erían|irían)|"
        r"(?:va|van|vamos|voy)\s+a|mañana|pr[oó]xim[oa]s?|planea\w*|planific(?!aci)\w*|"
        r"prev(?:é|én|er|e[ií]a|e[ií]an)|previst[oa]s?|"
        r"programad[oa]s?|esper(?!anza)\w*|podr[ií]\w*|deber\w*|si|cuando|hasta|pretend\w*|quier\w*|busca\w*|"
        # (as in English, the nouns are things a past verb is said of: "la propuesta", "el anuncio", "el futuro
        # estadio")
        r"propon\w*|propus\w*|anunci(?:ó|aron|a|an|ará|arán)|promet\w*|en\s+el\s+futuro|luego|despu[eé]s)\b",
        re.IGNORECASE,
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
# endings stripped before verbs are compared, longest first: "voted", "votes", "voting", "vote" become "vot"; "votó",
# "votará", "votaron", "votado", "votar" too
_VERB_ENDINGS = {
    "en": sorted(("ied", "ed", "es", "s", "ing", "e"), key=len, reverse=True),
    "es": sorted(("aran", "eran", "iran", "ara", "era", "ira", "aremos", "eremos", "iremos", "aron", "ieron", "io",
                  "o", "ado", "ido", "ada", "ida", "ados", "idos", "adas", "idas", "ar", "er", "ir", "a", "an", "e",
                  "en"), key=len, reverse=True),
}


@lru_cache(maxsize=1 << 14)
def verb_key(word: str, lang: str = "en") -> str:
    """A verb as its tenses are compared: folded, an irregular English form brought back to its base ("fled" is
    "flee"), one tense ending of ``lang`` off, at most 7 letters ("voted", "vote" and "votes" meet at "vot", and so do
    "votará", "votó" and "votar" in Spanish, whose key an English word may share: "repair" and "repaired" meet,
    "destine" and "destination" do not); and an English verb Apertium says with another word brought to that word
    (``_APERTIUM_VERBS``: "huyó" is "escaped")."""
    folded = fold(word)
    if lang != "es":
        folded = IRREGULAR_ENGLISH.get(folded, folded)
    for ending in _VERB_ENDINGS["es" if lang == "es" else "en"]:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            folded = folded[: -len(ending)]
            break
    return _APERTIUM_VERBS.get(folded[:7], folded[:7]) if lang != "es" else folded[:7]


# the keys of English verbs Apertium renders with another verb, and that verb's key: "huir" is "escape" to it,
# "reunirse" "gather", "comenzar" "begin", "terminar" "end"
# ("flee", "fled"; "se reunió" is "gathered"; "comenzó" and "empezó" are "began", which "start" means too;
# "terminó" is "ended up", as "finish" is; "se postuló" is "posited", a run for office; an event held, "will be held",
# is "se celebró", "celebrated", and "se realizó", "made")
_APERTIUM_VERBS = {"fle": "escap", "meet": "gather", "start": "begin", "finish": "end", "run": "posit",
                   "celebra": "hold", "mak": "hold"}
# the predicate of an event scheduled ("is scheduled for Tuesday", "está programada para el martes"): its being held
_HELD = "hold"

_CLAUSE_END = re.compile(r"[,;:.!?()\"«»“”]")


class Future(NamedTuple):
    """A future verb of a sentence ("will vote", "votará"), from its first word to its predicate's end, and the
    predicate's ``verb_key``."""

    start: int
    end: int
    predicate: str


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def futures(text: str, lang: str) -> tuple[Future, ...]:
    """The future verbs of ``text``, in text order."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _FUTURE[lang].finditer(text):
        group = next(name for name in ("verb", "going", "scheduled", "planned", "held")
                     if name in match.re.groupindex and match.group(name))
        verb_start, verb_end = match.span(group)
        predicate = _HELD if group == "held" else fold(match.group(group))
        if lang == "es" and predicate in _AUXILIARY_FUTURES:
            word = _next_word(text, verb_end)
            if word is None:
                continue
            verb_end, predicate = word.end(), fold(word.group())
        if len(predicate) > 2:
            found.append(Future(match.start(), verb_end, verb_key(predicate, lang)))
    return tuple(found)


def _next_word(text: str, position: int) -> re.Match | None:
    """The word right after ``position`` in its clause."""
    word = _WORD.search(text, position)
    if word is None or _CLAUSE_END.search(text, position, word.start()):
        return None
    return word


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def past_predicates(text: str, lang: str) -> frozenset[str]:
    """The stems of the verbs ``text`` says in the past: an English simple past, past passive or perfect ("voted",
    "was approved", "has closed"), a Spanish preterite or perfect ("votó", "fue aprobado", "ha cerrado")."""
    if lang == "es":
        return frozenset(verb_key(match.group().split()[-1], lang) for match in _SPANISH_PAST.finditer(text))
    stems = set()
    previous = ""
    for word in _WORD.finditer(text):
        folded = fold(word.group())
        if (((folded.endswith("ed") and len(folded) > 4) or folded in _ENGLISH_IRREGULAR_PASTS)
                and previous not in _NOT_BEFORE_PAST):
            stems.add(verb_key(folded, lang))
        previous = folded
    return frozenset(stems)


def says_time_ahead(text: str, lang: str, echoed: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` says a time to come in any way: a future verb, a modal, a plan, the calendar ahead, a
    condition; the words of ``echoed`` (``echoed_time_words``) aside."""
    pattern = _TIME_AHEAD["es" if lang == "es" else "en"]
    if not echoed:
        return pattern.search(text) is not None
    return any(match.group().lower() not in echoed for match in pattern.finditer(text))


# the words of a time ahead that a sentence says of its own, beside its future verb, and that a translation keeps
# when it turns the verb into the past: "will close the park until the storm passes" / "cerró el parque hasta que
# pase la tormenta" (read as "until") had been unseen, the "until" taken for the future said otherwise
_ECHOABLE = frozenset({"until", "hasta", "when", "cuando", "announced", "anunció", "anunciaron"})
_ECHOABLE_CUES = ("until", "hasta", "when", "cuando", "announced", "anunci")


def echoed_time_words(text: str, lang: str) -> frozenset[str]:
    """The words of ``_ECHOABLE`` that ``text``, the side with the future verb, says, in lower case: said on the
    other side too, they are that side's own, not its future said otherwise."""
    if not holds_any(text, _ECHOABLE_CUES):
        return frozenset()  # (most sentences)
    return frozenset(word for match in _TIME_AHEAD["es" if lang == "es" else "en"].finditer(text)
                     if (word := match.group().lower()) in _ECHOABLE)


def _future_events(text: str, lang: str, future: Future) -> set[str]:
    """The kinds of decision-mismatch's events (``opposites.events``: a hiring, a closing, a rise...) that a future verb
    says: the other side may say the same event in words no translation brings back to that verb ("will lay off" /
    "despidió", which Apertium renders "dismissed")."""
    return {kind for kind, start, end in events(text, lang) if start < future.end and end > future.start}


def _events_done(text: str, lang: str) -> set[str]:
    """The kinds of the events ``text`` says with a verb in the past ("despidió", "was closed")."""
    past = past_predicates(text, lang)
    if not past:
        return set()
    return {kind for kind, start, end in events(text, lang)
            if any(verb_key(fold(word), lang) in past for word in _WORD.findall(text, start, end))}


def prepare(version: Version, settings: Settings) -> None:
    """The future verbs of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, futures)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return one_sided_findings(aligned, settings, RULE, _future_only_on)


# a verb after "que" in the imperfect subjunctive, or a future written without its accent, which it spells alike
# ("todos dicen que Obama ganara": "ganará"): Apertium renders it in the past ("won"), but it says no past
# (and a state in the present subjunctive, "dudan que el proyecto esté terminado", which Apertium renders "was ended")
_SUBJUNCTIVE_AFTER_QUE = re.compile(r"\bque\s+(?:[\w-]+\s+){0,3}?(?:[a-záéíóúñ]{2,}(?:ara|aran|iera|ieran)|"
                                    r"(?:esté|estén|sea|sean)\s+[a-záéíóúñ]+(?:ad|id)[oa]s?)\b",
                                    re.IGNORECASE)


def _future_only_on(aligned: AlignedDocument, pair: AlignedPair, side: str, settings: Settings) -> Finding | None:
    """The finding on ``side`` when it says a future whose predicate the other side says in the past."""
    version = aligned.version(side)
    said = [(index, future) for index in getattr(pair, side)
            for future in futures(version.segments[index].text, version.lang)]
    if not said:
        return None
    other = aligned.other(side)
    other_version = aligned.version(other)
    other_text, other_compared, compared_lang = side_texts(aligned, pair, other)
    own_text, own_compared, _ = side_texts(aligned, pair, side)
    # (an event scheduled is not turned where its side says another held: "The election is set for Nov. 5, and early
    # voting was held last month"; a verb said done and to come, "has been issued … will be issued", is compared)
    if any(future.predicate == _HELD for _, future in said):
        own_past = past_predicates(own_text, version.lang) | past_predicates(own_compared, compared_lang)
        said = [(index, future) for index, future in said if future.predicate != _HELD or _HELD not in own_past]
        if not said:
            return None
    echoed = echoed_time_words(own_text if version.lang == compared_lang else own_compared, compared_lang)
    if other_version.lang == "es" and _SUBJUNCTIVE_AFTER_QUE.search(other_text):
        return None
    if other_compared == other_text:
        if says_time_ahead(other_text, other_version.lang, echoed):
            return None
    elif says_time_ahead(other_compared, compared_lang, echoed) or futures(other_text, other_version.lang):
        return None  # (a translated side's time ahead is read in its translation, and in its own future verbs)
    past = past_predicates(other_text, other_version.lang)
    if other_compared != other_text:
        past |= past_predicates(other_compared, compared_lang)
    translated = futures(own_compared, compared_lang) if side == aligned.translated_side else ()
    stems = {future.predicate for _, future in said} | {future.predicate for future in translated}
    if past.isdisjoint(stems):
        done = _events_done(other_text, other_version.lang)
        said = [(index, future) for index, future in said
                if _future_events(version.segments[index].text, version.lang, future) & done]
        if not said:
            return None
    index, future = next(((index, future) for index, future in said if future.predicate in past), said[0])
    words = version.segments[index].text[future.start:future.end]
    message = f"{words!r} is still to come in {side_name(aligned, side)} but done in {side_name(aligned, other)}"
    return words_finding(aligned, pair, side, index, future.start, future.end, RULE, message, CONFIDENCE, settings)
