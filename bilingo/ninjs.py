"""ninjs: IPTC's JSON format for a news item, as wire services deliver their English and Spanish stories.

An item (ninjs 1.x or 2.0) is read as its headline, its description (the standfirst) and its body, in the
order the file holds them; the body is HTML (``body_html``, or a ``bodies`` entry of type text/html) read as
the HTML reader reads a page, or plain text. Bylines, subjects, dates and links are metadata. Every character
keeps its offset in the JSON file, through the string's escapes (``\\n``, ``\\u00e9``, ``\\"``), so a finding
points at its place in the file as it does in any other format.

    {"headline": "Storm floods the coast", "description_text": "Three people died...",
     "body_html": "<p>The water rose fast...</p>"}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bilingo.errors import InputError
from bilingo.model import Block, Suppression

if TYPE_CHECKING:
    from bilingo.read import ReadBody

NESTED_FIELDS_DEPTH = 3  # deep enough for ninjs 2.0's {"bodies": [{"value": ...}]}; deeper values are skipped
# The fields read, ninjs 1.x first, then 2.0's lists of {"value", "contenttype", "role"}.
HEADLINE_FIELDS = ("headline",)
DESCRIPTION_FIELDS = ("description_text", "description_html")
BODY_FIELDS = ("body_html", "body_xhtml", "body_text")
LIST_FIELDS = {"headlines": "headline", "descriptions": "description", "bodies": "body"}
ITEM_KEYS = frozenset({"headline", "headlines", "body_html", "body_xhtml", "body_text", "bodies"})
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def is_ninjs(item: object) -> bool:
    """Whether a parsed JSON value is a news item: an object with a headline or a body."""
    return isinstance(item, dict) and not ITEM_KEYS.isdisjoint(item)


def read_ninjs(text: str, path: str) -> ReadBody:
    """Content blocks, dropped chrome, suppressions and links of a ninjs item (``InputError`` when the file is not
    one)."""
    from bilingo.read import MappedText, ReadBody, moved_block, moved_link, read_html, read_plain

    try:
        item = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise InputError(f"{path}: not valid JSON ({str(error).splitlines()[0][:120]})") from None
    if isinstance(item, list) and any(is_ninjs(element) for element in item):
        raise InputError(f"{path}: a list of {len(item)} news items; bilingo reads one ninjs item per file")
    if not is_ninjs(item):
        raise InputError(f"{path}: not a ninjs news item (no headline nor body in the JSON object)")
    blocks: list[Block] = []
    ignored: list[Block] = []
    suppressions: list[Suppression] = []
    links: list = []
    for role, kind, (start, end) in sorted(_content_strings(text, item), key=lambda field: field[2]):
        value, offsets = decode_string(text, start, end)
        if kind == "html":
            html_blocks, html_ignored, html_suppressions, html_links = read_html(value)
            links.extend(moved_link(link, offsets) for link in html_links)
            blocks.extend(moved_block(block, offsets) for block in html_blocks)
            ignored.extend(moved_block(block, offsets) for block in html_ignored)
            suppressions.extend(
                Suppression(found.rules, offsets[min(found.start, len(offsets) - 1)],
                            offsets[min(max(found.end - 1, 0), len(offsets) - 1)] + 1)
                for found in html_suppressions
            )  # fmt: skip
        elif kind == "text" and role == "body":
            blocks.extend(moved_block(block, offsets) for block in read_plain(value))
        else:
            mapped = MappedText()
            mapped.add_located(value, offsets)
            block = mapped.block("heading" if role == "headline" else "paragraph")
            if block is not None:
                blocks.append(block)
    return ReadBody(blocks, ignored, suppressions, tuple(links))


def _content_strings(text: str, item: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(role, kind, raw span) of each string the item's reader reads: role "headline", "description" or "body",
    kind "html" or "text"; the raw span is the string's characters between its quotes in ``text``."""
    spans = string_spans(text)
    found: list[tuple[str, str, tuple[int, int]]] = []

    def first(role: str, fields: tuple[str, ...]) -> None:
        for field in fields:
            if isinstance(item.get(field), str) and item[field].strip() and (field,) in spans:
                found.append((role, "html" if field.endswith(("_html", "_xhtml")) else "text", spans[(field,)]))
                return

    first("headline", HEADLINE_FIELDS)
    first("description", DESCRIPTION_FIELDS)
    first("body", BODY_FIELDS)
    for field, role in LIST_FIELDS.items():
        if any(found_role == role for found_role, _, _ in found) or not isinstance(item.get(field), list):
            continue
        entries = [(index, entry) for index, entry in enumerate(item[field])
                   if isinstance(entry, dict) and isinstance(entry.get("value"), str) and entry["value"].strip()]
        # the main one (ninjs 2.0's role "main"), else the first; HTML before plain text of the same body
        entries.sort(key=lambda pair: (pair[1].get("role") not in (None, "main"),
                                       "html" not in str(pair[1].get("contenttype", "")).lower()))
        if entries and (field, entries[0][0], "value") in spans:
            index, entry = entries[0]
            kind = "html" if "html" in str(entry.get("contenttype", "")).lower() else "text"
            found.append((role, kind, spans[(field, index, "value")]))
    return found


