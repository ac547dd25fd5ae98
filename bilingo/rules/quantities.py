"""number-mismatch: the same number said as another quantity in each version.

The digits of a pair match, so ``bilingo.rules.numbers`` sees nothing, yet the quantity changed: what the words
around the number, or the sentence, say of it differs. Each side is read in its own language, from the originals
(Apertium renders many of these words loosely), and a finding needs both sides to say something of the kind:
one side that says nothing of it is never a finding.

* a change reversed or a bound turned: "fell 12%" / "subió un 12 %", "down 12 cents" / "12 centavos más", a quantity
  said to stay where it was against one that rose or fell to it ("held steady at 3.9%" / "subió a 3,9 %", "will stay
  at $2.50" / "subirán a 2,50 dólares", "remained
  at" / "bajó al"; ``STEADY``), a forecast's subjunctive ("grow by 2%" / "prevé que disminuya un 2 %"), a
  perfect's participle ("has dropped by 10%" / "ha aumentado un 10 %"), a bound between ("has grown to more than
  8,000" / "se ha reducido a más de 8.000"), "More
  than 300" / "Menos de 300", "nearly 300" / "más de 300" ("almost" and "casi" are below the number), "up to 150" /
  "150 personas como mínimo", "10 or fewer" / "10 o más", homes destroyed against damaged ("destroyed 40 homes and
  damaged 12" / "dañó 40 viviendas y destruyó otras 12"), by the words right at the number (``change_readings``,
  ``_reversed_changes``), and a time or a date said as an opening against a closing ("opens at 8 a.m. and closes at
  5 p.m." / "abre a las 5 p.m. y cierra a las 8 a.m.", ``_swapped_openings``; one faithful pair of the dev corpus
  says one on both sides, alike); "up to
  76%" / "hasta un 76 %" is a limit, not a change. A fraction in words bounded too: "fewer than half" / "más de la
  mitad", and one unit of time or distance said with no number: "less than an hour" / "más de una hora", "more than
  a year" / "menos de un año" (``_turned_fraction_bounds``; 11 faithful pairs of the dev corpus bound one on both
  sides, alike). A count in words is read for its bound alone ("more than four units" / "menos de cuatro unidades";
  57 faithful pairs bound one on both sides, alike; the first Spanish bound turned, 51 of 52 are found).
* a superlative turned (a record too, "a record number", and the most or the fewest ever, "más familias que nunca",
  "menos que nunca"): "the lowest on record" / "la más alta registrada", "the worst storm" / "la mejor
  tormenta", when each side says an extreme the other does not (``_turned_superlatives``; "at least" is a bound,
  "mayor" and "menor" are not read); more said as less with no number: "We need more help" / "Necesitamos menos
  ayuda", "Fewer students" / "Más estudiantes", water saved as less used, "asking everyone to conserve water" / "que
  usen más agua" (``comparatives``, ``_turned_comparatives``; a bound, "more than" /
  "menos de", is read above, "at least", "más o menos" and "el lugar menos seguro", a superlative, are none); and a
  superlative's rank dropped or added: "the second-largest" / "la mayor",
  "the deadliest" / "el segundo ... más mortífero" (``superlative_ranks``, ``_dropped_rank``; an ordinal changed is
  the number rule's).
* a score or a tally reversed: "beat the Celtics 112-104" / "vencieron a los Celtics 104-112", "voted 5 to 2" /
  "votó 2 a 5", where both sides name those it is about in one order (``scores``, ``_reversed_scores``).
* the dead counted as injured: "two people were killed" / "dos personas resultaron heridas"
  (``casualty_readings``, ``_changed_casualties``; each number's word of death or injury is a verb just before it
  or a word in the few after it; an age is no count); and none of them on one side, a count on the other: "No
  injuries have been reported" / "Se han reportado dos heridos" (``no_casualties``, ``_none_against_casualties``).
* a time moved between past, present and future: "last week" / "la próxima semana", "yesterday" / "mañana" (not
  "esta mañana"), "this week" / "la próxima semana" (not "este lunes": this week's, past or coming), when each side
  says only one of them (``relative_times``, ``_differing_tense``); and the same tense in another unit: "next week"
  / "el próximo mes", "last month" / "la semana pasada", "tomorrow" / "la próxima semana" (``relative_time_unit``;
  306 faithful corpus pairs say relative times of one tense on both sides, all in one unit).
* how many times in a period: "twice a month" / "una vez al mes" (``times_per_period``,
  ``_changed_times_per_period``; "once" and "una vez" are no numbers to the number rule; 4 faithful corpus pairs say
  one on both sides, alike).
* another time zone under the same clock time: "9 p.m. ET" / "9 p.m. hora del Pacífico", when each side names a
  zone the other does not (``time_zones``, ``_differing_zones``); an abbreviation counts only after a clock time
  ("CT" is also a scan), "hora local" / "local time" names none.
* a profit said as a loss: "a net profit of $14 million" / "una pérdida neta de $14 millones", "deficit" /
  "superávit" (``money_results``, ``_profit_against_loss``).
* a span of time in another unit: "6 months or older" / "6 años o más", "two weeks" / "dos días", "three
  weekends" / "tres semanas", and a streak's: "the third consecutive month" / "tercer año consecutivo", "22 straight
  months" / "22 años", by the unit right after the number or the ordinal, past English's adjective ("consecutive",
  "straight", "more") (``time_span_units``, ``_changed_time_units``; 659 faithful corpus pairs give a number a unit
  of time on both sides, all alike); and one said with an article or a half, no number, in each language:
  "for a decade" / "durante un año", "half an hour" / "una hora", and after "every" or "cada" with none: "every
  half hour" / "cada cuarto de hora", or against a count in words on the original side: "a two-year hiatus" / "una
  pausa de un año" (``article_time_spans``, ``_changed_article_spans``, ``_count_against_article_span``;
  51 faithful corpus pairs say one on both sides, all of the same length; "three meals a day" is a rate, but "2,000
  patients for a decade", after its preposition, a span).
* a building's floors, one side a single floor: "a two-story home" / "una casa de una planta" (``storeys``,
  ``_changed_storeys``; "una" is also Spanish's article, so the number rule cannot compare it; two faithful corpus
  pairs give one on both sides, alike).
* a span of time just past of another length, one side giving no number: "over the past year" / "en los últimos dos
  años", "the past decade" / "los últimos dos años" (``recent_spans``, ``_changed_recent_spans``; two numbers are
  ``bilingo.rules.numbers``' to compare, which leaves the counts of one span said in two units, "the past 12 months" /
  "el último año"; 113 faithful corpus pairs say one on both sides, one another, WMT's "the last 18 months" / "el
  último año"; with the Spanish made three of its unit, 88 of 88 found).
* a measure said with an article or a half, no number, in another unit: "a mile" / "un kilómetro", "a foot of snow" /
  "un metro de nieve", "half a mile" / "una milla" (``article_measures``, ``_changed_article_measures``; 4 faithful
  corpus pairs say one on both sides, alike; "a pound" / "medio kilo" and "a yard" / "un metro" are one measure
  within ``MEASURE_TOLERANCE``, and "not an inch" / "ni un centímetro" is no measure). Said with a number on the other
  side, converted ("a foot" / "30 centímetros", "a mile" / "1,6 kilómetros"), it is one measure to ``numbers`` too.
* a temperature's scale renamed, the number kept: "90 degrees Fahrenheit" / "90 grados centígrados"
  (``temperature_scales``, ``_changed_temperature_scales``; a bare "degrees" or "grados" names no scale; 5 faithful
  corpus pairs name one on both sides, alike).
* another currency: "$500" / "500 euros" (``_changed_currencies``); a currency word after the number wins over a
  symbol ("$500 pesos").
* a US unit renamed metric but not converted: "5 miles" / "5 kilómetros", "40 mph" / "40 km/h", "two miles" / "dos
  kilómetros" (``_unconverted_units``; a converted one matches in ``numbers``), or renamed another US unit: "4 inches"
  / "4 pies", "2,000 square feet" / "2.000 pies" (``_other_us_unit``; 22 faithful corpus pairs give a US unit on both
  sides, none another).
* percentage points said as percent: "rose 2 percentage points" / "subió un 2 %", and the other way
  (``_points_against_percent``).
* two amounts swapped between what they count: "300 homes and 50 businesses" / "50 viviendas y 300 negocios", by
  the noun after each number (or after its "for": "$15 for adults and $10 for children"), the translated side's read
  in its translation (``_swapped_amounts``).
* a correction's right number said for the wrong one: "the fine is $500, not $5,000" / "es de 5.000 dólares, no de
  500" (``_turned_corrections``).
* a span's start and end swapped: "from $25 to $40" / "de $40 a $25", "de 2 dólares a 1.50", a rise said as a fall
  (``_reversed_span``).
* the same number counting another kind of thing: "200 apartments" / "200 residentes", "500 passengers" / "500
  vehículos", "300 rooms" / "300 empleados", by the word right after the number on each side, read in its own
  language (``COUNTED_KINDS``, ``_changed_counted_kinds``; coarse kinds, so "workers" and "empleados" are one; 143
  faithful corpus pairs count a thing of the table with one number on both sides, all of one kind; with the Spanish
  word turned into another kind's, 141 are found).
* a date in digits copied in the other language's order: "12/3/2026" is December 3 in US English and 12 March in
  Spanish, which writes the day first ("3/12/2026"); "12/15/2026" in Spanish names no month 15
  (``_date_order_kept``); and the US date read day first: "12/3/2026" / "12 de marzo". The dev corpus writes no date
  in digits with a year, so the English version's order is read from the version itself: day first where one of its
  dates opens on a number above 12, month first otherwise (the US newsrooms bilingo is for).

Each was measured on the 11,650 faithful sentence pairs of the dev corpus before it was adopted; the counts are in
the comments and tests of each (tests/test_rule_numbers.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from bilingo.findings import said_in_pair
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.words import fold, gate_words, holds_any, stem
from bilingo.settings import Settings

# what ``numbers`` reads and reports a number with: the mentions of a sentence, how two can be the same quantity,
# and a number-mismatch finding (this module is that rule's too)
from bilingo.rules.numbers import (
    _CURRENCY_SYMBOLS, _CURRENCY_WORD, CONVERSION_TOLERANCE, IMPERIAL_UNITS, NEIGHBOUR_PAIRS, NUMERIC_DATE, RULE,
    SPANISH_IMPERIAL_UNITS, TEXT_MEMO_SIZE,
    Mention, _converted, _counted, _finding, _segment_mentions, _side_mentions, compatible, fraction_spans,
    is_count, is_ordinal_word,
)


def prepare(version: Version, settings: Settings) -> None:
    """The readings of every sentence that need no translation: the relative times, time zones and superlatives it
    says, and what the words at its numbers say of them (changes, bounds, casualties). ``check`` only compares."""
    if RULE in settings.disabled_rules:
        return
    for index, segment in enumerate(version.segments):
        relative_times(segment.text, version.lang)
        times_per_period(segment.text, version.lang)
        time_zones(segment.text, version.lang)
        superlatives(segment.text, version.lang)
        comparatives(segment.text, version.lang)
        superlative_ranks(segment.text, version.lang)
        scores(segment.text, version.lang)
        change_readings(segment.text, version.lang, index)
        casualty_readings(segment.text, version.lang, index)
        time_span_units(segment.text, version.lang, index)
        article_time_spans(segment.text, version.lang)
        article_measures(segment.text, version.lang)
        temperature_scales(segment.text, version.lang, index)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    findings: list[Finding] = []
    for position, pair in enumerate(aligned.pairs):
        if not _counted(pair, settings):
            continue
        before = len(findings)
        findings.extend(_differing_tense(aligned, pair, settings))
        if len(findings) == before:  # ("last month" / "la semana pasada": the tense reading's, in another unit)
            findings.extend(_changed_recent_spans(aligned, pair, settings))
        findings.extend(_changed_times_per_period(aligned, pair, settings))
        findings.extend(_differing_zones(aligned, pair, settings, position))
        findings.extend(_turned_superlatives(aligned, pair, settings))
        findings.extend(_turned_comparatives(aligned, pair, settings))
        findings.extend(_dropped_rank(aligned, pair, settings))
        findings.extend(_reversed_scores(aligned, pair, settings))
        mentions = {side: _side_mentions(aligned, side, getattr(pair, side)) for side in ("left", "right")}
        findings.extend(_reversed_changes(aligned, pair, mentions, settings))
        findings.extend(_turned_fraction_bounds(aligned, pair, settings))
        findings.extend(_unconverted_units(aligned, pair, mentions, settings))
        findings.extend(_points_against_percent(aligned, pair, mentions, settings))
        findings.extend(_changed_casualties(aligned, pair, mentions, settings))
        findings.extend(_none_against_casualties(aligned, pair, mentions, settings))
        findings.extend(_profit_against_loss(aligned, pair, mentions, settings))
        findings.extend(_changed_time_units(aligned, pair, mentions, settings))
        findings.extend(_changed_article_spans(aligned, pair, settings))
        findings.extend(_changed_article_measures(aligned, pair, settings))
        findings.extend(_changed_storeys(aligned, pair, settings))
        findings.extend(_changed_temperature_scales(aligned, pair, mentions, settings))
        findings.extend(_changed_currencies(aligned, pair, mentions, settings))
        findings.extend(_date_order_kept(aligned, pair, mentions, settings))
        findings.extend(_swapped_openings(aligned, pair, mentions, settings))
        findings.extend(_turned_corrections(aligned, pair, mentions, settings))
        if len(findings) == before:  # (a number the pair's other readings reported is not reported again)
            findings.extend(_swapped_amounts(aligned, pair, mentions, settings)
                            or _reversed_span(aligned, pair, mentions, settings)
                            or _changed_counted_kinds(aligned, pair, mentions, settings)
                            or _count_against_article_span(aligned, pair, mentions, settings))
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


# Time said relative to the story's day: "yesterday", "last week", "two years ago" against "tomorrow", "next
# week"; "ayer", "la semana pasada" against "mañana", "la próxima semana", "el mes que viene". ("mañana" is also
# "morning": not after "la", "por la", "de la", "esta", "cada", nor before "de"/"por".)
_PERIODS = {
    "en": r"week|month|year|weekend|season|spring|summer|fall|autumn|winter|decade|century|semester|term|quarter",
    "es": r"semana|mes|año|fin\s+de\s+semana|temporada|primavera|verano|otoño|invierno|década|siglo|semestre|"
          r"trimestre",
}
_WEEKDAYS = {"en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
             "es": r"lunes|martes|miércoles|jueves|viernes|sábado|domingo"}
_TIME_UNITS = {lang: rf"(?:{_PERIODS[lang]}|{_WEEKDAYS[lang]})" for lang in ("en", "es")}
# the units of a time said as the story's own ("this week" / "esta semana", "today" / "hoy"), weekdays aside: "este
# lunes" is the Monday of this week, past or coming, and stands for "on Monday" and "last Monday" alike
_PRESENT_UNITS = {lang: rf"(?:{_PERIODS[lang]})" for lang in ("en", "es")}
_RELATIVE_TIME = {
    "en": {"past": re.compile(rf"\b(?:yesterday|last\s+{_TIME_UNITS['en']}|(?:a|one|two|three|four|five|six|\d+)\s+"
                              rf"{_TIME_UNITS['en']}s?\s+ago)\b", re.IGNORECASE),
           "future": re.compile(rf"\b(?:tomorrow|next\s+{_TIME_UNITS['en']})\b", re.IGNORECASE),
           "present": re.compile(rf"\b(?:today|this\s+{_PRESENT_UNITS['en']})\b", re.IGNORECASE)},
    "es": {"past": re.compile(rf"\b(?:ayer|(?:el|la|los|las)\s+{_TIME_UNITS['es']}\s+pasad[oa]s?|"
                              rf"(?:el|la)\s+pasad[oa]\s+{_TIME_UNITS['es']})\b", re.IGNORECASE),
           "future": re.compile(rf"(?<!por la )(?<!de la )(?<!la )(?<!esta )(?<!cada )\b(?:mañana(?!\s+(?:de|por))|"
                                rf"(?:el|la|los|las)\s+próxim[oa]s?\s+{_TIME_UNITS['es']}|"
                                rf"{_TIME_UNITS['es']}\s+(?:próxim[oa]|que\s+viene|entrante))\b", re.IGNORECASE),
           "present": re.compile(rf"\b(?:hoy|est[ea]s?\s+{_PRESENT_UNITS['es']})\b", re.IGNORECASE)},
}
_RELATIVE_TIME_CUES = {"en": ("yesterday", "last ", "ago", "tomorrow", "next "),
                       "es": ("ayer", "pasad", "mañana", "próxim", "que viene", "entrante")}
# the story's own time is said by "today" / "hoy", or by "this" / "este" with a period's word: a sentence's folded words
# tell (a substring "this " is in too many sentences to gate on)
_TODAY = {"en": frozenset({"today"}), "es": frozenset({"hoy"})}
_THIS = {"en": frozenset({"this"}), "es": frozenset({"este", "esta", "estos", "estas"})}
_PERIOD_WORDS = {lang: frozenset(fold(period.split("\\s+")[-1]) for period in periods.split("|"))
                 for lang, periods in _PERIODS.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def relative_times(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The relative times ``text`` says: ("past", "present" or "future", start, end), in text order."""
    lang = "es" if lang == "es" else "en"
    words = gate_words(text)
    present = not _TODAY[lang].isdisjoint(words) or (not _THIS[lang].isdisjoint(words)
                                                      and not _PERIOD_WORDS[lang].isdisjoint(words))
    if not present and not holds_any(text, _RELATIVE_TIME_CUES[lang]):
        return ()  # (most sentences)
    found = [(tense, match.start(), match.end()) for tense, pattern in _RELATIVE_TIME[lang].items()
             if present or tense != "present" for match in pattern.finditer(text)]
    return tuple(sorted(found, key=lambda time: time[1]))


