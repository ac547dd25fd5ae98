"""name-mismatch: names dropped or changed between aligned sentences, on real text and real Apertium."""

from __future__ import annotations

import re

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, PLAIN_PAIR, DocumentSpec, aligned_pair, build_aligned, \
    build_aligned_documents, corpus_pair, corpus_records, corpus_spec
from bilingo.rules import names
from bilingo.rules.coverage import similarity_threshold
from bilingo.rules.names import Counterpart, _counterpart_words, extract_names, name_found
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")

# From the seed article (elamerican-asylum-russians.txt) and a Spanish translation of it.
SEED_EN = [
    "The United States is offering asylum to any Russian citizen who decides to flee Vladimir Putin’s military "
    "draft to avoid going to war in Ukraine.",
    "White House press secretary Karine Jean-Pierre said the United States would welcome those who choose not to "
    "go to Putin’s war.",
    "Mongolia, Georgia and Kazakhstan have been the hardest hit by the wave of Russian military-age men leaving "
    "the country.",
    "One man, Aleksey, told Reuters that he would leave his wife and children behind as recruitment continues.",
]
SEED_ES = [
    "Estados Unidos ofrece asilo a cualquier ciudadano ruso que decida huir del reclutamiento militar de Vladimir "
    "Putin para no ir a la guerra en Ucrania.",
    "La secretaria de prensa de la Casa Blanca, Karine Jean Pierre, dijo que Estados Unidos acogería a quienes "
    "decidan no ir a la guerra de Putin.",
    "Mongolia, Georgia y Kazajistán han sido los más afectados por la ola de rusos en edad militar que abandonan "
    "el país.",
    "Un hombre, Aleksey, dijo a Reuters que dejaría atrás a su esposa y a sus hijos mientras continúa el "
    "reclutamiento.",
]


def texts(found) -> list[str]:
    return [name.text for name in found]


def test_extracts_multiword_names_and_skips_sentence_initial_common_words():
    found = texts(extract_names(SEED_EN[1], "en"))
    assert "White House" in found and "Karine Jean-Pierre" in found and "United States" in found
    assert texts(extract_names("Last week Putin decreed a partial mobilization.", "en")) == ["Putin"]
    assert texts(extract_names("Mongolia, Georgia and Kazakhstan were hit.", "en", frozenset({"mongolia"}))) == [
        "Mongolia", "Georgia", "Kazakhstan"]


def test_names_match_across_spelling_and_equivalents():
    counterpart = Counterpart.of([SEED_ES[1], SEED_ES[2]], _counterpart_words)
    for name in extract_names(SEED_EN[1], "en") + extract_names(SEED_EN[2], "en", frozenset({"mongolia"})):
        assert name_found(name, counterpart), name.text
    assert not name_found(extract_names("He met Jen Psaki there.", "en")[0], counterpart)


def test_a_name_holding_a_shorter_name_of_the_table_is_read_as_the_longer_one():
    """WMT (El Mundo, 2008): "Mexico City is threatened by bad weather" / "en el DF amenazaba tormenta". "Mexico
    City" holds the country's "Mexico" too; read as the country, it was not found in "DF", the city's form, and
    was reported missing."""
    (name,) = extract_names("Perhaps she had been reported Mexico City is threatened by bad weather.", "en")
    assert ("df",) in names.equivalent_forms(name)
    counterpart = Counterpart.of(["quizá le habían comunicado que en el DF amenazaba tormenta."], _counterpart_words)
    assert name_found(name, counterpart)
    (country,) = extract_names("He flew to Mexico on Monday.", "en")
    assert ("df",) not in names.equivalent_forms(country)


def test_faithful_seed_translation_is_quiet():
    document = build_aligned(SEED_EN, SEED_ES)
    assert names.check(document, Settings()) == []


def test_changed_name_in_spanish_names_both():
    es = list(SEED_ES)
    es[1] = es[1].replace("Karine Jean Pierre", "Jen Psaki")
    document = build_aligned(SEED_EN, es)
    found = names.check(document, Settings())
    assert len(found) == 1
    finding = found[0]
    assert finding.rule == "name-mismatch" and finding.lang == "es"
    assert finding.text == "Jen Psaki"
    assert document.right.source.text[finding.start:finding.end] == "Jen Psaki"
    assert "Karine Jean-Pierre" in finding.message and "Jen Psaki" in finding.message
    assert finding.evidence["counterpart_name"] == "Karine Jean-Pierre"
    start, end = finding.evidence["counterpart_span"]
    assert document.left.source.text[start:end] == "Karine Jean-Pierre"


@pytest.mark.parametrize("en, es, message", [
    # a person after a title of three words or more is a person, not an organisation translated word for word
    ("Former President Barack Obama spoke at the event on Saturday afternoon in front of thousands of supporters.",
     "El presidente Joe Biden habló en el evento el sábado por la tarde frente a miles de simpatizantes.",
     "President Barack Obama in English but Joe Biden in Spanish"),
    # and a given name with a word or two after it that ends a name opening on generic words ("Secretary of" opens
    # the sentence, so the name read is "State Antony Blinken")
    ("Secretary of State Antony Blinken arrived in Mexico City on Tuesday for two days of talks on migration.",
     "El secretario de Estado, Mike Pompeo, llegó a la Ciudad de México el martes para dos días de conversaciones "
     "sobre migración.", "State Antony Blinken in English but Mike Pompeo in Spanish"),
    # a local office before the name: the person is looked up by its own words, not by the place's ("Antonio")
    ("San Antonio Police Chief William McManus said the officer was placed on leave.",
     "El jefe de la Policía de San Antonio, Joseph Salvaggio, dijo que el agente fue suspendido.",
     "Antonio Police Chief William McManus in English but Joseph Salvaggio in Spanish"),
    ("Harris County Sheriff Ed Gonzalez said deputies responded to the call.",
     "El alguacil del condado Harris, Eric Fagan, dijo que los agentes respondieron a la llamada.",
     "Harris County Sheriff Ed Gonzalez in English but Eric Fagan in Spanish"),
    ("Texas Attorney General Ken Paxton sued the federal government on Monday over the new rule.",
     "El procurador general de Texas, Dan Patrick, demandó al gobierno federal el lunes por la nueva norma.",
     "Attorney General Ken Paxton in English but Dan Patrick in Spanish"),
])
def test_a_person_after_a_title_changed_is_a_changed_name(en, es, message):
    assert [finding.message for finding in names.check(aligned_pair(en, es), Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    ("San Antonio Police Chief William McManus said the officer was placed on leave.",
     "El jefe de la Policía de San Antonio, William McManus, dijo que el agente fue suspendido."),
    ("Harris County Sheriff Ed Gonzalez said deputies responded to the call.",
     "El alguacil del condado Harris, Ed Gonzalez, dijo que los agentes respondieron a la llamada."),
    ("Secretary of State Antony Blinken arrived in Mexico City on Tuesday for two days of talks on migration.",
     "El secretario de Estado, Antony Blinken, llegó a la Ciudad de México el martes para dos días de "
     "conversaciones sobre migración."),
    # the person's name transliterated through another language (WMT, from German)
    ("Ukrainian Vice Prime Minister Ivan Vasyunik said that preparations would soon be transferred to the President.",
     "Iwan Wasjunik, el suplente primer ministro dijo que las preparaciones pronto realizarían bajo la "
     "responsabilidad directa del presidente."),
])
def test_a_person_after_a_place_and_a_title_kept_is_no_changed_name(en, es):
    assert names.check(aligned_pair(en, es), Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    ("She flew to Germany on Monday.", "Voló a Austria el lunes.", "Germany in English but Austria in Spanish"),
    ("The chef trained in Paris before opening the restaurant.",
     "El chef se formó en Lima antes de abrir el restaurante.", "Paris in English but Lima in Spanish"),
    ("The family moved to India in 2010.", "La familia se mudó a Pakistán en 2010.",
     "India in English but Pakistán in Spanish"),
    ("The race was won by a runner from Kenya.", "La carrera fue ganada por una corredora de Etiopía.",
     "Kenya in English but Etiopía in Spanish"),
])
def test_a_country_or_a_city_of_the_table_against_one_named_alike_is_a_changed_place(en, es, message):
    """A country or a city of the table put for one whose name is spelt alike in both languages
    (``bilingo.places.COUNTRIES_NAMED_ALIKE``, ``CITIES_ABROAD_NAMED_ALIKE``), or for another of the table whose
    Spanish name differs ("Etiopía"): two places, as two countries of the table are."""
    assert [finding.message for finding in names.check(aligned_pair(en, es), Settings())] == [message]


@pytest.mark.parametrize("en, es, message", [
    ("She lives in Geneva now.", "Ella vive ahora en Viena.", "Geneva in English but Viena in Spanish"),
    ("The delegation flew to Venice on Monday.", "La delegación voló a Viena el lunes.",
     "Venice in English but Viena in Spanish"),
    ("She flew to Qatar on Monday.", "Voló a Egipto el lunes.", "Qatar in English but Egipto in Spanish"),
])
def test_two_places_of_the_table_spelt_alike_are_two_places(en, es, message):
    """Two cities of the names table whose spellings share half their letters ("Geneva" / "Viena") are two places,
    not one name spelt two ways: the table knows each one's names in both languages."""
    assert [finding.message for finding in names.check(aligned_pair(en, es), Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    ("The runner from Kenya won the race.", "La corredora de Kenia ganó la carrera."),
    ("An Ethiopian runner won the race.", "Un corredor de Etiopía ganó la carrera."),
    ("She visited Havana last year.", "Visitó La Habana el año pasado."),
    ("He was born in the Dominican Republic.", "Nació en la República Dominicana."),
    ("The Roma community protested.", "La comunidad gitana protestó."),
    ("He was deported to Guatemala from Mexico.", "Fue deportado a Guatemala desde México."),
    ("He flew from Vienna to Geneva.", "Voló de Viena a Ginebra."),
    ("The summit was held in Geneva.", "La cumbre se celebró en Ginebra."),
    ("She flew to Qatar on Monday.", "Voló a Catar el lunes."),
    ("The flight to Istanbul was delayed.", "El vuelo a Estambul se retrasó."),
    # mountain ranges, in each language's name
    ("Scientists discovered a new species of frog in the Andes.",
     "Los científicos descubrieron una nueva especie de rana en los Andes."),
    ("The avalanche struck a ski resort in the Alps.", "La avalancha golpeó una estación de esquí en los Alpes."),
    ("The fire spread across the Rocky Mountains.", "El incendio se extendió por las Montañas Rocosas."),
    ("The hikers were lost for two days in the Rocky Mountains.",
     "Los excursionistas estuvieron perdidos durante dos días en las Montañas Rocosas."),
    ("The climbers were rescued in the Himalayas.", "Los alpinistas fueron rescatados en el Himalaya."),
    ("The Rockies beat the Dodgers on Friday.", "Los Rockies vencieron a los Dodgers el viernes."),
])
def test_the_places_of_the_table_said_alike_are_not_reported(en, es):
    assert names.check(aligned_pair(en, es), Settings()) == []


