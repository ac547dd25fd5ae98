"""The perturbation benchmark of ``bilingo eval``: build, check, score, summarise.

``build_benchmark`` takes the first ``limit`` documents of each corpus-dev set, edits
each one (``perturb.build_benchmark_suite``: every edit kind in turn, both sides, some
documents left untouched) and lays each out in one of ``LAYOUTS`` in turn (two files,
or one bilingual file: whole versions, alternating paragraphs, inline ``//`` pairs, a
Markdown table). ``run_benchmark`` writes them to a temporary folder as real files,
checks each with the real pipeline (``bilingo.check.check_paths``), and its unedited
original too, and scores it (``scoring``: a finding the original raises too is set apart).
``summarise`` turns the scores into per-rule precision, recall and F1, false positives per
untouched document, and pairing accuracy per layout.

Everything is deterministic for a given corpus, ``limit`` and ``seed``; ``seed`` moves
where edits fall inside documents.
"""

from __future__ import annotations

import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bilingo.errors import BilingoError, InputError
from bilingo.evaluation.layouts import LAYOUTS, WrittenDocument, write_document
from bilingo.evaluation.perturb import CORPUS_SETS, EditedDocument, build_benchmark_suite, load_documents, untouched
from bilingo.evaluation.scoring import SCORED_RULES, DocumentScore, finding_key, score_document
from bilingo.settings import Settings


@dataclass
class BenchmarkItem:
    """One document of the benchmark: an edited corpus document and the layout it is written in.

    ``original``: the same corpus document unedited (None when ``edited`` is untouched itself). It is checked too,
    in the same layout, so that a finding the edited document shares with it is told apart from the edit's
    consequences (``scoring``: *already in the original*)."""

    edited: EditedDocument
    layout: str
    original: EditedDocument | None = None


def build_benchmark(corpus_dev: Path, sets: list[str], limit: int | None, seed: int = 0) -> list[BenchmarkItem]:
    """The benchmark's documents, ``limit`` per set, each with an edit and a layout."""
    if not corpus_dev.is_dir():
        raise InputError(f"{corpus_dev}: the dev corpus is not there (use --corpus-dev)")
    items: list[BenchmarkItem] = []
    for set_number, set_name in enumerate(sets):
        if set_name not in CORPUS_SETS:
            raise InputError(f"unknown set {set_name!r}; choose from {', '.join(CORPUS_SETS)}")
        if not (corpus_dev / CORPUS_SETS[set_name] / "docs.jsonl").is_file():
            raise InputError(f"{corpus_dev / CORPUS_SETS[set_name]}: no docs.jsonl")
        # Documents of 2 to 60 sentences: enough to edit, small enough to read a finding in. Only
        # articles first written in English or Spanish: the wmt articles first written in
        # another language have two translations for sides, which drift from each other.
        documents = load_documents(set_name, limit, min_sentences=2, max_sentences=60, corpus_dev=corpus_dev,
                                   origlangs=("en", "es") if set_name == "wmt" else None)
        suite = build_benchmark_suite(documents, seed=seed)
        for number, (document, edited) in enumerate(zip(documents, suite, strict=True)):
            # Edits and layouts cycle with coprime periods (14, 5), shifted per set, so that
            # every edit kind meets every layout, in small benchmarks too.
            original = untouched(document) if edited.edit.kind != "none" else None
            items.append(BenchmarkItem(edited, LAYOUTS[(number + 2 * set_number + seed) % len(LAYOUTS)], original))
    return items


def check_one(written: WrittenDocument, settings: Settings, translator,
              original_findings: frozenset | None = None) -> DocumentScore:
    """Check one written document with the real pipeline and score it; a crash is a scored error.
    ``original_findings``: the findings (``finding_key``) of the unedited document, where it was checked."""
    from bilingo.check import check_paths

    try:
        report = check_paths(written.paths, settings, translator)
    except BilingoError as error:
        return score_document(written, None, str(error))
    except Exception as error:  # noqa: BLE001 - a crash is a benchmark result, not a reason to stop
        last = traceback.extract_tb(error.__traceback__)[-1]
        return score_document(written, None, f"{type(error).__name__}: {error} ({last.filename}:{last.lineno})")
    return score_document(written, report, original_findings=original_findings)


