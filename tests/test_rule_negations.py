"""negation-mismatch: a statement negated on one side only (``bilingo.rules.negations``)."""

from __future__ import annotations

import pytest

from aligned_builder import (
    CORPUS_DEV,
    PLAIN_PAIR,
    DocumentSpec,
    aligned_pair,
    build_aligned,
    build_aligned_documents,
    original_documents,
    original_sentence_pairs,
)
from bilingo.evaluation.perturb import negation_free_of_other_rules, without_negation
from bilingo.rules import RULES, decisions, negations
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return negations.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, lang, flagged", [
    ("The mayor did not attend the meeting on Tuesday, her office said.",
     "La alcaldesa asistió a la reunión del martes, según informó su oficina.", "en", "did not attend"),
    ("Police have identified the victim.", "La policía no ha identificado a la víctima.", "es", "no ha identificado"),
    ("The company can't confirm the figures.", "La empresa puede confirmar las cifras.", "en", "can't confirm"),
    ("The suspect has never been charged with a crime.", "El sospechoso ha sido acusado de un delito.", "en",
     "never been charged"),
    # an event decision-mismatch reads without its negation (a rise, an opening, a hiring), said in other words
    ("Sales did not increase last year.", "Las ventas aumentaron el año pasado.", "en", "did not increase"),
    ("The company did not hire new workers.", "La empresa contrató nuevos trabajadores.", "en", "did not hire"),
    ("The city will not raise fees this year.", "La ciudad aumentará las tarifas este año.", "en", "will not raise"),
    ("The store did not reopen after the fire.", "La tienda reabrió después del incendio.", "en", "did not reopen"),
    # a verb's object denied ("found no evidence": "no encontró pruebas")
    ("Investigators found no evidence of foul play.", "Los investigadores encontraron evidencia de un crimen.", "en",
     "found no evidence"),
    # the finding verb said plainly, whatever noun the translation chose ("un vínculo": Apertium's "a bond")
    ("Investigators found no link between the two fires.",
     "Los investigadores encontraron un vínculo entre los dos incendios.", "en", "found no link"),
    ("Tests showed no trace of lead in the water.", "Las pruebas mostraron rastros de plomo en el agua.", "en",
     "showed no trace"),
    ("The school has no air conditioning.", "La escuela tiene aire acondicionado.", "en", "has no air"),
    # beside a negative word both sides say: the "contra" is the "against", not the "not" said otherwise
    ("The vaccine does not protect against the new variant.", "La vacuna protege contra la nueva variante.", "en",
     "does not protect"),
    ("The vaccine protects against the new variant.", "La vacuna no protege contra la nueva variante.", "es",
     "no protege"),
    ("The school will not offer free lunches.", "La escuela ofrecerá almuerzos gratuitos.", "en", "will not offer"),
    ("The unemployment rate did not rise in March.", "La tasa de desempleo subió en marzo.", "en", "did not rise"),
    # a "before" the other side keeps is no negation turned round ("not before noon" / "después del mediodía" is)
    ("The city did not receive enough applications before the deadline.",
     "La ciudad recibió suficientes solicitudes antes de la fecha límite.", "en", "did not receive"),
    # "until further notice" bounds the order, no negation a translator turns round as "not until Monday"
    ("Residents should not drink tap water until further notice.",
     "Los residentes pueden beber agua del grifo hasta nuevo aviso.", "en", "should not drink"),
    # an irregular future negated ("no podrán", "no tendrá"), its verb other than the English modal's (residents kept
    # out of their homes are decision-mismatch's, which names both sides: ``test_rule_opposites``)
    ("Students may return to campus on Friday.", "Los estudiantes no podrán regresar al campus el viernes.",
     "es", "no podrán"),
    # tico19, the Spanish "no" taken out ("que no fueron hospitalizados")
    ("In contrast, 1,388 of 5,143 (27%) COVID-19 patients who were not hospitalized were reported to have at least "
     "one underlying health condition.",
     "En cambio, se informó que 1388 de 5143 (27 %) pacientes con COVID-19 que fueron hospitalizados tenían al menos "
     "una afección médica subyacente.", "en", "were not hospitalized"),
    # "has yet to": not yet done, said done
    ("The mayor has yet to decide.", "El alcalde ya decidió.", "en", "has yet to decide"),
    ("Officials have yet to release the report.", "Las autoridades publicaron el informe.", "en",
     "have yet to release"),
    # an event of decision-mismatch's table denied, said plainly on the other side ("ebrio": under the influence)
    ("The driver was not under the influence.", "El conductor conducía bajo los efectos del alcohol.", "en",
     "was not under"),
    # a short verb's stem said inflected on the other side: "asked" / Apertium's "will not ask"
    ("Attendees will be asked about their immigration status.",
     "No se preguntará el estatus migratorio de los asistentes.", "es", "No se preguntará"),
    # "no habrá": Apertium's "There will be" drops the "no"
    ("Spanish interpretation will be available.", "No habrá interpretación al español.", "es", "No habrá"),
    ("Classes will be held on Monday.", "No habrá clases el lunes.", "es", "No habrá"),
    # Apertium's "irrigate" for "regar", against "water"
    ("Residents may not water their lawns on weekends.", "Los residentes pueden regar sus jardines los fines de semana.",
     "en", "may not water"),
    # Apertium's "concerned" for "preocupado" and "concern" for "preocúpese", against "worried" and "worry"
    ("The mayor is not worried about the cost.", "El alcalde está preocupado por el costo.", "en", "is not worried"),
    ("Residents should not worry about the water.", "Los residentes deben preocuparse por el agua.", "en",
     "should not worry"),
    # Apertium's "look for" for "buscar", against "seek"
    ("The prosecutor will seek the death penalty.", "La fiscal no buscará la pena de muerte.", "es", "no buscará"),
    # an event read after its negation is this rule's ("se emitieron": issued on both sides), and "cuidado" is care,
    # no warning that turns a negation (the fiftieth round)
    ("Tsunami warnings were issued for Japan.", "No se emitieron alertas de tsunami para Japón.", "es",
     "No se emitieron"),
    ("The insurance plan covers dental care.", "El plan de seguro no cubre el cuidado dental.", "es", "no cubre"),
])
def test_a_negation_said_on_one_side_only_is_reported(en, es, lang, flagged):
    (finding,) = _findings(en, es)
    assert finding.rule == "negation-mismatch" and finding.severity == RULES["negation-mismatch"].severity
    assert (finding.lang, finding.text) == (lang, flagged)
    other = "Spanish" if lang == "en" else "English"
    language = "English" if lang == "en" else "Spanish"
    assert finding.message == f"{flagged!r} is negated in {language} but said without a negation in {other}"
    assert finding.evidence["translation"]  # the Spanish sentence as translated: what the comparison read


