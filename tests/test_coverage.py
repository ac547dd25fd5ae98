"""Coverage rules find content present in one version only, on real news with known edits."""

from __future__ import annotations

import pytest

from bilingo.model import AlignedDocument, AlignedPair, Version
from bilingo.rules.coverage import check
from bilingo.score import similarity
from bilingo.settings import Settings
from corpus_edits import (
    aligned_document,
    apertium_translate,
    build_edit_suite,
    corpus_available,
    drop_sentences,
    flagged_indices,
    load_documents,
    source_document,
    translate_suite,
)

pytestmark = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus-dev is absent")


@pytest.fixture(scope="module")
def edit_suite():
    """30 small real documents (flores + wmt), each edited one way, translated in one Apertium batch."""
    flores = load_documents("flores200-devtest", 15, min_sentences=4)
    wmt = load_documents("wmt-newstest-2008-2010", 15, max_sentences=25)
    suite = build_edit_suite(flores) + build_edit_suite(wmt)
    return suite, translate_suite(suite)


def test_edited_documents_find_dropped_and_inserted_content(edit_suite):
    suite, translations = edit_suite
    settings = Settings()
    found = flagged = expected = 0
    kinds = set()
    for edited, translated in zip(suite, translations):
        findings = check(aligned_document(edited, translated, settings), settings)
        for rule, truth in (("only-in-en", edited.expected_only_in_en), ("only-in-es", edited.expected_only_in_es)):
            got = flagged_indices(findings, rule)
            found += len(got & truth)
            flagged += len(got)
            expected += len(truth)
        kinds.add(edited.edit.kind)
    assert kinds == {"drop", "drop-paragraph", "insert", "merge", "split", "none"}
    assert expected >= 10
    assert found / expected >= 0.9, f"recall {found}/{expected}"
    assert found / flagged >= 0.9, f"precision {found}/{flagged}"


def test_untouched_merged_and_split_documents_have_no_only_in_findings(edit_suite):
    suite, translations = edit_suite
    settings = Settings()
    clean = [(e, t) for e, t in zip(suite, translations) if e.edit.kind in ("none", "merge", "split")]
    assert len(clean) >= 6
    noisy = [
        edited.name
        for edited, translated in clean
        if any(f.rule.startswith("only-in") for f in check(aligned_document(edited, translated, settings), settings))
    ]
    assert len(noisy) <= 1, noisy


@pytest.fixture(scope="module")
def dropped_three():
    """A news article whose Spanish side lost three consecutive sentences."""
    document = load_documents("wmt-newstest-2008-2010", 1, min_sentences=15, max_sentences=30)[0]
    edited = drop_sentences(document, "es", 3)
    return edited, apertium_translate(edited.es)


def test_consecutive_unmatched_sentences_become_one_finding_spanning_them(dropped_three):
    edited, translated = dropped_three
    settings = Settings()
    aligned = aligned_document(edited, translated, settings)
    findings = [f for f in check(aligned, settings) if f.rule == "only-in-en"]
    assert len(findings) == 1
    finding = findings[0]
    first, last = min(edited.expected_only_in_en), max(edited.expected_only_in_en)
    segments = aligned.left.segments
    assert (finding.start, finding.end) == (segments[first].start, segments[last].end)
    assert finding.text == aligned.left.source.text[finding.start : finding.end]
    assert finding.lang == "en" and finding.severity == "error"
    assert finding.message.startswith("3 English sentences have no counterpart in the Spanish version (best match chrF")
    assert finding.evidence["counterpart"] in edited.es
    assert finding.evidence["score"] == finding.score < settings.low_similarity_threshold
    assert "translation" not in finding.evidence  # English was not translated


def test_disabled_rule_is_not_reported(dropped_three):
    edited, translated = dropped_three
    settings = Settings(disabled_rules={"only-in-en"})
    findings = check(aligned_document(edited, translated, settings), settings)
    assert not [f for f in findings if f.rule == "only-in-en"]


