"""The HTML report: one self-contained, safe page that shows both versions and every finding.

Static tests parse the generated page with selectolax; tests marked ``browser`` open it in
Debian's headless Chromium (see ``tests/browser.py``) and check what an editor sees and
does: highlights, filters, j/k navigation, no network, no script injection.
"""

from __future__ import annotations

import base64
import hashlib
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from bilingo.findings import make_finding, segment_span
from bilingo.model import Block, DocumentReport, Section, Segment, SourceDocument
from bilingo.report import write_report
from bilingo.report.html import highlight, render, segment_file_offsets
from browser import (
    DEMO,
    REPO,
    chromium_missing_reason,
    demo_document,
    launch_chromium,
    markdown_source,
    report_of,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXED_TIME = datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc)

XSS_LINES = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=2</script>",
    "</textarea><textarea>",
    '<a href="javascript:window.__xss=3">click</a>',
]


@pytest.fixture(scope="module")
def demo_report():
    return report_of(demo_document())


@pytest.fixture(scope="module")
def demo_page(demo_report) -> str:
    return render(demo_report, generated_at=FIXED_TIME)


def xss_report():
    """The demo article with injection attempts added as paragraphs of both versions,
    and in a finding's message and evidence, where a careless template would run them."""
    english = (DEMO / "asylum-russians.en.md").read_text(encoding="utf-8")
    spanish = (DEMO / "asylum-russians.es.md").read_text(encoding="utf-8")
    injected = "\n\nThe suspect wrote " + " and ".join(XSS_LINES) + " in the forum.\n"
    document = demo_document(english + injected, spanish + injected.replace("The suspect wrote", "El sospechoso escribió"))
    english_source = document.aligned[0].left.source
    start = english_source.text.index(XSS_LINES[1])
    document.findings.append(
        make_finding(
            "name-mismatch",
            english_source,
            start,
            start + len(XSS_LINES[1]),
            "A name <img src=x onerror=\"window.__xss=4\"> differs",
            lang="en",
            evidence={"counterpart": "<script>window.__xss=5</script>", "translation": XSS_LINES[3]},
        )
    )
    return report_of(document)


# --- the page as markup ---------------------------------------------------------------------


def test_the_page_is_self_contained_and_its_csp_allows_only_its_own_inline_code(demo_page):
    tree = HTMLParser(demo_page)
    assert not tree.css("link"), "no stylesheet or icon may be loaded from elsewhere"
    assert not [node for node in tree.css("script") if "src" in node.attributes]
    for node in tree.css("[src], [href], [action], [srcset]"):
        for attribute in ("src", "href", "action", "srcset"):
            value = node.attributes.get(attribute)
            if value is not None:
                assert value.startswith("#"), f"{node.tag} {attribute}={value!r} leaves the page"
    policy = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"
    assert directives["img-src"] == "data:"
    (style,) = tree.css("style")
    (script,) = tree.css("script")
    for node, directive in ((style, "style-src"), (script, "script-src")):
        digest = base64.b64encode(hashlib.sha256(node.text().encode("utf-8")).digest()).decode()
        assert directives[directive] == f"'sha256-{digest}'"
    assert "http://" not in demo_page and "https://" not in demo_page


def test_every_finding_has_a_permalinked_card_with_its_message(demo_report, demo_page):
    tree = HTMLParser(demo_page)
    cards = {node.attributes["id"]: node for node in tree.css("li.finding")}
    assert len(cards) == len(demo_report.findings)
    for finding in demo_report.findings:
        card = cards[f"f-{finding.fingerprint}"]
        assert finding.message in card.text()
        assert card.attributes["data-rule"] == finding.rule
        assert card.css_first(f'a.permalink[href="#f-{finding.fingerprint}"]') is not None


def test_findings_are_highlighted_at_their_exact_character_spans(demo_report, demo_page):
    tree = HTMLParser(demo_page)
    marked: dict[str, str] = {}
    for mark in tree.css("mark.f"):
        for anchor in mark.attributes["data-f"].split():
            marked[anchor] = marked.get(anchor, "") + mark.text()
    by_rule = {finding.rule: finding for finding in demo_report.findings}
    for rule in ("number-mismatch", "pronoun-mismatch", "untranslated", "only-in-en", "only-in-es"):
        finding = by_rule[rule]
        assert marked[f"f-{finding.fingerprint}"] == finding.text, rule
    # The number is marked inside its sentence, not the whole sentence.
    number = by_rule["number-mismatch"]
    mark = next(m for m in tree.css("mark.f") if f"f-{number.fingerprint}" in m.attributes["data-f"])
    assert "reservistas" in mark.parent.text() and mark.text() == "30.000"