def _differing_tense(aligned, pair, settings) -> list[Finding]:
    """"last week" against "la próxima semana": each side of a pair says the time relative to the story's day,
    one only in the past and the other only in the future, or one of them against the present ("this week", "hoy");
    or both in the same tense, each in one unit, and the units differ ("next week" / "el próximo mes").
    (344 faithful corpus pairs say one on both sides; one WMT translation from Hungarian says another: "which they did
    last year" / "con la diferencia de que este año no se ha aumentado".)"""
    said = said_in_pair(aligned, pair, relative_times)
    if said is None:
        return []  # (most pairs)
    tenses = {side: {time[0] for _, time in said[side]} for side in ("left", "right")}
    if any(len(tenses[side]) != 1 for side in ("left", "right")):
        return []
    if tenses["left"] == tenses["right"] and not _differing_units(aligned, said):
        return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (tense, start, end) = said[side][0]
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "relative time", frozenset(), True, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# The unit of a relative time, in one word per language: "next week" / "la próxima semana" are a week, "yesterday",
# "today", "mañana" a day. Units a translation says either way are one: a week and its weekend ("at the end of this
# week" / "este fin de semana"), a season and a year ("this season" / "este año"), a term and a semester or quarter.
# A weekday has no unit here, and two seasons are not compared here: ``bilingo.rules.numbers`` compares them.
_RELATIVE_UNITS = {
    "en": {"yesterday": "day", "today": "day", "tomorrow": "day", "week": "week", "weekend": "week",
           "month": "month", "year": "year", "season": "year", "spring": "spring", "summer": "summer", "fall": "fall",
           "autumn": "fall", "winter": "winter", "decade": "decade", "century": "century", "semester": "semester",
           "term": "term", "quarter": "quarter"},
    "es": {"ayer": "day", "hoy": "day", "manana": "day", "semana": "week", "fin": "week", "mes": "month",
           "ano": "year", "temporada": "year", "primavera": "spring", "verano": "summer", "otono": "fall",
           "invierno": "winter", "decada": "decade", "siglo": "century", "semestre": "semester",
           "trimestre": "quarter"},
}
_SEASONS = frozenset(("spring", "summer", "fall", "winter"))  # (one against another: ``bilingo.rules.numbers``')
_SAME_UNITS = {frozenset(("term", "semester")), frozenset(("term", "quarter"))} | {
    frozenset(("year", season)) for season in _SEASONS}


def relative_time_unit(said: str, lang: str) -> str | None:
    """The unit of a relative time ``relative_times`` found ("day", "week", "month", "year", a season...), or None
    (a weekday's)."""
    units = _RELATIVE_UNITS["es" if lang == "es" else "en"]
    return next((units[word] for word in map(fold, said.split()) if word in units), None)


def _differing_units(aligned, said: dict) -> bool:
    """Whether each side says its relative times in one unit and the two units differ ("next week" / "el próximo
    mes")."""
    units = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        units[side] = {relative_time_unit(version.segments[index].text[start:end], version.lang)
                       for index, (_, start, end) in said[side]}
        if len(units[side]) != 1 or None in units[side]:
            return False
    left, right = units["left"].pop(), units["right"].pop()
    return left != right and frozenset((left, right)) not in _SAME_UNITS and not {left, right} <= _SEASONS


# How many times in a period: "once a month", "twice a week", "three times a day"; "una vez al mes", "dos veces por
# semana". "once" and "una" are no numbers elsewhere ("once again", "una casa"), so the number rule reads neither.
_TIMES_COUNT = {"en": {"once": 1, "twice": 2, "thrice": 3, "one time": 1, "two times": 2, "three times": 3,
                       "four times": 4, "five times": 5},
                "es": {"una vez": 1, "dos veces": 2, "tres veces": 3, "cuatro veces": 4, "cinco veces": 5}}
_TIMES_PERIOD = {"en": {"day": "day", "week": "week", "month": "month", "year": "year"},
                 "es": {"día": "day", "semana": "week", "mes": "month", "año": "year"}}
