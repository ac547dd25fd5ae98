"""Reading input files: decoding, formats, blocks and their exact places in the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilingo.errors import InputError
from bilingo.model import SourceDocument
from bilingo.read import MAX_BYTES, read_document, read_text

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ROOT / "tests" / "fixtures" / "inputs"
SEEDS = ROOT.parent / "shared" / "seeds"


def seed_paths() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    return sorted(SEEDS.glob("*.txt"))


def read_source(tmp_path: Path, source: str, name: str = "post.md") -> SourceDocument:
    """``source`` written to a file named ``name`` and read back."""
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return read_document(path)


def assert_blocks_point_into_source(document) -> None:
    """Every kept character of every block comes from the source character it claims to."""
    for block in document.blocks + document.ignored:
        assert block.text == block.text.strip()
        if block.offsets is None:
            assert document.text[block.start : block.end] == block.text
            continue
        assert len(block.offsets) == len(block.text)
        assert block.offsets == sorted(block.offsets)
        for char, offset in zip(block.text, block.offsets):
            source_char = document.text[offset]
            if char.isspace():
                continue
            assert source_char == char or source_char == "&", (char, document.text[offset : offset + 10])


# --- plain text, the seeds -----------------------------------------------------------


def test_seed_articles_read_as_one_block_per_line_with_verbatim_spans():
    for path in seed_paths():
        document = read_document(path)
        assert document.format == "text"
        lines = [line.strip() for line in document.text.splitlines() if line.strip()]
        assert [block.text for block in document.blocks] == lines
        assert_blocks_point_into_source(document)


def test_hard_wrapped_prose_stays_one_block_with_its_line_breaks():
    text = (
        "Putin ordered a partial mobilization of the Russian military last week, drafting\n"
        "up 300,000 reserve troops. The move has led to widespread fear of general\n"
        "conscription amid the country's invasion of Ukraine.\n\nNext paragraph.\n"
    )
    document = read_text(text, "wrapped.txt", "text")
    assert [block.text.count("\n") for block in document.blocks] == [2, 0]
    assert document.blocks[0].text.startswith("Putin") and document.blocks[0].text.endswith("Ukraine.")


@pytest.mark.parametrize("name", ["crlf.txt", "lone-cr.txt"])
def test_crlf_and_lone_cr_line_endings_are_kept_and_offsets_point_into_them(name):
    document = read_document(INPUTS / name)
    assert "\r" in document.text  # not normalised
    assert "Second paragraph here." in [block.text for block in document.blocks]
    assert_blocks_point_into_source(document)


# --- decoding ------------------------------------------------------------------------


def test_utf8_bom_is_removed_and_offsets_count_from_after_it():
    document = read_document(INPUTS / "utf8-bom.txt")
    assert not document.text.startswith("\ufeff")
    assert document.encoding == "utf-8-sig"
    assert document.blocks[0].start == 0 and document.blocks[0].text == "Título del artículo"
    assert_blocks_point_into_source(document)


def test_utf16_with_bom_is_decoded():
    document = read_document(INPUTS / "utf16-bom.txt")
    assert document.encoding == "utf-16"
    assert [block.text for block in document.blocks] == ["Título", "¿Qué pasó? Nadie lo sabe."]


def test_cp1252_is_detected_with_a_warning_and_spanish_letters_survive():
    document = read_document(INPUTS / "cp1252.txt")
    assert document.encoding == "cp1252"
    assert len(document.warnings) == 1 and "not valid UTF-8" in document.warnings[0]
    assert "«Es un día histórico», afirmó el señor Núñez." in document.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("png-header.txt", "PNG"),
        ("nul-bytes.txt", "NUL"),
        ("empty.txt", "empty"),
        ("whitespace.txt", "empty"),
        ("does-not-exist.txt", "no such file"),
    ],
)
def test_bad_inputs_raise_a_one_line_input_error_naming_the_file(name, reason):
    with pytest.raises(InputError) as raised:
        read_document(INPUTS / name)
    message = str(raised.value)
    assert message.startswith(str(INPUTS / name) + ": ")
    assert reason in message and "\n" not in message


def test_a_directory_is_an_input_error():
    with pytest.raises(InputError, match="directory"):
        read_document(INPUTS)


def test_utf16_without_a_bom_is_refused_as_binary(tmp_path):
    path = tmp_path / "no-bom.txt"
    path.write_bytes("El presidente habló ayer.".encode("utf-16-le"))  # no BOM: NUL bytes
    with pytest.raises(InputError):
        read_document(path)


def test_files_over_the_size_limit_are_refused_naming_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written to disk
    with pytest.raises(InputError, match=f"{MAX_BYTES // 2**20} MB"):
        read_document(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_input_error(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Hola.", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(path)


# --- Markdown ------------------------------------------------------------------------


def test_markdown_blocks_kinds_and_markup_removed():
    document = read_document(INPUTS / "article.md")
    assert document.format == "markdown"
    texts = [block.text for block in document.blocks]
    assert texts[0] == "EE. UU. acogerá a los rusos que huyen"  # the front matter's title: the page's headline
    assert texts[1] == "EE. UU. recibirá a los rusos que huyen"
    assert document.blocks[0].kind == document.blocks[1].kind == "heading"
    assert not any("front matter" in text.lower() or "2022" in text for text in texts)  # tags, slug, date
    assert "Lea el comunicado completo." in texts[2] and "example.com" not in texts[2] and "*" not in texts[2]
    assert "Putin ordenó la movilización de 300.000 reservistas." in texts
    assert not any("code is not content" in text for text in texts)
    kinds = {block.text: block.kind for block in document.blocks}
    assert kinds["Mongolia, Georgia y Kazajistán"] == "list-item"
    assert kinds["«No tenemos miedo», dijo Aleksey."] == "paragraph"
    cells = [(block.text, block.column) for block in document.blocks if block.kind == "table-cell"]
    assert ("Leer en Español", 0) in cells and ("Read in English", 1) in cells
    assert texts[-1] == "Último párrafo."
    assert_blocks_point_into_source(document)


def test_markdown_ignore_comment_suppresses_the_next_block_only():
    document = read_document(INPUTS / "article.md")
    assert len(document.suppressions) == 1  # "<!-- just a comment -->" is not a suppression
    suppression = document.suppressions[0]
    assert suppression.rules == frozenset({"number-mismatch", "quote-mismatch"})
    assert document.text[suppression.start : suppression.end] == "Putin ordenó la movilización de `300.000` reservistas."


# --- HTML ----------------------------------------------------------------------------


def hostile() -> SourceDocument:
    return read_document(INPUTS / "hostile.html")


def test_html_content_comes_from_the_article_without_code_or_chrome():
    document = hostile()
    assert document.format == "html"
    everything = " ".join(block.text for block in document.blocks)
    assert "not content" not in everything  # <head>, <script>, <template>, <iframe>, <noscript>, <svg>
    for chrome in ("Skip to content", "Site name", "Copyright footer", "Related stories", "Share"):
        assert chrome not in everything
    ignored = " ".join(block.text for block in document.ignored)
    assert "Skip to content" in ignored and "Related stories" in ignored and "Site footer" in ignored


def test_html_headline_inside_the_article_header_is_kept_with_entities_decoded():
    heading = hostile().blocks[0]
    assert heading.kind == "heading"
    assert heading.text == "U.S. will “welcome” Russians fleeing Putin’s draft"


def test_html_text_maps_back_to_the_raw_source():
    document = hostile()
    paragraph = document.blocks[1]
    assert "AT&T reported — White House press secretary Karine Jean-Pierre said Tuesday." in paragraph.text
    ampersand = paragraph.text.index("&")
    assert document.text.startswith("&amp;", paragraph.offsets[ampersand])
    assert_blocks_point_into_source(document)


def test_malformed_html_still_gives_its_text():
    texts = [block.text for block in hostile().blocks]
    assert "Unclosed paragraph with bold nested text and a stray end tag." in texts
    assert "Bare text in a div counts as a paragraph." in texts
    assert ["Mongolia", "Georgia and Kazakhstan"] == [t for t in texts if t in ("Mongolia", "Georgia and Kazakhstan")]


def test_html_table_cells_carry_their_column():
    cells = [(block.text, block.column) for block in hostile().blocks if block.kind == "table-cell"]
    assert cells == [("English", 0), ("Español", 1), ("Read in English", 0), ("Leer en Español", 1)]


def test_html_ignore_comment_suppresses_the_next_block():
    document = hostile()
    (suppression,) = document.suppressions
    assert suppression.rules == frozenset({"number-mismatch"})
    covered = document.text[suppression.start : suppression.end]
    assert covered == "Putin ordered a partial mobilization, drafting up 300,000 reserve troops."


@pytest.mark.parametrize(
    "markup",
    [
        "</div></p><p>Hola <b>mundo",
        "<div>" * 3000 + "deep text" + "</span>" * 3,
        "<p>a &amp b &#x41; &bogus; c <",
        "<table>foster<tr><td>x</td></tr></table>",
        "<![CDATA[ y ]]><?php echo 1 ?><p>z",
    ],
)
def test_broken_html_never_raises(markup):
    document = read_text(markup, "broken.html", "html")
    assert document.blocks
    assert_blocks_point_into_source(document)


def test_article_wins_over_main_and_main_over_the_body():
    document = read_text("<main><p>In main.</p></main><article><p>In article.</p></article>", "x.html", "html")
    assert [block.text for block in document.blocks] == ["In article."]
    assert [block.text for block in document.ignored] == ["In main."]
    document = read_text("<p>Outside.</p><div role='main'><p>Inside.</p></div>", "x.html", "html")
    assert [block.text for block in document.blocks] == ["Inside."]


BILINGUAL_PAGE = """<!doctype html>
<html lang="en"><head><title>Budget approved | Presupuesto aprobado</title></head><body>
<nav><a href="/">Home</a> <a href="/es/">Leer en Espa&ntilde;ol</a></nav>
<article{en}><h1>Council approves budget</h1>
<p>The city council approved a new budget on Monday after a long debate about school funding.</p>
<p>The mayor said the plan would add 300 teachers next year, according to a statement.</p></article>
<div class="promo">Subscribe for $1 a week.</div>
<article{es}><h1>El concejo aprueba el presupuesto</h1>
<p>El concejo municipal aprob&oacute; un nuevo presupuesto el lunes tras un largo debate sobre la financiaci&oacute;n escolar.</p>
<p>El alcalde dijo que el plan a&ntilde;adir&iacute;a 30 maestros el pr&oacute;ximo a&ntilde;o, seg&uacute;n un comunicado.</p></article>
<article class="teaser"><h2>{teaser_title}</h2><p>{teaser}</p></article>
<footer>&copy; 2026 The Daily</footer></body></html>
"""


@pytest.mark.parametrize("declared", [True, False])
def test_a_page_holding_each_version_in_an_article_of_its_own_reads_both(declared):
    """The versions in two <article>s, said by ``lang`` or found by their text: the first <article> alone was
    the content, and the Spanish version was dropped as chrome ("only English found")."""
    page = BILINGUAL_PAGE.format(en=' lang="en-US"' if declared else "", es=' lang="es-419"' if declared else "",
                                 teaser_title="Mayor visits school", teaser="The mayor toured the new school.")
    document = read_text(page, "budget.html", "html")
    texts = [block.text for block in document.blocks]
    assert texts[0] == "Council approves budget"
    assert texts[3] == "El concejo aprueba el presupuesto"
    assert texts[-1].startswith("El alcalde dijo que el plan añadiría 30 maestros")
    assert len(texts) == 6
    ignored = [block.text for block in document.ignored]
    assert "Subscribe for $1 a week." in ignored and "The mayor toured the new school." in ignored
    assert_blocks_point_into_source(document)


def test_a_short_article_in_the_other_language_is_a_teaser_not_a_version():
    page = BILINGUAL_PAGE.replace('<article{es}>', '<div class="es">').replace(
        "seg&uacute;n un comunicado.</p></article>", "seg&uacute;n un comunicado.</p></div>")
    page = page.format(en="", teaser_title="Lea también", teaser="El alcalde visita la escuela.")
    texts = [block.text for block in read_text(page, "budget.html", "html").blocks]
    assert texts == ["Council approves budget",
                     "The city council approved a new budget on Monday after a long debate about school funding.",
                     "The mayor said the plan would add 300 teachers next year, according to a statement."]


def test_a_bilingual_page_in_two_articles_is_checked_as_one_file(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "budget.html"
    path.write_text(BILINGUAL_PAGE.format(en=' lang="en"', es=' lang="es"', teaser_title="Mayor visits school",
                                          teaser="The mayor toured the new school."), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bilingo", "check", str(path), "--format", "json", "--no-cache"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("number-mismatch", "30")]


def test_format_comes_from_the_extension_then_from_the_content(tmp_path):
    htm = tmp_path / "page.htm"
    htm.write_text("<p>Hola.</p>", encoding="utf-8")
    assert read_document(htm).format == "html"
    sniffed = tmp_path / "page.data"
    sniffed.write_text("<!DOCTYPE html><html><body><p>Hola.</p></body></html>", encoding="utf-8")
    assert read_document(sniffed).format == "html"
    markdown = tmp_path / "notes"
    markdown.write_text("# Título\n\nTexto.\n", encoding="utf-8")
    assert read_document(markdown).format == "markdown"
    plain = tmp_path / "plain.md.txt"
    plain.write_text("# not a heading in plain text\n", encoding="utf-8")
    assert read_document(plain).format == "text"


def test_html_with_only_chrome_has_no_content(tmp_path):
    path = tmp_path / "chrome.html"
    path.write_text("<nav>Skip to content</nav><script>x()</script><footer>Contact</footer>", encoding="utf-8")
    with pytest.raises(InputError, match="no text content"):
        read_document(path)


def test_markdown_blockquote_lines_form_one_block():
    text = "> «No tenemos miedo»,\n> dijo Aleksey.\n\n- Georgia\n- Mongolia\n"
    document = read_text(text, "quote.md", "markdown")
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("paragraph", "«No tenemos miedo», dijo Aleksey."),
        ("list-item", "Georgia"),
        ("list-item", "Mongolia"),
    ]
    assert_blocks_point_into_source(document)


def collapsed_by_character(pieces: list[tuple[str, list[int]]]) -> tuple[str, list[int]]:
    """The plain definition of ``MappedText.add_located``: each whitespace character becomes a space unless the
    text so far is empty or already ends in one."""
    chars: list[str] = []
    offsets: list[int] = []
    for text, located in pieces:
        for char, offset in zip(text, located):
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            offsets.append(offset)
    return "".join(chars), offsets


def test_mapped_text_collapses_whitespace_as_character_by_character_on_real_sentences():
    """Sentences with single spaces, no-break spaces, doubled spaces, tabs and line breaks, added one after
    another with and without leading whitespace: the whole-text path and the per-character one agree."""
    from bilingo.read import MappedText

    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-dev" / "tico19" / "docs.jsonl"
    if not corpus.is_file():
        pytest.skip("shared dev corpus not found")
    import json

    sentences = [s for line in corpus.read_text(encoding="utf-8").splitlines()[:20] for s in json.loads(line)["es"]]
    variants = ["", " ", "\u00a0", "  ", "\t", "\n", " \n "]
    pieces = []
    for number, sentence in enumerate(sentences):
        spaced = sentence.replace(" ", variants[number % len(variants)] or " ")
        text = variants[(number // 2) % len(variants)] + spaced + variants[(number // 3) % len(variants)]
        pieces.append((text, list(range(number * 1000, number * 1000 + len(text)))))
    mapped = MappedText()
    for text, located in pieces:
        mapped.add_located(text, located)
    assert (mapped.text(), mapped.offsets) == collapsed_by_character(pieces)
    assert len(pieces) > 200


def test_embedded_social_media_posts_are_left_out_of_the_content_and_reported_as_such(tmp_path):
    """A post embedded in both versions (Twitter's, Instagram's embed code) stays in the language it was posted
    in: in the Spanish version it is not an untranslated sentence. The check leaves it out, says so in the
    report's ``ignored``, and still finds a sentence really left in English beside it."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    tweet = ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en">Great news for our parks today, thank you '
             'to everyone who voted! #budget</p>&mdash; Mayor Ana Ruiz (@mayor) '
             '<a href="https://twitter.com/mayor/status/1">March 3, 2024</a></blockquote>')
    instagram = '<blockquote class="instagram-media" data-instgrm-version="14"><p>A view of the new playground</p></blockquote>'
    english = ["The city council voted on Tuesday to approve a budget for park repairs, the mayor said.",
               "The money will pay for new playgrounds at Lincoln Park and Riverside Park."]
    spanish = ["El concejo municipal votó el martes para aprobar un presupuesto para reparar parques, dijo la alcaldesa.",
               "The money will pay for new playgrounds at Lincoln Park and Riverside Park."]
    for name, paragraphs in (("story.en.html", english), ("story.es.html", spanish)):
        body = f"<p>{paragraphs[0]}</p>{tweet}<p>{paragraphs[1]}</p>{instagram}"
        (tmp_path / name).write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    document = read_document(tmp_path / "story.es.html")
    assert [block.text for block in document.blocks] == spanish
    assert [block.kind for block in document.ignored] == ["embed", "embed", "embed"]

    settings = Settings(translator="apertium", cache=False)
    paths = [str(tmp_path / "story.en.html"), str(tmp_path / "story.es.html")]
    report = check_paths(paths, settings, create_translator(settings))
    untranslated = [finding.text for finding in report.findings if finding.rule == "untranslated"]
    assert untranslated == [spanish[1]]
    reasons = {(item["text"][:11], item["reason"]) for item in report.ignored}
    assert ("Great news ", "embedded social media post") in reasons
    assert ("A view of t", "embedded social media post") in reasons
    assert {item["path"] for item in report.ignored} == set(paths)  # which version each one was left out of


