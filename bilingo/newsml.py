"""NewsML-G2 and NITF: IPTC's XML formats for a news item, as wire services deliver their English and Spanish
stories (the XML sibling of ``bilingo.ninjs``).

A NewsML-G2 ``newsItem`` is read as its headline, its description (the summary) and its body, in the file's
order. The body is the item's first readable rendition in ``contentSet``: XHTML or NITF inline (``inlineXML``)
before HTML or plain text in ``inlineData``; the other renditions are the same story again. A ``newsMessage`` is
read as its items one after the other: an agency that sends a story in English and in Spanish in one message sends
a file holding both languages, which a single-file check pairs as it pairs any other. A NITF document (alone, or as a NewsML-G2 item's inline body) is read as
its headline (``hedline/hl1``), its abstract and ``body.content``. Bylines, datelines, subjects and the rest of
the metadata are not content. Every character keeps its offset in the XML file, through entities
(``&#233;``) and CDATA sections, so a finding points at its place in the file.

    <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ...>
      <contentMeta><headline>Storm floods the coast</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>The water rose fast...</p></body></html>
      </inlineXML></contentSet>
    </newsItem>

The file is parsed by expat (the standard library's XML parser) for its structure; entity declarations are
refused, as defusedxml does, so a hostile file cannot expand into gigabytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.parsers import expat

from bilingo.errors import InputError
from bilingo.model import Block, Suppression

if TYPE_CHECKING:
    from bilingo.read import ReadBody

# What a folder walk looks for at the start of a .xml file: the root element of a news item.
NEWS_XML_HEAD = re.compile(r"<(?:[\w.-]+:)?(?:newsItem|newsMessage|nitf)[\s>/]")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_LINE_BREAKING_TAGS = frozenset({"br", "p", "div", "li"})  # inside a headline or a description: a space


@dataclass
class Element:
    """An XML element: its local name, attributes (local names too) and where it lies in the decoded file.
    ``content`` is the span between its start tag and its end tag (empty for ``<x/>``)."""

    name: str
    attributes: dict[str, str]
    start: int
    content_start: int = 0
    content_end: int = 0
    children: list[Element] = field(default_factory=list)

    def child(self, name: str) -> Element | None:
        return next((child for child in self.children if child.name == name), None)

    def children_named(self, name: str) -> list[Element]:
        return [child for child in self.children if child.name == name]

    def descendants(self, name: str) -> list[Element]:
        """The elements named ``name`` below this one, in document order (without recursion: files nest deep)."""
        found, stack = [], list(reversed(self.children))
        while stack:
            element = stack.pop()
            if element.name == name:
                found.append(element)
            stack.extend(reversed(element.children))
        return found


class _RefusedEntities(Exception):
    pass


def parse_elements(text: str, path: str) -> Element:
    """The root element of an XML document, with every element's span in ``text`` (``InputError`` when the text
    is not well-formed XML or declares entities)."""
    data = text.encode("utf-8", errors="surrogatepass")
    # the bytes given to expat are UTF-8 whatever the file's declaration said: the text is decoded already
    parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Element] = []
    roots: list[Element] = []
    ends: list[tuple[Element, int]] = []  # (element, byte index of its end tag)

    def start(name: str, attributes: dict[str, str]) -> None:
        element = Element(name.rsplit(" ", 1)[-1], {key.rsplit(" ", 1)[-1]: value for key, value in attributes.items()},
                          parser.CurrentByteIndex)
        (stack[-1].children if stack else roots).append(element)
        stack.append(element)

    def end(name: str) -> None:
        ends.append((stack.pop(), parser.CurrentByteIndex))

    def refuse(*_) -> None:
        raise _RefusedEntities

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise InputError(f"{path}: not well-formed XML ({expat.ErrorString(error.code)}, line {error.lineno}, "
                         f"column {error.offset + 1})") from None
    except _RefusedEntities:
        raise InputError(f"{path}: the XML declares entities, which bilingo does not expand (a hostile file could "
                         "grow without end); news items need none") from None
    if not roots:
        raise InputError(f"{path}: no XML element found")
    characters = _character_indices(data, [element.start for element, _ in ends] + [index for _, index in ends])
    for element, end_index in ends:
        element.start = characters[element.start]
        element.content_start = _start_tag_end(text, element.start)
        # (an empty element's end comes with its start tag: expat points both at its "<")
        empty = text[element.content_start - 2] == "/"
        element.content_end = element.content_start if empty else characters[end_index]
    return roots[0]


def _character_indices(data: bytes, byte_indices: list[int]) -> dict[int, int]:
    """The index in the decoded text of each UTF-8 byte index (each one starts a character)."""
    found: dict[int, int] = {}
    position = characters = 0
    for index in sorted(set(byte_indices)):
        characters += len(data[position:index].decode("utf-8", errors="surrogatepass"))
        position = index
        found[index] = characters
    return found


def _start_tag_end(text: str, start: int) -> int:
    """The index after the ``>`` of the start tag at ``start`` (attribute values may hold a ``>``)."""
    index = start + 1
    while True:
        char = text[index]
        if char in "\"'":
            index = text.index(char, index + 1)
        elif char == ">":
            return index + 1
        index += 1


def decode_text(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The character data of ``text[start:end]``, an element's content: entities resolved, CDATA sections
    unwrapped, comments and processing instructions dropped, tags removed (a line-breaking one, ``<br/>``, as a
    space), with each character's offset in ``text`` (a reference's character at its ``&``)."""
    chars: list[str] = []
    offsets: list[int] = []
    index = start
    while index < end:
        char = text[index]
        if char == "&":
            close = text.index(";", index)
            name = text[index + 1 : close]
            if name.startswith("#"):
                code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
                chars.append(chr(code))
            else:
                chars.append(_PREDEFINED.get(name, " "))
            offsets.append(index)
            index = close + 1
        elif char != "<":
            chars.append(char)
            offsets.append(index)
            index += 1
        elif text.startswith("<![CDATA[", index):
            close = text.index("]]>", index)
            chars.extend(text[index + 9 : close])
            offsets.extend(range(index + 9, close))
            index = close + 3
        elif text.startswith("<!--", index):
            index = text.index("-->", index) + 3
        elif text.startswith("<?", index):
            index = text.index("?>", index) + 2
        else:
            tag_end = _start_tag_end(text, index)
            tag = re.match(r"</?\s*(?:[\w.-]+:)?([\w.-]+)", text[index:tag_end])
            if tag and tag.group(1).lower() in _LINE_BREAKING_TAGS:
                chars.append(" ")
                offsets.append(index)
            index = tag_end
    return "".join(chars), offsets


