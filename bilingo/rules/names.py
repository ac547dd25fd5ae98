"""name-mismatch: a person, place or organisation named on one side and absent on the other.

Names are what machine translation handles best: Apertium passes unknown proper nouns
through unchanged, so a name of one side should be found, nearly letter for letter, in
the other side's original text or in its machine translation. This rule finds the names
of each side of an aligned pair and looks for each in the counterpart.

**What counts as a name** (``extract_names``): a run of capitalised words, joined by
"de", "del", "la", "of", "the" between capitalised words ("Bank of England",
"José Luis Rodríguez Zapatero"), and acronyms ("NATO", "U.S.", "EE. UU."). A capitalised
word at the start of a sentence, or after an opening quote or a colon, is a name only
when the same word is written capitalised elsewhere (not at a sentence start) on the same
side of the document, or when it is a US Census given name before another capitalised word
("Mike Davis, the county judge, said": a person, compared whole); otherwise the run's other
words are the name. Title-case headlines only
keep words known as names from the body. Titles and generic words ("President",
"Minister", "Mr", "Sen.") are not names on their own and are ignored inside names; the
period of an abbreviated title or of a middle initial starts no sentence ("Sen. Ted Cruz", "Kwame R. Brown"). "Of" after a person
parts two names ("Ted Cruz of Texas": the words before it, after any title, are two or
more), not after one word or a generic one ("Duke of Edinburgh", "Bank of America").

**When a name is present on the other side** (``name_found``): any of its distinctive
words is found in the counterpart of its pair or of the pairs just before and after it
(names move across sentence boundaries), in the original or in the machine
translation, after case and accent folding, with hyphens as spaces and a possessive
"'s" removed ("Jean-Pierre" = "Jean Pierre", "Putin's" = "Putin"), or with a near-equal
spelling (difflib ratio >= 0.8: "Kazakhstan" ~ "Kazajistán"); or an equivalent of the
name in ``EQUIVALENTS`` is (White House = Casa Blanca); or an acronym of the other side
has the same letters in another order (NATO = OTAN, ECB = BCE).

A name of the *translated* side (Spanish, with ``translate_to = "en"``) that Apertium
translated into something that is in neither the English text nor the translation (an
ordinary word used as a name, "Barrio" → "Neighbourhood") cannot be judged and is
skipped: only names that pass through MT unchanged, or that the table knows, are checked
there, and the US places with Spanish names that MT translates word by word ("El Paso" is
"The Step" to Apertium, "Amarillo" "Yellow": ``bilingo.places``), so that "Austin"
/ "El Paso" is a changed name. Two names spelt alike are taken for one name in two languages ("Hauts-de-Seine" /
"Altos del Sena"), unless both are US cities (``bilingo.places.US_CITIES``: "Pasadena" / "Pearland"; a city of the
table by its English name: "Chicago" / "Nueva York"; a US city against a city abroad: "Chicago" / "Londres") or US
states
(``bilingo.places.US_STATES``, by their Spanish names too: "North Carolina" / "Carolina del Sur", and "Arizona" /
"Nuevo México", which the table would read as Mexico), or a person's
surnames that are both among the US Census's 5,000 commonest, two letters apart or more ("Ana Garcia" / "Ana Garza",
"Mike Davis" / "Mike Dávila": ``two_surnames``; "Gonzales" / "Gonzalez" is one surname). A pair scoring under
the threshold at which the coverage rule calls it a low-similarity pair (lower for a brief pair) asserts no changed
name: it may simply say other things. A car's make put for
another is a changed name even in a pair scoring under the low-similarity threshold, where no other changed name is
asserted (a vehicle's description is worded freely: "a white Ford pickup" / "una camioneta Chevrolet blanca",
``CAR_MAKES``). A state named where the
other side names another state and not it is a changed state even where no name is missing, the one found by a word
or inside a longer word of the other ("Virginia" / "Virginia Occidental", "Kansas" / "Arkansas":
``_another_state_findings``). A country
or city of the table that MT writes in English ("Francia" as "France") is checked too, unless the English says it by its adjective ("the Spanish" for "España"); one
replaced by one whose name is spelt alike in both languages is a changed place too ("Germany" / "Austria", "Paris" /
"Lima": ``bilingo.places.COUNTRIES_NAMED_ALIKE`` and ``CITIES_ABROAD_NAMED_ALIKE``, kept out of the table, whose names
are read otherwise; the countries ``bilingo.rules.nationalities`` knows are its to compare, "Mexico" / "Guatemala"),
or by a US state ("will move to Mexico" / "se mudará a Texas": a place abroad said at home); one
replaced by another of the same kind ("Germany" / "Francia", "Kyiv" / "Moscú") is a changed
name, even where their spellings share half their letters ("Geneva" / "Viena", and two mountain ranges, "the
Andes" / "los Alpes", and two regions of the Americas, "from Central America" / "de Sudamérica":
``_two_of_the_table``), while a city against a country is not ("Moscow said" / "Rusia dijo"). A wire service put for
another is a changed name too ("worked for the Associated Press" / "trabajó para Reuters"). The table also
holds the few people whose Spanish names resemble nothing of their English ones ("Prince
Harry" / "el príncipe Enrique"); another name in their place is a changed name. So are the federal agencies and
chambers of US local news, each known by its acronym and its Spanish names ("ICE" = "Servicio de Inmigración y Control
de Aduanas"; a state's Assembly is "Asamblea"): one put for another ("ICE" / "la Patrulla Fronteriza", "the
Senate" / "la Cámara de Representantes", "the state Assembly" / "el Senado estatal"; the lower chamber by its short
name too, "passed the House" / "aprobado por el Senado": ``_LONE_CHAMBER``)
is a changed name, though their names are ordinary words that other organisations' are not compared by. So are two
research agencies ("the National Science Foundation" / "los Institutos Nacionales de Salud"), the charities an
obituary or a disaster story names ("the Red Cross" / "el Ejército de Salvación", "the American Cancer Society" / "la
Asociación Americana del Corazón", which their shared "American" no longer holds as one name: ``_two_of_the_table``)
and a veteran's medals ("the Purple Heart" / "la Estrella de Bronce"; "the Bronze Star" / "la Estrella de Plata",
found by the word that is not "Star"), and a city's rail lines named by colour ("the Blue Line" / "la Línea Roja"). A
form of
the table that joins its words with "and", "y" or a comma ("Immigration and Customs Enforcement") is one name where
the text writes it whole.

A long name built on a generic word ("Institute of Population Research") is translated word for word and is not
compared (``_translated_organisation``; a city's "City" or "Ciudad" beside one word of its own is a place's word, as
"San" is: "Tijuana" / "Ciudad Juárez" is a changed name, "City Board of Building" an organisation's,
``_a_city_named``), but a person after the titles that are its only generic words ("President Barack Obama",
"Prime Minister Pedro Sánchez", "Secretary of State Antony Blinken", "Harris County Sheriff Ed Gonzalez":
``_titled_person``) is, looked up by the person's own words (not by "Antonio" for "San Antonio Police
Chief William McManus"), spelt as near as a name transliterated through another language ("Ivan Vasyunik" / "Iwan
Wasjunik": ``_spelt_as_transliterated``).

A school, a hospital, a university, a church, a park, an airport, a stadium, a library or a museum named after a
person or a place ("Lincoln Elementary School", "Jackson Memorial Hospital", "la Universidad de Harvard") is looked
up by its own name, the words that neither say its kind nor describe it ("Memorial", "General"; ``institution_name``):
the translator keeps that name and translates the rest. Two such places of one kind with other names are a changed
name ("Columbia University" / "la Universidad de Harvard", "Jackson Memorial Hospital" / "el Hospital General de
Miami"), which the whole names hid: found by their kind's word, or not compared at all. Of the dev corpus's faithful
sentence pairs, 69 name one on both sides by one own Spanish word, with no finding; with that word turned into
another, 59 are found (tests/test_rule_names.py). A place named after a saint is looked up by the saint's name in
either language ("St. Luke's Hospital" / "el Hospital San Lucas": ``GIVEN_NAME_FORMS``; a person's given name is not,
so "Peter Okonkwo" / "Pedro Tabernero" stays a changed name), "St." is no sentence's end and a possessive's "'s" no
word of a name. A kind written in lower case beside a one-word own name counts
too, before it in Spanish ("la escuela secundaria Roosevelt" against "Lincoln High School"), after it in English ("the
Mersey hospital"; ``_institution_after_its_kind``); "un hospital de Miami" stays a hospital in Miami.

A name missing with no replacement is reported only when the other version names it elsewhere (the translator
does render it), and not when both versions keep naming it, in more than ``RECURRING_NAME_SENTENCES`` sentences of
its side and at least that many of the other (the article's subject, called "the model" in one sentence).

A missing name is reported on the side that has it. When the counterpart pair has a name
of its own that is missing from this side, both are named in the message (the changed
name: "Karine Jean-Pierre in English but Jen Psaki in Spanish"), in one finding on the
translated side (the rewrite in same-language mode).

A name found by one word can still have changed: "Cristina Fernández de Vukovic" against
"Cristina Fernandez de Kirchner" shares "Cristina". So the last word of a name of two or
more words (after any title: "President Mahmoud Ahmadinejad") is also looked up on its
own; when it is missing and the other side has a name whose last word is missing here
too (or a name missing here altogether), that is a changed surname, reported naming
both (``_changed_surname_findings``). Only the last word, because first names are what
translators do translate (Pedro / Peter Tabernero); a place of the table before the title does not make the whole
name the table's ("United States President Donald Trump", "Ukraine's Economy Minister Anatoly Kinakh"). A person's
surname (after a given name) is transliterated, not translated, so it resembles its other spelling by more than a
place's does (a difflib ratio of 0.6, not 0.5: "Lantagne" is not "Oyelaran").

A street is named by its own name: the word that says it is a street (``STREET_WORDS``: "Avenue", "calle") is no part
of what is compared, so "Medina Avenue" / "la avenida Vukovic" is a changed name ("avenue" is in "avenida" whatever the
street), while "Market Street" / "la calle Market" is one name. A numbered street is translated ("First Street" / "la
Primera Calle") and is not compared. So is a county by its own name (``AREA_WORDS``): "Travis County" / "el condado de
Williamson" is a changed name.

A name said once, first in its sentence, is no name of its side (above); where it opens a sentence of the translated
side whose pair has a name of the other side missing, and the translator keeps it as it is (no word it knows), it is
the name put in that one's place ("The earthquake struck Lindqvist" / "Mariana fue sacudida por un sismo":
``_opening_word_findings``).

A name one letter off where its version spells it right elsewhere ("el gobernador Greg Abbot", the Spanish writing
"Abbott" in its other paragraphs) is a misspelling, found by ``bilingo.rules.spellings`` for the pairs this rule
reports nothing in.

A first name turned into its other gender's form ("Maria Gonzalez" in English, "Mario González" in Spanish;
Daniel / Daniela, Luis / Luisa) is a changed name all the same: the "she added" / "he added" error written into
a name (``_changed_gender_findings``). So is another given name before the same surname ("Father Miguel Ortega" /
"el padre Manuel Ortega"), when both are given names of the 1990 US Census and not forms of one name
(``other_given_name``: Jean / Juan, Bill / William, Mikhail / Mijaíl are one person).
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain, compress, count, filterfalse
from operator import itemgetter
from os.path import commonprefix

import numpy as np
from sacrebleu.metrics import CHRF

from bilingo.findings import make_finding, pair_evidence, segment_span
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.places import (CITIES_ABROAD_NAMED_ALIKE, COUNTRIES_NAMED_ALIKE, PLACES_ABROAD_WITH_SPANISH_WORDS,
                            SPANISH_STATE_NAMES, US_CITIES, US_PLACES_WITH_SPANISH_NAMES, US_STATES)
from bilingo.segment import HONORIFICS
from bilingo.rules.contacts import contacts
from bilingo.rules.coverage import similarity_threshold
from bilingo.rules.spellings import misspellings, prepare_spellings
from bilingo.rules.words import (
    FUZZY_RATIO,
    STOPWORDS,
    TEXT_MEMO_SIZE,
    WORD_MEMO_SIZE,
    fold,
    fuzzy_equal,
    fuzzy_length_slack,
    may_be_fuzzy,
    similar_spelling,
)
from bilingo.settings import Settings

RULE = "name-mismatch"
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
NEIGHBOUR_PAIRS = 1

# Names that translate rather than pass through; each group lists the forms of one name.
EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("White House", "Casa Blanca"),
    ("United States", "Estados Unidos", "EE. UU.", "EE.UU.", "EE UU", "EEUU", "U.S.", "US", "USA", "Norteamérica",
     "America", "American", "estadounidense", "estadounidenses", "norteamericano", "norteamericana",
     "norteamericanos"),
    ("United Kingdom", "Reino Unido", "UK", "U.K.", "RU", "Britain", "Great Britain", "Gran Bretaña"),
    ("Kremlin", "Kremlin"),
    # people whose names Spanish translates beyond recognition (Charles / Carlos resemble; William / Guillermo, a
    # difflib ratio of 0.5, are told apart as a person's are)
    ("Harry", "Enrique"), ("Kate", "Catalina"), ("William", "Guillermo"),
    ("Russia", "Rusia"),
    ("Ukraine", "Ucrania"),
    ("Georgia",),
    ("Mongolia",),
    ("Kazakhstan", "Kazajistán", "Kazajstán"),
    ("Reuters",), ("Associated Press", "AP", "Prensa Asociada"), ("Agence France-Presse", "AFP", "France-Presse",
                                                                   "France Presse"), ("EFE",), ("Bloomberg",),
    ("Pentagon", "Pentágono"),
    ("Congress", "Congreso"),
    ("Senate", "Senado"), ("Assembly", "Asamblea"),
    ("Supreme Court", "Corte Suprema", "Tribunal Supremo"),
    ("European Union", "Unión Europea", "UE", "EU"),
    ("European Central Bank", "Banco Central Europeo", "ECB", "BCE"),
    ("NATO", "OTAN"),
    ("United Nations", "Naciones Unidas", "UN", "ONU"),
    ("World Health Organization", "Organización Mundial de la Salud", "WHO", "OMS"),
    ("International Monetary Fund", "Fondo Monetario Internacional", "IMF", "FMI"),
    ("Germany", "Alemania"), ("France", "Francia"), ("Spain", "España"), ("Italy", "Italia"),
    ("England", "Inglaterra"), ("Mexico", "México"), ("Brazil", "Brasil"), ("Japan", "Japón"),
    ("Hungary", "Hungría"), ("Poland", "Polonia"), ("Turkey", "Turquía"), ("Greece", "Grecia"),
    ("Sweden", "Suecia"), ("Switzerland", "Suiza"), ("Belgium", "Bélgica"), ("Netherlands", "Países Bajos",
                                                                                "Holanda"),
    ("Czech Republic", "República Checa"), ("China",), ("Iraq", "Irak"), ("Iran", "Irán"),
    ("Afghanistan", "Afganistán"), ("Syria", "Siria"), ("Egypt", "Egipto"), ("South Africa", "Sudáfrica"),
    ("London", "Londres"), ("New York", "Nueva York"), ("Washington",), ("Moscow", "Moscú"),
    ("Beijing", "Pekín", "Beijing"), ("Brussels", "Bruselas"), ("Paris", "París"),
    ("Vatican", "Vaticano"), ("Pope", "Papa"), ("God", "Dios"), ("Christmas", "Navidad"), ("Easter", "Pascua"),
    ("Catalonia", "Cataluña"), ("Andalusia", "Andalucía"), ("Basque", "Vasco", "País Vasco"),
    ("Olympic", "Olímpicos", "Juegos Olímpicos"), ("Earth", "Tierra"),
    # exonyms and names that translate, seen in real parallel news (corpus-dev) and common in it
    ("Middle East", "Oriente Medio", "Medio Oriente", "Oriente Próximo", "Cercano Oriente"),
    ("Mexico City", "Ciudad de México", "México DF", "México D.F.", "DF", "D.F."),
    ("Treasury", "Hacienda", "Tesoro"), ("Tories", "Tory", "Conservatives", "Conservative", "conservadores",
                                          "conservador", "Conservadores", "Conservador"),
    ("Labour", "laborista", "laboristas"), ("Pakistan", "Pakistán", "paquistaní", "paquistaníes", "pakistaní",
                                            "pakistaníes", "Pakistani"),
    ("African American", "afroamericano", "afroamericanos", "afroamericana", "afroamericanas"),
    ("Antwerp", "Amberes"), ("Guangzhou", "Cantón"), ("Kolkata", "Calcuta"), ("Mumbai", "Bombay"),
    ("The Hague", "La Haya"), ("Geneva", "Ginebra"), ("Cologne", "Colonia"), ("Naples", "Nápoles"),
    ("Florence", "Florencia"), ("Venice", "Venecia"), ("Lisbon", "Lisboa"), ("Warsaw", "Varsovia"),
    ("Prague", "Praga"), ("Vienna", "Viena"), ("Copenhagen", "Copenhague"), ("Stockholm", "Estocolmo"),
    ("Athens", "Atenas"), ("Edinburgh", "Edimburgo"), ("Kyiv", "Kiev"), ("Cairo", "El Cairo"), ("Tokyo", "Tokio"),
    # ("Rome" / "Roma" is left out: "Roma" is as often the people, "los gitanos", in WMT's Hungarian news)
    ("Istanbul", "Estambul"),
    # mountain ranges ("a new species of frog in the Andes" / "en los Alpes": two of the table, though alike in letters)
    # the regions of the Americas a migrant comes from ("from Central America" / "de Sudamérica"; North and South are
    # ``bilingo.rules.directions``')
    ("Central America", "Centroamérica", "América Central"),
    ("South America", "Sudamérica", "Suramérica", "América del Sur"),
    ("Alps", "Alpes"), ("Andes",), ("Rocky Mountains", "Rockies", "Montañas Rocosas"), ("Himalayas", "Himalaya"),
    ("Pyrenees", "Pirineos"), ("Appalachians", "Appalachian Mountains", "Apalaches"),
    ("Scotland", "Escocia"), ("Wales", "Gales"), ("Ireland", "Irlanda"), ("Norway", "Noruega"), ("Qatar", "Catar"),
    ("Denmark", "Dinamarca"), ("Morocco", "Marruecos"), ("Algeria", "Argelia"), ("Lebanon", "Líbano"),
    ("Saudi Arabia", "Arabia Saudí", "Arabia Saudita"), ("North Korea", "Corea del Norte"),
    ("South Korea", "Corea del Sur"), ("New Zealand", "Nueva Zelanda"), ("Philippines", "Filipinas"),
    ("Lent", "Cuaresma"), ("Holy Week", "Semana Santa"),
    # countries and capitals whose Spanish names differ from their English ones beyond an accent ("a runner from
    # Kenya" / "de Etiopía"): one put for another of its kind is a changed place
    ("Dominican Republic", "República Dominicana"), ("Kenya", "Kenia"), ("Ethiopia", "Etiopía"),
    ("Thailand", "Tailandia"), ("Libya", "Libia"), ("Tunisia", "Túnez"), ("Finland", "Finlandia"),
    ("Romania", "Rumania", "Rumanía"), ("Croatia", "Croacia"), ("Cambodia", "Camboya"), ("Havana", "La Habana"),
    ("Jerusalem", "Jerusalén"),
    # US border and holiday names of local news, and exonyms the dev corpus's independent translations use
    ("Rio Grande", "Río Bravo", "Río Grande"), ("New Year's Eve", "Nochevieja"), ("Christmas Eve", "Nochebuena"),
    ("English Channel", "Canal de la Mancha"), ("Bay of Pigs", "Bahía de Cochinos"), ("Saarland", "Sarre"),
    # the federal agencies and chambers of US local news, by the names Spanish-language newsrooms give them: one
    # put for another ("ICE" / "la Patrulla Fronteriza", "the Senate" / "la Cámara de Representantes") is a story
    # about someone else
    ("FBI", "Federal Bureau of Investigation", "Buró Federal de Investigaciones", "Oficina Federal de Investigaciones",
     "Oficina Federal de Investigación"),
    ("ICE", "Immigration and Customs Enforcement", "Servicio de Inmigración y Control de Aduanas",
     "Inmigración y Control de Aduanas"),
    ("Border Patrol", "Patrulla Fronteriza", "Patrulla de Fronteras"),
    ("CBP", "Customs and Border Protection", "Oficina de Aduanas y Protección Fronteriza",
     "Aduanas y Protección Fronteriza"),
    ("DEA", "Drug Enforcement Administration", "Administración para el Control de Drogas",
     "Administración de Control de Drogas"),
    ("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
    ("FEMA", "Federal Emergency Management Agency", "Agencia Federal para el Manejo de Emergencias",
     "Agencia Federal de Manejo de Emergencias"),
    ("CDC", "Centers for Disease Control and Prevention", "Centers for Disease Control",
     "Centros para el Control y la Prevención de Enfermedades", "Centros de Control y Prevención de Enfermedades"),
    ("FDA", "Food and Drug Administration", "Administración de Alimentos y Medicamentos"),
    ("IRS", "Internal Revenue Service", "Servicio de Impuestos Internos"),
    ("TSA", "Transportation Security Administration", "Administración de Seguridad en el Transporte"),
    ("Secret Service", "Servicio Secreto"), ("National Guard", "Guardia Nacional"),
    ("NIH", "National Institutes of Health", "Institutos Nacionales de Salud"),
    ("EPA", "Environmental Protection Agency", "Agencia de Protección Ambiental",
     "Agencia de Protección del Medio Ambiente"),
    ("NSF", "National Science Foundation", "Fundación Nacional de Ciencias", "Fundación Nacional para la Ciencia"),
    ("Coast Guard", "Guardia Costera", "Guardacostas"),
    # the weather and quake alerts of local news ("The National Weather Service issued" / "El Servicio Geológico")
    ("National Weather Service", "NWS", "Weather Service", "Servicio Nacional de Meteorología",
     "Servicio Meteorológico Nacional", "Servicio Meteorológico"),
    ("USGS", "U.S. Geological Survey", "Geological Survey", "Servicio Geológico de Estados Unidos",
     "Servicio Geológico de los Estados Unidos", "Servicio Geológico"),
    # the charities an obituary or a disaster story names, by their Spanish names
    ("Red Cross", "American Red Cross", "Cruz Roja", "Cruz Roja Americana", "Cruz Roja Estadounidense"),
    ("Salvation Army", "Ejército de Salvación"),
    ("American Cancer Society", "Sociedad Americana contra el Cáncer", "Sociedad Americana del Cáncer",
     "Sociedad Estadounidense del Cáncer", "Sociedad Estadounidense contra el Cáncer"),
    ("American Heart Association", "Asociación Americana del Corazón", "Asociación Estadounidense del Corazón"),
    ("Habitat for Humanity", "Hábitat para la Humanidad"), ("Catholic Charities", "Caridades Católicas"),
    ("Doctors Without Borders", "Médicos Sin Fronteras", "Médicos sin Fronteras"), ("Peace Corps", "Cuerpo de Paz"),
    # the service clubs an obituary names ("a member of the Rotary Club" / "del Club de Leones")
    ("Rotary Club", "Rotary", "Club Rotario", "Club Rotary"), ("Lions Club", "Club de Leones"),
    # the medals of a veteran's obituary
    ("Purple Heart", "Corazón Púrpura"), ("Bronze Star", "Estrella de Bronce"), ("Silver Star", "Estrella de Plata"),
    ("Medal of Honor", "Medalla de Honor"),
    # a city's rail and bus lines, named by their colour ("Service on the Blue Line" / "de la Línea Roja")
    ("Red Line", "Línea Roja"), ("Blue Line", "Línea Azul"), ("Green Line", "Línea Verde"),
    ("Orange Line", "Línea Naranja"), ("Yellow Line", "Línea Amarilla"), ("Silver Line", "Línea Plateada"),
    ("Purple Line", "Línea Morada", "Línea Púrpura"), ("Gold Line", "Línea Dorada"),
    ("Brown Line", "Línea Café", "Línea Marrón"), ("Pink Line", "Línea Rosa"),
    # (Spanish-language newsrooms call the House "el Congreso" as often: either is the other's)
    ("House of Representatives", "Cámara de Representantes", "Cámara Baja", "Congreso", "Congress"),
)

# First words of the multi-word names of EQUIVALENTS ("White" of "White House"): names even at a sentence start.
TABLE_WORDS = {
    " ".join(fold(form).split()[:1]) for group in EQUIVALENTS for form in group if len(form.split()) > 1
} - {"ee.", "la", "el", "los", "the"}

# Capitalised words that are not names on their own: titles, roles, generic nouns.
GENERIC = {
    fold(word)
    for word in """
    president presidente vice minister ministro ministra secretary secretario secretaria mr mrs ms miss dr
    sr sra srta don dona prof professor profesor general gen gov governor gobernador senator senador senadora
    rep representative mayor alcalde alcaldesa king rey queen reina prince principe princess princesa
    chancellor canciller prime primer premier director directora chief jefe jefa judge juez jueza
    sir lord lady saint san santa st department departamento ministry ministerio party partido
    university universidad house casa city ciudad state estado states estados court corte tribunal
    national nacional international internacional federal central bank banco
    group grupo company compania association asociacion council consejo committee comite
    north south east west norte sur este oeste new nuevo nueva
    earth tierra sun sol moon luna world mundo kingdom reino age ages edad number numero best mejor
    room team equipo society sociedad association institute instituto service servicio office oficina club
    agency agencia force fuerza army ejercito navy armada guard guardia police policia government gobierno
    union union republic republica empire imperio church iglesia school escuela college museum museo
    award premio prize cup copa league liga championship campeonato games juegos war guerra
    internet web online jan feb mar apr jun jul aug sep sept oct nov dec
    table tables tabla figure figures figura fig chart cuadro harbour harbor puerto trust research
    leader lider shadow large beyond years anniversary celebration section chapter capitulo
    father padre reverend rev pastor rabbi rabino bishop obispo archbishop arzobispo cardinal cardenal monsignor
    monsenor fray sor imam
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
    january february march april may june july august september october november december enero febrero
    marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    """.split()
} | HONORIFICS  # titles written abbreviated: "Sen.", "Dra.", "Sgt."
# The words of a street's name that say it is a street: its own name is the rest ("Medina Avenue" / "la avenida
# Medina"), which is kept in translation, so a street's name is compared as a place's (``PLACE_PREFIXES``)
STREET_WORDS = frozenset({"street", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "highway", "calle",
                          "avenida", "bulevar", "carretera", "paseo"})
# The same for a county ("Travis County" / "el condado de Travis"): "county" is in "condado" whatever the county
AREA_WORDS = frozenset({"county", "counties", "condado", "condados", "parish", "township", "borough"})
GENERIC |= STREET_WORDS | AREA_WORDS
GENERIC |= {"celsius", "fahrenheit"}  # temperature scales: units, which quantities compares
STREET_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth primera segunda tercera
                            cuarta quinta sexta septima octava novena decima primer tercer""".split())