_PHOTO_PAGE = """<!doctype html><html lang="{lang}"><head><title>{title} | Daily</title>
<meta name="description" content="{description}">
<meta property="og:description" content="{title}.">
</head><body><nav><a href="/"><img alt="{logo}" src="/logo.png"></a></nav>
<article><h1>{title}</h1>
<figure><img src="rescue.jpg"
     alt="{alt}"><figcaption>{caption}</figcaption></figure>
<p>{text} <img class="emoji" alt="🌊" src="wave.png"></p>
<p><img alt="IMG_2034.JPG" src="x.jpg"><img alt="" src="pixel.gif">{more}</p>
<noscript><img alt="{alt}" src="rescue.jpg"></noscript>
</article></body></html>"""
_PHOTO_EN = dict(
    lang="en", title="Storm floods the coast", logo="Daily News",
    description="Three people died as the storm hit the coast &amp; the islands on Tuesday.",
    alt="Firefighters carry a woman out of a flooded house in Galveston.",
    caption="A rescue in Galveston on Tuesday.", text="The water rose fast.", more="Schools will stay closed.",
)  # fmt: skip
_PHOTO_ES = dict(
    lang="es", title="La tormenta inunda la costa", logo="Diario",
    description="Cuatro personas murieron cuando la tormenta llegó a la costa y a las islas el martes.",
    alt="Firefighters carry a woman out of a flooded house in Galveston.",  # left in English by the CMS
    caption="Un rescate en Galveston el martes.", text="El agua subió rápido.", more="Las escuelas seguirán cerradas.",
)  # fmt: skip