_TIMES_PER_PERIOD = {
    "en": re.compile(r"\b(?P<count>once|twice|thrice|(?:one|two|three|four|five)\s+times)\s+(?:a|an|per|each|every)\s+"
                     r"(?P<period>day|week|month|year)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?P<count>una\s+vez|(?:dos|tres|cuatro|cinco)\s+veces)\s+(?:al|por|a\s+la|cada|por\s+la)\s+"
                     r"(?P<period>día|semana|mes|año)\b", re.IGNORECASE),
}
_TIMES_CUES = {"en": ("once", "twice", "thrice", "times"), "es": ("vez", "veces")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def times_per_period(text: str, lang: str) -> tuple[tuple[tuple[int, str], int, int], ...]:
    """How many times in a period ``text`` says: ((count, period), start, end) of each."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _TIMES_CUES[lang]):
        return ()  # (most sentences)
    return tuple(((_TIMES_COUNT[lang][" ".join(match.group("count").lower().split())],
                   _TIMES_PERIOD[lang][match.group("period").lower()]), match.start(), match.end())
                 for match in _TIMES_PER_PERIOD[lang].finditer(text))


def _changed_times_per_period(aligned, pair, settings) -> list[Finding]:
    """"twice a month" against "una vez al mes": each side says how many times in a period once, the same period,
    another count, one of them once. (The number rule compares "twice" with "tres veces", but reads neither "once"
    nor "una".)"""
    said = said_in_pair(aligned, pair, times_per_period)
    if said is None or any(len(said[side]) != 1 for side in ("left", "right")):
        return []  # (most pairs)
    (left_count, left_period), (right_count, right_period) = (said[side][0][1][0] for side in ("left", "right"))
    if left_period != right_period or left_count == right_count or 1 not in (left_count, right_count):
        return []  # (two counts in words, "twice" / "tres veces", are the number rule's)
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (_, start, end) = said[side][0]
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "times per period", frozenset(), True, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# Superlatives: "the lowest rate on record" against "la tasa más alta registrada". Each side in its own language;
# "at least" is a bound (``_BOUNDS``), and "mayor" / "menor" (older, a minor) say too much else to count, but after
# an article and before a noun of how much ("el menor aumento en una década", "la mayor cifra").
_OF_HOW_MUCH = (r"(?:aumento|aumentos|incremento|incrementos|alza|alzas|subida|subidas|caída|caídas|descenso|"
                r"descensos|número|cifra|cifras|nivel|niveles|tasa|tasas|cantidad|crecimiento|pérdida|pérdidas|"
                r"ganancia|ganancias)\b")
_SUPERLATIVES = {
    "en": {"highest": r"highest|largest|biggest|best|greatest|maximum|record[\s-]high|"
                      r"a\s+record\s+(?:number|amount|turnout|total|share)",  # ("a record number of families")
           "lowest": r"lowest|smallest|worst|fewest|minimum|record[\s-]low"},
    # ("a lo mejor" is maybe, "mejor dicho" rather)
    # ("más familias que nunca", "menos que nunca": the most or the fewest ever)
    "es": {"highest": r"m[aá]s\s+(?:[\w-]+\s+){0,2}?que\s+nunca|"
                      r"m[aá]s\s+alt[oa]s?|m[aá]s\s+grandes?|(?<!a lo )mejor(?:es)?(?!\s+dicho)|m[aá]xim[oa]s?|"
                      rf"(?<=\b(?:el|la|su)\s)mayor\s+{_OF_HOW_MUCH}|(?<=\b(?:los|las|sus)\s)mayores\s+{_OF_HOW_MUCH}",
           "lowest": r"menos\s+(?:[\w-]+\s+){0,2}?que\s+nunca|"
                     r"m[aá]s\s+baj[oa]s?|m[aá]s\s+peque[nñ][oa]s?|peor(?:es)?|m[ií]nim[oa]s?|"
                     rf"(?<=\b(?:el|la|su)\s)menor\s+{_OF_HOW_MUCH}|(?<=\b(?:los|las|sus)\s)menores\s+{_OF_HOW_MUCH}"},
}
_SUPERLATIVE = {lang: re.compile("|".join(rf"(?P<{kind}>\b(?:{words})\b)" for kind, words in kinds.items()),
                                 re.IGNORECASE)
                for lang, kinds in _SUPERLATIVES.items()}
_SUPERLATIVE_CUES = {"en": ("est", "best", "worst", "maximum", "minimum", "record"),
                     "es": ("más", "mas ", "mejor", "peor", "máxim", "maxim", "mínim", "minim", "mayor", "menor",
                            "que nunca")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def superlatives(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The superlatives ``text`` says: ("highest" or "lowest", start, end), in text order."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _SUPERLATIVE_CUES[lang]):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _SUPERLATIVE[lang].finditer(text))


def _turned_superlatives(aligned, pair, settings) -> list[Finding]:
    """"the lowest on record" against "la más alta registrada": each side says a superlative the other does not,
    one the highest and the other the lowest ("the highest increase in a decade" / "el menor aumento"). (176 faithful
    corpus pairs say one on both sides, none the other way; 162 before "el mayor" and "el menor" were read.)"""
    return _each_says_another(aligned, pair, settings, superlatives, "superlative")


def _each_says_another(aligned, pair, settings, read, mention_kind: str) -> list[Finding]:
    """The finding of a pair each side of which says a kind ``read`` finds that the other side does not ("highest"
    against "lowest", "more" against "less"), naming the first such word of each side."""
    said = said_in_pair(aligned, pair, read)
    if said is None:
        return []  # (most pairs)
    kinds = {side: {found[0] for _, found in said[side]} for side in ("left", "right")}
    if not (kinds["left"] - kinds["right"] and kinds["right"] - kinds["left"]):
        return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (kind, start, end) = next(item for item in said[side] if item[1][0] not in kinds[aligned.other(side)])
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, mention_kind, frozenset(), True, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# More against less, said with no number: "We need more help" / "Necesitamos menos ayuda", "Fewer students enrolled" /
# "Más estudiantes se inscribieron". Each side in its own language; a bound before a number or a comparison ("more
# than", "menos de", "más que") is ``_BOUNDS``'s, and "at least", "no more", "once more", "more or less", "al menos",
# "por lo menos", "cada vez más", "nada más", "más bien", "más tarde" say no amount. A word inside an event of
# decision-mismatch's table ("pay more", "más fácil", "más frío") is that rule's to compare.
_COMPARATIVE = {
    # (water saved is less used: "asking everyone to conserve water" / "que usen más agua")
    "en": re.compile(r"\b(?:(?P<more>more)(?!\s+(?:than|and\s+more|or\s+less)\b)|(?P<less>less|fewer|"
                     r"(?:conserve|conserving|save|saving)\s+(?:water|power|energy|electricity))(?!\s+than\b))\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<more>más)(?!\s+(?:de|que|o\s+menos|bien|tarde|temprano|tardar)\b)|(?P<less>menos|"
                     r"ahorr(?:ar|en|e|ando)\s+(?:el\s+|la\s+)?(?:agua|energía|electricidad|luz))"
                     r"(?!\s+(?:de|que)\b))(?![\w-])", re.IGNORECASE),
}
# An amount compared with another that has no number: "sold for $50,000 above the asking price" / "50.000 dólares
# menos del precio", "10% below the state average" (a bound is before its number: "more than 300" is ``_BOUNDS``'s;
# "over" and "under" are not read: "20 people over the weekend"; nor a time compared with, "30 percent less than a
# year ago", which a translation often says with no number: "pagar menos que el año anterior")
_AMOUNT_COMPARED = {
    "en": re.compile(r"\d[\d,.]*\s*(?:%|percent\b|points?\b|dollars\b|[a-z]+)?\s+"
                     r"(?:(?P<more>above|more\s+than|higher\s+than)|(?P<less>below|less\s+than|lower\s+than))"
                     r"\s+(?=(?:the|its|their|his|her)\s+(?!(?:year|month|week|day|previous|prior|same|period)\b))",
                     re.IGNORECASE),
    "es": re.compile(r"\d[\d.,]*\s*(?:%|por\s+ciento\b|puntos?\b|dólares\b|[a-záéíóúñ]+)?\s+"
                     r"(?:(?P<more>más|por\s+encima)|(?P<less>menos|por\s+debajo))\s+(?=(?:de|del|que)\b)",
                     re.IGNORECASE),
}
_NOT_COMPARATIVE_AFTER = {
    "en": re.compile(r"\b(?:at|no|any|once|nothing|little|much|even|far|still|or)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:al|lo|o|no|nada|ni|cada\s+vez|mucho|aún|todavía|los|las|el|la|lo\s+de)\s+$",
                     re.IGNORECASE),
}
# After an article and its noun, and before a word of the noun's number, a superlative: "el lugar menos seguro" (the
# least safe place), "los móviles más baratos"; not "da a las escuelas más dinero", whose "dinero" is no adjective of
# "escuelas"
_SPANISH_NOUN_BEFORE = re.compile(r"\b(?:el|la|los|las|del|al)\s+(?P<noun>[a-záéíóúñ]+)\s+$", re.IGNORECASE)
_SPANISH_WORD_AFTER = re.compile(r"\s+(?P<word>[a-záéíóúñ]+)", re.IGNORECASE)
_COMPARATIVE_CUES = {"en": ("more", "less", "fewer", "conserv", "saving", "save ", "above", "below", "higher",
                            "lower"),
                     "es": ("más", "mas ", "menos", "ahorr", "encima", "debajo")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def comparatives(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The amounts ``text`` compares with no number: ("more" or "less", start, end), in text order."""
    from bilingo.rules.opposites import events  # (opposites imports this module)

    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _COMPARATIVE_CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _COMPARATIVE[lang].finditer(text):
        if _NOT_COMPARATIVE_AFTER[lang].search(text, max(0, match.start() - 30), match.start()):
            continue
        if lang == "es" and _spanish_superlative(text, match):
            continue
        if any(start <= match.start() < end for _, start, end in events(text, lang)):
            continue
        found.append((match.lastgroup, match.start(), match.end()))
    for match in _AMOUNT_COMPARED[lang].finditer(text):
        start = match.start(match.lastgroup)
        if not any(begin <= start < end for _, begin, end in (*found, *events(text, lang))):
            found.append((match.lastgroup, start, match.end(match.lastgroup)))
    return tuple(sorted(found, key=lambda said: said[1]))


def _spanish_superlative(text: str, match: re.Match) -> bool:
    """Whether the "más" or "menos" of ``match`` makes a superlative of the noun before it (``_SPANISH_NOUN_BEFORE``)."""
    noun = _SPANISH_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
    word = _SPANISH_WORD_AFTER.match(text, match.end())
    return (noun is not None and word is not None
            and noun.group("noun").lower().endswith("s") == word.group("word").lower().endswith("s"))


def _turned_comparatives(aligned, pair, settings) -> list[Finding]:
    """"more help" against "menos ayuda": each side compares an amount the other does not, one more and the other
    less (``comparatives``). 264 faithful sentence pairs of the dev corpus say one on both sides, none the other way;
    the first Spanish one turned, 214 of 264 are found (265 and 215 before spending was read as paying)."""
    return _each_says_another(aligned, pair, settings, comparatives, "comparative")


# A superlative's rank: "the second-largest" (2) against "la mayor" (1, no ordinal before it: the first). An ordinal
# changed is the number rule's ("second" / "tercera"); here the rank said on one side and dropped on the other. In
# English the superlative follows a determiner ("the", "its", "Texas'", "the state's"); in Spanish an article, the
# ordinal, up to two words (the noun: "la tercera ciudad más importante") and "más ..." or "mayor"/"mejor"/"peor".
_RANK_ORDINALS = {"en": {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                         "ninth": 9, "tenth": 10},
                  "es": {"segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "septim": 7, "octav": 8,
                         "noven": 9, "decim": 10}}
_NOT_SUPERLATIVE_EST = ("latest|interest|forest|honest|modest|west|rest|test|chest|guest|protest|request|contest|"
                        "suggest|arrest|harvest|nest|pest|vest|priest|manifest|digest|invest|attest|detest|unrest|"
                        "quest|conquest|midwest|southwest|northwest|inquest|longest-serving")
_RANKED_SUPERLATIVE = {
    "en": re.compile(r"\b(?:the|its|their|his|her|our|[\w.]+['’]s?)\s+(?:(?P<ordinal>second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|tenth)[\s-]+)?(?P<superlative>(?:most|least)\s+[a-z]+|"
                     rf"(?!(?:{_NOT_SUPERLATIVE_EST})\b)[a-z]{{2,}}est|best|worst)\b"),
    "es": re.compile(r"\b(?:el|la|los|las|su|sus)\s+(?:(?P<ordinal>segund|tercer|cuart|quint|sext|s[ée]ptim|octav|"
                     r"noven|d[ée]cim)[oa]?s?\s+)?(?:(?!m[aá]s\b|mayor|mejor|peor)[\w-]+\s+){0,2}?"
                     r"(?P<superlative>m[aá]s\s+\w+|mayor(?:es)?|mejor(?:es)?|peor(?:es)?)\b", re.IGNORECASE),
}
_RANK_CUES = {"en": ("est", "most", "least", "best", "worst"), "es": ("más", "mas ", "mayor", "mejor", "peor")}
# a superlative of several ranks no one: "one of the largest", "una de las siete compañías más grandes"
_ONE_OF_BEFORE = re.compile(r"\b(?:one\s+of|among|un[oa]\s+de|entre)\s+$", re.IGNORECASE)
_CARDINAL = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|"
                       r"nueve|diez)\b", re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def superlative_ranks(text: str, lang: str) -> tuple[tuple[int, int, int], ...]:
    """The ranks of the superlatives ``text`` says: (rank, start, end) of each, 1 where no ordinal ranks it ("the
    largest", "la ciudad más grande"), the span from the ordinal ("second-largest") or the superlative."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _RANK_CUES[lang]):
        return ()  # (most sentences)
    found = []
    for match in _RANKED_SUPERLATIVE[lang].finditer(text):
        ordinal = match.group("ordinal")
        if not ordinal and (_ONE_OF_BEFORE.search(text, max(0, match.start() - 12), match.start())
                            or _CARDINAL.search(text, match.start(), match.start("superlative"))):
            continue
        rank = _RANK_ORDINALS[lang][fold(ordinal)] if ordinal else 1
        found.append((rank, match.start("ordinal" if ordinal else "superlative"), match.end()))
    return tuple(found)


def _dropped_rank(aligned, pair, settings) -> list[Finding]:
    """"the second-largest" against "la mayor": one side ranks a superlative below the first where the other says
    the first, counted ("the second longest and the biggest" / "el más caudaloso y el más extenso"); a superlative
    of several ("one of the largest", "las siete compañías más grandes") ranks none. (13 faithful corpus pairs rank
    a superlative below the first on one side; none of them says the first on the other.)"""
    said = said_in_pair(aligned, pair, superlative_ranks)
    if said is None:
        return []  # (most pairs)
    ranks = {side: Counter(found[0] for _, found in said[side]) for side in ("left", "right")}
    surplus = {side: ranks[side] - ranks[aligned.other(side)] for side in ("left", "right")}
    if not any(1 in surplus[side] and any(rank > 1 for rank in surplus[aligned.other(side)])
               for side in ("left", "right")):
        return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (rank, start, end) = next(item for item in said[side] if item[1][0] in surplus[side])
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "superlative", frozenset({float(rank)}), True, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# A score or a tally, two numbers joined by a dash: "won 112-104", "passed 21-10", "por 12 votos a 10" aside (not a
# date, a time, a phone number or a range of years: digits, a "/", ":" or "." may not touch it)
_SCORE = re.compile(r"(?<![\d.,/:–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d,/:%–-]|\.\d)")
# A vote's tally in words, in a sentence about a vote: "voted 5 to 2", "by a vote of 227 to 206", "12 votes to 10",
# "votó 5 a 2", "con 227 votos contra 206" (a percentage or a range of ages or years is no tally: "%" may not follow)
_TALLY = {
    "en": re.compile(r"(?<![\d.,$/:])(\d{1,3})(?:\s+votes?)?\s+(?:to|against)\s+(\d{1,3})"
                     r"(?![\d,/:%]|\.\d|\s*(?:%|percent|per\s+cent))", re.IGNORECASE),
    "es": re.compile(r"(?<![\d.,$/:])(\d{1,3})(?:\s+votos?)?\s+(?:a|contra)\s+(\d{1,3})"
                     r"(?![\d,/:%]|\.\d|\s*(?:%|por\s*ciento))", re.IGNORECASE),
}
# and in its two halves: "por 5 votos a favor y 2 en contra", "with 5 votes in favor and 2 against"
_TALLY_FOR_AND_AGAINST = {
    "en": re.compile(r"(?<![\d.,$/:])(\d{1,3})\s+votes?\s+(?:in\s+favou?r|for)(?:\s+of\s+it)?,?\s+and\s+(\d{1,3})"
                     r"(?:\s+votes?)?\s+against\b", re.IGNORECASE),
    "es": re.compile(r"(?<![\d.,$/:])(\d{1,3})\s+votos?\s+a\s+favor,?\s+y\s+(\d{1,3})(?:\s+votos?)?\s+en\s+contra\b",
                     re.IGNORECASE),
}
# (a vote's own words: "votó", "passed 60-40", "aprobada 40 a 60")
_VOTE = re.compile(r"\b(?:vot|aprob|rechaz|approv|reject|passed|defeated)", re.IGNORECASE)
_TEAM = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w'’-]+")  # a capitalised word not opening the sentence


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def scores(text: str, lang: str) -> tuple[tuple[tuple[str, str], int, int], ...]:
    """The scores and tallies ``text`` says: ((first number, second number), start, end), in text order."""
    matches = []
    if "-" in text or "–" in text:
        matches += _SCORE.finditer(text)
    if lang in _TALLY and _VOTE.search(text):
        matches += _TALLY[lang].finditer(text)
        matches += _TALLY_FOR_AND_AGAINST[lang].finditer(text)
    return tuple(((match.group(1), match.group(2)), match.start(), match.end())
                 for match in sorted(matches, key=lambda match: match.start()))


def _reversed_scores(aligned, pair, settings) -> list[Finding]:
    """"The Lakers beat the Celtics 112-104" against "Los Lakers vencieron a los Celtics 104-112": one side says a
    score in the order the other reverses, naming those it is about in the same order (a sentence turned around,
    "Los Celtics perdieron ante los Lakers 104-112", says the same). (29 faithful corpus pairs say a score or a
    tally on both sides, all in one order.)"""
    said = said_in_pair(aligned, pair, scores)
    if said is None:
        return []  # (most pairs)
    numbers = {side: {found[0] for _, found in said[side]} for side in ("left", "right")}
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    for index, (numbers_said, start, end) in said[flagged]:
        first, second = numbers_said
        if first == second or numbers_said in numbers[other] or (second, first) not in numbers[other]:
            continue
        if not _named_in_one_order(aligned, pair):
            return []
        other_index, (_, other_start, other_end) = next(item for item in said[other] if item[1][0] == (second, first))
        text = aligned.version(flagged).segments[index].text
        other_text = aligned.version(other).segments[other_index].text
        mention = Mention(text[start:end], start, end, "score", frozenset(), True, index)
        counterpart = Mention(other_text[other_start:other_end], other_start, other_end, "score", frozenset(), True,
                              other_index)
        return [_finding(aligned, pair, flagged, mention, counterpart, settings)]
    return []


def _named_in_one_order(aligned, pair) -> bool:
    """Whether the capitalised words both sides of ``pair`` say (team names, as a score's sentence has them) come in
    the same order on both."""
    order = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        words = [match.group() for index in getattr(pair, side)
                 for match in _TEAM.finditer(version.segments[index].text)]
        order[side] = list(dict.fromkeys(words))
    shared = set(order["left"]) & set(order["right"])
    return [word for word in order["left"] if word in shared] == [word for word in order["right"] if word in shared]


# Time zones: "7 p.m. ET" against "7 p.m. hora del Pacífico" moves the time by three hours under the same
# digits. Each zone's names in both languages; an abbreviation counts only right after a clock time ("CT" is
# also computed tomography, "MT" Montana), as "tiempo" and "horario" do ("el tiempo del Pacífico" is weather,
# "el horario del centro" opening hours). "local time" / "hora local" names no zone.
_ZONE_ABBREVIATIONS = {
    "eastern": ("ET", "EST", "EDT"), "central": ("CT", "CST", "CDT"), "mountain": ("MT", "MST", "MDT"),
    "pacific": ("PT", "PST", "PDT"), "alaska": ("AKT", "AKST", "AKDT"), "hawaii": ("HT", "HST", "HAST"),
    "atlantic": ("AT", "AST", "ADT"), "utc": ("GMT", "UTC"), "central european": ("CET", "CEST"),
    "british summer": ("BST",),
}
_ZONE_OF = {abbreviation: zone for zone, abbreviations in _ZONE_ABBREVIATIONS.items()
            for abbreviation in abbreviations}
_ZONE_NAMES = {
    "en": {"Eastern": "eastern", "Central": "central", "Mountain": "mountain", "Pacific": "pacific",
           "Alaska": "alaska", "Hawaii": "hawaii", "Hawaii-Aleutian": "hawaii", "Atlantic": "atlantic",
           "Greenwich Mean": "utc", "Coordinated Universal": "utc", "Central European": "central european",
           "Central European Summer": "central european", "British Summer": "british summer"},
    "es": {"este": "eastern", "centro": "central", "central": "central", "montaña": "mountain",
           "pacífico": "pacific", "alaska": "alaska", "hawái": "hawaii", "hawai": "hawaii", "atlántico": "atlantic",
           "greenwich": "utc", "gmt": "utc", "utc": "utc", "universal coordinado": "utc",
           "central europea": "central european", "europa central": "central european",
           "peninsular": "central european"},
}
_CLOCK_TIME = (r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?\s?m\b\.?|h\b|horas\b)|\d{1,2}[:.]\d{2}|noon|midnight|"
               r"mediod[ií]a|medianoche)")
_ZONE_ABBREVIATION = (rf"{_CLOCK_TIME},?\s*\(?\s*(?P<abbreviation>"
                      rf"{'|'.join(sorted(_ZONE_OF, key=len, reverse=True))})\b|\b(?P<universal>GMT|UTC)\b")
_TIME_ZONES = {
    # AP's "9 p.m. Eastern" too: a zone's name right after a clock time, not before another name ("Central Park")
    "en": re.compile(rf"{_ZONE_ABBREVIATION}|{_CLOCK_TIME},?\s*\(?(?P<bare>(?P<bare_name>Eastern|Central|"
                     r"Mountain|Pacific|Alaska|Hawaii|Atlantic)(?:(?: Standard| Daylight)? [Tt]ime)?)\b(?!\s+[A-Z])|\b(?P<said>(?P<name>"
                     rf"{'|'.join(sorted(_ZONE_NAMES['en'], key=len, reverse=True))})(?: Standard| Daylight)? [Tt]ime)\b"),
    # "hora del Este", "hora estándar del Pacífico", "7 p.m. (tiempo del Este)"; a lower-case "este", "centro" or
    # "central" only before a stop or "de México" ("la hora del centro de salud" names no zone)
    "es": re.compile(rf"{_ZONE_ABBREVIATION}|(?:{_CLOCK_TIME},?\s*\(?\s*(?=(?:horario|tiempo)\b)|\b(?=hora\b))"
                     r"(?P<said>(?:hora|horario|tiempo)\s+(?:estándar\s+|de\s+verano\s+)?(?:del?\s+|de\s+la\s+)?"
                     r"(?P<name>(?:[Cc]entral [Ee]uropea|Europa Central|[Uu]niversal [Cc]oordinado|Este|Centro|"
                     r"Central|Montaña|montaña|Pac[ií]fico|pac[ií]fico|Alaska|Haw[aá]i|Atl[aá]ntico|atl[aá]ntico|"
                     r"Greenwich|GMT|UTC|[Pp]eninsular)\b|(?:este|centro|central)(?=\s*(?:[).,;:]|$|de México))))"),
}
# What a sentence naming a zone holds, found in one quick search (about 2 µs a sentence; the zones' own
# patterns, which first look for a clock time, take several times longer): an abbreviation's last two letters,
# "UTC", or a name's word.
_TIME_ZONE_CUE = {"en": re.compile(r"[A-Z]T\b|UTC|ime\b|Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic"),
                  "es": re.compile(r"[A-Z]T\b|UTC|hora |tiempo |horario ")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def time_zones(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The time zones ``text`` names: (zone, start, end) in text order, the zone one of ``_ZONE_ABBREVIATIONS``."""
    lang = "es" if lang == "es" else "en"
    if not _TIME_ZONE_CUE[lang].search(text):
        return ()  # (most sentences)
    found = []
    for match in _TIME_ZONES[lang].finditer(text):
        for group in ("abbreviation", "universal", "bare", "said"):
            said = match.group(group) if group != "bare" or lang == "en" else None
            if said is not None:
                name = match.group("bare_name" if group == "bare" else "name")
                names = _ZONE_NAMES[lang]
                zone = (_ZONE_OF[said] if group in ("abbreviation", "universal")
                        else names.get(name, names.get(name.lower())))
                if zone is not None:
                    found.append((zone, match.start(group), match.end(group)))
                break
    return tuple(found)


def _differing_zones(aligned, pair, settings, position: int) -> list[Finding]:
    """"7 p.m. ET" against "7 p.m. hora del Pacífico": each side of a pair names a time zone the other does not
    (a zone added on one side, "8 p.m. ET (5 p.m. PT)", is a reader's aid), nor its neighbouring pairs."""
    said = said_in_pair(aligned, pair, time_zones)
    if said is None:
        return []  # (most pairs)
    zones = {side: {zone for _, (zone, _, _) in said[side]} for side in ("left", "right")}
    unmatched = {side: zones[side] - zones[aligned.other(side)] for side in ("left", "right")}
    if not unmatched["left"] or not unmatched["right"]:
        return []
    nearby = aligned.pairs[max(0, position - NEIGHBOUR_PAIRS):position + NEIGHBOUR_PAIRS + 1]
    for side in ("left", "right"):
        other = aligned.other(side)
        version = aligned.version(other)
        named_nearby = {zone for near in nearby if near is not pair for index in getattr(near, other)
                        for zone, _, _ in time_zones(version.segments[index].text, version.lang)}
        if unmatched[side] & named_nearby:
            return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (zone, start, end) = next(item for item in said[side] if item[1][0] in unmatched[side])
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "time zone", frozenset(), True, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# A change's direction said right at its number: "fell 12%", "up 12 cents", "a 12% drop", "12 cents less";
# "bajó un 12 %", "una caída del 12 %", "12 centavos menos". Only the word next to the number counts (past the
# words of ``_CHANGE_SKIPPED``), so that another clause's verb does not.
_CHANGE_BEFORE = {
    "en": {**dict.fromkeys("rose rise rises rising risen up increased increase increases increasing grew grow grows "
                           "grown growing gained gain gains climbed climb climbs jumped jump jumps soared surged "
                           "raised raise raises added add adds adding created create creates creating expand expands "
                           "expanded expanding doubled double doubles doubling tripled triple triples "
                           "tripling".split(), "up"),
           **dict.fromkeys("fell fall falls falling fallen down decreased decrease decreases decreasing dropped drop "
                           "drops declined decline declines declining lost lose loses shrank shrunk shrink shrinks "
                           "plunged slid slipped reduced reduce reduces reducing lowered cut cuts cutting eliminated "
                           "eliminate eliminates eliminating shed sheds shedding slashed slashing removed remove "
                           "removes removing subtracted subtract subtracts subtracting".split(), "down"),
           # homes destroyed or damaged ("destroyed 40 homes and damaged 12" / "dañó 40 viviendas y destruyó 12")
           **dict.fromkeys("destroyed destroys destroy leveled razed".split(), "destroyed"),
           **dict.fromkeys("damaged damages damage".split(), "damaged")},
    "es": {**dict.fromkeys("subió sube suben subieron subir aumentó aumenta aumentan aumentaron aumento alza creció "
                           "crece crecen crecieron crecimiento incrementó incrementa incremento repuntó repunte "
                           "ganó gana ganancia creó crea crean crearon creará crearán crear sumó sumaron agregó "
                           "agregaron añadió añadieron elevó elevaron elevará elevarán subirá subirán aumentará "
                           "aumentarán crecerá "
                           "agrega agregan agregará agregarán agregaría añade añaden añadirá añadirán añadiría "
                           "crecerán creando agregando añadiendo sumando aumentando elevando ampliará ampliarán "
                           "expandirá expandirán duplicó duplicaron duplica duplican duplicará duplicarán "
                           "triplicó triplicaron triplica triplican triplicará triplicarán "
                           # (the subjunctive of a forecast: "prevé que la matrícula aumente un 2 %")
                           "suba suban aumente aumenten crezca crezcan incremente incrementen "
                           "eleve eleven "
                           # (a perfect's participle: "ha aumentado un 10 %", "han caído un 5 %")
                           "aumentado subido crecido incrementado elevado duplicado triplicado creado agregado "
                           "añadido sumado "
                           # (a noun before the number: "cerraron con una subida del 3 %")
                           "subida subidas alzas aumentos incrementos".split(), "up"),
           **dict.fromkeys("bajó baja bajan bajaron bajar cayó cae caen cayeron caída disminuyó disminuye disminuyen "
                           "disminuyeron disminución descendió desciende descenso redujo reduce reducción retrocedió "
                           "retroceso perdió pierde pérdida recortó recorte recortaron recortará recortarán redujeron "
                           "reducirá eliminó eliminaron eliminará eliminarán eliminar suprimirá suprimió bajará "
                           "bajarán caerá caerán disminuirá disminuirán descenderá descenderán reducirán retiró "
                           "retiraron retirará retirarán quitó quitaron quita quitan quitará quitarán quitaría "
                           "restó restaron resta restará restarán restando quitando eliminando recortando reduciendo "
                           "suprimiendo "
                           "baje bajen caiga caigan disminuya disminuyan descienda desciendan reduzca reduzcan "
                           "recorte recorten pierda pierdan retroceda retrocedan "
                           "bajado caído disminuido descendido reducido recortado retrocedido perdido eliminado "
                           "quitado restado "
                           "caídas bajada bajadas descensos disminuciones reducciones".split(),
                           "down"),
           **dict.fromkeys("destruyó destruyeron destruye destruyen destruirá arrasó arrasaron".split(), "destroyed"),
           **dict.fromkeys("dañó dañaron daña dañan dañará".split(), "damaged")},
}
_CHANGE_AFTER = {
    "en": {**dict.fromkeys("more higher increase increases rise gain jump raise raises hike hikes".split(), "up"),
           **dict.fromkeys("less fewer lower decrease drop decline fall cut cuts loss reduction".split(), "down")},
    "es": {**dict.fromkeys("más".split(), "up"), **dict.fromkeys("menos".split(), "down")},
}
_CHANGE_SKIPPED = {"en": {"by", "to", "of", "a", "an", "the", "about", "nearly", "almost", "some", "around",
                          "roughly", "than", "just", "only", "over", "another",
                          # (a bound between: "has grown to more than 8,000", "se ha reducido a más de 8.000")
                          "more", "less", "fewer", "at", "least"},
                   "es": {"un", "una", "unos", "unas", "el", "la", "los", "las", "en", "de", "del", "al", "a",
                          "cerca", "casi", "alrededor", "aproximadamente", "otro", "otra", "otros", "otras", "solo",
                          "sólo", "más", "menos", "lo", "por"}}
_CHANGE_LIMITS = {"en": ("up", "to"), "es": ("hasta",)}  # "up to 76%", "hasta el 76 %": a limit, not a change
# A quantity said to stay where it was: "held steady at 3.9%", "remained at 3.9%", "se mantuvo en 3,9 %", "sin cambios
# en 3,9 %": against "rose to 3.9%" / "subió a 3,9 %" the same number tells another story
STEADY = "steady at"
_STEADY_BEFORE = {
    "en": re.compile(r"\b(?:(?:held|holds|hold|holding|kept|remained|remains|remain|stayed|stays|stay|was|were|is|are|"
                     r"been)\s+(?:steady|stable|flat|unchanged)|steady|unchanged|flat|remained|remains|stayed|stays|"
                     r"(?:will|would|to|should)\s+(?:stay|remain))"
                     r"\s+(?:at|on)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:se\s+(?:mantuvo|mantuvieron|mantiene|mantienen|mantendrá|mantendrán|ha\s+mantenido|"
                     r"han\s+mantenido)|permaneció|permanecieron|permanece|permanecen|se\s+estabilizó|estables?|"
                     r"sin\s+(?:cambios?|variación|variaciones))(?:\s+(?:estables?|sin\s+cambios?))?\s+(?:en|a)\s+"
                     r"(?:el\s+|un\s+|una\s+|los\s+|las\s+)?(?:cerca\s+de\s+|alrededor\s+de\s+|casi\s+)?$",
                     re.IGNORECASE),
}
_STEADY_WORDS = {"en": ("steady", "stable", "flat", "unchanged", "remained", "remains", "stayed", "stays", "stay",
                        "remain"),
                 "es": ("mantuvo", "mantuvieron", "mantiene", "mantienen", "mantendra", "mantendran", "mantenido",
                        "permanecio", "permanecieron", "permanece", "permanecen", "estabilizo", "estable", "estables",
                        "cambio", "cambios", "variacion", "variaciones")}
_LETTERS = re.compile(r"[^\W\d_]+")


# A score: two numbers joined by a dash ("lost 2-1", "ganó 110-102"), no percentage after them ("fell 2-3%" is a
# range): the verb before it says who won, not that a quantity fell (``outcomes`` compares that)
_SCORE_AFTER = re.compile(r"[-–]\d+(?![\d.,]*\s?(?:%|percent|por\s+ciento))")
_SCORE_BEFORE = re.compile(r"\d[-–]$")


_CLAUSE_END = re.compile(r"[,;:](?!\d)")  # (the words after a number are its own up to the clause's end, not a
# thousands separator: "from 2.1, then drop to 1.9" says no drop of 2.1)


def change_direction(text: str, mention: Mention, lang: str) -> str | None:
    """"up" or "down" when a word right at ``mention`` says the quantity is a rise or a fall, else None. A score is
    neither."""
    if _SCORE_AFTER.match(text, mention.end) or _SCORE_BEFORE.search(text, max(0, mention.start - 2), mention.start):
        return None
    lang = "es" if lang == "es" else "en"
    before = [word.lower() for word in _LETTERS.findall(text[max(0, mention.start - 60) : mention.start])]
    limit = _CHANGE_LIMITS[lang]
    if tuple(before[-len(limit):]) == limit or (lang == "es" and before[-2:-1] == ["hasta"]):
        return None
    if _STEADY_BEFORE[lang].search(text, max(0, mention.start - 60), mention.start):
        return STEADY
    while before and before[-1] in _CHANGE_SKIPPED[lang]:
        before.pop()
    clause_after = _CLAUSE_END.split(text[mention.end : mention.end + 40], 1)[0]
    after = [word.lower() for word in _LETTERS.findall(clause_after)][:3]
    found = {_CHANGE_BEFORE[lang].get(before[-1])} if before else set()
    found |= {_CHANGE_AFTER[lang].get(word) for word in after}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# A bound said right before a number: "more than 300", "at least 300", "under 300", "up to 300"; "más de 300",
# "al menos 300", "menos de 300", "hasta 300", and before the "a" of persons: "vacunar al menos a 50 personas"
_BOUNDS = {
    "en": (re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|"
                      r"no\s+less\s+than|older\s+than|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:the\s+)?$",
                      re.IGNORECASE),
           re.compile(r"\b(?:less\s+than|fewer\s+than|under|at\s+most|up\s+to|no\s+more\s+than|below|"
                      r"younger\s+than|almost|nearly|just\s+under|capped\s+at)\s+(?:the\s+)?$", re.IGNORECASE)),
    # (ages: "menores de 10 años" are under 10, "mayores de 65" over 65)
    "es": (re.compile(r"\b(?:más\s+de(?:l|\s+l[oa]s?)?|al\s+menos|por\s+lo\s+menos|como\s+mínimo|superior(?:es)?\s+al?|"
                      r"no\s+menos\s+de|mayor(?:es)?\s+de|por\s+encima\s+del?|(?:al|por\s+lo)\s+menos\s+a|"
                      r"super(?:a|an|ó|aron|e|en|ará|arán|aba|aban|ar)(?:\s+l[oa]s?)?)\s+$",
                      re.IGNORECASE),
           re.compile(r"\b(?:menos\s+de(?:l|\s+l[oa]s?)?|como\s+máximo|hasta|inferior(?:es)?\s+al?|no\s+más\s+de|"
                      r"por\s+debajo\s+del?|menor(?:es)?\s+de|casi(?:\s+l[oa]s?|\s+el)?|como\s+máximo\s+a|"
                      # (a threshold in the subjunctive: "cuando las temperaturas bajen de 100 grados")
                      r"baj(?:e|en)\s+de)\s+$",
                      re.IGNORECASE)),
}


# ... or right after it, past a word at most: "6 months or older", "150 people or more", "150 personas como mínimo",
# "6 años o más", "10 o menos" (not "más o menos": about)
_BOUNDS_AFTER = {
    "en": (re.compile(r"\s+(?:[a-z]+\s+)?(?:or\s+(?:more|older|above|over|higher|greater)|"
                      r"and\s+(?:up|over|older|above))\b", re.IGNORECASE),
           re.compile(r"\s+(?:[a-z]+\s+)?or\s+(?:fewer|less|younger|under|below|lower)\b", re.IGNORECASE)),
    "es": (re.compile(r"\s+(?:(?!m[aá]s\b)[a-záéíóúñ]+\s+)?(?:o\s+m[aá]s|como\s+m[ií]nimo|por\s+lo\s+menos|al\s+menos|"
                      r"en\s+adelante)\b", re.IGNORECASE),
           re.compile(r"\s+(?:(?!m[aá]s\b)[a-záéíóúñ]+\s+)?(?:o\s+menos|como\s+m[aá]ximo)\b", re.IGNORECASE)),
}


def bound_direction(text: str, mention: Mention, lang: str) -> str | None:
    """"at least" or "at most" when the words right before ``mention`` bound it ("more than 300", "hasta 300"),
    else None. (A currency symbol is part of the mention: "more than $5" is read before the "$".)"""
    bound = _bound(text, mention, lang)
    return bound[0] if bound else None


def _bound(text: str, mention: Mention, lang: str) -> tuple[str, str, bool] | None:
    """(``bound_direction``, the words that say it: "more than", "menos de", whether they follow the number: "or
    more", "personas como mínimo"), or None."""
    lang = "es" if lang == "es" else "en"
    at_least, at_most = _BOUNDS[lang]
    before = text[max(0, mention.start - 30) : mention.start]
    low, high = at_least.search(before), at_most.search(before)
    after = low is None and high is None
    if after:
        at_least, at_most = _BOUNDS_AFTER[lang]
        low, high = at_least.match(text, mention.end), at_most.match(text, mention.end)
    if (low is None) == (high is None):
        return None
    return ("at least", low.group().strip(), after) if low else ("at most", high.group().strip(), after)


# A metric unit in Spanish ("5 kilómetros", "150 kilos", "medio millón de hectáreas"): the same number after a US unit
# in English ("5 miles", "150 pounds", "half a million acres") is a unit renamed but not converted
_METRIC_UNIT_ES = re.compile(
    r"\s?(?:de\s+)?(?:km/h|kilómetros\s+por\s+hora|km|kilómetros?|kilometros?|metros\s+cuadrados|metros?|m²|kilos?|"
    r"kilogramos?|kg|litros?|hectáreas?|hectareas?|ha|centímetros?|centimetros?|cm|gramos?|g|mililitros?|ml)\b",
    re.IGNORECASE)


def _unconverted_units(aligned, pair, mentions, settings) -> list[Finding]:
    """"5 miles" against "5 kilómetros": the number kept, the unit renamed but not converted (a converted one
    matches; ``_converted``). Only between an English and a Spanish version."""
    if aligned.translated_side is None or {aligned.left.lang, aligned.right.lang} != {"en", "es"}:
        return []
    english = "left" if aligned.left.lang == "en" else "right"
    spanish = aligned.other(english)
    findings = []
    for mention in mentions[english]:
        if mention.strong and not mention.converted:
            continue  # (a US unit gets converted values: most numbers have none)
        if mention.kind == "ordinal" or is_ordinal_word(mention):
            continue  # "the first mile" / "el primer kilómetro y medio": a stretch of a route, no quantity
        text = aligned.version(english).segments[mention.segment].text
        following = text[mention.end : mention.end + 40]
        if following[:1] == "-":  # "a 5-mile run"
            following = " " + following[1:]
        if not mention.strong:  # a number in words before its unit ("two miles" / "dos kilómetros")
            mention = replace(mention, converted=_converted(mention.values, following))
            if not mention.converted:
                continue
        unit, factor = next(((m.group(), factor) for p, factor in IMPERIAL_UNITS if (m := p.match(following))),
                            (None, None))
        if unit is None or any(_converts(mention, other) for other in mentions[spanish]):
            continue  # (converted where the Spanish says it: "6 feet tall and 20 feet long" / "1,8 … y 6 metros")
        for other in mentions[spanish]:
            if (other.strong or not mention.strong) and mention.values & other.values and not any(
                    _converts(english_mention, other) for english_mention in mentions[english]):
                other_text = aligned.version(spanish).segments[other.segment].text
                metric = (_METRIC_UNIT_ES.match(other_text, other.end)
                          or _other_us_unit(other_text[other.end:other.end + 40], factor))
                if metric is not None:
                    flagged = aligned.translated_side
                    mine, theirs = (other, mention) if flagged == spanish else (mention, other)
                    words = {spanish: metric.group().strip(), english: unit.strip()}
                    findings.append(_finding(aligned, pair, flagged, mine, theirs, settings,
                                             change=(words[flagged], words[aligned.other(flagged)]),
                                             unit_after=True))
                    break
    return findings


def _other_us_unit(following: str, factor) -> re.Match | None:
    """The Spanish name of another US unit right after a number ("4 pies" where English says "4 inches", "3
    pulgadas" for "3 feet"): the number kept, the unit renamed. The same unit ("4 pulgadas") is None."""
    match, spanish_factor = next(((match, spanish_factor) for pattern, spanish_factor in SPANISH_IMPERIAL_UNITS
                                  if (match := pattern.match(following))), (None, None))
    return match if match is not None and _first(spanish_factor) != _first(factor) else None


def _first(factor) -> float:
    """A unit's factor, or the first of its factors (a mile is km or m): what tells one unit from another."""
    return factor[0] if isinstance(factor, tuple) else factor


def _converts(imperial: Mention, metric: Mention) -> bool:
    """Whether ``metric`` is ``imperial``'s value converted (``Mention.converted``, rounded as a translation rounds)."""
    return any(math.isclose(converted, value, rel_tol=CONVERSION_TOLERANCE)
               for converted in imperial.converted for value in metric.values)


# Percentage points after a number: "rose 2 percentage points" is not "subió un 2 %" (a rate of 10% that rose
# 2 points is 12%; one that rose 2% is 10.2%)
_POINTS_AFTER = {"en": re.compile(r"[\s-]?percentage[\s-]points?\b", re.IGNORECASE),
                 "es": re.compile(r"\s?(?:puntos?\s+porcentuales?|p\.\s?p\.|pp\b|puntos\s+por\s+ciento)", re.IGNORECASE)}


def _points_against_percent(aligned, pair, mentions, settings) -> list[Finding]:
    """"2 percentage points" against "2 %": a change in points said as a change in percent, or the other way (the
    number matched). Only between an English and a Spanish version, for the same number said once on a side."""
    if aligned.translated_side is None or {aligned.left.lang, aligned.right.lang} != {"en", "es"}:
        return []
    said: dict[str, list[tuple[Mention, str]]] = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        lang = version.lang
        said[side] = []
        for mention in mentions[side]:
            if not mention.strong:
                continue
            text = version.segments[mention.segment].text
            points = _POINTS_AFTER[lang].match(text, mention.end)
            if points is not None:
                said[side].append((mention, points.group().strip()))
            elif mention.kind == "percent":
                said[side].append((mention, ""))
    if not said["left"] or not said["right"]:
        return []  # (most pairs)
    findings = []
    flagged = aligned.translated_side
    other = aligned.other(flagged)
    for mention, unit in said[flagged]:
        counterparts = [(m, u) for m, u in said[other] if m.values & mention.values]
        if len(counterparts) != 1 or sum(1 for m, _ in said[flagged] if m.values & mention.values) != 1:
            continue
        counterpart, counterpart_unit = counterparts[0]
        if bool(unit) != bool(counterpart_unit):
            findings.append(_finding(aligned, pair, flagged, mention, counterpart, settings,
                                     change=(unit, counterpart_unit), unit_after=True))
    return findings


# Every word that can say a change or a bound, folded as ``folded_words`` folds them ("más" is "mas")
# (each bound of ``_BOUNDS`` and ``_BOUNDS_AFTER`` holds one of ``_BOUND_WORDS``)
_BOUND_WORDS = {"en": ("more", "over", "least", "upwards", "excess", "fewer", "less", "under", "most", "up", "below",
                       "older", "younger", "above", "higher", "greater", "lower", "almost", "nearly", "exceed",
                       "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed", "surpassing"),
                "es": ("más", "menos", "mínimo", "superior", "superiores", "inferior", "inferiores", "máximo",
                       "hasta", "debajo", "mayor", "mayores", "menor", "menores", "encima", "adelante", "casi",
                       "supera", "superan", "superó", "superaron", "supere", "superen", "superará", "superarán",
                       "superaba", "superaban", "superar")}
_CHANGE_TRIGGERS = {
    lang: frozenset(fold(word) for words in (_CHANGE_BEFORE[lang], _CHANGE_AFTER[lang], _BOUND_WORDS[lang],
                                             _STEADY_WORDS[lang])
                    for word in words)
    for lang in ("en", "es")
}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def change_readings(text: str, lang: str, segment: int) -> dict[int, tuple[str | None, tuple[str, str, bool] | None]]:
    """For each number or percentage in digits of a sentence that is said as a change or a bound, by its start:
    (``change_direction``, ``_bound``). Memoised, and filled by ``prepare`` while the translator works: most
    numbers are neither, and ``check`` then compares only those that are."""
    readings = {}
    triggers = _CHANGE_TRIGGERS["es" if lang == "es" else "en"]
    if triggers.isdisjoint(gate_words(text)):
        return readings  # (most sentences: no word of change or bound at all)
    for mention in _segment_mentions(text, lang, segment):
        if mention.strong and mention.kind in ("number", "percent"):
            bound = _bound(text, mention, lang)
            # ("10 o más" is a bound: the "más" after the number says no rise)
            change = change_direction(text, mention, lang) if bound is None or not bound[2] else None
            if change or bound:
                readings[mention.start] = (change, bound)
        elif _bounded_count(mention) and (bound := _bound(text, mention, lang)):
            readings[mention.start] = (None, bound)  # a count in words, for its bound: "more than four units"
    return readings


def _bounded_count(mention: Mention) -> bool:
    """A count in words whose bound ``change_readings`` reads ("four units"); one said with an article, "a decade",
    "una docena", is one unit, ``_turned_fraction_bounds``'."""
    return is_count(mention) and mention.text.split()[0].lower() not in ("a", "an", "un", "una")


# Casualties: "two people were killed" against "dos personas resultaron heridas" changes the story under the
# same number. A number's casualty is a verb of death or injury right before it ("killed 2", "mató a 2", "hirió a
# 3") or, failing that, the first word of death or injury in the few words after it, before the next number ("2
# people died", "2 muertos y 3 heridos").
_CASUALTIES = {
    "en": {"death": r"killed|kills|kill|dead|died|die|deaths?|fatalities|fatally|lives",
           "injury": r"injured|injures|injure|injuring|injuries|wounded|wounds|wound|wounding|hurt|hurts|"
                     r"hospitali[sz]ed"},
    "es": {"death": r"muert[oa]s?|murieron|muri[oó]|mueren|muere|fallecid[oa]s?|fallecieron|falleci[oó]|muertes?|"
                    r"mat[oó]|mataron|matad[oa]s?|vidas?|mortales|fatales|decesos|cad[aá]veres",
           "injury": r"herid[oa]s?|hiri[oó]|hirieron|lesionad[oa]s?|lesiones|hospitalizad[oa]s?"},
}
_CASUALTY_VERBS_BEFORE = {
    "en": {"death": r"killed|kills|kill", "injury": r"injured|injures|injure|injuring|wounded|wounds|wound|wounding|"
                                                   r"hurt|hurts"},
    "es": {"death": r"mat[oó]|mataron|matan|mata", "injury": r"hiri[oó]|hirieron|hieren|hiere"},
}


def _casualty_pattern(kinds: dict[str, str]) -> re.Pattern:
    return re.compile(rf"\b(?:(?P<death>{kinds['death']})|(?P<injury>{kinds['injury']}))\b", re.IGNORECASE)


_CASUALTY_WORD = {lang: _casualty_pattern(kinds) for lang, kinds in _CASUALTIES.items()}
_CASUALTY_VERB = {lang: _casualty_pattern(kinds) for lang, kinds in _CASUALTY_VERBS_BEFORE.items()}
_CASUALTY_CUES = {"en": ("kill", "dead", "died", "die", "death", "fatal", "lives", "injur", "wound", "hurt", "hospital"),
                  "es": ("muert", "muri", "muere", "fallec", "mat", "vida", "mortal", "fatal", "deceso", "cadáver",
                         "cadaver", "herid", "hiri", "hiere", "lesion", "hospital")}
# what may stand between a verb and its number: "mató a 2", "killed at least 2", "hirió a unos 20"
_SKIPPED_BEFORE_CASUALTY = {"a", "an", "at", "least", "about", "some", "nearly", "almost", "around", "more", "than",
                            "al", "menos", "unos", "unas", "cerca", "de", "casi", "más", "mas"}
_AROUND_WORD = ".,;:()\"'“”"
_WORDS_AFTER_CASUALTY = 5  # "2 people were killed", "2 personas resultaron heridas"


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def casualty_readings(text: str, lang: str, segment: int) -> dict[int, tuple[str, str, bool]]:
    """For each number of a sentence said as a count of dead or injured, by its start: ("death" or "injury", the
    word that says it, whether that word follows the number). Memoised, and filled by ``prepare``: most sentences
    name no casualty."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CASUALTY_CUES[lang]):
        return {}
    numbers = [m for m in _segment_mentions(text, lang, segment)
               if m.kind in ("number", "word") and _counts_people(m, text)]
    readings = {}
    for position, mention in enumerate(numbers):
        previous_end = numbers[position - 1].end if position else 0
        window = text[max(previous_end, mention.start - 60):mention.start]
        before = window.split()
        while before and before[-1].strip(_AROUND_WORD).lower() in _SKIPPED_BEFORE_CASUALTY:
            before.pop()
        # a verb ends its clause at a comma or a semicolon: "Two killed, three injured" kills no three
        found = (_CASUALTY_VERB[lang].fullmatch(before[-1].strip(_AROUND_WORD))
                 if before and not before[-1].endswith((",", ";", ":")) else None)
        after_number = found is None
        if found is None:
            end = numbers[position + 1].start if position + 1 < len(numbers) else len(text)
            after = " ".join(text[mention.end:end].split()[:_WORDS_AFTER_CASUALTY])
            found = _CASUALTY_WORD[lang].search(after)
        if found is not None:
            readings[mention.start] = ("death" if found.group("death") else "injury", found.group(), after_number)
    return readings


def _counts_people(mention: Mention, text: str) -> bool:
    """A number in digits, or a count in words of two or more ("one" and "un" are also articles), that is no age or
    span of time ("killed 52-year-old clerk", "de 52 años")."""
    if _TIME_SPAN_AFTER.match(text, mention.end):
        return False
    return mention.strong if mention.kind == "number" else min(mention.values, default=0) >= 2


_TIME_SPAN_AFTER = re.compile(r"[\s-]*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|años|meses|semanas|días|"
                              r"dias|horas|minutos)\b", re.IGNORECASE)


def _changed_casualties(aligned, pair, mentions, settings) -> list[Finding]:
    """"two people were killed" against "dos personas resultaron heridas": a number both sides give, once each, as
    a count of dead on one side and of injured on the other (``casualty_readings``, each side in its language)."""
    # every count of people, read as a casualty or not: a number given twice on a side is not compared
    counted = {side: [m for m in mentions[side] if m.kind in ("number", "word")
                      and _counts_people(m, aligned.version(side).segments[m.segment].text)]
               for side in ("left", "right")}
    return _read_otherwise(aligned, pair, casualty_readings, counted, settings)


def _read_otherwise(aligned, pair, read, candidates: dict[str, list[Mention]], settings,
                    same_number: bool = False) -> list[Finding]:
    """The quantities both sides give, once each, that each side's words read otherwise: ``read(text, lang,
    segment)`` gives, by a number's start, (what the words say of it, the word that says it, and optionally whether
    that word follows the number); ``candidates``, each side's numbers that may be compared. A number given twice on
    a side is not: which is which is unclear. With ``same_number``, only numbers of one value are compared, not one
    the other converts ("two weeks" is "quince días": no unit changed)."""
    said = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        said[side] = {(index, start): reading for index in getattr(pair, side)
                      for start, reading in read(version.segments[index].text, version.lang, index).items()}
        if not said[side]:
            return []  # (most pairs)
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    findings = []
    for mention in candidates[flagged]:
        mine = said[flagged].get((mention.segment, mention.start))
        if mine is None:
            continue
        same = [m for m in candidates[other] if compatible(mention, m)]
        if len(same) != 1 or sum(compatible(m, same[0]) for m in candidates[flagged]) != 1:
            continue
        theirs = said[other].get((same[0].segment, same[0].start))
        if same_number and not mention.values & same[0].values:
            continue
        if theirs is not None and theirs[0] != mine[0]:
            after = (mine[2], theirs[2]) if len(mine) > 2 else False
            findings.append(_finding(aligned, pair, flagged, mention, same[0], settings, change=(mine[1], theirs[1]),
                                     unit_after=after))
    return findings


# A sentence saying there were no dead or no injured: "No injuries have been reported", "nobody was killed", "no
# hubo heridos", "nadie resultó herido", "sin víctimas mortales"
_NO_CASUALTIES = {
    "en": re.compile(r"\b(?:(?:no\s+(?:one|body)|nobody)\s+(?:was|were|has\s+been|had\s+been|is)\s+"
                     r"(?:(?P<injury>hurt|injured|wounded|hospitali[sz]ed)|(?P<death>killed))"
                     r"|no\s+(?:(?P<injury_>injuries|injured|one\s+was\s+hurt)"
                     r"|(?P<death_>deaths|fatalities|one\s+died))"
                     r"|without\s+(?:any\s+)?(?P<injury__>injuries))\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:no\s+(?:hubo|hay|había|habían|se\s+(?:han\s+)?report(?:aron|ado)|se\s+registr(?:aron|ó))\s+"
                     r"(?:ningún\s+|ningunos\s+)?(?:(?P<injury>heridos?|lesionados?)"
                     r"|(?P<death>muertos|víctimas\s+mortales|"
                     r"fallecidos|muertes))"
                     r"|nadie\s+(?:result[óo]\s+(?P<injury_>herido|lesionado)|(?P<death_>muri[óo]))"
                     r"|sin\s+(?:(?P<injury__>heridos|lesionados)|(?P<death__>víctimas(?:\s+mortales)?)))\b",
                     re.IGNORECASE),
}


def no_casualties(text: str, lang: str) -> list[tuple[str, int, int]]:
    """Where ``text`` says there were no dead or no injured: ("death" or "injury", start, end) of each phrase."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _CASUALTY_CUES[lang]):
        return []
    return [(match.lastgroup.rstrip("_"), match.start(), match.end())
            for match in _NO_CASUALTIES[lang].finditer(text)]