def test_unpaired_content_sits_on_its_own_row_beside_an_empty_cell(demo_page):
    tree = HTMLParser(demo_page)
    only_english = tree.css("tbody.kind-only-left")
    only_spanish = tree.css("tbody.kind-only-right")
    assert any("Aleksey" in row.text() and "Nothing in Spanish" in row.text() for row in only_english)
    assert any("La Casa Blanca no respondió" in row.text() and "Nothing in English" in row.text() for row in only_spanish)
    for row in only_english + only_spanish:
        assert row.css_first("td.empty") is not None
        assert "Only in" in row.css_first("th.num").text()


def test_the_translated_side_shows_its_machine_translation_in_a_collapsed_details(demo_report, demo_page):
    tree = HTMLParser(demo_page)
    aligned = demo_report.documents[0].aligned[0]
    translations = [node.text() for node in tree.css("details.mt p")]
    assert "Machine translation (Spanish → English)" in tree.css_first("details.mt summary").text()
    assert all("open" not in node.attributes for node in tree.css("details.mt"))
    spanish_rows = [pair for pair in aligned.pairs if pair.right]
    assert len(translations) == len(spanish_rows)
    assert translations[0] == spanish_rows[0].translation


def test_the_header_names_inputs_translator_signature_and_counts(demo_report, demo_page):
    header = HTMLParser(demo_page).css_first("header").text()
    signature = demo_report.signature
    for path in demo_report.documents[0].inputs:
        assert path in header
    assert signature.format() in header
    assert "2024-01-02 03:04 UTC" in header
    assert "FAIL" in header  # the demo has error-level findings
    counts = HTMLParser(demo_page).css_first("table.count-table tfoot").text()
    assert str(len(demo_report.findings)) in counts
    assert HTMLParser(demo_page).css_first("svg.rule-chart") is not None


def test_article_text_that_looks_like_markup_is_escaped_everywhere():
    page = render(xss_report(), generated_at=FIXED_TIME)
    tree = HTMLParser(page)
    assert len(tree.css("script")) == 1
    assert not tree.css("img") and not tree.css("textarea")
    assert not [node for node in tree.css("[onerror]")]
    assert not [node for node in tree.css("a[href]") if not node.attributes["href"].startswith("#")]
    text = tree.body.text()
    for line in XSS_LINES:
        assert line in text


def test_a_run_of_several_documents_gets_an_index_linking_to_each(demo_report):
    from bilingo.check import error_report
    from bilingo.errors import InputError

    broken = error_report(["story.es.md"], InputError("story.es.md: not valid UTF-8 and no fallback encoding fits"))
    report = report_of(demo_report.documents[0], broken)
    stream = io.StringIO()
    write_report(report, "html", stream, generated_at=FIXED_TIME)
    tree = HTMLParser(stream.getvalue())
    links = [node.attributes["href"] for node in tree.css("section.doc-index a")]
    assert links == ["#d-1", "#d-2"]
    assert tree.css_first("section#d-1 table.aligned") is not None
    assert "not valid UTF-8" in tree.css_first("section#d-2").text()
    anchors = [node.attributes["id"] for node in tree.css("[id]")]
    assert len(anchors) == len(set(anchors)), "ids must be unique across documents"


def test_a_single_bilingual_file_lists_its_sections_and_ignored_chrome():
    seed = REPO / "corpus" / "elamerican-asylum-russians.txt"
    source = markdown_source(seed)
    text = source.text
    chrome = [line for line in ("Skip to content", "Leer en Español", "Leave a Reply") if line in text]
    body_start = text.index("U.S. Offers Asylum")
    body_end = text.index("Sabrina Martín")
    document = DocumentReport(
        inputs=[str(seed)],
        languages={str(seed): "en+es"},
        pairs=[],
        findings=[],
        sections=[Section("en", body_start, body_end, "whole")],
        ignored=[{"start": text.index(line), "end": text.index(line) + len(line), "text": line, "reason": "chrome"} for line in chrome],
    )
    tree = HTMLParser(render(report_of(document), generated_at=FIXED_TIME))
    sections = tree.css_first("details.sections").text()
    assert "English" in sections and "whole" in sections and "U.S. Offers Asylum" in sections
    ignored = tree.css_first("details.ignored").text()
    for line in chrome:
        assert line in ignored


