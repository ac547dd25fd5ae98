"""Single-file mode finds the English/Spanish parts of one bilingual file that translate each other.

Real documents of the dev corpus are rendered into every layout a bilingual page uses
(whole versions with and without a separator, alternating paragraphs, uneven runs,
inline ``//`` pairs, Markdown and HTML two-column tables, a monolingual page with a
paired part), with and without a sentence or paragraph dropped from one side, then read,
segmented and language-identified by the real pipeline. Each rendered sentence knows
its language and whether it belongs to the compared pair or to the monolingual body,
so the plan's pairing accuracy can be measured per layout.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aligned_builder import corpus_records
from corpus_edits import (
    CorpusDocument,
    EditedDocument,
    apertium_translate,
    corpus_available,
    drop_paragraph,
    drop_sentences,
    load_documents,
    untouched,
)

from bilingo.errors import InputError
from bilingo.evaluation.perturb import untranslate_sentence
from bilingo.model import AlignedDocument, AlignedPair, Block, Segment, SourceDocument
from bilingo.sections import SectionPlan, anchor_similarity, find_sections, split_inline_pairs
from bilingo.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "elamerican-asylum-russians.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "single"

needs_corpus = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus-dev is absent")


def read_and_label(path: Path) -> tuple[SourceDocument, list[Segment]]:
    """The pipeline's own read → segment → identify language stages."""
    from bilingo.langid import identify_many
    from bilingo.read import read_document
    from bilingo.segment import segment_document

    source = read_document(str(path))
    segments = segment_document(source)
    for segment, lang in zip(segments, identify_many([segment.text for segment in segments])):
        segment.lang = lang
    return source, segments


def plan_for(path: Path, settings: Settings | None = None) -> tuple[SourceDocument, SectionPlan]:
    source, segments = read_and_label(path)
    return source, find_sections(source, segments, settings or Settings())


# --- the seed: an English article whose author bio alone is paired -----------------------


def test_the_seed_article_pairs_its_bio_and_reports_the_body_once_as_monolingual():
    source, plan = plan_for(SEED)
    text = source.text

    assert plan.layout == "partial"
    assert len(plan.pairs) == 1
    english, spanish = plan.pairs[0]
    assert [s.text for s in english.segments] == [
        "Sabrina Martín Rondon is a Venezuelan journalist.",
        "Her source is politics and economics.",
        "She is a specialist in corporate communications and is committed to the task of dismantling the"
        " supposed benefits of socialism",
    ]
    assert [s.text for s in spanish.segments] == [
        "Sabrina Martín Rondon es periodista venezolana.",
        "Su fuente es la política y economía.",
        "Es especialista en comunicaciones corporativas y se ha comprometido con la tarea de desmontar las"
        " supuestas bondades del socialismo",
    ]
    assert all(text[s.start : s.end] == s.text for s in english.segments + spanish.segments)

    assert len(plan.monolingual) == 1
    body = plan.monolingual[0]
    assert body.lang == "en"
    assert text[body.start :].startswith("U.S. Offers Asylum to Russians")
    assert text[: body.end].endswith("why are we going to Ukraine? for what?”")

    assert [s.text for s in plan.ignored] == ["Skip to content", "asilo - rusos", "Leer en Español", "Leave a Reply"]

    findings = plan.findings(Settings())
    assert [(f.rule, f.severity, f.lang) for f in findings] == [("monolingual", "info", "en")]
    assert findings[0].start == body.start and findings[0].end == body.end
    layouts = {(section.lang, section.layout) for section in plan.sections}
    assert layouts == {("en", "monolingual"), ("en", "inline"), ("es", "inline")}


# --- inline pairs ---------------------------------------------------------------------


def _plain_source(lines: list[str]) -> tuple[SourceDocument, list[Segment]]:
    """One block per line, one segment per line, spans exact (what a plain-text reader gives)."""
    text = "\n\n".join(lines)
    blocks, segments, position = [], [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(line, position, position + len(line)))
        segments.append(Segment(line, position, position + len(line), index))
        position += len(line) + 2
    return SourceDocument("inline.txt", text, "text", blocks), segments


@pytest.mark.parametrize("separator", [" // ", " / ", " | ", "\n"])
def test_an_inline_pair_is_cut_at_its_separator_with_exact_spans(separator):
    from bilingo.langid import identify_many

    english = "Mongolia, Georgia and Kazakhstan have been the hardest hit by the wave of Russian men leaving the country."
    spanish = "Mongolia, Georgia y Kazajistán han sido los más afectados por la ola de hombres rusos que abandonan el país."
    source, segments = _plain_source([english + separator + spanish, "Speeds of 90 km / h were recorded."])
    result = split_inline_pairs(source, segments, identify_many)
    assert [(s.text, s.lang) for s in result] == [
        (english, "en"),
        (spanish, "es"),
        ("Speeds of 90 km / h were recorded.", segments[1].lang),  # same language on both sides: not a pair
    ]
    assert all(source.text[s.start : s.end] == s.text for s in result)


def test_a_heading_in_capitals_is_cut_where_its_pieces_lean_to_each_language():
    """"WEATHER ALERTS / ALERTAS DEL CLIMA": capitals keep the identifier from naming either piece (a short run of
    capitals reads as a name), so the line had stayed whole, one Spanish segment, flagged only-in-es. Two bylines in
    capitals hold given names and stay whole."""
    from bilingo.langid import identify_many

    source, segments = _plain_source(["WEATHER ALERTS / ALERTAS DEL CLIMA", "JOHN SMITH / MARÍA GONZÁLEZ"])
    result = split_inline_pairs(source, segments, identify_many)
    assert [(s.text, s.lang) for s in result] == [("WEATHER ALERTS", "en"), ("ALERTAS DEL CLIMA", "es"),
                                                  ("JOHN SMITH / MARÍA GONZÁLEZ", segments[1].lang)]