def _none_against_casualties(aligned, pair, mentions, settings) -> list[Finding]:
    """"No injuries have been reported" against "Se han reportado dos heridos": one side says there were none of
    the dead or injured that the other side counts."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    none_said = {}
    for side in (flagged, other):
        version = aligned.version(side)
        none_said[side] = [(index, found) for index in getattr(pair, side)
                           for found in no_casualties(version.segments[index].text, version.lang)]
    if not none_said[flagged] and not none_said[other]:
        return []  # (most pairs)
    for none_side, count_side in ((other, flagged), (flagged, other)):
        version = aligned.version(count_side)
        for index, (kind, start, end) in none_said[none_side]:
            for mention in mentions[count_side]:
                reading = casualty_readings(version.segments[mention.segment].text, version.lang,
                                            mention.segment).get(mention.start)
                if reading is None or reading[0] != kind or not min(mention.values, default=0) >= 1:
                    continue
                none_text = aligned.version(none_side).segments[index].text
                none_mention = Mention(none_text[start:end], start, end, "word", frozenset({0.0}), False, index)
                counted, zero = (mention, none_mention) if count_side == flagged else (none_mention, mention)
                words = (reading[1], "") if count_side == flagged else ("", reading[1])
                after = (reading[2], False) if count_side == flagged else (False, reading[2])
                return [_finding(aligned, pair, flagged, counted, zero, settings, change=words, unit_after=after)]
    return []


# A result in money: a profit or a loss, said in the words right before the amount ("a net profit of $14 million",
# "una pérdida neta de $14 millones", "ganancias por $14 millones") or right after it ("a $14 million loss", "$14
# millones en pérdidas")
_RESULT_WORDS = {
    "en": re.compile(r"\b(?:(?P<profit>profits?|net\s+income|surplus)|(?P<loss>loss(?:es)?|deficit))\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<profit>ganancias?|utilidad(?:es)?|beneficios?|superávit)"
                     r"|(?P<loss>pérdidas?|déficit))\b", re.IGNORECASE),
}
_RESULT_CUES = {"en": ("profit", "income", "surplus", "loss", "deficit"),
                "es": ("ganancia", "utilidad", "beneficio", "superávit", "pérdida", "déficit")}
_RESULT_WORDS_AROUND = 4  # words between the result and its amount at most: "a net profit of", "una pérdida neta de"


def money_results(text: str, lang: str, segment: int) -> dict[int, tuple[str, str]]:
    """For each amount of money in a sentence said as a profit or a loss, by its start: ("profit" or "loss", the word
    that says it)."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _RESULT_CUES[lang]):
        return {}
    readings = {}
    mentions = [m for m in _segment_mentions(text, lang, segment) if m.strong and _amount(m, text) is not None]
    for mention in mentions:
        before = " ".join(text[max(0, mention.start - 60):mention.start].split()[-_RESULT_WORDS_AROUND:])
        after = " ".join(text[_amount(mention, text)[1].end:].split()[:_RESULT_WORDS_AROUND])
        found = [match for match in _RESULT_WORDS[lang].finditer(before)][-1:] or \
            list(_RESULT_WORDS[lang].finditer(after))[:1]
        if found:
            readings[mention.start] = (found[0].lastgroup, found[0].group())
    return readings


