"""description-mismatch: a colour said of a person, a vehicle or a thing changed (``bilingo.rules.descriptions``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents, contrast_measure
from bilingo.rules import RULES, descriptions
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return descriptions.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Police said the suspect fled in a gray pickup truck.",
     "La policía dijo que el sospechoso huyó en una camioneta blanca.", "blanca",
     "gray in English but white ('blanca') in Spanish"),
    # one colour turned into another the sentence already says: black once more, blue once less
    ("The suspect was wearing a black hoodie and blue jeans.",
     "El sospechoso vestía una sudadera negra con capucha y jeans negros.", "negros",
     "blue in English but black ('negros') in Spanish"),
    ("The man had brown hair and wore a red jacket.",
     "El hombre tenía el cabello negro y llevaba una chaqueta roja.", "negro",
     "brown in English but black ('negro') in Spanish"),
    ("The girl has brown hair and blue eyes.", "La niña tiene el pelo rubio y ojos azules.", "rubio",
     "brown in English but blond ('rubio') in Spanish"),
])
def test_a_colour_changed_in_translation_is_reported_at_the_spanish_word(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("description-mismatch", "es", flagged,
                                                                           message)


@pytest.mark.parametrize("en, es", [
    ("Police said the suspect fled in a silver pickup truck.",
     "La policía dijo que el sospechoso huyó en una camioneta plateada."),
    ("Police said the suspect fled in a gray pickup truck.",
     "La policía dijo que el sospechoso huyó en una camioneta gris."),
    ("The man had brown hair and wore a red jacket.",
     "El hombre tenía el cabello castaño y llevaba una chaqueta roja."),
    ("The prince wore a navy blue suit.", "El príncipe vestía un traje azul marino."),
    ("The boy has blond hair.", "El niño tiene el pelo rubio."),
    ("Sen. Marco Rubio said he was blonde as a child.", "El senador Marco Rubio dijo que era rubio de niño."),
    # a colour one side leaves out
    ("Police said the suspect fled in a gray pickup truck.",
     "La policía dijo que el sospechoso huyó en una camioneta."),
    # a colour in a name is no description ("la Casa Blanca" against a red car is no change)
    ("The red car was parked near the White House.", "El auto rojo estaba estacionado cerca de la Casa Blanca."),
    ("Brown said the car was red.", "Brown dijo que el auto era rojo."),
    # the same colours for the same things, each in its language's order; colours listed together
    ("She wore a red jacket and blue jeans.", "Llevaba una chaqueta roja y jeans azules."),
    ("His black and white photographs are on display.", "Sus fotografías en blanco y negro están expuestas."),
])
def test_a_colour_said_alike_left_out_or_in_a_name_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_rule_has_its_doc_and_can_be_ignored():
    assert RULES["description-mismatch"].code == "BL212"
    en, es = "The suspect fled in a gray pickup truck.", "El sospechoso huyó en una camioneta blanca."
    assert _findings(en, es, Settings(disabled_rules=frozenset({"description-mismatch"}))) == []


SWAPPED = {"negro": "blanco", "negra": "blanca", "negros": "blancos", "negras": "blancas", "blanco": "negro",
           "blanca": "negra", "blancos": "negros", "blancas": "negras", "rojo": "verde", "roja": "verde",
           "rojos": "verdes", "rojas": "verdes", "azul": "rojo", "azules": "rojos", "verde": "azul", "verdes": "azules",
           "amarillo": "negro", "amarilla": "negra", "gris": "blanco", "grises": "blancos", "marrón": "negro",
           "café": "negro"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_colours_and_swapped_ones_are_found():
    """87 sentence pairs of the dev corpus say a colour on both sides, none another; with the first Spanish colour
    turned into another, 81 of 83 are found (not where the English says the new colour too: "a flat white ... a
    short black"). With blond: 88 pairs, none another."""
    compared, disagreeing, swapped, found = contrast_measure(descriptions.colours, descriptions.changed, SWAPPED)
    assert compared >= 80 and disagreeing == 0
    assert swapped >= 75 and found >= 0.9 * swapped


@pytest.mark.parametrize("en, es, message", [
    ("The victim was shot in the leg.", "La víctima recibió un disparo en la cabeza.",
     "leg in English but head ('cabeza') in Spanish"),
    ("He suffered a stab wound to the chest.", "Sufrió una herida de arma blanca en la espalda.",
     "chest in English but back ('espalda') in Spanish"),
    # said alike, or no wound: "the head of", "a la cabeza de"
    ("The victim was shot in the leg.", "La víctima recibió un disparo en la pierna.", None),
    ("She was shot in her left arm.", "Recibió un disparo en el brazo izquierdo.", None),
    ("The decision is in the hands of the council.", "La decisión está en manos del concejo.", None),
    ("He was in the head of the line.", "Estaba a la cabeza de la fila.", None),
    # a player's injury named by its part
    ("The pitcher will miss the rest of the season with an elbow injury.",
     "El lanzador se perderá el resto de la temporada por una lesión en el hombro.",
     "elbow in English but shoulder ('hombro') in Spanish"),
    ("The star player sat out the game with a sprained ankle.",
     "La estrella del equipo no jugó el partido por un esguince de rodilla.",
     "ankle in English but knee ('rodilla') in Spanish"),
    ("The star player sat out the game with a sprained ankle.",
     "La estrella del equipo no jugó el partido por un esguince de tobillo.", None),
    # a part hurt by a verb ("tore his ACL", "se lesionó el tobillo")
    ("The striker tore his ACL and will miss the rest of the season.",
     "El delantero se lesionó el tobillo y se perderá el resto de la temporada.",
     "knee ('ACL') in English but ankle ('tobillo') in Spanish"),
    ("She broke her left wrist in the fall.", "Se rompió el tobillo izquierdo en la caída.",
     "wrist in English but ankle ('tobillo') in Spanish"),
    ("She broke her left wrist in the fall.", "Se rompió la muñeca izquierda en la caída.", None),
    ("He hurt his back lifting boxes.", "Se lastimó la espalda al levantar cajas.", None),
])
def test_where_a_person_was_hurt_changed_is_reported(en, es, message):
    """A wound's place (in a police report, a crime story) is a fact a reader checks; read only after the words of
    a place on the body ("in the leg", "en la cabeza")."""
    assert [finding.message for finding in _findings(en, es)] == ([message] if message else [])


@pytest.mark.parametrize("en, es, message", [
    ("The victim was stabbed several times.", "La víctima recibió varios disparos.",
     "stabbed in English but shot ('disparos') in Spanish"),
    ("A man was shot and killed outside the bar.", "Un hombre fue apuñalado afuera del bar.",
     "shot ('was shot') in English but stabbed ('apuñalado') in Spanish"),
    ("The fire started in the kitchen, according to a preliminary report.",
     "El incendio comenzó en el dormitorio, según un informe preliminar.",
     "kitchen in English but bedroom ('dormitorio') in Spanish"),
    # said alike
    ("He suffered a gunshot wound.", "Sufrió una herida de bala.", None),
    ("The fire started in the garage and spread to the kitchen.",
     "El incendio comenzó en la cochera y se extendió a la cocina.", None),
    ("The Lakers were beaten 110-98.", "Los Lakers perdieron 110-98.", None),
    # the weapon, a side, the front or the back
    ("The suspect was armed with a knife.", "El sospechoso estaba armado con una pistola.",
     "knife in English but gun ('pistola') in Spanish"),
    ("He was shot in the left leg.", "Recibió un disparo en la pierna derecha.",
     "left ('left leg') in English but right ('pierna derecha') in Spanish"),
    ("The driver turned left onto Main Street.", "El conductor giró a la derecha en la calle Main.",
     "left ('turned left') in English but right ('giró a la derecha') in Spanish"),
    # a place on one side, and a turn said as an order
    ("The exit is on the left.", "La salida está a la derecha.",
     "left ('on the left') in English but right ('a la derecha') in Spanish"),
    ("Turn left on Main Street.", "Gire a la derecha en la calle Main.",
     "left ('Turn left') in English but right ('a la derecha') in Spanish"),
    ("Turn left on Main Street.", "Gire a la izquierda en la calle Main.", None),
    ("Austria swings to the right.", "Austria gira a la derecha.", None),
    ("He is her right-hand man.", "Es su mano derecha.", None),
    ("The fire started in the front yard.", "El incendio comenzó en el patio trasero.",
     "front ('front yard') in English but back ('patio trasero') in Spanish"),
    # a weapon meant not to kill said a firearm, and the other way
    ("Officers used a stun gun to subdue the man.", "Los agentes usaron un arma de fuego para someter al hombre.",
     "stun gun in English but gun ('arma de fuego') in Spanish"),
    ("The man was armed with a gun.", "El hombre estaba armado con una pistola eléctrica.",
     "gun in English but stun gun ('pistola eléctrica') in Spanish"),
    ("Officers used pepper spray on the protesters.", "Los agentes usaron un arma de fuego contra los manifestantes.",
     "pepper spray in English but gun ('arma de fuego') in Spanish"),
    ("Police used a Taser on the man.", "La policía usó una pistola eléctrica contra el hombre.", None),
    # what police used on a crowd
    ("Police used tear gas to disperse the crowd.", "La policía usó balas de goma para dispersar a la multitud.",
     "tear gas in English but rubber bullets ('balas de goma') in Spanish"),
    ("Police used tear gas to disperse the crowd.", "La policía usó gas lacrimógeno para dispersar a la multitud.",
     None),
    ("Police found a handgun and a knife in the back seat.",
     "La policía encontró una pistola y un cuchillo en el asiento trasero.", None),
    ("He lost his right hand in the war.", "Perdió la mano derecha en la guerra.", None),
    # the animal
    ("A pit bull bit a 6-year-old boy on Sunday.", "Un gato mordió a un niño de 6 años el domingo.",
     "dog ('pit bull') in English but cat ('gato') in Spanish"),
    ("The dog chased the cat.", "El perro persiguió al gato.", None),
])
def test_how_a_person_was_hurt_or_the_room_changed_is_reported(en, es, message):
    """How a person was hurt (shot, stabbed, beaten) and the room a fire or a crime was in are facts of a police
    report, compared as colours are."""
    assert [finding.message for finding in _findings(en, es)] == ([message] if message else [])


@needs_corpus
def test_faithful_corpus_pairs_keep_their_weapons_and_rooms():
    """Few pairs of the dev corpus say how a person was hurt, a room, a weapon, a side or the front or the back on both
    sides (1, 9, 12, 7, 2; a weapon 10 before tear gas and rubber bullets were read; a side 2 before a place on
    one side was read, "on the left" / "a la izquierda"), the service of an outage (1), more a garment (92) or a
    kind of money (35; 33 before a fine was read), a crop (10); none says another."""
    for find in (descriptions.weapons, descriptions.rooms, descriptions.arms, descriptions.sides,
                 descriptions.fronts, descriptions.animals, descriptions.utilities, descriptions.clothing,
                 descriptions.funds, descriptions.crops):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@needs_corpus
def test_faithful_corpus_pairs_keep_their_wounds_and_swapped_ones_are_found():
    """12 sentence pairs of the dev corpus place a wound on both sides, none elsewhere; turned, all 12 are found. 14
    and 14 since an injury is also named by its part ("an elbow injury", "un esguince de tobillo"; thirty-third
    round)."""
    swapped_parts = {"cabeza": "pierna", "pecho": "espalda", "brazo": "pierna", "mano": "pie", "cuello": "hombro",
                     "cara": "mano", "rostro": "brazo", "piernas": "brazos", "manos": "pies", "abdomen": "cabeza",
                     "estómago": "pecho", "hombro": "cuello", "espalda": "pecho", "pierna": "brazo", "pie": "mano",
                     "rodilla": "tobillo", "codo": "hombro", "tobillo": "rodilla", "muñeca": "codo",
                     "cadera": "rodilla"}
    compared, disagreeing, swapped, found = contrast_measure(descriptions.wounds, descriptions.changed, swapped_parts)
    assert compared >= 10 and disagreeing == 0
    assert swapped >= 10 and found == swapped


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The girl was last seen wearing a red jacket and blue jeans.",
     "La niña fue vista por última vez con una chaqueta azul y jeans rojos.",
     "azul", "red jacket in English but blue ('azul') in Spanish"),
    ("Police are looking for a white sedan and a black SUV.", "La policía busca un sedán negro y una camioneta blanca.",
     "negro", "white sedan in English but black ('negro') in Spanish"),
])
def test_colours_swapped_between_two_things_are_reported_by_the_translation(en, es, flagged, message):
    """The same colours counted on each side: the translation writes each beside its thing, and the thing changed
    colour (53 faithful corpus pairs colour the same thing on both sides, none another)."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@needs_corpus
def test_faithful_corpus_documents_get_no_finding():
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    assert [finding.text for document in documents for finding in descriptions.check(document, Settings())] == []


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The crash happened near the school on Main Street.", "El choque ocurrió cerca del hospital en la calle Main.",
     "hospital", "school in English but hospital in Spanish"),
    ("The order closes bars and restaurants until further notice.",
     "La orden cierra bares y parques hasta nuevo aviso.", "parques",
     "restaurant ('restaurants') in English but park ('parques') in Spanish"),
    # a false friend: "librería" is a bookshop
    ("The book will be available in libraries across the state.",
     "El libro estará disponible en librerías de todo el estado.", "librerías",
     "library ('libraries') in English but bookstore ('librerías') in Spanish"),
    ("The shooting happened in the parking lot of a Walmart.", "El tiroteo ocurrió en el parque de un Walmart.",
     "parque", "parking lot in English but park ('parque') in Spanish"),
    # an English possessive ("the church's roof") is read as its noun
    ("The fire destroyed the church's roof.", "El incendio destruyó el techo de la escuela.", "escuela",
     "church in English but school ('escuela') in Spanish"),
    ("The water main break left 2,000 homes without water.",
     "La ruptura de la tubería dejó a 2.000 hogares sin luz.", "sin luz",
     "water ('water main') in English but power ('sin luz') in Spanish"),
    ("Scammers are calling residents and pretending to be from the water utility.",
     "Los estafadores están llamando a los residentes y haciéndose pasar por empleados de la compañía eléctrica.",
     "compañía eléctrica", "water ('water utility') in English but power ('compañía eléctrica') in Spanish"),
    ("This article has been updated to correct the spelling of a name.",
     "Este artículo fue actualizado para corregir una cifra.", "corregir una cifra",
     "a name ('correct the spelling of') in English but a figure ('corregir una cifra') in Spanish"),
    ("An earlier version of this story misidentified the victim's age.",
     "Una versión anterior de esta nota identificó mal el nombre de la víctima.", "identificó mal el nombre",
     "an age (\"misidentified the victim's age\") in English but a name ('identificó mal el nombre') in Spanish"),
    ("The outbreak has been traced to raw oysters.", "El brote se ha relacionado con carne molida.", "carne molida",
     "oysters in English but beef ('carne molida') in Spanish"),
    ("The city will borrow $30 million for the project.",
     "La ciudad recibirá una donación de 30 millones de dólares para el proyecto.", "donación",
     "loan ('will borrow') in English but grant ('donación') in Spanish"),
    ("The beach was closed after a shark sighting.", "La playa se cerró tras el avistamiento de un caimán.",
     "el avistamiento de un caimán",
     "sharks ('a shark sighting') in English but alligators ('el avistamiento de un caimán') in Spanish"),
    ("The suspect was wearing a mask and gloves.", "El sospechoso llevaba una gorra y guantes.", "gorra",
     "mask in English but cap ('gorra') in Spanish"),
    ("The city received a federal grant for the project.",
     "La ciudad recibió un préstamo federal para el proyecto.", "préstamo",
     "grant ('federal grant') in English but loan ('préstamo') in Spanish"),
    ("The company was fined $2 million.", "La empresa recibió una subvención de 2 millones de dólares.", "subvención",
     "fine ('was fined') in English but grant ('subvención') in Spanish"),
    ("The family is asking for donations to cover funeral costs.",
     "La familia pide donaciones para cubrir los gastos médicos.", "gastos médicos",
     "funeral expenses ('funeral costs') in English but medical expenses ('gastos médicos') in Spanish"),
    ("Police said the driver ran a red light and hit a pickup truck.",
     "La policía dijo que el conductor se pasó una señal de alto y chocó contra una camioneta.", "señal de alto",
     "red light in English but stop sign ('señal de alto') in Spanish"),
    ("The suspect fled on foot.", "El sospechoso huyó en un vehículo.", "en un vehículo",
     "on foot in English but vehicle ('en un vehículo') in Spanish"),
    ("The suspect drove off before police arrived.", "El sospechoso huyó a pie antes de que llegara la policía.",
     "a pie", "vehicle ('drove off') in English but on foot ('a pie') in Spanish"),
    ("The asylum seekers arrived by bus from Texas.", "Los solicitantes de asilo llegaron en avión desde Texas.",
     "en avión", "bus ('by bus') in English but plane ('en avión') in Spanish"),
    ("The storm knocked out power to 20,000 customers.", "La tormenta dejó sin agua a 20,000 clientes.", "sin agua",
     "power ('knocked out power') in English but water ('sin agua') in Spanish"),
    ("Power was knocked out to 5,000 homes.", "5,000 hogares se quedaron sin agua.", "sin agua",
     "power ('Power was knocked out') in English but water ('sin agua') in Spanish"),
    ("The family asks for donations to the Pueblo Library Foundation.",
     "La familia pide donaciones a la Fundación del Museo de Pueblo.", "Museo",
     "library in English but museum ('Museo') in Spanish"),
    ("The injured worker was airlifted to a hospital in Houston.",
     "El trabajador herido fue trasladado en ambulancia a un hospital en Houston.", "en ambulancia",
     "helicopter ('airlifted') in English but ambulance ('en ambulancia') in Spanish"),
    ("The man was airlifted to a trauma center.", "El hombre fue trasladado por tierra a un centro de trauma.",
     "trasladado por tierra", "helicopter ('airlifted') in English but ambulance ('trasladado por tierra') in Spanish"),
    ("The state bar opened an investigation into the lawyer.",
     "La escuela estatal abrió una investigación sobre el abogado.", "escuela",
     "bar association ('state bar') in English but school ('escuela') in Spanish"),
    # where donations go, read in a charity's name too
    ("The family asks that donations be made to the Austin Food Bank.",
     "La familia pide que se hagan donaciones a la Sociedad Protectora de Animales de Austin.",
     "Sociedad Protectora de Animales",
     "food bank in English but animal shelter ('Sociedad Protectora de Animales') in Spanish"),
    # the tax a measure raises or cuts
    ("The measure would raise the sales tax by half a cent.",
     "La medida aumentaría el impuesto sobre la propiedad en medio centavo.", "impuesto sobre la propiedad",
     "sales tax in English but property tax ('impuesto sobre la propiedad') in Spanish"),
    ("The city will cut property taxes next year.", "La ciudad reducirá el impuesto sobre la renta el próximo año.",
     "impuesto sobre la renta", "property tax ('property taxes') in English but income tax ('impuesto sobre la "
     "renta') in Spanish"),
    # a train or a bus station
    ("Police arrested her at the airport.", "La policía la arrestó en la estación de tren.", "estación de tren",
     "airport in English but train station ('estación de tren') in Spanish"),
    ("The bus station will close Friday.", "La estación de tren cerrará el viernes.", "estación de tren",
     "bus station in English but train station ('estación de tren') in Spanish"),
    # the crop a farm grew or a drought hit
    ("The farm lost most of its corn crop.", "La granja perdió la mayor parte de su cosecha de trigo.", "trigo",
     "corn in English but wheat ('trigo') in Spanish"),
    ("The freeze damaged strawberry fields.", "La helada dañó los campos de tomates.", "tomates",
     "strawberries ('strawberry') in English but tomatoes ('tomates') in Spanish"),
])
def test_a_venue_or_a_traffic_control_changed_is_reported(en, es, flagged, message):
    """The kind of place something happened at, and what a driver ran, are facts a reader goes by ("near the school",
    "ran a red light"), compared as the room of a fire is."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The crash happened near the school on Main Street.", "El choque ocurrió cerca de la escuela en la calle Main."),
    ("She was taken to a clinic in Houston.", "Fue trasladada a un hospital en Houston."),
    ("He spent two years behind bars before his release.", "Pasó dos años en prisión antes de su liberación."),
    ("The shooting happened in the parking lot of a Walmart.",
     "El tiroteo ocurrió en el estacionamiento de un Walmart."),
    ("The company runs the state's largest wind farm.", "La empresa opera el mayor parque eólico del estado."),
    ("The suspect was wearing a black hoodie and jeans.",
     "El sospechoso vestía una sudadera negra y pantalones de mezclilla."),
    ("The agency will grant the permit next week.", "La agencia otorgará el permiso la próxima semana."),
    ("Crews restored power to most homes by Friday.",
     "Los equipos restablecieron la luz en la mayoría de las viviendas el viernes."),
    ("Scammers are pretending to be from the water utility.",
     "Los estafadores se hacen pasar por empleados de la empresa de agua."),
    ("This article has been updated to correct the spelling of a name.",
     "Este artículo fue actualizado para corregir la ortografía de un nombre."),
    ("This story has been corrected to fix the date of the hearing.",
     "Esta nota fue corregida para corregir la fecha de la audiencia."),
    ("The outbreak has been traced to raw oysters.", "El brote se ha relacionado con ostiones crudos."),
    ("An earlier version of this story misidentified the victim's age.",
     "Una versión anterior de esta nota indicó incorrectamente la edad de la víctima."),
    ("The victim's age and name were not released.", "No se dio a conocer el nombre de la víctima."),
    ("The city will borrow $30 million for the project.",
     "La ciudad pedirá prestados 30 millones de dólares para el proyecto."),
    ("The beach was closed after a shark sighting.", "La playa se cerró tras el avistamiento de un tiburón."),
    ("The power company restored service after the gas leak.",
     "La compañía eléctrica restableció el servicio después de la fuga de gas."),
    ("The suspect fled on foot.", "El sospechoso huyó a pie."),
    ("He flew to Miami and then took a bus to Tampa.", "Voló a Miami y luego tomó un autobús a Tampa."),
    ("The worker was airlifted to a hospital.", "El trabajador fue trasladado en helicóptero a un hospital."),
    ("Donations go to the Pueblo Library Foundation.", "Las donaciones van a la Fundación de la Biblioteca de Pueblo."),
    ("The Electoral College meets near the school.", "El Colegio Electoral se reúne cerca de la escuela."),
    ("Ordinary citizens in a car were stopped.", "Los ciudadanos de a pie en un auto fueron detenidos."),
    # a lawyers' "colegio", and a voters' one
    ("He was admitted to the state bar in 1998.", "Fue admitido en el colegio de abogados del estado en 1998."),
    ("The polling station near the school opened at 7 a.m.",
     "El colegio electoral cerca de la escuela abrió a las 7 a.m."),
    ("Property taxes fund most of the district's budget.",
     "El impuesto predial financia la mayor parte del presupuesto del distrito."),
    ("The hotel tax pays for the convention center.", "El impuesto de hospedaje paga el centro de convenciones."),
    ("The family asks that donations be made to the Austin Food Bank.",
     "La familia pide que se hagan donaciones al Banco de Alimentos de Austin."),
    ("The dog was taken to the Austin Humane Society.",
     "El perro fue llevado a la Sociedad Protectora de Animales de Austin."),
    # said by one side only, or in a name
    ("Students were taken from the school to the hospital.", "Los estudiantes fueron llevados al hospital."),
    ("She works at Methodist Hospital near the park.", "Trabaja en el hospital Metodista cerca del parque."),
    ("The train station reopened.", "La estación de ferrocarril reabrió."),
    ("Farmers grow corn, potatoes and tomatoes.", "Los agricultores cultivan maíz, tomates y patatas."),
    ("Soybean prices fell.", "Los precios del trigo y la soja cayeron."),  # (one more crop in Spanish)
])
def test_a_venue_said_alike_or_left_out_is_not_reported(en, es):
    assert _findings(en, es) == []


