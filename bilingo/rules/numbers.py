"""number-mismatch: a number, amount, percentage, date or time that differs between aligned sentences.

The two *original* texts of each aligned pair are compared; machine translation is
only quoted as evidence, because MT (Apertium in particular) copies, reformats or
drops numbers. The digits of a web address, an e-mail address or a handle ("eastside.gov/311") are no number here:
``bilingo.rules.contacts`` compares the address whole. Each side is parsed with its own language's conventions:

* separators: ``300,000`` (en) = ``300.000`` (es) = ``300 000`` (any space, including
  no-break and thin spaces); ``3.1`` (en) = ``3,1`` (es). A single separator followed by
  exactly three digits is a thousands separator in the side's own convention (``1.200``
  is 1200 in Spanish, 1.2 in English); a Spanish ``3,100`` also accepts 3100, the
  convention of Mexican and US Spanish.
* an amount said in parts, as Mexican and US Spanish write it, is one number: ``1 millón 200
  mil`` = ``$1.2 million``, ``2 mil 500`` = ``2,500`` (``_compound_amounts``).
* scale words multiply: ``$1.2 billion`` = ``1.200 millones`` = ``1,2 mil millones``
  (billion = mil millones = millardo; trillion = billón); a scale said alone as a whole number on each side is
  compared too ("a million times" / "mil veces", "a billion" / "un billón": ``_differing_whole_scales``), and so
  do letters glued to a
  number: ``$1.5B``, ``$300M``, ``£3m``, ``$1.2bn``, and a fraction before one: ``half a million`` = ``500.000`` =
  ``medio millón``, ``a quarter of a million`` = ``un cuarto de millón`` (without a currency, "100m" may be metres,
  "4B" an apartment and "a 5K" a race of five kilometres: the number itself stays a reading), and a scale after a
  hyphen: ``the 150-million-crown campaign`` = ``150 millones``. A scale dropped under the same digits ("$50K" / "50
  dólares", "$3 million" / "3 dólares") is a change, not a number written in a form not read
  (``_drop_written_alike``).
* an amount given again in another currency right after it ("500 pesos, about $25", "1 million
  euros ($1.1 million)"), or a quantity in another unit ("120 millas por hora (193 km/h)", "340 millas (unos 547
  kilómetros)"), is a reader's aid, not reported when the first one matched;
* percentages, currency symbols and units are not compared, only values:
  ``3.1 percent`` = ``3,1 por ciento`` = ``3,1 %``; a percentage the other side says as a
  fraction in words is that fraction (``25 %`` = ``a quarter`` = ``one in four`` =
  ``uno de cada cuatro``, ``50 %`` = ``half`` = ``la mitad``; ``fraction_percents``). A
  fraction in words on each side that the other side does not say ("one in five" / "uno de
  cada cuatro") is a changed quantity (``_differing_fractions``).
* dates: month name + day on both sides compare as (month, day); a date against a bare
  number compares its day (``Tuesday, Sept. 27`` ↔ ``el martes 27``).
  Dates said by name are dates too: ``9/11`` = ``11-S`` = ``11 de septiembre``, ``the Fourth of
  July`` = ``4 de julio``, ``primero de mayo`` = ``May 1`` (``_named_dates``). A date in digits with its year
  is read in its side's order: Spanish writes the day first, English the month first (US) or the day first
  (British), so ``12/3/2026`` = ``3/12/2026`` = ``3 de diciembre de 2026`` (``_numeric_date_readings``); the US
  order kept in Spanish is ``quantities``'s to report, by name.
* times: ``10 a.m.`` = ``10 de la mañana`` = ``10 a. m.`` = ``10:00`` (Spanish with "a. m." and
  "p. m." as US Spanish-language newsrooms write it: "7 a.m." / "7 p. m." differ); a time against a bare number
  compares its hour; ``noon`` = ``mediodía`` = ``12:00 horas``, ``midnight`` = ``medianoche``
  (soft mentions: words; one left over alone on each side is a time changed, "at noon" / "a medianoche").
* weekdays and months outside a date (``on Tuesday`` / ``el miércoles``, ``in March`` / ``en abril``), seasons (``this
  spring`` / ``en otoño``), the part of the week (``on weekdays`` / ``los fines de semana``) and of the day
  (``Thursday night`` / ``el jueves por la mañana``, ``closed at night`` / ``cerrada durante el día``, ``in broad
  daylight`` / ``de noche``, ``late Tuesday`` / ``temprano el martes``; a Spanish "tarde" may be an early night,
  ``DAY_PARTS``) and how often ("weekly" / "mensualmente", "$1,500 a month" / "1.500 dólares al año", "every other
  Tuesday" / "todos los martes", "quarterly" / "anualmente", a change "year over year" / "mensual"; ``FREQUENCIES``)
  and whom or what a price is counted by ("$40 per child" / "40 dólares por familia", "20 cents a gallon" / "por
  litro"; ``RATE_UNITS``: seven faithful pairs of the dev corpus name one on both sides, all alike) are compared only
  where both sides of a pair name one, each side one that the other lacks ("Monday through Friday" / "de lunes a
  sábado"; ``_differing_calendar``), counted (a second "Wednesday" where the other side says "Tuesday" and "Wednesday"
  is a changed day).
* ordinals (``1st``, ``1.º``, ``first``, ``primero``, ``14th``, ``Decimocuarta``, ``vigésimo
  primer``; "cuarta" only where it counts in order, "la cuarta vez", or names a street, "la calle Cuarta") are their
  number; decades
  (``1990s``) also match ``90``, and a year its last two digits ("1985-1987" / "1985 y 87"), but never another year
  that shares them ("1887" / "1787", "the 1980s" / "los años 1880").
* a half said after the unit its number counts is that number's: ``dos horas y media`` = ``two and a half hours`` =
  ``2.5 hours``, ``tres años y medio`` against ``two and a half years`` is a changed count (``_HALF_AFTER_UNIT``);
  so is a quarter (``dos horas y cuarto`` = ``two and a quarter hours``); "las tres y media" stays a time of day.
* a length of time each side says in its own units is one length: ``150 minutes`` = ``dos horas y media``, ``two
  hours and 15 minutes`` = ``dos horas y cuarto`` (two numbers of a sentence adding up to it;
  ``_drop_durations_said_in_another_unit``).
* weeks said in days ("two weeks" = "14 días" = "quince días", Spanish's idiom for two weeks), and a span of time
  said with an article or a half on the other side ("30 minutes" / "media hora", "12 months" / "un año", within 10%;
  ``_drop_time_spans_said_with_an_article``).
* a kin counted item by item on one side and as a total on the other ("two daughters and a son" / "tres hijos",
  ``_drop_kin_said_as_a_total``): one family, its counts not compared one by one.
* a number the Spanish says in a US unit too ("15 pies") matches the English number only, never its conversion ("50
  feet" is 15 metres, and "15 pies" another height).
* US units a translation converts (miles, mph, feet, yards, inches, pounds, ounces, tons, gallons, barrels,
  acres, square feet and miles, basis points, degrees
  Fahrenheit, which US copy often leaves unsaid: "95 degrees", "95°", and a forecast's bare "a
  high of 98", "highs in the upper 90s") also match the metric
  value within ``CONVERSION_TOLERANCE``, or rounded to a whole number: ``140mph`` = ``225 km/h``, ``100 degrees
  Fahrenheit`` = ``38 grados``, ``95 degrees`` = ``35 grados``, ``two miles`` = ``tres kilómetros`` (a number in
  words converts too), also to the smaller metric unit (``2 feet`` = ``60 centímetros``, ``1 inch`` = ``25
  milímetros``, ``half a mile``'s ``0.5 miles`` = ``800 metros``); a range's unit is its first
  number's too (``2 to 4 inches`` = ``entre 5 y 10 centímetros``). A height in feet and inches is one number,
  in inches (``5 feet 10 inches`` = ``1,78 metros`` = ``5 pies y 10 pulgadas``, ``6-foot-2`` = ``188 centímetros``),
  and a weight in pounds and ounces one in ounces (``7 pounds, 4 ounces`` = ``3,3 kilos`` = ``7 libras y 4 onzas``).
* a share in digits given as a percent: ``9 in 10`` = ``90 %``, ``3 out of 10`` = ``el 30 %`` (``digit_share_spans``).
* a decade said as the bound of the next ten: ``into the 20s`` = ``menos de 30 grados``; or as a range within it,
  converted or not: ``highs in the 90s`` = ``entre 32 y 37 grados``, ``in their 50s`` = ``entre 50 y 59 años``
  (``_drop_range_ends_in_a_decade``; the first end matches the decade, the second is its range's).
* a measure said with an article on the other side, converted: ``a foot of snow`` = ``30 centímetros de nieve``,
  ``a mile`` = ``1,6 kilómetros`` (``_drop_measures_said_with_an_article``); and a measure each side says with a
  number in another unit of its dimension: ``40 tons`` = ``40.000 kilos``, ``2 kilometers`` = ``2.000 metros``
  (``_drop_measures_said_in_another_unit``). Tons are US short tons to a conversion (``5,000 tons`` = ``4.500
  toneladas``), and "20 tons" / "20 libras" is a unit renamed.

The same number said as another quantity (a change reversed, a bound or a superlative turned, the dead counted
as injured, a time moved, another currency, time zone or unit, points said as percent) is reported by
``bilingo.rules.quantities``, under this rule's name.

A mention written in digits is *strong*; one written in words (``five``, ``cinco``, ``first``, the article
``un``/``una``) is *soft*: soft mentions can match a strong mention of the other side (words on one side, digits on
the other) but are not reported for want of a counterpart, since translators freely turn "two countries" into "ambos
países" and "one of" into "uno de". One exception: a count in words left over on each side of a pair, and nothing else
("Three people died" / "Cuatro personas murieron"), is the same phrase with another value (``_differing_counts``;
beside numbers in digits too, where each side's is one count of the same unit of time: "nine months" / "seis meses",
``_counts_of_one_time_unit``), and so are two ordinals in words that the other side's ordinals do not say ("the third
time" / "la segunda vez"), and a count in words whose noun the other side says once, after an article ("two suspects"
/ "un sospechoso": ``_count_said_as_one``; "Both lanes" / "Un carril": ``_both_said_as_one``), and an English "one"
left over against such a count ("one bathroom" / "dos baños": English "one" is no article; not "no one", "one
another", "the one": ``_english_ones``), and an age's decade in
words against a count outside it ("in her twenties" / "unos cuarenta años"). Numbers glued to letters (``G20``,
``COVID-19``, ``F-16``) are names, not quantities, and are ignored, and so is a basketball shot named by its worth
("3-point attempts", "three-pointers", "tiros de tres puntos"), which Spanish calls "triples" (``shot_spans``).

A strong mention with no compatible mention on the other side of its pair, nor in the
pairs just before and after it (translators move numbers across sentence boundaries),
is a finding. When the other side has a leftover mention too, the finding names both
("300,000 in English but 30.000 in Spanish") and sits on the translated side (the
rewrite in same-language mode); otherwise it sits on the number that is present.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bilingo.findings import make_finding, pair_evidence, said_in_pair, segment_span
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.contacts import contacts
from bilingo.rules.words import holds_any
from bilingo.settings import Settings

RULE = "number-mismatch"
# Pairs the aligner matched are compared even below settings.match_threshold: short
# headlines ("600 Thousand People ...") score low in chrF yet are translations, and a
# changed number is what makes them differ ("The budget takes effect Oct. 1." / "El presupuesto entra en vigor el 1
# de noviembre.", Apertium's "The estimate goes in in force on 1 November": 0.13). Below this floor a pair is noise
# (0.15 before: lowered, the faithful documents and the eval's seeds gave the same findings).
MIN_PAIR_SCORE = 0.10
NEIGHBOUR_PAIRS = 1  # unmatched numbers may be found this many pairs before/after
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

SPACES = " \u00a0\u202f\u2009"
GLUED_SCALES = {"m": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "k": 1e3}  # "$1.5B" in US business copy
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# Roman numerals count as (soft) numbers only after these words: "siglo XVI" = "16th century"
ROMAN_WORDS = ("siglo", "siglos", "century", "centuries", "distrito", "district", "fase", "phase", "tomo", "volume",
               "capítulo", "capitulo", "chapter", "edición")
ROMAN_CONTEXT = re.compile(
    rf"\b(?:{'|'.join(ROMAN_WORDS)})\s+(?:[IVXLCDM]+\s*(?:-|y|a|and|to|al|,)\s*(?:el\s+|the\s+)?)*$",
    re.IGNORECASE,
)

# --- vocabulary -----------------------------------------------------------------------

MONTHS_EN = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
MONTHS_ES = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS = {
    "en": {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7},
    "es": {"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
           "sabado": 6, "domingo": 7},
}
# Weekdays and months named outside a date: English capitalises them (lower case "march", "may" are verbs);
# Spanish ones are looked for in the sentence's lower-case view (``lowered_view``), three times faster than
# under re.IGNORECASE, which ``_CALENDAR_WORD_ANY_CASE`` still serves where that view is not faithful.
_CALENDAR_WORD = {
    "en": re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April"
                     r"|May|June|July|August|September|October|November|December)\b"),
    "es": re.compile(rf"\b(?:{'|'.join(list(WEEKDAYS['es']) + list(MONTHS_ES))}|s[aá]bados|domingos)\b"),
}
_CALENDAR_WORD_ANY_CASE = re.compile(_CALENDAR_WORD["es"].pattern, re.IGNORECASE)
# Seasons and the part of the week, in lower case (a capital starts a name: "Palm Springs", "Winter Park"); "fall"
# and "spring" only after a word that makes them a season ("this fall", "in the spring"), never before "of"/"water"
# ("the fall of the Berlin Wall", "hot spring", "spring water").
SEASONS = {"en": {"spring": 1, "springtime": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4},
           "es": {"primavera": 1, "verano": 2, "otoño": 3, "invierno": 4}}
WEEK_PARTS = {"en": {"weekday": 1, "weekdays": 1, "weeknight": 1, "weeknights": 1, "weekend": 2, "weekends": 2,
                     "week-end": 2, "week-ends": 2},
              "es": {"entre semana": 1, "días laborables": 1, "días hábiles": 1, "días de semana": 1,
                     "fin de semana": 2, "fines de semana": 2}}
# The part of the day: morning, afternoon, evening, night (values 1-4). Spanish "tarde" is the afternoon, the evening
# or an early night ("Thursday night" / "el jueves por la tarde" in the dev corpus), "noche" the evening or the night,
# "madrugada" the small hours, and what happened "overnight" was found in the morning: each stands for several;
# a word is read only after a word that makes it a time of day ("Tuesday night", "this morning", "por la tarde",
# "esta noche"; not "Good morning", "election night", "mañana" alone: tomorrow, "llegó tarde": late).
# The daytime, against the night ("closed at night" / "cerrada durante el día"), is the morning and the afternoon:
# read only as "during the day", "all day", "by day" ("durante el día", "todo el día", "de día"; not "the day of the
# vote", "durante el día de hoy": a date), and "in broad daylight" ("a plena luz del día").
_WEEKDAY_NAMES = {"en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                  "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")}
DAY_PARTS = {"en": {"morning": (1,), "afternoon": (2,), "evening": (3,), "night": (4,), "tonight": (3, 4),
                    "overnight": (4, 1), "day": (1, 2), "daytime": (1, 2), "nighttime": (4,), "daylight": (1, 2),
                    **{f"early {day}": (1,) for day in _WEEKDAY_NAMES["en"]},
                    **{f"late {day}": (3, 4) for day in _WEEKDAY_NAMES["en"]}},
             "es": {"mañana": (1,), "tarde": (2, 3, 4), "noche": (3, 4), "madrugada": (4, 1), "anoche": (3, 4),
                    "día": (1, 2), "mañanas": (1,), "tardes": (2, 3, 4), "noches": (3, 4), "madrugadas": (4, 1),
                    # "temprano el martes", "el martes temprano", "a primera hora del martes": early Tuesday; "a
                    # última hora del martes": late Tuesday
                    **{f"{early}": (1,) for day in _WEEKDAY_NAMES["es"]
                       for early in (f"temprano el {day}", f"el {day} temprano", f"a primera hora del {day}")},
                    **{f"a última hora del {day}": (3, 4) for day in _WEEKDAY_NAMES["es"]}}}
_WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAYS_ES = "lunes|martes|miércoles|miercoles|jueves|viernes|sábados?|sabados?|domingos?"
_DAY_PART_CUES = {"en": ("morning", "afternoon", "evening", "night", "day", "daylight", "early", "late"),
                  "es": ("mañana", "tarde", "noche", "madrugada", "día", "temprano", "hora del")}
# (a sentence without one names no part)
_DAY_PART = {
    "en": re.compile(rf"(?i:\b(?:this|last|tomorrow|yesterday|early|late|every|that|{_WEEKDAYS_EN}|"
                     r"(?:in|on|during)\s+the|at|all)\s+(?P<part>morning|afternoon|evening|night)\b"
                     r"(?!\s+(?:show|news|paper|sickness|shift|class|classes|market|session)\b)"
                     r"|\b(?P<alone>tonight|overnight|daytime|nighttime)\b|(?<=\bbroad\s)(?P<broad>daylight)\b"
                     # "early Monday": the morning, often before dawn (not "early Monday afternoon", read above, nor
                     # "will close early Monday": before the usual hour, maybe the afternoon)
                     r"|(?<!close\s)(?<!closes\s)(?<!closed\s)(?<!closing\s)(?<!dismissed\s)(?<!out\s)(?<!leave\s)"
                     rf"\b(?P<early>early\s(?:{_WEEKDAYS_EN}))\b(?!\s+(?:morning|afternoon|evening|night)\b)"
                     # "late Tuesday": the evening or the night ("late Tuesday night" is read above)
                     rf"|\b(?P<late>late\s(?:{_WEEKDAYS_EN}))\b(?!\s+(?:morning|afternoon|evening|night)\b)"
                     r"|\b(?:during\s+the|in\s+the|all|(?<!day\s)by)\s+(?P<day>day)\b"
                     r"(?!'|\s+(?:of|and|or|before|after|care|trip)\b))"),
    "es": re.compile(r"(?i:\b(?<!noche\sa\s)(?:(?:por|en|de|durante|toda)\s+la|esta|esa|cada|la|"
                     r"(?:por|en|durante|todas)\s+las|las)\s+(?P<part>mañanas?|tardes?|noches?|madrugadas?)\b"
                     r"(?!\s+(?:de\s+(?:hoy|ayer)|a\s+la\s+mañana)\b)"
                     r"|\b(?P<alone>anoche)\b|\bde\s+(?P<night>noche)\b(?!\s+(?:a|en)\b)"
                     r"|\bluz\s+del\s+(?P<daylight>día)\b"  # ("a plena luz del día": in broad daylight)
                     rf"|\b(?P<early>temprano\sel\s(?:{_WEEKDAYS_ES})|el\s(?:{_WEEKDAYS_ES})\stemprano|"
                     rf"a\s(?:primera|última)\shora\sdel\s(?:{_WEEKDAYS_ES}))\b"
                     r"|\b(?:durante\s+el|todo\s+el|de)\s+(?P<day>día)\b(?!\s+(?:de|del|en|a|siguiente|anterior)\b))"),
}
# How often: by the hour, day, week, month, quarter or year (values 0-4): "weekly" / "mensualmente", "$1,500 a month" /
# "1.500 dólares al año", and a change against the same period before: "year over year" / "mensual" ("interanual").
# "a day", "al año" only where they say a rate: not before "ago", "later", "after" ("a year ago"),
# nor "al día siguiente", "al mes de su llegada"; not "for a year" (a span); "diario" not after an article or a
# possessive ("el diario", a newspaper).
# how often, in order; every other day, week, month or year falls between its period and the next ("every other
# week" / "cada semana" is a change; "every two weeks" / "cada quince días" is none)
_EVERY_OTHER = {"day": 1.5, "week": 2.5, "month": 3.5, "year": 4.5}
_WEEKDAY_RATES = {"each weekday": 2, "other weekday": 2.5}  # "every Tuesday", "every other Tuesday"
FREQUENCIES = {"en": {"hourly": 0, "hour": 0, "daily": 1, "day": 1, "weekly": 2, "week": 2, "monthly": 3, "month": 3,
                      "yearly": 4, "annually": 4, "annual": 4, "year": 4, "fortnightly": 2.5, "fortnight": 2.5,
                      "quarterly": 3.7, "quarter": 3.7,
                      **{f"other {unit}": value for unit, value in _EVERY_OTHER.items()}, **_WEEKDAY_RATES},
               "es": {"hora": 0, "diario": 1, "diaria": 1, "diarios": 1, "diarias": 1, "diariamente": 1,
                      "día": 1, "días": 1, "semanal": 2, "semanales": 2, "semanalmente": 2, "semana": 2, "semanas": 2,
                      "mensual": 3, "mensuales": 3, "mensualmente": 3, "mes": 3, "meses": 3, "anual": 4, "anuales": 4,
                      "anualmente": 4, "año": 4, "años": 4, "quincenal": 2.5, "quincenales": 2.5,
                      "interanual": 4, "interanuales": 4, "intermensual": 3, "intermensuales": 3,
                      "trimestral": 3.7, "trimestrales": 3.7, "trimestralmente": 3.7, "intertrimestral": 3.7,
                      "intertrimestrales": 3.7,
                      "quincenalmente": 2.5, "quince días": 2.5, "bimestral": 3.5, "bimestrales": 3.5,
                      "other día": 1.5, "other semana": 2.5, "other mes": 3.5, "other año": 4.5, **_WEEKDAY_RATES}}
# the singular of the units "cada dos" counts in
_SPANISH_UNIT = {"días": "día", "semanas": "semana", "meses": "mes", "años": "año"}
_FREQUENCY = {
    # (each alternative opens on a word's first letter before any look-behind: tried at every position of a text)
    "en": re.compile(r"\b(?P<word>hourly|daily|weekly|monthly|quarterly|yearly|annually|annual|fortnightly)\b|"
                     # (a change against the same period before: "rose 5% year over year", "month-on-month")
                     r"\b(?P<compared>week|month|quarter|year)[\s-]+(?:over|on)[\s-]+(?:week|month|quarter|year)\b|"
                     r"\bevery\s+(?:other\s+(?P<other>day|week|month|year)|(?:two|2)\s+(?P<others>day|week|month|"
                     r"year)s|(?P<fortnight>fortnight))\b|"
                     # ("every" says how often whatever follows: "every year in May", "every day since")
                     r"\bevery\s+(?P<every>hour|day|week|month|year)\b(?![-\w'’])|"
                     r"\b(?=[ape])(?<!\bfor )(?:a|an|per|each|every)\s+(?P<unit>hour|day|week|month|year)\b"
                     r"(?![-\w]|\s+(?:ago|later|after|before|earlier|since|from|or|and|of|in|old|long|behind|ahead|"
                     r"into|to|until|when|that|which|the|with|at|on|as|a|an|per|each|every)\b)|"
                     # (right after an amount, whatever follows: "$50 a year to the average bill")
                     r"\b(?=[ap])(?<=\d )(?:a|an|per)\s+(?P<rate>hour|day|week|month|year)\b(?![-\w])"),
    "es": re.compile(r"\b(?=[dsmati])(?<!\bel )(?<!\bun )(?<!\bdel )(?<!\bal )(?<!\bsu )(?<!\bese )(?<!\beste )"
                     r"(?P<word>diari[oa]s?|diariamente|semanal(?:es|mente)?|mensual(?:es|mente)?|"
                     r"anual(?:es|mente)?|trimestral(?:es|mente)?|interanual(?:es)?|intermensual(?:es)?|"
                     r"intertrimestral(?:es)?)\b|"
                     r"\b(?:al|por|cada|a\s+la|todos\s+los|todas\s+las)\s+"
                     r"(?P<unit>hora|día|días|semanas?|mes|meses|año|años)\b"
                     r"(?![-\w]|\s+(?:siguiente|de|del|en|que|con|pasado|próximo|anterior)\b)|\ba\s+(?P<alone>diario)\b|"
                     # ("cada" says how often whatever follows: "cada semana en el Ayuntamiento")
                     r"\bcada\s+(?P<each>hora|día|semana|mes|año)\b(?![-\w]|\s+(?:siguiente|pasado|próximo)\b)|"
                     r"\b(?P<fortnightly>quincenal(?:es|mente)?|bimestral(?:es)?)\b|"
                     r"\bcada\s+(?:(?:dos|2)\s+(?P<others>días|semanas|meses|años)|(?P<fortnight>quince\s+días))\b"),
}
# a weekday every week or every other week ("every other Tuesday" / "todos los martes"; a weekday in the plural,
# "on Saturdays" / "los sábados", is every one of them: "opens daily" / "abre los sábados"), read only in a sentence
# that names a weekday
_WEEKDAY_FREQUENCY = {
    "en": re.compile(rf"\bevery\s+(?:other\s+(?P<other_weekday>(?i:{_WEEKDAYS_EN}))|"
                     rf"(?P<each_weekday>(?i:{_WEEKDAYS_EN})))\b|"
                     r"\b(?P<plural_weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b(?!['’])"),
    "es": re.compile(rf"\b(?:cada\s+(?:dos|2)\s+(?P<other_weekday>{_WEEKDAYS_ES})|"
                     rf"(?P<other_weekday_after>{_WEEKDAYS_ES})\s+(?:de\s+)?por\s+medio|"
                     rf"(?:todos\s+los|cada)\s+(?P<each_weekday>{_WEEKDAYS_ES})|"
                     # ("los martes 3 y 10": two dates)
                     r"los\s+(?P<plural_weekday>lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)"
                     r"(?!\s+\d))\b", re.IGNORECASE),
}
# Whom or what a price or a fine is counted by ("$40 per child" / "40 dólares por familia"): each group of words is
# one unit, compared like a weekday where both sides of a pair name one. English "a"/"an" says a rate only right after
# an amount ("$10 a person"); Spanish "por" only with no article after it ("por persona", not "por la familia").
RATE_UNITS = {
    "person": ("person people individual head participant attendee customer resident guest",
               "persona personas individuo cabeza participante asistente cliente residente invitado"),
    "child": ("child kid", "niño niña menor hijo"),
    "student": ("student pupil", "estudiante alumno alumna"),
    "family": ("family household home house", "familia hogar casa vivienda"),
    "adult": ("adult", "adulto adulta"),
    "couple": ("couple", "pareja"),
    "vehicle": ("vehicle car", "vehículo auto carro coche"),
    "ticket": ("ticket", "boleto entrada"),
    "pet": ("dog pet", "perro mascota"),
    "violation": ("violation offense", "infracción violación"),
    # a fuel's price by its measure ("20 cents a gallon" / "20 centavos por litro": a gallon is 3.8 litres)
    "gallon": ("gallon", "galón"),
    "litre": ("liter litre", "litro"),
}
_RATE_UNIT_VALUE = {lang: {word: float(value) for value, words in enumerate(RATE_UNITS.values())
                           for word in words[index].split()} for index, lang in enumerate(("en", "es"))}
_RATE_UNIT = {
    "en": re.compile(rf"\bper\s+(?P<unit>{'|'.join(_RATE_UNIT_VALUE['en'])})\b(?!-)"
                     rf"|(?:(?<=\d )|(?<=\bcents )|(?<=\bdollars ))an?\s+"
                     rf"(?P<after_amount>{'|'.join(_RATE_UNIT_VALUE['en'])})\b(?![-\w])",
                     re.IGNORECASE),
    "es": re.compile(rf"\bpor\s+(?P<unit>{'|'.join(_RATE_UNIT_VALUE['es'])})\b(?![-\w]|\s+de\b)", re.IGNORECASE),
}
_RATE_UNIT_CUES = {"en": ("per ", "cents a", "dollars a", *(f"{digit} a" for digit in range(10))), "es": ("por ",)}
_SEASON_OR_WEEK_PART = {
    "en": re.compile(r"\b(?:(?i:this|last|next|the|early|late|in|of|every|since|by|until|during)\s+"
                     r"(?P<after>fall|spring)(?!-)|"
                     r"(?P<year>fall|spring)(?=\s+(?:19|20)\d\d\b)|(?P<period>summer|autumn|winter|springtime|"
                     r"weekdays?|weeknights?|weekends?|week-ends?))\b(?!\s+(?:of|water|break)\b)"),
    "es": re.compile(r"\b(?P<period>primavera|verano|otoño|invierno|entre semana|días (?:laborables|hábiles|de semana)|"
                     r"fin(?:es)? de semana)\b(?!\s+(?:árabe|de praga)\b)"),
}

SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "milliard": 1e9, "milliards": 1e9},
    "es": {"mil millones": 1e9, "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6,
           "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billon": 1e12, "billones": 1e12,
           "trillón": 1e18, "trillon": 1e18, "trillones": 1e18},  # (an English "trillion" is a "billón")
}

# "Decimocuarta Enmienda" (the 14th Amendment), "vigésimo aniversario": ordinals above ten, in both genders (and the
# shortened "decimotercer" before a noun); "vigésimo primero" composes as "veintiuno" does
_ORDINAL_STEMS_ES = {"undécim": 11, "duodécim": 12, "decimoprimer": 11, "decimosegund": 12, "decimotercer": 13,
                     "decimocuart": 14, "decimoquint": 15, "decimosext": 16, "decimoséptim": 17, "decimoctav": 18,
                     "decimonoven": 19, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50,
                     "sexagésim": 60, "septuagésim": 70, "octogésim": 80, "nonagésim": 90}
SPANISH_ORDINALS_ABOVE_TEN = {stem + ending: value for stem, value in _ORDINAL_STEMS_ES.items()
                              for ending in ("o", "a") + (("",) if stem.endswith("er") else ())}
SPANISH_ORDINALS_ABOVE_TEN.update({"decimotercero": 13, "decimotercera": 13, "decimoprimero": 11,
                                   "decimoprimera": 11})

UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "half": 0.5,
    "twice": 2, "thrice": 3,  # "twice a day" = "dos veces al día"
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}
UNITS_ES = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
    "tercer": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
    "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
    "décima": 10, "medio": 0.5, "media": 0.5,
    **SPANISH_ORDINALS_ABOVE_TEN,
    # decades and ages as Latin American Spanish writes them ("en sus veintes", "los noventas")
    "veintes": 20, "treintas": 30, "cuarentas": 40, "cincuentas": 50, "sesentas": 60, "setentas": 70,
    "ochentas": 80, "noventas": 90,
}
HUNDREDS_ES = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900,
}
WORD_SCALES = {
    "en": {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12},
    "es": {"mil": 1e3, "millón": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
           "billón": 1e12, "billones": 1e12, "trillón": 1e18, "trillones": 1e18},
}
CONNECTORS = {"en": {"and", "-"}, "es": {"y"}}
# "42,000 euros million": a currency word between a number and its scale (English written by Spanish desks)
CURRENCY_WORDS = r"(?:euros?|dollars?|pounds?)"
# Words that stand for a number on their own ("a decade", "el trienio"); soft mentions, like number words.
NUMBER_NOUNS = {
    "en": {"dozen": 12, "dozens": 12, "decade": 10, "decades": 10, "thousandth": 1000, "hundredth": 100},
    "es": {"docena": 12, "docenas": 12, "década": 10, "décadas": 10, "decenio": 10, "decenios": 10, "bienio": 2,
           "trienio": 3, "quinquenio": 5, "centenar": 100, "centenares": 100, "millar": 1000, "millares": 1000,
           "milésimo": 1000, "milésima": 1000, "centésimo": 100, "centésima": 100,
           # about twenty, thirty ("una veintena de heridos"; not "una decena", about ten, which English says "a
           # dozen" as often: the dev corpus, from the French "une dizaine")
           "veintena": 20, "veintenas": 20, "treintena": 30},
}
# Number words that do not count things: ordinals and fractions ("the second", "la mitad", "media hora").
NOT_COUNTS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    "half", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    *SPANISH_ORDINALS_ABOVE_TEN,
    "primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera", "tercer", "cuarto", "cuarta",
    "quinto", "quinta", "sexto", "sexta", "séptimo", "séptima", "octavo", "octava", "noveno", "novena", "décimo",
    "décima", "medio", "media", "veintes", "treintas", "cuarentas", "cincuentas", "sesentas", "setentas",
    "ochentas", "noventas",
})
# The nouns after which "cuarto"/"cuarta" is "fourth" ("por cuarto mes consecutivo", "la cuarta vez"); before
# others it is as often a room or a quarter ("un cuarto de hora", "la cuarta parte", "el cuarto de baño").
_ORDINAL_QUARTER = re.compile(
    r"\s+(?:vez|mes|año|día|semana|trimestre|lugar|puesto|partido|juego|ronda|grado|piso|intento|mandato|periodo"
    r"|período|temporada|consecutiv[oa]|hij[oa]|caso|edición|aniversario|distrito|circuito|enmienda|muert[eo]"
    r"|víctima|incendio|tiroteo|accidente|homicidio|asesinato|robo|derrota|victoria|triunfo)\b", re.IGNORECASE)
# (and a street's: "la calle Cuarta", "Fourth Street")
_STREET_BEFORE = re.compile(r"\b(?:calle|avenida|av\.)\s+$", re.IGNORECASE)
ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    "primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera", "tercer",
    "quinto", "quinta", "sexto", "sexta", "séptimo", "séptima", "octavo", "octava", "noveno", "novena", "décimo",
    "décima", *SPANISH_ORDINALS_ABOVE_TEN,
})
# The units a half may follow ("dos horas y media", "two hours and a half": ``_HALF_AFTER_UNIT``).
_HALF_UNITS_EN = (r"hours|minutes|seconds|days|weeks|months|years|decades|centuries|miles|feet|inches|pounds|tons|"
                  r"gallons|liters|litres|kilometers|kilometres|meters|metres|kilos|kilograms|dollars|blocks|laps|"
                  r"innings|games|seasons")
_HALF_UNITS_ES = (r"horas|minutos|segundos|d[ií]as|semanas|meses|años|d[ée]cadas|siglos|millas|pies|pulgadas|libras|"
                  r"toneladas|galones|litros|kil[oó]metros|metros|kilos|kilogramos|d[oó]lares|pesos|cuadras|manzanas|"
                  r"vueltas|entradas|partidos|temporadas")
# The time of day in words, where the counts are not what they look ("ten to six" = "cinco menos diez"; "las tres y
# media", not "tres horas y media").
CLOCK_IN_WORDS = {
    "en": re.compile(r"\b(?:quarter|half|five|ten|twenty|twenty-five)\s+(?:past|to)\s+"
                     r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bo'clock\b",
                     re.IGNORECASE),
    "es": re.compile(r"\bmenos\s+(?:cuarto|cinco|diez|veinte|veinticinco)\b"
                     rf"|\b(?!(?:{_HALF_UNITS_ES})\s)\w+\s+y\s+(?:cuarto|media)\b"
                     r"|\ba\s+las?\s+(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b",
                     re.IGNORECASE),
}
COUNT_VALUES = {**UNITS_EN, **UNITS_ES, **HUNDREDS_ES}  # the words a number adds up ("ciento dos")
SCALE_WORDS = frozenset(word for scales in WORD_SCALES.values() for word in scales)  # and those it multiplies by
NUMBER_NOUN_WORDS = frozenset(word for nouns in NUMBER_NOUNS.values() for word in nouns)
# Numbers that point into the document rather than state a quantity: "Fig. 2", "Table 4", "p. 109", "cuadro 5".
REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:fig(?:ure)?s?|tables?|tablas?|figuras?|cuadros?|gr[aá]fic[oa]s?|charts?|graphs?)\.?"
    r"|\b(?:p|pp|ref|refs|n|no|núm|num)\.|nº)[\s\u200b(]*(?:\d+(?:[-–,\s\u200b]|\by\b|\ba\b)+)*$",
    re.IGNORECASE,
)
# Units glued to a number ("35mm", "140mph", "600Mbit/s"): the number is still a quantity.
GLUED_UNITS = r"(?P<unit>km/h|kmh|mph|km2|m2|km|cm|mm|kg|mg|ml|ft|mi|lbs?|gb|mb|kb|mbit/s|mbps|x)"
# Imperial units and the metric unit a translation converts them to, with the factor (approximate match), or
# the factors of the units it may be ("ounces": weight or volume; "2 feet" in metres or "60 centímetros").
IMPERIAL_UNITS = (
    (re.compile(r"^\s?(?:miles?|mi)\b", re.IGNORECASE), (1.609344, 1609.344)),  # km, or m ("half a mile")
    (re.compile(r"^\s?(?:mph|miles per hour)\b", re.IGNORECASE), 1.609344),
    (re.compile(r"^\s?(?:feet|foot|ft)\b", re.IGNORECASE), (0.3048, 30.48)),  # m, or cm
    (re.compile(r"^\s?(?:inches|inch|in\.)", re.IGNORECASE), (2.54, 25.4)),  # cm, or mm
    # ("pounds" may be money in British copy: a converted value only adds a way to match, never a finding)
    (re.compile(r"^\s?(?:lbs?|pounds?)\b", re.IGNORECASE), (0.45359237, 453.59237)),  # kg, or g
    (re.compile(r"^\s?(?:acres?)\b", re.IGNORECASE), 0.4046856),
    (re.compile(r"^\s?(?:square[\s-](?:feet|foot)|sq\.?\s?ft\b)", re.IGNORECASE), 0.09290304),  # to m²
    (re.compile(r"^\s?(?:square[\s-]miles?|sq\.?\s?mi\b)", re.IGNORECASE), 2.58998811),  # to km²
    (re.compile(r"^\s?(?:gallons?|gal\b)", re.IGNORECASE), 3.785411784),  # to litres
    (re.compile(r"^\s?(?:barrels?)\b", re.IGNORECASE), 158.987294928),  # of oil, 42 gallons: to litres
    (re.compile(r"^\s?(?:ounces?|oz\b)", re.IGNORECASE), (28.349523125, 29.5735295625)),  # grams, or millilitres
    (re.compile(r"^\s?(?:yards?|yds?\b)", re.IGNORECASE), 0.9144),  # to metres
    # (a US short ton, in metric tons: "5,000 tons" / "4.500 toneladas"; not in kilos, which would match a metric
    # ton's thousand: "1.2 tons" / "1.200 toneladas")
    (re.compile(r"^\s?(?:tons?)\b", re.IGNORECASE), 0.90718474),
    # not a US unit, but converted the same way: "25 basis points" = "0,25 puntos porcentuales"
    (re.compile(r"^\s?(?:basis[\s-]points?|bps|puntos\s+b[aá]sicos)\b", re.IGNORECASE), 0.01),
)
# The same units in Spanish, which a Spanish edition may keep while it adds the metric value ("120 millas por hora
# (193 km/h)"): read only to see that added value (``_drop_unit_conversions``), not to match the other side. A
# converted value of every Spanish quantity would match numbers nearby by chance ("20 pies", about 6 metres, and
# "6 inches" in the sentence before). The square units come first: their words start with the plain ones'.
SPANISH_IMPERIAL_UNITS = (
    (re.compile(r"^\s?pies\s+cuadrados\b", re.IGNORECASE), 0.09290304),
    (re.compile(r"^\s?millas\s+cuadradas\b", re.IGNORECASE), 2.58998811),
    (re.compile(r"^\s?millas?\b", re.IGNORECASE), 1.609344),
    (re.compile(r"^\s?pies?\b", re.IGNORECASE), 0.3048),
    (re.compile(r"^\s?pulgadas?\b", re.IGNORECASE), 2.54),
    (re.compile(r"^\s?libras?\b", re.IGNORECASE), 0.45359237),
    (re.compile(r"^\s?acres?\b", re.IGNORECASE), 0.4046856),
    (re.compile(r"^\s?(?:galones|gal[oó]n)\b", re.IGNORECASE), 3.785411784),
    (re.compile(r"^\s?barril(?:es)?\b", re.IGNORECASE), 158.987294928),
    (re.compile(r"^\s?onzas?\b", re.IGNORECASE), (28.349523125, 29.5735295625)),
    (re.compile(r"^\s?yardas?\b", re.IGNORECASE), 0.9144),
)
# Fahrenheit, converted to Celsius: "100 degrees Fahrenheit", "100°F", "95 grados Fahrenheit", and "a 100-degree
# day", "95 degrees", "95°" unless said to be Celsius: US copy gives temperatures in Fahrenheit without saying so.
# (A converted value only adds a way to match: "a 90-degree turn" still matches "un giro de 90 grados".)
FAHRENHEIT = re.compile(r"^(?:\s?[°º](?!\s?C\b)|\s?degrees?\b(?! (?:Celsius|centigrade|C\b))"
                        r"|\s?grados? (?:Fahrenheit|F\b)|-degrees?\b)", re.IGNORECASE)
# the first letters of those units, as re.IGNORECASE matches them (İ and ı match "i"), and Fahrenheit's
IMPERIAL_FIRST_LETTERS = "mfilpabsgoytMFILPABSGOYT\u0130\u0131\u017f"
FAHRENHEIT_FIRST_LETTERS = "°º-dDgG"
CONVERSION_TOLERANCE = 0.03  # a converted value may be rounded by this share
MEASURE_SAME_TOLERANCE = 0.1  # two units of one dimension: "40 tons" (a short ton is 907 kg) / "40.000 kilos"
# The rest of a range after its first number ("2 to 4 inches", "2-4 inches", "3 or 4 miles"): the unit after the
# range is the first number's unit too. A range goes on with a space or a dash.
_RANGE_REST = re.compile(r"\s*(?:to|-|–|or|and|a|y|o|al)\s*\d[\d.,]*(?=\s|[^\w.,]|$)")
_RANGE_FIRST_CHARACTERS = " -–\u00a0"
# The scale word after a range's last number, which its first number shares: "entre 50 y 100 mil euros" is 50,000
# to 100,000, "5 to 10 million" is 5 million to 10 million
_SCALE_AFTER = {lang: re.compile(r"\s*(" + "|".join(sorted(map(re.escape, scales), key=len, reverse=True)) + r")\b",
                                 re.IGNORECASE)
                for lang, scales in SCALES.items()}
TEXT_MEMO_SIZE = 1 << 14  # sentences whose mentions are memoised: both versions of a long article, and more
# Words after a four-digit number that make it a 24-hour clock time: "at 1200 GMT", "from 1000 to 2030 hours"
CLOCK_AFTER = re.compile(r"^(?:\s*(?:to|-|–|a|y)\s*\d{4})?\s*(?:GMT|UTC|hours|hrs|horas|h)\b", re.IGNORECASE)


# --- cues: cheap exact tests that a pattern cannot match -----------------------------------
#
# Each cue is a necessary part of every match of its pattern, searched in the lowered text
# (``lowered_view``): no cue, no match, so the pattern is not run. The results cannot change;
# most sentences skip most patterns. tests/test_rule_numbers.py checks every cue against
# its pattern on the corpus sentences.

# Characters that re.IGNORECASE matches to a letter although ``str.lower`` does not lower them
# to it: the dotted and dotless i (İ, ı) and the long s (ſ). Found by comparing both over all
# of Unicode (tests/test_rule_numbers.py repeats it), for the letters of the patterns.
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")
# per time pattern, in order: what joins its digits to its words ("10 a.m.", "10:30", "10 de la noche", "10 h")
TIME_CUES = {
    "en": (r"\d\s?[ap]", ":"),
    "es": (r"mañana|tarde|noche|madrugada", r"\d\s?[ap]\.", r"\d\s*h", ":"),
}
# the word of a document reference ("Fig.", "Table", "p.", "núm.", "nº"): REFERENCE_BEFORE needs one
REFERENCE_CUE = re.compile(r"fig|tabl|cuadro|gr[aá]fic|chart|graph|p\.|ref|n\.|no\.|n[uú]m\.|nº")


def lowered_view(text: str) -> str | None:
    """``text.lower()``, where it is a faithful case-insensitive view of ``text``, else None.

    Faithful: as long as ``text`` (``str.lower`` keeps every other character one character,
    and a word character, space or digit stays one), and a character matches a letter of
    the patterns under re.IGNORECASE exactly when its lower case is that letter, as long
    as ``text`` holds none of ``_CASE_EXCEPTIONS``. A case-sensitive lower-case pattern
    then finds in it what the case-insensitive one finds in ``text``, at the same offsets.
    """
    return None if _CASE_EXCEPTIONS.search(text) else text.lower()


def _may_match(cue: re.Pattern, lowered: str | None) -> bool:
    """False only when ``lowered`` lacks ``cue``, so that the pattern it belongs to cannot match."""
    return lowered is None or cue.search(lowered) is not None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _first_letter_lookahead(words) -> str:
    """A look-ahead for the first letters of ``words``, to put before their alternation.

    It cannot change a match (every word starts with one of those letters); it lets the
    engine pass over other words without trying each alternative, as a case-insensitive
    alternation cannot.
    """
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


# --- patterns -------------------------------------------------------------------------

_SPACE = f"[{SPACES}]"
DIGIT = re.compile(r"\d")
WORD_LETTERS = re.compile(r"[^\W\d_]+")
ROMAN_NUMERAL = re.compile(r"\b[IVXLCDM]+\b")
CODE_BEFORE = re.compile(r"([A-Za-z]+)(?:-|[+\u2212]\s?)$")
CODE_WINDOW = 32
ANY_SPACE = re.compile(f"[{SPACES}]")
SPACE_RUN = re.compile(r"\s+")
GROUPING = re.compile(r"[ .,]")
CLOCK_NUMERAL = re.compile(r"(\d{1,2})[.,:](\d{2})")
# a unit of measure after a numeral: no clock time ("1,50 metros")
MEASURE_AFTER = re.compile(r"\s?(?:metros?|metres?|meters?|m|cm|km|kil[oó]metros?|kilometres?|kilometers?|kilos?|"
                           r"kilogramos?|kg|gramos?|grams?|libras?|pounds?|lbs?|millas?|miles?|pies|feet|ft|"
                           r"pulgadas?|inches|grados?|degrees|litros?|litres?|liters?|toneladas?|tons?|%|"
                           r"por\s+ciento|percent|d[oó]lares|dollars|euros|pesos)\b", re.IGNORECASE)
FOUR_DIGITS = re.compile(r"\d{4}")
HOURS_MINUTES = re.compile(r"(\d{2})(\d{2})")
# a number: grouped thousands (comma, period or space) with optional decimals, or plain digits
_NUMBER = rf"\d{{1,3}}(?:(?:[.,]|{_SPACE})\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# not glued to a word or to another number (codes like COVID-19 are filtered in extract_numbers)
_NUMBER_START = r"(?<![\w.,:])"
_NUMBER_END = r"(?![\w]|[.,]\d)"

_PATTERNS: dict[str, dict[str, re.Pattern]] = {}


def _patterns(lang: str) -> dict[str, re.Pattern]:
    if lang in _PATTERNS:
        return _PATTERNS[lang]
    if lang == "es":
        month = rf"(?P<month>{_alternation(MONTHS_ES)})\.?"
    else:  # capitalised only, so that the verb "may" is not a month
        month = _capitalised_months(MONTHS_EN) + r"\.?"
    day = r"(?P<day>\d{1,2})"
    if lang == "es":
        dates = [
            rf"(?=\d)(?<!\d){day}(?:\.?[ºo°])?\s+(?:de\s+)?{month}\b",
            rf"\b{_first_letter_lookahead(MONTHS_ES)}{month}\s+{day}\b(?![.,]?\d)",
        ]
        times = [
            r"(?<![\d.,])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s+de\s+la\s+(?P<period>mañana|tarde|noche|madrugada)\b",
            # "7 p. m." (the RAE's spelling) and "7 p.m.", as US Spanish-language newsrooms write it
            r"(?<![\d.,])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?(?P<period>a\.\s?m\.?|p\.\s?m\.?)",
            r"(?<![\d.,])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:h\b|hs\b|horas\b|hrs\b)",
            r"(?<![\d.,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)",
        ]
        percent = r"\s?(?:%|por\s+ciento\b|porciento\b)"
        ordinal = r"(?:\.?[ºª°]|\.?(?:er|ra|do|da|to|ta|vo|va|no|na|mo|ma)\b)"
    else:
        dates = [
            rf"(?<![\w]){month}\s+{day}(?:st|nd|rd|th)?\b(?![.,]?\d)",
            rf"(?=\d)(?<!\d){day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?![a-z])",
        ]
        times = [
            r"(?<![\d.,])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?(?P<period>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)",
            r"(?<![\d.,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)",
        ]
        percent = r"\s?(?:%|percent\b|per\s+cent\b)"
        ordinal = r"(?:st|nd|rd|th)\b"
    glued = r"(?P<glued>m|bn?|tn|k)\b"  # £3m, $1.2bn, $1.5B, 9,8M$
    scales = _alternation(SCALES[lang])
    number = (  # the look-ahead changes no match (each starts so); it lets the engine pass other characters by
        rf"(?=[$€£¥\d])(?P<currency>[$€£¥]\s?)?{_NUMBER_START}(?P<number>{_NUMBER})"
        rf"(?:(?P<decade>'?s)\b|(?P<ordinal>{ordinal})|{glued}|{GLUED_UNITS}(?![\w])|{_NUMBER_END})"
        # (a scale after a hyphen too, as a compound adjective writes it: "the 150-million-crown campaign")
        rf"(?:(?P<percent>{percent})|\+?(?:{_SPACE}|-)?(?:{CURRENCY_WORDS}\s+)?(?P<scale>{scales})\b)?"
    )
    word_units = UNITS_ES | HUNDREDS_ES if lang == "es" else UNITS_EN
    number_words = list(word_units) + list(WORD_SCALES[lang])
    words = _alternation(number_words)
    connector = r"(?:\s+y\s+|\s+)" if lang == "es" else r"(?:\s+and\s+(?:a\s+)?|[\s-]+)"  # ("and a half")
    word_number = rf"\b{_first_letter_lookahead(number_words)}(?:{words})(?:{connector}(?:{words}))*\b(?:{percent})?"
    # "(?=\d)": a time (and a date that opens with its day) starts with a digit; the look-ahead changes no
    # match, and lets the engine pass the other characters by at once
    compiled = {
        "date": [re.compile(p, re.IGNORECASE if lang == "es" else 0) for p in dates],
        "time": [re.compile(r"(?=\d)" + p, re.IGNORECASE) for p in times],
        "number": [re.compile(number, re.IGNORECASE)],
        "word": [re.compile(word_number, re.IGNORECASE)],
        "words_lowered": [_words_pass(lang, connector, percent)],
        # cues: what the lowered text must hold for a pattern to match (see ``_may_match``)
        # a date names a month: in English capitalised, as the date patterns want it (searched in the text
        # itself); in Spanish as a whole word (``\b`` before and after, in the lowered text)
        "date_cue": [re.compile(_capitalised_months(MONTHS_EN) if lang == "en" else rf"\b(?:{_alternation(MONTHS_ES)})\b")],
        "time_cue": [re.compile(cue) for cue in TIME_CUES[lang]],
    }
    _PATTERNS[lang] = compiled
    return compiled


def _words_pass(lang: str, connector: str, percent: str) -> re.Pattern:
    """One pass over the lowered text (``lowered_view``) for number words, number nouns and ``ROMAN_CONTEXT``'s words.

    Group ``chain`` finds what the number-word pattern finds, ``noun`` what ``_number_nouns``
    finds, ``roman`` a word that may stand before a Roman numeral. Each of the three starts
    with a whole word of its own list (the lists share no word) and holds no word of the
    others, so their matches never overlap and one pass finds what three would. Case-sensitive
    on lower-case text, and its word lists grouped by first letter, it runs several times
    faster than the case-insensitive alternations of the number-word pattern.
    """
    word_units = UNITS_ES | HUNDREDS_ES if lang == "es" else UNITS_EN
    number_words = list(word_units) + list(WORD_SCALES[lang])
    words = _grouped_alternation(number_words)
    first_letters = _first_letter_lookahead(number_words + list(NUMBER_NOUNS[lang]) + list(ROMAN_WORDS))
    return re.compile(rf"\b{first_letters}(?:(?P<chain>(?:{words})(?:{connector}(?:{words}))*\b(?:{percent})?)"
                      rf"|(?P<noun>(?:{_grouped_alternation(NUMBER_NOUNS[lang])})\b)"
                      rf"|(?P<roman>(?:{_grouped_alternation(ROMAN_WORDS)})\b))")


def _grouped_alternation(words) -> str:
    """An alternation of lower-case ``words`` grouped by first letter: "o(?:ne|nce)|t(?:wo|en)".

    Matches what ``_alternation`` matches wherever a match must end a word (as in
    ``_words_pass``); the engine tries one group per word of the text instead of every word.
    """
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(letter)}(?:{_alternation(rests)})" for letter, rests in sorted(by_letter.items()))


def _capitalised_months(months: dict[str, int]) -> str:
    names = sorted({name.capitalize() for name in months} | {name.upper() for name in months if len(name) > 3},
                   key=len, reverse=True)
    return "(?P<month>" + "|".join(names) + ")"


# Dates said by name rather than written as dates: US "9/11", Spanish "11-S" or "11-M" (a day and its month's
# initial: M is March or May, A April or August, J June or July), "the Fourth of July" / "July Fourth", "primero de
# mayo". Each is a date mention, so "9/11" matches "11-S" and "el 11 de septiembre", and "the Fourth of July"
# matches "el 4 de julio".
_MONTH_INITIALS = {"E": (1,), "F": (2,), "M": (3, 5), "A": (4, 8), "J": (6, 7), "S": (9,), "O": (10,), "N": (11,),
                   "D": (12,)}
_ORDINAL_DAYS_EN = {word: value for word, value in UNITS_EN.items()
                    if word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                "tenth", "eleventh", "twelfth", "twentieth")}
_NAMED_DATES = {
    "en": re.compile(
        r"(?<![\w/])(?P<nine_eleven>9/11)(?![\w/])"
        rf"|\b(?P<ordinal>(?i:{'|'.join(_ORDINAL_DAYS_EN)}))\s+of\s+{_capitalised_months(MONTHS_EN)}\b"
        rf"|{_capitalised_months(MONTHS_EN).replace('?P<month>', '?P<month_first>')}\s+"
        rf"(?P<ordinal_after>{'|'.join(word.capitalize() for word in _ORDINAL_DAYS_EN)})\b"),
    "es": re.compile(
        r"(?<![\w/])(?P<nine_eleven>9/11)(?![\w/])"  # the attacks, as US Spanish-language copy also names them
        r"|(?<![\w-])(?P<day>\d{1,2})-(?P<initial>(?-i:[EFMAJSOND]))(?![\w-])"
        rf"|\b(?:primero|primer)\s+de\s+(?P<month>{_alternation(MONTHS_ES)})\b", re.IGNORECASE),
}
# A date in digits with its year ("12/3/2026", "12-3-26"). Without a year, digits around a slash are a fraction, a
# score or "9/11"; a year first ("2026-12-03") is one order in both languages.
NUMERIC_DATE = re.compile(r"(?<![\d/.,-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.,-]\d)")


def _numeric_date_readings(text: str, lang: str) -> list[tuple[int, int, frozenset]]:
    """The day and month of each date in digits with a year: (start, end of the two, the (month, day) they may be).
    Spanish writes the day first; English the month first in the US, the day first in British copy, so an English
    date is either that is a date ("12/3" is December 3 or 12 March; "25/12" only Christmas). The year stays a number
    of its own. A Spanish date that is none read day first ("12/15/2026", kept in the US order) is read as the
    US date, whose order ``quantities`` reports."""
    if "/" not in text and "-" not in text:  # (most sentences)
        return []
    readings = []
    for match in NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        orders = [(second, first)] if lang == "es" else [(first, second), (second, first)]
        exact = frozenset((month, day) for month, day in orders if 1 <= month <= 12 and 1 <= day <= 31)
        if not exact and lang == "es" and 1 <= first <= 12 and 1 <= second <= 31:
            exact = frozenset({(first, second)})  # "12/15/2026": the US date, whose order ``quantities`` reports
        if exact:
            readings.append((match.start(), match.end(3), exact))
    return readings


# Noon and midnight in words, times like "12:00 horas" or "12 p.m.": soft mentions (words), which match a time of
# the other side and are never reported for want of one
NOON = {"en": {"noon", "midday"}, "es": {"mediodía", "mediodia"}}
MIDNIGHT = {"en": {"midnight"}, "es": {"medianoche"}}
_NOON_OR_MIDNIGHT = {lang: re.compile(rf"\b(?:{'|'.join(sorted(NOON[lang] | MIDNIGHT[lang]))})\b", re.IGNORECASE)
                     for lang in ("en", "es")}


def _may_name_noon_or_midnight(text: str) -> bool:
    lowered = text.lower()
    return "noche" in lowered or "night" in lowered or "noon" in lowered or "midday" in lowered or "mediod" in lowered


_DAY_AND_INITIAL = re.compile(r"\d-[EFMAJSOND]")


def _may_name_a_date(text: str, lang: str) -> bool:
    """Whether ``text`` holds what every named date holds (substring tests, much cheaper than the pattern): most
    sentences do not, and ``_NAMED_DATES`` is not run on them."""
    if lang == "en":
        if "9/11" in text:
            return True
        lowered = text.lower()
        return any(word in lowered for word in _ORDINAL_DAYS_EN)
    return ("primer" in text.lower() or ("-" in text and _DAY_AND_INITIAL.search(text) is not None)
            or "9/11" in text)


def _named_dates(text: str, lang: str) -> list[tuple[int, int, frozenset]]:
    """The dates ``text`` says by name (``_NAMED_DATES``): (start, end, the (month, day) it may be)."""
    if not _may_name_a_date(text, lang):
        return []
    found = []
    for match in _NAMED_DATES[lang].finditer(text):
        groups = match.groupdict()
        if groups.get("nine_eleven"):
            exact = {(9, 11)}
        elif groups.get("initial"):
            if not 1 <= int(match.group("day")) <= 31:
                continue
            exact = {(month, int(match.group("day"))) for month in _MONTH_INITIALS[match.group("initial")]}
        elif lang == "es":
            exact = {(MONTHS_ES[match.group("month").lower()], 1)}
        elif groups.get("ordinal"):
            exact = {(MONTHS_EN[match.group("month").lower().rstrip(".")],
                      _ORDINAL_DAYS_EN[match.group("ordinal").lower()])}
        else:
            exact = {(MONTHS_EN[match.group("month_first").lower().rstrip(".")],
                      _ORDINAL_DAYS_EN[match.group("ordinal_after").lower()])}
        found.append((match.start(), match.end(), frozenset(exact)))
    return found


# --- mentions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A number found in a sentence: where it is, what it is worth, how it was written.

    ``values`` are the numbers it may stand for (usually one; a time without a.m./p.m.
    also stands for the hour twelve hours later). ``exact`` refines the comparison
    between two mentions of the same ``kind``: (month, day) for dates, minutes after
    midnight for times. ``strong`` is True when written with digits.
    """

    text: str
    start: int  # offsets into the segment text
    end: int
    kind: str  # number | percent | date | time | ordinal | decade | word | fraction (in words) | relative time
    values: frozenset[float]
    strong: bool
    segment: int = 0
    exact: frozenset = field(default_factory=frozenset)
    converted: frozenset = field(default_factory=frozenset)  # imperial quantities in metric (approximate)
    ordinal: bool = False  # a word that is an ordinal only where it stands ("el cuarto mes", not "un cuarto")
    # a Spanish number said in a US unit ("15 pies"): the same number as the English one's, never its conversion
    imperial: bool = False


