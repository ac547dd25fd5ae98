"""name-mismatch: a person's office, role or beat changed in translation ("Mayor Ana Ruiz" / "la gobernadora Ana
Ruiz"; an author bio's "Ana Gil is a reporter" / "Ana Gil es editora", "covers education" / "cubre salud").

The names rule finds a person on both sides by the name; what the text says the person is,
it does not compare. A changed office puts a statement in the wrong mouth: the governor said
it, not the mayor. This rule compares what both sides of an aligned pair call the same
person, through a table of offices and roles in both languages (``OFFICES``: "Gov." and
"gobernadora" are one office; a newsroom's own roles too, a fellow and an intern among them, "becario" being either),
and reports one when both sides give one for the same surname
and they share none. The finding is on the translated side's title, naming both.

Where a title is found (``titles_before_names``):

* right before a capitalised name ("Police Chief Tom Brown", "el jefe de policía Tom
  Brown"); in Spanish a few qualifiers may stand between ("la senadora estatal Ana Ruiz",
  "el alcalde de Miami Francis Suárez": ``_SPANISH_QUALIFIERS``), and a comma, as Spanish
  sets an office in apposition ("el gobernador de Texas, Greg Abbott");
* after the name, said of it: "Ana Gil is a housing reporter", "Ana Ruiz, the city's mayor,",
  "Ana Gil es reportera de vivienda", "Ana Ruiz, alcaldesa de la ciudad," (``_role_pattern``).
  The role must end its phrase ("the mayor's spokeswoman" is not the mayor), and a comma
  form followed by another name is a list of people, each title before its name
  ("Gingrich, el gobernador de Texas, Rick Perry"): not taken.

A credit line's roles are compared the same way (``_credits``, sixty-second round): "Reporting by Ana Torres; editing
by Jim Park" / "Reportaje de Jim Park; edición de Ana Torres" gives each name the other's work.

An author bio's beat is compared the same way (``BEATS``, ``beats_of_people``): what a name
"covers", "reports on" or "writes about" ("Carmen Ortiz covers education" / "Carmen Ortiz
cubre salud"; "is a reporter covering", "es una periodista que cubre"), in coarse classes ("the courts" and "crime" both meet "justicia"). One finding
per person and pair: a changed office, else a changed beat.

A former office is the office, said as former ("former Mayor", "ex-Mayor", "the city's former
mayor", "Former District Judge", "la exalcaldesa", "el ex gobernador", "la antigua alcaldesa":
``_TENSE_PREFIX``, ``_FORMER_BEFORE``): the
same office held now on one side and no longer on the other is reported too ("former Mayor
Ivy Taylor" / "la alcaldesa Ivy Taylor" makes her speak for the city), one held "then"
("then-Gov.", "el entonces gobernador") is compared with neither. A side that drops or recasts
the title ("Ruiz, who leads the city") says nothing, and neither does an office outside the
table. Offices whose translation varies are one entry: "Speaker", "chair" and "president" are all "presidente" in
Spanish; an assistant principal ("subdirectora") and a deputy police chief ("subjefe") are offices of their own, which
"la directora" and "el jefe de policía" do not hold, and so is a group's founder ("fundadora", not
"directora"); "district attorney" and "attorney general" are both "fiscal"; a
pastor, a reverend and a priest are all clergy; a "redactor" writes or edits.
Academic titles ("Dr.", "Prof.") are not offices: a person is "chairman" on one side and "el
Dr." on the other. Nor is "General": it ends too many offices ("Attorney General",
"procurador general", "Surgeon General").

A capitalised English title phrase may hold more than one office ("Party Vice President and
Federal Agriculture Minister Horst Seehofer"), and a role more than one ("a photographer and
videographer"); the offices compared are all of them. A lower-case English title before a
name is a description (AP style), which translators recast ("the ministerial chairman
Fischer" / "el primer ministro Fischer"): not compared.

Measured on the 11,650 sentence pairs of the dev corpus (flores, WMT, tico19): 83 persons
have a title of the table on both sides, and none differs. (The corpus has no bios: no
sentence of it says what someone covers, so the beats are tested on bios written for the
tests only.) Each of the guards above came
from one that did (a "Dr.", an "Attorney General", a title phrase, a description, a list of
people, a "redactor").

An office said of no one named ("Voters will choose a new sheriff" / "elegirán un nuevo alcalde") is compared too,
by the offices of local government each side says, counted (``UNNAMED_OFFICES``), where the pair has no finding about
a named person: 38 faithful pairs of the dev corpus say one on both sides, none another; 32 of 32 turned are found.
A company's officers are read too ("The company's CEO resigned" / "El director financiero de la empresa renunció"; an
executive director is a "director ejecutivo" too): 48 faithful pairs then, none another. So are a president (a
chair and a speaker too: "presidente" is each), a vice president, the deputy mayor, the lieutenant governor and a
chief of staff ("The president signed the order" / "El vicepresidente firmó", "The deputy mayor will lead" / "El
alcalde dirigirá"), and an English office capitalised as a title ("Senator Obama", "Deputy Mayor"), which Spanish
writes in lower case: 260 faithful pairs say an office on both sides, none another, and 48 of 48 turned are found.
"President" and "prime minister" are left out: Spain's prime minister is "el presidente del gobierno". Said of no one
named, a prime minister is read as a president for the same reason ("Primer ministro", capitalised, too), and a
government's minister is an office of its own ("demanded the minister's resignation" / "la renuncia del alcalde").
A former office is read as Spanish writes it, "ex" glued to the office ("a former governor" / "un exsenador"), and
a prosecutor ("el fiscal", "fiscal de distrito": not the fiscal year's "fiscal", read only after an article or with
its county, or glued to "ex": "un exfiscal"), an auditor and a judge are offices too ("magistrado" is not read: a
prosecutor's title in France and Italy, in two WMT pairs): 401 faithful pairs then, none another, 48 of 48 turned
found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilingo.findings import (contrast_findings, each_says_more, flagged_side, make_finding, pair_evidence,
                              pairs_saying, prepare_sentences, segment_span, side_name)
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.opposites import expand, phrase_readers
from bilingo.rules.words import TEXT_MEMO_SIZE, fold, gate_words, holds_any
from bilingo.settings import Settings

RULE = "name-mismatch"

# office -> (English titles, Spanish titles); abbreviations without their period
OFFICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mayor": (("mayor",), ("alcalde", "alcaldesa")),
    "deputy mayor": (("deputy mayor", "vice mayor"), ("teniente de alcalde", "vicealcalde", "vicealcaldesa")),
    "governor": (("governor", "gov"), ("gobernador", "gobernadora")),
    "lieutenant governor": (("lieutenant governor", "lt. governor", "lt. gov", "lt gov"),
                            ("vicegobernador", "vicegobernadora")),
    "senator": (("senator", "sen", "state senator", "state sen"), ("senador", "senadora")),
    "representative": (("representative", "rep", "state representative", "state rep", "congressman",
                        "congresswoman", "congressmember", "assemblyman", "assemblywoman", "assemblymember"),
                       ("representante", "congresista", "diputado", "diputada", "asambleísta", "asambleista")),
    "president": (("president", "chair", "chairman", "chairwoman", "chairperson", "speaker", "chief justice"),
                  ("presidente", "presidenta")),
    "vice president": (("vice president", "vice-president"), ("vicepresidente", "vicepresidenta")),
    "council member": (("council member", "councilmember", "councilman", "councilwoman", "councilor",
                        "councillor", "alderman", "alderwoman", "alderperson"),
                       ("concejal", "concejala", "regidor", "regidora", "edil", "edila")),
    "supervisor": (("supervisor",), ("supervisor", "supervisora")),
    "commissioner": (("commissioner",), ("comisionado", "comisionada")),
    "judge": (("judge", "justice", "chief justice", "magistrate"), ("juez", "jueza", "magistrado", "magistrada")),
    "sheriff": (("sheriff",), ("alguacil", "sheriff")),
    "prosecutor": (("prosecutor", "district attorney", "attorney general", "state attorney"),
                   ("fiscal", "procurador", "procuradora")),
    "police chief": (("police chief", "chief of police"),
                     ("jefe de policía", "jefa de policía", "jefe de la policía", "jefa de la policía")),
    "deputy police chief": (("deputy police chief", "assistant police chief", "deputy chief", "assistant chief"),
                            ("subjefe de policía", "subjefa de policía", "subjefe de la policía",
                             "subjefa de la policía", "subjefe", "subjefa")),
    "fire chief": (("fire chief",), ("jefe de bomberos", "jefa de bomberos")),
    "superintendent": (("superintendent",), ("superintendente",)),
    "secretary": (("secretary", "press secretary"),
                  ("secretario", "secretaria", "secretario de prensa", "secretaria de prensa")),
    "minister": (("minister",), ("ministro", "ministra")),
    # (Spain's prime minister is "presidente del Gobierno")
    "prime minister": (("prime minister", "premier"), ("primer ministro", "primera ministra", "presidente del gobierno",
                                                       "presidenta del gobierno")),
    "ambassador": (("ambassador",), ("embajador", "embajadora")),
    "spokesperson": (("spokesperson", "spokesman", "spokeswoman", "press secretary"),
                     ("portavoz", "vocero", "vocera", "secretario de prensa", "secretaria de prensa")),
    "chief executive": (("chief executive", "ceo", "chief executive officer"),
                        ("director ejecutivo", "directora ejecutiva", "presidente ejecutivo", "presidenta ejecutiva",
                         "consejero delegado", "consejera delegada", "ceo")),
    "chief financial officer": (("chief financial officer", "cfo", "finance director"),
                                ("director financiero", "directora financiera", "director de finanzas",
                                 "directora de finanzas")),
    "colonel": (("colonel", "col"), ("coronel",)),
    "captain": (("captain", "capt"), ("capitán", "capitana")),
    "lieutenant": (("lieutenant", "lt"), ("teniente",)),
    "sergeant": (("sergeant", "sgt"), ("sargento", "sargenta")),
    "coach": (("coach", "head coach"), ("entrenador", "entrenadora", "director técnico", "directora técnica")),
    "clergy": (("rev", "reverend", "pastor", "father", "bishop", "archbishop", "rabbi", "imam"),
               ("reverendo", "reverenda", "pastor", "pastora", "padre", "obispo", "arzobispo", "rabino", "imán")),
    # a newsroom's own, for the bios under an article ("Ana Gil is a reporter" / "Ana Gil es editora")
    "reporter": (("reporter", "journalist", "writer", "staff writer", "correspondent"),
                 ("reportero", "reportera", "periodista", "redactor", "redactora", "corresponsal", "escritor",
                  "escritora")),
    "editor": (("editor",), ("editor", "editora", "redactor", "redactora")),  # (a "redactor" writes or edits)
    "photographer": (("photographer", "photojournalist"),
                     ("fotógrafo", "fotógrafa", "fotoperiodista", "reportero gráfico", "reportera gráfica")),
    "videographer": (("videographer",), ("videógrafo", "videógrafa", "camarógrafo", "camarógrafa")),
    "columnist": (("columnist",), ("columnista",)),
    "producer": (("producer",), ("productor", "productora")),
    # (a newsroom's fellows and interns: "becario" is either)
    "fellow": (("fellow",), ("becario", "becaria")),
    "intern": (("intern",), ("pasante", "becario", "becaria", "practicante")),
    # a local story's people ("Ana Ruiz, a teacher at Lanier High School" / "Ana Ruiz, maestra de la preparatoria")
    "principal": (("principal",), ("director", "directora")),
    "assistant principal": (("assistant principal", "vice principal", "associate principal", "deputy principal"),
                            ("subdirector", "subdirectora", "vicedirector", "vicedirectora")),
    "teacher": (("teacher",), ("maestro", "maestra", "profesor", "profesora", "docente")),
    # a community group's or a business's ("Rosa Díaz, the center's founder" / "la directora del centro")
    "founder": (("founder", "co-founder", "cofounder"), ("fundador", "fundadora", "cofundador", "cofundadora")),
    "nurse": (("nurse",), ("enfermero", "enfermera")),
    "firefighter": (("firefighter",), ("bombero", "bombera")),
    "detective": (("detective",), ("detective",)),
    "trustee": (("trustee",), ("fideicomisario", "fideicomisaria", "síndico", "síndica")),
    "king": (("king",), ("rey",)),
    "queen": (("queen",), ("reina",)),
    "prince": (("prince",), ("príncipe",)),
    "princess": (("princess",), ("princesa",)),
}
_OFFICES_OF: dict[tuple[str, str], frozenset[str]] = {}  # (language, folded title) -> the offices it may name
for _office, _forms in OFFICES.items():
    for _lang, _titles in zip(("en", "es"), _forms):
        for _title in _titles:
            _OFFICES_OF[(_lang, fold(_title))] = _OFFICES_OF.get((_lang, fold(_title)), frozenset()) | {_office}


def _offices_of(lang: str, title: str) -> frozenset[str]:
    """The offices a title names (most one; "redactor" is a reporter or an editor), by its folded words."""
    return _OFFICES_OF.get((lang, fold(" ".join(title.split()))), frozenset())


_NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:de\s+la\s+|de\s+|del\s+)?{_NAME_WORD}){{0,3}})"


# What may stand between a Spanish title and the name ("la senadora estatal Ana Ruiz", "el alcalde de Miami Francis
# Suárez"): not any lower-case word, which would take "fotógrafo radicado en El Paso" for a title of El Paso.
_SPANISH_QUALIFIERS = ("estatal", "federal", "general", "municipal", "interino", "interina", "adjunto", "adjunta",
                       "electo", "electa", "saliente", "entrante", "de", "del", "la", "por", "distrito", "condado",
                       "circuito")


# What says an office is no longer held ("former Mayor", "ex-Mayor", "la exalcaldesa", "el ex gobernador", "la antigua
# alcaldesa") or was held
# then ("then-Gov.", "el entonces gobernador"), right before its title
_TENSE_PREFIX = {"en": r"(?:(?P<former>(?i:former\s+|onetime\s+|one-time\s+|ex-))|(?P<then>(?i:then-)))?",
                 "es": r"(?:(?P<former>(?i:ex-?\s?|antigu[oa]\s+|otrora\s+))|(?P<then>(?i:entonces\s+)))?"}


_FORMER_SAID = re.compile(r"(?i)former|onetime|one-time|ex|antigu|otrora")


# "former" a few words before an English title, past words of its title phrase ("former District Judge", "Former
# U.S. Rep.", "former state Sen."): capitalised words, or a jurisdiction's
_FORMER_BEFORE = re.compile(r"(?:\b(?i:former|onetime|one-time)\s+|\b(?i:ex)-)"
                            r"(?:(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|state|county|district|city|federal)\s+){0,2}$")


def _tense(match: re.Match) -> str:
    """"former", "then" or "current": what the prefix of a title match says of the office (``_TENSE_PREFIX``)."""
    return "former" if match.group("former") else "then" if match.group("then") else "current"


def _title_pattern(lang: str) -> re.Pattern:
    """An office's title (its abbreviation may take a period), then a capitalised name; in Spanish up to two
    qualifiers may stand between ("la senadora estatal Ana Ruiz"), and a comma before the name ("el jefe de
    policía, William McManus", "el gobernador de Texas, Greg Abbott": Spanish sets an office in apposition)."""
    column = ("en", "es").index(lang)
    titles = sorted({title for forms in OFFICES.values() for title in forms[column]}, key=len, reverse=True)
    place = r"(?:\s+[A-ZÁÉÍÓÚÑÜ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑÜ][\w'’-]+)?,)?"  # "el gobernador de Texas, Greg Abbott"
    between = rf"(?:\s+(?:{'|'.join(_SPANISH_QUALIFIERS)})){{0,2}}{place},?" if lang == "es" else ""
    alternatives = "|".join(re.escape(title).replace(r"\ ", r"\s+") for title in titles)
    return re.compile(rf"(?<![\w.])(?P<said>{_TENSE_PREFIX[lang]}(?P<title>(?i:{alternatives})))\.?{between}\s+{_NAME}")


_TITLE = {lang: _title_pattern(lang) for lang in ("en", "es")}


def _role_pattern(lang: str) -> re.Pattern:
    """A name, then what it is: "Ana Gil is a housing reporter", "Ana Ruiz, the city's mayor, said", "Ana Gil es
    reportera de vivienda", "Ana Ruiz, alcaldesa de la ciudad, dijo". The role must end its phrase (a comma, a
    period, a conjunction or a preposition follows), so that "the mayor's spokeswoman" is not the mayor."""
    column = ("en", "es").index(lang)
    titles = sorted({title for forms in OFFICES.values() for title in forms[column]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(title).replace(r"\ ", r"\s+") for title in titles)
    if lang == "en":
        link = (r"(?:,\s+|\s+(?:is|was|has\s+been|serves\s+as|became)\s+)(?:a|an|the)\s+"
                r"(?:(?P<former>(?:[\w'’-]+\s+)?former\s+)|(?P<then>(?:[\w'’-]+\s+)?then-))?(?:[\w'’-]+\s+){0,3}?")
        # (a bio's beat after its role: "a reporter covering immigration", "a writer based in Tucson")
        after = r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|of|for|at|in|from|on|with|who|since|covering|based)\b)"
    else:
        link = (r"(?:,\s+|\s+(?:es|era|fue|ha\s+sido|se\s+desempeña\s+como|trabaja\s+como)\s+)(?:(?:el|la|un|una)\s+)?"
                r"(?:(?P<former>(?i:ex-?\s?))|(?P<then>(?i:entonces\s+)))?")
        after = r"(?=\s*(?:[,.;:)]|$)|\s+(?:y|e|de|del|en|para|desde|con|que)\b)"
    return re.compile(rf"{_NAME}{link}(?P<title>(?i:{alternatives})){after}")


