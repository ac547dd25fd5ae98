"""Build ``Finding`` records: locate spans as line/column and apply rule settings."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from functools import lru_cache

from bilingo.model import AlignedDocument, AlignedPair, Finding, SourceDocument
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


LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def side_name(aligned: AlignedDocument, side: str) -> str:
    """What a message calls a side of a pair: its language, or its file when both versions are in one language."""
    if aligned.translated_side is None:
        return aligned.version(side).path
    lang = aligned.version(side).lang
    return LANGUAGE_NAMES.get(lang, lang)


def compared_pairs(aligned: AlignedDocument, settings: Settings):
    """The pairs the rules about what a sentence says of people and places compare: matched, at or above
    ``match_threshold`` (below it, two sentences may not be about the same thing)."""
    return [pair for pair in aligned.pairs
            if pair.is_match and (pair.score is None or pair.score >= settings.match_threshold)]


def said_in_pair(aligned: AlignedDocument, pair, find, sides: tuple[str, str] = ("left", "right")) -> dict | None:
    """(segment index, item) for each item ``find(text, lang)`` finds in each side's sentences of ``pair``; None
    as soon as one side has none (``sides[0]`` is looked at first: most pairs stop there)."""
    said = {}
    for side in sides:
        version = aligned.version(side)
        said[side] = [(index, item) for index in getattr(pair, side)
                      for item in find(version.segments[index].text, version.lang)]
        if not said[side]:
            return None
    return said


def prepare_sentences(version, settings: Settings, rule: str, *finders) -> None:
    """Run each of ``finders(text, lang)`` (memoised) on every sentence of ``version`` unless ``rule`` is
    disabled: a rule module's ``prepare``, the per-sentence reading its ``check`` looks up, done while the
    translator works (``bilingo.check.prepare_checks``)."""
    if rule in settings.disabled_rules:
        return
    for segment in version.segments:
        for find in finders:
            find(segment.text, version.lang)


def flagged_side(aligned: AlignedDocument) -> tuple[str, str]:
    """(the side a finding about a pair goes on, the other side): the translated side, or the right version (the
    rewrite) when both versions are in one language."""
    flagged = aligned.translated_side or "right"
    return flagged, aligned.other(flagged)


def pairs_saying(aligned: AlignedDocument, settings: Settings, find, sides: tuple[str, str], pairs=None):
    """(pair, ``said_in_pair``) for each of the ``compared_pairs`` (or of ``pairs``, some of them, where given) in
    which ``find`` finds something on both sides: what a rule about people and places compares."""
    for pair in compared_pairs(aligned, settings) if pairs is None else pairs:
        said = said_in_pair(aligned, pair, find, sides)
        if said is not None:
            yield pair, said


def one_sided_findings(aligned: AlignedDocument, settings: Settings, rule: str, said_only_on) -> list[Finding]:
    """The findings of a rule that reports a pair when one side says something the other does not say that way (a
    negation, a future, a hedge): ``said_only_on(aligned, pair, side, settings)`` gives the finding on ``side`` or
    None. At most one finding per compared pair, the left side's first."""
    if rule in settings.disabled_rules:
        return []
    findings = []
    for pair in compared_pairs(aligned, settings):
        for side in ("left", "right"):
            finding = said_only_on(aligned, pair, side, settings)
            if finding is not None:
                findings.append(finding)
                break
    return findings


def side_texts(aligned: AlignedDocument, pair: AlignedPair, side: str) -> tuple[str, str, str]:
    """A side of ``pair``: its text, and the text and language it is compared in (its machine translation into the
    other side's language, or itself when it is not the translated side)."""
    version = aligned.version(side)
    indices = getattr(pair, side)
    text = " ".join(version.segments[index].text for index in indices)
    if side == aligned.translated_side:
        return text, aligned.translation_of(side, indices), aligned.version(aligned.other(side)).lang
    return text, text, version.lang


def words_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, index: int, begin: int, end: int,
                  rule: str, message: str, confidence: float, settings: Settings, **evidence) -> Finding:
    """A finding of ``rule`` on the words ``[begin, end)`` of segment ``index`` of ``side``, with the pair's evidence
    (the other side's text, the translation, ``confidence`` and ``evidence``)."""
    version = aligned.version(side)
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    return span_finding(aligned, pair, side, start, stop, rule, message, confidence, settings, **evidence)


