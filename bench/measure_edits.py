"""Recall of the fine rules on edits made at scale in the dev corpus: the README's table of "edits made in the dev
corpus".

The eval (``bilingo eval``) makes a few edits of each kind per seed; this script makes one kind of edit in every
document or sentence of ``../shared/corpus-dev/`` that allows it (documents first written in English or Spanish:
flores, WMT-en/es, tico19), checks each edited document alone with the rule that should see it, and counts the edits
found. The documents are built as the rule tests build them (``tests/aligned_builder.py``: sentences paired 1:1, the
Spanish translated by Apertium), so only the rules are measured; the rule tests keep a floor under each figure, on
the whole set or a part of it.

    .venv/bin/python bench/measure_edits.py                   # every edit kind (about a minute on 2 cores)
    .venv/bin/python bench/measure_edits.py --only clauses,negations

Edit kinds (``--only``):

* ``clauses``: the last clause (after the last comma, 4 words or more) of one sentence per document dropped, from
  the Spanish (``partial-only-in-en`` expected on the English sentence) and from the English (``partial-only-in-es``);
* ``negations``: in pairs whose two sides both say a clausal negation, the one negation of one side taken out as
  the eval's edit does it (``negation-mismatch``);
* ``pronouns``: every English pronoun of a sentence (all of one sex; up to four sentences a document) swapped,
  counted apart where the Spanish sentence says él or ella and where it drops the pronoun (``pronoun-mismatch``);
* ``names``: the eval's name edit (a capitalised word both sides write, replaced by a surname the document lacks)
  in up to three sentences a document, on each side, each edit alone (``name-mismatch``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the rule tests' document builder and edit helpers

from aligned_builder import (  # noqa: E402
    CORPUS_DEV,
    DocumentSpec,
    build_aligned_documents,
    corpus_records,
    corpus_spec,
)

from bilingo.settings import Settings  # noqa: E402

SETS = ("wmt-newstest-2008-2010", "flores200-devtest", "tico19")
KINDS = ("clauses", "negations", "pronouns", "names")


def original_records() -> list[tuple[str, dict]]:
    """The dev corpus's documents first written in English or Spanish, with their set."""
    return [(set_name, record) for set_name in SETS for record in corpus_records(set_name)
            if record.get("origlang", "en") in ("en", "es")]


def found_in_segment(findings: list, version, index: int) -> bool:
    """Whether a finding lies in the segment ``index`` of ``version``."""
    segment = version.segments[index]
    return any(finding.path == version.path and segment.start <= finding.start < segment.end for finding in findings)


def clauses() -> list[tuple[str, int, int]]:
    """One clause dropped from each document's Spanish, then from its English."""
    from test_rule_partial import drop_last_clause

    from bilingo.rules import partial

    rows = []
    for side, rule in (("es", "partial-only-in-en"), ("en", "partial-only-in-es")):
        specs, indices = [], []
        for _, record in original_records():
            for index, sentence in enumerate(record[side]):
                edit = drop_last_clause(sentence, min_words=4)
                if edit and index < len(record["en"]) and index < len(record["es"]):
                    edited = list(record[side])
                    edited[index] = edit[0]
                    specs.append(corpus_spec(record, **{side: edited}))
                    indices.append(index)
                    break
        found = 0
        for document, index in zip(build_aligned_documents(specs), indices):
            flagged = document.left if side == "es" else document.right
            found += found_in_segment([f for f in partial.check(document, Settings()) if f.rule == rule], flagged,
                                      index)
        other = "Spanish" if side == "es" else "English"
        rows.append((f"{rule}: the last clause of a sentence dropped from the {other}", found, len(specs)))
    return rows


def negations() -> list[tuple[str, int, int]]:
    """One side's negation taken out of pairs that say one on both sides."""
    from test_rule_negations import _negation_edits

    from bilingo.rules import negations as rule

    rows = []
    for lang, name in (("en", "English"), ("es", "Spanish")):
        edits = _negation_edits(lang)
        documents = build_aligned_documents([DocumentSpec(en, es) for en, es in edits])
        found = sum(bool(rule.check(document, Settings())) for document in documents)
        rows.append((f"negation-mismatch: the {name} negation taken out", found, len(edits)))
    return rows


def pronouns() -> list[tuple[str, int, int]]:
    """Every English pronoun of a sentence swapped, where the Spanish says él/ella and where it drops them."""
    from test_rule_pronouns import pronoun_swap_found, swapped_pronoun_edits

    edits = swapped_pronoun_edits()
    specs = [corpus_spec(record, en=record["en"][:index] + [swapped] + record["en"][index + 1:])
             for record, index, swapped, _ in edits]
    counts = {True: [0, 0], False: [0, 0]}
    for document, (_, index, _, explicit) in zip(build_aligned_documents(specs), edits):
        counts[explicit][0] += pronoun_swap_found(document, index)
        counts[explicit][1] += 1
    return [("pronoun-mismatch: English pronouns swapped where the Spanish says él or ella", *counts[True]),
            ("pronoun-mismatch: English pronouns swapped where the Spanish drops them", *counts[False])]


def names() -> list[tuple[str, int, int]]:
    """The eval's name edit, up to three sentences a document, on each side."""
    from bilingo.evaluation.perturb import _NAME, _NOT_NAMES, REPLACEMENT_NAMES
    from bilingo.rules import names as rule

    specs, cases = [], []
    for _, record in original_records():
        replacement = next(n for n in REPLACEMENT_NAMES if n not in " ".join(record["en"] + record["es"]))
        for side in ("en", "es"):
            edits = 0
            for index, (en, es) in enumerate(zip(record["en"], record["es"])):
                found = [m.group() for m in _NAME.finditer(en) if m.group() not in _NOT_NAMES
                         and re.search(rf"\b{m.group()}\b", es)]
                if not found:
                    continue
                edited = {"en": list(record["en"]), "es": list(record["es"])}
                edited[side][index] = re.sub(rf"\b{found[0]}\b", replacement, edited[side][index])
                specs.append(corpus_spec(record, en=edited["en"], es=edited["es"]))
                cases.append((found[0], replacement))
                edits += 1
                if edits == 3:
                    break
    found = sum(any(replacement in f.text or replacement in f.message or name in f.message
                    for f in rule.check(document, Settings()))
                for document, (name, replacement) in zip(build_aligned_documents(specs), cases))
    return [("name-mismatch: a name both versions write replaced on one side", found, len(specs))]


MEASURES: dict[str, Callable[[], list[tuple[str, int, int]]]] = {
    "clauses": clauses, "negations": negations, "pronouns": pronouns, "names": names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(KINDS), help=f"comma-separated subset of {','.join(KINDS)}")
    options = parser.parse_args(argv)
    if not CORPUS_DEV.is_dir():
        sys.exit(f"measure_edits: the shared dev corpus is missing ({CORPUS_DEV})")
    kinds = [kind.strip() for kind in options.only.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in MEASURES]
    if unknown:
        sys.exit(f"measure_edits: unknown edit kind {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    print("| edit | found | of | % |\n|---|---|---|---|")
    for kind in kinds:
        began = time.perf_counter()
        for label, found, total in MEASURES[kind]():
            print(f"| {label} | {found} | {total} | {100 * found / max(1, total):.0f}% |", flush=True)
        print(f"measure_edits: {kind} took {time.perf_counter() - began:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
