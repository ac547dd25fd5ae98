"""bilingo eval: the perturbation benchmark keeps its scores, and the corpus/ fixtures their expected findings.

The benchmark subset (12 flores + 12 wmt documents, every edit kind, all five layouts,
real files, real pipeline, real Apertium) must stay above minimum scores set a little
below what it measures (micro precision 0.86, recall 0.86, 0.08 false positives per
document, none on the 5 untouched ones, coverage recall 1.0, number recall 1.0, pairing
>= 0.97 in every layout; it measured 0.53, 0.57 and 0.29 when first written; with the
findings already in the unedited documents apart, precision 1.0, 0.87 counting them), so a
change that makes detection worse fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bilingo.evaluation.fixtures import find_fixtures, load_fixture, run_fixture
from bilingo.evaluation.layouts import LAYOUTS, write_document
from bilingo.evaluation.perturb import (
    BENCHMARK_KINDS,
    CORPUS_DEV,
    build_benchmark_suite,
    change_number,
    corpus_available,
    drop_clause,
    load_documents,
    split_sentence,
    swap_pronouns,
    turn_opposite,
    untranslate_sentence,
)
from bilingo.evaluation.run import build_benchmark, run_benchmark, summarise
from bilingo.settings import Settings
from bilingo.translate import create_translator

REPO = Path(__file__).resolve().parents[1]
needs_corpus = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus-dev is absent")


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return Settings(translator="apertium", cache_dir=str(tmp_path_factory.mktemp("eval-cache")))


@pytest.fixture(scope="module")
def translator(settings):
    return create_translator(settings)


@pytest.fixture(scope="module")
def benchmark_items() -> list:
    return build_benchmark(CORPUS_DEV, ["flores", "wmt"], 12, seed=0)


@pytest.fixture(scope="module")
def benchmark_scores(benchmark_items, settings, translator) -> list:
    return run_benchmark(benchmark_items, settings, translator, jobs=2)


@pytest.fixture(scope="module")
def benchmark(benchmark_scores) -> dict:
    return summarise(benchmark_scores)


@needs_corpus
def test_benchmark_subset_keeps_its_scores(benchmark):
    assert benchmark["documents"] == 24
    assert benchmark["errors"] == 0
    assert benchmark["micro"]["recall"] >= 0.75
    assert benchmark["micro"]["precision"] >= 0.9  # 1.0 when first measured, findings already in the original apart
    assert benchmark["micro"]["precision_strict"] >= 0.75  # counting those as false positives
    assert benchmark["false_positives_per_document"] <= 0.2
    assert benchmark["false_positives_per_clean_document"] <= 0.2
    coverage = [benchmark["rules"][rule] for rule in ("only-in-en", "only-in-es")]
    assert sum(r["recalled"] for r in coverage) / sum(r["expected"] for r in coverage) >= 0.8
    assert benchmark["rules"]["number-mismatch"]["recall"] >= 0.5


@needs_corpus
def test_a_finding_the_unedited_document_raises_too_is_counted_apart(benchmark_items, benchmark_scores, settings,
                                                                      translator, tmp_path):
    """The corpus's own translation slips are found in the unedited document as well: such a finding of an edited
    document is neither a true nor a false positive. Untouched documents have no original to compare with, so
    every finding there stays a false positive (what false positives per untouched document measure)."""
    from bilingo.check import check_paths
    from bilingo.evaluation.scoring import finding_key

    apart = [(item, score) for item, score in zip(benchmark_items, benchmark_scores) if score.original_findings]
    assert apart, "the subset's corpus documents have differences of their own"
    for number, (item, score) in enumerate(apart):
        assert item.original is not None and not score.clean
        original = write_document(item.original, item.layout, tmp_path / str(number), "original")
        found = {finding_key(f) for f in check_paths(original.paths, settings, translator).findings}
        for finding in score.original_findings:
            assert (finding["rule"], finding["lang"], " ".join(finding["text"].split())) in found
    assert all(not score.in_original for score in benchmark_scores if score.clean)
    assert sum(sum(score.in_original.values()) for score in benchmark_scores) == sum(
        row["in_original"] for row in summarise(benchmark_scores)["rules"].values())


@needs_corpus
def test_benchmark_pairs_sentences_in_every_layout(benchmark):
    assert set(benchmark["layouts"]) == set(LAYOUTS)
    assert benchmark["layouts"]["two-files"]["pairing_accuracy"] >= 0.95
    for layout in LAYOUTS[1:]:
        assert benchmark["layouts"][layout]["pairing_accuracy"] >= 0.9, layout
        assert benchmark["layouts"][layout]["language_accuracy"] >= 0.95, layout


@needs_corpus
def test_benchmark_is_deterministic_and_covers_every_edit():
    documents = load_documents("wmt", 28, min_sentences=2, max_sentences=60, origlangs=("en", "es"))
    first, second = build_benchmark_suite(documents, seed=0), build_benchmark_suite(documents, seed=0)
    assert [(e.name, e.en, e.es) for e in first] == [(e.name, e.en, e.es) for e in second]
    assert {e.edit.kind for e in first} == set(BENCHMARK_KINDS)
    moved = build_benchmark_suite(documents, seed=1)
    assert [(e.en, e.es) for e in moved] != [(e.en, e.es) for e in first]


@needs_corpus
def test_fine_edits_change_one_side_of_one_pair():
    documents = load_documents("flores", 40)
    for edit in (change_number, untranslate_sentence, swap_pronouns, turn_opposite):
        edited = next(e for e in (edit(d, "en") for d in documents) if e is not None)
        document = next(d for d in documents if d.doc_id == edited.doc_id)
        (index,) = edited.edit.positions
        changed = [i for i, (a, b) in enumerate(zip(edited.en, document.en)) if a != b]
        assert changed == [index], edit.__name__
        assert edited.es == list(document.es)
        assert edited.expected and all(index in e.indices for e in edited.expected)


@needs_corpus
def test_an_opposite_edit_turns_one_word_of_a_pair_whose_other_side_says_its_kind():
    """"arrested" -> "released" where the Spanish says "detenido": the edit a translator's slip would make."""
    documents = load_documents("flores", 100)
    edits = [e for e in (turn_opposite(d, side) for d in documents for side in ("en", "es")) if e is not None]
    assert len(edits) >= 10
    for edited in edits:
        document = next(d for d in documents if d.doc_id == edited.doc_id)
        (index,) = edited.edit.positions
        side = edited.edit.side
        before, after = getattr(document, side)[index], getattr(edited, side)[index]
        word, opposite = edited.edit.detail.split(" -> ")
        assert before.replace(word, opposite, 1) == after and word.lower() != opposite.lower()
        assert [e.rule for e in edited.expected] == ["decision-mismatch"]


