"""Read plain text, Markdown and HTML into content blocks with exact file offsets.

Offsets are Python string indices into ``SourceDocument.text``, the decoded file (a
UTF-8 or UTF-16 byte-order mark is not part of it; line endings are kept as they are).
For Markdown and HTML a block's readable text differs from its source (markup removed,
entities decoded), so each block carries an ``offsets`` map from its characters back to
the file: a finding inside an HTML paragraph still points at the right line and column.

Plain text: blocks are separated by blank lines; a block whose lines end in sentence
punctuation (one paragraph per line, as web-scraped text comes) is split into one block
per line, while hard-wrapped prose stays one block (its line breaks stay in the block's
text; the segmenter decides which of them end a unit).

Inline suppressions: in Markdown and HTML, a comment ``<!-- bilingo: ignore -->`` or
``<!-- bilingo: ignore[rule-a, rule-b] -->`` becomes a ``Suppression`` covering the
whole block that follows it (the next heading, paragraph, list item or table cell); in a
Markdown front matter, a ``# bilingo: ignore[...]`` comment covers the field that follows it.
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser

from bilingo.errors import InputError
from bilingo.front_matter import split_front_matter
from bilingo.model import Block, Link, SourceDocument, Suppression

MAX_BYTES = 20 * 1024 * 1024  # a news article is far smaller; refuse rather than stall a CI run
# Readable text per file (markup excluded). Checking costs about 16 ms and 0.5 MiB per
# sentence (bench/), so 500,000 characters (some 80,000 words, 3,000 sentences: under a
# minute) is far above any article and far below what would exhaust a CI runner.
MAX_CONTENT_CHARS = 500_000
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdx": "mdx", ".html": "html",
           ".htm": "html", ".json": "ninjs", ".xml": "newsml"}
BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive (or an Office document; bilingo reads Word's .docx by that name)",
    b"\xd0\xcf\x11\xe0": "an old Word or Office file (save it as .docx)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
# What charset-normalizer may call a Western single-byte file (see ``decode``).
LATIN_ENCODINGS = {"cp1252", "windows_1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "cp1254",
                   "iso8859_9", "mac_roman", "cp850", "cp437", "ascii"}  # fmt: skip
_SUPPRESSION = re.compile(r"bilingo:\s*ignore(?:\[([^\]]*)\])?", re.IGNORECASE)
_LINE = r"[^\r\n]*\S[^\r\n]*"
_PARAGRAPH = re.compile(rf"{_LINE}(?:(?:\r\n|\r|\n){_LINE})*")  # lines with text, no blank line between
_SENTENCE_END = re.compile(r"""[.!?…:;"'”»)\]]\s*$""")


# --- decoding -------------------------------------------------------------------------


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """The text of a file, the encoding used, and warnings (a guessed legacy encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        return strict_decode(data[3:], "utf-8", path), "utf-8-sig", []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return strict_decode(data, "utf-16", path), "utf-16", []
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{path}: this is {kind}, not text; give bilingo .txt, .md or .html files")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        utf8_error = error
    declared = declared_xml_encoding(data)
    if declared is not None:  # an XML file says what it is written in: no guess, no warning
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guessed = best.encoding.lower().replace("-", "_") if best is not None else None
    if guessed in LATIN_ENCODINGS:
        # Single-byte Latin encodings are hard to tell apart on short texts (Spanish
        # "señor" reads as cp1250 "seńor"); for English and Spanish, cp1252 is the one
        # editors and Windows actually write, so it wins whenever it can decode the bytes.
        for encoding in ("cp1252", guessed):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, encoding, [f"{path}: not valid UTF-8; decoded as {encoding} (save it as UTF-8 to be sure)"]
    raise InputError(
        f"{path}: not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start})"
        " and no Western legacy encoding fits; save it as UTF-8"
    )


_XML_DECLARATION = re.compile(rb"""<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")


def declared_xml_encoding(data: bytes) -> str | None:
    """The encoding that an XML declaration at the start of ``data`` names (``<?xml version="1.0"
    encoding="ISO-8859-1"?>``), as Python calls it; None without one, or for one Python does not know."""
    match = _XML_DECLARATION.match(data[:200])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name  # (those bytes were not ASCII: not this file)


