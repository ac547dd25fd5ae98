"""``--translator auto`` and the backend factory: the best backend that is actually here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bilingo.settings import Settings
from bilingo.translate import TranslatorError, create_translator
from bilingo.translate.cache import CachedTranslator
from bilingo.translate.choose import choose_backend
from bilingo.translate.identity import IdentityTranslator


@pytest.fixture
def empty_hub_cache(monkeypatch, tmp_path):
    """No Hugging Face model is cached and downloads are not allowed."""
    import huggingface_hub.constants

    cache = tmp_path / "empty-hub-cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.delenv("BILINGO_ALLOW_DOWNLOAD", raising=False)
    return cache


def test_auto_picks_marian_when_its_model_is_here(tiny_marian_dir):
    assert choose_backend(Settings(model=str(tiny_marian_dir))) == "marian"


def test_auto_falls_back_to_apertium_without_marian_weights(empty_hub_cache, tmp_path):
    assert choose_backend(Settings()) == "apertium"
    assert choose_backend(Settings(model=str(tmp_path / "no-such-model"))) == "apertium"


def test_auto_without_any_translator_says_how_to_get_one(empty_hub_cache, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no apertium on PATH
    monkeypatch.delenv("BILINGO_APERTIUM", raising=False)
    with pytest.raises(TranslatorError, match=r"apt-get install apertium apertium-eng-spa.*bilingo\[marian\]"):
        choose_backend(Settings())


def test_auto_decides_without_importing_torch():
    code = (
        "import sys\n"
        "from bilingo.settings import Settings\n"
        "from bilingo.translate.choose import choose_backend\n"
        "print(choose_backend(Settings()), 'torch' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin"}
    )
    backend, torch_imported = result.stdout.split()
    assert backend in ("marian", "apertium")
    assert torch_imported == "False"


def test_create_translator_builds_the_chosen_backend_behind_the_cache(tiny_marian_dir, tmp_path):
    translator = create_translator(Settings(model=str(tiny_marian_dir), cache_dir=str(tmp_path)))
    assert isinstance(translator, CachedTranslator)
    assert translator.name == "marian"
    assert len(translator.translate(["Hola.", "Adiós."], "es", "en")) == 2

    uncached = create_translator(Settings(translator="apertium", cache=False))
    assert uncached.name == "apertium" and not isinstance(uncached, CachedTranslator)


def test_identity_returns_texts_unchanged():
    translator = create_translator(Settings(translator="identity"))
    assert isinstance(translator, IdentityTranslator)
    assert (translator.name, translator.model) == ("identity", "none")
    texts = ["El presidente firmó la ley.", "", "Otra frase."]
    assert translator.translate(texts, "es", "es") == texts
    assert translator.translate([], "en", "en") == []


def test_unknown_translator_name_is_a_translator_error():
    with pytest.raises(TranslatorError, match="unknown translator 'deepl'"):
        create_translator(Settings(translator="deepl"))


def test_auto_without_a_cached_model_does_not_load_the_hubs_client(tmp_path):
    """Every run with the marian extra installed asks whether the model is cached; when it never was, that
    answer must not cost the hub client's imports (httpx and the rest: a tenth of a second per run)."""
    code = (
        "import sys\n"
        "from bilingo.settings import Settings\n"
        "from bilingo.translate.choose import choose_backend\n"
        "print(choose_backend(Settings()), 'huggingface_hub.file_download' in sys.modules)\n"
    )
    environment = {"PATH": "/usr/bin:/bin", "HF_HUB_CACHE": str(tmp_path / "empty-hub-cache")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment)
    assert result.stdout.split() == ["apertium", "False"]
