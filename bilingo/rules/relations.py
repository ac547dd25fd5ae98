"""name-mismatch: a person's family relation changed ("his grandson" / "su sobrino", "her brother" / "su primo").

An obituary lists who survives the dead, a crime story who the victim was to the suspect: a relation said as
another in translation ("nieto" for a nephew, "hijo" for a grandson) puts a wrong fact about a named person in
print, while every name and number still matches. Spanish words for relations are one per relation, whatever the
gender ("nieto", "nieta", "nietos": a grandchild), so the relation is compared, not the gender
(``bilingo.rules.persons`` compares that).

Each side of an aligned pair is read in its own language, in lower case or capitalised before a word in lower case
(a capitalised "Father" or "Padre" before a name is a title, "Madre Teresa" a name; "Parents who spoke" opens a
sentence). When each side says a relation more often than the other ("grandson" against
"sobrino"), the pair's relation changed: one finding on the translated side, at the word that changed, naming
both. A side that says no relation where the other does ("the boy" / "su hijo") says nothing.

Relations by marriage, steps and partners are their own relations ("brother-in-law" is no brother, "novio" no
"esposo"), and so are a former spouse or partner ("her ex-husband" / "su esposo"), a half-sibling and a twin.
Measured on the 11,650 faithful sentence pairs of the dev corpus: 195 say a relation on both sides, and
the one that says another is a real discrepancy (an Italian "nipote" that WMT's translators made "nephew" and
"nieto"); with the first Spanish word turned, 172 of 179 are found (tests/test_rule_relations.py; 186 and 164 of 171
when first measured). Triplets and a great-grandchild or a great-grandparent are relations of their own ("twins" /
"trillizos", "three grandchildren" / "tres bisnietos"). ("prometido",
fiancé, is not read: it is as often "promised".)

Sons and daughters counted the other way round are a changed relation too ("two sons and a daughter" / "dos hijas y
un hijo", ``swapped_kin``): where both sides list a kin by gender, every count known and no word of either gender
("hijos", "children"), and the totals agree while the counts by gender differ. A total that differs is a number
changed, the number rule's. 91 faithful pairs of the dev corpus name kin by gender on both sides, none is reported.

Which of the siblings or children is read too ("his older brother" / "su hermano menor", ``birth_orders``): the
Spanish "mayor" and "menor" only right after a relation's word (alone they are also a mayor, greater, a minor,
smaller), and a twin ("his twin brother" / "su hermano mayor"; "hermano gemelo"). The dev corpus has one such pair,
alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import (contrast_findings, each_says_more, flagged_side, pairs_saying, prepare_sentences,
                              side_name, words_finding)
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.words import alternation, fold, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
# each relation and its words, singular and plural, every gender
RELATIONS = {
    "child": {"en": "son sons daughter daughters child children", "es": "hijo hija hijos hijas"},
    "parent": {"en": "father mother parents dad mom", "es": "padre madre padres papá mamá"},
    "sibling": {"en": "brother brothers sister sisters sibling siblings", "es": "hermano hermana hermanos hermanas"},
    "grandchild": {"en": "grandson grandsons granddaughter granddaughters grandchild grandchildren",
                   "es": "nieto nieta nietos nietas"},
    "grandparent": {"en": "grandfather grandmother grandparents", "es": "abuelo abuela abuelos abuelas"},
    "nephew or niece": {"en": "nephew nephews niece nieces", "es": "sobrino sobrina sobrinos sobrinas"},
    "uncle or aunt": {"en": "uncle uncles aunt aunts", "es": "tío tía tíos tías"},
    "cousin": {"en": "cousin cousins", "es": "primo prima primos primas"},
    "spouse": {"en": "husband wife spouse widow widower", "es": "esposo esposa marido cónyuge viudo viuda"},
    "partner": {"en": "boyfriend boyfriends girlfriend girlfriends fiancé fiancée",
                "es": "novio novia novios novias"},
    "parent-in-law": {"en": "father-in-law mother-in-law parents-in-law", "es": "suegro suegra suegros"},
    "sibling-in-law": {"en": "brother-in-law sister-in-law brothers-in-law sisters-in-law",
                       "es": "cuñado cuñada cuñados cuñadas"},
    "child-in-law": {"en": "son-in-law daughter-in-law", "es": "yerno nuera"},
    "step-parent": {"en": "stepfather stepmother", "es": "padrastro madrastra"},
    "step-child": {"en": "stepson stepdaughter stepchildren", "es": "hijastro hijastra hijastros hijastras"},
    # (a phrase of several words is joined by "_")
    "former spouse or partner": {
        "en": "ex-husband ex-husbands ex-wife ex-wives ex-boyfriend ex-boyfriends ex-girlfriend ex-girlfriends "
              "ex-partner ex-fiancé ex-fiancée ex-spouse ex-spouses former_husband former_husbands former_wife "
              "former_wives former_spouse former_spouses former_boyfriend former_girlfriend former_partner",
        "es": "exesposo exesposa ex-esposo ex-esposa ex_esposo ex_esposa exmarido ex-marido ex_marido exmujer "
              "ex-mujer ex_mujer expareja exparejas ex-pareja ex_pareja ex_parejas exnovio exnovia ex-novio ex-novia "
              "ex_novio ex_novia excónyuge"},
    "half-sibling": {"en": "half-brother half-brothers half-sister half-sisters half_brother half_brothers "
                           "half_sister half_sisters",
                     "es": "medio_hermano medios_hermanos media_hermana medias_hermanas"},
    "twin": {"en": "twin twins", "es": "gemelo gemela gemelos gemelas mellizo melliza mellizos mellizas"},
    "triplet": {"en": "triplet triplets", "es": "trillizo trilliza trillizos trillizas"},
    "great-grandchild": {"en": "great-grandson great-grandsons great-granddaughter great-granddaughters "
                               "great-grandchild great-grandchildren",
                         "es": "bisnieto bisnieta bisnietos bisnietas"},
    "great-grandparent": {"en": "great-grandfather great-grandmother great-grandparents",
                          "es": "bisabuelo bisabuela bisabuelos bisabuelas"},
}
_RELATION_OF = {lang: {word.replace("_", " "): relation for relation, words in RELATIONS.items()
                       for word in words[lang].split()}
                for lang in ("en", "es")}
# (no IGNORECASE: a capitalised word is a title or a name, "Father Miguel Ortega", "Madre Teresa", unless a word in
# lower case follows it: a sentence opens on it, "Parents who spoke at the meeting", but for the words a child calls
# a parent by, "Papá es fuerte"; "step-" and "great-" relations are other words)
_CALLED_BY = frozenset({"dad", "mom", "papá", "mamá"})


def _words_pattern(words: list[str]) -> re.Pattern:
    """The relations' words, in lower case anywhere or capitalised before a word in lower case."""
    lower = alternation(words, space=r"\s+")
    capitalised = alternation((word.capitalize() for word in words if word not in _CALLED_BY), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{lower})(?![\w-])|(?<![\w-])(?:{capitalised})(?=\s+[a-záéíóúñü])")


