"""A real translator wrapped to record what it is asked: shows whether a cache answered instead."""

from __future__ import annotations


class CountingTranslator:
    """Wraps a real translator (Apertium in the tests) and records every batch it is asked to translate.

    ``name`` and ``model`` may be overridden to stand for another translator in a cache key.
    """

    def __init__(self, inner, *, name: str | None = None, model: str | None = None) -> None:
        self.inner = inner
        self.name = name or inner.name
        self.model = model or inner.model
        self.cache_variant = getattr(inner, "cache_variant", "")  # the cache keys on it, as on the real backend's
        self.costly_calls = getattr(inner, "costly_calls", False)  # and a batch groups its calls by it
        self.batches: list[list[str]] = []

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        self.batches.append(list(texts))
        return self.inner.translate(texts, src, tgt)
