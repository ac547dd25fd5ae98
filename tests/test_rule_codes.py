"""number-mismatch: a code's number changed ("rated an EF-2" / "clasificado como EF-3")."""

from __future__ import annotations

import re

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, aligned_pair, contrast_measure, corpus_records
from bilingo.check import CHECK_MODULES, PAIR_CHECK_MODULES
from bilingo.rules import codes, numbers
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return codes.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The tornado was rated an EF-2.", "El tornado fue clasificado como EF-3.", "EF-3",
     "EF-2 in English but EF-3 in Spanish"),
    ("Traffic was backed up on I-35 for hours.", "El tráfico estuvo congestionado en la I-45 durante horas.", "I-45",
     "I-35 in English but I-45 in Spanish"),
    ("The COVID-19 vaccine is free.", "La vacuna contra el COVID-18 es gratuita.", "COVID-18",
     "COVID-19 in English but COVID-18 in Spanish"),
    # a school's or a restaurant's letter grade is a code of one letter
    ("The school earned an A rating from the state.", "La escuela recibió una calificación de B del estado.",
     "calificación de B", "grade-A ('an A rating') in English but grade-B ('calificación de B') in Spanish"),
    ("The restaurant got a grade of C in its inspection.", "El restaurante obtuvo una calificación de A.",
     "calificación de A", "grade-C ('grade of C') in English but grade-A ('calificación de A') in Spanish"),
])
def test_a_code_whose_number_changed_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Wear an N95 mask.", "Use una mascarilla N-95."),  # one code written two ways
    ("The COVID-19 virus, SARS-CoV-2, spread.", "El virus de la COVID-19, SARS-CoV-2, se propagó."),
    ("The COVID-19 vaccine is free.", "La vacuna contra el SARS-CoV-2 es gratuita."),  # other letters: not compared
    ("Traffic was backed up on I-35.", "El tráfico estaba congestionado en la autopista."),  # one side only
    ("The district received a B rating, up from a C.", "El distrito recibió una calificación de B, frente a una C."),
    ("Students need a grade of 70 to pass.", "Los estudiantes necesitan una calificación de 70 para aprobar."),
])
def test_the_same_code_or_codes_of_other_letters_are_not_reported(en, es):
    assert _findings(en, es) == []


def test_a_code_is_no_number_to_the_number_rule_and_the_check_runs_in_every_check():
    """The number rule leaves codes out (an F-16 is no sixteen): the codes reading is what compares them."""
    assert numbers.check(aligned_pair("The tornado was rated an EF-2.", "El tornado fue clasificado como EF-3."),
                         Settings()) == []
    assert _findings("The tornado was rated an EF-2.", "El tornado fue clasificado como EF-3.",
                     Settings(disabled_rules={"number-mismatch"})) == []
    assert "bilingo.rules.codes" in CHECK_MODULES and "bilingo.rules.codes" in PAIR_CHECK_MODULES


@needs_corpus
def test_faithful_corpus_pairs_keep_their_codes_and_changed_ones_are_found():
    """570 sentence pairs of the dev corpus give a code on both sides (COVID-19 in most), none with other digits; with
    the first Spanish code's number changed, 540 are found (the others give the code in other letters on the English
    side, "ACE2" / "ECA2", or not at all)."""
    turned = {}
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for es in record["es"]:
                for _, start, end in codes.codes(es, "es")[:1]:
                    code = es[start:end]
                    turned[code] = re.sub(r"\d+$", lambda digits: str(int(digits.group()) + 1), code)
    compared, disagreeing, swapped, found = contrast_measure(codes.codes, codes.changed, turned)
    assert compared >= 500 and disagreeing == 0
    assert swapped >= 500 and found >= 0.9 * swapped