def test_a_piece_the_identifier_leaves_undetermined_is_cut_where_it_leans_beside_one_it_reads():
    """"Date: Thursday, Jan. 15" is too short for the identifier's score; beside a Spanish piece it reads, it is the
    English half (the line had stayed whole, one Spanish segment, flagged only-in-es)."""
    from bilingo.langid import identify_many

    source, segments = _plain_source(["Date: Thursday, Jan. 15 | Fecha: jueves 15 de enero",
                                      "Speeds of 90 km / h were recorded."])
    result = split_inline_pairs(source, segments, identify_many)
    assert [(s.text, s.lang) for s in result] == [
        ("Date: Thursday, Jan. 15", "en"), ("Fecha: jueves 15 de enero", "es"),
        ("Speeds of 90 km / h were recorded.", segments[1].lang)]


def test_an_inline_pair_whose_halves_the_sentence_splitter_cut_apart_is_cut_at_its_separator(tmp_path):
    """"Questions? Call 311. | ¿Preguntas? Llame al 311.": the sentence splitter gives "Call 311." and "|
    ¿Preguntas?", each one too short for the identifier, and the Spanish question went to the English version. The
    sentences of a line are read together, cut at its separators and each given its half's language."""
    path = tmp_path / "notice.txt"
    path.write_text("PUBLIC NOTICE / AVISO PÚBLICO\n\n"
                    "Crews will replace a broken valve on Elm Street. | Los equipos cambiarán una válvula rota en la "
                    "calle Elm.\n\nQuestions? Call 311. | ¿Preguntas? Llame al 311.\n", encoding="utf-8")
    source, segments = read_and_label(path)
    (english, spanish), = find_sections(source, segments, Settings()).pairs
    assert [(s.text, s.lang) for s in english.segments][-2:] == [("Questions?", "en"), ("Call 311.", "en")]
    assert [(s.text, s.lang) for s in spanish.segments][-2:] == [("¿Preguntas?", "es"), ("Llame al 311.", "es")]
    assert all(source.text[s.start : s.end] == s.text for s in english.segments + spanish.segments)


def test_anchor_similarity_prefers_the_translation_to_a_neighbouring_paragraph():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    bio = next(line for line in lines if " // " in line)
    english, spanish = bio.split(" // ")
    neighbour = next(line for line in lines if line.startswith("Last week Putin"))
    assert anchor_similarity(english, spanish) > anchor_similarity(neighbour, spanish)


# --- rendering corpus documents into layouts --------------------------------------------


@dataclass
class Rendered:
    """A bilingual file built from a corpus document, with every sentence's expected place."""

    name: str
    layout: str
    suffix: str
    text: str = ""
    truth: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, lang, "pair"|"monolingual"
    escape: bool = False

    def add(self, chunk: str) -> None:
        self.text += chunk

    def sentence(self, sentence: str, lang: str, role: str = "pair") -> None:
        sentence = " ".join(sentence.split())
        shown = html.escape(sentence, quote=False) if self.escape else sentence
        self.truth.append((len(self.text), len(self.text) + len(shown), lang, role))
        self.text += shown

    def paragraph(self, sentences: list[str], lang: str, role: str = "pair", joiner: str = " ") -> None:
        for number, sentence in enumerate(sentences):
            if number:
                self.add(joiner)
            self.sentence(sentence, lang, role)


def paragraphs(edited: EditedDocument, lang: str) -> dict[int, list[str]]:
    """Paragraph number -> sentences of one side (one paragraph per sentence without data)."""
    sentences = getattr(edited, lang)
    numbers = getattr(edited, f"paragraph_{lang}") or list(range(len(sentences)))
    grouped: dict[int, list[str]] = defaultdict(list)
    for number, sentence in zip(numbers, sentences):
        grouped[number].append(sentence)
    return dict(grouped)


def all_paragraph_numbers(edited: EditedDocument) -> list[int]:
    return sorted(set(paragraphs(edited, "en")) | set(paragraphs(edited, "es")))


def render_whole(edited: EditedDocument, separator: str | None, first: str = "en") -> Rendered:
    layout = "whole" if separator is None else f"whole-{separator.split()[0].strip('#').lower() or 'heading'}"
    rendered = Rendered(edited.name, layout, ".md" if separator and separator.startswith("#") else ".txt")
    for side, lang in enumerate((first, "es" if first == "en" else "en")):
        if side:
            rendered.add(f"\n\n{separator}\n\n" if separator else "\n\n")
        for number, (_, sentences) in enumerate(sorted(paragraphs(edited, lang).items())):
            if number:
                rendered.add("\n\n")
            rendered.paragraph(sentences, lang)
    rendered.add("\n")
    return rendered


def render_alternating(edited: EditedDocument, run_lengths: tuple[int, ...] = (1,)) -> Rendered:
    """EN and ES paragraphs in turns; ``run_lengths`` > 1 make uneven runs (EN EN ES ES ES ...)."""
    rendered = Rendered(edited.name, "alternating" if run_lengths == (1,) else "uneven", ".txt")
    numbers = all_paragraph_numbers(edited)
    en, es = paragraphs(edited, "en"), paragraphs(edited, "es")
    groups, position, turn = [], 0, 0
    while position < len(numbers):
        size = run_lengths[turn % len(run_lengths)]
        groups.append(numbers[position : position + size])
        position += size
        turn += 1
    for group in groups:
        for lang, side in (("en", en), ("es", es)):
            for number in group:
                if number in side:
                    if rendered.text:
                        rendered.add("\n\n")
                    rendered.paragraph(side[number], lang)
    rendered.add("\n")
    return rendered


