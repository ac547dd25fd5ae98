"""decision-mismatch: an event said the other way ("will reopen" / "permanecerá cerrado", "hired" / "despidió")."""

from __future__ import annotations

from collections import Counter

import pytest

from aligned_builder import (CORPUS_DEV, CORPUS_SETS, aligned_pair, clean_corpus_documents, contrast_measure,
                             corpus_records)
from bilingo.rules import negations, opposites, quantities
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return opposites.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The bridge will reopen Friday, officials said.",
     "El puente permanecerá cerrado el viernes, dijeron las autoridades.",
     "cerrado", "opened ('reopen') in English but closed ('cerrado') in Spanish"),
    ("The bridge reopened to traffic on Monday morning.", "El puente volvió a cerrarse al tráfico el lunes por la mañana.",
     "volvió a cerrarse", "opened ('reopened') in English but closed ('volvió a cerrarse') in Spanish"),
    ("The suspect was released on bail.", "El sospechoso permaneció en la cárcel.",
     "permaneció en la cárcel", "released in English but arrested ('permaneció en la cárcel') in Spanish"),
    # a trend said the other way, and a condition that improved or worsened
    ("Flu cases are rising across the county.", "Los casos de gripe están disminuyendo en todo el condado.",
     "están disminuyendo", "rose ('are rising') in English but fell ('están disminuyendo') in Spanish"),
    ("The drought is expected to worsen this summer.", "Se espera que la sequía mejore este verano.",
     "mejore", "worsened ('worsen') in English but improved ('mejore') in Spanish"),
    ("The patient's condition improved overnight.", "El estado del paciente empeoró durante la noche.",
     "empeoró", "improved in English but worsened ('empeoró') in Spanish"),
    ("The company hired 200 workers last year.", "La empresa despidió a 200 trabajadores el año pasado.",
     "despidió", "hired in English but fired or laid off ('despidió') in Spanish"),
    ("The company said it would hire 300 workers.", "La empresa dijo que despediría a 300 trabajadores.",
     "despediría", "hired ('hire') in English but fired or laid off ('despediría') in Spanish"),
    ("Polls close at 8 p.m.", "Las urnas abren a las 8 p.m.", "abren", "closed ('close at') in English but opened"
     " ('abren') in Spanish"),
    # an order, an advisory or a curfew issued or lifted
    ("The boil-water advisory was lifted on Friday.", "El aviso de hervir el agua se emitió el viernes.",
     "se emitió", "lifted in English but issued ('se emitió') in Spanish"),
    ("Officials said the water is safe to drink.", "Las autoridades dijeron que el agua no es apta para el consumo.",
     "no es apta para", "safe in English but dangerous ('no es apta para') in Spanish"),
    ("The shooting happened inside the store, police said.", "El tiroteo ocurrió afuera de la tienda, dijo la policía.",
     "afuera", "inside in English but outside ('afuera') in Spanish"),
    ("The suspect was arrested inside the building.", "El sospechoso fue arrestado fuera del edificio.",
     "fuera del", "inside in English but outside ('fuera del') in Spanish"),
    # the present of a headline
    ("Police Arrest Suspect in Downtown Shooting", "La policía libera al sospechoso del tiroteo en el centro",
     "libera", "arrested ('Police Arrest') in English but released ('libera') in Spanish"),
    ("Police Release Suspect in Shooting", "La policía arresta a sospechoso de tiroteo",
     "arresta", "released ('Police Release') in English but arrested ('arresta') in Spanish"),
    ("Man Dies After Crash on Highway 281", "Hombre resulta herido tras choque en la carretera 281",
     "resulta herido", "dead ('Dies') in English but injured ('resulta herido') in Spanish"),
    ("The boy was taken to a hospital in critical condition and later died.",
     "El niño fue llevado a un hospital en estado crítico y luego fue dado de alta.",
     "dado de alta", "dead ('died') in English but discharged ('dado de alta') in Spanish"),
    ("The girl, 8, was found unharmed.", "La niña, de 8 años, fue encontrada herida.",
     "encontrada herida", "unharmed in English but injured ('encontrada herida') in Spanish"),
    ("The house was built in 1925 and was empty at the time.",
     "La casa fue construida en 1925 y estaba ocupada en ese momento.",
     "estaba ocupada", "vacant ('empty') in English but occupied ('estaba ocupada') in Spanish"),
    ("The vote was 5-2, with council members Ruiz and Chen voting no.",
     "La votación fue de 5-2, con los concejales Ruiz y Chen votando a favor.",
     "a favor", "opposes ('voting no') in English but supports ('a favor') in Spanish"),
    ("The fire destroyed dozens of homes.", "El incendio dañó decenas de viviendas.",
     "dañó", "destroyed in English but damaged ('dañó') in Spanish"),
    ("The project was completed ahead of schedule.", "El proyecto se completó con retraso.",
     "con retraso", "ahead of schedule in English but behind schedule ('con retraso') in Spanish"),
    ("The meeting was held behind closed doors.", "La reunión fue abierta al público.",
     "público", "private ('behind closed doors') in English but public ('público') in Spanish"),
    ("The fire was contained by Sunday afternoon.", "El incendio seguía sin control el domingo por la tarde.",
     "sin control", "contained ('was contained') in English but out of control ('sin control') in Spanish"),
    ("The county issued an evacuation order for the canyon.",
     "El condado levantó la orden de evacuación para el cañón.",
     "levantó la orden", "issued in English but lifted ('levantó la orden') in Spanish"),
    ("Unemployment rose in October, to 4.1%, the highest since 2021.",
     "El desempleo bajó en octubre, al 4,1 %, el nivel más alto desde 2021.",
     "bajó", "rose in English but fell ('bajó') in Spanish"),
    ("The man was found alive on Sunday.", "El hombre fue hallado muerto el domingo.",
     "muerto", "alive in English but dead ('muerto') in Spanish"),
    ("Most residents support the plan.", "La mayoría de los residentes se opone al plan.",
     "se opone", "supports ('support') in English but opposes ('se opone') in Spanish"),
    ("Police arrested the suspect on Monday.", "La policía liberó al sospechoso el lunes.",
     "liberó", "arrested in English but released ('liberó') in Spanish"),
    # a period begun or ended, a weather alert, the forecast, a charge
    ("Early voting ends on Saturday.", "La votación anticipada comienza el sábado.",
     "comienza", "ended ('ends') in English but began ('comienza') in Spanish"),
    ("The National Weather Service issued a flood warning.",
     "El Servicio Nacional de Meteorología emitió una vigilancia de inundaciones.",
     "vigilancia de inundaciones", "warning ('flood warning') in English but watch ('vigilancia de inundaciones') in "
     "Spanish"),
    ("The storm is expected to bring heavy rain.", "Se espera que la tormenta traiga lluvias ligeras.",
     "lluvias ligeras", "heavy ('heavy rain') in English but light ('lluvias ligeras') in Spanish"),
    ("The suspect was charged with a misdemeanor.", "El sospechoso fue acusado de un delito grave.",
     "delito grave", "misdemeanor in English but felony ('delito grave') in Spanish"),
    ("The polls open at 7 a.m.", "Las urnas cierran a las 7 a.m.",
     "cierran", "opened ('open') in English but closed ('cierran') in Spanish"),
    ("Classes will resume on Monday.", "Las clases se suspenderán el lunes.",
     "se suspenderán", "resumed ('will resume') in English but suspended ('se suspenderán') in Spanish"),
    # a vote
    ("Council member Ruiz voted in favor of the plan.", "La concejala Ruiz votó en contra del plan.",
     "en contra", "supports ('in favor') in English but opposes ('en contra') in Spanish"),
    ("Two members voted against the budget.", "Dos miembros votaron a favor del presupuesto.",
     "a favor", "opposes ('voted against') in English but supports ('a favor') in Spanish"),
    # a rise or a fall made by someone, its number away from the verb
    ("The city raised water rates by 8% in July.", "La ciudad bajó las tarifas de agua un 8% en julio.",
     "bajó", "rose ('raised') in English but fell ('bajó') in Spanish"),
    ("The board lowered the tax rate this year.", "La junta elevó la tasa de impuestos este año.",
     "elevó", "fell ('lowered') in English but rose ('elevó') in Spanish"),
    ("The company plans to hire 150 workers this year.", "La compañía planea despedir a 150 trabajadores este año.",
     "despedir", "hired ('hire') in English but fired or laid off ('despedir') in Spanish"),
    # a requirement denied, and its negation dropped in translation
    ("A high school diploma is not required.", "Se requiere diploma de preparatoria.",
     "Se requiere", "optional ('not required') in English but required ('Se requiere') in Spanish"),
    ("Free flu shots on Saturday. No appointment needed.", "Vacunas gratuitas el sábado. Se necesita cita previa.",
     "Se necesita", "optional ('needed') in English but required ('Se necesita') in Spanish"),
    ("An appointment is needed.", "No se necesita cita.",
     "No se necesita", "required ('needed') in English but optional ('No se necesita') in Spanish"),
    ("Both men survived.", "Los dos hombres no sobrevivieron.",
     "no sobrevivieron", "alive ('survived') in English but dead ('no sobrevivieron') in Spanish"),
    # a permission and a safety, their denial read
    ("Dogs are allowed in the park.", "No se permiten perros en el parque.",
     "No se permiten", "allowed in English but banned ('No se permiten') in Spanish"),
    ("The water is safe to drink, officials said.", "El agua no es segura para beber, dijeron las autoridades.",
     "no es segura", "safe in English but dangerous ('no es segura') in Spanish"),
    # a vote, a race, a result, a date, a quantity doubled (not "since 2019": no rise of 2019)
    ("The council voted unanimously to approve the contract.", "El concejo votó por mayoría para aprobar el contrato.",
     "por mayoría", "unanimous ('unanimously') in English but divided ('por mayoría') in Spanish"),
    ("Garcia leads Smith by 5 points in the latest poll.",
     "García está 5 puntos por detrás de Smith en la encuesta más reciente.",
     "por detrás", "ahead ('leads') in English but behind ('por detrás') in Spanish"),
    ("The company reported a loss for the first time in a decade.",
     "La empresa reportó ganancias por primera vez en una década.",
     "ganancias", "loss in English but profit ('ganancias') in Spanish"),
    ("The governor extended the deadline to March 31.", "El gobernador adelantó la fecha límite al 31 de marzo.",
     "adelantó", "postponed ('extended') in English but moved up ('adelantó') in Spanish"),
    ("The number of students has doubled since 2019.",
     "El número de estudiantes se ha reducido a la mitad desde 2019.",
     "se ha reducido", "rose ('doubled') in English but fell ('se ha reducido') in Spanish"),
    # conditions
    ("Masks are required inside the clinic.", "El uso de mascarilla es opcional dentro de la clínica.",
     "opcional", "required in English but optional ('opcional') in Spanish"),
    ("Classes will be held online.", "Las clases serán presenciales.",
     "presenciales", "online in English but in person ('presenciales') in Spanish"),
    ("The event is free and open to the public.", "El evento es de pago y está abierto al público.",
     "es de pago", "free in English but paid ('es de pago') in Spanish"),
    ("The road closure is temporary, officials said.",
     "El cierre de la carretera es definitivo, dijeron las autoridades.",
     "definitivo", "temporary in English but permanent ('definitivo') in Spanish"),
    # an event put off against called off, and a date put off against moved up
    ("The game was postponed because of rain.", "El partido fue cancelado por la lluvia.", "cancelado",
     "postponed in English but cancelled ('cancelado') in Spanish"),
    ("The concert was canceled after the singer fell ill.",
     "El concierto fue pospuesto después de que el cantante se enfermó.", "pospuesto",
     "cancelled ('canceled') in English but postponed ('pospuesto') in Spanish"),
    ("The vote was moved up to Monday.", "La votación se aplazó para el lunes.", "aplazó",
     "moved up in English but postponed ('aplazó') in Spanish"),
    # a victim's condition
    ("The victim was taken to University Medical Center in critical condition.",
     "La víctima fue trasladada al University Medical Center en condición estable.", "condición estable",
     "badly hurt ('critical condition') in English but lightly hurt or stable ('condición estable') in Spanish"),
    ("Two people suffered minor injuries in the crash.", "Dos personas sufrieron heridas graves en el choque.",
     "heridas graves",
     "lightly hurt or stable ('minor injuries') in English but badly hurt ('heridas graves') in Spanish"),
    ("The driver was seriously injured and taken to a hospital.",
     "El conductor resultó levemente herido y fue llevado a un hospital.", "levemente herido",
     "badly hurt ('seriously injured') in English but lightly hurt or stable ('levemente herido') in Spanish"),
    ("The county issued a voluntary evacuation order.", "El condado emitió una orden de evacuación obligatoria.",
     "obligatoria", "optional ('voluntary') in English but required ('obligatoria') in Spanish"),
    ("The county issued a mandatory evacuation order.", "El condado emitió una orden de evacuación voluntaria.",
     "evacuación voluntaria", "required ('mandatory') in English but optional ('evacuación voluntaria') in Spanish"),
    ("Officials urged residents to stay indoors.",
     "Las autoridades pidieron a los residentes que salieran de sus casas.",
     "salieran de sus casas",
     "shelter in place ('stay indoors') in English but evacuate ('salieran de sus casas') in Spanish"),
    ("Residents were ordered to evacuate.", "Se ordenó a los residentes permanecer en sus casas.",
     "permanecer en sus casas", "evacuate in English but shelter in place ('permanecer en sus casas') in Spanish"),
    ("Miguel Soto is a freelance writer based in Tucson.", "Miguel Soto es un escritor de planta radicado en Tucson.",
     "de planta", "freelance in English but staff ('de planta') in Spanish"),
    ("The program helps undocumented students pay for college.",
     "El programa ayuda a los estudiantes documentados a pagar la universidad.", "documentados",
     "undocumented in English but documented ('documentados') in Spanish"),
    ("He became a U.S. citizen last year.", "Se convirtió en residente permanente el año pasado.",
     "residente permanente",
     "citizen ('U.S. citizen') in English but permanent resident ('residente permanente') in Spanish"),
    ("The asylum seekers were released on Friday.", "Los refugiados fueron liberados el viernes.", "refugiados",
     "asylum seekers in English but refugees ('refugiados') in Spanish"),
    ("The man was deported to Mexico last week.", "El hombre fue extraditado a México la semana pasada.",
     "extraditado", "deported in English but extradited ('extraditado') in Spanish"),
    ("The case now goes to the state Supreme Court.", "El caso ahora pasa a la Corte de Apelaciones del estado.",
     "Corte de Apelaciones", "supreme court in English but appeals court ('Corte de Apelaciones') in Spanish"),
    ("He appeared in federal district court on Monday.", "Compareció el lunes ante la Corte Suprema federal.",
     "Corte Suprema", "trial court ('district court') in English but supreme court ('Corte Suprema') in Spanish"),
    ("The house fire forced a family of five from their home.",
     "El incendio forestal obligó a una familia de cinco a abandonar su hogar.", "incendio forestal",
     "structure fire ('house fire') in English but wildfire ('incendio forestal') in Spanish"),
    ("The county will pay for the repairs.", "La ciudad pagará las reparaciones.", "ciudad",
     "county in English but city ('ciudad') in Spanish"),
    ("Rain is expected this weekend.", "Se espera nieve este fin de semana.", "nieve",
     "rain in English but snow ('nieve') in Spanish"),
    # a pace slowed against quickened (6 faithful corpus pairs say one on both sides, alike), charges dropped
    # against filed, rates held steady against raised
    ("Inflation slowed in October.", "La inflación se aceleró en octubre.", "se aceleró",
     "slowed in English but accelerated ('se aceleró') in Spanish"),
    ("The charges were dropped.", "Los cargos fueron presentados.", "cargos fueron presentados",
     "charges dropped ('charges were dropped') in English but charges filed ('cargos fueron presentados') in Spanish"),
    ("The Fed held interest rates steady.", "La Fed subió las tasas de interés.", "subió",
     "unchanged ('held interest rates steady') in English but rose ('subió') in Spanish"),
    # an inspection, an exam, a drug test passed against failed
    ("The restaurant passed its health inspection.", "El restaurante reprobó su inspección sanitaria.",
     "reprobó su inspección sanitaria", "passed ('passed its health inspection') in English but failed ('reprobó su "
     "inspección sanitaria') in Spanish"),
    ("The officer failed a drug test.", "El oficial pasó una prueba de drogas.", "pasó una prueba de drogas",
     "failed ('failed a drug test') in English but passed ('pasó una prueba de drogas') in Spanish"),
    # rural against urban (22 faithful corpus pairs say one on both sides, alike), a driver who fled the scene
    ("The grant will benefit rural communities.", "La subvención beneficiará a comunidades urbanas.", "urbanas",
     "rural in English but urban ('urbanas') in Spanish"),
    ("The driver fled the scene.", "El conductor permaneció en el lugar.", "permaneció en el lugar",
     "fled the scene in English but stayed at the scene ('permaneció en el lugar') in Spanish"),
    ("The driver remained at the scene, police said.", "El conductor se dio a la fuga, dijo la policía.",
     "se dio a la fuga", "stayed at the scene ('remained at the scene') in English but fled the scene ('se dio a la "
     "fuga') in Spanish"),
    # a resignation said a retirement (15 faithful corpus pairs say one of them on both sides, alike)
    ("She announced her resignation on Monday.", "Ella anunció su jubilación el lunes.", "jubilación",
     "resigned ('resignation') in English but retired ('jubilación') in Spanish"),
    ("The chief will retire in June.", "El jefe renunciará en junio.", "renunciará",
     "retired ('retire') in English but resigned ('renunciará') in Spanish"),
    # the weather: rain, snow, lightning, hail, fog, each against the others
    ("The game was canceled because of lightning.", "El partido fue cancelado por la lluvia.", "lluvia",
     "lightning in English but rain ('lluvia') in Spanish"),
    ("Hail damaged dozens of cars.", "La lluvia dañó docenas de autos.", "lluvia",
     "hail in English but rain ('lluvia') in Spanish"),
    ("Dense fog closed the airport.", "La nieve cerró el aeropuerto.", "nieve",
     "fog in English but snow ('nieve') in Spanish"),
    ("Forecasters expect sunny skies through the weekend.",
     "Los meteorólogos esperan cielos nublados durante el fin de semana.", "nublados",
     "sunny in English but cloudy ('nublados') in Spanish"),
    # in custody against deported or released; a recount against a runoff; a mail ballot against a provisional one
    ("He was detained by ICE on Monday.", "Fue deportado por ICE el lunes.", "deportado",
     "arrested ('detained') in English but deported ('deportado') in Spanish"),
    ("The suspect is being held without bond.", "El sospechoso fue liberado bajo fianza.", "liberado",
     "arrested ('held without bond') in English but released ('liberado') in Spanish"),
    ("The race is headed to a recount.", "La contienda se dirige a una segunda vuelta.", "segunda vuelta",
     "recount in English but runoff ('segunda vuelta') in Spanish"),
    ("Absentee ballots must be postmarked by Election Day.",
     "Las boletas provisionales deben tener matasellos del día de la elección.", "boletas provisionales",
     "mail ballot ('Absentee ballots') in English but provisional ballot ('boletas provisionales') in Spanish"),
    ("The light rail line will close for repairs.", "La línea de autobús cerrará por reparaciones.", "autobús",
     "train ('light rail') in English but bus ('autobús') in Spanish"),
    ("The patient was treated as an outpatient.", "El paciente fue hospitalizado.", "hospitalizado",
     "outpatient in English but hospitalized ('hospitalizado') in Spanish"),
    ("The project is over budget.", "El proyecto está por debajo del presupuesto.", "por debajo del presupuesto",
     "over budget in English but under budget ('por debajo del presupuesto') in Spanish"),
    ("The company filed for bankruptcy last year.", "La empresa salió de la bancarrota el año pasado.",
     "salió de la bancarrota", "filed for bankruptcy in English but emerged from bankruptcy ('salió de la "
     "bancarrota') in Spanish"),
    ("The flight was diverted to Phoenix.", "El vuelo fue cancelado en Phoenix.", "cancelado",
     "diverted in English but cancelled ('cancelado') in Spanish"),
    ("Parking is limited, and organizers recommend taking public transit.",
     "El estacionamiento es amplio, pero se recomienda usar el transporte público.", "amplio",
     "limited in English but ample ('amplio') in Spanish"),
    ("The festival is outdoors and will go on rain or shine.", "El festival es bajo techo y se celebrará llueva o "
     "truene.", "bajo techo", "outside ('outdoors') in English but inside ('bajo techo') in Spanish"),
    ("The store is moving to a larger location.", "La tienda se mudará a un local más pequeño.", "más pequeño",
     "larger in English but smaller ('más pequeño') in Spanish"),
    ("The woman was found unresponsive in her apartment.", "La mujer fue encontrada sin vida en su apartamento.",
     "sin vida", "unconscious ('unresponsive') in English but dead ('sin vida') in Spanish"),
    ("The 19-year-old was charged with aggravated assault.", "El joven de 19 años fue acusado de asalto simple.",
     "asalto simple", "aggravated in English but simple ('asalto simple') in Spanish"),
    ("The district will add two school days to the calendar.",
     "El distrito eliminará dos días escolares del calendario.", "eliminará",
     "added ('will add') in English but abolished ('eliminará') in Spanish"),
    ("The bill passed the Senate unanimously.", "El proyecto fue aprobado en el Senado por un estrecho margen.",
     "estrecho margen", "unanimous ('unanimously') in English but narrow margin ('estrecho margen') in Spanish"),
    ("Rain is expected to continue through Thursday.", "Se espera que la lluvia termine el jueves.", "termine",
     "ongoing ('to continue') in English but ended ('termine') in Spanish"),
    ("Tuition will be frozen for two years.", "La matrícula aumentará durante dos años.", "aumentará",
     "unchanged ('will be frozen') in English but rose ('aumentará') in Spanish"),
    ("The girl was reported missing Sunday.", "La niña fue encontrada el domingo.", "encontrada",
     "missing ('reported missing') in English but found ('encontrada') in Spanish"),
    ("The girl was found safe Monday.", "La niña sigue desaparecida desde el lunes.", "sigue desaparecida",
     "alive ('found safe') in English but missing ('sigue desaparecida') in Spanish"),
    ("The mayor said the city would appeal the ruling.", "El alcalde dijo que la ciudad acatará el fallo.", "acatará",
     "appealed ('would appeal') in English but complied ('acatará') in Spanish"),
    # admission charged, tickets left, opening hours cut, a merger, a mistrial, a race unopposed, a flight on time
    ("The museum is free on Sundays.", "El museo cobra entrada los domingos.", "cobra entrada",
     "free in English but paid ('cobra entrada') in Spanish"),
    ("The tickets sold out in an hour.", "Todavía quedan boletos.", "Todavía quedan boletos",
     "sold out in English but available ('Todavía quedan boletos') in Spanish"),
    ("The library extended its hours.", "La biblioteca redujo su horario.", "redujo su horario",
     "expanded ('extended its hours') in English but cut ('redujo su horario') in Spanish"),
    ("The two hospitals announced a merger on Tuesday.", "Los dos hospitales anunciaron su separación el martes.",
     "separación", "merged ('merger') in English but split up ('separación') in Spanish"),
    ("The judge declared a mistrial after three days of deliberation.",
     "El juez emitió un veredicto después de tres días de deliberación.", "emitió un veredicto",
     "mistrial in English but verdict ('emitió un veredicto') in Spanish"),
    ("The sheriff is running unopposed this year.", "El alguacil enfrenta a dos rivales este año.",
     "enfrenta a dos rivales", "unopposed in English but contested ('enfrenta a dos rivales') in Spanish"),
    ("Most flights were on time Sunday.", "La mayoría de los vuelos se retrasaron el domingo.", "retrasaron",
     "on time in English but postponed ('retrasaron') in Spanish"),
    ("Children under 12 eat free.", "Los niños menores de 12 años pagan la mitad.", "pagan la mitad",
     "free in English but low cost ('pagan la mitad') in Spanish"),
    ("Parking is free after 6 p.m.", "El estacionamiento es gratuito antes de las 6 p.m.", "antes de las",
     "after ('after 6') in English but before ('antes de las') in Spanish"),
    ("Rain is likely on Saturday.", "Es poco probable que llueva el sábado.", "Es poco probable",
     "likely in English but unlikely ('Es poco probable') in Spanish"),
    ("The teacher was placed on paid leave.", "El maestro fue suspendido sin goce de sueldo.", "sin goce de sueldo",
     "paid leave ('placed on paid leave') in English but unpaid leave ('sin goce de sueldo') in Spanish"),
    ("The council voted to keep the curfew in place.", "El concejo votó para levantar el toque de queda.",
     "levantar el toque", "kept ('voted to keep') in English but lifted ('levantar el toque') in Spanish"),
    ("The two-alarm fire destroyed a vacant home.", "El incendio de dos alarmas destruyó una casa habitada.",
     "habitada", "vacant in English but occupied ('habitada') in Spanish"),
    ("The girl was rescued from the river.", "La niña se ahogó en el río.", "se ahogó",
     "alive ('was rescued') in English but dead ('se ahogó') in Spanish"),
    ("The new tax applies to residential properties.", "El nuevo impuesto se aplica a propiedades comerciales.",
     "comerciales", "residential in English but commercial ('comerciales') in Spanish"),
    ("The rate will be lowered.", "La tasa se elevará.", "elevará",
     "fell ('lowered') in English but rose ('elevará') in Spanish"),
    ("The judge blocked the policy.", "El juez permitió la política.", "permitió",
     "banned ('blocked the policy') in English but allowed ('permitió') in Spanish"),
    ("The county declared a burn ban.", "El condado levantó la prohibición de quemas.", "levantó la prohibición",
     "issued ('declared a burn ban') in English but lifted ('levantó la prohibición') in Spanish"),
    ("The hurricane was downgraded to a tropical storm.", "El huracán se intensificó a tormenta tropical.",
     "se intensificó", "weakened ('downgraded to') in English but strengthened ('se intensificó') in Spanish"),
    ("The outbreak is over, health officials said.", "El brote continúa, dijeron las autoridades de salud.",
     "continúa", "ended ('is over') in English but ongoing ('continúa') in Spanish"),
    ("The DACA recipient was allowed to stay.", "El beneficiario de DACA fue deportado.", "deportado",
     "allowed to stay in English but deported ('deportado') in Spanish"),
    ("The Spurs signed the guard to a two-year contract.", "Los Spurs despidieron al base con un contrato de dos años.",
     "despidieron", "hired ('to a two-year contract') in English but fired or laid off ('despidieron') in Spanish"),
    ("The game went into overtime.", "El partido terminó en el tiempo reglamentario.", "tiempo reglamentario",
     "overtime ('into overtime') in English but regulation ('tiempo reglamentario') in Spanish"),
    ("The match ended in a draw.", "El partido terminó con una victoria local.", "victoria local",
     "tie ('ended in a draw') in English but decided ('victoria local') in Spanish"),
    ("The route will be discontinued in March.", "La ruta se ampliará en marzo.", "ampliará",
     "cut ('discontinued') in English but expanded ('ampliará') in Spanish"),
    ("Service will run every 15 minutes during rush hour.",
     "El servicio pasará cada 15 minutos fuera de las horas pico.", "fuera de las horas pico",
     "peak ('rush hour') in English but off-peak ('fuera de las horas pico') in Spanish"),
    ("Buses will run on a holiday schedule.", "Los autobuses funcionarán con horario normal.", "horario normal",
     "holiday schedule in English but regular schedule ('horario normal') in Spanish"),
    ("Flood waters are receding.", "El agua de la inundación sigue subiendo.", "sigue subiendo",
     "fell ('receding') in English but rose ('sigue subiendo') in Spanish"),
    ("The dam held.", "La presa se rompió.", "presa se rompió",
     "dam held in English but dam breached ('presa se rompió') in Spanish"),
    ("The tornado touched down near the school.", "El tornado tocó tierra lejos de la escuela.", "lejos de la",
     "near ('near the') in English but far from ('lejos de la') in Spanish"),
    ("Shelters are at capacity.", "Los refugios tienen lugares disponibles.", "lugares disponibles",
     "full ('at capacity') in English but space available ('lugares disponibles') in Spanish"),
    ("The storm spawned three tornadoes.", "La tormenta generó tres inundaciones.", "inundaciones",
     "tornado ('tornadoes') in English but flood ('inundaciones') in Spanish"),
    ("The defendant was found competent to stand trial.", "El acusado fue declarado incompetente para ser juzgado.",
     "incompetente", "competent ('found competent') in English but incompetent ('incompetente') in Spanish"),
    # where a person is held; who may apply
    ("The suspect is being held at the county jail.", "El sospechoso está detenido en la prisión federal.", "federal",
     "county jail in English but federal in Spanish"),
    ("Only residents of the city can apply.", "Cualquier persona puede presentar su solicitud.", "Cualquier persona",
     "only residents in English but anyone ('Cualquier persona') in Spanish"),
    # a schedule's line, with no verb
    ("Pools: closed until Jan. 2.", "Piscinas: abiertas hasta el 2 de enero.", "abiertas hasta",
     "closed until in English but open until ('abiertas hasta') in Spanish"),
    # a win or a loss counted
    ("It was the team's first win since 2019.", "Fue la primera derrota del equipo desde 2019.", "la primera derrota",
     "win ('first win') in English but defeat ('la primera derrota') in Spanish"),
    ("The Tigers suffered their third straight loss.", "Los Tigres lograron su tercera victoria consecutiva.",
     "su tercera victoria",
     "defeat ('their third straight loss') in English but win ('su tercera victoria') in Spanish"),
    ("The medical examiner ruled the death a suicide.", "El médico forense dictaminó que la muerte fue un homicidio.",
     "homicidio", "suicide in English but homicide ('homicidio') in Spanish"),
    ("Police said the shooting was accidental.", "La policía dijo que el disparo fue intencional.", "intencional",
     "accidental in English but intentional ('intencional') in Spanish"),
    ("The couple married in 2015.", "La pareja se divorció en 2015.", "divorció",
     "married in English but divorced ('divorció') in Spanish"),
    ("A pickup truck crashed into the store.", "Una motocicleta se estrelló contra la tienda.", "motocicleta",
     "car ('pickup truck') in English but motorcycle ('motocicleta') in Spanish"),
    ("The man was riding a bicycle when he was hit.", "El hombre iba en motocicleta cuando fue atropellado.",
     "motocicleta", "bicycle in English but motorcycle ('motocicleta') in Spanish"),
    ("It was the first time the city hosted the event.", "Fue la última vez que la ciudad organizó el evento.",
     "la última vez", "first ('the first time') in English but last ('la última vez') in Spanish"),
    # the first of a series said the last
    ("The county reported the first flu death of the season.",
     "El condado reportó la última muerte por gripe de la temporada.",
     "la última", "first ('the first') in English but last ('la última') in Spanish"),
    ("The primary election is set for March 5.", "La elección general está programada para el 5 de marzo.",
     "elección general", "primary election in English but general election ('elección general') in Spanish"),
    ("Early voting begins Monday.", "El día de las elecciones es el lunes.", "día de las elecciones",
     "early voting in English but election day ('día de las elecciones') in Spanish"),
    ("The outbreak of measles has grown to 30 cases.", "El brote de varicela ha crecido a 30 casos.", "varicela",
     "measles in English but chickenpox ('varicela') in Spanish"),
    ("Two patients are in the ICU.", "Dos pacientes están en la sala de emergencias.", "sala de emergencias",
     "intensive care ('ICU') in English but emergency room ('sala de emergencias') in Spanish"),
    ("The company bought the factory last year.", "La empresa vendió la fábrica el año pasado.", "vendió",
     "bought in English but sold ('vendió') in Spanish"),
    ("She graduated from high school in 2010.", "Abandonó la escuela preparatoria en 2010.", "Abandonó la escuela",
     "graduated in English but dropped out ('Abandonó la escuela') in Spanish"),
    ("She was predeceased by her husband, Juan.", "Le sobrevive su esposo, Juan.", "Le sobrevive",
     "predeceased ('predeceased by') in English but survived by ('Le sobrevive') in Spanish"),
    ("The team advanced to the quarterfinals on Saturday.", "El equipo avanzó a las semifinales el sábado.",
     "semifinales", "quarterfinals in English but semifinals ('semifinales') in Spanish"),
    ("She won a gold medal in Tokyo.", "Ganó una medalla de plata en Tokio.", "medalla de plata",
     "gold medal in English but silver medal ('medalla de plata') in Spanish"),
    ("The nonprofit runs three shelters.", "La empresa con fines de lucro administra tres refugios.",
     "con fines de lucro", "nonprofit in English but for-profit ('con fines de lucro') in Spanish"),
    ("The police chief resigned last week.", "El jefe de policía fue despedido la semana pasada.", "despedido",
     "resigned in English but fired or laid off ('despedido') in Spanish"),
    ("The superintendent was fired on Tuesday.", "El superintendente renunció el martes.", "renunció",
     "fired or laid off ('was fired') in English but resigned ('renunció') in Spanish"),
    ("Street vendors can sell food with a permit from the city.",
     "Los vendedores ambulantes pueden vender comida sin un permiso de la ciudad.", "sin un permiso",
     "with ('with a permit') in English but without ('sin un permiso') in Spanish"),
    ("He was driving without a license, police said.", "Conducía con licencia, dijo la policía.", "con licencia",
     "without ('without a license') in English but with ('con licencia') in Spanish"),
    ("The board named Luis Peña interim superintendent.", "La junta nombró a Luis Peña superintendente permanente.",
     "permanente", "temporary ('interim') in English but permanent ('permanente') in Spanish"),
    ("The earthquake shook the region on Monday.", "El huracán sacudió la región el lunes.", "huracán",
     "earthquake in English but hurricane ('huracán') in Spanish"),
    ("The tornado touched down near Waco.", "El huracán tocó tierra cerca de Waco.", "huracán",
     "tornado in English but hurricane ('huracán') in Spanish"),
    ("Tropical Storm Alberto will bring rain.", "El huracán Alberto traerá lluvia.", "huracán",
     "tropical storm in English but hurricane ('huracán') in Spanish"),
    ("The city council voted to raise property taxes.",
     "El concejo municipal votó para bajar los impuestos a la propiedad.", "para bajar los",
     "rose ('raise') in English but fell ('para bajar los') in Spanish"),
    ("The program serves low-income families.", "El programa atiende a familias de altos ingresos.",
     "de altos ingresos", "low-income in English but high-income ('de altos ingresos') in Spanish"),
    ("The bus driver was not injured.", "El conductor del autobús resultó herido.", "resultó herido",
     "unharmed ('was not injured') in English but injured ('resultó herido') in Spanish"),
    ("The driver was not seriously injured.", "El conductor resultó gravemente herido.", "gravemente herido",
     "lightly hurt or stable ('not seriously injured') in English but badly hurt ('gravemente herido') in Spanish"),
    ("Residents can apply online or by mail.", "Los residentes pueden solicitarlo en línea o en persona.",
     "en persona", "by mail in English but in person ('en persona') in Spanish"),
    ("The county opened a cooling center at the library.",
     "El condado abrió un centro de calefacción en la biblioteca.", "centro de calefacción",
     "hot ('cooling center') in English but cold ('centro de calefacción') in Spanish"),
    ("The man was sentenced to 20 years in federal prison.",
     "El hombre fue condenado a 20 años en una prisión estatal.", "estatal",
     "federal in English but state ('estatal') in Spanish"),
    ("He was sentenced to five years in federal prison.", "Fue condenado a cinco años de libertad condicional.",
     "libertad condicional", "prison ('in federal prison') in English but probation ('libertad condicional') in "
     "Spanish"),
    ("She scored the winning goal in overtime.", "Anotó el gol del empate en tiempo extra.", "gol del empate",
     "winning ('winning goal') in English but tying ('gol del empate') in Spanish"),
    ("The measure would ban smoking in bars.", "La medida permitiría fumar en los bares.", "permitiría",
     "banned ('would ban') in English but allowed ('permitiría') in Spanish"),
    ("The school board will meet in closed session.", "La junta escolar se reunirá en sesión pública.", "pública",
     "private ('closed session') in English but public ('pública') in Spanish"),
    ("Border Patrol agents found 12 migrants in a trailer.",
     "Agentes de la Patrulla Fronteriza encontraron a 12 migrantes en un autobús.", "autobús",
     "truck ('trailer') in English but bus ('autobús') in Spanish"),
    ("The drug reduced the risk of death by 30%.", "El medicamento aumentó el riesgo de muerte en un 30%.",
     "aumentó", "fell ('reduced the') in English but rose ('aumentó') in Spanish"),
    ("The union voted to strike.", "El sindicato votó en contra de la huelga.", "en contra",
     "supports ('voted to') in English but opposes ('en contra') in Spanish"),
    ("The council voted to reject the plan.", "El concejo votó a favor del plan.", "a favor",
     "opposes ('voted to reject') in English but supports ('a favor') in Spanish"),
    ("The property tax rate will go down.", "La tasa del impuesto a la propiedad subirá.", "subirá",
     "fell ('go down') in English but rose ('subirá') in Spanish"),
    ("The bill would lower the voting age to 16.", "El proyecto de ley aumentaría la edad para votar a 16 años.",
     "aumentaría", "fell ('would lower') in English but rose ('aumentaría') in Spanish"),
    ("The workers went on strike Monday.", "Los trabajadores terminaron la huelga el lunes.", "terminaron",
     "began ('went on strike') in English but ended ('terminaron') in Spanish"),
    ("The driver was cited for speeding.", "El conductor fue arrestado por exceso de velocidad.", "arrestado",
     "cited ('was cited') in English but arrested ('arrestado') in Spanish"),
    ("Most cases were mild.", "La mayoría de los casos fueron graves.", "graves",
     "mild in English but severe ('graves') in Spanish"),
    ("The apartment complex will have 200 affordable units.", "El complejo tendrá 200 unidades a precio de mercado.",
     "a precio de mercado", "affordable in English but market-rate ('a precio de mercado') in Spanish"),
    ("The eviction moratorium expires at the end of the month.",
     "La moratoria de desalojos se extendió hasta fin de mes.", "extendió",
     "expired ('expires') in English but postponed ('extendió') in Spanish"),
    ("The district has a shortage of bus drivers.", "El distrito tiene un exceso de conductores de autobús.",
     "exceso de", "shortage in English but surplus ('exceso de') in Spanish"),
    ("He was booked into the county jail.", "Fue liberado de la cárcel del condado.", "liberado",
     "arrested ('was booked into') in English but released ('liberado') in Spanish"),
    ("The case was dismissed with prejudice.", "El caso fue desestimado sin perjuicio.", "sin perjuicio",
     "with prejudice in English but without prejudice ('sin perjuicio') in Spanish"),
    ("The runoff election is scheduled for June 18.", "La elección general está programada para el 18 de junio.",
     "elección general", "runoff in English but general election ('elección general') in Spanish"),
    ("The recall effort failed.", "El intento de destitución tuvo éxito.", "tuvo éxito",
     "unsuccessful ('failed') in English but successful ('tuvo éxito') in Spanish"),
    ("The mayor appointed her to the board.", "La alcaldesa la destituyó de la junta.", "destituyó",
     "appointed in English but fired or laid off ('destituyó') in Spanish"),
    ("The concert is sold out.", "Todavía hay boletos disponibles para el concierto.", "Todavía hay boletos",
     "sold out in English but available ('Todavía hay boletos') in Spanish"),
    ("The Astros clinched a playoff spot.", "Los Astros quedaron eliminados de los playoffs.", "quedaron eliminados",
     "clinched in English but eliminated ('quedaron eliminados') in Spanish"),
    ("The bill passed the Senate on a party-line vote.",
     "El proyecto fue aprobado en el Senado con apoyo bipartidista.", "bipartidista",
     "party-line in English but bipartisan ('bipartidista') in Spanish"),
    ("The store is hiring seasonal workers.", "La tienda está contratando trabajadores permanentes.", "permanentes",
     "temporary ('seasonal') in English but permanent ('permanentes') in Spanish"),
    ("The student was suspended for three days.", "El estudiante fue expulsado por tres días.", "expulsado",
     "suspended in English but expelled ('expulsado') in Spanish"),
    ("Officials urged residents to evacuate.",
     "Las autoridades pidieron a los residentes que se refugiaran en sus casas.", "se refugiaran en sus casas",
     "evacuate in English but shelter in place ('se refugiaran en sus casas') in Spanish"),
    ("The school district will require masks.", "El distrito escolar recomendará el uso de mascarillas.",
     "recomendará", "required ('will require') in English but recommended ('recomendará') in Spanish"),
    ("The survey found that most residents support the plan.",
     "La encuesta encontró que la mayoría de los residentes rechaza el plan.", "rechaza",
     "supports ('support') in English but opposes ('rechaza') in Spanish"),
    ("A federal judge blocked the policy on Friday.", "Un juez estatal bloqueó la política el viernes.",
     "estatal", "federal in English but state ('estatal') in Spanish"),
    ("She was sentenced to five years in prison.", "Fue sentenciada a cinco años de libertad condicional.",
     "libertad condicional", "prison ('in prison') in English but probation ('libertad condicional') in Spanish"),
    ("He was sentenced to 10 years in federal prison.", "Fue sentenciado a 10 años de libertad condicional.",
     "libertad condicional",
     "prison ('in federal prison') in English but probation ('libertad condicional') in Spanish"),
    ("The board voted 4-3 to close two schools.", "La junta votó 4-3 para abrir dos escuelas.", "para abrir",
     "closed ('to close') in English but opened ('para abrir') in Spanish"),
    ("The program is free for residents.", "El programa tiene un costo para los residentes.", "tiene un costo",
     "free in English but paid ('tiene un costo') in Spanish"),
    ("The school will close at noon because of the heat.", "La escuela cerrará al mediodía a pesar del calor.",
     "a pesar del", "because in English but despite ('a pesar del') in Spanish"),
    # a casualty denied: "no resultó herido" is unharmed, "No one died" alive
    ("The driver was injured, police said.", "El conductor no resultó herido, dijo la policía.", "no resultó herido",
     "injured ('was injured') in English but unharmed ('no resultó herido') in Spanish"),
    ("No one died in the fire.", "Todos murieron en el incendio.", "murieron",
     "alive ('No one died') in English but dead ('murieron') in Spanish"),
    ("The measure would expand access to mental health care.",
     "La medida limitaría el acceso a la atención de salud mental.", "limitaría",
     "expanded ('expand') in English but restricted ('limitaría') in Spanish"),
    ("The family has lived in the United States legally for a decade.",
     "La familia ha vivido en Estados Unidos sin documentos durante una década.", "sin documentos",
     "documented ('lived in the United States legally') in English but undocumented ('sin documentos') in Spanish"),
    ("The project is two years behind schedule.", "El proyecto lleva dos años de adelanto.", "de adelanto",
     "behind schedule in English but ahead of schedule ('de adelanto') in Spanish"),
    ("The plane landed safely in Miami.", "El avión se estrelló en Miami.", "se estrelló",
     "landed safely in English but crashed ('se estrelló') in Spanish"),
    ("Stocks closed higher on Friday.", "Las acciones cerraron a la baja el viernes.", "cerraron a la baja",
     "rose ('closed higher') in English but fell ('cerraron a la baja') in Spanish"),
    ("The council voted to raise property taxes.", "El concejo votó para reducir los impuestos a la propiedad.",
     "reducir", "rose ('raise') in English but fell ('reducir') in Spanish"),
    # a person killed said injured, a cause said as a concession, a ban said as a permission
    ("The driver was killed at the scene, police said.", "El conductor resultó herido en el lugar, dijo la policía.",
     "resultó herido", "dead ('killed') in English but injured ('resultó herido') in Spanish"),
    ("The passenger was injured in the crash.", "El pasajero murió en el choque.",
     "murió", "injured ('was injured') in English but dead ('murió') in Spanish"),
    ("The school was closed because of the storm.", "La escuela cerró a pesar de la tormenta.",
     "a pesar de", "because in English but despite ('a pesar de') in Spanish"),
    ("The game went ahead despite the rain.", "El partido se jugó debido a la lluvia.",
     "debido a", "despite in English but because ('debido a') in Spanish"),
    ("The city banned parking on Main Street during the festival.",
     "La ciudad permitió estacionar en la calle Main durante el festival.",
     "permitió", "banned in English but allowed ('permitió') in Spanish"),
    ("The new law allows residents to keep chickens.", "La nueva ley prohíbe a los residentes tener gallinas.",
     "prohíbe", "allowed ('allows') in English but banned ('prohíbe') in Spanish"),
    # a sentence, a road closed both ways, a moment
    ("The man was sentenced to life in prison.", "El hombre fue condenado a muerte.", "condenado a muerte",
     "life in prison ('sentenced to life') in English but death penalty ('condenado a muerte') in Spanish"),
    ("Prosecutors will seek the death penalty.", "La fiscalía pedirá cadena perpetua.", "cadena perpetua",
     "death penalty in English but life in prison ('cadena perpetua') in Spanish"),
    ("The road will be closed in both directions.", "La carretera estará cerrada en dirección norte.",
     "dirección norte", "both directions in English but one direction ('dirección norte') in Spanish"),
    ("The shooting happened shortly before midnight.", "El tiroteo ocurrió poco después de la medianoche.",
     "poco después", "before ('shortly before') in English but after ('poco después') in Spanish"),
    ("The meeting will be held before the election.", "La reunión se celebrará después de las elecciones.",
     "después de las", "before ('before the') in English but after ('después de las') in Spanish"),
    ("He resigned after the vote.", "Renunció antes de la votación.",
     "antes de la", "after ('after the') in English but before ('antes de la') in Spanish"),
    ("She was arrested after she left the bar.", "Fue arrestada antes de que saliera del bar.",
     "antes de que", "after ('after she') in English but before ('antes de que') in Spanish"),
    # complete against partial, an entrance against an exit, imports against exports, a men's team against a
    # women's, early against late, high tide against low tide
    ("Customers will receive a full refund.", "Los clientes recibirán un reembolso parcial.",
     "parcial", "complete ('full refund') in English but partial ('parcial') in Spanish"),
    ("The home was partially destroyed.", "La casa quedó totalmente destruida.",
     "totalmente", "partial ('partially') in English but complete ('totalmente') in Spanish"),
    ("Use the north entrance.", "Use la salida norte.", "salida", "entrance in English but exit ('salida') in Spanish"),
    ("Imports fell sharply in March.", "Las exportaciones cayeron bruscamente en marzo.",
     "exportaciones", "imports in English but exports ('exportaciones') in Spanish"),
    ("The men's basketball team won the title.", "El equipo femenino de baloncesto ganó el título.",
     "femenino", "men's in English but women's ('femenino') in Spanish"),
    ("The store will close early on Friday.", "La tienda cerrará tarde el viernes.",
     "tarde", "early in English but late ('tarde') in Spanish"),
    ("Rent increases are capped at 5% a year.", "Los aumentos de alquiler tienen un mínimo del 5 % al año.",
     "mínimo", "maximum ('capped at') in English but minimum ('mínimo') in Spanish"),
    ("High tide is expected at 6 a.m.", "Se espera la marea baja a las 6 a.m.",
     "marea baja", "high tide in English but low tide ('marea baja') in Spanish"),
    # praise said as criticism, sunset as sunrise, free as low cost, on the run as captured, a program expanded as
    # cut, a deadline put off as shortened, higher than expected as lower, safe to drink as not, free as not free,
    # an emergency declared as lifted, an obligation as none
    ("The mayor praised the decision.", "El alcalde criticó la decisión.",
     "criticó", "praised in English but criticized ('criticó') in Spanish"),
    ("The park closes at sunset.", "El parque cierra al amanecer.",
     "amanecer", "sunset in English but sunrise ('amanecer') in Spanish"),
    ("The clinic offers free flu shots.", "La clínica ofrece vacunas contra la gripe a bajo costo.",
     "a bajo costo", "free in English but low cost ('a bajo costo') in Spanish"),
    ("The suspect is still at large.", "El sospechoso ya fue capturado.",
     "fue capturado", "escaped ('at large') in English but arrested ('fue capturado') in Spanish"),
    ("The program was expanded.", "El programa fue recortado.",
     "recortado", "expanded in English but cut ('recortado') in Spanish"),
    ("The deadline was extended to Friday.", "El plazo se acortó al viernes.",
     "se acortó", "postponed ('extended') in English but shortened ('se acortó') in Spanish"),
    ("Turnout was higher than expected.", "La participación fue menor de lo esperado.",
     "menor de lo esperado", "higher ('higher than') in English but lower ('menor de lo esperado') in Spanish"),
    ("Officials said the water is not safe to drink.", "Las autoridades dijeron que el agua es potable.",
     "es potable", "dangerous ('not safe') in English but safe ('es potable') in Spanish"),
    ("The event is free and open to the public.", "El evento no es gratuito y está abierto al público.",
     "no es gratuito", "free in English but paid ('no es gratuito') in Spanish"),
    ("The governor declared a state of emergency.", "El gobernador levantó el estado de emergencia.",
     "levantó el estado",
     "issued ('declared a state of emergency') in English but lifted ('levantó el estado') in Spanish"),
    ("Students must wear uniforms.", "Los estudiantes no tienen que usar uniforme.",
     "no tienen que", "must in English but need not ('no tienen que') in Spanish"),
    # an ending said as still going on, a target missed as beaten, a small crowd as a large one, a freeze as a rise
    ("The outbreak has ended, officials said.", "El brote continúa, dijeron las autoridades.",
     "continúa", "ended ('has ended') in English but ongoing ('continúa') in Spanish"),
    ("The company missed its earnings target.", "La empresa superó su meta de ganancias.",
     "superó su meta",
     "fell short ('missed its earnings target') in English but beat expectations ('superó su meta') in Spanish"),
    ("The rally drew a small crowd.", "El mitin atrajo a una gran multitud.",
     "gran multitud", "small crowd in English but large crowd ('gran multitud') in Spanish"),
    ("The city will freeze property taxes.", "La ciudad aumentará los impuestos a la propiedad.",
     "aumentará", "unchanged ('will freeze') in English but rose ('aumentará') in Spanish"),
    # a vote unanimous said by its count, bail set said denied, hours late said early, urged said ordered
    ("The council voted unanimously to approve the plan.", "El concejo aprobó el plan por 4 votos contra 3.",
     "votos contra", "unanimous ('unanimously') in English but divided ('votos contra') in Spanish"),
    ("The woman is being held on $1 million bail.", "La mujer está detenida sin derecho a fianza.",
     "sin derecho a fianza", "bail set ('million bail') in English but no bail ('sin derecho a fianza') in Spanish"),
    ("Schools will open two hours late Tuesday.", "Las escuelas abrirán dos horas antes el martes.",
     "horas antes", "after ('hours late') in English but before ('horas antes') in Spanish"),
    ("Officials urged residents to conserve water.", "Las autoridades ordenaron a los residentes ahorrar agua.",
     "ordenaron", "recommended ('urged') in English but required ('ordenaron') in Spanish"),
    ("The pool is open to members only.", "La piscina está abierta a todo el público.", "público",
     "private ('members only') in English but public ('público') in Spanish"),
    ("The shelter has reached capacity.", "El refugio tiene espacio disponible.", "tiene espacio",
     "full ('reached capacity') in English but space available ('tiene espacio') in Spanish"),
    ("The road is expected to remain closed through the weekend.",
     "Se espera que la carretera reabra el fin de semana.", "reabra",
     "closed ('remain closed through') in English but opened ('reabra') in Spanish"),
    ("The injuries are not life-threatening.", "Las lesiones ponen en peligro su vida.", "ponen en peligro su vida",
     "lightly hurt or stable ('not life-threatening') in English but badly hurt ('ponen en peligro su vida') in "
     "Spanish"),
    ("The school will start classes an hour later next year.",
     "La escuela comenzará las clases una hora antes el próximo año.",
     "hora antes", "after ('hour later') in English but before ('hora antes') in Spanish"),
    ("He was sentenced to life without parole.",
     "Fue condenado a cadena perpetua con posibilidad de libertad condicional.",
     "con posibilidad de libertad condicional",
     "without parole in English but with parole ('con posibilidad de libertad condicional') in Spanish"),
    ("The measure needs a two-thirds majority to pass.", "La medida necesita una mayoría simple para ser aprobada.",
     "mayoría simple", "two-thirds majority in English but simple majority ('mayoría simple') in Spanish"),
    # heat said cold, a doubling said halved, found safe said dead, a wide margin said narrow
    ("The hospital treated 12 patients for heat-related illness.",
     "El hospital atendió a 12 pacientes por enfermedades relacionadas con el frío.",
     "frío", "hot ('heat-related') in English but cold ('frío') in Spanish"),
    ("Ticket prices will double next year.", "Los precios de los boletos se reducirán a la mitad el próximo año.",
     "se reducirán a la mitad", "rose ('will double') in English but fell ('se reducirán a la mitad') in Spanish"),
    ("The girl was found safe Wednesday.", "La niña fue encontrada muerta el miércoles.",
     "muerta", "alive ('found safe') in English but dead ('muerta') in Spanish"),
    ("Voters approved the school bond by a wide margin.",
     "Los votantes aprobaron el bono escolar por un estrecho margen.",
     "estrecho margen", "wide margin in English but narrow margin ('estrecho margen') in Spanish"),
    # a denial said as a confirmation, an exception said as an inclusion
    ("The company denied the allegations.", "La empresa confirmó las acusaciones.",
     "confirmó", "denied in English but confirmed ('confirmó') in Spanish"),
    ("The new policy applies to all city employees except police officers.",
     "La nueva política se aplica a todos los empleados de la ciudad, incluidos los agentes de policía.",
     "incluidos", "except in English but including ('incluidos') in Spanish"),
    # a test result, a game's venue, a level against normal, a surrender said as an escape
    ("The patient tested negative for the virus.", "El paciente dio positivo al virus.",
     "dio positivo", "negative ('tested negative') in English but positive ('dio positivo') in Spanish"),
    ("The Spurs won at home on Friday.", "Los Spurs ganaron como visitantes el viernes.",
     "como visitantes", "at home in English but away ('como visitantes') in Spanish"),
    ("Water levels at the lake are below normal.", "Los niveles de agua del lago están por encima de lo normal.",
     "por encima de lo normal", "below normal in English but above normal ('por encima de lo normal') in Spanish"),
    ("The suspect surrendered to police.", "El sospechoso escapó de la policía.",
     "escapó", "surrendered in English but escaped ('escapó') in Spanish"),
    # unchanged said changed, a comparison turned, a fall said in "declined", an expiry said as a renewal
    ("The Fed left interest rates unchanged on Wednesday.", "La Fed subió las tasas de interés el miércoles.",
     "subió", "unchanged in English but rose ('subió') in Spanish"),
    ("Turnout was higher than in the last midterm election.",
     "La participación fue menor que en las últimas elecciones intermedias.",
     "menor que", "higher ('higher than') in English but lower ('menor que') in Spanish"),
    ("Enrollment declined for the third year in a row.", "La matrícula aumentó por tercer año consecutivo.",
     "aumentó", "fell ('declined') in English but rose ('aumentó') in Spanish"),
    ("The agreement expires at the end of the month.", "El acuerdo se renovó a finales de mes.",
     "renovó", "expired ('expires') in English but renewed ('renovó') in Spanish"),
    # an employee on leave said fired, a rule to be enforced said dropped
    ("The teacher was placed on paid leave.", "El maestro fue despedido.",
     "despedido",
     "on leave ('placed on paid leave') in English but fired or laid off ('despedido') in Spanish"),
    ("The city will begin enforcing the rule next month.", "La ciudad dejará de aplicar la regla el próximo mes.",
     "dejará de", "began ('will begin') in English but ended ('dejará de') in Spanish"),
    # a patient, a vaccine, a storm, a suspect held, classes, a service
    ("The patient was discharged from the hospital on Tuesday.", "El paciente fue hospitalizado el martes.",
     "hospitalizado", "discharged in English but hospitalized ('hospitalizado') in Spanish"),
    ("The measles case was confirmed in an unvaccinated child.",
     "El caso de sarampión se confirmó en un niño vacunado.",
     "vacunado", "unvaccinated in English but vaccinated ('vacunado') in Spanish"),
    ("The storm weakened as it moved inland.", "La tormenta se intensificó al avanzar tierra adentro.",
     "se intensificó", "weakened in English but strengthened ('se intensificó') in Spanish"),
    ("The suspect is in custody.", "El sospechoso sigue prófugo.",
     "prófugo", "arrested ('is in custody') in English but escaped ('prófugo') in Spanish"),
    ("Classes were canceled on Friday.", "Las clases se reanudaron el viernes.",
     "se reanudaron", "cancelled ('canceled') in English but resumed ('se reanudaron') in Spanish"),
    ("Water service was restored Monday.", "El servicio de agua fue cortado el lunes.",
     "cortado", "restored in English but cut off ('cortado') in Spanish"),
    ("The candidate is leading in the polls.", "El candidato va perdiendo en las encuestas.",
     "va perdiendo", "ahead ('leading') in English but behind ('va perdiendo') in Spanish"),
    ("The river is expected to crest Thursday below flood stage.",
     "Se espera que el río alcance su nivel máximo el jueves por encima del nivel de inundación.",
     "por encima del nivel de inundación",
     "below normal ('below flood stage') in English but above normal ('por encima del nivel de inundación') in "
     "Spanish"),
    # a condition with a negative prefix, or denied
    ("Police shot an unarmed man.", "La policía disparó contra un hombre armado.",
     "armado", "unarmed in English but armed ('armado') in Spanish"),
    ("The procedure was performed by an unlicensed surgeon.",
     "El procedimiento fue realizado por un cirujano autorizado.",
     "autorizado", "without ('unlicensed') in English but authorized ('autorizado') in Spanish"),
    ("The victim has not been identified.", "La víctima fue identificada.",
     "identificada", "unidentified ('not been identified') in English but identified ('identificada') in Spanish"),
    ("Reports of a second shooter are unconfirmed.", "Los reportes de un segundo tirador fueron confirmados.",
     "confirmados", "unconfirmed in English but confirmed ('confirmados') in Spanish"),
    ("Investigators confirmed the cause of the fire.", "Los investigadores no confirmaron la causa del incendio.",
     "no confirmaron", "confirmed in English but unconfirmed ('no confirmaron') in Spanish"),
    ("The driver was found unconscious.", "El conductor fue encontrado consciente.",
     "consciente", "unconscious in English but conscious ('consciente') in Spanish"),
    ("The rescue attempt was unsuccessful.", "El intento de rescate fue exitoso.",
     "exitoso", "unsuccessful in English but successful ('exitoso') in Spanish"),
    ("The court ruled the law unconstitutional.", "El tribunal declaró constitucional la ley.",
     "constitucional", "unconstitutional in English but constitutional ('constitucional') in Spanish"),
    ("About 2,000 residents are not eligible for the program.",
     "Unos 2.000 residentes son elegibles para el programa.",
     "elegibles", "ineligible ('are not eligible') in English but eligible ('elegibles') in Spanish"),
    ("Unaccompanied minors crossed the border.", "Menores acompañados cruzaron la frontera.",
     "acompañados", "unaccompanied in English but accompanied ('acompañados') in Spanish"),
    ("The protest was peaceful.", "La protesta fue violenta.",
     "violenta", "peaceful in English but violent ('violenta') in Spanish"),
    ("A bus hit a pedestrian on Main Street.", "Un carro atropelló a un peatón en la calle Main.",
     "carro", "bus in English but car ('carro') in Spanish"),
    ("The plane crashed near the airport.", "El helicóptero se estrelló cerca del aeropuerto.",
     "helicóptero", "plane in English but helicopter ('helicóptero') in Spanish"),
    ("The teen will be charged as an adult.", "El adolescente será procesado como menor.",
     "como menor", "as an adult in English but as a juvenile ('como menor') in Spanish"),
    ("The council passed a binding resolution.", "El concejo aprobó una resolución no vinculante.",
     "no vinculante", "required ('binding') in English but optional ('no vinculante') in Spanish"),
    ("The company plans to lay off 200 workers.", "La empresa planea contratar a 200 trabajadores.", "contratar",
     "fired or laid off ('lay off') in English but hired ('contratar') in Spanish"),
    ("The suspect turned himself in to police on Monday.", "El sospechoso fue capturado por la policía el lunes.",
     "fue capturado", "surrendered ('turned himself in') in English but arrested ('fue capturado') in Spanish"),
    ("Residents can drop off hazardous waste for free.", "Los residentes pueden dejar los desechos peligrosos por "
     "una tarifa.", "por una tarifa", "free ('for free') in English but paid ('por una tarifa') in Spanish"),
    ("The event was canceled because of the storm.", "El evento se llevó a cabo a pesar de la tormenta.",
     "se llevó a cabo", "cancelled ('canceled') in English but held ('se llevó a cabo') in Spanish"),
    ("The pool opens at 8 a.m.", "La piscina cierra a las 8 a.m.", "cierra",
     "opened ('opens') in English but closed ('cierra') in Spanish"),
    ("The store will stop selling tobacco next year.", "La tienda comenzará a vender tabaco el próximo año.",
     "comenzará", "ended ('will stop selling') in English but began ('comenzará') in Spanish"),
    ("The company halted production in March.", "La empresa reanudó la producción en marzo.", "reanudó",
     "suspended ('halted') in English but resumed ('reanudó') in Spanish"),
    ("The boil-water notice was lifted Monday.", "El aviso de hervir el agua sigue vigente el lunes.", "sigue vigente",
     "lifted in English but issued ('sigue vigente') in Spanish"),
    ("The store is hiring seasonal workers.", "La tienda está despidiendo a trabajadores temporales.", "despidiendo",
     "hired ('hiring') in English but fired or laid off ('despidiendo') in Spanish"),
    ("The school was placed on lockdown as a precaution.", "La escuela fue evacuada como precaución.", "evacuada",
     "shelter in place ('placed on lockdown') in English but evacuate ('evacuada') in Spanish"),
    ("The suspect was released without charges.", "El sospechoso fue liberado con cargos.", "liberado con cargos",
     "charges dropped ('released without charges') in English but charges filed ('liberado con cargos') in Spanish"),
    ("The district expects enrollment to grow.", "El distrito espera que la matrícula disminuya.", "disminuya",
     "rose ('to grow') in English but fell ('disminuya') in Spanish"),
    ("The injured officer is expected to make a full recovery.", "Se espera que el oficial herido muera.", "muera",
     "alive ('make a full recovery') in English but dead ('muera') in Spanish"),
    # a person found, and how
    ("Officers found the missing girl safe.", "Los agentes encontraron muerta a la niña desaparecida.", "muerta",
     "alive ('safe') in English but dead ('muerta') in Spanish"),
    ("The missing hiker was found dead.", "El excursionista desaparecido fue encontrado a salvo.", "a salvo",
     "dead in English but alive ('a salvo') in Spanish"),
    # a body's decision to keep a rule or a program, or to end it
    ("The school board voted to keep the mask mandate.", "La junta escolar votó para eliminar el mandato de "
     "mascarillas.", "votó para eliminar", "kept ('voted to keep') in English but abolished ('votó para eliminar') in"
     " Spanish"),
    ("The council decided to eliminate the fee.", "El concejo decidió mantener la tarifa.", "decidió mantener",
     "abolished ('decided to eliminate') in English but kept ('decidió mantener') in Spanish"),
    # a state with its bound ("reabrirá hasta el lunes", an opening, is left unread)
    ("The museum will be closed through the end of the month.", "El museo estará abierto hasta fin de mes.",
     "estará abierto hasta", "closed until ('be closed through') in English but open until ('estará abierto hasta')"
     " in Spanish"),
    ("The pool is open until 9 p.m.", "La piscina permanece cerrada hasta las 9 p.m.", "permanece cerrada hasta",
     "open until ('is open until') in English but closed until ('permanece cerrada hasta') in Spanish"),
    ("The road will be closed until further notice.", "La carretera estará abierta.", "abierta",
     "closed ('be closed until') in English but opened ('abierta') in Spanish"),
])
def test_an_event_said_the_other_way_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.text, finding.message) == ("decision-mismatch", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The bridge will reopen Friday, officials said.", "El puente reabrirá el viernes, dijeron las autoridades."),
    ("The bridge reopened to traffic on Monday.", "El puente volvió a abrirse al tráfico el lunes."),
    ("Air quality is improving, officials said.", "La calidad del aire está mejorando, dijeron las autoridades."),
    ("The best option is to stay home.", "La mejor opción es quedarse en casa."),  # "mejor" is better, no change
    ("Home prices keep rising.", "Los precios de las viviendas siguen subiendo."),
    ("The suspect remained in jail on Monday.", "El sospechoso permaneció en la cárcel el lunes."),
    ("He was arrested in May and released on bond two days later.",
     "Fue arrestado en mayo y liberado bajo fianza dos días después."),
    ("No one has died, officials said.", "Nadie ha muerto, dijeron las autoridades."),  # negations are not read
    ("The store will stay open until 9 p.m.", "La tienda seguirá funcionando hasta las 9 p. m."),  # one side only
    ("He declined to comment, and sales fell.", "Se negó a comentar, y las ventas cayeron."),
    # an opening or a closing with a bound is closed until then and open from then, which either word says
    ("The store will not reopen until Monday.", "La tienda permanecerá cerrada hasta el lunes."),
    ("The store will remain closed until Monday.", "La tienda reabrirá el lunes."),
    ("The store will not reopen before Monday.", "La tienda reabrirá después del lunes."),
    ("The store will not reopen until Monday.", "La tienda estará cerrada hasta el lunes."),
    ("He turned himself in and was taken into custody.", "Se entregó y fue capturado."),
    ("The store stopped selling tobacco.", "La tienda dejó de vender tabaco."),
    ("Prices are expected to rise.", "Se espera que los precios aumenten."),
    ("The officer is expected to survive.", "Se espera que el oficial sobreviva."),
    ("The boil-water notice remains in effect.", "El aviso de hervir el agua sigue vigente."),
    ("The festival, which took place in May, was canceled this year.",
     "El festival, que tuvo lugar en mayo, fue cancelado este año."),
    ("The store is open until 9 p.m.", "La tienda está abierta hasta las 9 p. m."),
    # "early" and "late" away from their verb, "total" alone, "importa": matters
    ("Early voting begins Monday, the late mayor's son said.", "La votación anticipada comienza el lunes, dijo el hijo "
     "del difunto alcalde. Más tarde habló."),
    ("The store will close early on Friday.", "La tienda cerrará más temprano el viernes."),
    ("A total of 300 homes were damaged, and exports matter.", "Un total de 300 viviendas resultaron dañadas, y lo que "
     "importa son las exportaciones."),
    # "before" as "in front of" ("ante"), and the end of a period, say no moment before another
    ("The suspect appeared before the judge after his arrest.", "El sospechoso compareció ante el juez tras su "
     "arresto."),
    ("Before the storm, residents stocked up on water.",
     "Antes de la tormenta, los residentes se abastecieron de agua."),
    ("Stocks recovered shortly before the end of the vote.", "Las acciones se recuperaron a finales de la votación, "
     "después de que se anunciara el resultado."),
    # adjectives and a direction are no events ("increasing demand", "presión a la baja")
    ("Increasing demand and a rising dollar put downward pressure on stocks.",
     "La creciente demanda y el avance del dólar presionaron a la baja a las acciones."),
    ("The plane landed safely in Miami.", "El avión aterrizó sin problemas en Miami."),
    ("The new law expands access to abortion.", "La nueva ley amplía el acceso al aborto."),
    ("The city extended the deadline to Friday.", "La ciudad amplió el plazo hasta el viernes."),  # put off
    ("Spain borders France, and the plan would expand trade.", "España limita con Francia, y el plan ampliaría el "
     "comercio."),  # "limita con" borders
    # a casualty denied by a negative subject or a "no" is none ("No one was injured" had read as injured)
    ("Neither driver was hurt.", "Ambos conductores salieron ilesos."),
    ("The driver escaped injury.", "El conductor no resultó herido."),
    ("No one was injured, police said.", "Nadie resultó herido, dijo la policía."),
    ("As with Mr Bean, no one has died.", "Como en Mr. Bean, nadie ha muerto."),
    ("This is not a dead man, it is an era which is over.", "No ha muerto un hombre sino una era."),
    # none against a count is the number rule's (one finding, not two)
    ("Two people were injured in the crash.", "Nadie resultó herido en el choque."),
    ("One of the drivers was injured.", "Ninguno de los conductores resultó herido."),
    ("Use a paper towel to turn off the faucet and open the door.",  # "cerrar el grifo" turns the water off
     "Use una toalla de papel para cerrar el grifo y abrir la puerta."),
    ("The Dow closed lower, while the Nasdaq ended higher.",  # a market's close, up or down
     "El Dow cerró a la baja, mientras que el Nasdaq terminó al alza."),
    ("Masks are required in public schools.", "El uso de mascarilla es obligatorio en las escuelas públicas."),
    # "en vivo" is live, not alive; a payment date is no paid service
    ("The shooting that killed two men was streamed live.",
     "El tiroteo en el que murieron dos hombres fue transmitido en vivo."),
    ("The free program's payment date is Monday.", "La fecha de pago del programa gratuito es el lunes."),
    ("Swimming is not allowed after dark.", "No se permite nadar después del anochecer."),
    ("Masks will not be permitted to replace vaccines.", "Las mascarillas estarán prohibidas como sustituto."),
    ("Health insurance is required.", "El seguro médico es obligatorio."),  # "seguro" is also insurance
    ("The victim was taken to University Medical Center in critical condition.",
     "La víctima fue trasladada en estado grave al University Medical Center."),
    ("The game was postponed because of rain.", "El partido fue aplazado por la lluvia."),
    ("The game was postponed because of rain.", "El partido fue postergado por la lluvia."),
    ("The concert was canceled after the singer fell ill.",
     "El concierto fue cancelado después de que el cantante se enfermó."),
    ("The driver was seriously injured and taken to a hospital.",
     "El conductor resultó herido de gravedad y fue llevado a un hospital."),
    ("The boy was hospitalized with non-life-threatening injuries.",
     "El niño fue hospitalizado con heridas leves."),
    ("Prices were stable, but the company is in critical condition.",  # "stable" alone is no victim's condition
     "Los precios se mantuvieron, pero la empresa está en estado crítico."),
    ("No appointment is required.", "No se requiere cita."),  # English denies on the noun
    ("No ID or proof of income is required at the clinic.", "En la clínica no se requiere identificación."),
    ("Formal dress was not mandatory.", "No era obligatorio vestir traje."),
    ("China had the lowest rate, and officials want to increase it.",
     "China tenía la tasa más baja, y las autoridades quieren aumentarla."),  # "baja" is low
    ("The governor lifted the curfew on Monday.", "El gobernador levantó la mano el lunes."),  # raised, no order
    ("The agency issued a statement and lifted the advisory.",
     "La agencia emitió un comunicado y levantó el aviso."),
    ("Polls close at 8 p.m.", "Las urnas cierran a las 8 p.m."),
    ("The driver was injured, but his passenger was unharmed.",
     "El conductor resultó herido, pero su pasajero salió ileso."),
    ("The water is safe to drink again.", "El agua vuelve a ser apta para el consumo."),
    ("Residents were told to stay indoors.", "Se pidió a los residentes permanecer dentro de sus casas."),
    ("The council met behind closed doors.", "El concejo se reunió a puerta cerrada."),
    ("Volunteers are required to attend a training.", "Se requiere que los voluntarios asistan a una capacitación."),
    ("No appointment needed.", "No se necesita cita previa."),
    ("An extraction step is not needed before the test.", "No se necesita un paso de extracción antes de la prueba."),
    ("Workers may telecommute if needed.", "Los trabajadores pueden teletrabajar si es necesario."),
    ("Volunteers are needed to sort donations.", "Se necesitan voluntarios para clasificar las donaciones."),
    ("Ana Gil is a freelance photographer.", "Ana Gil es fotógrafa independiente."),
    ("Undocumented immigrants can apply.", "Los inmigrantes sin papeles pueden solicitarlo."),
    ("She is a lawful permanent resident.", "Ella es residente legal permanente."),
    ("He sought asylum in the United States.", "Pidió asilo en Estados Unidos."),
    # "High Court" and "Tribunal Superior" name a supreme court in one country, an appeals court in another
    ("Her lawyers will appeal to the Supreme Court against the High Court order.",
     "Sus abogados apelarán ante el Tribunal Supremo contra la orden del Tribunal Superior."),
    ("The appeals court sent the case back to the district court.",
     "La corte de apelaciones devolvió el caso a la corte de distrito."),
    ("The city and the county will split the cost.", "La ciudad y el condado compartirán el costo."),
    ("Los Angeles County firefighters fought the brush fire.",
     "Bomberos del condado de Los Ángeles combatieron el incendio de maleza."),
    ("Rain will turn to snow overnight.", "La lluvia se convertirá en nieve durante la noche."),
    ("The game was delayed by lightning.", "El partido se retrasó por los relámpagos."),
    ("The Fed held interest rates steady.", "La Fed mantuvo estables las tasas de interés."),
    ("Growth slowed after a strong rebound.", "El crecimiento se desaceleró tras un fuerte repunte."),
    ("Prosecutors dropped the charges.", "La fiscalía retiró los cargos."),
    ("The restaurant passed its health inspection.", "El restaurante aprobó su inspección sanitaria."),
    ("The council passed the budget.", "El concejo aprobó el presupuesto."),
    ("It was a hit-and-run, police said.", "El conductor se dio a la fuga, dijo la policía."),
    ("Rural and urban schools got the same amount.", "Las escuelas urbanas y rurales recibieron lo mismo."),
    ("He will step down in January.", "Se retirará en enero."),  # ("se retiró": stepped down or retired)
    ("The retired teacher resigned from the board.", "La maestra jubilada renunció a la junta."),
    ("Thunderstorms brought heavy rain and hail.", "Las tormentas eléctricas trajeron fuertes lluvias y granizo."),
    ("Hail, thunderstorms and tornadoes are forms of severe weather.",
     "El pedrisco, las tormentas eléctricas y los tornados son formas del clima extremo."),  # (Spain's hail)
    ("The fog lifted and a ray of sunshine broke through.", "Se disipó la bruma y asomó un rayo de sol."),  # (no bolt)
    ("Expect partly sunny skies Saturday.", "Se esperan cielos parcialmente nublados el sábado."),  # (one sky)
    ("He was detained by ICE and deported to Honduras.", "Fue detenido por ICE y deportado a Honduras."),
    ("He was detained pending deportation.", "Está detenido en espera de su deportación."),
    ("Mail-in ballots must be postmarked by Election Day.",
     "Las boletas por correo deben tener matasellos del día de la elección."),
    ("The county will recount the votes.", "El condado hará un reconteo de los votos."),
    ("Bus and train service will be free on New Year's Eve.",
     "El servicio de autobús y tren será gratuito en Nochevieja."),
    ("Buses leave from the lot next to the railroad station.", "Los autobuses salen del lote junto a la estación de "
     "trenes."),
    ("The company emerged from bankruptcy in 2021.", "La empresa salió de la quiebra en 2021."),
    ("The plan has broad support despite limited funds.",
     "El plan tiene amplio apoyo a pesar de los fondos limitados."),
    ("The event will be held indoors.", "El evento se realizará bajo techo."),
    ("The woman was found unresponsive and later died.", "La mujer fue encontrada inconsciente y murió más tarde."),
    ("He was charged with aggravated assault.", "Fue acusado de asalto agravado."),
    ("The district will add two school days.", "El distrito agregará dos días escolares."),
    ("Pools: closed until Jan. 2.", "Piscinas: cerradas hasta el 2 de enero."),
    ("Tuition will be frozen for two years.", "La matrícula será congelada durante dos años."),
    ("The girl, reported missing Sunday, was found Monday.",
     "La niña, reportada como desaparecida el domingo, fue encontrada el lunes."),
    ("He was found guilty of murder.", "Fue declarado culpable de asesinato."),
    ("The mayor said the city would appeal the ruling.", "El alcalde dijo que la ciudad apelará el fallo."),
    ("The talks will continue after the strike ends.",
     "Las conversaciones continuarán después de que termine la huelga."),
    ("The road, closed until Monday, will reopen Tuesday.",
     "La carretera, cerrada hasta el lunes, reabrirá el martes."),
    ("\"We will keep working,\" she added.", "\"Seguiremos trabajando\", añadió."),
    ("Smaller classes help students, but larger schools save money.",
     "Las clases más pequeñas ayudan, pero las escuelas más grandes ahorran dinero."),
    ("Traffic was diverted while crews worked.", "El tráfico fue desviado mientras los equipos trabajaban."),
    ("Expect mostly cloudy skies and rain.", "Se esperan cielos mayormente nublados y lluvia."),
    ("The Tigers suffered their third straight loss.", "Los Tigres sufrieron su tercera derrota consecutiva."),
    ("The Tigers extended their winning streak to five.", "Los Tigres extendieron su racha ganadora a cinco."),
    ("It was the first time the team won since 2019.", "Fue la primera vez que el equipo ganó desde 2019."),
    ("The shooting was not intentional, police said.", "El disparo no fue intencional, dijo la policía."),
    ("They married in 2010 and divorced in 2015.", "Se casaron en 2010 y se divorciaron en 2015."),
    ("A car hit a man riding a bicycle.", "Un coche atropelló a un hombre que iba en bicicleta."),
    ("He was driving without a license.", "Conducía sin licencia."),
    ("He is survived by his wife; he was predeceased by a son.",
     "Le sobrevive su esposa; le precedió en la muerte un hijo."),
    ("She won a gold medal and two silver medals.", "Ganó una medalla de oro y dos medallas de plata."),
    ("The man survived the crash.", "El hombre sobrevivió al choque."),
    ("COVID-19 is not the flu, doctors said.", "El COVID-19 no es la gripe, dijeron los médicos."),
    ("The primary reason is cost.", "La razón principal es el costo."),  # "primary" alone is no election
    ("He bought the house and sold the car.", "Compró la casa y vendió el auto."),
    ("For the first time since 2019, the last time it rained here, the river rose.",
     "Por primera vez desde 2019, la última vez que llovió aquí, el río subió."),
    ("The chief resigned before he could be fired.", "El jefe renunció antes de que pudieran despedirlo."),
    ("The search was done with a warrant.", "El registro se hizo con una orden judicial."),
    ("She was named interim principal.", "Fue nombrada directora interina."),
    ("Residents were told to stay indoors.", "Se pidió a los residentes que no salieran de sus casas."),  # negated
    ("The state lifted the freeze on property taxes.", "El estado descongeló los impuestos a la propiedad."),  # a tax
    ("The state will pay for it, the federal agency said.", "El estado lo pagará, dijo la agencia federal."),
    ("He served three years in prison before his parole.",
     "Cumplió tres años de prisión antes de obtener la libertad condicional."),
    ("The fire was 40% contained on Sunday.", "El incendio tenía un 40 % de contención el domingo."),
    ("The fire destroyed 40 homes and damaged 12 others.", "El incendio destruyó 40 viviendas y dañó otras 12."),
    ("The fire destroyed 40 homes.", "El incendio dañó 40 viviendas."),  # at a number: number-mismatch's
    ("The officer was killed in the shooting.", "El agente resultó herido de muerte en el tiroteo."),  # killed
    ("A passenger was injured and later died at the hospital.",
     "Un pasajero resultó herido y luego murió en el hospital."),
    ("Although he lost, he will run again because voters deserve a choice.",
     "Aunque perdió, volverá a postularse porque los votantes merecen una opción."),
    ("The game went ahead despite the rain.", "El partido se jugó pese a la lluvia."),
    ("The new law does not allow residents to keep chickens.",
     "La nueva ley no permite a los residentes tener gallinas."),
    ('"My dignity does not permit it," he said.', '"Mi dignidad no me permite hacerlo", dijo.'),
    ("The northbound lanes of I-35 reopened Monday.",
     "Los carriles en dirección norte de la I-35 reabrieron el lunes."),
    ("The bridge is closed in both directions.", "El puente está cerrado en ambos sentidos."),
    ("Officers arrived minutes after the shooting.", "Los agentes llegaron minutos después del tiroteo."),
    ("The state has seen a cold winter and a hot summer.",
     "El estado ha tenido un invierno frío y un verano caluroso."),
    ("Police reopened the cold case in 2019.", "La policía reabrió el caso sin resolver en 2019."),
    ("The girl was found safe on Wednesday.", "La niña fue encontrada sana y salva el miércoles."),
    ("The measure passed narrowly.", "La medida fue aprobada por un estrecho margen."),
    ("The company denied the allegations.", "La empresa negó las acusaciones."),
    ("The spokesman declined to confirm the report.", "El portavoz se negó a confirmar el informe."),  # refused
    ("All residents, including children, must register.",
     "Todos los residentes, incluidos los niños, deben registrarse."),
    ("The hikers are safe, except for minor injuries.", "Los excursionistas están a salvo, salvo por heridas leves."),
    ("The patient tested positive for the virus.", "El paciente dio positivo al virus."),
    ("The Spurs played at home on Friday.", "Los Spurs jugaron como locales el viernes."),
    ("The suspect fled the scene and remains at large.", "El sospechoso huyó del lugar y sigue prófugo."),
    ("Rainfall this year has been below normal.", "Las lluvias de este año han estado por debajo de lo normal."),
    ('"Why eat out when I can have a steak at home?"', '"¿Para qué comer fuera de casa, si tengo filete?"'),
    ("The antibody test went from negative to positive.", "La prueba de anticuerpos pasó de negativo a positivo."),
    ("The Fed held rates steady on Wednesday.", "La Fed mantuvo las tasas sin cambios el miércoles."),
    ("The spokesman declined to comment on the increase.", "El portavoz no quiso comentar sobre el aumento."),
    ("The panel declined funding the startup, but sales rose.",  # refused, no fall
     "El panel rechazó financiar la empresa, pero las ventas subieron."),
    ("Enrollment declined sharply last year.", "La matrícula disminuyó drásticamente el año pasado."),
    ("The Spurs beat the Lakers, and the lease expires in June.",  # "vencieron" is beat, no expiry
     "Los Spurs vencieron a los Lakers, y el contrato de arrendamiento expira en junio."),
    ("The teacher was placed on administrative leave.", "El maestro fue puesto en licencia administrativa."),
    ("Sales kept growing all year.", "Las ventas no dejaron de crecer en todo el año."),  # "no dejaron de": kept on
    ("He was sentenced to life without parole.",
     "Fue condenado a cadena perpetua sin posibilidad de libertad condicional."),
    ("The band split two years later, two hours before a show.",
     "La banda se separó dos años después, dos horas antes de un concierto."),
    # "primer ministro" is the prime minister, "el último informe" the latest one
    ("It was the prime minister's last speech.", "Fue el último discurso del primer ministro."),
    ("The latest report came out last week.", "El último informe salió la semana pasada."),
    ("For the first time, the first two teams tied.", "Por primera vez, los primeros dos equipos empataron."),
    ("The patient was hospitalized on Tuesday and discharged Friday.",
     "El paciente fue hospitalizado el martes y dado de alta el viernes."),
    ("Two patients died and three were discharged.", "Dos pacientes murieron y tres fueron dados de alta."),
    ("Most of the patients were unvaccinated.", "La mayoría de los pacientes no estaban vacunados."),
    ("Most cases are in children who had not been vaccinated.",  # the fixture negatives/measles
     "La mayoría de los casos son niños que no habían sido vacunados."),
    ("The storm weakened to a tropical depression.", "La tormenta se debilitó a depresión tropical."),
    ("Hurricane Beryl weakened to a tropical storm.", "El huracán Beryl se debilitó a tormenta tropical."),
    ("The program serves low-income families.", "El programa atiende a familias de bajos recursos."),
    ("The passengers had to get off the bus.", "Los pasajeros tuvieron que bajar del autobús."),
    ("The board voted to reject the contract.", "La junta votó para rechazar el contrato."),
    ("Voters can cast ballots by mail or in person.", "Los votantes pueden votar por correo o en persona."),
    ("A car collided with a garbage truck.", "Un auto chocó con un camión de basura."),
    ("The law would not allow camping in parks.", "La ley no permitiría acampar en los parques."),
    ("She scored the winning goal in overtime.", "Anotó el gol de la victoria en tiempo extra."),
    ("The man was sentenced to 20 years in federal prison.", "El hombre fue condenado a 20 años de prisión federal."),
    ("The school board met in closed session.", "La junta escolar se reunió en sesión privada."),
    ("The bus driver was not injured.", "El conductor del autobús no resultó herido."),
    ("The driver was not seriously injured.", "El conductor resultó levemente herido."),
    ("The driver was not seriously injured.", "El conductor no resultó herido de gravedad."),
    ("Seasonal flu cases are rising.", "Los casos de gripe estacional están aumentando."),
    ("The mayor rejected the proposal, which most residents support.",
     "El alcalde rechazó la propuesta, que la mayoría de los residentes apoya."),
    ("The CDC recommends masks, which are required in schools.",
     "Los CDC recomiendan mascarillas, que son obligatorias en las escuelas."),
    ("Power was restored to most homes that had been without power.",
     "Se restableció la luz en la mayoría de las viviendas que estaban sin luz."),
    ("The suspect escaped but was taken into custody hours later.",
     "El sospechoso escapó, pero fue detenido horas después."),
    ("The program allows students to take college classes.",
     "El programa permite a los estudiantes tomar clases universitarias."),
    # a condition denied in other words, or a word that says no condition
    ("The victim was not immediately identified.", "La víctima no fue identificada de inmediato."),
    ("Investigators have yet to confirm the cause; it has yet to be confirmed.",
     "Los investigadores no han confirmado la causa; aún no ha sido confirmada."),
    ("At the time of writing, no effective antiviral therapy has been confirmed.",
     "A la fecha de este análisis, no se ha confirmado la eficacia de ninguna terapia antiviral."),
    ("The flags were taken off so that they could not be identified.",
     "Las banderas fueron retiradas para que no sean identificadas."),
    ("The spokesman neither confirmed nor denied the report.", "El portavoz no confirmó ni negó el informe."),
    ("They sailed across the Pacific, a violent ocean.", "Cruzaron el Pacífico, un océano violento."),
    ("Officials are conscious of the risk.", "Las autoridades son conscientes del riesgo."),
    ("The man was armed with a knife and the officer was unarmed.",
     "El hombre estaba armado con un cuchillo y el agente estaba desarmado."),
    ("The workers went on strike Monday.", "Los trabajadores se declararon en huelga el lunes."),
    ("The driver was cited for speeding.", "El conductor fue multado por exceso de velocidad."),
    ("The deadline was extended.", "El plazo se extendió."),
    ("This is without prejudice to the law.", "Esto es sin perjuicio de la ley."),  # notwithstanding
    ("The bill failed in the Senate.", "El proyecto fracasó en el Senado."),
    ("The runoff is in June.", "La segunda vuelta es en junio."),
    ("The show sold out in minutes.", "Las entradas se agotaron en minutos."),
    ("The city faces a budget deficit.", "La ciudad enfrenta un déficit presupuestario."),
    ("Most cases were mild, but some patients became seriously ill.",
     "La mayoría de los casos fueron leves, pero algunos pacientes enfermaron gravemente."),
    # "cited" active is quoted, no ticket (a WMT pair)
    ("Amnesty also cited the case of a former detainee.", "Amnistía también citó el caso de un ex detenido."),
    ("The board voted to reject the contract.", "La junta votó para rechazar el contrato."),
    # drinking water is no claim that it is safe; an obligation or its denial said alike; "debe" is also a likelihood
    ("The city provides drinking water to residents.", "La ciudad ofrece agua potable a los residentes."),
    ("Students do not have to wear uniforms.", "Los estudiantes no tienen que usar uniforme."),
    ("Students must wear uniforms.", "Los estudiantes tienen que usar uniforme."),
    ("Vaccination should be free and voluntary.", "La vacuna debe ser gratuita y voluntaria."),
    ("The governor declared a state of emergency.", "El gobernador declaró el estado de emergencia."),
    ("The city will freeze property taxes.", "La ciudad congelará los impuestos a la propiedad."),
    ("The strike ended Tuesday.", "La huelga terminó el martes."),
    ("Schools will open two hours late Tuesday.", "Las escuelas abrirán con dos horas de retraso el martes."),
    ("The woman is being held without bail.", "La mujer está detenida sin derecho a fianza."),
    ("The former prime minister was denied bail.", "Negada la libertad bajo fianza al ex primer ministro."),
    ("With 228 votes against and 205 for, the House refused.",
     "Con 228 votos en contra y 205 a favor, la Cámara se negó."),
    ("The library extended its hours.", "La biblioteca amplió su horario."),
    ("The two hospitals announced a merger on Tuesday.", "Los dos hospitales anunciaron su fusión el martes."),
    # a verdict denied is no verdict; "a tiempo completo" is full-time
    ("The jury deadlocked and the judge declared a mistrial.", "El jurado no llegó a un veredicto."),
    ("The judge declared a mistrial after the jury could not reach a verdict.",
     "El juez declaró nulo el juicio porque el jurado no llegó a un veredicto."),
    ("The sheriff is running unopposed this year.", "El alguacil se postula sin oposición este año."),
    ("Most flights were on time Sunday.", "La mayoría de los vuelos salieron a tiempo el domingo."),
    ("Tickets are half price for seniors.", "Los boletos son a mitad de precio para personas mayores."),
    ("Parking is free after 6 p.m.", "El estacionamiento es gratuito después de las 6 p.m."),
    ("Rain is likely on Saturday.", "Es probable que llueva el sábado."),
    ("It is possible that it will rain.", "Es poco probable que llueva."),  # possible: neither likely nor unlikely
    ("The teacher was placed on paid leave.", "El maestro está de licencia con goce de sueldo."),
    ("The girl was rescued from the river.", "La niña fue rescatada del río."),
    ("Police blocked the road.", "La policía permitió el paso de peatones."),  # a road, no court's order
    ("The storm was downgraded to a tropical depression.", "La tormenta fue degradada a depresión tropical."),
    ("The officer was demoted.", "El agente fue degradado y la tormenta se intensificó."),  # a demotion, no storm
    ("The project is over budget.", "El proyecto continúa sin presupuesto."),  # "is over" only where it ends
    ("The crowd was over 100.", "La multitud continúa con más de 100."),
    ("The outbreak is over.", "El brote terminó."),
    ("The match ended in a draw.", "El partido terminó empatado."),
    ("The missile was tested not far from the border.", "El misil se probó cerca de la frontera."),
    ("The dam held.", "La presa resistió."),
    ("The defendant was found competent to stand trial.", "El acusado fue declarado competente para ser juzgado."),
    ("Service will run every 15 minutes during rush hour.", "El servicio pasará cada 15 minutos en horas pico."),
    ("Buses will run on a holiday schedule.", "Los autobuses funcionarán con horario festivo."),
    ("The Spurs won 110-102 in overtime.", "Los Spurs ganaron 110-102 en tiempo extra."),
    ("Guards demanded their overtime pay.", "Los guardias exigieron el pago en tiempo reglamentario."),  # a wage's
    ("The two-alarm fire destroyed a vacant home.", "El incendio destruyó una casa deshabitada."),
    ("The suspect is being held at the county jail.", "El sospechoso está detenido en la cárcel del condado."),
    ("Only residents of the city can apply.", "Solo los residentes de la ciudad pueden presentar su solicitud."),
    ("Anyone with information should call police.", "Cualquier persona con información debe llamar a la policía."),
    ("She works full-time at the clinic and was delayed.", "Trabaja a tiempo completo en la clínica y se retrasó."),
])
def test_an_event_said_alike_or_on_one_side_only_is_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es, decision, negation", [
    # said alike: a denied opening is a closing, a denied closing an opening
    ("The pool will not open until further notice.", "La piscina permanecerá cerrada hasta nuevo aviso.", [], []),
    ("The pool will remain closed until further notice.", "La piscina no abrirá hasta nuevo aviso.", [], []),
    ("The school won't close on Friday.", "La escuela permanecerá abierta el viernes.", [], []),
    ("Preschools have not closed.", "Los centros preescolares no se han cerrado.", [], []),
    # "not until Monday" is "hasta el lunes": the denial turned round, the opening said alike
    ("The pool will not open until Monday.", "La piscina abrirá hasta el lunes.", [], []),
    ("The pool will open Monday.", "La piscina no abrirá hasta el lunes.", [], []),
    ("The store won't close until 9 p.m.", "La tienda cerrará a las 9 p. m.", [], []),
    # the denial dropped: negation-mismatch's, naming the negation, once
    ("The pool will not open until further notice.", "La piscina abrirá hasta nuevo aviso.", [], ["will not open"]),
    ("The school will not close on Friday.", "La escuela cerrará el viernes.", [], ["will not close"]),
])
def test_an_opening_or_a_closing_denied_is_read_as_its_opposite(en, es, decision, negation):
    aligned = aligned_pair(en, es)
    assert [finding.text for finding in opposites.check(aligned, Settings())] == decision
    assert [finding.text for finding in negations.check(aligned, Settings())] == negation