VENUE_TURNED = {"escuela": "iglesia", "escuelas": "iglesias", "colegio": "hospital", "hospital": "escuela",
                "hospitales": "escuelas", "banco": "hotel", "bancos": "hoteles", "hotel": "banco", "hoteles": "bancos",
                "cárcel": "escuela", "prisión": "escuela", "museo": "aeropuerto", "iglesia": "escuela",
                "aeropuerto": "museo", "restaurante": "parque", "restaurantes": "parques", "estadio": "museo",
                "parque": "restaurante", "supermercado": "banco", "biblioteca": "escuela"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_venues_and_turned_ones_are_found():
    """474 sentence pairs of the dev corpus name a venue on both sides; one names another, a false friend of the
    corpus's translator ("in the libraries" / "a las librerías"); with the first Spanish venue turned into another,
    375 of 390 are found (not where the English names the new one too). With a school, a hospital, a church, a
    library or a museum read in an institution's name too ("Pueblo Library" / "Museo de Pueblo"): 522 pairs, the
    same one another, 397 of 406 found; with a food bank and an animal shelter: 523, the same one, 397 of 406; with
    train and bus stations: 526, the same one, 397 of 406."""
    compared, disagreeing, swapped, found = contrast_measure(descriptions.venues, descriptions.changed, VENUE_TURNED)
    assert compared >= 400 and disagreeing <= 1
    assert swapped >= 300 and found >= 0.93 * swapped
    compared, disagreeing, _, _ = contrast_measure(descriptions.traffic_controls, descriptions.changed, {})
    assert disagreeing == 0


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The body was found in the river.", "El cuerpo fue encontrado en el lago.", "lago",
     "river in English but lake ('lago') in Spanish"),
    ("The car went into a pond.", "El auto cayó a un arroyo.", "arroyo",
     "pond in English but creek ('arroyo') in Spanish"),
    ("The boy drowned in a backyard pool.", "El niño se ahogó en un lago.", "lago",
     "pool ('backyard pool') in English but lake ('lago') in Spanish"),
])
def test_a_water_said_as_another_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Crews searched the Rio Grande near Lake Amistad.",
     "Los equipos buscaron en el río Bravo cerca del lago Amistad."),
    ("The body was found in the river.", "El cuerpo fue encontrado en el río."),
    ("The boy drowned in a backyard pool.", "El niño se ahogó en la piscina de su casa."),
    ("She was chosen from a pool of 40 applicants near the lake.", "Fue elegida entre 40 aspirantes cerca del lago."),
])
def test_a_water_said_alike_or_in_a_name_is_not_reported(en, es):
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_their_waters_and_turned_ones_are_found():
    """31 sentence pairs of the dev corpus name a river, a lake, a sea or a pond on both sides, none another; with the
    first Spanish one turned into another, all 29 are found."""
    turned = {"río": "lago", "ríos": "lagos", "lago": "río", "lagos": "ríos", "mar": "lago", "océano": "río",
              "arroyo": "lago", "estanque": "río", "canal": "río"}
    compared, disagreeing, swapped, found = contrast_measure(descriptions.waters, descriptions.changed, turned)
    assert compared >= 25 and disagreeing == 0
    assert swapped >= 25 and found == swapped


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Students must bring a copy of their birth certificate.", "Los estudiantes deben traer una copia de su pasaporte.",
     "pasaporte", "birth certificate in English but passport ('pasaporte') in Spanish"),
    ("Bring a utility bill as proof of address.", "Traiga un talón de pago como comprobante de domicilio.",
     "talón de pago", "utility bill in English but pay stub ('talón de pago') in Spanish"),
    ("Voters must show a driver's license.", "Los votantes deben mostrar su tarjeta del Seguro Social.",
     "tarjeta del Seguro Social",
     "driver's license in English but Social Security card ('tarjeta del Seguro Social') in Spanish"),
    ("The symptoms include fever and cough.", "Los síntomas incluyen fiebre y dolor de cabeza.", "dolor de cabeza",
     "cough in English but headache ('dolor de cabeza') in Spanish"),
    ("She died peacefully at home surrounded by family.", "Murió en el hospital rodeada de su familia.", "hospital",
     "home ('at home') in English but hospital in Spanish"),
    ("The victim was pronounced dead at the scene.", "La víctima murió en el hospital.", "hospital",
     "scene ('at the scene') in English but hospital in Spanish"),
])
def test_a_document_a_symptom_or_where_one_died_said_as_another_is_reported(en, es, flagged, message):
    """The papers an office asks for are what a reader brings to the counter, the symptoms of a notice what a reader
    watches for: one said as another misleads them."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Applicants need a driver's license or a passport.",
     "Los solicitantes necesitan una licencia de conducir o un pasaporte."),
    ("Bring a utility bill as proof of address.", "Traiga un recibo de luz como comprobante de domicilio."),
    ("Bring a photo ID.", "Traiga su pasaporte."),  # one side names no document of the table
    ("Symptoms include fever, cough and shortness of breath.",
     "Los síntomas incluyen fiebre, tos y dificultad para respirar."),
    ("The Rockets lost at home.", "Los Rockets perdieron en casa."),
])
def test_a_document_or_a_symptom_said_alike_or_left_out_is_not_reported(en, es):
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_their_documents_and_turned_ones_are_found():
    """31 sentence pairs of the dev corpus name a document on both sides (a visa, a passport, a diploma, a driver's
    license), none another; with the first Spanish one turned into another, all 23 are found."""
    turned = {"pasaporte": "acta de nacimiento", "pasaportes": "visas", "visa": "pasaporte", "visas": "pasaportes",
              "visado": "pasaporte", "diploma": "pasaporte", "licencia de conducir": "pasaporte"}
    compared, disagreeing, swapped, found = contrast_measure(descriptions.documents, descriptions.changed, turned)
    assert compared >= 25 and disagreeing == 0
    assert swapped >= 20 and found == swapped


@needs_corpus
def test_faithful_corpus_pairs_keep_their_symptoms_and_turned_ones_are_found():
    """86 sentence pairs of the dev corpus (tico19, mostly) list a symptom on both sides, none another; with the first
    Spanish one turned into another, 61 of 64 are found (not where the English lists the new one too)."""
    turned = {"fiebre": "tos", "tos": "fiebre", "diarrea": "fiebre", "fatiga": "fiebre"}
    compared, disagreeing, swapped, found = contrast_measure(descriptions.symptoms, descriptions.changed, turned)
    assert compared >= 80 and disagreeing == 0
    assert swapped >= 55 and found >= 0.9 * swapped


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The zoo welcomed a baby giraffe on Friday.",
     "El zoológico dio la bienvenida a un bebé elefante el viernes.", "elefante",
     "giraffe in English but elephant ('elefante') in Spanish"),
    ("The boy was bitten by a rabid raccoon.", "El niño fue mordido por un zorro rabioso.", "zorro",
     "raccoon in English but fox ('zorro') in Spanish"),
    ("Scientists discovered a new species of frog in the Andes.",
     "Científicos descubrieron una nueva especie de serpiente en los Andes.", "serpiente",
     "frog in English but snake ('serpiente') in Spanish"),
    ("A black bear was spotted near the school.", "Un puma fue visto cerca de la escuela.", "puma",
     "bear ('black bear') in English but mountain lion ('puma') in Spanish"),
    ("The suspect fled on foot.", "El sospechoso huyó en automóvil.", "en automóvil",
     "on foot in English but vehicle ('en automóvil') in Spanish"),
    ("He arrived on a motorcycle.", "Llegó en bicicleta.", "en bicicleta",
     "motorcycle ('on a motorcycle') in English but bicycle ('en bicicleta') in Spanish"),
    ("The outbreak has been traced to contaminated lettuce.",
     "El brote se ha atribuido a espinacas contaminadas.", "espinacas",
     "lettuce in English but spinach ('espinacas') in Spanish"),
    ("The exhibit features more than 100 paintings.", "La exposición presenta más de 100 esculturas.", "esculturas",
     "painting ('paintings') in English but sculpture ('esculturas') in Spanish"),
    ("The rover landed on Mars in February 2021.",
     "El vehículo explorador aterrizó en la Luna en febrero de 2021.", "la Luna",
     "Mars in English but moon ('la Luna') in Spanish"),
    ("He covers immigration and the border for the Express-News.",
     "Cubre temas de política para el Express-News.", "Cubre temas de política",
     "immigration ('covers immigration') in English but politics ('Cubre temas de política') in Spanish"),
    ("The overdose deaths involved fentanyl.", "Las muertes por sobredosis involucraron heroína.", "heroína",
     "fentanyl in English but heroin ('heroína') in Spanish"),
    ("The high school football team won the state championship.",
     "El equipo de béisbol de la preparatoria ganó el campeonato estatal.", "béisbol",
     "football in English but baseball ('béisbol') in Spanish"),
    ("The professor won a Nobel Prize in chemistry.",
     "El profesor ganó un Premio Nobel de física.", "Premio Nobel de física",
     "chemistry ('Nobel Prize in chemistry') in English but physics ('Premio Nobel de física') in Spanish"),
    ("The mosque was vandalized over the weekend.", "La sinagoga fue vandalizada el fin de semana.", "sinagoga",
     "mosque in English but synagogue ('sinagoga') in Spanish"),
    ("The parish raised $30,000 for the food pantry.",
     "La parroquia recaudó 30.000 dólares para el refugio.", "refugio",
     "food bank ('food pantry') in English but shelter ('refugio') in Spanish"),
    ("The new bike lanes will connect downtown to the university.",
     "Los nuevos carriles para bicicletas conectarán el centro con el aeropuerto.", "aeropuerto",
     "university in English but airport ('aeropuerto') in Spanish"),
    ("She has a degree in nursing.", "Tiene una licenciatura en ingeniería.", "licenciatura en ingeniería",
     "nursing ('degree in nursing') in English but engineering ('licenciatura en ingeniería') in Spanish"),
    ("He studied journalism at Columbia University.",
     "Estudió economía en la Universidad de Columbia.", "Estudió economía",
     "journalism ('studied journalism') in English but economics ('Estudió economía') in Spanish"),
    ("The boy, 12, was riding his bike when he was hit.",
     "El niño, de 12 años, iba caminando cuando fue atropellado.", "iba caminando",
     "bicycle ('riding his bike') in English but on foot ('iba caminando') in Spanish"),
    ("The price of beef has doubled.", "El precio del pollo se ha duplicado.", "pollo",
     "beef in English but chicken ('pollo') in Spanish"),
    ("The ranch has 500 head of cattle.", "El rancho tiene 500 cabezas de ovejas.", "ovejas",
     "cow ('cattle') in English but sheep ('ovejas') in Spanish"),
    ("The family has temporary protected status.", "La familia tiene residencia permanente.", "residencia permanente",
     "temporary protected status in English but permanent residency ('residencia permanente') in Spanish"),
    ("The judge granted the family asylum.",
     "El juez concedió a la familia la residencia.", "concedió a la familia la residencia",
     "asylum in English but permanent residency ('concedió a la familia la residencia') in Spanish"),
    ("The bill would give Dreamers a path to citizenship.",
     "El proyecto daría a los soñadores permisos de trabajo.", "permisos de trabajo",
     "citizenship in English but work permit ('permisos de trabajo') in Spanish"),
    ("The victim worked as a cashier at the grocery store.",
     "La víctima trabajaba como gerente en la tienda de comestibles.", "trabajaba como gerente",
     "cashier ('worked as a cashier') in English but manager ('trabajaba como gerente') in Spanish"),
    ("He worked as a truck driver for 30 years.",
     "Trabajó como electricista durante 30 años.", "Trabajó como electricista",
     "truck driver ('worked as a truck driver') in English but electrician ('Trabajó como electricista') in Spanish"),
    ("The restaurant serves breakfast and lunch only.", "El restaurante sirve solo cenas.", "cenas",
     "breakfast in English but dinner ('cenas') in Spanish"),
    ("The girl drowned in a neighbor's pool.", "La niña se ahogó en un río.", "río",
     'pool ("a neighbor\'s pool") in English but river (\'río\') in Spanish'),
    ("The boat capsized in the Gulf of Mexico.", "La lancha se volcó en el lago Travis.", "lago",
     "ocean ('the Gulf') in English but lake ('lago') in Spanish"),
    ("The rabbi led the prayer service.", "El sacerdote dirigió el servicio de oración.", "sacerdote",
     "rabbi in English but priest ('sacerdote') in Spanish"),
])
def test_an_animal_a_crop_a_work_of_art_a_field_a_drug_or_a_sport_turned_is_reported(en, es, flagged, message):
    """The tables of the forty-third round: more animals (a zoo's, rabies alerts'), the ways of getting somewhere by
    motorcycle or bicycle, produce an outbreak is traced to, what an exhibit shows, a mission's planet, a reporter's
    beat in a bio, the drug of an overdose, a team's sport, a prize's or a degree's field, and more venues (a
    university, a mosque, a synagogue, a shelter)."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The Chicago Bears won on Sunday.", "Los Osos de Chicago ganaron el domingo."),
    ("The soccer team won the title.", "El equipo de fútbol ganó el título."),
    ("Investors see gold as a safe haven.", "Los inversionistas ven el oro como un refugio seguro."),
    ("Lions are the most social cats.", "Los leones son los felinos más sociables."),
    ("Police seized cocaine and marijuana.", "La policía incautó cocaína y marihuana."),
    ("The gym offers physical therapy.", "El gimnasio ofrece terapia física."),
    ("Maria Lopez is a reporter covering education for the Tribune.",
     "María López es reportera de educación del Tribune."),
    ("She was treated at St. Luke's Hospital.", "Fue atendida en el Hospital San Lucas."),
    ("The woman was walking to her car when she was hit.", "La mujer caminaba hacia su auto cuando fue atropellada."),
    ("The price of pork chops rose.", "Subió el precio de las chuletas de cerdo."),
    ("The city manager said the budget is balanced.", "La gerente municipal dijo que el presupuesto está equilibrado."),
    ("The governor's residence was vandalized.", "La residencia del gobernador fue vandalizada."),
    ("She worked as a cashier before becoming a manager.", "Trabajó como cajera antes de convertirse en gerente."),
    ("The bishop celebrated Mass at the cathedral.", "El obispo celebró misa en la catedral."),
    ("The foreign minister met the bishop.", "El ministro de Relaciones Exteriores se reunió con el obispo."),
])
def test_a_team_a_safe_haven_or_an_adjective_is_no_such_thing(en, es):
    """A team's name ("the Bears"), soccer called "fútbol", a safe haven ("refugio seguro"), felines, the Spanish
    adjectives "física" and "química" beside their nouns, and a field said alike are not reported."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_their_new_tables():
    """The dev corpus's faithful sentence pairs that name an animal (63), a work of art (23), a planet, the moon or
    the sun (44), a drug (1), a sport (17), a field of study (3; 1 before law, medicine and the others of the
    forty-fourth round were read), an immigrant's status (7), a way of getting somewhere (7), a crop or a food (23),
    a kind of gun (4), an organ (16), a declaration (11), an athlete's record (8), a recall's hazard (1), an injury
    (1) or how a disease spreads (3) on both sides name the same one (an animal: 54 before felines were cats, "Lions
    are the most social cats" / "los felinos"; a venue: 548, none another but the one false friend: a safe haven is
    a shelter, "refugio seguro")."""
    for find in (descriptions.animals, descriptions.artworks, descriptions.celestial_bodies, descriptions.drugs,
                 descriptions.sports, descriptions.subjects, descriptions.immigration_statuses, descriptions.means,
                 descriptions.crops, descriptions.meals, descriptions.clergy, descriptions.gun_kinds,
                 descriptions.organs, descriptions.declarations, descriptions.records,
                 descriptions.recall_hazards, descriptions.injuries, descriptions.transmission):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Police said the man was armed with a rifle.", "La policía dijo que el hombre estaba armado con una pistola.",
     "pistola", "long gun ('rifle') in English but handgun ('pistola') in Spanish"),
    ("Investigators recovered a handgun at the scene.", "Los investigadores recuperaron una escopeta en el lugar.",
     "escopeta", "handgun in English but long gun ('escopeta') in Spanish"),
    ("Doctors removed a tumor from her lung.", "Los médicos le extirparon un tumor del hígado.", "tumor del hígado",
     "lung ('tumor from her lung') in English but liver ('tumor del hígado') in Spanish"),
    ("He is waiting for a kidney transplant.", "Espera un trasplante de corazón.", "trasplante de corazón",
     "kidney ('kidney transplant') in English but heart ('trasplante de corazón') in Spanish"),
    ("The governor declared a state of emergency.", "El gobernador declaró toque de queda.", "toque de queda",
     "state of emergency in English but curfew ('toque de queda') in Spanish"),
    ("The county is under a burn ban.", "El condado está bajo una alerta de calor.", "alerta de calor",
     "burn ban in English but heat advisory ('alerta de calor') in Spanish"),
    ("Students will be required to wear uniforms next year.",
     "Los estudiantes deberán usar mascarillas el próximo año.", "mascarillas",
     "uniform ('uniforms') in English but mask ('mascarillas') in Spanish"),
    ("Test scores in math improved this year.", "Los resultados en lectura mejoraron este año.",
     "resultados en lectura", "mathematics ('scores in math') in English but reading ('resultados en lectura') in "
     "Spanish"),
    ("He graduated with a degree in journalism.", "Se graduó con un título en derecho.", "título en derecho",
     "journalism ('degree in journalism') in English but law ('título en derecho') in Spanish"),
    ("The donation will fund scholarships for nursing students.",
     "La donación financiará becas para estudiantes de ingeniería.", "estudiantes de ingeniería",
     "nursing ('nursing students') in English but engineering ('estudiantes de ingeniería') in Spanish"),
    ("She set a personal record in the marathon.", "Estableció un récord mundial en el maratón.", "récord mundial",
     "personal record in English but world record ('récord mundial') in Spanish"),
    ("The product was recalled because of a choking hazard.", "El producto fue retirado por riesgo de incendio.",
     "riesgo de incendio", "choking ('choking hazard') in English but fire ('riesgo de incendio') in Spanish"),
    ("The town's only grocery store closed.", "Cerró la única farmacia del pueblo.", "farmacia",
     "store ('grocery store') in English but pharmacy ('farmacia') in Spanish"),
    ("The man was found dead in his cell.", "El hombre fue encontrado muerto en su casa.", "en su casa",
     "prison ('in his cell') in English but home ('en su casa') in Spanish"),
    ("The hospital is treating the patient for burns.", "El hospital trata al paciente por fracturas.", "fracturas",
     "burns ('for burns') in English but fracture ('fracturas') in Spanish"),
    ("The boy suffered a concussion.", "El niño sufrió una fractura.", "fractura",
     "concussion in English but fracture ('fractura') in Spanish"),
    ("The virus spreads through mosquito bites.", "El virus se transmite por el aire.", "por el aire",
     "mosquitoes ('through mosquito bites') in English but air ('por el aire') in Spanish"),
])
def test_a_gun_an_organ_a_declaration_a_field_or_a_record_turned_is_reported(en, es, flagged, message):
    """The tables of the forty-fourth round: a handgun said a long gun, the organ of a transplant, a failure or a
    tumor, what an official declared or a county is under, a uniform, a field read beside test scores or students
    (and law, medicine and history beside a degree), the record an athlete set, the hazard of a recall, a pharmacy,
    a jail cell, an injury a person was treated for and how a disease spreads."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("He pulled out a gun and fired.", "Sacó una pistola y disparó."),
    ("Officers found a rifle and a pistol in the car.", "Los agentes encontraron un rifle y una pistola en el auto."),
    ("The boy was shot with a pellet rifle.", "El niño recibió un disparo de una pistola de balines."),
    ("The suspect carried an assault rifle.", "El sospechoso llevaba un fusil de asalto."),
    ("Officers used a Taser on the man.", "Los agentes usaron una pistola eléctrica contra el hombre."),
    ("The heart of downtown is the plaza.", "El corazón del centro es la plaza."),
    ("He has kidney stones and heart disease.", "Tiene cálculos renales y una enfermedad cardíaca."),
    ("The state of emergency was lifted.", "Se levantó el estado de excepción."),
    ("The team made history on Sunday.", "El equipo hizo historia el domingo."),
    ("She studied law and history.", "Estudió derecho e historia."),
    ("Physical education students ran a mile.", "Los estudiantes de educación física corrieron una milla."),
    ("Officers in uniform guarded the door.", "Agentes con uniforme custodiaron la puerta."),
    ("She broke the world record.", "Rompió el récord mundial."),
    ("Stores except supermarkets and pharmacies closed.", "Cerraron las tiendas salvo supermercados y farmacias."),
    ("The toys were recalled because of a choking hazard.", "Los juguetes fueron retirados por riesgo de asfixia."),
    ("He called her cell twice.", "La llamó dos veces al celular."),
    ("The fire burns on.", "El incendio sigue ardiendo."),
    ("Two firefighters were treated for heat exhaustion.", "Dos bomberos fueron atendidos por agotamiento por calor."),
    ("The disease is spread by ticks.", "La enfermedad se transmite por garrapatas."),
    ("Supplies arrived by air.", "Los suministros llegaron por mosquitos."),
])
def test_a_gun_of_no_kind_an_organ_as_a_figure_or_a_field_said_alike_is_not_reported(en, es):
    """"gun" names no kind ("pistola" often translates it), a gun that fires no bullets is no handgun, a heart is
    read only as an organ, and a common noun of a field only beside a degree, studies or a class."""
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Burglars stole jewelry and a television from the home.",
     "Los ladrones robaron dinero en efectivo y un televisor de la casa.", "dinero en efectivo",
     "jewelry in English but cash ('dinero en efectivo') in Spanish"),
    ("The thief took her wallet and fled.", "El ladrón le quitó el teléfono celular y huyó.", "teléfono celular",
     "wallet in English but phone ('teléfono celular') in Spanish"),
    ("Someone stole a laptop from his car.", "Alguien robó una bicicleta de su auto.", "bicicleta",
     "computer ('laptop') in English but bicycle ('bicicleta') in Spanish"),
    ("The suspects stole catalytic converters from a dozen cars.",
     "Los sospechosos robaron llantas de una docena de autos.", "llantas",
     "catalytic converter ('catalytic converters') in English but tires ('llantas') in Spanish"),
    ("The robber demanded cash from the clerk.", "El asaltante exigió los cigarrillos al empleado.", "cigarrillos",
     "cash in English but cigarettes ('cigarrillos') in Spanish"),
    ("Police recovered the stolen truck in Pasadena.",
     "La policía recuperó la motocicleta robada en Pasadena.", "motocicleta",
     "car ('truck') in English but motorcycle ('motocicleta') in Spanish"),
    ("Police found drugs and a handgun in the car.", "La policía encontró drogas y dinero en el auto.", "dinero",
     "gun ('handgun') in English but cash ('dinero') in Spanish"),
    ("The boat capsized off the coast of Galveston.", "El barco se volcó en el río cerca de Galveston.", "río",
     "ocean ('coast') in English but river ('río') in Spanish"),
    ("The sheriff's office is investigating the shooting.",
     "El departamento de policía investiga el tiroteo.", "departamento de policía",
     'sheriff ("sheriff\'s office") in English but city police (\'departamento de policía\') in Spanish'),
    ("State troopers closed the highway.", "La policía municipal cerró la carretera.", "policía municipal",
     "state police ('State troopers') in English but city police ('policía municipal') in Spanish"),
    ("The county judge signed the order.", "El juez federal firmó la orden.", "juez federal",
     "county ('county judge') in English but federal ('juez federal') in Spanish"),
    ("The quarterback threw three touchdown passes.",
     "El mariscal de campo lanzó tres intercepciones.", "intercepciones",
     "touchdown ('touchdown passes') in English but interception ('intercepciones') in Spanish"),
    ("The game went to extra innings.", "El partido se fue a penales.", "a penales",
     "extra time ('extra innings') in English but penalties ('a penales') in Spanish"),
    ("The pitcher struck out ten batters.", "El receptor ponchó a diez bateadores.", "receptor",
     "pitcher in English but receiver ('receptor') in Spanish"),
    ("He plays left field.", "Juega en el jardín derecho.", "jardín derecho",
     "left field in English but right field ('jardín derecho') in Spanish"),
    ("The runner finished third in the marathon.", "El corredor terminó tercero en el medio maratón.", "medio maratón",
     "marathon in English but half marathon ('medio maratón') in Spanish"),
    ("She will compete in the long jump.", "Competirá en el salto de altura.", "salto de altura",
     "long jump in English but high jump ('salto de altura') in Spanish"),
    ("The new bike lanes will be built on Main Street.",
     "Los nuevos carriles para autobuses se construirán en la calle Main.", "carriles para autobuses",
     "bike lane ('bike lanes') in English but bus lane ('carriles para autobuses') in Spanish"),
    ("The event will be held at the convention center.", "El evento se llevará a cabo en el estadio.", "estadio",
     "convention center in English but stadium ('estadio') in Spanish"),
    ("The concert moved to the high school gym.",
     "El concierto se trasladó a la biblioteca de la escuela.", "biblioteca",
     "gym in English but library ('biblioteca') in Spanish"),
    ("The protest took place outside city hall.", "La protesta tuvo lugar frente a la corte.", "frente a la corte",
     "city hall in English but courthouse ('frente a la corte') in Spanish"),
    ("The crash happened at an intersection.", "El choque ocurrió en un puente.", "puente",
     "intersection in English but bridge ('puente') in Spanish"),
    ("The fire started in a vacant warehouse.", "El incendio comenzó en una iglesia abandonada.", "iglesia",
     "warehouse in English but church ('iglesia') in Spanish"),
    ("The pedestrian was struck in a crosswalk.", "El peatón fue atropellado en la banqueta.", "banqueta",
     "crosswalk in English but sidewalk ('banqueta') in Spanish"),
    ("The shooting happened at an apartment complex on the south side.",
     "El tiroteo ocurrió en un centro comercial en el lado sur.", "centro comercial",
     "apartment complex in English but mall ('centro comercial') in Spanish"),
    ("The band will perform at the stadium.", "La banda se presentará en el teatro.", "teatro",
     "stadium in English but theater ('teatro') in Spanish"),
    ("The woman was found dead in her apartment.", "La mujer fue encontrada muerta en su auto.", "en su auto",
     "home ('in her apartment') in English but car ('en su auto') in Spanish"),
    ("A memorial service will be held Saturday at the church.",
     "Se celebrará una misa el sábado en la funeraria.", "funeraria",
     "church in English but funeral home ('funeraria') in Spanish"),
    ("Deputies found the boy hiding in a closet.", "Los agentes encontraron al niño escondido en el ático.", "ático",
     "closet in English but attic ('ático') in Spanish"),
    ("Authorities said alcohol was a factor in the crash.",
     "Las autoridades dijeron que la velocidad fue un factor en el choque.", "la velocidad fue un factor",
     "alcohol ('alcohol was a factor') in English but speed ('la velocidad fue un factor') in Spanish"),
    ("The chemical spill closed the interstate.", "El derrame de petróleo cerró la autopista.", "derrame de petróleo",
     "chemical ('chemical spill') in English but oil ('derrame de petróleo') in Spanish"),
    ("The hospital opened a new emergency room.",
     "El hospital abrió una nueva sala de maternidad.", "sala de maternidad",
     "emergency room in English but maternity ward ('sala de maternidad') in Spanish"),
    ("The clinic will offer free mammograms.", "La clínica ofrecerá colonoscopias gratuitas.", "colonoscopias",
     "mammogram ('mammograms') in English but colonoscopy ('colonoscopias') in Spanish"),
    ("The virus spreads through contaminated water.",
     "El virus se transmite por picaduras de mosquito.", "por picaduras de mosquito",
     "water ('through contaminated water') in English but mosquitoes ('por picaduras de mosquito') in Spanish"),
    ("Fans must show a negative test.",
     "Los aficionados deben mostrar un comprobante de vacunación.", "comprobante de vacunación",
     "negative test in English but vaccination record ('comprobante de vacunación') in Spanish"),
    ("The agency fined the company $50,000.",
     "La agencia otorgó a la empresa una subvención de 50,000 dólares.", "subvención",
     "fine ('fined') in English but grant ('subvención') in Spanish"),
    ("Property taxes will rise next year.",
     "Los impuestos sobre las ventas subirán el próximo año.", "impuestos sobre las ventas",
     "property tax ('Property taxes') in English but sales tax ('impuestos sobre las ventas') in Spanish"),
    ("The author will sign copies of her new novel.",
     "La autora firmará ejemplares de su nuevo libro de poemas.", "libro de poemas",
     "novel ('new novel') in English but poetry ('libro de poemas') in Spanish"),
    ("The theater will stage a musical.", "El teatro presentará una ópera.", "ópera",
     "musical ('a musical') in English but opera ('ópera') in Spanish"),
    ("Researchers tested the drug on mice.", "Los investigadores probaron el medicamento en perros.", "perros",
     "mouse ('mice') in English but dog ('perros') in Spanish"),
    ("She is a graduate of Harvard Law School.",
     "Se graduó de la Facultad de Medicina de Harvard.", "Facultad de Medicina",
     "law ('Law School') in English but medicine ('Facultad de Medicina') in Spanish"),
    ("The thieves stole a safe containing $20,000.",
     "Los ladrones robaron una caja registradora con 20,000 dólares.", "caja registradora",
     "safe ('a safe containing') in English but cash register ('caja registradora') in Spanish"),
    ("A man stole a delivery truck full of packages.",
     "Un hombre robó un camión de reparto lleno de muebles.", "muebles",
     "packages in English but furniture ('muebles') in Spanish"),
    ("The woman was robbed at gunpoint at an ATM.",
     "La mujer fue asaltada a punta de cuchillo en un cajero automático.", "cuchillo",
     "gun ('gunpoint') in English but knife ('cuchillo') in Spanish"),
    ("Deputies seized cash and jewelry from the home.", "Los agentes incautaron drogas y armas de la casa.", "drogas",
     "cash in English but drugs ('drogas') in Spanish"),
    ("The girl was pulled from the surf.", "La niña fue sacada de una piscina.", "piscina",
     "ocean ('the surf') in English but pool ('piscina') in Spanish"),
    ("The crash happened in a school zone.", "El choque ocurrió en una zona de construcción.", "zona de construcción",
     "school zone in English but construction zone ('zona de construcción') in Spanish"),
    ("Firefighters battled the blaze from the roof.", "Los bomberos combatieron el fuego desde el sótano.", "sótano",
     "roof in English but basement ('sótano') in Spanish"),
    ("The officer was hit by a drunk driver.",
     "El oficial fue atropellado por un conductor distraído.", "conductor distraído",
     "drunk ('drunk driver') in English but distracted ('conductor distraído') in Spanish"),
    ("The suspect was arrested at the border.", "El sospechoso fue arrestado en el aeropuerto.", "aeropuerto",
     "border ('at the border') in English but airport ('aeropuerto') in Spanish"),
    ("The crash was caught on a dashcam.", "El choque fue captado por una cámara de seguridad.", "cámara de seguridad",
     "dashcam in English but security camera ('cámara de seguridad') in Spanish"),
    ("A bear was spotted near the elementary school.", "Se vio un coyote cerca de la escuela primaria.", "coyote",
     "bear ('A bear') in English but coyote in Spanish"),
    ("The new park will have a splash pad.", "El nuevo parque tendrá una pista de patinaje.", "pista de patinaje",
     "splash pad in English but skating rink ('pista de patinaje') in Spanish"),
    ("The city will build a skate park.", "La ciudad construirá un parque para perros.", "parque para perros",
     "skate park in English but dog park ('parque para perros') in Spanish"),
    ("The church will host a blood drive.", "La iglesia organizará una colecta de juguetes.", "colecta de juguetes",
     "blood ('blood drive') in English but toys ('colecta de juguetes') in Spanish"),
    ("The hikers were lost in the desert for two days.",
     "Los excursionistas estuvieron perdidos en el bosque durante dos días.", "bosque",
     "desert in English but woods ('bosque') in Spanish"),
    ("The body was found in a wooded area near the highway.",
     "El cuerpo fue encontrado en una zona residencial cerca de la carretera.", "zona residencial",
     "woods ('wooded area') in English but residential area ('zona residencial') in Spanish"),
    ("The migrants crossed the river near Eagle Pass.",
     "Los migrantes cruzaron el desierto cerca de Eagle Pass.", "desierto",
     "river in English but desert ('desierto') in Spanish"),
    ("The driver hit a utility pole.", "El conductor chocó contra un árbol.", "árbol",
     "pole ('utility pole') in English but tree ('árbol') in Spanish"),
    ("The car went off the road and into a ravine.", "El auto se salió de la carretera y cayó a un río.", "río",
     "ravine in English but river ('río') in Spanish"),
    ("Crews repaired the water main overnight.",
     "Los equipos repararon la línea de gas durante la noche.", "línea de gas",
     "water ('water main') in English but gas ('línea de gas') in Spanish"),
    ("The dog was found chained in the backyard.", "El perro fue encontrado encadenado en el garaje.", "garaje",
     "yard ('backyard') in English but garage ('garaje') in Spanish"),
    ("The state health department reported 12 cases.",
     "El departamento de salud del condado reportó 12 casos.", "departamento de salud del condado",
     "state ('state health department') in English but county ('departamento de salud del condado') in Spanish"),
    ("The ordinance bans smoking in parks.", "La ordenanza prohíbe el alcohol en los parques.", "alcohol",
     "smoking in English but alcohol in Spanish"),
    ("The trail is closed to bikes.", "El sendero está cerrado a los caballos.", "caballos",
     "bikes in English but horses ('caballos') in Spanish"),
    ("The bridge is closed to trucks.", "El puente está cerrado a los peatones.", "peatones",
     "trucks in English but pedestrians ('peatones') in Spanish"),
    ("The bill would ban plastic bags.", "El proyecto prohibiría las bolsas de papel.", "bolsas de papel",
     "plastic bags in English but paper bags ('bolsas de papel') in Spanish"),
    ("The city will replace lead pipes.", "La ciudad reemplazará las tuberías de cobre.", "tuberías de cobre",
     "lead pipes in English but copper pipes ('tuberías de cobre') in Spanish"),
])
def test_a_thing_taken_a_place_an_agency_a_court_or_a_game_turned_is_reported(en, es, flagged, message):
    """The tables of the forty-fifth round: what a thief took or the police found, the land a body was found on, the
    coast and the road, who investigates (a sheriff, a city's police, a state's troopers), a court's level, a game's
    statistics and a player's position, a race, a street's lane, the new venues (a convention center, a gym, city
    hall, a courthouse, an intersection, a crosswalk, an apartment complex, a theater, a funeral home, a car, a
    school zone, the border), a closet and a roof, what a car hit, the driver who hit someone, what played a part in
    a crash, the camera that caught it, what spilled, a hospital's unit, a screening, a negative test, a fine, a tax
    said at a sentence's start, a novel, a stage's show, the mouse and the birds, a law school, what a park gets and
    what a drive collects, and a robbery at gunpoint."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Burglars stole jewelry and a television from the home.",
     "Los ladrones robaron joyas y un televisor de la vivienda."),
    ("Someone stole a laptop from his car overnight.",
     "Alguien robó una computadora portátil de su auto durante la noche."),
    ("Thieves made off with cash and cigarettes.", "Los ladrones se llevaron dinero en efectivo y cigarrillos."),
    ("A stolen pickup truck was found in a ditch.", "Una camioneta robada fue encontrada en una zanja."),
    ("He took his car to the shop.", "Llevó su auto al taller."),
    ("Police found drugs and a handgun in the car.", "La policía encontró drogas y una pistola en el auto."),
    ("The hikers got lost in the woods near the lake.", "Los excursionistas se perdieron en el bosque cerca del lago."),
    ("The plane went down in a field near the airport.", "La avioneta cayó en un campo cerca del aeropuerto."),
    ("A boat capsized off the coast of Padre Island.",
     "Una embarcación se volcó frente a la costa de la isla del Padre."),
    ("The cuts were a drop in the ocean.", "Los recortes fueron un grano de arena en el desierto."),
    ("Small teams enter the woods.", "Pequeños equipos se van a la montaña."),
    ("The sheriff's office is investigating the death.", "La oficina del alguacil investiga la muerte."),
    ("State troopers stopped the car on Interstate 35.",
     "Agentes de la policía estatal detuvieron el auto en la carretera interestatal 35."),
    ("A federal judge blocked the law on Friday.", "Un juez federal bloqueó la ley el viernes."),
    ("The county judge declared a disaster.", "El juez del condado declaró el desastre."),
    ("The quarterback threw two touchdown passes and an interception.",
     "El mariscal de campo lanzó dos pases de touchdown y una intercepción."),
    ("Favre found Coles for a 12-yard touchdown.", "Favre encontró a Coles para una anotación de 12 yardas."),
    ("The game went into overtime.", "El partido se fue a tiempo extra."),
    ("The pitcher struck out eight batters.", "El lanzador ponchó a ocho bateadores."),
    ("He finished third in the marathon.", "Terminó tercero en el maratón."),
    ("The city will add bike lanes on Main Street.", "La ciudad añadirá carriles para bicicletas en la calle Main."),
    ("The fire started in a warehouse near the bridge.", "El incendio comenzó en un almacén cerca del puente."),
    ("Protesters gathered outside the courthouse.", "Los manifestantes se reunieron frente a la corte."),
    ("Most stores and restaurants reopened.", "La mayoría de las tiendas y restaurantes reabrieron."),
    ("The grocery store sold out of water.", "La tienda de comestibles se quedó sin agua."),
    ("Many stores still sell out within an hour.", "Muchos supermercados aún se agotan en una hora."),
    ("Goodbye, old cinema: cities close their historic theatres.",
     "Adiós al viejo cine: las ciudades cierran sus salas históricas."),
    ("The woman was found dead in her apartment.", "La mujer fue hallada muerta en su departamento."),
    ("Deputies found the boy hiding in a closet.", "Los agentes encontraron al niño escondido en un clóset."),
    ("The chemical spill closed the interstate.", "El derrame químico cerró la carretera interestatal."),
    ("Two children are in the ICU.", "Dos niños están en la sala de emergencias."),
    ("The agency fined the company $50,000.", "La agencia multó a la empresa con 50,000 dólares."),
    ("Researchers took a novel approach.", "Los investigadores adoptaron un enfoque nuevo."),
    ("Her new novel comes out in May.", "Su nueva novela sale en mayo."),
    ("The band has played musical instruments since 1990.", "La banda toca instrumentos musicales desde 1990."),
    ("She is a graduate of Harvard Law School.", "Se graduó de la Facultad de Derecho de Harvard."),
    # (federal against a state's court is decision-mismatch's; a coffee shop is a cafe)
    ("The lawsuit was filed in federal court.", "La demanda fue presentada en un tribunal estatal."),
    ("The coffee shop only accepts cash.", "La cafetería solo acepta efectivo."),
    ("The thieves stole a safe containing $20,000.", "Los ladrones robaron una caja fuerte con 20,000 dólares."),
    ("Savers moved their cash to a bank seen as a safe haven.",
     "Los ahorradores llevaron su dinero a un banco visto como un refugio seguro."),
    ("The woman was robbed at gunpoint.", "La mujer fue asaltada a punta de pistola."),
    ("Countries closed border crossings.", "Los países cerraron los cruces de fronteras."),
    ("The car went off the road and into a ditch.", "El auto se salió de la carretera y cayó a una zanja."),
    ("The officer was hit by a drunk driver.", "El oficial fue atropellado por un conductor ebrio."),
    ("The crash was caught on a security camera.", "El choque fue captado por una cámara de seguridad."),
    ("The city will build a skate park.", "La ciudad construirá un parque de patinaje."),
    ("The church will host a blood drive.", "La iglesia organizará una colecta de sangre."),
    ("The body was found in a ditch along the road.", "El cuerpo fue encontrado en una zanja junto a la carretera."),
    ("The truck hit a tree.", "El camión chocó contra un árbol."),
    ("The woods near the lake are dense.", "El bosque cerca del lago es denso."),
    ("Crews repaired a water main.", "Los equipos repararon una tubería de agua."),
    ("The dog was in the backyard.", "El perro estaba en el patio."),
    ("The county health department reported 12 cases.", "El departamento de salud del condado reportó 12 casos."),
    ("The ordinance bans smoking in parks.", "La ordenanza prohíbe fumar en los parques."),
    ("The trail is closed to bikes.", "El sendero está cerrado a las bicicletas."),
    ("The bill would ban plastic bags.", "El proyecto prohibiría las bolsas de plástico."),
    ("The city bans swimming in the lake.", "La ciudad prohíbe nadar en el lago."),
    ("He took a bath after the game.", "Se dio un baño después del partido."),
])
def test_a_thing_taken_a_place_or_a_venue_said_alike_or_in_other_words_is_not_reported(en, es):
    """A thing named where nothing was taken ("took his car to the shop"), a saying ("a drop in the ocean" / "un
    grano de arena en el desierto"), the woods entered (no place read without its preposition), a supermarket
    chain's stores, a theatre that is a cinema, "novel" as an adjective, Spanish "musicales" as one, a yard's
    length beside a touchdown, and intensive care against the emergency room (decision-mismatch's) are not
    reported here."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_forty_fifth_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, a thing taken (2), a place outdoors (50,
    with the coast and the roads; 31 before), an agency (2), a game's statistic (2), a position (3), a race (8), a
    room (12, with the closet and the roof; 9 before), a hospital's unit (1), an animal (87; 63 before the whale, the
    mouse and the birds), a work of art or a book (32), a document (33), a weapon (11) or a venue (624 with the
    round's new venues; 548 before) name the same one, but the one false friend of the venues ("libraries" /
    "librerías", a real error of the corpus's translation). Two of the round's readings cost one each before they
    were narrowed: "a safe" took "a safe haven" from the shelters, "cruces" alone made "border crossings" an
    intersection."""
    for find in (descriptions.things_taken, descriptions.waters, descriptions.law_enforcement,
                 descriptions.game_statistics, descriptions.positions, descriptions.races, descriptions.rooms,
                 descriptions.hospital_units, descriptions.animals, descriptions.artworks, descriptions.documents,
                 descriptions.arms):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0
    compared, disagreeing, _, _ = contrast_measure(descriptions.venues, descriptions.changed, {})
    assert compared >= 600 and disagreeing <= 1


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("Students will be required to take algebra in eighth grade.",
     "Los estudiantes deberán tomar geometría en octavo grado.", "tomar geometría",
     "algebra ('take algebra') in English but geometry ('tomar geometría') in Spanish"),
    ("The new policy bans cellphones during class.",
     "La nueva política prohíbe las mochilas durante las clases.", "mochilas",
     "phones ('cellphones') in English but backpacks ('mochilas') in Spanish"),
    ("The state will fund universal pre-K.", "El estado financiará el kínder universal.", "kínder",
     "pre-K in English but kindergarten ('kínder') in Spanish"),
    ("He entered the country on a tourist visa.", "Entró al país con una visa de estudiante.", "visa de estudiante",
     "tourist visa in English but student visa ('visa de estudiante') in Spanish"),
    ("The governor signed an executive order.", "El gobernador firmó una proclamación.", "proclamación",
     "executive order in English but proclamation ('proclamación') in Spanish"),
    ("Rents in the county rose 8% last year.",
     "Los precios de las viviendas en el condado subieron un 8% el año pasado.", "precios de las viviendas",
     "rent ('Rents') in English but homes ('precios de las viviendas') in Spanish"),
    ("Gas prices rose 20 cents a gallon.",
     "Los precios de la electricidad subieron 20 centavos.", "precios de la electricidad",
     "gas ('Gas prices') in English but electricity ('precios de la electricidad') in Spanish"),
    ("Egg prices doubled over the summer.", "Los precios de la leche se duplicaron durante el verano.", "leche",
     "eggs ('Egg') in English but milk ('leche') in Spanish"),
    ("The drug was recalled over contamination concerns.",
     "El medicamento fue retirado por problemas de etiquetado.", "problemas de etiquetado",
     "contamination, unnamed ('contamination') in English but labeling ('problemas de etiquetado') in Spanish"),
    ("The church will hold a vigil Sunday evening.", "La iglesia celebrará una misa el domingo por la noche.", "misa",
     "vigil in English but Mass or memorial ('misa') in Spanish"),
    ("The chef is known for her mole.", "La chef es conocida por sus tamales.", "tamales",
     "mole in English but tamales in Spanish"),
    ("The telescope found a comet.", "El telescopio encontró un asteroide.", "asteroide",
     "comet in English but asteroid ('asteroide') in Spanish"),
    ("Internet service was restored Tuesday.",
     "El servicio de teléfono se restableció el martes.", "servicio de teléfono",
     "internet ('Internet service') in English but phone ('servicio de teléfono') in Spanish"),
    ("The judge set bail at $50,000.", "El juez fijó una multa de $50,000.", "multa",
     "bail in English but fine ('multa') in Spanish"),
    ("The lawsuit seeks $2 million in damages.", "La demanda busca $2 millones en multas.", "multas",
     "damages ('in damages') in English but fine ('multas') in Spanish"),
    ("The company agreed to pay a $5 million settlement.", "La empresa aceptó pagar una multa de $5 millones.", "multa",
     "settlement in English but fine ('multa') in Spanish"),
    ("The workers got a raise.", "Los trabajadores recibieron un bono.", "un bono",
     "raise ('a raise') in English but bonus ('un bono') in Spanish"),
    ("The man drowned while swimming at the beach.", "El hombre se ahogó mientras pescaba en la playa.", "pescaba",
     "swimming in English but fishing ('pescaba') in Spanish"),
    ("She won gold in the 200-meter freestyle.", "Ganó el oro en los 200 metros mariposa.", "metros mariposa",
     "freestyle in English but butterfly ('metros mariposa') in Spanish"),
    ("The ban on plastic straws takes effect in July.",
     "La prohibición de las bolsas de plástico entra en vigor en julio.", "bolsas de plástico",
     "straws ('plastic straws') in English but plastic bags ('bolsas de plástico') in Spanish"),
    ("Protesters held a rally outside city hall.",
     "Los manifestantes realizaron un desfile frente al ayuntamiento.", "desfile",
     "protest ('rally') in English but parade ('desfile') in Spanish"),
    ("The hospital added 50 beds to its pediatric unit.",
     "El hospital añadió 50 camas a su unidad de maternidad.", "unidad de maternidad",
     "pediatric unit in English but maternity ward ('unidad de maternidad') in Spanish"),
    ("The senator's office received hundreds of emails.",
     "La oficina del senador recibió cientos de llamadas.", "llamadas",
     "emails in English but phone calls ('llamadas') in Spanish"),
    ("The company recalled its strollers.", "La empresa retiró del mercado sus cunas.", "cunas",
     "strollers in English but cribs ('cunas') in Spanish"),
    ("The store sells used books.", "La tienda vende ropa usada.", "ropa",
     "books in English but clothing ('ropa') in Spanish"),
    ("The farm grows strawberries and blueberries.", "La granja cultiva fresas y frambuesas.", "frambuesas",
     "blueberries in English but raspberries ('frambuesas') in Spanish"),
    ("The company makes tortillas.", "La empresa fabrica tamales.", "tamales",
     "tortillas in English but tamales in Spanish"),
    ("The truck was carrying lumber.", "El camión transportaba gasolina.", "gasolina",
     "lumber in English but fuel ('gasolina') in Spanish"),
    ("The train was carrying crude oil.", "El tren transportaba productos químicos.", "productos químicos",
     "oil ('crude') in English but chemicals ('productos químicos') in Spanish"),
    ("The city will install speed bumps on Oak Street.", "La ciudad instalará semáforos en la calle Oak.", "semáforos",
     "speed bump ('speed bumps') in English but red light ('semáforos') in Spanish"),
    ("The water treatment plant will cost $40 million.",
     "La planta de tratamiento de aguas residuales costará $40 millones.", "planta de tratamiento de aguas residuales",
     "water treatment plant in English but wastewater treatment plant ('planta de tratamiento de aguas residuales') "
     "in Spanish"),
    ("The tree fell on a parked car.", "El árbol cayó sobre una casa.", "casa",
     "parked car in English but building ('casa') in Spanish"),
    ("The wind knocked down power lines.", "El viento derribó varios árboles.", "árboles",
     "power lines in English but trees ('árboles') in Spanish"),
    ("Volunteers collected 2,000 pounds of food.", "Los voluntarios recolectaron 2,000 libras de ropa.", "ropa",
     "food in English but clothing ('ropa') in Spanish"),
    ("The charity will give away backpacks with school supplies.",
     "La organización benéfica regalará mochilas con alimentos.", "alimentos",
     "school supplies in English but food ('alimentos') in Spanish"),
    ("The program helps families pay their electric bills.",
     "El programa ayuda a las familias a pagar el alquiler.", "alquiler",
     "electric bills in English but rent ('alquiler') in Spanish"),
    ("The singer canceled her tour because of illness.",
     "La cantante canceló su gira por problemas de agenda.", "problemas de agenda",
     "illness ('because of illness') in English but scheduling ('problemas de agenda') in Spanish"),
    ("NASA delayed the launch because of high winds.",
     "La NASA retrasó el lanzamiento por un problema técnico.", "problema técnico",
     "weather ('because of high winds') in English but technical problem ('problema técnico') in Spanish"),
    ("The workers went on strike over pay.",
     "Los trabajadores se declararon en huelga por la seguridad.", "por la seguridad",
     "pay ('over pay') in English but security ('por la seguridad') in Spanish"),
    ("The group walked 10 miles to the Capitol.", "El grupo caminó 10 millas hasta la alcaldía.", "hasta la alcaldía",
     "capitol in English but city hall ('hasta la alcaldía') in Spanish"),
    ("The thieves broke in through a back window.", "Los ladrones entraron por una puerta trasera.", "puerta trasera",
     "window ('back window') in English but door ('puerta trasera') in Spanish"),
    ("The suspect jumped from a second-floor window.",
     "El sospechoso saltó desde un balcón del segundo piso.", "balcón",
     "window in English but balcony ('balcón') in Spanish"),
    ("The mayor spoke at the groundbreaking ceremony.",
     "El alcalde habló en la ceremonia de inauguración.", "ceremonia de inauguración",
     "groundbreaking ('the groundbreaking') in English but ribbon cutting ('ceremonia de inauguración') in Spanish"),
    ("The senator held a town hall meeting in Yuma.",
     "El senador celebró una conferencia de prensa en Yuma.", "conferencia de prensa",
     "town hall meeting in English but news conference ('conferencia de prensa') in Spanish"),
    ("The victim's family set up a GoFundMe page.", "La familia de la víctima organizó una vigilia.", "vigilia",
     "fundraiser ('GoFundMe') in English but vigil ('vigilia') in Spanish"),
    ("The driver was cited for speeding.", "El conductor fue multado por no respetar un alto.", "no respetar un alto",
     "speeding in English but failing to stop ('no respetar un alto') in Spanish"),
    ("The driver was texting when he crashed.", "El conductor estaba ebrio cuando chocó.", "estaba ebrio",
     "texting in English but drunk driving ('estaba ebrio') in Spanish"),
    ("The man was riding a scooter.", "El hombre conducía una motocicleta.", "motocicleta",
     "scooter in English but motorcycle ('motocicleta') in Spanish"),
    ("The woman was pushing a stroller when she was hit.",
     "La mujer empujaba una silla de ruedas cuando fue atropellada.", "silla de ruedas",
     "stroller in English but wheelchair ('silla de ruedas') in Spanish"),
    ("Deputies found the man dead inside his truck.",
     "Los agentes encontraron al hombre muerto dentro de su casa.", "dentro de su casa",
     "car ('inside his truck') in English but home ('dentro de su casa') in Spanish"),
    ("The body was identified through dental records.",
     "El cuerpo fue identificado mediante huellas dactilares.", "huellas dactilares",
     "dental records in English but fingerprints ('huellas dactilares') in Spanish"),
    ("The shooting appears to be gang-related.",
     "El tiroteo parece estar relacionado con drogas.", "relacionado con drogas",
     "gangs ('gang-related') in English but drugs ('relacionado con drogas') in Spanish"),
    ("The center offers free mental health counseling.", "El centro ofrece asesoría legal gratuita.", "asesoría legal",
     "mental health ('mental health counseling') in English but legal aid ('asesoría legal') in Spanish"),
    ("The team hired a new offensive coordinator.",
     "El equipo contrató a un nuevo coordinador defensivo.", "coordinador defensivo",
     "offensive coordinator in English but defensive coordinator ('coordinador defensivo') in Spanish"),
    ("The council approved a contract for garbage collection.",
     "El concejo aprobó un contrato para el reciclaje.", "reciclaje",
     "garbage in English but recycling ('reciclaje') in Spanish"),
    ("The company makes medical devices.", "La empresa fabrica piezas de automóviles.", "piezas de automóviles",
     "medical devices in English but auto parts ('piezas de automóviles') in Spanish"),
    ("The bakery sells bread and pastries.", "La panadería vende pasteles y café.", "café",
     "bread in English but coffee ('café') in Spanish"),
    ("The market sells fresh fish.", "El mercado vende carne fresca.", "carne",
     "fish in English but meat ('carne') in Spanish"),
    ("The plane was carrying medical supplies.", "El avión transportaba alimentos.", "alimentos",
     "medical supplies in English but food ('alimentos') in Spanish"),
    ("The bill would raise the legal age to buy tobacco to 21.",
     "El proyecto elevaría a 21 años la edad legal para comprar alcohol.", "alcohol",
     "tobacco in English but alcohol in Spanish"),
    ("The suspect used a crowbar to open the door.", "El sospechoso usó un martillo para abrir la puerta.", "martillo",
     "crowbar in English but hammer ('martillo') in Spanish"),
    ("The victim was hit with a baseball bat.", "La víctima fue golpeada con un tubo.", "un tubo",
     "bat ('baseball bat') in English but pipe ('un tubo') in Spanish"),
    ("She was attacked by two pit bulls.", "Fue atacada por dos pastores alemanes.", "pastores alemanes",
     "pit bull ('pit bulls') in English but German shepherd ('pastores alemanes') in Spanish"),
    ("The tiger was moved to a sanctuary in Texas.", "El tigre fue trasladado a un zoológico en Texas.", "zoológico",
     "sanctuary in English but zoo ('zoológico') in Spanish"),
    ("The university is building a new dorm.", "La universidad construye un nuevo estadio.", "estadio",
     "dorm in English but stadium ('estadio') in Spanish"),
    ("Crews are fighting the fire with air tankers.",
     "Las cuadrillas combaten el fuego con helicópteros.", "helicópteros",
     "air tanker ('air tankers') in English but helicopter ('helicópteros') in Spanish"),
    ("The governor deployed the National Guard.", "El gobernador desplegó a la policía estatal.", "policía estatal",
     "National Guard in English but state police ('policía estatal') in Spanish"),
    ("The program offers free tutoring after school.",
     "El programa ofrece comidas gratuitas después de la escuela.", "comidas gratuitas",
     "tutoring in English but meals ('comidas gratuitas') in Spanish"),
    ("The center offers English classes for adults.",
     "El centro ofrece clases de computación para adultos.", "clases de computación",
     "English ('English classes') in English but computer science ('clases de computación') in Spanish"),
    ("The teen was treated for a broken leg.",
     "El adolescente fue tratado por una conmoción cerebral.", "conmoción cerebral",
     "fracture ('broken leg') in English but concussion ('conmoción cerebral') in Spanish"),
    ("The pitcher threw a no-hitter.", "El lanzador lanzó un juego perfecto.", "juego perfecto",
     "no-hitter in English but perfect game ('juego perfecto') in Spanish"),
    ("The ad campaign will run on radio.", "La campaña publicitaria se transmitirá en televisión.", "televisión",
     "radio in English but television ('televisión') in Spanish"),
    ("The new law bans texting while driving.", "La nueva ley prohíbe fumar mientras se conduce.", "fumar",
     "texting ('texting while driving') in English but smoking ('fumar') in Spanish"),
    ("The camera caught the driver speeding.", "La cámara captó al conductor pasándose un alto.", "pasándose un alto",
     "speeding in English but failing to stop ('pasándose un alto') in Spanish"),
    ("The store is offering a 20% discount.", "La tienda ofrece un reembolso del 20%.", "reembolso",
     "discount in English but refund ('reembolso') in Spanish"),
    ("Recycling pickup moves to Tuesdays.", "La recolección de basura pasa a los martes.", "basura",
     "recycling in English but garbage ('basura') in Spanish"),
    ("The police chief held a news conference.", "El jefe de policía emitió un comunicado.", "un comunicado",
     "news conference in English but statement ('un comunicado') in Spanish"),
    ("The sentencing is scheduled for May 5.",
     "La audiencia preliminar está programada para el 5 de mayo.", "audiencia preliminar",
     "sentencing in English but preliminary hearing ('audiencia preliminar') in Spanish"),
    ("The migrants crossed the river on a raft.", "Los migrantes cruzaron el río a nado.", "a nado",
     "raft ('on a raft') in English but swimming ('a nado') in Spanish"),
    ("The pharmacy ran out of amoxicillin.", "La farmacia se quedó sin ibuprofeno.", "ibuprofeno",
     "amoxicillin in English but ibuprofen ('ibuprofeno') in Spanish"),
    ("The star forward is out with a hamstring injury.",
     "El delantero estrella está fuera por una lesión de rodilla.", "rodilla",
     "hamstring in English but knee ('rodilla') in Spanish"),
])
def test_a_price_a_dish_a_gathering_a_good_or_a_reason_turned_is_reported(en, es, flagged, message):
    """The tables of the forty-sixth round: what a price is of, a dish, what a person was doing, a gathering or a
    ceremony, a child's grade before first grade, what a plant makes or a drive collects, the messages an office
    got, the way into a building, a city's plant, why an event was called off, a traffic offence, what a person
    pushed or rode, a center's services, a motive, how a body was identified; and the new kinds of older tables (a
    school subject taken, a galaxy, phone service, bail, damages, a settlement, a raise, a label's error, a visa, an
    executive order, a swimming stroke, a ban on phones or on texting, straws, a speed bump, a pediatric unit, power
    lines knocked down, a berry, the Capitol, a coach's side); then what a city's truck picks up, a dog's breed, what
    fought a fire from the air, where an ad runs, what an attacker swung, a dorm, a zoo, a sanctuary, the National
    Guard, tutoring, free meals, an English class, a broken leg, a no-hitter; and a court's hearing, a medicine, a
    discount against a refund, a statement against a news conference, a river crossed on a raft or swimming, a
    hamstring."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("Students will take algebra in ninth grade.", "Los estudiantes tomarán álgebra en noveno grado."),
    ("The new policy bans cellphones in class.", "La nueva política prohíbe los celulares en clase."),
    ("She came on a student visa.", "Llegó con una visa de estudiante."),
    ("Rents rose 8% last year.", "Los alquileres subieron un 8% el año pasado."),
    ("The energy and food prices rose.", "Los precios de la energía y de los alimentos subieron."),
    ("Gas and food prices rose.", "Los precios de la gasolina y de los alimentos subieron."),
    ("The judge set bail at $50,000.", "El juez fijó la fianza en $50,000."),
    ("The man drowned while swimming at the beach.", "El hombre se ahogó mientras nadaba en la playa."),
    ("She was running for mayor.", "Se postulaba para alcaldesa."),
    ("The bank raised $19 billion through convertible loans.",
     "El banco consiguió 19 mil millones a través de bonos convertibles."),
    ("The ban on plastic straws takes effect in July.",
     "La prohibición de los popotes de plástico entra en vigor en julio."),
    ("The store sells used books and clothes.", "La tienda vende libros y ropa usados."),
    ("Volunteers collected food and clothing.", "Los voluntarios recolectaron ropa y alimentos."),
    ("The ship was carrying oil and gas.", "El barco transportaba petróleo y gas."),
    ("The thieves broke in through a back window.", "Los ladrones entraron por una ventana trasera."),
    ("A candlelight vigil and a Mass were held.", "Se celebraron una vigilia con velas y una misa."),
    ("Operators offer cheap calling and text messages.", "Los operadores ofrecen llamadas y mensajes SMS baratos."),
    ("The state will fund universal pre-K and preschool.",
     "El estado financiará el prekínder universal y la guardería."),
])
def test_the_forty_sixth_rounds_readings_said_alike_or_out_of_place_are_not_reported(en, es):
    """The same things said alike, and the words the round's readings leave out: a good named with no verb of
    making, carrying or selling, an activity not right after "while" or a verb of going, a price's good second in a
    list ("energy and food prices"), "bonos" that are bonds, "running for mayor"."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_forty_sixth_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, a gathering (81), a medium (66), the
    messages an office got (20), a way of getting about (9), how a body was identified (9), a waste (7), an aircraft
    (7), a price's good (6), a good made, carried or sold (4), a dish (2), a reason (2), a dog's breed (1), a fund
    (45, with bail, damages, a settlement, a raise and a bonus; 35 before), a celestial body (47; 44 before the
    galaxies), a recall's hazard (13, with contamination in general; 1 before), a race (13, with the swimming strokes;
    8 before), a weapon held (13; 11 before), an agency (4; 2 before), a utility (2; 1 before) or a document (34; 33
    before) name the same one. Six of the round's readings cost one each before they were narrowed: "bonos" are
    bonds as often as bonuses ("convertible loans" / "bonos convertibles"), "energy and food prices" read its food
    alone, "preschool", "jardín de infantes" and "guardería" are any country's early schooling, a sorting of garbage
    is its recycling ("sorting garbage" / "separar la basura"), a bare "radio" and "TV" are Spanish too, and "calling
    and text messages" / "llamadas y mensajes SMS" are both."""
    for find in (descriptions.gatherings, descriptions.messages, descriptions.mobility, descriptions.identification,
                 descriptions.prices, descriptions.dishes, descriptions.reasons, descriptions.funds,
                 descriptions.celestial_bodies, descriptions.recall_hazards, descriptions.races, descriptions.utilities,
                 descriptions.documents, descriptions.media, descriptions.waste, descriptions.aircraft,
                 descriptions.arms, descriptions.law_enforcement, descriptions.goods, descriptions.dog_breeds):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("Officers found the stolen car in a parking garage.",
     "Los agentes encontraron el auto robado en un lote baldío.", "lote baldío",
     "parking lot ('parking garage') in English but vacant lot ('lote baldío') in Spanish"),
    ("The clinic offers free dental care to uninsured children.",
     "La clínica ofrece atención oftalmológica gratuita a niños sin seguro.", "atención oftalmológica",
     "dental care in English but eye care ('atención oftalmológica') in Spanish"),
    ("The restaurant was cited for rodent droppings in the kitchen.",
     "El restaurante fue multado por cucarachas en la cocina.", "cucarachas",
     "rat ('rodent') in English but cockroach ('cucarachas') in Spanish"),
    ("The tenants say the landlord ignored their complaints about mold.",
     "Los inquilinos dicen que el propietario ignoró sus quejas sobre las plagas.", "plagas",
     "mold in English but pests ('plagas') in Spanish"),
    ("The building has no working elevator.", "El edificio no tiene calefacción.", "calefacción",
     "elevator in English but heat ('calefacción') in Spanish"),
    ("The county will open a cooling center at the senior center.",
     "El condado abrirá un centro de enfriamiento en la biblioteca.", "biblioteca",
     "senior center in English but library ('biblioteca') in Spanish"),
    ("The plane was diverted to Denver because of a medical emergency.",
     "El avión fue desviado a Denver por una amenaza de bomba.", "amenaza de bomba",
     "medical emergency ('a medical emergency') in English but bomb threat ('amenaza de bomba') in Spanish"),
    ("The lawsuit accuses the company of age discrimination.",
     "La demanda acusa a la empresa de discriminación racial.", "discriminación racial",
     "age ('age discrimination') in English but race ('discriminación racial') in Spanish"),
    ("The scholarship covers books and fees.", "La beca cubre la vivienda y las cuotas.", "vivienda",
     "books in English but housing ('vivienda') in Spanish"),
    ("The new rule requires masks on public transit.",
     "La nueva regla exige vacunas en el transporte público.", "vacunas",
     "masks in English but vaccines ('vacunas') in Spanish"),
    ("The band will perform at the county fair.", "La banda tocará en la feria estatal.", "feria estatal",
     "county fair in English but state fair ('feria estatal') in Spanish"),
    ("The novel won the National Book Award.", "La novela ganó el Premio Pulitzer.", "Premio Pulitzer",
     "National Book Award in English but Pulitzer ('Premio Pulitzer') in Spanish"),
    ("The film premiered at the Sundance Film Festival.",
     "La película se estrenó en el Festival de Cine de Cannes.", "Festival de Cine de Cannes",
     "Sundance ('Sundance Film Festival') in English but Cannes ('Festival de Cine de Cannes') in Spanish"),
    ("The asylum seekers were bused to New York.",
     "Los solicitantes de asilo fueron trasladados en avión a Nueva York.", "en avión",
     "bus ('bused') in English but plane ('en avión') in Spanish"),
    ("The patient was treated for a broken wrist.",
     "El paciente fue atendido por una muñeca torcida.", "muñeca torcida",
     "fracture ('broken wrist') in English but sprain ('muñeca torcida') in Spanish"),
    ("The patient was airlifted to a trauma center.",
     "El paciente fue trasladado a un centro de rehabilitación.", "centro de rehabilitación",
     "trauma center in English but rehabilitation center ('centro de rehabilitación') in Spanish"),
    ("The lifeguards closed the beach because of rip currents.",
     "Los salvavidas cerraron la playa por la presencia de tiburones.", "la presencia de tiburones",
     "rip currents in English but sharks ('la presencia de tiburones') in Spanish"),
    ("The city banned gas leaf blowers.",
     "La ciudad prohibió las cortadoras de césped de gasolina.", "cortadoras de césped",
     "leaf blowers ('gas leaf blowers') in English but lawn mowers ('cortadoras de césped') in Spanish"),
    ("The landfill will stop accepting yard waste.", "El vertedero dejará de aceptar llantas.", "llantas",
     "yard waste in English but tires ('llantas') in Spanish"),
    ("Residents can drop off old electronics on Saturday.",
     "Los residentes pueden dejar muebles viejos el sábado.", "muebles viejos",
     "electronics ('old electronics') in English but bulk items ('muebles viejos') in Spanish"),
    ("The toll will be collected electronically.", "El peaje se cobrará en efectivo.", "en efectivo",
     "electronically in English but cash ('en efectivo') in Spanish"),
    ("The school received a bomb threat on Monday.",
     "La escuela recibió una amenaza de tiroteo el lunes.", "amenaza de tiroteo",
     "bomb threat in English but shooting threat ('amenaza de tiroteo') in Spanish"),
    ("Medicaid covers the cost of the test.", "Medicare cubre el costo de la prueba.", "Medicare",
     "Medicaid in English but Medicare in Spanish"),
    ("The scammers ask for payment in gift cards.", "Los estafadores piden pagos en criptomonedas.", "criptomonedas",
     "gift cards in English but cryptocurrency ('criptomonedas') in Spanish"),
    ("The sheriff's office is investigating the death.",
     "La oficina del forense está investigando la muerte.", "oficina del forense",
     'sheriff ("sheriff\'s office") in English but coroner (\'oficina del forense\') in Spanish'),
    ("The cause of death was blunt force trauma.", "La causa de muerte fue una herida de bala.", "herida de bala",
     "blunt force ('blunt force trauma') in English but gunshot wound ('herida de bala') in Spanish"),
    ("The body was found in a canal.", "El cuerpo fue encontrado en un basurero.", "basurero",
     "canal in English but dumpster ('basurero') in Spanish"),
    ("The missing woman was last seen at a bus stop.",
     "La mujer desaparecida fue vista por última vez en una gasolinera.", "gasolinera",
     "bus stop in English but gas station ('gasolinera') in Spanish"),
    ("The telescope captured images of a distant galaxy.",
     "El telescopio captó imágenes de una nebulosa lejana.", "nebulosa",
     "galaxy in English but nebula ('nebulosa') in Spanish"),
    ("The researchers tested the water for lead.",
     "Los investigadores analizaron el agua en busca de arsénico.", "arsénico",
     "lead ('for lead') in English but arsenic ('arsénico') in Spanish"),
    ("The city's water contains high levels of nitrates.",
     "El agua de la ciudad contiene altos niveles de plomo.", "plomo",
     "nitrates in English but lead ('plomo') in Spanish"),
    ("The tariffs apply to steel and aluminum.", "Los aranceles se aplican al acero y al cobre.", "cobre",
     "aluminum in English but copper ('cobre') in Spanish"),
    ("The flight was canceled because of a mechanical problem.",
     "El vuelo fue cancelado por el mal tiempo.", "por el mal tiempo",
     "technical problem ('a mechanical problem') in English but weather ('por el mal tiempo') in Spanish"),
    ("The hotel workers went on strike over wages.",
     "Los trabajadores del hotel se declararon en huelga por el seguro médico.", "por el seguro médico",
     "pay ('over wages') in English but health care ('por el seguro médico') in Spanish"),
    ("The painter works mostly in watercolor.", "La pintora trabaja principalmente con óleo.", "óleo",
     "watercolor in English but painting ('óleo') in Spanish"),
    ("The documentary is available on Netflix.", "El documental está disponible en HBO.", "HBO",
     "Netflix in English but HBO in Spanish"),
    ("The farm grows organic vegetables.", "La granja cultiva frutas orgánicas.", "frutas",
     "vegetables in English but fruit ('frutas') in Spanish"),
    ("The H-2A program brings seasonal farmworkers from Mexico.",
     "El programa H-2B trae trabajadores agrícolas temporales de México.", "H-2B",
     "H-2A visa ('H-2A') in English but H-2B visa ('H-2B') in Spanish"),
    ("She has Temporary Protected Status.", "Tiene asilo político.", "asilo",
     "temporary protected status in English but asylum ('asilo') in Spanish"),
    ("The pool is closed for repairs.", "La piscina está cerrada por falta de salvavidas.", "por falta de salvavidas",
     "repairs ('for repairs') in English but staff shortage ('por falta de salvavidas') in Spanish"),
    ("The fireworks show was canceled due to fire danger.",
     "El espectáculo de fuegos artificiales fue cancelado por falta de fondos.", "falta de fondos",
     "fire danger in English but lack of funding ('falta de fondos') in Spanish"),
    ("The bakery is known for its conchas.", "La panadería es conocida por sus churros.", "churros",
     "conchas in English but churros in Spanish"),
    ("The food truck sells birria tacos.", "El camión de comida vende tacos al pastor.", "al pastor",
     "birria in English but al pastor in Spanish"),
    ("The vendors need a permit to sell on the street.",
     "Los vendedores necesitan una licencia de conducir para vender en la calle.", "licencia de conducir",
     "permit in English but driver's license ('licencia de conducir') in Spanish"),
    ("The school lunch menu will include more vegetarian options.",
     "El menú del almuerzo escolar incluirá más opciones sin gluten.", "sin gluten",
     "vegetarian in English but gluten-free ('sin gluten') in Spanish"),
    ("The zoo's new exhibit features jaguars.", "La nueva exhibición del zoológico presenta leopardos.", "leopardos",
     "jaguar ('jaguars') in English but leopard ('leopardos') in Spanish"),
    ("The city will spray for mosquitoes on Friday.", "La ciudad fumigará contra las termitas el viernes.", "termitas",
     "mosquito ('mosquitoes') in English but termite ('termitas') in Spanish"),
    ("The neighbors complained about the noise from the bar.", "Los vecinos se quejaron del olor del bar.", "olor",
     "noise in English but odor ('olor') in Spanish"),
    ("The migrants were caught crossing near the port of entry.",
     "Los migrantes fueron detenidos cruzando en el desierto.", "desierto",
     "port of entry in English but desert ('desierto') in Spanish"),
    ("Crews are working to restore water service.",
     "Las cuadrillas trabajan para restablecer el servicio de gas.", "restablecer el servicio de gas",
     "water ('restore water') in English but gas ('restablecer el servicio de gas') in Spanish"),
    ("The air quality alert was issued because of wildfire smoke.",
     "La alerta de calidad del aire se emitió por el polvo.", "por el polvo",
     "smoke ('wildfire smoke') in English but dust ('por el polvo') in Spanish"),
    ("The ferry service was suspended because of high waves.",
     "El servicio de ferry se suspendió por la niebla.", "por la niebla",
     "high waves ('because of high waves') in English but fog ('por la niebla') in Spanish"),
    ("The helicopter crashed into a hillside.", "El helicóptero se estrelló en un lago.", "lago",
     "hillside in English but lake ('lago') in Spanish"),
    ("The driver fell asleep at the wheel.",
     "El conductor sufrió un infarto al volante.", "sufrió un infarto al volante",
     "fell asleep ('fell asleep at the wheel') in English but medical episode ('sufrió un infarto al volante') in "
     "Spanish"),
    ("The driver lost control on the icy road.",
     "El conductor perdió el control en la carretera mojada.", "carretera mojada",
     "icy ('icy road') in English but wet ('carretera mojada') in Spanish"),
    ("The road will be closed for the marathon.",
     "La carretera estará cerrada por la construcción.", "por la construcción",
     "event ('for the marathon') in English but construction ('por la construcción') in Spanish"),
    ("The parking meters will accept credit cards.", "Los parquímetros aceptarán monedas.", "monedas",
     "card ('credit cards') in English but coins ('monedas') in Spanish"),
    ("The grocery store accepts EBT cards.",
     "La tienda de comestibles acepta tarjetas de crédito.", "tarjetas de crédito",
     "EBT ('EBT cards') in English but card ('tarjetas de crédito') in Spanish"),
    ("The peanut butter may contain salmonella.", "La mantequilla de maní puede contener listeria.", "listeria",
     "salmonella in English but listeria in Spanish"),
    ("The program helps families pay their heating bills.",
     "El programa ayuda a las familias a pagar el agua.", "el agua",
     "electric bills ('heating bills') in English but water bills ('el agua') in Spanish"),
    ("Volunteers cleaned up the beach on Saturday.", "Los voluntarios limpiaron el parque el sábado.", "parque",
     "beach in English but park ('parque') in Spanish"),
    ("The victim's family filed a wrongful death lawsuit.",
     "La familia de la víctima presentó una demanda por negligencia médica.", "negligencia médica",
     "wrongful death in English but malpractice ('negligencia médica') in Spanish"),
    ("The drug shortage affects children's antibiotics.",
     "La escasez afecta a los analgésicos infantiles.", "analgésicos",
     "antibiotics in English but painkillers ('analgésicos') in Spanish"),
    ("The teen died of an allergic reaction to peanuts.",
     "El adolescente murió por una reacción alérgica a los mariscos.", "mariscos",
     "peanuts in English but shellfish ('mariscos') in Spanish"),
    ("The apartment had no working smoke detectors.", "El apartamento no tenía extintores.", "extintores",
     "smoke detectors in English but fire extinguishers ('extintores') in Spanish"),
    ("The plant emits more carbon dioxide than any other in the state.",
     "La planta emite más metano que cualquier otra en el estado.", "metano",
     "carbon dioxide in English but methane ('metano') in Spanish"),
    ("The park's trees were infested by bark beetles.",
     "Los árboles del parque fueron infestados por termitas.", "termitas",
     "beetle ('bark beetles') in English but termite ('termitas') in Spanish"),
    ("The company was fined for wage theft.", "La empresa fue multada por discriminación.", "discriminación",
     "wage theft in English but discrimination ('discriminación') in Spanish"),
    ("The senator introduced a bill to lower insulin prices.",
     "El senador presentó un proyecto para bajar los precios de la gasolina.", "precios de la gasolina",
     "drugs ('insulin prices') in English but gas ('precios de la gasolina') in Spanish"),
    ("The mayor proposed a tax on vacant homes.",
     "El alcalde propuso un impuesto a las bebidas azucaradas.", "impuesto a las bebidas azucaradas",
     "vacancy tax ('tax on vacant homes') in English but soda tax ('impuesto a las bebidas azucaradas') in Spanish"),
    ("The city will hold a special election in March.",
     "La ciudad realizará una elección primaria en marzo.", "elección primaria",
     "special election in English but primary ('elección primaria') in Spanish"),
    ("The forward scored a hat trick.", "El delantero anotó un doblete.", "doblete",
     "hat trick in English but brace ('doblete') in Spanish"),
    ("The fisherman caught a 300-pound marlin.", "El pescador atrapó un atún de 300 libras.", "atún",
     "marlin in English but tuna ('atún') in Spanish"),
    ("The mariachi band played at the ceremony.", "La banda de cumbia tocó en la ceremonia.", "cumbia",
     "mariachi in English but cumbia in Spanish"),
    ("The author's first book was a collection of poems.",
     "El primer libro de la autora fue una colección de cuentos.", "cuentos",
     "poetry ('poems') in English but short stories ('cuentos') in Spanish"),
    ("The play is a comedy about a Mexican family.", "La obra es un drama sobre una familia mexicana.", "un drama",
     "comedy in English but drama ('un drama') in Spanish"),
    ("The researchers discovered a new species of frog.",
     "Los investigadores descubrieron una nueva especie de lagartija.", "lagartija",
     "frog in English but lizard ('lagartija') in Spanish"),
    ("The new clinic will offer prenatal care.",
     "La nueva clínica ofrecerá atención pediátrica.", "atención pediátrica",
     "prenatal care in English but pediatric care ('atención pediátrica') in Spanish"),
    ("The baby was delivered by cesarean section.", "El bebé nació por parto natural.", "parto natural",
     "cesarean ('cesarean section') in English but natural birth ('parto natural') in Spanish"),
    ("The clinic offers free HIV testing.", "La clínica ofrece pruebas de embarazo gratuitas.", "pruebas de embarazo",
     "HIV test ('HIV testing') in English but pregnancy test ('pruebas de embarazo') in Spanish"),
    ("The blood bank is running low on type O.", "El banco de sangre tiene poca sangre tipo A.", "tipo A",
     "O ('type O') in English but A ('tipo A') in Spanish"),
    ("The school was closed because of a gas leak.",
     "La escuela fue cerrada por una plaga de chinches.", "una plaga de chinches",
     "gas leak ('because of a gas leak') in English but pests ('una plaga de chinches') in Spanish"),
    ("The school will add a metal detector at the entrance.",
     "La escuela añadirá un guardia de seguridad en la entrada.", "guardia de seguridad",
     "metal detectors ('metal detector') in English but security guards ('guardia de seguridad') in Spanish"),
    ("Students must wear clear backpacks.", "Los estudiantes deben usar uniformes.", "uniformes",
     "clear backpacks in English but uniforms ('uniformes') in Spanish"),
    ("The students were sent home early because of the heat.",
     "Los estudiantes fueron enviados a casa temprano por el humo.", "por el humo",
     "heat ('because of the heat') in English but smoke ('por el humo') in Spanish"),
    ("The university received a $50 million donation.",
     "La universidad recibió un préstamo de $50 millones.", "préstamo",
     "grant ('donation') in English but loan ('préstamo') in Spanish"),
    ("The professor was fired for plagiarism.", "El profesor fue despedido por acoso.", "acoso",
     "plagiarism in English but harassment ('acoso') in Spanish"),
])
def test_a_payment_a_program_a_prize_a_tenants_complaint_or_a_contaminant_turned_is_reported(en, es, flagged, message):
    """The tables of the forty-seventh round: how a payment is made, a public benefit program, a prize or a film
    festival, what tenants complain of, what a discrimination was based on, what a rule requires, what a scholarship
    covers, a contaminant, a metal, where a show streams, a diet, a road's state, a building's fire safety, an
    allergen, a claim or a fine's ground, an election's kind, a genre, a delivery, a blood type, a school's security;
    and the new kinds of older tables
    (a vacant lot, a senior center, a bus stop, a dumpster, a port of entry, a trauma or a rehabilitation center,
    leaf blowers and lawn mowers, tires and electronics, dental and eye care, the coroner, a sprain, blunt force, a
    gunshot or a stab wound, a county or a state fair, migrants bused, a medical emergency, a threat, rip currents,
    sharks, repairs, a staff shortage, fire danger, a lack of funding, health care, a mechanical problem, a
    cockroach, a nebula, a watercolor, vegetables and fruit, an H-2A visa, Temporary Protected Status by its
    capitals, conchas, birria, a vendor's permit, a jaguar, a termite, noise against a smell, high waves, fog, a
    hillside, a driver asleep or taken ill at the wheel, a marathon against construction, coins, an EBT card,
    salmonella, a water bill, a beach, a painkiller, methane, a bark beetle, insulin's price, a soda and a vacancy
    tax, a hat trick, a marlin, a lizard, short stories, prenatal care, an HIV test, clear backpacks, the heat, a
    gas leak, a donation, plagiarism)."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("Officers found the stolen car in a vacant lot.", "Los agentes encontraron el auto robado en un lote baldío."),
    ("The clinic offers free dental care to uninsured children.",
     "La clínica ofrece atención dental gratuita a niños sin seguro."),
    ("The restaurant was cited for rodent droppings in the kitchen.",
     "El restaurante fue multado por excrementos de roedores en la cocina."),
    ("The tenants say the landlord ignored their complaints about mold.",
     "Los inquilinos dicen que el propietario ignoró sus quejas sobre el moho."),
    ("The building has no working elevator.", "El edificio no tiene un elevador que funcione."),
    ("The county will open a cooling center at the senior center.",
     "El condado abrirá un centro de enfriamiento en el centro para personas mayores."),
    ("The plane was diverted to Denver because of a medical emergency.",
     "El avión fue desviado a Denver por una emergencia médica."),
    ("The lawsuit accuses the company of age discrimination.",
     "La demanda acusa a la empresa de discriminación por edad."),
    ("The band will perform at the county fair.", "La banda tocará en la feria del condado."),
    ("The novel won the National Book Award.", "La novela ganó el National Book Award."),
    ("The film premiered at the Sundance Film Festival.", "La película se estrenó en el Festival de Cine de Sundance."),
    ("The asylum seekers were bused to New York.",
     "Los solicitantes de asilo fueron trasladados en autobús a Nueva York."),
    ("The patient was treated for a sprained ankle.", "El paciente fue atendido por un esguince de tobillo."),
    ("The patient was airlifted to a trauma center.",
     "El paciente fue trasladado en helicóptero a un centro de trauma."),
    ("The lifeguards closed the beach because of rip currents.",
     "Los salvavidas cerraron la playa por las corrientes de resaca."),
    ("The city banned gas leaf blowers.", "La ciudad prohibió las sopladoras de hojas de gasolina."),
    ("The landfill will stop accepting tires.", "El vertedero dejará de aceptar llantas."),
    ("The toll will be collected electronically.", "El peaje se cobrará electrónicamente."),
    ("The school received a bomb threat on Monday.", "La escuela recibió una amenaza de bomba el lunes."),
    ("Medicare covers the cost of the test.", "Medicare cubre el costo de la prueba."),
    ("The scammers ask for payment in gift cards.", "Los estafadores piden pagos con tarjetas de regalo."),
    ("The medical examiner's office is investigating the death.",
     "La oficina del forense está investigando la muerte."),
    ("The cause of death was blunt force trauma.", "La causa de muerte fue un traumatismo contundente."),
    ("The body was found in a dumpster.", "El cuerpo fue encontrado en un contenedor de basura."),
    ("The missing woman was last seen at a bus stop.",
     "La mujer desaparecida fue vista por última vez en una parada de autobús."),
    ("The scholarship covers tuition and housing.", "La beca cubre la matrícula y la vivienda."),
    ("The new rule requires masks on public transit.", "La nueva regla exige mascarillas en el transporte público."),
    ("Residents can drop off old furniture on Saturday.", "Los residentes pueden dejar muebles viejos el sábado."),
    ("The students staged a walkout to protest gun violence.",
     "Los estudiantes salieron de clases para protestar contra la violencia armada."),
    ("The council approved a rent freeze for one year.", "El concejo aprobó una congelación de alquileres por un año."),
    ("The avocado harvest was smaller than expected.", "La cosecha de aguacate fue menor de lo esperado."),
    ("The property tax rate will remain the same.", "La tasa del impuesto a la propiedad se mantendrá igual."),
    ("The telescope captured images of a distant nebula.", "El telescopio captó imágenes de una nebulosa lejana."),
    ("The researchers tested the water for lead.", "Los investigadores analizaron el agua en busca de plomo."),
    ("The tariffs apply to steel and aluminum.", "Los aranceles se aplican al acero y al aluminio."),
    ("The flight was canceled because of a mechanical problem.", "El vuelo fue cancelado por un problema mecánico."),
    ("The hotel workers went on strike over health insurance.",
     "Los trabajadores del hotel se declararon en huelga por el seguro médico."),
    ("The painter works mostly in watercolor.", "La pintora trabaja principalmente con acuarela."),
    ("The documentary is available on Netflix.", "El documental está disponible en Netflix."),
    ("The farm grows fruits and vegetables.", "La granja cultiva frutas y verduras."),
    ("The H-2A program brings seasonal farmworkers from Mexico.",
     "El programa de visas H-2A trae trabajadores agrícolas temporales de México."),
    ("She has Temporary Protected Status.", "Tiene Estatus de Protección Temporal."),
    ("The pool is closed for repairs.", "La piscina está cerrada por reparaciones."),
    ("The fireworks show was canceled due to fire danger.",
     "El espectáculo de fuegos artificiales fue cancelado por el riesgo de incendios."),
    ("The video was posted on Facebook and Instagram.", "El video fue publicado en Facebook e Instagram."),
    ("The tenants have had no heat since November.", "Los inquilinos no tienen calefacción desde noviembre."),
    ("The iron gate was locked.", "El portón de hierro estaba cerrado con llave."),
    ("The game was streamed on YouTube.", "El partido se transmitió por YouTube."),
    ("The bakery is known for its conchas.", "La panadería es conocida por sus conchas."),
    ("The food truck sells birria tacos.", "El camión de comida vende tacos de birria."),
    ("The vendors need a permit to sell on the street.",
     "Los vendedores necesitan un permiso para vender en la calle."),
    ("The school lunch menu will include more vegetarian options.",
     "El menú del almuerzo escolar incluirá más opciones vegetarianas."),
    ("The school buses will run on electricity.", "Los autobuses escolares funcionarán con electricidad."),
    ("The bear was relocated to the mountains.", "El oso fue reubicado en las montañas."),
    ("The zoo's new exhibit features jaguars.", "La nueva exhibición del zoológico presenta jaguares."),
    ("The city will spray for termites on Friday.", "La ciudad fumigará contra las termitas el viernes."),
    ("The neighbors complained about the noise from the bar.", "Los vecinos se quejaron del ruido del bar."),
    ("The sea turtle was released back into the ocean.", "La tortuga marina fue liberada de nuevo en el océano."),
    ("A bald eagle was spotted near the lake.", "Un águila calva fue vista cerca del lago."),
    ("The store sells halal meat.", "La tienda vende carne halal."),
    ("The city issued 300 building permits last year.", "La ciudad emitió 300 permisos de construcción el año pasado."),
    ("The ferry service was suspended because of high waves.",
     "El servicio de ferry se suspendió por el fuerte oleaje."),
    ("The helicopter crashed into a hillside.", "El helicóptero se estrelló contra una ladera."),
    ("The driver fell asleep at the wheel.", "El conductor se quedó dormido al volante."),
    ("The driver lost control on the icy road.", "El conductor perdió el control en la carretera congelada."),
    ("The road will be closed for the marathon.", "La carretera estará cerrada por el maratón."),
    ("The parking meters will accept credit cards.", "Los parquímetros aceptarán tarjetas de crédito."),
    ("The grocery store accepts EBT cards.", "La tienda de comestibles acepta tarjetas EBT."),
    ("The peanut butter may contain salmonella.", "La mantequilla de maní puede contener salmonela."),
    ("The program helps families pay their water bills.", "El programa ayuda a las familias a pagar el agua."),
    ("Volunteers cleaned up the beach on Saturday.", "Los voluntarios limpiaron la playa el sábado."),
    ("Crews are working to restore gas service.", "Las cuadrillas trabajan para restablecer el servicio de gas."),
    ("The air quality alert was issued because of wildfire smoke.",
     "La alerta de calidad del aire se emitió por el humo de los incendios."),
    ("The road was closed for construction.", "La carretera fue cerrada por obras."),
    ("The flight was delayed because of fog.", "El vuelo se retrasó por la niebla."),
    ("The victim's family filed a wrongful death lawsuit.",
     "La familia de la víctima presentó una demanda por muerte injusta."),
    ("The drug shortage affects children's antibiotics.", "La escasez afecta a los antibióticos infantiles."),
    ("The teen died of an allergic reaction to peanuts.",
     "El adolescente murió por una reacción alérgica al cacahuate."),
    ("The apartment had no working smoke detectors.", "El apartamento no tenía detectores de humo que funcionaran."),
    ("The plant emits more carbon dioxide than any other in the state.",
     "La planta emite más dióxido de carbono que cualquier otra en el estado."),
    ("The park's trees were infested by bark beetles.",
     "Los árboles del parque fueron infestados por escarabajos de la corteza."),
    ("The company was fined for wage theft.", "La empresa fue multada por robo de salarios."),
    ("The job training program is open to veterans and young people.",
     "El programa de capacitación laboral está abierto a veteranos y jóvenes."),
    ("The company faces a discrimination lawsuit.", "La empresa enfrenta una demanda por discriminación."),
    ("The building had sprinklers on every floor.", "El edificio tenía rociadores en cada piso."),
    ("The store sells nuts and dried fruit.", "La tienda vende nueces y frutas secas."),
    ("The senator introduced a bill to lower insulin prices.",
     "El senador presentó un proyecto para bajar los precios de la insulina."),
    ("The mayor proposed a tax on vacant homes.", "El alcalde propuso un impuesto a las viviendas vacías."),
    ("The city will hold a special election in March.", "La ciudad realizará una elección especial en marzo."),
    ("The forward scored a hat trick.", "El delantero anotó un triplete."),
    ("The marathon runner collapsed near the finish line.",
     "El corredor del maratón se desplomó cerca de la línea de meta."),
    ("The fisherman caught a 300-pound marlin.", "El pescador atrapó un marlín de 300 libras."),
    ("The mariachi band played at the ceremony.", "El mariachi tocó en la ceremonia."),
    ("The author's first book was a collection of short stories.",
     "El primer libro de la autora fue una colección de cuentos."),
    ("The play is a comedy about a Mexican family.", "La obra es una comedia sobre una familia mexicana."),
    ("The researchers discovered a new species of lizard.",
     "Los investigadores descubrieron una nueva especie de lagartija."),
    ("The runoff will be held in June.", "La segunda vuelta se realizará en junio."),
    ("The primary school will close.", "La escuela primaria cerrará."),
    ("He sings country music in Spanish.", "Canta música country en español."),
    ("The new clinic will offer prenatal care.", "La nueva clínica ofrecerá atención prenatal."),
    ("The baby was delivered by cesarean section.", "El bebé nació por cesárea."),
    ("The clinic offers free HIV testing.", "La clínica ofrece pruebas de VIH gratuitas."),
    ("The blood bank is running low on type O.", "El banco de sangre tiene poca sangre tipo O."),
    ("The woman was bitten by a mosquito carrying Zika.", "La mujer fue picada por un mosquito portador del zika."),
    ("The school was closed because of a gas leak.", "La escuela fue cerrada por una fuga de gas."),
    ("The school will add a metal detector at the entrance.",
     "La escuela añadirá un detector de metales en la entrada."),
    ("Students must wear clear backpacks.", "Los estudiantes deben usar mochilas transparentes."),
    ("The students were sent home early because of the heat.",
     "Los estudiantes fueron enviados a casa temprano por el calor."),
    ("The university received a $50 million donation.", "La universidad recibió una donación de $50 millones."),
    ("The college's football team went undefeated.",
     "El equipo de fútbol americano de la universidad terminó invicto."),
    ("The professor was fired for plagiarism.", "El profesor fue despedido por plagio."),
    ("The company faces a sexual harassment lawsuit.", "La empresa enfrenta una demanda por acoso sexual."),
])
def test_the_forty_seventh_rounds_readings_said_alike_or_out_of_place_are_not_reported(en, es):
    """The same things said alike, and the words the round's readings leave out: "lead" as a verb or a title, a
    mask named with no requirement, a permit required (no kind of the table), rodents said for rats, iron as a
    gate's, "permisos" of no vendor or building (a visa as often)."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_forty_seventh_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, a prize (25), a platform (16), a tenants'
    or a neighbour's complaint (14), a claim (16), a metal (14), a contaminant (7), a payment (4), an allergen (4), a
    benefit program (3), a requirement (2) or a diet (1), name the same one. The older tables that took the round's
    new kinds are the older tests': the crops (28, with fruit and vegetables), the wastes (12, with tires,
    electronics and furniture), the animals (98, with rodents read as rats: "goats, rats and cats" / "los roedores"
    cost one before), the documents (34; a bare "permisos" for visas cost two before it was narrowed) and the reasons
    (3)."""
    for find in (descriptions.awards, descriptions.platforms, descriptions.metals, descriptions.payments,
                 descriptions.housing_conditions, descriptions.benefit_programs, descriptions.requirements,
                 descriptions.diets, descriptions.claims, descriptions.allergens, descriptions.contaminants):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("The airline canceled more than 200 flights because of a computer outage.",
     "La aerolínea canceló más de 200 vuelos debido a una huelga de pilotos.", "debido a una huelga",
     "technical problem ('a computer outage') in English but strike ('debido a una huelga') in Spanish"),
    ("The company recalled 50,000 space heaters because they can overheat.",
     "La empresa retiró del mercado 50,000 calentadores porque pueden explotar.", "pueden explotar",
     "fire ('overheat') in English but explosion ('pueden explotar') in Spanish"),
    ("The utility asked customers to conserve water during the heat wave.",
     "La empresa de servicios pidió a los clientes ahorrar electricidad durante la ola de calor.",
     "ahorrar electricidad", "water ('conserve water') in English but power ('ahorrar electricidad') in Spanish"),
    ("The consulate will offer passport services on Saturday.",
     "El consulado ofrecerá servicios de matrícula consular el sábado.", "matrícula consular",
     "passport in English but consular ID ('matrícula consular') in Spanish"),
    ("She taught high school chemistry for 35 years.", "Enseñó biología en la preparatoria durante 35 años.",
     "Enseñó biología",
     "chemistry ('taught high school chemistry') in English but biology ('Enseñó biología') in Spanish"),
    ("The new principal, a former math teacher, starts in August.",
     "La nueva directora, exmaestra de inglés, comienza en agosto.", "exmaestra de inglés",
     "mathematics ('math teacher') in English but English ('exmaestra de inglés') in Spanish"),
    ("The gas pipeline will run through three counties.", "El oleoducto atravesará tres condados.", "oleoducto",
     "gas ('gas pipeline') in English but oil ('oleoducto') in Spanish"),
    ("Never give your Social Security number over the phone.", "Nunca dé su número de cuenta bancaria por teléfono.",
     "número de cuenta bancaria",
     "Social Security card ('Social Security number') in English but bank account number ('número de cuenta "
     "bancaria') in Spanish"),
    ("The trail is closed because of a rockslide.", "El sendero está cerrado por un incendio.", "por un incendio",
     "landslide ('a rockslide') in English but fire ('por un incendio') in Spanish"),
    ("Schools will open two hours late because of fog.", "Las escuelas abrirán dos horas tarde debido al hielo.",
     "debido al hielo", "fog ('because of fog') in English but ice ('debido al hielo') in Spanish"),
    ("The company blamed the delay on supply chain problems.",
     "La empresa atribuyó el retraso a la falta de personal.", "a la falta de personal",
     "supply chain ('supply chain problems') in English but staff shortage ('a la falta de personal') in Spanish"),
    ("The bird flu outbreak was confirmed at a dairy farm.",
     "El brote de gripe aviar se confirmó en una granja avícola.", "granja avícola",
     "dairy farm in English but poultry farm ('granja avícola') in Spanish"),
    ("NASA delayed the launch because of a fuel leak.", "La NASA retrasó el lanzamiento por el mal tiempo.",
     "por el mal tiempo", "fuel leak ('a fuel leak') in English but weather ('por el mal tiempo') in Spanish"),
    ("The truck driver fell asleep and hit the median.", "El camionero se quedó dormido y chocó contra un árbol.",
     "árbol", "median in English but tree ('árbol') in Spanish"),
    ("The documentary tells the story of a boxer from East Los Angeles.",
     "El documental cuenta la historia de un luchador del este de Los Ángeles.", "luchador",
     "boxing ('boxer') in English but wrestling ('luchador') in Spanish"),
    ("The app lets users report potholes to the city.",
     "La aplicación permite a los usuarios reportar grafitis a la ciudad.", "grafitis",
     "potholes in English but graffiti ('grafitis') in Spanish"),
    ("The driver fled on foot after the crash.", "El conductor huyó en su auto tras el choque.", "en su auto",
     "on foot in English but vehicle ('en su auto') in Spanish"),
    ("The new wing will add 60 beds to the children's hospital.",
     "La nueva ala añadirá 60 camas al hospital de veteranos.", "hospital de veteranos",
     "children's hospital in English but veterans hospital ('hospital de veteranos') in Spanish"),
    ("The car maker recalled 120,000 SUVs over faulty airbags.",
     "El fabricante retiró 120,000 camionetas por frenos defectuosos.", "frenos defectuosos",
     "airbags in English but brakes ('frenos defectuosos') in Spanish"),
    ("The festival was canceled for lack of sponsors.", "El festival fue cancelado por falta de voluntarios.",
     "falta de voluntarios",
     "lack of sponsors ('for lack of sponsors') in English but lack of volunteers ('falta de voluntarios') in Spanish"),
    ("The game will be broadcast on ESPN.", "El partido será transmitido por Fox.", "Fox",
     "ESPN in English but Fox in Spanish"),
    ("The building has been without heat since Thanksgiving.",
     "El edificio ha estado sin agua caliente desde el Día de Acción de Gracias.", "sin agua caliente",
     "heat ('without heat') in English but hot water ('sin agua caliente') in Spanish"),
    ("The beach was closed because of high bacteria levels.", "La playa fue cerrada por la presencia de tiburones.",
     "la presencia de tiburones",
     "bacteria ('high bacteria levels') in English but sharks ('la presencia de tiburones') in Spanish"),
    ("Residents can report potholes online.", "Los residentes pueden reportar grafitis en línea.", "grafitis",
     "potholes in English but graffiti ('grafitis') in Spanish"),
    ("The breach exposed phone numbers.", "La filtración expuso contraseñas.", "contraseñas",
     "phone number ('phone numbers') in English but password ('contraseñas') in Spanish"),
    ("The library is closed for renovations until March.",
     "La biblioteca está cerrada por falta de personal hasta marzo.", "por falta de personal",
     "repairs ('for renovations') in English but staff shortage ('por falta de personal') in Spanish"),
    ("Protesters blocked the entrance to the detention center.",
     "Los manifestantes bloquearon la entrada del hospital.", "hospital",
     "detention center in English but hospital in Spanish"),
    ("He has lived in the United States for 20 years without papers.",
     "Ha vivido en Estados Unidos durante 20 años con una visa de trabajo.", "visa de trabajo",
     "undocumented ('without papers') in English but work visa ('visa de trabajo') in Spanish"),
    ("The hospital's new cancer center opens Monday.", "El nuevo centro de cardiología del hospital abre el lunes.",
     "centro de cardiología", "cancer center in English but heart center ('centro de cardiología') in Spanish"),
    ("The surgeon general warned about the risks of vaping.",
     "El cirujano general advirtió sobre los riesgos del alcohol.", "alcohol",
     "vaping in English but alcohol in Spanish"),
    ("The mayor's office received more than 500 complaints about noise.",
     "La oficina del alcalde recibió más de 500 quejas por la basura.", "basura",
     "noise in English but trash ('basura') in Spanish"),
    ("The district will close three schools because of low enrollment.",
     "El distrito cerrará tres escuelas por problemas de presupuesto.", "problemas de presupuesto",
     "low enrollment in English but lack of funding ('problemas de presupuesto') in Spanish"),
    ("The nursing home was fined for understaffing.", "El asilo de ancianos fue multado por falta de higiene.",
     "falta de higiene",
     "staff shortage ('for understaffing') in English but unsanitary conditions ('falta de higiene') in Spanish"),
    ("The new drug lowers cholesterol by 40%.", "El nuevo medicamento reduce la presión arterial en un 40%.",
     "presión arterial", "cholesterol in English but blood pressure ('presión arterial') in Spanish"),
    ("Researchers tested the vaccine on mice.", "Los investigadores probaron la vacuna en monos.", "monos",
     "mouse ('mice') in English but monkey ('monos') in Spanish"),
    ("The orchard lost most of its peaches to a late frost.",
     "El huerto perdió la mayoría de sus manzanas por una helada tardía.", "manzanas",
     "peaches in English but apples ('manzanas') in Spanish"),
    ("The lawsuit accuses the company of false advertising.", "La demanda acusa a la empresa de discriminación.",
     "discriminación", "false advertising in English but discrimination ('discriminación') in Spanish"),
    ("The couple sued the contractor for breach of contract.", "La pareja demandó al contratista por negligencia.",
     "negligencia", "breach of contract in English but negligence ('negligencia') in Spanish"),
    ("The migrants were flown to Martha's Vineyard.",
     "Los migrantes fueron trasladados en autobús a Martha's Vineyard.", "en autobús",
     "plane ('were flown') in English but bus ('en autobús') in Spanish"),
])
def test_a_reason_a_hazard_a_document_a_farm_or_a_citys_problem_turned_is_reported(en, es, flagged, message):
    """The readings of the forty-eighth round: a farm's kind, what residents report to the city, a hospital by whom
    it treats; new reasons (a computer outage, a strike, ice, snow, a landslide, a fire, a fuel leak, supply chain
    problems, bacteria, a lack of sponsors or of volunteers), recall hazards (an explosion, airbags, brakes),
    documents and numbers (a consular ID, a bank account or a credit card number, a password, a phone number),
    direct deposit and cash accepted, a festival's prizes, water and power saved, an oil pipeline, a subject taught,
    a car's median, a boxer and a wrestler, printers, TV networks, a suspect who fled in their car, heat and hot
    water lacking, renovations, a low enrollment and a budget shortfall, a detention center, an undocumented
    immigrant, a cancer and a heart center, vaping and alcohol, trash among the neighbours' complaints; what a drug
    changes in the body, apples, a monkey, false advertising and negligence, migrants flown."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("The airline canceled flights because of a computer outage.",
     "La aerolínea canceló vuelos debido a una falla informática."),
    ("Flights were canceled because of a pilots' strike.", "Los vuelos se cancelaron por una huelga de pilotos."),
    ("Schools closed because of icy roads.", "Las escuelas cerraron por las carreteras heladas."),
    ("Classes were canceled because of the snow.", "Las clases se cancelaron debido a la nieve."),
    ("The road is closed because of a landslide.", "La carretera está cerrada por un deslave."),
    ("The trail was closed because of a fire.", "El sendero fue cerrado por un incendio."),
    ("The heaters were recalled because they can explode.",
     "Los calentadores fueron retirados porque pueden explotar."),
    ("Bring your passport or consular ID.", "Traiga su pasaporte o su matrícula consular."),
    ("Never share your bank account number.", "Nunca comparta su número de cuenta bancaria."),
    ("Change your password every three months.", "Cambie su contraseña cada tres meses."),
    ("Refunds will arrive by direct deposit.", "Los reembolsos llegarán por depósito directo."),
    ("The film won the audience award at Sundance.", "La película ganó el premio del público en Sundance."),
    ("The film won the Palme d'Or in Cannes.", "La película ganó la Palma de Oro en Cannes."),
    ("The utility asked residents to conserve water.", "La empresa pidió a los residentes ahorrar agua."),
    ("Customers were asked to conserve electricity.", "Se pidió a los clientes ahorrar electricidad."),
    ("The oil pipeline crosses the reservation.", "El oleoducto cruza la reserva."),
    ("The natural gas pipeline exploded.", "El gasoducto explotó."),
    ("She taught high school chemistry for years.", "Enseñó química en la preparatoria durante años."),
    ("The ceasefire took effect at midnight.", "El alto el fuego entró en vigor a la medianoche."),
    ("The delay was blamed on supply chain problems.",
     "El retraso se atribuyó a problemas en la cadena de suministro."),
    ("The store accepts cash only.", "La tienda solo acepta efectivo."),
    ("The outbreak was found at a dairy farm.", "El brote se detectó en una granja lechera."),
    ("Bird flu was confirmed at a poultry farm.", "La gripe aviar se confirmó en una granja avícola."),
    ("NASA delayed the launch because of a fuel leak.", "La NASA retrasó el lanzamiento por una fuga de combustible."),
    ("The truck hit the median.", "El camión chocó contra el camellón."),
    ("The documentary follows a boxer from Tijuana.", "El documental sigue a un boxeador de Tijuana."),
    ("The library will add new printers.", "La biblioteca añadirá nuevas impresoras."),
    ("The app lets users report potholes.", "La aplicación permite reportar baches."),
    ("Residents complained about graffiti.", "Los residentes se quejaron de los grafitis."),
    ("He fled in his car.", "Huyó en su auto."),
    ("The boy was taken to the children's hospital.", "El niño fue llevado al hospital infantil."),
    ("The veteran died at the VA hospital.", "El veterano murió en el hospital de veteranos."),
    ("The SUVs were recalled over faulty airbags.", "Las camionetas fueron retiradas por bolsas de aire defectuosas."),
    ("The cars were recalled because of brake problems.", "Los autos fueron retirados por problemas en los frenos."),
    ("The festival was canceled for lack of sponsors.", "El festival fue cancelado por falta de patrocinadores."),
    ("The game will air on ESPN and Telemundo.", "El partido se transmitirá por ESPN y Telemundo."),
    ("The debate will be broadcast on Univision.", "El debate será transmitido por Univision."),
    ("The building has been without heat for a week.", "El edificio ha estado sin calefacción durante una semana."),
    ("Tenants have been without hot water since Monday.",
     "Los inquilinos han estado sin agua caliente desde el lunes."),
    ("The beach was closed because of high bacteria levels.", "La playa fue cerrada por altos niveles de bacterias."),
    ("The breach exposed phone numbers and passwords.", "La filtración expuso números de teléfono y contraseñas."),
    ("The library is closed for renovations until March.", "La biblioteca está cerrada por remodelación hasta marzo."),
    ("Protesters gathered outside the detention center.",
     "Los manifestantes se reunieron afuera del centro de detención."),
    ("He has lived in the country for 20 years without papers.", "Ha vivido en el país durante 20 años sin papeles."),
    ("Undocumented immigrants can apply for the program.",
     "Los inmigrantes indocumentados pueden solicitar el programa."),
    ("The hospital's new cancer center opens Monday.", "El nuevo centro oncológico del hospital abre el lunes."),
    ("The surgeon general warned about the risks of vaping.",
     "El cirujano general advirtió sobre los riesgos del vapeo."),
    ("Residents complained about trash and noise.", "Los residentes se quejaron de la basura y el ruido."),
    ("The school closed because of low enrollment.", "La escuela cerró por baja matrícula."),
    ("The district faces a budget shortfall.", "El distrito enfrenta un déficit presupuestario."),
    ("The nursing home was fined for understaffing.", "El asilo de ancianos fue multado por falta de personal."),
    ("The restaurant was closed for unsanitary conditions.", "El restaurante fue cerrado por falta de higiene."),
    ("The new drug lowers cholesterol and blood pressure.",
     "El nuevo medicamento reduce el colesterol y la presión arterial."),
    ("Researchers tested the vaccine on monkeys.", "Los investigadores probaron la vacuna en monos."),
    ("The orchard lost most of its apples to a late frost.",
     "El huerto perdió la mayoría de sus manzanas por una helada tardía."),
    ("The lawsuit accuses the company of false advertising.", "La demanda acusa a la empresa de publicidad engañosa."),
    ("The couple sued the contractor for negligence.", "La pareja demandó al contratista por negligencia."),
    ("The migrants were flown to Martha's Vineyard.", "Los migrantes fueron trasladados en avión a Martha's Vineyard."),
    ("The patient lost weight after the surgery.", "El paciente bajó de peso tras la cirugía."),
    ("The store is two blocks from the park.", "La tienda está a dos manzanas del parque."),
    # (the fifty-second round: a teacher's subject after "ex")
    ("The new principal, a former math teacher, starts in August.",
     "La nueva directora, exmaestra de matemáticas, comienza en agosto."),
])
def test_the_forty_eighth_rounds_readings_said_alike_are_not_reported(en, es):
    """The same things said alike: the round's reasons, hazards, documents, prizes, farms and networks."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_forty_eighth_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, a platform or a network (32, 16 before the
    networks), a recall hazard (18), a sport (21), what residents report (3), a reason (6), a document (34), a means
    of getting somewhere (9), a subject (4), a hospital unit (2) or what a drug changes in the body (15), name the
    same one."""
    for find in (descriptions.platforms, descriptions.recall_hazards, descriptions.sports,
                 descriptions.city_problems, descriptions.reasons, descriptions.documents, descriptions.means,
                 descriptions.subjects, descriptions.hospital_units, descriptions.health_measures):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("The shelter is accepting donations of blankets and coats.",
     "El refugio está aceptando donaciones de alimentos enlatados y abrigos.", "alimentos enlatados",
     "blankets in English but food ('alimentos enlatados') in Spanish"),
    ("The singer canceled her tour because of a throat infection.",
     "La cantante canceló su gira debido a una lesión en la rodilla.", "debido a una lesión en la rodilla",
     "illness ('because of a throat infection') in English but injury ('debido a una lesión en la rodilla') in "
     "Spanish"),
    ("The bridge will remain closed to trucks until repairs are finished.",
     "El puente permanecerá cerrado a los autobuses hasta que terminen las reparaciones.", "autobuses",
     "trucks in English but buses ('autobuses') in Spanish"),
    ("The power plant was shut down for maintenance.", "La central eléctrica fue cerrada por una falla.",
     "por una falla", "repairs ('for maintenance') in English but technical problem ('por una falla') in Spanish"),
    ("The lawsuit claims the company discriminated against older workers.",
     "La demanda alega que la compañía discriminó a las trabajadoras embarazadas.",
     "discriminó a las trabajadoras embarazadas",
     "age ('discriminated against older workers') in English but pregnancy ('discriminó a las trabajadoras "
     "embarazadas') in Spanish"),
    ("Her mother worked as a seamstress in a factory in El Paso.",
     "Su madre trabajó como cocinera en una fábrica en El Paso.", "trabajó como cocinera",
     "seamstress ('worked as a seamstress') in English but cook ('trabajó como cocinera') in Spanish"),
    ("The case was dismissed for lack of evidence.", "El caso fue desestimado por falta de fondos.", "falta de fondos",
     "lack of evidence ('for lack of evidence') in English but lack of funding ('falta de fondos') in Spanish"),
    ("He was hospitalized with a broken hip.", "Fue hospitalizado con una fractura de muñeca.", "muñeca",
     "hip in English but wrist ('muñeca') in Spanish"),
    ("The lake was closed to swimmers because of algae.", "El lago fue cerrado a los bañistas debido a las bacterias.",
     "debido a las bacterias",
     "algae ('because of algae') in English but bacteria ('debido a las bacterias') in Spanish"),
    ("The shop sells handmade jewelry from Oaxaca.", "La tienda vende ropa hecha a mano de Oaxaca.", "ropa",
     "jewelry in English but clothing ('ropa') in Spanish"),
    ("The new policy bans cellphones in classrooms.",
     "La nueva política prohíbe las computadoras portátiles en los salones.", "computadoras portátiles",
     "phones ('cellphones') in English but laptops ('computadoras portátiles') in Spanish"),
    ("The coral reef is bleaching because of rising ocean temperatures.",
     "El arrecife de coral se está blanqueando debido a la contaminación.", "debido a la contaminación",
     "warming ('because of rising ocean temperatures') in English but pollution ('debido a la contaminación') in "
     "Spanish"),
    ("Doctors removed the boy's appendix.", "Los médicos le extirparon la vesícula al niño.",
     "le extirparon la vesícula",
     "appendix (\"removed the boy's appendix\") in English but gallbladder ('le extirparon la vesícula') in Spanish"),
    ("The sheriff said the inmate escaped through a ventilation shaft.",
     "El sheriff dijo que el recluso escapó por una ventana.", "ventana",
     "vent ('ventilation shaft') in English but window ('ventana') in Spanish"),
    ("The city paid $2 million to settle a wrongful death lawsuit.",
     "La ciudad pagó 2 millones de dólares para resolver una demanda por lesiones.", "demanda por lesiones",
     "wrongful death in English but personal injury ('demanda por lesiones') in Spanish"),
    ("The commission voted to raise water rates by 8%.",
     "La comisión votó para subir las tarifas de electricidad en un 8%.", "tarifas de electricidad",
     "water ('water rates') in English but power ('tarifas de electricidad') in Spanish"),
    ("The cyclist was struck by a car at an intersection.",
     "El ciclista fue atropellado por un camión de carga en una intersección.", "atropellado por un camión de carga",
     "car ('struck by a car') in English but truck ('atropellado por un camión de carga') in Spanish"),
    ("The boy was hit by a school bus on his way home.", "El niño fue atropellado por un auto de camino a casa.",
     "atropellado por un auto",
     "bus ('hit by a school bus') in English but car ('atropellado por un auto') in Spanish"),
    ("He was arrested for stealing copper wire.", "Fue arrestado por robar cable de aluminio.", "cable de aluminio",
     "copper ('copper wire') in English but aluminum ('cable de aluminio') in Spanish"),
    ("The man worked as a landscaper for 20 years.", "El hombre trabajó como carpintero durante 20 años.",
     "trabajó como carpintero",
     "landscaper ('worked as a landscaper') in English but carpenter ('trabajó como carpintero') in Spanish"),
    ("The protesters were dispersed with tear gas.", "Los manifestantes fueron dispersados con cañones de agua.",
     "cañones de agua", "tear gas in English but water cannon ('cañones de agua') in Spanish"),
    ("The child was treated for a dog bite.", "El niño fue atendido por una mordedura de serpiente.",
     "mordedura de serpiente", "dog bite in English but snake bite ('mordedura de serpiente') in Spanish"),
    ("The shooting happened at a birthday party.", "El tiroteo ocurrió en una boda.", "boda",
     "birthday party in English but wedding ('boda') in Spanish"),
])
def test_a_donation_an_illness_an_injury_or_what_struck_a_pedestrian_turned_is_reported(en, es, flagged, message):
    """The readings of the forty-ninth round: blankets and jewelry among the goods (and a donation's "donations of",
    a Spanish gerund's "recolectando"), an illness's infection against an injury, buses among what a road is closed
    to, maintenance against a failure ("por una falla"), older and pregnant workers discriminated against, a
    seamstress, a carpenter and a landscaper, a case dismissed for lack of evidence, a broken hip ("broken", "rota"),
    algae and bacteria, laptops banned, a warming ocean and pollution, an appendix and a gallbladder removed, a vent a
    thief or an inmate went through, a personal injury claim, a water, power or gas rate, the vehicle that struck a
    pedestrian or a cyclist, aluminum wire stolen; water cannons, a dog or a snake bite, a birthday party, a wedding
    and a quinceañera."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("The shelter is accepting donations of blankets and coats.",
     "El refugio está aceptando donaciones de cobijas y abrigos."),
    ("He missed the game because of a knee injury.", "Se perdió el partido por una lesión en la rodilla."),
    ("The plane was grounded because of a mechanical failure.", "El avión quedó en tierra por una falla mecánica."),
    ("The company discriminated against pregnant workers, the lawsuit says.",
     "La compañía discriminó a las trabajadoras embarazadas, según la demanda."),
    ("He was hospitalized with a broken hip.", "Fue hospitalizado con una fractura de cadera."),
    ("She was treated for a broken wrist.", "Fue atendida por una muñeca fracturada."),
    ("The lake was closed to swimmers because of algae.", "El lago fue cerrado a los bañistas debido a las algas."),
    ("Doctors removed the boy's appendix.", "Los médicos le extirparon el apéndice al niño."),
    ("The woman was struck by a pickup truck.", "La mujer fue atropellada por una camioneta."),
    ("The man was hit by a car while crossing the street.",
     "El hombre fue atropellado por un vehículo mientras cruzaba la calle."),
    ("The commission voted to raise water rates by 8%.", "La comisión votó para subir las tarifas del agua en un 8%."),
    ("The protesters were dispersed with water cannons.", "Los manifestantes fueron dispersados con cañones de agua."),
    ("The child was treated for a dog bite.", "El niño fue atendido por una mordedura de perro."),
    ("The child was stung by a bee.", "El niño sufrió una picadura de abeja."),
    ("The couple met at a wedding.", "La pareja se conoció en una boda."),
])
def test_the_forty_ninth_rounds_readings_said_alike_are_not_reported(en, es):
    """The same things said alike, and a vehicle of any kind ("vehicle", "vehículo") left unread."""
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_forty_ninth_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, a good (4), a reason (6), a claim (16), an
    organ (16), a utility (3), a wound's place (14), a gathering (89), an injury (2) or a weapon (1) name the same
    one; none names a ban's thing, an occupation, a discrimination's ground, an entry or a vehicle that struck someone
    on both sides."""
    for find in (descriptions.goods, descriptions.reasons, descriptions.claims, descriptions.organs,
                 descriptions.utilities, descriptions.wounds, descriptions.gatherings, descriptions.injuries,
                 descriptions.weapons):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 1 and disagreeing == 0


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("The ranch raises goats and chickens.", "El rancho cría cabras y patos.", "patos",
     "chicken ('chickens') in English but duck ('patos') in Spanish"),
    ("The storm killed thousands of chickens on the farm.", "La tormenta mató a miles de vacas en la granja.", "vacas",
     "chicken ('chickens') in English but cow ('vacas') in Spanish"),
    ("The forest is home to jaguars and parrots.", "El bosque alberga jaguares y monos.", "monos",
     "parrot ('parrots') in English but monkey ('monos') in Spanish"),
    ("A memorial service will be held on Saturday at the church.",
     "Un servicio fúnebre se realizará el sábado en el cementerio.", "cementerio",
     "church in English but cemetery ('cementerio') in Spanish"),
    ("The orchard sells apples and peaches in the fall.", "El huerto vende manzanas y peras en el otoño.", "peras",
     "peaches in English but pears ('peras') in Spanish"),
    ("The church will hold a clothing drive on Sunday.", "La iglesia realizará una colecta de alimentos el domingo.",
     "colecta de alimentos", "clothing ('clothing drive') in English but food ('colecta de alimentos') in Spanish"),
    ("The lawsuit accuses the company of discriminating against women.",
     "La demanda acusa a la empresa de discriminar a personas mayores.", "discriminar a personas mayores",
     "sex ('discriminating against women') in English but age ('discriminar a personas mayores') in Spanish"),
    ("The aid arrived by boat three days later.", "La ayuda llegó por avión tres días después.", "por avión",
     "boat ('by boat') in English but plane ('por avión') in Spanish"),
    ("The hikers were rescued by helicopter.", "Los excursionistas fueron rescatados por una lancha.",
     "por una lancha", "helicopter ('by helicopter') in English but boat ('por una lancha') in Spanish"),
    ("The company recalled 50,000 cribs because of a suffocation risk.",
     "La empresa retiró del mercado 50.000 cunas por riesgo de incendio.", "riesgo de incendio",
     "choking ('suffocation risk') in English but fire ('riesgo de incendio') in Spanish"),
    ("The zookeepers are raising the baby gorilla by hand.",
     "Los cuidadores están criando a mano a la cría de orangután.", "orangután",
     "gorilla in English but orangutan ('orangután') in Spanish"),
])
def test_a_farm_bird_a_cemetery_a_drive_or_a_way_of_travel_turned_is_reported(en, es, flagged, message):
    """The readings of the fiftieth round: chickens, ducks and parrots among the animals, pears among the crops, a
    cemetery among the venues, a clothing drive, discrimination against women and against older people said "personas
    mayores", and a way of travel after "por" ("por avión", "por una lancha", "por helicóptero"); a crib's suffocation
    risk read as choking ("asfixia" is both), an orangutan and a chimpanzee."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("The ranch raises goats and chickens.", "El rancho cría cabras y gallinas."),
    ("The forest is home to jaguars and parrots.", "El bosque alberga jaguares y loros."),
    ("The ducks returned to the lake.", "Los patos regresaron al lago."),
    ("He was buried in the town cemetery.", "Fue sepultado en el cementerio del pueblo."),
    ("The orchard sells apples and pears.", "El huerto vende manzanas y peras."),
    ("The church will hold a clothing drive on Sunday.", "La iglesia realizará una colecta de ropa el domingo."),
    ("The company was accused of discriminating against women.",
     "La empresa fue acusada de discriminar a las mujeres."),
    ("The aid arrived by boat.", "La ayuda llegó por barco."),
    ("The hikers were rescued by helicopter.", "Los excursionistas fueron rescatados por un helicóptero."),
    ("The supplies were sent by air.", "Los suministros fueron enviados por avión."),
    ("The company recalled the cribs because of a suffocation risk.",
     "La empresa retiró las cunas por riesgo de asfixia."),
    ("The zoo welcomed a baby chimpanzee.", "El zoológico recibió a una cría de chimpancé."),
])
def test_the_fiftieth_rounds_readings_said_alike_are_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize(("en", "es", "flagged", "message"), [
    ("The film won the award for best director.", "La película ganó el premio a la mejor actriz.", "mejor actriz",
     "best director in English but best actress ('mejor actriz') in Spanish"),
    ("She won the Oscar for best supporting actress.", "Ganó el Óscar al mejor actor de reparto.",
     "mejor actor de reparto",
     "best supporting actress in English but best supporting actor ('mejor actor de reparto') in Spanish"),
    ("The app is available only on iPhones.", "La aplicación está disponible solo en teléfonos Android.",
     "teléfonos Android", "iPhone ('iPhones') in English but Android ('teléfonos Android') in Spanish"),
    ("The mayor's husband is a doctor.", "El esposo de la alcaldesa es abogado.",
     "esposo de la alcaldesa es abogado",
     "doctor ('husband is a doctor') in English but lawyer ('esposo de la alcaldesa es abogado') in Spanish"),
    ("Her father was a mechanic.", "Su padre era carpintero.", "padre era carpintero",
     "mechanic ('father was a mechanic') in English but carpenter ('padre era carpintero') in Spanish"),
    ("The virus spreads mainly through mosquito bites.",
     "El virus se propaga principalmente por el contacto con agua contaminada.",
     "por el contacto con agua contaminada",
     "mosquitoes ('through mosquito bites') in English but water ('por el contacto con agua contaminada') in Spanish"),
])
def test_an_award_a_phone_a_relatives_trade_or_a_way_of_spreading_turned_is_reported(en, es, flagged, message):
    """The readings of the fifty-first round: an award's category ("best director" / "mejor actriz"), the phones an
    app runs on, what a relative does for a living ("Her husband is a doctor" / "Su esposo es abogado", also "El
    esposo de la alcaldesa es"), and a way of spreading after an adverb ("spreads mainly through")."""
    assert [(finding.text, finding.message) for finding in _findings(en, es)] == [(flagged, message)]


@pytest.mark.parametrize(("en", "es"), [
    ("The film won the award for best director.", "La película ganó el premio a la mejor dirección."),
    ("She won the Oscar for best supporting actress.", "Ganó el Óscar a la mejor actriz de reparto."),
    ("The movie was nominated for best picture.", "La película fue nominada a mejor película."),
    ("The album won the Grammy for best new artist.", "El álbum ganó el Grammy al mejor nuevo artista."),
    ("He is the best actor of his generation.", "Es el mejor actor de su generación."),
    ("The app is available only on iPhones.", "La aplicación está disponible solo en iPhones."),
    ("The app works on Android phones.", "La aplicación funciona en teléfonos Android."),
    ("The mayor's husband is a doctor.", "El esposo de la alcaldesa es médico."),
    ("Her husband is a lawyer.", "Su esposo es abogado."),
    ("His father was a mechanic.", "Su padre era mecánico."),
    ("The virus spreads mainly through mosquito bites.",
     "El virus se propaga principalmente por picaduras de mosquitos."),
    ("Cholera spreads through contact with contaminated water.",
     "El cólera se propaga por el contacto con agua contaminada."),
])
def test_the_fifty_first_rounds_readings_said_alike_are_not_reported(en, es):
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_fifty_first_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, an award's category (9), a platform or a
    phone (39; 32 before this round) or a way of spreading (3) name the same one."""
    for find in (descriptions.award_categories, descriptions.platforms, descriptions.transmission):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 3 and disagreeing == 0


@needs_corpus
def test_faithful_corpus_pairs_keep_the_fiftieth_rounds_tables():
    """The dev corpus's faithful sentence pairs that name, on both sides, an animal (105), a crop (32), a venue (642) or
    a way of travel (9) name the same one but one venue pair, the one before this round too (104, 32, 638 and 9 before
    it); none names a drive or a discrimination's ground on both sides."""
    for find, most in ((descriptions.animals, 0), (descriptions.crops, 0), (descriptions.venues, 1),
                       (descriptions.means, 0)):
        compared, disagreeing, _, _ = contrast_measure(find, descriptions.changed, {})
        assert compared >= 9 and disagreeing <= most
