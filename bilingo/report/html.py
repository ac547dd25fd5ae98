"""``--html``: one self-contained HTML page an editor can open from disk and read side by side.

Layout choice for batches: every document of a run goes into the *same* file, each in its
own ``<section id="d-N">``, with a document index (counts, consistency, links) at the top
when there is more than one. One file is what ``--html report.html`` promises, it can be
mailed or attached to a CI run, and all filters and ``j``/``k`` work across documents.

How it is built: this module turns a ``Report`` into plain view dataclasses (rows, cells,
text pieces, finding cards) with pure functions, then the Jinja2 templates in
``templates/`` render them with autoescaping on. Article text only ever reaches the page
through autoescaped ``{{ }}`` expressions; the only ``|safe`` values are this package's own
CSS and JavaScript, which are inlined and allowed by their SHA-256 hashes in a strict
Content-Security-Policy (no network access at all: ``default-src 'none'``).

Finding spans: finding offsets are file offsets. A segment's characters are mapped back to
file offsets (verbatim slice, or through its block's offset map for HTML inputs), and the
characters whose offsets fall inside a finding are wrapped in ``<mark>``. When a segment
cannot be mapped, the finding's own text is searched in the segment, and failing that the
whole segment is highlighted.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bilingo.model import (
    SEVERITIES,
    AlignedDocument,
    DocumentReport,
    Finding,
    Report,
    Segment,
    SourceDocument,
    Version,
    severity_rank,
)
from bilingo.rules import RULES, Rule

TEMPLATES = Path(__file__).with_name("templates")

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "other": "Other language", "und": "Undetermined", "en+es": "English + Spanish"}

# Severity is never shown by colour alone: each has an icon and a word.
SEVERITY_ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}
SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "info": "Info"}

# One colour per rule (Okabe-Ito first, then distinct extras); used for highlight tints,
# underlines and legend swatches. Text stays in the page's foreground colour, so contrast
# does not depend on these.
RULE_COLOURS = {
    "only-in-en": "#d55e00",
    "only-in-es": "#cc79a7",
    "low-similarity": "#e69f00",
    "moved": "#999933",
    "number-mismatch": "#0072b2",
    "name-mismatch": "#009e73",
    "quote-mismatch": "#56b4e9",
    "partial-only-in-en": "#a6761d",
    "partial-only-in-es": "#7570b3",
    "untranslated": "#e7298a",
    "pronoun-mismatch": "#66a61e",
    "decision-mismatch": "#1b9e77",
    "negation-mismatch": "#984ea3",
    "tense-mismatch": "#8c564b",
    "certainty-mismatch": "#5ab4ac",
    "description-mismatch": "#b2912f",
    "false-friend": "#393b79",
    "contact-mismatch": "#17becf",
    "monolingual": "#8c8c8c",
    "document-error": "#b00020",
}
FALLBACK_COLOUR = "#666666"

# Rows heavier than this many characters still get a strip-map bar no wider than others.
STRIP_WIDTH = 600


# --- view model -------------------------------------------------------------------------


@dataclass
class FindingView:
    """A finding as the page shows it: numbered, anchored, with its rule's doc."""

    number: int  # 1-based, in report order; the footnote number next to highlights
    anchor: str  # "f-<fingerprint>" (suffixed when a fingerprint repeats)
    finding: Finding
    rule: Rule | None
    document: int

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def icon(self) -> str:
        return SEVERITY_ICONS.get(self.finding.severity, "•")

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.finding.severity, self.finding.severity.title())

    @property
    def code(self) -> str:
        return self.rule.code if self.rule else "?"

    @property
    def tooltip(self) -> str:
        summary = f" — {self.rule.summary}" if self.rule else ""
        return f"{self.code} {self.finding.rule} ({self.finding.severity}): {self.finding.message}{summary}"

    @property
    def counterpart(self) -> str:
        return str(self.finding.evidence.get("counterpart") or "")

    @property
    def translation(self) -> str:
        return str(self.finding.evidence.get("translation") or "")

    @property
    def witness(self) -> str:
        """The sentence that says what the flagged text contradicts, where it is neither the flagged text's pair nor
        its translation (a pronoun against the same person elsewhere)."""
        return str(self.finding.evidence.get("witness") or "")


@dataclass
class Piece:
    """A run of segment text with the same set of findings over it."""

    text: str
    marks: list[FindingView] = field(default_factory=list)  # most severe first
    badges: list[FindingView] = field(default_factory=list)  # footnote links after this piece
    heading: bool = False  # part of a headline segment
    paragraph_break: bool = False  # a separator between segments of different blocks

    @property
    def rule_classes(self) -> str:
        return " ".join(f"rule-{mark.finding.rule}" for mark in self.marks)

    @property
    def anchors(self) -> str:
        return " ".join(mark.anchor for mark in self.marks)

    @property
    def tooltip(self) -> str:
        return "\n".join(mark.tooltip for mark in self.marks)