def test_html_reads_image_alt_text_in_place_and_the_page_description_first(tmp_path):
    path = tmp_path / "story.en.html"
    path.write_text(_PHOTO_PAGE.format(**_PHOTO_EN), encoding="utf-8")
    document = read_document(path)
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("paragraph", "Three people died as the storm hit the coast & the islands on Tuesday."),  # name=description
        ("heading", "Storm floods the coast"),
        ("paragraph", "Firefighters carry a woman out of a flooded house in Galveston."),  # the photo's alt text
        ("paragraph", "A rescue in Galveston on Tuesday."),
        ("paragraph", "The water rose fast. 🌊"),  # an emoji drawn as an image is part of its sentence
        ("paragraph", "Schools will stay closed."),  # a file name and an empty alt say nothing
    ]
    assert [block.text for block in document.ignored] == ["Daily News"]  # the logo is in the navigation
    assert_blocks_point_into_source(document)
    alt = document.blocks[2]
    assert document.text[alt.start : alt.end] == "Firefighters carry a woman out of a flooded house in Galveston."
    assert document.text[: alt.start].endswith('\n     alt="')  # the attribute's own place, on its own line


def test_html_alt_text_keeps_its_place_across_entities_and_line_breaks(tmp_path):
    source = ('<html><body><article><p>Before.</p>\r\n<img src="a.jpg" alt="Caf&eacute; owners &amp; staff\r\n'
              'protest on Main St.">\r\n<p>After.</p></article></body></html>')
    document = read_source(tmp_path, source, "cafe.html")
    assert [block.text for block in document.blocks] == ["Before.", "Café owners & staff protest on Main St.", "After."]
    assert_blocks_point_into_source(document)


