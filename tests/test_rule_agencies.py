"""name-mismatch: a government department put for another ("the Texas Department of Transportation" / "el
Departamento de Seguridad Pública de Texas")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, contrast_measure
from bilingo.check import CHECK_MODULES, PAIR_CHECK_MODULES
from bilingo.rules import agencies
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return agencies.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The Texas Department of Transportation said the road will reopen Monday.",
     "El Departamento de Seguridad Pública de Texas dijo que la carretera reabrirá el lunes.",
     "Departamento de Seguridad Pública", "transportation ('Department of Transportation') in English but public "
     "safety ('Departamento de Seguridad Pública') in Spanish"),
    ("The Health Ministry reported 40 new cases.", "El Ministerio de Educación informó de 40 nuevos casos.",
     "Ministerio de Educación", "health ('Health Ministry') in English but education ('Ministerio de Educación') "
     "in Spanish"),
    ("The Justice Department opened an investigation.", "El Departamento de Estado abrió una investigación.",
     "Departamento de Estado", "justice ('Justice Department') in English but foreign affairs ('Departamento de "
     "Estado') in Spanish"),
    ("TxDOT crews will close two lanes of Interstate 35 overnight.",
     "Equipos del DPS cerrarán dos carriles de la Interestatal 35 durante la noche.", "DPS",
     "transportation ('TxDOT') in English but public safety ('DPS') in Spanish"),
    # an armed service said as another
    ("He served in the Army for 20 years.", "Sirvió en la Marina durante 20 años.", "la Marina",
     "army in English but navy ('la Marina') in Spanish"),
    ("He joined the Marines after high school.", "Se unió al Ejército después de la preparatoria.", "Ejército",
     "marines in English but army ('Ejército') in Spanish"),
    ("The Coast Guard rescued two fishermen.", "La Guardia Nacional rescató a dos pescadores.", "Guardia Nacional",
     "coast guard in English but national guard ('Guardia Nacional') in Spanish"),
])
def test_a_department_put_for_another_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("name-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The Justice Department opened an investigation.", "El Departamento de Justicia abrió una investigación."),
    ("The Department of Homeland Security did not respond.", "El Departamento de Seguridad Nacional no respondió."),
    ("The Department of State Health Services confirmed the case.",
     "El Departamento Estatal de Servicios de Salud confirmó el caso."),
    ("The Health Ministry reported 40 new cases.", "El Ministerio de Sanidad informó de 40 nuevos casos."),
    # a department joined to another is named by either half
    ("The Economy and Transport Ministry rejected the offer.",
     "El Ministerio de Economía y Transporte rechazó la oferta."),
    # a side naming no department, or a Secretary of State (an elections officer, a diplomat, a junior minister)
    ("The agency said the road will reopen Monday.",
     "El Departamento de Transporte de Texas dijo que la carretera reabrirá el lunes."),
    ("The Transport Secretary forced us to negotiate.",
     "El Secretario de Estado de Transportes nos obligó a negociar."),
    # the armed services by their names in each language; "armada" and "marina" as adjectives are none
    ("She is a Navy veteran.", "Es veterana de la Armada."),
    ("The Coast Guard rescued two fishermen.", "Los guardacostas rescataron a dos pescadores."),
    ("Marine Gunnery Sgt. John Smith died in Iraq.",
     "El sargento de artillería de la Infantería de Marina John Smith murió en Irak."),
    ("She wore a navy blue dress to the Army ball.", "Llevó un vestido azul marino al baile del Ejército."),
    ("The gunmen belong to the New People's Army.", "Los armados pertenecen a la Nueva armada popular."),
    ("The navy invested in marine energy.", "La marina invirtió en energía marina."),
])
def test_the_same_department_or_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_name_mismatch_is_ignored_and_runs_in_every_check():
    assert _findings("The Justice Department opened an investigation.",
                     "El Departamento de Estado abrió una investigación.",
                     Settings(disabled_rules={"name-mismatch"})) == []
    assert "bilingo.rules.agencies" in CHECK_MODULES and "bilingo.rules.agencies" in PAIR_CHECK_MODULES


_TURNED = {"Ministerio de Salud": "Ministerio de Educación", "Ministerio de Sanidad": "Ministerio de Defensa",
           "Ministerio de Educación": "Ministerio de Salud", "Ministerio de Defensa": "Ministerio de Sanidad",
           "Departamento de Estado": "Departamento de Justicia", "Departamento de Justicia": "Departamento de Estado",
           "Ministerio de Hacienda": "Ministerio de Defensa", "Ministerio de Economía": "Ministerio de Defensa",
           "Ministerio de Transportes": "Ministerio de Economía", "Ministerio de Transporte": "Ministerio de Economía",
           "Ministerio de Vivienda": "Ministerio de Interior", "Ministerio del Interior": "Ministerio de Vivienda",
           "Ministerio de Energía": "Ministerio de Cultura", "Ministerio de Justicia": "Ministerio de Sanidad",
           "ejército": "Guardia Nacional", "Ejército": "Guardia Nacional", "la marina": "la Fuerza Aérea",
           "Fuerza Aérea": "Guardia Costera", "Guardia Nacional": "Fuerza Aérea"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_departments_and_turned_ones_are_found():
    """40 sentence pairs of the dev corpus name a department on both sides, none another; with the first Spanish one
    put for another department, 20 of 20 are found. With the armed services read too, 66 name one or the other on
    both sides, none another ("an army of nannies" / "un ejército de niñeras" is the same word both ways; "navy
    blue" / "azul marino" and "la Nueva armada popular" for the "New People's Army" name none on one side); 40 of 40
    turned ones are found."""
    compared, disagreeing, turned, found = contrast_measure(agencies.departments, agencies.changed, _TURNED)
    assert compared >= 60 and disagreeing == 0
    assert turned >= 35 and found == turned