def strict_decode(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: invalid {encoding} at byte {error.start}") from None


def read_bytes(path: Path) -> bytes:
    shown = str(path)
    if not path.exists():
        raise InputError(f"{shown}: no such file")
    if path.is_dir():
        raise InputError(f"{shown}: is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{shown}: {size / 1e6:.1f} MB is over bilingo's limit of {MAX_BYTES // 2**20} MB per file")
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as error:
        raise InputError(f"{shown}: cannot read: {error.strerror or error}") from None


def read_document(path: str | Path) -> SourceDocument:
    """Read one input: a file (plain text, Markdown, MDX, HTML, Word), or a published page by its address
    (``bilingo.fetch``); decode it, find its format, and split it into content blocks."""
    from bilingo.fetch import is_url

    if isinstance(path, str) and is_url(path):
        document = read_page(path)
    elif Path(path).suffix.lower() == ".docx":
        from bilingo.word import read_word

        text, blocks, links = read_word(read_bytes(Path(path)), str(path))
        document = SourceDocument(str(path), text, "docx", blocks, links=links)
    else:
        document = read_file(Path(path))
    if not document.blocks:
        raise InputError(f"{path}: no text content found")
    content = sum(len(block.text) for block in document.blocks)
    if content > MAX_CONTENT_CHARS:
        raise InputError(
            f"{path}: {content:,} characters of text is over bilingo's limit of {MAX_CONTENT_CHARS:,} per file"
            " (a news article is far shorter); split it into articles"
        )
    return document


def read_file(path: Path) -> SourceDocument:
    """A text file: decoded (``decode``), its format told by its extension or its content."""
    text, encoding, warnings = decode(read_bytes(path), str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    document = read_text(text, str(path), detect_format(path, text))
    document.encoding = encoding
    document.warnings.extend(warnings)
    return document


def read_page(url: str) -> SourceDocument:
    """A published page, fetched once per run: read as its media type says."""
    from bilingo.fetch import fetch, format_of

    data, media_type = fetch(url)
    text, encoding, warnings = decode(data, url)
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    document = read_text(text, url, format_of(url, media_type))
    document.encoding = encoding
    document.warnings.extend(warnings)
    return document


def detect_format(path: Path, text: str) -> str:
    by_extension = FORMATS.get(path.suffix.lower())
    if by_extension:
        return by_extension
    from bilingo.newsml import NEWS_XML_HEAD

    if text.lstrip().startswith("<") and NEWS_XML_HEAD.search(text[:4096]):
        return "newsml"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(p|div|article|body)[\s>]", head):
        return "html"
    if re.search(r"^(#{1,6} |\|.*\|\s*$)", text[:4096], re.MULTILINE):
        return "markdown"
    return "text"


def read_text(text: str, path: str, format: str) -> SourceDocument:
    """Blocks of an already-decoded text in the given format ("text", "markdown", "mdx", "html", "ninjs",
    "newsml")."""
    if format == "html":
        body = read_html(text)
    elif format == "ninjs":
        from bilingo.ninjs import read_ninjs

        body = read_ninjs(text, path)
    elif format == "newsml":
        from bilingo.newsml import read_newsml

        body = read_newsml(text, path)
    elif format in ("markdown", "mdx"):
        body = read_markdown(text, mdx=format == "mdx")
    else:
        body = ReadBody(read_plain(text), [], [])
    return SourceDocument(path, text, format, body.blocks, ignored=body.ignored, suppressions=body.suppressions,
                          links=sorted(body.links, key=lambda link: link.start))


# --- plain text -----------------------------------------------------------------------


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of text[start:end], trimmed."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text[start:end]):
        begin, finish = start + match.start(), start + match.end()
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        if finish > begin:
            spans.append((begin, finish))
    return spans


def is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines cut at a fixed width, not one paragraph per line."""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    longest = max(finish - begin for begin, finish in lines)
    unfinished = sum(1 for begin, finish in inner if not _SENTENCE_END.search(text[begin:finish]))
    return longest <= 100 and unfinished >= 0.7 * len(inner)


def read_plain(text: str) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in _PARAGRAPH.finditer(text):
        lines = line_spans(text, paragraph.start(), paragraph.end())
        if not lines:
            continue
        if is_hard_wrapped(text, lines):
            begin, finish = lines[0][0], lines[-1][1]
            blocks.append(Block(text[begin:finish], begin, finish, "paragraph"))
            continue
        for begin, finish in lines:
            blocks.append(Block(text[begin:finish], begin, finish, "paragraph"))
    return blocks


# --- shared: text with an offset map ---------------------------------------------------


_WHITESPACE_BUT_SPACE = re.compile(r"[^\S ]")  # ``\s`` is ``str.isspace``
_WHITESPACE_PAIR = re.compile(r"\s\s")


class MappedText:
    """Readable text built piece by piece, remembering where each character came from.

    The text is kept as a list of pieces (joined once, in ``block``), not of characters:
    a character list cost more than the rest of reading a Markdown article. Only the last
    character matters while adding (``last``), to collapse whitespace across pieces.
    """

    def __init__(self) -> None:
        self.pieces: list[str] = []  # whitespace already collapsed; together one character per offset
        self.offsets: list[int] = []
        self.last = ""  # the last character of the text so far ("" while it is empty)

    def text(self) -> str:
        return "".join(self.pieces)

    def add(self, text: str, offset: int) -> None:
        """Append ``text``, a verbatim slice of the source starting at ``offset``."""
        self.add_located(text, range(offset, offset + len(text)))

    def add_located(self, text: str, offsets) -> None:
        """Append ``text`` whose i-th character comes from source index ``offsets[i]``.

        Runs of whitespace collapse to one space, as a browser renders them. Prose whose
        whitespace characters all stand alone (most paragraphs) is appended whole, each one
        a space; otherwise character by character.
        """
        text = text[: len(offsets)]
        if not _WHITESPACE_PAIR.search(text):
            start = 1 if text[:1].isspace() and self.last in ("", " ") else 0
            readable = text[start:]
            if _WHITESPACE_BUT_SPACE.search(readable):  # most prose has only spaces: nothing to replace
                readable = _WHITESPACE_BUT_SPACE.sub(" ", readable)  # the other whitespace, as spaces
            if readable:
                self.pieces.append(readable)
                self.last = readable[-1]
            self.offsets.extend(offsets[start : len(text)])
            return
        chars = []
        last = self.last
        for char, offset in zip(text, offsets):
            if char.isspace():
                if last in ("", " "):
                    continue
                char = " "
            chars.append(char)
            self.offsets.append(offset)
            last = char
        self.pieces.append("".join(chars))
        self.last = last

    def space(self) -> None:
        if self.last not in ("", " "):
            self.pieces.append(" ")
            self.offsets.append(self.offsets[-1] + 1)
            self.last = " "

    def block(self, kind: str, column: int | None = None) -> Block | None:
        """The collected text as a block (trimmed), or None when it is blank."""
        text = "".join(self.pieces).rstrip(" ")  # the only whitespace left is " "
        del self.offsets[len(text) :]
        self.pieces, self.last = [text], text[-1:]
        if not text:
            return None
        return Block(text, self.offsets[0], self.offsets[-1] + 1, kind, list(self.offsets), column)


class ReadBody(NamedTuple):
    """What a reader finds in one file's text: the content blocks, the chrome and embeds it left out, the inline
    suppressions, and the links (where each one's visible text lies, and its address)."""

    blocks: list[Block]
    ignored: list[Block]
    suppressions: list[Suppression]
    links: tuple[Link, ...] = ()


def moved_link(link: Link, offsets) -> Link:
    """``link``, read from a text decoded out of the file, with its span moved into the file (as ``moved_block``)."""
    last = len(offsets) - 1
    return Link(offsets[min(link.start, last)], offsets[min(max(link.end - 1, 0), last)] + 1, link.target)


def moved_block(block: Block, offsets) -> Block:
    """``block``, read from a text decoded out of the file (a JSON string, an XML element's content), with its
    offsets moved into the file: ``offsets[i]`` is where the decoded text's character i lies in the file."""
    inner = block.offsets if block.offsets is not None else range(block.start, block.end)
    last = len(offsets) - 1
    moved = [offsets[min(index, last)] for index in inner]
    return Block(block.text, moved[0], moved[-1] + 1, block.kind, moved, block.column)


def suppression_rules(comment: str) -> frozenset[str] | None:
    """The rules an ``bilingo: ignore[...]`` comment names (empty set: all), or None if it is not one."""
    match = _SUPPRESSION.search(comment)
    if not match:
        return None
    names = match.group(1)
    return frozenset(name.strip() for name in names.split(",") if name.strip()) if names else frozenset()


def attach_suppressions(pending: list[tuple[frozenset[str], int]], blocks: list[Block]) -> list[Suppression]:
    """Each suppression comment covers the block that follows it."""
    suppressions = []
    for rules, position in pending:
        following = next((block for block in blocks if block.start >= position), None)
        if following is not None:
            suppressions.append(Suppression(rules, following.start, following.end))
    return suppressions


# --- Markdown -------------------------------------------------------------------------

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_INDENTED_CODE = re.compile(r"^(?: {4}| {0,3}\t)")  # code, where it does not continue a paragraph or a list
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # under a paragraph's lines: they are a heading
_FRONT_MATTER_COMMENT = re.compile(r"^[ \t]*#(.*)$", re.MULTILINE)
_ESM_STATEMENT = re.compile(r"^(?:import|export)\s")  # MDX's JavaScript lines: "import Chart from '…';"
_LINK_DEFINITION = re.compile(r"""^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S+(\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_LINK_DEFINITION_PARTS = re.compile(r"^[ \t]{0,3}\[(?P<label>(?!\^)[^\]]+)\]:[ \t]*(?P<destination><[^>\n]*>|\S+)",
                                    re.MULTILINE)
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:\s*")
# Every alternative starts with a literal character, so the regular expression engine finds
# candidates by a fast scan for those characters instead of trying the pattern at every position
# (a lookbehind first, or a group, would prevent that): "`+" is written "``*", and the two
# underscore cases test the character before the "_" after taking it ("_(?<!\w_)" is "(?<!\w)_"). An underscore
# opens emphasis after a non-word character and before a non-space ("_(AP)_"), and closes it after a non-space
# and before a non-word character ("report._"); one inside a word ("snake_case", "@john_doe") is text.
_INLINE = re.compile(
    r"<!--(?P<comment>.*?)-->"
    r"|!\[(?P<alt>[^\]]*)\]\([^)]*\)"
    r"|\[\^[^\]\s]+\]"  # a footnote's mark ("…on Friday[^1].")
    # a link, inline or by reference ("[the utility][pge]")
    r"|\[(?P<link>[^\]]*)\](?:\((?P<destination>[^)]*)\)|\[(?P<label>[^\]]*)\])"
    r"|<(?P<autolink>(?:https?://|mailto:|tel:)[^>]*)>"
    r"|<(?P<component>[A-Z][\w.]*)\b[^>]*>"  # an MDX component: its caption/title/alt text is read
    r"|</?[A-Za-z][^>]*>"
    r"|&(?P<entity>#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"  # decoded as CommonMark does
    r"|\{\{[<%](?P<shortcode>.*?)[>%]\}\}|\{%(?P<liquid>.*?)%\}"  # Hugo's shortcodes, Jekyll's Liquid tags
    r"|\*\*|__|\*|``*|~~"  # emphasis and code markers
    r"|_(?:(?<!\w_)(?=\S)|(?<=\S_)(?!\w))",  # an underscore opening or closing emphasis (CommonMark's flanking)
    re.DOTALL,
)


# The words a shortcode or Liquid tag shows the reader ({{< figure src="a.jpg" caption="Children play" >}}): the
# values of these parameters; the rest (the template's name, paths, ids) is markup.
_SHORTCODE_TEXT = re.compile(r"\b(?:caption|title|alt|attr|description)\s*=\s*\"(?P<text>[^\"]*)\"")


def link_destination(destination: str) -> str:
    """The address of a Markdown link's destination, without its title (``url "title"``, ``<url> 'title'``)."""
    destination = destination.strip()
    if destination.startswith("<"):
        return destination[1:].partition(">")[0].strip()
    return destination.split(maxsplit=1)[0] if destination else ""


def markdown_inline(text: str, start: int, end: int, mapped: MappedText, pending: list,
                    links: list | None = None, offsets: list[int] | None = None) -> None:
    """Add text[start:end] to ``mapped`` without Markdown's inline markup.

    ``links`` receives each link's span and address, a link by reference its label ("label:pge", resolved by
    ``read_markdown`` once every definition is known). ``offsets``, where given, places each character of ``text``
    in the file (a paragraph's lines joined, ``markdown_paragraph``); without it ``text`` is the file."""
    def place(position: int) -> int:
        return position if offsets is None else offsets[position]

    def add(piece: str, position: int) -> None:
        if offsets is None:
            mapped.add(piece, position)
        else:
            mapped.add_located(piece, offsets[position : position + len(piece)])

    def link(begin: int, finish: int, target: str) -> None:
        links.append(Link(place(begin), place(finish - 1) + 1, target))

    cursor = start
    anchor: tuple[str, int] | None = None  # (address, start) of an HTML anchor not yet closed
    for match in _INLINE.finditer(text, start, end):
        add(text[cursor : match.start()], cursor)
        if match.group("comment") is not None:
            rules = suppression_rules(match.group("comment"))
            if rules is not None:
                pending.append((rules, place(match.end() - 1) + 1))
        elif match.group("alt") is not None:
            add(match.group("alt"), match.start("alt"))
        elif match.group("link") is not None:
            add(match.group("link"), match.start("link"))
            if links is not None and match.end("link") > match.start("link"):
                label = match.group("label")
                if label is None:
                    target = link_destination(match.group("destination"))
                else:  # "[text][]" takes its text as the label
                    target = "label:" + (label or match.group("link"))
                if target:
                    link(match.start("link"), match.end("link"), target)
        elif match.group("autolink") is not None:
            if links is not None:
                link(match.start("autolink"), match.end("autolink"), match.group("autolink"))
        elif match.group("entity") is not None:
            add(html.unescape(match.group()), match.start())  # (an unknown name stays as written)
        elif match.group("shortcode") is not None or match.group("liquid") is not None or match.group("component"):
            for value in _SHORTCODE_TEXT.finditer(text, match.start(), match.end()):
                add(value.group("text") + " ", value.start("text"))
        elif links is not None and match.group()[:3].lower() in ("<a ", "</a"):
            if match.group().startswith("</"):  # an HTML anchor's end: the link open since its start tag
                if anchor is not None and match.start() > anchor[1]:
                    link(anchor[1], match.start(), anchor[0])
                anchor = None
            else:
                anchor = _anchor_opened(match.group(), match.end())
        cursor = match.end()
    add(text[cursor:end], cursor)


def markdown_paragraph(text: str, lines: list[tuple[int, int]], mapped: MappedText, pending: list,
                       links: list | None = None) -> None:
    """Add a paragraph's lines (``text[begin:end]`` each, their markers of a quote or a list left out) to ``mapped``
    without Markdown's inline markup, read as one text: a link, an emphasis or an HTML anchor wrapped onto the next
    line is read whole, where line by line its markup was left in the text (a line ending "[the county's" and the next
    starting "map](https://…)")."""
    if len(lines) == 1:
        begin, end = lines[0]
        markdown_inline(text, begin, end, mapped, pending, links)
        mapped.space()
        return
    joined = "\n".join(text[begin:end] for begin, end in lines)
    offsets: list[int] = []
    for begin, end in lines:
        offsets.extend(range(begin, end))
        offsets.append(end)  # (the line's end, read as the space between two lines)
    markdown_inline(joined, 0, len(joined), mapped, pending, links, offsets)
    mapped.space()


def _anchor_opened(tag: str, end: int) -> tuple[str, int] | None:
    """An HTML anchor's start tag in Markdown, ending at ``end``: (its address, where its text starts), or None for an
    anchor without an address."""
    address = next((value.group(kind) for value in _ATTRIBUTE_VALUE.finditer(tag)
                    if value.group("name").lower() == "href"
                    for kind in ("double", "single", "bare") if value.group(kind) is not None), None)
    return (html.unescape(address).strip(), end) if address and address.strip() else None


def read_markdown(text: str, mdx: bool = False) -> ReadBody:
    """Content blocks, the embedded social media posts left out (raw HTML blocks, see ``EMBED_CLASSES``), inline
    suppressions and links (inline, by reference, and autolinks).

    ``mdx``: MDX (Astro, Next.js), Markdown with JavaScript modules and components: its ``import`` and
    ``export`` statements are code, not content; a component is read as the caption, title or alt text it
    shows (``<Chart title="Outages by county" />``), as a Hugo shortcode is."""
    # Lines end at \r\n, \n or a lone \r (old Mac files), as in plain text.
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text) if m.end() > m.start()]
    blocks: list[Block] = []
    ignored: list[Block] = []
    pending: list[tuple[frozenset[str], int]] = []
    links: list[Link] = []
    paragraph: list[tuple[int, int]] = []
    in_fence = False
    in_quote = False
    index = 0

    def flush(kind: str = "paragraph") -> None:
        if paragraph:
            mapped = MappedText()
            markdown_paragraph(text, paragraph, mapped, pending, links)
            embedded = is_embedded_html_block(text[paragraph[0][0]:paragraph[-1][1]])
            block = mapped.block("embed" if embedded else kind)
            if block:
                (ignored if embedded else blocks).append(block)
            paragraph.clear()

    body_start, fields = split_front_matter(text)
    if body_start:
        lines = [(b, e) for b, e in lines if b >= body_start]
        # "# bilingo: ignore[number-mismatch]" on the line before a field (YAML and TOML comments)
        for comment in _FRONT_MATTER_COMMENT.finditer(text, 0, body_start):
            rules = suppression_rules(comment.group(1))
            if rules is not None:
                pending.append((rules, comment.end()))
    for field in fields:  # the headline and standfirst a site generator shows above the body
        mapped = MappedText()
        mapped.add_located(field.text, field.offsets)
        block = mapped.block("heading" if field.is_heading else "paragraph")
        if block:
            blocks.append(block)

    while index < len(lines):
        begin, finish = lines[index]
        line = text[begin:finish].rstrip("\r\n")
        content_end = begin + len(line)
        index += 1
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            in_quote = False
            continue
        comment_only = re.fullmatch(r"\s*<!--(.*?)-->\s*", line)
        if comment_only:
            flush()
            rules = suppression_rules(comment_only.group(1))
            if rules is not None:
                pending.append((rules, content_end))
            continue
        if paragraph and not in_quote and _SETEXT_UNDERLINE.match(line):  # the lines above are a heading
            flush("heading")
            continue
        if _THEMATIC_BREAK.match(line):
            flush()
            continue
        after_list_item = bool(blocks) and blocks[-1].kind == "list-item"  # (an indented line continues the item)
        if not paragraph and not in_quote and not after_list_item and _INDENTED_CODE.match(line):
            continue  # an indented code block
        if mdx and not paragraph and _ESM_STATEMENT.match(line):
            continue
        if not paragraph and _LINK_DEFINITION.match(line):  # "[pge]: https://… "title"": where a link goes
            continue
        footnote = _FOOTNOTE_DEFINITION.match(line)
        if footnote:  # "[^1]: The meeting began at 7 p.m.": the note's text is content, its label is not
            flush()
            paragraph.append((begin + footnote.end(), content_end))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            mapped = MappedText()
            markdown_inline(text, begin + heading.end(), content_end, mapped, pending, links)
            block = mapped.block("heading")
            if block:
                block.text = block.text.rstrip("# ").rstrip() or block.text
                block.offsets = block.offsets[: len(block.text)]
                block.end = block.offsets[-1] + 1
                blocks.append(block)
            continue
        if line.lstrip().startswith("|") and "|" in line.strip()[1:]:
            flush()
            if _TABLE_RULE.match(line):
                continue
            column = 0
            for cell in re.finditer(r"(?<!\\)\|([^|]*)", line):
                cell_begin, cell_end = begin + cell.start(1), begin + cell.end(1)
                if cell_end == content_end and not text[cell_begin:cell_end].strip():
                    break
                mapped = MappedText()
                markdown_inline(text, cell_begin, cell_end, mapped, pending, links)
                block = mapped.block("table-cell", column)
                if block:
                    blocks.append(block)
                column += 1
            continue
        quote = _QUOTE.match(line)
        if quote:  # consecutive "> " lines are one blockquote paragraph
            if not in_quote:
                flush()
            in_quote = True
            paragraph.append((begin + quote.end(), content_end))
            continue
        if in_quote:
            flush()
            in_quote = False
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            paragraph.append((begin + item.end(), content_end))
            flush()
            if blocks:
                blocks[-1].kind = "list-item"
            continue
        paragraph.append((begin, content_end))
    flush()
    return ReadBody(blocks, ignored, attach_suppressions(pending, blocks), resolved_links(text, links))


def _link_label(label: str) -> str:
    return " ".join(label.split()).casefold()  # (labels match without case, their whitespace collapsed)


def resolved_links(text: str, links: list[Link]) -> tuple[Link, ...]:
    """``links`` with each link by reference given its definition's address ("[pge]: https://…"); one whose label
    is defined nowhere is no link (CommonMark reads it as text)."""
    definitions: dict[str, str] = {}
    for definition in _LINK_DEFINITION_PARTS.finditer(text):
        definitions.setdefault(_link_label(definition.group("label")),
                               link_destination(definition.group("destination")))
    resolved = []
    for link in links:
        if link.target.startswith("label:"):
            target = definitions.get(_link_label(link.target.removeprefix("label:")))
            if target:
                resolved.append(Link(link.start, link.end, target))
        else:
            resolved.append(link)
    return tuple(resolved)


def is_embedded_html_block(raw: str) -> bool:
    """Whether a Markdown paragraph is a raw HTML block whose first element is an embedded post."""
    if not raw.lstrip().startswith("<"):
        return False
    body = LexborHTMLParser(raw).body
    first = body.child if body is not None else None
    while first is not None and not first.is_element_node:
        first = first.next
    return first is not None and is_embedded_post(first)


# --- HTML -----------------------------------------------------------------------------
#
# selectolax (lexbor, an HTML5 parser) builds the tree, so broken markup is repaired the
# way browsers repair it. lexbor gives no source positions, so a second pass with the
# standard library's tokenizer (``html.parser``) lists every character of character data
# with its offset in the file; each text node of the tree is then matched, in document
# order, against that list. A decoded entity maps to the first index of its ``&...;``.

CONTAINER_KINDS = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "p": "paragraph", "li": "list-item", "blockquote": "paragraph", "td": "table-cell", "th": "table-cell",
    "dt": "paragraph", "dd": "paragraph", "figcaption": "paragraph", "caption": "paragraph", "pre": "paragraph",
}  # fmt: skip
# Elements that end the text before them: bare text in a <div> becomes its own paragraph.
BREAKING_TAGS = set(CONTAINER_KINDS) | {
    "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside", "form", "address",
    "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figure", "details", "summary", "fieldset",
    "hr", "br", "center",
}  # fmt: skip
# Never content and never reported: code, media, widgets.
SKIPPED_TAGS = {"head", "title", "script", "style", "noscript", "template", "iframe", "svg", "math", "object",
                "canvas", "select", "textarea", "button", "video", "audio", "map"}  # fmt: skip
# Page chrome: dropped from the content, kept in ``SourceDocument.ignored``.
CHROME_TAGS = {"nav", "footer", "aside", "form"}
CHROME_ROLES = {"navigation", "contentinfo", "banner", "complementary", "search"}
# Page chrome that sites mark with a class or an id instead of a tag: a word of a class or id ("share" in
# "share-buttons", "sidebar" in "sidebar_right"), or a whole class or id. Words are split on "-" and "_". Not
# "header" nor "footer": a story's own header holds its headline, its footer the author's bio (the tags <header>
# outside <article>, and <footer>, are chrome by themselves). Never the article's element or one holding it, and
# never a class that only files the story ("category-social-media", "tag-ads": WordPress puts them on the article).
CHROME_CLASS_WORDS = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "share", "sharing", "social",
    "newsletter", "subscribe", "subscription", "signup", "paywall", "related", "recommended", "trending", "popular",
    "promo", "ad", "ads", "advert", "advertisement", "sponsored", "cookie", "cookies", "consent", "comments",
    "masthead", "relatedposts", "sharedaddy",
    "pullquote",  # a sentence of the story repeated in large type (WordPress's "wp-block-pullquote")
    "credit", "credits",  # a photo's credit inside its caption ("photo-credit", "media-credit")
}  # fmt: skip
CHROME_CLASSES = {"site-header", "global-header", "site-footer", "global-footer", "skip-link", "sr-only",
                  "visually-hidden", "screen-reader-text", "most-read", "pull-quote", "pull_quote"}  # fmt: skip
