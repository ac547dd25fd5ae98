"""Pipeline speed and memory: time per stage, growth with document length, overhead over the translator.

For articles of 10, 100 and 1,000 sentences per side (real EN/ES sentences from the
shared tico19 corpus's prose documents, one paragraph per 5 sentences, Markdown) and for the demo
article, this runs ``bilingo.check.check_paths`` with Apertium and no cache, then the
JSON writer, and reports:

* seconds per stage (read, segment, language, translate, align, check, report; "other"
  is what ``check_paths`` spends outside the timed stages) and per sentence;
* the translator alone on the same sentences (``ApertiumTranslator.translate``, no
  cache, its process started by the batch), and bilingo's total as a ratio of it: the floor is the translator's own speed.
  The non-translation share is (total - translator alone) / total: the rules' and the
  aligner's translation-independent work runs in a second thread during the translation
  ("prepare"), so the translate stage's wall time is no longer the translator's own;
* CPU seconds, bilingo's own and the translator's, and from them the least non-translation share
  the cores allow (``cpu_floor``): overlap cannot bring the share below it;
* peak resident memory (``ru_maxrss``) and peak Python heap (``tracemalloc``, in an
  untimed extra run);
* the check stage split by rule module, and a cProfile of the 100-sentence article:
  which functions the non-translation time goes to.

Every document runs in its own child process, so peak memory is that document's, and
the first document a process checks (imports, the language-id model) is timed apart
as the cold start. Runs are repeated and the fastest kept (a shared machine's slower
runs measure its other load).

    .venv/bin/python bench/bench_pipeline.py [--quick]

Writes ``bench/results/pipeline.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from common import DEMO_PATHS, REPO, clear_memo_caches, load_corpus, log, machine, peak_rss_mib, write_result

LENGTHS = (10, 30, 100, 1000)  # 30: about a news article (the demo has 12 sentences a side, WMT articles 15-40)
QUICK_LENGTHS = (10, 100)
SENTENCES_PER_PARAGRAPH = 5
STAGES = ("read", "segment", "language", "pair", "translate", "prepare", "align", "check", "report")
NON_TRANSLATION_BUDGET = 0.20  # the evaluation issue: everything but translation stays under 20% of the total


# --- inputs ------------------------------------------------------------------------------


PROSE_SHARE = 0.95  # documents whose sentences nearly all look like written prose
_SENTENCE_END = re.compile(r"[.!?…:;\"”»)\]]\s*$")


def looks_like_prose(sentence: str) -> bool:
    return sentence[:1].isupper() and _SENTENCE_END.search(sentence) is not None


def tico_sentence_pairs() -> list[tuple[str, str]]:
    """(English, Spanish) sentence pairs of tico19's prose documents, longest document first.

    tico19 also holds transcribed conversations (lower case, no punctuation), which no
    sentence splitter can split back into their sentences; they are left out so that a
    "1,000-sentence article" is 1,000 sentences to the pipeline too.
    """
    documents = [
        document for document in load_corpus("tico19")
        if sum(map(looks_like_prose, document["en"])) >= PROSE_SHARE * len(document["en"])
    ]
    documents.sort(key=lambda document: len(document["en"]), reverse=True)
    return [pair for document in documents for pair in zip(document["en"], document["es"])]


def paragraphs(sentences: list[str]) -> str:
    """Paragraphs of ``SENTENCES_PER_PARAGRAPH`` sentences; a sentence without final punctuation
    (a heading, a caption) stands alone so that it is not run into the next one."""
    blocks: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        if not looks_like_prose(sentence):
            blocks.extend([" ".join(current), sentence] if current else [sentence])
            current = []
            continue
        current.append(sentence)
        if len(current) == SENTENCES_PER_PARAGRAPH:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return "\n\n".join(blocks) + "\n"


def write_article(directory: Path, name: str, pairs: list[tuple[str, str]]) -> list[str]:
    """``name.en.md`` and ``name.es.md`` holding the two sides of ``pairs``; returns their paths."""
    paths = []
    for lang, index in (("en", 0), ("es", 1)):
        path = directory / f"{name}.{lang}.md"
        path.write_text(paragraphs([pair[index] for pair in pairs]), encoding="utf-8")
        paths.append(str(path))
    return paths


# --- one document, in a child process ---------------------------------------------------------


def check_once(paths: list[str], settings, translator) -> tuple[object, dict[str, float], float]:
    """One full check plus the JSON report, memo caches emptied first; returns (report, stage seconds, wall seconds)."""
    from bilingo.check import check_paths, signature
    from bilingo.model import Report
    from bilingo.report import write_report

    clear_memo_caches()
    began = time.perf_counter()
    document = check_paths(paths, settings, translator)
    checked = time.perf_counter()
    write_report(Report(signature(settings, translator), [document]), "json", io.StringIO())
    ended = time.perf_counter()
    stages = dict(document.timings)
    stages["report"] = ended - checked
    stages["other"] = max(0.0, (checked - began) - sum(document.timings.values()))
    return document, stages, ended - began


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) so far of this process, all threads, and of its ended child processes
    (Apertium's stages: the ``apertium`` script waits for them, so their time reaches it, then this process)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def translated_side(document) -> tuple[list[str], str, str]:
    """The segment texts the pipeline translated, and the direction."""
    aligned = document.aligned[0]
    source, other = (aligned.left, aligned.right) if aligned.translated_side == "left" else (aligned.right, aligned.left)
    return [segment.text for segment in source.segments], source.lang, other.lang


def rule_seconds(document, settings) -> dict[str, dict[str, float]]:
    """Seconds each rule module spends on the document's aligned versions (one more pass, memos emptied):
    its ``prepare`` hook on both versions (in a check, that runs during the translation), then its ``check``
    (after the translation, what the pipeline waits for)."""
    from importlib import import_module

    from bilingo.check import CHECK_MODULES

    seconds = {}
    clear_memo_caches()
    for module_name in CHECK_MODULES:
        module = import_module(module_name)
        prepare = getattr(module, "prepare", None)
        began = time.perf_counter()
        for aligned in document.aligned:
            if prepare is not None:
                prepare(aligned.left, settings)
                prepare(aligned.right, settings)
        prepared = time.perf_counter()
        for aligned in document.aligned:
            module.check(aligned, settings)
        seconds[module_name.rsplit(".", 1)[-1]] = {"prepare": round(prepared - began, 4),
                                                   "check": round(time.perf_counter() - prepared, 4)}
    return seconds


def profile_top(paths: list[str], settings, translator, limit: int = 40) -> list[dict]:
    """cProfile of one check: the functions with the most cumulative time (translation included, for scale)."""
    profiler = cProfile.Profile()
    profiler.enable()
    check_once(paths, settings, translator)
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():
        where = filename.split("site-packages/")[-1].replace(str(REPO) + "/", "")
        rows.append({"function": f"{where}:{line}({function})", "calls": calls, "own_s": round(own, 4),
                     "cumulative_s": round(cumulative, 4)})
    rows.sort(key=lambda row: row["cumulative_s"], reverse=True)
    return rows[:limit]


def child(paths: list[str], repeats: int, warm_up: list[str] | None, profile: bool) -> dict:
    from bilingo.check import garbage_collector
    from bilingo.settings import Settings
    from bilingo.translate.apertium import ApertiumTranslator

    garbage_collector.freeze_survivors = True  # as the CLI runs checks
    settings = Settings(translator="apertium", cache=False)
    translator = ApertiumTranslator()
    began = time.perf_counter()
    check_once(warm_up or paths, settings, translator)  # imports, language-id model: the cold start
    cold_start = time.perf_counter() - began

    # The translator alone: built once outside the timing, like bilingo's (its constructor asks dpkg for the
    # package version, ~10 ms), and never warmed up: every batch starts its own Apertium process.
    alone = ApertiumTranslator()
    runs, translator_runs = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine load
        clear_memo_caches()  # here, so that freeing the last run's memos is not counted as this check's CPU
        before = cpu_seconds()
        document, stages, wall = check_once(paths, settings, translator)
        after = cpu_seconds()
        runs.append((wall, stages, after[0] - before[0], after[1] - before[1]))
        texts, src, tgt = translated_side(document)
        began = time.perf_counter()
        alone.translate(texts, src, tgt)
        translator_runs.append((time.perf_counter() - began, cpu_seconds()[1] - after[1]))
    wall, stages, own_cpu, check_translator_cpu = min(runs, key=lambda run: run[0])
    result = {
        "inputs": [os.path.basename(path) for path in paths],
        "segments": {version.lang: len(version.segments) for version in (document.aligned[0].left, document.aligned[0].right)},
        "translated_segments": len(texts),
        "findings": len(document.findings),
        "cold_start_s": round(cold_start, 3),
        "total_s": round(wall, 4),
        "runs_total_s": [round(run[0], 4) for run in runs],
        "stages_s": {name: round(seconds, 4) for name, seconds in stages.items()},
        "translator_alone_s": round(min(run[0] for run in translator_runs), 4),
        "runs_translator_alone_s": [round(run[0], 4) for run in translator_runs],
        # CPU seconds of the fastest check: bilingo's own process (all its threads) and the translator's processes;
        # and the translator's CPU when it runs alone (its fastest run)
        "bilingo_cpu_s": round(own_cpu, 4),
        "translator_cpu_in_check_s": round(check_translator_cpu, 4),
        "translator_alone_cpu_s": round(min(translator_runs)[1], 4),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "peak_rss_mib": peak_rss_mib(),
        "check_stage_by_rule_s": rule_seconds(document, settings),
    }
    tracemalloc.start()
    check_once(paths, settings, translator)
    result["python_heap_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    if profile:
        result["profile_top_cumulative"] = profile_top(paths, settings, translator)
    return result


def run_child(paths: list[str], repeats: int, warm_up: list[str] | None = None, profile: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", *paths, "--repeats", str(repeats)]
    if warm_up:
        command += ["--warm-up", *warm_up]
    if profile:
        command.append("--profile")
    completed = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if completed.returncode != 0:
        sys.exit(f"bench: checking {paths} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout)


# --- the summary -----------------------------------------------------------------------------


def summarise(name: str, sentences_per_side: int, measured: dict) -> dict:
    """Per-sentence costs, throughput and the translator ratio of one measured document."""
    stages = measured["stages_s"]
    total = measured["total_s"]
    translate = stages.get("translate", 0.0)
    sentences = sum(measured["segments"].values())
    return {
        "name": name,
        "sentences_per_side": sentences_per_side,
        **measured,
        "ms_per_sentence_pair": {stage: round(1000 * seconds / sentences_per_side, 3) for stage, seconds in stages.items()},
        "total_ms_per_sentence_pair": round(1000 * total / sentences_per_side, 3),
        "documents_per_s": round(1 / total, 3),
        "sentences_per_s": round(sentences / total, 1),  # both sides' sentences
        "total_over_translator_alone": round(total / measured["translator_alone_s"], 3),
        # What bilingo adds to the translator's own time, as a share of the total. The rules'
        # translation-independent work runs while the translator does ("prepare"), so the
        # translate stage's wall time is not the translator's own cost; its alone time is.
        "non_translation_share": round(max(0.0, total - measured["translator_alone_s"]) / total, 3),
        "non_translation_under_budget": (total - measured["translator_alone_s"]) / total < NON_TRANSLATION_BUDGET,
        "outside_translate_stage_share": round((total - translate) / total, 3),
        **cpu_floor(measured),
    }


def cpu_floor(measured: dict) -> dict:
    """What the machine's cores allow, whatever the overlap: the translator and bilingo share the cores, so a
    check takes at least (translator CPU + bilingo CPU) / cores seconds, even were every step of bilingo's to
    run while the translator works. Apertium's stages keep about two cores busy by themselves, so on a 2-core
    machine that bound, not the pipeline's order, decides the non-translation share of a long article.

    ``non_translation_share_floor``: the share at that bound; ``bilingo_cpu_for_budget_s``: the most CPU
    seconds bilingo could spend and still meet the budget at that bound (0 when no amount could).
    """
    alone, alone_cpu, own_cpu, cores = (measured["translator_alone_s"], measured["translator_alone_cpu_s"],
                                        measured["bilingo_cpu_s"], measured["cores"])
    least_total = max(alone, (alone_cpu + own_cpu) / cores)
    return {
        "non_translation_share_floor": round(1 - alone / least_total, 3),
        "bilingo_cpu_for_budget_s": round(max(0.0, cores * alone / (1 - NON_TRANSLATION_BUDGET) - alone_cpu), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 and 100 sentences only, fewer repeats")
    parser.add_argument("--repeats", type=int, default=None, help="runs per document, fastest kept (default 5, quick 1)")
    parser.add_argument("--child", nargs="+", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--warm-up", nargs="+", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    repeats = arguments.repeats or (1 if arguments.quick else 5)

    if arguments.child:
        json.dump(child(arguments.child, repeats, arguments.warm_up, arguments.profile), sys.stdout)
        return

    load_before = os.getloadavg()
    lengths = QUICK_LENGTHS if arguments.quick else LENGTHS
    pairs = tico_sentence_pairs()
    documents = []
    with tempfile.TemporaryDirectory(prefix="bilingo-bench-pipeline-") as temporary:
        directory = Path(temporary)
        warm_up = write_article(directory, "warm-up", pairs[-10:])
        demo = run_child(DEMO_PATHS, repeats, warm_up)
        documents.append(summarise("demo article", max(demo["segments"].values()), demo))
        log(f"demo article: {demo['total_s']} s")
        for length in lengths:
            paths = write_article(directory, f"tico19-{length}", pairs[:length])
            # The profile is of the 100-sentence article: long enough to show where time goes,
            # short enough that cProfile's several-fold slow-down stays affordable.
            measured = run_child(paths, repeats if length < 1000 else max(1, repeats - 1), warm_up,
                                 profile=length == 100)
            documents.append(summarise(f"tico19 {length} sentences", length, measured))
            log(f"{length} sentences: {measured['total_s']} s, translator alone {measured['translator_alone_s']} s")

    growth = [document for document in documents if document["name"].startswith("tico19")]
    write_result(
        "pipeline",
        {
            "benchmark": "pipeline",
            "quick": arguments.quick,
            "machine": machine(),
            "repeats": repeats,
            "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
            "translator": "apertium, no cache",
            "documents": documents,
            "growth_ms_per_sentence_pair": {
                str(document["sentences_per_side"]): document["total_ms_per_sentence_pair"] for document in growth
            },
            "non_translation_budget": NON_TRANSLATION_BUDGET,
        },
    )


if __name__ == "__main__":
    main()