def parse_number(token: str, lang: str) -> set[float]:
    """The values of a numeral written in ``lang``'s convention (see the module doc).

    >>> sorted(parse_number("300.000", "es")), sorted(parse_number("1.200", "en"))
    ([300000.0], [1.2])
    """
    token = ANY_SPACE.sub(" ", token)
    if " " in token:
        return {float(GROUPING.sub("", token))}
    separators = [char for char in token if char in ".,"]
    if not separators:
        return {float(token)}
    if len(set(separators)) == 2:  # 1,234.5 or 1.234,5: the last separator is the decimal point
        decimal = separators[-1]
        thousands = "," if decimal == "." else "."
        return {float(token.replace(thousands, "").replace(decimal, "."))}
    separator = separators[0]
    groups = token.split(separator)
    if len(groups) > 2:  # 1,000,000: only thousands separators repeat (13.289.40: a slip, the last is decimal)
        if len(groups[-1]) == 3:
            return {float("".join(groups))}
        return {float("".join(groups[:-1]) + "." + groups[-1])}
    as_decimal = float(groups[0] + "." + groups[1])
    as_thousands = float(groups[0] + groups[1])
    if len(groups[1]) != 3:
        return {as_decimal}
    native_thousands = "." if lang == "es" else ","
    if separator == native_thousands:
        return {as_thousands}
    # 1.200 in English, 3,100 in Spanish: a decimal by the side's convention, but writers
    # mix conventions (Mexican and US Spanish group with commas; "2.000 lawyers" in English
    # translated from Spanish), so the other reading is accepted as an alternative.
    return {as_decimal, as_thousands}


