"""certainty-mismatch: a claim hedged on one side and stated as fact on the other ("The plant may close" / "La planta
cerrará", "The storm damaged the bridge" / "La tormenta pudo haber dañado el puente").

A possibility reported as a certainty (or the reverse) changes what the newsroom stands behind: a rumour becomes a
fact, a suspect's guilt a finding, while every name and number still match.

Each side is read in its own language for its *hedged* verbs: a modal of possibility with its verb ("may close", "might
have started", "could face", "is likely to rise", "is believed to have", "is thought to have", "is suspected to
have", "appears to be"; "podría cerrar", "pueden causar", "pudo haber comenzado"; a noun after "be" and an article
is what is said of it: "appears to be a suicide" / "fue un suicidio") or an adverb of doubt before one
("possibly", "probably", "perhaps", "likely"; "posiblemente", "probablemente", "quizás", "tal vez"; "apparently", but
not "aparentemente", which is as often "seemingly" before an adjective: "aparentemente mundanas"), or of a claim said
as someone else's ("allegedly", "reportedly", a charge: "is accused of killing";
"presuntamente", "supuestamente", "acusado de matar", which Apertium renders "accused to kill": a suspect's guilt
unproven, against which the other side may name who says so instead,
"según la policía", "police said"); not "can", "puede", "podrá" or a bare "pudo", which say an ability as often ("La
policía pudo recuperar la computadora": it did). A pair is reported when the other side, in its own language and in its
translation, says the hedged verb (its key, ``tenses.verb_key``: "close", "cerrará" and "cerró" meet; or, for a verb of
an event of decision-mismatch's table, ``opposites.events``, any of that event's words: "may raise fees" / "subirá las
tarifas", which Apertium renders "will go up") and holds no word of possibility at all: no modal, conditional or "if",
no "likely", "possible", "probability", "expected", "believed", "reportedly", "appears"; no "puede", "podría",
"posible", "probable", "se cree", "al parecer", "presunto", "se prevé" (a forecast, which Apertium says "foresees"), no
conditional ("the suspect" and "el sospechoso" are the person, no suspicion: "The suspect allegedly stole the car" / "El
sospechoso robó el auto" had been unseen; "temporada", "temperatura" and "tema" are no fear, "teme" and "temor" are),
and no source the hedged side names too ("According to the report, the plant may close" / "Según el informe, la planta
cerrará": the "según" is the "according to", not the lost "may"; for a claim said as someone else's, "allegedly", a
source named is its hedge still). One finding per pair, on the hedge. A capitalised verb is a name's ("may have
Friday"), but in a title-case headline ("School District May Close Three Campuses"), where "May" at the start or after a
word that dates ("in May") is the month.

A belief said as a confirmation, or the other way, is one too ("Police believe the fire was set" / "La policía
confirmó que el incendio fue provocado"): each side's words of belief ("believe", "cree") and of confirmation
("confirmed", "confirmó") are counted, and a pair whose one side says a belief more often while the other says a
confirmation more often is reported (``beliefs``; 70 faithful pairs of the dev corpus say one on both sides, none the
other way; the first Spanish one turned, 59 of 59 found). Since the fifty-sixth round an expectation is a belief
("Officials expect" / "Las autoridades dudan que") and a doubt is a third kind, against either ("doubt" the verb,
"dudan", "dudoso": not the noun, "no doubt", "sin duda", "las dudas"): 72 pairs, none the other way, 59 of 59.

A claim said as a source's, where the other side names no source, is one too (``attributions``): "Police say the
woman stole $10,000" / "La mujer robó 10.000 dólares", "according to prosecutors", "según la policía", "la fiscalía
afirma que". The sources are those of an accusation (police, investigators, prosecutors, authorities, officials,
witnesses, a spokesperson, a complaint or an indictment; "the mayor said" is not read), and the other side is left
alone where it holds any word of a source or of saying in its words or its translation ("explicaron los
investigadores", "Para la policía", "presuntamente"), or in the next or the previous segment where a sentence split at
an abbreviation carries on there in lower case or after a dash. 17 faithful pairs of the dev corpus say whose claim it
is on both sides; with the English attribution taken out, 9 of 11 are found. Of its faithful documents, none gets such
a finding; outside the measurement set, one WMT translation from French drops "according to police sources" ("La vida
del otro herido ... corre peligro").

A person or an act named by a crime that is only claimed, where the other side names the same kind plainly, is one
too (``accused_as``): "the alleged gunman" / "el pistolero", "the suspected drug dealer" / "el narcotraficante",
"the alleged fraud" / "el fraude", "el presunto asesino" / "the killer" (the kinds of ``_ACCUSED_AS``: killers,
gunmen, attackers, thieves, traffickers, gang members, abusers, victims, frauds and plots, murders, assaults and
thefts; the claim is "alleged", "suspected", "accused", "presumed", "purported", "presunto" or "supuesto" right
before the noun or one word before it). The other side is left alone where it says the kind as a claim too, or holds
any word of possibility or of a source ("según la policía"). The dev corpus says such a claim on both sides in 4
sentence pairs, never on one side only; a newsroom's crime reports say it daily.

Measured on the 6,569 faithful sentence pairs of the dev corpus first written in English or Spanish: 2 findings,
both differences of the translation ("the disease may progress" / "la enfermedad progresó", "probablemente llegó" /
"eventually arrived"). Of the pairs that hedge on both sides, the English hedge turned into "will" is found in 33%
(tests/test_rule_certainty.py). A warning: the rule wants to be sure rather than complete.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bilingo.findings import (
    contrast_findings, each_says_more, one_sided_findings, prepare_sentences, side_name, side_texts, words_finding,
)
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.names import is_title_case
from bilingo.rules.opposites import events, expand
from bilingo.rules.tenses import verb_key
from bilingo.rules.words import STOPWORDS, fold, holds_any
from bilingo.settings import Settings

RULE = "certainty-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.5

_HEDGE = {
    "en": re.compile(
        r"\b(?:may|might|could|(?:is|are|was|were)\s+(?:likely|expected|believed|thought|suspected)\s+to|possibly|"
        r"probably|perhaps|allegedly|reportedly|supposedly|purportedly|apparently|likely(?!\s+to\b)|"
        r"(?:appears?|appeared)\s+to|"
        # (a charge, not a finding: "is accused of killing" / "mató"; Apertium's "accused to kill" is "acusado de
        # matar")
        r"accused\s+(?:of|to))\s+"
        # (a noun after "be" and an article is what is said of it: "appears to be a suicide" / "fue un suicidio")
        r"(?:(?:also|still|soon|eventually|well|even|be\s+(?:an?|the)|be|have|been|get|[a-z]{3,}ly)\s+)*"
        r"(?P<verb>[a-zA-Z]{3,})",
        re.IGNORECASE,
    ),
    "es": re.compile(
        # ("puede" and "podrá" are also "can" and "will be able to"; "pudo", past, "managed to" but for "pudo haber")
        r"\b(?:(?:podr[ií]an?|pudiera|pudieran|posiblemente|probablemente|quiz[aá]s?|tal\s+vez|presuntamente|"
        r"supuestamente|acusad[oa]s?\s+de)\s+"
        r"|(?:pudo|pudieron)\s+haber\s+)(?:(?:se|le|les|lo|la|los|las|haber|ser|estar|ya)\s+)*"
        r"(?P<verb>[a-záéíóúñ]{3,})",
        re.IGNORECASE,
    ),
}
# Apertium renders "may close" as "puede cerrar": in a translation into Spanish, "puede" is the hedge it stands for
_HEDGE_IN_TRANSLATION = {
    "en": _HEDGE["en"],
    "es": re.compile(r"\b(?:pueden?\s+)(?:(?:se|le|les|lo|la|los|las|haber|ser|estar|ya)\s+)*(?P<verb_>[a-záéíóúñ]{3,})"
                     r"|" + _HEDGE["es"].pattern, re.IGNORECASE),
}
_CUES = {"en": ("may ", "might ", "could ", "likely", "expected to", "possibly", "probably", "perhaps", "allegedly",
                "reportedly", "supposedly", "purportedly", "believed to", "appear", "thought to", "suspected to",
                "apparently", "accused of", "accused to"),
         "es": ("podr", "pued", "pud", "posiblemente", "probablemente", "quiz", "tal vez", "presuntamente",
                "supuestamente", "acusad")}
# any word of possibility: where the other side holds one, it may hedge the claim its own way
_MAYBE = {
    "en": re.compile(
        r"\b(?:may|might|could|can|cannot|would|should|must|if|whether|unless|possibl[ey]|possibility|perhaps|maybe|"
        r"probabilit(?:y|ies)|likelihood|"
        r"likely|unlikely|probabl[ey]|potential(?:ly)?|expect(?:s|ed)?|suggests?|suggested|appears?|appeared|"
        r"seems?|seemed|reportedly|allegedly|alleged|apparently|believed?|believes|thought|fear(?:s|ed)?|risks?|"
        # ("foresees": Apertium's word for "prevé")
        r"chance|able|unable|estimated?|presumably|according|forese(?:e|es|en)|foresaw)\b|['’]d\b"
        # (not "the suspect", "a suspect": the person, no possibility)
        r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bone\s)(?<!\btwo\s)\bsuspect(?:s|ed)?\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:pod[eé]r|pued\w*|pud\w*|podr\w*|pod[ií]a\w*|quiz[aá]s?|tal\s+vez|posibl\w*|probabl\w*|a\s+lo\s+mejor|"
        r"acaso|si|riesgo|supuest\w*|presunt\w*|parec\w*|sugier\w*|suger\w*|cree\w*|cre[ií]\w*|esper\w*|"
        # (fear, not "temperatura", "temporada", "tema", "temprano")
        r"tem(?:o|es?|en|emos|er|ería|erían|ía|ían|ió|ieron|iendo|ido|ida|idos|idas|or|ores|eroso|erosa|erosos)|"
        r"estim\w*|seg[uú]n|al\s+parecer|aparente\w*|capaz|supon\w*|supuso|consider(?:a|an|aba|aban|ó|aron)|"
        r"prev(?:é|én|e[ií]a|e[ií]an|ió|ieron|ist[oa]s?)|"  # (a forecast: "se prevé que", "previsto"; not "previo")
        r"[a-záéíóúñ]{2,}(?:ar|er|ir)[ií]a(?:n|mos)?)\b"
        # (not "el sospechoso", "una sospechosa": the person, no possibility)
        r"|(?<!\bel\s)(?<!\bla\s)(?<!\blos\s)(?<!\blas\s)(?<!\bun\s)(?<!\buna\s)(?<!\bal\s)(?<!\bdel\s)"
        r"(?<!\bdos\s)\bsospech\w*",
        re.IGNORECASE,
    ),
}
# An adverb that hedges a claim as someone else's ("allegedly stole", "presuntamente robó"): what keeps a suspect's
# guilt unproven. The other side may say it by naming who says so ("police said", "según la policía", "se informó
# que", "está acusado de"), which counts as its hedge then.
# A charge is a hedge before the act it claims ("accused of killing", "acusado de matar"), not before the crime's name
# ("accused of fraud", "acusado de fraude": what a person is charged with, the legal status's to compare)
_CHARGED_WITH_A_NOUN = {"en": re.compile(r"accused\s+of\s+(?!\w+ing\b)\w+$", re.IGNORECASE),
                        "es": re.compile(r"acusad[oa]s?\s+de\s+(?!(?:haber\s+)?\w+(?:ar|er|ir)\b)\w+$",
                                         re.IGNORECASE)}
_REPORTED = {"en": re.compile(r"allegedly|reportedly|supposedly|purportedly|accused", re.IGNORECASE),
             "es": re.compile(r"presuntamente|supuestamente|acusad[oa]s?", re.IGNORECASE)}
_ATTRIBUTION = {
    "en": re.compile(r"\b(?:said|says|say|told|report\w*|accus\w*|charg\w*|claim\w*|rumou?r\w*|according)\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:dij\w*|dic\w*|seg[uú]n|inform\w*|report\w*|acus\w*|denunci\w*|afirm\w*|asegur\w*|"
                     r"trascendi\w*|rumor\w*)\b", re.IGNORECASE),
}
# A claim said as a source's: "Police say the woman stole", "according to prosecutors", "según la policía", "la
# fiscalía afirma que". The source keeps an accusation an accusation; a version without it states the act as a fact.
_SOURCES = {
    "en": r"police|officers|deputies|detectives|investigators|authorities|officials|prosecutors|district\s+attorney|"
          r"sheriff(?:['’]s\s+office)?|witnesses|spokes(?:man|woman|person)|court\s+(?:documents|records|papers)|"
          r"(?:criminal\s+)?complaint|affidavit|indictment|police\s+report",
    "es": r"(?:la\s+)?polic[ií]a|(?:los\s+)?agentes|(?:las\s+)?autoridades|(?:los\s+)?funcionari[oa]s|"
          r"(?:los\s+)?investigador(?:es|as)|(?:la\s+)?fiscal[ií]a|(?:los\s+)?fiscales|(?:el\s+|la\s+)?fiscal|"
          r"(?:la\s+oficina\s+del\s+)?alguacil|(?:los\s+)?testigos|(?:el\s+|la\s+)?(?:portavoz|vocer[oa])|"
          r"(?:los\s+)?(?:documentos|registros)\s+judiciales|(?:la\s+)?denuncia|(?:la\s+)?acusación",
}
_SAYS = {
    "en": r"say|says|said|allege|alleges|alleged|told|believe|believes|believed|contend|contends|contended",
    "es": r"dijo|dijeron|dice|dicen|inform(?:ó|aron|a|an)|afirm(?:ó|aron|a|an)|señal(?:ó|aron|a|an)|"
          r"indic(?:ó|aron|a|an)|asegur(?:ó|aron|a|an)|aleg(?:ó|aron|a|an)|cree|creen|sostiene|sostienen|"
          r"declar(?:ó|aron)",
}
_ATTRIBUTED = {
    lang: re.compile(rf"\b(?:according\s+to|seg[uú]n)\s+(?:the\s+)?(?:{_SOURCES[lang]})\b|"
                     rf"\b(?:{_SOURCES[lang]})\s+(?:\w+\s+){{0,2}}?(?:{_SAYS[lang]})\b|"
                     rf"\b(?:{_SAYS[lang]})\s+(?:the\s+)?(?:{_SOURCES[lang]})\b", re.IGNORECASE)
    for lang in ("en", "es")
}
_ATTRIBUTION_CUES = {"en": ("said", "say", "alleg", "told", "believ", "according", "contend"),
                     "es": ("dij", "dic", "inform", "afirm", "señal", "indic", "asegur", "aleg", "cree", "sostien",
                            "declar", "según", "segun")}
# Any word of a source or of saying: where the other side holds one, it may attribute the claim its own way ("the
# woman stole the money, investigators explained"; "Para la policía")
_SOURCE_OR_SAYING = {
    "en": re.compile(r"\b(?:police|authorities|officials?|investigators?|prosecutors?|district\s+attorney|sheriff|"
                     r"witness(?:es)?|spokes(?:man|woman|person)|court|complaint|affidavit|indictment|according|"
                     r"stat(?:e|es|ed)|add(?:s|ed)|explain(?:s|ed)|noted|notes|report(?:s|ed)?|claim(?:s|ed)?|"
                     r"accus\w*|charg\w*|confirm\w*|reveal\w*|say\w*|said|allege\w*|told|tell\w*|believ\w*|"
                     r"suspect\w*|contend\w*|insist\w*|testif\w*|suggest\w*|argues|argued|maintain\w*|researchers?|"
                     r"scientists?|experts?|reportedly|supposedly|purportedly)\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:polic[ií]a|autoridad\w*|funcionari\w*|investigador\w*|fiscal\w*|alguacil|testigo\w*|"
                     r"portavoz|vocer[oa]s?|tribunal|juzgado|denuncia|acusación|"
                     r"seg[uú]n|para|dij\w*|dic\w*|dec[ií]\w*|inform\w*|afirm\w*|señal\w*|indic\w*|asegur\w*|"
                     r"aleg\w*|cre[eí]\w*|sost\w*|declar\w*|explic\w*|agreg\w*|añad\w*|precis\w*|detall\w*|"
                     r"manifest\w*|coment\w*|expres\w*|report\w*|acus\w*|denunci\w*|confirm\w*|revel\w*|"
                     r"sospech\w*|relat\w*|cont[oó]|cuenta\w*|testific\w*|sugier\w*|suger\w*|argument\w*|"
                     r"mantien\w*|científic\w*|expert\w*|presunt\w*|supuest\w*|de\s+acuerdo\s+con|a\s+decir\s+de)\b",
                     re.IGNORECASE),
}
_WORD = re.compile(r"[^\W\d_]+")
# what follows a hedge but is no verb: function words, and a negation (negation-mismatch's); and "do", whose key any
# auxiliary "did" of the other side shares ("could well have done without" / Apertium's "did not report it")
_NOT_VERBS = {lang: frozenset(words) | {"not", "never", "no", "nunca", "mas", "more", "most", "mayor", "menor", "mejor",
                                         "peor", "do", "does", "did", "done"}
              for lang, words in STOPWORDS.items()}


class Hedge(NamedTuple):
    """A hedged verb of a sentence ("may close", "podría cerrar"): from the hedge to the verb's end, and the verb's
    key."""

    start: int
    end: int
    verb: str
    reported: bool = False  # said as someone else's claim ("allegedly stole": ``_REPORTED``)


# In a title-case headline every verb is capitalised, and "May" is also the month: at the headline's start ("May Sales
# Rise") or after a word that dates ("in May", "Since May", "Early May")
_MONTH_MAY = re.compile(r"May\b")
_MONTH_BEFORE = re.compile(r"(?:^|\b(?:in|since|until|till|through|by|of|last|next|early|late|mid|this|from|to)\s+)$",
                           re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def hedges(text: str, lang: str, translation: bool = False) -> tuple[Hedge, ...]:
    """The hedged verbs of ``text``, in text order; "may not" is a negation's, left to negation-mismatch. A
    ``translation`` into Spanish says "may" as "puede" (``_HEDGE_IN_TRANSLATION``)."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    found = []
    title_case = None
    for match in (_HEDGE_IN_TRANSLATION if translation else _HEDGE)[lang].finditer(text):
        group = "verb" if match.group("verb") else "verb_"
        verb = match.group(group)
        if verb[0].isupper():
            if title_case is None:
                title_case = lang == "en" and is_title_case(text)
            if not title_case or _MONTH_MAY.match(text, match.start()) and _MONTH_BEFORE.search(text, 0, match.start()):
                continue  # a name ("may have Friday"), but in a title-case headline ("School District May Close")
        if fold(verb) in _NOT_VERBS[lang]:
            continue  # a function word ("perhaps the best"); "may not" is a negation's
        if _CHARGED_WITH_A_NOUN[lang].match(text, match.start(), match.end(group)):
            continue  # a charge named by its crime ("acusado de fraude"), the legal status's to compare
        reported = _REPORTED[lang].match(text, match.start()) is not None
        found.append(Hedge(match.start(), match.end(group), verb_key(verb, lang), reported))
    return tuple(found)


