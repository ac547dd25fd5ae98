"""A check runs with Python's cyclic garbage collector paused, so a checked document must hold no cycle.

``bilingo.check.garbage_collector`` switches the collector off while any check runs (it
would only walk the check's many small objects over and over) and back on after the last
one. That is safe only if what a check builds is freed by reference counting alone: these
tests check, on real documents and real Apertium, that a report's documents die as soon
as the report is dropped, with the collector off, and that the collector's state is put
back after checks, including overlapping ones in threads as in a batch. The CLI also moves what
the checks leave alive out of the collector's way (``freeze_survivors``), which is safe only if a
check makes no cyclic garbage at all: tested too.
"""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

import pytest

from bilingo.check import check_paths, garbage_collector
from bilingo.settings import Settings
from bilingo.translate.apertium import ApertiumTranslator

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [
    [str(ROOT / "corpus/demo/asylum-russians.en.md"), str(ROOT / "corpus/demo/asylum-russians.es.md")],
    [str(ROOT / "corpus/elamerican-asylum-russians.txt")],  # one file holding both languages
]


# A name of the English text missing from its Spanish pair and that pair's neighbours but named further on: the
# names rule then looks it up in the whole Spanish version (once held the document in a reference cycle).
NAME_NAMED_ELSEWHERE = {
    "en": "The council met on Monday to discuss the new park.\n\n"
          "Maria Gonzalez, who leads the neighbourhood association, asked for more benches.\n\n"
          "The mayor said the city would pay for the work this year.\n\n"
          "Workers will plant two hundred trees along the river.\n\n"
          "The park will open next spring, officials said.\n\n"
          "Maria Gonzalez said the neighbours were happy with the plan.\n",
    "es": "El concejo se reunió el lunes para hablar del nuevo parque.\n\n"
          "La líder de la asociación del barrio pidió más bancos.\n\n"
          "El alcalde dijo que la ciudad pagaría las obras este año.\n\n"
          "Los trabajadores plantarán doscientos árboles junto al río.\n\n"
          "El parque abrirá la próxima primavera, dijeron los funcionarios.\n\n"
          "María González dijo que los vecinos estaban contentos con el plan.\n",
}


@pytest.fixture
def name_named_elsewhere(tmp_path) -> list[str]:
    paths = []
    for lang, text in NAME_NAMED_ELSEWHERE.items():
        path = tmp_path / f"park.{lang}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def translator():
    return ApertiumTranslator()


@pytest.fixture
def collector_on():
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def check_and_drop(paths: list[str], translator) -> tuple[list, list]:
    """Check ``paths`` and drop the report, the collector off throughout (else it may run between the check and
    the drop and free a cycle unseen); returns the findings' (rule, path) and the documents' objects still alive."""
    gc.collect()
    gc.disable()
    try:
        report = check_paths(paths, Settings(translator="apertium", cache=False), translator)
        findings = [(finding.rule, finding.path) for finding in report.findings]
        aligned = report.aligned[0]
        watched = [weakref.ref(aligned), weakref.ref(aligned.left), weakref.ref(aligned.right),
                   weakref.ref(aligned.left.source), weakref.ref(aligned.right.source),
                   weakref.ref(aligned.left.segments[0]), weakref.ref(aligned.right.segments[-1])]
        del aligned, report
        return findings, [type(ref()).__name__ for ref in watched if ref() is not None]
    finally:
        gc.enable()


@pytest.mark.parametrize("paths", DOCUMENTS, ids=lambda paths: Path(paths[0]).name)
def test_a_checked_document_is_freed_without_the_garbage_collector(paths, translator):
    findings, alive = check_and_drop(paths, translator)
    assert findings
    assert alive == []


def test_a_name_looked_up_in_the_whole_other_version_leaves_no_cycle(name_named_elsewhere, translator):
    findings, alive = check_and_drop(name_named_elsewhere, translator)
    assert findings == [("name-mismatch", name_named_elsewhere[0])]
    assert alive == []


def test_the_collector_is_off_during_a_check_and_on_again_after_it(translator, collector_on):
    seen = []

    class Recording(ApertiumTranslator):
        def translate(self, texts, src, tgt):
            seen.append(gc.isenabled())
            return super().translate(texts, src, tgt)

    check_paths(DOCUMENTS[0], Settings(translator="apertium", cache=False), Recording())
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(translator):
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        check_paths(DOCUMENTS[0], Settings(translator="apertium", cache=False), translator)
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def test_overlapping_pauses_end_with_the_last_one(collector_on):
    first_inside, second_inside, first_done = threading.Event(), threading.Event(), threading.Event()
    states = {}

    def first():
        with garbage_collector.paused():
            first_inside.set()
            second_inside.wait(10)
        first_done.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_inside.wait(10)
    with garbage_collector.paused():
        second_inside.set()
        first_done.wait(10)
        states["after the first ended"] = gc.isenabled()
    thread.join()
    states["after both ended"] = gc.isenabled()
    assert states == {"after the first ended": False, "after both ended": True}


@pytest.mark.parametrize("paths", DOCUMENTS, ids=lambda paths: Path(paths[0]).name)
def test_a_check_makes_no_cyclic_garbage(paths, translator):
    # What a check leaves for the collector to find would be frozen for good with freeze_survivors.
    settings = Settings(translator="apertium", cache=False)
    check_paths(paths, settings, translator)  # the first check of a process also imports modules
    gc.collect()
    gc.disable()
    try:
        report = check_paths(paths, settings, translator)
        assert report.findings
        del report
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_freeze_survivors_moves_what_the_checks_left_out_of_the_collectors_way(translator, collector_on, monkeypatch):
    monkeypatch.setattr(garbage_collector, "freeze_survivors", True)
    frozen_before = gc.get_freeze_count()
    try:
        report = check_paths(DOCUMENTS[0], Settings(translator="apertium", cache=False), translator)
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before + len(report.findings)
    finally:
        gc.unfreeze()


def test_the_check_command_freezes_survivors_and_a_library_caller_does_not(monkeypatch, collector_on):
    from click.testing import CliRunner

    from bilingo.cli import cli

    assert type(garbage_collector)().freeze_survivors is False  # the default, for check_paths called from a host program
    monkeypatch.setattr(garbage_collector, "freeze_survivors", False)
    try:
        result = CliRunner().invoke(cli, ["check", *DOCUMENTS[0], "--translator", "apertium", "--no-cache", "-q",
                                          "--format", "json"])
        assert result.exit_code == 1, result.output  # the demo article has findings
        assert garbage_collector.freeze_survivors is True
    finally:
        gc.unfreeze()