def test_html_attribute_text_the_parser_moved_is_left_out_rather_than_misplaced(tmp_path):
    # An <img> directly in a <table>, after a row, is moved before the table by the HTML parser: its place in the
    # file would put text out of order. A <meta> description misplaced inside a paragraph would cut the paragraph.
    source = ('<html><body><table><tr><td>Cell one.</td></tr><img alt="Moved out of the table"></table>'
              '<p>Some text <meta name="description" content="In the middle"> and more.</p>'
              '<table><img alt="In its place"><tr><td>Cell two.</td></tr></table></body></html>')
    document = read_source(tmp_path, source, "broken.html")
    assert [block.text for block in document.blocks] == ["Cell one.", "Some text and more.", "In its place",
                                                         "Cell two."]
    assert_blocks_point_into_source(document)


def test_a_spanish_page_with_its_photo_described_in_english_and_another_death_toll(tmp_path):
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    for name, fields in (("story.en.html", _PHOTO_EN), ("story.es.html", _PHOTO_ES)):
        (tmp_path / name).write_text(_PHOTO_PAGE.format(**fields), encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    paths = [str(tmp_path / "story.en.html"), str(tmp_path / "story.es.html")]
    report = check_paths(paths, settings, create_translator(settings))
    found = {(finding.rule, finding.text) for finding in report.findings}
    assert ("untranslated", _PHOTO_ES["alt"]) in found
    numbers = [finding for finding in report.findings if finding.rule == "number-mismatch"]
    assert len(numbers) == 1 and "Three" in numbers[0].message and "Cuatro" in numbers[0].message
    spanish = (tmp_path / "story.es.html").read_text(encoding="utf-8")
    untranslated = next(finding for finding in report.findings if finding.rule == "untranslated")
    assert untranslated.path == paths[1]
    assert spanish.splitlines()[untranslated.line - 1].strip().startswith('alt="Firefighters')
    assert not [finding for finding in report.findings if finding.rule.startswith("only-in")]


def test_an_embedded_post_in_markdown_is_left_out_like_in_html(tmp_path):
    """Markdown articles carry embed codes as raw HTML blocks; a paragraph that merely starts with inline
    HTML is still content."""
    path = tmp_path / "story.md"
    path.write_text(
        "# Parks\n\nThe council voted on Tuesday.\n\n"
        '<blockquote class="twitter-tweet"><p lang="en">Great news for our parks today! #budget</p>'
        '&mdash; Mayor (@mayor) March 3, 2024</blockquote> <script async src="https://platform.twitter.com/widgets.js">'
        "</script>\n\n"
        "<strong>Update:</strong> the vote was 7-2.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [block.text for block in document.blocks] == ["Parks", "The council voted on Tuesday.",
                                                         "Update: the vote was 7-2."]
    assert [block.kind for block in document.ignored] == ["embed"]
    assert document.ignored[0].text.startswith("Great news for our parks today!")


def test_markdown_entities_are_decoded_and_point_back_at_their_source(tmp_path):
    """CMS exports write "don&#8217;t" and "AT&amp;T" in Markdown: the words are read decoded (else the
    translation and every rule see "don&#8217;t"), and a decoded character maps to its entity in the file."""
    path = tmp_path / "story.md"
    source = "AT&amp;T said it won&#8217;t raise prices&nbsp;&mdash; for now. Fish &chips; stays.\n"
    path.write_text(source, encoding="utf-8")
    (block,) = read_document(path).blocks
    assert block.text == "AT&T said it won’t raise prices — for now. Fish &chips; stays."  # (spaces collapsed)
    apostrophe = block.text.index("’")
    assert source[block.offsets[apostrophe]:].startswith("&#8217;")
    assert source[block.offsets[block.text.index("—")]:].startswith("&mdash;")
    assert source[block.offsets[block.text.index("for")]:].startswith("for now")


_WORDPRESS_PAGE = """<!doctype html><html><body class="post-template-default single social-theme">
<div id="masthead" class="site-header"><p class="site-title">The Daily</p>
<div class="menu-primary"><a href="/">{home}</a> <a href="/other/">{other}</a></div></div>
<div id="primary"><article class="post-12 post type-post status-publish category-social-media tag-ads hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{share}</h3><a href="#">Facebook</a></div>
{paragraphs}
{extra}
</div></article>
<div id="secondary" class="widget-area"><section class="widget popular-posts"><h2>{popular}</h2>
<ul><li>{story}</li></ul></section></div></div>
<div class="site-footer">{rights}</div></body></html>"""


def test_chrome_named_by_classes_is_left_out_but_never_the_article_itself(tmp_path):
    """A WordPress page marks its chrome with classes, not tags: share buttons, related posts and a newsletter box
    inside the story, menus and widgets around it. They differ between the two editions (a box in English only, a
    different most-read story) and are no content to compare. The article element's own classes file it under
    "social-media" and "ads": it stays. The number changed in the Spanish edition is still found, alone."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    english = ["The city council voted on Tuesday to approve a budget of 300,000 dollars for park repairs.",
               "The money will pay for new playgrounds at Lincoln Park and Riverside Park."]
    spanish = ["El concejo municipal votó el martes para aprobar un presupuesto de 30.000 dólares para reparar "
               "parques.", "El dinero pagará nuevos parques infantiles en Lincoln Park y Riverside Park."]
    pages = {
        "story.en.html": dict(home="Home", other="Español", title="Council approves park budget", share="Share this:",
                              extra='<div id="jp-relatedposts" class="jp-relatedposts">Related: Schools get new '
                                    'funding</div><div class="newsletter-box"><p>Sign up for our morning newsletter '
                                    'to get the news you need.</p></div>',
                              popular="Most read", story="Storm hits the coast", rights="All rights reserved.",
                              paragraphs="".join(f"<p>{p}</p>" for p in english)),
        "story.es.html": dict(home="Inicio", other="English", title="El concejo aprueba presupuesto para parques",
                              share="Compartir:", extra="", popular="Lo más leído",
                              story="Nuevos fondos para escuelas", rights="Todos los derechos reservados.",
                              paragraphs="".join(f"<p>{p}</p>" for p in spanish)),
    }
    for name, fields in pages.items():
        (tmp_path / name).write_text(_WORDPRESS_PAGE.format(**fields), encoding="utf-8")
    document = read_document(tmp_path / "story.en.html")
    assert [block.text for block in document.blocks] == ["Council approves park budget", *english]
    ignored = " | ".join(block.text for block in document.ignored)
    for chrome in ("Share this:", "Related: Schools", "Sign up for our", "Most read", "Storm hits", "Home Español"):
        assert chrome in ignored

    settings = Settings(translator="apertium", cache=False)
    paths = [str(tmp_path / "story.en.html"), str(tmp_path / "story.es.html")]
    report = check_paths(paths, settings, create_translator(settings))
    assert [(finding.rule, finding.text) for finding in report.findings] == [("number-mismatch", "30.000")]


@pytest.mark.parametrize("pull_quote", [
    '<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Rosa Delgado</cite></blockquote></figure>',
    '<aside class="pull-quote">{quote}</aside>',
])
def test_a_pull_quote_repeating_the_story_is_left_out(tmp_path, pull_quote):
    """A sentence of the story set again in large type, in one edition only: not a sentence the other one lacks."""
    quote = "Nobody should have to choose between rent and a doctor."
    path = tmp_path / "clinic.html"
    path.write_text(
        '<html lang="en"><body><article><h1>Clinic opens in Northside</h1>'
        f'<p>"{quote[:-1]}," said director Rosa Delgado.</p>' + pull_quote.format(quote=quote)
        + "<p>The clinic is open weekdays from 8 a.m. to 5 p.m.</p></article></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [block.text for block in document.blocks] == [
        "Clinic opens in Northside", f'"{quote[:-1]}," said director Rosa Delgado.',
        "The clinic is open weekdays from 8 a.m. to 5 p.m."]
    assert quote in " ".join(block.text for block in document.ignored)


@pytest.mark.parametrize("credit", [
    '<span class="credit">Photo: Luis Peña/Eastside Gazette</span>',
    '<span class="wp-caption-credit">(Luis Peña/Eastside Gazette)</span>',
    '<small class="media-credits">Foto: Luis Peña</small>',
])
def test_a_photo_credit_inside_its_caption_is_left_out(tmp_path, credit):
    """The credit names the photographer, not what the story says; one edition often prints it alone."""
    path = tmp_path / "bus.html"
    path.write_text(
        '<html lang="en"><body><article><h1>Transit board freezes fares</h1><figure><img src="bus.jpg" alt="">'
        f'<figcaption>Riders board a Route 7 bus downtown on Monday. {credit}</figcaption></figure>'
        "<p>The board voted unanimously on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [block.text.strip() for block in document.blocks] == [
        "Transit board freezes fares", "Riders board a Route 7 bus downtown on Monday.",
        "The board voted unanimously on Monday."]


def test_an_article_body_named_by_schema_org_or_a_class_is_the_content_when_no_tag_says_so(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(
        '<html><body><div class="top">Breaking: storm warning for the coast</div>'
        '<div class="wrap"><div itemprop="articleBody"><p>The council voted on Tuesday.</p></div>'
        '<div class="box"><p>More stories from our newsroom</p></div></div></body></html>',
        encoding="utf-8",
    )
    document = read_document(path)
    assert [block.text for block in document.blocks] == ["The council voted on Tuesday."]
    assert [block.text for block in document.ignored] == ["Breaking: storm warning for the coast",
                                                          "More stories from our newsroom"]


def test_a_layout_wrapper_named_like_chrome_keeps_the_story_it_holds(tmp_path):
    """Names are a guess: "has-sidebar" on the element that holds the whole story (no <article> to find) must not
    drop the story; the sidebar inside it still goes."""
    path = tmp_path / "story.html"
    story = "".join(f"<p>{sentence}</p>" for sentence in (
        "The city council voted on Tuesday to approve a budget for park repairs, the mayor said.",
        "The money will pay for new playgrounds at Lincoln Park and Riverside Park.",
        "Work is expected to begin in June and to end before the winter.",
    ))
    path.write_text(f'<html><body><div class="layout has-sidebar">{story}'
                    '<div class="sidebar"><p>Most read today</p></div></div></body></html>', encoding="utf-8")
    document = read_document(path)
    assert len(document.blocks) == 3 and document.blocks[0].text.startswith("The city council")
    assert [block.text for block in document.ignored] == ["Most read today"]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("_Associated Press writer Ana Ruiz contributed to this report._", "Associated Press writer Ana Ruiz "
                                                                           "contributed to this report."),
        ("_(AP)_ The council voted.", "(AP) The council voted."),
        ("Say _hello_ now, snake_case and @john_doe stay.", "Say hello now, snake_case and @john_doe stay."),
    ],
)
def test_markdown_underscore_emphasis_closes_after_punctuation_and_stays_inside_words(tmp_path, markdown, text):
    """A wire story's tagline ends "...to this report._": the closing underscore follows the period."""
    path = tmp_path / "story.md"
    path.write_text(markdown + "\n", encoding="utf-8")
    assert [block.text for block in read_document(path).blocks] == [text]


def test_a_wrapper_inside_the_article_named_like_chrome_keeps_the_story_on_a_page_full_of_chrome(tmp_path):
    """The share that keeps a named element is of the article's text, not the page's: a story of three
    paragraphs in a "body-with-ads" wrapper stays, though the page's menus and footer hold more text."""
    path = tmp_path / "story.html"
    story = "".join(f"<p>{sentence}</p>" for sentence in (
        "The city council voted on Tuesday to approve a budget for park repairs.",
        "The money will pay for new playgrounds at Lincoln Park.",
        "Work is expected to begin in June.",
    ))
    chrome = "".join(f"<li>Section number {number} of the newspaper</li>" for number in range(40))
    path.write_text(f"<html><body><div class='top'><ul>{chrome}</ul></div><article><h1>Parks</h1>"
                    f"<div class='body-with-ads'>{story}<div class='ad-slot'>Advertisement</div></div></article>"
                    f"<div class='bottom'><ul>{chrome}</ul></div></body></html>", encoding="utf-8")
    document = read_document(path)
    assert [block.text for block in document.blocks][:2] == ["Parks", "The city council voted on Tuesday to "
                                                             "approve a budget for park repairs."]
    assert len(document.blocks) == 4
    assert "Advertisement" in [block.text for block in document.ignored]


def test_chrome_inside_a_line_of_text_is_left_out_without_cutting_the_sentence(tmp_path):
    """WordPress puts "(opens in a new tab)" for screen readers inside a link, in the middle of a sentence."""
    path = tmp_path / "story.html"
    path.write_text('<html><body><article><p>Read the <a href="/r">report<span class="screen-reader-text"> (opens in '
                    'a new tab)</span></a> published today by the council.</p><p>Second paragraph.</p></article>'
                    '</body></html>', encoding="utf-8")
    document = read_document(path)
    assert [block.text for block in document.blocks] == ["Read the report published today by the council.",
                                                         "Second paragraph."]
    sentence = document.blocks[0]
    assert path.read_text(encoding="utf-8")[sentence.offsets[-1]] == "."


def test_hugo_shortcodes_and_liquid_tags_are_read_as_the_words_they_show(tmp_path):
    """A Hugo or Jekyll article carries its photo captions in shortcodes: the caption is content (a number
    changed in one version's caption must be found), the template's name, paths and ids are not."""
    path = tmp_path / "post.md"
    source = ('{{< figure src="/img/park.jpg" caption="Children play at Lincoln Park on Sunday." >}}\n\n'
              '{{< tweet user="mayor" id="1453110110599868418" >}}\n\n'
              '{% include image.html file="a.jpg" alt="The new playground" %}\n\n'
              "The council voted on Tuesday.\n")
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    assert [block.text for block in document.blocks] == ["Children play at Lincoln Park on Sunday.",
                                                         "The new playground", "The council voted on Tuesday."]
    caption = document.blocks[0]
    assert source[caption.offsets[0]:].startswith("Children play")
    assert source[caption.offsets[len("Children play at Lincoln Park on Sunday.") - 1]] == "."


# --- Markdown front matter -----------------------------------------------------------------


def test_front_matter_text_fields_are_content_and_the_rest_is_metadata(tmp_path):
    """A Hugo or Jekyll article keeps its headline, standfirst and photo caption in the front matter, and its body
    has no headline of its own: those fields are read (the title as a heading, first), dates, tags, slugs and
    paths are not, and every character points at where it is written."""
    source = (
        "---\n"
        'title: "Storm leaves 300,000 without power"\n'
        "date: 2026-11-20\n"
        "slug: storm-power-cuts\n"
        "tags: [weather, power outage]\n"
        "draft: false\n"
        "description: >\n"
        "  Crews worked through the night\n"
        "  to restore power.\n"
        "cover:\n"
        "  image: /img/tree.jpg\n"
        "  caption: 'A fallen tree on Main Street.'\n"
        "  alt: Fallen tree\n"
        "seo_title: Storm cuts power\n"
        "title_count: 3\n"
        "---\n"
        "\n"
        "Most homes had power again by Friday.\n"
    )
    document = read_source(tmp_path, source, "storm.md")
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Storm leaves 300,000 without power"),
        ("paragraph", "Crews worked through the night to restore power."),  # a folded scalar, lines joined
        ("paragraph", "A fallen tree on Main Street."),
        ("paragraph", "Fallen tree"),
        ("heading", "Storm cuts power"),  # seo_title: a title too
        ("paragraph", "Most homes had power again by Friday."),
    ]
    assert_blocks_point_into_source(document)
    assert source[document.blocks[0].start : document.blocks[0].end] == "Storm leaves 300,000 without power"


