"""pronoun-mismatch: a person's gender said the other way in a word for the person ("a 34-year-old man" / "una mujer
de 34 años", "his son" / "su hija", "Mr. Duncan" / "la Sra. Duncan").

The pronoun checks (``bilingo.rules.pronouns``) read "he" and "she", which Spanish mostly leaves unsaid; the words a
story uses for a person say the gender just as often: man or woman, son or daughter, husband or wife, a courtesy
title. A word swapped in translation turns the victim, the suspect or the relative into someone else, while every
name and number still matches.

Each side of an aligned pair is read in its own language (the originals). Only singular nouns count (Spanish
plurals are masculine for mixed groups: "sus hijos" is "her children"), but for "men" and "women", "hombres" and
"mujeres", never said of a mixed group, the English plurals ("sons", "daughters": English has "children" for a mixed
group) and the Spanish feminine ones ("hijas", "hermanas"), so that "two sons" / "dos hijas" is read and "her
daughters" / "sus hijos" is not (but "hijos varones", "varones": males only, "three daughters" / "tres hijos
varones"); only in lower case (a capitalised "King",
"Father", "El Niño" is a name or a title of a name) or capitalised by its place, at a sentence's start or in a
title-case headline ("Woman Arrested After Standoff"), and courtesy titles before a name ("Mr.", "Mrs.", "Ms.",
"Sr.", "Sra.", "doña"). When each side says a gender more often than the other ("man" against "mujer"), the pair's
person changed: one finding on the translated side (the rewrite for two versions in one language), at the word
that changed, naming both. A side that says one gender where the other says none ("the child" / "el niño", "a parent"
/ "un padre") is not reported: English has neutral words where Spanish has none. And such a word is left out of the
comparison (``said_neutrally``, ``NEUTRAL_WORDS``), so that "The child's father" / "La madre del niño" compares
"father" with "madre" ("niño", the child, had balanced "father"), and a Spanish masculine plural, of a mixed group as
often as of males, is such a word ("a mother and her two sons" / "un padre y sus dos hijos" compares "mother" with
"padre"); not where the word of no gender is said of someone a
gendered word names ("an infant girl", "her son, a toddler,"), and where the words read more than one way ("The boy
and the child" / "El niño y la niña"), a reading in which the genders agree is taken.

An office or a trade is read in Spanish by its article (``OFFICES``: "el alcalde", "la directora", "el primer alcalde
latino"), against an English word that gives a gender ("The actress" / "El actor", "The waitress" / "El mesero", "the
city's first Latina mayor"). English says the office without one ("the mayor"), so it is a word of no gender there, and
the Spanish office that renders it is left out as above: "the Georgian president, … his spokeswoman" / "el presidente
georgiano, … su portavoz" gives the spokeswoman no man.

Measured on the dev corpus: 439 faithful sentence pairs give a person a gender on both sides (393 before the offices
were read), none the other way as the rule reads them; with the first Spanish word swapped (hombre / mujer), 9 in 10
are found, 248 of 273 (tests/test_rule_persons.py).

"Brother" and "sister" also relate things ("a sister city", "its sister virus"): a sibling is read after a person's
possessive ("his sister"), or after an English article where nothing it relates follows ("survived by his parents and
a brother", "the brother of the victim"), and in Spanish after a possessive or an article (``SIBLINGS``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.names import is_title_case
from bilingo.rules.words import fold, gate_words
from bilingo.settings import Settings

RULE = "pronoun-mismatch"
TEXT_MEMO_SIZE = 1 << 14
MALE, FEMALE = "male", "female"
PERSON_WORDS = {
    "en": {
        MALE: r"man|boy|father|son|husband|brother|grandfather|grandson|uncle|nephew|boyfriend|king|prince|"
              r"gentleman|businessman|congressman|chairman|spokesman|policeman|widower|stepfather|stepson|dad|groom|"
              r"councilman|assemblyman|alderman|anchorman|sportsman|"
              r"bridegroom|men|"
              r"sons|brothers|boys|fathers|husbands|grandsons|grandfathers|nephews|uncles|boyfriends|kings|princes",
        FEMALE: r"woman|girl|mother|daughter|wife|sister|grandmother|granddaughter|aunt|niece|girlfriend|queen|"
                r"princess|lady|businesswoman|congresswoman|chairwoman|spokeswoman|policewoman|widow|stepmother|"
                r"councilwoman|assemblywoman|alderwoman|anchorwoman|sportswoman|actress|waitress|hostess|heroine|"
                r"Latina|"
                r"stepdaughter|mom|mum|bride|nun|women|"
                r"daughters|sisters|girls|mothers|wives|granddaughters|grandmothers|nieces|aunts|girlfriends|queens|"
                r"princesses|nuns",
    },
    "es": {
        MALE: r"hombre|niño|chico|muchacho|padre|papá|hijo|esposo|marido|hermano|abuelo|nieto|tío|sobrino|novio|rey|"
              r"príncipe|señor|caballero|viudo|padrastro|hijastro|yerno|suegro|empresario|hombres|varón|varones|"
              # (a masculine plural said of males only: "tres hijos varones" are three sons)
              r"(?:hijos|hermanos|niños|nietos|sobrinos)\s+varones",
        FEMALE: r"mujer|niña|chica|muchacha|madre|mamá|hija|esposa|hermana|abuela|nieta|tía|sobrina|novia|reina|"
                r"princesa|señora|señorita|dama|viuda|madrastra|hijastra|nuera|suegra|empresaria|monja|mujeres|"
                r"concejala|vocera|"
                r"hijas|hermanas|niñas|chicas|muchachas|madres|esposas|nietas|abuelas|sobrinas|tías|novias|señoras",
    },
}
COURTESY_TITLES = {
    "en": {MALE: r"Mr\b\.?", FEMALE: r"(?:Mrs|Ms)\b\.?|Miss(?=\s+[A-Z])"},
    "es": {MALE: r"Sr\b\.?|don(?=\s+[A-ZÁÉÍÓÚÑ])", FEMALE: r"(?:Sra|Srta)\b\.?|doña(?=\s+[A-ZÁÉÍÓÚÑ])"},
}
# (no IGNORECASE: a capitalised noun is a name or part of one; "man-made" and "hombre-lobo" are no person)
# "joven", "adolescente" and "portavoz", one form for both genders, are a woman or a girl after a feminine article ("una
# joven de 16 años" is "a young woman", "una adolescente" a teenage girl, "la portavoz" a spokeswoman). The masculine
# article is read as no gender, as Spanish says "un joven" of a young person whose gender is not in question, and some
# translators "un portavoz" of a spokeswoman ("A Kent Police spokeswoman" / "Un portavoz", twice in the dev corpus).
# The other nouns of one form ("la testigo", "la estudiante") are not read: English names those people without a
# gender ("a witness"), and a sentence about two people then gives a gender to a different one on each side (a
# faithful corpus pair: "A witness … a spokesman" / "Una testigo … un portavoz").
COMMON_GENDER_NOUNS = "joven|adolescente|portavoz"
_FEMININE_ARTICLE = {"es": r"[Ll]a|[Uu]na"}
# The titles of local news whose one form serves both genders are read by their article, either one: English names
# these people by a gendered compound ("Councilwoman Ruiz", "Congressman Smith") as often as not, so "The
# councilwoman voted" / "El concejal votó" is a person changed. (Said of no gender in English, "a council member",
# they say none.) "Vocero" is read in the feminine only, "vocera", as "portavoz" is (above).
COMMON_GENDER_TITLES = "concejal|congresista|asambleísta"
_MASCULINE_ARTICLE = {"es": r"[Ee]l|[Uu]n|del|al"}
# A person's office or trade, read with its article, which says the gender where the noun may not ("la juez", "el
# alcalde"), and a few adjectives that come between ("el primer alcalde latino" of "the city's first Latina mayor",
# "la nueva directora"). Without an article the noun is no person ("obra maestra", a masterpiece; "plan director").
# English says these trades without a gender ("the mayor", "the teacher"), so they count against its gendered words
# only ("The actress" / "El actor", "Mr. Smith, the principal" / "la directora").
OFFICES = {
    MALE: "alcalde|presidente|director|maestro|profesor|enfermero|actor|mesero|camarero|abogado|médico|doctor|jefe|"
          "senador|gobernador|diputado|juez|ministro|entrenador|dueño|gerente|fiscal|secretario",
    FEMALE: "alcaldesa|presidenta|directora|maestra|profesora|enfermera|actriz|mesera|camarera|abogada|doctora|jefa|"
            "senadora|gobernadora|diputada|jueza|ministra|entrenadora|dueña|gerenta|secretaria|"
            # (one form, its gender the article's)
            "presidente|juez|fiscal|gerente|médico|jefe",
}
_BEFORE_OFFICE = (r"(?:(?:primer|primera|nuevo|nueva|ex|actual|próximo|próxima|futuro|futura|antiguo|antigua|"
                  r"único|única)\s+)?")
_PERSON = {lang: re.compile("|".join(
    rf"(?P<{gender}>(?<![\w-])(?:(?:{words})(?![\w-])|{COURTESY_TITLES[lang][gender]}"
    + (rf"|(?:{_FEMININE_ARTICLE[lang]})\s+(?:{COMMON_GENDER_NOUNS}|{COMMON_GENDER_TITLES})(?![\w-])"
       rf"|(?:{_FEMININE_ARTICLE[lang]})\s+{_BEFORE_OFFICE}(?:{OFFICES[FEMALE]})(?![\w-])"
       if gender == FEMALE and lang in _FEMININE_ARTICLE else "")
    + (rf"|(?:{_MASCULINE_ARTICLE[lang]})\s+(?:{COMMON_GENDER_TITLES})(?![\w-])"
       rf"|(?:{_MASCULINE_ARTICLE[lang]})\s+{_BEFORE_OFFICE}(?:{OFFICES[MALE]})(?![\w-])"
       if gender == MALE and lang in _MASCULINE_ARTICLE else "") + "))"
    for gender, words in genders.items())) for lang, genders in PERSON_WORDS.items()}


# "Sister" and "brother" also relate things ("a sister group of the dinosaurs", "its sister SARS-CoV"), which
# Spanish calls by the thing's grammatical gender ("un grupo hermano", "su hermano, el SARS-CoV"): a sibling counts
# only after a person's possessive ("his sister", "Smith's brother") or, in Spanish, after a possessive or an article
# ("su hermana", "la hermana de"); a plural after an article or a count too ("The two brothers were charged", "por
# dos hermanas": "sister cities" is the singular's, "ciudades hermanas" follow their noun).
SIBLINGS = {"en": frozenset({"sister", "brother", "sisters", "brothers"}),
            "es": frozenset({"hermano", "hermana", "hermanas"})}
_SIBLING_BEFORE = {
    "en": re.compile(r"(?:\b(?:his|her|their|my|your|our)|\w['’]s)\s+(?:(?:older|younger|twin|big|little|half|step|"
                     r"late|own|two|three|four)[\s-]+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:sus?|mis?|tus?|nuestr[oa]s?|el|la|las|un|una|unas|del|al)\s+(?:(?:dos|tres|cuatro)\s+)?$",
                     re.IGNORECASE),
}
# an English sibling after an article where nothing it relates follows ("survived by a brother and a sister", "the
# brother of the victim"; not "a sister city", "the sister station")
_ARTICLE_BEFORE_SIBLING = re.compile(r"\b(?:a|the)\s+(?:(?:older|younger|twin|big|little|late)[\s-]+)?$",
                                     re.IGNORECASE)
_NOTHING_RELATED_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|who|of|in|named|died|was|is)\b)")
_SIBLINGS_PLURAL = {"en": frozenset({"brothers", "sisters"}), "es": frozenset({"hermanas"})}
_PLURAL_SIBLING_BEFORE = {
    "en": re.compile(r"\b(?:the|both|two|three|four|five|six)\s+(?:(?:older|younger|twin)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:ambas|dos|tres|cuatro|cinco|seis)\s+$", re.IGNORECASE),
}


# Every word ``_PERSON`` finds, folded as ``folded_words`` folds them: a sentence holding none (most) is done
# (and their possessives: "the man's car")
_CUES = {lang: frozenset(fold(word) + ending for gender in genders.values() for word in gender.split("|")
                         for ending in ("", "'s"))
         | frozenset({"mr", "mrs", "ms", "miss", "sr", "sra", "srta", "don", "dona"})
         | (frozenset(fold(word) for word in f"{COMMON_GENDER_NOUNS}|{COMMON_GENDER_TITLES}|{OFFICES[MALE]}|"
                                              f"{OFFICES[FEMALE]}".split("|"))
            if lang in _FEMININE_ARTICLE else frozenset())
         for lang, genders in PERSON_WORDS.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def persons(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The genders ``text`` gives a person in a word: (gender, start, end) of each, in text order."""
    lang = "es" if lang == "es" else "en"
    if _CUES[lang].isdisjoint(gate_words(text)):
        return ()
    read = _capitals_of_position_lowered(text, lang)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _PERSON[lang].finditer(read)
                 if match.group() not in SIBLINGS[lang]
                 or _SIBLING_BEFORE[lang].search(read, max(0, match.start() - 40), match.start())
                 or (lang == "en" and _ARTICLE_BEFORE_SIBLING.search(read, max(0, match.start() - 20), match.start())
                     and _NOTHING_RELATED_AFTER.match(read, match.end()))
                 or (match.group() in _SIBLINGS_PLURAL[lang]
                     and _PLURAL_SIBLING_BEFORE[lang].search(read, max(0, match.start() - 30), match.start())))


