"""Machine translation backends behind one small interface, chosen by name.

A backend is any object with ``name``, ``model`` and
``translate(texts, src, tgt) -> list[str]`` (same length as ``texts``, batch in, batch
out). Backends are imported lazily by name, as sacrebleu does with tokenizers, so that
torch and transformers load only when the Marian backend actually runs.

Two methods are optional, looked up with ``getattr``: ``warm_up(src, tgt)``, a hint that
a batch in that direction is coming (a check gives it before reading its document, and
Apertium starts its process then), and ``close()``, which frees what the backend holds. An
optional attribute, ``cache_variant``, says what else than name and model shapes its
translations: the translation cache keys on it. Another, ``costly_calls``, says that each call
starts the backend afresh (Apertium's processes): a batch then translates a group of documents
in one call (``bilingo.translate.ahead``).

A backend translates each text as it would alone, whatever else the batch holds: the
translation cache and a batch's look-ahead (``bilingo.translate.ahead``) rely on it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, runtime_checkable


from bilingo.errors import EXIT_TRANSLATOR, BilingoError


class TranslatorError(BilingoError):
    """The translator is unavailable or failed (exit code 3)."""

    exit_code = EXIT_TRANSLATOR


@runtime_checkable
class Translator(Protocol):
    name: str
    model: str

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]: ...


# name -> "module:factory"; a factory takes Settings and returns a Translator.
BACKENDS: dict[str, str] = {
    "apertium": "bilingo.translate.apertium:create",
    "marian": "bilingo.translate.marian:create",
    "identity": "bilingo.translate.identity:create",
}


def create_translator(settings) -> Translator:
    """Build the translator ``settings.translator`` names; ``auto`` picks the best available.

    ``auto``: Marian when its weights are already here (a local directory or the Hugging
    Face cache; a download only with BILINGO_ALLOW_DOWNLOAD=1), otherwise Apertium when
    installed, otherwise a TranslatorError saying how to get either (``choose.py``).
    """
    from bilingo.translate.choose import choose_backend

    name = choose_backend(settings) if settings.translator == "auto" else settings.translator
    if name not in BACKENDS:
        raise TranslatorError(f"unknown translator {name!r}; choose one of: auto, {', '.join(BACKENDS)}")
    module_name, factory = BACKENDS[name].split(":")
    translator = getattr(import_module(module_name), factory)(settings)
    if settings.cache and name != "identity":
        from bilingo.translate.cache import CachedTranslator

        translator = CachedTranslator(translator, settings.cache_dir)
    return translator
