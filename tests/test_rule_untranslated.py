"""untranslated: English left in the Spanish version (and the reverse), whole sentences and runs of words."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, build_aligned, build_aligned_documents, clean_corpus_documents, \
    corpus_records, corpus_spec
from bilingo.rules import untranslated
from bilingo.rules.untranslated import PASSTHROUGH_RATIO, may_reach_passthrough, passthrough_ratio, words_of
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")

# Real pairs: the seed article and wmt newstest 2008
WELCOME_EN = ("White House press secretary Karine Jean-Pierre said the United States would welcome those who choose "
              "not to go to Putin’s war.")
WELCOME_ES = ("La secretaria de prensa de la Casa Blanca, Karine Jean-Pierre, dijo que Estados Unidos acogería a "
              "quienes decidan no ir a la guerra de Putin.")
INFLATION_EN = "Official forecasts predicted just 3 percent, Bloomberg said."
INFLATION_ES = "Según los pronósticos oficiales, se esperaba sólo un 3 por ciento, informó Bloomberg."


def test_english_sentence_left_in_the_spanish_version_is_reported():
    aligned = build_aligned([INFLATION_EN, WELCOME_EN], [INFLATION_ES, WELCOME_EN])
    (finding,) = untranslated.check(aligned, Settings())
    assert finding.rule == "untranslated" and finding.severity == "error"
    assert finding.lang == "es" and finding.evidence["side"] == "right"
    assert aligned.right.source.text[finding.start : finding.end] == WELCOME_EN
    assert finding.evidence["identified"] == "en"
    assert finding.evidence["counterpart"] == WELCOME_EN
    assert finding.evidence["passthrough"] >= 0.9  # Apertium es->en handed it back almost unchanged


def test_spanish_sentence_left_in_the_english_version_is_reported():
    aligned = build_aligned([INFLATION_EN, WELCOME_ES], [INFLATION_ES, WELCOME_ES])
    (finding,) = untranslated.check(aligned, Settings())
    assert finding.evidence["side"] == "left" and finding.text == WELCOME_ES
    assert "Spanish in the English version" in finding.message


# tico19 Wikinews_6: a sentence that is mostly a quotation
PANDEMIC_EN = 'He continued, "and we have never before seen a pandemic that can be controlled at the same time."'
PANDEMIC_ES = '"Y nunca antes habíamos visto una pandemia que se pueda controlar al mismo tiempo", agregó.'


def test_a_quoted_sentence_copied_into_the_other_version_is_reported():
    """A quotation written the same in both versions is usually a title both keep; not when
    the whole sentence is the other version's copy."""
    aligned = build_aligned([INFLATION_EN, PANDEMIC_ES], [INFLATION_ES, PANDEMIC_ES])
    (finding,) = untranslated.check(aligned, Settings())
    assert finding.evidence["side"] == "left" and finding.text == PANDEMIC_ES
    assert untranslated.check(build_aligned([INFLATION_EN, PANDEMIC_EN], [INFLATION_ES, PANDEMIC_ES]), Settings()) == []


def test_english_clause_inside_a_spanish_sentence_is_reported_as_a_run():
    clause = "and they should do that"
    es = "Damos la bienvenida a todos los que buscan asilo, " + clause + ", dijo Jean-Pierre."
    en = "“We welcome any folks who are seeking asylum, and they should do that,” Jean-Pierre said."
    (finding,) = untranslated.check(build_aligned([en], [es]), Settings())
    assert finding.text == clause
    assert finding.message == "5 words in English inside a Spanish sentence"


def test_translated_pairs_of_the_seed_and_wmt_are_clean():
    aligned = build_aligned([INFLATION_EN, WELCOME_EN], [INFLATION_ES, WELCOME_ES])
    assert untranslated.check(aligned, Settings()) == []


@pytest.mark.parametrize(
    "es",
    [
        "El Black Friday y las fake news dominaron el show de marketing online de este año.",
        "Vimos «The Walking Dead» y «Breaking Bad» durante el fin de semana largo.",
        "Más información en https://www.example.com/the-news-of-the-day y en #BlackLivesMatter.",
        "La Casa Blanca, el Departamento de Estado y la agencia Reuters confirmaron la noticia.",
    ],
)
def test_names_titles_loanwords_urls_and_hashtags_are_not_reported(es):
    en = "This year the show was dominated by Black Friday and fake news."
    assert untranslated.check(build_aligned([en], [es]), Settings()) == []


