"""name-mismatch: a route turned around ("from Houston to Dallas" / "de Dallas a Houston")."""

from __future__ import annotations

from collections import Counter

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, aligned_pair, corpus_records
from bilingo.check import CHECK_MODULES, PAIR_CHECK_MODULES
from bilingo.rules import routes
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return routes.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The new flight runs from Houston to Dallas.", "El nuevo vuelo va de Dallas a Houston.", "de Dallas a Houston",
     "Houston to Dallas ('from Houston to Dallas') in English but Dallas to Houston ('de Dallas a Houston') in "
     "Spanish"),
    ("The bus goes from El Paso to Albuquerque.", "El autobús va desde Albuquerque hasta El Paso.",
     "desde Albuquerque hasta El Paso", "El Paso to Albuquerque ('from El Paso to Albuquerque') in English but "
     "Albuquerque to El Paso ('desde Albuquerque hasta El Paso') in Spanish"),
    ("The storm moved from Texas to Louisiana.", "La tormenta se movió de Luisiana a Texas.", "de Luisiana a Texas",
     "Texas to Louisiana ('from Texas to Louisiana') in English but Luisiana to Texas ('de Luisiana a Texas') in "
     "Spanish"),  # a name spelt nearly alike is one place
    # a place of the names rule's table, in its two forms
    ("She moved from Mexico to the United States in 2001.", "Se mudó de Estados Unidos a México en 2001.",
     "de Estados Unidos a México", "Mexico to United States ('from Mexico to the United States') in English but "
     "Estados Unidos to México ('de Estados Unidos a México') in Spanish"),
    ("The flight from Moscow to Kyiv was canceled.", "El vuelo de Kiev a Moscú fue cancelado.", "de Kiev a Moscú",
     "Moscow to Kyiv ('from Moscow to Kyiv') in English but Kiev to Moscú ('de Kiev a Moscú') in Spanish"),
])
def test_a_route_turned_around_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("name-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("Flights run from Houston to Dallas daily.", "Los vuelos van de Houston a Dallas a diario."),
    ("The storm moved from Texas to Louisiana.", "La tormenta se movió de Texas a Luisiana."),
    ("Stores are open from Monday to Friday.", "Las tiendas abren de lunes a viernes."),
    # each way, on both sides: the route and its return
    ("Buses run from Austin to Waco and from Waco to Austin.",
     "Los autobuses van de Waco a Austin y de Austin a Waco."),
    ("He drove from Washington to New York.", "Manejó de Washington a Nueva York."),  # other names: the name rule's
    ("She moved from Mexico to the U.S. in 2001.", "Se mudó de México a EE. UU. en 2001."),
])
def test_the_same_route_or_other_places_are_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_name_mismatch_is_ignored_and_runs_in_every_check():
    assert _findings("The new flight runs from Houston to Dallas.", "El nuevo vuelo va de Dallas a Houston.",
                     Settings(disabled_rules={"name-mismatch"})) == []
    assert "bilingo.rules.routes" in CHECK_MODULES and "bilingo.rules.routes" in PAIR_CHECK_MODULES


@needs_corpus
def test_faithful_corpus_pairs_keep_their_routes_and_turned_ones_are_found():
    """12 sentence pairs of the dev corpus say a route on both sides, none turned; with the first Spanish route turned
    around, 10 of 11 are found (7 before a place of the names rule's table was one place in its two forms, "Moscow" /
    "Moscú", "Prague" / "Praga"; the eleventh names a person where the English names a country, "Zelaya"; "de Oeste
    a Este" names two words spelt nearly alike, not turned)."""
    compared = disagreeing = turned = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = routes.routes(en, "en"), routes.routes(es, "es")
                if not english or not spanish:
                    continue
                compared += 1
                kinds = Counter(kind for kind, _, _ in english)
                disagreeing += routes.changed(Counter(kind for kind, _, _ in spanish), kinds)
                origin, _, destination = spanish[0][0].partition(" to ")
                if routes._same_place(*map(routes.fold, (origin, destination))):
                    continue
                turned += 1
                found += routes.changed(Counter({f"{destination} to {origin}": 1}), kinds)
    assert compared >= 10 and disagreeing == 0
    assert turned >= 10 and found >= 10