PERCENT_WORDS = {"percent": None, "cent": "per", "ciento": "por"}  # a word of "percent" and the word it follows


def without_percent_words(words: list[str]) -> list[str]:
    """``words`` without "percent", "per cent" and "por ciento": "ciento" alone is a hundred ("ciento dos")."""
    kept: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in PERCENT_WORDS and (PERCENT_WORDS[lowered] is None
                                         or (kept and kept[-1].lower() == PERCENT_WORDS[lowered])):
            if PERCENT_WORDS[lowered] is not None:
                kept.pop()
            continue
        kept.append(word)
    return kept


def _words_value(words: list[str], lang: str) -> float | None:
    """The value of a run of number words: "twenty five thousand", "dos mil millones", "ciento dos"."""
    units = UNITS_ES | HUNDREDS_ES if lang == "es" else UNITS_EN
    scales = WORD_SCALES[lang]
    total, group, last_scale, seen = 0.0, 0.0, 0.0, False
    for position, word in enumerate(words):
        word = word.lower()
        if word in ("and", "y", "-", ""):
            continue
        if word in ("un", "una") and position + 1 < len(words) and words[position + 1].lower() in units:
            continue  # an article before the number ("un noventa por ciento"), not one
        if word in units:
            value = units[word]
            if value == 0.5 and not group and last_scale >= 1000:  # "un millón y medio", "a million and a half"
                total += 0.5 * last_scale
            else:
                group = group + value if value < 100 or group == 0 else group + value
            seen = True
        elif word in scales:
            scale = scales[word]
            if scale == 100:
                group = (group or 1) * 100
            elif total and scale > last_scale:
                total = (total + group) * scale
                group = 0
            else:
                total += (group or 1) * scale
                group = 0
            last_scale = scale
            seen = True
    return total + group if seen else None


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in taken)


# A basketball shot named by its worth is a kind of shot, not a quantity: "four of his seven 3-point attempts" /
# "cuatro de sus siete triples", "eight three-pointers" / "ocho triples" (Spanish names it without a number), and
# "tiros de tres puntos". A lead or a score of three points is a quantity ("a 3-point lead"), not matched here.
_SHOT_WORDS = {
    "en": re.compile(r"(?<![\w.,])(?:2|3|two|three)-point(?:ers?\b|\s+(?:shots?|attempts?|baskets?|field\s+goals?|"
                     r"range|line|arc|plays?|shooters?|shooting|tries|try|percentage|jumpers?|goals?|makes)\b)",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:tiros?|intentos?|lanzamientos?|canastas?|cestas?|encestes?|l[ií]nea|rango|zona|"
                     r"porcentaje|tirador(?:as?|es)?|disparos?|anotaciones|aciertos?)\s+(?:\w+\s+)?de\s+"
                     r"(?P<worth>(?:2|3|dos|tres)\s+puntos)\b", re.IGNORECASE),
}
_SHOT_CUE = {"en": "-point", "es": "puntos"}