# --- offsets of HTML inputs -------------------------------------------------------------------


def html_source() -> tuple[SourceDocument, Segment]:
    """A real HTML paragraph (entity, inline tags) as the reader represents it: decoded
    block text whose characters map back to file offsets."""
    chunks = [
        ("<p>", ""), ("Putin decret", "Putin decret"), ("&oacute;", "ó"), (" enviar ", " enviar "),
        ("<b>", ""), ("30.000", "30.000"), ("</b>", ""), (" reservistas a la guerra.", " reservistas a la guerra."),
        ("</p>", ""),
    ]  # fmt: skip
    html = "".join(markup for markup, _ in chunks)
    text, offsets, cursor = "", [], 0
    for markup, decoded in chunks:
        for index, char in enumerate(decoded):
            text += char
            offsets.append(cursor + (index if markup == decoded else 0))
        cursor += len(markup)
    block = Block(text, offsets[0], len(html) - len("</p>"), "paragraph", offsets)
    source = SourceDocument("article.es.html", html, "html", [block])
    segment = Segment(text, block.source_index(0), block.source_span(0, len(text))[1], 0, "es")
    return source, segment


def test_html_segments_map_finding_offsets_through_their_block():
    from bilingo.report.html import FindingView

    source, segment = html_source()
    assert source.text[segment.start : segment.end] != segment.text
    offsets = segment_file_offsets(segment, source)
    assert [source.text[offset] for offset in offsets if source.text[offset] != "&"] == [
        char for char in segment.text if char != "ó"
    ]
    # As span-level rules locate a word: through findings.segment_span.
    number_at = segment.text.index("30.000")
    number_start, number_end = segment_span(source, segment, number_at, number_at + len("30.000"))
    assert source.text[number_start:number_end] == "30.000"
    accent_start = source.text.index("decret&oacute;")
    findings = [
        make_finding("number-mismatch", source, number_start, number_end, "30.000 vs 300,000", lang="es"),
        make_finding("name-mismatch", source, accent_start, accent_start + len("decret&oacute;"), "verb", lang="es"),
    ]
    views = [FindingView(n, f"f-{n}", finding, None, 0) for n, finding in enumerate(findings, 1)]
    pieces = highlight(segment, source, views)
    marked = {piece.marks[0].anchor: piece.text for piece in pieces if piece.marks}
    assert marked == {"f-1": "30.000", "f-2": "decretó"}
    assert "".join(piece.text for piece in pieces) == segment.text


def test_an_unmappable_segment_falls_back_to_the_finding_text_then_the_whole_segment():
    from bilingo.report.html import FindingView

    source, segment = html_source()
    # Whitespace-normalised text that is not in the block: offsets cannot be mapped.
    loose = Segment(segment.text.replace(" ", "  "), segment.start, segment.end, 0, "es")
    assert segment_file_offsets(loose, source) is None
    start = source.text.index("30.000")
    by_text = make_finding("number-mismatch", source, start, start + 6, "number", lang="es")
    whole = make_finding("untranslated", source, start, start + 6, "x", lang="es", text="not in the segment")
    for finding, expected in ((by_text, "30.000"), (whole, loose.text)):
        pieces = highlight(loose, source, [FindingView(1, "f-1", finding, None, 0)])
        assert "".join(piece.text for piece in pieces if piece.marks) == expected


# --- in a real browser ------------------------------------------------------------------------

browser_skip = pytest.mark.skipif(chromium_missing_reason() is not None, reason=chromium_missing_reason() or "")


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, demo_report) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    with path.open("w", encoding="utf-8") as stream:
        write_report(demo_report, "html", stream)
    return path


class OpenedPage:
    """A page with everything it tried to load and every error it logged recorded."""

    def __init__(self, browser, path: Path, **context):
        self.context = browser.new_context(viewport={"width": 1280, "height": 1000}, **context)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.as_uri())

    def assert_clean(self) -> None:
        assert self.errors == []
        leaving = [url for url in self.requests if not url.startswith(("file://", "data:"))]
        assert leaving == [], "the page must not load anything from the network"

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(chromium):
    pages: list[OpenedPage] = []

    def open_page(path: Path, **context) -> OpenedPage:
        page = OpenedPage(chromium, path, **context)
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