def test_a_long_organisation_named_on_one_side_only_is_still_not_compared():
    """"Institute of Population Research" / "Instituto de Investigación Demográfica": translated word for word."""
    en = "The Institute of Population Research published the study on Monday."
    es = "El Instituto de Investigación Demográfica publicó el estudio el lunes."
    assert names.check(aligned_pair(en, es), Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    # a school, a hospital, a university, an airport named after a person or a place is compared by its own name:
    # the words that say what it is were found on the other side ("Hospital") or kept it from being compared at all
    ("He earned a degree in engineering at Columbia University before joining the company in 2010.",
     "Obtuvo un título en ingeniería en la Universidad de Harvard antes de unirse a la empresa en 2010.",
     "Columbia University in English but Universidad de Harvard in Spanish"),
    ("The injured man was taken to Jackson Memorial Hospital, where he was listed in stable condition.",
     "El hombre herido fue llevado al Hospital General de Miami, donde se reportó en condición estable.",
     "Jackson Memorial Hospital in English but Hospital General de Miami in Spanish"),
    ("The fire started Tuesday morning at Lincoln Elementary School, according to the fire department.",
     "El incendio comenzó el martes por la mañana en la Escuela Primaria Washington, según el departamento de "
     "bomberos.", "Lincoln Elementary School in English but Escuela Primaria Washington in Spanish"),
    ("The flight landed at O'Hare International Airport just after midnight on Sunday.",
     "El vuelo aterrizó en el Aeropuerto Internacional Midway poco después de la medianoche del domingo.",
     "O'Hare International Airport in English but Aeropuerto Internacional Midway in Spanish"),
    # the kind written in lower case beside the place's own name, before it in Spanish, after it in English
    ("The shooting happened near Lincoln High School on Tuesday afternoon.",
     "El tiroteo ocurrió cerca de la escuela secundaria Roosevelt el martes por la tarde.",
     "Lincoln High School in English but Roosevelt in Spanish"),
    ("The fire started at Lincoln Elementary School.", "El incendio comenzó en la escuela Washington.",
     "Lincoln Elementary School in English but Washington in Spanish"),
    ("Funding for the Mersey hospital was taken over by the federal government last year.",
     "La financiación del hospital Devonport fue asumida por el gobierno federal el año pasado.",
     "Mersey in English but Devonport in Spanish"),
])
def test_a_school_or_hospital_named_after_another_person_or_place_is_a_changed_name(en, es, message):
    assert [finding.message for finding in names.check(aligned_pair(en, es), Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    ("The fire started Tuesday morning at Lincoln Elementary School, according to the fire department.",
     "El incendio comenzó el martes por la mañana en la Escuela Primaria Lincoln, según el departamento de "
     "bomberos."),
    ("The shooting happened near Lincoln High School on Tuesday afternoon.",
     "El tiroteo ocurrió cerca de la escuela secundaria Lincoln el martes por la tarde."),
    ("She works at Methodist Hospital near the park.", "Trabaja en el hospital Metodista cerca del parque."),
    ("At the top of the slope in Brandon Hill park there was a jump ramp.",
     "En lo alto de la pendiente en el parque de Brandon Hill había una rampa de salto."),
    ("He was taken to Jackson Memorial Hospital after the crash on the highway.",
     "Fue llevado al Hospital Jackson Memorial tras el choque en la autopista."),
    ("She graduated from the University of Texas at Austin in 2005 with a degree in journalism.",
     "Se graduó de la Universidad de Texas en Austin en 2005 con un título en periodismo."),
    ("The children of Roosevelt High School marched to City Hall on Friday morning.",
     "Los alumnos de la Escuela Secundaria Roosevelt marcharon al Ayuntamiento el viernes por la mañana."),
    ("The game will be played at Dodger Stadium on Friday night, the team announced.",
     "El partido se jugará en el Estadio de los Dodgers el viernes por la noche, anunció el equipo."),
    ("The festival will take place in Hermann Park this weekend, organizers said.",
     "El festival se llevará a cabo en el Parque Hermann este fin de semana, dijeron los organizadores."),
    ("He was treated at Children's Hospital of Philadelphia for burns on his arms.",
     "Fue atendido en el Hospital Infantil de Filadelfia por quemaduras en los brazos."),
    ("The service will be held at St. Mary's Catholic Church on Saturday at 10 a.m.",
     "El servicio se celebrará en la Iglesia Católica Santa María el sábado a las 10 a.m."),
    # a name kept in English, its place in Spanish (WMT): "Unity" is found, "Khartoum" is no person's surname
    ("This 54-year-old English teacher, who was working at the Unity High School of Khartoum in Sudan, has been "
     "arrested last Sunday at her home.",
     "Esta maestra de escuela británica de edad de 54 años en función a la Unity High School de Jartúm en Sudán, ha "
     "sido detenida el domingo en su casa."),
    # a conference of university heads is no university: its name is translated word for word (WMT)
    ("The University Principals Conference rejected the plan on Monday.",
     "La Conferencia de Rectores de Universidades rechazó el plan el lunes."),
    # a hospital said without its name is no other place: "Jackson" is no city put for Miami
    ("He was taken to Jackson Memorial Hospital after the crash on the highway.",
     "Fue llevado a un hospital de Miami tras el choque en la autopista."),
])
def test_a_school_or_hospital_kept_or_said_without_its_name_is_no_changed_name(en, es):
    assert names.check(aligned_pair(en, es), Settings()) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_their_schools_and_hospitals_and_turned_ones_are_found():
    """69 sentence pairs of the dev corpus name on both sides a school, a hospital, a university, a park... after a
    person or a place, by one own word in Spanish ("la Universidad de Leeds"), with no name finding; with that word
    turned into "Harvard" (or "Baylor"), 59 of 69 are found (the others: a pair too loose to assert a changed name,
    or a name whose other words the other side still holds)."""
    originals, turned = [], []
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english = [name for name in extract_names(en, "en") if names.institution_name(name, "en").kind]
                spanish = [names.institution_name(name, "es") for name in extract_names(es, "es")]
                spanish = [name for name in spanish if name.kind and len(name.words) == 1]
                if not english or not spanish:
                    continue
                first = spanish[0]
                other = "Harvard" if first.words != ("harvard",) else "Baylor"
                own = re.search(rf"(?i)\b{re.escape(first.words[0][:4])}\w*", es[first.start:first.end])
                if own is None:  # (an accent in the word's first letters: "Alcalá" is read as "alcala")
                    continue
                start, end = first.start + own.start(), first.start + own.end()
                originals.append(DocumentSpec([en], [es]))
                turned.append((DocumentSpec([en], [es[:start] + other + es[end:]]), other))
    documents = build_aligned_documents(originals + [spec for spec, _ in turned])
    settings = Settings()
    assert len(originals) >= 65
    assert not any(names.check(document, settings) for document in documents[:len(originals)])
    found = sum(any(other in finding.message for finding in names.check(document, settings))
                for document, (_, other) in zip(documents[len(originals):], turned))
    assert found >= 0.8 * len(turned)


def test_name_dropped_where_the_other_version_names_it_elsewhere():
    es = list(SEED_ES)
    es[3] = es[3].replace("dijo a Reuters", "dijo a la prensa")
    en = SEED_EN + ["“We are not afraid, but why do we have to fight in Ukraine, why?” he told Reuters."]
    es = es + ["«No tenemos miedo, pero ¿por qué tenemos que luchar en Ucrania, por qué?», dijo a Reuters."]
    found = names.check(build_aligned(en, es, pairs=[((i,), (i,)) for i in range(5)]), Settings())
    # pair 3 lost "Reuters", but pair 4 (a neighbour) names it: moved, not dropped
    assert found == []
    far = en[:3] + [en[3]] + ["Georgian officials stated that daily border crossings have nearly doubled."] * 2 + [en[4]]
    far_es = es[:3] + [es[3]] + ["Funcionarios georgianos dijeron que los cruces diarios casi se han duplicado."] * 2 + [es[4]]
    found = names.check(build_aligned(far, far_es), Settings())
    assert [(f.rule, f.text, f.lang) for f in found] == [("name-mismatch", "Reuters", "en")]


def test_the_subject_of_the_article_may_go_unnamed_in_one_sentence_but_a_passing_name_may_not():
    """An article about the Honda Jazz names the car in most sentences of both versions; the English says "the
    first model" where the Spanish says "el primer Jazz", and neither sentence beside it names the car. A way of
    referring to it, not a lost name. Named in fewer sentences, the same omission is reported."""
    en = ["Honda will launch the second generation of the Jazz in November.",
          "The new car is longer and wider than the old one.",
          "Its doors open at an angle of 80 degrees, against 67 degrees in the first model.",
          "Its boot holds 399 litres.",
          "In Japan the Jazz was the best-selling car in 2002.",
          "Honda expects to sell 2,000 units of the Jazz in Spain within a year.",
          "The Jazz comes with two petrol engines.",
          "Both engines of the Jazz use less fuel than before."]
    es = ["Honda lanzará en noviembre la segunda generación del Jazz.",
          "El nuevo coche es más largo y más ancho que el anterior.",
          "Sus puertas se abren con un ángulo de 80 grados, frente a los 67 grados del primer Jazz.",
          "Su maletero tiene 399 litros.",
          "En Japón el Jazz fue el coche más vendido en 2002.",
          "Honda espera vender 2.000 unidades del Jazz en España en un año.",
          "El Jazz llega con dos motores de gasolina.",
          "Los dos motores del Jazz gastan menos que antes."]
    one_to_one = [((i,), (i,)) for i in range(len(en))]
    assert names.check(build_aligned(en, es, pairs=one_to_one), Settings()) == []
    # the car named in one other sentence of the English and two of the Spanish: dropping it is reported
    en_few = en[:4] + ["In Japan it was the best-selling car in 2002.",
                       "Honda expects to sell 2,000 units in Spain within a year.",
                       "It comes with two petrol engines.", en[7]]
    es_few = es[:4] + ["En Japón fue el coche más vendido en 2002.",
                       "Honda espera vender 2.000 unidades en España en un año.",
                       "Llega con dos motores de gasolina.", es[7]]
    found = names.check(build_aligned(en_few, es_few, pairs=one_to_one), Settings())
    assert [(f.rule, f.text, f.lang) for f in found] == [("name-mismatch", "Jazz", "es")]