def shot_spans(text: str, lang: str, lowered: str | None) -> list[tuple[int, int]]:
    """Where ``text`` names a basketball shot by its worth (``_SHOT_WORDS``): spans no number is read in."""
    if _SHOT_CUE[lang] not in (lowered if lowered is not None else text.lower()):
        return []
    return [match.span("worth") if lang == "es" else match.span() for match in _SHOT_WORDS[lang].finditer(text)]


def extract_numbers(text: str, lang: str, segment: int = 0) -> list[Mention]:
    """Every number mention of ``text`` (a sentence in ``lang``), in text order."""
    lang = "es" if lang == "es" else "en"
    patterns = _patterns(lang)
    months = MONTHS_ES if lang == "es" else MONTHS_EN
    mentions: list[Mention] = []
    lowered = lowered_view(text)
    shots = shot_spans(text, lang, lowered)
    taken: list[tuple[int, int]] = list(shots)
    # (the digits of a web address, an e-mail address or a handle are contact-mismatch's: "eastside.gov/311")
    taken += [(start, end) for _, start, end in contacts(text, lang)] if "." in text or "@" in text else []

    def add(mention: Mention) -> None:
        mentions.append(mention)
        taken.append((mention.start, mention.end))

    # dates, times and numerals all hold a digit (``\d``, as their patterns say): most sentences have none
    digit = DIGIT.search(text)
    digit_patterns = digit is not None
    ounces_said = digit_patterns and holds_any(text, _OUNCE_CUES[lang])  # (``_POUNDS_AND_OUNCES``; nearly none)
    if lang == "en":
        dates = digit_patterns and patterns["date_cue"][0].search(text) is not None
    else:
        dates = digit_patterns and _may_match(patterns["date_cue"][0], lowered)
    for pattern in patterns["date"] if dates else ():
        for match in pattern.finditer(text):
            if _overlaps(taken, match.start(), match.end()):
                continue
            day = int(match.group("day"))
            month = months[match.group("month").lower().rstrip(".")]
            if not 1 <= day <= 31:
                continue
            add(Mention(match.group(0), match.start(), match.end(), "date", frozenset({float(day)}), True,
                        segment, frozenset({(month, day)})))
    for match in _NOON_OR_MIDNIGHT[lang].finditer(text) if _may_name_noon_or_midnight(text) else ():
        hour = 12 if match.group(0).lower() in NOON[lang] else 0
        add(Mention(match.group(0), match.start(), match.end(), "time",
                    frozenset({float(hour)} | ({24.0} if hour == 0 else set())), False, segment,
                    frozenset({hour * 60} | ({24 * 60} if hour == 0 else set()))))
    for start, end, exact in _named_dates(text, lang):
        if not _overlaps(taken, start, end):
            add(Mention(text[start:end], start, end, "date", frozenset(float(day) for _, day in exact), True,
                        segment, exact))
    for start, end, exact in _numeric_date_readings(text, lang) if digit_patterns else ():
        if not _overlaps(taken, start, end):
            add(Mention(text[start:end], start, end, "date", frozenset(float(day) for _, day in exact), True,
                        segment, exact))
    for pattern, cue in zip(patterns["time"], patterns["time_cue"]) if digit_patterns else ():
        if not _may_match(cue, lowered):
            continue
        for match in pattern.finditer(text, digit.start()):  # a time starts with a digit
            if _overlaps(taken, match.start(), match.end()):
                continue
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            if hour > 24 or minute > 59:
                continue
            period = (match.groupdict().get("period") or "").lower().replace(" ", "").replace(".", "")
            if period in ("am", "mañana", "madrugada"):
                hours = {hour % 12}
            elif period == "noche" and hour == 12:
                hours = {0, 24}  # "las 12 de la noche" is midnight ("12 p.m." is noon)
            elif period in ("pm", "tarde", "noche"):
                hours = {hour % 12 + 12}
            elif hour > 12 or (match.group("minute") and match.group("hour").startswith("0")):
                hours = {hour}  # a 24-hour clock: "13:14", and "01:14" (its zero says so: not "1:14 p.m.")
            else:
                hours = {hour, (hour + 12) % 24}
            minutes = frozenset(h * 60 + minute for h in hours)
            values = frozenset(float(h) + minute / 60 for h in hours) | {float(hour) + minute / 60}
            add(Mention(match.group(0).strip(), match.start(), match.start() + len(match.group(0).rstrip()),
                        "time", values, True, segment, minutes))
    references = digit_patterns and _may_match(REFERENCE_CUE, lowered)
    # a numeral starts at its first digit or at most two characters before ("$ 5"): the search starts there
    # (look-behinds still see the text before it)
    for match in patterns["number"][0].finditer(text, max(0, digit.start() - 2)) if digit_patterns else ():
        start = match.start("currency") if match.group("currency") else match.start("number")
        if _overlaps(taken, start, match.end()) or _is_code(text, match.start("number")):
            continue
        if text.startswith(("-wheeler", " wheeler"), match.end("number")):
            continue  # "an 18-wheeler" is a truck
        if references and REFERENCE_BEFORE.search(text[: match.start("number")]):
            continue  # "Fig. 2", "Table 4", "p. 109": a pointer, not a quantity
        values = parse_number(match.group("number"), lang) | _clock_values(match, text)
        if all(v.is_integer() and 1000 <= v <= 2100 for v in values):
            values = values | {v % 100 for v in values if v % 100 >= 10}  # a year: "1985-1987" = "1985 y 87"
        kind = "number"
        if match.group("decade"):
            kind = "decade"
            values = values | {v % 100 for v in values}
            values = values | {v // 100 + 1 for v in values if v >= 1000 and v % 100 == 0}  # 1800s: 19th century
        elif match.group("ordinal"):
            kind = "ordinal"
        if match.group("percent"):
            kind = "percent"
        if match.group("scale"):
            scale = SCALES[lang][SPACE_RUN.sub(" ", match.group("scale").lower())]
            values = {v * scale for v in values}
        elif match.group("glued"):
            glued = match.group("glued").lower()
            scaled = {v * GLUED_SCALES[glued] for v in values}
            # "100m" without a currency is as often metres as millions ("a 100m-long slope", "5m-6m Muslims"),
            # "4B" an apartment as often as billions, and "a 5K" a race of five kilometres as often as thousands
            values = scaled if match.group("currency") or glued not in ("m", "b", "k") else scaled | values
        end = match.end()
        while end > start and text[end - 1] in SPACES:
            end -= 1
        following = text[match.end():]
        if not match.group("unit") and following[:1] in _RANGE_FIRST_CHARACTERS:
            other_end = _RANGE_REST.match(following)  # "2 to 4 inches": the unit after the range is this one's too
            if other_end is not None:
                following = following[other_end.end():]
                shared = (None if match.group("scale") or match.group("glued")
                          else _SCALE_AFTER.get(lang, _SCALE_AFTER["en"]).match(following))
                if shared is not None:  # (the bare number stays a reading too: "3 or 4 million" has no 3 million)
                    scale = SCALES.get(lang, SCALES["en"])[SPACE_RUN.sub(" ", shared.group(1).lower())]
                    values = set(values) | {v * scale for v in values}
        converted = (_converted(values, match.group("unit") or following)
                     | _weeks_in_days(values, text[match.end():]))
        if (lang == "en" and not converted and kind in ("number", "decade") and not _UNIT_SAID.match(following)
                and _WEATHER_BEFORE.search(text, max(0, start - 40), start)):
            converted = _unsaid_fahrenheit(values, kind == "decade")
        height = _FEET_AND_INCHES[lang].match(text, match.end()) if kind == "number" else None
        if height is not None:  # one height in inches: the inches are no number of their own
            values = {v * 12 + float(height.group("inches") or height.group("hyphened")) for v in values}
            end = height.end()
            if lang == "en":  # as a Spanish edition converts it: "1,78 metros", "178 centímetros"
                converted = frozenset(v * factor for v in values for factor in (0.0254, 2.54))
        weight = (_POUNDS_AND_OUNCES[lang].match(text, match.end())
                  if kind == "number" and height is None and ounces_said else None)
        if weight is not None:  # one weight in ounces, as a height is one in inches: "7 pounds, 4 ounces"
            values = {v * 16 + float(weight.group("ounces")) for v in values}
            end = weight.end()
            if lang == "en":  # as a Spanish edition converts it: "3,3 kilos", "3.289 gramos"
                converted = frozenset(v * factor for v in values for factor in (0.028349523125, 28.349523125))
        imperial = (lang == "es" and kind == "number" and height is None
                    and any(pattern.match(following) for pattern, _ in SPANISH_IMPERIAL_UNITS))
        add(Mention(text[start:end], start, end, kind, frozenset(values), True, segment, converted=converted,
                    imperial=imperial))
    for match in _FRACTION_OF_A_SCALE[lang].finditer(text) if holds_any(text, _FRACTION_SCALE_CUES[lang]) else ():
        if not _overlaps(taken, match.start(), match.end()) and not _AND_BEFORE.search(
                text, max(0, match.start() - 8), match.start()):  # "half a million" is 500,000, not 0.5 and 1 million
            fraction = _SCALE_FRACTIONS[SPACE_RUN.sub(" ", match.group("fraction").lower().replace("-", " "))]
            scale = SCALES[lang][SPACE_RUN.sub(" ", match.group("scale").lower())]
            add(Mention(match.group(), match.start(), match.end(), "word", frozenset({fraction * scale}), False,
                        segment, converted=_converted((fraction * scale,), text[match.end():])))
    if lowered is None:
        words = [("chain", match) for match in patterns["word"][0].finditer(text)]
        words += [("noun", match) for match in _number_nouns(lang).finditer(text)]
        romans = True
    else:  # one pass, in text order: the same mentions, as chains and nouns never overlap (``_words_pass``)
        words = [(match.lastgroup, match) for match in patterns["words_lowered"][0].finditer(lowered)]
        romans = any(kind == "roman" for kind, _ in words)
    for kind, match in words:
        start, end = match.span()
        if kind == "chain" and shots and _overlaps(shots, start, end):
            end = min(shot_start for shot_start, _ in shots if shot_start > start) if any(
                start < shot_start < end for shot_start, _ in shots) else start
            while end > start and not text[end - 1].isalnum():
                end -= 1  # "eight three-pointers": the count before the shot's worth
            if end == start:
                continue
            value = _words_value(WORD_LETTERS.findall(text[start:end]), lang)
            if value is not None and not _overlaps(taken, start, end):
                add(Mention(text[start:end], start, end, "word", frozenset({value}), False, segment))
            continue
        if kind == "roman" or _overlaps(taken, start, end):
            continue
        if kind == "chain" and (half := _ORDINAL_HALF.get(lang, _NO_MATCH).search(text, start, end)) is not None:
            end = half.start("half") - 1  # "in the second half": a game's, not two and a half
        if kind == "chain" and " " in text[start:end]:
            parts = _separate_numbers(text, start, end)
            if len(parts) > 1:  # "up from six two weeks ago": two numbers side by side, not "six two" (8)
                for part_start, part_end in parts:
                    value = _words_value(without_percent_words(WORD_LETTERS.findall(text[part_start:part_end])), lang)
                    if value is not None:
                        add(Mention(text[part_start:part_end], part_start, part_end, "word", frozenset({value}),
                                    False, segment, converted=_converted((value,), text[part_end:])
                                    | _weeks_in_days((value,), text[part_end:])))
                continue
        if kind == "noun":
            value = float(NUMBER_NOUNS[lang][match.group(0).lower()])
        else:
            value = _words_value(without_percent_words(WORD_LETTERS.findall(text[start:end])), lang)
            if value is None:
                continue
        add(Mention(text[start:end], start, end, "word", frozenset({value}), False, segment,
                    converted=_converted((value,), text[end:]) | _weeks_in_days((value,), text[end:]),
                    ordinal=lang == "es" and match.group(0).lower() in ("cuarto", "cuarta")
                    and (_ORDINAL_QUARTER.match(text, end) is not None
                         or _STREET_BEFORE.search(text, max(0, start - 12), start) is not None)))
    for match in ROMAN_NUMERAL.finditer(text) if romans else ():
        value = roman_value(match.group(0))
        if value and ROMAN_CONTEXT.search(text[: match.start()]) and not _overlaps(taken, *match.span()):
            add(Mention(match.group(0), match.start(), match.end(), "roman", frozenset({float(value)}), False,
                        segment))
    if holds_any(text, _HALF_AFTER_UNIT_CUES[lang]):
        mentions = _with_halves_after_units(text, lang, mentions)
    mentions.sort(key=lambda m: m.start)
    if any(map(_is_number_noun, mentions)):
        mentions = _counted_number_nouns(text, mentions)
    return _compound_amounts(text, lang, mentions) if lang == "es" and len(mentions) > 1 else mentions


# A half said after the unit a whole number counts: "dos horas y media", "tres años y medio", "two hours and a half"
# are 2.5 and 3.5 (as "two and a half hours" is), not the 2 and 3 a number's words alone say.
_HALF_AFTER_UNIT = {  # (and a quarter: "dos horas y cuarto" is 2.25 hours)
    "en": re.compile(rf"\s+(?:{_HALF_UNITS_EN})\s+and\s+a\s+(?:(?P<half>half)|quarter)(?![\w-])", re.IGNORECASE),
    "es": re.compile(rf"\s+(?:{_HALF_UNITS_ES})\s+y\s+(?:(?P<half>medi[oa])|cuarto)(?![\w-])", re.IGNORECASE),
}
_HALF_AFTER_UNIT_CUES = {"en": ("and a half", "and a quarter"), "es": (" y medi", " y cuarto")}
# English says a quarter before its unit too ("two and a quarter hours"), where the number's words stop at "quarter"
_QUARTER_BEFORE_UNIT = re.compile(rf"\s+and\s+a\s+quarter(?=\s+(?:{_HALF_UNITS_EN})(?![\w-]))", re.IGNORECASE)


def _with_halves_after_units(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each whole number whose unit a half follows (``_HALF_AFTER_UNIT``) worth half a unit more,
    and without the half's own word ("media", "half"), which is that number's."""
    halves: list[tuple[int, int]] = []
    counted: list[Mention] = []
    for mention in mentions:
        whole = mention.kind in ("number", "word") and all(value.is_integer() for value in mention.values)
        half = _HALF_AFTER_UNIT[lang].match(text, mention.end) if whole else None
        quarter = _QUARTER_BEFORE_UNIT.match(text, mention.end) if whole and lang == "en" and not half else None
        if half is None and quarter is None:
            counted.append(mention)
            continue
        if quarter is not None:  # "two and a quarter hours": its unit after the quarter
            half = quarter
        halves.append(half.span())
        fraction = 0.5 if quarter is None and half.group("half") else 0.25
        values = frozenset(value + fraction for value in mention.values)
        following = text[mention.end:]
        converted = (_converted(values, following) | _weeks_in_days(values, following) if mention.converted
                     else frozenset())
        # (named with its unit and half, "tres años y medio"; its span stays the number's, which the unit follows)
        counted.append(replace(mention, text=text[mention.start:half.end()], values=values, converted=converted))
    return [mention for mention in counted
            if not (mention.kind == "word" and any(start <= mention.start < end for start, end in halves))]


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
# an ordinal before "half" ending a run of number words: a half of a game or a year ("the second half", "first-half
# earnings"), which Spanish says "segundo tiempo" or "primera mitad"; and Spanish "cuarto" after an ordinal, a game's
# quarter ("el tercer cuarto"), which read as a fourth matched English "fourth quarter" and hid "tercer"
_NO_MATCH = re.compile(r"(?!)")
_ORDINAL_HALF = {"en": re.compile(r"\b(?:first|second|third|fourth)[\s-]+(?P<half>half)$", re.IGNORECASE),
                 # (a game's quarter after its ordinal: "en el tercer cuarto", "the third quarter")
                 "es": re.compile(r"\b(?:primer|segundo|tercer|cuarto)\s+(?P<half>cuarto)$", re.IGNORECASE)}


def _counted_number_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """A number noun counted by the word before it is one number: "two dozen" and "dos docenas" are 24, "a dozen"
    and "una docena" 12, "two decades" 20 (not a 2 and a 12 that "doce" would half match)."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if not _is_number_noun(mention):
            merged.append(mention)
        elif (previous is not None and previous.kind == "word" and previous.text.lower() == "half"
              and text[previous.end:mention.start].strip().lower() == "a"):  # "half a dozen" is six
            merged[-1] = Mention(text[previous.start:mention.end], previous.start, mention.end, "word",
                                 frozenset(0.5 * noun for noun in mention.values), False, mention.segment)
        elif (previous is not None and previous.kind == "word" and len(previous.values) == 1
              and not text[previous.end:mention.start].strip()
              and all(word.lower() in COUNT_VALUES for word in WORD_LETTERS.findall(previous.text))):
            (count,), (noun,) = previous.values, mention.values
            merged[-1] = Mention(text[previous.start:mention.end], previous.start, mention.end, "word",
                                 frozenset({count * noun}), False, mention.segment)
        else:
            article = _ARTICLE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
            merged.append(mention if article is None else Mention(
                text[article.start():mention.end], article.start(), mention.end, "word", mention.values, False,
                mention.segment))
    return merged


def _separate_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the numbers a run of number words holds: two counts side by side with only a space between that
    no number is written as ("six two", "eight three": not tens then a unit, nor hundreds then less) are two
    numbers; any other run is one ("twenty-five", "two hundred and one", "one and a half million")."""
    words = list(WORD_LETTERS.finditer(text, start, end))
    cuts = [start]
    for before, after in zip(words, words[1:]):
        first, second = (COUNT_VALUES.get(word.group().lower()) for word in (before, after))
        if before.group().lower() in ("un", "una"):
            continue  # an article: "un noventa por ciento"
        if (first is not None and second is not None and 1 <= first and 1 <= second
                and not text[before.end():after.start()].strip()
                and not ((20 <= first < 100 and first % 10 == 0 and second < 10) or (first >= 100 and second < first))):
            cuts.append(after.start())
    bounds = cuts + [end]
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(bounds, bounds[1:])]


_MILLIONS_END = re.compile(r"\b(?:millón|millon|millones)$", re.IGNORECASE)
_THOUSANDS_END = re.compile(r"\bmil$", re.IGNORECASE)


def _compound_amounts(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """Spanish amounts said in parts, as Mexican and US Spanish write them: "1 millón 200 mil" (or "un millón 200
    mil") is 1,200,000 and "2 mil 500" is 2,500 (one mention, not a million and 200,000 that the English "$1.2
    million" lacks)."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and mention.kind == "number" and mention.strong
                and ((previous.kind == "number" and previous.strong)
                     or (previous.kind == "word" and _MILLIONS_END.search(previous.text)))
                and len(previous.values) == 1 and len(mention.values) == 1
                and not text[previous.end : mention.start].strip()):  # ("2 mil y 500" is two numbers)
            (big,), (small,) = previous.values, mention.values
            millions = _MILLIONS_END.search(previous.text) and _THOUSANDS_END.search(mention.text) and small < 1e6
            thousands = (_THOUSANDS_END.search(previous.text) and small < 1000 and small.is_integer()
                         and not _THOUSANDS_END.search(mention.text) and not _MILLIONS_END.search(mention.text))
            if millions or thousands:
                merged[-1] = Mention(text[previous.start : mention.end], previous.start, mention.end, "number",
                                     frozenset({big + small}), True, previous.segment,
                                     converted=mention.converted)
                continue
        merged.append(mention)
    return merged


def _is_code(text: str, start: int) -> bool:
    """Digits that end a code or a name (COVID-19, F-16, Catch-22, UTC+0800), not "post-2012" or "mid-2009".

    ``CODE_BEFORE`` ends with "-", "+" or "−" and at most one space, or before a final
    line break (``$``): the characters right before ``start`` rule most numbers out
    without searching the whole text before them.
    """
    before = text[start - 1] if start else ""
    if before not in "-+\u2212\n" and not (before.isspace() and text[start - 2 : start - 1] in ("+", "\u2212")):
        return False
    # searched first in the last CODE_WINDOW characters: a match starting after the window's first character
    # is the one the whole text gives (its letters would run on to the left otherwise), none there is none at
    # all; only a match from the window's very start may be part of a longer one
    window = max(0, start - CODE_WINDOW)
    prefix = CODE_BEFORE.search(text, window, start)
    if prefix is not None and window and prefix.start() == window:
        prefix = CODE_BEFORE.search(text[:start])
    return bool(prefix) and not prefix.group(1).islower()


_NOUN_PATTERNS: dict[str, re.Pattern] = {}


def _number_nouns(lang: str) -> re.Pattern:
    if lang not in _NOUN_PATTERNS:
        nouns = NUMBER_NOUNS[lang]
        _NOUN_PATTERNS[lang] = re.compile(rf"\b{_first_letter_lookahead(nouns)}(?:{_alternation(nouns)})\b",
                                          re.IGNORECASE)
    return _NOUN_PATTERNS[lang]


def _clock_values(match: re.Match, text: str) -> set[float]:
    """Hours a numeral may also be: "20.30" (half past eight in the evening), "1200 GMT" (noon); not a measure
    ("1,50 metros" is no ten to two, which would match "6 feet", 1.83 metres)."""
    token = match.group("number")
    if MEASURE_AFTER.match(text, match.end("number")):
        return set()
    clock = CLOCK_NUMERAL.fullmatch(token)
    if clock is None and FOUR_DIGITS.fullmatch(token) and CLOCK_AFTER.match(text[match.end("number"):]):
        clock = HOURS_MINUTES.fullmatch(token)
    if clock is None:
        return set()
    hour, minute = int(clock.group(1)), int(clock.group(2))
    return {hour + minute / 60} if hour <= 24 and minute < 60 else set()


# Weeks said in days: "two weeks" = "14 días", and Spanish "quince días" (two weeks) and "ocho días" (a week).
WEEKS = re.compile(r"^\s?(?:weeks?|semanas?)\b", re.IGNORECASE)
WEEKS_IN_DAYS_IDIOMS = {1.0: 8.0, 2.0: 15.0}


def _weeks_in_days(values, following: str) -> frozenset:
    """The days a number of weeks also is ("two weeks": 14, and 15 as Spanish's "quince días"), or nothing."""
    first = following[1:2] if following[:1].isspace() else following[:1]
    if first not in ("w", "W", "s", "S") or not WEEKS.match(following):  # (most numbers: a glance, no regex)
        return frozenset()
    return frozenset({v * 7 for v in values} | {WEEKS_IN_DAYS_IDIOMS[v] for v in values if v in WEEKS_IN_DAYS_IDIOMS})


# a height in feet and inches: "5 feet 10 inches", "5 ft. 10 in.", "6-foot-2", "5 pies y 10 pulgadas"
_FEET_AND_INCHES = {
    "en": re.compile(r"\s?(?:feet|foot|ft\.?)[\s,]+(?:and\s+)?(?P<inches>\d{1,2})\s?(?:inch(?:es)?\b|in\.)"
                     r"|-foot-(?P<hyphened>\d{1,2})\b", re.IGNORECASE),
    "es": re.compile(r"\s?pies?[\s,]+(?:y\s+)?(?P<inches>\d{1,2})\s?pulgadas?\b(?P<hyphened>)", re.IGNORECASE),
}


# A fraction of a scale word: "half a million", "a half-million", "a quarter of a million", "three-quarters of a
# billion", "medio millón", "un cuarto de millón", "tres cuartos de millón": one number, not a fraction and a scale
_SCALE_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three quarters": 0.75, "two thirds": 2 / 3,
                    "medio": 0.5, "un cuarto": 0.25, "un tercio": 1 / 3, "tres cuartos": 0.75, "dos tercios": 2 / 3}
_FRACTION_OF_A_SCALE = {
    "en": re.compile(r"\b(?:(?:a|one)[\s-]+)?(?P<fraction>half|quarter|third|three[\s-]+quarters|two[\s-]+thirds)"
                     r"(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+(?P<scale>million|billion|trillion)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?P<fraction>medio|un\s+cuarto|un\s+tercio|tres\s+cuartos|dos\s+tercios)\s+(?:de\s+)?"
                     r"(?P<scale>mill[oó]n|mil\s+millones|millardo|bill[oó]n)\b", re.IGNORECASE),
}
_AND_BEFORE = re.compile(r"\b(?:and|y)\s+(?:a\s+)?$", re.IGNORECASE)  # "three and a half million": a number's half
_FRACTION_SCALE_CUES = {"en": ("million", "billion", "trillion"), "es": ("millón", "millon", "millardo", "billón",
                                                                         "billon")}


# a weight in pounds and ounces: "7 pounds, 4 ounces", "7 lbs. 4 oz.", "7 libras y 4 onzas" (a newborn's)
_POUNDS_AND_OUNCES = {
    "en": re.compile(r"\s?(?:pounds?|lbs?\.?)[\s,]+(?:and\s+)?(?P<ounces>\d{1,2})\s?(?:ounces?\b|oz\b\.?)",
                     re.IGNORECASE),
    "es": re.compile(r"\s?libras?[\s,]+(?:y\s+)?(?P<ounces>\d{1,2})\s?onzas?\b", re.IGNORECASE),
}
_OUNCE_CUES = {"en": ("ounce", "oz"), "es": ("onza",)}


def _converted(values, following: str, units=IMPERIAL_UNITS) -> frozenset:
    """The metric values of an imperial quantity ("140mph" -> about 225 km/h, "40°F" -> 4.4 or 4 °C), or nothing.

    Every unit of ``IMPERIAL_UNITS`` starts, after at most one space, with a letter of
    ``IMPERIAL_FIRST_LETTERS``, and ``FAHRENHEIT`` with one of ``FAHRENHEIT_FIRST_LETTERS``: other numbers skip
    the patterns.
    """
    if following[:1] == "-" and following[1:2].isalpha() and not FAHRENHEIT.match(following):
        following = " " + following[1:]  # a compound adjective: "a 5-mile run", "a 2,400-square-foot house"
    first = following[1:2] if following[:1].isspace() else following[:1]
    if not first or (first not in IMPERIAL_FIRST_LETTERS and first not in FAHRENHEIT_FIRST_LETTERS):
        return frozenset()
    if FAHRENHEIT.match(following):  # Celsius as a translation writes it: exact, to one decimal, or whole
        celsius = [(v - 32) * 5 / 9 for v in values]
        # (and without its sign: a number's minus sign is not read, "-7 grados" is 7)
        return frozenset(abs(c) if unsigned else c for value in celsius
                         for c in (value, round(value, 1), float(round(value))) for unsigned in (False, True))
    for pattern, factors in units:
        if pattern.match(following):
            return frozenset(v * factor for v in values for factor in (factors if isinstance(factors, tuple)
                                                                         else (factors,)))
    return frozenset()


# US forecasts give temperatures as bare numbers ("a high of 98", "lows near 40", "highs in the upper 90s"), which
# a Spanish edition may convert ("una máxima de 37 grados")
_WEATHER_BEFORE = re.compile(r"\b(?:highs?|lows?|temperatures?|temps|heat\s+index|wind\s+chills?|feels?\s+like|"
                             r"mercury|readings?)\b(?:\s+[a-z-]+){0,6}\s+$", re.IGNORECASE)


_UNIT_SAID = re.compile(r"\s?(?:[°º]|degrees?\b|celsius\b|centigrade\b|[cf]\b)", re.IGNORECASE)


def _unsaid_fahrenheit(values, decade: bool) -> frozenset:
    """The Celsius values of a temperature given as a bare number in a US forecast (see ``_WEATHER_BEFORE``); for a
    decade ("the 90s"), of each degree in it."""
    if decade:
        values = [float(v) for base in values if 0 <= base < 130 and base % 10 == 0
                  for v in range(int(base), int(base) + 10)]
    return _converted(values, " degrees")


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral, or None ("MIX" is 1009, "IIII" is None)."""
    total = 0
    for index, char in enumerate(numeral):
        value = ROMAN_VALUES[char]
        following = ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    canonical = ""
    remaining = total
    for value, symbol in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while remaining >= value:
            canonical += symbol
            remaining -= value
    return total if total and canonical == numeral else None


def compatible(a: Mention, b: Mention) -> bool:
    """Whether two mentions (one per side) can be the same quantity."""
    if a.kind == b.kind and a.kind in ("date", "time"):
        return bool(a.exact & b.exact)
    shared = {x for x in a.values for y in b.values if math.isclose(x, y, rel_tol=1e-9)}
    if shared and not (all(v < 100 for v in shared) and _says_a_year(a) and _says_a_year(b)):
        return True  # (a year's last two digits stand for it against a number, never against another year: 1887/1787)
    # a unit conversion, rounded by the translator: "140mph" = "225 km/h", "58 miles" = "93 kilómetros", and a small
    # one to a whole number ("two miles" = "tres kilómetros": 3.2)
    # (not to a number the other side says in a US unit too: "50 feet" is no "15 pies", though 50 feet are 15 metres)
    return any(math.isclose(x, y, rel_tol=CONVERSION_TOLERANCE) or (y.is_integer() and abs(x - y) <= 0.5)
               for x, y in ([(c, v) for c in a.converted for v in b.values] if not b.imperial else [])
               + ([(c, v) for c in b.converted for v in a.values] if not a.imperial else []))


def _says_a_year(mention: Mention) -> bool:
    return any(v.is_integer() and 1000 <= v <= 2100 for v in mention.values)


def match_mentions(left: list[Mention], right: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Pair compatible mentions greedily, strong with strong first; return the leftovers of each side. Words pair
    an ordinal with an ordinal and a count with a count first ("third … in two years" / "segunda … en dos años":
    "two" is "dos", and "third" is left against "segunda")."""
    left_free, right_free = list(left), list(right)
    for strength, alike in (((True, True), False), ((True, False), False), ((False, True), False),
                            ((False, False), True), ((False, False), False)):
        for a in list(left_free):
            if a.strong != strength[0]:
                continue
            for b in right_free:
                if (b.strong == strength[1] and (not alike or is_ordinal_word(a) == is_ordinal_word(b))
                        and compatible(a, b)):
                    left_free.remove(a)
                    right_free.remove(b)
                    break
    return left_free, right_free


# --- the rule -------------------------------------------------------------------------


def _counted(pair: AlignedPair, settings: Settings) -> bool:
    """Pairs compared: matched by the aligner, and not hopeless (see MIN_PAIR_SCORE)."""
    return pair.is_match and (pair.score is None or pair.score >= MIN_PAIR_SCORE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _segment_mentions(text: str, lang: str, segment: int) -> tuple[Mention, ...]:
    """``extract_numbers``, memoised (a tuple, so that no caller changes what another reads): ``prepare``
    fills it while the translator runs, ``check`` reads it. ``extract_numbers`` itself stays unmemoised, so
    that the tests comparing its fast and plain paths run both."""
    return tuple(extract_numbers(text, lang, segment))


def prepare(version: Version, settings: Settings) -> None:
    """The number mentions (and fractions in words) of every sentence of ``version``: they need no translation,
    so they are found while the translator runs (``check.prepare_checks``) and ``check`` only compares them."""
    if RULE in settings.disabled_rules:
        return
    for index, segment in enumerate(version.segments):
        _segment_mentions(segment.text, version.lang, index)
        _calendar_words(segment.text, version.lang, index)
        fraction_spans(segment.text, version.lang)


def _side_mentions(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> list[Mention]:
    version = aligned.version(side)
    if len(indices) == 1:
        return list(_segment_mentions(version.segments[indices[0]].text, version.lang, indices[0]))
    mentions: list[Mention] = []
    for index in indices:
        mentions.extend(_segment_mentions(version.segments[index].text, version.lang, index))
    return mentions


def _side_name(aligned: AlignedDocument, side: str) -> str:
    if aligned.translated_side is None:
        return aligned.version(side).path
    return LANGUAGE_NAMES.get(aligned.version(side).lang, aligned.version(side).lang)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    mentions = [
        {side: _side_mentions(aligned, side, getattr(pair, side)) for side in ("left", "right")}
        for pair in aligned.pairs
    ]
    calendar = [
        {side: _side_calendar(aligned, side, getattr(pair, side)) for side in ("left", "right")}
        for pair in aligned.pairs
    ]
    findings: list[Finding] = []
    unmatched = _Unmatched(mentions)
    for position, pair in enumerate(aligned.pairs):
        if not _counted(pair, settings):
            continue
        if calendar[position]["left"] and calendar[position]["right"]:
            findings.extend(_differing_calendar(aligned, pair, calendar, position, settings))
        fractions_changed = _differing_fractions(aligned, pair, position, settings)
        findings.extend(fractions_changed)
        # only a strong mention left over is reported (``_pair_findings`` reads ``strong``, and
        # ``_drop_written_alike`` only removes leftovers): a pair with none is done, before or after matching
        pair_mentions = mentions[position]
        # a count, or "both", said once after an article on the other side ("two suspects" / "un sospechoso")
        if _any_count(pair_mentions["left"]) != _any_count(pair_mentions["right"]):
            findings.extend(_count_said_as_one(aligned, pair, pair_mentions, settings)
                            or _count_said_as_several(aligned, pair, pair_mentions, settings))
        elif any(holds_any(text, _BOTH_CUES[version.lang]) for version, text in _pair_texts(aligned, pair)):
            findings.extend(_both_said_as_one(aligned, pair, settings))
        if all(map(_any_whole_scale, pair_mentions.values())) and not fractions_changed:
            findings.extend(_differing_whole_scales(aligned, pair, unmatched, position, settings))
        if not (_any_strong(pair_mentions["left"]) or _any_strong(pair_mentions["right"])
                or (_any_count(pair_mentions["left"]) and _any_count(pair_mentions["right"]))
                or any(_any_count(pair_mentions[side]) and _english_ones(aligned, aligned.other(side),
                                                                         pair_mentions[aligned.other(side)])
                       for side in ("left", "right"))
                or any(_any_decade_word(pair_mentions[side]) and _any_count(pair_mentions[aligned.other(side)])
                       for side in ("left", "right"))
                or (_any_ordinal(pair_mentions["left"]) and _any_ordinal(pair_mentions["right"]))
                or (_any_time_in_words(pair_mentions["left"]) and _any_time_in_words(pair_mentions["right"]))):
            continue  # most sentences hold no number, or number words on one side only
        leftovers = {side: list(left_over) for side, left_over in unmatched(position).items()}  # (changed below)
        _drop_kin_said_as_a_total(aligned, pair, leftovers)
        if not _any_strong(leftovers["left"]) and not _any_strong(leftovers["right"]):
            if not fractions_changed:  # ("one in five" / "uno de cada cuatro": the counts are the fractions')
                findings.extend(_differing_counts(aligned, pair, unmatched, position, leftovers, settings)
                                or _differing_times_in_words(aligned, pair, unmatched, position, leftovers, settings))
            continue  # every number written in digits matched
        _drop_written_alike(aligned, pair, mentions[position], leftovers)
        _drop_currency_conversions(aligned, pair, mentions[position], leftovers)
        _drop_unit_conversions(aligned, pair, mentions[position], leftovers)
        _drop_measures_said_with_an_article(aligned, pair, leftovers)
        _drop_time_spans_said_with_an_article(aligned, pair, leftovers)
        _drop_dates_said_as_holidays(aligned, pair, leftovers)
        _drop_spans_said_in_another_unit(aligned, pair, leftovers)
        _drop_durations_said_in_another_unit(aligned, pair, leftovers)
        _drop_measures_said_in_another_unit(aligned, pair, leftovers)
        _drop_decades_said_as_bounds(aligned, leftovers)
        _drop_range_ends_in_a_decade(aligned, mentions[position], leftovers)
        fractions = {side: _pair_fraction_percents(aligned, side, getattr(pair, side)) for side in ("left", "right")}
        shares = {side: _pair_digit_shares(aligned, side, getattr(pair, side)) for side in ("left", "right")}
        percents = {side: frozenset(value for m in pair_mentions[side] if m.kind == "percent" for value in m.values)
                    for side in ("left", "right")}
        strong = {side: [m for m in leftovers[side] if m.strong
                         and not _moved(unmatched, position, side, m, _holds_a_number(leftovers[aligned.other(side)]))
                         and not _said_as_fraction(m, fractions[aligned.other(side)] | shares[aligned.other(side)])
                         and not _in_span_said_otherwise(aligned, side, m, fractions[aligned.other(side)],
                                                         digit_fraction_spans)
                         and not _in_span_said_otherwise(aligned, side, m, percents[aligned.other(side)],
                                                         digit_share_spans)]
                  for side in ("left", "right")}
        repeats = {side: [m for m in strong[side] if _repeats_a_match(m, pair_mentions[side], leftovers[side])]
                   for side in ("left", "right")}
        findings.extend(_pair_findings(aligned, pair, strong, leftovers, settings, repeats))
        # an ordinal in words left over on each side beside numbers in digits, which are reported on their own:
        # "taught second grade ... for 32 years" / "enseñó tercer grado ... durante 23 años"
        words = {side: [m for m in leftovers[side] if not m.strong and m.values != ONE]  # (not "una inspección")
                 for side in ("left", "right")}
        if all(len(words[side]) == 1 and is_ordinal_word(words[side][0]) for side in ("left", "right")):
            findings.extend(_differing_counts(aligned, pair, unmatched, position, words, settings))
        elif _counts_of_one_time_unit(aligned, words):
            # a count in words of one unit of time beside them: "for a project expected to last nine months" /
            # "que se prevé dure seis meses", with the vehicles it carries changed in digits
            findings.extend(_differing_counts(aligned, pair, unmatched, position, words, settings))
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


def _counts_of_one_time_unit(aligned: AlignedDocument, words: dict[str, list[Mention]]) -> bool:
    """Whether each side's number words left over are one count ("nine", "seis") followed by the same unit of time
    ("months", "meses"): the same span, its length changed, which no digit on either side accounts for."""
    from bilingo.rules.quantities import time_span_units  # (quantities reads this module's mentions)

    units = set()
    for side in ("left", "right"):
        if len(words[side]) != 1 or not is_count(words[side][0]):
            return False
        count = words[side][0]
        version = aligned.version(side)
        reading = time_span_units(version.segments[count.segment].text, version.lang, count.segment).get(count.start)
        if reading is None:
            return False
        units.add(reading[0])
    return len(units) == 1


def names_a_day_part(text: str, lang: str) -> bool:
    """Whether ``text`` names a part of the day (``DAY_PARTS``: "late Tuesday", "temprano el martes"), which this
    module compares: decision-mismatch leaves its early against late to it there."""
    lang = "es" if lang == "es" else "en"
    return holds_any(text, _DAY_PART_CUES[lang]) and any(
        match.group(match.lastgroup).lower() in DAY_PARTS[lang] for match in _DAY_PART[lang].finditer(text))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _calendar_words(text: str, lang: str, segment: int) -> tuple[Mention, ...]:
    """The weekdays ("Tuesday", "el martes") and the months outside a date ("in March", "en abril") a sentence
    names, as mentions of kind "weekday" and "month". A month inside a date ("Sept. 27") is compared as the date."""
    if lang == "en":
        matches = list(_CALENDAR_WORD["en"].finditer(text))
    else:
        lowered = lowered_view(text)
        matches = list(_CALENDAR_WORD["es"].finditer(lowered) if lowered is not None
                       else _CALENDAR_WORD_ANY_CASE.finditer(text))
    periods = [match.span(match.lastgroup) for match in _SEASON_OR_WEEK_PART[lang].finditer(text)]
    day_parts = ([match.span(match.lastgroup) for match in _DAY_PART[lang].finditer(text)]
                 if holds_any(text, _DAY_PART_CUES[lang]) else ())
    frequencies = [(match.start(), match.end(), _frequency_word(match)) for match in _FREQUENCY[lang].finditer(text)]
    rate_units = (list(_RATE_UNIT[lang].finditer(text)) if holds_any(text, _RATE_UNIT_CUES[lang]) else ())
    if matches:  # (a weekday named)
        frequencies += [(match.start(), match.end(), _frequency_word(match))
                        for match in _WEEKDAY_FREQUENCY[lang].finditer(text)]
    if not matches and not periods and not day_parts and not frequencies and not rate_units:
        return ()  # most sentences
    found = [Mention(text[start:end], start, end, kind, frozenset({float(table[text[start:end]])}), True, segment)
             for start, end in periods for kind, table in (("season", SEASONS[lang]), ("week part", WEEK_PARTS[lang]))
             if text[start:end] in table]
    found += [Mention(text[start:end], start, end, "day part", frozenset(map(float, DAY_PARTS[lang][word])), True,
                      segment)
              for start, end in day_parts if (word := text[start:end].lower()) in DAY_PARTS[lang]]
    found += [Mention(text[start:end], start, end, "frequency", frozenset({float(FREQUENCIES[lang][word])}), True,
                      segment)
              for start, end, word in frequencies if word in FREQUENCIES[lang]]
    found += [Mention(match.group(), match.start(), match.end(), "rate unit",
                      frozenset({_RATE_UNIT_VALUE[lang][match.group(match.lastgroup).lower()]}), True, segment)
              for match in rate_units]
    dates = [mention for mention in _segment_mentions(text, lang, segment) if mention.kind == "date"] if matches else []
    for match in matches:
        word = match.group().lower()
        if word.endswith(("days", "bados", "domingos")):
            word = word[:-1]  # "closed on Mondays" / "cerrado los lunes", "free on Sundays" / "gratis los domingos"
        if word in WEEKDAYS[lang]:
            kind, value = "weekday", WEEKDAYS[lang][word]
        else:
            if (lang == "en" and word == "may" and not text[: match.start()].strip()) or any(
                    date.start < match.end() and match.start() < date.end for date in dates):
                continue  # "May I…" opens a question; a month in a date is the date's
            kind, value = "month", (MONTHS_EN if lang == "en" else MONTHS_ES)[word]
        found.append(Mention(text[match.start():match.end()], match.start(), match.end(), kind,
                             frozenset({float(value)}), True, segment))
    return tuple(sorted(found, key=lambda mention: mention.start))


def _frequency_word(match: re.Match) -> str:
    """The key of ``FREQUENCIES`` a match of ``_FREQUENCY`` says: its word, or "other" and the unit of every other
    one ("every other week", "every two weeks", "cada dos semanas": "other week", "other semana")."""
    if match.lastgroup.endswith("weekday") or match.lastgroup.endswith("weekday_after"):  # ("plural_weekday": each)
        return "other weekday" if match.lastgroup.startswith("other") else "each weekday"
    word = " ".join(match.group(match.lastgroup).lower().split())
    if match.lastgroup in ("other", "others"):
        return f"other {_SPANISH_UNIT.get(word, word)}"
    return word


def _side_calendar(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> list[Mention]:
    version = aligned.version(side)
    return [mention for index in indices
            for mention in _calendar_words(version.segments[index].text, version.lang, index)]


def _differing_calendar(aligned, pair, calendar, position, settings) -> list[Finding]:
    """"on Tuesday" against "el miércoles": when each side of a pair names a weekday (or a month outside a date)
    that the other does not, the day changed; the days both name do not matter ("Monday through Friday" /
    "de lunes a sábado"). Days named on one side only are not reported: translators drop and add them freely
    ("el martes" for "this week"). Not when the other side of a neighbouring pair names it more often than that pair's
    own side does (a day moved across a sentence boundary: ``_named_beyond``)."""
    findings = []
    flagged = aligned.translated_side or "right"
    other = aligned.other(flagged)
    for kind in ("weekday", "month", "season", "week part", "day part", "frequency", "rate unit"):
        named = {side: [m for m in calendar[position][side] if m.kind == kind] for side in ("left", "right")}
        if not named["left"] or not named["right"]:
            continue
        # counted: "said Tuesday … from Wednesday" rewritten "said Wednesday … from Wednesday" leaves Tuesday on
        # one side and a Wednesday on the other
        counts = {side: Counter(v for m in named[side] for v in m.values) for side in ("left", "right")}
        if kind == "day part":  # a word that stands for several parts matches any of them ("overnight" / "noche")
            unmatched = {side: {v for m in named[side] if not m.values & set(counts[aligned.other(side)])
                                for v in m.values} for side in ("left", "right")}
        else:
            unmatched = {side: set(counts[side] - counts[aligned.other(side)]) for side in ("left", "right")}
        if not unmatched["left"] or not unmatched["right"]:
            continue
        nearby = [n for n in range(max(0, position - NEIGHBOUR_PAIRS),
                                   min(len(calendar), position + NEIGHBOUR_PAIRS + 1)) if n != position]
        if any(unmatched[side] & _named_beyond(calendar[n], kind, aligned.other(side), side)
               for n in nearby for side in ("left", "right")):
            continue
        changed = {side: next(m for m in named[side] if m.values & unmatched[side]) for side in ("left", "right")}
        findings.append(_finding(aligned, pair, flagged, changed[flagged], changed[other], settings))
    return findings + _rate_by_unit_against_period(aligned, pair, calendar[position], settings)


def _rate_by_unit_against_period(aligned, pair, calendar_pair, settings) -> list[Finding]:
    """"The fine is $500 per violation" against "La multa es de $500 por día": one rate by a unit on one side, one by a
    period on the other, and neither side saying the other kind: what the amount is counted by changed."""
    kinds = {side: Counter(m.kind for m in calendar_pair[side] if m.kind in ("rate unit", "frequency"))
             for side in ("left", "right")}
    if sorted(tuple(sorted(kinds[side].items())) for side in kinds) != [(("frequency", 1),), (("rate unit", 1),)]:
        return []
    said = {side: next(m for m in calendar_pair[side] if m.kind in ("rate unit", "frequency"))
            for side in ("left", "right")}
    if not all(_RATE_AFTER_AMOUNT.search(aligned.version(side).segments[said[side].segment].text, 0, said[side].start)
               for side in said):
        return []  # (a rate of an amount on both sides: "$500 per violation", "$500 por día")
    flagged = aligned.translated_side or "right"
    return [_finding(aligned, pair, flagged, said[flagged], said[aligned.other(flagged)], settings)]


_RATE_AFTER_AMOUNT = re.compile(r"(?:\d|dollars?|d[oó]lares|pesos|cents?|centavos)\s*$", re.IGNORECASE)


def _named_beyond(calendar_pair: dict[str, list[Mention]], kind: str, side: str, other: str) -> set:
    """The values of ``kind`` that ``side`` of a pair names more often than ``other`` does: where a day moved across a
    sentence boundary lands. A neighbour whose two sides name the same day ("at 3 a.m. on Tuesday" / "del martes")
    holds no moved day, and does not excuse a day changed in the pair next to it."""
    counts = {name: Counter(v for m in calendar_pair[name] if m.kind == kind for v in m.values)
              for name in (side, other)}
    return set(counts[side] - counts[other])


def _any_strong(mentions: list[Mention]) -> bool:
    return any(mention.strong for mention in mentions)


def is_count(mention: Mention) -> bool:
    """A cardinal written in words, two or more ("three people", "cuatro personas", "veinticinco"): what AP and
    Spanish style spell out below ten. "one"/"un" are left out (an article as often as a number), and so are
    ordinals, fractions, a number noun alone ("dozens", "décadas") and a scale word alone ("billion-dollar losses");
    a number noun counted is a count ("two dozen", "a dozen", "una docena": ``_counted_number_nouns``)."""
    if mention.kind != "word" or min(mention.values) < 2:
        return False
    if any(pattern.fullmatch(mention.text) for pattern in _FRACTION_OF_A_SCALE.values()):
        return True  # "a quarter of a million", "medio millón": a fraction of a scale is one number
    words = [word.lower() for word in WORD_LETTERS.findall(mention.text)]
    if words[-3:] in (["and", "a", "half"], ["and", "a", "quarter"]) and len(words) > 3:
        words = words[:-3]  # "two and a half": a count and its half
    elif not all(value.is_integer() for value in mention.values) and words[-2:] in (["y", "medio"], ["y", "media"],
                                                                                 ["y", "cuarto"]):
        words = words[:-3]  # "tres años y medio": a count, its unit and its half (``_HALF_AFTER_UNIT``)
    elif not all(value.is_integer() for value in mention.values) and words[-3:] in (["and", "a", "half"],
                                                                                 ["and", "a", "quarter"]):
        words = words[:-4]  # "two hours and a half"
    if len(words) > 1 and words[-1] in NUMBER_NOUN_WORDS:  # "two dozen", "a dozen", "dos docenas": counted
        words = (words[:-1] if words[:-1] not in (["a"], ["an"], ["one"], ["un"], ["una"], ["half", "a"], ["media"])
                 else ["two"])  # ("half a dozen", "media docena": six)
    return (not any(word in NOT_COUNTS or word in NUMBER_NOUN_WORDS for word in words)
            and any(word in COUNT_VALUES for word in words)  # not a scale alone ("billion-dollar losses")
            and composes(words))


def is_ordinal_word(mention: Mention) -> bool:
    """An ordinal in words ("third", "segunda"). "cuarto"/"cuarta" (a room and a quarter as often) only before a
    noun that is counted in order ("el cuarto mes consecutivo", "la cuarta vez"); never "medio"/"half"."""
    if mention.kind != "word":
        return False
    words = mention.text.lower().split()
    if len(words) == 2 and words[0] in ("un", "una"):
        words = words[1:]  # "un primer mandato": the article read with its ordinal
    return mention.ordinal or " ".join(words) in ORDINAL_WORDS


def composes(words: list[str]) -> bool:
    """Whether number words follow each other as a number is written: tens then a unit ("twenty-five", "treinta
    y cinco"), hundreds then less ("ciento dos"), scales anywhere; not two numbers side by side ("eight
    three-pointers", "de quince y veinte años")."""
    group: list[float] = []  # the words since the last scale ("one hundred | and fifty", "dos mil | trescientos")
    for word in words + [""]:
        if word in COUNT_VALUES:
            group.append(COUNT_VALUES[word])
            continue
        if word in SCALE_WORDS or not word:
            for first, second in zip(group, group[1:]):
                if not ((20 <= first < 100 and first % 10 == 0 and second < 10) or (first >= 100 and second < first)):
                    return False
            group = []
    return True


ONE = frozenset({1.0})


_DECADE_WORDS = frozenset("twenties thirties forties fifties sixties seventies eighties nineties veintes treintas "
                          "cuarentas cincuentas sesentas setentas ochentas noventas".split())


def _is_decade_word(mention: Mention) -> bool:
    """A decade in words ("in her twenties", "en sus treintas"): the ten numbers from its value."""
    return mention.kind == "word" and mention.text.lower() in _DECADE_WORDS


def _any_decade_word(mentions: list[Mention]) -> bool:
    return any(_is_decade_word(mention) for mention in mentions)


def _counts_a_number_noun(mention: Mention) -> bool:
    """"a dozen", "dos docenas": a count whose last word is a number noun."""
    words = WORD_LETTERS.findall(mention.text.lower())
    return len(words) > 1 and words[-1] in NUMBER_NOUN_WORDS


def _is_number_noun(mention: Mention) -> bool:
    return mention.kind == "word" and mention.text.lower() in NUMBER_NOUN_WORDS


def _any_count(mentions: list[Mention]) -> bool:
    return any(is_count(mention) for mention in mentions)


# "one" that is no count: "no one", "one another", "the one", "one of", "one by one", "one day"
_ONE_NOT_COUNTED = {"before": re.compile(r"\b(?:no|any|every|each|the|this|that|which|the only|a)\s+$", re.IGNORECASE),
                    "after": re.compile(r"^\s+(?:another|of|by|or|and|day|more)\b|^[-’']", re.IGNORECASE)}


def _english_ones(aligned: AlignedDocument, side: str, mentions: list[Mention]) -> list[Mention]:
    """The counts of one an English side says in words ("one bathroom"): English "one" is a number, not an
    article (Spanish "un" is either), so it is compared with a count the other side has left over ("two bedrooms
    and one bathroom" / "dos habitaciones y dos baños", "a one-year contract" / "un contrato de cinco años"). Not
    "no one", "one another", "one of", "the one"..."""
    version = aligned.version(side)
    if version.lang != "en":
        return []
    ones = []
    for mention in mentions:
        if mention.kind != "word" or mention.text.lower() != "one":
            continue
        text = version.segments[mention.segment].text
        if _ONE_UNIT_AFTER.match(text, mention.end) or not (
                _ONE_NOT_COUNTED["before"].search(text, 0, mention.start)
                or _ONE_NOT_COUNTED["after"].match(text[mention.end:])):
            ones.append(mention)
    return ones


# "a one-year contract", "a one-game suspension": one unit, counted, article and hyphen notwithstanding
_ONE_UNIT_AFTER = re.compile(r"-(?:year|month|week|day|hour|minute|game|season|term|night)s?\b", re.IGNORECASE)


def _any_ordinal(mentions: list[Mention]) -> bool:
    return any(is_ordinal_word(mention) for mention in mentions)


def _any_time_in_words(mentions: list[Mention]) -> bool:
    return any(mention.kind == "time" and not mention.strong for mention in mentions)


def _differing_times_in_words(aligned, pair, unmatched, position, leftovers, settings) -> list[Finding]:
    """"at noon" against "a medianoche": a time in words left over alone on each side, after matching, is the same
    time changed (words are soft mentions, never reported for want of a counterpart)."""
    if not all(len(leftovers[side]) == 1 and _any_time_in_words(leftovers[side]) for side in ("left", "right")):
        return []
    if any(_moved(unmatched, position, side, leftovers[side][0], True) for side in ("left", "right")):
        return []
    flagged = aligned.translated_side or "right"
    return [_finding(aligned, pair, flagged, leftovers[flagged][0], leftovers[aligned.other(flagged)][0], settings)]


def _differing_counts(aligned, pair, unmatched, position, leftovers, settings) -> list[Finding]:
    """"Three people died" against "Cuatro personas murieron": number words alone are never reported (see the
    module doc), but when, after matching, each side holds one count in words left over (``is_count``) and
    nothing else but number nouns ("dozens") and articles ("un árbol" for "a tree"), the two counts are the
    same phrase with different values. So are two ordinals in words left over alone ("the third time" / "la
    segunda vez"). Not when either count also stands on the other side of a neighbouring
    pair (moved across a sentence boundary)."""
    counts = {side: [m for m in leftovers[side] if is_count(m)] for side in ("left", "right")}
    for side in ("left", "right"):  # "one bathroom" / "dos baños": English "one" is no article
        if counts[aligned.other(side)] and not counts[side]:
            counts[side] = _english_ones(aligned, side, leftovers[side])
    # an ordinal or a scale alone left over: the counts may stand for something else there
    unclear = {side: [m for m in leftovers[side] if not is_count(m) and not _is_number_noun(m) and m.values != ONE]
               for side in ("left", "right")}
    # "the third time" / "la segunda vez": an ordinal each side says that the other side's ordinals do not (an
    # ordinal "first" may have been matched with an article "un" of the other side)
    said = {side: [m for m in unmatched.mentions[position][side] if is_ordinal_word(m) or m.kind == "ordinal"]
            for side in ("left", "right")}  # ("5th Circuit" / "Quinto Circuito": an ordinal in digits says it too)
    ordinals = {side: [m for m in leftovers[side] if is_ordinal_word(m)
                       and not any(m.values & n.values for n in said[aligned.other(side)])]
                for side in ("left", "right")}
    if not any(counts.values()) and all(len(ordinals[side]) == 1 and all(m in ordinals[side] for m in unclear[side])
                                        for side in ("left", "right")):
        counts, unclear = ordinals, {"left": [], "right": []}
    for side in ("left", "right"):  # "in her twenties" / "unos cuarenta años": an age's decade, a count outside it
        other = aligned.other(side)
        if (len(unclear[side]) == 1 and _is_decade_word(unclear[side][0]) and not counts[side]
                and len(counts[other]) == 1 and not unclear[other]):
            counts[side], unclear[side] = unclear[side], []
            (decade,), (count,) = counts[side][0].values, counts[other][0].values
            if decade <= count < decade + 10:
                return []
    if any(len(counts[side]) != 1 or unclear[side] for side in ("left", "right")):
        return []
    if any(noun.segment == count.segment and 0 <= noun.start - count.end <= 1
           for side in ("left", "right") for count in counts[side] for noun in leftovers[side] if noun is not count):
        return []  # "two dozen" is twenty-four
    (left_value,), (right_value,) = counts["left"][0].values, counts["right"][0].values
    smaller = counts["left" if left_value < right_value else "right"][0]
    if any(math.isclose(max(left_value, right_value), min(left_value, right_value) * scale)
           for scale in (1e3, 1e6, 1e9)) and not _counts_a_number_noun(smaller):
        return []  # "two [million] for each father" / "dos millones": the scale said once for both (no one says "a
        # dozen [thousand]": "a dozen" / "doce mil" is a count changed)
    for side in ("left", "right"):
        version = aligned.version(side)
        if any(CLOCK_IN_WORDS[version.lang].search(version.segments[i].text) for i in getattr(pair, side)):
            return []  # "ten to six" is "cinco menos diez": the hour is not a count
    if any(_moved(unmatched, position, side, counts[side][0], True) for side in ("left", "right")):
        return []
    flagged = aligned.translated_side or "right"
    return [_finding(aligned, pair, flagged, counts[flagged][0], counts[aligned.other(flagged)][0], settings)]


# a scale said once, as a whole number: "a million", "one thousand", "un millón", "mil", "mil millones"
_WHOLE_SCALES = frozenset({"thousand", "million", "billion", "trillion", "one thousand", "one million",
                           "one billion", "one trillion", "mil", "un millón", "mil millones", "un millardo",
                           "un billón"})
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _is_whole_scale(mention: Mention) -> bool:
    return mention.kind == "word" and " ".join(mention.text.lower().split()) in _WHOLE_SCALES


def _any_whole_scale(mentions: list[Mention]) -> bool:
    return any(map(_is_whole_scale, mentions))


def _differing_whole_scales(aligned, pair, unmatched, position, settings) -> list[Finding]:
    """"downloaded a million times" against "descargada mil veces": a scale said alone as a whole number on each
    side ("a thousand", "un millón", "mil millones") and worth another. A scale word alone is otherwise no count
    ("billion-dollar losses"), and two counts a thousand times apart are taken for a scale said once for both
    ("two [million] for each father"); a scale on each side, each a number by itself, is neither. The English
    bare word needs its article ("a million"), the Spanish "mil" none ("más de mil"). One each side, left
    unmatched, and neither value said by any number of the other side's sentence or moved to a neighbour's: the
    thousand-and-million slip (and "billion" / "billón", a false friend) that changes an amount a thousandfold."""
    scales = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        said = []
        for mention in unmatched(position)[side]:
            if not _is_whole_scale(mention):
                continue
            if " " in mention.text or version.lang != "en":
                said.append(mention)
            elif article := _ARTICLE_BEFORE.search(version.segments[mention.segment].text, 0, mention.start):
                text = version.segments[mention.segment].text[article.start():mention.end]
                said.append(replace(mention, text=text, start=article.start()))  # named "a million"
        if len(said) != 1:
            return []
        scales[side] = said[0]
    if scales["left"].values & scales["right"].values:
        return []
    for side in ("left", "right"):
        other = aligned.other(side)
        if any(scales[side].values & m.values for m in unmatched.mentions[position][other]):
            return []
        if _moved(unmatched, position, side, scales[side], True):
            return []
    flagged = aligned.translated_side or "right"
    return [_finding(aligned, pair, flagged, scales[flagged], scales[aligned.other(flagged)], settings)]


# the English count words of two to twelve, and the plurals English makes without an "s"
_COUNT_WORDS_EN = {value: word for word, value in UNITS_EN.items() if 2 <= value <= 12 and isinstance(value, int)
                   and not word.endswith(("th", "ond", "ird", "ice"))}
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot",
                      "teeth": "tooth", "mice": "mouse", "geese": "goose"}
_EACH = re.compile(r"\b(?:each|every|per|both|cada|ambos|ambas)\b", re.IGNORECASE)


def _count_said_as_one(aligned, pair, pair_mentions, settings) -> list[Finding]:
    """"Police arrested two suspects" against "La policía arrestó a un sospechoso": a count in words on one side,
    the same thing counted once on the other, where an article says the one (and so no count is left to compare,
    ``_differing_counts``). Read in English, the original and the translation of the other side: the count's plural
    noun ("two suspects") is said in the singular after "a", "an" or "one" ("a suspect"), and the count's word
    nowhere. Not where either side distributes ("a tower at each corner" / "dos torres, una en cada esquina").
    One faithful sentence pair of the dev corpus's 6,569 says it that way, the distributive one."""
    translated = aligned.translated_side
    if translated is None or aligned.version(translated).lang != "es":
        return []
    counts = {side: [m for m in pair_mentions[side] if is_count(m) and len(m.values) == 1]
              for side in ("left", "right")}
    if sorted(len(counts[side]) for side in counts) != [0, 1]:
        return []
    counted = "left" if counts["left"] else "right"
    (mention,) = counts[counted]
    (value,) = mention.values
    # ("dos horas y media" counts two hours and a half: "an hour and a half" says its hour once)
    word = _COUNT_WORDS_EN.get(int(value)) if value in (int(value), int(value) + 0.5) else None
    english = _pair_in_english(aligned, pair)
    if word is None or any(_EACH.search(text) for text in english.values()):
        return []
    return _said_once(aligned, pair, english, counted, mention, word, settings)


def _count_said_as_several(aligned, pair, pair_mentions, settings) -> list[Finding]:
    """"Witnesses heard three gunshots" against "Los testigos escucharon varios disparos": a count in words (two to
    twelve) on one side, the same thing said as several on the other ("several", "various", "multiple"; "varios",
    "diversos"; not "a few", which a loose translation makes "dos horas"), and no count there. The count's word is
    soft, never reported for want of a counterpart, so the number was lost unseen. Read in English (the original and
    the translation of the other side): the count's plural noun, or one ending as it does ("gunshots" / "shots"),
    follows the word of several, and the count's word is said nowhere. Not where either side distributes or says
    "both" ("The two men fired several shots" / "Ambos hombres dispararon varias veces")."""
    if aligned.translated_side is None:
        return []
    counts = {side: [m for m in pair_mentions[side] if is_count(m) and not m.strong and len(m.values) == 1]
              for side in ("left", "right")}
    if sorted(len(counts[side]) for side in counts) != [0, 1]:
        return []
    counted = "left" if counts["left"] else "right"
    other = aligned.other(counted)
    (mention,) = counts[counted]
    (value,) = mention.values
    word = _COUNT_WORDS_EN.get(int(value)) if value == int(value) else None
    english = _pair_in_english(aligned, pair)
    if (word is None or any(_EACH.search(text) for text in english.values())
            or re.search(rf"\b{word}\b", english[other], re.IGNORECASE)):
        return []
    after = re.search(rf"\b{word}\s+([a-z]+)(?:\s+([a-z]+))?", english[counted], re.IGNORECASE)
    nouns = [noun.lower() for noun in (after.groups() if after else ()) if noun and _singular(noun.lower())]
    if not nouns:
        return []
    noun = nouns[0]
    said_as_several = any(
        other_noun == noun or (min(len(other_noun), len(noun)) >= 4
                               and (other_noun.endswith(noun) or noun.endswith(other_noun)))
        for several in _SEVERAL_EN.finditer(english[other])
        for other_noun in (found.lower() for found in several.groups() if found))
    several = _several_said(aligned, pair, other)
    if not said_as_several or several is None:
        return []
    found = {counted: mention, other: several}
    flagged = aligned.translated_side
    said = {side: _words_after(aligned.version(side), found[side], 1) for side in found}
    return [_finding(aligned, pair, flagged, found[flagged], found[aligned.other(flagged)], settings,
                     change=(said[flagged], said[aligned.other(flagged)]), unit_after=True)]


# ("a few" and "unos cuantos" are left out: "a few hours" / "dos horas" is a loose translation's, as often as not)
_SEVERAL_EN = re.compile(r"\b(?:several|various|multiple)\s+([a-z]+)(?:\s+([a-z]+))?", re.IGNORECASE)
_SEVERAL = {"en": re.compile(r"\b(?:several|various|multiple)\b", re.IGNORECASE),
            "es": re.compile(r"\b(?:varios|varias|diversos|diversas)\b", re.IGNORECASE)}


def _several_said(aligned, pair, side: str) -> Mention | None:
    """The first word of several in ``side``'s original sentences of ``pair`` ("varios", "several"), as a mention of
    no value."""
    version = aligned.version(side)
    for index in getattr(pair, side):
        if match := _SEVERAL[version.lang].search(version.segments[index].text):
            return Mention(match.group(), match.start(), match.end(), "word", frozenset(), False, segment=index)
    return None


def _both_said_as_one(aligned, pair, settings) -> list[Finding]:
    """"Both lanes of I-35 were closed" against "Un carril de la I-35 fue cerrado": "both" (or "ambos"), the two of a
    pair, said once after an article on the other side, read as a count of two (``_count_said_as_one``); not "both X
    and Y", which says no number."""
    translated = aligned.translated_side
    if translated is None or aligned.version(translated).lang != "es":
        return []
    both = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        for index in getattr(pair, side):
            text = version.segments[index].text
            for match in _BOTH[version.lang].finditer(text):
                both.setdefault(side, Mention(match.group(), match.start(), match.end(), "word", frozenset({2.0}),
                                              False, segment=index))
    if len(both) != 1:
        return []
    ((counted, mention),) = both.items()
    english = _pair_in_english(aligned, pair)
    if re.search(r"\b(?:each|every|per|cada)\b", " ".join(english.values()), re.IGNORECASE):
        return []
    return _said_once(aligned, pair, english, counted, mention, "both", settings)


_BOTH = {"en": re.compile(r"\b[Bb]oth\b(?!\s+(?:of\s+)?(?:them|us|you|sides|parties)\b)(?![^.;,]*?\s(?:and|y)\s)"),
         "es": re.compile(r"\b[Aa]mb[oa]s\b(?![^.;,]*?\s(?:and|y)\s)")}
_BOTH_CUES = {"en": ("both",), "es": ("ambos", "ambas")}


def _pair_in_english(aligned, pair) -> dict[str, str]:
    """Each side of ``pair`` in English: its original, or its translation."""
    translated = aligned.translated_side
    return {side: (pair.translation if side == translated else _side_text(aligned, side, getattr(pair, side)))
            for side in ("left", "right")}


def _said_once(aligned, pair, english: dict[str, str], counted: str, mention: Mention, word: str,
               settings) -> list[Finding]:
    """The finding where ``word`` ("two", "both") and its plural noun on the ``counted`` side are said once, after an
    article, on the other (both read in ``english``), and ``word`` nowhere there."""
    one_side = aligned.other(counted)
    if re.search(rf"\b{word}\b", english[one_side], re.IGNORECASE):
        return []
    after = re.search(rf"\b{word}\s+(?:of\s+the\s+|the\s+)?([a-z]+)(?:\s+([a-z]+))?", english[counted], re.IGNORECASE)
    singular, words = None, 0
    for words, noun in enumerate(after.groups() if after else (), start=1):
        singular = _singular(noun.lower()) if noun and len(noun) >= 3 else None
        if singular:
            break
    said_once = singular and re.search(rf"\b(?:a|an|one)\s+(?:[a-z]+\s+)?{singular}\b", english[one_side],
                                       re.IGNORECASE)
    if not said_once:
        return []
    one = _one_said(aligned, pair, one_side, english[one_side], said_once.start())
    if one is None:
        return []
    found = {counted: mention, one_side: one}
    nouns = {side: _words_after(aligned.version(side), found[side], words) for side in found}
    flagged = aligned.translated_side
    return [_finding(aligned, pair, flagged, found[flagged], found[aligned.other(flagged)], settings,
                     change=(nouns[flagged], nouns[aligned.other(flagged)]), unit_after=True)]


_ONE_WORDS = {"en": re.compile(r"\b(?:a|an|one)\b(?=\s)", re.IGNORECASE),
              "es": re.compile(r"\b(?:un|una|uno)\b(?=\s)", re.IGNORECASE)}


def _one_said(aligned, pair, side: str, english: str, at: int) -> Mention | None:
    """The article or "one" of ``side``'s original that says the one ``english`` says at ``at`` (its English: the
    original, or the translation, where the n-th "a", "an" or "one" is taken for the n-th "un", "una" or "uno" when
    both say as many)."""
    version = aligned.version(side)
    ones = [Mention(match.group(), match.start(), match.end(), "word", ONE, False, segment=index)
            for index in getattr(pair, side) for match in _ONE_WORDS[version.lang].finditer(version.segments[index].text)]
    if version.lang == "en":
        offset = 0
        for index in getattr(pair, side):  # (the pair's sentences joined by a space, as ``english`` is)
            for one in ones:
                if one.segment == index and offset + one.start == at:
                    return one
            offset += len(version.segments[index].text) + 1
        return None
    said = _ONE_WORDS["en"].findall(english)
    if len(said) != len(ones):
        return None
    return ones[len(_ONE_WORDS["en"].findall(english[:at]))]


def _singular(noun: str) -> str | None:
    """The singular of an English plural noun ("suspects", "witnesses", "people"), None for a word that is none."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else None


def _pair_texts(aligned, pair):
    """(version, sentence text) of each sentence of ``pair``, both sides."""
    return [(aligned.version(side), aligned.version(side).segments[index].text)
            for side in ("left", "right") for index in getattr(pair, side)]


def _side_text(aligned, side: str, indices) -> str:
    version = aligned.version(side)
    return " ".join(version.segments[index].text for index in indices)


def _words_after(version, mention: Mention, count: int) -> str:
    """The ``count`` words after ``mention`` in its segment: what it counts ("two suspects", "una nueva
    biblioteca"); none where its text names them already ("dos horas y media": ``_HALF_AFTER_UNIT``)."""
    if len(mention.text) > mention.end - mention.start:
        return ""
    following = re.match(rf"(?:\s+[^\W\d_]+){{1,{count}}}(?:\s+(?:and\s+a\s+half|y\s+medi[oa])(?![\w-]))?",
                         version.segments[mention.segment].text[mention.end:])  # (and its half: "an hour and a half")
    return following.group().strip() if following else ""


_SEPARATOR = r"[.,\s\u00a0\u202f]?\s?"


def digits_pattern(mention: Mention) -> re.Pattern | None:
    """The numeral of ``mention`` as it may be written on the other side, glued to anything but digits.

    Thousands groups may use any separator ("140,000" = "140. 000" = "140000"); a decimal
    point may be a period or a comma ("15.8" = "un15,8"). None for dates and times.
    """
    if mention.kind in ("date", "time", "word", "roman"):
        return None
    numeral = re.search(r"\d(?:[\d.,\s\u00a0\u202f]*\d)?", mention.text)
    if numeral is None:
        return None
    runs = re.findall(r"\d+", numeral.group(0))
    if len(runs) == 1 or all(len(run) == 3 for run in runs[1:]):
        digits = "".join(runs)
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        body = _SEPARATOR.join(groups)
    else:
        body = ("(?:0)?" if runs[0] == "0" else runs[0]) + "[.,]" + "[.,]".join(runs[1:])
    return re.compile(rf"(?<!\d)(?<!\d[.,]){body}(?!\d)(?![.,]\d)")


# An amount given again in another currency, as a reader's aid: "500 pesos, about $25", "1 million euros ($1.1
# million)", "500 dólares (unos 10.000 pesos)"
_CURRENCY_SYMBOLS = "$€£¥"
_CURRENCY_WORD = re.compile(r"\s*(?:de\s+)?(dollars?|dólares|dolares|pesos?|euros?|pounds?|libras|yuan|yenes|yen|"
                            r"quetzales|lempiras|colones|soles|reales|bolívares|bolivares|cents?|centavos?|"
                            r"céntimos?)\b",
                            re.IGNORECASE)
_CONVERSION_BETWEEN = re.compile(
    r"\s*(?:,|\(|—|–)\s*(?:(?:about|roughly|around|nearly|some|approximately|or|unos|unas|alrededor\s+de|"
    r"aproximadamente|casi|o|equivalent\s+to|equivalentes\s+a)\s+)?", re.IGNORECASE)


def _currency(mention: Mention, text: str) -> str | None:
    """The currency of an amount: its symbol ("$25") or the word after it ("500 pesos"), lower case; None for a
    number that is no amount."""
    if mention.text[:1] in _CURRENCY_SYMBOLS:
        return mention.text[:1]
    word = _CURRENCY_WORD.match(text, mention.end)
    return word.group(1).lower() if word else None


def _drop_currency_conversions(aligned: AlignedDocument, pair: AlignedPair, mentions: dict[str, list[Mention]],
                               leftovers: dict[str, list[Mention]]) -> None:
    """Remove leftovers that give the amount just before them again in another currency ("500 pesos, about $25")
    when that amount matched the other side: a reader's aid one version adds, not a number the other lacks."""
    for side in ("left", "right"):
        version = aligned.version(side)
        for mention in [m for m in leftovers[side] if m.strong]:
            text = version.segments[mention.segment].text
            currency = _currency(mention, text)
            if currency is None:
                continue
            before = [m for m in mentions[side] if m.segment == mention.segment and m.end <= mention.start]
            if not before or before[-1] in leftovers[side]:
                continue
            previous = before[-1]
            previous_currency = _currency(previous, text)
            if previous_currency is None or previous_currency == currency:
                continue
            between = text[previous.end : mention.start]
            word = _CURRENCY_WORD.match(between)
            if _CONVERSION_BETWEEN.fullmatch(between[word.end() if word else 0 :]):
                leftovers[side].remove(mention)


_SCALED = re.compile(r"\d\s*(?:[^\W\d_]{2,}|[mkb]n?\b)", re.IGNORECASE)  # "1 billón", "3 mil", "$1.5B", "£3m"
# a scale word one word after a numeral ("100 otros mil millones", "100 more billion"): the numeral's scale still
_SCALE_A_WORD_AFTER = re.compile(r"\s+[^\W\d_]+\s+(?:mil\s+millones|mill[oó]n(?:es)?|millardos?|bill[oó]n(?:es)?|"
                                 r"million|billion|trillion)\b", re.IGNORECASE)


_UNIT_WORDS_BEFORE_CONVERSION = re.compile(r"\s*(?:[^\W\d_]+(?:/[^\W\d_]+)?\.?\s*){0,4}")


def _drop_unit_conversions(aligned: AlignedDocument, pair: AlignedPair, mentions: dict[str, list[Mention]],
                           leftovers: dict[str, list[Mention]]) -> None:
    """Remove leftovers that give the quantity just before them again in another unit ("120 millas por hora (193
    km/h)", "340 miles, or about 550 kilometers") when that quantity matched the other side: US Spanish-language
    newsrooms add the metric value for their readers, as they add an amount in pesos."""
    for side in ("left", "right"):
        version = aligned.version(side)
        for mention in [m for m in leftovers[side] if m.strong]:
            before = [m for m in mentions[side] if m.segment == mention.segment and m.end <= mention.start]
            if not before or before[-1] in leftovers[side]:
                continue
            previous = before[-1]
            text = version.segments[mention.segment].text
            converted = previous.converted or _converted(previous.values, text[previous.end:], SPANISH_IMPERIAL_UNITS)
            if not any(math.isclose(x, y, rel_tol=CONVERSION_TOLERANCE)
                       for x, y in [(c, v) for c in converted for v in mention.values]
                       + [(c, v) for c in mention.converted for v in previous.values]):
                continue
            between = text[previous.end : mention.start]
            units = _UNIT_WORDS_BEFORE_CONVERSION.match(between)
            if between[units.end():].strip() and _CONVERSION_BETWEEN.fullmatch(between[units.end():]):
                leftovers[side].remove(mention)


def _drop_measures_said_with_an_article(aligned: AlignedDocument, pair: AlignedPair,
                                        leftovers: dict[str, list[Mention]]) -> None:
    """Remove a number with a unit of measure left over on one side ("30 centímetros", "1,6 km") that gives the
    measure the other side says with an article or a half ("a foot of snow", "a mile long", "medio kilo"): one
    measure, converted (``bilingo.rules.quantities.article_measures``)."""
    from bilingo.rules.quantities import MEASURE_TOLERANCE, article_measures, number_measure  # (it imports this)

    for side in ("left", "right"):
        if not any(m.strong for m in leftovers[side]):
            continue
        other = aligned.version(aligned.other(side))
        said = [measure[:2] for index in getattr(pair, aligned.other(side))
                for measure in article_measures(other.segments[index].text, other.lang)]
        if not said:
            continue
        version = aligned.version(side)
        for mention in [m for m in leftovers[side] if m.strong]:
            measure = number_measure(version.segments[mention.segment].text, mention)
            if measure is not None and any(dimension == measure[0] and any(
                    math.isclose(size, value, rel_tol=MEASURE_TOLERANCE) for value in measure[1])
                    for dimension, size in said):
                leftovers[side].remove(mention)


def _drop_time_spans_said_with_an_article(aligned: AlignedDocument, pair: AlignedPair,
                                          leftovers: dict[str, list[Mention]]) -> None:
    """Remove a number with a unit of time left over on one side ("30 minutes", "12 meses") that gives the span the
    other side says with an article or a half ("media hora", "a year"): one span, said two ways
    (``bilingo.rules.quantities.article_time_spans``, which compares two such spans)."""
    from bilingo.rules.quantities import DAYS_IN, article_time_spans, time_span_units  # (it imports this)

    for side in ("left", "right"):
        if not leftovers[side]:
            continue
        other = aligned.version(aligned.other(side))
        said = [span[0] for index in getattr(pair, aligned.other(side))
                for span in article_time_spans(other.segments[index].text, other.lang)]
        if not said:
            continue
        version = aligned.version(side)
        for mention in list(leftovers[side]):
            reading = time_span_units(version.segments[mention.segment].text, version.lang, mention.segment).get(
                mention.start)
            if reading is not None and reading[0] in DAYS_IN and any(
                    math.isclose(value * DAYS_IN[reading[0]], days, rel_tol=0.1)
                    for value in mention.values for days in said):
                leftovers[side].remove(mention)


def _drop_spans_said_in_another_unit(aligned: AlignedDocument, pair: AlignedPair,
                                     leftovers: dict[str, list[Mention]]) -> None:
    """Remove the counts of a span of time just past that each side gives the same length in its own unit ("the past
    12 months" / "el último año", "the past 24 months" / "los últimos dos años"): one span, said two ways
    (``bilingo.rules.quantities.recent_spans``, which reports such spans of different lengths)."""
    from bilingo.rules.quantities import recent_spans  # (quantities imports this module)

    said = said_in_pair(aligned, pair, recent_spans)
    if said is None or any(len(said[side]) != 1 for side in ("left", "right")):
        return  # (most pairs)
    (_, (left_days, _, _, _)), (_, (right_days, _, _, _)) = said["left"][0], said["right"][0]
    if not math.isclose(left_days, right_days, rel_tol=0.1):
        return
    for side in ("left", "right"):
        index, (_, start, end, _) = said[side][0]
        leftovers[side] = [m for m in leftovers[side] if not (m.segment == index and start <= m.start < end)]


def _drop_durations_said_in_another_unit(aligned: AlignedDocument, pair: AlignedPair,
                                        leftovers: dict[str, list[Mention]]) -> None:
    """Remove a length of time left over on each side that the two say in different units, alike ("150 minutes" /
    "dos horas y media", "two hours and 15 minutes" / "dos horas y cuarto"): one span, said two ways. A side's
    length is one number followed by its unit of time, or two of them in one sentence ("two hours and 15 minutes")."""
    from bilingo.rules.quantities import time_unit_counts  # (quantities imports this module)

    lengths: dict[str, list[tuple[float, tuple[Mention, ...]]]] = {}
    for side in ("left", "right"):
        spans = time_unit_counts(aligned.version(side), leftovers[side])
        if not spans:
            return  # (most pairs)
        lengths[side] = [(days, (mention,)) for days, mention in spans] + [
            (days + other_days, (mention, other)) for (days, mention), (other_days, other) in zip(spans, spans[1:])
            if mention.segment == other.segment and days > other_days]
    for left_days, left_mentions in lengths["left"]:
        for right_days, right_mentions in lengths["right"]:
            if (math.isclose(left_days, right_days, rel_tol=0.02)
                    and all(m in leftovers["left"] for m in left_mentions)
                    and all(m in leftovers["right"] for m in right_mentions)):
                for mention in left_mentions:
                    leftovers["left"].remove(mention)
                for mention in right_mentions:
                    leftovers["right"].remove(mention)


def _drop_measures_said_in_another_unit(aligned: AlignedDocument, pair: AlignedPair,
                                        leftovers: dict[str, list[Mention]]) -> None:
    """Remove a number with a unit of measure left over on each side that the two say in different units of one
    dimension, alike ("40 tons" / "40.000 kilos", "2 kilometers" / "2.000 metros"): one measure, said two ways
    (within ``MEASURE_SAME_TOLERANCE``: a ton may be a short one). In one unit, two numbers are two measures ("56
    kilometres" / "54 kilómetros")."""
    from bilingo.rules.quantities import number_measure  # (quantities imports this module)

    measures: dict[str, list[tuple[str, float, frozenset[float], Mention]]] = {}
    for side in ("left", "right"):
        version = aligned.version(side)
        measures[side] = [(measure[0], min(measure[1]) / min(mention.values), measure[1], mention)
                          for mention in leftovers[side] if mention.strong and min(mention.values, default=0) > 0
                          and (measure := number_measure(version.segments[mention.segment].text, mention))]
        if not measures[side]:
            return  # (most pairs)
    for left_dimension, left_unit, left_sizes, left_mention in measures["left"]:
        for right_dimension, right_unit, right_sizes, right_mention in measures["right"]:
            if (left_dimension == right_dimension and not math.isclose(left_unit, right_unit, rel_tol=0.01)
                    and left_mention in leftovers["left"] and right_mention in leftovers["right"]
                    and any(math.isclose(left, right, rel_tol=MEASURE_SAME_TOLERANCE)
                            for left in left_sizes for right in right_sizes)):
                leftovers["left"].remove(left_mention)
                leftovers["right"].remove(right_mention)


def _drop_kin_said_as_a_total(aligned: AlignedDocument, pair: AlignedPair,
                              leftovers: dict[str, list[Mention]]) -> None:
    """Remove the counts of a kin one side gives item by item and the other as a total ("two daughters and a son" /
    "tres hijos"): one family, said two ways (``bilingo.rules.relations.kin_genders``)."""
    from bilingo.rules.relations import kin_count, kin_genders

    said = said_in_pair(aligned, pair, kin_genders)
    if said is None:
        return  # (most pairs)
    texts = {side: aligned.version(side).segments for side in ("left", "right")}
    for kin in {item[0] for _, item in said["left"]}:
        items = {side: [(index, item) for index, item in said[side] if item[0] == kin] for side in ("left", "right")}
        for whole, parts in (("left", "right"), ("right", "left")):
            if len(items[whole]) != 1 or len(items[parts]) < 2:
                continue
            counts = [kin_count(texts[side][index].text, item) for side in (whole, parts)
                      for index, item in items[side]]
            if None in counts or counts[0] != sum(counts[1:]):
                continue
            for side in ("left", "right"):
                spans = [(index, item[2], item[3]) for index, item in items[side]]
                leftovers[side] = [m for m in leftovers[side]
                                   if not any(m.segment == index and start <= m.start < end
                                              for index, start, end in spans)]


def _drop_dates_said_as_holidays(aligned: AlignedDocument, pair: AlignedPair,
                                 leftovers: dict[str, list[Mention]]) -> None:
    """Remove a date left over on one side that the other side names as its holiday ("the Fourth of July" / "el Día
    de la Independencia", "Dec. 25" / "Navidad"): one date, said two ways (``bilingo.rules.holidays``); and a date
    that is a holiday's name ("the Fourth of July") against another holiday, which the holidays reading reports."""
    from bilingo.rules.holidays import holiday_dates, holidays  # (holidays imports opposites, which imports this)

    for side in ("left", "right"):
        dated = [m for m in leftovers[side] if m.kind == "date" and m.exact]
        if not dated:
            continue
        own, other = aligned.version(side), aligned.version(aligned.other(side))
        other_texts = [other.segments[index].text for index in getattr(pair, aligned.other(side))]
        named = frozenset().union(*(holiday_dates(text, other.lang) for text in other_texts))
        for mention in dated:
            if mention.exact <= named or (holidays(mention.text, own.lang)
                                          and any(holidays(text, other.lang) for text in other_texts)):
                leftovers[side].remove(mention)


# a bound that a decade's next ten says from above: "into the 20s" is "menos de 30 grados", "under 30"
_BELOW_BEFORE = re.compile(r"\b(?:menos\s+de|por\s+debajo\s+de|bajo|debajo\s+de|under|below|less\s+than)"
                           r"\s+(?:l[oa]s\s+)?$", re.IGNORECASE)


def _drop_decades_said_as_bounds(aligned: AlignedDocument, leftovers: dict[str, list[Mention]]) -> None:
    """Remove a decade left over on one side ("temperatures drop into the 20s") and, on the other, the number of the
    next ten after "under" or "menos de" ("temperaturas de menos de 30 grados"): one range said two ways."""
    for side in ("left", "right"):
        other = aligned.other(side)
        other_version = aligned.version(other)
        for decade in [m for m in leftovers[side] if m.kind == "decade"]:
            tops = {value + 10 for value in decade.values if 0 <= value < 100 and value % 10 == 0}
            bound = next((m for m in leftovers[other] if m.kind == "number" and m.values & tops
                          and _BELOW_BEFORE.search(other_version.segments[m.segment].text, max(0, m.start - 30),
                                                   m.start)), None)
            if bound is not None:
                leftovers[side].remove(decade)
                leftovers[other].remove(bound)


# what joins a range's ends: "entre 10 y 15", "de 10 a 15", "10-15", "10 to 15"
_RANGE_JOINER = re.compile(r"\s*(?:y|a|al|hasta|-|–|and|to|through)\s*", re.IGNORECASE)


def _drop_range_ends_in_a_decade(aligned: AlignedDocument, mentions: dict[str, list[Mention]],
                                 leftovers: dict[str, list[Mention]]) -> None:
    """Remove the second end of a range left over on one side ("máximas de entre 10 y 15 grados") when its first
    end matched, and both are in a decade the other side says ("highs in the 50s": 10 to 15 °C): one decade said as
    a range, in another unit or not ("in their 50s" / "de entre 50 y 59 años")."""
    for side in ("left", "right"):
        decades = [m for m in mentions[aligned.other(side)] if m.kind == "decade"]
        if not decades:
            continue
        in_decades = frozenset().union(*(frozenset(float(value) for base in decade.values if 0 <= base < 130
                                                   for value in range(int(base), int(base) + 10)) | decade.converted
                                         for decade in decades))
        segments = aligned.version(side).segments
        for mention in [m for m in leftovers[side] if m.strong and m.kind == "number"]:
            before = [m for m in mentions[side] if m.segment == mention.segment and m.end <= mention.start]
            if (before and before[-1] not in leftovers[side]
                    and _RANGE_JOINER.fullmatch(segments[mention.segment].text, before[-1].end, mention.start)
                    and any(abs(value - end) <= 0.5 for value in in_decades for end in mention.values)):
                leftovers[side].remove(mention)


def _drop_written_alike(aligned: AlignedDocument, pair: AlignedPair, mentions: dict[str, list[Mention]],
                        leftovers: dict[str, list[Mention]]) -> None:
    """Remove leftovers whose numeral is written on the other side in a form not parsed as a number.

    Scraped and hurried text glues numbers to words ("35mm", "un15.8 %", "Fig.2", "CDF500",
    "de14 billones") or splits them ("140. 000"); the number is there, only unreadable as
    a quantity. A numeral found in the other side's text, outside the mentions already
    matched there, is taken as present, and any leftover of the other side inside the
    place it was found goes too (the two halves of "140. 000").

    Not a numeral the other side gives with a scale word of its own that was read ("1 billón" for "$1 billion",
    "3 mil" for "$3 million"): the digits are the same, the quantity is not, and that is the classic error. Nor a
    number with a scale against the other side's numeral read without one ("$50K" / "50 dólares", "3 millones" /
    "3"): the scale was dropped, not the number glued.
    """
    for side in ("left", "right"):
        other = aligned.other(side)
        version = aligned.version(other)
        # where the other side's numerals are taken: matched mentions, and leftovers read with a scale word
        taken = [m for m in mentions[other] if m not in leftovers[other]] + [
            m for m in leftovers[other] if m.strong and m.kind == "number" and _SCALED.search(m.text)]
        unscaled = [m for m in leftovers[other] if m.strong and m.kind == "number" and not _SCALED.search(m.text)
                    and not _SCALE_A_WORD_AFTER.match(version.segments[m.segment].text, m.end)]
        for mention in [m for m in leftovers[side] if m.strong]:
            pattern = digits_pattern(mention)
            if pattern is None:
                continue
            scaled = mention.kind == "number" and _SCALED.search(mention.text) is not None
            taken_here = taken + unscaled if scaled else taken
            for index in getattr(pair, other):
                found = next((hit for hit in pattern.finditer(version.segments[index].text)
                              if not any(m.segment == index and m.start < hit.end() and hit.start() < m.end
                                         for m in taken_here)), None)
                if found is not None:
                    leftovers[side].remove(mention)
                    leftovers[other] = [m for m in leftovers[other] if not (
                        m.segment == index and m.start < found.end() and found.start() < m.end)]
                    break


class _Unmatched:
    """The mentions of each pair that ``match_mentions`` leaves unmatched, by the pair's position, made when first
    asked: a pair's own, and its neighbours' for ``_moved``."""

    def __init__(self, mentions: list[dict[str, list[Mention]]]) -> None:
        self.mentions = mentions
        self._made: dict[int, dict[str, list[Mention]]] = {}

    def __len__(self) -> int:
        return len(self.mentions)

    def __call__(self, position: int) -> dict[str, list[Mention]]:
        if position not in self._made:
            pair_mentions = self.mentions[position]
            self._made[position] = dict(zip(("left", "right"),
                                            match_mentions(pair_mentions["left"], pair_mentions["right"])))
        return self._made[position]


def _holds_a_number(mentions: list[Mention]) -> bool:
    """Whether ``mentions`` hold a number in digits or a count in words ("un" is an article as often)."""
    return any(mention.strong or is_count(mention) for mention in mentions)


def _moved(unmatched: _Unmatched, position: int, side: str, mention: Mention, changed: bool) -> bool:
    """Whether the other side of a neighbouring bead holds the same quantity: a number moved across a sentence
    break, or a repeat the other side said in words ("in 2007" against "este año", where the sentence before gives
    2007 on both sides). Where the other side of this pair has a number left over too (``changed``: a quantity
    changed, not dropped), only one left unmatched there counts: one that matched is that sentence's own ("up from
    six two weeks ago" turned "tres semanas" beside "Two children" / "Dos niños"). A date moves as digits, not as a
    word that shares its day ("Jan. 1" / "1 de febrero" beside "the first Latina"), and a time as a time: "9 p. m."
    is also 21, which "21 Republicans" in the sentence before is not. An ordinal in words moves as an ordinal or
    as digits, not as a count: "the first time" does not stand in the "un comunicado" of the next sentence."""
    other = "right" if side == "left" else "left"
    for neighbour in range(max(0, position - NEIGHBOUR_PAIRS), min(len(unmatched), position + NEIGHBOUR_PAIRS + 1)):
        if neighbour == position:
            continue
        there = unmatched(neighbour)[other] if changed else unmatched.mentions[neighbour][other]
        if any(compatible(mention, m) for m in there if _may_move_as(mention, m)):
            return True
    return False


_WRITTEN_HOUR = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")


def _may_move_as(mention: Mention, other: Mention) -> bool:
    """Whether ``other``, in a neighbouring sentence, may be ``mention`` moved there (see ``_moved``): a time as a
    time or as its hour as written ("7pm" as "las 7"), not as the hour it stands for ("9 p. m." is 21), and an
    ordinal in words as an ordinal or as digits, not as a count or an article ("first" is no "un")."""
    if mention.kind == "time" and other.kind != "time":
        written = _WRITTEN_HOUR.match(mention.text)
        return written is not None and float(written.group(1)) + int(written.group(2) or 0) / 60 in other.values
    if not other.strong and is_ordinal_word(mention):
        return is_ordinal_word(other)
    return other.strong or mention.kind != "date"


def _repeats_a_match(mention: Mention, side_mentions: list[Mention], side_leftovers: list[Mention]) -> bool:
    """Whether the sentence already gave this quantity and that mention matched the other side: a translation
    often says a repeated number once ("50% in the US, the remaining 50% in Europe" = "el 50% en EE. UU., el
    porcentaje restante en Europa")."""
    return any(other is not mention and other not in side_leftovers and compatible(mention, other)
               for other in side_mentions)


def _pair_findings(aligned, pair, strong, leftovers, settings, repeats) -> list[Finding]:
    """Findings for one pair: differing values first (both spans), then values missing on one side, except a
    repeat of a number that matched (``_repeats_a_match``): one whose repeat was changed still differs."""
    findings = []
    flagged_side = aligned.translated_side or "right"
    other_side = aligned.other(flagged_side)
    # a strong leftover of the flagged side against any leftover of the other side, in text order
    counterparts = [m for m in leftovers[other_side] if m.strong]
    differing = []
    for mention in list(strong[flagged_side]):
        same_kind = [c for c in counterparts if _kind_family(c) == _kind_family(mention)]
        if same_kind:
            counterpart = same_kind[0]
            counterparts.remove(counterpart)
            strong[flagged_side].remove(mention)
            if counterpart in strong[other_side]:
                strong[other_side].remove(counterpart)
            differing.append((mention, counterpart))
    for mention, counterpart in differing:
        findings.append(_finding(aligned, pair, flagged_side, mention, counterpart, settings))
    for side in ("left", "right"):
        other = aligned.other(side)
        # one number left on this side, one count in words on the other and nothing else: the same count, changed
        # ("within six minutes" / "en 16 minutos")
        counts = [m for m in leftovers[other] if is_count(m)]
        said_instead = (counts[0] if len(strong[side]) == 1 and len(counts) == 1 and not strong[other]
                        and strong[side][0].kind == "number" else None)
        for mention in strong[side]:
            if mention not in repeats[side]:
                findings.append(_finding(aligned, pair, side, mention, said_instead, settings))
    return findings


# Fractions said in words, as the percentage they are: "half" for "50 %", "uno de cada cuatro" for "25%".
_SMALL_NUMBERS = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10},
    "es": {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10},
}
_FRACTION_WORDS = {
    "en": [(r"half", 50.0), (r"(?:a|one)[ -]quarter", 25.0), (r"three[ -]quarters", 75.0),
           (r"(?:a|one)[ -]third", 100 / 3), (r"two[ -]thirds", 200 / 3), (r"(?:a|one)[ -]fifth", 20.0),
           (r"(?:a|one)[ -]tenth", 10.0)],
    "es": [(r"(?:la )?mitad|medio(?=\s+punto)", 50.0), (r"(?:un|una) cuarto|(?:una )?cuarta parte", 25.0),
           (r"tres cuartos|tres cuartas partes", 75.0), (r"un tercio|(?:una )?tercera parte", 100 / 3),
           (r"dos tercios|dos terceras partes", 200 / 3), (r"un quinto|(?:una )?quinta parte", 20.0),
           (r"(?:una )?décima parte", 10.0)],
}
# each language's fractions as one pattern (one scan of the text), group ``f<i>`` for ``_FRACTION_WORDS[lang][i]``
_FRACTIONS = {
    lang: re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(patterns)) + r")\b",
                     re.IGNORECASE)
    for lang, patterns in _FRACTION_WORDS.items()
}
_ONE_IN = {  # "one in four", "nueve de cada diez": the first word one of ``_SMALL_NUMBERS``, the second checked after
    lang: re.compile(rf"\b({'|'.join(numbers)})\s+{between}\s+(\w+)\b", re.IGNORECASE)
    for lang, numbers, between in (("en", _SMALL_NUMBERS["en"], r"(?:in|out\s+of)"),
                                   ("es", _SMALL_NUMBERS["es"], r"de\s+cada"))
}
# What every fraction in words holds (lower case): a sentence without any (most) says none, and
# ``fraction_spans`` runs its patterns only where one is found (substring tests: much cheaper than the patterns)
_FRACTION_CUES = {"en": ("half", "quarter", "third", "fifth", "tenth"),
                  "es": ("mitad", "medio punto", "cuart", "terc", "quint", "décima")}