def test_a_sound_drowned_out_is_no_death():
    assert opposites.events("Chants drowned out the mayor's speech.", "en") == ()
    assert [kind for kind, _, _ in opposites.events("Two hikers drowned.", "en")] == ["dead"]


def test_a_rise_turned_fall_at_a_number_is_the_number_rules_alone():
    """"rose 12%" / "bajaron un 12 %" is a number-mismatch (a change reversed), not also a decision-mismatch."""
    en, es = "Sales rose 12% last year.", "Las ventas bajaron un 12 % el año pasado."
    assert _findings(en, es) == []
    assert [finding.rule for finding in quantities.check(aligned_pair(en, es), Settings())] == ["number-mismatch"]


def test_killed_said_injured_at_a_count_is_the_number_rules_alone():
    """"Two people were killed" / "Dos personas resultaron heridas": the count's casualty changed, one finding,
    the number rule's (which names the count)."""
    en = "Two people were killed and three others were injured in the crash."
    es = "Dos personas resultaron heridas y otras tres resultaron heridas en el choque."
    assert _findings(en, es) == []
    assert [finding.rule for finding in quantities.check(aligned_pair(en, es), Settings())] == ["number-mismatch"]


@pytest.mark.parametrize("en, es", [
    ("The charge carries a maximum sentence of 10 years.", "El cargo conlleva una pena mínima de 10 años."),
    ("The state raised the minimum wage.", "El estado aumentó el salario máximo."),
])
def test_the_most_said_as_the_least_is_the_number_rules_alone(en, es):
    """"maximum" / "mínima" is a superlative turned (number-mismatch), not also a decision-mismatch."""
    assert _findings(en, es) == []
    assert [finding.rule for finding in quantities.check(aligned_pair(en, es), Settings())] == ["number-mismatch"]