PLACE_CONTEXT_EN = ["The company said sales rose in the third quarter.",
                    "Its chief executive, Maria Alvarez, said demand was strong."]
PLACE_CONTEXT_ES = ["La empresa dijo que las ventas subieron en el tercer trimestre.",
                    "Su directora ejecutiva, Maria Alvarez, dijo que la demanda era fuerte."]


@pytest.mark.parametrize("en, es, message", [
    ("The company opened a new factory in Germany last year.", "La empresa abrió una nueva fábrica en Francia el año pasado.",
     "Germany in English but Francia in Spanish"),
    ("King Charles III visited Kyiv on Tuesday.", "El rey Carlos III visitó Moscú el martes.",
     "Kyiv in English but Moscú in Spanish"),
    ("Exports to Mexico fell sharply in May.", "Las exportaciones a Brasil cayeron fuertemente en mayo.",
     "Mexico in English but Brasil in Spanish"),
    # a US place with a Spanish name, which MT translates word by word ("El Paso" is "The Step" to Apertium)
    ("The crash happened in Austin on Tuesday.", "El choque ocurrió en El Paso el martes.",
     "Austin in English but El Paso in Spanish"),
    ("She grew up in Lubbock, Texas.", "Creció en Amarillo, Texas.", "Lubbock in English but Amarillo in Spanish"),
    # and a place abroad ("El Salvador" is "The Saviour")
    ("He moved here from Honduras in 2010.", "Se mudó aquí desde El Salvador en 2010.",
     "Honduras in English but El Salvador in Spanish"),
    ("The earthquake was felt as far away as Tijuana.", "El terremoto se sintió hasta Ensenada.",
     "Tijuana in English but Ensenada in Spanish"),  # ("Ensenada" is "Inlet" to Apertium)
    ("She grew up in Oaxaca, Mexico.", "Creció en Puebla, México.", "Oaxaca in English but Puebla in Spanish"),
    # two US cities spelt alike are two places, not one name in two languages
    ("The crash happened in Pasadena on Monday.", "El choque ocurrió en Pearland el lunes.",
     "Pasadena in English but Pearland in Spanish"),
    ("The crash happened in Galveston on Monday.", "El choque ocurrió en Garland el lunes.",
     "Galveston in English but Garland in Spanish"),
    # a US city against a city the table translates ("Nueva York" is New York, "Londres" London)
    ("The asylum seekers were bused to Chicago.",
     "Los solicitantes de asilo fueron trasladados en autobús a Nueva York.",
     "Chicago in English but Nueva York in Spanish"),
    ("The migrants were sent to Chicago.", "Los migrantes fueron enviados a Londres.",
     "Chicago in English but Londres in Spanish"),
    # a storm by its name after its kind
    ("Forecasters expect Hurricane Milton to strengthen.",
     "Los pronosticadores esperan que el huracán Helene se fortalezca.", "Hurricane Milton in English but Helene in "
     "Spanish"),
    ("Tropical Storm Alberto weakened.", "La tormenta tropical Chris se debilitó.",
     "Storm Alberto in English but Chris in Spanish"),
    # two US states, though the table takes "Nuevo México" for Mexico and "Washington" for the capital, and two
    # states alike in a word ("Carolina") are two places
    ("The company has stores in Texas and Arizona.", "La empresa tiene tiendas en Texas y Nuevo México.",
     "Arizona in English but Nuevo México in Spanish"),
    ("The family moved from California to Oregon.", "La familia se mudó de California a Washington.",
     "Oregon in English but Washington in Spanish"),
    ("The storm hit Louisiana and Mississippi.", "La tormenta azotó Luisiana y Alabama.",
     "Mississippi in English but Alabama in Spanish"),
    # a country of the table against a US state (the fifty-first round)
    ("The factory will move to Mexico next year.", "La fábrica se mudará a Texas el próximo año.",
     "Mexico in English but Texas in Spanish"),
    ("The company moved its headquarters to Ohio.", "La empresa trasladó su sede a Alemania.",
     "Ohio in English but Alemania in Spanish"),
    # Istanbul, whose Spanish name differs, in the table of cities
    ("The flight to Istanbul was delayed.", "El vuelo a Atenas se retrasó.",
     "Istanbul in English but Atenas in Spanish"),
    # two mountain ranges of the table, though alike in letters (not one name spelt two ways)
    ("Scientists discovered a new species of frog in the Andes.",
     "Los científicos descubrieron una nueva especie de rana en los Alpes.", "Andes in English but Alpes in Spanish"),
    ("The hikers were lost for two days in the Rocky Mountains.",
     "Los excursionistas estuvieron perdidos durante dos días en los Apalaches.",
     "Rocky Mountains in English but Apalaches in Spanish"),
    # two states, one of whose names holds the other whole or inside a word: neither name is missing
    ("She lives in Virginia.", "Vive en Virginia Occidental.",
     "Virginia in English but Virginia Occidental in Spanish"),
    ("He moved to West Virginia.", "Se mudó a Virginia.", "West Virginia in English but Virginia in Spanish"),
    ("She lives in Kansas.", "Vive en Arkansas.", "Kansas in English but Arkansas in Spanish"),
    # a car's make, even in a pair scoring under the low-similarity threshold (Apertium makes "camioneta" a "van")
    ("He was driving a white Ford pickup.", "Conducía una camioneta Chevrolet blanca.",
     "Ford in English but Chevrolet in Spanish"),
    # a car's make, though Apertium reads "Honda" as "deep" ("un Honda Civic" / "a Deep Civic")
    ("The suspect fled in a silver Nissan Altima.", "El sospechoso huyó en un Honda Accord plateado.",
     "Nissan Altima in English but Honda Accord in Spanish"),
    # a city whose name ends as a demonym does ("Orleans", "Texans") is a name all the same
    ("The family moved to New Braunfels last year.", "La familia se mudó a New Orleans el año pasado.",
     "New Braunfels in English but New Orleans in Spanish"),
    ("The game was played in New Orleans.", "El partido se jugó en Houston.",
     "New Orleans in English but Houston in Spanish"),
    # the United States put for another country ("Estados Unidos" holds the generic "estados", which had kept it out)
    ("She was born in Mexico and came to Houston as a child.", "Nació en Estados Unidos y llegó a Houston de niña.",
     "Mexico in English but Estados Unidos in Spanish"),
    ("She was born in the United States.", "Nació en México.", "United States in English but México in Spanish"),
    # a wire service put for another (a bio's "worked for the Associated Press" had gone unread: its words translate)
    ("She previously worked for the Associated Press.", "Anteriormente trabajó para Reuters.",
     "Associated Press in English but Reuters in Spanish"),
    # a city named with its "Ciudad" ("City" is a place's word, as "San" is, no organisation's)
    ("The school is in Tijuana.", "La escuela está en Ciudad Juárez.", "Tijuana in English but Ciudad Juárez in Spanish"),
])
def test_a_country_or_city_changed_into_another_is_found(en, es, message):
    """Countries and cities that Spanish writes its own way (Francia, Moscú) were never a changed name: MT writes
    them in English, so they were not judged, and a place of the table was never taken to replace a name."""
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    ("The company opened a new factory in Germany last year.", "La empresa abrió una nueva fábrica en Alemania el año pasado."),
    ("Moscow said the sanctions were illegal.", "Rusia dijo que las sanciones eran ilegales."),  # a capital for its country
    ("Washington said the sanctions were illegal.", "Estados Unidos dijo que las sanciones eran ilegales."),
    ("The Pope said the war must end.", "El Vaticano dijo que la guerra debe terminar."),
    ("Exports to Mexico and Brazil fell.", "Las exportaciones a Brasil y México cayeron."),
    ("Exports from the United States to Mexico fell.", "Las exportaciones de Estados Unidos a México cayeron."),
    ("The plane landed in Beijing on Monday.", "El avión aterrizó en Pekín el lunes."),
    ("The action of the Government contributed to the Spanish heading the EU in the breach of Kyoto.",  # WMT
     "La acción del Gobierno contribuyó a que España encabece la UE en el incumplimiento de Kioto."),
    # the border river of US local news, holidays, and exonyms of WMT's independent translations
    ("The crash happened in El Paso on Tuesday.", "El choque ocurrió en El Paso el martes."),
    ("She previously worked for the Associated Press.", "Anteriormente trabajó para la agencia AP."),
    ("She worked for the AP in Mexico City.", "Trabajó para la Prensa Asociada en Ciudad de México."),
    ("The report was confirmed by Agence France-Presse.", "El reporte fue confirmado por la agencia AFP."),
    ("She grew up in Amarillo and studied in Santa Fe.", "Creció en Amarillo y estudió en Santa Fe."),
    ("He moved here from El Salvador in 2010.", "Se mudó aquí desde El Salvador en 2010."),
    ("The crash happened in Pasadena on Monday.", "El choque ocurrió en Pasadena el lunes."),
    ("The storm hit Louisiana and Mississippi.", "La tormenta azotó Luisiana y Misisipi."),
    ("She flew from New York to New Jersey.", "Voló de Nueva York a Nueva Jersey."),
    ("He moved from New York to Chicago.", "Se mudó de Chicago a Nueva York."),
    ("She studied in London and Boston.", "Estudió en Londres y Boston."),
    ("Hurricane Beryl made landfall Monday.", "El huracán Beryl tocó tierra el lunes."),
    ("Tropical Storm Alberto weakened.", "La tormenta tropical Alberto se debilitó."),
    ("Officials in Washington and Oregon issued warnings.",
     "Las autoridades de Washington y Oregón emitieron advertencias."),
    ("The company has stores in New Mexico.", "La empresa tiene tiendas en Nuevo México."),
    ("The storm hit Virginia and West Virginia.", "La tormenta azotó Virginia y Virginia Occidental."),
    ("The storm hit Kansas and Arkansas.", "La tormenta azotó Arkansas y Kansas."),
    ("She lives in West Virginia.", "Vive en Virginia Occidental."),
    ("He was driving a white Ford pickup.", "Conducía una camioneta Ford blanca."),
    ("The suspect fled in a Honda Accord.", "El sospechoso huyó en un Honda Accord."),
    ("The family moved to New Orleans last year.", "La familia se mudó a Nueva Orleans el año pasado."),
    ("Migrants crossed the Rio Grande near Eagle Pass on Monday.",
     "Los migrantes cruzaron el río Bravo cerca de Eagle Pass el lunes."),
    ("Fireworks are banned in the county on New Year's Eve.",
     "Los fuegos artificiales están prohibidos en el condado en Nochevieja."),
    ("The invasion at the Bay of Pigs failed within three days.", "La invasión de la bahía de Cochinos fracasó en "
     "tres días."),
    ("Ferries crossed the English Channel despite the storm.", "Los transbordadores cruzaron el canal de la Mancha "
     "pese a la tormenta."),
    ("The school is in Ciudad Juárez.", "La escuela está en Ciudad Juárez."),
    ("The earthquake was felt as far away as Ensenada.", "El terremoto se sintió hasta Ensenada."),
    ("She grew up in León, Guanajuato.", "Creció en León, Guanajuato."),
    ("The City of Houston sued the company.", "La Ciudad de Houston demandó a la empresa."),
    ("The team plays in Salt Lake City.", "El equipo juega en Salt Lake City."),
])
def test_a_place_said_another_way_is_not_a_changed_name(en, es):
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert names.check(aligned, Settings()) == []


