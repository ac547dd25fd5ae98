"""decision-mismatch: a decision said the other way between the two versions (``bilingo.rules.decisions``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents, contrast_measure
from bilingo.rules import RULES, decisions
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return decisions.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The council approved the budget on Tuesday.", "El concejo rechazó el presupuesto el martes.", "rechazó",
     "approved in English but rejected ('rechazó') in Spanish"),
    ("The appeal was denied.", "La apelación fue aceptada.", "fue aceptada",
     "rejected ('denied') in English but approved ('fue aceptada') in Spanish"),
    ("The judge denied the request for bail.", "El juez concedió la solicitud de fianza.", "concedió",
     "rejected ('denied') in English but approved ('concedió') in Spanish"),
    ("The Supreme Court upheld the law.", "La Corte Suprema anuló la ley.", "anuló",
     "approved ('upheld') in English but rejected ('anuló') in Spanish"),
    # a bill signed into law, or vetoed
    ("The governor signed the law last week.", "El gobernador vetó la ley la semana pasada.", "vetó",
     "approved ('signed') in English but rejected ('vetó') in Spanish"),
    ("The mayor vetoed the ordinance on Friday.", "La alcaldesa firmó la ordenanza el viernes.", "firmó",
     "rejected ('vetoed') in English but approved ('firmó') in Spanish"),
    # a measure passed, or one that failed
    ("The measure passed with 62% of the vote.", "La medida fracasó con el 62% de los votos.", "fracasó",
     "approved ('passed') in English but rejected ('fracasó') in Spanish"),
    ("The school bond measure failed by 300 votes.", "La medida de bonos escolares fue aprobada por 300 votos.",
     "aprobada", "rejected ('bond measure failed') in English but approved ('aprobada') in Spanish"),
    # a Spanish participle or future says it too
    ("\"We are confident the law will be upheld,\" a spokesperson said.",
     "\"Confiamos en que la ley será anulada\", dijo un portavoz.", "anulada",
     "approved ('upheld') in English but rejected ('anulada') in Spanish"),
    # decisions are counted: one approval became two, one rejection none; the changed verb is named
    ("The county approved $2 million for clinics, but officials denied a request to close schools.",
     "El condado aprobó 2 millones de dólares para clínicas, pero las autoridades aprobaron una solicitud para cerrar "
     "las escuelas.", "aprobaron", "rejected ('denied') in English but approved ('aprobaron') in Spanish"),
    # a negation turns the verb: "did not approve" is a rejection
    ("The board did not approve the contract.", "La junta aprobó el contrato.", "aprobó",
     "rejected ('not approve') in English but approved ('aprobó') in Spanish"),
    # tico19, with the Spanish negation dropped ("el fármaco no ha sido aprobado formalmente")
    ("As of March 2020 the drug has not been formally approved through clinical trials in the United States.",
     "A marzo de 2020, el fármaco ha sido aprobado formalmente mediante ensayos clínicos en los Estados Unidos.",
     "aprobado", "rejected ('not been formally approved') in English but approved ('aprobado') in Spanish"),
    # a measure only put forward, said decided
    ("The council proposed a new tax on Tuesday.", "El concejo aprobó un nuevo impuesto el martes.", "aprobó",
     "proposed in English but approved ('aprobó') in Spanish"),
    ("A new tax was proposed last year.", "Un nuevo impuesto fue rechazado el año pasado.", "rechazado",
     "proposed in English but rejected ('rechazado') in Spanish"),
    # a measure that waits for its approval (fifty-fifth round)
    ("The merger still needs approval from regulators.", "La fusión ya fue aprobada por los reguladores.", "aprobada",
     "proposed ('needs approval') in English but approved ('aprobada') in Spanish"),
    ("The plan was approved by the council.", "El plan sigue pendiente de aprobación del concejo.",
     "pendiente de aprobación", "approved in English but proposed ('pendiente de aprobación') in Spanish"),
    # (whose approval: "regulatory"; approval won, "recibió la aprobación": fifty-sixth round)
    ("The merger still needs regulatory approval.", "La fusión ya recibió la aprobación de los reguladores.",
     "recibió la aprobación",
     "proposed ('needs regulatory approval') in English but approved ('recibió la aprobación') in Spanish"),
    ("The council rejected the plan.", "El plan obtuvo luz verde del concejo.", "obtuvo luz verde",
     "rejected in English but approved ('obtuvo luz verde') in Spanish"),
    # (a measure to be adopted: fifty-seventh round)
    ("The school board voted 5-2 to adopt the new curriculum.",
     "La junta escolar votó 5-2 para rechazar el nuevo plan de estudios.", "rechazar",
     "approved ('adopt') in English but rejected ('rechazar') in Spanish"),
    ("The city clerk certified the petition signatures.", "La secretaria municipal rechazó las firmas de la petición.",
     "rechazó", "approved ('certified') in English but rejected ('rechazó') in Spanish"),
    # (a session ended with no measure passed: fifty-eighth round)
    ("The state legislature adjourned without passing a budget.",
     "La legislatura estatal aprobó el presupuesto antes de levantar la sesión.", "aprobó",
     "rejected ('without passing') in English but approved ('aprobó') in Spanish"),
    ("Judge Blocks New Voting Law", "Juez avala nueva ley electoral", "avala",
     "rejected ('Blocks New Voting Law') in English but approved ('avala') in Spanish"),
    ("The university accepted 40% of applicants.", "La universidad rechazó al 40% de los solicitantes.", "rechazó",
     "approved ('accepted 40') in English but rejected ('rechazó') in Spanish"),
    ("The asylum request was granted.", "La solicitud de asilo fue negada.",
     "negada", "approved ('granted') in English but rejected ('negada') in Spanish"),
    # the present of a headline
    ("Governor Signs Bill Expanding Medicaid", "La gobernadora veta proyecto de ley que amplía Medicaid", "veta",
     "approved ('Signs') in English but rejected ('veta') in Spanish"),
    ("Court Upholds Ban on Camping in Parks", "Tribunal anula prohibición de acampar en los parques", "anula",
     "approved ('Upholds') in English but rejected ('anula') in Spanish"),
    # a vote to decide, its Spanish verb in the infinitive
    ("The school board voted 5-2 to approve the budget.", "La junta escolar votó 5-2 para rechazar el presupuesto.",
     "rechazar", "approved ('approve') in English but rejected ('rechazar') in Spanish"),
    ("The council voted to reject the rezoning.", "El concejo votó para aprobar la rezonificación.", "aprobar",
     "rejected ('reject') in English but approved ('aprobar') in Spanish"),
    # a vote put off, said taken
    ("The City Council postponed a vote on the housing plan.", "El Concejo Municipal aprobó el plan de vivienda.",
     "aprobó", "postponed ('postponed a vote') in English but approved ('aprobó') in Spanish"),
    ("The board rejected the plan.", "La junta aplazó la votación sobre el plan.", "aplazó la votación",
     "rejected in English but postponed ('aplazó la votación') in Spanish"),
    # clemency granted ("pardoned", "indultó", "conmutó") is an approval
    ("The governor pardoned the man.", "El gobernador negó el indulto al hombre.", "negó",
     "approved ('pardoned') in English but rejected ('negó') in Spanish"),
    ("The governor denied clemency.", "El gobernador conmutó la pena.", "conmutó",
     "rejected ('denied') in English but approved ('conmutó') in Spanish"),
    # a deal blocked by a regulator or a court
    ("The merger was blocked by regulators.", "Los reguladores aprobaron la fusión.", "aprobaron",
     "rejected ('blocked by regulators') in English but approved ('aprobaron') in Spanish"),
    ("The regulators approved the merger.", "Los reguladores bloquearon la fusión.", "bloquearon la fusión",
     "approved in English but rejected ('bloquearon la fusión') in Spanish"),
    ("The merger was approved by regulators.", "La fusión fue bloqueada por los reguladores.", "fusión fue bloqueada",
     "approved in English but rejected ('fusión fue bloqueada') in Spanish"),
    ("The judge approved the sale.", "La venta fue bloqueada por un juez.", "venta fue bloqueada",
     "approved in English but rejected ('venta fue bloqueada') in Spanish"),
    # a plan scrapped is a plan rejected
    ("The plan was scrapped after residents complained.",
     "El plan fue aprobado después de que los vecinos se quejaran.", "aprobado",
     "rejected ('plan was scrapped') in English but approved ('aprobado') in Spanish"),
    ("The council approved the plan.", "El concejo descartó el plan.", "descartó el plan",
     "approved in English but rejected ('descartó el plan') in Spanish"),
    # an offer, a contract, a deal accepted
    ("The union accepted the offer.", "El sindicato rechazó la oferta.", "rechazó",
     "approved ('accepted the offer') in English but rejected ('rechazó') in Spanish"),
    ("The union rejected the contract.", "El sindicato aceptó el contrato.", "aceptó el contrato",
     "rejected in English but approved ('aceptó el contrato') in Spanish"),
    ("The bill cleared the House.", "El proyecto de ley fue rechazado en la Cámara.", "rechazado",
     "approved ('cleared the House') in English but rejected ('rechazado') in Spanish"),
    # a bill never brought to a vote
    ("The bill died in committee.", "El proyecto de ley fue aprobado en el comité.", "aprobado",
     "rejected ('died in committee') in English but approved ('aprobado') in Spanish"),
    ("The measure was defeated at the polls.", "La medida fue aprobada en las urnas.", "aprobada",
     "rejected ('measure was defeated') in English but approved ('aprobada') in Spanish"),
    # a court's ruling kept, and a permit or a license withdrawn
    ("The appeals court overturned the conviction.", "El tribunal de apelaciones confirmó la condena.",
     "confirmó la condena", "rejected ('overturned') in English but approved ('confirmó la condena') in Spanish"),
    ("The referee's decision was overturned.", "La decisión del árbitro fue confirmada.",
     "decisión del árbitro fue confirmada",
     "rejected ('overturned') in English but approved ('decisión del árbitro fue confirmada') in Spanish"),
    ("The appeals court affirmed the ruling.", "El tribunal de apelaciones anuló el fallo.", "anuló",
     "approved ('affirmed the ruling') in English but rejected ('anuló') in Spanish"),
    ("The agency approved the permit.", "La agencia suspendió el permiso.", "suspendió el permiso",
     "approved in English but rejected ('suspendió el permiso') in Spanish"),
    ("The board revoked the permit.", "La junta aprobó el permiso.", "aprobó",
     "rejected ('revoked') in English but approved ('aprobó') in Spanish"),
    # a measure that failed to pass, or to win approval, or fell short; one that did not manage to pass
    ("The measure failed to pass.", "La medida fue aprobada.", "aprobada",
     "rejected ('failed to pass') in English but approved ('aprobada') in Spanish"),
    ("The proposal failed to win approval.", "La propuesta fue aprobada.", "aprobada",
     "rejected ('failed to win approval') in English but approved ('aprobada') in Spanish"),
    ("The bond measure fell short of the two-thirds needed.", "La medida de bonos fue aprobada.", "aprobada",
     "rejected ('bond measure fell short') in English but approved ('aprobada') in Spanish"),
    ("The measure passed.", "La medida no logró ser aprobada.", "no logró ser aprobada",
     "approved ('passed') in English but rejected ('no logró ser aprobada') in Spanish"),
    ("The levy failed to get enough votes.", "El impuesto fue aprobado por los votantes.", "aprobado",
     "rejected ('levy failed to get enough votes') in English but approved ('aprobado') in Spanish"),
    # a motion or a request granted ("aceptó la moción")
    ("The judge denied the motion to dismiss.", "El juez aceptó la moción para desestimar el caso.",
     "aceptó la moción", "rejected ('denied') in English but approved ('aceptó la moción') in Spanish"),
    # a bill to be signed, in its infinitive
    ("The mayor vowed to veto the ordinance.", "El alcalde prometió firmar la ordenanza.", "firmar",
     "rejected ('veto') in English but approved ('firmar') in Spanish"),
    ("The governor vowed to sign the bill.", "La gobernadora prometió vetar el proyecto.", "vetar",
     "approved ('sign') in English but rejected ('vetar') in Spanish"),
    ("The governor is expected to sign the bill.", "Se espera que el gobernador vete el proyecto de ley.", "vete",
     "approved ('sign') in English but rejected ('vete') in Spanish"),
    ("The governor vetoed the bill.", "Se espera que la gobernadora firme el proyecto de ley.", "firme",
     "rejected ('vetoed') in English but approved ('firme') in Spanish"),
    ("The president vetoed the measure.", "El presidente promulgó la medida.", "promulgó",
     "rejected ('vetoed') in English but approved ('promulgó') in Spanish"),
    # (the fifty-first round) a law upheld, active and passive
    ("The law was struck down by a federal judge.", "La ley fue confirmada por un juez federal.",
     "ley fue confirmada", "rejected ('struck down') in English but approved ('ley fue confirmada') in Spanish"),
    ("The judge struck down the ordinance.", "El juez confirmó la ordenanza.", "confirmó la ordenanza",
     "rejected ('struck down') in English but approved ('confirmó la ordenanza') in Spanish"),
])
def test_a_decision_said_the_other_way_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert finding.rule == "decision-mismatch" and finding.severity == RULES["decision-mismatch"].severity
    assert finding.lang == "es" and finding.text == flagged and finding.message == message


@pytest.mark.parametrize("en, es", [
    ("The council approved the budget on Tuesday.", "El concejo aprobó el presupuesto el martes."),
    ("The council rejected the plan.", "El plan fue rechazado por el concejo."),  # the voice turned, not the decision
    ("The board did not approve the contract.", "La junta no aprobó el contrato."),
    ("The board did not approve the contract.", "La junta rechazó el contrato."),
    ("The council rejected the amendment and approved the budget.",
     "El concejo aprobó el presupuesto y rechazó la enmienda."),
    ("The U.S. House of Representatives rejects the bailout.", "La Cámara de Representantes no aprueba el rescate."),
    ("The council met on Tuesday.", "El concejo rechazó el plan el martes."),  # one side only
    # a candidate who concedes defeat decides nothing
    ("Garza conceded defeat after voters rejected the bond.",
     "Garza concedió la derrota después de que los votantes votaran en contra del bono."),
    # "el rechazo" is a noun, the neighbours' opposition, not the council's decision
    ("The council approved the plan despite the neighbors' opposition.",
     "El concejo dio luz verde al plan pese al rechazo de los vecinos."),
    ("\"We are confident the law will be upheld,\" a spokesperson said.",
     "\"Confiamos en que la ley será ratificada\", dijo un portavoz."),
    ("The measure passed with 62% of the vote.", "La medida fue aprobada con el 62% de los votos."),
    ("No bank has failed since 1945.", "Desde 1945 no ha fracasado ningún banco."),  # a business, not a measure
    ("He passed away on Sunday, and the council approved a tribute.",
     "Falleció el domingo, y el concejo aprobó un homenaje."),
    ("The plan, approved by the council, still needs approval from the state.",
     "El plan, aprobado por el concejo, aún requiere la aprobación del estado."),
    # "proposed" before its noun, and "la propuesta", say nothing of where the measure stands
    ("The council approved the proposed budget on Tuesday.", "El concejo aprobó el presupuesto propuesto el martes."),
    ("The council approved the mayor's proposed budget.", "El concejo aprobó el presupuesto de la alcaldesa."),
    ("The board approved the proposal on Monday.", "La junta aprobó la propuesta el lunes."),
    ("The governor proposed cutting the tax.", "El gobernador propuso recortar el impuesto."),
    # "nor" turns what follows it as "ni" does
    ("The spokesman neither confirmed nor denied the report.", "El portavoz no confirmó ni negó el informe."),
    # "una veta" is a vein (of ore), no veto
    ("Miners found a rich seam of gold, and the council approved the mine.",
     "Los mineros hallaron una rica veta de oro, y el concejo autorizó la mina."),
    ("Governor Vetoes Bill Expanding Medicaid", "La gobernadora veta proyecto de ley que amplía Medicaid"),
    ("The board voted to approve the contract.", "La junta votó para aprobar el contrato."),
    ("The mayor refused to approve the contract.", "El alcalde se negó a aprobar el contrato."),
    # "signed up to speak" signs nothing into law; a vote put off before an approval, on both sides
    ("More than 60 residents signed up to speak.", "Más de 60 residentes se inscribieron para hablar."),
    ("The council approved the plan after it postponed a vote twice.",
     "El concejo aprobó el plan tras aplazar la votación dos veces."),
    ("The appeal was accepted.", "La apelación fue aceptada."),
    ("She accepted the award.", "Rechazó hablar con la prensa después de recibir el premio."),  # no decision
    ("The merger was blocked by regulators.", "Los reguladores bloquearon la fusión."),
    ("The merger was blocked by regulators.", "La fusión fue bloqueada por los reguladores."),
    ("The road was closed by police.", "La carretera fue bloqueada por la policía."),
    ("The storm blocked the road.", "La tormenta bloqueó la carretera."),  # no deal
    ("The governor pardoned the man.", "El gobernador indultó al hombre."),
    ("The plan was scrapped.", "El plan fue descartado."),
    ("The union accepted the offer.", "El sindicato aceptó la oferta."),
    ("She accepted the award.", "Aceptó el premio."),
    ("The bill cleared the House.", "El proyecto de ley fue aprobado en la Cámara."),
    ("The officer was cleared of wrongdoing.", "El agente fue exonerado."),  # an acquittal, no bill
    ("The company sold scrapped cars.", "La empresa vendió autos desechados."),  # scrap metal, no plan
    ("The bill died in committee.", "El proyecto de ley murió en el comité."),
    ("The senator died in the hospital.", "El senador murió en el hospital."),  # a death, no bill
    ("The measure was defeated at the polls.", "La medida fue rechazada en las urnas."),
    ("The appeals court affirmed the conviction.", "El tribunal de apelaciones confirmó la condena."),
    ("The ruling was upheld.", "El fallo fue confirmado."),
    ("He affirmed that the plan would go ahead.", "Afirmó que el plan seguiría adelante."),  # said, no ruling
    ("The mayor confirmed the decision on Monday.", "El alcalde confirmó la decisión el lunes."),
    ("The state suspended his license.", "El estado le revocó la licencia."),
    ("The school suspended classes on Monday.", "La escuela suspendió las clases el lunes."),  # no permit
    ("The governor refused to sign the bill.", "La gobernadora se negó a firmar el proyecto."),
    ("The governor vowed to sign the bill.", "La gobernadora prometió firmar el proyecto."),
    ("The measure failed to pass.", "La medida no logró ser aprobada."),
    ("The levy failed to get enough votes.", "El impuesto no obtuvo suficientes votos."),
    ("The judge granted the motion to dismiss.", "El juez aceptó la moción para desestimar el caso."),
    ("The bill is expected to pass the Senate.", "Se espera que el proyecto sea aprobado por el Senado."),
    ("The plan won final approval on Tuesday.", "El plan recibió la aprobación final el martes."),
    ("The storm will pass through the area tonight.", "La tormenta pasará por la zona esta noche."),
    # (an obligation is no decision: WMT's "is not obliged to sign it" / "no tiene que firmar")
    ("Klaus is not obliged to sign the budget law.", "Klaus no tiene que firmar la ley del presupuesto."),
    ('"Go home," the officer told him.', '"Vete a casa", le dijo el agente.'),
    ("The company will stand firm on the deal.", "La empresa se mantendrá firme en el acuerdo."),
    ("The governor signed the bill into law.", "El gobernador promulgó la ley."),
    ("The court upheld the law.", "El tribunal confirmó la ley."),
    ("The school board voted 5-2 to adopt the new curriculum.",
     "La junta escolar votó 5-2 para aprobar el nuevo plan de estudios."),
    ("The couple hopes to adopt a child.", "La pareja espera adoptar a un niño."),
    ("The city clerk certified the petition signatures.",
     "La secretaria municipal certificó las firmas de la petición."),
    ("The state legislature adjourned without passing a budget.",
     "La legislatura estatal levantó la sesión sin aprobar un presupuesto."),
    ("Judge Blocks New Voting Law", "Juez bloquea nueva ley electoral"),
    ("The university accepted 40% of applicants.", "La universidad admitió al 40% de los solicitantes."),
    ("Police blocked the road for hours.", "La policía avala el cierre de la carretera por horas."),
    ("She is a certified nursing assistant who rejected the offer.",
     "Es asistente de enfermería certificada y rechazó la oferta."),
    ("A federal judge struck down the law.", "Un juez federal anuló la ley."),
    ("The mayor confirmed that the law will take effect.", "La alcaldesa confirmó que la ley entrará en vigor."),
])
def test_the_same_decision_or_one_side_saying_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_disabled_rule_reports_nothing():
    assert _findings("The council approved the budget.", "El concejo rechazó el presupuesto.",
                     Settings(disabled_rules={"decision-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_translations_keep_their_decisions():
    """121 of the corpus's 11,650 sentence pairs say a decision (or a measure proposed) on both sides, none the other
    way (WMT and tico19 here: most of them); 92 of the 93 whose Spanish verb has a ready opposite are found with it
    swapped."""
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    assert [finding.text for document in documents for finding in decisions.check(document, Settings())] == []


# Spanish decision verbs and the opposite a translator's slip would write (both ways)
_OPPOSITE_VERBS = [("aprobó", "rechazó"), ("aprobaron", "rechazaron"), ("aprobado", "rechazado"), ("aprobada", "rechazada"),
                   ("aprobados", "rechazados"), ("aprobadas", "rechazadas"), ("aprueba", "rechaza"),
                   ("aprueban", "rechazan"), ("aprobará", "rechazará"), ("ratificó", "rechazó"), ("firmó", "vetó"),
                   ("firmaron", "vetaron"), ("firmado", "vetado"), ("firmada", "vetada"), ("firmará", "vetará"),
                   ("concedió", "denegó"), ("otorgó", "denegó"), ("otorgado", "denegado"), ("concedido", "denegado"),
                   ("avaló", "rechazó")]
SWAPPED = {**{word: other for word, other in _OPPOSITE_VERBS}, **{other: word for word, other in _OPPOSITE_VERBS},
           **{word.capitalize(): other.capitalize() for word, other in _OPPOSITE_VERBS},
           "negó": "concedió", "anuló": "ratificó", "revocó": "ratificó", "desestimó": "aprobó", "anulada": "ratificada",
           "negado": "aprobado"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_decisions_and_swapped_ones_are_found():
    compared, disagreeing, swapped, found = contrast_measure(decisions.decisions, decisions.changed, SWAPPED)
    assert compared >= 130 and disagreeing == 0
    assert swapped >= 95 and found >= 0.95 * swapped
