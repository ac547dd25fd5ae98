"""SARIF, JUnit and GitHub Actions output: valid for the tools that read them, and faithful.

Reports here are built from the seed articles with real spans (``make_finding``), so a
region or annotation that points at the wrong text fails the test. SARIF is validated
against the official OASIS SARIF 2.1.0 JSON schema shipped in tests/schemas/.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from junitparser import Error, Failure, JUnitXml

from bilingo.findings import make_finding
from bilingo.model import DocumentReport, Finding, Report, Signature, SourceDocument
from bilingo.report import write_report
from bilingo.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SARIF_SCHEMA = json.loads((ROOT / "tests/schemas/sarif-2.1.0.json").read_text(encoding="utf-8"))
SIGNATURE = Signature(version="0.1.0", translator="apertium", model="default", thresholds={"match": 0.3, "skip": 0.3})


def seed_tree(root: Path) -> tuple[Path, Path]:
    """The two seed articles copied into a folder whose name needs URI escaping."""
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not available")
    folder = root / "content/asylum, 2022"
    folder.mkdir(parents=True)
    rewrite = folder / "elamerican.txt"
    source = folder / "foxnews.txt"
    shutil.copy(seeds / "elamerican-asylum-russians.txt", rewrite)
    shutil.copy(seeds / "foxnews-asylum-russians.txt", source)
    return rewrite, source


def read_source(path: Path, display: str) -> SourceDocument:
    return SourceDocument(path=display, text=path.read_text(encoding="utf-8"), format="text", blocks=[])


def flag(source: SourceDocument, rule: str, phrase: str, message: str, **extra) -> Finding:
    start = source.text.index(phrase)
    return make_finding(rule, source, start, start + len(phrase), message, lang="en", **extra)


def build_report(root: Path, fail_on: str = "warning") -> Report:
    """Three documents: one with findings of every severity, one clean, one unreadable."""
    rewrite_path, source_path = seed_tree(root)
    rewrite = read_source(rewrite_path, "content/asylum, 2022/elamerican.txt")
    source = read_source(source_path, "content/asylum, 2022/foxnews.txt")
    findings = [
        flag(rewrite, "pronoun-mismatch", "he added", "'he' refers to Karine Jean-Pierre, 'she' in the source",
             evidence={"counterpart": "she added", "witness": "White House Press Secretary Karine Jean-Pierre said"}),
        flag(source, "only-in-en", source.text.splitlines()[0], "sentence missing from the rewrite, 100%: gone"),
        flag(rewrite, "monolingual", "Skip to content", "navigation, not compared"),
    ]
    # a multi-line span
    paragraph_end = rewrite.text.index("\n", rewrite.text.index("Vladimir Putin"))
    findings.append(make_finding("low-similarity", rewrite, paragraph_end - 20, paragraph_end + 15,
                                 "pair differs", lang="en", score=0.21))
    checked = DocumentReport(
        inputs=[rewrite.path, source.path], languages={rewrite.path: "en", source.path: "en"}, pairs=[],
        findings=findings, timings={"translate": 0.5, "align": 0.25},
    )
    clean = DocumentReport(inputs=["content/clean.en.md", "content/clean.es.md"], languages={}, pairs=[], findings=[])
    broken_message = "content/broken.es.md: not valid UTF-8 and no fallback encoding fits"
    broken = DocumentReport(
        inputs=["content/broken.es.md"], languages={}, pairs=[],
        findings=[Finding("document-error", "error", "und", "content/broken.es.md", 0, 0, 1, 1, 1, 1, "", broken_message)],
        error=broken_message, error_exit_code=2,
    )
    return Report(SIGNATURE, [checked, clean, broken], fail_on=fail_on)


def render(report: Report, format_name: str, **options) -> str:
    stream = io.StringIO()
    write_report(report, format_name, stream, **options)
    return stream.getvalue()


# --- SARIF ---------------------------------------------------------------------------------


def validate_sarif(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_is_valid_and_describes_every_rule(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = json.loads(render(build_report(tmp_path), "sarif"))
    validate_sarif(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "bilingo" and driver["version"] == "0.1.0" and driver["informationUri"]
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES.values()]
    number = next(rule for rule in driver["rules"] if rule["name"] == "number-mismatch")
    assert number["id"] == "BL201"
    assert number["fullDescription"]["text"] == RULES["number-mismatch"].doc()
    assert number["defaultConfiguration"]["level"] == "error"
    assert next(r for r in driver["rules"] if r["name"] == "monolingual")["defaultConfiguration"]["level"] == "note"
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["properties"]["signature"] == SIGNATURE.format()


def test_sarif_results_point_at_the_flagged_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = build_report(tmp_path)
    run = json.loads(render(report, "sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == RULES[finding.rule].code
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert "\\" not in uri and " " not in uri and not uri.startswith("/")
        if finding.rule == "document-error":
            assert uri == "content/broken.es.md"
            continue
        assert uri.startswith("content/asylum%2C%202022/")
        text = (tmp_path / finding.path).read_text(encoding="utf-8")
        region = location["region"]
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == finding.text
        lines = text.splitlines(keepends=True)
        assert lines[region["startLine"] - 1][region["startColumn"] - 1 :].startswith(finding.text.split("\n")[0])
        assert region["endLine"] >= region["startLine"]
        assert result["partialFingerprints"]["bilingoFingerprint/v1"]
    levels = {result["level"] for result in run["results"]}
    assert levels == {"error", "warning", "note"}
    assert any(region["endLine"] > region["startLine"] for region in
               (r["locations"][0]["physicalLocation"]["region"] for r in run["results"]))
    notifications = run["invocations"][0]["toolExecutionNotifications"]
    assert [note["message"]["text"] for note in notifications] == [report.documents[2].error]


def test_sarif_fingerprints_do_not_depend_on_where_the_checkout_is(tmp_path, monkeypatch):
    first, second = tmp_path / "one", tmp_path / "two"
    fingerprints = []
    for checkout in (first, second):
        checkout.mkdir()
        monkeypatch.chdir(checkout)
        report = build_report(checkout)
        for document in report.documents:  # absolute paths, as a CI job might pass them
            for finding in document.findings:
                finding.path = str(checkout / finding.path)
        run = json.loads(render(report, "sarif"))["runs"][0]
        fingerprints.append([r["partialFingerprints"]["bilingoFingerprint/v1"] for r in run["results"]])
        assert all(not r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:")
                   for r in run["results"])
    assert fingerprints[0] == fingerprints[1]
    assert len(set(fingerprints[0])) == len(fingerprints[0])


def test_sarif_marks_a_translator_failure_as_unsuccessful(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = build_report(tmp_path)
    report.documents[2].error_exit_code = 3
    log = json.loads(render(report, "sarif"))
    validate_sarif(log)
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False


# --- JUnit ---------------------------------------------------------------------------------


def parse_junit(text: str) -> dict:
    xml = JUnitXml.fromstring(text.encode("utf-8"))
    suites = list(xml)
    assert len(suites) == 1
    return {case.name: case for case in suites[0]}


def test_junit_has_one_testcase_per_document(tmp_path):
    report = build_report(tmp_path, fail_on="warning")
    cases = parse_junit(render(report, "junit"))
    checked, clean, broken = report.documents
    assert list(cases) == [" ↔ ".join(d.inputs) for d in report.documents]

    failures = [r for r in cases[" ↔ ".join(checked.inputs)].result if isinstance(r, Failure)]
    assert len(failures) == 1
    listing = failures[0].text
    # every finding is listed, including the info one below fail-on
    for finding in checked.findings:
        assert f"{finding.path}:{finding.line}:{finding.column}: {RULES[finding.rule].code}" in listing
    assert "3 findings at or above warning" in failures[0].message

    assert cases[" ↔ ".join(clean.inputs)].is_passed
    errors = [r for r in cases[broken.inputs[0]].result if isinstance(r, Error)]
    assert len(errors) == 1 and errors[0].message == broken.error


def test_junit_findings_below_fail_on_do_not_fail_the_testcase(tmp_path):
    report = build_report(tmp_path, fail_on="never")
    text = render(report, "junit")
    cases = parse_junit(text)
    checked = cases[" ↔ ".join(report.documents[0].inputs)]
    assert checked.is_passed
    assert "BL207 pronoun-mismatch" in checked.system_out
    suite = next(iter(JUnitXml.fromstring(text.encode())))
    assert (suite.tests, suite.failures, suite.errors) == (3, 0, 1)


def test_junit_survives_control_characters_in_the_text(tmp_path):
    report = build_report(tmp_path)
    report.documents[0].findings[0].text = "he\x0badded\x00"
    cases = parse_junit(render(report, "junit"))
    assert len(cases) == 3


# --- GitHub Actions ------------------------------------------------------------------------

COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def parse_commands(output: str) -> list[dict]:
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        if match:
            properties = dict(item.split("=", 1) for item in match["properties"].split(","))
            commands.append({"level": match["level"], "message": unescape(match["message"]),
                             **{key: unescape(value) for key, value in properties.items()}})
    return commands


def test_github_annotations_escape_and_locate_every_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    report = build_report(tmp_path)
    output = render(report, "github")
    commands = parse_commands(output)
    assert len(commands) == len(report.findings)
    for command, finding in zip(commands, report.findings):
        assert command["level"] == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        assert command["file"] == finding.path  # the comma in the folder name survived the escaping
        assert int(command["line"]) == finding.line and int(command["endLine"]) == finding.end_line
        rule = RULES[finding.rule]
        assert command["title"] == f"bilingo {rule.code} {rule.name}"
        assert command["message"].startswith(finding.message)
        if "col" in command:
            assert finding.line == finding.end_line
            assert (int(command["col"]), int(command["endColumn"])) == (finding.column, finding.end_column)
    assert "100%: gone" in commands[1]["message"]
    assert "\nen: " in commands[0]["message"] and "other version: she added" in commands[0]["message"]
    assert "\nwitness: White House Press Secretary Karine Jean-Pierre said" in commands[0]["message"]
    assert output.rstrip().splitlines()[-1].startswith("bilingo FAIL: 3 documents")


def test_github_step_summary_lists_every_finding_and_appends(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("## earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    report = build_report(tmp_path)
    report.documents[0].findings[0].message = "a | pipe\nand a line break"
    render(report, "github")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## earlier step\n")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == len(report.findings)
    assert all(row.count(" | ") == 4 for row in (r.replace("\\|", "") for r in rows))
    assert "a \\| pipe and a line break" in text
    for finding in report.findings:
        assert f"{finding.path}:{finding.line}:{finding.column}" in text


# --- end to end, through the real command line and real Apertium ---------------------------


def test_every_ci_format_from_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    flores = SHARED / "corpus-dev/flores200-devtest/docs.jsonl"
    if not flores.exists():
        pytest.skip("../shared/corpus-dev is not available")
    with flores.open(encoding="utf-8") as lines:
        article = next(a for a in map(json.loads, lines) if 3 <= len(a["en"]) <= 4)
    content = tmp_path / "content"
    content.mkdir()
    (content / "story.en.md").write_text("\n\n".join(article["en"]) + "\n", encoding="utf-8")
    (content / "story.es.md").write_text("\n\n".join(article["es"][:-1]) + "\n", encoding="utf-8")
    (content / "broken.en.md").write_text("\n\n".join(article["en"]) + "\n", encoding="utf-8")
    (content / "broken.es.md").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    summary = tmp_path / "summary.md"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment.update({"NO_COLOR": "1", "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})

    def bilingo(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bilingo", "check", "content", "--translator", "apertium", "--cache-dir", "cache",
             *args],
            capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=300,
        )

    sarif = bilingo("--format", "sarif", "--output", "out/bilingo.sarif")
    assert sarif.returncode == 1, sarif.stderr
    log = json.loads((tmp_path / "out/bilingo.sarif").read_text(encoding="utf-8"))
    validate_sarif(log)
    results = log["runs"][0]["results"]
    story = [r for r in results if r["ruleId"] == "BL101"]
    assert len(story) == 1
    location = story[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "content/story.en.md"
    text = (content / "story.en.md").read_text(encoding="utf-8")
    region = location["region"]
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == article["en"][-1]
    assert any(r["ruleId"] == "BL901" for r in results)

    junit = bilingo("--format", "junit", "--output", "out/bilingo.xml")
    assert junit.returncode == 1
    cases = {case.name: case for suite in JUnitXml.fromfile(str(tmp_path / "out/bilingo.xml")) for case in suite}
    assert set(cases) == {"content/broken.en.md ↔ content/broken.es.md", "content/story.en.md ↔ content/story.es.md"}
    assert any(isinstance(r, Error) for r in cases["content/broken.en.md ↔ content/broken.es.md"].result)
    failure = next(r for r in cases["content/story.en.md ↔ content/story.es.md"].result if isinstance(r, Failure))
    assert "BL101 only-in-en" in failure.text

    summary.write_text("", encoding="utf-8")
    github = bilingo("--format", "github")
    assert github.returncode == 1
    commands = parse_commands(github.stdout)
    assert {(c["level"], c["file"], c["title"]) for c in commands} >= {
        ("error", "content/story.en.md", "bilingo BL101 only-in-en")
    }
    table = summary.read_text(encoding="utf-8")
    assert table.count("| 🔴 error | BL101 `only-in-en`") == 1 and "BL901" in table
