"""number-mismatch: a time said in words changed: a part of a period said as another ("in early March" / "a finales
de marzo", "the first of the month" / "a mediados del mes"), a span of time no number counts said in another unit
("reopen within hours" / "reabra en días", "in recent weeks" / "en los últimos días"), or how long ago said as one
unit on one side and several on the other ("last week" / "hace dos semanas").

When rent is due, when a road reopens, how long a water outage lasts: "early", "mid-", "late" and "within hours" carry
a date or a span where no digit changes, and Apertium renders each faithfully, so a translation that moves it slips
past the number rule and chrF alike.

Each side of an aligned pair is read in its own language:

* a period's beginning ("early March", "the start of the school year", "the first of the month"; "a principios de",
  "al inicio del año"), its middle ("mid-March", "midweek"; "a mediados de") or its end ("late last year", "the end of
  the month"; "a finales de", "a fines de", "fin de mes"). "Earlier this month" is no part ("a principios de este mes"
  is how Spanish often says it), nor is "el fin de semana", a weekend; and which period ends, the week, the month or
  the year ("by the end of the week" / "para finales de mes": ``period_ends``; 12 faithful pairs of the dev corpus
  say one on both sides, none another; the first Spanish one turned, 11 of 11 are found);
* which days of the week: the weekend against the working week ("over the weekend" / "durante la semana", "open
  weekdays" / "los fines de semana", "next week" / "el próximo fin de semana": ``week_parts``; 71 faithful pairs of the
  dev corpus say one on both sides, none the other; the first Spanish one turned, 70 of 71 are found);
* a span of hours, days, weeks, months, years or decades that no number counts ("within hours", "days later", "in
  recent weeks", "a few months", "several hours"; "en horas", "días después", "en las últimas semanas", "unos
  meses", "varios días"). A span with its
  number ("within 48 hours", "three hours before") is the number rule's.

When each side says a part (or a span) more often than the other, the time changed: one finding on the translated
side, at the words that changed, naming both. A side that says none where the other does ("in March" / "a finales de
marzo") says nothing.

* how long ago, by its unit (``times_ago``): one ("last week", "a year ago", "yesterday"; "la semana pasada", "hace
  un año", "ayer") or several ("two weeks ago", "a few months ago"; "hace dos semanas", "hace unos meses"). Compared
  only within a unit, since Spain says a week as "hace ocho días"; "desde hace diez años" is a duration, for ten
  years, and is not read. Two counts said with their numbers ("two years ago" / "hace tres años") are the number
  rule's, which compares the numbers.

Measured on the faithful sentence pairs of the dev corpus: 46 say a part of a period on both sides, none another,
and with the first Spanish part turned all are found; 56 say a span with no number (35 before "several" and "varios"
were read), none in another unit, and all 18 turned are found; 130 say how long ago on both sides, none another,
and all 118 turned (one unit against several) are found (tests/test_rule_time_phrases.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.numbers import COUNT_VALUES, RULE
from bilingo.rules.opposites import phrase_readers
from bilingo.settings import Settings

CONFIDENCE = 0.7
TEXT_MEMO_SIZE = 1 << 14

_MONTHS = "January,February,March,April,May,June,July,August,September,October,November,December"
_PERIODS = "month,year,week,decade,century,season,school year"
_PARTS_OF_DAY = "morning,afternoon,evening"
_SEASONS = "spring,summer,fall,autumn,winter"
# which period's end a deadline falls at ("by the end of the week" / "para finales de mes"; not "el fin de semana",
# the weekend, which a loose translation says for the week's end)
PERIOD_ENDS = {
    "the week's end": {"en": "{the ,}end of {the,this,next} week",
                       "es": "{a,para} {finales,fines} de {la,esta} semana|{al,el,a,para el} final de {la,esta} semana"},
    "the month's end": {"en": "{the ,}end of {the,this,next} month",
                        "es": "{a,para} {finales,fines} de{l,} mes|{a,para} {finales,fines} de este mes|"
                              "{al,el,a,para el} final {del,de este} mes|fin de mes"},
    "the year's end": {"en": "{the ,}end of {the,this,next} year|year-end|year's end",
                       "es": "{a,para} {finales,fines} de{l,} año|{a,para} {finales,fines} de este año|"
                             "{al,el,a,para el} final {del,de este} año|fin de año"},
}
# (each also a period's end: one phrase, read by both tables, as the readers share one pass)
_ENDS_OF_PERIODS = {lang: "|".join(period[lang] for period in PERIOD_ENDS.values()) for lang in ("en", "es")}
# each part and how each language says it ("{a,b}" expands as in ``opposites.expand``)
PERIOD_PARTS = {
    "beginning": {
        "en": f"early {{this ,next ,last ,}}{{{_MONTHS},{_PERIODS},{_PARTS_OF_DAY},{_SEASONS}}}|"
              f"early in the {{{_PERIODS},{_PARTS_OF_DAY}}}|"
              f"{{the ,}}{{beginning,start}} of {{the ,this ,next ,last ,}}{{{_MONTHS},{_PERIODS}}}|"
              "{the ,}first {day ,days ,week ,}of {the ,each ,every }month",
        "es": "a {principios,comienzos,inicios} de{l,}|"
              "{al,el,a} {principio,comienzo,inicio} de{l,} {mes,año,semana,siglo,temporada,ciclo escolar,año escolar,"
              "década}|"
              "{el ,}primer{o,} {día ,}de{l,} {cada ,}mes|{los ,}primeros días {del,de cada} mes|"
              "{la ,}primera semana {del,de cada} mes",
    },
    "middle": {
        "en": f"mid-{{{_MONTHS},{_PERIODS},morning,afternoon}}|mid {{{_MONTHS}}}|"
              f"{{the ,}}middle of {{the ,this ,next ,last ,}}{{{_MONTHS},{_PERIODS}}}|"
              "midmonth|midyear|midweek|midmorning|midafternoon|midseason",
        "es": "a mediados de{l,}|{a,en,la} mitad de{l,} {mes,año,semana,siglo,temporada,década}|a media {mañana,tarde}",
    },
    "end": {
        "en": f"late {{this ,next ,last ,}}{{{_MONTHS},{_PERIODS},{_SEASONS}}}|late in the {{{_PERIODS}}}|"
              f"{{the ,}}end of {{the ,this ,next ,last ,}}{{{_MONTHS},{_PERIODS}}}|"
              "{the ,}last {day ,days ,week ,}of {the ,each ,every }month|" + _ENDS_OF_PERIODS["en"],
        # (not "el fin de semana": a weekend)
        "es": "a {finales,fines,final} de{l,}|"
              "{al,el,a} final de{l,} {mes,año,semana,siglo,temporada,ciclo escolar,año escolar,década}|"
              "{al,el,a} fin de{l,} {mes,año,siglo,temporada}|{el ,}último día {del,de cada} mes|"
              "{los ,}últimos días {del,de cada} mes|{la ,}última semana {del,de cada} mes|fin de mes|"
              + _ENDS_OF_PERIODS["es"],
    },
}
_SPAN_BEFORE = {"en": "{within,for,in,after} ", "es": "{en,durante,tras,después de} "}
_SPAN_AFTER = {"en": " {later,earlier,after,before}", "es": " {después,antes,más tarde}"}


def _uncounted_span(english: str, spanish: str, spanish_gender: str) -> dict[str, str]:
    """The phrases of a span of ``english`` units ("hours") that no number counts, and of its ``spanish`` ones
    ("horas", feminine "a" or masculine "o")."""
    article, last = ("las", "últimas") if spanish_gender == "a" else ("los", "últimos")
    few, some, several = ("pocas", "unas", "varias") if spanish_gender == "a" else ("pocos", "unos", "varios")
    # (the phrases are matched in the case they are written in: "Months later" opens a sentence)
    return {"en": f"{_SPAN_BEFORE['en']}{english}|{{{english},{english.capitalize()}}}{_SPAN_AFTER['en']}|"
                  f"in {{recent,the past,the last}} {english}|{{a few,several}} {english}",
            "es": f"{_SPAN_BEFORE['es']}{spanish}|{{{spanish},{spanish.capitalize()}}}{_SPAN_AFTER['es']}|"
                  f"en {article} {last} {spanish}|{some} {spanish}|{few} {spanish}|{some} {few} {spanish}|"
                  f"{several} {spanish}"}


# spans of time that no number counts, each by its unit
UNCOUNTED_SPANS = {"hours": _uncounted_span("hours", "horas", "a"), "days": _uncounted_span("days", "días", "o"),
                   "weeks": _uncounted_span("weeks", "semanas", "a"), "months": _uncounted_span("months", "meses", "o"),
                   "years": _uncounted_span("years", "años", "o"),
                   "decades": _uncounted_span("decades", "décadas", "a")}
# which days of the week: the weekend or the days of the working week ("over the weekend" / "durante la semana",
# "open weekdays" / "abre los fines de semana"; "the end of the week" is neither: ``PERIOD_ENDS``)
WEEK_PARTS = {
    "the weekend": {"en": "weekend{,s}", "es": "fin{,es} de semana"},
    "weekdays": {"en": "weekday{,s}|{during,over} the week|{this,next,last} week|"
                       "{Monday,Mondays} {through,to,thru} {Friday,Fridays}|business days|workdays|{the ,}workweek",
                 "es": "entre semana|{los ,}días {de semana,entre semana,hábiles,laborables}|{durante,en} la semana|"
                       "esta semana|la {próxima,siguiente} semana|la semana {pasada,próxima,que viene}|"
                       "de lunes a viernes"},
}
period_parts, _spans, period_ends, week_parts = phrase_readers(PERIOD_PARTS, UNCOUNTED_SPANS, PERIOD_ENDS, WEEK_PARTS)
# a number right before a span counts it ("three hours before", "24 horas después"): the number rule's
_COUNTED = re.compile(r"(?:\d|\b(?:" + "|".join(sorted(COUNT_VALUES, key=len, reverse=True)) + r"|dozen|docena))\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def uncounted_spans(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The spans of ``UNCOUNTED_SPANS`` ``text`` says with no number before them: (unit, start, end) of each."""
    return tuple(span for span in _spans(text, lang) if not _COUNTED.search(text, max(0, span[1] - 20), span[1]))


