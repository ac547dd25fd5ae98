"""Plain data that flows through the pipeline.

read -> segment -> identify language -> pair/align -> translate -> score -> check -> report

Every stage takes and returns these dataclasses; nothing here does I/O.
Offsets are always Python string indices into the decoded text of one input file
(``SourceDocument.text``), end exclusive, so every finding can be sliced back out
of the file it points at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Language = str  # "en", "es", "other" or "und" (undetermined)
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending order


def severity_rank(severity: str) -> int:
    """Order severities so that ``--fail-on warning`` can compare them."""
    return SEVERITIES.index(severity)


@dataclass
class Block:
    """A unit of content as the reader found it: a paragraph, heading, list item or table cell.

    ``text`` is the readable text (markup removed, entities decoded). ``offsets`` maps
    each character of ``text`` to its index in the source file; it is ``None`` when the
    text is a verbatim slice of the source starting at ``start`` (plain text).
    """

    text: str
    start: int
    end: int
    kind: str = "paragraph"  # paragraph | heading | list-item | table-cell | line | embed (left out: see read.py)
    offsets: list[int] | None = None
    column: int | None = None  # table column index, for two-column layouts

    def source_span(self, begin: int, finish: int) -> tuple[int, int]:
        """Map a [begin, finish) range of ``text`` to a range of the source file."""
        if finish <= begin:
            point = self.source_index(begin)
            return point, point
        if self.offsets is None:
            return self.start + begin, self.start + finish
        return self.offsets[begin], self.offsets[finish - 1] + 1

    def source_index(self, index: int) -> int:
        if self.offsets is None:
            return self.start + index
        if index < len(self.offsets):
            return self.offsets[index]
        return self.end


@dataclass
class SourceDocument:
    """One input file, decoded, with its content blocks in reading order."""

    path: str
    text: str
    format: str  # "text" | "markdown" | "mdx" | "html" | "docx" | "ninjs" | "newsml" (NewsML-G2 or NITF)
    blocks: list[Block]
    encoding: str = "utf-8"
    ignored: list[Block] = field(default_factory=list)  # chrome the reader dropped
    warnings: list[str] = field(default_factory=list)
    suppressions: list["Suppression"] = field(default_factory=list)
    links: list["Link"] = field(default_factory=list)  # in source order (HTML and Markdown)

    def table_cells(self) -> frozenset[int]:
        """The indices of the blocks that are table cells."""
        return frozenset(index for index, block in enumerate(self.blocks) if block.kind == "table-cell")


@dataclass(frozen=True)
class Suppression:
    """An inline ``bilingo: ignore[rule, ...]`` comment and the range it covers."""

    rules: frozenset[str]  # empty means every rule
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """A hyperlink of the source: where its visible text lies in the file, and the address it points to.

    A reader sees a link's text; the address behind it (``<a href>``, ``[text](url)``) is where the reader who
    clicks goes, and a Spanish edition can send its readers somewhere else (``bilingo.rules.contacts``).
    """

    start: int
    end: int
    target: str


@dataclass
class Segment:
    """A sentence (or a headline, or a short line) with its place in the source."""

    text: str
    start: int
    end: int
    block: int  # index into SourceDocument.blocks
    lang: Language = "und"
    kind: str = "sentence"  # sentence | heading


@dataclass
class Version:
    """The part of a document in one language: a whole file, or a section of a bilingual file."""

    source: SourceDocument
    lang: Language
    segments: list[Segment]

    @property
    def path(self) -> str:
        return self.source.path


@dataclass
class AlignedPair:
    """A bead of the alignment: segments of the left version matched to segments of the right.

    One side may be empty (content present in one version only). ``translation`` is the
    machine translation of the translated side's segments, joined; ``score`` is the
    similarity in [0, 1] between that translation and the other side.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float | None = None
    translation: str = ""

    @property
    def is_match(self) -> bool:
        return bool(self.left) and bool(self.right)


@dataclass
class AlignedDocument:
    """Two versions of one text, aligned: what every rule looks at.

    ``translations[i]`` is the machine translation of segment i of the translated side
    (``translated_side``), into the other side's language. When both versions are in the
    same language nothing is translated and ``translated_side`` is ``None``.
    """

    left: Version
    right: Version
    pairs: list[AlignedPair]
    translated_side: Literal["left", "right"] | None
    translations: list[str]
    # A translator that can ``score`` (Marian), for model-based rule signals
    # (``bilingo.rules.contrastive``); None with translators that cannot.
    scorer: object | None = field(default=None, repr=False, compare=False)

    def version(self, side: str) -> Version:
        return self.left if side == "left" else self.right

    def other(self, side: str) -> str:
        return "right" if side == "left" else "left"

    def translation_of(self, side: str, indices: tuple[int, ...]) -> str:
        """The other side's view of ``indices``: machine translation, or the text itself."""
        version = self.version(side)
        if side == self.translated_side:
            return " ".join(self.translations[i] for i in indices)
        return " ".join(version.segments[i].text for i in indices)


@dataclass
class Finding:
    """One problem, located in one file. The JSON contract in the README mirrors this."""

    rule: str  # kebab-case name, e.g. "only-in-en"
    severity: str
    lang: Language
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    message: str
    score: float | None = None
    evidence: dict = field(default_factory=dict)  # counterpart text, translation, spans
    fingerprint: str = ""


@dataclass
class Section:
    """A section detected in a single bilingual file (see ``sections``)."""

    lang: Language
    start: int
    end: int
    layout: str  # whole | alternating | inline | table | partial


@dataclass
class DocumentReport:
    """Everything bilingo found about one document (one or two input files)."""

    inputs: list[str]
    languages: dict[str, str]
    pairs: list[dict]  # JSON-ready pair records, see report.json_writer
    findings: list[Finding]
    sections: list[Section] = field(default_factory=list)
    ignored: list[dict] = field(default_factory=list)  # chrome and other non-content, with spans
    aligned: list[AlignedDocument] = field(default_factory=list)  # for the HTML report
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None  # set when the document could not be checked at all
    error_exit_code: int | None = None  # the exit code that error maps to (2 input, 3 translator)
    suppressed: int = 0
    warnings: list[str] = field(default_factory=list)  # "path: reason" lines, e.g. a guessed legacy encoding
    cached: bool = False  # reused from the result cache (``bilingo.result_cache``); timings are then its load time


@dataclass
class Signature:
    """What is needed to reproduce a result, in the spirit of sacrebleu's signatures."""

    version: str
    translator: str
    model: str
    thresholds: dict[str, float]

    def format(self) -> str:
        thresholds = "|".join(f"{key}:{value:g}" for key, value in sorted(self.thresholds.items()))
        return f"bilingo:{self.version}|translator:{self.translator}|model:{self.model}|{thresholds}"


@dataclass
class Report:
    """The result of one run: one or more documents and the signature to reproduce it."""

    signature: Signature
    documents: list[DocumentReport]
    fail_on: str = "error"
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [finding for document in self.documents for finding in document.findings]

    def failing(self) -> list[Finding]:
        """Findings at or above ``fail_on`` (none when it is "never"): they make the exit code 1."""
        if self.fail_on == "never":
            return []
        threshold = severity_rank(self.fail_on)
        return [f for f in self.findings if severity_rank(f.severity) >= threshold]
