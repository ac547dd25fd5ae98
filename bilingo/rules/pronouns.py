"""pronoun-mismatch: a gendered pronoun that contradicts the other side or the same person elsewhere.

Two checks, both conservative (a wrong "he"/"she" is worth a warning, a guess is not):

1. **Per aligned pair.** The gendered third-person pronouns of each side are compared:
   English he/him/his/himself vs she/her/hers/herself; Spanish él/ella (ellos/ellas only
   when both sides are Spanish, since English "they" has no gender). Spanish drops
   subject pronouns, so only an explicit él/ella counts, but where a Spanish sentence without one opens on its
   subject's participle ("Fue declarada muerta", "El oficial fue informado"), the participle's ending counts
   against an English sentence opening on "He" or "She" (``_agreement_findings``), and where it names one person
   by a noun whose article says the sex ("un médico", "la cliente") and its English names no one, that article
   counts against the English pronouns (``_person_noun_findings``); and a reported clause whose English subject is
   "he" or "she" ("She said she felt dizzy") against its Spanish, whose adjective after the copula says the sex of
   the dropped subject ("Dijo que se sintió mareado"), where neither sentence holds another finding
   (``_reported_agreement_findings``; two faithful pairs of the dev corpus say such a clause on both sides, both
   agreeing). When one side uses only
   masculine forms and the other only feminine ones, each pronoun of the flagged side
   (the translated side; the rewrite, i.e. the right input, in same-language mode) is a
   finding. In same-language mode a token diff first pairs pronouns that replaced each
   other ("she added" → "he added") and flags exactly those. When each side has exactly
   one pronoun attributing speech ("ella dijo", ", he said"), the two name the same
   speaker: of different genders, the flagged side's one is a finding, even in a sentence
   that also mentions someone of the other gender.

2. **Per named person, across the document.** Each pronoun is resolved to a person by a recency heuristic: a pronoun
   that attributes speech (", he added", "she said") goes to the most recent *speaker* (a name attached to a speech
   verb: "Jean-Pierre said") in its sentence or the ``LOOKBACK`` sentences before it, unless someone else is named in
   a sentence between them (where no one named speaks, to the one person that window names, or to the person the
   sentence before opens on); any other pronoun goes to the most recent named person, but only when that window names
   exactly one person, or else to the person its own sentence opens on when no speech verb stands between ("Mr
   Duncan, one of the richest MPs, owns a house in his constituency"), and a "He", "She", "His" or "Her" opening a
   sentence to the person the sentence before opens on. Neither goes to a person when a relative or a person of the
   pronoun's sex is mentioned in between ("Ana Ruiz said her husband supports the plan. He said...", "a 51-year-old
   man was arrested. He...": ``RELATION_NOUNS``). A person is a capitalised name sequence (two or more words, or one
   word already seen as the surname of such a sequence, or one word attached to a speech verb, which may stand before
   the name's title: "dijo el gobernador Luis Jones", or one word after a title: "Mr. Ramirez"), with its middle
   initials ("George W. Bush"), keyed by its last word (with "Snr" or "Jnr" where one follows), so "Karine
   Jean-Pierre" and "Jean-Pierre" are one person in both versions (accents aside: "Chávez" is "Chavez"). Spanish
   gendered titles right before a name ("la portavoz Karine Jean-Pierre", "el secretario ...") are weaker votes for
   that person's gender: the translator's agreement, often the masculine default. An English title that says the sex
   ("Councilwoman Teresa Ortiz", "Mrs. Ruiz", "Spokesman Luis Herrera", "Lord Adonis") is as strong as a pronoun, and
   decides where the votes are even and the given name says nothing. The noun at the head of an appositive right
   after a name ("Maria Lopez, a spokeswoman for the county, said", "Juan Pérez, un hombre de 34 años"), or of a copula
   right after it ("Juan Ortiz es fotógrafa"; not after "of": "La hija de Juan Pérez es enfermera"), is a vote as
   strong as a pronoun, and a name followed by an appositive and a speech verb is a speaker: where Spanish drops the
   pronoun ("añadió"), the English "he added" still meets the person. Where the votes are even, the given name
   decides (``names.given_name_genders``: the one right before the surname, "City Manager Erik Walsh", else the first
   after the titles), and so it does against a lone pronoun that attributes speech to a speaker named in its sentence
   or the one before, a lone possessive after the name its sentence opens on, a lone appositive's noun ("Rosa Medina,
   dueño de una taquería"), or a lone "He"/"She" opening the
   sentence after one that opens on the name ("George W. Bush arrived ... She was greeted"), where the other
   version's sentence says no gender ("Frank Gardner said ... \"...,\" she said" / "dijo", "Michael Schumacher ended
   her race" / "abandonó la carrera"). Only he/she (él/ella) attribute speech: "said her car" and "told him" do not.
   The person's gender is taken from the left version (the source or the English text) when its votes agree by
   majority, else from all votes, unless an appositive's noun on the right and the given name both say the other sex
   ("He" against "Angela Brooks, la directora"); pronouns (and titles) that disagree with it are findings, unless
   check 1 already flagged the same span. A person whom only titles give a gender gets one more vote, from the given
   name the left version writes ("council member Mark Gleason" against "la concejala Mark Gleason"), when nearly only
   one sex bears it in the US Census (``names.given_name_genders``); that vote is never a finding itself. A surname
   that several people share ("Lucía Ortega" and her uncle "José Ortega"; ``shared_surnames``) is no one person, and
   is left out of this check.

3. **A sex no one else in the document has** (``_lone_sex_findings``). The English pronouns of the one sentence
   that speaks of a woman (or a man) in a story whose every other pronoun, noun, title and given name, in both
   versions, speaks only of the other sex, with a pronoun of that sex near it ("He worked on Taxi" ... "In 1989 she
   helped create The Simpsons" / "En 1989 ayudó a crear Los Simpson"): where recency names no person, the pronoun has
   no one to be about. Spanish "en él" / "en ella" is a thing ("el presupuesto ... en él se esconde"), not a person.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bilingo.findings import make_finding, segment_span
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.numbers import lowered_view
from bilingo.rules.words import fold
from bilingo.settings import Settings

RULE = "pronoun-mismatch"
LOOKBACK = 3  # sentences before a pronoun searched for its referent

MASCULINE, FEMININE = "masculine", "feminine"
EN_PRONOUNS = {
    "he": MASCULINE, "him": MASCULINE, "his": MASCULINE, "himself": MASCULINE,
    "she": FEMININE, "her": FEMININE, "hers": FEMININE, "herself": FEMININE,
}
ES_PRONOUNS = {"él": MASCULINE, "ella": FEMININE}
_SUBJECT_PRONOUNS = frozenset(("he", "she", "él", "ella", "ellos", "ellas"))
ES_PLURAL_PRONOUNS = {"ellos": MASCULINE, "ellas": FEMININE}
SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|asked|asks|stated|wrote|explained|noted|continued|argued|insisted|"
    r"dijo|dice|añadió|agregó|afirmó|aseguró|declaró|explicó|señaló|indicó|preguntó|sostuvo|insistió|contó"
)
# gendered titles that may stand right before a name: (masculine, feminine)
ES_TITLES = {
    "portavoz": None, "vocero": MASCULINE, "vocera": FEMININE, "secretario": MASCULINE, "secretaria": FEMININE,
    "presidente": MASCULINE, "presidenta": FEMININE, "ministro": MASCULINE, "ministra": FEMININE,
    "director": MASCULINE, "directora": FEMININE, "senador": MASCULINE, "senadora": FEMININE,
    "diputado": MASCULINE, "diputada": FEMININE, "alcalde": MASCULINE, "alcaldesa": FEMININE,
    "gobernador": MASCULINE, "gobernadora": FEMININE, "periodista": None, "jefe": MASCULINE, "jefa": FEMININE,
    "candidato": MASCULINE, "candidata": FEMININE, "embajador": MASCULINE, "embajadora": FEMININE,
    "abogado": MASCULINE, "abogada": FEMININE, "asesor": MASCULINE, "asesora": FEMININE,
    "representante": None, "fiscal": None, "juez": MASCULINE, "jueza": FEMININE,
    # the people of local news: "la concejala Alyssa Garza", "el entrenador", "la superintendente" (by its article)
    "concejal": None, "concejala": FEMININE, "comisionado": MASCULINE, "comisionada": FEMININE,
    "superintendente": None, "entrenador": MASCULINE, "entrenadora": FEMININE, "maestro": MASCULINE,
    "maestra": FEMININE, "profesor": MASCULINE, "profesora": FEMININE, "doctor": MASCULINE, "doctora": FEMININE,
    "sheriff": None, "alguacil": None, "detective": None, "agente": None, "oficial": None, "fundador": MASCULINE,
    "fundadora": FEMININE, "dueño": MASCULINE, "dueña": FEMININE, "propietario": MASCULINE,
    "propietaria": FEMININE, "gerente": None, "reverendo": MASCULINE, "reverenda": FEMININE, "pastor": MASCULINE,
    "pastora": FEMININE, "activista": None, "estudiante": None, "residente": None, "vecino": MASCULINE,
    "vecina": FEMININE, "investigador": MASCULINE, "investigadora": FEMININE, "coordinador": MASCULINE,
    "coordinadora": FEMININE, "jugador": MASCULINE, "jugadora": FEMININE,
    "economista": None, "analista": None, "especialista": None, "artista": None, "cantante": None,
    "futbolista": None, "tenista": None, "atleta": None, "asistente": None, "colega": None, "líder": None,
    "ambientalista": None, "sargento": None, "teniente": None, "médico": MASCULINE, "médica": FEMININE,
    "ingeniero": MASCULINE, "ingeniera": FEMININE, "científico": MASCULINE, "científica": FEMININE,
    "escritor": MASCULINE, "escritora": FEMININE, "autor": MASCULINE, "autora": FEMININE, "fotógrafo": MASCULINE,
    "fotógrafa": FEMININE, "reportero": MASCULINE, "reportera": FEMININE, "editor": MASCULINE, "editora": FEMININE,
    "arquitecto": MASCULINE, "arquitecta": FEMININE, "enfermero": MASCULINE, "enfermera": FEMININE,
    "empresario": MASCULINE, "empresaria": FEMININE, "capitán": MASCULINE, "capitana": FEMININE,
    "administrador": MASCULINE, "administradora": FEMININE, "supervisor": MASCULINE, "supervisora": FEMININE,
    "funcionario": MASCULINE, "funcionaria": FEMININE, "inspector": MASCULINE, "inspectora": FEMININE,
    "voluntario": MASCULINE, "voluntaria": FEMININE, "organizador": MASCULINE, "organizadora": FEMININE,
    "trabajador": MASCULINE, "trabajadora": FEMININE, "empleado": MASCULINE, "empleada": FEMININE,
    "bombero": MASCULINE, "bombera": FEMININE, "agricultor": MASCULINE, "agricultora": FEMININE,
    # abbreviated, after an article: "el Dr. Juan Pérez", "la Dra. Katherine Wells", "el Sr. Duncan"
    "dr": MASCULINE, "dra": FEMININE, "sr": MASCULINE, "sra": FEMININE, "srta": FEMININE,
}
ES_ARTICLES = {"el": MASCULINE, "del": MASCULINE, "al": MASCULINE, "la": FEMININE}
EN_TITLES = {
    "mr.": MASCULINE, "mr": MASCULINE, "mrs.": FEMININE, "mrs": FEMININE, "ms.": FEMININE, "ms": FEMININE,
    "spokesman": MASCULINE, "spokeswoman": FEMININE, "chairman": MASCULINE, "chairwoman": FEMININE,
    "congressman": MASCULINE, "congresswoman": FEMININE, "businessman": MASCULINE, "businesswoman": FEMININE,
    "councilman": MASCULINE, "councilwoman": FEMININE, "assemblyman": MASCULINE, "assemblywoman": FEMININE,
    "alderman": MASCULINE, "alderwoman": FEMININE, "committeeman": MASCULINE, "committeewoman": FEMININE,
    "policeman": MASCULINE, "policewoman": FEMININE, "madam": FEMININE,
    "lord": MASCULINE, "lady": FEMININE, "sir": MASCULINE, "dame": FEMININE,
    "sr.": MASCULINE, "sra.": FEMININE,
}
NOT_PERSON_WORDS = {
    "House", "States", "Nations", "Union", "Ministry", "Office", "Party", "Bank", "Court", "Department", "Council",
    "Association", "University", "Street", "Press", "News", "Times", "Post", "Agency", "Commission", "Committee",
    "Government", "Republic", "Kingdom", "City", "County", "Institute", "Center", "Centre", "Museum", "Company",
    "Corporation", "Group", "Europe", "America", "Africa", "Asia", "Unidos", "Blanca", "Casa", "Gobierno",
    "Ministerio", "Congreso", "Senado", "Tribunal", "Corte", "Banco", "Partido", "Universidad",
    # the places of local news: "Jefferson Elementary", "Mercy Hospital" (not "Park" or "Church": surnames too)
    "Elementary", "School", "College", "Hospital", "Clinic", "Library", "Airport", "Road",
    "Avenue", "Boulevard", "Highway", "Bridge", "Stadium", "Mall", "Escuela", "Iglesia", "Parque", "Aeropuerto",
    # dates: "On January 22, 2020, a doctor ... he wore" is not about a person called January
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
    "Noviembre", "Diciembre", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
}

# Latin letters by case, accented ones included (Latin-1, Extended-A and B): "Słania", "Dvořák", "Çelik".
_UPPER = "".join(char for char in map(chr, range(0x41, 0x250)) if char.isupper())
_LOWER = "".join(char for char in map(chr, range(0x41, 0x250)) if char.islower())
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?"  # "McCarthy", "Jean-Pierre"
# (with middle initials: "George W. Bush", "Garry F. McCarthy")
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:de|del|da|van|von|la)\s+|(?:[{_UPPER}]\.\s*)+)?{_NAME_WORD})*")
_SPEAKER_AFTER = re.compile(rf"^[,’”\"»]*\s*(?:{SPEECH_VERBS})\b")
_SPEAKER_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s*$")
_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_SPEAKER_AFTER_AT = re.compile(_SPEAKER_AFTER.pattern[1:])  # matched at an offset: the same, without "^"
_LONGEST_SPEECH_VERB = max(map(len, SPEECH_VERBS.split("|")))
# ``_attributes_speech`` searches only the last ``_LONGEST_SPEECH_VERB`` characters: true while the verbs are words
assert re.fullmatch(r"\w+(?:\|\w+)*", SPEECH_VERBS), "SPEECH_VERBS must stay a list of plain words"
_QUOTE_OPENING_BEFORE = re.compile(r"(^|[“\"«‘¿¡(]\s*)$")
_LAST_WORD = re.compile(r"\b(\w+\.?)\s*$")
_LONGEST_EN_TITLE = max(map(len, EN_TITLES))
_ES_TITLE_BEFORE = re.compile(r"\b(el|la|del|al)\s+(\w+)\.?(?:\s+de\s+\w+(?:\s+\w+)?)?\s*,?\s*$", re.IGNORECASE)
# A title the name follows as an apposition, after a comma, past the two to four complements that say whose
# ("la jefa de bomberos del condado de Ventura, Dustin Gardner"): without the comma, a name after such complements
# is the last complement's ("la portavoz del alcalde Luis Jones")
_ES_TITLE_BEFORE_APPOSITION = re.compile(
    r"\b(el|la)\s+(\w+)(?:\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+[\w-]+(?:\s+[\w-]+)?){2,4}\s*,\s*$",
    re.IGNORECASE)
TEXT_MEMO_SIZE = 1 << 14  # sentences memoised: both versions of a long article (prepare fills them before check)


@dataclass(frozen=True)
class Pronoun:
    text: str
    start: int  # offsets in the segment text
    end: int
    gender: str
    segment: int
    speech: bool = False  # attributes speech: ", he added", "she said"
    weak: bool = False  # a gendered title, not a pronoun
    given_name: bool = False  # a given name nearly only one sex bears ("Mark"), as a title's weight
    noun: bool = False  # the noun of an appositive after a name ("Maria Lopez, a spokeswoman, said"): a pronoun's weight
    title: bool = False  # an English title that says the sex ("Councilwoman", "Mrs."): a pronoun's weight


@dataclass(frozen=True)
class Person:
    key: str  # last word of the name: "Jean-Pierre"
    start: int
    end: int
    segment: int
    speaker: bool
    title_gender: str | None = None
    title_span: tuple[int, int] | None = None
    noun_gender: str | None = None  # what the noun of an appositive right after the name says (``appositive_after``)
    noun_span: tuple[int, int] | None = None


def find_pronouns(text: str, lang: str, segment: int = 0, plural: bool = False) -> list[Pronoun]:
    """Gendered third-person pronouns of a sentence, in order."""
    return list(_pronouns_of(text, lang, segment, plural))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _pronouns_of(text: str, lang: str, segment: int, plural: bool) -> tuple[Pronoun, ...]:
    """``find_pronouns``, memoised: the pair check and the per-person check both read each sentence's.

    The case-insensitive pronoun pattern runs as a case-sensitive one on the lowered text
    where that is faithful (``numbers.lowered_view``): same matches, faster.
    """
    table = _pronoun_table(lang, plural)
    lowered = lowered_view(text)
    if lowered is None:
        matches = _pronoun_pattern(lang, plural, False).finditer(text)
    else:
        matches = _pronoun_pattern(lang, plural, True).finditer(lowered)
    found = []
    for match in matches:
        start, end = match.span()
        word = text[start:end]
        if lang == "es" and _THING_PREPOSITION_BEFORE.search(text, max(0, start - 4), start):
            continue
        # only a subject says who speaks: "said she", but not "said her car" or "told him"
        speech = word.lower() in _SUBJECT_PRONOUNS and _attributes_speech(text, start, end)
        found.append(Pronoun(word, start, end, table[word.lower()], segment, speech))
    return tuple(found)


# "en él", "en ella" is nearly always a thing a Spanish noun's gender names ("el presupuesto ... en él se esconde",
# "la ordenanza ... en ella se exige"): in the dev corpus 9 of 10 are
_THING_PREPOSITION_BEFORE = re.compile(r"(?<!\w)en\s+$", re.IGNORECASE)


def _pronoun_table(lang: str, plural: bool) -> dict[str, str]:
    return dict(ES_PRONOUNS, **(ES_PLURAL_PRONOUNS if plural else {})) if lang == "es" else EN_PRONOUNS


@lru_cache(maxsize=None)
def _pronoun_pattern(lang: str, plural: bool, lowered: bool) -> re.Pattern:
    """The pronouns of ``_pronoun_table`` as whole words; ``lowered``: case-sensitive, for the lowered text.

    The lowered form checks the character before a pronoun just after its first letter
    ("h(?<![\\w-].)e", the same test one character later), so that the pattern opens with
    the pronouns' first letters and the engine skips every other character at once.
    """
    words = list(_pronoun_table(lang, plural))
    if not lowered:
        return re.compile(r"(?<![\w-])(" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)
    return re.compile("(" + "|".join(word[0] + r"(?<![\w-].)" + word[1:] for word in words) + r")(?![\w-])")


def _attributes_speech(text: str, start: int, end: int) -> bool:
    """A speech verb right after (", he added") or right before ("said Jean-Pierre") ``text[start:end]``.

    ``_SPEAKER_BEFORE`` ends with the verb and spaces only: it is searched in the last
    ``_LONGEST_SPEECH_VERB`` characters before those spaces (``\\b`` still sees the character
    before), not in the whole text before the word.
    """
    if _SPEAKER_AFTER_AT.match(text, end):
        return True
    before = text[:start].rstrip()
    return _SPEAKER_BEFORE.search(before, max(0, len(before) - _LONGEST_SPEECH_VERB)) is not None


def names_a_speaker(version: Version, indices) -> bool:
    """Whether a sentence of ``version`` among ``indices`` names someone with a speech verb (a cheap test on the
    memoised candidates, before ``find_people``)."""
    return any(person.speaker for index in indices
               for person, _, _ in _name_candidates(version.segments[index].text, version.lang, index))


def find_people(text: str, lang: str, segment: int, surnames: set[str]) -> list[Person]:
    """Named people of a sentence (see the module doc); ``surnames`` grows with multi-word names."""
    people = []
    for person, several_words, alone in _name_candidates(text, lang, segment):
        if several_words:
            surnames.add(person.key)
        elif person.key not in surnames and not alone and person.title_gender is None:
            # a lone capitalised word opening a sentence or a quote ("“No”, dijo") is no name, unless a title says
            # it is one ("Mr. Ramirez", "el presidente Obama")
            continue
        people.append(person)
    return people


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def _name_candidates(text: str, lang: str, segment: int) -> tuple[tuple[Person, bool, bool], ...]:
    """The names of a sentence that may be people, each with whether it has several words (its last word is
    then a surname) and whether a lone word stands as a name without a known surname (a speaker not opening
    a sentence or a quote). Memoised: all of ``find_people`` but its use of the surnames seen so far, which
    depends on the sentences before it in both versions; ``prepare`` fills it while the translator runs."""
    candidates = []
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        while words and words[0] in _NOT_NAME_OPENERS:
            words = words[1:]
        suffix = ""
        if len(words) > 1 and words[-1] in _GENERATION_SUFFIXES:
            # "Mr Frazetta Snr" and "Mr Frazetta Jnr": two people, each keyed by surname and suffix
            suffix, words = " " + words[-1], words[:-1]
        if not words or words[-1] in NOT_PERSON_WORDS:
            continue
        key = without_accents(words[-1]) + suffix  # "Chávez" in Spanish is "Chavez" in English: one person
        title_gender, title_span = _title_before(text, match.start(), lang)
        # the speech verb may stand before the name's title: "dijo el gobernador Luis Jones", "said spokeswoman X"
        speaker = _attributes_speech(text, title_span[0] if title_span else match.start(), match.end())
        several_words = len(words) >= 2
        alone = speaker and not _QUOTE_OPENING_BEFORE.search(text[: match.start()])
        if lang != "es" and several_words and words[0].lower() in EN_TITLES:
            # a title capitalised with the name: "Councilwoman Teresa Ortiz", "Spokesman Luis Herrera"
            title_start = text.index(words[0], match.start())
            title_gender, title_span = EN_TITLES[words[0].lower()], (title_start, title_start + len(words[0]))
        noun_gender, noun_span = None, None
        if text.startswith(",", match.end()):
            after, noun_gender, noun_span = appositive_after(text, match.end(), lang)
            if _OF_BEFORE.search(text, 0, match.start()):
                # "uno de los colegas de Gillian Gibbons, profesor en la misma escuela": the appositive may be the
                # colleague's
                noun_gender, noun_span = None, None
            # "Maria Lopez, a spokeswoman for the county, said": a speaker (but a lone word only with its verb
            # right after it, ``alone``: "In Austin, the mayor's spokeswoman, said" names no one Austin)
            speaker = speaker or (after > match.end() and _SPEAKER_AFTER_AT.match(text, after) is not None)
        elif ((copula := _COPULA_AFTER[lang if lang in _COPULA_AFTER else "en"].match(text, match.end())) is not None
              and not _OF_BEFORE.search(text, 0, match.start())):
            # "Juan Ortiz es fotógrafa y vive en El Paso": the noun of its copula says the person's sex as an
            # appositive's does (not "La hija de Juan Pérez es enfermera": the subject is the daughter)
            clause_end = _COPULA_CLAUSE_END.search(text, copula.end())
            noun_gender, noun_span = _appositive_noun(text, copula.start(1), clause_end.start() if clause_end
                                                      else len(text), lang)
        candidates.append((Person(key, match.start(), match.end(), segment, speaker, title_gender, title_span,
                                  noun_gender, noun_span), several_words, alone))
    return tuple(candidates)


# Nouns that say a person's sex, read at the head of an appositive right after a name: "Maria Lopez, a spokeswoman
# for the county, said", "Juan Pérez, padre de dos niños, ...". A Spanish noun of either sex (None) takes its
# article's ("la portavoz", "una joven").
APPOSITIVE_NOUNS = {
    "en": {
        **dict.fromkeys("man boy father husband son brother grandfather uncle nephew widower stepfather dad "
                        "spokesman chairman congressman councilman assemblyman alderman businessman policeman "
                        "anchorman sportsman king prince".split(), MASCULINE),
        **dict.fromkeys("woman girl mother wife daughter sister grandmother aunt niece widow stepmother mom "
                        "spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman businesswoman "
                        "policewoman anchorwoman sportswoman queen princess actress waitress".split(), FEMININE),
    },
    "es": {
        **{title: gender for title, gender in ES_TITLES.items() if title not in ("dr", "dra", "sr", "sra", "srta")},
        # masculine forms Spanish news also writes for a woman ("Feng Juying, jefe del comité"): their article
        # says the sex ("la jefe"), or nothing does
        **dict.fromkeys(("jefe", "presidente", "juez", "médico", "miembro"), None),
        **dict.fromkeys("hombre niño padre esposo marido hijo hermano abuelo tío sobrino viudo".split(), MASCULINE),
        **dict.fromkeys("mujer niña madre esposa hija hermana abuela tía sobrina viuda".split(), FEMININE),
        "joven": None,
    },
}
APPOSITIVE_ARTICLES = {
    "en": dict.fromkeys(("a", "an", "the")),
    "es": {"el": MASCULINE, "un": MASCULINE, "la": FEMININE, "una": FEMININE},
}
# What may follow the noun inside the appositive: nothing, a preposition or a relative pronoun ("a spokeswoman
# for...", "the mother of two", "a woman who..."). Anything else, a verb most likely, says the comma was no
# appositive's: "When police reached the home of Maria Lopez, the man fled."
APPOSITIVE_NOUN_FOLLOWERS = {
    "en": frozenset("of for at in with from on to who whose that".split()),
    "es": frozenset("de del en para con por que quien quienes cuyo cuya".split()),
}
APPOSITIVE_MODIFIERS = 2  # words that may stand between the article and the noun: "a longtime county spokeswoman"
# An appositive: after a comma, up to the next comma or the end of the sentence, opening with a lower-case word or
# a number (a capitalised one opens a list of names: "Smith, Jones and Brown")
_APPOSITIVE = re.compile(r",\s+([^\W_])([^,;:!?\"“”«»()\[\]]{0,80}?)\s*(?=,|\.?\s*$)")
# A copula right after a name, and the article of its noun: "Juan Ortiz es fotógrafa", "Ana Ruiz is a spokeswoman"
_COPULA_AFTER = {"es": re.compile(r"\s+(?:es|era|fue|será)\s+((?:(?:un|una|el|la)\s+)?[^\W\d_])", re.IGNORECASE),
                 "en": re.compile(r"\s+(?:is|was|will\s+be)\s+((?:a|an|the)\s+[^\W\d_])", re.IGNORECASE)}
_COPULA_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?()\"“”«»]|\s(?:y|e|and|but|pero)\s)", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\b(?:of|de|del)\s+$", re.IGNORECASE)  # a name that ends a longer noun phrase
_APPOSITIVE_WORD = re.compile(r"[^\W_][\w'’-]*")
_CONJUNCTIONS = frozenset(("and", "or", "but", "nor", "y", "e", "o", "u", "pero", "ni"))


def appositive_after(text: str, end: int, lang: str) -> tuple[int, str | None, tuple[int, int] | None]:
    """The appositives right after a name ending at ``end`` (up to two: "Maria Lopez, 34, a nurse, said"): where
    they end (``end`` when there is none), and the gender and span of the first noun among them that says one
    (``APPOSITIVE_NOUNS``), else None, None."""
    gender, span = None, None
    for _ in range(2):
        match = _APPOSITIVE.match(text, end)
        if match is None or match.group(1).isupper() or _SPEAKER_AFTER_AT.match(text, end):
            break  # (", said ...": the verb, no appositive)
        if gender is None:
            gender, span = _appositive_noun(text, match.start(1), match.end(2), lang)
        end = match.end()
    return end, gender, span


def _appositive_noun(text: str, start: int, end: int, lang: str) -> tuple[str | None, tuple[int, int] | None]:
    """The gender and span of the noun at the head of the appositive ``text[start:end]``, where one says it."""
    nouns, articles = APPOSITIVE_NOUNS.get(lang, APPOSITIVE_NOUNS["en"]), APPOSITIVE_ARTICLES.get(lang, {})
    followers = APPOSITIVE_NOUN_FOLLOWERS.get(lang, APPOSITIVE_NOUN_FOLLOWERS["en"])
    words = list(_APPOSITIVE_WORD.finditer(text, start, end))
    if words and words[0].group().lower() in _CONJUNCTIONS:
        return None, None  # "Yang Jiawei, 27, and his wife, Liu Juanjuan": a second person, not an appositive
    article, article_gender = None, None
    if words and words[0].group().lower() in articles:
        article, article_gender = words[0], articles[words[0].group().lower()]
        words = words[1:]
    for position, word in enumerate(words[: APPOSITIVE_MODIFIERS + 1]):
        lowered = word.group().lower()
        if lowered not in nouns:
            continue
        following = words[position + 1].group().lower() if position + 1 < len(words) else None
        gender = nouns[lowered] or article_gender
        if gender is None or (following is not None and following not in followers):
            return None, None
        if nouns[lowered] is None:  # the article says it: "la portavoz", "el gerente"
            return gender, (article.start(), word.end())
        return gender, word.span()
    return None, None


# Capitalised words that open a sentence before a name without being part of it: articles, conjunctions, and the
# prepositions of a place ("In Austin, the mayor's spokeswoman, said": no one named Austin)
_NOT_NAME_OPENERS = frozenset(("The", "El", "La", "Los", "Las", "A", "Un", "Una", "But", "And", "Y", "Pero",
                               "In", "At", "On", "From", "En", "Desde"))


_GENERATION_SUFFIXES = frozenset(("Snr", "Jnr", "Jr", "Sr"))


def without_accents(word: str) -> str:
    """``word`` without its accents, its case kept: a person's key, which both versions must write alike."""
    if word.isascii():
        return word
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def _title_before(text: str, start: int, lang: str) -> tuple[str | None, tuple[int, int] | None]:
    """A gendered title right before a name: "la portavoz", "el secretario de prensa", "Ms."."""
    prefix = text[:start]
    if lang == "es":
        match = _ES_TITLE_BEFORE.search(prefix)
        if not (match and match.group(2).lower() in ES_TITLES):
            match = _ES_TITLE_BEFORE_APPOSITION.search(prefix, max(0, len(prefix) - 120))
        if match and match.group(2).lower() in ES_TITLES:
            gender = ES_TITLES[match.group(2).lower()] or ES_ARTICLES[match.group(1).lower()]
            end = match.end(2) + (prefix[match.end(2):match.end(2) + 1] == ".")  # "el Dr.": with its period
            return gender, (match.start(), end)
        return None, None
    # the last word: only one as short as a title can be one, so the search starts that close to the end
    # (a longer word has no word boundary there: no match, as its lower case is no title either)
    prefix = prefix.rstrip()
    match = _LAST_WORD.search(prefix, max(0, len(prefix) - _LONGEST_EN_TITLE))
    if match and match.group(1).lower() in EN_TITLES:
        return EN_TITLES[match.group(1).lower()], (match.start(1), match.end(1))
    return None, None


