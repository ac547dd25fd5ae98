"""Sentence segmentation: newsroom abbreviations, numbers, quotes, line breaks, exact spans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilingo.read import read_document, read_text
from bilingo.segment import segment_document, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
INPUTS = ROOT / "tests" / "fixtures" / "inputs"


def sentences(text: str, lang: str) -> list[str]:
    return [text[begin:end] for begin, end in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", ["El Sr. García y la Sra. López llegaron.", "La Dra. Pérez habló con el Dr. Ruiz."]),
        ("es", ["Los EE. UU. enviaron 300.000 soldados.", "Costó 1.200 millones de dólares."]),
        ("en", ["The U.S. sent 300,000 troops.", "Gov. Newsom spoke at 10 a.m. on Sept. 5.", "It cost 3.1 billion."]),
        ("es", ["Llegó el 3 de feb. de 2024.", "Después se fue."]),
        ("es", ["Hay frutas, p. ej. manzanas.", "¿Vienes?", "¡Claro!", "«Nos vamos», dijo."]),
        ("es", ["A las 3 p. m. llegó.", "A las 4 p.m. se fue."]),
        ("en", ["“Does the president have a message?” a reporter asked.", "She said no."]),
        ("en", ["He said “We will win.”", "Then he left."]),
        ("en", ["The rate was 2.6 percent (up from 2.4 percent.)", "Last year it fell."]),
        ("es", ["Se extendió hasta aproximadamente 1100 d. C.", "Durante el siglo XII su estatus cambió."]),
        ("en", ["Be firm, step aside, walk away, etc.", "Women should say no."]),
        ("es", ["Más bien, no.", "Pensé que había ganado."]),
        # a Spanish ordinal written with its period, as the RAE wants it: "12.º", "3.ª"
        ("es", ["La 3.ª edición sale en mayo.",
                "El distrito atiende a unos 13.000 estudiantes de kínder a 12.º grado."]),
        # wmt newstest 2009 (nytimes 182493) and flores (STS-121), read with either language's rules
        ("es", ["Ms. Mikels, who opposes bilingual education, told me, we've had tremendous success.", "It worked."]),
        ("es", ["Mr. Fields, for his part, said he thought that some people were underestimating the appeal.",
                "Atacó a Mr. Giuliani."]),
        ("en", ["NASA's shuttle program chief N. Wayne Hale Jr. said the foam had fallen.", "It was late."]),
        ("es", ["El soldado de primera clase, Pfc. Michael Dunn, llegó.", "Se fue."]),
        ("es", ["A. La descarga de una canción sería delito.", "B. Si robas en la tienda hasta 1.000 euros."]),
        # flores (prison fire): a time zone after p.m. is no sentence; a capitalised word after it still can be
        ("es", ["Desataron un incendio entre las 10:00 y 11:00 p. m. MDT.", "Nadie resultó herido."]),
        ("en", ["The quake hit at 10:15 p.m. MDT.", "Nobody was hurt."]),
        ("en", ["Polls close at 8 p.m. EST on Tuesday.", "Results follow."]),
        ("en", ["The polls closed at 8 p.m.", "Turnout was high."]),
        # wmt newstest 2010 (washpost 79419, 79422): a question and its attribution, the quotation marks dropped
        ("en", ["Wow, really? she said thoughtfully.", "He nodded."]),
        ("en", ["If you're trying, what better way than that? Kohlmann said.", "The model is Web-based."]),
        ("es", ["¿Qué mejor manera que seguir el modelo? manifestó Kohlmann.", "Es un modelo."]),
        ("en", ["“Why now?” Ms. Diaz asked.", "Then she left."]),  # the attribution whole after "Ms."
        ("en", ["Really?", "Smith said he would run."]),  # a sentence of its own after the verb
        ("en", ["Is it true?", "No one knows."]),
        # AP style puts the day after the time: "at 10 a.m. Wednesday" goes on
        ("en", ["A funeral Mass will follow at 10 a.m. Wednesday.", "The family asks for donations."]),
        ("en", ["Polls close at 7 p.m. Central.", "Results are due by 9 p.m. Nov. 3."]),
        ("en", ["We met at 9 a.m.", "The mayor spoke first."]),
        # Spanish plural abbreviations double their letters (tico19, Wikisource: "Operaciones de RR. HH.")
        ("es", ["El equipo de Operaciones de RR. HH. está analizando las pautas.", "Escriban a Bryan Judan."]),
        ("es", ["Escriban al director de Operaciones de RR. HH.", "Él responderá."]),
        ("es", ["Las FF. AA. desfilaron ayer.", "Los JJ. OO. de 2024 se celebraron en París."]),
        ("en", ["He fought in World War II.", "Then he came home."]),
        # a unit's abbreviation before the rest of a weight or a height ("7 lbs. 4 oz.", "5 ft. 10 in.")
        ("en", ["The baby weighed 7 lbs. 4 oz. at birth.", "The suspect is 5 ft. 10 in. tall.", "He weighs 150 lbs.",
                "He is tall."]),
    ],
)
def test_newsroom_sentences_split_where_a_reader_would(lang, expected):
    assert sentences(" ".join(expected), lang) == expected


def test_an_ellipsis_glued_to_the_next_word_is_a_pause_not_a_sentence_end():
    """flores (California lawmaker): the Spanish writes one sentence ("durante la audiencia… Estaba
    preparándome"), so two English ones left the second without a counterpart; with a space, it still ends one."""
    quote = ("When asked for comment, Miller said, \"Mike talks a lot during the hearing...I was getting ready so I "
             "wasn't really hearing what he was saying.\"")
    assert sentences(quote, "en") == [quote]
    assert sentences("She waited…He came back.", "en") == ["She waited…He came back."]
    assert sentences("He paused... Then he left.", "en") == ["He paused...", "Then he left."]


def test_a_multi_sentence_quotation_splits_and_the_attribution_stays_with_its_last_sentence():
    text = (
        "“We are seeing protests in the streets of Russia,” Jean-Pierre said. “There are people out there in "
        "Russia who do not want to fight. They may apply for asylum,” she added. «No tenemos miedo. ¿Por qué "
        "tenemos que luchar?», dijo."
    )
    assert sentences(text, "en") == [
        "“We are seeing protests in the streets of Russia,” Jean-Pierre said.",
        "“There are people out there in Russia who do not want to fight.",
        "They may apply for asylum,” she added.",
        "«No tenemos miedo.",
        "¿Por qué tenemos que luchar?», dijo.",
    ]


def test_line_breaks_end_short_lines_but_not_wrapped_prose():
    text = (
        "TOP MILITARY BRASS CALLS FOR VOLUNTEERS\n"
        "Putin ordered a partial mobilization of the Russian military last week, drafting\n"
        "up 300,000 reserve troops.\n"
        "Leer en Español\n"
        "Read in English"
    )
    assert sentences(text, "en") == [
        "TOP MILITARY BRASS CALLS FOR VOLUNTEERS",
        "Putin ordered a partial mobilization of the Russian military last week, drafting\nup 300,000 reserve troops.",
        "Leer en Español",
        "Read in English",
    ]


def test_seed_question_and_its_reporter_stay_one_segment():
    path = SHARED / "seeds" / "foxnews-asylum-russians.txt"
    if not path.is_file():
        pytest.skip(f"seed not found at {path}")
    source = read_document(path)
    segments = segment_document(source, "en")
    asked = [segment.text for segment in segments if "a reporter asked" in segment.text]
    assert asked == ["Does the president have a message for some of these men who are desperately trying to flee "
                     "the country?” a reporter asked."]
    for segment in segments:
        assert source.text[segment.start : segment.end] == segment.text
        assert source.blocks[segment.block].start <= segment.start < segment.end <= source.blocks[segment.block].end


def joined_documents(corpus: str) -> list[dict]:
    path = SHARED / "corpus-dev" / corpus / "docs.jsonl"
    if not path.is_file():
        pytest.skip(f"shared dev corpus not found at {path}")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def finds_every_reference_boundary(reference: list[str], lang: str) -> bool:
    """Join a document's sentences into one paragraph: does the splitter cut at every join?

    Extra cuts are allowed: many flores lines hold two sentences.
    """
    lines = [line.strip() for line in reference if line.strip()]
    text = " ".join(lines)
    cuts = {end for _, end in split_sentences(text, lang)}
    position = 0
    for line in lines[:-1]:
        position += len(line)
        if position not in cuts:
            return False
        position += 1
    return True


@pytest.mark.parametrize("lang", ["en", "es"])
def test_flores_documents_joined_into_a_paragraph_split_back_at_every_sentence(lang):
    documents = joined_documents("flores200-devtest")
    found = sum(finds_every_reference_boundary(document[lang], lang) for document in documents)
    assert found / len(documents) >= 0.95  # measured: 0.975 en, 0.996 es


def test_headings_are_one_segment_and_segments_know_their_block():
    source = read_document(INPUTS / "article.md")
    segments = segment_document(source, "es")
    assert [(s.kind, s.text) for s in segments[:2]] == [("heading", "EE. UU. acogerá a los rusos que huyen"),
                                                         ("heading", "EE. UU. recibirá a los rusos que huyen")]
    assert [s.text for s in segments if s.block == 2] == [
        "La Casa Blanca dijo el martes que EE. UU. acogerá a los ciudadanos rusos.",
        "Lea el comunicado completo.",
    ]
    assert all(s.kind == "sentence" for s in segments[1:] if source.blocks[s.block].kind != "heading")


def test_html_segments_point_at_the_raw_source():
    source = read_document(INPUTS / "hostile.html")
    segments = segment_document(source)
    paragraph = [s for s in segments if "Jean-Pierre" in s.text]
    assert len(paragraph) == 1
    sliced = source.text[paragraph[0].start : paragraph[0].end]
    assert sliced.startswith("The U.S. would") and sliced.endswith("said Tuesday.")
    assert "AT&amp;T&nbsp;reported &mdash;" in sliced


# --- properties ----------------------------------------------------------------------

WORDS = st.sampled_from(
    ["Sr.", "Dra.", "EE.", "UU.", "U.S.", "a.m.", "300.000", "3.1", "feb.", "el", "presidente", "dijo", "The",
     "house", "“Sí”", "«no»", "¿Qué?", "¡Ya!", "said.", "asked?”", "a", "reporter", "etc.", "(up", "2.4.)", "no.",
     "d.", "C.", "\"", ".", "Hola", "AT&T", "x"]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\r\n", "\t", " \n "])


@st.composite
def newsroom_text(draw) -> str:
    words = draw(st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=6)), min_size=0, max_size=40))
    separators = draw(st.lists(SEPARATORS, min_size=len(words), max_size=len(words)))
    return "".join(word + separator for word, separator in zip(words, separators))


