"""number-mismatch: a part of a period said as another ("in early March" / "a finales de marzo"), and a span of time
no number counts said in another unit ("within hours" / "en días")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, contrast_measure
from bilingo.check import CHECK_MODULES, PAIR_CHECK_MODULES
from bilingo.rules import time_phrases
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return time_phrases.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    # (which period ends: fifty-sixth round)
    ("Results are expected by the end of the week.", "Se esperan los resultados para finales de mes.",
     "para finales de mes",
     "the week's end ('the end of the week') in English but the month's end ('para finales de mes') in Spanish"),
    ("The road will reopen in early March.", "La carretera reabrirá a finales de marzo.", "a finales de",
     "beginning ('early March') in English but end ('a finales de') in Spanish"),
    ("The rent increase takes effect on the first of the month.",
     "El aumento de la renta entra en vigor a mediados del mes.", "a mediados del",
     "beginning ('the first of the month') in English but middle ('a mediados del') in Spanish"),
    ("Construction should be done by the end of the year.", "La obra debería terminar a principios de año.",
     "a principios de", "end ('the end of the year') in English but beginning ('a principios de') in Spanish"),
    ("Voting starts in mid-October.", "La votación comienza a fines de octubre.", "a fines de",
     "middle ('mid-October') in English but end ('a fines de') in Spanish"),
    # (the weekend or the working week: fifty-seventh round)
    ("The festival drew about 25,000 visitors over the weekend.",
     "El festival atrajo a unos 25.000 visitantes durante la semana.", "durante la semana",
     "the weekend ('weekend') in English but weekdays ('durante la semana') in Spanish"),
    ("The office is open weekdays from 9 a.m. to 5 p.m.",
     "La oficina abre los fines de semana de 9 a.m. a 5 p.m.", "fines de semana",
     "weekdays in English but the weekend ('fines de semana') in Spanish"),
])
def test_a_part_of_a_period_said_as_another_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The road will reopen in early March.", "La carretera reabrirá a principios de marzo."),
    ("The school year ends in late May.", "El ciclo escolar termina a fines de mayo."),
    ("Rent is due on the last day of the month.", "La renta vence el último día del mes."),
    ("The school year ends in late May.", "El ciclo escolar termina en mayo."),  # one side says no part
    ("The market is open every weekend in mid-October.", "El mercado abre cada fin de semana a mediados de octubre."),
    ("Earlier this month, the council met.", "A principios de este mes, el concejo se reunió."),  # no part said
    ("Results are expected by the end of the week.", "Se esperan los resultados para el fin de semana."),  # a weekend
    ("The plant will close at the end of the year.", "La planta cerrará a finales de año."),
    ("The festival drew about 25,000 visitors over the weekend.",
     "El festival atrajo a unos 25.000 visitantes durante el fin de semana."),
    ("The office is open Monday through Friday.", "La oficina abre de lunes a viernes."),
    ("The office is open weekdays and closed on weekends.",
     "La oficina abre entre semana y cierra los fines de semana."),
])
def test_the_same_part_or_none_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_number_mismatch_is_ignored_and_runs_in_every_check():
    assert _findings("The road will reopen in early March.", "La carretera reabrirá a finales de marzo.",
                     Settings(disabled_rules={"number-mismatch"})) == []
    assert "bilingo.rules.time_phrases" in CHECK_MODULES and "bilingo.rules.time_phrases" in PAIR_CHECK_MODULES


_TURNED = {"a principios de": "a finales de", "a principios del": "a finales del", "a comienzos del": "a finales del",
           "a fines de": "a principios de", "a finales de": "a mediados de", "a finales del": "a principios del",
           "a mediados de": "a principios de", "a final del año": "a principios del año",
           "a final de año": "a mediados de año", "al principio del año": "al final del año",
           "el fin de año": "el principio de año", "a fin de año": "a mediados de año",
           # (a period's end read whole since the fifty-sixth round: "a finales de año")
           "a finales de año": "a principios de año", "a finales del año": "a principios del año",
           "a fines de año": "a principios de año", "a fines del año": "a principios del año",
           "a finales de mes": "a principios de mes", "a finales del mes": "a principios del mes",
           "a fines de mes": "a principios de mes"}


@needs_corpus
def test_faithful_corpus_pairs_end_the_same_period_and_turned_ones_are_found():
    """(fifty-sixth round) 12 sentence pairs of the dev corpus say which period ends on both sides, none another; with
    the first Spanish one turned into another period's, 11 of 11 are found."""
    turned = {"a finales de año": "a finales de mes", "a finales de mes": "a finales de año",
              "a finales del año": "a finales del mes", "a finales del mes": "a finales del año",
              "fin de año": "fin de mes", "fin de mes": "fin de año", "a fines de año": "a fines de mes"}
    compared, disagreeing, swapped, found = contrast_measure(time_phrases.period_ends, time_phrases.changed, turned)
    assert compared >= 10 and disagreeing == 0
    assert swapped >= 10 and found == swapped


