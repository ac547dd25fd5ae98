"""number-mismatch: how many of them, said in words, turned ("All of the residents were evacuated" / "Ninguno de los
residentes fue evacuado", "No one was injured" / "Varias personas resultaron heridas", "Most voters" / "Una minoría
de los votantes").

A quantity said without a number is still a quantity: none, few, some, half, most, many or all of the people or
things a sentence speaks of. A word turned in translation tells one version's readers that everyone was evacuated
and the other's that nobody was, while no digit differs for ``bilingo.rules.numbers`` to see and the rest of the
sentence matches.

Each side of an aligned pair is read in its own language (the originals: Apertium renders "ninguno de los" loosely),
as one of thirteen kinds (``PATTERNS``): *none* ("no one", "nobody", "none", "no residents", "neither", "nothing";
"nadie", "ningún", "nada", not "nada más"), *few*
("few", "only a few", "only a handful", "almost no"; "pocos", "casi nadie", "solo un puñado"), *some* ("some", "not
all", "someone"; "algunos", "no todos", "alguien"), *a few* ("several", "various", "a few", "a handful of"; "varios",
"unos pocos", "un puñado de"),
*half* ("half of"; "la mitad"), *most* ("most of", "most residents"; "la mayor
parte de", "del"), *majority* ("the majority"; "la mayoría"), *many* ("many", "numerous"; "muchos", "numerosos"), *all*
("all of", "all residents", "every", "everyone", "free for all students"; "todos los", "todas sus"), *minority*
(and a small share of a whole: "a small part of", "una pequeña parte del"), *both* ("both", "ambos"; not
"both X and Y", which Spanish says without it) and *one* of several ("one of the", "uno de los"; not "cada uno de",
each) against both or all ("Both drivers" / "Uno de los conductores") or none ("One of the drivers" / "Ninguno de
los conductores"; none against both is not read: "both areas were spared" / "ninguna de estas áreas se vio afectada"
says one thing); *once* ("shot once", "a single gunshot", "una vez" after its verb, "un solo disparo"; not "once a
week" nor "una vez al mes", a rate, nor "once housed", formerly, "once the storm passes", "una vez que", "una vez más")
against *repeatedly* ("several times", "multiple stab wounds", "more than once", "varias veces", "varios disparos",
"repetidamente"), and either against none ("No shots were fired" / "varios disparos"); and, said with no number, an
order of
magnitude: *tens* ("dozens of", "decenas de", "docenas de"), *hundreds*, *thousands*, *tens of thousands*, *hundreds
of thousands*, *millions* and *billions* ("miles de millones de"), any two of which contradict ("Dozens of people" /
"Cientos de personas"; and *a dozen*, "a dozen", "una docena", "una decena", against any of them: "Dozens of people" /
"Una docena de personas"; a chain is read whole, "tens of billions" is none of them; one word said alone is read too,
"left thousands without power" / "dejó a cientos sin servicio", not after a number in words: "mil millones" is a
billion). A kind contradicts only the kinds
it cannot stand for (``OPPOSITE``: none against any amount, all against none, few, some, half or a minority, most
against few or a minority, few or a few against an order of magnitude: "A handful of residents" / "Decenas de
residentes"...), never a neighbour ("some" against "many", "most" against "half"), which translators
trade. When one side says a kind more often than the other and the other says one of its contradictions more often,
the amount changed: one finding on the translated side, naming both. A side that says no such word ("Residents were
evacuated" / "Todos los residentes") says nothing.

A small number before an order of magnitude is that order ("several hundred", "a few dozen", "unas decenas de",
"varios cientos de": hundreds, as "hundreds of" is; "only a few dozen" is tens, not few). Words that say something
else are left out: "some 300" (about), "a few hundred thousand" (no chain of a small number is read), "at most", "the
most" and "most" before an adjective (a superlative), "after all", "at all", "all over", "too many" ("demasiados"),
"every day" and "todos los días" (how often), "a few" as "few" ("a few" is a few), "unos pocos" as "pocos", "todas
vestidas" (no determiner after it: said of a noun before), "de ninguna manera", "ninguna parte", the singular "todo"
("todo el día": the whole day; but for a whole counted as its parts, "todo el dinero", "toda la tripulación") and
"poco"; "cada" (each, or a rate: "por cada 10.000"); after a negation in its
clause, "all", "todos" and the Spanish "ningún" and "nadie" (``_negated_before``: "no es necesario ningún software"
is "any"); and "majority" against "minority", which is decision-mismatch's.

Measured on the 11,650 faithful sentence pairs of the dev corpus: 1,260 say an amount in words on both sides, five
say amounts that contradict ("taps close to every toilet are scarce" / "hay muy pocos grifos": the two words count
different things; and four WMT translations made from a third language whose amounts do differ: "Billions of years
ago" / "Hace millones de años"); with the first Spanish amount turned into one it contradicts, 978 of 1,089 are
found (tests/test_rule_quantifiers.py). One side's "most" and the other's "majority" cancel out (``SAME_AMOUNT``):
"Most of those detained had no criminal record" / "La mayoría de los detenidos no tenía antecedentes" had read the
English "no" against the majority. A sixth says how many times turned, a WMT translation from a third language too
("questioned more than once" / "sólo la interrogaron una vez").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.findings import contrast_findings, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.numbers import RULE
from bilingo.rules.words import folded_words, holds_any
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
_MAGNITUDE_KINDS = ("tens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions",
                    "billions")
# a word that closes on "s" and is no adjective: what "most" and "all" count ("most residents", "all schools")
_PLURAL_NOUN_EN = r"(?![a-z]*(?:ous|ss|less|ful|ious|ics)\b)[a-z]+s\b"
_DETERMINER_EN = r"(?:of|the|these|those|its|their|our|his|her|my|your|them|us|\d[\d,]*)\b"
_FREQUENCY_EN = r"(?:day|week|month|year|night|morning|evening|weekend|time)s?\b"
_FREQUENCY_ES = (r"(?:los\s+(?:días|años|meses|lunes|martes|miércoles|jueves|viernes|sábados|domingos"
                 r"|fines\s+de\s+semana)|las\s+(?:semanas|noches|mañanas|tardes))\b")
# ("shot once", "hit once": a verb that says one time of itself, each look-behind of one width)
_AFTER_STRUCK_EN = "|".join(rf"(?<=\b{verb}\s)" for verb in "shot hit struck met spoke rang".split())
# what is counted in blows: shots, stab wounds, punches
_BLOWS_EN = r"(?:shot|gunshot|gunshot\s+wound|bullet|stab\s+wound|blow|punch|strike)"
_BLOWS_EN_PLURAL = r"(?:shots|gunshots|gunshot\s+wounds|bullets|stab\s+wounds|blows|punches|strikes)"
_BLOWS_ES = r"(?:disparo|balazo|tiro|impacto\s+de\s+bala|herida\s+de\s+bala|puñalada|cuchillada|golpe|ocasión)"
_BLOWS_ES_PLURAL = r"(?:disparos|balazos|tiros|impactos\s+de\s+bala|heridas\s+de\s+bala|puñaladas|cuchilladas|golpes)"
# what an English "no" stands before and is no amount: "no longer", "no more than", "no better"; and the Spanish "no"
# of a sentence left untranslated ("no me marcó")
_NOT_AFTER_NO = ("longer|more|less|later|earlier|sooner|fewer|better|worse|bigger|greater|smaller|higher|lower|further|"
                 "matter|doubt|than|way|one|majority|minority|"
                 "me|te|se|lo|la|le|les|los|las|nos|es|son|era|fue|ha|han|hay|hubo|está|están|de|del|en|que|por|para")
# a number said in words before an order of magnitude makes it a number: "mil millones" (a billion), "dos millones"
_AFTER_NO_NUMBER_WORD = "".join(rf"(?<!\b{word}\s)" for word in (
    "one two three four five six seven eight nine ten twelve twenty fifty hundred thousand un una dos tres cuatro "
    "cinco seis siete ocho nueve diez doce veinte cien mil medio").split())


def _magnitudes(kinds: dict[str, str], of: str, alone: str) -> dict[str, str]:
    """The patterns of orders of magnitude said with no number, each followed by its "of" ("hundreds of", "cientos
    de") or, for the words in ``alone``, said alone ("left thousands without power", "dejó a cientos sin servicio"):
    not after a digit ("2 millones de": a number), and a chain read whole ("cientos de miles de" is not "cientos
    de", nor "miles de"; "tens of billions" / "decenas de miles de millones", which this does not compare, is none of
    its parts)."""
    patterns = {}
    for kind, words in kinds.items():
        chained = "miles|millones|thousands|millions|billions" if " " not in kind else "millones|millions"
        with_of = rf"(?:{words})\s+{of}\b(?!\s+(?:{chained})\b)"
        lone = "|".join(word for word in words.split("|") if word in alone.split())
        # ("por cientos" alone is a misspelt "por ciento", percent)
        body = rf"(?:{with_of}|(?<!\bpor\s)(?:{lone})\b(?!\s+{of}\b))" if lone else with_of
        # (each opens on its words' first letters before its look-behinds, which would otherwise be tried at every
        # position of a sentence)
        patterns[kind] = (rf"\b(?=[{''.join(sorted({word[0] for word in words.split('|')}))}])"
                          rf"(?<![\d.,])(?<!\d\s)(?<!\b{of}\s){_AFTER_NO_NUMBER_WORD}{body}")
    return patterns


PATTERNS = {
    "en": {
        # ("no" before a word in lower case or an acronym: "no residents", "no MP3 player"; not "No. 1", "say no. I")
        # ("nothing" as a thing: not "is nothing compared to", "nothing but", "nothing less than")
        "none": r"\b(?:no[- ]one|nobody|none|not\s+(?:one|a\s+single)|neither(?!(?:\s+[\w'’-]+){1,4}\s+nor\b)"
                r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bbe\s)nothing"
                r"(?!\s+(?:but|less|more|else|short|like|compared)\b)"
                rf"|(?<!\bor\s)no(?=\s+(?-i:[a-z]|[A-Z]{{2}}))(?!\s+(?:{_NOT_AFTER_NO})\b))\b",
        # ("a few" is some, "the few" and "the past few" a span of time: "in the next few days"; "almost none" few)
        "few": r"\b(?:only\s+a\s+(?:few|handful)(?!\s+(?:hundred|thousand|million|billion|dozen))"
               r"|(?:almost|nearly|virtually)\s+(?:none|no\s+one|nobody|no)|hardly\s+any)\b"
               r"|\b(?<!\ba\s)(?<!\bthe\s)(?<!\bpast\s)(?<!\bnext\s)(?<!\blast\s)(?<!\bfirst\s)(?<!\binitial\s)"
               r"(?:very\s+)?few\b(?!\s+(?:hundred|thousand|million|billion|dozen))",
        # ("some 300 people": about; "to some extent": partly; "some kind of"; "not all")
        # ("someone": at least one, against "no one" or "everyone")
        "some": r"\b(?:someone|somebody|"
                r"some(?!\s+\d)(?!\s+(?:time|day|point|way|extent|degree|form|kind|sort|type)s?\b)"
                r"|certain(?=\s+[a-z]+s\b)|a\s+number\s+of|not\s+(?:all|every(?:one|body)?))\b"
                r"(?!\s+(?:hundred|thousand|million|dozen))",
        # how many times: one time ("shot once", "a single gunshot"; not "once a week", a rate, nor "once" before a
        # verb or "the", formerly or when: "once housed", "once the storm passes"), or more than one ("several
        # times", "multiple stab wounds", "repeatedly"; read before "several" and "many", which would take them)
        "once": rf"\b(?:(?:(?:only|just|exactly)\s+|(?<=ed\s)|{_AFTER_STRUCK_EN})once"
                r"(?![-'’])(?!\s+(?:a|an|per|every|each|again|more|or|upon|the|it|he|she|they|we|you|i|his|her|their"
                r"|its|this|that|these|those|there|[a-z]+ed)\b)"
                rf"|a\s+single\s+(?:time|{_BLOWS_EN}))\b(?!-)",
        "repeatedly": rf"\b(?:(?:several|multiple|many|numerous|repeated|countless)\s+(?:times|{_BLOWS_EN_PLURAL})"
                      r"|repeatedly|more\s+than\s+once|again\s+and\s+again|over\s+and\s+over)\b",
        # a small number ("several hundred", "a few dozen": an order of magnitude, below)
        "a few": r"\b(?:several|various|a\s+few|a\s+handful(?:\s+of)?)\b"
                 r"(?!\s+(?:hundred|thousand|million|billion|dozen|tens|scores))",
        # ("half a million" is a number, "two and a half" too, "the second half of the year" a time)
        "half": r"\b(?<!\ba\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\blatter\s)(?<!\blast\s)(?<!\bbetter\s)(?<!\bother\s)"
                r"half\s+(?:of|the|its|their|his|her|our|all|them)\b"
                r"|\b(?:about|around|nearly|almost|roughly|over|more\s+than|less\s+than)\s+a\s+half\b",
        "most": rf"\b(?<!\bthe\s)(?<!\bat\s)most(?=\s+(?:of\b|people\b|{_PLURAL_NOUN_EN}))",
        "majority": r"\b(?:the|a)\s+(?:vast\s+|large\s+|great\s+)?majority\b",
        # ("too many" is "demasiados", which says no amount here)
        "many": r"\b(?<!\bhow\s)(?<!\bas\s)(?<!\btoo\s)(?:many|plenty(?:\s+of)?|numerous)\b",
        # (not "every day", "every year": how often)
        "all": rf"\b(?:everyone|everybody|every(?!\s+(?:other|now|so|single\s+one|{_FREQUENCY_EN}))(?=\s+\w)"
               rf"|(?<!\bafter\s)(?<!\bat\s)(?<!\babove\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bnot\s)"
               rf"all(?=\s+(?:[a-z]+\s+)?(?:{_DETERMINER_EN}|{_PLURAL_NOUN_EN}))(?!\s+(?:the\s+)?{_FREQUENCY_EN})"
               # ("free for all students"; not "for all its flaws", despite them)
               rf"|(?<=\bfor\s)all(?=\s+{_PLURAL_NOUN_EN})(?!\s+{_FREQUENCY_EN}))\b",
        # (and a small share of a whole: "a small part of the money" / "una pequeña parte del dinero")
        "minority": r"\b(?:(?:a|the)\s+(?:small\s+)?minority\s+of|a\s+(?:small|tiny)\s+(?:part|portion|share|"
                    r"fraction)\s+of)\b",
        # two of two, and one of several ("one of the drivers"; "not one of them" is none, "each one of" all; "both
        # upper and lower" joins two things, which Spanish says without "ambos")
        "both": r"\bboth\b(?!(?:\s+[\w'’-]+){1,3}\s+and\b)",
        "one": r"\b(?<!\beach\s)(?:only\s+)?one\s+of\s+(?:the|its|their|his|her|our|them|those|these|two)\b",
        # about twelve, against dozens ("a dozen people" / "decenas de personas"; not "half a dozen", six, nor "a
        # dozen thousand")
        "a dozen": r"\b(?<!\bhalf\s)(?:a|one)\s+dozen\b(?!\s+(?:of\s+)?(?:thousand|million|billion|hundred)s?\b)",
        # an order of magnitude with no number ("dozens of people", "hundreds of thousands of"; not "2 million")
        **_magnitudes({"tens": r"dozens|scores|tens", "hundreds": r"hundreds", "thousands": r"thousands",
                       "tens of thousands": r"tens\s+of\s+thousands", "hundreds of thousands": r"hundreds\s+of\s+thousands",
                       "millions": r"millions", "billions": r"billions"},
                    of="of", alone="dozens hundreds thousands millions billions"),
    },
    "es": {
        # (read only where no negation comes before it in its clause: "no es necesario ningún software" is "any")
        # ("nada" a thing: not "de nada", "nada más" (only), "para nada", "antes que nada", "nada menos")
        "none": r"\b(?:nadie|ningun[oa]s?|ningún|ni\s+un[oa]?\s+sol[oa]|"
                r"(?<!\bde\s)(?<!\bpara\s)(?<!\bque\s)nada(?!\s+(?:m[aá]s|menos)\b))\b"
                r"(?!\s+(?:manera|forma|modo|caso|parte)\b)",
        "few": r"\bcasi\s+(?:nadie|ningun[oa]|ningún)\b(?!\s+parte\b)|\b(?:s[oó]lo|apenas)\s+un\s+puñado\b"
               r"|\b(?<!\bunos\s)(?<!\bunas\s)(?<!\blos\s)(?<!\blas\s)(?:muy\s+)?poc[oa]s\b",
        "some": r"\b(?:alguien|algun[oa]s|no\s+tod[oa]s)\b(?!\s+(?:cientos|miles|millones|docenas|decenas)\b)",
        # ("una vez" after a verb, not a rate, "once": "una vez al mes", "una vez que", "una vez más")
        "once": rf"\b(?:(?:(?<=ó\s)|(?<=[ai]d[oa]\s)|(?<=[ai]d[oa]s\s)|(?<=ron\s)|(?:s[oó]lo|solamente|únicamente)\s+)"
                r"una\s+(?:sola\s+|única\s+)?vez(?!\s+(?:al|a|por|cada|que|más|m[aá]s|en\s+su\s+vida)\b)"
                r"|(?<!\bde\s)una\s+(?:sola|única)\s+vez(?!\s+(?:al|a|por|cada|que)\b)"
                rf"|(?:un|una)\s+(?:sol[oa]|únic[oa])\s+(?:{_BLOWS_ES}))\b",
        "repeatedly": rf"\b(?:(?:varias|múltiples|numerosas|muchas|repetidas|reiteradas)\s+(?:veces|ocasiones)"
                      rf"|(?:varios|varias|múltiples|numerosos|numerosas)\s+(?:{_BLOWS_ES_PLURAL})"
                      r"|repetidamente|reiteradamente|m[aá]s\s+de\s+una\s+vez|una\s+y\s+otra\s+vez)\b",
        "a few": r"\b(?:vari[oa]s|un[oa]s\s+(?:pocos|pocas|cuant[oa]s)|un\s+puñado(?:\s+de)?)\b"
                 r"(?!\s+(?:cientos|centenas|centenares|miles|millones|docenas|decenas)\b)",
        "half": r"\b(?<!\bprimera\s)(?<!\bsegunda\s)la\s+mitad\b",
        "most": r"\bla\s+mayor\s+parte\s+del?\b",  # ("de", or "del": "la mayor parte del presupuesto")
        "majority": r"\b(?:la|una)\s+(?:gran\s+|amplia\s+|inmensa\s+)?mayor[ií]a\b",
        "many": r"\b(?:much[oa]s|numeros[oa]s)\b",
        # (a determiner after it: "todos los residentes", not "todas vestidas de negro"; not "todos los días": how
        # often)
        "all": rf"\btod[oa]s(?=\s+(?!{_FREQUENCY_ES})(?:l[oa]s|sus|est[oa]s|es[oa]s|aquell[oa]s|ell[oa]s|nuestr[oa]s"
               r"|ustedes|nosotr[oa]s|\d)\b)"
               # (and the singular before a whole that is counted as its parts: "Todo el dinero fue recuperado"; not
               # "todo el día", a span)
               r"|\b(?:todo\s+el\s+(?:dinero|personal|equipo|vecindario|edificio|pueblo|barrio|cargamento)"
               r"|toda\s+la\s+(?:población|comunidad|tripulación|familia|carga|comida|cosecha|mercancía))\b",
        "minority": r"\b(?:(?:una|la)\s+(?:pequeña\s+)?minor[ií]a|una\s+(?:pequeña|mínima|ínfima)\s+"
                    r"(?:parte|porción|fracción)\s+del?)\b",
        "both": r"\bamb[oa]s\b",
        "one": r"\b(?<!\bcada\s)(?:s[oó]lo\s+)?un[oa]\s+de\s+"
               r"(?:l[oa]s|sus|est[oa]s|es[oa]s|aquell[oa]s|ell[oa]s|nosotr[oa]s)\b",
        # ("una decena", about ten, is the English "a dozen" as often: the French "une dizaine")
        "a dozen": r"\bun[ao]?\s+(?:docena|decena)\b(?!\s+de\s+(?:miles|millones|cientos)\b)",
        **_magnitudes({"tens": r"decenas|docenas", "hundreds": r"cientos|centenares|centenas",
                       "thousands": r"miles|millares",
                       "tens of thousands": r"decenas\s+de\s+miles", "hundreds of thousands": r"cientos\s+de\s+miles",
                       "millions": r"millones", "billions": r"miles\s+de\s+millones"},
                    of="de", alone="decenas docenas cientos centenares centenas miles millares millones"),
    },
}
# "several dozen", "a few dozen", "a couple dozen" (no "of", no plural): tens, as "dozens of" is ("Several dozen people
# were evacuated" / "Miles de personas")
PATTERNS["en"]["tens"] = (rf"(?:{PATTERNS['en']['tens']}|\b(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+dozen\b"
                          r"(?!\s+(?:of\s+)?(?:thousand|million)))")
# "several hundred", "a few thousand", "a couple million" likewise, as "varios cientos de", "unos miles de" are
for _kind, _word, _not_after in (("hundreds", "hundred", "thousand|million|billion"),
                                 ("thousands", "thousand", "million|billion"), ("millions", "million", "billion")):
    PATTERNS["en"][_kind] = (rf"(?:{PATTERNS['en'][_kind]}|\b(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+{_word}\b"
                             rf"(?!\s+(?:of\s+)?(?:{_not_after})))")
# the words each kind's pattern needs, folded (``folded_words``): only the kinds whose words a sentence holds are
# looked for, and a sentence holding none (most) says no amount
_NEEDED = {
    "en": {"none": "no nobody none not one neither nothing", "few": "few none no nobody any handful",
           "once": "once single", "repeatedly": "several multiple many numerous repeated countless repeatedly once "
           "again over",
           "some": "some someone somebody certain number not", "a few": "several various few handful",
           "half": "half", "most": "most", "majority": "majority", "many": "many plenty numerous",
           "all": "all every everyone everybody", "minority": "minority small tiny", "both": "both", "one": "one",
           "a dozen": "dozen",
           **dict.fromkeys(_MAGNITUDE_KINDS, "dozens scores tens hundreds thousands millions billions hundred "
                           "thousand million"),
           "tens": "dozens dozen scores tens hundreds thousands millions billions hundred thousand million"},
    "es": {"none": "nadie ninguno ninguna ningunos ningunas ningun ni nada", "few": "pocos pocas nadie ninguno ninguna "
           "ningun punado", "some": "alguien algunos algunas todos todas",
           "a few": "varios varias pocos pocas cuantos cuantas punado",
           "once": "vez solo sola unico unica", "repeatedly": "varias varios multiples numerosas numerosos muchas "
           "repetidas reiteradas repetidamente reiteradamente vez",
           "half": "mitad",
           "most": "mayor", "majority": "mayoria", "many": "muchos muchas numerosos numerosas", "all": "todos todas todo toda",
           "minority": "minoria pequena minima infima", "both": "ambos ambas", "one": "uno una",
           "a dozen": "docena decena",
           **dict.fromkeys(_MAGNITUDE_KINDS, "decenas docenas cientos centenares centenas miles millares millones")},
}
_KINDS_NEEDING = {lang: {word: tuple(kind for kind, words in needed.items() if word in words.split())
                         for words in needed.values() for word in words.split()}
                  for lang, needed in _NEEDED.items()}
_JOINED = re.compile(r"[.'’]")
_MAGNITUDES = frozenset(_MAGNITUDE_KINDS)
_ALL_BUT_MAGNITUDES = {lang: frozenset(PATTERNS[lang]) - _MAGNITUDES for lang in PATTERNS}
_MAGNITUDE_CUES = {lang: tuple(_NEEDED[lang][_MAGNITUDE_KINDS[0]].split()) for lang in _NEEDED}


@lru_cache(maxsize=None)
def _kind_reader(lang: str, kind: str) -> re.Pattern:
    """One kind's pattern, compiled once."""
    return re.compile(PATTERNS[lang][kind], re.IGNORECASE)


def _kinds_said(text: str, lang: str, kinds: frozenset[str]):
    """(kind, match) of each amount of ``kinds`` in ``text``, as the patterns joined by "|" in ``PATTERNS``'s order
    would find them: leftmost first, the earlier kind where two start at one place, none overlapping.

    Each kind keeps its own compiled pattern: one expression per set of kinds a sentence needs cost about 100
    compilations per long article (a tenth of bilingo's own time on 1,000 sentences), and one expression of every
    kind searches more slowly than the few a sentence needs."""
    readers = [(_kind_reader(lang, kind), kind) for kind in PATTERNS[lang] if kind in kinds]
    position = 0
    while True:
        found = [(match, kind) for reader, kind in readers if (match := reader.search(text, position))]
        if not found:
            return
        match, kind = min(found, key=lambda item: item[0].start())  # (min keeps the first of equal starts)
        yield kind, match
        position = match.end() if match.end() > match.start() else match.end() + 1


# ("majority" against "minority" is decision-mismatch's, with the other pairs of opposites)
_CONTRADICTIONS = [*((a, b) for a in _MAGNITUDE_KINDS for b in _MAGNITUDE_KINDS if a < b),  # any two magnitudes
                   # (a small number or few against an order of magnitude: "A handful of residents" / "Decenas de
                   # residentes"; "some" may be either)
                   *((small, magnitude) for small in ("few", "a few") for magnitude in _MAGNITUDE_KINDS),
                   ("none", "a few"), ("a few", "all"),
                   ("none", "few"), ("none", "some"), ("none", "half"), ("none", "most"), ("none", "majority"),
                   ("none", "many"), ("none", "all"), ("few", "many"), ("few", "most"), ("few", "majority"),
                   ("few", "all"), ("some", "all"), ("half", "all"), ("most", "minority"), ("all", "minority"),
                   ("one", "both"), ("one", "all"), ("none", "one"), ("once", "repeatedly"),
                   ("none", "once"), ("none", "repeatedly"),  # ("No shots were fired" / "varios disparos")
                   # (a dozen against dozens or more: "Dozens of people" / "Una docena de personas")
                   *(("a dozen", magnitude) for magnitude in _MAGNITUDE_KINDS)]
OPPOSITE = {kind: frozenset(b if a == kind else a for a, b in _CONTRADICTIONS if kind in (a, b))
            for kind in PATTERNS["en"]}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def quantifiers(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The amounts in words ``text`` says: (kind, start, end) of each, in text order.

    After a negation in its clause, "all" and the Spanish "ningún" or "nadie" are left out: the negation may say
    anything of the amount ("isn't washed after every user", "no es necesario que todos"), and a "ningún" after it is
    the English "any" ("no es necesario ningún software", "no fue reclamada por nadie"). "Not all" and "no todos",
    right together, are some."""
    lang = "es" if lang == "es" else "en"
    words = folded_words(text)
    if any(map(_JOINED.search, words)):
        # (a word joined to another may hide one: "nobody's", "means.Some"; an order of magnitude only where its
        # word is there at all)
        kinds = _ALL_BUT_MAGNITUDES[lang] | (_MAGNITUDES if holds_any(text, _MAGNITUDE_CUES[lang]) else frozenset())
    else:
        needing = _KINDS_NEEDING[lang]
        kinds = frozenset(kind for word in words if word in needing for kind in needing[word])
        if not kinds:
            return ()  # (most sentences)
    return tuple((kind, match.start(), match.end()) for kind, match in _kinds_said(text, lang, kinds)
                 if kind not in _NOT_AFTER_NEGATION[lang] or not _negated_before(text, match.start(), lang))


_NOT_AFTER_NEGATION = {"en": {"all"}, "es": {"all", "none"}}
_NEGATION = {"en": re.compile(r"\b(?:not|no|never)\b|n['’]t\b", re.IGNORECASE),
             "es": re.compile(r"\b(?:no|ni|sin|nunca|jam[aá]s|tampoco)\b", re.IGNORECASE)}
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _negated_before(text: str, start: int, lang: str) -> bool:
    """Whether a negation comes before ``start`` in its clause."""
    clause_start = max((match.end() for match in _CLAUSE_END.finditer(text, 0, start)), default=0)
    return _NEGATION[lang].search(text, clause_start, start) is not None


def prepare(version: Version, settings: Settings) -> None:
    """The amounts in words of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, quantifiers)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, quantifiers, changed, evidence_key="quantifiers",
                             confidence=0.6, opposites=OPPOSITE)


# "most" and "the majority" are one amount said two ways ("Most of those detained" / "La mayoría de los detenidos"):
# one side's "most" and the other's "majority" cancel out, so that neither is left in surplus against a word of the
# other side, as the English "no" of "had no criminal record" is, which Spanish says with its verb ("no tenía
# antecedentes"). (Not merged into one kind: "majority" against "minority" is decision-mismatch's.)
SAME_AMOUNT = ("most", "majority")


def changed(said: Counter, other_said: Counter) -> bool:
    """Whether one side says an amount more often than the other and the other side one it contradicts, one side's
    "most" and the other's "majority" counted as one amount (``SAME_AMOUNT``)."""
    surplus, other_surplus = said - other_said, other_said - said
    for one, other in (SAME_AMOUNT, SAME_AMOUNT[::-1]):
        both = min(surplus[one], other_surplus[other])
        if both:
            surplus = surplus - Counter({one: both})
            other_surplus = other_surplus - Counter({other: both})
    return any(not OPPOSITE[kind].isdisjoint(other_surplus) for kind in surplus)