CONNECTORS = {"de", "del", "la", "las", "los", "of", "the", "van", "von", "da", "di", "le", "al", "bin"}
TOKEN = re.compile(r"EE\.\s?UU\.|(?:[A-ZÁÉÍÓÚÑ]\.\s?){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
ACRONYM = re.compile(r"^EE\.\s?UU\.$|^(?:[A-ZÁÉÍÓÚÑ]\.\s?){2,}$|^[A-ZÁÉÍÓÚÑ]{2,6}$"
                     r"|^(?=.{2,6}$)[A-Z][a-z]?[A-Z][A-Za-z]*$")  # also CoVs, PhD, MPs
# Single words with these endings are demonyms, languages, creeds ("Russian", "Spanish", "Chinese",
# "Communist"): Spanish writes them lower-case and translates them, so they are not compared. "-qvist",
# "-kvist", "-quist" are Scandinavian surnames (Lindqvist, Blomkvist, Almquist), not creeds.
DEMONYM = re.compile(r"(?:ish|ian|ians|ean|eans|ese|ans|ism|(?<![qkvu])ists?|ite|ites|ern)$")
OPENERS = "“\"«‘'(—–-:"


@dataclass(frozen=True)
class Name:
    """A name found in a sentence: offsets into the sentence, its words, folded."""

    text: str
    start: int
    end: int
    words: tuple[str, ...]  # folded, possessive removed, hyphen parts split
    acronym: bool = False
    # what kind of place a name looked up by its own words is ("hospital" for "Jackson" of "Jackson Memorial
    # Hospital": ``institution_name``), or None
    kind: str | None = None
    # the words that identify the name: not titles, generic words or connectors (set once: asked for at every
    # look-up of the name)
    distinctive: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "distinctive", _distinctive(self.words))


def _distinctive(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in GENERIC and w not in CONNECTORS and len(w) > 1)


POSSESSIVE = re.compile(r"'s(?!\w)")
WORD_SEPARATORS = re.compile(r"[\s\-'.]+")
HYPHEN = re.compile(r"[-‐]")


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _normalise_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, possessive "'s" removed, hyphen parts split (memoised: see ``words``)."""
    if text.isalpha() and text.isascii():
        return (text.lower(),)  # most tokens: nothing to fold but case, no possessive, no separator
    folded = fold(text)
    if folded.isalpha():
        return (folded,)  # an accented word: letters only once folded, so no possessive, no separator
    folded = POSSESSIVE.sub("", folded)
    return tuple(part for part in WORD_SEPARATORS.split(folded) if part)


# EQUIVALENTS normalised once: per group, its forms' words and each form padded with spaces for a whole-word look-up.
EQUIVALENT_FORMS: tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]], ...] = tuple(
    (forms, tuple(f" {' '.join(form)} " for form in forms))
    for forms in (tuple(_normalise_words(form) for form in group) for group in EQUIVALENTS)
)


# Places of ``EQUIVALENTS`` (by their group's first form), by kind: one of these in a sentence where the other
# version has another of the same kind is a changed place ("Germany" / "Francia", "Kyiv" / "Moscú"). A city
# against a country is not, since news names a government by its capital ("Moscow said" / "Rusia dijo").
COUNTRIES = frozenset("""
    United States|United Kingdom|Russia|Ukraine|Mongolia|Kazakhstan|Germany|France|Spain|Italy|England|Mexico|
    Brazil|Japan|Hungary|Poland|Turkey|Greece|Sweden|Switzerland|Belgium|Netherlands|Czech Republic|China|Iraq|
    Iran|Afghanistan|Syria|Egypt|South Africa|Pakistan|Scotland|Wales|Ireland|Norway|Denmark|Morocco|Algeria|
    Lebanon|Saudi Arabia|North Korea|South Korea|New Zealand|Philippines|Dominican Republic|Kenya|Ethiopia|Thailand|
    Libya|Tunisia|Finland|Romania|Croatia|Cambodia|Qatar""".replace("\n", "").replace("    ", "")
    .split("|"))
CITIES = frozenset("""
    London|New York|Moscow|Beijing|Brussels|Paris|Mexico City|Antwerp|Guangzhou|Kolkata|Mumbai|The Hague|Geneva|
    Cologne|Naples|Florence|Venice|Lisbon|Warsaw|Prague|Vienna|Copenhagen|Stockholm|Athens|Edinburgh|Kyiv|Cairo|
    Tokyo|Havana|Jerusalem|Istanbul""".replace("\n", "").replace("    ", "").split("|"))
# The English adjectives that stand for a country ("the Spanish heading the EU" for "que España encabece la UE"):
# a country written in Spanish and by MT in English is not missing from an English text that says its adjective.
# Only for that: an adjective is not a name of the table ("Russian shoppers" / "compradores" is no lost name).
COUNTRY_ADJECTIVES = {
    "Germany": "german", "France": "french", "Spain": "spanish", "Italy": "italian", "Mexico": "mexican",
    "Brazil": "brazilian", "Japan": "japanese", "Russia": "russian", "Ukraine": "ukrainian", "China": "chinese",
    "England": "english", "United Kingdom": "british", "Poland": "polish", "Turkey": "turkish", "Greece": "greek",
    "Sweden": "swedish", "Switzerland": "swiss", "Belgium": "belgian", "Netherlands": "dutch", "Iraq": "iraqi",
    "Iran": "iranian", "Afghanistan": "afghan", "Syria": "syrian", "Egypt": "egyptian", "Pakistan": "pakistani",
    "Scotland": "scottish", "Ireland": "irish", "Norway": "norwegian", "Denmark": "danish", "Morocco": "moroccan",
    "Lebanon": "lebanese", "Saudi Arabia": "saudi", "Hungary": "hungarian", "Philippines": "filipino",
}
PEOPLE = frozenset({"Harry", "Kate", "William"})  # the people of ``EQUIVALENTS``
MOUNTAINS = frozenset({"Alps", "Andes", "Rocky Mountains", "Himalayas", "Pyrenees", "Appalachians"})
REGIONS = frozenset({"Central America", "South America"})
AGENCIES = frozenset({"FBI", "ICE", "Border Patrol", "CBP", "DEA", "ATF", "FEMA", "CDC", "FDA", "IRS", "TSA",
                      "Secret Service", "National Guard", "Coast Guard", "NIH", "NSF", "EPA",
                      "National Weather Service", "USGS"})
CHAMBERS = frozenset({"Senate", "House of Representatives", "Assembly"})  # (a state's Assembly: its lower house)
# The wire services a story or a bio credits ("worked for the Associated Press" / "trabajó para Reuters")
NEWS_AGENCIES = frozenset({"Reuters", "Associated Press", "Agence France-Presse", "EFE", "Bloomberg"})
# The charities of ``EQUIVALENTS``, named in ordinary words as the agencies are ("the Red Cross" / "el Ejército de
# Salvación" is another charity)
CHARITIES = frozenset({"Red Cross", "Salvation Army", "American Cancer Society", "American Heart Association",
                       "Habitat for Humanity", "Catholic Charities", "Doctors Without Borders", "Peace Corps",
                       "Rotary Club", "Lions Club"})
MEDALS = frozenset({"Purple Heart", "Bronze Star", "Silver Star", "Medal of Honor"})
TRANSIT_LINES = frozenset({"Red Line", "Blue Line", "Green Line", "Orange Line", "Yellow Line", "Silver Line",
                           "Purple Line", "Gold Line", "Brown Line", "Pink Line"})
# the kinds of ``PLACE_KINDS`` named in ordinary words, each known by all its names only
_BODIES = ("agency", "chamber", "charity", "medal", "transit line")
# the words the bodies of a kind share, which find none of them in the other side ("American" is as much the American
# Heart Association's as the American Cancer Society's; "Star" the Bronze Star's as the Silver Star's)
_WORDS_OF_A_KIND = {"charity": frozenset({"american", "americana", "estadounidense"}),
                    "medal": frozenset({"star", "estrella"}), "transit line": frozenset({"line", "linea"})}
# Two nights a week apart that translators confuse: "New Year's Eve" against "Nochebuena" is a changed date
EVES = frozenset({"New Year's Eve", "Christmas Eve"})
PLACE_KINDS: dict[tuple[tuple[str, ...], ...], str] = {
    forms: kind
    for group, (forms, _) in zip(EQUIVALENTS, EQUIVALENT_FORMS)
    for kind, places in (("country", COUNTRIES), ("city", CITIES), ("person", PEOPLE), ("eve", EVES),
                         ("agency", AGENCIES), ("chamber", CHAMBERS), ("news agency", NEWS_AGENCIES),
                         ("charity", CHARITIES), ("medal", MEDALS), ("mountains", MOUNTAINS), ("region", REGIONS),
                         ("transit line", TRANSIT_LINES))
    if group[0] in places
}
PLACE_ADJECTIVES: dict[tuple[tuple[str, ...], ...], str] = {
    forms: COUNTRY_ADJECTIVES[group[0]] for group, (forms, _) in zip(EQUIVALENTS, EQUIVALENT_FORMS)
    if group[0] in COUNTRY_ADJECTIVES
}


def _acronym_letters(text: str) -> str:
    return "".join(sorted(char for char in fold(text) if char.isalpha()))


SENTENCE_START_MARKS = frozenset(OPENERS + ".?!¿¡…")  # what a word capitalised by its position may follow
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # TOKEN, captured: re.split gives the text between tokens too
# TOKEN_SPLIT for a text all ASCII, where it matches the same (a letter of [^\W\d_] is one of A-Za-z there, an
# accented capital or a curly apostrophe cannot occur): plain ranges are quicker to match than Unicode categories
ASCII_TOKEN_SPLIT = re.compile(r"(EE\.\s?UU\.|(?:[A-Z]\.\s?){2,}|[A-Za-z]+(?:[-'][A-Za-z]+)*)")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _split(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``TOKEN`` matches of ``text`` and the text around them: ``gaps[i]`` is what precedes
    ``tokens[i]`` (``gaps[-1]`` what follows the last one). One regex call gives both (memoised: a
    sentence is tokenised for the known names of its side, for its own names, for the document's
    lower-case words and for every counterpart it is part of)."""
    parts = (ASCII_TOKEN_SPLIT if text.isascii() else TOKEN_SPLIT).split(text)
    return tuple(parts[1::2]), tuple(parts[0::2])