_ROLE = {lang: _role_pattern(lang) for lang in ("en", "es")}
# After a role in the comma form, another person's name: the role's phrase ends at a comma and a capitalised word
# ("Gingrich, el gobernador de Texas, Rick Perry") or holds two capitalised words in a row ("Ortega, la presidenta
# de la Cámara Nancy Pelosi"): the role is that person's title, in a list of people
_NEXT_NAME = re.compile(r"[^,.;]*?(?:,\s*[A-ZÁÉÍÓÚÑÜ]|(?<![\w'’-])[A-ZÁÉÍÓÚÑÜ][\w'’-]*\s+[A-ZÁÉÍÓÚÑÜ])")
# The first word of every title, folded as ``folded_words`` folds a text's words: a sentence holding none (most
# sentences) has no title, and is told without the pattern's costlier search
_TITLE_FIRST_WORDS = frozenset(fold(title.split()[0]).rstrip(".") for forms in OFFICES.values()
                               for titles in forms for title in titles)
_TITLE_FIRST_WORDS |= {"ex" + word for word in _TITLE_FIRST_WORDS}  # "exalcaldesa"


@dataclass(frozen=True)
class Title:
    """An office written before a person's name, or said of it after: where the title is, the surname (folded)
    it goes with, and every office of the title phrase ("Party Vice President and Federal Agriculture Minister
    Horst Seehofer": minister and vice president) or the role ("a photographer and videographer")."""

    start: int
    end: int
    text: str
    surname: str
    name: str
    offices: frozenset[str]
    kind: str = "office"  # or "beat": what a bio says the person covers (``BEATS``)
    tense: str = "current"  # or "former" ("former Mayor", "la exalcaldesa"), or "then" ("then-Gov.")