def test_toml_front_matter_is_read_like_yaml(tmp_path):
    """Hugo's TOML front matter (between +++ lines), tables included; before, its lines were read as prose."""
    source = (
        "+++\n"
        'title = "La tormenta deja a 300.000 personas sin luz"\n'
        "date = 2026-11-20\n"
        "summary = 'Las cuadrillas trabajaron toda la noche.'\n"
        'aliases = ["/es/tormenta"]\n'
        "[cover]\n"
        'caption = "Un \\"árbol\\" caído en la calle Main."\n'
        "+++\n"
        "La mayoría de los hogares tenía luz el viernes.\n"
    )
    document = read_source(tmp_path, source, "tormenta.md")
    assert [block.text for block in document.blocks] == [
        "La tormenta deja a 300.000 personas sin luz",
        "Las cuadrillas trabajaron toda la noche.",
        'Un "árbol" caído en la calle Main.',  # an escaped quote points at the quote it escapes
        "La mayoría de los hogares tenía luz el viernes.",
    ]
    assert_blocks_point_into_source(document)


@pytest.mark.parametrize("front_matter", [
    "---\ntitle: [unclosed\n---\n",  # YAML that does not parse
    "+++\ntitle = \n+++\n",  # TOML that does not parse
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e]\n---\n",
])
def test_front_matter_that_does_not_parse_or_explodes_is_left_out_and_the_body_read(tmp_path, front_matter):
    document = read_source(tmp_path, front_matter + "\nThe council voted on Tuesday.\n")
    assert [block.text for block in document.blocks] == ["The council voted on Tuesday."]


