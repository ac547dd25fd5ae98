"""name-mismatch: what a bio says of a person changed: a degree, a student's year, where the person was born or grew
up, a prize won or only a finalist's."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, contrast_measure
from bilingo.rules import credentials
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return credentials.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("She holds a master's degree in journalism from Columbia University.",
     "Tiene una licenciatura en periodismo de la Universidad de Columbia.", "licenciatura",
     "master's degree in English but bachelor's degree ('licenciatura') in Spanish"),
    ("He earned a bachelor’s degree in history.", "Obtuvo un doctorado en historia.", "doctorado",
     "bachelor's degree ('bachelor’s degree') in English but doctorate ('doctorado') in Spanish"),
    ("Ana Ruiz is a senior at the University of Arizona.",
     "Ana Ruiz es estudiante de primer año en la Universidad de Arizona.", "estudiante de primer año",
     "final-year student ('is a senior at') in English but first-year student ('estudiante de primer año') in "
     "Spanish"),
    ("She was born in Guadalajara, Mexico, and moved to Phoenix at 12.",
     "Creció en Guadalajara, México, y se mudó a Phoenix a los 12 años.", "Creció en",
     "born ('born in') in English but grew up ('Creció en') in Spanish"),
    ("The series won a Pulitzer Prize in 2020.", "La serie fue finalista del Premio Pulitzer en 2020.", "finalista",
     "won in English but finalist ('finalista') in Spanish"),
    ("She was nominated for an Emmy last year.", "Ganó un Emmy el año pasado.", "Ganó",
     "nominated ('nominated for') in English but won ('Ganó') in Spanish"),
    # a student's year alone in an apposition, at a sentence's end, or before a player's position
    ("Ramirez, a sophomore, scored twice.", "Ramírez, un estudiante de último año, anotó dos veces.",
     "estudiante de último año",
     "second-year student ('a sophomore,') in English but final-year student ('estudiante de último año') in Spanish"),
    ("Senior guard Ana Ruiz scored 20 points.", "La jugadora de primer año Ana Ruiz anotó 20 puntos.",
     "jugadora de primer año",
     "final-year student ('Senior guard') in English but first-year student ('jugadora de primer año') in Spanish"),
    # an award's category names the prize
    ("The film won best picture.", "La película fue nominada a mejor película.", "nominada a",
     "won in English but nominated ('nominada a') in Spanish"),
])
def test_a_fact_of_a_bio_changed_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("name-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("She holds a master's degree in journalism.", "Tiene una maestría en periodismo."),
    ("He has a Ph.D. in chemistry.", "Tiene un doctorado en química."),
    ("Ana Ruiz is a senior at the University of Arizona.",
     "Ana Ruiz es estudiante de último año en la Universidad de Arizona."),
    ("Born and raised in El Paso, she covers the border.", "Nacida y criada en El Paso, cubre la frontera."),
    ("The series won a Pulitzer Prize in 2020.", "La serie ganó un Premio Pulitzer en 2020."),
    # a senior official, a freshman senator, an election won: no bio's fact
    ("A senior official said the freshman senator won the primary.",
     "Un alto funcionario dijo que el senador novato fue nominado en la primaria."),
    ("Ramirez, a sophomore, scored twice.", "Ramírez, estudiante de segundo año, anotó dos veces."),
    # "the senior center" is a place, "senior officials" no students
    ("Senior officials spoke at the senior center.", "Altos funcionarios hablaron en el centro de primer año."),
    # one side saying none says nothing
    ("She studied journalism at Columbia.", "Tiene una maestría en periodismo de Columbia."),
])
def test_the_same_fact_or_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_name_mismatch_is_ignored():
    assert _findings("She holds a master's degree.", "Tiene una licenciatura.",
                     Settings(disabled_rules={"name-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_pairs_keep_the_facts_of_a_person():
    """15 sentence pairs of the dev corpus (news and wiki text, few bios) say such a fact on both sides, all alike."""
    compared, disagreeing, _, _ = contrast_measure(credentials.credentials, credentials.changed, {})
    assert compared >= 12 and disagreeing == 0
