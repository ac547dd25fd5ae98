"""The document result cache: a warm rerun reports exactly what the cold run did, without translating or aligning,
and anything that can change a result (a byte of a file, a threshold, a severity, the translator) makes it recheck.

Real inputs: the demo article (two files), a flores200 document of the shared dev corpus written
as two Markdown files, and a bilingual one-file fixture; real Apertium throughout.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest
from counting_translator import CountingTranslator

import bilingo as bilingo_package
from bilingo.check import check_documents, check_paths, signature
from bilingo.model import Report
from bilingo.report import write_report
from bilingo.report.json_writer import document_record
from bilingo.result_cache import (
    RESULTS_DIRNAME,
    ResultCache,
    ResultCacheWarning,
    code_digest,
    encode_entry,
    package_digest,
)
from bilingo.settings import Settings
from bilingo.translate.apertium import ApertiumTranslator

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpus/demo"
BILINGUAL_FILE = ROOT / "corpus/fixtures/whole/storm.txt"



@pytest.fixture(scope="module")
def apertium() -> ApertiumTranslator:
    translator = ApertiumTranslator()
    try:
        translator.translate(["Hola."], "es", "en")
    except Exception as error:  # noqa: BLE001 - any failure means the real engine is not here
        pytest.skip(f"Apertium is not usable: {error}")
    return translator


@pytest.fixture
def content(tmp_path, flores_documents) -> Path:
    """A small content tree: the demo article, one flores200 article, one bilingual file."""
    root = tmp_path / "content"
    (root / "demo").mkdir(parents=True)
    for lang in ("en", "es"):
        shutil.copy(DEMO / f"asylum-russians.{lang}.md", root / "demo" / f"asylum-russians.{lang}.md")
    document = next(d for d in flores_documents if len(d["en"]) >= 5)
    (root / "flores").mkdir()
    for lang in ("en", "es"):
        (root / "flores" / f"story.{lang}.md").write_text(" ".join(document[lang][:5]) + "\n", encoding="utf-8")
    shutil.copy(BILINGUAL_FILE, root / "storm.txt")
    return root


def documents_of(root: Path) -> list[list[str]]:
    return [
        [str(root / "demo/asylum-russians.en.md"), str(root / "demo/asylum-russians.es.md")],
        [str(root / "flores/story.en.md"), str(root / "flores/story.es.md")],
        [str(root / "storm.txt")],
    ]


@pytest.fixture
def align_calls(monkeypatch) -> list[int]:
    """Counts calls of the real aligner (check.py looks it up on its module at each call)."""
    calls: list[int] = []
    module = importlib.import_module("bilingo.align")
    real = module.align

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "align", counting)
    return calls


def run(documents, settings, translator, results, **options):
    return check_documents(documents, settings, translator, results=results, **options)


def comparable(document) -> dict:
    """The JSON contract's document record without what a cache hit changes: timings and the cached flag."""
    record = document_record(document)
    record.pop("timings")
    record.pop("cached")
    return record


def rendered(reports, settings, translator, format_name: str) -> str:
    """A whole report in ``format_name``, timings and cached flags cleared, at a fixed time."""
    documents = [dataclasses.replace(document, timings={}, cached=False) for document in reports]
    stream = io.StringIO()
    options = {"generated_at": datetime(2026, 1, 1, tzinfo=timezone.utc)} if format_name == "html" else {}
    write_report(Report(signature(settings, translator), documents), format_name, stream, **options)
    return stream.getvalue()


# --- a warm run --------------------------------------------------------------------------------