def test_a_headline_changed_in_the_front_matter_is_found_at_its_line(tmp_path):
    """End to end, real Apertium: the number changed in the Spanish headline (front matter only, as Hugo writes
    it) is reported at its line and column in the Spanish file."""
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    english = '---\ntitle: "Storm leaves 300,000 homes without power"\ndate: 2026-11-20\n---\n\nCrews worked all night.\n'
    spanish = ('---\ntitle: "La tormenta deja 30.000 hogares sin luz"\ndate: 2026-11-20\n---\n\n'
               "Las cuadrillas trabajaron toda la noche.\n")
    (tmp_path / "storm.en.md").write_text(english, encoding="utf-8")
    (tmp_path / "storm.es.md").write_text(spanish, encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    paths = [str(tmp_path / "storm.en.md"), str(tmp_path / "storm.es.md")]
    report = check_paths(paths, settings, create_translator(settings))
    numbers = [finding for finding in report.findings if finding.rule == "number-mismatch"]
    assert len(numbers) == 1 and numbers[0].text == "30.000"
    assert spanish[numbers[0].start : numbers[0].end] == "30.000"
    assert not [finding for finding in report.findings if finding.rule != "number-mismatch"]


def test_markdown_setext_headings_reference_links_footnotes_and_indented_code(tmp_path):
    """CommonMark constructs a newsroom's Markdown uses: underlined headings are headings (not a heading with
    "=====" in it, nor a paragraph and a rule); a reference link shows its text and its definition line is
    not content; a footnote's mark is dropped and its note is a paragraph of its own; an indented code block
    is not content, while an indented line after a list item continues it."""
    source = (
        "Storm leaves thousands without power\n"
        "====================================\n"
        "\n"
        "Crews restored power by Friday[^note], the [utility][pge] said.\n"
        "\n"
        "    print('indented code is not content')\n"
        "\n"
        "Power returned\n"
        "--------------\n"
        "\n"
        "- Schools reopen on Monday.\n"
        "\n"
        "    Buses run on the usual routes.\n"
        "\n"
        '[pge]: https://www.pge.com/outages "PG&E outages"\n'
        "[^note]: Figures from the utility's outage map.\n"
    )
    document = read_source(tmp_path, source, "storm.md")
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Storm leaves thousands without power"),
        ("paragraph", "Crews restored power by Friday, the utility said."),
        ("heading", "Power returned"),
        ("list-item", "Schools reopen on Monday."),
        ("paragraph", "Buses run on the usual routes."),
        ("paragraph", "Figures from the utility's outage map."),
    ]
    assert_blocks_point_into_source(document)