def string_spans(text: str) -> dict[tuple, tuple[int, int]]:
    """The raw span (between the quotes) of each string value of a valid JSON document's top object, by its path
    (("bodies", 0, "value")), to ``NESTED_FIELDS_DEPTH``. Later duplicates of a key win, as in ``json.loads``."""
    spans: dict[tuple, tuple[int, int]] = {}
    _scan_value(text, _skip_space(text, 0), (), spans)
    return spans


def _scan_value(text: str, index: int, path: tuple, spans: dict) -> int:
    """Record the strings of the value at ``index``; return the index after it."""
    char = text[index]
    if char == '"':
        end = _string_end(text, index)
        spans[path] = (index + 1, end - 1)
        return end
    if char not in "{[" or len(path) >= NESTED_FIELDS_DEPTH:
        return _skip_value(text, index)
    closing = "}" if char == "{" else "]"
    index = _skip_space(text, index + 1)
    position = 0
    while text[index] != closing:
        if char == "{":
            key_end = _string_end(text, index)
            key = json.loads(text[index:key_end])
            index = _skip_space(text, _skip_space(text, key_end) + 1)  # (past the colon)
            index = _skip_space(text, _scan_value(text, index, (*path, key), spans))
        else:
            index = _skip_space(text, _scan_value(text, index, (*path, position), spans))
            position += 1
        if text[index] == ",":
            index = _skip_space(text, index + 1)
    return index + 1


def _skip_value(text: str, index: int) -> int:
    """The index after the value at ``index``, without recursion (hostile files nest deep)."""
    if text[index] == '"':
        return _string_end(text, index)
    if text[index] not in "{[":
        while index < len(text) and text[index] not in ",]} \t\r\n":
            index += 1
        return index
    depth = 0
    while True:
        char = text[index]
        if char == '"':
            index = _string_end(text, index)
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1


def _string_end(text: str, index: int) -> int:
    """The index after the closing quote of the string that opens at ``index``."""
    index += 1
    while True:
        char = text[index]
        if char == "\\":
            index += 2
        elif char == '"':
            return index + 1
        else:
            index += 1


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def decode_string(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The JSON string whose raw characters are ``text[start:end]``, decoded, and each character's offset in
    ``text`` (an escape's characters at its backslash; a surrogate pair's character at the first one)."""
    chars: list[str] = []
    offsets: list[int] = []
    index = start
    while index < end:
        char = text[index]
        if char != "\\":
            chars.append(char)
            offsets.append(index)
            index += 1
            continue
        escape = text[index + 1]
        if escape != "u":
            chars.append(_ESCAPES.get(escape, escape))
            offsets.append(index)
            index += 2
            continue
        code = int(text[index + 2 : index + 6], 16)
        width = 6
        if 0xD800 <= code < 0xDC00 and text.startswith("\\u", index + 6):
            low = int(text[index + 8 : index + 12], 16)
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                width = 12
        chars.append(chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd")  # (a lone surrogate cannot be text)
        offsets.append(index)
        index += width
    return "".join(chars), offsets