# Titles written abbreviated, whose period is not a sentence's end ("Gov. Gavin Newsom")
_ABBREVIATIONS = frozenset({"gov", "sen", "rep", "lt", "capt", "col", "sgt", "rev"})  # a title's last word
# The last word of every English title, folded ("president" of "Vice President")
_TITLE_LAST_WORDS = frozenset(fold(title.split()[-1]).rstrip(".") for forms in OFFICES.values() for title in forms[0])
# Words that may join the capitalised titles of one English title phrase ("Vice President and ... Minister")
_PHRASE_JOINERS = frozenset({"and", "of", "for", "&"})
_PHRASE_WORD = re.compile(r"[\w&'’.-]+")


# A credit line's role before its name ("Reporting by Ana Torres; editing by Jim Park" / "Reportaje de Jim Park;
# edición de Ana Torres"): the same people given each other's work
_CREDIT = {
    "en": re.compile(rf"(?P<said>(?P<title>(?i:additional\s+reporting|reporting|editing|edited|photos?|photography|"
                     rf"video|illustrations?|written|text))\s+by)\s+{_NAME}"),
    "es": re.compile(rf"(?P<said>(?P<title>(?i:reportaje|reporteo|información|edición|editado|editada|fotos?|"
                     rf"fotografías?|video|ilustraci(?:ón|ones)|texto|redacción))\s+(?:de|por))\s+{_NAME}"),
}
_CREDIT_OFFICES = {**dict.fromkeys(("reporting", "additional reporting", "written", "text", "reportaje", "reporteo",
                                    "informacion", "texto", "redaccion"), "reporter"),
                   **dict.fromkeys(("editing", "edited", "edicion", "editado", "editada"), "editor"),
                   **dict.fromkeys(("photo", "photos", "photography", "foto", "fotos", "fotografia", "fotografias"),
                                   "photographer"),
                   **dict.fromkeys(("video",), "videographer"),
                   **dict.fromkeys(("illustration", "illustrations", "ilustracion", "ilustraciones"), "illustrator")}