def test_a_warm_run_reports_the_same_without_translating_or_aligning(apertium, content, tmp_path, align_calls):
    settings = Settings(translator="apertium", cache=False)
    documents = documents_of(content)
    cold_translator = CountingTranslator(apertium)
    cold_cache = ResultCache(tmp_path / "cache")
    cold = run(documents, settings, cold_translator, cold_cache)
    assert not any(report.error for report in cold)
    assert cold_translator.batches and align_calls
    assert (cold_cache.hits, cold_cache.misses, cold_cache.stored) == (0, 3, 3)
    assert not any(report.cached for report in cold)

    align_calls.clear()
    for entry in entry_files(tmp_path / "cache"):
        os.utime(entry, (1_000_000_000, 1_000_000_000))  # written in 2001
    warm_translator = CountingTranslator(apertium)
    warm_cache = ResultCache(tmp_path / "cache")
    warm = run(documents, settings, warm_translator, warm_cache, jobs=2)
    assert warm_translator.batches == [] and align_calls == []
    assert (warm_cache.hits, warm_cache.misses, warm_cache.stored) == (3, 0, 0)
    assert all(report.cached and list(report.timings) == ["result_cache"] for report in warm)
    assert all(entry.stat().st_mtime > 1_000_000_000 for entry in entry_files(tmp_path / "cache"))  # used now
    assert [comparable(report) for report in warm] == [comparable(report) for report in cold]
    assert any(report["findings"] for report in map(comparable, warm))
    for format_name in ("sarif", "html"):  # JSON and JUnit carry timings: compared above through the records
        assert rendered(warm, settings, warm_translator, format_name) == rendered(
            cold, settings, cold_translator, format_name
        )


def test_a_warm_cli_run_prints_the_same_reports_and_says_where_they_came_from(content, tmp_path):
    cache = tmp_path / "cache"

    def check(name: str) -> tuple[subprocess.CompletedProcess, dict, str]:
        sarif = tmp_path / f"{name}.sarif"
        result = bilingo("check", "content", "--translator", "apertium", "--cache-dir", str(cache), "--format",
                         "json", "-j", "2", "--html", str(tmp_path / f"{name}.html"), cwd=tmp_path)  # fmt: skip
        assert result.returncode == 1, result.stderr
        sarif_run = bilingo("check", "content", "--translator", "apertium", "--cache-dir", str(cache), "-q",
                            "--format", "sarif", "-o", str(sarif), cwd=tmp_path)  # fmt: skip
        assert sarif_run.returncode == 1, sarif_run.stderr
        return result, json.loads(result.stdout), sarif.read_text(encoding="utf-8")

    cold, cold_json, cold_sarif = check("cold")
    warm, warm_json, warm_sarif = check("warm")
    assert "from the result cache" not in cold.stderr
    assert "bilingo: 3 of 3 documents from the result cache" in warm.stderr.splitlines()
    assert [document["cached"] for document in cold_json["documents"]] == [False] * 3
    assert [document["cached"] for document in warm_json["documents"]] == [True] * 3
    for document in cold_json["documents"] + warm_json["documents"]:
        document.pop("timings"), document.pop("cached")
    assert warm_json == cold_json
    assert warm_sarif == cold_sarif
    assert "from the result cache" in (tmp_path / "warm.html").read_text(encoding="utf-8")
    assert len(list((cache / RESULTS_DIRNAME).glob("*.pickle"))) == 3


