"""A finding's ``text`` is the flagged text as bilingo read it, the words an editor recognises, while its
offsets, line and column point at the file's own characters (tags, entities, escapes)."""

from __future__ import annotations

import json

from bilingo.findings import make_finding
from bilingo.read import read_document


def finding_over(source, raw: str):
    """A finding over the first occurrence of ``raw`` in the file."""
    start = source.text.index(raw)
    return make_finding("only-in-en", source, start, start + len(raw), "test", lang="en")


def test_html_markup_and_entities_are_resolved_in_the_text_but_not_in_the_location(tmp_path):
    path = tmp_path / "a.en.html"
    path.write_text("<html><body><article><p>Intro.</p>\n<p>Crews from <b>three</b> states &amp; Mexico "
                    "arrived.</p></article></body></html>", encoding="utf-8")
    source = read_document(path)
    raw = "Crews from <b>three</b> states &amp; Mexico arrived."
    finding = finding_over(source, raw)
    assert finding.text == "Crews from three states & Mexico arrived."
    assert (finding.line, finding.column) == (2, 4)
    assert source.text[finding.start : finding.end] == raw


def test_a_span_across_two_paragraphs_reads_as_two_lines(tmp_path):
    path = tmp_path / "a.en.html"
    path.write_text("<p>First &ndash; one.</p><p>Second &amp; two.</p>", encoding="utf-8")
    source = read_document(path)
    start = source.text.index("First")
    end = source.text.index("two.") + len("two.")
    finding = make_finding("only-in-en", source, start, end, "test", lang="en")
    assert finding.text == "First – one.\nSecond & two."


def test_markdown_emphasis_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "a.en.md"
    path.write_text("# Title\n\nCrews from **three** states arrived &mdash; at last.\n", encoding="utf-8")
    source = read_document(path)
    finding = finding_over(source, "Crews from **three** states arrived &mdash; at last.")
    assert finding.text == "Crews from three states arrived — at last."


def test_plain_text_is_the_files_own_characters(tmp_path):
    path = tmp_path / "a.en.txt"
    path.write_text("Crews from **three** states &amp; Mexico arrived.\n", encoding="utf-8")
    source = read_document(path)
    finding = finding_over(source, "**three** states &amp;")
    assert finding.text == "**three** states &amp;"


def test_json_escapes_of_a_wire_item_are_decoded(tmp_path):
    path = tmp_path / "a.es.json"
    path.write_text(json.dumps({"headline": "Unos 30.000 hogares", "body_text": "A\u00f1adi\u00f3 \u00e9l."},
                               ensure_ascii=True), encoding="utf-8")
    source = read_document(path)
    finding = finding_over(source, "\\u00e9l")
    assert finding.text == "él"
    assert source.text[finding.start : finding.end] == "\\u00e9l"


def test_sarif_snippets_are_the_files_characters_or_absent(tmp_path):
    """SARIF's snippet must be the region's own characters: kept for plain text, left out where the text read
    differs from the file's characters (HTML)."""
    from bilingo.report.sarif import region

    plain = tmp_path / "a.en.txt"
    plain.write_text("Crews from three states arrived.\n", encoding="utf-8")
    assert region(finding_over(read_document(plain), "three states"))["snippet"] == {"text": "three states"}
    page = tmp_path / "a.en.html"
    page.write_text("<p>Crews from <b>three</b> states arrived.</p>", encoding="utf-8")
    assert "snippet" not in region(finding_over(read_document(page), "<b>three</b> states"))
