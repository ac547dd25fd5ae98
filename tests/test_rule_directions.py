"""name-mismatch: a compass direction changed between the two versions (``bilingo.rules.directions``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, PLAIN_PAIR, aligned_pair, build_aligned, clean_corpus_documents
from bilingo.rules import directions
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return directions.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The new clinic will open on the West Side next spring.",
     "La nueva clínica abrirá en el lado este la próxima primavera.", "este",
     "direction west in English but east in Spanish (by its translation)"),
    ("The bill passed the North Carolina Senate on Tuesday.",
     "El proyecto fue aprobado el martes por el Senado de Carolina del Sur.", "Sur",
     "direction north in English but south in Spanish (by its translation)"),
    ("The northbound lanes of Interstate 35 will close at 9 p.m.",
     "Los carriles en dirección sur de la Interestatal 35 cerrarán a las 9 p.m.", "sur",
     "direction north in English but south in Spanish (by its translation)"),
    # one of two directions changed: each side still says east
    ("Most live in rural counties in East and West Texas.", "La mayoría vive en condados rurales del este y el sur de Texas.",
     "sur", "direction east, west in English but east, south in Spanish (by its translation)"),
    ("The retailer will close 40 stores in the Midwest.", "El minorista cerrará 40 tiendas en el sur.", "sur",
     "direction west in English but south in Spanish (by its translation)"),
    ("The eclipse will be visible across most of North America.",
     "El eclipse será visible en la mayor parte de Sudamérica.", "Sudamérica",
     "direction north in English but south in Spanish (by its translation)"),
])
def test_a_direction_changed_in_translation_is_reported_at_the_spanish_word(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert finding.rule == "name-mismatch" and finding.lang == "es"
    assert finding.text == flagged
    assert finding.message == message


@pytest.mark.parametrize("en, es", [
    ("The new clinic will open on the East Side next spring.",
     "La nueva clínica abrirá en el East Side la próxima primavera."),
    ("Flights to the Middle East were canceled.", "Se cancelaron los vuelos a Oriente Medio."),
    ("The storm moved northeast, toward Louisiana.", "La tormenta se desplazó hacia el noreste, rumbo a Luisiana."),
    ("Most live in rural counties in East and West Texas.", "La mayoría vive en condados rurales del este y el oeste de Texas."),
    ("The storm moved north and then east.", "La tormenta se desplazó hacia el noreste."),  # a compound and its parts
    ("This year the city will build a park in East Asia Plaza.",
     "Este año la ciudad construirá un parque en la plaza Asia."),
    ("The retailer will close stores in the Midwest.", "El minorista cerrará tiendas en el Medio Oeste."),
    ("Rain is expected across South America.", "Se esperan lluvias en toda Sudamérica."),
])
def test_the_same_direction_or_one_side_naming_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_two_english_versions_compare_their_directions_as_written():
    aligned = build_aligned(["The clinic will open on the West Side.", PLAIN_PAIR[0]],
                            ["The clinic will open on the East Side.", PLAIN_PAIR[0]], left_lang="en", right_lang="en")
    (finding,) = directions.check(aligned, Settings())
    assert finding.text == "East" and finding.message.startswith("direction west in ")


def test_the_rule_can_be_left_out():
    assert _findings("The clinic will open on the West Side.", "La clínica abrirá en el lado este.",
                     Settings(disabled_rules=frozenset({"name-mismatch"}))) == []


@needs_corpus
def test_faithful_corpus_translations_keep_their_directions():
    """Every faithful flores and WMT document through Apertium: directions named on both sides of 277 of the
    corpus's 11,650 sentence pairs, none changed (the WMT and flores part here)."""
    documents = clean_corpus_documents("flores200-devtest", 120) + clean_corpus_documents("wmt-newstest-2008-2010", 120)
    assert [finding.text for document in documents for finding in directions.check(document, Settings())] == []
