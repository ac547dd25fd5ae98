"""Page chrome (navigation, share buttons, slugs, bylines, dates) is recognised and kept out of the findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilingo.chrome import is_chrome, split_chrome
from bilingo.errors import ConfigError
from bilingo.model import Block, Segment, SourceDocument

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "elamerican-asylum-russians.txt"
CORPUS_DEV = REPO.parent / "shared" / "corpus-dev"


def seed_lines() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_seed_pages_chrome_lines_are_recognised_and_its_content_lines_are_not():
    chrome = [line for line in seed_lines() if is_chrome(line)]
    assert chrome == ["Skip to content", "asilo - rusos", "Leer en Español", "Leave a Reply"]


@pytest.mark.parametrize(
    "line",
    [
        "Read in English",
        "Versión en español",
        "Saltar al contenido",
        "Deja una respuesta",
        "Share this article",
        "Compartir en Facebook",
        "Facebook Twitter WhatsApp Email",
        "By Sabrina Martín Rondon",
        "Por Sabrina Martín Rondon",
        "Por la Redacción",  # a desk's byline
        "By Ana Gil / Por Ana Gil",  # a byline in both languages on one line, in Markdown's emphasis too
        "*By Ana Gil / Por Ana Gil*",
        "By The Associated Press",
        "September 27, 2022",
        "27 de septiembre de 2022",
        "Updated: Sep 27, 2022 10:30 am EST",
        "us-offers-asylum-to-russians",
        "https://elamerican.com/asilo-rusos/",
        "---",
        "Tags: Russia, Ukraine, asylum",
        "Lee también:",
        # where the other version is, said in one version only
        "Versión en español abajo",
        "*Versión en español abajo*",
        "(English below)",
        "English version below",
        "Spanish translation follows",
        "[Leer en español]",
        "→ Read in Spanish",
        "Scroll down for English",
        "Desplácese hacia abajo para leer en inglés",
        # a translator's credit, which only the translated version carries
        "Traducción de María López para Eastside Gazette.",
        "Translated by Ana Gil",
        "Esta nota fue traducida al inglés por Juan Pérez.",
        "Traducido por Carlos Ruiz | Eastside Gazette",
        # where the article first ran, and where to read the other version
        "Esta nota fue publicada originalmente en inglés.",
        "Este artículo se publicó originalmente en inglés en The Texas Tribune.",
        "This story was first published in English by CalMatters.",
        "Lea la versión en inglés aquí.",
        "Read this story in Spanish here.",
        # kickers over a headline, said each language's own way
        "🔥 Breaking news 🔥",
        "Última hora",
        "BREAKING:",
        "Live updates",
        "❤️ Exclusiva",
        # a language switcher, a note that the other version exists, a labelled row of share buttons
        "EN | ES",
        "English / Español",
        "This article is also available in Spanish.",
        "Also available in English",
        "Este artículo también está disponible en inglés.",
        "También disponible en español",
        "Share this: Facebook | X | Email",
        "Compartir: Facebook, WhatsApp, correo electrónico",
        "Síguenos en: Instagram · TikTok",
        # credits, players, galleries, appeals and footers, which one version may carry alone
        "(Photo: Ana Gil/Eastside Gazette)",
        "Foto de Ana Gil",
        "Photo courtesy of the city",
        "Follow Ana Gil on X: @anagil",
        "Listen to this story · 4 min",
        "Escucha este artículo",
        "Ver galería",
        "Photo gallery: 12 photos",
        "Support our journalism: donate today",
        "Dona hoy",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "© 2026 Eastside Gazette",
        "¿Tienes un dato? Escríbenos a tips@gazette.com",
        "Corrections policy",
        "Related: Route 7 to get new electric buses",
        "Lea también: La ruta 7 tendrá autobuses eléctricos",
    ],
)
def test_navigation_and_ui_strings_of_both_languages_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "U.S. Offers Asylum to Russians Who Choose Not to Go to War in Ukraine",
        "“We welcome any folks who are seeking asylum”",
        "One man, Aleksey, told Reuters that he would leave his wife and children behind as recruitment continues.",
        "Mongolia",
        "by the way, the vote was postponed.",
        "Updated figures show prices rose.",
        "En Ucrania",
        "The English version below is shorter than the Spanish one.",
        "(Reuters)",
        "The translation by Ana Gil was praised.",
        "Translation of the law took months, said Ana Gil.",
        "Traducción simultánea disponible en la reunión.",
        "Breaking news: the mayor resigned.",
        "Live coverage of the vote begins at 7 p.m.",
        "En vivo desde Madrid",
        "The story was published in English newspapers across the country.",
        "Read in English, the law says something else.",
        "The vaccine is now available in Spanish pharmacies.",
        "Share this: the city will close three pools.",
        "La información está disponible en inglés y español en la biblioteca.",
        "Foto de la protesta en Madrid.",
        "Donations to the food bank rose 20%.",
        "Dona el 10% de su salario a la iglesia.",
        "Copyright law protects authors.",
        "Listen to the mayor explain the plan.",
        "Follow the money, she said.",
        "Done.",
        "Related: the two cases share a judge, she said.",
        "Por la Libertad, a group of 200 families, marched on Sunday.",  # a desk-like byline that goes on
        "By the River is her third novel.",
        "POR LA PRESENTE SE DECRETA QUE:",  # a decree's words in capitals after "Por" (tico19), no byline
    ],
)
def test_headlines_quotes_and_short_sentences_are_content(line):
    assert not is_chrome(line)


def corpus_sentences(set_name: str, limit: int) -> list[str]:
    path = CORPUS_DEV / set_name / "docs.jsonl"
    if not path.exists():
        pytest.skip("../shared/corpus-dev is absent")
    sentences: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            sentences.extend(document["en"] + document["es"])
            if len(sentences) >= limit:
                break
    return sentences


def test_news_sentences_and_headlines_are_almost_never_taken_for_chrome():
    sentences = corpus_sentences("wmt-newstest-2008-2010", 6000) + corpus_sentences("flores200-devtest", 2000)
    taken = [sentence for sentence in sentences if is_chrome(sentence)]
    # A few one-word headlines ("Comentarios") are genuinely ambiguous; content must not be eaten.
    assert len(taken) <= len(sentences) // 1000, taken


def test_a_newsroom_can_add_its_own_patterns():
    line = "Con información de Reuters y AP"
    assert not is_chrome(line)
    assert is_chrome(line, [r"con informaci[oó]n de .*"])
    assert is_chrome("  Con   información de EFE ", [r"con informaci[oó]n de .*"])


def test_a_bad_newsroom_pattern_is_a_config_error_naming_it():
    with pytest.raises(ConfigError, match=r"chrome_patterns: '\(unclosed'"):
        is_chrome("Leave a Reply", ["(unclosed"])


def _segments_of(paragraphs: list[list[str]]) -> tuple[SourceDocument, list[Segment]]:
    text, blocks, segments = "", [], []
    for paragraph in paragraphs:
        if text:
            text += "\n\n"
        start = len(text)
        for number, sentence in enumerate(paragraph):
            if number:
                text += " "
            segments.append(Segment(sentence, len(text), len(text) + len(sentence), len(blocks)))
            text += sentence
        blocks.append(Block(text[start:], start, len(text)))
    return SourceDocument("page.txt", text, "text", blocks), segments


def test_chrome_inside_a_paragraph_of_content_is_kept_as_content():
    lines = seed_lines()
    source, segments = _segments_of(
        [
            ["Skip to content"],
            [lines[4], "Leave a Reply"],  # a reply prompt glued to a body sentence stays
            ["By Sabrina Martín Rondon", "September 27, 2022"],  # a byline line cut in two goes
        ]
    )
    content, ignored = split_chrome(segments)
    assert [segment.text for segment in ignored] == [
        "Skip to content",
        "By Sabrina Martín Rondon",
        "September 27, 2022",
    ]
    assert [segment.text for segment in content] == [lines[4], "Leave a Reply"]
    assert all(source.text[s.start : s.end] == s.text for s in ignored + content)


def test_chrome_copied_with_each_version_of_two_files_is_left_out(tmp_path):
    """The demo article's two versions pasted from their pages, each with its page's chrome ("Skip to content",
    the other edition's link, the Spanish page's URL slug): the findings are those of the clean pair, and the
    chrome is listed as ignored. Before, the slug was an only-in-es error."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    translator = create_translator(settings)
    demo = REPO / "corpus" / "demo"
    clean = check_paths([str(demo / "asylum-russians.en.md"), str(demo / "asylum-russians.es.md")], settings,
                        translator)
    english, spanish = tmp_path / "story.en.md", tmp_path / "story.es.md"
    english.write_text("Skip to content\n\nLeer en Español\n\n" + (demo / "asylum-russians.en.md").read_text(
        encoding="utf-8"), encoding="utf-8")
    spanish.write_text("Saltar al contenido\n\nRead in English\n\nasilo - rusos\n\n" + (
        demo / "asylum-russians.es.md").read_text(encoding="utf-8"), encoding="utf-8")
    pasted = check_paths([str(english), str(spanish)], settings, translator)
    assert [(f.rule, f.text) for f in pasted.findings] == [(f.rule, f.text) for f in clean.findings]
    assert [(item["text"], item["reason"]) for item in pasted.ignored] == [
        ("Skip to content", "chrome"), ("Leer en Español", "chrome"), ("Saltar al contenido", "chrome"),
        ("Read in English", "chrome"), ("asilo - rusos", "chrome")]