def test_a_profit_turned_loss_with_its_amount_is_the_number_rules_alone():
    en, es = "Rackspace reported a net profit of $14 million.", "Rackspace reportó una pérdida neta de $14 millones."
    assert _findings(en, es) == []
    assert [finding.rule for finding in quantities.check(aligned_pair(en, es), Settings())] == ["number-mismatch"]


def test_the_rule_is_off_when_decision_mismatch_is_ignored():
    settings = Settings(disabled_rules={"decision-mismatch"})
    assert _findings("The man was found alive.", "El hombre fue hallado muerto.", settings) == []


# the first Spanish word of an event turned into its opposite, for the corpus measure
SWAPPED = {
    "probable": "poco probable", "poco probable": "probable", "es poco probable": "es probable",
    "improbable": "probable", "fusión": "separación", "separación": "fusión", "a tiempo": "con retraso",
    "cualquier persona": "solo los residentes", "Cualquier persona": "Solo los residentes",
    "grave": "leve", "graves": "leves", "leve": "grave", "leves": "graves", "gravemente": "levemente",
    "escasez": "exceso", "déficit": "superávit", "superávit": "déficit",
    "fracasó": "tuvo éxito", "fracasaron": "tuvieron éxito", "nombró": "destituyó", "designó": "destituyó",
    "segunda vuelta": "elección general",
    "recomienda": "exige", "recomiendan": "exigen", "recomendó": "exigió", "recomendaron": "exigieron",
    "recomendación": "exigencia obligatoria", "recomendaciones": "exigencias obligatorias",
    "subió": "bajó", "bajó": "subió", "aumentó": "disminuyó", "aumentaron": "disminuyeron", "disminuyó": "aumentó",
    "cayó": "subió", "cayeron": "subieron", "creció": "cayó", "crecieron": "cayeron", "abrió": "cerró",
    "cerró": "abrió",
    "abierto": "cerrado", "abierta": "cerrada", "cerrado": "abierto", "cerrada": "abierta", "abre": "cierra",
    "cierra": "abre", "muerto": "vivo", "muerta": "viva", "muertos": "vivos", "murió": "sobrevivió",
    "murieron": "sobrevivieron", "vivo": "muerto", "viva": "muerta", "sobrevivió": "murió", "apoya": "se opone a",
    "apoyó": "se opuso a", "detenido": "liberado", "detenidos": "liberados", "detuvo": "liberó",
    "detuvieron": "liberaron", "arrestado": "liberado", "liberado": "detenido", "contrató": "despidió",
    "aumento": "recorte", "recorte": "aumento", "público": "privado", "pública": "privada", "públicos": "privados",
    "públicas": "privadas", "indocumentados": "documentados", "refugiados": "solicitantes de asilo",
    "rural": "urbana", "rurales": "urbanas", "urbano": "rural", "urbana": "rural", "urbanos": "rurales",
    "urbanas": "rurales", "Corte Suprema": "Corte de Apelaciones", "lluvia": "nieve", "nieve": "lluvia",
    "lluvias": "nevadas", "granizo": "lluvia", "niebla": "nieve", "neblina": "lluvia", "relámpagos": "lluvias",
    "tormentas eléctricas": "nevadas", "tormenta eléctrica": "nevada", "suicidio": "homicidio", "sarampión": "varicela", "gripe": "COVID-19", "COVID-19": "gripe",
    "COVID": "gripe", "coronavirus": "sarampión", "semifinales": "cuartos de final",
    "vendió": "compró", "compró": "vendió", "motocicleta": "camioneta", "bicicleta": "motocicleta",
    "accidental": "intencional", "condado": "ciudad", "terremoto": "huracán", "sismo": "huracán",
    "Tribunal Supremo": "Tribunal de Apelaciones", "privado": "público", "privada": "pública",
    "obligatorio": "opcional",
    "obligatoria": "opcional", "mínimo": "máximo", "máximo": "mínimo", "gratuito": "pagado", "gratuita": "pagada",
    "gratis": "pagado", "temporal": "permanente", "permanente": "temporal", "mayoría": "minoría",
    "minoría": "mayoría", "legal": "ilegal", "ilegal": "legal", "en línea": "presencial", "virtual": "presencial",
    "presencial": "virtual", "tiempo completo": "medio tiempo", "incremento": "recorte",
    "permitido": "prohibido", "permitida": "prohibida", "prohibido": "permitido", "prohibida": "permitida",
    "es segura": "es peligrosa", "es seguro": "es peligroso", "peligroso": "seguro", "peligrosa": "segura",
    "suspendió": "reanudó", "suspendieron": "reanudaron", "suspendido": "reanudado", "suspendida": "reanudada",
    "reanudó": "suspendió", "reanudaron": "suspendieron", "elevó": "redujo", "redujo": "elevó",
    "comenzó": "terminó", "comenzaron": "terminaron", "comienza": "termina", "comienzan": "terminan",
    "empezó": "terminó", "empezaron": "terminaron", "inició": "terminó", "iniciaron": "terminaron",
    "terminó": "comenzó", "terminaron": "comenzaron", "termina": "comienza", "finalizó": "comenzó",
    "fuertes lluvias": "lluvias ligeras", "fuertes vientos": "vientos débiles", "delito grave": "delito menor",
    "mejoró": "empeoró", "mejoraron": "empeoraron", "mejora": "empeora", "mejoran": "empeoran", "mejorado": "empeorado",
    "mejorando": "empeorando", "mejorará": "empeorará", "mejore": "empeore", "empeoró": "mejoró",
    "empeorado": "mejorado", "empeorando": "mejorando", "mejoría": "deterioro",
    "resultó herido": "murió", "resultaron heridos": "murieron", "resultaron heridas": "murieron",
    "resultó herida": "murió", "fueron heridos": "murieron", "fue herido": "murió",
    "permitió": "prohibió", "permite": "prohíbe", "prohibió": "permitió", "prohíbe": "permite",
    "poco antes": "poco después", "poco después": "poco antes", "horas después": "horas antes",
    "minutos después": "minutos antes", "cadena perpetua": "pena de muerte", "pena de muerte": "cadena perpetua",
    "ambos sentidos": "dirección norte", "porque": "aunque", "debido a": "a pesar de", "a pesar de": "debido a",
    "aunque": "porque", "ya que": "aunque", "calor": "frío", "frío": "calor", "caluroso": "frío",
    "amplio margen": "estrecho margen", "estrecho margen": "amplio margen", "confirmó": "negó", "negó": "confirmó",
    "confirmaron": "negaron", "excepto": "incluidos", "salvo": "incluidos", "incluidos": "excepto",
    "incluyendo": "excepto", "dio positivo": "dio negativo", "dieron positivo": "dieron negativo",
    "dio negativo": "dio positivo", "como local": "como visitante", "en casa": "como visitante",
    "como visitante": "como local", "por encima de lo normal": "por debajo de lo normal",
    "por debajo de lo normal": "por encima de lo normal", "se entregó": "escapó", "huyó": "se entregó",
    "escapó": "se entregó", "sin cambios": "subió", "se mantuvo estable": "subió",
    "se desaceleró": "se aceleró", "desaceleración": "aceleración", "se aceleró": "se desaceleró", "mayor que": "menor que",
    "menor que": "mayor que", "renovó": "expiró", "restablecido": "cortado", "restableció": "cortó",
    "hospitalizado": "dado de alta", "hospitalizados": "dados de alta", "vacunados": "no vacunados",
    "vacunado": "no vacunado", "se intensificó": "se debilitó", "se debilitó": "se intensificó",
    "bajo custodia": "prófugo", "reanudó": "canceló", "voluntariamente": "obligatoriamente",
    "voluntaria": "obligatoria", "voluntario": "obligatorio", "vinculante": "opcional", "vinculantes": "opcionales",
    "federal": "estatal", "federales": "estatales", "estatal": "federal", "estatales": "federales",
    "de prisión": "de libertad condicional", "en prisión": "en libertad condicional",
    "de cárcel": "de libertad vigilada",
    "libertad condicional": "prisión", "reducir": "aumentar", "aumentar": "reducir", "incrementar": "reducir",
    "disminuir": "aumentar", "reduce": "aumenta", "recortar": "aumentar", "elevar": "reducir",
    "evacuar": "quedarse en casa", "evacuación": "refugio en el lugar", "quedarse en casa": "evacuar",
    "armado": "desarmado", "armados": "desarmados", "armada": "desarmada", "armadas": "desarmadas",
    "identificado": "sin identificar", "identificada": "sin identificar", "identificados": "sin identificar",
    "confirmados": "sin confirmar", "confirmado": "sin confirmar", "confirmada": "sin confirmar",
    "exitoso": "infructuoso", "exitosa": "sin éxito", "con éxito": "sin éxito", "violenta": "pacífica",
    "violentos": "pacíficos", "violento": "pacífico", "pacífica": "violenta", "acompañado": "sin acompañante",
    "autorizado": "no autorizado", "consciente": "inconsciente", "constitucional": "inconstitucional",
    "autobús": "automóvil", "autobuses": "automóviles", "avión": "helicóptero", "aviones": "helicópteros",
    "helicóptero": "avión", "dentro de": "fuera de", "dentro del": "fuera del", "fuera de": "dentro de",
    "fuera del": "dentro del", "la primera": "la última", "el primer": "el último", "los primeros": "los últimos",
    "las primeras": "las últimas", "su primer": "su último", "su primera": "su última", "el primero": "el último",
    "la última": "la primera", "el último": "el primer", "los últimos": "los primeros", "las últimas": "las primeras",
    "su último": "su primer", "su última": "su primera", "la primera vez": "la última vez",
    "la última vez": "la primera vez", **{f"{unit} {word}": f"{unit} {other}"
                                         for unit in ("día", "días", "año", "años", "hora", "horas", "mes", "meses",
                                                      "semana", "semanas", "minuto")
                                         for word, other in (("después", "antes"), ("antes", "después"))},
    "parcial": "en su totalidad", "parcialmente": "totalmente", "totalmente": "parcialmente",
    "completamente": "parcialmente",
    "por completo": "en parte", "en parte": "por completo", "en su totalidad": "en parte",
    "entrada": "salida", "salida": "entrada", "entradas": "salidas", "salidas": "entradas",
    "importaciones": "exportaciones", "exportaciones": "importaciones", "importación": "exportación",
    "exportación": "importación", "masculino": "femenino", "femenino": "masculino", "masculina": "femenina",
    "femenina": "masculina", "temprano": "tarde", "tarde": "temprano",
    "elogió": "criticó", "elogiaron": "criticaron", "criticó": "elogió", "criticaron": "elogiaron",
    "condenó": "elogió", "amanecer": "atardecer", "atardecer": "amanecer", "anochecer": "amanecer",
    "ampliación": "recorte", "ampliado": "recortado", "ampliada": "recortada",
    "prófugo": "bajo custodia", "fue capturado": "escapó",
    "mayor de lo esperado": "menor de lo esperado", "menor de lo esperado": "mayor de lo esperado",
    **{f"{word} {what}": f"{other} {what}" for what in ("de la", "de las", "de los", "del", "de un", "de una", "de su",
                                                         "de sus", "de este", "de esta", "de que")
       for word, other in (("después", "antes"), ("antes", "después"))},
}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_events_and_swapped_ones_are_found():
    """4,101 sentence pairs of the dev corpus say one of the opposites on both sides; two say it the other way, two
    loose WMT translations whose logic does differ ("in spite of the fact that they had only 11 rooms" / "puesto que
    tienen tan sólo once habitaciones"; "Because, as relaxed … as the music may have sounded" / "A pesar de que la
    música era tranquila"). With the first Spanish word turned into its opposite, 1,871 of 2,351 are found (most of the
    others are words the English side says otherwise: "la mayoría de" for "most", "un aumento" for a rise said in a
    verb, "ya que" for "as", "salida" for a departure, "entrada" for an entry into force; the swaps of a complete or a
    partial thing, an entrance or an exit, a men's or a women's team brought the ratio from 81% to 80%; "must" and
    "have to", read in one English sentence in twenty-five, and "continues", bring in swaps of pairs whose English
    says no other of the opposites, which no reading can find: 79.7%; a win or a loss counted and a sunny or a cloudy
    sky: 1,870 of 2,350; detained against deported, a recount against a runoff, a mail against a provisional ballot:
    1,868 of 2,348; a train against a bus or a truck, an outpatient, over budget, bankruptcy, a flight diverted: 4,134
    pairs, the same 2 disagree, 1,862 of 2,343; limited against ample, "bajo techo" and "indoor": 4,153, 2, 1,858 of
    2,341; larger against smaller: 4,163, 2, 1,854 of 2,336; a day added against abolished, unanimous against a
    narrow margin: 4,164, 2, 1,852 of 2,334; "will continue" and "will be frozen": 4,166, 2, 1,851 of 2,333;
    missing against found: 4,171, 2, 1,850 of 2,331; appealed against complied: 4,172, 2, 1,849 of 2,330; a merger,
    a mistrial, a race unopposed, a flight on time, opening hours cut: 4,176, 2, 1,847 of 2,328; a county jail, only
    residents against anyone: 4,182, 2, 1,844 of 2,326; likely against unlikely, paid against unpaid leave, an hour
    before or after, with swaps of the new kinds: 4,201, 2, 1,859 of 2,350; a curfew kept against lifted, a home
    occupied, rescued against drowned, residential against commercial: 4,214, 2, 1,853 of 2,344; a policy blocked, a
    burn ban, a storm downgraded, an outbreak over, an immigrant allowed to stay, a player signed, a game tied or
    decided in overtime: the same; a route discontinued, rush hour, a holiday schedule: 4,216, 2, 1,853 of 2,344; a
    flood, a dam held or breached, near against far from, flood waters receding: 4,224, 2, 1,851 of 2,343)."""
    compared, disagreeing, swapped, found = contrast_measure(opposites.events, opposites.changed, SWAPPED)
    assert compared >= 3100 and disagreeing <= 2
    # (each reading added makes more pairs count whose first Spanish word the English says otherwise, which no
    # reading can find: the share falls as the table grows; the next test measures the swaps the rule can see)
    assert swapped >= 1700 and found >= 0.78 * swapped


