"""Real parallel news with known edits, for the tests: the package's edits plus test-side assembly.

The edits themselves (``drop``, ``insert``, ``merge``, ``split``, the fine edits...) and
the corpus loader live in ``bilingo.evaluation.perturb``, the single implementation that
``bilingo eval`` uses too; they are re-exported here under their old names. What stays
here is how tests assemble an ``AlignedDocument`` without the segmenter: Apertium in one
batch (``apertium_translate``, ``translate_suite``), a plain-text document with exact
spans (``source_document``), the pipeline's alignment (``aligned_document``) and
``flagged_indices``.
"""

from __future__ import annotations

import aligned_builder
from bilingo.evaluation.perturb import (  # noqa: F401 - re-exported for the tests
    CORPUS_DEV,
    EDIT_KINDS,
    SEEDS,
    SHARED,
    CorpusDocument,
    Edit,
    EditedDocument,
    build_edit_suite,
    corpus_available,
    drop_paragraph,
    drop_sentences,
    insert_foreign,
    load_documents,
    merge_sentences,
    split_sentence,
    untouched,
)


def apertium_translate(sentences: list[str], pair: str = "spa-eng") -> list[str]:
    """Translate sentences with Apertium, each as it translates alone (``aligned_builder.apertium_translate``)."""
    source, target = {"spa-eng": ("es", "en"), "eng-spa": ("en", "es")}[pair]
    return aligned_builder.apertium_translate(sentences, source, target)


def translate_suite(suite: list[EditedDocument]) -> list[list[str]]:
    """Apertium es->en of every document's Spanish side, in a single batch."""
    flat = [sentence for edited in suite for sentence in edited.es]
    translated = apertium_translate(flat)
    result, position = [], 0
    for edited in suite:
        result.append(translated[position : position + len(edited.es)])
        position += len(edited.es)
    return result


def source_document(path: str, sentences: list[str], paragraph: list[int] | None = None):
    """A plain-text SourceDocument holding ``sentences``, one paragraph per line, and its segments.

    Sentences of one paragraph are joined by a space; paragraphs by a blank line.
    Returns (SourceDocument, list[Segment]) with exact spans.
    """
    from bilingo.model import Block, Segment, SourceDocument

    paragraph = paragraph or list(range(len(sentences)))
    text_parts: list[str] = []
    blocks: list[Block] = []
    segments: list[Segment] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        sentence = " ".join(sentence.split())
        new_block = index == 0 or paragraph[index] != paragraph[index - 1]
        if index > 0:
            separator = "\n\n" if new_block else " "
            text_parts.append(separator)
            offset += len(separator)
        if new_block:
            blocks.append(Block(text="", start=offset, end=offset))
        block = blocks[-1]
        segments.append(Segment(sentence, offset, offset + len(sentence), len(blocks) - 1))
        text_parts.append(sentence)
        offset += len(sentence)
        block.end = offset
    text = "".join(text_parts)
    for block in blocks:
        block.text = text[block.start : block.end]
    return SourceDocument(path=path, text=text, format="text", blocks=blocks), segments


def aligned_document(edited: EditedDocument, translations_es: list[str], settings):
    """Align ``edited`` as the pipeline does (Spanish translated into English) and wrap it.

    Left = English version, right = Spanish version, ``translated_side`` = "right".
    """
    from bilingo.align import align
    from bilingo.model import AlignedDocument, AlignedPair, Version

    en_source, en_segments = source_document(f"{edited.doc_id}.en.txt", edited.en, edited.paragraph_en)
    es_source, es_segments = source_document(f"{edited.doc_id}.es.txt", edited.es, edited.paragraph_es)
    for segment in en_segments:
        segment.lang = "en"
    for segment in es_segments:
        segment.lang = "es"
    beads = align(translations_es, [s.text for s in en_segments], settings)
    pairs = [
        AlignedPair(left=en_indices, right=es_indices, score=score,
                    translation=" ".join(translations_es[i] for i in es_indices))
        for es_indices, en_indices, score in beads
    ]
    return AlignedDocument(
        left=Version(en_source, "en", en_segments),
        right=Version(es_source, "es", es_segments),
        pairs=pairs,
        translated_side="right",
        translations=translations_es,
    )


def flagged_indices(findings, rule: str) -> set[int]:
    """Segment indices covered by ``rule``'s findings (from ``evidence["segments"]``)."""
    return {index for finding in findings if finding.rule == rule for index in finding.evidence["segments"]}
