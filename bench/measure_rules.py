"""Precision of the fine-grained rules on untouched real translations: findings per document.

The issue's target: on untouched documents of ``../shared/corpus-dev/`` the fine rules
(number, name, quote, partial, untranslated, pronoun) together raise fewer than 0.2
findings per document, since a faithful translation is not noise.

Sets measured (each document an English and a Spanish version, ``en[i]`` translating ``es[i]``):

* ``flores``: all flores200 devtest documents;
* ``wmt-en-es``: wmt newstest 2008-2010 documents first written in English or Spanish
  (one side is the original, the other its translation);
* ``tico19``: all tico19 documents (COVID-19 material, scraped);
* ``wmt-other``: wmt documents first written in a third language, reported apart:
  both sides are independent translations of a French/German/... original and drift
  from each other, so they are not faithful translations *of each other*.

The measurement set of the target is flores + wmt-en-es + tico19.

Two ways to build the aligned documents (``--mode``):

* ``builder`` (default): sentences paired 1:1 as the corpus pairs them
  (``tests/aligned_builder.py``), so only the rules are measured;
* ``pipeline``: each document written as two plain-text files (paragraphs as blank-line
  separated blocks) and checked with ``bilingo.check.check_paths``: segmentation and
  alignment errors show up as rule findings too.

Apertium translations are cached between runs (``CachedTranslator`` in ``--cache-dir``).
Prints findings per document per rule for each set, then ``--samples`` findings per
rule to read; ``--json`` writes every finding (rule, set, document, text, message,
evidence) for closer reading (``--all-rules``: the coverage rules' too), and ``--compare``
prints what changed against an earlier ``--json`` file: the check to run after a rule change.

    .venv/bin/python bench/measure_rules.py --mode builder --samples 8
    .venv/bin/python bench/measure_rules.py --mode pipeline --sets flores wmt-en-es
    .venv/bin/python bench/measure_rules.py --all-rules --json after.json --compare before.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # aligned_builder: the rule tests' document builder

import aligned_builder  # noqa: E402
from aligned_builder import build_aligned_documents, corpus_spec  # noqa: E402

from bilingo.check import check_paths, run_checks, StageTimer  # noqa: E402
from bilingo.settings import Settings  # noqa: E402
from bilingo.translate import create_translator  # noqa: E402

CORPUS_DEV = REPO.parent / "shared" / "corpus-dev"
FINE_RULES = (
    "number-mismatch", "name-mismatch", "quote-mismatch", "partial-only-in-en", "partial-only-in-es",
    "untranslated", "pronoun-mismatch",
)
MEASUREMENT_SETS = ("flores", "wmt-en-es", "tico19")
SETS = MEASUREMENT_SETS + ("wmt-other",)
DEFAULT_CACHE_DIR = "/work/scratch/measure-rules-cache"


def load_set(name: str) -> list[dict]:
    """The documents of one measured set (see the module doc)."""
    files = {"flores": "flores200-devtest", "tico19": "tico19"}
    corpus = files.get(name, "wmt-newstest-2008-2010")
    with open(CORPUS_DEV / corpus / "docs.jsonl", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if name == "wmt-en-es":
        return [r for r in records if r["origlang"] in ("en", "es")]
    if name == "wmt-other":
        return [r for r in records if r["origlang"] not in ("en", "es")]
    return records


def cached_apertium(cache_dir: str):
    """An Apertium translator behind the persistent translation cache."""
    return create_translator(Settings(translator="apertium", cache=True, cache_dir=cache_dir))


def builder_findings(records: list[dict], translator, settings: Settings) -> list[list]:
    """Findings of every document, paired 1:1 by ``aligned_builder`` (translations through the cache)."""

    def translate(sentences: list[str], src: str, tgt: str) -> list[str]:
        return translator.translate([" ".join(s.split()) for s in sentences], src, tgt)

    aligned_builder.apertium_translate = translate  # the builder's one Apertium call, now cached
    documents = build_aligned_documents([corpus_spec(record) for record in records])
    return [run_checks(document, settings, StageTimer()) for document in documents]


def document_text(sentences: list[str], paragraphs: list[int] | None) -> str:
    """A plain-text article: sentences of a paragraph joined by a space, paragraphs by a blank line.

    Without paragraph data (flores, tico19) every sentence is its own paragraph, as
    ``aligned_builder`` lays them out.
    """
    paragraphs = paragraphs or list(range(len(sentences)))
    blocks: list[list[str]] = []
    for index, sentence in enumerate(sentences):
        if index == 0 or paragraphs[index] != paragraphs[index - 1]:
            blocks.append([])
        blocks[-1].append(" ".join(sentence.split()))
    return "\n\n".join(" ".join(block) for block in blocks) + "\n"


def pipeline_findings(records: list[dict], translator, settings: Settings) -> list[list]:
    """Findings of every document checked by the real pipeline on two written files."""
    results = []
    with tempfile.TemporaryDirectory(prefix="measure-rules-") as directory:
        for number, record in enumerate(records):
            paths = []
            for lang in ("en", "es"):
                path = Path(directory) / f"doc{number}.{lang}.txt"
                path.write_text(document_text(record[lang], record.get("paragraph")), encoding="utf-8")
                paths.append(str(path))
            try:
                report = check_paths(paths, settings, translator)
            except Exception as error:  # a crash is a result to report, not a reason to stop measuring
                print(f"  ! {record['doc_id']}: {type(error).__name__}: {error}", file=sys.stderr)
                results.append([])
                continue
            results.append(report.findings)
    return results


def summarise(name: str, records: list[dict], findings: list[list], samples: int, rng: random.Random) -> dict:
    counts = Counter(f.rule for document in findings for f in document)
    fine = sum(counts[rule] for rule in FINE_RULES)
    n = len(records)
    print(f"\n== {name}: {n} documents, {sum(len(r['en']) for r in records)} sentence pairs")
    for rule in FINE_RULES:
        print(f"  {rule:22s} {counts[rule]:5d}  {counts[rule] / n:6.3f}/doc")
    print(f"  {'fine rules together':22s} {fine:5d}  {fine / n:6.3f}/doc")
    others = {rule: count for rule, count in counts.items() if rule not in FINE_RULES}
    if others:
        print("  (coverage rules: " + ", ".join(f"{r} {c / n:.3f}/doc" for r, c in sorted(others.items())) + ")")
    if samples:
        by_rule = defaultdict(list)
        for record, document in zip(records, findings):
            for finding in document:
                if finding.rule in FINE_RULES:
                    by_rule[finding.rule].append((record["doc_id"], finding))
        for rule in FINE_RULES:
            chosen = by_rule[rule] if len(by_rule[rule]) <= samples else rng.sample(by_rule[rule], samples)
            for doc_id, finding in chosen:
                counterpart = finding.evidence.get("counterpart", "")
                print(f"  - [{rule}] {doc_id}: {finding.message}")
                print(f"      counterpart: {counterpart[:220]}")
    return {"documents": n, "per_rule": {rule: counts[rule] for rule in FINE_RULES}, "fine": fine,
            "fine_per_document": round(fine / n, 4)}


def finding_record(set_name: str, record: dict, finding) -> dict:
    return {"set": set_name, "doc_id": record["doc_id"], "rule": finding.rule, "path": finding.path,
            "text": finding.text, "message": finding.message, "score": finding.score,
            "evidence": finding.evidence}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("builder", "pipeline"), default="builder")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each set")
    parser.add_argument("--samples", type=int, default=5, help="findings shown per rule and set")
    parser.add_argument("--cache-dir", default=DEFAULT_CACHE_DIR)
    parser.add_argument("--json", help="write every fine-rule finding to this JSON file")
    parser.add_argument("--all-rules", action="store_true",
                        help="write the findings of every rule to --json, the coverage rules' too")
    parser.add_argument("--compare", metavar="JSON",
                        help="an earlier --json file: print the findings only it or only this run has")
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    if not CORPUS_DEV.is_dir():
        sys.exit(f"measure_rules: the shared dev corpus is missing ({CORPUS_DEV})")

    settings = Settings(translator="apertium", cache_dir=options.cache_dir)
    translator = cached_apertium(options.cache_dir)
    rng = random.Random(options.seed)
    measure = builder_findings if options.mode == "builder" else pipeline_findings
    summary, dump = {}, []
    for name in options.sets:
        records = load_set(name)[: options.limit]
        began = time.perf_counter()
        findings = measure(records, translator, settings)
        summary[name] = summarise(name, records, findings, options.samples, rng)
        summary[name]["seconds"] = round(time.perf_counter() - began, 1)
        dump += [finding_record(name, r, f) for r, fs in zip(records, findings) for f in fs
                 if options.all_rules or f.rule in FINE_RULES]
    measured = [name for name in MEASUREMENT_SETS if name in summary]
    if measured:
        documents = sum(summary[name]["documents"] for name in measured)
        fine = sum(summary[name]["fine"] for name in measured)
        print(f"\nmeasurement set ({' + '.join(measured)}, mode {options.mode}): {fine} findings on {documents} "
              f"documents = {fine / documents:.3f}/doc")
    if options.json:
        Path(options.json).write_text(json.dumps({"mode": options.mode, "summary": summary, "findings": dump},
                                                 ensure_ascii=False, indent=1), encoding="utf-8")
    if options.compare:
        earlier = json.loads(Path(options.compare).read_text(encoding="utf-8"))["findings"]
        print_changes([record for record in earlier if record["set"] in options.sets], dump)
    return 0


def print_changes(before: list[dict], after: list[dict]) -> None:
    """The findings (set, document, rule, message) only ``before`` or only ``after`` holds: what a change of the
    rules did to the untouched documents (``before`` holds the sets of this run only). Rules that one of the two
    runs did not write (``--all-rules``) compare as they are: run both the same way."""
    def key(record: dict) -> tuple[str, str, str, str]:
        return record["set"], record["doc_id"], record["rule"], record["message"]

    old, new = {key(record) for record in before}, {key(record) for record in after}
    print(f"\ncompared with the earlier run: {len(new - old)} findings new, {len(old - new)} gone")
    for sign, keys in (("+", sorted(new - old)), ("-", sorted(old - new))):
        for set_name, doc_id, rule, message in keys:
            print(f"  {sign} [{set_name}] {rule}: {doc_id}: {message}")


if __name__ == "__main__":
    raise SystemExit(main())