@pytest.mark.parametrize("es, message", [
    ("Los fuegos artificiales están prohibidos en el condado en Nochevieja.", None),
    ("Los fuegos artificiales están prohibidos en el condado en Nochebuena.",
     "New Year's Eve in English but Nochebuena in Spanish"),  # a week earlier
])
def test_new_years_eve_and_christmas_eve_are_two_nights(es, message):
    """The table holds both nights; "Nochevieja" and "Nochebuena" share a start ("Noche"), which is not enough for
    a long form's word to be found (nor is the "noche" of any Spanish sentence)."""
    aligned = build_aligned(["The council met on Monday.", "Fireworks are banned in the county on New Year's Eve."],
                            ["El concejo se reunió el lunes.", es])
    assert [finding.message for finding in names.check(aligned, Settings())] == ([message] if message else [])


@pytest.mark.parametrize("en, es, message", [
    ("The FBI is investigating the shooting.", "La DEA investiga el tiroteo.", "FBI in English but DEA in Spanish"),
    ("Agents from ICE detained three men outside the courthouse on Monday.",
     "Agentes de la Patrulla Fronteriza detuvieron a tres hombres frente al tribunal el lunes.",
     "ICE in English but Patrulla Fronteriza in Spanish"),
    ("The bill passed the Senate on Thursday.",
     "El proyecto de ley fue aprobado por la Cámara de Representantes el jueves.",
     "Senate in English but Cámara de Representantes in Spanish"),
    ("The bill passed the state Assembly on Monday.", "El proyecto fue aprobado por el Senado estatal el lunes.",
     "Assembly in English but Senado in Spanish"),
    ("The bill passed the Assembly on Monday and goes to the Senate.",
     "El proyecto fue aprobado por la Asamblea el lunes y pasa al Senado.", None),
    ("The UN General Assembly voted on Monday.", "La Asamblea General de la ONU votó el lunes.", None),
    # the lower chamber by its short name ("the House", "la Cámara"), not the White House nor a chamber of commerce
    ("The bill passed the House on Tuesday.", "El proyecto fue aprobado por el Senado el martes.",
     "House in English but Senado in Spanish"),
    ("The Senate passed the bill on Tuesday.", "La Cámara aprobó el proyecto el martes.",
     "Senate in English but Cámara in Spanish"),
    ("The House voted 220-210.", "La Cámara votó 220-210.", None),
    ("The House passed the bill on Tuesday.", "La Cámara de Representantes aprobó el proyecto el martes.", None),
    ("The bill now goes to the House.", "El proyecto ahora pasa a la Cámara Baja.", None),
    ("The White House said the president would sign it.", "La Casa Blanca dijo que el presidente lo firmaría.", None),
    ("The mayor spoke at the Chamber of Commerce.", "El alcalde habló en la Cámara de Comercio.", None),
    # a name spelled out with "and", which a run of capitalised words parts in two, is one name
    ("Agents from Immigration and Customs Enforcement detained three men.",
     "Agentes de la Patrulla Fronteriza detuvieron a tres hombres.",
     "Immigration and Customs Enforcement in English but Patrulla Fronteriza in Spanish"),
    ("U.S. Immigration and Customs Enforcement agents detained the man.", "Agentes de ICE detuvieron al hombre.", None),
    ("The Food and Drug Administration approved the drug.",
     "La Administración de Alimentos y Medicamentos aprobó el medicamento.", None),
    # each agency by its Spanish name or its acronym
    ("The FBI is investigating the robbery.", "El FBI investiga el robo.", None),
    ("ICE agents detained the man on Monday.",
     "Agentes del Servicio de Inmigración y Control de Aduanas (ICE) detuvieron al hombre el lunes.", None),
    ("FEMA will open a recovery center in Ventura.",
     "La Agencia Federal para el Manejo de Emergencias abrirá un centro de recuperación en Ventura.", None),
    ("The Border Patrol said it found 40 migrants.", "La Patrulla Fronteriza dijo que encontró a 40 migrantes.", None),
    # the weather and quake alerts' agencies (forty-fifth round)
    ("The National Weather Service issued a flood warning.", "El Servicio Geológico emitió una alerta de inundación.",
     "National Weather Service in English but Servicio Geológico in Spanish"),
    ("The Weather Service expects more rain.", "El Servicio Meteorológico prevé más lluvia.", None),
    ("The National Weather Service issued a flood watch.",
     "El Servicio Meteorológico Nacional emitió una vigilancia de inundación.", None),
    ("The U.S. Geological Survey said the quake struck at 3 a.m.",
     "El Servicio Geológico de Estados Unidos dijo que el sismo ocurrió a las 3 a.m.", None),
])
def test_a_federal_agency_or_chamber_put_for_another_is_a_changed_name(en, es, message):
    """US local news names a handful of federal bodies, each by an acronym in English and by a Spanish name or the
    same acronym in Spanish; the names of ordinary words ("Patrulla Fronteriza") were never compared."""
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == ([message] if message else [])


@pytest.mark.parametrize("en, es, message", [
    # a charity, a medal, a federal research agency: each known by its names in both languages, so that one put for
    # another is found though their words start alike ("American" / "Americana")
    ("The family asks for donations to the American Cancer Society.",
     "La familia pide donaciones a la Asociación Americana del Corazón.",
     "American Cancer Society in English but Asociación Americana del Corazón in Spanish"),
    ("The Red Cross is helping the displaced family.",
     "El Ejército de Salvación está ayudando a la familia desplazada.",
     "Red Cross in English but Ejército de Salvación in Spanish"),
    ("He received the Purple Heart for wounds suffered in combat.",
     "Recibió la Estrella de Bronce por heridas sufridas en combate.",
     "Purple Heart in English but Estrella de Bronce in Spanish"),
    ("The research was funded by the National Science Foundation.",
     "La investigación fue financiada por los Institutos Nacionales de Salud.",
     "National Science Foundation in English but Institutos Nacionales de Salud in Spanish"),
    ("The family asks for donations to the American Cancer Society.",
     "La familia pide donaciones a la Sociedad Americana contra el Cáncer.", None),
    ("The American Red Cross opened a shelter at the school.", "La Cruz Roja Americana abrió un refugio en la escuela.",
     None),
    ("He received the Purple Heart for wounds suffered in combat.",
     "Recibió el Corazón Púrpura por heridas sufridas en combate.", None),
    ("The research was funded by the NIH.", "La investigación fue financiada por los Institutos Nacionales de Salud.",
     None),
    ("The EPA fined the refinery.", "La FDA multó a la refinería.", "EPA in English but FDA in Spanish"),
    ("The EPA fined the refinery.", "La Agencia de Protección Ambiental multó a la refinería.", None),
    # a place named after a saint: "St." is no sentence's end, "'s" no word of the name, and the saint's name is
    # translated ("St. Luke's" / "San Lucas")
    ("She was treated at St. Luke's Hospital.", "Fue atendida en el Hospital San Juan.",
     "Luke's Hospital in English but Hospital San Juan in Spanish"),
    ("The funeral will be held Saturday at St. Mary's Catholic Church.",
     "El funeral se celebrará el sábado en la Iglesia Católica San José.",
     "Mary's Catholic Church in English but Iglesia Católica San José in Spanish"),
    ("She was treated at St. Luke's Hospital.", "Fue atendida en el Hospital San Lucas.", None),
    ("Services will be at St. Joseph Catholic Church.", "Los servicios serán en la Iglesia Católica de San José.",
     None),
    # service clubs, and "Club" a generic word: the name is the rest (forty-fifth round)
    ("He was a longtime member of the Rotary Club.", "Fue miembro del Club de Leones por mucho tiempo.",
     "Rotary Club in English but Club de Leones in Spanish"),
    ("He was a member of the Rotary Club.", "Fue miembro del Club Rotario.", None),
    ("He played for Club America.", "Jugó para el Club América.", None),
    # two medals whose names share "Star", and a city's rail lines named by colour (fifty-seventh round)
    ("The veteran received the Bronze Star for his service in Vietnam.",
     "El veterano recibió la Estrella de Plata por su servicio en Vietnam.",
     "Bronze Star in English but Estrella de Plata in Spanish"),
    ("The veteran received the Silver Star for his service in Vietnam.",
     "El veterano recibió la Estrella de Plata por su servicio en Vietnam.", None),
    ("Service on the Blue Line is suspended until further notice.",
     "El servicio de la Línea Roja está suspendido hasta nuevo aviso.",
     "Blue Line in English but Línea Roja in Spanish"),
    ("Service on the Blue Line is suspended until further notice.",
     "El servicio de la Línea Azul está suspendido hasta nuevo aviso.", None),
    ("Take the Purple Line to Union Station.", "Tome la Línea Morada hasta Union Station.", None),
    # two regions of the Americas, which share "America" (fifty-seventh round)
    ("The program helps families who recently arrived from Central America.",
     "El programa ayuda a familias que llegaron recientemente de Sudamérica.",
     "Central America in English but Sudamérica in Spanish"),
    ("The program helps families who recently arrived from Central America.",
     "El programa ayuda a familias que llegaron recientemente de Centroamérica.", None),
    ("He toured South America.", "Recorrió América del Sur.", None),
])
def test_a_charity_a_medal_or_a_saints_place_put_for_another_is_a_changed_name(en, es, message):
    """Obituaries and disaster stories name charities, veterans' medals and churches or hospitals named after saints,
    all of them translated (forty-third round)."""
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == ([message] if message else [])


