"""Build a MarianMT model directory with random weights, for tests and benchmarks without a model hub.

OPUS-MT weights cannot be downloaded everywhere bilingo is developed (CI machines without
internet), yet the Marian backend's loading, batching, generation and caching code must
run for real. This writes what ``from_pretrained`` expects: a SentencePiece model trained
on the given sentences (shared by source and target), ``vocab.json`` with ``</s>`` at 0,
``<unk>`` at 1 and ``<pad>`` last as OPUS-MT has it, a model with seeded random weights,
and the tokenizer files. The tests build a tiny one; the benchmark builds one of the real
size of ``opus-mt-es-en`` (compute cost does not depend on the weights' values).

Needs the ``[marian]`` extra (torch, transformers, sentencepiece); imported only by
whoever builds a model, never by the checker.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable
from pathlib import Path


def build_random_marian(
    directory: Path,
    sentences: Iterable[str],
    config: dict,
    *,
    spm_vocab_size: int,
    vocab_size: int | None = None,
    seed: int = 0,
) -> Path:
    """Save a random-weight Marian model and its tokenizer in ``directory``; returns ``directory``.

    ``config`` holds ``MarianConfig`` arguments (layers, sizes...); the vocabulary size and
    the pad, decoder-start and end-of-sentence ids are filled in here. ``vocab_size``, when
    given, pads ``vocab.json`` with unused entries up to that many ids, so that embeddings
    and the output projection have a real model's cost.
    """
    import sentencepiece
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    model_bytes = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model_bytes,
        vocab_size=spm_vocab_size,
        model_type="unigram",
        hard_vocab_limit=False,
        minloglevel=2,
    )
    for name in ("source.spm", "target.spm"):
        (directory / name).write_bytes(model_bytes.getvalue())
    processor = sentencepiece.SentencePieceProcessor(model_proto=model_bytes.getvalue())
    vocab = {"</s>": 0, "<unk>": 1}
    for piece in (processor.id_to_piece(i) for i in range(processor.get_piece_size())):
        if piece not in vocab and piece != "<s>":
            vocab[piece] = len(vocab)
    while vocab_size is not None and len(vocab) < vocab_size - 1:
        vocab[f"<unused{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (directory / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")

    pad_id = vocab["<pad>"]
    full_config = {
        **config,
        "vocab_size": len(vocab),
        "pad_token_id": pad_id,
        "decoder_start_token_id": pad_id,
        "eos_token_id": 0,
        "forced_eos_token_id": 0,
    }
    if "decoder_vocab_size" in config:
        full_config["decoder_vocab_size"] = len(vocab)
    torch.manual_seed(seed)
    MarianMTModel(MarianConfig(**full_config)).save_pretrained(directory)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*sacremoses.*")
        tokenizer = MarianTokenizer(
            source_spm=str(directory / "source.spm"),
            target_spm=str(directory / "target.spm"),
            vocab=str(directory / "vocab.json"),
        )
    tokenizer.save_pretrained(directory)
    return directory
