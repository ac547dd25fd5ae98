"""description-mismatch: a colour said of a person, a vehicle or a thing changed ("a gray pickup truck" / "una
camioneta blanca", "a black hoodie and blue jeans" / "una sudadera negra y jeans negros"), where or how a person was
hurt, or the room a fire started in.

Police ask the public to look for a suspect or a car by its description, and a colour turned in translation sends
Spanish readers looking for another one; every name and number still match, and chrF barely moves.

Each side of an aligned pair is read in its own language (the originals: a colour is one word either way, and
Apertium renders "café" as "coffee"). A colour is one of a few groups, each with its words in both languages
("gray", "grey", "silver", "gris", "plateada" are one; "brown", "café", "marrón" another). When each side says a
colour more often than the other, the pair's description changed: one finding on the translated side (the rewrite
for two versions in one language), at its first colour the other side lacks, naming both. A colour one side says and the
other leaves out ("a gray pickup" / "una camioneta") says nothing. Colours swapped between two things ("a white sedan
and a black SUV" / "un sedán negro y una camioneta blanca") count the same on both sides; they are read in the
translation, which writes each colour beside its thing in the other side's order (``_swapped_colours``).

Capitalised words are names, not colours ("the White House" / "la Casa Blanca", "Brown", "the Red Cross", AP's
"Black residents"); "rosa" (a rose, Rosa), "naranja" (the fruit) and "plata" alone (money) are left out.

Measured on the faithful sentence pairs of the dev corpus: 88 say a colour on both sides (blond, a hair's, among
them), none another; with the first Spanish colour turned into another, 81 of 83 are found
(tests/test_rule_descriptions.py).

The place of a wound is a description too ("shot in the leg" / "un disparo en la cabeza", "a wound to the chest" / "una
herida en la espalda"): a part of the body read after the words of a place on it ("in the", "to his", "en la", "en el"),
not before "of"/"de" ("the head of the agency", "a la cabeza de la lista"), or before the injury it names ("an elbow
injury", "a sprained ankle", "una lesión de rodilla"), or after a verb that hurt it ("tore his ACL" / "se lesionó el
tobillo", "broke her wrist" / "se rompió la muñeca"), compared as colours are. 14 faithful pairs of the dev corpus place
a wound on both sides, none elsewhere.

So are how a person was hurt (``WEAPONS``: shot, stabbed, beaten; "was stabbed" / "recibió varios disparos") and
the room a fire or a crime was in (``ROOMS``: "in the kitchen" / "en el dormitorio"), each by its phrases in both
languages; "beat" alone (a game won) and the Spanish "sala" and "habitación" (a hall, any room) are left out. Few
faithful pairs of the dev corpus say them on both sides (1 and 9), none another.

And the weapon a person was armed with (``ARMS``: a gun, a stun gun, pepper spray or a knife, "armed with a knife" /
"armado con una pistola", "used a stun gun" / "un arma de fuego"; and what police used on a crowd, tear gas or rubber
bullets), left or right (``SIDES``: a part of the body, a side,
a lane, a turn, a place on one side: "the left leg" / "la pierna derecha", "turned left" / "giró a la derecha", "on
the left" / "a la derecha"; "right" alone is also correct, "derecho" a right) and the front or the back of a house or
a car (``FRONT_AND_BACK``: "the front yard" / "el patio trasero"). 12, 7 and 2 faithful pairs of the dev corpus say
them on both sides, none another. So does the animal
that attacked or was found (``ANIMALS``: "a pit bull bit a child" / "un gato mordió a un niño"): 21 faithful pairs say
one on both sides, none another; with the first Spanish one turned, 17 of 18 are found.

And the kind of place something happened at or a story is about (``VENUES``: "near the school" / "cerca del hospital",
"bars and restaurants" / "bares y parques"), and what a driver ran (``TRAFFIC_CONTROLS``: "ran a red light" / "se pasó
una señal de alto"), and the service an outage or a repair is of (``UTILITIES``: "left 2,000 homes without water" / "sin
luz"; one faithful pair of the dev corpus says one on both sides). Home is a venue where one dies or stays ("died at
home" / "murió en el hospital", "stay home" / "se queden en casa"; "a home" and "las casas" are buildings, not read). A
lawyers' "colegio" is the bar and a voters' one a polling place, no school ("admitted to the state bar" / "el colegio de
abogados"). A school, a hospital, a church, a library or a museum is read in an institution's name too, where each
language writes the name's common noun in its own words ("the Pueblo Library Foundation" / "la Fundación del Museo de
Pueblo"), and so are a food bank and an animal shelter, where donations go ("the Austin Food Bank" / "la Sociedad
Protectora de Animales de Austin"). 523 faithful pairs of the dev corpus name a venue on both sides; one names another,
a false friend the translator made ("available in the libraries" / "llegará a las librerías", the bookshops); with the
first Spanish venue turned into another kind, 397 of 406 are found (not where the English names the new kind too); a
train or a bus station is a venue too ("at the airport" / "en la estación de tren"). And
the water a body was found in or a car went into (``WATERS``: "in the river" / "en el lago", a swimming pool, not "a
pool of candidates"; 31 faithful pairs name one
on both sides, none another; with the first Spanish one turned, all 29 are found).

And what a person wore (``CLOTHING``: "wearing a mask and gloves" / "una gorra y guantes"; 92 faithful pairs of the
dev corpus name a garment on both sides, 63 of them a mask, none another) and the kind of money a city or a family got
or asks for (``FUNDS``: "a federal grant" / "un préstamo federal", "funeral costs" / "los gastos médicos", and the
tax a measure raises or cuts, "the sales tax" / "el impuesto sobre la propiedad", and a fine paid said a grant, "was
fined" / "una subvención"; 35 faithful pairs, none another).

And how a suspect fled or a person got somewhere (``MEANS``: "fled on foot" / "huyó en un vehículo", "arrived by
bus" / "llegaron en avión", "airlifted" / "trasladado en ambulancia"; 5 faithful pairs of the dev corpus say one
on both sides, none another, 3 of 3 turned found). And the document an office asks for (``DOCUMENTS``: "a copy of their
birth certificate" / "una copia de su pasaporte"; 31 faithful pairs name one on both sides, none another, 23 of 23
turned found) and the symptoms a health notice lists (``SYMPTOMS``: "fever and cough" / "fiebre y dolor de cabeza";
86 faithful pairs, tico19's mostly, none another, 61 of 64 turned found), and the crop a farm grew or a drought
hit (``CROPS``: "its corn crop" / "su cosecha de trigo"; 10 faithful pairs, none another, 9 of 10 turned found).

The forty-third round added more tables, each read as the others: produce an outbreak is traced to (in ``CROPS``:
"contaminated lettuce" / "espinacas contaminadas"), what an exhibit shows (``ARTWORKS``: "100 paintings" / "100
esculturas"; 23 faithful pairs, none another), a planet, the moon or the sun (``CELESTIAL_BODIES``: "landed on Mars"
/ "en la Luna"; 44, none another), a reporter's beat in a bio (``BEATS``: "a reporter covering education" /
"reportera de salud"; the dev corpus has none), the drug of an overdose or a seizure (``DRUGS``: "fentanyl" /
"heroína"), a team's sport (``SPORTS``: "the football team" / "el equipo de béisbol"; soccer and American football are
one, as "football" and "fútbol" are either; 17, none another), and the field of a prize, a degree or a teacher
(``SUBJECTS``: "a Nobel Prize in chemistry" / "de física"; read only there, "física" and "química" being adjectives
too). More animals (a zoo's, and those rabies alerts name: "a baby giraffe" / "un bebé elefante", "a rabid raccoon"
/ "un zorro"; 60 faithful pairs, none another, "feline" being a cat), more venues (a university, a mosque, a
synagogue, a shelter, a safe haven being one: 543, the same one false friend), and a motorcycle and a bicycle among
the ways of getting somewhere (and walking or riding a bike when hit: "was riding his bike" / "iba caminando"), a
ranch's herd ("500 head of cattle" / "cabezas de ovejas"; 63 pairs name an animal, none another) and a food's price
(in ``CROPS``: "the price of beef" / "del pollo"; 23 pairs name a crop or a food, none another). And an immigrant's
status (``IMMIGRATION_STATUSES``: "temporary protected status" / "residencia permanente", "granted asylum" /
"concedió la residencia"; 7 pairs, none another) and a person's trade after "worked as" (``OCCUPATIONS``: "worked as
a cashier" / "trabajaba como gerente"; the dev corpus has none; teachers, nurses, doctors, the police and
firefighters are the groups'). And the meal a restaurant serves (``MEALS``: "serves breakfast and lunch" / "sirve
solo cenas"; 15 faithful pairs, none another), a neighbor's pool and the Gulf among the waters (31, none another),
and the clergy who led a service (``CLERGY``: "The rabbi" / "El sacerdote"; 6, none another).

The forty-fourth round: the kind of gun (``GUN_KINDS``: a handgun against a long gun, "armed with a rifle" / "con una
pistola"; "gun", "firearm" and "arma de fuego" name no kind, "pistola" often translates a plain "gun", and a gun that
fires no bullets, "pistola eléctrica", "pellet rifle", is none; 4 faithful pairs, none another), the organ of a
transplant, a failure, a disease or a tumor (``ORGANS``: "a tumor from her lung" / "del hígado", "insuficiencia
renal"; alone, "heart" and "corazón" are as often a city's middle; 16, none another), what an official declared or a
county is under (``DECLARATIONS``: "a state of emergency" / "toque de queda", "a burn ban" / "una alerta de calor";
11, none another), an athlete's record (``RECORDS``: "a personal record" / "un récord mundial"; 8), a recall's hazard
(``RECALL_HAZARDS``: "a choking hazard" / "riesgo de incendio"; 1), an injury a person was treated for
(``INJURIES``: "for burns" / "por fracturas", "a concussion" / "una fractura"; "burns" only after what says an
injury; 1), and how a disease spreads (``TRANSMISSION``: "through mosquito bites" / "por el aire", read after the
words of a spread; 3). A field of study is read beside test scores and students too ("scores in math" / "resultados
en lectura", "nursing students" / "estudiantes de ingeniería"), and law, medicine, history and a few more beside a
degree, studies or a class only (3 faithful pairs name a field on both sides, none another); a uniform, a pharmacy
and a jail cell ("in his cell" / "en su casa") are read too.

The forty-fifth round: what a thief took or the police found (``THINGS_TAKEN``: "stole jewelry" / "robaron dinero en
efectivo", "the stolen truck" / "la motocicleta robada", "seized drugs and a handgun" / "drogas y dinero"; read only a
few words after a theft's or a search's verb, or before "robado"; 2 faithful pairs, none another), the land a body
was found on (``LANDS``, read with the waters: "in a wooded area" / "en una zona residencial", "in the desert" / "en
el bosque", "into a ravine" / "a un río", after a preposition only; the coast and the surf are the sea's, and "a
drop in the ocean" / "un grano de arena en el desierto" is a saying; 50 faithful pairs, none another), who
investigates (``LAW_ENFORCEMENT``: "the sheriff's office" / "el departamento de policía"; "police" alone is any of
them; 2), a court's level (``COURT_LEVELS``: "the county judge" / "el juez federal"), what a player did and where
they play (``GAME_STATISTICS``, ``POSITIONS``: "three touchdown passes" / "tres intercepciones", "extra innings" / "a
penales", "The pitcher" / "El receptor", "left field" / "el jardín derecho"; a catcher and a receiver are one
"receptor"), a race or a field event (``RACES``: "the marathon" / "el medio maratón", "the long jump" / "el salto de
altura"; 8), a street's lane (``LANES``), what a car hit (``CRASH_OBJECTS``: "hit a utility pole" / "chocó contra un
árbol"), what played a part in a crash (``CRASH_FACTORS``: "alcohol was a factor" / "la velocidad"), the driver who
hit someone (``DRIVER_KINDS``: "a drunk driver" / "un conductor distraído") and the camera that caught it
(``CAMERAS``), what spilled (``SPILLS``), a hospital's unit and a screening (``HOSPITAL_UNITS``, ``SCREENINGS``:
"a new emergency room" / "una sala de maternidad", "mammograms" / "colonoscopias"; intensive care against the
emergency room is decision-mismatch's), what a park gets and what a drive collects (``PARK_AMENITIES``, ``DRIVES``:
"a skate park" / "un parque para perros", "a blood drive" / "una colecta de juguetes"). More venues (a convention
center, a gym, city hall, a courthouse, an intersection, a crosswalk, a sidewalk, a ramp, a school zone, the border,
an apartment complex, a warehouse, a factory, a store, a theater or a cinema, a funeral home, and "in her car" /
"in her apartment"; a supermarket is a store, as a chain's stores are its supermarkets: 624 faithful pairs, the same
one false friend), more rooms (a closet, a roof), more animals (a mouse, a whale, a dolphin, a bird, a butterfly;
87, none another), a novel, a book of poems, a musical, an opera (32), a negative test against proof of
vaccination, a robbery at gunpoint or knifepoint, a law or a medical school by its name ("Harvard Law School" / "la
Facultad de Medicina de Harvard"), a fine said with its verb ("fined the company" / "una subvención") and a tax said
at a sentence's start, a water main said a gas line, the yard among the rooms ("in the backyard" / "en el
garaje") and a health department's level ("The state health department" / "del condado"); what an ordinance bans
or a place is closed to (``BANNED_THINGS``, read a few words after the ban: "bans smoking in parks" / "prohíbe el
alcohol", "closed to bikes" / "cerrado a los caballos") and what a bag or a pipe is made of (``MATERIALS``: "plastic
bags" / "bolsas de papel", "lead pipes" / "tuberías de cobre"; 2 faithful pairs, none another).

The forty-sixth round: what a price is of (``PRICES``: "Gas prices rose" / "Los precios de la electricidad", "Rents"
/ "Los precios de las viviendas"; read with the price only, not as the second of a list, "energy and food prices"; a
food's price is ``CROPS``'), a dish (``DISHES``: "known for her mole" / "sus tamales"), what a person was doing
(``ACTIVITIES``, after "while" or a verb of going or being: "drowned while swimming" / "mientras pescaba"), a
gathering or a ceremony (``GATHERINGS``: "a vigil" / "una misa", "a rally" / "un desfile", "the groundbreaking" /
"la ceremonia de inauguración", "a town hall meeting" / "una conferencia de prensa", "a GoFundMe"; a memorial service
and a Mass are one kind; 81 faithful pairs, none another), a child's grade before first grade (``EARLY_SCHOOLING``,
the US grades' names only), what a plant makes, a truck carries, a store sells or a drive collects (``GOODS``, a few
words after the verb: "makes tortillas" / "fabrica tamales", "carrying lumber" / "transportaba gasolina", "pay their
electric bills" / "pagar el alquiler"; a good a number counts is ``bilingo.rules.quantities``'), the messages an
office got (``MESSAGES``: "emails" / "llamadas"; 20), the way into a building (``ENTRIES``, after "through" or "from":
"through a back window" / "por una puerta trasera"), a city's plant (``PLANTS``: a water against a wastewater
treatment plant), why an event was called off (``REASONS``: "because of illness" / "por problemas de agenda", "over
pay" / "por la seguridad"), a traffic offence (``TRAFFIC_OFFENSES``: "cited for speeding" / "por no respetar un
alto", "was texting" / "estaba ebrio"; a license or reckless driving is ``bilingo.rules.legal``'s), what a person
pushed or rode (``MOBILITY``: "a stroller" / "una silla de ruedas", "a scooter" / "una motocicleta"), a center's
services (``SERVICES``: "mental health counseling" / "asesoría legal", "tutoring" / "comidas gratuitas"), a motive
(``MOTIVES``: "gang-related" / "relacionado con drogas"), how a body was identified (``IDENTIFICATION``: "dental
records" / "huellas dactilares"), what a city's truck picks up (``WASTE``: "garbage" / "reciclaje"), a dog's breed
(``DOG_BREEDS``), what fought a fire from the air (``AIRCRAFT``: "air tankers" / "helicópteros") and where an ad runs
(``MEDIA``: "on radio" / "en televisión"; 66 faithful pairs, none another). And new kinds in older tables: a school
subject taken ("take algebra" / "tomar geometría"), a galaxy, a comet, phone and internet service, bail, damages, a
settlement, a raise and a bonus ("bonos" alone are bonds), contamination and a label's error, a student's and a
worker's visa, an executive order and a proclamation, a swimming stroke, a ban on phones or on texting, plastic
straws, a speed bump, a pediatric unit, power lines knocked down, the berries, the Capitol, a coach's side, what an
attacker swung (a bat, a hammer, a crowbar, a pipe), a dorm, a zoo, a sanctuary, the National Guard, an English
class, a broken leg, a no-hitter; a court's hearing (``HEARINGS``: "The sentencing" / "La audiencia preliminar"), a
medicine (``MEDICATIONS``: "amoxicillin" / "ibuprofeno"), a discount against a refund, a written statement against a
news conference ("held a news conference" / "emitió un comunicado"), a river crossed on a raft or swimming ("a
nado"), the hamstring among the body's parts.

The forty-seventh round: how a payment is made or asked for (``PAYMENTS``: "payment in gift cards" / "en
criptomonedas", "collected electronically" / "en efectivo"), a public benefit program (``BENEFIT_PROGRAMS``:
"Medicaid" / "Medicare", food stamps, WIC, Section 8), a prize or a film festival (``AWARDS``: "the National Book
Award" / "el Premio Pulitzer", "Sundance" / "el Festival de Cine de Cannes"; 25 faithful pairs, none another), what
tenants or neighbours complain of (``HOUSING_CONDITIONS``: "mold" / "plagas", "no working elevator" / "no tiene
calefacción", "the noise" / "el olor"), what a discrimination was based on (``DISCRIMINATION``: "age
discrimination" / "discriminación racial"), what a rule requires (``REQUIREMENTS``, a few words after the
requirement: "requires masks" / "exige vacunas"), what a scholarship or an insurance covers (``COSTS_COVERED``, after
"covers": "books and fees" / "la vivienda"), a contaminant (``CONTAMINANTS``: "tested the water for lead" / "en
busca de arsénico"; lead by its noun's phrases only), a metal (``METALS``: "steel and aluminum" / "al acero y al
cobre"), where a show streams or a post went up (``PLATFORMS``: "on Netflix" / "en HBO"), a diet (``DIETS``:
"vegetarian options" / "opciones sin gluten"), the state of a road, read with the road (``ROAD_CONDITIONS``: "on
the icy road" / "en la carretera mojada"), what a building had to fight a fire (``FIRE_SAFETY``: "smoke detectors" /
"extintores"), an allergen (``ALLERGENS``: "peanuts" / "mariscos") and what a claim or a fine is for (``CLAIMS``: "a
wrongful death lawsuit" / "por negligencia médica", "wage theft" / "discriminación"), an election's kind
(``ELECTIONS``: "a special election" / "una elección primaria"; "la primaria" alone is a school) and a genre
(``GENRES``: "a comedy" / "un drama", "the mariachi band" / "la banda de cumbia"; "salsa" is a sauce as often), how
a baby was delivered (``DELIVERIES``: "by cesarean section" / "por parto natural"), a blood type (``BLOOD_TYPES``:
"type O" / "tipo A") and what a school adds at its doors (``SECURITY_MEASURES``: "a metal detector" / "un guardia de
seguridad"). And new kinds in older tables: a vacant lot, a senior center, a bus
stop, a dumpster and a port of entry among the places, a trauma and a rehabilitation center, leaf blowers and lawn
mowers banned, tires, electronics and furniture put out, dental and eye care, the coroner ("la oficina del
forense"), a sprain, blunt force, a gunshot and a stab wound, a walkout, a county and a state fair, migrants bused,
a medical emergency, a bomb or a shooting threat, rip currents, sharks, repairs, a staff shortage, fire danger, a
lack of funding and health care among the reasons (and a mechanical problem a technical one), a cockroach, a jaguar,
a leopard, a turtle, an eagle, a termite, a scorpion and a spider among the animals (rodents are rats: a translation
names them by the general word), a nebula, a watercolor, fruit and vegetables, conchas, birria and al pastor, a
vendor's or a building permit ("permisos" alone is any leave, a visa as often), the H-1B, H-2A and H-2B visas,
Temporary Protected Status written in capitals, a chemist, an economist, a physicist and a biologist; wildfire
smoke, dust, fog, high waves, construction and an event among the reasons ("closed for the marathon" / "por la
construcción"), a driver who fell asleep or was taken ill at the wheel, coins and an EBT card among the payments,
salmonella and listeria among the contaminants, a water bill paid, gas service restored, a hillside, a beach,
painkillers, carbon dioxide and methane, a bark beetle, drugs' and insulin's prices, a soda and a vacancy tax, a hat
trick and a brace, a marlin, a tuna, a salmon, a trout, a lizard, short stories, prenatal and pediatric care, an HIV
and a pregnancy test, clear backpacks required, the heat, a gas leak and a pest infestation among the reasons, a
donation (a grant's kind), harassment and plagiarism among the claims.

The forty-eighth round: what a farm raises (``FARMS``: "an outbreak at a dairy farm" / "en una granja avícola";
"avícola" alone is an industry's adjective) and what residents report to the city (``CITY_PROBLEMS``: "report potholes"
/ "reportar grafitis"). And new kinds in older tables: a computer outage (a technical problem), a strike, ice, snow, a
landslide, a fire, a fuel leak, supply chain problems, high bacteria levels and a lack of sponsors or of volunteers
among the reasons ("because of fog" / "debido al hielo"); an explosion, airbags and brakes among the recall hazards
("over faulty airbags" / "por frenos defectuosos"); a consular ID, a bank account, a credit card or a phone number and a
password among the documents ("your Social Security number" / "su número de cuenta bancaria"); direct deposit and cash
accepted among the payments; a festival's prizes (the Palme d'Or, the Grand Jury Prize, the audience award; a "top
prize" is any prize's); water and power saved ("conserve water" / "ahorrar electricidad") and an oil pipeline against a
gas one; a subject taught at a grade ("taught high school chemistry"); a children's, a veterans' and a psychiatric
hospital; a car's median among what it hit; a boxer and a wrestler; printers; the TV networks (ESPN, Fox, Telemundo,
Univision, CNN...) among the platforms; a suspect who fled "en su auto"; heat and hot water lacking read whole ("sin
agua caliente": the outage's "sin agua" would take it); renovations among the repairs, a low enrollment, a budget
shortfall, understaffing and unsanitary conditions among the reasons ("because of low enrollment" / "por problemas de
presupuesto"), a detention center among the places, an undocumented immigrant among the statuses ("without papers" /
"con una visa de trabajo"), a cancer and a heart center, vaping and alcohol among the drugs, and trash among the
neighbours' complaints; what a drug or a habit changes in the body (``HEALTH_MEASURES``: "lowers cholesterol" / "reduce
la presión arterial"), apples among the crops (lower case only: "Apple" is a company), a monkey, false advertising and
negligence among the claims, and migrants "flown" among the means.

The forty-ninth round: what struck a pedestrian or a cyclist (``VEHICLES_THAT_STRUCK``: "struck by a car" /
"atropellado por un camión de carga"; "vehicle" and "vehículo" are any kind, and a lone "camión" is a truck in one
country and a bus in another: neither is read). And new kinds in older tables: blankets and jewelry among the goods,
read after "donations" and a Spanish gerund too ("is collecting blankets" / "está recolectando alimentos enlatados");
an infection among the illnesses and an injury against it ("because of a throat infection" / "debido a una lesión en
la rodilla"), maintenance against a failure ("por una falla"), a lack of evidence, algae, a warming ocean and
pollution among the reasons; buses and laptops among what a rule bans; older and pregnant workers discriminated
against; a seamstress, a photographer, a carpenter and a landscaper; a broken hip ("broken", "fractured", "una
cadera rota"); an appendix and a gallbladder removed; a vent an inmate went through; a personal injury claim; water,
power and gas rates and bills; aluminum wire stolen (a theft's "copper wire" is read before a metal's); water
cannons among what police used on a crowd; a dog's and a snake's bite among the injuries (a bee sting is an
allergen's); a birthday party, a wedding and a quinceañera among the gatherings ("at a birthday party" / "en una
boda").

The fiftieth round: chickens, ducks and parrots among the animals (a farm's live birds: the meat, "chicken" /
"pollo", is a crop's), pears among the crops, a cemetery among the venues ("at the church" / "en el cementerio"), a
clothing drive, discrimination against women and against older people said "personas mayores", and a way of travel
after "por" ("por avión", "por una lancha", "por helicóptero"); a crib's suffocation risk among the recall hazards,
read as choking ("asfixia" is both), an orangutan and a chimpanzee. The fifty-first round: an award's category
(``AWARD_CATEGORIES``: "best director" / "mejor actriz"; 9 faithful corpus pairs say one on both sides, alike), the
phones an app runs on among the platforms ("only on iPhones" / "teléfonos Android"), what a relative does for a living
("Her husband is a doctor" / "Su esposo es abogado", also "El esposo de la alcaldesa es"), and a way of spreading
after an adverb ("spreads mainly through"). The sixty-first round: what a correction corrected (``CORRECTIONS``:
"updated to correct the spelling of a name" / "para corregir una cifra"), a utility by its company ("the water
utility" / "la compañía eléctrica"), and seafood among the crops ("traced to raw oysters" / "carne molida"). The
check compares each table only in the pairs that say one of its phrases on both sides, which the shared pass finds.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import compared_pairs, contrast_findings, prepare_sentences, side_name, words_finding
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.opposites import expand, phrase_readers
from bilingo.rules.words import fold, gate_words
from bilingo.settings import Settings

RULE = "description-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.7

# each colour and the words that say it, in each language (lower case: a capitalised one is a name)
COLOURS = {
    "black": {"en": "black", "es": "negr{o,a,os,as}"},
    "white": {"en": "white", "es": "blanc{o,a,os,as}"},
    "red": {"en": "red", "es": "roj{o,a,os,as}|colorad{o,a,os,as}"},
    "blue": {"en": "blue|navy", "es": "azul{,es}"},
    "green": {"en": "green", "es": "verde{,s}"},
    "yellow": {"en": "yellow", "es": "amarill{o,a,os,as}"},
    "gray": {"en": "gray|grey|silver", "es": "gris{,es}|plateado{,s}|plateada{,s}"},
    "brown": {"en": "brown|tan", "es": "café{,s}|marrón|marrones|castañ{o,a,os,as}|beige"},
    "orange": {"en": "orange", "es": "anaranjad{o,a,os,as}"},
    "purple": {"en": "purple|violet", "es": "morad{o,a,os,as}|púrpura|violeta"},
    "pink": {"en": "pink", "es": "rosad{o,a,os,as}"},
    "blond": {"en": "blond|blonde", "es": "rubi{o,a,os,as}"},  # (hair: "brown hair" / "el pelo rubio")
}
_COLOUR_OF = {lang: {fold(word): colour for colour, words in COLOURS.items() for word in expand(words[lang])}
              for lang in ("en", "es")}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def colours(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The colours ``text`` says: (colour, start, end) of each word, in text order."""
    lang = "es" if lang == "es" else "en"
    words = _COLOUR_OF[lang]
    if words.keys().isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    return tuple((words[fold(match.group())], match.start(), match.end()) for match in _WORD.finditer(text)
                 if match.group().islower() and fold(match.group()) in words)


def changed(colours_here: Counter, colours_there: Counter) -> bool:
    """Whether each side says a colour more often than the other: "a black hoodie and blue jeans" against "una
    sudadera negra y jeans negros" says black once more, and blue once less."""
    return bool(colours_here - colours_there) and bool(colours_there - colours_here)