def span_finding(aligned: AlignedDocument, pair: AlignedPair, side: str, start: int, stop: int, rule: str,
                 message: str, confidence: float, settings: Settings, **evidence) -> Finding:
    """A finding of ``rule`` on ``[start, stop)`` of ``side``'s file, inside ``pair``, with the pair's evidence (as
    ``words_finding``)."""
    version = aligned.version(side)
    other = aligned.other(side)
    details = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | evidence | {
        "confidence": confidence}
    if aligned.translated_side is not None:
        details["translation"] = aligned.translation_of(aligned.translated_side,
                                                        getattr(pair, aligned.translated_side))
    return make_finding(rule, version.source, start, stop, message, lang=version.lang, score=confidence,
                        evidence=details, settings=settings)


def each_says_more(said: Counter, other_said: Counter) -> bool:
    """Whether each side says a kind more often than the other, counted ("approved …, but denied a request" against
    "aprobó …, pero aprobaron una solicitud": one approval more, one rejection fewer): the ``differ`` of a contrast
    rule whose kinds all contradict each other (decisions, genders, multiples, relations). A surplus on one side
    alone is a word the other side left unsaid or said neutrally, not a change."""
    return bool(said - other_said and other_said - said)


# A kind said after "only" in its clause ("solo se ofrecen en línea", "solo para estudiantes") is also that kind alone,
# which contradicts the kind's opposites, said alone or not: "in person and online" against "solo en línea" leaves in
# person on one side and only online on the other. "Not only" and "no solo" say no such thing.
ONLY = "only "
_ONLY_BEFORE = {"en": re.compile(r"(?<!\bnot\s)\bonly\b[^,;:.!?()]*$", re.IGNORECASE),
                "es": re.compile(r"(?<!\bno\s)\b(?:solo|sólo|solamente|únicamente)\b[^,;:.!?()]*$", re.IGNORECASE)}
_ONLY_CUES = {"en": ("only",), "es": ("solo", "sólo", "solamente", "únicamente")}
ONLY_REACH = 40  # characters before a kind's words where its "only" is looked for


