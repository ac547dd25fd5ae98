"""name-mismatch: a person's or a group's nationality changed ("a Mexican citizen" / "un ciudadano guatemalteco",
"Venezuelan migrants" / "migrantes colombianos").

Local news in the United States tells who was deported, detained or granted asylum by where they come from, and a
nationality turned in translation tells Spanish readers of another community; the names rule does not see it (a
nationality is no name: "Mexican" is an adjective in both languages) and chrF barely moves.

Each side of an aligned pair is read in its own language (the originals). A nationality is one of a few kinds, each
with its words in both languages, every gender and number ("Guatemalan", "Guatemalans", "guatemalteco",
"guatemaltecas"); English ones are capitalised, Spanish ones in lower case or a plural opening a sentence
("Guatemaltecos"; a capitalised singular is as often a country: "China", "Argentina"). When each side says a nationality more often than the other, it changed: one finding on the
translated side, at the word that changed, naming both. A nationality one side says and the other leaves out, or says
by the country's name ("Mexican officials" / "autoridades de México"), says nothing: the country's name is the names
rule's to compare. So is one country named for another, but where that rule cannot compare them: a country whose
name the two languages write differently ("Mexico" / "México") against one they write alike ("Guatemala") is reported
here, and so is one that the names rule takes for an organisation's, its name holding a generic word ("Puerto Rico"
/ "Cuba", "República Dominicana").

The kinds are those of the Americas that US local news reports on most, a few others often in the news, and the
African and Asian communities whose refugees and runners it reports on (Kenyan, Ethiopian, Somali...); the
English, the British and the Scottish are one kind, "British or English"; a language is its people's ("in
Mandarin" / "en francés": Chinese against French), and four Indigenous peoples of Mexico and the Andes whose
languages a clinic or a school offers are kinds (Mixtec, Zapotec, Nahua, Quechua); "Spanish-language" and
"English-speaking" say their language ("a Spanish-language Mass" / "una misa en inglés"), and "Cuban-born" its
people ("The Cuban-born artist" / "nacido en Puerto Rico"; not "Mexican-American"); the Maya, the Aztecs and the
Incas are peoples of their own ("built by the Maya" / "por los aztecas"). Left out: "American" (also
"Latin American", "African American"; "estadounidense" and "norteamericano" are not its only words), "Indian"
(India's, or a Native American's), "Dominican" before "Republic" (the country's name).

Measured on the faithful sentence pairs of the dev corpus: 1,418 say a nationality or a country on both sides, none
another; the first Spanish demonym turned, 276 of 277 are found (tests/test_rule_nationalities.py; the Irish, the
Dutch, the Greeks and the Swedes are kinds since the forty-third round, "German immigrants" / "irlandeses", and their
countries since the fifty-first, with Cambodia and Thailand: "emigrated from Vietnam" / "de Camboya", which the names
rule cannot compare, a country written alike against one the two languages write differently). The language of a
Catholic Mass is read too ("Mass in Spanish" / "misa en latín"). A kind said after "only" in its clause is also that
kind alone (``bilingo.findings.said_alone``, as the opposites read it since the sixtieth round), so a list cut to one
is found: "available in English and Spanish" / "solo está disponible en inglés" (the sixty-first round; the measure
above did not move).

A person's or a community's faith is compared the same way (``RELIGIONS``: "the Catholic church" / "la iglesia
evangélica", and a church's capitalised name, "la Primera Iglesia Bautista"), each against the others; the
Protestant churches are one kind, and "Orthodox", Jewish or Christian,
is not read. 30 faithful pairs of the dev corpus say one on both sides, none another; with the first Spanish one
turned, 25 of 26 are found.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import ONLY, contrast_findings, prepare_sentences, said_alone
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.names import COUNTRIES as NAMES_COUNTRIES
from bilingo.rules.names import GENERIC as NAMES_GENERIC
from bilingo.rules.opposites import expand, phrase_readers
from bilingo.rules.words import alternation, fold, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
_O = "{o,a,os,as}"  # a Spanish demonym's four endings ("mexicano", "mexicanas")
# each nationality and its words ("{a,b}" expands as in ``opposites.expand``)
NATIONALITIES = {
    "Mexican": {"en": "Mexican{,s}", "es": f"mexican{_O}"},
    "Guatemalan": {"en": "Guatemalan{,s}", "es": "guatemalte{co,ca,cos,cas}"},
    "Honduran": {"en": "Honduran{,s}", "es": f"hondureñ{_O}"},
    "Salvadoran": {"en": "Salvadoran{,s}|Salvadorean{,s}|Salvadorian{,s}", "es": f"salvadoreñ{_O}"},
    "Nicaraguan": {"en": "Nicaraguan{,s}", "es": "nicaragüense{,s}"},
    "Costa Rican": {"en": "Costa Rican{,s}", "es": "costarricense{,s}"},
    "Panamanian": {"en": "Panamanian{,s}", "es": f"panameñ{_O}"},
    "Cuban": {"en": "Cuban{,s}", "es": f"cuban{_O}"},
    "Dominican": {"en": "Dominican{,s}", "es": f"dominican{_O}"},
    "Puerto Rican": {"en": "Puerto Rican{,s}", "es": f"puertorriqueñ{_O}|" + "boricua{,s}"},
    "Haitian": {"en": "Haitian{,s}", "es": f"haitian{_O}"},
    "Venezuelan": {"en": "Venezuelan{,s}", "es": f"venezolan{_O}"},
    "Colombian": {"en": "Colombian{,s}", "es": f"colombian{_O}"},
    "Ecuadorian": {"en": "Ecuadorian{,s}|Ecuadorean{,s}", "es": f"ecuatorian{_O}"},
    "Peruvian": {"en": "Peruvian{,s}", "es": f"peruan{_O}"},
    "Bolivian": {"en": "Bolivian{,s}", "es": f"bolivian{_O}"},
    "Chilean": {"en": "Chilean{,s}", "es": f"chilen{_O}"},
    "Argentine": {"en": "Argentine{,s}|Argentinian{,s}", "es": f"argentin{_O}"},
    "Uruguayan": {"en": "Uruguayan{,s}", "es": "uruguay{o,a,os,as}"},
    "Paraguayan": {"en": "Paraguayan{,s}", "es": "paraguay{o,a,os,as}"},
    "Brazilian": {"en": "Brazilian{,s}", "es": f"brasileñ{_O}"},
    "Canadian": {"en": "Canadian{,s}", "es": "canadiense{,s}"},
    "Spanish": {"en": "Spanish|Spaniard{,s}|Spanish-{language,speaking}", "es": "español{,a,es,as}|"
                                                                            "hispanohablante{,s}"},
    "British or English": {"en": "British|Briton{,s}|English|English-{language,speaking}|Englishm{an,en}|Scottish|"
                                  "Scot{,s}",
                "es": f"británic{_O}|" + "ingl{és,esa,eses,esas}|escoc{és,esa,eses,esas}"},
    "French": {"en": "French|Frenchm{an,en}", "es": "franc{és,esa,eses,esas}"},
    "German": {"en": "German{,s}", "es": "alem{án,ana,anes,anas}"},
    "Irish": {"en": "Irish|Irishm{an,en}|Irishwom{an,en}", "es": "irland{és,esa,eses,esas}"},
    "Dutch": {"en": "Dutch|Dutchm{an,en}", "es": "holand{és,esa,eses,esas}|neerland{és,esa,eses,esas}"},
    "Greek": {"en": "Greek{,s}", "es": f"grieg{_O}"},
    "Swedish": {"en": "Swedish|Swede{,s}", "es": "suec{o,a,os,as}"},
    "Italian": {"en": "Italian{,s}", "es": f"italian{_O}"},
    "Portuguese": {"en": "Portuguese", "es": "portugu{és,esa,eses,esas}"},
    "Russian": {"en": "Russian{,s}", "es": f"rus{_O}"},
    "Ukrainian": {"en": "Ukrainian{,s}", "es": f"ucranian{_O}"},
    # (and its languages: "in Mandarin" / "en francés")
    "Chinese": {"en": "Chinese|Mandarin|Cantonese", "es": f"chin{_O}|" + "mandarín|cantonés"},
    "Japanese": {"en": "Japanese", "es": "japon{és,esa,eses,esas}"},
    "Korean": {"en": "Korean{,s}", "es": f"corean{_O}"},
    "Vietnamese": {"en": "Vietnamese", "es": "vietnamita{,s}"},
    "Filipino": {"en": "Filipino{,s}|Filipina{,s}", "es": f"filipin{_O}"},
    "Afghan": {"en": "Afghan{,s}", "es": f"afgan{_O}"},
    "Syrian": {"en": "Syrian{,s}", "es": f"siri{_O}"},
    "Iraqi": {"en": "Iraqi{,s}", "es": "iraquí{,es}"},
    "Iranian": {"en": "Iranian{,s}", "es": "iraní{,es}"},
    "Israeli": {"en": "Israeli{,s}", "es": "israelí{,es}"},
    "Palestinian": {"en": "Palestinian{,s}", "es": f"palestin{_O}"},
    "Turkish": {"en": "Turkish|Turk{,s}", "es": f"turc{_O}"},
    "Polish": {"en": "Polish|Pole{,s}", "es": f"polac{_O}"},
    "Nigerian": {"en": "Nigerian{,s}", "es": f"nigerian{_O}"},
    # (the African and Asian communities whose refugees and runners US local news reports on)
    "Kenyan": {"en": "Kenyan{,s}", "es": f"kenian{_O}|" + "keniata{,s}"},
    "Ethiopian": {"en": "Ethiopian{,s}", "es": "etíope{,s}"},
    "Somali": {"en": "Somali{,s}", "es": "somalí{,es}"},
    "Eritrean": {"en": "Eritrean{,s}", "es": f"eritre{_O}"},
    "Congolese": {"en": "Congolese", "es": f"congoleñ{_O}"},
    "Ghanaian": {"en": "Ghanaian{,s}", "es": "ghan{és,esa,eses,esas}"},
    "Moroccan": {"en": "Moroccan{,s}", "es": "marroquí{,es}"},
    "Egyptian": {"en": "Egyptian{,s}", "es": f"egipci{_O}"},
    "Pakistani": {"en": "Pakistani{,s}", "es": "pakistaní{,es}|paquistaní{,es}"},
    "Nepali": {"en": "Nepali{,s}|Nepalese", "es": "nepal{í,íes,és,esa,eses,esas}"},
    "Burmese": {"en": "Burmese", "es": f"birman{_O}"},
    "Cambodian": {"en": "Cambodian{,s}", "es": f"camboyan{_O}"},
    "Thai": {"en": "Thai{,s}", "es": "tailand{és,esa,eses,esas}"},
    # the language of a Catholic Mass, which is no people's ("celebrated Mass in Spanish" / "la misa en latín")
    "Latin": {"en": "in Latin|Latin Mass{,es}", "es": "en latín|misa{,s} en latín"},
    # the Indigenous peoples of Mexico and the Andes whose languages a clinic or a school offers ("in Spanish and
    # Mixtec" / "en español y náhuatl")
    "Mixtec": {"en": "Mixtec{,s}", "es": "mixtec{o,a,os,as}"},
    "Zapotec": {"en": "Zapotec{,s}", "es": "zapotec{o,a,os,as}"},
    "Nahua": {"en": "Nahuatl|Nahua{,s}", "es": "náhuatl|nahua{,s}"},
    "Quechua": {"en": "Quechua", "es": "quechua{,s}"},
    # (and the peoples of the ancient cities: "built by the Maya" / "por los aztecas")
    "Maya": {"en": "Maya|Mayas|Mayan{,s}", "es": "maya{,s}"},
    "Aztec": {"en": "Aztec{,s}|Mexica", "es": "azteca{,s}|mexica{,s}"},
    "Inca": {"en": "Inca{,s}|Incan", "es": "inca{,s}|incaic{o,a,os,as}"},
}
# each nationality's country, by its names: "Italy's team" / "el equipo italiano" says one nationality on both sides
COUNTRIES = {
    "Mexican": {"en": "Mexico", "es": "México|Mexico"}, "Guatemalan": {"en": "Guatemala", "es": "Guatemala"},
    "Honduran": {"en": "Honduras", "es": "Honduras"}, "Salvadoran": {"en": "El Salvador", "es": "El Salvador"},
    "Nicaraguan": {"en": "Nicaragua", "es": "Nicaragua"}, "Costa Rican": {"en": "Costa Rica", "es": "Costa Rica"},
    "Panamanian": {"en": "Panama", "es": "Panamá"}, "Cuban": {"en": "Cuba", "es": "Cuba"},
    "Dominican": {"en": "Dominican Republic", "es": "República Dominicana"},
    "Puerto Rican": {"en": "Puerto Rico", "es": "Puerto Rico"}, "Haitian": {"en": "Haiti", "es": "Haití"},
    "Venezuelan": {"en": "Venezuela", "es": "Venezuela"}, "Colombian": {"en": "Colombia", "es": "Colombia"},
    "Ecuadorian": {"en": "Ecuador", "es": "Ecuador"}, "Peruvian": {"en": "Peru", "es": "Perú"},
    "Bolivian": {"en": "Bolivia", "es": "Bolivia"}, "Chilean": {"en": "Chile", "es": "Chile"},
    "Argentine": {"en": "Argentina", "es": "Argentina"}, "Uruguayan": {"en": "Uruguay", "es": "Uruguay"},
    "Paraguayan": {"en": "Paraguay", "es": "Paraguay"}, "Brazilian": {"en": "Brazil", "es": "Brasil"},
    "Canadian": {"en": "Canada", "es": "Canadá"}, "Spanish": {"en": "Spain", "es": "España"},
    "British or English": {"en": "Britain|Great Britain|United Kingdom|UK|England|Scotland",
                "es": "Gran Bretaña|Reino Unido|Inglaterra|Escocia"},
    "French": {"en": "France", "es": "Francia"}, "German": {"en": "Germany", "es": "Alemania"},
    "Italian": {"en": "Italy", "es": "Italia"}, "Portuguese": {"en": "Portugal", "es": "Portugal"},
    "Russian": {"en": "Russia", "es": "Rusia"},
    "Ukrainian": {"en": "Ukraine", "es": "Ucrania"}, "Chinese": {"en": "China", "es": "China"},
    "Japanese": {"en": "Japan", "es": "Japón"}, "Korean": {"en": "Korea|South Korea|North Korea", "es": "Corea"},
    "Vietnamese": {"en": "Vietnam", "es": "Vietnam"}, "Filipino": {"en": "Philippines", "es": "Filipinas"},
    "Afghan": {"en": "Afghanistan", "es": "Afganistán"}, "Syrian": {"en": "Syria", "es": "Siria"},
    "Iraqi": {"en": "Iraq", "es": "Irak|Iraq"}, "Iranian": {"en": "Iran", "es": "Irán"},
    "Israeli": {"en": "Israel", "es": "Israel"}, "Palestinian": {"en": "Palestine", "es": "Palestina"},
    "Turkish": {"en": "Turkey", "es": "Turquía"}, "Polish": {"en": "Poland", "es": "Polonia"},
    "Nigerian": {"en": "Nigeria", "es": "Nigeria"},
    "Kenyan": {"en": "Kenya", "es": "Kenia"}, "Ethiopian": {"en": "Ethiopia", "es": "Etiopía"},
    "Somali": {"en": "Somalia", "es": "Somalia"}, "Eritrean": {"en": "Eritrea", "es": "Eritrea"},
    "Congolese": {"en": "Congo", "es": "Congo"}, "Ghanaian": {"en": "Ghana", "es": "Ghana"},
    "Moroccan": {"en": "Morocco", "es": "Marruecos"}, "Egyptian": {"en": "Egypt", "es": "Egipto"},
    "Pakistani": {"en": "Pakistan", "es": "Pakistán"}, "Nepali": {"en": "Nepal", "es": "Nepal"},
    "Burmese": {"en": "Myanmar|Burma", "es": "Myanmar|Birmania"},
    "Cambodian": {"en": "Cambodia", "es": "Camboya"}, "Thai": {"en": "Thailand", "es": "Tailandia"},
    "Irish": {"en": "Ireland", "es": "Irlanda"}, "Dutch": {"en": "Netherlands|Holland", "es": "Países Bajos|Holanda"},
    "Greek": {"en": "Greece", "es": "Grecia"}, "Swedish": {"en": "Sweden", "es": "Suecia"},
}
_PHRASES = {lang: expand("|".join(words[lang] for words in NATIONALITIES.values())) for lang in ("en", "es")}
_COUNTRY_PHRASES = {lang: expand("|".join(names[lang] for names in COUNTRIES.values())) for lang in ("en", "es")}
_KIND_OF = {lang: {fold(phrase): kind for table in (NATIONALITIES, COUNTRIES) for kind, words in table.items()
                   for phrase in expand(words[lang])}
            for lang in ("en", "es")}
_COUNTRY_WORDS = {lang: frozenset(map(fold, phrases)) for lang, phrases in _COUNTRY_PHRASES.items()}
_SPACE = r"\s+"
_WORDS = {
    # English nationalities are capitalised ("polish", "turkey" are other words); "Dominican Republic" is a country
    "en": re.compile(rf"(?<![\w-])(?<!New )(?:{alternation(_PHRASES['en'] + _COUNTRY_PHRASES['en'], space=_SPACE)})"
                     # (not "Mexican-American"; but "Cuban-born", born there)
                     r"(?:(?![\w-])|(?=-born\b))(?!\s+(?:Republic|City)\b)"),
    # Spanish ones in lower case, or a plural opening a sentence ("Guatemaltecos"): a capitalised singular is as often
    # a country ("China", "Argentina", "República Dominicana")
    "es": re.compile(rf"(?<![\w-])(?<!Nuevo )(?<!Nueva )(?:{alternation(_PHRASES['es'] + _COUNTRY_PHRASES['es'], space=_SPACE)}|"
                     rf"{alternation({p.capitalize() for p in _PHRASES['es'] if p.endswith('s')}, space=_SPACE)})"
                     r"(?![\w-])"),
}
# the longest word of each phrase, folded: a sentence holding none of them (most) names no nationality
_GATE = {lang: frozenset(max(phrase.split(), key=len) for phrase in phrases) for lang, phrases in _KIND_OF.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def nationalities(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The nationalities ``text`` says: (kind, start, end) of each word, in text order."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(_born_where(gate_words(text)) if "-born" in text else gate_words(text)):
        return ()  # (most sentences)
    found = [(_KIND_OF[lang][fold(" ".join(match.group().split()))], match.start(), match.end())
             for match in _WORDS[lang].finditer(text)]
    return tuple(said_alone(text, lang, found, _SAID_ALONE))


# each kind said after "only" in its clause is also that kind alone (``bilingo.findings.said_alone``): "available in
# English and Spanish" / "solo está disponible en inglés" says Spanish on one side and English alone on the other
_SAID_ALONE = {ONLY + kind: frozenset() for table in (NATIONALITIES, COUNTRIES) for kind in table}


def _born_where(words: tuple[str, ...]) -> list[str]:
    """``words``, "cuban-born" read as "cuban" too."""
    return [*words, *(word.removesuffix("-born") for word in words if word.endswith("-born"))]


# A person's or a community's faith, each against the others ("the Catholic church" / "la iglesia evangélica"):
# English capitalises it, Spanish writes it in lower case; the Protestant churches are one kind ("evangelical" is
# Protestant), and "Orthodox" (Jewish or Christian) is not read
RELIGIONS = {
    # (a church's name capitalises its faith: "la Primera Iglesia Bautista", "la Iglesia Católica")
    "Catholic": {"en": "Catholic{,s}|Roman Catholic{,s}", "es": "católic{o,a,os,as}|Iglesia Católica"},
    "Protestant": {"en": "Protestant{,s}|evangelical{,s}|Evangelical{,s}|Baptist{,s}|Methodist{,s}|Lutheran{,s}|"
                         "Presbyterian{,s}|Pentecostal{,s}|Episcopal|Episcopalian{,s}",
                   "es": "protestante{,s}|evangélic{o,a,os,as}|bautista{,s}|metodista{,s}|luteran{o,a,os,as}|"
                         "presbiterian{o,a,os,as}|pentecostal{,es}|episcopal{,es}|episcopalian{o,a,os,as}|"
                         "Iglesia {Bautista,Metodista,Luterana,Presbiteriana,Pentecostal,Episcopal,Evangélica}"},
    "Mormon": {"en": "Mormon{,s}|Latter-day Saint{,s}", "es": "mormón|mormona{,s}|mormones"},
    "Jewish": {"en": "Jewish|Jew{,s}", "es": "judí{o,a,os,as}"},
    "Muslim": {"en": "Muslim{,s}|Islamic", "es": "musulmán|musulmana{,s}|musulmanes|islámic{o,a,os,as}"},
    "Buddhist": {"en": "Buddhist{,s}", "es": "budista{,s}"},
    "Hindu": {"en": "Hindu{,s}", "es": "hindú|hindúes"},
}
(religions,) = phrase_readers(RELIGIONS)


def prepare(version: Version, settings: Settings) -> None:
    """The nationalities and the faiths of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, nationalities, religions)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    findings = contrast_findings(aligned, settings, RULE, nationalities, changed, evidence_key="nationalities",
                                 confidence=0.6)
    findings = [finding for finding in findings if _a_nationality_changed(aligned, finding)]
    return findings + contrast_findings(aligned, settings, RULE, religions, changed, evidence_key="religions",
                                        confidence=0.6)