_ONE_IN_CUES = {"en": " in", "es": " cada"}  # what stands between the two numbers of ``_ONE_IN`` ("out of" apart)


def _may_say_a_fraction(text: str, lang: str) -> bool:
    lowered = text.lower()
    if any(cue in lowered for cue in _FRACTION_CUES[lang]):
        return True
    return ((_ONE_IN_CUES[lang] in lowered or (lang == "en" and " out" in lowered))
            and any(number in lowered for number in _SMALL_NUMBERS[lang]))
FRACTION_TOLERANCE = 1.0  # percentage points: "a third" is 33% or 33.3%, "nearly half" 49%


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def fraction_percents(text: str, lang: str) -> frozenset[float]:
    """The fractions ``text`` says in words, as percentages: "half" 50, "a quarter" 25, "two thirds" 66.7, "one
    in four" 25, "nueve de cada diez" 90."""
    return frozenset(value for value, _, _ in fraction_spans(text, lang))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def fraction_spans(text: str, lang: str) -> tuple[tuple[float, int, int], ...]:
    """Each fraction ``text`` says in words: (its percentage, start, end) in file order."""
    lang = lang if lang in _FRACTIONS else "en"
    if not _may_say_a_fraction(text, lang):
        return ()
    values = _FRACTION_WORDS[lang]
    found = [(values[int(match.lastgroup[1:])][1], match.start(), match.end())
             for match in _FRACTIONS[lang].finditer(text)]
    numbers = _SMALL_NUMBERS[lang]
    for match in _ONE_IN[lang].finditer(text):
        part, whole = numbers.get(match.group(1).lower()), numbers.get(match.group(2).lower())
        if part and whole and part < whole:
            found.append((100 * part / whole, match.start(), match.end()))
    return tuple(sorted(found, key=lambda fraction: fraction[1]))