def says_maybe(text: str, lang: str, echoed: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` holds any word of possibility (``_MAYBE``) but those of ``echoed`` (``echoed_maybe_words``)."""
    pattern = _MAYBE["es" if lang == "es" else "en"]
    if not echoed:
        return pattern.search(text) is not None
    return any(match.group().lower() not in echoed for match in pattern.finditer(text))


# The words of possibility a sentence says of its own beside its hedge, which a translation keeps when it drops the
# hedge: "According to the report, the plant may close" / "Según el informe, la planta cerrará" had been unseen, the
# "según" taken for the lost "may". Each with its counterpart in the other language.
_ECHOABLE = {"according": ("según", "segun"), "según": ("according",), "segun": ("according",)}
_ECHOABLE_CUES = ("according", "según", "segun")


def echoed_maybe_words(*texts: tuple[str, str]) -> frozenset[str]:
    """The words of ``_ECHOABLE`` that the hedged side says in any of ``texts`` ((text, lang) each: the side as
    written and as translated), in lower case, with their counterparts."""
    words = {match.group().lower() for text, lang in texts
             for match in _MAYBE["es" if lang == "es" else "en"].finditer(text)}
    return frozenset(word for said in words & _ECHOABLE.keys() for word in (said, *_ECHOABLE[said]))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def verb_keys(text: str, lang: str) -> frozenset[str]:
    """The ``verb_key`` of every word of ``text``."""
    return frozenset(verb_key(word, lang) for word in _WORD.findall(text))


# A belief said as a confirmation, or the other way: "Police believe the fire was set" / "La policía confirmó que el
# incendio fue provocado". A belief governs a whole clause, which no hedged verb above stands for.
# A doubt said as a belief or an expectation is one too ("Officials expect the project to be finished by December" /
# "Las autoridades dudan que el proyecto esté terminado"): "doubt" the verb, not the noun ("no doubt", "sin duda",
# "la duda").
_BELIEF = {
    "en": re.compile(r"\b(?:(?P<believed>believe|believes|believed|expect|expects)|(?P<confirmed>confirm|confirms|"
                     r"confirmed)|(?P<doubted>doubted|doubtful|(?<!\bno\s)(?<!\bwithout\s)(?<!\bany\s)doubt"
                     r"(?=\s+(?:that|whether|if|it|the|he|she|they|this|his|her|their)\b)))\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<believed>creen?|creía|creían|creyó|creyeron)"
                     r"|(?P<confirmed>confirm(?:ó|aron|a|an|ará|arán))"
                     r"|(?P<doubted>dudan|dudó|dudaron|dudaba|dudaban|dudamos|dudoso|dudosa|dudosos|dudosas))\b",
                     re.IGNORECASE),
}
_BELIEF_CUES = {"en": ("believ", "confirm", "expect", "doubt"), "es": ("cre", "confirm", "dud")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def beliefs(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says is believed or confirmed: ("believed" or "confirmed", start, end) of each word."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _BELIEF_CUES[lang]):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _BELIEF[lang].finditer(text))


# A person or an act named by a crime that is only claimed ("the alleged gunman", "el presunto asesino", "the alleged
# fraud"): a translation that drops the adjective names a suspect a killer, the legal risk the hedge was there for.
# Each kind with its nouns, in both languages ("{a,b}" expands as in ``opposites.expand``).
_ACCUSED_AS = {
    "killer": {"en": "killer{,s}|murderer{,s}", "es": "asesin{o,a,os,as}|homicida{,s}"},
    "gunman": {"en": "gunman|gunmen|shooter{,s}", "es": "pistoler{o,a,os,as}|tirador{,a,es,as}"},
    "attacker": {"en": "attacker{,s}|assailant{,s}", "es": "agresor{,a,es,as}|atacante{,s}"},
    "thief": {"en": "thief|thieves|robber{,s}|burglar{,s}", "es": "ladr{ón,ona,ones,onas}|asaltante{,s}"},
    "trafficker": {"en": "drug dealer{,s}|trafficker{,s}|smuggler{,s}|drug lord{,s}",
                   "es": "narcotraficante{,s}|traficante{,s}|contrabandista{,s}|narco{,s}|capo{,s}"},
    "gang member": {"en": "gang member{,s}", "es": "pandiller{o,a,os,as}"},
    "abuser": {"en": "abuser{,s}|rapist{,s}|predator{,s}", "es": "abusador{,a,es,as}|violador{,es}"},
    "victim": {"en": "victim{,s}", "es": "víctima{,s}"},
    "fraud": {"en": "fraud|scam|scheme|embezzlement|bribery|bribe{,s}|plot|conspiracy",
              "es": "fraude{,s}|estafa{,s}|malversación|soborno{,s}|trama|complot|conspiración"},
    "murder": {"en": "murder{,s}|killing{,s}|homicide{,s}", "es": "asesinato{,s}|homicidio{,s}"},
    "abuse": {"en": "abuse|assault{,s}|sexual assault{,s}|rape{,s}",
              "es": "abuso{,s}|abuso{,s} sexual{,es}|agresi{ón,ones}|agresi{ón,ones} sexual{,es}|violaci{ón,ones}"},
    "theft": {"en": "theft{,s}|robbery|robberies|burglary|burglaries", "es": "robo{,s}|hurto{,s}|asalto{,s}"},
}
_ACCUSED_AS_GROUPS = {f"kind{number}": kind for number, kind in enumerate(_ACCUSED_AS)}
_ACCUSED_AS_WORDS = {
    lang: re.compile(r"\b(?:" + "|".join(
        f"(?P<{group}>" + "|".join(sorted(map(re.escape, expand(_ACCUSED_AS[kind][lang])), key=len, reverse=True)) + ")"
        for group, kind in _ACCUSED_AS_GROUPS.items()) + r")\b", re.IGNORECASE)
    for lang in ("en", "es")
}
# the word that keeps it a claim, right before the noun ("the alleged gunman", "el presunto pistolero", "la supuesta
# estafa"), or after it in Spanish ("el autor presunto" is rare: not read)
_CLAIMED_BEFORE = {"en": re.compile(r"\b(?:alleged|suspected|accused|reputed|purported|presumed|supposed)\s+"
                                    r"(?:\w+\s+)?$", re.IGNORECASE),
                   "es": re.compile(r"\b(?:presunt[oa]s?|supuest[oa]s?)\s+(?:\w+\s+)?$", re.IGNORECASE)}
_ACCUSED_AS_CUES = {
    "en": ("kill", "murder", "gun", "shoot", "attack", "assail", "thie", "robb", "burgl", "deal", "traffick",
           "smuggl", "drug", "gang", "abus", "rapist", "predator", "victim", "fraud", "scam", "scheme", "plot",
           "conspir", "embezzl", "brib", "homicid", "assault", "rape", "theft"),
    "es": ("asesin", "homicid", "pistoler", "tirador", "agresor", "atacant", "ladr", "asaltant", "traficant",
           "contrabandist", "narco", "capo", "pandiller", "abus", "violad", "víctim", "victim", "fraud", "estaf",
           "malversac", "soborn", "trama", "complot", "conspir", "agresi", "violaci", "robo", "hurto", "asalto"),
}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def accused_as(text: str, lang: str) -> tuple[tuple[str, bool, int, int], ...]:
    """The people and acts ``text`` names by a crime (``_ACCUSED_AS``): (kind, whether it is said as a claim, start,
    end) of each, the claim's adjective included in the span ("alleged gunman")."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _ACCUSED_AS_CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _ACCUSED_AS_WORDS[lang].finditer(text):
        claimed = _CLAIMED_BEFORE[lang].search(text, max(0, match.start() - 40), match.start())
        found.append((_ACCUSED_AS_GROUPS[match.lastgroup], claimed is not None,
                      claimed.start() if claimed else match.start(), match.end()))
    return tuple(found)


def _claimed_only_on(aligned: AlignedDocument, pair: AlignedPair, side: str, settings: Settings) -> Finding | None:
    """The finding on ``side`` when it says a person or an act of a crime as a claim ("the alleged gunman") and the
    other side names the same kind plainly ("el pistolero"), holding no word of possibility or of a claim at all."""
    version = aligned.version(side)
    claimed = [(index, reading) for index in getattr(pair, side)
               for reading in accused_as(version.segments[index].text, version.lang) if reading[1]]
    if not claimed:
        return None
    other = aligned.other(side)
    other_version = aligned.version(other)
    other_text = " ".join(other_version.segments[index].text for index in getattr(pair, other))
    other_readings = [reading for index in getattr(pair, other)
                      for reading in accused_as(other_version.segments[index].text, other_version.lang)]
    plain = {kind for kind, is_claimed, _, _ in other_readings if not is_claimed}
    plain -= {kind for kind, is_claimed, _, _ in other_readings if is_claimed}  # ("la presunta estafa... la estafa")
    said_plainly = [(index, reading) for index, reading in claimed if reading[0] in plain]
    if not said_plainly or says_maybe(other_text, other_version.lang):
        return None
    index, (kind, _, start, end) = said_plainly[0]
    words = version.segments[index].text[start:end]
    message = (f"{words!r} is a claim in {side_name(aligned, side)}, but {side_name(aligned, other)} says it as a "
               f"fact ({kind})")
    return words_finding(aligned, pair, side, index, start, end, RULE, message, CONFIDENCE, settings)


def prepare(version: Version, settings: Settings) -> None:
    """The hedged verbs and the beliefs of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, hedges)
    prepare_sentences(version, settings, RULE, beliefs)
    prepare_sentences(version, settings, RULE, attributions)
    prepare_sentences(version, settings, RULE, accused_as)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    hedged = one_sided_findings(aligned, settings, RULE, _hedged_only_on)
    said = {(finding.path, finding.line) for finding in hedged}
    believed = contrast_findings(aligned, settings, RULE, beliefs, each_says_more, evidence_key="beliefs",
                                 confidence=CONFIDENCE)
    findings = hedged + [finding for finding in believed if (finding.path, finding.line) not in said]
    said |= {(finding.path, finding.line) for finding in findings}
    attributed = one_sided_findings(aligned, settings, RULE, _attributed_only_on)
    findings += [finding for finding in attributed if (finding.path, finding.line) not in said]
    said |= {(finding.path, finding.line) for finding in findings}
    claimed = one_sided_findings(aligned, settings, RULE, _claimed_only_on)
    return findings + [finding for finding in claimed if (finding.path, finding.line) not in said]


_CONTINUATION = re.compile(r"\s*(?:[a-záéíóúñü]|[-–—,;])")


def _sentence_continued_in(aligned: AlignedDocument, pair: AlignedPair, side: str) -> list[int]:
    """The segments of the other side next to ``pair`` that hold the rest of its sentence: the one after it where
    either side's next segment carries on in lower case or after a dash, the one before it where either side's first
    segment does. A sentence split at an abbreviation ("the director of Collab Kft." / "was encouraged by") puts its
    attribution in the next pair on one side and not on the other."""
    other = aligned.other(side)
    indices = {name: getattr(pair, name) for name in (side, other)}
    if not indices[other]:
        return []
    segments = {name: aligned.version(name).segments for name in (side, other)}
    continued = []
    if any(indices[name] and indices[name][-1] + 1 < len(segments[name])
           and _CONTINUATION.match(segments[name][indices[name][-1] + 1].text) for name in (side, other)):
        if indices[other][-1] + 1 < len(segments[other]):
            continued.append(indices[other][-1] + 1)
    if any(indices[name] and _CONTINUATION.match(segments[name][indices[name][0]].text) for name in (side, other)):
        if indices[other][0] > 0:
            continued.append(indices[other][0] - 1)
    return continued


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def attributions(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` says its claim is a source's ("Police say", "according to prosecutors", "según la policía",
    "la fiscalía afirma"): (start, end) of each attribution."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _ATTRIBUTION_CUES[lang]):
        return ()  # (most sentences)
    return tuple(match.span() for match in _ATTRIBUTED[lang].finditer(text))