def prepare(version: Version, settings: Settings) -> None:
    """The colours, the wounds' places and every table's words (one shared pass, ``phrase_readers``) of every
    sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, colours, wounds, weapons.read_all)


# Where on the body a person was hurt ("shot in the leg" / "un disparo en la cabeza"): each part and its words, read
# only after the preposition and article of a wound's place ("in the", "to his", "en la", "en el", "a la"), so that
# "the head of the agency" or "a la cabeza de la lista" is no wound
BODY_PARTS = {
    "head": {"en": "head", "es": "cabeza"}, "face": {"en": "face", "es": "cara|rostro"},
    "neck": {"en": "neck", "es": "cuello"}, "chest": {"en": "chest", "es": "pecho|tórax"},
    "back": {"en": "back", "es": "espalda"}, "abdomen": {"en": "abdomen|stomach|torso", "es": "abdomen|estómago|vientre|torso"},
    "arm": {"en": "arm{,s}", "es": "brazo{,s}"}, "hand": {"en": "hand{,s}", "es": "mano{,s}"},
    "leg": {"en": "leg{,s}|thigh{,s}", "es": "pierna{,s}|muslo{,s}"}, "foot": {"en": "foot|feet", "es": "pie{,s}"},
    "shoulder": {"en": "shoulder{,s}", "es": "hombro{,s}"},
    # (a player's injury: "an elbow injury" / "una lesión en el hombro")
    "elbow": {"en": "elbow{,s}", "es": "codo{,s}"}, "knee": {"en": "knee{,s}|ACL", "es": "rodilla{,s}"},
    "ankle": {"en": "ankle{,s}", "es": "tobillo{,s}"}, "wrist": {"en": "wrist{,s}", "es": "muñeca{,s}"},
    "hip": {"en": "hip{,s}", "es": "cadera{,s}"},
    "hamstring": {"en": "hamstring{,s}", "es": "isquiotibial{,es}|tendón de la corva|tendones de la corva"},
}
_PART_OF = {lang: {word: part for part, words in BODY_PARTS.items() for word in expand(words[lang])}
            for lang in ("en", "es")}
_PARTS = {lang: "|".join(sorted(_PART_OF[lang], key=len, reverse=True)) for lang in ("en", "es")}
_INJURIES = {"en": r"injury|injuries|surgery|fracture|sprain|strain|tear",
             "es": r"lesión|lesiones|fractura|esguince|cirugía|operación|desgarro"}
_WOUND_PLACE = {
    "en": re.compile(r"\b(?:in|to|on)\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?(?P<part>"
                     + _PARTS["en"] + r")\b(?!\s+of\b)"
                     # an injury named by its part: "an elbow injury", "knee surgery", "a sprained left ankle"
                     + r"|\b(?P<injured>" + _PARTS["en"] + r")\s+(?:" + _INJURIES["en"] + r")\b"
                     + r"|\b(?:sprained|broken|fractured)\s+(?:(?:left|right)\s+)?(?P<sprained>" + _PARTS["en"] + r")\b"
                     # a part hurt by a verb: "tore his ACL", "broke her left wrist"
                     + r"|\b(?:injured|hurt|broke|tore|fractured|twisted|dislocated)\s+(?:his|her|their)\s+"
                       r"(?:(?:left|right)\s+)?(?P<hurt>" + _PARTS["en"] + r")\b"),
    "es": re.compile(r"\b(?:en|a)\s+(?:el|la|los|las|su|sus)\s+(?P<part>"
                     + _PARTS["es"] + r")\b(?!\s+de\b)"
                     # "un esguince de tobillo", "una lesión de rodilla"
                     + r"|\b(?:" + _INJURIES["es"] + r")\s+(?:de|del)\s+(?:la\s+)?(?P<injured>" + _PARTS["es"]
                     + r")\b"
                     # "se lesionó el tobillo", "se rompió la muñeca izquierda"
                     + r"|\b[Ss]e\s+(?:lesionó|rompió|fracturó|torció|dislocó|lastimó)\s+(?:el|la|los|las)\s+(?P<hurt>"
                     + _PARTS["es"] + r")\b"
                     # "una cadera rota", "el tobillo fracturado"
                     + r"|\b(?P<sprained>" + _PARTS["es"] + r")\s+(?:rot|fracturad|torcid|dislocad)[oa]s?\b"),
}
# a sentence holding none of the words of a wound's place (most) says none
_WOUND_CUES = {lang: frozenset(fold(word) for word in words) for lang, words in _PART_OF.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def wounds(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The parts of the body ``text`` places a wound or a blow on: (part, start, end) of each word, in text order."""
    lang = "es" if lang == "es" else "en"
    if _WOUND_CUES[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    return tuple((_PART_OF[lang][match.group(group)], match.start(group), match.end(group))
                 for match in _WOUND_PLACE[lang].finditer(text)
                 for group in ("part", "injured", "sprained", "hurt") if match.groupdict().get(group))


# How a person was hurt ("was shot" / "fue apuñalado") and the room a fire or a crime was in ("in the kitchen" / "en
# el dormitorio"): each kind and its phrases ("{a,b}" as in ``opposites.expand``), read in lower case
WEAPONS = {
    "shot": {"en": "{was,were,been,being} shot|fatally shot|shot and killed|shot to death|shot dead|gunshot{,s}|"
                   "gunshot wound{,s}|gunfire",
             "es": "disparo{,s}|balazo{,s}|balead{o,a,os,as}|tirote{ado,ada,ados,adas}|herid{o,a,os,as} de bala|"
                   "{le,les} dispar{ó,aron}|a tiros|de un tiro"},
    "stabbed": {"en": "stabbed|stabbing{,s}|stab wound{,s}|knifed",
                "es": "apuñal{ado,ada,ados,adas,ó,aron}|puñalada{,s}|acuchill{ado,ada,ados,adas,ó,aron}|"
                      "cuchillada{,s}|arma blanca"},
    "beaten": {"en": "{was,were,been} beaten|beaten to death|beating{,s}",
               "es": "golpead{o,a,os,as}|a golpes|golpiza{,s}|paliza{,s}"},
}
ROOMS = {
    "kitchen": {"en": "kitchen{,s}", "es": "cocina{,s}"},
    "bedroom": {"en": "bedroom{,s}", "es": "dormitorio{,s}|recámara{,s}"},
    "living room": {"en": "living room{,s}", "es": "sala{,s} de estar"},
    "bathroom": {"en": "bathroom{,s}|restroom{,s}", "es": "baño{,s}"},
    "garage": {"en": "garage{,s}", "es": "garaje{,s}|cochera{,s}"},
    "basement": {"en": "basement{,s}", "es": "sótano{,s}"},
    "attic": {"en": "attic{,s}", "es": "ático{,s}|desván"},
    "closet": {"en": "closet{,s}", "es": "clóset{,s}|closet{,s}|armario{,s}|ropero{,s}"},
    "roof": {"en": "roof{,s}|rooftop{,s}", "es": "techo{,s}|tejado{,s}|azotea{,s}"},
    # (the yard, front or back, beside the rooms: "chained in the backyard" / "en el garaje")
    "yard": {"en": "backyard{,s}|back yard{,s}|front yard{,s}|yard", "es": "patio{,s}|patio trasero|patio delantero"},
}
# The weapon a person was armed with or used ("armed with a knife" / "armado con una pistola"): a gun of any kind or a
# blade ("arma blanca")
ARMS = {
    "gun": {"en": "gun{,s}|handgun{,s}|pistol{,s}|revolver{,s}|rifle{,s}|shotgun{,s}|firearm{,s}|gunpoint",
            "es": "pistola{,s}|arma{,s} de fuego|revólver{,es}|rifle{,s}|escopeta{,s}|fusil{,es}"},
    # (a weapon meant not to kill, said a firearm: "used a stun gun" / "usaron un arma de fuego")
    "stun gun": {"en": "stun gun{,s}|Taser{,s}|taser{,s}",
                 "es": "pistola{,s} eléctrica{,s}|pistola{,s} paralizante{,s}|arma{,s} de electrochoque|"
                       "arma{,s} paralizante{,s}|táser|Táser|Taser|taser"},
    "pepper spray": {"en": "pepper spray|pepper balls", "es": "gas pimienta|aerosol de pimienta|spray de pimienta"},
    # (what police used on a crowd: "used tear gas" / "balas de goma")
    "tear gas": {"en": "tear gas|teargas", "es": "gas lacrimógeno|gases lacrimógenos"},
    "water cannon": {"en": "water cannon{,s}", "es": "cañ{ón,ones} de agua"},
    "rubber bullets": {"en": "rubber bullet{,s}|rubber round{,s}|rubber-coated bullets",
                       "es": "bala{,s} de goma|proyectil{,es} de goma|bala{,s} de hule"},
    "knife": {"en": "knife|knives|machete{,s}|box cutter{,s}|knifepoint",
              "es": "cuchillo{,s}|navaja{,s}|machete{,s}|arma{,s} blanca{,s}"},
    # (and what a burglar or an attacker swung: "used a crowbar" / "un martillo", "with a baseball bat" / "un tubo")
    "bat": {"en": "baseball bat{,s}|with a bat|with bats", "es": "bate{,s}|bate{,s} de béisbol"},
    "hammer": {"en": "hammer{,s}|sledgehammer{,s}", "es": "martillo{,s}|mazo{,s}|marro{,s}"},
    "crowbar": {"en": "crowbar{,s}|pry bar{,s}", "es": "palanca{,s}|barreta{,s}|pata de cabra|barra de metal"},
    "pipe": {"en": "{a,the} pipe|metal pipe{,s}", "es": "{un,el} tubo|tubo{,s} {metálico,metálicos,de metal}"},
}
# The kind of gun, where each side names one ("armed with a rifle" / "armado con una pistola"): a handgun against a
# long gun. "gun", "firearm" and "arma de fuego" name neither and are not read; "pistola" often translates a plain
# "gun", which names no kind to compare. A gun that fires no bullets ("stun gun", "pistola eléctrica", "water pistol")
# is read as a kind of its own and left out (``gun_kinds``), so that its "pistola" is no handgun.
GUN_KINDS = {
    "handgun": {"en": "handgun{,s}|pistol{,s}|revolver{,s}|semi-automatic pistol{,s}",
                "es": "pistola{,s}|revólver{,es}|arma{,s} corta{,s}"},
    "long gun": {"en": "rifle{,s}|shotgun{,s}|assault rifle{,s}|assault-style rifle{,s}|AR-15-style rifle{,s}|"
                       "hunting rifle{,s}|machine gun{,s}|submachine gun{,s}",
                 "es": "rifle{,s}|escopeta{,s}|fusil{,es}|fusil{,es} de asalto|rifle{,s} de asalto|arma{,s} larga{,s}|"
                       "ametralladora{,s}|metralleta{,s}|subfusil{,es}"},
    "not a firearm": {"en": "water pistol{,s}|air rifle{,s}|pellet rifle{,s}|BB rifle{,s}|toy pistol{,s}|"
                            "air pistol{,s}|pellet pistol{,s}",
                      "es": "pistola{,s} eléctrica{,s}|pistola{,s} paralizante{,s}|pistola{,s} de {agua,aire,balines,"
                            "juguete,clavos,pintura,aire comprimido}|rifle{,s} de {aire,balines,aire comprimido}|"
                            "escopeta{,s} de {aire,balines,aire comprimido}"},
}
# Left or right: a part of the body, a side, a lane, a turn ("shot in the left leg" / "la pierna derecha")
_SIDED = {"en": "{leg,legs,arm,arms,hand,hands,foot,eye,ear,side,lane,lanes,shoulder,knee,hip,wrist,ankle,thigh,"
                "cheek,lung,kidney}",
          "es": "{pierna,piernas,brazo,brazos,mano,manos,pie,pies,ojo,oreja,lado,carril,carriles,hombro,rodilla,"
                "cadera,muñeca,tobillo,muslo,mejilla,pulmón,riñón}"}
_TURNED = {"en": "{turn,turns,turned,turning,Turn} ", "es": "{giró,gira,giran,girar,giraron,dobló,dobla,doblan,doblar,"
                                                      "doblaron,virar,viró} a la "}
# (a place on one side too: "The exit is on the left" / "La salida está a la derecha", "Gire a la derecha")
_TOWARDS = {"en": "{on,to} the ", "es": "{a,hacia,por} la "}
SIDES = {
    "left": {"en": f"left {_SIDED['en']}|{_TURNED['en']}left|{_TOWARDS['en']}left|left-hand",
             "es": f"{_SIDED['es']} izquierd{{o,a,os,as}}|{_TURNED['es']}izquierda|{_TOWARDS['es']}izquierda"},
    "right": {"en": f"right {_SIDED['en']}|{_TURNED['en']}right|{_TOWARDS['en']}right|right-hand",
              "es": f"{_SIDED['es']} derech{{o,a,os,as}}|{_TURNED['es']}derecha|{_TOWARDS['es']}derecha"},
}
# The front or the back of a house or a car ("in the front yard" / "en el patio trasero")
FRONT_AND_BACK = {
    "front": {"en": "front {yard,yards,door,doors,porch,seat,seats,window,windows,lawn,bumper}",
              "es": "{patio,jardín,porche,asiento,parachoques} delantero{,s}|{puerta,ventana} delantera{,s}|"
                    "puerta principal|asientos delanteros"},
    "back": {"en": "back {yard,yards,door,doors,porch,seat,seats,window,windows,bumper}|backyard{,s}|backseat|"
                   "rear {door,doors,seat,seats,window,windows,bumper}",
             "es": "{patio,jardín,porche,asiento,parachoques} trasero{,s}|{puerta,ventana} trasera{,s}|"
                   "puerta de atrás|asientos traseros"},
}

# The animal that attacked, escaped or was found ("a pit bull bit a child" / "un gato mordió a un niño"); "bear" (a
# verb too) is not read
ANIMALS = {
    "dog": {"en": "dog{,s}|puppy|puppies|pit bull{,s}|pitbull{,s}|German shepherd{,s}",
            "es": "perr{o,a,os,as}|cachorr{o,a,os,as}|pitbull{,s}"},
    "cat": {"en": "cat{,s}|kitten{,s}|feline{,s}", "es": "gat{o,a,os,as}|gatito{,s}|felin{o,a,os,as}"},
    "horse": {"en": "horse{,s}", "es": "caballo{,s}|yegua{,s}"},
    "snake": {"en": "snake{,s}|rattlesnake{,s}", "es": "serpiente{,s}|víbora{,s}|culebra{,s}|serpiente de cascabel"},
    "shark": {"en": "shark{,s}", "es": "tiburón|tiburones"},
    "alligator": {"en": "alligator{,s}|crocodile{,s}", "es": "caimán|caimanes|cocodrilo{,s}|lagarto{,s}"},
    "mountain lion": {"en": "mountain lion{,s}|cougar{,s}|puma{,s}",
                      "es": "puma{,s}|león de montaña|leones de montaña"},
    "coyote": {"en": "coyote{,s}", "es": "coyote{,s}"},
    # (the animals a rabies alert names: "a rabid raccoon" / "un zorro rabioso")
    "raccoon": {"en": "raccoon{,s}", "es": "mapache{,s}"},
    "fox": {"en": "fox|foxes", "es": "zorro{,s}|zorra{,s}"},
    "skunk": {"en": "skunk{,s}", "es": "zorrillo{,s}|mofeta{,s}"},
    "squirrel": {"en": "squirrel{,s}", "es": "ardilla{,s}"},
    "opossum": {"en": "opossum{,s}|possum{,s}", "es": "zarigüeya{,s}|tlacuache{,s}"},
    # (a bear after an article or a kind: "bears" is also a verb, "the Bears" a team)
    "bear": {"en": "{a,the,A,The} bear|black bear{,s}|brown bear{,s}|polar bear{,s}|grizzly bear{,s}|grizzl{y,ies}",
             "es": "oso{,s}|osa{,s} negra{,s}|osa{,s} polar{,es}"},
    "wolf": {"en": "wolf|wolves", "es": "lobo{,s}"},
    "sea lion": {"en": "sea lion{,s}", "es": "le{ón,ones} marino{,s}|lobo{,s} marino{,s}"},
    "deer": {"en": "deer", "es": "venado{,s}|ciervo{,s}"},
    "frog": {"en": "frog{,s}|toad{,s}", "es": "rana{,s}|sapo{,s}"},
    "lizard": {"en": "lizard{,s}|iguana{,s}", "es": "lagartija{,s}|lagarto{,s}|iguana{,s}"},
    "marlin": {"en": "marlin", "es": "marlín|pez vela"},
    "tuna": {"en": "tuna", "es": "atún|atunes"},
    "salmon": {"en": "salmon", "es": "salmón|salmones"},
    "trout": {"en": "trout", "es": "trucha{,s}"},
    "bee": {"en": "bee{,s}|honeybee{,s}|wasp{,s}|hornet{,s}", "es": "abeja{,s}|avispa{,s}|avispón|avispones"},
    "mosquito": {"en": "mosquito{,s,es}", "es": "mosquito{,s}|zancudo{,s}"},
    # (rodents are rats as often, in a translation's general word: "goats, rats and cats" / "los roedores")
    "rat": {"en": "rat{,s}|rodent{,s}", "es": "rata{,s}|roedor{,es}"},
    "mouse": {"en": "mouse|mice", "es": "ratón|ratones"},
    "monkey": {"en": "monkey{,s}|primate{,s}", "es": "mono{,s}|primate{,s}"},
    "cockroach": {"en": "cockroach{,es}|roach{,es}", "es": "cucaracha{,s}"},
    # (a sea's and a sky's: "Whales were spotted off the coast" / "delfines", "200 species of birds" / "mariposas")
    "whale": {"en": "whale{,s}", "es": "ballena{,s}"},
    "dolphin": {"en": "dolphin{,s}", "es": "delfín|delfines"},
    "bird": {"en": "bird{,s}", "es": "ave{,s}|pájaro{,s}"},
    "butterfly": {"en": "butterfl{y,ies}", "es": "mariposa{,s}"},
    # (a ranch's herd: "500 head of cattle" / "cabezas de ovejas"; "ganado" alone is also "won")
    "cow": {"en": "cow{,s}|cattle|steer{,s}", "es": "vaca{,s}|ganado vacuno|cabezas de ganado|res|reses|novillo{,s}"},
    "sheep": {"en": "sheep|lamb{,s}", "es": "oveja{,s}|borrego{,s}|cordero{,s}"},
    "goat": {"en": "goat{,s}", "es": "cabra{,s}|chivo{,s}"},
    # (a farm's birds; the meat, "chicken" / "pollo", is ``CROPS``')
    "chicken": {"en": "chickens|hen{,s}|rooster{,s}", "es": "gallina{,s}|gallo{,s}"},
    "duck": {"en": "duck{,s}", "es": "pato{,s}"},
    "parrot": {"en": "parrot{,s}|macaw{,s}", "es": "loro{,s}|guacamaya{,s}|cotorra{,s}|perico{,s}"},
    "pig": {"en": "pig{,s}|hog{,s}", "es": "cerdo{,s}|puerco{,s}|cochino{,s}"},
    # a zoo's animals ("a baby giraffe" / "un bebé elefante")
    "elephant": {"en": "elephant{,s}", "es": "elefante{,s}"},
    "giraffe": {"en": "giraffe{,s}", "es": "jirafa{,s}"},
    "lion": {"en": "lion{,s}|lioness{,es}", "es": "le{ón,ones}|leona{,s}"},
    "tiger": {"en": "tiger{,s}", "es": "tigre{,s}"},
    "jaguar": {"en": "jaguar{,s}", "es": "jaguar{,es}"},
    "leopard": {"en": "leopard{,s}", "es": "leopardo{,s}"},
    "turtle": {"en": "turtle{,s}|tortoise{,s}", "es": "tortuga{,s}"},
    "eagle": {"en": "eagle{,s}", "es": "águila{,s}"},
    "termite": {"en": "termite{,s}", "es": "termita{,s}|comején|comejenes"},
    "beetle": {"en": "beetle{,s}|bark beetle{,s}", "es": "escarabajo{,s}|gorgojo{,s}"},
    "scorpion": {"en": "scorpion{,s}", "es": "alacrán|alacranes|escorpi{ón,ones}"},
    "spider": {"en": "spider{,s}", "es": "araña{,s}"},
    "penguin": {"en": "penguin{,s}", "es": "pingüino{,s}"},
    "gorilla": {"en": "gorilla{,s}", "es": "gorila{,s}"},
    "orangutan": {"en": "orangutan{,s}", "es": "orangután|orangutanes"},
    "chimpanzee": {"en": "chimpanzee{,s}|chimp{,s}", "es": "chimpancé{,s}"},
}

# The kind of place where something happened or that a story is about ("near the school" / "cerca del hospital",
# "bars and restaurants" / "bares y parques"). A lower-case word only ("Park Avenue", "the Bank of America" are names,
# read by the name rule), but for the institutions of ``_NAMED_VENUES``; kinds a translation may say either way are
# one ("clinic" and "hospital", "jail" and "prison"), and the
# phrases that hold a venue's word but say another thing are kinds of their own ("car park" / "estacionamiento",
# "parque eólico", "behind bars" / "tras las rejas")
VENUES = {
    "school": {"en": "school{,s}|schoolhouse{,s}", "es": "escuela{,s}|colegio{,s}"},
    # (a student's: "building a new dorm" / "un nuevo estadio")
    "dorm": {"en": "dorm{,s}|dormitory|dormitories|residence hall{,s}",
             "es": "residencia{,s} {estudiantil,estudiantiles,universitaria,universitarias}|"
                   "dormitorio{,s} {estudiantil,estudiantiles}"},
    # (where an animal was taken: "moved to a sanctuary" / "a un zoológico")
    "zoo": {"en": "zoo{,s}", "es": "zoológico{,s}|zoo{,s}"},
    "sanctuary": {"en": "sanctuary|sanctuaries|wildlife refuge{,s}",
                  "es": "santuario{,s}|refugio{,s} de vida silvestre"},
    # where a person died or is cared for ("died at home" / "murió en el hospital"); "a home", "las casas" are no
    # venue
    "home": {"en": "at home|at {her,his,their,the family's} home|{stay,stays,stayed,staying} home|"
                   "{in,inside} {her,his,their} {apartment,home,house}",
             "es": "en casa|{en,dentro de} su {casa,hogar,domicilio,apartamento,departamento,vivienda}"},
    "hospital": {"en": "hospital{,s}|clinic{,s}|medical center{,s}",
                 "es": "hospital{,es}|clínica{,s}|centro{,s} médico{,s}"},
    # where a victim died or was treated ("pronounced dead at the scene" / "murió en el hospital")
    "scene": {"en": "at the scene|on scene|on the scene", "es": "en el lugar"},  # ("la escena política": a field)
    "church": {"en": "church{,es}|chapel{,s}|cathedral{,s}", "es": "iglesia{,s}|capilla{,s}|catedral{,es}"},
    "park": {"en": "park|parks", "es": "parque{,s}"},
    "restaurant": {"en": "restaurant{,s}|diner{,s}|cafe{,s}|café{,s}|cafeteria{,s}|coffee shop{,s}|coffeehouse{,s}",
                   "es": "restaurante{,s}|cafetería{,s}|fonda{,s}"},
    "library": {"en": "library|libraries", "es": "biblioteca{,s}"},
    "mosque": {"en": "mosque{,s}", "es": "mezquita{,s}"},
    "synagogue": {"en": "synagogue{,s}", "es": "sinagoga{,s}"},
    # where the displaced sleep ("donations for the food pantry" / "para el refugio"; an animal shelter is its own)
    # (and a safe haven, "refugio" as often: "a bank perceived to be a safe haven" / "un refugio seguro")
    "shelter": {"en": "homeless shelter{,s}|emergency shelter{,s}|{a,the} shelter|shelters for|safe haven{,s}",
                "es": "refugio{,s}|albergue{,s}"},
    "tax haven": {"en": "tax haven{,s}", "es": "paraíso{,s} fiscal{,es}|refugio{,s} fiscal{,es}"},
    "university": {"en": "university|universities", "es": "universidad{,es}"},
    "bookstore": {"en": "bookstore{,s}|bookshop{,s}", "es": "librería{,s}"},
    "airport": {"en": "airport{,s}", "es": "aeropuerto{,s}"},
    "train station": {"en": "train station{,s}|railway station{,s}|rail station{,s}",
                      "es": "estaci{ón,ones} de {tren,trenes,ferrocarril}|estaci{ón,ones} ferroviaria{,s}"},
    "bus station": {"en": "bus station{,s}|bus terminal{,s}|bus depot{,s}",
                    "es": "estaci{ón,ones} de autobuses|terminal{,es} de autobuses|central camionera"},
    "stadium": {"en": "stadium{,s}|arena{,s}", "es": "estadio{,s}"},
    # where a band played or a play runs ("at the stadium" / "en el teatro"); a theater and a cinema are one ("historic
    # theatres" / "salas de cine")
    "theater": {"en": "theater{,s}|theatre{,s}|auditorium{,s}|concert hall{,s}|cinema{,s}",
                "es": "teatro{,s}|auditorio{,s}|sala{,s} de {conciertos,cine}|cine{,s}"},
    "funeral home": {"en": "funeral home{,s}|mortuary|mortuaries", "es": "funeraria{,s}|velatorio{,s}"},
    # (where a memorial or a burial is held: "at the church" / "en el cementerio")
    "cemetery": {"en": "cemetery|cemeteries|graveyard{,s}", "es": "cementerio{,s}|panteón|panteones"},
    # where a person was found ("found dead in her apartment" / "en su auto")
    "car": {"en": "{in,inside} {her,his,their} {car,vehicle,truck,pickup,SUV,van}",
            "es": "{en,dentro de} su {auto,carro,coche,vehículo,camioneta,automóvil}"},
    "museum": {"en": "museum{,s}", "es": "museo{,s}"},
    "hotel": {"en": "hotel{,s}|motel{,s}", "es": "hotel{,es}|motel{,es}"},
    "gas station": {"en": "{gas,petrol} station{,s}", "es": "gasolinera{,s}|estaci{ón,ones} de servicio"},
    "fire station": {"en": "fire station{,s}|firehouse{,s}",
                     "es": "estaci{ón,ones} de bomberos|parque{,s} de bomberos|cuartel{,es} de bomberos"},
    "police station": {"en": "police station{,s}", "es": "estaci{ón,ones} de policía|comisaría{,s}"},
    "mall": {"en": "mall{,s}|shopping center{,s}", "es": "centro{,s} comercial{,es}"},
    "nursing home": {"en": "nursing home{,s}",
                     "es": "residencia{,s} de ancianos|hogar{,es} de ancianos|asilo{,s} de ancianos"},
    # (a beach's name opens with its kind in Spanish: "Playa Ancón beach" / "la Playa de Ancón")
    "beach": {"en": "beach{,es}", "es": "playa{,s}|Playa{,s}"},
    "bar": {"en": "bar{,s}|nightclub{,s}|pub{,s}", "es": "bar{,es}|discoteca{,s}|club{,es} nocturno{,s}|cantina{,s}"},
    # (a supermarket chain's are its stores as often: one kind; "shop" and "store" as verbs are one side's words)
    "store": {"en": "supermarket{,s}|grocery store{,s}|store{,s}|shop{,s}",
              "es": "supermercado{,s}|tienda{,s}|grandes almacenes"},
    "warehouse": {"en": "warehouse{,s}", "es": "almacén|almacenes|bodega{,s}"},
    "factory": {"en": "factory|factories|manufacturing plant{,s}", "es": "fábrica{,s}|maquiladora{,s}"},
    "convention center": {"en": "convention {center,centers,centre}|conference {center,centers,centre}",
                          "es": "centro{,s} de {convenciones,conferencias}|palacio{,s} de congresos"},
    "gym": {"en": "gym{,s}|gymnasium{,s}", "es": "gimnasio{,s}"},
    "city hall": {"en": "city hall|City Hall", "es": "ayuntamiento|Ayuntamiento|palacio municipal|Palacio Municipal|"
                                                 "{la,a la,hasta la,frente a la} alcaldía"},
    "capitol": {"en": "Capitol|statehouse|Statehouse|state Capitol", "es": "Capitolio|capitolio|capitolio estatal"},
    "courthouse": {"en": "courthouse{,s}", "es": "juzgado{,s}|palacio de justicia|Palacio de Justicia|"
                                   "{frente a,afuera de,fuera de,a las puertas de} la corte|"
                                   "{frente al,afuera del,fuera del,a las puertas del} tribunal"},
    # where a crash happened ("at an intersection" / "en un puente", "in a crosswalk" / "en la banqueta")
    "intersection": {"en": "intersection{,s}", "es": "intersecci{ón,ones}|cruce{,s}"},
    "crosswalk": {"en": "crosswalk{,s}", "es": "paso{,s} {de peatones,peatonal,peatonales}|cruce{,s} peatonal{,es}"},
    "sidewalk": {"en": "sidewalk{,s}", "es": "banqueta{,s}|acera{,s}|vereda{,s}"},
    "ramp": {"en": "{freeway,highway,exit,entrance} ramp{,s}|on-ramp{,s}|off-ramp{,s}",
             "es": "rampa{,s}|rampa{,s} de {acceso,salida,entrada}"},
    "school zone": {"en": "school zone{,s}", "es": "zona{,s} escolar{,es}"},
    "construction zone": {"en": "{construction,work} zone{,s}", "es": "zona{,s} de {construcción,obras,trabajo}"},
    "border": {"en": "at the border|border crossing{,s}|port of entry|ports of entry",
               "es": "en la frontera|cruce{,s} fronterizo{,s}|cruce{,s} de {frontera,fronteras}|puerto{,s} de entrada"},
    "apartment complex": {"en": "apartment {complex,complexes,building,buildings}",
                          "es": "{complejo,complejos,edificio,edificios} de {apartamentos,departamentos}|"
                                "{conjunto,conjuntos,unidad,unidades} habitacional{,es}"},
    "bridge": {"en": "bridge{,s}|overpass{,es}", "es": "puente{,s}|paso{,s} elevado{,s}"},
    "bank": {"en": "bank{,s}", "es": "banco{,s}"},
    # (an immigrant's: "outside the detention center" / "del hospital")
    "detention center": {"en": "detention {center,centers,facility,facilities}",
                         "es": "centro{,s} de detención{, migratoria, de inmigrantes}"},
    "prison": {"en": "prison{,s}|jail{,s}|behind bars|in {his,her,their} cell{,s}",
               "es": "cárcel{,es}|prisi{ón,ones}|tras las rejas|celda{,s}"},
    "pharmacy": {"en": "pharmac{y,ies}|drugstore{,s}", "es": "farmacia{,s}|botica{,s}"},
    "parking lot": {"en": "parking lot{,s}|parking garage{,s}|car park{,s}",
                    "es": "estacionamiento{,s}|aparcamiento{,s}|parking"},
    "vacant lot": {"en": "vacant lot{,s}|empty lot{,s}", "es": "{lote,lotes,terreno,terrenos} {baldío,baldíos}|baldío"},
    "senior center": {"en": "senior center{,s}|senior centre{,s}",
                      "es": "centro{,s} {para,de} {personas mayores,adultos mayores,la tercera edad,jubilados}"},
    "bus stop": {"en": "bus stop{,s}", "es": "parada{,s} de {autobús,autobuses,camión,camiones,bus}"},
    "wind farm": {"en": "wind farm{,s}|solar farm{,s}", "es": "parque{,s} eólico{,s}|parque{,s} solar{,es}"},
    # a lawyers' body ("admitted to the state bar" / "el colegio de abogados"), and where a vote is cast ("colegio
    # electoral" is a polling place in Spain and the Electoral College in the US)
    "bar association": {"en": "state bar|bar association{,s}|bar exam{,s}|the bar exam|admitted to the bar",
                        "es": "colegio{,s} de abogados|barra{,s} de abogados|examen de la barra"},
    "polling place": {"en": "polling {place,places,station,stations,site,sites}|electoral college",
                      "es": "colegio{,s} electoral{,es}|centro{,s} de votación|casilla{,s} electoral{,es}"},
    # where donations go ("donations to the Austin Food Bank" / "a la Sociedad Protectora de Animales de Austin")
    "food bank": {"en": "food bank{,s}|food pantr{y,ies}",
                  "es": "banco{,s} de alimentos|despensa{,s} de alimentos|despensa{,s} comunitaria{,s}"},
    "animal shelter": {"en": "animal shelter{,s}|humane society|humane societies",
                       "es": "refugio{,s} {de,para} animales|sociedad{,es} protectora{,s} de animales|"
                             "protectora{,s} de animales"},
}
# The water a body was found in or a car went into ("found in the river" / "en el lago"; "Rio Grande" is a name, not
# read in English)
WATERS = {
    "river": {"en": "river{,s}", "es": "río{,s}"},
    "lake": {"en": "lake{,s}", "es": "lago{,s}|laguna{,s}"},
    "creek": {"en": "creek{,s}|stream{,s}", "es": "arroyo{,s}"},
    "pond": {"en": "pond{,s}", "es": "estanque{,s}"},
    # (and the coast: "off the coast" / "en el río")
    "ocean": {"en": "ocean{,s}|sea{,s}|gulf|Gulf of Mexico|the Gulf|coast{,s}|coastline{,s}|offshore|beach{,es}|"
                    "the surf",
              "es": "océano{,s}|mar|mares|golfo|Golfo de México|costa{,s}|litoral|playa{,s}|alta mar|el oleaje"},
    "canal": {"en": "canal{,s}", "es": "canal{,es}"},
    # ("pool" alone is also a car pool, a pool of candidates)
    "pool": {"en": "swimming pool{,s}|backyard pool{,s}|community pool{,s}|{in,into} {a,the,his,her,their} pool|"
                   "{a,the} {neighbor's,neighbour's,family's} pool",
             "es": "piscina{,s}|alberca{,s}"},
}
# What a driver ran or failed to stop at ("ran a red light" / "se pasó una señal de alto")
TRAFFIC_CONTROLS = {
    "red light": {"en": "red light{,s}|traffic light{,s}|traffic signal{,s}|stoplight{,s}",
                  "es": "semáforo{,s}|luz roja|luces rojas"},
    "stop sign": {"en": "stop sign{,s}",
                  "es": "señal{,es} de alto|señal{,es} de pare|letrero{,s} de alto|señal{,es} de stop"},
    "speed bump": {"en": "speed bump{,s}|speed hump{,s}|speed table{,s}",
                   "es": "reductor{,es} de velocidad|tope{,s}|badén|badenes|lomo{,s} de burro"},
}

# How a suspect fled or a person got somewhere: on foot, in a vehicle, by bus, plane, train or boat ("fled on foot" /
# "huyó en un vehículo"; "a pie" after "de" is ordinary people, "ciudadanos de a pie": ``means``)
MEANS = {
    # (and walking or riding a bike when hit: "was riding his bike" / "iba caminando")
    "on foot": {"en": "on foot|{was,were} walking", "es": "a pie|{iba,iban} caminando|caminaba|caminaban"},
    "vehicle": {"en": "in {a,his,her,their} {car,vehicle,truck,pickup,pickup truck,van,sedan,SUV}|by car|"
                      "{drove,driving,drive,drives} {off,away}",
                "es": "en {un,una,su} {vehículo,auto,automóvil,carro,coche,camioneta,sedán,furgoneta}|"
                      "en {auto,automóvil,carro,coche,vehículo,camioneta}"},
    "motorcycle": {"en": "on a motorcycle|on motorcycles|by motorcycle",
                   "es": "en {moto,motocicleta,motos,motocicletas}|en una {moto,motocicleta}"},
    # (and how a river was crossed: "on a raft" / "a nado")
    "raft": {"en": "on a raft|in a raft|on rafts|on an inner tube|on inner tubes",
             "es": "en {una ,}balsa{,s}|en {una ,}cámara{,s} de llanta|en {un ,}neumático{,s}"},
    "swimming": {"en": "by swimming|swam across|swam", "es": "a nado|nadando"},
    "bicycle": {"en": "on a {bicycle,bike}|on bicycles|on bikes|by bike|by bicycle|{riding,rode} {his,her,their,a} "
                      "{bike,bicycle}",
                "es": "en bicicleta|en bicicletas|en una bicicleta|en bici"},
    # how people travelled ("arrived by bus" / "llegaron en avión"; "camión" is a bus in Mexico, a truck elsewhere)
    "bus": {"en": "by bus|on a bus|on buses|bused|bussed", "es": "en autobús|en autobuses|en {un,el} autobús|en bus"},
    "plane": {"en": "by plane|by air|on a plane|on a flight|{were,was,been,being} flown",
              "es": "en avión|en aviones|en {un,el} avión|por {aire,avión,vía aérea}"},
    "train": {"en": "by train|on a train", "es": "en tren|en {un,el} tren"},
    "boat": {"en": "by boat|on a boat|in a boat", "es": "en {barco,bote,lancha,barcos,botes,lanchas}|"
                                                          "en {un,una,el,la} {barco,bote,lancha}|"
                                                          "por {barco,mar,vía marítima}|"
                                                          "por {un,una} {barco,bote,lancha}"},
    # how the injured were taken to a hospital ("airlifted" / "trasladado en ambulancia")
    "helicopter": {"en": "airlifted|by helicopter|in a helicopter|by air ambulance",
                   "es": "en helicóptero|en {un,el} helicóptero|aerotransportad{o,a,os,as}|en ambulancia aérea|"
                         "por {un ,}helicóptero"},
    "ambulance": {"en": "by ambulance|in an ambulance|in ambulances|by ground",
                  "es": "en ambulancia|en {una,la} ambulancia|{trasladad,llevad,transportad}{o,a,os,as} por tierra"},
}

# The crop a farm grew or a drought or a freeze hit ("lost most of its corn crop" / "su cosecha de trigo")
CROPS = {
    "corn": {"en": "corn|maize", "es": "maíz"},
    "wheat": {"en": "wheat", "es": "trigo"},
    "vegetables": {"en": "vegetables|veggies", "es": "verduras|vegetales|hortalizas"},
    "fruit": {"en": "fruit{,s}", "es": "fruta{,s}"},
    "soybeans": {"en": "soybean{,s}|soy", "es": "soja|soya"},
    "rice": {"en": "rice", "es": "arroz"},
    "cotton": {"en": "cotton", "es": "algodón"},
    "potatoes": {"en": "potato{,es}", "es": "papa{,s}|patata{,s}"},
    "tomatoes": {"en": "tomato{,es}", "es": "tomate{,s}|jitomate{,s}"},
    # (the produce an outbreak is traced to: "contaminated lettuce" / "espinacas contaminadas")
    "lettuce": {"en": "lettuce|romaine", "es": "lechuga{,s}"},
    "spinach": {"en": "spinach", "es": "espinaca{,s}"},
    "onions": {"en": "onion{,s}", "es": "cebolla{,s}"},
    "carrots": {"en": "carrot{,s}", "es": "zanahoria{,s}"},
    "cucumbers": {"en": "cucumber{,s}", "es": "pepino{,s}"},
    "peaches": {"en": "peach{,es}", "es": "durazno{,s}|melocot{ón,ones}"},
    "pears": {"en": "pear{,s}", "es": "pera{,s}"},
    "pecans": {"en": "pecan{,s}", "es": "nuez|nueces|nuez pecana|nueces pecanas"},
    # a food's price or a recall ("the price of beef" / "el precio del pollo"; "carne" alone is any meat)
    "beef": {"en": "beef|ground beef", "es": "carne de res|carne de vaca|carne vacuna|carne molida|ternera"},
    "chicken": {"en": "chicken", "es": "pollo{,s}|carne de pollo"},
    "pork": {"en": "pork|bacon|ham", "es": "carne de cerdo|carne de puerco|tocino|jamón"},
    "eggs": {"en": "egg{,s}|Egg{,s}", "es": "huevo{,s}"},
    "milk": {"en": "milk", "es": "leche"},
    # (seafood, as an outbreak or a recall names it: "traced to raw oysters" / "relacionado con carne molida")
    "oysters": {"en": "oyster{,s}", "es": "ostra{,s}|ostión|ostiones"},
    "shrimp": {"en": "shrimp{,s}", "es": "camarón|camarones|gamba{,s}"},
    "fish": {"en": "fish|salmon|tuna", "es": "pescado{,s}|salmón|atún"},
    "strawberries": {"en": "strawberr{y,ies}", "es": "fresa{,s}|frutilla{,s}"},
    "blueberries": {"en": "blueberr{y,ies}", "es": "arándano{,s}|arándano{,s} azul{,es}|mora{,s} azul{,es}"},
    "cranberries": {"en": "cranberr{y,ies}", "es": "arándano{,s} rojo{,s}"},
    "raspberries": {"en": "raspberr{y,ies}", "es": "frambuesa{,s}"},
    "blackberries": {"en": "blackberr{y,ies}", "es": "zarzamora{,s}"},
    "avocados": {"en": "avocado{,s}", "es": "aguacate{,s}|palta{,s}"},
    "grapes": {"en": "grape{,s}|vineyard{,s}", "es": "uva{,s}|viñedo{,s}"},
    "oranges": {"en": "orange grove{,s}|orange crop{,s}|citrus", "es": "naranjo{,s}|naranjal{,es}|cítrico{,s}"},
    # (lower case only: "Apple" is a company; "manzana" is a city block too, which no English crop is said against)
    "apples": {"en": "apple{,s}|apple orchard{,s}", "es": "manzana{,s}|manzano{,s}"},
}


def _beat(english: str, spanish: str) -> dict[str, str]:
    """A reporter's beat's phrases: after a verb of covering, or before (English) or after (Spanish) a reporter's
    noun ("covers education", "an education reporter", "reportera de salud", "cubre temas de salud")."""
    return {"en": f"{{cover,covers,covered,covering}} {{{english}}}|{{{english}}} {{reporter,reporters,writer,"
                  f"editor,correspondent}}",
            "es": f"{{reportero,reportera,reporteros,periodista,periodistas,corresponsal,editor,editora}} "
                  f"{{de,sobre}} {{{spanish}}}|{{cubre,cubría,cubrió,cubriendo,cubrir,Cubre,Cubría,Cubrió}} "
                  f"{{,temas de ,la fuente de }}{{{spanish}}}"}


# The beat a reporter covers, in a byline's bio ("a reporter covering education" / "reportera de salud")
BEATS = {
    "education": _beat("education,schools", "educación,escuelas"),
    "health": _beat("health,health care,public health", "salud,salud pública,sanidad"),
    "politics": _beat("politics,state politics,local politics,government,the Legislature,the statehouse",
                      "política,la política,política local,política estatal,gobierno,la Legislatura"),
    "crime": _beat("crime,public safety,criminal justice,police", "crimen,criminalidad,seguridad pública,"
                   "justicia penal,policía,la policía"),
    "courts": _beat("courts,the courts,legal affairs", "tribunales,los tribunales,cortes,las cortes,asuntos legales"),
    "immigration": _beat("immigration,the border", "inmigración,la frontera"),
    "business": _beat("business,the economy,economics", "negocios,economía,la economía"),
    "environment": _beat("the environment,environment,climate,climate change", "medio ambiente,el medio ambiente,"
                         "clima,el clima,cambio climático,el cambio climático"),
    "sports": _beat("sports", "deportes"),
    "housing": _beat("housing", "vivienda"),
    "transportation": _beat("transportation,transit", "transporte,transporte público"),
    "city hall": _beat("city hall,City Hall,local government", "el ayuntamiento,la alcaldía,el gobierno local,"
                       "gobierno local,el concejo municipal"),
}

# The meal a restaurant serves or a school gives ("serves breakfast and lunch" / "sirve solo cenas")
MEALS = {
    "breakfast": {"en": "breakfast{,s}", "es": "desayuno{,s}"},
    "lunch": {"en": "lunch{,es}", "es": "almuerzo{,s}"},
    "dinner": {"en": "dinner{,s}|supper{,s}", "es": "cena{,s}"},
}

# The clergy who led a service or spoke ("The rabbi led the prayer service" / "El sacerdote"; "padre" is also a
# father, "cura" a cure, "imán" a magnet: not read)
CLERGY = {
    "rabbi": {"en": "rabbi{,s}", "es": "rabino{,s}|rabina{,s}"},
    "priest": {"en": "priest{,s}", "es": "sacerdote{,s}|{el,un} cura"},
    "pastor": {"en": "pastor{,s}", "es": "pastor{,es}|pastora{,s}"},
    "bishop": {"en": "bishop{,s}|archbishop{,s}", "es": "obispo{,s}|arzobispo{,s}"},
    "nun": {"en": "nun{,s}", "es": "monja{,s}"},
    "deacon": {"en": "deacon{,s}", "es": "diácono{,s}"},
}

# The drug seized or that killed ("overdose deaths involved fentanyl" / "heroína")
DRUGS = {
    "fentanyl": {"en": "fentanyl", "es": "fentanilo"},
    "heroin": {"en": "heroin", "es": "heroína"},
    "cocaine": {"en": "cocaine|crack cocaine", "es": "cocaína"},
    "methamphetamine": {"en": "methamphetamine|meth", "es": "metanfetamina{,s}|cristal"},
    "marijuana": {"en": "marijuana|cannabis|pot", "es": "marihuana|mariguana|cannabis"},
    # (and what a health warning is about: "the risks of vaping" / "del alcohol")
    "vaping": {"en": "vaping|e-cigarette{,s}|vape{,s}", "es": "vapeo|vapear|cigarrillo{,s} electrónico{,s}|"
                                                          "vapeador{,es}"},
    "alcohol": {"en": "alcohol", "es": "alcohol"},
}

# The sport of a team, a season or a title ("the football team" / "el equipo de béisbol"); soccer and American
# football are one: English "football" is either, and so is Spanish "fútbol"
SPORTS = {
    "football": {"en": "football|soccer", "es": "fútbol|futbol|fútbol americano|balompié"},
    "baseball": {"en": "baseball", "es": "béisbol|beisbol"},
    "softball": {"en": "softball", "es": "sóftbol|softbol"},
    "basketball": {"en": "basketball", "es": "baloncesto|básquetbol|básquet|basquetbol"},
    "volleyball": {"en": "volleyball", "es": "voleibol|vóleibol|vóley"},
    "hockey": {"en": "hockey", "es": "hockey"},
    "tennis": {"en": "tennis", "es": "tenis"},
    "golf": {"en": "golf", "es": "golf"},
    "wrestling": {"en": "wrestling|wrestler{,s}", "es": "lucha libre|luchador{,a,es,as}"},
    "boxing": {"en": "boxing|boxer{,s}", "es": "boxeo|boxeador{,a,es,as}|púgil{,es}"},
}

def _subject(english: str, spanish: str, also: tuple[str, str] | None = None) -> dict[str, str]:
    """A field's phrases, read only where a prize, a degree, studies or a teacher are of it ("a Nobel Prize in
    chemistry", "a degree in nursing", "maestra de matemáticas", "exmaestra de inglés"): alone, "física" and "química"
    are also adjectives ("educación física", "armas químicas"); and ``also``'s phrases in each language, such as the
    names of its schools ("Harvard Law School" / "la Facultad de Medicina de Harvard")."""
    if also is not None:
        phrases = _subject(english, spanish)
        return {"en": f"{phrases['en']}|{also[0]}", "es": f"{phrases['es']}|{also[1]}"}
    return {"en": f"{{Nobel Prize,Nobel,degree,degrees,bachelor's degree,master's degree,doctorate,Ph.D.,PhD,major,"
                  f"majored,majoring,scores,test scores,proficiency,proficient}} in {{{english}}}|{{studied,studies,"
                  f"study,studying,teaches,taught,teach}} "
                  f"{{,high school ,middle school ,college ,AP }}{{{english}}}|"
                  f"{{{english}}} {{teacher,teachers,professor,professors,class,classes,major,majors,"
                  f"degree,department,student,students,scores,test scores,test,tests,school}}",
            "es": f"{{Premio Nobel,premio Nobel,Nobel,título,licenciatura,maestría,doctorado,grado,carrera,"
                  f"resultados,puntajes,puntuaciones,calificaciones}} "
                  f"{{de,en}} {{{spanish}}}|{{estudió,estudia,estudiar,estudiaba,enseña,enseñaba,enseñó,Estudió,"
                  f"Estudia,Enseña,Enseñó}} "
                  f"{{{spanish}}}|{{maestro,maestra,maestros,maestras,profesor,profesora,profesores,exmaestro,"
                  f"exmaestra,exprofesor,exprofesora,clase,clases,"
                  f"departamento,estudiante,estudiantes,examen,exámenes,prueba,pruebas,escuela,facultad}} de "
                  f"{{{spanish}}}"}



def _organ(english: str, spanish: str, adjectives: str) -> dict[str, str]:
    """An organ's phrases, read only where a transplant, a failure, a disease, damage or a tumor is of it ("a kidney
    transplant", "insuficiencia renal", "un tumor del hígado"): alone, "heart" and "corazón" are as often the middle
    of a city or of a matter. A cancer of an organ is decision-mismatch's (``opposites.CANCERS``)."""
    return {"en": f"{{{english}}} {{transplant,transplants,failure,disease,tumor,tumors,surgery,damage,infection,"
                  f"donor,donors,biopsy}}|{{tumor,tumors,mass,masses}} {{in,on,from}} {{his,her,their,the,a}} "
                  f"{{{english}}}",
            "es": f"{{trasplante,trasplantes,tumor,tumores,daño,daños,enfermedad,enfermedades,infección,cirugía,"
                  f"donante,donantes,biopsia}} {{de,del,en el,en la,de la}} {{{spanish}}}|"
                  f"{{insuficiencia,enfermedad,enfermedades,trasplante,daño,tumor,falla}} {{{adjectives}}}"}


# Where a transplant, a failure, a disease or a tumor was ("a kidney transplant" / "un trasplante de hígado",
# "removed a tumor from her lung" / "un tumor del hígado")
ORGANS = {
    "lung": _organ("lung,lungs", "pulmón,pulmones", "pulmonar,pulmonares"),
    "liver": _organ("liver", "hígado", "hepática,hepático,hepáticas"),
    "kidney": _organ("kidney,kidneys", "riñón,riñones", "renal,renales"),
    "heart": _organ("heart", "corazón", "cardíaca,cardiaca,cardíaco,cardiaco,cardíacas,cardiacas,cardiovascular,"
                                         "cardiovasculares"),
    "brain": _organ("brain", "cerebro", "cerebral,cerebrales"),
    "pancreas": _organ("pancreas", "páncreas", "pancreática,pancreático"),
    # (and what a surgeon removes: "removed the boy's appendix" / "le extirparon la vesícula")
    "appendix": {"en": "{removed,remove,removing} {his,her,their,the,the boy's,the girl's} appendix|appendectomy|"
                       "appendicitis",
                 "es": "{extirparon,extirpó,extirpar,le extirparon,le extirpó} el apéndice|apendicectomía|apendicitis"},
    "gallbladder": {"en": "{removed,remove,removing} {his,her,their,the,the boy's,the girl's} gallbladder|"
                          "gallbladder surgery",
                    "es": "{extirparon,extirpó,extirpar,le extirparon,le extirpó} la vesícula{, biliar}|"
                          "cirugía de vesícula"},
}

# A field of study or of a prize ("a Nobel Prize in chemistry" / "de física", "a degree in nursing" / "en
# ingeniería"); fields that are also common nouns ("law", "history", "medicine") are not read
# a course a student takes ("take algebra", "tomar geometría"), by its name in each language
_TAKEN = {(english, spanish): (f"{{take,takes,took,taking}} {english}",
                               f"{{tomar,toman,tomó,tomaron,tomará,tomarán,cursar,cursan,cursó}} {spanish}")
          for english, spanish in (("algebra", "álgebra"), ("geometry", "geometría"), ("calculus", "cálculo"))}
SUBJECTS = {
    "chemistry": _subject("chemistry", "química"),
    "physics": _subject("physics", "física"),
    "biology": _subject("biology", "biología"),
    "mathematics": _subject("mathematics,math", "matemáticas,matemática"),
    "engineering": _subject("engineering", "ingeniería"),
    "nursing": _subject("nursing", "enfermería"),
    "literature": _subject("literature", "literatura"),
    "economics": _subject("economics", "economía"),
    "journalism": _subject("journalism", "periodismo"),
    # (read only beside a degree, a class, a teacher, studies or test scores: alone, each is a common noun)
    "law": _subject("law", "derecho,leyes", ("{Law,law} {School,school}|{School,College} of Law",
                                             "{Facultad,Escuela} de {Derecho,Leyes}")),
    "medicine": _subject("medicine", "medicina", ("{Medical,medical} {School,school}|{School,College} of Medicine",
                                                  "{Facultad,Escuela} de Medicina")),
    "history": _subject("history", "historia"),
    "reading": _subject("reading", "lectura"),
    "science": _subject("science", "ciencias"),
    "political science": _subject("political science", "ciencias políticas,ciencia política"),
    "computer science": _subject("computer science",
                                 "informática,ciencias de la computación,ciencias de la informática,computación"),
    "psychology": _subject("psychology", "psicología"),
    "accounting": _subject("accounting", "contabilidad"),
    "architecture": _subject("architecture", "arquitectura"),
    # (a class in a language: "English classes" / "clases de computación")
    "English": _subject("English,ESL,English as a second language", "inglés,inglés como segundo idioma"),
    # (a high school's courses, taken too: "required to take algebra" / "tomar geometría")
    "algebra": _subject("algebra", "álgebra", _TAKEN["algebra", "álgebra"]),
    "geometry": _subject("geometry", "geometría", _TAKEN["geometry", "geometría"]),
    "calculus": _subject("calculus", "cálculo", _TAKEN["calculus", "cálculo"]),
}

# What an official declared or a community is under ("declared a state of emergency" / "declaró toque de queda",
# "under a burn ban" / "bajo una alerta de calor"); a disaster's own watch or warning ("a tornado warning") is
# decision-mismatch's (``opposites.DISASTERS``)
DECLARATIONS = {
    "state of emergency": {"en": "state of emergency|state of disaster|emergency declaration|disaster declaration|"
                                 "disaster emergency",
                           "es": "estado de {emergencia,excepción,desastre,catástrofe}|declaratoria de "
                                 "{emergencia,desastre}|declaración de {emergencia,desastre}|zona de desastre"},
    "curfew": {"en": "curfew{,s}", "es": "toque{,s} de queda"},
    "burn ban": {"en": "burn ban{,s}|ban on outdoor burning|outdoor burning ban",
                 "es": "prohibición de {quemas,quema,quemas al aire libre}|prohibición de hacer fogatas"},
    "boil-water notice": {"en": "boil-water {notice,notices,advisory,order}|boil water {notice,notices,advisory,order}",
                          "es": "aviso de hervir el agua|{aviso,orden,alerta} para hervir el agua"},
    "heat advisory": {"en": "heat advisory|heat advisories|excessive heat warning|heat warning",
                      "es": "alerta de calor|aviso de calor|aviso por calor|alerta por calor"},
    "freeze warning": {"en": "freeze warning|hard freeze warning|freeze watch",
                       "es": "alerta de {congelación,helada,heladas}|aviso de {congelación,helada,heladas}"},
    "red flag warning": {"en": "red flag warning|fire weather watch",
                         "es": "alerta de bandera roja|advertencia de bandera roja|alerta de incendio"},
    "air quality alert": {"en": "air quality {alert,advisory,warning}|ozone action day|ozone alert",
                          "es": "alerta {de,por} {calidad del aire,ozono,contaminación}|"
                                "aviso {de,por} calidad del aire"},
}

# The record an athlete set or broke ("set a personal record in the marathon" / "un récord mundial")
RECORDS = {
    "personal record": {"en": "personal {record,records,best,bests}|{PR,PB}",
                        "es": "{récord,récords,marca,marcas,mejor marca} personal{,es}"},
    "world record": {"en": "world record{,s}|world-record", "es": "{récord,récords,plusmarca,marca} mundial{,es}"},
    "Olympic record": {"en": "Olympic record{,s}", "es": "{récord,récords,marca} olímpic{o,a,os,as}"},
    "national record": {"en": "national record{,s}|American record{,s}|U.S. record{,s}",
                        "es": "{récord,récords,marca} nacional{,es}|{récord,marca} de {Estados Unidos,EE.UU.}"},
    "state record": {"en": "state record{,s}", "es": "{récord,récords,marca} estatal{,es}"},
    "school record": {"en": "school record{,s}|program record{,s}",
                      "es": "{récord,récords,marca} {escolar,de la escuela,del programa}"},
    "meet record": {"en": "meet record{,s}|course record{,s}|track record{,s}",
                    "es": "{récord,marca} {del campeonato,del circuito,de la pista,de la competencia}"},
}
# The hazard a product is recalled for ("because of a choking hazard" / "por riesgo de incendio")
RECALL_HAZARDS = {
    # (and suffocation, a crib's or a sleeper's: "asfixia" is both)
    "choking": {"en": "{choking,suffocation} {hazard,risk}|risk of {choking,suffocation}",
                "es": "{riesgo,peligro} de {asfixia,sofocación}"},
    "fire": {"en": "fire {hazard,risk}|risk of fire|could catch fire|overheat|overheating",
             "es": "{riesgo,peligro} de incendio|podría incendiarse|sobrecalentamiento|sobrecalentarse"},
    "explosion": {"en": "explosion {hazard,risk}|risk of {explosion,explosions}|{could,can,may,might} explode",
                  "es": "{riesgo,peligro} de explosión|{puede,pueden,podría,podrían} explotar"},
    # (a car's part: "over faulty airbags" / "por frenos defectuosos")
    "airbags": {"en": "airbag{,s}|air bag{,s}", "es": "bolsa{,s} de aire|airbag{,s}"},
    "brakes": {"en": "{faulty,defective} brakes|brake {problem,problems,failure,failures,defect,defects,line,lines,"
                     "pedal,pedals}",
               "es": "frenos defectuosos|{falla,fallas,problema,problemas,fallo,fallos} {en los,de los,de} frenos"},
    "burn": {"en": "burn {hazard,risk}|risk of burns", "es": "{riesgo,peligro} de quemaduras"},
    "fall": {"en": "fall {hazard,risk}|risk of falls|risk of falling", "es": "{riesgo,peligro} de caída{,s}"},
    "electric shock": {"en": "{shock,electrocution} {hazard,risk}|risk of electric shock|electric shock",
                       "es": "{riesgo,peligro} de {descarga,descargas} eléctrica{,s}|{riesgo,peligro} de electrocución|"
                             "descarga{,s} eléctrica{,s}"},
    "contamination": {"en": "{listeria,salmonella,E. coli} contamination|"
                            "contaminated with {listeria,salmonella,E. coli}|possible {listeria,salmonella,E. coli}",
                      "es": "contaminaci{ón,ones} {por,con} {listeria,salmonela,salmonella,E. coli}|"
                            "contaminad{o,a,os,as} con {listeria,salmonela,salmonella,E. coli}"},
    # (and contamination in general, against a label's error: "recalled over contamination" / "por problemas de
    # etiquetado")
    "contamination, unnamed": {"en": "contamination|contaminated", "es": "contaminación|contaminad{o,a,os,as}"},
    "labeling": {"en": "mislabel{ed,ing}|{labeling,labelling,label} {error,errors,problem,problems,issue,issues}|"
                       "{incorrect,incorrectly,improper,improperly} label{,s,ed,led}",
                 "es": "{problema,problemas,error,errores,fallo,fallos,falla,fallas} de etiquetado|"
                       "etiquetado {incorrecto,erróneo,indebido}|mal etiquetad{o,a,os,as}|"
                       "etiquetad{o,a,os,as} {incorrectamente,erróneamente}"},
    "undeclared allergen": {"en": "undeclared {allergen,allergens,milk,peanuts,eggs,soy,wheat,nuts}",
                            "es": "{alérgeno,alérgenos,leche,cacahuates,maní,huevo,soya,trigo,nueces} "
                                  "no declarad{o,a,os,as}"},
    "laceration": {"en": "laceration {hazard,risk}|risk of {cuts,lacerations}",
                   "es": "{riesgo,peligro} de {cortes,laceraciones}"},
}

# What a person was treated for or suffered ("treated for burns" / "por fracturas", "suffered a concussion" / "una
# fractura"); "burns" is read as the injury only after what says one ("the fire burns" is a verb)
_TREATED = "{for,with,from,suffered,sustained,minor,severe,serious,second-degree,third-degree,first-degree}"
INJURIES = {
    "burns": {"en": f"{_TREATED} burns", "es": "quemadura{,s}"},
    "fracture": {"en": "fracture{,s}|fractured|broken {bone,bones,leg,legs,arm,arms,wrist,ankle,hip,nose,jaw,rib,ribs,"
                       "collarbone,pelvis}",
                 "es": "fractura{,s}|fracturad{o,a}|hueso{,s} rot{o,os}|{pierna,piernas,muñeca,cadera,nariz,mandíbula,"
                       "costilla,costillas,clavícula,pelvis} rot{a,as}|{brazo,brazos,tobillo} rot{o,os}"},
    "sprain": {"en": "sprain{,s}|sprained {ankle,wrist,knee}|{ankle,wrist,knee} sprain",
               "es": "esguince{,s}|torcedura{,s}|{muñeca,rodilla} torcida|tobillo torcido"},
    "blunt force": {"en": "blunt{,-,} force {trauma,injuries,injury}",
                    "es": "traumatismo{,s} {contuso,contusos,contundente,por objeto contundente}|"
                          "golpe{,s} con un objeto contundente"},
    "gunshot wound": {"en": "gunshot wound{,s}|bullet wound{,s}",
                      "es": "herida{,s} de bala|herida{,s} por arma de fuego"},
    "stab wound": {"en": "stab wound{,s}|knife wound{,s}", "es": "herida{,s} {de arma blanca,de cuchillo,punzante,"
                                                               "punzantes}|puñalada{,s}"},
    "concussion": {"en": "concussion{,s}", "es": "conmoci{ón,ones} cerebral{,es}|contusión cerebral"},
    "smoke inhalation": {"en": "smoke inhalation", "es": "inhalación de humo"},
    # (and a bite: "treated for a dog bite" / "por una mordedura de serpiente"; a bee sting is ``ALLERGENS``')
    "dog bite": {"en": "dog bite{,s}", "es": "mordedura{,s} de perro"},
    "snake bite": {"en": "snake bite{,s}|snakebite{,s}", "es": "mordedura{,s} de {serpiente,víbora}"},
    "hypothermia": {"en": "hypothermia", "es": "hipotermia"},
    "heatstroke": {"en": "heatstroke|heat stroke|heat exhaustion", "es": "golpe{,s} de calor|insolaci{ón,ones}|"
                                                                      "agotamiento por calor"},
    "dehydration": {"en": "dehydration|dehydrated", "es": "deshidratación|deshidratad{o,a,os,as}"},
    "lacerations": {"en": "laceration{,s}", "es": "laceraci{ón,ones}|cortadura{,s}"},
}
# How a disease spreads ("through mosquito bites" / "por el aire", "spread by ticks" / "por mosquitos"): the way,
# after its preposition, read only right after the words of a spread (``transmission``, ``_SPREAD_BEFORE``)
_BY = {"en": "{through,by,via}", "es": "{por,a través de,a través del,mediante,por medio de,por medio del}"}
TRANSMISSION = {
    "mosquitoes": {"en": f"{_BY['en']} {{mosquitoes,mosquito bites,the bite of an infected mosquito,"
                         "infected mosquitoes}",
                   "es": f"{_BY['es']} {{mosquitos,mosquitos infectados,la picadura de mosquitos,picaduras de "
                         "mosquitos,picaduras de mosquito,la picadura de mosquito,la picadura de un mosquito "
                         "infectado,zancudos}"},
    "ticks": {"en": f"{_BY['en']} {{ticks,tick bites,infected ticks}}",
              "es": f"{_BY['es']} {{garrapatas,picaduras de garrapatas,garrapatas infectadas}}"},
    "air": {"en": f"{_BY['en']} {{the air,air,respiratory droplets,droplets,aerosols,coughing and sneezing}}",
            "es": f"{_BY['es']} {{el aire,aire,gotitas respiratorias,gotas respiratorias,gotículas,aerosoles,"
                  "la tos y los estornudos}"},
    "water": {"en": f"{_BY['en']} {{water,contaminated water,drinking water,contact with contaminated water}}",
              "es": f"{_BY['es']} {{el agua,agua contaminada,el agua contaminada,el agua potable,"
                    "el contacto con agua contaminada,contacto con agua contaminada}"},
    "food": {"en": f"{_BY['en']} {{food,contaminated food,undercooked meat}}",
             "es": f"{_BY['es']} {{alimentos,alimentos contaminados,la comida,comida contaminada}}"},
    "contact": {"en": f"{_BY['en']} {{contact,close contact,direct contact,touch,touching,physical contact,"
                      "direct physical contact}",
                "es": f"{_BY['es']} {{contacto,el contacto,contacto cercano,contacto directo,contacto físico,"
                      "contacto físico directo}"},
    "blood": {"en": f"{_BY['en']} {{blood,bodily fluids,body fluids}}",
              "es": f"{_BY['es']} {{la sangre,sangre,fluidos corporales,líquidos corporales}}"},
}
_SPREAD_BEFORE = {
    "en": re.compile(r"\b(?:spread|spreads|spreading|transmitted|passed|carried)\s+"
                     r"(?:(?:mainly|mostly|primarily|chiefly|largely|usually|easily)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:se\s+(?:transmiten?|propagan?|contagian?)|transmitirse|propagarse|contagiarse|"
                     r"se\s+pueden?\s+transmitir|transmitid[oa]s?|propagad[oa]s?)\s+"
                     r"(?:(?:principalmente|sobre\s+todo|mayormente|generalmente|fácilmente)\s+)?$", re.IGNORECASE),
}

# The status an immigrant holds or is granted ("temporary protected status" / "residencia permanente", "granted
# asylum" / "concedió la residencia")
IMMIGRATION_STATUSES = {
    "asylum": {"en": "asylum", "es": "asilo"},
    "refugee status": {"en": "refugee status", "es": "estatus de refugiado|condición de refugiado"},
    "temporary protected status": {"en": "temporary protected status|Temporary Protected Status|TPS",
                                   "es": "estatus de protección temporal|TPS"},
    "DACA": {"en": "DACA|deferred action", "es": "DACA|acción diferida"},
    "permanent residency": {"en": "permanent residency|permanent residence|permanent resident{,s}|green card{,s}",
                            "es": "residencia permanente|residente{,s} permanente{,s}|green card|tarjeta de residencia|"
                                  "{concedió,otorgó,obtuvo,recibió,solicitó,tramitó,negó} {,a la familia ,le }"
                                  "la residencia"},
    "citizenship": {"en": "citizenship|naturalized|naturalised", "es": "ciudadanía|naturalizad{o,a,os,as}|"
                                                                     "se naturalizó|se nacionalizó"},
    "work permit": {"en": "work permit{,s}|work authorization{,s}", "es": "permiso{,s} de trabajo|"
                                                                       "autorización de trabajo"},
    "tourist visa": {"en": "tourist visa{,s}|visitor visa{,s}", "es": "visa{,s} de turista|visado{,s} de turista"},
    "student visa": {"en": "student visa{,s}|F-1 visa{,s}",
                     "es": "{visa,visas,visado,visados} de {estudiante,estudiantes,estudio,estudios}"},
    "undocumented": {"en": "undocumented|without {papers,legal status,documents}",
                     "es": "indocumentad{o,a,os,as}|sin {papeles,documentos,estatus legal}"},
    "work visa": {"en": "work visa{,s}|H-1B visa{,s}|H-1B",
                  "es": "{visa,visas,visado,visados} de trabajo|{visa,visas} H-1B"},
}


# whose relative a Spanish sentence names between the relative and the verb ("El esposo de la alcaldesa es abogado")
_WHOSE = ",".join(f"de {person} " for person in ("la alcaldesa", "el alcalde", "la gobernadora", "el gobernador",
                                                  "la senadora", "el senador", "la víctima", "la jueza", "el juez",
                                                  "la candidata", "el candidato", "la concejala", "el concejal"))


def _occupation(english: str, spanish: str) -> dict[str, str]:
    """A person's trade where a bio or a police report says what they worked as ("worked as a cashier" / "trabajaba
    como gerente") or what a relative is ("Her husband is a lawyer" / "Su esposo es médico"): read only after those
    words, the trades' nouns being everywhere else too ("the city manager")."""
    return {"en": f"{{worked,works,work,working,served,serves,was employed,is employed}} as {{a,an}} {{{english}}}|"
                  f"{{husband,wife,father,mother,son,daughter,brother,sister,partner}} {{is,was}} {{a,an}} "
                  f"{{{english}}}",
            "es": f"{{trabajó,trabaja,trabajaba,trabajaban,trabajar,se desempeñó,se desempeña,se desempeñaba,"
                  f"Trabajó,Trabaja,Trabajaba}} como {{{spanish}}}|"
                  f"{{esposo,esposa,marido,padre,madre,hijo,hija,hermano,hermana,pareja}} {{,{_WHOSE}}}{{es,era,fue}} "
                  f"{{{spanish}}}"}


# A person's trade, after "worked as" ("a cashier" / "gerente"); teachers, nurses, doctors, the police and
# firefighters are the groups' (``bilingo.rules.groups``)
OCCUPATIONS = {
    "cashier": _occupation("cashier", "cajero,cajera"),
    "manager": _occupation("manager,store manager", "gerente,encargado,encargada"),
    "paralegal": _occupation("paralegal,legal assistant", "asistente legal,asistente jurídico,asistente jurídica"),
    "lawyer": _occupation("lawyer,attorney", "abogado,abogada"),
    "mechanic": _occupation("mechanic", "mecánico,mecánica"),
    "electrician": _occupation("electrician", "electricista"),
    "plumber": _occupation("plumber", "plomero,fontanero"),
    "carpenter": _occupation("carpenter", "carpintero,carpintera"),
    "landscaper": _occupation("landscaper,gardener", "jardinero,jardinera,paisajista"),
    "cook": _occupation("cook,chef,line cook", "cocinero,cocinera,chef"),
    "waiter": _occupation("waiter,waitress,server", "mesero,mesera,camarero,camarera"),
    "janitor": _occupation("janitor,custodian", "conserje,intendente"),
    "seamstress": _occupation("seamstress,tailor,garment worker", "costurera,costurero,sastre,modista"),
    "nanny": _occupation("nanny,babysitter", "niñera"),
    "truck driver": _occupation("truck driver,driver,delivery driver", "camionero,chofer,chófer,conductor,repartidor,"
                                "conductora,repartidora"),
    "farmworker": _occupation("farmworker,farm worker,field worker",
                              "trabajador agrícola,trabajadora agrícola,jornalero,jornalera,campesino,campesina"),
    "construction worker": _occupation("construction worker,laborer", "obrero de la construcción,albañil,obrero,"
                                       "obrera"),
    "security guard": _occupation("security guard,guard", "guardia de seguridad,guardia,vigilante"),
    "accountant": _occupation("accountant", "contador,contadora,contable"),
    "engineer": _occupation("engineer", "ingeniero,ingeniera"),
    "chemist": _occupation("chemist", "químico,química"),
    "economist": _occupation("economist", "economista"),
    "physicist": _occupation("physicist", "físico,física"),
    "biologist": _occupation("biologist", "biólogo,bióloga"),
    "secretary": _occupation("secretary,receptionist", "secretario,secretaria,recepcionista"),
    "social worker": _occupation("social worker", "trabajador social,trabajadora social"),
    "journalist": _occupation("journalist,reporter", "periodista,reportero,reportera"),
    "photographer": _occupation("photographer,photojournalist", "fotógrafo,fotógrafa,fotoperiodista"),
    # (a relative's trade: "Her husband is a doctor" / "es abogado"; doctors as a group are ``bilingo.rules.groups``')
    "doctor": {lang: phrases.split("|")[1] for lang, phrases in _occupation("doctor,physician",
                                                                          "médico,médica,doctor,doctora").items()},
}

# What an exhibit shows or a museum bought ("more than 100 paintings" / "más de 100 esculturas"; "drawing" is also a
# verb's form, "cuadro" a chart)
ARTWORKS = {
    "painting": {"en": "painting{,s}", "es": "pintura{,s}|óleo{,s}"},
    "sculpture": {"en": "sculpture{,s}|statue{,s}", "es": "escultura{,s}|estatua{,s}"},
    "photograph": {"en": "photograph{,s}|photo{,s}", "es": "fotografía{,s}|foto{,s}"},
    "mural": {"en": "mural{,s}", "es": "mural{,es}"},
    "watercolor": {"en": "watercolor{,s}|watercolour{,s}", "es": "acuarela{,s}"},
    # what an author wrote ("her new novel" / "su nuevo libro de poemas")
    # ("a novel approach", "the novel coronavirus": an adjective, read after a writer's words only)
    "novel": {"en": "{her,his,their,new,first,latest,debut,second,third,last,best-selling,bestselling} novel|novels",
              "es": "novela{,s}"},
    "poetry": {"en": "poem{,s}|poetry|book of poems|poetry collection{,s}",
               "es": "poema{,s}|poesía|libro de poemas|poemario{,s}"},
    "short stories": {"en": "short stor{y,ies}|{collection,book} of stories", "es": "cuento{,s}|relato{,s}"},
    "memoir": {"en": "memoir{,s}", "es": "memorias|autobiografía{,s}"},
    # what a stage puts on ("will stage a musical" / "una ópera")
    "musical": {"en": "{a,the} musical|musicals", "es": "{un,el} musical|los musicales|comedia{,s} musical{,es}"},
    "opera": {"en": "opera{,s}", "es": "ópera{,s}"},
    "ballet": {"en": "ballet{,s}", "es": "ballet{,s}"},
}

# Where a mission went or what an eclipse hid ("landed on Mars" / "aterrizó en la Luna"); a capital letter where a
# word is also a common one ("the Earth": "la Tierra", not "la tierra", soil)
CELESTIAL_BODIES = {
    "moon": {"en": "the moon|the Moon", "es": "la luna|la Luna"},
    "sun": {"en": "the sun|the Sun", "es": "el sol|el Sol"},
    "Earth": {"en": "Earth", "es": "la Tierra"},
    "Mars": {"en": "Mars", "es": "Marte"},
    "Venus": {"en": "Venus", "es": "Venus"},
    "Jupiter": {"en": "Jupiter", "es": "Júpiter"},
    "Saturn": {"en": "Saturn", "es": "Saturno"},
    # (not "planet": "the red planet" is Mars)
    "galaxy": {"en": "galax{y,ies}", "es": "galaxia{,s}"},
    "nebula": {"en": "nebula{,e,s}", "es": "nebulosa{,s}"},
    "asteroid": {"en": "asteroid{,s}", "es": "asteroide{,s}"},
    "comet": {"en": "comet{,s}", "es": "cometa{,s}"},
    "black hole": {"en": "black hole{,s}", "es": "agujero{,s} negro{,s}"},
}

# The service an outage or a repair is of, each against the others ("left 2,000 homes without water" / "sin luz")
_RESTORED_EN = "{restore,restored,restoring} "
_RESTORED_ES = "{restablecer,restableció,restablecieron,restablecido,restablecida} "
UTILITIES = {
    "power": {"en": "without {power,electricity}|power outage{,s}|{lost,lose,losing} power|power cut{,s}|"
                    "{knocked,knocks,knock} out power|{cut,cuts} power|{power,Power} {was,were,is} knocked out|"
                    + _RESTORED_EN + "power|power {was,is,has been} restored|"
                    "{conserve,save} {electricity,energy,power}|"
                    # (and what a rate or a bill is of: "raise water rates" / "las tarifas de electricidad")
                    "{electric,electricity,power} {rates,rate,bills,bill}|"
                    # (and who sends the bill: "pretending to be from the water utility" / "la compañía eléctrica")
                    "{electric,power,electricity} {company,companies,utility,utilities,provider}",
              "es": "sin {luz,electricidad,energía eléctrica,servicio eléctrico}|apag{ón,ones}|"
                    "{compañía,compañías,empresa,empresas} {eléctrica,eléctricas,de luz,de electricidad}|"
                    "corte{,s} de {luz,electricidad}|"
                    + _RESTORED_ES + "{la luz,la electricidad,el servicio eléctrico}|"
                    "ahorrar {electricidad,energía,luz}|"
                    "ahorro de {electricidad,energía}|{tarifas,tarifa,facturas,factura,recibos,recibo} de "
                    "{electricidad,luz}"},
    "water": {"en": "without water|water outage{,s}|{lost,lose,losing} water|{knocked,knocks,knock} out water|"
                    + _RESTORED_EN + "water|"
                    "water {was,is,has been} restored|boil-water|boil water|water {main,mains,line,lines}|"
                    "{conserve,save,saving,conserving} water|water conservation|water {rates,rate,bills,bill}|"
                    "water {company,companies,utility,utilities,department,provider}",
              "es": "sin agua|{compañía,compañías,empresa,empresas,departamento} {de agua,del agua,de agua potable}|"
                    "corte{,s} de agua|" + _RESTORED_ES + "el {agua,servicio de agua}|hervir el agua|"
                    "{línea,líneas,tubería,tuberías} {de agua,principal de agua,principales de agua}|"
                    "ahorrar agua|{ahorro,conservación} de agua|{tarifas,tarifa,facturas,factura,recibos,recibo} "
                    "{del,de} agua"},
    "gas": {"en": "without gas|gas outage{,s}|gas leak{,s}|gas {line,lines,main,mains}|gas service|"
                  "{gas,natural gas} pipeline{,s}|"
                  "{restore,restored,restoring} gas|gas {rates,bills}|gas {company,companies,utility,utilities}",
            "es": "sin gas|{compañía,compañías,empresa,empresas} {de gas,del gas}|fuga{,s} de gas|"
                  "{línea,líneas,tubería,tuberías} de gas|gasoducto{,s}|servicio de gas|"
                  "{restablecer,restableció,restablecieron,restablecido,restablecida} el {gas,servicio de gas}|"
                  "{tarifas,facturas,recibos} del gas"},
    "oil": {"en": "oil pipeline{,s}", "es": "oleoducto{,s}"},
    "internet": {"en": "without internet|internet outage{,s}|{internet,Internet,broadband} service",
                 "es": "sin internet|caída{,s} de internet|servicio{,s} de {internet,banda ancha}"},
    "phone": {"en": "without phone service|{phone,telephone,cellphone,cell phone,cell,landline} service",
              "es": "sin servicio {telefónico,de teléfono,celular}|servicio{,s} {telefónico,telefónicos,de teléfono,"
                    "de telefonía,celular,de telefonía celular,de telefonía móvil}"},
    "cable": {"en": "cable {service,TV,television}", "es": "servicio de cable|televisión por cable"},
}
# What a suspect or a missing person wore ("wearing a mask and gloves" / "una gorra y guantes"): each garment and the
# words a translation may say it in ("hoodie" and "sweatshirt" are one, "cap" and "hat")
CLOTHING = {
    "uniform": {"en": "uniform{,s}", "es": "uniforme{,s}"},
    "mask": {"en": "mask{,s}|ski mask{,s}|balaclava{,s}",
             "es": "máscara{,s}|pasamontañas|cubrebocas|mascarilla{,s}|careta{,s}"},
    "cap": {"en": "cap{,s}|baseball cap{,s}|hat{,s}", "es": "gorra{,s}|gorro{,s}|sombrero{,s}|cachucha{,s}"},
    "hoodie": {"en": "hoodie{,s}|hooded sweatshirt{,s}|sweatshirt{,s}", "es": "sudadera{,s}|sudadera{,s} con capucha"},
    "jacket": {"en": "jacket{,s}|coat{,s}", "es": "chaqueta{,s}|chamarra{,s}|abrigo{,s}|chaquetón|cazadora{,s}"},
    "pants": {"en": "jeans|pants|trousers", "es": "jeans|pantal{ón,ones}|vaqueros|mezclilla"},
    "shorts": {"en": "shorts", "es": "pantal{ón,ones} corto{,s}|shorts|bermudas"},
    "shirt": {"en": "t-shirt{,s}|shirt{,s}|tank top{,s}", "es": "camiseta{,s}|playera{,s}|camisa{,s}|polera{,s}"},
    "dress": {"en": "dress{,es}|skirt{,s}", "es": "vestido{,s}|falda{,s}"},
    "shoes": {"en": "shoes|sneakers|boots|sandals", "es": "zapatos|tenis|zapatillas|botas|sandalias"},
    "gloves": {"en": "gloves", "es": "guantes"},
}
# The kind of money a city or a family got or asks for: a grant against a loan ("a federal grant" / "un préstamo
# federal"), funeral against medical expenses ("donations to cover funeral costs" / "los gastos médicos")
FUNDS = {
    "grant": {"en": "grants|{a,the,federal,state,city,county,million,billion,research,block} grant|"  # (not "to grant")
                    "donation{,s}",
              "es": "subvenci{ón,ones}|subsidio{,s}|donativo{,s}|donación|donaciones"},
    # (and the verb of borrowing: "will borrow $30 million" / "recibirá una donación")
    "loan": {"en": "loan{,s}|{borrow,borrows,borrowed,borrowing,will borrow}",
             "es": "préstamo{,s}|crédito{,s}|{pedirá prestado,pidió prestado,pedirá prestados,pidió prestados}|"
                   "{se endeudará,se endeudó,endeudarse}"},
    # a penalty paid, said a grant received ("was fined $2 million" / "recibió una subvención")
    "fine": {"en": "{was,were,been,be,is,are} fined|fined|a fine of|fines of|{civil,a,the} penalty of",
             "es": "multa{,s}|multad{o,a,os,as}|multó|multaron|multará{,n}"},
    # what a judge set or a suit seeks ("set bail at $50,000" / "una multa de $50,000", "$2 million in damages" /
    # "en multas")
    "bail": {"en": "bail|bail bond{,s}|{cash,surety} bond", "es": "fianza{,s}"},
    # (not "indemnización": a settlement's as often)
    "damages": {"en": "{in,for,of,seeks,seeking,sought,awarded,pay} {,compensatory ,punitive }damages",
                "es": "daños y perjuicios|{en,por} daños {compensatorios,punitivos}"},
    # ("agreed to pay a $5 million settlement" / "una multa de $5 millones"; "acuerdo" alone is any agreement)
    "settlement": {"en": "settlement{,s}|settled {the,a,its,their} {lawsuit,suit,case,claim}",
                   "es": "acuerdo{,s} {extrajudicial,extrajudiciales,conciliatorio,conciliatorios,de conciliación}|"
                         "arreglo{,s} extrajudicial{,es}|{llegó,llegaron} a un acuerdo|resolvi{ó,eron} la demanda"},
    # what a contract gives a worker ("a 5% raise" / "un bono del 5%")
    "raise": {"en": "{a,the,pay,wage,salary} raise{,s}|raises of|raises for",
              "es": "aumento{,s} {salarial,salariales,de sueldo,de salario,del salario,de sueldos,de salarios}|"
                    "alza{,s} salarial{,es}|incremento{,s} salarial{,es}"},
    # (a price cut, against money given back: "a 20% discount" / "un reembolso del 20%")
    "discount": {"en": "discount{,s}", "es": "descuento{,s}|rebaja{,s}"},
    "refund": {"en": "refund{,s}|rebate{,s}", "es": "reembolso{,s}|devoluci{ón,ones} del dinero"},
    # ("bonos" alone are bonds as often: "bonos convertibles")
    "bonus": {"en": "bonus{,es}", "es": "{un,su} bono|bonificaci{ón,ones}"},
    "restitution": {"en": "restitution", "es": "restitución|resarcimiento"},
    "funeral expenses": {"en": "funeral {costs,expenses}|burial {costs,expenses}|funeral",
                         "es": "gastos fúnebres|gastos funerarios|gastos del funeral|funeral{,es}|sepelio{,s}|"
                               "velorio{,s}"},
    "medical expenses": {"en": "medical {bills,costs,expenses}|hospital bills",
                         "es": "gastos médicos|facturas médicas|cuentas médicas|gastos de hospital|"
                               "gastos hospitalarios"},
    # the tax a measure raises or cuts ("the sales tax" / "el impuesto sobre la propiedad")
    "soda tax": {"en": "{soda,sugary drinks,sugar-sweetened beverage,sugary drink} tax{,es}|"
                       "tax on {soda,sugary drinks}",
                 "es": "impuesto{,s} {a las,sobre las} bebidas azucaradas|impuesto{,s} {al,a los} refresco{,s}"},
    "vacancy tax": {"en": "vacancy tax{,es}|tax{,es} on {vacant,empty} {homes,properties,units,storefronts}",
                    "es": "impuesto{,s} {a las,sobre las} {viviendas,propiedades,casas} {vacías,desocupadas}"},
    "sales tax": {"en": "{sales,Sales} tax{,es}|sales-tax", "es": "impuesto{,s} {sobre las,a las,de} ventas"},
    "property tax": {"en": "{property,Property} tax{,es}|property-tax",
                     "es": "impuesto{,s} {sobre la,a la,de la} propiedad|impuesto{,s} predial{,es}|"
                           "impuesto{,s} sobre bienes inmuebles"},
    "income tax": {"en": "{income,Income} tax{,es}|income-tax",
                   "es": "impuesto{,s} {sobre la,a la} renta|impuesto{,s} sobre {el ingreso,los ingresos}"},
    "gas tax": {"en": "{gas,gasoline,fuel} tax{,es}",
                "es": "impuesto{,s} {a la,sobre la} gasolina|impuesto{,s} {al,sobre el,sobre los} combustible{,s}"},
    "hotel tax": {"en": "hotel {tax,taxes,occupancy tax}",
                  "es": "impuesto{,s} {hotelero,de hospedaje,sobre el hospedaje,de ocupación hotelera}"},
}
# The papers an office asks for or a person showed ("bring a copy of their birth certificate" / "una copia de su
# pasaporte"); "título" (a title of any kind) is left out of the diploma
DOCUMENTS = {
    "birth certificate": {"en": "birth certificate{,s}",
                          "es": "acta{,s} de nacimiento|partida{,s} de nacimiento|certificado{,s} de nacimiento"},
    "passport": {"en": "passport{,s}", "es": "pasaporte{,s}"},
    "driver's license": {"en": "driver's license{,s}|driver’s license{,s}|drivers license{,s}|driving licen{c,s}e{,s}",
                         "es": "licencia{,s} de {conducir,manejo,manejar}|permiso{,s} de conducir|"
                               "{carné,carnet} de conducir"},
    "Social Security card": {"en": "Social Security {card,cards,number,numbers}",
                             "es": "tarjeta{,s} del Seguro Social|número{,s} {de,del} Seguro Social"},
    "consular ID": {"en": "consular {ID,IDs,ID card,ID cards,identification card,identification cards}|"
                           "matrícula consular|matricula consular", "es": "matrícula{,s} consular{,es}"},
    "bank account number": {"en": "{bank,checking} account number{,s}", "es": "número{,s} de cuenta{, bancaria}"},
    "credit card number": {"en": "{credit,debit} card number{,s}",
                           "es": "número{,s} de {la ,}tarjeta de {crédito,débito}"},
    "password": {"en": "password{,s}", "es": "contraseña{,s}"},
    "phone number": {"en": "{phone,telephone,cellphone,cell phone} number{,s}",
                     "es": "número{,s} de {teléfono,celular,teléfono celular}|números telefónicos|número telefónico"},
    "green card": {"en": "green card{,s}", "es": "tarjeta{,s} de residencia|tarjeta{,s} verde{,s}|green card"},
    "utility bill": {"en": "utility bill{,s}",
                     "es": "factura{,s} de servicios{, públicos}|recibo{,s} de {luz,agua,servicios}"},
    "pay stub": {"en": "pay stub{,s}|paystub{,s}",
                 "es": "talón{,es} de pago|talones de cheque|recibo{,s} de {pago,sueldo,nómina}"},
    "tax return": {"en": "tax return{,s}", "es": "declaraci{ón,ones} de impuestos|declaraci{ón,ones} de la renta"},
    "vaccination record": {"en": "{vaccination,immunization,vaccine} {record,records,card,cards}|proof of vaccination",
                           "es": "{cartilla,cartillas,registro,registros,tarjeta,tarjetas,certificado,certificados,"
                                 "comprobante,comprobantes,prueba} de {vacunación,vacunas,inmunización}"},
    "negative test": {"en": "negative {test,COVID test,test result}|proof of a negative test",
                      "es": "prueba negativa|resultado negativo|prueba{, de COVID} con resultado negativo"},
    "lease": {"en": "lease{,s}|rental agreement{,s}", "es": "contrato{,s} de {arrendamiento,alquiler,renta}"},
    "marriage certificate": {"en": "marriage {certificate,license}{,s}",
                             "es": "{acta,actas,certificado,certificados,licencia,licencias} de matrimonio"},
    "death certificate": {"en": "death certificate{,s}", "es": "{acta,actas,certificado,certificados} de defunción"},
    "diploma": {"en": "diploma{,s}", "es": "diploma{,s}"},
    "visa": {"en": "visa{,s}", "es": "visa{,s}|visado{,s}"},
    # (a vendor's or an event's permit, against a license to drive: "need a permit" / "una licencia de conducir")
    # ("permiso" alone is any leave, a visa as often: "no precisa gestionar permisos" / "apply for visas")
    "permit": {"en": "permit{,s}|vendor{,'s} license", "es": "permiso{,s} {de vendedor,de vendedores,de venta,para "
                                                         "vender,de construcción,de obra,para el evento}"},
    # (a work visa by its program: "the H-2A program" / "el programa H-2B")
    "H-1B visa": {"en": "H-1B{, visa, visas}", "es": "{visa,visas} H-1B|H-1B"},
    "H-2A visa": {"en": "H-2A{, visa, visas}", "es": "{visa,visas} H-2A|H-2A"},
    "H-2B visa": {"en": "H-2B{, visa, visas}", "es": "{visa,visas} H-2B|H-2B"},
    # what a governor or a mayor signed ("an executive order" / "una proclamación")
    "executive order": {"en": "executive order{,s}", "es": "orden{,es} ejecutiva{,s}"},
    "proclamation": {"en": "proclamation{,s}", "es": "proclamaci{ón,ones}|proclama{,s}"},
}
# The symptoms a health notice lists ("fever and cough" / "fiebre y dolor de cabeza")
SYMPTOMS = {
    "fever": {"en": "fever{,s}", "es": "fiebre{,s}"},
    "cough": {"en": "cough|coughs|coughing", "es": "tos"},
    "headache": {"en": "headache{,s}", "es": "dolor{,es} de cabeza|cefalea{,s}"},
    "sore throat": {"en": "sore throat{,s}", "es": "dolor{,es} de garganta"},
    "shortness of breath": {"en": "shortness of breath|difficulty breathing|trouble breathing",
                            "es": "dificultad para respirar|falta de aire|dificultad respiratoria|disnea"},
    "fatigue": {"en": "fatigue|tiredness", "es": "fatiga|cansancio"},
    "diarrhea": {"en": "diarrhea|diarrhoea", "es": "diarrea"},
    "vomiting": {"en": "vomiting|nausea", "es": "vómito{,s}|náuseas"},
    "rash": {"en": "rash{,es}", "es": "sarpullido{,s}|erupci{ón,ones} cutánea{,s}"},
    "loss of smell": {"en": "loss of {smell,taste}|loss of taste or smell|loss of smell or taste",
                      "es": "pérdida del {olfato,gusto}"},
}

# What a thief took or the police found ("stole jewelry" / "robaron dinero en efectivo", "the stolen truck" / "la
# motocicleta robada", "found drugs and a handgun" / "drogas y dinero"): a thing read only a few words after a theft's
# or a search's verb, or before "robado" (``things_taken``)
THINGS_TAKEN = {
    "cash": {"en": "cash|money", "es": "dinero|efectivo|dinero en efectivo"},
    "jewelry": {"en": "jewelry|jewellery|jewels|necklace{,s}", "es": "joya{,s}|joyería|alhaja{,s}|collar{,es}"},
    "phone": {"en": "phone{,s}|cellphone{,s}|cell phone{,s}|smartphone{,s}|iPhone{,s}",
              "es": "teléfono{,s}|celular{,es}|móvil{,es}|teléfono{,s} {celular,celulares,móvil,móviles}|iPhone{,s}"},
    "computer": {"en": "laptop{,s}|computer{,s}|tablet{,s}|iPad{,s}",
                 "es": "computadora{,s}|computadora{,s} portátil{,es}|laptop{,s}|ordenador{,es}|portátil{,es}|"
                       "tableta{,s}|iPad{,s}"},
    "wallet": {"en": "wallet{,s}|purse{,s}|handbag{,s}", "es": "cartera{,s}|billetera{,s}|bolso{,s}|monedero{,s}"},
    "television": {"en": "television{,s}|TV{,s}|television set{,s}",
                   "es": "televisor{,es}|televisión|televisiones|pantalla{,s}"},
    "car": {"en": "car{,s}|vehicle{,s}|truck{,s}|pickup{,s}|pickup truck{,s}|SUV{,s}|van{,s}",
            "es": "auto{,s}|automóvil{,es}|carro{,s}|coche{,s}|vehículo{,s}|camioneta{,s}|camión|camiones"},
    "motorcycle": {"en": "motorcycle{,s}", "es": "moto{,s}|motocicleta{,s}"},
    "bicycle": {"en": "bicycle{,s}|bike{,s}", "es": "bicicleta{,s}|bici{,s}"},
    "catalytic converter": {"en": "catalytic converter{,s}", "es": "convertidor{,es} catalítico{,s}|catalizador{,es}"},
    "tires": {"en": "tire{,s}|tyre{,s}|wheel{,s}|rims", "es": "llanta{,s}|neumático{,s}|rueda{,s}|rin{,es}"},
    "tools": {"en": "tool{,s}|power tools", "es": "herramienta{,s}"},
    "cigarettes": {"en": "cigarette{,s}|tobacco", "es": "cigarro{,s}|cigarrillo{,s}|tabaco"},
    "alcohol": {"en": "beer|liquor|alcohol|wine", "es": "cerveza{,s}|licor{,es}|alcohol|vino{,s}"},
    "packages": {"en": "package{,s}|parcel{,s}", "es": "paquete{,s}"},
    "copper": {"en": "copper wire{,s}|copper", "es": "cable{,s} de cobre|cobre"},
    "aluminum": {"en": "aluminum wire{,s}|aluminum|aluminium", "es": "cable{,s} de aluminio|aluminio"},
    # (not "a safe" alone: "a safe haven", a shelter's)
    "safe": {"en": "{a,the} safe {containing,with,full of}|safes", "es": "caja{,s} fuerte{,s}"},
    "cash register": {"en": "cash register{,s}|register", "es": "caja{,s} registradora{,s}"},
    "game console": {"en": "{video game,gaming,game} console{,s}|PlayStation{,s}|Xbox{,es}",
                     "es": "consola{,s}|consola{,s} de videojuegos|PlayStation|Xbox"},
    "watch": {"en": "{a,the,his,her} watch|watches", "es": "reloj{,es}"},
    "furniture": {"en": "furniture", "es": "mueble{,s}"},
    "gun": {"en": "gun{,s}|handgun{,s}|firearm{,s}|rifle{,s}|pistol{,s}|weapon{,s}",
            "es": "arma{,s}|arma{,s} de fuego|pistola{,s}|rifle{,s}"},
    "drugs": {"en": "drugs|narcotics|methamphetamine|meth|cocaine|fentanyl|marijuana|heroin",
              "es": "droga{,s}|narcóticos|estupefacientes|metanfetamina|cocaína|fentanilo|marihuana|heroína"},
}
# a theft's or a search's verb a few words before the thing ("stole a laptop", "se llevaron dinero y joyas", "seized
# drugs"), or its participle right after it ("la motocicleta robada", "a laptop was stolen")
_THEFT_BEFORE = {
    "en": re.compile(r"\b(?:stole|steal|steals|stealing|stolen|took|taking|grabbed|snatched|swiped|demanded|"
                     r"demanding|made\s+off\s+with|making\s+off\s+with|carried\s+off|robbed\s+\w+\s+of|found|"
                     r"seized|confiscated|recovered)\b[^.;:!?]{0,60}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:rob[óa]|robaron|roban|robar|robando|robad[oa]s?|hurt[óa]|hurtaron|sustrajo|sustrajeron|"
                     r"se\s+llev[óa]|se\s+llevaron|llevándose|quit[óa]|quitaron|arrebat[óa]|arrebataron|exigi[óe]|"
                     r"exigieron|exigiendo|encontr[óa]|encontraron|hall[óa]|hallaron|incaut[óa]|incautaron|"
                     r"decomis[óa]|decomisaron|confisc[óa]|confiscaron|recuper[óa]|recuperaron)\b[^.;:!?]{0,60}$",
                     re.IGNORECASE),
}
_THEFT_AFTER = {"en": re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+stolen\b", re.IGNORECASE),
                "es": re.compile(r"\s+(?:\w+\s+)?robad[oa]s?\b", re.IGNORECASE)}
# The land a body was found on or a plane came down in, beside ``WATERS`` ("found in a wooded area" / "en una zona
# residencial", "lost in the desert" / "en el bosque"); the coast is the sea's ("off the coast" / "en el río")
# (each land read only right after a preposition or a verb of crossing, ``waters``: "in the desert", "cruzaron el
# desierto", "off the road"; "the woods' edge" says no place)
LANDS = {
    "woods": {"en": "woods|forest{,s}|wooded area{,s}|woodland{,s}",
              "es": "bosque{,s}|zona{,s} boscosa{,s}|área{,s} boscosa{,s}|arboleda{,s}"},
    "desert": {"en": "desert{,s}", "es": "desierto{,s}"},
    "mountains": {"en": "mountain{,s}|mountainside|mountainous area{,s}",
                  "es": "montaña{,s}|sierra{,s}|zona{,s} montañosa{,s}"},
    "residential area": {"en": "residential {area,areas,neighborhood,neighborhoods,street,streets}",
                         "es": "{zona,zonas,área,áreas,barrio,barrios,colonia,colonias,calle,calles} "
                               "residencial{,es}"},
    "ditch": {"en": "ditch{,es}|drainage ditch{,es}|culvert{,s}", "es": "zanja{,s}|cuneta{,s}|alcantarilla{,s}"},
    "dumpster": {"en": "dumpster{,s}|trash bin{,s}|garbage bin{,s}",
                 "es": "basurero{,s}|contenedor{,es} de basura|bote{,s} de basura"},
    "port of entry": {"en": "port{,s} of entry|border crossing{,s}",
                      "es": "puerto{,s} de entrada|garita{,s}|cruce{,s} fronterizo{,s}"},
    "hillside": {"en": "hillside{,s}|mountainside|hill", "es": "ladera{,s}|cerro{,s}|colina{,s}"},
    "ravine": {"en": "ravine{,s}|canyon{,s}|gully", "es": "barranco{,s}|cañón|cañones"},
    "road": {"en": "highway{,s}|freeway{,s}|interstate|road", "es": "carretera{,s}|autopista{,s}"},
    # (read as it is: "in a field", "en un campo"; "the field" alone is an expert's too)
    "field": {"en": "{in,into} {a,an open,the open} field|{in,into} a {cornfield,pasture,farm field}",
              "es": "en un {campo,campo abierto,terreno baldío,potrero,pastizal,sembradío}"},
    # (no place: "a drop in the ocean" / "un grano de arena en el desierto"; ``waters``)
    "saying": {"en": "drop in the {ocean,bucket}",
               "es": "{grano de arena,gota de agua,gota} en el {desierto,océano,mar}"},
}
_IN_BEFORE = {
    "en": re.compile(r"\b(?:in|into|near|through|from|to|across|crossed|crossing|on|onto|off|down|along)\s+"
                     r"(?:the|a|an)\s+$",
                     re.IGNORECASE),
    "es": re.compile(r"(?:\b(?:en|a|hacia|cerca\s+de|desde|cruzaron|cruzó|cruzar|atravesaron|atravesó|atravesar|por|de)"
                     r"\s+(?:el|la|los|las|un|una)|\b(?:al|del))\s+$", re.IGNORECASE),
}
_LANDS_AFTER_A_PREPOSITION = frozenset(LANDS) - {"field", "saying"}
# Who investigates or patrols ("The sheriff's office is investigating" / "El departamento de policía"): a city's
# police, a county's sheriff, a state's troopers; "police" alone is said of any of them, and is not read
LAW_ENFORCEMENT = {
    "sheriff": {"en": "{sheriff's,sheriff’s,Sheriff's,Sheriff’s} {office,department,deputies,deputy,Office,"
                      "Department}",
                "es": "{oficina,departamento,Oficina,Departamento,agentes,ayudantes,oficiales} del {sheriff,Sheriff,"
                      "alguacil,Alguacil}|{Oficina,oficina} del {comisario,Comisario}"},
    "coroner": {"en": "coroner|coroner's office|Coroner's Office|medical examiner{,'s office}|Medical Examiner",
                "es": "{oficina del,el,médico,médica,la médica} forense|médico legista|Servicio Médico Forense|"
                      "Semefo"},
    "city police": {"en": "police department{,s}|Police Department|city police|municipal police|local police",
                    "es": "departamento{,s} de policía|Departamento de Policía|policía {municipal,local,de la ciudad}|"
                          "Policía {Municipal,Local}"},
    "state police": {"en": "{state,State} {police,trooper,troopers}|State {Police,Troopers}|"
                           "{highway,Highway} {patrol,Patrol}|"
                           "Department of Public Safety",
                     "es": "policía estatal|Policía Estatal|{patrulla,Patrulla} de {caminos,Caminos,carreteras,"
                           "Carreteras}|{agentes,policías} estatales|Departamento de Seguridad Pública"},
    "federal police": {"en": "federal police", "es": "policía federal|Policía Federal"},
    "National Guard": {"en": "National Guard|Guard troops|guardsmen", "es": "Guardia Nacional|guardia nacional"},
}
# The court a judge sits on or a case is in: federal, a county's, a city's ("The county judge signed the order" / "El
# juez federal firmó"); federal against a state's is decision-mismatch's, and a Texas county's commissioners court
# governs, and is not read
_COURT = {"en": "{judge,judges,court,courts,jury,grand jury,prosecutor,prosecutors,magistrate,charges}",
          "es": "{juez,jueza,jueces,corte,cortes,tribunal,tribunales,juzgado,jurado,gran jurado,fiscal,fiscales,"
                "magistrado,magistrada,cargos}"}
COURT_LEVELS = {
    "federal": {"en": f"federal {_COURT['en']}|U.S. District {{Judge,Court}}|U.S. {{district,magistrate}} judge|"
                      "U.S. Magistrate Judge",
                "es": f"{_COURT['es']} {{federal,federales}}|{{Corte,Tribunal,Juez,Jueza}} Federal"},
    "county": {"en": "county {judge,judges,court,courts,court-at-law,prosecutor,prosecutors}|county health "
                     "{department,officials,authority}",
               "es": f"{_COURT['es']} del condado|{{departamento,autoridades}} de salud del condado"},
    # (a health department's level, "The state health department reported" / "del condado"; a state's court
    # against a federal one is decision-mismatch's)
    "state": {"en": "state health {department,officials}|state {department,Department} of {health,Health}",
              "es": "{departamento,Departamento,autoridades} de salud {estatal,estatales,del estado}|"
                    "Departamento Estatal de Salud"},
    "municipal": {"en": "municipal {judge,court,courts}", "es": f"{_COURT['es']} {{municipal,municipales}}"},
}
# What a player did in a game ("threw three touchdown passes" / "tres intercepciones"); "anotación" (a goal, a
# touchdown, a run) and "asistencia" (aid) say too much else to be read
GAME_STATISTICS = {
    "touchdown": {"en": "touchdown{,s}|touchdown pass{,es}|TD pass{,es}",
                  "es": "touchdown{,s}|pase{,s} de {touchdown,anotación}|anotaci{ón,ones} de touchdown"},
    "interception": {"en": "interception{,s}", "es": "intercepci{ón,ones}|pase{,s} interceptado{,s}"},
    "rebound": {"en": "rebound{,s}", "es": "rebote{,s}"},
    "strikeout": {"en": "strikeout{,s}|struck out", "es": "ponche{,s}|ponchó|ponchados"},
    "no-hitter": {"en": "no-hitter{,s}|no-hit", "es": "juego{,s} sin {hit,hits,jit} ni carrera{,s}|juego{,s} sin "
                                                    "{hit,hits,jit}|no-hitter"},
    "hat trick": {"en": "hat trick{,s}|hat-trick{,s}", "es": "triplete{,s}|hat-trick|hat trick"},
    "brace": {"en": "{a,his,her} brace", "es": "doblete{,s}"},
    "perfect game": {"en": "perfect game{,s}", "es": "juego{,s} perfecto{,s}|partido{,s} perfecto{,s}"},
    "home run": {"en": "home run{,s}|homer{,s}|homered", "es": "jonr{ón,ones}|cuadrangular{,es}|home run{,s}"},
    "extra time": {"en": "extra innings|extra inning|overtime|extra time|double overtime",
                   "es": "entradas {extra,extras}|entrada extra|tiempo{,s} extra|prórroga{,s}|doble tiempo extra"},
    "penalties": {"en": "penalty shootout|penalty kicks|shootout|on penalties|to penalties",
                  "es": "tanda de {penales,penaltis}|{a,en,por} {penales,penaltis}"},
}
# A player's position ("The pitcher struck out ten" / "El receptor ponchó a diez"); a baseball catcher and a football
# receiver are one word in Spanish, "receptor", and one position here
POSITIONS = {
    "pitcher": {"en": "pitcher{,s}|starting pitcher{,s}|reliever{,s}|relief pitcher{,s}",
                "es": "lanzador{,es}|pícher{,s}|pitcher{,s}|serpentinero{,s}|abridor{,es}|relevista{,s}"},
    "receiver": {"en": "catcher{,s}|receiver{,s}|wide receiver{,s}", "es": "cátcher{,s}|receptor{,es}"},
    "quarterback": {"en": "quarterback{,s}", "es": "mariscal{,es} de campo|quarterback{,s}"},
    "goalkeeper": {"en": "goalkeeper{,s}|goalie{,s}|goaltender{,s}",
                   "es": "portero{,s}|arquero{,s}|guardameta{,s}|cancerbero{,s}"},
    "striker": {"en": "striker", "es": "delantero|ariete"},
    "left field": {"en": "left field|left fielder", "es": "jardín izquierdo|jardinero izquierdo"},
    "center field": {"en": "center field|center fielder", "es": "jardín central|jardinero central"},
    "right field": {"en": "right field|right fielder", "es": "jardín derecho|jardinero derecho"},
    "offensive coordinator": {"en": "offensive coordinator", "es": "coordinador{,a} ofensiv{o,a}"},
    "defensive coordinator": {"en": "defensive coordinator", "es": "coordinador{,a} defensiv{o,a}"},
}
# The race or the event an athlete ran or jumped ("finished third in the marathon" / "en el medio maratón", "the long
# jump" / "el salto de altura") and the lane a street gets ("bike lanes" / "carriles para autobuses")
RACES = {
    "marathon": {"en": "marathon{,s}", "es": "maratón|maratones"},
    "half marathon": {"en": "half marathon{,s}|half-marathon{,s}",
                      "es": "medio maratón|media maratón|medios maratones"},
    "triathlon": {"en": "triathlon{,s}", "es": "triatlón|triatlones"},
    "5K": {"en": "5K|5-kilometer race|5K race", "es": "carrera de 5 kilómetros|5K|carrera de 5K"},
    "long jump": {"en": "long jump", "es": "salto {de longitud,largo}"},
    "high jump": {"en": "high jump", "es": "salto de altura"},
    "triple jump": {"en": "triple jump", "es": "salto triple|triple salto"},
    "pole vault": {"en": "pole vault", "es": "salto con {pértiga,garrocha}"},
    "shot put": {"en": "shot put", "es": "lanzamiento de {bala,peso}"},
    "discus": {"en": "discus", "es": "lanzamiento de disco"},
    # a swimming race's stroke ("the 200-meter freestyle" / "los 200 metros mariposa"; a butterfly alone is an
    # animal)
    "freestyle": {"en": "freestyle", "es": "{metros,m} libre{,s}|estilo libre"},
    "butterfly": {"en": "{meter,metre,-meter,m} butterfly|butterfly {race,event,final}",
                  "es": "{metros,m} {mariposa,estilo mariposa}|estilo mariposa"},
    "backstroke": {"en": "backstroke", "es": "{metros,m} espalda|estilo espalda|{metros,m} dorso"},
    "breaststroke": {"en": "breaststroke", "es": "{metros,m} pecho|estilo pecho|{metros,m} braza|braza"},
}
LANES = {
    "bike lane": {"en": "{bike,bicycle,cycling} lane{,s}",
                  "es": "carril{,es} {bici,para bicicletas,ciclista,ciclistas}|ciclovía{,s}|ciclovia{,s}"},
    "bus lane": {"en": "bus lane{,s}|bus-only lane{,s}",
                 "es": "carril{,es} {bus,para autobuses,de autobús,exclusivo para autobuses,"
                       "exclusivos para autobuses}"},
    "turn lane": {"en": "turn lane{,s}|turning lane{,s}", "es": "carril{,es} de {giro,vuelta}"},
}
# What a car hit ("hit a utility pole" / "chocó contra un árbol"), read right after the crash's verb
CRASH_OBJECTS = {
    "tree": {"en": "tree", "es": "árbol"},
    "pole": {"en": "pole|utility pole|light pole|power pole|telephone pole",
             "es": "poste|poste de luz|poste eléctrico|poste de electricidad"},
    "wall": {"en": "wall|concrete wall|barrier|concrete barrier", "es": "muro|pared|barda|barrera|barrera de concreto"},
    "fence": {"en": "fence", "es": "cerca|valla|reja"},
    "median": {"en": "median|median barrier|center divider", "es": "camellón|mediana|{divisor,separador} central"},
    "guardrail": {"en": "guardrail", "es": "barandal|barandilla|valla de contención|barrera de contención|"
                                           "defensa metálica"},
    "building": {"en": "building|house|home|store", "es": "edificio|casa|vivienda|tienda"},
    "parked car": {"en": "parked {car,vehicle,truck}",
                   "es": "{auto,vehículo,carro,coche,camión} estacionado"},
    # (and what a falling tree or the wind brought down: "knocked down power lines" / "derribó varios árboles")
    "power lines": {"en": "power line{,s}|power lines", "es": "cable{,s} {eléctrico,eléctricos,de luz,de electricidad}|"
                                                            "tendido eléctrico|línea{,s} eléctrica{,s}"},
    "trees": {"en": "trees", "es": "árboles"},
}
# (what a car hit, read right after the crash's verb only: ``crash_objects``)
_HIT_BEFORE = {
    "en": re.compile(r"\b(?:hit|struck|crashed\s+into|slammed\s+into|ran\s+into|veered\s+into|smashed\s+into|"
                     r"plowed\s+into|fell\s+on|fell\s+onto|landed\s+on|crashed\s+onto|knocked\s+down|toppled|"
                     r"brought\s+down)\s+(?:a|an|the|some|several|many|two|three|dozens\s+of)?\s*$", re.IGNORECASE),
    "es": re.compile(r"\b(?:chocó\s+contra|se\s+estrelló\s+contra|se\s+impactó\s+contra|impactó\s+contra|impactó|"
                     r"golpeó|se\s+incrustó\s+en|cayó\s+sobre|cayó\s+encima\s+de|derribó|derribaron|tumbó|"
                     r"tumbaron)\s+(?:un|una|el|la|los|las|varios|varias|algunos|algunas|muchos|dos|tres|decenas\s+de)?"
                     r"\s*$", re.IGNORECASE),
}
# What the police said played a part in a crash ("alcohol was a factor" / "la velocidad fue un factor")
_FACTOR = {"en": "{was,were,is,may have been,might have been,appears to have been,was not,is not} a factor",
           "es": "{fue,era,es,pudo ser,habría sido,no fue,no es} un factor"}
CRASH_FACTORS = {
    "alcohol": {"en": f"{{alcohol,intoxication,impairment,drinking}} {_FACTOR['en']}",
                "es": f"{{el alcohol,alcohol,la ebriedad,el estado de ebriedad}} {_FACTOR['es']}"},
    "speed": {"en": f"{{speed,speeding,excessive speed}} {_FACTOR['en']}",
              "es": f"{{la velocidad,velocidad,el exceso de velocidad}} {_FACTOR['es']}"},
    "drugs": {"en": f"drugs {_FACTOR['en']}", "es": f"{{las drogas,drogas}} {_FACTOR['es']}"},
    "weather": {"en": f"{{weather,the weather,rain,fog}} {_FACTOR['en']}",
                "es": f"{{el clima,el mal tiempo,la lluvia,la niebla}} {_FACTOR['es']}"},
    "distraction": {"en": f"{{distraction,distracted driving,a cellphone}} {_FACTOR['en']}",
                    "es": f"{{la distracción,el uso del celular,el celular}} {_FACTOR['es']}"},
}
# The driver who hit someone ("hit by a drunk driver" / "un conductor distraído") and the camera that caught it ("on a
# dashcam" / "una cámara de seguridad")
DRIVER_KINDS = {
    "drunk": {"en": "{drunk,drunken,impaired,intoxicated} driver{,s}",
              "es": "{conductor,conductora,conductores,chofer} {ebrio,ebria,ebrios,borracho,borracha,borrachos,"
                    "alcoholizado,alcoholizada,en estado de ebriedad}"},
    "distracted": {"en": "distracted driver{,s}", "es": "{conductor,conductora,conductores} {distraído,distraída,"
                                                       "distraídos}"},
    "wrong-way": {"en": "wrong-way driver{,s}", "es": "{conductor,conductora} {que circulaba,que iba} en sentido "
                                                     "contrario"},
    "hit-and-run": {"en": "hit-and-run driver{,s}", "es": "{conductor,conductora} que se dio a la fuga"},
}
CAMERAS = {
    "dashcam": {"en": "dashcam{,s}|dash cam{,s}|dashboard camera{,s}", "es": "cámara{,s} {del tablero,de tablero}"},
    "security camera": {"en": "{security,surveillance} {camera,cameras,video,footage}",
                        "es": "{cámara,cámaras,video,videos} de {seguridad,vigilancia}"},
    "body camera": {"en": "body {camera,cameras,cam,cams}|body-worn camera{,s}",
                    "es": "cámara{,s} corporal{,es}|cámara{,s} de solapa"},
    "doorbell camera": {"en": "doorbell {camera,cameras,video}|Ring camera{,s}",
                        "es": "cámara{,s} del timbre|cámara{,s} de timbre"},
}
# What a park gets or a drive collects ("a skate park" / "un parque para perros", "a blood drive" / "una colecta de
# juguetes")
PARK_AMENITIES = {
    "skate park": {"en": "skate park{,s}|skatepark{,s}", "es": "parque{,s} de patinaje|skatepark{,s}|pista{,s} de "
                                                           "patinetas"},
    "dog park": {"en": "dog park{,s}", "es": "parque{,s} {para perros,canino,caninos}"},
    "splash pad": {"en": "splash pad{,s}", "es": "chapoteadero{,s}|área{,s} de juegos acuáticos|fuente{,s} "
                                               "interactiva{,s}"},
    "playground": {"en": "playground{,s}|playground equipment", "es": "juegos infantiles|área{,s} de juegos|parque{,s} "
                                                                   "infantil{,es}"},
    "skating rink": {"en": "{ice,skating} rink{,s}", "es": "pista{,s} de {patinaje,hielo}"},
    "basketball court": {"en": "basketball court{,s}", "es": "cancha{,s} de {baloncesto,básquetbol,básquet}"},
}
DRIVES = {
    "blood": {"en": "blood drive{,s}", "es": "{colecta,colectas,campaña,campañas} de {donación de sangre,sangre}"},
    "toys": {"en": "toy drive{,s}", "es": "colecta{,s} de juguetes"},
    "food": {"en": "food drive{,s}", "es": "colecta{,s} de alimentos|colecta{,s} de comida"},
    "clothing": {"en": "{clothing,clothes} drive{,s}", "es": "colecta{,s} de ropa"},
    "coats": {"en": "coat drive{,s}", "es": "colecta{,s} de {abrigos,chamarras}"},
    "school supplies": {"en": "school supply drive{,s}|backpack drive{,s}", "es": "colecta{,s} de útiles escolares"},
}
# What an ordinance bans or a place is closed to ("bans smoking in parks" / "prohíbe el alcohol", "closed to bikes" /
# "cerrado a los caballos"), read a few words after the ban (``banned_things``); and what a ban or a pipe is of
# ("plastic bags" / "bolsas de papel", "lead pipes" / "tuberías de cobre")
BANNED_THINGS = {
    "smoking": {"en": "smoking|cigarettes|tobacco", "es": "fumar|tabaco|cigarrillos|el cigarro"},
    "vaping": {"en": "vaping|e-cigarettes|vapes", "es": "vapear|vapeadores|cigarrillos electrónicos"},
    "alcohol": {"en": "alcohol|drinking|beer|alcoholic beverages", "es": "alcohol|bebidas alcohólicas|cerveza"},
    "fireworks": {"en": "fireworks", "es": "fuegos artificiales|pirotecnia"},
    "dogs": {"en": "dogs|pets", "es": "perros|mascotas"},
    "bikes": {"en": "bikes|bicycles|cyclists", "es": "bicicletas|ciclistas"},
    "horses": {"en": "horses", "es": "caballos"},
    "trucks": {"en": "trucks|semis|tractor-trailers|18-wheelers", "es": "camiones|tráileres|camiones de carga"},
    "buses": {"en": "buses|tour buses|charter buses", "es": "autobuses|buses|ómnibus"},
    "pedestrians": {"en": "pedestrians|foot traffic", "es": "peatones|tránsito peatonal"},
    "cars": {"en": "cars|vehicles|traffic|vehicle traffic", "es": "autos|vehículos|tráfico|tránsito vehicular"},
    "swimming": {"en": "swimming|swimmers", "es": "nadar|bañistas"},
    "texting": {"en": "texting|texting while driving", "es": "enviar mensajes{, de texto}|textear|mandar mensajes"},
    "phones": {"en": "{cellphones,cell phones,phones,smartphones,mobile phones}",
               "es": "{celulares,teléfonos celulares,teléfonos,móviles,teléfonos móviles,teléfonos inteligentes}"},
    "backpacks": {"en": "backpacks|bags", "es": "mochilas|bolsos"},
    "laptops": {"en": "laptops|laptop computers", "es": "computadoras portátiles|laptops|ordenadores portátiles"},
    "leaf blowers": {"en": "leaf blowers|{gas,gas-powered} leaf blowers",
                     "es": "sopladoras de hojas|sopladores de hojas|sopladoras"},
    "lawn mowers": {"en": "lawn mowers|lawnmowers|{gas,gas-powered} lawn mowers",
                    "es": "cortadoras de césped|podadoras|cortacéspedes|cortadoras de pasto"},
}
_BANNED_BEFORE = {
    "en": re.compile(r"\b(?:ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|closed\s+to|"
                     r"bar|bars|barred|outlaw|outlaws|outlawed)\b[^.;:!?]{0,40}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:prohíbe|prohíben|prohibirá|prohibirán|prohibió|prohibieron|prohibir|prohibid[oa]s?|"
                     r"prohibiría|prohibirían|prohibición\s+de|cerrad[oa]s?\s+a|veta|vetó)\b[^.;:!?]{0,40}$",
                     re.IGNORECASE),
}
MATERIALS = {
    "plastic bags": {"en": "plastic bag{,s}|single-use bag{,s}", "es": "bolsa{,s} {de plástico,plástica,plásticas}"},
    "paper bags": {"en": "paper bag{,s}", "es": "bolsa{,s} de papel"},
    "lead pipes": {"en": "lead {pipe,pipes,service line,service lines,line,lines}",
                   "es": "{tubería,tuberías,tubo,tubos} de plomo"},
    "copper pipes": {"en": "copper {pipe,pipes}", "es": "{tubería,tuberías,tubo,tubos} de cobre"},
    # (the single-use things a ban names beside the bags: "plastic straws" / "bolsas de plástico")
    "straws": {"en": "plastic straw{,s}|straws", "es": "popote{,s}|pajita{,s}|pajilla{,s}|sorbete{,s}"},
    "foam containers": {"en": "{foam,polystyrene,Styrofoam,plastic foam} {container,containers,cups,food containers,"
                              "takeout containers}|Styrofoam|polystyrene",
                        "es": "unicel|poliestireno|{envase,envases,recipiente,recipientes,contenedor,contenedores,vaso,"
                              "vasos} de {espuma,unicel,poliestireno}"},
}
# What spilled ("a chemical spill" / "un derrame de petróleo")
SPILLS = {
    "chemical": {"en": "chemical spill{,s}|hazardous materials spill", "es": "derrame{,s} {químico,químicos,de "
                                                                          "químicos,de sustancias químicas}"},
    "oil": {"en": "oil spill{,s}|crude spill{,s}",
            "es": "derrame{,s} de {petróleo,crudo,aceite}|derrame{,s} petrolero{,s}"},
    "fuel": {"en": "{fuel,diesel,gasoline,gas} spill{,s}", "es": "derrame{,s} de {combustible,diésel,diesel,gasolina}"},
    "sewage": {"en": "sewage spill{,s}|sewage overflow{,s}", "es": "derrame{,s} de aguas {residuales,negras}"},
}
# A hospital's unit ("a new emergency room" / "una nueva sala de maternidad"; intensive care against the emergency
# room is decision-mismatch's) and a screening a clinic offers ("free mammograms" / "colonoscopias")
HOSPITAL_UNITS = {
    "emergency room": {"en": "emergency {room,rooms,department}|ER", "es": "sala{,s} de {emergencias,urgencias}|"
                                                                          "urgencias|emergencias"},
    "maternity ward": {"en": "maternity {ward,wing,unit}|labor and delivery",
                       "es": "{sala,área,unidad,pabellón} de maternidad|maternidad"},
    "operating room": {"en": "operating room{,s}", "es": "quirófano{,s}|sala{,s} de operaciones"},
    "trauma center": {"en": "trauma {center,centers,centre,unit}",
                      "es": "{centro,centros,unidad} de {trauma,traumatología}"},
    "rehabilitation center": {"en": "{rehab,rehabilitation} {center,centers,centre,facility,facilities,unit}",
                              "es": "{centro,centros,unidad,clínica} de rehabilitación"},
    "pediatric unit": {"en": "pediatric {unit,units,ward,wing,floor,department}|children's {unit,ward,wing}",
                       "es": "{unidad,unidades,sala,salas,ala,área,pabellón,piso} {pediátrica,pediátricas,"
                             "de pediatría}|pediatría"},
    # a hospital's center by what it treats ("the new cancer center" / "el nuevo centro de cardiología")
    "cancer center": {"en": "cancer {center,centers,institute}", "es": "centro{,s} {oncológico,oncológicos,de cáncer,"
                                                                  "contra el cáncer,de oncología}"},
    "heart center": {"en": "{heart,cardiac,cardiology} {center,centers,institute}",
                     "es": "centro{,s} {de cardiología,cardiológico,cardiológicos,del corazón,cardíaco}"},
    # a hospital by whom it treats ("the children's hospital" / "el hospital de veteranos")
    "children's hospital": {"en": "children's hospital{,s}|children’s hospital{,s}",
                            "es": "hospital{,es} {infantil,infantiles,de niños,pediátrico,pediátricos}"},
    "veterans hospital": {"en": "{veterans,veterans',VA,V.A.} {hospital,hospitals,medical center}",
                          "es": "hospital{,es} de {veteranos,la VA}|centro médico de veteranos"},
    "psychiatric hospital": {"en": "{psychiatric,mental} {hospital,hospitals}",
                             "es": "hospital{,es} psiquiátrico{,s}|psiquiátrico"},
}
SCREENINGS = {
    "mammogram": {"en": "mammogram{,s}|breast cancer screening{,s}", "es": "mamografía{,s}|mastografía{,s}"},
    "colonoscopy": {"en": "colonoscop{y,ies}", "es": "colonoscopía{,s}|colonoscopia{,s}"},
    "Pap test": {"en": "Pap {test,tests,smear,smears}", "es": "{prueba,pruebas} de Papanicolaou|Papanicolaou"},
    "HIV test": {"en": "HIV {test,tests,testing,screening,screenings}",
                 "es": "{prueba,pruebas} {de VIH,del VIH}|detección del VIH|{prueba,pruebas} de detección del VIH"},
    "pregnancy test": {"en": "pregnancy test{,s}|pregnancy testing", "es": "{prueba,pruebas} de embarazo"},
    "blood pressure check": {"en": "blood pressure {check,checks,screening,screenings}",
                             "es": "{toma,tomas,medición,mediciones} de presión arterial"},
}

# the venues an institution's name holds, read capitalised too: "the Pueblo Library Foundation" / "la Fundación del
# Museo de Pueblo" (each language writes the name's common noun in its own words, which the name rule does not
# compare)
_NAMED_VENUES = ("school", "hospital", "church", "library", "museum", "food bank", "animal shelter")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "of", "the", "para", "{de,para}"})