def test_a_given_name_translated_does_not_find_a_person_whose_surname_changed():
    """A saint's name translated finds a place named after the saint, never a person: "Peter Okonkwo" / "Pedro
    Tabernero" is still a changed name (a WMT sentence whose name was replaced in ``bench/measure_edits.py``)."""
    assert [finding.message for finding in names.check(aligned_pair(
        "The book was edited by Peter Okonkwo and illustrated by James Perez-Enciso.",
        "El libro fue editado por Pedro Tabernero e ilustrado por Jacobo Pérez-Enciso."), Settings())] == [
        "Peter Okonkwo in English but Pedro Tabernero in Spanish"]


def test_same_language_rewrite_with_another_name():
    document = build_aligned(
        ["White House press secretary Karine Jean-Pierre said Tuesday that the U.S. would welcome Russians."],
        ["White House press secretary Jen Psaki said Tuesday that the U.S. would welcome Russians."],
        left_lang="en", right_lang="en", left_path="source.txt", right_path="rewrite.txt",
    )
    found = names.check(document, Settings())
    assert [(f.path, f.text) for f in found] == [("rewrite.txt", "Jen Psaki")]


def test_disabled_rule_is_skipped():
    es = list(SEED_ES)
    es[1] = es[1].replace("Karine Jean Pierre", "Jen Psaki")
    assert names.check(build_aligned(SEED_EN, es), Settings(disabled_rules={"name-mismatch"})) == []


@needs_corpus
def test_person_replaced_in_real_flores_sentences_is_found():
    """In each of 40 flores documents, one name of a Spanish sentence (also in its English sentence) replaced."""
    specs, expected = [], []
    for record in corpus_records("flores200-devtest", 200):
        for index, sentence in enumerate(record["es"]):
            candidates = [n for n in extract_names(sentence, "es") if len(n.words) == 1 and len(n.text) > 4
                          and n.text in record["en"][index]]
            if candidates:
                es = list(record["es"])
                es[index] = sentence.replace(candidates[0].text, "Zubizarreta")
                specs.append(corpus_spec(record, es=es))
                expected.append((index, candidates[0].text))
                break
        if len(specs) == 40:
            break
    documents = build_aligned_documents(specs)
    found = 0
    for document, (index, original) in zip(documents, expected):
        segment = document.right.segments[index]
        hits = [f for f in names.check(document, Settings()) if segment.start <= f.start < segment.end]
        found += any(f.text == "Zubizarreta" and original in f.message for f in hits)
    assert found >= 20, found  # measured when written: 24 of 40 (the misses: org names, common-word names)


def test_given_names_a_translation_writes_in_its_own_language_are_not_changed_names():
    """flores (the French Revolution): "Marie Therese" and "Louis-Charles", the king's children, are "María
    Teresa" and "Luis Carlos" in Spanish. Their last words are given names in two forms, not changed surnames; a
    second given name that is another name is still one."""
    en, es = corpus_pair("flores200-devtest", REVOLUTION, 0)
    assert "Louis-Charles" in en and "Luis Carlos" in es and "María Teresa" in es
    assert names.check(build_aligned([en], [es]), Settings()) == []
    changed = names.check(build_aligned([en], [es.replace("Luis Carlos", "Luis Fernando")]), Settings())
    assert [finding.message for finding in changed] == ["Louis-Charles in English but Luis Fernando in Spanish"]


REVOLUTION = "https://en.wikibooks.org/wiki/European_History/Revolution_in_France"


# --- a surname changed inside a name whose other words still match (issue 7) ----------------------------

ARGENTINA = "https://en.wikinews.org/wiki/Argentina%27s_first_lady_launches_presidential_bid"


@needs_corpus
def test_surname_changed_in_spanish_is_found_although_the_first_name_matches():
    """"Cristina Fernández de Vukovic" against "Cristina Fernandez de Kirchner": "Cristina" alone is found in
    the English sentence, which used to hide the changed surname."""
    en, es = corpus_pair("flores200-devtest", ARGENTINA, 0)
    assert names.check(build_aligned([en], [es]), Settings()) == []
    document = build_aligned([en], [es.replace("Kirchner", "Vukovic")])
    found = names.check(document, Settings())
    # (the given name opening the sentence is part of the name: a given name before another capitalised word)
    assert [(f.lang, f.text) for f in found] == [("es", "Cristina Fernández de Vukovic")]
    assert "Kirchner" in found[0].message and found[0].evidence["counterpart_name"].endswith("Kirchner")


@needs_corpus
def test_surname_changed_in_english_after_a_title_is_found():
    """"President Mahmoud Takahashi" against "el presidente Mahmoud Ahmadinejad": the title is not part of
    the person compared (reported on the translated side, naming both)."""
    en, es = corpus_pair("wmt-newstest-2008-2010", "newstest2010:bbc/2009/12/10/252655", 6)
    assert names.check(build_aligned([en], [es]), Settings()) == []
    found = names.check(build_aligned([en.replace("Ahmadinejad", "Takahashi")], [es]), Settings())
    assert [(f.lang, f.text) for f in found] == [("es", "Mahmoud Ahmadinejad")]
    assert "Takahashi" in found[0].message


SPEAKER_EN = "\"We cannot wait for the next storm to do something,\" said council member Maria Gonzalez."
SPEAKER_ES = "\"No podemos esperar a la próxima tormenta para hacer algo\", dijo la concejala María González."


@pytest.mark.parametrize(("en_name", "es_name"), [
    # turned into its other gender: the "she added" / "he added" error written into a name
    ("Maria Gonzalez", "Mario González"), ("Daniel Ortiz", "Daniela Ortiz"), ("Luisa Fernández", "Luis Fernández"),
    # another given name ("Father Miguel Ortega" / "el padre Manuel Ortega"): two US Census given names that are no
    # forms of one name are two people
    ("Maria Gonzalez", "Elena González"), ("Miguel Ortega", "Manuel Ortega"), ("Ana Torres", "Elena Torres"),
])
def test_a_first_name_changed_before_the_same_surname_is_a_changed_name(en_name, es_name):
    """The surname is found, so the name looked present."""
    en = SPEAKER_EN.replace("Maria Gonzalez", en_name)
    es = SPEAKER_ES.replace("María González", es_name)
    found = names.check(build_aligned([en], [es]), Settings())
    assert [(f.lang, f.text) for f in found] == [("es", es_name)]
    assert found[0].message == f"{en_name} in English but {es_name} in Spanish"