def test_spanish_only_sentence_carries_its_translation_as_evidence():
    document = load_documents("flores200-devtest", 1, min_sentences=5)[0]
    edited = drop_sentences(document, "en", 1)
    translated = apertium_translate(edited.es)
    settings = Settings()
    findings = check(aligned_document(edited, translated, settings), settings)
    only_in_es = [f for f in findings if f.rule == "only-in-es"]
    assert [f.evidence["segments"] for f in only_in_es] == [sorted(edited.expected_only_in_es)]
    (index,) = edited.expected_only_in_es
    assert only_in_es[0].evidence["translation"] == translated[index]
    assert only_in_es[0].lang == "es"
    assert "Spanish sentence has no counterpart in the English version" in only_in_es[0].message


def _forced_pair_document(en_sentences, es_sentences, translated, score):
    en_source, en_segments = source_document("story.en.txt", en_sentences)
    es_source, es_segments = source_document("story.es.txt", es_sentences)
    pair = AlignedPair(left=(0,), right=(0,), score=score, translation=translated[0])
    return AlignedDocument(Version(en_source, "en", en_segments), Version(es_source, "es", es_segments),
                           [pair], "right", translated)


@pytest.mark.parametrize("score, shown", [(0.2496, "chrF 0.24, below 0.25"), (0.24, "chrF 0.24, below 0.25"),
                                          (0.1, "chrF 0.10, below 0.25")])
def test_a_score_just_under_the_threshold_reads_as_under_it(score, shown):
    """0.2496 used to read "chrF 0.25, below 0.25" (flores, untouched)."""
    document = load_documents("flores200-devtest", 1, min_sentences=3)[0]
    en, es = [document.en[0]], [document.es[0]]
    (finding,) = check(_forced_pair_document(en, es, [document.en[0]], score), Settings(match_threshold=0.05))
    assert shown in finding.message and finding.evidence["score"] == score


def test_pair_below_match_threshold_counts_as_unmatched_on_both_sides():
    document = load_documents("flores200-devtest", 2, min_sentences=3)
    en, es = [document[0].en[0]], [document[1].es[0]]  # sentences of two different articles
    translated = apertium_translate(es)
    score = similarity(translated[0], en[0])
    settings = Settings(match_threshold=score + 0.01, low_similarity_threshold=score + 0.02)
    findings = check(_forced_pair_document(en, es, translated, score), settings)
    assert sorted(f.rule for f in findings) == ["only-in-en", "only-in-es"]


def test_pair_between_thresholds_gets_a_low_similarity_warning():
    document = load_documents("flores200-devtest", 1, min_sentences=3)[0]
    en, es = [document.en[0]], [document.es[0]]
    translated = apertium_translate(es)
    score = similarity(translated[0], en[0])
    settings = Settings(match_threshold=score - 0.01, low_similarity_threshold=score + 0.01)
    findings = check(_forced_pair_document(en, es, translated, score), settings)
    assert [f.rule for f in findings] == ["low-similarity"]
    assert findings[0].severity == "warning" and findings[0].path == "story.es.txt"
    assert findings[0].evidence["translation"] == translated[0]
    assert findings[0].evidence["counterpart"] == en[0]
    assert check(_forced_pair_document(en, es, translated, score), Settings(match_threshold=0.0,
                 low_similarity_threshold=score - 0.01)) == []


def test_same_language_versions_report_only_in_en_naming_the_file():
    document = load_documents("wmt-newstest-2008-2010", 1, min_sentences=10, max_sentences=30)[0]
    original = list(document.en)
    rewrite = original[:3] + original[5:]
    from bilingo.align import align

    settings = Settings()
    left_source, left_segments = source_document("original.txt", original)
    right_source, right_segments = source_document("rewrite.txt", rewrite)
    pairs = [AlignedPair(l, r, s) for l, r, s in align(original, rewrite, settings)]
    aligned = AlignedDocument(Version(left_source, "en", left_segments), Version(right_source, "en", right_segments),
                              pairs, None, [])
    findings = [f for f in check(aligned, settings) if f.rule.startswith("only-in")]
    assert len(findings) == 1
    assert findings[0].rule == "only-in-en"
    assert findings[0].evidence["segments"] == [3, 4]
    assert findings[0].evidence["input"] == "original.txt" and findings[0].evidence["side"] == "left"
    assert findings[0].message.startswith("2 sentences present only in original.txt")