TAXONOMY_CLASS_PREFIXES = ("category-", "tag-", "tags-", "section-", "topic-")
# A name is a guess: an element holding more than this share of the article's text (a wrapper named
# "has-sidebar" or "body-with-ads" around the story) is kept, so that a wrong guess costs noise, never the article.
CHROME_BY_NAME_MAX_SHARE = 0.5
CHROME_BY_NAME_MAX_MEASURES = 500  # text lengths measured per page at most (hostile pages nest thousands deep)
_CLASS_WORD_SEPARATOR = re.compile(r"[-_]+")
# The article's body where a page has no <article>, <main> or role="main": schema.org's property, then the
# classes and ids of common publishing systems (WordPress's "entry-content"...).
ARTICLE_BODY_SELECTORS = (
    "[itemprop=articleBody]", ".article-body", ".article__body", ".story-body", ".entry-content", ".post-content",
    ".article-content", ".story-content", "#article-body", "#story-body",
)  # fmt: skip
# Embedded social media posts (the class each platform's embed code gives its element): someone else's words,
# shown as posted, so left in their language in both versions. Dropped from the content like chrome (kept in
# ``SourceDocument.ignored``, kind "embed"): an English post in the Spanish version is not an untranslated sentence.
EMBED_CLASSES = {
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video", "bluesky-embed",
    "text-post-media", "reddit-embed-bq", "mastodon-embed",
}  # fmt: skip
ENTITY_SEARCH_WINDOW = 4096  # how far ahead a text node's character may be looked for in the source
# The page's own summary, which search results and link previews show in place of the article: the first of these
# <meta> tags (by name or property) that a page has is read as a paragraph before the article.
DESCRIPTION_METAS = ("description", "og:description", "twitter:description")
# Attribute text that is content: an image's alt text (what a screen reader says, and what shows when the image
# does not load), and a <meta> tag's content (``DESCRIPTION_METAS``). tag -> attribute.
TEXT_ATTRIBUTES = {"img": "alt", "meta": "content"}
ATTRIBUTE_SEARCH_AHEAD = 64  # source attributes passed over, at most, to find the one a tree element holds
_ATTRIBUTE_VALUE = re.compile(  # name="value", name='value' or name=value, inside a start tag
    r"""\s(?P<name>[^\s=/>"']+)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s>]+))"""
)
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_LINE_BREAK_PAIR = re.compile(r"\r\n?")


