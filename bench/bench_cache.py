"""Cold versus warm caches (translations, and whole document results): a batch run over a content tree.

The tree holds ~20 articles (10 flores200 and 10 WMT newstest documents from the
shared dev corpus) as ``<slug>/story.en.md`` + ``<slug>/story.es.md`` pairs, written to
a temporary directory. With Apertium:

* CLI: ``python -m bilingo check TREE --translator apertium --cache-dir X -q --format
  json`` with an empty cache directory (cold), then again with the same one (warm: every
  document comes from the result cache); then again after deleting ``X/results`` before
  each run (warm translations only: what the translation cache alone saves). Wall time is
  ``time.perf_counter`` around the subprocess, so it includes Python start-up and
  imports (measured apart as ``python -c "import bilingo.cli"``). A ``--no-cache`` run is
  the reference for what the caches cost when cold. The warm report must equal the cold
  one but for timings and ``cached`` flags, or the benchmark fails.
* In process: ``check_documents`` cold (both caches empty), warm with the translation
  cache only, and warm with the result cache, with the per-stage timings of every
  document summed.

With Marian (an opus-mt-es-en-sized model with random weights, decoding forced to
1.2 × source tokens, see ``bench_marian.py``; skipped with ``--quick``): the demo
article checked in process, cold then warm.

The CI issue asks for warm ≥ 10× faster than cold.

    .venv/bin/python bench/bench_cache.py [--quick]

Writes ``bench/results/cache.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEMO_PATHS, REPO, clear_memo_caches, load_corpus, log, machine, peak_rss_mib, write_result

from bilingo.result_cache import RESULTS_DIRNAME, ResultCache

FLORES_DOCUMENTS = 10
WMT_DOCUMENTS = 10
LARGE_WMT_DOCUMENTS = 100  # a second tree, a newsroom's batch: the run's fixed costs weigh less there
REQUIRED_SPEED_UP = 10.0


# --- the content tree ------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[-60:]


def markdown(sentences: list[str], paragraph: list[int] | None, heading: list[bool] | None) -> str:
    """Sentences as Markdown: WMT's paragraph and heading marks when given, else one paragraph."""
    paragraph = paragraph or [0] * len(sentences)
    heading = heading or [False] * len(sentences)
    blocks: list[str] = []
    current: list[str] = []
    for index, sentence in enumerate(sentences):
        if heading[index]:
            if current:
                blocks.append(" ".join(current))
                current = []
            blocks.append("# " + sentence)
            continue
        if current and paragraph[index] != paragraph[index - 1]:
            blocks.append(" ".join(current))
            current = []
        current.append(sentence)
    if current:
        blocks.append(" ".join(current))
    return "\n\n".join(blocks) + "\n"


def write_content_tree(root: Path, flores_documents: int = FLORES_DOCUMENTS,
                       wmt_documents: int = WMT_DOCUMENTS) -> tuple[int, int]:
    """Write the articles under ``root``; returns (documents, sentences per side in all)."""
    flores = [document for document in load_corpus("flores200-devtest") if len(document["en"]) >= 4]
    flores = flores[:flores_documents]
    wmt = [document for document in load_corpus("wmt-newstest-2008-2010") if 10 <= len(document["en"]) <= 40]
    wmt = wmt[:wmt_documents]
    sentences = 0
    for index, document in enumerate(flores + wmt):
        folder = root / f"{index:02d}-{slug(document['doc_id'])}"
        folder.mkdir(parents=True)
        for lang in ("en", "es"):
            text = markdown(document[lang], document.get("paragraph"), document.get("heading"))
            (folder / f"story.{lang}.md").write_text(text, encoding="utf-8")
        sentences += len(document["en"])
    return len(flores) + len(wmt), sentences


# --- through the CLI -------------------------------------------------------------------------


def timed_command(command: list[str], environment: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """Wall seconds of ``command``, run as a user's shell runs it: Python writes and reuses its bytecode
    (PYTHONDONTWRITEBYTECODE, which some sandboxes set, is dropped; the untimed runs before write it)."""
    if environment is None:
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    began = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=environment)
    return time.perf_counter() - began, completed


def cli_check(tree: Path, *extra: str) -> tuple[float, dict]:
    """Wall seconds and JSON report of one ``bilingo check`` over ``tree``; exits on anything but 0 or 1."""
    command = [sys.executable, "-m", "bilingo", "check", str(tree), "--translator", "apertium", "-q",
               "--format", "json", *extra]
    seconds, completed = timed_command(command)
    if completed.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} exited {completed.returncode}:\n{completed.stderr[-2000:]}")
    return seconds, json.loads(completed.stdout)


def without_timings(report: dict) -> dict:
    """The report with what a cache hit may change removed: per-document timings and the cached flag."""
    documents = [{key: value for key, value in document.items() if key not in ("timings", "cached")}
                 for document in report["documents"]]
    return {**report, "documents": documents}