# --- low-similarity on short pairs and headlines (issue 7) -------------------------------------------

def _wmt_pair(doc_id: str, index: int) -> tuple[str, str]:
    document = next(d for d in load_documents("wmt-newstest-2008-2010", None) if d.doc_id == doc_id)
    return document.en[index], document.es[index]


def _low_similarity_of(en: str, es: str, settings: Settings = Settings()) -> tuple[float, list]:
    translated = apertium_translate([es])
    score = similarity(translated[0], en)
    findings = check(_forced_pair_document([en], [es], translated, score), settings)
    return score, [f for f in findings if f.rule == "low-similarity"]


def test_faithful_pairs_of_a_few_words_are_not_judged():
    """"Un consejo." / "An advice." scores 0.09 and "Pues no." / "But this was not." 0.12: chrF over a
    dozen characters says nothing, and these used to be warnings on untouched WMT articles."""
    for doc_id, index in (("news-test2008:elmundo/2007/12/02/119", 23), ("newstest2009:elmundo/2008/09/29/4950", 9)):
        en, es = _wmt_pair(doc_id, index)
        score, found = _low_similarity_of(en, es)
        assert Settings().match_threshold <= score < Settings().low_similarity_threshold, (en, score)
        assert found == [], en


def test_short_faithful_sentence_and_headline_need_a_lower_score():
    """"Fue declarada muerta en el lugar." (6 words, 0.19) and the headline "Se espera que la reserva
    federal recortará las tasas para levantar la Bolsa" (13 words, no full stop, 0.22) are faithful;
    against 0.15 rather than 0.25 they are quiet."""
    for doc_id, index in (("news-test2008:nytimes/2007/11/29/53311", 19),):
        en, es = _wmt_pair(doc_id, index)
        score, found = _low_similarity_of(en, es)
        assert 0.15 <= score < 0.25 and found == [], (en, score)
    headline = next(d for d in load_documents("wmt-newstest-2008-2010", None)
                    if d.es[0].startswith("Se espera que la reserva federal"))
    score, found = _low_similarity_of(headline.en[0], headline.es[0])
    assert len(headline.en[0].split()) >= 10 and 0.15 <= score < 0.25 and found == [], score


@pytest.mark.parametrize("english, spanish, expected", [
    # through Apertium's "El voto era 4-1.", chrF 0.11: the same tally in other words
    ("The vote was 4-1.", "La votación fue de 4 a 1.", []),
    # a brief pair with no number to agree on is still judged
    ("The mayor was not there.", "Las escuelas cerrarán el lunes.", ["The mayor was not there."]),
    # the same event on both sides, and no other (chrF 0.14); the event said otherwise is still judged too
    ("The game is sold out.", "No quedan boletos para el partido.", []),
    ("The game is sold out.", "Quedan boletos para el partido.", ["The game is sold out."]),
])
def test_a_brief_pair_whose_numbers_agree_is_not_judged(tmp_path, english, spanish, expected):
    from bilingo.check import check_paths
    from bilingo.translate.apertium import ApertiumTranslator

    context_en = "The measure passed after a long debate over the cost of the new library."
    context_es = "La medida fue aprobada tras un largo debate sobre el costo de la nueva biblioteca."
    (tmp_path / "a.en.txt").write_text(f"{context_en}\n\n{english}\n", encoding="utf-8")
    (tmp_path / "a.es.txt").write_text(f"{context_es}\n\n{spanish}\n", encoding="utf-8")
    paths = [str(tmp_path / "a.en.txt"), str(tmp_path / "a.es.txt")]
    report = check_paths(paths, Settings(translator="apertium", cache=False, translate_to="es"), ApertiumTranslator())
    assert [f.text for f in report.findings if f.rule == "low-similarity"] == expected