def _differing_fractions(aligned, pair, position, settings) -> list[Finding]:
    """"One in five residents" against "Uno de cada cuatro residentes": a fraction in words on each side of a pair
    and none of one side's in the other's (within ``FRACTION_TOLERANCE``), nor in the neighbouring pairs' other
    side (moved across a sentence boundary). As with counts in words, a fraction one side says and the other
    does not is left alone ("half an hour" / "treinta minutos")."""
    spans = said_in_pair(aligned, pair, fraction_spans)
    if spans is None:
        return []  # (most pairs: a sentence seldom says a fraction in words)
    said = {side: [Mention(aligned.version(side).segments[index].text[start:end], start, end, "fraction",
                           frozenset({value}), False, index) for index, (value, start, end) in spans[side]]
            for side in ("left", "right")}

    def near(mention: Mention, values: frozenset[float]) -> bool:
        return any(abs(value - other) <= FRACTION_TOLERANCE for value in mention.values for other in values)

    unmatched = {side: [m for m in said[side]
                        if not near(m, frozenset(v for n in said[aligned.other(side)] for v in n.values))]
                 for side in ("left", "right")}
    if not unmatched["left"] or not unmatched["right"]:
        return []
    pairs = aligned.pairs
    for side in ("left", "right"):
        other = aligned.other(side)
        nearby = frozenset().union(*(_pair_fraction_percents(aligned, other, getattr(pairs[n], other))
                                     for n in range(max(0, position - NEIGHBOUR_PAIRS),
                                                    min(len(pairs), position + NEIGHBOUR_PAIRS + 1))
                                     if n != position))
        if any(near(mention, nearby) for mention in unmatched[side]):
            return []
    flagged = aligned.translated_side or "right"
    return [_finding(aligned, pair, flagged, unmatched[flagged][0], unmatched[aligned.other(flagged)][0], settings)]