def visible_rows(page) -> int:
    return page.locator("tbody.row:visible").count()


@browser_skip
@pytest.mark.browser
def test_findings_are_visible_in_the_browser_and_nothing_leaves_the_page(opened, demo_file, demo_report):
    view = opened(demo_file)
    page = view.page
    number = next(f for f in demo_report.findings if f.rule == "number-mismatch")
    mark = page.locator(f'mark.f[data-f~="f-{number.fingerprint}"]')
    assert mark.is_visible() and mark.inner_text() == "30.000"
    assert page.locator("li.finding:visible").count() == len(demo_report.findings)
    # The script ran under the CSP: it fills in the filter status.
    assert page.locator("#filter-status").inner_text().startswith(f"{len(demo_report.findings)} of")
    view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_filters_hide_and_show_rows(opened, demo_file, demo_report):
    view = opened(demo_file)
    page = view.page
    all_rows = page.locator("tbody.row").count()
    problem_rows = page.locator("tbody.row.has-findings").count()
    assert visible_rows(page) == all_rows
    page.check("#only-problems")
    assert 0 < visible_rows(page) == problem_rows < all_rows

    number = next(f for f in demo_report.findings if f.rule == "number-mismatch")
    number_row = page.locator(f'tbody.row[data-f~="f-{number.fingerprint}"]')
    assert number_row.is_visible()
    page.uncheck('input[name="rule"][value="number-mismatch"]')
    assert number_row.is_hidden()
    assert page.locator(f"#f-{number.fingerprint}").is_hidden()
    page.check('input[name="rule"][value="number-mismatch"]')
    assert number_row.is_visible()

    page.uncheck('input[name="severity"][value="error"]')
    errors = [f for f in demo_report.findings if f.severity == "error"]
    assert all(page.locator(f"#f-{f.fingerprint}").is_hidden() for f in errors)
    assert page.locator('mark.f.off').count() > 0  # their highlights are switched off too
    page.uncheck("#only-problems")
    assert visible_rows(page) == all_rows
    view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_j_and_k_move_the_focus_between_findings(opened, demo_file, demo_report):
    view = opened(demo_file)
    page = view.page
    cards = page.locator("li.finding")
    ids = [cards.nth(index).get_attribute("id") for index in range(cards.count())]
    focused = lambda: page.evaluate("document.activeElement.id")  # noqa: E731
    page.keyboard.press("j")
    assert focused() == ids[0]
    page.keyboard.press("j")
    assert focused() == ids[1]
    page.keyboard.press("j")
    assert focused() == ids[2]
    page.keyboard.press("k")
    assert focused() == ids[1]
    # The finding's highlights are marked as current while it has the focus.
    assert page.locator(f'mark.f.current[data-f~="{ids[1]}"]').count() > 0
    # Filtered-out findings are skipped.
    hidden_rule = page.locator(f"#{ids[2]}").get_attribute("data-rule")
    page.uncheck(f'input[name="rule"][value="{hidden_rule}"]')
    page.locator(f"#{ids[1]}").focus()
    page.keyboard.press("j")
    assert focused() not in (ids[1], ids[2])
    assert page.locator(f"#{focused()}").get_attribute("data-rule") != hidden_rule
    view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_a_permalink_opens_with_its_finding_focused(opened, demo_file, demo_report):
    finding = demo_report.findings[-1]
    view = opened(demo_file)
    view.page.goto(demo_file.as_uri() + f"#f-{finding.fingerprint}")
    view.page.wait_for_function(f"document.activeElement.id === 'f-{finding.fingerprint}'")
    view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_injected_markup_in_article_text_is_shown_and_never_runs(opened, tmp_path):
    path = tmp_path / "xss.html"
    path.write_text(render(xss_report()), encoding="utf-8")
    view = opened(path)
    page = view.page
    page.locator("body").click(position={"x": 5, "y": 5})
    page.locator("mark.f").first.hover()
    page.check("#show-translations")
    for key in ("j", "j", "j"):
        page.keyboard.press(key)
    assert page.evaluate("typeof window.__xss") == "undefined"
    body = page.locator("body").inner_text()
    for line in XSS_LINES:
        assert line in body
    assert page.locator("img").count() == 0 and page.locator("textarea").count() == 0
    view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_the_content_security_policy_stops_even_injected_code_from_fetching(opened, demo_file):
    view = opened(demo_file)
    page = view.page
    outcome = page.evaluate(
        "() => fetch('https://example.com/leak').then(() => 'fetched', () => 'blocked')"
    )
    assert outcome == "blocked"
    assert not [url for url in view.requests if url.startswith("http")]
    assert any("Content Security Policy" in error for error in view.errors)


