"""name-mismatch: a person's family relation changed ("his grandson" / "su sobrino")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents, contrast_measure
from bilingo.rules import relations
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return relations.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("She is survived by her husband, two sons and a grandson.",
     "Le sobreviven su esposo, dos hijos y un sobrino.",
     "sobrino", "grandchild ('grandson') in English but nephew or niece ('sobrino') in Spanish"),
    ("The suspect is the victim's brother, police said.", "El sospechoso es primo de la víctima, dijo la policía.",
     "primo", "sibling ('brother') in English but cousin ('primo') in Spanish"),
    ("Her daughter found her on Sunday.", "Su nieta la encontró el domingo.",
     "nieta", "child ('daughter') in English but grandchild ('nieta') in Spanish"),
    ("The woman's boyfriend was arrested.", "El esposo de la mujer fue arrestado.",
     "esposo", "partner ('boyfriend') in English but spouse ('esposo') in Spanish"),
    ("His brother-in-law owns the shop.", "Su suegro es dueño de la tienda.",
     "suegro", "sibling-in-law ('brother-in-law') in English but parent-in-law ('suegro') in Spanish"),
    # a former spouse, a half-sibling, a twin
    ("She was found by her ex-husband.", "Fue encontrada por su esposo.",
     "esposo", "former spouse or partner ('ex-husband') in English but spouse ('esposo') in Spanish"),
    ("Her husband called 911.", "Su ex esposo llamó al 911.",
     "ex esposo", "spouse ('husband') in English but former spouse or partner ('ex esposo') in Spanish"),
    ("The victim's half brother called police.", "El hermano de la víctima llamó a la policía.",
     "hermano", "half-sibling ('half brother') in English but sibling ('hermano') in Spanish"),
    # which sibling or child
    ("His older brother was also arrested.", "Su hermano menor también fue arrestado.",
     "hermano menor", "older ('older brother') in English but younger ('hermano menor') in Spanish"),
    ("The couple's youngest daughter survived.", "La hija mayor de la pareja sobrevivió.",
     "hija mayor", "younger ('youngest daughter') in English but older ('hija mayor') in Spanish"),
    ("Her older brother's car was found.", "El auto de su hermano menor fue encontrado.",  # a possessive
     "hermano menor", "older ('older brother') in English but younger ('hermano menor') in Spanish"),
    # (a twin, born with the other: fifty-eighth round)
    ("His twin brother also serves in the Army.", "Su hermano mayor también sirve en el Ejército.",
     "hermano mayor", "twin ('twin brother') in English but older ('hermano mayor') in Spanish"),
    ("She has two children and three grandchildren.", "Tiene dos hijos y tres bisnietos.", "bisnietos",
     "grandchild ('grandchildren') in English but great-grandchild ('bisnietos') in Spanish"),
    ("The woman gave birth to twins.", "La mujer dio a luz a trillizos.", "trillizos",
     "twin ('twins') in English but triplet ('trillizos') in Spanish"),
])
def test_a_relation_said_as_another_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.text, finding.message) == ("name-mismatch", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("She is survived by her husband, two sons and a grandson.", "Le sobreviven su esposo, dos hijos y un nieto."),
    ("Both husband and wife are only children.", "Tanto el marido como la mujer son hijos únicos."),
    ("Father Miguel Ortega led the Mass for the boy's mother.",  # a capitalised title is no relation
     "El padre Miguel Ortega ofició la misa por la madre del niño."),
    # a sentence opening on the relation: "Parents" is the "padres" of the Spanish, which lost the children
    ("Parents who spoke at the meeting said the buses were late, and some said their children waited an hour.",
     "Los padres que hablaron en la reunión dijeron que los autobuses llegaban tarde."),
    ("\"He is strong,\" declared his son David.", "\"Papá es fuerte\", declaró David."),  # what a child calls a parent
    ("The boy was taken to the hospital.", "Su hijo fue trasladado al hospital."),  # one side says none
    ("Her father-in-law and her stepson came.", "Vinieron su suegro y su hijastro."),  # not "father", not "son"
    ("Her older sister and her younger brother spoke.", "Hablaron su hermana mayor y su hermano menor."),
    ("The mayor's son was arrested.", "El hijo del alcalde fue arrestado."),
    ("Her former husband and her half-sister came.", "Vinieron su exmarido y su media hermana."),
    ("His twin brother was at the hearing.", "Su hermano gemelo estaba en la audiencia."),
    ("The former spouses met in court.", "La ex pareja se reunió en el tribunal."),
    ("It has promised counseling to families with more than one child.",
     "Ha prometido orientación a las familias con más de un niño."),  # "prometido": promised
    ("She has two children and three great-grandchildren.", "Tiene dos hijos y tres bisnietos."),
])
def test_a_relation_said_alike_or_on_one_side_only_is_not_reported(en, es):
    assert _findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged, message", [
    ("He is survived by two sons and a daughter.", "Le sobreviven dos hijas y un hijo.", "dos hijas",
     "'two sons' and 'a daughter' in English but 'dos hijas' and 'un hijo' in Spanish (as many in all, the genders "
     "turned)"),
    ("He had two brothers and a sister.", "Tenía dos hermanas y un hermano.", "dos hermanas",
     "'two brothers' and 'a sister' in English but 'dos hermanas' and 'un hermano' in Spanish (as many in all, the "
     "genders turned)"),
])
def test_sons_and_daughters_counted_the_other_way_round_are_reported(en, es, flagged, message):
    """A family listed by gender whose counts are turned: every relation and every number still matches."""
    (finding,) = _findings(en, es)
    assert (finding.lang, finding.text, finding.message) == ("es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("He is survived by two sons and a daughter.", "Le sobreviven dos hijos y una hija."),
    ("He is survived by two sons and a daughter.", "Le sobreviven una hija y dos hijos."),
    # "hijos" may be sons or children, and a total that differs is the number rule's
    ("She leaves three daughters and a son.", "Deja tres hijos y una hija."),
    ("She leaves three daughters and a son.", "Deja dos hijas y un hijo."),
])
def test_a_family_counted_alike_or_with_another_total_is_not_reported_as_turned(en, es):
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_count_their_sons_and_daughters_alike():
    """91 faithful sentence pairs of the dev corpus name a son, a daughter, a brother or a sister (or a grandchild)
    on both sides; none counts them the other way round."""
    from aligned_builder import CORPUS_SETS, corpus_records

    compared = turned = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = relations.kin_genders(en, "en"), relations.kin_genders(es, "es")
                if english and spanish:
                    compared += 1
                    turned += relations.swapped_kin(
                        tuple((item, relations.kin_count(es, item)) for item in spanish),
                        tuple((item, relations.kin_count(en, item)) for item in english)) is not None
    assert compared >= 80 and turned == 0


def test_the_rule_is_off_when_name_mismatch_is_ignored():
    assert _findings("her grandson", "su sobrino", Settings(disabled_rules={"name-mismatch"})) == []


# the first Spanish relation turned into a neighbouring one, for the corpus measure
SWAPPED = {"hijo": "nieto", "hija": "nieta", "hijos": "nietos", "hijas": "nietas", "nieto": "sobrino",
           "nieta": "sobrina", "nietos": "sobrinos", "sobrino": "nieto", "sobrina": "nieta", "hermano": "primo",
           "hermana": "prima", "hermanos": "primos", "primo": "hermano", "prima": "hermana", "padre": "abuelo",
           "madre": "abuela", "padres": "abuelos", "abuelo": "padre", "abuela": "madre", "abuelos": "padres",
           "tío": "padre", "tía": "madre", "esposo": "hermano", "esposa": "hermana", "marido": "hermano",
           "viuda": "hija", "gemelos": "primos", "ex pareja": "pareja", "ex-pareja": "pareja"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_relations_and_swapped_ones_are_found():
    """195 sentence pairs of the dev corpus say a relation on both sides (186 when first measured); one says
    another, and it is a real discrepancy (an Italian "nipote" translated "nephew" and "nieto"); with the first
    Spanish relation turned, 172 of 179 are found (164 of 171). ("He is very strong, ... declared his son" / "Papá
    es fuerte": what a child calls a parent, capitalised, is no relation.)"""
    compared, disagreeing, swapped, found = contrast_measure(relations.relations, relations.changed, SWAPPED)
    assert compared >= 160 and disagreeing <= 1
    assert swapped >= 150 and found >= 0.9 * swapped


@needs_corpus
def test_faithful_corpus_documents_get_no_finding():
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120) + clean_corpus_documents("tico19", 30)
    assert [finding.text for document in documents for finding in relations.check(document, Settings())] == []
