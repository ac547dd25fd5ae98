"""What the benchmark scripts share: where things are, the machine they ran on, the dev corpus, results files.

Benchmarks are plain scripts, not tests: nothing here is collected by pytest and
nothing asserts a timing. Each script writes ``bench/results/<name>.json``;
``bench/run.py`` runs them and writes the summary (``results.json``, ``results.md``).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev"
# Where results go: bench/results (committed), or $BILINGO_BENCH_RESULTS for a trial run.
RESULTS_DIR = Path(os.environ.get("BILINGO_BENCH_RESULTS") or REPO / "bench" / "results")
DEMO_PATHS = [str(REPO / "corpus/demo/asylum-russians.en.md"), str(REPO / "corpus/demo/asylum-russians.es.md")]


def load_corpus(name: str) -> list[dict]:
    """The documents of one shared dev corpus (``flores200-devtest``, ``tico19``, ``wmt-newstest-2008-2010``)."""
    path = CORPUS_DEV / name / "docs.jsonl"
    if not path.is_file():
        sys.exit(f"bench: the shared dev corpus is missing ({path}); benchmarks read their text from it")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def debian_version(package: str) -> str | None:
    if shutil.which("dpkg-query") is None:
        return None
    result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    return result.stdout.strip() or None if result.returncode == 0 else None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def git_commit() -> str | None:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return result.stdout.strip() or None if result.returncode == 0 else None


def machine() -> dict:
    """The machine and software a result was measured on (versions read without importing torch)."""
    return {
        "cpu": cpu_model(),
        "cores_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gib": memory_total_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "torch": package_version("torch"),
        "transformers": package_version("transformers"),
        "sentencepiece": package_version("sentencepiece"),
        "sacrebleu": package_version("sacrebleu"),
        "apertium": debian_version("apertium"),
        "apertium_eng_spa": debian_version("apertium-eng-spa"),
        "bilingo": package_version("bilingo"),
        "git_commit": git_commit(),
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def clear_memo_caches() -> int:
    """Empty every ``functools`` memo cache in bilingo's loaded modules; returns how many.

    Some stages memoise per text (language identification, word folding). A timed run
    repeated in one process would otherwise measure the memo, not the work a first check
    of an article does.
    """
    cleared = set()
    for name, module in list(sys.modules.items()):
        if name != "bilingo" and not name.startswith("bilingo."):
            continue
        for value in list(vars(module).values()):
            # (bilingo's own memos, wherever a module keeps them: a reader made by ``opposites.phrase_readers`` is
            # defined there and kept in the module of its table)
            owner = getattr(value, "__module__", None) or ""
            if (callable(getattr(value, "cache_clear", None)) and (owner == "bilingo" or owner.startswith("bilingo."))
                    and id(value) not in cleared):
                value.cache_clear()
                cleared.add(id(value))
    return len(cleared)


def write_result(name: str, data: dict) -> Path:
    """``bench/results/<name>.json``, written whole (a temporary file, then renamed)."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
