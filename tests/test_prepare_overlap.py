"""The rules' prepare hooks: run while the translator works, and change nothing.

``bilingo.check`` hands each rule module's ``prepare(version, settings)`` to a second
thread while the translation runs in the main thread. A hook only warms memoised
per-sentence analyses; these tests check, on real articles with real Apertium, that the
reports are the same with and without the hooks, and that the hooks do run beside the
translation rather than after it.
"""

from __future__ import annotations

import threading
from importlib import import_module
from pathlib import Path

import pytest

import bilingo.align
import bilingo.check
from bilingo.check import CHECK_MODULES, check_paths
from bilingo.settings import Settings
from bilingo.translate.apertium import ApertiumTranslator

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [
    [str(ROOT / "corpus/demo/asylum-russians.en.md"), str(ROOT / "corpus/demo/asylum-russians.es.md")],
    [str(ROOT / "corpus/fixtures/two-files/city-budget.en.md"), str(ROOT / "corpus/fixtures/two-files/city-budget.es.md")],
    [str(ROOT / "corpus/elamerican-asylum-russians.txt")],  # one file holding both languages
]


def clear_memo_caches() -> None:
    """Empty the memoised analyses of every bilingo module, so a check starts from nothing."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("bilingo."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                    value.cache_clear()


def report_facts(report) -> dict:
    return {
        "findings": [(f.rule, f.path, f.start, f.end, f.severity, f.message) for f in report.findings],
        "pairs": report.pairs,
        "sections": report.sections,
    }


@pytest.fixture(scope="module")
def translator():
    return ApertiumTranslator()


@pytest.mark.parametrize("paths", DOCUMENTS, ids=lambda paths: Path(paths[0]).name)
def test_reports_are_the_same_with_and_without_the_prepare_hooks(paths, translator, monkeypatch):
    settings = Settings(translator="apertium", cache=False)
    clear_memo_caches()
    with_hooks = report_facts(check_paths(paths, settings, translator))
    clear_memo_caches()
    monkeypatch.setattr(bilingo.check, "prepare_checks", lambda versions, settings: None)
    without_hooks = report_facts(check_paths(paths, settings, translator))
    assert with_hooks == without_hooks
    assert with_hooks["findings"] or paths == DOCUMENTS[2]  # the demo and the fixture do have findings


def test_the_hooks_run_in_another_thread_while_the_translator_works(translator, monkeypatch):
    """The translator, having translated, waits for the hooks to have started: they must not wait for it."""
    hooks_started = threading.Event()
    seen: dict = {}
    real_prepare_checks = bilingo.check.prepare_checks

    class WatchedTranslator:
        name, model = translator.name, translator.model

        def translate(self, texts, src, tgt):
            seen["translating_thread"] = threading.get_ident()
            result = translator.translate(texts, src, tgt)
            seen["hooks_started_before_translation_ended"] = hooks_started.wait(timeout=60)
            return result

    def watched(versions, settings):
        seen["hooks_thread"] = threading.get_ident()
        seen["langs"] = [version.lang for version in versions]
        hooks_started.set()
        real_prepare_checks(versions, settings)

    real_align = bilingo.align.align

    def watched_align(translated, other, settings, parameters=bilingo.align.DEFAULT_PARAMETERS, prepared=None,
                      paragraphs=None):
        seen["aligned_with_prepared_side"] = isinstance(prepared, bilingo.align.PreparedSide)
        return real_align(translated, other, settings, parameters, prepared=prepared, paragraphs=paragraphs)

    monkeypatch.setattr(bilingo.check, "prepare_checks", watched)
    monkeypatch.setattr(bilingo.align, "align", watched_align)
    report = check_paths(DOCUMENTS[0], Settings(translator="apertium", cache=False), WatchedTranslator())
    assert report.findings
    assert seen["hooks_started_before_translation_ended"]
    assert seen["langs"] == ["en", "es"]
    assert seen["translating_thread"] == threading.get_ident()  # Ctrl-C reaches the translation
    assert seen["hooks_thread"] != threading.get_ident()
    assert seen["aligned_with_prepared_side"]  # the untranslated side's share of align came from the prepare thread


def test_every_rule_with_a_hook_takes_a_version_and_settings():
    """The hooks' contract, as ``prepare_checks`` calls them."""
    hooks = [getattr(import_module(name), "prepare") for name in CHECK_MODULES if hasattr(import_module(name), "prepare")]
    assert hooks, "no rule module has a prepare hook"
    for hook in hooks:
        assert hook.__code__.co_varnames[: hook.__code__.co_argcount] == ("version", "settings")