def _profit_against_loss(aligned, pair, mentions, settings) -> list[Finding]:
    """"a net profit of $14 million" against "una pérdida neta de $14 millones": the same amount, once on each side,
    a profit on one and a loss on the other (``money_results``, each side in its language)."""
    strong = {side: [m for m in mentions[side] if m.strong] for side in ("left", "right")}
    return _read_otherwise(aligned, pair, money_results, strong, settings)


# A span of time right after its number ("6 months", "a 41-year-old", "6 meses", "dos años"), by its unit
_TIME_SPAN_UNITS = {
    "en": {"second": r"seconds?", "minute": r"minutes?", "hour": r"hours?", "day": r"days?", "week": r"weeks?",
           "weekend": r"weekends?", "month": r"months?", "quarter": r"quarters?", "year": r"years?",
           "decade": r"decades?",
           "century": r"century|centuries"},
    "es": {"second": r"segundos?", "minute": r"minutos?", "hour": r"horas?", "day": r"d[íi]as?", "week": r"semanas?",
           "weekend": r"fin(?:es)?\s+de\s+semana", "month": r"mes|meses", "quarter": r"trimestres?", "year": r"años?",
           "decade": r"d[ée]cadas?",
           "century": r"siglos?"},
}
# English puts a streak's or a span's adjective between the number and its unit ("the third consecutive month",
# "22 straight years", "two more weeks"); Spanish puts it after the unit ("tercer mes consecutivo", "dos semanas más")
_BETWEEN_NUMBER_AND_UNIT = {"en": r"(?:(?:consecutive|straight|successive|more|additional|extra|full)\s+)?",
                            "es": ""}
_TIME_SPAN_AFTER_NUMBER = {
    lang: re.compile(r"[\s-]*" + _BETWEEN_NUMBER_AND_UNIT[lang]
                     + r"(?:" + "|".join(f"(?P<{unit}>{words})" for unit, words in units.items()) + r")\b",
                     re.IGNORECASE)
    for lang, units in _TIME_SPAN_UNITS.items()
}
_TIME_SPAN_CUES = {"en": ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur"),
                   "es": ("segundo", "minuto", "hora", "día", "dia", "semana", "mes", "trimestre", "año", "década",
                          "decada", "siglo")}
# ("week" and "semana" are in "weekend" and "fin de semana")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def time_span_units(text: str, lang: str, segment: int) -> dict[int, tuple[str, str, bool]]:
    """For each number of a sentence followed by a unit of time, by its start: (the unit, the word that says it,
    True: the word follows the number)."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _TIME_SPAN_CUES[lang]):
        return {}
    readings = {}
    for mention in _segment_mentions(text, lang, segment):
        if mention.kind in ("number", "word", "ordinal"):
            unit = _TIME_SPAN_AFTER_NUMBER[lang].match(text, mention.end)
            if unit is not None:
                readings[mention.start] = (unit.lastgroup, unit.group().strip(" -"), True)
    return readings


def _changed_time_units(aligned, pair, mentions, settings) -> list[Finding]:
    """"6 months or older" against "6 años o más": the same number, once on each side, a span of time in
    another unit."""
    spans = {side: [m for m in mentions[side] if m.kind in ("number", "word", "ordinal")] for side in ("left", "right")}
    return _read_otherwise(aligned, pair, time_span_units, spans, settings, same_number=True)


# A span of time said with an article, a half or a quarter and no number ("for a year", "half an hour", "a decade
# ago", "a year and a half", "a quarter century", "a fortnight", "every half hour"; "durante un mes", "media hora",
# "una jornada", "un año y medio", "un cuarto de siglo", "cada cuarto de hora", "una quincena", two weeks), which
# ``numbers`` cannot
# compare: English "a" is no number, and "un" or "una" is also Spanish's article. Its length in days.
DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365,
           "decade": 3650, "century": 36500}
_ARTICLE_SPAN = {
    "en": re.compile(r"\b(?:(?P<half>(?:(?<=every\s)|an?\s+)half[\s-]+|half\s+an?\s+)"
                     r"|(?P<quarter>(?:a\s+|(?<=every\s))quarter(?:\s+of\s+an?\s+|[\s-]+))|an?\s+)"
                     r"(?:(?P<minute>minute)|(?P<hour>hour)|(?P<day>day)|(?P<week>week)|(?P<fortnight>fortnight)"
                     r"|(?P<month>month)|(?P<year>year)|(?P<decade>decade)|(?P<century>century))"
                     r"(?P<and_half>\s+and\s+a\s+half)?(?![\w-])", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<half>medi[oa])|(?P<quarter>(?:un\s+|(?<=cada\s))cuarto\s+de)|un|una)\s+"
                     r"(?:(?P<minute>minuto)|(?P<hour>hora)"
                     r"|(?P<day>d[íi]a|jornada)|(?P<week>semana)|(?P<fortnight>quincena)|(?P<month>mes)|(?P<year>año)"
                     r"|(?P<decade>d[ée]cada)|(?P<century>siglo))(?P<and_half>\s+y\s+medi[oa])?(?![\w-])",
                     re.IGNORECASE),
}
# the units' words, folded: a sentence holding none of them (most) says no such span
_ARTICLE_SPAN_WORDS = {"en": frozenset("minute hour day week fortnight month year decade century".split()),
                       "es": frozenset("minuto hora dia jornada semana quincena mes ano decada siglo".split())}
# "three meals a day", "$20 a month", "twice a week", "per hour": a rate, not a span
_RATE_BEFORE = re.compile(r"(?:\b(?:once|twice|thrice|times|per)|\d[\d.,%]*(?:\s+\S+){0,2}"
                          r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                          r"thirty|forty|fifty|hundred|thousand|million|dozen)(?:\s+\S+){0,2})\s*$", re.IGNORECASE)
# "2,000 patients for a decade", "3 fires in a week": a span after its preposition, though a number comes before
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|over|within|during|than|after)\s*$", re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def article_time_spans(text: str, lang: str) -> tuple[tuple[float, int, int], ...]:
    """The spans of time ``text`` says with an article or a half and no number: (days, start, end)."""
    lang = "es" if lang == "es" else "en"
    if _ARTICLE_SPAN_WORDS[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    spans = []
    for match in _ARTICLE_SPAN[lang].finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if (lang == "en" and not match.group("half") and _RATE_BEFORE.search(before)
                and not _SPAN_PREPOSITION_BEFORE.search(before)):
            continue
        days = DAYS_IN[next(unit for unit in DAYS_IN if match.group(unit))]
        days *= 0.5 if match.group("half") else 0.25 if match.group("quarter") else 1.5 if match.group("and_half") else 1
        spans.append((days, match.start(), match.end()))
    return tuple(spans)


def _one_reading_each_changed(aligned, pair, settings, read, changed) -> list[Finding]:
    """The finding of a pair each side of which ``read`` gives one reading (value, start, end, ...), where
    ``changed(left_reading, right_reading)``: on the translated side, naming the other side's words."""
    said = said_in_pair(aligned, pair, read)
    if said is None or any(len(said[side]) != 1 for side in ("left", "right")):
        return []  # (most pairs)
    if not changed(said["left"][0][1], said["right"][0][1]):
        return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (value, start, end, *_) = said[side][0]
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "word", frozenset({float(value)}), False, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