_CREDIT_CUES = {"en": ("by",), "es": ("de", "por")}


def _credits(text: str, lang: str) -> list[Title]:
    """The roles a credit line gives its names ("Reporting by Ana Torres"): a reporter's, an editor's, a
    photographer's."""
    found = []
    for match in _CREDIT[lang].finditer(text):
        office = _CREDIT_OFFICES.get(fold(" ".join(match.group("title").split())))
        if office is None:
            continue
        name = match.group("name")
        found.append(Title(match.start("said"), match.end("title"), match.group("title"), fold(name.split()[-1]), name,
                           frozenset({office})))
    return found


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def titles_before_names(text: str, lang: str) -> tuple[Title, ...]:
    """The offices of ``OFFICES`` written before a name in ``text`` (a sentence in ``lang``). Memoised: ``prepare``
    finds the sentences' while the translator works.

    In English only a capitalised title counts: AP style capitalises a formal title before a name ("Mayor Ana
    Ruiz") and lowercases a description ("the ministerial chairman Fischer"), which translators recast freely.
    """
    pattern = _TITLE.get(lang)
    if pattern is None:
        return ()
    found = _credits(text, lang) if lang in _CREDIT and holds_any(text, _CREDIT_CUES[lang]) else []
    if _TITLE_FIRST_WORDS.isdisjoint(gate_words(text)):
        return tuple(found)
    for match in pattern.finditer(text):
        title = match.group("title")
        offices = _offices_of(lang, title)
        if not offices or (lang == "en" and not title[:1].isupper()):
            continue
        if text.startswith(".", match.end("title")) and fold(title.split()[-1]) not in _ABBREVIATIONS:
            continue  # "es editora. Ana Gil cubre...": a sentence's end, not a title's period
        name = match.group("name")
        if lang == "en":
            offices |= _phrase_offices(text[: match.start("said")])
        tense = _tense(match)
        if tense == "current" and lang == "en" and _FORMER_BEFORE.search(text, max(0, match.start() - 40),
                                                                         match.start()):
            tense = "former"
        found.append(Title(match.start("said"), match.end("said"), match.group("said"), fold(name.split()[-1]), name,
                           offices, tense=tense))
    for match in _ROLE[lang].finditer(text):  # what a name is said to be after it
        title = match.group("title")
        offices = _offices_of(lang, title)
        if not offices:
            continue
        if text[match.end("name")] == "," and _NEXT_NAME.match(text, match.end("title")):
            continue  # a list of people, each title before its name (``_NEXT_NAME``)
        offices |= _joined_roles(text[match.end("title") :], lang)  # "a photographer and videographer"
        name = match.group("name")
        start = match.start("former") if lang == "es" and match.group("former") else match.start("title")
        found.append(Title(start, match.end("title"), text[start:match.end("title")], fold(name.split()[-1]), name,
                           offices, tense=_tense(match)))
    return tuple(found)


