"""Coverage rules: only-in-en, only-in-es and low-similarity.

A segment is *unmatched* when the aligner left it in a 1-0 or 0-1 bead, or when its bead
matched it with a chrF below ``settings.match_threshold``. The aligner may still pair
two unrelated sentences that happen to sit in the same place (its anchors and the skip
gain can outweigh a weak score), and such a pair is not a translation: both of its sides
are reported as unmatched, each pointing at the other as its nearest counterpart.

Consecutive unmatched segments of one side (consecutive indices: a dropped paragraph)
become one finding, spanning from the first segment's start to the last one's end.

A matched bead scoring at least ``match_threshold`` but below
``settings.low_similarity_threshold`` gets one ``low-similarity`` finding, located on the
translated side (whose machine translation is in the evidence), or on the left version
when nothing was translated; not when both sides hold the same words (a sentence left
untranslated, which ``untranslated`` reports).

Same-language comparison (two English versions, ``translated_side`` None): the rule is
named after the language of the side holding the text, so both sides report
``only-in-en``; the message names the file the text is present in, and the evidence's
``side`` and ``input`` say which input it came from.
"""

from __future__ import annotations

from bilingo.findings import make_finding
from bilingo.model import AlignedDocument, Finding
from bilingo.score import similarity
from bilingo.settings import Settings

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
COUNTERPART_WINDOW = 2  # other-side segments considered either side of where the text would sit


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    findings: list[Finding] = []
    unmatched: dict[str, list[int]] = {"left": [], "right": []}
    # insertion point: how many other-side segments precede each unmatched segment
    position_in_other: dict[tuple[str, int], int] = {}
    consumed = {"left": 0, "right": 0}
    for pair in aligned.pairs:
        weak = pair.is_match and pair.score is not None and pair.score < settings.match_threshold
        for side, indices in (("left", pair.left), ("right", pair.right)):
            other_side = aligned.other(side)
            if indices and (not pair.is_match or weak):
                for index in indices:
                    unmatched[side].append(index)
                    position_in_other[(side, index)] = consumed[other_side]
        if pair.is_match and not weak and pair.score is not None and pair.score < settings.low_similarity_threshold:
            if "low-similarity" not in settings.disabled_rules and not _same_text(aligned, pair):
                findings.append(_low_similarity(aligned, pair, settings))
        consumed["left"] += len(pair.left)
        consumed["right"] += len(pair.right)

    for side in ("left", "right"):
        for run in _runs(sorted(unmatched[side])):
            rule = _only_in_rule(aligned, side)
            if rule in settings.disabled_rules:
                continue
            findings.append(_only_in(aligned, side, run, position_in_other[(side, run[0])], rule, settings))
    findings.sort(key=lambda f: (f.path, f.start, f.rule))
    return findings


def _same_text(aligned: AlignedDocument, pair) -> bool:
    """Whether both sides of a bead hold the same words: one is a copy left untranslated,
    which ``untranslated`` reports; its low chrF against the translation says nothing more."""
    def words(side: str, indices: tuple[int, ...]) -> list[str]:
        version = aligned.version(side)
        return " ".join(version.segments[i].text for i in indices).casefold().split()

    return words("left", pair.left) == words("right", pair.right)


def _runs(indices: list[int]) -> list[tuple[int, ...]]:
    """Split sorted indices into runs of consecutive numbers."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tuple(run) for run in runs]


def _rule_language(aligned: AlignedDocument, side: str) -> str:
    """en or es: the side's language, or the complement of the other side's for und/other."""
    lang = aligned.version(side).lang
    if lang in LANGUAGE_NAMES:
        return lang
    other_lang = aligned.version(aligned.other(side)).lang
    return "es" if other_lang == "en" else "en"


def _only_in_rule(aligned: AlignedDocument, side: str) -> str:
    return f"only-in-{_rule_language(aligned, side)}"


def _pair_score(aligned: AlignedDocument, side: str, indices: tuple[int, ...], other_indices: tuple[int, ...]) -> float:
    """chrF of the translation (hypothesis) against the untranslated text, whichever side ``side`` is."""
    other_side = aligned.other(side)
    if aligned.translated_side == other_side:
        hypothesis = aligned.translation_of(other_side, other_indices)
        reference = aligned.translation_of(side, indices)
    else:
        hypothesis = aligned.translation_of(side, indices)
        reference = aligned.translation_of(other_side, other_indices)
    return similarity(hypothesis, reference)


def _only_in(
    aligned: AlignedDocument, side: str, run: tuple[int, ...], position: int, rule: str, settings: Settings
) -> Finding:
    version = aligned.version(side)
    other_side = aligned.other(side)
    other_version = aligned.version(other_side)
    lo = max(0, position - COUNTERPART_WINDOW)
    hi = min(len(other_version.segments), position + COUNTERPART_WINDOW)
    best_score, best_index = 0.0, None
    for candidate in range(lo, hi):
        score = _pair_score(aligned, side, run, (candidate,))
        if best_index is None or score > best_score:
            best_score, best_index = score, candidate

    segments = version.segments
    start, end = segments[run[0]].start, segments[run[-1]].end
    count = len(run)
    same_language = aligned.translated_side is None
    if same_language:
        noun = "sentence" if count == 1 else f"{count} sentences"
        message = f"{noun.capitalize()} present only in {version.path}"
    else:
        language = LANGUAGE_NAMES[_rule_language(aligned, side)]
        other_language = LANGUAGE_NAMES.get(_rule_language(aligned, other_side), "other")
        subject = f"{language} sentence has" if count == 1 else f"{count} {language} sentences have"
        message = f"{subject} no counterpart in the {other_language} version"
    if best_index is not None:
        message += f" (best match chrF {best_score:.2f})"

    evidence: dict = {
        "side": side,
        "input": version.path,
        "segments": list(run),
        "counterpart": other_version.segments[best_index].text if best_index is not None else "",
        "counterpart_segment": best_index,
        "score": round(best_score, 4) if best_index is not None else None,
    }
    if side == aligned.translated_side:
        evidence["translation"] = aligned.translation_of(side, run)
    return make_finding(
        rule,
        version.source,
        start,
        end,
        message,
        lang=version.lang,
        score=best_score if best_index is not None else None,
        evidence=evidence,
        settings=settings,
    )


def _low_similarity(aligned: AlignedDocument, pair, settings: Settings) -> Finding:
    side = aligned.translated_side or "left"
    indices = pair.left if side == "left" else pair.right
    other_indices = pair.right if side == "left" else pair.left
    version = aligned.version(side)
    other_version = aligned.version(aligned.other(side))
    segments = version.segments
    message = (
        f"Aligned sentences may not say the same thing (chrF {pair.score:.2f}, "
        f"below {settings.low_similarity_threshold:.2f})"
    )
    evidence: dict = {
        "side": side,
        "input": version.path,
        "segments": list(indices),
        "counterpart": " ".join(other_version.segments[j].text for j in other_indices),
        "counterpart_segments": list(other_indices),
        "score": round(pair.score, 4),
    }
    if side == aligned.translated_side:
        evidence["translation"] = aligned.translation_of(side, indices)
    return make_finding(
        "low-similarity",
        version.source,
        segments[indices[0]].start,
        segments[indices[-1]].end,
        message,
        lang=version.lang,
        score=pair.score,
        evidence=evidence,
        settings=settings,
    )