def test_short_sentence_and_headline_that_say_something_else_are_still_reported():
    """The same Spanish sentence and headline against an English sentence of another article score under
    0.15: reported, with the lowered threshold in the message and the evidence."""
    short_es = _wmt_pair("news-test2008:nytimes/2007/11/29/53311", 19)[1]
    headline = next(d for d in load_documents("wmt-newstest-2008-2010", None)
                    if d.es[0].startswith("Se espera que la reserva federal")).es[0]
    for es, en in ((short_es, "Two mountain bikes hung from hooks off to one side."),
                   (headline, "Ski slope is created in city park")):
        score, found = _low_similarity_of(en, es)
        assert [f.text for f in found] == [es], (es, score)
        assert found[0].evidence["threshold"] == 0.15 and "below 0.15" in found[0].message


def test_punctuation_left_on_its_own_is_not_content_only_in_one_version(tmp_path):
    """A source paragraph that starts ". Scientists say..." (flores has one) leaves a "." the segmenter cannot
    attach, and a "* * *" marks a section break in the English version only: neither is a sentence that one
    version lacks. A real sentence added beside them still is."""
    from bilingo.check import check_paths

    document = load_documents("flores200-devtest", 1, min_sentences=4)[0]
    english = [document.en[0], ". " + document.en[1], "* * *", *document.en[2:4]]
    added = "The museum will reopen its dinosaur hall to the public next spring."
    settings = Settings(translator="apertium", cache=False)
    (tmp_path / "story.es.txt").write_text("\n\n".join(document.es[:4]) + "\n", encoding="utf-8")
    for name, paragraphs in (("clean", english), ("added", english + [added])):
        (tmp_path / f"{name}.en.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    from bilingo.translate import create_translator

    translator = create_translator(settings)
    clean = check_paths([str(tmp_path / "clean.en.txt"), str(tmp_path / "story.es.txt")], settings, translator)
    assert [f for f in clean.findings if f.rule.startswith("only-in")] == []
    report = check_paths([str(tmp_path / "added.en.txt"), str(tmp_path / "story.es.txt")], settings, translator)
    only_in_en = [f for f in report.findings if f.rule == "only-in-en"]
    assert [finding.text for finding in only_in_en] == [added]


INTERVIEW_EN = ["Not long ago, you celebrated your 30th birthday; did you go through a crisis?", "Absolutely I didn't.",
                "I've never felt better, I like being 30 years old.", "I'm not scared by the biological clock."]
INTERVIEW_ES = ["Has cumplido no hace mucho los 30, ¿te ha entrado crisis?", "Qué va.",
                "Me siento mejor que nunca, a mí los 30 me gustan.", "A mí, el reloj biológico no me asusta."]


def _only_in_texts(tmp_path, english: list[str], spanish: list[str]) -> list[str]:
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    (tmp_path / "talk.en.txt").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    (tmp_path / "talk.es.txt").write_text("\n\n".join(spanish) + "\n", encoding="utf-8")
    report = check_paths([str(tmp_path / "talk.en.txt"), str(tmp_path / "talk.es.txt")], settings,
                         create_translator(settings))
    return [finding.text for finding in report.findings if finding.rule.startswith("only-in")]


def test_short_sentences_facing_each_other_unmatched_are_a_free_translation(tmp_path):
    """A real WMT interview: "Absolutely I didn't." / "Qué va." share no character n-grams; the aligner leaves
    both unmatched, in the same place. Too short to judge, as a low-similarity pair of a few words is."""
    assert _only_in_texts(tmp_path, INTERVIEW_EN, INTERVIEW_ES) == []


@pytest.mark.parametrize("spanish_answer, expected", [
    (None, ["Absolutely I didn't."]),  # the answer dropped from the Spanish version
    ("El museo reabrirá su sala de dinosaurios al público la próxima primavera.",  # a long sentence faces it
     ["Absolutely I didn't.", "El museo reabrirá su sala de dinosaurios al público la próxima primavera."]),
])
def test_a_short_sentence_facing_nothing_or_a_long_one_is_still_reported(tmp_path, spanish_answer, expected):
    spanish = [INTERVIEW_ES[0], *([spanish_answer] if spanish_answer else []), *INTERVIEW_ES[2:]]
    assert _only_in_texts(tmp_path, INTERVIEW_EN, spanish) == expected


DESIGNER_EN = [
    "The designer arrived in Madrid on Monday to present her new collection.",
    "She and her sister love the films of the fifties and sixties. It is their main source of inspiration.",
    "The collection will be in shops from the first week of March.",
]
DESIGNER_ES = [
    "La diseñadora llegó a Madrid el lunes para presentar su nueva colección.",
    "A ella y a su hermana les encanta el cine de los años cincuenta y sesenta; de ahí sacan muchas referencias.",
    "La colección estará en las tiendas a partir de la primera semana de marzo.",
]


def test_a_sentence_joined_to_its_neighbour_and_translated_freely_is_not_missing(tmp_path):
    """The Spanish joins with ";" what the English says in two sentences, and the English says the second freely
    ("It is their main source of inspiration" / "de ahí sacan muchas referencias"): no words in common, but the
    matched sentence beside it lacks just its length."""
    assert _only_in_texts(tmp_path, DESIGNER_EN, DESIGNER_ES) == []


def test_a_sentence_dropped_beside_a_faithful_pair_is_still_missing(tmp_path):
    """The same article with the Spanish clause gone: the sentences beside the English one agree in length, so it is
    content the Spanish version lacks."""
    spanish = [DESIGNER_ES[0], DESIGNER_ES[1].replace("; de ahí sacan muchas referencias", ""), DESIGNER_ES[2]]
    assert _only_in_texts(tmp_path, DESIGNER_EN, spanish) == ["It is their main source of inspiration."]


def test_short_sentences_that_differ_between_two_english_versions_are_reported(tmp_path):
    """Same language, no translation in between: the words compare directly, and a short answer rewritten is an
    edit, reported in both versions."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    edited = [INTERVIEW_EN[0], "Yes, of course.", *INTERVIEW_EN[2:]]
    (tmp_path / "first.en.txt").write_text("\n\n".join(INTERVIEW_EN) + "\n", encoding="utf-8")
    (tmp_path / "second.en.txt").write_text("\n\n".join(edited) + "\n", encoding="utf-8")
    report = check_paths([str(tmp_path / "first.en.txt"), str(tmp_path / "second.en.txt")], settings,
                         create_translator(settings))
    assert sorted(f.text for f in report.findings if f.rule == "only-in-en") == ["Absolutely I didn't.",
                                                                                  "Yes, of course."]


def test_a_run_of_unmatched_sentences_is_split_where_the_other_language_lies_between(tmp_path):
    """A bilingual table: an English sentence added at the end of one row, and a row with no Spanish after it.
    The two are consecutive English sentences, but the row's Spanish cell lies between them: two findings,
    neither spanning (nor showing) Spanish text."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    document = load_documents("flores200-devtest", 1, min_sentences=4)[0]
    added = "The museum will reopen its dinosaur hall to the public next spring."
    extra_row = "Tickets for the first weekend are already sold out."
    rows = [(document.en[0], document.es[0]), (document.en[1], document.es[1]),
            (f"{document.en[2]} {added}", document.es[2]), (extra_row, ""), (document.en[3], document.es[3])]
    table = "| English | Español |\n|---|---|\n" + "".join(f"| {en} | {es} |\n" for en, es in rows)
    (tmp_path / "story.md").write_text(table, encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(tmp_path / "story.md")], settings, create_translator(settings))
    only_in_en = [finding for finding in report.findings if finding.rule == "only-in-en"]
    assert [finding.text for finding in only_in_en] == [added, extra_row]
    assert [finding.line for finding in only_in_en] == [5, 6]
    for finding in only_in_en:
        assert document.es[2] not in table[finding.start : finding.end]


