"""The Marian backend, run for real on a tiny random MarianMT model (no downloaded weights).

The model's output is gibberish, but it is a deterministic function of the input, which
is all that batching, ordering and loading need to be checked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from bilingo.settings import Settings
from bilingo.translate import TranslatorError
from bilingo.translate.marian import (
    MarianTranslator,
    create,
    marian_available,
    model_for_direction,
)

pytest.importorskip("transformers")


@pytest.fixture(scope="module", autouse=True)
def single_torch_thread():
    """One intra-op thread: for a 30k-parameter model, thread hand-offs cost more than the
    arithmetic, and on a busy CI machine they make decoding 30x slower."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture
def empty_hub_cache(monkeypatch, tmp_path):
    """A Hugging Face cache with nothing in it, whatever this machine has downloaded."""
    import huggingface_hub.constants

    cache = tmp_path / "empty-hub-cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.delenv("BILINGO_ALLOW_DOWNLOAD", raising=False)
    return cache


@pytest.fixture(scope="module")
def marian(tiny_marian_dir):
    return create(Settings(translator="marian", model=str(tiny_marian_dir)))


@pytest.fixture(scope="module")
def mixed_sentences(flores_documents) -> list[str]:
    """Real Spanish and English sentences, short and long, in no particular length order."""
    spanish = [sentence for document in flores_documents[60:] for sentence in document["es"]]
    english = [sentence for document in flores_documents[60:] for sentence in document["en"]]
    by_length = sorted(spanish[:40], key=len)
    return [by_length[0], by_length[-1], english[0], by_length[5], "Hola.", by_length[-2], english[3], by_length[20]]


def test_create_loads_the_local_model(marian, tiny_marian_dir):
    assert marian.name == "marian"
    assert marian.model == str(tiny_marian_dir.resolve())


def test_one_output_per_input_and_blank_inputs_stay_blank(marian, mixed_sentences):
    texts = ["", *mixed_sentences, "   "]
    translations = marian.translate(texts, "es", "en")
    assert len(translations) == len(texts)
    assert translations[0] == translations[-1] == ""
    assert all(isinstance(translation, str) for translation in translations)
    assert marian.translate([], "es", "en") == []


def test_input_order_is_restored(marian, mixed_sentences):
    translations = marian.translate(mixed_sentences, "es", "en")
    assert len(set(translations)) > 1, "the tiny model should tell these sentences apart"
    reversed_translations = marian.translate(list(reversed(mixed_sentences)), "es", "en")
    assert reversed_translations == list(reversed(translations))
    a, b = mixed_sentences[0], mixed_sentences[1]
    first, second = marian.translate([a, b], "es", "en")
    assert first != second
    assert marian.translate([b, a], "es", "en") == [second, first]
    assert marian.translate([a, a], "es", "en") == [first, first]


def test_small_batches_give_the_same_translations_as_one_batch(tiny_marian_dir, mixed_sentences):
    one_batch = MarianTranslator(str(tiny_marian_dir), batch_size=64, num_beams=1)
    small_batches = MarianTranslator(str(tiny_marian_dir), batch_size=3, num_beams=1)
    assert small_batches.translate(mixed_sentences, "es", "en") == one_batch.translate(mixed_sentences, "es", "en")


def test_newlines_inside_a_text_do_not_change_its_translation(marian):
    assert marian.translate(["El presidente\nfirmó la ley."], "es", "en") == marian.translate(
        ["El presidente firmó la ley."], "es", "en"
    )


def test_nonexistent_model_directory_is_a_translator_error(tmp_path):
    with pytest.raises(TranslatorError, match="does not exist"):
        create(Settings(translator="marian", model=str(tmp_path / "no-such-model")))


def test_directory_without_config_is_a_translator_error(tmp_path):
    with pytest.raises(TranslatorError, match="has no config.json"):
        create(Settings(translator="marian", model=str(tmp_path)))


def test_corrupt_weights_are_a_translator_error(tiny_marian_dir, tmp_path):
    broken = tmp_path / "broken-model"
    shutil.copytree(tiny_marian_dir, broken)
    weights = broken / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 3])
    translator = create(Settings(translator="marian", model=str(broken)))  # weights load on first use
    with pytest.raises(TranslatorError, match="cannot load Marian model"):
        translator.translate(["El presidente firmó la ley."], "es", "en")
    weights.unlink()  # a broken model is not loaded again for every document of a batch
    with pytest.raises(TranslatorError, match="cannot load Marian model"):
        translator.translate(["La alcaldesa dimitió."], "es", "en")


def test_uncached_hub_model_fails_fast_offline(monkeypatch, empty_hub_cache):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(TranslatorError, match=r"'Helsinki-NLP/opus-mt-es-en' is not available offline.*--model"):
        create(Settings(translator="marian"))
    with pytest.raises(TranslatorError, match=r"'Helsinki-NLP/opus-mt-en-es' is not available offline"):
        create(Settings(translator="marian", translate_to="es"))


def test_models_resolve_per_direction():
    assert model_for_direction(None, "es", "en") == "Helsinki-NLP/opus-mt-es-en"
    assert model_for_direction(None, "en", "es") == "Helsinki-NLP/opus-mt-en-es"
    assert model_for_direction("/models/opus-mt-{src}-{tgt}", "en", "es") == "/models/opus-mt-en-es"
    assert model_for_direction("es-en=/m/a,en-es=org/b", "en", "es") == "org/b"
    assert model_for_direction("/models/mine", "en", "es") == "/models/mine"
    with pytest.raises(TranslatorError, match="names no Marian model for en-es"):
        model_for_direction("es-en=/m/a", "en", "es")


def test_availability_needs_weights_here(tiny_marian_dir, tmp_path, monkeypatch, empty_hub_cache):
    assert marian_available(Settings(model=str(tiny_marian_dir)))
    assert marian_available(Settings(model=f"es-en={tiny_marian_dir}"))
    assert not marian_available(Settings(model=f"en-es={tiny_marian_dir}"))
    assert not marian_available(Settings(model=str(tmp_path / "missing")))
    assert not marian_available(Settings())  # hub model, not in the (empty) cache
    monkeypatch.setenv("BILINGO_ALLOW_DOWNLOAD", "1")
    assert marian_available(Settings())
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert not marian_available(Settings())


OUT_OF_MEMORY_RUN = """
import os, resource, sys
from bilingo.translate import TranslatorError
from bilingo.translate.marian import MarianTranslator

translator = MarianTranslator(sys.argv[1], batch_size=100_000, num_beams=4)
translator.translate(["Hola."], "es", "en")  # the model is loaded before memory is capped
used = int(open("/proc/self/statm").read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
resource.setrlimit(resource.RLIMIT_AS, (used + 200 * 2**20, resource.RLIM_INFINITY))
sentences = [line for line in open(sys.argv[2], encoding="utf-8").read().splitlines() if line]
try:
    translator.translate(sentences * (50_000 // len(sentences)), "es", "en")
except TranslatorError as error:
    print(error)
"""


def test_running_out_of_memory_is_a_translator_error_that_says_what_to_do(tiny_marian_dir, flores_documents, tmp_path):
    """A real allocation failure: the process's memory is capped, then a batch too big for it is translated."""
    sentences = tmp_path / "spanish.txt"
    sentences.write_text("\n".join(flores_documents[0]["es"]), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", OUT_OF_MEMORY_RUN, str(tiny_marian_dir), str(sentences)],
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == (
        "Marian ran out of memory on the CPU (batch size 100000); set a smaller marian-batch-size in the config, "
        "or free memory"
    )