@pytest.mark.parametrize("en, es, lang, flagged", [
    # an English phrasal verb, which the Spanish (and Apertium's translation of it) says in one word: "rendiremos",
    # "We will surrender"; "dimitiría", "would resign"; "descartó", left as it is
    ('"We will not give up," she said.', '"Nos rendiremos", dijo ella.', "en", "will not give up"),
    ("The mayor said he would not step down.", "El alcalde dijo que dimitiría.", "en", "would not step down"),
    ("The league did not call off the game.", "La liga canceló el partido.", "en", "did not call off"),
    ("Police have not ruled out foul play.", "La policía descartó un crimen.", "en", "have not ruled out"),
    ("The defendant did not show up for the hearing.", "El acusado se presentó a la audiencia.", "en",
     "did not show up"),
    # ("volcó": Apertium's "dumped", fifty-fifth round)
    ("The train derailed but did not tip over.", "El tren se descarriló y volcó.", "en", "did not tip over"),
    # and the other way round: the English says the phrasal verb plainly
    ("Police ruled out foul play.", "La policía no descartó un crimen.", "es", "no descartó"),
    ("The defendant showed up for the hearing.", "El acusado no se presentó a la audiencia.", "es",
     "no se presentó"),
])
def test_a_phrasal_verb_negated_on_one_side_only_is_reported(en, es, lang, flagged):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text) == ("negation-mismatch", lang, flagged)


def test_not_going_anywhere_denies_the_going():
    """"going" is no predicate ("is not going to close"), but for where it goes (fifty-sixth round)."""
    (finding,) = _findings('"We are not going anywhere," the owner said.', '"Nos vamos a ir", dijo el dueño.')
    assert (finding.rule, finding.lang, finding.text) == ("negation-mismatch", "en", "are not going anywhere")
    assert _findings('"We are not going anywhere," the owner said.',
                     '"No nos vamos a ir a ninguna parte", dijo el dueño.') == []


@pytest.mark.parametrize("en, es", [
    ('"We will not give up," she said.', '"No nos rendiremos", dijo ella.'),
    ("Police have not ruled out foul play.", "La policía no descartó un crimen."),
    ("The rebels gave up after three days.", "Los rebeldes se rindieron después de tres días."),
    ("The boat did not tip over.", "El barco no volcó."),
    # a particle that makes no phrasal verb of the table is the verb's own ("did not give in time": no "yield")
    ("The mayor did not step in.", "El alcalde intervino."),
])
def test_a_phrasal_verb_said_alike_on_both_sides_is_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es", [
    ("The mayor did not attend the meeting.", "La alcaldesa no asistió a la reunión."),
    ("The mayor attended the meeting.", "La alcaldesa asistió a la reunión."),
    # a negation said in other words: an antonym, a negative word, "not until"
    ("The driver was not injured in the crash.", "El conductor salió ileso del accidente."),
    ("The school will not open until Monday.", "La escuela abrirá hasta el lunes."),
    ("The study failed to find evidence of viral replication in pigs.",
     "El estudio no encontró evidencia de replicación vírica en cerdos."),
    ("Most of these viruses are non-pathogenic in bats.",
     "La mayoría de estos virus no son patógenos en los murciélagos."),
    ("The planet is stripped of water.", "El planeta no tiene agua."),
    ("The results are not yet known.", "Todavía se desconocen los resultados."),
    # an emphasis or an affirmation, not a negation
    ("It is not only a festival but a fair.", "Es un festival y además una feria."),
    ("Don't forget to bring water.", "Recuerde traer agua."),
    ("The wildlife is wild and should be kept at a distance.", "La vida silvestre no deja de ser salvaje."),
    ("The infection was diagnosed recently.", "No hace mucho se diagnosticó la infección."),
    ("The school has no air conditioning.", "La escuela no tiene aire acondicionado."),
    ("The town has no hospital.", "El pueblo carece de hospital."),
    ("The audit found no problems with the contract.", "La auditoría no halló irregularidades en el contrato."),
    ("Police reported no injuries.", "Según la policía, nadie resultó herido."),
    ("The council had no choice but to raise fees.", "El concejo tuvo que subir las tarifas."),
    # "jamás" or "nunca" after a superlative is "ever"
    ("It was the largest fire ever recorded in the state.", "Fue el mayor incendio jamás registrado en el estado."),
    ("It was the most inspiring event he has ever attended.",
     "Fue un acontecimiento más inspirador al cual jamás haya asistido."),  # a superlative with no article
    ("He is the youngest person ever elected to the council.", "Es la persona más joven jamás elegida al concejo."),
    # a negative word Apertium loses is read in the Spanish itself ("apenas" became "grieve")
    ("The architecture has not changed much in four centuries.",
     "En cuatro siglos la arquitectura apenas ha cambiado."),
    # a decision turned by its negation is decision-mismatch's (tested below)
    ("The board did not approve the contract.", "La junta aprobó el contrato."),
    # a negation turned round: "not until" said as the day, "not before" as "after" (a faithful WMT pair: "were not
    # produced until 1990" / "fueron producidas en 1990")
    ("The boxes were not produced until 1990.", "Las cajas fueron producidas en 1990."),
    ("The shop did not open before noon.", "La tienda abrió después del mediodía."),
    ("It will not reach other countries until 2010.", "Habrá que esperar a 2010 para que llegue a otros países."),
    # a negative word that is not the verb denied may still say the negation in other words
    ("The talks failed.", "Las negociaciones no prosperaron."),
    ("He lost consciousness.", "No estaba consciente."),
    ("He failed to attend the meeting.", "No asistió a la reunión."),
    ("The shelter is at capacity and is turning people away.", "El refugio está lleno y no está admitiendo a más "
     "personas."),
    # "has yet to" said as still to be done
    ("The mayor has yet to decide.", "El alcalde todavía no ha decidido."),
    ("The cause has yet to be determined.", "La causa queda por determinar."),
    ("The cause has yet to be determined.", "La causa está por determinarse."),
    ("The efficacy of the vaccines has yet to be determined.", "La eficacia de las vacunas aún debe determinarse."),
    # a possibility excluded (WMT, translated from Hungarian)
    ("The police chief could not have been under the influence of alcohol when he hit a pedestrian.",
     "Se puede excluir la posibilidad de que el jefe de policía condujera ebrio cuando atropelló a un peatón."),
    # "no quitar los ojos de encima": to keep an eye on (WMT, translated from German and French)
    ("UEFA will be keeping an eye on us constantly.", "La UEFA no nos va a quitar los ojos de encima."),
    ("There will be no classes on Monday.", "No habrá clases el lunes."),
    # a player who "sat out" the game did not play it
    ("The team's star player sat out the game with a sprained ankle.",
     "La estrella del equipo no jugó el partido por un esguince de tobillo."),
    ("We have our eye on the small extremist groups, the police spokesman warned.",
     "A los grupos extremistas no les quitamos los ojos de encima, advirtió el portavoz de la policía."),
    ("The mayor is not worried about the cost.", "El alcalde no está preocupado por el costo."),
    ("The mayor did not concede the race.", "El alcalde está preocupado por la contienda."),  # "concede" is no worry
    # (the fiftieth round)
    ("No tsunami warnings were issued for Japan.", "No se emitieron alertas de tsunami para Japón."),
    ("The insurance plan does not cover dental care.", "El plan de seguro no cubre el cuidado dental."),
    ("Be careful not to touch the wires.", "Tenga cuidado de no tocar los cables."),
    ("The patient did not survive.", "El paciente murió."),
    # (the fifty-fourth round: staying off a place is not going there)
    ("Officials urged residents to stay off the roads.",
     "Las autoridades pidieron a los residentes que no salieran a las carreteras."),
    ("The college will waive application fees for low-income students.",
     "La universidad no cobrará la solicitud a los estudiantes de bajos ingresos."),
])
def test_the_same_polarity_or_a_negation_said_otherwise_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_a_negated_decision_is_reported_once_by_decision_mismatch():
    aligned = aligned_pair("The board did not approve the contract.", "La junta aprobó el contrato.")
    assert negations.check(aligned, Settings()) == []
    assert [finding.rule for finding in decisions.check(aligned, Settings())] == ["decision-mismatch"]