# What a price is of ("Gas prices rose" / "Los precios de la electricidad", "Rents rose 8%" / "Los precios de las
# viviendas"): a good read with its price only ("gas" alone says nothing of a price); a food's price is
# ``CROPS``' ("the price of beef" / "del pollo")
_PRICE_EN = "{price,prices}"
_PRICE_ES = "{precio,precios}"


def _priced(english: str, spanish: str) -> dict[str, str]:
    """A good's price in each language: "egg prices", "Egg prices", "the price of eggs", "el precio del huevo"."""
    capitalised = ",".join(word[0].upper() + word[1:] for word in english.split(","))
    return {"en": f"{{{english},{capitalised}}} {_PRICE_EN}|{_PRICE_EN} of {{,the }}{{{english}}}",
            "es": f"{_PRICE_ES} {{de,del,de la,de los,de las}} {{{spanish}}}"}


PRICES = {
    "gas": _priced("gas,gasoline,fuel", "gasolina,combustible,combustibles"),
    # (not "energy": "energy prices" are any fuel's)
    "electricity": _priced("electricity,power", "electricidad,luz"),
    "food": _priced("food,grocery,groceries", "alimentos,comida,los alimentos"),
    "drugs": _priced("drug,prescription drug,insulin,medication", "medicamentos,los medicamentos,la insulina,insulina"),
    "homes": {"en": "{home,house,housing,Home,House,Housing} prices|{price,prices} of {homes,houses}|home values",
              "es": f"{_PRICE_ES} {{de la vivienda,de las viviendas,de las casas,de la casa,de viviendas,de casas}}|"
                    "valor{,es} de las {viviendas,casas}"},
    "rent": {"en": "rent|rents|Rents|{rental,rent,Rental,Rent} prices",
             "es": f"alquiler{{,es}}|{_PRICE_ES} {{del alquiler,de los alquileres,de la renta,de las rentas}}"},
}
# A dish a cook is known for or a stand sells ("known for her mole" / "sus tamales"): the names are the same in both
# languages, but for a few
DISHES = {
    "mole": {"en": "mole|mole poblano", "es": "mole|mole poblano"},
    "tamales": {"en": "tamale{,s}|tamales", "es": "tamal{,es}"},
    "tacos": {"en": "taco{,s}", "es": "taco{,s}"},
    "pupusas": {"en": "pupusa{,s}", "es": "pupusa{,s}"},
    "enchiladas": {"en": "enchilada{,s}", "es": "enchilada{,s}"},
    "pozole": {"en": "pozole|posole", "es": "pozole"},
    "empanadas": {"en": "empanada{,s}", "es": "empanada{,s}"},
    "ceviche": {"en": "ceviche", "es": "ceviche|cebiche"},
    "paella": {"en": "paella{,s}", "es": "paella{,s}"},
    "arepas": {"en": "arepa{,s}", "es": "arepa{,s}"},
    "burritos": {"en": "burrito{,s}", "es": "burrito{,s}"},
    "quesadillas": {"en": "quesadilla{,s}", "es": "quesadilla{,s}"},
    "churros": {"en": "churro{,s}", "es": "churro{,s}"},
    "conchas": {"en": "conchas", "es": "conchas"},
    "birria": {"en": "birria", "es": "birria"},
    "al pastor": {"en": "al pastor", "es": "al pastor"},
    "barbecue": {"en": "barbecue|BBQ|brisket", "es": "barbacoa|carne asada"},
    "pizza": {"en": "pizza{,s}", "es": "pizza{,s}"},
    "hamburgers": {"en": "hamburger{,s}|burger{,s}", "es": "hamburguesa{,s}"},
    "sushi": {"en": "sushi", "es": "sushi"},
    "tortillas": {"en": "tortilla{,s}", "es": "tortilla{,s}"},
}
# What a person was doing when it happened ("drowned while swimming" / "mientras pescaba"), read after "while" or a
# verb of going or being ("was fishing", "went hiking"; "mientras nadaba", "fue a pescar") (``activities``)
ACTIVITIES = {
    "swimming": {"en": "swimming", "es": "nadaba|nadaban|nadando|nadar"},
    "fishing": {"en": "fishing", "es": "pescaba|pescaban|pescando|pescar"},
    "hiking": {"en": "hiking", "es": "senderismo|excursionismo|caminata|de excursión"},
    "kayaking": {"en": "kayaking|canoeing", "es": "kayak|canoa|remaba|remaban|remando"},
    "boating": {"en": "boating|sailing", "es": "navegaba|navegaban|navegando|navegar|paseaba en {bote,lancha,barco}"},
    "surfing": {"en": "surfing", "es": "surfeaba|surfeaban|surfeando|surfear|surf|hacía surf|practicaba surf"},
    "running": {"en": "running|jogging", "es": "corría|corrían|corriendo|trotaba|trotaban|trotando|trotar"},
    "hunting": {"en": "hunting", "es": "cazaba|cazaban|cazando|cazar|de cacería"},
    "biking": {"en": "biking|cycling|riding {his,her,their,a} {bike,bicycle}",
               "es": "andaba en bicicleta|andando en bicicleta|paseaba en bicicleta|montaba en bicicleta|"
                     "montando en bicicleta"},
}
_ACTIVITY_BEFORE = {
    "en": re.compile(r"\b(?:while|was|were|went|go|goes|going|been|gone)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:mientras|estaba|estaban|estuvo|iba\s+a|iban\s+a|fue\s+a|fueron\s+a|ido\s+a|salió\s+a|"
                     r"salieron\s+a|practicaba|practicaban|hacía|hacían|haciendo|practicando)\s+$", re.IGNORECASE),
}
# What a church, a family or a city held ("will hold a vigil" / "celebrará una misa", "a rally" / "un desfile")
GATHERINGS = {
    "vigil": {"en": "vigil{,s}|candlelight vigil{,s}", "es": "vigilia{,s}"},
    # (a Catholic Mass is written capitalised; "a mass shooting" is none; a memorial service is often a Mass: "A
    # memorial service will be held" / "Se celebrará una misa")
    "Mass or memorial": {"en": "Mass|Masses|a mass for|funeral mass|memorial service{,s}|memorial{,s}|"
                               "celebration of life",
                         "es": "misa{,s}|servicio{,s} conmemorativo{,s}|ceremonia{,s} conmemorativa{,s}|homenaje{,s}|"
                               "ceremonia{,s} en memoria"},
    "walkout": {"en": "walkout{,s}|walked out of {class,classes,school}",
                "es": "{salieron,se salieron} de {clases,sus clases,la escuela}|abandono de {clases,las aulas}|"
                      "abandonaron {las aulas,sus clases,las clases}"},
    "county fair": {"en": "county fair{,s}", "es": "feria{,s} del condado|feria{,s} de condado"},
    "state fair": {"en": "state fair{,s}", "es": "feria{,s} estatal{,es}|feria{,s} del estado"},
    "protest": {"en": "protest{,s}|rally|rallies|demonstration{,s}",
                "es": "protesta{,s}|manifestaci{ón,ones}|mitin|mítines|marcha{,s}|concentraci{ón,ones}"},
    "parade": {"en": "parade{,s}", "es": "desfile{,s}"},
    # (a family's party: "at a birthday party" / "en una boda")
    "birthday party": {"en": "birthday {party,parties,celebration}", "es": "fiesta{,s} de cumpleaños"},
    "wedding": {"en": "wedding{,s}|wedding reception{,s}", "es": "boda{,s}|recepci{ón,ones} de boda"},
    "quinceañera": {"en": "quinceañera{,s}|quinceanera{,s}",
                    "es": "quinceañera{,s}|fiesta{,s} de {quince años,XV años}"},
    "concert": {"en": "concert{,s}", "es": "concierto{,s}"},
    # (and an online one: "set up a GoFundMe page" / "organizó una vigilia")
    "fundraiser": {"en": "fundraiser{,s}|benefit {dinner,gala,concert}|gala{,s}|GoFundMe",
                   "es": "recaudación de fondos|evento{,s} {benéfico,benéficos,de recaudación}|gala{,s}|cena{,s} "
                         "benéfica{,s}|GoFundMe|campaña{,s} de recaudación"},
    # (the ceremonies of a building's start and opening: "the groundbreaking" / "la ceremonia de inauguración")
    "groundbreaking": {"en": "groundbreaking ceremony|groundbreaking ceremonies|{the,a} groundbreaking|broke ground",
                       "es": "{colocación,colocó,colocaron} {de ,}la primera piedra|{ceremonia,ceremonias} de "
                             "{arranque,inicio} de {obra,obras}|palada inicial"},
    "ribbon cutting": {"en": "ribbon-cutting|ribbon cutting|grand opening{,s}",
                       "es": "{ceremonia,ceremonias} de inauguración|corte de {listón,cinta}|gran inauguración|"
                             "gran apertura"},
    # (a meeting with the public and one with the press: "a town hall meeting" / "una conferencia de prensa")
    "town hall meeting": {"en": "town hall meeting{,s}|town hall{,s} {with,on,about,in,at}|community meeting{,s}|"
                                "listening session{,s}",
                          "es": "{reunión,reuniones,asamblea,asambleas,foro,foros} {comunitaria,comunitarias,"
                                "comunitario,comunitarios,pública,públicas,abierta,abiertas,con la comunidad,con "
                                "residentes,vecinal,vecinales}|cabildo abierto"},
    "news conference": {"en": "news conference{,s}|press conference{,s}|press briefing{,s}",
                        "es": "conferencia{,s} de prensa|rueda{,s} de prensa"},
    # (and a written statement, against a news conference: "held a news conference" / "emitió un comunicado")
    "statement": {"en": "{a,the,written} statement|news release|press release",
                  "es": "{un,el} comunicado|comunicado de prensa|{una,la} declaración escrita"},
}
# A child's year before first grade, and the year before it ("universal pre-K" / "kínder universal"): the US
# grades' names only ("preschool", "preescolar", "jardín de infantes" and "guardería" are said of either, and of a
# day care, in other countries: three faithful WMT pairs)
EARLY_SCHOOLING = {
    "pre-K": {"en": "pre-K|pre-k|Pre-K|pre-kindergarten|prekindergarten",
              "es": "prekínder|pre-kínder|prekinder|pre-kinder"},
    "kindergarten": {"en": "kindergarten|kindergartens|kindergartners|kindergartener{,s}",
                     "es": "kínder|kinder|kindergarten"},
}