def original_findings_of(written: WrittenDocument, settings: Settings, translator) -> frozenset | None:
    """The findings of an unedited document as ``score_document`` compares them (None when it cannot be checked:
    then nothing of the edited document counts as already in it)."""
    from bilingo.check import check_paths

    try:
        report = check_paths(written.paths, settings, translator)
    except Exception:  # noqa: BLE001 - the edited document's own check reports what went wrong
        return None
    return frozenset(map(finding_key, report.findings))


def run_benchmark(
    items: list[BenchmarkItem],
    settings: Settings,
    translator,
    *,
    jobs: int = 1,
    on_done: Callable[[DocumentScore], None] | None = None,
) -> list[DocumentScore]:
    """Write every item (and its unedited original) to a temporary folder, check them and score each item (in
    ``jobs`` threads)."""
    with tempfile.TemporaryDirectory(prefix="bilingo-eval-") as folder:
        written = [
            write_document(item.edited, item.layout, Path(folder) / f"{number:04d}", f"doc{number:04d}")
            for number, item in enumerate(items)
        ]
        originals = {  # edited document's paths -> its unedited original, written alike
            tuple(document.paths): write_document(item.original, item.layout, Path(folder) / f"{number:04d}-original",
                                                  f"doc{number:04d}")
            for number, (item, document) in enumerate(zip(items, written)) if item.original is not None
        }
        # each original just before its edited document, so that it is checked in the same group or an earlier one
        in_order: list[WrittenDocument] = []
        for document in written:
            if tuple(document.paths) in originals:
                in_order.append(originals[tuple(document.paths)])
            in_order.append(document)

        checking = translator
        groups = [in_order]
        if getattr(translator, "costly_calls", False):  # as a batch does: each group's sentences in one call
            from bilingo.check import look_ahead_groups
            from bilingo.translate.ahead import TranslationsAhead

            checking = TranslationsAhead(translator)
            by_paths = {tuple(document.paths): document for document in in_order}
            groups = ([by_paths[tuple(paths)] for paths, _ in group]
                      for group in look_ahead_groups([document.paths for document in in_order], settings, checking,
                                                     None))

        original_findings: dict[tuple[str, ...], frozenset | None] = {}  # edited document's paths -> findings

        def one(document: WrittenDocument) -> DocumentScore:
            score = check_one(document, settings, checking, original_findings.get(tuple(document.paths)))
            if on_done is not None:
                on_done(score)
            return score

        def original_of(paths: tuple[str, ...]) -> None:
            original_findings[paths] = original_findings_of(originals[paths], settings, checking)

        is_original = {tuple(original.paths) for original in originals.values()}
        scores: list[DocumentScore] = []
        pool = ThreadPoolExecutor(max_workers=jobs) if jobs > 1 else None
        try:
            for group in groups:
                edited = [document for document in group if tuple(document.paths) not in is_original]
                waiting = [tuple(document.paths) for document in edited if tuple(document.paths) in originals]
                list(pool.map(original_of, waiting) if pool is not None else map(original_of, waiting))
                scores.extend(pool.map(one, edited) if pool is not None else map(one, edited))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return scores


def ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None or precision + recall == 0:
        return None if precision is None or recall is None else 0.0
    return round(2 * precision * recall / (precision + recall), 4)