# How long ago, by its unit: one ("last week", "a year ago", "yesterday"; "la semana pasada", "hace un año", "ayer")
# or more than one ("two weeks ago", "a few months ago"; "hace dos semanas", "hace unos meses"). A count said with its
# number on both sides ("two years ago" / "hace tres años") is the number rule's, which compares the numbers; what is
# read here is one said without a number against several ("last week" / "hace dos semanas").
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
          "year": "year", "years": "year", "día": "day", "días": "day", "semana": "week", "semanas": "week",
          "mes": "month", "meses": "month", "año": "year", "años": "year"}
_SEVERAL = {"en": r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a\s+few",
            "es": r"\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|vari[oa]s|"
                  r"un[oa]s|algun[oa]s|poc[oa]s"}
_AGO = {
    # ("the last week" is the final one, not "last week")
    "en": re.compile(r"(?<!\bthe\s)(?<!\bThe\s)\b(?:[Ll]ast\s+(?P<one>week|month|year)\b|(?:a|an|one)\s+(?P<one_ago>day|"
                     r"week|month|year)\s+ago\b|(?P<yesterday>[Yy]esterday)\b|(?:" + _SEVERAL["en"] + r")\s+"
                     r"(?P<many>days|weeks|months|years)\s+ago\b)"),
    # ("hace ocho días" and "hace quince días" are a week and two in Spain, so days and weeks are never compared)
    "es": re.compile(r"\b(?:(?:la|el)\s+(?P<one>semana|mes|año)\s+pasad[oa]\b|[Hh]ace\s+(?:un|una)\s+"
                     r"(?P<one_ago>día|semana|mes|año)\b|(?P<yesterday>[Aa]yer)\b|[Hh]ace\s+(?:" + _SEVERAL["es"] + r")\s+"
                     r"(?P<many>días|semanas|meses|años)\b)"),
}


