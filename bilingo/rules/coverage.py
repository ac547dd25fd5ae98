"""Coverage rules: only-in-en, only-in-es, moved and low-similarity.

A segment is *unmatched* when the aligner left it in a 1-0 or 0-1 bead, or when its bead
matched it with a chrF below ``settings.match_threshold``. The aligner may still pair
two unrelated sentences that happen to sit in the same place (its anchors and the skip
gain can outweigh a weak score), and such a pair is not a translation: both of its sides
are reported as unmatched, each pointing at the other as its nearest counterpart.

Consecutive unmatched segments of one side (consecutive indices: a dropped paragraph)
become one finding, spanning from the first segment's start to the last one's end, unless
the other version's text lies between them in the file (a bilingual file's alternating
paragraphs or table rows): then each stretch is its own finding, so that no span covers
the other language's text.

A matched bead scoring at least ``match_threshold`` but below
``settings.low_similarity_threshold`` gets one ``low-similarity`` finding, located on the
translated side (whose machine translation is in the evidence), or on the left version
when nothing was translated; not when both sides hold the same words (a sentence left
untranslated, which ``untranslated`` reports).

chrF counts character n-grams, and a short pair has too few of them for its score to
mean much: on the first 100 documents of each corpus-dev set (2,719 faithful pairs,
Apertium), 28% of faithful pairs of 3 words or fewer score under 0.25, 8% of 4-9 words,
2.5% of 10-14 words and 0.2% of 15 words or more, while a pair of neighbouring sentences
(which say different things) scores under 0.25 at every length. Headlines, which
newsrooms write afresh for each edition rather than translate ("Fears for Afghan
anti-polio drive" / "Temores para la campaña contra la poliomielitis en Afganistán"), are
10 times more often under 0.25 than body sentences. So (``similarity_threshold``): a pair
whose shorter side has ``SHORT_PAIR_WORDS`` words or fewer ("Un consejo." / "An advice.")
is not judged; a pair whose shorter side has fewer than ``BRIEF_PAIR_WORDS`` words, or
that is a headline (a Markdown or HTML heading, or a side that ends without a sentence
mark), is judged against ``BRIEF_PAIR_FACTOR`` times the threshold (0.15 by default), and not at all when both
its sides give the same numbers in digits ("The vote was 4-1." / "La votación fue de 4 a 1.":
``_brief_with_its_numbers``), or the same events of ``bilingo.rules.opposites`` and no other ("The game is sold
out." / "No quedan boletos para el partido.": ``_brief_with_its_events``).
On those 2,719 faithful pairs this fires on 18 instead of 50, and on 1,879 instead of
1,994 of the 2,503 neighbouring pairs.

The same holds for two sentences of a few words each that the aligner left facing each other, one on each
side in the same place ("Absolutely I didn't." / "Qué va.", "Three views" / "3 opiniones"), as two orphans or as
a pair scoring under ``match_threshold``: they are a free translation too short for chrF to judge, not a sentence
missing from each version (``facing_orphans``), and the rules that compare pairs compare them ("She was 91." /
"Tenía 81 años." is a changed age). So are two facing sentences of any length that give the same amount in digits,
neither much longer than the other ("His bond was set at $15,000." / "Su fianza se fijó en 15 mil dólares.", chrF
0.17; ``_share_an_amount``). A short sentence that faces nothing, or a longer one, is still reported, and so are
short sentences that differ between two versions in the same language.

An unmatched sentence of one version and one of the other that translate each other, in different places, are
``moved`` (info), one finding on each side pointing at the other, not ``only-in-en`` and ``only-in-es``: an
editor moved a paragraph, and the monotone aligner cannot pair it across the text in between (``_moves``: each
must be the other's best counterpart among the unmatched sentences, with chrF of at least ``MOVED_MIN_SCORE``).
``check.run_checks`` then compares each moved passage with its counterpart through the rules that look at
aligned pairs (numbers, names, quotes, clauses, pronouns), as if the aligner had paired them: a paragraph
moved and edited still gets its ``number-mismatch``.

A line in no language (a name, a date) that heads or ends a file holding both versions is a byline or a credit
written once for both: it goes to one version by its place, and is not reported as missing from the other
(``_shared_edge_lines``).

Same-language comparison (two English versions, ``translated_side`` None): the rule is
named after the language of the side holding the text, so both sides report
``only-in-en``; the message names the file the text is present in, and the evidence's
``side`` and ``input`` say which input it came from.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter

from bilingo.findings import make_finding, pair_evidence
from bilingo.model import AlignedDocument, Finding
from bilingo.score import ChrfScorer, similarity
from bilingo.settings import Settings

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
COUNTERPART_WINDOW = 2  # other-side segments considered either side of where the text would sit
SHORT_PAIR_WORDS = 3  # pairs whose shorter side has this many words or fewer get no low-similarity finding
BRIEF_PAIR_WORDS = 10  # pairs whose shorter side has fewer words than this, and headlines...
BRIEF_PAIR_FACTOR = 0.6  # ...are judged against this share of low_similarity_threshold
SENTENCE_ENDS = tuple(".!?…:;\"'»”’)]")


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    findings: list[Finding] = []
    for pair in aligned.pairs:
        weak = pair.is_match and pair.score is not None and pair.score < settings.match_threshold
        if pair.is_match and not weak and pair.score is not None and pair.score < settings.low_similarity_threshold:
            threshold = similarity_threshold(aligned, pair, settings)
            if ("low-similarity" not in settings.disabled_rules and pair.score < threshold
                    and not _same_text(aligned, pair) and not _brief_with_its_numbers(aligned, pair)
                    and not _brief_with_its_events(aligned, pair)):
                findings.append(_low_similarity(aligned, pair, threshold, settings))

    runs, position_in_other = unmatched_runs(aligned, settings)
    moves = _moves(aligned, runs, position_in_other)
    moved = {("left", index) for left, _, _ in moves for index in left}
    moved |= {("right", index) for _, right, _ in moves for index in right}
    for side in ("left", "right"):
        rule = _only_in_rule(aligned, side)
        if rule in settings.disabled_rules:
            continue
        segments = aligned.version(side).segments
        for whole in runs[side]:
            for run in _runs([index for index in whole if (side, index) not in moved]):
                if any(_holds_content(segments[index].text) for index in run):
                    findings.append(_only_in(aligned, side, run, position_in_other[(side, run[0])], rule, settings))
    if MOVED_RULE not in settings.disabled_rules:
        for left, right, score in moves:
            findings.extend(_moved(aligned, left, right, score, settings))
    findings.sort(key=lambda f: (f.path, f.start, f.rule))
    return findings


def unmatched_runs(aligned: AlignedDocument, settings: Settings
                   ) -> tuple[dict[str, list[tuple[int, ...]]], dict[tuple[str, int], int]]:
    """The runs of consecutive unmatched segments of each side that hold content (see the module doc), and, for
    each unmatched segment, how many segments of the other side precede the place it would sit."""
    unmatched: dict[str, list[int]] = {"left": [], "right": []}
    position_in_other: dict[tuple[str, int], int] = {}
    consumed = {"left": 0, "right": 0}
    for pair in aligned.pairs:
        weak = pair.is_match and pair.score is not None and pair.score < settings.match_threshold
        for side, indices in (("left", pair.left), ("right", pair.right)):
            if indices and (not pair.is_match or weak):
                for index in indices:
                    unmatched[side].append(index)
                    position_in_other[(side, index)] = consumed[aligned.other(side)]
        consumed["left"] += len(pair.left)
        consumed["right"] += len(pair.right)
    excused = ({(side, indices[0]) for left, right in facing_orphans(aligned, settings)
                for side, indices in (("left", left), ("right", right))}
               | _weak_short_pairs(aligned, settings) | _shared_edge_lines(aligned))
    runs: dict[str, list[tuple[int, ...]]] = {}
    for side in ("left", "right"):
        segments = aligned.version(side).segments
        other_starts = _other_starts_in_same_file(aligned, side)
        kept = [index for index in unmatched[side] if (side, index) not in excused]
        runs[side] = [stretch for run in _runs(sorted(kept))
                      for stretch in _split_where_other_text_lies(run, segments, other_starts)
                      if any(_holds_content(segments[index].text) for index in stretch)]
    return runs, position_in_other


Move = tuple[tuple[int, ...], tuple[int, ...], float]  # (left run, right run, chrF)


def moved_passages(aligned: AlignedDocument, settings: Settings) -> list[Move]:
    """The passages ``moved`` reports (left run, right run, chrF): ``check.run_checks`` compares them with the
    rules that look at aligned pairs, as if the aligner had paired them."""
    return _moves(aligned, *unmatched_runs(aligned, settings))


MOVED_RULE = "moved"
# chrF a sentence and its counterpart elsewhere must reach to be a move. Through Apertium, on 3,000 flores and WMT
# sentences, 95.8% of true pairs reach 0.3 and 4.6% of neighbouring sentences (same article, other content) do;
# at 0.35, 91.6% and 1%. A sentence dropped and an unrelated one added elsewhere is a move only above it, and
# only when each is the other's best counterpart. With 0.3, 35 of 40 real articles with a sentence moved in
# Spanish (tests/test_coverage.py) keep no only-in error; the other 5 are loose translations scoring under it.
MOVED_MIN_SCORE = 0.3
# Unmatched sentences per side beyond which moves are not looked for: every pair is scored (0.4 s at 200).
MOVED_MAX_SENTENCES = 200


def _moves(aligned: AlignedDocument, runs: dict[str, list[tuple[int, ...]]],
           position_in_other: dict[tuple[str, int], int]) -> list[Move]:
    """Unmatched passages of the two versions that translate each other in different places: an editor moved a
    paragraph in one version. The aligner is monotone, so it leaves such a passage unmatched on both sides.

    Sentence by sentence: an unmatched sentence of each side is moved when each is the other's best counterpart
    among the unmatched sentences (chrF of the translation against the untranslated text) with at least
    ``MOVED_MIN_SCORE``, and they do not face each other in the same place (there they are a loose pair, not a
    move). Consecutive moved sentences whose counterparts are consecutive too make one passage (a paragraph).
    Returns (left run, right run, chrF of the passage), each run within one of ``runs``.
    """
    unmatched = {side: [index for run in runs[side] for index in run] for side in ("left", "right")}
    if not unmatched["left"] or not unmatched["right"]:
        return []
    if max(len(unmatched["left"]), len(unmatched["right"])) > MOVED_MAX_SENTENCES:
        return []
    translated = aligned.translated_side or "left"
    other = aligned.other(translated)
    scorer = ChrfScorer([aligned.translation_of(translated, (index,)) for index in unmatched[translated]],
                        [aligned.translation_of(other, (index,)) for index in unmatched[other]])
    # scores[i][j]: chrF of left unmatched sentence i (its position in ``unmatched``) against right sentence j
    lefts, rights = range(len(unmatched["left"])), range(len(unmatched["right"]))
    if translated == "left":
        scores = [[scorer.score((i,), (j,)) for j in rights] for i in lefts]
    else:
        scores = [[scorer.score((j,), (i,)) for j in rights] for i in lefts]
    run_of = {(side, index): run for side in ("left", "right") for run in runs[side] for index in run}
    sentence_moves = []  # (left index, right index, score)
    for i, left in enumerate(unmatched["left"]):
        j = max(rights, key=lambda j: scores[i][j])
        if scores[i][j] < MOVED_MIN_SCORE or max(lefts, key=lambda k: scores[k][j]) != i:
            continue
        right = unmatched["right"][j]
        right_run = run_of[("right", right)]
        if right_run[0] <= position_in_other[("left", left)] <= right_run[-1] + 1:
            continue  # facing each other where they stand
        sentence_moves.append((left, right, scores[i][j]))
    moves: list[Move] = []
    for left, right, score in sentence_moves:
        if moves:
            last_left, last_right, _ = moves[-1]
            if (left == last_left[-1] + 1 and right == last_right[-1] + 1
                    and run_of[("left", left)] == run_of[("left", last_left[0])]
                    and run_of[("right", right)] == run_of[("right", last_right[0])]):
                moves[-1] = (last_left + (left,), last_right + (right,), 0.0)
                continue
        moves.append(((left,), (right,), score))
    return [(left, right, score if len(left) == 1 else _pair_score(aligned, "left", left, right))
            for left, right, score in moves]


def _moved(aligned: AlignedDocument, left: tuple[int, ...], right: tuple[int, ...], score: float,
           settings: Settings) -> list[Finding]:
    """One ``moved`` finding on each side, pointing at the other's place."""
    findings = []
    for side, run, other_run in (("left", left, right), ("right", right, left)):
        version = aligned.version(side)
        other_side = aligned.other(side)
        other_version = aligned.version(other_side)
        segments = version.segments
        other_start = other_version.segments[other_run[0]].start
        other_line = other_version.source.text.count("\n", 0, other_start) + 1
        language = LANGUAGE_NAMES.get(_rule_language(aligned, side), version.path)
        other_language = LANGUAGE_NAMES.get(_rule_language(aligned, other_side), other_version.path)
        where = f"line {other_line}" if other_version.path == version.path else f"{other_version.path}:{other_line}"
        subject = f"{language} sentence" if len(run) == 1 else f"{len(run)} {language} sentences"
        if aligned.translated_side is None:
            subject, other_language = ("Sentence" if len(run) == 1 else f"{len(run)} sentences"), other_version.path
        pronoun = "it" if len(run) == 1 else "them"
        message = f"{subject} moved: the {other_language} version has {pronoun} at {where} (chrF {score:.2f})"
        if aligned.translated_side is None:
            message = f"{subject} moved: {other_language} has {pronoun} at line {other_line} (chrF {score:.2f})"
        evidence = pair_evidence(aligned, side, run, other_run) | {
            "counterpart_input": other_version.path,
            "counterpart_span": [other_start, other_version.segments[other_run[-1]].end],
            "score": round(score, 4),
        }
        if aligned.translated_side is not None:
            evidence["translation"] = aligned.translation_of(aligned.translated_side,
                                                             run if side == aligned.translated_side else other_run)
        findings.append(make_finding(MOVED_RULE, version.source, segments[run[0]].start, segments[run[-1]].end,
                                     message, lang=version.lang, score=score, evidence=evidence,
                                     settings=settings))
    return findings