def time_unit_counts(version: Version, mentions: list[Mention]) -> list[tuple[float, Mention]]:
    """(length in days, mention) of each number of ``mentions`` followed by a unit of time ("two-year", "3 años",
    "one-month")."""
    lengths = []
    for mention in mentions:
        if mention.kind not in ("word", "number") or len(mention.values) != 1:
            continue
        reading = time_span_units(version.segments[mention.segment].text, version.lang, mention.segment).get(
            mention.start)
        if reading is not None and reading[0] in DAYS_IN:
            lengths.append((next(iter(mention.values)) * DAYS_IN[reading[0]], mention))
    return lengths


# a count that is one end of a range or of a choice ("a year or two" / "uno o dos años", "two to three weeks")
_RANGE_BEFORE = {"en": re.compile(r"\b(?:or|to)\s+$|[-–]\s*$", re.IGNORECASE),
                 "es": re.compile(r"\b(?:o|u|a)\s+$|[-–]\s*$", re.IGNORECASE)}


def _count_against_article_span(aligned, pair, mentions, settings) -> list[Finding]:
    """"after a two-year hiatus" against "tras una pausa de un año": one side gives a span of time by a count and its
    unit, the other the only span it says with an article or a half and no number, of another length. The count in
    words is no number the other side's article could match ("un" is also Spanish's article), and the number rule
    leaves it; a count in digits is that rule's ("45 minutes" / "media hora")."""
    spans = {side: [(index, span) for index in getattr(pair, side)
                    for span in article_time_spans(aligned.version(side).segments[index].text,
                                                   aligned.version(side).lang)]
             for side in ("left", "right")}
    if sum(bool(spans[side]) for side in ("left", "right")) != 1:
        return []  # (most pairs)
    spoken = "left" if spans["left"] else "right"
    counted = aligned.other(spoken)
    if len(spans[spoken]) != 1 or counted == aligned.translated_side:
        return []  # (a count left over on the translated side is the number rule's: "an hour" / "tres horas")
    index, (said_days, start, end) = spans[spoken][0]
    lengths = {side: time_unit_counts(aligned.version(side), mentions[side]) for side in ("left", "right")}
    lengths[spoken] = [(days, mention) for days, mention in lengths[spoken]  # (less the span's own "un", "a")
                       if not (mention.segment == index and start <= mention.start < end)]
    if lengths[spoken] or len(lengths[counted]) != 1 or not is_count(lengths[counted][0][1]):
        return []  # (a number of time on the article's side too, or in digits: the number rule's)
    days, count = lengths[counted][0]
    count_text = aligned.version(counted).segments[count.segment].text
    if _RANGE_BEFORE["es" if aligned.version(counted).lang == "es" else "en"].search(
            count_text, max(0, count.start - 6), count.start):
        return []
    if math.isclose(days, said_days, rel_tol=0.1):
        return []
    text = aligned.version(spoken).segments[index].text
    spoken_mention = Mention(text[start:end], start, end, "word", frozenset({float(said_days)}), False, index)
    flagged = aligned.translated_side or "right"
    own, other = (count, spoken_mention) if flagged == counted else (spoken_mention, count)
    return [_finding(aligned, pair, flagged, own, other, settings)]


def _changed_article_spans(aligned, pair, settings) -> list[Finding]:
    """"for a decade" against "durante un año", "half an hour" against "una hora": each side of a pair says one span
    of time with an article or a half, each of another length."""
    return _one_reading_each_changed(aligned, pair, settings, article_time_spans,
                                     lambda left, right: not math.isclose(left[0], right[0], rel_tol=0.05))


# The span of time just past that a figure covers ("Rents rose 8% over the past year" / "en los últimos dos años",
# "over the past decade" / "en los últimos dos años"): a unit, and its count in digits or words, or one where none is
# said ("the past year", "el último año", "el año pasado"). A plural with no count ("recent years", "los últimos
# años") says no length, and is not read.
_RECENT_COUNTS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
           "doce": 12, "quince": 15, "veinte": 20, "treinta": 30},
}
_RECENT_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650,
                     "día": 1, "dia": 1, "semana": 7, "mes": 30, "año": 365, "década": 3650, "decada": 3650}
_RECENT_NUMBER = {lang: rf"\d+|{'|'.join(counts)}|few|several|many|pocos|pocas|varios|varias|muchos|muchas"
                  for lang, counts in _RECENT_COUNTS.items()}
_RECENT_SPAN = {
    "en": re.compile(rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:(?P<count>{_RECENT_NUMBER['en']})\s+)?"
                     r"(?P<unit>day|week|month|year|decade)(?P<plural>s)?\b", re.IGNORECASE),
    "es": re.compile(rf"\b(?:(?:el|la|los|las)\s+)?(?:(?P<before>{_RECENT_NUMBER['es']})\s+)?"
                     rf"(?:últim[oa]s?|pasad[oa]s?)\s+(?:(?P<count>{_RECENT_NUMBER['es']})\s+)?"
                     r"(?P<unit>d[íi]a|semana|mes|año|d[ée]cada)(?P<plural>s|es)?\b"
                     r"|\b(?:el|la|del|al)\s+(?P<unit_first>semana|mes|año|d[ée]cada)\s+pasad[oa]\b", re.IGNORECASE),
}
_RECENT_CUES = {"en": ("past", "last", "previous"), "es": ("últim", "pasad")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def recent_spans(text: str, lang: str) -> tuple[tuple[float, int, int, bool], ...]:
    """The spans of time just past that ``text`` gives a length: (days, start, end, whether a number says it) of
    each."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _RECENT_CUES[lang]):
        return ()  # (most sentences)
    spans = []
    for match in _RECENT_SPAN[lang].finditer(text):
        unit = (match.group("unit") or match.group("unit_first")).lower()
        words = [word for word in (match.groupdict().get("before"), match.group("count")) if word]
        counts = [int(word) if word.isdigit() else _RECENT_COUNTS[lang].get(word.lower()) for word in words]
        if len(counts) > 1 or None in counts or (not counts and match.group("plural")):
            continue  # (a count that gives no length, "the last few years"; a plural with none)
        spans.append(((counts[0] if counts else 1) * _RECENT_UNIT_DAYS[unit], match.start(), match.end(),
                      bool(counts)))
    return tuple(spans)


def _changed_recent_spans(aligned, pair, settings) -> list[Finding]:
    """"over the past year" against "en los últimos dos años": each side of a pair says one span of time just past,
    of another length, at least one of them with no number (two numbers are ``bilingo.rules.numbers``' to compare)."""
    return _one_reading_each_changed(
        aligned, pair, settings, recent_spans,
        lambda left, right: not (left[3] and right[3]) and not math.isclose(left[0], right[0], rel_tol=0.1))


# How many floors a building has ("a two-story home" / "una casa de una planta", "a one-story building" / "un edificio
# de dos pisos"): a count the number rule cannot compare where it is one, "una" being also Spanish's article. English
# writes it before "-story" or "stories tall" ("two stories" alone may be news stories); Spanish after "de", before
# "piso", "planta" or "nivel" ("el segundo piso" is a floor, not a count).
_STOREY_COUNTS = {
    "en": {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "twenty": 20},
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "doce": 12, "veinte": 20},
}
_STOREYS = {
    "en": re.compile(rf"\b(?P<count>\d+|{'|'.join(_STOREY_COUNTS['en'])})(?:-stor(?:y|ey)\b|\s+stor(?:ies|eys)\s+"
                     r"(?:tall|high)\b)", re.IGNORECASE),
    "es": re.compile(rf"\bde\s+(?P<count>\d+|{'|'.join(_STOREY_COUNTS['es'])})\s+(?:sol[oa]\s+)?"
                     r"(?:pisos?|plantas?|nivel|niveles)\b", re.IGNORECASE),
}
_STOREY_CUES = {"en": ("stor",), "es": ("piso", "planta", "nivel")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def storeys(text: str, lang: str) -> tuple[tuple[int, int, int], ...]:
    """The counts of floors ``text`` gives a building: (count, start, end) of each."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _STOREY_CUES[lang]):
        return ()  # (most sentences)
    return tuple((int(count) if count.isdigit() else _STOREY_COUNTS[lang][count.lower()], match.start(), match.end())
                 for match in _STOREYS[lang].finditer(text) for count in [match.group("count")])


def _changed_storeys(aligned, pair, settings) -> list[Finding]:
    """"a two-story home" against "una casa de una planta": each side of a pair gives one building its floors, a
    different count, one of them a single floor (other counts are the number rule's: "three-story" / "de dos
    pisos")."""
    return _one_reading_each_changed(aligned, pair, settings, storeys,
                                     lambda left, right: left[0] != right[0] and 1 in (left[0], right[0]))


# A measure said with an article or a half and no number ("a foot of snow", "half a mile", "a mile and a half",
# "one pound"; "un kilómetro", "medio kilo", "una milla"), and a number's unit of measure ("30 centímetros", "1.6
# km", "5 miles"): each as its dimension and its size in that dimension's unit (metres, grams, litres, square
# metres). ``numbers`` cannot compare "a foot": English "a" is no number, and "un" or "una" is also Spanish's
# article. Bare "m", "g" and "l" are not read ("$5m" is millions), nor "in" ("5 in the morning").
_MEASURE_UNITS = (  # (dimension, size, the unit's words: English and Spanish, singular and plural, abbreviations)
    # (before the metre, whose words open it)
    ("volume", 1000.0, r"cubic\s+met(?:er|re)s?|metros?\s+c[úu]bicos?|m³"),
    ("length", 1609.344, r"miles?|millas?|mi"),
    ("length", 0.3048, r"foot|feet|pies?|ft"),
    ("length", 0.0254, r"inch(?:es)?|pulgadas?"),
    ("length", 0.9144, r"yards?|yardas?|yds?"),
    ("length", 1000.0, r"kilomet(?:er|re)s?|kil[óo]metros?|km"),
    ("length", 1.0, r"met(?:er|re)s?|metros?"),
    ("length", 0.01, r"centimet(?:er|re)s?|cent[íi]metros?|cm"),
    ("length", 0.001, r"millimet(?:er|re)s?|mil[íi]metros?|mm"),
    ("mass", 453.59237, r"pounds?|libras?|lbs?"),
    ("mass", 28.349523125, r"ounces?|onzas?|oz"),
    ("mass", 1000.0, r"kilo(?:gram(?:me)?)?s?|kilogramos?|kg"),
    ("mass", 1.0, r"gram(?:me)?s?|gramos?"),
    # (a US short ton is 907 kg, a metric one 1,000: within ``MEASURE_TOLERANCE`` of each other)
    ("mass", 1000000.0, r"tons?|tonnes?|toneladas?"),
    ("volume", 3.785411784, r"gallons?|gal(?:ones|[óo]n)"),
    ("volume", 1.0, r"lit(?:er|re)s?|litros?"),
    ("volume", 0.001, r"millilit(?:er|re)s?|mililitros?|ml"),
    ("area", 4046.856, r"acres?"),
    ("area", 10000.0, r"hectares?|hect[áa]reas?"),
)
_MEASURE_UNIT = "|".join(f"(?P<unit{number}>{words})" for number, (_, _, words) in enumerate(_MEASURE_UNITS))
_ARTICLE_MEASURE = {
    "en": re.compile(rf"\b(?:(?P<half>half\s+an?|a\s+half)|(?P<quarter>a\s+quarter(?:\s+of\s+an?)?)|an?|one)\s+"
                     rf"(?:{_MEASURE_UNIT})(?P<and_half>\s+and\s+a\s+half)?(?![\w-])", re.IGNORECASE),
    "es": re.compile(rf"\b(?:(?P<half>medi[oa])|(?P<quarter>un\s+cuarto\s+de)|un|una|uno)\s+(?:{_MEASURE_UNIT})"
                     rf"(?P<and_half>\s+y\s+medi[oa])?(?![\w-])", re.IGNORECASE),
}
_NUMBER_UNIT = re.compile(rf"[\s-]?(?:{_MEASURE_UNIT})(?![\w-])", re.IGNORECASE)
# the units' words, folded: a sentence holding none of them (most) says no such measure
_MEASURE_WORDS = frozenset("""mile miles milla millas foot feet pie pies inch inches pulgada pulgadas yard yards yarda
    yardas kilometer kilometers kilometre kilometres kilometro kilometros meter meters metre metres metro metros
    centimeter centimeters centimetre centimetres centimetro centimetros millimeter millimeters millimetre
    millimetres milimetro milimetros pound pounds libra libras ounce ounces onza onzas kilo kilos kilogram kilograms
    kilogramme kilogrammes kilogramo kilogramos gram grams gramme grammes gramo gramos gallon gallons galon galones
    liter liters litre litres litro litros milliliter milliliters millilitre millilitres mililitro mililitros acre
    acres hectare hectares hectarea hectareas ton tons tonne tonnes tonelada toneladas cubic""".split())
# "not an inch" / "ni un centímetro", "not one foot": a figure of speech for nothing at all, no measure
_NONE_BEFORE = re.compile(r"(?:\b(?:not|never|ni|no|nor)|n't)(?:\s+(?:even|siquiera))?\s*$", re.IGNORECASE)
MEASURE_TOLERANCE = 0.15  # "a pound" / "medio kilo", "a yard" / "un metro": one measure, rounded to the other's unit


def _measure_unit(match: re.Match) -> tuple[str, float]:
    """(dimension, size) of the unit a ``_MEASURE_UNIT`` match names."""
    dimension, size, _ = _MEASURE_UNITS[int(next(name for name, value in match.groupdict().items()
                                                 if value and name.startswith("unit"))[4:])]
    return dimension, size


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def article_measures(text: str, lang: str) -> tuple[tuple[str, float, int, int], ...]:
    """The measures ``text`` says with an article or a half and no number: (dimension, size, start, end)."""
    lang = "es" if lang == "es" else "en"
    if _MEASURE_WORDS.isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    measures = []
    for match in _ARTICLE_MEASURE[lang].finditer(text):
        if _NONE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        dimension, size = _measure_unit(match)
        size *= 0.5 if match.group("half") else 0.25 if match.group("quarter") else 1
        size *= 1.5 if match.group("and_half") else 1
        measures.append((dimension, size, match.start(), match.end()))
    return tuple(measures)


def number_measure(text: str, mention: Mention) -> tuple[str, frozenset[float]] | None:
    """(dimension, sizes) of a number written with a unit of measure right after it ("30 centímetros", "1.6 km",
    "a 5-mile run"), or None."""
    unit = _NUMBER_UNIT.match(text, mention.end)
    if unit is None:
        return None
    dimension, size = _measure_unit(unit)
    return dimension, frozenset(value * size for value in mention.values)


def _changed_article_measures(aligned, pair, settings) -> list[Finding]:
    """"a mile" against "un kilómetro", "a foot of snow" against "un metro de nieve": each side of a pair says one
    measure of a kind with an article or a half, each of another size (a unit renamed but not converted); "a pound" /
    "medio kilo" is one measure (``MEASURE_TOLERANCE``)."""
    said = said_in_pair(aligned, pair, article_measures)
    if said is None or any(len(said[side]) != 1 for side in ("left", "right")):
        return []  # (most pairs)
    (_, (left_dimension, left_size, _, _)), (_, (right_dimension, right_size, _, _)) = said["left"][0], said["right"][0]
    if left_dimension != right_dimension or math.isclose(left_size, right_size, rel_tol=MEASURE_TOLERANCE):
        return []
    flagged = aligned.translated_side or "right"
    mentions = {}
    for side in ("left", "right"):
        index, (_, size, start, end) = said[side][0]
        text = aligned.version(side).segments[index].text
        mentions[side] = Mention(text[start:end], start, end, "word", frozenset({size}), False, index)
    return [_finding(aligned, pair, flagged, mentions[flagged], mentions[aligned.other(flagged)], settings)]


# A temperature's scale named right after its number: "90 degrees Fahrenheit", "90°F", "32 grados centígrados",
# "32 °C". A bare "degrees" or "grados" names none (US copy means Fahrenheit, most Spanish copy Celsius).
_TEMPERATURE_SCALE = re.compile(r"\s?(?:(?:[°º]|degrees?|grados?)\s?)(?:(?P<fahrenheit>Fahrenheit|F\b)"
                                r"|(?P<celsius>Celsius|cent[íi]grados?|centigrade|C\b))", re.IGNORECASE)
_TEMPERATURE_CUES = ("fahrenheit", "celsius", "centígrad", "centigrad", "°", "º")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def temperature_scales(text: str, lang: str, segment: int) -> dict[int, tuple[str, int]]:
    """For each number of a sentence followed by a temperature's scale, by its start: ("fahrenheit" or "celsius",
    where the words that say it end)."""
    lang = "es" if lang == "es" else "en"
    if not holds_any(text, _TEMPERATURE_CUES):
        return {}
    readings = {}
    for mention in _segment_mentions(text, lang, segment):
        scale = _TEMPERATURE_SCALE.match(text, mention.end)
        if scale is not None:
            readings[mention.start] = (scale.lastgroup, scale.end())
    return readings


def _changed_temperature_scales(aligned, pair, mentions, settings) -> list[Finding]:
    """"90 degrees Fahrenheit" against "90 grados centígrados": the same number, written alike once on each side,
    each side naming another scale (a converted value, "32 grados centígrados", is no change)."""
    said = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        said[side] = {(index, start): reading for index in getattr(pair, side)
                      for start, reading in temperature_scales(version.segments[index].text, version.lang,
                                                               index).items()}
        if not said[side]:
            return []  # (most pairs)
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    scaled = {side: [(m, said[side][(m.segment, m.start)]) for m in mentions[side]
                     if m.kind == "number" and (m.segment, m.start) in said[side]] for side in ("left", "right")}
    findings = []
    for mention, (scale, end) in scaled[flagged]:
        same = [(m, reading) for m, reading in scaled[other] if _digits(m.text) == _digits(mention.text)]
        if len(same) == 1 and same[0][1][0] != scale:
            theirs, (_, their_end) = same[0]
            findings.append(_finding(aligned, pair, flagged, _widened(mention, end, aligned.version(flagged)),
                                     _widened(theirs, their_end, aligned.version(other)), settings))
    return findings


def _widened(mention: Mention, end: int, version: Version) -> Mention:
    """``mention`` with the words after it up to ``end`` ("90" as "90 degrees Fahrenheit")."""
    text = version.segments[mention.segment].text
    return Mention(text[mention.start:end], mention.start, end, mention.kind, mention.values, mention.strong,
                   mention.segment)


def _digits(numeral: str) -> str:
    return re.sub(r"\D", "", numeral)


# Currencies by their symbols and names, in both languages
_CURRENCY_OF = {"$": "dollar", "dollar": "dollar", "dollars": "dollar", "dólares": "dollar", "dolares": "dollar",
                "€": "euro", "euro": "euro", "euros": "euro", "£": "pound", "pound": "pound", "pounds": "pound",
                "libras": "pound", "peso": "peso", "pesos": "peso", "¥": "yen", "yen": "yen", "yenes": "yen",
                "yuan": "yuan", "quetzales": "quetzal", "lempiras": "lempira", "colones": "colon", "soles": "sol",
                "reales": "real", "bolívares": "bolivar", "bolivares": "bolivar",
                # (a dollar's or a peso's hundredth: "rose 10 cents" / "subieron 10 dólares")
                "cent": "cent", "cents": "cent", "centavo": "cent", "centavos": "cent", "céntimo": "cent",
                "céntimos": "cent"}


def _amount(mention: Mention, text: str) -> tuple[str, Mention] | None:
    """(the currency of an amount, the mention widened to its currency word), or None for a number that is no
    amount. The word after the number wins over a symbol: Mexican copy writes "$500 pesos"."""
    word = _CURRENCY_WORD.match(text, mention.end)
    if word is not None:
        widened = Mention(text[mention.start : word.end()], mention.start, word.end(), mention.kind,
                          mention.values, mention.strong, mention.segment)
        return _CURRENCY_OF.get(word.group(1).lower()), widened
    if mention.text[:1] in _CURRENCY_SYMBOLS:
        return _CURRENCY_OF.get(mention.text[:1]), mention
    return None


def _changed_currencies(aligned, pair, mentions, settings) -> list[Finding]:
    """"$500" against "500 euros": the same amount, once on each side, in another currency. (206 faithful corpus
    pairs give an amount with its currency on both sides, none another.)"""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    strong = {side: [m for m in mentions[side] if m.strong and m.kind == "number"] for side in ("left", "right")}
    findings = []
    for mention in strong[flagged]:
        mine = _amount(mention, aligned.version(flagged).segments[mention.segment].text)
        if mine is None or mine[0] is None:
            continue
        same = [m for m in strong[other] if compatible(mention, m)]
        if len(same) != 1 or sum(compatible(m, same[0]) for m in strong[flagged]) != 1:
            continue
        theirs = _amount(same[0], aligned.version(other).segments[same[0].segment].text)
        if theirs is not None and theirs[0] is not None and theirs[0] != mine[0]:
            findings.append(_finding(aligned, pair, flagged, mine[1], theirs[1], settings))
    return findings


# Words after a number that say nothing of what it counts
_NOT_COUNTED_NOUNS = frozenset(
    "to and or of the a an in on at by for from per percent than more less over under about million millions billion "
    "billions thousand thousands hundred por ciento y o u de del la el los las en al mil millon millones billon "
    "billones cientos mas menos sobre unos unas".split())
_WORD_AFTER = re.compile(r"[\s-]*([^\W\d_]+)")
# what an amount is for, where a preposition comes between: "$15 for adults", "$15 para adultos", "$15 para los
# adultos", "$25 in advance and $30 at the door", "30 dólares por adelantado y 25 en la puerta"
_FOR_AFTER = re.compile(r"\s+(?:for|para|in|at|por|en)\s+(?:(?:the|a|an|el|la|los|las|cada|each)\s+)?([^\W\d_]+)",
                        re.IGNORECASE)
# a currency or a percent said after the amount, which says nothing of what it is for ("30 dólares para adultos",
# Apertium's "30 dollars for adults"; "2.8 percent for men")
_CURRENCY_AFTER = re.compile(r"\s*%|\s+(?:(?:dollars?|d[oó]lares|pesos?|euros?|cents?|centavos?|percent|per\s+cent)\b"
                             r"|por\s+ciento\b)", re.IGNORECASE)


def _noun_after(text: str, end: int) -> tuple[str, str] | None:
    """The word right after a number ending at ``end`` (its crude stem, and the word), if it can say what the number
    counts: "300 homes", "50 negocios"; or the word after "for" or "para" ("$15 for adults", "$10 para niños"), "in",
    "at", "por" or "en" ("$25 in advance", "25 en la puerta"), past a currency or a percent ("15 dólares para
    adultos"; a currency with nothing after it is the word: "800.000 euros" against "400.000 para cada equipo")."""
    currency = _CURRENCY_AFTER.match(text, end)
    match = (currency and _FOR_AFTER.match(text, currency.end())) or _FOR_AFTER.match(text, end) or _WORD_AFTER.match(
        text, end)
    if match is None:
        return None
    folded = fold(match.group(1))
    if len(folded) < 3 or folded in _NOT_COUNTED_NOUNS:
        return None
    return stem(folded), match.group(1)


def _is_year(mention: Mention) -> bool:
    return len(mention.text) == 4 and mention.text.isdigit() and 1800 <= int(mention.text) <= 2100


def _only_occurrence(text: str, number: str) -> int | None:
    """Where the one occurrence of ``number`` (as written) in ``text`` ends; None when it is not there once."""
    found = list(re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text))
    return found[0].end() if len(found) == 1 else None


# A correction's right number and the wrong one it replaces: "the fine is $500, not $5,000", "es de 500 dólares, no de
# 5.000" (a unit between the first number and its comma), and what one is said instead of: "three days a week
# instead of seven", "siete días a la semana en lugar de tres"
_NOT_BETWEEN = {"en": re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*,\s*(?:and\s+)?not\s+(?:the\s+|a\s+)?|"
                                 r"(?:\s+[^\W\d_]+){0,4}?\s*,?\s*(?:instead\s+of|rather\s+than)\s+(?:the\s+)?",
                                 re.IGNORECASE),
                "es": re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*,\s*(?:y\s+)?no\s+"
                                 r"(?:(?:de|del|el|la|los|las|a|en)\s+){0,2}|"
                                 r"(?:\s+[^\W\d_]+){0,4}?\s*,?\s*en\s+(?:lugar|vez)\s+de\s+"
                                 r"(?:(?:los|las|el|la)\s+)?",
                                 re.IGNORECASE)}


