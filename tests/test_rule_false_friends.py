"""false-friend: a word rendered by its false cognate ("actually" / "actualmente", "policy" / "policía"), and the
cognates that are faithful ("currently" / "actualmente"), which stay quiet."""

from __future__ import annotations

from collections import Counter

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, PLAIN_PAIR, aligned_pair, build_aligned, corpus_records
from bilingo.check import CHECK_MODULES, PAIR_CHECK_MODULES
from bilingo.rules import RULES, false_friends
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return false_friends.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("She was actually at the meeting when the vote was taken.",
     "Actualmente estaba en la reunión cuando se realizó la votación.", "Actualmente",
     "in fact ('actually') in English but currently ('Actualmente') in Spanish"),
    ("The actual cost of the project was $4 million higher.", "El costo actual del proyecto fue $4 millones más alto.",
     "actual", "in fact ('actual') in English but currently ('actual') in Spanish"),
    ("The city council approved the new policy on Tuesday.", "El concejo municipal aprobó la nueva policía el martes.",
     "policía", "policy in English but police ('policía') in Spanish"),
    ("Her parents said she had been missing since Friday.",
     "Sus parientes dijeron que estaba desaparecida desde el viernes.", "parientes",
     "parents in English but relatives ('parientes') in Spanish"),
    ("The senator said she was embarrassed by the remarks.",
     "La senadora dijo que estaba embarazada por los comentarios.",
     "embarazada", "embarrassed in English but pregnant ('embarazada') in Spanish"),
    ("The coach was later charged with molesting two players.",
     "Más tarde, el entrenador fue acusado de molestar a dos jugadores.", "molestar",
     "molest ('molesting') in English but bother ('molestar') in Spanish"),
    ("The store advertised the sale on social media.", "La tienda advirtió sobre la venta en las redes sociales.",
     "advirtió", "advertise ('advertised') in English but warn ('advirtió') in Spanish"),
    ("The festival was a success, organizers said.", "El festival fue un suceso, dijeron los organizadores.", "suceso",
     "success in English but event ('suceso') in Spanish"),
    ("The war has caused thousands of casualties.", "La guerra ha causado miles de casualidades.", "casualidades",
     "casualties in English but coincidence ('casualidades') in Spanish"),
    ("He suffered minor injuries in the crash.", "Sufrió injurias menores en el choque.", "injurias",
     "injury ('injuries') in English but insult ('injurias') in Spanish"),
    ("The plan is sensible, the mayor said.", "El plan es sensible, dijo el alcalde.", "sensible",
     "sensible in English but sensitive ('sensible') in Spanish"),
    ("Use the exit on the north side of the building.", "Use el éxito del lado norte del edificio.", "éxito",
     "exit in English but success ('éxito') in Spanish"),
])
def test_a_word_rendered_by_its_false_cognate_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("false-friend", "es", flagged, message)
    assert finding.severity == RULES["false-friend"].severity == "warning"


@pytest.mark.parametrize("en, es", [
    ("She was actually at the meeting.", "En realidad, ella estaba en la reunión."),
    ("She is currently the president of the board.", "Actualmente es la presidenta de la junta."),
    ("She is now the president of the board.", "Actualmente es la presidenta de la junta."),  # "now" says neither
    ("The current law expires in May.", "La ley actual vence en mayo."),
    # the cognate's own meaning said too: balanced
    ("Actually, the library is currently closed for repairs.",
     "En realidad, la biblioteca está actualmente cerrada por reparaciones."),
    ("Police said the new policy takes effect Monday.",
     "La policía dijo que la nueva política entra en vigor el lunes."),
    ("Her parents and other relatives attended the vigil.", "Sus padres y otros parientes asistieron a la vigilia."),
    ("The senator is pregnant with her second child.", "La senadora está embarazada de su segundo hijo."),
    ("Officials warned residents to stay away from the river.",
     "Las autoridades advirtieron a los residentes que se alejaran del río."),
    ("The data is sensitive, the agency said.", "Los datos son sensibles, dijo la agencia."),
    ("The incident happened early Sunday.", "El suceso ocurrió la madrugada del domingo."),
    ("We apologize for the inconvenience.", "Disculpe las molestias."),
    # the look-alike's meaning said in words of its own, beside a faithful cognate
    ("Officers said the new policy takes effect Monday.",
     "Los policías dijeron que la nueva medida entra en vigor el lunes."),
    ("Deputies said the policy was not followed.", "Los policías dijeron que no se siguió el protocolo."),
    ("She actually lives in Austin now.", "Actualmente vive en Austin."),  # "actually" left out, "now" said
    ("The company advertised 40 jobs last month.", "La empresa publicó 40 anuncios de empleo el mes pasado."),
    # a meaning against the other look-alike's meaning, said by no look-alike: a change, but no false friend
    ("She is currently at the meeting.", "En realidad está en la reunión."),
    ("He gave poetry readings at the university.", "Dio charlas de poesía en la universidad."),
])
def test_faithful_cognates_and_changes_of_no_look_alike_are_not_reported(en, es):
    assert _findings(en, es) == []


