"""Real parallel news with known edits: the ground truth for ``bilingo eval`` and the tests.

The dev corpus (``../shared/corpus-dev/<set>/docs.jsonl``) holds EN/ES documents where
``en[i]`` translates ``es[i]``. This module loads them and builds deterministic edited
copies whose expected findings are known by construction (``EDIT_KINDS``):

* ``drop``: 1-3 consecutive sentences removed from one side; their counterparts on the
  other side are expected to be flagged as present only there.
* ``drop-paragraph``: one whole paragraph (wmt ``paragraph`` field) removed from one side.
* ``insert``: 1-2 sentences of another article inserted into one side; they are expected
  to be flagged on that side.
* ``merge``: two adjacent sentences of one side joined into one; nothing is expected.
* ``split``: one sentence of one side cut in two at a comma or a space; nothing is expected.
* ``none``: the document untouched; nothing is expected.

and the fine-grained edits (``FINE_EDIT_KINDS``), each made on one side of one sentence pair:

* ``number``: a number written in digits on both sides is changed on one side, or, where
  no pair has one, a count spelled out on both sides ("three" / "tres", two to nine: AP
  and Spanish style spell these out) (``number-mismatch``);
* ``name``: a capitalised name present on both sides is replaced on one side by another
  surname (``name-mismatch``);
* ``clause``: a clause between commas (or after the last comma) of one side is removed;
  the other side is expected to keep words with no counterpart (``partial-only-in-*``);
* ``untranslated``: a sentence of one side is replaced by its counterpart in the other
  language (``untranslated`` on that side);
* ``pronoun``: he/she (and his/her, him, himself/herself; Spanish él/ella) swapped on one
  side (``pronoun-mismatch``).
* ``opposite``: a word of a decision, an event or a condition turned into its opposite on one
  side ("approved" -> "rejected", "subió" -> "bajó", "public" -> "private"), in a sentence
  pair whose other side says a word of the same pair of opposites (``decision-mismatch``).
* ``negation``: the one clausal negation of a sentence taken out on one side ("did not attend" -> "did attend",
  "no asistió" -> "asistió"), in a sentence pair whose other side says one too (``negation-mismatch``).

Every edited document records, per side, where each sentence came from (``origins_en``,
``origins_es``: indices of the original sentence pairs, empty for inserted text), which
is what the evaluation needs to know which sentences should end up paired, and its
expected findings as ``ExpectedFinding``s over sentence indices. Nothing here does I/O
except ``load_documents``; writing documents to files is ``bilingo.evaluation.layouts``.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

EDIT_KINDS = ("drop", "drop-paragraph", "insert", "merge", "split", "none")
FINE_EDIT_KINDS = ("number", "name", "clause", "untranslated", "pronoun", "opposite", "negation")
ALL_EDIT_KINDS = EDIT_KINDS + FINE_EDIT_KINDS

#: The corpus-dev sets by short name (``bilingo eval --sets``).
CORPUS_SETS = {
    "flores": "flores200-devtest",
    "wmt": "wmt-newstest-2008-2010",
    "tico": "tico19",
}

#: Surnames used to replace a name; none is common in the news of the dev corpus.
REPLACEMENT_NAMES = ("Okonkwo", "Lindqvist", "Takahashi", "Vukovic", "Abernathy", "Oyelaran")


def default_corpus_dev() -> Path:
    """``<repo>/../shared/corpus-dev`` for a source checkout, else ``<cwd>/../shared/corpus-dev``."""
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file():
        return repo.parent / "shared" / "corpus-dev"
    return Path.cwd().parent / "shared" / "corpus-dev"


CORPUS_DEV = default_corpus_dev()
SHARED = CORPUS_DEV.parent
SEEDS = SHARED / "seeds"


@dataclass(frozen=True)
class CorpusDocument:
    """One parallel document of the dev corpus; ``en[i]`` translates ``es[i]``."""

    set_name: str
    doc_id: str
    en: tuple[str, ...]
    es: tuple[str, ...]
    paragraph: tuple[int, ...] | None = None  # paragraph number per sentence (wmt only)


@dataclass(frozen=True)
class Edit:
    """What was done to a document: ``kind`` (one of ALL_EDIT_KINDS) applied to ``side``."""

    kind: str
    side: str | None = None  # "en" | "es" | None for "none"
    positions: tuple[int, ...] = ()  # indices (before the edit) of the sentences touched
    source_doc_id: str | None = None  # the donor article of an "insert"
    detail: str = ""  # what changed, for people reading results ("2008 -> 2001")


@dataclass(frozen=True)
class ExpectedFinding:
    """A finding the checker should raise: ``rule`` on sentences ``indices`` of side ``lang``.

    ``indices`` are positions in the *edited* side's sentence list, consecutive. Rules that
    compare a sentence pair (numbers, names, pronouns) report a changed value on the
    translated side, whichever side was edited; ``also`` lists other (lang, indices)
    places where a finding of the rule is equally right.
    """

    rule: str
    lang: str
    indices: tuple[int, ...]
    also: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def places(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        return ((self.lang, self.indices),) + self.also


@dataclass(frozen=True)
class EditedDocument:
    """An edited copy of a corpus document with the findings the checker should raise."""

    doc_id: str
    edit: Edit
    en: list[str]
    es: list[str]
    expected_only_in_en: frozenset[int] = field(default_factory=frozenset)
    expected_only_in_es: frozenset[int] = field(default_factory=frozenset)
    paragraph_en: list[int] | None = None
    paragraph_es: list[int] | None = None
    origins_en: tuple[tuple[int, ...], ...] = ()  # per edited sentence: original pair indices
    origins_es: tuple[tuple[int, ...], ...] = ()
    fine_expected: tuple[ExpectedFinding, ...] = ()  # expectations of the fine edits
    set_name: str = ""
    source_paragraph: tuple[int, ...] | None = None  # the unedited document's paragraph numbers

    @property
    def name(self) -> str:
        return f"{self.doc_id}:{self.edit.kind}-{self.edit.side or ''}"

    @property
    def expected(self) -> tuple[ExpectedFinding, ...]:
        """Every expected finding: coverage (one per run of consecutive sentences) and fine ones."""
        coverage = []
        for rule, lang, indices in (
            ("only-in-en", "en", self.expected_only_in_en),
            ("only-in-es", "es", self.expected_only_in_es),
        ):
            for run in consecutive_runs(sorted(indices)):
                coverage.append(ExpectedFinding(rule, lang, tuple(run)))
        return tuple(coverage) + self.fine_expected

    def origins(self, lang: str) -> tuple[tuple[int, ...], ...]:
        return self.origins_en if lang == "en" else self.origins_es

    def sentences(self, lang: str) -> list[str]:
        return self.en if lang == "en" else self.es

    def paragraph_keys(self, lang: str) -> list[float]:
        """A key per sentence of side ``lang``; equal keys on both sides mean the same paragraph.

        The unedited document's paragraph number (each sentence its own paragraph without
        paragraph data); inserted text gets a paragraph of its own after the one before it.
        """
        keys: list[float] = []
        origins = self.origins(lang)
        for index, origin in enumerate(origins):
            if origin:
                keys.append(float(self.source_paragraph[origin[0]] if self.source_paragraph else origin[0]))
            elif index > 0 and not origins[index - 1]:
                keys.append(keys[-1])  # the rest of the inserted run
            else:
                keys.append((keys[-1] if keys else -1.0) + 0.5)
        return keys

    def touched(self, lang: str) -> set[int]:
        """Sentences of side ``lang`` that the edit changed or whose counterpart it changed."""
        indices = {i for expected in self.expected for place_lang, place in expected.places() if place_lang == lang
                   for i in place}
        if self.edit.kind in ("merge", "split") and self.edit.side == lang:
            indices |= {i for i, origin in enumerate(self.origins(lang)) if set(origin) & set(self.edit.positions)}
        return indices


def consecutive_runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def corpus_available(corpus_dev: Path | None = None) -> bool:
    return (corpus_dev or CORPUS_DEV).is_dir()


def load_documents(
    set_name: str,
    limit: int | None = None,
    *,
    min_sentences: int = 1,
    max_sentences: int | None = None,
    corpus_dev: Path | None = None,
    origlangs: tuple[str, ...] | None = None,
) -> list[CorpusDocument]:
    """Documents of ``corpus-dev/<set_name>`` in file order, filtered by sentence count.

    ``set_name`` is a folder of the corpus (``flores200-devtest``) or its short name (``flores``).
    ``origlangs`` keeps only documents first written in one of these languages (wmt holds
    articles first written in French, Czech... whose two sides are both translations).
    """
    folder = CORPUS_SETS.get(set_name, set_name)
    documents: list[CorpusDocument] = []
    with open((corpus_dev or CORPUS_DEV) / folder / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            if origlangs is not None and record.get("origlang") not in origlangs:
                continue
            count = len(record["en"])
            if count < min_sentences or (max_sentences is not None and count > max_sentences):
                continue
            paragraph = record.get("paragraph")
            documents.append(
                CorpusDocument(
                    set_name=set_name,
                    doc_id=record["doc_id"],
                    en=tuple(record["en"]),
                    es=tuple(record["es"]),
                    paragraph=tuple(paragraph) if paragraph else None,
                )
            )
            if limit is not None and len(documents) >= limit:
                break
    return documents


def _rng(doc_id: str, kind: str, seed: int) -> random.Random:
    return random.Random(zlib.crc32(f"{seed}:{kind}:{doc_id}".encode()))


def _other(side: str) -> str:
    return "es" if side == "en" else "en"


def _unedited(document: CorpusDocument, edit: Edit) -> EditedDocument:
    paragraph = list(document.paragraph) if document.paragraph else None
    origins = tuple((i,) for i in range(len(document.en)))
    return EditedDocument(
        document.doc_id, edit, list(document.en), list(document.es), paragraph_en=paragraph, paragraph_es=paragraph,
        origins_en=origins, origins_es=origins, set_name=document.set_name, source_paragraph=document.paragraph,
    )


def _with_side(edited: EditedDocument, side: str, sentences: list[str], paragraph: list[int] | None,
               origins: tuple[tuple[int, ...], ...] | None = None) -> EditedDocument:
    if side == "en":
        edited = replace(edited, en=sentences, paragraph_en=paragraph)
        return replace(edited, origins_en=origins) if origins is not None else edited
    edited = replace(edited, es=sentences, paragraph_es=paragraph)
    return replace(edited, origins_es=origins) if origins is not None else edited


def untouched(document: CorpusDocument) -> EditedDocument:
    return _unedited(document, Edit("none"))


def drop_sentences(document: CorpusDocument, side: str, count: int, *, seed: int = 0) -> EditedDocument:
    """Remove ``count`` consecutive sentences from ``side``; the other side keeps them (expected findings)."""
    total = len(document.en)
    count = max(1, min(count, total - 1))
    start = _rng(document.doc_id, "drop", seed).randrange(0, total - count + 1)
    positions = tuple(range(start, start + count))
    return _drop(document, side, positions, "drop")


def drop_paragraph(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Remove one whole paragraph (not the only one) from ``side``; None without paragraph data."""
    if not document.paragraph or len(set(document.paragraph)) < 2:
        return None
    numbers = sorted(set(document.paragraph))
    chosen = _rng(document.doc_id, "drop-paragraph", seed).choice(numbers)
    positions = tuple(i for i, number in enumerate(document.paragraph) if number == chosen)
    return _drop(document, side, positions, "drop-paragraph")