@needs_corpus
def test_faithful_corpus_pairs_say_the_same_days_of_the_week_and_turned_ones_are_found():
    """(fifty-seventh round) 71 sentence pairs of the dev corpus say the weekend or the working week on both sides,
    none the other; with the first Spanish one turned, 70 of 71 are found (the one left says "el fin de semana"
    twice where its English writes one "Weekend" capitalised, a name's)."""
    turned = {"fin de semana": "entre semana", "fines de semana": "días de semana", "esta semana": "este fin de semana",
              "la semana pasada": "el fin de semana pasado", "la próxima semana": "el próximo fin de semana",
              "la semana próxima": "el próximo fin de semana", "entre semana": "los fines de semana",
              "durante la semana": "durante el fin de semana", "de lunes a viernes": "los fines de semana",
              "días de semana": "fines de semana", "la semana que viene": "el fin de semana"}
    compared, disagreeing, swapped, found = contrast_measure(time_phrases.week_parts, time_phrases.changed, turned)
    assert compared >= 60 and disagreeing == 0
    assert swapped >= 60 and found >= swapped - 2


@needs_corpus
def test_faithful_corpus_pairs_keep_their_parts_and_turned_ones_are_found():
    """46 sentence pairs of the dev corpus say a part of a period on both sides, none another; with the first Spanish
    one turned, all are found. With a period's end read whole ("para finales de mes", "fin de año": fifty-sixth
    round): 55, none another, 46 of 46 turned found (a bare "fin de año" has no turn the rule reads)."""
    compared, disagreeing, turned, found = contrast_measure(time_phrases.period_parts, time_phrases.changed, _TURNED)
    assert compared >= 40 and disagreeing == 0
    assert turned >= 40 and found == turned


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Officials expect the road to reopen within hours.", "Las autoridades esperan que la carretera reabra en días.",
     "en días", "hours ('within hours') in English but days ('en días') in Spanish"),
    ("Prices have risen in recent weeks.", "Los precios han subido en los últimos días.", "en los últimos días",
     "weeks ('in recent weeks') in English but days ('en los últimos días') in Spanish"),
    ("Months later, the family is still waiting.", "Años después, la familia sigue esperando.", "Años después",
     "months ('Months later') in English but years ('Años después') in Spanish"),
    ("The website was down for several hours.", "El sitio web estuvo caído durante varios días.", "varios días",
     "hours ('several hours') in English but days ('varios días') in Spanish"),
])
def test_a_span_no_number_counts_said_in_another_unit_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Officials expect the road to reopen within hours.", "Las autoridades esperan que la carretera reabra en horas."),
    ("Prices have risen in recent years.", "Los precios han subido en los últimos años."),
    ("The water was shut off for a few days.", "El agua estuvo cortada unos días."),
    ("The website was down for several hours.", "El sitio web estuvo caído durante varias horas."),
    ("The road will reopen within 48 hours.", "La carretera reabrirá en días."),  # a number: the number rule's
    ("The jury deliberated for three hours before the verdict.", "El jurado deliberó tres días antes del veredicto."),
])
def test_a_span_said_alike_or_counted_is_not_reported(en, es):
    assert _findings(en, es) == []


