"""Prove that a change to bilingo's speed changes none of its results.

Checks a fixed set of real documents and records every finding, every alignment bead and
its score, and the single-file sections: the eval benchmark's edited documents in all five
layouts (seeds 0 and 1), a 1,000-sentence tico19 article, the seeds and the demo article.
Save a reference before the change, compare after it:

    .venv/bin/python bench/same_results.py --save /tmp/before.json
    ... change the code ...
    .venv/bin/python bench/same_results.py --compare /tmp/before.json     # exit 1 if anything differs

Translations go through the translation cache (warm after the first run), so a run takes
about ten seconds once the cache is warm. Every speed-up of the 2026-11 round was checked
this way (420 documents, 0 differ).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench_pipeline import tico_sentence_pairs, write_article
from common import CORPUS_DEV, DEMO_PATHS, REPO, log


def documents(folder: Path) -> dict[str, list[str]]:
    """The documents to check, written under ``folder``, by a name that does not depend on ``folder``."""
    from bilingo.evaluation.layouts import write_document
    from bilingo.evaluation.run import build_benchmark

    items = build_benchmark(CORPUS_DEV, ["flores", "wmt", "tico"], 100, seed=0)
    items += build_benchmark(CORPUS_DEV, ["flores", "wmt"], 100, seed=1)
    named = {}
    for number, item in enumerate(items):
        written = write_document(item.edited, item.layout, folder / f"{number:04d}", f"doc{number:04d}")
        named[f"eval {number:04d} {item.layout}"] = written.paths
    named["tico19 1000 sentences"] = write_article(folder, "tico19-1000", tico_sentence_pairs()[:1000])
    named["demo article"] = DEMO_PATHS
    for seed in sorted((REPO / "corpus").glob("*.txt")):
        named[f"seed {seed.name}"] = [str(seed)]
    return named


def results(named: dict[str, list[str]]) -> dict[str, dict]:
    """Every finding, bead and section of each document (or its error), in a form that compares exactly."""
    from bilingo.check import check_paths
    from bilingo.errors import BilingoError
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    settings = Settings(translator="apertium")
    translator = create_translator(settings)
    out = {}
    for name, paths in named.items():
        try:
            report = check_paths(paths, settings, translator)
        except BilingoError as error:
            out[name] = {"error": str(error)}
            continue
        out[name] = {
            "findings": [[f.rule, os.path.basename(f.path), f.start, f.end, f.severity, f.message]
                         for f in report.findings],
            "pairs": [[pair.get("en", pair.get("left")), pair.get("es", pair.get("right")), pair["score"]]
                      for pair in report.pairs],
            "sections": len(report.sections),
            "ignored": len(report.ignored),
        }
    return out


def differences(before: dict, after: dict, shown: int = 5) -> list[str]:
    lines = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        lines.append(f"{name}: differs")
        if len(lines) > shown:
            continue
        old, new = before.get(name) or {}, after.get(name) or {}
        for part in ("error", "findings", "pairs", "sections", "ignored"):
            if old.get(part) != new.get(part):
                if isinstance(old.get(part), list) and isinstance(new.get(part), list):
                    lines.append(f"  {part}: only before {[v for v in old[part] if v not in new[part]][:3]}, "
                                 f"only after {[v for v in new[part] if v not in old[part]][:3]}")
                else:
                    lines.append(f"  {part}: {old.get(part)!r} -> {new.get(part)!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", metavar="FILE", help="write the results to FILE")
    action.add_argument("--compare", metavar="FILE", help="compare the results with FILE's (exit 1 on a difference)")
    arguments = parser.parse_args()
    if not CORPUS_DEV.is_dir():
        sys.exit(f"same_results: {CORPUS_DEV} is not there")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bilingo-same-results-") as folder:
        found = results(documents(Path(folder)))
    log(f"{len(found)} documents checked in {time.perf_counter() - began:.1f} s")
    if arguments.save:
        Path(arguments.save).write_text(json.dumps(found, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        log(f"saved to {arguments.save}")
        return
    before = json.loads(Path(arguments.compare).read_text(encoding="utf-8"))
    lines = differences(before, found)
    print("\n".join(lines) if lines else f"{len(found)} documents, 0 differ")
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
