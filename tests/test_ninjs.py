"""Wire stories in ninjs (IPTC's JSON news format): headline, description and body read with their places in the
JSON file, through its escapes; checked for real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilingo.errors import InputError
from bilingo.ninjs import decode_string, string_spans
from bilingo.read import read_document
from wire_folder import assert_storm_folder_findings

ENGLISH = {
    "uri": "urn:example:storm", "type": "text", "language": "en", "version": "3", "byline": "By Ana Ruiz",
    "headline": "Storm floods the coast",
    "description_text": "Three people died as the storm hit the coast on Tuesday.",
    "body_html": "<p>The storm hit Galveston on Tuesday, officials said.</p>\n"
                 "<p>About 300,000 homes lost power, the utility said.</p>\n"
                 "<p>\"We have never seen water like this,\" said Mayor Craig Brown.</p>",
    "subject": [{"name": "Weather", "code": "medtop:17000000"}],
}  # fmt: skip
SPANISH = {
    "uri": "urn:example:storm-es", "type": "text", "language": "es", "version": "3", "byline": "Por Ana Ruiz",
    "headline": "La tormenta inunda la costa",
    "description_text": "Cuatro personas murieron cuando la tormenta llegó a la costa el martes.",
    "body_html": "<p>La tormenta llegó a Galveston el martes, dijeron las autoridades.</p>\n"
                 "<p>Unos 30.000 hogares se quedaron sin luz, dijo la compañía eléctrica.</p>",
    "subject": [{"name": "Tiempo", "code": "medtop:17000000"}],
}  # fmt: skip


def write_item(path: Path, item: dict, ascii_only: bool = False) -> None:
    path.write_text(json.dumps(item, indent=2, ensure_ascii=ascii_only), encoding="utf-8")


def test_escapes_are_decoded_and_each_character_keeps_its_place():
    raw = json.dumps({"headline": "Caf\u00e9 \"Luna\" \U0001F30A\nnext\\line"}, ensure_ascii=True)
    spans = string_spans(raw)
    text, offsets = decode_string(raw, *spans[("headline",)])
    assert text == "Caf\u00e9 \"Luna\" \U0001F30A\nnext\\line"
    assert len(offsets) == len(text) and offsets == sorted(offsets)
    assert raw.startswith("\\u00e9", offsets[3]) and raw.startswith('\\"', offsets[5])
    assert raw.startswith("\\ud83c\\udf0a", offsets[text.index("\U0001F30A")])  # one character, at its first half


def test_an_item_reads_as_headline_description_and_body_in_the_files_order(tmp_path):
    path = tmp_path / "storm.es.json"
    write_item(path, SPANISH, ascii_only=True)  # "llegó" written \u00f3: offsets still point at the file
    document = read_document(path)
    assert document.format == "ninjs"
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "La tormenta inunda la costa"),
        ("paragraph", SPANISH["description_text"]),
        ("paragraph", "La tormenta llegó a Galveston el martes, dijeron las autoridades."),
        ("paragraph", "Unos 30.000 hogares se quedaron sin luz, dijo la compañía eléctrica."),
    ]  # (the byline, the subjects and the URI are metadata)
    text = document.text
    for block in document.blocks:
        for char, offset in zip(block.text, block.offsets):
            assert text[offset] == char or text[offset] == "\\", (char, text[offset : offset + 6])
    accent = document.blocks[2].text.index("ó")
    assert text.startswith("\\u00f3", document.blocks[2].offsets[accent])


def test_ninjs_2_lists_give_the_main_headline_and_the_html_body(tmp_path):
    item = {
        "headlines": [{"role": "short", "value": "Storm"}, {"role": "main", "value": "Storm floods the coast"}],
        "bodies": [{"contenttype": "text/plain", "value": "The storm hit Galveston."},
                   {"contenttype": "text/html", "value": "<p>The storm hit <b>Galveston</b>.</p>"}],
        "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": "Three people died."}],
    }
    path = tmp_path / "storm.en.json"
    write_item(path, item)
    document = read_document(path)
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Storm floods the coast"), ("paragraph", "The storm hit Galveston."), ("paragraph", "Three people died."),
    ]  # fmt: skip
    body = document.blocks[1]
    assert document.text[body.start : body.end] == "The storm hit <b>Galveston</b>."  # the HTML, not the plain copy


@pytest.mark.parametrize(
    ("content", "message"),
    [("{\"headline\": \"Storm\",", "not valid JSON"),
     ("{\"name\": \"site\", \"version\": \"1.0.0\"}", "not a ninjs news item"),
     ("[1, 2, 3]", "not a ninjs news item"),
     ('[{"headline": "Storm"}, {"headline": "Flood"}]', "a list of 2 news items; bilingo reads one ninjs item per file")],
)
def test_a_json_file_that_is_not_a_news_item_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "data.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_a_wire_folder_is_checked_and_findings_point_into_the_json(tmp_path):
    assert_storm_folder_findings(tmp_path, {
        "storm.en.json": json.dumps(ENGLISH, indent=2, ensure_ascii=False),
        "storm.es.json": json.dumps(SPANISH, indent=2, ensure_ascii=False),
        "manifest.json": '{"items": ["storm.en.json", "storm.es.json"]}',  # data, not an article
    }, "storm.es.json")


def test_a_link_of_the_body_keeps_its_place_in_the_json_file(tmp_path):
    """Through the JSON string's escapes: the link's span is where its text is written in the file."""
    path = tmp_path / "story.json"
    body = '<p>Read <a href="https://www.weather.gov/hgx/">the caf\u00e9 forecast</a>.</p>'
    write_item(path, ENGLISH | {"body_html": body}, ascii_only=True)
    document = read_document(path)
    (link,) = document.links
    assert (document.text[link.start : link.end], link.target) == (
        "the caf\\u00e9 forecast", "https://www.weather.gov/hgx/")
