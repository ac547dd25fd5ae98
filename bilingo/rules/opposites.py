"""decision-mismatch: an event or a condition said the other way ("The bridge will reopen Friday" / "El puente
permanecerá cerrado el viernes", "hired 200 workers" / "despidió a 200 trabajadores", "found alive" / "hallado
muerto", "Masks are required" / "El uso de mascarilla es opcional").

One verb turned into its opposite reverses the story while every name and number still matches, as a decision reversed
does (``bilingo.rules.decisions``); chrF barely moves. This module reads, on each side of an aligned pair in its own
language, the words of a few pairs of opposites that news reports often: a rise or a fall (a trend too: "are rising" /
"están disminuyendo"; "declined" with no object), or neither ("left rates unchanged"), a comparison ("higher than" /
"menor que"), a condition improved or worsened, an opening or a closing, homes destroyed or damaged, an order or an
advisory issued or lifted, a service resumed or suspended, hiring or laying off, an employee on leave or fired, alive
or dead, killed or injured (where no number counts them: "Two people were killed" / "Dos personas resultaron heridas"
is ``bilingo.rules.quantities``', with its count), support or opposition (a vote for or against), an arrest or a
release (or a driver cited, ticketed, against arrested), ahead or behind in a race, a profit or a loss, a date put off
or moved up, an event put off or called off, a period begun or ended ("dejará de aplicar": stopped), a vote unanimous
or divided, a misdemeanor or a felony, a vote along party lines or a bipartisan one, housing affordable or at market
rate, a shortage or a surplus, a deadline lapsed or put off, a case dismissed with or without prejudice, an official
appointed or fired, a runoff or a general election, tickets sold out or still available, a team that clinched a
playoff spot or was eliminated, a weather warning or a watch (the hazard read whole: "flash flood warning",
"tropical storm watch"), heavy or light rain and wind, a cause or a concession
("because of the storm" / "a pesar de la tormenta"), life in prison or the death penalty, a road closed both ways or
one way, a vote won by a wide or a narrow margin (or majority: "por una estrecha mayoría"), heat or cold, an allegation
confirmed or denied, a group excepted or included, a test positive or negative, a game at home or away (a team
named after its host or its visit too: "will host Baylor" / "visitará a Baylor"), a level above or below normal, a
suspect who surrendered or escaped (or is held), a patient hospitalized (or dead) or discharged,
vaccinated or not, a storm strengthened or weakened, a service restored or cut off, classes resumed or cancelled, a
contract expired or renewed, a moment before or after another ("shortly before midnight", "an hour later" / "una hora
antes"; "before the election" / "después de las elecciones", "after he resigned" / "antes de que renunciara"), a
sentence with or without parole, a measure's two-thirds majority or a simple one. When, for one pair of opposites, each
side says one more often than the other, the event changed: one finding on the translated side, at the word that
changed, naming both.

What is left out, measured on the dev corpus:

* negations are not read, but for a requirement, a permission or a safety denied ("is not required" / "no se
  requiere": optional, a negation translators drop, and a notice's "No appointment needed" / "no se necesita cita",
  also after a comma, "Free shots, no appointment needed", not "if needed"; "not allowed" / "no se permite"; "no es
  seguro"), a life not put in danger ("heridas que no ponen en peligro su vida": lightly hurt), an opening or a
  closing denied ("will not open until further notice" / "permanecerá cerrada": closed; against the plain verb, "did
  not reopen" / "reabrió", it is a negation dropped, negation-mismatch's; an opening or a closing with a bound after
  it, denied or not, is not read: "will not reopen until Monday", "permanecerá cerrada hasta el lunes", "reabrirá
  hasta el lunes" and "will not reopen before Monday" are closed until then and open from then, and "will remain
  closed until Monday" / "reabrirá el lunes" had been a false finding) and "did not
  survive" / "no sobrevivió": "no one has died" / "nadie ha muerto" and
  "None … died" / "ni murió" read the same without them, and reading them in general gave more false findings
  than it found;
* a rise or a fall (or homes destroyed or damaged) right before a number, and a profit or a loss in a sentence that
  gives its amount, are ``bilingo.rules.quantities``' ("fell 12%" / "subió un 12 %", "destroyed 40 homes" / "dañó 40
  viviendas", "a net profit of $14 million" / "una pérdida neta de $14 millones" are a number-mismatch), and
  "declined" before an object is refused ("declined to comment", "declined funding the startup");
* words used as adjectives ("increasing demand" / "una creciente demanda") and nouns whose counterpart is
  ambiguous ("a fall": autumn; "a la baja": downward; "venció": beat as often as expired);
* "before" and "after" alone (3 faithful pairs in 462 said them otherwise): they are read with a time before them
  ("shortly before", "minutes after") or an article, a possessive, a pronoun or a few verbs after them ("before the
  vote", "after he left"; "antes de la", "después de que", "tras su"). "Before" alone is also "in front of"
  ("appeared before the judge" / "ante el juez"), and "shortly before the end of the vote" is its end ("a finales
  de la votación"), not a moment before it;
* nouns that are also verbs' forms ("house arrest", "a rose").

Besides events, a few conditions that a story states and a translator may turn: required or optional (a "voluntary"
evacuation said "obligatoria"), legal or illegal, public or private, minimum or maximum (a cap: "capped at 5%" / "un
mínimo del 5 %"; a superlative turned, ``bilingo.rules.quantities``' where it reads one on both sides), full-time or
part-time, freelance or on staff, online or in person, free or paid, temporary or permanent, a majority or a minority,
allowed or banned, safe or dangerous (water "apta para el consumo", "potable", or not, or to boil: "should boil water"
/ "pueden beber el agua"), insured or not ("uninsured residents" / "residentes asegurados"), a house vacant or occupied,
inside or outside, ahead of or behind schedule, a fire contained or out of control, a meeting public or behind closed
doors, a government federal or state (a judge, a court, a law), residents told to shelter in place or to evacuate ("stay
indoors" / "que salieran de sus casas"; not "que no salgan"), a sentence in prison or on probation, a plane landed
safely or crashed, a person unharmed or injured (a negative subject or a "no" right before an injury or a death denies
it: "No one was injured", "El conductor no resultó herido" say unharmed, "nadie ha muerto" alive; unharmed said badly
hurt or dead too: "The driver was not injured" / "resultó gravemente herido"), a victim badly hurt
or lightly hurt ("in critical condition" / "en condición estable", "minor injuries" / "heridas graves"), an immigrant
undocumented or documented ("lived in the United States legally" / "sin documentos"), access or a program expanded or
restricted ("would expand access" / "limitaría el acceso"; "limita con" borders), a US citizen or a permanent resident,
an asylum seeker or a refugee, deported or extradited (or detained: "detained by ICE" / "deportado por ICE"), and a
court's level: supreme, appeals or trial ("the state Supreme Court" / "la Corte de Apelaciones"; "High Court" and
"Tribunal Superior" are a supreme court in one country and an appeals court in another, and are not read), a wildfire or
a house fire, the county or the city ("municipio" is a county in Mexico and is not read), rain or snow, the disaster (an
earthquake, a hurricane, a tropical storm, a tornado, a flood or a drought), a death ruled a suicide or a homicide, a
shooting accidental or intentional, a couple married or divorced, an interim official made a permanent one, and what
crashed: a car, a motorcycle, a bicycle, a bus or a truck that is no car (a trailer, an 18-wheeler), a train against a
bus or a truck (a transit line too: "the light rail line" / "la línea de autobús"), a plane or a helicopter ("auto"
alone, also a court's order in Spain, and "camión", a bus in Mexico and a truck elsewhere, are not read), and a permit,
a license, a warrant
or a helmet held or not ("with a permit" / "sin permiso"), an official who resigned said fired, the first (time, or of a
series) said the last, a primary election said the general one (or a runoff, and a runoff a recount), a mail ballot said
a provisional one, a team's first win said its first loss, a sunny sky said a cloudy one ("partly" either is one), a
patient treated as an outpatient said hospitalized, a project over budget said under it, a company that filed for
bankruptcy said to have emerged from it, a flight diverted said cancelled, days added to a calendar said cut from it, a
unanimous vote said won by a narrow margin, a person found unresponsive said dead, an aggravated assault said a simple
one, parking limited said ample, a store moving to a larger place said a smaller one, early voting said election day,
intensive care said the emergency room, bought said sold, graduated said dropped out, the disease an outbreak is of
("measles" / "varicela", ``DISEASES``; an obituary's cause of death too, "pneumonia" / "derrame cerebral"), an
obituary's predeceased said survived by, a nonprofit said for-profit, a tournament's round and a medal said as another
("quarterfinals" / "semifinales", "gold medal" / "medalla de plata"),
low-income families said high-income, a requirement said a recommendation ("will require masks" / "recomendará"), a
refund or a closure complete said partial ("a full refund" / "un reembolso parcial", "partially destroyed" / "totalmente
destruida"), an entrance said an exit, imports said exports, a men's team said a women's, a store that closes early said
late (read only right after its verb: "will close early", "cerrará tarde"; not "early voting", "the late mayor", "Más
tarde"), high tide said low tide, an application by mail said in person, a cooling center said a warming one, a student
suspended said expelled, seasonal workers said permanent, a vote to strike said a vote against it, the winning goal said
the tying one, praise said criticism, a crowd that cheered said one that booed, a person who lost a job said hired
(or found one), sunset said sunrise, free said low cost, a suspect at large said captured, a
program expanded said cut, a deadline put off said shortened, higher than expected said lower, an outbreak ended said
still going on, a target missed said beaten, a small crowd said a large one, prices frozen said raised (or to be frozen:
"Tuition will be frozen" / "aumentará"), an emergency declared said lifted, and an obligation said denied ("must wear
uniforms" / "no tienen que usar uniforme"; "debe" is also a likelihood, "debe ser", and is not read), a unanimous vote
said by its count ("por 4 votos contra 3"), a march that ended in clashes said "sin incidentes",
bail set said denied, a suspect held said out on bail ("está en libertad
bajo fianza"), a road impassable said open, unofficial results said official, in-state said out-of-state, born abroad
said born in the country, a start hours late said hours early, residents urged
said ordered, a pool for members (or residents) only said open to the public ("a todo el público"), a shelter full
said with space available (a stadium full said empty), a board's
decision to keep a rule said to end it ("voted to keep the mask mandate" / "votó para eliminar"), a place closed until a
date said open until it ("will be closed through the end of the month" / "estará abierto hasta fin de mes"; an opening's
bound stays unread, see below), a ruling appealed said complied with ("would appeal" / "acatará"), a person found safe
said found dead (or missing: "was reported missing" / "fue encontrada"), a suspect who turned himself in said captured,
an official retiring said running again ("is retiring" / "buscará la reelección"; a reelection denied, "will not seek
reelection", is a retirement), an endorsement said opposition or criticism, a car speeding said going slowly ("speeding
up" is none), a rise or a fall said sharp against slight ("rose sharply" / "subieron ligeramente", "a sharp increase" /
"un ligero aumento", whose noun is still read as a rise), a thing done quickly said slowly ("rose rapidly" / "subió
lentamente"), a storm making landfall said moving out to sea, a search for a suspect still going on said an arrest, a
home a total loss said damaged, a season-ending injury said a minor one ("lesión leve"), a race tied said led, a
sentence "a prisión" said probation ("prisión domiciliaria" is house arrest), a unanimous vote said won "por un voto",
two-thirds needed said a simple majority, fire crews that contained a blaze said unable to control it, an Amber Alert
issued said cancelled ("cancelaron la Alerta": lifted), allegations denied said admitted ("admitted to the hospital" is
none), a disaster declaration made said lifted, a family reunited said separated ("was returned to her mother" / "fue
separada de su madre"), a rule for new buildings said for existing ones ("new and existing" is read as existing on both
sides), a forecast below freezing said above it, a race conceded said defeat not admitted ("se negó a reconocer su
derrota"), a short debate said a long one, an attack random said targeted, an evacuation as a precaution said after a
confirmed threat, a side effect rare said common ("less common" and "menos habitual" are rare, "not rare" common), a
hospital understaffed said fully staffed (a shortage of nurses said a surplus of them too), migrants allowed to enter
said denied entry, a suspect held in jail said released, heavy rain said little, a rule that makes voting easier said
harder, remarks apologized for said defended, a person found unharmed said lightly hurt, a fire's accidental cause said
set on purpose ("sparked by a lightning strike" / "provocado intencionalmente"), state money said federal ("funded by
the state" / "por el gobierno federal"), a driver speeding said within the speed limit, a law in effect at once said
later ("takes effect immediately" / "entrará en vigor el próximo año"), an official reassigned said fired, a drug sold
without a prescription said needing one, a vote to strike said a vote not to ("votaron para no"), speed bumps installed
said removed, a game rained out said played in the rain, a lawsuit settled said lost or won ("perdió la demanda"), a
lawsuit dismissed said allowed to proceed ("fue aceptada"), flights added said cancelled, a ceremony moved indoors said
cancelled, a person found said still not found ("sigue sin ser encontrada"), fees waived said charged ("cobrará las
tarifas"), a park closed to dogs said open to them, an agreement reached said talks broken off ("rompió las
negociaciones"), turnout low said high, a team hosting said visiting ("visitará a los"), an evacuation order lifted said
expanded, passengers evacuated safely said injured, a price expected to fall said to rise ("que suban"), a rise said
unchanged ("se mantendrá igual"), walk-ins welcome said by appointment only ("no appointment needed" / "con cita
previa"), a company profitable said losing money,
teachers hired said cut ("recortará maestros"), a building demolished said restored, buses on time said delayed
("tendrán retrasos"), a program renewed said cancelled, masks that must be worn said voluntary, a man not armed said
carrying a gun ("portaba un arma"), a tax cut to expire said made permanent, a vote postponed said held ("se llevó a
cabo"), wrongdoing denied said admitted ("admitió su culpa"), a patient released from the hospital said still in it
("sigue en el hospital"), witnesses still looked for said found ("ya encontró a los testigos"), a clinic accepting new
patients said no longer ("dejó de aceptar"), a hiring freeze said new hires, a sentence commuted said upheld ("confirmó
su sentencia"), a contract awarded said rescinded, a name or a mascot kept said changed ("votó para cambiar"), tenants
evicted said allowed to stay, a patient breathing unassisted said on a ventilator, used cars said new, the air's quality
good said poor, a plant's energy said as another ("solar energy" / "gas natural"), a bus route eliminated said expanded,
an officer promoted said demoted, a fire's cause said as another (fireworks, lightning, a cigarette, a candle, an
electrical fault, a space heater), a service restored said suspended, a head-on crash said a rear-end one, a red light
run said speeding, a killing in self-defense said a murder, residents who may return home said kept out, a bridge
inspected and found safe said unsafe, a person found said still missing ("The girl has been found" / "sigue
desaparecida"), a water emergency declared said lifted, revenue that beat projections said below them, a suspect taken
into custody said shot dead by the police ("fue abatido"), a flight diverted said landed as planned ("aterrizó según lo
previsto"), a city's residents or a party's seats gained said lost ("lost seats" / "ganó escaños"; with the noun
only: "lost" alone is a life, a job, power, and "ganó" alone won or earned), approval said disapproval ("Most parents
approve of the change" / "desaprueba"; "no aprueba" is a rejection), talks that succeeded said broken down ("Las
conversaciones fracasaron") and failed talks said an agreement, a candidate who entered the race said one who dropped
out ("se unió a la contienda", "abandonó la contienda"; "abandonó la carrera" is also a student's), a retirement said
a candidacy for reelection ("candidatura a la reelección"), a merger completed said cancelled, inflation slowing said
speeding up ("se está acelerando"), enrollment up said down ("is up this year" / "bajó"; read before a word of when
or how much only: "is up to the council" is none), the home team said the visitors ("equipo visitante"), a flight
early said delayed ("con retraso"), a game played in the rain said in the sun ("bajo el sol"), a game, a final or a
title won said lost ("lost the final 3-1" / "ganó la final"; not where the rival is named after it: "lost the game to
the Lions" is "Los Lions ganaron el partido", a subject a translator may swap), a refusal to comment said an answer
("declined to comment" / "respondió a todas las preguntas"), a ruling appealed said accepted ("aceptó el fallo"), an
official fired said promoted, a patient admitted to a named hospital said discharged ("was admitted to Mercy
Hospital" / "fue dado de alta"), criminal charges dropped said kept ("The charges against him were dropped" / "Los
cargos en su contra se mantuvieron", "dismissed the charges" / "ratificó los cargos", "were dropped" / "fueron
confirmados"), a case dismissed said admitted ("admitió el caso"), a warning that expires said to take effect ("entra en
vigor"), a permit renewed said revoked ("fue revocado"), a park expanded said reduced ("será reducido"), a house sold
said rented ("se alquiló"), trees planted said felled ("taló"), a forecast's high said its low ("una mínima de 75"), a
team in last place said first ("en primer lugar"; not "in the first place"), and a date said as the last
day something is open or accepted and as its first ("Applications are due Friday" / "se aceptan a partir del viernes",
"starting Monday" / "hasta el lunes", a place's state with its bound too: "closed until Friday" / "cerrada a partir del
viernes", "closed through the weekend" / "desde el fin de semana"; "as of" is not read: tico19's reports say "hasta"
for it, nor a clock time, "open until 8 p.m.").

And a condition said with its negative prefix on one side, or denied, and plainly on the other: armed or unarmed,
authorized or unlicensed, identified or not, confirmed or unconfirmed, conscious or not, successful or not,
constitutional or not, eligible or not, accompanied or not (a minor at the border), violent or peaceful, a vote
unanimous or not, a resolution binding or not; and a teenager charged as an adult or as a juvenile. A denial is read
right before the condition, past the auxiliaries (``_DENIALS``: "has not been identified", "has yet to be confirmed",
"no ha sido identificada", "no se han identificado", "sin ser identificado"), or as a negative subject ("No therapy has
been confirmed": ``_DENIED_KIND``); an action denied ("La policía no ha identificado a la víctima") is no condition
read, and negation-mismatch's.

And a quality said the other way or denied: easy or difficult ("is not easy" / "difícil" is alike, past a word of
degree: "won't be easy" / "No será nada fácil", "the not very strong coalition" / "esta débil coalición"), expensive
or cheap ("the least expensive" / "los más baratos"), strong or weak, warmer or colder ("más frío"); and an amount
per person said as the total ("per capita debt" / "La deuda total"); a post held before said held now ("a former
employee" / "un empleado actual", "The current mayor" / "El ex alcalde", "exalcalde"; "actual" after "y", the second
post of a career, is not read: "a former writer for Bush and columnist" / "y actual cronista"); and what a change costs
people ("Residents will pay less" / "pagarán más", "will cost drivers more" / "costarán menos"; "spent more" is as
often time, and is not read); what a driver was arrested for, drunk driving or speeding (a pair of its own
besides sober or drunk); how someone took a decision, pleased or disappointed ("satisfecha"); and a measure judged a
step forward or back ("a step in the right direction" / "un paso atrás"); what a clinic offers, tests or vaccines
("offers free COVID tests" / "ofrece vacunas": 140 faithful tico19 pairs say one on both sides, alike).

And how long a closure, a suspension or a detention lasts: with no end ("indefinitely", "until further notice", "hasta
nuevo aviso") or a set time ("closed for two weeks", "cerrada durante una semana"; read only after what it bounds,
``_BOUNDED_BEFORE``: "worked there for two years" is none) or a day ("hasta el lunes"); a case headed for a trial ("will
stand trial", "irá a juicio") said settled, agreed ("las partes llegaron a un acuerdo") or ended by a plea deal
("acuerdo de culpabilidad"), or dismissed; a body joined ("joined the council", "se incorporó a la junta") said left
("dejó el concejo"; "the Left Party" is none: "left" is read before an article), retired from or resigned from; a flight
or a ship that arrived said departed ("arrived in Miami" / "salió de Miami"; "arrived at a decision" and "llegó a un
acuerdo", "llegó a ser" are none); an arrest made peacefully ("without incident", "sin resistencia") said made after a
struggle ("tras un forcejeo"); an arrest on a warrant said without one; a veteran said on active duty ("en servicio
activo"); a place at full capacity said at reduced capacity ("a la mitad de su capacidad"); students back in the
classroom said online; asylum sought, granted ("obtuvo asilo") or denied ("se le negó el asilo"); a patient moved out of
intensive care said admitted to it; a team through to a round ("advanced to the finals", "avanzó a la final"; read only
before a round: "pasó a la historia" is none) said eliminated; a fire or an outbreak contained said still spreading
("sigue propagándose"); a rise expected said no change, in the future or the subjunctive ("se mantengan estables"); a
refusal to comment said a confirmation ("confirmó la noticia"); a bankruptcy said a profit; a cause said unknown ("The
cause of the fire is unclear", "It is unclear what caused", "se desconoce la causa") or named ("El incendio fue causado
por"; an event's only, "the disease caused by the coronavirus" is none, and the cause after it keeps its own reading:
"provocado por un rayo"); a program offered in one language said in both ("only in English" / "en inglés y español"); a
family business said part of a chain; the oldest said the newest; a victim and a suspect strangers said neighbours or
friends; a wrong-way driver said driving the right way; a longtime resident said a newcomer; an animal put down said
returned to its owner; a confession said a denial ("confessed" / "negó haber cometido"); a train ahead of schedule said
late ("iba retrasado"); a release without charges said on bail ("bajo fianza"); a requirement said abolished ("will
require voter ID" / "eliminará el requisito"); a program to end said extended ("se extenderá", a date put off); a group
at lower risk said at higher ("corren un mayor riesgo"; 24 faithful corpus pairs say a risk on both sides, alike);
analysts' expectations beaten said missed; a registration by phone said in person; a preliminary report or autopsy
said final ("A preliminary report found" / "El informe final"); a suicide said a murder ("fue asesinado") or a death
at the hands of police said self-inflicted ("dispararse a sí mismo"); released from jail said sent to it ("enviada a
la cárcel"); deported said released; promoted said demoted to a rank ("degradada a teniente", which a storm's
"degradada a tormenta tropical" is not); a season unbeaten said winless ("no ha ganado esta temporada"); a record set
said tied ("Empató el récord"); a book a board voted to ban said kept; a building vacant said occupied in the perfect
("ha estado ocupado"); a hospital running out of beds said to have beds to spare ("camas de sobra"); a person at home
said at work ("at his home" / "en su trabajo"; "at his home office" is work); cases confirmed said ruled out ("Se
descartaron"); a player out for the season said to return ("regresará"); a person's claim of innocence said as guilt
("I am innocent" / "Soy culpable"; a plea or a verdict is the legal status's); a program that ends said expanded; an
officer on duty said off duty ("fuera de servicio"); a party suing said to have reached an agreement ("llegó a un
acuerdo"); an obligation said needless ("must be vaccinated" / "no necesitan vacunarse", before a verb of what is
asked of someone: "no necesitan ayuda" is none); power shut off said to be restored ("restablecerá el servicio"); and
water said safe said contaminated ("está contaminada"). Badly hurt denied ("No one was seriously injured"; "Nadie
resultó gravemente herido", the verb read with the negative subject) is unharmed or lightly hurt, which only badly
hurt and dead contradict. A requirement said a ban ("will require" / "prohibirá"), and cash said cards ("accepts cash
only" / "solo acepta tarjetas"; "no longer accepts cash" is cards), an order lifted said expanded ("se amplió"), and
free tuition said charged ("cobrará matrícula"). An official who resigned said appointed ("fue nombrado"), a plant shut
down said expanded ("será ampliada"), troops withdrawn said sent ("Las tropas llegarán"), a truce that held said broken
("se rompió"), a strike called off said called ("convocó la huelga"), and a form sent by mail said by email ("por
correo electrónico") or a registration by phone said online ("por internet"); "por correo" alone is mail or email,
which only the other ways contradict. A service stopped said started ("will stop delivering babies" / "comenzará a
atender partos"), a cancer by where it is ("breast cancer" / "cáncer de pulmón", and against the other diseases;
"cancer" alone against any is the same), a drought easing said worsening ("to ease" / "empeore"), alcohol ruled out
said drunk ("was not impaired" / "estaba ebrio"), a program expanded said eliminated ("fue eliminado") or a route
shortened said expanded, an order in place said lifted, tickets on sale said sold out ("go on sale" / "se
agotaron"), a search for a second suspect said an arrest, federal money said the state's ("financiado por el
estado"), and the youngest of a family's children said the eldest ("el mayor de cinco hijos"). A stabbing random
said targeted ("parece ser dirigido"), a dam expected to hold said to collapse ("colapse"), fees waived said charged,
a requirement dropped said reinstated ("Se reinstauró el requisito"), behind schedule said ahead ("va adelantado"), a
criminal record said none ("no tiene antecedentes penales"), a time something lasts until said the time it starts
("until 6 p.m." / "a partir de las 6 p.m."), a vacant building said occupied ("un edificio ocupado"), a dissenting
vote said one in favour, a body recovered said rescued alive ("recovered the body" / "rescataron con vida"), a day a
speaker calls great said sad ("un día triste"), a tragedy said a victory, proud said disappointed, an amount cut
said doubled ("duplicaría"), a warning in effect said lifted or expiring said beginning, a jury unable to reach a
verdict said to have reached one, a historic home preserved said demolished, a park renamed said to keep its name
("mantendrá su nombre"), an appeal filed on time said late ("fuera de plazo"), sentences run concurrently said
consecutively, a player's line in a win said in a loss ("in the win" / "en la derrota"; not "the loss of", "la
victoria de los Lakers", whose a translation may turn), an entrance fee charged said free, an official who resigned
said re-elected, happy said disappointed (after a verb: "Happy Thanksgiving" is no feeling), what a speaker calls an
accident said a crime, officers who followed policy said to have violated it, the tallest said the lowest, the
fastest-growing said the slowest, an official placed on leave said arrested, a ship docked said sailed ("zarpó"),
homes that will sell said rented, a statue removed said installed in the passive ("fue instalada"), a ferry stopped
because of high winds said because of fog (wind only as a cause), a program expanded said eliminated, an immigrant
who entered legally said illegally in Spanish's own words ("Entró al país ilegalmente"), a shelter's dog adopted said
euthanized, a fight won by knockout said by decision, a race in wet conditions said dry, a retirement announced said
a comeback, a baby born premature said full-term, an icy road at a crash said dry ("La carretera estaba seca"), and a
fire started by children playing with matches said by a short circuit, and insurance had said none ("had no
insurance" / "tenía seguro").

The forty-fourth round: a boy bitten on his way to school said on his way back ("cuando regresaba de"), drunk driving
said speeding after "de" ("acusado de exceso de velocidad"), an employee fired said suspended or on leave, what a
change is measured against (``BASELINES``: "from a year earlier" / "con respecto al mes anterior"), how soon and how
long with no number (``WITHIN``: "sold out in minutes" / "en horas"; ``LASTED``: "broken for weeks" / "lleva días";
not "en horas de la madrugada", a time of day), a vote against said an abstention, a building founded or built said
demolished, a single mother said married, a former employee said a current one ("un empleado actual"), a comparison
said the other way ("less carbon than" / "más carbono que", read with its noun: "more than 200" is a number's bound;
"faster than" / "más lento que", "less effective" / "más eficaz", "less likely" / "más propensos", "higher than
normal" / "más bajo de lo normal"), a refusal to comment said a statement ("hizo declaraciones"), what a bus runs on
(``VEHICLE_FUELS``: "electric buses" / "autobuses de diésel"), a pill with food said on an empty stomach, a
reservoir nearly full said empty, and an outbreak that sickened people said to have killed them ("mató a", now read
as a death). The forty-fifth round: a nonstop flight said one with a stop ("vuelos con escala"), downtown said the
outskirts ("en las afueras"), dementia, diabetes, autism and West Nile among the diseases ("has dementia" / "tiene
diabetes"), a retirement said a run for office ("will retire" / "se unirá a la contienda"), "va atrás" among the
polls' behind, a building demolished said restored ("será restaurado"), skies that will clear said cloudy, an
explosion's gas leak said a bomb, allegations denied said acknowledged ("reconoció las acusaciones"), and an
agreement reached said rejected ("rechazó un acuerdo preliminar"). The forty-sixth round: a program full-day or
half-day, a rental short-term or long-term, a dog on a leash or off it, a grand jury that indicted or declined to,
an official stepping down said taking office ("asumirá el cargo"), a family's income in the middle
("de ingresos medios"; a list of low and middle incomes is neither), a night or a day shift, a house listed said
sold, a dry or a wet season, marijuana recreational or medical, the heat against the weather of ``WEATHER``
("postponed because of the heat" / "por la lluvia"), a wildfire and a mudslide among the disasters (not
"landslide": a vote's too), a campfire and a power line among a fire's causes, an overdose, HIV, asthma and
Parkinson's among the diseases, gasoline cars among the fuels, air quality at unhealthy or moderate levels, a home
opener, a case sent to a lower court, "fue adelantada" (moved up), applications that open on a day, a flu shot
whose flu is read as the disease ("flu shots" / "vacunas contra el COVID"), a strike called said called off ("canceló
la huelga"), a school year extended said shortened ("acortar"), the youngest mayor said the oldest ("de mayor
edad"), and a building built in a year said restored then ("fue restaurada en 1887"). The forty-seventh round: a
rent or a tuition frozen said raised ("a rent freeze" / "un aumento de alquiler"), a tax that will remain the same
said raised, a candidate who entered the race "en la contienda", a recount that confirmed the result said changed
it, an apology to a family said a defence ("defendió a los agentes"), people injured "none seriously" said
"heridas de gravedad" (read whole: "resultaron heridas" alone is injured), a size against a comparison's other
("smaller than expected" / "mayor de lo esperado"), workers who walked off the job said back at work, an Amber Alert
cancelled said issued, an exam on paper said online, a norovirus outbreak among the diseases, an exhibit that closes
said opens ("se inaugura"), a census that undercounted said overcounted, a rate higher than the state average said
lower, a coma against conscious, a home sold said rented ("se rentó"), buses that will run on electricity among the
fuels, a project under budget said over it, a bear relocated said put down, an official who will retire said
fired, a passenger ejected said trapped ("quedó atrapado"), a shortage easing said worsening, a fire inspection
failed said passed, a fee waived said doubled, tickets sold out said still available ("siguen disponibles"), an
avalanche among the disasters ("una avalancha de nieve": "avalancha" alone is any flood of things), an election
certified said challenged ("fue impugnada"), a candidate who conceded on election night, and a runner near the
finish line said the start; Zika among the diseases, a break "moved to April" said cancelled, and a team
undefeated said winless ("no ganó ningún partido"). The forty-eighth round: a ceasefire that took effect said
ended, a currency that gained strength said lost it, a store a chain plans to open said to close ("planea cerrar"),
a disease found in its early stages said advanced, air quality pushed into the unhealthy range said acceptable, a
fee waived said charged ("cobrará cuotas"), contractors overpaid said underpaid, malaria among the diseases, a
team undefeated at home said "no ha ganado en casa", an official fired said hired, bees relocated said
exterminated, a service reduced said increased, ballots counted by hand said by machine, a friendly said an
official match, a warning extended said lifted, walk-ins said by appointment, a fire's cause under investigation
said named ("fue un cortocircuito"), wrong answers said correct, a disappointing decision said encouraging, a law
that takes effect on a day said repealed, fewer people than expected said more ("más personas de las que"), troops
of the National Guard sent said withdrawn, local ingredients said imported, signatures certified said rejected, an
officer expected to recover said "en estado grave", a full scholarship said partial, a contract extended said
rescinded, a Marine killed in a training accident said in combat, organic said conventional, and workers who walked
off the job said back "al trabajo". The forty-ninth round: workers who "would return to work" said "se irían a
huelga", a treaty "ending the war" said "dio inicio a", support said "se oponían", weak evidence said strong
("las pruebas eran contundentes"), a bridge in poor condition said in good (a patient's "good condition" is the
lightly hurt's), a jail overcrowded said nearly empty, a parish that would remain open said "cerraría", a suspect in
custody said "en libertad", bird flu said swine flu, polio, tetanus, meningitis, hepatitis, Ebola and Down
syndrome among the diseases, students who do better said worse, a sentence reduced said "aumentada", a nonpartisan
race said "partidista", a failing grade said "aprobatoria", overcharged said undercharged, embassies countries
"acordaron" to open said to close, a closing nationwide said "en todo el estado" ("statewide" alone is not read: a
German "Land"'s), an account banned said restored, a ceasefire violated said respected, citizens told to leave the
country said to stay, a state ranked last said first, the fastest pace said the slowest, working class said middle
class, tuition waived said charged, "lower-than-expected" said higher, Medicaid expanded said cut ("para
recortar"), a surge said a drop, lucky said unlucky, a victory said a defeat, a bill that would help said
"perjudicaría", a success said a failure, money wasted said saved, a gift said a sale, calm waters said rough, a
fire among the disasters (a wildfire said a fire is none), minor burns said "quemaduras graves", a lump sum said
annual payments, a contract ended said renewed, below the national average said above, paid parental leave said
unpaid, deaf said blind, and animal testing stopped said begun; an endorsement won said lost, a deal reached said
"no lograron un acuerdo", a minister who resigned said promoted, an army withdrawn said "se desplegó", an election
boycotted said taken part in, refugees allowed to cross said "se les impidió", an appointment required said "sin
cita", a nasal spray said an injection, a deadlocked jury said "lo declaró culpable", a coach fired said kept on
("renovó el contrato"), a female said a male, black and white said colour, gas stoves said electric, an endangered
species said invasive, a cancer in remission said spread, a recount that confirmed a victory said "revirtió la
victoria", and an appeal said "aceptaría el veredicto". The fiftieth round: a lawsuit settled said dismissed, an
eagle released said put down, a leader sworn in said "destituido", a building damaged said "intacta", sanctions lifted
said tightened, wolves reintroduced said eliminated, extradition waived said fought, a certification lost said
obtained, a currency that gained against the dollar said lost, control of a place taken said lost, a medal awarded
said stripped, testimony recanted said confirmed, apartments to rent said to sell, a plant shut down said "siguió
funcionando", a garage to be torn down said restored, earlier than usual said later, a baby born weeks early said
late ("six weeks early": the time before "early" may name how much), a plant powered by wind said by natural gas, a
tall man said short, a drug without a prescription said "solo estará disponible con receta", free said low cost ("at
no cost"), a ceasefire that took effect said broken, elections called said suspended, a majority lost said widened,
troops that withdraw said "se quedarán", the air quality "era buena", higher ground said lower, a farm sold said
"donada", a dog released said adopted, a reef recovering said dying, a prisoner cleared by DNA said "lo
incriminaron", a boxer knocked out said "ganó por nocaut", and a landslide among the disasters ("after a landslide",
not "won by a landslide"); an involvement denied said "admitió su participación", honored said criticized, a food
bank "running low on" said "tiene suficientes", a one-time bonus said "permanente", marijuana legalized said banned,
a suspended license said valid, a quake off the coast said "en tierra firme", artificial turf said natural grass, a
left-handed pitcher said "diestro", a penalty said a free kick, a soldier missing in action said a prisoner of war,
records sealed said made public ("hizo públicos los registros"; "hizo pública su decisión" is no record's), a horse
euthanized said "fue operado", a statue vandalized said restored, a tower restored said demolished, ballots
postmarked by a day said received by it, a school that went into lockdown said evacuated, gas leaf blowers and mowers
said electric (with gas stoves: "gas-powered" and "electric-powered"), and "settled a lawsuit" said "perdió una
demanda"; late fees waived said "cobrará multas por retraso", trailing said "con una ventaja de", symptoms reduced
said "empeoró", a cooling center said "un refugio de calefacción", and a ship that ran aground said sunk. The
fifty-first round: a pilot program said "permanente", a doctor's advice said "desaconsejan" (and "recomiendan no"),
harder to apply said "facilita la solicitud", migrants detained said "rescataron al grupo", a snap election called
said "canceló las elecciones", a boycott said support, a launch that went well said "explotó", a website that
crashed said "funcionó sin problemas", a satellite that burned up said "aterrizó intacto", a concert cancelled said
"agregó un concierto", tickets sold out said "quedaron muchos boletos", tenants evicted said relocated, a species
extinct said endangered, a lawsuit filed on behalf of a group said against it, a report released said leaked, a
helmet required said "si lo desean", a race tied said "lleva una amplia ventaja", a fee waived said "tendrán que
pagar la tarifa", a contract won by a local firm said "de otro estado", revenue short of projections said "superaron
las proyecciones", a sentence commuted said "aumentó su condena", a calf's sex, a fountain turned off said
"encendida", a warning about the dangers of vaping said praise, the SAT required said "dejará de exigir", and ballots
counted by hand said "por máquinas"; "la condena" (a sentence) is no condemnation; and in a last batch a sheriff who
took office said "dejó el cargo", a runoff said "la primera vuelta", broad daylight said "en plena noche", a boxer
undefeated said beaten, advice to save water said needless, a curfew approved said "eliminó", a perfect inspection
score said failed, and the wealthy said "las familias pobres"; then understaffed said "tiene personal de sobra", a
hurricane moving away from the coast said "se acerca a la costa", a clinic staffed by volunteers said "personal
pagado", and community service said "a prisión". The fifty-second round: a flood warning extended through a day
said "se levantó" ("extended" is read first as put off), polls that stay open an extra hour said "cerrarán una hora
antes" ("antes" alone is no bound after a closing: "antes de" is), and only registered voters said "cualquier
residente" (voters, members, citizens, students and employees beside residents); depression said addiction
among the diseases (not the Great Depression, nor a tropical one), a run for office denied with "would not", and
saves made in a shutout said "en la derrota", a family heartbroken said "felices", and an acting chief said
permanent. The fifty-third round: the warmest month said "más frío", the fastest-growing city said one "que crece
más lentamente", a bridge longer than another said "más corto" (after "is" or "was": "no longer" is none), a park
welcomed said "rechazaron", a team's last game said "el primer partido", free tuition said "costará más", and state
officials said "del condado" (a list of the levels, "state, county", is the state's). The fifty-fourth round: an
arrest without incident said "dispararon contra" (a shooting is violent), a case dismissed said "aceptó el caso", a
ban voted said "a favor de permitir" (and "voted to allow" said "votó para prohibir"), a vacant warehouse said
"almacén ocupado", a senior editor said "editor asistente", the hardest decision said "la más fácil", homes a city
plans to build said "demoler", a drought eased said "se ha agravado" ("agravado" alone is a charge's degree), a
suspect who fled in a car said "a pie", a return to the office said "trabajar desde casa", and a text alert's
"unsubscribe" said "suscribirse". The fifty-fifth round: nonstop flights added said "eliminó los vuelos" (added, and
nonstop), a tour cancelled said "anunció nuevas fechas", "Tickets start at" said "como máximo", a year or an age
before or after ("after 1990" / "antes de 1990", "before age 16" / "después de los 16 años"), a restaurant under new
ownership said "con los mismos dueños", homeowners exempt said "también pagarán", a drug tested on mice said "en
humanos", a game that "went to overtime" said "en el tiempo reglamentario", people asked to stay home said "que
salga de sus casas" (one resident's home, "su casa", too), a meeting rescheduled said "cancelada", a garden open
"every day" said "solo los fines de semana", a road to reopen "by Friday at the earliest" said "a más tardar", and a
workforce to halve said "duplicará", and a plant to stop burning coal said "comenzará a quemar". The fifty-sixth:
a project "two years behind schedule" said "va dos años adelantado", a free service said "costará un dólar" (a price
in whole dollars is paid), spending less said "gastará más", a team that "has won six of its last seven" said "ha
perdido", a reopening "after Labor Day" said "antes del" (a named day after "before" or "after"), rules that "remain
in place" said "quedarán sin efecto", minor damage said "daños graves" (how badly, apart from destroyed), broad
support said "poco apoyo", a delayed schedule said "horario normal", a case dismissed said "siguió adelante", skies
to clear said "se nublará", a festival moved to a new location said "en el mismo lugar", small businesses said
"grandes empresas", a clinic open "regardless of" status said "según su situación", and a contest won said "queda en
segundo lugar" ("en segundo lugar" opening a clause is "secondly", "in the first place" to begin with); "spent
more time" is no money, and a "before" or an "after" denied in its clause ("did not open before noon" / "abrió
después del mediodía") is read as neither. The fifty-seventh: nonstop service added said "suspenderá el servicio",
"Classes start" said "terminan" (the plural's present, after what starts: "start" alone is also the noun), and
students who "must be vaccinated" said "no necesitan estar vacunados", results "preliminary" said "definitivos", "too
early" said "demasiado tarde", a store open daily said "de lunes a viernes", a river contaminated said "libre de E.
coli", overdraft fees waived said "cobrará cargos por sobregiro" ("no cobrará cargos" is free), a headline's "Names
New Superintendent" said "despide", residents allowed to return said "se les prohibió regresar", and a title
retained said "perdió su título". The fifty-eighth: a case going to trial said "se resolverá en un acuerdo", a
shortage said "le sobran", a patient discharged said "ingresó al paciente", "rain or shine" said "se cancelará si
llueve", a watch "upgraded to a warning" said "fue cancelada", "quiet" said "ruidosa" (a new pair; "peaceful" stays
the opposite of violent), "safer" said "insegura", "at no cost" said "cobra el desayuno", "Lifts Water
Restrictions" said "impone", "below pre-pandemic levels" said "supera los niveles previos", "stop broadcasting" said
"comenzará a transmitir", "covers the entire downtown" said "solo una parte del centro", data "made public" said
"se mantendrán confidenciales", "an empty stadium" said "con el estadio lleno", "Seating is limited" said
"ilimitados", and children "accompanied by an adult" said "sin un adulto". The fifty-ninth: a kind said after "only" in
its clause ("solo se ofrecen en línea") is also that kind alone (``findings.said_alone``), which contradicts its
opposites said with it ("in person and online" / "solo en línea"); "not only" and "no solo" say no such thing. Also a
tax break said "pagarán más impuestos", signals installed said "retiró 12 semáforos", a majority won said "perdió la
mayoría", "the first Wednesday" said "del último miércoles", a fire "contained to the kitchen" said "se extendió a toda
la casa", local workers said "de otros estados", and "under a burn ban" said "Se permiten las quemas". The sixtieth: a
vote delayed said "para adelantar", a mistrial said "con un veredicto unánime", and patients seen "first-come,
first-served" said "solo con cita previa". The sixty-first: farmers paid to do something said "multará a", a
condition said as a concession ("unless" / "aunque", a contradiction declared between them), "behind schedule" said
"dos años antes de lo previsto", "With No Tax Increase" said "con aumento" (a rise denied as a noun is unchanged), a
rule that "requires landlords" said "permite a los propietarios" (a permission with whom it permits is optional),
oil among a plant's energies, a home of one's own bought said rented, a fair that "returns after a" pause said "se
cancela", an amount spent said saved, refunds given or not, an apology said a denial, money sent said received, a
station on the air said "salió del aire", and "regardless of immigration status" said "si tienen papeles". The
sixty-second: deaths "reduced" with no determiner said "aumentó", a reservation required said "sin reservación", an
election "will be held" said "fue cancelada", an obligation dropped said "deberán aprobar", a duty said "si lo
desean", an average said a maximum, an opinion piece's "the author's own" said "las del periódico", a rookie said a
veteran, a law amended said repealed, something free said "pueden comprar", a river cresting said "bajen", a species
delisted said listed, and a pickup delayed said "se adelantará".

On the 11,650 faithful sentence pairs of the dev corpus, 5,155 say one of these pairs of opposites on both sides (5,098
before the fifty-first round, 5,031 before the forty-ninth); two loose WMT translations say it the other way ("in
spite of the fact that" / "puesto que"); with the first Spanish word turned into its opposite, 2,012 of 2,670 are
found (2,007 of 2,652 before the fifty-third round: the new readings come first in a few pairs whose swap is no phrase
of the test's), and with the first Spanish word whose kind the English says too, 2,789 of 2,868
(tests/test_rule_opposites.py). 182
pairs say a post held before or now on both sides, none the
other way. A warning, as decisions are.
"""

from __future__ import annotations

import re
from itertools import combinations
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, opposite_said_more, prepare_sentences, said_alone, with_kinds_alone
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.decisions import RULE
from bilingo.rules.quantifiers import changed as amounts_turned
from bilingo.rules.quantifiers import quantifiers as amounts_in_words
from bilingo.rules.numbers import names_a_day_part
from bilingo.rules.quantities import casualty_readings, money_results, no_casualties, superlatives
from bilingo.rules.words import PhraseSet, fold, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14


def expand(phrases: str) -> list[str]:
    """The phrases of a "|"-separated list, each "{a,b}" group expanded: "abiert{o,a,os,as}|con vida" is
    ["abierto", "abierta", "abiertos", "abiertas", "con vida"]; "{}" alone stands for nothing ("recorte{,s}")."""
    return list(_expanded(phrases))


@lru_cache(maxsize=None)
def _expanded(phrases: str) -> tuple[str, ...]:
    """``expand``'s phrases, made once per list (the tables below read each list several times at start-up)."""
    expanded = []
    for phrase in phrases.split("|"):
        forms = [""]
        for literal, choices in re.findall(r"([^{]*)(?:\{([^}]*)\})?", phrase):
            forms = [form + literal + choice for form in forms for choice in (choices.split(",") if choices else [""])]
        expanded.extend(form.strip() for form in forms)
    return tuple(phrase for phrase in dict.fromkeys(expanded) if phrase)


def phrase_readers(*tables: dict[str, dict[str, str]]):
    """One reader per table of phrases (each kind's "|"-separated phrases per language, as ``expand`` reads them,
    matched in the case they are written in): ``read(text, lang)`` gives (kind, start, end) of each phrase of its
    table in text order. The readers share one pass over a sentence, memoised: a sentence holding none of the
    phrases' longest words (most) says none, and one ``PhraseSet`` finds the phrases of every table."""
    kinds_of: dict[str, dict[str, list[tuple[int, str]]]] = {"en": {}, "es": {}}
    for number, table in enumerate(tables):
        for kind, words in table.items():
            for lang, phrases in kinds_of.items():
                for phrase in expand(words[lang]):
                    phrases.setdefault(phrase, []).append((number, kind))
    patterns = {lang: PhraseSet(phrases, ignore_case=False) for lang, phrases in kinds_of.items()}
    gate = {lang: frozenset(fold(max(phrase.split(), key=len)) for phrase in phrases)
            for lang, phrases in kinds_of.items()}
    nothing = ((),) * len(tables)

    @lru_cache(maxsize=TEXT_MEMO_SIZE)
    def read_all(text: str, lang: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
        lang = "es" if lang == "es" else "en"
        if gate[lang].isdisjoint(gate_words(text)):
            return nothing
        found: list[list[tuple[str, int, int]]] = [[] for _ in tables]
        for match in patterns[lang].finditer(text):
            for number, kind in kinds_of[lang][" ".join(match.group().split())]:
                found[number].append((kind, match.start(), match.end()))
        return tuple(map(tuple, found))

    def reader(number: int):
        def read(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
            return read_all(text, lang)[number]

        read.cache_clear = read_all.cache_clear  # (what ``bench.common.clear_memo_caches`` empties)
        # (the shared pass and this table's place in it: a rule of many tables reads a sentence once for all)
        read.read_all, read.table = read_all, number
        return read

    return tuple(map(reader, range(len(tables))))


# the nouns a comparison of how many or how much is read with ("fewer beds than" / "más camas que")
_COMPARED_NOUNS = {"en": "{people,residents,cases,students,jobs,beds,homes,houses,cars,vehicles,money,water,carbon,"
                         "emissions,pollution,crime,crimes,traffic,votes,patients,deaths,arrests,calls,visitors,"
                         "tourists,customers,workers,teachers,officers,doctors,nurses,immigrants,migrants,"
                         "women,men,children,rain,snow,energy,food}",
                   "es": "{personas,residentes,habitantes,casos,estudiantes,alumnos,empleos,camas,viviendas,casas,"
                         "autos,vehículos,dinero,agua,carbono,emisiones,contaminación,delincuencia,delitos,crímenes,"
                         "tráfico,votos,pacientes,muertes,arrestos,llamadas,visitantes,turistas,clientes,"
                         "trabajadores,maestros,agentes,policías,médicos,enfermeras,inmigrantes,migrantes,mujeres,"
                         "hombres,niños,lluvia,nieve,energía,comida,alimentos}"}
_AR_VERB = "{ó,aron,a,an,ará,arán,ado,ada,ados,adas,aba,aban,aría,arían}"  # "contrató", "contratará", "contratado"
_PERFECT = "{ha,han,había,habían}"  # "ha crecido"
# a date or an event put off, in two pairs of opposites (moved up, cancelled)
_POSTPONED = {
    "en": "extended|extends|extend|postponed|postpones|postpone|pushed back|delayed|delays|rescheduled|reschedules|"
          "delay the {vote,decision,hearing,meeting,election,start}|"
          "{was,were,will be,has been} moved to {January,February,March,April,May,June,July,August,September,October,"
          "November,December,next week,next month,next year,a later date}",
    "es": "extend{ió,ieron,erá,erán}|extiende{,n}|ampli{ó,aron}|prorrogará{,n}|amplía{,n}|prorrog{ó,aron,a,an}|"
          "pos{puso,pusieron,pone,ponen}|pospuest{o,a,os,as}|aplaz" + _AR_VERB + "|retras{ó,aron,a,an}|"
          "retrasad{o,a,os,as}|posterg" + _AR_VERB + "|reprogram" + _AR_VERB + "|"
          # (a bus, a flight: "tendrán retrasos"; "con retraso" is behind schedule)
          "{tendrá,tendrán,tuvo,tuvieron,sufrirá,sufrirán,sufrió,sufrieron} {retrasos,demoras}",
}
# how an immigrant came or stays ("Entró al país ilegalmente"), before a status said legal or not
_ENTERED_ES = ("{entró,entraron,ingresó,ingresaron,vive,viven,vivía,vivían,permaneció,permanecieron,llegó,llegaron}"
               "{, al país, a Estados Unidos, a EE.UU., en el país, en Estados Unidos}")
# an ending, in two pairs of opposites (begun, still going on)
_ENDED = {
    # ("is over" only where its clause ends, ``_OVER_ENDS``: it is also "over 100", "over budget")
    "en": "ends|ended|{will,to} end|{is,are,was,were} ending|{has,have} ended|{is,are,was,were} over|"
          "finishes|finished|{will,to} finish|{is,are,was,were} finishing|{has,have} finished|"  # ("termine")
          # (a stop before what stops, as "dejó de vender": "stop" alone is a bus stop, a stop sign, a stop to a spread)
          "{stopped,stops,will stop,to stop} {selling,offering,producing,making,accepting,providing,operating,running,"
          "serving,issuing,publishing,paying,delivering,treating,admitting,performing,enforcing,collecting,covering,"
          "funding,printing,carrying,flying,sending,testing,using,burning,hiring,building,buying,importing,exporting,"
          "mining,drilling,pumping,spraying,shipping,broadcasting,airing}|{put,puts,will put,to put} an end to|"
          "ending the {war,conflict,strike,siege,standoff,dispute,occupation,season}",
    "es": "termin{a,an,ó,aron,ará,arán,e,en}|conclu{ye,yen,yó,yeron,irá,irán}|finaliz{a,an,ó,aron,ará,arán}|"
          "dej{ó,aron,ará,arán} de|"  # ("dejó de aplicar": stopped)
          "{ha,han} {terminado,concluido,acabado}|se acabó|{puso,pusieron,pone,ponen,pondrá,pondrán,poner} fin a",
}
# what a company or a city plans to do ("planea cerrar 25 tiendas"), before the infinitive
_PLANS_TO = ("{planea,planean,planeaba,planeaban,planeó,planearon,prevé,prevén,busca,buscan,quiere,quieren,podría,"
             "podrían,decidió,decidieron,va a,van a,iba a,iban a,espera,esperan,acordó,acordaron}")
# what a company's earnings or a campaign's money is measured against ("missed its earnings target")
_TARGET = ("{,earnings ,sales ,revenue ,fundraising ,profit ,analysts' ,analyst }"
           "{target,targets,goal,goals,estimate,estimates,expectations,forecast,forecasts}")
# a person killed, and one injured (alive or unharmed, or each other's opposite: "The driver was killed" / "El
# conductor resultó herido")
_DEAD = {"en": "dead|died|dies|killed|{did not,didn't} survive|drowned|"
               # (a body recovered: "Divers recovered the body" / "rescataron con vida al hombre")
               "recovered {the,a,his,her,their} {body,bodies}|{body,bodies} {was,were} recovered",
         "es": "muert{o,a,os,as}|mur{ió,ieron}|muere{,n}|muera{,n}|fallecid{o,a,os,as}|falleci{ó,eron}|sin vida|"
               "no sobreviv{ió,ieron}|se ahog{ó,aron}|mat{ó,aron} a|"
               "{recuperaron,recuperó,rescataron,rescató} {el cuerpo,los cuerpos,el cadáver,los cadáveres}|"
               "{el cuerpo,el cadáver} fue {recuperado,rescatado}|{los cuerpos,los cadáveres} fueron "
               "{recuperados,rescatados}"}
_DISCHARGED = {"en": "discharged|released from {the,a} hospital",
               "es": "dad{o,a,os,as} de alta|recibi{ó,eron} el alta|salió del hospital|salieron del hospital"}
# what a team or a player wins or loses ("the final", "el partido")
_GAME = {"en": "{the,its,their,his,her,a} {game,match,final,finals,title,championship,series,semifinal,semifinals,"
               "tournament,cup,opener,playoff game,home opener}",
         "es": "{el partido,la final,el juego,el título,el campeonato,la serie,la semifinal,el torneo,la copa,"
               "el encuentro,un partido,su título,su corona}"}
# a price in whole units ("will cost $5", "costará 5 dólares")
_AMOUNTS = "{" + ",".join(str(amount) for amount in range(1, 101)) + "}"
# a share of a team's games ("six of its last seven", "seis de sus últimos siete"), read to its determiner (each word
# more multiplies the phrases: with "last" and "últimos" this one reading was 6,500 of the table's 90,000)
_RECORD = {"en": "{one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve," + ",".join(map(str, range(1, 21)))
                 + "} of {its,their,his,her,the}",
           "es": "{uno,una,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce,"
                 + ",".join(map(str, range(1, 21))) + "} de {sus,los}"}
_INJURED = {"en": "{was,were,been,is,are,found,left} {,also }{injured,hurt,wounded}",
            "es": "{fue,fueron,resultó,resultaron,resulta,resultan,ha resultado,han resultado,está,están,quedó,quedaron,salió,salieron,"
                  "encontrado,encontrada,encontrados,encontradas} {herido,herida,heridos,heridas,lesionado,lesionada,"
                  "lesionados,lesionadas}"}
# badly hurt: against lightly hurt, and against dead ("The driver was killed" / "resultó gravemente herido")
# ("critical but stable condition" is critical, a patient no worse: read whole, it is no stable condition)
_BADLY_HURT = {"en": "{critical,serious,grave} condition|{critically,seriously,gravely} {injured,wounded,hurt,ill}|"
                     "{critical,serious,grave} but stable{, condition}|stable but {critical,serious,grave}{, condition}|"
                     "life-threatening {injuries,injury,condition}|{serious,severe} {injuries,injury,burns}|"
                     "{second-degree,third-degree} burns|"
                     "season-ending {injury,knee injury}",
               "es": "{estado,condición} {crítico,crítica,grave}|{gravemente,críticamente} herid{o,a,os,as}|"
                     "{estado,condición} {crítico,crítica,grave} pero estable|{crítico,crítica,grave} pero estable|"
                     "{estado,condición} estable pero {crítico,crítica,grave}|estable pero {crítico,crítica,grave}|"
                     "herid{o,a,os,as} de gravedad|{heridas,lesiones,quemaduras} {graves,de gravedad}|"
                     "quemaduras de {segundo,tercer} grado|"
                     # (whole, or the verb's "resultaron heridas" reads them injured alone)
                     "{resultó,resultaron,fue,fueron,quedó,quedaron} herid{o,a,os,as} de gravedad|"
                     "{herida,lesión} {grave,de gravedad}|"
                     "{está,estaba,se encuentra,se encontraba} grave|"
                     "{pone,ponen,ponía,ponían} en {peligro,riesgo} su vida|{peligro,riesgo} para su vida"}
_RESUMED = {"en": "resumed|resumes|resume|{will,to} resume|"
                  # (an event back after a pause: "The fair returns after a two-year hiatus" / "se cancela")
                  "{returns,returned,will return,is returning,is back,returns to} {after,following} {a,an,its,the}",
            "es": "reanud{ó,aron,a,an,ará,arán,ar,aría,arían}|reanudad{o,a,os,as}|"
                  "se reanud{ó,aron,a,an,ará,arán,aría,arían}|"
                  "{regresa,regresó,regresará,vuelve,volvió,volverá} {tras,después de} {un,una,dos,tres,su,la,el}"}
_CANCELLED = {"en": "canceled|cancelled|cancels|called off|scrapped|rained out", "es": "cancel" + _AR_VERB}
_LAID_OFF = {"en": "{laid,lays,lay} off|layoff{,s}|laying off|"
                   # ("fired" alone is shot: the one who fires and the post only; "was fired" is read beside)
                   "fired {the,her,his,its,their} {superintendent,coach,head coach,manager,director,principal,"
                   "police chief,chief,CEO,president,city manager,general manager}",
             "es": "desp{idió,idieron,ide,iden,edirá,edirán,ediría,edirían,edir,idiendo}|despid{o,a,os,as}|"
                   "despedid{o,a,os,as}|"
                   # (staff cut: "recortará maestros"; "recortó el presupuesto" is a fall)
                   "recort{ó,aron,ará,arán,aría,arían} {,a }{maestros,empleados,trabajadores,personal,plazas,"
                   "puestos de trabajo}"}
# what one passes or fails: an inspection, an exam, a test
_TESTS = {"en": "{its ,the ,a ,an ,his ,her ,their ,}{health inspection,inspection,inspections,exam,exams,test,tests,"
                "drug test,background check,bar exam,fire inspection,safety inspection,emissions test,smog check}",
          "es": "{la,el,su,sus,una,un,los,las} {inspección sanitaria,inspección,inspecciones,examen,exámenes,prueba,"
                "pruebas,prueba de drogas,verificación de antecedentes,examen de la barra,inspección de incendios,"
                "inspección de seguridad,prueba de emisiones}"}
# an official who left of their own will ("resigned", "renunció"), said fired or retired
_RESIGNED = {"en": "resign|resigns|resigned|resigning|resignation|{stepped,steps,step,stepping} down",
             "es": "renunci{ó,aron,ará,arán,ado,ar,e}|su renuncia|dimi{tió,tieron,tirá,tir}|dimisión|"
                   "presentó su renuncia"}
# the air, at a level an index calls unhealthy ("The air quality index reached unhealthy levels")
_UNHEALTHY_LEVELS = {"en": "{reached,hit,reach,reaches,at} {unhealthy,hazardous,very unhealthy,dangerous} levels",
                     "es": "{alcanzó,alcanzaron,alcanza,alcanzará,en} niveles {insalubres,dañinos,peligrosos,"
                           "no saludables,muy insalubres,perjudiciales}"}
# what a weather service warns of, or watches for
_HAZARDS = {"en": "flood,flash flood,coastal flood,tornado,hurricane,storm,tropical storm,winter storm,ice storm,"
                  "thunderstorm,severe thunderstorm,heat,excessive heat,extreme heat,blizzard,weather,winter weather,"
                  "fire weather,flag,red flag,wind,high wind,freeze,hard freeze,surge,storm surge,tsunami",
            "es": "inundación,inundaciones,inundación repentina,inundaciones repentinas,tornado,tornados,huracán,"
                  "tormenta,tormentas,tormenta tropical,tormenta invernal,tormenta de invierno,tormentas eléctricas,"
                  "tormentas eléctricas severas,tormentas severas,calor,calor extremo,calor excesivo,ventisca,viento,"
                  "vientos,vientos fuertes,helada,heladas,congelación,marejada ciclónica,tsunami,bandera roja"}
# what one holds or goes without: a permit, a license, a warrant, insurance, a helmet
# a team hosting or visiting another named with no article ("will host Baylor" / "visitará a Baylor"), read only
# before a capitalised name (``_NAME_AFTER_VISIT``): "hosted a town hall", "visitó a su madre" say no game
_HOSTS = {"en": "{will host,hosts,hosted,to host,hosting}",
          "es": "{recibirá,recibirán,recibe,reciben,recibió,recibieron} a"}
_VISITS = {"en": "{will visit,visits,visited,to visit}", "es": "{visitará,visitarán,visitan,visitó,visitaron} a"}
_HELD = {"en": "{a ,an ,the ,their ,his ,her ,valid ,}{permit,permits,license,licenses,licence,warrant,insurance,"
               "helmet,seat belt,seatbelt,mask,masks,visa,appointment}",
         "es": "{un ,una ,el ,la ,su ,sus ,}{permiso,permisos,licencia,licencias,orden judicial,seguro,casco,"
               "cinturón de seguridad,mascarilla,cubrebocas,visa,cita}"}
_RATES = {"en": "{rates,interest rates,the rate,its rate,its rates,its key rate,its benchmark rate,borrowing costs}",
          "es": "{las tasas,la tasa,los tipos,el tipo,las tasas de interés,los tipos de interés}"}
_UNCHANGED = {"en": "unchanged|held steady|holds steady|{remained,remains,was,were} {steady,flat,stable}|"
                    "{held,holds,hold,kept,keeps,keep} " + _RATES["en"] + " steady|"
                    "froze|freezes|{will,would,to} freeze|{will be,would be,to be,was,were,is,are} frozen|"
                    "{rent,tuition,wage,pay,price,fare} freeze|"
                    "{remain,remains,will remain,would remain,stay,stays,will stay,would stay} the same|"
                    # (a rise denied as a noun: "a budget with no tax increase" / "con un aumento de impuestos")
                    "{with no,without a,without any} {tax ,rate ,fee ,tuition ,price ,fare ,rent ,}"
                    "{increase,increases,hike,hikes}",
                    # (prices, a wage, rent: "a hiring freeze" is a noun)
              "es": "sin {un ,ningún ,}{aumento,alza,incremento}{, de impuestos, de tarifas, de precios, de la "
                    "matrícula, en los impuestos, en las tarifas}|"
                    "{congelamiento,congelación} de {los ,las ,la ,el ,}{alquiler,alquileres,renta,rentas,precios,"
                    "salarios,matrícula,tarifas}|"
                    "congel{ó,aron,a,an,ará,arán,aría,arían,ar}|{será,serán,fue,fueron,está,están} congelad{o,a,os,as}|"
                    "sin {cambios,cambio,variación,variaciones}|se {mantuvo,mantuvieron,mantiene,mantienen,mantendrá,"
                    "mantendrán,mantenga,mantengan} {estable,estables}|"
                    "{permanezca,permanezcan,permanecerá,permanecerán} {estable,estables}|"
                    "se {mantendrá,mantendrán,mantuvo,mantuvieron} {igual,iguales,sin cambios}|"
                    "{seguirá,seguirán} {igual,iguales,sin cambios}|{permaneció,permanecieron} {estable,estables}|"
                    "{mantuvo,mantiene,mantendrá,mantuvieron,mantienen} " + _RATES["es"] + " {estable,estables}|"
                    "{mantuvo,mantiene,mantendrá,mantuvieron,mantienen} {estable,estables} " + _RATES["es"]}
# the words before a condition that deny it ("was not armed", "has yet to be confirmed", "no estaba armado", "sin
# ser identificado"), each a prefix that ``_denied`` puts before every phrase of the condition
_DENIALS = {
    # (a copula or "been" before the participle: "has not identified the cause" is an action denied, not a condition)
    "en": ("{is,are,was,were,am,remain,remains,remained} {not,never} {,yet ,fully ,immediately ,publicly ,officially }",
           "{not,never} {be ,been ,yet been ,been fully ,been immediately ,been publicly ,been officially ,fully }",
           "{isn't,aren't,wasn't,weren't,hasn't been,haven't been,hadn't been,cannot be,can't be,couldn't be,"
           "won't be,wouldn't be} ",
           "{has,have,had,is,are,was,were} yet to be ", "by no means {,be ,will be ,is ,are ,was ,were }"),
    "es": ("{no,nunca} {,está ,están ,estaba ,estaban ,estuvo ,estuvieron ,fue ,fueron ,es ,son ,era ,eran ,será ,"
           "serán ,ha sido ,han sido ,había sido ,habían sido ,ha estado ,han estado ,sea ,sean ,fuera ,fueran ,"
           "haya sido ,hayan sido ,esté ,estén }",
           "{no,nunca} se {,ha ,han ,había ,habían ,haya ,hayan }", "sin {ser ,haber sido ,estar }"),
}


def _denied(phrases: str, lang: str) -> str:
    """The phrases of a "|"-separated list, each with every denial of ``_DENIALS`` before it."""
    return "|".join(denial + phrase for denial in _DENIALS[lang] for phrase in phrases.split("|"))


# a quality denied, a word of degree between the denial and its adjective ("is not very strong", "It's not
# difficult", "won't be easy", "no será nada fácil", "poco fácil")
_QUALITY_DENIALS = {
    "en": ("{is not,are not,was not,were not,'s not,’s not,isn't,aren't,wasn't,weren't,won't be,will not be,"
           "wouldn't be,would not be,not be,never,not} {,very ,so ,that ,too ,particularly ,all that ,as }",),
    "es": ("{no,nunca} {,es ,son ,era ,eran ,fue ,fueron ,será ,serán ,sería ,está ,están ,estaba ,estaban ,resulta ,"
           "resultó ,ha sido ,han sido ,sea ,sean }{,nada ,muy ,tan ,demasiado ,especialmente }", "{nada,poco} "),
}


def _quality_denied(phrases: str, lang: str) -> str:
    """The phrases of a "|"-separated list, each with every denial of ``_QUALITY_DENIALS`` before it."""
    return "|".join(denial + phrase for denial in _QUALITY_DENIALS[lang] for phrase in phrases.split("|"))


# a cost borne, and by whom, in English ("will cost drivers", "pagarán"); "spent more" is as often time
_PAYS = {
    "en": "{pay,pays,paid,paying,cost,costs,costing,charge,charges,charged,spend,spends,spent,spending}"
          "{, drivers, residents, taxpayers, consumers, customers, families, homeowners, renters, tenants, riders,"
          " users, students, patients, them, us, you, people}",
    "es": "{,les ,nos ,te ,le }{pagar,pagará,pagarán,paga,pagan,pagó,pagaron,pagaría,pagarían,costar,costará,costarán,"
          "cuesta,cuestan,costó,costaron,costaría,costarían,cobrar,cobrará,cobrarán,cobra,cobran,cobró,cobraron,gastar,"
          "gastará,gastarán,gasta,gastan,gastó,gastaron}",
}
# a post held before, said with "ex" glued to its noun ("ex-wife", "exalcalde")
_EX_NOUNS = {
    "en": "ex-{wife,husband,boyfriend,girlfriend,partner,employee,employees,officer,officers,president,mayor,governor,"
          "senator,official,officials,member,members,player,coach,director,minister,chief,con,convict,soldier,"
          "soldiers,Marine,Marines,military}",
    "es": "ex{alcalde,alcaldesa,presidente,presidenta,empleado,empleada,empleados,empleadas,gobernador,gobernadora,"
          "senador,senadora,novio,novia,esposo,esposa,marido,pareja,jefe,jefa,director,directora,ministro,ministra,"
          "jugador,jugadora,miembro,miembros,secretario,secretaria,concejal,concejala,agente,agentes,policía,oficial,"
          "funcionario,funcionaria,funcionarios,candidato,candidata,congresista,legislador,legisladora,entrenador,"
          "convicto,soldado,soldados,militar,militares,marine,marines,combatiente,combatientes}",
}
# a condition said with a negative prefix, a word or a denial ("unarmed" / "no estaba armado")
# a body one joins or leaves: a council, a company, a force ("joined the council" / "dejó el concejo")
_BODIES = {"en": "{council,city council,board,school board,company,firm,team,department,police department,police force,"
                 "force,army,military,navy,air force,Marines,Marine Corps,party,staff,faculty,club,band,group,campaign,"
                 "administration,newsroom,newspaper,network,league,union,coalition,organization,agency,cabinet}",
           "es": "{concejo,concejo municipal,consejo,junta,junta escolar,empresa,compañía,firma,equipo,departamento,"
                 "departamento de policía,policía,cuerpo de policía,ejército,fuerzas armadas,marina,armada,"
                 "fuerza aérea,infantería de marina,partido,personal,plantilla,club,banda,grupo,campaña,administración,"
                 "redacción,periódico,diario,cadena,liga,sindicato,coalición,organización,agencia,gabinete}"}
_ARMED = {"en": "armed", "es": "armad{o,a,os,as}|{portaba,portaban,llevaba,llevaban} un arma"}
_AUTHORIZED = {"en": "licensed|authorized|authorised", "es": "autorizad{o,a,os,as}"}
_IDENTIFIED = {"en": "identified", "es": "identificad{o,a,os,as}"}
_CONFIRMED = {"en": "confirmed", "es": "confirmad{o,a,os,as}"}
_CONSCIOUS = {"en": "conscious", "es": "consciente{,s}"}
_SUCCESSFUL = {"en": "successful", "es": "exitos{o,a,os,as}"}
_CONSTITUTIONAL = {"en": "constitutional", "es": "constitucional{,es}"}
_ELIGIBLE = {"en": "eligible", "es": "elegible{,s}"}
_INSURED = {"en": "insured", "es": "asegurad{o,a,os,as}|con seguro médico"}
_ACCOMPANIED = {"en": "accompanied", "es": "acompañad{o,a,os,as}"}
_VIOLENT = {"en": "violent", "es": "violent{o,a,os,as}"}
# what crashed or was hit ("auto" alone is also a court's order in Spain, "van" a name: not read)
_VEHICLES = {
    "car": {"en": "car|cars|sedan{,s}|SUV{,s}|pickup{,s}|pickup truck{,s}|minivan{,s}",
            "es": "automóvil{,es}|carro{,s}|coche{,s}|camioneta{,s}|sedán"},
    "bus": {"en": "bus|buses|school bus{,es}", "es": "autobús|autobuses|ómnibus|guagua{,s}"},
    "motorcycle": {"en": "motorcycle{,s}|motorbike{,s}", "es": "motocicleta{,s}|moto|motos"},
    "bicycle": {"en": "bicycle{,s}|bike{,s}", "es": "bicicleta{,s}"},
    # (a transit line too: "the light rail line" / "la línea de autobús"; "metro" is also a meter, and not read)
    "train": {"en": "train{,s}|light rail|light-rail|commuter rail|rail {line,lines,service}|railroad{,s}|"
                    "railway{,s}|subway|streetcar{,s}",
              "es": "tren{,es}|tren ligero|trenes ligeros|ferrocarril{,es}|ferroviari{o,a,os,as}|tranvía{,s}|"
                    "subterráneo"},
    "truck": {"en": "tractor-trailer{,s}|semi-truck{,s}|18-wheeler{,s}|big rig{,s}|trailer{,s}|dump truck{,s}|"
                    "garbage truck{,s}|delivery truck{,s}|box truck{,s}",
              "es": "tráiler{,es}|tractocamión|tractocamiones|camión de carga|camiones de carga|camión de basura|"
                    "camiones de basura|semirremolque{,s}|camión de reparto|camiones de reparto|remolque{,s}"},
}
# each pair of opposites: its two kinds, and the phrases that say each, in each language
# "early" and "late" say when a thing happens only right after its verb ("will close early", "cerrará tarde"; not
# "early voting", "the late mayor", "Más tarde, …"): the verb keeps its own reading ("will close": a closing)
# an early or a late said against the usual time needs no verb of timing before it ("The flu season came earlier than
# usual"); folded endings
_USUAL = (" usual", " normal", " habitual", " acostumbrado")
_TIMED_BEFORE = {
    # (or with how much before: "opened two weeks early", "was born six weeks early", "llegó 20 minutos tarde")
    "en": re.compile(r"\b(?:close|closes|closed|closing|open|opens|opened|opening|end|ends|ended|start|starts|started|"
                     r"begin|begins|began|leave|leaves|left|arrive|arrives|arrived|dismiss|dismisses|dismissed|"
                     r"let\s+out|get\s+out|gets\s+out|born)\s+"
                     r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                     r"(?:minutes?|hours?|days?|weeks?|months?)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:cerr|cierr|abr|termin|empez|empiez|comenz|comienz|sal|lleg|naci)\w*\s+"
                     r"(?:(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+"
                     r"(?:minutos?|horas?|días?|semanas?|mes|meses)\s+)?$", re.IGNORECASE),
}
# what "before" or "after" sets an event by, when it is one ("before the vote", "after he resigned", "antes de que
# llegara", "después de votar"): "before" alone is also "in front of" ("appeared before the judge" / "ante el juez")
_BEFORE_WHAT = {"en": "{the,a,an,his,her,their,its,this,he,she,they,it,we,being,taking,leaving,making,going,voting}",
                "es": "{de la,de las,de los,del,de un,de una,de su,de sus,de este,de esta,de que,de ser,de tomar,"
                      "de salir,de hacer,de ir,de votar}"}
# an hour "before" or "after" sets a moment by ("Parking is free after 6 p.m." / "antes de las 6 p.m."; Spanish says
# "de las" before it, which ``_BEFORE_WHAT`` reads)
_CLOCK = "{1,2,3,4,5,6,7,8,9,10,11,12,noon,midnight}"
# a day named, which English says with no article ("will reopen after Labor Day" / "antes del Día del Trabajo"; not
# "May", also a verb)
_DAYS_NAMED = ("{Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,January,February,March,April,June,July,"
               "August,September,October,November,December,Labor Day,Memorial Day,Thanksgiving,Christmas,Easter,"
               "Halloween,Election Day,New Year's Day,New Year's Eve,Independence Day,Veterans Day,Mother's Day,"
               "Father's Day,Valentine's Day}")
# a year "before" or "after" sets a time by ("veterans who served after 1990" / "antes de 1990")
_YEARS = "{" + ",".join(str(year) for year in range(1900, 2061)) + "}"
# and an age ("must have arrived before age 16" / "después de los 16 años")
_AGES = "{" + ",".join(str(age) for age in range(1, 100)) + "}"
# the verbs a state is said with, before it ("remains closed until", "estará abierto hasta")
_BEING = {"en": "{is,are,was,were,be,been,remain,remains,remained,stay,stays,stayed}",
          "es": "{está,están,estaba,estaban,estará,estarán,estuvo,estuvieron,estar,permanece,permanecen,permanecerá,"
                "permanecerán,permaneció,permanecieron,permanecer,sigue,siguen,seguirá,seguirán}"}
# a body's decision, before what it decided to do ("voted to keep", "decidió eliminar")
_DECIDED = {"en": "{voted,vote,votes,decided,decide,decides,chose,choose,chooses,agreed,agree,agrees}",
            "es": "{votó,votaron,vota,votan,decidió,decidieron,decide,deciden,eligió,eligieron,acordó,acordaron}"}
# a place's opening hours, after the verb that widens or narrows them
_HOURS = {"en": "{hours,opening hours,hours of operation,service hours}",
          "es": "{su,sus,el} {horario,horarios,horario de atención,horario de servicio}"}
# how a win or a loss is counted: "the team's first", "their third straight"
_COUNTED_RESULT = {"en": "{,the ,its ,his ,her ,their ,a }{first,second,third,fourth,fifth,sixth,straight,consecutive,"
                         "second straight,third straight,fourth straight,fifth straight,second consecutive,"
                         "third consecutive}"}
# the nouns of a rise or a fall that a word of how much comes with ("a sharp increase", "una caída drástica")
_CHANGE_NOUNS = {"en": "{rise,rises,increase,increases,jump,surge,drop,drops,decline,declines,fall,decrease,decreases,"
                       "reduction,reductions,cut,cuts,hike,hikes,growth}",
                 "es": "{aumento,aumentos,alza,alzas,subida,subidas,incremento,incrementos,crecimiento,repunte,caída,"
                       "caídas,descenso,descensos,baja,bajas,disminución,reducción,recorte,recortes}"}
OPPOSITES = {
    ("rose", "fell"): {  # (verbs and nouns: "an increase" / "un aumento")
        "en": ("rose|risen|rises|increased|increases|increase|grew|grown|grows|to grow|climbed|climbs|jumped|soared|"
               "soars|"
               "surged|{went,goes,gone,go,going} up|rise|hike|hikes|doubled|tripled|quadrupled|{will,to} double|"
               "raised|raises|raise|"
               # ("raising" alone is also children's, money's, a flag's, an issue's)
               "raising {the,its,their} {tax,taxes,rate,rates,price,prices,fee,fees,minimum wage}|"
               "{is,are,was,were,been,keeps,kept} {rising,increasing,growing,climbing}|"
               "{is,are,was,were} up {this,last,from,sharply,slightly,significantly,compared}|"
               "{closed,closes,ended,ends,finished,finishes,opened,opens,traded,trades} higher|"
               "{a,the} {surge,spike,jump} in|"  # ("a surge in patients" / "una caída en pacientes")
               # (a river at its highest: "Flood waters are expected to crest Thursday" / "bajen")
               "{expected to,will,to,should} crest|crested",
               "fell|fallen|falls|decreased|decreases|decrease|dropped|drops|{will,to} {drop,fall}|plunged|plummeted|"
               "{expected,likely,projected,forecast,set,poised} to fall|{a,the} {drop,decline,dip,plunge} in|"
               "receded|recedes|receding|{will,to} recede|"  # (flood waters)
               "shrank|shrunk|"
               "{went,goes,gone,go,going} down|cut|cuts|reduction|reductions|halved|lowered|lowers|slashed|"
               "{will,to,would} halve|halves|halving|cut in half|"
               # ("reduced" alone is as often an adjective: "the reduced absenteeism")
               "reduce|reduces|reducing|{to,would,will,could} lower|reduced {the,its,their,his,her}|"
               # (and a count reduced with no determiner: "the drug reduced deaths by a third" / "aumentó las muertes")
               "reduced {deaths,crime,costs,emissions,waste,traffic,injuries,hospitalizations,infections,violence,"
               "spending,unemployment,poverty,homelessness,overdoses,absences,delays,accidents,crashes,arrests,"
               "wait times}|"
               "{was,were,has been,have been,had been,will be} reduced {to,by,from}|"
               "lowering {the,its,their,his,her}|"
               "{is,are,was,were,been,keeps,kept} {falling,declining,decreasing,dropping}|declined|declines|"
               "{is,are,was,were} down {this,last,from,sharply,slightly,significantly,compared}|"
               "{closed,closes,ended,ends,finished,finishes,opened,opens,traded,trades} lower|"
               # (a rate or a price cut in the passive: "were cut" alone is a service cut off)
               "{rates,rate,taxes,tax,prices,price,fees,fee} {was,were,will be,have been,has been} cut"),
        "es": ("sub{ió,ieron,e,en,irá,irán}|aument{ó,aron,a,an,ará,arán}|crec{ió,ieron,e,en,erá}|"
               "se dispar{ó,aron}|aumento{,s}|incremento{,s}|alza{,s}|subida|"
               "{duplicará,duplicarán,duplicaría,duplicarían,triplicará,triplicaría}|"
               + _PERFECT + " {crecido,aumentado,subido}|se {duplic,triplic,cuadruplic}{ó,aron}|se " + _PERFECT
               + " {duplicado,triplicado,cuadruplicado}|elev{ó,aron,ará,arán,a,an}|"
               "{está,están,estaba,estaban,sigue,siguen} {aumentando,creciendo,subiendo}|"
               "sub{iría,irían}|aument{aría,arían}|crec{ería,erían}|elev{aría,arían}|"
               "{fue,fueron,será,serán,ha sido,han sido} {aumentad,incrementad}{o,a,os,as}|"
               "aumentar|incrementar|elevar|"  # (infinitives: "votó para reducir los impuestos"; not "subir", board)
               # (a subjunctive after an expectation: "espera que la matrícula crezca", "que aumenten los precios")
               "aument{e,en}|crezca{,n}|suba{,n}|"
               "{cerró,cerraron,cierra,cierran,terminó,terminaron,abrió,abrieron,cotizó,cotizaron} "
               "{al alza,en alza,con alzas,con ganancias}",
               "baj{ó,aron,an,ará,arán}|c{ayó,ayeron,ae,aen,aerá}|disminu{yó,yeron,ye,yen,irá,irán,ya,yan}|"
               "baje{,n}|caiga{,n}|"  # (the subjunctive after an expectation, as "suba" above)
               "descend{ió,ieron}|desciende|se desplom{ó,aron}|decreció|se red{ujo,ujeron,uce}|"
               "disminuci{ón,ones}|reducci{ón,ones}|recorte{,s}|{una,la} caída en|{un,el} descenso en|"
               + _PERFECT + " {disminuido,bajado,caído,descendido}|"
               "se " + _PERFECT + " reducido|red{ujo,ujeron,uce,ucen,ucirá,ucirán}|recort{ó,aron}|se reducirá{,n}|"
               "{se reducirá,se reducirán,se redujo,se redujeron,reducirá,reducirán} a la mitad|"
               "{está,están,estaba,estaban,sigue,siguen} {disminuyendo,bajando,cayendo,descendiendo}|"
               "baj{aría,arían}|disminu{iría,irían}|reduc{iría,irían}|recort{aría,arían}|"
               "{fue,fueron,será,serán,ha sido,han sido} {disminuid,rebajad}{o,a,os,as}|"
               "reducir|disminuir|recortar|{para,de} bajar {el,la,los,las}|"
               "{cerró,cerraron,cierra,cierran,terminó,terminaron,abrió,abrieron,cotizó,cotizaron} "
               "{a la baja,en baja,con bajas,con pérdidas}"),  # (not "bajar": get off)
    },
    # unchanged, against either ("The Fed left rates unchanged" / "La Fed subió las tasas")
    ("rose", "unchanged"): {"en": ("", _UNCHANGED["en"]), "es": ("", _UNCHANGED["es"])},
    ("fell", "unchanged"): {"en": ("", _UNCHANGED["en"]), "es": ("", _UNCHANGED["es"])},
    # how much a rise or a fall was, said in words ("rose sharply" / "subieron ligeramente", "a sharp increase" / "un
    # ligero aumento": sharp, and a rise, which ``events`` reads in the noun too)
    ("sharply", "slightly"): {
        "en": ("sharply|steeply|dramatically|drastically|significantly|substantially|considerably|markedly|"
               "{sharp,steep,dramatic,drastic,significant,substantial,considerable,marked} " + _CHANGE_NOUNS["en"],
               "slightly|marginally|modestly|{slight,modest,marginal,small} " + _CHANGE_NOUNS["en"]),
        "es": ("drásticamente|bruscamente|considerablemente|significativamente|notablemente|marcadamente|"
               "sustancialmente|de {forma,manera} {drástica,brusca,considerable,significativa,notable,marcada,"
               "pronunciada}|{un,una} {fuerte,drástico,drástica,brusco,brusca,marcado,marcada,significativo,"
               "significativa,considerable,notable,pronunciado,pronunciada,importante} " + _CHANGE_NOUNS["es"] + "|"
               + _CHANGE_NOUNS["es"] + " {drástico,drástica,brusco,brusca,marcado,marcada,significativo,significativa,"
               "considerable,notable,pronunciado,pronunciada}",
               "ligeramente|{un,una} {ligero,ligera,leve,pequeño,pequeña,modesto,modesta} "
               + _CHANGE_NOUNS["es"] + "|" + _CHANGE_NOUNS["es"] + " {ligero,ligera,leve,modesto,modesta,mínimo,"
               "mínima}"),
    },
    # how fast ("The river rose rapidly" / "El río subió lentamente"; a driver's speed is "speeding"'s)
    ("quickly", "slowly"): {
        "en": ("quickly|rapidly|swiftly|fast-moving|fast moving|rapid-fire",
               "slowly|gradually|slow-moving|slow moving"),
        "es": ("rápidamente|con rapidez|velozmente|de rápido movimiento|de movimiento rápido",
               "lentamente|despacio|gradualmente|paulatinamente|poco a poco|con lentitud|de lento movimiento|"
               "de movimiento lento"),
    },
    ("low-income", "high-income"): {  # the families a program serves, a neighbourhood
        "en": ("low-income|low income|lower-income|lower income|working-class|working class",
               "high-income|high income|higher-income|"
               "higher income|wealthy|affluent"),
        "es": ("de {bajos,menores,escasos} {ingresos,recursos}|{de,con} {ingresos,recursos} bajos|"
               "{de ,}clase {trabajadora,obrera}|{familias,personas,hogares,comunidades} pobres|los pobres",
               "de {altos,mayores} ingresos|{de,con} ingresos altos|adinerad{o,a,os,as}"),
    },
    # and the middle between them ("low-income families" / "de ingresos medios")
    ("low-income", "middle-income"): {
        "en": ("", "middle-income|middle income|moderate-income|moderate income|middle-class|middle class"),
        "es": ("", "{de,con} ingresos {medios,moderados,medianos}|{de ,}clase media"),
    },
    ("middle-income", "high-income"): {"en": ("", ""), "es": ("", "")},
    # (a list of both, no kind of its own: "low and middle income workers" / "de ingresos bajos y medios")
    ("low and middle income", "any income"): {
        "en": ("{low,low-} and {middle,moderate,middle-,moderate-} income|low- and {middle,moderate}-income", ""),
        "es": ("{de,con} ingresos bajos y {medios,moderados}|de bajos y medianos ingresos", ""),
    },
    ("higher", "lower"): {  # a comparison with no number ("Turnout was higher than in 2018" / "fue menor que")
        "en": ("higher than|{higher,larger,bigger,stronger}-than-expected",
               "lower than|{lower,smaller,weaker}-than-expected"),
        "es": ("mayor que|más alt{o,a,os,as} {que,de lo}|{mayor,mayores} de lo {esperado,previsto}",
               "menor que|más baj{o,a,os,as} {que,de lo}|{menor,menores} de lo {esperado,previsto}"),
    },
    # more or fewer of something than before or elsewhere, said with its noun ("fewer beds than in 2019" / "más
    # camas que"; "more than 200", a number's bound, is the number rule's)
    ("more than", "fewer than"): {
        "en": (f"more {_COMPARED_NOUNS['en']} than", f"{{fewer,less}} {_COMPARED_NOUNS['en']} than"),
        "es": (f"más {_COMPARED_NOUNS['es']} {{que,de lo,de las que,de los que}}",
               f"menos {_COMPARED_NOUNS['es']} {{que,de lo,de las que,de los que}}"),
    },
    ("faster", "slower"): {  # a comparison of speed ("Rents are rising faster than wages" / "más lento que")
        # (and a pace ranked: "the fastest pace in the nation" / "el ritmo más lento del país")
        "en": ("faster than|more quickly than|more rapidly than|fastest {pace,rate,growth}",
               "slower than|more slowly than|slowest {pace,rate,growth}"),
        "es": ("más {rápido,rápida,rápidos,rápidas,rápidamente,deprisa} {que,de lo}|{ritmo,crecimiento} más "
               "{rápido,acelerado}|tasa más {rápida,acelerada}",
               "más {lento,lenta,lentos,lentas,lentamente,despacio} {que,de lo}|"
               "menos {rápido,rápida,rápidos,rápidas,rápidamente} {que,de lo}|{ritmo,crecimiento} más lento|"
               "tasa más lenta"),
    },
    # a drug, a treatment, a group at more or less risk of an outcome ("less effective in older patients" / "más
    # eficaz")
    ("more effective", "less effective"): {
        "en": ("more {effective,efficient}", "less {effective,efficient}"),
        "es": ("más {eficaz,eficaces,efectivo,efectiva,efectivos,efectivas,eficiente,eficientes}",
               "menos {eficaz,eficaces,efectivo,efectiva,efectivos,efectivas,eficiente,eficientes}"),
    },
    ("more likely", "less likely"): {
        "en": ("more likely|likelier|more prone|more susceptible", "less likely|less prone|less susceptible"),
        "es": ("más {probable,probables,propenso,propensa,propensos,propensas,susceptible,susceptibles}|"
               "mayor probabilidad",
               "menos {probable,probables,propenso,propensa,propensos,propensas,susceptible,susceptibles}|"
               "menor probabilidad"),
    },
    # a group at higher or lower risk ("Children are at lower risk" / "Los niños corren un mayor riesgo")
    ("higher risk", "lower risk"): {
        "en": ("{higher,greater,increased,elevated} risk|at high risk|high-risk",
               "{lower,reduced,lesser} risk|at low risk|low-risk"),
        "es": ("{mayor,más alto,elevado,alto} riesgo|riesgo {mayor,más alto,más elevado,elevado,alto}",
               "{menor,más bajo,bajo,reducido} riesgo|riesgo {menor,más bajo,bajo,reducido}"),
    },
    # what a change costs people ("Residents will pay less for water" / "pagarán más", "will cost drivers more" /
    # "costarán menos a los conductores")
    ("pay more", "pay less"): {
        # (a tax break is less paid: "Homeowners will get a tax break" / "pagarán más impuestos")
        "en": (_PAYS["en"] + " more", _PAYS["en"] + " less|{get,gets,got,will get,receive,receives,received,"
               "will receive} a tax {break,cut}"),
        "es": (_PAYS["es"] + " más", _PAYS["es"] + " menos"),
    },
    # a bridge, a season, a wait said shorter than another ("longer than the old one" / "más corto que el anterior";
    # with "than" only: "no longer")
    ("longer", "shorter"): {
        "en": ("{is,are,was,were,be,been} {,much ,far ,slightly ,a bit }longer than|the longest",
               "{is,are,was,were,be,been} {,much ,far ,slightly ,a bit }shorter than|the shortest"),
        "es": ("más larg{o,a,os,as}", "más cort{o,a,os,as}"),
    },
    # (a distance against a comparison's other: "even shorter than" / "incluso menor que")
    ("longer", "lower"): {"en": ("", ""), "es": ("", "")},
    ("longer", "smaller"): {"en": ("", ""), "es": ("", "")},
    ("shorter", "higher"): {"en": ("", ""), "es": ("", "")},
    ("shorter", "larger"): {"en": ("", ""), "es": ("", "")},
    ("larger", "smaller"): {  # a store's new space, a class, a shelter ("mayor" and "menor" are also older, younger)
        "en": ("larger|bigger", "smaller"),
        "es": ("más grande{,s}", "más pequeñ{o,a,os,as}|más chic{o,a,os,as}|más reducid{o,a,os,as}"),
    },
    # a census or a count that missed people said counted them twice ("undercounted" / "contó de más")
    ("undercounted", "overcounted"): {
        "en": ("undercounted|undercount|undercounts|undercounting", "overcounted|overcount|overcounts|overcounting"),
        "es": ("{contó,contaron,cuenta,cuentan} de menos|{subcontó,subcontaron}|subconteo|subregistro",
               "{contó,contaron,cuenta,cuentan} de más|{sobrecontó,sobrecontaron}|sobreconteo|sobrerregistro"),
    },
    # a crash's passenger thrown out said trapped inside ("was ejected from the vehicle" / "quedó atrapado")
    ("ejected", "trapped"): {
        "en": ("{was,were} ejected|{was,were} thrown from the {vehicle,car,truck,motorcycle}",
               "{was,were} trapped|{was,were} pinned"),
        "es": ("{salió,salieron,fue,fueron} {expulsado,expulsada,expulsados,expulsadas,despedido,despedida,despedidos,"
               "despedidas} del {vehículo,auto,carro,camión}|{salió,salieron} {proyectado,proyectada,proyectados} del "
               "{vehículo,auto,carro}",
               "{quedó,quedaron,estaba,estaban} {atrapado,atrapada,atrapados,atrapadas,prensado,prensada,prensados}"),
    },
    # a project's cost against its budget ("came in under budget" / "superó el presupuesto")
    ("under budget", "over budget"): {
        "en": ("{under,below} budget", "over budget|{exceeded,exceeds,will exceed} {the,its,their} budget"),
        "es": ("por debajo del presupuesto|{menos,menor} de lo presupuestado",
               "por encima del presupuesto|{superó,supera,superará,excedió,excede,rebasó,rebasa} {el,su} presupuesto|"
               "más de lo presupuestado"),
    },
    # a bear relocated said put down ("was relocated" / "fue sacrificado")
    ("relocated", "euthanized"): {
        "en": ("relocated", "euthanized|euthanised|put down|put to sleep|exterminated"),
        "es": ("reubicad{o,a,os,as}|{lo,la,los,las} reubicaron|{fue,fueron} reubicad{o,a,os,as}",
               "sacrificad{o,a,os,as}|{lo,la,los,las} sacrificaron|{fue,fueron} sacrificad{o,a,os,as}|"
               "exterminad{o,a,os,as}|"
               # (the verb before its animal: "sacrificaron al oso")
               "{sacrificó,sacrificaron,sacrificará,sacrificarán} {al,a la,a los,a las,a un,a una} {oso,osa,osos,"
               "coyote,coyotes,perro,perra,perros,gato,gatos,animal,animales,caballo,puma,lobo,venado,caimán,"
               "tiburón,ave,aves,águila,vaca,vacas,cerdo,cerdos,pollos,gallinas}|"
               "eutanasiad{o,a,os,as}|{le,les} aplicaron la eutanasia"),
    },
    # an official who will retire said fired ("will retire in June" / "será despedido en junio")
    ("retired", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    # an election certified said challenged ("The election was certified" / "fue impugnada")
    ("certified", "challenged"): {
        "en": ("{was,were,has been,have been,will be} certified|certified the {election,results,vote,signatures}",
               "{was,were,has been,have been,will be} {challenged,contested,disputed}|{challenged,contested,disputed} "
               "the {election,results,vote}"),
        "es": ("{fue,fueron,ha sido,han sido,será,serán} certificad{o,a,os,as}|{certificó,certificaron} {la elección,"
               "los resultados,la votación,las firmas}",
               "{rechazó,rechazaron,invalidó,invalidaron} las firmas|"
               "{fue,fueron,ha sido,han sido,será,serán} impugnad{o,a,os,as}|{impugnó,impugnaron} {la elección,"
               "los resultados,la votación}"),
    },
    # a runner who collapsed near the finish said the start ("the finish line" / "la línea de salida")
    ("finish line", "starting line"): {
        "en": ("finish line", "starting line|start line|starting gate"),
        "es": ("línea de meta|línea de llegada", "línea de salida|línea de partida"),
    },
    # (a fee waived said doubled: "Adoption fees will be waived" / "se duplicarán")
    ("free", "rose"): {"en": ("", ""), "es": ("", "")},
    ("free", "pay more"): {"en": ("", ""), "es": ("", "")},  # ("Tuition will be free" / "costará más")
    # (a size against a comparison's other: "smaller than expected" / "mayor de lo esperado")
    ("higher", "smaller"): {"en": ("", ""), "es": ("", "")},
    ("larger", "lower"): {"en": ("", ""), "es": ("", "")},
    ("cheered", "booed"): {  # a crowd
        "en": ("cheered|cheers|applauded|applauds|gave {him,her,them} a standing ovation",
               "booed|boos|jeered|jeers|heckled"),
        "es": ("aplaudi{ó,eron}|aplaude{,n}|ovacion{ó,aron}|vitore{ó,aron}", "abuche{ó,aron,a,an,ado,ada}"),
    },
    ("praised", "criticized"): {  # an official's word on a decision
        "en": ("praised|praises|praise|praising|hailed|hails|lauded|lauds|commended|commends|thanked|thanking|"
               "defended|defends|{was,were,is,are,will be} honored for",
               "criticized|criticised|criticizes|criticises|criticize|criticise|criticizing|criticising|slammed|"
               "blasted|condemned|condemns|denounced|denounces|faulted|"
               # (a health official's warning: "warned about the dangers of vaping" / "elogió los beneficios")
               "{warned,warns} {about,of} the {dangers,risks,harms}"),
        "es": ("elogi{ó,aron,a,an,ará,arán,ado,ada}|alab{ó,aron,a,an}|elogio{,s}|agradeci{ó,eron}|agradece{,n}|"
               "defendi{ó,eron}|defiende{,n}",
               "critic{ó,aron,a,an,ará,arán,ado,ada}|conden{ó,aron,a,an}|denunci{ó,aron}|reproch{ó,aron}|"
               "{advirtió,advirtieron,advierte,advierten} {sobre,de} los {peligros,riesgos,daños}"),
    },
    # a board's decision on a rule or a program: "voted to keep the mask mandate" / "votó para eliminar" (the decision
    # verb with it only: "keep" and "mantener" alone say much else)
    ("added", "abolished"): {  # days to a calendar, a route, a program (not "she added": what was said)
        "en": ("{will,would,to,plans to,voted to,decided to} add|"
               # (with what is added: "Bike lanes will be added" / "serán eliminados")
               "{lanes,lane,stops,stop,beds,classes,buses,trains,positions,seats} "
               "{will be,would be,were,was,have been,has been} added",
               "{lanes,lane,stops,stop,beds,classes,buses,trains,positions,seats} "
               "{will be,would be,were,was,have been,has been} {eliminated,removed}"),
        "es": ("{agregará,agregarán,añadirá,añadirán,sumará,sumarán,agregaría,añadiría}|"
               "{para ,}{agregar,añadir,sumar}",
               # (the future only: "fue eliminado" is a team's, ("clinched", "eliminated")'s)
               "{serán,será} eliminad{os,as,o,a}"),
    },
    # a vote ("unanimously" / "por un estrecho margen")
    ("unanimous", "narrow margin"): {"en": ("", ""), "es": ("", "")},
    # who an event or a place admits ("The museum is open to adults only" / "abierto a toda la familia")
    ("adults only", "all ages"): {
        "en": ("adults only|adults-only|for adults only|{21,18} and {over,older} only",
               "{for,to} all ages|{for,to} people of all ages|family-friendly|for the whole family|"
               "for the entire family|for families"),
        "es": ("solo para adultos|sólo para adultos|solo adultos|sólo adultos|exclusivo para adultos",
               "para todas las edades|a toda la familia|para toda la familia|para familias"),
    },
    ("adults only", "anyone"): {"en": ("", ""), "es": ("", "")},
    ("supports", "criticized"): {"en": ("", ""), "es": ("", "")},  # ("was endorsed by the union" / "fue criticado")  # ("open to all ages" reads as open to all)
    # a service restored said suspended ("Water service will be restored" / "será suspendido")
    ("restored", "suspended"): {"en": ("", ""), "es": ("", "")},
    ("kept", "abolished"): {
        "en": (_DECIDED["en"] + " to {keep,maintain,retain,preserve}|{will,would} {keep,maintain,retain,preserve}",
               _DECIDED["en"] + " to {end,eliminate,scrap,abolish,remove,ban}|"  # ("voted to repeal": opposes)
               "{will,would} {eliminate,scrap,abolish,repeal}|"
               "{requirement,requirements,mandate,mandates} {was,were,has been,have been,will be} "
               "{dropped,scrapped,eliminated,repealed}"),
        "es": (_DECIDED["es"] + " {para ,}{mantener,conservar,preservar}|"
               "{mantendrá,mantendrán,conservará,conservarán,mantendría,conservaría}",
               _DECIDED["es"] + " {para ,}{eliminar,abolir,suprimir,derogar,poner fin a,prohibir,retirar}|"
               "{eliminará,eliminarán,abolirá,suprimirá,derogará,derogarán,eliminaría}"),
    },
    ("expanded", "cut"): {  # a program, a service, a route ("recortó" is a fall, "amplió" a date put off)
        # (opening hours too: "extended its hours" / "redujo su horario")
        "en": ("expanded|expands|expand|{will,to} expand|expansion|"
               "{extended,extends,will extend,to extend} {its ,their ,the ,his ,her ,}" + _HOURS["en"],
               "scaled back|cut back|scaled down|discontinued|{will,to} discontinue|"
               # ("was eliminated" alone is a team's, ("clinched", "eliminated")'s)
               "{route,routes,program,programs,service,services} {was,were,will be,has been,have been} "
               "{eliminated,cut,scaled back,reduced}|"
               "{cut,cuts,reduced,reduces,shortened,shortens,will cut,will reduce,will shorten,to cut,to reduce,"
               "to shorten} {its ,their ,the ,his ,her ,}" + _HOURS["en"]),
        # ("se amplió" is expanded: folded, "amplió" is also "amplio", ample)
        "es": ("ampli{ar,a,an,ará,arán,aría,arían}|ampliad{o,a,os,as}|ampliación|expandir|"
               # (a route, a season made longer: "se ha alargado" / "has been shortened")
               "alargad{o,a,os,as}|alarg{ó,aron,ará,arán}|"
               "se {amplió,ampliaron,amplía,amplían,ampliará,ampliarán}|"
               "expand{e,en,ió,ieron,irá,iría}|expandid{o,a,os,as}|"
               "{amplió,ampliaron,extendió,extendieron,extiende,extienden,extenderá,extenderán} " + _HOURS["es"],
               # ("a bill to expand Medicaid" / "para recortar Medicaid"; "recortar" alone is a fall's)
               "recortad{o,a,os,as}|{fue,fueron,será,serán,ha sido,han sido} reducid{o,a,os,as}|{para,de} recortar|"
               "{eliminó,eliminaron,eliminará,eliminarán} {,las ,los ,varias ,varios ,dos ,tres }{rutas,vuelos,líneas,"
               "clases,funciones,salidas}|"
               "descontinuad{o,a,os,as}|descontinu{ó,aron,ará,arán}|"
               "{redujo,redujeron,reduce,reducen,reducirá,reducirán,recortó,recortaron,recorta,recortan,recortará,"
               "recortarán,acortó,acortaron,acorta,acortan,acortará,acortarán} " + _HOURS["es"]),
    },
    ("postponed", "shortened"): {  # a deadline, hours, a season
        "en": (_POSTPONED["en"], "shortened|shortens|{will,to} shorten|cut short"),
        "es": (_POSTPONED["es"], "acort{ó,aron,ará,arán,ado,ada,ar}|se acortó"),
    },
    ("sunrise", "sunset"): {  # when a park opens or closes, a curfew
        "en": ("sunrise|dawn|daybreak", "sunset|dusk|nightfall|sundown"),
        "es": ("amanecer|alba|salida del sol", "atardecer|anochecer|puesta del sol|ocaso"),
    },
    ("improved", "worsened"): {  # a patient, the weather, a drought, the economy (verbs only: "mejor" is better)
        # (a drought, a shortage: "is expected to ease"; "ease" alone is also a rule relaxed, "with ease")
        "en": ("improved|improves|improve|improving|improvement{,s}|"
               "{will,would,should,could,to} ease|{has,have,had} eased|{is,are} easing|"
               "{reduced,reduces,eased,eases,relieved,relieves,alleviated} {,the }symptoms",
               "worsened|worsens|worsen|worsening|deteriorated|deteriorates|deteriorate|deteriorating|"
               "{got,gets,get,getting} worse"),
        "es": ("mejor{ó,aron,a,an,ará,arán,e,en,ando,ado,ada,ados,adas}|mejoría|"
               "{redujo,reduce,redujeron,alivió,alivia,aliviaron} los síntomas",
               "empeor{ó,aron,a,an,ará,arán,e,en,ando,ado,ada,ados,adas}|deterior{ó,aron,a,an,ará,arán,e,en,ando,ado,"
               "ada,ados,adas}|deterioro|"
               # (a drought, a crisis: "se ha agravado"; "agravado" alone is a charge's degree)
               "se {ha,han,había,habían} agravado|se agrav{ó,aron,a,an,ará,arán}"),
    },
    ("opened", "closed"): {
        "en": ("opened|opens|open|reopened|reopens|reopen|reopening|{will,to} open|{remain,remains,remained} open|"
               "{stay,stays} open|{continued,continues,kept,keeps} {operating,running}|{remained,remains} in operation|"
               "{will close,closes,close} later",  # (open longer: "will stay open later" / "cerrará más tarde")
               "closed|closes|close at|{will not,won't,won’t,did not,didn't,didn’t,does not,doesn't,doesn’t} close|"
               "shut|shuts|shut down|{will,to} close|{remain,remains,remained} closed|"
               "{stay,stays} closed|impassable"),
        "es": ("{,re}abr{ió,ieron,e,en,irá,irán,a,an,iría,irían}|abiert{o,a,os,as}|"
               # (a show's or a building's opening: "The exhibit closes on Sunday" / "se inaugura")
               "{,se }inaugur{ó,aron,a,an,ará,arán}|inaugurad{o,a,os,as}|"
               "{volvió,volvieron,volverá,volverán} a abrir{,se}|"
               "{siguió,sigue,siguen,siguieron,continuó,continúa,continuaron} {funcionando,operando}|"
               "{para,de} {,re}abrir|" + _PLANS_TO + " {,re}abrir|"  # ("votó para abrir", "el plan de cerrar")
               "{cerrará,cerrarán,cierra,cierran} más tarde",
               "cerr{ó,aron,ará,arán,aría,arían}|cierra{,n}|cerrad{o,a,os,as}|"
               "{volvió,volvieron,volverá,volverán} a cerrar{,se}|"
               "se cerr{ó,aron,ará,arán}|{para,de} cerrar|" + _PLANS_TO + " cerrar|intransitable{,s}|"
               "{está,están,estaba,estaban} cerrando"),  # ("El hospital está cerrando su unidad pediátrica")
    },
    # a state with its bound: "will be closed through the end of the month" / "estará abierto hasta fin de mes". An
    # opening's bound is left unread ("reabrirá hasta el lunes" opens on Monday; see ``events``), a state's is not:
    # "closed until Monday" against "reabrirá el lunes" says the same, against "abierto hasta el lunes" the opposite
    # (or with no verb, a schedule's line: "Pools: closed until Jan. 2." / "Piscinas: abiertas hasta el 2 de enero.")
    ("open until", "closed until"): {
        "en": ("{" + _BEING["en"][1:-1] + ",} open {until,through,till}",
               "{" + _BEING["en"][1:-1] + ",} closed {until,through,till}"),
        "es": ("{" + _BEING["es"][1:-1] + ",} abiert{o,a,os,as} hasta",
               "{" + _BEING["es"][1:-1] + ",} cerrad{o,a,os,as} hasta"),
    },
    ("issued", "lifted"): {  # an order, an advisory, a curfew ("levantó" alone is also raised: with its noun only)
        "en": ("issued|issues|{will,to} issue|imposed|imposes|{will,to} impose|{went,goes,go} into effect|"
               "{takes,took,will take} effect|"
               "{approved,approves,will approve} a curfew|"
               "{declared,declares,will declare,to declare} {a,an,the} {state of emergency,emergency,curfew,burn ban,"
               "state of disaster,disaster,water emergency,drought emergency,public health emergency,"
               "health emergency}|"
               # (still standing: "The boil-water notice remains in effect" / "El aviso fue levantado")
               "{remains,remain,remained,is still,are still,is,are} in effect|"
               "{order,orders,warning,warnings,advisory,advisories,curfew,ban,restrictions,rule,rules,policy,policies,"
               "law,laws,requirement,requirements,mandate,mandates,limits} {remain,remains,remained,will remain} "
               "in place|"
               # (an order widened stands: "The evacuation order was expanded" / "fue levantada")
               "{expanded,extended,widened} the {evacuation order,order,orders,warning,advisory,curfew}|"
               "{order,orders,warning,advisory,watch,curfew} {was,were,has been,have been} {expanded,widened,extended}|"
               # (a watch raised to a warning: "The flood watch was upgraded to a warning" / "fue cancelada")
               "upgraded to a {warning,watch,advisory}",
               "lifted|lifts|{will,to} lift|rescinded|rescinds|{will,to} rescind|"
               "{canceled,cancelled,deactivated} the {alert,Amber Alert,advisory,warning}|"
               "{alert,Amber Alert,advisory,warning} {was,has been} {canceled,cancelled,deactivated}|"
               "{is,are,was,were,will be} no longer in effect"),
        "es": ("emit{ió,ieron,e,en,irá,irán}|se emit{ió,ieron,e,en,irá,irán}|emitid{o,a,os,as}|"
               # ("el impuesto", "los impuestos": a tax; "impuesto" imposed after its auxiliary only)
               "impus{o,ieron}|impuest{a,as}|{fue,fueron,ha,han,había,habían,sido,será,serán} impuest{o,os}|"
               "impone{,n}|impondr{á,án}|"  # (a headline's present: "La ciudad impone restricciones")
               "entr{a,an,ó,aron,ará,arán} en vigor|"
               "{sigue,siguen,continúa,continúan,permanece,permanecen} {vigente,vigentes,en vigor}|"
               "{orden,órdenes} de {evacuación,desalojo} {fue,fueron,ha sido,han sido} ampliad{a,as}|"
               "{amplió,ampliaron,extendió,extendieron} la orden de {evacuación,desalojo}|"
               "se {amplió,ampliaron} la orden de {evacuación,desalojo}|"
               "declar{ó,aron,ará,arán} {el,un} {estado de emergencia,estado de desastre,toque de queda}",
               "se levant{ó,aron,ará,arán}|{fue,fueron,ha sido,han sido,será,serán} levantad{o,a,os,as}|"
               "levant{ó,aron,ará,arán,ar} {el,la,los,las} {orden,órdenes,aviso,avisos,toque,alerta,restricción,"
               "restricciones,prohibición,suspensión,emergencia,estado,declaración}|"
               "{canceló,cancelaron,desactivó,desactivaron} {la,el} {alerta,Alerta,aviso}|"
               "{alerta,aviso,vigilancia,advertencia} {,de inundaciones ,de inundación ,de tormenta ,de tornado ,"
               "de huracán ,de calor }{fue,ha sido} {cancelada,cancelado,levantada,levantado}|"
               "{eliminó,eliminaron,eliminará,eliminarán} el toque de queda|"
               "rescind{ió,ieron,e,en,irá,irán}|revoc{ó,aron,ará,arán}|"
               "{fue,fueron,ha sido,han sido,será,serán} revocad{o,a,os,as}|"
               "{fue,fueron,ha sido,han sido,será,serán} derogad{o,a,os,as}|derog{ó,aron}|"
               # (a rule that ends: "Las reglas anteriores quedarán sin efecto")
               "{queda,quedan,quedó,quedaron,quedará,quedarán} sin efecto|"
               "{dejó,dejaron,dejará,dejarán,deja,dejan} de estar {vigente,vigentes,en vigor}"),
    },
    ("kept", "lifted"): {"en": ("", ""), "es": ("", "")},  # a curfew, a ban ("voted to keep" / "votó para levantar")
    # a law changed said repealed ("was passed in 1996 and amended in 2010" / "se derogó en 2010")
    ("amended", "lifted"): {
        "en": ("amended|amends|{will,to,would} amend", ""),
        "es": ("enmend{ó,aron,ará,arán}|enmendad{o,a,os,as}|se {enmendó,enmendaron,enmendará,reformó,reformaron,"
               "reformará}|{fue,fueron,será,serán,ha sido,han sido} reformad{o,a,os,as}", ""),
    },
    ("resumed", "suspended"): {  # classes, service, a search
        "en": (_RESUMED["en"], "suspended|suspends|suspend|{will,to} suspend|halted|halts|{will,to} halt|paused|"
               "{will,to} pause"),
        "es": (_RESUMED["es"],
               "suspend{ió,ieron,e,en,erá,erán,er,ería,erían}|suspendid{o,a,os,as}|"
               "se suspend{ió,ieron,e,en,erá,erán,ería,erían}"),
    },
    ("resumed", "cancelled"): {"en": (_RESUMED["en"], _CANCELLED["en"]), "es": (_RESUMED["es"], _CANCELLED["es"])},
    # (classes, a season, a trial: "Classes resume Aug. 14" / "Las clases terminan el 14 de agosto")
    ("resumed", "ended"): {"en": (_RESUMED["en"], _ENDED["en"]), "es": (_RESUMED["es"], _ENDED["es"])},
    # an event that went ahead, said called off ("was held" is left out: a suspect is held too)
    ("cancelled", "held"): {
        "en": (_CANCELLED["en"], "went ahead|took place|{will,would} take place|{will,would} go ahead|went on as "
               "{planned,scheduled}|{was,were,will be,has been,have been} moved {indoors,inside}|"
               "{will be,was,were} held {indoors,inside}|rain or shine|"
               # (an event held, with its noun: "was held" alone is a detainee's too, "held in the county jail")
               "{election,elections,vote,runoff,primary,meeting,meetings,hearing,event,festival,parade,ceremony,"
               "concert,fair,celebration,vigil,race,forum,debate,service,memorial,funeral} {will be,would be,was,were,"
               "is,are} held"),
        "es": (_CANCELLED["es"], "se {llevó,llevaron,llevará,llevarán} a cabo|{tuvo,tuvieron,tendrá,tendrán} lugar|"
               "llueva o truene|{haga sol o llueva,llueva o haga sol,con lluvia o sin ella,llueva o no}|"
               "{siguió,siguieron,seguirá,seguirán} adelante|se celebr{ó,aron,ará,arán}|"
               "se {jugó,jugaron,disputó,disputaron} {bajo la lluvia,a pesar de la lluvia}|"
               "{fue,fueron,será,serán,ha sido,han sido} trasladad{o,a,os,as} "
               "{al interior,bajo techo,a un lugar cerrado}|"
               "se {realizó,realizará,celebró,celebrará,hizo,hará,llevó a cabo,llevará a cabo} bajo techo"),
    },
    ("suspended", "expelled"): {  # a student
        "en": ("suspended", "expelled|expels|expel"),
        "es": ("suspendid{o,a,os,as}", "expulsad{o,a,os,as}|expuls{ó,aron,ará,arán}"),
    },
    ("restored", "cut off"): {  # power, water, a service
        "en": ("restored|{will,to} restore|{is,was,were,been} back on",
               "cut off|shut off|knocked out|{was,were,been,is,are} cut"),
        # (the future too: "restablecerá el servicio" against "will shut off power")
        "es": ("restablecid{o,a,os,as}|restableci{ó,eron}|se restablec{ió,ieron,erá,erán}|restaurad{o,a,os,as}|"
               "restablecer{á,án} el servicio",
               "cortad{o,a,os,as}|cort{ó,aron,ará,arán}|se cort{ó,aron}|sin {luz,electricidad,servicio,agua}"),
    },
    ("hospitalized", "discharged"): {  # a patient
        # ("was admitted to Mercy Hospital": a hospital's name after it; against "dado de alta" only)
        "en": ("hospitalized|hospitalised|admitted to {the,a} hospital|"
               "{was,were,has been,have been,had been} admitted to", _DISCHARGED["en"]),
        "es": ("hospitalizad{o,a,os,as}|ingresad{o,a,os,as}|internad{o,a,os,as}|"
               "{ingresó,ingresaron} {en el,al,en un,a un} hospital|"
               # (the hospital the subject: "El hospital ingresó al paciente")
               "{ingresó,ingresaron,ingresará,ingresarán} {al,a la,a los,a las} {paciente,pacientes,hombre,mujer,"
               "niño,niña,víctima,víctimas,herido,heridos}|"
               "{sigue,siguen,permanece,permanecen,continúa,continúan} en el hospital", _DISCHARGED["es"]),
    },
    ("dead", "discharged"): {"en": (_DEAD["en"], _DISCHARGED["en"]), "es": (_DEAD["es"], _DISCHARGED["es"])},
    # ("The patient was put on a ventilator" / "El paciente fue dado de alta")
    ("on a ventilator", "discharged"): {"en": ("", ""), "es": ("", "")},
    ("hospitalized", "outpatient"): {  # a patient admitted, or treated and sent home
        "en": ("", "outpatient|treated and released"),
        "es": ("", "ambulatori{o,a,os,as}|de forma ambulatoria|atendid{o,a,os,as} y dad{o,a,os,as} de alta"),
    },
    ("over budget", "under budget"): {  # a project's cost
        "en": ("over budget|over-budget|above budget", "under budget|under-budget|below budget"),
        "es": ("{por encima,encima,más allá} del presupuesto|sobre el presupuesto|excedid{o,a,os,as} del presupuesto",
               "por debajo del presupuesto"),
    },
    ("filed for bankruptcy", "emerged from bankruptcy"): {  # a company
        "en": ("{filed,files,file,filing} for bankruptcy|{went,go,goes} bankrupt|declared bankruptcy",
               "{emerged,emerges,emerge,emerging} from bankruptcy|{came,comes,come} out of bankruptcy"),
        "es": ("{se declaró,se declararon,se declara,declaró,declararon} en {quiebra,bancarrota}|"
               "{solicitó,solicitaron,solicita,pidió,pidieron,se acogió,se acogieron} {a la,la} {quiebra,bancarrota}|"
               "{presentó,presentaron} {una solicitud de ,}{quiebra,bancarrota}",
               "{salió,salieron,sale,salen,saldrá} de {la quiebra,la bancarrota}|"
               "{superó,superaron} {la quiebra,la bancarrota}"),
    },
    ("diverted", "cancelled"): {  # a flight
        "en": ("diverted|rerouted", ""), "es": ("desviad{o,a,os,as}|desvi{ó,aron}", ""),
    },
    ("vaccinated", "unvaccinated"): {
        "en": ("vaccinated|fully vaccinated|immunized|immunised",
               "unvaccinated|unimmunized|" + _denied("vaccinated", "en")),
        "es": ("vacunad{o,a,os,as}", _denied("vacunad{o,a,os,as}", "es") + "|sin vacunar|sin vacuna{,s}"),
    },
    ("strengthened", "weakened"): {  # a storm
        "en": ("strengthened|strengthens|intensified|intensifies|{will,to} {strengthen,intensify}|"
               "{gained,gains,gaining} strength",
               "weakened|weakens|{will,to} weaken|lost strength|downgraded to|depreciated|devalued"),  # (not "demoted")
        "es": ("se {fortaleció,fortalece,fortalecerá,fortalezca,intensificó,intensifica,intensificará,intensifique}|"
               "{ganó,cobró} fuerza",
               "se {debilitó,debilita,debilitará,debilite,depreció,devaluó}|perdió fuerza|"
               "{fue,ha sido} degradad{o,a} a|se degrad{ó,a} a|{bajó,baja} de categoría"),
    },
    # a suspect held, or shot dead by the police ("fue abatido"; "abatido" alone is also downcast). Not any death: a
    # story tells of some killed and others arrested ("shot dead six of the abductors and taken two as prisoners")
    ("arrested", "killed by police"): {
        "en": ("", "{shot and killed,shot dead,fatally shot,killed} by {police,officers,deputies,an officer,a deputy,"
                   "a trooper,troopers,federal agents}"),
        "es": ("", "{fue,fueron,resultó,resultaron,ha sido,han sido} abatid{o,a,os,as}|"
                   "{muerto,muerta,muertos,muertas} a tiros por {la policía,agentes,un agente}"),
    },
    ("alive", "killed by police"): {"en": ("", ""), "es": ("", "")},
    ("arrested", "escaped"): {  # a suspect held, or on the run
        "en": ("{is,are,was,were,remains,remained} in custody|taken into custody|captured",
               "escaped|on the run|at large|"
               # (a search for a suspect goes on: "Police are still searching for the suspect" / "ya arrestó")
               "still {searching,looking} for {the,a,two,three} {suspect,suspects,gunman,shooter,shooters,robber,"
               "robbers}|"
               "{are,is,were,was} {searching,looking} for {the,a,two,three} {suspect,suspects,gunman,shooter,shooters,"
               "robber,robbers,man,men,woman,women,attacker,attackers,killer,thief,thieves}|"
               "{are,is,were,was} {searching,looking} for {a second,the second,a third,the third,the other,another,"
               "the remaining} {suspect,suspects,gunman,shooter,robber,attacker}"),
        "es": ("bajo custodia|{fue,fueron} detenid{o,a,os,as}|"
               "{fue,fueron,ha sido,han sido} {capturad,aprehendid}{o,a,os,as}|captur{ó,aron}",
               "escap{ó,aron}|se {fugó,fugaron}|prófug{o,a,os,as}|"
               "{sigue,siguen,continúa,continúan} {buscando al,buscando a los,en busca del,en busca de los} "
               "{sospechoso,sospechosos,tirador,pistolero,asaltante,asaltantes}|"
               "{busca,buscan,buscaba,buscaban,está buscando,están buscando} {al,a los,a un,a una,a dos,a tres} "
               "{sospechoso,sospechosos,tirador,pistolero,asaltante,asaltantes,hombre,hombres,mujer,mujeres,agresor,"
               "agresores,asesino,ladrón,ladrones}"),
    },
    ("hired", "fired or laid off"): {
        # (a player signed: "to a two-year contract"; "despidieron" is released)
        "en": ("hired|hires|hire|hiring|{recruit,recruits,recruited,will recruit} {,more ,new }"
               "{workers,soldiers,officers,teachers,nurses,staff,employees}|"
               "to a {one,two,three,four,five,six,seven,multi,multiple}-year "
               "{contract,deal,extension}|{found,finds,landed,lands,got,gets} {a job,work,a new job}",
               # (a person's job: "lost their jobs" is an economy's, a fall ("gained", "lost"))
               _LAID_OFF["en"] + "|{lost,loses,lose,losing} {his,her,their} job"),
        "es": ("contrat" + _AR_VERB + "|contratar|contratando|"  # ("planea contratar": "plans to hire")
               "{consiguió,consiguieron,encontró,encontraron} {trabajo,empleo,un trabajo,un empleo,un nuevo trabajo}",
               _LAID_OFF["es"] + "|{perdió,perdieron,pierde,pierden,perderá,perderán} su {trabajo,empleo}"),
    },
    ("on leave", "fired or laid off"): {  # an employee placed on leave, said fired
        "en": ("{placed,is,was,remains,remained,been} on {paid,unpaid,administrative,medical} leave|"
               "{placed,is,was,remains,remained,been} on leave", _LAID_OFF["en"]),
        "es": ("{de,con} licencia|licencia {administrativa,con goce de sueldo,sin goce de sueldo,pagada}|"
               "permiso administrativo", _LAID_OFF["es"]),
    },
    ("resigned", "fired or laid off"): {  # an official who left said fired, and the other way
        "en": (_RESIGNED["en"], "{was,were,been,is,be,being} {fired,ousted,dismissed,terminated,let go}|"
               + _LAID_OFF["en"]),
        "es": (_RESIGNED["es"], _LAID_OFF["es"] + "|destituid{o,a,os,as}|destitu{yó,yeron,ir}"),
    },
    # an official leaving and one taking office ("will step down at the end of the year" / "asumirá el cargo")
    ("resigned", "took office"): {
        "en": (_RESIGNED["en"], "{take,takes,took,taking} office|{assume,assumes,assumed,assuming} {office,the post,"
                                "the position,the role,the presidency}|{was,were,will be,is,be} sworn in"),
        "es": (_RESIGNED["es"], "asum{ió,ieron,irá,irán,e,en,ir} {el cargo,la presidencia,sus funciones,el puesto}|"
                                "{tomó,tomará,tomaron,tomarán,toma,toman} posesión|"
                                "{prestó,prestará,prestaron} juramento|juramentad{o,a,os,as}"),
    },
    ("resigned", "retired"): {  # a resignation said a retirement ("se retiró" also steps down: not read)
        "en": (_RESIGNED["en"], "retire|retires|retired|retiring|retirement"),
        "es": (_RESIGNED["es"], "jubil{ó,aron,ará,arán,arse,ado,ada,ados,adas,ación,aciones}|se jubila{,n}"),
    },
    ("first", "last"): {  # the first time, or the first of a series ("the first flu death of the season" / "la última")
        # (a standing: "The team is in last place" / "en primer lugar"; not "in the first place", originally)
        # (a team's game: "the team's last game" / "el primer partido del equipo")
        "en": ("first time|first-ever|first ever|{the,its,his,her,their} {first,first time}|{in,into} first place|"
               "first {game,games,match,race,home game,home games}",
               "last time|final time|{the,its,his,her,their} {last,final,last time,final time}|{in,into} last place|"
               "{last,final} {game,games,match,race,home game,home games}"),
        "es": ("primera vez|por vez primera|{el,la,los,las,su,sus,del,al} {primer,primera,primero,primeros,primeras}|"
               "la primera vez|en {el ,}{primer lugar,primer puesto}",
               "última vez|por vez última|{el,la,los,las,su,sus,del,al} {último,última,últimos,últimas}|la última vez|"
               "en {el ,}{último lugar,último puesto}"),
    },
    ("primary election", "general election"): {  # ("primary" alone is also main, or an elementary school)
        "en": ("primary election{,s}|primaries|{democratic,republican,party,presidential,gubernatorial,congressional,"
               "mayoral,open,closed} primary", "general election{,s}"),
        "es": ("{elección,elecciones} primaria{,s}|{la,las} primarias|primarias {demócratas,republicanas,"
               "presidenciales,del partido}", "{elección,elecciones} general{,es}"),
    },
    ("sold out", "available"): {  # tickets, a show ("agotado" alone is also exhausted: with its verb)
        "en": ("sold out|sold-out|sells out|{will,to} sell out",
               "tickets {are,remain} available|still available|tickets {remain,are still} on sale|"
               "{go,goes,went,will go} on sale"),
        "es": ("{está,están,estaban,quedaron,quedó} agotad{o,a,os,as}|se agot{ó,aron,an}|"
               "no {quedan,hay,quedaban,había} {boletos,entradas}|"
               "{boletos,entradas} agotad{o,a}s",
               "{boletos,entradas} disponibles|{todavía,aún} {hay,quedan} {boletos,entradas}|"
               "{boletos,entradas} {siguen,todavía están,aún están,siguen estando} disponibles|"
               "{todavía,aún,} {hay,quedan} {muchas,algunas,pocas} {entradas,boletos}|"
               "{quedaron,quedaban} {muchos,muchas,algunos,algunas} {boletos,entradas}|"
               "{sale,salen,salió,salieron,saldrá,saldrán} a la venta"),
    },
    ("clinched", "eliminated"): {  # a team's place in the playoffs
        # (through to a round: the round is read on its own, ``_ROUND_AFTER``)
        "en": ("clinched|clinches|{will,to} clinch|{advanced,advances,advance,will advance} to the|"
               "{qualified,qualifies,will qualify} for the",
               "{was,were,been,are,is,be} eliminated|eliminated from"),
        "es": ("{aseguró,aseguraron,asegura,aseguran} {su,un,el} {lugar,boleto,pase,puesto}|"
               "{avanzó,avanzaron,avanza,avanzan,avanzará,pasó,pasaron,pasa,pasan,pasará,se clasificó,se clasificaron,"
               "se clasifica,se clasifican} a {la,las,los}",
               "{quedó,quedaron,fue,fueron,ha sido,han sido,quedan,queda} eliminad{o,a,os,as}"),
    },
    ("runoff", "general election"): {  # ("desempate" alone is also a game's tiebreaker)
        "en": ("runoff{,s}|run-off{,s}", ""), "es": ("segunda vuelta|balotaje|{elección,elecciones} de desempate", ""),
    },
    ("runoff", "primary election"): {"en": ("", ""), "es": ("", "")},
    ("unofficial results", "official results"): {  # an election's count, before or after it is certified
        "en": ("{unofficial,preliminary,early} {results,returns,count,tally}",
               "{official,final,certified} {results,returns,count,tally}"),
        "es": ("{resultados,conteo,recuento,escrutinio} {no oficiales,no oficial,extraoficiales,extraoficial,"
               "preliminares,preliminar}",
               "{resultados,conteo,recuento,escrutinio} {oficiales,oficial,definitivos,definitivo,certificados}"),
    },
    ("in-state", "out-of-state"): {  # tuition, students, visitors (the state's own are "del estado": not read)
        # (and local workers: "employs mostly local workers" / "trabajadores de otros estados")
        "en": ("in-state|{a,the} local {firm,company,contractor,business}|local {workers,employees,hires,contractors}",
               "out-of-state"),
        "es": ("{una,la} {empresa,compañía,firma,contratista} local|{trabajadores,empleados,contratistas} locales",
               "de otros estados|de fuera del estado|de otro estado"),
    },
    ("born abroad", "born in the country"): {  # residents, a candidate, a victim
        "en": ("born {outside,abroad,overseas,outside of}|foreign-born",
               "native-born|born in the {United States,U.S.,US,country}"),
        "es": ("{nació,nacieron,nacido,nacida,nacidos,nacidas} {fuera,en el extranjero,en otro país,en otros países}",
               "{nació,nacieron,nacido,nacida,nacidos,nacidas} en {Estados Unidos,EE.UU.,EEUU,el país}"),
    },
    ("runoff", "recount"): {  # a close race: counted again, or voted again
        "en": ("", "recount{,s}|re-count{,s}"), "es": ("", "recuento{,s}|reconteo{,s}"),
    },
    ("mail ballot", "provisional ballot"): {  # a ballot by mail, or one cast while eligibility is checked
        "en": ("{absentee,mail-in,mail,mailed} {ballot,ballots}|{absentee,mail-in} {vote,voting}|{vote,voting} by mail",
               "provisional {ballot,ballots,vote,votes}"),
        "es": ("{boleta,boletas,papeleta,papeletas} {por correo,de voto ausente,para votar por correo,en ausencia}|"
               "{voto,votos,votación} {por correo,en ausencia,ausente}",
               "{boleta,boletas,papeleta,papeletas,voto,votos} provisional{,es}"),
    },
    ("early voting", "election day"): {
        "en": ("early voting|early vote|vote early|early ballots", "election day"),
        "es": ("{votación,voto} {anticipada,anticipado,temprana,temprano}|votar {anticipadamente,temprano}",
               "día de {las,la} {elecciones,elección}|jornada electoral"),
    },
    ("intensive care", "emergency room"): {  # where a patient is
        "en": ("ICU|intensive care{, unit}", "emergency room{,s}|emergency department{,s}|ER"),
        "es": ("{unidad de ,}cuidados intensivos|UCI|terapia intensiva",
               "sala{,s} de {emergencias,urgencias}|{servicio,departamento} de {emergencias,urgencias}"),
    },
    # a patient moved out of intensive care said admitted to it ("was released from intensive care" / "ingresó a
    # cuidados intensivos")
    ("intensive care", "out of intensive care"): {
        "en": ("", "{released,discharged,moved,transferred,came} {out of,from} {the ,}{ICU,intensive care unit,"
                   "intensive care}|out of {the ,}{ICU,intensive care}"),
        "es": ("", "{salió,salieron,sale,salen,saldrá} de {la unidad de cuidados intensivos,cuidados intensivos,"
                   "la UCI,terapia intensiva}|{fue,fueron} {trasladad,dad}{o,a,os,as} {de alta ,}de "
                   "{la unidad de cuidados intensivos,cuidados intensivos,la UCI,terapia intensiva}|"
                   "fuera de {la unidad de cuidados intensivos,cuidados intensivos,la UCI,terapia intensiva}"),
    },
    ("bought", "sold"): {
        # (not the infinitives: "could be purchased" / "se podría vender" is one sale, told from its other side)
        "en": ("bought|buys|purchased|purchases|acquired|acquires|{will,would} buy|"
               # (the infinitive with a home of one's own: "helped families buy their first home")
               "{buy,buying,purchase,purchasing} {a,their,his,her,the,its} {,first }{home,house,homes,houses}",
               "sold|sells|selling|{will,would} sell"),
        "es": ("compr{ó,aron,ará,arán,ado,ada,ados,adas}|adquiri{ó,eron,rá,rán,do,da}|"
               "{comprar,adquirir} {su,sus,una,la} {,primera }{vivienda,viviendas,casa,casas}",
               "vend{ió,ieron,e,en,erá,erán,ido,ida,idos,idas}"),
    },
    ("graduated", "dropped out"): {  # a student
        "en": ("graduated|graduates from|graduate from|graduation", "dropped out|drop out|drops out|dropout{,s}"),
        "es": ("se gradu{ó,aron,ará,arán}|graduad{o,a,os,as}|graduación|egres{ó,aron}",
               "abandon{ó,aron} {la escuela,los estudios,la preparatoria,la secundaria,la universidad}|"
               "dej{ó,aron} {la escuela,los estudios}|deserción escolar|tasa{,s} de {deserción,abandono escolar}"),
    },
    ("predeceased", "survived by"): {  # an obituary's family
        "en": ("predeceased by|preceded in death by", "survived by|is survived|are survived"),
        "es": ("le {precedió,precedieron,antecedió,antecedieron} en la muerte|precedid{o,a} en la muerte por",
               "le {sobrevive,sobreviven}|sobrevivid{o,a} por|l{e,a,o} sobrevive{,n}"),
    },
    ("nonprofit", "for-profit"): {
        "en": ("nonprofit{,s}|non-profit{,s}|not-for-profit", "for-profit"),
        "es": ("sin {fines,ánimo} de lucro|no lucrativ{o,a,os,as}", "con {fines,ánimo} de lucro"),
    },
    ("alive", "dead"): {
        # (a recovery expected: "is expected to make a full recovery" / "se espera que muera")
        # ("was rescued", in English only: "el cuerpo fue rescatado" is a body recovered)
        "en": ("alive|survived|survives|survivor{,s}|found safe|safe and sound|{make,made,makes} a full recovery|"
               "expected to {recover,survive}|{was,were} rescued", _DEAD["en"]),
        "es": ("viv{o,a,os,as}|con vida|sobreviv{ió,ieron,e}|sobreviviente{,s}|superviviente{,s}|san{o,a,os,as} y "
               "salv{o,a,os,as}|a salvo|se recuper{e,en,ará,arán}|sobreviv{a,an,irá,irán}", _DEAD["es"]),
    },
    ("dead", "injured"): {"en": (_DEAD["en"], _INJURED["en"]), "es": (_DEAD["es"], _INJURED["es"])},  # a crash's toll
    # an outbreak's toll ("The outbreak sickened 40 people" / "El brote mató a 40 personas")
    ("sickened", "dead"): {"en": ("sickened|{has,have} sickened", ""),
                           "es": ("enferm{ó,aron} a|{ha,han} enfermado a|{causó,provocó} enfermedades a", "")},
    ("dead", "badly hurt"): {"en": (_DEAD["en"], _BADLY_HURT["en"]), "es": (_DEAD["es"], _BADLY_HURT["es"])},
    ("missing", "found"): {  # a person searched for ("was reported missing" / "fue encontrada")
        "en": ("{reported,remains,remain,remained,is,are,was,were,still,went,go,goes} missing",
               # (the participle alone is read in Spanish only: "encontrada herida" keeps its own longer reading; the
               # English "found" is a finding as often, "a study found", and is read only of a person: "The girl has
               # been found" / "sigue desaparecida")
               "{girl,boy,man,woman,child,children,teen,teenager,hiker,hikers,toddler,student,swimmer,woman's body,"
               "man's body} {has been,have been,was,were} {found,located}"),
        "es": ("{sigue,siguen,seguía,seguían,continúa,continúan,permanece,permanecen,está,están,estaba,estaban} "
               "desaparecid{o,a,os,as}|reportad{o,a,os,as} {como ,}desaparecid{o,a,os,as}|"
               # (a search with no result yet: "sigue sin ser encontrada", "no ha sido localizado")
               "{sigue,siguen,seguía,seguían,continúa,continúan} sin ser {encontrad,localizad,hallad}{o,a,os,as}|"
               "no {ha,han} sido {encontrad,localizad,hallad}{o,a,os,as}",
               "{encontrad,localizad,hallad}{o,a,os,as}"),
    },
    ("alive", "missing"): {"en": ("", ""), "es": ("", "")},  # ("found safe" / "sigue desaparecida")
    ("supports", "opposes"): {
        "en": ("supports|supported|support|in {favor,favour}|endorses|endorsed|endorsing|"
               "{welcomed,welcome,welcomes} the {decision,ruling,plan,proposal,news,move,announcement,new,agreement,"
               "deal,bill,measure,change,changes}|"
               "{approve,approves,approved} of|"
               "{voted,vote,votes,voting} {for,yes,to}",
               "opposes|opposed|oppose|opposing|reject{,s,ed}|disapprove{,s,d}|dissenting vote{,s}|dissented|"
               "{spoke,speak,speaks,spoken,testified,testify,rallied,protested,argued,argue,argues} against|"
               "{voted,vote,votes,voting} {against,no,not to,"
               "to reject,to deny,to oppose,to block,to kill,to repeal}"),
        "es": ("apoy{a,an,ó,aron,ará,aba,aban}|respald{a,an,ó,aron,aba,aban}|a favor|aprueb{a,an}|"
               "{dio,dieron,da,dan} la bienvenida {a la,al} {decisión,fallo,plan,propuesta,noticia,anuncio,acuerdo,"
               "nuevo,nueva,medida,proyecto,cambio}|"
               "{acogió,acogieron,recibió,recibieron} con {agrado,beneplácito,satisfacción}",
               "se op{one,onen,uso,usieron,ondrá,onía,onían}|en contra|rechaz{a,an,ó,aron,ar}|desaprueb{a,an}|"
               "voto disidente|"
               "desaprob{ó,aron,aba,aban}|no aprueb{a,an}|"
               "{votó,votaron,vota,votan,votará,votarán} {para no,por no}"),
    },
    # a vote abstained from, said cast for or against ("voted against the bill" / "se abstuvo en la votación")
    ("abstained", "supports"): {
        "en": ("abstained|abstains|abstain|abstaining|abstention{,s}", ""),
        "es": ("se {abstuvo,abstuvieron,abstiene,abstienen,abstendrá,abstendrán}|abstenci{ón,ones}", ""),
    },
    ("abstained", "opposes"): {"en": ("", ""), "es": ("", "")},
    ("arrested", "released"): {
        "en": ("arrested|arrests|{police,officers,deputies,agents,troopers} arrest|detained|detains|jailed|"
               "{was,were,been} booked into|{remains,remained,remain,has been,have been,had been} {in jail,in custody,"
               "behind bars}|"
               "held without {bail,bond}|{is,are,was,were} being held {in,at}|"
               "held in {the,a} {county,city,federal} {jail,detention center}|sent to {jail,prison}",
               "released|releases|{police,officers,deputies,agents,troopers} release|freed|frees"),
        "es": ("arrest" + _AR_VERB + "|det{uvo,uvieron,iene,ienen}|detenid{o,a,os,as}|encarcelad{o,a,os,as}|"
               "enviad{o,a,os,as} a {la cárcel,prisión}|"
               "{permanece,permanecen,permaneció,permanecieron,sigue,siguen} {en la cárcel,en prisión,bajo custodia,"
               "tras las rejas}",
               "liber" + _AR_VERB + "|puest{o,a,os,as} en libertad|solt{ó,aron}|"
               # (out on bail: "libertad bajo fianza" alone is bail set, as "posted bail" is)
               "{está,están,estaba,estaban,sigue,siguen,permanece,permanecen,quedó,quedaron} en libertad bajo fianza|"
               "{ha estado,han estado,había estado,está,están,estaba,estaban,sigue,siguen} en libertad"),
    },
    ("cited", "arrested"): {  # a driver ticketed, not taken into custody ("cited for speeding" / "arrestado")
        "en": ("{was,were,been,is,are,being} {cited,ticketed}|{was,were} issued a citation|"
               "{received,receives,given} a citation", ""),  # (not "Amnesty cited the case": quoted)
        "es": ("multad{o,a,os,as}|recibi{ó,eron} una multa|{le,les} {impusieron,dieron,pusieron} una multa|"
               "recibi{ó,eron} una citación", ""),
    },
    # people paid to do something said fined for it ("The state will pay farmers to leave fields unplanted" /
    # "multará a los agricultores que dejen"; the verbs with whom they pay or fine: "will pay" alone is a cost)
    ("paid to", "fined"): {
        "en": ("{will,would,to} pay {farmers,growers,ranchers,residents,homeowners,landlords,owners,businesses,drivers,"
               "workers,employees,people} to|{offer,offers,offered,will offer} incentives to|{will,would} reward",
               "{will,would,to} {fine,penalize,sanction} {farmers,growers,ranchers,residents,homeowners,landlords,"
               "owners,businesses,drivers,workers,employees,people}|{will be,would be} {fined,penalized}"),
        "es": ("{pagará,pagarán,pagaría,pagarían,va a pagar,van a pagar} a {los,las} {agricultores,productores,"
               "ganaderos,residentes,propietarios,caseros,dueños,negocios,empresas,conductores,trabajadores,"
               "empleados,personas} {que,para que,por}|{ofrecerá,ofrecerán,ofrece,ofrecen,ofreció} incentivos a|"
               "{recompensará,recompensarán}",
               "{multará,multarán,multaría,multarían,va a multar,van a multar,sancionará,sancionarán,penalizará,"
               "penalizarán} a|{será,serán} {multad,sancionad,penalizad}{o,a,os,as}"),
    },
    ("ahead", "behind"): {  # a race or a poll
        "en": ("leads|leading|ahead of|in the lead", "trails|trailed|trailing|behind"),
        "es": ("encabeza|lidera|aventaja|por delante|a la cabeza|en la delantera|{va,van,iba,iban} ganando|"
               "{lleva,llevan,llevaba,llevaban} {una ,}{amplia ,cómoda ,ligera ,clara ,}ventaja|"
               "con una ventaja de",
               "por detrás|detrás de|rezagad{o,a,os,as}|{va,van,iba,iban} perdiendo|{va,van,iba,iban} atrás"),
    },
    ("win", "defeat"): {  # a team's or a candidate's, counted ("the team's first win since 2019", "a third straight
        # loss"; a verb's result, with its subject, is ``bilingo.rules.outcomes``')
        # (with the article or possessive before it, which the pair of "first" and "last" would otherwise take)
        "en": (f"{_COUNTED_RESULT['en']} {{win,wins,victory,victories}}|{{winning,win}} streak",
               f"{_COUNTED_RESULT['en']} {{loss,losses,defeat,defeats}}|losing streak"),
        "es": ("{,la ,su ,una }{primera,segunda,tercera,cuarta,quinta,sexta} victoria|"
               "{,el ,su ,un }{primer,segundo,tercer,cuarto,quinto} triunfo|"
               "victoria{,s} consecutiva{,s}|triunfo{,s} consecutivo{,s}|racha {ganadora,de victorias,de triunfos}",
               "{,la ,su ,una }{primera,segunda,tercera,cuarta,quinta,sexta} derrota|derrota{,s} consecutiva{,s}|"
               "racha {perdedora,de derrotas}"),
    },
    ("sunny", "cloudy"): {  # the sky a forecast promises ("partly sunny" and "partly cloudy" are one: not read)
        "en": ("sunny|sunshine|clear {sky,skies}|{in,under} the sun|{skies,Skies} will clear|clearing skies",
               "cloudy|overcast"),
        "es": ("soleado{,s}|soleada{,s}|cielo{,s} despejado{,s}|{bajo,a} {el,pleno} sol",
               "nublado{,s}|nublada{,s}|nubosidad|cielo{,s} cubierto{,s}|se {nublará,nubló,nubla,nublarán}"),
    },
    ("profit", "loss"): {
        "en": ("profit|profits|net income|profitable|turned a profit|{makes,made,making} money",
               "loss|losses|unprofitable|{loses,lost,losing} money|in the red"),
        "es": ("ganancia{,s}|utilidad{,es}|rentable{,s}|{gana,ganan,ganó,ganaron} dinero",
               "pérdida{,s}|{pierde,pierden,perdió,perdieron,perdiendo} dinero|no {es,son,fue,era} rentable{,s}|"
               "números rojos"),
    },
    ("postponed", "moved up"): {  # a date
        "en": (_POSTPONED["en"], "moved up|advanced"),
        "es": (_POSTPONED["es"], "adelant{ó,aron,a,an}|{fue,fueron,será,serán,ha sido,han sido} "
                                 "adelantad{o,a,os,as}|{para,de} adelantar|"
                                 # (the future, reflexive: "La recolección se adelantará un día")
                                 "se {adelantará,adelantarán}"),
    },
    ("postponed", "cancelled"): {  # an event ("suspendido" is left out: a game suspended may resume)
        "en": (_POSTPONED["en"], _CANCELLED["en"]),
        "es": (_POSTPONED["es"], _CANCELLED["es"]),
    },
    ("began", "ended"): {  # a period, a vote, a season (the verbs only: "the end of the month" is no ending)
        "en": ("begins|began|begun|{will,to} begin|starts|started|{will,to} start|"
               "{is,are,was,were} {beginning,starting}|{went,go,goes,going} on strike|"
               # (the plural's present, after what starts: "Classes start Aug. 10"; "start" alone is also the noun)
               "{classes,games,sessions,practices,rehearsals,meetings,shows,performances,hearings,repairs,camps,"
               "courses,lessons,tours,talks,services,programs,events} {start,begin}",
               _ENDED["en"]),
        "es": ("comienz{a,an}|comenz{ó,aron,ará,arán}|empiez{a,an}|empez{ó,aron,ará,arán}|inici{a,an,ó,aron,ará,arán}|"
               "comienc{e,en}|empiec{e,en}|inici{e,en}|"  # ("que comience ... y termine": "termin{e,en}" is ended's)
               "se {declaró,declararon,declara,declaran,declarará,declararán} en huelga|"
               "{dio,dieron,da,dan,dará,darán} {inicio,comienzo} a",
               _ENDED["es"]),
    },
    # (an order or a ceasefire that took effect said ended: "took effect at midnight" / "terminó a la medianoche")
    ("issued", "ended"): {"en": ("", ""), "es": ("", "")},
    # a disease found or a project at its start said at its end ("in its early stages" / "en sus etapas avanzadas")
    ("early stage", "advanced stage"): {
        "en": ("{early,earliest,initial} {stage,stages}", "{advanced,late,later,final} {stage,stages}"),
        "es": ("{etapa,etapas,fase,fases,estadio,estadios} {temprana,tempranas,inicial,iniciales,temprano,tempranos,"
               "precoz,precoces}",
               "{etapa,etapas,fase,fases,estadio,estadios} {avanzada,avanzadas,avanzado,avanzados,tardía,tardías,"
               "tardío,tardíos,final,finales}"),
    },
    # a sum paid beyond or short of what was owed ("overpaid contractors" / "pagó de menos")
    ("overpaid", "underpaid"): {
        "en": ("overpaid|overpays|overpaying|overpayment{,s}|overcharg{e,es,ed,ing}",
               "underpaid|underpays|underpaying|underpayment{,s}|undercharg{e,es,ed,ing}"),
        "es": ("pag{ó,aron,a,an} de más|pag{ó,aron,a,an} {en exceso,demás}|sobrepag{o,os,ó,aron}|pagos en exceso|"
               "pago en exceso|cobr{ar,ó,aron,a,an,aba,aban} de más|cobros excesivos|cobro excesivo",
               "pag{ó,aron,a,an} de menos|pag{ó,aron,a,an} menos de lo debido|pagos insuficientes|pago insuficiente|"
               "cobr{ar,ó,aron,a,an,aba,aban} de menos"),
    },
    # how ballots are counted ("counted by hand" / "se contarán a máquina")
    ("by hand", "by machine"): {
        "en": ("{counted,count,counts,be counted,recounted,tallied} by hand|hand count{,s,ed}|hand-counted|"
               "hand recount",
               "{counted,count,counts,be counted,recounted,tallied} by machine|machine count{,s,ed}|machine-counted|"
               "{tabulated,counted} electronically"),
        "es": ("{contar,contarán,contará,contaron,contó,contadas,contados,recontarán,recontaron} {a mano,manualmente}|"
               "{conteo,recuento} manual",
               "{contar,contarán,contará,contaron,contó,contadas,contados,recontarán,recontaron} {a máquina,con "
               "máquinas,por máquina,por máquinas,electrónicamente}|"
               "{conteo,recuento} {electrónico,a máquina,mecánico}"),
    },
    # a match that counts, said a friendly ("a friendly against Mexico" / "un partido oficial")
    ("friendly match", "official match"): {
        "en": ("{a,an,the} {friendly,exhibition} {match,game}|{a,the} friendly {against,with,versus}",
               "{a,an,the} {official,competitive,qualifying} {match,game}|{a,the} qualifier"),
        "es": ("{partido,juego,encuentro} {amistoso,de exhibición}|{un,el} amistoso",
               "{partido,juego,encuentro} {oficial,de clasificación,eliminatorio}"),
    },
    # what a source or a chatbot gave ("wrong answers" / "respuestas correctas")
    ("correct", "wrong"): {
        "en": ("{correct,accurate,right} {answer,answers,information,dates,figures}",
               "{wrong,incorrect,inaccurate,false} {answer,answers,information,dates,figures}"),
        "es": ("{respuesta,respuestas,información,fechas,cifras} {correcta,correctas,precisa,precisas,exacta,exactas}",
               "{respuesta,respuestas,información,fechas,cifras} {incorrecta,incorrectas,errónea,erróneas,equivocada,"
               "equivocadas,falsa,falsas,inexacta,inexactas}"),
    },
    # how a decision or a result was received ("deeply disappointing" / "muy alentadora")
    ("disappointed", "encouraging"): {
        "en": ("", "encouraging|heartening|promising"),
        "es": ("", "alentador{,a,es,as}|esperanzador{,a,es,as}|prometedor{,a,es,as}"),
    },
    # where a restaurant's food comes from ("only local ingredients" / "ingredientes importados")
    ("local", "imported"): {
        "en": ("local {ingredients,produce,products,food,beef,fish}|locally {grown,sourced,made,produced}",
               "imported {ingredients,produce,products,food,beef,fish}"),
        "es": ("{ingredientes,productos,alimentos,carne,pescado} {locales,de la región,de la zona}|"
               "{cultivad,producid,elaborad}{o,a,os,as} {localmente,en la región}",
               "{ingredientes,productos,alimentos,carne,pescado} importad{o,a,os,as}"),
    },
    # a scholarship's share ("a full scholarship" / "una beca parcial")
    ("full scholarship", "partial scholarship"): {
        "en": ("full {scholarship,scholarships,ride,rides}|full-ride {scholarship,scholarships}",
               "partial {scholarship,scholarships}"),
        "es": ("{beca,becas} {completa,completas,total,totales,integral,integrales}",
               "{beca,becas} {parcial,parciales}"),
    },
    # a contract renewed said rescinded ("was extended for three years" / "fue rescindido")
    ("contract extended", "rescinded"): {
        "en": ("contract {was,has been,will be,is being} {extended,renewed}|{extended,renewed} {his,her,the,their} "
               "contract", ""),
        "es": ("contrato {fue,ha sido,será} {extendido,ampliado,prorrogado,renovado}|{extendió,amplió,prorrogó,"
               "renovó,extendieron,renovaron} {su,el} contrato", ""),
    },
    # how a service member died ("killed in a training accident" / "murió en combate")
    ("training accident", "in combat"): {
        "en": ("{a,the,during a,in a} training {accident,exercise,mission,flight}",
               "{killed,died,wounded} in {combat,action,battle}|combat {death,deaths}"),
        "es": ("{un,el,durante un,en un} {accidente,ejercicio} de entrenamiento|durante un entrenamiento",
               "{murió,murieron,muerto,muertos,herido,heridos,cayó,cayeron} en {combate,acción,batalla}"),
    },
    # how a farm grows ("organic strawberries" / "fresas convencionales")
    ("organic", "conventional"): {
        "en": ("organic|organically grown", "conventional|conventionally grown"),
        "es": ("orgánic{o,a,os,as}|ecológic{o,a,os,as}", "convencional{,es}"),
    },
    ("ended", "ongoing"): {  # an outbreak, a search, a strike ("The outbreak is over" / "El brote continúa")
        "en": (_ENDED["en"], "{is,are} ongoing|{is,are} still going on|continues|{remains,is still} active|"
                             "{will,to} continue"),
        "es": (_ENDED["es"], "contin{úa,úan,uará,uarán,úe,úen}|sigue{,n} activ{o,a,os,as}|sigue{,n} en curso|"
                             "{está,están} en curso"),
    },
    ("sober", "drunk"): {  # a driver, a suspect
        # (alcohol ruled out: "Police said the driver was not impaired")
        # ("not under the influence" / "bajo los efectos" is left to the negation rule)
        "en": ("{was,were,is,are,been,appeared} sober|{was,were,is,are} not {impaired,intoxicated,drunk}|"
               "{wasn't,weren't,isn't,aren't} {impaired,intoxicated,drunk}",
               "{was,were,is,are,been,appeared} {drunk,intoxicated,impaired}|"
               "under the influence|drunk driving|driving drunk|drunken driving|drunk driver|driving while intoxicated|"
               "dwi|dui"),
        "es": ("{estaba,estaban,está,están,iba,iban,parecía} sobri{o,a,os,as}|"
               "{no,tampoco} {estaba,iba} {ebrio,ebria,borracho,borracha,bajo los efectos del alcohol}|"
               "{no,tampoco} {estaban,iban} {ebrios,ebrias,borrachos,borrachas,bajo los efectos del alcohol}",
               "ebri{o,a,os,as}|borrach{o,a,os,as}|en estado de ebriedad|bajo los efectos del alcohol|"
               "bajo la influencia del alcohol|en estado de embriaguez|por {ebriedad,embriaguez}|{dwi,dui}"),
    },
    ("light traffic", "heavy traffic"): {
        "en": ("light traffic|traffic {was,is,will be} light", "heavy traffic|traffic {was,is,will be} heavy|"
               "bumper-to-bumper"),
        "es": ("{tráfico,tránsito} {ligero,fluido}|poco {tráfico,tránsito}",
               "{tráfico,tránsito} {pesado,intenso,denso}|mucho {tráfico,tránsito}|embotellamiento{,s}|atasco{,s}"),
    },
    ("winless", "unbeaten"): {  # a team's run ("14 games without a win" / "14 partidos sin perder")
        "en": ("without a {win,victory}|winless|{has not,have not,had not,hasn't,haven't} won {a game ,}{this,all} "
               "season",
               "without a {loss,defeat}|unbeaten|undefeated|{has not,have not,had not,hasn't,haven't} lost {a game ,}"
               "{this,all} season"),
        "es": ("sin {ganar,una victoria,victorias,conocer la victoria}|"
               "no {ha,han,había,habían} {ganado,conseguido una victoria} {esta,en toda la,en la} temporada|"
               "no {ha,han,había,habían} ganado {en casa,de local,como local,fuera de casa,de visitante}|"
               "no {ganó,ganaron} ningún {partido,juego}",
               "sin {perder,una derrota,derrotas,conocer la derrota}|invict{o,a,os,as}|"
               "no {ha,han,había,habían} perdido {esta,en toda la,en la} temporada"),
    },
    # a record set said tied ("She set a new school record" / "Empató el récord de la escuela")
    ("set a record", "tied a record"): {
        "en": ("{set,sets,broke,breaks,shattered} {a,the,a new,his,her,their} {school ,state ,national ,world ,meet ,"
               "career ,season ,team ,franchise ,course ,}record",
               "{tied,ties,matched,equaled,equalled} {a,the,his,her,their} {school ,state ,national ,world ,meet ,"
               "career ,season ,team ,franchise ,course ,}record"),
        "es": ("{estableció,establecieron,impuso,impusieron,rompió,rompieron,batió,batieron} {un,el,un nuevo,su} "
               "récord",
               "{empató,empataron,igualó,igualaron} {un,el,su} récord"),
    },
    ("fell short", "beat expectations"): {  # earnings, a fundraising goal
        "en": ("missed {its,the,their} " + _TARGET + "|fell short of|missed {analysts',Wall Street} "
               "{expectations,estimates,forecasts,projections}|"
               "{below,under} {forecasts,expectations,estimates,projections}|worse than expected",
               "{beat,exceeded,surpassed,topped} {its,the,their} " + _TARGET + "|"
               "{beat,exceeded,surpassed,topped} {,analysts' ,Wall Street }{projections,forecasts,estimates,"
               "expectations}|"
               "above {forecasts,expectations,estimates,projections}|better than expected"),
        "es": ("no {alcanzó,alcanzaron,cumplió,cumplieron} {su,sus,la,el,las,los} {meta,metas,objetivo,objetivos,"
               "expectativas,previsiones}|se {quedó,quedaron} cort{o,a,os,as}|"
               "{quedó,quedaron,quedaría,quedarían,está,están,estuvo,estuvieron} por debajo de lo "
               "{previsto,esperado,proyectado,pronosticado}|"
               "por debajo de {lo previsto,lo esperado,lo proyectado,lo pronosticado,las previsiones,las expectativas,"
               "las estimaciones,los pronósticos}|{peor,peores} de lo {esperado,previsto}",
               "super{ó,aron} {su,sus,las,la,el,los} {meta,metas,objetivo,objetivos,expectativas,previsiones,"
               "estimaciones,pronóstico,proyecciones}|"
               "por encima de {lo previsto,lo esperado,lo proyectado,lo pronosticado,las previsiones,las expectativas,"
               "las estimaciones,los pronósticos}|{mejor,mejores} de lo {esperado,previsto}"),
    },
    # released with no bail to pay ("on her own recognizance" / "bajo fianza"), against bail set or denied
    ("own recognizance", "bail set"): {
        "en": ("{on,under} {his,her,their} own recognizance|own recognizance", ""),
        "es": ("bajo palabra|bajo su propia {responsabilidad,palabra}", ""),
    },
    ("own recognizance", "no bail"): {"en": ("", ""), "es": ("", "")},
    ("bail set", "no bail"): {  # a defendant held ("on $1 million bail" / "sin derecho a fianza")
        "en": ("bail of|bond of|bail set|bail was set|bond was set|million bail|"
               "million bond|{000,500} bail|{000,500} bond|posted bail|posted bond",
               "without bail|without bond|no bail|no bond|denied bail|denied bond"),
        "es": ("fianza de|pagó {la,una} fianza|pagar {la,una} fianza|fijó {la,una} fianza|libertad bajo fianza|"
               "bajo fianza",  # ("liberado bajo fianza": released, and on bail)
               "sin {derecho a ,}fianza|se le negó la fianza|{negó,negaron,negada,negó la,negaron la,negada la} "
               "{libertad bajo fianza,fianza}"),
    },
    ("small crowd", "large crowd"): {  # a rally, a meeting, a vigil
        "en": ("small crowd{,s}|handful of people", "{large,big,huge,massive} crowd{,s}"),
        "es": ("pequeña multitud|poca gente|{un,una} puñado de personas",
               "gran multitud|grandes multitudes|multitud numerosa|multitudinari{o,a}"),
    },
    ("required", "recommended"): {  # masks, a vaccine, a test ("will require masks" / "recomendará")
        "en": ("required|mandatory|compulsory|will require|requires|ordered|orders",
               "recommend{,s,ed}|recommendation{,s}|encourage{,s,d}|urged|urges|advised|advises"),
        "es": ("obligatori{o,a,os,as}|se requiere{,n}|requerid{o,a,os,as}|exigir{á,án}|exig{e,en}|exigi{ó,eron}|"
               "orden{ó,aron,ará,arán}",
               "recomend{ó,aron,ará,arán,ado,ada,ados,adas}|recomiend{a,an}|recomendaci{ón,ones}|"
               "alent{ó,aron}|alienta{,n}|inst{ó,aron}|aconsej{ó,aron,a,an}"),
    },
    ("unanimous", "divided"): {  # a vote
        "en": ("unanimous|unanimously", "split vote|divided|by {one,a single} vote|by a one-vote margin|"
               + _denied("unanimous|unanimously", "en")),
        "es": ("unanimidad|unánime{,s}|unánimemente",
               # ("por 4 votos contra 3"; "votos en contra" opposes)
               "dividid{o,a,os,as}|por mayoría|votos contra|por un {,solo }voto|"
               + _denied("unánime{,s}|unánimemente|por unanimidad", "es")),
    },
    ("mild", "severe"): {  # a case, a symptom, an outbreak, a drought (a person hurt: badly or lightly hurt, above)
        "en": ("mild|mildly", "severe|severely|serious|seriously"),
        "es": ("leve{,s}|levemente", "grave{,s}|gravemente|sever{o,a,os,as}|severamente"),
    },
    ("with prejudice", "without prejudice"): {  # a case dismissed for good, or open to be filed again
        "en": ("with prejudice", "without prejudice"), "es": ("con perjuicio", "sin perjuicio"),
    },
    ("party-line", "bipartisan"): {  # a vote, a bill's support
        "en": ("party-line|along party lines|on party lines|partisan|with only {Republican,Democratic} {votes,support}|"
               "without {a single,any} {Republican,Democratic} vote{,s}|"
               "{support,votes,backing} {only,solely} from {Republicans,Democrats}",
               "bipartisan|cross-party|nonpartisan|non-partisan"),
        "es": ("línea{,s} partidista{,s}|partidista{,s}|línea{,s} de partido|{de,por} un solo partido|"
               "{solo,sólo,únicamente} con {los ,}votos {republicanos,demócratas}|"
               "sin {ningún,un solo} voto {republicano,demócrata}|"
               "{apoyo,votos,respaldo} {solo,sólo,únicamente,exclusivamente} de los {republicanos,demócratas}|"
               "{el apoyo,los votos,el respaldo} {solo,sólo,únicamente} de los {republicanos,demócratas}",
               "bipartidista{,s}|de ambos partidos|no partidista{,s}|apartidista{,s}"),
    },
    # conditions of a service, a job, a rule or a place
    ("required", "optional"): {  # (a requirement denied is optional: the one negation read, as translators drop it)
        "en": ("required|mandatory|compulsory|binding|needed|by appointment|{by,with an} appointment only|"
               "only by appointment|{requires,require,required} an appointment|appointments {are,were} required|"
               # (a reservation: "Visitors must reserve a timed entry permit" / "pueden entrar sin reservación")
               "{must,need to,needs to} {reserve,make a reservation,book in advance}|"
               "{reservation,reservations} {is,are,will be} required|by reservation only",
               "optional|voluntary|voluntarily|nonbinding|non-binding|{not,no longer} {required,mandatory,compulsory,needed}|"
               "{accepts,accept,welcomes,welcome,take,takes} walk-ins|walk-ins {are,will be} {welcome,accepted}|"
               "walk-ins welcome|"  # (a notice's: "Walk-ins welcome.")
               "{on a ,}first-come, first-served{ basis,}|"
               "walk-in {appointments,visits}|on a walk-in basis|"
               "{isn't,aren't,wasn't,weren't} {required,mandatory,needed}"),
        # ("voluntario" alone is also a volunteer: after what it qualifies, or a verb, only)
        "es": ("obligatori{o,a,os,as}|se requiere{,n}|requerid{o,a,os,as}|vinculante{,s}|se necesita{,n}|"
               # (a requirement brought back: "Se reinstauró el requisito de mascarillas")
               "{se ,}{reinstauró,reinstauraron,reinstaurará,restableció,restablecieron,restablecerá} el "
               "{requisito,mandato}|"
               "{solo,sólo,únicamente} con cita{, previa}|con cita previa|previa cita|"
               "{se requiere,es necesaria,es obligatoria} {reservación,reserva,la reservación,la reserva}|"
               "{deben,debe,tendrán que,tienen que} reservar",
               "opcional{,es}|optativ{o,a,os,as}|"
               # (a requirement dropped: "will require the SAT again" / "dejará de exigir el SAT")
               "{dejará,dejarán,dejó,dejaron,deja,dejan} de {exigir,requerir}|"
               # (a helmet up to each visitor: "must wear a helmet" / "pueden usar casco si lo desean")
               "{pueden,puede,podrán,podrá} {usar,llevar} {casco,cascos,mascarilla,mascarillas,cubrebocas} si "
               "{lo desean,lo desea,así lo desean,así lo desea}|"
               "no vinculante{,s}|"
               # (a permission where a rule obliges: "requires landlords to register" / "permite a los propietarios
               # registrar"; "permite" alone is ("allowed", "banned")'s)
               "{permite,permiten,permitirá,permitirán} a {los,las} {propietarios,dueños,caseros,residentes,negocios,"
               "empresas,conductores,empleadores,inquilinos,estudiantes,padres,usuarios}|"
               "no se {requiere,requieren,requería,requerían,requerirá,necesita,necesitan,necesitará}|no hace falta|"
               "sin cita previa|{atiende,atienden} sin cita|"
               "sin necesidad de {cita,una cita}{, previa}|"
               "sin {reservación,reserva,reservación previa,reserva previa,necesidad de reservar}|"
               # (a choice left to each: "pueden reportar sospechas si lo desean")
               "si {lo desean,lo desea,así lo desean,así lo desea,lo prefieren,lo prefiere}|"
               "voluntariamente|de {forma,manera} voluntaria|"
               "{es,son,será,serán,era,eran,sea,sean} voluntari{o,a,os,as}|"
               "{evacuación,evacuaciones,orden,órdenes,medida,medidas,salida,renuncia,retiro,cuarentena,donación,"
               "donaciones,aislamiento,cierre,programa,plan} voluntari{o,a,os,as}|"
               "{no,ya no} {es,era,fue,será,sería} obligatori{o,a}|"
               "{no,ya no} {son,eran,fueron,serán} obligatori{os,as}"),
    },
    ("must", "need not"): {  # an obligation, and one denied ("Students must wear uniforms" / "no tienen que usar")
        "en": ("must|{have,has,had,will have} to",
               "{do,does,did,will,should,would,could,may,might} not have to|"
               "{don't,doesn't,didn't,won't,shouldn't,don’t,doesn’t,didn’t,won’t,shouldn’t} have to|"
               "not {required,obligated} to|"
               "{will no longer,no longer,do not,don't,does not,doesn't,will not,won't} need to"),
        "es": ("{tiene,tienen,tienes,tendrá,tendrán,tenía,tenían} que|"  # ("debe" is also a likelihood: "debe ser")
               # (the future before what is asked of someone: "deberán aprobar el examen")
               "{deberán,deberá} {aprobar,presentar,mostrar,usar,llevar,registrarse,inscribirse,vacunarse,"
               "solicitar,tomar,completar,devolver,obtener,renovar}",
               "no {tiene,tienen,tienes,tendrá,tendrán,tenía,tenían} que|"
               "no {está,están,estará,estarán} obligad{o,a,os,as}|"
               # (before a verb of what is asked of someone: "no necesitan ayuda" says no obligation)
               "no {necesita,necesitan,necesitará,necesitarán} {vacunarse,registrarse,inscribirse,pagar,presentar,"
               "mostrar,usar,llevar,pedir,solicitar,hacer cita,ahorrar agua,hervir el agua,evacuar}|"
               # (a state asked of them: "Students must be vaccinated" / "no necesitan estar vacunados")
               "no {necesita,necesitan,necesitará,necesitarán} {estar,ser} {vacunad,registrad,inscrit}{o,a,os,as}"),
    },
    ("legal", "illegal"): {
        "en": ("legal|lawful|legally", "illegal|unlawful|illegally"),
        "es": ("legal{,es,mente}|lícit{o,a,os,as}", "ilegal{,es,mente}|ilícit{o,a,os,as}"),
    },
    ("public", "private"): {"en": ("public|publicly",
                                   "private|privately|behind closed doors|{closed,executive} session{,s}|"
                                   "{members,invitation,employees} only|{members-only,invitation-only}"),
                            "es": ("públic{o,a,os,as}|públicamente",
                                   "privad{o,a,os,as}|privadamente|a puerta cerrada|"
                                   "solo {para socios,para miembros,con invitación,para empleados}|"
                                   "exclusiv{o,a,os,as} para {socios,miembros,empleados}")},
    ("full", "space available"): {  # a shelter, a hospital, a school's program
        # (a reservoir too: "The reservoir is nearly full" / "está casi vacío", ("full", "vacant")'s)
        # (a jail overcrowded too: "The county jail is overcrowded" / "está casi vacía")
        "en": ("{reached,at,over} capacity|{is,are,was,were} {,nearly ,almost }full|no {space,room,beds} available|"
               "overcrowded|above capacity|"
               "{at,to} full capacity|{running,ran,run,runs} out of {beds,space,room}",
               "{space,room,beds,spots,seats} available|{has,have} {space,room}"),
        "es": ("{está,están,estaba,estaban} {,casi }{lleno,llena,llenos,llenas}|{a,en} su {máxima,plena} capacidad|"
               "a {plena,toda su,máxima} capacidad|a capacidad completa|al 100% de su capacidad|aforo completo|"
               "{alcanzó,alcanzaron} su capacidad|sin {espacio,lugar,camas} disponibles|sobrepoblad{o,a,os,as}|"
               "hacinad{o,a,os,as}|por encima de su capacidad|"
               # (a venue full, said with its noun: "se jugará con el estadio lleno")
               "{estadio,teatro,auditorio,arena,gradas} {lleno,llena,llenas}",
               "{espacio,lugar,lugares,camas,cupos,asientos} disponibles|{espacio,lugar} disponible|"
               "{tiene,tienen} {espacio,lugar,cupo}|{camas,espacio,lugar,lugares} de sobra"),
    },
    ("ahead of schedule", "behind schedule"): {
        "en": ("ahead of schedule|earlier than {expected,planned,scheduled}",
               "behind schedule|later than {expected,planned,scheduled}"),
        "es": ("antes de lo {previsto,programado,planeado,esperado}|antes de tiempo|{de,con} adelanto|"
               # (after how long: "dos años antes de lo previsto", not ("before", "after")'s "años antes")
               "{minuto,minutos,hora,horas,día,días,semana,semanas,mes,meses,año,años} antes de lo "
               "{previsto,programado,planeado,esperado}|"
               "{va,van,iba,iban} {,un mes ,una semana ,un año ,unos días ,varios meses ,varias semanas }"
               "adelantad{o,a,os,as}|"
               "{va,van,iba,iban} {dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez} {semanas,meses,años} "
               "adelantad{o,a,os,as}",
               "con {retraso,demora,atraso}|más tarde de lo {previsto,programado,planeado,esperado}|"
               "{minuto,minutos,hora,horas,día,días,semana,semanas,mes,meses,año,años} {más tarde,después} de lo "
               "{previsto,programado,planeado,esperado}|"
               "fuera {de,del} plazo|"
               "de {retraso,demora,atraso}"),
    },
    ("on time", "postponed"): {  # a flight, a train, a project ("a tiempo completo" is full-time: not read)
        "en": ("on time|on-time|on schedule|as scheduled|as planned", ""),
        "es": ("a tiempo|a la hora {prevista,programada,establecida}|en el horario previsto|"
               "{según,como} {lo,estaba} {previsto,programado,planeado}", ""),
    },
    ("diverted", "on time"): {"en": ("", ""), "es": ("", "")},  # a flight ("aterrizó según lo previsto")
    ("on time", "behind schedule"): {"en": ("", ""), "es": ("", "")},
    ("ahead of schedule", "postponed"): {"en": ("", ""), "es": ("", "")},  # ("running ahead of schedule" / "retrasado")
    ("renewed", "cancelled"): {"en": ("", ""), "es": ("", "")},  # a program, a show, a contract ("fue cancelado")
    ("expired", "permanent"): {"en": ("", ""), "es": ("", "")},  # a tax cut ("will expire" / "se hará permanente")
    ("postponed", "held"): {"en": ("", ""), "es": ("", "")},  # a vote put off, said taken ("se llevó a cabo")
    ("must", "optional"): {"en": ("", ""), "es": ("", "")},  # ("Students must wear masks" / "es voluntario")
    # a building put up said torn down ("The church was founded in 1902" / "fue demolida en 1902")
    ("built", "demolished"): {
        # (a plan's: "plans to build 500 homes" / "planea demoler")
        "en": ("{was,were,has been,have been,will be,is being} {built,founded,constructed,erected}|"
               "{built,founded,constructed,erected} in|{plans,plan,planned,will,would,to} build", ""),
        "es": ("{fue,fueron,ha sido,han sido,será,serán} {construid,fundad,edificad,erigid}{o,a,os,as}|"
               "se {construyó,construyeron,construirá,fundó,edificó,erigió}|{construid,fundad,edificad}{o,a,os,as} en",
               ""),
    },
    ("demolished", "renovated"): {  # a building
        "en": ("{demolish,demolished,demolishes,demolishing}|demolition of|{tear,tears,tore,torn} down the|"
               "{will be,was,were,is being,be,been} {torn down,razed}|"
               # (a mural: "was painted over by the city" / "fue restaurado")
               "{will be,was,were,is being,be,been} painted over",
               "{renovate,renovated,renovates,renovating}|renovation of|{rehabilitate,rehabilitated}|"
               "{will be,was,were,is,are} preserved"),
        "es": ("demol{er,erá,erán,ió,ieron,ido,ida}|demolición de|derrib{ar,ará,arán,ó,aron}|"
               "{fue,fueron,será,serán} {cubiert,tapad}{o,a,os,as} con pintura",
               "restaur{ar,ará,arán,ó,aron}|rehabilit{ar,ará,arán,ó,aron}|remodel{ar,ará,arán,ó,aron}|"
               "{será,serán,fue,fueron} {preservad,conservad,restaurad,rehabilitad,remodelad}{o,a,os,as}"),
    },
    # a city's residents, a party's seats, a team's ground, gained or lost (with the noun only: "lost" alone is a
    # life, a job, power; "ganó" alone is won or earned)
    ("gained", "lost"): {
        "en": ("{gained,gains,gaining,gain} {,the ,its ,their ,his ,her }{ground,residents,population,members,seats,"
               "weight,value,jobs,customers,subscribers,support,momentum,followers,votes,altitude}",
               "{lost,loses,losing,lose} {,the ,its ,their ,his ,her }{ground,residents,population,members,seats,"
               "weight,value,jobs,customers,subscribers,support,momentum,followers,votes,altitude}"),
        "es": ("{ganó,ganaron,gana,ganan,ganará,ganarán,ganando,ganado} {,el ,la ,los ,las ,su ,sus }{terreno,"
               "residentes,habitantes,población,miembros,socios,escaños,peso,valor,empleos,clientes,suscriptores,"
               "apoyo,impulso,seguidores,votos,altitud}",
               "{perdió,perdieron,pierde,pierden,perderá,perderán,perdiendo,perdido} {,el ,la ,los ,las ,su ,sus }"
               "{terreno,residentes,habitantes,población,miembros,socios,escaños,peso,valor,empleos,clientes,"
               "suscriptores,apoyo,impulso,seguidores,votos,altitud}"),
    },
    # a candidate in a race or out of it ("dropped out of the race" / "se unió a la contienda")
    ("entered the race", "dropped out"): {
        "en": ("{entered,enters,entering,enter,joined,joins,joining,join,jumped into,jumps into,jump into} the race",
               "{dropped,drops,dropping,drop} out|{withdrew,withdraws,withdrawing,withdraw} from the race|"
               "{exited,exits,quit,quits,left} the race|{suspended,suspends,ended,ends} {his,her,their} campaign"),
        "es": ("{entró,entra,entrará,ingresó,ingresa,se unió,se une,se sumó,se suma,se unirá,se sumará} "
               "{a la,en la} {contienda,carrera}",
               "{abandonó,abandona,abandonará,abandonaron} la {contienda,carrera}|se {retiró,retira,retirará,bajó,baja,"
               "bajará} de la {contienda,carrera}|{suspendió,suspende,suspenderá} su campaña|"
               "{declinó,declina} su candidatura"),
    },
    # a merger, a sale, a project, done or called off ("La fusión fue cancelada")
    ("completed", "cancelled"): {
        "en": ("{was,were,has been,have been,is,are} {completed,finalized,finalised}|"
               "{completed,finalized,finalised} the {merger,deal,acquisition,sale,purchase}", _CANCELLED["en"]),
        "es": ("{fue,fueron,ha sido,han sido} {completad,finalizad,concretad}{o,a,os,as}|"
               "se {complet,finaliz,concret}{ó,aron}|"
               "{completó,completaron,finalizó,finalizaron,concretó,concretaron} la {fusión,adquisición,compra,venta}",
               _CANCELLED["es"]),
    },
    ("merged", "split up"): {  # two companies, hospitals, school districts, congregations
        "en": ("merger{,s}|merged|merges|merge|merging",
               "{split,splits,splitting} up|breakup|break-up|{break,breaks,broke,breaking} up|spinoff{,s}|spin-off{,s}|"
               "{spun,spins,spin,spinning} off|separation|{will,to} separate"),
        "es": ("fusión|fusiones|fusion{ó,aron,a,an,ará,arán,ar,ado,ada,ados,adas}|se fusion{ó,aron,a,an,ará,arán}",
               "separación|escisión|se {separó,separaron,separará,separarán,separa,separan}|"
               "{disolvió,disolvieron} la {alianza,sociedad,fusión}"),
    },
    # how a pill is taken ("with food" / "en ayunas")
    ("with food", "on an empty stomach"): {
        "en": ("with {food,a meal,meals}", "on an empty stomach|without food"),
        "es": ("con {alimentos,comida,las comidas,algo de comida}", "en ayunas|con el estómago vacío|sin alimentos"),
    },
    ("mistrial", "verdict"): {  # a trial's end (only a verdict reached: "could not reach a verdict" is none)
        # (a jury that could not agree is a hung jury: "was unable to reach a verdict" / "emitió un veredicto")
        "en": ("mistrial|hung jury|{unable,failed} to reach a verdict|{could not,couldn't} reach a verdict|"
               "jury {was,is} deadlocked|jury deadlocked|deadlocked jury",
               "{reached,returned,delivered,rendered} {a,its,their,the} verdict|{a,the} guilty verdict"),
        "es": ("juicio nulo|nulidad del juicio|{anuló,declaró nulo} el juicio|jurado {estancado,dividido}",
               "{llegó,llegaron,emitió,emitieron,alcanzó,alcanzaron,dio,dieron,dictó,dictaron} {a un,un,su,el} "
               "veredicto|veredicto de culpabilidad|{lo,la,los,las} {declaró,declararon} {culpable,culpables}|"
               "{con,en} un veredicto {unánime,de culpabilidad,de inocencia}"),
    },
    ("unopposed", "contested"): {  # a candidate's race
        "en": ("unopposed|without opposition|{has,had,faces,faced,with} no {challenger,challengers,opponent,opponents,"
               "rival,rivals}",
               "{faces,facing,faced,will face} {a,two,three,four,five,several} {challenger,challengers,opponent,"
               "opponents,rival,rivals}|{faces,facing,faced,will face} an opponent|contested {race,election,primary}"),
        "es": ("sin {oposición,rival,rivales,contrincante,contrincantes,oponente,oponentes,adversario,adversarios}|"
               "no {tiene,tenía,tendrá} {rival,rivales,contrincante,contrincantes,oponente,oponentes}",
               "{enfrenta,enfrentará,enfrentó,enfrentaba} a {un,una,dos,tres,cuatro,cinco,varios} {rival,rivales,"
               "contrincante,contrincantes,oponente,oponentes,retador,retadores,adversario,adversarios,aspirante,"
               "aspirantes}"),
    },
    ("likely", "unlikely"): {  # a forecast, an outcome ("poco probable" is unlikely, "probable" likely)
        "en": ("likely|{is,are,was,were} probable", "unlikely|improbable|not likely|{is,are,was,were} not probable"),
        "es": ("probable|probables",
               "poco probable{,s}|improbable{,s}|no es probable|{es,son} poco {probable,probables}|es difícil que"),
    },
    ("paid leave", "unpaid leave"): {  # a worker suspended or on leave
        "en": ("paid {,administrative ,parental ,family ,sick ,medical ,maternity }leave|"
               "{leave,suspended,suspension} with pay",
               "unpaid {,administrative ,parental ,family ,sick ,medical ,maternity }leave|"
               "{leave,suspended,suspension} without pay"),
        "es": ("con goce de {sueldo,salario}|licencia {remunerada,con sueldo}|con sueldo|con paga",
               "sin goce de {sueldo,salario}|licencia {no pagada,no remunerada,sin sueldo}|sin sueldo|sin paga|"
               "sin remuneración"),
    },
    ("residential", "commercial"): {  # a property, a zone, a rate
        "en": ("residential", "commercial"), "es": ("residencial{,es}", "comercial{,es}"),
    },
    ("competent", "incompetent"): {  # a defendant's fitness to stand trial
        "en": ("{found,ruled,deemed,declared,is,was} competent", "incompetent|not competent"),
        "es": ("{declarado,declarada,considerado,considerada,es,fue} competente",
               "incompetente{,s}|no {es,fue,era} competente"),
    },
    # a home or a building sold said rented ("The house was sold for $450,000" / "La casa se alquiló por 450.000
    # dólares")
    ("bought", "rented"): {"en": ("", ""), "es": ("", "")},  # ("La familia alquiló la casa")
    ("sold", "rented"): {  # ("sold" is ("bought", "sold")'s kind, its phrases there)
        "en": ("", "{was,were,has been,have been,will be,is being} {rented,leased}|{rented,leased} {for,the,its,their,"
               "his,her,out}|{will rent,rent,rents} for|"
               # (a home of one's own said rented: "helped families buy their first home" / "a alquilar su primera
               # vivienda")
               "{rent,renting} {a,their,his,her,the} {,first }{home,house,homes,houses,apartment,apartments}"),
        "es": ("", "se {alquiló,alquilaron,alquilará,alquilarán,alquila,alquilan,arrendó,arrendaron,rentó,rentaron,"
               "rentará,rentarán}|"
               "{fue,fueron,será,serán,ha sido,han sido} {alquilad,arrendad}{o,a,os,as}|"
               "{alquiló,alquilaron,alquilará,alquilarán,arrendó,arrendaron} {la,el,su,sus,los,las}|"
               "{alquilar,rentar,arrendar} {su,sus,una,la,un} {,primera ,primer }{vivienda,viviendas,casa,casas,"
               "departamento,apartamento}"),
    },
    # trees planted said cut down ("The city planted 1,000 trees" / "La ciudad taló 1.000 árboles"): the verbs alone,
    # a number often comes before the trees; "talar" fells trees only, so "planted a bomb" has nothing to contradict
    ("trees planted", "trees cut down"): {
        "en": ("planted|{will,to} plant|planting", "cut down|cuts down|chopped down|felled|{will,to} {cut,chop} down"),
        "es": ("plant{ó,aron,ará,arán,ar}|plantación", "tal{ó,aron,ará,arán,ar}|tala de árboles|talad{o,a,os,as}"),
    },
    ("contained", "out of control"): {  # a fire
        "en": ("{was,were,is,are,been,now,fully,largely} contained|{percent,%} contained|under control|"
               "contained the {fire,blaze,wildfire,flames}",
               "out of control|uncontained|{continues,continue,continued} to spread|{is,are,was,were} still spreading"),
        "es": ("{totalmente,completamente} {contenido,controlado}|bajo control|{por ciento,%} de contención",
               "sin control|fuera de control|descontrolad{o,a}|{sigue,siguen,continúa,continúan} "
               "{propagándose,extendiéndose}|"
               "no {han podido,ha podido,pudieron,pueden,logran,han logrado,lograron} {controlar,contener} "
               "{el incendio,el fuego,las llamas}|"
               # (a fire that reached a whole building: "contained the blaze to the kitchen" / "se extendió a toda la
               # casa")
               "se {extendió,propagó,extendieron,propagaron} a {toda la,todo el} {casa,vivienda,edificio,cuadra,"
               "manzana,complejo}"),
    },
    # (a cap: rent increases "capped at 5%")
    # (a forecast's high and low too: "A high of 75 is expected" / "una mínima de 75 grados", a price's "a high of
    # $50" / "un máximo de 50 dólares")
    # (a price's lowest: "Tickets start at $25" / "cuestan como máximo 25 dólares")
    ("minimum", "maximum"): {"en": ("minimum|{a,the} low of|lows {of,in,near,around}|{prices,tickets,fares,rates,"
                                    "rents,plans,packages,memberships} {start,started,starting} at",
                                    "maximum|capped at|cap of|cap on|caps|{a,the} high of|highs {of,in,near,around}"),
                             "es": ("mínim{o,a,os,as}", "máxim{o,a,os,as}|tope de{,l}|límite de{,l}")},
    # an average said a maximum or a minimum ("The average wait time is 45 minutes" / "El tiempo de espera máximo")
    ("average", "maximum"): {"en": ("average|median|on average", ""), "es": ("promedio|en promedio|mediana", "")},
    ("average", "minimum"): {"en": ("", ""), "es": ("", "")},
    # a payment waived or owed ("Homeowners over 65 are exempt from the increase" / "también pagarán el aumento")
    ("exempt", "must pay"): {
        "en": ("{are,is,will be,would be,were,was,remain,remains} exempt from|exempted from|exempts",
               "{must,also,will also,must also,will have to,would have to} pay|{have,has} to pay"),
        "es": ("{están,estarán,estarían,quedan,quedarán,quedarían,estaban,está,estará,queda,quedará} exent{o,a,os,as}"
               "|exentar{,á,án}|exim{e,en,irá,irán}",
               "{también,igualmente} {pagarán,pagará,pagan,paga,pagarían,pagaría}|{deberán,deberá,tendrán que,"
               "tendrá que} {,también }pagar"),
    },
    # what a treatment was tried on ("tested the drug on mice" / "en humanos")
    ("in animals", "in humans"): {
        "en": ("{on,in} {mice,rats,lab animals,laboratory animals,monkeys}|animal {testing,studies,trials}",
               "{on,in} {humans,human volunteers,human subjects}|human {trials,testing}"),
        "es": ("{en,con} {ratones,ratas,animales de laboratorio,monos}|{pruebas,ensayos,estudios,experimentos} "
               "{en,con} animales",
               "{en,con} {humanos,seres humanos}"),
    },
    # when a place is open or a service runs ("open from sunrise to sunset every day" / "solo los fines de semana")
    ("every day", "only some days"): {
        "en": ("every day|seven days a week|7 days a week|daily",
               "only on {weekends,weekdays,the weekend,weekend days}|{on ,}{weekends,weekdays} only|"
               "{Monday,Mondays} {through,to,thru} {Friday,Fridays}"),
        "es": ("todos los días|{los ,}siete días de la semana|{los ,}7 días de la semana|a diario|diariamente",
               "{solo,sólo,solamente,únicamente} {los fines de semana,entre semana,los días de semana,"
               "los días laborables,el fin de semana}|"
               # (the working week: "open daily" / "abre de 10 a.m. a 9 p.m. de lunes a viernes")
               "de lunes a viernes"),
    },
    ("new owners", "same owners"): {  # a business sold or kept ("will reopen under new ownership" / "los mismos dueños")
        "en": ("under new {ownership,owners,management}|{a,its,the,their} new {owner,owners}",
               "{under the ,with the ,the }same {ownership,owners,owner,management,family}"),
        "es": ("{con,bajo} {una nueva administración,nuevos dueños,nuevos propietarios,un nuevo dueño,"
               "un nuevo propietario,nueva administración}|{sus,los} nuevos {dueños,propietarios}",
               "{con,bajo} {los mismos dueños,los mismos propietarios,el mismo dueño,el mismo propietario,"
               "la misma administración,la misma familia}|{sus,los} mismos {dueños,propietarios}"),
    },
    ("full-time", "part-time"): {
        "en": ("full-time|full time", "part-time|part time"),
        "es": ("tiempo completo|jornada completa", "medio tiempo|tiempo parcial|media jornada|jornada parcial"),
    },
    ("freelance", "staff"): {  # a bio's writer, reporter or photographer
        "en": ("freelance|freelancer|freelancers",
               "staff {writer,writers,reporter,reporters,photographer,photographers,editor,editors}"),
        "es": ("{periodista,periodistas,fotógrafo,fotógrafa,fotógrafos,escritor,escritora,escritores,reportero,"
               "reportera,reporteros,redactor,redactora} independiente{,s}|freelance|por cuenta propia",
               "de planta|de plantilla|del personal|de la redacción"),
    },
    ("subscribed", "unsubscribed"): {  # a text alert, a newsletter ("Text STOP to 55555 to unsubscribe")
        "en": ("subscribe|subscribes|subscribed|subscribing", "unsubscribe|unsubscribes|unsubscribed|unsubscribing"),
        "es": ("suscribirse|suscríbase|suscríbete|suscribirte|se suscrib{ió,ieron,e,en}",
               "darse de baja|dese de baja|date de baja|darte de baja|{cancelar,anular} {la,su,tu} suscripción"),
    },
    ("senior", "assistant"): {  # a bio's editor, producer or reporter ("a senior editor" / "editor asistente")
        "en": ("senior {editor,editors,producer,producers,reporter,reporters,writer,writers,correspondent}",
               "{assistant,associate} {editor,editors,producer,producers}"),
        "es": ("{editor,editora,editores,productor,productora,reportero,reportera,redactor,redactora,corresponsal} "
               "{sénior,senior,principal}",
               "{editor,editora,editores,productor,productora} {asistente,asociado,asociada}|"
               "{asistente,asistentes} de {edición,redacción,producción}"),
    },
    ("online", "in person"): {
        "en": ("online|virtual|virtually|remote|remotely|{on,through,via} {the,its,our,their} website|"
               "{work,works,working,worked} from home|telework",
               "in person|in-person|"
               "{return,returns,returned,returning,back} to {the classroom,classrooms,the classrooms}|"
               # (an employer's: "return to the office" / "trabajar desde casa")
               "{return,returns,returned,returning,back} to the office"),
        "es": ("en línea|virtual{,es,mente}|a distancia|remot{o,a,os,as}|{por,a través de} internet|"
               "{trabajar,trabajan,trabajen,trabajarán,trabajando} desde {casa,sus casas,su casa}|teletrabajo|"
               "{en,a través de} {el,su} sitio web|a través del sitio web", "en persona|presencial{,es,mente}|"
               "{vuelven,volverán,volvieron,volver,regresan,regresarán,regresaron,regresar,de vuelta,de regreso} "
               "a {las aulas,la oficina,las oficinas}"),
    },
    # how residents apply or register ("must register by phone" / "deben inscribirse en persona")
    ("by phone", "in person"): {
        "en": ("by phone|over the phone|by telephone", "in person|in-person"),
        "es": ("por teléfono|por vía telefónica|telefónicamente", "en persona|presencial{,es,mente}"),
    },
    # a report, an autopsy, an estimate before or after it is complete ("A preliminary report found" / "El informe
    # final")
    ("preliminary", "final"): {
        # (with the article before "final", which first-and-last reads from "the")
        "en": ("{preliminary,initial} {autopsy ,}{report,autopsy,findings,estimate,estimates,review,assessment}|"
               # (said of what was found: "the results were preliminary" / "eran definitivos"; "definitivo" alone is
               # also permanent, "el cierre es definitivo")
               "{results,findings,figures,data,numbers} {are,were,remain,remained,are still} preliminary",
               "{the ,The ,its ,their ,}final {autopsy ,}{report,autopsy,findings,estimate,estimates,review,"
               "assessment}|"
               "{results,findings,figures,data,numbers} {are,were} final"),
        "es": ("{informe,reporte,autopsia,estimación,estimaciones,revisión,evaluación} {preliminar,inicial}|"
               "{hallazgos,estimaciones} {preliminares,iniciales}|"
               "{resultados,hallazgos,cifras,datos} {son,eran,fueron,siguen siendo} preliminares",
               "{informe,reporte,autopsia,estimación,revisión,evaluación} {final,definitivo,definitiva}|"
               "{hallazgos,estimaciones} {finales,definitivos,definitivas}|"
               "{resultados,hallazgos,cifras,datos} {son,eran,fueron} {definitivos,definitivas}"),
    },
    ("tie", "decided"): {  # a game's result ("ended in a draw" / "terminó con una victoria local")
        "en": ("{ended,ends,finished} in a {draw,tie}|{played,played to} a {draw,tie}|{ended,finished} {tied,level}|"
               "{drew,tied} {1-1,2-2,0-0,3-3}",
               "{home,road,away} victory|road win"),  # ("home win", "away win": at home or away, below)
        "es": ("{terminó,terminaron,acabó} {en empate,empatado,empatados,igualado,igualados,en tablas}|"
               "empat{ó,aron} {1-1,2-2,0-0,3-3,a uno,a dos,a cero,sin goles}",
               "{victoria,triunfo} {local,visitante}"),
    },
    # a game, a final, a title won or lost ("lost the final 3-1" / "ganó la final"; the verb alone is a vote, a seat, a
    # job, money, and the nouns of a victory or a defeat are each team's, so neither is read)
    # (and a team's record: "has won six of its last seven games" / "ha perdido seis de sus últimos siete")
    ("won the game", "lost the game"): {
        # (a title kept is won again: "retained his title" / "perdió su título")
        "en": ("{won,wins,win,winning} " + _GAME["en"] + "|{won,wins,win,winning} " + _RECORD["en"] + "|"
               "{retained,retains,retain,defended,defends,kept,keeps} {his,her,its,their} {title,crown}",
               "{lost,loses,lose,losing} " + _GAME["en"] + "|{lost,loses,lose,losing} " + _RECORD["en"]),
        "es": ("{ganó,ganaron,gana,ganan,ganará,ganarán,ganado} " + _GAME["es"]
               + "|{ganó,ganaron,gana,ganan,ganado} " + _RECORD["es"]
               + "|{retuvo,retiene,retendrá,conservó,conserva,conservará,defendió,retuvieron} {su,el} {título,corona}",
               "{perdió,perdieron,pierde,pierden,perderá,perderán,perdido} " + _GAME["es"]
               + "|{perdió,perdieron,pierde,pierden,perdido} " + _RECORD["es"]),
    },
    # how a fight was won ("won by knockout" / "ganó por decisión")
    ("by knockout", "by decision"): {
        "en": ("by {knockout,technical knockout,TKO,KO}", "by {unanimous ,split ,majority ,}decision|on points"),
        "es": ("por {nocaut,nocaut técnico,KO,K.O.,la vía rápida}",
               "por decisión {unánime,dividida,mayoritaria}|por decisión de los jueces|por puntos|"
               "{ganó,gana,ganará,perdió,pierde,venció} por decisión"),  # ("por decisión del juez": a ruling)
    },
    # the track or the field a race or a game was played on ("in wet conditions" / "en condiciones secas")
    ("wet", "dry"): {
        # (and a road at a crash: "The road was icy" / "La carretera estaba seca")
        "en": ("wet {conditions,track,field,weather}|rain-soaked {track,field,course}|{icy,wet,slick} {road,roads}|"
               "{road,roads,pavement} {was,were} {icy,wet,slick}",
               "dry {conditions,track,field,weather}|dry {road,roads}|{road,roads,pavement} {was,were} dry"),
        "es": ("condiciones {húmedas,de lluvia,de mojado}|{pista,cancha} {mojada,húmeda}|"
               "{carretera,calle,pavimento} {estaba,estaban} {mojada,mojado,congelada,congelado,resbaladiza,helada}|"
               "{carretera,carreteras,calle,calles} {mojada,mojadas,congelada,congeladas,resbaladiza,resbaladizas}",
               "condiciones secas|{pista,cancha} seca|tiempo seco|{carretera,calle,pavimento} {estaba,estaban} "
               "{seca,seco}|{carretera,carreteras,calle,calles} {seca,secas}"),
    },
    # an athlete's or an official's career ended or resumed ("announced his retirement" / "anunció su regreso")
    # an agreement reached said rejected ("reached a tentative agreement" / "rechazó un acuerdo preliminar")
    ("agreement reached", "opposes"): {"en": ("", ""), "es": ("", "")},
    # a retirement said a run for office ("will retire" / "se unirá a la contienda")
    ("retired", "entered the race"): {"en": ("", ""), "es": ("", "")},
    ("retired", "comeback announced"): {  # ("retired" is ("resigned", "retired")'s kind, its phrases there)
        "en": ("", "{announced,announces,announcing} {his,her,their} {comeback,return}"),
        "es": ("", "{anunció,anuncia,anunciaron} su {regreso,vuelta,retorno}"),
    },
    # a baby born early or at term ("was born premature" / "nació a término")
    ("premature", "full-term"): {
        "en": ("premature|prematurely|preemie{,s}|born early", "full-term|full term|at term"),
        "es": ("prematur{o,a,os,as}|prematuramente", "a término|a tiempo completo de gestación"),
    },
    # the game a player's line is of ("scored 30 points in the win" / "en la derrota"; "the loss of", "la victoria de
    # los Lakers" name whose it is, which a translation may turn: ``_NOT_BEFORE``)
    ("in a win", "in a loss"): {
        # (a shutout is a win: "made seven saves in the shutout" / "en la derrota")
        "en": ("in {the,a} {win,victory}|in {the,a} {shutout,shutout win,shutout victory}",
               "in {the,a} {loss,defeat}"),
        "es": ("en {la,una} victoria|en {el,un} triunfo|en {la,una} blanqueada", "en {la,una} derrota"),
    },
    # a person or an office that said nothing to the press, said to have answered ("declined to comment" /
    # "respondió a todas las preguntas"; "in an interview" is not read: a story quotes an old one beside a refusal;
    # against "comentó" it is negation-mismatch's, a negation dropped)
    ("declined to comment", "answered questions"): {
        "en": ("{declined,refused} to {comment,be interviewed,answer questions,answer reporters' questions}|"
               "declined comment|would not comment|could not be reached for comment",
               "{answered,answers,fielded,took} {questions,reporters' questions,all questions,every question}|"
               "{made,gave,issued} a statement to {reporters,the press}"),
        "es": ("{declinó,declinaron,se negó a,se negaron a,rehusó,rehusaron} {comentar,hacer comentarios,opinar,"
               "responder preguntas,ser entrevistado,ser entrevistada}|"
               "no {quiso,quisieron} {comentar,hacer comentarios,opinar}|"
               "no {pudo,pudieron} ser {contactado,contactada,localizado,localizada}",
               "{respondió,respondieron,contestó,contestaron,responde,contesta} {,a }{preguntas,las preguntas,"
               "todas las preguntas,las preguntas de los periodistas}|"
               # ("declined to comment" / "La portavoz hizo declaraciones")
               "{hizo,hicieron,ofreció,ofrecieron,dio,dieron,brindó} declaraciones"),
    },
    ("declined to comment", "confirmed"): {"en": ("", ""), "es": ("", "")},  # ("Un portavoz confirmó la noticia")
    ("filed for bankruptcy", "profit"): {"en": ("", ""), "es": ("", "")},  # ("reportó ganancias récord")
    # a cause said unknown, or named ("The cause of the fire is unclear" / "fue causado por un cortocircuito")
    ("cause unknown", "cause named"): {
        "en": ("{cause,causes} {is,was,are,were,remains,remain} {unclear,unknown,not known,under investigation,"
               "being investigated,undetermined}|{cause,causes} {has,have} not been {determined,released}|"
               "{unknown,undetermined} cause{,s}|it was not {clear,known} what caused|"
               "{it is,it's,it was,it remains} {unclear,not clear,unknown,not known} what {caused,sparked,started}|"
               # (after the cause and what it is of: "The cause of the fire is unclear", ``_CAUSE_BEFORE``)
               "{is,was,remains} {unclear,unknown,under investigation,undetermined}|has not been determined|"
               "has yet to be determined",
               # (an event's cause only: "the disease caused by the coronavirus" names no cause found)
               "{fire,blaze,crash,accident,collapse,explosion,outage,leak,flooding,outbreak} {was,were,is} "
               "{caused,sparked,triggered,started} by"),
        "es": ("{se desconoce,se desconocen,no se conoce,no se conocen,no se ha determinado,no se sabe} {la causa,las "
               "causas}|{la causa,las causas} {se desconoce,se desconocen,no se ha determinado,está bajo investigación,"
               "sigue bajo investigación,es desconocida,son desconocidas,no está clara}|{causa,causas} desconocida{,s}|"
               "no {está,estaba} claro qué {causó,provocó,originó}|no se sabe qué {causó,provocó,originó}|"
               "{se desconoce,no se ha determinado,está bajo "
               "investigación,sigue bajo investigación,es desconocida,no está clara,aún se investiga}",
               "{incendio,fuego,choque,accidente,derrumbe,apagón,siniestro,brote} {fue,fueron} {causado,provocado,"
               "originado,ocasionado} por|"
               "{explosión,fuga,inundación} fue {causada,provocada,originada,ocasionada} por"),
    },
    # what language a program, a meeting, a service is offered in ("only in English" / "en inglés y español")
    ("one language only", "bilingual"): {
        "en": ("only in {English,Spanish}|in {English,Spanish} only|{English,Spanish}-only|"
               "{English,Spanish} speakers only",
               "in {English and Spanish,Spanish and English,both English and Spanish,both languages}|bilingual"),
        "es": ("{solo,sólo,solamente,únicamente} en {inglés,español}|en {inglés,español} {solamente,únicamente}",
               "en {inglés y español,español e inglés,ambos idiomas,ambos idiomas}|bilingüe{,s}"),
    },
    # whose views an opinion piece states, in its disclaimer ("The views expressed are the author's own" / "son las del
    # periódico")
    ("the author's views", "the outlet's views"): {
        "en": ("{are,is} the author's own|{are,is} {those,that} of the {author,writer}|"
               "do not {necessarily ,}{reflect,represent} {those,the views,the position} of {the,this} "
               "{newspaper,publication,outlet,station,editorial board}",
               "{are,is,reflect,represent} {those,the views,the position} of {the,this} {newspaper,publication,outlet,"
               "station,editorial board}"),
        "es": ("son {las,los} {del autor,de la autora}|{son,es} responsabilidad {del autor,de la autora,exclusiva del "
               "autor,exclusiva de la autora}|no {necesariamente ,}{reflejan,representan} {las,la,los} {del periódico,"
               "de este periódico,de la publicación,postura del periódico,opinión del periódico}",
               "son {las,los} {del periódico,de este periódico,de la publicación,del consejo editorial}|"
               "{reflejan,representan} la {postura,opinión} {del periódico,de este periódico,de la publicación}"),
    },
    # a player, a driver new to the game said a veteran ("The race was won by a rookie" / "la ganó un veterano")
    ("rookie", "veteran"): {
        "en": ("rookie{,s}",
               "{a,the} veteran {player,players,driver,drivers,pitcher,quarterback,racer,rider,jockey,golfer,"
               "goalkeeper,forward,guard,catcher}|{a,the} veteran of {,the }{league,tour,circuit}"),
        "es": ("novat{o,a,os,as}", "{un,una,el,la} veteran{o,a}"),
    },
    # a reporter's, an editor's, an analyst's rank ("a senior reporter" / "reportero junior")
    ("senior", "junior"): {
        "en": ("senior {reporter,reporters,editor,editors,writer,correspondent,producer,analyst,analysts,economist,"
               "fellow,engineer,researcher,scientist,manager,adviser,advisor,associate}",
               "junior {reporter,reporters,editor,editors,writer,correspondent,producer,analyst,analysts,economist,"
               "fellow,engineer,researcher,scientist,manager,adviser,advisor,associate}"),
        "es": ("{reportero,reportera,reporteros,editor,editora,editores,redactor,redactora,corresponsal,productor,"
               "productora,analista,analistas,economista,investigador,investigadora,ingeniero,ingeniera,gerente,"
               "asesor,asesora,científico,científica} {sénior,senior,principal,principales}",
               "{reportero,reportera,reporteros,editor,editora,editores,redactor,redactora,corresponsal,productor,"
               "productora,analista,analistas,economista,investigador,investigadora,ingeniero,ingeniera,gerente,"
               "asesor,asesora,científico,científica} {junior,júnior}"),
    },
    # a shop, a restaurant owned by a family or locally, said part of a chain
    ("family-owned", "chain"): {
        "en": ("family-owned|family owned|locally owned|locally-owned|family business{,es}|independent "
               "{bookstore,store,shop,restaurant,pharmacy,grocery}",
               "{national,regional,restaurant,grocery,retail,supermarket,hotel,pharmacy,fast-food} chain{,s}|"
               "part of a chain|chain {store,stores,restaurant,restaurants}|corporate-owned|"
               "owned by {a corporation,corporations,large corporations,a national chain}"),
        "es": ("{negocio,empresa,restaurante,tienda,librería,panadería} familiar|de propiedad {familiar,local}|"
               "{librería,tienda,farmacia} independiente",
               "cadena {nacional,regional,de restaurantes,de supermercados,de tiendas,de hoteles,de farmacias,"
               "minorista,de comida rápida}|parte de una cadena|"
               "propiedad de {una corporación,corporaciones,grandes corporaciones,una cadena nacional}"),
    },
    # the youngest of a family's children said the eldest ("the youngest of five children" / "el mayor de cinco
    # hijos"; "her eldest son" / "su hijo menor" is a relative's, the relations rule's)
    ("youngest", "eldest"): {
        # (and the youngest or the oldest ever: "the youngest mayor in the city's history" / "de mayor edad")
        "en": ("youngest of|the youngest {mayor,person,woman,man,member,player,candidate,lawmaker,senator,governor}",
               "{oldest,eldest} of|the oldest {mayor,person,woman,man,member,player,candidate,lawmaker,senator,"
               "governor}"),
        "es": ("{el,la} menor de {los,las,sus,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez}",
               "{el,la} mayor de {los,las,sus,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez}|"
               "{alcalde,alcaldesa,persona,mujer,hombre,miembro,jugador,jugadora,candidato,candidata,legislador,"
               "legisladora,senador,senadora,gobernador,gobernadora} de mayor edad"),
    },
    # a strike called said called off ("called a strike for Monday" / "canceló la huelga del lunes")
    ("strike called", "cancelled"): {
        # (a strike begun is ("began", "ended")'s: "went on strike", "se declararon en huelga"; one voted for,
        # ("supports", "opposes")')
        "en": ("called a strike|called for a strike", ""),
        "es": ("{convocó,convocaron,convocará,convocarán,declaró,declararon} {a ,una ,la ,}huelga", ""),
    },
    ("built", "renovated"): {"en": ("", ""), "es": ("", "")},  # ("was built in 1887" / "fue restaurada en 1887")
    ("eldest", "newest"): {"en": ("", ""), "es": ("", "")},  # ("the oldest of the churches" / "la más nueva")
    # the tallest said the lowest ("The tallest building in the city" / "El edificio más bajo"; "higher than" is a
    # comparison's, above)
    ("tallest", "lowest"): {
        "en": ("tallest|highest", "lowest|shortest"),
        "es": ("más alt{o,a,os,as}", "más baj{o,a,os,as}"),
    },
    # how fast a place grows ("the fastest-growing city" / "la de más lento crecimiento")
    ("fastest-growing", "slowest-growing"): {
        "en": ("fastest-growing|fastest growing", "slowest-growing|slowest growing"),
        "es": ("de más rápido crecimiento|de mayor crecimiento|que más {rápido ,rápidamente ,}{crece,crecen,creció}|"
               "que {crece,crecen,creció} más {rápido,rápidamente}",
               "de más lento crecimiento|de menor crecimiento|que {más lento,más lentamente,menos} {crece,crecen,"
               "creció}|que {crece,crecen,creció} {más lento,más lentamente,menos}"),
    },
    # the oldest said the newest ("the city's oldest church" / "la iglesia más nueva")
    ("oldest", "newest"): {
        "en": ("oldest", "newest"),
        "es": ("más antigu{o,a,os,as}", "más nuev{o,a,os,as}"),
    },
    # whether a victim and a suspect knew each other ("a stranger to the suspect" / "vecina del sospechoso")
    ("strangers", "known to each other"): {
        "en": ("{a,were,was,complete,total} stranger{,s}|{did not,didn't} know {each other,the victim,the suspect}",
               "knew each other|{knew,know} the {victim,suspect}|{an acquaintance,a neighbor,a friend,neighbors,"
               "friends} of the {victim,suspect}"),
        "es": ("{un desconocido,una desconocida,unos desconocidos,desconocidos entre sí}|no se conocían|"
               "no {conocía,conocían} a la víctima",
               "se conocían|{conocía,conocían} a la víctima|{vecino,vecina,vecinos,amigo,amiga,amigos,conocido,"
               "conocida,conocidos} {de la víctima,del sospechoso}"),
    },
    # a wrong-way driver said driving the right way
    ("wrong way", "right way"): {
        "en": ("wrong way|wrong-way|wrong direction|against {the flow of ,}traffic",
               "{right,correct,proper} {way,direction}"),
        "es": ("{sentido,dirección} {contrario,contraria}|en contravía|contra {el tráfico,la circulación}",
               "{sentido,dirección} {correcto,correcta}"),
    },
    # a longtime resident said a newcomer ("Era un residente nuevo")
    ("longtime", "newcomer"): {
        "en": ("{longtime,long-time,lifelong} {resident,residents,neighbor,neighbors,member,members,customer,"
               "customers}",
               "newcomer{,s}|new {resident,residents,neighbor,neighbors,member,members}|"
               "{had,has} just moved|{recently,had recently} moved"),
        "es": ("{residente,residentes,vecino,vecina,vecinos,miembro,miembros,cliente,clientes} de {toda la vida,"
               "muchos años,largo tiempo}",
               "recién llegad{o,a,os,as}|{residente,residentes,vecino,vecina,vecinos,miembro,miembros} "
               "{nuevo,nueva,nuevos,nuevas,reciente,recientes}|"
               "{nuevo,nueva,nuevos,nuevas} {residente,residentes,"
               "vecino,vecina,vecinos}|acababa{,n} de mudarse|se {había,habían} mudado recientemente|"
               "se {mudó,mudaron} recientemente"),
    },
    # an animal put down said returned to its owner
    ("adopted", "euthanized"): {  # a shelter's animal ("was adopted by a family" / "fue sacrificado")
        "en": ("{was,were,has been,have been} adopted by|found a {new ,forever ,}home|"
               # (put up for adoption: "was returned to its owner" / "fue puesto en adopción")
               "{was,were,has been,have been,will be} put up for adoption|{is,are} up for adoption", ""),
        "es": ("{fue,fueron,ha sido,han sido} adoptad{o,a,os,as} por|encontró un {nuevo ,}hogar|"
               "{fue,fueron,será,serán,ha sido,han sido} {puest,dad}{o,a,os,as} en adopción|"
               "{está,están} en adopción", ""),
    },
    ("adopted", "returned to its owner"): {"en": ("", ""), "es": ("", "")},  # ("puesto en adopción")
    # a species taken off a list of those at risk said put on it ("removed from the endangered list" / "añadida")
    ("delisted", "listed as endangered"): {
        "en": ("{removed,taken} {off,from} the {endangered,threatened} {species ,}list|delisted",
               "{added,listed} {to the,as} {endangered,threatened}"),
        "es": ("{retirad,eliminad,sacad,excluid}{o,a,os,as} de la lista de especies {en peligro,amenazadas,"
               "en peligro de extinción}",
               "{añadid,incluid,agregad}{o,a,os,as} {a,en} la lista de especies {en peligro,amenazadas,"
               "en peligro de extinción}|{declarad,catalogad}{o,a,os,as} como especie {en peligro,amenazada}"),
    },
    ("euthanized", "returned to its owner"): {
        "en": ("euthanized|euthanised|put down|put to sleep", "returned to {its,their,his,her} owner{,s}|"
               "reunited with {its,their,his,her} owner{,s}"),
        "es": ("{fue,fueron,será,serán,tuvo que ser,tuvieron que ser} {sacrificad,eutanasiad}{o,a,os,as}|"
               "{le,les} {aplicaron,practicaron} la eutanasia",
               "{devuelto,devuelta,devueltos,devueltas,regresado,regresada,entregado,entregada} a su{,s} "
               "{dueño,dueña,dueños,propietario,propietaria,propietarios}|{reunido,reunida,reunidos,reunidas} con "
               "su{,s} {dueño,dueña,dueños,propietario,propietaria,propietarios}"),
    },
    ("reunited", "separated"): {  # a family at the border, a child and a parent
        "en": ("reunited|reunites|reunification|reuniting|"
               "{returned,was returned,were returned,has been returned} to {his,her,their} {mother,father,parents,"
               "family,families,mom,dad}",
               "{was,were,been,being,be} separated|separated from {his,her,their}|family separation{,s}|"
               "separation of families|separating families"),
        "es": ("reunificad{o,a,os,as}|reunificación|reencontr{ó,aron}|se reencontr{ó,aron}|"
               "{fue,fueron,ha sido,han sido,será,serán} reunid{o,a,os,as}|reunid{o,a,os,as} con sus|"
               "{fue,fueron,ha sido,han sido} {devuelt,entregad}{o,a,os,as} a {su,sus} {madre,padre,padres,familia,"
               "familias,mamá,papá}",
               "{fue,fueron,ha sido,han sido,será,serán} separad{o,a,os,as}|separad{o,a,os,as} de sus|"
               "separación de {familias,las familias}|separación familiar"),
    },
    ("installed", "removed"): {  # speed bumps, a traffic light, cameras, a monument
        "en": ("installed|installs|{will,to,would} install|installing|installation of",
               "{will,to,would} remove|removed|removes|removing|removal of|took down|{will,to,would} take down"),
        "es": ("instal{ó,aron,ará,arán,aría,ar}|instalación de|{fue,fueron,será,serán,ha sido,han sido} "
               "instalad{o,a,os,as}",
               "quit{ó,aron,ará,arán,aría,ar}|retir{ó,aron,ará,arán,aría,ar} {los,las,el,la}|eliminación de|"
               "retir{ó,aron,ará,arán} " + _AMOUNTS + "|"  # ("retiró 12 semáforos")
               "{fue,fueron,será,serán,ha sido,han sido} {retirad,removid,quitad}{o,a,os,as}"),
    },
    ("agreement reached", "talks broke down"): {  # a union and a district, two parties, negotiators
        "en": ("{reached,reach,reaches} {an,a tentative,a} {agreement,deal}|{struck,strike,strikes} a deal|"
               "{reached,reach} a tentative {agreement,deal}|agreed to a {new ,}contract",
               "{talks,negotiations} {broke down,collapsed,have broken down,fell apart,ended without a deal}|"
               "{broke,broken} off {talks,negotiations}|walked away from the {talks,negotiations,table}|"
               "failed to reach {an,a} {agreement,deal}"),
        "es": ("{llegó,llegaron,llegará,llegarán,alcanzó,alcanzaron,alcanzará} {a un,un} acuerdo|"
               "{cerró,cerraron} un acuerdo",
               "{rompió,rompieron,rompe,rompen} {las negociaciones,las conversaciones,el diálogo}|"
               "{las negociaciones,las conversaciones} {fracasaron,se rompieron,colapsaron}|"
               "se {levantó,levantaron} de la mesa|no {lograron,logró,pudieron,pudo} {llegar a,alcanzar} un acuerdo|"
               "no {lograron,logró,consiguieron,consiguió} un acuerdo"),
    },
    ("high turnout", "low turnout"): {  # an election's
        "en": ("{high,heavy,strong,record} turnout|turnout {was,is,has been,remained,remains} {high,heavy,strong}",
               "{low,light,weak,poor} turnout|turnout {was,is,has been,remained,remains} {low,light,weak}"),
        "es": ("{alta,elevada,masiva,gran} participación|participación {fue,es,ha sido} {alta,elevada,masiva}|"
               "participación récord",
               "{baja,escasa,poca} participación|participación {fue,es,ha sido} {baja,escasa}"),
    },
    ("added", "cancelled"): {  # flights, trains, classes, shows ("added flights" / "canceló vuelos")
        "en": ("{added,adds,adding,will add,to add,would add} {,more ,new ,extra ,additional ,a ,a second ,"
               "another }{,nonstop ,direct ,daily ,weekly }{flights,trains,buses,routes,bus routes,bus lines,classes,"
               "sessions,shows,performances,dates,games,departures,trips,sections,concert,concerts,show,performance,"
               "date,service}|{announced,announces,will announce} {new,more,additional,extra} {dates,shows,concerts,"
               "performances,tour dates}",
               _CANCELLED["en"]),
        "es": ("{añadió,añadieron,añadirá,añadirán,agregó,agregaron,agregará,agregarán,sumó,sumaron,sumará,sumarán} "
               "{,más ,nuevos ,nuevas ,un ,una ,otro ,otra ,un segundo ,una segunda }{vuelos,trenes,autobuses,"
               "rutas,clases,sesiones,funciones,fechas,partidos,salidas,viajes,secciones,concierto,conciertos,"
               "función,fecha,servicio,el servicio}|"
               "{anunció,anunciaron,anunciará,anunciarán} {nuevas fechas,nuevos conciertos,"
               "nuevas funciones,más fechas,más conciertos,más funciones,fechas adicionales}", _CANCELLED["es"]),
    },
    # routes, flights or classes added said eliminated ("added bus routes" / "eliminó rutas de autobús")
    ("added", "cut"): {"en": ("", ""), "es": ("", "")},
    ("added", "suspended"): {"en": ("", ""), "es": ("", "")},  # ("will add nonstop service" / "suspenderá el servicio")
    ("added", "closed"): {"en": ("", ""), "es": ("", "")},  # a shift ("will close its night shift" / "añadirá")
    ("free", "sold"): {"en": ("", ""), "es": ("", "")},  # ("will provide free laptops" / "venderá computadoras")
    ("rose", "cut"): {"en": ("", ""), "es": ("", "")},  # ("Train service will be reduced" / "aumentará")
    # (a law that takes effect on a day said repealed then: "takes effect on Jan. 1" / "fue derogada el 1 de enero")
    ("takes effect later", "lifted"): {"en": ("", ""), "es": ("", "")},
    ("takes effect immediately", "lifted"): {"en": ("", ""), "es": ("", "")},
    ("settled", "decided in court"): {  # a civil case ended by an agreement, or won or lost at trial
        "en": ("{settled,settles,to settle,agreed to settle,will settle} {the,a} {lawsuit,suit,case,claim,claims}|"
               "{lawsuit,suit,case} {was,has been,is} settled|{reached,reach,reaches} a settlement|"
               "out-of-court settlement",
               "{won,lost,wins,loses} the {lawsuit,suit,case}"),
        "es": ("acuerdo extrajudicial|{llegó,llegaron,llegará,llegarán} a un acuerdo {para resolver,para cerrar,"
               "para poner fin a} {la demanda,el caso,el pleito,el litigio}|"
               "{resolvió,resolvieron,resolverá,zanjó,zanjaron} {la demanda,el caso,el pleito,el litigio} "
               "{con,mediante} un acuerdo|"
               "se {resolvió,resolverá,resolvería,resuelva} {en,con,mediante} un acuerdo",
               "{ganó,perdió,ganaron,perdieron} {la demanda,una demanda,el caso,el pleito,el juicio,el litigio}"),
    },
    # a case headed for a trial, said settled or ended by an agreement or a plea deal ("will go to trial" / "las
    # partes llegaron a un acuerdo")
    ("settled", "going to trial"): {
        "en": ("", "{go,goes,going,went,headed,heading,head} to trial|{stand,stands,stood,standing} trial|"
                   "{face,faces,facing,faced} trial|{set,scheduled} for trial"),
        "es": ("", "{irá,irán,va,van,fue,fueron,ir,iría,irían,llegará,llegarán,llegue,lleguen} a juicio|"
                   "{enfrentará,enfrentarán,enfrenta,enfrentan,enfrentaría,enfrentar} {un ,el ,}juicio|"
                   "{será,serán,sería,serían} juzgad{o,a,os,as}|{programado,programada,fijado,fijada} para juicio"),
    },
    ("agreement reached", "going to trial"): {"en": ("", ""), "es": ("", "")},
    # a party suing said to have reached an agreement ("The family is suing the city" / "llegó a un acuerdo con la
    # ciudad"; "demandó" alone is also "demanded")
    ("suing", "agreement reached"): {
        "en": ("{is,are} suing|{filed,files,will file,to file} {a lawsuit,suit,a suit,a federal lawsuit}|"
               "{sued,sues,will sue,plans to sue}", ""),
        "es": ("{está,están} demandando|{presentó,presentaron,presentará,presentarán} una demanda|"
               "{demandó,demandaron,demandará,demandarán} a {la,el,los,las}", ""),
    },
    ("on duty", "off duty"): {  # a police officer, a firefighter at the time of a shooting, a crash
        "en": ("on duty|on-duty", "off duty|off-duty"),
        # ("de turno" is also the government of the day, "el gobierno de turno")
        "es": ("{estaba,estaban,está,están} de servicio|en horas de servicio",
               "{estaba,estaban,está,están} fuera de servicio|{estaba,estaban} de franco|franco de servicio|"
               "en su día libre"),
    },
    ("dismissed", "going to trial"): {"en": ("", ""), "es": ("", "")},  # ("the case will go to trial")
    ("plea deal", "going to trial"): {
        "en": ("plea {deal,agreement,bargain}", ""),
        "es": ("acuerdo {de culpabilidad,de declaración de culpabilidad,con la fiscalía}", ""),
    },
    # a body joined said left ("She joined the council in 2020" / "Dejó el concejo en 2020"), or retired from
    ("joined", "left"): {
        "en": ("{joined,joins,join,joining,will join} {the ,a ,an ,his ,her ,their ,}" + _BODIES["en"],
               "{left,leaves,leaving,will leave,quit,quits,departed} {the,his,her,their} " + _BODIES["en"]),
        "es": ("{se unió,se unieron,se une,se unen,se unirá,se incorporó,se incorporaron,se incorporará,ingresó,"
               "ingresaron,ingresará,se sumó,se sumaron} {al ,a la ,a las ,a los ,a ,en el ,en la ,en las ,en los ,"
               "a su }" + _BODIES["es"],
               "{dejó,dejaron,dejará,abandonó,abandonaron,abandonará} {el ,la ,las ,los ,su ,sus }" + _BODIES["es"]
               + "|{salió,salieron,saldrá} {del ,de la ,de las ,de los ,de su }" + _BODIES["es"]),
    },
    ("joined", "retired"): {"en": ("", ""), "es": ("", "")},
    ("retired", "current"): {"en": ("", ""), "es": ("", "")},  # ("a retired police officer" / "en activo")
    ("joined", "resigned"): {"en": ("", ""), "es": ("", "")},
    # where a flight, a ship, a traveller got to, said where it set out from ("arrived in Miami" / "salió de Miami")
    ("arrived", "departed"): {
        "en": ("{arrived,arrives,will arrive,landed,lands,will land,docked,docks,will dock} {in,at}",
               "{departed,departs,will depart} {from,}|{took,takes,will take} off from|set sail from"),
        "es": ("{llegó,llegaron,llegará,llegarán} {a,al}|{aterrizó,aterrizaron,aterrizará,atracó,atracaron,atracará} "
               "en",
               "{salió,salieron,saldrá,saldrán,partió,partieron,partirá,despegó,despegaron,despegará,zarpó,zarparon,"
               "zarpará} {de,del,desde}"),
    },
    # an arrest made peacefully, said made after a fight ("arrested without incident" / "tras un forcejeo"; "without
    # incident" is read by the pair of violent and peaceful)
    ("peaceful", "after a struggle"): {
        "en": ("without {a,any} {struggle,resistance}|{offered,put up} no resistance",
               "after a {struggle,scuffle,standoff,brief standoff,confrontation,fight,brief struggle}|"
               "resisted arrest|{struggled,fought,scuffled} with {officers,police,deputies,agents}"),
        "es": ("sin incidente|sin resistencia|sin {oponer,ofrecer,poner} resistencia",
               "tras un {forcejeo,enfrentamiento,altercado,breve forcejeo}|tras una {pelea,lucha,riña}|"
               "{se resistió,se resistieron} al arresto|"
               "{forcejeó,forcejearon} con {los agentes,la policía,los policías,los oficiales}"),
    },
    # a place allowed to fill, said held to part of it ("at full capacity" / "a la mitad de su capacidad")
    ("full", "reduced capacity"): {
        "en": ("", "{half,reduced,limited,partial,lower,25%,50%,25 percent,50 percent} capacity|"
                   "{half,a quarter} of {its,their} capacity"),
        "es": ("", "{capacidad,aforo} {reducida,reducido,limitada,limitado,parcial}|"
                   "{la mitad,el 50%,el 25%,un 50%,un 25%} de su {capacidad,aforo}|media capacidad"),
    },
    ("dismissed", "allowed to proceed"): {  # a lawsuit or a complaint thrown out, or let go on
        "en": ("{lawsuit,suit,case,complaint} {was,has been,had been,is} {dismissed,thrown out}|"
               "{dismissed,dismisses,threw out,throws out} the {lawsuit,suit,case,complaint}",
               "allowed the {lawsuit,suit,case,complaint} to {proceed,go forward,move forward}|"
               "{lawsuit,suit,case,complaint} {can,may,will} {proceed,go forward,move forward}"),
        "es": ("{demanda,querella} {fue,ha sido,había sido} {desestimada,rechazada,archivada}|"
               "{caso,pleito} {fue,ha sido,había sido} {desestimado,rechazado,archivado}|"
               "{desestimó,desestimaron,rechazó,rechazaron,archivó,archivaron} {la demanda,la querella,el caso,"
               "el pleito}",
               "{demanda,querella} {fue,ha sido} {admitida,aceptada}|"
               "{admitió,admitieron} {a trámite ,}{la demanda,la querella,el caso,el pleito}|"
               "{aceptó,aceptaron} {la demanda,la querella,el caso}|"
               "{demanda,querella} {puede,podrá} {seguir adelante,continuar,proceder}|"
               "{caso,pleito,demanda,querella,juicio} {siguió,sigue,seguirá,seguiría} adelante"),
    },
    ("charges dropped", "bail set"): {"en": ("", ""), "es": ("", "")},  # ("released without charges" / "bajo fianza")
    ("charges dropped", "charges kept"): {  # criminal charges a prosecutor or a judge dropped, or kept or upheld
        "en": ("{dropped,drops,dismissed,dismisses,withdrew,withdraws} {the,all,all the,the remaining} charges|"
               "charges {,against him ,against her ,against them }{were,have been,had been,was,are} "
               "{dropped,dismissed,withdrawn}",
               "{upheld,upholds,kept,keeps,maintained,maintains} the charges|"
               "charges {,against him ,against her ,against them }{stand,remain,still stand,were upheld,have been "
               "upheld,was upheld}"),
        "es": ("{retiró,retiraron,retira,retiran,desestimó,desestimaron,desestima,retirará,retirarán} {los,todos los} "
               "cargos|{los ,}cargos {,en su contra ,contra él ,contra ella }{fueron,han sido,habían sido} "
               "{retirados,desestimados}|"
               "se {retiraron,retiran,desestimaron} {los,todos los} cargos",
               "{mantuvo,mantuvieron,mantiene,mantienen,ratificó,ratificaron,confirmó,confirmaron} {los,todos los} "
               "cargos|{los ,}cargos {,en su contra ,contra él ,contra ella }{se mantuvieron,se mantienen,se "
               "mantendrán,siguen vigentes,seguirán vigentes,siguen en pie,seguirán en pie}|"
               "{los ,}cargos {,en su contra ,contra él ,contra ella }{fueron,han sido,serán} {confirmados,"
               "ratificados,mantenidos}"),
    },
    ("reassigned", "fired or laid off"): {  # an official moved to another post, not dismissed
        "en": ("{was,were,been,is,are,be} reassigned", ""),
        "es": ("reasignad{o,a,os,as}|{fue,fueron} trasladad{o,a,os,as} a otro {puesto,cargo}", ""),
    },
    ("over the counter", "prescription"): {  # a drug, a test
        "en": ("without a prescription|over the counter|over-the-counter|no prescription {needed,required}",
               "{requires,require,required,needs,need} a prescription|{by,with} prescription only|"
               "prescription-only|only with a prescription"),
        "es": ("sin receta{, médica}|de venta libre",
               "{requiere,requieren,necesita,necesitan} {,una }receta{, médica}|{solo,sólo} con receta{, médica}|"
               "bajo receta{, médica}|disponible{,s} {solo,sólo,únicamente} con receta|"
               "{solo,sólo} {estará,está,estarán,están,será,serán} disponible{,s} con receta"),
    },
    ("tied", "ahead"): {  # a race in the polls or the count ("neck and neck" / "lidera")
        "en": ("{are,were,is,was,remain,remained,remains} {tied,deadlocked}|{a,in a} {dead heat,statistical tie}|"
               "neck and neck", ""),
        "es": ("{están,estaban,siguen,seguían,permanecen} empatad{o,a,os,as}|{en un,un} empate técnico|"
               "{están,estaban} parejos", ""),
    },
    ("overtime", "regulation"): {  # when a game was decided
        # (a game's overtime only: "overtime pay" is a wage's)
        "en": ("{in,into,during,of,to} {,double ,triple }overtime|"
               "overtime {win,loss,victory,defeat,period,winner,goal}|extra time|extra innings|{in,into} OT", "{in,of} regulation|regulation time|regular time"),
        "es": ("tiempo extra|tiempo suplementario|tiempos extra|entradas extra{,s}|prórroga",
               "tiempo reglamentario|tiempo regular"),
    },
    ("peak", "off-peak"): {  # when a bus runs, a rate applies
        "en": ("rush hour{,s}|peak {hours,times,period,periods}|during peak",
               "off-peak|outside {,of }{rush hour,rush hours,peak hours}"),
        "es": ("hora{,s} pico|hora{,s} punta|horario{,s} pico",
               "fuera de {,la ,las }hora{,s} {pico,punta}|fuera del horario pico"),
    },
    # a contest won said finished second ("Local Teen Wins National Spelling Bee" / "queda en segundo lugar")
    ("first place", "second place"): {
        "en": ("first place|{won,wins,win,winning} {the ,a ,}{national ,state ,regional ,}{spelling bee,competition,"
               "contest}|{took,takes,take} first",
               "second place|runner-up|runners-up|{took,takes,take,finished,finishes,finish} second"),
        "es": ("primer {lugar,puesto}|{ganó,gana,ganará,ganaron} {el,la} {concurso,competencia,certamen}",
               "segundo {lugar,puesto}|subcampe{ón,ona,ones,onas}"),
    },
    ("won the game", "second place"): {"en": ("", ""), "es": ("", "")},  # ("won the tournament" / "segundo lugar")
    ("ranked first", "second place"): {"en": ("", ""), "es": ("", "")},
    # where an event is held ("moved to a new location" / "en el mismo lugar")
    ("new location", "same location"): {
        "en": ("{moved,moves,move,moving,relocated,relocates,relocate,relocating} to a new {location,site,venue,home,"
               "building,space}|at a new {location,site,venue}",
               "{at,in} the same {location,site,venue,place,building,space}|{stays,stay,stayed,remains,remain} at "
               "{its,their} {current,usual} {location,site,venue,home}"),
        "es": ("{a,en} {un nuevo lugar,un nuevo sitio,un nuevo local,un nuevo edificio,una nueva sede,"
               "una nueva ubicación,otro lugar,otro sitio,otra sede}|{se mudó,se trasladó,se muda,se traslada,"
               "se mudará,se trasladará} a {un nuevo,una nueva,otro,otra}",
               "{en,a} el mismo {lugar,sitio,local,edificio,espacio}|{en,a} la misma {sede,ubicación}"),
    },
    # who a measure is for ("Small businesses will get tax credits" / "Las grandes empresas")
    ("small businesses", "large businesses"): {
        "en": ("small {business,businesses,companies,firms,employers}|small-business|small-businesses",
               "{large,big} {businesses,companies,corporations,firms,employers}|big business|large corporations"),
        "es": ("{pequeñas,pequeña} {empresas,empresa,compañías,firmas}|{pequeños,pequeño} {negocios,negocio,"
               "empleadores}|pymes|pyme",
               "{grandes,gran} {empresas,empresa,compañías,corporaciones,negocios,empleadores}"),
    },
    # who a clinic serves ("regardless of their immigration status" / "según su situación migratoria")
    ("regardless of", "depending on"): {
        "en": ("regardless of|irrespective of|no matter {their,his,her,its,your}",
               "depending on|based on {their,his,her,its,your}"),
        "es": ("sin importar|independientemente de|sin tener en cuenta|con independencia de",
               # ("según su abogado" is a source: what the measure depends on only)
               "{según,dependiendo de,en función de,de acuerdo con} {su,sus} {situación,estatus,estado,condición,"
               "ingresos,capacidad,edad,nivel,necesidades,nacionalidad}|dependiendo de|"
               # (a status required where it is not: "regardless of immigration status" / "si tienen papeles")
               "si {tienen,tiene,cuentan con,cuenta con} {papeles,documentos,estatus legal,seguro médico}"),
    },
    # a school's buses on a late start ("will run on a delayed schedule" / "con el horario normal")
    ("delayed schedule", "regular schedule"): {
        "en": ("{delayed,late-start,late start,modified} schedule|{one-hour,two-hour,1-hour,2-hour} delay", ""),
        "es": ("horario {retrasado,modificado,de entrada tardía}|{una hora,dos horas} de retraso", ""),
    },
    ("holiday schedule", "regular schedule"): {  # a bus line's, a city office's
        "en": ("{holiday,Sunday,weekend,reduced} schedule", "{regular,normal,usual} schedule"),
        "es": ("horario {festivo,de días festivos,de día festivo,de feriado,de días feriados,dominical,de domingo,"
               "de fin de semana,reducido}",
               "horario {normal,regular,habitual}"),
    },
    ("dam held", "dam breached"): {  # a dam, a levee in a flood
        "en": ("{dam,dams,levee,levees,dike,dikes} {held,holds,is holding,are holding,was holding}|"
               "{dam,dams,levee,levees,dike,dikes} {is,are} expected to hold",
               "{dam,dams,levee,levees,dike,dikes} {broke,burst,failed,collapsed,breached,gave way,was breached,"
               "were breached}|breach of the {dam,levee}|{dam,levee} breach{,es}"),
        "es": ("{presa,presas,represa,represas,dique,diques} {resistió,resistieron,resiste,resisten,aguantó,"
               "aguantaron,aguanta,resista,resistan,aguante,resistirá,aguantará}",
               "{presa,presas,represa,represas,dique,diques} se {rompió,rompieron,reventó,colapsó,desbordó}|"
               "{presa,presas,represa,represas,dique,diques} {colapse,colapsen,ceda,cedan,se rompa,colapsará}|"
               "{ruptura,rotura,colapso} {de la presa,de la represa,del dique}"),
    },
    ("near", "far from"): {  # where a tornado touched down, a crash happened ("cerca de 100" is about 100)
        "en": ("{near,not far from} {the,a,an,his,her,their,its}",  # ("close to the case": familiar)
               "{far from,far away from} {the,a,an,his,her,their,its}"),
        "es": ("{cerca,no lejos} {de la,del,de los,de las,de su,de sus,de un,de una}",
               "lejos {de la,del,de los,de las,de su,de sus,de un,de una}"),
    },
    ("winning", "tying"): {  # a goal, a run, a basket ("the winning goal" / "el gol del empate")
        "en": ("{winning,game-winning,go-ahead} {goal,run,basket,shot,touchdown,field goal,hit}|game-winner",
               "{tying,game-tying} {goal,run,basket,shot,touchdown,field goal,hit}|equalizer|equaliser"),
        "es": ("{gol,carrera,canasta,anotación,tiro} {de la victoria,del triunfo,de la ventaja,ganador,ganadora}",
               "{gol,carrera,canasta,anotación,tiro} del empate"),
    },
    ("by mail", "in person"): {  # a ballot, an application
        "en": ("by mail|mail-in|absentee", "in person|in-person"),
        "es": ("por correo {postal,ordinario,certificado}|por vía postal", "en persona|presencial{,es,mente}"),
    },
    # "por correo" alone is by mail or by email, each against the other ways ("por correo electrónico" is email:
    # ``_NOT_BEFORE``)
    ("by mail or email", "in person"): {"en": ("", ""), "es": ("por correo", "")},
    ("by mail or email", "by phone"): {"en": ("", ""), "es": ("", "")},
    ("by mail or email", "online"): {"en": ("", ""), "es": ("", "")},
    # a refund, a notice, a form sent by mail said by email ("Refunds will be sent by mail" / "por correo
    # electrónico"), and each way of applying against the others ("register by phone" / "por internet")
    ("by mail", "by email"): {
        "en": ("", "by email|by e-mail|via email|via e-mail|in an email|in an e-mail"),
        "es": ("", "{por,en un,mediante,vía} {correo electrónico,email,e-mail}|vía mail"),
    },
    ("by email", "in person"): {"en": ("", ""), "es": ("", "")},
    ("by email", "by phone"): {"en": ("", ""), "es": ("", "")},
    ("by mail", "by phone"): {"en": ("", ""), "es": ("", "")},
    ("by phone", "online"): {"en": ("", ""), "es": ("", "")},
    ("by mail", "online"): {"en": ("", ""), "es": ("", "")},
    ("free", "paid"): {
        "en": ("free of charge|for free|free|at no cost|at no charge|{waive,waives,waived,waiving} {the,all,its,their} "
               "{fee,fees}|"
               "{waive,waives,waived,waiving} {,the ,all ,its ,their }tuition|tuition-free|"
               "{waive,waives,waived,waiving} {,the ,all ,its ,their }{permit,application,entry,late,filing,overdraft,"
               "service,processing,transaction,ATM,late payment} {fee,fees}|"
               "{fee,fees} {will be,are,were,was,is,have been} waived",
               "paid|{is,are,was,were,will be} not free|for a {,small }fee|a fee of|"
               "there is a fee|charge a fee|{charges,charged,will charge} admission|admission is charged|"
               "{charge,charges,charged,will charge} {an entrance fee,an admission fee,entrance fees,admission fees}|"
               "{cost,costs,will cost,costing} $" + _AMOUNTS + "|"
               # (what people must or may buy: "can request a free trash can" / "pueden comprar un bote")
               "{can,may,must,will need to,need to,have to,will have to} {buy,purchase}"),
        "es": ("gratis|gratuit{o,a,os,as}|sin costo|{eximirá,eximió,exime,exonerará,exoneró,exonera} del pago|"
               "{condonará,condonó} {las tarifas,la tarifa,las cuotas,la cuota}|"
               # (a charge denied: "no cobrará cargos por sobregiro", read before its "cobrará cargos")
               "no {cobra,cobran,cobrará,cobrarán,cobró,cobraron} {cargos,comisiones,cuotas,tarifas,multas,recargos}|"
               "no se {cobra,cobran,cobrará,cobrarán,cobró,cobraron} {la tarifa,las tarifas,la cuota,las cuotas,"
               "cargos,comisiones,la entrada,la matrícula}",
               "pagad{o,a,os,as}|{es,son,será,serán} de pago|{tiene,tienen,tendrá,tendrán} un costo|"
               "no {es,son,era,eran,será,serán} {gratis,gratuito,gratuita,gratuitos,gratuitas}|"
               "por una {tarifa,cuota}|mediante el pago de|previo pago|"
               "{tendrán,tendrá,deberán,deberá} que pagar {la,una,el,un} {tarifa,cuota,costo,cargo}|"
               "{tendrán,tendrá,deberán,deberá} pagar {la,una,el,un} {tarifa,cuota,costo,cargo}|"
               "{cobrará,cobrarán,cobra,cobran} una {tarifa,cuota}|"
               "{cobra,cobran,cobró,cobraron,cobrará,cobrarán} {,la }entrada|se {cobra,cobrará} {,la }entrada|"
               "{cobra,cobran,cobrará,cobrarán} {las tarifas,la tarifa,las cuotas,la cuota}|"
               # (the fee before its verb: "La tarifa se cobrará si el formulario se envía en línea")
               "{tarifa,tarifas,cuota,cuotas,cargo,cargos,entrada} se {cobra,cobran,cobrará,cobrarán,cobró,cobraron}|"
               "{cobra,cobran,cobrará,cobrarán,cobró,cobraron} {cuotas,tarifas}|"
               "{cobra,cobran,cobrará,cobrarán,cobró,cobraron} {multas,recargos} por retraso|"
               "{cobra,cobran,cobrará,cobrarán,cobró,cobraron} {cargos,comisiones,cuotas,tarifas} por "
               "{sobregiro,servicio,procesamiento,transacción,pago atrasado,retraso}|"
               "{cobra,cobran,cobrará,cobrarán} las tarifas de {los,las} {permisos,solicitudes}|"
               # (a meal or a service charged: "La escuela cobra el desayuno")
               "{cobra,cobran,cobrará,cobrarán,cobraba,cobraban} {el,los,la,las} {desayuno,desayunos,almuerzo,"
               "almuerzos,comida,comidas,transporte,estacionamiento,servicio,servicios}|"
               "{cobra,cobran,cobró,cobraron,cobrará,cobrarán} {,la }matrícula|"
               # (a charge for a service: "cobrará por la ayuda", "Los parquímetros cobrarán los domingos")
               "{cobra,cobran,cobrará,cobrarán} por {la ayuda,el servicio,los servicios,la entrada,el uso,"
               "el estacionamiento,la asesoría,las clases,la consulta,las consultas}|"
               "{parquímetros,parquímetro} {cobran,cobra,cobrarán,cobrará}|"
               # (a price: "El servicio de autobús costará un dólar")
               "{cuesta,cuestan,costará,costarán,costaba,costaban,costó,costaron} {un dólar,un peso,un euro}|"
               "{cuesta,cuestan,costará,costarán,costaba,costaban,costó,costaron} " + _AMOUNTS
               + " {dólares,centavos}|"
               "{pueden,puede,podrán,podrá,deben,debe,deberán,deberá,tendrán que,tendrá que,tienen que,tiene que} "
               "comprar"),
    },
    ("free", "low cost"): {  # a service, a clinic's shots, admission
        "en": ("free of charge|for free|free|at no cost|at no charge",
               "low-cost|low cost|reduced-price|reduced price|reduced-cost|discounted|at a discount|half price|"
               "half-price|half off|{pay,pays} half"),
        "es": ("gratis|gratuit{o,a,os,as}|sin costo",  # ("de bajo costo", "asequible": affordable housing)
               "a bajo costo|{a,de} precio reducido|con descuento|a bajo precio|{a,de} costo reducido|"
               "a mitad de precio|{pagan,paga,pagarán,pagará} la mitad"),
    },
    ("temporary", "permanent"): {  # (an interim superintendent made a permanent one)
        # ("acting" before an office only: "acting on", "acting as" are no post)
        "en": ("temporary|temporarily|interim|seasonal|one-time {bonus,bonuses,payment,payments,stipend,grant,check}|"
               "acting {chief,police chief,fire chief,director,superintendent,mayor,president,secretary,head,"
               "commissioner,manager,city manager,principal,sheriff,governor,administrator,chair}|"
               "pilot {program,programs,project,projects,programme}",
               "permanent|permanently|{will ,to ,}{close,closes,closed,closing,shut,shuts} {,down ,its doors }for good"),
        "es": ("temporal{,es,mente}|provisional{,es,mente}|interin{o,a,os,as}|de temporada|estacional{,es}|"
               "bono único|bonos únicos|{programa,programas,proyecto,proyectos,plan} piloto",
               "permanente{,s,mente}|definitiv{o,a,os,as}|definitivamente"),
    },
    # a season's weather ("Forecasters expect a dry winter" / "un invierno lluvioso")
    ("dry", "wet"): {
        "en": ("dry {winter,summer,season,spring,fall,year,conditions,weather,spell}|drier than {normal,usual,average}",
               "{wet,rainy} {winter,summer,season,spring,fall,year,conditions,weather,spell}|"
               "wetter than {normal,usual,average}|rainy season"),
        "es": ("{invierno,verano,temporada,primavera,otoño,año,clima,tiempo} sec{o,a}|condiciones secas|"
               "más sec{o,a} de lo {normal,habitual}|época de secas|temporada seca",
               "{invierno,verano,otoño,año,clima,tiempo} {lluvioso,húmedo}|{temporada,primavera} {lluviosa,húmeda}|"
               "condiciones húmedas|más lluvios{o,a} de lo {normal,habitual}|{temporada,época} de lluvias"),
    },
    # marijuana for fun or as medicine ("would legalize recreational marijuana" / "la marihuana medicinal")
    ("recreational", "medical"): {
        "en": ("recreational {marijuana,cannabis,use,pot,sales}|adult-use", "medical {marijuana,cannabis,pot}"),
        "es": ("{marihuana,mariguana,cannabis} {recreativa,recreacional,de uso recreativo,para uso recreativo,"
               "de uso adulto,para uso adulto}|uso recreativo|uso adulto",
               "{marihuana,mariguana,cannabis} {medicinal,de uso medicinal,para uso medicinal,médica,terapéutica}|"
               "uso medicinal"),
    },
    # a worker's shift ("night-shift nurses" / "para el turno de día")
    ("night shift", "day shift"): {
        "en": ("night shift{,s}|night-shift|overnight shift{,s}", "day shift{,s}|day-shift"),
        "es": ("turno{,s} {de noche,nocturno,nocturnos}", "turno{,s} {de día,diurno,diurnos,de la mañana,matutino}"),
    },
    # a house put on the market or sold ("was listed for $450,000" / "se vendió por")
    ("listed", "sold"): {  # ("sold" is ("bought", "sold")'s kind, its phrases there)
        "en": ("{listed,on the market,put up for sale,for sale} for", ""),
        "es": ("{a la venta,en venta,se ofrece,se ofrecía,salió a la venta,se puso a la venta,se anuncia} por|"
               "{tiene,tenía} un precio de venta de", ""),
    },
    # a program's day or a rental's term ("will be full-day" / "será de medio día", "short-term rentals" / "a largo
    # plazo")
    ("full-day", "half-day"): {
        "en": ("full-day|full day|all-day|all day", "half-day|half day|part-day"),
        "es": ("{de,a} día completo|todo el día", "{de,a} medio día"),
    },
    ("short-term", "long-term"): {
        "en": ("short-term|short term", "long-term|long term"),
        "es": ("{a,de} corto plazo|{de,a} corta {duración,estancia,estadía}",
               "{a,de} largo plazo|{de,a} larga {duración,estancia,estadía}"),
    },
    # a dog kept on a leash or let off it ("must be kept on a leash" / "pueden andar sin correa")
    ("on a leash", "off leash"): {
        "en": ("on a leash|on leash|leashed|on a lead", "off leash|off-leash|off a leash|unleashed|without a leash"),
        "es": ("con correa|atad{o,a,os,as} con {correa,una correa}|sujet{o,a,os,as} con correa",
               "sin correa|suelt{o,a,os,as}"),
    },
    # a grand jury's answer ("declined to indict the officer" / "acusó formalmente al agente")
    ("indicted", "not indicted"): {
        "en": ("{indicted,indicts,indict,returned an indictment}",
               "{declined,refused,decided not,voted not} to indict|{did not,didn't,would not} indict|no bill|"
               "no-bill|not to indict"),
        "es": ("{acusó,acusaron,acusa,acusará} formalmente|{presentó,presentaron,emitió,emitieron} {una acusación "
               "formal,cargos formales}|{fue,fueron,ha sido,han sido} {acusado,acusada,acusados,acusadas} formalmente",
               "{decidió,decidieron,se negó a,se negaron a,optó por} no {acusar,presentar cargos,imputar}|"
               "no {acusó,acusaron} formalmente"),
    },
    ("federal", "state"): {  # a court, a judge, a law, an agency ("state" as an adjective only: "the state" is a noun)
        "en": ("federal|federally",
               "state {court,courts,judge,judges,law,laws,lawmakers,legislature,legislators,prosecutor,prosecutors,"
               "officials,agency,agencies,police,troopers,senate,senator,senators,representative,funds,funding,budget,"
               "charges,prison,level}|{funded,paid for,run,operated} by the state|state-funded|state-run|"
               "state {money,grant,grants}|"
               # (a list of the levels: "state, county, and municipal" / "estatales, provinciales y municipales")
               "state, county|state and county"),
        "es": ("federal{,es}", "estatal{,es}|{financiad,pagad,administrad}{o,a,os,as} por el estado|"
               "{fondos,dinero} del estado"),
    },
    ("undocumented", "documented"): {  # an immigrant's status
        "en": ("undocumented|without {legal status,papers,documents}|in the country illegally|"
               "{lived,lives,living,live,stayed,stays,staying,remained,remains,entered,enters,arrived} "
               "{,in the United States ,in the U.S. ,in the country }illegally|"
               "{entered,enters,entering} {the United States,the U.S.,the country} illegally",
               "documented|with {legal status,papers}|"
               "{lived,lives,living,live,stayed,stays,staying,remained,remains,entered,enters,arrived} "
               "{,in the United States ,in the U.S. ,in the country }legally|"
               "{entered,enters,entering} {the United States,the U.S.,the country} legally"),
        "es": ("indocumentad{o,a,os,as}|sin {documentos,papeles,estatus legal,estatus migratorio,estatus}|"
               "{de forma,de manera} irregular|" + _ENTERED_ES + " {ilegalmente,de forma ilegal,de manera ilegal}",
               "documentad{o,a,os,as}|con {documentos,papeles,estatus legal}|{de forma,de manera} regular|"
               + _ENTERED_ES + " {legalmente,de forma legal,de manera legal}"),
    },
    ("expanded", "restricted"): {  # access, a program, a right
        "en": ("expand|expands|expanded|expanding|expansion|broaden|broadens|broadened",
               "restrict|restricts|restricted|restricting|limit access|limits access|limited access|"
               "{would,will,to} limit|narrows|narrowed"),  # ("curb" is also the kerb, "narrow" a road)
        # ("amplió el plazo" extends a deadline: a date put off, not access widened)
        "es": ("ampli{ar,a,an,ará,arán,aría,arían}|ampliación|expandir|expand{e,en,ió,ieron,irá,iría}",
               "restring{ir,e,en,irá,iría}|restringi{ó,eron}|limit{ar,a,an,ó,aron,ará,arán,aría,arían}|"
               "reduc{irá,iría} el acceso"),
    },
    ("citizen", "permanent resident"): {  # an immigrant's status ("ciudadano" alone is also a resident, "la
        # ciudadanía" the public)
        "en": ("{U.S.,US,American} {citizen,citizens,citizenship}|naturalized|naturalization",
               "{legal,lawful} permanent resident{,s}|permanent resident{,s}|permanent residency|green card{,s}"),
        "es": ("{ciudadano,ciudadana,ciudadanos,ciudadanas} {estadounidense,estadounidenses,americano,americana,"
               "americanos,americanas}|ciudadanía {estadounidense,americana}|naturalizad{o,a,os,as}|naturalización",
               "residente{,s} permanente{,s}|residencia permanente|residencia legal permanente|tarjeta verde|"
               "green card"),
    },
    ("asylum seekers", "refugees"): {  # two statuses a US story tells apart
        "en": ("asylum {seeker,seekers,seeking}|{seeking,sought,seek,seeks,request,requested,requesting,applied for} "
               "asylum", "refugee{,s}"),
        "es": ("solicitante{,s} de asilo|{pedir,pidió,pidieron,piden,pide,solicitar,solicitó,solicitaron,solicitan,"
               "solicita,buscan,buscar,buscaban} asilo", "refugiad{o,a,os,as}"),
    },
    # asylum sought, granted or denied ("The family is seeking asylum" / "La familia obtuvo asilo")
    ("asylum granted", "asylum denied"): {
        "en": ("{granted,given,received,won,obtained,awarded} asylum|asylum {was,has been,had been} granted",
               "denied asylum|asylum {was,were,has been,had been} denied|{rejected,denied} {his,her,their} asylum "
               "{claim,request,application,case}|asylum {claim,request,application} {was,has been} {denied,rejected}"),
        "es": ("{obtuvo,obtuvieron,recibió,recibieron,consiguió,consiguieron,ganó,ganaron,ha obtenido,han obtenido,"
               "ha recibido,han recibido} {el ,}asilo|{se le,se les} {concedió,otorgó,dio} {el ,}asilo|"
               "{le,les} {concedieron,otorgaron,dieron,concedió,otorgó} {el ,}asilo",
               "{se le,se les} {negó,denegó} {el ,}asilo|{le,les} {negaron,denegaron,negó,denegó} {el ,}asilo|"
               "{negó,negaron,denegó,denegaron,rechazó,rechazaron} {el asilo,su solicitud de asilo,la solicitud de "
               "asilo}|solicitud de asilo {fue,ha sido} {rechazada,denegada,negada}"),
    },
    ("asylum seekers", "asylum granted"): {"en": ("", ""), "es": ("", "")},
    ("asylum seekers", "asylum denied"): {"en": ("", ""), "es": ("", "")},
    ("arrested", "deported"): {"en": ("", ""), "es": ("", "")},
    ("allowed to stay", "deported"): {  # an immigrant's case
        "en": ("{allowed,permitted} to {stay,remain}|{granted,won} a stay of {removal,deportation}", ""),
        "es": ("{se le permitió,se les permitió,podrá,podrán,pudo,pudieron} {quedarse,permanecer} en el país|"
               "{se le permitió,se les permitió} {quedarse,permanecer}", ""),
    },  # ("detained by ICE" / "deportado por ICE")
    ("released", "deported"): {"en": ("", ""), "es": ("", "")},  # ("was deported to Mexico" / "fue liberado")
    ("deported", "extradited"): {
        "en": ("deport{,s,ed,ing}|deportation{,s}|removed from the country", "extradit{e,es,ed,ing}|extradition"),
        "es": ("deport{ar,ado,ada,ados,adas,ó,aron,a,an,ará,arán,ación,aciones}",
               "extradit{ar,ado,ada,ados,adas,ó,aron,a,an,ará,arán}|extradición"),
    },
    # a court's level (a state's Supreme Court too: the same name on both sides; "High Court" and "Tribunal
    # Superior" name a high court in one country and an appeals court in another, and are not read)
    ("appealed", "complied"): {  # a ruling a city or a defendant will fight or accept
        "en": ("{will,would,to,plans to,vowed to,intends to} appeal|appealed the {ruling,decision,verdict,sentence}",
               "{will,would,to} {comply with,abide by,accept} the {ruling,decision,verdict,order}|complied with|"
               "{accepted,accepts} the {ruling,decision,verdict}"),
        "es": ("apel{ará,arán,aría,arían,ó,aron}|{para ,}apelar",
               "acat{ará,arán,aría,arían,ó,aron,ar}|"
               "{aceptó,aceptaron,acepta,aceptan,aceptará,aceptarán,aceptaría,aceptarían} {el fallo,la decisión,"
               "el veredicto,la sentencia}|"
               "{cumplirá,cumplirán,cumpliría} con {el fallo,la decisión,la orden}"),
    },
    ("supreme court", "appeals court"): {
        "en": ("supreme court{,s}", "{appeals,appellate} court{,s}|court{,s} of appeal{,s}|"
                                               "circuit court of appeals"),
        "es": ("corte suprema|suprema corte|tribunal supremo|máximo tribunal|alto tribunal",
               "{corte,cortes,tribunal,tribunales} de apelaci{ón,ones}|tribunal{,es} de alzada"),
    },
    ("appeals court", "trial court"): {
        "en": ("{appeals,appellate} court{,s}|court{,s} of appeal{,s}|circuit court of appeals",
               "{district,superior,county,municipal,trial,family,juvenile,regional} court{,s}"),
        "es": ("{corte,cortes,tribunal,tribunales} de apelaci{ón,ones}|tribunal{,es} de alzada",
               "{corte,tribunal,juzgado} {de distrito,del distrito,del condado,de condado,municipal,"
               "de primera instancia,de familia,familiar,de menores}|corte superior"),
    },
    ("supreme court", "trial court"): {
        "en": ("supreme court{,s}", "{district,superior,county,municipal,trial,family,juvenile,regional,lower} "
               "court{,s}"),
        "es": ("corte suprema|suprema corte|tribunal supremo|máximo tribunal|alto tribunal",
               "{corte,tribunal,juzgado} {de distrito,del distrito,del condado,de condado,municipal,"
               "de primera instancia,de familia,familiar,de menores}|corte superior|"
               "{corte,cortes,tribunal,tribunales,instancia,instancias} inferior{,es}"),
    },
    ("wildfire", "structure fire"): {  # what burned: land or a building
        "en": ("wildfire{,s}|brush fire{,s}|brushfire{,s}|forest fire{,s}|grass fire{,s}|vegetation fire{,s}",
               "{house,home,apartment,structure,building,residential,commercial} fire{,s}"),
        "es": ("incendio{,s} forestal{,es}|incendio{,s} de {maleza,pastizal,pastizales,vegetación,matorrales}",
               "incendio{,s} {residencial,residenciales,estructural,estructurales,comercial}|"
               "incendio{,s} {de,en} {una casa,una vivienda,un edificio,un apartamento,un departamento}"),
    },
    ("slowed", "accelerated"): {  # growth, inflation, a pace ("inflation slowed" / "se aceleró")
        "en": ("slowed|slows|slowing|slowdown{,s}|decelerated|deceleration|{will,to} slow",
               "accelerated|accelerates|accelerating|acceleration|sped up|speeds up|{will,to} accelerate|"
               "{will,to,would} speed up"),
        # ("frenará las deportaciones": will curb them; "frenó el proyecto", halted, says no pace turned against it)
        "es": ("se desaceler{ó,aron,a,an,ará,arán}|desaceleración|se ralentiz{ó,aron,a,an}|ralentización|"
               "fren{ó,aron,ará,arán,aría,arían}|"
               "se {está,están,estaba,estaban} desacelerando|se " + _PERFECT + " {desacelerado,ralentizado}",
               "se aceler{ó,aron,a,an,ará,arán}|aceleración|repunt{ó,aron,ará}|repunte|"
               "se {está,están,estaba,estaban} acelerando|se " + _PERFECT + " acelerado"),
    },
    ("passed", "failed"): {  # an inspection, an exam, a drug test
        "en": ("passed " + _TESTS["en"] + "|passing {grade,grades,score,scores,mark,marks}|"
               "{received,receives,got,earned} a {perfect,passing} {,health }inspection score",
               "failed " + _TESTS["en"] + "|failing {grade,grades,score,scores,mark,marks}"),
        "es": ("{aprobó,aprobaron,pasó,pasaron,superó,superaron} " + _TESTS["es"] + "|"
               "{calificación,calificaciones,nota,notas} {aprobatoria,aprobatorias}",
               "{reprobó,reprobaron,suspendió,suspendieron,no aprobó,no aprobaron,no pasó,no pasaron,no superó,"
               "no superaron} " + _TESTS["es"] + "|{calificación,calificaciones,nota,notas} {reprobatoria,"
               "reprobatorias}"),
    },
    ("charges dropped", "charges filed"): {  # a prosecutor's decision
        # (released without charges: none filed, "liberado sin cargos" / "con cargos")
        "en": ("{dropped,dismissed} the charges|dropped charges|charges {were,have been,had been} {dropped,dismissed}|"
               "released without {charge,charges,being charged}",
               "filed charges|charges {were,have been,had been} filed|{brought,pressed} charges|"
               "released {with charges,on charges}"),
        "es": ("{retiró,retiraron,desestimó,desestimaron} los cargos|cargos {fueron,han sido} {retirados,desestimados}|"
               "retirada de los cargos|{liberado,liberada,liberados,liberadas,puesto,puesta} en libertad sin cargos|"
               "{liberado,liberada,liberados,liberadas} sin cargos",
               "{presentó,presentaron,formuló,formularon} {,nuevos ,más }cargos|"
               "cargos {fueron,han sido} {presentados,formulados}|"
               "{liberado,liberada,liberados,liberadas} con cargos"),
    },
    ("rural", "urban"): {  # who a program, a grant, a school serves
        "en": ("rural", "urban"),
        "es": ("rural|rurales", "urban{o,a,os,as}"),
    },
    ("fled the scene", "stayed at the scene"): {  # a driver after a crash ("hit-and-run": fled)
        "en": ("{fled,left} the scene|{drove,ran,sped} off|hit-and-run|hit and run",
               "{stayed,remained} {at the scene,on scene,at the site}"),
        "es": ("huy{ó,eron} del lugar|se di{o,eron} a la fuga|huy{ó,eron} de la escena|abandon{ó,aron} el lugar|"
               "se {fue,fueron} del lugar",
               "{permaneció,permanecieron,se quedó,se quedaron} en {el lugar,la escena}"),
    },
    ("county jail", "federal"): {  # where a person is held (a county's jail, a federal or a state prison)
        "en": ("county jail{,s}|county detention {center,centers,facility}", ""),
        "es": ("cárcel del condado|cárceles del condado|centro de detención del condado", ""),
    },
    ("county jail", "state"): {"en": ("", ""), "es": ("", "")},
    # a stadium or a shelter full said empty ("The stadium was full" / "El estadio estaba vacío")
    ("full", "vacant"): {"en": ("", ""), "es": ("", "")},
    # a place for residents only said open to the public, and one open to anyone said private
    ("only residents", "public"): {"en": ("", ""), "es": ("", "")},
    ("anyone", "private"): {"en": ("", ""), "es": ("", "")},
    ("only residents", "anyone"): {  # who may apply, enter, sign up
        # (and voters, members, citizens, students, employees: "Only registered voters may sign" / "Cualquier
        # residente puede firmar")
        "en": ("{only,solely,exclusively} {,city ,county ,local ,current }residents|residents only|"
               "{only,solely,exclusively} {,registered ,eligible }{voters,members,citizens,students,employees}|"
               "{open,available} only to|restricted to residents|limited to residents",
               "anyone|any person|any {resident,voter,member,citizen,student,employee}|open to all|open to everyone|"
               "everyone is welcome"),
        "es": ("{solo,sólo,solamente,únicamente,exclusivamente} {,los ,las }{residentes,vecinos}|"
               "{solo,sólo,solamente,únicamente,exclusivamente} {,los ,las }{votantes,electores,miembros,socios,"
               "ciudadanos,estudiantes,alumnos,empleados}|"
               "{solo,sólo,exclusivamente} para {,los }{residentes,vecinos}|exclusivo para {residentes,vecinos}|"
               "{abierto,abierta,disponible} solo {a,para}",
               "cualquier persona|cualquiera|cualquier {residente,vecino,votante,elector,miembro,socio,ciudadano,"
               "estudiante,alumno,empleado}|abiert{o,a} a todos|todos son bienvenidos|toda persona"),
    },
    ("county", "city"): {  # which local government acts or pays ("municipio" is a county in Mexico: not read)
        "en": ("county|counties", "city|cities|town"),
        "es": ("condado{,s}", "ciudad{,es}|pueblo"),
    },
    ("state", "county"): {"en": ("", ""), "es": ("", "")},  # ("State officials" / "Funcionarios del condado")
    ("suicide", "homicide"): {  # how a death was ruled
        "en": ("suicide{,s}|took {his,her,their} own li{fe,ves}|killed {himself,herself,themselves}|"
               "shot {himself,herself}|self-inflicted",
               "homicide{,s}|{was,were} murdered|{was,were} slain"),
        "es": ("suicidio{,s}|se quitó la vida|se suicid{ó,aron}|se {quitaron,quitó} la vida|"
               "{se disparó,dispararse} a sí mism{o,a}|autoinfligid{o,a}",
               "homicidio{,s}|{fue,fueron} asesinad{o,a,os,as}"),
    },
    ("suicide", "killed by police"): {"en": ("", ""), "es": ("", "")},  # ("shot by police" / "dispararse a sí mismo")
    # a rule that makes a thing easier said harder ("will make it easier to vote" / "hará más difícil votar")
    ("easier", "harder"): {
        "en": ("{make,makes,made,making} it easier|easier to|{more easily,easier} accessible|the easiest",
               "{make,makes,made,making} it {harder,more difficult}|{harder,more difficult} to|"
               "the {hardest,toughest,most difficult}"),
        # ("facilitar" is as often to provide: "facilitó la información")
        "es": ("{hará,hace,hizo,haría,hacer} más fácil|más fácil {de,para}|"
               "facilit{a,an,ó,aron,ará,arán,aría,arían} {el acceso,la solicitud,el proceso,el trámite,que}",
               "{hará,hace,hizo,haría,hacer} más difícil|más difícil {de,para}|dificult{ar,ará,aría,ó,a,an,arán}"),
    },
    # (the hardest decision said the easiest: "la decisión más fácil")
    ("easy", "harder"): {"en": ("", ""), "es": ("", "")},
    ("easier", "difficult"): {"en": ("", ""), "es": ("", "")},
    # a thing easy, cheap or strong said the other way ("The test is easy" / "La prueba es difícil", "too expensive" /
    # "muy barato", "Sales were strong" / "fueron débiles"), or denied ("is not easy" / "es difícil": difficult)
    ("easy", "difficult"): {
        "en": ("easy|easily|" + _quality_denied("difficult", "en"),
               "difficult|{hard,tough} to|" + _quality_denied("easy", "en")),
        "es": ("fácil{,es}|fácilmente|" + _quality_denied("difícil{,es}", "es"),
               "difícil{,es}|" + _quality_denied("fácil{,es}", "es")),
    },
    ("expensive", "cheap"): {
        "en": ("expensive|costly|pricey|" + _quality_denied("cheap", "en"),
               "cheap|cheaper|cheapest|inexpensive|{least,less} {expensive,costly}|"
               + _quality_denied("expensive|costly", "en")),
        # ("cara" alone is also a face: after a word of degree or a copula only)
        "es": ("car{o,os,as}|{más,muy,es,era,sea,son,eran,resulta,resultó,bastante,demasiado,tan} cara|"
               "costos{o,a,os,as}|" + _quality_denied("barat{o,a,os,as}", "es"),
               "barat{o,a,os,as}|{menos,poco} {costoso,costosa,costosos,costosas}|"
               + _quality_denied("car{o,a,os,as}|costos{o,a,os,as}", "es")),
    },
    ("strong", "weak"): {
        "en": ("strong|stronger|strongest|" + _quality_denied("weak", "en"),
               "weak|weaker|weakest|" + _quality_denied("strong", "en")),
        "es": ("fuerte{,s}|" + _quality_denied("débil{,es}", "es"),
               "débil{,es}|" + _quality_denied("fuerte{,s}", "es")),
    },
    # what a clinic or a site offers: tests or shots ("offers free COVID tests" / "ofrece vacunas gratuitas")
    ("tests", "vaccines"): {
        "en": ("{covid,covid-19,coronavirus,flu,free,rapid,antigen,pcr,drive-through,drive-thru} {test,tests,testing}|"
               "testing {site,sites,center,centers,clinic,clinics}",
               # (not "flu shots" as one phrase: the flu is the disease's, "flu shots" / "vacunas contra el COVID")
               "vaccine{,s}|vaccination{,s}|booster{,s}|free shot{,s}|shots"),
        "es": ("prueba{,s} {de,del,contra el} {covid,covid-19,coronavirus}|prueba{,s} {gratuita,gratuitas,rápida,"
               "rápidas,de antígeno,de antígenos,pcr}|{sitio,sitios,centro,centros} de {pruebas,prueba}",
               "vacuna{,s}|vacunación|dosis de refuerzo|refuerzo{,s}"),
    },
    # how someone took a decision or a result ("She said she was disappointed by the decision" / "satisfecha")
    ("pleased", "disappointed"): {
        # (and proud: "I'm proud of our students" / "Estoy decepcionado de nuestros estudiantes")
        # (happy only after a verb: "Happy Thanksgiving", "happy hour")
        "en": ("pleased|satisfied|proud|{am,are,is,was,were,'m,'re,'s} {,very ,so ,really ,extremely }"
               "{happy,thrilled,delighted}|happy with",
               # (and grieving: "We are heartbroken" / "Estamos felices")
               "disappointed|disappointing|dissatisfied|heartbroken|saddened|"
               "{am,are,is,was,were,'m,'re} {,deeply ,truly ,absolutely }devastated"),
        "es": ("satisfech{o,a,os,as}|complacid{o,a,os,as}|content{o,a,os,as}|orgullos{o,a,os,as}|"
               "{estoy,estamos,está,están,estaba,estaban,estaría} {,muy ,tan ,realmente }{feliz,felices,encantado,"
               "encantada,encantados,encantadas}",
               "decepcionad{o,a,os,as}|decepcionante{,s}|insatisfech{o,a,os,as}|defraudad{o,a,os,as}|"
               "desconsolad{o,a,os,as}|entristecid{o,a,os,as}|con el corazón roto|con el corazón destrozado|"
               "{estoy,estamos,está,están,estaba,estaban} {,muy ,profundamente }{devastad,destrozad}{o,a,os,as}"),
    },
    # officers or staff said to have followed the rules, or broken them ("the officers followed policy" / "violaron
    # la política")
    ("followed policy", "violated policy"): {
        "en": ("{followed,follow,follows} {policy,protocol,procedure,procedures,department policy,"
               "the department's policy,proper procedure,proper procedures}|{acted,were,was} within policy",
               "{violated,violate,violates,broke,breached} {policy,protocol,procedure,procedures,department policy,"
               "the department's policy}|{acted,were,was} outside {of ,}policy"),
        "es": ("{siguieron,siguió,sigue,siguen,cumplieron,cumplió,respetaron,respetó} {la política,el protocolo,"
               "los protocolos,el procedimiento,los procedimientos,las normas}|{actuaron,actuó} conforme a "
               "{la política,el protocolo,los protocolos,las normas}",
               "{violaron,violó,viola,violan,infringieron,infringió,incumplieron,incumplió} {la política,el protocolo,"
               "los protocolos,el procedimiento,los procedimientos,las normas}"),
    },
    # a measure judged ("a step in the right direction" / "un paso atrás")
    ("step forward", "step back"): {
        "en": ("{a,an important,a big,a major,a positive,a first} step {forward,in the right direction}",
               "{a,a big,a major} step {back,backward,backwards}|{a,a major} setback"),
        "es": ("un {,gran ,importante }paso {adelante,hacia adelante,en la dirección correcta,en la buena dirección}",
               "un {,gran }paso atrás|un retroceso"),
    },
    # a person's post held before or now ("The suspect is a former employee" / "un empleado actual"; Spanish glues
    # "ex" to its noun as often as not, "exalcalde")
    ("former", "current"): {
        "en": ("former|previous|" + _EX_NOUNS["en"], "current|currently|incumbent|active-duty|active duty|"
               "in active service"),
        "es": ("ex|antigu{o,a,os,as}|anterior{,es}|" + _EX_NOUNS["es"], "actual|actuales|actualmente|"
               "en servicio activo|en activo"),
    },
    # when a law or a rule takes effect ("takes effect immediately" / "entrará en vigor el próximo año")
    ("takes effect immediately", "takes effect later"): {
        "en": ("{takes,take,took,will take,would take} effect immediately|effective immediately|"
               "{goes,went,will go} into effect immediately",
               "{takes,take,will take,would take} effect {next,in,on,starting,after,at the start of}|"
               "{goes,will go,would go} into effect {next,in,on,starting,after}"),
        "es": ("{entra,entró,entrará,entraría} en vigor {de inmediato,inmediatamente,de manera inmediata}|"
               "con efecto inmediato|de aplicación inmediata",
               "{entra,entrará,entraría} en vigor {el próximo,la próxima,dentro de,en,a partir del,a partir de,el 1,"
               "el primero}"),
    },
    # an official's remarks apologized for said defended ("apologized for the remarks" / "defendió sus comentarios")
    ("apologized", "stood by"): {
        "en": ("{apologized,apologised,apologizes,apologises} {for,to}|{issued,offered} an apology",
               "{defended,defends,stood by,stands by} {his,her,their} {remarks,comments,statement,statements,words}|"
               "{refused,refuses,declined} to apologize"),
        "es": ("{se disculpó,se disculpa,pidió disculpas,pide disculpas,pidió perdón,pide perdón,ofreció disculpas} "
               "{por,a}",
               "{defendió,defiende,sostuvo,mantuvo} sus {comentarios,declaraciones,palabras,dichos}|"
               "se {negó,niega} a {disculparse,pedir disculpas,pedir perdón}"),
    },
    # (an apology said a defence: "apologized to the family" / "defendió a los agentes")
    ("apologized", "praised"): {"en": ("", ""), "es": ("", "")},
    ("apologized", "denied"): {"en": ("", ""), "es": ("", "")},  # ("apologized for the error" / "negó el error")
    # money sent said received ("sends money to relatives in Guatemala" / "recibe dinero de sus familiares")
    ("sent money", "received money"): {
        "en": ("{send,sends,sent,sending,will send,wire,wires,wired} {money,remittances,funds,cash} {to,back}",
               "{receive,receives,received,receiving,will receive,get,gets,got} {money,remittances,funds,cash} from"),
        "es": ("{envía,envían,envió,enviaron,enviará,enviarán,manda,mandan,mandó,mandaron,mandará} "
               "{dinero,remesas,fondos} a",
               "{recibe,reciben,recibió,recibieron,recibirá,recibirán} {dinero,remesas,fondos} de"),
    },
    # a station, a show broadcasting said no longer ("has been on the air since 1975" / "salió del aire en 1975")
    ("on the air", "off the air"): {
        "en": ("{has been,have been,is,was,remains,remained,returned,went back} on the air|on the air since",
               "{went,go,goes,gone,was taken,were taken,will go,has gone} off the air|off the air since"),
        "es": ("{está,estuvo,sigue,siguió,ha estado,regresó,volvió} al aire|al aire desde",
               "{salió,salieron,sale,saldrá,ha salido} del aire|fuera del aire desde|"
               "{sacó,sacaron,sacará} del aire"),
    },
    ("accidental", "intentional"): {  # a shooting, a fire, a death
        # (and what a speaker calls it: "This was an accident" / "Esto fue un crimen")
        "en": ("accidental|accidentally|by accident|unintentional|unintentionally|{was,is} an accident",
               "intentional|intentionally|deliberate|deliberately|on purpose|{was,is} {a crime,no accident}|"
               "{was not,wasn't,is not,isn't} an accident"),
        "es": ("accidental{,es,mente}|por accidente|sin querer|no intencional{,es}|{fue,es} un accidente",
               "intencional{,es,mente}|deliberad{o,a,os,as}|deliberadamente|adrede|"
               "{fue,es} un crimen|no {fue,es} un accidente"),  # (a homicide against a suicide: "homicide")
    },
    ("married", "divorced"): {
        "en": ("married|marry|marries|marriage|wed|weds|wedding", "divorced|divorce|divorces|divorcing"),
        "es": ("cas{ó,aron,ado,ada,ados,adas,arse,arán}|matrimonio|boda",
               "divorci{ó,aron,ado,ada,ados,adas,arse,o,os}"),
    },
    # a parent raising children alone said married ("a single mother of three" / "madre casada")
    ("single", "married"): {
        "en": ("single {mother,mothers,father,fathers,mom,moms,dad,dads,parent,parents}|unmarried|never married", ""),
        "es": ("{madre,madres,padre,padres,mamá,papá} solter{o,a,os,as}|solter{o,a,os,as}|nunca se casó", ""),
    },
    ("single", "divorced"): {"en": ("", ""), "es": ("", "")},
    # a former employee said a current one ("un empleado actual", read as an existing one)
    ("former", "existing"): {"en": ("", ""), "es": ("", "")},
    # what crashed or was hit: a bus against a car ("camión" is a bus in Mexico and a truck elsewhere: not read), a
    # truck of the kinds that are no car against the others ("a trailer" / "un autobús"; "truck" alone is a pickup as
    # often)
    **{(one, other): {lang: (_VEHICLES[one][lang], _VEHICLES[other][lang]) for lang in ("en", "es")}
       for one, other in (("motorcycle", "car"), ("bicycle", "motorcycle"), ("bicycle", "car"), ("bus", "car"),
                          ("truck", "car"), ("truck", "bus"), ("truck", "motorcycle"), ("truck", "bicycle"),
                          ("train", "bus"), ("train", "truck"))},
    # a suspect who fled on foot said in a car ("fled in a stolen car" / "huyó a pie")
    ("on foot", "car"): {"en": ("on foot", ""), "es": ("a pie", "")},
    ("on foot", "motorcycle"): {"en": ("", ""), "es": ("", "")},
    ("on foot", "bicycle"): {"en": ("", ""), "es": ("", "")},
    # a plane against a helicopter ("aircraft" and "aeronave" are either)
    ("plane", "helicopter"): {
        "en": ("plane{,s}|airplane{,s}|jet{,s}|jetliner{,s}", "helicopter{,s}"),
        "es": ("avión|aviones|avioneta{,s}", "helicóptero{,s}"),
    },
    # a permit, a license, a warrant, a helmet held or not ("driving without a license" / "con licencia")
    ("with", "without"): {
        "en": ("with " + _HELD["en"] + "|on {a,an} {,outstanding }warrant|on {,outstanding }warrants",
               "without " + _HELD["en"] + "|unlicensed|uninsured|warrantless"),
        "es": ("con " + _HELD["es"] + "|{con,por} una orden de {arresto,captura,aprehensión}",
               "sin " + _HELD["es"] + "|sin una orden de {arresto,captura,aprehensión}"),
    },
    # a condition said with a negative prefix, or denied ("an unarmed man" / "un hombre armado", "the victim was
    # not identified" / "la víctima fue identificada")
    ("armed", "unarmed"): {
        "en": (_ARMED["en"], "unarmed|" + _denied(_ARMED["en"], "en")),
        "es": (_ARMED["es"], "desarmad{o,a,os,as}|sin armas|" + _denied(_ARMED["es"], "es")),
    },
    ("authorized", "unauthorized"): {  # a surgeon, a vendor, a protest ("unlicensed" is without a license)
        "en": (_AUTHORIZED["en"], "unauthorized|unauthorised|" + _denied(_AUTHORIZED["en"], "en")),
        "es": (_AUTHORIZED["es"] + "|con autorización",
               "sin autorización|" + _denied(_AUTHORIZED["es"], "es")),
    },
    ("authorized", "without"): {
        "en": (_AUTHORIZED["en"], "without " + _HELD["en"] + "|unlicensed|uninsured|warrantless"),
        "es": (_AUTHORIZED["es"] + "|con autorización", "sin " + _HELD["es"]),
    },
    ("with", "unauthorized"): {
        "en": ("with " + _HELD["en"], "unauthorized|unauthorised|" + _denied(_AUTHORIZED["en"], "en")),
        "es": ("con " + _HELD["es"], "sin autorización|" + _denied(_AUTHORIZED["es"], "es")),
    },
    ("identified", "unidentified"): {  # a victim, a suspect, a source
        "en": (_IDENTIFIED["en"], "unidentified|unnamed|anonymous|" + _denied(_IDENTIFIED["en"], "en")),
        "es": (_IDENTIFIED["es"], "sin identificar|anónim{o,a,os,as}|" + _denied(_IDENTIFIED["es"], "es")),
    },
    ("confirmed", "unconfirmed"): {  # a report, a case
        "en": ("confirmed|confirms|{will,to} confirm",
               "unconfirmed|{did not,didn't,would not,wouldn't,could not,couldn't} confirm|neither {confirmed,"
               "confirm}|"
               + _denied(_CONFIRMED["en"], "en")),
        "es": ("confirm{ó,aron,a,an,ará,arán}|" + _CONFIRMED["es"],
               "sin confirmar|{no,ni} {,lo ,la ,los ,las ,le ,les ,se }confirm{ó,aron,a,an}|"
               + _denied(_CONFIRMED["es"], "es")),
    },
    ("conscious", "unconscious"): {  # a victim ("consciente de" is aware of: ``_NOT_BEFORE``)
        "en": (_CONSCIOUS["en"] + "|regained consciousness",
               "unconscious|unresponsive|lost consciousness|{in,into} a {,medically induced }coma|"
               + _denied(_CONSCIOUS["en"], "en")),
        "es": (_CONSCIOUS["es"] + "|recuperó el conocimiento|recuperó la conciencia",
               "inconsciente{,s}|sin conocimiento|perdió el conocimiento|perdió la conciencia|"
               "en {coma,coma inducido,un coma inducido}|"
               + _denied(_CONSCIOUS["es"], "es")),
    },
    ("unconscious", "dead"): {"en": ("", ""), "es": ("", "")},  # a person found ("unresponsive" / "sin vida")
    ("aggravated", "simple"): {  # a charge's degree ("aggravated assault" / "asalto simple")
        "en": ("aggravated", "simple {assault,battery}"),
        "es": ("agravad{o,a,os,as}|con agravantes", "{asalto,agresión,lesiones} simple{,s}"),
    },
    ("successful", "unsuccessful"): {  # an attempt, a rescue, a surgery, a recall ("failed to" is a refusal's)
        # (and judged a success or a failure: "The surgery was a success" / "fue un fracaso")
        "en": (_SUCCESSFUL["en"] + "|successfully|succeeded|succeeds|{was,is,were,are,been} a {,great ,huge }success",
               "unsuccessful|unsuccessfully|in vain|to no avail|failed|fails|"
               "{was,is,were,are,been} a {,complete }failure|" + _denied(_SUCCESSFUL["en"], "en")),
        "es": (_SUCCESSFUL["es"] + "|exitosamente|con éxito|{tuvo,tuvieron} éxito|{fue,es,fueron,son,ha sido} un "
               "{éxito,gran éxito,rotundo éxito}",
               "sin éxito|infructuos{o,a,os,as}|en vano|fracas{ó,aron}|{fue,es,fueron,son,ha sido} un {fracaso,rotundo "
               "fracaso,completo fracaso}|" + _denied(_SUCCESSFUL["es"], "es")),
    },
    ("appointed", "fired or laid off"): {  # an official, a board member ("la destituyó de la junta")
        # (re-elected too: "resigned" / "fue reelegido")
        # (a headline's present: "School District Names New Superintendent"; "named" alone is also called)
        "en": ("appointed|appoints|{will,to} appoint|re-elected|reelected|"
               "{names,named,Names,Named} {a new,its new,new,New,a,an,as} {superintendent,Superintendent,coach,Coach,"
               "head coach,Head Coach,police chief,Police Chief,chief,Chief,principal,Principal,director,Director,"
               "president,President,city manager,City Manager,CEO}", ""),
        "es": ("nombr{ó,aron,ará,arán}|nombrad{o,a,os,as}|design{ó,aron,ará,arán}|designad{o,a,os,as}|"
               "reelegid{o,a,os,as}|reelect{o,a,os,as}", ""),
    },
    ("constitutional", "unconstitutional"): {  # a law, as a court rules it
        "en": (_CONSTITUTIONAL["en"], "unconstitutional|" + _denied(_CONSTITUTIONAL["en"], "en")),
        "es": (_CONSTITUTIONAL["es"], "inconstitucional{,es}|anticonstitucional{,es}|"
               + _denied(_CONSTITUTIONAL["es"], "es")),
    },
    ("eligible", "ineligible"): {  # a voter, an applicant, a player
        "en": (_ELIGIBLE["en"], "ineligible|" + _denied(_ELIGIBLE["en"], "en")),
        "es": (_ELIGIBLE["es"], "inelegible{,s}|" + _denied(_ELIGIBLE["es"], "es")),
    },
    # insured or not, a patient, a driver, a family ("free to uninsured residents" / "asegurados"): "without" reads
    # "uninsured" and "sin seguro" (a permit, a license, insurance held or not, above)
    ("insured", "without"): {
        # (and insurance had or not: "The family had no insurance" / "La familia tenía seguro")
        "en": (_INSURED["en"] + "|{had,has,have} {,health ,home ,car }insurance",
               "without " + _HELD["en"] + "|unlicensed|uninsured|warrantless|underinsured|"
               + _denied(_INSURED["en"], "en") + "|{had,has,have} no {,health ,home ,car }insurance|"
               "{did not,didn't,does not,doesn't} have {,health ,home ,car }insurance"),
        "es": (_INSURED["es"] + "|{tenía,tiene,tenían,tienen} seguro",
               "sin " + _HELD["es"] + "|" + _denied(_INSURED["es"], "es") + "|no {tenía,tiene,tenían,tienen} seguro"),
    },
    ("accompanied", "unaccompanied"): {  # a minor at the border
        "en": (_ACCOMPANIED["en"], "unaccompanied|" + _denied(_ACCOMPANIED["en"], "en")),
        "es": (_ACCOMPANIED["es"], "sin acompañante{,s}|sin {un,una} {adulto,adulta}|sin la compañía de|"
               "sin supervisión de un adulto|" + _denied(_ACCOMPANIED["es"], "es")),
    },
    ("violent", "peaceful"): {  # a protest, an offender ("Pacífico", the ocean, is no peace: ``_NOT_AFTER``)
        # (a march that "ended in clashes", "terminó sin incidentes")
        # (a shooting too: "arrested the suspect without incident" / "dispararon contra el sospechoso")
        "en": (_VIOLENT["en"] + "|violently|{ended,ends,end} in {clashes,violence,a riot}|clashed with police|"
               "{opened,open,opens} fire {on,at}|fired {,shots }at",
               "nonviolent|non-violent|peaceful|peacefully|without {incident,incidents,any incident}|"
               + _denied(_VIOLENT["en"], "en")),
        "es": (_VIOLENT["es"] + "|violentamente|{terminó,termina,acabó} en {enfrentamientos,disturbios,violencia}|"
               "{se enfrentaron,chocaron} con la policía|"
               "{disparó,dispararon,abrió fuego,abrieron fuego,ha disparado,han disparado} contra",
               "pacífic{o,a,os,as}|pacíficamente|sin {incidentes,ningún incidente,mayores incidentes}|"
               + _denied(_VIOLENT["es"], "es")),
    },
    ("as an adult", "as a juvenile"): {  # how a teenager is charged or tried
        "en": ("as an adult|as adults", "as a juvenile|as juveniles|as a minor|as minors"),
        "es": ("como adult{o,a,os,as}", "como menor{,es}|como menor{,es} de edad"),
    },
    ("prison", "probation"): {  # a sentence served behind bars, or not
        "en": ("{in,to} {,federal ,state ,county }{prison,jail}|behind bars|"
               "{prison,jail} {sentence,sentences,term,terms,time}|incarcerated",
               "probation|parole|suspended sentence|house arrest|{to,of} community service"),
        "es": ("de prisión|de cárcel|en prisión|en la cárcel|a prisión|a la cárcel|tras las rejas|"
               "encarcelad{o,a,os,as}",
               "libertad condicional|libertad a prueba|libertad vigilada|condena suspendida|arresto domiciliario|"
               "{a,de} {servicio,trabajo,trabajos,servicios} comunitari{o,os}"),
    },
    # a requirement said a ban ("will require businesses to recycle" / "prohibirá a los negocios reciclar")
    ("required", "banned"): {"en": ("", ""), "es": ("", "")},
    ("cash", "card"): {  # how a store or a fare is paid
        "en": ("cash only|cash-only|{accepts,accept,takes,take} cash|pay in cash|paid in cash",
               "{credit,debit} cards{, only}|{accepts,accept,takes,take} cards|card only|cashless|"
               "{does,do,will} not {accept,take} cash|{doesn't,don't,won't} {accept,take} cash|no cash|"
               "no longer {accepts,accept,takes,take} cash"),
        "es": ("solo efectivo|sólo efectivo|{acepta,aceptan,aceptará} efectivo|en efectivo|"
               "{solo,sólo} {acepta,aceptan} efectivo",
               "{solo,sólo} {acepta,aceptan} tarjeta{,s}|{acepta,aceptan} tarjeta{,s}|tarjeta{,s} de {crédito,débito}|"
               "no {acepta,aceptan,aceptará,aceptarán} efectivo|sin efectivo"),
    },
    ("allowed", "banned"): {  # (a permission denied is a ban: "not allowed" / "no se permite")
        "en": ("allowed|permitted|allows|{would,will} {allow,permit}|"
               "{voted,votes,vote,decided,agreed} to {allow,permit}",
               "banned|bans|banning|{would,will,to} ban|prohibited|prohibits|barred|forbidden|"
               # (a court's order: "blocked the policy"; not "blocked the road")
               "{blocked,blocks,will block,to block} {the,a} {policy,law,rule,order,measure,plan,executive order}|"
               "{not,no longer} {allowed,permitted}|"
               "{isn't,aren't,wasn't,weren't} {allowed,permitted}|not be {allowed,permitted}|"
               "{does,do,did,will,would} not {allow,permit}|{doesn't,don't,didn't,won't,wouldn't} {allow,permit}|"
               # (a place closed to some of its users: "The park is closed to dogs")
               "closed to {dogs,pets,bicycles,bikes,cyclists,skateboards,skateboarders,motorcycles,trucks}|"
               "{was,were} {prevented,stopped} from|{is,are,remains,remain} under a burn ban|"
               "no {dogs,pets,bikes,bicycles,smoking,alcohol,skateboarding} allowed"),
        "es": ("permitid{o,a,os,as}|se permite{,n}|permit{ió,ieron,e,en,irá,irán,iría,irían}|"
               "{a favor de,votó para,votaron para,decidió,decidieron,acordó,acordaron} permitir",
               "{bloqueó,bloquearon,frenó,frenaron} {la,el} {política,ley,norma,orden,medida,plan,regla}|"
               "prohibid{o,a,os,as}|prohib{ió,ieron,irá,irán,iría,irían}|prohíbe{,n}|no se permite{,n}|"
               "no {,me ,te ,le ,les ,nos ,lo ,la ,los ,las }permit{ió,ieron,e,en,irá,irán,iría,irían}|"
               "{no,ya no} {está,están,estará,estarán,es,son,será,serán} permitid{o,a,os,as}|"
               # ("No se admiten mascotas" is left to negation-mismatch, which reads it against "Pets are welcome")
               "{cerrado,cerrada,cerrados,cerradas} a los {perros,ciclistas,camiones}|"
               "se {le,les} {impidió,impidieron,impide,impiden,prohibió,prohibieron}"),
    },
    ("allowed", "abolished"): {"en": ("", ""), "es": ("", "")},  # ("voted to ban" / "votó a favor de permitir")

    # a neighbour, a street, a family as neighbours describe them ("quiet and friendly" / "ruidosa y conflictiva")
    ("quiet", "noisy"): {"en": ("quiet", "noisy|loud|rowdy"),  # ("peaceful" is ("peaceful", "violent")'s)
                         "es": ("tranquil{o,a,os,as}|silencios{o,a,os,as}|apacible{,s}",
                                "ruidos{o,a,os,as}|escandalos{o,a,os,as}|bullicios{o,a,os,as}")},
    ("safe", "dangerous"): {  # ("seguro" after a verb or an adverb only: "el seguro" is insurance, "estoy seguro" sure)
        # ("inspected and found safe": a building's, not a person's "found safe", ("alive", "dead")'s)
        "en": ("safe|safer|drinkable|potable|{inspected,checked,tested,examined} and {found,declared,deemed} safe|"
               "{declared,deemed,ruled} safe|{can,may} {drink,use} {the,their,tap} water",
               "unsafe|dangerous|not safe|undrinkable|not drinkable|not potable|{is,was,are,were} contaminated|"
               # (water to boil before drinking: "should boil water" / "pueden beber el agua del grifo")
               "boil {,their ,the ,tap ,drinking ,all }water|{boil-water,boil water} {notice,notices,advisory,"
               "advisories,order,orders}"),
        # (water "apta para el consumo", "potable": safe to drink; "agua potable" alone is drinking water)
        "es": ("{es,son,era,eran,será,serán,está,están,sea,sean,muy,más} segur{o,a,os,as}|"
               "{es,son,era,eran,será,serán,está,están,sea,sean} apt{o,a,os,as} para|"
               "{pueden,puede,podrán,podrá} {beber,tomar,usar} el agua|"
               "{es,son,era,eran,será,serán,sea,sean} potable{,s}|"
               # (water or soil tested clean: "El río está libre de E. coli")
               "{está,están,estaba,estaban,estará,estarán} libre{,s} de {contaminación,contaminantes,bacterias,E. coli,"
               "plomo,químicos,toxinas}",
               "insegur{o,a,os,as}|peligros{o,a,os,as}|no {es,son,era,eran,será,serán,está,están} segur{o,a,os,as}|"
               "no {es,son,era,eran,será,serán,está,están,sea,sean} apt{o,a,os,as} para|"
               "{sigue,siguen,seguía,seguían} sin ser apt{o,a,os,as} para|"
               "no {es,son,era,eran,será,serán,sea,sean} potable{,s}|no potable{,s}|hervir el agua|"
               "{está,estaba,estará,están,estaban} contaminad{o,a,os,as}|"
               "{aviso,avisos,alerta,orden} de hervir{, el} agua"),
    },
    ("destroyed", "damaged"): {  # homes after a fire or a storm
        "en": ("destroyed|destroying|destroys|destruction|{burned,burnt} {down,to the ground}|leveled|razed|"
               "{a ,}total loss",
               "damaged|damaging|damages|{suffered,sustained} damage"),
        "es": ("destru{ido,ida,idos,idas,yó,yeron,ye,yen,irá,irán}|destrucción|arras{ó,aron,ado,ada,ados,adas}|"
               "reducid{o,a,os,as} a cenizas|pérdida total",
               "dañ{ado,ada,ados,adas,ó,aron,a,an,ará,arán}|averiad{o,a,os,as}|afectad{o,a,os,as}|"
               "{sufrió,sufrieron} daños"),
    },
    # how badly a storm or a fire damaged what it did not destroy ("caused minor damage" / "causó daños graves")
    ("lightly damaged", "badly damaged"): {
        "en": ("{slightly,lightly,minimally} damaged|{minor,light,minimal,little,slight} damage",
               "{badly,heavily,severely,seriously,extensively} damaged|"
               "{major,extensive,severe,heavy,significant,serious,considerable,substantial,widespread} "
               "{damage,damages}"),
        "es": ("{levemente,ligeramente,mínimamente,parcialmente} dañad{o,a,os,as}|daños {menores,leves,mínimos}|"
               "{pocos,leves,mínimos} daños",
               "{gravemente,seriamente,severamente,muy,bastante} dañad{o,a,os,as}|"
               "daños {graves,importantes,cuantiosos,extensos,severos,considerables,mayores,significativos}|"
               "{graves,cuantiosos,importantes,extensos,severos,considerables,enormes} daños"),
    },
    ("destroyed", "lightly damaged"): {"en": ("", ""), "es": ("", "")},  # ("a total loss" / "daños menores")
    ("vacant", "occupied"): {  # a house, a building ("ocupado" alone is also busy: after a building's verb only)
        "en": ("vacant|unoccupied|empty", "occupied|inhabited"),
        "es": ("vací{o,a,os,as}|desocupad{o,a,os,as}|deshabitad{o,a,os,as}",
               "{estaba,estaban,está,están,estuvo,ha estado,han estado,había estado,habían estado} "
               "{ocupado,ocupada,ocupados,ocupadas}|habitad{o,a,os,as}|"
               "{edificio,edificios,casa,casas,vivienda,viviendas,apartamento,apartamentos,propiedad,propiedades,"
               "estructura,local,locales,almacén,almacenes,bodega,bodegas,nave,naves} "
               "{ocupado,ocupada,ocupados,ocupadas}"),
    },
    ("at their home", "at work"): {  # where a person was found, arrested, attacked ("at his home office" is work)
        "en": ("at {his,her,their} {home,house,residence,apartment}",
               "at {his,her,their} {work,workplace,job,office,home office}"),
        "es": ("en su {casa,hogar,vivienda,domicilio,residencia,apartamento,departamento}",
               "en su {trabajo,lugar de trabajo,oficina,empleo,centro de trabajo}"),
    },
    ("confirmed", "ruled out"): {  # a case, a cause, a suspicion ("Three new cases were confirmed" / "Se descartaron")
        "en": ("confirmed|confirms|{will,to} confirm",
               "ruled out|rules out|{will,to} rule out"),
        "es": ("confirm{ó,aron,a,an,ará,arán}|confirmad{o,a,os,as}",
               "descart{ó,aron,a,an,ará,arán}|descartad{o,a,os,as}"),
    },
    ("out for the season", "returning"): {  # an injured player ("is out for the season" / "regresará esta semana")
        "en": ("out for the {season,year}|{will miss,misses,to miss} the {rest,remainder} of the season|"
               "season-ending|{ruled,is,was} out {for the season,indefinitely}",
               "{will,is expected to,expected to,is set to,should} {return,be back}|"
               "{will make,to make} {his,her} return"),
        "es": ("fuera {por,durante} {el resto de la temporada,la temporada,lo que resta de la temporada}|"
               "se perderá {el resto de la temporada,la temporada,lo que resta de la temporada}|"
               "{baja,fuera} para {el resto de la temporada,toda la temporada,la temporada}",
               # (not "volverá", which before "a" and a verb is "again": "volverá a circular")
               "{regresará,regresarán,reaparecerá}|{estará,estarán} de vuelta|{se espera que,podría} regrese"),
    },
    # a program that ends said expanded ("The program will end in June" / "El programa se ampliará en junio")
    ("expanded", "ended"): {"en": ("", ""), "es": ("", "")},
    ("expanded", "abolished"): {"en": ("", ""), "es": ("", "")},  # ("will expand" / "se eliminará")
    ("innocent", "guilty"): {  # a person's own claim, a quote ("I am innocent" / "Soy culpable"; pleas and verdicts
        # are the legal status's, ``bilingo.rules.legal``)
        "en": ("{am,is,are,was,were} innocent|{am,is,are,was,were} not guilty|{'m,'s,'re} innocent",
               "{am,is,are,was,were} guilty|{'m,'s,'re} guilty"),
        "es": ("{soy,es,son,era,eran,fue,somos} inocente{,s}|no {soy,es,son,era,eran,fue,somos} culpable{,s}",
               "{soy,es,son,era,eran,fue,somos} culpable{,s}"),
    },
    ("inside", "outside"): {  # where something happened
        "en": ("inside|indoors|indoor", "outside|outdoors|outdoor"),
        "es": ("dentro {de,del}|adentro|en el interior{, de, del}|bajo techo|en interiores",
               "fuera {de,del}|afuera|al aire libre|en el exterior {de,del}"),
    },
    # the support a plan or a candidate has ("broad support among parents" / "poco apoyo entre los padres")
    ("broad support", "little support"): {
        "en": ("{broad,wide,widespread,strong,overwhelming,solid,majority} support|widely supported",
               "{little,scant,limited,weak,scarce,minimal} support|little backing|few supporters"),
        "es": ("{amplio,gran,fuerte,sólido,abrumador,mayoritario} apoyo|"
               "apoyo {amplio,generalizado,mayoritario,abrumador,sólido}",
               "{poco,escaso,limitado,débil,mínimo} apoyo|apoyo {escaso,limitado,débil,mínimo}|pocos partidarios"),
    },
    ("limited", "ample"): {  # parking, seating, supplies, support
        "en": ("limited", "ample|plenty of|abundant|unlimited"),
        # ("amplia" is also "amplía")
        "es": ("limitad{o,a,os,as}", "ampli{o,os,as}|abundante{,s}|de sobra|ilimitad{o,a,os,as}|sin límite{,s}"),
    },
    ("shelter in place", "evacuate"): {  # what residents are told to do in an emergency
        # (a school "placed on lockdown", "locked down"; not a pandemic's "lockdown" alone, "confinamiento")
        "en": ("shelter in place|sheltering in place|{stay,stayed,remain,remained} {indoors,inside,home,at home}|"
               "{placed,put,was,were,is,are,remains,remained} on lockdown|{was,were} locked down|"
               "{went,goes,go} into {,a }lockdown|{placed,put,was,were} under {,a }lockdown",
               "evacuate|evacuated|evacuating|evacuation{,s}|{leave,left,flee,fled} their homes"),
        "es": ("refugiarse en su lugar|refugio en el lugar|{permanecer,permanezcan,permanecieran,quedarse,se queden,"
               "se quedaran} {en casa,en sus casas,en sus hogares,en el interior,adentro,dentro}|"
               "{se refugien,se refugiaran,refugiarse} en {casa,sus casas,sus hogares}|"
               "{decretó,declaró,activó} un cierre de emergencia|{en,bajo} cierre de emergencia",
               "evacu{ar,aron,ó,en,aran,ara}|evacuad{o,a,os,as}|evacuaci{ón,ones}|"
               "{salir,salieran,salgan,salga,saliera,abandonar,abandonen,abandonaran,abandone} {de sus casas,"
               "de sus hogares,sus casas,sus hogares,de su casa,su casa,de su hogar,su hogar}"),
    },
    ("unharmed", "injured"): {  # a person found, a driver after a crash
        "en": ("unharmed|unhurt|uninjured|escaped injury|without injury|without injuries|"
               "{evacuated,escaped,rescued,got out,made it out} safely|safely {evacuated,escaped}|"
               "{was,were,is,are} not {injured,hurt,wounded}|{wasn't,weren't,isn't,aren't} {injured,hurt,wounded}",
               _INJURED["en"]),
        "es": ("iles{o,a,os,as}|sin {heridas,lesiones,un rasguño}|"
               "{evacuad,rescatad}{o,a,os,as} {sanos y salvos,sanas y salvas,a salvo,sin heridas}", _INJURED["es"]),
    },
    ("landed safely", "crashed"): {  # a plane, a helicopter
        "en": ("landed safely|safely landed|landed without incident|{made,makes} a safe landing|"
               "{made,makes} an emergency landing",
               "crashed|crash-landed|crashes|{went,goes} down in"),
        "es": ("aterriz{ó,aron} {sin problemas,sin incidentes,de forma segura,con seguridad,a salvo,de emergencia}|"
               "{hizo,realizó,hicieron,realizaron} un aterrizaje {de emergencia,seguro,forzoso}",
               "se estrell{ó,aron}|estrellad{o,a,os,as}|se {cayó,cayeron} {en,sobre,cerca}"),
    },
    ("misdemeanor", "felony"): {"en": ("misdemeanor{,s}|misdemeanour{,s}", "felony|felonies"),
                                "es": ("delito{,s} menor{,es}", "delito{,s} grave{,s}")},
    # a weather service's alert ("Aviso de Inundación", "Vigilancia de Inundación", as the NWS writes them in Spanish)
    # (the hazard whole: "flash flood" and "tropical storm" are read on their own as well, and would hide the alert)
    ("warning", "watch"): {
        "en": ("{" + _HAZARDS["en"] + "} warning{,s}", "{" + _HAZARDS["en"] + "} watch{,es}"),
        "es": ("{aviso,avisos,advertencia,advertencias} {de,por} {" + _HAZARDS["es"] + "}",
               "vigilancia{,s} {de,por} {" + _HAZARDS["es"] + "}"),
    },
    # the weather forecast ("heavy rain" / "lluvias ligeras")
    ("heavy", "light"): {
        "en": ("{heavy,strong,intense,torrential,damaging} {rain,rains,rainfall,winds,wind,snow,snowfall,showers,gusts}",
               "{light,weak,gentle,mild} {rain,rains,rainfall,winds,wind,snow,snowfall,showers,gusts}|"
               "little {rain,rainfall,snow}"),
        "es": ("{lluvia,lluvias,viento,vientos,nevada,nevadas,ráfagas,precipitaciones} {fuerte,fuertes,intensa,intensas,"
               "intenso,intensos,torrencial,torrenciales}|{fuerte,fuertes,intensas,intensos,torrenciales} {lluvias,"
               "vientos,nevadas,ráfagas,precipitaciones}",
               "{lluvia,lluvias,viento,vientos,nevada,nevadas,ráfagas,precipitaciones} {ligera,ligeras,ligero,ligeros,"
               "débil,débiles,leve,leves,suave,suaves}|{ligeras,ligeros,leves,débiles,suaves} {lluvias,vientos,nevadas,"
               "ráfagas,precipitaciones}|{poca lluvia,pocas lluvias,poca nieve,pocas precipitaciones}"),
    },
    ("because", "despite"): {  # a cause said as a concession: "closed because of the storm" / "a pesar de"
        "en": ("because|due to|owing to|as a result of|thanks to",
               "despite|in spite of|even though|even if|although|notwithstanding"),
        "es": ("porque|debido {a,al}|a causa {de,del}|por culpa {de,del}|gracias {a,al}|ya que|puesto que|dado que",
               "a pesar {de,del}|pese {a,al}|aunque|aun cuando"),
    },
    # a condition said as a concession: "Students can attend unless they have a fever" / "aunque tengan fiebre",
    # "will close only if the river rises" / "aunque el río no suba"
    ("unless", "despite"): {
        "en": ("unless|only if|provided that|{on,on the} condition that", ""),
        "es": ("a menos que|salvo que|a no ser que|{solo,sólo,solamente,únicamente} si|siempre y cuando", ""),
    },
    ("without parole", "with parole"): {  # a life sentence, or a prisoner's standing
        "en": ("without {,the }{possibility,chance} of parole|without parole|{not,never} {be ,}eligible for parole|"
               "{denied,refused} parole",
               "with {,the }{possibility,chance} of parole|eligible for parole|{granted,was granted} parole"),
        "es": ("sin {,la }{posibilidad,opción} de {libertad condicional,libertad bajo palabra}|"
               "sin {libertad condicional,libertad bajo palabra}|{le negaron,se le negó,negada} la libertad condicional",
               "con {,la }{posibilidad,opción} de {libertad condicional,libertad bajo palabra}|"
               "{le concedieron,se le concedió,obtuvo} la libertad condicional"),
    },
    ("two-thirds majority", "simple majority"): {  # what a measure needs to pass
        "en": ("two-thirds {majority,vote,of the vote,approval,support}|supermajority|super majority|"
               "three-fifths majority|two-thirds to {pass,win,be approved,approve,override}",
               "simple majority|{a bare,a simple} majority of"),
        "es": ("mayoría {de dos tercios,calificada,cualificada,reforzada,de tres quintos}|dos tercios de los votos|"
               "{necesita,necesitan,necesitaba,necesitará,requiere,requieren,requería,requerirá} {,de }{,los }"
               "dos tercios",
               "mayoría simple|mayoría relativa"),
    },
    ("life in prison", "death penalty"): {  # a sentence handed down or sought
        "en": ("life in prison|life sentence{,s}|life imprisonment|life without parole|sentenced to life",
               "death penalty|death sentence{,s}|sentenced to death|death row|capital punishment"),
        "es": ("cadena perpetua|prisión perpetua|prisión de por vida|cárcel de por vida",
               "pena de muerte|pena capital|condenad{o,a,os,as} a muerte|sentenciad{o,a,os,as} a muerte|"
               "corredor de la muerte"),
    },
    ("both directions", "one direction"): {  # a road or a bridge closed
        "en": ("both directions|both ways|each direction", "northbound|southbound|eastbound|westbound|one direction"),
        "es": ("ambos sentidos|ambas direcciones|los dos sentidos|ambas vías|cada dirección|cada sentido",
               "{dirección,sentido} {norte,sur,este,oeste}|un solo sentido|una sola dirección|un sentido"),
    },
    ("before", "after"): {  # a moment by another ("shortly before midnight", "an hour later"; not "before" alone)
        "en": ("{shortly,just,minutes,hours,moments,seconds,right} before|"
               "{minute,minutes,hour,hours,day,days,week,weeks,month,months,year,years} {before,earlier}|"
               "{minute,minutes,hour,hours} early|"  # ("will open two hours late" / "dos horas antes")
               f"before {_BEFORE_WHAT['en']}|before {_CLOCK}|before {_YEARS}|before {{age,the age of}} {_AGES}|"
               f"before {_DAYS_NAMED}",
               "{shortly,just,minutes,hours,moments,seconds,right,soon} after|not long after|"
               "{minute,minutes,hour,hours,day,days,week,weeks,month,months,year,years} {after,later}|"
               "{minute,minutes,hour,hours} late|"
               f"after {_BEFORE_WHAT['en']}|after {_CLOCK}|after {_YEARS}|after {{age,the age of}} {_AGES}|"
               f"after {_DAYS_NAMED}"),
        "es": ("{poco,justo,minutos,horas,momentos,instantes,segundos} antes|"
               "{minuto,minutos,hora,horas,día,días,semana,semanas,mes,meses,año,años} {antes,más temprano}|"
               "{minuto,minutos,hora,horas} de anticipación|"
               f"antes {_BEFORE_WHAT['es']}|antes de {_YEARS}|antes de {{los,cumplir}} {_AGES} años",
               "{poco,justo,minutos,horas,momentos,instantes,segundos} después|poco tiempo después|no mucho después|"
               f"{{después,luego}} de {_YEARS}|{{después,luego}} de {{los,cumplir}} {_AGES} años|"
               "{minuto,minutos,hora,horas,día,días,semana,semanas,mes,meses,año,años} {después,más tarde}|"
               "{minuto,minutos,hora,horas} {tarde,de retraso}|"
               f"{{después,luego}} {_BEFORE_WHAT['es']}|tras {{la,las,los,el,un,una,su,sus}}"),
    },
    # a time something lasts until said as the time it starts ("free ice until 6 p.m." / "a partir de las 6 p.m.";
    # "from 9 a.m. to 5 p.m." is a span, not read)
    ("until a time", "from a time"): {
        "en": (f"{{until,till}} {_CLOCK}", f"{{starting,beginning}} at {_CLOCK}|{{starting,beginning}} {_CLOCK}"),
        "es": ("hasta las {1,2,3,4,5,6,7,8,9,10,11,12}|hasta la medianoche|hasta el mediodía",
               "{a partir de,desde} las {1,2,3,4,5,6,7,8,9,10,11,12}|{a partir de,desde} {la medianoche,el mediodía}"),
    },
    ("until a time", "after"): {"en": ("", ""), "es": ("", "")},  # ("until 6 p.m." / "después de las 6")
    ("wide margin", "narrow margin"): {  # a vote or a race won by many or by few
        "en": ("{wide,large,big,comfortable,overwhelming,huge} margin|landslide|by {a wide,an overwhelming} majority",
               "{narrow,slim,thin,razor-thin,small,slight} margin|narrowly|{narrow,slim,bare,razor-thin} majority"),
        "es": ("{amplio,gran,holgado,enorme,abrumador,cómodo} margen|margen {amplio,holgado,abrumador}|"
               "{victoria,triunfo} aplastante|arrasó|por {amplia,abrumadora} mayoría",
               "{estrecho,escaso,mínimo,ligero,pequeño,reducido} margen|margen {estrecho,escaso,mínimo}|"
               "margen muy {estrecho,escaso,pequeño,reducido}|muy {estrecho,escaso,pequeño,reducido} margen|"
               "por muy poco|por poco margen|{una,por una} {estrecha,escasa,ajustada,ligera,mínima} mayoría|"
               "mayoría {estrecha,escasa,ajustada,mínima}"),
    },
    # an amount per person said as the total ("The city's per capita debt" / "La deuda total de la ciudad")
    ("per person", "total"): {
        "en": ("per capita|per person|per resident|per student|per household|per head",
               "total|totals|in total|overall"),
        "es": ("per cápita|por persona|por habitante|por residente|por alumno|por estudiante|por hogar|por cabeza",
               "total|totales|en total|en conjunto"),
    },
    # warmer or colder than another time ("The lake is 10 degrees warmer than last year" / "más frío")
    ("warmer", "colder"): {
        "en": ("warmer|hotter|the {warmest,hottest}", "colder|cooler|the {coldest,coolest}"),
        "es": ("más {calor,cálido,cálida,cálidos,cálidas,caluroso,calurosa,calurosos,calurosas,caliente,calientes}",
               "más {frío,fría,fríos,frías,fresco,fresca,frescos,frescas}"),
    },
    ("hot", "cold"): {  # the weather, an illness it causes
        "en": ("heat|heat-related|hot|heat wave|heatwave|scorching|sweltering|"
               "cooling {center,centers,station,stations}",
               "cold|freezing|frigid|frostbite|hypothermia|cold-related|cold snap|cold wave|"
               "warming {center,centers,station,stations}"),
        "es": ("calor|caluros{o,a,os,as}|ola de calor|caliente{,s}|golpe de calor|insolación|"
               "{centro,centros,estación,estaciones} de {enfriamiento,refrigeración}",
               "frío|frí{a,os,as}|helada{,s}|gélid{o,a,os,as}|congelación|hipotermia|ola de frío|"
               "{centro,centros,estación,estaciones} de {calefacción,calentamiento}|"
               "{refugio,refugios} {de calefacción,contra el frío}"),
    },
    # an outbreak's count (a list of both, "probable or confirmed cases", "casos probables y confirmados", reads as
    # suspected on both sides: the Spanish says each word apart)
    ("confirmed cases", "suspected cases"): {
        "en": ("confirmed {case,cases,infection,infections,death,deaths}",
               "{suspected,probable,presumptive,possible} {case,cases,infection,infections,death,deaths}|"
               "{suspected,probable,presumptive,possible} {or,and} confirmed {case,cases}|"
               "confirmed {or,and} {suspected,probable,presumptive,possible} {case,cases}"),
        "es": ("{caso,casos} confirmad{o,os}|{infección,infecciones,muerte,muertes} confirmad{a,as}",
               "{caso,casos} {sospechoso,sospechosos,probable,probables,presunto,presuntos,posible,posibles}|"
               "{caso,casos} {sospechoso,sospechosos,probable,probables,presunto,presuntos,posible,posibles} {o,y} "
               "confirmad{o,os}|"
               "{caso,casos} confirmad{o,os} {o,y} {sospechoso,sospechosos,probable,probables,presunto,presuntos,"
               "posible,posibles}|"
               "{posible,posibles,presunto,presuntos,probable,probables} {caso,casos}|"
               "{infección,infecciones,muerte,muertes} {sospechosa,sospechosas,probable,probables}"),
    },
    # a flight's route ("nonstop flights to Denver" / "vuelos con escala")
    ("nonstop", "with a stop"): {
        "en": ("{nonstop,non-stop,direct} {flight,flights,service}", "connecting {flight,flights}|{flight,flights} "
               "with {a layover,layovers,a stop,stops,a connection,connections}"),
        # (the stop alone too: "añadirá vuelos" is an added service's phrase)
        "es": ("vuelo{,s} {directo,directos}|sin escala{,s}", "con escala{,s}|vuelo{,s} de conexión"),
    },
    # where a business moves ("to a new location downtown" / "en las afueras")
    ("downtown", "outskirts"): {
        "en": ("downtown|{city,town} {center,centre}", "{the,its} outskirts|{on,to} the edge of town|suburbs"),
        "es": ("{el,al,del} centro de la ciudad|zona céntrica|centro urbano", "afueras|periferia|suburbios"),
    },
    ("confirmed", "denied"): {  # a report, an allegation ("se negó a", a refusal, is negation-mismatch's)
        # (an admission of an allegation; "admitted to the hospital" is none)
        "en": ("confirmed|confirms|{will,to} confirm|{admitted,admits,admit} {the,that,it,wrongdoing,guilt}|"
               "confessed|confesses|{will,to} confess|"
               "{admitted,admits,acknowledged,acknowledges} {its,his,her,their} {involvement,role,responsibility}",
               "denied|denies|{will,to} deny"),
        "es": ("confirm{ó,aron,a,an,ará,arán}|admit{ió,ieron,e,en} {las,los,la,el,que,haber}|confes{ó,aron}|"
               "{admitió,admitieron,reconoció,reconocieron} su {culpa,culpabilidad,responsabilidad,participación}|"
               "{reconoció,reconocieron,admitió,admitieron} {las acusaciones,los cargos,los señalamientos}",
               "neg{ó,aron,ará,arán}|niega{,n}|desmint{ió,ieron}|desmiente{,n}"),
    },
    ("except", "including"): {  # who a rule applies to
        "en": ("except|excluding|other than|with the exception of", "including|included"),
        "es": ("excepto|salvo|con excepción de|a excepción de|exceptuando",
               "incluid{o,a,os,as}|incluyendo|inclusive"),
    },
    ("positive", "negative"): {  # a test result
        "en": ("tested positive|tests positive|test positive|positive test{,s}|positive for|came back positive",
               "tested negative|tests negative|test negative|negative test{,s}|negative for|came back negative"),
        # (a result: "Los resultados fueron positivos")
        "es": ("{dio,dieron,da,dan,resultó,resultaron,salió,salieron} positivo{,s}|positivo{,s} {para,en,por}|"
               "prueba{,s} positiva{,s}|{fue,fueron} positiv{o,a,os,as}",
               "{dio,dieron,da,dan,resultó,resultaron,salió,salieron} negativo{,s}|negativo{,s} {para,en,por}|"
               "prueba{,s} negativa{,s}|{fue,fueron} negativ{o,a,os,as}"),
    },
    ("at home", "away"): {  # a team's game
        "en": ("at home|home game{,s}|home opener{,s}|home win|home loss|{will host,hosts,hosted,to host,hosting} the|"
               "home team{,s}|" + _HOSTS["en"],
               "on the road|away game{,s}|away win|away loss|{will visit,visits,visited,to visit} the|"
               "{visiting,road} team{,s}|" + _VISITS["en"]),
        # ("visitará a los Tigers", "recibirá a los Tigers": a team's game; "visitó la escuela" is none)
        "es": ("como local{,es}|en casa|partido{,s} de local|{primer,primeros} partido{,s} {de local,en casa}|"
               "{recibirá,recibirán,recibe,reciben,recibió} a los|equipo{,s} local{,es}|" + _HOSTS["es"],
               "como visitante{,s}|de visitante{,s}|partido{,s} de visitante|equipo{,s} visitante{,s}|"
               "{visitará,visitarán,visita,visitan,visitó} a los|" + _VISITS["es"]),
    },
    ("above normal", "below normal"): {  # rain, temperatures, a lake's level
        "en": ("above {normal,average,flood stage}|above-{normal,average}|higher than {normal,usual,average}|"
               "higher than the {state,national,county,statewide,nationwide} average|"
               "above the {state,national,county,statewide,nationwide} average|"
               # (a level before the pandemic: "still below pre-pandemic levels" / "ya supera los niveles previos")
               "{above,exceeds,exceeded,surpassed} pre-pandemic levels",
               "below {normal,average,flood stage}|below-{normal,average}|lower than {normal,usual,average}|"
               "below pre-pandemic levels|"
               "lower than the {state,national,county,statewide,nationwide} average|"
               "below the {state,national,county,statewide,nationwide} average"),
        "es": ("por encima {de lo normal,del promedio,de lo habitual,de la media,del nivel normal,del nivel de "
               "inundación}|superior{,es} {al promedio,a lo normal,a la media}|"
               "{más alto,más alta,más altos,más altas,mayor,mayores} {de lo normal,de lo habitual,que el promedio}|"
               "{supera,superan,superó,superaron,por encima de} los niveles {previos a la pandemia,prepandemia,"
               "anteriores a la pandemia}",
               "por debajo {de lo normal,del promedio,de lo habitual,de la media,del nivel normal,del nivel de "
               "inundación}|inferior{,es} {al promedio,a lo normal,a la media}|"
               "{más bajo,más baja,más bajos,más bajas,menor,menores} {de lo normal,de lo habitual,que el promedio}|"
               "por debajo de los niveles {previos a la pandemia,prepandemia,anteriores a la pandemia}"),
    },
    ("surrendered", "escaped"): {  # a suspect, an inmate
        "en": ("surrendered|surrenders|turned {himself,herself,themselves} in",
               "escaped|escapes|fled|flees|on the run|at large"),
        "es": ("se {entregó,entregaron,entrega,entregan,entregará,entregarán}",
               "escap{ó,aron,a,an}|hu{yó,yeron,ye,yen}|se {fugó,fugaron}|prófug{o,a,os,as}|"
               "{sigue,siguen} suelt{o,a,os,as}"),
    },
    # a suspect who turned himself in, said caught ("se entregó" / "was captured" or "taken into custody")
    ("surrendered", "arrested"): {"en": ("surrendered|surrenders|turned {himself,herself,themselves} in",
                                         "{is,are,was,were,remains,remained} in custody|taken into custody|captured"),
                                  "es": ("se {entregó,entregaron,entrega,entregan,entregará,entregarán}",
                                         "{fue,fueron,ha sido,han sido} {capturad,aprehendid}{o,a,os,as}|"
                                         "captur{ó,aron}")},
    ("expired", "renewed"): {  # a contract, a lease, a permit
        "en": ("expired|expires|{will,to} expire|lapsed|lapses|{will,to} lapse", "renewed|renews|{will,to} renew"),
        "es": ("expir{ó,aron,a,an,ará,arán}|caduc{ó,aron,a,an,ará,arán}",  # ("venció" is as often beat)
               "renov{ó,aron,ará,arán}|renueva{,n}|renovad{o,a,os,as}"),
    },
    # a deadline that lapses against one put off ("The eviction moratorium expires" / "La moratoria ... se extendió")
    ("expired", "postponed"): {"en": ("", ""), "es": ("", "")},
    # a program or a pilot to end, said extended ("will end in June" / "se extenderá en junio")
    ("ended", "postponed"): {"en": ("", ""), "es": ("", "")},
    ("required", "abolished"): {"en": ("", ""), "es": ("", "")},  # ("will require voter ID" / "eliminará el requisito")
    # a warning or a law that lapses said to take effect ("The warning expires at 6 p.m." / "entra en vigor"), and a
    # permit or an order renewed said revoked or lifted ("The permit was renewed" / "El permiso fue revocado")
    ("expired", "issued"): {"en": ("", ""), "es": ("", "")},
    ("expired", "began"): {"en": ("", ""), "es": ("", "")},  # ("The heat advisory expires at 8 p.m." / "comienza")
    ("renewed", "lifted"): {"en": ("", ""), "es": ("", "")},
    # an order lifted said expanded ("The evacuation order was lifted" / "La orden de evacuación se amplió")
    ("expanded", "lifted"): {"en": ("", ""), "es": ("", "")},
    # a warning extended through a day said lifted ("The flood warning was extended through Thursday" / "se levantó el
    # jueves": "extended" is read first as a deadline put off)
    ("postponed", "lifted"): {"en": ("", ""), "es": ("", "")},
    ("affordable", "market-rate"): {  # housing
        "en": ("affordable|below-market|below market rate", "market-rate|market rate|at market rates|luxury"),
        "es": ("asequible{,s}|a precios {accesibles,asequibles}|de bajo costo|de precio accesible|"
               "vivienda{,s} social{,es}", "a precio{,s} de mercado|de lujo"),
    },
    ("shortage", "surplus"): {  # workers, beds, a budget
        "en": ("shortage{,s}|scarcity|deficit{,s}|{running,is running,are running,was running,were running,ran} "
               "{low,short} on|{running,ran} short of",
               "surplus{,es}|glut|oversupply|excess of|{has,have,had} plenty of"),
        "es": ("escasez|déficit|carencia{,s}|{se está quedando,se están quedando,se quedaba,se quedaban} sin",
               # ("tiene suficiente personal" is ("shortage", "fully staffed")'s)
               "superávit|exceso de|excedente{,s}|sobreoferta|{tiene,tienen,tenía,tenían} suficientes|"
               "{le,les} {sobra,sobran,sobraba,sobraban}"),
    },
    ("majority", "minority"): {"en": ("majority|majorities", "minority|minorities"),
                               "es": ("mayoría{,s}", "minoría{,s}")},
    # a victim's condition, as a hospital or the police give it ("in critical condition" / "en condición estable");
    # a purchase that can be returned said final ("No refunds or exchanges" / "Se aceptan devoluciones y cambios")
    ("refunds given", "no refunds"): {
        "en": ("refunds {are,will be} {available,accepted,given,issued,offered}|{will,would} {receive,get} a refund|"
               "{returns,exchanges} {are,will be} accepted|{offer,offers,will offer} refunds|refundable",
               "no {refunds,returns,exchanges}|{refunds,returns,exchanges} {are,will} not {be ,}{accepted,given,"
               "issued,offered,available}|all sales {are ,}final|{non-refundable,nonrefundable,not refundable}"),
        "es": ("se {aceptan,aceptarán} {devoluciones,cambios,reembolsos}|{habrá,hay,ofrece,ofrecerá,ofrecen,ofrecerán} "
               "reembolsos|{recibirán,recibirá} un reembolso|reembolsable{,s}",
               "no se {aceptan,aceptarán,harán,hacen} {devoluciones,cambios,reembolsos}|sin {devoluciones,"
               "reembolsos}|no {habrá,hay} {reembolsos,devoluciones}|todas las ventas son {finales,definitivas}|"
               "no {,es ,son ,será ,serán ,era ,eran }reembolsable{,s}"),
    },
    ("complete", "partial"): {  # a refund, a closure, homes destroyed ("full" alone: "full-time", "a full house")
        # (an area covered whole or in part: "covers the entire downtown area" / "solo una parte del centro")
        "en": ("fully|completely|entirely|totally|in full|{full,complete} {refund,refunds,reimbursement,closure}|"
               "{covers,cover,covered,serves,serve,served,reaches} the {entire,whole}",
               "partial|partially|partly|in part"),
        "es": ("totalmente|completamente|por completo|en su totalidad|{cierre,reembolso} {total,completo}",
               "parcial|parciales|parcialmente|en parte|{solo,sólo,solamente} {una parte,parte} de{l,}"),
    },
    ("entrance", "exit"): {  # a door, a ramp ("salida" is also a departure, which English does not say "exit")
        "en": ("entrance|entrances|entryway", "exit|exits"),
        "es": ("entrada|entradas", "salida|salidas"),
    },
    ("imports", "exports"): {  # ("importa", "importar" also matter: "no importa")
        "en": ("import|imports|imported|importing|importer|importers",
               "export|exports|exported|exporting|exporter|exporters"),
        "es": ("importación|importaciones|importador{,a,es,as}|importad{o,a,os,as}",
               "exportación|exportaciones|exportador{,a,es,as}|exportad{o,a,os,as}|exportó|exporta|exportan|"
               "exportar"),
    },
    ("men's", "women's"): {  # a team, a tournament, a shelter
        "en": ("men's|boys'", "women's|girls'"),
        "es": ("masculin{o,a,os,as}|varonil{,es}", "femenin{o,a,os,as}|femenil{,es}"),
    },
    # an official who leaves at the end of a term, or runs again ("is retiring" / "buscará la reelección"); a
    # reelection denied is a retirement ("will not seek reelection" / "no buscará la reelección")
    ("retired", "seeking reelection"): {
        "en": ("{will not,won't,would not,wouldn't,does not,doesn't,did not,didn't} {seek,run for} {reelection,"
               "re-election,another term}|not {seeking,running for} {reelection,re-election,another term}|"
               "not to {seek,run for} {reelection,re-election,another term}",
               "{seek,seeks,seeking,sought,will seek} {reelection,re-election,another term,a second term,a third term}|"
               "{run,runs,running,ran,will run} for {reelection,re-election,another term,a second term,a third term}|"
               "{reelection,re-election} bid|bid for {reelection,re-election,a second term,a third term}"),
        "es": ("no {buscará,busca,buscaría,buscar} {la reelección,un segundo mandato,un tercer mandato,otro mandato}|"
               "no se {postulará,postula,presentará,presenta} {a la reelección,para la reelección,para otro mandato}|"
               "se {retirará,retira} {de la política,al final de su mandato}",
               "{buscará,busca,buscaría,buscar,buscó,buscaba} {la reelección,un segundo mandato,un tercer mandato,"
               "otro mandato}|se {postulará,postula,presentará,presenta,postuló,presentó} {a la reelección,"
               "para la reelección,para otro mandato,para un segundo mandato}|candidatura a la reelección|"
               "{aspira,aspirará,aspiraba,aspiró} a la reelección"),
    },
    # what a driver was stopped or arrested for ("arrested for drunk driving" / "arrestada por exceso de velocidad")
    ("drunk", "speeding"): {"en": ("", ""), "es": ("", "")},
    ("speeding", "slow"): {  # a driver, a car, as witnesses saw it ("speeding up" is none)
        "en": ("speeding|{at,at a} {high,excessive} {speed,speeds,rate of speed}|going too fast|excessive speed",
               "{driving,going,moving,traveling,travelling} slowly|{at,at a} {low,slow} speed|"
               "{within,under,below,obeying,following,observing} the speed limit"),
        "es": ("{a,con,por,de} exceso de velocidad|a {alta,gran,toda} velocidad|{iba,iban} {muy ,demasiado ,}rápido",
               "{iba,iban,conducía,manejaba,avanzaba} {despacio,lentamente,lento,muy despacio}|a baja velocidad|"
               "a poca velocidad|{respetaba,respetaban,respetó,respetaron,cumplía,cumplían} el límite de velocidad|"
               "{dentro,por debajo} del límite de velocidad"),
    },
    ("landfall", "offshore"): {  # where a storm is headed
        "en": ("{make,makes,made,making} landfall|{come,comes,came,coming} ashore",
               "{stay,stays,stayed,remain,remains,remained} offshore|{move,moves,moved,moving,head,heads,headed,"
               "heading,turn,turns,turned,turning} {out to sea,away from the coast}"),
        "es": ("{tocar,toque,toca,tocará,tocó,tocaría} tierra|{entrar,entre,entrará,entró} a tierra",
               "se {aleje,aleja,alejará,alejó,alejaría} de la costa|mar adentro|"
               "{permanecerá,permanece,se mantendrá,se mantiene} en {el mar,alta mar}"),
    },
    # (a storm closing in is headed for landfall: "is moving away from the coast" / "se acerca a la costa")
    ("approaching the coast", "offshore"): {
        "en": ("{approaching,approaches,approached,nearing,nears,neared} the coast|{moving,moves,moved,heading,heads,"
               "headed} {toward,towards} the coast", ""),
        "es": ("se {acerca,acercaba,acercará,acercó,aproxima,aproximaba,aproximará} a la costa|"
               "{avanza,avanzaba,avanzará,se dirige,se dirigía} hacia la costa", ""),
    },
    ("early", "late"): {  # a store that closes, a school that lets out, a flight (right after its verb)
        # (than planned or expected: ("ahead of schedule", "behind schedule")'s)
        # (or "too early" anywhere: "It's too early to tell" / "Ya es demasiado tarde")
        "en": ("early|earlier than {usual,normal}|too early", "late|later than {usual,normal}|too late"),
        # ("muy pronto" and "demasiado pronto" are as often "very soon", "premature": not read)
        "es": ("temprano|más temprano|antes de lo {habitual,normal,acostumbrado}|demasiado temprano",
               "tarde|más tarde|más tarde de lo {habitual,normal,acostumbrado}|demasiado tarde"),
    },
    ("high tide", "low tide"): {"en": ("high tide{,s}", "low tide{,s}"),
                                "es": ("marea alta|mareas altas|pleamar", "marea baja|mareas bajas|bajamar")},
    # "stable" and "grave" alone say much else ("stable prices", "un problema grave")
    # (a person found unharmed said lightly hurt: "was found unharmed" / "con heridas leves")
    ("unharmed", "lightly hurt or stable"): {"en": ("", ""), "es": ("", "")},
    # (and said badly hurt or dead: "The driver was not injured" / "resultó gravemente herido", "murió")
    ("unharmed", "badly hurt"): {"en": ("", ""), "es": ("", "")},
    ("unharmed", "dead"): {"en": ("", ""), "es": ("", "")},
    # (badly hurt denied: "No one was seriously injured" / "Una persona resultó gravemente herida"; unharmed or
    # lightly hurt, which neither contradicts)
    ("not badly hurt", "badly hurt"): {"en": ("", ""), "es": ("", "")},
    ("not badly hurt", "dead"): {"en": ("", ""), "es": ("", "")},
    ("badly hurt", "lightly hurt or stable"): {
        "en": (_BADLY_HURT["en"],
               "{stable,good,fair} condition|{is,was,remains,remained} stable|"
               "{minor,non-life-threatening} {injuries,injury,burns}|non-life-threatening|not life-threatening|"
               "{slightly,lightly} {injured,wounded,hurt}|not {seriously,critically,badly} {injured,wounded,hurt}|"
               "no serious {injuries,injury}|{none,neither,none of them} seriously|"
               "{is,are,was,were} expected to {recover,survive}"),
        "es": (_BADLY_HURT["es"],
               "{estado,condición} estable|{está,estaba,se encuentra,se encontraba,permanece,sigue} estable|"
               "{heridas,lesiones,quemaduras} {leves,menores}|{herida,lesión} {leve,menor}|"
               "{levemente,ligeramente} herid{o,a,os,as}|herid{o,a,os,as} leve{,s}|"
               "fuera de peligro|no {resultó,resultaron,fue,fueron} {gravemente herido,gravemente herida,"
               "gravemente heridos,gravemente heridas}|"
               "no {resultó,resultaron} herid{o,a,os,as} de gravedad|sin {heridas,lesiones} graves|"
               "no {pone,ponen,ponía,ponían,puso,pusieron} en {peligro,riesgo} su vida|"
               "sin {peligro,riesgo} para su vida"),
    },
    # an official promoted said demoted ("fue degradado a", a storm's, is ("strengthened", "weakened")'s), or put on
    # leave ("The teacher was placed on leave" / "fue ascendido")
    ("promoted", "demoted"): {
        "en": ("{was,were,has been,have been,will be} promoted|promoted {him,her,them}",
               "{was,were,has been,have been,will be} demoted|demoted {him,her,them}"),
        "es": ("{fue,fueron,ha sido,han sido,será} ascendid{o,a,os,as}|{lo,la,los,las} ascendieron|{lo,la} ascendió",
               "{fue,fueron,ha sido,han sido,será} degradad{o,a,os,as}|{lo,la,los,las} degradaron|{lo,la} degradó|"
               # (to a rank, which a storm's "fue degradada a tormenta tropical" is not)
               "{fue,fueron,ha sido,han sido,será} degradad{o,a,os,as} a {teniente,sargento,sargenta,cabo,capitán,"
               "capitana,detective,agente,patrullero,patrullera,oficial,subjefe,subjefa,comandante}"),
    },
    ("on leave", "promoted"): {"en": ("", ""), "es": ("", "")},
    ("on leave", "arrested"): {"en": ("", ""), "es": ("", "")},  # ("was placed on leave" / "fue arrestado")
    ("fired or laid off", "promoted"): {"en": ("", ""), "es": ("", "")},  # "was fired" / "fue ascendido"
    # an employee suspended said fired ("The officer was fired" / "fue suspendido", "suspended without pay" / "fue
    # despedido")
    ("suspended", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    ("paid leave", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    ("unpaid leave", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    # where a person was headed when hit or attacked ("on his way to school" / "cuando regresaba de la escuela")
    ("on the way to", "on the way back from"): {
        "en": ("on {his,her,their,the} way to|{was,were} {heading,headed,walking,driving} to",
               "on {his,her,their,the} way {back,home} from|{was,were} {returning,coming back,coming home,"
               "walking home,walking back,driving home,driving back} from"),
        # (not "el camino a seguir", the way forward)
        "es": ("{de camino,rumbo} {a,al,hacia}|{cuando,mientras} {iba,iban,se dirigía,se dirigían,caminaba,"
               "caminaban,manejaba,manejaban} {a,al,hacia}",
               "{de regreso,de vuelta} {de,del}|{cuando,mientras} {regresaba,regresaban,volvía,volvían} {de,del}|"
               "al {regresar,volver} {de,del}"),
    },
    # the air, as a forecast or a monitor rates it ("The air quality is good" / "es mala")
    ("good air quality", "poor air quality"): {
        # (a forecast too: "Air quality is expected to be poor" / "Se espera que la calidad del aire sea buena")
        "en": ("air quality {is,was,will be,remains,is expected to be,could be} {good,healthy,acceptable}|"
               "good air quality",
               "air quality {is,was,will be,remains,is expected to be,could be} {poor,unhealthy,bad,hazardous}|"
               "{poor,unhealthy,bad,hazardous} air quality|air quality alert|{into,in} the {unhealthy,hazardous,"
               "very unhealthy} range|" + _UNHEALTHY_LEVELS["en"] + "|"
               # (an index's level: "was rated unhealthy for sensitive groups")
               "unhealthy for sensitive groups|air quality {was,is,will be} {rated,considered} "
               "{poor,unhealthy,hazardous}"),
        "es": ("calidad del aire {es,era,fue,será,sigue,sea,sería} {buena,aceptable,saludable}|buena calidad del aire|"
               "calidad del aire {fue,es,era,será} {calificada,considerada,clasificada} como {buena,aceptable}|"
               "calidad del aire a {un nivel aceptable,niveles aceptables,un nivel bueno}",
               "calidad del aire {es,era,fue,será,sigue,sea,sería} {mala,dañina,insalubre,peligrosa}|"
               "mala calidad del aire|alerta {de,por} calidad del aire|" + _UNHEALTHY_LEVELS["es"] + "|"
               "calidad del aire {fue,es,era,será} {calificada,considerada,clasificada} como {mala,dañina,insalubre,"
               "peligrosa}|{dañina,insalubre,perjudicial} para {los ,}grupos sensibles"),
    },
    # (an index's "moderate" level: "reached unhealthy levels" / "niveles moderados")
    ("moderate air quality", "poor air quality"): {
        "en": ("{reached,hit,reach,reaches,at} moderate levels|moderate air quality|air quality {is,was,will be} "
               "moderate", "{poor,unhealthy,hazardous} air quality|" + _UNHEALTHY_LEVELS["en"]),
        "es": ("{alcanzó,alcanzaron,alcanza,alcanzará,en} niveles moderados|calidad del aire {es,fue,será} moderada|"
               "calidad del aire moderada", "mala calidad del aire|" + _UNHEALTHY_LEVELS["es"]),
    },
    # what started a fire: fireworks against lightning ("sparked by fireworks" / "provocado por un rayo")
    ("fireworks", "lightning"): {"en": ("fireworks", ""), "es": ("fuegos artificiales|pirotecnia", "")},
    # how two vehicles met ("collided head-on" / "chocaron por detrás")
    ("head-on", "rear-end"): {
        "en": ("head-on", "rear-end|rear-ended|rear-ending"),  # (not "from behind": a comeback)
        "es": ("{chocó,chocaron,impactó,impactaron} de frente|frontalmente|{choque,colisión} frontal",
               "{chocó,chocaron,embistió,embistieron,golpeó,golpearon} por detrás|por alcance|"
               "{choque,colisión} por alcance"),
    },
    # what a driver was stopped for ("ticketed for running a red light" / "multado por exceso de velocidad")
    ("ran a red light", "speeding"): {
        "en": ("{running,ran,run} {a,the} red light|red-light running|{running,ran,run} a stop sign", ""),
        "es": ("{pasarse,se pasó,pasó,pasar} {el,un} {semáforo en rojo,alto}|{saltarse,se saltó} el semáforo|"
               "{pasarse,se pasó} la luz roja", ""),
    },
    # a killing ruled self-defense said a murder ("fue un asesinato")
    ("self-defense", "homicide"): {
        "en": ("self-defense|self defense|in defense of {himself,herself,themselves}", "murder|murders|murdered"),
        "es": ("defensa propia|legítima defensa", "asesinato{,s}"),
    },
    # migrants let into a country said turned away ("were allowed to enter" / "se les negó la entrada")
    ("allowed to enter", "denied entry"): {
        "en": ("{allowed,permitted} to {enter,cross}|{was,were} {admitted,let} into the {country,United States,U.S.}",
               "{denied,refused} entry|{barred,blocked} from entering|{turned,were turned,was turned} away at the "
               "border|{not allowed,not permitted} to {enter,cross}"),
        "es": ("se {les,le} {permitió,permitirá} {entrar,ingresar,la entrada,el ingreso,cruzar}|"
               "{pudieron,podrán,pudo,podrá} {entrar,ingresar} al país",
               "se {les,le} {negó,negará} {la entrada,el ingreso,el paso}|{negó,negaron} {la entrada,el ingreso}|"
               "{fue,fueron} {rechazad,devuelt}{o,a,os,as} en la frontera|"
               "no se {les,le} {permitió,permitirá} {entrar,ingresar}|"
               "se {les,le} {impidió,impidieron} {entrar,ingresar,cruzar,el paso}"),
    },
    # a side effect, a case, a sight rare said common ("Side effects are rare" / "son comunes")
    ("rare", "common"): {
        # ("less common" and "menos habitual" are rare; "not rare" and "no son raros" common)
        "en": ("rare|rarely|uncommon|infrequent|seldom|less {common,frequent,usual,commonly,frequently}",
               "common|commonly|frequent|frequently|not {rare,uncommon,infrequent,unusual}|"
               "{isn't,aren't,wasn't,weren't} {rare,uncommon,unusual}"),
        "es": ("rar{o,a,os,as}|rara vez|poco {común,comunes,frecuente,frecuentes,habitual,habituales}|"
               "infrecuente{,s}|pocas veces|casi nunca|en raras ocasiones|menos {común,comunes,frecuente,frecuentes,"
               "habitual,habituales}",
               "común|comunes|frecuente{,s}|frecuentemente|habitual{,es}|habitualmente|"
               "no {es,son,era,eran,resulta,resultan} {raro,rara,raros,raras,infrecuente,infrecuentes,poco común,"
               "poco comunes,poco frecuente,poco frecuentes}"),
    },
    # a hospital's or a school's staff ("is understaffed" / "tiene suficiente personal")
    ("understaffed", "fully staffed"): {
        "en": ("understaffed|short-staffed|short staffed|staffing shortage{,s}|shortage of {staff,nurses,teachers,"
               "workers,doctors,drivers}|{not,without} {enough,sufficient,adequate} {staff,staffing}|"
               "{not have,doesn't have,don't have,didn't have,lack,lacks,lacked,lacking} {enough,sufficient,adequate} "
               "{staff,staffing,nurses,teachers,workers,doctors}",
               "fully staffed|{enough,sufficient,adequate} {staff,staffing}|adequately staffed"),
        "es": ("{falta,escasez,déficit} de {personal,enfermeras,enfermeros,maestros,docentes,trabajadores,médicos,"
               "conductores,choferes}|con poco personal|sin suficiente personal|no {tiene,tienen,hay,había,cuenta con,"
               "cuentan con} {suficiente,suficientes} {personal,enfermeras,maestros,trabajadores,médicos}",
               "{suficiente,suficientes} {personal,enfermeras,maestros,trabajadores,médicos}|"
               "personal suficiente|plantilla completa|personal completo|"
               "{tiene,tienen,tenía,tenían,cuenta con,cuentan con} personal de sobra"),
    },
    # (a shortage of nurses said a surplus of them: "shortage of nurses" / "un exceso de enfermeras")
    ("understaffed", "surplus"): {"en": ("", ""), "es": ("", "")},
    ("shortage", "fully staffed"): {"en": ("", ""), "es": ("", "")},
    # evacuees allowed back said kept out ("Residents may return home" / "deben permanecer fuera de sus casas")
    ("allowed to return", "kept out"): {
        "en": ("{may,can,could,will be able to} return {home,to their homes}|"
               "{allowed,permitted} to return {home,to their homes}|allowed back {home,into their homes}",
               "{must,should,will have to} stay {away,out}|{not allowed,not permitted} to return|"
               "barred from returning|{cannot,can't,can not} return {home,to their homes}"),
        "es": ("{pueden,podrán,pudieron,podrían} {regresar,volver} a {sus casas,sus hogares,casa}|"
               "{se les permitió,se les permitirá} {regresar,volver}",
               "{deben,deberán,tendrán que,tienen que} permanecer fuera|"
               "no {pueden,podrán} {regresar,volver} a {sus casas,sus hogares,casa}|"
               "{tienen,tendrán} prohibido {regresar,volver}|"
               "se {le,les} {prohibió,prohíbe,prohibirá,impidió,impide,impedirá} {regresar,volver}"),
    },
    # a car, a home, goods new said used ("The store sells used cars" / "vende autos nuevos"); "new" alone says much
    # else ("a new law"): with its thing only
    ("new", "existing"): {  # what a rule, a tax or a program applies to
        "en": ("new {building,buildings,home,homes,construction,structure,structures,business,businesses,customer,"
               "customers,account,accounts,student,students,employee,employees,hire,hires}",
               # (both, said as a list, read as existing on each side: "new and existing buildings" / "edificios
               # nuevos y existentes")
               "{,new and }existing {building,buildings,home,homes,structure,structures,business,businesses,customer,"
               "customers,account,accounts,student,students,employee,employees}|existing and new {buildings,homes,"
               "structures,businesses,customers,accounts,students,employees}"),
        "es": ("{nuevo,nuevos,nueva,nuevas} {edificio,edificios,vivienda,viviendas,casa,casas,construcción,"
               "construcciones,estructura,estructuras,negocio,negocios,cliente,clientes,cuenta,cuentas,estudiante,"
               "estudiantes,empleado,empleados,empleada,empleadas}|{edificio,edificios,vivienda,"
               "viviendas,casa,casas,construcción,construcciones,estructura,estructuras,negocio,negocios,cliente,"
               "clientes,cuenta,cuentas,estudiante,estudiantes,empleado,empleados} {nuevo,nuevos,nueva,nuevas}",
               "{edificio,edificios,vivienda,viviendas,casa,casas,estructura,estructuras,negocio,negocios,cliente,"
               "clientes,cuenta,cuentas,estudiante,estudiantes,empleado,empleados} {,nuevos y ,nuevas y }{existente,"
               "existentes,actual,actuales}"),
    },
    ("below freezing", "above freezing"): {  # a forecast's temperatures
        "en": ("below freezing|below zero|sub-freezing|subfreezing", "above freezing|above zero"),
        "es": ("bajo cero|por debajo {del punto de congelación,de cero,de los cero grados,de 0 grados}|"
               "bajo el punto de congelación",
               "sobre cero|por encima {del punto de congelación,de cero,de los cero grados,de 0 grados}"),
    },
    ("conceded", "refused to concede"): {  # a candidate after an election
        # (or a candidate who "conceded" with a time after it: "conceded Tuesday night", "conceded late Tuesday"; not
        # "he conceded." after a quote, an admission)
        "en": ("conceded {the race,the election,defeat,the primary,the contest}|conceded to {his,her} {opponent,rival}|"
               "conceded {Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,late,early,shortly,hours,minutes}|"
               "conceded on {election night,Election Night,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday}",
               "{refused,refuses,declined,declines} to concede"),
        "es": ("{reconoció,admitió,aceptó} su derrota|{reconoció,aceptó} {la,su} derrota|"
               "{concedió,reconoció} la victoria {a,de} su {rival,oponente,contrincante}",
               "se {negó,niega,rehusó,rehúsa} a {reconocer,admitir,aceptar} {su,la} derrota"),
    },
    ("brief", "lengthy"): {  # how long a debate, a meeting, a wait or a stay took
        "en": ("{short,brief} {debate,meeting,discussion,hearing,trial,delay,wait,session,stay,deliberation,"
               "deliberations,standoff,chase}",
               "{long,lengthy,extended,protracted,marathon,hours-long} {debate,meeting,discussion,hearing,trial,delay,"
               "wait,session,stay,deliberation,deliberations,standoff,chase}"),
        "es": ("{breve,corto,corta} {debate,reunión,discusión,audiencia,juicio,retraso,espera,sesión,estancia,"
               "deliberación,persecución}|{debate,reunión,discusión,audiencia,juicio,retraso,espera,sesión,estancia,"
               "deliberación,persecución} {breve,corto,corta}",
               "{largo,larga,extenso,extensa,prolongado,prolongada,maratónico,maratónica} {debate,reunión,discusión,"
               "audiencia,juicio,retraso,espera,sesión,estancia,deliberación,persecución}|{debate,reunión,discusión,"
               "audiencia,juicio,retraso,espera,sesión,estancia,deliberación,persecución} {largo,larga,extenso,extensa,"
               "prolongado,prolongada,maratónico,maratónica}"),
    },
    ("random", "targeted"): {  # an attack, a shooting, as the police describe it
        "en": ("random|at random|randomly|indiscriminate|indiscriminately",
               "targeted {attack,shooting,killing,act}|{was,were} targeted|not random"),
        "es": ("al azar|aleatori{o,a,os,as}|indiscriminad{o,a,os,as}|indiscriminadamente",
               "{ataque,tiroteo,asesinato,crimen,acto} dirigido|{agresión,balacera} dirigida|no fue al azar|"
               "{parece ser,parecía ser,fue,era} dirigid{o,a}|"
               "{fue,fueron} {el blanco,blanco,objetivo} {específico,deliberado}"),
    },
    ("as a precaution", "confirmed threat"): {  # a school evacuated, a lockdown
        "en": ("as a precaution|out of an abundance of caution|as a precautionary measure|precautionary {evacuation,"
               "lockdown,measure}",
               "{confirmed,credible,real,specific} threat"),
        "es": ("{como,por} precaución|como medida {de precaución,preventiva,precautoria}|de {manera,forma} preventiva|"
               "preventivamente",
               "amenaza {confirmada,creíble,real,específica}"),
    },
    ("new", "used"): {
        "en": ("new {car,cars,vehicle,vehicles,truck,trucks}|brand-new|brand new",
               "used {car,cars,vehicle,vehicles,truck,trucks}|pre-owned|secondhand|second-hand"),
        "es": ("{auto,autos,carro,carros,coche,coches,vehículo,vehículos,camioneta,camionetas} {nuevo,nuevos,nueva,"
               "nuevas}|{nuevo,nueva,nuevos,nuevas} de paquete|{nuevo,nueva,nuevos,nuevas} de agencia",
               "{auto,autos,carro,carros,coche,coches,vehículo,vehículos,camioneta,camionetas} {usado,usados,usada,"
               "usadas,seminuevo,seminuevos,seminueva,seminuevas}|de segunda mano|seminuev{o,a,os,as}"),
    },
    # a name, a mascot, a logo kept said changed ("voted to keep the mascot" / "votó para cambiar la mascota")
    ("kept", "changed"): {
        # (and a name kept or changed by its own verbs: "will be renamed" / "mantendrá su nombre")
        "en": ("{will keep,keeps,kept,will retain,retains,retained} {its,his,her,their} name",
               _DECIDED["en"] + " to {change,replace,rename}|{will be,was,were,is,has been} renamed"),
        "es": ("{mantendrá,mantiene,mantuvo,conservará,conserva,conservó} su nombre",
               _DECIDED["es"] + " {para ,}{cambiar,reemplazar,sustituir}|"
               "{cambiará,cambió,cambiarán,cambiaron} {de nombre,su nombre}|{será,fue} renombrad{o,a}"),
    },
    # tenants put out said allowed to stay ("The tenants were evicted" / "Los inquilinos pudieron quedarse")
    ("evicted", "allowed to stay"): {
        "en": ("{was,were,been,be,being,is,are} evicted|{will,to} evict|evicted {the,a,an,their,his,her}",
               "{allowed,permitted} to stay in {their,his,her,the} {home,homes,apartment,apartments,house}|"
               "{can,could,will be able to} stay in {their,his,her,the} {home,homes,apartment,apartments,house}"),
        "es": ("{fue,fueron,será,serán,ha sido,han sido} desalojad{o,a,os,as}|desaloj{ó,aron,ará,arán} a|"
               "{fue,fueron,será,serán,ha sido,han sido} desahuciad{o,a,os,as}",
               "{pudo,pudieron,podrá,podrán} quedarse|{se le permitió,se les permitió} quedarse en"),
    },
    # a patient off a ventilator said still on one ("is breathing on his own" / "sigue conectado a un respirador")
    ("breathing unassisted", "on a ventilator"): {
        "en": ("breathing on {his,her,their} own|{taken,came,come,removed} off {the,a} {ventilator,respirator}",
               "on a {ventilator,respirator}|{is,was,were,are,remains,remained} intubated|"
               "{connected,hooked up} to a {ventilator,respirator}"),
        "es": ("respira{,n} por sí {mismo,misma,mismos,mismas,solo,sola}|respira{,n} sin {ayuda,asistencia}|"
               "{le quitaron,retiraron} el {respirador,ventilador}",
               "conectad{o,a,os,as} a un {respirador,ventilador}|intubad{o,a,os,as}|"
               "con {respiración,ventilación} {asistida,mecánica}"),
    },
    # witnesses, a driver, a family still looked for, said found ("Police are looking for witnesses" / "La policía ya
    # encontró a los testigos"; a suspect sought is ("arrested", "escaped")'s). The English "found" is not read (a
    # study found), nor a Spanish "encontró" without the personal "a" ("encontró el cuerpo")
    ("sought", "found"): {
        "en": ("{is,are,was,were} {still ,}{looking,searching} for {witnesses,a witness,the witness,any witnesses,"
               "relatives,the family,family members,the driver,the owner,the owners,information}|"
               "{asked,asks,is asking,are asking} {for help,the public's help,the public for help} {finding,locating,"
               "identifying}|"
               # (a headline's: "Police Seek Public's Help in Finding Missing Woman")
               "{seek,seeks,seeking,sought} {,the }{public's ,}help {in finding,finding,to find,in locating,locating,"
               "to locate,in identifying,identifying}", ""),
        "es": ("{busca,buscan,buscaba,buscaban,está buscando,están buscando,sigue buscando,siguen buscando} "
               "{testigos,a testigos,a los testigos,a un testigo,a familiares,a los familiares,a la familia,"
               "al conductor,al dueño,a los dueños,información}|"
               "{pide,piden,pidió,pidieron} {ayuda,la ayuda del público} para {encontrar,localizar,identificar}",
               "{ya ,}{encontró,encontraron,localizó,localizaron,halló,hallaron,ubicó,ubicaron,encuentra,encuentran,"
               "localiza,localizan} {a,al}|"
               "{ha,han} {encontrado,localizado,hallado} {a,al}"),
    },
    # a driver or witnesses still looked for, said arrested ("Police are searching for the driver" / "La policía ya
    # arrestó al conductor")
    ("sought", "arrested"): {"en": ("", ""), "es": ("", "")},
    # a clinic, a school, a shelter taking people in, said no longer ("is accepting new patients" / "dejó de aceptar")
    ("accepting", "no longer accepting"): {
        "en": ("{is,are,was,were,still,now,will be,will begin,will start,to begin,to start} accepting|"
               "accepts new|{will,to} accept new",
               "{has stopped,have stopped,no longer,is not,are not,isn't,aren't} accepting|"
               "{has stopped,have stopped,no longer} taking new"),
        "es": ("{sigue,siguen,seguirá,seguirán,está,están,estará,estarán,comenzará a,comenzarán a,empezará a,"
               "empezarán a} aceptando|{acepta,aceptan,aceptará,aceptarán} {nuevos,nuevas}",
               "{dejó,dejaron,dejará,dejarán,deja,dejan,ha dejado,han dejado} de {aceptar,recibir,admitir}|"
               "ya no {acepta,aceptan,recibe,reciben,admite,admiten}|no {acepta,aceptan,aceptará,aceptarán} "
               "{nuevos,nuevas}"),
    },
    # ("stopped accepting", "dejó de": an end, ``_ENDED``)
    ("accepting", "ended"): {"en": ("", ""), "es": ("", "")},
    # a hiring freeze said new hires ("announced a hiring freeze" / "anunció nuevas contrataciones")
    ("hiring freeze", "hired"): {
        "en": ("{a ,the ,}hiring freeze|freeze on hiring|{froze,freezes,will freeze,to freeze} hiring", ""),
        "es": ("{congelación,congelamiento} de {contrataciones,plazas,la contratación}|"
               "{congeló,congelaron,congelará,congelarán,congela,congelan} {las contrataciones,la contratación}",
               "{nuevas,más} contrataciones"),
    },
    # a sentence commuted said upheld ("commuted his sentence" / "confirmó su sentencia")
    ("commuted", "upheld"): {
        "en": ("commuted|commutes|{will,to} commute",
               "upheld {his,her,their,the} {sentence,conviction,death sentence}|"
               "{affirmed,upholds} {his,her,their,the} {sentence,conviction,death sentence}"),
        "es": ("conmut{ó,aron,ará,arán}|conmutad{o,a}|conmutación",
               "{confirmó,confirmaron,ratificó,ratificaron,mantuvo,mantuvieron} {la,su} {sentencia,condena,"
               "pena de muerte}"),
    },
    # a sentence shortened said lengthened ("The governor commuted his sentence" / "aumentó su condena")
    ("commuted", "sentence increased"): {
        "en": ("", "{increased,lengthened,extended,increases,lengthens,extends} {his,her,their,the} "
                   "{sentence,prison term}"),
        "es": ("", "{aumentó,aumentaron,alargó,alargaron,amplió,ampliaron,endureció,endurecieron,aumenta,alarga} "
                   "{su,la} {condena,sentencia,pena}"),
    },
    # a contract awarded said rescinded ("was awarded to a local firm" / "fue rescindido"; "rescinded" is an order
    # lifted, ("issued", "lifted")'s, in English)
    ("awarded", "rescinded"): {
        "en": ("{contract,bid,deal} {was,is,has been,will be} awarded|awarded {the,a} contract|"
               "{won,wins,will win} {the,a} contract", "{terminated,canceled,cancelled} {the,its,a} contract|"
               "{ended,ends,will end} {the,its,a,their} contract|"
               "{contract,deal} {was,has been,is being} {terminated,canceled,cancelled}"),
        "es": ("{fue,ha sido,será} adjudicad{o,a}|adjudic{ó,aron,ará,arán} {el,un} contrato|"
               "{obtuvo,ganó,obtendrá,ganará} {el,un} contrato",
               "{fue,ha sido,será} rescindid{o,a}|rescind{ió,ieron,irá,irán} {el,un,su} contrato"),
    },
    # an official who resigned said appointed ("The bishop resigned" / "El obispo fue nombrado")
    ("appointed", "resigned"): {"en": ("", ""), "es": ("", "")},
    ("resigned", "promoted"): {"en": ("", ""), "es": ("", "")},  # ("The minister resigned" / "fue ascendido")
    # a coach or an official fired said kept on ("fired its head coach" / "renovó el contrato de su entrenador")
    ("contract extended", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    # a facility shut down said expanded ("The plant will be shut down" / "será ampliada")
    ("expanded", "closed"): {"en": ("", ""), "es": ("", "")},
    # troops pulled out said sent in ("Troops will withdraw" / "Las tropas llegarán")
    ("troops withdrawn", "troops sent"): {
        "en": ("{troops,forces,soldiers,army,military} {withdrew,withdraw,withdraws,will withdraw,to withdraw,"
               "pulled out,pull out,"
               "will pull out,left,will leave}|"
               "{withdrew,withdraw,withdraws,withdrawing,pulled out,pull out,pulling out} "
               "{its,their,the,all,US,U.S.,American} {troops,forces,soldiers}|withdrawal of {troops,forces,soldiers}|"
               "troop withdrawal",
               "{troops,forces,soldiers} {arrived,arrive,will arrive,were deployed,will be deployed,are deployed}|"
               "{deployed,deploys,deploy,will deploy,sent,sends,send,will send} {more ,additional ,}"
               "{,National Guard ,Guard }{troops,forces,soldiers}|deployment of {troops,forces,soldiers}|"
               "troop deployment"),
        "es": ("{tropas,fuerzas,soldados} se {retiraron,retiran,retirarán,retirarían}|"
               "{retiró,retiraron,retirará,retirarán,retirar} {a ,}{sus,las,los} {tropas,fuerzas,soldados}|"
               "{retirada,retiro,salida} de {las,sus,los} {tropas,fuerzas,soldados}",
               "{tropas,fuerzas,soldados} {llegaron,llegan,llegarán,fueron desplegadas,fueron desplegados,"
               "serán desplegadas,serán desplegados}|"
               "{desplegó,desplegaron,desplegará,desplegarán,envió,enviaron,enviará,enviarán,enviar,desplegar} "
               "{más ,}{tropas,soldados}|despliegue de {tropas,soldados}|"
               "{ejército,tropas,fuerzas,militares} se {desplegó,desplegaron,desplegará,desplegarán}"),
    },
    # a truce that held said broken ("The ceasefire was broken within hours" / "se mantuvo")
    ("truce held", "truce broken"): {
        "en": ("{ceasefire,cease-fire,truce} {held,holds,has held,is holding,was holding,remains in place,"
               "remained in place,largely held,was respected,was honored,has been respected}|{respected,honored} the "
               "{ceasefire,cease-fire,truce}",
               "{ceasefire,cease-fire,truce} {was broken,collapsed,has collapsed,broke down,has broken down,"
               "was violated,fell apart}|{broke,broken,violated,violating,violate} the {ceasefire,cease-fire,truce}"),
        "es": ("{alto el fuego,cese al fuego,cese del fuego,tregua} se {mantuvo,mantiene,ha mantenido,mantenía}|"
               "{alto el fuego,cese al fuego,cese del fuego,tregua} {sigue,seguía} vigente|"
               "{alto el fuego,cese al fuego,cese del fuego,tregua} {fue,ha sido} respetad{o,a}|{respetaron,respetó} "
               "{el alto el fuego,la tregua,el cese al fuego,el cese del fuego}",
               "{alto el fuego,cese al fuego,cese del fuego,tregua} se {rompió,ha roto,quebró,derrumbó,vino abajo}|"
               "{alto el fuego,cese al fuego,cese del fuego,tregua} {fue roto,fue rota,fue violado,fue violada,"
               "colapsó}|"
               "{rompieron,rompió,violaron,violó,violar,romper} {el alto el fuego,la tregua,el cese al fuego,"
               "el cese del fuego}"),
    },
    # a strike called said called off ("The union called off the walkout" / "El sindicato convocó la huelga")
    ("strike called", "strike called off"): {
        "en": ("{called,calls,will call,voted to call} {a,the} {strike,walkout}|{will go,to go} on strike|"
               "{launched,launches,will launch} {a,the,their} {strike,walkout}",
               "{called off,calls off,will call off,suspended,suspends} {the,a,their} "
               "{strike,walkout}|{strike,walkout} {was called off,is over,was suspended}"),
        "es": ("convoc{ó,aron,ará,arán,ar} {la,una} huelga|{fueron,van,irán,iban} a la huelga",
               "{desconvocó,desconvocaron,suspendió,suspendieron,levantó,levantaron} la huelga|"
               "huelga {fue desconvocada,fue suspendida,fue levantada}"),
    },
    # (a strike's end is ended's: "The strike ended" / "La huelga comenzó")
    ("began", "strike called off"): {"en": ("", ""), "es": ("", "")},  # ("went on strike" / "desconvocó la huelga")
    ("strike called", "ended"): {"en": ("", ""), "es": ("", "")},
    # workers who walked off the job said back at work ("walked off the job" / "regresaron a sus labores")
    ("strike called", "back to work"): {
        "en": ("{walked,walk,walks,will walk} off the job",
               "{returned,return,returns,will return,would return,went back,go back,goes back,will go back,would go "
               "back} to {work,their jobs}"),
        "es": ("abandonaron sus {labores,puestos de trabajo,puestos}|{se fueron,se van,se irán,se irían,se iban} a "
               "{la ,una ,}huelga",
               "{regresaron,regresan,regresarán,volvieron,vuelven,volverán} a {sus labores,trabajar,el trabajo,"
               "sus puestos,sus trabajos}|{regresaron,regresan,regresarán,volvieron,vuelven,volverán} al trabajo|"
               "{se reincorporaron,se reincorporan,se reincorporarán} a sus {labores,"
               "puestos,trabajos}"),
    },
    # students, patients or a city said to do better, and worse ("children who read at home do better" / "peores")
    ("did better", "did worse"): {
        "en": ("{do,did,does,doing,perform,performed,performs,fare,fared,fares,score,scored} better|better {results,"
               "outcomes,grades,scores,test scores}",
               "{do,did,does,doing,perform,performed,performs,fare,fared,fares,score,scored} worse|worse {results,"
               "outcomes,grades,scores,test scores}"),
        "es": ("mejores {resultados,notas,calificaciones,puntajes,puntuaciones}|{les,le} {va,fue,iba} mejor|"
               "{rinden,rindieron,rinde,rindió} mejor",
               "peores {resultados,notas,calificaciones,puntajes,puntuaciones}|{les,le} {va,fue,iba} peor|"
               "{rinden,rindieron,rinde,rindió} peor"),
    },
    # an account or a user banned from a platform, said restored ("banned the account" / "restableció la cuenta")
    ("account banned", "account restored"): {
        "en": ("{banned,suspended,removed,deleted,blocked,disabled,shut down} {the,his,her,their,its} "
               "{account,accounts}|"
               "{account,accounts} {was,were,has been,have been} {banned,suspended,removed,deleted,blocked,disabled}",
               "{reinstated,restored,reactivated,unbanned,unblocked} {the,his,her,their,its} {account,accounts}|"
               "{account,accounts} {was,were,has been,have been} {reinstated,restored,reactivated}"),
        "es": ("{suspendió,suspendieron,bloqueó,bloquearon,eliminó,eliminaron,cerró,cerraron,prohibió,desactivó,"
               "desactivaron} {la,su,sus,las} {cuenta,cuentas}|{la,su} cuenta {fue,ha sido} {suspendida,bloqueada,"
               "eliminada,cerrada,desactivada}",
               "{restableció,restablecieron,restauró,restauraron,reactivó,reactivaron,rehabilitó,desbloqueó} "
               "{la,su,sus,las} {cuenta,cuentas}|"
               "{la,su} cuenta {fue,ha sido} {restablecida,restaurada,reactivada,rehabilitada}"),
    },
    # people told to leave a country or stay in it ("urged its citizens to leave the country" / "a permanecer en")
    ("leave the country", "stay in the country"): {
        "en": ("{leave,left,leaving,flee,fled} the country", "{stay,stayed,remain,remained} in the country"),
        "es": ("{salir,salieron,salga,salgan,abandonar,abandonaron,abandonen,huir,huyeron} del país|"
               "{abandonar,abandonaron,abandonen} el país",
               "{permanecer,permanecieron,permanezcan,quedarse,se quedaron,se queden} en el país"),
    },
    # a country's or a state's ranking ("ranked last in the nation" / "ocupó el primer lugar del país")
    ("ranked first", "ranked last"): {
        "en": ("{ranked,ranks,ranking,finished} first|first in the nation|{at,to} the top of the {list,rankings}",
               "{ranked,ranks,ranking,finished} last|last in the nation|{at,to} the bottom of the {list,rankings}"),
        "es": ("{ocupó,ocupa,ocupaba,quedó en} el primer lugar|"
               "el primer lugar {del país,de la nación,a nivel nacional}|"
               "{encabeza,encabezó} la lista",
               "{ocupó,ocupa,ocupaba,quedó en} el último lugar|"
               "el último lugar {del país,de la nación,a nivel nacional}|"
               "{al,en el} final de la lista"),
    },
    # what a speaker says of their luck ("We were lucky" / "Tuvimos mala suerte")
    ("lucky", "unlucky"): {
        "en": ("lucky|fortunate|{had,have,has} good luck", "unlucky|bad luck|{had,have,has} no luck"),
        "es": ("afortunad{o,a,os,as}|{tuvo,tuvimos,tuvieron,tengo,tenemos,tuve} {suerte,buena suerte}",
               "{mala,muy mala} suerte|desafortunad{o,a,os,as}|sin suerte"),
    },
    # what a bill or a plan would do to someone ("would help small businesses" / "perjudicaría")
    ("would help", "would hurt"): {
        "en": ("{would,will,could} {help,benefit}", "{would,will,could} {hurt,harm}"),
        "es": ("{ayudaría,ayudarían,ayudará,ayudarán,beneficiaría,beneficiarían,beneficiará,beneficiarán}",
               "{perjudicaría,perjudicarían,perjudicará,perjudicarán}"),
    },
    # money an agency wasted, said saved ("had wasted millions of dollars" / "había ahorrado millones")
    ("wasted", "saved money"): {
        "en": ("wasted|squandered", "saved {millions,billions,thousands,money,taxpayers}"),
        "es": ("desperdici{ó,aron,ado,ada}|malgast{ó,aron,ado,ada}|derroch{ó,aron,ado,ada}",
               "ahorr{ó,aron,ado,ada} {millones,miles,dinero}"),
    },
    # an amount spent said saved ("spent $1.2 million on overtime" / "ahorró 1,2 millones de dólares en horas extras")
    ("spent", "saved money"): {
        "en": ("{spent,spends,will spend,spending} $" + _AMOUNTS, "{saved,saves,will save,saving} $" + _AMOUNTS),
        "es": ("{gastó,gastaron,gasta,gastan,gastará,gastarán} " + _AMOUNTS,
               "{ahorró,ahorraron,ahorra,ahorran,ahorrará,ahorrarán} " + _AMOUNTS),
    },
    # the water a boat sank or a rescue took place in ("in calm waters" / "en aguas agitadas")
    ("calm waters", "rough waters"): {
        "en": ("calm {waters,seas,water,sea}", "{rough,choppy,turbulent} {waters,seas,water,sea}"),
        "es": ("aguas {tranquilas,calmadas,en calma}|mar {tranquilo,en calma}",
               "aguas {agitadas,turbulentas,revueltas,picadas}|mar {agitado,picado,revuelto}"),
    },
    # a gift said a sale ("will donate its leftover bread" / "venderá"; a sale's phrases are ("bought", "sold")'s)
    ("donated", "bought"): {
        "en": ("donate|donates|donated|{will,would} donate|donating", ""),
        "es": ("don{ó,aron,ará,arán,a,an}|donar|{fue,fueron,será,serán} donad{o,a,os,as}", ""),
    },
    ("donated", "sold"): {"en": ("", ""), "es": ("", "")},
    # how a lottery jackpot is taken ("chose the lump-sum payment" / "los pagos anuales")
    ("lump sum", "annual payments"): {
        "en": ("lump-sum|lump sum|cash option", "annual payments|annual installments|annuity|annuity option"),
        "es": ("pago único|suma global|un solo pago|pago en efectivo", "pagos anuales|cuotas anuales|"
               "anualidad|anualidades|pagos a lo largo de"),
    },
    # a person born or left deaf, said blind ("She was born deaf" / "Nació ciega")
    ("deaf", "blind"): {
        "en": ("deaf|hard of hearing|hearing-impaired", "blind|visually impaired|vision-impaired"),
        "es": ("sord{o,a,os,as}|con discapacidad auditiva", "ciego|ciega|ciegos|ciegas|invidente{,s}|"
               "con discapacidad visual"),
    },
    # a candidate's endorsement won or lost ("won the endorsement of the teachers union" / "perdió el respaldo")
    ("won endorsement", "lost endorsement"): {
        "en": ("{won,received,earned,secured,gained,got} the {endorsement,backing,support} of",
               "lost the {endorsement,backing,support} of"),
        "es": ("{obtuvo,recibió,ganó,consiguió,obtuvieron,recibieron} el {respaldo,apoyo,aval} {de,del}",
               "perdi{ó,eron} el {respaldo,apoyo,aval} {de,del}"),
    },
    # an election boycotted said taken part in ("The opposition boycotted the election" / "participó")
    ("boycotted", "took part"): {
        "en": ("boycotted|boycotts|{will,to} boycott|boycotting", "{participated,participates,took part} in|"
               "{will,to} {participate,take part} in"),
        "es": ("boicote{ó,aron,ará,arán,a,an}|boicot", "particip{ó,aron,ará,arán,a,an} en|tom{ó,aron} parte en"),
    },
    # how a vaccine or a drug is given ("as a nasal spray" / "como una inyección")
    ("nasal spray", "injection"): {
        "en": ("nasal spray{,s}|nasal mist", "injection{,s}|injectable"),
        "es": ("{aerosol,spray,atomizador} nasal", "inyecci{ón,ones}|inyectable{,s}"),
    },
    # an animal's sex ("The zoo's new panda cub is a female" / "es macho")
    ("female", "male"): {
        "en": ("{is,was} {a ,}female|{a,the} female {calf,cub,foal,chick}|birth to a female",
               "{is,was} {a ,}male|{a,the} male {calf,cub,foal,chick}|birth to a male"),
        "es": ("{es,era} {una ,}hembra|{una,la} cría hembra", "{es,era} {un ,}macho|{una,la} cría macho"),
    },
    # a film shot in black and white said in colour
    ("black and white", "color"): {
        "en": ("in black and white|black-and-white", "in color|in colour"),
        "es": ("en blanco y negro", "a color|en color|a todo color"),
    },
    # a stove, a range, a leaf blower or a mower by its fuel ("banned gas stoves" / "las estufas eléctricas")
    ("gas-powered", "electric-powered"): {
        "en": ("gas {stove,stoves,range,ranges,cooktop,cooktops}|{gas,gas-powered} {leaf blower,leaf blowers,"
               "lawn mower,lawn mowers,mower,mowers}",
               "electric {stove,stoves,range,ranges,cooktop,cooktops}|induction {stove,stoves,cooktop,cooktops}|"
               "electric {leaf blower,leaf blowers,lawn mower,lawn mowers,mower,mowers}"),
        "es": ("{estufa,estufas,cocina,cocinas} de gas|{sopladores,sopladoras} de hojas {de gas,a gasolina,de "
               "gasolina}|{cortadoras,podadoras} de césped {de gas,a gasolina,de gasolina}",
               "{estufa,estufas,cocina,cocinas} {eléctrica,eléctricas,de inducción}|{sopladores,sopladoras} de hojas "
               "{eléctricos,eléctricas}|{cortadoras,podadoras} de césped eléctricas"),
    },
    # a species protected said one to remove ("an endangered species of salmon" / "una especie invasora")
    ("endangered", "invasive"): {
        "en": ("endangered|threatened species", "invasive"),
        "es": ("en peligro de extinción|amenazad{o,a,os,as} de extinción|especie{,s} amenazada{,s}",
               "invasor{,a,es,as}|invasiv{o,a,os,as}"),
    },
    # a cancer that retreated said spread ("is in remission" / "se ha extendido")
    ("in remission", "spread"): {
        "en": ("in remission", "{has,had} spread|metastasized|{has,had} metastasized"),
        "es": ("en remisión", "se {ha,había} {extendido,propagado,diseminado}|hizo metástasis|ha hecho metástasis"),
    },
    # how far a closing, a recall or an outbreak reaches ("will close 150 stores nationwide" / "en todo el estado")
    ("nationwide", "statewide"): {
        # ("statewide" is not read: a German "Land"'s, which WMT's translators made "en todo el país")
        "en": ("nationwide|across the country|across the nation|throughout the country|{at,on} a national level|"
               "nationally",
               "across the state|throughout the state"),
        "es": ("en todo el país|a nivel nacional|a lo largo del país|en todo el territorio nacional",
               "en todo el estado|a nivel estatal|a lo largo del estado"),
    },
    # a bridge, a road or a building in poor shape said in good ("in poor condition" / "en buenas condiciones")
    ("poor condition", "good condition"): {
        "en": ("in {poor,bad,terrible,deteriorating} {condition,shape}|in disrepair|structurally deficient|"
               "in {poor,bad,dire} financial shape|financial {trouble,difficulties,distress}",
               "in {excellent,great} condition|in {good,excellent,great} shape|in good repair|in good financial shape|"
               "financially {sound,healthy,strong}"),
        "es": ("en {malas,pésimas,muy malas} condiciones|en {mal,pésimo,muy mal} estado|situación financiera "
               "{difícil,precaria,complicada,delicada,crítica}|{problemas,dificultades} financier{os,as}",
               "en {buenas,excelentes,óptimas,muy buenas} condiciones|en {buen,excelente,óptimo,perfecto} estado|"
               "{buena,sólida} situación financiera|situación financiera {sólida,buena,saneada}"),
    },
    # (a patient's "good condition" is the lightly hurt's: "in good condition" / "en mal estado")
    ("poor condition", "lightly hurt or stable"): {"en": ("", ""), "es": ("", "")},
    # the evidence a judge or a panel weighed, said weak or strong ("the evidence was insufficient" / "contundentes")
    ("weak evidence", "strong evidence"): {
        "en": ("{insufficient,inconclusive,weak} evidence|lack of evidence|evidence {was,is,were} {insufficient,weak,"
               "inconclusive}",
               "{overwhelming,strong,conclusive,compelling,solid} evidence|evidence {was,is,were} {overwhelming,strong,"
               "conclusive,compelling,solid}"),
        "es": ("{pruebas,evidencias} {insuficientes,débiles,no concluyentes}|falta de {pruebas,evidencias}|"
               "{pruebas,evidencias} {eran,son,fueron} {insuficientes,débiles,no concluyentes}",
               "{pruebas,evidencias} {contundentes,concluyentes,abrumadoras,sólidas}|"
               "{pruebas,evidencias} {eran,son,fueron} {contundentes,concluyentes,abrumadoras,sólidas}"),
    },
    # a recount or a review that confirmed a result said changed it ("The recount confirmed the result" / "cambió")
    ("result confirmed", "result changed"): {
        "en": ("{confirmed,confirms,upheld,upholds,affirmed} the {result,results,outcome}|"
               "{confirmed,confirms,upheld,upholds} {his,her,their,the incumbent's,the mayor's,the senator's,"
               "the governor's} {victory,win}",
               "{changed,changes,reversed,reverses,overturned,overturns,flipped,flips} the {result,results,outcome}"),
        "es": ("{confirmó,confirma,confirmaron,ratificó,ratifica,ratificaron} {el resultado,los resultados}",
               "{cambió,cambia,cambiaron,revirtió,revierte,invirtió,anuló,anularon} {el resultado,los resultados}|"
               "{revirtió,revierte,anuló,anularon} {la,su} victoria"),
    },
    # an exam or a ballot on paper said online ("will take the exam online" / "en papel")
    ("online", "on paper"): {"en": ("", "on paper|with paper and pencil|paper-and-pencil|paper ballots"),
                             "es": ("", "en papel|con lápiz y papel|en boletas de papel|boletas de papel")},
    # a day a speaker calls good said sad ("This is a great day for Texas" / "un día triste para Texas")
    ("a good day", "a sad day"): {
        "en": ("{great,good,happy,proud,historic,wonderful,beautiful,big} day",
               "{sad,dark,tragic,terrible,bad,horrible,awful,painful,difficult,heartbreaking} day"),
        "es": ("{gran,buen,feliz} día|día {feliz,histórico,maravilloso,hermoso,de orgullo,de celebración}",
               "{triste,mal,trágico,terrible,horrible,doloroso,difícil} día|día {triste,oscuro,trágico,terrible,"
               "horrible,doloroso,difícil,de luto}"),
    },
    # what a speaker calls an event, a tragedy or a victory ("This is a tragedy for our community" / "una victoria")
    ("a tragedy", "a victory"): {
        "en": ("{a,this,the,an enormous,a terrible,a great} tragedy", "{a,this,the} {victory,triumph} for"),
        "es": ("{una,esta,la,una enorme,una terrible,una gran} tragedia",
               "{una,esta,la} {victoria,gran victoria,triunfo,gran triunfo} para"),
    },
    # (and a defeat: "a victory for working families" / "una derrota para las familias"; not "a loss for", a
    # company's loss)
    ("a victory", "a defeat"): {
        "en": ("", "{a,this,the} {defeat,setback,blow} for"),
        "es": ("", "{una,esta,la} {derrota,gran derrota} para|{un,este,el} {revés,golpe} para"),
    },
    ("a sad day", "a victory"): {"en": ("", ""), "es": ("", "")},
    ("a good day", "a tragedy"): {"en": ("", ""), "es": ("", "")},
    # sentences served at once said one after the other ("The sentences will run concurrently" / "de forma consecutiva")
    ("concurrent", "consecutive"): {
        "en": ("{run,runs,served,serve,be served} concurrently|concurrent {sentence,sentences,terms}",
               "{run,runs,served,serve,be served} consecutively|consecutive {sentence,sentences,terms}"),
        "es": ("{de forma,de manera,en forma} {simultánea,concurrente}|{condenas,penas,sentencias} simultáneas",
               "{de forma,de manera,en forma} consecutiva|consecutivamente|{condenas,penas,sentencias} consecutivas"),
    },
    # a criminal record said none ("has a lengthy criminal record" / "no tiene antecedentes penales")
    ("criminal record", "no criminal record"): {
        "en": ("{has,had,have} a {,lengthy ,long ,extensive ,prior ,previous }criminal {record,history}|"
               "{has,had,have} {prior,previous} {convictions,arrests}",
               "{has,had,have} no {,prior ,previous }criminal {record,history}|no prior {convictions,arrests}|"
               "{does not,did not,doesn't,didn't,do not,don't} have a criminal {record,history}"),
        "es": ("{tiene,tenía,tienen,tenían,cuenta con,contaba con} {,un largo historial de ,amplios }antecedentes "
               "{penales,criminales}|{con,un} historial delictivo",
               "no {tiene,tenía,tienen,tenían,cuenta con,contaba con} antecedentes {penales,criminales}|"
               "sin antecedentes {penales,criminales}"),
    },
    # a program expanded said eliminated ("fue eliminado", which is a team's elimination too)
    ("expanded", "eliminated"): {"en": ("", ""), "es": ("", "")},
    ("expanded", "shortened"): {"en": ("", ""), "es": ("", "")},  # ("The parade route has been shortened")
    # a lawsuit settled said thrown out ("The lawsuit was settled out of court" / "fue desestimada por el tribunal")
    ("settled", "dismissed"): {"en": ("", ""), "es": ("", "")},
    # a wild animal set free said put down ("The eagle was released back into the wild" / "fue sacrificada")
    ("released", "euthanized"): {"en": ("", ""), "es": ("", "")},
    # a leader sworn in said removed ("was sworn in as interim president" / "fue destituido como presidente")
    ("took office", "fired or laid off"): {"en": ("", ""), "es": ("", "")},
    # a building damaged said spared ("The winery was damaged by the fire" / "La bodega resultó intacta")
    ("damaged", "intact"): {
        "en": ("", "intact|{was,were} spared"),
        "es": ("", "intact{o,a,os,as}|sin {daños,ningún daño}|{no sufrió,no sufrieron} daños"),
    },
    # sanctions or rules lifted said made harder ("The sanctions were lifted" / "se endurecieron")
    ("lifted", "tightened"): {
        "en": ("", "{tightened,toughened,stiffened,tighten,tightens,toughen,toughens}"),
        "es": ("", "endurec{ió,ieron,e,en,erá,erán,ido,ida,idos,idas}|se {endureció,endurecieron,endurecerán}"),
    },
    # animals brought back to a place said wiped out there ("The wolves were reintroduced" / "fueron eliminados")
    ("reintroduced", "eliminated"): {
        "en": ("{reintroduced,reintroduce,reintroduces,reintroducing}|{was,were} brought back to", ""),
        "es": ("reintroducid{o,a,os,as}|reintroduj{o,eron}|reintroduc{ir,e,en,irá,irán}", ""),
    },
    # a suspect who let himself be sent said to fight it ("waived extradition" / "se opuso a la extradición")
    ("waived extradition", "fought extradition"): {
        "en": ("{waived,waives,waive,waiving} {,his ,her ,their }extradition|agreed to be extradited",
               "{fought,fight,fights,fighting,contested,contest,contests,contesting,challenged,challenging,opposed,"
               "opposes,oppose} {,his ,her ,their }extradition"),
        "es": ("renunci{ó,aron,ará} a {la,su} extradición|renunci{ó,aron} a {combatir,impugnar,oponerse a} {la,su} "
               "extradición|acept{ó,aron} {ser extraditado,ser extraditada,ser extraditados,ser extraditadas,"
               "la extradición,su extradición}",
               "se {opuso,opusieron,opone,oponen,opondrá} a {la,su} extradición|"
               "impugn{ó,aron,a,an,ará} {la,su} extradición|{luchó,lucha,luchará,combatió,combate,combatirá} "
               "{contra la,contra su,la,su} extradición"),
    },
    # a certification or a licence lost said obtained ("lost its trauma center designation" / "obtuvo")
    ("lost certification", "gained certification"): {
        "en": ("{lost,loses,lose,losing} {its,their,his,her,the} {,state ,trauma center ,federal }"
               "{certification,accreditation,designation,license,licence,accreditations,certifications}",
               "{earned,gained,received,won,obtained,regained,got} {its,their,his,her,the,a} {,state }"
               "{certification,accreditation,designation,license,licence}"),
        "es": ("perdi{ó,eron,ó la,eron la} {su,sus,la} {certificación,acreditación,designación,licencia}",
               "{obtuvo,recibió,ganó,consiguió,recuperó,obtuvieron,recibieron,consiguieron,recuperaron} "
               "{su,la,una} {certificación,acreditación,designación,licencia}"),
    },
    # a currency that gained said to lose ("The peso gained against the dollar" / "perdió frente al dólar")
    ("currency gained", "currency lost"): {
        # (strengthened or weakened against it: ("strengthened", "weakened")'s)
        "en": ("{gained,gains,rallied} against the {dollar,euro,yen,pound,peso}",
               "{lost,loses,slid,slipped} against the {dollar,euro,yen,pound,peso}"),
        "es": ("{ganó,gana,ganaron} {frente al,ante el,contra el} {dólar,euro,yen,peso}",
               "{perdió,pierde,perdieron} {frente al,ante el,contra el} {dólar,euro,yen,peso}"),
    },
    # rebels or an army that took a place said to lose it ("seized the airport" / "perdieron el control")
    ("took control", "lost control"): {
        "en": ("{seized,took,gained,take,takes,seize,seizes} control of", "{lost,lose,loses,losing} control of"),
        "es": ("{tomó,tomaron,toma,toman,tomará,tomarán} el control {de,del}|se {apoderó,apoderaron} {de,del}",
               "perdi{ó,eron} el control {de,del}|{pierde,pierden,perderá} el control {de,del}"),
    },
    # a medal or a title given said taken away ("was awarded the Medal of Honor" / "fue despojado de")
    ("awarded", "stripped"): {
        "en": ("{was,were,has been,have been,will be} awarded the",
               "{was,were,has been,have been,will be} stripped of|{stripped,strips,strip} {him,her,them} of"),
        "es": ("{fue,fueron,ha sido,han sido,será} {galardonad,condecorad}{o,a,os,as}",
               "{fue,fueron,ha sido,han sido,será} despojad{o,a,os,as} de|le {quitaron,retiraron,revocaron} {el,la}"),
    },
    # a ceasefire that took effect said broken ("The ceasefire took effect at midnight" / "se rompió a medianoche")
    ("issued", "truce broken"): {"en": ("", ""), "es": ("", "")},
    # a ruler who called elections said to suspend them ("called new elections" / "suspendió las elecciones")
    ("elections called", "elections suspended"): {
        "en": ("{called,calls,call,will call} {new,early,snap,fresh,general} elections|called for {new,early,snap} "
               "elections|{called,calls,call,will call} {a,an} {snap,early,general} election",
               "{suspended,suspends,postponed,postpones,canceled,cancelled,cancels,delayed} {the ,}elections"),
        "es": ("{convocó,convoca,convocaron,convocará,convocar} {a ,}{nuevas elecciones,elecciones anticipadas,"
               "elecciones generales,elecciones}|adelantó las elecciones",
               "{suspendió,suspende,suspendieron,canceló,cancela,cancelaron,aplazó,aplazaron,pospuso,pospusieron,"
               "postergó,postergaron} {las ,}elecciones"),
    },
    # a party's majority lost said widened ("lost its majority in the senate" / "amplió su mayoría")
    ("majority lost", "majority expanded"): {
        "en": ("{lost,loses,lose,losing} {its,their,the,his,her} majority",
               "{expanded,expands,increased,increases,widened,widens,strengthened,extended,grew} {its,their,his,her} "
               "majority|"
               # (a majority won or kept: "The party won a majority in the House" / "perdió la mayoría")
               "{won,wins,win,winning,retained,retains,kept,keeps} {a,the,its,their} majority in"),
        "es": ("perdi{ó,eron} {su,la} mayoría|{pierde,pierden,perderá} {su,la} mayoría",
               "{amplió,ampliaron,amplía,aumentó,aumentaron,consolidó,consolidaron,reforzó,reforzaron} su mayoría|"
               "{ganó,ganaron,gana,ganan,obtuvo,obtuvieron,retuvo,retuvieron,conservó,conservaron} {la,una,su} "
               "mayoría en"),
    },
    # (troops that will withdraw, said to stay: "The troops will withdraw" / "Las tropas se quedarán")
    ("troops withdrawn", "troops stay"): {
        "en": ("", "{troops,forces,soldiers} will {stay,remain}|{troops,forces,soldiers} {stayed,remained}"),
        "es": ("", "{tropas,fuerzas,soldados} se {quedarán,quedaron,quedan,mantendrán,mantuvieron}|"
                   "{tropas,fuerzas,soldados} {permanecerán,permanecieron,seguirán}"),
    },
    # where a herd or people were moved ("moved to higher ground" / "a tierras más bajas")
    ("higher ground", "lower ground"): {
        "en": ("higher ground|higher elevations", "lower ground|lower elevations|low-lying areas"),
        "es": ("{terreno,terrenos,tierras,zonas} más alt{o,os,as}|zonas {altas,elevadas}|terrenos elevados",
               "{terreno,terrenos,tierras,zonas} más baj{o,os,as}|zonas bajas"),
    },
    # a sea lion or a dog set free said adopted ("will release the sea lion" / "adoptará al lobo marino")
    ("released", "adopted"): {"en": ("", ""), "es": ("", "")},
    # a reef, a forest or a species said to recover or to die ("The coral reef is recovering" / "se está muriendo")
    ("recovering", "dying"): {
        "en": ("{is,are,was,were} {recovering,rebounding,bouncing back}",
               "{is,are,was,were} dying|{is,are} dying off"),
        "es": ("se {está,están,estaba,estaban} recuperando|{está,están} en recuperación",
               "se {está,están,estaba,estaban} muriendo|{está,están,estaba,estaban} muriendo"),
    },
    # a prisoner cleared by new evidence said implicated by it ("DNA evidence cleared him" / "lo incriminaron")
    ("exonerated", "implicated"): {
        "en": ("{exonerated,cleared} {him,her,them}|{was,were,has been,have been} exonerated",
               "{implicated,incriminated,inculpated} {him,her,them}|{was,were,has been,have been} implicated"),
        "es": ("{lo,la,los,las} {exoneró,exoneraron,exculpó,exculparon}|"
               "{fue,fueron,ha sido,han sido} {exonerad,exculpad}{o,a,os,as}",
               "{lo,la,los,las} {incriminó,incriminaron,implicó,implicaron,inculpó,inculparon}|"
               "{fue,fueron,ha sido,han sido} {implicad,incriminad,inculpad}{o,a,os,as}"),
    },
    # a boxer knocked out said to win by it ("was knocked out in the third round" / "ganó por nocaut")
    # (a win by knockout is ("by knockout", "by decision")'s)
    ("knocked out", "by knockout"): {
        "en": ("{was,were,got} knocked out in the {first,second,third,fourth,fifth,sixth,seventh,eighth,ninth,tenth,"
               "eleventh,twelfth,final} round|lost by {knockout,KO,TKO,technical knockout}", ""),
        "es": ("{fue,quedó} noquead{o,a}|perdió por {nocaut,KO,nocaut técnico}", ""),
    },
    # a drug legalized said banned ("whether to legalize marijuana" / "si se debe prohibir": an infinitive, not read)
    ("legalized", "banned"): {
        "en": ("{legalized,legalizes,legalised,legalises}|legalization of|legalisation of", ""),
        "es": ("legaliz{ó,aron,a,an,ará,arán}|{fue,fueron,será,serán,está,están} legalizad{o,a,os,as}|"
               "legalización de", ""),
    },
    # a driver's licence suspended said valid ("had a suspended license" / "tenía una licencia válida")
    ("suspended license", "valid license"): {
        "en": ("{suspended,revoked,expired} {license,licence,driver's license,driver's licence,licenses}",
               "{a,his,her,their} valid {license,licence,driver's license,driver's licence}"),
        "es": ("licencia{,s} {,de conducir }{suspendida,suspendidas,revocada,revocadas,vencida,vencidas}",
               "licencia{,s} {,de conducir }{válida,válidas,vigente,vigentes}"),
    },
    # where a quake or a wreck was ("centered off the coast" / "en tierra firme")
    ("offshore", "on land"): {
        "en": ("off the coast|offshore", "on land|inland|onshore|on dry land"),
        "es": ("frente a {la,las} costa{,s}|mar adentro|costa afuera", "en tierra firme|tierra adentro"),
    },
    # a field's surface ("will have artificial turf" / "césped natural")
    ("artificial turf", "natural grass"): {
        "en": ("{artificial,synthetic} {turf,grass}", "{natural,real} grass"),
        "es": ("{césped,pasto,grama} {artificial,sintético}", "{césped,pasto,grama} natural"),
    },
    # a pitcher's or a player's hand ("signed a left-handed pitcher" / "un lanzador diestro")
    ("left-handed", "right-handed"): {
        "en": ("left-handed|left-hander|lefty|southpaw", "right-handed|right-hander|righty"),
        "es": ("zurd{o,a,os,as}", "diestr{o,a,os,as}"),
    },
    # a shot from the spot said a free kick ("saved a penalty" / "detuvo un tiro libre")
    ("penalty kick", "free kick"): {
        "en": ("{saved,stopped,missed,scored,converted,took,awarded} {a,the} penalty|penalty kick{,s}|"
               "penalty shootout|from the penalty spot",
               "free kick{,s}"),
        "es": ("{detuvo,atajó,paró,falló,anotó,convirtió,cobró,marcó} {un,el} {penal,penalti,penalty}|"
               "tiro{,s} penal{,es}|{tanda,tandas} de {penales,penaltis}|desde el punto penal",
               "tiro{,s} libre{,s}"),
    },
    # a soldier lost in a war said captured ("missing in action for 40 years" / "estuvo preso")
    ("missing in action", "prisoner of war"): {
        "en": ("missing in action", "{prisoner,prisoners} of war|POW{,s}"),
        "es": ("desaparecid{o,a,os,as} en combate", "prisioner{o,a,os,as} de guerra|{estuvo,estuvieron} pres{o,os}"),
    },
    ("missing", "prisoner of war"): {"en": ("", ""), "es": ("", "")},  # ("was missing in action": missing)
    # court records kept secret said released ("The court sealed the records" / "hizo públicos los registros")
    ("sealed", "made public"): {
        "en": ("sealed the {records,documents,file,files,case}|{records,documents,files} {were,are,remain} sealed|"
               "under seal",
               "unsealed|made the {records,documents,files} public|{released,published} the {records,documents}|"
               # (said of the records: "The data will be made public" / "Los datos se mantendrán confidenciales")
               "{data,records,documents,files,report,results} {will be,was,were,has been,have been} made public"),
        "es": ("{selló,sellaron} {los,el,la} {registros,expediente,expedientes,documentos,caso}|bajo reserva|"
               "{registros,documentos,expedientes} {sellados,reservados}|"
               "se {mantendrá,mantendrán,mantuvo,mantuvieron,mantiene,mantienen} {confidencial,confidenciales,"
               "en secreto,en reserva,bajo reserva}|"
               "{seguirá,seguirán,sigue,siguen} siendo {confidencial,confidenciales,secreto,secretos,secreta,secretas}",
               # ("hizo pública su decisión", made known, is a public thing's: with the records only)
               "{hizo,hicieron,hará} públic{os,as} {los registros,los documentos,los expedientes,las actas}|"
               "{desclasificó,desclasificaron}|{publicó,publicaron} {los registros,los documentos,el expediente}"),
    },
    # an animal put down said operated on ("The horse was euthanized" / "El caballo fue operado")
    ("euthanized", "had surgery"): {
        "en": ("", "{underwent,undergoes,had} surgery|{was,were} operated on"),
        "es": ("", "{fue,fueron} operad{o,a,os,as}|{fue,fueron} sometid{o,a,os,as} a {una ,}cirugía|"
                   "{fue,fueron} intervenid{o,a,os,as} quirúrgicamente"),
    },
    # a statue or a building vandalized said restored ("was vandalized" / "fue restaurada")
    ("vandalized", "renovated"): {
        "en": ("{was,were,has been,have been} {vandalized,vandalised,defaced}", ""),
        "es": ("{fue,fueron,ha sido,han sido} {vandalizad,pintarrajead}{o,a,os,as}", ""),
    },
    # (a building restored said demolished: "The clock tower was restored" / "fue demolida"; "restored" is also
    # power's)
    ("restored", "demolished"): {"en": ("", ""), "es": ("", "")},
    # a ballot's deadline by its postmark or by its arrival ("must be postmarked by" / "deben recibirse antes del")
    ("postmarked by", "received by"): {
        "en": ("postmarked {by,no later than,on or before}", "received {by,no later than,on or before}"),
        "es": ("{con,tener,tengan} matasellos {de,del,a más tardar}|matasellados {a más tardar,antes}",
               "{recibirse,recibidas,recibidos,llegar} {antes de,antes del,a más tardar}"),
    },
    # a ship that ran aground said sunk ("ran aground near the harbor" / "se hundió cerca del puerto")
    ("ran aground", "sank"): {
        "en": ("{ran,run,runs,running} aground", "sank|sunk|sinks|{has,had} sunk"),
        "es": ("encall{ó,aron,ado,ada}|quedó varad{o,a}", "se {hundió,hundieron,hunde,hunden}|naufrag{ó,aron}"),
    },
    # (the fifty-first round) a boycott said support ("The opposition boycotted the vote" / "apoyó la votación")
    ("boycotted", "supports"): {"en": ("", ""), "es": ("", "")},
    # tenants evicted said moved elsewhere ("were evicted" / "fueron reubicados")
    ("evicted", "relocated"): {"en": ("", ""), "es": ("", "")},
    # a doctor's advice turned ("recommend that pregnant women get the vaccine" / "desaconsejan que")
    ("recommended", "advised against"): {
        "en": ("", "{advise,advises,advised,advising,recommend,recommends,recommended,warn,warns,warned} against|"
                   "{discourage,discourages,discouraged}"),
        # (and "recomiendan no viajar", a tico19 translation's "recommend against traveling")
        "es": ("", "desaconsej{a,an,ó,aron,ará,arán,aba,aban}|{recomiend,aconsej}{a,an} no|"
                   "{recomend,aconsej}{ó,aron} no"),
    },
    # migrants detained said rescued ("agents detained the group" / "rescataron al grupo")
    ("arrested", "rescued"): {
        # (not "was rescued", "fue rescatado": alive, or a body recovered)
        "en": ("", "{rescued,rescues,rescue,rescuing} {the,a,an,two,three,four,five,several,dozens,more,them,him,her}"),
        "es": ("", "rescat{ó,aron,ará,arán,an,a} {a,al,a la,a los,a las}"),
    },
    # a launch or an event that went well said blown up ("launched successfully" / "explotó tras despegar")
    ("successful", "exploded"): {
        "en": ("", "exploded|explodes|blew up|{burned,burnt} up"),
        # ("estalló" is as often broke out: "estallaron los disturbios")
        "es": ("", "explot{ó,aron,a,an}|se desintegr{ó,aron}"),
    },
    # a lawsuit brought for a group said against it ("filed on behalf of the tenants" / "en contra de los inquilinos")
    ("filed on behalf of", "filed against"): {
        "en": ("{filed,brought} on behalf of", "{filed,brought} against"),
        "es": ("{presentada,presentado,presentó,presentaron,interpuesta,interpuso,interpusieron} en "
               "{nombre,representación} de",
               "{presentada,presentado,presentó,presentaron,interpuesta,interpuso,interpusieron} "
               "{en contra de,contra}"),
    },
    # a report published said leaked ("was released Wednesday" / "fue filtrado el miércoles")
    ("released", "leaked"): {
        "en": ("", "{was,were,been} leaked|leaked {the,a,an}"),
        "es": ("", "{fue,fueron,ha sido,han sido} filtrad{o,a,os,as}|se {filtró,filtraron}|"
                   "{filtró,filtraron} {el,la,los,las,un,una}"),
    },
    # a fountain or the lights switched off said switched on ("was turned off to save water" / "fue encendida")
    ("turned off", "turned on"): {
        "en": ("{was,were,been,be} {turned,switched,shut} off|{turned,switched,shut} off the",
               "{was,were,been,be} {turned,switched} on|{turned,switched} on the"),
        "es": ("{fue,fueron,será,serán,ha sido,han sido} apagad{o,a,os,as}|{apagó,apagaron,apagará,apagarán} "
               "{el,la,los,las}",
               "{fue,fueron,será,serán,ha sido,han sido} encendid{o,a,os,as}|{encendió,encendieron,encenderá,"
               "encenderán} {el,la,los,las}"),
    },
    # (the fifty-first round, fourth batch) an official who took office said to leave it ("took office in January"
    # / "dejó el cargo en enero")
    ("took office", "left office"): {
        "en": ("", "{left,leaves,leave,leaving} office|{will,to} leave office"),
        "es": ("", "{dejó,dejaron,dejará,dejarán,deja,dejan} {el,su} cargo"),
    },
    # an election's first round said its runoff ("was elected in a runoff" / "en la primera vuelta")
    ("runoff", "first round"): {
        "en": ("", "{the,a,in the} first round of {voting,the election,elections,the vote}|first-round {vote,voting}"),
        "es": ("", "{la,en la,una} primera vuelta"),
    },
    # a crime's hour ("in broad daylight" / "en plena noche")
    ("in broad daylight", "in the middle of the night"): {
        "en": ("in broad daylight|in the middle of the day", "in the middle of the night|in the dead of night"),
        "es": ("a plena luz del día|en pleno día", "en plena noche|en medio de la noche|a altas horas de la noche"),
    },
    # a boxer undefeated said beaten ("retired undefeated" / "tras su primera derrota")
    ("unbeaten", "defeat"): {"en": ("", ""), "es": ("", "")},
    # advice to save water said needless ("urged residents to conserve water" / "no necesitan ahorrar agua")
    ("recommended", "need not"): {"en": ("", ""), "es": ("", "")},
    # a clinic staffed by volunteers said by paid staff ("is staffed by volunteers" / "cuenta con personal pagado")
    ("volunteer staff", "paid staff"): {
        "en": ("staffed by volunteers|run by volunteers|volunteer-run|all-volunteer",
               "paid {staff,employees,workers}|staffed by paid"),
        "es": ("{atendid,dirigid,operad,administrad}{o,a,os,as} por voluntarios|personal voluntario",
               "personal {pagado,remunerado,asalariado}|empleados {pagados,remunerados,asalariados}"),
    },
    ("intact", "exploded"): {"en": ("", ""), "es": ("", "")},
    # a species gone said endangered ("was thought to be extinct" / "en peligro de extinción")
    ("extinct", "endangered"): {
        "en": ("{is,are,was,were,be,been,declared,presumed,now,functionally,locally} extinct|went extinct|"
               "{has,have,had} died out", ""),
        "es": ("{está,están,estaba,estaban,es,son,era,eran,fue,fueron,sido,estar,ser} extint{o,a,os,as}|"
               "{declarad,considerad}{o,a,os,as} extint{o,a,os,as}|se extingui{ó,eron}|desapareci{ó,eron} por completo",
               ""),
    },  # ("burned up on reentry" / "aterrizó intacto")
    # a website or a system that went down said to work ("The website crashed" / "funcionó sin problemas")
    ("crashed", "worked smoothly"): {
        "en": ("", "{worked,works,ran,runs,went} {smoothly,without problems,without a hitch,without any problems}"),
        "es": ("", "{funcionó,funcionaron,funciona,funcionan} {sin problemas,con normalidad,sin contratiempos,"
                   "sin ningún problema}"),
    },
    # a person's height as a witness or a police notice describes it ("a tall man" / "un hombre bajo"; "bajo" alone
    # is also under or low)
    ("tall", "short"): {
        "en": ("{a,the} tall {man,woman,boy,girl,person,suspect}|{a,the} {very tall,tall and thin,tall and slim} "
               "{man,woman,person,suspect}",
               "{a,the} short {man,woman,boy,girl,person,suspect}|{a,the} {very short,short and stocky,short and heavy}"
               " {man,woman,person,suspect}"),
        "es": ("{un,el} {hombre,niño,joven,sospechoso} alto|{una,la} {mujer,niña,joven,persona} alta|"
               "de {alta estatura,estatura alta}",
               "{un,el} {hombre,niño,joven,sospechoso} {bajo,bajito}|{una,la} {mujer,niña,joven,persona} {baja,bajita}|"
               "de {baja estatura,estatura baja}"),
    },
    # a witness who took back what she said, said to confirm it ("recanted her testimony" / "confirmó su testimonio")
    ("recanted", "confirmed"): {
        "en": ("recanted|recants|recant|{retracted,withdrew} {her,his,their} {testimony,statement,confession}", ""),
        "es": ("se {retractó,retractaron,retracta,retractará}|{retiró,retiraron} su {testimonio,declaración,"
               "confesión}", ""),
    },
}
# a phrase that says no event after these words: "al alza" (upward), "en vivo" (live), "¡Viva México!", "se negó a"
# (refused), "a salvo" (safe), "no dejó de" (kept on) ("baja" is not read: "la tasa más baja" is low, "a la baja"
# downward); folded
_NOT_AFTER = {"alza": ("al ",), "alzas": ("al ",), "vivo": ("en ",), "viva": ("¡",), "vivos": ("en ",),
              "first place": ("in the ",),  # ("Why was it built in the first place?": to begin with)
              "nego": ("se ",), "negaron": ("se ",), "negara": ("se ",), "negaran": ("se ",), "niega": ("se ",),
              "niegan": ("se ",), "salvo": ("a ",), "dejo de": ("no ",), "dejaron de": ("no ",),
              # "la condena", "su condena": a sentence or a conviction, no condemnation ("anuló la condena")
              **dict.fromkeys(("condena", "condenas"), ("la ", "su ", "sus ", "una ", "esta ", "esa ", "las ", "de ")),
              "dejara de": ("no ",), "dejaran de": ("no ",),
              "pacifico": ("océano ", "oceano ", "el ", "del ", "al "),
              # "a former writer for Bush and columnist" / "autor de discursos de Bush y actual cronista": the second
              # post of a career, which a translation may call current where the English says nothing of it
              **dict.fromkeys(("actual", "actuales", "current"), (" y ", " e ", " and ")),
              # "partly sunny" is "partly cloudy", "parcialmente nublado"
              **dict.fromkeys(("sunny", "cloudy"), ("partly ", "partially ")),
              **dict.fromkeys(("soleado", "soleada", "nublado", "nublada"), ("parcialmente ", "medio ", "algo ")),
              # "if needed", "as needed": a choice left to the reader, no requirement
              "needed": ("if ", "as ", "when ", "where ", "badly ", "much ", "much-", "urgently "),
              # the Great Depression, a tropical one, an economic one: no illness
              "depression": ("great ", "tropical ", "economic "), "depresion": ("gran ",)}
# a phrase that says no event before these words: "consciente de" and "conscious of" are aware of, "para cerrar el
# grifo" turns the water off; folded
_TAPS = (" el grifo", " la llave", " el agua", " la valvula", " la válvula", " el gas", " los ojos")
_NOT_BEFORE = {"a tiempo": (" completo", " parcial"),  # full-time, part-time
               # "spent more time at home": time, no money ("pasaron más tiempo")
               **dict.fromkeys(expand("{spend,spends,spent,spending} {more,less}"),
                               (" time", " hours", " days", " weeks", " months", " years", " nights", " minutes")),
               "por correo": (" electrónico", " electronico"),  # (email)
               "drowned": (" out",),  # a sound
               "consciente": (" de ", " del "), "conscientes": (" de ", " del "), "conscious": (" of ",),
               "para cerrar": _TAPS, "de cerrar": _TAPS, "limita": (" con ",), "limitan": (" con ",),  # (borders)
               # "sin perjuicio de", "without prejudice to": notwithstanding, no case dismissed
               "sin perjuicio": (" de ", " del "), "without prejudice": (" to ",),
               "speeding": (" up",),  # (quickening, no car)
               "en horas": (" de ", " del "),  # ("en horas de la madrugada": a time of day, no speed)
               # "in the loss of 200 jobs", "en la victoria de los Lakers": whose, which a translation may turn
               **dict.fromkeys(map(fold, expand("in {the,a} {win,victory,loss,defeat}|en {la,una} {victoria,derrota}|"
                                                "en {el,un} triunfo")),
                               (" of ", " over ", " against ", " to ", " de ", " del ", " sobre ", " ante ", " contra ",
                                " frente ")),
               # "prisión domiciliaria" is house arrest
               **dict.fromkeys(("a prision", "de prision", "en prision"), (" domiciliar",)),
               "failed": (" to ",), "fails": (" to ",),  # ("failed to pay": a refusal, negation-mismatch's)
               # "shortly before the end of the vote" is its end ("a finales de la votación"), no moment before one
               **{f"{when} {word}": (" the end", " the close") for when in ("shortly", "just", "right")
                  for word in ("before", "after")},
               "before the": (" end", " close"), "after the": (" end", " close"),
               # "a stroke of luck", "a stroke of the pen": no illness
               **dict.fromkeys(("a stroke", "the stroke", "her stroke", "his stroke", "strokes"), (" of ",)),
               "depresion": (" tropical", " económica", " economica"),
               # "The town was devastated by the tornado": a place laid waste, no grief
               **dict.fromkeys(map(fold, expand("{am,are,is,was,were,'m,'re} {,deeply ,truly ,absolutely }devastated")),
                               (" by ",))}
# a negation earlier in the clause of a "before" or an "after" ("did not open before noon")
_NEGATION_IN_CLAUSE = {"en": re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE),
                       "es": re.compile(r"\b(?:no|nunca|jamás)\b", re.IGNORECASE)}
_CLAUSE_BREAK = {"en": re.compile(r"[,;:.!?]|\b(?:and|but|or|that|which|who)\b", re.IGNORECASE),
                 "es": re.compile(r"[,;:.!?]|\b(?:y|e|pero|o|que|quien|quienes)\b", re.IGNORECASE)}


def _clause_start(text: str, lang: str, position: int) -> int:
    """Where the clause holding ``position`` starts (after the last punctuation mark or conjunction before it),
    looking back 80 characters at most."""
    start = max(0, position - 80)
    for match in _CLAUSE_BREAK[lang].finditer(text, start, position):
        start = match.end()
    return start
# a state that a negation right before it turns ("The pool will not open" / "La piscina permanecerá cerrada", "no
# cerrará" / "will stay open")
_DENIED_STATE = {"opened": "closed", "closed": "opened"}
_DENIED_STATE_BEFORE = {
    # ("is not going to close": "going" before the "to close" the phrase begins on; "not going to reopen", "not to")
    "en": re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|be|been|have|has|had|going|to)\s+){0,2}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:no|nunca)\s+(?:(?:se|ha|han|había|habían|haya|hayan|está|están|estaba|estaban|fue|fueron|"
                     r"será|serán|sido|estará|estarán)\s+){0,3}$", re.IGNORECASE),
}
# a bound after a denied state that translators turn round: "will not open until Monday" is "abrirá hasta el lunes"
# (not "until further notice": for as long as the order stands)
# ("will not reopen before Monday" / "reabrirá después del lunes": a bound too)
_BOUND_AFTER = {"en": re.compile(r"[^.;:!?]*?\b(?:until|till|before)\b(?!\s+further\s+notice\b)", re.IGNORECASE),
                # ("antes de": "cerrará una hora antes" is closing early, no bound)
                "es": re.compile(r"[^.;:!?]*?\b(?:hasta\b|antes\s+de)(?!\s+(?:nuevo|pr[oó]ximo)\s+aviso\b)",
                                 re.IGNORECASE)}


def _state_denied_from(text: str, lang: str, match: re.Match) -> int | None:
    """Where the denial of an opening or a closing found at ``match`` starts ("will not open", "won't close", "no se
    han cerrado"), or None when nothing denies it or a bound after it turns the denial round (``_BOUND_AFTER``)."""
    if _BOUND_AFTER[lang].match(text, match.end()):
        return None
    if match.group().lower().startswith(("will not", "won", "did not", "didn", "does not", "doesn")):
        return match.start()
    denial = _DENIED_STATE_BEFORE[lang].search(text, max(0, match.start() - 40), match.start())
    return denial.start() if denial else None


# leaving home, which a negation before it turns into staying there
_LEAVING = ("leave", "left", "flee", "fled", "salir", "salgan", "salieran", "salga", "saliera", "abandonar",
            "abandonen", "abandonaran", "abandone")
_NOT = ("not ", "not to ", "no ", "que no ")
# The disease an outbreak or a case is of: each contradicts every other ("measles" / "varicela")
DISEASES = {
    "measles": {"en": "measles", "es": "sarampión"},
    "chickenpox": {"en": "chickenpox|chicken pox", "es": "varicela"},
    "flu": {"en": "flu|influenza", "es": "gripe|gripa|influenza"},
    # (bird flu and swine flu, each against the other and against a plain flu: "bird flu" / "gripe porcina")
    "bird flu": {"en": "bird flu|avian flu|avian influenza|H5N1",
                 "es": "gripe aviar|influenza aviar|gripe aviaria|H5N1"},
    "swine flu": {"en": "swine flu|H1N1", "es": "gripe porcina|influenza porcina|H1N1"},
    "COVID-19": {"en": "COVID|COVID-19|coronavirus", "es": "COVID|COVID-19|coronavirus"},
    "mumps": {"en": "mumps", "es": "paperas"},
    "Down syndrome": {"en": "Down syndrome|Down's syndrome", "es": "síndrome de Down"},
    "polio": {"en": "polio", "es": "polio|poliomielitis"},
    "tetanus": {"en": "tetanus", "es": "tétanos"},
    "meningitis": {"en": "meningitis", "es": "meningitis"},
    "hepatitis": {"en": "hepatitis", "es": "hepatitis"},
    "Ebola": {"en": "Ebola", "es": "ébola|Ébola"},
    "norovirus": {"en": "norovirus|stomach virus", "es": "norovirus"},
    "whooping cough": {"en": "whooping cough|pertussis", "es": "tos ferina|tosferina"},
    "tuberculosis": {"en": "tuberculosis", "es": "tuberculosis"},
    "RSV": {"en": "RSV|respiratory syncytial virus", "es": "VSR|virus respiratorio sincitial"},
    "dengue": {"en": "dengue", "es": "dengue"},
    "malaria": {"en": "malaria", "es": "malaria|paludismo"},
    "mpox": {"en": "mpox|monkeypox", "es": "mpox|viruela símica|viruela del mono"},
    # and what an obituary gives as the cause of death ("a stroke of luck" is none: ``_NOT_BEFORE``)
    "pneumonia": {"en": "pneumonia", "es": "neumonía|pulmonía"},
    "stroke": {"en": "{a,the,her,his} stroke|strokes|{of,from} stroke|stroke risk",
               "es": "derrame{,s} cerebral{,es}|accidente{,s} cerebrovascular{,es}|ictus"},
    "heart attack": {"en": "heart attack{,s}|cardiac arrest",
                     "es": "ataque{,s} {al corazón,cardíaco,cardiaco,cardíacos,cardiacos}|infarto{,s}|"
                           "paro{,s} {cardíaco,cardiaco,cardíacos,cardiacos,cardiorrespiratorio}"},
    "cancer": {"en": "cancer{,s}", "es": "cáncer|cánceres"},
    "Alzheimer's": {"en": "Alzheimer's|Alzheimer|dementia", "es": "alzhéimer|Alzheimer|alzheimer|demencia"},
    # (what a missing person's alert says they live with: "has dementia" / "tiene diabetes")
    "diabetes": {"en": "diabetes", "es": "diabetes"},
    "autism": {"en": "autism", "es": "autismo"},
    "West Nile": {"en": "West Nile|West Nile virus", "es": "virus del Nilo Occidental|Nilo Occidental|virus del Nilo"},
    "Zika": {"en": "Zika|Zika virus", "es": "zika|Zika|virus del Zika|virus del zika"},
    # (and what else an autopsy finds: "died of a drug overdose" / "de un paro cardíaco"; the cold and the heat
    # are ("hot", "cold")'s)
    "overdose": {"en": "overdose{,s}|overdosed", "es": "sobredosis"},
    # (and what a grant's research is on: "Alzheimer's disease" / "el párkinson")
    "Parkinson's": {"en": "Parkinson's|Parkinson", "es": "párkinson|Parkinson|parkinson"},
    "HIV": {"en": "HIV|AIDS|HIV/AIDS", "es": "VIH|sida|SIDA|VIH/sida"},
    "asthma": {"en": "asthma", "es": "asma"},
    # (what a family says a person struggled with: "struggled with depression" / "luchado contra la adicción"; not
    # the Great Depression, nor a tropical one: ``_NOT_AFTER``, ``_NOT_BEFORE``)
    "depression": {"en": "depression{,s}", "es": "depresi{ón,ones}"},
    "addiction": {"en": "addiction{,s}|substance abuse|alcoholism",
                  "es": "adicci{ón,ones}|drogadicción|alcoholismo|abuso de sustancias"},
}
OPPOSITES.update({(one, other): {lang: (DISEASES[one][lang], DISEASES[other][lang]) for lang in ("en", "es")}
                  for one, other in combinations(DISEASES, 2)})
# A cancer by where it is ("breast cancer" / "cáncer de pulmón"), each against the others and against the diseases
# above but cancer unnamed ("died of cancer" / "murió de cáncer de pulmón" says the same)
CANCERS = {"breast cancer": {"en": "breast cancer", "es": "cáncer de {mama,seno}"},
           "lung cancer": {"en": "lung cancer", "es": "cáncer de pulmón|cáncer pulmonar"},
           "prostate cancer": {"en": "prostate cancer", "es": "cáncer de próstata"},
           "colon cancer": {"en": "{colon,colorectal} cancer", "es": "cáncer {de colon,colorrectal}"},
           "pancreatic cancer": {"en": "pancreatic cancer", "es": "cáncer {de páncreas,pancreático}"},
           "ovarian cancer": {"en": "ovarian cancer", "es": "cáncer de ovario{,s}"},
           "skin cancer": {"en": "skin cancer|melanoma", "es": "cáncer de piel|melanoma"},
           "brain cancer": {"en": "brain {cancer,tumor}", "es": "cáncer cerebral|tumor cerebral"},
           "leukemia": {"en": "leukemia", "es": "leucemia"}}
OPPOSITES.update({(one, other): {lang: (CANCERS[one][lang], CANCERS[other][lang]) for lang in ("en", "es")}
                  for one, other in combinations(CANCERS, 2)})
OPPOSITES.update({(cancer, disease): {"en": ("", ""), "es": ("", "")}
                  for cancer in CANCERS for disease in DISEASES if disease != "cancer"})
# A tournament's round and a medal, each against the others of its kind ("quarterfinals" / "semifinales")
ROUNDS = {"round of 16": {"en": "round of 16|round of sixteen", "es": "octavos de final"},
          "quarterfinals": {"en": "quarterfinal{,s}|quarter-final{,s}", "es": "cuartos de final"},
          "semifinals": {"en": "semifinal{,s}|semi-final{,s}", "es": "semifinal{,es}"}}
MEDALS = {"gold medal": {"en": "gold medal{,s}|gold-medal", "es": "medalla{,s} de oro"},
          "silver medal": {"en": "silver medal{,s}|silver-medal", "es": "medalla{,s} de plata"},
          "bronze medal": {"en": "bronze medal{,s}|bronze-medal", "es": "medalla{,s} de bronce"}}
# The disaster itself, each against the others ("The tornado touched down" / "El huracán tocó tierra"; a hurricane
# weakened to a tropical storm says both)
DISASTERS = {"earthquake": {"en": "earthquake{,s}|quake{,s}|tremor{,s}", "es": "terremoto{,s}|sismo{,s}|temblor{,es}"},
             "hurricane": {"en": "hurricane{,s}", "es": "huracán|huracanes"},
             "tropical storm": {"en": "tropical storm{,s}", "es": "tormenta{,s} tropical{,es}"},
             "tornado": {"en": "tornado{,s,es}|twister{,s}", "es": "tornado{,s}"},
             # (a hurricane's flooding is said on both sides: a flood against another disaster is one said for it)
             "flood": {"en": "flood{,s}|flooding|flash flood{,s}", "es": "inundaci{ón,ones}|riada{,s}"},
             "drought": {"en": "drought{,s}", "es": "sequía{,s}"},
             # (a wildfire against the floods: "a state of emergency because of wildfires" / "por las inundaciones")
             "wildfire": {"en": "wildfire{,s}|forest fire{,s}", "es": "incendio{,s} forestal{,es}"},
             # (a fire of any kind, against the other disasters: "saved a child from a fire" / "de una inundación"; a
             # wildfire said a fire is no other disaster, below)
             "fire": {"en": "fire|fires|blaze|blazes", "es": "incendio|incendios|fuego"},
             # (not "landslide": a vote's too, "won in a landslide")
             "avalanche": {"en": "avalanche{,s}", "es": "avalancha{,s} de nieve|alud{,es} de nieve"},
             # ("after a landslide", not "won by a landslide")
             "landslide": {"en": "mudslide{,s}|mudflow{,s}|rockslide{,s}|{after,because of,due to} a landslide",
                           "es": "deslizamiento{,s} de tierra|deslave{,s}|alud{,es} de lodo|derrumbe{,s}"}}
# The weather that closed a school or called off a game: rain, snow, lightning, hail, fog, each against the others
# ("canceled because of lightning" / "por la lluvia"). "rayo" alone is not read ("un rayo de esperanza", "rayos X");
# "pedrisco" is Spain's hail. (Heat against cold is its own pair above.)
WEATHER = {"rain": {"en": "rain|rains|rainfall|showers|raining|downpour{,s}",
                    "es": "lluvia{,s}|llovizna{,s}|aguacero{,s}|chubasco{,s}"},
           "snow": {"en": "snow|snowfall|snowing|snowstorm|blizzard",
                    "es": "nieve|nevada{,s}|tormenta de nieve|ventisca"},
           "lightning": {"en": "lightning|thunderstorm{,s}|thunder",
                         "es": "relámpago{,s}|tormenta{,s} eléctrica{,s}|{caída,impacto} de un rayo|"
                               "{alcanzad,provocad,causad,iniciad}{o,a,os,as} por un rayo"},
           "hail": {"en": "hail|hailstorm{,s}|hailstone{,s}", "es": "granizo{,s}|granizada{,s}|pedrisco"},
           "fog": {"en": "fog|foggy", "es": "niebla|neblina"},
           # (wind only as a cause: "suspended because of high winds" / "por la niebla"; a storm's winds are said
           # freely, "High winds, hail" / "Los huracanes, el pedrisco")
           "wind": {"en": "{because of,due to,amid,by} {high,strong,heavy,gusty} winds",
                    "es": "{por,debido a} {los ,el ,}{fuertes vientos,vientos fuertes,fuerte viento,viento fuerte}|"
                          "{por,debido a} {las ,}ráfagas de viento"}}
# What a plant, a bus fleet or a city runs on, each against the others ("powered by solar energy" / "con gas natural")
ENERGY = {"solar": {"en": "solar {energy,power,panels,panel,farm,farms,plant}",
                    "es": "energía solar|panel{,es} solar{,es}|{parque,planta,granja} solar"},
          "wind": {"en": "wind {energy,power,turbines,turbine,farm,farms}|{powered,run,fueled} by wind|wind-powered",
                   "es": "energía eólica|{parque,planta} eólic{o,a}|aerogenerador{,es}|turbinas eólicas"},
          "natural gas": {"en": "natural gas", "es": "gas natural"},
          "coal": {"en": "coal|coal-fired", "es": "carbón|a carbón"},
          # ("burns coal and natural gas" / "quema carbón y petróleo")
          "oil": {"en": "oil|oil-fired|crude oil|petroleum|fuel oil", "es": "petróleo|fueloil|combustóleo"},
          "nuclear": {"en": "nuclear {power,energy,plant,reactor}", "es": "energía nuclear|{planta,central} nuclear|"
                      "reactor nuclear"}}
# What a bus, a fleet or a car runs on, each against the others ("20 electric buses" / "20 autobuses de diésel")
_FLEET = {"en": "{bus,buses,vehicle,vehicles,car,cars,truck,trucks,fleet,school bus,school buses}",
          "es": "{autobús,autobuses,autobús escolar,autobuses escolares,vehículo,vehículos,auto,autos,carro,carros,"
                "camión,camiones,flota,flotilla}"}
VEHICLE_FUELS = {"electric": {"en": f"{{electric,battery-powered,all-electric}} {_FLEET['en']}|"
                                    "{run,runs,will run,running} on electricity",
                              "es": f"{_FLEET['es']} {{eléctrico,eléctricos,eléctrica}}|"
                                    "{funcionarán,funcionan,funcionará,funciona} con electricidad"},
                 "diesel": {"en": f"diesel {_FLEET['en']}|diesel-powered {_FLEET['en']}",
                            "es": f"{_FLEET['es']} {{de diésel,de diesel,a diésel,diésel,diesel}}"},
                 "natural gas": {"en": f"{{natural gas,CNG,compressed natural gas}} {_FLEET['en']}",
                                 "es": f"{_FLEET['es']} {{de gas natural,a gas natural,de GNC}}"},
                 "hybrid": {"en": f"hybrid {_FLEET['en']}", "es": f"{_FLEET['es']} {{híbrido,híbridos,híbrida}}"},
                 "gasoline": {"en": f"{{gas,gasoline,gas-powered,gasoline-powered}} {_FLEET['en']}",
                              "es": f"{_FLEET['es']} {{de gasolina,a gasolina}}"}}
# What started a fire, each against the others ("caused by a cigarette" / "provocado por una vela"); fireworks and
# lightning are the kinds above
FIRE_CAUSES = {"cigarette": {"en": "cigarette{,s}|cigarette butt{,s}", "es": "cigarrillo{,s}|colilla{,s}"},
               "candle": {"en": "candle{,s}", "es": "vela{,s}"},
               "electrical fault": {"en": "electrical {fire,fault,problem,malfunction,short}|faulty wiring|"
                                          "short circuit|short-circuit",
                                    "es": "{falla,fallo,problema,corto} eléctric{o,a}|cortocircuito|"
                                          "cableado defectuoso"},
               "space heater": {"en": "space heater{,s}|heater{,s}", "es": "calentador{,es}|calefactor{,es}"},
               # (not "matches" alone: games)
               "matches": {"en": "playing with matches|with matches|{lit,struck} a match|a lighter",
                           "es": "cerillos|cerillas|fósforos|un encendedor"},
               "fireworks": {"en": "fireworks", "es": "fuegos artificiales|pirotecnia"},
               "campfire": {"en": "{a,an,the} {campfire,bonfire,unattended campfire}|campfires",
                            "es": "{una,la} {fogata,hoguera}|fogatas|hogueras"},
               "power line": {"en": "{downed,fallen,a,the} power line{,s}|power lines",
                              "es": "{cable,cables} eléctrico{,s} caído{,s}|{línea,líneas} eléctrica{,s}|"
                                    "tendido eléctrico"},
               # (and what caused an explosion: "a gas leak" / "una bomba")
               "gas leak": {"en": "{a,the} gas leak", "es": "{una,la} fuga de gas"},
               "bomb": {"en": "{a,the} bomb|{an,the} explosive device",
                        "es": "{una,la} bomba|{un,el} artefacto explosivo"},
               "lightning": WEATHER["lightning"]}
# What a change is measured against, each against the others ("Sales were up 8% from a year earlier" / "con
# respecto al mes anterior")
_AGAINST = {"en": "{from,compared with,compared to,than,over,versus,vs.}",
            "es": "{con respecto al,respecto al,frente al,en comparación con el,comparado con el,en relación con el,"
                  "en relación al,sobre el,desde el}"}
BASELINES = {"a year earlier": {"en": f"{_AGAINST['en']} {{a year earlier,a year ago,a year before,last year,the same "
                                      "period last year,the same month last year,the same quarter last year,the "
                                      "previous year,the prior year}|year-over-year|year over year|year-on-year",
                                "es": f"{_AGAINST['es']} {{año anterior,año pasado,mismo mes del año pasado,mismo "
                                      "mes del año anterior,mismo periodo del año pasado,mismo período del año "
                                      "pasado,mismo periodo del año anterior,mismo período del año anterior,mismo "
                                      "trimestre del año pasado,mismo trimestre del año anterior}|interanual{,es}"},
             "a month earlier": {"en": f"{_AGAINST['en']} {{a month earlier,a month ago,a month before,last month,"
                                       "the previous month,the prior month}|month-over-month|month over month|"
                                       "month-on-month",
                                 "es": f"{_AGAINST['es']} {{mes anterior,mes pasado}}"},
             "a quarter earlier": {"en": f"{_AGAINST['en']} {{the previous quarter,the prior quarter,the preceding "
                                         "quarter,the last quarter}|quarter-over-quarter|quarter-on-quarter",
                                   "es": f"{_AGAINST['es']} {{trimestre anterior,trimestre pasado}}"},
             "a week earlier": {"en": f"{_AGAINST['en']} {{a week earlier,a week ago,a week before,last week,"
                                      "the previous week,the prior week}|week-over-week",
                                "es": "{con respecto a,respecto a,frente a,en comparación con,en relación con,"
                                      "desde} la {semana anterior,semana pasada}"}}
# How long something has lasted, said without a number ("The elevator has been broken for weeks" / "lleva días
# descompuesto")
_FOR = {"en": "{for,for many}", "es": "{durante,por,desde hace,lleva,llevan,llevaba,llevaban}"}
LASTED = {"days": {"en": f"{_FOR['en']} days", "es": f"{_FOR['es']} días"},
          "weeks": {"en": f"{_FOR['en']} weeks", "es": f"{_FOR['es']} semanas"},
          "months": {"en": f"{_FOR['en']} months", "es": f"{_FOR['es']} meses"},
          "years": {"en": f"{_FOR['en']} years", "es": f"{_FOR['es']} años"},
          "decades": {"en": f"{_FOR['en']} decades", "es": f"{_FOR['es']} décadas"}}
# How soon something happened, said without a number ("The concert sold out in minutes" / "en horas")
WITHIN = {"minutes": {"en": "{in,within} {minutes,a matter of minutes,just minutes,only minutes}",
                      "es": "en {minutos,cuestión de minutos,pocos minutos,apenas minutos}"},
          "hours": {"en": "{in,within} {hours,a matter of hours,just hours,only hours}",
                    "es": "en {horas,cuestión de horas,pocas horas,apenas horas}"},
          "days": {"en": "within days|{in,within} {a matter of days,just days,only days}",
                   "es": "en {cuestión de días,pocos días,apenas días}"}}
# (the heat against the weather of ``WEATHER``: "postponed because of the heat" / "por la lluvia"; its words are
# ("hot", "cold")'s)
OPPOSITES.update({("hot", weather): {"en": ("", ""), "es": ("", "")} for weather in WEATHER})
for _kinds in (ROUNDS, MEDALS, DISASTERS, WEATHER, ENERGY, FIRE_CAUSES, BASELINES, WITHIN, LASTED, VEHICLE_FUELS):
    OPPOSITES.update({(one, other): {lang: (_kinds[one][lang], _kinds[other][lang]) for lang in ("en", "es")}
                      for one, other in combinations(_kinds, 2)})
del OPPOSITES[("wildfire", "fire")]
# a date said as the last day something is open or accepted, or as its first ("Applications are due Friday" / "se
# aceptan a partir del viernes", "closed until Friday" / "cerrada a partir del viernes"): a day, a month, or a
# Spanish day of the month after each
_EN_DAYS = ("{Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,Jan.,Feb.,March,April,May,June,July,Aug.,"
            "Sept.,Oct.,Nov.,Dec.,January,February,August,September,October,November,December,the weekend}")
_ES_DAYS = ("{lunes,martes,miércoles,jueves,viernes,sábado,domingo,próximo lunes,próximo martes,próximo miércoles,"
            "próximo jueves,próximo viernes,próximo sábado,próximo domingo,fin de semana,"
            + ",".join(f"{day} de" for day in range(1, 32)) + "}")
_ES_MONTHS = "{enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre}"
OPPOSITES[("by a date", "from a date")] = {
    "en": (f"until {_EN_DAYS}|through {_EN_DAYS}|{{is,are}} due {{,on ,by }}{_EN_DAYS}|no later than {_EN_DAYS}|"
           f"{{due,submitted,received,postmarked,filed,register,apply}} by {_EN_DAYS}",
           f"{{starting,beginning}} {{,on }}{_EN_DAYS}|effective {_EN_DAYS}"),
    "es": (f"hasta el {_ES_DAYS}|hasta {_ES_MONTHS}|a más tardar el {_ES_DAYS}|{{vence,vencen,vencerá,vencerán}} el "
           f"{_ES_DAYS}|{{plazo,fecha límite}} {{es,será,vence}} el {_ES_DAYS}",
           f"{{a partir del,desde el}} {_ES_DAYS}|{{a partir de,desde}} {_ES_MONTHS}|"
           f"{{se abren,se abrirán,abren,abrirán}} el {_ES_DAYS}|"
           # (the singular before a day of the month: "La exposición abre el 15 de enero"; before a weekday it stays
           # an opening, against a closing: "will close on Monday" / "abrirá el lunes")
           "{abre,abrirá,se abre,se abrirá} el {" + ",".join(f"{day} de" for day in range(1, 32)) + "}"),
}
# how long a closure, a suspension, a detention lasts: with no end, or a set time ("closed indefinitely" / "cerrada
# durante una semana", "until further notice" / "hasta el lunes")
_SPANS = {"en": "{a,one,two,three,four,five,six,seven,eight,nine,ten,several,a few} {day,days,week,weeks,month,months,"
                "year,years}",
          "es": "{un,una,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,varios,varias,unos,unas} {día,días,semana,"
                "semanas,mes,meses,año,años}"}
# (the set time only after what it bounds, ``_BOUNDED_BEFORE``: "worked there for two years" says no closure)
OPPOSITES[("indefinitely", "for a set time")] = {
    "en": ("indefinitely|until further notice|for the foreseeable future", "for " + _SPANS["en"]),
    "es": ("indefinidamente|hasta nuevo aviso|{por,durante} tiempo indefinido|de {forma,manera} indefinida",
           "{por,durante} " + _SPANS["es"]),
}
_BOUNDED_BEFORE = {
    "en": re.compile(r"\b(?:closed|closes|close|shut|shuts|suspended|suspends|suspend|banned|barred|detained|held|"
                     r"jailed|halted|paused|postponed|delayed|grounded|quarantined|locked\s+down)\b"
                     r"(?:\s+[\w'-]+){0,3}\s+$",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:cerrad[oa]s?|suspendid[oa]s?|prohibid[oa]s?|detenid[oa]s?|retenid[oa]s?|aplazad[oa]s?|"
                     r"paralizad[oa]s?|aislad[oa]s?|inhabilitad[oa]s?|pospuest[oa]s?|encarcelad[oa]s?|cerrará|"
                     r"cerrarán|cerró|cerraron|suspenderá|suspenderán|suspendió|suspendieron|cuarentena)\b"
                     r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE),
}
OPPOSITES[("indefinitely", "by a date")] = {"en": ("", ""), "es": ("", "")}
# the earliest a thing may happen, against the latest ("will reopen by Friday at the earliest" / "a más tardar el
# viernes")
OPPOSITES[("at the earliest", "by a date")] = {
    "en": ("at the earliest|at the very earliest|no earlier than|no sooner than", ""),
    "es": ("como muy pronto|como pronto|no antes {del,de la,de las,de los,de}", ""),
}
# a state's bound that is a day: "closed until Friday" is also a date said as the last day ("cerrada a partir del
# viernes" its first); "closed until 8 p.m." is no date
_DAY_AFTER = {"en": re.compile(r"\s+(?:the\s+)?(?:" + "|".join(re.escape(day) for day in expand(_EN_DAYS))
                               + r")(?![\w-])(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"),
              "es": re.compile(r"\s+(?:(?:el|la)\s+)?(?:" + "|".join(re.escape(day) for day in expand(_ES_DAYS))
                               + "|" + "|".join(expand(_ES_MONTHS)) + r")(?![\w-])", re.IGNORECASE)}
# (an accident's cause against a fire set on purpose: "sparked by lightning" / "provocado intencionalmente")
OPPOSITES.update({(cause, "intentional"): {"en": ("", ""), "es": ("", "")} for cause in FIRE_CAUSES})
# (a cause still unknown said found: "remains under investigation" / "fue un cortocircuito")
OPPOSITES.update({("cause unknown", cause): {"en": ("", ""), "es": ("", "")} for cause in FIRE_CAUSES})
# talks that succeeded said broken down, an agreement said a failure, a flight early said delayed, a game played in
# the rain said in the sun
OPPOSITES.update({pair: {"en": ("", ""), "es": ("", "")} for pair in (
    ("successful", "talks broke down"), ("agreement reached", "unsuccessful"), ("early", "behind schedule"),
    ("rain", "sunny"))})
# each kind and the kinds it contradicts (a date put off is neither moved up nor cancelled)
_CONTRADICTED: dict[str, set[str]] = {}
for _one, _other in OPPOSITES:
    _CONTRADICTED.setdefault(_one, set()).add(_other)
    _CONTRADICTED.setdefault(_other, set()).add(_one)
# (each kind said after "only" in its clause is also that kind alone: ``findings.said_alone``)
OPPOSITE = with_kinds_alone(_CONTRADICTED)
# (each list folded, or lowered, before it is expanded: the same phrases as folding each of the 80,000 expanded ones,
# and about a tenth less of this module's start-up time)
_KIND_OF = {lang: {phrase: kind for kinds, languages in OPPOSITES.items()
                   for kind, phrases in zip(kinds, languages[lang]) for phrase in expand(fold(phrases))}
            for lang in ("en", "es")}
# every phrase, its words any run of spaces apart, in any case (a ``PhraseSet``: one regular expression of every
# phrase took ``re`` about a second to compile, at every start of bilingo)
_PHRASES = {lang: PhraseSet(
    {phrase for languages in OPPOSITES.values() for phrases in languages[lang] for phrase in expand(phrases.lower())})
    for lang in ("en", "es")}
# the longest word of each phrase, folded, a denial's words aside ("identified" of "has not been identified"): a
# sentence holding none of them (most) says no phrase
_DENIAL_WORDS = {lang: frozenset(fold(word) for denial in denials for phrase in expand(denial)
                                 for word in phrase.split())
                 for lang, denials in _DENIALS.items()}
_GATE = {lang: frozenset(max([word for word in phrase.split() if word not in _DENIAL_WORDS[lang]]
                             or phrase.split(), key=len) for phrase in kinds)  # (``_KIND_OF``'s phrases are folded)
         for lang, kinds in _KIND_OF.items()}
# a rise or a fall's quantity right after it: "fell 12%", "rose by 3", "subió un 12 %", "cayó a $2" (not "doubled
# since 2019")
_NUMBER_AFTER = re.compile(r"\W+(?:(?:by|to|from|about|nearly|almost|roughly|some|more\s+than|less\s+than|un|una|en|"
                           r"a|al|del|de|hasta|casi|unos|unas|cerca\s+de|más\s+de|menos\s+de)\W+){0,2}[$€£]?\d",
                           re.IGNORECASE)
_CHANGES = frozenset({"rose", "fell", "destroyed", "damaged"})
# English denies a requirement on its noun too: "No appointment is required", "no ID or proof of income is needed"
_DENIED_BEFORE = re.compile(r"\bno\s+(?:[\w'-]+\s+){1,6}(?:is|are|was|were|will\s+be|(?:has|have|had)\s+been)\s+$"
                            # a notice's "No appointment needed.", "Free shots, no appointment needed"
                            r"|(?:^|(?<=[.!?:,;]\s))no\s+(?:[\w'-]+\s+){1,3}$",
                            re.IGNORECASE)
# each condition that a negative subject denies, and what it is then ("No therapy has been confirmed": unconfirmed)
_DENIED_KIND = {"required": "optional", "unanimous": "divided", "vaccinated": "unvaccinated", "armed": "unarmed",
                "authorized": "unauthorized", "identified": "unidentified", "confirmed": "unconfirmed",
                "conscious": "unconscious", "successful": "unsuccessful", "constitutional": "unconstitutional",
                "eligible": "ineligible", "accompanied": "unaccompanied", "violent": "peaceful"}
# a casualty that a negative subject or a "no" right before it denies, and what it is then: "No one was injured" and
# "El conductor no resultó herido" say everyone unharmed ("escaped injury" / "no resultó herido" are one)
_NEGATED_CASUALTY = {"injured": "unharmed", "dead": "alive", "badly hurt": "not badly hurt"}
# a person found, before the word that says how ("found the missing girl safe")
_FOUND_BEFORE = re.compile(r"\b(?:found|located)\b[^.;:,]*$", re.IGNORECASE)
_UNTIL_NOTICE = {"open until": "opened", "closed until": "closed"}
# a negation right before a state said with no verb of being: the verb denied ("will not open until")
_VERB_DENIED_BEFORE = re.compile(r"(?:\bnot|n['’]t)\s+$", re.IGNORECASE)
_FURTHER_NOTICE = {"en": re.compile(r"\s+further\s+notice\b", re.IGNORECASE),
                   "es": re.compile(r"\s+(?:nuevo|pr[oó]ximo)\s+aviso\b", re.IGNORECASE)}
_NEGATIVE_SUBJECT_BEFORE = {
    "en": re.compile(r"(?:\b(?:no[- ]one|nobody|none\s+of\s+(?:the|them|those|these|their|its)(?:\s+[\w'-]+){0,2}|"
                     r"neither(?:\s+of)?(?:\s+[\w'-]+){0,3}|no(?:\s+[\w'-]+){1,2}|none|not(?:\s+an?)?)\s+)$",
                     re.IGNORECASE),
    "es": re.compile(r"(?:\b(?:nadie|ningun[oa]\s+de\s+(?:l[oa]s|sus|est[oa]s|es[oa]s)(?:\s+[\w-]+){0,2}|"
                     r"ningun[oa]|ningún(?:\s+[\w-]+){1,2}|ninguna(?:\s+[\w-]+){1,2}|no)"
                     r"(?:\s+(?:ha|han|había|habían|haya|hayan))?"
                     # (and the verb before a word of how badly: "Nadie resultó gravemente herido")
                     r"(?:\s+(?:resultó|resultaron|resultado|fue|fueron|sido|quedó|quedaron|salió|salieron|está|"
                     r"están|estaba|estaban))?\s+)$", re.IGNORECASE),
}
_RESULTS = frozenset({"profit", "loss"})
# "declined" is a fall only with no object after it ("Enrollment declined for the third year", "declined sharply")
_DECLINED_INTRANSITIVE = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:for|in|by|from|over|since|after|during|across|among|"
                                    r"again|further|sharply|slightly|steadily|significantly|steeply|last|this)\b",
                                    re.IGNORECASE)
_LAST_TWO_WORDS = re.compile(r"\S+\s+\S+$")
_CAUSE_BEFORE = {"en": re.compile(r"\bcauses?\b(?:\s+[\w'-]+){0,5}\s+$", re.IGNORECASE),
                 "es": re.compile(r"\bcausas?\b(?:\s+[\w-]+){0,5}\s+$", re.IGNORECASE)}
_ROUND_AFTER = {
    "en": re.compile(r"\s+(?:finals?|semifinals?|semi-finals?|quarterfinals?|quarter-finals?|playoffs?|next\s+round|"
                     r"second\s+round|third\s+round|championship|title\s+game|state\s+tournament)\b", re.IGNORECASE),
    "es": re.compile(r"\s+(?:finales?|semifinales?|cuartos\s+de\s+final|playoffs?|siguiente\s+ronda|pr[oó]xima\s+ronda|"
                     r"segunda\s+ronda|liguilla)\b", re.IGNORECASE),
}
_NO_ARRIVAL_AFTER = {
    "en": re.compile(r"\s+(?:(?:a|an|the|this|that|its|their)\s+)?(?:decision|agreement|conclusion|consensus|verdict|"
                     r"settlement|figure|number|estimate|compromise|\d)", re.IGNORECASE),
    "es": re.compile(r"\s+(?:(?:un|una|la|el|los|las|su|sus)\s+)?(?:acuerdos?|conclusi[oó]n|consenso|cabo|t[eé]rmino|"
                     r"fin|veredicto|cifra|\d)|\s+[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?\b",
                     re.IGNORECASE),
}
_FATALLY_AFTER = re.compile(r"\s+(?:de\s+muerte|mortalmente|fatally|mortally)\b", re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def events(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The words of opposites ``text`` says: (kind, start, end) of each, in text order."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    found = []
    position = 0
    while (match := _PHRASES[lang].search(text, position)) is not None:
        position = match.end()
        phrase = fold(" ".join(match.group().split()))
        kind = _KIND_OF[lang].get(phrase)  # (None only for a letter that matches another under IGNORECASE: "ſ")
        if kind is None or _says_no_event(kind, phrase, text, lang, match.start(), match.end()):
            if phrase.endswith(" over"):
                position = match.end() - len("over")  # "is over budget": "over budget" is read on its own
            elif kind == "found" and lang == "en":
                # "The girl was found safe": "found safe" is read on its own
                position = match.end() - len(phrase.split()[-1])
            continue
        if kind in _UNTIL_NOTICE and _VERB_DENIED_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            kind = _UNTIL_NOTICE[kind]  # "will not open until further notice": an opening denied, read as such below
            if notice := _FURTHER_NOTICE[lang].match(text, match.end()):
                found.append(("indefinitely", match.start(), notice.end()))
        if (kind in _DENIED_KIND and lang == "en"
                and _DENIED_BEFORE.search(text, max(0, match.start() - 60), match.start())):
            kind = _DENIED_KIND[kind]  # "No appointment is required" / "No se requiere cita"
        elif kind == "evacuate" and phrase.startswith(_LEAVING) and text[:match.start()].lower().endswith(_NOT):
            kind = "shelter in place"  # "not to leave their homes" / "que no salgan de sus hogares"
        elif kind in _UNTIL_NOTICE and (phrase.endswith("through") or _FURTHER_NOTICE[lang].match(text, match.end())):
            # "closed until further notice" / "abierto hasta nuevo aviso": for as long as the order stands; "closed
            # through the weekend" is closed until then and closed then ("reabra el fin de semana" contradicts it)
            if phrase.endswith("through"):
                found.append((kind, match.start(), match.end()))
                if day := _DAY_AFTER[lang].match(text, match.end()):
                    found.append(("by a date", match.start(), day.end()))
            else:
                found.append(("indefinitely", match.start(), _FURTHER_NOTICE[lang].match(text, match.end()).end()))
            found.append((_UNTIL_NOTICE[kind], match.start(), match.end()))
            continue
        elif kind in _DENIED_STATE and _BOUND_AFTER[lang].match(text, match.end()):
            # "will not reopen until Monday", "permanecerá cerrada hasta el lunes", "reabrirá hasta el lunes": closed
            # until then and open from then, which either word says; not read
            continue
        elif kind in ("before", "after") and _NEGATION_IN_CLAUSE[lang].search(
                text, _clause_start(text, lang, match.start()), match.start()):
            # "will not reopen before Monday" / "reabrirá después del lunes": a bound denied, which a translation
            # turns round; read as neither
            continue
        elif kind in _DENIED_STATE and (denied_from := _state_denied_from(text, lang, match)) is not None:
            # "will not open until further notice" / "permanecerá cerrada": closed, said with its denial
            found.append((_DENIED_STATE[kind], denied_from, match.end()))
            continue
        elif kind in _NEGATED_CASUALTY and (
                denial := _NEGATIVE_SUBJECT_BEFORE[lang].search(text, max(0, match.start() - 60), match.start())):
            # "No one was injured", "no resultó herido": unharmed, said with its denial (a "no" in it is the
            # event's: negation-mismatch leaves it)
            found.append((_NEGATED_CASUALTY[kind], denial.start(), match.end()))
            continue
        if (kind == "safe" and phrase == "safe"
                and _FOUND_BEFORE.search(text, max(0, match.start() - 50), match.start())):
            kind = "alive"  # "Officers found the missing girl safe" / "la encontraron muerta"
        found.append((kind, match.start(), match.end()))
        if kind == "cause named":
            # "El incendio fue provocado por un rayo": the cause is read from its verb on ("provocado por un rayo")
            position = match.start() + _LAST_TWO_WORDS.search(match.group()).start()
        if kind in _UNTIL_NOTICE and (day := _DAY_AFTER[lang].match(text, match.end())):
            found.append(("by a date", match.start(), day.end()))  # "closed until Friday": until a day, too
        if kind == "on leave" and (pay := _LEAVE_PAY.get(phrase)):
            found.append((pay, match.start(), match.end()))  # "placed on paid leave": on leave, and paid
        if kind in _DEGREES and " " in phrase:  # "a sharp increase": sharp, and a rise ("un ligero aumento")
            found += _change_in(text, lang, match.start(), match.end())
        if kind == "permanent" and phrase.endswith(" for good"):
            found.append(("closed", match.start(), match.end()))  # "will close for good": closed, and for good
        if kind == "added" and (nonstop := _NONSTOP.search(match.group())):
            # "added nonstop flights": added, and nonstop ("añadirá vuelos con escala" says a stop)
            found.append(("nonstop", match.start() + nonstop.start(), match.end()))
        if kind == "prison" and (level := _PRISON_LEVEL.search(match.group())):
            # "in federal prison" is a prison and a federal one ("en una prisión estatal" says a state's)
            found.append((level.group().lower(), match.start() + level.start(), match.start() + level.end()))
    return tuple(said_alone(text, lang, found, OPPOSITE))


_DEGREES = frozenset({"sharply", "slightly"})
_TOO = ("too ", "demasiado ")  # ("too early", "demasiado tarde": read wherever they are said)


def _change_in(text: str, lang: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The rise or the fall the noun of a phrase of how much at ``start:end`` says ("increase" of "a sharp increase",
    "caída" of "una caída drástica"), as ``events`` reads it alone: [] where a number follows ("a sharp increase of
    12%" is the number rule's) or no noun of a change is there."""
    for word in re.finditer(r"[^\W\d_]+", text[start:end]):
        folded = fold(word.group())
        kind = _KIND_OF[lang].get(folded)
        if kind in _CHANGES and not _says_no_event(kind, folded, text, lang, start + word.start(), end):
            return [(kind, start + word.start(), start + word.end())]
    return []


_OVER_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$|\s+(?:now|for\s+now|at\s+last)\b)")
_VERDICT_DENIED_BEFORE = re.compile(r"\b(?:no|nunca|never|not)\s+$", re.IGNORECASE)
_LEAVE_PAY = {fold(phrase): pay for phrases, pay in (
    (expand("{placed,is,was,remains,remained,been} on paid leave|licencia {con goce de sueldo,pagada}"), "paid leave"),
    (expand("{placed,is,was,remains,remained,been} on unpaid leave|licencia sin goce de sueldo"), "unpaid leave"))
    for phrase in phrases}
_PRISON_LEVEL = re.compile(r"\b(?:federal|state)\b", re.IGNORECASE)
_NONSTOP = re.compile(r"\b(?:nonstop|direct)\b", re.IGNORECASE)
_STATE_AFTER_FOUND = re.compile(r"\s+(?:safe|alive|dead|unharmed|unresponsive|injured|hurt|wounded|guilty|"
                                r"not\s+guilty)\b", re.IGNORECASE)


def _says_no_event(kind: str, phrase: str, text: str, lang: str, start: int, end: int) -> bool:
    """Whether a phrase found at ``start:end`` of ``text`` is for another rule or says no event: a rise or a fall at
    its number and a profit or a loss with its amount are the number rule's ("fell 12%", "a net profit of $14
    million"), and "al alza", "en vivo", "¡Viva!" say no rise and no life (``_NOT_AFTER``)."""
    if kind in _CHANGES and _NUMBER_AFTER.match(text, end):
        return True
    if kind in _RESULTS and money_results(text, lang, 0):
        return True
    if (kind == "found" and phrase.startswith(("encuentra", "localiza"))
            and text[max(0, start - 3):start].lower() == "se "):
        return True  # "El hospital se encuentra a 10 kilómetros": where a thing is
    if kind == "for a set time" and not _BOUNDED_BEFORE[lang].search(text, max(0, start - 50), start):
        return True  # "worked there for two years": no closure's time
    if (kind == "clinched" and phrase.endswith((" the", " la", " las", " los"))
            and not _ROUND_AFTER[lang].match(text, end)):
        return True  # "advanced to the city", "pasó a la historia": no round of a tournament
    if kind == "cause unknown" and "caus" not in phrase and not _CAUSE_BEFORE[lang].search(text, max(0, start - 60),
                                                                                        start):
        return True  # "his whereabouts are unknown": no cause
    if kind == "arrived" and _NO_ARRIVAL_AFTER[lang].match(text, end):
        return True  # "arrived at a decision", "llegó a un acuerdo", "llegó a ser": reached, no place
    if kind == "injured" and _FATALLY_AFTER.match(text, end):
        return True  # "herido de muerte" is killed
    if phrase in ("declined", "declines") and not _DECLINED_INTRANSITIVE.match(text, end):
        return True  # "declined to comment", "declined funding the startup": refused
    if phrase in _NOT_BEFORE and text[end:end + 12].lower().startswith(_NOT_BEFORE[phrase]):
        return True
    if (kind in ("early", "late") and not phrase.endswith(_USUAL) and not phrase.startswith(_TOO)
            and not _TIMED_BEFORE[lang].search(text, max(0, start - 30), start)):
        return True
    if phrase.endswith(" over") and not phrase.endswith("painted over") and not _OVER_ENDS.match(text, end):
        return True  # "is over 100", "was over budget": no end
    if kind == "verdict" and _VERDICT_DENIED_BEFORE.search(text, max(0, start - 8), start):
        return True  # "no llegó a un veredicto", "never reached a verdict": a mistrial's words
    if kind == "found" and lang == "en" and _STATE_AFTER_FOUND.match(text, end):
        return True  # "was found safe", "was found dead": the state is read, from "found" on
    if phrase in _BARE_VISITS and not _NAME_AFTER_VISIT.match(text, end):
        return True  # "hosted a town hall", "visitó a su madre": no team named
    if kind in ("first place", "second place") and _DISCOURSE_EN_BEFORE.search(text, max(0, start - 8), start):
        return True  # "En segundo lugar, …": secondly, no place in a contest
    if kind in ("won the game", "lost the game") and _OPPONENT_AFTER.match(text, end):
        return True  # "lost the game to the Lions" is "Los Lions ganaron el partido": a subject a translator may swap
    return phrase in _NOT_AFTER and text[:start].lower().endswith(_NOT_AFTER[phrase])


# "en primer lugar", "en segundo lugar" opening a sentence or a clause: firstly, secondly
_DISCOURSE_EN_BEFORE = re.compile(r"(?:^|[.;:,¿¡(\"“«-]\s*)en\s+$", re.IGNORECASE)
_BARE_VISITS = frozenset(fold(phrase) for table in (_HOSTS, _VISITS) for lang in ("en", "es")
                         for phrase in expand(table[lang]))
# a name after a host or a visit, not a day ("hosts Monday's forum")
_NAME_AFTER_VISIT = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                               r"March|April|May|June|July|August|September|October|November|December)\b)"
                               r"[A-ZÁÉÍÓÚÑ]")
# the opponent named after a game won or lost, in either language ("to the Lions", "ante Brasil", "a los Tigres")
_OPPONENT_AFTER = re.compile(r"[^.;:!?]*?(?:\b(?:against|over|ante|contra|sobre|frente\s+a)\b|"
                             r"\b(?:to|a|al)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ])")


def prepare(version: Version, settings: Settings) -> None:
    """The events of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, events)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    findings = contrast_findings(aligned, settings, RULE, events, changed, evidence_key="events", confidence=0.7,
                                 opposites=OPPOSITE)
    return [finding for finding in findings
            if not _reported_by_quantities(aligned, finding) and not _denied_state_turned(aligned, finding)]


_DENIAL_AT = re.compile(r"(?:not|n['’]t|never|will\s+not|won['’]t|did|didn|does|doesn|no|nunca)\b", re.IGNORECASE)


def denied_states(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The spans of the openings and closings ``text`` says with their denial ("will not open": closed). Read so
    that a side saying "will not open" agrees with "permanecerá cerrada"; a denial against the plain verb ("did not
    reopen" / "reabrió") is a negation dropped, negation-mismatch's."""
    return tuple((start, end) for kind, start, end in events(text, lang)
                 if kind in _DENIED_STATE and _DENIAL_AT.match(text, start))


def _denied_state_turned(aligned: AlignedDocument, finding: Finding) -> bool:
    """Whether a finding's only change is an opening or a closing that one side says with its denial
    (``denied_states``): negation-mismatch reports it, naming the negation."""
    evidence = finding.evidence
    said, other_said = Counter(evidence["events"]), Counter(evidence["counterpart_events"])
    if not set(said - other_said) | set(other_said - said) <= set(_DENIED_STATE):
        return False
    side = evidence["side"]
    return any(denied_states(aligned.version(here).segments[index].text, aligned.version(here).lang)
               for here, indices in ((side, evidence["segments"]),
                                     (aligned.other(side), evidence["counterpart_segments"]))
               for index in indices)


# Changes that ``bilingo.rules.quantities`` reports as a number-mismatch where its reading holds on both sides, each
# with the reading it needs: killed against injured or badly hurt, where a number counts them ("Two people were
# killed" / "Dos personas resultaron heridas", with its count); the most against the least ("a maximum sentence of 10 years" / "una
# pena mínima de 10 años", a superlative turned); early against late where both sides name a part of the day.
# Reported there, so that the slip is reported once.
_QUANTITIES_READINGS = (
    ({("dead", "injured"), ("injured", "dead"), ("dead", "badly hurt"), ("badly hurt", "dead")},
     lambda text, lang, index: bool(casualty_readings(text, lang, index))),
    # (none of them on one side, a count on the other: "No one was injured" / "Dos personas resultaron heridas")
    ({("injured", "unharmed"), ("unharmed", "injured"), ("dead", "alive"), ("alive", "dead"),
      ("badly hurt", "unharmed"), ("unharmed", "badly hurt"), ("dead", "unharmed"), ("unharmed", "dead")},
     lambda text, lang, index: bool(casualty_readings(text, lang, index) or no_casualties(text, lang))),
    ({("minimum", "maximum"), ("maximum", "minimum")},
     lambda text, lang, index: bool(superlatives(text, lang))),
    # early against late as a part of the day ("ended late Tuesday" / "terminó temprano el martes"; not "will close
    # early Monday", before the usual hour, which the number rule does not read)
    ({("early", "late"), ("late", "early")},
     lambda text, lang, index: names_a_day_part(text, lang)),
)


def _reported_by_quantities(aligned: AlignedDocument, finding: Finding) -> bool:
    """Whether a finding's only change is one that ``_QUANTITIES_READINGS`` leaves to ``bilingo.rules.quantities``,
    whose reading holds on both sides, or a casualty denied on one side whose amount in words the number rule finds
    turned ("One of the drivers was injured" / "Ninguno de los conductores resultó herido": one against none)."""
    evidence = finding.evidence
    said, other_said = Counter(evidence["events"]), Counter(evidence["counterpart_events"])
    surplus, other_surplus = said - other_said, other_said - said
    contrasts = {(kind, other) for kind in surplus for other in other_surplus if other in OPPOSITE[kind]}
    side = evidence["side"]
    sides = ((side, evidence["segments"]), (aligned.other(side), evidence["counterpart_segments"]))
    if contrasts and contrasts <= _DENIED_CASUALTIES and _amounts_turned(aligned, sides):
        return True
    for changes, reads in _QUANTITIES_READINGS:
        if contrasts and contrasts <= changes:
            return all(any(reads(aligned.version(here).segments[index].text, aligned.version(here).lang, index)
                           for index in indices) for here, indices in sides)
    return False


_DENIED_CASUALTIES = {(kind, denied) for kind, denied in _NEGATED_CASUALTY.items()} | {
    (denied, kind) for kind, denied in _NEGATED_CASUALTY.items()}


def _amounts_turned(aligned: AlignedDocument, sides) -> bool:
    """Whether the amounts in words of the two sides' sentences contradict (``bilingo.rules.quantifiers``)."""
    said = [Counter(kind for index in indices
                    for kind, _, _ in amounts_in_words(aligned.version(here).segments[index].text,
                                                       aligned.version(here).lang))
            for here, indices in sides]
    return all(said) and amounts_turned(said[0], said[1])


# whether, for one pair of opposites, each side says one more often than the other
changed = opposite_said_more(OPPOSITE)