def _joined_roles(after: str, lang: str) -> set[str]:
    """The offices of a role joined to the one just found ("reporter and editor", "fotógrafo y videógrafo")."""
    joined = re.match(r"\s+(?:and|y|e)\s+(?:(?:a|an|the|el|la|un|una)\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)", after)
    if joined is None:
        return set()
    words = joined.group(1).split()
    return _offices_of(lang, " ".join(words[:2])) | _offices_of(lang, words[0])


def _phrase_offices(before: str) -> set[str]:
    """The offices among the capitalised words (and joiners) that end ``before``: the rest of an English title
    phrase ending at a title."""
    words = _PHRASE_WORD.findall(before[-120:])
    phrase = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word.lower() in _PHRASE_JOINERS:
            # a joiner joins two titles ("Vice President and ... Minister"), not a name and a title ("Gov.
            # Gavin Newsom and Lt. Gov. ..."): the word before it must end a title
            if position == 0 or fold(words[position - 1].rstrip(".")) not in _TITLE_LAST_WORDS:
                break
        elif not word[:1].isupper():
            break
        phrase.append(word.rstrip("."))
    phrase.reverse()
    offices = set()
    for length in (3, 2, 1):  # longest titles first: "Vice President" before "President"
        for first in range(len(phrase) - length + 1):
            offices |= _offices_of("en", " ".join(phrase[first : first + length]))
    return offices