def _drop(document: CorpusDocument, side: str, positions: tuple[int, ...], kind: str) -> EditedDocument:
    edited = _unedited(document, Edit(kind, side, positions))
    sentences = getattr(document, side)
    kept = [s for i, s in enumerate(sentences) if i not in positions]
    paragraph = [p for i, p in enumerate(document.paragraph) if i not in positions] if document.paragraph else None
    origins = tuple((i,) for i in range(len(sentences)) if i not in positions)
    edited = _with_side(edited, side, kept, paragraph, origins)
    expected = frozenset(positions)  # indices on the untouched side, which did not move
    if side == "en":
        return replace(edited, expected_only_in_es=expected)
    return replace(edited, expected_only_in_en=expected)


def insert_foreign(
    document: CorpusDocument, donor: CorpusDocument, side: str, count: int, *, seed: int = 0
) -> EditedDocument:
    """Insert ``count`` consecutive sentences of ``donor`` (another article) into ``side``."""
    rng = _rng(document.doc_id, "insert", seed)
    donor_sentences = list(getattr(donor, side))
    count = max(1, min(count, len(donor_sentences)))
    donor_start = rng.randrange(0, len(donor_sentences) - count + 1)
    inserted = donor_sentences[donor_start : donor_start + count]
    sentences = list(getattr(document, side))
    at = rng.randrange(0, len(sentences) + 1)
    new_sentences = sentences[:at] + inserted + sentences[at:]
    paragraph = None
    if document.paragraph:
        # The inserted text forms its own paragraph (as an added paragraph would).
        before = list(document.paragraph[:at])
        number = (before[-1] if before else 0) + 0.5
        paragraph = before + [number] * count + list(document.paragraph[at:])
        paragraph = _renumber(paragraph)
    origins = tuple((i,) for i in range(at)) + ((),) * count + tuple((i,) for i in range(at, len(sentences)))
    edited = _unedited(document, Edit("insert", side, tuple(range(at, at + count)), donor.doc_id))
    edited = _with_side(edited, side, new_sentences, paragraph, origins)
    expected = frozenset(range(at, at + count))
    if side == "en":
        return replace(edited, expected_only_in_en=expected)
    return replace(edited, expected_only_in_es=expected)