# What a plant makes, a truck carries, a store sells or a drive collects ("makes tortillas" / "fabrica tamales",
# "carrying lumber" / "transportaba gasolina", "sells used books" / "vende ropa usada"), read a few words after such a
# verb, not right after a number (``goods``)
GOODS = {
    "food": {"en": "food|groceries|canned food|canned goods|nonperishable food", "es": "alimentos|comida|víveres|"
                                                                                    "despensas|alimentos enlatados"},
    "clothing": {"en": "clothing|clothes|coats|jackets|shoes", "es": "ropa|abrigos|chamarras|chaquetas|zapatos"},
    "toys": {"en": "toys", "es": "juguetes"},
    "blankets": {"en": "blankets", "es": "cobijas|mantas|frazadas"},
    "jewelry": {"en": "jewelry|jewellery", "es": "joyas|joyería|bisutería"},
    "books": {"en": "books", "es": "libros"},
    "school supplies": {"en": "school supplies", "es": "útiles escolares|material escolar|materiales escolares"},
    "computers": {"en": "computers|laptops|tablets", "es": "computadoras|laptops|tabletas|ordenadores"},
    "printers": {"en": "printers", "es": "impresoras"},
    "lumber": {"en": "lumber|timber|logs", "es": "madera|troncos"},
    "fuel": {"en": "gasoline|fuel|diesel", "es": "gasolina|combustible|diésel"},
    # (not "crude oil" as one phrase: it would take "oil spill" from ``SPILLS``)
    "oil": {"en": "crude|oil", "es": "petróleo|crudo"},
    "chemicals": {"en": "chemicals|hazardous materials", "es": "productos químicos|sustancias químicas|"
                                                           "materiales peligrosos"},
    "cars": {"en": "cars|vehicles", "es": "autos|vehículos|carros|coches|automóviles"},
    "containers": {"en": "containers|shipping containers", "es": "contenedores"},
    "strollers": {"en": "strollers", "es": "carriolas|cochecitos"},
    "cribs": {"en": "cribs", "es": "cunas"},
    "car seats": {"en": "car seats", "es": "sillas de auto|sillas para auto|asientos de seguridad"},
    "diapers": {"en": "diapers", "es": "pañales"},
    "medicine": {"en": "medicine|medicines|medication|medications", "es": "medicamentos|medicinas"},
    "furniture": {"en": "furniture", "es": "muebles"},
    "batteries": {"en": "batteries", "es": "baterías|pilas"},
    "solar panels": {"en": "solar panels", "es": "paneles solares"},
    "tortillas": {"en": "tortillas", "es": "tortillas"},
    "medical devices": {"en": "medical devices|medical equipment", "es": "dispositivos médicos|equipo médico|"
                                                                     "equipos médicos"},
    "medical supplies": {"en": "medical supplies", "es": "suministros médicos|insumos médicos|material médico|"
                                                       "material sanitario"},
    "auto parts": {"en": "auto parts|car parts", "es": "autopartes|refacciones|piezas de {automóviles,autos,auto,"
                                                       "automóvil,coche,coches}"},
    "bread": {"en": "bread", "es": "pan"},
    "pastries": {"en": "pastries|cakes|baked goods", "es": "pasteles|pan dulce|repostería|postres"},
    "coffee": {"en": "coffee", "es": "café"},
    "fish": {"en": "fish|seafood", "es": "pescado|pescados|mariscos"},
    "meat": {"en": "meat", "es": "carne"},
    "tobacco": {"en": "tobacco|cigarettes|vapes|e-cigarettes", "es": "tabaco|cigarrillos|cigarros|vapeadores"},
    "alcohol": {"en": "alcohol|beer|liquor|wine", "es": "alcohol|cerveza|licor|vino|bebidas alcohólicas"},
    "cattle": {"en": "cattle|cows|livestock", "es": "ganado|vacas|reses"},
    "horses": {"en": "horses", "es": "caballos"},
    # (and a bill a program pays: "pay their electric bills" / "pagar el alquiler")
    "water bills": {"en": "water {bills,bill}", "es": "{facturas,cuentas,recibos} {de agua,del agua}|el agua"},
    "electric bills": {"en": "{electric,electricity,power,utility,energy,heating} bills",
                       "es": "{facturas,cuentas,recibos} {de luz,de electricidad,eléctricas,de servicios,de energía,"
                             "de calefacción}"},
    "rent": {"en": "rent", "es": "alquiler|renta"},
}
_GOODS_BEFORE = {
    "en": re.compile(r"\b(?:make|makes|made|making|produce[sd]?|producing|manufactur(?:e|es|ed|ing)|build|builds|"
                     r"sell|sells|sold|selling|carry|carries|carried|carrying|haul(?:s|ed|ing)?|transport(?:s|ed|ing)?|"
                     r"collect(?:s|ed|ing)?|donat(?:e|es|ed|ing)|recall(?:s|ed|ing)?|give\s+away|gives\s+away|"
                     r"gave\s+away|giving\s+away|distribut(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+out|buy|buys|bought|"
                     r"buying|pay|pays|paid|paying|import(?:s|ed|ing)?|export(?:s|ed|ing)?|donations)\b[^.;:!?]{0,40}$",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:fabrica|fabrican|fabricó|fabricará|produce|producen|produjo|producirá|elabora|elaboran|"
                     r"vende|venden|vendió|venderá|vendía|transporta|transportan|transportaba|transportaban|"
                     r"transportó|llevaba|llevaban|cargaba|cargaban|recolect(?:ó|aron|a|an|ará|arán)|"
                     r"reuni(?:ó|eron|rá|rán)|reúne|reúnen|don(?:ó|aron|ará|arán|a|an)|retir(?:ó|aron|a|an)\s+del\s+"
                     r"mercado|regal(?:ó|aron|ará|arán|a|an)|repart(?:ió|ieron|irá|irán|e|en)|"
                     r"distribu(?:yó|yeron|irá|irán|ye|yen)|entreg(?:ó|aron|ará|arán|a|an)|compr(?:ó|aron|ará|arán|a|"
                     r"an)|pag(?:ó|aron|ará|arán|a|an|ar)|import(?:ó|aron|a|an)|export(?:ó|aron|a|an)|comprar|vender|"
                     r"fabricar|producir|transportar|donar|regalar|repartir|distribuir|entregar|importar|exportar|"
                     r"recolectar|reunir|recog(?:ió|ieron|e|en|erá|erán|er|iendo)|recolectando|reuniendo|donando|"
                     r"repartiendo|distribuyendo|entregando|regalando|vendiendo|donaciones|donativos)\b"
                     r"[^.;:!?]{0,40}$",
                     re.IGNORECASE),
}
# What an office received ("hundreds of emails" / "cientos de llamadas")
MESSAGES = {
    "emails": {"en": "email{,s}|e-mail{,s}", "es": "correo{,s} electrónico{,s}|correos|e-mail{,s}|email{,s}"},
    "phone calls": {"en": "phone calls|calls|911 calls|voicemails", "es": "llamada{,s}|mensajes de voz"},
    "letters": {"en": "letters", "es": "cartas"},
    "text messages": {"en": "text message{,s}|texts|SMS|SMS messages", "es": "mensaje{,s} de texto|SMS|mensaje{,s} "
                                                                           "SMS|mensaje{,s} corto{,s}"},
    "petition signatures": {"en": "petition{,s}", "es": "petici{ón,ones}"},
}
# How a thief got in ("through a back window" / "por una puerta trasera"), read after "through" or "por" (``entries``)
ENTRIES = {
    # (with the sides ``FRONT_AND_BACK`` reads too: "a back window", "una puerta trasera")
    "window": {"en": "window{,s}|{back,front,rear} window{,s}",
               "es": "ventana{,s}|ventana{,s} {trasera,traseras,delantera,delanteras}"},
    "door": {"en": "door{,s}|garage door{,s}|{back,front,rear,side,sliding} door{,s}",
             "es": "puerta{,s}|puerta del garaje|cochera|puerta{,s} {trasera,traseras,delantera,delanteras}|"
                   "puerta principal|puerta de atrás"},
    "roof": {"en": "roof|skylight", "es": "techo|tragaluz|claraboya"},
    "balcony": {"en": "balcony|balconies", "es": "balcón|balcones"},
    "vent": {"en": "{ventilation,air} {shaft,duct,vent}|vent", "es": "{conducto,ducto,rejilla} de {ventilación,aire}"},
}
_THROUGH_BEFORE = {
    "en": re.compile(r"\b(?:through|via|by\s+breaking|from|out\s+of|off)\s+(?:a|an|the|his|her|their|its)\s+"
                     r"(?:[\w-]+\s+)?$",
                     re.IGNORECASE),
    "es": re.compile(r"(?:\b(?:por|a\s+través\s+de|rompiendo|tras\s+romper|forzaron|forzó|forzando|desde)\s+"
                     r"(?:un|una|el|la|los|las|su|sus)|\bdel)\s+$", re.IGNORECASE),
}
# A city's plant ("the water treatment plant" / "la planta de tratamiento de aguas residuales")
PLANTS = {
    "water treatment plant": {"en": "water treatment {plant,facility}|water plant",
                              "es": "planta{,s} {de tratamiento de agua,potabilizadora}|potabilizadora"},
    "wastewater treatment plant": {"en": "{wastewater,sewage} treatment {plant,facility}|sewage plant",
                                   "es": "planta{,s} de tratamiento de aguas {residuales,negras,servidas}|"
                                         "planta{,s} de aguas residuales"},
    "power plant": {"en": "power plant{,s}|power station{,s}", "es": "planta{,s} eléctrica{,s}|central{,es} "
                                                                     "eléctrica{,s}|planta{,s} de energía"},
    "landfill": {"en": "landfill{,s}|dump", "es": "relleno{,s} sanitario{,s}|vertedero{,s}|basurero{,s}|tiradero{,s}"},
    "recycling center": {"en": "recycling {center,centers,plant,facility}",
                         "es": "{centro,centros,planta,plantas} de reciclaje"},
}
# Why an event was called off ("canceled her tour because of illness" / "por problemas de agenda")
REASONS = {
    "illness": {"en": "{because of,due to} {,an ,a sudden }{illness,health reasons,health issues,health problems}|"
                      "for health reasons|{fell,falling} ill|"
                      "{because of,due to} {a,an} {throat,ear,sinus,respiratory,stomach,viral} infection",
                "es": "{por,debido a} {,una ,la ,}{enfermedad,motivos de salud,problemas de salud,razones de salud}|"
                      "se enfermó|{por,debido a} una infección {de garganta,en la garganta,de oído,respiratoria,"
                      "estomacal,viral}"},
    "injury": {"en": "{because of,due to} {a,an,his,her} {,knee ,ankle ,back ,shoulder ,hamstring ,leg ,foot ,wrist }"
                     "injury",
               "es": "{por,debido a} una lesión{, en la rodilla, en el tobillo, en la espalda, en el hombro, en la "
                     "pierna, en el pie, en la muñeca, de rodilla, de tobillo, de espalda, de hombro}"},
    "scheduling": {"en": "scheduling {conflict,conflicts,issues,problems}|{a,the} {schedule,scheduling} conflict",
                   "es": "{problema,problemas,conflicto,conflictos} de {agenda,horario,horarios,calendario}"},
    "low sales": {"en": "{low,poor,slow,weak} ticket sales", "es": "{baja,bajas,escasa,escasas,poca} venta{,s} de "
                                                                  "{boletos,entradas}"},
    "technical problem": {"en": "{a,the} {technical,mechanical} {problem,issue,glitch,malfunction}|"
                                "{technical,mechanical} {problems,issues,"
                                "difficulties,glitches}|{a,the} {mechanical,technical} failure|"
                                "{a,the} {computer,IT,system,systems} {outage,glitch,problem,failure,malfunction}|"
                                "computer {outages,glitches,problems}",
                          "es": "{problema,problemas,fallo,fallos} {técnico,técnicos,mecánico,mecánicos,informático,"
                                "informáticos}|{falla,fallas,dificultades} {técnica,técnicas,mecánica,mecánicas,"
                                "informática,informáticas}|{una,la} caída del sistema{, informático}|"
                                "{por,debido a} una falla{, técnica, mecánica, eléctrica}"},
    # (a strike as a reason: "canceled flights because of a pilots' strike" / "por una huelga de pilotos")
    "strike": {"en": "{a,the} {pilots',pilot,pilots,workers',worker,labor,union,teachers',nurses',transit} strike|"
                     "{because of,due to} {a,the} strike",
               "es": "{una,la} huelga de {pilotos,trabajadores,maestros,enfermeras,transportistas}|"
                     "{por,debido a} {una,la} huelga"},
    # (a warming ocean against pollution: "bleaching because of rising ocean temperatures" / "por la contaminación")
    "warming": {"en": "{because of,due to} {rising,warmer,warming,higher,record} {ocean ,sea ,water ,}temperatures|"
                      "{because of,due to} {climate change,global warming}",
                "es": "{por,debido a} {el aumento de la,la subida de la,las altas} temperatura{,s}"
                      "{, del océano, del mar, del agua}|"
                      "{por,debido a,debido al} {el ,}{cambio climático,calentamiento global}"},
    "pollution": {"en": "{because of,due to} {,the }pollution", "es": "{por,debido a} la contaminación"},
    "weather": {"en": "{because of,due to} {the ,}{weather,bad weather,weather conditions,high winds,strong winds}",
                "es": "{por,debido a,debido al} {el ,}{mal tiempo,clima,condiciones climáticas,condiciones "
                      "meteorológicas,fuertes vientos,vientos fuertes}"},
    # (and a strike's: "over pay" / "por la seguridad")
    "security": {"en": "security concerns|safety concerns|security reasons|safety reasons|over safety",
                 "es": "{motivos,razones,preocupaciones} de seguridad|por la seguridad"},
    "pay": {"en": "over {pay,wages,salaries,pay and benefits}|for {higher,better} {pay,wages}",
            "es": "por {salarios,los salarios,mejores salarios,aumentos salariales,el salario,sueldos,"
                  "mejores sueldos}"},
    "personal reasons": {"en": "{personal,family} reasons", "es": "{motivos,razones} {personales,familiares}"},
    "repairs": {"en": "for {repairs,maintenance,renovations,renovation,remodeling}|for {emergency,necessary} repairs",
                "es": "por {reparaciones,mantenimiento,obras de mantenimiento,trabajos de reparación,remodelación,"
                      "renovación,renovaciones,remodelaciones,obras de remodelación}"},
    "staff shortage": {"en": "{a,the} {lack,shortage} of {lifeguards,staff,workers,drivers,nurses}|"
                             "staffing shortage{,s}|{a,the} staff shortage|{for,over} understaffing|understaffed",
                       "es": "{por,debido a la,a la} falta de {salvavidas,personal,trabajadores,choferes,conductores,"
                             "enfermeras}|escasez de {personal,salvavidas,choferes,conductores}"},
    "fire danger": {"en": "fire danger|{the,high} fire risk|{dry,high} fire conditions",
                    "es": "{riesgo,peligro} de incendio{,s}"},
    "lack of funding": {"en": "{a,the} lack of {funding,funds,money}|budget cuts|funding cuts|budget {problems,"
                              "shortfall,shortfalls,deficit,deficits}",
                        "es": "falta de {fondos,financiamiento,presupuesto,dinero}|recortes {presupuestarios,de "
                              "presupuesto}|problemas {de presupuesto,presupuestarios}|déficit presupuestario"},
    # (a case dropped for want of evidence: "dismissed for lack of evidence" / "por falta de fondos")
    "lack of evidence": {"en": "{for,due to,because of} {a ,}lack of evidence|for insufficient evidence",
                         "es": "por falta de {pruebas,evidencia,evidencias}|por {pruebas,evidencias} insuficientes"},
    "low enrollment": {"en": "{low,declining,falling,dropping} enrollment",
                       "es": "{baja,poca} matrícula|{baja,disminución de la,caída de la} {matrícula,inscripción}"},
    "health care": {"en": "over {health care,healthcare,health insurance,health benefits}",
                    "es": "por {el seguro médico,la atención médica,los beneficios de salud,el seguro de salud}"},
    # (a plane's diversion's and a school's lockdown's: "a medical emergency" / "una amenaza de bomba")
    "medical emergency": {"en": "{a,the} medical emergency", "es": "{una,la} emergencia médica"},
    "smoke": {"en": "{wildfire,fire} smoke|smoke from {wildfires,the fires,the wildfire,the fire}|"
                    "{because of,due to} {the ,}smoke",
              "es": "humo {de los incendios,de incendios,del incendio,de incendios forestales}|{por,debido al} humo|"
                    "por el humo"},
    "heat": {"en": "{because of,due to} {the heat,extreme heat,high heat,high temperatures}",
             "es": "{por,debido al} {calor,calor extremo}|por el calor|{por,debido a} las altas temperaturas"},
    "gas leak": {"en": "{because of,due to} a gas leak", "es": "por una fuga de gas"},
    # (a nursing home's or a restaurant's fine: "for understaffing" / "por falta de higiene")
    "unsanitary conditions": {"en": "unsanitary conditions|poor hygiene|{for,over} unsanitary",
                              "es": "falta de higiene|condiciones insalubres|{malas,pésimas} condiciones de higiene"},
    "bacteria": {"en": "{high,elevated,unsafe} {bacteria,bacterial} levels|{high,elevated,unsafe} levels of bacteria",
                 "es": "{altos,elevados} niveles de bacterias|niveles {altos,elevados} de bacterias|"
                       "{la ,}presencia de bacterias|{por,debido a} {las ,}bacterias"},
    "algae": {"en": "{because of,due to} {,toxic ,blue-green ,harmful }algae|"
                    "{a,an,the} {toxic ,harmful ,}{algae,algal} bloom{,s}",
              "es": "{por,debido a} {las ,}algas{, tóxicas, verdeazuladas, nocivas}|{la ,una ,}proliferación de algas"},
    "fuel leak": {"en": "{a,the} {fuel,hydrogen,helium} leak", "es": "{una,la} fuga de {combustible,hidrógeno,helio}"},
    "lack of sponsors": {"en": "{a,the,for} lack of {sponsors,sponsorship,sponsorships}",
                         "es": "falta de {patrocinadores,patrocinio,patrocinios}"},
    "lack of volunteers": {"en": "{a,the,for} lack of volunteers|{a,the} shortage of volunteers",
                           "es": "falta de voluntarios|escasez de voluntarios"},
    "supply chain": {"en": "supply chain {problems,issues,disruptions,delays,snarls}|supply {problems,shortages}",
                     "es": "{problemas,interrupciones,retrasos} {en,de} la cadena de suministro{,s}|problemas de "
                           "suministro|escasez de suministros"},
    "pests": {"en": "{a,an} {bedbug,bed bug,rodent,pest,cockroach,rat} infestation",
              "es": "{una plaga,una infestación} de {chinches,ratas,cucarachas,roedores,ratones}"},
    "dust": {"en": "blowing dust|dust storm{,s}|{because of,due to} {the ,}dust", "es": "tormenta{,s} de polvo|"
                                                                              "tolvanera{,s}|{por el,debido al} polvo"},
    "fog": {"en": "{because of,due to} {the ,}{fog,dense fog,heavy fog}", "es": "{por,debido a} la {niebla,neblina}|"
                                                                           "{por,debido a} {niebla,neblina} densa"},
    "ice": {"en": "{because of,due to} {ice,icy roads,icy conditions,the ice,black ice}",
            "es": "{por,debido a,debido al} {el ,}hielo|{por,debido a} {las carreteras heladas,la helada,las heladas}"},
    "snow": {"en": "{because of,due to} {snow,the snow,heavy snow,the snowstorm,a snowstorm}",
             "es": "{por,debido a} {la nieve,la nevada,las nevadas,una nevada,la tormenta de nieve,una tormenta de "
                   "nieve}"},
    "landslide": {"en": "{a,the} {rockslide,rock slide,landslide,mudslide}|{rockslides,landslides,mudslides}|"
                        "falling rocks",
                  "es": "{un,el} {derrumbe,deslave,deslizamiento de tierra,desprendimiento de rocas,deslizamiento de "
                        "rocas}|{derrumbes,deslaves,desprendimientos de rocas}|caída de rocas"},
    "fire": {"en": "{because of,due to} {a,the} {fire,wildfire}", "es": "{por,debido a} {un,el} incendio"},
    "high waves": {"en": "{because of,due to} {high,large,rough} {waves,seas,surf}",
                   "es": "{por,debido a} {el fuerte oleaje,el oleaje,olas altas,las olas,el mar picado}"},
    "construction": {"en": "{for,due to,because of} {construction,roadwork,road work,road construction}",
                     "es": "{por,debido a} {la construcción,obras,las obras,trabajos de construcción,construcción}"},
    "event": {"en": "for the {marathon,parade,race,festival,game,concert}",
              "es": "por {el maratón,el desfile,la carrera,el festival,el partido,el concierto}"},
    "bomb threat": {"en": "bomb threat{,s}", "es": "amenaza{,s} de bomba"},
    "shooting threat": {"en": "{threat,threats} of a {shooting,school shooting}|shooting threat{,s}",
                        "es": "amenaza{,s} de tiroteo|amenaza{,s} de {un tiroteo,balacera}"},
    "rip currents": {"en": "rip current{,s}|riptide{,s}", "es": "corriente{,s} de resaca|resaca{,s}"},
    "sharks": {"en": "{a,the} shark sighting|shark sightings|the presence of sharks",
               "es": "{la presencia,el avistamiento,avistamientos} de {tiburones,un tiburón}"},
    # (another animal seen: "after a shark sighting" / "tras el avistamiento de un caimán")
    "alligators": {"en": "{an,the} alligator sighting|alligator sightings|the presence of alligators",
                   "es": "{la presencia,el avistamiento,avistamientos} de {caimanes,un caimán,cocodrilos,"
                         "un cocodrilo}"},
    "bears": {"en": "{a,the} bear sighting|bear sightings", "es": "{el avistamiento,avistamientos} de {osos,un oso}"},
}

