"""Shared fixtures.

* ``isolated_translation_cache`` (automatic): the whole session caches translations in a
  temporary directory, never in the user's ``~/.cache/bilingo``.
* ``flores_documents``: the shared dev corpus's flores200 documents (skips when absent).
* ``tiny_marian_dir``: a tiny random MarianMT model with a real SentencePiece tokenizer,
  built once per session, so the Marian backend's loading and batching code runs for
  real without any downloaded weights.

After collection, the texts of the tests' parameters are handed to ``aligned_builder`` so that
its first Apertium call translates them all in one batch (see ``expect_translations``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLORES = SHARED / "corpus-dev" / "flores200-devtest" / "docs.jsonl"


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def pytest_collection_modifyitems(items):
    from aligned_builder import expect_translations

    expect_translations(text for item in items if hasattr(item, "callspec")
                        for value in item.callspec.params.values() for text in _texts(value))


@pytest.fixture(scope="session", autouse=True)
def isolated_translation_cache(tmp_path_factory):
    previous = os.environ.get("BILINGO_CACHE_DIR")
    os.environ["BILINGO_CACHE_DIR"] = str(tmp_path_factory.mktemp("translation-cache"))
    yield
    if previous is None:
        os.environ.pop("BILINGO_CACHE_DIR", None)
    else:
        os.environ["BILINGO_CACHE_DIR"] = previous


def read_flores() -> list[dict]:
    """The flores200 devtest documents of the shared dev corpus; skips the test when absent."""
    if not FLORES.is_file():
        pytest.skip(f"shared dev corpus not found at {FLORES}")
    with FLORES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.fixture(scope="session")
def flores_documents() -> list[dict]:
    """flores200 devtest documents (``{"doc_id", "en": [...], "es": [...]}``, en[i] translates es[i])."""
    return read_flores()


@pytest.fixture(scope="session")
def tiny_marian_dir(tmp_path_factory, flores_documents) -> Path:
    """A saved MarianMT model (about 30k parameters) and tokenizer, loadable with from_pretrained.

    The SentencePiece model (~100 unigram pieces) is trained on a few hundred real EN/ES
    flores sentences and shared by source and target; ``vocab.json`` puts ``</s>`` at 0,
    ``<unk>`` at 1 and ``<pad>`` last, as OPUS-MT models do. Weights are random but seeded
    and initialised wide (``init_std=1.0``) so different inputs decode to different outputs.
    """
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    from bilingo.translate.random_marian import build_random_marian

    sentences = [sentence for document in flores_documents[:40] for sentence in document["en"] + document["es"]]
    tiny = dict(
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=32,  # long inputs are truncated: the never-stopping decode stays cheap
        init_std=1.0,
    )
    return build_random_marian(tmp_path_factory.mktemp("tiny-marian"), sentences[:400], tiny, spm_vocab_size=100)
