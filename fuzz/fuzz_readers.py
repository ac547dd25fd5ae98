"""Fuzz the readers and the segmenter: any bytes or text in, never an exception out.

Each input picks a format (plain text, Markdown, HTML, MDX, ninjs, NewsML-G2) and a path: raw bytes through
``decode`` (the file reader's decoding, which may refuse them with ``InputError``), or
Unicode text straight to ``read_text``. The blocks are then segmented, and the
invariants the rest of the pipeline relies on are asserted:

* blocks lie inside the file, their offsets map each character into it, in order;
* segments are in order, non-overlapping and inside the file (a segment's text is never
  empty; its file span is, only for text the HTML parser moved or made up);
* the segments of a block hold every non-whitespace character of its text, once, in order;
* plain text: ``text[segment.start:segment.end] == segment.text``.

Run (atheris, libFuzzer's options after the script name)::

    .venv/bin/pip install -e ".[fuzz]"   # or: make fuzz
    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=300 -max_len=8192 -timeout=20 \
        fuzz/corpus corpus tests/fixtures/inputs

``fuzz/corpus`` (created if missing, not committed) keeps the inputs that reached new
code, so a later run starts where this one stopped; the repository's articles and test
inputs seed it; a crashing input is written as ``crash-<sha1>`` in
the current directory and can be replayed by passing its path instead of the folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from bilingo.errors import InputError
    from bilingo.read import decode, read_text
    from bilingo.segment import segment_document

FORMATS = ("text", "markdown", "html", "mdx", "ninjs", "newsml")
MAX_TEXT_CHARS = 16384


def check_blocks(source) -> None:
    text = source.text
    for block in source.blocks + source.ignored:
        assert block.text and block.text == block.text.strip(), repr(block.text[:80])
        assert 0 <= block.start < block.end <= len(text), (block.start, block.end, len(text))
        if block.offsets is None:
            assert text[block.start : block.end] == block.text
            continue
        assert len(block.offsets) == len(block.text)
        assert block.offsets == sorted(block.offsets), "block offsets go backwards"
        assert all(0 <= offset < len(text) for offset in block.offsets)


def nonspace(text: str) -> str:
    return "".join(text.split())


def check_segments(source, segments) -> None:
    text = source.text
    previous_end = 0
    for segment in segments:
        assert segment.text and segment.text == segment.text.strip(), repr(segment.text[:80])
        assert previous_end <= segment.start <= segment.end <= len(text), (previous_end, segment.start, segment.end)
        assert segment.end > segment.start or source.format == "html"
        previous_end = segment.end
        if source.format == "text":
            assert text[segment.start : segment.end] == segment.text
    for index, block in enumerate(source.blocks):
        pieces = [segment.text for segment in segments if segment.block == index]
        assert nonspace("".join(pieces)) == nonspace(block.text), f"block {index}: segments lose or repeat text"


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    format_name = FORMATS[provider.ConsumeIntInRange(0, len(FORMATS) - 1)]
    if provider.ConsumeBool():
        try:
            text, _, _ = decode(provider.ConsumeBytes(MAX_TEXT_CHARS), "fuzz")
        except InputError as error:
            message = str(error)
            assert message.startswith("fuzz: ") and "\n" not in message, message
            return
    else:
        text = provider.ConsumeUnicodeNoSurrogates(MAX_TEXT_CHARS)
    if format_name == "ninjs":  # random text is rarely JSON: the fuzzed text goes into an item's fields instead
        text = ninjs_item(text, provider)
    elif format_name == "newsml" and provider.ConsumeBool():  # nor XML: into a NewsML-G2 item's elements
        text = newsml_item(text, provider)
    try:
        source = read_text(text, "fuzz", format_name)
    except InputError as error:
        message = str(error)
        assert format_name in ("ninjs", "newsml") and message.startswith("fuzz: ") and "\n" not in message, message
        return
    check_blocks(source)
    check_segments(source, segment_document(source))


def ninjs_item(text: str, provider) -> str:
    """A ninjs item (1.x or 2.0) whose headline, description and body are pieces of ``text``, written with or
    without ASCII escapes and indentation, its keys in a fuzzed order."""
    third = len(text) // 3
    headline, description, body = text[:third], text[third : 2 * third], text[2 * third :]
    if provider.ConsumeBool():
        fields = {"headline": headline, "description_text": description,
                  "body_html" if provider.ConsumeBool() else "body_text": body}
    else:
        fields = {"headlines": [{"value": headline}], "descriptions": [{"value": description}],
                  "bodies": [{"contenttype": "text/html" if provider.ConsumeBool() else "text/plain", "value": body}]}
    items = list(fields.items())
    if provider.ConsumeBool():
        items.reverse()
    return json.dumps(dict(items), ensure_ascii=provider.ConsumeBool(), indent=provider.ConsumeIntInRange(0, 2) or None)


def newsml_item(text: str, provider) -> str:
    """A NewsML-G2 item whose headline, description and body are pieces of ``text``: escaped or in CDATA
    sections, the body as XHTML (the text as it is: markup, when it holds some), HTML escaped in ``inlineData``,
    plain text, or NITF."""
    from xml.sax.saxutils import escape

    third = len(text) // 3
    headline, description, body = text[:third], text[third : 2 * third], text[2 * third :]

    def character_data(value: str) -> str:
        return f"<![CDATA[{value.replace(']]>', '')}]]>" if provider.ConsumeBool() else escape(value)

    body_kind = provider.ConsumeIntInRange(0, 3)
    if body_kind == 0:
        rendition = ('<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
                     f"<body>{body}</body></html></inlineXML>")
    elif body_kind == 1:
        rendition = f'<inlineData contenttype="text/html">{character_data(body)}</inlineData>'
    elif body_kind == 2:
        rendition = f'<inlineData contenttype="text/plain">{character_data(body)}</inlineData>'
    else:
        rendition = ("<inlineXML><nitf><body><body.head><hedline><hl1>"
                     f"{escape(headline)}</hl1></hedline></body.head><body.content>{body}</body.content></body>"
                     "</nitf></inlineXML>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'
            f"<contentMeta><headline>{character_data(headline)}</headline>"
            f"<description>{character_data(description)}</description></contentMeta>"
            f"<contentSet>{rendition}</contentSet></newsItem>")


def main() -> None:
    folders = [argument for argument in sys.argv[1:] if not argument.startswith("-")]
    if folders and not Path(folders[0]).is_file():
        Path(folders[0]).mkdir(parents=True, exist_ok=True)  # libFuzzer writes new inputs to the first folder
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