# --- what is read ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """One piece of the item to read: ``role`` headline, description or body; ``kind`` "text" (one block),
    "plain" (paragraphs by blank lines), "html" (the raw span is HTML, read as a page) or "escaped-html" (HTML
    written as character data, ``&lt;p&gt;`` or a CDATA section)."""

    role: str
    kind: str
    start: int
    end: int


def read_newsml(text: str, path: str) -> ReadBody:
    """Content blocks, dropped chrome, suppressions and links of a NewsML-G2 or NITF item (``InputError`` when the file
    is not one)."""
    root = parse_elements(text, path)
    if root.name == "newsMessage":
        items = root.descendants("newsItem")
        if not items:
            raise InputError(f"{path}: a NewsML-G2 message with no news item")
        parts = [part for item in items for part in _news_item_parts(item)]
    elif root.name == "newsItem":
        parts = _news_item_parts(root)
    elif root.name == "nitf":
        parts = _nitf_parts(root, headline=True, description=True)
    elif root.name == "html":  # an XHTML page saved as .xml: read as the page it is
        parts = [_Part("body", "html", 0, len(text))]
    else:
        raise InputError(f"{path}: not a NewsML-G2 or NITF news item (its root element is <{root.name}>)")
    if not parts:
        remote = root.descendants("remoteContent")
        where = f" (its body is remote content: {remote[0].attributes.get('href', '')})" if remote else ""
        raise InputError(f"{path}: the news item has no headline nor body to read{where}")
    return _read_parts(text, sorted(parts, key=lambda part: part.start))


def _news_item_parts(item: Element) -> list[_Part]:
    parts: list[_Part] = []
    meta = item.child("contentMeta")
    if meta is not None:
        headline = _preferred(meta.children_named("headline"), "main")
        if headline is not None:
            parts.append(_Part("headline", "text", headline.content_start, headline.content_end))
        summaries = [d for d in meta.children_named("description") if "summary" in d.attributes.get("role", "summary")]
        if summaries:
            parts.append(_Part("description", "text", summaries[0].content_start, summaries[0].content_end))
    content_set = item.child("contentSet")
    if content_set is not None:
        roles = {part.role for part in parts}
        parts.extend(_body_parts(content_set, "headline" not in roles, "description" not in roles))
    return parts


def _preferred(elements: list[Element], role: str) -> Element | None:
    """The element whose role names ``role`` ("hld:main"), else the first one."""
    return next((element for element in elements if role in element.attributes.get("role", "")),
                elements[0] if elements else None)


def _body_parts(content_set: Element, headline: bool, description: bool) -> list[_Part]:
    """The parts of the first readable rendition: inline XHTML or NITF first, then inline HTML, then plain text."""
    def rank(element: Element) -> int:
        content_type = element.attributes.get("contenttype", "").lower()
        if element.name == "inlineXML":
            return 0
        return 1 if "html" in content_type else 2 if content_type in ("", "text/plain") else 3

    renditions = sorted((element for element in content_set.children if element.name in ("inlineXML", "inlineData")),
                        key=rank)
    for rendition in renditions:
        if rank(rendition) == 3:
            break
        if rendition.name == "inlineXML":
            nitf = rendition.descendants("nitf")
            if nitf:
                return _nitf_parts(nitf[0], headline, description)
            return [_Part("body", "html", rendition.content_start, rendition.content_end)]
        kind = "escaped-html" if rank(rendition) == 1 else "plain"
        return [_Part("body", kind, rendition.content_start, rendition.content_end)]
    return []


def _nitf_parts(nitf: Element, headline: bool, description: bool) -> list[_Part]:
    """A NITF document's headline and abstract (where the item has none of its own) and its body's content."""
    parts: list[_Part] = []
    body = nitf.child("body")
    if body is None:
        return parts
    head = body.child("body.head")
    if head is not None:
        hedline = head.child("hedline")
        title = hedline.child("hl1") if hedline is not None else None
        if headline and title is not None:
            parts.append(_Part("headline", "text", title.content_start, title.content_end))
        abstract = head.child("abstract")
        if description and abstract is not None:
            parts.append(_Part("description", "text", abstract.content_start, abstract.content_end))
    content = body.child("body.content")
    if content is not None:
        parts.append(_Part("body", "html", content.content_start, content.content_end))
    return parts


def _read_parts(text: str, parts: list[_Part]) -> ReadBody:
    from bilingo.read import MappedText, ReadBody, moved_block, moved_link, read_html, read_plain

    blocks: list[Block] = []
    ignored: list[Block] = []
    suppressions: list[Suppression] = []
    links: list = []
    for part in parts:
        if part.kind == "html":
            value, offsets = text[part.start : part.end], range(part.start, part.end)
        else:
            value, offsets = decode_text(text, part.start, part.end)
        if not value.strip():
            continue
        if part.kind in ("html", "escaped-html"):
            html_blocks, html_ignored, html_suppressions, html_links = read_html(value)
            links.extend(moved_link(link, offsets) for link in html_links)
            blocks.extend(moved_block(block, offsets) for block in html_blocks)
            ignored.extend(moved_block(block, offsets) for block in html_ignored)
            last = len(offsets) - 1
            suppressions.extend(Suppression(found.rules, offsets[min(found.start, last)],
                                            offsets[min(max(found.end - 1, 0), last)] + 1)
                                for found in html_suppressions)
        elif part.kind == "plain":
            blocks.extend(moved_block(block, offsets) for block in read_plain(value))
        else:
            mapped = MappedText()
            mapped.add_located(value, offsets)
            block = mapped.block("heading" if part.role == "headline" else "paragraph")
            if block is not None:
                blocks.append(block)
    return ReadBody(blocks, ignored, suppressions, tuple(links))