class LocatedText(NamedTuple):
    """Text decoded from the source, with each character's offset in the file."""

    text: str
    offsets: list[int]


def locate_attribute(raw: str, start: int) -> LocatedText:
    """An attribute value as a browser reads it (character references decoded, line breaks as "\\n"), each character
    placed at its source offset (a reference's characters at its "&"). ``raw`` is the value as written, at ``start``."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _CHARACTER_REFERENCE.finditer(raw):
        plain = _LINE_BREAK_PAIR.sub("\n", raw[position : match.start()])
        pieces.append(plain)
        offsets.extend(_plain_offsets(raw, position, match.start(), start))
        decoded = html.unescape(match.group())
        pieces.append(decoded)
        offsets.extend([start + match.start()] * len(decoded))
        position = match.end()
    pieces.append(_LINE_BREAK_PAIR.sub("\n", raw[position:]))
    offsets.extend(_plain_offsets(raw, position, len(raw), start))
    return LocatedText("".join(pieces), offsets)


def _plain_offsets(raw: str, begin: int, end: int, start: int) -> list[int]:
    """The offsets of ``raw[begin:end]`` once each "\\r\\n" is one character (at its "\\r")."""
    return [start + index for index in range(begin, end)
            if not (raw[index] == "\n" and index > begin and raw[index - 1] == "\r")]


class _SourceCharacters(HTMLParser):
    """Every character of character data in the raw HTML, with its offset; and the comments."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
        self.length = len(text)
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.comments: list[tuple[str, int]] = []
        self.attributes: list[tuple[str, LocatedText]] = []  # (tag, value) of ``TEXT_ATTRIBUTES``, in source order
        self.links: list[Link] = []  # each <a href>, its span the source between its start and end tags
        self.open_link: tuple[str, int] | None = None  # (target, start) of an <a href> not yet closed

    def position(self) -> int:
        line, column = self.getpos()  # html.parser counts lines by "\n" only, as line_starts does
        return self.line_starts[line - 1] + column

    def handle_data(self, data: str) -> None:
        start = self.position()
        self.chars.extend(data)
        self.offsets.extend(range(start, start + len(data)))

    def add_reference(self, reference: str) -> None:
        decoded = html.unescape(reference)
        self.chars.extend(decoded)
        self.offsets.extend([self.position()] * len(decoded))

    def handle_entityref(self, name: str) -> None:
        self.add_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.add_reference(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.comments.append((data, self.position()))

    def close_link(self) -> None:
        if self.open_link is not None:
            target, start = self.open_link
            end = self.position()
            if end > start:
                self.links.append(Link(start, end, target))
            self.open_link = None

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.close_link()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            self.close_link()  # (an anchor left open ends where the next one starts, as a browser reads it)
            target = next((value for name, value in attrs if name == "href" and value), None)
            if target is not None and target.strip():
                self.open_link = (target.strip(), self.position() + len(self.get_starttag_text() or ""))
            return
        wanted = TEXT_ATTRIBUTES.get(tag)
        if wanted is None or all(name != wanted for name, _ in attrs):
            return
        raw_tag = self.get_starttag_text() or ""
        start = self.position()
        for match in _ATTRIBUTE_VALUE.finditer(raw_tag):
            if match.group("name").lower() == wanted:
                kind = next(group for group in ("double", "single", "bare") if match.group(group) is not None)
                self.attributes.append((tag, locate_attribute(match.group(kind), start + match.start(kind))))
                return


def scan_source(text: str) -> _SourceCharacters:
    scanner = _SourceCharacters(text)
    try:
        scanner.feed(text)
        scanner.close()
    except (AssertionError, ValueError):  # the stdlib tokenizer gives up on some broken markup
        pass
    scanner.open_link = None  # (an anchor never closed: its end is unknown)
    return scanner


class _TextLocator:
    """Finds the source offset of each character of the parser's text nodes, in document order."""

    def __init__(self, source: _SourceCharacters) -> None:
        self.chars = source.chars
        self.joined = "".join(source.chars)
        self.offsets = source.offsets
        self.cursor = 0
        self.handed_out = 0  # the last offset returned: offsets never go back
        self.last_index = max(source.length - 1, 0)

    def locate(self, text: str) -> list[int]:
        if text and self.joined.startswith(text, self.cursor):
            # The usual case, and the only fast one for a megabyte of inline script: the
            # node's text is verbatim the next source characters.
            located = self.offsets[self.cursor : self.cursor + len(text)]
            self.cursor += len(text)
            if located[0] >= self.handed_out:  # the tokenizer's offsets are in order already
                self.handed_out = located[-1]
                return located
            return self.in_order(located)
        return self.in_order(self.locate_each(text))

    def fits_next(self, offsets: list[int]) -> bool:
        """Whether text at ``offsets`` (an attribute's) lies between the text handed out and the next text node's
        first visible character: where the tree has it, in the file's order."""
        index = self.cursor
        while index < len(self.chars) and self.chars[index].isspace():  # (whitespace the tree rewrote, "\r\n")
            index += 1
        upcoming = self.offsets[index] if index < len(self.offsets) else self.last_index + 1
        return self.handed_out <= offsets[0] and offsets[-1] < upcoming

    def in_order(self, located: list[int]) -> list[int]:
        """Offsets that never go back nor past the end of the file.

        Characters the parser made up, or whitespace it moved, are given guessed places;
        where the guess would go back, the character stays where the previous one is.
        """
        for index, offset in enumerate(located):
            offset = min(max(offset, self.handed_out), self.last_index)
            located[index] = self.handed_out = offset
        return located

    def locate_each(self, text: str) -> list[int]:
        located: list[int] = []
        last = self.offsets[self.cursor - 1] if 0 < self.cursor <= len(self.offsets) else 0
        for char in text:
            if char.isspace():  # the parser rewrites \r\n to \n; whitespace is collapsed later anyway
                if self.cursor < len(self.chars) and self.chars[self.cursor].isspace():
                    last = self.offsets[self.cursor]
                    self.cursor += 1
                    located.append(last)
                else:
                    located.append(last + 1 if located else last)
                continue
            found = self.find(char)
            if found is not None:
                self.cursor = found + 1
                last = self.offsets[found]
            located.append(last)  # not found (a character the parser made up): stay where we are
        return located

    def find(self, char: str) -> int | None:
        limit = min(len(self.chars), self.cursor + ENTITY_SEARCH_WINDOW)
        for index in range(self.cursor, limit):
            if self.chars[index] == char:
                return index
        return None


class _AttributeLocator:
    """Finds, for an element of the tree, its text attribute as the source tokenizer located it. Elements come in
    document order, as the tokenizer met them, except where the parser moved one (an image out of a broken table):
    that one's attribute is looked for a little ahead, and left unlocated (``None``) when it is not there."""

    def __init__(self, source: _SourceCharacters) -> None:
        self.attributes = source.attributes
        self.cursor = 0

    def locate(self, tag: str, value: str) -> LocatedText | None:
        value = _LINE_BREAK_PAIR.sub("\n", value)
        limit = min(len(self.attributes), self.cursor + ATTRIBUTE_SEARCH_AHEAD)
        for index in range(self.cursor, limit):
            found_tag, located = self.attributes[index]
            if found_tag == tag and located.text == value:
                self.cursor = index + 1
                return located
        return None


def is_alt_text(alt: str) -> bool:
    """Whether an image's alt text says something: not blank, and not a file name ("IMG_2034.jpg") that a
    publishing system filled in."""
    words = alt.split()
    if not any(char.isalpha() for char in alt):
        return bool(words) and not alt.isascii()  # an emoji drawn as an image is text; "1" or "-" is not
    return not (len(words) == 1 and _FILE_NAME.fullmatch(words[0]))


_FILE_NAME = re.compile(r"[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic)", re.IGNORECASE)


def page_description(tree: LexborHTMLParser, attributes: _AttributeLocator) -> Block | None:
    """The page's description (``DESCRIPTION_METAS``) as a paragraph, or None when it has none."""
    found: dict[str, str] = {}
    for meta in tree.css("meta[content]"):
        meta_attributes = meta.attributes or {}
        key = (meta_attributes.get("name") or meta_attributes.get("property") or "").strip().lower()
        if key in DESCRIPTION_METAS and key not in found and (meta_attributes.get("content") or "").strip():
            found[key] = meta_attributes["content"]
    for key in DESCRIPTION_METAS:
        if key in found:
            located = attributes.locate("meta", found[key])
            if located is None:
                return None
            mapped = MappedText()
            mapped.add_located(located.text, located.offsets)
            return mapped.block("paragraph")
    return None


def place_block(blocks: list[Block], block: Block) -> None:
    """Put ``block`` among ``blocks`` (in source order) where its place in the file is; leave it out when it lies
    inside one of them (a <meta> misplaced in the middle of a paragraph)."""
    index = bisect.bisect_left([other.start for other in blocks], block.start)
    if (index > 0 and blocks[index - 1].end > block.start) or (index < len(blocks) and blocks[index].start < block.end):
        return
    blocks.insert(index, block)


def is_embedded_post(node) -> bool:
    """Whether an element is a social media post's embed (``EMBED_CLASSES``)."""
    classes = (node.attributes or {}).get("class")
    return bool(classes) and not EMBED_CLASSES.isdisjoint(classes.split())


def is_chrome_by_name(node) -> bool:
    """Whether an element's class or id names it page chrome (``CHROME_CLASS_WORDS``, ``CHROME_CLASSES``)."""
    attributes = node.attributes or {}
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower().split()
    return any(
        name in CHROME_CLASSES
        or (not name.startswith(TAXONOMY_CLASS_PREFIXES)
            and not CHROME_CLASS_WORDS.isdisjoint(_CLASS_WORD_SEPARATOR.split(name)))
        for name in names
    )


class _ChromeByName:
    """Whether an element of a page is chrome by its class or id (``is_chrome_by_name``), with the guards that
    keep the story: never the content root or an element around it, never an element holding more than
    ``CHROME_BY_NAME_MAX_SHARE`` of the root's text, and at most ``CHROME_BY_NAME_MAX_MEASURES`` elements
    measured (after that, names decide nothing)."""

    def __init__(self, roots: list) -> None:
        self.holds_root: set[int] = set()
        for root in roots:
            around = root
            while around is not None:
                self.holds_root.add(around.mem_id)
                around = around.parent
        self.article_text = sum(len(root.text(deep=True)) for root in roots)
        self.measures_left = CHROME_BY_NAME_MAX_MEASURES

    def __call__(self, node) -> bool:
        if node.mem_id in self.holds_root or self.measures_left <= 0 or not is_chrome_by_name(node):
            return False
        self.measures_left -= 1
        return len(node.text(deep=True)) <= CHROME_BY_NAME_MAX_SHARE * self.article_text


def element_role(node) -> str:
    attributes = node.attributes or {}
    return (attributes.get("role") or "").strip().lower()


def content_roots(tree: LexborHTMLParser) -> list:
    """The elements that hold the article: its <article>, else <main>, else [role=main], else an element that
    says it is an article's body (``ARTICLE_BODY_SELECTORS``), else <body>.

    A page that holds each version of the story in an <article> of its own (``<article lang="en">``, then
    ``<article lang="es">``) has two: the first <article>, and the first one after it in the other language
    (``other_version_article``). Any other <article> on a page is a teaser of another story.
    """
    articles = [node for node in tree.css("article") if not _inside_article(node)]
    if articles:
        other = other_version_article(articles)
        return [articles[0]] if other is None else [articles[0], other]
    for selector in ("main", "[role=main]", *ARTICLE_BODY_SELECTORS):
        node = tree.css_first(selector)
        if node is not None:
            return [node]
    return [tree.body] if tree.body is not None else []


def _inside_article(node) -> bool:
    around = node.parent
    while around is not None:
        if around.tag == "article":
            return True
        around = around.parent
    return False


#: The other version's <article> holds at least this share of the first one's text: a shorter one in the other
#: language is a teaser ("Lea también: ..."), not a version of the story.
OTHER_VERSION_MIN_SHARE = 0.3


def other_version_article(articles: list):
    """The <article> after the first that holds the story in the other language, if any: its ``lang`` attribute
    (``es``, ``es-419``) says which, else language identification of its text; None when none does."""
    first_lang = article_language(articles[0])
    if first_lang not in ("en", "es"):
        return None
    first_length = len(articles[0].text(deep=True))
    for article in articles[1:]:
        lang = article_language(article)
        if lang in ("en", "es") and lang != first_lang:
            if len(article.text(deep=True)) >= OTHER_VERSION_MIN_SHARE * first_length:
                return article
    return None


def article_language(article) -> str | None:
    """"en", "es", another code, or None: the element's own ``lang`` attribute (its primary subtag), else the
    language of its text."""
    declared = ((article.attributes or {}).get("lang") or "").strip().lower()
    if declared:
        return declared.split("-")[0]
    from bilingo.langid import identify  # (only for a page with several <article>s)

    lang = identify(" ".join(article.text(deep=True, separator=" ").split())[:2000])
    return lang if lang in ("en", "es") else None


def cell_column(node) -> int:
    """Index of a <td>/<th> among the cells of its row."""
    column = 0
    sibling = node.prev
    while sibling is not None:
        if sibling.tag in ("td", "th"):
            column += 1
        sibling = sibling.prev
    return column


def read_html(text: str) -> ReadBody:
    """Content blocks of the article, the chrome that was dropped, inline suppressions and the links (``<a href>``,
    wherever they stand: a rule reads those inside the segments it compares)."""
    tree = LexborHTMLParser(text)
    source = scan_source(text)
    locator = _TextLocator(source)
    attributes = _AttributeLocator(source)
    description = page_description(tree, attributes)
    attributes.cursor = 0  # the description's <meta> sits in <head>, before every image
    roots = content_roots(tree)
    root_ids = {root.mem_id for root in roots}
    chrome_by_name = _ChromeByName(roots)
    blocks: list[Block] = []
    ignored: list[Block] = []
    current = MappedText()
    containers: list[tuple[str, int | None]] = []  # (kind, column) of the open block elements
    state = {"skip": 0, "chrome": 0, "root": 0, "article": 0, "embed": 0}

    def flush() -> None:
        nonlocal current
        kind, column = containers[-1] if containers else ("paragraph", None)
        block = current.block("embed" if state["embed"] else kind, column if kind == "table-cell" else None)
        if block is not None:
            (ignored if state["chrome"] or state["embed"] or not state["root"] else blocks).append(block)
        current = MappedText()

    def add_alt_text(image) -> None:
        """An image's alt text, read where the image is, as Markdown reads ``![alt](src)``: a photo alone in its
        figure makes its own paragraph, an emoji drawn as an image stays in its sentence."""
        alt = (image.attributes or {}).get("alt") or ""
        if state["skip"] or not is_alt_text(alt):
            return
        located = attributes.locate("img", alt)
        if located is None or not locator.fits_next(located.offsets):  # (not found, or moved by the parser)
            return
        locator.handed_out = located.offsets[-1]
        wordlike = located.text.strip()
        if wordlike[:1].isalnum():
            current.space()
        current.add_located(located.text, located.offsets)
        if wordlike[-1:].isalnum():
            current.space()

    # An explicit stack instead of recursion: hostile pages nest thousands of elements deep.
    stack: list[tuple[object, bool, tuple[str, ...]]] = [(tree.root, True, ())] if tree.root is not None else []
    while stack:
        node, entering, counted = stack.pop()
        if not entering:
            tag = node.tag
            if tag in BREAKING_TAGS or "chrome" in counted or "root" in counted or "embed" in counted:
                flush()
            if tag in CONTAINER_KINDS:
                containers.pop()
            for key in counted:
                state[key] -= 1
            continue
        if node.is_text_node:
            data = node.text_content or ""
            offsets = locator.locate(data)
            if not state["skip"]:
                current.add_located(data, offsets)
            continue
        if not node.is_element_node and not node.is_document_node:
            continue  # comments: suppressions come from the tokenizer, which knows their place
        tag = node.tag
        if tag == "img":
            add_alt_text(node)
            continue
        role = element_role(node) if node.is_element_node else ""
        keys = []
        named_chrome = node.is_element_node and not state["chrome"] and not state["skip"] and chrome_by_name(node)
        if tag in SKIPPED_TAGS or (named_chrome and tag not in BREAKING_TAGS):
            # (chrome inside a line of text, "(opens in a new tab)" for screen readers: left out without
            # cutting the sentence around it in two)
            keys.append("skip")
        if (
            tag in CHROME_TAGS
            or role in CHROME_ROLES
            or (tag == "header" and not state["article"])
            or (named_chrome and tag in BREAKING_TAGS)
        ):
            keys.append("chrome")
        if node.mem_id in root_ids:
            keys.append("root")
        if tag == "article":
            keys.append("article")
        if node.is_element_node and is_embedded_post(node):
            keys.append("embed")
        if tag in BREAKING_TAGS or "chrome" in keys or "root" in keys or "embed" in keys:
            flush()
        if tag in CONTAINER_KINDS:
            containers.append((CONTAINER_KINDS[tag], cell_column(node) if tag in ("td", "th") else None))
        for key in keys:
            state[key] += 1
        stack.append((node, False, tuple(keys)))
        children = list(node.iter(include_text=True))
        stack.extend((child, True, ()) for child in reversed(children))
    flush()
    if description is not None:
        place_block(blocks, description)
    pending = [(rules, position) for data, position in source.comments if (rules := suppression_rules(data)) is not None]
    return ReadBody(blocks, ignored, attach_suppressions(pending, blocks), tuple(source.links))
