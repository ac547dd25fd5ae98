"""Build ``Finding`` records: locate spans as line/column and apply rule settings."""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from bilingo.model import AlignedDocument, Finding, SourceDocument
from bilingo.rules import RULES
from bilingo.settings import Settings


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns character offsets of one text into 1-based line and column numbers."""

    def __init__(self, text: str):
        # a line ends at "\n", "\r\n" or a lone "\r", as the readers count lines
        self._starts = [0] + [match.end() for match in _LINE_END.finditer(text)]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def line_index(source: SourceDocument) -> LineIndex:
    return _line_index_of(source.text)


@lru_cache(maxsize=16)
def _line_index_of(text: str) -> LineIndex:
    """Memoised per text (a string's hash is computed once and kept), so a long batch keeps the last few
    documents' indexes, not every document's text."""
    return LineIndex(text)


def fingerprint(path: str, rule: str, text: str) -> str:
    """Identify a finding by file, rule and flagged text, never by line (baselines, SARIF)."""
    normalized = " ".join(text.split())
    return hashlib.sha256(f"{path}\0{rule}\0{normalized}".encode()).hexdigest()[:32]


def make_finding(
    rule: str,
    source: SourceDocument,
    start: int,
    end: int,
    message: str,
    *,
    lang: str,
    score: float | None = None,
    evidence: dict | None = None,
    settings: Settings | None = None,
    text: str | None = None,
) -> Finding:
    """A finding for ``rule`` over ``source.text[start:end]``, located and fingerprinted.

    The severity is the rule's default unless ``settings`` overrides it.
    """
    severity = RULES[rule].severity
    if settings is not None:
        severity = settings.severities.get(rule, severity)
    index = line_index(source)
    line, column = index.locate(start)
    end_line, end_column = index.locate(max(start, end))
    flagged = text_as_read(source, start, end) if text is None else text
    return Finding(
        rule=rule,
        severity=severity,
        lang=lang,
        path=source.path,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=flagged,
        message=message,
        score=None if score is None else round(float(score), 4),
        evidence=evidence or {},
        fingerprint=fingerprint(source.path, rule, flagged),
    )


def pair_evidence(aligned: AlignedDocument, side: str, indices, other_indices) -> dict:
    """The evidence every finding about text of ``side`` carries: where it is, and the other version's text it is
    compared with (``other_indices``)."""
    other_version = aligned.version(aligned.other(side))
    return {
        "side": side,
        "input": aligned.version(side).path,
        "segments": list(indices),
        "counterpart": " ".join(other_version.segments[i].text for i in other_indices),
        "counterpart_segments": list(other_indices),
    }


def text_as_read(source: SourceDocument, start: int, end: int) -> str:
    """The text of ``source.text[start:end]`` as bilingo read it, which is what an editor recognises: HTML's
    tags and entities, Markdown's markup and JSON's escapes resolved (``él``, not ``&eacute;l`` or ``\\u00e9l``),
    one line per block the span crosses. The file's own characters where no reader mapped them (plain text)."""
    pieces: list[str] = []
    mapped = False
    for block in source.blocks:
        if block.end <= start or block.start >= end:
            continue
        if block.offsets is None:
            pieces.append(source.text[max(start, block.start) : min(end, block.end)])
        else:
            mapped = True
            pieces.append("".join(char for char, offset in zip(block.text, block.offsets) if start <= offset < end))
    read = "\n".join(piece.strip() for piece in pieces if piece.strip())
    return read if mapped and read else source.text[start:end]


def segment_span(source: SourceDocument, segment, begin: int, end: int) -> tuple[int, int]:
    """Map a [begin, end) range of ``segment.text`` to a range of ``source.text``.

    Rules that flag a word or a number inside a sentence need file offsets for just that
    span. When the segment is a verbatim slice of the file (plain text) this is an
    offset shift; otherwise (HTML, Markdown with entities) the range is mapped through
    the segment's block; if the segment cannot be found in its block, the whole segment
    is returned rather than a wrong span.
    """
    if source.text[segment.start : segment.end] == segment.text:
        return segment.start + begin, segment.start + end
    if 0 <= segment.block < len(source.blocks):
        block = source.blocks[segment.block]
        position = block.text.find(segment.text)
        while position != -1:
            if block.source_index(position) == segment.start:
                return block.source_span(position + begin, position + end)
            position = block.text.find(segment.text, position + 1)
    return segment.start, segment.end
