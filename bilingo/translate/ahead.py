"""Translations made ahead for a batch: many documents' sentences in one call of the translator.

Each call of Apertium starts a new pipeline of processes, which spend about 0.1 s loading
their dictionaries: in a batch of news articles that start-up is most of the translation's
cost. ``check_documents`` therefore looks ahead over a group of documents, asks for all
their sentences at once (``translate_ahead``), and lets each document's check take its
translations from here. A text asked for that was not made ahead (a document that changed
in between) goes to the wrapped translator, as it would have.

The translations are those each check would get on its own: a backend translates each text
as it would alone, whatever else the batch holds (Apertium's process puts a sentence break
between texts for that; the translation cache relies on it too).
"""

from __future__ import annotations

import threading

from bilingo.translate import Translator


class TranslationsAhead:
    """A translator wrapper that answers from translations made ahead; same interface, same results.

    ``warm_up`` is not passed on: the checks it would start a process for are answered from
    here. ``close`` and ``score`` (Marian) pass through.
    """

    def __init__(self, inner: Translator) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        # the translations of the two latest groups: one being checked, the next one made meanwhile
        self._made: list[dict[tuple[str, str], dict[str, str]]] = []
        self._lock = threading.Lock()
        if hasattr(inner, "score"):
            self.score = inner.score

    def translate_ahead(self, requests: list[tuple[list[str], str, str]]) -> None:
        """Translate, one call per direction, the texts of ``requests`` (``(texts, src, tgt)``, as ``translate``
        takes them). The group before stays (its checks may still run, ``check_documents`` makes the next
        group's translations meanwhile); older ones are dropped."""
        by_direction: dict[tuple[str, str], dict[str, None]] = {}
        for texts, src, tgt in requests:
            by_direction.setdefault((src, tgt), {}).update(dict.fromkeys(texts))
        made = {}
        for (src, tgt), unique in by_direction.items():
            texts = list(unique)
            made[(src, tgt)] = dict(zip(texts, self.inner.translate(texts, src, tgt), strict=True))
        with self._lock:
            self._made = self._made[-1:] + [made]

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        with self._lock:
            groups = [group.get((src, tgt), {}) for group in reversed(self._made)]
        for made in groups:
            if all(text in made for text in texts):
                return [made[text] for text in texts]
        return self.inner.translate(texts, src, tgt)

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()