def _holds_content(text: str) -> bool:
    """Whether a sentence says anything: a letter or a digit. A stray "." that the segmenter left on its own (a
    source that starts a paragraph with ". Scientists say..."), or a "* * *" between sections, is no content that
    one version lacks."""
    return any(character.isalnum() for character in text)


def similarity_threshold(aligned: AlignedDocument, pair, settings: Settings) -> float:
    """The score under which ``pair`` gets a low-similarity finding: ``low_similarity_threshold``, less
    for short pairs and headlines, 0 (never) for pairs of a few words; see the module doc."""
    sides = [[aligned.version(side).segments[i] for i in getattr(pair, side)] for side in ("left", "right")]
    words = min(sum(len(segment.text.split()) for segment in segments) for segments in sides)
    if words <= SHORT_PAIR_WORDS:
        return 0.0
    if words < BRIEF_PAIR_WORDS or any(_is_headline(segments) for segments in sides):
        return settings.low_similarity_threshold * BRIEF_PAIR_FACTOR
    return settings.low_similarity_threshold


def _is_headline(segments) -> bool:
    """A heading of the markup, or text that ends without a sentence mark (a headline of plain text)."""
    return bool(segments) and (any(segment.kind == "heading" for segment in segments)
                               or not segments[-1].text.rstrip().endswith(SENTENCE_ENDS))