def render_inline(edited: EditedDocument) -> Rendered:
    rendered = Rendered(edited.name, "inline", ".txt")
    en, es = paragraphs(edited, "en"), paragraphs(edited, "es")
    for number in all_paragraph_numbers(edited):
        if rendered.text:
            rendered.add("\n\n")
        if number in en:
            rendered.paragraph(en[number], "en")
        if number in en and number in es:
            rendered.add(" // ")
        if number in es:
            rendered.paragraph(es[number], "es")
    rendered.add("\n")
    return rendered


def render_markdown_table(edited: EditedDocument) -> Rendered:
    rendered = Rendered(edited.name, "markdown-table", ".md")
    en, es = paragraphs(edited, "en"), paragraphs(edited, "es")
    rendered.add("| English | Español |\n|---|---|\n")
    for number in all_paragraph_numbers(edited):
        rendered.add("| ")
        rendered.paragraph(en.get(number, []), "en")
        rendered.add(" | ")
        rendered.paragraph(es.get(number, []), "es")
        rendered.add(" |\n")
    return rendered


def render_html_table(edited: EditedDocument) -> Rendered:
    rendered = Rendered(edited.name, "html-table", ".html", escape=True)
    en, es = paragraphs(edited, "en"), paragraphs(edited, "es")
    rendered.add("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bilingual</title></head><body>\n")
    rendered.add("<table>\n<tr><th>English</th><th>Español</th></tr>\n")
    for number in all_paragraph_numbers(edited):
        rendered.add("<tr><td>")
        rendered.paragraph(en.get(number, []), "en")
        rendered.add("</td><td>")
        rendered.paragraph(es.get(number, []), "es")
        rendered.add("</td></tr>\n")
    rendered.add("</table>\n</body></html>\n")
    return rendered