def measure_cli(tree: Path, scratch: Path, cold_runs: int, warm_runs: int) -> dict:
    timed_command([sys.executable, "-m", "bilingo", "rules"])  # bytecode written, not counted
    start_up = min(timed_command([sys.executable, "-c", "import bilingo.cli"])[0] for _ in range(3))
    no_cache, reference = cli_check(tree, "--no-cache")
    cold, warm, translations_only = [], [], []
    for run in range(cold_runs):
        cache_dir = scratch / f"cli-cache-{run}"
        seconds, cold_report = cli_check(tree, "--cache-dir", str(cache_dir))
        cold.append(seconds)
    for _ in range(warm_runs):
        seconds, warm_report = cli_check(tree, "--cache-dir", str(cache_dir))
        warm.append(seconds)
    cached = sum(document["cached"] for document in warm_report["documents"])
    if cached != len(warm_report["documents"]):
        sys.exit(f"bench: only {cached} of {len(warm_report['documents'])} documents came from the result cache")
    if not without_timings(warm_report) == without_timings(cold_report) == without_timings(reference):
        sys.exit("bench: the warm report differs from the cold one (beyond timings)")
    for _ in range(warm_runs):
        shutil.rmtree(cache_dir / RESULTS_DIRNAME)
        seconds, translated_report = cli_check(tree, "--cache-dir", str(cache_dir))
        translations_only.append(seconds)
    if without_timings(translated_report) != without_timings(cold_report):
        sys.exit("bench: the report with warm translations differs from the cold one (beyond timings)")
    return {
        "python_import_bilingo_cli_s": round(start_up, 3),
        "no_cache_s": round(no_cache, 3),
        "cold_s": round(min(cold), 3),
        "warm_s": round(min(warm), 3),
        "warm_translations_only_s": round(min(translations_only), 3),
        "runs_cold_s": [round(value, 3) for value in cold],
        "runs_warm_s": [round(value, 3) for value in warm],
        "runs_warm_translations_only_s": [round(value, 3) for value in translations_only],
        "warm_documents_from_result_cache": cached,
        "warm_report_equals_cold_report": True,  # checked above, beyond timings and cached flags
        "warm_speed_up": round(min(cold) / min(warm), 2),
        "warm_speed_up_without_start_up": round((min(cold) - start_up) / max(1e-9, min(warm) - start_up), 2),
        "warm_translations_only_speed_up": round(min(cold) / min(translations_only), 2),
    }


# --- in process ------------------------------------------------------------------------------


def summed_stages(reports) -> dict[str, float]:
    totals: dict[str, float] = {}
    for report in reports:
        for stage, seconds in report.timings.items():
            totals[stage] = totals.get(stage, 0.0) + seconds
    return {stage: round(seconds, 4) for stage, seconds in totals.items()}


def in_process_run(documents: list[list[str]], settings, translator, results=None) -> dict:
    from bilingo.check import check_documents

    clear_memo_caches()  # warm means the caches on disk only, not per-text memos from the last run
    began = time.perf_counter()
    reports = check_documents(documents, settings, translator, results=results)
    seconds = time.perf_counter() - began
    errors = [report.error for report in reports if report.error]
    if errors:
        sys.exit(f"bench: documents failed: {errors[:3]}")
    return {"seconds": round(seconds, 4), "stages_s": summed_stages(reports),
            "cache_hits": getattr(translator, "hits", None), "cache_misses": getattr(translator, "misses", None),
            "result_cache_hits": getattr(results, "hits", None)}


def measure_in_process(tree: Path, scratch: Path, warm_runs: int) -> dict:
    from bilingo.check import garbage_collector
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    garbage_collector.freeze_survivors = True  # as the CLI runs checks
    documents = sorted([str(folder / "story.en.md"), str(folder / "story.es.md")] for folder in tree.iterdir())
    settings = Settings(translator="apertium", cache_dir=str(scratch / "in-process-cache"))
    in_process_run(documents[:1], Settings(translator="apertium", cache=False), create_translator(
        Settings(translator="apertium", cache=False)))  # imports and the language-id model, not counted
    cold = in_process_run(documents, settings, create_translator(settings), ResultCache(settings.cache_dir))
    warm_translations = min(
        (in_process_run(documents, settings, create_translator(settings)) for _ in range(warm_runs)),
        key=lambda run: run["seconds"],
    )
    warm_results = min(
        (in_process_run(documents, settings, create_translator(settings), ResultCache(settings.cache_dir))
         for _ in range(warm_runs)),
        key=lambda run: run["seconds"],
    )
    return {
        "documents": len(documents),
        "cold": cold,
        "warm_translation_cache": warm_translations,
        "warm_result_cache": warm_results,
        "warm_translation_cache_speed_up": round(cold["seconds"] / warm_translations["seconds"], 2),
        "warm_result_cache_speed_up": round(cold["seconds"] / warm_results["seconds"], 1),
        "translate_stage_speed_up": round(
            cold["stages_s"]["translate"] / max(1e-9, warm_translations["stages_s"]["translate"]), 1
        ),
    }