@needs_corpus
def test_layouts_place_every_sentence_exactly(tmp_path):
    documents = load_documents("wmt", 12, min_sentences=2, max_sentences=60, origlangs=("en", "es"))
    for number, edited in enumerate(build_benchmark_suite(documents)):
        written = write_document(edited, LAYOUTS[number % len(LAYOUTS)], tmp_path / str(number), "doc")
        texts = {path: Path(path).read_text(encoding="utf-8") for path in written.paths}
        for lang in ("en", "es"):
            for sentence, (path, start, end) in zip(edited.sentences(lang), written.places[lang]):
                assert texts[path][start:end] == " ".join(sentence.split()).replace(
                    "|", "/" if written.layout == "table" else "|")


FIXTURES = find_fixtures(REPO / "corpus")


def test_corpus_has_fixtures_for_every_layout_and_rule():
    fixtures = [load_fixture(path) for path in FIXTURES]
    assert {f.layout for f in fixtures} >= set(LAYOUTS)
    rules = {e.rule for f in fixtures for e in f.expected}
    assert rules >= {"only-in-en", "only-in-es", "low-similarity", "number-mismatch", "name-mismatch",
                     "quote-mismatch", "partial-only-in-en", "partial-only-in-es", "untranslated",
                     "pronoun-mismatch"}
    assert sum(1 for f in fixtures if not f.expected and "*" in f.quiet) >= 3