# What a reporter covers, in both languages: an author bio's "covers education" / "cubre salud". Coarse on purpose
# (courts and crime overlap in "justice"; "clima" is climate or weather): a beat compared is one both sides may say.
BEATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "education": (("education", "schools", "higher education"), ("educación", "escuelas", "educación superior")),
    "health": (("health", "health care", "healthcare", "public health", "medicine"),
               ("salud", "salud pública", "medicina")),
    "housing": (("housing", "homelessness", "real estate"),
                ("vivienda", "viviendas", "personas sin hogar", "bienes raíces")),
    "city hall": (("city hall", "city government", "local government"),
                  ("ayuntamiento", "alcaldía", "gobierno municipal", "gobierno local")),
    "courts": (("courts", "legal affairs", "justice"), ("tribunales", "cortes", "juzgados", "justicia", "asuntos legales")),
    "public safety": (("public safety", "crime", "police", "policing", "criminal justice"),
                      ("seguridad pública", "crimen", "delincuencia", "policía", "justicia penal", "justicia")),
    "immigration": (("immigration", "migration", "border"), ("inmigración", "migración", "frontera")),
    "environment": (("environment", "climate", "climate change", "energy"),
                    ("medio ambiente", "clima", "cambio climático", "energía")),
    "business": (("business", "economy", "labor", "jobs"), ("negocios", "economía", "empresas", "trabajo", "empleo")),
    "sports": (("sports",), ("deportes",)),
    "politics": (("politics", "government", "elections", "legislature"),
                 ("política", "gobierno", "elecciones", "legislatura")),
    "transportation": (("transportation", "transit"), ("transporte", "transporte público")),
    "culture": (("arts", "culture", "entertainment", "music", "food"),
                ("arte", "artes", "cultura", "entretenimiento", "música", "gastronomía", "comida")),
    "science": (("science", "technology", "tech"), ("ciencia", "tecnología")),
    "religion": (("religion", "faith"), ("religión", "fe")),
    "weather": (("weather",), ("tiempo", "meteorología", "clima")),
}
_BEATS_OF: dict[tuple[str, str], frozenset[str]] = {}  # (language, folded words) -> the beats they name
for _beat, _forms in BEATS.items():
    for _lang, _names in zip(("en", "es"), _forms):
        for _beat_name in _names:
            _BEATS_OF[(_lang, fold(_beat_name))] = _BEATS_OF.get((_lang, fold(_beat_name)), frozenset()) | {_beat}


def _beat_pattern(lang: str) -> re.Pattern:
    """A name, a verb of covering, then beats joined by commas and conjunctions: "Ana Gil covers education and
    housing", "Ana Gil cubre salud y vivienda"."""
    column = ("en", "es").index(lang)
    names = sorted({name for forms in BEATS.values() for name in forms[column]}, key=len, reverse=True)
    beat = "(?i:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names) + ")"
    if lang == "en":
        # (and the role's participle: "Ana Gil is a reporter covering education")
        verb = (r"(?:covers|covered|has\s+covered|reports\s+on|reported\s+on|writes\s+about|wrote\s+about|"
                r"(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?covering)")
        lead, joiner = r"(?:the\s+)?", r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    else:
        # (and a role's relative clause: "Ana Gil es una periodista que cubre educación")
        verb = (r"(?:cubre|cubrió|ha\s+cubierto|reporta\s+sobre|informa\s+sobre|escribe\s+sobre|escribió\s+sobre|"
                r"(?:es|era)\s+(?:un|una|el|la)\s+(?:[\w-]+\s+){0,2}?que\s+cubre)")
        lead, joiner = r"(?:(?:temas\s+de|la|el|los|las)\s+)?", r"(?:,\s*|\s+[ye]\s+)"
    return re.compile(rf"{_NAME}\s+{verb}\s+(?P<title>{lead}{beat}(?:{joiner}{lead}{beat}){{0,5}})(?![\w-])")