def _attributed_only_on(aligned: AlignedDocument, pair: AlignedPair, side: str, settings: Settings) -> Finding | None:
    """The finding on ``side`` when it says whose claim the sentence is and the other side names no source and says
    no word of saying, in its words or in its translation: the claim, an accusation most often, stated as a fact."""
    version = aligned.version(side)
    said = [(index, span) for index in getattr(pair, side)
            for span in attributions(version.segments[index].text, version.lang)]
    if not said:
        return None
    other = aligned.other(side)
    other_text, other_compared, compared_lang = side_texts(aligned, pair, other)
    other_lang = aligned.version(other).lang
    if (_SOURCE_OR_SAYING["es" if other_lang == "es" else "en"].search(other_text)
            or _SOURCE_OR_SAYING["es" if compared_lang == "es" else "en"].search(other_compared)):
        return None
    for index in _sentence_continued_in(aligned, pair, side):
        texts = [(aligned.version(other).segments[index].text, other_lang)]
        if other == aligned.translated_side:
            texts.append((aligned.translation_of(other, (index,)), compared_lang))
        if any(_SOURCE_OR_SAYING["es" if lang == "es" else "en"].search(text) for text, lang in texts):
            return None
    index, (start, end) = said[0]
    words = version.segments[index].text[start:end]
    message = (f"{words!r} says whose claim it is in {side_name(aligned, side)}, but {side_name(aligned, other)} "
               f"states it as a fact")
    return words_finding(aligned, pair, side, index, start, end, RULE, message, CONFIDENCE, settings)