def with_kinds_alone(contradicted: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """The kinds each kind contradicts (``contradicted``), with each kind said alone (``ONLY``) among them: "only
    online" contradicts in person and only in person, and in person contradicts only online."""
    extended = {kind: set(others) for kind, others in contradicted.items()}
    for kind, others in contradicted.items():
        extended.setdefault(ONLY + kind, set()).update(set(others) | {ONLY + other for other in others})
        for other in others:
            extended[other].add(ONLY + kind)
    return {kind: frozenset(others) for kind, others in extended.items()}


def said_alone(text: str, lang: str, found: list[tuple[str, int, int]],
               opposites: dict[str, frozenset[str]]) -> list[tuple[str, int, int]]:
    """``found`` (kind, start, end) of ``text``, with each kind said after "only" in its clause also said alone
    (``ONLY``), in text order."""
    lang = "es" if lang == "es" else "en"
    if not found or not any(cue in text.lower() for cue in _ONLY_CUES[lang]):
        return found
    alone = [(ONLY + kind, start, end) for kind, start, end in found
             if ONLY + kind in opposites and _ONLY_BEFORE[lang].search(text, max(0, start - ONLY_REACH), start)]
    return sorted(found + alone, key=lambda said: said[1]) if alone else found


def opposite_said_more(opposites: dict[str, frozenset[str]]):
    """The ``differ`` of a contrast rule whose kinds contradict only some others (``opposites``: each kind and those
    it contradicts): whether one side says a kind more often than the other and the other side one it contradicts
    ("students" against "maestros", "all" against "ninguno"); "students" against "niños" is no change."""
    def changed(said: Counter, other_said: Counter) -> bool:
        surplus, other_surplus = said - other_said, other_said - said
        return any(not opposites[kind].isdisjoint(other_surplus) for kind in surplus)
    return changed


def contrast_findings(aligned: AlignedDocument, settings: Settings, rule: str, find, differ, *, evidence_key: str,
                      confidence: float, counterparts=None,
                      opposites: dict[str, frozenset[str]] | None = None, unsaid=None,
                      pairs=None) -> list[Finding]:
    """The findings of a rule that reads one kind of word on each side of a pair, each side in its own language, and
    reports a pair whose words differ: a legal status (``rules.legal``), a decision (``rules.decisions``).

    ``find(text, lang)`` gives (kind, start, end) of each such word of a sentence; ``differ(kinds, other_kinds)``
    tells whether the translated side's kinds (the rewrite's for two versions in one language), counted, differ
    from the other side's: counted, so that "approved $2 million, but denied a request" against "aprobó … y aprobó
    una solicitud" leaves a rejection on one side and an approval on the other. One finding per pair, on the
    translated side's first word of a kind it says more often than the other side, naming the other side's:
    "accused ('was charged') in English but convicted ('condenado') in Spanish". ``counterparts(word, lang)``, where
    given, names the group of the word's translations (and of its other kinds: "grandfather", "abuela"): a word whose
    group the other side says in the same kind did not change, whatever the order of the words ("The boy's
    grandmother" / "El abuelo del niño": "niño" is "boy", so the finding names "abuelo"). ``opposites``, where given,
    maps each kind to those it contradicts: the finding names a kind whose opposite the other side says more often,
    not another kind in surplus ("support" / "La mayoría … se opone" names "se opone", not "mayoría").
    ``unsaid(aligned, pair, said)``, where given, leaves out of ``said`` the words the other side says in a word of no
    kind ("the child" / "el niño": a gender English does not give), and a pair left with none on a side is not compared.
    ``pairs``, where given, are the only ``compared_pairs`` looked at (those a cheaper pass found worth it).
    """
    if rule in settings.disabled_rules:
        return []
    flagged, other = flagged_side(aligned)
    findings = []
    for pair, said in pairs_saying(aligned, settings, find, (other, flagged), pairs):
        if unsaid is not None:
            said = unsaid(aligned, pair, said)
            if not all(said.values()):
                continue
        kinds = {side: Counter(found[0] for _, found in said[side]) for side in said}
        if differ(kinds[flagged], kinds[other]):
            findings.append(_contrast_finding(aligned, pair, flagged, said, kinds, rule, evidence_key, confidence,
                                              settings, counterparts, opposites))
    return findings


def _kind_said(kind: str, word: str) -> str:
    """A kind as a finding names it, with the words that said it unless they are its name: "double", "triple
    ('tres veces')"."""
    return kind if word.lower() == kind.lower() else f"{kind} ({word!r})"


def _contrast_finding(aligned: AlignedDocument, pair, side: str, said: dict, kinds: dict[str, set[str]], rule: str,
                      evidence_key: str, confidence: float, settings: Settings, counterparts=None,
                      opposites: dict[str, frozenset[str]] | None = None) -> Finding:
    other = aligned.other(side)
    words = {}
    # the word that changed: where both sides say as many, the first at which their kinds differ in text order
    # ("approved …, but denied" / "aprobó …, pero aprobaron": the second) if its kind is in surplus there (not where
    # the languages order two words otherwise: "voluntary evacuation" / "evacuación obligatoria"); else the first
    # of a kind in surplus
    in_turn = len(said[side]) == len(said[other])
    first_different = next((i for i, (mine, theirs) in enumerate(zip(said[side], said[other]))
                            if mine[1][0] != theirs[1][0]), None) if in_turn else None
    keys = {}
    if counterparts is not None:  # each side's words by their translation group
        for here in (side, other):
            version = aligned.version(here)
            keys[here] = [(counterparts(version.segments[index].text[begin:end], version.lang), kind)
                          for index, (kind, begin, end) in said[here]]
    for here, there in ((side, other), (other, side)):
        version = aligned.version(here)
        surplus = kinds[here] - kinds[there]
        if opposites is not None:  # (a surplus with no opposite on the other side is named as any surplus is)
            opposed = Counter({kind: count for kind, count in surplus.items()
                               if not opposites.get(kind, frozenset()).isdisjoint(kinds[there] - kinds[here])})
            surplus = opposed or surplus
        unmatched = [item for position, item in enumerate(said[here])
                     if item[1][0] in surplus and keys and keys[here][position] not in keys[there]]
        if unmatched:
            index, (kind, begin, end) = unmatched[0]
        elif first_different is not None and said[here][first_different][1][0] in surplus:
            index, (kind, begin, end) = said[here][first_different]
        else:
            index, (kind, begin, end) = next((item for item in said[here] if item[1][0] in surplus), said[here][0])
        words[here] = (index, kind, begin, end, version.segments[index].text[begin:end])
    version = aligned.version(side)
    index, kind, begin, end, word = words[side]
    _, other_kind, _, _, other_word = words[other]
    start, stop = segment_span(version.source, version.segments[index], begin, end)
    message = (f"{_kind_said(other_kind, other_word)} in {side_name(aligned, other)} but {_kind_said(kind, word)} in "
               f"{side_name(aligned, side)}")
    evidence = pair_evidence(aligned, side, getattr(pair, side), getattr(pair, other)) | {
        evidence_key: sorted(kinds[side].elements()), f"counterpart_{evidence_key}": sorted(kinds[other].elements()),
        "confidence": confidence}
    if aligned.translated_side is not None:
        evidence["translation"] = aligned.translation_of(side, getattr(pair, side))
    return make_finding(rule, version.source, start, stop, message, lang=version.lang, score=confidence,
                        evidence=evidence, settings=settings)