def render_partial(body: CorpusDocument, paired: CorpusDocument, majority: str, inline: bool) -> Rendered:
    """A monolingual article (``body``) with chrome and one paired part taken from ``paired``."""
    layout = f"partial-{'inline' if inline else 'adjacent'}-{majority}"
    rendered = Rendered(f"{body.doc_id}+{paired.doc_id}", layout, ".txt")
    minority = "es" if majority == "en" else "en"
    rendered.add("Skip to content\n\n" if majority == "en" else "Saltar al contenido\n\n")
    body_paragraphs = paragraphs(untouched(body), majority)
    numbers = sorted(body_paragraphs)
    insert_at = max(1, len(numbers) * 2 // 3)
    pair_sentences = {lang: list(getattr(paired, lang)[:3]) for lang in ("en", "es")}
    for position, number in enumerate(numbers):
        if position == insert_at:
            if inline:
                rendered.paragraph(pair_sentences[majority], majority)
                rendered.add(" // ")
                rendered.paragraph(pair_sentences[minority], minority)
            else:
                rendered.paragraph(pair_sentences[majority], majority)
                rendered.add("\n\n")
                rendered.paragraph(pair_sentences[minority], minority)
            rendered.add("\n\n")
        rendered.paragraph(body_paragraphs[number], majority, "monolingual")
        rendered.add("\n\n")
    rendered.add("Leave a Reply\n" if majority == "en" else "Deja una respuesta\n")
    return rendered


# --- measuring a plan against the truth ---------------------------------------------------


@dataclass
class Score:
    sentences: int = 0
    correct: int = 0
    wrong_pair_count: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.sentences if self.sentences else 1.0


def measure(rendered: Rendered, plan: SectionPlan, score: Score) -> None:
    """A sentence is right when every plan segment over it sits where it should: in the
    version of its language of the single compared pair, or in a monolingual run."""
    placed: list[tuple[int, int, tuple[str, str]]] = []
    for english, spanish in plan.pairs:
        placed += [(s.start, s.end, ("pair", "en")) for s in english.segments]
        placed += [(s.start, s.end, ("pair", "es")) for s in spanish.segments]
    for run in plan.monolingual:
        placed += [(s.start, s.end, ("monolingual", run.lang)) for s in run.segments]
    placed += [(s.start, s.end, ("ignored", "")) for s in plan.ignored]
    if len(plan.pairs) != 1:
        score.wrong_pair_count += 1
    for start, end, lang, role in rendered.truth:
        score.sentences += 1
        over = {where for a, b, where in placed if a < end and start < b}
        if over == {(role, lang)} and len(plan.pairs) == 1:
            score.correct += 1
        else:
            score.errors.append(f"{rendered.name} {rendered.layout}: {rendered.text[start:end][:60]!r} -> {over}")


def corpus_documents() -> list[CorpusDocument]:
    wmt = [
        document
        for document in load_documents("wmt-newstest-2008-2010", min_sentences=8, max_sentences=30)
        if document.paragraph and len(set(document.paragraph)) >= 4
    ]
    flores = load_documents("flores200-devtest", 4, min_sentences=5)
    return wmt[:8] + flores


def edits(document: CorpusDocument) -> list[EditedDocument]:
    """The document as is, one sentence dropped from the Spanish side, one paragraph (or, without
    paragraph data, one sentence) dropped from the English side."""
    variants = [untouched(document), drop_sentences(document, "es", 1)]
    dropped = drop_paragraph(document, "en")
    variants.append(dropped if dropped is not None else drop_sentences(document, "en", 1, seed=1))
    return variants


RENDERERS = {
    "whole": lambda edited: render_whole(edited, None),
    "whole-es-first": lambda edited: render_whole(edited, None, first="es"),
    "whole-rule": lambda edited: render_whole(edited, "---"),
    "whole-heading": lambda edited: render_whole(edited, "## Versión en español"),
    "alternating": render_alternating,
    "uneven": lambda edited: render_alternating(edited, (2, 3, 1)),
    "inline": render_inline,
    "markdown-table": render_markdown_table,
    "html-table": render_html_table,
}
MIN_ACCURACY = 0.97


@needs_corpus
@pytest.mark.parametrize("layout", list(RENDERERS))
def test_each_layout_pairs_the_english_and_spanish_segments_of_real_documents(layout, tmp_path):
    score = Score()
    for number, document in enumerate(corpus_documents()):
        for variant, edited in enumerate(edits(document)):
            rendered = RENDERERS[layout](edited)
            path = tmp_path / f"doc{number}-{variant}{rendered.suffix}"
            path.write_text(rendered.text, encoding="utf-8")
            _, plan = plan_for(path)
            assert plan.layout in EXPECTED_LAYOUT[layout], rendered.name
            measure(rendered, plan, score)
    print(f"\n{layout}: pairing accuracy {score.accuracy:.4f} over {score.sentences} sentences")
    assert score.wrong_pair_count == 0
    assert score.accuracy >= MIN_ACCURACY, score.errors[:10]


EXPECTED_LAYOUT = {
    "whole": {"whole"},
    "whole-es-first": {"whole"},
    "whole-rule": {"whole"},
    "whole-heading": {"whole"},
    "alternating": {"alternating"},
    "uneven": {"alternating", "whole"},  # a short document in uneven runs may be just two runs
    "inline": {"inline"},
    "markdown-table": {"table"},
    "html-table": {"table"},
}


@needs_corpus
@pytest.mark.parametrize(("majority", "inline"), [("en", True), ("en", False), ("es", True), ("es", False)])
def test_a_monolingual_article_with_one_paired_part_compares_only_that_part(majority, inline, tmp_path):
    documents = load_documents("wmt-newstest-2008-2010", min_sentences=15, max_sentences=40)
    documents = [document for document in documents if document.paragraph and len(set(document.paragraph)) >= 5]
    bios = load_documents("flores200-devtest", 12, min_sentences=3)
    score = Score()
    for number in range(6):
        rendered = render_partial(documents[number], bios[number], majority, inline)
        path = tmp_path / f"partial{number}.txt"
        path.write_text(rendered.text, encoding="utf-8")
        _, plan = plan_for(path)
        assert plan.layout == "partial"
        assert len(plan.ignored) == 2
        measure(rendered, plan, score)
    print(f"\npartial {majority} {'inline' if inline else 'adjacent'}: pairing accuracy {score.accuracy:.4f}")
    assert score.wrong_pair_count <= 1
    assert score.accuracy >= MIN_ACCURACY, score.errors[:10]


# --- a dropped part is flagged as with two files ---------------------------------------------


def align_plan(plan: SectionPlan, translations: list[str], settings: Settings) -> AlignedDocument:
    """Align the plan's pair the way the pipeline does (Spanish translated into English)."""
    from bilingo.align import align

    english, spanish = plan.pairs[0]
    beads = align(translations, [segment.text for segment in english.segments], settings)
    pairs = [
        AlignedPair(left=tuple(en), right=tuple(es), score=score, translation=" ".join(translations[i] for i in es))
        for es, en, score in beads
    ]
    return AlignedDocument(english, spanish, pairs, "right", translations)


def flagged(aligned: AlignedDocument, findings: list, rule: str) -> str:
    """The sentences a rule flagged, joined in order, whitespace collapsed."""
    side = "left" if rule == "only-in-en" else "right"
    segments = aligned.version(side).segments
    indices = sorted(i for f in findings if f.rule == rule and f.evidence["side"] == side for i in f.evidence["segments"])
    return " ".join(" ".join(segments[i].text for i in indices).split())


def one_language_file(edited: EditedDocument, lang: str, path: Path) -> list[str]:
    """The segment texts of one side written as a file of its own (two-file mode's input)."""
    path.write_text("\n\n".join(" ".join(p) for _, p in sorted(paragraphs(edited, lang).items())), encoding="utf-8")
    _, segments = read_and_label(path)
    return [" ".join(segment.text.split()) for segment in segments]


@needs_corpus
@pytest.mark.parametrize("layout", ["whole-rule", "alternating", "inline", "html-table"])
def test_a_paragraph_missing_from_one_side_is_flagged_as_with_two_files(layout, tmp_path):
    """The plan hands the aligner the same two versions as two files would, so the dropped
    paragraph's counterpart is flagged as only in the other language."""
    from bilingo.rules import coverage

    settings = Settings()
    cases = []
    for number, document in enumerate(corpus_documents()[:4]):
        edited = drop_paragraph(document, ("es", "en")[number % 2])
        rendered = RENDERERS[layout](edited)
        path = tmp_path / f"dropped{number}{rendered.suffix}"
        path.write_text(rendered.text, encoding="utf-8")
        _, plan = plan_for(path)
        english, spanish = plan.pairs[0]
        assert [" ".join(s.text.split()) for s in english.segments] == one_language_file(edited, "en", tmp_path / "en.txt")
        assert [" ".join(s.text.split()) for s in spanish.segments] == one_language_file(edited, "es", tmp_path / "es.txt")
        cases.append((document, edited, plan))

    translated = iter(apertium_translate([s.text for _, _, plan in cases for s in plan.pairs[0][1].segments]))
    for document, edited, plan in cases:
        translations = [next(translated) for _ in plan.pairs[0][1].segments]
        aligned = align_plan(plan, translations, settings)
        kept_side = "es" if edited.edit.side == "en" else "en"
        kept = " ".join(" ".join(getattr(document, kept_side)[i].split()) for i in edited.edit.positions)
        assert kept in flagged(aligned, coverage.check(aligned, settings), f"only-in-{kept_side}")


# --- a sentence left untranslated belongs to the version it sits in ---------------------------


UNTRANSLATED_LAYOUTS = ["whole", "whole-es-first", "alternating", "uneven", "inline", "markdown-table", "html-table"]


@needs_corpus
@pytest.mark.parametrize("layout", UNTRANSLATED_LAYOUTS)
def test_a_sentence_left_untranslated_goes_to_the_version_it_sits_in(layout, tmp_path):
    """The copy of an English sentence in the Spanish part (column, half, paragraph slot) is
    compared as part of the Spanish version, as it would be in a Spanish file, and not
    as a second English sentence; the same for Spanish left in the English version."""
    score = Score()
    cases = 0
    for number, document in enumerate(corpus_documents()[:6]):
        side = ("es", "en")[number % 2]
        edited = untranslate_sentence(document, side)
        if edited is None:
            continue
        cases += 1
        rendered = RENDERERS[layout](edited)
        path = tmp_path / f"untranslated{number}{rendered.suffix}"
        path.write_text(rendered.text, encoding="utf-8")
        _, plan = plan_for(path)
        assert len(plan.pairs) == 1, rendered.name
        measure(rendered, plan, score)
        index = edited.fine_expected[0].indices[0]
        copy = " ".join(getattr(edited, side)[index].split())
        english, spanish = plan.pairs[0]
        in_version = [" ".join(s.text.split()) for s in (english if side == "en" else spanish).segments]
        assert copy in " ".join(in_version), (layout, side, copy)
    assert cases >= 4
    assert score.errors == []


@needs_corpus
@pytest.mark.parametrize("kept", ["first", "last"])
def test_a_short_second_version_is_a_version_that_lacks_the_rest_not_a_paired_part(kept, tmp_path):
    """An English article, then the Spanish of only a third of it: the Spanish is the Spanish version, and
    the other two thirds are missing from it. Read as a page with a paired part (its share of the words is
    under ``WHOLE_SHARE``), the Spanish last third was paired with the English paragraphs next to it and
    the rest reported as ``monolingual`` (info): a translation missing most of the article passed."""
    for number, document in enumerate(load_documents("wmt-newstest-2008-2010", min_sentences=15,
                                                     max_sentences=40)[:6]):
        third = len(document.es) // 3
        spanish = document.es[:third] if kept == "first" else document.es[-third:]

        def paragraphs_of(sentences: list[str]) -> str:
            return "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))

        path = tmp_path / f"short{number}.txt"
        path.write_text(paragraphs_of(document.en) + "\n\n" + paragraphs_of(spanish) + "\n", encoding="utf-8")
        _, plan = plan_for(path)
        assert plan.layout == "whole", document.doc_id
        [(english, spanish_version)] = plan.pairs
        assert len(english.segments) >= len(document.en) - 1
        assert plan.monolingual == []


def test_a_spanish_paragraph_after_three_english_ones_leaves_two_missing(tmp_path):
    """The smallest such file, end to end: the Spanish paragraph translates the first English one, not the
    one next to it, and the other two are reported as missing from the Spanish version."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    english = [
        "The city council approved a new budget on Monday after a long debate about school funding.",
        "The mayor said the plan would add 300 teachers next year.",
        "Opponents argued that the tax increase would hurt small businesses in the downtown area.",
    ]
    spanish = "El concejo municipal aprobó un nuevo presupuesto el lunes tras un largo debate sobre la financiación escolar."
    path = tmp_path / "budget.txt"
    path.write_text("\n\n".join([*english, spanish]) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    missing = [(f.rule, f.severity, " ".join(f.text.split())) for f in report.findings if f.rule != "low-similarity"]
    assert missing == [("only-in-en", "error", " ".join(english[1:]))]
    [pair] = [p for p in report.pairs if p["en"] and p["es"]]
    assert pair["en"] == [0, len(english[0])]


def test_a_sentence_a_version_says_twice_in_its_own_paragraphs_is_no_untranslated_copy(tmp_path):
    """A flores article says "Singer, Raju Khandelwal was accompanying him." in two of its English paragraphs: in a
    file of alternating paragraphs the second copy sat among English sentences, not in the Spanish version's place,
    and was read as a sentence pasted there untranslated (``untranslated`` and ``only-in-es``)."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    paragraphs = [
        "Singer Sanju Sharma started the evening. Singer, Raju Khandelwal was accompanying him.",
        "El cantante Sanju Sharma inauguró la velada. Lo acompañaba el cantante Raju Khandelwal.",
        "Then, Lakkha Singh took the lead in singing the bhajans.",
        "Después de eso, Lakkha Singh pasó al frente para cantar los bhajans.",
        "Lakkha Singh presented the chhappan bhog bhajan as well. Singer, Raju Khandelwal was accompanying him.",
        "Además, Lakkha Singh interpretó el chhappan bhog bhajan junto al cantante Raju Khandelwal.",
    ]
    path = tmp_path / "bhajan.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    assert [(f.rule, f.text) for f in report.findings if f.rule in ("untranslated", "only-in-es")] == []