def test_two_versions_in_one_language_are_compared_as_they_are():
    aligned = build_aligned(["The mayor attended the meeting on Tuesday.", PLAIN_PAIR[0]],
                            ["The mayor did not attend the meeting on Tuesday.", PLAIN_PAIR[0]],
                            right_lang="en", left_path="story.v1.txt", right_path="story.v2.txt")
    (finding,) = negations.check(aligned, Settings())
    assert (finding.path, finding.text) == ("story.v2.txt", "did not attend")
    assert finding.message == "'did not attend' is negated in story.v2.txt but said without a negation in story.v1.txt"


def test_disabled_rule_reports_nothing():
    assert _findings("The mayor did not attend the meeting.", "La alcaldesa asistió a la reunión.",
                     Settings(disabled_rules={"negation-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_translations_keep_their_negations():
    """The 443 documents of the corpus first written in English or Spanish (6,569 sentence pairs) are faithful
    translations but one sentence: one finding is a paraphrase the rule cannot tell apart ("Pre-operative transgender
    people" / "Las personas transgénero que aún no se han operado"), the other a WMT translation that did turn its
    negation round ("two other people were detained but not charged" / "otras dos personas no fueron detenidas pero
    están imputadas": found since the fiftieth round, when an event read after its negation, "no fueron detenidas",
    stopped being left to decision-mismatch, which reads both sides' "detained" alike)."""
    documents = original_documents()
    assert len(documents) == 443
    found = [finding.text for document in documents
             for finding in negations.check(document, Settings())]
    assert found == ["no se han operado", "no fueron detenidas"]


@needs_corpus
@pytest.mark.parametrize("en, es, lang, flagged", [
    # tico19: the Spanish "no" taken out; its "insostenible" belongs to the other clause ("cannot be sustained")
    ("In contrast, highly pathogenic SARS-CoV and MERS-CoV have not adapted to humans well and their transmission "
     "within humans cannot be sustained.",
     "En contraposición, el SARS-CoV y el MERS-CoV altamente patógenos se han adaptado bien a los humanos y su "
     "transmisión entre humanos es insostenible.", "en", "have not adapted"),
    # WMT: the English "not" taken out; "first" and "apparently" stay, the predicate and its object too
    ("Shortly after, the witness, who, in a first time, apparently had recognized the actress, saw Ms. Locklear "
     "stopping in a nearby street and leaving the vehicle.",
     "Poco después, la testigo, que al parecer al principio no había reconocido a la actriz, vio que Locklear paró en "
     "una autopista cercana y salió del vehículo.", "es", "no había reconocido"),
])
def test_a_negation_dropped_in_a_clause_of_its_own_is_reported_beside_another_negative_word(en, es, lang, flagged):
    """The side without the negation holds a negative word, but in another clause: the negated predicate and the
    word after it stand together in a clause of that side that holds none."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == (lang, flagged)


@pytest.mark.parametrize("en, es, lang, flagged", [
    # "finished" is "terminado", which Apertium renders "ended up": the clause's other words are said plainly
    ("The only vote against the plan came from Commissioner Tom Ramsey, who argued that the county had not finished "
     "an environmental review of the project.",
     "El único voto en contra vino del comisionado Tom Ramsey, quien argumentó que el condado había terminado una "
     "revisión ambiental del proyecto.", "en", "had not finished"),
    ("Only two members voted against it, saying that the district had completed its audit of the financial "
     "reports.",
     "Solo dos miembros votaron en contra, alegando que el distrito no había concluido la auditoría de los informes "
     "financieros.", "es", "no había concluido"),
])
def test_a_negated_clause_said_plainly_with_another_verb_is_reported_beside_another_negative_word(
        en, es, lang, flagged):
    """Beside a negative word in another clause ("against", "en contra"), a clause of the other side that says three
    quarters of the negated clause's words, the verb in other words, is that clause said without its negation."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == (lang, flagged)


@pytest.mark.parametrize("en, es, flagged", [
    ("She declined to comment on the lawsuit.", "Ella comentó sobre la demanda.", "declined to comment"),
    ("The proposal failed to win enough votes.", "La propuesta obtuvo suficientes votos.", "failed to win"),
    # "refused" is a rejection to decision-mismatch, but what was refused is "sign", no decision: read here
    ("The governor refused to sign the bill.", "El gobernador firmó el proyecto de ley.", "refused to sign"),
    ("The mayor was unable to attend the meeting.", "La alcaldesa asistió a la reunión.", "unable to attend"),
    ("It was unclear whether the suspect was armed.", "Quedó claro que el sospechoso estaba armado.", "unclear"),
    ("Many rural towns lack broadband access.", "Muchos pueblos rurales tienen acceso a banda ancha.",
     "lack broadband"),
    # a measure that failed to get enough votes is a rejection to decision-mismatch, which has no decision to
    # compare it with where the other side says the votes won: read here
    ("The levy failed to get enough votes.", "El impuesto obtuvo suficientes votos.", "failed to get enough votes"),
    # Apertium's "reparations" for "reparaciones", against "repairs"
    ("The landlord refused to make the repairs.", "El propietario hizo las reparaciones.", "refused to make"),
])
def test_a_refusal_or_a_failure_to_act_said_as_the_act_is_a_dropped_negation(en, es, flagged):
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("en", flagged)


def test_a_refusal_in_spanish_said_as_an_agreement_is_a_dropped_negation():
    (finding,) = _findings("The landlord agreed to make the repairs.",
                           "El propietario se negó a hacer las reparaciones.")
    assert (finding.lang, finding.text) == ("es", "se negó a hacer")


@pytest.mark.parametrize("en, es, flagged", [
    ("The road is open.", "La carretera no está abierta.", "no está abierta"),
    ("The fire is fully contained.", "El incendio no está contenido.", "no está contenido"),
    ("The data are correct.", "Los datos no son correctos.", "no son correctos"),
])
def test_a_spanish_copula_denied_is_a_negation(en, es, flagged):
    """"no es", "no son", "no está", "no están": the present of the copula had no verb ending the Spanish pattern
    knew, so "La carretera no está abierta" read as no negation at all."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("es", flagged)


@pytest.mark.parametrize("en, es, flagged", [
    # ("He's not running for reelection" is a retirement against a reelection bid: decision-mismatch's, naming both)
    ("He's not running for mayor.", "Se postula para alcalde.", "He's not running"),
    ("They're not sure of the date, the owner said.", "Están seguros de la fecha, dijo el dueño.",
     "They're not sure of the date"),
    # an adverb between the auxiliary and "not"; "fueron", "va a", "sea" after "no"
    ("The company is still not profitable.", "La empresa es rentable.", "is still not profitable"),
    ("The bridge will probably not reopen this year.", "El puente reabrirá este año.", "will probably not reopen"),
    ("The documents were published.", "Los documentos no fueron publicados.", "no fueron publicados"),
    ("The mayor is going to sign the bill.", "El alcalde no va a firmar el proyecto de ley.", "no va a firmar"),
    # Apertium's word for the verb the English writes: "acusado" is "accused" (charged), "heridos" "wounded"
    ("The man has not been charged.", "El hombre fue acusado.", "has not been charged"),
    ("The cause of death has not been released.", "La causa de muerte fue divulgada.", "has not been released"),
    ("There were no injuries.", "Hubo heridos.", "There were no injuries"),
    # "seatbelt" is Apertium's "belt" ("cinturón de seguridad": "belt of security"), whatever its verb
    ("The driver was not wearing a seatbelt.", "El conductor llevaba puesto el cinturón de seguridad.",
     "was not wearing"),
    # and the other way: Apertium's "did not spend put", "did not lose" (missed), "did not detain" (stopped), "did not
    # attain to arrive to" (reached)
    ("The driver was wearing a seat belt.", "El conductor no llevaba puesto el cinturón de seguridad.", "no llevaba"),
    ("He missed the deadline.", "No perdió el plazo.", "No perdió"),
    ("The bleeding stopped after an hour.", "La hemorragia no se detuvo después de una hora.", "no se detuvo"),
    ("The jury reached a verdict.", "El jurado no logró llegar a un veredicto.", "no logró"),
    # "reconstruir": "reconstruct", against "rebuild"
    ("\"We will not rebuild,\" the owner said.", "\"Vamos a reconstruir\", dijo el dueño.", "will not rebuild"),
    # a verb Apertium leaves as it is after the same "no" ("no fumigará": "no fumigará") is a negation kept
    ("The county will spray for mosquitoes.", "El condado no fumigará contra los mosquitos.", "no fumigará"),
    # "did not fail" with no "to" after it is a negation; "fracasaron", which Apertium leaves as it is, the failure
    ("The talks did not fail.", "Las negociaciones fracasaron.", "did not fail"),
    # a subject denied
    ("No arrests have been made.", "Se han realizado arrestos.", "No arrests"),
    ("No charges have been filed.", "Se presentaron cargos.", "No charges"),
    # (the fifty-seventh round: a subject of several words denied, and a thing "missed" said of its noun, no negation)
    ("The company said no credit card numbers were stolen.",
     "La empresa dijo que se robaron números de tarjetas de crédito.", "no credit"),
    ("Workers will receive back pay for the missed shifts.",
     "Los trabajadores no recibirán pago atrasado por los turnos perdidos.", "no recibirán"),
    ("The clinic does not ask about immigration status.", "La clínica pregunta sobre el estatus migratorio.",
     "does not ask"),  # ("pregunta": Apertium's "question")
    ("Teachers will be paid for the extra hours.", "Los maestros no recibirán pago por las horas adicionales.",
     "no recibirán"),  # ("pago": Apertium's "payment")
    # (the sixty-first round: verbs Apertium leaves as they are, "reembolsar" and "vacunaría")
    ("The company agreed to refund customers who were overcharged.",
     "La empresa se negó a reembolsar a los clientes a quienes se les cobró de más.", "se negó a reembolsar"),
    ("Nearly half of respondents said they would not get the vaccine.",
     "Casi la mitad de los encuestados dijo que sí se vacunaría.", "would not get the vaccine"),
    # ("revisado": Apertium's "revised", against "reviewed"; a hyphenated predicate is flagged whole)
    ("The trial has not been peer-reviewed.", "El ensayo ya fue revisado por pares.", "has not been peer-reviewed"),
    # ("seguro": Apertium's "sure", against "unclear")
    ("It is unclear whether the measure will pass.", "Es seguro que la medida será aprobada.", "unclear"),
    ("The mayor also attended the meeting.", "La alcaldesa tampoco asistió a la reunión.", "tampoco asistió"),
    ("She voted.", "Ni siquiera votó.", "Ni siquiera votó"),
])
def test_a_contracted_auxiliary_tampoco_or_ni_siquiera_is_a_negation(en, es, flagged):
    """"It's not", "they're not": the English pattern wanted the auxiliary as a word of its own, and "not" right
    after it; "tampoco" and "ni siquiera" before a verb negate it as "no" does (Apertium: "neither assisted", "not
    even voted"); "no fueron" had no verb ending the pattern knew, and "no va a" took the two-letter "va" for its
    predicate."""
    (finding,) = _findings(en, es)
    assert finding.text == flagged


@pytest.mark.parametrize("en, es", [
    ("The mayor did not attend the meeting either.", "La alcaldesa tampoco asistió a la reunión."),
    ("She didn't even vote.", "Ni siquiera votó."),
    ("No arrests have been made.", "No se han realizado arrestos."),
    ("No one was hurt.", "Nadie resultó herido."),
    # none against a count is number-mismatch's, which names both
    ("No injuries have been reported.", "Se han reportado dos heridos."),
    ("No injuries have been reported.", "Se han reportado varios heridos."),
    ("We are not talking of gigabytes or megabytes.", "No hablamos de gigas, ni siquiera de megas."),
    ("Smith's not guilty plea was entered Monday.", "La declaración de inocencia de Smith se presentó el lunes."),
    ("The team did not fail to score.", "El equipo marcó."),  # "did not fail to": it did
    ("The talks did not succeed.", "Las negociaciones fracasaron."),  # a failure, said otherwise
    ("He did not miss the deadline.", "No perdió el plazo."),
    ("The company said no credit card numbers were stolen.",
     "La empresa dijo que no se robaron números de tarjetas de crédito."),
    ("Workers will not receive back pay for the missed shifts.",
     "Los trabajadores no recibirán pago atrasado por los turnos perdidos."),
    ("He missed three games and will not play Friday.", "Se perdió tres partidos y no jugará el viernes."),
    ("The clinic does not ask about immigration status.", "La clínica no pregunta sobre el estatus migratorio."),
    ("No matter who was elected, the plan would pass.", "Sin importar quién fuera elegido, el plan se aprobaría."),
    ("The county will not spray for mosquitoes.", "El condado no fumigará contra los mosquitos."),
    ("The company refused to refund customers.", "La empresa se negó a reembolsar a los clientes."),
    ("Nearly half of respondents said they would not get the vaccine.",
     "Casi la mitad de los encuestados dijo que no se vacunaría."),
    ("The trial has not been peer-reviewed.", "El ensayo aún no ha sido revisado por pares."),
    ("It is unclear whether the measure will pass.", "No está claro si la medida será aprobada."),
    ("It is unclear whether the measure will pass.", "No es seguro que la medida sea aprobada."),
])
def test_a_contracted_auxiliary_tampoco_or_ni_siquiera_said_alike_is_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged", [
    ("Residents were told not to drink the water.", "A los residentes se les dijo que bebieran el agua.",
     "not to drink"),
    ("The board decided not to raise taxes.", "La junta decidió subir los impuestos.", "not to raise"),
    # "going to close" is a phrase of decision-mismatch's ("to close"), whose denial is this rule's
    ("The district is not going to close the school.", "El distrito va a cerrar la escuela.", "is not going to close"),
    ("\"We are not going to close the school,\" the superintendent said.",
     "\"Vamos a cerrar la escuela\", dijo el superintendente.", "are not going to close"),
    # "until" is a turn ("not until Monday" / "el lunes"), unless the other side drops what it bounds
    ("She urged residents not to return until the order is lifted.",
     "Instó a los residentes a regresar cuando quieran.", "not to return"),
])
def test_an_infinitive_denied_is_a_negation(en, es, flagged):
    """"not to drink", "decided not to": the English pattern wanted an auxiliary before "not", so a boil-water
    notice's "were told not to drink the water" / "que bebieran el agua" went unread; and "is not going to close"
    was left to decision-mismatch, which read no denial in it."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("en", flagged)


@pytest.mark.parametrize("en, es", [
    ("Residents were told not to drink the water.", "A los residentes se les dijo que no bebieran el agua."),
    ("The council will decide whether or not to raise taxes.", "El concejo decidirá si sube los impuestos."),
    ("Not to mention the cost, the plan is slow.", "Sin mencionar el costo, el plan es lento."),
    ("Residents should not return until the order is lifted.",
     "Los residentes pueden regresar cuando se levante la orden."),
    ("The store will not reopen until Monday.", "La tienda reabrirá el lunes."),
    # to stay at home, said with a negation on one side only
    ("Residents were warned to stay indoors and not to drink tap water.",
     "Se advirtió a los residentes que no salgan de sus hogares y no consuman agua del grifo."),
])
def test_an_infinitive_denied_said_alike_is_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("text", [
    "No es solo un problema de dinero.", "No es que quiera irse.", "No es porque hayamos crecido más.",
])
def test_a_spanish_copula_before_only_or_a_reason_is_no_negation(text):
    assert negations.negations(text, "es") == ()


@pytest.mark.parametrize("en, es, flagged", [
    ("She commented on the lawsuit.", "Ella se negó a comentar sobre la demanda.", "se negó a comentar"),
    ("The governor signed the bill.", "El gobernador se negó a firmar el proyecto de ley.", "se negó a firmar"),
    ("Several witnesses testified.", "Varios testigos se rehusaron a testificar.", "se rehusaron a testificar"),
    # the present, "se niega a" (Apertium: "denies to cooperate")
    ("The suspect is cooperating with police.", "El sospechoso se niega a cooperar con la policía.",
     "se niega a cooperar"),
])
def test_a_spanish_refusal_said_as_the_act_is_a_dropped_negation(en, es, flagged):
    """"se negó a comentar" refuses "comentar" (Apertium: "denied to comment"), as "declined to comment" does."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("es", flagged)


@pytest.mark.parametrize("en, es", [
    ("She declined to comment on the lawsuit.", "Ella se negó a comentar sobre la demanda."),
    ("She declined to comment on the lawsuit.", "Ella no quiso comentar sobre la demanda."),
    ("She declined to comment on the lawsuit.", "Ella declinó hacer comentarios sobre la demanda."),
    ("She declined to comment on the lawsuit.", "Ella rehusó comentar sobre la demanda."),
    ("The proposal failed to win enough votes.", "La propuesta no logró obtener suficientes votos."),
    ("The bill failed to pass the House.", "El proyecto de ley fracasó en la Cámara."),
    ("Several witnesses refused to testify.", "Varios testigos se rehusaron a testificar."),
    ("The suspect refuses to cooperate with police.", "El sospechoso se niega a cooperar con la policía."),
    ("The company did not comment on the allegations.", "La empresa se negó a comentar las acusaciones."),
    ("The company denied the allegations.", "La empresa negó las acusaciones."),
    ("The company did not fail to pay its workers.", "La empresa pagó a sus trabajadores."),
    ("The mayor was unable to attend the meeting.", "La alcaldesa no pudo asistir a la reunión."),
    ("It is unclear how many people remain without power.",
     "No está claro cuántas personas siguen sin electricidad."),
    ("It is unclear how many people remain without power.", "Se desconoce cuántas personas siguen sin electricidad."),
    ("It was unclear whether the suspect was armed.", "No quedó claro si el sospechoso estaba armado."),
    ("Many rural towns lack broadband access.", "Muchos pueblos rurales no tienen acceso a banda ancha."),
    # "carece", which Apertium leaves as it is
    ("The district says it lacks the money to hire more counselors.",
     "El distrito dice que carece del dinero para contratar más consejeros."),
    ("The project stalled for lack of funding.", "El proyecto se estancó por falta de financiamiento."),
    # flores: "les denegó su repatriación", which Apertium leaves as "denegó"
    ("Turkey would also take over guarding captured ISIS fighters which, the statement said, European nations have "
     "refused to repatriate.",
     "Turquía asumiría, además, la vigilancia de los militantes del ISIS que fueron capturados, a quienes las naciones "
     "europeas, conforme indica el comunicado, les denegó su repatriación."),
    # WMT: "que un país miembro del euro incumpla sus compromisos", "that a country member of the euro break"
    ("It doesn't make sense that Ecofin saved Hungry from a breach of its external payments at the beginning of the "
     "year, and that it is going to let a euro member-country fail to fulfill its commitments.",
     "No tiene sentido que el Ecofin salvase a Hungría de un incumplimiento de sus pagos exteriores a principios de "
     "año y que vaya a permitir que un país miembro del euro incumpla sus compromisos."),
])
def test_a_refusal_or_a_failure_said_in_spanish_words_is_no_dropped_negation(en, es):
    assert _findings(en, es) == []


def test_a_clause_saying_only_some_of_the_negated_clauses_words_is_no_dropped_negation():
    """WMT: "skipped the Olympic marathon" says "no ha tomado parte a el maratón olímpico" in its own words; the
    clause shares four of its six words, too few to be the same statement said without its negation."""
    english = ("Last month, Gebrselassie skipped the Olympic marathon in Beijing, fearing - perhaps too alarmingly, "
               "in retrospect - that the air pollution would exacerbate his problems with asthma.")
    spanish = ("El mes pasado, Gebrselassie no ha tomado parte a el maratón olímpico en Beijing, temiendo - quizá de "
               "manera demasiado alarmante, en retrospectiva - que la contaminación del aire agravaran sus problemas "
               "con el asma.")
    assert _findings(english, spanish) == []


def test_the_object_after_a_possessive_is_read_as_the_negated_predicates_second_word():
    """tico19: "no salgan de sus hogares", whose translation "do not exit of his homes" shares only "homes" with the
    English "they do leave home": "de", "sus" and "his" stand between the verb and its object, as "the" does."""
    english = ("Russia intends to introduce a geofencing app for patients diagnosed with COVID-19 living in Moscow, "
               "designed to ensure they do leave home.")
    spanish = ("Rusia planea introducir una aplicación de geoperimetraje para los pacientes que vivan en Moscú y hayan "
               "recibido un diagnóstico de COVID-19, diseñada para garantizar que no salgan de sus hogares.")
    (finding,) = _findings(english, spanish)
    assert (finding.lang, finding.text) == ("es", "no salgan")
    assert negations.negations("did not leave his home", "en")[0].predicates == ("leav", "home")


def test_a_negative_word_in_the_clause_of_the_predicate_still_leaves_the_pair_alone():
    """"difficult to find" says the negation in its own words, in the predicate's clause."""
    assert _findings("Investigators could not find the weapon, and the case remains open.",
                     "A los investigadores les resultó difícil encontrar el arma, y el caso sigue abierto.") == []

def test_a_negative_subject_is_read_over_the_clauses_after_it():
    """"None of the films, ..., represent": the clauses between the subject and its verb do not free the verb."""
    spanish = "Las tres películas, que se estrenaron en mayo, no representan la generación de directores jóvenes."
    assert _findings("None of the three films, which opened in May, represent the generation of young directors.",
                     spanish) == []
    # (with a negative word in another clause: the predicate and its object together in a clause without one)
    (finding,) = _findings("The three films, which opened in May without a premiere, represent the generation of "
                           "young directors.", spanish)
    assert finding.text == "no representan"


@pytest.mark.parametrize("en, es, flagged", [
    # WMT: "did not attend" / "no asistió", translated "did not assist": the words differ, the auxiliary stayed
    ("Glitter, real name, Paul Gadd, did attend the hearing at Ashford Magistrates court in Kent but he was "
     "represented by solicitors Corker Binning.",
     "Glitter, nombre real, Paul Gadd, no asistió a la audiencia en el Juzgado de los Magistrates de Ashford en Kent, "
     "pero estuvo representado por el abogado Corker Binning.", "no asistió"),
    # flores: negative words elsewhere on both sides, "did meet" / "no alcanzó" ("did not reach")
    ("No tsunami warning has been issued, and according to the Jakarta geophysics agency, no tsunami warning will be "
     "issued because the quake did meet the magnitude 6.5 requirement.",
     "No se ha emitido ni se emitirá ninguna alerta de tsunami ya que, según la agencia geofísica de Yakarta, el "
     "terremoto no alcanzó la magnitud de 6,5 exigida a tal fin.", "no alcanzó"),
])
def test_an_emphatic_do_where_the_other_side_says_do_not_is_a_dropped_negation(en, es, flagged):
    """English seldom writes "did attend" but for a contrast; where the Spanish's translation says "did not" the
    "not" was dropped from that very phrase, whatever verb each side chose."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("es", flagged)


def test_an_emphatic_do_is_the_trace_of_the_one_spanish_negation_whatever_apertium_made_of_it():
    """WMT, the English "not" taken out of "If he does not react": Apertium's English of the Spanish says no "does
    not" to set against the English "does react", and the two sides' verbs differ; the English "does" before a verb
    stands where the "not" was."""
    (finding,) = _findings("If he does react, and even though the collision is unavoidable, the device exerts the "
                           "maximum force to the brakes to minimize damage.",
                           "En caso de que no reaccione, y aunque la colisión sea inevitable, el dispositivo ejerce el "
                           "máximo esfuerzo a los frenos para minimizar los daños.")
    assert (finding.lang, finding.text) == ("es", "no reaccione")


@pytest.mark.parametrize("en, es", [
    # "do" as the main verb
    ("Those who do less yearly mileage can opt for this version.",
     "Los que no realicen muchos kilómetros al año pueden optar por esta versión."),
    # "do" as the main verb after a modal (WMT's "will do very well", beside a "no hay" of the Spanish)
    ("The expert thinks technology sales will do well, although the brand has little presence in Spain.",
     "El experto cree que las ventas de tecnología irán bien, aunque no hay mucha presencia de la marca en España."),
    # an emphasis contrasting with a negative before it (tico19, as written)
    ("Not many cases are reported in children and most of these are mild or moderate, though a significant fraction "
     "do get pneumonia.",
     "No se informan muchos casos en niños, y la mayoría son leves o moderados, aunque una fracción significativa sí "
     "contrae neumonía."),
])
def test_a_main_verb_do_or_an_emphasis_after_a_negative_is_no_dropped_negation(en, es):
    assert _findings(en, es) == []


def test_a_bare_yet_after_an_auxiliary_is_a_dropped_negation():
    """WMT: "is not yet available" without its "not" against "todavía no se encuentra disponible" ("still does not
    find"); "no charges had yet been filed" says its negation with "no", and "has yet to" is one of its own."""
    (finding,) = _findings("The device is yet available on the Spanish market in any commercial solution.",
                           "El dispositivo todavía no se encuentra disponible en el mercado español en ninguna "
                           "modalidad comercial.")
    assert (finding.lang, finding.text) == ("es", "no se encuentra")
    assert _findings("Police said no charges had yet been filed against the men.",
                     "La policía dijo que todavía no se habían presentado cargos contra los hombres.") == []
    assert _findings("The council has yet to decide on the plan.",
                     "El concejo todavía no ha decidido sobre el plan.") == []


@pytest.mark.parametrize("en, es, orphan", [
    # tico19, the Spanish "no" taken out: its "ni" is left with no negation to follow
    ("Don't stand or sit near people who might be sick.",
     "Se pare ni se siente cerca de otras personas que podrían estar enfermas.", "ni"),
    # WMT: "no era un mar, sino una pulsión" without its "no"
    ("On Albert Camus: \"In his pages I discovered that the Mediterranean wasn't a sea, rather a spiritual instinct.\"",
     "Sobre Albert Camus: \"En sus páginas descubrí que el Mediterráneo era un mar, sino una pulsión espiritual.\"",
     "sino"),
])
def test_a_spanish_ni_or_sino_with_no_negation_before_it_is_a_dropped_negation(en, es, orphan):
    """Spanish grammar wants a negation before "ni" and "sino": one left alone is where a "no" was taken out,
    whatever other negative words the sentence holds."""
    (finding,) = _findings(en, es)
    assert finding.lang == "en"
    assert finding.message.endswith(f"in Spanish, whose {orphan!r} needs one")
    assert finding.evidence["orphan"] == orphan


@pytest.mark.parametrize("en, es", [
    # the Spanish says the English "do" with its "sí"
    ("\"We do have a plan, but we have shared it with nobody yet,\" the mayor said.",
     "\"Sí tenemos un plan, pero todavía no lo hemos compartido con nadie\", dijo la alcaldesa."),
    ("Officials do expect delays, and they have failed to find a second company.",
     "Las autoridades sí esperan retrasos, y no han encontrado una segunda empresa."),
    # the emphasis is on another verb than the one the Spanish negates ("do worry" / "no lo tiene en cuenta")
    ("Residents do worry about traffic; the plan, they said, leaves it out.",
     "A los vecinos les preocupa el tráfico; el plan, dijeron, no lo tiene en cuenta."),
    ("Parents do want the bus route back, but the district lacks drivers.",
     "Los padres quieren que vuelva la ruta, pero el distrito no tiene choferes."),
    # the English says the Spanish negation in other words ("with nobody", "failed to find")
    ("\"We do have a plan, but we have shared it with nobody yet,\" the mayor said.",
     "\"Tenemos un plan, pero todavía no lo hemos compartido con nadie\", dijo la alcaldesa."),
    ("Officials do expect delays, and they have failed to find a second company.",
     "Las autoridades esperan retrasos, y no han encontrado una segunda empresa."),
])
def test_an_emphatic_do_beside_a_negation_said_in_other_words_is_no_trace(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged", [
    # "never ... before" is "never": no bound turned round as in "not before Monday" / "hasta el lunes"
    ("The impact on the cruise industry was at a level never seen before.",
     "El impacto en el sector de los cruceros alcanzó un nivel antes visto.", "never seen"),
    # "there is no" is the English "no hay"
    ("There is no evidence that the virus spreads through food, health officials said.",
     "Hay evidencia de que el virus se propaga a través de los alimentos, dijeron las autoridades sanitarias.",
     "There is no evidence"),
])
def test_never_before_and_there_is_no_are_negations_like_the_others(en, es, flagged):
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == ("en", flagged)


def test_there_is_no_in_an_idiom_translators_say_their_own_way_is_left_alone():
    assert _findings("There is no point in looking for discounts on first-class seats.",
                     "Es una tontería buscar descuentos en asientos de primera clase.") == []


def test_a_side_left_in_the_other_language_is_untranslated_not_a_dropped_negation():
    """The English version holds the Spanish sentence as it was: no English negation can be read in it, and
    ``untranslated`` reports the sentence."""
    spanish = "\"Y nunca antes habíamos visto una pandemia que se pueda controlar\", agregó."
    aligned = aligned_pair(spanish, spanish)
    assert len(negations.check(aligned, Settings())) == 1  # read as English, the sentence says no negation
    aligned.left.segments[0].lang = "es"  # as the language identifier reads it
    assert negations.check(aligned, Settings()) == []


def test_a_ningun_after_a_verb_with_no_negation_before_it_is_a_dropped_negation():
    """tico19, the Spanish "no" taken out of "puede que no genere ningún impacto": Spanish wants a negation before a
    verb that "ningún" follows."""
    (finding,) = _findings("If school closures occur late relative to an outbreak, they are less effective and may "
                           "not have any impact at all.",
                           "Si el cierre de escuelas se establece tarde con relación al brote, es menos eficaz y "
                           "puede que genere ningún impacto.")
    assert (finding.lang, finding.text) == ("en", "may not have any impact")
    assert finding.evidence["orphan"] == "ningún"


@pytest.mark.parametrize("es", [
    "Ningún estado reconoce la independencia de la región.",  # before its verb: a negation itself
    "El alcalde dijo que en ningún caso subirá los impuestos.",  # after a preposition
    "La votación se celebró sin ningún incidente.",
    "Casi ningún país ha reconocido el resultado.",
    "Entonces ningún sucesor emerge.",  # WMT: after an adverb opening the sentence
    "Hoy ningún candidato ha presentado su programa.",
    "Ya ha llegado la hora en la cual ninguna moral existe más.",  # WMT: after a relative pronoun
    "Hasta el momento ningún grupo ha reivindicado el ataque.",  # after a time phrase
    "No hay ningún herido, según la policía.",  # the "no" is there
])
def test_a_ningun_that_is_a_negation_itself_or_follows_one_needs_none(es):
    assert negations.orphan_negative_concord(es) is None


@pytest.mark.parametrize("en, es, lang, flagged", [
    # Apertium writes "Nunca he visto" as "Never I have seen": the predicate comes after the subject "I"
    ("\"I have seen something like that before,\" Ellis said.", "\"Nunca he visto algo así\", comentó Ellis.", "es",
     "Nunca he visto"),
    # "Se sabe" is "It knows" in Apertium's English: "known" and "knows" are one verb
    ("It is not known how the producers chose the clips.", "Se sabe cómo los productores escogieron los videos.",
     "en", "is not known"),
    # the other side's own negative word is the very verb denied ("lost" / "no perdió": "did not lose"), no negation
    # said in other words
    ("The family lost their home in the fire.", "La familia no perdió su casa en el incendio.", "es", "no perdió"),
    ("The family lost everything in the fire.", "La familia no perdió nada en el incendio.", "es", "no perdió"),
    ("She ignored the warning.", "No ignoró la advertencia.", "es", "No ignoró"),
])
def test_a_predicate_is_found_in_another_form_of_its_verb(en, es, lang, flagged):
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text) == (lang, flagged)
    assert negations.predicate_stem("known") == negations.predicate_stem("knows") == negations.predicate_stem("knew")
    assert negations.predicate_stem("going") == negations.predicate_stem("go")  # (the crude stem keeps 5 letters)


@pytest.mark.parametrize("es", [
    "Ni Juan ni María vinieron a la reunión.",  # a sentence opening on "Ni"
    "Algunos países ni siquiera le permitirán cambiar de avión.",  # "ni siquiera" is a negation itself
    "Se lavó las manos sin agua ni jabón.",  # after "sin"
    "¿Quién sino ella podía saberlo?",  # a question's "sino"
    "Ese señor tan útil para las campañas que ni habla ni denuncia ni exige.",  # a pair: WMT, as written
    "Trabajar con él fue ni más ni menos que la cumbre de su carrera.",
])
def test_a_ni_or_sino_with_a_negation_of_its_own_needs_none(es):
    assert negations.orphan_negative_concord(es) is None


def test_a_number_in_words_between_the_verb_and_its_object_is_passed_over():
    """"no había tomado dos cervezas" against "she had two beers": the verbs differ ("taken" / "had"), the object
    is the one word both say, and "dos" / "two" stood before it."""
    (finding,) = _findings("Lopez told officers she had two beers at a restaurant.",
                           "Lopez dijo a los agentes que no había tomado dos cervezas en un restaurante.")
    assert (finding.lang, finding.text) == ("es", "no había tomado")


def _negation_edits(lang: str) -> list[tuple[list[str], list[str]]]:
    """Sentence pairs of the corpus (first written in English or Spanish) whose two sides both say a clausal
    negation, with the ``lang`` side's one negation taken out as the benchmark's edit does it."""
    edits = []
    for en, es in original_sentence_pairs():
        other, other_lang = (es, "es") if lang == "en" else (en, "en")
        changed = without_negation(en if lang == "en" else es, lang)
        if changed is not None and negation_free_of_other_rules(other, other_lang):
            edits.append(([changed, PLAIN_PAIR[0]], [es, PLAIN_PAIR[1]]) if lang == "en"
                         else ([en, PLAIN_PAIR[0]], [changed, PLAIN_PAIR[1]]))
    return edits


@needs_corpus
@pytest.mark.parametrize("lang, least", [("en", 0.55), ("es", 0.50)])
def test_a_negation_taken_out_of_a_corpus_sentence_is_often_found(lang, least):
    """Measured: the English negation taken out is found in 59% of the pairs (261 of 446), the Spanish one in 58% (290
    of 502; 259 and 289 before an event read after its negation where the other side says the same event, "No se
    emitieron alertas" / "warnings were issued", was left to this rule rather than to decision-mismatch, which reads
    the two alike, fiftieth round; 258 and 288 before a negated decision was read here where the other side says none, forty-first round;
    257 and 284 before a short verb's stem met its inflected forms, "ask" / "asked", thirty-third round;
    "has yet to" is a negation since 2026-12-05, which makes "There are yet to be vaccines" / "Todavía hay
    vacunas", its "no" taken out, one more pair, not found, "todavía" saying a thing still to be done; one more since an
    English phrasal verb is also the words a translation says it with, twenty-seventh round; "there is no" and a Spanish
    irregular future, "no podrán", are negations since 2026-12-02, the Spanish copula's present, "no es", "no está", an
    English "it's not", a Spanish "tampoco", since 2026-12-03, and an English infinitive denied, "not to drink", since
    2026-12-04, and an intransitive "did not fail" since the twenty-fifth round, so more pairs say one on both sides; a
    condition denied, "was not armed", "is not needed" since 2026-12-04, is decision-mismatch's, so fewer are left to
    this rule). The rest keep another negative word in the clause of the predicate ("sin", "ni", "todavía", "only": a
    translator's paraphrase could not be told apart) or say the predicate in other words than Apertium's ("attended" /
    "arrived"), with no "do" left where the "not" was."""
    edits = _negation_edits(lang)
    assert len(edits) >= 300
    documents = build_aligned_documents([DocumentSpec(en, es) for en, es in edits])
    found = sum(bool(negations.check(document, Settings())) for document in documents)
    assert found / len(edits) >= least