def test_mdx_imports_are_code_and_components_show_their_captions(tmp_path):
    """MDX (Astro, Next.js): front matter, then JavaScript imports and exports, which are not content, and
    components, read as the words they show like a Hugo shortcode. A folder walk picks .mdx files up."""
    from bilingo.batch import discover
    from bilingo.settings import Settings

    source = (
        "---\ntitle: Storm leaves 300,000 without power\n---\n"
        "import Chart from '../components/Chart.astro';\n"
        "export const outages = [120, 80];\n"
        "\n"
        "Crews worked all night to restore power.\n"
        "\n"
        '<Chart data={outages} title="Outages by county" />\n'
    )
    (tmp_path / "storm.en.mdx").write_text(source, encoding="utf-8")
    (tmp_path / "storm.es.mdx").write_text(source, encoding="utf-8")
    document = read_document(tmp_path / "storm.en.mdx")
    assert [block.text for block in document.blocks] == [
        "Storm leaves 300,000 without power", "Crews worked all night to restore power.", "Outages by county"]
    assert_blocks_point_into_source(document)
    assert discover([str(tmp_path)], Settings()).documents == [[str(tmp_path / "storm.en.mdx"),
                                                                 str(tmp_path / "storm.es.mdx")]]


def test_a_comment_in_the_front_matter_suppresses_the_field_after_it(tmp_path):
    """Where ``<!-- bilingo: ignore -->`` cannot go: a YAML or TOML comment before a field."""
    source = ("---\ntitle: Storm leaves 300,000 without power\n# bilingo: ignore[number-mismatch]\n"
              "description: Crews restored power to 95% of homes.\n# an ordinary comment\nsummary: Schools reopen.\n---\n\n"
              "<!-- bilingo: ignore -->\nThe body.\n")
    document = read_source(tmp_path, source, "storm.md")
    suppressed = [(s.rules, source[s.start:s.end]) for s in document.suppressions]
    assert suppressed == [(frozenset({"number-mismatch"}), "Crews restored power to 95% of homes."),
                          (frozenset(), "The body.")]