@pytest.mark.parametrize(("en_name", "es_name"), [
    ("Maria Gonzalez", "María González"),  # accents
    ("Robert Hale", "Roberto Hale"),  # both masculine
    ("Marie Curie", "María Curie"),  # French and Spanish forms of one name
    ("Peter Tabernero", "Pedro Tabernero"),  # a translated first name
])
def test_a_first_name_in_another_form_of_the_same_gender_is_not_a_changed_name(en_name, es_name):
    en = SPEAKER_EN.replace("Maria Gonzalez", en_name)
    es = SPEAKER_ES.replace("María González", es_name)
    assert names.check(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize(("en_name", "es_name"), [
    ("Jean Charest", "Juan Charest"),  # a French first name in its Spanish form
    ("Mikhail Gorbachev", "Mijaíl Gorbachov"),  # transliterated
    ("Bill Clinton", "William Clinton"),  # a short form
    ("Alex Padilla", "Alexander Padilla"),
    ("Ryan Gosling", "Tyan Gosling"),  # a typo: no given name (misspelt names are another finding's)
    ("Lily Nacpil", "Lidy Nacpil"),
    ("Black Canada", "Noir Canada"),  # a title, not a person
])
def test_forms_of_one_first_name_or_words_that_are_no_given_names_are_not_a_changed_name(en_name, es_name):
    en = SPEAKER_EN.replace("Maria Gonzalez", en_name)
    es = SPEAKER_ES.replace("María González", es_name)
    assert names.check(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize(("en_name", "es_name"), [
    ("Maria Garcia", "María Garza"),  # two common US surnames spelt alike: two people
    ("Maria Davis", "María Dávila"),
    ("Maria Perez", "María Peña"),  # (Apertium translates "Peña": a given name and a common surname are compared)
    ("Maria Perez", "María Pérez"),  # (quiet: accents)
    ("Maria Gonzales", "María Gonzalez"),  # (quiet: one letter, a variant of one surname)
    ("Maria Zelensky", "María Zelenski"),  # (quiet: a transliteration, not among the commonest surnames)
])
def test_a_surname_put_for_another_common_one_spelt_alike_is_a_changed_name(en_name, es_name):
    """"Garcia" and "Garza" share most letters, which passed for one name in two languages; both are among the 5,000
    commonest surnames of the US Census, two letters apart: two people. One letter apart (Gonzales / Gonzalez) or
    a transliteration is one surname."""
    en = SPEAKER_EN.replace("Maria Gonzalez", en_name)
    es = SPEAKER_ES.replace("María González", es_name)
    found = names.check(build_aligned([en], [es]), Settings())
    surnames = (names.fold(en_name.split()[-1]), names.fold(es_name.split()[-1]))
    expected = [] if surnames in {("perez", "perez"), ("gonzales", "gonzalez"), ("zelensky", "zelenski")} else [
        f"{en_name} in English but {es_name} in Spanish"]
    assert [f.message for f in found] == expected


def test_two_surnames_are_the_commonest_census_ones_two_letters_apart():
    assert names.two_surnames("garcia", "garza") and names.two_surnames("davis", "davila")
    assert names.two_surnames("perez", "pena")
    assert not names.two_surnames("gonzales", "gonzalez")  # one letter: a variant
    assert not names.two_surnames("garcia", "garcia")
    assert not names.two_surnames("zelensky", "zelenski")  # not among the commonest
    assert not names.two_surnames("kirchner", "kirschner")  # one letter


def test_a_given_name_opening_a_sentence_before_a_surname_is_part_of_the_name():
    """A capitalised word opening a sentence is no name unless the side writes it mid-sentence too, but a given
    name before another capitalised word is a person's: "Mike Davis" is compared whole, not "Davis" alone."""
    assert [name.text for name in names.extract_names("Mike Davis, the county judge, signed it.", "en")] == [
        "Mike Davis"]
    assert [name.text for name in names.extract_names("Prince Harry visited Texas.", "en")] == ["Harry", "Texas"]
    assert [name.text for name in names.extract_names("Today Texas voted.", "en")] == ["Texas"]
    en = "Mike Davis, the county judge, signed the order on Tuesday."
    es = "Mike Dávila, el juez del condado, firmó la orden el martes."
    assert [f.message for f in names.check(build_aligned([en], [es]), Settings())] == [
        "Mike Davis in English but Mike Dávila in Spanish"]
    assert names.check(build_aligned([en], [es.replace("Dávila", "Davis")]), Settings()) == []


def test_a_priests_first_name_changed_is_a_changed_name():
    """"Father" is a title, not the first name: Miguel and Manuel are compared."""
    en = "\"She never let a child leave without a cookie,\" said Father Miguel Ortega of Our Lady of Guadalupe Church."
    es = "\"Nunca dejaba que un niño se fuera sin una galleta\", dijo el padre Manuel Ortega, de la iglesia Nuestra Señora de Guadalupe."
    (finding,) = names.check(build_aligned([en], [es]), Settings())
    assert finding.text == "Manuel Ortega" and finding.message == "Father Miguel Ortega in English but Manuel Ortega in Spanish"
    assert names.check(build_aligned([en], [es.replace("Manuel", "Miguel")]), Settings()) == []


def test_two_relatives_of_one_surname_are_not_a_changed_name():
    en = "The bakery was opened by Tomás Garza and his wife, Rosa Garza, in 1962."
    es = "La panadería la abrieron Tomás Garza y su esposa, Rosa Garza, en 1962."
    assert names.check(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Sen. Ted Cruz of Texas said the bill would fail.", "en", ["Ted Cruz", "Texas"]),
    ("Gov. Gavin Newsom of California signed it.", "en", ["Gavin Newsom", "California"]),
    ("He met President Joe Biden of the United States.", "en", ["President Joe Biden", "United States"]),
    ("It was late. Then Sen. Warren spoke.", "en", ["Warren"]),
    ("La Dra. Ana Pérez habló con el Lic. Andrés López.", "es", ["Ana Pérez", "Andrés López"]),
    ("The Bank of America and the University of Texas agreed.", "en", ["Bank of America", "University of Texas"]),
    ("He saw Queen Elizabeth of England.", "en", ["Queen Elizabeth of England"]),
    ("Ayer habló Cristina Fernández de Kirchner.", "es", ["Cristina Fernández de Kirchner"]),
    # a sentence crowded with names, not a title-case headline: it ends in a lower-case word and a period
    ("They met the Duke of Edinburgh and the Bank of England yesterday morning.", "en",
     ["Duke of Edinburgh", "Bank of England"]),
    ("Storm Knocks Out Power to Forty Thousand Eastside Homes", "en", []),  # a headline: no names known
    ("Mayor Johnson Announces New Budget Plan", "en", []),  # five long words are a headline too
    # a chamber and the state it belongs to are two names; a committee of a chamber is one
    ("The Texas Senate passed the bill.", "en", ["Texas", "Senate"]),
    ("The U.S. House of Representatives voted.", "en", ["U.S.", "House of Representatives"]),
    ("La Cámara de Representantes de Texas aprobó el proyecto.", "es", ["Cámara de Representantes", "Texas"]),
    ("La Comisión de Justicia del Senado votó.", "es", ["Comisión de Justicia del Senado"]),
])
def test_names_of_titled_people_places_and_crowded_sentences(text, lang, expected):
    """"Sen. Ted Cruz of Texas" was the one name "Cruz of Texas": the period of "Sen." read as a sentence end
    dropped "Ted", "Sen" was a name of its own, and a changed state went unseen behind the surname. A sentence
    crowded with names had been taken for a title-case headline, and lost them all."""
    assert [name.text for name in extract_names(text, lang)] == expected


@pytest.mark.parametrize(("es_mayor", "message"), [
    ("Johnson", None),
    ("Thompson", "Johnson in English but Thompson in Spanish"),
])
def test_a_name_changed_in_a_title_case_headline_is_found_by_the_names_the_article_knows(es_mayor, message):
    """A title-case headline capitalises every word: its names are the words the article writes capitalised
    mid-sentence, each unbroken run of them a name of its own ("Johnson", not "Johnson Announces New", whose length
    kept it from being compared with "Thompson")."""
    en = ["Mayor Johnson Announces New Budget Plan",
          "Mayor Johnson on Tuesday presented a budget plan that adds 40 police officers.",
          "The city council will vote on the plan next month, Johnson said."]
    es = [f"El alcalde {es_mayor} anuncia un nuevo plan de presupuesto",
          "El alcalde Johnson presentó el martes un plan de presupuesto que añade 40 policías.",
          "El concejo municipal votará el plan el próximo mes, dijo Johnson."]
    assert [(name.text) for name in extract_names(en[0], "en", names.known_names(en))] == ["Johnson"]
    found = names.check(build_aligned(en, es), Settings())
    assert [f.message for f in found] == ([message] if message else [])


@pytest.mark.parametrize(("headline", "known", "expected"), [
    ("Mayor Johnson Announces New Budget Plan", {"johnson"}, ["Johnson"]),
    ("Bank of America Announces New Layoffs in Charlotte Offices", {"bank", "america", "charlotte"},
     ["Bank of America", "Charlotte"]),  # a connector between two known words joins them
    ("Texas Senate Passes Bill Banning Cellphones in Schools", {"texas", "senate"}, ["Texas", "Senate"]),
])
def test_the_names_of_a_title_case_headline_are_its_runs_of_known_words(headline, known, expected):
    assert [name.text for name in extract_names(headline, "en", frozenset(known))] == expected


@pytest.mark.parametrize(("es_chamber", "message"), [
    ("El Senado de Texas", None),
    ("La Cámara de Representantes de Texas", "Senate in English but Cámara de Representantes in Spanish"),
])
def test_a_chamber_put_for_another_beside_its_state_is_a_changed_name(es_chamber, message):
    """"Texas Senate" whole was found in the Spanish by "Texas" alone: the chamber is a name of its own."""
    en = ["The Texas Senate passed the bill on Tuesday.", "The festival runs all weekend."]
    es = [f"{es_chamber} aprobó el proyecto el martes.", "El festival dura todo el fin de semana."]
    found = names.check(build_aligned(en, es), Settings())
    assert [f.message for f in found] == ([message] if message else [])


def test_a_changed_name_in_a_title_case_headline_is_judged_by_its_case_folded_score():
    """Capitals on every word cut the headline pair's chrF under the threshold of a loose pair (0.22), where no
    changed name is asserted; case-folded it is 0.31, a translation."""
    en = ["Texas Senate Passes Bill Banning Cellphones in Schools",
          "The Texas Senate on Tuesday passed a bill that would ban cellphones in public schools during the school day.",
          "The measure now goes to Gov. Greg Abbott, who has said he supports it."]
    es = ["La Cámara de Representantes de Texas aprueba proyecto que prohíbe celulares en escuelas",
          "El Senado de Texas aprobó el martes un proyecto de ley que prohibiría los celulares en las escuelas públicas "
          "durante la jornada escolar.",
          "La medida pasa ahora al gobernador Greg Abbott, quien ha dicho que la apoya."]
    aligned = build_aligned(en, es)
    assert aligned.pairs[0].score < Settings().low_similarity_threshold
    found = names.check(aligned, Settings())
    assert [(f.text, f.message) for f in found] == [
        ("Cámara de Representantes", "Senate in English but Cámara de Representantes in Spanish")]
    es[0] = "El Senado de Texas aprueba proyecto que prohíbe celulares en escuelas"
    assert names.check(build_aligned(en, es), Settings()) == []


def test_a_brief_pair_no_low_similarity_finding_reports_still_has_its_names_compared():
    """A pair under ten words is a low-similarity pair only under 0.15 (``coverage.similarity_threshold``); between
    that and 0.25 it had been neither reported nor compared for names ("migrantes" left in Spanish by Apertium)."""
    aligned = aligned_pair("Migrants must wait in Mexico.", "Los migrantes deben esperar en Estados Unidos.")
    assert similarity_threshold(aligned, aligned.pairs[0], Settings()) <= aligned.pairs[0].score
    assert aligned.pairs[0].score < Settings().low_similarity_threshold
    found = names.check(aligned, Settings())
    assert [f.message for f in found] == ["Mexico in English but Estados Unidos in Spanish"]


def test_a_name_inside_a_web_address_is_contact_mismatchs_to_compare():
    """"HealthCare.gov" / "CuidadoDeSalud.gov", the agency's own Spanish site, had been a changed name; the address
    is compared whole by contact-mismatch, which knows it."""
    aligned = aligned_pair("Residents can also visit HealthCare.gov, which lists local helpers.",
                           "Los residentes también pueden visitar CuidadoDeSalud.gov, que ofrece ayudantes locales.")
    assert names.check(aligned, Settings()) == []
    assert [name.text for name in extract_names("Email Ana Ruiz at ana@Eastside.org today.", "en")] == ["Ana Ruiz"]


def test_a_state_changed_after_a_person_is_a_changed_name():
    en = ["Sen. Ted Cruz of Texas said the bill would fail in the Senate next week.", "The vote is set for Tuesday."]
    es = "El senador Ted Cruz, de {}, dijo que el proyecto fracasaría en el Senado la próxima semana."
    rest = ["La votación está prevista para el martes."]
    assert names.check(build_aligned(en, [es.format("Texas"), *rest]), Settings()) == []
    found = names.check(build_aligned(en, [es.format("Florida"), *rest]), Settings())
    assert [(f.lang, f.text, f.message) for f in found] == [("es", "Florida", "Texas in English but Florida in Spanish")]


@pytest.mark.parametrize(("es_prince", "message"), [
    ("Enrique", None),  # Spanish's name for him
    ("Harry", None),
    ("Guillermo", "Harry in English but Guillermo in Spanish"),  # his brother
])
def test_a_royal_named_in_spanish_is_the_same_person_and_another_royal_is_not(es_prince, message):
    en = ["Prince Harry and Meghan visited the Netherlands on Tuesday.", "The festival runs all weekend."]
    es = [f"El príncipe {es_prince} y Meghan visitaron los Países Bajos el martes.",
          "El festival dura todo el fin de semana."]
    found = names.check(build_aligned(en, es), Settings())
    assert [f.message for f in found] == ([message] if message else [])


@pytest.mark.parametrize(("es_prince", "message"), [
    ("Guillermo", None),  # Spanish's name for him
    ("Enrique", "William in English but Enrique in Spanish"),  # his brother
])
def test_prince_william_is_guillermo_in_spanish(es_prince, message):
    en, es = "Prince William visited the hospital on Monday.", f"El príncipe {es_prince} visitó el hospital el lunes."
    assert [f.message for f in names.check(aligned_pair(en, es), Settings())] == ([message] if message else [])


@pytest.mark.parametrize(("es_outlet", "message"), [
    ("el Houston Chronicle", None),
    ("el San Antonio Express-News", "Houston Chronicle in English but San Antonio Express-News in Spanish"),
])
def test_an_outlet_named_after_a_place_changed_in_a_bio_is_a_changed_name(es_outlet, message):
    """"San" and "New" begin place names, not organisations translated word for word: "San Antonio Express-News"
    is compared like any name (Apertium writes "Saint Antonio")."""
    en = ["Luis Peña is a photographer based in El Paso.", "He previously worked for the Houston Chronicle."]
    es = ["Luis Peña es fotógrafo radicado en El Paso.", f"Antes trabajó para {es_outlet}."]
    found = names.check(build_aligned(en, es), Settings())
    assert [f.message for f in found] == ([message] if message else [])


@pytest.mark.parametrize(("es_county", "message"), [
    ("del condado de Travis", None),
    ("del condado de Williamson", "Travis County in English but Williamson in Spanish"),
])
def test_a_county_is_named_by_its_own_name(es_county, message):
    """"County" was found in "condado" whatever the county, so another county was never missing; a county's word is
    no part of what is compared, as a street's is not."""
    en = ["The suspect, who lives in Round Rock, was booked into the Travis County jail.",
          "The festival runs all weekend."]
    es = [f"El sospechoso, que vive en Round Rock, fue ingresado en la cárcel {es_county}.",
          "El festival dura todo el fin de semana."]
    found = names.check(build_aligned(en, es), Settings())
    assert [f.message for f in found] == ([message] if message else [])


def test_a_business_named_with_ordinary_words_is_not_a_person_whose_gender_changed():
    """"Cochera" is a garage, which Apertium translates: the name is not a person's (after wmt newstest 2010)."""
    en = "Participants include Cocher Clásicos, a Mercedes-Benz specialist, and two other restorers."
    es = "Participan Cochera Clásicos, especialista en Mercedes-Benz, y otros dos restauradores."
    assert names.check(build_aligned([en], [es]), Settings()) == []


@needs_corpus
def test_first_names_translated_by_the_translator_are_not_changed_names():
    """WMT's English renders "Pedro Tabernero" as "Peter Tabernero", "Jacobo Pérez-Enciso" as "James
    Perez-Enciso", "Alejandro Echevarría" as "Alexander Echevarría": first names translate, surnames do not,
    so only a changed last word is a changed name."""
    for doc_id, index in (("newstest2009:abces/2008/09/29/98768", 3), ("news-test2008:cincodias/2007/11/29/22", 15)):
        en, es = corpus_pair("wmt-newstest-2008-2010", doc_id, index)
        assert names.check(build_aligned([en], [es]), Settings()) == [], doc_id


@needs_corpus
def test_sentence_crowded_with_names_is_not_taken_for_a_title_case_headline():
    """10 of its 14 long words are capitalised, but "venció", "partido", "rugby", "estadio" are not: a
    sentence, whose names (Rustenburg) are compared, so a replaced place name is found."""
    en, es = corpus_pair("flores200-devtest",
                          "https://en.wikinews.org/wiki/South_Africa_end_All_Blacks%27_15-game_winning_streak", 0)
    assert "Rustenburg" in texts(extract_names(es, "es"))
    assert names.check(build_aligned([en], [es]), Settings()) == []
    found = names.check(build_aligned([en.replace("Rustenburg", "Oyelaran")], [es]), Settings())
    assert [(f.lang, f.text) for f in found] == [("es", "Rustenburg")] and "Oyelaran" in found[0].message


def test_scandinavian_surname_is_a_name_but_a_creed_is_not():
    """"-qvist" is no creed ending: "Lindqvist" is compared, "Communist" (Spanish "comunista") is not."""
    assert texts(extract_names("un avión de línea con dirección a Lindqvist se estrelló", "es")) == ["Lindqvist"]
    assert texts(extract_names("tensions between the Castro brothers Communist government in Cuba", "en")) == [
        "Castro", "Cuba"]


@needs_corpus
def test_surname_replaced_in_real_multiword_names_is_found():
    """In flores documents, the last word of a Spanish name of two or more words (also in the English
    sentence) replaced: the changed surname is found with the English name named."""
    specs, expected = [], []
    for record in corpus_records("flores200-devtest", 281):
        for index, sentence in enumerate(record["es"]):
            candidates = [n for n in extract_names(sentence, "es") if len(n.distinctive) >= 2 and n.acronym is False
                          and len(n.words[-1]) > 3 and n.text.split()[-1] in record["en"][index]]
            if candidates:
                es = list(record["es"])
                es[index] = sentence.replace(candidates[0].text, candidates[0].text.rsplit(" ", 1)[0] + " Zubizarreta")
                specs.append(corpus_spec(record, es=es))
                expected.append(index)
                break
        if len(specs) == 30:
            break
    documents = build_aligned_documents(specs)
    found = 0
    for document, index in zip(documents, expected):
        segment = document.right.segments[index]
        found += any("Zubizarreta" in f.text and " but " in f.message for f in names.check(document, Settings())
                     if segment.start <= f.start < segment.end)
    # measured when written: 20 of 30 (the misses: organisations named after generic words, "Dr." openers);
    # 0 before surnames were compared on their own
    assert len(specs) == 30 and found >= 18, (len(specs), found)


def test_ascii_tokeniser_splits_ascii_text_as_the_unicode_one():
    """The ASCII tokeniser (a speed-up) must split every ASCII text exactly as TOKEN does."""
    import random

    from bilingo.rules.names import ASCII_TOKEN_SPLIT, TOKEN_SPLIT

    alphabet = [chr(code) for code in range(128)]
    assert all(ASCII_TOKEN_SPLIT.split(char) == TOKEN_SPLIT.split(char) for char in alphabet)
    pieces = alphabet + ["EE. UU.", "EE.UU.", "U.S. ", "U. S.\n", "A.B.C.", "Jean-Pierre", "Putin's", "O'Neil"]
    generator = random.Random(0)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 12)))
        assert ASCII_TOKEN_SPLIT.split(text) == TOKEN_SPLIT.split(text), text


