"""Marian speed at the real size of ``Helsinki-NLP/opus-mt-es-en``, without its weights.

Model hubs are unreachable here, so this builds a MarianMT model with the published
configuration of opus-mt-es-en (6 encoder + 6 decoder layers, d_model 512, 8 heads,
FFN 2048, swish, 65,001-entry vocabulary, static sinusoidal positions, tied embeddings,
about 77 M parameters) and random weights, plus a real SentencePiece tokenizer trained
on the fly on the shared dev corpus. The compute cost of a forward pass does not depend
on the weights' values; what random weights change is *when decoding stops*, so every
decode here is forced to a fixed output length: ``min_new_tokens = max_new_tokens =
ceil(1.2 × source tokens)`` of the longest source in the batch (batches are sorted by
length, as the backend does). 1.2 is about the EN/ES length ratio in tokens.

Measured, with ``torch.set_num_threads(2)`` on CPU:

* the decoding grid: sentences/s for greedy, beam 2 and beam 4 at batch sizes 8/16/32;
* bilingo's own backend (``MarianTranslator`` loading the saved model directory, its
  default beam and batch size) on the same sentences, with the same forced length;
* a whole check (the demo article; and 30 tico19 sentences) against the backend alone on the same
  sentences: the non-translation share with Marian;
* model load time and peak resident memory.

    .venv/bin/python bench/bench_marian.py [--quick]

Writes ``bench/results/marian.json``.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

from common import DEMO_PATHS, clear_memo_caches, load_corpus, log, machine, peak_rss_mib, write_result

# The published configuration of Helsinki-NLP/opus-mt-es-en (its config.json).
OPUS_MT_ES_EN = dict(
    vocab_size=65001,
    decoder_vocab_size=65001,
    d_model=512,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=8,
    decoder_attention_heads=8,
    encoder_ffn_dim=2048,
    decoder_ffn_dim=2048,
    activation_function="swish",
    max_position_embeddings=512,
    scale_embedding=True,
    static_position_embeddings=True,
    share_encoder_decoder_embeddings=True,
    tie_word_embeddings=True,
    pad_token_id=65000,
    decoder_start_token_id=65000,
    eos_token_id=0,
    forced_eos_token_id=0,
)
OUTPUT_RATIO = 1.2
THREADS = 2


def news_sentences(count: int) -> list[str]:
    """Real Spanish news sentences (WMT newstest body text), the text bilingo translates."""
    sentences = []
    for document in load_corpus("wmt-newstest-2008-2010"):
        headings = document.get("heading") or [False] * len(document["es"])
        sentences.extend(text for text, heading in zip(document["es"], headings) if not heading and len(text.split()) >= 4)
    # Every k-th sentence: a spread of lengths and documents rather than the first article.
    step = max(1, len(sentences) // count)
    return sentences[::step][:count]


def training_sentences() -> list[str]:
    documents = load_corpus("wmt-newstest-2008-2010") + load_corpus("flores200-devtest")
    return [sentence for document in documents for sentence in document["en"] + document["es"]]


def build_real_size_model(directory: Path, spm_vocab_size: int = 8000) -> Path:
    """Save an opus-mt-es-en-sized MarianMT model (random weights) and a trained tokenizer in ``directory``.

    The tokenizer's SentencePiece model has ``spm_vocab_size`` pieces; ``vocab.json`` is
    padded with unused entries to the model's 65,001 so that embedding and output
    projection have their real cost, with ``<pad>`` at 65,000 as in OPUS-MT.
    """
    from bilingo.translate.random_marian import build_random_marian

    config = {key: value for key, value in OPUS_MT_ES_EN.items() if not key.endswith("_token_id")}
    return build_random_marian(directory, training_sentences(), config, spm_vocab_size=spm_vocab_size,
                               vocab_size=OPUS_MT_ES_EN["vocab_size"])


def forced_length(source_tokens: int) -> int:
    return math.ceil(OUTPUT_RATIO * source_tokens)


def decode_fixed_length(
    model, tokenizer, sentences: list[str], *, num_beams: int, batch_size: int, repeats: int = 1
) -> dict:
    """Translate ``sentences`` in length-sorted batches, each forced to ``forced_length`` new tokens.

    The best of ``repeats`` runs is kept: on a shared machine the slower runs measure the neighbours.
    """
    import torch

    ordered = sorted(sentences, key=len, reverse=True)
    runs = []
    for _ in range(repeats):
        source_tokens = output_tokens = 0
        began = time.perf_counter()
        with torch.inference_mode():
            for start in range(0, len(ordered), batch_size):
                batch = tokenizer(ordered[start : start + batch_size], return_tensors="pt", padding=True)
                lengths = batch["attention_mask"].sum(dim=1)
                new_tokens = forced_length(int(lengths.max()))
                generated = model.generate(
                    **batch,
                    num_beams=num_beams,
                    do_sample=False,
                    min_new_tokens=new_tokens,
                    max_new_tokens=new_tokens,
                )
                source_tokens += int(lengths.sum())
                # Rows that would have stopped earlier still ride along until the batch's last step.
                output_tokens += (generated.shape[1] - 1) * generated.shape[0]
        runs.append(time.perf_counter() - began)
    seconds = min(runs)
    return {
        "num_beams": num_beams,
        "batch_size": batch_size,
        "sentences": len(sentences),
        "seconds": round(seconds, 3),
        "sentences_per_s": round(len(sentences) / seconds, 2),
        "output_tokens_per_s": round(output_tokens / seconds, 1),
        "mean_source_tokens": round(source_tokens / len(sentences), 1),
        "mean_decoded_tokens": round(output_tokens / len(sentences), 1),
        "runs_seconds": [round(run, 3) for run in runs],
    }


@contextmanager
def forced_length_backend(model_directory: Path):
    """bilingo's ``MarianTranslator`` (default beam and batch size on CPU) on the saved model, loaded, with every
    decode forced to ``forced_length``: random weights never choose to stop, so the backend's output limit is
    ``ceil(1.2 × source tokens)`` and end-of-sentence is suppressed until it. Yields (translator, load seconds)."""
    import bilingo.translate.marian as marian

    translator = marian.MarianTranslator(str(model_directory), device="cpu")
    began = time.perf_counter()
    translator.load("es", "en")
    load_seconds = time.perf_counter() - began
    _, model, _ = translator._loaded[("es", "en")]
    model.generation_config.min_new_tokens = OPUS_MT_ES_EN["max_position_embeddings"]  # never stop early

    default_limit = marian.output_limit
    marian.output_limit = lambda input_tokens, max_tokens: min(max_tokens, forced_length(input_tokens))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            translator.translate(sentences_for_set_up(), "es", "en")  # first-call set-up, not counted
            yield translator, load_seconds
    finally:
        marian.output_limit = default_limit


def sentences_for_set_up() -> list[str]:
    return ["Hola.", "El Gobierno anunció ayer nuevas medidas."]


def measure_backend(model_directory: Path, sentences: list[str], repeats: int = 1) -> dict:
    """bilingo's ``MarianTranslator`` with the same forced output length as the grid."""
    with forced_length_backend(model_directory) as (translator, load_seconds):
        runs = []
        for _ in range(repeats):
            began = time.perf_counter()
            translations = translator.translate(sentences, "es", "en")
            runs.append(time.perf_counter() - began)
        seconds = min(runs)
    assert len(translations) == len(sentences)
    return {
        "num_beams": translator.num_beams or 2,
        "batch_size": translator.batch_size,
        "sentences": len(sentences),
        "load_seconds": round(load_seconds, 2),
        "seconds": round(seconds, 3),
        "sentences_per_s": round(len(sentences) / seconds, 2),
        "runs_seconds": [round(run, 3) for run in runs],
    }


