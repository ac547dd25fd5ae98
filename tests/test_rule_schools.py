"""name-mismatch: a school said as another level of school ("a new elementary school" / "una nueva escuela
secundaria")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, contrast_measure
from bilingo.rules import schools
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return schools.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The district will open a new elementary school in the fall.",
     "El distrito abrirá una nueva escuela secundaria en el otoño.", "escuela secundaria",
     "elementary school in English but secondary school ('escuela secundaria') in Spanish"),
    ("The high school will close early on Friday.", "La escuela primaria cerrará temprano el viernes.",
     "escuela primaria", "secondary school ('high school') in English but elementary school ('escuela primaria') in "
     "Spanish"),
    ("The shooting happened at a middle school.", "El tiroteo ocurrió en una universidad.",
     "universidad", "secondary school ('middle school') in English but university ('universidad') in Spanish"),
    ("She teaches at Lincoln Elementary.", "Enseña en la preparatoria Lincoln.", "preparatoria",
     "elementary school ('Elementary') in English but secondary school ('preparatoria') in Spanish"),
    # the people of a school say its level ("estudiantes de secundaria")
    ("The program is open to elementary school students.", "El programa está abierto a estudiantes de secundaria.",
     "estudiantes de secundaria",
     "elementary school in English but secondary school ('estudiantes de secundaria') in Spanish"),
    # the Spanish adjective ("universitario")
    ("The victim was a 16-year-old high school student.", "La víctima era un estudiante universitario de 16 años.",
     "universitario", "secondary school ('high school') in English but university ('universitario') in Spanish"),
])
def test_a_school_said_as_another_level_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("name-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The district will open a new elementary school in the fall.",
     "El distrito abrirá una nueva escuela primaria en el otoño."),
    ("The high school will close early on Friday.", "La preparatoria cerrará temprano el viernes."),
    ("The program is open to high school students.", "El programa está abierto a estudiantes de secundaria."),
    ("She is an elementary school teacher.", "Es maestra de primaria."),
    ("She is a college student.", "Es estudiante universitaria."),
    ("He was taken to University Hospital.", "Fue trasladado al Hospital Universitario."),
    ("Many primary and secondary schools have closed.", "Muchas escuelas primarias y secundarias han cerrado."),
    ("She went to college in Texas.", "Fue a la universidad en Texas."),
    # one side naming no level says nothing
    ("The school will close early on Friday.", "La escuela secundaria cerrará temprano el viernes."),
    # "Electoral College" is no school; "primarias" alone are elections
    ("The Electoral College meets in December; the high school hosts the count.",
     "El Colegio Electoral se reúne en diciembre; la escuela secundaria acoge el conteo."),
    ("The primaries are in March, the elementary school principal said.",
     "Las primarias son en marzo, dijo la directora de la escuela primaria."),
])
def test_the_same_level_or_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_name_mismatch_is_ignored():
    assert _findings("The high school will close early.", "La escuela primaria cerrará temprano.",
                     Settings(disabled_rules={"name-mismatch"})) == []


_TURNED = {"escuela primaria": "escuela secundaria", "escuelas primarias": "escuelas secundarias",
           "escuela secundaria": "escuela primaria", "escuelas secundarias": "escuelas primarias",
           "universidad": "escuela secundaria", "universidades": "escuelas secundarias",
           "Universidad": "Escuela Secundaria", "Universidades": "Escuelas Secundarias",
           **{f"universitari{ending}": "de escuela secundaria" for ending in ("o", "a", "os", "as")}}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_levels_and_turned_ones_are_found():
    """134 sentence pairs of the dev corpus name a level of school on both sides (121 before the Spanish adjective
    "universitario" was read, 119 before the people of a school were: "estudiantes de secundaria"), none another
    (German "escuelas superiores", higher education, is not read); with the first Spanish one turned into another
    level, 131 of 134 are found (120 of 121 before; the others name both levels on the English side)."""
    compared, disagreeing, turned, found = contrast_measure(schools.levels, schools.changed, _TURNED)
    assert compared >= 110 and disagreeing == 0
    assert turned >= 100 and found >= 0.9 * turned