def test_exceptions_are_masked_words():
    words = words_of("El Black Friday llegó a #Madrid con «The Walking Dead».", "es")
    assert [w.text for w in words if not w.masked] == ["El", "llegó", "a", "con"]


def test_passthrough_ratio_measures_how_much_mt_left_unchanged():
    assert passthrough_ratio(WELCOME_EN, WELCOME_EN) == 1.0
    assert passthrough_ratio(WELCOME_ES, WELCOME_EN) < 0.6


def test_passthrough_is_ruled_out_only_where_the_ratio_cannot_reach_it():
    texts = [WELCOME_EN, WELCOME_ES, INFLATION_EN, INFLATION_ES, WELCOME_EN.upper(), WELCOME_EN[:-12],
             WELCOME_EN.replace("war", "guerra"), "", "  ", "a"]
    for text in texts:
        for translation in texts:
            if passthrough_ratio(text, translation) >= PASSTHROUGH_RATIO:
                assert may_reach_passthrough(text, translation), (text, translation)
    assert may_reach_passthrough(WELCOME_EN, WELCOME_EN.replace("war", "guerra"))
    assert not may_reach_passthrough(WELCOME_ES, WELCOME_EN)


def test_allowed_phrases_urls_and_handles_are_masked_wherever_they_occur():
    words = words_of("Check in vitro the swing states, e-mail-based WWW.Example.com a@b.co y el reality show", "es")
    masked = [w.text for w in words if w.masked]
    # "in vitro" overlaps "check in"; "e-mail" is only part of the word "e-mail-based"
    assert masked == ["Check", "in", "vitro", "swing", "states", "WWW", "Example", "com", "a", "b", "co", "reality",
                      "show"]
    words = words_of("the swing statesman shows no showing", "es")
    assert [w.text for w in words if w.masked] == ["shows"]


def test_disabled_rule_reports_nothing():
    aligned = build_aligned([INFLATION_EN, WELCOME_EN], [INFLATION_ES, WELCOME_EN])
    assert untranslated.check(aligned, Settings(disabled_rules={"untranslated"})) == []


@needs_corpus
def test_few_findings_on_untouched_flores_documents():
    documents = clean_corpus_documents("flores200-devtest", 60)
    findings = [f for d in documents for f in untranslated.check(d, Settings())]
    # measured: 0 findings on these 60 documents (0 on all 281 flores, 1 true one on 100 wmt documents)
    assert len(findings) / len(documents) < 0.2


@needs_corpus
def test_english_sentences_left_in_spanish_are_found():
    specs, expected = [], []
    for record in corpus_records("flores200-devtest", 40):
        index = len(record["en"]) // 2
        es_side = list(record["es"])
        es_side[index] = record["en"][index]
        specs.append(corpus_spec(record, es=es_side))
        expected.append(index)
    documents = build_aligned_documents(specs)
    found = sum(
        any(f.evidence["side"] == "right" and index in f.evidence["segments"]
            for f in untranslated.check(document, Settings()))
        for document, index in zip(documents, expected)
    )
    assert found / len(specs) >= 0.9


def test_a_counterpart_that_keeps_no_quoted_stretch_leaves_the_words_as_without_one():
    """``check`` takes the prepared analysis of a quoting sentence (``_quoting_analysis``) unless its counterpart
    keeps one of its quoted stretches (``_counterpart_keeps``): the analysis must be the one of ``words_of`` with
    that counterpart, whichever it is."""
    import random

    from bilingo.rules.untranslated import _counterpart_keeps, _quoting_analysis, analyse

    rng = random.Random(3)
    pieces = ["Diario de un poeta", "the book", "dijo", "que", "El Libro", "un", "of the", "“", "”", '"', "«", "»",
              "recién casado", "said", "We Know", "es", "and", "la casa"]
    kept = said = 0
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 12)))
        counterpart = rng.choice([text, "", " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))])
        for lang in ("en", "es"):
            prepared, stretches = _quoting_analysis(text, lang)
            expected = analyse(words_of(text, lang, counterpart), lang)
            if _counterpart_keeps(text, counterpart, stretches):
                kept += 1
            else:
                said += 1
                assert prepared == expected, (text, counterpart)
    assert kept > 10 and said > 100
