"""false-friend: a word rendered by its false cognate ("She was actually there" / "Actualmente estaba allí", "the new
policy" / "la nueva policía", "her parents" / "sus parientes").

A false friend looks like a translation and says something else: "actualmente" is "currently", "embarazada"
"pregnant", "parientes" "relatives", "casualidad" "a coincidence". Bilingual reporters write them under deadline, and
the sentence keeps every name and number of the other side; chrF even rewards the shared letters, so no other rule sees
them. LanguageTool's bitext mode reports a false friend wherever both words occur; that reports "currently" /
"actualmente" too, which is faithful.

So each false friend is read here as two meanings, each with its words in both languages: "in fact" ("actually",
"actual", "en realidad", "de hecho") and "currently" ("currently", "current", "actualmente", "actual"). Each side of an
aligned pair is read in its own language, and the pair is reported where one side says one meaning more often than
the other and the other side says the meaning of its false cognate more often ("actually" / "actualmente": in fact
against currently), as the decision rule compares opposites: one finding on the translated side, naming both ("in
fact ('actually') in English but currently ('actualmente') in Spanish"). A side that says the cognate's own meaning
too ("Actually, it is currently closed" / "En realidad, actualmente está cerrado") balances; a side that says neither
("now" / "actualmente") says nothing.

Left out, because translators and the dev corpus write them for their English look-alikes: "eventualmente" for
"eventually" (four faithful pairs of the corpus), "asistir" for "assist", "realizar" for "realize" (a dream), "aplicar"
for "apply", "introducir" for "introduce", "soportar" for "support", "colegio" for "college" (a community college), and
"compromiso" for "compromise". "Librerías" for "libraries" is a kind of place, ``bilingo.rules.descriptions``'s.

A look-alike's meaning said in words of its own balances too ("Officers said the new policy" / "Los policías dijeron
que la nueva medida", "She actually lives in Austin now" / "Actualmente vive en Austin"), so each meaning's renderings
in the other language are listed broadly, and its look-alikes narrowly.

Measured on the faithful sentence pairs of the dev corpus: 735 say a look-alike on one side, one is reported, a false
friend of the corpus's own ("the actual extraction of money" / "el uso actual", WMT); with the first Spanish rendering of
an English look-alike's meaning turned into the Spanish look-alike ("padres" → "parientes"), 182 of 190 are found
(tests/test_rule_false_friends.py).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, flagged_side, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.opposites import TEXT_MEMO_SIZE, expand, phrase_readers
from bilingo.rules.words import fold, gate_words
from bilingo.settings import Settings

RULE = "false-friend"
CONFIDENCE = 0.6

# each meaning and its words in each language ("{a,b}" expands as in ``opposites.expand``; matched in the case written,
# so a word that opens a sentence is listed capitalised too). A meaning an English look-alike says is read in English by
# that look-alike alone, and in Spanish by its renderings; a meaning a Spanish look-alike says, the other way round: the
# renderings balance a faithful pair ("currently" / "actualmente"), and only a look-alike can be in surplus against one.
MEANINGS = {
    "in fact": {"en": "{A,a}ctually|actual",
                "es": "{E,e}n realidad|{D,d}e hecho|{R,r}ealmente|verdader{o,a,os,as}|real|reales|{E,e}n efecto|"
                      "{E,e}fectivamente|{V,v}erdaderamente|{E,e}n verdad|{L,l}o cierto es que"},
    "currently": {"en": "{C,c}urrent|{C,c}urrently|{P,p}resently|{A,a}t present|{N,n}owadays|{T,t}hese days|"
                        "{I,i}ncumbent|{N,n}ow|{R,r}ight now|{T,t}oday|{A,a}t the moment",
                  "es": "{A,a}ctual|actuales|{A,a}ctualmente|{E,e}n la actualidad"},
    "embarrassed": {"en": "embarrass{ed,ing,ment}|{E,e}mbarrassment",
                    "es": "avergonzad{o,a,os,as}|{V,v}ergüenza|vergonzos{o,a,os,as}|apenad{o,a,os,as}|bochorno{,so,sa}|"
                           "incómod{o,a,os,as}"},
    "pregnant": {"en": "{P,p}regnant|{P,p}regnanc{y,ies}|expecting a baby",
                 "es": "embarazad{o,a,os,as}|{E,e}mbarazo{,s}"},
    "policy": {"en": "{P,p}olic{y,ies}",
               "es": "{P,p}olític{a,as}|{P,p}óliz{a,as}|{N,n}ormativ{a,as}|{R,r}eglamento{,s}|{D,d}irectri{z,ces}|"
                     "{M,m}edida|{R,r}egla{,s}|{N,n}orma{,s}|{L,l}ineamiento{,s}|{P,p}rotocolo{,s}"},
    "police": {"en": "{P,p}olice|{P,p}olice{man,men,woman,women}|{C,c}op{,s}|{O,o}fficer{,s}|{D,d}eput{y,ies}|"
                      "{T,t}rooper{,s}",
               "es": "{P,p}olicía{,s}|{P,p}olicia{,s}|policial{,es}"},
    "parents": {"en": "{P,p}arent{,s}",
                "es": "{P,p}adre{,s}|{M,m}adre{,s}|{P,p}apá{,s}|{M,m}amá{,s}|{P,p}rogenitor{,es}"},
    "relatives": {"en": "{R,r}elative{,s}|{F,f}amily member{,s}|{K,k}in|{K,k}infolk",
                  "es": "{P,p}ariente{,s}"},
    "success": {"en": "{S,s}uccess|{S,s}uccess{ful,fully,es}|{S,s}ucceed{,ed,s}",
                "es": "{É,é}xito{,s}|exitos{o,a,os,as}|{L,l}ogr{o,os}"},
    "event": {"en": "{E,e}vent{,s}|{I,i}ncident{,s}|{H,h}appening{,s}|{O,o}ccurrence{,s}|{E,e}pisode{,s}|"
                     "{C,c}rime{,s}",
              "es": "{S,s}uceso{,s}"},
    "exit": {"en": "{E,e}xit{,s}", "es": "{S,s}alida{,s}"},
    "casualties": {"en": "{C,c}asualt{y,ies}",
                   "es": "{V,v}íctima{,s}|{B,b}ajas|{H,h}erido{,s}|{M,m}uerto{,s}|{F,f}allecidos"},
    "coincidence": {"en": "{C,c}oincidence{,s}|{C,c}oincidentally|by chance|by accident|accidentally",
                    "es": "{C,c}asualidad{,es}"},
    "sensible": {"en": "sensibl{e,y}", "es": "sensat{o,a,os,as}|razonable{,s}|prudente{,s}|con sensatez"},
    "sensitive": {"en": "sensitiv{e,ity,ities}|delicate", "es": "sensible{,s}|sensibilidad{,es}"},
    "fabric": {"en": "{F,f}abric{,s}", "es": "{T,t}ela{,s}|{T,t}ejido{,s}"},
    "factory": {"en": "{F,f}actor{y,ies}|{P,p}lant{,s}|{M,m}ill{,s}|{F,f}acilit{y,ies}", "es": "{F,f}ábrica{,s}"},
    "carpet": {"en": "{C,c}arpet{,s,ing}", "es": "{A,a}lfombra{,s}|{M,m}oqueta{,s}"},
    "folder": {"en": "{F,f}older{,s}|{B,b}inder{,s}", "es": "{C,c}arpeta{,s}"},
    "lecture": {"en": "{L,l}ecture{,s,d}", "es": "{C,c}onferencia{,s}|{C,c}harla{,s}|{D,d}isertaci{ón,ones}"},
    "reading": {"en": "{R,r}eading{,s}|{L,l}iteracy", "es": "{L,l}ectura{,s}"},
    "constipated": {"en": "constipat{ed,ion}", "es": "estreñid{o,a,os,as}|estreñimiento"},
    "a cold": {"en": "a cold|colds", "es": "constipad{o,a,os,as}"},
    "sympathetic": {"en": "{S,s}ympathetic", "es": "comprensiv{o,a,os,as}|compasiv{o,a,os,as}|solidari{o,a,os,as}"},
    "nice": {"en": "nice|friendly|likable|likeable|pleasant|charming|kind|amiable|fun", "es": "simpátic{o,a,os,as}"},
    "preservative": {"en": "preservative{,s}", "es": "conservante{,s}"},
    "condom": {"en": "condom{,s}", "es": "preservativo{,s}"},
    "molest": {"en": "molest{,ed,ing,s,ation}|{M,m}olester{,s}",
               "es": "abus{ó,aron,ar,ado,ada,ados,adas}|{A,a}buso sexual|{A,a}busos sexuales|"
                      "agredi{ó,eron,do,da} sexualmente"},
    "bother": {"en": "{B,b}other{,ed,ing,s}|{A,a}nnoy{,ed,ing,s,ance}|{D,d}isturb{,ed,ing,s,ance}|"
                     "{I,i}nconvenien{ce,ces,t}|{N,n}uisance|{U,u}pset{,s}|{I,i}rritat{e,ed,es,ing}|"
                     "{H,h}arass{,ed,es,ing,ment}",
               "es": "molest{ó,aron,a,an,ar,o,ado,ada,ados,adas,aba,aban,e,en,ará,arán,ia,ias}|{M,m}olestia{,s}"},
    "advertise": {"en": "{A,a}dvertis{e,ed,es,ing,ement,ements}",
                  "es": "publicit{ó,aron,a,an,ar,ado,ada,ario,aria,arios,arias}|{P,p}ublicidad|"
                         "{A,a}nuncio{,s}|promocion{ó,aron,a,an,ar}"},
    "warn": {"en": "{W,w}arn{,ed,ing,ings,s}|{C,c}aution{,ed,s}|{A,a}lert{,ed,s}",
             "es": "{A,a}dvirti{ó,eron,endo}|{A,a}dvierte{,n}|advert{ir,irá,irán,ido,ida}|{A,a}dvertencia{,s}"},
    "injury": {"en": "{I,i}njur{y,ies,ed}",
               "es": "{L,l}esi{ón,ones}|{H,h}erid{a,as,o,os}|lesionad{o,a,os,as}|lastimad{o,a,os,as}|lesion{ó,aron}|"
                        "{T,t}raumatismo{,s}|{G,g}olpe{,s}"},
    "insult": {"en": "{I,i}nsult{,s,ed}|{S,s}lander{,ed,ous}|{D,d}efamation|{L,l}ibel",
               "es": "{I,i}njuria{,s}|injuri{ó,aron,ar}"},
    "rope": {"en": "{R,r}ope{,s}", "es": "{C,c}uerda{,s}|{S,s}oga{,s}"},
    "clothes": {"en": "{C,c}lothes|{C,c}lothing|{G,g}arment{,s}|{O,o}utfit{,s}|{L,l}aundry", "es": "{R,r}opa{,s}"},
}
# each false friend: (what the English look-alike says, what the Spanish look-alike says)
FALSE_FRIENDS = (("in fact", "currently"), ("embarrassed", "pregnant"), ("policy", "police"),
                 ("parents", "relatives"), ("success", "event"), ("exit", "success"), ("casualties", "coincidence"),
                 ("sensible", "sensitive"), ("fabric", "factory"), ("carpet", "folder"), ("lecture", "reading"),
                 ("constipated", "a cold"), ("sympathetic", "nice"), ("preservative", "condom"),
                 ("molest", "bother"), ("advertise", "warn"), ("injury", "insult"), ("rope", "clothes"))
# what a meaning's look-alike in the other language says, both ways (for the finding to name the look-alike)
OPPOSITES: dict[str, frozenset[str]] = {
    meaning: frozenset(other for pair in FALSE_FRIENDS if meaning in pair for other in pair if other != meaning)
    for meaning in MEANINGS
}
_SPANISH_LOOK_ALIKE_OF: dict[str, frozenset[str]] = {
    meaning: frozenset(spanish for english, spanish in FALSE_FRIENDS if english == meaning) for meaning in MEANINGS
}

(meanings,) = phrase_readers(MEANINGS)
# the words of each language's look-alikes (each phrase's longest, folded): a side that says none cannot be in surplus
# against the other, so its sentence is not read (most sentences)
_LOOK_ALIKE_WORDS = {
    lang: frozenset(fold(max(phrase.split(), key=len)) for english, spanish in FALSE_FRIENDS
                    for phrase in expand(MEANINGS[english if lang == "en" else spanish][lang]))
    for lang in ("en", "es")
}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def look_alike_meanings(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """``meanings`` of a sentence that says a look-alike of its language; none of one that says none."""
    lang = "es" if lang == "es" else "en"
    if _LOOK_ALIKE_WORDS[lang].isdisjoint(gate_words(text)):
        return ()
    return meanings(text, lang)


def changed(english: Counter, spanish: Counter) -> bool:
    """Whether English says a meaning more often than Spanish, and Spanish, more often than English, the meaning of
    that meaning's Spanish look-alike ("actually" / "actualmente"). "Currently" / "en realidad" is a change too, but no
    false friend: it is left to the rules that read meaning."""
    english_surplus, spanish_surplus = english - spanish, spanish - english
    return any(not _SPANISH_LOOK_ALIKE_OF[meaning].isdisjoint(spanish_surplus) for meaning in english_surplus)


def prepare(version: Version, settings: Settings) -> None:
    """The meanings every sentence says, read while the translator works."""
    prepare_sentences(version, settings, RULE, look_alike_meanings)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if aligned.left.lang == aligned.right.lang:
        return []  # (a false friend is between two languages)
    flagged, _ = flagged_side(aligned)
    english_is_flagged = aligned.version(flagged).lang == "en"

    def differ(flagged_meanings: Counter, other_meanings: Counter) -> bool:
        if english_is_flagged:
            return changed(flagged_meanings, other_meanings)
        return changed(other_meanings, flagged_meanings)

    return contrast_findings(aligned, settings, RULE, look_alike_meanings, differ, evidence_key="meanings",
                             confidence=CONFIDENCE, opposites=OPPOSITES)
