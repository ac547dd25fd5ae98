"""name-mismatch: a person's standing before the law changed ("was charged with murder" / "fue condenado por
asesinato").

Whether someone is accused, convicted or acquitted is said in a word ("charged", "arrested", "convicted",
"acquitted"; "acusado", "detenido", "condenado", "absuelto"), and a word swapped in translation convicts a suspect
in one version only: the error a newsroom's lawyers fear most. The names rule does not see it, and chrF barely
moves.

Each side of an aligned pair is read in its own language (the originals, not the translation: Apertium renders
"condenado" as "condemned"). A status is one of three: *accused* (arrested, charged, indicted, suspected,
alleged), *convicted* (convicted, sentenced, found or pleaded guilty; a sentence handed down, or to be: "when he is
sentenced", "cuando se dicte su sentencia") or *acquitted* (acquitted, found not guilty); a sentence that may come
("could face up to 10 years", "podría enfrentar hasta 10 años") leaves the person accused, and a verdict supposed
("If convicted, he faces…", "De ser hallado culpable") is none. When each side says a status the other does not, or says
it more often ("acquitted of murder but convicted of tampering" / "absuelto de asesinato y absuelto de manipulación"),
or one side gives a verdict (convicted, acquitted) where the other says only that someone is accused ("the suspect was
charged" / "el sospechoso fue condenado"), the pair's status changed (``changed``): one finding on the translated side
(the rewrite for two versions in one language), at its first status word the other side lacks, naming both; a verdict is
named before an accusation ("The defendant was acquitted" / "El acusado fue condenado" names "condenado", not the
defendant, ``_NAMED_AGAINST``). A sentence that says no status on one side ("the suspect" / "el hombre") says nothing,
and one about two people ("one was convicted and the other charged") keeps its two statuses on both sides.

A plea of not guilty ("pleaded not guilty", "se declaró inocente") leaves the person accused, so a guilty plea turned
into one ("pleaded guilty" / "se declaró inocente") is a verdict against none. Words that say something else are
left out: "charged" alone (a fee, a battery), the Spanish "culpable" alone (the culprit), and "condenado"
where it means condemned ("fue condenado por la ONU", "ampliamente condenado"): it is a conviction before "a" ("a
10 años"), before "por" and a crime ("por asesinato", "por el tiroteo"; not "por el ataque"), at a clause's end, or after an article ("el condenado"); the
verb "condenó" is one after its pronoun ("lo condenó") or a jury, a judge or a court ("El jurado condenó al agente";
"El alcalde condenó el ataque" is none). The verdict as a noun is read after a trial's end ("ended in a conviction",
"terminó con una condena"; "absolución", "acquittal"), not alone ("strong conviction" is a belief).

"Cleared of wrongdoing" and "exonerated" ("exonerado") are acquittals, and so is a release without charges
("released without charges", "liberado sin cargos"): no accusation stands. The charge itself is read too, where the law
tells two apart: murder against manslaughter ("pleaded guilty to manslaughter" / "se declaró culpable de asesinato";
"homicidio" alone is either, and says neither). Two faithful pairs of the dev corpus name one on both sides, alike. And
the offence, by the kinds both languages tell apart: a killing, a theft (Spanish "robo" is a robbery, a burglary
and a theft alike), a kidnapping, a sexual assault, a fraud, an arson, a drug crime, drunk or reckless driving,
domestic violence, a child's abuse or neglect ("child neglect" / "abuso infantil"), money laundering ("pleaded guilty
to wire fraud" / "de lavado de dinero"), animal cruelty ("maltrato animal"), bribery ("taking bribes" / "acoso
sexual"), human trafficking ("trata de personas" / "narcotráfico"), harassment, vandalism, a
weapons charge, resisting arrest ("charged with robbery" / "acusado de homicidio"; ``offences``; two that one story
names together or one law names as another, domestic violence and an assault, are no change): 50 faithful pairs name
one on both sides, alike.

Measured on the 11,650 faithful sentence pairs of the dev corpus: 89 say a status on both sides, none another.
Swapping the Spanish word mechanically ("acusado" for "condenado", and the other way) in them is found 27 times in
70; most of the others make no Spanish a translator would write ("condenada del asesinato", "ha condenado hoy")
(tests/test_rule_legal.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, opposite_said_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.words import gate_words, holds_any
from bilingo.settings import Settings

RULE = "name-mismatch"
TEXT_MEMO_SIZE = 1 << 14
ACCUSED, CONVICTED, ACQUITTED = "accused", "convicted", "acquitted"
VERDICTS = {CONVICTED, ACQUITTED}
STATUS_WORDS = {
    "en": {
        ACCUSED: r"arrested|accused|indicted|arraigned|suspected|suspects?|detained|allegedly|alleged|"
                 r"(?:was|were|been|being|is|are)\s+charged|charged\s+(?:with|in)|fac(?:es|ed|ing|e)\s+charges|"
                 r"(?:pleaded|pled|pleads|plead)\s+not\s+guilty|"  # (a plea: still accused)
                 # a sentence that may come ("could face up to 10 years in prison"): not yet convicted
                 r"(?:could|would|may|might|will)\s+face\s+(?:up\s+to|a\s+maximum|a\s+possible|life|\d|"
                 r"(?:\w+\s+){0,2}(?:years?|months?|prison|jail|sentence))|fac(?:es|ing)\s+up\s+to",
        # ("condemned" in its legal sense only: "condemned to death", "condemned for fraud"; not "condemned the attack")
        # ("found guilty", "found him guilty", "found the defendant not guilty")
        CONVICTED: r"convicted|convicts?|sentenced|(?:found|finding|finds?)\s+(?:(?!not\b)\w+\s+){0,2}guilty|"
                   r"(?:pleaded|pled|pleads|plead)\s+guilty|condemned\s+(?:for|to)|"
                   # (the verdict as a noun: "The trial ended in a conviction"; not "a strong conviction", a belief)
                   r"(?:ended|ends|resulted|results)\s+in\s+(?:a\s+)?convictions?|(?:won|secured|obtained)\s+a\s+"
                   r"conviction",
        ACQUITTED: r"acquitted|acquittal|(?:found|finding|finds?)\s+(?:\w+\s+){0,2}?not\s+guilty|exonerated|"
                   r"cleared\s+of\s+(?:(?:all|any|the)\s+)?(?:wrongdoing|charges?|misconduct|murder|criminal\s+\w+)|"
                   # (released uncharged: no accusation stands)
                   r"released\s+without\s+(?:(?:any|being|formal)\s+)?(?:charges?|charged)",
    },
    "es": {
        ACCUSED: r"arrestad[oa]s?|detenid[oa]s?|acusad[oa]s?|imputad[oa]s?|sospechos[oa]s?|presunt[oa]s?|"
                 r"presuntamente|procesad[oa]s?|enfrenta(?:n|ba|ban)?\s+cargos|"
                 r"(?:podría|podrían|puede|pueden)\s+(?:enfrentar|afrontar|enfrentarse\s+a)\s+(?:hasta|una\s+pena|"
                 r"cadena\s+perpetua|\d|(?:\w+\s+){0,2}(?:años|meses|prisión|cárcel))|"
                 r"(?:se\s+)?enfrenta(?:n|ría|rían)?\s+(?:a\s+)?(?:hasta|una\s+pena)|"
                 r"se\s+(?:(?:ha|han|había|habían)\s+declarado|declar(?:ó|aron|a|an|o))\s+(?:inocentes?|no\s+culpables?)",
        # ("condenado" in its legal sense only: "condenado a 10 años", "condenada por fraude", "fue condenado y…",
        # "condenado el viernes", "el condenado", "lo condenó"; not "condenado por la ONU", "ampliamente condenado":
        # condemned)
        CONVICTED: r"(?<!mente\s)condenad[oa]s?(?=\s+a\b|\s+por\s+(?!(?:el|la|los|las|un|una)\b)[a-záéíóúñ]|"
                   # (a crime after the article: "condenado por el tiroteo"; not "por el ataque", which the world
                   # condemns)
                   r"\s+por\s+(?:el|la|los|las)\s+(?:tiroteo|asesinato|homicidio|robo|secuestro|fraude|delito|crimen|"
                   r"apuñalamiento|muerte|violación|incendio\s+provocado)s?\b|"
                   r"\s*[,.;:)]|\s+[ye]\s|\s*$|\s+(?:ayer|hoy)\b|"
                   r"\s+(?:el|este|esta)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b)|"
                   r"(?:lo|la|los|las)\s+conden(?:ó|aron)\b|"
                   # a jury's or a judge's verdict ("El jurado condenó al agente"; a president "condenó" an attack)
                   r"(?:jurado|juez|jueza|tribunal|corte)\s+(?:(?!no\b|l[oa]s?\b)[\w.]+\s+){0,3}?conden(?:ó|aron)\b|"
                   r"(?:(?<=\bel\s)|(?<=\bla\s)|(?<=\blos\s)|(?<=\blas\s))condenad[oa]s?|sentenciad[oa]s?|convict[oa]s?|"
                   # a sentence handed down, or to be ("cuando se dicte su sentencia": when he is sentenced)
                   r"dict(?:e|en|ó|aron|ará|arán|ar|a|an)\s+(?:su\s+|la\s+)?sentencia(?!\s+absolutoria)|"
                   r"(?:declarad|hallad)[oa]s?\s+culpables?|"
                   r"se\s+declar(?:ó|aron|o)\s+culpables?|(?:lo|la|los|las)\s+(?:declar|hall)(?:ó|aron)\s+culpables?|"
                   r"declar(?:ó|aron)\s+a\s+(?:(?!no\b)[\w.]+\s+){1,3}?culpables?|"  # "declaró a Smith culpable"
                   # (the verdict as a noun: "El juicio terminó con una condena")
                   r"(?:terminó|concluyó|acabó)\s+con\s+una\s+(?:condena|sentencia\s+condenatoria)|"
                   # "declaró culpable al agente", "antes de declararlo culpable"
                   r"(?:declar|hall)(?:ó|aron)\s+culpables?\s+al?\b|(?:declarar|hallar)(?:lo|la|los|las)\s+culpables?",
        ACQUITTED: r"absuelt[oa]s?|absolvi(?:ó|o|eron)|absolución|exonerad[oa]s?|"
                   r"(?:declarad|hallad)[oa]s?\s+(?:no\s+culpables?|inocentes?)|"
                   r"(?:lo|la|los|las)\s+(?:declar|hall)(?:ó|aron)\s+(?:no\s+culpables?|inocentes?)|"
                   r"declar(?:ó|aron)\s+a\s+(?:[\w.]+\s+){1,3}?(?:no\s+culpables?|inocentes?)|"
                   r"(?:declar|hall)(?:ó|aron)\s+(?:no\s+culpables?|inocentes?)\s+al?\b|"
                   r"(?:declarar|hallar)(?:lo|la|los|las)\s+(?:no\s+culpables?|inocentes?)|"
                   r"(?:liberad[oa]s?|en\s+libertad|liberó|liberaron|soltad[oa]s?)\s+sin\s+(?:presentar\s+|ningún\s+)?"
                   r"cargos?",
    },
}
_STATUS = {lang: re.compile("|".join(rf"(?P<{status}>\b(?:{words})\b)" for status, words in statuses.items()),
                            re.IGNORECASE)
           for lang, statuses in STATUS_WORDS.items()}
_CUES = {"en": ("arrest", "accus", "indict", "arraign", "suspect", "detain", "alleg", "charge", "convict", "sentenc",
                "guilty", "acquit", "face", "exonerat", "cleared"),
         "es": ("arrest", "detenid", "acusad", "imputad", "sospech", "presunt", "procesad", "cargos", "conden",
                "convict", "sentencia", "culpable", "absuel", "absolvi", "absoluci", "inocente", "enfrent", "afront",
                "exonerad")}


# A verdict supposed, not given: "If convicted, he faces up to 20 years", "De ser hallado culpable"
_CONDITIONAL_BEFORE = {
    "en": re.compile(r"\b(?:if|unless|once)\s+(?:(?:he|she|they|it|the\s+\w+)\s+)?(?:(?:is|are|was|were|gets?|"
                     r"be)\s+)?$", re.IGNORECASE),
    # ("de" only before an infinitive that supposes: "De ser hallado culpable", not "antes de declararlo culpable")
    "es": re.compile(r"\b(?:si|en\s+caso\s+de)\s+(?:(?:es|son|fuera|fueran|fuese|ser|resulta|resultara|"
                     r"resultar)\s+)?$|\bde\s+(?:no\s+)?(?:ser|resultar)\s+$", re.IGNORECASE),
}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def statuses(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The legal statuses ``text`` says: (status, start, end) of each status word, in text order; a verdict supposed
    ("if convicted") is none."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CUES[lang]):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _STATUS[lang].finditer(text)
                 if match.lastgroup not in VERDICTS
                 or not _CONDITIONAL_BEFORE[lang].search(text, max(0, match.start() - 30), match.start()))


# The charge itself: murder against manslaughter ("pleaded guilty to manslaughter" / "se declaró culpable de
# asesinato"). "homicidio" alone is either (and a homicide), so it says neither.
CHARGES = {
    "en": re.compile(r"\b(?:(?P<manslaughter>(?:involuntary\s+|voluntary\s+|intoxication\s+)?manslaughter|"
                     r"(?:criminally\s+)?negligent\s+homicide)|(?P<murder>(?:capital\s+|first-degree\s+|"
                     r"second-degree\s+)?murder))\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<manslaughter>homicidio\s+(?:involuntario|culposo|imprudente|por\s+negligencia|"
                     r"no\s+intencional))|(?P<murder>asesinatos?|homicidio\s+(?:doloso|calificado|agravado|capital|"
                     r"intencional|en\s+primer\s+grado|en\s+segundo\s+grado)))\b", re.IGNORECASE),
}
_CHARGE_CUES = {"en": ("murder", "manslaughter", "homicide"), "es": ("asesinato", "homicidio")}


# The offence a story is about, by the kinds the two languages name apart: a killing, a theft (Spanish "robo" is a
# robbery, a burglary and a theft alike: they are one kind here), a kidnapping, a sexual assault, a fraud, an arson,
# a drug crime, an assault, driving drunk, recklessly or without a license, domestic violence, a child's abuse,
# harassment or stalking, vandalism, a weapons charge, resisting arrest ("He was charged with robbery" / "Fue acusado
# de homicidio"; "reckless driving" / "homicidio vehicular"). Left out: "asalto" (a robbery in Mexico, an assault
# elsewhere), "violación" alone (a violation as often), "drogas" alone, "battery" (a car's as often).
OFFENCES = {
    "killing": {"en": r"murder(?:s|ed)?|manslaughter|homicides?|killings?",
                  "es": r"asesinatos?|asesinad[oa]s?|homicidios?|feminicidios?"},
    "theft": {"en": r"robber(?:y|ies)|burglar(?:y|ies)|thefts?|larceny|shoplifting|carjacking|stole|stolen",
                "es": r"robos?|robad[oa]s?|hurtos?|atracos?|allanamientos?|rob[óa]|robaron"},
    "kidnapping": {"en": r"kidnapp(?:ing|ed|ings)|abduct(?:ion|ed|ions)",
                     "es": r"secuestros?|secuestrad[oa]s?|secuestr[óa]|secuestraron|rapt(?:o|ada|ado)"},
    "sexual assault": {"en": r"rape[sd]?|raping|sexual(?:ly)?\s+assault(?:ed|s)?|sexual\s+abuse",
                         "es": r"violaci[óo]n\s+sexual|agresi[óo]n\s+sexual|abuso\s+sexual|abusos\s+sexuales|"
                               r"viol[óa]\s+a|violada|violadas"},
    "fraud": {"en": r"fraud|embezzlement|embezzled|scam", "es": r"fraudes?|estafas?|malversaci[óo]n|desfalco"},
    "money laundering": {"en": r"money\s+laundering|launder(?:ing|ed)?\s+(?:money|funds|proceeds)",
                         "es": r"lavado\s+de\s+(?:dinero|activos)|blanqueo\s+de\s+(?:capitales|dinero)|"
                               r"lav(?:ó|aron|ar)\s+dinero"},
    "bribery": {"en": r"briber(?:y|ies)|bribes?|bribed|kickbacks?", "es": r"sobornos?|soborn[óa]|sobornaron|cohecho"},
    "animal cruelty": {"en": r"animal\s+(?:cruelty|abuse|neglect)|cruelty\s+to\s+(?:animals|an\s+animal)",
                       "es": r"(?:maltrato|crueldad)\s+(?:animal|a\s+(?:los\s+)?animales|hacia\s+los\s+animales)"},
    "arson": {"en": r"arson", "es": r"incendio\s+(?:provocado|intencional)|provoc[óa]\s+el\s+incendio"},
    "human trafficking": {"en": r"(?:human|sex|labor)\s+trafficking|trafficking\s+in\s+persons",
                          "es": r"trata\s+de\s+personas|tr[áa]fico\s+de\s+personas|trata\s+de\s+blancas"},
    "drug crime": {"en": r"drug\s+(?:trafficking|possession|charges?|dealing|smuggling)|narcotics",
                     "es": r"narcotr[áa]fico|tr[áa]fico\s+de\s+drogas|posesi[óo]n\s+de\s+drogas|narc[óo]ticos|"
                           r"contrabando\s+de\s+drogas"},
    # an assault that is not a sexual one ("asalto" left out: a robbery in Mexico)
    "assault": {"en": r"assault(?:s|ed)?", "es": r"agresi[óo]n(?!\s+sexual)|agresiones(?!\s+sexuales)|"
                                                        r"agredi[óo]|agredieron|agredid[oa]s?"},
    "unlicensed driving": {"en": r"driving\s+without\s+a\s+(?:valid\s+)?(?:driver'?s\s+)?licen[sc]e|"
                                 r"unlicensed\s+driving",
                           "es": r"(?:conducir|manejar|conduc[ií]a|manejaba)\s+sin\s+licencia"},
    "drunk driving": {"en": r"DUI|DWI|drunk(?:en)?\s+driving|driving\s+(?:under\s+the\s+influence|while\s+"
                            r"intoxicated)",
                      "es": r"(?:conducir|manejar|conduc[ií]a|manejaba)\s+(?:en\s+estado\s+de\s+ebriedad|ebri[oa]|"
                            r"borrach[oa]|bajo\s+(?:la\s+)?influencia|intoxicad[oa])"},
    "reckless driving": {"en": r"reckless\s+driving|driving\s+recklessly",
                         "es": r"conducci[óo]n\s+temeraria|manejo\s+(?:temerario|imprudente)|"
                               r"(?:conducir|manejar)\s+(?:de\s+(?:manera|forma)\s+)?"
                               r"(?:imprudente|temeraria)(?:mente)?"},
    "domestic violence": {"en": r"domestic\s+(?:violence|abuse)|family\s+violence",
                          "es": r"violencia\s+(?:dom[ée]stica|intrafamiliar|familiar)"},
    # (a child left without care, against one harmed: "child neglect" / "abuso infantil")
    "child neglect": {"en": r"child\s+neglect|neglect\s+of\s+a\s+(?:child|minor)",
                      "es": r"(?:negligencia|abandono|descuido)\s+"
                            r"(?:infantil|de\s+(?:menores|un\s+menor|una\s+menor))"},
    "child abuse": {"en": r"child\s+(?:abuse|endangerment|cruelty)",
                    "es": r"(?:abuso|maltrato)\s+(?:infantil|de\s+menores)|(?:poner|puso)\s+en\s+peligro\s+a\s+"
                          r"(?:un|una|los|sus?)\s+(?:menor|menores|niño|niña|niños|hijo|hija|hijos)"},
    "harassment": {"en": r"stalking|stalked|harassment|harassing|harassed",
                   "es": r"acoso|acos[óa]|acosaba|acosad[oa]s?|acech(?:o|ó|aba|ar)"},
    "vandalism": {"en": r"vandali(?:sm|zed|zing|zes)|criminal\s+mischief",
                  "es": r"vandalismo|vandaliz(?:ó|aron|ad[oa]s?|ar)|actos\s+vand[áa]licos"},
    "weapons charge": {"en": r"(?:unlawful|illegal)\s+possession\s+of\s+(?:a\s+)?(?:firearms?|weapons?|guns?)|"
                             r"(?:weapons?|firearms?|gun)\s+(?:charges?|possession|violations?)",
                       "es": r"(?:posesi[óo]n|portaci[óo]n|tenencia|porte)\s+ilegal\s+de\s+(?:armas?|un\s+arma)"
                             r"(?:\s+de\s+fuego)?"},
    "resisting arrest": {"en": r"resisting\s+(?:arrest|an\s+officer)",
                         "es": r"resist(?:encia|irse)\s+(?:al|a\s+la)\s+(?:arresto|detenci[óo]n|autoridad)"},
}
# offences one story names together, or one law names as another: violence at home is an assault (on a child too),
# and a child's abuse may be a sexual one; any other two contradict
_OFFENCES_TOGETHER = {frozenset(pair) for pair in (
    ("domestic violence", "assault"), ("domestic violence", "child abuse"), ("domestic violence", "sexual assault"),
    ("domestic violence", "killing"), ("domestic violence", "harassment"), ("child abuse", "assault"),
    ("child abuse", "sexual assault"), ("child neglect", "domestic violence"), ("harassment", "sexual assault"),
    ("harassment", "assault"), ("reckless driving", "drunk driving"), ("vandalism", "theft"), ("vandalism", "arson"))}
OFFENCE_OPPOSITE = {kind: frozenset(other for other in OFFENCES if other != kind
                                    and frozenset((kind, other)) not in _OFFENCES_TOGETHER) for kind in OFFENCES}
_OFFENCE = {lang: re.compile(r"\b(?:" + "|".join(f"(?P<o{index}>{words[lang]})"
                                                   for index, words in enumerate(OFFENCES.values())) + r")\b",
                             re.IGNORECASE) for lang in ("en", "es")}
_OFFENCE_KINDS = {f"o{index}": kind for index, kind in enumerate(OFFENCES)}
# a word of each phrase, folded: a sentence holding none of them (most) names no offence
_OFFENCE_WORDS = {
    "en": frozenset("""murder murders murdered manslaughter homicide homicides killing killings robbery robberies
        burglary burglaries theft thefts larceny shoplifting carjacking stole stolen kidnapping kidnapped kidnappings
        abduction abducted abductions rape rapes raped raping sexual sexually fraud embezzlement embezzled scam arson
        laundering launder laundered animal cruelty bribery briberies bribe bribes bribed kickback
        kickbacks
        trafficking possession dealing smuggling charge charges narcotics dui dwi drunk drunken influence
        intoxicated assault assaults assaulted license licence unlicensed reckless recklessly domestic family child
        stalking stalked harassment harassing harassed vandalism vandalized vandalizing vandalizes mischief
        possession weapon weapons firearm firearms gun resisting""".split()),
    "es": frozenset("""asesinato asesinatos asesinado asesinada asesinados asesinadas homicidio homicidios feminicidio
        feminicidios robo robos robado robada robados robadas robo roba robaron hurto hurtos atraco atracos
        allanamiento allanamientos secuestro secuestros secuestrado secuestrada secuestrados secuestradas secuestro
        secuestra secuestraron rapto raptada raptado sexual sexuales violo viola violada violadas fraude fraudes estafa
        estafas malversacion desfalco lavado blanqueo lavo lavaron lavar crueldad
        soborno sobornos soborno soborna sobornaron cohecho
        provocado intencional provoco narcotrafico trafico trata posesion narcoticos
        contrabando ebriedad ebrio ebria borracho borracha influencia intoxicado intoxicada agresion agresiones
        agredio agredieron agredido agredida agredidos agredidas licencia temeraria temerario imprudente
        imprudentemente temerariamente violencia abuso maltrato peligro acoso acoso acosa acosaba acosado acosada
        acosados acosadas acecho acecha acechaba acechar vandalismo vandalizo vandalizaron vandalizado vandalizada
        vandalizados vandalizadas vandalizar vandalicos posesion portacion tenencia porte resistencia
        resistirse""".split()),
}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def offences(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The offences ``text`` names, by kind (``OFFENCES``): (kind, start, end) of each word."""
    lang = "es" if lang == "es" else "en"
    if _OFFENCE_WORDS[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    return tuple((_OFFENCE_KINDS[match.lastgroup], match.start(), match.end())
                 for match in _OFFENCE[lang].finditer(text))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def charges(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The charges ``text`` names that differ in law: ("murder" or "manslaughter", start, end) of each."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CHARGE_CUES[lang]):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in CHARGES[lang].finditer(text))


def prepare(version: Version, settings: Settings) -> None:
    """The statuses and charges of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, statuses)
    prepare_sentences(version, settings, RULE, charges)
    prepare_sentences(version, settings, RULE, offences)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """The statuses, then the charges and the offences: a line reported for one is not reported again."""
    findings: list[Finding] = []
    said: set = set()
    readings = ((statuses, changed, "statuses", 0.8, _NAMED_AGAINST), (charges, each_says_more, "charges", 0.8, None),
                (offences, opposite_said_more(OFFENCE_OPPOSITE), "offences", 0.7, None))
    for find, differ, key, confidence, opposites in readings:
        new = [finding for finding in contrast_findings(aligned, settings, RULE, find, differ, evidence_key=key,
                                                         confidence=confidence, opposites=opposites)
               if (finding.path, finding.line) not in said]
        said |= {(finding.path, finding.line) for finding in new}
        findings.extend(new)
    return findings


# The status a finding names against each status the other side says in surplus: a verdict before an accusation, so
# that "The defendant was acquitted" / "El acusado fue condenado" names "condenado", not "acusado" (the defendant)
_NAMED_AGAINST = {ACCUSED: frozenset(), CONVICTED: frozenset({ACQUITTED, ACCUSED}),
                  ACQUITTED: frozenset({CONVICTED, ACCUSED})}


def changed(said: Counter, other_said: Counter) -> bool:
    """Whether the statuses one side says (``said``, counted) differ from the other side's: each says one the other
    does not, or one side gives a verdict (convicted, acquitted) where the other gives none ("the suspect was
    charged" / "el sospechoso fue condenado"). Counted, as decisions are: "acquitted of murder but convicted of
    tampering" / "absuelto de asesinato y absuelto de manipulación" says one acquittal more and one conviction
    less; a status said twice on one side only ("arrested and charged" / "fue detenido") is no surplus of the
    other's."""
    if said - other_said and other_said - said:
        return True
    return bool(set(said) & VERDICTS) != bool(set(other_said) & VERDICTS)