# What a driver was cited for, or doing when it crashed ("cited for speeding" / "por no respetar un alto", "was
# texting" / "estaba ebrio"); a license or a reckless driving charged is ``bilingo.rules.legal``'s, which reads
# drunk driving too, against them
TRAFFIC_OFFENSES = {
    "speeding": {"en": "speeding|excessive speed|driving too fast", "es": "exceso de velocidad|conducir a exceso de "
                                                                        "velocidad|por ir a alta velocidad"},
    # (not a light or a sign by its name, ``TRAFFIC_CONTROLS``': "ran a red light" / "se pasó una señal de alto")
    "failing to stop": {"en": "{failing,failure} to {stop,yield}|{running,ran,run} the light",
                        "es": "{no respetar,no respetó,no respeta,pasarse,se pasó,se pasa,se pasan,se pasaron,"
                              "pasándose,saltándose} {un alto,el alto}|no {respetar,respetó} la señal"},
    "drunk driving": {"en": "drunk driving|drunken driving|driving drunk|DUI|DWI|driving under the influence|"
                            "driving while intoxicated|{was,were} {drunk,intoxicated}",
                      "es": "{conducir,manejar} {ebrio,ebria,borracho,borracha,en estado de ebriedad,bajo los efectos "
                            "del alcohol,bajo la influencia del alcohol}|{conducción,manejo} en estado de ebriedad|"
                            "{estaba,iba} {ebrio,ebria,borracho,borracha,en estado de ebriedad,alcoholizado}"},
    "fell asleep": {"en": "fell asleep {at the wheel,while driving}|dozed off",
                    "es": "se quedó dormid{o,a} {al volante,mientras conducía,mientras manejaba}|se durmió al volante"},
    "medical episode": {"en": "{suffered,had} a {medical emergency,medical episode,heart attack,seizure} {at the wheel,"
                              "while driving}",
                        "es": "sufrió un {infarto,ataque cardíaco,ataque al corazón,desmayo} al volante|"
                              "sufrió una {emergencia médica,convulsión} al volante"},
    "texting": {"en": "texting|{was,were} on {his,her,their} phone|using {his,her,their,a} {phone,cellphone}",
                "es": "{enviaba,enviando,mandaba,mandando,escribía,escribiendo} mensajes{, de texto}|"
                      "{usaba,usando,miraba,mirando} {su,el} {teléfono,celular}|texteando"},
}
# What a person was pushing or riding ("pushing a stroller" / "empujaba una silla de ruedas", "riding a scooter" /
# "conducía una motocicleta")
MOBILITY = {
    "stroller": {"en": "stroller{,s}|baby carriage{,s}", "es": "carriola{,s}|cochecito{,s}|carrito de bebé"},
    "wheelchair": {"en": "wheelchair{,s}", "es": "silla{,s} de ruedas"},
    "shopping cart": {"en": "shopping cart{,s}", "es": "carrito{,s} {de compras,del supermercado,de supermercado}"},
    "scooter": {"en": "scooter{,s}|e-scooter{,s}", "es": "scooter{,s}|patineta{,s} eléctrica{,s}|patinete{,s}|"
                                                       "monopatín eléctrico|monopatines eléctricos"},
    "motorcycle": {"en": "motorcycle{,s}|motorbike{,s}", "es": "moto{,s}|motocicleta{,s}"},
    "skateboard": {"en": "skateboard{,s}", "es": "patineta{,s}|monopatín|monopatines"},
}
# What a center offers ("free mental health counseling" / "asesoría legal gratuita")
SERVICES = {
    "mental health": {"en": "mental health {counseling,services,care,support,treatment}|counseling services|"
                            "therapy sessions",
                      "es": "{asesoría,servicios,atención,apoyo,consejería,tratamiento,orientación} {de,en} salud "
                            "mental|{terapia,terapias} psicológica{,s}|apoyo psicológico|atención psicológica"},
    "legal aid": {"en": "legal {aid,counseling,advice,services,help,assistance,clinic,clinics}",
                  "es": "{asesoría,asistencia,ayuda,servicios,orientación,consejería,consulta,consultas} "
                        "{legal,legales,jurídica,jurídicas}"},
    "tax help": {"en": "tax {help,preparation,assistance}|free tax {help,preparation,filing}",
                 "es": "{ayuda,asistencia,preparación} {con los impuestos,de impuestos,para declarar impuestos}"},
    "dental care": {"en": "dental {care,services,exams,checkups,cleanings,clinic}",
                    "es": "{atención,servicios,cuidado,consultas,limpiezas} {dental,dentales,odontológica,"
                          "odontológicos}"},
    "eye care": {"en": "{eye,vision} {care,exams,screenings,services}",
                 "es": "{atención,servicios,cuidado,exámenes} {oftalmológica,oftalmológicos,de la vista,visual,"
                       "visuales}"},
    "prenatal care": {"en": "prenatal {care,visits,checkups}", "es": "{atención,cuidado,cuidados,control,controles} "
                                                                 "prenatal{,es}"},
    "pediatric care": {"en": "pediatric care|well-child {visits,checkups}", "es": "{atención,cuidado,consultas} "
                                                                         "pediátric{a,as,o}"},
    "tutoring": {"en": "tutoring|homework help",
                 "es": "tutoría{,s}|clases particulares|ayuda con {las tareas,la tarea}|asesoría{,s} académica{,s}|"
                       "apoyo escolar"},
    # (not "free lunch": the meal is ``MEALS``', "free lunch" / "desayuno gratuito")
    "meals": {"en": "free meals|hot meals", "es": "comidas {gratuitas,gratis,calientes}"},
    "job training": {"en": "job training|workforce training|career counseling",
                     "es": "capacitación laboral|{formación,capacitación} para el empleo|orientación vocacional"},
}
# Why a shooting or a fight happened ("appears to be gang-related" / "relacionado con drogas"); a robbery or domestic
# violence is an offence of ``bilingo.rules.legal``
MOTIVES = {
    "gangs": {"en": "gang-related|gang related|gang violence|gang activity|gang-affiliated|gang dispute",
              "es": "relacionad{o,a,os,as} con {pandillas,las pandillas}|violencia de pandillas|pandilleril{,es}|"
                    "entre pandillas|ajuste de cuentas entre pandillas"},
    "drugs": {"en": "drug-related|drug related|drug deal|drug trafficking|over drugs",
              "es": "relacionad{o,a,os,as} con {drogas,las drogas,el narcotráfico,narcotráfico}|"
                    "venta de drogas|narcotráfico"},
}