_BEAT = {lang: _beat_pattern(lang) for lang in ("en", "es")}
# The folded words the verbs of ``_beat_pattern`` begin with: a sentence holding none has no beat
_BEAT_VERB_WORDS = frozenset({"covers", "covered", "has", "reports", "reported", "writes", "wrote", "covering", "cubre",
                              "cubrio", "ha", "reporta", "informa", "escribe", "escribio"})
_BEAT_WORDS = {lang: re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(
    {name for forms in BEATS.values() for name in forms[column]}, key=len, reverse=True)), re.IGNORECASE)
    for column, lang in enumerate(("en", "es"))}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def beats_of_people(text: str, lang: str) -> tuple[Title, ...]:
    """What ``text`` (a sentence in ``lang``) says people cover (``BEATS``), as titles of kind "beat". Memoised:
    ``prepare`` finds the sentences' while the translator works."""
    pattern = _BEAT.get(lang)
    if pattern is None or _BEAT_VERB_WORDS.isdisjoint(gate_words(text)):
        return ()
    found = []
    for match in pattern.finditer(text):
        beats = frozenset().union(*(_BEATS_OF.get((lang, fold(" ".join(name.group(0).split()))), frozenset())
                                    for name in _BEAT_WORDS[lang].finditer(match.group("title"))))
        if beats:
            name = match.group("name")
            found.append(Title(match.start("title"), match.end("title"), match.group("title"), fold(name.split()[-1]),
                               name, beats, "beat"))
    return tuple(found)


# The offices of local and state government, said of no one named: each and its words, in lower case
UNNAMED_OFFICES = {
    "mayor": {"en": "mayor{,s}", "es": "alcalde{,s}|alcaldesa{,s}"},
    "governor": {"en": "governor{,s}", "es": "gobernador{,a,es,as}"},
    # a deputy is an office of its own ("The deputy mayor will lead" / "El alcalde dirigirá", "The president signed"
    # / "El vicepresidente firmó")
    "deputy mayor": {"en": "deputy mayor{,s}|vice mayor{,s}",
                     "es": "teniente{,s} de alcalde|vicealcalde{,s}|vicealcaldesa{,s}|{vice,Vice}-alcalde{,s}|"
                           "vice alcalde{,s}"},
    "lieutenant governor": {"en": "lieutenant governor{,s}", "es": "vicegobernador{,a,es,as}|teniente gobernador"},
    # ("presidente" is a chair and a speaker too, and Spain's prime minister: "el presidente del Gobierno")
    "president": {"en": "president{,s}|chair|chairman|chairwoman|chairperson|chairmen|chairs|speaker|"
                        "prime minister{,s}|premier",
                  "es": "presidente{,s}|presidenta{,s}|{primer,Primer} {ministro,Ministro}|"
                        "{primera,Primera} {ministra,Ministra}|{primeros,Primeros} {ministros,Ministros}"},
    "vice president": {"en": "vice president{,s}|vice-president{,s}",
                       "es": "vicepresidente{,s}|vicepresidenta{,s}"},
    "chief of staff": {"en": "chief of staff|chiefs of staff", "es": "jef{e,a,es,as} de {gabinete,personal}"},
    "sheriff": {"en": "sheriff{,s}", "es": "sheriff{,s}|alguacil{,es}"},
    "police chief": {"en": "police chief{,s}|chief of police", "es": "jef{e,a,es,as} de{, la} policía"},
    "superintendent": {"en": "superintendent{,s}", "es": "superintendente{,s}"},
    "judge": {"en": "judge{,s}", "es": "juez|jueza|jueces|juezas"},  # ("magistrado" is a prosecutor in France, Italy)
    # ("fiscal" alone is also fiscal: "el año fiscal"; after its article or with its county or district only)
    "prosecutor": {"en": "prosecutor{,s}|district attorney{,s}|attorney general|attorneys general|state attorney",
                   "es": "{el,la,los,las,un,una,El,La,Los,Las,Un,Una} fiscal{,es}|"
                         "fiscal{,es} {de distrito,del distrito,del condado}|exfiscal{,es}"},
    "senator": {"en": "senator{,s}", "es": "senador{,a,es,as}"},
    "auditor": {"en": "auditor{,s}|state auditor|comptroller|controller",
                "es": "auditor{,a,es,as}|contralor{,a,es,as}"},
    # a government's ministers ("demanded the minister's resignation" / "la renuncia del alcalde")
    "minister": {"en": "minister{,s}", "es": "ministr{o,a,os,as}"},
    "council member": {"en": "council member{,s}|councilmember{,s}|councilman|councilwoman|alderman",
                       "es": "concejal{,a,es,as}|miembro{,s} del concejo|regidor{,a,es,as}"},
    # a company's officers ("The company's CEO resigned" / "El director financiero de la empresa renunció"); an
    # executive director is a "director ejecutivo" too
    "chief executive": {"en": "chief executive{,s}|chief executive officer|CEO|executive director",
                        "es": "director{,a,es,as} ejecutiv{o,a,os,as}|consejer{o,a} delegad{o,a}|"
                              "presidente ejecutivo|presidenta ejecutiva|CEO"},
    "chief financial officer": {"en": "chief financial officer|CFO|finance director",
                                "es": "director{,a} financier{o,a}|director{,a} de finanzas"},
    "chief operating officer": {"en": "chief operating officer|COO",
                                "es": "director{,a} de operaciones"},
}