def _brief_with_its_numbers(aligned: AlignedDocument, pair) -> bool:
    """Whether a brief pair (its shorter side under ``BRIEF_PAIR_WORDS`` words) gives numbers in digits, each side
    every one of the other's: "The vote was 4-1." / "La votación fue de 4 a 1." (chrF 0.11 through Apertium's "El
    voto era 4-1.") says the same in other words. Its words are too few for chrF to judge, and its numbers, which
    ``number-mismatch`` compares, agree."""
    from bilingo.rules.numbers import extract_numbers, match_mentions

    sides = {side: [aligned.version(side).segments[i].text for i in getattr(pair, side)] for side in ("left", "right")}
    if min(sum(len(text.split()) for text in texts) for texts in sides.values()) >= BRIEF_PAIR_WORDS:
        return False
    numbers = {side: [mention for text in texts for mention in extract_numbers(text, aligned.version(side).lang)
                      if mention.strong] for side, texts in sides.items()}
    if not numbers["left"] or not numbers["right"]:
        return False
    return match_mentions(numbers["left"], numbers["right"]) == ([], [])


def _brief_with_its_events(aligned: AlignedDocument, pair) -> bool:
    """Whether a brief pair says the same events of ``bilingo.rules.opposites`` on both sides, and no other: "The
    game is sold out." / "No quedan boletos para el partido." (chrF 0.14) says the same in other words, and
    ``decision-mismatch`` compares what it says."""
    from bilingo.rules.opposites import events

    sides = {side: [aligned.version(side).segments[i].text for i in getattr(pair, side)] for side in ("left", "right")}
    if min(sum(len(text.split()) for text in texts) for texts in sides.values()) >= BRIEF_PAIR_WORDS:
        return False
    said = {side: Counter(kind for text in texts for kind, _, _ in events(text, aligned.version(side).lang))
            for side, texts in sides.items()}
    return bool(said["left"]) and said["left"] == said["right"]


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