# How a body or a suspect was identified ("through dental records" / "mediante huellas dactilares")
IDENTIFICATION = {
    "dental records": {"en": "dental records",
                       "es": "{registros,expedientes,historiales,registro,expediente,historial} dental{,es}"},
    "fingerprints": {"en": "fingerprint{,s}", "es": "huella{,s} {dactilar,dactilares,digital,digitales}"},
    "DNA": {"en": "DNA|DNA testing|DNA evidence", "es": "ADN|pruebas de ADN"},
    "tattoos": {"en": "tattoo{,s}", "es": "tatuaje{,s}"},
}

# What a city's truck picks up ("a contract for garbage collection" / "para el reciclaje")
WASTE = {
    "garbage": {"en": "garbage|trash|solid waste|Garbage|Trash", "es": "basura|residuos sólidos|desechos sólidos"},
    # (a sorting of the waste is its recycling: "separar basura")
    "recycling": {"en": "recycling|Recycling|recyclables|{sort,sorts,sorted,sorting,separate,separating} {,the ,their }"
                        "{garbage,trash,waste}",
                  "es": "reciclaje|materiales reciclables|reciclables|"
                        "{separar,separación de} {la ,los ,}{basura,residuos,desechos}"},
    "yard waste": {"en": "yard waste|compost|composting|green waste", "es": "residuos de jardín|desechos de jardín|"
                                                                        "composta|compostaje|residuos verdes"},
    "tires": {"en": "tire{,s}|tyre{,s}", "es": "llanta{,s}|neumático{,s}"},
    "electronics": {"en": "{old ,}electronics|e-waste|electronic waste",
                    "es": "{aparatos,artículos,desechos,residuos} electrónicos|basura electrónica"},
    "bulk items": {"en": "bulk {items,trash,pickup}|large items|{old ,}furniture|mattresses",
                   "es": "artículos voluminosos|objetos grandes|basura voluminosa|muebles{, viejos}|colchones"},
}
# A dog's breed ("attacked by two pit bulls" / "dos pastores alemanes")
DOG_BREEDS = {
    "pit bull": {"en": "pit bull{,s}|pitbull{,s}", "es": "pit bull{,s}|pitbull{,s}"},
    "German shepherd": {"en": "German shepherd{,s}", "es": "pastor alemán|pastores alemanes"},
    "Chihuahua": {"en": "Chihuahua{,s}|chihuahua{,s}", "es": "chihuahua{,s}"},
    "Labrador": {"en": "Labrador{,s}|Lab{,s}|labrador{,s}", "es": "labrador{,es}|Labrador{,es}"},
    "Rottweiler": {"en": "Rottweiler{,s}|rottweiler{,s}", "es": "rottweiler{,s}|Rottweiler{,s}"},
    "husky": {"en": "husk{y,ies}", "es": "husky|huskies"},
}
# What fought a fire from the air ("with air tankers" / "con helicópteros")
AIRCRAFT = {
    "air tanker": {"en": "air tanker{,s}|tanker plane{,s}|firefighting plane{,s}|water-dropping plane{,s}",
                   "es": "avi{ón,ones} cisterna|aeronave{,s} cisterna|avi{ón,ones} tanque|avi{ón,ones} hidrante{,s}"},
    "helicopter": {"en": "helicopter{,s}", "es": "helicóptero{,s}"},
    "drone": {"en": "drone{,s}", "es": "dron|drones"},
}
# Where an ad runs or a story was told ("will run on radio" / "en televisión")
MEDIA = {
    # ("radio" is a radius too: "en un radio de 10 millas" reads as no other medium)
    "radio": {"en": "radio", "es": "radio|{emisora,emisoras,estación,estaciones} de radio|radiofónic{o,a,os,as}"},
    "television": {"en": "television|TV", "es": "televisión|TV|televisiva{,s}|televisivo{,s}"},
    "newspapers": {"en": "newspaper{,s}|print ads", "es": "periódico{,s}|prensa escrita"},
    "social media": {"en": "social media", "es": "redes sociales"},
}

