"""The invariant every reported finding keeps with its file, shared by the tests that check real runs."""

from __future__ import annotations

import html
from pathlib import Path

from bilingo.findings import text_as_read
from bilingo.read import read_document


def assert_finding_reads_its_span(finding: dict) -> None:
    """A JSON finding's ``text`` is what the reader read over its ``start``/``end`` in the file, made of the file's
    own characters in order (entities decoded; markup, escapes and blank lines may be left out): nothing invented,
    nothing from elsewhere in the file."""
    path = Path(finding["path"])
    source = read_document(path)
    assert finding["text"] == text_as_read(source, finding["start"], finding["end"]), finding
    raw = html.unescape(source.text[finding["start"] : finding["end"]])
    remaining = iter(raw)
    assert all(char in remaining for char in "".join(finding["text"].split())), (finding["text"], raw)
