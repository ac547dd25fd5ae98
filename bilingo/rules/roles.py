"""decision-mismatch: who did it to whom turned around ("The boy was bitten by a dog" / "El niño mordió a un perro",
"The suspect was shot by a deputy" / "El sospechoso disparó contra un agente").

A crime or accident story turns on who did what to whom. A translation that swaps the voice of the verb while keeping
its subject makes the victim the attacker, and every name and number still matches. A translator may also turn the
sentence around ("A dog bit the boy" / "El niño fue mordido por un perro"), which says the same: so each party is
read with its role, and a pair is reported only when one side says a party did the action where the other says the
same party underwent it.

Both sides are read in the language they are compared in (the translated side in its translation: "El niño mordió a un
perro" is "The boy bit to a dog" in Apertium's English), the translated side's actions kept only where its own words say
the same verb in the same voice ("personas arrestadas", Apertium's "people arrested", arrests no one). An action is one
of a few verbs of violence, accident and accusation (bite, shoot, stab, attack, hit, kill, sue, threaten, accuse,
arrest, rescue, rob, wound, kidnap, buy, harass, chase, hire, fire, fine, praise, criticize), read in the active voice
("The boy bit", "El sospechoso disparó contra"; an English past tense only with its object: "the men killed in the
attack" are the dead) or the passive ("was bitten by", "fue baleado por", a participle with its agent: "a man shot by
police"). Its parties: the subject, the word right before the verb or its auxiliary ("boy", "suspect"; a pronoun is
none, as Spanish drops it; a relative pronoun stands for the word before it, "the man who was shot"; an age for the word
it follows, "un hombre de 51 años"), and the agent after a passive or the object after an active ("by Cuban officials",
"a un perro"). A blow received is one undergone, its giver the one who gave it ("El policía recibió un disparo del
hombre", Apertium's "received a shot of the man": the officer was shot). A few words a translation gives for one another
are one party (Apertium's "agent" for the officer, "firemen" for the firefighters, "boy" for the child). A verb denied
("was not bitten") is not read: negation-mismatch reads it. One finding on the translated side, at its own words for the
action, naming both.

Measured on the dev corpus: 79 pairs of its faithful documents say an action with a party on both sides, none turned
around; with the first Spanish verb's voice turned and its subject kept, 23 of 46 sentence pairs are found
(tests/test_rule_roles.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bilingo.findings import compared_pairs, flagged_side, prepare_sentences, side_name, side_texts, words_finding
from bilingo.model import AlignedDocument, AlignedPair, Finding, Version
from bilingo.rules.words import fold, gate_words
from bilingo.settings import Settings

RULE = "decision-mismatch"
TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.6
DID, UNDERWENT = "did", "underwent"


class Action(NamedTuple):
    """One party to an action a sentence says: the party's word (folded, a plural's "s" aside), the verb's name,
    whether the party did it or underwent it, the verb's voice (``DID``: active, ``UNDERWENT``: passive), and where
    the words that say so are ("The boy was bitten", "bitten by a dog")."""
    party: str
    verb: str
    role: str
    voice: str
    start: int
    end: int


# Each action: (English active forms, English participles, Spanish active forms, Spanish participle stems), with the
# words Apertium leaves as they are ("baleó", "apuñalado") or renders its own way ("amenazó": "loomed") among the
# English ones, since the translated side is read in its translation.
_ACTIONS = {
    "bite": ("bit|bites", "bitten|bit", "mordió|mordieron|muerde|muerden", "mordid"),
    "shoot": ("shot|shoots|shoots at|balearon|baleó|tirotearon|tiroteó",
              "shot|baleado|baleada|baleados|baleadas|tiroteado|tiroteada|tiroteados|tiroteadas",
              "disparó|dispararon|baleó|balearon|tiroteó|tirotearon", "disparad|balead|tirotead"),
    "stab": ("stabbed|stabs|knifed|apuñaló|apuñalaron|acuchilló|acuchillaron",
             "stabbed|knifed|apuñalado|apuñalada|apuñalados|apuñaladas",
             "apuñaló|apuñalaron|acuchilló|acuchillaron", "apuñalad|acuchillad"),
    "attack": ("attacked|attacks|assaulted|assaults", "attacked|assaulted",
               "atacó|atacaron|agredió|agredieron|asaltó|asaltaron", "atacad|agredid|asaltad"),
    "hit": ("hit|hits|struck|strikes|punched|punches|kicked|kicks|ran over|runs over|beat up|pateó|patearon",
            "hit|struck|punched|kicked|run over|beaten|beaten up|pateado|pateada|pateados|pateadas",
            "golpeó|golpearon|atropelló|atropellaron|pateó|patearon", "golpead|atropellad|patead"),
    "kill": ("killed|kills|murdered|murders", "killed|murdered", "mató|mataron|asesinó|asesinaron", "asesinad"),
    "sue": ("sued|sues", "sued", "demandó|demandaron", "demandad"),
    "threaten": ("threatened|threatens|loomed", "threatened|loomed", "amenazó|amenazaron", "amenazad"),
    "accuse": ("accused|accuses", "accused", "acusó|acusaron", "acusad"),
    "arrest": ("arrested|arrests|detained", "arrested|detained", "arrestó|arrestaron|detuvo|detuvieron",
               "arrestad|detenid"),
    "rescue": ("rescued|rescues", "rescued", "rescató|rescataron", "rescatad"),
    "rob": ("robbed|robs|stole|steals", "robbed|stolen", "robó|robaron|atracó|atracaron", "robad|atracad"),
    "wound": ("wounded|wounds|injured|injures", "wounded|injured", "hirió|hirieron", "herid|lesionad"),
    "kidnap": ("kidnapped|kidnaps|abducted|abducts", "kidnapped|abducted", "secuestró|secuestraron",
               "secuestrad"),
    "buy": ("bought|buys|acquired|acquires|purchased|purchases", "bought|acquired|purchased",
            "compró|compraron|adquirió|adquirieron", "comprad|adquirid"),
    "harass": ("harassed|harasses|bullied|bullies", "harassed|bullied", "acosó|acosaron", "acosad"),
    "chase": ("chased|chases|pursued|pursues", "chased|pursued", "persiguió|persiguieron", "perseguid"),
    "hire": ("hired|hires", "hired", "contrató|contrataron", "contratad"),
    "fire": ("fired|sacked", "fired|sacked", "despidió|despidieron", "despedid"),
    "fine": ("fined|fines", "fined", "multó|multaron", "multad"),
    "praise": ("praised|praises|elogió|elogiaron", "praised|elogiado|elogiada|elogiados|elogiadas",
               "elogió|elogiaron", "elogiad"),
    "criticize": ("criticized|criticised|criticizes|criticises|critiqued", "criticized|criticised|critiqued",
                  "criticó|criticaron", "criticad"),
}
# An action the subject underwent said with an active verb: "recibió un disparo" (was shot), Apertium's "received a
# shot"; its agent follows "de", "of" or "from" ("recibió un disparo del hombre"). Each verb: (English nouns, Spanish
# nouns) of what was received, Apertium's leftovers among the English.
_RECEIVED = {"shoot": ("shot|shots|gunshot|gunshots|balazo|balazos", "disparo|disparos|balazo|balazos|tiro|tiros"),
             "stab": ("stab|stabs|stab wound|stab wounds|puñalada|puñaladas",
                      "puñalada|puñaladas|cuchillada|cuchilladas")}
_RECEIVING = {"en": ("received", "receives"), "es": ("recibió", "recibieron", "recibe", "reciben")}
_HOW_MANY = {"en": ("", "a ", "an ", "one ", "two ", "three ", "several ", "multiple ", "an alone "),
             "es": ("", "un ", "una ", "dos ", "tres ", "varios ", "varias ", "múltiples ", "un solo ", "una sola ")}
# How a finding says each role, in English whatever the languages: "the boy was bitten" / "the boy bit"
_SAID = {"bite": ("bit", "was bitten"), "shoot": ("shot", "was shot"), "stab": ("stabbed", "was stabbed"),
         "attack": ("attacked", "was attacked"), "hit": ("hit", "was hit"), "kill": ("killed", "was killed"),
         "sue": ("sued", "was sued"), "threaten": ("threatened", "was threatened"),
         "accuse": ("accused", "was accused"), "arrest": ("arrested", "was arrested"),
         "rescue": ("rescued", "was rescued"), "rob": ("robbed", "was robbed"), "wound": ("wounded", "was wounded"),
         "kidnap": ("kidnapped", "was kidnapped"), "buy": ("bought", "was bought"),
         "harass": ("harassed", "was harassed"), "chase": ("chased", "was chased"), "hire": ("hired", "was hired"),
         "fire": ("fired", "was fired"), "fine": ("fined", "was fined"), "praise": ("praised", "was praised"),
         "criticize": ("criticized", "was criticized")}

_AUXILIARY = {"en": r"(?:was|were|is|are|be|been|being|has\s+been|have\s+been|had\s+been|got|gets|get)",
              "es": r"(?:fue|fueron|es|son|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido|será|serán|resultó|"
                    r"resultaron|estuvo|estuvieron)"}
# what may stand between a subject and its verb, or an auxiliary and its participle: "also", "was fatally shot",
# "le disparó", "presuntamente"
_BETWEEN = {"en": r"(?:(?:also|allegedly|reportedly|then|later|first|repeatedly|fatally|\w+ly)\s+)?",
            "es": r"(?:(?:también|presuntamente|supuestamente|luego|después|le|les|lo|la|los|las)\s+)?"}
_PERFECT = {"en": r"(?:(?:has|have|had)\s+)?", "es": r"(?:(?:ha|han|había|habían)\s+)?"}
_SUBJECT = r"([^\W\d_][\w'’-]*)\s+"


def _verb_forms(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], re.Pattern]:
    """``lang``'s active forms, passive forms and received forms ("recibió un disparo"), each to its verb, and a
    pattern that finds any of them."""
    active, passive, received, written = {}, {}, {}, set()
    for verb, nouns in _RECEIVED.items():
        forms = [f"{receiving} {how_many}{noun}" for receiving in _RECEIVING[lang] for how_many in _HOW_MANY[lang]
                 for noun in nouns[0 if lang == "en" else 1].split("|")]
        received.update(dict.fromkeys(map(fold, forms), verb))
        written.update(forms)
    for verb, (english_active, english_passive, spanish_active, spanish_passive) in _ACTIONS.items():
        if lang == "en":
            active_forms, passive_forms = english_active.split("|"), english_passive.split("|")
        else:
            active_forms = spanish_active.split("|")
            passive_forms = [stem + ending for stem in spanish_passive.split("|") for ending in ("o", "a", "os", "as")]
        active.update(dict.fromkeys(map(fold, active_forms), verb))
        passive.update(dict.fromkeys(map(fold, passive_forms), verb))
        written.update(active_forms + passive_forms)
    forms = sorted(written, key=len, reverse=True)  # ("ran over" before "ran")
    pattern = re.compile(r"\b(?:" + "|".join(form.replace(" ", r"\s+") for form in forms) + r")\b", re.IGNORECASE)
    return active, passive, received, pattern


_FORMS = {lang: _verb_forms(lang) for lang in ("en", "es")}
# what stands before a verb's form: its subject, maybe a word between ("also", "le"), and an auxiliary (passive) or
# a perfect's (active)
_BEFORE_PASSIVE = {lang: re.compile(_SUBJECT + _BETWEEN[lang] + _AUXILIARY[lang] + r"\s+" + _BETWEEN[lang] + r"$",
                                    re.IGNORECASE) for lang in ("en", "es")}
# (and another verb of the same subject: "Police shot and killed", "disparó e hirió")
_BEFORE_ACTIVE = {lang: re.compile(_SUBJECT + _BETWEEN[lang] + r"(?:[^\W\d_]+\s+(?:and|y|e)\s+)?" + _PERFECT[lang]
                                   + r"$", re.IGNORECASE)
                  for lang in ("en", "es")}
_LOOK_BACK = 80
# a participle with its agent after it is passive ("the man shot by police", "fue mordido por"), whatever precedes
_AGENT_AFTER = {"en": re.compile(r"\s+by\b", re.IGNORECASE), "es": re.compile(r"\s+por\b", re.IGNORECASE)}
# An English past tense takes its object ("bit a dog", Apertium's "bit to a dog", "shot him to the agent"); a regular
# verb's past without one is as likely a participle ("the dozens killed in Iran")
_OBJECT_AFTER = re.compile(r"\s+(?:(?i:to|against|at|him|her|them|me|us|the|a|an|his|their|its|our|my|your|one|two|"
                           r"three|four|five|several)\b|\d|[A-Z])")
# no subject: a pronoun (Spanish drops it, Apertium supplies one), an article, a preposition, a conjunction; a
# relative pronoun stands for the word before it ("the man who was shot")
_NO_SUBJECT = frozenset(
    "he she it they we i you him her them us me his its their our my your this these those there here what "
    "the a an to of by in on at for with from as and or but not never also was were is are be been had has have "
    "said says when after before while then "
    "el ella ellos ellas nosotros usted ustedes lo la le les los las se un una unos unas de del al a en con por para "
    "y o pero no nunca jamás que quien quienes cuando tras mientras también fue fueron ha han".split())
_RELATIVE = frozenset(("who", "that", "which", "que", "quien", "quienes"))
# the first word of each form, folded: a sentence with none of them says no action (most sentences)
_GATE = {lang: frozenset(form.split()[0] for forms in _FORMS[lang][:3] for form in forms) for lang in ("en", "es")}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def actions(text: str, lang: str, translated: bool = False) -> tuple[Action, ...]:
    """Each party of the actions ``text`` says, in text order: ("boy", "bite", "underwent") and ("dog", "bite",
    "did") of "The boy was bitten by a dog", ("boy", "bite", "did") of "The boy bit to a dog". In a ``translated``
    text an English past tense needs no object (the translated side's own words tell its voice: "arrestó entonces" is
    Apertium's "arrested then")."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    found = []
    active_forms, passive_forms, received_forms, pattern = _FORMS[lang]
    for verb_match in pattern.finditer(text):
        form = " ".join(fold(verb_match.group()).split())
        start, end = verb_match.span()
        before = text[max(0, start - _LOOK_BACK):start]
        offset = start - len(before)
        match, role = None, DID
        if form in received_forms:  # ("recibió un disparo": the subject was shot)
            match, role = _BEFORE_ACTIVE[lang].search(before), UNDERWENT
        elif form in passive_forms:
            match, role = _BEFORE_PASSIVE[lang].search(before), UNDERWENT
        if match is None and form in active_forms:
            match, role = _BEFORE_ACTIVE[lang].search(before), DID
            if match is not None and _AGENT_AFTER[lang].match(text, end):
                role = UNDERWENT  # "the man shot by police"
            elif match is not None and lang == "en" and not translated and not _OBJECT_AFTER.match(text, end):
                continue  # "the men killed in the attack": a participle, not a past tense
        if match is None:
            continue
        verb = active_forms.get(form) or passive_forms.get(form) or received_forms[form]  # (one verb's, any voice)
        subject_start, subject_end = offset + match.start(1), offset + match.end(1)
        subject = _subject(text, subject_start, match.group(1))
        if subject:
            found.append(Action(subject, verb, role, role, subject_start, end))
        # a passive's agent, an active's object, the giver of what was received
        other, other_end = _participant(text, end, lang, role, form in received_forms)
        if other:
            found.append(Action(other, verb, DID if role == UNDERWENT else UNDERWENT, role,
                                _after_spaces(text, subject_end), other_end))
    return tuple(found)


def _participant(text: str, position: int, lang: str, role: str, received: bool = False) -> tuple[str, int]:
    """The other party of the action whose verb ends at ``position``: the agent after a passive ("by a dog", "por
    un perro") or a received blow ("of the man", "del hombre"), the object after an active ("a dog", Apertium's "to
    a dog", "him to his neighbour", "contra un agente"), folded like a subject, and where its word ends; ("", 0) for
    none."""
    introduced = (_GIVER if received else _AGENT if role == UNDERWENT else _OBJECT)[lang].match(text, position)
    if introduced is None:
        return "", 0
    head, end = "", 0
    for word in list(_PHRASE_WORD.finditer(text, introduced.end(), introduced.end() + 60))[:3]:
        folded = fold(word.group())  # (English puts the noun last: "Cuban officials"; Spanish first: "oficiales")
        if (folded in _NO_SUBJECT or folded in _PHRASE_END or folded.endswith(("ing", "ly"))
                or not word.group().isalpha()):
            break
        head, end = word.group(), word.end()
        if lang == "es":
            break
    return (_subject(text, 0, head), end) if head else ("", 0)


_DETERMINERS = (r"(?:(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|two|three|four|five|six|"
                r"several|some|another|other|\d+|el|la|los|las|un|una|unos|unas|su|sus|dos|tres|cuatro|cinco|"
                r"varios|varias|otro|otra|otros|otras)\s+)*")
_AGENT = {"en": re.compile(r"\s+by\s+" + _DETERMINERS, re.IGNORECASE),
          "es": re.compile(r"\s+por\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|dos|tres|varios|varias)\s+)*",
                           re.IGNORECASE)}
_GIVER = {"en": re.compile(r"\s+(?:of|from|by)\s+" + _DETERMINERS, re.IGNORECASE),
          "es": re.compile(r"\s+(?:del|de|(?:de|por)\s+parte\s+del?)\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|dos|"
                           r"tres|varios|varias)\s+)*", re.IGNORECASE)}
_OBJECT = {"en": re.compile(r"\s+(?:(?:him|her|them)\s+)?(?:(?:to|against|at)\s+)?" + _DETERMINERS, re.IGNORECASE),
           "es": re.compile(r"\s+(?:(?:a|al|contra)\s+)" + _DETERMINERS.replace("(?:the|", "(?:el|"),
                            re.IGNORECASE)}
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
# where a noun phrase ends: a preposition, a conjunction, a relative, an auxiliary, a time
_PHRASE_END = frozenset(
    "of in on at for with from to by and or but who that which after before during while when as was were is are has "
    "had near outside inside into over under because yesterday today tonight last early late monday tuesday "
    "wednesday thursday friday saturday sunday morning afternoon evening night week month year".split())


def _after_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _subject(text: str, start: int, word: str) -> str:
    """The subject's word, folded, a plural's "s" aside; "" for none. A relative pronoun stands for the word before
    it ("the man who was shot": "man"), and an age stands for the word it follows ("un hombre de 51 años": "hombre")."""
    folded = fold(word)
    if folded in _RELATIVE:
        before = re.search(r"([^\W\d_][\w'’-]*),?\s+$", text[max(0, start - 40):start])
        folded = fold(before.group(1)) if before else ""
    elif folded in ("years", "anos"):
        before = _AGED.search(text[max(0, start - 40):start])
        folded = fold(before.group(1)) if before else ""
    if not folded or folded in _NO_SUBJECT or folded in _RELATIVE:
        return ""
    folded = folded[:-1] if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss") else folded
    return _SAME_SUBJECT.get(folded, folded)


_AGED = re.compile(r"([^\W\d_][\w'’-]*)\s+(?:of|de)\s+\d{1,3}\s+$")
# words for one party that a translation may give as another (Apertium's "agent" for "agente", "firemen" for
# "bomberos", "boy" for "niño", "adolescent" for "adolescente", "fellow" for "amigo"; "firm" and "company")
_SAME_SUBJECT = {"firm": "company", "agent": "officer", "deputy": "officer", "policeman": "officer",
                 "policemen": "officer", "fireman": "firefighter", "firemen": "firefighter", "child": "boy",
                 "kid": "boy", "children": "boy", "trainer": "coach", "police": "officer",
                 "adolescent": "teen", "teenager": "teen", "fellow": "friend",
                 # (and in Spanish, where a check compares in Spanish: Apertium's "un agente policial" for an officer)
                 "agente": "policia", "policial": "policia"}


def prepare(version: Version, settings: Settings) -> None:
    """The actions of every sentence, read while the translator works (the translated side is read again in its
    translation once there is one)."""
    prepare_sentences(version, settings, RULE, actions)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    if RULE in settings.disabled_rules:
        return []
    findings = []
    flagged, other = flagged_side(aligned)
    for pair in compared_pairs(aligned, settings):
        finding = _turned_around(aligned, pair, flagged, other, settings)
        if finding is not None:
            findings.append(finding)
    return findings


def turned_around(said: tuple[Action, ...], other_said: tuple[Action, ...]) -> tuple[Action, Action] | None:
    """(this side's action, the other side's) for the first subject and verb that one side says did the action
    and the other says underwent it, neither side saying both."""
    roles, other_roles = _roles(said), _roles(other_said)
    for action in said:
        key = (action.party, action.verb)
        if len(roles[key]) == 1 and len(other_roles.get(key, ())) == 1 and roles[key] != other_roles[key]:
            return action, next(other for other in other_said if (other.party, other.verb) == key)
    return None


def _roles(said: tuple[Action, ...]) -> dict[tuple[str, str], set[str]]:
    roles: dict[tuple[str, str], set[str]] = {}
    for action in said:
        roles.setdefault((action.party, action.verb), set()).add(action.role)
    return roles


def _turned_around(aligned: AlignedDocument, pair: AlignedPair, flagged: str, other: str,
                   settings: Settings) -> Finding | None:
    _, flagged_compared, compared_lang = side_texts(aligned, pair, flagged)
    other_text, _, _ = side_texts(aligned, pair, other)
    said = actions(flagged_compared, compared_lang, flagged == aligned.translated_side)
    if said and flagged == aligned.translated_side:  # (what its own words say too: "personas arrestadas", Apertium's
        version = aligned.version(flagged)           # "people arrested", is no arrest made)
        own = {(action.verb, action.voice) for index in getattr(pair, flagged)
               for action in actions(version.segments[index].text, version.lang)}
        said = tuple(action for action in said if (action.verb, action.voice) in own)
    if not said:
        return None
    other_said = actions(other_text, compared_lang)
    if not other_said:
        return None
    contrast = turned_around(said, other_said)
    if contrast is None:
        return None
    action, other_action = contrast
    version = aligned.version(flagged)
    index, start, end = _located(version, getattr(pair, flagged), action)
    words = version.segments[index].text[start:end]
    other_words = other_text[other_action.start:other_action.end]
    message = (f"the {action.party} {_said(other_action)} in {side_name(aligned, other)} ({other_words!r}) but "
               f"{_said(action)} in {side_name(aligned, flagged)} ({words!r})")
    if flagged == aligned.translated_side:
        message += f" (by its translation: {flagged_compared[action.start:action.end]!r})"
    return words_finding(aligned, pair, flagged, index, start, end, RULE, message, CONFIDENCE, settings)


def _said(action: Action) -> str:
    did, underwent = _SAID[action.verb]
    return did if action.role == DID else underwent


def _located(version: Version, indices: tuple[int, ...], said: Action) -> tuple[int, int, int]:
    """(segment index, start, end) of the flagged side's own words for the action ``said`` reads in its translation:
    the first its own language reads with that verb in that voice, the same party's first ("El niño mordió" for
    "boy"; "mordió a un perro" for "dog"), else its first sentence whole."""
    own = [(index, action) for index in indices for action in actions(version.segments[index].text, version.lang)
           if action.verb == said.verb and action.voice == said.voice]
    for index, action in sorted(own, key=lambda found: found[1].role != said.role):
        return index, action.start, action.end
    first = indices[0]
    return first, 0, len(version.segments[first].text)
