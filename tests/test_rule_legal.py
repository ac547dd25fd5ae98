"""name-mismatch: a person's standing before the law changed between the two versions (``bilingo.rules.legal``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents
from bilingo.rules import legal
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return legal.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    # the verdict is named, not "el acusado" (the defendant) before it
    ("The defendant was acquitted.", "El acusado fue condenado.", "condenado",
     "acquitted in English but convicted ('condenado') in Spanish"),
    ("The defendant was convicted.", "El acusado fue absuelto.", "absuelto",
     "convicted in English but acquitted ('absuelto') in Spanish"),
    ("Juan Pérez, 34, was charged with murder on Friday.", "Juan Pérez, de 34 años, fue condenado por asesinato el viernes.",
     "condenado", "accused ('was charged') in English but convicted ('condenado') in Spanish"),
    # a crime after the article ("por el tiroteo"), which "por la ONU" is not
    ("The teen was arrested in connection with the shooting.", "El adolescente fue condenado por el tiroteo.",
     "condenado", "accused ('arrested') in English but convicted ('condenado') in Spanish"),
    ("The former mayor was acquitted of bribery charges.", "El exalcalde fue declarado culpable de soborno.",
     "declarado culpable", "acquitted in English but convicted ('declarado culpable') in Spanish"),
    # "condenado" before a day, and the verb with its pronoun ("lo condenó"), are a verdict
    ("He was acquitted on Friday.", "Fue condenado el viernes.",
     "condenado", "acquitted in English but convicted ('condenado') in Spanish"),
    # a sentence handed down is a conviction ("dictó sentencia"; not "sentencia absolutoria")
    ("The jury acquitted him in March.", "El juez le dictó sentencia en marzo.",
     "dictó sentencia", "acquitted in English but convicted ('dictó sentencia') in Spanish"),
    ("The jury acquitted him on Friday.", "El jurado lo condenó el viernes.",
     "lo condenó", "acquitted in English but convicted ('lo condenó') in Spanish"),
    # a jury's or a judge's verb without its pronoun ("el alcalde condenó el ataque" is no verdict)
    ("The jury acquitted the officer.", "El jurado condenó al agente.",
     "jurado condenó", "acquitted in English but convicted ('jurado condenó') in Spanish"),
    # the verdict as a noun
    ("The trial ended in a conviction.", "El juicio terminó con una absolución.",
     "absolución", "convicted ('ended in a conviction') in English but acquitted ('absolución') in Spanish"),
    ("The trial ended in an acquittal.", "El juicio terminó con una condena.",
     "terminó con una condena",
     "acquitted ('acquittal') in English but convicted ('terminó con una condena') in Spanish"),
    # WMT newstest, with the Spanish word swapped: "El individuo arrestado ha sido acusado de tráfico de drogas"
    ("The suspect is charged with drug trafficking and forgery of public documents.",
     "El sospechoso ha sido condenado por tráfico de drogas y falsificación de documento público.",
     "condenado", "accused ('is charged') in English but convicted ('condenado') in Spanish"),
    # two verdicts, one swapped: each side still says an acquittal, so only the counts tell
    ("The jury acquitted Smith of murder but convicted him of evidence tampering.",
     "El jurado absolvió a Smith de asesinato y también lo absolvió de manipular pruebas.",
     "absolvió", "convicted in English but acquitted ('absolvió') in Spanish"),
    # a verdict with its defendant between the words ("found him not guilty", "declaró a Smith culpable")
    ("The jury found him not guilty of murder.", "El jurado lo declaró culpable de asesinato.",
     "lo declaró culpable", "acquitted ('found him not guilty') in English but convicted ('lo declaró culpable') in "
     "Spanish"),
    ("The jury found him guilty of murder.", "El jurado lo declaró inocente de asesinato.",
     "lo declaró inocente",
     "convicted ('found him guilty') in English but acquitted ('lo declaró inocente') in Spanish"),
    # the object after the verdict, an infinitive with its pronoun, a gerund
    ("A jury acquitted the officer on Friday.", "Un jurado declaró culpable al agente el viernes.",
     "declaró culpable al", "acquitted in English but convicted ('declaró culpable al') in Spanish"),
    ("The jury deliberated for three hours before finding him guilty.",
     "El jurado deliberó durante tres horas antes de declararlo inocente.", "declararlo inocente",
     "convicted ('finding him guilty') in English but acquitted ('declararlo inocente') in Spanish"),
    ("A jury found Smith not guilty of manslaughter.", "Un jurado declaró a Smith culpable de homicidio involuntario.",
     "declaró a Smith culpable", "acquitted ('found Smith not guilty') in English but convicted ('declaró a Smith "
     "culpable') in Spanish"),
    # a guilty plea turned into a plea of not guilty: still accused
    ("She pleaded guilty to fraud on Monday.", "Se declaró inocente de fraude el lunes.",
     "Se declaró inocente", "convicted ('pleaded guilty') in English but accused ('Se declaró inocente') in Spanish"),
    # a sentence that may come turned into one handed down, and the other way
    ("He could face up to 10 years in prison.", "Fue condenado a 10 años de prisión.",
     "condenado", "accused ('could face up to') in English but convicted ('condenado') in Spanish"),
    ("He was sentenced to 10 years in prison.", "Podría enfrentar hasta 10 años de prisión.",
     "Podría enfrentar hasta", "convicted ('sentenced') in English but accused ('Podría enfrentar hasta') in Spanish"),
    # cleared of wrongdoing is an acquittal too; the charge itself changed: manslaughter against murder
    ("The officer was cleared of wrongdoing.", "El agente fue declarado culpable.", "declarado culpable",
     "acquitted ('cleared of wrongdoing') in English but convicted ('declarado culpable') in Spanish"),
    ("The defendant pleaded guilty to manslaughter.", "El acusado se declaró culpable de asesinato.",
     "asesinato", "manslaughter in English but murder ('asesinato') in Spanish"),
    ("She was charged with murder.", "Fue acusada de homicidio involuntario.", "homicidio involuntario",
     "murder in English but manslaughter ('homicidio involuntario') in Spanish"),
    # the offence changed
    ("He was charged with robbery, police said.", "Fue acusado de homicidio, dijo la policía.", "homicidio",
     "theft ('robbery') in English but killing ('homicidio') in Spanish"),
    ("The teen was charged with assault.", "El adolescente fue acusado de robo.", "robo",
     "assault in English but theft ('robo') in Spanish"),
    ("The man was arrested for driving while intoxicated.", "El hombre fue arrestado por conducir sin licencia.",
     "conducir sin licencia", "drunk driving ('driving while intoxicated') in English but unlicensed driving "
     "('conducir sin licencia') in Spanish"),
    ("The man was arrested on kidnapping charges.", "El hombre fue arrestado por cargos de fraude.", "fraude",
     "kidnapping in English but fraud ('fraude') in Spanish"),
    ("She was arrested on suspicion of DUI.", "Fue arrestada como sospechosa de tráfico de drogas.",
     "tráfico de drogas", "drunk driving ('DUI') in English but drug crime ('tráfico de drogas') in Spanish"),
    ("The teen was charged with reckless driving.", "El adolescente fue acusado de homicidio vehicular.", "homicidio",
     "reckless driving in English but killing ('homicidio') in Spanish"),
    ("He was charged with domestic violence.", "Fue acusado de vandalismo.", "vandalismo",
     "domestic violence in English but vandalism ('vandalismo') in Spanish"),
    ("He faces weapons charges.", "Enfrenta cargos de narcotráfico.", "narcotráfico",
     "weapons charge ('weapons charges') in English but drug crime ('narcotráfico') in Spanish"),
    ("She was arrested for resisting arrest.", "Fue arrestada por posesión ilegal de armas.",
     "posesión ilegal de armas", "resisting arrest in English but weapons charge ('posesión ilegal de armas') in "
     "Spanish"),
    # a release without charges is no accusation
    ("The woman was released without charges.", "La mujer fue acusada formalmente.", "acusada",
     "acquitted ('released without charges') in English but accused ('acusada') in Spanish"),
    ("The man was charged with robbery.", "El hombre fue liberado sin cargos.", "liberado sin cargos",
     "accused ('was charged') in English but acquitted ('liberado sin cargos') in Spanish"),
    ("He pleaded guilty to manslaughter.", "Se declaró culpable de homicidio capital.", "homicidio capital",
     "manslaughter in English but murder ('homicidio capital') in Spanish"),
    ("She was charged with child neglect.", "Fue acusada de abuso infantil.", "abuso infantil",
     "child neglect in English but child abuse ('abuso infantil') in Spanish"),
    ("He pleaded guilty to wire fraud.", "Se declaró culpable de lavado de dinero.", "lavado de dinero",
     "fraud in English but money laundering ('lavado de dinero') in Spanish"),
    ("The woman was charged with animal cruelty.", "La mujer fue acusada de maltrato infantil.", "maltrato infantil",
     "animal cruelty in English but child abuse ('maltrato infantil') in Spanish"),
    ("The councilman was accused of taking bribes.", "El concejal fue acusado de acoso sexual.", "acoso",
     "bribery ('bribes') in English but harassment ('acoso') in Spanish"),
    ("The two men were charged with human trafficking.", "Los dos hombres fueron acusados de narcotráfico.",
     "narcotráfico", "human trafficking in English but drug crime ('narcotráfico') in Spanish"),
])
def test_a_legal_status_changed_in_translation_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert finding.rule == "name-mismatch" and finding.lang == "es" and finding.text == flagged
    assert finding.message == message


@pytest.mark.parametrize("en, es", [
    ("Juan Pérez, 34, was charged with murder on Friday.", "Juan Pérez, de 34 años, fue acusado de asesinato el viernes."),
    ("The teen was charged with assault.", "El adolescente fue acusado de agresión."),
    ("The teen was convicted in the shooting.", "El adolescente fue condenado por el tiroteo."),
    ("Israel was condemned for the attack.", "Israel fue condenado por el ataque."),  # the world's condemnation
    ("He was charged with sexual assault and robbery.", "Fue acusado de agresión sexual y robo."),
    ("He was cited for driving without a license.", "Recibió una multa por manejar sin licencia."),
    ("The man, who was arrested in 2019, was sentenced to 10 years.",
     "El hombre, que fue detenido en 2019, fue condenado a 10 años."),
    ("One man was convicted and the other was charged.", "Un hombre fue condenado y el otro fue acusado."),
    # a plea is no status, a fee is no charge, a culprit is no conviction
    ("He pleaded not guilty to the charges.", "Se declaró inocente de los cargos."),
    ("The store charged $20 for the tickets.", "La tienda cobró 20 dólares por los boletos al culpable."),
    ("The suspect fled on foot.", "El hombre huyó a pie."),  # one side only
    ("The jury acquitted Smith of murder but convicted him of evidence tampering.",
     "El jurado absolvió a Smith de asesinato, pero lo declaró culpable de manipular pruebas."),
    ("He was arrested and charged with theft.", "Fue detenido por robo."),  # a status said twice is one status
    # "condenado" that means condemned
    ("The attack, claimed by suspected militants, was condemned by the United Nations.",
     "El ataque, reivindicado por presuntos militantes, fue condenado por las Naciones Unidas."),
    ("The alleged fraud was widely condemned.", "El presunto fraude fue ampliamente condenado."),
    # a convict is convicted in Spanish too ("convicto"), so a "detenido" that is stopped traffic changes nothing
    ("A convicted felon caused a crash that left traffic stopped for hours.",
     "Un delincuente convicto causó un choque que dejó el tráfico detenido durante horas."),
    ("The council condemned the attack on the suspect.", "El concejo condenó el ataque contra el sospechoso."),
    ("The jury convicted the officer.", "El jurado condenó al agente."),
    ("The trial ended in a conviction.", "El juicio terminó con una condena."),
    ("He spoke with strong conviction.", "Habló con gran convicción."),  # a belief, no verdict
    ("The mayor condemned the attack.", "El alcalde condenó el ataque."),
    # (WMT newstest: "condemned for" is a conviction)
    ("Also arrested is his nephew, already condemned for mafia-style criminal association.",
     "Arrestado también su nieto, ya condenado por asociación criminal mafiosa."),
    ("He was charged with murder and pleaded not guilty.", "Fue acusado de asesinato y se declaró inocente."),
    ("She pleaded not guilty on Monday.", "Se declaró no culpable el lunes."),
    ("Allen was convicted of murder on Tuesday. He had pleaded not guilty.",
     "Allen fue declarado culpable de asesinato el martes. Se había declarado inocente."),  # a plea, no acquittal
    ("The jury found him not guilty of murder.", "El jurado lo declaró no culpable de asesinato."),
    ("A jury found Smith guilty of manslaughter.", "Un jurado declaró a Smith culpable de homicidio involuntario."),
    ("The jury deliberated for three hours before finding him guilty.",
     "El jurado deliberó durante tres horas antes de declararlo culpable."),
    ("If the jury finds him guilty, he faces life in prison.", "De ser declarado culpable, enfrenta cadena perpetua."),
    ("If convicted, he faces life in prison.", "De no ser absuelto, enfrenta cadena perpetua."),
    ("A jury found Smith not guilty of manslaughter.",
     "Un jurado declaró a Smith no culpable de homicidio involuntario."),
    ("He faces up to 20 years in prison.", "Enfrenta hasta 20 años de prisión."),
    # a verdict supposed is none: the translator may leave the condition out
    ("If convicted, he could face life in prison.", "Podría enfrentar cadena perpetua."),
    ("If convicted, he faces up to 20 years in prison.", "De ser hallado culpable, enfrenta hasta 20 años de prisión."),
    ("The road was cleared of debris after the suspect was arrested.",  # no verdict
     "La carretera fue despejada después de que el sospechoso fue arrestado."),
    ("The officer was exonerated.", "El agente fue exonerado."),
    ("He pleaded guilty to manslaughter.", "Se declaró culpable de homicidio involuntario."),
    ("He was charged with murder.", "Fue acusado de homicidio."),  # "homicidio" alone is either
    ("He was arrested on suspicion of burglary.", "Fue arrestado como sospechoso de robo."),  # "robo" is any theft
    ("The robbery turned into a murder.", "El robo terminó en asesinato."),
    ("He was convicted on Friday.", "Fue condenado el viernes."),
    ("The UN condemned the attack.", "La ONU lo condenó enérgicamente."),  # one side says no verdict
    # offences one story names together, or one law names as another
    ("He was charged with domestic assault.", "Fue acusado de violencia doméstica."),
    ("The man was charged with stalking.", "El hombre fue acusado de acoso."),
    ("She was charged with child abuse.", "Fue acusada de abuso sexual de menores."),
    ("The woman was arrested and released without charges.", "La mujer fue arrestada y liberada sin cargos."),
    ("The man was released without charges.", "El hombre quedó en libertad sin cargos."),
    ("The service is offered without charge.", "El servicio se ofrece sin cargos."),  # (a fee)
    # a sentence to be handed down: "when he is sentenced" / "cuando se dicte su sentencia"
    ("He faces up to 20 years in prison when he is sentenced in March.",
     "Se enfrenta a hasta 20 años de prisión cuando se dicte su sentencia en marzo."),
    ("The judge will sentence him in March.", "El juez dictará sentencia en marzo."),
    ("He was charged with capital murder.", "Fue acusado de homicidio capital."),
    ("She was charged with child neglect.", "Fue acusada de negligencia infantil."),
    ("He faces charges of child abuse and neglect.", "Enfrenta cargos de abuso infantil y negligencia."),
    ("He pleaded guilty to money laundering.", "Se declaró culpable de lavado de dinero."),
    ("The woman was charged with animal cruelty.", "La mujer fue acusada de maltrato animal."),
    ("The councilman was accused of taking bribes.", "El concejal fue acusado de aceptar sobornos."),
    ("The two men were charged with human trafficking.", "Los dos hombres fueron acusados de trata de personas."),
])
def test_the_same_status_or_one_side_saying_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_disabled_rule_reports_nothing():
    assert _findings("He was charged with murder.", "Fue condenado por asesinato.",
                     Settings(disabled_rules={"name-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_translations_keep_their_legal_statuses():
    """89 of the corpus's 11,650 sentence pairs say a status on both sides, none another (the WMT part here: most
    of them); 50 name an offence on both sides, alike (42 before drunk driving's neighbours, domestic violence,
    harassment, vandalism... were read)."""
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120)
    assert [finding.text for document in documents for finding in legal.check(document, Settings())] == []