def test_with_english_translated_the_finding_is_on_the_english_look_alike(tmp_path):
    """Where the English side is the one machine-translated (``translate_to = "es"``), the finding is on the English
    look-alike, naming the Spanish word it renders; through ``check_paths`` on two real files."""
    from bilingo.check import check_paths
    from bilingo.translate.apertium import ApertiumTranslator

    (tmp_path / "nurse.en.txt").write_text("She actually works as a nurse in Austin.\n\nShe has two children.\n",
                                           encoding="utf-8")
    (tmp_path / "nurse.es.txt").write_text("Actualmente trabaja como enfermera en Austin.\n\nTiene dos hijos.\n",
                                           encoding="utf-8")
    paths = [str(tmp_path / "nurse.en.txt"), str(tmp_path / "nurse.es.txt")]
    report = check_paths(paths, Settings(translator="apertium", cache=False, translate_to="es"), ApertiumTranslator())
    (finding,) = [finding for finding in report.findings if finding.rule == "false-friend"]
    assert (finding.lang, finding.text, finding.line, finding.message) == (
        "en", "actually", 1, "currently ('Actualmente') in Spanish but in fact ('actually') in English")


def test_two_versions_in_one_language_have_no_false_friends():
    aligned = build_aligned(["She was actually there.", PLAIN_PAIR[0]], ["She was actually there.", PLAIN_PAIR[0]],
                            left_lang="en", right_lang="en")
    assert false_friends.check(aligned, Settings()) == []


def test_the_rule_can_be_ignored_runs_in_every_check_and_is_documented():
    assert _findings("The council approved the new policy.", "El concejo aprobó la nueva policía.",
                     Settings(disabled_rules={"false-friend"})) == []
    assert "bilingo.rules.false_friends" in CHECK_MODULES and "bilingo.rules.false_friends" in PAIR_CHECK_MODULES
    rule = RULES["false-friend"]
    assert rule.code == "BL213" and "actualmente" in rule.summary and "parientes" in rule.covers


# the first Spanish rendering of an English look-alike's meaning, turned into the Spanish look-alike
_TURNED = {"padres": "parientes", "Padres": "Parientes", "política": "policía", "políticas": "policías",
           "Política": "Policía", "éxito": "suceso", "Éxito": "Suceso", "éxitos": "sucesos", "lesiones": "injurias",
           "lesión": "injuria", "heridas": "injurias", "víctimas": "casualidades", "realmente": "actualmente",
           "Realmente": "Actualmente", "en realidad": "actualmente", "En realidad": "Actualmente",
           "de hecho": "actualmente", "De hecho": "Actualmente", "real": "actual", "reales": "actuales",
           "tela": "fábrica", "avergonzada": "embarazada", "avergonzado": "embarazado", "publicidad": "advertencia",
           "salida": "éxito", "salidas": "éxitos", "cuerda": "ropa", "conferencia": "lectura",
           "conferencias": "lecturas", "alfombra": "carpeta", "conservantes": "preservativos", "sensato": "sensible",
           "razonable": "sensible"}


def _meanings(text: str, lang: str) -> Counter:
    return Counter(meaning for meaning, _, _ in false_friends.meanings(text, lang))


@needs_corpus
def test_faithful_corpus_pairs_keep_their_cognates_and_turned_ones_are_found():
    """735 sentence pairs of the dev corpus say an English look-alike or a Spanish one; one is reported, a false
    friend of the corpus's own translation ("the actual extraction of money" / "el uso actual", WMT). With the first
    Spanish rendering of an English look-alike's meaning turned into the Spanish look-alike ("padres" → "parientes",
    "política" → "policía"), 182 of 190 are found (the rest say the meaning again in other words: "política" twice,
    "now" beside "actually", "advertising" beside "anuncios")."""
    english_look_alikes = {english for english, _ in false_friends.FALSE_FRIENDS}
    spanish_look_alikes = {spanish for _, spanish in false_friends.FALSE_FRIENDS}
    at_risk, reported, turned, found = 0, [], 0, 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = _meanings(en, "en"), _meanings(es, "es")
                if english_look_alikes.isdisjoint(english) and spanish_look_alikes.isdisjoint(spanish):
                    continue
                at_risk += 1
                if false_friends.changed(english, spanish):
                    reported.append(en)
                rendering = next(((start, end) for meaning, start, end in false_friends.meanings(es, "es")
                                  if meaning in english_look_alikes & set(english) and es[start:end] in _TURNED), None)
                if rendering is not None:
                    start, end = rendering
                    turned += 1
                    found += false_friends.changed(english, _meanings(es[:start] + _TURNED[es[start:end]] + es[end:],
                                                                      "es"))
    assert at_risk >= 700
    assert len(reported) == 1 and "the actual extraction of money" in reported[0]
    assert turned >= 180 and found >= turned - 9
