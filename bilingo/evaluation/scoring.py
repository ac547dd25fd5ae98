"""Compare what the checker found with what an edited document should have produced.

**Matching** (``score_document``): a finding matches an expected finding when

* its rule is the expected rule or of the same family (``RULE_FAMILIES``: content a side
  lacks may be reported as a whole sentence, ``only-in-en``, or as words of a sentence
  the aligner merged with a neighbour, ``partial-only-in-en``);
* its language (the side it sits on) is the expected side, or one of the expected
  finding's alternative places (rules that compare a sentence pair report a changed
  number, name or pronoun on the translated side, whichever side was edited);
* its span (path and offsets) overlaps one of the expected sentences.

A finding that matches nothing is a *false positive*, unless it overlaps a sentence the
edit touched (an edited sentence or its counterpart, whatever the finding's side): a dropped clause that also lowers
the pair's similarity is a *side effect*, counted apart and in neither precision nor
recall. Nor is a finding the unedited document raises too (same rule, side and text: ``finding_key``), *already in
the original*: the corpus's translations have their own slips ("Ángel Rivera" became "Angel Creek", "$99
billion" "99 millones"), which the benchmark cannot tell from bilingo's false positives, and which the edit did not
cause. Those are counted apart, and the untouched documents measure them: every finding on an untouched document
is a false positive. Merges and splits expect nothing, and any other finding on them is a false positive.

**Pairing** (``score_pairing``): each sentence that has a counterpart by construction
(the same original sentence pair) is *paired right* when one bead of the checker's
alignment holds a segment overlapping it and a segment overlapping its counterpart,
and *in the right language* when the segments overlapping it all belong to a version
of its language. In single-file layouts this measures the section finder as much as
the aligner.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bilingo.evaluation.layouts import Place, WrittenDocument
from bilingo.model import DocumentReport, Finding

RULE_FAMILIES: dict[str, frozenset[str]] = {
    "only-in-en": frozenset({"only-in-en", "partial-only-in-en"}),
    "partial-only-in-en": frozenset({"only-in-en", "partial-only-in-en"}),
    "only-in-es": frozenset({"only-in-es", "partial-only-in-es"}),
    "partial-only-in-es": frozenset({"only-in-es", "partial-only-in-es"}),
}

#: Rules scored per rule, in table order.
SCORED_RULES = (
    "only-in-en", "only-in-es", "low-similarity", "number-mismatch", "name-mismatch", "quote-mismatch",
    "partial-only-in-en", "partial-only-in-es", "untranslated", "pronoun-mismatch", "decision-mismatch",
    "negation-mismatch", "tense-mismatch", "certainty-mismatch", "description-mismatch", "false-friend",
    "monolingual", "moved",
)


def family(rule: str) -> frozenset[str]:
    return RULE_FAMILIES.get(rule, frozenset({rule}))


def overlaps(finding: Finding, place: Place) -> bool:
    path, start, end = place
    if finding.path != path:
        return False
    if finding.start == finding.end:
        return start <= finding.start <= end
    return finding.start < end and start < finding.end


@dataclass
class DocumentScore:
    """The outcome of one checked document."""

    name: str
    set_name: str
    layout: str
    edit_kind: str
    edit_side: str | None
    expected: Counter = field(default_factory=Counter)  # rule -> expected findings
    recalled: Counter = field(default_factory=Counter)  # rule -> expected findings matched
    true_positives: Counter = field(default_factory=Counter)  # rule -> findings that matched
    false_positives: Counter = field(default_factory=Counter)
    side_effects: Counter = field(default_factory=Counter)
    in_original: Counter = field(default_factory=Counter)  # rule -> findings the unedited document raises too
    missed: list[dict] = field(default_factory=list)
    false_findings: list[dict] = field(default_factory=list)
    original_findings: list[dict] = field(default_factory=list)  # the findings counted in ``in_original``
    paired: int = 0  # sentences paired with their counterpart
    pairable: int = 0  # sentences that have a counterpart
    right_language: int = 0
    sentences: int = 0
    error: str | None = None

    @property
    def clean(self) -> bool:
        return self.edit_kind == "none"


def expected_places(written: WrittenDocument) -> list[tuple[str, list[tuple[str, Place]]]]:
    """Each expected finding as (rule, [(lang, sentence place), ...])."""
    result = []
    for expected in written.edited.expected:
        places = [(lang, written.places[lang][index]) for lang, indices in expected.places() for index in indices]
        result.append((expected.rule, places))
    return result


def touched_places(written: WrittenDocument) -> list[tuple[str, Place]]:
    edited = written.edited
    if not edited.expected:
        return []
    return [(lang, written.places[lang][index]) for lang in ("en", "es") for index in edited.touched(lang)]


def finding_key(finding: Finding) -> tuple[str, str, str]:
    """What makes a finding of an edited document the same as one of its unedited original (offsets differ)."""
    return finding.rule, finding.lang, " ".join(finding.text.split())


def score_document(written: WrittenDocument, report: DocumentReport | None, error: str | None = None, *,
                   original_findings: frozenset | None = None) -> DocumentScore:
    """Score the findings of ``report`` on the edited document ``written``. ``original_findings``: the
    ``finding_key`` of each finding of the unedited document, where it was checked."""
    edited = written.edited
    score = DocumentScore(edited.name, edited.set_name, written.layout, edited.edit.kind, edited.edit.side)
    expectations = expected_places(written)
    for rule, _ in expectations:
        score.expected[rule] += 1
    if report is None or report.error:
        score.error = error or (report.error if report else "no report")
        for rule, places in expectations:
            score.missed.append({"rule": rule, "reason": "document error"})
        return score

    recalled = [False] * len(expectations)
    touched = touched_places(written)
    for finding in report.findings:
        matched = False
        for number, (rule, places) in enumerate(expectations):
            if finding.rule in family(rule) and any(
                lang == finding.lang and overlaps(finding, place) for lang, place in places
            ):
                recalled[number] = matched = True
        if matched:
            score.true_positives[finding.rule] += 1
        elif any(overlaps(finding, place) for _, place in touched):
            score.side_effects[finding.rule] += 1
        elif original_findings is not None and finding_key(finding) in original_findings:
            score.in_original[finding.rule] += 1
            score.original_findings.append(_described(finding))
        else:
            score.false_positives[finding.rule] += 1
            score.false_findings.append(_described(finding))
    for number, (rule, places) in enumerate(expectations):
        if recalled[number]:
            score.recalled[rule] += 1
        else:
            lang, (path, start, end) = places[0]
            score.missed.append({"rule": rule, "lang": lang, "text": _read_span(written, path, start, end)[:200]})
    score_pairing(written, report, score)
    return score


def _described(finding: Finding) -> dict:
    return {"rule": finding.rule, "lang": finding.lang, "text": finding.text[:200], "message": finding.message}


def _read_span(written: WrittenDocument, path: str, start: int, end: int) -> str:
    for lang in ("en", "es"):
        for index, place in enumerate(written.places[lang]):
            if place == (path, start, end):
                return written.edited.sentences(lang)[index]
    return ""


def score_pairing(written: WrittenDocument, report: DocumentReport, score: DocumentScore) -> None:
    """Count sentences paired with their counterpart and sentences put in the right language."""
    edited = written.edited
    # (lang, sentence index) -> the (document, side, segment index) overlapping it
    located: dict[tuple[str, int], list[tuple[int, str, int]]] = {}
    segment_lang: dict[tuple[int, str, int], str] = {}
    for number, aligned in enumerate(report.aligned):
        for side in ("left", "right"):
            version = aligned.version(side)
            for index, segment in enumerate(version.segments):
                segment_lang[(number, side, index)] = version.lang
                for lang in ("en", "es"):
                    for sentence, (path, start, end) in enumerate(written.places[lang]):
                        if version.path == path and segment.start < end and start < segment.end:
                            located.setdefault((lang, sentence), []).append((number, side, index))
    beads: dict[tuple[int, str, int], set[tuple[int, str, int]]] = {}
    for number, aligned in enumerate(report.aligned):
        for pair in aligned.pairs:
            members = {(number, "left", i) for i in pair.left} | {(number, "right", i) for i in pair.right}
            for member in members:
                beads[member] = members

    for lang, other in (("en", "es"), ("es", "en")):
        for sentence, origin in enumerate(edited.origins(lang)):
            score.sentences += 1
            segments = located.get((lang, sentence), [])
            if segments and all(segment_lang[s] == lang for s in segments):
                score.right_language += 1
            partners = [j for j, o in enumerate(edited.origins(other)) if set(o) & set(origin)]
            if not partners:
                continue
            score.pairable += 1
            partner_segments = {s for j in partners for s in located.get((other, j), [])}
            if any(
                segment_lang[s] == lang and (beads.get(s, set()) & partner_segments)
                for s in segments
            ):
                score.paired += 1