def _english_capitalised(phrases: str) -> str:
    """An English office's phrases, and each as a title before a name capitalises it ("Senator Obama", "Police
    Chief"; Spanish writes a title in lower case): an office of no one named in the table, read here of anyone."""
    return phrases + "|" + "|".join(" ".join(word if word in ("of", "de") else word[0].upper() + word[1:]
                                             for word in phrase.split())
                                    for phrase in expand(phrases) if phrase.islower())


def _spanish_former(phrases: str) -> str:
    """A Spanish office's phrases, and each one-word office with "ex" glued to it as Spanish writes a former office
    ("un exsenador", "la exalcaldesa"): the same office, said of no one named."""
    return phrases + "|" + "|".join("ex" + phrase for phrase in expand(phrases)
                                    if phrase.islower() and " " not in phrase)


(offices_said,) = phrase_readers({office: {"en": _english_capitalised(words["en"]),
                                           "es": _spanish_former(words["es"])}
                                  for office, words in UNNAMED_OFFICES.items()})


def prepare(version: Version, settings: Settings) -> None:
    """Find the titles and beats of every sentence while the translator works."""
    prepare_sentences(version, settings, RULE, _people_said, offices_said)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    flagged, other = flagged_side(aligned)
    findings = []
    for pair, titles in pairs_saying(aligned, settings, _people_said, (flagged, other)):
        reported: set[str] = set()  # one finding per person and pair: a changed office, else a changed beat
        for index, title in sorted(titles[flagged], key=lambda found: found[1].kind != "office"):
            counterparts = [found for _, found in titles[other]
                            if found.surname == title.surname and found.kind == title.kind]
            if title.surname in reported:
                continue
            if counterparts and all(found.offices.isdisjoint(title.offices) for found in counterparts):
                findings.append(_finding(aligned, pair, flagged, index, title, counterparts[0], settings))
                reported.add(title.surname)
                continue
            same_office = [found for found in counterparts if not found.offices.isdisjoint(title.offices)]
            if same_office and all(_tense_changed(title, found) for found in same_office):
                findings.append(_finding(aligned, pair, flagged, index, title, same_office[0], settings))
                reported.add(title.surname)
    lines = {(finding.path, finding.line) for finding in findings}
    findings += [finding for finding in contrast_findings(aligned, settings, RULE, offices_said, each_says_more,
                                                          evidence_key="offices", confidence=0.6)
                 if (finding.path, finding.line) not in lines]
    findings.sort(key=lambda finding: finding.start)
    return findings


def _tense_changed(title: Title, counterpart: Title) -> bool:
    """Whether one side holds the office now and the other no longer ("former Mayor Ivy Taylor" / "la alcaldesa Ivy
    Taylor"): an office held "then" ("then-Gov.", "el entonces gobernador") is compared with neither."""
    return {title.tense, counterpart.tense} == {"current", "former"}


def _said(title: Title) -> str:
    """A title as a message quotes it: with "former" where a role's words kept it apart ("the city's former mayor")."""
    if title.tense == "former" and title.kind == "office" and not _FORMER_SAID.match(title.text):
        return f"former {title.text}"
    return title.text


def _people_said(text: str, lang: str) -> tuple[Title, ...]:
    """The titles and the beats ``text`` gives people."""
    return titles_before_names(text, lang) + beats_of_people(text, lang)


def _finding(aligned: AlignedDocument, pair: AlignedPair, side: str, index: int, title: Title, counterpart: Title,
             settings: Settings) -> Finding:
    version = aligned.version(side)
    other = aligned.other(side)
    start, end = segment_span(version.source, version.segments[index], title.start, title.end)
    here, there = side_name(aligned, side), side_name(aligned, other)
    # the name as the side that reads it without the words before it says it ("la presidenta de la Cámara Nancy
    # Pelosi" reads the name as "Cámara Nancy Pelosi")
    name = counterpart.name if title.name.endswith(" " + counterpart.name) else title.name
    subject = f"{name}'s beat" if title.kind == "beat" else name
    if side == "left":
        message = f"{subject}: {_said(title)} in {here} but {_said(counterpart)} in {there}"
    else:
        message = f"{subject}: {_said(counterpart)} in {there} but {_said(title)} in {here}"
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
        "name": title.name, "offices": sorted(title.offices), "counterpart_title": counterpart.text,
        "counterpart_offices": sorted(counterpart.offices), "confidence": 0.7}
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(aligned.translated_side,
                                                         getattr(pair, aligned.translated_side))
    return make_finding(RULE, version.source, start, end, message, lang=version.lang, score=0.7,
                        evidence=evidence, settings=settings)
