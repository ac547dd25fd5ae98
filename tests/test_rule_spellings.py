"""name-mismatch: a name misspelt in one place of a version that spells it right elsewhere
(``bilingo.rules.spellings``, run by ``bilingo.rules.names``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, build_aligned, clean_corpus_documents
from bilingo.rules import names
from bilingo.rules.spellings import one_letter_apart
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")

ENGLISH = [
    "Gov. Greg Abbott signed a bill on Friday that adds $4 billion to public school funding.",
    "Abbott called the bill the largest investment in Texas classrooms in a decade.",
    "Democrats said the bill does not go far enough, but most of them voted for it.",
]
SPANISH = [
    "El gobernador Greg {name} firmó el viernes una ley que agrega $4 mil millones al financiamiento de las escuelas "
    "públicas.",
    "{other} calificó la ley como la mayor inversión en las aulas de Texas en una década.",
    "Los demócratas dijeron que la ley no va lo suficientemente lejos, pero la mayoría votó a favor.",
]


def _findings(english: list[str], spanish: list[str]) -> list[str]:
    return [finding.message for finding in names.check(build_aligned(english, spanish), Settings())]


def test_a_name_one_letter_off_where_the_version_spells_it_right_elsewhere_is_reported():
    spanish = [SPANISH[0].format(name="Abbot"), SPANISH[1].format(other="Abbott"), SPANISH[2]]
    assert _findings(ENGLISH, spanish) == ["'Abbot' in Spanish, which spells it 'Abbott' elsewhere, as English does"]


@pytest.mark.parametrize("name, other", [
    ("Abbott", "Abbott"),  # spelt alike
    ("Abbot", "Abbot"),  # the version's own spelling throughout: a transliteration, or the names rule's to judge
])
def test_a_name_spelt_one_way_throughout_is_no_misspelling(name, other):
    spanish = [SPANISH[0].format(name=name), SPANISH[1].format(other=other), SPANISH[2]]
    assert _findings(ENGLISH, spanish) == []


def test_a_plural_or_a_place_adjective_is_no_other_spelling():
    english = ["The Kennedys met the American delegation in Washington.", "The Kennedy family lives in America."]
    spanish = ["Los Kennedy se reunieron con la delegación de America en Washington.",
               "La familia Kennedy vive en America."]
    assert _findings(english, spanish) == []


@pytest.mark.parametrize("word, other, apart", [
    ("abbot", "abbott", True), ("smyth", "smith", True), ("panrcas", "pancras", True), ("harris", "jarris", True),
    ("abbott", "abbott", False), ("abbot", "abbotts", False), ("garcia", "gracias", False),
])
def test_one_letter_apart_is_one_letter_added_dropped_changed_or_two_swapped(word, other, apart):
    assert one_letter_apart(word, other) is apart


@needs_corpus
def test_faithful_corpus_documents_get_only_the_misspellings_of_their_translators():
    """The WMT documents of the corpus misspell names here and there ("Jarris" for "Harris"; in the documents first
    written in German or Czech, "Rodelius" for "Roedelius", a Czech "Peugeotu" kept): those are found, and nothing
    else."""
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    found = {finding.message for document in documents for finding in names.check(document, Settings())
             if "which spells it" in finding.message}
    assert found <= {
        "'Duesseldorf' in Spanish, which spells it 'Düsseldorf' elsewhere, as English does",
        "'Peugeotu' in Spanish, which spells it 'Peugeot' elsewhere, as English does",
        "'Rodelius' in Spanish, which spells it 'Roedelius' elsewhere, as English does",
        "'Frazatta' in Spanish, which spells it 'Frazetta' elsewhere, as English does",
        "'Panrcas' in Spanish, which spells it 'Pancras' elsewhere, as English does",
        "'Jarris' in Spanish, which spells it 'Harris' elsewhere, as English does",
        "'Rande' in Spanish, which spells it 'Randle' elsewhere, as English does",
        "'Cardenals' in Spanish, which spells it 'Cardinals' elsewhere, as English does",
        "'Garcia' in English, which spells it 'Garci' elsewhere, as Spanish does",
        "'Vincent' in English, which spells it 'Vicent' elsewhere, as Spanish does",
        "'Teltovic' in English, which spells it 'Teletovic' elsewhere, as Spanish does",
        "'Frederico' in English, which spells it 'Federico' elsewhere, as Spanish does",
    }
    assert len(found) >= 3


@needs_corpus
def test_a_letter_dropped_from_a_repeated_name_in_corpus_documents_is_found():
    """In each faithful document whose Spanish names someone or something in two sentences or more, the English
    counterpart too: one letter dropped from the middle of the name in its first such sentence ("Bowen" → "Boen")
    is found in 161 of 165."""
    from collections import Counter

    from aligned_builder import build_aligned_documents, corpus_spec, original_records
    from bilingo.rules.spellings import names_in
    from bilingo.rules.words import fold

    specs, misspelt = [], []
    for record in original_records():
        spanish, english = list(record["es"]), record["en"]
        counts = Counter(fold(word) for sentence in spanish for word, _, _ in names_in(sentence))
        for index, sentence in enumerate(spanish):
            in_english = {fold(word) for word, _, _ in names_in(english[index])}
            name = next(((word, begin, end) for word, begin, end in names_in(sentence)
                         if len(word) >= 6 and counts[fold(word)] >= 2 and fold(word) in in_english), None)
            if name is not None:
                word, begin, end = name
                wrong = word[:len(word) // 2] + word[len(word) // 2 + 1:]
                spanish[index] = sentence[:begin] + wrong + sentence[end:]
                specs.append(corpus_spec(record, es=spanish))
                misspelt.append(wrong)
                break
    documents = build_aligned_documents(specs)
    found = sum(any(f"'{wrong}' in Spanish, which spells it" in finding.message
                    for finding in names.check(document, Settings()))
                for document, wrong in zip(documents, misspelt))
    assert len(misspelt) >= 150 and found >= 0.9 * len(misspelt)