BUDGET_EN = ["The city council approved a new budget on Monday after a long debate about school funding.",
             "The mayor said the plan would add 300 teachers next year, according to a statement.",
             "Opponents argued that the tax increase would hurt small businesses in the downtown area."]
BUDGET_ES = ["El concejo municipal aprobó un nuevo presupuesto el lunes tras un largo debate sobre la financiación escolar.",
             "El alcalde dijo que el plan añadiría 300 maestros el próximo año, según un comunicado.",
             "Los opositores argumentaron que el aumento de impuestos perjudicaría a los pequeños negocios del centro."]
BYLINE = "María José Fernández"


@pytest.mark.parametrize("layout", ["alternating, byline on top", "whole, byline on top", "whole, byline at the end",
                                    "alternating, date on top"])
def test_a_byline_written_once_for_both_versions_of_a_file_is_not_missing_from_either(layout, tmp_path):
    """A name or a date alone, heading or ending a file that holds both versions, belongs to both: it went to one
    version by its place and was reported as missing from the other, an error on every such article."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    head = "01/12/2026" if "date" in layout else BYLINE
    body = ([p for pair in zip(BUDGET_EN, BUDGET_ES) for p in pair] if layout.startswith("alternating")
            else BUDGET_EN + BUDGET_ES)
    paragraphs = body + [head] if "end" in layout else [head] + body
    path = tmp_path / "budget.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    assert report.findings == []


def test_a_byline_in_one_of_two_files_is_still_missing_from_the_other(tmp_path):
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    (tmp_path / "budget.en.txt").write_text("\n\n".join([BYLINE, *BUDGET_EN]) + "\n", encoding="utf-8")
    (tmp_path / "budget.es.txt").write_text("\n\n".join(BUDGET_ES) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(tmp_path / "budget.en.txt"), str(tmp_path / "budget.es.txt")], settings,
                         create_translator(settings))
    assert [(f.rule, f.text) for f in report.findings] == [("only-in-en", BYLINE)]


def _check_two(tmp_path, english: list[str], spanish: list[str], settings: Settings | None = None):
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = settings or Settings(translator="apertium", cache=False)
    (tmp_path / "story.en.txt").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    (tmp_path / "story.es.txt").write_text("\n\n".join(spanish) + "\n", encoding="utf-8")
    return check_paths([str(tmp_path / "story.en.txt"), str(tmp_path / "story.es.txt")], settings,
                       create_translator(settings))


@pytest.fixture(scope="module")
def wmt_story():
    """The first six sentences of a real WMT article first written in English or Spanish, one paragraph per
    sentence: the first article whose six are one sentence each on both sides, so that a paragraph is a sentence."""
    from bilingo.segment import split_sentences

    for document in load_documents("wmt-newstest-2008-2010", 200, min_sentences=6, origlangs=("en", "es")):
        english, spanish = document.en[:6], document.es[:6]
        if all(len(split_sentences(text, lang)) == 1 for texts, lang in ((english, "en"), (spanish, "es"))
               for text in texts):
            return english, spanish
    pytest.skip("no WMT article of six one-sentence paragraphs")


def test_a_paragraph_moved_in_one_version_is_moved_not_missing(tmp_path, wmt_story):
    """Editors reorder paragraphs when they translate. The monotone aligner leaves the moved paragraph unmatched
    on both sides; it was two only-in errors, which failed CI over text that both versions hold."""
    english, spanish = wmt_story
    moved_spanish = [spanish[0], spanish[4], spanish[1], spanish[2], spanish[3], spanish[5]]
    report = _check_two(tmp_path, english, moved_spanish)
    assert [f for f in report.findings if f.rule.startswith("only-in")] == []
    moved = [f for f in report.findings if f.rule == "moved"]
    assert [(f.lang, f.text, f.severity) for f in moved] == [("en", english[4], "info"), ("es", spanish[4], "info")]
    assert moved[0].evidence["counterpart"] == spanish[4] and moved[1].evidence["counterpart"] == english[4]
    assert "story.es.txt:3" in moved[0].message and "story.en.txt:9" in moved[1].message


def test_a_dropped_paragraph_and_an_added_one_elsewhere_are_not_a_move(tmp_path, wmt_story):
    english, spanish = wmt_story
    added = "El museo reabrirá su sala de dinosaurios al público la próxima primavera."
    report = _check_two(tmp_path, english, [spanish[0], added, spanish[1], spanish[2], spanish[3], spanish[5]])
    assert [f for f in report.findings if f.rule == "moved"] == []
    assert sorted((f.rule, f.text) for f in report.findings if f.rule.startswith("only-in")) == [
        ("only-in-en", english[4]), ("only-in-es", added)]


def test_a_move_ignored_by_the_newsroom_is_not_reported_as_missing_either(tmp_path, wmt_story):
    english, spanish = wmt_story
    moved_spanish = [spanish[0], spanish[4], spanish[1], spanish[2], spanish[3], spanish[5]]
    settings = Settings(translator="apertium", cache=False, disabled_rules={"moved"})
    report = _check_two(tmp_path, english, moved_spanish, settings)
    assert [f.rule for f in report.findings if f.rule in ("moved", "only-in-en", "only-in-es")] == []


def test_sentences_moved_in_real_articles_are_moves_not_missing(tmp_path):
    """20 WMT articles and 20 flores ones, each with one Spanish sentence moved two to nine places down. A move of
    a loosely translated sentence (chrF under ``MOVED_MIN_SCORE``) stays two only-in errors; most are moves."""
    import random

    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    documents = load_documents("wmt-newstest-2008-2010", 300, min_sentences=8, max_sentences=30,
                               origlangs=("en", "es"))[:20] + load_documents("flores200-devtest", 300, min_sentences=5)[:20]
    settings = Settings(translator="apertium", cache=False)
    translator = create_translator(settings)
    clean = 0
    for number, document in enumerate(documents):
        rng = random.Random(number)
        first = rng.randrange(1, len(document.es) - 2)
        last = rng.randrange(first + 2, len(document.es))
        spanish = list(document.es)
        spanish.insert(last - 1, spanish.pop(first))
        (tmp_path / f"{number}.en.txt").write_text("\n\n".join(document.en) + "\n", encoding="utf-8")
        (tmp_path / f"{number}.es.txt").write_text("\n\n".join(spanish) + "\n", encoding="utf-8")
        report = check_paths([str(tmp_path / f"{number}.en.txt"), str(tmp_path / f"{number}.es.txt")], settings,
                             translator)
        rules = [finding.rule for finding in report.findings]
        if "moved" in rules and not any(rule.startswith("only-in") for rule in rules):
            clean += 1
    assert len(documents) == 40
    assert clean >= 32, f"{clean} of 40 moves reported as moves alone"


def test_a_moved_paragraph_is_still_compared_with_its_counterpart(tmp_path, wmt_story):
    """A paragraph moved in translation and edited too: the move is information, the changed number an error."""
    english, spanish = wmt_story
    english = [*english[:4], "Council member Ana Ruiz voted against it, saying it did not do enough for 12 schools.",
               english[5]]
    moved = "La concejala Ana Ruiz votó en contra, al decir que no hacía lo suficiente por 21 escuelas."
    report = _check_two(tmp_path, english, [spanish[0], moved, *spanish[1:4], spanish[5]])
    assert sorted((f.rule, f.lang) for f in report.findings if f.rule in ("moved", "number-mismatch")) == [
        ("moved", "en"), ("moved", "es"), ("number-mismatch", "es")]
    (number,) = [f for f in report.findings if f.rule == "number-mismatch"]
    assert number.text == "21" and number.severity == "error"


def test_a_sentence_added_to_one_version_in_the_other_language_is_named_by_its_language(tmp_path):
    """A sentence pasted into the Spanish version in English, which the English version lacks: the Spanish version
    holds content the English lacks (only-in-es) written in English (untranslated). The message says "in English in
    the Spanish version", not "Spanish sentence", which would send the editor looking for Spanish."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    added = "The vote came after three hours of public comment."
    (tmp_path / "vote.en.txt").write_text("\n\n".join(INTERVIEW_EN) + "\n", encoding="utf-8")
    (tmp_path / "vote.es.txt").write_text("\n\n".join([*INTERVIEW_ES[:3], INTERVIEW_ES[3] + " " + added]) + "\n",
                                          encoding="utf-8")
    report = check_paths([str(tmp_path / "vote.en.txt"), str(tmp_path / "vote.es.txt")], settings,
                         create_translator(settings))
    only_in_es = [finding for finding in report.findings if finding.rule == "only-in-es"]
    assert [finding.text for finding in only_in_es] == [added]
    assert only_in_es[0].message.startswith("Sentence in English in the Spanish version has no counterpart in the "
                                            "English version")
    assert [f.text for f in report.findings if f.rule == "untranslated"] == [added]


