"""Word documents (``.docx``, also what Google Docs downloads): the drafts a translation desk works on.

A newsroom's two versions often exist as documents before they are pages: checking the
drafts finds a dropped paragraph or a changed number before readers do. A ``.docx`` is
read with python-docx into a plain text of one line per paragraph, or per table cell, in
the document's order, and that text is what the report shows and what its locations count:
``story.es.docx:12:5`` is the 12th line (paragraph) and its 5th character. Every paragraph
keeps its line, empty ones too, so the count follows the document's own paragraphs.

Text is read as if every tracked change were accepted (insertions in, deletions out); a
line break or a tab inside a paragraph is a space. Headings (the "Title", "Subtitle" and
"Heading" styles) are headings; "List" styles are list items. Headers, footers, comments
and footnotes are not the article and are not read. A hyperlink's address is kept beside
its text (``Link``, for ``contact-mismatch``); a link to a place in the document is none.
"""

from __future__ import annotations

import io
import zipfile

from bilingo.errors import InputError
from bilingo.model import Block, Link

# Word's own names for the elements read (namespace of WordprocessingML)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT, _TAB, _BREAK, _CARRIAGE_RETURN, _DELETED = f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}del"
_HYPERLINK = f"{_W}hyperlink"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
HEADING_STYLES = ("Title", "Subtitle", "Heading")
MAX_XML_BYTES = 100 * 10**6  # the document's XML parts, unpacked (a long article's are well under 1 MB)


def read_word(data: bytes, path: str) -> tuple[str, list[Block], list[Link]]:
    """The document's text (one line per paragraph or table cell), its blocks, each a slice of that text, and its
    hyperlinks."""
    import docx  # python-docx: only Word documents pay for its import
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist() if info.filename.endswith(".xml"))
        if unpacked > MAX_XML_BYTES:  # a zip bomb would fill the memory before the first paragraph
            raise InputError(f"{path}: {unpacked / 1e6:.0f} MB of document text once unpacked is over bilingo's"
                             f" limit of {MAX_XML_BYTES // 10**6} MB")
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged or foreign zip: python-docx raises many kinds
        raise InputError(f"{path}: not a readable Word document ({type(error).__name__})") from None
    lines: list[tuple[object, str, int | None]] = []  # (paragraph, kind, table column)
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                seen = set()
                for column, cell in enumerate(row.cells):
                    if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        lines.append((paragraph, "table-cell", column))
        else:
            lines.append((item, paragraph_kind(item), None))
    text_parts: list[str] = []
    blocks: list[Block] = []
    links: list[Link] = []
    offset = 0
    for paragraph, kind, column in lines:
        line, line_links = paragraph_text_and_links(paragraph)
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            blocks.append(Block(stripped, start, start + len(stripped), kind, None, column))
        links.extend(Link(offset + begin, offset + end, target) for begin, end, target in line_links)
        text_parts.append(line + "\n")
        offset += len(line) + 1
    return "".join(text_parts), blocks, links


def paragraph_text_and_links(paragraph) -> tuple[str, list[tuple[int, int, str]]]:
    """The paragraph's text with its tracked changes accepted, on one line, and its hyperlinks: (start, end, address)
    in that line."""
    pieces: list[str] = []
    spans: dict[object, list[int]] = {}  # each hyperlink element's [start, end] in the line
    length = 0
    for element in paragraph._p.iter(_TEXT, _TAB, _BREAK, _CARRIAGE_RETURN):
        ancestors = list(element.iterancestors())
        if any(ancestor.tag == _DELETED for ancestor in ancestors):
            continue
        piece = element.text or "" if element.tag == _TEXT else " "
        hyperlink = next((ancestor for ancestor in ancestors if ancestor.tag == _HYPERLINK), None)
        if hyperlink is not None and piece:
            spans.setdefault(hyperlink, [length, length])[1] = length + len(piece)
        pieces.append(piece)
        length += len(piece)
    links = []
    for hyperlink, (start, end) in spans.items():
        relationship = paragraph.part.rels.get(hyperlink.get(_RELATIONSHIP_ID) or "")
        if relationship is not None and relationship.is_external and relationship.target_ref.strip():
            links.append((start, end, relationship.target_ref.strip()))
    return "".join(pieces).replace("\n", " ").replace("\r", " "), links


def paragraph_kind(paragraph) -> str:
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith(HEADING_STYLES):
        return "heading"
    return "list-item" if style.startswith("List") else "paragraph"
