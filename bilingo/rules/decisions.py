"""decision-mismatch: a decision said the other way ("The council approved the budget" / "El concejo rechazó el
presupuesto").

A vote, a ruling or a permit is approved or rejected in one verb, and a verb swapped in translation reverses the
story while every name and number still matches: no other rule sees it, and chrF barely moves.

Each side of an aligned pair is read in its own language (the originals: Apertium renders both verbs well, but a
negation is read more surely in the language it was written in). A decision is *approved* ("approved", "upheld",
"ratified", "granted", a bill "signed", a measure "passed", a bill that "cleared the House", one "to adopt", a count
"certified", clemency: "pardoned", "commuted"; "aprobó", "ratificó", "avaló", "concedió", "firmó", "promulgó",
"certificó", "indultó", "conmutó", an offer or a contract "accepted", "aceptó la oferta", a motion or a request granted,
"aceptó la moción", a court's ruling kept: "affirmed the conviction", "confirmó la condena", a law upheld: "La ley fue
confirmada") or *rejected* ("rejected", "denied", "vetoed", "overturned", "revoked", "struck down", a measure that
"failed", "failed to pass", "failed to win approval", "failed to get enough votes" or "fell short", "no logró ser
aprobada", a deal "blocked by regulators", a plan "scrapped", a permit or a license "suspended"; "rechazó", "negó",
"vetó", "revocó", "anuló", "desestimó", "fracasó", "bloquearon la fusión", "descartó el plan", "suspendió el permiso"),
or only *proposed* ("The council proposed a new tax" / "El concejo aprobó un nuevo impuesto"; the verb, not "the
proposed tax" nor "la propuesta"), or *postponed*, a vote or a decision put off ("postponed a vote on the plan" /
"aprobó el plan"), and a negation just before the verb turns it ("has not been formally approved", "no ha sido
aprobado", "refused to approve" is rejected). When each side says a decision the other does not, the pair's decision
changed: one finding on the translated side (the rewrite for two versions in one language), at the verb that changed,
naming both. Decisions are counted: "approved $2 million, but denied a request" against "aprobó 2 millones, pero
aprobaron una solicitud" is one approval more and one rejection fewer. A sentence that says both ("rejected the
amendment and approved the budget") is compared as both, and a side that says none says nothing. Outcomes of games and
elections ("beat", "lost to") are ``bilingo.rules.outcomes``': a translation may turn the sentence around ("X lost to Y"
/ "Y venció a X"), so they are compared with their subjects. Events said the other way ("will reopen" / "permanecerá
cerrado", "hired" / "despidió") are ``bilingo.rules.opposites``'.

Measured on the 11,650 faithful sentence pairs of the dev corpus: 135 say a decision on both sides (133 before a
measure that "still needs approval" was read as proposed, 134 before approval received, "recibió la aprobación",
"received European approvals", was read as approved), none the other way, and 96 of the 97 whose Spanish verb has
a ready opposite ("aprobó" / "rechazó", "firmó" / "vetó") are found
with it swapped (tests/test_rule_decisions.py). A bill to be signed is read in its infinitive after a promise or a
plan ("vowed to sign", "prometió firmar"), and in the Spanish subjunctive before what it signs or vetoes ("Se espera
que el gobernador vete el proyecto"; "¡Vete!" is a command to leave, "firme" alone firm); not after a refusal ("refused to sign", "se negó a firmar": a negation,
negation-mismatch's) nor an obligation ("is not obliged to sign" / "no tiene que firmar"). An appeal or an
application "was accepted" / "fue aceptada" is approved ("accepted the award" is no decision). A warning, not an
error: the measure is of few pairs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

RULE = "decision-mismatch"
TEXT_MEMO_SIZE = 1 << 14
APPROVED, REJECTED, PROPOSED, PUT_OFF = "approved", "rejected", "proposed", "postponed"
# what says a bill will be signed, a promise or a plan ("vowed to sign", "prometió firmar"); a refusal ("refused to
# sign", "se negó a firmar") is a negation, negation-mismatch's
_SIGN_AFTER = {"en": ("will", "would", "vowed to", "promised to", "pledged to", "plans to", "planned to", "intends to",
                      "expected to", "threatened to", "agreed to"),
               "es": ("prometió", "prometieron", "promete", "prometen", "planea", "planean", "pretende", "pretenden",
                      "acordó", "acordaron", "amenazó con", "amenazaron con")}
DECISION_WORDS = {
    "en": {
        # a measure put forward, not yet decided ("The council proposed a new tax"); not the adjective ("the
        # proposed tax", "Trump's proposed wall", "a newly proposed rule"), said as often of a measure decided
        PROPOSED: r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)"
                  r"(?<!'s\s)(?<!’s\s)(?<!\bnewly\s)(?<!\brecently\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bany\s)"
                  r"(?:proposed|proposes)|"
                  # (a measure that waits for its approval: "The merger still needs approval" / "ya fue aprobada")
                  r"(?:needs|need|requires|require|awaits|await|awaiting)\s+(?:(?:final|the|a|formal)\s+)?"
                  r"(?:(?:regulatory|federal|state|court|council|board|voter|shareholder|city|county)\s+)?approval|"
                  r"pending\s+(?:(?:final|formal)\s+)?(?:(?:regulatory|federal|state|court)\s+)?approval|"
                  r"(?:has|have)\s+yet\s+to\s+be\s+approved",
        APPROVED: r"approved|approves|approve|approving|adopted|adopts|ratified|ratifies|upheld|upholds|granted|grants|"
                  # (a count or a petition certified, not "certified nursing assistant")
                  r"certif(?:ied|ies)(?=\s+(?:the|its|their)\s)|"
                  # (a measure to be adopted: "voted 5-2 to adopt the new curriculum" / "votó para rechazar")
                  r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s))adopt|"
                  # (a court's ruling kept; "he affirmed that" is said)
                  r"affirm(?:ed|s)\s+(?:the|his|her|their|a|its)\s+(?:\w+\s+)?(?:ruling|conviction|decision|sentence|"
                  r"verdict|judgment)s?|"
                  r"(?:was|were|been)\s+accepted|"  # (an appeal, an application; not "accepted the award")
                  # (a share of applicants admitted: "accepted 40% of applicants" / "rechazó al 40 %")
                  r"accept(?:ed|s)\s+(?:about\s+|nearly\s+|only\s+)?\d[\d,.]*(?=\s*(?:%|percent))|"
                  # (an offer, a contract, a deal taken: "The union accepted the offer" / "rechazó la oferta")
                  r"accept(?:ed|s)\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:offer|contract|deal|proposal|settlement|"
                  r"agreement)|"
                  # (not "signed up to speak", "signs in")
                  r"endorsed|endorses|signed(?!\s+(?:up|in|out)\b)|signs(?!\s+(?:up|in|out)\b)|"
                  # (a promise or a plan: "vowed to sign"; not an obligation, "is not obliged to sign" / "no tiene
                  # que firmar")
                  r"(?:" + "|".join(rf"(?<=\b{before}\s)" for before in _SIGN_AFTER["en"])
                  + r")sign(?!\s+(?:up|in|out)\b)|"
                  r"pardoned|pardons|commuted|commutes|"  # (clemency granted)
                  # (a bill through a chamber; "cleared of wrongdoing" is an acquittal)
                  r"clear(?:ed|s)\s+(?:the\s+)?(?:House|Senate|Assembly|Legislature|council|(?:\w+\s+)?committee)\b|"
                  # (a measure passed; not "passed away", "passed through", "passed the ball")
                  r"passed(?!\s+(?:away|by|through|on|out|over|along|down|the\s+ball|a\s+test))"
                  r"|passes(?=\s+(?:with|by|\d))|"
                  # (a measure that failed to pass, or is expected to: "failed to" before it turns it, "The measure
                  # failed to pass" / "La medida fue aprobada"; not "will pass through")
                  r"(?:(?<=\bfailed\sto\s)|(?<=\bfails\sto\s)|(?<=\bexpected\sto\s)|(?<=\bwill\s)|(?<=\bwould\s))"
                  r"pass(?!\s+(?:away|by|through|on|out|over|along|down|the\s+ball|a\s+test)\b)|"
                  # (a measure that won approval; "failed to win approval" is one denied)
                  r"(?:won|wins|win|gained|gains|gain|received|receives|receive)\s+"
                  r"(?:(?!no\s|any\s)[\w-]+\s+){0,2}?(?:approvals?|passage)",  # ("received European approvals")
        # a vote or a decision put off, not taken ("postponed a vote on the plan" / "aprobó el plan")
        PUT_OFF: r"(?:postponed|postpones|postpone|delayed|delays|delay|tabled|tables|deferred|defers)\s+"
                 r"(?:(?:a|the|its|their)\s+)?(?:final\s+)?(?:vote|decision|action)",
        REJECTED: r"rejected|rejects|reject|rejecting|denied|denies|deny|refused|refuses|vetoed|vetoes|veto|overturned|"
                  r"revoked|revokes|"
                  # (a permit or a license withdrawn; "suspended classes" is a service's, the opposites')
                  r"suspend(?:ed|s)\s+(?:the|its|his|her|their|a)\s+(?:\w+\s+)?(?:permit|license|licence)s?|"
                  r"overturns|struck\s+down|strikes\s+down|voted\s+down|votes\s+down|turned\s+down|turns\s+down|"
                  # (a regulator's or a court's veto of a deal; not "blocked the road")
                  r"blocked\s+by\s+(?:federal\s+|state\s+)?(?:regulators|antitrust\s+regulators|"
                  r"a\s+(?:federal\s+)?judge|the\s+(?:court|judge|FTC)|a\s+court)|"
                  r"(?:blocked|blocks|will\s+block)\s+the\s+(?:merger|deal|acquisition|sale|takeover)|"
                  # (a court's block of a law, a headline's too: "Judge Blocks New Voting Law")
                  r"(?:blocked|blocks|will\s+block)\s+(?:the\s+|a\s+)?(?:new\s+)?(?:\w+\s+)?(?:law|rule|policy|"
                  r"ordinance)\b|"
                  # (a plan dropped; not "scrapped cars", "scrapped metal")
                  r"(?:plan|project|proposal|program|idea|measure)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
                  r"scrapped|scrap(?:ped|s)?\s+(?:the|its|their|a)\s+(?:plan|project|proposal|program|idea|measure)|"
                  # (a measure that failed, not a business; "failed to approve" is an approval denied)
                  r"(?:bill|measure|proposal|amendment|motion|referendum|initiative|resolution|ordinance|proposition|"
                  r"levy|bond)s?\s+(?:\w+\s+){0,3}?(?:failed(?!\s+to\b)|fell\s+short|(?:was|were|has\s+been)\s+"
                  r"defeated|failed\s+to\s+(?:get|win|receive|gain|secure|garner)\s+"
                  r"(?:enough|the\s+(?:necessary|needed|required))\s+votes)|"
                  # (a bill never brought to a vote: "died in committee", "died in the Senate")
                  # (a session ended with none: "adjourned without passing a budget" / "aprobó el presupuesto")
                  r"without\s+(?:passing|approving|adopting)|"
                  r"(?:died|dies|will\s+die)\s+in\s+(?:the\s+)?(?:House|Senate|Assembly|Legislature|"
                  r"(?:\w+\s+)?committee)\b",
    },
    "es": {
        # (verbs only: "la propuesta" is the proposal, "la ley propuesta" the proposed law)
        PROPOSED: r"propuso|propusieron|propone|proponen|propondr[aá]n?|"
                  r"(?:ha|han|había|habían|fue|fueron|sido|será|serán)\s+propuest[oa]s?|"
                  r"(?:necesita|necesitan|requiere|requieren|espera|esperan)\s+(?:la\s+)?aprobación|"
                  r"pendientes?\s+de\s+(?:la\s+)?aprobación|a\s+la\s+espera\s+de\s+(?:la\s+)?aprobación",
        # (past, present, participle and future: "aprobó", "aprueba", "aprobado", "aprobará")
        APPROVED: r"aprob[oó]|aprobaron|aprobad[oa]s?|aprueba|aprueban|aprobar[aá]?n?|ratific[oó]|ratificaron|"
                  # (a law signed and enacted: "promulgó la medida")
                  r"promulg[oó]|promulgaron|promulgad[oa]s?|promulgar[aá]n?|certific[oó]|certificaron|"
                  r"ratificad[oa]s?|ratificar[aá]n?|ratifica|ratifican|aval[oó]|avalaron|avalad[oa]s?|avalar[aá]n?|"
                  r"avala|avalan|"  # (a headline's present: "Juez avala nueva ley electoral")
                  # (approval won: "recibió la aprobación de los reguladores", "obtuvo luz verde")
                  r"(?:recibi[oó]|recibieron|obtuvo|obtuvieron|consigui[oó]|consiguieron|logr[oó]|lograron)\s+"
                  r"(?:la\s+)?(?:aprobaci[oó]n|luz\s+verde)|"
                  # ("concedió la derrota", "concedió un gol", "concedió una entrevista": conceded, gave; no decision)
                  r"(?:concedi[oó]|concedieron)(?!\s+(?:la\s+derrota|la\s+victoria|el\s+triunfo|la\s+elecci[oó]n|"
                  r"un\s+gol|el\s+gol|goles|una\s+entrevista|entrevistas|la\s+palabra))|"
                  r"concedid[oa]s?|conceder[aá]n?|otorg[oó]|otorgaron|otorgad[oa]s?|otorgar[aá]n?|"
                  # (a bill signed into law; "la firma" is a signature or a firm)
                  r"firm[oó]|firmaron|firmad[oa]s?|firmar[aá]n?|"
                  # ("que la gobernadora firme el proyecto"; "firme" alone is also firm)
                  r"firm(?:e|en|ara|aran|aría|arían)(?=\s+(?:el|la|los|las|esta|este|estas|estos|dicha|dicho)\s+"
                  r"(?:proyecto|ley|medida|iniciativa|orden|decreto|presupuesto|acuerdo|tratado)s?\b)|"
                  r"(?:" + "|".join(rf"(?<=\b{before}\s)" for before in _SIGN_AFTER["es"]) + r")firmar|"
                  r"(?:fue|fueron|ha\s+sido|han\s+sido)\s+aceptad[oa]s?|"
                  # (an offer taken, and a motion or a request granted: "aceptó la moción")
                  r"acept(?:ó|aron|a|an)\s+(?:la|el|una|un|su)\s+(?:oferta|contrato|acuerdo|propuesta|moción|"
                  r"petición|solicitud)|"
                  r"indult(?:ó|aron|ará|arán)|conmut(?:ó|aron|ará|arán)|"
                  # (a court's ruling kept: "confirmó la condena"; "confirmó que" is said; a law upheld, "confirmó la
                  # ley", against "struck down")
                  r"confirm(?:ó|aron|a|an|ará|arán)\s+(?:la|el|su|sus|los|las)\s+(?:condena|sentencia|fallo|decisión|"
                  r"veredicto|dictamen|ley|leyes|ordenanza|prohibición)s?|"
                  # (and in the passive: "La decisión del árbitro fue confirmada", "La ley fue confirmada")
                  r"(?:condena|sentencia|fallo|decisión|veredicto|dictamen|ley|ordenanza|prohibición)s?\s+"
                  r"(?:\w+\s+){0,3}?"
                  r"(?:fue|fueron|ha\s+sido|han\s+sido|será|serán)\s+confirmad[oa]s?",
        # ("rechazó", "vetó" and "tumbó" with their accents only: "el rechazo", "un veto" and "un tumbo" are nouns)
        PUT_OFF: r"(?:aplaz[oó]|aplazaron|aplaza|aplazan|pospuso|pospusieron|pospone|posponen|posterg[oó]|"
                 r"postergaron|posterga|postergan|retras[oó]|retrasaron|retrasa|retrasan|aplazar|posponer|postergar)"
                 r"\s+(?:(?:la|una|su)\s+)?"
                 r"(?:votaci[oó]n|decisi[oó]n)",
        REJECTED: r"rechazó|rechazaron|rechazad[oa]s?|rechaza|rechazan|rechazar[aá]?n?|neg[oó]|negaron|negad[oa]s?|"
                  r"negar[aá]n?|"
                  r"deneg[oó]|denegaron|denegad[oa]s?|denegar[aá]n?|deniega|deniegan|vetó|vetaron|vetad[oa]s?|"
                  r"vetar[aá]?n?|"
                  # (the subjunctive and the conditional before what is vetoed: "que el gobernador vete el proyecto";
                  # "¡Vete!" is a command to leave)
                  r"vet(?:e|en|ara|aran|aría|arían)(?=\s+(?:el|la|los|las|esta|este|estas|estos|dicha|dicho)\b)|"
                  r"revoc[oó]|revocaron|revocad[oa]s?|revocar[aá]n?|anul[oó]|anularon|anulad[oa]s?|"
                  r"anular[aá]n?|desestim[oó]|desestimaron|desestimad[oa]s?|desestimar[aá]n?|tumbó|tumbaron|fracasó|"
                  r"fracasaron|"
                  # the present of a headline ("Gobernadora veta proyecto"; "una rica veta de oro" is a vein: not
                  # before "de"), and of the verbs whose present is no noun
                  r"veta(?!\s+de\b)|vetan|revoca|revocan|anula|anulan|desestima|desestiman|"
                  r"no\s+prosper[oó]|"
                  r"suspend(?:ió|ieron|e|en|erá|erán)\s+(?:el|la|su|sus|los|las)\s+(?:\w+\s+)?(?:permiso|licencia)s?|"
                  # (a deal blocked by a regulator or a court; not "bloqueó la carretera")
                  r"bloque(?:ó|aron|ará|arán)\s+(?:la|el)\s+(?:fusión|acuerdo|adquisición|venta|compra)|"
                  r"(?:fusión|acuerdo|adquisición|venta|compra)\s+(?:fue|ha\s+sido|será)\s+bloquead[oa]|"
                  r"bloquead[oa]s?\s+por\s+(?:(?:los|las|un|una|el|la)\s+)?(?:reguladores|jue(?:z|za)|corte|tribunal)|"
                  # (a plan dropped: "el plan fue descartado", "desecharon la propuesta")
                  r"(?:plan|proyecto|propuesta|programa|medida)\s+(?:fue|ha\s+sido)\s+(?:descartad|desechad)[oa]|"
                  r"(?:descart|desech)(?:ó|aron)\s+(?:el|la)\s+(?:plan|proyecto|propuesta|programa|idea|medida)|"
                  r"muri(?:ó|eron)\s+en\s+(?:el\s+)?(?:comité|Senado|Cámara|Asamblea|Legislatura)|"
                  r"sin\s+(?:aprobar|adoptar)",  # ("levantó la sesión sin aprobar un presupuesto")
    },
}
_DECISION = {lang: re.compile("|".join(rf"(?P<{decision}>\b(?:{words})\b)" for decision, words in decisions.items()),
                              re.IGNORECASE)
             for lang, decisions in DECISION_WORDS.items()}
# A negation right before the verb, past auxiliaries ("has not been formally approved", "no ha sido aprobado", "no le
# concedió", "se negó a aprobar")
_NEGATION_BEFORE = {
    "en": re.compile(r"(?:\bnot|n't|\bnever|\bno|\bneither|\bnor|\bfailed\s+to|\brefused\s+to|\bwon't)"
                     r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
    "es": re.compile(r"(?:\bno|\bnunca|\bjam[aá]s|\bse\s+neg[oó]\s+a|\bni)\s+(?:(?:se|le|les|lo|la|los|las|me|nos|te|"
                     r"ha|han|he|hemos|había|habían|sido|fue|fueron|será|serán|es|son|"
                     # (a measure that did not manage to pass: "no logró ser aprobada")
                     r"logr[oó]|lograron|consigui[oó]|consiguieron|ser)\s+){0,3}$", re.IGNORECASE),
}
_CUES = {"en": ("postpon", "delay", "tabl", "defer", "propos", "approv", "adopt", "ratif", "upheld", "uphold",
                "grant", "affirm", "endors", "sign", "reject", "deni", "deny", "refus", "pardon", "commut", "veto",
                "overturn", "revok", "suspend", "struck down", "strikes down", "voted down", "votes down",
                "turned down", "block", "turns down", "failed", "accept", "scrap", "clear", "died in",
                "dies in", "die in", "defeated", "pass", "approval", "passage", "fell short"),
         "es": ("aplaz", "pospu", "pospon", "posterg", "retras", "propu", "propon", "aprob", "aprueb", "ratific",
                "aval", "conced", "otorg", "firm", "promulg", "rechaz", "neg", "indult", "conmut", "confirm", "suspend",
                "deneg",
                "denieg", "vet", "revoc", "anul", "desestim", "tumb", "fracas", "prosper", "acept", "bloque", "descart",
                "desech", "muri", "luz verde")}
_TURNED = {APPROVED: REJECTED, REJECTED: APPROVED, PROPOSED: PROPOSED, PUT_OFF: PUT_OFF}  # ("not proposed" is read as it is)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def decisions(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The decisions ``text`` says: (decision, start, end) of each verb, a negation before it included and turning
    it, in text order."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _DECISION[lang].finditer(text):
        decision, start = match.lastgroup, match.start()
        negation = _NEGATION_BEFORE[lang].search(text, max(0, start - 40), start)
        if negation is not None:
            decision, start = _TURNED[decision], negation.start()
        found.append((decision, start, match.end()))
    return tuple(found)


def prepare(version: Version, settings: Settings) -> None:
    """The decisions of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, decisions)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, decisions, changed, evidence_key="decisions",
                             confidence=0.7)


# whether each side says a decision more often than the other
changed = each_says_more