@browser_skip
@pytest.mark.browser
def test_a_screenshot_of_the_report_can_be_taken_in_light_and_dark(opened, demo_file, tmp_path):
    for scheme in ("light", "dark"):
        view = opened(demo_file, color_scheme=scheme)
        background = view.page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        assert (background == "rgb(255, 255, 255)") == (scheme == "light")
        shot = tmp_path / f"report-{scheme}.png"
        view.page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
        view.assert_clean()


@browser_skip
@pytest.mark.browser
def test_the_print_stylesheet_hides_the_controls_and_opens_translations(opened, demo_file):
    view = opened(demo_file)
    page = view.page
    page.emulate_media(media="print")
    assert page.locator("nav.controls").is_hidden()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.mt:not([open])").count() == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details.mt[open]").count() == 0
    view.assert_clean()


def test_left_lang_puts_spanish_on_the_left_with_its_machine_translation(demo_report):
    tree = HTMLParser(render(demo_report, left_lang="es", generated_at=FIXED_TIME))
    headers = [node.text() for node in tree.css("table.aligned thead th")]
    assert headers[1].startswith("Spanish") and headers[3].startswith("English")
    first_row = tree.css_first("tbody.row tr.pair")
    cells = first_row.css("td.text")
    assert cells[0].attributes["lang"] == "es" and cells[0].css_first("details.mt") is not None
    assert cells[1].css_first("details.mt") is None
    aleksey = next(row for row in tree.css("tbody.row") if "Aleksey" in row.text())
    assert "kind-only-right" in aleksey.attributes["class"]


def test_segments_no_pair_covers_are_still_shown_on_rows_of_their_own(demo_report):
    from dataclasses import replace

    document = demo_report.documents[0]
    aligned = document.aligned[0]
    dropped = next(index for index, pair in enumerate(aligned.pairs) if pair.is_match and len(pair.left) == 1)
    missing_left = aligned.left.segments[aligned.pairs[dropped].left[0]].text
    missing_right = aligned.right.segments[aligned.pairs[dropped].right[0]].text
    partial = replace(aligned, pairs=aligned.pairs[:dropped] + aligned.pairs[dropped + 1 :])
    report = report_of(replace(document, aligned=[partial], findings=[]))
    tree = HTMLParser(render(report, generated_at=FIXED_TIME))
    rows = tree.css("tbody.row")
    assert len(rows) == len(aligned.pairs) + 1
    texts = [row.text() for row in rows]
    left_row = next(i for i, text in enumerate(texts) if missing_left in text)
    right_row = next(i for i, text in enumerate(texts) if missing_right in text)
    assert "kind-only-left" in rows[left_row].attributes["class"]
    assert "kind-only-right" in rows[right_row].attributes["class"]
    assert right_row == left_row + 1 and left_row == dropped  # in reading order


def test_controls_and_charts_are_labelled_for_assistive_technology(demo_page):
    tree = HTMLParser(demo_page)
    for node in tree.css("input"):
        assert node.parent.tag == "label" and node.parent.text().strip(), node.html
    for node in tree.css("svg"):
        assert node.attributes.get("role") == "img" and node.attributes.get("aria-label"), node.html[:80]
    for node in tree.css("a.badge"):
        assert node.attributes["aria-label"].startswith("Finding ")
    # Severity is never colour alone: every card and badge carries an icon, every card a word.
    for node in tree.css("li.finding"):
        label = node.css_first(".sev-label").text()
        assert any(word in label for word in ("Error", "Warning", "Info"))


# --- the real pipeline --------------------------------------------------------------------------


PIPELINE_STAGES = ("bilingo.read", "bilingo.segment", "bilingo.langid", "bilingo.sections", "bilingo.suppress")