def _hedged_event(text: str, lang: str, hedge: Hedge) -> set[str]:
    """The kinds of decision-mismatch's events (``opposites.events``: a rise, a closing, a hiring...) that the hedged
    verb says: the other side may state the same event in words no translation brings back to that verb ("may raise
    fees" / "subirá las tarifas", which Apertium renders "will go up")."""
    verb_start = text.rfind(" ", hedge.start, hedge.end) + 1
    return {kind for kind, start, end in events(text, lang) if start <= verb_start < end}


def _hedged_only_on(aligned: AlignedDocument, pair: AlignedPair, side: str, settings: Settings) -> Finding | None:
    """The finding on ``side`` when it hedges a verb the other side states without any word of possibility."""
    version = aligned.version(side)
    said = [(index, hedge) for index in getattr(pair, side) for hedge in hedges(version.segments[index].text,
                                                                                  version.lang)]
    if not said:
        return None
    other = aligned.other(side)
    other_text, other_compared, compared_lang = side_texts(aligned, pair, other)
    own_text, own_compared, _ = side_texts(aligned, pair, side)
    echoed = (echoed_maybe_words((own_text, version.lang), (own_compared, compared_lang))
              if holds_any(own_text, _ECHOABLE_CUES) and not all(hedge.reported for _, hedge in said)
              else frozenset())  # (for "allegedly", a claim's source is its hedge)
    if says_maybe(other_text, aligned.version(other).lang, echoed) or says_maybe(other_compared, compared_lang, echoed):
        return None
    if all(hedge.reported for _, hedge in said) and _ATTRIBUTION[aligned.version(other).lang].search(other_text):
        return None  # the other side names who says so
    stated = verb_keys(other_text, aligned.version(other).lang) | verb_keys(other_compared, compared_lang)
    translated = hedges(own_compared, compared_lang, translation=True) if side == aligned.translated_side else ()
    stated_events = {kind for kind, _, _ in events(other_text, aligned.version(other).lang)}
    stated_here = [(index, hedge) for index, hedge in said
                   if hedge.verb in stated or _hedged_event(version.segments[index].text, version.lang, hedge)
                   & stated_events]
    if not stated_here and stated.isdisjoint({hedge.verb for hedge in translated}):
        return None
    index, hedge = (stated_here or said)[0]
    words = version.segments[index].text[hedge.start:hedge.end]
    message = (f"{words!r} is a possibility in {side_name(aligned, side)} but stated as a fact in "
               f"{side_name(aligned, other)}")
    return words_finding(aligned, pair, side, index, hedge.start, hedge.end, RULE, message, CONFIDENCE, settings)