# --- check ----------------------------------------------------------------------------


def prepare(version: Version, settings: Settings) -> None:
    """The pronouns and name candidates of every sentence of ``version``: they need no translation, so they
    are found while the translator runs (``check.prepare_checks``). The pair check of two Spanish versions
    reads plural pronouns too (``find_pronouns(..., plural=True)``), left to ``check``: no translator runs
    then."""
    if RULE in settings.disabled_rules:
        return
    for index, segment in enumerate(version.segments):
        _pronouns_of(segment.text, version.lang, index, False)
        _name_candidates(segment.text, version.lang, index)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    findings = (_pair_findings(aligned, settings) + _agreement_findings(aligned, settings)
                + _person_noun_findings(aligned, settings))
    flagged = {(f.path, f.start, f.end) for f in findings}
    for finding in _person_findings(aligned, settings) + _lone_sex_findings(aligned, settings):
        if (finding.path, finding.start, finding.end) not in flagged:
            findings.append(finding)
            flagged.add((finding.path, finding.start, finding.end))
    findings += _reported_agreement_findings(aligned, settings, findings)
    findings.sort(key=lambda f: (f.path, f.start))
    return findings


def _side_pronouns(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> list[Pronoun]:
    version = aligned.version(side)
    plural = aligned.left.lang == aligned.right.lang == "es"
    return [p for i in indices for p in find_pronouns(version.segments[i].text, version.lang, i, plural)]


def _pair_findings(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    findings = []
    flagged_side = aligned.translated_side or "right"
    other_side = aligned.other(flagged_side)
    for pair in aligned.pairs:
        if not pair.is_match or (pair.score is not None and pair.score < settings.match_threshold):
            continue
        flagged_indices, other_indices = getattr(pair, flagged_side), getattr(pair, other_side)
        here = _side_pronouns(aligned, flagged_side, flagged_indices)
        if not here:
            continue
        there = _side_pronouns(aligned, other_side, other_indices)
        if not there:
            continue
        contradictions: list[tuple[Pronoun, Pronoun]] = []
        if aligned.translated_side is None:
            contradictions = _replaced_pronouns(aligned, flagged_side, flagged_indices, other_indices)
        elif aligned.version(other_side).lang == "en":
            contradictions = _contradicted_in_translation(aligned, flagged_side, here, there, flagged_indices)
        if not contradictions:
            here_genders = {p.gender for p in here}
            there_genders = {p.gender for p in there}
            if len(here_genders) == 1 and len(there_genders) == 1 and here_genders != there_genders:
                contradictions = [(p, there[0]) for p in here]
        if not contradictions:
            contradictions = _contradicted_speaker(here, there)
        for pronoun, counterpart in contradictions:
            findings.append(_finding(aligned, flagged_side, pronoun, counterpart, other_indices, settings,
                                     f"{pronoun.text!r} in {_side_name(aligned, flagged_side)} but "
                                     f"{counterpart.text!r} in the aligned {_side_name(aligned, other_side)} "
                                     "sentence"))
    return findings


# A Spanish sentence that opens on its subject's participle ("Fue declarada muerta", "El oficial fue informado"):
# the participle's ending says the sex of the subject, which the English writes as an opening "He" or "She".
_OPENING_PARTICIPLE = re.compile(
    rf"(?:(?:el|la|un|una)\s+(?:{'|'.join(sorted(ES_TITLES, key=len, reverse=True))})\.?\s+(?:[\w-]+\s+){{0,3}}?)?"
    r"(?:(?:ya|no|también)\s+)?(?:fue|era|estaba|está|es|ha\s+sido|había\s+sido|estuvo|será|sería|resultó|quedó)\s+"
    r"(\w+(?:ad|id)([oa])|muert([oa])|elect([oa]))\b",
    re.IGNORECASE,
)


def _agreement_findings(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """An English sentence that opens on "He" or "She" against its Spanish sentence that drops the pronoun but
    opens on a participle of the other sex ("She was informed" / "El oficial fue informado", "He was pronounced
    dead" / "Fue declarada muerta"): Spanish agreement says the sex the pronoun would have said.

    One-to-one pairs only, whose English says pronouns of one sex and whose Spanish says no él or ella (the pair
    check compares those); reported on the flagged (translated) side, as the pair check does.
    """
    findings = []
    for pair, english_pronouns, spanish, spanish_index in _english_pronouns_against_silent_spanish(aligned, settings):
        opening = english_pronouns[0]
        if opening.start != 0 or opening.text not in ("He", "She"):
            continue
        agreement = _OPENING_PARTICIPLE.match(spanish)
        if agreement is None:
            continue
        ending = next(group for group in agreement.groups()[1:] if group)
        participle = Pronoun(agreement.group(1), agreement.start(1), agreement.end(1),
                             MASCULINE if ending.lower() == "o" else FEMININE, spanish_index)
        if participle.gender != opening.gender:
            findings.append(_spanish_word_finding(aligned, pair, participle, opening, settings))
    return findings


# A reported clause whose subject English says and Spanish drops: "She said she felt dizzy" / "Dijo que se sintió
# mareado", "The principal said he was surprised" / "La directora dijo que estaba sorprendida". The English pronoun
# right after the speech verb is the clause's subject; the Spanish adjective or participle right after its copula
# agrees with that subject.
_REPORTED_SUBJECT_EN = re.compile(
    r"\b(?:said|says|told\s+\w+|added|explained|admitted|acknowledged|recalled)\s+(?:that\s+)?(?P<pronoun>he|she)\s+"
    r"(?:was|is|felt|feels|had\s+been|has\s+been|would\s+be|will\s+be|became|seemed|looked|remains|remained)\b",
    re.IGNORECASE)
_REPORTED_AGREEMENT_ES = re.compile(
    r"\b(?:dijo|dice|afirmó|aseguró|contó|explicó|comentó|señaló|reconoció|admitió|confesó|relató|agregó|añadió)"
    r"(?:\s+a\s+(?:los|las|la|el|sus|su)\s+\w+)?"  # ("dijo a los periodistas que")
    r"\s+(?:que\s+(?:(?:ya|no|también|todavía|aún)\s+)?(?:estaba|está|estuvo|fue|era|es|se\s+sentía|se\s+siente|"
    r"se\s+sintió|había\s+sido|ha\s+sido|había\s+estado|ha\s+estado|quedó|sería|será|estaría|estará|"
    r"se\s+encontraba|se\s+encuentra)|sentirse|estar)\s+"
    r"(?:(?:muy|tan|bastante|algo|un\s+poco|sumamente|realmente|profundamente)\s+)?"
    r"(?P<word>\w+(?:ad|id|os)(?P<ending>[oa])|(?:content|segur|list|molest|tranquil|dispuest|satisfech|"
    r"muert|viv|abiert)(?P<other_ending>[oa]))\b",
    re.IGNORECASE)


def _reported_agreement_findings(aligned: AlignedDocument, settings: Settings,
                                 reported: list[Finding]) -> list[Finding]:
    """An English reported clause whose subject is "he" or "she" against its Spanish, which drops the subject but
    says its sex in the adjective after the copula ("She said she felt dizzy" / "Dijo que se sintió mareado").

    One-to-one pairs whose English pronouns are all of one sex and whose Spanish says no él or ella, each side
    with one such clause, and neither sentence holding a finding of the other checks (``reported``: "Coach Becky
    Hammon said he was proud" is already reported against her "she said")."""
    findings = []
    for pair, english_pronouns, spanish, spanish_index in _english_pronouns_against_silent_spanish(aligned, settings):
        if _holds_a_finding(aligned, pair, reported):
            continue
        english_index = english_pronouns[0].segment
        english = aligned.version(aligned.other(_spanish_side(aligned))).segments[english_index].text
        english_clauses = list(_REPORTED_SUBJECT_EN.finditer(english))
        spanish_clauses = list(_REPORTED_AGREEMENT_ES.finditer(spanish))
        if len(english_clauses) != 1 or len(spanish_clauses) != 1:
            continue
        clause, agreement = english_clauses[0], spanish_clauses[0]
        pronoun = next((p for p in english_pronouns if p.start == clause.start("pronoun")), None)
        if pronoun is None:
            continue
        ending = (agreement.group("ending") or agreement.group("other_ending")).lower()
        word = Pronoun(agreement.group("word"), agreement.start("word"), agreement.end("word"),
                       MASCULINE if ending == "o" else FEMININE, spanish_index)
        if word.gender != pronoun.gender:
            findings.append(_spanish_word_finding(aligned, pair, word, pronoun, settings))
    return findings


def _holds_a_finding(aligned: AlignedDocument, pair: AlignedPair, findings: list[Finding]) -> bool:
    """Whether a sentence of ``pair``, on either side, holds one of ``findings``."""
    for side in ("left", "right"):
        version = aligned.version(side)
        for index in getattr(pair, side):
            segment = version.segments[index]
            if any(f.path == version.path and segment.start <= f.start < segment.end for f in findings):
                return True
    return False


def _spanish_side(aligned: AlignedDocument) -> str:
    return "left" if aligned.left.lang == "es" else "right"


def _english_pronouns_against_silent_spanish(aligned: AlignedDocument, settings: Settings):
    """The one-to-one translation pairs of an English/Spanish document whose English sentence says pronouns of one
    sex and whose Spanish sentence says no él or ella: (pair, the English pronouns, the Spanish text, its segment
    index). What Spanish says of the sex there, it says in other words (a participle, a noun's article)."""
    if aligned.translated_side is None or {aligned.left.lang, aligned.right.lang} != {"en", "es"}:
        return
    spanish_side = _spanish_side(aligned)
    english_side = aligned.other(spanish_side)
    for pair in aligned.pairs:
        if not pair.is_match or (pair.score is not None and pair.score < settings.match_threshold):
            continue
        if len(getattr(pair, english_side)) != 1 or len(getattr(pair, spanish_side)) != 1:
            continue
        (english_index,), (spanish_index,) = getattr(pair, english_side), getattr(pair, spanish_side)
        english_pronouns = find_pronouns(aligned.version(english_side).segments[english_index].text, "en",
                                         english_index)
        if not english_pronouns or len({p.gender for p in english_pronouns}) != 1:
            continue
        spanish = aligned.version(spanish_side).segments[spanish_index].text
        if not find_pronouns(spanish, "es", spanish_index):
            yield pair, english_pronouns, spanish, spanish_index


def _spanish_word_finding(aligned: AlignedDocument, pair, spanish_word: Pronoun, english_pronoun: Pronoun,
                          settings: Settings) -> Finding:
    """The finding of a Spanish word that says a sex (a participle, a noun with its article) against the English
    pronoun of its pair, on the flagged (translated) side, naming both."""
    flagged_side = aligned.translated_side
    flagged, counterpart = ((spanish_word, english_pronoun) if flagged_side == _spanish_side(aligned)
                            else (english_pronoun, spanish_word))
    other_side = aligned.other(flagged_side)
    return _finding(aligned, flagged_side, flagged, counterpart, getattr(pair, other_side), settings,
                    f"{flagged.text!r} ({flagged.gender}) in {_side_name(aligned, flagged_side)} but "
                    f"{counterpart.text!r} ({counterpart.gender}) in the aligned {_side_name(aligned, other_side)} "
                    "sentence")


# Spanish nouns for a person whose article (or ending) says the sex, where English says none: "el médico" / "la
# médica", "el cliente" / "la cliente". Read in a Spanish sentence against the English pronouns of its pair.
PERSON_NOUNS_ES = {
    **{title: gender for title, gender in ES_TITLES.items() if title not in ("dr", "dra", "sr", "sra", "srta")},
    **{noun: gender for noun, gender in APPOSITIVE_NOUNS["es"].items()},
    **dict.fromkeys("cliente participante paciente estudiante turista visitante".split(), None),
    **dict.fromkeys("conductor usuario ciudadano alumno compañero amigo sospechoso detenido acusado herido "
                    "fallecido pasajero ganador campeón hombre chico".split(), MASCULINE),
    **dict.fromkeys("conductora usuaria ciudadana alumna compañera amiga sospechosa detenida acusada herida "
                    "fallecida pasajera ganadora campeona mujer chica".split(), FEMININE),
}
PERSON_ARTICLES_ES = {"el": MASCULINE, "del": MASCULINE, "al": MASCULINE, "un": MASCULINE, "este": MASCULINE,
                      "ese": MASCULINE, "aquel": MASCULINE, "la": FEMININE, "una": FEMININE, "esta": FEMININE,
                      "esa": FEMININE, "aquella": FEMININE}
# nouns that are also adjectives or things ("un viaje oficial", "el agente químico", "una joven generación"), and
# one Spanish writes with "el" for a woman too ("el miembro")
_NOT_PERSON_NOUNS_ES = frozenset(("oficial", "agente", "asistente", "joven", "líder", "miembro"))
# adjectives that may stand between the article and the noun: "un alto funcionario", "el depuesto presidente"
_PRENOMINAL_ES = ("alto", "alta", "primer", "primera", "segundo", "segunda", "nuevo", "nueva", "antiguo", "antigua",
                  "ex", "actual", "propio", "propia", "joven", "depuesto", "depuesta", "presunto", "presunta",
                  "supuesto", "supuesta", "gran", "único", "única", "otro", "otra", "mismo", "misma")
_PERSON_NOUN_ES = re.compile(
    rf"\b({'|'.join(PERSON_ARTICLES_ES)})\s+(?:(?:{'|'.join(_PRENOMINAL_ES)})\s+)?"
    rf"({'|'.join(sorted(set(PERSON_NOUNS_ES) - _NOT_PERSON_NOUNS_ES, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=None)
def _gendered_noun_en() -> re.Pattern:
    """English words for a person that say the sex ("man", "spokeswoman", "her husband")."""
    nouns = sorted(set(RELATION_NOUNS["en"]) | set(APPOSITIVE_NOUNS["en"]), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(nouns)})\b", re.IGNORECASE)


# (not "para" nor "según": "un buen nivel para un jugador, a menos que le den...", "Según un testigo, que pidió...")
_PREPOSITION_BEFORE = re.compile(r"\b(?:de|por|con|a|sin|sobre|entre|hacia|contra|ante|tras)\s+$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(rf"(?<![\w'’-])(?:[{_UPPER}][{_LOWER}]+)+(?![\w'’-])")  # "Arroyo", "McCarthy"


def _names_someone(english: str, spanish: str) -> bool:
    """Whether an English sentence may name a person: a capitalised word past its first that the Spanish writes
    too, accents aside ("Harabiš", "Ms. Arroyo", "Maria Lopez"), as both versions write names. Places count too:
    a pronoun beside one is left alone, to be safe."""
    words = [without_accents(match.group()) for match in _CAPITALISED_WORD.finditer(english)][1:]
    spanish = without_accents(spanish)
    return any(word in spanish for word in words)


def person_nouns_es(text: str) -> list[tuple[str, int, int, str, bool]]:
    """The singular person nouns of a Spanish sentence with their article, and the sex these say: (text, start,
    end, gender, whether the sentence may be about them). It may not where the noun follows a preposition ("la
    ayudante del director", "observar al niño", "fue recibida por el alcalde") or a speech verb ("Se dedicó a
    conspirar, dijo un alto funcionario"): the sentence speaks of someone else."""
    found = []
    for match in _PERSON_NOUN_ES.finditer(text):
        article_gender = PERSON_ARTICLES_ES[match.group(1).lower()]
        noun_gender = PERSON_NOUNS_ES[match.group(2).lower()]
        if noun_gender is not None and noun_gender != article_gender:
            continue  # "el directora" is no phrase
        before = text[:match.start()].rstrip()
        about = (match.group(1).lower() not in ("del", "al") and not _PREPOSITION_BEFORE.search(text, 0, match.start())
                 and not _SPEAKER_BEFORE.search(before, max(0, len(before) - _LONGEST_SPEECH_VERB)))
        found.append((match.group(), match.start(), match.end(), article_gender, about))
    return found


def _person_noun_findings(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """English pronouns of one sex against the one person a Spanish sentence without él/ella names by a noun of
    the other sex ("a doctor was infected although she wore a mask" / "un médico se infectó a pesar de..."):
    Spanish says with the noun's article what English says with the pronoun.

    One-to-one pairs whose English names no one and says no word for a person's sex, in its sentence or the ones
    before (``_only_the_noun_to_be_about``), and whose noun comes before the pronoun (as far as the two sentences'
    lengths tell): a pronoun there can only be about the person the noun names."""
    findings = []
    for pair, english_pronouns, spanish, spanish_index in _english_pronouns_against_silent_spanish(aligned, settings):
        english_version = aligned.version(aligned.other(_spanish_side(aligned)))
        english_index = english_pronouns[0].segment
        english = english_version.segments[english_index].text
        nouns = person_nouns_es(spanish)
        if len(nouns) != 1 or not nouns[0][4] or nouns[0][3] == english_pronouns[0].gender:
            continue
        if nouns[0][1] / len(spanish) > english_pronouns[0].start / len(english):
            continue  # the noun comes after the pronoun: "she never let a child leave" / "que un niño se fuera"
        if _gendered_noun_en().search(english) or _names_someone(english, spanish):
            continue
        if not _only_the_noun_to_be_about(english_version, english_index, english_pronouns):
            continue
        noun_text, start, end, gender, _ = nouns[0]
        noun = Pronoun(noun_text, start, end, gender, spanish_index, noun=True)
        findings.append(_spanish_word_finding(aligned, pair, noun, english_pronouns[0], settings))
    return findings


def _only_the_noun_to_be_about(english: Version, index: int, pronouns: list[Pronoun]) -> bool:
    """Whether an English sentence's pronouns can only be about the person its Spanish names by a noun: they are
    subjects or possessives ("she wore", "his situation"; not "arrested her", "ordered him held"), no speech verb
    comes before them ("The prosecutor said she faces ten years" is about the defendant), and the sentences before
    name no one and say no word for a sex ("A 34-year-old woman was arrested. A judge revoked her bail")."""
    text = english.segments[index].text
    if any(p.text.lower() == "him" or (p.text.lower() == "her" and not _is_possessive(text, p)) for p in pronouns):
        return False
    if _SPEECH_VERB.search(text, 0, pronouns[0].start):
        return False
    for before in english.segments[max(0, index - LOOKBACK):index]:
        if _gendered_noun_en().search(before.text) or any(
                several or alone for _, several, alone in _name_candidates(before.text, "en", 0)):
            return False
    return True


def _contradicted_speaker(here: list[Pronoun], there: list[Pronoun]) -> list[tuple[Pronoun, Pronoun]]:
    """The one pronoun attributing speech on each side ("ella dijo", ", he said") names the same speaker,
    wherever the two languages put it in the sentence: of different genders, they contradict each other,
    even in a sentence that also speaks of someone of the other gender ("She's very cute", he said)."""
    here_speech = [p for p in here if p.speech]
    there_speech = [p for p in there if p.speech]
    if len(here_speech) == 1 and len(there_speech) == 1 and here_speech[0].gender != there_speech[0].gender:
        return [(here_speech[0], there_speech[0])]
    return []


def _replaced_pronouns(aligned, side, indices, other_indices) -> list[tuple[Pronoun, Pronoun]]:
    """Same-language pairs: pronouns the token diff shows replaced by one of the other gender."""
    def tokens(which, idx):
        version = aligned.version(which)
        return [(m.group(0).lower(), i, m.start(), m.end())
                for i in idx for m in re.finditer(r"\w+", version.segments[i].text)]

    here, there = tokens(side, indices), tokens(aligned.other(side), other_indices)
    table = EN_PRONOUNS if aligned.version(side).lang != "es" else ES_PRONOUNS
    pairs = []
    matcher = difflib.SequenceMatcher(a=[t[0] for t in there], b=[t[0] for t in here], autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "replace":
            continue
        for old, new in zip(there[a0:a1], here[b0:b1]):
            if old[0] in table and new[0] in table and table[old[0]] != table[new[0]]:
                new_text = aligned.version(side).segments[new[1]].text[new[2]:new[3]]
                old_text = aligned.version(aligned.other(side)).segments[old[1]].text[old[2]:old[3]]
                pairs.append((Pronoun(new_text, new[2], new[3], table[new[0]], new[1]),
                              Pronoun(old_text, old[2], old[3], table[old[0]], old[1])))
    return pairs


def _contradicted_in_translation(aligned, side, here, there, indices) -> list[tuple[Pronoun, Pronoun]]:
    """Cross-language pairs: él/ella whose English rendering in the MT stands where English has the other gender.

    Apertium renders él/ella as he/she (and never produces he/she otherwise), so the k-th
    he/she of the translation is the k-th él/ella of the Spanish; a token diff of the
    translation against the English sentence pairs it with the English pronoun.
    """
    translation = " ".join(aligned.translations[i] for i in indices if i < len(aligned.translations))
    subject = {"he": MASCULINE, "she": FEMININE}
    mt_tokens = [t.lower() for t in re.findall(r"\w+", translation)]
    if sum(t in subject for t in mt_tokens) != len(here):
        return []
    english = [p for p in there if p.text.lower() in subject]
    en_tokens = [t.lower() for t in re.findall(r"\w+", " ".join(aligned.version(aligned.other(side)).segments[i].text
                                                               for i in sorted({p.segment for p in there})))]
    pairs = []
    matcher = difflib.SequenceMatcher(a=en_tokens, b=mt_tokens, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "replace":
            continue
        # the block's pronouns in order: the words around them may differ in number ("whether he" / "or if she")
        for en_position, mt_position in zip([i for i in range(a0, a1) if en_tokens[i] in subject],
                                            [i for i in range(b0, b1) if mt_tokens[i] in subject]):
            old, new = en_tokens[en_position], mt_tokens[mt_position]
            if old in subject and new in subject and subject[old] != subject[new]:
                k = sum(t in subject for t in mt_tokens[:mt_position])
                e = sum(t in subject for t in en_tokens[:en_position])
                if k < len(here) and e < len(english):
                    pairs.append((here[k], english[e]))
    return pairs


def _side_name(aligned: AlignedDocument, side: str) -> str:
    if aligned.translated_side is None:
        return aligned.version(side).path
    return {"en": "English", "es": "Spanish"}.get(aligned.version(side).lang, aligned.version(side).lang)


def _finding(aligned, side, pronoun: Pronoun, counterpart: Pronoun | None, other_indices, settings,
             message: str, person: str | None = None) -> Finding:
    version = aligned.version(side)
    other = aligned.other(side)
    other_version = aligned.version(other)
    start, end = segment_span(version.source, version.segments[pronoun.segment], pronoun.start, pronoun.end)
    evidence: dict = {
        "side": side,
        "input": version.path,
        "segments": [pronoun.segment],
        "gender": pronoun.gender,
        "counterpart": " ".join(other_version.segments[i].text for i in other_indices),
        "counterpart_segments": list(other_indices),
    }
    if counterpart is not None:
        c_start, c_end = segment_span(other_version.source, other_version.segments[counterpart.segment],
                                      counterpart.start, counterpart.end)
        evidence.update(counterpart_text=counterpart.text, counterpart_span=[c_start, c_end],
                        counterpart_input=other_version.path, counterpart_gender=counterpart.gender)
    if person:
        evidence["person"] = person
    if aligned.translated_side is not None:
        evidence["translation"] = " ".join(
            aligned.translations[i] for i in ([pronoun.segment] if side == aligned.translated_side else other_indices)
            if i < len(aligned.translations)
        )
    return make_finding(RULE, version.source, start, end, message, lang=version.lang, evidence=evidence,
                        settings=settings)


# --- per person -----------------------------------------------------------------------


@dataclass(frozen=True)
class Vote:
    person: str
    side: str
    pronoun: Pronoun
    referent_segment: int | None = None  # where the person a speech pronoun was given to is named
    # bound to the person by the closest link recency gives: a possessive after the name its own sentence opens on
    # ("Michael Schumacher ended his race"), or a "He"/"She" opening the sentence after one that opens on the name
    # ("George W. Bush arrived in Singapore." "He was greeted...")
    bound: bool = False


def resolve_pronouns(segments_text: list[str], lang: str, side: str, surnames: set[str]) -> list[Vote]:
    """Gender votes of one version: each resolvable pronoun or title, attached to a person key."""
    votes: list[Vote] = []
    people_by_segment: list[list[Person]] = []
    for index, text in enumerate(segments_text):
        # the memos read directly (``find_people`` and ``find_pronouns`` without their copies): most sentences
        # name no one and hold no pronoun, and are done after two look-ups
        people = find_people(text, lang, index, surnames) if _name_candidates(text, lang, index) else []
        people_by_segment.append(people)
        for person in people:
            if person.title_gender and person.title_span:
                a, b = person.title_span
                # an English title says the sex in the name itself ("Councilwoman Teresa Ortiz", "Mrs. Ruiz"), as
                # strongly as a pronoun; a Spanish one is the translator's agreement, often the masculine default
                strong = lang == "en"
                votes.append(Vote(person.key, side, Pronoun(text[a:b], a, b, person.title_gender, index,
                                                            weak=not strong, title=strong)))
            if person.noun_gender and person.noun_span:
                a, b = person.noun_span
                votes.append(Vote(person.key, side, Pronoun(text[a:b], a, b, person.noun_gender, index, noun=True)))
        pronouns = _pronouns_of(text, lang, index, False)
        if not pronouns:
            continue
        mixed = len({p.gender for p in pronouns}) > 1  # "he knew her": two people, recency cannot tell
        for pronoun in pronouns:
            if mixed and not pronoun.speech:
                continue
            referent = _referent(segments_text, lang, people_by_segment, index, pronoun)
            if referent is not None:
                votes.append(Vote(referent.key, side, pronoun, referent.segment if pronoun.speech else None,
                                  _bound(segments_text, people_by_segment, index, pronoun, referent)))
    return votes


def _referent(segments_text: list[str], lang: str, people_by_segment: list[list[Person]], index: int,
              pronoun: Pronoun) -> Person | None:
    """The named person a pronoun is about, by recency, or None where recency cannot tell (see the module doc).

    A pronoun attributing speech goes to the last speaker named in its window; where no one named speaks, to the
    one person the window names ("Treasury minister Stephen Timms denied ..." then "\"...,\" he told the BBC"), or
    to the person the sentence before opens on ("Martin Poole, 50, ... is the leader of Beyond." then "He said:").
    Any other pronoun goes to the one person its window names, or to the person its own sentence opens on
    (``_opening_subject``). Never past a relative or a person of the pronoun's sex named in between."""
    people = people_by_segment[index]
    window = [p for seg in people_by_segment[max(0, index - LOOKBACK):index] for p in seg]
    window += [p for p in people if p.end <= pronoun.start]
    alone = window[-1] if window and len({p.key for p in window}) == 1 else None
    if pronoun.speech:
        speakers = [p for p in window if p.speaker]
        if speakers and any(speakers[-1].segment < p.segment < index and p.key != speakers[-1].key for p in window):
            referent = None  # someone named in a sentence between the last speaker's and this may be who speaks now
        elif speakers:
            referent = speakers[-1]
        elif alone is not None or not index or any(person.end <= pronoun.start for person in people):
            referent = alone
        else:
            referent = _opening_subject(segments_text[index - 1], people_by_segment[index - 1], None)
    else:
        referent = (alone or _opening_subject(segments_text[index], people, pronoun)
                    or _speaker_right_before(segments_text[index], people, pronoun))
        if referent is None and index and _opens_sentence(segments_text[index], pronoun):
            referent = _opening_subject(segments_text[index - 1], people_by_segment[index - 1], None)
    if (referent is None or _unnamed_person_between(segments_text, lang, referent, pronoun)
            or _someone_else_of_its_sex(segments_text, lang, referent, pronoun)):
        return None
    return referent


# what may stand before the name a sentence opens on: one word, a title ("Mr ", "Lord ", "Dr. "), with its article
_IRREGULAR_PARTICIPLES = frozenset("held kept found left taken seen sent brought told made given shot hit put set led "
                                   "known thought caught sold built paid bound struck driven hidden beaten".split())
_NOT_AFTER_POSSESSIVE = frozenset("to for with from at in on by of about and or but the a an that than as".split())
# "her" given or refused a status by someone else, an object: "The judge granted her asylum", "denied her bail"
_GRANTED_BEFORE = re.compile(r"\b(?:granted|grants|grant|denied|denies|deny|gave|gives|give|given|offered|offers|"
                             r"awarded|refused)\s+$", re.IGNORECASE)
_GRANTED = frozenset("asylum bail parole probation clemency immunity citizenship residency custody permission "
                     "protection".split())


def _is_possessive(text: str, pronoun: Pronoun) -> bool:
    """Whether ``pronoun`` is a possessive or reflexive ("his race", "herself"), not an object ("thanked her"),
    which may be about someone else: "her" before a word that no object stands before ("her to", "her the") nor a
    participle ("ordered her held"), nor a status granted or refused ("granted her asylum", "denied her bail")."""
    word = pronoun.text.lower()
    if word in ("his", "hers", "himself", "herself"):
        return True
    if word != "her":
        return False
    following = _APPOSITIVE_WORD.match(text, pronoun.end + 1) if text[pronoun.end:pronoun.end + 1] == " " else None
    if (following is not None and following.group() in _GRANTED
            and _GRANTED_BEFORE.search(text, max(0, pronoun.start - 12), pronoun.start)):
        return False  # "granted her asylum": given to her, whoever gave it
    return (following is not None and following.group().islower() and following.group() not in _NOT_AFTER_POSSESSIVE
            and not following.group().endswith("ed") and following.group() not in _IRREGULAR_PARTICIPLES)


_OPENING_TITLE = re.compile(r"(?:(?:the|el|la)\s+)?[\w.]+\s*$", re.IGNORECASE)
# a short phrase that sets the scene before the subject: "In 1884, Tesla moved", "En enero de 2004, Fastow"
_INTRODUCTION = re.compile(r"[^,;:\"“”«»()]{1,40},\s*")
INTRODUCTION_WORDS = 5


def _after_introduction(text: str, opening: int) -> bool:
    """Whether ``text`` opens on a short introductory phrase and its comma, then ``opening`` (with a title before it
    or not): "In January 2004, Fastow pleaded guilty ... for his role" opens on Fastow."""
    introduction = _INTRODUCTION.match(text, 0, opening)
    if introduction is None or len(introduction.group().split()) > INTRODUCTION_WORDS:
        return False
    return introduction.end() == opening or _OPENING_TITLE.fullmatch(text, introduction.end(), opening) is not None


def _bound(segments_text: list[str], people_by_segment: list[list[Person]], index: int, pronoun: Pronoun,
           referent: Person) -> bool:
    """Whether a pronoun that attributes no speech is bound to ``referent`` by the closest link recency gives (see
    ``Vote.bound``)."""
    if pronoun.speech:
        return False
    text = segments_text[index]
    if _is_possessive(text, pronoun) and referent in (_opening_subject(text, people_by_segment[index], pronoun),
                                                      _speaker_right_before(text, people_by_segment[index], pronoun)):
        return True
    return (index > 0 and _opens_sentence(text, pronoun)
            and _opening_subject(segments_text[index - 1], people_by_segment[index - 1], None) == referent)


def _opens_sentence(text: str, pronoun: Pronoun) -> bool:
    """Whether ``pronoun`` is the first word of its sentence, a subject or a possessive ("He was greeted", "“She
    said", "His office had cut")."""
    return (pronoun.text.lower() in _SUBJECT_PRONOUNS | {"his", "her"}
            and not text[:pronoun.start].strip(" \"'“‘«(—-"))


def _opening_subject(text: str, people: list[Person], pronoun: Pronoun | None) -> Person | None:
    """The person a sentence opens on, where it is the only one named before ``pronoun`` (in the whole sentence
    for None) and no speech verb stands between them: "Mr Duncan, one of the richest MPs, owns a house in his
    constituency" is about Duncan, whoever the sentences before named. After a speech verb the pronoun may be about
    anyone ("Mr Brown said the party warned her"). The sentence may open on a short phrase and its comma ("In January
    2004, Fastow pleaded guilty ... for his role")."""
    end = pronoun.start if pronoun is not None else len(text)
    before = [person for person in people if person.end <= end]
    if not before or len({person.key for person in before}) != 1:
        return None
    subject = before[0]
    opening = subject.title_span[0] if subject.title_span else subject.start
    if opening and not _OPENING_TITLE.fullmatch(text, 0, opening) and not _after_introduction(text, opening):
        return None
    if pronoun is not None and _SPEECH_VERB.search(text, subject.end, end):
        return None
    return subject


# a speech verb and a preposition, with a word between them or not: "said in", "told reporters at", "wrote on"
_SPEECH_VERB_THEN_PREPOSITION = re.compile(
    rf"[,\s]*(?:{SPEECH_VERBS})(?:\s+[a-z]+)?\s+(?:in|on|at|during|through|via|with|from|after|before)\s+$")


def _speaker_right_before(text: str, people: list[Person], pronoun: Pronoun) -> Person | None:
    """The speaker whose speech verb a possessive follows in a phrase of the verb ("Inspector General Glenn Fine said
    in his report", "told reporters at his home"): the one the possessive is about; not where the possessive opens
    what was said ("Michael Smith said her car was stolen"). None for any other pronoun."""
    before = [person for person in people if person.end <= pronoun.start]
    if not before or not before[-1].speaker or not _is_possessive(text, pronoun):
        return None
    return before[-1] if _SPEECH_VERB_THEN_PREPOSITION.fullmatch(text, before[-1].end, pronoun.start) else None


# People named by what they are to someone, and their gender: "her husband", "su esposa", "his son", or by their sex
# alone ("a man"). A pronoun of that gender after one may be about them rather than about the last person named.
RELATION_NOUNS = {
    "en": {**dict.fromkeys("husband son father brother boyfriend grandson grandfather uncle nephew".split(), MASCULINE),
           **dict.fromkeys("wife daughter mother sister girlfriend granddaughter grandmother aunt niece".split(),
                           FEMININE),
           # and people named by their sex alone: "Carole Paulson ... a 51-year-old man was arrested. He..."
           **dict.fromkeys("man boy".split(), MASCULINE), **dict.fromkeys("woman girl".split(), FEMININE),
           # or by a word for their job or standing that says it ("A spokeswoman for the ministry said ... she said")
           **dict.fromkeys("gentleman spokesman chairman businessman policeman".split(), MASCULINE),
           **dict.fromkeys("lady spokeswoman chairwoman businesswoman policewoman actress".split(), FEMININE)},
    "es": {**dict.fromkeys("esposo marido hijo padre hermano novio nieto abuelo tío sobrino".split(), MASCULINE),
           **dict.fromkeys("esposa mujer hija madre hermana novia nieta abuela tía sobrina".split(), FEMININE),
           **dict.fromkeys("hombre niño chico".split(), MASCULINE), **dict.fromkeys("niña chica".split(), FEMININE)},
}
_RELATION = {lang: re.compile(rf"\b(?:{'|'.join(nouns)})\b", re.IGNORECASE) for lang, nouns in RELATION_NOUNS.items()}


def _unnamed_person_between(segments_text: list[str], lang: str, person: Person, pronoun: Pronoun) -> bool:
    """Whether a relative of the pronoun's gender ("her husband") is mentioned after ``person`` and before the
    pronoun: "Mayor Ana Ruiz said her husband supports the plan. He said..." is about the husband."""
    nouns = RELATION_NOUNS.get(lang, RELATION_NOUNS["en"])
    pattern = _RELATION.get(lang, _RELATION["en"])
    for index in range(person.segment, pronoun.segment + 1):
        text = segments_text[index]
        # (after the person's appositive: in "Daniel Reyes, a father of three, said his..." the father is Reyes)
        begin = (person.noun_span[1] if person.noun_span else person.end) if index == person.segment else 0
        end = pronoun.start if index == pronoun.segment else len(text)
        if any(nouns[match.group().lower()] == pronoun.gender for match in pattern.finditer(text, begin, end)):
            return True
    return False


def _someone_else_of_its_sex(segments_text: list[str], lang: str, person: Person, pronoun: Pronoun) -> bool:
    """Whether ``person``'s English title or appositive says the other sex than the pronoun's, while a pronoun of
    the pronoun's sex stands in ``person``'s sentence or one between it and the pronoun: someone of that sex is
    spoken of, whom recency does not name. An obituary's '"She made every one of us feel like we could go to
    college," said Councilman Jalen McKee-Rodriguez, who was in her class.' then "She is survived by two sons": the
    "She" is the teacher's, not the councilman's."""
    if lang != "en" or (person.title_gender or person.noun_gender) in (None, pronoun.gender):
        return False
    return any(other.gender == pronoun.gender
               for index in range(person.segment, pronoun.segment)
               for other in _pronouns_of(segments_text[index], lang, index, False))


def _person_findings(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    surnames: set[str] = set()
    votes: list[Vote] = []
    for side in ("left", "right"):
        version = aligned.version(side)
        votes += resolve_pronouns([s.text for s in version.segments], version.lang, side, surnames)
    shared = shared_surnames(aligned)
    findings = []
    for person in sorted({vote.person for vote in votes} - shared):
        mine = [vote for vote in votes if vote.person == person]
        if all(vote.pronoun.weak for vote in mine):  # titles alone: the given name says the gender too
            mine += _given_name_votes(aligned, person)
        gender = _established_gender([v for v in mine if v.side == "left"]) or _established_gender(mine)
        if gender is None and not all(vote.pronoun.weak for vote in mine):
            # as many votes one way as the other ("Maria Lopez, a spokeswoman, said ... he added"): the given name
            # decides, where it says a gender
            mine += _given_name_votes(aligned, person)
            gender = _established_gender([v for v in mine if v.side == "left"]) or _established_gender(mine)
        if gender is None:
            gender = _title_gender(mine)
        if gender is not None:
            gender, named = _noun_and_given_name_against(aligned, person, mine, gender)
            mine += named
        named = _given_name_against_lone_pronoun(aligned, person, mine)
        if named:
            gender, mine = named[0].pronoun.gender, mine + named
        if gender is None:
            continue
        # what to name as the other witness: the left version's where it has one, a word of the text before the
        # given name (a noun on the right says more than "Angela")
        agreeing = [v for v in mine if v.pronoun.gender == gender]
        reference = next((v for v in agreeing if v.side == "left" and not v.pronoun.given_name),
                         next((v for v in agreeing if not v.pronoun.given_name), agreeing[0]))
        for vote in mine:
            if vote.pronoun.gender == gender or vote.pronoun.given_name:
                continue
            other_version = aligned.version(reference.side)
            kind = "title" if vote.pronoun.weak or vote.pronoun.title else "noun" if vote.pronoun.noun else "pronoun"
            where = "" if reference.side == vote.side else f" in {_side_name(aligned, reference.side)}"
            if reference.pronoun.given_name:
                message = (f"{vote.pronoun.text!r} ({vote.pronoun.gender} {kind}) for {person}, whose given name "
                           f"{reference.pronoun.text!r} is {gender}{where}")
            else:
                message = (f"{vote.pronoun.text!r} ({vote.pronoun.gender} {kind}) for {person}, who is "
                           f"{reference.pronoun.text!r} ({gender}) elsewhere{where}")
            findings.append(_finding(aligned, vote.side, vote.pronoun,
                                     reference.pronoun if reference.side != vote.side else None,
                                     (reference.pronoun.segment,) if reference.side != vote.side else (),
                                     settings, message, person=person))
            if reference.side == vote.side:
                # the witness is in the same version: the other version's sentence aligned with the flagged one is
                # what it says instead (often nothing: "dijo"), the witness's sentence is kept apart
                aligned_indices = _aligned_counterpart(aligned, vote.side, vote.pronoun.segment) or ()
                other_side_version = aligned.version(aligned.other(vote.side))
                findings[-1].evidence.update(
                    counterpart=" ".join(other_side_version.segments[i].text for i in aligned_indices),
                    counterpart_segments=list(aligned_indices),
                    witness=other_version.segments[reference.pronoun.segment].text,
                    witness_segment=reference.pronoun.segment,
                )
    return findings


def _aligned_counterpart(aligned: AlignedDocument, side: str, segment: int) -> tuple[int, ...] | None:
    """The other version's segments aligned with ``segment`` of ``side`` in a match, or None when it has none."""
    other = aligned.other(side)
    return next((getattr(pair, other) for pair in aligned.pairs if pair.is_match and segment in getattr(pair, side)),
                None)


def _noun_and_given_name_against(aligned: AlignedDocument, person: str, votes: list[Vote],
                                 gender: str) -> tuple[str, list[Vote]]:
    """``gender`` (what the left version's votes say of ``person``), unless the noun of an appositive on the right
    says the other sex and the given name agrees with it: two witnesses bound to the name outweigh the left
    version's pronouns, which the recency heuristic may have given the wrong person ("Angela Brooks, the
    principal" ... "He thanked" against "Angela Brooks, la directora"). Returns the gender and the given name's
    vote where it decided."""
    against = [vote for vote in votes if vote.side != "left" and vote.pronoun.noun and vote.pronoun.gender != gender]
    if not against:
        return gender, []
    named = _given_name_votes(aligned, person)
    if named and named[0].pronoun.gender == against[0].pronoun.gender:
        return against[0].pronoun.gender, named
    return gender, []


SPEAKER_DISTANCE = 1  # how many sentences after its speaker a lone "she said" may stand to be weighed against a name


def _given_name_against_lone_pronoun(aligned: AlignedDocument, person: str, votes: list[Vote]) -> list[Vote]:
    """The given name's vote for ``person`` when it says the other sex than the one pronoun bilingo found for them,
    and that pronoun attributes speech to a speaker named in its own sentence or the one before ("BBC
    correspondent Frank Gardner said ... \"...,\" she said."), or is bound to the person otherwise (``Vote.bound``:
    "Michael Schumacher ended her race"; an appositive's noun right after the name, "Rosa Medina, dueño de una
    taquería"), while the other version's aligned sentence says no gender ("dijo", "abandonó la carrera", "who
    owns a taquería"); none otherwise.

    Spanish drops the pronoun the English writes, so the mission's "she added" for "he added" has nothing to
    contradict it but the name; these two are the strongest links recency gives.
    More votes (a second pronoun, a title, an appositive) decide by themselves, so the given name never outweighs
    them (``test_a_pronoun_outweighs_the_given_name``).
    """
    if len(votes) != 1:
        return []
    (vote,) = votes
    pronoun = vote.pronoun
    if pronoun.weak or pronoun.title or pronoun.given_name:
        return []
    # (an appositive's noun stands right after the name: "Rosa Medina, dueño de una taquería")
    if not pronoun.noun and not vote.bound and (not pronoun.speech or vote.referent_segment is None
                                                or pronoun.segment - vote.referent_segment > SPEAKER_DISTANCE):
        return []
    counterpart = _aligned_counterpart(aligned, vote.side, pronoun.segment)
    if counterpart is None or _side_pronouns(aligned, aligned.other(vote.side), counterpart):
        return []
    named = _given_name_votes(aligned, person)
    return named if named and named[0].pronoun.gender != pronoun.gender else []


def _given_name_votes(aligned: AlignedDocument, person: str) -> list[Vote]:
    """A vote for the gender of ``person`` (a surname) from the given name the left version first writes before it
    ("Mark Gleason": masculine), when nearly only one sex bears that name (``names.given_name_genders``); none
    otherwise. Asked only for a person whom nothing but titles give a gender ("la concejala Mark Gleason" against
    an English "council member", which says none), or whose votes are even ("Maria Lopez, a spokeswoman, said ...
    he added"). A pronoun outweighs it, so it is never one of the findings."""
    from bilingo.rules.names import GENERIC, given_name_genders

    version = aligned.left
    for index, segment in enumerate(version.segments):
        for candidate, several_words, _ in _name_candidates(segment.text, version.lang, index):
            if candidate.key != person or not several_words:
                continue
            words = list(re.finditer(r"\S+", segment.text[candidate.start:candidate.end]))
            if len(words) > 2 and words[-1].group() in _GENERATION_SUFFIXES:
                words = words[:-1]
            given = [word for word in words[:-1] if len(word.group().rstrip(".")) > 1]  # (not "W." in "George W.")
            # the word right before the surname ("City Manager Erik Walsh"), else the first that is no title
            # ("Hillary Rodham Clinton")
            word = given[-1] if given and fold(given[-1].group().rstrip(".")) in given_name_genders() else next(
                (word for word in words if fold(word.group().rstrip(".")) not in GENERIC), None)
            gender = given_name_genders().get(fold(word.group().rstrip("."))) if word is not None else None
            if gender is None:
                return []
            start, end = candidate.start + word.start(), candidate.start + word.end()
            return [Vote(person, "left", Pronoun(word.group(), start, end, gender, index, weak=True,
                                                 given_name=True))]
    return []


def shared_surnames(aligned: AlignedDocument) -> set[str]:
    """The person keys (surnames) that name several people in the document: "Lucía Ortega" and her uncle "José
    Ortega", "Hillary Clinton" and "Bill Clinton". A pronoun resolved to the surname alone may be either's, so
    these keys are left out of the per-person check; the per-pair check still compares their pronouns.

    Told by the word before the surname in each name of two words or more, its given name; titles ("President
    Joe Biden" and "President Biden" are one person) and lower-case particles ("de la") are not given names.
    """
    from bilingo.rules.names import GENERIC

    given: dict[str, set[str]] = {}
    for version in (aligned.left, aligned.right):
        for index, segment in enumerate(version.segments):
            for person, several_words, _ in _name_candidates(segment.text, version.lang, index):
                if not several_words:
                    continue
                words = segment.text[person.start:person.end].split()
                if words[-1] in _GENERATION_SUFFIXES:
                    words = words[:-1]
                words = [word for word in words[:-1] if word[:1].isupper() and fold(word.rstrip(".")) not in GENERIC
                         and len(word.rstrip(".")) > 1]  # (not a middle initial: "George W. Bush")
                if words:
                    given.setdefault(person.key, set()).add(fold(words[-1]))
    return {key for key, names in given.items() if len(names) > 1}


def _title_gender(votes: list[Vote]) -> str | None:
    """The sex the English titles among even votes agree on ("Mr Frazetta Snr ... her depiction"): written with
    the name itself, a title says more than a pronoun that recency gave the person; None without one."""
    genders = {vote.pronoun.gender for vote in votes if vote.pronoun.title}
    return genders.pop() if len(genders) == 1 else None


def _established_gender(votes: list[Vote]) -> str | None:
    """The gender most votes give (pronouns count double against titles); None without a majority."""
    counts = Counter()
    for vote in votes:
        counts[vote.pronoun.gender] += 1 if vote.pronoun.weak else 2
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# --- a sex no one else in the document has ----------------------------------------------------------------------


def _english_plurals(noun: str) -> tuple[str, ...]:
    """The noun and its plural: "woman" / "women", "wife" / "wives", "actress" / "actresses"."""
    if noun.endswith("man"):
        return noun, noun[:-3] + "men"
    if noun.endswith("fe"):
        return noun, noun[:-2] + "ves"
    return noun, noun + ("es" if noun.endswith("ss") else "s")


# Words that say someone of a sex is spoken of, besides the pronouns: nouns for people, singular or plural, and
# titles ("the women", "Mrs. Ruiz", "las madres", "la concejala", "doña Carmen"). A Spanish masculine plural says
# no one's sex: it is the plural of a group of any ("mercado de agricultores", farmers of both sexes).
_SEX_WORDS = {
    "en": {**{form: gender for noun, gender in {**RELATION_NOUNS["en"], **APPOSITIVE_NOUNS["en"]}.items()
              for form in _english_plurals(noun)},
           **{title.rstrip("."): gender for title, gender in EN_TITLES.items()}},
    "es": {**{form: gender for noun, gender in {**RELATION_NOUNS["es"], **APPOSITIVE_NOUNS["es"]}.items()
              if gender is not None
              for form in ((noun, noun + ("es" if noun[-1] in "rn" else "s")) if gender == FEMININE else (noun,))},
           **dict.fromkeys("señor sr don rey príncipe".split(), MASCULINE),
           **dict.fromkeys("señora señorita sra srta doña reina princesa actriz".split(), FEMININE)},
}
_SEX_WORD = {lang: re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b", re.IGNORECASE)
             for lang, words in _SEX_WORDS.items()}


# a saint's name is a church's, a school's or a city's ("la iglesia San Alfonso", "St. Mary's Hospital")
_SAINT_BEFORE = re.compile(r"\b(?:San|Santa|Santo|St\.?|Saint|Sainte|São)\s+$")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def sex_words(text: str, lang: str) -> tuple[Pronoun, ...]:
    """The words of a sentence other than its singular pronouns that say someone's sex, as nouns: a noun for a person
    or a title (``_SEX_WORDS``), a Spanish noun with its article ("la cliente"), a plural pronoun ("ellas"), or a
    given name nearly only one sex bears ("Maria")."""
    from bilingo.rules.names import given_name_genders

    found = [Pronoun(match.group(), match.start(), match.end(), _SEX_WORDS[lang][match.group().lower()], 0, noun=True)
             for match in _SEX_WORD[lang].finditer(text)]
    if lang == "es":
        found += [Pronoun(noun, start, end, gender, 0, noun=True)
                  for noun, start, end, gender, _ in person_nouns_es(text)]
        found += [Pronoun(match.group(), match.start(), match.end(), ES_PLURAL_PRONOUNS[match.group().lower()], 0,
                          noun=True) for match in re.finditer(r"\bell(?:os|as)\b", text, re.IGNORECASE)]
    for match in _CAPITALISED_WORD.finditer(text):
        gender = given_name_genders().get(fold(match.group())) if match.group() not in NOT_PERSON_WORDS else None
        if gender is not None and not _SAINT_BEFORE.search(text, 0, match.start()):
            found.append(Pronoun(match.group(), match.start(), match.end(), gender, 0, noun=True))
    return tuple(found)


def sexes_named(text: str, lang: str) -> frozenset[str]:
    """The sexes ``sex_words`` says someone in a sentence has."""
    return frozenset(word.gender for word in sex_words(text, lang))


def _lone_sex_findings(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """The English pronouns of a sentence whose sex nothing else in either version gives anyone, beside pronouns of
    the other sex ("He worked on Taxi and Cheers." "In 1989 she helped create The Simpsons" / "En 1989 ayudó a crear
    Los Simpson"): the one "she" of a story that speaks only of men has no one to be about, wherever the recency
    heuristic of the per-person check cannot name its person.

    Only for an English sentence aligned with a Spanish one, when no other English sentence holds a pronoun of that
    sex, no sentence of either version names someone of it in other words (``sexes_named``: "his wife", "una
    vecina", "Maria"), the Spanish holds no él or ella of it, no name before the pronoun, in its sentence or the one
    before, opens on a given name both sexes bear ("Danièle Smadja ... her"), and a pronoun of the other sex, or else another word
    that says it (``sex_words``: "both men", "Frank"), stands within ``LOOKBACK`` sentences of it. Spanish pronouns
    are not read so: "ella" and "él" are often a thing a noun's gender names ("la Materia Oscura ... ella posee la
    fuerza"). Measured on the dev corpus: of 306 English sentences whose pronouns were all swapped where the Spanish
    drops them, the rule found 64 before this check and 174 with it; 443 faithful documents get no such finding
    (of 214 translated from a third language, one does: "She stressed" for the French "elle", the opposition)."""
    if aligned.translated_side is None or {aligned.left.lang, aligned.right.lang} != {"en", "es"}:
        return []
    side = "left" if aligned.left.lang == "en" else "right"
    english, spanish = aligned.version(side), aligned.version(aligned.other(side))
    pronouns_by_segment = [find_pronouns(segment.text, "en", index) for index, segment in enumerate(english.segments)]
    sentences_by_sex = Counter(sex for pronouns in pronouns_by_segment for sex in {p.gender for p in pronouns})
    findings = []
    for index, pronouns in enumerate(pronouns_by_segment):
        sexes = {pronoun.gender for pronoun in pronouns}
        if len(sexes) != 1:
            continue
        (sex,) = sexes
        if sentences_by_sex[sex] != 1:
            continue
        witness = _nearest_pronoun_of_other_sex(pronouns_by_segment, index, sex) or _nearest_word_of_other_sex(
            english, index, sex)
        counterpart = _aligned_counterpart(aligned, side, index)
        if witness is None or counterpart is None or _person_of_either_sex_before(english, index, pronouns[0]):
            continue
        if _someone_of_sex(english, spanish, sex) or any(
                pronoun.gender == sex for i, segment in enumerate(spanish.segments)
                for pronoun in find_pronouns(segment.text, "es", i)):
            continue
        for pronoun in pronouns:
            findings.append(_finding(
                aligned, side, pronoun, None, counterpart, settings,
                f"{pronoun.text!r} ({sex}) in English, though neither version speaks of anyone {sex} elsewhere; "
                f"nearby, {witness.text!r} is {witness.gender}"))
            findings[-1].evidence.update(witness=english.segments[witness.segment].text,
                                         witness_segment=witness.segment)
    return findings


def _nearest_pronoun_of_other_sex(pronouns_by_segment: list[list[Pronoun]], index: int, sex: str) -> Pronoun | None:
    """The pronoun of the other sex nearest to sentence ``index``, within ``LOOKBACK`` sentences (the one before
    first where two are as near)."""
    for distance in range(1, LOOKBACK + 1):
        for other in (index - distance, index + distance):
            if 0 <= other < len(pronouns_by_segment):
                found = [pronoun for pronoun in pronouns_by_segment[other] if pronoun.gender != sex]
                if found:
                    return found[0]
    return None


def _nearest_word_of_other_sex(version: Version, index: int, sex: str) -> Pronoun | None:
    """A word of the other sex (``sex_words``: "both men", "Mr") in the ``LOOKBACK`` sentences around sentence
    ``index``, the nearest first, where no pronoun of it stands there."""
    for distance in range(1, LOOKBACK + 1):
        for other in (index - distance, index + distance):
            if 0 <= other < len(version.segments):
                found = [word for word in sex_words(version.segments[other].text, version.lang) if word.gender != sex]
                if found:
                    return Pronoun(found[0].text, found[0].start, found[0].end, found[0].gender, other, noun=True)
    return None


def _someone_of_sex(version: Version, other_version: Version, sex: str) -> bool:
    """Whether a sentence of either version names someone of ``sex`` in words other than singular pronouns."""
    return any(sex in sexes_named(segment.text, v.lang) for v in (version, other_version) for segment in v.segments)


def _person_of_either_sex_before(version: Version, index: int, pronoun: Pronoun) -> bool:
    """Whether the pronoun's sentence, before it, or the sentence before names a person by a given name both sexes
    bear ("Danièle Smadja, head of the delegation, ... her potential", "assessed Lindsey Piegza." "..., she
    cautioned"): the pronoun may be about them."""
    from bilingo.rules.names import given_names_of_both_sexes

    for at in range(max(0, index - 1), index + 1):
        text = version.segments[at].text
        end = pronoun.start if at == index else len(text)
        # (a given name, not a word of a title: "The Tracy Ullman Show")
        if any(several_words and person.end <= end
               and text[person.start:person.end].split()[0] not in _NOT_NAME_OPENERS
               and any(fold(word.rstrip(".")) in given_names_of_both_sexes()
                       for word in text[person.start:person.end].split()[:-1])
               for person, several_words, _ in _name_candidates(text, version.lang, at)):
            return True
    return False