_WORDS = {lang: _words_pattern(list(words)) for lang, words in _RELATION_OF.items()}
# the words a sentence saying a relation holds (a phrase's last word: "husband" of "former husband")
_CUES = {lang: frozenset(fold(word.split()[-1]) for word in words) for lang, words in _RELATION_OF.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def relations(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The family relations ``text`` says: (relation, start, end) of each word, in text order."""
    lang = "es" if lang == "es" else "en"
    if _CUES[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    return tuple((_RELATION_OF[lang][" ".join(match.group().lower().split())], match.start(), match.end())
                 for match in _WORDS[lang].finditer(text))


# Which of the siblings or children: "his older brother" / "su hermano menor", "the eldest daughter" / "la hija
# menor". Spanish "mayor" and "menor" are read only right after a relation's word ("mayor" alone is also a mayor or
# greater, "menor" a minor or smaller).
_KIN = {"en": r"brothers?|sisters?|siblings?|sons?|daughters?|child|children|grandsons?|granddaughters?",
        "es": r"herman[oa]s?|hij[oa]s?|niet[oa]s?"}
_BIRTH_ORDER = {
    # (a twin too, born with the other: "his twin brother" / "su hermano mayor")
    "en": re.compile(rf"\b(?:(?P<older>older|elder|oldest|eldest|big)|(?P<younger>younger|youngest|little|baby)|"
                     rf"(?P<twin>twin))\s+(?:{_KIN['en']})\b", re.IGNORECASE),
    "es": re.compile(rf"\b(?:{_KIN['es']})\s+(?:(?P<older>mayor(?:es)?)|(?P<younger>menor(?:es)?|pequeñ[oa]s?)|"
                     rf"(?P<twin>gemel[oa]s?|melliz[oa]s?))\b", re.IGNORECASE),
}
# a sentence holding none of these words (most) says no birth order
_BIRTH_ORDER_WORDS = {"en": frozenset("older elder oldest eldest big younger youngest little baby twin".split()),
                      "es": frozenset("mayor mayores menor menores pequeno pequena pequenos pequenas gemelo gemela "
                                      "gemelos gemelas mellizo melliza mellizos mellizas".split())}
_KIN_WORDS = {"en": frozenset("brother brothers sister sisters sibling siblings son sons daughter daughters child "
                              "children grandson grandsons granddaughter granddaughters".split()),
              "es": frozenset("hermano hermana hermanos hermanas hijo hija hijos hijas nieto nieta nietos "
                              "nietas".split())}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def birth_orders(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """Which sibling or child ``text`` says a relation is: ("older", "younger" or "twin", start, end) of each
    phrase."""
    lang = "es" if lang == "es" else "en"
    words = gate_words(text)
    if _BIRTH_ORDER_WORDS[lang].isdisjoint(words) or _KIN_WORDS[lang].isdisjoint(words):
        return ()  # (most sentences)
    return tuple((match.lastgroup, match.start(), match.end()) for match in _BIRTH_ORDER[lang].finditer(text))


# Which of a kin a word says: a son or a daughter, a brother or a sister, a grandson or a granddaughter, or either
# (English "children", "siblings"; Spanish's masculine plural, "hijos", "hermanos", "nietos", says either too)
_KIN_GENDER = {
    "en": {**dict.fromkeys(("son", "sons"), ("child", "male")), **dict.fromkeys(("daughter", "daughters"),
                                                                               ("child", "female")),
           **dict.fromkeys(("child", "children"), ("child", "either")),
           **dict.fromkeys(("brother", "brothers"), ("sibling", "male")),
           **dict.fromkeys(("sister", "sisters"), ("sibling", "female")),
           **dict.fromkeys(("sibling", "siblings"), ("sibling", "either")),
           **dict.fromkeys(("grandson", "grandsons"), ("grandchild", "male")),
           **dict.fromkeys(("granddaughter", "granddaughters"), ("grandchild", "female")),
           **dict.fromkeys(("grandchild", "grandchildren"), ("grandchild", "either"))},
    "es": {"hijo": ("child", "male"), "hijos": ("child", "either"), "hija": ("child", "female"),
           "hijas": ("child", "female"), "hermano": ("sibling", "male"), "hermanos": ("sibling", "either"),
           "hermana": ("sibling", "female"), "hermanas": ("sibling", "female"), "nieto": ("grandchild", "male"),
           "nietos": ("grandchild", "either"), "nieta": ("grandchild", "female"), "nietas": ("grandchild", "female")},
}
_KIN_GENDER_WORD = {lang: re.compile(rf"(?<![\w-])(?:{alternation(table)})(?![\w-])", re.IGNORECASE)
                    for lang, table in _KIN_GENDER.items()}
# a count or an article before a kin's word, part of what a list names ("a son", "two daughters", "una hija")
_KIN_COUNT_BEFORE = re.compile(r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|un|una|dos|tres|"
                               r"cuatro|cinco|seis|siete|ocho|nueve|diez)\s+)$", re.IGNORECASE)


_KIN_COUNT_VALUES = {**dict.fromkeys(("a", "an", "one", "un", "una"), 1),
                     **dict(zip("two three four five six seven eight nine ten".split(), range(2, 11))),
                     **dict(zip("dos tres cuatro cinco seis siete ocho nueve diez".split(), range(2, 11)))}


def kin_count(text: str, item: tuple[str, str, int, int]) -> int | None:
    """How many of a kin an item of ``kin_genders`` says: its count ("two daughters": 2, "a son": 1), 1 for a word in
    the singular with none ("her son"), None for a plural with none ("her children")."""
    said = text[item[2]:item[3]].split()
    if len(said) > 1:
        return int(said[0]) if said[0].isdigit() else _KIN_COUNT_VALUES.get(said[0].lower())
    return None if said[0].lower().endswith(("s", "children")) else 1


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def kin_genders(text: str, lang: str) -> tuple[tuple[str, str, int, int], ...]:
    """The children, siblings and grandchildren ``text`` names with their gender: (kin, "male", "female" or
    "either", start, end) of each word, its count or article included ("a son", "dos hijas")."""
    lang = "es" if lang == "es" else "en"
    if _KIN_WORDS[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    found = []
    for match in _KIN_GENDER_WORD[lang].finditer(text):
        count = _KIN_COUNT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        kin, gender = _KIN_GENDER[lang][match.group().lower()]
        found.append((kin, gender, count.start() if count else match.start(), match.end()))
    return tuple(found)


def dropped_kin(said: tuple, other_said: tuple) -> tuple[str, str, int, int] | None:
    """A son (or a daughter) that one side lists beside a daughter (or a son) and the other side, naming the same
    kin, leaves out: "two daughters, a son and eight grandchildren" / "dos hijas y ocho nietos". The first such
    word of ``said``, or None. A word of either gender on the other side ("hijos", "children") may be any of them."""
    genders: dict[str, set[str]] = {}
    for kin, gender, _, _ in other_said:
        genders.setdefault(kin, set()).add(gender)
    listed: dict[str, set[str]] = {}
    for kin, gender, _, _ in said:
        listed.setdefault(kin, set()).add(gender)
    for item in said:
        kin, gender = item[0], item[1]
        if ({"male", "female"} <= listed[kin] and kin in genders and "either" not in genders[kin]
                and gender not in genders[kin]):
            return item
    return None


def swapped_kin(said: tuple[tuple[tuple, int | None], ...],
                other_said: tuple[tuple[tuple, int | None], ...]) -> tuple | None:
    """A family's sons and daughters (brothers and sisters, grandsons and granddaughters) counted the other way round:
    "two sons and a daughter" / "dos hijas y un hijo". ``said`` and ``other_said`` hold each side's ``kin_genders``
    items with their ``kin_count``. Where both sides list a kin by gender, every count known and none of either
    gender ("hijos", "children"), and the two totals agree while the counts by gender differ, the first item of
    ``said`` whose gender the other side counts otherwise; else None. A total that differs is a number changed, the
    number rule's."""
    for kin in dict.fromkeys(item[0] for item, _ in said):
        counts = []
        for items in (said, other_said):
            mine = [(item, count) for item, count in items if item[0] == kin]
            if (not mine or any(count is None or item[1] == "either" for item, count in mine)
                    or len({item[1] for item, _ in mine}) < 2):
                break
            by_gender: dict[str, int] = {}
            for item, count in mine:
                by_gender[item[1]] = by_gender.get(item[1], 0) + count
            counts.append(by_gender)
        else:
            if counts[0] != counts[1] and sum(counts[0].values()) == sum(counts[1].values()):
                return next(item for item, _ in said
                            if item[0] == kin and counts[0][item[1]] != counts[1].get(item[1], 0))
    return None


def _swapped_kin_findings(aligned: AlignedDocument, settings: Settings, reported: set) -> list[Finding]:
    """The pairs whose sons and daughters are counted the other way round (``swapped_kin``), on the translated
    side, at its first word of the gender the other side counts otherwise; not on a line already reported."""
    flagged, other = flagged_side(aligned)
    findings = []
    for pair, said in pairs_saying(aligned, settings, kin_genders, (other, flagged)):
        texts = {side: aligned.version(side).segments for side in (flagged, other)}
        counted = {side: tuple((item, kin_count(texts[side][index].text, item)) for index, item in said[side])
                   for side in (flagged, other)}
        swapped = swapped_kin(counted[flagged], counted[other])
        if swapped is None:
            continue
        index = next(index for index, item in said[flagged] if item == swapped)
        words = {side: " and ".join(repr(texts[side][at].text[item[2]:item[3]]) for at, item in said[side]
                                    if item[0] == swapped[0]) for side in (flagged, other)}
        message = (f"{words[other]} in {side_name(aligned, other)} but {words[flagged]} in "
                   f"{side_name(aligned, flagged)} (as many in all, the genders turned)")
        finding = words_finding(aligned, pair, flagged, index, swapped[2], swapped[3], RULE, message, 0.7, settings,
                                relations=words)
        if (finding.path, finding.line) not in reported:
            findings.append(finding)
    return findings


def prepare(version: Version, settings: Settings) -> None:
    """The relations of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, relations)
    prepare_sentences(version, settings, RULE, birth_orders)
    prepare_sentences(version, settings, RULE, kin_genders)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    """The relations, then which of the siblings or children: a line reported for one is not reported again."""
    findings = contrast_findings(aligned, settings, RULE, relations, changed, evidence_key="relations", confidence=0.7)
    said = {(finding.path, finding.line) for finding in findings}
    findings += [finding for finding in contrast_findings(aligned, settings, RULE, birth_orders, changed,
                                                          evidence_key="birth_orders", confidence=0.6)
                 if (finding.path, finding.line) not in said]
    if RULE in settings.disabled_rules:
        return findings
    return findings + _swapped_kin_findings(aligned, settings, {(finding.path, finding.line) for finding in findings})


# whether each side says a relation more often than the other
changed = each_says_more