def assert_spans_partition_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    covered = set()
    for begin, end in spans:
        assert previous_end <= begin < end <= len(text)
        assert not text[begin].isspace() and not text[end - 1].isspace()
        covered.update(range(begin, end))
        previous_end = end
    assert {i for i, char in enumerate(text) if not char.isspace()} <= covered


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsroom_text(), st.sampled_from(["en", "es"]))
def test_sentence_spans_are_ordered_trimmed_and_cover_every_character(text, lang):
    assert_spans_partition_the_text(text, split_sentences(text, lang))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(newsroom_text(), min_size=1, max_size=5))
def test_plain_text_segments_slice_back_out_of_the_file(paragraphs):
    text = "\n\n".join(paragraphs)
    if not text.strip():
        return
    source = read_text(text, "random.txt", "text")
    segments = segment_document(source)
    for block_index, block in enumerate(source.blocks):
        spans = [(s.start - block.start, s.end - block.start) for s in segments if s.block == block_index]
        assert_spans_partition_the_text(block.text, spans)
    for segment in segments:
        assert source.text[segment.start : segment.end] == segment.text


PLAIN_WORDS = st.from_regex(r"[A-Za-zñáé0-9]{1,8}[.,?!]?", fullmatch=True)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PLAIN_WORDS, min_size=1, max_size=20), min_size=1, max_size=4), st.booleans())
def test_markup_segments_slice_back_to_their_first_and_last_word(paragraphs, as_html):
    if as_html:
        text = "".join(f"<p>{' '.join(f'<b>{w}</b>' if i % 3 == 1 else w for i, w in enumerate(p))}</p>\n"
                       for p in paragraphs)  # fmt: skip
    else:
        text = "".join(" ".join(f"**{w}**" if i % 3 == 1 else w for i, w in enumerate(p)) + "\n\n" for p in paragraphs)
    source = read_text(text, "random", "html" if as_html else "markdown")
    for segment in segment_document(source):
        words = segment.text.split()
        sliced = source.text[segment.start : segment.end]
        assert sliced.startswith(re.sub(r"[^\w]+$", "", words[0])[:1] or words[0][:1])
        assert words[0] in sliced and words[-1] in sliced