def test_translation_tokens_are_the_split_tokens():
    """The tokens of a translation, found alone (a speed-up), are those of the split, ASCII or not."""
    import random

    from bilingo.rules.names import _token_strings, _translation_tokens

    pieces = [chr(code) for code in range(128)] + ["EE. UU.", "U.S. ", "Á.B. ", "José", "Ñandú", "O’Neil", "’"]
    generator = random.Random(1)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 12)))
        assert _translation_tokens(text) == _token_strings(text), text


def test_offsets_from_the_split_match_the_text():
    """Names keep their exact offsets in the sentence (found from the lengths of tokens and the text between)."""
    text = ("Ayer por la tarde, el presidente Pedro Sánchez habló en la base  U.S. Army con la portavoz "
            "Jean-Pierre, en la ciudad de Washington.")
    found = extract_names(text, "es")
    assert texts(found) == ["Pedro Sánchez", "Jean-Pierre", "Washington"]
    assert all(text[name.start : name.end] == name.text for name in found)


def test_near_spelling_without_a_shared_start_is_found():
    """A near spelling that does not share the first four letters is still found by the spelling test
    (Tchaikovsky ~ Chaikovski), and a word of another spelling is not."""
    counterpart = Counterpart.of(["Habló Chaikovski ayer en Moscú."], _counterpart_words)
    assert name_found(extract_names("The composer Tchaikovsky spoke.", "en")[0], counterpart)
    assert not name_found(extract_names("The composer Rachmaninoff spoke.", "en")[0], counterpart)


def test_word_index_tests_as_arrays_what_it_tests_one_by_one():
    """The array form of the near-spelling candidates (a speed-up for long slices) keeps the same words."""
    import random

    from bilingo.rules.names import _WordIndex

    generator = random.Random(1)
    letters = "abcdeilmnorstuzñ0123"
    words = {"".join(generator.choice(letters) for _ in range(generator.randint(1, 12))) for _ in range(4000)}
    index = _WordIndex(words)
    for word in sorted(words)[:300] + ["kazakhstan", "tchaikovsky", "putin", "2019"]:
        if len(word) < 4:
            continue
        slack, any_start = names.fuzzy_length_slack(word), len(word) > 6
        low = names.bisect_left(index.lengths, max(4, len(word) - slack))
        high = names.bisect_right(index.lengths, len(word) + slack, low)
        assert (sorted(index._vector_candidates(word, any_start, low, high))
                == sorted(index._candidates(word, any_start, index.by_length[low:high]))), word


def test_prepare_then_check_finds_what_check_alone_finds():
    """``prepare`` only fills memos: the findings are the same with or without it."""
    from bilingo.rules.names import _names_of, _version_analysis

    aligned = build_aligned(SEED_EN[:3] + ["He met Jen Psaki there."], SEED_ES[:3] + ["Se reunió con Karine allí."])
    settings = Settings(translator="apertium")
    alone = names.check(aligned, settings)
    assert alone
    _version_analysis.cache_clear()
    _names_of.cache_clear()
    for version in (aligned.left, aligned.right):
        names.prepare(version, settings)
    assert [(f.message, f.start) for f in names.check(aligned, settings)] == [(f.message, f.start) for f in alone]


def test_a_name_found_only_through_a_form_of_several_words_is_not_found_by_words():
    """A form of several words found in the text may rest on how texts are joined: such a name is looked up in the
    neighbourhood again (``found_by_words`` is false); found by its words, it is found in any wider counterpart."""
    from bilingo.rules.names import found_by_words

    name = extract_names("He flew to the United States.", "en")[0]
    assert name.text == "United States"
    joined = Counterpart.of(["Viajó a EE. UU. ayer."], _counterpart_words)
    assert name_found(name, joined) and not found_by_words(name, joined)
    assert found_by_words(name, Counterpart.of(["Viajó a Estados Unidos ayer."], _counterpart_words))


def test_a_surname_replaced_by_one_that_resembles_it_by_half_is_a_changed_name():
    """flores: "Danielle Lantagne" edited to "Danielle Oyelaran" in English (the names share "lan" and "a", a
    difflib ratio of 0.5): a person's surname is transliterated ("Khrushchev" / "Jrushchov": 0.74), not translated
    as a place's may be, so half its letters are not the same name."""
    english = ["Danielle Oyelaran, a UN expert on the disease, stated the outbreak was likely caused by the "
               "peacekeepers.", "The festival runs all weekend."]
    spanish = ["Según Danielle Lantagne, especialista en la enfermedad que trabaja para la ONU, es probable que el "
               "brote haya sido provocado por las fuerzas de paz.", "El festival dura todo el fin de semana."]
    findings = names.check(build_aligned(english, spanish), Settings())
    assert [f.message for f in findings] == ["Danielle Oyelaran in English but Danielle Lantagne in Spanish"]
    english[0] = english[0].replace("Oyelaran", "Lantagne")
    assert names.check(build_aligned(english, spanish), Settings()) == []