def _short(aligned: AlignedDocument, side: str, indices: tuple[int, ...]) -> bool:
    return len(indices) == 1 and len(aligned.version(side).segments[indices[0]].text.split()) <= SHORT_PAIR_WORDS


def _weak_short_pairs(aligned: AlignedDocument, settings: Settings) -> set[tuple[str, int]]:
    """(side, index) of both sentences of each 1-1 pair scoring under ``match_threshold`` whose sides have
    ``SHORT_PAIR_WORDS`` words or fewer (see the module doc). None between two versions in the same language."""
    if aligned.translated_side is None:
        return set()
    excused: set[tuple[str, int]] = set()
    for pair in aligned.pairs:
        if (pair.is_match and pair.score is not None and pair.score < settings.match_threshold
                and _short(aligned, "left", pair.left) and _short(aligned, "right", pair.right)):
            excused.update({("left", pair.left[0]), ("right", pair.right[0])})
    return excused


def facing_orphans(aligned: AlignedDocument, settings: Settings) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(left, right) of the single sentences that face each other unmatched and translate each other loosely (see
    the module doc): a 1-0 bead and a 0-1 bead side by side with matched beads (or the document's edge) around
    them, each side of ``SHORT_PAIR_WORDS`` words or fewer, or giving the same amount (``_share_an_amount``). Not
    reported as missing; ``check.run_checks`` compares them as a pair ("She was 91." / "Tenía 81 años."). None
    between two versions in the same language, whose words compare directly: there two different short sentences
    are an edit."""
    pairs = aligned.pairs
    if aligned.translated_side is None:
        return []

    def orphan(position: int) -> bool:
        return 0 <= position < len(pairs) and not pairs[position].is_match

    facing = []
    for position, pair in enumerate(pairs):
        if pair.is_match or not orphan(position + 1) or orphan(position - 1) or orphan(position + 2):
            continue
        following = pairs[position + 1]
        left, right = (pair.left, following.right) if pair.left else (following.left, pair.right)
        if not left or not right:
            continue  # two orphans of the same side
        if ((_short(aligned, "left", left) and _short(aligned, "right", right))
                or _share_an_amount(aligned, left, right)):
            facing.append((left, right))
    return facing


FACING_LENGTH_RATIO = 2.5  # two facing sentences sharing an amount: neither this many times longer than the other
FACING_AMOUNT_MIN = 10  # an amount of at least this much (a "3" says little)


def _share_an_amount(aligned: AlignedDocument, left: tuple[int, ...], right: tuple[int, ...]) -> bool:
    """Whether two single sentences that face each other unmatched give the same amount in digits and are of
    comparable length: "His bond was set at $15,000." / "Su fianza se fijó en 15 mil dólares." (chrF 0.17: "bond"
    is "fianza", which Apertium renders "bail", and "15 mil" "15 one thousand") are a free translation, not a
    sentence missing from each version."""
    from bilingo.rules.numbers import compatible, extract_numbers

    if len(left) != 1 or len(right) != 1:
        return False
    texts = {side: aligned.version(side).segments[indices[0]].text
             for side, indices in (("left", left), ("right", right))}
    longer, shorter = max(map(len, texts.values())), min(map(len, texts.values()))
    if not shorter or longer > FACING_LENGTH_RATIO * shorter:
        return False
    amounts = {side: [m for m in extract_numbers(texts[side], aligned.version(side).lang)
                      if m.strong and max(m.values) >= FACING_AMOUNT_MIN]
               for side in ("left", "right")}
    return any(compatible(a, b) for a in amounts["left"] for b in amounts["right"])


def _shared_edge_lines(aligned: AlignedDocument) -> set[tuple[str, int]]:
    """(side, index) of the lines in no language that head or end a file holding both versions: a byline, a
    credit or a date written once for both ("María José Fernández" over alternating English and Spanish
    paragraphs). Such a line goes to one version by its place and faces nothing in the other; it is not missing
    from it. Two files never share one, and a line in no language between two identified ones (inside a version)
    is still compared."""
    left, right = aligned.left, aligned.right
    if left.source is not right.source:
        return set()
    identified = [segment for version in (left, right) for segment in version.segments if segment.lang in ("en", "es")]
    if not identified:
        return set()
    first_start = min(segment.start for segment in identified)
    last_end = max(segment.end for segment in identified)
    return {
        (side, index)
        for side, version in (("left", left), ("right", right))
        for index, segment in enumerate(version.segments)
        if segment.lang == "und" and (segment.end <= first_start or segment.start >= last_end)
    }


def _other_starts_in_same_file(aligned: AlignedDocument, side: str) -> list[int]:
    """Where the other version's segments start, sorted, when both versions are sections of one file (else
    nothing: two files never interleave)."""
    version, other = aligned.version(side), aligned.version(aligned.other(side))
    if version.source is not other.source:
        return []
    return sorted(segment.start for segment in other.segments)


def _split_where_other_text_lies(run: tuple[int, ...], segments, other_starts: list[int]) -> list[tuple[int, ...]]:
    """Split a run of consecutive segments wherever a segment of the other version starts between two of them
    in the file."""
    stretches = [[run[0]]]
    for previous, index in zip(run, run[1:]):
        between = bisect.bisect_left(other_starts, segments[previous].end)
        if between < len(other_starts) and other_starts[between] < segments[index].start:
            stretches.append([index])
        else:
            stretches[-1].append(index)
    return [tuple(stretch) for stretch in stretches]


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
        if all(segments[index].lang == other_version.lang for index in run):
            # text of this version left in the other's language ("untranslated" reports that too): not a
            # "Spanish sentence", which would send the editor looking for Spanish
            noun, verb = ("Sentence", "has") if count == 1 else (f"{count} sentences", "have")
            subject = f"{noun} in {other_language} in the {language} version {verb}"
        else:
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


def _two_decimals_down(score: float) -> float:
    """A score under a threshold, shown so that it reads as under it: 0.249 as 0.24, not "0.25, below 0.25"."""
    return math.floor(score * 100 + 1e-9) / 100  # 1e-9: 0.24 held as 0.2399999... still shows 0.24


def _low_similarity(aligned: AlignedDocument, pair, threshold: float, settings: Settings) -> Finding:
    side = aligned.translated_side or "left"
    indices = pair.left if side == "left" else pair.right
    other_indices = pair.right if side == "left" else pair.left
    version = aligned.version(side)
    segments = version.segments
    message = (
        f"Aligned sentences may not say the same thing (chrF {_two_decimals_down(pair.score):.2f}, "
        f"below {threshold:.2f})"
    )
    evidence = pair_evidence(aligned, side, indices, other_indices) | {
        "score": round(pair.score, 4),
        "threshold": round(threshold, 4),
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
