"""A finding's ``text`` is the flagged text as bilingo read it, the words an editor recognises, while its
offsets, line and column point at the file's own characters (tags, entities, escapes)."""

from __future__ import annotations

import json

import pytest

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


@pytest.mark.parametrize(("name", "content", "raw", "expected"), [
    ("a.en.md", "# Title\n\nCrews from **three** states arrived &mdash; at last.\n",  # Markdown: markup left out
     "Crews from **three** states arrived &mdash; at last.", "Crews from three states arrived — at last."),
    ("a.en.txt", "Crews from **three** states &amp; Mexico arrived.\n",  # plain text: the file's own characters
     "**three** states &amp;", "**three** states &amp;"),
    ("a.es.json", json.dumps({"headline": "Unos 30.000 hogares", "body_text": "A\u00f1adi\u00f3 \u00e9l."}),
     "\\u00e9l", "él"),  # a wire item written with ASCII escapes
])
def test_the_text_is_what_the_reader_read_over_the_files_characters(tmp_path, name, content, raw, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    source = read_document(path)
    finding = finding_over(source, raw)
    assert finding.text == expected
    assert source.text[finding.start : finding.end] == raw


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