# A court's hearing ("The sentencing is scheduled for May 5" / "La audiencia preliminar")
HEARINGS = {
    "sentencing": {"en": "sentencing|sentencing hearing{,s}", "es": "{audiencia,audiencias,lectura} de sentencia|"
                                                                   "dictar sentencia|dictará sentencia"},
    "preliminary hearing": {"en": "preliminary hearing{,s}|probable cause hearing{,s}",
                            "es": "audiencia{,s} preliminar{,es}|audiencia{,s} de causa probable"},
    "arraignment": {"en": "arraignment{,s}", "es": "lectura{,s} de cargos|comparecencia inicial|"
                                                   "audiencia{,s} de acusación"},
    "bail hearing": {"en": "{bail,bond,detention} hearing{,s}", "es": "audiencia{,s} {de fianza,para fijar fianza,"
                                                                      "de detención}"},
}
# A medicine a pharmacy ran out of or a doctor gave ("amoxicillin" / "ibuprofeno")
MEDICATIONS = {
    "amoxicillin": {"en": "amoxicillin", "es": "amoxicilina"},
    "ibuprofen": {"en": "ibuprofen|Advil|Motrin", "es": "ibuprofeno|Advil|Motrin"},
    "acetaminophen": {"en": "acetaminophen|Tylenol|paracetamol", "es": "acetaminofén|acetaminofeno|paracetamol|"
                                                                   "Tylenol"},
    "aspirin": {"en": "aspirin", "es": "aspirina"},
    "insulin": {"en": "insulin", "es": "insulina"},
    "naloxone": {"en": "naloxone|Narcan", "es": "naloxona|Narcan"},
    "antibiotics": {"en": "antibiotic{,s}", "es": "antibiótico{,s}"},
    "antidepressants": {"en": "antidepressant{,s}", "es": "antidepresivo{,s}"},
    "painkillers": {"en": "painkiller{,s}|pain reliever{,s}|pain medication{,s}", "es": "analgésico{,s}"},
}

# How a payment is made or asked for ("payment in gift cards" / "en criptomonedas", "collected electronically" / "en
# efectivo")
PAYMENTS = {
    "cash": {"en": "in cash|cash only|cash payments|{accepts,accept,accepted} {,only }cash",
             "es": "en efectivo|pago{,s} en efectivo|solo efectivo|{acepta,aceptan,aceptaba,aceptará,aceptarán} "
                   "{,solo ,sólo ,únicamente }efectivo"},
    "gift cards": {"en": "gift card{,s}", "es": "tarjeta{,s} de regalo"},
    "cryptocurrency": {"en": "cryptocurrenc{y,ies}|bitcoin|Bitcoin|crypto", "es": "criptomoneda{,s}|bitcoin{,s}|"
                                                                          "Bitcoin|criptoactivos"},
    "check": {"en": "by check|personal check{,s}|money order{,s}", "es": "{con,por,mediante} cheque|cheque{,s} "
                                                                 "personal{,es}|giro{,s} postal{,es}"},
    "card": {"en": "{credit,debit} card{,s}|by card", "es": "tarjeta{,s} de {crédito,débito}|con tarjeta"},
    "coins": {"en": "coins|quarters", "es": "monedas"},
    "direct deposit": {"en": "direct deposit", "es": "depósito directo"},
    "EBT": {"en": "EBT{, card, cards}", "es": "{tarjeta,tarjetas} EBT|EBT"},
    "electronically": {"en": "electronically|wire transfer{,s}|by bank transfer|online payment{,s}",
                       "es": "electrónicamente|de forma electrónica|{por,mediante} transferencia{, bancaria, "
                             "electrónica}|pago{,s} en línea"},
}
# A public benefit program ("Medicaid covers the test" / "Medicare cubre la prueba", "food stamps" / "WIC"; Medi-Cal
# is California's Medicaid)
BENEFIT_PROGRAMS = {
    "Medicaid": {"en": "Medicaid|Medi-Cal", "es": "Medicaid|Medi-Cal"},
    "Medicare": {"en": "Medicare", "es": "Medicare"},
    "food stamps": {"en": "food stamps|SNAP|CalFresh|SNAP benefits",
                    "es": "cupones de {alimentos,comida}|estampillas de comida|SNAP|CalFresh"},
    "WIC": {"en": "WIC", "es": "WIC"},
    "Social Security": {"en": "Social Security benefits|Social Security checks|SSI|Supplemental Security Income",
                        "es": "beneficios del Seguro Social|cheques del Seguro Social|SSI|Seguridad de Ingreso "
                              "Suplementario"},
    "unemployment": {"en": "unemployment {benefits,insurance,checks}",
                     "es": "{beneficios,seguro,subsidio,prestaciones,cheques} de desempleo"},
    "Section 8": {"en": "Section 8|housing vouchers|housing choice vouchers",
                  "es": "Sección 8|Section 8|vales de vivienda|cupones de vivienda"},
}
# A prize a work or a person won ("the National Book Award" / "el Premio Pulitzer", "a Guggenheim fellowship" / "una
# beca Fulbright"), a film festival ("Sundance" / "el Festival de Cine de Cannes")
AWARDS = {
    "Pulitzer": {"en": "Pulitzer{, Prize, Prizes}", "es": "{Premio,premio,Premios,premios} Pulitzer|Pulitzer"},
    "National Book Award": {"en": "National Book Award{,s}", "es": "Premio Nacional del Libro|National Book Award"},
    "Emmy": {"en": "Emmy{,s}|Emmy Award{,s}", "es": "{premio,Premio,premios} Emmy|Emmy{,s}"},
    "Grammy": {"en": "Grammy{,s}|Grammy Award{,s}", "es": "{premio,Premio,premios} Grammy|Grammy{,s}"},
    "Latin Grammy": {"en": "Latin Grammy{,s}|Latin Grammy Award{,s}", "es": "Grammy{,s} Latino{,s}|Latin Grammy{,s}"},
    "Oscar": {"en": "{an,the,two,three,four,his,her,their} Oscar{,s}|Academy Award{,s}|Oscar-{winning,nominated}|"
                    "Oscar {nomination,nominations,winner}",
              "es": "{un,el,los,dos,tres,cuatro,su,sus} {Oscar,Óscar,Óscares,Oscares}|{premio,premios,Premio,Premios} "
                    "{Oscar,Óscar}|{Premio,premio,Premios,premios} de la Academia|{nominación,nominaciones} al "
                    "{Oscar,Óscar}|ganador{,a} del {Oscar,Óscar}"},
    "Tony": {"en": "Tony Award{,s}|{a,the,two,three} Tony{,s}",
             "es": "{premio,Premio,premios} Tony|{un,el,dos,tres} Tony"},
    "Golden Globe": {"en": "Golden Globe{,s}", "es": "Globo{,s} de Oro"},
    "Nobel": {"en": "Nobel{, Prize, Peace Prize}", "es": "{Premio,premio} Nobel|Nobel"},
    "Guggenheim": {"en": "Guggenheim {fellowship,Fellowship,fellow,Fellow}", "es": "beca Guggenheim"},
    "Fulbright": {"en": "Fulbright {scholarship,Scholarship,fellowship,grant,scholar,Scholar}",
                  "es": "beca Fulbright|becario Fulbright"},
    "MacArthur": {"en": "MacArthur {fellowship,Fellowship,grant,Foundation fellowship}|{a,the} genius grant",
                  "es": "beca MacArthur|beca de los genios"},
    # a festival's prizes ("won the Palme d'Or" / "el premio del público"); a "top prize" is any prize's
    "festival's top prize": {"en": "Palme d'Or|Palme d’Or|Golden Lion|Golden Bear",
                             "es": "Palma de Oro|León de Oro|Oso de Oro"},
    "Grand Jury Prize": {"en": "Grand Jury Prize", "es": "Gran Premio del Jurado"},
    "audience award": {"en": "audience {award,prize}|{People's,people's} Choice Award", "es": "premio del público|"
                                                                                      "Premio del Público"},
    "Sundance": {"en": "Sundance{, Film Festival}", "es": "Festival de Cine de Sundance|Sundance"},
    "Cannes": {"en": "Cannes Film Festival|{at,in} Cannes", "es": "Festival de Cine de Cannes|Festival de Cannes|"
                                                          "{en,de} Cannes"},
    "Venice": {"en": "Venice Film Festival", "es": "Festival de Cine de Venecia|Festival de Venecia"},
    "Toronto": {"en": "Toronto International Film Festival|Toronto Film Festival|TIFF",
                "es": "Festival Internacional de Cine de Toronto|Festival de Cine de Toronto|Festival de Toronto"},
    "Tribeca": {"en": "Tribeca{, Film Festival}", "es": "Festival de Cine de Tribeca|Tribeca"},
    "SXSW": {"en": "SXSW|South by Southwest", "es": "SXSW|South by Southwest"},
}
# What tenants complain of in a building ("complaints about mold" / "quejas sobre las plagas", "no working elevator" /
# "no tiene calefacción")
HOUSING_CONDITIONS = {
    "mold": {"en": "mold|mould|black mold", "es": "moho|hongos"},
    "pests": {"en": "pests|pest infestation{,s}|infestation{,s}|bedbugs|bed bugs", "es": "plaga{,s}|infestaci{ón,ones}|"
                                                                                  "chinches"},
    "leaks": {"en": "leak{,s}|leaking {roof,roofs,pipes,ceiling}|water damage",
              "es": "gotera{,s}|fuga{,s} de agua|filtraci{ón,ones} de agua|techo{,s} con goteras"},
    "heat": {"en": "no heat|without heat|lack of heat|heating", "es": "{,sin }calefacción"},
    "hot water": {"en": "{,without }hot water", "es": "{,sin }agua caliente"},  # (not the outage's "sin agua")
    "elevator": {"en": "elevator{,s}", "es": "elevador{,es}|ascensor{,es}"},
    # (and what neighbours complain of: "the noise from the bar" / "el olor")
    "noise": {"en": "noise", "es": "ruido{,s}"},
    "trash": {"en": "trash|garbage", "es": "basura"},
    "odor": {"en": "odor{,s}|odour{,s}|smell{,s}|stench", "es": "olor{,es}|mal olor|malos olores|hedor"},
    "lead paint": {"en": "lead paint|lead-based paint", "es": "pintura {con,a base de} plomo"},
}
# What a correction corrected ("updated to correct the spelling of a name" / "para corregir una cifra"): an editor's
# note that says one thing was wrong in one language and another in the other misinforms the reader of both
_CORRECTED = {"en": "{correct,corrects,corrected,correcting,fix,fixes,fixed,misidentified,misstated,misreported,"
                    "incorrectly stated,incorrectly reported,gave the wrong} ",
              "es": "{corregir,corrige,corrigió,corregido,corregida,corregimos,se corrigió,corrigiendo,identificó mal,"
                    "informó mal,indicó incorrectamente,informó incorrectamente,dio incorrectamente} "}
_WHOSE = "the victim's,the suspect's,the man's,the woman's,the boy's,the girl's,the child's,the driver's"


def _corrected(english: str, spanish: str) -> dict[str, str]:
    """A correction's phrases: its verb, then what it corrected."""
    return {"en": _CORRECTED["en"] + english, "es": _CORRECTED["es"] + spanish}


CORRECTIONS = {
    "a name": _corrected("{the spelling of,a misspelling of,the misspelling of,a misspelled,the misspelled,a name,"
                         "the name,her name,his name,their name,the names,names," + _WHOSE.replace(",", " name,")
                         + " name}",
                         "{la ortografía de,la grafía de,el nombre,un nombre,su nombre,los nombres,el apellido,"
                         "un apellido,un error en el nombre}"),
    "a figure": _corrected("{a,the} {figure,figures,number,numbers,amount,total,statistic,percentage}",
                           "{una cifra,la cifra,las cifras,un número,el número,una cantidad,la cantidad,el total,"
                           "el porcentaje,una estadística}"),
    "a date": _corrected("{a,the} {date,dates,day,year,time}",
                         "{una fecha,la fecha,las fechas,el día,el año,la hora}"),
    "a title": _corrected("{a,the,his,her,their} {title,job title,position,affiliation}",
                          "{un cargo,el cargo,su cargo,un título,el título,su título,el puesto,su puesto,"
                          "la afiliación}"),
    "a quote": _corrected("{a,the} {quote,quotation}", "{una cita,la cita}"),
    "a place": _corrected("{a,the} {location,address}", "{la ubicación,una ubicación,la dirección,una dirección}"),
    "an age": _corrected("{a,the,his,her,their," + _WHOSE + "} age", "{la edad,su edad}"),
}

# An award's category (the fifty-first round: "won the award for best director" / "el premio a la mejor actriz"); a
# supporting role's and a foreign film's are categories of their own
_BEST = {"en": "{best,Best}", "es": "{mejor,Mejor}"}
AWARD_CATEGORIES = {
    "best director": {"en": f"{_BEST['en']} {{director,Director,directing,Directing}}",
                      "es": f"{_BEST['es']} {{director,directora,dirección,Director,Directora,Dirección}}"},
    "best actor": {"en": f"{_BEST['en']} {{actor,Actor,leading actor,Leading Actor}}",
                   "es": f"{_BEST['es']} {{actor,Actor}}"},
    "best actress": {"en": f"{_BEST['en']} {{actress,Actress,leading actress,Leading Actress}}",
                     "es": f"{_BEST['es']} {{actriz,Actriz}}"},
    "best supporting actor": {"en": f"{_BEST['en']} {{supporting actor,Supporting Actor}}",
                              "es": f"{_BEST['es']} {{actor,Actor}} {{de reparto,secundario,de Reparto,Secundario}}"},
    "best supporting actress": {"en": f"{_BEST['en']} {{supporting actress,Supporting Actress}}",
                                "es": f"{_BEST['es']} {{actriz,Actriz}} "
                                      "{de reparto,secundaria,de Reparto,Secundaria}"},
    "best picture": {"en": f"{_BEST['en']} {{picture,Picture,film,Film,movie}}",
                     "es": f"{_BEST['es']} {{película,Película,filme,cinta}}"},
    "best foreign film": {"en": f"{_BEST['en']} {{foreign film,Foreign Film,foreign-language film,Foreign Language "
                                "Film,international feature,International Feature,International Feature Film}",
                          "es": f"{_BEST['es']} {{película,Película}} {{extranjera,internacional,Extranjera,"
                                "Internacional,de habla no inglesa}"},
    "best documentary": {"en": f"{_BEST['en']} {{documentary,Documentary}}", "es": f"{_BEST['es']} documental"},
    "best screenplay": {"en": f"{_BEST['en']} {{screenplay,Screenplay,original screenplay,Original Screenplay,adapted "
                              "screenplay,Adapted Screenplay}",
                        "es": f"{_BEST['es']} {{guion,guión,Guion,Guión}}{{, original, adaptado, Original, Adaptado}}"},
    "best song": {"en": f"{_BEST['en']} {{song,Song,original song,Original Song}}|{{song,Song}} of the {{year,Year}}",
                  "es": f"{_BEST['es']} {{canción,Canción}}{{, original, Original}}|"
                        "{canción,Canción} del {año,Año}"},
    "best album": {"en": f"{_BEST['en']} {{album,Album}}|{{album,Album}} of the {{year,Year}}",
                   "es": f"{_BEST['es']} {{álbum,Álbum,disco}}|{{álbum,Álbum}} del {{año,Año}}"},
    "best new artist": {"en": f"{_BEST['en']} {{new artist,New Artist}}",
                        "es": f"{_BEST['es']} {{nuevo artista,Nuevo Artista,artista nuevo,Artista Nuevo}}"},
}
# What a discrimination was based on ("age discrimination" / "discriminación racial")
DISCRIMINATION = {
    "age": {"en": "age discrimination|discrimination based on age|discriminated against because of {his,her,their} age|"
                  "discriminated against older {workers,employees}",
            "es": "discriminación por {edad,motivos de edad,razón de edad}|discriminación etaria|"
                  "discrimin{ó,aron,a,an,ar} a {los ,}{trabajadores,empleados} {mayores,de mayor edad}|"
                  "discrimin{ó,aron,a,an,ar} a {las ,}personas mayores"},
    "race": {"en": "{racial,race} discrimination|discrimination based on race",
             "es": "discriminación {racial,por raza,por motivos raciales}"},
    "sex": {"en": "{sex,gender,sexual} discrimination|discrimination based on {sex,gender}|"
                  "{discriminated,discriminating,discriminates,discriminate} against women",
            "es": "discriminación {sexual,de género,por género,por sexo,por razón de sexo}|"
                  "discrimin{ó,aron,a,an,ar} a {las ,}mujeres"},
    "pregnancy": {"en": "pregnancy discrimination|discriminated against pregnant {workers,employees,women}",
                  "es": "discriminación por embarazo|"
                        "discrimin{ó,aron,a,an,ar} a {las ,}{trabajadoras,empleadas,mujeres} embarazadas"},
    "disability": {"en": "disability discrimination|discrimination based on disability",
                   "es": "discriminación por discapacidad"},
    "religion": {"en": "religious discrimination|discrimination based on religion",
                 "es": "discriminación {religiosa,por religión,por motivos religiosos}"},
    "national origin": {"en": "discrimination based on national origin|national origin discrimination",
                        "es": "discriminación por origen nacional"},
    "sexual orientation": {"en": "discrimination based on sexual orientation",
                           "es": "discriminación por orientación sexual"},
}
# What a rule requires ("requires masks on transit" / "exige vacunas"), a few words after the requirement
REQUIREMENTS = {
    "masks": {"en": "masks|face masks|face coverings|mask|face mask", "es": "mascarilla{,s}|cubrebocas|"
                                                                           "tapabocas|cubreboca|barbijo{,s}"},
    # (a vaccination's record and a negative test are ``DOCUMENTS``')
    "vaccines": {"en": "vaccines|vaccinations|vaccination", "es": "vacuna{,s}|vacunación"},
    "helmets": {"en": "helmet{,s}", "es": "casco{,s}"},
    "seatbelts": {"en": "seatbelts|seat belts", "es": "cinturón de seguridad|cinturones de seguridad"},
    "uniforms": {"en": "uniforms|school uniforms", "es": "uniforme{,s}|uniformes escolares"},
    "clear backpacks": {"en": "clear {backpacks,bags}", "es": "mochilas transparentes|bolsas transparentes"},
    "a photo ID": {"en": "photo ID|photo identification", "es": "identificación con foto|credencial con foto"},
}
_REQUIRED_BEFORE = {
    "en": re.compile(r"\b(?:require[sd]?|requiring|requirement|mandate[sd]?|mandating|mandatory|must\s+(?:wear|show|"
                     r"use|have)|proof\s+of)\b[^.;:!?]{0,30}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:exig(?:e|en|ió|ieron|irá|irán|ía|ían|ir)|requier(?:e|en)|requer(?:irá|irán|ía|ir)|"
                     r"requirió|obligatori[oa]s?|obliga(?:rá|n|ba)?|deben\s+(?:usar|llevar|mostrar|presentar|tener)|"
                     r"uso\s+obligatorio\s+de|uso\s+de)\b[^.;:!?]{0,30}$", re.IGNORECASE),
}
# What water, soil or air was tested for or found to hold ("tested the water for lead" / "en busca de arsénico"); lead
# by its noun's phrases only (the verb is as common), a lead pipe ``MATERIALS``'
CONTAMINANTS = {
    "lead": {"en": "{for,of,with} lead|lead {levels,contamination,poisoning,exposure,in the water}|"
                   "{high,elevated,unsafe} lead",
             "es": "plomo"},
    "arsenic": {"en": "arsenic", "es": "arsénico"},
    "nitrates": {"en": "nitrate{,s}", "es": "nitrato{,s}"},
    "PFAS": {"en": "PFAS|forever chemicals|PFOA|PFOS", "es": "PFAS|sustancias químicas eternas|químicos eternos|"
                                                         "químicos permanentes|PFOA|PFOS"},
    "E. coli": {"en": "E. coli|coliform bacteria|fecal bacteria", "es": "E. coli|bacterias coliformes|bacterias "
                                                                       "fecales"},
    "mercury": {"en": "mercury", "es": "mercurio"},
    "chromium": {"en": "chromium|chromium-6|hexavalent chromium", "es": "cromo|cromo hexavalente|cromo-6"},
    "radon": {"en": "radon", "es": "radón"},
    "asbestos": {"en": "asbestos", "es": "asbesto|amianto"},
    "benzene": {"en": "benzene", "es": "benceno"},
    # (a food's germ: "may contain salmonella" / "listeria"; a recall's contamination is one kind in ``RECALL_HAZARDS``)
    "carbon dioxide": {"en": "carbon dioxide|CO2", "es": "dióxido de carbono|CO2"},
    "methane": {"en": "methane", "es": "metano"},
    "salmonella": {"en": "salmonella|Salmonella", "es": "salmonela|salmonella|Salmonella"},
    "listeria": {"en": "listeria|Listeria", "es": "listeria|Listeria"},
}
# A metal a tariff, a mine or a plant is about ("tariffs on steel and aluminum" / "al acero y al cobre")
METALS = {
    "steel": {"en": "steel", "es": "acero"},
    "aluminum": {"en": "aluminum|aluminium", "es": "aluminio"},
    "copper": {"en": "copper", "es": "cobre"},
    "lithium": {"en": "lithium", "es": "litio"},
    "nickel": {"en": "nickel", "es": "níquel"},
    "iron": {"en": "iron ore|iron", "es": "mineral de hierro|hierro"},
}
# Where a show streams or a post went up ("available on Netflix" / "en HBO", "posted on Facebook" / "en Instagram")
PLATFORMS = {
    "Netflix": {"en": "Netflix", "es": "Netflix"},
    "HBO": {"en": "HBO|HBO Max|Max", "es": "HBO|HBO Max"},
    "Hulu": {"en": "Hulu", "es": "Hulu"},
    "Disney+": {"en": "Disney+|Disney Plus", "es": "Disney+|Disney Plus"},
    "Prime Video": {"en": "Prime Video|Amazon Prime Video|Amazon Prime", "es": "Prime Video|Amazon Prime Video|"
                                                                          "Amazon Prime"},
    "Apple TV+": {"en": "Apple TV+|Apple TV", "es": "Apple TV+|Apple TV"},
    "Peacock": {"en": "Peacock", "es": "Peacock"},
    "Paramount+": {"en": "Paramount+", "es": "Paramount+"},
    "YouTube": {"en": "YouTube", "es": "YouTube"},
    "Spotify": {"en": "Spotify", "es": "Spotify"},
    "Facebook": {"en": "Facebook", "es": "Facebook"},
    "Instagram": {"en": "Instagram", "es": "Instagram"},
    "TikTok": {"en": "TikTok", "es": "TikTok"},
    "X": {"en": "X, formerly Twitter|Twitter", "es": "Twitter"},
    "WhatsApp": {"en": "WhatsApp", "es": "WhatsApp"},
    # the phones an app runs on ("available only on iPhones" / "solo en teléfonos Android")
    "iPhone": {"en": "iPhone{,s}|iOS|iPad{,s}", "es": "iPhone{,s}|iOS|iPad{,s}"},
    "Android": {"en": "Android{, phones, devices}", "es": "Android|{teléfonos,dispositivos,celulares} Android"},
    # the networks a game or a debate airs on ("will be broadcast on ESPN" / "por Fox")
    "ESPN": {"en": "ESPN", "es": "ESPN"},
    "Fox": {"en": "Fox|Fox Sports|Fox News", "es": "Fox|Fox Sports|Fox News"},
    "Telemundo": {"en": "Telemundo", "es": "Telemundo"},
    "Univision": {"en": "Univision", "es": "Univision|Univisión"},
    "CNN": {"en": "CNN", "es": "CNN"},
    "NBC": {"en": "NBC", "es": "NBC"},
    "CBS": {"en": "CBS", "es": "CBS"},
    "ABC": {"en": "ABC", "es": "ABC"},
    "PBS": {"en": "PBS", "es": "PBS"},
}