@pytest.mark.parametrize("expected_file", FIXTURES, ids=[str(p.relative_to(REPO / "corpus")) for p in FIXTURES])
def test_fixture_findings_match_expected_file(expected_file, settings, translator):
    result = run_fixture(load_fixture(expected_file), settings, translator)
    assert result.error is None
    assert [e.text for e in result.missed] == []
    assert [(f.rule, f.text) for f in result.quiet_violations] == []


def test_eval_without_corpus_is_a_usage_error(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "bilingo", "eval", "--corpus-dev", str(tmp_path / "absent")],
        capture_output=True, text=True,
    )
    assert completed.returncode == 2
    assert "dev corpus is not there" in completed.stderr
    assert "Traceback" not in completed.stderr


@needs_corpus
def test_eval_command_writes_json_and_markdown(tmp_path):
    json_path, markdown_path = tmp_path / "eval.json", tmp_path / "eval.md"
    completed = subprocess.run(
        [sys.executable, "-m", "bilingo", "eval", "--sets", "flores", "--limit", "5", "-q",
         "--cache-dir", str(tmp_path / "cache"), "--json", str(json_path), "--markdown", str(markdown_path)],
        capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    summary = json.loads(json_path.read_text(encoding="utf-8"))["summary"]
    assert summary["documents"] == 5 and summary["settings"]["sets"] == ["flores"]
    assert "| only-in-en |" in markdown_path.read_text(encoding="utf-8") or summary["rules"]["only-in-en"]["expected"] == 0


@needs_corpus
def test_pronoun_swap_leaves_amino_acid_chains_alone():
    """"Ile-His-Pro" is histidine, not "his": the swap used to write "Ile-Her-Pro" and expect a finding."""
    document = next(d for d in load_documents("tico") if d.doc_id == "wiki_20")
    edited = swap_pronouns(document, "en")
    assert edited is None or all("-Her-" not in sentence for sentence in edited.en)
    assert edited is None or edited.en != list(document.en)


@needs_corpus
def test_clause_drop_does_not_cut_at_a_decimal_comma():
    """"a 1,8 niños por pareja, comparado con...": the clause boundary is the comma after "pareja", not the
    decimal comma of 1,8 (the drop used to leave "ha caído en picado a 1, comparado...")."""
    document = next(d for d in load_documents("wmt") if d.doc_id == "newstest2010:washpost/2009/12/12/79407")
    edited = drop_clause(document, "es")
    (index,) = edited.edit.positions
    assert "1,8 niños por pareja" in document.es[index]
    assert "1,8 niños por pareja" in edited.es[index] and edited.es[index] != document.es[index]


@needs_corpus
def test_a_split_cuts_inside_the_longest_sentence_of_a_line_holding_two():
    """The Economist's line "...de un adulto salvaje. El clima casi nunca es adecuado: ..." holds two sentences.
    The split used to cut the line at the space nearest its middle, right after "El", and wrote "...salvaje. El."
    and "Clima casi nunca...": a one-word piece no editor writes, which bilingo rightly reported as Spanish only."""
    document = next(d for d in load_documents("wmt") if d.doc_id == "newstest2010:economist/2009/12/10/17238")
    edited = split_sentence(document, "es")
    (index,) = edited.edit.positions
    first, second = edited.es[index], edited.es[index + 1]
    assert document.es[index].startswith("Incluso en la actualidad") and ". El clima" in document.es[index]
    assert first.startswith(document.es[index].split(". El clima")[0] + ". El clima")
    assert " ".join(f"{first[:-1]} {second[0].lower()}{second[1:]}".split()) == " ".join(document.es[index].split())
    assert all(len(piece.split(". ")[-1].split()) >= 3 for piece in (first, second))
