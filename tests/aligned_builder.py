"""Build ``AlignedDocument``s from lists of sentences, for rule tests.

Rules look at aligned pairs; their tests should not depend on the segmenter or the
aligner. This module builds the documents rules see from sentences and an explicit
pairing, and translates the translated side with real Apertium, all documents of a
batch in one process:

* ``DocumentSpec`` says what one document is: the sentences of each side, their
  languages, the pairing (default: sentence i with sentence i), optional paragraphs.
* ``build_aligned_documents(specs)`` builds them all with one Apertium call per
  direction; ``build_aligned(...)`` is the one-document shortcut.
* ``version_from_text(path, text, sentences, lang)`` makes a ``Version`` over a real
  file's text, locating each sentence in it, so findings carry the file's offsets.

Layout of a synthesised side: sentences of one paragraph joined by a space, paragraphs
separated by a blank line; one ``Block`` per paragraph. As the pipeline does (with
``translate_to = "en"``), the side that is not English is translated into English;
same-language documents are not translated (``translated_side`` None).
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bilingo.model import AlignedDocument, AlignedPair, Block, Segment, SourceDocument, Version
from bilingo.score import similarity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev"
SEEDS = SHARED / "seeds"

APERTIUM_PAIRS = {("es", "en"): "spa-eng", ("en", "es"): "eng-spa"}

Pairing = list[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclass
class DocumentSpec:
    """One document to build: two sides as sentences, and which sentences translate which."""

    left: list[str]
    right: list[str]
    left_lang: str = "en"
    right_lang: str = "es"
    pairs: Pairing | None = None  # None: sentence i with sentence i, the rest unpaired
    left_paragraphs: list[int] | None = None  # paragraph number per sentence; None: one per sentence
    right_paragraphs: list[int] | None = None
    left_path: str = "doc.en.txt"
    right_path: str = "doc.es.txt"
    left_version: Version | None = field(default=None, repr=False)  # use these instead of synthesising
    right_version: Version | None = field(default=None, repr=False)


SENTENCE_BREAK = "."  # the line between two sentences of one Apertium process, as ``ApertiumTranslator`` writes it

# Every translation made in this test process, per direction, and the texts that the collected tests' parameters
# hold (``expect_translations``): the first translation in a direction translates them all in one process, so that
# the thousands of one-pair tests do not each start Apertium's pipeline (a tenth of a second each).
_translations: dict[tuple[str, str], dict[str, str]] = {}
_expected: set[str] = set()


def expect_translations(texts) -> None:
    """Note texts the tests will likely translate (their parameters); translated with the first batch either way."""
    _expected.update(line for line in (" ".join(text.split()) for text in texts) if any(c.isalpha() for c in line))


def apertium_translate(sentences: list[str], src: str, tgt: str) -> list[str]:
    """Each sentence's Apertium translation (``-u``), as it translates alone.

    Sentences go to Apertium as the pipeline sends them, one per line with a ``SENTENCE_BREAK`` line after each, so
    that a batch translates each line as it does alone; translations are kept for the rest of the test process.
    """
    lines = [" ".join(sentence.split()) for sentence in sentences]
    known = _translations.setdefault((src, tgt), {"": ""})
    missing = [line for line in dict.fromkeys(lines) if line not in known]
    if missing:
        if len(known) == 1:
            missing += sorted(_expected.difference(missing))
        known.update(zip(missing, _run_apertium(missing, src, tgt)))
    return [known[line] for line in lines]


def _run_apertium(lines: list[str], src: str, tgt: str) -> list[str]:
    """One Apertium process over ``lines``; line i of the answer translates line i."""
    completed = subprocess.run(
        ["apertium", "-u", APERTIUM_PAIRS[(src, tgt)]],
        input="".join(f"{line}\n{SENTENCE_BREAK}\n" for line in lines),
        capture_output=True,
        text=True,
        check=True,
    )
    output = completed.stdout.split("\n")[: 2 * len(lines)]
    if len(output) < 2 * len(lines) or any(line.strip() != SENTENCE_BREAK for line in output[1::2]):
        raise RuntimeError(f"apertium's answer is out of step with its {len(lines)} lines")
    return [line.strip() for line in output[0::2]]


def synthesise_version(path: str, sentences: list[str], lang: str, paragraphs: list[int] | None = None) -> Version:
    """A plain-text version holding ``sentences`` (see the module doc for the layout), with exact spans."""
    paragraphs = paragraphs or list(range(len(sentences)))
    parts: list[str] = []
    blocks: list[Block] = []
    segments: list[Segment] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        sentence = " ".join(sentence.split())
        new_block = index == 0 or paragraphs[index] != paragraphs[index - 1]
        if index > 0:
            separator = "\n\n" if new_block else " "
            parts.append(separator)
            offset += len(separator)
        if new_block:
            blocks.append(Block(text="", start=offset, end=offset))
        segments.append(Segment(sentence, offset, offset + len(sentence), len(blocks) - 1, lang=lang))
        parts.append(sentence)
        offset += len(sentence)
        blocks[-1].end = offset
    text = "".join(parts)
    for block in blocks:
        block.text = text[block.start : block.end]
    return Version(SourceDocument(path=path, text=text, format="text", blocks=blocks), lang, segments)


def version_from_text(path: str, text: str, sentences: list[str], lang: str) -> Version:
    """A version over a real file's ``text`` whose segments are ``sentences``, found in order.

    Blocks are the file's non-empty lines (its paragraphs). Raises ValueError when a
    sentence is not in the text.
    """
    blocks: list[Block] = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            blocks.append(Block(stripped, position, position + len(stripped)))
        position += len(line)
    segments: list[Segment] = []
    cursor = 0
    for sentence in sentences:
        start = text.find(sentence, cursor)
        if start < 0:
            raise ValueError(f"{path}: sentence not found: {sentence[:60]!r}")
        end = start + len(sentence)
        block = next(i for i, b in enumerate(blocks) if b.start <= start < b.end)
        segments.append(Segment(sentence, start, end, block, lang=lang))
        cursor = end
    return Version(SourceDocument(path=path, text=text, format="text", blocks=blocks), lang, segments)


def _translated_side(spec: DocumentSpec) -> str | None:
    if spec.left_lang == spec.right_lang:
        return None
    return "right" if spec.left_lang == "en" else "left"


def build_aligned_documents(specs: list[DocumentSpec]) -> list[AlignedDocument]:
    """Build every document of ``specs``, translating with one Apertium process per direction."""
    versions = []
    for spec in specs:
        left = spec.left_version or synthesise_version(spec.left_path, spec.left, spec.left_lang,
                                                       spec.left_paragraphs)
        right = spec.right_version or synthesise_version(spec.right_path, spec.right, spec.right_lang,
                                                         spec.right_paragraphs)
        versions.append((left, right))

    batches: dict[tuple[str, str], list[str]] = {}
    for spec, (left, right) in zip(specs, versions):
        side = _translated_side(spec)
        if side is not None:
            source, target = (left, right) if side == "left" else (right, left)
            batches.setdefault((source.lang, target.lang), []).extend(s.text for s in source.segments)
    translated = {direction: iter(apertium_translate(texts, *direction)) for direction, texts in batches.items()}

    documents = []
    for spec, (left, right) in zip(specs, versions):
        side = _translated_side(spec)
        translations: list[str] = []
        if side is not None:
            source, target = (left, right) if side == "left" else (right, left)
            stream = translated[(source.lang, target.lang)]
            translations = [next(stream) for _ in source.segments]
        pairing = spec.pairs
        if pairing is None:
            pairing = [((i,), (i,)) for i in range(min(len(left.segments), len(right.segments)))]
            pairing += [((i,), ()) for i in range(len(right.segments), len(left.segments))]
            pairing += [((), (i,)) for i in range(len(left.segments), len(right.segments))]
        pairs = [_pair(left, right, side, translations, left_indices, right_indices)
                 for left_indices, right_indices in pairing]
        documents.append(AlignedDocument(left, right, pairs, side, translations))
    return documents


def _pair(left: Version, right: Version, side: str | None, translations: list[str],
          left_indices: tuple[int, ...], right_indices: tuple[int, ...]) -> AlignedPair:
    """One bead, scored as the aligner would: chrF of the translation against the other side."""
    left_indices, right_indices = tuple(left_indices), tuple(right_indices)
    left_text = " ".join(left.segments[i].text for i in left_indices)
    right_text = " ".join(right.segments[i].text for i in right_indices)
    translation = ""
    if side == "left":
        translation = " ".join(translations[i] for i in left_indices)
        hypothesis, reference = translation, right_text
    elif side == "right":
        translation = " ".join(translations[i] for i in right_indices)
        hypothesis, reference = translation, left_text
    else:
        hypothesis, reference = right_text, left_text
    score = similarity(hypothesis, reference) if left_indices and right_indices else None
    return AlignedPair(left_indices, right_indices, score, translation)


def build_aligned(left: list[str], right: list[str], pairs: Pairing | None = None, **options) -> AlignedDocument:
    """One document: ``build_aligned_documents([DocumentSpec(left, right, pairs=pairs, **options)])[0]``."""
    return build_aligned_documents([DocumentSpec(left, right, pairs=pairs, **options)])[0]


PLAIN_PAIR = ("The festival runs all weekend.", "El festival dura todo el fin de semana.")


def aligned_pair(english: str, spanish: str) -> AlignedDocument:
    """One English sentence and its Spanish counterpart as a document, followed by a plain pair that says nothing a
    rule looks at (a document of one pair would be its own headline)."""
    return build_aligned([english, PLAIN_PAIR[0]], [spanish, PLAIN_PAIR[1]])


def corpus_records(set_name: str, limit: int | None = None) -> list[dict]:
    """The first ``limit`` documents of ``corpus-dev/<set_name>/docs.jsonl`` as dicts (en[i] translates es[i])."""
    records = []
    with open(CORPUS_DEV / set_name / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(records) >= limit:
                break
            records.append(json.loads(line))
    return records


def corpus_pair(set_name: str, doc_id: str, index: int) -> tuple[str, str]:
    """Sentence ``index`` of document ``doc_id`` of ``corpus-dev/<set_name>``, in English and in Spanish."""
    record = next(r for r in corpus_records(set_name) if r["doc_id"] == doc_id)
    return record["en"][index], record["es"][index]


def corpus_spec(record: dict, en: list[str] | None = None, es: list[str] | None = None) -> DocumentSpec:
    """A 1:1-paired spec of a corpus document, optionally with edited sentences on either side."""
    paragraphs = record.get("paragraph")
    return DocumentSpec(
        list(en if en is not None else record["en"]),
        list(es if es is not None else record["es"]),
        left_paragraphs=paragraphs,
        right_paragraphs=paragraphs,
        left_path=f"{record['doc_id']}.en.txt",
        right_path=f"{record['doc_id']}.es.txt",
    )


CORPUS_SETS = ("flores200-devtest", "wmt-newstest-2008-2010", "tico19")


def original_records() -> list[dict]:
    """The corpus documents first written in English or Spanish (443: one side of each is the original, the other its
    translation), the faithful pairs the rules' false positives are measured on."""
    return [record for set_name in CORPUS_SETS for record in corpus_records(set_name)
            if record.get("origlang") in ("en", "es")]