def summarise(scores: list[DocumentScore]) -> dict:
    """Per-rule precision/recall/F1, false positives per untouched document, pairing per layout."""
    expected, recalled, true_positives, false_positives, side_effects, in_original = (Counter() for _ in range(6))
    for score in scores:
        expected.update(score.expected)
        recalled.update(score.recalled)
        true_positives.update(score.true_positives)
        false_positives.update(score.false_positives)
        side_effects.update(score.side_effects)
        in_original.update(score.in_original)
    rules = {}
    for rule in SCORED_RULES:
        precision = ratio(true_positives[rule], true_positives[rule] + false_positives[rule])
        strict = ratio(true_positives[rule], true_positives[rule] + false_positives[rule] + in_original[rule])
        recall = ratio(recalled[rule], expected[rule])
        rules[rule] = {
            "expected": expected[rule],
            "recalled": recalled[rule],
            "findings": true_positives[rule] + false_positives[rule] + side_effects[rule] + in_original[rule],
            "true_positives": true_positives[rule],
            "false_positives": false_positives[rule],
            "side_effects": side_effects[rule],
            "in_original": in_original[rule],
            "precision": precision if expected[rule] else None,
            "recall": recall,
            "f1": f1(precision, recall) if expected[rule] else None,
            # findings the unedited document raises too counted as false positives, as before they were told apart
            "precision_strict": strict if expected[rule] else None,
            "f1_strict": f1(strict, recall) if expected[rule] else None,
        }
    total_tp, total_fp = sum(true_positives.values()), sum(false_positives.values())
    total_in_original = sum(in_original.values())
    micro_precision = ratio(total_tp, total_tp + total_fp)
    micro_strict = ratio(total_tp, total_tp + total_fp + total_in_original)
    micro_recall = ratio(sum(recalled.values()), sum(expected.values()))
    clean = [score for score in scores if score.clean]
    checked = [score for score in scores if not score.error]
    layouts = {}
    for layout in LAYOUTS:
        of_layout = [score for score in scores if score.layout == layout and not score.error]
        if not of_layout and not any(score.layout == layout for score in scores):
            continue
        layouts[layout] = {
            "documents": sum(1 for score in scores if score.layout == layout),
            "errors": sum(1 for score in scores if score.layout == layout and score.error),
            "pairing_accuracy": ratio(sum(s.paired for s in of_layout), sum(s.pairable for s in of_layout)),
            "language_accuracy": ratio(sum(s.right_language for s in of_layout), sum(s.sentences for s in of_layout)),
            "recall": ratio(sum(sum(s.recalled.values()) for s in of_layout),
                            sum(sum(s.expected.values()) for s in of_layout)),
            "false_positives_per_document": ratio(sum(sum(s.false_positives.values()) for s in of_layout),
                                                  len(of_layout)),
        }
    edits = {}
    for kind in sorted({score.edit_kind for score in scores}):
        of_kind = [score for score in scores if score.edit_kind == kind]
        edits[kind] = {
            "documents": len(of_kind),
            "recall": ratio(sum(sum(s.recalled.values()) for s in of_kind), sum(sum(s.expected.values()) for s in of_kind)),
            "false_positives_per_document": ratio(sum(sum(s.false_positives.values()) for s in of_kind), len(of_kind)),
        }
    return {
        "documents": len(scores),
        "errors": sum(1 for score in scores if score.error),
        "clean_documents": len(clean),
        "false_positives_per_clean_document": ratio(sum(sum(s.false_positives.values()) for s in clean), len(clean)),
        "false_positives_per_document": ratio(total_fp, len(checked)),
        "in_original_per_edited_document": ratio(total_in_original, sum(1 for s in checked if not s.clean)),
        "micro": {"precision": micro_precision, "recall": micro_recall, "f1": f1(micro_precision, micro_recall),
                  "precision_strict": micro_strict, "f1_strict": f1(micro_strict, micro_recall)},
        "rules": rules,
        "layouts": layouts,
        "edits": edits,
        "sets": dict(Counter(score.set_name for score in scores)),
    }