def test_a_headline_a_version_repeats_in_its_body_stays_in_that_version_beside_an_untranslated_subtitle(tmp_path):
    """The Spanish headline's question comes back in the Spanish body, and its subtitle was left in English: the
    paragraph holds a copy of each language. The English subtitle's twin is in the paragraph before (a paste); the
    Spanish question's is far away (the version saying it twice), so only the subtitle moves. (A WMT article did
    this in the eval: the headline had become English, three false findings.)"""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    paragraphs = [
        "Can the city keep its buses running? A plan for the next ten years.",
        "¿Puede la ciudad mantener sus autobuses en marcha? A plan for the next ten years.",
        "The transit agency presented a budget on Monday that would cut three routes and raise fares by 25 cents.",
        "La agencia de transporte presentó el lunes un presupuesto que eliminaría tres rutas y subiría las tarifas 25 "
        "centavos.",
        "Riders who spoke at the meeting were worried. Can the city keep its buses running? Officials said yes, if "
        "the state helps.",
        "Los usuarios que hablaron en la reunión estaban preocupados. ¿Puede la ciudad mantener sus autobuses en "
        "marcha? Las autoridades dijeron que sí, si el estado ayuda.",
    ]
    path = tmp_path / "buses.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    assert [(f.rule, f.lang, f.text) for f in report.findings] == [
        ("untranslated", "es", "A plan for the next ten years.")]