@dataclass
class Cell:
    lang: str
    pieces: list[Piece]  # segments separated by " " pieces

    @property
    def empty(self) -> bool:
        return not self.pieces


@dataclass
class Row:
    anchor: str
    number: int
    left: Cell
    right: Cell
    score: float | None
    translation: str
    translated_side: str | None  # "left" | "right" | None, after any column swap
    findings: list[FindingView]  # cards shown under the row (first row a finding touches)
    marked: list[FindingView]  # every finding highlighted in the row

    @property
    def kind(self) -> str:
        if self.left.empty:
            return "only-right"
        if self.right.empty:
            return "only-left"
        return "match"

    @property
    def moved(self) -> bool:
        """An unmatched row whose text the other version holds elsewhere (a ``moved`` finding): not missing."""
        return self.kind != "match" and any(view.finding.rule == "moved" for view in self.marked + self.findings)

    @property
    def worst(self) -> str | None:
        return worst_severity(self.marked + self.findings)

    @property
    def anchors(self) -> str:
        return " ".join(sorted({view.anchor for view in self.marked + self.findings}))


@dataclass
class Part:
    """One aligned pair of versions (a document has one, or one per section pair)."""

    left_lang: str
    right_lang: str
    left_path: str
    right_path: str
    translated_lang: str | None
    rows: list[Row]
    strip: list[tuple[str, str | None, float, float]]  # (row anchor, worst severity, x, width)


@dataclass
class DocumentView:
    number: int
    anchor: str
    title: str
    report: DocumentReport
    parts: list[Part]
    loose_findings: list[FindingView]  # findings not located in any row
    findings: list[FindingView]
    sections: list[dict]
    ignored: list[dict]
    consistency: float | None
    mean_similarity: float | None

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(view.severity for view in self.findings)
        return {severity: counts.get(severity, 0) for severity in reversed(SEVERITIES)}


@dataclass
class RuleCount:
    rule: Rule | None
    name: str
    colour: str
    by_severity: dict[str, int]
    total: int


# --- offsets and highlighting ------------------------------------------------------------


def segment_file_offsets(segment: Segment, source: SourceDocument) -> list[int] | None:
    """The file offset of each character of ``segment.text``, or ``None`` if unknown.

    Plain-text and Markdown segments are verbatim slices of the file. HTML segments are
    slices of their block's decoded text, whose ``offsets`` map back into the file.
    """
    text = segment.text
    if source.text[segment.start : segment.end] == text:
        return list(range(segment.start, segment.end))
    if not 0 <= segment.block < len(source.blocks):
        return None
    block = source.blocks[segment.block]
    candidates = []
    at = block.text.find(text)
    while at >= 0 and text:
        candidates.append(at)
        at = block.text.find(text, at + 1)
    if not candidates:
        return None
    # Several occurrences of the same sentence in one block: take the one at segment.start.
    best = next((c for c in candidates if block.source_index(c) == segment.start), None)
    if best is None:
        best = next((c for c in candidates if block.source_index(c) >= segment.start), candidates[0])
    return [block.source_index(best + index) for index in range(len(text))]


def overlaps(finding: Finding, segment: Segment) -> bool:
    if finding.end > finding.start:
        return finding.start < segment.end and finding.end > segment.start
    return segment.start <= finding.start <= segment.end


def marked_range(finding: Finding, segment: Segment, offsets: list[int] | None) -> tuple[int, int]:
    """The [begin, end) character range of ``segment.text`` that ``finding`` covers."""
    length = len(segment.text)
    if offsets is not None:
        inside = [index for index, offset in enumerate(offsets) if finding.start <= offset < finding.end]
        if inside:
            return inside[0], inside[-1] + 1
        if finding.end <= finding.start:  # a point: where something is missing
            point = next((index for index, offset in enumerate(offsets) if offset >= finding.start), length)
            return point, point
    if finding.text.strip():
        at = segment.text.find(finding.text)
        if at >= 0:
            return at, at + len(finding.text)
    return 0, length