def pipeline_report(paths: list[Path]):
    """What ``bilingo check --html`` renders: ``check_paths`` with Apertium, no cache.

    Skips (naming the stage) only while a pipeline stage module has not been written yet."""
    for stage in PIPELINE_STAGES:
        pytest.importorskip(stage, reason=f"pipeline stage {stage} not written yet")
    from bilingo.check import check_paths, signature
    from bilingo.model import Report
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium", cache=False)
    translator = create_translator(settings)
    document = check_paths([str(path) for path in paths], settings, translator)
    return Report(signature=signature(settings, translator), documents=[document], fail_on=settings.fail_on)


@pytest.fixture(scope="module")
def pipeline_demo_report():
    return pipeline_report([DEMO / "asylum-russians.en.md", DEMO / "asylum-russians.es.md"])


def test_the_pipeline_report_of_the_demo_shows_all_text_and_marks_every_finding(pipeline_demo_report):
    tree = HTMLParser(render(pipeline_demo_report, generated_at=FIXED_TIME))
    document = pipeline_demo_report.documents[0]
    assert document.findings, "the demo article has deliberate drifts"
    cards = {node.attributes["id"] for node in tree.css("li.finding")}
    marked = {anchor for node in tree.css("mark.f") for anchor in node.attributes["data-f"].split()}
    for badge in tree.css("a.badge"):  # footnote numbers sit inside the text
        badge.decompose()
    page_text = tree.css_first("main").text()
    for aligned in document.aligned:
        for version in (aligned.left, aligned.right):
            for segment in version.segments:
                assert segment.text in page_text
    for finding in document.findings:
        assert f"f-{finding.fingerprint}" in cards
        if finding.end > finding.start:
            assert f"f-{finding.fingerprint}" in marked, finding.rule
    number = [f for f in document.findings if f.rule == "number-mismatch" and f.lang == "es"]
    for finding in number:
        node = next(n for n in tree.css("mark.f") if f"f-{finding.fingerprint}" in n.attributes["data-f"])
        assert node.text() == finding.text


def test_the_pipeline_report_of_a_bilingual_seed_page_lists_sections_and_chrome():
    seed = REPO / "corpus" / "elamerican-asylum-russians.txt"
    report = pipeline_report([seed])
    document = report.documents[0]
    tree = HTMLParser(render(report, generated_at=FIXED_TIME))
    if document.sections:
        assert len(tree.css("details.sections tbody tr")) == len(document.sections)
    if document.ignored:
        ignored = tree.css_first("details.ignored").text()
        for item in document.ignored:
            assert " ".join(item["text"].split())[:60] in " ".join(ignored.split())
    assert document.sections or document.ignored, "the seed page has a byline section and page chrome"


def test_a_moved_paragraph_is_labelled_moved_not_only_in_one_version():
    """Its two rows sit beside an empty cell like unpaired text, but say where the text went and are not red."""
    fixture = REPO / "corpus" / "fixtures" / "two-files"
    report = pipeline_report([fixture / "reordered.en.md", fixture / "reordered.es.md"])
    tree = HTMLParser(render(report, generated_at=FIXED_TIME))
    moved = tree.css("tbody.moved")
    assert [row.css_first("th.num .kind-label").text() for row in moved] == [
        "Moved: English has it elsewhere", "Moved: Spanish has it elsewhere"]
    assert all("kind-only-" in row.attributes["class"] for row in moved)
    assert not [row for row in tree.css("tbody.kind-only-left, tbody.kind-only-right") if row not in moved]
    # nothing is missing: the moved text counts as consistent
    assert tree.css_first("p.score[aria-describedby=consistency-help]").text().strip() == "100%"


@browser_skip
@pytest.mark.browser
def test_the_pipeline_report_works_in_the_browser(opened, tmp_path, pipeline_demo_report):
    path = tmp_path / "pipeline.html"
    with path.open("w", encoding="utf-8") as stream:
        write_report(pipeline_demo_report, "html", stream)
    view = opened(path)
    page = view.page
    first = page.locator("li.finding").first.get_attribute("id")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == first
    assert page.locator("mark.f:visible").count() > 0
    view.assert_clean()


def test_every_rule_has_a_colour_of_its_own():
    """A rule without one is drawn in the grey fallback, like every other such rule: the legend could not tell them
    apart."""
    from bilingo.report.html import FALLBACK_COLOUR, RULE_COLOURS
    from bilingo.rules import RULES

    assert set(RULES) <= set(RULE_COLOURS)
    assert len(set(RULE_COLOURS.values())) == len(RULE_COLOURS) and FALLBACK_COLOUR not in RULE_COLOURS.values()