_PERSON_NOUNS = {lang: frozenset(word for words in genders.values() for word in words.split("|"))
                 for lang, genders in PERSON_WORDS.items()}
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?![\w-])")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+)[\"“«'‘(¿¡]*$")


def _capitals_of_position_lowered(text: str, lang: str) -> str:
    """``text`` with a word for a person lowered where its capital is the position's, not a name's: at a sentence's
    start ("Woman arrested after standoff" / "Hombre arrestado") and in a title-case headline ("Woman Arrested After
    Standoff in North Austin"). Mid-sentence a capital still makes a name or a title of one ("King", "El Niño")."""
    title_case = None
    for match in _CAPITALISED_WORD.finditer(text):
        word = match.group()
        if word.lower() not in _PERSON_NOUNS[lang]:
            continue
        if not _OPENS_SENTENCE.search(text, 0, match.start()):
            if title_case is None:
                title_case = is_title_case(text)
            if not title_case:
                continue
        text = text[:match.start()] + word[0].lower() + text[match.start() + 1:]
    return text


def prepare(version: Version, settings: Settings) -> None:
    """The words for people of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, persons)


# One person's word in both languages, and in the other gender, as one group: the finding names the word whose
# counterpart the other side lacks ("The boy's grandmother" / "El abuelo del niño": "abuelo", not "niño")
COUNTERPARTS = [group.split() for group in (
    "man woman hombre mujer", "men women hombres mujeres", "boy girl niño niña chico chica muchacho muchacha",
    "father mother padre madre dad mom mum papá mamá fathers mothers madres",
    "son daughter hijo hija sons daughters hijas", "husband wife esposo esposa marido husbands wives esposas",
    "brother sister hermano hermana brothers sisters hermanas",
    "grandfather grandmother abuelo abuela grandfathers grandmothers abuelas",
    "grandson granddaughter nieto nieta grandsons granddaughters nietas",
    "uncle aunt tío tía uncles aunts tías", "nephew niece sobrino sobrina nephews nieces sobrinas",
    "boyfriend girlfriend novio novia boyfriends girlfriends novias", "king queen rey reina kings queens",
    "prince princess príncipe princesa princes princesses", "boys girls niñas chicas muchachas", "señoras",
    "nun monja nuns", "gentleman lady caballero dama",
    "businessman businesswoman empresario empresaria",
    "widower widow viudo viuda", "stepfather stepmother padrastro madrastra", "stepson stepdaughter hijastro hijastra",
    "groom bridegroom bride", "mr mrs ms miss sr sra srta señor señora señorita don doña",
    "congressman congresswoman chairman chairwoman spokesman spokeswoman policeman policewoman vocera",
    "councilman councilwoman concejala", "assemblyman assemblywoman alderman alderwoman", "anchorman anchorwoman",
    "sportsman sportswoman", "actor actress actriz", "waiter waitress mesero mesera camarero camarera",
    "host hostess", "hero heroine",
)]
_GROUP_OF = {fold(word): number for number, group in enumerate(COUNTERPARTS) for word in group}


def counterpart_group(word: str, lang: str) -> int | None:
    """The group of ``COUNTERPARTS`` a person word belongs to (its translations and its other gender)."""
    return _GROUP_OF.get(fold(word.rstrip(".")))


# A word that names a person without a gender in one language, and the gendered words the other language may say
# it with: "the child's father" / "el padre del niño" ("niño" is the child, not a boy), "the baby's mother" / "la madre
# del bebé" (the other way round: "the boy's mother" / "la madre del menor").
NEUTRAL_WORDS = {
    "en": {"child kid baby infant toddler newborn": "niño niña chico chica nene nena hijo hija",
           "children kids": "niñas chicas hijas",
           "teen teenager youth adolescent": "chico chica muchacho muchacha niño niña",
           "teens teenagers": "chicas muchachas",
           "parent": "padre madre papá mamá", "sibling": "hermano hermana", "siblings": "hermanas",
           "grandchild": "nieto nieta", "grandchildren": "nietas", "grandparent": "abuelo abuela",
           "spouse partner": "esposo esposa marido novio novia",
           # an office or a trade (``OFFICES``), which Spanish says with its gender: "the Georgian president, … his
           # spokeswoman" / "el presidente georgiano, … su portavoz" gives the spokeswoman no man
           "president chair": "presidente presidenta", "mayor": "alcalde alcaldesa",
           "principal director": "director directora", "teacher": "maestro maestra profesor profesora",
           "professor": "profesor profesora", "nurse": "enfermero enfermera", "actor": "actor",
           "waiter server": "mesero mesera camarero camarera", "lawyer attorney": "abogado abogada",
           "doctor physician": "médico doctor doctora", "head chief boss": "jefe jefa",
           "senator": "senador senadora", "governor": "gobernador gobernadora",
           "representative representatives lawmaker lawmakers legislator deputy": "diputado diputada",
           "judge": "juez jueza", "minister": "ministro ministra", "coach": "entrenador entrenadora",
           "owner": "dueño dueña", "manager": "gerente gerenta", "prosecutor": "fiscal",
           "secretary": "secretario secretaria"},
    "es": {"menor bebé": "boy girl son daughter", "pareja cónyuge": "husband wife boyfriend girlfriend",
           # a masculine plural, of a mixed group as often as of males ("a mother and her two sons" / "un padre y sus
           # dos hijos" compares "mother" with "padre")
           "hijos": "sons", "hermanos": "brothers", "nietos": "grandsons", "sobrinos": "nephews",
           "niños chicos muchachos": "boys", "abuelos": "grandfathers", "tíos": "uncles", "padres": "fathers"},
}
_NEUTRAL_WORD = {lang: re.compile(rf"(?<![\w-])(?:{'|'.join(' '.join(words).split())})(?![\w-])", re.IGNORECASE)
                 for lang, words in NEUTRAL_WORDS.items()}
_RENDERINGS = {lang: {fold(neutral): frozenset(fold(word) for word in renderings.split())
                      for neutrals, renderings in words.items() for neutral in neutrals.split()}
               for lang, words in NEUTRAL_WORDS.items()}
_MOST_READINGS = 64  # ways of leaving words out tried for one pair


# a word of no gender said of someone a gendered word names too: "an infant girl", "a baby boy", "her daughter and
# only child", "her son, a toddler,", "the first Latina mayor" (not "the child's father": a possessive names another
# person; nor "a woman and child")
_SAME_PERSON_AFTER = re.compile(r"\s+$")
_SAME_PERSON_BEFORE = re.compile(r"(?:\s*,\s+(?:(?:an?|the|una?|el|la)\s+)?|\s+and\s+only\s+|\s+)$", re.IGNORECASE)


def _neutral_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that name a person without a gender, but those said of someone a gendered word names."""
    spans = persons(text, lang)
    words = []
    for match in _NEUTRAL_WORD[lang].finditer(text):
        if any(_SAME_PERSON_AFTER.fullmatch(text, match.end(), start) or _SAME_PERSON_BEFORE.fullmatch(
                text, end, match.start()) for _, start, end in spans):
            continue
        words.append(match.group())
    return words