def _token_strings(text: str) -> tuple[str, ...]:
    return _split(text)[0]


ASCII_TOKEN = re.compile(ASCII_TOKEN_SPLIT.pattern[1:-1])  # TOKEN for an ASCII text (ASCII_TOKEN_SPLIT, uncaptured)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _translation_tokens(text: str) -> tuple[str, ...]:
    """``_token_strings`` of a machine translation, found after translation: its tokens alone (``findall``), not
    the text between them, which only the names of a version's own sentences need (a third less time than
    ``_split``, whose result a version's sentences share with ``_names_of``, in ``prepare``)."""
    return tuple((ASCII_TOKEN if text.isascii() else TOKEN).findall(text))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _capitalised(text: str) -> tuple[int, ...]:
    """The positions of the capitalised tokens of ``text`` (a token is never empty: it starts with a letter;
    memoised: asked for the known names of a side and again for the names of the sentence)."""
    return tuple(compress(count(), map(str.isupper, map(itemgetter(0), _token_strings(text)))))


def _token_start(tokens: tuple[str, ...], gaps: tuple[str, ...], index: int) -> int:
    """The offset of ``tokens[index]`` in its text: the lengths of the tokens and gaps before it."""
    return sum(map(len, tokens[:index])) + sum(map(len, gaps[: index + 1]))


def _at_sentence_start(tokens: tuple[str, ...], gaps: tuple[str, ...], index: int) -> bool:
    """Whether capitalisation of ``tokens[index]`` may be forced by position (start, after a quote or colon).

    The last character before it that is not white space decides: the last one of the gap
    before it, or when that is all white space, of the token before (a letter, or the
    final "." of an acronym, which may be followed by a space), or none at the start.
    """
    before = gaps[index].rstrip()
    if not before:
        if index == 0:
            return True
        before = tokens[index - 1].rstrip()
    if before == "." and index > 0 and (tokens[index - 1].lower() in TITLE_ABBREVIATIONS or tokens[index - 1] == "St"):
        return False  # "Sen. Ted Cruz", "St. Mary's Church": the period of a title or a saint's, not of a sentence
    if before == "." and _after_middle_initial(tokens, gaps, index):
        return False
    return before[-1] in SENTENCE_START_MARKS


def _after_middle_initial(tokens: tuple[str, ...], gaps: tuple[str, ...], index: int) -> bool:
    """Whether ``tokens[index]`` follows a middle initial and its period, after a capitalised word ("Kwame R.
    Brown", "George W. Bush"): a name goes on there, no sentence starts."""
    return (index >= 2 and len(tokens[index - 1]) == 1 and tokens[index - 1].isupper()
            and gaps[index].strip() == "." and not gaps[index - 1].strip() and tokens[index - 2][:1].isupper())


# Titles written abbreviated before a name ("Sen. Ted Cruz", "la Dra. Ana Pérez"): their period ends no sentence.
TITLE_ABBREVIATIONS = frozenset(HONORIFICS)

MAX_TITLE_CASE_LOWER = 2  # long lower-case words a title-case headline may hold ("with", "over"...)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def is_title_case(text: str) -> bool:
    """Whether ``text`` is a title-case headline (``_is_title_case`` of its tokens; memoised: asked for the
    known names of a side and again for the names of the sentence). A headline has at least 5 long words,
    over 70% of them capitalised, so at least 4 capitalised tokens, and 5 capitalised tokens are asked for: most
    sentences are told by that count.
    A text ending in a lower-case word and a period is a sentence, however crowded with names ("They met the
    Duke of Edinburgh and the Bank of England yesterday morning."): headlines end without one."""
    return (len(_capitalised(text)) >= 5 and _SENTENCE_END.search(text) is None
            and _is_title_case(_token_strings(text)))


_SENTENCE_END = re.compile(r"[a-záéíóúñü]\.[\"”’»)]*\s*$")


def _is_title_case(tokens: Iterable[str]) -> bool:
    """A title-case headline: at least 5 words of 4+ letters ("Mayor Johnson Announces New Budget Plan"), over 70%
    capitalised, at most 2 not.

    The cap on lower-case words keeps out a sentence crowded with names ("Sudáfrica venció a
    los All Blacks, de Nueva Zelanda, en un partido de rugby de las Tres Naciones, en el
    estadio Royal Bafokeng, en Rustenburg, Sudáfrica": 10 of 14 long words capitalised, but
    four ordinary words in lower case), whose names are real names. (A connector has at most
    three letters, so the length test alone keeps connectors out.)
    """
    words = [token for token in tokens if len(token) > 3]
    capitalised = sum(map(str.isupper, map(itemgetter(0), words)))
    return (len(words) >= 5 and capitalised / len(words) > 0.7
            and len(words) - capitalised <= MAX_TITLE_CASE_LOWER)


assert max(map(len, CONNECTORS)) <= 3, "_is_title_case relies on connectors being short"


def extract_names(text: str, lang: str, known: frozenset[str] = frozenset()) -> list[Name]:
    """The names of ``text`` (a sentence in ``lang``), in order; see the module doc.

    ``known`` holds folded words seen capitalised mid-sentence elsewhere on the same
    side: they are names even at a sentence start or in a headline. (Memoised per text,
    language and ``known``: the quotes rule asks for the names of the same sentences.)
    """
    return list(_names_of(text, lang, known))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _names_of(text: str, lang: str, known: frozenset[str]) -> tuple[Name, ...]:
    """``extract_names``, as a tuple (memoised: a frozenset's hash is computed once, and the same ``known`` object
    is passed for every sentence of a side, so a look-up is cheap).

    A run holds consecutive tokens: capitalised ones, with one connector between two of
    them. So only the capitalised tokens are visited, each joining the run of the one
    before when nothing but spaces (or a connector) lies between them.
    """
    tokens, gaps = _split(text)
    capitalised = _capitalised(text)
    if not capitalised:
        return ()  # a name is a run that starts with a capitalised token
    stopwords = STOPWORDS.get(lang, STOPWORDS["en"])
    title_case = is_title_case(text)
    names: list[Name] = []
    run: list[int] = []

    def close() -> None:
        while run and fold(tokens[run[-1]]) in CONNECTORS:
            run.pop()
        of = _person_of_place(tokens, run)
        parts = None
        if of is not None:  # "Ted Cruz of Texas": two names
            parts = (run[:of], run[of + 1:])
        elif len(run) > 1:
            parts = _chamber_and_place(tokens, run, lang)  # "Texas Senate", "Senado de Texas": two names
        if parts is not None:
            for part in parts:
                part = list(part)
                while part and fold(tokens[part[0]]) in CONNECTORS:
                    part.pop(0)
                names.extend(_name_from_run(text, tokens, gaps, part, lang, stopwords, known, title_case))
            run.clear()
            return
        if len(run) == 1:  # most runs: what _name_from_run would drop first, dropped without calling it
            token = tokens[run[0]]
            if _at_sentence_start(tokens, gaps, run[0]):
                if fold(token) in stopwords:
                    run.clear()  # "The", "En" opening a sentence
                    return
            elif not title_case and _lone_token_name(token, lang) is None:
                run.clear()  # "COVID", "President": no name on its own
                return
        if run:
            names.extend(_name_from_run(text, tokens, gaps, run, lang, stopwords, known, title_case))
        run.clear()

    for index in capitalised:
        if run:
            last = run[-1]
            if last == index - 2 and fold(tokens[last + 1]) in CONNECTORS and not gaps[last + 1].strip():
                run.append(last + 1)  # "Bank of England": a connector between capitalised words
                last += 1
            if last != index - 1 or (gaps[index].strip(" ") and not _after_middle_initial(tokens, gaps, index)):
                close()  # a lower-case word or punctuation between: two names ("Mongolia, Georgia")
        run.append(index)
    close()
    names = _outside_addresses(text, lang, names)
    return _with_lone_chambers(text, lang, _with_joined_forms(text, tuple(names)))


def _outside_addresses(text: str, lang: str, names: list[Name]) -> list[Name]:
    """``names`` less those inside a web address, an e-mail address or a handle ("HealthCare" of "HealthCare.gov",
    whose Spanish site is "CuidadoDeSalud.gov"): contact-mismatch compares addresses whole."""
    spans = [(start, end) for _, start, end in contacts(text, lang)]
    if not spans:
        return names  # (most sentences)
    return [name for name in names if not any(start <= name.start and name.end <= end for start, end in spans)]


# The forms of ``EQUIVALENTS`` that join their words with "and", "y" or a comma ("Immigration and Customs
# Enforcement", "Administración de Alimentos y Medicamentos"), which a run of capitalised words parts in two: each is
# one name where the text writes it whole. (The first word of each, checked as a substring, keeps most texts out.)
_JOINED_FORMS = sorted({form for group in EQUIVALENTS for form in group if re.search(r" (?:and|y) |,", form)},
                       key=len, reverse=True)
_JOINED_FIRST_WORDS = tuple({form.split()[0] for form in _JOINED_FORMS})
_JOINED = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _JOINED_FORMS)) + r")(?![\w-])")


