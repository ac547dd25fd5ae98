"""number-mismatch: a time said in words changed: a part of a period said as another ("in early March" / "a finales
de marzo", "the first of the month" / "a mediados del mes"), or a span of time no number counts said in another unit
("reopen within hours" / "reabra en días", "in recent weeks" / "en los últimos días").

When rent is due, when a road reopens, how long a water outage lasts: "early", "mid-", "late" and "within hours" carry
a date or a span where no digit changes, and Apertium renders each faithfully, so a translation that moves it slips
past the number rule and chrF alike.

Each side of an aligned pair is read in its own language:

* a period's beginning ("early March", "the start of the school year", "the first of the month"; "a principios de",
  "al inicio del año"), its middle ("mid-March", "midweek"; "a mediados de") or its end ("late last year", "the end of
  the month"; "a finales de", "a fines de", "fin de mes"). "Earlier this month" is no part ("a principios de este mes"
  is how Spanish often says it), nor is "el fin de semana", a weekend;
* a span of hours, days, weeks, months, years or decades that no number counts ("within hours", "days later", "in
  recent weeks", "a few months", "several hours"; "en horas", "días después", "en las últimas semanas", "unos
  meses", "varios días"). A span with its
  number ("within 48 hours", "three hours before") is the number rule's.

When each side says a part (or a span) more often than the other, the time changed: one finding on the translated
side, at the words that changed, naming both. A side that says none where the other does ("in March" / "a finales de
marzo") says nothing.

Measured on the faithful sentence pairs of the dev corpus: 46 say a part of a period on both sides, none another,
and with the first Spanish part turned all are found; 56 say a span with no number (35 before "several" and "varios"
were read), none in another unit, and all 18 turned are found (tests/test_rule_time_phrases.py).
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
              "{the ,}last {day ,days ,week ,}of {the ,each ,every }month",
        # (not "el fin de semana": a weekend)
        "es": "a {finales,fines,final} de{l,}|"
              "{al,el,a} final de{l,} {mes,año,semana,siglo,temporada,ciclo escolar,año escolar,década}|"
              "{al,el,a} fin de{l,} {mes,año,siglo,temporada}|{el ,}último día {del,de cada} mes|"
              "{los ,}últimos días {del,de cada} mes|{la ,}última semana {del,de cada} mes|fin de mes",
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
period_parts, _spans = phrase_readers(PERIOD_PARTS, UNCOUNTED_SPANS)
# a number right before a span counts it ("three hours before", "24 horas después"): the number rule's
_COUNTED = re.compile(r"(?:\d|\b(?:" + "|".join(sorted(COUNT_VALUES, key=len, reverse=True)) + r"|dozen|docena))\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def uncounted_spans(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The spans of ``UNCOUNTED_SPANS`` ``text`` says with no number before them: (unit, start, end) of each."""
    return tuple(span for span in _spans(text, lang) if not _COUNTED.search(text, max(0, span[1] - 20), span[1]))


READERS = ((period_parts, "period_parts"), (uncounted_spans, "uncounted_spans"))


def prepare(version: Version, settings: Settings) -> None:
    """The parts of periods and the uncounted spans every sentence says, read while the translator works."""
    prepare_sentences(version, settings, RULE, period_parts, uncounted_spans)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return [finding for find, key in READERS
            for finding in contrast_findings(aligned, settings, RULE, find, changed, evidence_key=key,
                                             confidence=CONFIDENCE)]


# whether each side says a part of a period (or a span) more often than the other
changed = each_says_more
