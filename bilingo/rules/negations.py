"""negation-mismatch: a statement negated on one side only ("She did not attend the meeting" / "Asistió a la reunión").

A "not" dropped or added in translation says the opposite while every name, number and nearly every word still
match: chrF barely moves and no other rule sees it, except for the decisions ``bilingo.rules.decisions`` reads.

What is compared is the *clausal* negation: an auxiliary with "not" ("did not attend", "isn't", "cannot", "won't",
"it's not", "they're not", "is still not"), "never", "no longer", "not even", "has yet to", a subject denied ("No
arrests have been made"; of several words in what someone says: "said no credit card numbers were stolen"), "there is
no" (not in the idioms "no point", "no doubt"...), a verb's object denied ("found no
evidence", "has no suspects"); in Spanish "no", "nunca" or "jamás" (or "tampoco", "ni siquiera") before a verb, past
its pronouns and auxiliaries ("no se ha confirmado"; a refusal, "se negó a", "se niega a"; the copula's present too,
"no es", "no están", not "no es que",
"no es porque": not that, not because), but not "jamás" or "nunca" after a superlative, which is "ever" ("el mayor
incendio jamás registrado", "más altos que nunca"). Each negation's *predicates* are the first content word after it
and the next one in its clause ("did not attend the meeting": "attend", "meeting"; a denied object's verb too,
"found no link": "find", "link"; "going" is no predicate, "is not going to close", but "not going anywhere" denies
the going: "go"). A pair is reported when one side
says more such negations than the other side, read both in its own language and in its machine translation, and when
the other side says one of the negated predicates without a negation (compared by crude stem, which cognates share:
"hospitalized" / "hospitalizados"). One finding per pair, on the negation.

Translators say a negation in other words all the time ("was not injured" / "salió ileso", "not easy" / "difícil",
"failed to find" / "no encontró", "non-pathogenic" / "no son patógenos", "not until Monday" / "hasta el lunes"; "until
further notice", "hasta nuevo aviso" bound an order and turn nothing round), so a "has yet to" facing a thing said still
to be done ("aún deben determinarse", "queda por determinar", "está pendiente") is none, and a pair is left alone when
the side without the negation holds any other negative word ("without", "fail", "unable", "only", "difficult", "stay
off", "waive", "un-" and "non-" words, "missed" but after its determiner, "for the missed shifts"; "sin", "ni",
"apenas", "hasta", "todavía", "imposible"...) but the very verb the other side denies ("lost
their home" / "no perdió su casa": "did not lose"), read in its translation where it has one (and in its original only
those a translation may lose: Apertium renders "ningún estado reconoce" as "any state recognises"), and a negation that
is an emphasis or an affirmation ("not only", "don't forget", "no deja de", "no quitar los ojos de": keep an eye on) is
none: the rule wants to be sure rather than complete. A side that holds a negative word is still read clause by clause
(clauses end at punctuation and at conjunctions): where the negated predicate and the word after it stand together in a
clause of it that holds none, and no negative subject ("none of", "nadie") came before, that clause says them plainly
("... have adapted to humans well and their transmission is unsustainable"). Whatever words the two sides chose, an
English "do", "does" or "did" before a verb with no "not" ("Paul Gadd did attend the hearing") where the other side
says, or its translation says, that auxiliary with "not" ("no asistió": "did not assist") is the dropped negation's
trace: English writes that emphasis only against a negative before it ("none of the films do represent"), which leaves
the pair alone. Against a Spanish that says one negation of the verb the English "do" stands before, that "do" is its
trace, whatever auxiliary Apertium wrote ("If he does react" / "En caso de que no reaccione": "do not react"); not after
a modal or "to", where "do" is the main verb ("will do well"). So is a "yet" right after an auxiliary ("The device is
yet available", not "has yet to"), after no negative word, where the other side says "still" or "yet" with its negation
("todavía no se encuentra"). And a Spanish side without the negation whose "ni" or "sino" has no negative word before it
("Se pare ni se siente cerca", "era un mar, sino una pulsión"), or whose "ningún" follows a verb with none before it
("puede que genere ningún impacto"), breaks Spanish grammar exactly where a "no" was taken out. Predicates are compared
by crude stem (a short verb's meeting its regular forms: "ask" / "asked", "fire" / "fired", ``inflected_predicates``)
after an irregular English verb form is brought back to its base ("is not known" / Apertium's "It knows" for "Se sabe")
and Apertium's word for a verb brought to the English one ("no llevaba puesto": "did not spend put", wearing; "no se
detuvo": "did not detain", stopped; "no perdió el plazo": "did not lose", missed; "no buscará": "will not look for",
seek; "fracasaron", left as it is: failed),
an English phrasal verb is also the words a translation says it with ("will not give up" / "Nos rendiremos": "We will
surrender"; "have not ruled out" / "descartó", left as it is; "did not tip over" / "volcó": "dumped"), and an event of decision-mismatch's table (a rise, an
opening, a hiring) is said by any of its words ("did not increase" / "aumentaron", which Apertium renders "augmented").
A negated decision, or an event that rule reads with its negation ("did not approve", "is not required", "did not
survive"), is decision-mismatch's, which names both sides' words (a decision only where the other side says one for
it to compare: "failed to win enough votes" / "obtuvo suficientes votos" is read here); an opening or a closing
denied ("will not open") is read there as its opposite, and is left alone here where the other side says that
opposite ("permanecerá cerrada").

An event of that rule's read after the negative word, where the other side says the same event ("No se emitieron
alertas" / "Tsunami warnings were issued": issued on both sides), is read here: that rule reads the two alike. And a
Spanish "cuidado" turns a negation only as a warning's ("ten cuidado de no"), not as care ("no cubre el cuidado
dental").

Measured on the 6,569 faithful sentence pairs of the dev corpus first written in English or Spanish: 2 findings,
a paraphrase ("Pre-operative" / "aún no se han operado") and a WMT translation that turned its negation round
("were detained but not charged" / "no fueron detenidas pero están imputadas"). On the pairs of it whose two sides
both say a negation, the one negation of the English side taken out is found in 59%, of the Spanish side in 58%
(tests/test_rule_negations.py):
the others keep another negative word in the predicate's clause ("sin", "ni", "todavía": a paraphrase could not be
told apart) or say the predicate in other words than the translation ("attend" / "assisted"). A warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from bilingo.findings import one_sided_findings, prepare_sentences, side_name, side_texts, words_finding
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.words import IRREGULAR_ENGLISH, fold, holds_any, stem
from bilingo.settings import Settings

RULE = "negation-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.6
PREDICATE_REACH = 4  # words looked at after a negation for its predicate
FOLLOWING_REACH = 3  # and after the predicate for the content word that follows it

_ENGLISH_AUXILIARIES = (r"do|does|did|is|are|was|were|am|be|has|have|had|will|would|can|could|should|shall|may|might|"
                        r"must|need")
_CLAUSAL_NEGATION = {
    "en": re.compile(
        # (an adverb may come between: "is still not satisfied", "will probably not be accepted")
        rf"\b(?:{_ENGLISH_AUXILIARIES})\s+(?:(?:still|also|probably|certainly|definitely|simply|usually|often|just|"
        r"really|likely|already|clearly|obviously|apparently|generally)\s+)?not\b"
        r"|\b(?:do|does|did|is|are|was|were|has|have|had|would|could|should|must|need)n['’]t\b"
        r"|\b(?:can|won)['’]t\b|\bcannot\b|\bnever\b|\bno\s+longer\b"
        # a subject denied ("No arrests have been made", "no injuries were reported"; "Se han realizado arrestos")
        r"|\bno\s+(?=[a-z]+\s+(?:have|has|had|was|were|is|are|will|would|could|can)\b)"
        # (and, in what someone says, its noun's words before it: "said no credit card numbers were stolen"; not "no
        # matter who was")
        r"|(?:(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s)|(?<=\bconfirmed\s)|(?<=\breported\s))no\s+(?!matter\b)"
        r"(?=(?:[a-z]+\s+){2,3}?(?:have|has|had|was|were|is|are|will|would|could|can)\b)"
        # "not even" ("Not even the mayor voted"), and "neither" right before a verb in the past, as Apertium renders
        # "tampoco asistió" ("neither assisted"; not "neither candidate", "neither ... nor")
        r"|\bnot\s+even\b|\bneither\s+(?=[a-z]+ed\b(?!(?:\s+[\w'’-]+){0,4}\s+nor\b))"
        # an infinitive denied: "were told not to drink the water", "decided not to reopen" ("que no beban", "decidió
        # no reabrir"); not "whether or not to", nor the idioms "not to mention", "not to say", "not to be confused"
        r"|(?<!\bor\s)\bnot\s+to\s+(?!(?:mention|say|speak|be\s+confused)\b)"
        # a contracted auxiliary before "not" ("It's not safe", "they're not coming"; not "Smith's not-guilty plea")
        r"|\b[^\W\d_]+['’](?:s|re|m|ve|ll|d)\s+not\b(?![- ]guilty\s+plea)"
        # "there is no" ("no hay"), not in the idioms translators say their own way ("no point": "es una tontería",
        # "no doubt": "sin duda", "no shortage": "abundan")
        r"|\bthere\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)\s+no\b"
        r"(?!\s+(?:point|need|doubt|question|way|reason|telling|denying|shortage|end|limit|choice|alternative)\b)"
        # "found no evidence", "has no suspects" ("no encontró pruebas", "no tiene sospechosos"): a verb's object
        # denied, the same idioms aside
        r"|\b(?:found|finds|find|showed|shows|show|saw|sees|see|has|have|had|reported|reports|uncovered)\s+no\b"
        r"(?!\s+(?:point|need|doubt|question|way|reason|telling|denying|shortage|end|limit|choice|alternative|one|"
        r"longer|more|less|matter|fewer)\b)"
        # a refusal or a failure to act: "declined to comment" is "no quiso comentar" or "se negó a comentar", not
        # "comentó" ("did not fail to" is none)
        r"|(?<!not )(?<!n't )(?<!never )\b(?:(?:declin|refus|fail)(?:e|es|ed|ing|s)?|unable)\s+to\b"
        # a lack: "lacks the money" is "no tiene el dinero" ("lack of" is a noun: "for lack of funds")
        r"|\black(?:s|ed|ing)?\b(?!\s+of\b)"
        # "has yet to decide": "todavía no ha decidido" ("is yet available" is Apertium's trace, below)
        r"|\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b"
        # (and how Apertium renders "se negó a comentar", "se niega a cooperar", "rehusó a testificar": "denied to
        # comment", "denies to cooperate", "rejected to")
        r"|\b(?:denied|denies|rejected)\s+to\s+(?=[a-z]+\b)"
        # "unclear": a "not clear" in one word, its predicate "clear" ("No está claro" / "Está claro")
        r"|(?<!not )(?<!n't )\bun(?=clear\b)",
        re.IGNORECASE,
    ),
    # "no", "nunca", "jamás" before a word with a verb's ending (an irregular future too: "no podrán", "no tendrá"),
    # past the pronouns and auxiliaries between them; not "no solo", "no obstante", "no más que" (only), "no sea
    # que", "no deja de" (keeps on), "no hace mucho" (recently), "no es que", "no es porque" (not that, not because),
    # "no quitar los ojos de" (keep an eye on)
    "es": re.compile(
        # (Apertium's "has yet to decide": "ha todavía para decidir", which no one writes)
        r"\b(?:ha|han|había|habían|haber|es|son|era|eran)\s+todav[ií]a\s+para\s+(?=[a-záéíóúñ]+r\b)|"
        r"\b(?:no|nunca|jam[aá]s|tampoco|ni\s+siquiera)\s+"
        r"(?!(?:es|era|fue)\s+(?:porque|que)\b|s[oó]lo\b|solamente\b|[uú]nicamente\b|obstante\b|m[aá]s\s+que\b|"
        r"menos\b|sea\s+que\b|dej\w+\s+de\b|(?:de|del|a|al|en|con|por|para|un|una|el)\b|"  # (a preposition: no verb)
        r"hace\s+(?:mucho|poco|tanto)\b|"
        # ("no quitar los ojos de": to keep an eye on)
        r"(?:(?:le|les|lo|la|los|las|me|nos|te|se|va|van|vamos|voy|vas|a)\s+){0,3}quit\w*\s+(?:el|los|la|sus?)\s+"
        r"(?:ojos?|vista|mirada)\b)"
        r"(?:(?:se|le|les|lo|la|los|las|me|nos|te|os|ha|han|he|hemos|has|hab[ií]a|hab[ií]an|habr[ií]a|ya)\s+)*"
        # (the copula's present too, which no ending says: "no es", "no están")
        r"(?:hay|haya|hubo|habr[aá]|es|son|fueron|est[aá]n?|est[aá]s|estoy|soy|somos|"
        r"[a-záéíóúüñ]+(?:[aeií]r|[aeé]n?|[oó]|ado|ido|aba|ía|ían|aron|ieron|ar[aá]n?|"
        r"er[aá]n?|ir[aá]n?|r[ií]an?|r[aá]n|rá|mos|ste|ndo|an|en|as|es))\b",
        re.IGNORECASE,
    ),
}
_CUES = {"en": ("not", "n't", "n’t", "never", "no longer", "no ", "declin", "refus", "fail", "unable", "unclear",
                "denied", "denies", "rejected", "lack", "neither", "yet to"),
         "es": ("no ", "nunca", "jamás", "jamas", "neg", "nieg", "rehus", "rehús", "tampoco", "siquiera",
                "todavía para")}
# A refusal before the verb it refuses, as the English "refused to" is: "se negó a comentar", "rehusó declarar"
_SPANISH_REFUSAL = re.compile(r"\b(?:se\s+(?:neg(?:ó|aron|aba|aban|ará|arán)|nieg(?:a|an))|"
                              r"(?:se\s+)?reh[uú]s(?:ó|aron|a|an|aba|aban))\s+(?:a\s+)?", re.IGNORECASE)
# Any other way to say "no" ("without", "unable", "ileso" aside): where the side that lacks the negation holds one,
# it may say the negation in its own words.
_NEGATIVE_WORD = {
    "en": re.compile(
        r"\b(?:not|never|no|none|nobody|nothing|neither|nor|nowhere|without|cannot|non|fail\w*|unable|absen\w*|"
        r"lack\w*|avoid\w*|refus\w*|yet|hardly|barely|rarely|seldom|instead\s+of|rather\s+than|prevent\w*|free|"
        r"except\w*|unless|"
        r"den(?:y|ied|ies|ying)|little|few|fewer|only|remains?\s+to\s+be|stop\w*|ceas\w*|declin\w*|prohibit\w*|"
        r"ban(?:s|ned|ning)?|forbid\w*|neglect\w*|ignor\w*|"
        # (not a thing missed, said of its noun: "back pay for the missed shifts")
        r"(?<!\bthe\s)(?<!\bany\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)miss(?:ed|es|ing)?|beyond|too|lost|impossib\w*|"
        r"s[ia]t(?:s|ting)?\s+out|sidelined|benched|skip(?:s|ped|ping)?|"  # (a player who "sat out": "no jugó")
        r"insufficien\w*|inadequa\w*|"
        r"incapab\w*|inabilit\w*|illegal\w*|invalid\w*|incorrect\w*|inaccura\w*|incomplet\w*|zero|against|far\s+from|"
        r"difficult\w*|hard|harder|out\s+of|away\s+from|"
        r"(?:stay|keep|kept)\w*\s+(?:off|clear\s+of)|"  # ("stay off the roads" / "que no salieran a las carreteras")
        r"waiv\w*|exempt\w*|"  # ("will waive application fees" / "no cobrará la solicitud")
        r"(?:stripped|deprived|devoid|bereft|short)\s+of|"
        r"turn(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?away|"
        r"(?:until|till)(?!\s+further\s+notice\b)|"
        r"doubt\w*|dis(?:agree|allow|approv|prov|continu|qualif|miss|regard|credit|like)\w*|"
        r"un(?!der|til|it|ion|iver|iqu)[a-z]{3,}|under-?(?:develop|fund|staff|report|estimat|perform|utili[sz]|us|serv|"
        r"valu|represent|resourc|paid|power|equipp)\w*|asymptomatic|neutral|\w+-free|\w{3,}less)\b|n['’]t\b|\bnon-",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:no|nunca|jam[aá]s|nadie|nada|ningun[oa]s?|ningún|ni|tampoco|sin|apenas|imposib\w*|impid\w*|"
        r"imped\w*|evit\w*|falt\w*|carec\w*|dej\w+\s+de|poc[oa]s?|neg(?!oci|r)\w*|rechaz\w*|salvo|excepto|"
        r"(?:a\s+)?menos\s+(?:de|que)|"
        r"descono\w*|desment\w*|desmient\w*|descart\w*|desestim\w*|desaprob\w*|desautoriz\w*|exclu[iy]\w*|"
        r"inexist\w*|ausen\w*|prohib\w*|incapa\w*|insuficien\w*|ilegal\w*|s[oó]lo|solamente|[uú]nicamente|"
        r"hasta(?!\s+(?:nuevo|pr[oó]ximo)\s+aviso\b)|"
        r"todav[ií]a|a[uú]n|cero|dud\w*|in(?:v[aá]lid|correct|complet|necesari|segur|ciert|[uú]til|adecuad)\w*|"
        r"asintom\w*|lejos|contra|dif[ií]cil\w*|complicad\w*|incumpl\w*|fracas\w*|reh[uú]s\w*|deneg\w*)\b",
        re.IGNORECASE,
    ),
}
# The negative words a machine translation may lose, read in the original of a side whose translation is read for the
# others: Apertium renders "que ningún estado reconoce" as "that any state recognises", "apenas ha cambiado" as
# "grieve has changed", "dejaremos de ser" as "will leave to be", "que un país incumpla" as "that a country break"
_LOST_IN_TRANSLATION = {
    "en": re.compile(r"\b(?:no|not|none|nobody|nothing|neither|nor|never|nowhere)\b|n['’]t\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:no|ningun[oa]s?|ningún|nadie|nada|ni|tampoco|nunca|jam[aá]s|apenas|dej\w+\s+de|"
                     r"incumpl\w*|fracas\w*|reh[uú]s\w*|deneg\w*|carec\w*|"
                     # ("se puede excluir la posibilidad": ruled out; Apertium's "exclude" is no negative word in
                     # English, where "can be excluded" is as often the "cannot be excluded" it lost)
                     r"exclu[iy]\w*)\b", re.IGNORECASE),
}
# words between a negation and its predicate: auxiliaries, adverbs, articles, pronouns
_NOT_PREDICATES = frozenset(
    "be been being have has had yet even ever always before antes only just really fully formally officially "
    "immediately "
    "directly currently also so too necessarily actually entirely completely quite very much get got to a an the all "
    "any enough more less as that this long far until least exactly simply particularly likely sure one of it them do "
    "him her us you me i he she they we there their its in on at by for with from "
    "se le les lo la los las me nos te os ha han he hemos has habia habian habria ya sido esta estan es son fue "
    "fueron estaba estaban muy tan siquiera va van voy vamos go goes going "
    # possessives and the short words between a verb and its object ("exit of his homes", "salgan de sus hogares")
    "his my our your de del al en con por para un una unos unas su sus mi mis tu tus nuestro nuestra "
    # the Spanish adverbs of degree and the demonstratives ("no está completamente desarrollado", "no es aquella")
    "completamente totalmente plenamente enteramente necesariamente exactamente realmente siempre "
    "aquel aquella aquello aquellos aquellas ese esa eso esos esas este esto estos estas "
    # and numbers in words, which say how many of the object ("had not taken two beers", "dos cervezas")
    "two three four five six seven eight nine ten dos tres cuatro cinco seis siete ocho nueve diez".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[,;:.!?()\"«»“”]")


# "not only", "not just", "not so much": an emphasis, not a negation ("no solo" is left out by the Spanish pattern);
# "don't forget", "no dude en", "did not fail to": an affirmation ("recuerde", "no hesite", "logró"); "did not fail"
# with no "to" after it is a negation ("The talks did not fail")
_NOT_A_NEGATION = re.compile(r"\b(?:only|just|solely|merely|simply|sole|exclusively|much|forget|forgot|forgotten|"
                             r"hesitate|miss|olvid\w*|dud\w*|s[oó]lo|solamente|"
                             r"[uú]nicamente)\b", re.IGNORECASE)
_FAIL_TO = re.compile(r"fail(?:ed|s)?\s+to\b", re.IGNORECASE)
# A negation translators say the other way: "not until Monday" is "only on Monday" ("hasta el lunes", "a partir del
# lunes"), "be careful you won't get lost" is "cuidado, podría perderse"
# ("cuidado" only as a warning's, "ten cuidado", "con cuidado": "el cuidado dental" is dental care)
_NEGATION_TURNED = {"en": re.compile(r"\b(?:until|till|before|careful)\b", re.IGNORECASE),
                    "es": re.compile(r"\b(?:hasta|antes|(?:ten|tenga|tengan|tener|tenemos|tienen|tiene|tenía|con|"
                                     r"mucho|gran|sumo)\s+cuidado)\b", re.IGNORECASE)}


# the words Apertium gives for a newsroom's verbs, by stem, and the verb the English writes: "fue acusado" is "was
# accused" (charged), "asistió" "assisted" (attended), "fue divulgada" "was divulged" (released), "celebró una
# elección" "celebrated" (held), "heridos" "wounded" (injured, hurt)
_APERTIUM_STEMS = {"accus": "charg", "assis": "atten", "divul": "relea", "discl": "relea", "celeb": "hold",
                   "wound": "injur", "hurt": "injur", "seatb": "belt",
                   # "no llevaba puesto": "did not spend put"; "no perdió el plazo": "did not lose"; "no se detuvo":
                   # "did not detain"; "no logró llegar a": "did not attain to arrive to"; "fracasaron" is left as it
                   # is ("The negotiations fracasaron"); "stopped" keeps its doubled "p"
                   "spend": "wear", "miss": "lose", "detai": "stop", "stopp": "stop", "attai": "reach",
                   "arriv": "reach", "fraca": "fail",
                   # "reconstruir": "reconstruct", against "rebuild"
                   "recon": "rebui",
                   # "fumigar": "fumigate", against "spray"; "regar": "irrigate", against "water" (a lawn)
                   "fumig": "spray", "irrig": "water",
                   # "reparaciones": "reparations", against "repairs"
                   "repar": "repai",
                   # "no buscará": "will not look for", against "seek"
                   "look": "seek",
                   # "pregunta": "question", against "ask"; "no recibirán pago": "payment", against "paid"
                   "quest": "ask", "payme": "pay",
                   # "reembolsar" is left as it is, "reimburse" against "refund"
                   "reemb": "refun", "reimb": "refun",
                   # "vacunaría" is left as it is, against "vaccine", "vaccinated"
                   "vacun": "vacci",
                   # "revisado por pares": "revised by pairs", against "peer-reviewed"
                   "revis": "revie",
                   # "Es seguro que": "It is sure that", against "unclear" ("clear")
                   "sure": "clear",
                   "worry": "worr", "worri": "worr"}  # ("worried", "worry" and "worries" stem three ways)
# Apertium's words whose stem is another verb's ("concede" and "concerned" share "conce"), brought to the English one
# whole: "preocupado" is "concerned", against "worried", "preocúpese" "concern", against "worry"
_APERTIUM_WORDS = {"concerned": "worried", "concern": "worry"}


@lru_cache(maxsize=1 << 16)
def predicate_stem(word: str) -> str:
    """The crude stem (``stem``) of a word as the predicates of negations are compared, an irregular English verb
    form brought back to its base first ("known", "knew" and "knows" are "know"), and Apertium's word for a verb the
    English writes otherwise brought to that verb (``_APERTIUM_STEMS``: "accused" is "charged"; ``_APERTIUM_WORDS``:
    "concerned" is "worried")."""
    folded = fold(word)
    folded = _APERTIUM_WORDS.get(folded, folded)
    stemmed = stem(IRREGULAR_ENGLISH.get(folded, folded))
    return _APERTIUM_STEMS.get(stemmed, stemmed)


# English phrasal verbs and the words a translation says them with (Apertium's for the Spanish verb, or the Spanish verb
# where Apertium leaves it as it is): "We will not give up" / "Nos rendiremos" ("We will surrender") says the verb
# the English denies, though "give" is none of its words
_PHRASAL_VERBS = {
    "give up": "surrender quit renounce abandon desist yield", "give in": "yield surrender",
    "step down": "resign", "stand down": "resign withdraw", "shut down": "close clausurar",
    "close down": "close clausurar", "call off": "cancel suspend annul", "put off": "postpone delay",
    "turn down": "refuse reject decline", "carry out": "perform realise realize conduct execute",
    "show up": "appear present attend", "turn up": "appear", "find out": "discover learn averiguar enterar",
    "come back": "return", "look into": "research investigate examine", "put out": "extinguish",
    "pull out": "withdraw remove", "back out": "withdraw", "drop out": "abandon withdraw remove",
    "rule out": "discard exclude descartar", "sign up": "inscribe register enrol enroll", "pick up": "collect",
    "point out": "signal indicate", "set up": "establish create install", "take over": "assume",
    "slow down": "slow reduce decelerate", "blow up": "explode burst", "run out": "exhaust",
    "back down": "retreat yield retract", "speed up": "accelerate", "tear down": "demolish",
    "wipe out": "destroy eliminate",
    # ("volcó": "dumped", "overturned"; "se volcó": "it turned over")
    "tip over": "dump overturn turn capsize volcar", "roll over": "dump overturn turn capsize volcar",
    "flip over": "dump overturn turn capsize volcar",
}
_PARTICLE = re.compile(r"\s+(up|down|off|out|back|over|in|into)\b", re.IGNORECASE)
_PHRASAL_VERB = re.compile(r"\b([^\W\d_]+)\s+(up|down|off|out|back|over|in|into)\b", re.IGNORECASE)


_SHORT_STEM = 4  # a stem this short is a whole word: "ask", "fire" (``stem`` keeps 4 letters at least)
_INFLECTIONS = ("ed", "d", "s", "es", "ing")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def inflected_predicates(predicates: tuple[str, ...]) -> frozenset[str]:
    """``predicates`` with the stems of the regular English forms of a short one, and the base of one that is such a
    form: ``stem`` leaves a word of four letters or fewer whole and strips no suffix that would leave fewer, so
    "asked" and "ask" (Apertium's "It will not ask" for "No se preguntará", against "will be asked"), "fired" and
    "fire" have two stems."""
    found = set(predicates)
    for predicate in predicates:
        if len(predicate) <= _SHORT_STEM:
            found.update((predicate + ending)[:5] for ending in _INFLECTIONS)
        for ending in _INFLECTIONS:
            base = predicate[: -len(ending)] if predicate.endswith(ending) else ""
            if 3 <= len(base) <= _SHORT_STEM:
                found.add(base)
        if predicate.endswith("in") and 3 <= len(predicate) - 2 <= _SHORT_STEM - 1:
            found.add(predicate[:-2])  # "askin": "asking" cut to five letters
    return frozenset(found)


def _verb_forms(base: str) -> set[str]:
    """The forms an English verb may take, regular and irregular (a form no verb takes is harmless)."""
    stripped = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", base + "es", stripped + "ed", stripped + "ing", base + base[-1] + "ed",
             base + base[-1] + "ing"}
    return forms | {form for form, its_base in IRREGULAR_ENGLISH.items() if its_base == base}


def _phrasal_table() -> dict[tuple[str, str], tuple[str, ...]]:
    """Each phrasal verb of ``_PHRASAL_VERBS`` by its verb's predicate stem (any form) and its particle: the
    predicate stems of the words a translation says it with."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for phrase, words in _PHRASAL_VERBS.items():
        verb, particle = phrase.split()
        said_with = tuple(predicate_stem(word) for word in words.split())
        for key in {(predicate_stem(form), particle) for form in _verb_forms(verb)}:
            table[key] = tuple(dict.fromkeys(table.get(key, ()) + said_with))
    return table


_PHRASAL_SAID_WITH = _phrasal_table()


def phrasal_predicates(verb: str, particle: str) -> tuple[str, ...]:
    """The predicate stems a translation may say ``verb`` followed by ``particle`` with ("gave up": "surre",
    "quit"...), none if they are no phrasal verb of ``_PHRASAL_VERBS``."""
    return _PHRASAL_SAID_WITH.get((predicate_stem(verb.lower()), particle.lower()), ())


# "never ... before", "nunca antes": never till now; "until further notice", "hasta nuevo aviso": for as long as
# the order stands. No bound turned round ("should not drink the water until further notice" / "pueden beber el agua
# hasta nuevo aviso" is a warning lifted)
_NEVER_BEFORE = {"en": re.compile(r"\bnever\b(?:\W+\w+){0,4}?\W+before\b|\b(?:until|till)\s+further\s+notice\b",
                                  re.IGNORECASE),
                 "es": re.compile(r"\b(?:nunca|jam[aá]s)\s+antes\b|\bhasta\s+(?:nuevo|pr[oó]ximo)\s+aviso\b",
                                  re.IGNORECASE)}


def _negation_turned(side: _Side) -> bool:
    """Whether the negated side says its negation the way translators turn round (``_NEGATION_TURNED``: "not until
    Monday" is "hasta el lunes"), other than in "never ... before" ("a level never seen before" / "un nivel nunca
    antes visto") and "until further notice" ("hasta nuevo aviso")."""
    lang = "es" if side.lang == "es" else "en"
    turned = _NEGATION_TURNED[lang]
    text = _NEVER_BEFORE[lang].sub(lambda match: " " * len(match.group()), side.text)
    return turned.search(text) is not None


# "not before" turned round is "after" or "from" ("did not leave before noon" / "salió después del mediodía"); a side
# that keeps the "before" and says none of those lost the negation ("did not receive enough applications before the
# deadline" / "recibió suficientes solicitudes antes de la fecha límite"). "not until Monday" said as "el lunes" is
# faithful: "until" stays a turn whatever the other side says.
_BEFORE = {"en": re.compile(r"\bbefore\b", re.IGNORECASE), "es": re.compile(r"\bantes\b", re.IGNORECASE)}
_OTHER_TURNS = {"en": re.compile(r"\b(?:until|till|careful)\b", re.IGNORECASE),
                "es": re.compile(r"\b(?:hasta|cuidado)\b", re.IGNORECASE)}
_TURNED_INTO = {
    "en": re.compile(r"\b(?:until|till|after|from|starting|beginning|only|since|once|later|wait\w*)\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:hasta|despu[eé]s|a\s+partir|tras|reci[eé]n|s[oó]lo|solamente|[uú]nicamente|desde|"
                     r"una\s+vez|luego|m[aá]s\s+tarde|esper\w*)\b", re.IGNORECASE),
}


def _before_kept(negated: _Side, other: _Side) -> bool:
    """Whether the negated side's only turn is a "before" that the other side keeps, as written and as translated,
    saying nothing a turned negation becomes (``_TURNED_INTO``)."""
    lang, other_lang = ("es" if negated.lang == "es" else "en"), ("es" if other.lang == "es" else "en")
    compared_lang = "es" if other.compared_lang == "es" else "en"
    return (_OTHER_TURNS[lang].search(negated.text) is None
            and _BEFORE[other_lang].search(other.text) is not None
            and _TURNED_INTO[other_lang].search(other.text) is None
            and _TURNED_INTO[compared_lang].search(other.compared) is None)


# what an English "until" bounds, to its clause's end ("not to return until the order is lifted")
_UNTIL_BOUND = re.compile(r"\b(?:until|till)\b([^,.;:!?]*)", re.IGNORECASE)


def _bound_dropped(negated: _Side, other: _Side) -> bool:
    """Whether an English negation's "until" bounds something the other side does not say at all, in any turn: "urged
    residents not to return until the order is lifted" / "a regresar cuando quieran" lost the negation and its bound
    ("not until Monday" / "el lunes" keeps "Monday", a turn)."""
    if negated.lang != "en":
        return False
    other_text = other.compared if other.compared_lang == "en" else other.text
    if other.lang != "en" and other.compared_lang != "en":
        return False
    said = {predicate_stem(word.lower()) for word in _WORD.findall(other_text)}
    for match in _UNTIL_BOUND.finditer(negated.text):
        bound = [word for word in _WORD.findall(match.group(1))
                 if len(word) > 3 and fold(word) not in _NOT_PREDICATES and fold(word) not in ("further", "notice")]
        if bound and all(predicate_stem(word.lower()) not in said for word in bound):
            return True
    return False


# the verb of an object denied that is a predicate itself: "found no link" / "encontraron un vínculo" ("a bond", in
# Apertium's words) says the finding plainly whatever noun the translation chose ("has no" is left to its object)
_FINDING_VERB = re.compile(r"(?:found|finds|find|showed|shows|show|saw|sees|see|reported|reports|uncovered)\s+no\b",
                           re.IGNORECASE)


class Negation(NamedTuple):
    """A clausal negation of a sentence: from its first word to its predicate's end, and the stems of its predicate
    and of the content word after it in its clause ("did not attend the meeting": "atten", "meeti")."""

    start: int
    end: int
    predicates: tuple[str, ...]


# a superlative before "jamás" or "nunca" in its clause: "ever" ("el mayor incendio jamás registrado", "la persona más
# joven que nunca ha sido elegida")
_EVER_AFTER_SUPERLATIVE = re.compile(
    r"\b(?:el|la|los|las|lo|su|sus)\s+(?:[\w-]+\s+){0,2}?(?:m[aá]s|menos|mayor(?:es)?|menor(?:es)?|mejor(?:es)?|"
    r"peor(?:es)?|primer[oa]?s?|[uú]nic[oa]s?)\b[^,.;:!?]{0,50}$"
    # (or no article: "acontecimiento más inspirador al cual jamás haya asistido", "más alto que nunca")
    r"|\bm[aá]s\s+[\w-]+[^,.;:!?]{0,30}\b(?:que|cual|cuales|quien|quienes)\s*$", re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def negations(text: str, lang: str) -> tuple[Negation, ...]:
    """The clausal negations of ``text``, in text order; a negation with no content word after it (a question
    tag: "isn't it?") is not one."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    pattern = _CLAUSAL_NEGATION[lang]
    found = []
    matches = list(pattern.finditer(text))
    if lang == "es":
        matches = sorted(matches + list(_SPANISH_REFUSAL.finditer(text)), key=lambda match: match.start())
    for match in matches:
        if lang == "es" and match.group()[:1] in "nNjJ" and _EVER_AFTER_SUPERLATIVE.search(
                text, max(0, match.start() - 60), match.start()) and match.group().split()[0].lower() != "no":
            continue  # "el mayor incendio jamás registrado": the largest ever recorded
        # the Spanish pattern ends on its verb: the predicate is looked for from the word after "no" (after a
        # refusal, from its end: "se negó a comentar")
        after = (match.end() if lang != "es" or match.re is _SPANISH_REFUSAL
                 else match.start() + len(match.group().split()[0]))
        predicate = _content_word(text, after, PREDICATE_REACH)
        if (predicate is not None and not _NOT_A_NEGATION.search(text, after, predicate.end())
                and not _FAIL_TO.match(text, predicate.start())):
            following = _content_word(text, predicate.end(), FOLLOWING_REACH, longer_than=3)
            stems = (predicate_stem(predicate.group()),)
            if following is not None:
                stems += (predicate_stem(following.group()),)
            if lang == "en" and _FINDING_VERB.match(match.group()):
                stems += (predicate_stem(match.group().split()[0]),)
            if lang == "en" and _GOING_ANYWHERE.match(text, after):
                stems += (predicate_stem("go"),)  # ("We are not going anywhere" / "Nos vamos a ir": "go")
            end = _HYPHENATED_REST.match(text, predicate.end()).end()  # ("has not been peer-reviewed", whole)
            if lang == "en" and (particle := _PARTICLE.match(text, end)) is not None:
                said_with = phrasal_predicates(predicate.group(), particle.group(1))
                if said_with:
                    stems, end = stems + said_with, particle.end()  # ("will not give up")
            found.append(Negation(match.start(), end, stems))
    return tuple(found)


# the rest of a hyphenated predicate, which a word ends before ("peer-reviewed", "well-known")
_HYPHENATED_REST = re.compile(r"(?:-[^\W_]+)*")
# "going" is no predicate ("is not going to close"), but for where it goes
_GOING_ANYWHERE = re.compile(r"\s*going\s+anywhere\b", re.IGNORECASE)


def _content_word(text: str, position: int, reach: int, longer_than: int = 2) -> re.Match | None:
    """The first word of ``text`` from ``position`` that is not one of ``_NOT_PREDICATES``, within ``reach`` words
    and before a punctuation mark, if it is longer than ``longer_than`` letters."""
    for count, word in enumerate(_WORD.finditer(text, position)):
        if count >= reach or _CLAUSE_END.search(text, position, word.start()):
            return None
        folded = fold(word.group())
        if folded not in _NOT_PREDICATES:
            return word if len(folded) > longer_than else None
    return None


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _negative_words(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` holds a negative word of any kind (``_NEGATIVE_WORD``), clausal negations included."""
    return tuple(match.span() for match in _NEGATIVE_WORD["es" if lang == "es" else "en"].finditer(text))


def says_no_otherwise(text: str, lang: str, words: dict[str, re.Pattern] | None = None,
                      echoed: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` holds a negative word (``_NEGATIVE_WORD``, or ``words``) outside its clausal negations: a
    side that may say a negation in its own words ("without", "sin", "unable", "ileso" aside). The words of
    ``echoed`` (``echoed_negative_words``) do not count."""
    covered = _covered_by_negations(text, lang)
    found = (_negative_words(text, lang) if words is None
             else [match.span() for match in words["es" if lang == "es" else "en"].finditer(text)])
    return any(not covered(begin) and text[begin:end].lower() not in echoed for begin, end in found)


def echoed_negative_words(text: str, lang: str) -> frozenset[str]:
    """The negative words (``_NEGATIVE_WORD``) of ``_ECHOABLE`` that ``text``, the negated side, says outside its
    clausal negations, in lower case. Said on the other side too, such a word is this side's own, not its negation
    said otherwise:
    "does not protect against the variant" / "protege contra la variante" (read as "protects against") had been
    unseen, the "against" taken for the lost "not"."""
    if not holds_any(text, _ECHOABLE):
        return frozenset()  # (most sentences)
    covered = _covered_by_negations(text, lang)
    return frozenset(word for begin, end in _negative_words(text, lang)
                     if (word := text[begin:end].lower()) in _ECHOABLE and not covered(begin))


# the negative words that say a thing of their own, which a translation keeps beside the negation it may drop ("protects
# against", "free lunches"); the others ("only", "ceased", "little") may be how a translation says the negation:
# echoing every negative word gave five false findings on the faithful documents of the dev corpus
# ("unemployment" and "homeless" too: nouns of the news, which the negative words' "un…" and "…less" take in; any
# such word echoed, "unrest" among them, gave a false finding on the faithful documents)
_ECHOABLE = frozenset({"against", "contra", "free", "unemployment", "homeless", "homelessness"})


def plain_predicates(text: str, lang: str) -> set[str]:
    """The stems of the words of ``text`` that no clausal negation of it covers, and of the words a translation may
    say its phrasal verbs with (``_PHRASAL_VERBS``: "gave up" is also "surrendered")."""
    covered = _covered_by_negations(text, lang)
    said = {predicate_stem(word.group()) for word in _WORD.finditer(text) if not covered(word.start())}
    if lang == "en":
        for phrasal in _PHRASAL_VERB.finditer(text):
            if not covered(phrasal.start()):
                said.update(phrasal_predicates(phrasal.group(1), phrasal.group(2)))
    return said


_CLAUSE_BREAK = {
    "en": re.compile(r"[,;:.!?()\"«»“”]|\b(?:and|but|because|although|though|while|whereas|since|if|when|unless|which|"
                     r"who|whom|whose|that|so|or)\b", re.IGNORECASE),
    "es": re.compile(r"[,;:.!?()\"«»“”¿¡]|\b(?:y|e|pero|porque|aunque|mientras|pues|si|cuando|que|quien|quienes|cual|"
                     r"cuales|o|u)\b", re.IGNORECASE),
}


# A negative subject whose sentence may run over several clauses before its verb: "none of the three films, X, Y
# and Z, do represent"; the clauses after one are not read as plain.
_NEGATIVE_SUBJECT = {
    "en": re.compile(r"\b(?:none|neither|nobody|nothing|no\s+one)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:ninguno|ninguna|nadie|nada)\b", re.IGNORECASE),
}


def unnegated_clauses(text: str, lang: str, echoed: frozenset[str] = frozenset()) -> list[set[str]]:
    """The stems of the words of each of ``text``'s clauses that holds no negative word (``_NEGATIVE_WORD``) but
    those of ``echoed``, up to its first negative subject (``_NEGATIVE_SUBJECT``)."""
    lang = "es" if lang == "es" else "en"
    clauses = []
    start = 0
    for boundary in [*(match.start() for match in _CLAUSE_BREAK[lang].finditer(text)), len(text)]:
        clause = text[start:boundary]
        start = boundary
        if _NEGATIVE_SUBJECT[lang].search(clause):
            break
        if clause.strip() and all(match.group().lower() in echoed for match in _NEGATIVE_WORD[lang].finditer(clause)):
            clauses.append({predicate_stem(word.group()) for word in _WORD.finditer(clause)})
    return clauses


def _said_in_a_clause_without_negative_words(candidates, negated, other, segment_texts,
                                             echoed: frozenset[str]) -> tuple[int, Negation] | None:
    """The first negation whose predicate and the word after it (both, as written or both as translated) stand
    together in a clause of the other side that holds no negative word; None when none does.

    For a side that holds a negative word elsewhere ("No tsunami warning has been issued, ... because the quake did
    meet the magnitude" against "... el terremoto no alcanzó la magnitud"): the word may say another negation in
    its own clause, not this one's, which two predicates found together in a clause without one rule out. Or, where
    the translation renders the verb with another one ("had not finished an environmental review" / "había
    terminado ...": "had ended up an environmental review"), the negated clause's other words said in such a clause
    (``_clause_said_plainly``).
    """
    # a translated side is read in its translation only: its clauses' words are looked for there, and a sentence
    # left in the other language ("The gaffes are not as appalling" in the Spanish version) hides its negation
    # from the Spanish negative words
    clauses = unnegated_clauses(other.compared, other.compared_lang, echoed)
    for index, negation, as_translated in candidates:
        readings = [negation.predicates] + ([as_translated.predicates] if as_translated else [])
        if any(len(set(predicates)) == 2 and any(set(predicates) <= clause for clause in clauses)
               for predicates in readings):
            return index, negation
    for index, negation, as_translated in candidates:
        if negated.compared == negated.text:
            clause = _clause_words(segment_texts[index], negation, negated.lang)
        elif as_translated is not None:
            clause = _clause_words(negated.compared, as_translated, negated.compared_lang)
        else:
            continue
        if _clause_said_plainly(clause, clauses):
            return index, negation
    return None


# How much of a negated clause a clause of the other side must say for the two to be one statement (its content words
# of four letters or more, as stems): three of them at least, and three quarters. Measured on the dev corpus's
# negations taken out (``bench/measure_edits.py``) against its faithful pairs: two thirds, or two words, found
# statements no translation had changed.
CLAUSE_ECHO_WORDS = 3
CLAUSE_ECHO_SHARE = 0.75


def _clause_words(text: str, negation: Negation, lang: str) -> set[str]:
    """The stems of the content words of the clause of ``text`` that holds ``negation``, its negative word left
    out."""
    lang = "es" if lang == "es" else "en"
    breaks = [match.start() for match in _CLAUSE_BREAK[lang].finditer(text)]
    begin = max((position for position in breaks if position <= negation.start), default=0)
    end = min((position for position in breaks if position >= negation.end), default=len(text))
    return {predicate_stem(word.group()) for word in _WORD.finditer(text, begin, end)
            if len(word.group()) > 3 and fold(word.group()) not in _NOT_PREDICATES
            and not _NEGATIVE_WORD[lang].fullmatch(word.group())}


def _clause_said_plainly(negated_clause: set[str], plain_clauses: list[set[str]]) -> bool:
    """Whether one of ``plain_clauses`` (the other side's clauses without a negative word) says enough of
    ``negated_clause``'s words to be the same statement."""
    if len(negated_clause) < CLAUSE_ECHO_WORDS:
        return False
    return any(len(common) >= CLAUSE_ECHO_WORDS and len(common) >= CLAUSE_ECHO_SHARE * len(negated_clause)
               for common in (negated_clause & clause for clause in plain_clauses))


# "do", "does" or "did" before a verb with no "not" between: an emphasis English seldom writes ("the quake did meet
# the requirement"), and what a "did not" leaves where its "not" was dropped. Not before what follows the main verb
# "do" ("did the work", "do so", "does it", "do very well") or a question's subject, nor after a modal or "to"
# ("will do", "to do"), where "do" is the main verb.
_EMPHATIC_DO = re.compile(
    r"(?<!will )(?<!would )(?<!can )(?<!could )(?<!should )(?<!may )(?<!might )(?<!must )(?<!to )(?<!'ll )"
    r"\b(do|does|did)\s+(?!(?:not|n't|so|very|pretty|fairly|quite|extremely|badly|poorly|fine|great|the|a|an|it|"
    r"this|that|these|those|what|nothing|anything|something|everything|well|more|much|all|both|their|his|her|its|"
    r"our|your|my|we|they|you|he|she|i|there|here|to|in|on|at|"
    r"for|with|by|of|as|and|or|but|if|not|no|any|some|one|business|likewise|too|also|wrong|right|good|harm|damage|"
    r"justice|away|better|worse|best|worst|just|them|him|me|us|exactly|otherwise|whatever|less|fewer|little|lots|"
    r"plenty|enough|every|each|several|many|most|such|everyone|anyone|someone|nobody|none)\b)([a-z]+)\b",
    re.IGNORECASE,
)
# "yet" right after an auxiliary, before a word that is not "to": what "is not yet available" leaves without its
# "not" ("has yet to decide" is a negation of its own), read where the other side says "still"/"yet" with a negation
_BARE_YET = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did)\s+yet\s+(?!to\b)[a-z]+", re.IGNORECASE)
_STILL = re.compile(r"\b(?:yet|still|todav[ií]a|a[uú]n)\b", re.IGNORECASE)
# what an emphatic "do" answers in sentences that mean it: "none of the films do represent", "Not many cases are
# reported ..., though a fraction do get pneumonia"
# where the English says a negation in these words, the Spanish "no" may be that negation ("shared it with nobody" /
# "no lo hemos compartido con nadie", "failed to find" / "no encontró"), whatever emphasis the English says
_NEGATION_IN_OTHER_WORDS = re.compile(r"\b(?:no|nobody|nothing|none|neither|nor|without|fail\w*|unable|refus\w*|"
                                      r"den(?:y|ied|ies|ying))\b", re.IGNORECASE)
# the Spanish emphasis that translates an English "do": "Sí tenemos un plan" ("We do have a plan"); not "sí mismo",
# "para sí", "entre sí"
_SPANISH_EMPHASIS = re.compile(r"(?<!para )(?<!entre )(?<!de )(?<!en )\bsí\b(?!\s+mism[oa]s?\b)", re.IGNORECASE)
_CONTRASTED = re.compile(r"\b(?:none|neither|nobody|nothing|no\s+one|not\s+(?:many|all|every|much)|few)\b",
                         re.IGNORECASE)


def _emphatic_auxiliary_in_its_place(aligned, candidates, negated, other) -> tuple[int, Negation] | None:
    """The first negation that says "do/does/did not" (as written, or in its translation) where the other side's
    English says the same auxiliary without "not" before a verb ("did not attend" / "did attend"), after nothing
    it would contrast with ("none of the films do represent"): the "not" was dropped from that very phrase,
    whatever words the two sides chose around it. Where the negated side is the Spanish and says one negation no
    other rule reads, the English "do" is its trace whatever Apertium made of the Spanish and whatever verbs the two
    sides chose, when its translation negates the verb the "do" stands before ("If he does react" / "En caso de que
    no reaccione": "do not react"), unless the Spanish says the emphasis with its
    "sí" ("Sí tenemos un plan") or the English says a negation in other words ("shared it with nobody", "failed to
    find"), which the Spanish "no" may be. Or the first negation at all where the
    English says "yet" right after an auxiliary ("is yet available") and the negated side "still" or "yet"."""
    english = other.text if other.lang == "en" else other.compared if other.compared_lang == "en" else None
    if english is None:
        return None
    bare_yet = _BARE_YET.search(english)
    if (candidates and bare_yet and _STILL.search(negated.compared)
            and not _LOST_IN_TRANSLATION["en"].search(english, 0, bare_yet.start())):
        # "The device is yet available" / "todavía no se encuentra" ("still does not"); not after a negative word
        # of its own ("no charges had yet been filed")
        return candidates[0][:2]
    emphases = [match for match in _EMPHATIC_DO.finditer(english) if not _CONTRASTED.search(english, 0, match.start())]
    if not emphases:
        return None
    emphatic = {match.group(1).lower() for match in emphases}
    for index, negation, as_translated in candidates:
        for text, lang, reading in ((_segment_text(aligned, negated.name, index), negated.lang, negation),
                                    (negated.compared, negated.compared_lang, as_translated)):
            if text is None or reading is None or lang != "en":
                continue
            words = text[reading.start:reading.end].split()
            if len(words) > 1 and words[1].lower() == "not" and words[0].lower() in emphatic:
                return index, negation
    if (other.lang == "en" and negated.lang == "es" and len(candidates) == 1 and candidates[0][2] is not None
            and not _SPANISH_EMPHASIS.search(negated.text) and not _NEGATION_IN_OTHER_WORDS.search(other.text)):
        # the English as written against the one Spanish negation, whose translation negates the verb the English
        # "do" stands before ("does react" / "no reaccione": "do not react")
        verbs = {predicate_stem(match.group(2)) for match in emphases}
        if not verbs.isdisjoint(candidates[0][2].predicates):
            return candidates[0][:2]
    return None


# Spanish words that need a negation before them ("no ... ni ...", "no X sino Y"), and the negative words that give
# them one ("sin agua ni jabón", "nunca ... ni")
_NEEDS_A_NEGATION = re.compile(r"\b(?:ni(?!\s+siquiera\b)|sino)\b", re.IGNORECASE)  # "ni siquiera" is one itself
_NEGATIVE_BEFORE_ES = re.compile(r"\b(?:no|nunca|jam[aá]s|tampoco|ni|nada|nadie|ningun[oa]s?|ningún|sin|apenas)\b",
                                 re.IGNORECASE)
_NI = re.compile(r"\bni\b", re.IGNORECASE)
_QUESTION_ES = re.compile(r"[¿?]|\b(?:quién|qué|cuál|cómo|dónde)\b", re.IGNORECASE)  # (accented: "que" is no question)


def orphan_negative_concord(text: str) -> re.Match | None:
    """The first "ni" or "sino" of a Spanish sentence with no negative word before it ("Se pare ni se siente cerca",
    "el Mediterráneo era un mar, sino una pulsión"), which Spanish grammar does not allow: the trace of a "no"
    taken out. A sentence opening on "Ni" ("Ni Juan ni María vinieron"), a pair of them ("que ni habla ni
    denuncia", "ni más ni menos") and a question's "sino" ("¿quién sino ella?") need none."""
    first_negative = _NEGATIVE_BEFORE_ES.search(text)
    opening = len(text) - len(text.lstrip(" ¿¡\"'«“‘(—-"))  # where the sentence's first word starts
    question = None  # (looked for once, when a "sino" asks)
    for match in _NEEDS_A_NEGATION.finditer(text):
        if match.start() == opening:
            continue
        if first_negative is not None and first_negative.start() < match.start():
            return None
        if match.group().lower() == "ni" and _NI.search(text, match.end()):
            return None  # a pair negates on its own: "que ni habla ni denuncia", "ni más ni menos"
        if match.group().lower() == "sino":
            question = question if question is not None else _QUESTION_ES.search(text) is not None
            if question:
                continue
        return match
    return _orphan_ningun(text)


# "ningún" after a verb needs a "no" before the verb ("no genera ningún impacto"); before the verb, after a
# preposition or a conjunction it is a negation itself ("Ningún estado reconoce", "que ningún estado", "en ningún
# caso", "sin ningún problema", "casi ningún país")
_AFTER_A_WORD_NINGUN = re.compile(r"\b([^\W\d_]+)\s+(ning[uú]n[oa]?s?)\b", re.IGNORECASE)
_NINGUN = re.compile(r"ning[uú]n[oa]?s?", re.IGNORECASE)
_NINGUN_MAY_FOLLOW = frozenset(
    "a ante bajo con contra de desde en entre hacia hasta para por segun sin sobre tras que y e o u ni pero si "
    "cuando donde como porque aunque mientras casi practicamente absolutamente cual cuales quien quienes cuyo cuya "
    "cuyos cuyas "
    # adverbs and time phrases that may open a clause before its subject ("Entonces ningún sucesor emerge", "Hasta el
    # momento ningún grupo ha reivindicado el ataque")
    "entonces ahora hoy ayer manana aqui alli ahi asi ademas tambien todavia aun ya luego despues antes quizas "
    "quiza acaso incluso momento fecha dia ano semana mes vez noche tarde".split())


def _orphan_ningun(text: str) -> re.Match | None:
    """The first "ningún" (ninguna, ninguno...) of a Spanish sentence right after a word that may be its verb, with
    no negative word before it ("puede que genere ningún impacto"): ungrammatical, the trace of a "no" taken out."""
    opening = len(text) - len(text.lstrip(" ¿¡\"'«“‘(—-"))
    for match in _AFTER_A_WORD_NINGUN.finditer(text):
        word = fold(match.group(1))
        if match.start(1) == opening or word in _NINGUN_MAY_FOLLOW or word.endswith("mente"):
            continue  # (a sentence's first word before "ningún" is seldom its verb: "Entonces", "Hoy")
        before = _NEGATIVE_BEFORE_ES.search(text, 0, match.start(2))
        return None if before is not None else _NINGUN.match(text, match.start(2))
    return None


def _covered_by_negations(text: str, lang: str):
    """A test of whether a position of ``text`` lies inside one of its clausal negations (a binary search over
    them: a text without punctuation may hold thousands)."""
    found = negations(text, lang)
    starts = [negation.start for negation in found]
    reach, ends = 0, []
    for negation in found:  # how far the negations up to each one reach (their spans may overlap)
        reach = max(reach, negation.end)
        ends.append(reach)

    def covered(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    return covered


def _predicate_start(text: str, negation: Negation) -> int:
    """Where the verb of ``negation`` starts: its last word, or the word before a phrasal verb's particle ("will not
    give up": "give")."""
    last_space = text.rfind(" ", negation.start, negation.end)
    if _PARTICLE.fullmatch(text, last_space, negation.end):
        verb_space = text.rfind(" ", negation.start, last_space)
        if phrasal_predicates(text[verb_space + 1:last_space], text[last_space + 1:negation.end]):
            return verb_space + 1
    return last_space + 1


def read_by_other_rules(text: str, lang: str, negation: Negation, other: _Side | None = None) -> bool:
    """Whether the negation turns a decision or an event that decision-mismatch reads with its negation ("did not
    approve" is a rejection, "is not required" optional, "did not survive" dead): that rule reports it, naming both
    sides' words. An event that rule reads without its negation ("did not increase", "did not reopen": a rise, an
    opening) is this rule's. A refusal before another verb ("refused to sign") is a decision of its own, not that
    verb's: the negation is read here, and so is a refusal to comment, which that rule reads only against an answer
    ("declined to comment" / "respondió a todas las preguntas"; against "comentó" it is a negation dropped). A
    decision is that rule's only where the ``other`` side says one for it to compare: "The proposal failed to win
    enough votes" (rejected) / "La propuesta obtuvo suficientes votos" (no decision word) is a negation dropped."""
    from bilingo.rules.decisions import decisions
    from bilingo.rules.opposites import denied_states, events

    predicate_start = _predicate_start(text, negation)
    if (any(start < negation.end and predicate_start < end for _, start, end in decisions(text, lang))
            and (other is None or bool(decisions(other.text, other.lang)))):
        return True
    # An event is that rule's, but one read after the negative word ("No se emitieron alertas": "se emitieron",
    # issued) where the other side says the same event ("warnings were issued"): that rule reads the two alike, and
    # only the negation tells them apart. (Read from the negative word on, "has not been identified" is unidentified,
    # that rule's; against other words, "not on duty" / "fuera de servicio", a paraphrase as often.)
    word = _DENIAL_WORD.search(text, negation.start, negation.end)
    denial = word.start() if word else negation.start
    denied = denied_states(text, lang)  # ("will not open": closed, a denial this rule reads against "abrirá")
    said = None
    for kind, start, end in events(text, lang):
        if not start < predicate_start < end or (start, end) in denied or kind in _REFUSALS_READ_HERE:
            continue
        if start <= denial or other is None:
            return True
        if said is None:
            said = {other_kind for other_kind, _, _ in events(other.text, other.lang)}
        if kind not in said:
            return True
    return False


_REFUSALS_READ_HERE = frozenset({"declined to comment"})
_DENIAL_WORD = re.compile(r"\b(?:not|never|no|nunca|jam[aá]s|tampoco)\b|n['’]t\b", re.IGNORECASE)


def _says_shelter_in_place(text: str, lang: str, negation: Negation) -> bool:
    """Whether the negation is how its side says to stay at home ("que no salgan de sus hogares", "not to leave
    their homes"): the same as a plain "stay indoors" on the other side, which says no negation."""
    from bilingo.rules.opposites import events

    predicate_start = text.rfind(" ", negation.start, negation.end) + 1
    return any(kind == "shelter in place" and start <= predicate_start < end for kind, start, end in events(text, lang))


def _event_said(text: str, lang: str, negation: Negation, other: _Side) -> bool:
    """Whether the negated predicate is an event of decision-mismatch's (``opposites.events``: a rise, an opening,
    a hiring...) that the other side says too, in its own words ("did not increase" / "aumentaron", which Apertium
    renders "augmented"; "did not hire" / "contrató")."""
    from bilingo.rules.opposites import events

    predicate_start = _predicate_start(text, negation)
    negated = {kind for kind, start, end in events(text, lang) if start <= predicate_start < end}
    return bool(negated) and not negated.isdisjoint(kind for kind, _, _ in events(other.text, other.lang))


def _denied_state_agreed(text: str, lang: str, negation: Negation, other: _Side) -> bool:
    """Whether the negation denies an opening or a closing (``opposites.denied_states``: "will not open" is closed)
    that the other side says in its own words ("permanecerá cerrada"): the same statement, no negation dropped."""
    from bilingo.rules.opposites import denied_states, events

    predicate_start = text.rfind(" ", negation.start, negation.end) + 1
    denied = denied_states(text, lang)
    kinds = {kind for kind, start, end in events(text, lang)
             if (start, end) in denied and start < predicate_start < end}
    return bool(kinds) and not kinds.isdisjoint(kind for kind, _, _ in events(other.text, other.lang))


_SUBJECT_DENIED = re.compile(r"no\s+(?!longer\b)", re.IGNORECASE)


def _count_said_otherwise(text: str, lang: str, negation: Negation, other: _Side) -> bool:
    """Whether the negation denies an English subject ("No injuries have been reported") that the other side counts
    or says an amount of ("Se han reportado dos heridos", "varios heridos"): none against a count is the number
    rule's, which names both."""
    if lang == "es" or not _SUBJECT_DENIED.match(text, negation.start):
        return False
    from bilingo.rules.numbers import extract_numbers
    from bilingo.rules.quantifiers import quantifiers

    return bool(quantifiers(other.text, other.lang)) or any(
        mention.strong or mention.values - {1.0} for mention in extract_numbers(other.text, other.lang))


_YET_TO = re.compile(r"\byet\s+to\b", re.IGNORECASE)
# what is still to be done, said without a negation: "aún deben determinarse", "resta dilucidar", "queda por
# determinar", "está pendiente", "still has to be determined", "remains to be seen"
_STILL_TO_DO = {"es": re.compile(r"\b(?:a[uú]n|todav[ií]a|resta\w*|falta\w*|pendientes?|qued\w+\s+por|"
                                 r"est[aá]n?\s+por)\b", re.IGNORECASE),
                "en": re.compile(r"\b(?:still|yet|remains?\s+to|pending)\b", re.IGNORECASE)}


def _still_to_do_said_otherwise(text: str, negation: Negation, other: _Side) -> bool:
    """Whether an English "has yet to" ("has yet to be determined": "todavía no se ha determinado") faces a side
    that says the thing is still to be done without a negation ("aún deben determinarse", "queda por determinar")."""
    if not _YET_TO.search(text, negation.start, negation.end):
        return False
    return any(_STILL_TO_DO["es" if lang == "es" else "en"].search(said)
               for said, lang in ((other.text, other.lang), (other.compared, other.compared_lang)))


def _segment_text(aligned: AlignedDocument, side: str, index: int) -> str:
    return aligned.version(side).segments[index].text


def prepare(version: Version, settings: Settings) -> None:
    """The negations of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, negations)


class _Side(NamedTuple):
    """One side of a pair as the rule compares it: its sentences' negations (segment index, negation), its text
    joined, and the text it is compared in (its machine translation, or itself when nothing is translated)."""

    name: str
    lang: str
    negations: list[tuple[int, Negation]]
    text: str
    compared: str
    compared_lang: str


def _side(aligned: AlignedDocument, pair: AlignedPair, side: str) -> _Side:
    version = aligned.version(side)
    found = [(index, negation) for index in getattr(pair, side)
             for negation in negations(version.segments[index].text, version.lang)]
    text, compared, compared_lang = side_texts(aligned, pair, side)
    return _Side(side, version.lang, found, text, compared, compared_lang)


def _shelter_agreed(aligned: AlignedDocument, side: _Side, other: _Side) -> _Side:
    """``side`` without the negations that say to stay at home (``_says_shelter_in_place``) where ``other`` says to
    stay at home too, in its own words ("stay indoors" / "que no salgan de sus hogares"): no negation is dropped."""
    from bilingo.rules.opposites import events

    if not any(kind == "shelter in place" for kind, _, _ in events(other.text, other.lang)):
        return side  # (nearly every pair)
    kept = [(index, negation) for index, negation in side.negations
            if not _says_shelter_in_place(_segment_text(aligned, side.name, index), side.lang, negation)]
    return side._replace(negations=kept)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return one_sided_findings(aligned, settings, RULE, _negated_only_on)


def _echoed(negated: _Side, other: _Side) -> frozenset[str]:
    """The negative words the negated side says besides its negations, in the language ``other`` is compared in."""
    if negated.lang == other.compared_lang:
        return echoed_negative_words(negated.text, negated.lang)
    if negated.compared_lang == other.compared_lang:
        return echoed_negative_words(negated.compared, negated.compared_lang)
    return frozenset()


def _predicates_echoed(candidates, other: _Side) -> frozenset[str]:
    """The negative words (``_NEGATIVE_WORD``) of ``other``, in the language it is compared in, that are the first
    predicate of a negation (its verb) itself, in lower case: "lost their home" against "no perdió su casa" ("did not
    lose") says the very verb the other side denies, not the negation in other words, as "failed to" or "without"
    may. Not a word of negation itself ("And never neither": "Neither has it ever") nor the word after the verb ("did
    not have a school uniform" / "still have the uniform", read as an "un-" word)."""
    verbs = _negated_verbs(candidates)
    lang = "es" if other.compared_lang == "es" else "en"
    return frozenset(word for begin, end in _negative_words(other.compared, other.compared_lang)
                     if predicate_stem(word := other.compared[begin:end].lower()) in verbs
                     and not _LOST_IN_TRANSLATION[lang].fullmatch(word))


def _kept_untranslated(aligned: AlignedDocument, side: _Side) -> int:
    """The Spanish negations of ``side`` whose verb, in the preterite or the future, its translation leaves as it is
    after the same "no": Apertium renders "no fumigará" as "no fumigará", which no English reading counts as a
    negation, though the translation kept it; and "no habrá", "no habría", which Apertium renders without its
    "no" ("There will be", "There would be"). (Not an adjective, "ventilación no invasiva", which English says in one
    word, "noninvasive", nor the imperfect of "hacía tiempo que no testábamos", "it has been some time since we
    tested": both gave false findings on the faithful documents.)"""
    if side.lang != "es" or side.compared == side.text:
        return 0
    kept = 0
    for index, negation in side.negations:
        words = _segment_text(aligned, side.name, index)[negation.start:negation.end].split()
        if (len(words) >= 2 and _PRETERITE_OR_FUTURE.search(words[-1])
                and re.search(rf"\bno\s+{re.escape(words[-1])}(?!\w)", side.compared, re.IGNORECASE)):
            kept += 1
        elif len(words) >= 2 and _THERE_WILL_BE.fullmatch(words[-1]) and _THERE_WILL_BE_SAID.search(side.compared):
            kept += 1  # "No habrá clases": Apertium's "There will be classes" drops the "no"
    return kept


_PRETERITE_OR_FUTURE = re.compile(r"(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán)$", re.IGNORECASE)
_THERE_WILL_BE = re.compile(r"habr(?:á|a|ía|ia)", re.IGNORECASE)
_THERE_WILL_BE_SAID = re.compile(r"\bthere\s+(?:will|would)\s+be\b", re.IGNORECASE)


def _negated_verbs(candidates) -> set[str]:
    """The first predicate (the verb) of each candidate negation, as written and as translated."""
    return {readings.predicates[0] for _, negation, as_translated in candidates
            for readings in (negation, as_translated) if readings is not None}


def _lost_words_echoed(candidates, other: _Side) -> frozenset[str]:
    """The words of ``_LOST_IN_TRANSLATION`` in the original of ``other`` that are the very verb the other side
    denies, in lower case: "The talks did not fail" / "Las negociaciones fracasaron" (which Apertium leaves as it is)
    says the failure plainly, not a negation its translation lost."""
    verbs = _negated_verbs(candidates)
    pattern = _LOST_IN_TRANSLATION["es" if other.lang == "es" else "en"]
    return frozenset(word for match in pattern.finditer(other.text)
                     if predicate_stem(word := match.group().lower()) in verbs)


def _negated_only_on(aligned: AlignedDocument, pair: AlignedPair, side: str, settings: Settings) -> Finding | None:
    """The finding on ``side`` when it says a negation that the other side leaves out, else None.

    The other side is read in its own language and in the language the two are compared in (its translation), each
    version's negations being read most surely in the language it was written in: it must say fewer clausal
    negations both ways, hold no other negative word both ways, and say the negated predicate without a negation.
    """
    version = aligned.version(side)
    if not any(negations(version.segments[index].text, version.lang) for index in getattr(pair, side)):
        return None  # (most pairs)
    other_version = aligned.version(aligned.other(side))
    other_langs = {other_version.segments[index].lang for index in getattr(pair, aligned.other(side))}
    if other_langs & ({"en", "es"} - {other_version.lang}):
        return None  # the other side is left in this side's language: ``untranslated`` reports it, in any language
    negated, other = _side(aligned, pair, side), _side(aligned, pair, aligned.other(side))
    negated, other = _shelter_agreed(aligned, negated, other), _shelter_agreed(aligned, other, negated)
    if _negation_turned(negated) and not _before_kept(negated, other) and not _bound_dropped(negated, other):
        return None
    negated_compared = negations(negated.compared, negated.compared_lang) if negated.compared != negated.text else ()
    other_compared = negations(other.compared, other.compared_lang) if other.compared != other.text else ()
    count = len(negated.negations)
    if count <= len(other.negations) or (other.compared != other.text and count <= len(other_compared)):
        return None
    if (negated.compared != negated.text
            and len(negated_compared) + _kept_untranslated(aligned, negated) <= len(other.negations)):
        return None  # the translation of the negated side does not say more negations either
    # each negation with its predicates as translated too, where the translation says as many (in the same order)
    translated = negated_compared if len(negated_compared) == count else [None] * count
    candidates = [(index, negation, as_translated)
                  for (index, negation), as_translated in zip(negated.negations, translated)
                  if not read_by_other_rules(_segment_text(aligned, negated.name, index), negated.lang, negation,
                                             other)
                  and not _denied_state_agreed(_segment_text(aligned, negated.name, index), negated.lang, negation,
                                               other)
                  and not _count_said_otherwise(_segment_text(aligned, negated.name, index), negated.lang, negation,
                                                other)
                  and not _still_to_do_said_otherwise(_segment_text(aligned, negated.name, index), negation, other)]
    orphan = orphan_negative_concord(other.text) if candidates and other.lang == "es" else None
    predicates_echoed = _predicates_echoed(candidates, other)
    echoed = _echoed(negated, other) | predicates_echoed
    if orphan is not None:
        said = candidates[0][:2]  # the Spanish keeps the "ni" or "sino" of the "no" it lost
    elif other.compared != other.text and says_no_otherwise(other.text, other.lang, _LOST_IN_TRANSLATION,
                                                            echoed=_lost_words_echoed(candidates, other)):
        return None  # (a negative word its translation may have lost, in a clause no one can point to)
    elif not (says_no_otherwise(other.compared, other.compared_lang, echoed=echoed)
              if other.compared != other.text else says_no_otherwise(other.text, other.lang, echoed=predicates_echoed)):
        plain = plain_predicates(other.text, other.lang)
        if other.compared != other.text:
            plain |= plain_predicates(other.compared, other.compared_lang)
        said = next(((index, negation) for index, negation, as_translated in candidates
                     if not plain.isdisjoint(inflected_predicates(negation.predicates))
                     or (as_translated is not None
                         and not plain.isdisjoint(inflected_predicates(as_translated.predicates)))
                     or _event_said(_segment_text(aligned, negated.name, index), negated.lang, negation, other)),
                    None)
    else:
        segment_texts = [segment.text for segment in version.segments]
        said = _said_in_a_clause_without_negative_words(candidates, negated, other, segment_texts, echoed)
    if said is None:
        said = _emphatic_auxiliary_in_its_place(aligned, candidates, negated, other)
    if said is None:
        return None
    index, negation = said
    words = aligned.version(side).segments[index].text[negation.start:negation.end]
    message = (f"{words!r} is negated in {side_name(aligned, side)} but said without a negation in "
               f"{side_name(aligned, other.name)}")
    extra = {}
    if orphan is not None:
        message += f", whose {orphan.group()!r} needs one"
        extra["orphan"] = orphan.group()
    return words_finding(aligned, pair, side, index, negation.start, negation.end, RULE, message, CONFIDENCE, settings,
                         negations=len(negated.negations), counterpart_negations=len(other.negations), **extra)