@needs_corpus
def test_swapped_events_the_english_says_too_are_found():
    """The swaps the rule can see: in each faithful pair, the first Spanish word of the opposites whose kind the
    English says too, turned into its opposite (``SWAPPED``). 2,396 of 2,467 are found (97%; the others are pairs
    whose English says both kinds, "rose" and "fell" in one sentence, or a swap into a phrase of another kind)."""
    swapped = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english = Counter(kind for kind, _, _ in opposites.events(en, "en"))
                shared = [(start, end) for kind, start, end in opposites.events(es, "es")
                          if kind in english and es[start:end] in SWAPPED] if english else []
                if not shared:
                    continue
                start, end = shared[0]
                turned = es[:start] + SWAPPED[es[start:end]] + es[end:]
                swapped += 1
                found += opposites.changed(Counter(kind for kind, _, _ in opposites.events(turned, "es")), english)
    assert swapped >= 2400 and found >= 0.95 * swapped


@needs_corpus
def test_faithful_corpus_documents_get_no_finding():
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    # one loose WMT translation whose logic differs: "Because, as relaxed and modest as the music may have sounded,
    # the band was in great need" / "A pesar de que la música era tranquila y sencilla, la banda tuvo problemas"
    assert [finding.text for document in documents for finding in opposites.check(document, Settings())] == [
        "A pesar de"]


