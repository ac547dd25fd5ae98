"""Helpers for the HTML report tests: drive Debian's Chromium, and build reports from real text.

Chromium: the system's ``/usr/bin/chromium`` driven by the ``playwright`` Python package
(never ``playwright install``: no browser is downloaded). Tests that need it are marked
``browser`` and skip with a reason when the binary is missing.

Reports: until every pipeline stage exists, ``demo_report`` builds a ``Report`` from the
demo article in ``corpus/demo`` with real stages: sentences split by sentencex at real file
offsets, the Spanish side translated by Apertium in one batch, aligned by
``bilingo.align``, and the findings listed in ``asylum-russians.expected.json`` located at
their real offsets with ``bilingo.findings.make_finding`` (the sentences that file says
exist in one version only are unpaired, whatever the aligner decided).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import aligned_builder
from sentencex import segment as split_sentences

from bilingo.findings import make_finding
from bilingo.model import (
    AlignedDocument,
    AlignedPair,
    Block,
    DocumentReport,
    Report,
    Segment,
    Signature,
    SourceDocument,
    Version,
)
from bilingo.rules import RULES
from bilingo.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_missing_reason() -> str | None:
    """Why browser tests cannot run here, or ``None`` when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


# --- building reports from real text ------------------------------------------------------


def markdown_source(path: Path, text: str | None = None) -> SourceDocument:
    """A Markdown/plain file as blocks (paragraphs split at blank lines, verbatim offsets)."""
    text = path.read_text(encoding="utf-8") if text is None else text
    blocks = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, end = match.span()
        kind = "paragraph"
        heading = re.match(r"#+ ", match.group())
        if heading:
            start += heading.end()
            kind = "heading"
        blocks.append(Block(text[start:end], start, end, kind))
    return SourceDocument(str(path), text, "markdown", blocks)


def sentence_segments(source: SourceDocument, lang: str) -> list[Segment]:
    """Sentences of every block, located at their offsets in the file."""
    segments = []
    for block_index, block in enumerate(source.blocks):
        cursor = 0
        for sentence in split_sentences(lang, block.text):
            sentence = sentence.strip()
            if not sentence:
                continue
            at = block.text.find(sentence, cursor)
            cursor = at + len(sentence)
            start, end = block.source_span(at, cursor)
            kind = "heading" if block.kind == "heading" else "sentence"
            segments.append(Segment(sentence, start, end, block_index, lang, kind))
    return segments


def apertium(texts: list[str], pair: str) -> list[str]:
    """Translate sentences with Apertium, each as it translates alone (``aligned_builder.apertium_translate``)."""
    if shutil.which("apertium") is None:
        raise RuntimeError("apertium is not installed")
    source, target = {"spa-eng": ("es", "en"), "eng-spa": ("en", "es")}[pair]
    return aligned_builder.apertium_translate(texts, source, target)


def aligned_versions(english: Version, spanish: Version, settings: Settings) -> AlignedDocument:
    """Translate the Spanish version into English and align, as the pipeline does."""
    from bilingo.align import align

    translations = apertium([segment.text for segment in spanish.segments], "spa-eng")
    beads = align(translations, [segment.text for segment in english.segments], settings)
    pairs = [
        AlignedPair(tuple(other), tuple(translated), score, " ".join(translations[i] for i in translated))
        for translated, other, score in beads
    ]
    return AlignedDocument(english, spanish, pairs, "right", translations)


def expected_findings(expected_path: Path, sources: dict[str, SourceDocument], settings: Settings) -> list:
    """The demo's known drifts as findings at their real offsets in the files."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))["expected"]
    findings = []
    for item in expected:
        source = sources[item["lang"]]
        start = source.text.find(item["text"])
        if item["rule"] == "pronoun-mismatch":  # "él" also occurs inside words; take the whole word
            start = re.search(r"\b" + re.escape(item["text"]) + r"\b", source.text).start()
        rule = RULES[item["rule"]]
        findings.append(
            make_finding(
                item["rule"],
                source,
                start,
                start + len(item["text"]),
                f"{rule.summary} ({item['text']!r})",
                lang=item["lang"],
                settings=settings,
            )
        )
    return findings


def apply_known_omissions(aligned: AlignedDocument, findings: list) -> AlignedDocument:
    """Unpair the sentences the demo's ground truth says exist in one version only.

    The aligner may still pair two such leftover sentences (they sit at the same place);
    the report tests need the demo's true alignment, whatever the aligner's calibration."""
    only = {(f.path, f.start) for f in findings if f.rule in ("only-in-en", "only-in-es")}

    def flagged(version: Version, indices: tuple[int, ...]) -> bool:
        return any((version.path, version.segments[i].start) in only for i in indices)

    pairs = []
    for pair in aligned.pairs:
        if pair.is_match and (flagged(aligned.left, pair.left) or flagged(aligned.right, pair.right)):
            pairs.append(AlignedPair(pair.left, (), None, ""))
            pairs.append(AlignedPair((), pair.right, None, " ".join(aligned.translations[i] for i in pair.right)))
        else:
            pairs.append(pair)
    return AlignedDocument(aligned.left, aligned.right, pairs, aligned.translated_side, aligned.translations)


def low_similarity_findings(aligned: AlignedDocument, settings: Settings) -> list:
    """Low-similarity warnings for the aligned pairs the aligner scored under the threshold."""
    findings = []
    for pair in aligned.pairs:
        if not pair.is_match or pair.score is None or pair.score >= settings.low_similarity_threshold:
            continue
        segments = [aligned.right.segments[i] for i in pair.right]
        findings.append(
            make_finding(
                "low-similarity",
                aligned.right.source,
                segments[0].start,
                segments[-1].end,
                f"Similarity {pair.score:.2f} is under {settings.low_similarity_threshold:g}.",
                lang="es",
                score=pair.score,
                evidence={
                    "counterpart": " ".join(aligned.left.segments[i].text for i in pair.left),
                    "translation": pair.translation,
                },
                settings=settings,
            )
        )
    return findings


def demo_document(
    english_text: str | None = None, spanish_text: str | None = None, settings: Settings | None = None
) -> DocumentReport:
    """The demo article pair as a DocumentReport (texts may be replaced, e.g. for XSS tests)."""
    settings = settings or Settings()
    english_source = markdown_source(DEMO / "asylum-russians.en.md", english_text)
    spanish_source = markdown_source(DEMO / "asylum-russians.es.md", spanish_text)
    english = Version(english_source, "en", sentence_segments(english_source, "en"))
    spanish = Version(spanish_source, "es", sentence_segments(spanish_source, "es"))
    began = time.perf_counter()
    aligned = aligned_versions(english, spanish, settings)
    translate_and_align_seconds = time.perf_counter() - began
    findings = []
    if english_text is None and spanish_text is None:
        findings += expected_findings(
            DEMO / "asylum-russians.expected.json", {"en": english_source, "es": spanish_source}, settings
        )
        aligned = apply_known_omissions(aligned, findings)
    findings += low_similarity_findings(aligned, settings)
    findings.sort(key=lambda finding: (finding.path != english_source.path, finding.start))
    return DocumentReport(
        inputs=[english_source.path, spanish_source.path],
        languages={english_source.path: "en", spanish_source.path: "es"},
        pairs=[],
        findings=findings,
        aligned=[aligned],
        timings={"translate+align": round(translate_and_align_seconds, 4)},
    )


def report_of(*documents: DocumentReport, settings: Settings | None = None) -> Report:
    settings = settings or Settings()
    signature = Signature(version="test", translator="apertium", model="spa-eng", thresholds=settings.thresholds())
    return Report(signature=signature, documents=list(documents))