@pytest.mark.parametrize("spanish_last, expected", [
    ("Su fianza se fijó en 15 mil dólares.", []),  # the same amount: a free translation chrF cannot see
    ("Su fianza se fijó en 20 mil dólares.", ["His bond was set at $15,000.", "Su fianza se fijó en 20 mil dólares."]),
    ("El sospechoso tiene antecedentes por robo en otros dos condados del estado, informó la policía, y su fianza"
     " se fijó en 15 mil dólares tras una audiencia.",
     ["His bond was set at $15,000.", "El sospechoso tiene antecedentes por robo en otros dos condados del estado,"
      " informó la policía, y su fianza se fijó en 15 mil dólares tras una audiencia."]),  # far longer: content
])
def test_facing_sentences_that_give_the_same_amount_are_a_free_translation(tmp_path, spanish_last, expected):
    english = ["San Antonio police on Friday arrested a 27-year-old man accused of stealing merchandise.",
               "An employee called 911, and officers caught him about three blocks away.",
               "His bond was set at $15,000."]
    spanish = ["La policía de San Antonio arrestó el viernes a un hombre de 27 años acusado de robar mercancía.",
               "Un empleado llamó al 911 y los agentes lo detuvieron a unas tres cuadras.", spanish_last]
    assert _only_in_texts(tmp_path, english, spanish) == expected