def measure_check_share(model_directory: Path, documents: list[tuple[str, list[str]]]) -> list[dict]:
    """A whole check with the Marian backend against Marian alone on the same sentences, per document: the
    pipeline benchmark's non-translation share, for the design card's translator (Apertium is about 300 times
    faster on these 2 cores, which is why bilingo's own work weighs so much more beside it).

    The translations of random weights are gibberish, so the check finds little alignment; bilingo's work on
    them is still all its stages' (reading, language id, the rules' preparation, scoring, alignment, the rules).
    """
    from bilingo.check import check_paths, garbage_collector
    from bilingo.settings import Settings
    from bench_pipeline import translated_side

    garbage_collector.freeze_survivors = True
    settings = Settings(translator="marian", model=str(model_directory), cache=False, device="cpu")
    results = []
    with forced_length_backend(model_directory) as (translator, _):
        for name, paths in documents:
            clear_memo_caches()
            began = time.perf_counter()
            report = check_paths(paths, settings, translator)
            total = time.perf_counter() - began
            texts, src, tgt = translated_side(report)
            began = time.perf_counter()
            translator.translate(texts, src, tgt)
            alone = time.perf_counter() - began
            results.append({
                "name": name,
                "translated_sentences": len(texts),
                "total_s": round(total, 3),
                "translator_alone_s": round(alone, 3),
                "non_translation_share": round(max(0.0, total - alone) / total, 4),
                "outside_translate_stage_s": round(total - report.timings.get("translate", 0.0), 3),
                "stages_s": dict(report.timings),
            })
            log(f"check with Marian, {name}: {total:.2f} s, Marian alone {alone:.2f} s")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one batch size, greedy and beam 2, fewer sentences")
    parser.add_argument("--repeats", type=int, default=None, help="runs per configuration, best kept (default 2, quick 1)")
    arguments = parser.parse_args()

    import torch

    torch.set_num_threads(THREADS)
    from transformers import MarianMTModel, MarianTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    count = 16 if arguments.quick else 32
    beams = (1, 2) if arguments.quick else (1, 2, 4)
    batch_sizes = (16,) if arguments.quick else (8, 16, 32)
    repeats = arguments.repeats or (1 if arguments.quick else 2)
    sentences = news_sentences(count)
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="bilingo-bench-marian-") as temporary:
        directory = Path(temporary)
        log("building an opus-mt-es-en-sized model with random weights and training a tokenizer")
        began = time.perf_counter()
        build_real_size_model(directory)
        build_seconds = time.perf_counter() - began
        size_mib = sum(path.stat().st_size for path in directory.iterdir()) / 2**20

        began = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tokenizer = MarianTokenizer.from_pretrained(directory)
            model = MarianMTModel.from_pretrained(directory).eval()
        load_seconds = time.perf_counter() - began
        parameters = sum(parameter.numel() for parameter in model.parameters())
        decode_fixed_length(model, tokenizer, sentences[:2], num_beams=1, batch_size=2)  # warm-up

        grid = []
        for num_beams in beams:
            for batch_size in batch_sizes:
                result = decode_fixed_length(
                    model, tokenizer, sentences, num_beams=num_beams, batch_size=batch_size, repeats=repeats
                )
                log(f"beam {num_beams} batch {batch_size}: {result['sentences_per_s']} sentences/s")
                grid.append(result)
        del model
        backend = measure_backend(directory, sentences, repeats)
        log(f"MarianTranslator (beam {backend['num_beams']}, batch {backend['batch_size']}): "
            f"{backend['sentences_per_s']} sentences/s")
        from bench_pipeline import tico_sentence_pairs, write_article

        check_documents = [("demo article", DEMO_PATHS)]
        if not arguments.quick:
            articles = directory / "articles"
            articles.mkdir()
            thirty = write_article(articles, "tico19-30", tico_sentence_pairs()[:30])
            check_documents.append(("tico19 30 sentences", thirty))
        check_share = measure_check_share(directory, check_documents)

    write_result(
        "marian",
        {
            "benchmark": "marian",
            "quick": arguments.quick,
            "machine": machine(),
            "torch_threads": THREADS,
            "repeats": repeats,
            "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
            "model": {
                "config": "opus-mt-es-en (random weights)",
                "parameters": parameters,
                "files_mib": round(size_mib, 1),
                "tokenizer_pieces": len(tokenizer.spm_source),
                "build_seconds": round(build_seconds, 1),
                "load_seconds": round(load_seconds, 2),
            },
            "output_length": f"min_new_tokens = max_new_tokens = ceil({OUTPUT_RATIO} x longest source in batch)",
            "sentences_source": "wmt-newstest-2008-2010 Spanish body sentences (every k-th)",
            "grid": grid,
            "backend": backend,
            "check_share": check_share,
            "peak_rss_mib": peak_rss_mib(),
        },
    )


if __name__ == "__main__":
    main()
