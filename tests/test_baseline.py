"""Baselines: known findings are recorded once and ignored later; only new ones fail CI."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from bilingo.baseline import BASELINE_VERSION, apply_baseline, load_baseline, write_baseline
from bilingo.errors import InputError
from bilingo.findings import make_finding
from bilingo.model import DocumentReport, Report, Signature, SourceDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FLORES = SHARED / "corpus-dev/flores200-devtest/docs.jsonl"
SIGNATURE = Signature(version="test", translator="apertium", model="default", thresholds={"match": 0.3})


@pytest.fixture
def article() -> dict:
    if not FLORES.exists():
        pytest.skip("../shared/corpus-dev is not available")
    with FLORES.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if len(article["en"]) >= 4:
                return article
    pytest.fail("no FLORES article with four sentences")


def write_article(path: Path, sentences: list[str], preamble: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(preamble + "\n\n".join(sentences) + "\n", encoding="utf-8")


def report_flagging(path: Path, sentences: list[str], rule: str = "only-in-en") -> Report:
    """A report with one finding per flagged sentence, located in the file as it is now."""
    source = SourceDocument(path=str(path), text=path.read_text(encoding="utf-8"), format="markdown", blocks=[])
    findings = []
    for sentence in sentences:
        start = source.text.index(sentence)
        findings.append(make_finding(rule, source, start, start + len(sentence), "no counterpart", lang="en"))
    # a second occurrence of the same sentence is a second finding
    return Report(SIGNATURE, [DocumentReport([str(path)], {str(path): "en"}, [], findings)])


def test_known_findings_survive_line_shifts_and_only_new_ones_remain(tmp_path, article):
    story = tmp_path / "content/story.en.md"
    first, second, third = article["en"][:3]
    write_article(story, article["en"])
    baseline = tmp_path / "bilingo-baseline.json"
    assert write_baseline(report_flagging(story, [first, second]), baseline) == 2

    # An editor adds a paragraph at the top: every line moves down, nothing else changes.
    write_article(story, article["en"], preamble="Updated on Monday with reactions.\n\nEditor's note.\n\n")
    later = report_flagging(story, [first, second, third])
    assert later.findings[0].line > 2  # the findings really did move
    result = apply_baseline(later, baseline)

    assert [finding.text for finding in later.findings] == [third]
    assert result.matched == 2 and result.stale == 0


def test_baseline_paths_are_relative_so_a_moved_checkout_still_matches(tmp_path, article):
    checkout = tmp_path / "checkout"
    story = checkout / "content/story.en.md"
    write_article(story, article["en"])
    write_baseline(report_flagging(story, article["en"][:2]), checkout / "bilingo-baseline.json")
    record = json.loads((checkout / "bilingo-baseline.json").read_text(encoding="utf-8"))
    assert record["version"] == BASELINE_VERSION
    assert {entry["path"] for entry in record["findings"]} == {"content/story.en.md"}
    assert "line" not in json.dumps(record)

    moved = tmp_path / "elsewhere"
    shutil.copytree(checkout, moved)
    later = report_flagging(moved / "content/story.en.md", article["en"][:2])
    apply_baseline(later, moved / "bilingo-baseline.json")
    assert later.findings == []


def report_flagging_every_occurrence(story: Path, sentence: str) -> Report:
    source = SourceDocument(path=str(story), text=story.read_text(encoding="utf-8"), format="markdown", blocks=[])
    starts = [source.text.index(sentence), source.text.rindex(sentence)]
    findings = [make_finding("only-in-en", source, s, s + len(sentence), "no counterpart", lang="en") for s in starts]
    return Report(SIGNATURE, [DocumentReport([str(story)], {}, [], findings)])


def test_baseline_entries_are_counted(tmp_path, article):
    sentence = article["en"][0]
    story = tmp_path / "story.en.md"
    # the same sentence twice in the article: two identical findings
    write_article(story, [sentence, *article["en"][1:3], sentence])
    baseline = tmp_path / "baseline.json"
    write_baseline(report_flagging(story, [sentence]), baseline)
    assert load_baseline(baseline).total() == 1

    twice = report_flagging_every_occurrence(story, sentence)
    result = apply_baseline(twice, baseline)
    assert result.matched == 1
    assert len(twice.findings) == 1  # one copy is known, the other is new

    write_baseline(report_flagging_every_occurrence(story, sentence), baseline)
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [entry["count"] for entry in entries] == [2]
    both_known = report_flagging_every_occurrence(story, sentence)
    assert apply_baseline(both_known, baseline).matched == 2 and both_known.findings == []


def test_a_different_rule_or_changed_text_is_a_new_finding(tmp_path, article):
    story = tmp_path / "story.en.md"
    write_article(story, article["en"])
    baseline = tmp_path / "baseline.json"
    write_baseline(report_flagging(story, article["en"][:1]), baseline)

    other_rule = report_flagging(story, article["en"][:1], rule="untranslated")
    assert apply_baseline(other_rule, baseline).matched == 0 and len(other_rule.findings) == 1

    edited = [article["en"][0].replace(" ", "  ", 1) + " Updated.", *article["en"][1:]]
    write_article(story, edited)
    changed = report_flagging(story, edited[:1])
    assert apply_baseline(changed, baseline).matched == 0 and len(changed.findings) == 1
    # whitespace alone is not a change
    write_article(story, [article["en"][0].replace(" ", "\n", 1), *article["en"][1:]])
    rewrapped = report_flagging(story, [article["en"][0].replace(" ", "\n", 1)])
    assert apply_baseline(rewrapped, baseline).matched == 1


def test_writing_is_atomic_and_replaces_the_old_baseline(tmp_path, article):
    story = tmp_path / "story.en.md"
    write_article(story, article["en"])
    baseline = tmp_path / "ci/baseline.json"
    write_baseline(report_flagging(story, article["en"][:3]), baseline)
    write_baseline(report_flagging(story, article["en"][:1]), baseline)
    assert sorted(path.name for path in baseline.parent.iterdir()) == ["baseline.json"]
    assert load_baseline(baseline).total() == 1
    # committed to the content repository: readable as any new file is, not owner-only like a temporary
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(baseline.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("{not json", "invalid JSON"),
        ('{"findings": []}', "no 'version' and 'findings'"),
        ('{"version": 99, "findings": []}', "baseline version 99 is not supported"),
        ('{"version": 1, "findings": [{"count": 1}]}', "an entry has no fingerprint"),
        ('{"version": 1, "findings": [{"fingerprint": "ab", "count": 0}]}', "count must be a positive integer"),
    ],
)
def test_a_bad_baseline_file_is_an_input_error(tmp_path, content, message):
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_baseline(baseline)


def test_baseline_end_to_end_only_new_findings_fail(tmp_path):
    """--write-baseline records today's findings; --baseline then fails only on new ones,
    even after an edit that moves the known finding down the file."""
    import os
    import subprocess
    import sys

    if not FLORES.exists():
        pytest.skip("../shared/corpus-dev is not available")
    with FLORES.open(encoding="utf-8") as lines:
        article = next(a for a in map(json.loads, lines) if 3 <= len(a["en"]) <= 4)
    english, spanish = tmp_path / "story.en.md", tmp_path / "story.es.md"
    english.write_text("\n\n".join(article["en"]) + "\n", encoding="utf-8")
    spanish.write_text("\n\n".join(article["es"][:-1]) + "\n", encoding="utf-8")  # a dropped sentence
    environment = {**os.environ, "NO_COLOR": "1"}

    def bilingo(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bilingo", "check", "story.en.md", "story.es.md", "--translator", "apertium",
             "--cache-dir", "cache", "--format", "json", *args],
            capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=300,
        )

    assert bilingo().returncode == 1
    written = bilingo("--write-baseline", "ci/baseline.json")
    assert written.returncode == 0, written.stderr
    entries = json.loads((tmp_path / "ci/baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [(e["path"], e["rule"]) for e in entries] == [("../story.en.md", "only-in-en")]

    known = bilingo("--baseline", "ci/baseline.json")
    assert known.returncode == 0 and json.loads(known.stdout)["documents"][0]["findings"] == []

    # A new English-only paragraph goes in at the top; the known finding moves down two lines.
    added = "The city council will vote on the proposal next Tuesday after a public hearing."
    english.write_text(added + "\n\n" + "\n\n".join(article["en"]) + "\n", encoding="utf-8")
    new = bilingo("--baseline", "ci/baseline.json")
    assert new.returncode == 1
    findings = json.loads(new.stdout)["documents"][0]["findings"]
    assert [f["text"] for f in findings] == [added]