def test_html_links_keep_the_span_of_their_text_and_their_address(tmp_path):
    source = ('<html><body><article><p>Visit <a class="x" href="https://www.cdc.gov/flu/?a=1&amp;b=2">the CDC&#39;s '
              'page</a>, <a href="mailto:help@city.org">write to us</a> or <a name="top">call</a> '
              '<a href=\'tel:+1-555-0100\'>the line</a>.</p><p><a href="/es/story">Leer en espa\u00f1ol</a> '
              '<a href="https://example.org/open">left open</p></article></body></html>')
    document = read_source(tmp_path, source, "story.html")
    assert [(document.text[link.start : link.end], link.target) for link in document.links] == [
        ("the CDC&#39;s page", "https://www.cdc.gov/flu/?a=1&b=2"),  # (an address's entities decoded)
        ("write to us", "mailto:help@city.org"),
        ("the line", "tel:+1-555-0100"),
        ("Leer en espa\u00f1ol", "/es/story"),
    ]  # (an anchor without an address is no link; one never closed has no known end)


def test_markdown_links_inline_by_reference_and_autolinks(tmp_path):
    source = ('# Outages\n\nSee [the map][PGE Map] and [the county](<https://county.gov/outages> "Outages") or '
              '<https://x.org/a>.\nAlso [Ready][], ![a photo](p.jpg) and [nowhere][missing].\n\n'
              '[pge map]: https://pge.com/outages\n[ready]: <https://ready.gov>\n')
    document = read_source(tmp_path, source)
    assert [(document.text[link.start : link.end], link.target) for link in document.links] == [
        ("the map", "https://pge.com/outages"),  # (a label matches without case)
        ("the county", "https://county.gov/outages"),
        ("https://x.org/a", "https://x.org/a"),
        ("Ready", "https://ready.gov"),
    ]  # (an image is no link, and a label defined nowhere is text)
    assert document.blocks[1].text == "See the map and the county or . Also Ready, a photo and nowhere."


def test_plain_text_has_no_links(tmp_path):
    assert read_source(tmp_path, "Visit [the county](https://county.gov).\n", "story.txt").links == []


def test_an_html_anchor_in_markdown_is_a_link_where_it_closes_in_its_paragraph(tmp_path):
    source = ('Read <a href="https://www.cdc.gov/heat?a=1&amp;b=2" target="_blank">the guidance</a> and '
              '<a href="https://open.org">one never closed\n')
    document = read_source(tmp_path, source)
    assert [(document.text[link.start : link.end], link.target) for link in document.links] == [
        ("the guidance", "https://www.cdc.gov/heat?a=1&b=2")]
    assert document.blocks[0].text == "Read the guidance and one never closed"


def test_markup_wrapped_onto_the_next_line_of_a_paragraph_is_read_whole(tmp_path):
    """Hard-wrapped Markdown: a link's text, an emphasis and an HTML anchor that a line break cuts (read line by line,
    the link's brackets and address had stayed in the text)."""
    source = ("Find the nearest center on [the county's\nmap](https://county.gov/cooling \"Map\"), **updated\n"
              'daily**, or <a href="tel:+1-210-555-0142">call the\nhotline</a>.\n\n> A quote [wrapped\n> here](/es/).\n')
    document = read_source(tmp_path, source)
    assert [block.text for block in document.blocks] == [
        "Find the nearest center on the county's map, updated daily, or call the hotline.", "A quote wrapped here."]
    assert [(document.text[link.start : link.end], link.target) for link in document.links] == [
        ("the county's\nmap", "https://county.gov/cooling"), ("call the\nhotline", "tel:+1-210-555-0142"),
        ("wrapped\n> here", "/es/")]
    assert_blocks_point_into_source(document)


def test_a_telephone_autolink_is_a_link_and_no_text(tmp_path):
    document = read_source(tmp_path, "Call <tel:+1-210-555-0199> today.\n")
    assert [(link.target, document.text[link.start : link.end]) for link in document.links] == [
        ("tel:+1-210-555-0199", "tel:+1-210-555-0199")]
    assert document.blocks[0].text == "Call today."
