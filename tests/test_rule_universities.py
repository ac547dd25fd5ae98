"""name-mismatch: a university put for another ("Arizona State University" / "la Universidad de Arizona")."""

from __future__ import annotations

import re

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, aligned_pair, corpus_records
from bilingo.rules import universities
from bilingo.rules.universities import University
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return universities.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("He is a graduate of Arizona State University.", "Es egresado de la Universidad de Arizona.",
     "Universidad de Arizona",
     "Arizona State University in English but Universidad de Arizona in Spanish: another university"),
    ("She studied at the University of Texas at Austin.", "Estudió en la Universidad de Texas A&M.",
     "Universidad de Texas A&M",
     "University of Texas at Austin in English but Universidad de Texas A&M in Spanish: another university"),
    ("He teaches at California State University, Fullerton.", "Enseña en la Universidad de California en Fullerton.",
     "Universidad de California en Fullerton", "California State University, Fullerton in English but Universidad de "
     "California en Fullerton in Spanish: another university"),
    ("The study was led by researchers at Michigan State University.",
     "El estudio fue dirigido por investigadores de la Universidad de Míchigan.", "Universidad de Míchigan",
     "Michigan State University in English but Universidad de Míchigan in Spanish: another university"),
    ("He attended the State University of New York.", "Asistió a la Universidad de Nueva York.",
     "Universidad de Nueva York",
     "State University of New York in English but Universidad de Nueva York in Spanish: another university"),
    ("She coaches at Penn State.", "Es entrenadora en la Universidad de Pensilvania.", "Universidad de Pensilvania",
     "Penn State in English but Universidad de Pensilvania in Spanish: another university"),
    # known by its initials
    ("Classes will resume on Jan. 8 at UTSA.", "Las clases se reanudarán el 8 de enero en la Universidad de Texas A&M.",
     "Universidad de Texas A&M", "UTSA in English but Universidad de Texas A&M in Spanish: another university"),
    ("She played at ASU.", "Jugó en la Universidad de Arizona.", "Universidad de Arizona",
     "ASU in English but Universidad de Arizona in Spanish: another university"),
])
def test_a_university_put_for_another_of_the_same_place_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("name-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("He is a graduate of Arizona State University.", "Es egresado de la Universidad Estatal de Arizona."),
    ("She earned her degree at the University of California, Los Angeles.",
     "Obtuvo su título en la Universidad de California en Los Ángeles."),
    ("He attended New York University.", "Asistió a la Universidad de Nueva York."),
    ("She coaches at Penn State.", "Es entrenadora en la Universidad Estatal de Pensilvania."),
    ("Texas A&M University opened a campus in Fort Worth.", "La Universidad Texas A&M abrió un campus en Fort Worth."),
    # both schools on both sides, in another order; one side naming a school the other leaves out
    ("The Wildcats beat Arizona State at the University of Arizona's arena.",
     "En la arena de la Universidad de Arizona, los Wildcats vencieron a la Universidad Estatal de Arizona."),
    ("Researchers at Harvard University and Ohio State University led the study.",
     "Investigadores de Harvard y de la Universidad Estatal de Ohio dirigieron el estudio."),
    # another place written otherwise in each language is not compared
    ("She studied at Moscow State University.", "Estudió en la Universidad de Moscú."),
    ("Classes will resume on Jan. 8 at UTSA.", "Las clases se reanudarán el 8 de enero en la UTSA."),
    ("She studied at UTEP.", "Estudió en la Universidad de Texas en El Paso."),
    ("She played at ASU.", "Jugó en la Universidad Estatal de Arizona."),
])
def test_the_same_university_or_one_not_compared_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_another_campus_is_left_to_the_names_rule():
    """"Los Angeles" / "Berkeley" is a city changed, which name-mismatch's names reading reports by the city."""
    assert _findings("She earned her degree at the University of California, Los Angeles.",
                     "Obtuvo su título en la Universidad de California en Berkeley.") == []


def test_the_check_is_off_when_name_mismatch_is_ignored():
    assert _findings("He is a graduate of Arizona State University.", "Es egresado de la Universidad de Arizona.",
                     Settings(disabled_rules={"name-mismatch"})) == []


def _named(text: str, lang: str) -> list[University]:
    return [University(place, kind, campus, 0, start, end, text[start:end])
            for place, kind, campus, start, end in universities.universities(text, lang)]


@needs_corpus
def test_faithful_corpus_pairs_keep_their_universities_and_turned_ones_are_found():
    """60 sentence pairs of the dev corpus name a university on both sides, none another; with the first Spanish one
    turned into the other kind of the same place ("Universidad de X" into "Universidad Estatal de X", and back),
    53 of 60 are found (the others name a place each language writes otherwise: "Tokyo" / "Tokio", "Peking" /
    "Pekín", "Northern Arizona" / "del Norte")."""
    compared = disagreeing = turned = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = _named(en, "en"), _named(es, "es")
                if not english or not spanish:
                    continue
                compared += 1
                disagreeing += bool(universities._changed(spanish, english))
                first = spanish[0]
                other_kind = (re.sub(r"^Universidad\s+(?:de\s+|del\s+)?", "Universidad Estatal de ", first.text)
                              if first.kind == "university" else
                              re.sub(r"^Universidad\s+(?:Estatal|del\s+Estado)\s+(?:de\s+)?", "Universidad de ",
                                     first.text))
                if other_kind == first.text:
                    continue
                turned += 1
                found += bool(universities._changed(_named(es[:first.start] + other_kind + es[first.end:], "es"),
                                                    english))
    assert compared >= 55 and disagreeing == 0
    assert turned >= 55 and found >= 0.8 * turned