def name_messages(english: list[str], spanish: list[str]) -> list[str]:
    """The name-mismatch messages of the sentences of each version aligned one to one, followed by a plain pair."""
    return [f.message for f in names.check(build_aligned(english + [PLAIN_PAIR[0]], spanish + [PLAIN_PAIR[1]]),
                                           Settings())]


@needs_corpus
def test_a_name_changed_in_a_corpus_sentence_is_found_most_times():
    """The eval's name edit (``perturb.change_name``: a capitalised word both sides write, replaced by a surname the
    document does not hold) made on one sentence per document and side of flores and WMT, each edit alone.
    Measured: 412 of 488 found (403 before a word opening the translated sentence could stand for a name missing
    from the other side; 395 before a person's title stopped keeping a name from the changed-name tests); the misses
    are mostly names the English writes at a sentence start or in a title-case headline, or as another word ("Tyan
    Gosling")."""
    import re

    from bilingo.evaluation.perturb import _NAME, _NOT_NAMES, REPLACEMENT_NAMES

    specs, replacements = [], []
    for set_name in ("wmt-newstest-2008-2010", "flores200-devtest"):
        for record in corpus_records(set_name):
            if record.get("origlang", "en") not in ("en", "es"):
                continue
            replacement = next(n for n in REPLACEMENT_NAMES if n not in " ".join(record["en"] + record["es"]))
            pair = next(((index, name) for index, (en, es) in enumerate(zip(record["en"], record["es"]))
                         for name in [m.group() for m in _NAME.finditer(en) if m.group() not in _NOT_NAMES]
                         if re.search(rf"\b{name}\b", es)), None)
            if pair is None:
                continue
            index, name = pair
            for side in ("en", "es"):
                edited = {"en": list(record["en"]), "es": list(record["es"])}
                edited[side][index] = re.sub(rf"\b{name}\b", replacement, edited[side][index])
                specs.append(corpus_spec(record, en=edited["en"], es=edited["es"]))
                replacements.append((name, replacement))
    assert len(specs) >= 400
    found = sum(any(replacement in f.text or replacement in f.message or name in f.message
                    for f in names.check(document, Settings()))
                for document, (name, replacement) in zip(build_aligned_documents(specs), replacements))
    assert found / len(specs) >= 0.835


def test_a_word_after_a_middle_initial_is_no_sentence_start():
    """WMT: "dijo el concejal Kwame R. Brown" then "Brown, un crítico asiduo ..., dijo", the English edited to
    "Okonkwo said": the period of "R." ends no sentence, so "Brown" is a name the Spanish writes capitalised
    mid-sentence, and the Spanish sentence that opens on it names him too."""
    assert [n.text for n in extract_names("El concejal Kwame R. Brown tiene una hija.", "es")] == ["Kwame R. Brown"]
    assert [n.text for n in extract_names("Take vitamin D. Officials say it helps.", "en")] == []
    english = ["I'm not jumping up and down, said D.C. Council member Kwame R. Brown.",
               "A frequent critic of the schools chief, Okonkwo said the scores show the need for attention."]
    spanish = ["No estoy dando saltos de alegría, dijo el concejal del D.C. Kwame R. Brown.",
               "Brown, un crítico asiduo de la jefa escolar, dijo que las notas muestran la necesidad de atención."]
    assert name_messages(english, spanish) == ["Okonkwo in English but Brown in Spanish"]


@pytest.mark.parametrize("english, spanish, message, original", [
    # tico19, "United States President Donald Trump" edited: a run that opens on a place of the table kept the whole
    # name out of the changed-surname test; the person is what follows the title
    (["On Friday, United States President Donald Okonkwo declared a national emergency."],
     ["El viernes, el presidente de los Estados Unidos, Donald Trump, declaró una emergencia nacional."],
     "United States President Donald Okonkwo in English but Donald Trump in Spanish", ("en", "Okonkwo", "Trump")),
    # WMT, "what Mr Bowen calls" edited, Bowen named in the sentence before: "Mr" is a person's title, not the generic
    # word of an organisation's name, which translators render freely
    (["Mr Bowen's latest book has a broader canvas.",
      "He has spent months in mosques, which now provide what Mr Okonkwo calls Islamic spaces."],
     ["El último libro del Sr. Bowen tiene un lienzo más amplio.",
      "Ha pasado meses en mezquitas, que ahora proporcionan lo que el Sr. Bowen denomina espacios islámicos."],
     "Mr Okonkwo in English but Bowen in Spanish", ("en", "Okonkwo", "Bowen")),
    # WMT, "Next November Honda will launch" edited in Spanish: the month in the run "November Honda" counted among
    # those generic words too; the name is what follows the date
    (["Toyota presents the new Yaris in Paris.", "Next November Toyota will launch the second Yaris generation."],
     ["Toyota presenta el nuevo Yaris en París.",
      "En el mes de noviembre Okonkwo iniciará la segunda generación del Yaris."],
     "November Toyota in English but Okonkwo in Spanish", ("es", "Okonkwo", "Toyota")),
    # WMT, "el sr. Kohn dijo" edited: the two share half their letters (difflib 0.55), enough for a place's name in
    # two languages, not for a person's surname, which is transliterated ("Khrushchev" / "Jrushchov": 0.74)
    (["In an effort to reassure markets, Mr Kohn said that recent turbulence had reversed some gains."],
     ["En un esfuerzo por tranquilizar los mercados, el sr. Okonkwo dijo que la turbulencia reciente había "
      "revertido algunas ganancias."],
     "Mr Kohn in English but Okonkwo in Spanish", ("es", "Okonkwo", "Kohn")),
])
def test_a_name_changed_beside_a_title_or_a_date_is_found(english, spanish, message, original):
    assert name_messages(english, spanish) == [message]
    side, changed, name = original
    restored = [text.replace(changed, name) for text in (english if side == "en" else spanish)]
    assert name_messages(*((restored, spanish) if side == "en" else (english, restored))) == []


def test_an_organisations_generic_word_still_keeps_its_name_from_being_paired():
    assert name_messages(["The Ministry of Health said the plan works."],
                         ["El Ministerio de Sanidad dijo que el plan funciona."]) == []
    # nor does a transliterated surname after a title differ
    assert name_messages(["In an effort to reassure markets, Mr Khrushchev said that turbulence had reversed."],
                         ["En un esfuerzo por tranquilizar los mercados, el Sr. Jrushchov dijo que la turbulencia se "
                          "había revertido."]) == []


@pytest.mark.parametrize("en, es, message", [
    # WMT's sentence, the city changed in Spanish: "mediática" starts as "Medina" does, and held it
    ('The arrests also included a "media cell" of 16 in Medina, which aimed to promote "takfiri thinking".',
     'Los arrestados también incluyen una "célula mediática" de 16 personas en Vukovic, cuyo objetivo era promover '
     '"el pensamiento takfiri".', "Medina in English but Vukovic in Spanish"),
    ("Police in Marion said the sailors had been rescued.",  # "marineros" holds "Marion"
     "La policía de Tulsa dijo que los marineros habían sido rescatados.",
     "Marion in English but Tulsa in Spanish"),
])
def test_a_name_held_only_by_a_word_with_its_first_four_letters_may_still_be_replaced(en, es, message):
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    # WMT: an exonym sharing most letters ("Francfort") holds the name; a German word kept in Spanish is no change
    # (nor is it a name dropped: the English never names it)
    ("It's not the first time that the name Deka Bank crops up in the financial center of Frankfurt.",
     "No es la primera vez que el nombre del banco Deka aparece en la plaza financiera de Francfort, entre las "
     "Sparkassen."),
])
def test_a_name_held_by_an_exonym_sharing_most_letters_is_not_replaced(en, es):
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert names.check(aligned, Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    ("The shuttle runs to the farmers market on Medina Avenue, a spokeswoman said.",
     "El servicio va hasta el mercado de agricultores de la avenida Vukovic, dijo una portavoz.",
     "Medina Avenue in English but Vukovic in Spanish"),
    ("The crash happened on Ventura Boulevard near Elm Street.",
     "El choque ocurrió en el bulevar Ventura cerca de la calle Oak.", "Elm Street in English but Oak in Spanish"),
])
def test_a_street_renamed_is_a_changed_name(en, es, message):
    """A street's own name is kept in translation ("Market Street" / "la calle Market"): its word for street is no
    part of the name compared ("Avenue" is found in "avenida" whatever the street)."""
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    ("The shuttle runs to the farmers market on Medina Avenue.", "El servicio va hasta el mercado de la avenida Medina."),
    ("The fire started on Market Street.", "El incendio comenzó en la calle Market."),
    ("The bar on First Street closed on Monday.", "El bar de la Primera Calle cerró el lunes."),  # a numbered street
    ("Stocks fell on Wall Street.", "Las acciones cayeron en Wall Street."),
])
def test_a_street_said_alike_or_numbered_is_not_a_changed_name(en, es):
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert names.check(aligned, Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    # flores's sentence, the island's name changed in English (the eval's name edit): "Mariana" opens the Spanish
    # sentence and is written nowhere else, so it is no name of the side's own
    ("The earthquake struck Lindqvist at 07:19 a.m. local time on Friday.",
     "Mariana fue sacudida por un sismo a las 7:19 a.m. hora local el viernes.",
     "Lindqvist in English but Mariana in Spanish"),
    ("Police said Okonkwo was arrested at his home on Friday.",
     "Vukovic fue arrestado en su casa el viernes, dijo la policía.",
     "Okonkwo in English but Vukovic in Spanish"),
])
def test_a_name_replaced_by_the_word_that_opens_the_other_sentence_is_a_changed_name(en, es, message):
    """A capitalised word that opens a sentence is no name unless its side writes it elsewhere mid-sentence; where
    the other side has a name missing from the pair, one that the translator keeps as it is stands in its place."""
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())] == [message]


@pytest.mark.parametrize("en, es", [
    # an ordinary word opens the Spanish sentence: the translator translates it ("Ayer": yesterday)
    ("The storm hit Galveston on Friday.", "Ayer la tormenta golpeó la costa."),
    ("The storm hit Galveston on Friday.", "Durante el viernes la tormenta golpeó la costa."),
    # the name opens both sentences
    ("Mariana was struck by an earthquake on Friday.", "Mariana fue sacudida por un sismo el viernes."),
])
def test_an_ordinary_word_opening_the_other_sentence_replaces_no_name(en, es):
    aligned = build_aligned(PLACE_CONTEXT_EN + [en], PLACE_CONTEXT_ES + [es])
    assert [finding.message for finding in names.check(aligned, Settings())
            if "but" in finding.message] == []