def _with_joined_forms(text: str, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """``names`` and each joined form of ``EQUIVALENTS`` the text writes whole, as a name of its own (its parts stay
    names: a part replaced is still found as before)."""
    if not any(word in text for word in _JOINED_FIRST_WORDS):
        return names  # (most texts)
    spans = [match.span() for match in _JOINED.finditer(text)]
    if not spans:
        return names
    joined = [Name(text[start:end], start, end, _normalise_words(text[start:end]), False) for start, end in spans]
    return tuple(sorted(names + tuple(joined), key=lambda name: name.start))


# The lower chamber by its short name, which US news uses most: "the House", "the state House", "la Cámara" (not "the
# White House", "the House of Commons", "la Cámara de Comercio"; "House" and "Cámara" alone are generic words, no
# names). Read as the House of Representatives, so that "passed the House" / "aprobado por el Senado" is a chamber
# put for another.
_LONE_CHAMBER = {
    "en": re.compile(r"(?<=\b[Tt]he )(?:state |U\.S\. )?(House)\b(?!\s+of\b)(?!-)"),
    "es": re.compile(r"(?<=\b[Ll]a )(Cámara)\b(?!\s+(?:de|del|Alta|alta)\b)"),
}
_LONE_CHAMBER_WORDS = {"en": ("House", "House of Representatives"), "es": ("Cámara", "Cámara de Representantes")}
_LONE_CHAMBER_TEXTS = frozenset(cue for cue, _ in _LONE_CHAMBER_WORDS.values())
# what a chamber said by its short name may be in the other version, folded (Apertium writes "cámara" as "camera")
_LOWER_CHAMBER_WORDS = frozenset("house chamber camera assembly congress representatives camara asamblea congreso "
                                 "representantes diputados".split())


def _with_lone_chambers(text: str, lang: str, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """``names`` and the lower chamber said by its short name (``_LONE_CHAMBER``), as the House of Representatives."""
    lang = "es" if lang == "es" else "en"
    cue, full = _LONE_CHAMBER_WORDS[lang]
    if cue not in text:
        return names  # (most texts)
    found = [Name(match.group(1), match.start(1), match.end(1), _normalise_words(full), False)
             for match in _LONE_CHAMBER[lang].finditer(text)]
    if not found:
        return names
    return tuple(sorted(names + tuple(found), key=lambda name: name.start))


def _person_of_place(tokens: tuple[str, ...], run: list[int]) -> int | None:
    """Where "of" parts a person from a place in a run of capitalised tokens ("Sen. Ted Cruz of Texas", "President
    Joe Biden of the United States"), or None: the words before it, after any title, are two or more and the
    last is no generic word. "Bank of America", "University of Texas", "Duke of Edinburgh" and "Queen Elizabeth
    of England" name one thing; Spanish "de" is left alone, being part of surnames ("Fernández de Kirchner")."""
    for position in range(1, len(run) - 1):
        if tokens[run[position]] == "of":
            before = tuple(fold(tokens[index]) for index in run[:position])
            return position if len(_after_titles_of(before)) >= 2 and before[-1] not in GENERIC else None
    return None


# The words of the chambers' forms ("senate", "camara de representantes"), which a state's name qualifies: before
# them in English ("the Texas Senate"), after them and "de" in Spanish ("el Senado de Texas")
CHAMBER_FORMS = frozenset(form for group, (forms, _) in zip(EQUIVALENTS, EQUIVALENT_FORMS) if group[0] in CHAMBERS
                          for form in forms)


def _chamber_and_place(tokens: tuple[str, ...], run: list[int], lang: str) -> tuple[list[int], list[int]] | None:
    """A run that names a chamber and the state or country it belongs to, parted into the two ("Texas Senate",
    "U.S. House of Representatives"; "Cámara de Representantes de Texas"), or None. Whole, the run would be found
    in the other version by the place alone, and a chamber put for another ("the Texas Senate" / "la Cámara de
    Representantes de Texas") would go unseen."""
    words = [_normalise_words(tokens[index]) for index in run]

    def joined(start: int, end: int) -> tuple[str, ...]:
        return tuple(word for token_words in words[start:end] for word in token_words)

    if lang == "en":
        split = next((k for k in range(1, len(run)) if joined(k, len(run)) in CHAMBER_FORMS), None)
        return None if split is None else (run[:split], run[split:])
    # (the chamber may follow an article that opens the sentence: "La Cámara de Representantes de Texas")
    split = next((k for k in range(1, len(run) - 1) if words[k] in (("de",), ("del",))
                  and any(joined(start, k) in CHAMBER_FORMS for start in range(k))), None)
    return None if split is None else (run[:split], run[split + 1:])


def _name_from_run(text: str, tokens: tuple[str, ...], gaps: tuple[str, ...], run: list[int], lang: str,
                   stopwords: set[str], known: frozenset[str], title_case: bool) -> list[Name]:
    """Zero or one name from a run of capitalised tokens (their positions), dropping position-capitalised
    words."""
    run = list(run)
    # a sentence-initial word is dropped unless known as a name, or a given name before another capitalised word
    # ("Mike Davis, the county judge, signed": a person, where "Davis" alone is a surname said two ways)
    while run and _at_sentence_start(tokens, gaps, run[0]):
        first = fold(tokens[run[0]])
        if first in stopwords or first in CONNECTORS or not (
                _is_known(tokens[run[0]], known) or (len(run) > 1 and not title_case and first not in GENERIC
                                                     and first in given_names()
                                                     and fold(tokens[run[1]]) not in CONNECTORS)):
            run.pop(0)
            while run and fold(tokens[run[0]]) in CONNECTORS:
                run.pop(0)
        else:
            break
    if not run:
        return []
    if title_case and not all(_is_known(tokens[i], known) for i in run):
        # each unbroken block of known words is a name ("Mayor Johnson Announces New Budget Plan": "Johnson" and
        # "New"), not the stretch from the first to the last; a connector between two of them joins them ("Bank of
        # America")
        blocks: list[list[int]] = []
        for i in run:
            joins = blocks and blocks[-1][-1] == i - 1
            if _is_known(tokens[i], known) or (joins and fold(tokens[i]) in CONNECTORS):
                if joins:
                    blocks[-1].append(i)
                else:
                    blocks.append([i])
        for block in blocks:
            while block and fold(tokens[block[-1]]) in CONNECTORS:
                block.pop()
        parted = [part for block in blocks if block
                  for part in (_chamber_and_place(tokens, block, lang) or (block,))]
        return [name for part in parted  # (each part is known words: no headline to read again)
                for name in _name_from_run(text, tokens, gaps, part, lang, stopwords, known, title_case=False)]
    if len(run) == 1:  # most names: one word, judged once per word
        token = tokens[run[0]]
        lone = _lone_token_name(token, lang)
        if lone is None:
            return []
        start = _token_start(tokens, gaps, run[0])
        return [Name(token.strip(), start, start + len(token.rstrip()), *lone)]
    start = _token_start(tokens, gaps, run[0])
    end = start + sum(map(len, tokens[run[0] : run[-1] + 1])) + sum(map(len, gaps[run[0] + 1 : run[-1] + 1]))
    name_text = text[start:end]
    words = _normalise_words(name_text)
    if not _is_name(words, False, stopwords):
        return []
    return [Name(name_text.strip(), start, start + len(name_text.rstrip()), words, False)]


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _lone_token_name(token: str, lang: str) -> tuple[tuple[str, ...], bool] | None:
    """The words of a name made of ``token`` alone and whether it is an acronym, or None when it is no name
    (memoised: the same capitalised words recur through a document)."""
    words = _normalise_words(token)
    acronym = _is_acronym(token.strip())
    return (words, acronym) if _is_name(words, acronym, STOPWORDS.get(lang, STOPWORDS["en"])) else None


def _is_name(words: tuple[str, ...], acronym: bool, stopwords: set[str]) -> bool:
    """Whether the words of a run (what is left of it) make a name to compare."""
    distinctive = _distinctive(words)
    if acronym and not _equivalent_forms_of(words):
        return False  # acronyms are translated (ECB/BCE, ISIL/EI): only those in EQUIVALENTS are compared
    if not distinctive and not acronym:
        return False
    if (distinctive and all(DEMONYM.search(word) for word in distinctive) and not _equivalent_forms_of(words)
            and words not in _US_CITY_WORDS):
        return False  # "Russian", "Eastern European" (not "New Orleans", a city)
    if len(distinctive) == 1 and distinctive[0] in stopwords:
        return False
    if _numbered_street(words, distinctive):
        return False  # "First Street" is "la Primera Calle": translated, as the ordinal's word
    return True


def _numbered_street(words: tuple[str, ...], distinctive: tuple[str, ...]) -> bool:
    """Whether a street's own name is an ordinal ("First Street", "Primera Calle", the corpus's "Primiera Calle")."""
    return not STREET_WORDS.isdisjoint(words) and all(
        any(word == ordinal or fuzzy_equal(word, ordinal) for ordinal in STREET_ORDINALS) for word in distinctive)


def _is_acronym(token: str) -> bool:
    """NATO, U.S., EE. UU., CoVs, RT-PCR (any hyphen part an acronym)."""
    return bool(ACRONYM.match(token)) or any(ACRONYM.match(part) for part in HYPHEN.split(token) if part)


def _is_known(word: str, known: frozenset[str]) -> bool:
    """Known as a name: an acronym, a word seen capitalised mid-sentence, or the start of a table name."""
    return _is_acronym_token(word) or any(part in known or part in TABLE_WORDS for part in _normalise_words(word))


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _is_acronym_token(token: str) -> bool:
    """Whether a token, stripped, matches ``ACRONYM`` (memoised: asked of every token of every counterpart)."""
    return bool(ACRONYM.match(token.strip()))


def known_names(texts: list[str]) -> frozenset[str]:
    """Folded words written capitalised somewhere other than a sentence start, in ``texts``."""
    known: set[str] = set()
    for text in texts:
        if is_title_case(text):
            continue
        tokens, gaps = _split(text)
        for index in _capitalised(text):
            before = gaps[index].rstrip()  # _at_sentence_start, inline: asked of every capitalised word
            if not before:
                if index == 0:
                    continue
                before = tokens[index - 1].rstrip()
            if before[-1] not in SENTENCE_START_MARKS or (before == "." and _after_middle_initial(tokens, gaps, index)):
                known.update(_normalise_words(tokens[index]))
    return frozenset(known)


# --- looking a name up in the counterpart ---------------------------------------------


@dataclass(slots=True)
class Counterpart:
    """The text a name is looked for in: folded words, acronym letter sets, and the folded text.

    A counterpart is asked about many names (a whole version, for names confirmed elsewhere, is
    asked about every missing name of the document), so near-spelling look-ups go through
    indexes of its words built on first use, and their answers are kept per word. The folded
    text is joined only when first asked for, and only a table name of several words needs
    it in order: a word holds no space, so whether it starts or lies inside some word of the
    text can be read from the words joined in any order. A counterpart built from a word set
    alone (``parts_of`` instead of ``parts``) analyses its texts only when its text is asked for.
    """

    words: set[str]
    acronyms: set[str]
    parts: tuple[tuple[str, ...], ...] | None  # the folded words of each text, in order
    parts_of: Callable[[], tuple[tuple[str, ...], ...]] | None = field(default=None, repr=False, compare=False)
    _similar: dict[tuple[str, bool], bool] | None = field(default=None, init=False, repr=False, compare=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _joined: str | None = field(default=None, init=False, repr=False, compare=False)
    # where near spellings are looked for: indexes whose words hold the counterpart's (made of its words on first use,
    # or given: a whole version's, prepared, and the translation's own words; their other words are then skipped)
    indexes: tuple["_WordIndex", ...] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, texts: list[str], analyse: Callable[[str], tuple[tuple[str, ...], frozenset[str]]]) -> "Counterpart":
        """The counterpart made of ``texts``; ``analyse`` gives a text's folded words and acronym letters
        (what ``_counterpart_words`` gives: a check passes its faster token tables, ``_text_analyser``)."""
        analysed = list(map(analyse, texts))
        parts = tuple(words for words, _ in analysed)
        acronyms = [letters for _, letters in analysed if letters]  # most texts have none
        return cls(set().union(*parts), set().union(*acronyms), parts)

    @property
    def text(self) -> str:
        """The folded words, punctuation dropped: "the UK, and" must hold " uk " for the table's forms."""
        if self._text is None:
            if self.parts is None:
                self.parts = self.parts_of()
            self._text = " " + " ".join(chain.from_iterable(self.parts)) + " "
        return self._text

    @property
    def joined_words(self) -> str:
        """The words, space-joined in no particular order, with a space at each end: what a word (which holds
        no space) starts or lies inside of some word of the counterpart is looked for in."""
        if self._joined is None:
            self._joined = " " + " ".join(self.words) + " "
        return self._joined

    def has_similar(self, word: str, strict: bool = False) -> bool:
        """Whether some word of the counterpart is ``_same_name_word`` as ``word`` (memoised per word)."""
        if self._similar is None:
            self._similar = {}
        key = (word, strict)
        similar = self._similar.get(key)
        if similar is None:
            similar = self._similar[key] = self._find_similar(word, strict)
        return similar

    def _find_similar(self, word: str, strict: bool) -> bool:
        """``any(_same_name_word(word, other, strict) for other in self.words)``, through the indexes: only
        words of a length ``fuzzy_equal`` allows (and with the same first letter, for a word of 6 letters
        or fewer) whose letters may be shared enough are compared by spelling."""
        if not strict and len(word) >= 4 and f" {word[:4]}" in self.joined_words:
            return True  # a word of the counterpart starts with the same 4 letters (words hold no space)
        if not may_be_fuzzy(word):
            return False
        if self.indexes is None:
            self.indexes = (_WordIndex(self.words),)
            candidates = self.indexes[0].candidates(word)
        else:  # indexes of more words than the counterpart's: its own are kept
            candidates = filter(self.words.__contains__,
                                chain.from_iterable(index.candidates(word) for index in self.indexes))
        return any(similar_spelling(word, other) for other in candidates)


class _WordIndex:
    """Words sorted by length, for the near-spelling look-ups of ``Counterpart``: the words of a length range are a
    slice (sorted without a Python loop over the words); a long slice is tested as arrays."""

    def __init__(self, words: Iterable[str]) -> None:
        self.by_length = sorted(words, key=len)
        self.lengths = list(map(len, self.by_length))
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def candidates(self, word: str) -> Iterable[str]:
        """The words that may be ``_same_name_word`` as ``word`` by spelling (``fuzzy_equal``): of a length it
        allows, four letters or more, not a number, with the same first letter for a word of 6 letters or
        fewer, and sharing enough letters by the ``_letter_mask`` bound (nearly all words fail on it); the
        spelling itself is not compared here."""
        slack, any_start = fuzzy_length_slack(word), len(word) > 6
        low = bisect_left(self.lengths, max(4, len(word) - slack))
        high = bisect_right(self.lengths, len(word) + slack, low)
        if high - low > MANY_CANDIDATES:
            return self._vector_candidates(word, any_start, low, high)
        return self._candidates(word, any_start, self.by_length[low:high])

    @staticmethod
    def _candidates(word: str, any_start: bool, by_length: list[str]) -> Iterable[str]:
        letters, first = _letter_mask(word), word[0]
        for other in by_length:
            if (not any_start and other[0] != first) or other.isdigit():
                continue
            # An upper bound of the letters the two share (``words._shared_letters``): each letter of
            # one that the other lacks takes at least one away.
            other_letters = _letter_mask(other)
            shared = min(len(word) - (letters & ~other_letters).bit_count(),
                         len(other) - (other_letters & ~letters).bit_count())
            if 2.0 * shared / (len(word) + len(other)) < FUZZY_RATIO:
                continue  # so similar_spelling's first test fails too
            yield other

    def _vector_candidates(self, word: str, any_start: bool, low: int, high: int) -> Iterable[str]:
        """``_candidates`` for the words ``low:high``, the tests made on all of them at once (a whole version is
        asked about names missing from their pair: thousands of words of each length)."""
        lengths, firsts, masks, numbers = self.vectors
        letters = np.uint64(_letter_mask(word))
        kept = ~numbers[low:high]
        if not any_start:
            kept &= firsts[low:high] == ord(word[0])
        other_masks, other_lengths = masks[low:high], lengths[low:high]
        shared = np.minimum(len(word) - np.bitwise_count(letters & ~other_masks).astype(np.int64),
                            other_lengths - np.bitwise_count(other_masks & ~letters).astype(np.int64))
        kept &= 2.0 * shared / (len(word) + other_lengths) >= FUZZY_RATIO
        return map(self.by_length.__getitem__, (np.flatnonzero(kept) + low).tolist())

    @property
    def vectors(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The lengths, the first letters, the ``_letter_mask`` and whether each word is a number, as arrays (made
        on first use, or by ``prepare`` for a version's words)."""
        if self._arrays is None:
            words, size = self.by_length, len(self.by_length)
            self._arrays = (np.fromiter(self.lengths, np.int64, size),
                            np.fromiter(map(ord, map(itemgetter(0), words)), np.int64, size),
                            np.fromiter(map(_letter_mask, words), np.uint64, size),
                            np.fromiter(map(str.isdigit, words), bool, size))
        return self._arrays


MANY_CANDIDATES = 200  # words of a length range above which they are tested as arrays (numpy's start-up cost)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _letter_mask(word: str) -> int:
    """The distinct letters of ``word`` as a 64-bit set (bit ``ord(letter) % 64``: a to z are bits 33 to 58, all
    distinct), for a cheap bound of shared letters. Letters that share a bit only make the bound looser (a
    letter one word lacks may be counted as shared), never tighter, so no near spelling is rejected by it.
    Memoised, and made by ``prepare`` for every word of both versions."""
    bits = 0
    for letter in set(word):
        bits |= 1 << (ord(letter) & 63)
    return bits


def _counterpart_words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The folded words of one text in order, and the letter sets of its acronyms: what a ``Counterpart`` is made
    of. The plain definition (tests build counterparts with it); ``check`` gets the same through token tables
    (``_text_analyser``), each distinct token analysed once per document."""
    tokens = _token_strings(text)  # mapped, not looped over: the memos answer most tokens
    return (tuple(chain.from_iterable(map(_normalise_words, tokens))),
            frozenset(map(_acronym_letters, filter(_is_acronym_token, tokens))))


def equivalent_forms(name: Name) -> tuple[tuple[str, ...], ...]:
    """The normalised forms of the ``EQUIVALENTS`` group that ``name`` contains one form of (the group of the
    longest such form, the first in table order among equals), or ``()`` when the table does not know it."""
    return _equivalent_forms_of(name.words)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _equivalent_forms_of(name_words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The longest form decides: "Mexico City" holds the country's "Mexico" too, and read as the country it was
    not found in "en el DF" (the city's form)."""
    joined = f" {' '.join(name_words)} "
    best, best_words = (), 0
    for group in sorted({group for word in name_words for group in GROUPS_BY_FIRST_WORD.get(word, ())}):
        forms, padded = EQUIVALENT_FORMS[group]
        longest = max((len(form) for form, padded_form in zip(forms, padded) if padded_form in joined), default=0)
        if longest > best_words:
            best, best_words = forms, longest
    return best


def place_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """The forms of the table's (``EQUIVALENTS``) group that a place written ``text`` belongs to ("EE. UU." and
    "the United States" are one group's), or () for a place the table does not hold."""
    return _equivalent_forms_of(_normalise_words(text))


def _groups_by_first_word() -> dict[str, tuple[int, ...]]:
    """For each first word of a form of ``EQUIVALENT_FORMS``, the groups (positions) having such a form.

    A padded form is in a padded name only when its words are words of the name, its first
    word included (words hold no spaces), so only the groups indexed under a word of the
    name can match; they are tried in table order, so the first match is the same.
    """
    groups: dict[str, set[int]] = {}
    for position, (forms, _) in enumerate(EQUIVALENT_FORMS):
        for form in forms:
            groups.setdefault(form[0], set()).add(position)
    return {word: tuple(sorted(positions)) for word, positions in groups.items()}


GROUPS_BY_FIRST_WORD = _groups_by_first_word()
assert all(forms and all(form and all(word and not any(c.isspace() for c in word) for word in form) for form in forms)
           for forms, _ in EQUIVALENT_FORMS), "every form has words, without spaces"


def name_found(name: Name, counterpart: Counterpart, strict: bool = False) -> bool:
    """Whether ``name`` (or an equivalent) appears in ``counterpart``; see the module doc.

    ``strict`` drops the lenient 4-letter-prefix match (used to confirm that the other
    version does name something elsewhere, where leniency would report more).
    """
    return found_by_words(name, counterpart, strict) or any(
        len(form) > 1 and f" {' '.join(form)} " in counterpart.text for form in equivalent_forms(name)
    )


def found_by_words(name: Name, counterpart: Counterpart, strict: bool = False) -> bool:
    """Whether ``name_found(name, counterpart, strict)`` by a test that holds in any counterpart holding the words of
    this one (a pair's neighbourhood holds the pair's texts: ``_missing_names``).

    These are all the tests of ``name_found`` but one: each looks at the counterpart's
    words (a word, its near spellings, a glued form inside one word, acronym letters) and
    so holds in a counterpart with more words. The one left out, the look-up of an
    equivalent form of several words in the text, is one that a join of texts can make or
    unmake. The cheap tests (set look-ups) come first; which test finds the name does not matter.
    """
    forms = equivalent_forms(name)
    if any(len(form) == 1 and form[0] in counterpart.words for form in forms):
        return True
    if forms and PLACE_KINDS.get(forms) == "region":
        return False  # found by its forms only (``name_found``): "America" is each region's, and near "Sudamérica"
    if name.text in _LONE_CHAMBER_TEXTS and not counterpart.words.isdisjoint(_LOWER_CHAMBER_WORDS):
        return True  # "the House" / "la asamblea", "la cámara": said with a common noun, no chamber put for another
    if name.acronym and _acronym_letters(name.text) in counterpart.acronyms:
        return True
    # a person after a place and a title is looked up by the person's words ("San Antonio Police Chief William
    # McManus" is not found by the "Antonio" of "la Policía de San Antonio"), transliterated too ("Ivan Vasyunik" /
    # "Iwan Wasjunik", through German)
    person = _person_after_title(name)
    if person is not name and person.distinctive and any(_spelt_as_transliterated(word, counterpart)
                                                         for word in person.distinctive):
        return True
    looked_up = (person.distinctive if person is not name and person.distinctive else None) or name.distinctive \
        or name.words
    if forms and (shared := _WORDS_OF_A_KIND.get(PLACE_KINDS.get(forms, ""))):
        looked_up = tuple(word for word in looked_up if word not in shared) or looked_up
    if any(word in counterpart.words for word in looked_up) or any(
        word_found(word, counterpart, strict) for word in looked_up
    ):
        return True  # (a name's own words are fewer than the forms of its equivalents: the United States has 17)
    if (name.kind or not INSTITUTION_KINDS.keys().isdisjoint(name.words)) and any(
            not _GIVEN_NAME_GROUPS.get(word, frozenset()).isdisjoint(counterpart.words) for word in looked_up):
        return True  # a place named after a saint, whose name Spanish translates: "St. Luke's" / "San Lucas"
    # Christmas = Navidad ~ "navideñas"; a long form must be spelt nearly alike, not share a start: "Nochevieja" is
    # not "Nochebuena", nor the "noche" of any Spanish text
    return any(all(len(word) >= 4 for word in form)
               and all(counterpart.has_similar(word, strict or len(word) >= LONG_FORM_WORD) for word in form)
               for form in forms)


LONG_FORM_WORD = 8  # letters of a form's word from which a shared start is not enough (``found_by_words``)


def _spelt_as_transliterated(word: str, counterpart: Counterpart) -> bool:
    """Whether a person's name word has a spelling in ``counterpart`` as near as a name transliterated through
    another language is ("Vasyunik" / "Wasjunik", "Ivan" / "Iwan": 0.75; not "Peter" / "after")."""
    return len(word) >= 4 and any(
        abs(len(other) - len(word)) <= 2 and difflib.SequenceMatcher(None, word, other).ratio() >= TRANSLITERATED_RATIO
        for other in counterpart.words)


def word_found(word: str, counterpart: Counterpart, strict: bool = False) -> bool:
    """Whether one folded name word appears in ``counterpart`` (same word, near-equal spelling, or glued)."""
    if word in counterpart.words or counterpart.has_similar(word, strict):
        return True
    return len(word) >= 5 and word in counterpart.joined_words  # glued by scraping: "AndroidGoogle"


def _same_name_word(word: str, other: str, strict: bool = False) -> bool:
    """Lenient on purpose (precision first): a shared 4-letter start ("Scots" ~ "Scottish",
    "Labour" ~ "laborista" after folding: "labo"), or a near-equal spelling."""
    if not strict and len(word) >= 4 and len(other) >= 4 and word[:4] == other[:4]:
        return True
    return (other[:1] == word[:1] or len(word) > 6) and fuzzy_equal(word, other)


# US places with Spanish names, which MT translates word by word ("El Paso" is "The Step" to Apertium, "Amarillo"
# "Yellow", "Santa Fe" "Saint Faith"): names all the same, whose absence from the other side can be judged
_PLACES_WITH_SPANISH_NAMES = frozenset(tuple(fold(place).split())
                                       for place in US_PLACES_WITH_SPANISH_NAMES + PLACES_ABROAD_WITH_SPANISH_WORDS)


# Brands that are Spanish words, which MT translates ("un Honda Civic" is "a Deep Civic" to Apertium): a car's make
# changed is a detail of a suspect's description ("a red Toyota Camry" / "un Honda Civic rojo")
_BRANDS_WITH_SPANISH_WORDS = frozenset({"honda"})


def passes_through(name: Name, translation: Counterpart) -> bool:
    """For a name of the translated side: whether MT kept all its words, so that its absence can be judged (a place
    with a Spanish name, in the US or abroad, is a name whatever MT made of it, and a brand's word is kept as it
    is)."""
    return (all(word in translation.words or word in _BRANDS_WITH_SPANISH_WORDS
                for word in name.distinctive or name.words)
            or tuple(fold(word) for word in name.words) in _PLACES_WITH_SPANISH_NAMES)


# --- the rule -------------------------------------------------------------------------


@dataclass
class _Mention:
    side: str
    segment: int
    name: Name


@dataclass(frozen=True, eq=False)
class _VersionAnalysis:
    """What ``check`` needs of one version that no translation changes, made by ``prepare`` while the translator
    works: the names of each sentence (with the side's known names), the version's distinct tokens, the folded
    forms of those in lower case, and the counterpart tables of its tokens and sentences (see ``_Lookups``)."""

    # per segment, each name with the word that drops it when the document also writes it in lower case (a name of
    # one word without equivalents: ``_names_to_look_up``), or None
    droppable: tuple[tuple[tuple[Name, str | None], ...], ...]
    tokens: frozenset[str]
    lowercase: frozenset[str]
    token_words: dict[str, tuple[str, ...]]
    acronym_tokens: dict[str, str]
    analysed: dict[str, tuple[tuple[str, ...], frozenset[str]]]  # per text: ``_counterpart_words``
    words: frozenset[str]  # the folded words of all the sentences
    acronyms: frozenset[str]  # their acronyms' letters
    index: _WordIndex  # the words, for near spellings (its arrays made)


VERSION_MEMO_SIZE = 16  # versions analysed and kept: a check's two, with room for documents prepared side by side (-j)


@lru_cache(maxsize=VERSION_MEMO_SIZE)
def _version_analysis(texts: tuple[str, ...], lang: str) -> _VersionAnalysis:
    """The ``_VersionAnalysis`` of a version's sentences (memoised: made by ``prepare``, found by ``check``)."""
    known = known_names(list(texts))
    names = tuple(_names_of(text, lang, known) for text in texts)
    for name in chain.from_iterable(names):
        # what ``check`` asks of each name of a pair (``_partly_found_names``), made here, beside the translator
        equivalent_forms(name)
        after_titles = _after_titles_of(name.words)
        if len(after_titles) >= 2:
            _equivalent_forms_of(after_titles)
    droppable = tuple(tuple((name, name.words[0] if len(name.words) == 1 and not equivalent_forms(name) else None)
                            for name in segment_names) for segment_names in names)
    tokens = frozenset().union(*map(_token_strings, texts))
    token_words, acronym_tokens = _token_tables(tokens)
    analyse = _text_analyser(token_words, acronym_tokens)
    words = frozenset(chain.from_iterable(token_words.values()))
    index = _WordIndex(words)
    index.vectors  # (and so every word's _letter_mask, memoised: asked again of the words of a pair)
    return _VersionAnalysis(droppable, tokens, frozenset(_lowercase_of(tokens)), token_words, acronym_tokens,
                            {text: analyse(text) for text in texts}, words, frozenset(acronym_tokens.values()),
                            index)


def _analysis_of(version: Version) -> _VersionAnalysis:
    return _version_analysis(tuple(segment.text for segment in version.segments), version.lang)


def prepare(version: Version, settings: Settings) -> None:
    """The analyses of ``check`` that need no translation (see ``bilingo.check.prepare_checks``): the names of
    every sentence, the version's tokens, their folded forms and the words of every sentence as a counterpart.
    Memoised, so that ``check`` finds them done. The misspellings' reading of each sentence too."""
    if RULE in settings.disabled_rules:
        return
    _analysis_of(version)
    prepare_spellings(version)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    versions = {side: _analysis_of(aligned.version(side)) for side in ("left", "right")}
    # the document's tokens are the versions' (prepared) and the translation's: only the translation's tokens that
    # neither version has are folded and analysed here
    translation = frozenset().union(*map(_translation_tokens, aligned.translations))
    translated = translation.difference(versions["left"].tokens, versions["right"].tokens)
    common = set(versions["left"].lowercase).union(versions["right"].lowercase, _lowercase_of(translated))
    counted = [pair for pair in aligned.pairs if _counted(pair, settings)]
    lookups = _Lookups(aligned, versions, translation, translated)
    names = {side: _names_to_look_up(aligned, counted, side, versions[side], common) for side in ("left", "right")}
    mentioned = {side: _sentences_naming(names[side]) for side in ("left", "right")}
    findings: list[Finding] = []
    reported = set()  # the pairs with a finding here: a misspelling there is one of them already
    for position, pair in enumerate(counted):
        if not any(names["left"][index] for index in pair.left) and not any(
                names["right"][index] for index in pair.right):
            continue  # no name on either side: nothing to find missing or changed (most pairs)
        window = counted[max(0, position - NEIGHBOUR_PAIRS) : position + NEIGHBOUR_PAIRS + 1]
        local, missing, by_start = {}, {}, {}
        for side in ("left", "right"):
            local[side], missing[side], by_start[side] = _missing_names(lookups, pair, window, side, names[side])
        before = len(findings)
        findings.extend(_pair_findings(aligned, pair, local, missing, by_start, lookups.everywhere, mentioned,
                                       settings))
        findings.extend(_opening_word_findings(aligned, lookups, pair, names, local, findings[before:], settings))
        findings.extend(_changed_surname_findings(aligned, lookups, pair, names, local, common, settings))
        findings.extend(_changed_gender_findings(aligned, lookups, pair, names, common, settings))
        if len(findings) == before:
            findings.extend(_another_state_findings(aligned, pair, names, settings))
        if len(findings) > before:
            reported.add((pair.left, pair.right))
        lookups.built.clear()  # no later pair asks for these again (each pair's window differs): free them now
    findings.extend(misspellings(aligned, settings, reported))
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


def _counted(pair: AlignedPair, settings: Settings) -> bool:
    return pair.is_match and (pair.score is None or pair.score >= settings.match_threshold)


def _texts(aligned: AlignedDocument, side: str, pairs: list[AlignedPair], translated: bool) -> list[str]:
    version = aligned.version(side)
    texts = []
    for pair in pairs:
        for index in getattr(pair, side):
            texts.append(aligned.translations[index] if translated else version.segments[index].text)
    return texts


NO_ACRONYMS: frozenset[str] = frozenset()


class _Lookups:
    """The counterparts of one check, each built once and only when a name is looked up in it.

    A pair's counterpart is needed alone, with its neighbours and for changed surnames, on
    both sides, and most pairs have no name to look up on one side or both. A counterpart
    is fully determined by the segments it is made of, so it is kept under their indices.
    """

    def __init__(self, aligned: AlignedDocument, versions: dict[str, _VersionAnalysis], translation: frozenset[str],
                 translated: frozenset[str]) -> None:
        """``versions``: the prepared analyses of both versions; ``translation``: the translation's tokens;
        ``translated``: those that neither version has."""
        self.aligned = aligned
        self.versions = versions
        self.translation = translation
        self.translated = translated
        self._indexes: tuple[_WordIndex, ...] | None = None
        self.built: dict[tuple[str, str, tuple[int, ...]], Counterpart] = {}  # for the pair at hand
        self.whole: dict[str, Counterpart] = {}  # per side, all pairs
        # the tables of all the document's tokens: the versions' (prepared), and the translation's own
        self.token_words = {**versions["left"].token_words, **versions["right"].token_words}
        self.acronym_tokens = {**versions["left"].acronym_tokens, **versions["right"].acronym_tokens}
        token_words, acronym_tokens = _token_tables(translated)
        self.token_words.update(token_words)
        self.acronym_tokens.update(acronym_tokens)
        self.analysed = {**versions["left"].analysed, **versions["right"].analysed}
        # (the versions' sentences are analysed already: what is analysed here is the translation)
        self._analyse = _text_analyser(self.token_words, self.acronym_tokens, _translation_tokens)

    def analyse(self, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """``_counterpart_words(text)``, once per text of the document (the versions' sentences are prepared)."""
        return _analysed(self.analysed, self._analyse, text)

    def counterpart(self, side: str, pairs: list[AlignedPair]) -> Counterpart:
        """Where the names of ``side`` are looked up: the other version's text in ``pairs`` and, when that
        version was translated, its translation too (all pairs: where a locally missing name may be found
        elsewhere)."""
        other = self.aligned.other(side)
        key = ("counterpart", other, tuple(index for pair in pairs for index in getattr(pair, other)))
        built = self.built.get(key)
        if built is None:
            texts = _texts(self.aligned, other, pairs, False)
            if self.aligned.translated_side == other:
                texts += _texts(self.aligned, other, pairs, True)
            built = self.built[key] = Counterpart.of(texts, self.analyse)
        return built

    def everywhere(self, side: str) -> Counterpart:
        """The counterpart of ``side`` in all pairs: where a name missing from its pair may be named elsewhere
        (built for the first such name: a document may have none)."""
        built = self.whole.get(side)
        if built is None:
            aligned, other = self.aligned, self.aligned.other(side)
            translated = aligned.translated_side == other
            texts = _texts(aligned, other, aligned.pairs, False)
            translations = _texts(aligned, other, aligned.pairs, True) if translated else []
            size = len(aligned.version(other).segments)
            if (set(chain.from_iterable(getattr(pair, other) for pair in aligned.pairs)) == set(range(size))
                    and (not translated or len(aligned.translations) == size)):
                # the pairs hold every sentence (and translation): the version's words (prepared), the translation's
                analysis = self.versions[other]
                words, acronyms = set(analysis.words), set(analysis.acronyms)
                if translated:
                    words.update(chain.from_iterable(map(self.token_words.__getitem__, self.translation)))
                    acronyms.update(map(self.acronym_tokens.__getitem__, self.acronym_tokens.keys() & self.translation))
            else:
                # the words of the texts are the words of their distinct tokens: no need to analyse each text
                tokens = set().union(*map(_token_strings, texts), *map(_translation_tokens, translations))
                words = set(chain.from_iterable(map(self.token_words.__getitem__, tokens)))
                acronyms = set(map(self.acronym_tokens.__getitem__, self.acronym_tokens.keys() & tokens))
            built = self.whole[side] = Counterpart(words, acronyms, None,
                                                   partial(_analysed_words, self.analysed, self._analyse,
                                                           texts + translations),
                                                   indexes=self.document_indexes)
        return built

    @property
    def document_indexes(self) -> tuple[_WordIndex, ...]:
        """Indexes that hold every word of the document: the versions' (prepared), and the words of the
        translation's tokens that neither version has (made on first use)."""
        if self._indexes is None:
            new = set(chain.from_iterable(map(self.token_words.__getitem__, self.translated)))
            self._indexes = (self.versions["left"].index, self.versions["right"].index, _WordIndex(new))
        return self._indexes

    def own_translation(self, side: str, pair: AlignedPair) -> Counterpart | None:
        """The machine translation of ``side`` in ``pair`` when that side was translated, else None."""
        if self.aligned.translated_side != side:
            return None
        key = ("translation", side, getattr(pair, side))
        built = self.built.get(key)
        if built is None:
            built = self.built[key] = Counterpart.of(_texts(self.aligned, side, [pair], True), self.analyse)
        return built


def _analysed(analysed: dict, analyse: Callable, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """``analyse(text)``, kept in ``analysed``."""
    result = analysed.get(text)
    if result is None:
        result = analysed[text] = analyse(text)
    return result


def _analysed_words(analysed: dict, analyse: Callable, texts: list[str]) -> tuple[tuple[str, ...], ...]:
    """The folded words of each of ``texts``, through ``_analysed``: a function of the tables, not of the
    ``_Lookups`` that holds the counterpart it is given to, so that no reference cycle keeps a checked document
    alive until the garbage collector runs."""
    return tuple(_analysed(analysed, analyse, text)[0] for text in texts)


def _token_tables(tokens: Iterable[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """``_counterpart_words`` through tables of distinct ``tokens``, asked once each: a sentence's tokens are then
    mapped through plain dictionaries, not one memo call per token: each token's words (``_normalise_words``) and
    the letters of those that are acronyms (the memos' bodies are called directly: these tables are the memo;
    most tokens are plain ASCII words, their one word the token in lower case: mapped without a loop; an
    acronym starts with a capital)."""
    plain = list(filter(str.isalpha, filter(str.isascii, tokens)))
    token_words = dict(zip(plain, zip(map(str.lower, plain))))
    token_words.update((token, _normalise_words.__wrapped__(token)) for token in tokens if token not in token_words)
    acronym_tokens = {token: _acronym_letters(token) for token in tokens
                      if token[0].isupper() and ACRONYM.match(token.strip())}
    return token_words, acronym_tokens


def _text_analyser(token_words: dict[str, tuple[str, ...]], acronym_tokens: dict[str, str],
                   tokenise: Callable[[str], tuple[str, ...]] = _token_strings
                   ) -> Callable[[str], tuple[tuple[str, ...], frozenset[str]]]:
    """``_counterpart_words`` through the token tables (which must hold every token of the texts it is given);
    ``tokenise``: ``_token_strings``, or the same tokens through another memo (``_translation_tokens``)."""
    words_of, letters_of, acronyms = token_words.__getitem__, acronym_tokens.__getitem__, acronym_tokens.keys()

    def analyse(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
        tokens = tokenise(text)
        return (tuple(chain.from_iterable(map(words_of, tokens))),
                NO_ACRONYMS if acronyms.isdisjoint(tokens) else frozenset(map(letters_of, acronyms & tokens)))

    return analyse


def _lowercase_of(tokens: set[str]) -> set[str]:
    """The folded forms of the ``tokens`` that start in lower case (mapped, not looped over: ten thousand
    tokens in a long article).

    ``check`` takes them of the whole document, originals and translation: a one-word
    "name" that is also used as an ordinary word ("Health", "Travel" in a heading-like
    phrase; the translation's "health") is a common noun, not a name.
    """
    lower = list(filter(lambda token: token[0].islower(), tokens))
    plain = set(map(str.lower, filter(str.isascii, lower)))  # fold, for ASCII: lower case
    return plain.union(map(fold, filterfalse(str.isascii, lower)))


def _names_to_look_up(aligned: AlignedDocument, counted: list[AlignedPair], side: str, analysis: _VersionAnalysis,
                      common: set[str]) -> dict[int, list[Name]]:
    """The names of each segment of ``side`` in a counted pair, once per segment (a pair is looked at alone and
    with its neighbours), less one-word names that are also common words of the document."""
    names: dict[int, list[Name]] = {}
    droppable = analysis.droppable  # (which names a common word may drop, found by ``prepare``)
    lang = aligned.version(side).lang
    version = aligned.version(side)
    for pair in counted:
        for index in getattr(pair, side):
            text = version.segments[index].text
            names[index] = [_institution_after_its_kind(institution_name(name, lang), text, lang)
                            for name, word in droppable[index] if word is None or word not in common]
    return names


# An institution's kind written in lower case beside its own name, before it in Spanish ("la escuela secundaria
# Roosevelt", "el hospital Metodista"), after it in English ("the Mersey hospital", "Brandon Hill park"): the name is
# the place's own, of that kind ("un hospital de Miami" is a hospital in Miami)
_KIND_BEFORE = re.compile(r"\b(?P<kind>escuela|universidad|hospital|clínica|iglesia|parroquia|parque|"
                          r"aeropuerto|estadio|biblioteca|museo)(?:\s+(?:primaria|secundaria|preparatoria|intermedia|"
                          r"media|superior|pública|católica|comunitari[oa]|regional|general|municipal))?\s+$")
_KIND_AFTER = re.compile(r"\s+(?:(?:high|middle|elementary|junior\s+high)\s+)?(?P<kind>school|hospital|clinic|church|"
                         r"park|airport|stadium|library|museum|university)\b")


def _institution_after_its_kind(name: Name, text: str, lang: str) -> Name:
    """``name`` as a place of its kind where its language writes the kind in lower case beside it ("la escuela
    secundaria Roosevelt" is a school named Roosevelt, against "Lincoln High School"; "the Mersey hospital");
    ``name`` itself otherwise, and where its words only describe ("el hospital Metodista" is "Methodist Hospital", no
    own name)."""
    if name.kind or name.acronym:
        return name
    if lang == "es":
        beside = _KIND_BEFORE.search(text, max(0, name.start - 60), name.start)
    else:
        beside = _KIND_AFTER.match(text, name.end)
    if beside is None:
        return name
    own = tuple(word for word in name.words if word not in INSTITUTION_DESCRIPTIONS and word not in GENERIC
                and word not in CONNECTORS and len(word) > 1)
    if own != name.words or len(own) != 1:
        return name  # (a name of two words keeps its person's reading: "Brandon Hill park" / "Brandon Okonkwo")
    return Name(name.text, name.start, name.end, own, kind=INSTITUTION_KINDS[fold(beside.group("kind"))])


# The kinds of place that local news names after a person or a place, by the words that say the kind in either
# language: the translator keeps the place's own name and translates the rest ("Lincoln Elementary School" / "la
# Escuela Primaria Lincoln", "Jackson Memorial Hospital" / "el Hospital Jackson Memorial")
INSTITUTION_KINDS = {word: kind for kind, words in {
    "school": "school schools escuela escuelas elementary primaria middle secundaria high preparatoria academy "
              "academia",
    "university": "university universidad college",
    "hospital": "hospital clinic clinica",
    "church": "church iglesia cathedral catedral parroquia",
    "park": "park parque",
    "airport": "airport aeropuerto",
    "stadium": "stadium estadio",
    "library": "library biblioteca",
    "museum": "museum museo",
}.items() for word in words.split()}
# Words that describe such a place rather than name it ("Memorial", "General", "Regional", "Children's")
INSTITUTION_DESCRIPTIONS = frozenset("""
    memorial general regional medical medico center centro community comunitario comunitaria children infantil
    municipal public publica publico estatal senior junior charter magnet catholic catolica catolico baptist
    bautista methodist metodista lutheran luterana episcopal episcopal presbyterian presbiteriana
    """.split())
INSTITUTION_OWN_WORDS = 2  # the most own words of a place looked up by them ("Mount Sinai")


def institution_name(name: Name, lang: str) -> Name:
    """``name`` looked up by its own words where it names a school, a hospital, a university, a church, a park, an
    airport, a stadium, a library or a museum after a person or a place ("Lincoln" of "Lincoln Elementary School",
    "Harvard" of "la Universidad de Harvard"), with its kind; otherwise ``name`` itself.

    The translator keeps such a place's own name and translates the words that say what it is. Looked up whole, the
    name would be found by a word of its kind ("Hospital" in "el Hospital General de Miami") or, built on generic
    words, not compared at all (``_translated_organisation``); so a bio's "Columbia University" turned "la
    Universidad de Harvard" went unseen. Two such places of one kind with other own names are a changed name
    (``_may_replace``). The word of its kind heads the name: it ends it or comes before "of" ("University of Texas"),
    or, in Spanish, opens it ("Universidad de Harvard"); "University Principals Conference" is a conference."""
    words = name.words
    kinds = {INSTITUTION_KINDS[word] for word in words if word in INSTITUTION_KINDS}
    if len(kinds) != 1 or name.acronym:
        return name
    last_kind = max(position for position, word in enumerate(words) if word in INSTITUTION_KINDS)
    if not (last_kind == len(words) - 1 or words[last_kind + 1] in CONNECTORS
            or (lang == "es" and words[0] in INSTITUTION_KINDS)):
        return name
    own = tuple(word for word in words
                if word not in INSTITUTION_KINDS and word not in INSTITUTION_DESCRIPTIONS and word not in GENERIC
                and word not in CONNECTORS and len(word) > 1)
    if not 1 <= len(own) <= INSTITUTION_OWN_WORDS:
        return name
    return Name(name.text, name.start, name.end, own, kind=kinds.pop())


def _missing_names(lookups: _Lookups, pair, window, side,
                   names: dict[int, list[Name]]) -> tuple[list[_Mention], list[_Mention], list[_Mention]]:
    """The names of ``side`` in ``pair`` missing from the counterpart of the pair alone, those missing
    from the counterpart of the pair and its neighbours (``window``), and those the pair's counterpart holds
    only by a word sharing their first four letters ("Medina" in "mediática"), which may still have been
    replaced by a name of the other side (``_pair_findings``).

    The window holds the pair's texts, so a name found in the pair is found in the window
    too: its words, their near spellings and glued forms (a word has no space: it is found
    inside one word of a text) and its acronym letters are all there. Only an equivalent
    form of several words can be found across the join of two texts that the window puts
    apart, so a name found perhaps only through such a form (``found_by_words``) is looked
    up in the window again. The window is built only when some name needs it.
    """
    mentions = [(index, name) for index in getattr(pair, side) for name in names[index]]
    if not mentions:
        return [], [], []  # nothing to look up: the counterparts are not even built
    counterpart = lookups.counterpart(side, [pair])
    local, missing, by_start = [], [], []
    for index, name in mentions:
        if found_by_words(name, counterpart):
            if _held_only_by_start(name, counterpart):
                by_start.append(_Mention(side, index, name))
            continue  # found in the window too
        found = name_found(name, counterpart)  # (then only through an equivalent form of several words)
        found_in_window = name_found(name, lookups.counterpart(side, window))
        if found and found_in_window:
            continue
        own_translation = lookups.own_translation(side, pair)  # (built for the first name missing, if any)
        if own_translation is not None and not passes_through(name, own_translation):
            # a place of the table that MT wrote in English ("Francia" as "France") can be judged, unless the
            # other side says it by its adjective ("Spanish")
            forms = equivalent_forms(name)
            if not (PLACE_KINDS.get(forms) and name_found(name, own_translation)):
                continue
            if PLACE_ADJECTIVES.get(forms) in lookups.counterpart(side, window).words:
                continue
        if _translated_organisation(name):
            continue
        mention = _Mention(side, index, name)
        if not found:
            local.append(mention)
        if not found_in_window:
            missing.append(mention)
    return local, missing, by_start


def _held_only_by_start(name: Name, counterpart: Counterpart) -> bool:
    """Whether a one-word name is in ``counterpart`` only by words sharing its first four letters and no more
    ("Medina" in "mediática", not "Frankfurt" in "Frankfurter" nor "Eurocup" in "Eurocopa"): the leniency that
    finds a name in a word derived from it ("Labour" in "laborista"), which a name put in its place may undo."""
    words = name.distinctive or name.words
    if len(words) != 1 or name.acronym or equivalent_forms(name) or found_by_words(name, counterpart, strict=True):
        return False
    word = words[0]
    start = word[:4]
    return len(word) > len(start) and all(
        len(commonprefix((word, other))) == len(start)
        and difflib.SequenceMatcher(None, word, other).ratio() < BY_START_RATIO
        for other in counterpart.words if other.startswith(start))


BY_START_RATIO = 0.7  # an exonym shares a start and most letters ("Frankfurt" / "Francfort": 0.78; "mediática": 0.67)


@dataclass
class _PartlyFound:
    """A name of several words whose last word (``surname``) the counterpart pair lacks but some of whose
    other words (``found``) it has."""

    mention: _Mention
    found: tuple[str, ...]
    surname: str


MIN_SHARED_WORD = 3  # letters of the word two partly found names share ("Owais", not a numeral "II")


def _partly_found_names(lookups: _Lookups, pair, side, names: dict[str, dict[int, list[Name]]],
                        common: set[str]) -> list[_PartlyFound]:
    """Names of ``side`` in ``pair`` of two or more words (after any title) whose last word is missing from
    the counterpart pair while another is there ("Pedro Abernathy" against "Pedro Solbes"). Only the last
    word: first names are what translators do translate (Pedro / Peter, Jacobo / James, Alejandro /
    Alexander), surnames they keep. On the translated side the surname counts only when MT kept it (an
    ordinary word used in a name, translated, cannot be judged), and a surname that the document also
    writes in lower case is an ordinary word of a name made of them ("Housing Development")."""
    counterpart: Counterpart | None = None  # built for the first name of two words or more, if any
    partly = []
    for index in getattr(pair, side):
        for name in names[side][index]:
            words = _after_titles(name)
            if len(words) < 2 or name.acronym or name.kind or _equivalent_forms_of(words):
                continue  # (no person's: a place looked up by its own words, "Unity" of "Unity High School of
                # Khartoum" against "Unity High School de Jartúm")
            if equivalent_forms(name) and len(words) == len(name.distinctive):
                continue  # (the table's names are looked up whole, "Bay of Pigs" with its "of"; not a place before
                # a title: "United States President Donald Trump", "Ukraine's Economy Minister Anatoly Kinakh")
            if counterpart is None:
                counterpart = lookups.counterpart(side, [pair])
            surname = words[-1]
            if _surname_found(surname, counterpart) or not surname.isalpha() or surname in common:
                continue
            own_translation = lookups.own_translation(side, pair)  # (built for the first surname missing)
            if own_translation is not None and surname not in own_translation.words and not (
                    len(name.words) == 2 and words[0] in given_names() and surname in census_surnames()):
                continue  # (a given name and a common surname alone are a person's, whatever MT made of "Peña";
                # not "Tristán de Acuña", an island)
            found = tuple(w for w in words[:-1] if word_found(w, counterpart))
            if found:
                partly.append(_PartlyFound(_Mention(side, index, name), found, surname))
    return partly


def _changed_gender_findings(aligned, lookups: _Lookups, pair, names, common: set[str], settings) -> list[Finding]:
    """One person's first name changed on one side: turned into its other gender's form ("Maria Gonzalez" in
    English, "Mario González" in Spanish; Daniel / Daniela, Luis / Luisa), or replaced by another ("Father Miguel
    Ortega" / "el padre Manuel Ortega").

    The name rule does not see it otherwise: the surname is found and translators do
    change first names (Pedro / Peter), so a name found by its surname is present. The
    two names, of two or more words after any title, share their surname, and their
    first names differ by the ending that marks gender in Spanish and Italian given names
    (``gender_flipped``), or are two given names of the US Census (``other_given_name``):
    not one spelling of the other, nor its translation, short form or transliteration. On the translated
    side, MT must have kept both words as they are, as it keeps a person's name: a name
    made of ordinary words ("Cochera Clásicos", a garage) is translated, and so is a
    first name Apertium knows (Pedro, Peter). Not in loose pairs, not a place ("New
    Mexico" / "Nuevo México"), and not names of words the document also writes in lower
    case ("Deity Yoga" / "Devata Yoga", "Black Canada" / "Noir Canada": ``common``).
    Reported on the translated side, naming both.
    """
    if _loose(aligned, pair, settings):
        return []
    flagged_side = aligned.translated_side or "right"
    people = {}
    for side in (flagged_side, aligned.other(flagged_side)):
        people[side] = [(_Mention(side, index, name), words[0], words[-1])
                        for index in getattr(pair, side) for name in names[side].get(index, ())
                        if not name.acronym and len(words := _after_titles(name)) >= 2]
    if not people[flagged_side] or not people[aligned.other(flagged_side)]:
        return []
    own_translation = lookups.own_translation(flagged_side, pair)
    findings = []
    for mention, first, surname in people[flagged_side]:
        if own_translation is not None and not (first in own_translation.words and surname in own_translation.words):
            continue
        for counterpart, other_first, other_surname in people[aligned.other(flagged_side)]:
            if surname != other_surname:
                continue
            if not gender_flipped(first, other_first) and (surname in common or first in common
                                                            or other_first in common):
                continue  # ordinary words ("Deity Yoga" / "Devata Yoga", "Black Canada" / "Noir Canada")
            if gender_flipped(first, other_first) or (
                    other_given_name(first, other_first)
                    and not _names_first_name(people[flagged_side], other_first)
                    and not _names_first_name(people[aligned.other(flagged_side)], first)):
                findings.append(_finding(aligned, pair, mention, counterpart, settings))
                break
    return findings


def _names_first_name(people: list, first: str) -> bool:
    """Whether one of a side's names holds ``first``: a longer form of the name ("Sabaah Alu Obeidi" for "Alu
    Obeidi"), or two relatives ("Tomás and Rosa Garza")."""
    return any(first == word or _same_name_word(first, word, strict=True)
               for person in people for word in person[0].name.words)


# Forms of one given name across English and Spanish that share too few letters to be near-equal spellings:
# translated names (kings, popes, saints, and people whose names a newsroom translates), short forms, and
# transliterations. Folded (lower case, no accents).
GIVEN_NAME_FORMS: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "peter pedro pete pierre", "john juan jon johnny jack jean johann giovanni", "joseph jose josep joe pepe josef giuseppe", "james jaime santiago diego jacobo jim jimmy jacques",
    "michael miguel mike mikhail mijail michel", "william guillermo bill billy will willie memo guillaume wilhelm", "charles carlos charlie chuck karl",
    "henry enrique harry hank quique henri heinrich", "george jorge", "francis francisco frank paco pancho francois franz", "anthony antonio tony tono",
    "paul pablo", "mark marcos marco", "matthew mateo matt", "luke lucas", "thomas tomas tom tommy", "andrew andres andy",
    "stephen steven esteban steve etienne", "philip felipe phil", "louis luis lou", "edward eduardo ted ed eddie lalo",
    "richard ricardo dick rick ricky", "robert roberto bob bobby rob beto", "albert alberto al beto",
    "alexander alejandro alex sasha", "nicholas nicolas nick", "frederick federico fred friedrich", "gregory gregorio greg",
    "benedict benedicto", "guy guido", "leo leon", "pius pio", "vincent vicente vince", "lawrence lorenzo larry",
    "raymond ramon raimundo ray", "raphael rafael rafa", "jerome jeronimo", "ignatius ignacio nacho",
    "augustine agustin", "christopher cristobal chris", "dominic domingo", "julius julio", "jesus chuy",
    "mary maria marie", "theresa therese teresa", "antoinette antonieta", "michelle micaela michele", "elizabeth isabel betty liz beth", "catherine katherine catalina kate kathy katie",
    "joan juana jane", "anne ana ann anna", "margaret margarita peggy maggie", "helen elena", "louise luisa",
    "charlotte carlota", "susan susana sue", "frances francisca", "josephine josefina", "rose rosa",
    "eleanor leonor", "lucy lucia", "hugh hugo", "ferdinand fernando", "emmanuel manuel", "alphonse alfonso",
    "guadalupe lupe", "dolores lola", "rosario chayo", "concepcion concha", "mohammed muhammad mohamed mohammad",
    "yevgeny evgeny yevgueni evgueni eugene eugenio", "yuri yury iuri", "sergei sergey serguei", "alexei alexey alexis",
    "dmitry dmitri", "nikolai nicolai", "fyodor fedor", "volodymyr vladimir",
))
_GIVEN_NAME_GROUPS = {form: group for group in GIVEN_NAME_FORMS for form in group}
# Transliterations from Cyrillic and Arabic differ between English and Spanish ("Mikhail" / "Mijaíl", "Yevgeny" /
# "Yevgueni"): compared with these letters made alike.
_TRANSLITERATION = (("kh", "j"), ("gue", "ge"), ("gui", "gi"), ("ph", "f"), ("th", "t"), ("w", "v"), ("y", "i"),
                    ("ou", "u"), ("zh", "y"), ("sh", "ch"))


def _transliterated(word: str) -> str:
    for english, spanish in _TRANSLITERATION:
        word = word.replace(english, spanish)
    return re.sub(r"(.)\1", r"\1", word)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of the 1990 US Census (5,494, public domain, shipped by the ``names`` package), folded:
    Miguel, Manuel, Ana and Elena are there; "Deity", "Noir" and a typo ("Tyan" for "Ryan") are not. Read on the
    first name change a check meets, not at start-up."""
    from importlib.resources import files

    package = files("names")
    return frozenset(fold(line.split()[0]) for table in ("dist.male.first", "dist.female.first")
                     for line in package.joinpath(table).read_text(encoding="utf-8").splitlines() if line.strip())


GIVEN_NAME_GENDER_RATIO = 20  # a given name is a man's when 20 times more men than women bear it, and the other way
GIVEN_NAME_MIN_SHARE = 0.02  # percent of the sex that bears it: about the 500 commonest names of each
# Names the US Census gives one sex that other countries give the other: Italian Andrea and Nicola, Indian Chandra,
# Armenian Karen, Russian Nikita and Sasha, Dutch and Czech Jan...
OTHER_COUNTRIES_GENDER = frozenset("""andrea nicola simone chandra kim sasha jan karen nikita michele gabriele daniele
    dominique marion camille claude ira misha valery yuri noa ariel rosario""".split())


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """The common given names of the 1990 US Census that nearly only one sex bears ("Mark", "Maria", "José"),
    folded, with "masculine" or "feminine"; names both bear ("Dana", "Jean", "Guadalupe", "Angel"), rare ones, and
    those other countries give the other sex (``OTHER_COUNTRIES_GENDER``) are left out."""
    from importlib.resources import files

    shares: dict[str, list[float]] = {}
    for position, table in enumerate(("dist.male.first", "dist.female.first")):
        for line in files("names").joinpath(table).read_text(encoding="utf-8").splitlines():
            if line.strip():
                name, share = line.split()[:2]
                shares.setdefault(fold(name), [0.0, 0.0])[position] = float(share)
    return {name: "masculine" if male > female else "feminine" for name, (male, female) in shares.items()
            if max(male, female) >= GIVEN_NAME_MIN_SHARE and name not in OTHER_COUNTRIES_GENDER
            and max(male, female) >= GIVEN_NAME_GENDER_RATIO * min(male, female)}


@lru_cache(maxsize=1)
def given_names_of_both_sexes() -> frozenset[str]:
    """The given names that say no sex: borne by both sexes in the US Census, neither nearly alone ("Dana", "Jean",
    "Guadalupe"; not "Mary", which a few men bear), or given to one sex there and to the other elsewhere
    (``OTHER_COUNTRIES_GENDER``: "Andrea", "Danièle")."""
    from importlib.resources import files

    bearers: dict[str, int] = {}
    for table in ("dist.male.first", "dist.female.first"):
        for line in files("names").joinpath(table).read_text(encoding="utf-8").splitlines():
            if line.strip():
                name = fold(line.split()[0])
                bearers[name] = bearers.get(name, 0) + 1
    one_sex = given_name_genders()
    return frozenset(name for name, tables in bearers.items() if tables == 2 and name not in one_sex) | (
        OTHER_COUNTRIES_GENDER)


CENSUS_SURNAME_RANK = 5000  # the commonest surnames of the 1990 US Census, down to about 1 in 50,000 people


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """The 5,000 commonest surnames of the 1990 US Census (public domain, shipped by the ``names`` package), folded:
    Garcia, Garza, Davis, Davila, Perez and Pena are there; a transliteration's two spellings seldom both are
    ("Zelensky", "Zelenski" are not). Read on the first surname that needs it, not at start-up."""
    from importlib.resources import files

    lines = files("names").joinpath("dist.all.last").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.split()[0]) for line in lines[:CENSUS_SURNAME_RANK] if line.strip())


def two_surnames(word: str, other: str) -> bool:
    """Whether two folded words, spelt alike enough to pass for one name in two languages, are two people's
    surnames: both among the US Census's commonest (``census_surnames``), two letters apart or more (one letter is
    a variant: Gonzales / Gonzalez, Smith / Smyth), not one transliteration of the other nor forms of one name
    ("Davis" / "Davila", "Garcia" / "Garza", "Perez" / "Pena")."""
    if word == other or word not in census_surnames() or other not in census_surnames():
        return False
    if _one_given_name(word, other) or _transliterated(word) == _transliterated(other):
        return False
    return _edit_distance(word, other) >= 2


def _edit_distance(word: str, other: str) -> int:
    """Letters inserted, deleted or replaced to turn one word into the other (Levenshtein)."""
    previous = list(range(len(other) + 1))
    for i, letter in enumerate(word, 1):
        current = [i]
        for j, other_letter in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other_letter)))
        previous = current
    return previous[-1]


def _surname_found(surname: str, counterpart: Counterpart) -> bool:
    """Whether a person's surname is in ``counterpart`` (``word_found``), where a word spelt alike that is another
    common surname ("Davila" for "Davis": ``two_surnames``) does not count."""
    if surname in counterpart.words or not word_found(surname, counterpart):
        return surname in counterpart.words
    if surname not in census_surnames():
        return True
    alike = [word for word in counterpart.words if word != surname and _same_name_word(surname, word)]
    return not alike or not all(two_surnames(surname, word) for word in alike)


def _one_given_name(word: str, other: str) -> bool:
    """Whether two folded words are forms of one given name (``GIVEN_NAME_FORMS``): "Louis-Charles" / "Luis
    Carlos", "Marie Therese" / "María Teresa", a king's children whose names Spanish translates whole, end in a
    given name, not a surname."""
    return other in _GIVEN_NAME_GROUPS.get(word, ())


def other_given_name(first: str, other: str) -> bool:
    """Whether two folded first names of one surname name two people: each a given name (``given_names``), not
    one spelling of the other (``_same_name_word``), not one the start of the other ("Alex" / "Alexander"), not
    forms of one name (``GIVEN_NAME_FORMS``), not one transliteration of the other."""
    if first == other or len(first) < 3 or len(other) < 3 or not first.isalpha() or not other.isalpha():
        return False
    if first in PLACE_PREFIXES or other in PLACE_PREFIXES:
        return False  # a place: "New Mexico" / "Nuevo México", "North Beach" / "South Beach" (``directions``)
    if _same_name_word(first, other) or first.startswith(other) or other.startswith(first):
        return False
    if other in _GIVEN_NAME_GROUPS.get(first, ()):
        return False
    a, b = _transliterated(first), _transliterated(other)
    if a == b or fuzzy_equal(a, b):
        return False
    return first in given_names() and other in given_names()


# Endings of a masculine given name whose feminine form ends in "a" instead (Mario / Maria, Luis / Luisa,
# Daniel / Daniela): the stem alone, or the stem and "o". Not "e": Marie and Julie are the French and English
# forms of Maria and Julia, and Vicente / Vicenta is rare.
MASCULINE_ENDINGS = ("", "o")


def gender_flipped(first: str, other: str) -> bool:
    """Whether two folded first names are one given name in its masculine and feminine forms: one is a stem of
    three letters or more and "a", the other the stem alone or with a masculine ending (``MASCULINE_ENDINGS``).
    Translations of a first name (Pedro / Peter, Alejandro / Alexander) do not take that shape."""
    for feminine, masculine in ((first, other), (other, first)):
        stem = feminine[:-1]
        if (feminine.endswith("a") and len(stem) >= 3 and masculine != feminine
                and any(masculine == stem + ending for ending in MASCULINE_ENDINGS)):
            return True
    return False


def _after_titles(name: Name) -> tuple[str, ...]:
    """The distinctive words after the last generic word of a name: the person in "President Mahmoud
    Ahmadinejad" or "Argentine First Lady Cristina Fernandez de Kirchner"; nothing much of an organisation
    ("Institute of Population Research"), whose words translators render freely."""
    return _after_titles_of(name.words)


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _after_titles_of(name_words: tuple[str, ...]) -> tuple[str, ...]:
    """``_after_titles`` of a name's words (memoised: asked of every name of a pair, after translation, and
    made by ``prepare`` for the names of every sentence)."""
    generic = [i for i, word in enumerate(name_words) if word in GENERIC]
    tail = name_words[generic[-1] + 1:] if generic else name_words
    return tuple(w for w in tail if w not in CONNECTORS and len(w) > 1)


def _changed_surname_findings(aligned, lookups: _Lookups, pair, names, local, common: set[str],
                              settings) -> list[Finding]:
    """One name of a pair with its surname changed on one side: "Cristina Fernández de Vukovic" in Spanish,
    "Cristina Fernandez de Kirchner" in English.

    One side has a name of two or more words whose last word the other side's pair lacks
    while another of its words is there ("Cristina"; ``_partly_found_names``). It is a
    changed surname when the other side has such a name too, sharing a word of three
    letters or more, or has a name missing from this side altogether ("Danielle
    Zubizarreta" against "Lantagne", whose first name opens the English sentence), and the
    two missing words do not resemble each other ("Vukovic", "Kirchner"). A form that only
    adds or drops words ("Cristina Kirchner" against "Cristina Fernández de Kirchner")
    leaves one side with nothing missing and is not reported; neither are loose pairs,
    names of the table, acronyms or organisations named after a generic word. Reported on
    the translated side, naming both.
    """
    if _loose(aligned, pair, settings):
        return []
    flagged_side = aligned.translated_side or "right"
    other_side = aligned.other(flagged_side)
    partly = {side: _partly_found_names(lookups, pair, side, names, common) for side in (flagged_side, other_side)}
    if not partly[flagged_side] and not partly[other_side]:
        return []
    findings = []
    there = list(partly[other_side])
    for mine in list(partly[flagged_side]):
        for theirs in there:
            shared = any(a == b or _same_name_word(a, b, strict=True) for a in mine.found for b in theirs.found
                         if len(a) >= MIN_SHARED_WORD and len(b) >= MIN_SHARED_WORD and a.isalpha())
            if shared and (not _same_name_word(mine.surname, theirs.surname)
                           or two_surnames(mine.surname, theirs.surname)) and not _one_given_name(
                    mine.surname, theirs.surname):
                findings.append(_finding(aligned, pair, mine.mention, theirs.mention, settings))
                there.remove(theirs)
                partly[flagged_side].remove(mine)
                break
    # a changed surname against a name the other side lacks altogether
    for side in (flagged_side, other_side):
        candidates = list(local[aligned.other(side)])
        for mine in (partly[flagged_side] if side == flagged_side else there):
            # a person's surname (the name opens on a given name: "Danielle Lantagne") is transliterated, not
            # translated: a stricter resemblance than a place's ("CGT-pénitentiaire de Bordeaux" / "Burdeos")
            person = bool(mine.mention.name.words) and mine.mention.name.words[0] in given_names()
            theirs = next((c for c in candidates if _may_replace(c.name, _surname_only(mine), surname=person)), None)
            if theirs is None:
                continue
            candidates.remove(theirs)
            flagged, counterpart = (mine.mention, theirs) if side == flagged_side else (theirs, mine.mention)
            findings.append(_finding(aligned, pair, flagged, counterpart, settings))
    return findings


def _surname_only(partly: _PartlyFound) -> Name:
    """The missing last word of a partly found name, as a name of its own (to compare with another name)."""
    name = partly.mention.name
    return Name(partly.surname, name.start, name.end, (partly.surname,))


def _translated_organisation(name: Name) -> bool:
    """A long name built on a generic word ("Institute of Population Research", "Royal College of General
    Practitioners"): translators render these word for word ("Instituto de Investigación Demográfica"),
    so their absence in the other language says nothing. Table names are still compared."""
    return (len(name.words) >= 3 and any(_generic_word(word, name) for word in name.words)
            and not equivalent_forms(name) and not _titled_person(name))


def _titled_person(name: Name) -> bool:
    """A person's name after a title or an office ("President Barack Obama", "Prime Minister Pedro Sánchez"): the
    words after the titles, none of them generic, are a person's, whom translators keep, not an organisation's. So
    are a given name and the word or two after it that end a name opening on a title or on generic words only
    ("Secretary of Homeland Security Alejandro Mayorkas", "State Antony Blinken" where "Secretary of" opened the
    sentence: ``_titled_person_start``)."""
    words = name.words
    titles = next((position for position, word in enumerate(words) if word not in _LEADING_TITLES), len(words))
    rest = words[titles:]
    if titles and 0 < len(rest) <= 3 and not any(word in GENERIC or word in CONNECTORS for word in rest):
        return True
    return _titled_person_start(words) is not None


def _titled_person_start(words: tuple[str, ...]) -> int | None:
    """Where the person begins in a name that ends on a given name and a word or two, none generic, after a title
    (opening the name or right before the given name) or after generic words only ("State Antony Blinken": 1), or
    None."""
    given = next((position for position in range(len(words) - 2, max(0, len(words) - 3) - 1, -1)
                  if position > 0 and words[position] in given_names()), None)
    if given is None or any(word in GENERIC or word in CONNECTORS for word in words[given:]):
        return None
    if (words[0] in _LEADING_TITLES or words[given - 1] in _TITLES_BEFORE_A_NAME
            or all(word in GENERIC or word in CONNECTORS for word in words[:given])):
        return given
    return None


# Generic words that begin place names rather than organisations ("San Antonio Express-News", "New York Times"):
# an organisation named after a place keeps its name in translation
PLACE_PREFIXES = frozenset({"san", "santa", "santo", "saint", "st", "new", "nuevo", "nueva", "north", "south", "east",
                            "west", "norte", "sur", "este", "oeste"}) | STREET_WORDS | AREA_WORDS
_CITY_WORDS = frozenset({"city", "ciudad"})


def _a_city_named(name: Name) -> bool:
    """Whether a name is a city's, its "City" or "Ciudad" and one word of its own ("Ciudad Juárez", "Kansas City",
    "Ciudad de Panamá"): a place, compared as one, not an organisation's name built on "City" ("City Board of
    Building"), whose words translators render freely."""
    own = [word for word in name.words if word not in CONNECTORS]
    return (len(own) == 2 and any(word in _CITY_WORDS for word in own)
            and all(word in _CITY_WORDS or word not in GENERIC for word in own))


def _generic_word(word: str, name: Name) -> bool:
    """Whether a word of ``name`` makes it an organisation's name: a generic word but a place's ("San", "New"; a
    city's "City": ``_a_city_named``)."""
    return word in GENERIC and word not in PLACE_PREFIXES and not (word in _CITY_WORDS and _a_city_named(name))


_CASELESS_CHRF = CHRF(lowercase=True)


def _loose(aligned: AlignedDocument, pair, settings: Settings) -> bool:
    """Whether ``pair`` scores under the threshold at which the coverage rule calls it a low-similarity pair (lower
    for a brief pair, ``bilingo.rules.coverage.similarity_threshold``): a loose pair may simply say other things, and no
    changed name is asserted in it but a car's make (``CAR_MAKES``). A brief pair between the two thresholds ("Migrants
    must wait in Mexico" / "Los migrantes deben esperar en Estados Unidos", 0.25) is no low-similarity pair, and its
    names are compared. A title-case headline is judged by its chrF
    case-folded: a capital on every word cuts chrF against a translation in sentence case ("Texas Senate Passes Bill
    Banning Cellphones in Schools" against Apertium's "The House of Representatives of Texas approves project that
    forbids cellular in schools": 0.22, 0.31 case-folded)."""
    if pair.score is None or pair.score >= settings.low_similarity_threshold:
        return False  # (most pairs: no need to count their words)
    threshold = similarity_threshold(aligned, pair, settings)
    if pair.score >= threshold:
        return False
    translated = aligned.translated_side
    if translated is None or not pair.translation:
        return True
    other = aligned.other(translated)
    other_text = " ".join(aligned.version(other).segments[index].text for index in getattr(pair, other))
    own_texts = [aligned.version(translated).segments[index].text for index in getattr(pair, translated)]
    if not any(is_title_case(text) for text in (other_text, *own_texts)):
        return True
    caseless = _CASELESS_CHRF.sentence_score(pair.translation, [other_text]).score / 100
    return caseless < threshold


def _two_of_the_table(name: Name, other: Name) -> bool:
    """Whether two names are two charities, cities, countries or mountain ranges of ``EQUIVALENTS``, whose words may
    start or be spelt alike ("American Cancer Society" / "Asociación Americana del Corazón", "Geneva" / "Viena", "North
    Korea" / "Corea del Sur", "Andes" / "Alpes") and still name two."""
    forms, other_forms = equivalent_forms(name), equivalent_forms(other)
    return (forms != other_forms and PLACE_KINDS.get(forms) == PLACE_KINDS.get(other_forms)
            and PLACE_KINDS.get(forms) in ("charity", "city", "country", "mountains", "region"))


def _pair_findings(aligned, pair, local, missing, by_start, elsewhere, mentioned, settings) -> list[Finding]:
    """Findings of one pair.

    A name missing from the other side of its own pair, where that side has a name of its
    own missing here (``local``, the pair alone), is a changed name, even when the old
    name is mentioned in a neighbouring sentence. So is one that the other side holds only
    by a word with its first four letters (``by_start``: "16 in Medina" / "16 personas en
    Vukovic", whose "mediática" starts as Medina does), where that side has a name missing
    here. Otherwise a name missing from the pair and its neighbours (``missing``) is reported
    when the other version names it elsewhere (so the translator does render it, and dropped
    it here). A name the other version
    never mentions, with no replacement in the pair, is taken as rendered otherwise
    throughout (an exonym: The Hague / La Haya) and not reported; nor is one that both
    versions keep naming (``_keeps_naming``): "the first model" for "the first Jazz" in an
    article about the Honda Jazz is a way of referring to it, not a lost name.
    """
    flagged_side = aligned.translated_side or "right"
    other_side = aligned.other(flagged_side)
    findings = []
    settled: set[tuple[str, int, int]] = set()  # (side, segment, start) of names already accounted for
    # a changed name is only asserted inside a good translation pair (a loose pair may simply say other things),
    # but for a car's make
    loose = _loose(aligned, pair, settings)
    originals = list(local[other_side]) + list(by_start[other_side])
    candidates = list(local[flagged_side])
    if loose:  # (but for a car's make, a description's: "a white Ford pickup" / "una camioneta Chevrolet blanca")
        originals = [mention for mention in local[other_side] if _a_car_make(mention.name)]
        candidates = [mention for mention in candidates if _a_car_make(mention.name)]
    elif local[other_side]:
        candidates += by_start[flagged_side]
    for mention in candidates:
        # two names each held by the other side's words are no change: one of them must be missing there
        pool = originals if mention in local[flagged_side] else [r for r in originals if r in local[other_side]]
        # a person's surname is transliterated, not translated: it resembles its other spelling more than a place's
        person = {id(r): _names_a_person(aligned, r) or _names_a_person(aligned, mention) for r in pool}
        twin = next((r for r in pool
                     if _same_name(mention.name, r.name, SURNAME_RATIO if person[id(r)] else SAME_NAME_RATIO)
                     and not _two_us_cities(mention.name, r.name) and not _two_us_states(mention.name, r.name)
                     and not _two_of_the_table(mention.name, r.name)), None)
        replaced = twin or next((r for r in pool if _two_us_cities(r.name, mention.name)
                                 or _two_us_states(r.name, mention.name)
                                 or _may_replace(r.name, mention.name, surname=person[id(r)])), None)
        if replaced is None:
            continue
        originals.remove(replaced)
        settled |= {_key(mention), _key(replaced)}
        if twin is None:  # a twin is one name spelt two ways (Geneva / Ginebra): present on both sides
            findings.append(_finding(aligned, pair, mention, replaced, settings))
    for side in (flagged_side, other_side):
        for mention in missing[side]:
            if (_key(mention) not in settled and not _keeps_naming(mention, mentioned, aligned.other(side))
                    and name_found(mention.name, elsewhere(side), strict=True)):
                findings.append(_finding(aligned, pair, mention, None, settings))
    return findings


def _opening_word_findings(aligned, lookups: _Lookups, pair, names, local, reported: list[Finding],
                           settings) -> list[Finding]:
    """A name missing from its pair where the translated side's sentence opens with a word of its own in its place
    ("The earthquake struck Lindqvist" / "Mariana fue sacudida por un sismo"): a changed name.

    A capitalised word that opens a sentence is no name unless the side writes it elsewhere mid-sentence (``known``),
    so a name said once, first in its sentence, is not compared. Where the other side of the pair has a name missing
    from it, such a word is taken for the name put in its place when the machine translation keeps it as it is (no
    word the translator knows: "Durante", "Ayer" are translated), the document never writes it in lower case, the
    counterpart does not hold it, and it may replace that name (``_may_replace``), in a pair that is no loose one.
    The word must be on the translated side: only there does the translation tell a name from an ordinary word.
    """
    translated = aligned.translated_side
    if (translated is None or reported or not local[aligned.other(translated)]
            or _loose(aligned, pair, settings)):
        return []  # (a loose pair may simply say other things: no changed name is asserted there)
    version = aligned.version(translated)
    stopwords = STOPWORDS.get(version.lang, STOPWORDS["en"])
    lowercase = _analysis_of(version).lowercase
    for index in getattr(pair, translated):
        text = version.segments[index].text
        tokens, gaps = _split(text)
        if not tokens or not tokens[0][:1].isupper() or fold(tokens[0]) in stopwords or fold(tokens[0]) in lowercase:
            continue
        token = tokens[0].rstrip(",;:")
        lone = _lone_token_name(token, version.lang)
        if lone is None or lone[1] or any(name.start == 0 for name in names[translated][index]):
            continue  # no name, an acronym, or a name known to the side (compared already)
        start = _token_start(tokens, gaps, 0)
        opening = _Mention(translated, index, Name(token, start, start + len(token), *lone))
        own_translation = lookups.own_translation(translated, pair)
        if (not passes_through(opening.name, own_translation)
                or name_found(opening.name, lookups.counterpart(translated, [pair]))):
            continue
        for mention in local[aligned.other(translated)]:
            if _may_replace(mention.name, opening.name, surname=_names_a_person(aligned, mention)):
                return [_finding(aligned, pair, opening, mention, settings)]
    return []


RECURRING_NAME_SENTENCES = 3  # other sentences of each version naming someone, for one sentence to leave them out


def _sentences_naming(names: dict[int, list[Name]]) -> dict[str, int]:
    """For each word that ends a name (its last distinctive word: the surname, the model, the place), how many
    sentences of a version name it."""
    counts: dict[str, int] = {}
    for segment_names in names.values():
        for word in {name.distinctive[-1] for name in segment_names if name.distinctive}:
            counts[word] = counts.get(word, 0) + 1
    return counts


def _keeps_naming(mention: _Mention, mentioned: dict[str, dict[str, int]], other: str) -> bool:
    """Whether both versions name the one ``mention`` names in at least ``RECURRING_NAME_SENTENCES`` sentences
    besides this one: the article's subject, which a translator may call "he", "the company" or "the model" in
    one sentence without anything being lost."""
    if not mention.name.distinctive or mention.name.acronym:
        return False
    word = mention.name.distinctive[-1]
    return (mentioned[mention.side].get(word, 0) > RECURRING_NAME_SENTENCES
            and mentioned[other].get(word, 0) >= RECURRING_NAME_SENTENCES)


def _key(mention: _Mention) -> tuple[str, int, int]:
    return mention.side, mention.segment, mention.name.start


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s*$")


def _names_a_person(aligned: AlignedDocument, mention: _Mention) -> bool:
    """Whether a name is a person's by its form: a person's title opening it or right before it ("Mr Kohn", "el sr.
    Bowen"), or a given name opening it ("Danielle Lantagne")."""
    name = mention.name
    if len(name.words) >= 2 and name.words[0] in given_names():
        return True
    text = aligned.version(mention.side).segments[mention.segment].text
    before = _WORD_BEFORE.search(text, 0, name.start)
    first = _WORD_BEFORE.search(text, 0, name.start + len(name.text.split()[0])) if name.text.split() else None
    return any(match is not None and fold(match.group(1)) in PERSON_TITLES for match in (before, first))


# the folded words of each of ``bilingo.places.US_CITIES``
_US_CITY_WORDS = frozenset(tuple(fold(city).replace(".", "").split()) for city in US_CITIES)
# the folded words of each of ``bilingo.places.COUNTRIES_NAMED_ALIKE`` and ``CITIES_ABROAD_NAMED_ALIKE``
_COUNTRY_WORDS = frozenset(tuple(fold(country).split()) for country in COUNTRIES_NAMED_ALIKE)
_CITY_ABROAD_WORDS = frozenset(tuple(fold(city).split()) for city in CITIES_ABROAD_NAMED_ALIKE)


# each US state by its English and its Spanish names, folded, and the English name it stands for
_US_STATE_OF = {**{fold(state): fold(state) for state in US_STATES}, **SPANISH_STATE_NAMES}


def _two_us_states(name: Name, other: Name) -> bool:
    """Whether ``name`` and ``other`` are two different US states ("Arizona" / "Nuevo México", "Oregon" /
    "Washington", "North Carolina" / "Carolina del Sur"): the table takes "Nuevo México" for Mexico by its longest
    form and "Washington" for the capital, and two states alike in a word would be one name in two languages."""
    if name.kind or other.kind:
        return False  # a place named after a state ("University of Texas") is compared by its kind (``_may_replace``)
    state, other_state = (_US_STATE_OF.get(" ".join(word.replace(".", "") for word in n.words)) for n in (name, other))
    return state is not None and other_state is not None and state != other_state


def _another_state_findings(aligned, pair, names, settings) -> list[Finding]:
    """A US state named where the other side of the pair names another state and not it, though no name is missing:
    the lookups find a name by one of its words, or inside a longer word ("She lives in Virginia" / "Vive en Virginia
    Occidental", "Kansas" / "Arkansas"). One finding, on the translated side, naming both."""
    if _loose(aligned, pair, settings):
        return []
    states: dict[str, dict[str, _Mention]] = {}
    for side in ("left", "right"):
        states[side] = {}
        for index in getattr(pair, side):
            for name in names[side][index]:
                if state := _US_STATE_OF.get(" ".join(word.replace(".", "") for word in name.words)):
                    states[side].setdefault(state, _Mention(side, index, name))
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    for state, mention in states[flagged].items():
        for other_state, original in states[other].items():
            if state not in states[other] and other_state not in states[flagged]:
                return [_finding(aligned, pair, mention, original, settings)]
    return []


# The makes of car that US police descriptions name most: one put for another is a changed name even in a pair whose
# sentences score low (a vehicle's description is worded freely: "pickup" / "camioneta", which Apertium makes "van")
CAR_MAKES = frozenset("""ford chevrolet chevy toyota honda nissan dodge jeep gmc hyundai kia tesla subaru mazda
    volkswagen vw bmw audi lexus buick cadillac chrysler acura infiniti volvo mitsubishi""".split())


def _a_car_make(name: Name) -> bool:
    return bool(name.words) and name.words[0] in CAR_MAKES


def _two_us_cities(name: Name, other: Name) -> bool:
    """Whether ``name`` and ``other`` are two different US cities ("Pasadena" / "Pearland"): two places, however
    alike their spellings, where two names alike are otherwise taken for one name in two languages."""
    if name.kind or other.kind:
        return False  # "Lincoln Elementary School" is no city: it is compared by its kind (``_may_replace``)
    forms, other_forms = (_city_forms(n) for n in (name, other))
    return (forms.isdisjoint(other_forms) and not forms.isdisjoint(_US_CITY_WORDS)
            and not other_forms.isdisjoint(_US_CITY_WORDS))


def _city_forms(name: Name) -> frozenset[tuple[str, ...]]:
    """A name's words, and its other languages' where ``EQUIVALENTS`` gives them ("Nueva York" is New York)."""
    return frozenset({tuple(word.replace(".", "") for word in name.words), *equivalent_forms(name)})


def _may_replace(name: Name, other: Name, surname: bool = False) -> bool:
    """Whether ``other`` may be a changed version of ``name`` rather than the same name in another form.

    Spellings that resemble each other are the same name in two languages (Bosphorus /
    Bósforo, Muhammad / Mohamed, Fla / Florida); organisation names made of ordinary
    words (those holding a generic word such as "Service" or "Ministerio", but not a
    place's "San" or "New": ``PLACE_PREFIXES``) are translated freely and are never
    paired, nor are the places and bodies of ``EQUIVALENTS`` (two countries of it are, whatever their words:
    "Mexico" / "Estados Unidos"). A person's title is no such word: what follows it is
    compared ("Mr Okonkwo" / "Sr. Bowen": ``_person_after_title``), and so is a date's.
    """
    if name.kind or other.kind:  # places looked up by their own names (``institution_name``)
        return name.kind == other.kind and not _same_name(name, other, SURNAME_RATIO)
    name, other = _person_after_title(name), _person_after_title(other)
    kinds = PLACE_KINDS.get(equivalent_forms(name)), PLACE_KINDS.get(equivalent_forms(other))
    if kinds[0] in _BODIES or kinds[1] in _BODIES:
        # bodies named in ordinary words ("Patrulla Fronteriza"), each known by all its names
        return kinds[0] == kinds[1] and equivalent_forms(name) != equivalent_forms(other)
    if kinds[0] == kinds[1] and kinds[0] in ("country", "mountains", "region"):
        # two countries or ranges of the table, whatever their words: "Estados Unidos" holds the generic "estados",
        # "Rocky Mountains" the generic "mountains"
        return equivalent_forms(name) != equivalent_forms(other)
    for candidate in (name, other):
        if (any(_generic_word(word, candidate) for word in candidate.words)
                or len(candidate.distinctive) > 3):
            return False
    forms, other_forms = equivalent_forms(name), equivalent_forms(other)
    if forms or other_forms:
        # places and bodies of the table: a person is not "changed" into Ukraine, but a country may be into
        # another country, a city into another city, and a person of the table into another person
        kind, other_kind = PLACE_KINDS.get(forms), PLACE_KINDS.get(other_forms)
        if "person" in (kind, other_kind) and not (forms and other_forms):
            return not _same_name(name, other)  # "Prince Harry" / "el príncipe Guillermo"
        if "city" in (kind, other_kind) and not (forms and other_forms):
            # a city of the table against a US city ("Chicago" / "Londres") or one abroad ("Paris" / "Lima")
            plain = name if not forms else other
            words = tuple(word.replace(".", "") for word in plain.words)
            return words in _US_CITY_WORDS or words in _CITY_ABROAD_WORDS
        if "country" in (kind, other_kind) and not (forms and other_forms):
            # a country of the table against one spelt alike in both languages ("Germany" / "Austria") or a US state
            # ("will move to Mexico" / "se mudará a Texas")
            plain = name if not forms else other
            return (tuple(plain.words) in _COUNTRY_WORDS
                    or " ".join(word.replace(".", "") for word in plain.words) in _US_STATE_OF)
        return kind is not None and forms != other_forms and kind == other_kind
    return not _same_name(name, other, SURNAME_RATIO if surname else SAME_NAME_RATIO)


# The generic words that are a person's title or office, not an organisation's: the words after the last of them in a
# name are the person ("Mr Bowen", "Ukraine's Economy Minister Anatoly Kinakh")
PERSON_TITLES = HONORIFICS | {fold(word) for word in """
    president presidente vice minister ministro ministra secretary secretario secretaria miss dr professor profesor
    general governor gobernador senator senador senadora representative mayor alcalde alcaldesa king rey queen reina
    prince principe princess princesa chancellor canciller premier director directora chief jefe jefa judge juez
    jueza sir lord lady father padre reverend pastor rabbi rabino bishop obispo archbishop arzobispo cardinal
    cardenal monsignor monsenor fray sor imam don dona
    """.split()}


_LEADING_TITLES = PERSON_TITLES | {"prime", "vice"}  # ("Prime Minister", "Vice President")
# the offices of local news a person's name follows ("Harris County Sheriff Ed Gonzalez", "Texas Attorney General Ken
# Paxton", "City Manager Erik Walsh")
_TITLES_BEFORE_A_NAME = PERSON_TITLES | {
    "sheriff", "attorney", "commissioner", "superintendent", "spokesman", "spokeswoman", "spokesperson", "coach",
    "councilman", "councilwoman", "councilmember", "trustee", "constable", "marshal", "officer", "detective",
    "sergeant", "deputy", "treasurer", "clerk", "comptroller", "administrator", "manager", "chair", "chairman",
    "chairwoman", "speaker"}


# Dates that run into the name after them in a run of capitalised words ("Next November Honda will launch")
DATE_WORDS = {fold(word) for word in """
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
    january february march april may june july august september october november december enero febrero
    marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    """.split()}


def _person_after_title(name: Name) -> Name:
    """The person (or the one thing) a name ends on after its title or a date ("Mr Bowen" is "Bowen", "United
    States President Donald Trump" is "Donald Trump", "November Honda" is "Honda"), where its last generic word is
    a person's title or a date; the name itself otherwise ("Ministry of Health", "Bank of America")."""
    generic = [word for word in name.words if word in GENERIC]
    if not generic or (generic[-1] not in PERSON_TITLES and generic[-1] not in DATE_WORDS):
        given = _titled_person_start(name.words)  # ("Secretary of State Antony Blinken": after "State")
        return name if given is None else Name(name.text, name.start, name.end, name.words[given:])
    person = _after_titles(name)
    return Name(name.text, name.start, name.end, person) if person else name


SAME_NAME_RATIO = 0.5  # a place or a body may be translated by half its letters ("Hauts-de-Seine" / "Altos del Sena")
TRANSLITERATED_RATIO = 0.7  # a person's name word spelt through another language (``_spelt_as_transliterated``)
SURNAME_RATIO = 0.6  # a person's surname is transliterated, not translated ("Khrushchev" / "Jrushchov": 0.74)


def _same_name(name: Name, other: Name, ratio: float = SAME_NAME_RATIO) -> bool:
    """Two spellings of one name: same first three letters or a difflib ratio of at least ``ratio``."""
    a, b = " ".join(name.distinctive or name.words), " ".join(other.distinctive or other.words)
    return a[:3] == b[:3] or difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= ratio


def _side_name(aligned: AlignedDocument, side: str) -> str:
    if aligned.translated_side is None:
        return aligned.version(side).path
    lang = aligned.version(side).lang
    return LANGUAGE_NAMES.get(lang, lang)


def _finding(aligned, pair, mention: _Mention, counterpart: _Mention | None, settings) -> Finding:
    side = mention.side
    version = aligned.version(side)
    other = aligned.other(side)
    other_version = aligned.version(other)
    segment = version.segments[mention.segment]
    start, end = segment_span(version.source, segment, mention.name.start, mention.name.end)
    here, there = _side_name(aligned, side), _side_name(aligned, other)
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {"name": mention.name.text}
    if aligned.translated_side is not None:
        translated = aligned.translated_side
        evidence["translation"] = aligned.translation_of(translated, getattr(pair, translated))
    if counterpart is not None:
        c_segment = other_version.segments[counterpart.segment]
        c_start, c_end = segment_span(other_version.source, c_segment, counterpart.name.start, counterpart.name.end)
        evidence.update(counterpart_name=counterpart.name.text, counterpart_span=[c_start, c_end],
                        counterpart_input=other_version.path)
        if side == "left":
            message = f"{mention.name.text} in {here} but {counterpart.name.text} in {there}"
        else:
            message = f"{counterpart.name.text} in {there} but {mention.name.text} in {here}"
        confidence = 0.8
    else:
        message = f"{mention.name.text} in {here} is not named in the aligned {there} text"
        confidence = 0.6
    evidence["confidence"] = confidence
    return make_finding(RULE, version.source, start, end, message, lang=version.lang, score=confidence,
                        evidence=evidence, settings=settings)
