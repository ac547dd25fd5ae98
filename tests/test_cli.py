"""End to end through the real command line, on the real demo article and seeds, with real Apertium."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilingo.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
DEMO_EN = ROOT / "corpus/demo/asylum-russians.en.md"
DEMO_ES = ROOT / "corpus/demo/asylum-russians.es.md"
SEED_REWRITE = ROOT / "corpus/elamerican-asylum-russians.txt"
SEED_SOURCE = ROOT / "corpus/foxnews-asylum-russians.txt"


def run_bilingo(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bilingo", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory) -> dict:
    cache = tmp_path_factory.mktemp("cache")
    result = run_bilingo(
        "check", str(DEMO_EN), str(DEMO_ES), "--format", "json", "--translator", "apertium", "--cache-dir", str(cache)
    )
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def test_help_answers_without_loading_torch():
    code = "import sys; from bilingo.cli import cli; import bilingo.check, bilingo.translate; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
    help_text = run_bilingo("check", "--help")
    assert help_text.returncode == 0
    assert "only-in-en" in help_text.stdout and "Exit codes" in help_text.stdout


def test_the_rule_list_is_one_line_a_rule_and_one_rule_explains_itself_in_full():
    """``bilingo rules`` and ``check --help`` list every rule on one line of a 110-column terminal; the full reading
    of a rule (decision-mismatch names over a hundred pairs of opposites) is in ``bilingo rules NAME`` alone."""
    assert all(len(rule.summary) <= 80 and "\n" not in rule.summary for rule in RULES.values())
    listing = run_bilingo("rules")
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [rule.code for rule in RULES.values()]
    assert max(len(line) for line in lines) <= 112
    help_text = run_bilingo("check", "--help").stdout
    assert "praised against criticized" not in help_text and "BL208  decision-mismatch" in help_text
    assert len(help_text) < 8000

    explained = run_bilingo("rules", "decision-mismatch")
    assert explained.returncode == 0
    text = " ".join(explained.stdout.split())
    assert RULES["decision-mismatch"].summary in text
    assert "praised against criticized" in text and "Why it matters:" in text and "Example:" in text
    assert max(len(line) for line in explained.stdout.splitlines()) <= 100


def test_demo_json_contract_and_languages_detected_whatever_the_order(tmp_path):
    result = run_bilingo(
        "check", str(DEMO_ES), str(DEMO_EN), "--format", "json", "--translator", "apertium", "--cache-dir", str(tmp_path)
    )
    report = json.loads(result.stdout)
    assert report["translator"]["name"] == "apertium"
    assert report["bilingo_version"]
    document = report["documents"][0]
    assert document["languages"] == {str(DEMO_EN): "en", str(DEMO_ES): "es"}
    assert document["pairs"] and all(set(pair) >= {"en", "es", "score", "translation"} for pair in document["pairs"])
    for finding in document["findings"]:
        text = Path(finding["path"]).read_text(encoding="utf-8")
        assert text[finding["start"] : finding["end"]] == finding["text"]
        assert {"rule", "severity", "lang", "line", "column", "end_line", "end_column", "message"} <= set(finding)


def test_demo_finds_the_deliberate_drifts(demo_json):
    expected = json.loads((ROOT / "corpus/demo/asylum-russians.expected.json").read_text(encoding="utf-8"))
    findings = demo_json["documents"][0]["findings"]
    coverage_rules = {"only-in-en", "only-in-es"}
    for item in expected["expected"]:
        if item["rule"] not in coverage_rules:
            continue
        assert any(
            f["rule"] == item["rule"] and item["text"] in f["text"] for f in findings
        ), f"missing {item['rule']}: {item['text']}"
    # The faithful paragraphs are quiet: no omission finding mentions them.
    assert not any(f["rule"] in coverage_rules and "Jean-Pierre said" in f["text"] for f in findings)


def test_text_output_locates_findings_as_path_line_column(tmp_path):
    result = run_bilingo("check", str(DEMO_EN), str(DEMO_ES), "--translator", "apertium", "--cache-dir", str(tmp_path))
    assert result.returncode == 1
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith("bilingo FAIL")
    aleksey_line = next(
        n for n, line in enumerate(DEMO_EN.read_text(encoding="utf-8").splitlines(), 1) if "Aleksey" in line
    )
    assert f"asylum-russians.en.md:{aleksey_line}:1: BL101 only-in-en" in result.stdout


def test_a_pronoun_finding_shows_the_sentence_that_contradicts_it(tmp_path):
    """The one "she" of a football story about men: the text report and the HTML card show, besides the other
    version, the sentence of the same version whose "he" the pronoun contradicts (its witness)."""
    fixture = ROOT / "corpus/fixtures/two-files/state-title"
    html = tmp_path / "report.html"
    result = run_bilingo("check", f"{fixture}.en.md", f"{fixture}.es.md", "--translator", "apertium",
                         "--no-cache", "--html", str(html))
    assert result.returncode == 0, result.stderr  # a warning: below the default --fail-on error
    witness = "Dunn, who took over the program in 2015, called it the best team he has coached."
    assert f"    witness: {witness}" in result.stdout.splitlines()
    assert f"<dt>Witness</dt><dd>{witness}</dd>" in html.read_text(encoding="utf-8")


def test_a_version_left_in_the_other_language_is_reported_sentence_by_sentence(tmp_path):
    """``story.es.md`` holding the English text (a CMS that copied the English version, a translation never made) is
    the Spanish version left untranslated, not a same-language rewrite with nothing to report: the files' names say
    which version each is where both are written in one language."""
    english = ("The new rules take effect in January. The city council approved them on Tuesday after a long debate."
               "\n\nOfficials said the change affects 3,000 residents.\n")
    (tmp_path / "story.en.md").write_text(english, encoding="utf-8")
    (tmp_path / "story.es.md").write_text(english, encoding="utf-8")
    result = run_bilingo("check", str(tmp_path / "story.en.md"), str(tmp_path / "story.es.md"), "--format", "json",
                         "--no-cache")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)["documents"][0]
    assert document["languages"] == {str(tmp_path / "story.en.md"): "en", str(tmp_path / "story.es.md"): "es"}
    findings = document["findings"]
    assert [(f["rule"], f["path"], f["text"]) for f in findings] == [
        ("untranslated", str(tmp_path / "story.es.md"), "The new rules take effect in January."),
        ("untranslated", str(tmp_path / "story.es.md"),
         "The city council approved them on Tuesday after a long debate."),
        ("untranslated", str(tmp_path / "story.es.md"), "Officials said the change affects 3,000 residents.")]
    # however short its sentences (a sentence of three free words, its day's name aside: fifty-sixth round)
    (tmp_path / "notice.en.txt").write_text("Applications are due Friday.\n", encoding="utf-8")
    (tmp_path / "notice.es.txt").write_text("Applications are due Friday.\n", encoding="utf-8")
    result = run_bilingo("check", str(tmp_path / "notice.en.txt"), str(tmp_path / "notice.es.txt"), "--format", "json",
                         "--no-cache")
    assert result.returncode == 1, result.stderr
    assert [(f["rule"], f["path"]) for f in json.loads(result.stdout)["documents"][0]["findings"]] == [
        ("untranslated", str(tmp_path / "notice.es.txt"))]
    # files whose names say no language, or one language, are two versions of one language, compared as they are
    (tmp_path / "a.md").write_text(english, encoding="utf-8")
    (tmp_path / "b.md").write_text(english, encoding="utf-8")
    result = run_bilingo("check", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--format", "json", "--no-cache")
    assert result.returncode == 0 and json.loads(result.stdout)["documents"][0]["findings"] == []


def test_same_language_rewrite_points_at_paragraphs_only_one_has(tmp_path):
    result = run_bilingo("check", str(SEED_SOURCE), str(SEED_REWRITE), "--format", "json", "--cache-dir", str(tmp_path))
    report = json.loads(result.stdout)
    assert report["documents"][0]["languages"] == {str(SEED_SOURCE): "en", str(SEED_REWRITE): "en"}
    only = [f for f in report["documents"][0]["findings"] if f["rule"].startswith("only-in")]
    flagged = " ".join(f["text"] for f in only)
    assert "TOP MILITARY BRASS" in flagged
    assert "About four to five days ago" in flagged
    assert "Sabrina Martín Rondon is a Venezuelan journalist" in flagged  # the author bio only the rewrite has
    assert not any("we would fight for our country" in f["text"] for f in only)


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["check", "missing.en.txt", "missing.es.txt"], "no such file"),
        (["check", "--format", "yaml", "x"], "Invalid value"),
        (["check", "--langs", "fr,en", "a", "b"], "--langs"),
        (["check", "--ignore", "number-mismach", "a", "b"], "unknown rule 'number-mismach' (did you mean 'number-mismatch'?)"),
        (["check", "--select", ",", "a", "b"], "--select"),
        (["nonsense"], "No such command"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(arguments, message):
    result = run_bilingo(*arguments)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("text", [
    "Les États-Unis accueilleront les Russes qui fuient la mobilisation, a déclaré la Maison Blanche. Les autorités "
    "ont confirmé la nouvelle mardi, après une réunion à Washington.",
    "Merci à tous les bénévoles de la ville.",
])
def test_a_version_in_a_third_language_is_a_document_error_exit_2(tmp_path, text):
    english, french = tmp_path / "route.en.txt", tmp_path / "route.fr.txt"
    english.write_text("The route runs from Austin to San Antonio.\n", encoding="utf-8")
    french.write_text(text + "\n", encoding="utf-8")
    result = run_bilingo("check", str(english), str(french), "--cache-dir", str(tmp_path / "cache"))
    assert result.returncode == 2
    assert "route.fr.txt: the text is in another language; bilingo checks English and Spanish" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_spanish_version_whose_names_leave_romance_words_is_spanish(tmp_path):
    """"La ruta va de Austin a San Antonio." is Catalan to fastText once its names are left out ("La ruta va de a"):
    a document this short is read as the one of English and Spanish it leans to (``check.SHORT_DOCUMENT_WORDS``)."""
    english, spanish = tmp_path / "route.en.txt", tmp_path / "route.es.txt"
    english.write_text("The route runs from Austin to San Antonio.\n", encoding="utf-8")
    spanish.write_text("La ruta va de Austin a San Antonio.\n", encoding="utf-8")
    result = run_bilingo("check", str(english), str(spanish), "--format", "json", "--cache-dir",
                         str(tmp_path / "cache"))
    assert result.returncode == 0, result.stderr
    assert [document["findings"] for document in json.loads(result.stdout)["documents"]] == [[]]
    spanish.write_text("La ruta va de San Antonio a Austin.\n", encoding="utf-8")
    result = run_bilingo("check", str(english), str(spanish), "--format", "json", "--cache-dir",
                         str(tmp_path / "cache"))
    assert [f["rule"] for document in json.loads(result.stdout)["documents"] for f in document["findings"]] == [
        "name-mismatch"]


def test_a_short_version_fasttext_is_unsure_of_is_read_in_the_language_its_name_says(tmp_path):
    """"Los residentes permanentes no son elegibles." scores English above Spanish in fastText (cognates): the
    file's name says Spanish, and a short document that fastText scores close is read as its name says
    (``check.UNSURE_MARGIN``). An English text in a file named Spanish beside one named English, which fastText
    calls clearly, is the Spanish version left untranslated: the names say which version each file is."""
    english, spanish = tmp_path / "notice.en.txt", tmp_path / "notice.es.txt"
    english.write_text("Green card holders are eligible.\n", encoding="utf-8")
    spanish.write_text("Los residentes permanentes no son elegibles.\n", encoding="utf-8")
    result = run_bilingo("check", str(english), str(spanish), "--format", "json", "--cache-dir",
                         str(tmp_path / "cache"))
    (document,) = json.loads(result.stdout)["documents"]
    assert document["languages"] == {str(english): "en", str(spanish): "es"}
    assert [(f["rule"], f["text"]) for f in document["findings"]] == [("decision-mismatch", "no son elegibles")]
    spanish.write_text("Green card holders are not eligible.\n", encoding="utf-8")
    result = run_bilingo("check", str(english), str(spanish), "--format", "json", "--cache-dir",
                         str(tmp_path / "cache"))
    (document,) = json.loads(result.stdout)["documents"]
    assert document["languages"] == {str(english): "en", str(spanish): "es"}
    assert [(f["rule"], f["path"]) for f in document["findings"]] == [("untranslated", str(spanish))]


def test_select_and_ignore_choose_the_rules_by_name_or_code(demo_json, tmp_path):
    """The demo article's findings, restricted on the command line: ``--select`` keeps only the rules it names,
    ``--ignore`` leaves out the ones it names, both by name or by code, and the rest of each report is the same."""
    every = sorted(f["rule"] for f in demo_json["documents"][0]["findings"])
    assert {"number-mismatch", "untranslated"} <= set(every)

    def rules_with(*options: str) -> list[str]:
        result = run_bilingo("check", str(DEMO_EN), str(DEMO_ES), "--format", "json", "--translator", "apertium",
                             "--cache-dir", str(tmp_path / "cache"), *options)
        assert result.returncode in (0, 1), result.stderr
        return sorted(f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"])

    assert rules_with("--select", "number-mismatch,BL206") == [r for r in every if r in ("number-mismatch", "untranslated")]
    assert rules_with("--ignore", "BL201") == [r for r in every if r != "number-mismatch"]


def test_refuses_to_write_report_over_an_input(tmp_path):
    english, spanish = tmp_path / "a.en.md", tmp_path / "a.es.md"
    english.write_text(DEMO_EN.read_text(encoding="utf-8"), encoding="utf-8")
    spanish.write_text(DEMO_ES.read_text(encoding="utf-8"), encoding="utf-8")
    before = spanish.read_bytes()
    result = run_bilingo("check", str(english), str(spanish), "-o", str(spanish), "--cache-dir", str(tmp_path / "c"))
    assert result.returncode == 2
    assert "refusing" in result.stderr
    assert spanish.read_bytes() == before


def test_missing_apertium_exits_3_with_advice(tmp_path):
    result = run_bilingo(
        "check", str(DEMO_EN), str(DEMO_ES), "--translator", "apertium", "--no-cache",
        env={"PATH": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 3
    assert "apt-get install apertium" in result.stderr
    assert "Traceback" not in result.stderr


def test_second_run_uses_the_cache(tmp_path):
    args = ["check", str(DEMO_EN), str(DEMO_ES), "--translator", "apertium", "--cache-dir", str(tmp_path), "-q"]
    first = run_bilingo(*args, "--format", "json")
    # The second run gets an "apertium" that lists its modes but fails on any text to translate:
    # only a warm cache can answer. (A process started ahead, ``warm_up``, that is given no text is
    # no translation.)
    log = tmp_path / "calls.log"
    fake = tmp_path / "apertium"
    fake.write_text(
        f"#!/bin/sh\necho \"$@\" >> {log}\n"
        'if [ "$1" = "-l" ]; then printf "eng-spa\\nspa-eng\\n"; exit 0; fi\n'
        f"if read line; then echo \"translation requested: $line\" >> {log}; exit 1; fi\n"
    )
    fake.chmod(0o755)
    second = run_bilingo(*args, "--format", "json", env={"BILINGO_APERTIUM": str(fake)})
    assert second.returncode == first.returncode == 1, second.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    assert not [line for line in calls if line.startswith("translation requested")], calls
    assert json.loads(second.stdout)["documents"][0]["findings"] == json.loads(first.stdout)["documents"][0]["findings"]