def highlight(segment: Segment, source: SourceDocument, findings: list[FindingView]) -> list[Piece]:
    """Split a segment's text into pieces, each carrying the findings that cover it."""
    text = segment.text
    if not findings:
        return [Piece(text)] if text else []
    offsets = segment_file_offsets(segment, source)
    covering: list[list[FindingView]] = [[] for _ in text]
    points: dict[int, list[FindingView]] = {}
    for view in findings:
        begin, end = marked_range(view.finding, segment, offsets)
        if end <= begin:
            points.setdefault(begin, []).append(view)
        for index in range(begin, min(end, len(text))):
            covering[index].append(view)
    for marks in covering:
        marks.sort(key=lambda view: (-severity_rank_safe(view.severity), view.number))
    pieces: list[Piece] = []
    for index, char in enumerate(text):
        if index in points:
            # A zero-width finding gets an empty piece so that its badge sits at the point.
            pieces.append(Piece("", badges=list(points.pop(index))))
        if pieces and pieces[-1].text and pieces[-1].marks == covering[index]:
            pieces[-1].text += char
        else:
            pieces.append(Piece(char, list(covering[index])))
    for views in points.values():
        pieces.append(Piece("", badges=list(views)))
    return pieces


def place_badges(pieces: list[Piece]) -> None:
    """Put each finding's footnote link after the last piece it highlights in a cell."""
    last: dict[str, int] = {}
    for index, piece in enumerate(pieces):
        for mark in piece.marks:
            last[mark.anchor] = index
    for index, piece in enumerate(pieces):
        for mark in piece.marks:
            if last[mark.anchor] == index and mark not in piece.badges:
                piece.badges.append(mark)


def severity_rank_safe(severity: str) -> int:
    return severity_rank(severity) if severity in SEVERITIES else -1


def worst_severity(views: list[FindingView]) -> str | None:
    if not views:
        return None
    return max((view.severity for view in views), key=severity_rank_safe)


# --- building the view -------------------------------------------------------------------


def finding_views(report: Report) -> list[list[FindingView]]:
    """Number and anchor every finding of the report; anchors are unique in the page."""
    seen: Counter[str] = Counter()
    views: list[list[FindingView]] = []
    number = 0
    for document_index, document in enumerate(report.documents):
        document_views = []
        for finding in document.findings:
            number += 1
            key = finding.fingerprint or f"{number}"
            seen[key] += 1
            anchor = f"f-{key}" if seen[key] == 1 else f"f-{key}-{seen[key]}"
            document_views.append(FindingView(number, anchor, finding, RULES.get(finding.rule), document_index))
        views.append(document_views)
    return views


def cell_pieces(version: Version, indices: tuple[int, ...], views: list[FindingView]) -> tuple[list[Piece], list[FindingView]]:
    """Highlighted text of some segments of a version, and the findings that touch them."""
    pieces: list[Piece] = []
    touched: list[FindingView] = []
    for position, index in enumerate(indices):
        segment = version.segments[index]
        here = [view for view in views if view.finding.path == version.path and overlaps(view.finding, segment)]
        for view in here:
            if view not in touched:
                touched.append(view)
        if position:
            new_block = segment.block != version.segments[indices[position - 1]].block
            pieces.append(Piece(" ", paragraph_break=new_block))
        segment_pieces = highlight(segment, version.source, here)
        if segment.kind == "heading":
            for piece in segment_pieces:
                piece.heading = True
        pieces.extend(segment_pieces)
    place_badges(pieces)
    return pieces, touched


def build_part(
    aligned: AlignedDocument,
    views: list[FindingView],
    claimed: set[str],
    document_number: int,
    first_row: int,
    left_lang: str,
) -> Part:
    """Rows of one aligned document; ``claimed`` collects findings already given a card."""
    swap = aligned.right.lang == left_lang and aligned.left.lang != left_lang
    left, right = (aligned.right, aligned.left) if swap else (aligned.left, aligned.right)
    translated_side = aligned.translated_side
    if swap and translated_side:
        translated_side = aligned.other(translated_side)
    beads = [((p.right, p.left) if swap else (p.left, p.right), p.score, p.translation) for p in aligned.pairs]
    beads = with_uncovered_segments(beads, len(left.segments), len(right.segments))

    rows: list[Row] = []
    for number, ((left_indices, right_indices), score, translation) in enumerate(beads, start=first_row):
        left_pieces, left_touched = cell_pieces(left, left_indices, views)
        right_pieces, right_touched = cell_pieces(right, right_indices, views)
        marked = left_touched + [view for view in right_touched if view not in left_touched]
        cards = [view for view in marked if view.anchor not in claimed]
        claimed.update(view.anchor for view in cards)
        if not translation and translated_side:
            indices = left_indices if translated_side == "left" else right_indices
            original_side = translated_side if not swap else aligned.other(translated_side)
            translation = aligned.translation_of(original_side, indices) if indices else ""
        rows.append(
            Row(
                anchor=f"d{document_number}-r{number}",
                number=number,
                left=Cell(left.lang, left_pieces),
                right=Cell(right.lang, right_pieces),
                score=score,
                translation=translation,
                translated_side=translated_side,
                findings=cards,
                marked=marked,
            )
        )
    translated_lang = None
    if translated_side:
        translated_lang = left.lang if translated_side == "left" else right.lang
    return Part(left.lang, right.lang, left.path, right.path, translated_lang, rows, strip_map(rows, left, right))