# A diet a menu or a product caters to ("more vegetarian options" / "opciones sin gluten")
DIETS = {
    "vegetarian": {"en": "vegetarian", "es": "vegetarian{o,a,os,as}"},
    "vegan": {"en": "vegan", "es": "vegan{o,a,os,as}"},
    "gluten-free": {"en": "gluten-free|gluten free", "es": "sin gluten|libre{,s} de gluten"},
    "halal": {"en": "halal", "es": "halal"},
    "kosher": {"en": "kosher", "es": "kosher|kósher"},
    "dairy-free": {"en": "dairy-free|dairy free|lactose-free", "es": "sin lácteos|sin lactosa|deslactosad{o,a,os,as}"},
    "sugar-free": {"en": "sugar-free|sugar free", "es": "sin azúcar"},
}

# The state of the road a driver lost control on ("on the icy road" / "en la carretera mojada"), read with the road
ROAD_CONDITIONS = {
    "icy": {"en": "{icy,ice-covered,iced-over,frozen} {road,roads,highway,pavement,street,streets,bridge,overpass}|"
                  "black ice",
            "es": "{carretera,carreteras,calle,calles,camino,pavimento,puente} {congelada,congeladas,congelado,"
                  "con hielo,cubierta de hielo,helada,heladas}|hielo negro|placas de hielo"},
    "wet": {"en": "{wet,slick,rain-slicked,slippery} {road,roads,highway,pavement,street,streets}",
            "es": "{carretera,carreteras,calle,calles,camino,pavimento} {mojada,mojadas,mojado,resbaladiza,"
                  "resbaladizas,resbaloso,resbalosa}"},
    "snowy": {"en": "{snowy,snow-covered,snow-packed} {road,roads,highway,pavement,street,streets}",
              "es": "{carretera,carreteras,calle,calles,camino,pavimento} {nevada,nevadas,cubierta de nieve,cubiertas "
                    "de nieve,con nieve}"},
    "gravel": {"en": "{gravel,dirt,unpaved} {road,roads}", "es": "{camino,caminos,carretera,carreteras} "
                                                           "{de grava,de terracería,de tierra,sin pavimentar}"},
}

# What a building had or lacked to fight a fire ("no working smoke detectors" / "no tenía extintores")
FIRE_SAFETY = {
    "smoke detectors": {"en": "smoke {detector,detectors,alarm,alarms}", "es": "{detector,detectores,alarma,alarmas} "
                                                                           "de humo"},
    "carbon monoxide detectors": {"en": "carbon monoxide {detector,detectors,alarm,alarms}|CO {detector,detectors}",
                                  "es": "{detector,detectores,alarma,alarmas} de monóxido de carbono"},
    "fire extinguishers": {"en": "fire extinguisher{,s}|extinguisher{,s}", "es": "extintor{,es}|extinguidor{,es}"},
    "sprinklers": {"en": "sprinkler{,s}|sprinkler system{,s}|fire sprinkler{,s}", "es": "rociador{,es}|aspersor{,es}|"
                                                                                  "sistema{,s} de rociadores"},
    "fire escape": {"en": "fire escape{,s}", "es": "escalera{,s} de incendios|salida{,s} de emergencia"},
}
# What a person was allergic to ("an allergic reaction to peanuts" / "a los mariscos")
ALLERGENS = {
    "peanuts": {"en": "peanut{,s}", "es": "cacahuate{,s}|cacahuete{,s}|maní|manís|manises"},
    "tree nuts": {"en": "tree nuts|nuts", "es": "nueces|frutos secos"},
    "shellfish": {"en": "shellfish|seafood", "es": "mariscos"},
    "sesame": {"en": "sesame", "es": "sésamo|ajonjolí"},
    "bee stings": {"en": "{a bee sting,bee stings}", "es": "{una picadura,picaduras} de abeja"},
}
# What a claim or a fine is for ("a wrongful death lawsuit" / "una demanda por negligencia médica", "fined for wage
# theft" / "por discriminación"); a discrimination by its ground is ``DISCRIMINATION``'
CLAIMS = {
    "wrongful death": {"en": "wrongful{-, }death", "es": "muerte {injusta,por negligencia,culposa}|homicidio culposo"},
    "malpractice": {"en": "{medical ,}malpractice", "es": "negligencia médica|mala praxis"},
    "defamation": {"en": "defamation|libel|slander", "es": "difamación|calumnia{,s}|injuria{,s}"},
    "breach of contract": {"en": "breach of contract", "es": "incumplimiento de contrato"},
    "personal injury": {"en": "personal injury|personal injuries|{injury,injuries} lawsuit",
                        "es": "lesiones personales|demanda por lesiones|daños personales"},
    "false advertising": {"en": "false advertising|deceptive advertising|misleading ads",
                          "es": "publicidad {engañosa,falsa}|anuncios engañosos"},
    "negligence": {"en": "negligence", "es": "negligencia"},
    "wage theft": {"en": "wage theft|unpaid wages|stolen wages", "es": "robo de salarios|salarios {no pagados,impagos,"
                                                                  "adeudados}"},
    "discrimination": {"en": "discrimination", "es": "discriminación"},
    "harassment": {"en": "{sexual ,}harassment", "es": "acoso{, sexual, laboral}|hostigamiento{, sexual}"},
    "plagiarism": {"en": "plagiarism", "es": "plagio"},
    "copyright": {"en": "copyright infringement", "es": "infracción de derechos de autor|violación de derechos de "
                                                        "autor"},
}

# The kind of an election ("a special election" / "una elección primaria", "the runoff" / "la elección general")
ELECTIONS = {
    "special election": {"en": "special election{,s}",
                         "es": "{elección,elecciones} especial{,es}|{elección,elecciones} extraordinaria{,s}"},
    "primary": {"en": "{primary,primaries} election{,s}|{the,a,Democratic,Republican,presidential,party} primary|"
                      "{the,Democratic,Republican} primaries",
                "es": "{elección,elecciones} primaria{,s}|{las,unas} primarias|{primaria,primarias} "
                      "{demócrata,demócratas,republicana,republicanas,presidencial,presidenciales}"},
    "runoff": {"en": "runoff{,s}|run-off{,s}|runoff election{,s}",
               "es": "segunda vuelta|balotaje|{elección,elecciones} de desempate"},
    "general election": {"en": "general election{,s}", "es": "{elección,elecciones} general{,es}"},
    "recall": {"en": "recall election{,s}", "es": "{elección,elecciones} {revocatoria,de revocación,de destitución}|"
                                              "revocación de mandato"},
}
# A genre of a film, a play or a band's music ("a comedy about a Mexican family" / "un drama", "the mariachi band" /
# "la banda de cumbia"); "salsa" is left out (a sauce as often), "country" read as music only
GENRES = {
    "comedy": {"en": "comed{y,ies}", "es": "comedia{,s}"},
    "drama": {"en": "{a,the} drama|dramas", "es": "{un,el} drama|dramas"},
    "horror": {"en": "horror {film,films,movie,movies}", "es": "película{,s} de terror"},
    "mariachi": {"en": "mariachi{,s}", "es": "mariachi{,s}"},
    "cumbia": {"en": "cumbia{,s}", "es": "cumbia{,s}"},
    "norteño": {"en": "norteño|norteno", "es": "norteña|norteño"},
    "reggaeton": {"en": "reggaeton|reggaetón", "es": "reguetón|reggaetón|reggaeton"},
    "tejano": {"en": "Tejano music|tejano music", "es": "música tejana"},
    "bachata": {"en": "bachata", "es": "bachata"},
    "jazz": {"en": "jazz", "es": "jazz"},
    "hip-hop": {"en": "hip-hop|hip hop|rap", "es": "hip-hop|hip hop|rap"},
    "country": {"en": "country music|country singer", "es": "música country|cantante de country"},
}

# How a baby was delivered ("by cesarean section" / "por parto natural")
DELIVERIES = {
    "cesarean": {"en": "{cesarean,caesarean,C-section,c-section}{, section, sections,s}|{an,by} emergency C-section",
                 "es": "cesárea{,s}"},
    "natural birth": {"en": "{natural,vaginal} {birth,delivery}", "es": "parto {natural,vaginal,normal}"},
}
# A blood type a bank is short of ("running low on type O" / "sangre tipo A")
BLOOD_TYPES = {
    "O": {"en": "type O|O-negative|O-positive|O negative|O positive|type O-negative|type O-positive",
          "es": "tipo O|O negativo|O positivo|O-|O+"},
    "A": {"en": "type A|A-negative|A-positive", "es": "tipo A|A negativo|A positivo"},
    "B": {"en": "type B|B-negative|B-positive", "es": "tipo B|B negativo|B positivo"},
    "AB": {"en": "type AB|AB-negative|AB-positive", "es": "tipo AB|AB negativo|AB positivo"},
}
# What a school adds at its doors ("a metal detector" / "un guardia de seguridad")
SECURITY_MEASURES = {
    "metal detectors": {"en": "metal detector{,s}", "es": "detector{,es} de metales"},
    "security guards": {"en": "security guard{,s}|armed guard{,s}", "es": "guardia{,s} de seguridad|guardia{,s} "
                                                                    "armado{,s}|vigilante{,s}"},
    "school resource officers": {"en": "school resource officer{,s}|resource officer{,s}",
                                 "es": "oficial{,es} de recursos escolares|policía{,s} escolar{,es}"},
}
# What a drug or a habit changes in the body ("lowers cholesterol" / "reduce la presión arterial")
HEALTH_MEASURES = {
    "cholesterol": {"en": "cholesterol", "es": "colesterol"},
    "blood pressure": {"en": "blood pressure|hypertension", "es": "presión arterial|tensión arterial|hipertensión"},
    "blood sugar": {"en": "blood sugar|blood glucose", "es": "azúcar en la sangre|glucosa en la sangre|glucosa"},
    "weight": {"en": "{lose,lost,losing} weight|weight loss", "es": "{bajar,bajó,perder,perdió} de peso|"
                                                             "pérdida de peso"},
}
# What residents report to the city ("report potholes" / "reportar grafitis")
CITY_PROBLEMS = {
    "potholes": {"en": "pothole{,s}", "es": "bache{,s}"},
    "graffiti": {"en": "graffiti", "es": "grafiti{,s}|graffiti{,s}|pintas"},
    "streetlights out": {"en": "{broken,burned-out,burned out} {streetlights,street lights}|streetlight outage{,s}",
                         "es": "luminarias {fundidas,descompuestas,apagadas}|{lámparas,postes} de alumbrado "
                               "{fundidas,descompuestos,apagados}"},
    "illegal dumping": {"en": "illegal dumping", "es": "{tiraderos,tiradero,vertederos,vertedero} "
                                                   "{clandestinos,clandestino,ilegales,ilegal}|vertido ilegal"},
    "abandoned vehicles": {"en": "abandoned {cars,vehicles,car,vehicle}",
                           "es": "{autos,vehículos,carros,coches,auto,vehículo,carro,coche} abandonad{o,os}"},
}
# What a farm raises ("an outbreak at a dairy farm" / "en una granja avícola"); "avícola" and "lechero" alone are
# adjectives of an industry
FARMS = {
    "dairy farm": {"en": "dairy farm{,s}|dairy operation{,s}|dairy herd{,s}",
                   "es": "granja{,s} lechera{,s}|lechería{,s}|establo{,s} lechero{,s}|tambo{,s}|"
                         "explotaci{ón,ones} lechera{,s}"},
    "poultry farm": {"en": "{poultry,chicken,egg,turkey} farm{,s}|commercial flock{,s}",
                     "es": "granja{,s} avícola{,s}|granja{,s} de {pollos,gallinas,pavos}|explotaci{ón,ones} "
                           "avícola{,s}"},
    "hog farm": {"en": "{hog,pig} farm{,s}", "es": "granja{,s} {porcina,porcinas,de cerdos,de puercos}|porqueriza{,s}"},
    "cattle ranch": {"en": "cattle ranch{,es}|feedlot{,s}", "es": "rancho{,s} ganadero{,s}|corral{,es} de engorda"},
    "vineyard": {"en": "vineyard{,s}", "es": "viñedo{,s}|viña{,s}"},
}

# What struck a pedestrian or a cyclist ("was struck by a car" / "atropellado por un camión"): the vehicle's kind, said
# with the blow ("vehicle" and "vehículo" are any kind, and are not read)
_STRUCK_BY = {"en": "{struck,hit,run over,killed,injured} by {a,an,the}",
              "es": "{atropellad,arrollad,embestid}{o,a,os,as} por {un,una,el,la}"}
VEHICLES_THAT_STRUCK = {
    kind: {"en": f"{_STRUCK_BY['en']} {{{english}}}", "es": f"{_STRUCK_BY['es']} {{{spanish}}}"}
    for kind, (english, spanish) in {
        "car": ("car,sedan,passenger car", "auto,carro,coche,automóvil,sedán"),
        "pickup or SUV": ("pickup,pickup truck,SUV,van,minivan", "camioneta,camioneta pickup,furgoneta"),
        "truck": ("truck,semi,semitruck,tractor-trailer,18-wheeler,dump truck,garbage truck",
                  "camión de carga,tráiler,tractocamión,camión de basura,volquete"),
        "bus": ("bus,school bus,city bus", "autobús,ómnibus,autobús escolar"),
        "train": ("train,freight train,commuter train,light rail train", "tren,tren de carga,tren ligero"),
        "motorcycle": ("motorcycle,motorcyclist", "motocicleta,moto,motociclista"),
    }.items()
}

# What a scholarship, a grant or an insurance covers ("covers books and fees" / "cubre la vivienda")
COSTS_COVERED = {
    "tuition": {"en": "tuition", "es": "matrícula|colegiatura{,s}"},
    "housing": {"en": "housing|room and board|rent|lodging", "es": "vivienda|alojamiento|hospedaje|alquiler|renta"},
    "books": {"en": "books|textbooks", "es": "libros|libros de texto"},
    "fees": {"en": "fees", "es": "cuotas|tarifas|aranceles"},
    "meals": {"en": "meals|food", "es": "comidas|alimentos|alimentación"},
    "transportation": {"en": "transportation|travel", "es": "transporte|viajes"},
}
_COVERS_BEFORE = {
    "en": re.compile(r"\b(?:cover|covers|covered|covering)\b[^.;:!?]{0,30}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:cubre|cubren|cubrirá|cubrirán|cubrió|cubrieron|cubría|cubrir)\b[^.;:!?]{0,30}$",
                     re.IGNORECASE),
}


def _capitalised(phrase: str) -> str:
    """A venue's phrase as a sentence's start or an institution's name writes it: "Food bank sees record demand",
    "the Austin Food Bank", "Sociedad Protectora de Animales"."""
    named = " ".join(word if word in _NAME_PARTICLES else word[0].upper() + word[1:] for word in phrase.split())
    return f"{phrase[0].upper()}{phrase[1:]}|{named}"


_VENUES_READ = {kind: ({lang: phrases + "|" + "|".join(map(_capitalised, phrases.split("|")))
                        for lang, phrases in languages.items()} if kind in _NAMED_VENUES else languages)
                for kind, languages in VENUES.items()}
(weapons, rooms, arms, sides, fronts, animals, venues, _waters, traffic_controls, _means, utilities, clothing, funds,
 documents, symptoms, crops, artworks, celestial_bodies, beats, drugs, sports, subjects, immigration_statuses,
 occupations, meals, clergy, _gun_kinds, organs, declarations, records, recall_hazards, injuries,
 _ways_of_spreading, _things, law_enforcement, court_levels, game_statistics, positions, races, lanes, _crash_objects,
 spills, hospital_units, screenings, crash_factors, driver_kinds, cameras, park_amenities, drives, _banned_things,
 materials, _prices, dishes, _activities, gatherings, early_schooling, _goods, messages, _entries, plants,
 reasons, traffic_offenses, mobility, services, motives, identification, waste, dog_breeds, aircraft,
 media, hearings, medications, payments, benefit_programs, awards, housing_conditions, discrimination,
 _requirements, _costs_covered, contaminants, metals, platforms, diets, road_conditions, fire_safety, allergens,
 claims, elections, genres, deliveries, blood_types, security_measures, farms, city_problems,
 health_measures, vehicles_that_struck, award_categories, corrections) = phrase_readers(
    WEAPONS, ROOMS, ARMS, SIDES, FRONT_AND_BACK, ANIMALS, _VENUES_READ, WATERS | LANDS, TRAFFIC_CONTROLS, MEANS,
    UTILITIES, CLOTHING, FUNDS, DOCUMENTS, SYMPTOMS, CROPS, ARTWORKS, CELESTIAL_BODIES, BEATS, DRUGS, SPORTS, SUBJECTS,
    IMMIGRATION_STATUSES, OCCUPATIONS, MEALS, CLERGY, GUN_KINDS, ORGANS, DECLARATIONS, RECORDS, RECALL_HAZARDS,
    INJURIES, TRANSMISSION, THINGS_TAKEN, LAW_ENFORCEMENT, COURT_LEVELS, GAME_STATISTICS, POSITIONS, RACES, LANES,
    CRASH_OBJECTS, SPILLS, HOSPITAL_UNITS, SCREENINGS, CRASH_FACTORS, DRIVER_KINDS, CAMERAS, PARK_AMENITIES, DRIVES,
    BANNED_THINGS, MATERIALS, PRICES, DISHES, ACTIVITIES, GATHERINGS, EARLY_SCHOOLING, GOODS, MESSAGES, ENTRIES,
    PLANTS, REASONS, TRAFFIC_OFFENSES, MOBILITY, SERVICES, MOTIVES, IDENTIFICATION, WASTE, DOG_BREEDS, AIRCRAFT,
    MEDIA, HEARINGS, MEDICATIONS, PAYMENTS, BENEFIT_PROGRAMS, AWARDS, HOUSING_CONDITIONS, DISCRIMINATION,
    REQUIREMENTS, COSTS_COVERED, CONTAMINANTS, METALS, PLATFORMS, DIETS, ROAD_CONDITIONS, FIRE_SAFETY, ALLERGENS,
    CLAIMS, ELECTIONS, GENRES, DELIVERIES, BLOOD_TYPES, SECURITY_MEASURES, FARMS, CITY_PROBLEMS, HEALTH_MEASURES,
    VEHICLES_THAT_STRUCK, AWARD_CATEGORIES, CORRECTIONS)


def means(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The ways of getting somewhere ``text`` says (``MEANS``), but "de a pie" (ordinary people)."""
    return tuple(said for said in _means(text, lang) if not (said[0] == "on foot" and text[:said[1]].endswith("de ")))


def gun_kinds(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The kinds of gun ``text`` names (``GUN_KINDS``), but a gun that fires no bullets."""
    return tuple(said for said in _gun_kinds(text, lang) if said[0] != "not a firearm")


def transmission(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """How ``text`` says a disease spreads (``TRANSMISSION``), right after the words of a spread: "spreads through
    the air", "se transmite por mosquitos"; not "by air" or "por el aire" alone."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _ways_of_spreading(text, lang) if _SPREAD_BEFORE[lang].search(text, 0, said[1]))


def waters(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The waters and the lands ``text`` places a thing in (``WATERS``, ``LANDS``, a land right after a preposition
    only), but a saying's."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _waters(text, lang) if said[0] != "saying"
                 and (said[0] not in _LANDS_AFTER_A_PREPOSITION
                      or _IN_BEFORE[lang].search(text, max(0, said[1] - 30), said[1])))


def banned_things(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says is banned or a place is closed to (``BANNED_THINGS``), a few words after the ban: "bans
    smoking in parks", "cerrado a los caballos"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _banned_things(text, lang)
                 if _BANNED_BEFORE[lang].search(text, max(0, said[1] - 50), said[1]))


def activities(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a person was doing (``ACTIVITIES``), right after "while" or a verb of going or being:
    "drowned while swimming", "went fishing", "mientras pescaba", "fue a cazar"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _activities(text, lang)
                 if _ACTIVITY_BEFORE[lang].search(text, max(0, said[1] - 20), said[1]))


def prices(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a price is of (``PRICES``), but a good that is not the first of a list: "energy and food
    prices" is both, read as neither ("los precios de la energía y de los alimentos" has its list after the price)."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _prices(text, lang)
                 if not (_LISTED_BEFORE.search(text, max(0, said[1] - 8), said[1]) if lang == "en"
                         else _LISTED_AFTER.match(text, said[2])))


_LISTED_BEFORE = re.compile(r"(?:\b(?:and|or)|[,&])\s+$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*(?:,|\b(?:y|e|o)\b)", re.IGNORECASE)


def goods(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says is made, carried, sold, collected or paid (``GOODS``), a few words after the verb: "makes
    tortillas", "was carrying lumber", "reunió ropa", "pagar el alquiler"; but a thing a number counts, which is
    ``bilingo.rules.quantities``' ("collected 500 toys" / "reunió 500 libros" is a number-mismatch)."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _goods(text, lang)
                 if _GOODS_BEFORE[lang].search(text, max(0, said[1] - 50), said[1])
                 and not _COUNTED_BEFORE.search(text, max(0, said[1] - 30), said[1]))


_COUNTED_BEFORE = re.compile(r"\d\s+(?:[^\W\d_]+\s+)?$")


def entries(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The way into a building ``text`` names (``ENTRIES``), right after "through" or "por": "through a back
    window", "por una puerta trasera"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _entries(text, lang)
                 if _THROUGH_BEFORE[lang].search(text, max(0, said[1] - 30), said[1]))


def requirements(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a rule requires (``REQUIREMENTS``), a few words after the requirement: "requires masks on
    public transit", "exige vacunas"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _requirements(text, lang)
                 if _REQUIRED_BEFORE[lang].search(text, max(0, said[1] - 40), said[1]))


def costs_covered(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a scholarship, a grant or an insurance covers (``COSTS_COVERED``), a few words after the
    verb: "covers books and fees", "cubre la vivienda"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _costs_covered(text, lang)
                 if _COVERS_BEFORE[lang].search(text, max(0, said[1] - 40), said[1]))


def crash_objects(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a car hit (``CRASH_OBJECTS``), right after the crash's verb: "hit a utility pole", "chocó
    contra un árbol"."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _crash_objects(text, lang)
                 if _HIT_BEFORE[lang].search(text, max(0, said[1] - 40), said[1]))


def things_taken(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """What ``text`` says a thief took or the police found (``THINGS_TAKEN``): a thing a few words after a theft's or
    a search's verb ("stole jewelry and a television", "se llevaron dinero", "seized drugs"), or right before its
    participle ("la motocicleta robada")."""
    lang = "es" if lang == "es" else "en"
    return tuple(said for said in _things(text, lang)
                 if _THEFT_BEFORE[lang].search(text, max(0, said[1] - 70), said[1])
                 or _THEFT_AFTER[lang].match(text, said[2]))


READERS = ((colours, "colours"), (wounds, "wounds"), (weapons, "weapons"), (rooms, "rooms"), (arms, "arms"),
           (sides, "sides"), (fronts, "fronts"), (animals, "animals"), (venues, "venues"), (waters, "waters"),
           (traffic_controls, "traffic_controls"), (means, "means"), (utilities, "utilities"), (clothing, "clothing"),
           (funds, "funds"), (documents, "documents"), (symptoms, "symptoms"), (crops, "crops"),
           (artworks, "artworks"), (celestial_bodies, "celestial_bodies"), (beats, "beats"), (drugs, "drugs"),
           (sports, "sports"), (subjects, "subjects"), (immigration_statuses, "immigration_statuses"),
           (occupations, "occupations"), (meals, "meals"), (clergy, "clergy"), (gun_kinds, "gun_kinds"),
           (organs, "organs"), (declarations, "declarations"), (records, "records"),
           (recall_hazards, "recall_hazards"), (injuries, "injuries"), (transmission, "transmission"),
           (things_taken, "things_taken"), (law_enforcement, "law_enforcement"), (court_levels, "court_levels"),
           (game_statistics, "game_statistics"), (positions, "positions"), (races, "races"), (lanes, "lanes"),
           (crash_objects, "crash_objects"), (spills, "spills"), (hospital_units, "hospital_units"),
           (screenings, "screenings"), (crash_factors, "crash_factors"), (driver_kinds, "driver_kinds"),
           (cameras, "cameras"), (park_amenities, "park_amenities"), (drives, "drives"),
           (banned_things, "banned_things"), (materials, "materials"), (prices, "prices"), (dishes, "dishes"),
           (activities, "activities"), (gatherings, "gatherings"), (early_schooling, "early_schooling"),
           (goods, "goods"), (messages, "messages"), (entries, "entries"), (plants, "plants"), (reasons, "reasons"),
           (traffic_offenses, "traffic_offenses"), (mobility, "mobility"), (services, "services"),
           (motives, "motives"), (identification, "identification"), (waste, "waste"), (dog_breeds, "dog_breeds"),
           (aircraft, "aircraft"), (media, "media"), (hearings, "hearings"), (medications, "medications"),
           (payments, "payments"), (benefit_programs, "benefit_programs"), (awards, "awards"),
           (housing_conditions, "housing_conditions"), (discrimination, "discrimination"),
           (requirements, "requirements"), (costs_covered, "costs_covered"), (contaminants, "contaminants"),
           (metals, "metals"), (platforms, "platforms"), (diets, "diets"), (road_conditions, "road_conditions"),
           (fire_safety, "fire_safety"), (allergens, "allergens"), (claims, "claims"), (elections, "elections"),
           (genres, "genres"), (deliveries, "deliveries"), (blood_types, "blood_types"),
           (security_measures, "security_measures"), (farms, "farms"),
           (city_problems, "city_problems"), (health_measures, "health_measures"),
           (vehicles_that_struck, "vehicles_that_struck"), (award_categories, "award_categories"),
           (corrections, "corrections"))


# the phrase reader each of ``READERS`` filters (``waters`` reads ``_waters``' phrases after a preposition only)
_FILTERED = {means: _means, gun_kinds: _gun_kinds, transmission: _ways_of_spreading, waters: _waters,
             banned_things: _banned_things, crash_objects: _crash_objects, things_taken: _things, prices: _prices,
             activities: _activities, goods: _goods, entries: _entries, requirements: _requirements,
             costs_covered: _costs_covered}


def _pairs_by_table(aligned: AlignedDocument, settings: Settings) -> dict[int, list]:
    """For each phrase table, the compared pairs that say one of its phrases on both sides: only there can its
    reader find a difference, and most of the hundred tables are said in no pair of a document, the rest in a few
    (one shared pass per sentence, memoised, instead of a pass per table over every pair)."""
    by_table: dict[int, list] = {}
    for pair in compared_pairs(aligned, settings):
        tables = []
        for side in ("left", "right"):
            version = aligned.version(side)
            tables.append({table for index in getattr(pair, side)
                           for table, found in enumerate(weapons.read_all(version.segments[index].text, version.lang))
                           if found})
        for table in tables[0] & tables[1]:
            by_table.setdefault(table, []).append(pair)
    return by_table


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    by_table = _pairs_by_table(aligned, settings)
    findings = []
    for find, key in READERS:
        table = getattr(_FILTERED.get(find, find), "table", None)  # (None: colours and wounds, read in every pair)
        if table is not None and table not in by_table:
            continue
        findings += contrast_findings(aligned, settings, RULE, find, changed, evidence_key=key, confidence=CONFIDENCE,
                                      pairs=None if table is None else by_table[table])
    if aligned.translated_side is None:
        return findings
    return findings + _swapped_colours(aligned, settings)


def colours_by_thing(text: str, lang: str) -> dict[str, frozenset[str]]:
    """The colours ``text`` gives each thing it colours, by the thing's folded word: the word after the colour in
    English ("a red jacket"), before it in Spanish ("una chaqueta roja"). A colour joined to another word by a hyphen
    ("a red-black coalition", "rojiblanco") is left out."""
    words = list(_WORD.finditer(text))
    things: dict[str, set[str]] = {}
    for position, (colour, start, end) in enumerate(colours(text, lang)):
        if text[end:end + 1] == "-" or text[start - 1:start] == "-":
            continue
        index = next(i for i, word in enumerate(words) if word.start() == start)
        neighbour = index + 1 if lang == "en" else index - 1
        if not 0 <= neighbour < len(words):
            continue
        thing = fold(words[neighbour].group())
        if thing not in _COLOUR_OF[lang] and thing not in ("and", "or", "y", "o", "e", "u"):
            things.setdefault(thing, set()).add(colour)
    return {thing: frozenset(said) for thing, said in things.items()}


def _swapped_colours(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """Colours swapped between two things ("a red jacket and blue jeans" / "una chaqueta azul y jeans rojos"): both
    sides say the same colours, so the count does not see them. The translation writes each colour beside its thing
    in the other side's order, so a thing the other side colours one way and the translation another changed colour:
    one finding on the translated side, at its first word of the translation's colour. (53 faithful sentence pairs of
    the dev corpus colour the same thing on both sides, none another.)"""
    translated = aligned.translated_side
    other = aligned.other(translated)
    findings = []
    for pair in aligned.pairs:
        if not pair.left or not pair.right or not pair.translation:
            continue
        version, other_version = aligned.version(translated), aligned.version(other)
        said = [(index, found) for index in getattr(pair, translated)
                for found in colours(version.segments[index].text, version.lang)]
        if not said:
            continue  # (most pairs)
        other_text = " ".join(other_version.segments[index].text for index in getattr(pair, other))
        other_colours = Counter(found[0] for found in colours(other_text, other_version.lang))
        if changed(Counter(found[0] for _, found in said), other_colours):
            continue  # (the colours counted differ: reported by ``check``'s contrast)
        theirs = colours_by_thing(other_text, other_version.lang)
        mine = colours_by_thing(pair.translation, other_version.lang)
        thing = next((thing for thing in theirs if thing in mine and theirs[thing] != mine[thing]), None)
        if thing is None:
            continue
        changed_to = sorted(mine[thing] - theirs[thing]) or sorted(mine[thing])
        index, (colour, start, end) = next(((index, found) for index, found in said if found[0] in changed_to),
                                           (None, (None, 0, 0)))
        if index is None:
            continue
        text = version.segments[index].text
        message = (f"{'/'.join(sorted(theirs[thing]))} {thing} in {side_name(aligned, other)} but {colour} "
                   f"({text[start:end]!r}) in {side_name(aligned, translated)}")
        findings.append(words_finding(aligned, pair, translated, index, start, end, RULE, message, CONFIDENCE,
                                      settings, colours=sorted(mine[thing]),
                                      counterpart_colours=sorted(theirs[thing]), coloured=thing))
    return findings
