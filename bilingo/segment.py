"""Split blocks into sentences, keeping each sentence's exact place in the file.

sentencex does the splitting (it handles Sr., Dra., EE. UU., U.S., a.m., 300.000, 3.1 and
¿…? best of the splitters measured here); a small fix-up layer rejoins the splits it
still makes after an abbreviation followed by a lowercase word or a number
("el 3 de feb. | de 2024") or a Spanish plural abbreviation ("RR. | HH. | está"), after a title or
an initial before a name ("Mr. | Fields", "N. | Wayne"), and after a question or an exclamation
followed by its attribution ("“…?” | a reporter asked", "Wow, really? | she said", "…followed? |
Kohlmann said."), and splits where it misses
a boundary: after a closing parenthesis that ends a sentence ("…percent.) Last year"),
after "etc." and the era marks "a. C." / "d. C." before a capitalised word.

Line breaks: a block with several lines (hard-wrapped plain text) is first cut at each
line break that ends a unit of its own: a line ending in sentence punctuation, or a
short line (a headline, a one-line pair member) followed by a line that starts a new
sentence. A line break inside wrapped prose is just a space.

Inline pairs: `` // `` (spaced) separates the two versions of a bilingual line ("English
headline // Titular en español"), so it ends a unit too, and each unit is split with
the rules of the language it looks like: a Spanish half is not cut after "EE." because
its line starts in English.
"""

from __future__ import annotations

import re

from bilingo.model import Segment, SourceDocument

SPLITTER_LANGUAGES = {"en": "en", "es": "es"}

# Tokens after which a split followed by a lowercase word or a digit is a mistake.
ABBREVIATIONS = {
    "sr", "sra", "srta", "dr", "dra", "lic", "ing", "prof", "gral", "gob", "pres", "av", "ud", "uds", "vd",
    "p. ej", "ej", "etc", "pág", "núm", "no", "art", "cap", "vol", "aprox",
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic",
    "jan", "aug", "dec", "mr", "mrs", "ms", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "st", "jr",
    "inc", "corp", "co", "ltd", "vs", "u.s", "ee. uu", "ee.uu", "a.m", "p.m", "e.g", "i.e",
    "lb", "lbs", "oz", "ft",  # "7 lbs. 4 oz.", "5 ft. 10 in.": before a number or a lower-case word
}  # fmt: skip

# Titles that always stand before a name: a split after one is never a sentence end ("Mr. | Fields").
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "dra", "sr", "sra", "srta", "prof", "gov", "sen", "rep", "rev", "gen", "gral", "col",
    "lt", "capt", "sgt", "cpl", "pfc", "sgto", "tte", "cnel", "lic", "ing",
}  # fmt: skip

# Time zones a time in a.m./p.m. is given in ("10:15 p.m. MDT", "a las 8 p. m. EST"): after a.m./p.m., one of these
# continues the sentence rather than starting one.
TIME_ZONES = {
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST",
    "ADT", "GMT", "UTC", "BST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST",
    "AEDT", "ART", "BRT", "CLT", "COT", "PET", "VET",
}  # fmt: skip
_MERIDIEMS = ("a.m", "p.m", "a. m", "p. m")
# What goes on after a time in AP style ("at 10 a.m. Wednesday", "at 7 p.m. Nov. 3", "at 9 a.m. Central"): the
# meridiem's period ends no sentence before these, as before a time zone
AFTER_A_TIME = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.", "Sept.",
    "Oct.", "Nov.", "Dec.", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Eastern", "Central", "Mountain", "Pacific",
}