@needs_corpus
@pytest.mark.parametrize("layout", ["whole", "alternating", "inline", "markdown-table"])
def test_a_sentence_left_untranslated_in_one_file_is_flagged_as_with_two_files(layout, tmp_path):
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    translator = create_translator(settings)
    for number, document in enumerate(corpus_documents()[:2]):
        side = ("es", "en")[number % 2]
        edited = untranslate_sentence(document, side)
        rendered = RENDERERS[layout](edited)
        path = tmp_path / f"untranslated{number}{rendered.suffix}"
        path.write_text(rendered.text, encoding="utf-8")
        report = check_paths([str(path)], settings, translator)
        copy = " ".join(getattr(edited, side)[edited.fine_expected[0].indices[0]].split())
        flagged = " ".join(f.text for f in report.findings if f.rule == "untranslated" and f.lang == side)
        assert copy in " ".join(flagged.split()), (layout, side, copy)
        assert not [f for f in report.findings if f.rule == "low-similarity" and copy in " ".join(f.text.split())]


BUDGET_TURNS = [
    "The city council approved a new budget on Tuesday after a long debate.",
    "El concejo municipal aprobó un nuevo presupuesto el martes tras un largo debate.",
    "The budget includes money for three new parks and a library in the north of the city.",
    "El presupuesto incluye fondos para tres nuevos parques y una biblioteca en el norte de la ciudad.",
    "Residents can comment on the plan until the end of the month.",
    "Los residentes pueden comentar el plan hasta fin de mes.",
]