def _pair_fraction_percents(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> frozenset[float]:
    version = aligned.version(side)
    return frozenset().union(*(fraction_percents(version.segments[i].text, version.lang) for i in indices))


def _said_as_fraction(mention: Mention, fractions: frozenset[float]) -> bool:
    """Whether a percentage is said on the other side as a fraction in words ("25 %" / "a quarter")."""
    return mention.kind == "percent" and any(
        abs(value - fraction) <= FRACTION_TOLERANCE for value in mention.values for fraction in fractions)


# A fraction in digits: a numerator below its denominator, both of one digit (or 10), not part of a date ("2/3/2020")
# nor of a longer number. "24/7" and "9/11" are none.
_DIGIT_FRACTION = re.compile(r"(?<![\d/.,])([1-9])\s?/\s?([1-9]|10)(?![\d/])")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def digit_fraction_spans(text: str) -> tuple[tuple[float, int, int], ...]:
    """Each fraction ``text`` writes in digits ("2/3", "1/4"): (its percentage, start, end)."""
    if "/" not in text:
        return ()  # (most sentences)
    return tuple((100 * int(match.group(1)) / int(match.group(2)), match.start(), match.end())
                 for match in _DIGIT_FRACTION.finditer(text) if int(match.group(1)) < int(match.group(2)))


# A share in digits: "9 in 10", "3 out of 10", "9 de cada 10" (a poll's), which the other side may give as a percent
_DIGIT_SHARE = re.compile(r"(?<![\d.,])([1-9])\s+(?:in|out\s+of|de\s+cada)\s+(10|[2-9])(?![\d.,])", re.IGNORECASE)
_DIGIT_SHARE_CUES = (" in ", " out of ", " cada ")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def digit_share_spans(text: str) -> tuple[tuple[float, int, int], ...]:
    """Each share ``text`` writes in digits ("9 in 10", "3 de cada 10"): (its percentage, start, end)."""
    if not holds_any(text, _DIGIT_SHARE_CUES):
        return ()  # (most sentences)
    return tuple((100 * int(match.group(1)) / int(match.group(2)), match.start(), match.end())
                 for match in _DIGIT_SHARE.finditer(text) if int(match.group(1)) < int(match.group(2)))


def _pair_digit_shares(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> frozenset[float]:
    version = aligned.version(side)
    return frozenset(value for i in indices for value, _, _ in digit_share_spans(version.segments[i].text))


def _in_span_said_otherwise(aligned: AlignedDocument, side: str, mention: Mention, said: frozenset[float],
                            spans) -> bool:
    """Whether ``mention`` is one of the numbers of a span ``spans(text)`` finds, a fraction in digits ("reduce demand
    by 2/3", ``digit_fraction_spans``) or a share ("More than 9 in 10 students", ``digit_share_spans``), whose
    percentage the other side ``said`` otherwise ("en dos terceras partes", tico19; "Más del 90 %"): its numbers are
    the span's, not counts the other side lacks."""
    if not said or mention.kind != "number":
        return False
    text = aligned.version(side).segments[mention.segment].text
    return any(start <= mention.start and mention.end <= end
               and any(abs(value - percent) <= FRACTION_TOLERANCE for percent in said)
               for value, start, end in spans(text))


def _kind_family(mention: Mention) -> str:
    """Dates and times only stand against dates and times; every other number against numbers."""
    return mention.kind if mention.kind in ("date", "time") else "number"


def _finding(aligned, pair, side, mention: Mention, counterpart: Mention | None, settings,
             change: tuple[str, str] | None = None, unit_after: bool | tuple[bool, bool] = False) -> Finding:
    """A number-mismatch finding on ``side``. With ``change`` (the words each side says the quantity with), the
    message names them before the number, or after it where ``unit_after`` says so (for both sides, or for this
    side and the other)."""
    version = aligned.version(side)
    other = aligned.other(side)
    other_version = aligned.version(other)
    indices, other_indices = getattr(pair, side), getattr(pair, other)
    start, end = segment_span(version.source, version.segments[mention.segment], mention.start, mention.end)
    here, there = _side_name(aligned, side), _side_name(aligned, other)
    evidence = pair_evidence(aligned, side, indices, other_indices) | {"value": _format_values(mention.values)}
    if counterpart is not None:
        c_start, c_end = segment_span(other_version.source, other_version.segments[counterpart.segment],
                                      counterpart.start, counterpart.end)
        evidence.update(
            counterpart_text=counterpart.text,
            counterpart_span=[c_start, c_end],
            counterpart_input=other_version.path,
            counterpart_value=_format_values(counterpart.values),
        )
        if change is not None:  # the same quantity, changing the other way or bounded from the other side
            mine, theirs = change
            evidence.update(said_as=mine, counterpart_said_as=theirs)  # "down" / "up", "more than" / "menos de"
            mine_after, theirs_after = unit_after if isinstance(unit_after, tuple) else (unit_after, unit_after)
            said = (f"{mention.text} {mine}" if mine_after else f"{mine} {mention.text}").strip()
            said_there = (f"{counterpart.text} {theirs}" if theirs_after else f"{theirs} {counterpart.text}").strip()
            if side == "left":
                message = f"{said} in {here} but {said_there} in {there}"
            else:
                message = f"{said_there} in {there} but {said} in {here}"
        elif side == "left":
            message = f"{mention.text} in {here} but {counterpart.text} in {there}"
        else:
            message = f"{counterpart.text} in {there} but {mention.text} in {here}"
    else:
        message = f"{mention.text} in {here} has no matching number in the {there} sentence"
        if aligned.translated_side is None:
            message = f"{mention.text} in {here} has no matching number in the aligned sentence of {there}"
    if aligned.translated_side is not None:
        translated = aligned.translated_side
        translated_indices = getattr(pair, translated)
        evidence["translation"] = aligned.translation_of(translated, translated_indices)
    return make_finding(RULE, version.source, start, end, message, lang=version.lang, evidence=evidence,
                        settings=settings)


def _format_values(values: frozenset[float]) -> list[float | int]:
    return sorted(int(v) if float(v).is_integer() else v for v in values)