def measure_marian(scratch: Path) -> dict:
    """The demo article through a cached Marian backend (real-size random model), cold then warm."""
    import warnings

    import torch

    torch.set_num_threads(2)
    import bench_marian
    import bilingo.translate.marian as marian
    from bilingo.check import check_paths
    from bilingo.settings import Settings
    from bilingo.translate.cache import CachedTranslator
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    model_directory = scratch / "marian-model"
    model_directory.mkdir()
    bench_marian.build_real_size_model(model_directory)
    inner = marian.MarianTranslator(str(model_directory), device="cpu")
    began = time.perf_counter()
    inner.load("es", "en")
    load_seconds = time.perf_counter() - began
    inner._loaded[("es", "en")][1].generation_config.min_new_tokens = 512  # random weights never stop: force length
    default_limit = marian.output_limit
    marian.output_limit = lambda tokens, most: min(most, bench_marian.forced_length(tokens))
    settings = Settings(translator="marian", cache_dir=str(scratch / "marian-cache"))
    runs = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check_paths(DEMO_PATHS, Settings(translator="marian", cache=False), inner)  # first call set-up
            for label in ("cold", "warm"):
                translator = CachedTranslator(inner, settings.cache_dir)
                clear_memo_caches()
                began = time.perf_counter()
                report = check_paths(DEMO_PATHS, settings, translator)
                runs[label] = {"seconds": round(time.perf_counter() - began, 3), "stages_s": report.timings,
                               "cache_hits": getattr(translator, "hits", None), "cache_misses": getattr(translator, "misses", None)}
                translator.close()
    finally:
        marian.output_limit = default_limit
    return {
        "document": "corpus/demo/asylum-russians.{en,es}.md",
        "model": "opus-mt-es-en size, random weights, output forced to ceil(1.2 x source tokens)",
        "num_beams": inner.num_beams or 2,
        "batch_size": inner.batch_size,
        "model_load_s": round(load_seconds, 2),
        **runs,
        "warm_speed_up": round(runs["cold"]["seconds"] / runs["warm"]["seconds"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one cold run, Apertium only")
    arguments = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bilingo-bench-cache-") as temporary:
        scratch = Path(temporary)
        tree = scratch / "content"
        documents, sentences = write_content_tree(tree)
        log(f"content tree: {documents} articles, {sentences} sentences per side")
        cli = measure_cli(tree, scratch, cold_runs=1 if arguments.quick else 2, warm_runs=2 if arguments.quick else 3)
        log(f"CLI: cold {cli['cold_s']} s, warm {cli['warm_s']} s ({cli['warm_speed_up']}x), warm translations "
            f"only {cli['warm_translations_only_s']} s ({cli['warm_translations_only_speed_up']}x)")
        in_process = measure_in_process(tree, scratch, warm_runs=2 if arguments.quick else 3)
        log(f"in process: cold {in_process['cold']['seconds']} s, warm translations "
            f"{in_process['warm_translation_cache']['seconds']} s, warm results "
            f"{in_process['warm_result_cache']['seconds']} s")
        large = None
        if not arguments.quick:
            large_tree = scratch / "large"
            large_documents, large_sentences = write_content_tree(large_tree, 0, LARGE_WMT_DOCUMENTS)
            large = {"documents": large_documents, "sentences_per_side": large_sentences,
                     **measure_cli(large_tree, scratch / "large-caches", cold_runs=1, warm_runs=2)}
            log(f"CLI, {large_documents} articles: cold {large['cold_s']} s, warm {large['warm_s']} s "
                f"({large['warm_speed_up']}x)")
        marian = None if arguments.quick else measure_marian(scratch)
        if marian:
            log(f"Marian demo article: cold {marian['cold']['seconds']} s, warm {marian['warm']['seconds']} s")
    write_result(
        "cache",
        {
            "benchmark": "cache",
            "quick": arguments.quick,
            "machine": machine(),
            "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
            "tree": {"documents": documents, "sentences_per_side": sentences,
                     "source": f"{FLORES_DOCUMENTS} flores200-devtest + {WMT_DOCUMENTS} wmt-newstest documents"},
            "cli": cli,
            "cli_documents_per_s": {"cold": round(documents / cli["cold_s"], 2), "warm": round(documents / cli["warm_s"], 2)},
            "cli_sentences_per_s": {"cold": round(2 * sentences / cli["cold_s"], 1),
                                    "warm": round(2 * sentences / cli["warm_s"], 1)},
            "cli_large_tree": large,
            "in_process_apertium": in_process,
            "in_process_marian": marian,
            "required_speed_up": REQUIRED_SPEED_UP,
            "meets_required_speed_up": cli["warm_speed_up"] >= REQUIRED_SPEED_UP,
            "peak_rss_mib": peak_rss_mib(),
        },
    )


if __name__ == "__main__":
    main()