def test_a_byline_in_both_languages_on_one_line_of_an_alternating_file_is_left_out(tmp_path):
    """"*By Ana Gil / Por Ana Gil*" under a bilingual headline had been an only-in-en error: the line is no inline
    pair (a byline holds a given name, no language), and the byline pattern stopped at the slash."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    story = tmp_path / "food-bank.md"
    story.write_text(
        "# Food bank expands hours / El banco de alimentos amplía su horario\n\n*By Ana Gil / Por Ana Gil*\n\n"
        "The Eastside Food Bank will open on Saturdays starting in January, director Luis Peña said Monday.\n\n"
        "El Banco de Alimentos del Eastside abrirá los sábados a partir de enero, dijo el lunes su director, Luis "
        "Peña.\n\n\"Demand has never been higher,\" Peña said.\n\n\"La demanda nunca ha sido tan alta\", dijo Peña.\n",
        encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    document = check_paths([str(story)], settings, create_translator(settings))
    assert document.findings == []
    assert ("By Ana Gil / Por Ana Gil", "chrome") in [(item["text"], item["reason"]) for item in document.ignored]


RESULTS_TABLE = """# Election results

| {candidate} | {votes} | {share} |
|---|---|---|
| Phyllis Viagran | 4,812 | 52.3% |
| Jalen McKee-Rodriguez | {second} | 33.7% |
"""


def test_a_button_word_heading_a_table_column_is_content(tmp_path):
    """"Share" heads a column of election results: as a share button it had been left out, and its Spanish
    "Porcentaje" was reported as only in Spanish. A row of buttons outside a table is still chrome."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    english, spanish = tmp_path / "results.en.md", tmp_path / "results.es.md"
    english.write_text(RESULTS_TABLE.format(candidate="Candidate", votes="Votes", share="Share", second="3,104"),
                       encoding="utf-8")
    spanish.write_text(RESULTS_TABLE.format(candidate="Candidato", votes="Votos", share="Porcentaje", second="3,401")
                       .replace("Election results", "Resultados electorales"), encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    report = check_paths([str(english), str(spanish)], settings, create_translator(settings))
    assert [(f.rule, f.text) for f in report.findings] == [("number-mismatch", "3,401")]
    assert report.ignored == []
    assert is_chrome("Share")


def test_a_file_of_nothing_but_chrome_is_one_clear_error(tmp_path):
    from bilingo.check import check_paths
    from bilingo.errors import InputError
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    (tmp_path / "a.en.md").write_text("Skip to content\n\nLeer en Español\n", encoding="utf-8")
    (tmp_path / "a.es.md").write_text((REPO / "corpus" / "demo" / "asylum-russians.es.md").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    with pytest.raises(InputError, match="a.en.md: no text content found besides page chrome"):
        check_paths([str(tmp_path / "a.en.md"), str(tmp_path / "a.es.md")], settings, create_translator(settings))
