"""number-mismatch: a holiday put for another ("closed for Memorial Day" / "cerrado por el Día del Trabajo",
"Christmas" / "Año Nuevo").

A holiday is a date: the day offices close, trash pickup moves, a parade runs. A translation that names another
holiday sends readers to the wrong day while every digit of the sentence still matches, and the name rule does not see
it: Apertium translates the words of either name ("Día del Trabajo" is "Day of the Work").

Each side of an aligned pair is read in its own language, each holiday by its names as they are written (capitalised:
"navidad" in lower case is read too, as Spanish writes it so), the US holidays of a local newsroom's calendar and the
few the dev corpus names. Names a translation uses for one day are one holiday: "Christmas Eve" and "Nochebuena"
are Christmas, "Holy Week" and "Semana Santa" Easter, Columbus Day and Indigenous Peoples' Day one Monday, Labor Day
and May Day one (Spanish says "Día del Trabajo" for both). When each side names a holiday more often than the other,
the day changed: one finding on the translated side, at the name that changed, naming both. A side that names none
where the other does ("the holiday" / "el Día de Acción de Gracias") says nothing.

A date one side gives and the other names by its holiday ("the parade is July 4" / "el Día de la Independencia",
"Dec. 25" / "Navidad") is one date: ``FIXED_DATES`` tells ``bilingo.rules.numbers`` so ("the Fourth of July" / "el
Día de la Independencia" had been an unmatched date).

Measured on the faithful sentence pairs of the dev corpus: 53 name a holiday on both sides (Christmas, New Year,
Easter, Thanksgiving, Ramadan, Labor Day), none another; with the first Spanish holiday put for another, 50 of 51 are
found (tests/test_rule_holidays.py).
"""

from __future__ import annotations

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.numbers import RULE
from bilingo.rules.opposites import phrase_readers
from bilingo.settings import Settings

CONFIDENCE = 0.7

# each holiday and its names ("{a,b}" expands as in ``opposites.expand``), written as they are written
HOLIDAYS = {
    "Christmas": {"en": "Christmas|Christmas Eve|Christmas Day|Xmas",
                  "es": "Navidad|Navidades|Nochebuena|navidad|navidades|Día de Navidad"},
    "New Year": {"en": "New Year|New Year's|New Year's Day|New Year's Eve|New Years",
                 "es": "Año Nuevo|Año nuevo|Nochevieja|año nuevo"},
    "Easter": {"en": "Easter|Holy Week", "es": "Pascua|Pascuas|Semana Santa|Domingo de Resurrección"},
    "Thanksgiving": {"en": "Thanksgiving", "es": "Acción de Gracias"},
    "Independence Day": {"en": "Fourth of July|Independence Day", "es": "Día de la Independencia|Cuatro de Julio"},
    "Memorial Day": {"en": "Memorial Day", "es": "Día de los Caídos|Día de Conmemoración de los Caídos|Memorial Day"},
    "Labor Day": {"en": "Labor Day|Labour Day|May Day|International Workers' Day",
                  "es": "Día del Trabajo|Día del Trabajador|Día Internacional del Trabajo|"
                        "Día Internacional de los Trabajadores|Labor Day"},
    "Veterans Day": {"en": "Veterans Day|Veterans' Day", "es": "Día de los Veteranos"},
    "Martin Luther King Jr. Day": {"en": "Martin Luther King Jr. Day|Martin Luther King Day|MLK Day",
                                   "es": "Día de Martin Luther King"},
    "Presidents Day": {"en": "Presidents Day|Presidents' Day", "es": "Día de los Presidentes"},
    "Halloween": {"en": "Halloween", "es": "Halloween|Noche de Brujas"},
    "Day of the Dead": {"en": "Day of the Dead|Día de los Muertos|Dia de los Muertos",
                        "es": "Día de los Muertos|Día de Muertos|Dia de los Muertos"},
    "Cinco de Mayo": {"en": "Cinco de Mayo", "es": "Cinco de Mayo"},
    "Mother's Day": {"en": "Mother's Day|Mothers Day", "es": "Día de la Madre|Día de las Madres"},
    "Father's Day": {"en": "Father's Day|Fathers Day", "es": "Día del Padre"},
    "Valentine's Day": {"en": "Valentine's Day|Valentines Day", "es": "Día de San Valentín|Día del Amor y la Amistad"},
    "Columbus Day": {"en": "Columbus Day|Indigenous Peoples' Day|Indigenous Peoples Day",
                     "es": "Día de la Raza|Día de Colón|Día de la Hispanidad|Día de los Pueblos Indígenas"},
    "Ramadan": {"en": "Ramadan", "es": "Ramadán|ramadán"},
    "Hanukkah": {"en": "Hanukkah|Chanukah", "es": "Janucá|Hanukkah|Jánuca"},
    "Juneteenth": {"en": "Juneteenth", "es": "Juneteenth"},
}
(holidays,) = phrase_readers(HOLIDAYS)
# the (month, day) a holiday of a fixed date falls on, its eve included: a date one side gives in digits or words
# ("the parade is July 4") and the other by the holiday ("el Día de la Independencia") is one date
# (``bilingo.rules.numbers`` leaves it unreported); Mexico's Independence Day is September 16, Latin America's Día
# de la Raza October 12
FIXED_DATES = {"Christmas": {(12, 24), (12, 25)}, "New Year": {(12, 31), (1, 1)},
               "Independence Day": {(7, 4), (9, 16)}, "Veterans Day": {(11, 11)}, "Halloween": {(10, 31)},
               "Day of the Dead": {(11, 1), (11, 2)}, "Cinco de Mayo": {(5, 5)}, "Valentine's Day": {(2, 14)},
               "Labor Day": {(5, 1)}, "Columbus Day": {(10, 12)}, "Juneteenth": {(6, 19)}}


def holiday_dates(text: str, lang: str) -> frozenset[tuple[int, int]]:
    """The (month, day) dates of the fixed-date holidays ``text`` names."""
    return frozenset(date for kind, _, _ in holidays(text, lang) for date in FIXED_DATES.get(kind, ()))


def prepare(version: Version, settings: Settings) -> None:
    """The holidays every sentence names, read while the translator works."""
    prepare_sentences(version, settings, RULE, holidays)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, holidays, changed, evidence_key="holidays",
                             confidence=CONFIDENCE)


# whether each side names a holiday more often than the other
changed = each_says_more
