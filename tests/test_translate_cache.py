"""The persistent translation cache: only misses are translated, and a broken cache never stops a run."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from counting_translator import CountingTranslator

from bilingo.settings import Settings
from bilingo.translate import create_translator
from bilingo.translate.apertium import ApertiumTranslator
from bilingo.translate.cache import CACHE_FILENAME, CachedTranslator, TranslationCacheWarning

SENTENCES = [
    "El presidente firmó la ley el martes.",
    "La policía detuvo a dos sospechosos en Miami.",
    "El gobierno anunció nuevas medidas económicas.",
]



@pytest.fixture(scope="module")
def apertium() -> ApertiumTranslator:
    return ApertiumTranslator()


def test_second_call_translates_nothing(apertium, tmp_path):
    counting = CountingTranslator(apertium)
    first = CachedTranslator(counting, tmp_path).translate(SENTENCES, "es", "en")
    assert first == apertium.translate(SENTENCES, "es", "en")
    assert counting.batches == [SENTENCES]

    # A new translator on the same directory: the translations persisted on disk.
    reopened = CachedTranslator(counting, tmp_path)
    assert reopened.translate(SENTENCES, "es", "en") == first
    assert counting.batches == [SENTENCES]
    assert (reopened.hits, reopened.misses) == (3, 0)


def test_only_misses_reach_the_translator_in_one_batch(apertium, tmp_path):
    counting = CountingTranslator(apertium)
    cached = CachedTranslator(counting, tmp_path)
    cached.translate(SENTENCES[:1], "es", "en")
    new = ["Llovió toda la noche.", "El alcalde renunció."]
    translations = cached.translate([SENTENCES[0], new[0], new[1], new[0]], "es", "en")
    assert counting.batches == [SENTENCES[:1], new]
    assert translations[1] == translations[3]
    assert translations == apertium.translate([SENTENCES[0], new[0], new[1], new[0]], "es", "en")
    assert (cached.hits, cached.misses) == (2, 3)


def test_key_separates_directions_and_translators(apertium, tmp_path):
    counting = CountingTranslator(apertium)
    CachedTranslator(counting, tmp_path).translate(["No."], "es", "en")
    CachedTranslator(counting, tmp_path).translate(["No."], "en", "es")
    other_model = CountingTranslator(apertium)
    other_model.model = "apertium-eng-spa 9.9"
    CachedTranslator(other_model, tmp_path).translate(["No."], "es", "en")
    assert counting.batches == [["No."], ["No."]]
    assert other_model.batches == [["No."]]


def test_exposes_the_inner_translator_name_and_model(apertium, tmp_path):
    cached = CachedTranslator(apertium, tmp_path)
    assert (cached.name, cached.model) == (apertium.name, apertium.model)
    assert cached.translate([], "es", "en") == []


def test_cache_directory_comes_from_the_environment(apertium, tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGO_CACHE_DIR", str(tmp_path / "from-env"))
    cached = CachedTranslator(apertium)
    cached.translate(SENTENCES[:1], "es", "en")
    assert cached.path == tmp_path / "from-env" / CACHE_FILENAME
    assert cached.path.is_file()


def test_create_translator_wraps_backends_in_the_cache(tmp_path):
    translator = create_translator(Settings(translator="apertium", cache_dir=str(tmp_path)))
    assert isinstance(translator, CachedTranslator)
    translator.translate(SENTENCES, "es", "en")
    with sqlite3.connect(tmp_path / CACHE_FILENAME) as connection:
        assert connection.execute("SELECT count(*) FROM translations").fetchone() == (3,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_corrupt_cache_file_is_set_aside_and_rebuilt(apertium, tmp_path):
    (tmp_path / CACHE_FILENAME).write_bytes(b"this is not an SQLite database\n" * 200)
    counting = CountingTranslator(apertium)
    cached = CachedTranslator(counting, tmp_path)
    with pytest.warns(TranslationCacheWarning, match="corrupt"):
        translations = cached.translate(SENTENCES, "es", "en")
    assert translations == apertium.translate(SENTENCES, "es", "en")
    assert (tmp_path / (CACHE_FILENAME + ".corrupt")).is_file()
    assert cached.warnings and "corrupt" in cached.warnings[0]
    assert CachedTranslator(counting, tmp_path).translate(SENTENCES, "es", "en") == translations
    assert len(counting.batches) == 1


def test_unwritable_location_is_bypassed_with_a_warning(apertium, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    counting = CountingTranslator(apertium)
    cached = CachedTranslator(counting, blocker / "cache")
    with pytest.warns(TranslationCacheWarning, match="translating without the cache"):
        assert cached.translate(SENTENCES, "es", "en") == apertium.translate(SENTENCES, "es", "en")
    assert cached.translate(SENTENCES, "es", "en")  # still works, one warning only
    assert len(cached.warnings) == 1
    assert len(counting.batches) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_read_only_directory_is_bypassed_with_a_warning(apertium, tmp_path):
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        cached = CachedTranslator(apertium, read_only)
        with pytest.warns(TranslationCacheWarning):
            assert cached.translate(SENTENCES, "es", "en") == apertium.translate(SENTENCES, "es", "en")
    finally:
        read_only.chmod(stat.S_IRWXU)


def test_locked_cache_is_bypassed_with_a_warning(apertium, tmp_path):
    # Another process holds the write lock: reads still work, writes give up after the timeout.
    CachedTranslator(apertium, tmp_path).translate(SENTENCES[:1], "es", "en")
    holder = sqlite3.connect(tmp_path / CACHE_FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        counting = CountingTranslator(apertium)
        cached = CachedTranslator(counting, tmp_path, lock_timeout_s=0.1)
        with pytest.warns(TranslationCacheWarning, match="locked"):
            translations = cached.translate(SENTENCES, "es", "en")
        assert translations == apertium.translate(SENTENCES, "es", "en")
        assert counting.batches == [SENTENCES[1:]]
    finally:
        holder.rollback()
        holder.close()


def test_write_interrupted_midway_commits_nothing(apertium, tmp_path):
    CachedTranslator(apertium, tmp_path).translate(SENTENCES[:1], "es", "en")
    interrupt_writes = False

    class ArmsTheInterrupt(CountingTranslator):
        def translate(self, texts, src, tgt):
            nonlocal interrupt_writes
            interrupt_writes = True  # runs between the cache lookup and the cache write
            return super().translate(texts, src, tgt)

    cached = CachedTranslator(ArmsTheInterrupt(apertium), tmp_path)
    connection = cached._connect()
    # SQLite calls this every 20 VM instructions; a non-zero answer aborts the statement,
    # as an interrupt would, partway through the batch's inserts.
    connection.set_progress_handler(lambda: int(interrupt_writes), 20)
    with pytest.warns(TranslationCacheWarning, match="cannot write"):
        translations = cached.translate(SENTENCES + ["Llovió toda la noche."], "es", "en")
    assert len(translations) == 4 and all(translations)
    with sqlite3.connect(tmp_path / CACHE_FILENAME) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM translations").fetchone() == (1,)


def test_warm_up_and_close_reach_the_inner_translator(tmp_path):
    inner = ApertiumTranslator()
    cached = CachedTranslator(inner, tmp_path)
    cached.warm_up("es", "en")
    waiting = inner._waiting["spa-eng"]
    assert waiting.poll() is None
    cached.close()
    assert waiting.poll() is not None


def test_warm_up_of_a_translator_without_one_does_nothing(apertium, tmp_path):
    counting = CountingTranslator(apertium)  # has no warm_up of its own
    cached = CachedTranslator(counting, tmp_path)
    cached.warm_up("es", "en")
    assert counting.batches == []
    assert cached.translate(["Hola."], "es", "en") == apertium.translate(["Hola."], "es", "en")