def _renumber(paragraph: list) -> list[int]:
    order = {value: rank for rank, value in enumerate(sorted(set(paragraph)))}
    return [order[value] for value in paragraph]


def merge_sentences(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Join two adjacent sentences of ``side`` into one; no content is lost, nothing is expected."""
    sentences = list(getattr(document, side))
    if len(sentences) < 2:
        return None
    at = _rng(document.doc_id, "merge", seed).randrange(0, len(sentences) - 1)
    merged = sentences[:at] + [sentences[at] + " " + sentences[at + 1]] + sentences[at + 2 :]
    paragraph = None
    if document.paragraph:
        paragraph = list(document.paragraph[: at + 1]) + list(document.paragraph[at + 2 :])
    origins = tuple((i,) for i in range(at)) + ((at, at + 1),) + tuple((i,) for i in range(at + 2, len(sentences)))
    edited = _unedited(document, Edit("merge", side, (at, at + 1)))
    return _with_side(edited, side, merged, paragraph, origins)


def split_sentence(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Cut the longest sentence of ``side`` in two (at the comma or space nearest its middle).

    A corpus line may hold two sentences or more ("...un adulto salvaje. El clima casi nunca es adecuado: ..."):
    the cut falls inside the longest of them, so that it never leaves a piece of one word ("...salvaje. El." and
    "Clima casi nunca...") that no editor would write."""
    from bilingo.segment import split_sentences

    sentences = list(getattr(document, side))
    at = max(range(len(sentences)), key=lambda i: (len(sentences[i]), -i))
    line = sentences[at]
    begin, end = max(split_sentences(line, side), key=lambda span: span[1] - span[0])
    sentence = line[begin:end]
    # A clause boundary that leaves a real sentence on both sides (as an editor's split does).
    balanced = range(int(len(sentence) * 0.3), int(len(sentence) * 0.7) + 1)
    cuts = [i for i in balanced if sentence[i] == ","]
    if not cuts:
        cuts = [i for i, char in enumerate(sentence) if char == " " and 0 < i < len(sentence) - 1]
    if not cuts:
        return None
    middle = len(sentence) / 2
    cut = min(cuts, key=lambda i: abs(i - middle))
    first, second = sentence[:cut].rstrip(" ,") + ".", sentence[cut + 1 :].strip()
    if not second:
        return None
    second = second[0].upper() + second[1:]
    first, second = line[:begin] + first, second + line[end:]
    new_sentences = sentences[:at] + [first, second] + sentences[at + 1 :]
    paragraph = None
    if document.paragraph:
        paragraph = list(document.paragraph[: at + 1]) + list(document.paragraph[at:])
    origins = tuple((i,) for i in range(at)) + ((at,), (at,)) + tuple((i,) for i in range(at + 1, len(sentences)))
    edited = _unedited(document, Edit("split", side, (at,)))
    return _with_side(edited, side, new_sentences, paragraph, origins)


# --- fine-grained edits: one sentence of one side changed ---------------------------------


def _replace_sentence(document: CorpusDocument, side: str, index: int, text: str, kind: str, detail: str,
                      expected: tuple[ExpectedFinding, ...]) -> EditedDocument:
    edited = _unedited(document, Edit(kind, side, (index,), detail=detail))
    sentences = list(getattr(document, side))
    sentences[index] = text
    edited = _with_side(edited, side, sentences, list(document.paragraph) if document.paragraph else None)
    return replace(edited, fine_expected=expected)


def _pair_expectation(rule: str, index: int) -> tuple[ExpectedFinding, ...]:
    """A changed value of a sentence pair: reported on the translated (Spanish) side, or on English."""
    return (ExpectedFinding(rule, "es", (index,), also=(("en", (index,)),)),)


def _candidates(document: CorpusDocument, rng: random.Random) -> list[int]:
    order = list(range(len(document.en)))
    rng.shuffle(order)
    return order


_DIGITS = re.compile(r"(?<![\w.,:/-])\d{1,4}(?![\w,.:/-]?\w)")


def change_number(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Change a number written in digits on both sides of a pair (``2008`` -> ``2011``) on ``side``."""
    rng = _rng(document.doc_id, "number", seed)
    for index in _candidates(document, rng):
        text, other = getattr(document, side)[index], getattr(document, _other(side))[index]
        shared = [m for m in _DIGITS.finditer(text) if re.search(rf"(?<![\w.,]){m.group()}(?![\w])", other)]
        if not shared:
            continue
        match = shared[rng.randrange(len(shared))]
        value = int(match.group())
        new_value = value + 3 if value >= 10 else value + 4
        if re.search(rf"(?<!\d){new_value}(?!\d)", text + " " + other):
            new_value += 2
        changed = text[: match.start()] + str(new_value) + text[match.end() :]
        return _replace_sentence(document, side, index, changed, "number", f"{value} -> {new_value}",
                                 _pair_expectation("number-mismatch", index))
    return change_count_word(document, side, rng)


COUNT_WORDS = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
}


def change_count_word(document: CorpusDocument, side: str, rng: random.Random) -> EditedDocument | None:
    """Change a count spelled out on both sides of a pair ("three" / "tres") to the next one on ``side``."""
    words, other_words = COUNT_WORDS[side], COUNT_WORDS[_other(side)]
    for index in _candidates(document, rng):
        text, other = getattr(document, side)[index], getattr(document, _other(side))[index]
        shared = [match for match in re.finditer(rf"\b(?:{'|'.join(words)})\b", text, re.IGNORECASE)
                  if re.search(rf"\b{other_words[words.index(match.group().lower())]}\b", other, re.IGNORECASE)]
        if not shared:
            continue
        match = shared[rng.randrange(len(shared))]
        position = words.index(match.group().lower())
        new_word = words[position + 1] if position + 1 < len(words) else words[position - 1]
        if match.group()[0].isupper():
            new_word = new_word.capitalize()
        changed = text[: match.start()] + new_word + text[match.end() :]
        return _replace_sentence(document, side, index, changed, "number", f"{match.group()} -> {new_word}",
                                 _pair_expectation("number-mismatch", index))
    return None


_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}(?= [a-z,.;:]|[,.;:])")
_NOT_NAMES = {"The", "This", "That", "There", "They", "When", "What", "President", "Minister", "Government",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "June", "July", "August", "September", "October", "November", "December",
              "English", "Spanish", "Internet", "Parliament", "Congress", "Senate", "Court", "Church", "Earth"}


def change_name(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Replace a capitalised name found on both sides of a pair by another surname on ``side``."""
    rng = _rng(document.doc_id, "name", seed)
    text_of_document = " ".join(document.en + document.es)
    replacement = next(name for name in REPLACEMENT_NAMES[rng.randrange(len(REPLACEMENT_NAMES)):] + REPLACEMENT_NAMES
                       if name not in text_of_document)
    for index in _candidates(document, rng):
        english, spanish = document.en[index], document.es[index]
        names = [m.group() for m in _NAME.finditer(english)
                 if m.group() not in _NOT_NAMES and re.search(rf"\b{m.group()}\b", spanish)]
        if not names:
            continue
        name = names[rng.randrange(len(names))]
        text = getattr(document, side)[index]
        changed = re.sub(rf"\b{name}\b", replacement, text)
        return _replace_sentence(document, side, index, changed, "name", f"{name} -> {replacement}",
                                 _pair_expectation("name-mismatch", index))
    return None


MIN_CLAUSE_WORDS = 4


def drop_clause(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Remove a clause of at least 4 words from a sentence of ``side``: between two commas, or after the last.

    The other side keeps the clause's content: ``partial-only-in-<other side>`` is expected
    on its sentence.
    """
    rng = _rng(document.doc_id, "clause", seed)
    for index in _candidates(document, rng):
        text = getattr(document, side)[index]
        # a comma between digits is a decimal comma ("1,8 hijos"), not a clause boundary
        commas = [i for i, char in enumerate(text) if char == ","
                  and not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit())]
        options = []
        for first, second in zip(commas, commas[1:]):
            if len(text[first + 1 : second].split()) >= MIN_CLAUSE_WORDS:
                options.append(text[:first] + text[second:])
        if commas:
            last = commas[-1]
            rest = text[last + 1 :]
            clause = rest.rstrip(".!?\"'”» ")
            ending = rest[len(clause) :].strip()  # the sentence's closing punctuation, kept
            if len(clause.split()) >= MIN_CLAUSE_WORDS and len(text[:last].split()) >= MIN_CLAUSE_WORDS:
                options.append(text[:last] + ending)
        if not options:
            continue
        changed = options[rng.randrange(len(options))]
        other = _other(side)
        removed = len(text) - len(changed)
        return _replace_sentence(document, side, index, changed, "clause", f"{removed} characters removed",
                                 (ExpectedFinding(f"partial-only-in-{other}", other, (index,)),))
    return None


MIN_UNTRANSLATED_WORDS = 6


def untranslate_sentence(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Replace a sentence of ``side`` by its counterpart in the other language (left untranslated)."""
    rng = _rng(document.doc_id, "untranslated", seed)
    for index in _candidates(document, rng):
        counterpart = getattr(document, _other(side))[index]
        if len(counterpart.split()) < MIN_UNTRANSLATED_WORDS:
            continue
        return _replace_sentence(document, side, index, counterpart, "untranslated", "",
                                 (ExpectedFinding("untranslated", side, (index,)),))
    return None


_PRONOUN_SWAPS = {
    "en": {"he": "she", "she": "he", "him": "her", "his": "her", "himself": "herself", "herself": "himself",
           "hers": "his"},
    "es": {"él": "ella", "ella": "él"},
}
# Whole words only, not parts of a hyphenated token: "Ile-His-Pro" is histidine in an amino-acid chain,
# not a pronoun (as in bilingo.rules.pronouns).
_PRONOUN = {
    "en": re.compile(r"(?<![\w-])(?:he|she|him|his|himself|herself)(?![\w-])", re.IGNORECASE),
    "es": re.compile(r"(?<![\w-])(?:él|ella)(?![\w-])", re.IGNORECASE),
}


def swap_pronouns(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Swap the gender of the third-person pronouns of one sentence of ``side`` (he -> she, él -> ella).

    Prefers a pair where both sides have an explicit pronoun (Spanish often drops it).
    """
    rng = _rng(document.doc_id, "pronoun", seed)
    both = [i for i in _candidates(document, rng)
            if _PRONOUN["en"].search(document.en[i]) and _PRONOUN["es"].search(document.es[i])]
    one = [i for i in _candidates(document, rng) if _PRONOUN[side].search(getattr(document, side)[i])]
    for index in both + one:
        text = getattr(document, side)[index]

        def swap(match: re.Match) -> str:
            word = match.group()
            new = _PRONOUN_SWAPS[side][word.lower()]
            return new.capitalize() if word[0].isupper() else new

        changed = _PRONOUN[side].sub(swap, text)
        return _replace_sentence(document, side, index, changed, "pronoun", "",
                                 _pair_expectation("pronoun-mismatch", index))
    return None


# Words turned into their opposites, each pair of opposites with its words in both languages: the edit turns a word
# of one side in a sentence pair whose other side says a word of the same pair (either one), as a translator's slip
# would (a side that says none of them gives the rule nothing to compare).
_OPPOSITE_WORDS = {
    "decision": {"en": "approved rejected approve reject approves rejects",
                 "es": "aprobó rechazó aprobaron rechazaron aprobado rechazado aprobada rechazada"},
    "change": {"en": "rose fell increased decreased increase decrease rises falls",
               "es": "subió bajó aumentó disminuyó aumentaron disminuyeron subieron bajaron aumento disminución"},
    "opening": {"en": "opened closed", "es": "abrió cerró abierto cerrado abierta cerrada abrieron cerraron"},
    "life": {"en": "alive dead survived died", "es": "vivo muerto viva muerta sobrevivió murió"},
    "arrest": {"en": "arrested released", "es": "detenido liberado detuvo liberó arrestado liberado"},
    "access": {"en": "public private", "es": "público privado pública privada públicos privados públicas privadas"},
    "obligation": {"en": "required optional mandatory optional", "es": "obligatorio opcional obligatoria opcional"},
    "law": {"en": "legal illegal", "es": "legal ilegal legales ilegales"},
    "duration": {"en": "temporary permanent", "es": "temporal permanente"},
    "share": {"en": "majority minority", "es": "mayoría minoría"},
    "result": {"en": "profit loss profits losses", "es": "ganancias pérdidas ganancia pérdida"},
}
# word -> its opposite, by language and pair of opposites (each string above lists pairs: word, opposite, word...)
_OPPOSITE_OF = {lang: {axis: {word: opposite
                              for word, opposite in zip(pairs[lang].split()[0::2], pairs[lang].split()[1::2])
                              for word, opposite in ((word, opposite), (opposite, word))}
                       for axis, pairs in _OPPOSITE_WORDS.items()}
                for lang in ("en", "es")}
_OPPOSITE_PATTERN = {lang: {axis: re.compile(r"(?<![\w-])(?:" + "|".join(sorted(set(pairs[lang].split()), key=len,
                                                                                  reverse=True)) + r")(?![\w-])",
                                               re.IGNORECASE)
                            for axis, pairs in _OPPOSITE_WORDS.items()}
                     for lang in ("en", "es")}


def turn_opposite(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Turn one word of ``side`` into its opposite ("approved" -> "rejected", "subió" -> "bajó") in a sentence pair
    whose other side says a word of the same pair of opposites."""
    rng = _rng(document.doc_id, "opposite", seed)
    other = _other(side)
    for index in _candidates(document, rng):
        text, other_text = getattr(document, side)[index], getattr(document, other)[index]
        for axis, patterns in _OPPOSITE_PATTERN[side].items():
            match = patterns.search(text)
            if match is None or not _OPPOSITE_PATTERN[other][axis].search(other_text):
                continue
            word = match.group()
            opposite = _OPPOSITE_OF[side][axis][word.lower()]
            opposite = opposite.capitalize() if word[0].isupper() else opposite
            changed = text[: match.start()] + opposite + text[match.end():]
            return _replace_sentence(document, side, index, changed, "opposite", f"{word} -> {opposite}",
                                     _pair_expectation("decision-mismatch", index))
    return None


def drop_negation(document: CorpusDocument, side: str, *, seed: int = 0) -> EditedDocument | None:
    """Remove one clausal negation of ``side`` ("did not attend" -> "did attend", "no asistió" -> "asistió") in a
    sentence pair whose two sides both say one, and which no decision or event of decision-mismatch reads."""
    rng = _rng(document.doc_id, "negation", seed)
    other = _other(side)
    for index in _candidates(document, rng):
        text, other_text = getattr(document, side)[index], getattr(document, other)[index]
        if not negation_free_of_other_rules(other_text, other):
            continue
        changed = without_negation(text, side)
        if changed is not None:
            return _replace_sentence(document, side, index, changed, "negation", text[:60],
                                     _pair_expectation("negation-mismatch", index))
    return None


def negation_free_of_other_rules(text: str, lang: str) -> bool:
    """Whether ``text`` says a clausal negation that no decision or event of decision-mismatch reads."""
    from bilingo.rules.negations import negations, read_by_other_rules

    return any(not read_by_other_rules(text, lang, negation) for negation in negations(text, lang))


_ENGLISH_NEGATION_WORD = re.compile(r"\s+not\b|n['’]t\b|\bnever\s+|\bno\s+longer\s+", re.IGNORECASE)
_ENGLISH_CONTRACTIONS = {"can't": "can", "can’t": "can", "won't": "will", "won’t": "will", "cannot": "can"}


def without_negation(text: str, lang: str) -> str | None:
    """``text`` with its first clausal negation that decision-mismatch does not read taken out, in a way that keeps
    the sentence grammatical; None when it has none. The negation must be the sentence's only one: with another
    left, a translator's paraphrase cannot be told from an edit."""
    from bilingo.rules.negations import negations, read_by_other_rules

    found = negations(text, lang)
    if len(found) != 1 or read_by_other_rules(text, lang, found[0]):
        return None
    negation = found[0]
    span = text[negation.start:negation.end]
    if lang == "es":
        first = "ni siquiera" if span.lower().startswith("ni siquiera") else span.split()[0]
        rest = text[negation.start + len(first):].lstrip()
        if negation.start == 0 or text[:negation.start].rstrip().endswith((".", "¿", "¡", '"', "«", "“")):
            rest = rest[:1].upper() + rest[1:]
        return text[:negation.start] + rest
    word = span.split()[0].lower()
    if word in _ENGLISH_CONTRACTIONS:
        replacement = _ENGLISH_CONTRACTIONS[word]
        replacement = replacement.capitalize() if span[0].isupper() else replacement
        return text[:negation.start] + replacement + text[negation.start + len(word):]
    match = _ENGLISH_NEGATION_WORD.search(span)
    if match is None:
        return None
    start, end = negation.start + match.start(), negation.start + match.end()
    rest = text[end:]
    if start == 0:
        rest = rest[:1].upper() + rest[1:]
    return text[:start] + rest


FINE_EDITS = {
    "number": change_number,
    "name": change_name,
    "clause": drop_clause,
    "untranslated": untranslate_sentence,
    "pronoun": swap_pronouns,
    "opposite": turn_opposite,
    "negation": drop_negation,
}


def make_edit(document: CorpusDocument, kind: str, side: str, donor: CorpusDocument, *, seed: int = 0,
              size: int = 1) -> EditedDocument | None:
    """Apply one edit of ``kind``; None when it does not apply to this document."""
    if kind == "drop":
        return drop_sentences(document, side, size, seed=seed) if len(document.en) > 1 else None
    if kind == "drop-paragraph":
        return drop_paragraph(document, side, seed=seed)
    if kind == "insert":
        return insert_foreign(document, donor, side, size, seed=seed) if donor.doc_id != document.doc_id else None
    if kind == "merge":
        return merge_sentences(document, side, seed=seed)
    if kind == "split":
        return split_sentence(document, side, seed=seed)
    if kind == "none":
        return untouched(document)
    return FINE_EDITS[kind](document, side, seed=seed)


def build_edit_suite(documents: list[CorpusDocument], *, seed: int = 0) -> list[EditedDocument]:
    """One edited copy per document, cycling through EDIT_KINDS and both sides.

    Deterministic for a given document list and seed. A kind that does not apply (no
    paragraphs, one sentence) falls back to dropping a sentence.
    """
    suite: list[EditedDocument] = []
    for number, document in enumerate(documents):
        kind = EDIT_KINDS[number % len(EDIT_KINDS)]
        side = ("en", "es")[(number // len(EDIT_KINDS)) % 2]
        donor = documents[(number + len(documents) // 2 + 1) % len(documents)]
        edited = make_edit(document, kind, side, donor, seed=seed,
                           size=1 + number % 3 if kind == "drop" else 1 + number % 2)
        if edited is None:
            edited = drop_sentences(document, side, 1, seed=seed)
        suite.append(edited)
    return suite


#: The benchmark's cycle of edits: untouched documents twice, so that false positives per
#: clean document are measured on a good share of the benchmark.
BENCHMARK_KINDS = ("none", "drop", "number", "insert", "name", "merge", "clause", "drop-paragraph",
                   "untranslated", "split", "pronoun", "opposite", "negation", "none")


def build_benchmark_suite(documents: list[CorpusDocument], *, seed: int = 0) -> list[EditedDocument]:
    """One edited copy per document, cycling through BENCHMARK_KINDS (every kind, both sides).

    A kind that does not apply to a document (no number in digits on both sides, no
    paragraphs...) gives way to the next kind of the cycle that does; a document where
    nothing applies is left untouched.
    """
    suite: list[EditedDocument] = []
    for number, document in enumerate(documents):
        side = ("en", "es")[(number // len(BENCHMARK_KINDS)) % 2]
        donor = documents[(number + len(documents) // 2 + 1) % len(documents)]
        edited = None
        for step in range(len(BENCHMARK_KINDS)):
            kind = BENCHMARK_KINDS[(number + step) % len(BENCHMARK_KINDS)]
            size = 1 + (number // len(BENCHMARK_KINDS)) % 3 if kind == "drop" else 1 + number % 2
            edited = make_edit(document, kind, side, donor, seed=seed, size=size)
            if edited is not None:
                break
        suite.append(edited or untouched(document))
    return suite