Bead = tuple[tuple[tuple[int, ...], tuple[int, ...]], float | None, str]


def with_uncovered_segments(beads: list[Bead], left_count: int, right_count: int) -> list[Bead]:
    """Add a row for every segment no pair covers, after the row holding its predecessor,
    so that nothing of the article is hidden even if an aligner skips a segment."""
    beads = list(beads)
    for position, count in ((0, left_count), (1, right_count)):
        covered = {index for bead in beads for index in bead[0][position]}
        for index in range(count):
            if index in covered:
                continue
            after = next(
                (row for row in range(len(beads) - 1, -1, -1) if any(i < index for i in beads[row][0][position])),
                -1,
            )
            slot = after + 1
            # Content of the other side alone between the same neighbours comes first
            # (the aligner's own order: a 1-0 bead before a 0-1 bead).
            while position == 1 and slot < len(beads) and not beads[slot][0][1]:
                slot += 1
            indices = ((index,), ()) if position == 0 else ((), (index,))
            beads.insert(slot, (indices, None, ""))
            covered.add(index)
    return beads


def strip_map(rows: list[Row], left: Version, right: Version) -> list[tuple[str, str | None, float, float]]:
    """One bar per row along the article, as wide as the row's text: where the problems are."""
    weights = [max(1, row_chars(row)) for row in rows]
    total = sum(weights) or 1
    bars = []
    x = 0.0
    for row, weight in zip(rows, weights):
        width = STRIP_WIDTH * weight / total
        bars.append((row.anchor, row.worst, round(x, 2), round(max(width, 0.5), 2)))
        x += width
    return bars


def row_chars(row: Row) -> int:
    return sum(len(piece.text) for piece in row.left.pieces + row.right.pieces)


def consistency(parts: list[Part]) -> float | None:
    """Share of the text (characters, both sides) in rows that are paired, or moved (paired elsewhere), and carry
    no error or warning: 1.0 is a faithful translation, 0.0 nothing lines up."""
    total = clean = 0
    for part in parts:
        for row in part.rows:
            chars = row_chars(row)
            total += chars
            worst = row.worst
            if (row.kind == "match" or row.moved) and (worst is None or worst == "info"):
                clean += chars
    return clean / total if total else None


def mean_similarity(parts: list[Part]) -> float | None:
    scores = [row.score for part in parts for row in part.rows if row.kind == "match" and row.score is not None]
    return sum(scores) / len(scores) if scores else None


def document_view(number: int, document: DocumentReport, views: list[FindingView], left_lang: str) -> DocumentView:
    """Rows numbered from 1 through all of the document's parts; anchors ``d<number>-r<row>``."""
    claimed: set[str] = set()
    parts = []
    row_number = 1
    for aligned in document.aligned:
        part = build_part(aligned, views, claimed, number, row_number, left_lang)
        row_number += len(part.rows)
        parts.append(part)
    loose = [view for view in views if view.anchor not in claimed]
    sources = {version.source.path: version.source for aligned in document.aligned for version in (aligned.left, aligned.right)}
    return DocumentView(
        number=number,
        anchor=f"d-{number}",
        title=" ↔ ".join(document.inputs) or f"Document {number}",
        report=document,
        parts=parts,
        loose_findings=loose,
        findings=views,
        sections=section_rows(document, sources),
        ignored=ignored_rows(document),
        consistency=consistency(parts),
        mean_similarity=mean_similarity(parts),
    )


def section_rows(document: DocumentReport, sources: dict[str, SourceDocument]) -> list[dict]:
    """Detected sections of a single bilingual file, with lines and an excerpt."""
    if not document.sections:
        return []
    path = document.inputs[0] if document.inputs else None
    text_of_file = sources[path].text if path in sources else read_text_or_none(path)
    rows = []
    for section in document.sections:
        known = text_of_file is not None
        text = text_of_file[section.start : section.end] if known else ""
        first_line = text_of_file.count("\n", 0, section.start) + 1 if known else None
        last_line = text_of_file.count("\n", 0, max(section.start, section.end - 1)) + 1 if known else None
        rows.append(
            {
                "lang": LANGUAGE_NAMES.get(section.lang, section.lang),
                "layout": section.layout,
                "lines": f"{first_line}–{last_line}" if first_line else f"{section.start}–{section.end}",
                "excerpt": excerpt(text),
            }
        )
    return rows