_AGO_GATE = {"en": ("ago", "last ", "yesterday"), "es": ("hace", "pasad", "ayer")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def times_ago(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """How long ago ``text`` sets each event, by its unit: ("a week ago" or "weeks ago", start, end)."""
    lowered = text.lower()
    if not any(word in lowered for word in _AGO_GATE["es" if lang == "es" else "en"]):
        return ()  # (most sentences: the expression is slow to fail)
    found = []
    for match in _AGO["es" if lang == "es" else "en"].finditer(text):
        if text[max(0, match.start() - 6):match.start()].lower() == "desde ":
            continue  # "desde hace diez años" is for ten years, no time ago
        if match.group("yesterday"):
            kind = "a day ago"
        elif match.group("many"):
            kind = _UNITS[match.group("many").lower()] + "s ago"
        else:
            kind = "a " + _UNITS[(match.group("one") or match.group("one_ago")).lower()] + " ago"
        found.append((kind, match.start(), match.end()))
    return tuple(found)


def _unit(kind: str) -> str:
    return kind.split()[-2].removesuffix("s")


def ago_changed(said, other_said) -> bool:
    """Whether the two sides set an event one unit ago on one side and several on the other, in the same unit: "last
    week" against "hace dos semanas"; "a week ago" against "hace ocho días" (days) is no change."""
    units = {_unit(kind) for kind in said} & {_unit(kind) for kind in other_said}
    return any({kind for kind in said if _unit(kind) == unit} != {kind for kind in other_said if _unit(kind) == unit}
               for unit in units)


READERS = ((period_parts, "period_parts"), (uncounted_spans, "uncounted_spans"), (period_ends, "period_ends"),
           (week_parts, "week_parts"))


def prepare(version: Version, settings: Settings) -> None:
    """The parts of periods, the uncounted spans and how long ago every sentence says, read while the translator
    works."""
    prepare_sentences(version, settings, RULE, period_parts, uncounted_spans, times_ago, period_ends, week_parts)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return [finding for find, key in READERS
            for finding in contrast_findings(aligned, settings, RULE, find, changed, evidence_key=key,
                                             confidence=CONFIDENCE)] + contrast_findings(
        aligned, settings, RULE, times_ago, ago_changed, evidence_key="times_ago", confidence=CONFIDENCE)


# whether each side says a part of a period (or a span) more often than the other
changed = each_says_more