_SPANS_TURNED = {"en horas": "en días", "en días": "en semanas", "durante días": "durante semanas",
                 "en los últimos días": "en los últimos meses", "en los últimos años": "en los últimos meses",
                 "en las últimas horas": "en los últimos días", "en las últimas semanas": "en los últimos días",
                 "en los últimos meses": "en los últimos años", "unos días": "unas semanas", "unos meses": "unos años",
                 "durante años": "durante meses", "años después": "meses después", "días después": "semanas después",
                 "durante meses": "durante años", "en las últimas décadas": "en los últimos años"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_spans_and_turned_ones_are_found():
    """56 sentence pairs of the dev corpus say a span with no number on both sides (35 before "several hours" and
    "varios días" were read, forty-first round), none in another unit; with the first Spanish one turned into another
    unit, all 18 are found (16)."""
    compared, disagreeing, turned, found = contrast_measure(time_phrases.uncounted_spans, time_phrases.changed,
                                                            _SPANS_TURNED)
    assert compared >= 30 and disagreeing == 0
    assert turned >= 12 and found == turned


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The tenants were evicted last week.", "Los inquilinos fueron desalojados hace dos semanas.", "hace dos semanas",
     "a week ago ('last week') in English but weeks ago ('hace dos semanas') in Spanish"),
    ("The store opened last month.", "La tienda abrió hace dos meses.", "hace dos meses",
     "a month ago ('last month') in English but months ago ('hace dos meses') in Spanish"),
    ("The plant closed two years ago.", "La planta cerró el año pasado.", "el año pasado",
     "years ago ('two years ago') in English but a year ago ('el año pasado') in Spanish"),
    ("The boy went missing yesterday.", "El niño desapareció hace tres días.", "hace tres días",
     "a day ago ('yesterday') in English but days ago ('hace tres días') in Spanish"),
    ("The couple moved to the city a few years ago.", "La pareja se mudó a la ciudad hace un año.", "hace un año",
     "years ago ('a few years ago') in English but a year ago ('hace un año') in Spanish"),
])
def test_one_unit_ago_said_as_several_is_reported(en, es, flagged, message):
    """How long ago an event was, said without a number on one side and with several on the other (the fiftieth
    round): the number rule sees a number on one side only."""
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.text, finding.message) == ("number-mismatch", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The tenants were evicted last week.", "Los inquilinos fueron desalojados la semana pasada."),
    ("The store opened a month ago.", "La tienda abrió hace un mes."),
    ("The bridge closed last year.", "El puente cerró el año pasado."),
    ("The law passed two years ago.", "La ley se aprobó hace tres años."),  # two numbers: the number rule's
    ("He arrived a week ago.", "Llegó hace ocho días."),  # a week said in days, as Spain says it
    ("She has worked there for ten years.", "Trabaja allí desde hace diez años."),  # for ten years, no time ago
    ("Sales fell in the last week of May.", "Las ventas cayeron en la última semana de mayo."),
    ("The boy went missing yesterday.", "El niño desapareció ayer."),
])
def test_how_long_ago_said_alike_or_in_another_unit_is_not_reported(en, es):
    assert _findings(en, es) == []


_AGO_TURNED = {"el año pasado": "hace dos años", "El año pasado": "Hace dos años", "la semana pasada": "hace dos semanas",
               "el mes pasado": "hace dos meses", "hace un año": "hace dos años", "Hace un año": "Hace dos años",
               "hace una semana": "hace tres semanas", "hace un mes": "hace tres meses", "ayer": "hace dos días",
               "Ayer": "Hace dos días", "hace dos años": "el año pasado", "hace tres años": "el año pasado",
               "hace unos años": "el año pasado", "hace unos meses": "el mes pasado",
               "hace unas semanas": "la semana pasada", "hace unos días": "ayer", "hace dos semanas": "la semana pasada",
               "hace dos meses": "el mes pasado"}


@needs_corpus
def test_faithful_corpus_pairs_keep_how_long_ago_and_turned_ones_are_found():
    """130 sentence pairs of the dev corpus say how long ago on both sides, none another once "desde hace diez años"
    (for ten years) is left out; with the first Spanish one turned (one unit against several), all 118 are found."""
    compared, disagreeing, turned, found = contrast_measure(time_phrases.times_ago, time_phrases.ago_changed,
                                                            _AGO_TURNED)
    assert compared >= 100 and disagreeing == 0
    assert turned >= 100 and found == turned