# phrases two kinds share on purpose: the reading is the same event seen two ways ("remained stable" is a patient's
# state and a rate unchanged; "encarcelado" arrested and in prison; "arrasó" destroyed and won by a wide margin;
# "con licencia" on leave and with a licence)
SHARED_PHRASES = {("en", "remained stable"), ("en", "remains stable"), ("en", "was stable"), ("es", "con licencia"),
                  ("es", "encarcelado"), ("es", "encarcelada"), ("es", "encarcelados"), ("es", "encarceladas"),
                  ("es", "arrasó")}


def test_a_phrase_says_one_kind_unless_it_is_shared_on_purpose():
    """A phrase in two kinds is read as one of them only (the table's last), so a new kind that takes a phrase
    another reads ("amplió" for access widened, "amplió el plazo" a deadline put off) silently loses a reading."""
    from collections import defaultdict

    kinds_of = defaultdict(set)
    for kinds, languages in opposites.OPPOSITES.items():
        for lang, phrases in languages.items():
            for kind, alternatives in zip(kinds, phrases):
                for phrase in opposites.expand(alternatives):
                    kinds_of[(lang, phrase.lower())].add(kind)
    assert {key for key, kinds in kinds_of.items() if len(kinds) > 1} == SHARED_PHRASES
    # an empty choice beside a space ("votó {,para} eliminar") leaves two spaces, which no sentence matches
    assert [phrase for _, phrase in kinds_of if "  " in phrase] == []