# A lone capital before the split: an initial ("J. K. Rowling") or a list letter ("A. The…").
_INITIAL_END = re.compile(r"(?:^|[\s(])[A-ZÁÉÍÓÚÑ]\.$")
_LAST_TOKEN = re.compile(r"(\S+(?: \S{1,3})?)\.\s*$")
_ERA_SPLIT = re.compile(r"\b[ad]\.$")  # "1100 d. | C. Durante": the splitter cut "d. C." in two
# Spanish plural abbreviations double their letters: "RR. HH." (recursos humanos), "FF. AA.", "CC. AA.", "JJ. OO.",
# "DD. HH."; sentencex keeps only "EE. UU." whole and cut the others after each pair ("de RR. | HH. | está...").
_DOUBLED_ABBREVIATION_END = re.compile(r"(?:^|[\s(])([A-ZÁÉÍÓÚÑ])\1\.$")
_DOUBLED_ABBREVIATION_START = re.compile(r"([A-ZÁÉÍÓÚÑ])\1\.(?:\s|$)")
# Boundaries sentencex misses: "(…percent.) Last", "etc. The", "1100 d. C. Durante", and
# Spanish "no." and "mar." (sentencex takes them for número and marzo) before a capital.
_MISSED_BOUNDARY = re.compile(
    r"(?:[.!?][\"”’»]?\)|\b(?:etc|[Nn]o|mar)\.|\b[ad]\.\s?C\.)(?=\s+[¿¡\"“«(]?[A-ZÁÉÍÓÚÑ])"
)
# What every ``_MISSED_BOUNDARY`` match holds: sentence punctuation before a closing parenthesis,
# or a period before the capitalised word; starting with a character set, it is found by a fast
# scan, so most spans (which hold neither) are passed over without trying the full pattern.
_MISSED_BOUNDARY_HINT = re.compile(r"[.!?](?:[\"”’»]?\)|(?<=\.)\s+[¿¡\"“«(]?[A-ZÁÉÍÓÚÑ])")
# A speaker, then a verb of saying, and nothing else: the attribution of a quoted question or exclamation. (The
# verb first, "said Kohlmann", starts in lower case, which ``is_false_split`` rejoins anyway.)
_ATTRIBUTION = re.compile(
    r"(?:[\w.'’-]+\s+){1,4}(?:said|says|asked|asks|added|adds|told \w+|wrote|writes|explained|replied|exclaimed"
    r"|wondered|recalled|noted|insisted|shouted|tweeted)[.!]?[\"”’]?\s*$"
)
ATTRIBUTION_MAX_CHARS = 60
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_INLINE_PAIR_SEPARATOR = re.compile(r"[ \t\u00a0]+//[ \t\u00a0]+")
_UNIT_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_STARTS_SENTENCE = re.compile(r"""^["'“‘«(¿¡\[]*[A-ZÁÉÍÓÚÑÜ0-9]""")
_QUOTATION_MARKS = '"“”«»„'  # masked for the splitter (``mask_quotation_marks``)
SHORT_LINE_RATIO = 0.6  # a line under 60% of the block's longest line is not wrapped prose
SHORT_LINE_WORDS = 12
SHORT_LINE_CHARS = 40  # wrapped prose has longer lines than this
# No news sentence comes near this (the longest in corpus-dev: 1,852 characters); a longer
# span is data, a pasted table or markup without punctuation, and is cut into pieces at
# spaces so that translation, alignment and the rules see bounded segments.
MAX_SEGMENT_CHARS = 2000


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: trimmed, in order, covering every non-space character once.

    Without ``lang`` each unit is split with the rules of the language it looks like."""
    spans: list[tuple[int, int]] = []
    for line_begin, line_end in line_units(text):
        for begin, end in pair_halves(text, line_begin, line_end):
            spans.extend((begin + a, begin + b) for a, b in split_unit(text[begin:end], lang))
    return cap_lengths(text, spans)


def pair_halves(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """``text[begin:end]`` cut after each spaced `` // ``, the halves trimmed, empty ones dropped.

    The mark stays at the end of the first half, so that every character is still in a
    sentence; single-file mode trims it (``sections.split_inline_pairs``).
    """
    if text.find("//", begin, end) < 0:  # no separator: the whole (most text)
        begin, end = trim(text, begin, end)
        return [(begin, end)] if end > begin else []
    halves, cursor = [], begin
    for match in _INLINE_PAIR_SEPARATOR.finditer(text, begin, end):
        halves.append((cursor, match.start() + match.group().index("//") + 2))
        cursor = match.end()
    halves.append((cursor, end))
    return [(a, b) for a, b in (trim(text, a, b) for a, b in halves) if b > a]


def cap_lengths(text: str, spans: list[tuple[int, int]], limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Cut every span longer than ``limit`` into trimmed pieces of at most ``limit`` characters.

    A piece ends at the last whitespace before the limit (mid-word only when there is none).
    """
    capped: list[tuple[int, int]] = []
    for begin, end in spans:
        while end - begin > limit:
            cut = begin + limit
            space = next((i for i in range(cut, begin, -1) if text[i].isspace()), None)
            if space is not None:
                cut = space
            piece = trim(text, begin, cut)
            if piece[1] > piece[0]:
                capped.append(piece)
            begin = trim(text, cut, end)[0]
        if end > begin:
            capped.append((begin, end))
    return capped