def details(scores: list[DocumentScore]) -> list[dict]:
    """Per-document misses, false positives and errors, for reading what went wrong."""
    return [
        {
            "document": score.name,
            "set": score.set_name,
            "layout": score.layout,
            "edit": score.edit_kind,
            "side": score.edit_side,
            "missed": score.missed,
            "false_positives": score.false_findings,
            "in_original": score.original_findings,
            "error": score.error,
        }
        for score in scores
        if score.missed or score.false_findings or score.original_findings or score.error
    ]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def markdown_table(summary: dict) -> str:
    """The summary as README-ready Markdown: per-rule table, then layouts."""
    lines = [
        f"{summary['documents']} documents ({', '.join(f'{k} {v}' for k, v in summary['sets'].items())}), "
        f"{summary['clean_documents']} untouched; false positives per untouched document: "
        f"{summary['false_positives_per_clean_document']}, per document: {summary['false_positives_per_document']}; "
        f"errors: {summary['errors']}.",
        "",
        "| Rule | Expected | Found | FP | In original | Precision % | Recall % | F1 % | Precision, strict % |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for rule, row in summary["rules"].items():
        if not row["expected"] and not row["findings"]:
            continue
        lines.append(f"| {rule} | {row['expected']} | {row['recalled']} | {row['false_positives']} | "
                     f"{row['in_original']} | {_percent(row['precision'])} | {_percent(row['recall'])} | "
                     f"{_percent(row['f1'])} | {_percent(row['precision_strict'])} |")
    micro = summary["micro"]
    lines.append(f"| **all** | {sum(r['expected'] for r in summary['rules'].values())} | "
                 f"{sum(r['recalled'] for r in summary['rules'].values())} | "
                 f"{sum(r['false_positives'] for r in summary['rules'].values())} | "
                 f"{sum(r['in_original'] for r in summary['rules'].values())} | {_percent(micro['precision'])} | "
                 f"{_percent(micro['recall'])} | {_percent(micro['f1'])} | {_percent(micro['precision_strict'])} |")
    lines += ["", "In original: findings of an edited document that its unedited original raises too (the corpus's "
                  "own translation slips, or bilingo's false positives on them); not counted in precision. "
                  "Precision, strict: counting them as false positives."]
    lines += ["", "| Layout | Documents | Pairing accuracy % | Language accuracy % | Recall % | FP/doc |",
              "|---|---:|---:|---:|---:|---:|"]
    for layout, row in summary["layouts"].items():
        lines.append(f"| {layout} | {row['documents']} | {_percent(row['pairing_accuracy'])} | "
                     f"{_percent(row['language_accuracy'])} | {_percent(row['recall'])} | "
                     f"{row['false_positives_per_document']} |")
    return "\n".join(lines) + "\n"


def rich_tables(summary: dict) -> list:
    """The summary as rich tables for the terminal."""
    from rich.table import Table

    rules = Table(title=f"bilingo eval: {summary['documents']} documents, {summary['clean_documents']} untouched, "
                        f"{summary['errors']} errors", pad_edge=False)  # (80 columns hold it then)
    micro = summary["micro"]
    rules.caption = (f"exp.: expected findings; side: side effects of an edit; orig.: findings the unedited "
                     f"document raises too, not counted in P (counted as false positives, P is "
                     f"{_percent(micro['precision_strict'])} % for all rules)")
    for column in ("rule", "exp.", "found", "FP", "side", "orig.", "P %", "R %", "F1 %"):
        rules.add_column(column, justify="left" if column == "rule" else "right", no_wrap=True)
    for rule, row in summary["rules"].items():
        if not row["expected"] and not row["findings"]:
            continue
        rules.add_row(rule, str(row["expected"]), str(row["recalled"]), str(row["false_positives"]),
                      str(row["side_effects"]), str(row["in_original"]), _percent(row["precision"]),
                      _percent(row["recall"]), _percent(row["f1"]))
    rules.add_row("all", "", "", "", "", "", _percent(micro["precision"]), _percent(micro["recall"]),
                  _percent(micro["f1"]), style="bold")
    layouts = Table(title=f"false positives per untouched document: {summary['false_positives_per_clean_document']}")
    for column in ("layout", "documents", "errors", "pairing %", "language %", "recall %", "FP/doc"):
        layouts.add_column(column, justify="left" if column == "layout" else "right", no_wrap=True)
    for layout, row in summary["layouts"].items():
        layouts.add_row(layout, str(row["documents"]), str(row["errors"]), _percent(row["pairing_accuracy"]),
                        _percent(row["language_accuracy"]), _percent(row["recall"]),
                        str(row["false_positives_per_document"]))
    return [rules, layouts]