OBITUARY_EN = ["Rosa Elena Garza, who opened Panadería La Rosa on Guadalupe Street in 1962 and ran it for more than "
               "five decades, died Sunday at her home. She was 91.",
               "Her daughter, Linda Garza-Ruiz, said her mother died peacefully, surrounded by family."]
OBITUARY_ES = ["Rosa Elena Garza, quien abrió la Panadería La Rosa en la calle Guadalupe en 1962 y la dirigió durante "
               "más de cinco décadas, murió el domingo en su casa. Tenía {age} años.",
               "Su hija, Linda Garza-Ruiz, dijo que su madre murió en paz, rodeada de su familia."]


@pytest.mark.parametrize("age, expected", [(91, []), (81, ["91 in English but 81 in Spanish"])])
def test_short_sentences_facing_each_other_unmatched_are_compared_as_a_pair(tmp_path, age, expected):
    """"She was 91." / "Tenía 91 años." score too low for the aligner to pair them (chrF 0.13), and as a free
    translation too short to judge they are not reported as missing: a changed age there was reported by no rule."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    (tmp_path / "obituary.en.txt").write_text("\n\n".join(OBITUARY_EN) + "\n", encoding="utf-8")
    (tmp_path / "obituary.es.txt").write_text("\n\n".join(OBITUARY_ES).format(age=age) + "\n", encoding="utf-8")
    report = check_paths([str(tmp_path / "obituary.en.txt"), str(tmp_path / "obituary.es.txt")], settings,
                         create_translator(settings))
    assert [finding.message for finding in report.findings] == expected


def test_a_low_similarity_that_another_rule_explains_is_left_to_that_rule():
    """"charged with burglary" / "acusado de asesinato": the pair's chrF is low because the charge changed, which
    name-mismatch names; the editor gets that one finding. A pair no other rule reads keeps its low-similarity."""
    from aligned_builder import aligned_pair
    from bilingo.check import StageTimer, run_checks

    explained = run_checks(aligned_pair("He was charged with burglary.", "Fue acusado de asesinato."), Settings(),
                           StageTimer())
    assert [finding.rule for finding in explained] == ["name-mismatch"]
    unexplained = run_checks(aligned_pair("Most of the growth came from grain exports to Asia.",
                                          "Los pescadores protestaron contra el ruido de las obras nocturnas."),
                             Settings(), StageTimer())
    assert [finding.rule for finding in unexplained] == ["low-similarity"]
