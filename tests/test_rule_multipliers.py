"""number-mismatch: a multiple said as another ("more than double" / "casi el triple")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents, contrast_measure
from bilingo.rules import multipliers
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return multipliers.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The county has recorded 340 flu cases, more than double the number at this time last year.",
     "El condado ha registrado 340 casos de gripe, casi el triple que en la misma fecha del año pasado.",
     "triple", "double in English but triple in Spanish"),
    ("Home prices in the county have tripled since 2015.", "Los precios de las viviendas en el condado se han duplicado desde 2015.",
     "duplicado", "triple ('tripled') in English but double ('duplicado') in Spanish"),
    ("Rents rose twice as fast as wages.", "Los alquileres subieron tres veces más rápido que los salarios.",
     "tres veces", "double ('twice') in English but triple ('tres veces') in Spanish"),
    ("The house was sold for twice its asking price.", "La casa se vendió por la mitad de su precio de venta.", "mitad",
     "double ('twice') in English but half ('mitad') in Spanish"),
    # (the subjunctive after an expectation: fifty-ninth round)
    ("The population is expected to double by 2050.", "Se espera que la población se triplique para 2050.",
     "triplique", "double in English but triple ('triplique') in Spanish"),
])
def test_a_multiple_said_as_another_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.text, finding.message) == ("number-mismatch", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The county has recorded 340 flu cases, more than double the number at this time last year.",
     "El condado ha registrado 340 casos de gripe, más del doble que en la misma fecha del año pasado."),
    ("Home prices have tripled since 2015.", "Los precios de las viviendas se han triplicado desde 2015."),
    ("The population is expected to double by 2050.", "Se espera que la población se duplique para 2050."),
    ("He was arrested twice last year.", "Fue arrestado en dos ocasiones el año pasado."),  # one side says none
    ("The team needs a double-digit win; tickets cost triple what they did.",  # a compound is no multiple
     "El equipo necesita ganar por más de diez puntos; las entradas cuestan el triple que antes."),
    ("The number of cases doubled, then tripled.", "Los casos se duplicaron y luego se triplicaron."),
    # a count before a period is how often, the number rule's ("twice in English but tres in Spanish")
    ("Take one pill twice a day.", "Tome una pastilla tres veces al día."),
    ("The board meets three times a year.", "La junta se reúne dos veces por año."),
    ("Prices doubled in half a year.", "Los precios se duplicaron en medio año."),
    ("Half of the voters stayed home.", "La mitad de los votantes se quedó en casa."),
    ("Sales were cut in half.", "Las ventas se redujeron a la mitad."),
    ("The house sold for twice the asking price.", "La casa se vendió por el doble del precio de venta."),
])
def test_a_multiple_said_alike_or_on_one_side_only_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_rule_is_off_when_number_mismatch_is_ignored():
    settings = Settings(disabled_rules=frozenset({"number-mismatch"}))
    assert _findings("Prices doubled.", "Los precios se triplicaron.", settings) == []


# the first Spanish multiple turned into another, for the corpus measure
SWAPPED = {"doble": "triple", "triple": "doble", "dos veces": "tres veces", "tres veces": "dos veces",
           "cuatro veces": "tres veces", "cinco veces": "cuatro veces", "diez veces": "dos veces",
           "duplicó": "triplicó", "triplicó": "duplicó", "duplicado": "triplicado", "duplicar": "triplicar",
           "cuádruple": "triple", "duplican": "triplican", "duplica": "triplica"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_multiples_and_swapped_ones_are_found():
    """69 sentence pairs of the dev corpus say a multiple on both sides, none the other way (38 before half was read,
    45 before a count before a period, "twice a week" / "dos veces por semana", was left to the number rule as how
    often); with the first Spanish multiple swapped, 36 of 37 are found."""
    compared, disagreeing, swapped, found = contrast_measure(multipliers.multiples, multipliers.changed, SWAPPED)
    assert compared >= 35 and disagreeing == 0
    assert swapped >= 35 and found >= swapped - 2


@needs_corpus
def test_faithful_corpus_documents_get_no_finding():
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    assert [finding.text for document in documents for finding in multipliers.check(document, Settings())] == []


def test_a_slip_read_as_a_count_and_as_a_multiple_is_one_finding():
    """"twice as fast" / "tres veces más rápido" is a count changed (the number rule) and a multiple changed (this
    module): the whole check reports it once, the first module's reading (``check.without_repeats``)."""
    from bilingo.check import StageTimer, run_checks

    aligned = aligned_pair("Rents rose twice as fast as wages.", "Los alquileres subieron tres veces más rápido que "
                           "los salarios.")
    findings = [f for f in run_checks(aligned, Settings(), StageTimer()) if f.rule == "number-mismatch"]
    assert [(f.text, f.message) for f in findings] == [("tres", "twice in English but tres in Spanish")]