def read_text_or_none(path: str | None) -> str | None:
    """The input's text, for excerpts of a file no pair was aligned in (e.g. all one language).

    Only UTF-8 files are read here; anything else shows offsets instead of an excerpt."""
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def ignored_rows(document: DocumentReport) -> list[dict]:
    return [
        {"text": excerpt(str(item.get("text", "")), 200), "reason": str(item.get("reason", "")),
         "path": str(item.get("path", "")), "start": item.get("start"), "end": item.get("end")}
        for item in document.ignored
    ]


def excerpt(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rule_counts(findings: list[FindingView]) -> list[RuleCount]:
    """Counts per rule (in registry order) and severity, for the header table and chart."""
    by_rule: dict[str, Counter[str]] = {}
    for view in findings:
        by_rule.setdefault(view.finding.rule, Counter())[view.severity] += 1
    order = {name: index for index, name in enumerate(RULES)}
    counts = []
    for name in sorted(by_rule, key=lambda name: (order.get(name, len(order)), name)):
        counter = by_rule[name]
        counts.append(
            RuleCount(
                rule=RULES.get(name),
                name=name,
                colour=RULE_COLOURS.get(name, FALLBACK_COLOUR),
                by_severity={severity: counter.get(severity, 0) for severity in reversed(SEVERITIES)},
                total=sum(counter.values()),
            )
        )
    return counts


# --- assets and rendering ----------------------------------------------------------------


def csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """Nothing may load or connect; only this page's own inline style and script run."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src {csp_hash(style)}",
            f"script-src {csp_hash(script)}",
            "img-src data:",
            "connect-src 'none'",
            "font-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def rule_colour_css() -> str:
    lines = [f".rule-{name}{{--rule:{colour}}}" for name, colour in RULE_COLOURS.items()]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        SEVERITY_ICONS=SEVERITY_ICONS,
        SEVERITY_LABELS=SEVERITY_LABELS,
        SEVERITIES=tuple(reversed(SEVERITIES)),
    )
    env.filters["language"] = lambda code: LANGUAGE_NAMES.get(code, code)
    env.filters["percent"] = lambda value: "–" if value is None else f"{value * 100:.0f}%"
    return env


def render(report: Report, *, title: str | None = None, left_lang: str = "en", generated_at: datetime | None = None) -> str:
    """The whole page as a string (see ``write``)."""
    views = finding_views(report)
    documents = [
        document_view(number, document, document_views, left_lang)
        for number, (document, document_views) in enumerate(zip(report.documents, views), start=1)
    ]
    all_views = [view for document_views in views for view in document_views]
    parts = [part for document in documents for part in document.parts]
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8") + rule_colour_css()
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    counts = rule_counts(all_views)
    severity_totals = Counter(view.severity for view in all_views)
    when = generated_at or datetime.now(timezone.utc)
    return environment().get_template("report.html.j2").render(
        title=title or "bilingo report",
        report=report,
        signature=report.signature,
        documents=documents,
        findings=all_views,
        failing=len(report.failing()),
        rule_counts=counts,
        max_rule_count=max((count.total for count in counts), default=0),
        severity_totals={severity: severity_totals.get(severity, 0) for severity in reversed(SEVERITIES)},
        consistency=consistency(parts),
        mean_similarity=mean_similarity(parts),
        timings=report_timings(report),
        generated_at=when.strftime("%Y-%m-%d %H:%M UTC") if when.tzinfo else when.strftime("%Y-%m-%d %H:%M"),
        rules=RULES,
        rule_colours=RULE_COLOURS,
        style=style,
        script=script,
        csp=content_security_policy(style, script),
    )


def report_timings(report: Report) -> dict[str, float]:
    """The run's timings, or the per-stage sum over documents when the run has none."""
    if report.timings:
        return dict(report.timings)
    total: Counter[str] = Counter()
    for document in report.documents:
        for stage, seconds in document.timings.items():
            total[stage] += seconds
    return dict(total)


def write(report: Report, stream: TextIO, **options) -> None:
    """Write ``report`` as one self-contained HTML file to ``stream``.

    Options: ``title`` (page title), ``left_lang`` (language of the left column, default
    "en"), ``generated_at`` (a datetime, for reproducible output). Several documents go
    into the same page with an index at the top.
    """
    known = {key: options[key] for key in ("title", "left_lang", "generated_at") if key in options}
    stream.write(render(report, **known))