def _a_nationality_changed(aligned: AlignedDocument, finding: Finding) -> bool:
    """Whether a word that says a nationality, not only a country's name, is among those that changed: one country
    named for another ("Germany" / "Francia") is the names rule's to report, unless that rule cannot see it."""
    side = finding.evidence["side"]
    said = {}
    for here, key in ((side, "segments"), (aligned.other(side), "counterpart_segments")):
        version = aligned.version(here)
        texts = [version.segments[index].text for index in finding.evidence[key]]
        said[here] = [(kind, fold(text[start:end]) in _COUNTRY_WORDS[version.lang]) for text in texts
                      for kind, start, end in nationalities(text, version.lang)]
    counts = {here: Counter(kind for kind, _ in items) for here, items in said.items()}
    changed_kinds = set()
    for here, there in ((side, aligned.other(side)), (aligned.other(side), side)):
        surplus = counts[here] - counts[there]
        if any(kind in surplus and not country for kind, country in said[here]):
            return True
        changed_kinds |= set(surplus)
    # one country named for another: the names rule compares two countries of its table ("Germany" / "Francia") or
    # two names written alike in both languages ("Honduras" / "Guatemala"), not one of each ("Mexico" / "Guatemala"),
    # nor one it takes for an organisation's ("Puerto Rico" / "Cuba")
    ways = {_how_names_compare(kind) for kind in changed_kinds}
    return len(ways) == 2 or None in ways


def _how_names_compare(kind: str) -> str | None:
    """How the names rule compares a country with another: as one of its table (``names.COUNTRIES``, whose names the
    two languages write differently), as a name written alike, or not at all (``None``): a name holding a generic word
    ("Puerto Rico", "República Dominicana") is an organisation's to it, named in ordinary words and never compared."""
    names = COUNTRIES.get(kind.removeprefix(ONLY), {})
    if any(name in NAMES_COUNTRIES for name in names.get("en", "").split("|")):
        return "table"
    if any(fold(word) in NAMES_GENERIC for lang in ("en", "es") for name in names.get(lang, "").split("|")
           for word in name.split()):
        return None
    return "alike"


def changed(said, other_said) -> bool:
    """Whether each side says a nationality more often than the other ("Mexican" against "guatemalteco")."""
    return bool(said - other_said) and bool(other_said - said)