def test_an_inline_pair_ends_a_sentence_at_its_separator_and_each_half_uses_its_own_rules():
    """"English // Español" on one line: the English half's rules would cut the Spanish half
    after "EE."; the mark stays with the first half so every character is still in a sentence."""
    text = ("U.S. Offers Asylum to Russians Who Choose Not to Go to War in Ukraine // EE.UU. ofrece asilo a los "
            "rusos que decidan no ir a la guerra en Ucrania")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "U.S. Offers Asylum to Russians Who Choose Not to Go to War in Ukraine //",
        "EE.UU. ofrece asilo a los rusos que decidan no ir a la guerra en Ucrania",
    ]
    assert sentences("Read https://elamerican.com//asilo for more.", "en") == ["Read https://elamerican.com//asilo for more."]


def test_last_token_is_the_full_search_on_real_sentences():
    """``last_token`` searches only the last two words: the same match (span and token) as searching the whole
    text, on news sentences in both languages and on each of their prefixes that ends in a period."""
    from bilingo.segment import _LAST_TOKEN, last_token

    texts = ["", ".", "a .", "Dr.  J.", "x\u00a0y.", "ab cd ef.  ", "1.\n"]
    for corpus in ("tico19", "flores200-devtest"):
        for document in joined_documents(corpus)[:40]:
            for sentence in document["en"] + document["es"]:
                texts.append(sentence)
                texts += [sentence[: end + 1] for end, char in enumerate(sentence) if char == "."]
    assert len(texts) > 1000
    for text in texts:
        full, bounded = _LAST_TOKEN.search(text), last_token(text)
        assert (full and (full.span(), full.group(1))) == (bounded and (bounded.span(), bounded.group(1))), text


def test_splitter_language_marks_count_as_plain_alternations():
    """The marks' look-ahead only skips words faster: the counts of the plain case-insensitive alternations."""
    from bilingo.segment import _ENGLISH_MARKS, _SPANISH_MARKS

    plain_spanish = re.compile(r"[ñáéíóú¿¡]|\b(el|la|los|las|de|del|que|y|en|por|para|con|una?)\b", re.IGNORECASE)
    plain_english = re.compile(r"\b(the|of|and|to|in|is|was|for|that|with|on|by)\b", re.IGNORECASE)
    for corpus in ("tico19", "wmt-newstest-2008-2010"):
        for document in joined_documents(corpus)[:40]:
            for text in (" ".join(document["en"]), " ".join(document["es"]).upper()):
                assert len(_SPANISH_MARKS.findall(text)) == len(plain_spanish.findall(text))
                assert len(_ENGLISH_MARKS.findall(text)) == len(plain_english.findall(text))
