"""name-mismatch: a US party changed between the two versions (``bilingo.rules.parties``)."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, clean_corpus_documents
from bilingo.rules import parties
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return parties.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("Rep. Ana Ruiz, a Republican, voted against the bill.",
     "La representante Ana Ruiz, demócrata, votó en contra del proyecto.", "demócrata",
     "party Republican in English but Democrat in Spanish"),
    ("The GOP-led House passed the measure on Friday.",
     "La Cámara, controlada por los demócratas, aprobó la medida el viernes.", "demócratas",
     "party Republican in English but Democrat in Spanish"),
    # AP's party and home after the name
    ("The bill, authored by state Rep. Trent Ashby, R-Lufkin, now goes to the Senate.",
     "El proyecto, presentado por el representante estatal Trent Ashby, demócrata de Lufkin, pasa ahora al Senado.",
     "demócrata", "party Republican in English but Democrat in Spanish"),
    ("Sen. John Cornyn (R-Texas) voted against it.", "El senador John Cornyn (D-Texas) votó en contra.",
     "D-Texas", "party Republican in English but Democrat in Spanish"),
])
def test_a_party_changed_in_translation_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert finding.rule == "name-mismatch" and finding.lang == "es" and finding.text == flagged
    assert finding.message == message


@pytest.mark.parametrize("en, es", [
    ("Rep. Ana Ruiz, a Republican, voted against the bill.",
     "La representante Ana Ruiz, republicana, votó en contra del proyecto."),
    ("The Democratic Republic of the Congo held elections.", "La República Democrática del Congo celebró elecciones."),
    ("Democrats and Republicans agreed on the plan.", "Demócratas y republicanos acordaron el plan."),
    ("The Republican-led House passed the measure.", "La Cámara aprobó la medida."),  # one side only
    ("The bill, authored by state Rep. Trent Ashby, R-Lufkin, now goes to the Senate.",
     "El proyecto, presentado por el representante estatal Trent Ashby, republicano de Lufkin, pasa ahora al Senado."),
    # a letter in brackets that is no party
    ("By targeting the reproduction number (R), Democrats hope to slow the virus.",
     "Al centrarse en el número de reproducción (R), los demócratas esperan frenar el virus."),
])
def test_the_same_party_or_one_side_naming_none_is_not_reported(en, es):
    assert _findings(en, es) == []


@needs_corpus
def test_faithful_corpus_translations_keep_their_parties():
    """50 of the corpus's 11,650 sentence pairs name a party on both sides, none another (the WMT part here)."""
    documents = clean_corpus_documents("wmt-newstest-2008-2010", 120)
    assert [finding.text for document in documents for finding in parties.check(document, Settings())] == []
