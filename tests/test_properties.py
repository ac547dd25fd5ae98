"""Properties the pipeline's stages promise each other, on generated inputs (hypothesis).

* reading and segmenting (plain text, Markdown, HTML): segments are in order, apart,
  inside the file, never longer than the cap, and hold every non-whitespace character of
  their block exactly once; plain-text segments slice verbatim out of the file;
* findings: on real articles with random edits, through the real pipeline and the JSON
  writer, every finding's ``start``/``end`` slice its ``text`` out of its file;
* alignment: every sentence of both sides is in exactly one bead, in order.

Example counts are small so the file runs in well under a minute; the fuzzer
(fuzz/fuzz_readers.py, README "Fuzzing") runs the reader and segmenter properties for longer.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilingo.align import align
from bilingo.read import read_text
from bilingo.segment import MAX_SEGMENT_CHARS, segment_document
from bilingo.settings import Settings
from finding_spans import assert_finding_reads_its_span

ROOT = Path(__file__).resolve().parents[1]
DEMO_EN = ROOT / "corpus/demo/asylum-russians.en.md"
DEMO_ES = ROOT / "corpus/demo/asylum-russians.es.md"
PARAGRAPHS_EN = [p for p in DEMO_EN.read_text(encoding="utf-8").split("\n\n") if p.strip()]
PARAGRAPHS_ES = [p for p in DEMO_ES.read_text(encoding="utf-8").split("\n\n") if p.strip()]
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- reading and segmenting ---------------------------------------------------------------

NEWS_WORDS = [word for paragraph in PARAGRAPHS_EN + PARAGRAPHS_ES for word in paragraph.split()]
MARKUP = ["<p>", "</p>", "<b>", "</i>", "<br>", "<div>", "<script>x</script>", "<!-- c -->", "&amp;", "&nbsp;",
          "&#8220;", "<td>", "<table>", "<template>t</template>", "# ", "## ", "> ", "- ", "1. ", "| a | b |",
          "**", "_", "`", "[link](http://x)", "---", "```", "\u00a0", "\u2028", "\r", "\r\n", "\n\n", "\t"]  # fmt: skip
PIECES = st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(MARKUP), st.text(max_size=8))


@st.composite
def documents(draw) -> tuple[str, str]:
    format_name = draw(st.sampled_from(["text", "markdown", "html"]))
    pieces = draw(st.lists(PIECES, max_size=80))
    separators = draw(st.lists(st.sampled_from([" ", " ", "\n", "\n\n", ""]), min_size=len(pieces),
                               max_size=len(pieces)))  # fmt: skip
    return format_name, "".join(piece + separator for piece, separator in zip(pieces, separators))


def nonspace(text: str) -> str:
    return "".join(text.split())


@QUICK
@given(documents())
def test_segments_are_ordered_apart_inside_the_file_and_cover_each_block(document):
    format_name, text = document
    source = read_text(text, "generated", format_name)
    segments = segment_document(source)
    previous_end = 0
    for segment in segments:
        assert segment.text and segment.text == segment.text.strip()
        assert len(segment.text) <= MAX_SEGMENT_CHARS
        assert previous_end <= segment.start <= segment.end <= len(text)
        previous_end = segment.end
        if format_name == "text":
            assert text[segment.start : segment.end] == segment.text
        elif format_name == "markdown":  # markup is removed, but the span starts and ends on the text
            assert segment.end > segment.start
    for index, block in enumerate(source.blocks):
        in_block = [segment.text for segment in segments if segment.block == index]
        assert nonspace("".join(in_block)) == nonspace(block.text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=12), st.sampled_from(["en", "es"]))
def test_a_long_run_without_punctuation_is_cut_at_spaces_under_the_cap(thousands, lang):
    words = " ".join(re.sub(r"[.?!…;:]", "", NEWS_WORDS[i % len(NEWS_WORDS)]) or "y" for i in range(thousands * 300))
    source = read_text(words, "generated", "text")
    segments = segment_document(source, lang)
    assert all(len(segment.text) <= MAX_SEGMENT_CHARS for segment in segments)
    assert nonspace("".join(segment.text for segment in segments)) == nonspace(words)
    cut_inside_a_word = [s for s in segments if s.end < len(words) and not words[s.end].isspace()]
    assert not cut_inside_a_word


# --- findings slice back to their text, through the real pipeline --------------------------


@pytest.fixture(scope="module")
def translator():
    from bilingo.translate import create_translator
    from bilingo.translate.apertium import apertium_available

    if not apertium_available():
        pytest.skip("Apertium is not installed")
    return create_translator(Settings(translator="apertium"))


@st.composite
def edited_articles(draw) -> tuple[str, str, str, str]:
    """The demo article with random edits on either side, as Markdown, HTML or CRLF text."""
    english, spanish = list(PARAGRAPHS_EN), list(PARAGRAPHS_ES)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        side = draw(st.sampled_from([english, spanish]))
        action = draw(st.sampled_from(["drop", "duplicate", "number", "swap"]))
        index = draw(st.integers(min_value=1, max_value=len(side) - 1))
        if action == "drop" and len(side) > 3:
            del side[index]
        elif action == "duplicate":
            side.insert(index, side[index])
        elif action == "number":
            side[index] = re.sub(r"\d", lambda m: str((int(m.group()) + 3) % 10), side[index], count=1) + " 42."
        elif action == "swap" and index + 1 < len(side):
            side[index], side[index + 1] = side[index + 1], side[index]
    layout = draw(st.sampled_from(["md", "html", "crlf"]))
    if layout == "html":
        def page(paragraphs):
            return "<html><body><article>" + "".join(
                f"<h1>{p.lstrip('# ')}</h1>" if p.startswith("#") else f"<p>{p.replace('&', '&amp;')}</p>\n"
                for p in paragraphs
            ) + "</article></body></html>"

        return "a.en.html", page(english), "a.es.html", page(spanish)
    newline = "\r\n" if layout == "crlf" else "\n"
    return ("a.en.md", "\n\n".join(english).replace("\n", newline),
            "a.es.md", "\n\n".join(spanish).replace("\n", newline))  # fmt: skip


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(edited_articles())
def test_every_finding_reads_its_text_from_its_span_of_the_file(tmp_path, translator, article):
    from bilingo.check import check_paths, signature
    from bilingo.model import Report
    from bilingo.report import write_report

    english_name, english, spanish_name, spanish = article
    texts = {}
    for name, text in ((english_name, english), (spanish_name, spanish)):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        texts[str(path)] = text
    settings_ = Settings(translator="apertium")
    document = check_paths(list(texts), settings_, translator)
    stream = io.StringIO()
    write_report(Report(signature(settings_, translator), [document]), "json", stream)
    findings = json.loads(stream.getvalue())["documents"][0]["findings"]
    for finding in findings:
        assert_finding_reads_its_span(finding)


# --- alignment -------------------------------------------------------------------------

SENTENCES_EN = [s.strip() for p in PARAGRAPHS_EN for s in re.split(r"(?<=[.?!”])\s+", p) if s.strip()]


@QUICK
@given(
    st.lists(st.sampled_from(SENTENCES_EN + ["", "42", "x" * 300]), max_size=25),
    st.lists(st.sampled_from(SENTENCES_EN + ["", "Otra frase.", "7"]), max_size=25),
)
def test_alignment_uses_every_sentence_of_both_sides_once_in_order(translated, other):
    beads = align(translated, other, Settings())
    left = [index for bead in beads for index in bead[0]]
    right = [index for bead in beads for index in bead[1]]
    assert left == list(range(len(translated)))
    assert right == list(range(len(other)))
    for left_indices, right_indices, score in beads:
        assert left_indices or right_indices
        assert score is None or 0.0 <= score <= 1.0