@lru_cache(maxsize=1)
def original_documents() -> tuple[AlignedDocument, ...]:
    """``original_records`` aligned 1:1 and translated in one batch, once per test session (several rules measure
    their false positives on them)."""
    return tuple(build_aligned_documents([corpus_spec(record) for record in original_records()]))


def original_sentence_pairs() -> list[tuple[str, str]]:
    """The (English, Spanish) sentence pairs of ``original_records`` (6,569)."""
    return [pair for record in original_records() for pair in zip(record["en"], record["es"])]


def contrast_measure(find, differ, swapped_words: dict[str, str]) -> tuple[int, int, int, int]:
    """How a rule that reads one kind of word on each side (``findings.contrast_findings``: ``find(text, lang)`` and
    ``differ(kinds, other_kinds)``) fares on the dev corpus's sentence pairs: (pairs whose two sides both say such a
    word, of them those it finds different, pairs whose first Spanish word ``swapped_words`` turns into another,
    of them those it finds different then). The corpus's translations are faithful: the second count should be 0,
    the fourth near the third."""
    def kinds(text: str, lang: str) -> Counter:
        return Counter(kind for kind, _, _ in find(text, lang))

    compared = disagreeing = swapped = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english = kinds(en, "en")
                if not english:
                    continue
                spanish = kinds(es, "es")
                if not spanish:
                    continue
                compared += 1
                disagreeing += bool(differ(spanish, english))
                _, start, end = find(es, "es")[0]
                if es[start:end] in swapped_words:
                    swapped += 1
                    found += bool(differ(kinds(es[:start] + swapped_words[es[start:end]] + es[end:], "es"), english))
    return compared, disagreeing, swapped, found


@lru_cache(maxsize=8)
def clean_corpus_documents(set_name: str, limit: int) -> tuple[AlignedDocument, ...]:
    """The first ``limit`` untouched documents of a corpus-dev set, aligned 1:1, translated in one batch.

    Cached for the test session: several rules' tests measure false positives on the same documents.
    """
    return tuple(build_aligned_documents([corpus_spec(record) for record in corpus_records(set_name, limit)]))