@pytest.mark.parametrize("paragraphs, added, lang", [
    # an English sentence added to a Spanish paragraph of alternating ones (a third of its words: no short island)
    ([*BUDGET_TURNS[:3], BUDGET_TURNS[3] + " The mayor said the library will open next spring.", *BUDGET_TURNS[4:]],
     "The mayor said the library will open next spring.", "es"),
    # a Spanish sentence added to an English one
    ([BUDGET_TURNS[0] + " El alcalde dijo que la biblioteca abrirá la próxima primavera.", *BUDGET_TURNS[1:]],
     "El alcalde dijo que la biblioteca abrirá la próxima primavera.", "en"),
    # the whole English version, then the Spanish one with an English sentence in a paragraph
    ([*BUDGET_TURNS[0::2], "---", BUDGET_TURNS[1], BUDGET_TURNS[3] + " The mayor said the library will open next "
      "spring.", BUDGET_TURNS[5]], "The mayor said the library will open next spring.", "es"),
])
def test_a_sentence_in_the_other_language_inside_a_paragraph_is_its_paragraphs_untranslated_text(
        paragraphs, added, lang, tmp_path):
    """The sentence sits in the paragraph of one version: it is that version's, left in the other language (as with
    two files), not the other version's sentence missing from this one. Until the alignment found it no
    counterpart it could have been half of a pair written in one paragraph (the next test)."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    path = tmp_path / "budget.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    assert sorted((f.rule, f.lang, f.text) for f in report.findings) == [
        (f"only-in-{lang}", lang, added), ("untranslated", lang, added)]
    language = {"en": "English", "es": "Spanish"}
    only_in = next(f for f in report.findings if f.rule.startswith("only-in"))
    assert only_in.message.startswith(f"Sentence in {language['en' if lang == 'es' else 'es']} in the "
                                      f"{language[lang]} version has no counterpart")


def test_a_pair_written_in_one_paragraph_of_alternating_ones_stays_a_pair(tmp_path):
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    paragraphs = [*BUDGET_TURNS[:4], BUDGET_TURNS[4] + " " + BUDGET_TURNS[5]]
    path = tmp_path / "budget.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    assert report.findings == []
    assert len([pair for pair in report.pairs if pair["en"] and pair["es"]]) == 3


@needs_corpus
def test_a_pasted_paragraph_repeating_a_sentence_said_earlier_goes_whole_to_its_slot(tmp_path):
    """flores (Shri Shyam festival), alternating paragraphs, the last Spanish one pasted from the English: its
    second sentence, "Singer, Raju Khandelwal was accompanying him.", also ends the third English paragraph, so
    it occurs three times. It follows the pasted copy it sits with: both sentences are untranslated in the
    Spanish version, and neither English original is reported as missing from it."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    record = next(r for r in corpus_records("flores200-devtest") if "Shri_Shyam" in r["doc_id"])
    spanish = record["es"][:-1] + [record["en"][-1]]
    path = tmp_path / "festival.txt"
    path.write_text("\n\n".join(p for pair in zip(record["en"], spanish) for p in pair) + "\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    untranslated = [f.text for f in report.findings if f.rule == "untranslated"]
    assert untranslated == ["Lakkha Singh presented the chhappan bhog bhajan as well.",
                            "Singer, Raju Khandelwal was accompanying him."]
    assert [f.text for f in report.findings if f.rule.startswith("only-in")] == []


def test_an_inline_headline_pair_is_read_as_english_then_spanish(tmp_path):
    """The seed's headline written as an inline pair: the Spanish half ("EE.UU. ...") is not
    cut after "EE." (the English half's splitting rules) and is the Spanish version's."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    headline = "U.S. Offers Asylum to Russians Who Choose Not to Go to War in Ukraine"
    titular = "EE.UU. ofrece asilo a los rusos que decidan no ir a la guerra en Ucrania"
    bio = next(line for line in lines if " // " in line)
    path = tmp_path / "headline.txt"
    path.write_text(f"{headline} // {titular}\n\n{bio}\n", encoding="utf-8")
    _, plan = plan_for(path)
    english, spanish = plan.pairs[0]
    assert english.segments[0].text == headline
    assert spanish.segments[0].text == titular
    assert [s.lang for s in english.segments] == ["en"] * len(english.segments)
    assert [s.lang for s in spanish.segments] == ["es"] * len(spanish.segments)


@needs_corpus
def test_an_unidentified_headline_opening_alternating_paragraphs_is_the_first_turns_english(tmp_path):
    """WMT's "Comprehensive Beauty" (no language to fastText: two capitalised words), then "Belleza integral",
    then the article's paragraphs in turns: the headline went with the Spanish after it, and the English version
    lacked its headline. A file whose paragraphs take turns from there on puts it in the other language."""
    english = ["Everything you could want in terms of beauty and comfort, at your fingertips.",
               "The spa, located on the eighth floor, houses prestigious firms and a food section."]
    spanish = ["Todo lo que en cuestión de belleza y bienestar puedas desear, al alcance de tu mano.",
               "El spa, situado en la planta octava, cuenta con prestigiosas firmas y una sección de alimentación."]
    path = tmp_path / "beauty.txt"
    paragraphs = ["Comprehensive Beauty", "Belleza integral", *[p for pair in zip(english, spanish) for p in pair]]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    source, segments = read_and_label(path)
    assert segments[0].lang == "und"
    plan = find_sections(source, segments, Settings())
    [(english_version, spanish_version)] = plan.pairs
    assert [s.text for s in english_version.segments] == ["Comprehensive Beauty", *english]
    assert [s.text for s in spanish_version.segments] == ["Belleza integral", *spanish]


def test_a_headline_fasttext_takes_for_a_third_language_goes_to_the_likelier_version(tmp_path):
    """wmt newstest 2009 (bbc 126047) in alternating paragraphs: "La épica de Meat Loaf de mucha
    honra" is identified as neither English nor Spanish; it follows the English headline, and
    taking the language of the paragraph before it would put it in the English version."""
    from bilingo.langid import identify

    document = next(d for d in load_documents("wmt-newstest-2008-2010") if d.doc_id.endswith("bbc/2008/09/29/126047"))
    assert identify(document.es[0]) == "other"
    rendered = render_alternating(untouched(document))
    path = tmp_path / "meat-loaf.txt"
    path.write_text(rendered.text, encoding="utf-8")
    _, plan = plan_for(path)
    score = Score()
    measure(rendered, plan, score)
    assert score.errors == []


BUDGET_EN = ["The city council approved the new budget on Tuesday after a long debate.",
             "The plan raises spending on public transport by 12 percent.",
             "Mayor Ana Torres said the buses would run every ten minutes from March."]
BUDGET_ES = ["El concejo municipal aprobó el nuevo presupuesto el martes tras un largo debate.",
             "El plan aumenta el gasto en transporte público en un 12 por ciento.",
             "La alcaldesa Ana Torres dijo que los autobuses pasarían cada diez minutos a partir de marzo."]


@pytest.mark.parametrize("where", ["over", "under"])
def test_a_bare_name_byline_goes_with_each_version_it_heads_or_ends(where, tmp_path):
    """A byline that is a name alone is neither English nor Spanish. Over each version, its first copy goes with
    the English after it, and its second must go with the Spanish after it, not with the English before it;
    under each version, each copy goes with the text before it."""
    byline = "John Smith"
    if where == "over":
        parts = [byline, *BUDGET_EN, byline, *BUDGET_ES]
    else:
        parts = [*BUDGET_EN, byline, *BUDGET_ES, byline]
    path = tmp_path / "byline.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    _, plan = plan_for(path)
    english, spanish = plan.pairs[0]
    assert [s.text for s in english.segments].count(byline) == 1
    assert [s.text for s in spanish.segments].count(byline) == 1


# --- files that are not bilingual ------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_file_in_one_language_is_an_input_error(lang, tmp_path):
    document = load_documents("flores200-devtest", 1, min_sentences=4)[0]
    path = tmp_path / "one-language.txt"
    path.write_text("\n\n".join(getattr(document, lang)) + "\n\nLeer en Español\n", encoding="utf-8")
    name = {"en": "English", "es": "Spanish"}[lang]
    with pytest.raises(InputError, match=rf"one-language.txt: only {name} found; a single-file check needs both"):
        plan_for(path)


@needs_corpus
def test_a_file_with_a_line_of_the_other_language_says_how_little_there_is(tmp_path):
    """A file that is English but for one Spanish sentence is not a bilingual file; the error says what
    Spanish there is, rather than that there is none."""
    document = load_documents("wmt-newstest-2008-2010", 1, min_sentences=15)[0]
    path = tmp_path / "almost-english.txt"
    path.write_text("\n\n".join(document.en + document.es[:1]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"almost-english.txt: almost only English found \(Spanish is [1-9]% of the "
                                         r"words, under the 10% a version needs"):
        plan_for(path)


def test_a_french_file_is_an_input_error():
    with pytest.raises(InputError, match=r"french-article.txt: language is French, bilingo checks English and Spanish"):
        plan_for(FIXTURES / "french-article.txt")


def test_a_page_of_chrome_only_is_an_input_error(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text("Skip to content\n\nLeer en Español\n\nLeave a Reply\n", encoding="utf-8")
    with pytest.raises(InputError, match="chrome.txt: "):
        plan_for(path)


def test_newsroom_chrome_patterns_keep_their_lines_out_of_the_comparison(tmp_path):
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    bio = next(line for line in lines if " // " in line)
    english, spanish = bio.split(" // ")
    path = tmp_path / "bio.txt"
    path.write_text(f"{english}\n\nCon información de Reuters\n\n{spanish}\n", encoding="utf-8")
    _, plain = plan_for(path)
    _, custom = plan_for(path, Settings(chrome_patterns=[r"con informaci[oó]n de \w+"]))
    assert "Con información de Reuters" in " ".join(s.text for s in plain.pairs[0][1].segments)
    assert [s.text for s in custom.ignored] == ["Con información de Reuters"]
    assert "Con información" not in " ".join(s.text for s in custom.pairs[0][1].segments)


def test_an_inline_pair_in_html_keeps_exact_file_spans_across_entities(tmp_path):
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if " // " in line]
    english, spanish = lines[0].split(" // ")
    english = english.replace("politics and economics", "politics &amp; economics")
    path = tmp_path / "bio.html"
    path.write_text(f"<html><body><article><p>{english} // {spanish}</p></article></body></html>\n", encoding="utf-8")
    source, plan = plan_for(path)
    (english_version, spanish_version), = plan.pairs
    for segment in english_version.segments + spanish_version.segments:
        assert html.unescape(source.text[segment.start : segment.end]) == segment.text
    assert "politics & economics" in " ".join(s.text for s in english_version.segments)
    assert spanish_version.segments[0].text.startswith("Sabrina Martín Rondon es periodista")


# A two-column table whose English cells are empty but for the last row: the English version lacks three sentences.
ROAD_TABLE_ROWS = [
    ("", "El condado cerrará la carretera 12 entre Oak Street y el puente durante dos semanas a partir del lunes."),
    ("", "Los conductores deberán tomar la autopista 4, lo que añade unos diez minutos al trayecto."),
    ("", "Las obras reemplazarán un tramo de asfalto dañado por las inundaciones de la primavera pasada."),
    ("The county said the road should reopen before the school year starts.",
     "El condado dijo que la carretera debería reabrir antes de que empiece el año escolar."),
]


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_table_whose_english_cells_are_mostly_empty_is_compared_row_by_row(suffix, tmp_path):
    """English holds under a tenth of the words, which on a page of prose would make the Spanish rows a
    monolingual run (an info); but the table pairs the versions by its columns, so the empty English cells are
    three Spanish sentences the English version lacks."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    if suffix == ".md":
        text = "| English | Español |\n|---|---|\n" + "".join(f"| {en} | {es} |\n" for en, es in ROAD_TABLE_ROWS)
    else:
        text = ("<html><body><table>\n<tr><th>English</th><th>Español</th></tr>\n"
                + "".join(f"<tr><td>{en}</td><td>{es}</td></tr>\n" for en, es in ROAD_TABLE_ROWS)
                + "</table></body></html>\n")
    path = tmp_path / f"road{suffix}"
    path.write_text(text, encoding="utf-8")
    source, plan = plan_for(path)
    assert plan.layout == "table" and not plan.monolingual
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    missing = [(f.rule, " ".join(f.text.split())) for f in report.findings if f.rule.startswith("only-in")]
    assert missing == [("only-in-es", " ".join(es for _, es in ROAD_TABLE_ROWS[:3]))]


# A short file of inline pairs whose two middle paragraphs were left without their English half.
CAUCUS_PARAGRAPHS = [
    "Former House Speaker Newt Gingrich finished fourth in the Iowa caucuses on Tuesday. // El ex presidente de la "
    "Cámara de Representantes Newt Gingrich terminó cuarto en los caucus de Iowa el martes.",
    "Después de conocer los resultados, Gingrich elogió a Santorum, pero criticó con dureza a Romney, cuyos "
    "partidarios difundieron anuncios negativos contra él en Iowa.",
    "Perry dijo que volvería a Texas para evaluar los resultados y decidir si seguía en la carrera; más tarde "
    "anunció que competiría en las primarias de Carolina del Sur el 21 de enero.",
    "Bachmann, who won the Ames straw poll in August, decided to end her campaign. // Bachmann, que ganó la "
    "encuesta de Ames en agosto, decidió poner fin a su campaña.",
]


def test_a_short_file_of_inline_pairs_with_paragraphs_left_in_one_language_is_compared_whole(tmp_path):
    """Two inline pairs around two Spanish paragraphs: not a Spanish page with two paired parts (its body would be
    most of it) but a bilingual text whose English lacks two paragraphs, reported as such, not as a monolingual info."""
    from bilingo.check import check_paths
    from bilingo.translate import create_translator

    path = tmp_path / "caucus.txt"
    path.write_text("\n\n".join(CAUCUS_PARAGRAPHS) + "\n", encoding="utf-8")
    source, plan = plan_for(path)
    assert plan.layout == "inline" and not plan.monolingual
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(path)], settings, create_translator(settings))
    missing = [(f.rule, " ".join(f.text.split())) for f in report.findings if f.rule.startswith("only-in")]
    assert missing == [("only-in-es", " ".join(CAUCUS_PARAGRAPHS[1:3]))]


def test_an_inline_bio_between_two_whole_versions_is_a_pair_of_its_own():
    """A bio written "English // Español" between the English version and the Spanish one: in one pair with the
    versions, its English half would end the English version and its Spanish half open the Spanish one, where no
    alignment in order can pair them (the English half had been paired with the Spanish version's last sentence)."""
    source, plan = plan_for(Path(__file__).resolve().parents[1] / "corpus/fixtures/whole/housing-vote-bio.txt")
    assert plan.layout == "whole"
    (english, spanish), (bio_english, bio_spanish) = plan.pairs
    assert [segment.text for segment in bio_english.segments] == ["Maria Gonzalez covers city hall."]
    assert [segment.text for segment in bio_spanish.segments] == ["Maria Gonzalez cubre el ayuntamiento."]
    assert english.segments[-1].text.startswith("The vote was rescheduled")
    assert spanish.segments[-1].text == "El alcalde dijo que apoya el proyecto."
    assert [(section.lang, section.layout) for section in plan.sections] == [
        ("en", "whole"), ("en", "inline"), ("es", "inline"), ("es", "whole")]
