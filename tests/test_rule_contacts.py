"""contact-mismatch: a web address, an e-mail address or a handle that differs between the versions
(``bilingo.rules.contacts``)."""

from __future__ import annotations

from collections import Counter

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, aligned_pair, corpus_records
from bilingo.check import check_paths
from bilingo.rules import RULES, contacts
from bilingo.settings import Settings
from bilingo.translate import create_translator

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return contacts.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("For more information, visit austintexas.gov/library.", "Para más información, visite austintexas.gov/parks.",
     "austintexas.gov/parks",
     "web address 'austintexas.gov/library' in English but 'austintexas.gov/parks' in Spanish"),
    ("Residents can email questions to help@cityofeastside.org.",
     "Los residentes pueden enviar sus preguntas a info@cityofeastside.org.", "info@cityofeastside.org",
     "e-mail address 'help@cityofeastside.org' in English but 'info@cityofeastside.org' in Spanish"),
    ("Follow the campaign on Instagram at @eastsidevotes.", "Siga la campaña en Instagram en @eastsidevota.",
     "@eastsidevota", "handle '@eastsidevotes' in English but '@eastsidevota' in Spanish"),
    ("Apply online at https://www.eastside.org/apply today.",
     "Presente su solicitud en https://www.westside.org/apply.",
     "https://www.westside.org/apply",
     "web address 'https://www.eastside.org/apply' in English but 'https://www.westside.org/apply' in Spanish"),
])
def test_an_address_changed_in_translation_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("contact-mismatch", "es", flagged, message)
    assert finding.severity == RULES["contact-mismatch"].severity == "warning"


@pytest.mark.parametrize("en, es", [
    # the same address, however each edition writes it, or its page in Spanish
    ("For more information, visit austintexas.gov/library.",
     "Para más información, visite austintexas.gov/es/library."),
    ("For details, visit www.cdc.gov/flu.", "Para más detalles, visite espanol.cdc.gov/flu."),
    ("Open enrollment on HealthCare.gov runs until Jan. 15.",
     "La inscripción abierta en CuidadoDeSalud.gov va hasta el 15 de enero."),
    ("Apply at vote411.org/register?lang=en before Friday.",
     "Inscríbase en vote411.org/register?lang=es antes del viernes."),
    ("See the list at https://www.cisa.gov/critical-infrastructure-sectors.",
     "Vea la lista en https://www.cisa.gov/critical-infrastructure-sectors"),
    ("Readers can email HELP@Eastside.org with questions.", "Los lectores pueden escribir a help@eastside.org."),
    ("Follow @CDCgov for the latest updates on the flu.",
     "Siga a @CDCespanol para conocer las novedades sobre la gripe."),
    # an address one side leaves out, a hashtag, a number with a point
    ("For more information, visit austintexas.gov/library.", "Para más información, visite la biblioteca."),
    ("Share your photos with #VoteEarly.", "Comparta sus fotos con #VotaTemprano."),
    ("The store sold 3.5 million units.", "La tienda vendió 3,5 millones de unidades."),
])
def test_the_same_address_or_none_to_compare_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_addresses_are_read_as_compared_with_their_spans():
    text = "Visit WWW.Eastside.org/Library/ or email news@eastside.org, and follow @EastsideNews."
    assert [(kind, text[start:end]) for kind, start, end in contacts.contacts(text, "en")] == [
        ("web:eastside.org/Library", "WWW.Eastside.org/Library/"),
        ("email:news@eastside.org", "news@eastside.org"),
        ("handle:eastsidenews", "@EastsideNews"),
    ]


def test_a_changed_address_is_reported_by_the_whole_check(tmp_path):
    """Through the pipeline: two files, Apertium, the rule's code and severity in the report."""
    english, spanish = tmp_path / "story.en.txt", tmp_path / "story.es.txt"
    english.write_text("The library will extend its hours starting Monday.\n\nFor more information, visit "
                       "austintexas.gov/library or call 311.\n", encoding="utf-8")
    spanish.write_text("La biblioteca ampliará su horario a partir del lunes.\n\nPara más información, visite "
                       "austintexas.gov/parks o llame al 311.\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    document = check_paths([str(english), str(spanish)], settings, create_translator(settings))
    assert [(f.rule, f.severity, f.text) for f in document.findings] == [
        ("contact-mismatch", "warning", "austintexas.gov/parks")]


def test_disabled_rule_reports_nothing():
    assert _findings("Email help@eastside.org.", "Escriba a info@eastside.org.",
                     Settings(disabled_rules={"contact-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_pairs_give_the_same_addresses():
    """17 sentence pairs of the dev corpus give an address on both sides (a tinyurl, the CDC's pages, a cisa.gov page
    ending a sentence, "OpenOffice.org" / "Openoffice.org"), none another; with an "x" put at the start of the first
    Spanish address's host, all are found."""
    compared = disagreeing = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = contacts.contacts(en, "en"), contacts.contacts(es, "es")
                if not english or not spanish:
                    continue
                compared += 1
                kinds = Counter(kind for kind, _, _ in english)
                disagreeing += contacts._differing(Counter(kind for kind, _, _ in spanish), kinds) is not None
                _, start, end = spanish[0]
                host = start + (es.find("://", start, end) + 3 - start if "://" in es[start:end] else 0)
                host += 4 if es[host:host + 4].lower() == "www." else 0
                changed = es[:host] + "x" + es[host:]
                found += contacts._differing(Counter(kind for kind, _, _ in contacts.contacts(changed, "es")),
                                             kinds) is not None
    assert compared >= 15 and disagreeing == 0 and found == compared