def test_a_baseline_still_filters_a_warm_run(content, tmp_path):
    arguments = ("check", "content", "--translator", "apertium", "--cache-dir", str(tmp_path / "cache"), "--format",
                 "json")  # fmt: skip
    written = bilingo(*arguments, "--write-baseline", "baseline.json", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    warm = bilingo(*arguments, "--baseline", "baseline.json", cwd=tmp_path)
    assert "3 of 3 documents from the result cache" in warm.stderr
    assert warm.returncode == 0, warm.stderr
    report = json.loads(warm.stdout)
    assert all(document["cached"] and document["findings"] == [] for document in report["documents"])


def test_no_cache_writes_nothing(content, tmp_path):
    cache = tmp_path / "cache"
    result = bilingo("check", "content", "--translator", "apertium", "--no-cache", "--cache-dir", str(cache),
                     "--format", "json", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert not cache.exists()
    assert not any(document["cached"] for document in json.loads(result.stdout)["documents"])


# --- what invalidates an entry -----------------------------------------------------------------


def test_changing_one_byte_of_a_file_rechecks_that_document_only(apertium, content, tmp_path):
    settings = Settings(translator="apertium", cache=False)
    documents = documents_of(content)
    cold = run(documents, settings, apertium, ResultCache(tmp_path / "cache"))
    spanish = content / "flores/story.es.md"
    data = bytearray(spanish.read_bytes())
    first_letter = next(index for index, byte in enumerate(data) if chr(byte).isascii() and chr(byte).isalpha())
    data[first_letter] = ord("Q") if data[first_letter] != ord("Q") else ord("Z")  # one byte, still UTF-8
    spanish.write_bytes(bytes(data))
    translator = CountingTranslator(apertium)
    results = ResultCache(tmp_path / "cache")
    warm = run(documents, settings, translator, results)
    assert (results.hits, results.misses) == (2, 1)
    assert [report.cached for report in warm] == [True, False, True]
    assert translator.batches  # the changed document was translated again
    assert [pair["translation"] for pair in warm[1].pairs] != [pair["translation"] for pair in cold[1].pairs]


def test_an_inline_suppression_added_to_a_file_takes_effect_on_the_next_run(apertium, content, tmp_path):
    settings = Settings(translator="apertium", cache=False)
    documents = documents_of(content)[:1]
    cold = run(documents, settings, apertium, ResultCache(tmp_path / "cache"))[0]
    flagged = next(finding for finding in cold.findings if finding.rule == "only-in-en")
    english = Path(documents[0][0])
    text = english.read_text(encoding="utf-8")
    paragraph_start = text.rfind("\n\n", 0, flagged.start) + 2
    english.write_text(text[:paragraph_start] + "<!-- bilingo: ignore -->\n" + text[paragraph_start:], encoding="utf-8")
    results = ResultCache(tmp_path / "cache")
    warm = run(documents, settings, apertium, results)[0]
    assert results.misses == 1 and not warm.cached
    assert warm.suppressed >= 1 and warm.suppressed > cold.suppressed


@pytest.mark.parametrize(
    "change",
    [
        {"low_similarity_threshold": 0.4},
        {"match_threshold": 0.1},
        {"skip_score": 0.08},
        {"severities": {"only-in-en": "warning"}},
        {"disabled_rules": {"name-mismatch"}},
        {"translate_to": "es"},
        {"chrome_patterns": ["^Subscribe"]},
        {"langs": ("en", "es")},
        {"model": "another"},
        {"pair_patterns": [("{name}.en.md", "{name}.es.md")]},
        {"marian_num_beams": 4},
    ],
    ids=lambda change: next(iter(change)),
)
def test_every_setting_that_can_change_a_result_is_in_the_key(apertium, content, tmp_path, change):
    documents = documents_of(content)[0]
    settings = Settings(translator="apertium", cache=False)
    changed = dataclasses.replace(settings, **change)
    results = ResultCache(tmp_path / "cache")
    key = results.key_for(documents, settings, signature(settings, apertium), apertium)
    assert results.key_for(documents, changed, signature(changed, apertium), apertium).key != key.key


@pytest.mark.parametrize("change", [{"fail_on": "warning"}, {"cache_dir": "elsewhere"}, {"exclude": ["drafts/*"]}])
def test_settings_that_cannot_change_a_result_keep_the_key(apertium, content, tmp_path, change):
    documents = documents_of(content)[0]
    settings = Settings(translator="apertium", cache=False)
    changed = dataclasses.replace(settings, **change)
    results = ResultCache(tmp_path / "cache")
    assert (
        results.key_for(documents, changed, signature(changed, apertium), apertium).key
        == results.key_for(documents, settings, signature(settings, apertium), apertium).key
    )


def test_a_new_rule_severity_is_reported_not_the_cached_one(apertium, content, tmp_path):
    documents = documents_of(content)[:1]
    settings = Settings(translator="apertium", cache=False)
    cold = run(documents, settings, apertium, ResultCache(tmp_path / "cache"))[0]
    assert any(finding.rule == "only-in-en" and finding.severity == "error" for finding in cold.findings)
    demoted = dataclasses.replace(settings, severities={"only-in-en": "info"})
    results = ResultCache(tmp_path / "cache")
    warm = run(documents, demoted, apertium, results)[0]
    assert results.misses == 1 and not warm.cached
    assert {f.severity for f in warm.findings if f.rule == "only-in-en"} == {"info"}
    again = run(documents, demoted, apertium, results)[0]
    assert again.cached and [f.severity for f in again.findings] == [f.severity for f in warm.findings]


def test_another_translator_or_model_rechecks(apertium, content, tmp_path):
    documents = documents_of(content)[:1]
    settings = Settings(translator="apertium", cache=False)
    run(documents, settings, CountingTranslator(apertium), ResultCache(tmp_path / "cache"))
    for identity in ({"model": "apertium-eng-spa 9.9"}, {"name": "marian"}):
        translator = CountingTranslator(apertium, **identity)
        results = ResultCache(tmp_path / "cache")
        report = run(documents, settings, translator, results)[0]
        assert results.misses == 1 and not report.cached and translator.batches, identity


def test_the_code_digest_follows_any_edit_to_bilingo_but_not_its_bytecode(tmp_path):
    installed = Path(bilingo_package.__file__).parent
    package = tmp_path / "bilingo"
    shutil.copytree(installed, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = package_digest(package)
    assert before == package_digest(installed)  # the copy is the package, wherever it lies
    assert len(code_digest()) == len(before) == 64
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "check.cpython-311.pyc").write_bytes(b"compiled")
    assert package_digest(package) == before
    rule = package / "rules" / "numbers.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert package_digest(package) != before


# --- a broken cache never breaks a run -----------------------------------------------------------


def entry_files(cache: Path) -> list[Path]:
    return sorted((cache / RESULTS_DIRNAME).glob("*.pickle"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "wrong-key"])
def test_a_corrupt_entry_gives_a_warning_and_the_document_is_checked_again(apertium, content, tmp_path, damage):
    cache = tmp_path / "cache"
    documents = documents_of(content)[:1]
    settings = Settings(translator="apertium", cache=False)
    cold = run(documents, settings, apertium, ResultCache(cache))[0]
    [entry] = entry_files(cache)
    data = entry.read_bytes()
    damaged = {
        "garbage": b"\x80\x05not a pickle at all" * 50,
        "truncated": data[: len(data) // 2],
        "empty": b"",
        "wrong-key": encode_entry("0" * 64, cold),
    }[damage]
    entry.write_bytes(damaged)
    translator = CountingTranslator(apertium)
    results = ResultCache(cache)
    with pytest.warns(ResultCacheWarning, match="checking the document again"):
        warm = run(documents, settings, translator, results)[0]
    assert translator.batches and not warm.cached
    assert comparable(warm) == comparable(cold)
    assert results.warnings and entry.name in results.warnings[0]
    again = ResultCache(cache)  # the entry was rewritten whole
    assert run(documents, settings, translator, again)[0].cached and again.warnings == []


def test_an_entry_that_would_run_code_is_refused_without_running_it(apertium, content, tmp_path):
    cache = tmp_path / "cache"
    documents = documents_of(content)[:1]
    settings = Settings(translator="apertium", cache=False)
    run(documents, settings, apertium, ResultCache(cache))
    [entry] = entry_files(cache)
    marker = tmp_path / "code-ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    entry.write_bytes(pickle.dumps(Payload()))
    results = ResultCache(cache)
    with pytest.warns(ResultCacheWarning, match="posix.system|os.system|nt.system"):
        report = run(documents, settings, apertium, results)[0]
    assert not marker.exists()
    assert not report.cached and not report.error


def test_a_result_the_reader_would_refuse_is_not_stored(apertium, content, tmp_path):
    documents = documents_of(content)[0]
    settings = Settings(translator="apertium", cache=False)
    results = ResultCache(tmp_path / "cache")
    key = results.key_for(documents, settings, signature(settings, apertium), apertium)
    report = check_paths(documents, settings, apertium)
    report.findings[0].evidence["where"] = Path(documents[0])  # pathlib is not on the unpickler's list
    with pytest.warns(ResultCacheWarning, match="cannot store"):
        assert results.store(key, report) is False
    assert entry_files(tmp_path / "cache") == []


def test_an_unwritable_cache_location_is_bypassed_with_one_warning(apertium, content, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    results = ResultCache(blocker / "cache")
    settings = Settings(translator="apertium", cache=False)
    with pytest.warns(ResultCacheWarning, match="cannot write"):
        reports = run(documents_of(content), settings, apertium, results)
    assert not any(report.error for report in reports)
    assert len(results.warnings) == 1 and results.stored == 0


def test_the_cli_prints_a_cache_warning_once_and_not_with_quiet(content, tmp_path):
    """The CLI prints each cache's kept warnings itself: Python's own warning line would repeat it."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / RESULTS_DIRNAME).write_text("a file where the results folder should be", encoding="utf-8")
    arguments = ("check", "content", "--translator", "apertium", "--cache-dir", str(cache), "--format", "json")
    loud = bilingo(*arguments, cwd=tmp_path)
    assert loud.returncode == 1, loud.stderr
    assert loud.stderr.count("cannot write to it") == 1
    assert "ResultCacheWarning" not in loud.stderr
    quiet = bilingo(*arguments, "-q", cwd=tmp_path)
    assert quiet.returncode == 1, quiet.stderr
    assert "cannot write to it" not in quiet.stderr


@contextmanager
def read_only(folder: Path):
    """``folder`` made read-only: by permissions, or for root (whom permissions do not stop) immutable."""
    if os.geteuid() != 0:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield
        finally:
            folder.chmod(stat.S_IRWXU)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("running as root without chattr +i: no way to make a folder read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_cache_directory_is_read_but_not_written_with_one_warning(apertium, content, tmp_path):
    cache = tmp_path / "cache"
    settings = Settings(translator="apertium", cache=False)
    documents = documents_of(content)
    run(documents[:1], settings, apertium, ResultCache(cache))  # one entry already there
    [entry] = entry_files(cache)
    with read_only(cache / RESULTS_DIRNAME):
        results = ResultCache(cache)
        with pytest.warns(ResultCacheWarning, match="cannot write"):
            reports = run(documents, settings, apertium, results)
        assert [report.cached for report in reports] == [True, False, False]
        assert not any(report.error for report in reports)
        assert len(results.warnings) == 1 and results.stored == 0
    assert entry_files(cache) == [entry]
    assert not [path for path in (cache / RESULTS_DIRNAME).iterdir() if path.suffix == ".tmp"]


def test_a_document_that_ends_in_an_error_is_not_stored(apertium, content, tmp_path):
    (content / "empty.en.md").write_text("", encoding="utf-8")
    (content / "empty.es.md").write_text("Un texto en español.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    results = ResultCache(cache)
    documents = [[str(content / "empty.en.md"), str(content / "empty.es.md")]]
    [report] = run(documents, Settings(translator="apertium", cache=False), apertium, results)
    assert report.error and results.stored == 0 and entry_files(cache) == []


# --- helpers -------------------------------------------------------------------------------------


def bilingo(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment.update({"NO_COLOR": "1"})
    return subprocess.run([sys.executable, "-m", "bilingo", *arguments], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)  # fmt: skip


# Runs the real CLI, then says on stderr whether torch was imported: a fully warm Marian run must not load it.
CLI_REPORTING_TORCH = """
import sys
from bilingo.cli import main
try:
    main()
finally:
    print("torch imported:", "torch" in sys.modules, file=sys.stderr)
"""


def test_a_warm_marian_run_loads_neither_torch_nor_the_model(tiny_marian_dir, tmp_path):
    for name in ("asylum-russians.en.md", "asylum-russians.es.md"):
        shutil.copy(DEMO / name, tmp_path / name)
    command = [sys.executable, "-c", CLI_REPORTING_TORCH, "check", "asylum-russians.en.md", "asylum-russians.es.md",
               "--translator", "marian", "--model", str(tiny_marian_dir), "--cache-dir", str(tmp_path / "cache"),
               "--format", "json"]
    runs = [subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300) for _ in range(2)]
    (cold, warm) = runs
    assert cold.returncode in (0, 1) and warm.returncode == cold.returncode, cold.stderr + warm.stderr
    assert "torch imported: True" in cold.stderr
    assert "torch imported: False" in warm.stderr
    [cold_document], [warm_document] = (json.loads(run.stdout)["documents"] for run in runs)
    assert (cold_document["cached"], warm_document["cached"]) == (False, True)
    assert warm_document["findings"] == cold_document["findings"]