def line_units(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` at the line breaks that end a unit (see the module docstring)."""
    lines = []
    cursor = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append((cursor, match.start()))
        cursor = match.end()
    lines.append((cursor, len(text)))
    lines = [(a, b) for a, b in (trim(text, a, b) for a, b in lines) if b > a]
    if len(lines) < 2:
        return lines
    longest = max(b - a for a, b in lines)
    units: list[tuple[int, int]] = []
    for index, (begin, end) in enumerate(lines):
        if units and not ends_unit(text, lines[index - 1], (begin, end), longest):
            units[-1] = (units[-1][0], end)
        else:
            units.append((begin, end))
    return units


def ends_unit(text: str, line: tuple[int, int], following: tuple[int, int], longest: int) -> bool:
    """Whether the break after ``line`` separates two units rather than wrapping a sentence."""
    words_before = text[line[0] : line[1]]
    if _UNIT_END.search(words_before):
        return True
    length = line[1] - line[0]
    short = (length < SHORT_LINE_RATIO * longest or length < SHORT_LINE_CHARS) and len(words_before.split()) <= SHORT_LINE_WORDS
    return short and bool(_STARTS_SENTENCE.match(text[following[0] : following[1]]))


def split_unit(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans of one unit, by sentencex plus the fix-ups (``lang``: see ``splitter_pieces``)."""
    if not text.strip():
        return []
    # sentencex never splits inside a quotation; news quotes run for several sentences
    # that the other language's version translates one by one, so the quotation marks are
    # masked (same length, so offsets hold) and put back on the right side afterwards.
    masked = mask_quotation_marks(text)
    starts: list[int] = []
    cursor = 0
    for piece in splitter_pieces(text, masked, lang):
        stripped = piece.strip()
        if not stripped:
            continue
        found = masked.find(stripped, cursor)
        if found < 0:  # the splitter changed the text: keep the rest with the last piece
            break
        starts.append(found)
        cursor = found + len(stripped)
    if not starts:
        starts = [0]
    starts[0] = 0
    bounds = starts + [len(text)]
    spans = [trim(text, bounds[i], bounds[i + 1]) for i in range(len(starts))]
    spans = [span for span in spans if span[1] > span[0]]
    spans = attach_quotation_marks(text, spans)
    return split_missed_boundaries(text, rejoin_false_splits(text, spans))


def mask_quotation_marks(text: str) -> str:
    """``text`` with each quotation mark in ``_QUOTATION_MARKS`` replaced by "_" (one ``str.replace``
    per mark: faster than ``str.translate``, which goes character by character)."""
    for mark in _QUOTATION_MARKS:
        if mark in text:
            text = text.replace(mark, "_")
    return text


def splitter_pieces(text: str, masked: str, lang: str | None) -> list[str]:
    """sentencex's pieces of ``masked`` (``text`` with its quotation marks masked), by the rules of
    ``lang``, or without it of the language ``text`` looks like (``guess_splitter_language``).

    The guess costs more than sentencex itself, and the English and Spanish rules cut most
    units the same way (they differ at a few abbreviations): both are run, and the guess is
    made only when their pieces differ.
    """
    from sentencex import segment

    if lang is not None:
        return list(segment(SPLITTER_LANGUAGES.get(lang, "en"), masked))
    english, spanish = list(segment("en", masked)), list(segment("es", masked))
    if english == spanish:
        return english
    return spanish if guess_splitter_language(text) == "es" else english


def attach_quotation_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a closing mark that starts a span to the span before, an opening one that ends a span to the next."""
    spans = list(spans)
    for index in range(1, len(spans)):
        before, span = spans[index - 1], spans[index]
        begin = span[0]
        while begin < span[1] and is_closing_mark(text, begin):
            begin += 1
        if begin > span[0]:
            spans[index - 1] = (before[0], begin)
            spans[index] = trim(text, begin, span[1])
        before, span = spans[index - 1], spans[index]
        end = before[1]
        while end > before[0] and is_opening_mark(text, end - 1):
            end -= 1
        if end < before[1] and end > before[0]:
            spans[index - 1] = trim(text, before[0], end)
            spans[index] = (end if span[1] > span[0] else end, span[1] if span[1] > span[0] else before[1])
    return [span for span in spans if span[1] > span[0]]


def is_closing_mark(text: str, index: int) -> bool:
    char = text[index]
    if char in "”»":
        return True
    return char == '"' and (index + 1 == len(text) or text[index + 1].isspace() or text[index + 1] in ",.;:)")


def is_opening_mark(text: str, index: int) -> bool:
    char = text[index]
    if char in "“«„":
        return True
    return char == '"' and (index == 0 or text[index - 1].isspace())


def split_missed_boundaries(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for begin, end in spans:
        if not _MISSED_BOUNDARY_HINT.search(text, begin, end):
            result.append((begin, end))
            continue
        cursor = begin
        for match in _MISSED_BOUNDARY.finditer(text, begin, end):
            result.append((cursor, match.end()))
            cursor = match.end()
            while cursor < end and text[cursor].isspace():
                cursor += 1
        result.append((cursor, end))
    return result


def rejoin_false_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and (is_false_split(text[joined[-1][0] : joined[-1][1]], text[span[0] : span[1]])
                       or is_glued_ellipsis(text, joined[-1][1], span[0])):
            joined[-1] = (joined[-1][0], span[1])
            # an attribution is whole only now: "“Why now?” | Ms. | Diaz asked." (the split after "Ms." first)
            if len(joined) > 1 and is_attribution(text[joined[-1][0] : joined[-1][1]]) and is_false_split(
                    text[joined[-2][0] : joined[-2][1]], text[joined[-1][0] : joined[-1][1]]):
                joined[-2:] = [(joined[-2][0], joined[-1][1])]
        else:
            joined.append(span)
    return joined


# ``_ERA_SPLIT`` and ``_INITIAL_END`` match at the end of the text (``$``: or before a final newline)
# and are at most 3 characters long, so they are searched for in the last few characters only
# (``\b`` and ``^`` still see the character before the search's start, so matches stay the same).
TAIL_CHARS = 8


def is_false_split(before: str, after: str) -> bool:
    if not any(char.isalnum() for char in after) or after[:1] in ",;:)]":  # "…?»" | ", dijo."
        return True
    if after[:1] in "ºª":  # a Spanish ordinal's indicator after its period: "a 12. | º grado", "la 3. | ª edad"
        return True
    first = after.lstrip("\"'“”‘’«»([")[:1]
    if not first:
        return False
    continues = first.islower() or first.isdigit()
    if after.startswith("C.") and _ERA_SPLIT.search(before, max(0, len(before) - TAIL_CHARS)):
        return True
    if before.rstrip().endswith(("?”", "!”", "?\"", "!\"", "?»", "!»", ",”", ",\"", "?", "!")):
        # a question or an exclamation and its attribution: "Wow, really? | she said", "…followed? | Kohlmann said."
        return first.islower() or is_attribution(after)
    if _DOUBLED_ABBREVIATION_END.search(before, max(0, len(before) - TAIL_CHARS)) and (
            continues or _DOUBLED_ABBREVIATION_START.match(after)):  # "de RR. | HH. | está analizando"
        return True
    match = last_token(before)
    if match and match.group(1).split()[-1].lower() in HONORIFICS:
        return True
    if first.isupper() and _INITIAL_END.search(before, max(0, len(before) - TAIL_CHARS)):  # "N. | Wayne", "A. | The"
        return True
    if match and first.isupper() and match.group(1).lower().endswith(_MERIDIEMS):  # "10:15 p.m. | MDT."
        following = after.lstrip("\"'“”‘’«»([").split(None, 1)[0]
        # "at 10 a.m. | Wednesday.": AP style puts the day after the time
        word = following.rstrip(".,;:)]")
        return word in TIME_ZONES or word in AFTER_A_TIME or following.rstrip(",;:)]") in AFTER_A_TIME
    if match and continues:
        token = match.group(1).lower()
        last_word = token.split()[-1] if token.split() else token
        return token in ABBREVIATIONS or last_word in ABBREVIATIONS or len(last_word) == 1
    return False


def is_glued_ellipsis(text: str, end: int, begin: int) -> bool:
    """Whether a split falls right after an ellipsis with no space before the next word: a pause in a quote ("Mike
    talks a lot during the hearing...I was getting ready"), where the translation writes one sentence ("durante la
    audiencia… Estaba preparándome"). A sentence that ends on an ellipsis is followed by a space."""
    return end == begin and text.endswith(("...", "…"), 0, end)


def is_attribution(text: str) -> bool:
    """Whether ``text`` is only a speaker and a verb of saying ("Kohlmann said.", "The mayor asked."): after a
    question or an exclamation it ends that sentence, as the other language's "manifestó Kohlmann" does."""
    return len(text) <= ATTRIBUTION_MAX_CHARS and _ATTRIBUTION.match(text) is not None


def last_token(before: str) -> re.Match | None:
    """``_LAST_TOKEN.search(before)``, started where a match can begin.

    A match holds no whitespace but one space before its final period and trailing
    whitespace (``\\S+``, then `` \\S{1,3}``), so it begins inside the last two words.
    Searching from there (``pos``) finds the same leftmost match without trying the
    pattern at every word of a long sentence, which is what made it costly.
    """
    stripped = before.rstrip()
    words = stripped.rsplit(None, 2)
    start = len(stripped) - len(words[2]) - len(words[1]) - 1 if len(words) == 3 else 0
    return _LAST_TOKEN.search(before, start)


def segment_document(source: SourceDocument, lang: str | None = None) -> list[Segment]:
    """Every sentence of every block, with file offsets; headings are one segment each.

    ``lang`` picks the splitter's rules; without it each block is split with the rules of
    the language it looks like (Spanish and English rules differ only in details).
    """
    segments: list[Segment] = []
    covered = 0  # file offset where the previous segment ends
    for index, block in enumerate(source.blocks):
        if block.kind == "heading":
            spans = [trim(block.text, 0, len(block.text))] if block.text.strip() else []
            spans = cap_lengths(block.text, spans)
        else:
            spans = split_sentences(block.text, lang)
        for begin, end in spans:
            if end <= begin:
                continue
            start, finish = block.source_span(begin, end)
            # Broken HTML can make the parser move or invent text (a table's stray text is
            # moved before the table), which the reader then places on the previous
            # character: keep file spans in order and apart, even if one becomes empty.
            start = max(start, covered)
            finish = covered = max(finish, start)
            segments.append(
                Segment(
                    text=block.text[begin:end],
                    start=start,
                    end=finish,
                    block=index,
                    kind="heading" if block.kind == "heading" else "sentence",
                )
            )
    return segments


def trim(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


# The look-aheads cannot change a match (every word starts with one of those letters); they let the engine pass
# over other words without trying each alternative, as a case-insensitive alternation cannot.
_SPANISH_MARKS = re.compile(r"[ñáéíóú¿¡]|\b(?=[cdelpquy])(el|la|los|las|de|del|que|y|en|por|para|con|una?)\b",
                            re.IGNORECASE)
_ENGLISH_MARKS = re.compile(r"\b(?=[abfiotw])(the|of|and|to|in|is|was|for|that|with|on|by)\b", re.IGNORECASE)


def guess_splitter_language(text: str) -> str:
    """A cheap guess, only to pick splitting rules; language identification proper is langid's job."""
    return "es" if len(_SPANISH_MARKS.findall(text)) > len(_ENGLISH_MARKS.findall(text)) else "en"