def said_neutrally(aligned: AlignedDocument, pair, said: dict) -> dict:
    """``said`` without the gendered words of a side that render a word of no gender on the other side ("The
    child's father" / "La madre del niño" compares "father" with "madre", not with "madre" and "niño"). Where the
    words could be read more than one way ("The boy and the child" / "El niño y la niña"), a reading in which the
    genders agree is taken."""
    if aligned.left.lang == aligned.right.lang:
        return said
    readings = [said]
    for side in ("left", "right"):
        other = aligned.other(side)
        version, other_version = aligned.version(side), aligned.version(other)
        renderings = [_RENDERINGS[version.lang][fold(word)] for index in getattr(pair, side)
                      for word in _neutral_words(version.segments[index].text, version.lang)]
        words = [fold(other_version.segments[index].text[begin:end].split()[-1])
                 for index, (_, begin, end) in said[other]]
        choices = [positions for rendered in renderings
                   if (positions := [position for position, word in enumerate(words) if word in rendered])]
        if not choices:
            continue
        # (each word of no gender its own rendering; failing that, two may share one: "the party's representatives,
        # … the deputy" / "la diputada")
        dropped = ([set(chosen) for chosen in itertools.islice(itertools.product(*choices), _MOST_READINGS)
                    if len(set(chosen)) == len(chosen)]
                   or [set(chosen) for chosen in itertools.islice(itertools.product(*choices), _MOST_READINGS)])
        readings = [reading | {other: [item for position, item in enumerate(reading[other]) if position not in drop]}
                    for reading in readings for drop in dropped] or readings
    for reading in readings:
        if not changed(*(Counter(kind for _, (kind, _, _) in reading[side]) for side in ("left", "right"))):
            return reading
    return readings[0]


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, persons, changed, evidence_key="genders", confidence=0.7,
                             counterparts=counterpart_group, unsaid=said_neutrally)


# whether each side says a gender more often than the other
changed = each_says_more