def _corrections(version: Version, side_mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The (right number, wrong number) pairs a side says as "X, not Y" or "X instead of Y", in its own language (in
    digits, or counts in words)."""
    lang = "es" if version.lang == "es" else "en"
    found = []
    for first, second in zip(side_mentions, side_mentions[1:]):
        if first.segment != second.segment or not (first.strong or is_count(first)) or not (
                second.strong or is_count(second)):
            continue
        text = version.segments[first.segment].text
        between = _NOT_BETWEEN[lang].match(text, first.end)
        if between and between.end() == second.start:
            found.append((first, second))
    return found


def _turned_corrections(aligned, pair, mentions, settings) -> list[Finding]:
    """"The fine is $500, not $5,000" against "la multa es de 5.000 dólares, no de 500": a correction that says
    the wrong number for the right one, both numbers still on both sides. One finding, on the translated side."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    said = {side: _corrections(aligned.version(side), mentions[side]) for side in (flagged, other)}
    for right, wrong in said[flagged]:
        for other_right, other_wrong in said[other]:
            if (compatible(right, other_wrong) and compatible(wrong, other_right)
                    and not compatible(right, other_right)):
                text = aligned.version(flagged).segments[right.segment].text
                other_text = aligned.version(other).segments[other_right.segment].text
                mention = replace(right, text=text[right.start:wrong.end], end=wrong.end)
                counterpart = replace(other_right, text=other_text[other_right.start:other_wrong.end],
                                      end=other_wrong.end)
                return [_finding(aligned, pair, flagged, mention, counterpart, settings)]
    return []


def _swapped_amounts(aligned, pair, mentions, settings) -> list[Finding]:
    """"300 homes and 50 businesses" against "50 viviendas y 300 negocios": every number of the pair matches one
    number of the other side, but the noun one side says after a number follows another number on the other side
    (the translated side read in its translation, where the nouns of both sides are in one language). One finding,
    on the translated side's number whose noun moved. (No finding on the 6,569 faithful pairs of the dev corpus first
    written in English or Spanish; of the corpus sentences whose first two numbers count different nouns, those
    numbers swapped in Spanish are found in 60%: tests/test_rule_numbers.py.)"""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    # (a year counts nothing: "in 2006 received" is no "2006 recibió")
    strong = {side: [m for m in mentions[side] if m.strong and m.kind == "number" and not _is_year(m)]
              for side in ("left", "right")}
    if len(strong[flagged]) < 2 or len(strong[flagged]) != len(strong[other]):
        return []  # (most pairs)
    matched = []
    for theirs in strong[other]:
        same = [m for m in strong[flagged] if compatible(theirs, m)]
        if len(same) != 1:
            return []
        matched.append((same[0], theirs))
    if len({id(mine) for mine, _ in matched}) != len(matched):
        return []
    translation = aligned.translation_of(flagged, getattr(pair, flagged))
    version, other_version = aligned.version(flagged), aligned.version(other)
    rows = []
    for mine, theirs in matched:
        end = _only_occurrence(translation, mine.text)
        rows.append((mine, theirs, _noun_after(translation, end) if end is not None else None,
                     _noun_after(other_version.segments[theirs.segment].text, theirs.end)))
    here = [row[2][0] if row[2] else None for row in rows]
    there = [row[3][0] if row[3] else None for row in rows]
    for position, (mine, theirs, _, noun_there) in enumerate(rows):
        if (noun_there is None or here[position] in (None, noun_there[0]) or there.count(noun_there[0]) != 1
                or here.count(noun_there[0]) != 1):
            continue
        said_here = _noun_after(version.segments[mine.segment].text, mine.end)
        word_here = said_here[1] if said_here else here[position]
        return [_finding(aligned, pair, flagged, mine, theirs, settings, change=(word_here, noun_there[1]),
                         unit_after=True)]
    return []


# What a number counts, by coarse kinds both languages name apart: people against homes, vehicles, rooms, animals,
# jobs ("The complex will have 200 units" / "200 residentes", "carried 500 passengers" / "500 vehículos", "The hotel
# has 300 rooms" / "300 empleados"). Each language's own words, right after the number (past an adjective of
# ``_COUNTED_SKIPPED``); words a translation says either way are one kind ("workers" and "empleados" are people,
# "homes" and "casas" dwellings). "customers" and "families" (said of homes in an outage), "hogares", "detenidos"
# (an arrest's count) and "asistencias" (a clinic's visits as often as a player's assists) are left out.
COUNTED_KINDS = {
    "people": {"en": "people persons residents inhabitants workers employees staff passengers tourists visitors "
                     "patients students children kids adults members voters officers soldiers troops firefighters "
                     "teachers doctors nurses volunteers migrants immigrants refugees fans attendees spectators "
                     "participants runners athletes players inmates prisoners victims survivors engineers "
                     "scientists men women",
               "es": "personas habitantes residentes trabajadores empleados pasajeros turistas visitantes pacientes "
                     "estudiantes alumnos niños niñas adultos miembros votantes electores agentes policías soldados "
                     "tropas bomberos maestros maestras profesores médicos enfermeras enfermeros voluntarios "
                     "migrantes inmigrantes refugiados aficionados asistentes espectadores participantes corredores "
                     "atletas jugadores reclusos presos víctimas sobrevivientes ingenieros científicos hombres "
                     "mujeres"},
    # ("units" and "unidades" count anything: an index's points, cars sold)
    "dwellings": {"en": "homes houses apartments dwellings condos townhomes",
                  "es": "viviendas casas apartamentos departamentos condominios"},
    "rooms": {"en": "rooms bedrooms", "es": "habitaciones cuartos recámaras dormitorios"},
    "beds": {"en": "beds", "es": "camas"},
    "vehicles": {"en": "vehicles cars trucks buses", "es": "vehículos autos automóviles carros coches camiones "
                                                          "autobuses camionetas"},
    "animals": {"en": "animals dogs cats cattle cows horses sheep pigs hogs chickens birds",
                "es": "animales perros gatos reses vacas caballos ovejas cerdos pollos gallinas aves"},
    "businesses": {"en": "businesses companies stores shops restaurants firms",
                   "es": "negocios empresas comercios tiendas restaurantes compañías"},
    "jobs": {"en": "jobs", "es": "empleos puestos plazas"},
    "schools": {"en": "schools", "es": "escuelas colegios"},
    # (not "households" or "hogares": an outage's count of homes, and a family's home, said either way)
    "families": {"en": "families", "es": "familias"},
    "doses": {"en": "doses vaccines shots", "es": "dosis vacunas"},
    "cases": {"en": "cases infections", "es": "casos contagios infecciones"},
    "deaths": {"en": "deaths fatalities", "es": "muertes fallecimientos decesos"},
    "votes": {"en": "votes ballots", "es": "votos boletas papeletas"},
    "signatures": {"en": "signatures", "es": "firmas"},
    "flights": {"en": "flights", "es": "vuelos"},
    "goals": {"en": "goals", "es": "goles"},
    "saves": {"en": "saves", "es": "atajadas paradas"},
    "points": {"en": "points", "es": "puntos"},
    "rebounds": {"en": "rebounds", "es": "rebotes"},
    "games": {"en": "games matches", "es": "partidos juegos"},
    "seasons": {"en": "seasons", "es": "temporadas"},  # (a suspension: "for two games" / "por dos temporadas")
    "offices": {"en": "offices", "es": "oficinas"},
    "floors": {"en": "floors stories storeys", "es": "pisos plantas niveles"},
    "trees": {"en": "trees", "es": "árboles"},
    "shrubs": {"en": "shrubs bushes", "es": "arbustos"},
    "flowers": {"en": "flowers", "es": "flores"},
    # (what a drive collects or a food bank gives out)
    "turkeys": {"en": "turkeys", "es": "pavos guajolotes"},
    "coats": {"en": "coats jackets", "es": "abrigos chamarras chaquetas"},
    "toys": {"en": "toys", "es": "juguetes"},
    "backpacks": {"en": "backpacks", "es": "mochilas"},
    "books": {"en": "books", "es": "libros"},
    "containers": {"en": "containers", "es": "contenedores"},
    "strollers": {"en": "strollers", "es": "carriolas cochecitos"},
    "cribs": {"en": "cribs", "es": "cunas"},
    "ambulances": {"en": "ambulances", "es": "ambulancias"},
    "touchdowns": {"en": "touchdowns", "es": "touchdowns anotaciones"},
    "acres": {"en": "acres", "es": "acres"},
}
_COUNTED_KIND = {lang: {fold(word): kind for kind, words in COUNTED_KINDS.items() for word in words[lang].split()}
                 for lang in ("en", "es")}
# the adjectives between a number and what it counts ("500 new jobs", "300 nuevos empleos")
_COUNTED_SKIPPED = frozenset(fold(word) for word in "new more additional other local young full-time part-time "
                             "nuevos nuevas nuevo nueva otros otras jóvenes".split())
_WORDS_AFTER = re.compile(r"[\s-]*([^\W\d_]+(?:-[^\W\d_]+)?)")


def counted_kind(text: str, end: int, lang: str) -> tuple[str, str] | None:
    """What the number ending at ``end`` counts, by ``COUNTED_KINDS`` (the kind, the word said), or None."""
    kinds = _COUNTED_KIND["es" if lang == "es" else "en"]
    position = end
    for _ in range(2):
        match = _WORDS_AFTER.match(text, position)
        if match is None:
            return None
        word = fold(match.group(1))
        if word in kinds:
            return kinds[word], match.group(1)
        if word not in _COUNTED_SKIPPED:
            return None
        position = match.end()
    return None


def _changed_counted_kinds(aligned, pair, mentions, settings) -> list[Finding]:
    """"200 units" against "200 residentes": a number that matches one number of the other side, and only that one,
    counts another kind of thing there (``COUNTED_KINDS``), each side read in its own language."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    strong = {side: [m for m in mentions[side] if m.strong and m.kind == "number" and not _is_year(m)]
              for side in ("left", "right")}
    if not strong[flagged] or not strong[other]:
        return []  # (most pairs)
    version, other_version = aligned.version(flagged), aligned.version(other)
    for mine in strong[flagged]:
        same = [theirs for theirs in strong[other] if compatible(mine, theirs)]
        if len(same) != 1 or sum(compatible(m, same[0]) for m in strong[flagged]) != 1:
            continue
        theirs = same[0]
        here = counted_kind(version.segments[mine.segment].text, mine.end, version.lang)
        there = counted_kind(other_version.segments[theirs.segment].text, theirs.end, other_version.lang)
        if here is None or there is None or here[0] == there[0]:
            continue
        return [_finding(aligned, pair, flagged, mine, theirs, settings, change=(here[1], there[1]), unit_after=True)]
    return []


# "from $25 to $40", "de $25 a $40", "desde 25 hasta 40": where a change or a span starts, and where it ends
_FROM_BEFORE = {"en": re.compile(r"\bfrom\s+$", re.IGNORECASE),
                "es": re.compile(r"\b(?:de|desde)\s+(?:(?:el|la|los|las)\s+)?$", re.IGNORECASE)}
# (a currency or a percent may follow the first number: "de 2 dólares a 1.50")
_TO_BETWEEN = {"en": re.compile(r"(?:\s+(?:dollars|cents|percent|euros|pesos))?\s+to\s+", re.IGNORECASE),
               "es": re.compile(r"(?:\s+(?:dólares|centavos|por\s+ciento|euros|pesos))?\s+(?:a|al|hasta)\s+"
                                r"(?:(?:el|la|los|las)\s+)?", re.IGNORECASE)}


def _from_to(aligned, side: str, side_mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The (start, end) numbers of each "from X to Y" of one side of a pair, read in its own language."""
    version = aligned.version(side)
    lang = "es" if version.lang == "es" else "en"
    spans = []
    for first, second in zip(side_mentions, side_mentions[1:]):
        if first.segment != second.segment:
            continue
        text = version.segments[first.segment].text
        if (_TO_BETWEEN[lang].fullmatch(text, first.end, second.start)
                and _FROM_BEFORE[lang].search(text, max(0, first.start - 12), first.start)):
            spans.append((first, second))
    return spans


def _reversed_span(aligned, pair, mentions, settings) -> list[Finding]:
    """"from $25 to $40" against "de $40 a $25": the one span each side gives, with its two numbers swapped, which
    turns a rise into a fall. Every number matches, so nothing else sees it."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    strong = {side: [m for m in mentions[side] if m.strong and m.kind in ("number", "percent")]
              for side in (flagged, other)}
    if len(strong[flagged]) < 2 or len(strong[other]) < 2:
        return []  # (most pairs)
    mine, theirs = _from_to(aligned, flagged, strong[flagged]), _from_to(aligned, other, strong[other])
    if len(mine) != 1 or len(theirs) != 1:
        return []
    (start, end), (other_start, other_end) = mine[0], theirs[0]
    if not (compatible(start, other_end) and compatible(end, other_start)) or compatible(start, other_start):
        return []
    text, other_text = (aligned.version(side).segments[m.segment].text for side, m in ((flagged, start),
                                                                                         (other, other_start)))
    span = Mention(text[start.start:end.end], start.start, end.end, "number", start.values, True, start.segment)
    other_span = Mention(other_text[other_start.start:other_end.end], other_start.start, other_end.end, "number",
                         other_start.values, True, other_start.segment)
    said = tuple(_FROM_BEFORE["es" if aligned.version(side).lang == "es" else "en"].search(
        source, max(0, m.start - 12), m.start).group().strip() for side, source, m in ((flagged, text, start),
                                                                                      (other, other_text, other_start)))
    return [_finding(aligned, pair, flagged, span, other_span, settings, change=said)]


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def numeric_dates(text: str, lang: str = "") -> tuple[tuple[int, int, int, int, int], ...]:
    """(first number, second number, year's last two digits, start, end) of each date in digits with a year in
    ``text``, in the order written: the month first in US English, the day first in Spanish."""
    if "/" not in text and "-" not in text:  # (most sentences)
        return ()
    return tuple((int(match.group(1)), int(match.group(3)), int(match.group(4)) % 100, match.start(), match.end())
                 for match in NUMERIC_DATE.finditer(text))


def _writes_day_first(version: Version) -> bool:
    """Whether an English version writes its dates in digits day first, as British copy does: one of them opens on a
    number no month has ("25/12/2026")."""
    return any(first > 12 >= second for segment in version.segments for first, second, *_ in numeric_dates(segment.text))


def _date_order_kept(aligned, pair, mentions, settings) -> list[Finding]:
    """"12/3/2026" in both versions: December 3 to an English reader, 12 March to a Spanish one, or no date at all
    ("12/15/2026" read day first); or "12/3/2026" said "12 de marzo", the US date read day first. The digits match
    (and "12/3" is 12 March in British copy), so ``numbers`` sees nothing; the same date with its numbers swapped
    ("3/12/2026", "3 de diciembre") is the translation."""
    if aligned.translated_side is None or {aligned.left.lang, aligned.right.lang} != {"en", "es"}:
        return []
    english = "left" if aligned.left.lang == "en" else "right"
    spanish = aligned.other(english)
    english_version, spanish_version = aligned.version(english), aligned.version(spanish)
    english_dates = [(index, date) for index in getattr(pair, english)
                     for date in numeric_dates(english_version.segments[index].text)]
    spanish_dates = [mention for mention in mentions[spanish] if mention.kind == "date"]
    if not english_dates or not spanish_dates or _writes_day_first(english_version):
        return []  # (most pairs)
    spanish_digits = [(index, date) for index in getattr(pair, spanish)
                      for date in numeric_dates(spanish_version.segments[index].text)]
    flagged = aligned.translated_side
    findings = []
    for english_index, (first, second, year, start, end) in english_dates:
        if first == second or first > 12 or second > 31:
            continue  # the same date read either way, or none in the US order
        kept = next(((index, date) for index, date in spanish_digits if date[:3] == (first, second, year)), None)
        if kept is not None:
            index, (_, _, _, kept_start, kept_end) = kept
            spanish_mention = Mention(spanish_version.segments[index].text[kept_start:kept_end], kept_start,
                                      kept_end, "date", frozenset({float(first)}), True, index)
            spanish_reading = (f"({first} {_MONTH_NAMES[second - 1]}, read day first)" if second <= 12
                               else f"(no month {second}, read day first)")
        else:
            read_as_us = any((first, second) in mention.exact for mention in spanish_dates)
            spanish_mention = next((mention for mention in spanish_dates if mention.exact == {(second, first)}), None)
            if read_as_us or spanish_mention is None:
                continue
            spanish_reading = ""
        english_mention = Mention(english_version.segments[english_index].text[start:end], start, end, "date",
                                  frozenset({float(second)}), True, english_index)
        readings = {english: (english_mention, f"({_MONTH_NAMES[first - 1]} {second})"),
                    spanish: (spanish_mention, spanish_reading)}
        (mention, mine), (counterpart, theirs) = readings[flagged], readings[aligned.other(flagged)]
        findings.append(_finding(aligned, pair, flagged, mention, counterpart, settings, change=(mine, theirs),
                                 unit_after=True))
    return findings


# One unit of time or distance said with no number ("an hour", "una hora"): bounded like a fraction in words ("less
# than an hour" / "más de una hora"); not before a hyphen ("a mile-long"), not "a day" said as a rate ("once a day":
# no bound before it reads it)
_ONE_UNIT = {"en": re.compile(r"\b(?:an?|one)\s+(?P<unit>hour|day|week|month|year|minute|mile|decade)\b(?!-)",
                              re.IGNORECASE),
             "es": re.compile(r"\b(?:una?|uno)\s+(?P<unit>hora|d[ií]a|semana|mes|año|minuto|milla|década)\b",
                              re.IGNORECASE)}
# (each unit's value a negative number: no fraction's percentage, which is never below 0)
_UNIT_VALUE = {unit: -float(position) for position, unit in enumerate(
    ("hour", "day", "week", "month", "year", "minute", "mile", "decade"), start=1)}
_UNIT_VALUE.update({"hora": -1.0, "día": -2.0, "dia": -2.0, "semana": -3.0, "mes": -4.0, "año": -5.0, "minuto": -6.0,
                    "milla": -7.0, "década": -8.0})
_ONE_UNIT_CUES = {"en": ("hour", "day", "week", "month", "year", "minute", "mile", "decade"),
                  "es": ("hora", "día", "dia", "semana", "mes", "año", "minuto", "milla", "década")}


def _fraction_bounds(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> list[tuple[Mention, tuple[str, str]]]:
    """The fractions in words, and the single units of time or distance, of one side of a pair that a bound says
    right before ("fewer than half", "más de la mitad", "less than a third", "less than an hour", "más de un año"),
    as mentions, each with its ``_bound``. A unit's value is its own (``_UNIT_VALUE``), so that "an hour" meets "una
    hora" and no fraction."""
    version = aligned.version(side)
    lang = "es" if version.lang == "es" else "en"
    found = []
    for index in indices:
        text = version.segments[index].text
        spans = [(frozenset({value}), start, end) for value, start, end in fraction_spans(text, version.lang)]
        if holds_any(text, _ONE_UNIT_CUES[lang]):
            spans += [(frozenset({_UNIT_VALUE[match.group("unit").lower()]}), match.start(), match.end())
                      for match in _ONE_UNIT[lang].finditer(text)]
        for values, start, end in spans:
            mention = Mention(text[start:end], start, end, "fraction", values, False, index)
            bound = _bound(text, mention, version.lang)
            if bound is not None:
                found.append((mention, bound))
    return found


def _turned_fraction_bounds(aligned, pair, settings) -> list[Finding]:
    """"fewer than half" against "más de la mitad", "less than an hour" against "más de una hora": the one fraction
    or unit in words each side bounds, the same, bounded from opposite sides (a number in digits is
    ``_reversed_changes``')."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    mine, theirs = (_fraction_bounds(aligned, side, getattr(pair, side)) for side in (flagged, other))
    if len(mine) != 1 or len(theirs) != 1:
        return []  # (most pairs: none; two on a side: which is which is unclear)
    (mention, bound), (counterpart, other_bound) = mine[0], theirs[0]
    if mention.values != counterpart.values or bound[0] == other_bound[0]:
        return []
    return [_finding(aligned, pair, flagged, mention, counterpart, settings, change=(bound[1], other_bound[1]),
                     unit_after=(bound[2], other_bound[2]))]


# An opening or a start, or a closing or an end, said right before a time or a date ("opens at 8 a.m.", "close Feb.
# 5", "Voting ends at 7 p.m."; "abre a las 8", "cierran el 5 de febrero"): a clinic's hours or an application
# window's dates swapped in translation keep every number
_OPENING_BEFORE = {
    "en": re.compile(r"\b(?:(?P<opening>opens?|opened|reopens?|reopened|starts?|started|begins?|began)|"
                     r"(?P<closing>closes?|closed|ends?|ended))\s+(?:(?:at|on|by)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?P<opening>(?:re)?abren?|(?:re)?abrir[aá]n?|(?:re)?abri[oó]|(?:re)?abrieron|comienzan?|"
                     r"comenzar[aá]n?|empiezan?|empezar[aá]n?|inician?|iniciar[aá]n?)|"
                     r"(?P<closing>cierran?|cerrar[aá]n?|cerr[oó]|cerraron|terminan?|terminar[aá]n?|finalizan?|"
                     r"finalizar[aá]n?))\s+(?:(?:a\s+las?|a\s+partir\s+del?|el|la|los|las)\s+)?$", re.IGNORECASE),
}
_OPENING_CUES = {"en": ("open", "start", "begin", "began", "clos", "end"),
                 "es": ("abr", "comien", "comenz", "empie", "empez", "inici", "cierr", "cerr", "termin", "finaliz")}


def _opening_at(text: str, mention: Mention, lang: str) -> str | None:
    """"opening" or "closing" when the verb right before a time or a date says which it is, else None."""
    lang = "es" if lang == "es" else "en"
    match = _OPENING_BEFORE[lang].search(text, max(0, mention.start - 40), mention.start)
    if match is None:
        return None
    return "opening" if match.group("opening") else "closing"


def _swapped_openings(aligned, pair, mentions, settings) -> list[Finding]:
    """"opens at 8 a.m. and closes at 5 p.m." against "abre a las 5 p.m. y cierra a las 8 a.m.": a time or a date
    both sides give, once each, as an opening on one side and a closing on the other, where the side says both an
    opening and a closing (a swap). A lone time's verb turned ("The pool opens at 8 a.m." / "La piscina cierra a las
    8 a.m.") is decision-mismatch's, which names the verbs."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    timed = {side: [m for m in mentions[side] if m.kind in ("time", "date")] for side in ("left", "right")}
    if not timed[flagged] or not timed[other]:
        return []  # (most pairs)
    version, other_version = aligned.version(flagged), aligned.version(other)
    if not any(holds_any(version.segments[index].text, _OPENING_CUES["es" if version.lang == "es" else "en"])
               for index in getattr(pair, flagged)):
        return []
    readings = {id(mention): _opening_at(version.segments[mention.segment].text, mention, version.lang)
                for mention in timed[flagged]}
    if len(set(readings.values()) - {None}) < 2:
        return []  # no swap: at most an opening or a closing
    findings = []
    for mention in timed[flagged]:
        mine = readings[id(mention)]
        if mine is None:
            continue
        same = [m for m in timed[other] if compatible(mention, m)]
        if len(same) != 1 or sum(compatible(m, same[0]) for m in timed[flagged]) != 1:
            continue
        theirs = _opening_at(other_version.segments[same[0].segment].text, same[0], other_version.lang)
        if theirs is not None and theirs != mine:
            findings.append(_finding(aligned, pair, flagged, mention, same[0], settings, change=(mine, theirs)))
    return findings


def _reversed_changes(aligned, pair, mentions, settings) -> list[Finding]:
    """"fell 12%" against "subió un 12 %", "more than 300" against "menos de 300": a quantity both sides give,
    once each, as a change in opposite directions or bounded from opposite sides (a count in words too, for its
    bound: "more than four units" / "menos de cuatro unidades"). Each side is read in its own language, next to the
    number (``change_readings``)."""
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    version, other_version = aligned.version(flagged), aligned.version(other)
    readings = {index: change_readings(version.segments[index].text, version.lang, index)
                for index in getattr(pair, flagged)}
    if not any(readings.values()):
        return []  # (most pairs: no number said as a change or a bound)
    strong = {side: [m for m in mentions[side] if (m.strong and m.kind in ("number", "percent")) or _bounded_count(m)]
              for side in ("left", "right")}
    findings = []
    for mention in strong[flagged]:
        mine = readings[mention.segment].get(mention.start)
        if mine is None:
            continue
        same = [m for m in strong[other] if compatible(mention, m)]
        if len(same) != 1 or sum(compatible(m, same[0]) for m in strong[flagged]) != 1:
            continue  # a quantity given twice on a side: which is which is unclear
        counterpart = same[0]
        theirs = change_readings(other_version.segments[counterpart.segment].text, other_version.lang,
                                 counterpart.segment).get(counterpart.start)
        if theirs is None:
            continue
        if mine[0] and theirs[0] and mine[0] != theirs[0]:
            findings.append(_finding(aligned, pair, flagged, mention, counterpart, settings,
                                     change=(mine[0], theirs[0])))
        elif mine[1] and theirs[1] and mine[1][0] != theirs[1][0]:  # a bound, named in each version's words
            findings.append(_finding(aligned, pair, flagged, mention, counterpart, settings,
                                     change=(mine[1][1], theirs[1][1]), unit_after=(mine[1][2], theirs[1][2])))
    return findings
